"""A numbered or lettered line whose label runs on after a colon into a statement (``1.1. Diện tích:
…``, ``a) Thủy sản: Tổng sản lượng …``, ``- Về tín dụng: Tổng dư nợ …``) is read as running text: the
section ladder takes the line for a (run-in) heading, and its figures were left unattached as a
heading's. Shape of the genre dev documents 333 (Cục Thống kê Tuyên Quang), 341 (comingo, Kon Tum),
342 (Sở NN&PTNT Bạc Liêu), 169 (Cục Thống kê Bắc Ninh) and 206 (HĐND Hải Dương); the cases are
sentences written for the test. Negatives: a heading with no colon, a figure before the colon, a title in
capitals, a colon with no figure after it, and a heading's administrative make-up (still no indicator)."""
import pytest

import baocao


def parsed(text):
    r = baocao.parse(text)
    return [i for i in r.indicators if i.kind == "indicator"], r.unattached


@pytest.mark.parametrize("line,name,value", [
    ("1.1. Diện tích tự nhiên: 4.512,3 km2.", "Diện tích tự nhiên", 4512.3),
    ("a) Chăn nuôi: Tổng đàn lợn ước đạt 310.000 con, tăng 2% so với cùng kỳ.", "Tổng đàn lợn", 310000),
    ("- Về huy động vốn: Tổng nguồn vốn huy động ước đạt 18.200 tỷ đồng.", "Tổng nguồn vốn huy động", 18.2e12),
    ("2. Tổng chi ngân sách địa phương: 9.400.000 triệu đồng", "Tổng chi ngân sách địa phương", 9.4e12),
    ("1.3. Tỷ lệ hộ nghèo: 2,4%", "Tỷ lệ hộ nghèo", 2.4),
    ("1.2.3. Thu ngân sách: Tổng thu ngân sách trên địa bàn là 2.150 tỷ đồng, đạt 81% dự toán.",
     "Tổng thu ngân sách trên địa bàn", 2.15e12),
])
def test_the_body_after_a_heading_colon_is_read(line, name, value):
    text = "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2023\n\nI. Kết quả thực hiện\n\n" + line + "\n"
    named, loose = parsed(text)
    got = [(i.name, i.value) for i in named]
    assert (name, pytest.approx(value)) in got, got
    start = text.index(line)
    assert not [u for u in loose if u.start >= start and u.reason.startswith("in a heading")]


@pytest.mark.parametrize("line", [
    "2. Giá trị sản xuất nông nghiệp tăng 3,5%",           # a heading with no colon: not read
    "3. Thu 5.000 tỷ đồng: vượt dự toán được giao",        # a figure before the colon: the heading's own
    "4. Năm 2023 tăng trưởng 7%: kết quả nổi bật",
    "II. KẾT QUẢ NỔI BẬT: GRDP TĂNG 7,5%",                # a title in capitals
])
def test_a_heading_that_states_a_figure_itself_stays_unattached(line):
    text = "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2023\n\nI. Kết quả thực hiện\n\n" + line + "\n"
    named, loose = parsed(text)
    start = text.index(line)
    end = start + len(line)
    assert not [i for i in named if start <= i.start < end]
    assert [u for u in loose if start <= u.start < end and u.reason.startswith("in a heading")]


def test_a_colon_at_the_end_of_a_heading_reads_nothing_more():
    text = ("BÁO CÁO NĂM 2023\n\n2.1. Chỉ số sản xuất công nghiệp:\n\n"
            "Chỉ số sản xuất công nghiệp năm 2023 tăng 6,2% so với năm trước.\n")
    named, _ = parsed(text)
    assert [(i.name, i.value) for i in named] == [("Chỉ số sản xuất công nghiệp", 6.2)]


def test_the_make_up_of_a_province_in_a_heading_body_stays_unattached():
    text = ("THÔNG TIN CHUNG VỀ TỈNH\n\n1.4. Đơn vị hành chính: Toàn tỉnh có 9 đơn vị hành chính gồm 01 thành "
            "phố và 08 huyện\n")
    named, loose = parsed(text)
    assert not named
    assert {u.text for u in loose} == {"9 đơn vị", "08 huyện"}
    assert all(u.reason.startswith("other: the place's administrative make-up") for u in loose)


@pytest.mark.parametrize("line,fig", [
    # the label names the units and the body lists them, no lead word between: the place's make-up
    ("1.4. Đơn vị hành chính: 9 huyện, 2 thị xã và 1 thành phố.", "9 huyện"),
    ("a) Số đơn vị hành chính cấp huyện: 7 huyện, 1 thành phố", "7 huyện"),
    ("- Cơ cấu hành chính: 12 huyện, 1 thị xã, 1 thành phố.", "12 huyện"),
])
def test_a_heading_body_that_lists_the_units_a_label_names_stays_unattached(line, fig):
    text = "THÔNG TIN CHUNG VỀ TỈNH\n\n" + line + "\n"
    named, loose = parsed(text)
    assert not [i for i in named if text[i.start:i.end].find(fig) >= 0], [(i.name, i.value) for i in named]
    assert [u.reason for u in loose if u.text == fig] == ["other: the place's administrative make-up (its districts, "
                                                         "communes …) is no indicator"]


@pytest.mark.parametrize("line,value", [
    # not a list of units alone after the label: what the units did, or a label of another measure
    ("1.4. Đơn vị hành chính: 9 huyện đã hoàn thành sắp xếp.", 9),
    ("2. Nông thôn mới: 12 xã, 2 thị trấn.", 12),
])
def test_counts_of_units_after_another_label_stay_indicators(line, value):
    named, _ = parsed("THÔNG TIN CHUNG VỀ TỈNH\n\n" + line + "\n")
    assert value in [i.value for i in named], [(i.name, i.value) for i in named]


def test_a_heading_line_that_is_a_photo_caption_is_not_read():
    # a caption restates the article (resolve/captions.py): its figure stays a heading's, read once in the prose
    text = ("Sáu tháng đầu năm, GRDP của tỉnh tăng 7,5% so với cùng kỳ.\n\nII. Thu ngân sách: đạt 3.500 tỷ đồng "
            "(Ảnh: Báo Hà Nam)\n\nThu ngân sách 6 tháng đạt 3.500 tỷ đồng.\n")
    named, loose = parsed(text)
    assert [(i.name, i.value) for i in named if i.unit == "VND"] == [("Thu ngân sách", 3.5e12)]
    assert [u.text for u in loose if u.reason.startswith("in a heading")] == ["3.500 tỷ đồng"]
