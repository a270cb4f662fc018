"""Figures that restate the article or count the place's make-up are no indicators (session 48, precision).

- A caption block (resolve/crossheads.py ``caption_blocks``): a two-line paragraph between paragraphs of the body,
  the article's title and its lead written again under a photo (371 Người Quan Sát, 331 Pháp luật Thủ đô, 320 Lao
  động Thủ đô; 145 writes a photo's file name over a body sentence the same way): its figures, each written again in
  the body, are unattached as repeats.
- The make-up (resolve/events.py): two qualifiers in a row (``cấp xã trực thuộc``), a bracketed note or a table's
  cell bar closing the list, a breakdown after ``trong đó (có)`` (``make_up_breakdown_leads``) and a label before a
  cell bar (378 Văn Sử Địa, 389 wikiwand).
Sentences are written for the tests (the shapes of those documents, not their words)."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.crossheads import REPEAT_REASON, caption_blocks
from baocao.resolve.events import MAKE_UP_REASON
from indicator_cases import kept, left_out, parsed

W = load("indicators")

_FIGURES = ("percentage", "money", "quantity", "fraction")


def _blocks(text: str) -> list[str]:
    figs = [r for r in baocao.extract(text) if r.kind in _FIGURES]
    return [text[a:b] for a, b in caption_blocks(text, figs)]


ARTICLE = ("Quảng Bình: thu nhập bình quân đầu người tăng 5 lần so với năm 2005\n\n"
           "Phóng viên 12/03/2024\n\n"
           "Năm 2023, thu nhập bình quân đầu người của tỉnh đạt 60,5 triệu đồng/người/năm, tăng 5 lần so với năm 2005.\n\n"
           "Tỉnh có diện tích tự nhiên 8.000 km2, dân số khoảng 900 nghìn người.\n\n"
           "Quảng Bình: thu nhập bình quân đầu người tăng 5 lần so với năm 2005\n"
           "Năm 2023, thu nhập bình quân đầu người của tỉnh đạt 60,5 triệu đồng/người/năm\n\n"
           "Chỉ số sản xuất công nghiệp năm 2023 tăng 7,2%.")


def test_a_caption_block_of_the_title_and_the_lead_is_found():
    assert _blocks(ARTICLE) == ["Quảng Bình: thu nhập bình quân đầu người tăng 5 lần so với năm 2005\n"
                                "Năm 2023, thu nhập bình quân đầu người của tỉnh đạt 60,5 triệu đồng/người/năm"]


def test_the_figures_of_a_caption_block_are_repeats():
    inds, loose = parsed(ARTICLE)
    block = ARTICLE.rindex("Quảng Bình")
    assert [i.text for i in inds if i.start >= block and i.start < ARTICLE.rindex("Chỉ số")] == []
    assert sorted(u.text for u in loose if u.reason == REPEAT_REASON) == ["5 lần", "60,5 triệu đồng/người/năm"]
    # the body's statements stay, and the paragraph after the block
    assert [i.value for i in inds if i.start < block and i.unit == "VND"] == [60_500_000.0]
    assert [i.value for i in inds if i.start >= ARTICLE.rindex("Chỉ số")] == [7.2]


def test_a_block_whose_second_line_ends_a_sentence_is_a_caption_block_too():
    text = ("Doanh thu du lịch quý I đạt 1.200 tỷ đồng, tăng 15% so với cùng kỳ.\n\n"
            "Du lịch quý I: doanh thu đạt 1.200 tỷ đồng\nNgành du lịch của tỉnh tiếp tục phục hồi mạnh mẽ.\n\n"
            "Lượng khách quốc tế đạt 50.000 lượt, tăng 20%.")
    assert _blocks(text) == ["Du lịch quý I: doanh thu đạt 1.200 tỷ đồng\nNgành du lịch của tỉnh tiếp tục phục hồi mạnh mẽ."]
    inds, loose = parsed(text)
    assert [u.start for u in loose if u.reason == REPEAT_REASON] == [text.index("1.200", 80)]
    assert [i.value for i in inds if i.unit == "VND"] == [1.2e12]


@pytest.mark.parametrize("text", [
    # a figure the document writes nowhere else: a statement of its own
    ("Doanh thu du lịch quý I đạt 1.200 tỷ đồng, tăng 15% so với cùng kỳ.\n\n"
     "Vận tải hành khách\nKhối lượng vận chuyển hành khách đạt 3,5 triệu lượt\n\n"
     "Lượng khách quốc tế đạt 50.000 lượt, tăng 20%."),
    # the same value of another indicator (no two words in a row shared with its clause)
    ("Tổng vốn đầu tư đạt 1.200 tỷ đồng, tăng 15% so với cùng kỳ.\n\n"
     "Du lịch quý I: doanh thu đạt 1.200 tỷ đồng\nNgành du lịch của tỉnh tiếp tục phục hồi mạnh mẽ.\n\n"
     "Lượng khách quốc tế đạt 50.000 lượt, tăng 20%."),
    # lines of a list, not a block set apart between paragraphs
    ("Doanh thu du lịch quý I đạt 1.200 tỷ đồng, tăng 15% so với cùng kỳ.\n\n"
     "- Doanh thu du lịch đạt 1.200 tỷ đồng\n- Khách quốc tế đạt 50.000 lượt\n\n"
     "Lượng khách quốc tế đạt 50.000 lượt, tăng 20%."),
    # three lines: a paragraph of short lines, no two-line block
    ("Doanh thu du lịch quý I đạt 1.200 tỷ đồng, tăng 15% so với cùng kỳ.\n\n"
     "Du lịch quý I\nDoanh thu đạt 1.200 tỷ đồng\nNgành du lịch phục hồi\n\n"
     "Lượng khách quốc tế đạt 50.000 lượt, tăng 20%."),
    # no line of prose after it: the end of the text is no body
    ("Doanh thu du lịch quý I đạt 1.200 tỷ đồng, tăng 15% so với cùng kỳ.\n\n"
     "Du lịch quý I: doanh thu đạt 1.200 tỷ đồng\nNgành du lịch của tỉnh tiếp tục phục hồi mạnh mẽ."),
])
def test_two_line_paragraphs_that_are_no_caption_block_stay_read(text):
    assert _blocks(text) == []


# --- the make-up -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text,fig", [
    # two qualifiers in a row after the whole (389 wikiwand's shape)
    ("Huyện Ea Súp có 10 đơn vị hành chính cấp xã trực thuộc, bao gồm thị trấn Ea Súp và 9 xã.", "10 đơn vị"),
    ("Tỉnh có 9 huyện ven biển trực thuộc và 120 xã.", "9 huyện"),
    # a bracketed note, a reference mark or a table's cell bar closing the list
    ("Toàn huyện có 12 xã với 95 thôn [Số liệu năm 2019]. Dân số 95.000 người.", "95 thôn"),
    ("Huyện gồm 1 thị trấn và 14 xã[2]. Huyện lỵ là thị trấn Phước An.", "14 xã"),
    # a label before a table's cell bar (an infobox's row)
    ("Dân số | 95.000 người |\nPhân chia hành chính | 1 thị trấn, 14 xã |\nDiện tích | 1.200 km² |", "14 xã"),
])
def test_the_make_up_in_its_session_48_shapes(text, fig):
    left_out(text, fig, MAKE_UP_REASON)


@pytest.mark.parametrize("lead", W.make_up_breakdown_leads)
def test_every_make_up_breakdown_lead(lead):
    text = f"Toàn huyện có 14 xã với 130 thôn, {lead} 5 xã miền núi, 9 xã đồng bằng. Dân số 95.000 người."
    for fig in ("14 xã", "130 thôn", "5 xã", "9 xã"):
        left_out(text, fig, MAKE_UP_REASON)
    # negative: parts that did something, after a count that did something, stay statements
    kept(f"Toàn huyện có 14 xã đạt chuẩn nông thôn mới, {lead} 5 xã đạt chuẩn nâng cao.", 5)
    kept(f"Năm 2023, toàn huyện có 14 xã với 130 thôn, {lead} 5 xã đạt chuẩn nông thôn mới kiểu mẫu.", 5)


@pytest.mark.parametrize("text,value", [
    # one qualifier too many is not read as two: a count that did something stays
    ("Năm 2023, có 12 đơn vị hành chính cấp xã trực thuộc đạt chuẩn nông thôn mới.", 12),
    # a cell bar after a label that is none of make_up_labels: a row of a table of results
    ("Xã đạt chuẩn nông thôn mới | 1 thị trấn, 14 xã |\nDiện tích | 1.200 km² |", 14),
])
def test_counts_of_units_that_are_no_make_up_stay_in_the_new_shapes(text, value):
    kept(text, value)


# --- a caption in a table's cell; an opening of four short lines --------------------------------------
def test_a_caption_closed_by_a_cell_bar_is_a_caption():
    from baocao.resolve.captions import caption_lines
    # 311 (Báo Thế giới & Việt Nam), 184, 330: the photo and its caption set in a table's cell
    t = ("Thu nhập bình quân đầu người đạt 60 triệu đồng.\n"
         "Mô hình trồng cam của hộ ông An cho thu nhập hơn 300 triệu đồng mỗi năm. (Ảnh: Minh Hà) |\n"
         "Giá trị sản xuất nông nghiệp tăng 3,5%.")
    assert [t[a:b] for a, b in caption_lines(t)] == [t.splitlines()[1]]
    left_out(t, "hơn 300 triệu đồng")
    # negative: a cell bar after a line with no credit makes no caption
    assert caption_lines("Thu nhập đạt 60 triệu đồng.\nMô hình trồng cam cho thu nhập hơn 300 triệu đồng. |\n") == []


def test_an_opening_of_four_short_lines_whose_figures_the_body_repeats_is_a_headline():
    from baocao.resolve.crossheads import long_opening
    from baocao.resolve.headlines import headline_lines
    # 370 (Điện tử & Ứng dụng): the title, the byline written twice, the date line, then the lead
    t = ("Xã Tân Phú đặt mục tiêu thu nhập bình quân đầu người đạt 120 triệu đồng/năm\n\nMinh An\n\nMinh An\n\n"
         "10:20 | 05/09/2025\nĐại hội đặt mục tiêu thu nhập bình quân đầu người đạt 120 triệu đồng/người/năm vào năm 2030.")
    assert headline_lines(t) == [] and len(_openings(t, long_opening)) == 4
    left_out(t, "120 triệu đồng/năm")
    # negatives: a figure of the opening the body does not write again; five short lines (a list)
    other = t.replace("đạt 120 triệu đồng/người/năm", "đạt 95 triệu đồng/người/năm")
    assert _openings(other, long_opening) == []
    kept(other, 120_000_000)
    assert headline_lines("Tân Phú\n\nMinh An\n\nMinh An\n\nBình An\n\n10:20 | 05/09/2025\nĐại hội đã bế mạc.", 4) == []


def _openings(text: str, rule) -> list:
    return rule(text, [r for r in baocao.extract(text) if r.kind in _FIGURES])


# --- a growth named only "tốc độ" (its verb read as the change) right after a level ---------------------
def test_a_growth_named_only_by_toc_do_after_a_level_is_its_change():
    # 383 (Nhà đầu tư, Bạc Liêu): "tốc độ tăng bình quân" after a level of its subject, as 040's "tốc độ tăng
    # trưởng đạt" and 263's "tăng trưởng" (growth_word_names)
    from indicator_cases import inds
    text = "Năm 2020, tổng vốn đầu tư toàn xã hội ước đạt 9.800 tỷ đồng, tốc độ tăng bình quân 14,5%."
    found = inds(text)
    assert [(i.value, i.change) for i in found] == [(9.8e12, 14.5)]
    # negatives: after a rate, or in a clause of its own, it is no change of the level before
    assert len(inds("Năm 2020, tỷ lệ hộ nghèo còn 3,2%, tốc độ tăng bình quân 14,5%.")) == 2
    assert [i.change for i in inds("Năm 2020, tổng vốn đầu tư đạt 9.800 tỷ đồng; tốc độ tăng bình quân 14,5%.")
            if i.unit == "VND"] == [None]
