"""A list of a term's targets goes on over the next paragraphs with no target word of their own (issue 17,
session 46; resolve/target_runs.py). Shapes of dev 336 (VietTimes, Đà Nẵng's congress), 337 (VTC News,
Cao Bằng's congress) and 006 (Công Thương, a province's plan to 2030, its breakdown in the next
paragraph); the sentences are written anew. Negatives: a paragraph of the past term's results after the
targets (dev 110, Báo Đà Nẵng), one that says `đến nay` over past years (dev 154), a year's targets (no
term), a line with no statement between, a past year, a sentence of results inside the next paragraph."""
import pytest

from indicator_cases import inds

# a congress's targets to a horizon, the last year of the term it opens, one paragraph a group of them
HORIZON = ("Đại hội đại biểu Đảng bộ thành phố lần thứ XXII, nhiệm kỳ 2025-2030 khai mạc sáng 10/10.\n\n"
           "Theo báo cáo chính trị, đến năm 2030, thành phố đặt mục tiêu tỷ lệ hộ nghèo dưới 1%; hằng năm có "
           "trên 85% chi bộ hoàn thành tốt nhiệm vụ.\n\n"
           "Tốc độ tăng trưởng kinh tế bình quân từ 9%/năm trở lên; thu nhập bình quân đầu người đạt 120 triệu "
           "đồng.\n\n"
           "Tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030 đạt 400 nghìn tỷ đồng.")
# the term named in the lead, then the next paragraph opened by "Hằng năm"
TERM = ("Theo nghị quyết, trong nhiệm kỳ 2025-2030, tỉnh phấn đấu thu ngân sách tăng bình quân 11%/năm; tỷ lệ "
        "che phủ rừng đạt 57%.\n\n"
        "Hằng năm, kết nạp từ 900 đến 1.000 đảng viên mới; tỷ lệ lao động qua đào tạo đạt 70%.")


def framings(text: str) -> list:
    return [(i.value, i.framing) for i in inds(text)]


@pytest.mark.parametrize("text", [HORIZON, TERM])
def test_the_paragraphs_after_a_term_s_targets_are_targets(text):
    assert {f for _, f in framings(text)} == {"target"}, framings(text)


def test_a_horizon_alone_spans_its_year():
    """Without a congress's term, "đến năm 2030" spans 2030 only: a span from 2026 ends the run."""
    got = dict(framings(HORIZON.split("\n\n", 1)[1]))
    assert got[120e6] == "target" and got[400e12] == "actual"


def test_the_run_takes_the_term_s_period():
    periods = {i.value: i.period for i in inds(TERM)}
    assert periods[70] == "2025-2030"


@pytest.mark.parametrize("after,value", [
    # the past term's results, after the new term's targets
    ("Nhiệm kỳ vừa qua, thu ngân sách tăng bình quân 10,8%/năm.", 10.8),
    ("Đến nay, toàn tỉnh có 120 xã đạt chuẩn nông thôn mới.", 120),
    ("Giai đoạn 2010 - 2019, tổng vốn đầu tư cho chương trình đạt 5.923 tỷ đồng.", 5923e9),
    ("Năm 2024, thu nhập bình quân đầu người đạt 75 triệu đồng.", 75e6),
    ("Tỉnh đã giải quyết việc làm cho 20.000 lao động.", 20000),
])
def test_a_paragraph_of_results_ends_the_run(after, value):
    got = dict(framings(TERM + "\n\n" + after))
    assert got[value] == "actual" and got[57] == "target"


def test_a_line_with_no_statement_ends_the_run():
    got = dict(framings(TERM.replace("\n\nHằng năm", "\n\nQuang cảnh đại hội.\n\nHằng năm")))
    assert got[70] == "actual" and got[57] == "target"


def test_the_run_ends_at_a_sentence_of_results_inside_a_paragraph():
    text = TERM + " Năm qua, tỉnh giải quyết việc làm cho 20.000 lao động."
    got = dict(framings(text))
    assert got[70] == "target" and got[20000] == "actual"


def test_a_year_s_targets_open_no_run():
    """A year's targets (no term, no horizon) are listed to their paragraph's end (target_paragraphs)."""
    text = ("Đại hội đề ra các chỉ tiêu chủ yếu năm 2024, trong đó phấn đấu giá trị sản xuất tăng 10%.\n\n"
            "Thu nhập bình quân đạt 60 triệu đồng.")
    assert dict(framings(text))[60e6] == "actual"


def test_targets_reached_open_no_run():
    text = ("Nhiệm kỳ 2020-2025, huyện đạt và vượt 16/18 chỉ tiêu, trong đó thu ngân sách tăng bình quân 12%/năm.\n\n"
            "Thu nhập bình quân đầu người đạt 65 triệu đồng.")
    assert dict(framings(text))[65e6] == "actual"


@pytest.mark.parametrize("past", ["Trong nhiệm kỳ qua", "Giai đoạn qua", "Thời gian qua", "Hiện tại"])
def test_a_paragraph_of_the_past_term_or_of_now_ends_the_run(past):
    # the results of the term that ends, or what holds now, are no targets (review, session 46)
    text = TERM + f"\n\n{past}, tốc độ tăng trưởng GRDP bình quân đạt 6,5%/năm; thu nhập bình quân đầu người đạt 75 triệu đồng."
    got = framings(text)
    assert got[-2:] == [(6.5, "actual"), (75e6, "actual")], got
