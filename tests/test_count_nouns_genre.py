"""Counting nouns of the genre the units vocabulary lacked (units.yaml, issue 17): zones, villages, growing-area
codes, cases, cooperatives and their groups as abbreviated, health stations and meeting houses written whole
(not `nhà văn hóa`: seed 004's gold reads `10/10 nhà`). Each with its negatives: a rank ("xếp thứ 5 vùng"),
a name ("Làng Sen", "Vùng 5 Hải quân"), a document's number ("Quyết định số 12 mã số …"), a song ("10 ca
khúc"), and a span of years before a counting noun ("giai đoạn 2021-2025 xã") is
never a count."""
import pytest

import baocao


def _quantities(text):
    return [(r.text, r.value, r.unit) for r in baocao.extract(text) if r.kind == "quantity"]


@pytest.mark.parametrize("text, figure, value, unit", [
    # 146 (Hải Dương TV), 202 (Thường Tín portal), 192 (Phụng Hiệp portal), 210 (Vũ Quang portal), 207 (Hạ Lang)
    ("huyện đã quy hoạch và thực hiện 39 vùng trồng vải với diện tích 450ha", "39 vùng", 39.0, "vùng"),
    ("giữ vững 2  làng văn hóa và 5 cơ quan văn hóa.", "2  làng", 2.0, "làng"),
    ("có 12 làng nghề được công nhận", "12 làng", 12.0, "làng"),
    ("Đến nay, huyện đã xây dựng 13 mã số vùng trồng với 971 mô hình", "13 mã số", 13.0, "mã số"),
    ("Toàn xã có 215 hộ kinh doanh, 5 HTX, 10 THT, 9 doanh nghiệp;", "5 HTX", 5.0, "HTX"),
    ("Toàn xã có 215 hộ kinh doanh, 5 HTX, 10 THT, 9 doanh nghiệp;", "10 THT", 10.0, "THT"),
    ("có 10 tổ hợp tác hoạt động hiệu quả", "10 tổ hợp tác", 10.0, "tổ hợp tác"),
    ("01 trường học đạt chuẩn quốc gia và 01 trạm y tế đạt bộ tiêu chí", "01 trạm y tế", 1.0, "trạm y tế"),
    ("xây dựng 02 nhà họp xóm đạt KH", "02 nhà họp xóm", 2.0, "nhà họp xóm"),
    ("xây mới 3 nhà họp thôn", "3 nhà họp thôn", 3.0, "nhà họp thôn"),
    ("trong năm 2023 có 1.250 ca mắc sốt xuất huyết", "1.250 ca", 1250.0, "ca"),
    # 413 (Dân Việt on huyện Mỹ Đức): farms
    ("Trên địa bàn huyện có 24 hợp tác xã nông nghiệp đang hoạt động, 36 trang trại chăn nuôi, 35 trang trại thủy "
     "sản.", "36 trang trại", 36.0, "trang trại"),
    # vehicles and wagons at a border gate: 438 (Dân Việt), 418 (PLO), 339 (tracuuquyhoach) on Lạng Sơn
    ("lượng xe thông quan trung bình đạt khoảng 1.100 - 1.350 xe/ngày, tăng trên 100%", "khoảng 1.100 - 1.350 xe/ngày",
     1100.0, "xe"),
    ("trong đó xuất khẩu khoảng 400-450 xe, nhập khẩu 750-800 xe.", "750-800 xe", 750.0, "xe"),
    ("tổng lượng xe tồn tại ba khu vực cửa khẩu là 4.461 xe.", "4.461 xe", 4461.0, "xe"),
    ("xuất khẩu 25 toa/ngày, nhập khẩu trung bình 30-35 toa/ngày.", "25 toa/ngày", 25.0, "toa"),
])
def test_counting_nouns_of_the_genre_are_units(text, figure, value, unit):
    assert (figure, value, unit) in _quantities(text)


@pytest.mark.parametrize("text", [
    "tốc độ tăng trưởng kinh tế xếp thứ 5 vùng Đồng bằng sông Cửu Long",   # a rank (187, 197)
    "tỉnh Hậu Giang đứng thứ 1 vùng Đồng bằng sông Cửu Long",
    "năm 2020 vùng sâu vùng xa được đầu tư",                                 # a year, then a kind of place
    "Ngày 5/3 vùng biên giới tổ chức ngày hội",                               # a date
    "tháng 5 vùng cao mưa lớn",
    "Vùng 5 Hải quân tổ chức lễ",                                            # a name
    "ngày 12 Làng Sen đón khách",
    "năm 2021 làng nghề phát triển",
    "Quyết định số 12 mã số thuế",                                            # a document's number
    "cấp 25 mã số thuế mới",                                                  # tax codes: no growing areas
    "sáng tác 10 ca khúc mới",                                                # songs, singers
    "có 5 ca sĩ tham gia",
    "dịch COVID-19 ca mắc tăng",                                              # a name's number
    "giai đoạn 2021-2025 xã đạt chuẩn nông thôn mới",                         # a span of years
    "nhiệm kỳ 2020-2025 làng văn hóa được giữ vững",
    "giai đoạn 2021 - 2025 hộ nghèo giảm",
    "bác sĩ kê 5 toa thuốc cho bệnh nhân",                                   # prescriptions, no wagons
    "bác sĩ đã kê 2 toa cho bệnh nhân",
    "Quốc lộ 1 xe cộ đông đúc",                                               # a road's number
    "Đến 17 giờ 30 xe vẫn nối đuôi nhau qua cửa khẩu",                        # the minutes of a time
    "Tại Km 15 xe chạy chậm",                                                 # a place on a road
    "Đường số 9 xe chạy chậm",
    "Hà Nội hiện có 5,2 triệu xe máy, trên 485.000 xe ôtô các loại",          # a kind of vehicle: not read
    "trong đó 14.179 xe du lịch, 9.137 xe thương mại",
    "Tỷ lệ sở hữu ôtô chỉ đạt 16 xe/1.000 dân",                               # a rate per 1.000 people
    "có 12 bác sĩ/10.000 dân",
])
def test_words_of_dates_names_ranks_are_no_counts(text):
    assert _quantities(text) == []


def test_a_rate_per_one_or_ten_thousand_people_keeps_its_tail():
    assert ("200 giường bệnh/1 vạn dân", 200.0, "giường bệnh") in _quantities("có 200 giường bệnh/1 vạn dân")


def test_a_range_of_counts_is_no_span_of_years():
    assert ("2.000-2.500 hộ", 2000.0, "hộ") in _quantities("có 2.000-2.500 hộ tham gia")
    assert ("2020 hộ", 2020.0, "hộ") in _quantities("có 2020 hộ tham gia")
