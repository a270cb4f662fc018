"""A congress's targets and terms (resolve/doc_horizons.py, resolve/terms.py): the horizon of a term's
targets is no period the document reports on; a term first named without ``Đại hội`` (a headline, an
officer's term) is read again where the congress is named. Cases shaped on documents of several publishers,
with negatives."""
import baocao
import pytest
from baocao.resolve.governing import document_time, label_with_year
from baocao.resolve.terms import document_terms


def _whole(text):
    r = baocao.parse(text)
    t = document_time(r)
    return label_with_year(t.whole, t.year) if t.whole is not None else None


def _terms(text):
    r = baocao.parse(text)
    return document_terms(r, document_time(r))


@pytest.mark.parametrize("text, label", [
    # An Giang's paper (genre dev 068): the targets of the term opened, to its last year
    ("Tại đại hội, các đại biểu đã biểu quyết thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, bình quân "
     "thu nhập đầu người đến năm 2025 đạt 70 triệu đồng/người/năm.", None),
    # infonet / Báo Hà Giang (142): a headline's horizon over a congress of the term 2015-2020
    ("Hà Giang: Phấn đấu đến năm 2020 thoát khỏi tình trạng đặc biệt khó khăn\n\nThiên Thanh\n\n"
     "Sáng 28.9, tỉnh Hà Giang đã tiến hành khai mạc Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, "
     "nhiệm kỳ 2015-2020.", None),
    # a district's congress (shaped on 148's list): "tới năm" too
    ("Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025 đề ra mục tiêu tới năm 2025 thu nhập bình "
     "quân đạt 45 triệu đồng.", None),
    # negatives: a year reported on in a congress's opening; a horizon past the term; no term named
    ("Đại hội Đảng bộ tỉnh nhiệm kỳ 2020-2025 khai mạc. Năm 2020, GRDP tăng 6,5%.", "2020"),
    ("Đại hội nhiệm kỳ 2020-2025 thông qua chỉ tiêu đến năm 2030 thu nhập đạt 90 triệu đồng.", "2030"),
    ("Quy hoạch vùng nguyên liệu: đến năm 2025 diện tích đạt 5.000 ha.", "2025"),
])
def test_the_horizon_of_a_terms_targets_is_no_period_reported_on(text, label):
    assert _whole(text) == label


@pytest.mark.parametrize("text, terms", [
    # Đời sống & Pháp luật (073): the sapo names the secretary's term, the lead the congress
    ("Ông Mai Sơn tiếp tục được bầu giữ chức Bí thư Thành ủy Bắc Giang\n\n(ĐS&PL) - Ông Mai Sơn, Bí thư "
     "Thành ủy khóa XXI tiếp tục giữ chức Bí thư Thành ủy khóa XXII, nhiệm kỳ 2020-2025.\n\nSáng 5/8, Đại "
     "hội đại biểu Đảng bộ TP Bắc Giang lần thứ XXII, nhiệm kỳ 2020-2025 bế mạc.",
     ("2015-2020", "2020-2025")),
    # a headline of the new committee, then the congress (shaped on provincial papers' congress reports)
    ("Ban Chấp hành Đảng bộ huyện nhiệm kỳ 2015 - 2020 ra mắt\n\nChiều 12/7, Đại hội đại biểu Đảng bộ "
     "huyện lần thứ XVIII, nhiệm kỳ 2015 - 2020 đã bế mạc.", ("2010-2015", "2015-2020")),
    # negatives: no congress anywhere; another term later; the congress named past the opening
    ("Ông A giữ chức Bí thư khóa XXII, nhiệm kỳ 2020-2025.\n\nÔng B giữ chức Phó Bí thư, nhiệm kỳ 2020-2025.",
     (None, None)),
    ("Ông A giữ chức Bí thư, nhiệm kỳ 2020-2025.\n\nĐại hội Hội Nông dân nhiệm kỳ 2023-2028 khai mạc.",
     (None, None)),
    ("Ông A giữ chức Bí thư, nhiệm kỳ 2020-2025.\n\n" + "Thu ngân sách tăng khá. " * 30
     + "Đại hội Đảng bộ nhiệm kỳ 2020-2025 bế mạc.", (None, None)),
])
def test_a_term_named_again_with_its_congress(text, terms):
    assert _terms(text) == terms


# --- a month the opening counts up to is no month the document reports on -----------------------------

@pytest.mark.parametrize("text, label", [
    # VOH (genre dev 112): the headline's 9 months, the lead's "tính đến cuối tháng 9/2013"
    ("Quận Bình Tân: Thu ngân sách 9 tháng ước đạt 1.100 tỷ đồng\n\n(VOH) - Theo UBND quận Bình Tân, tính "
     "đến cuối tháng 9/2013, tổng giá trị sản xuất, thương mại, dịch vụ của quận trên 13.300 tỷ đồng.",
     "2013-01/2013-09"),
    # Người Khánh Hòa (167): "11 tháng, …" then "đến hết tháng 11-2018"
    ("11 tháng, đón hơn 5,8 triệu lượt khách lưu trú\n\nTheo ước tính của Sở Du lịch, đến hết tháng 11-2018, "
     "toàn tỉnh đón hơn 5,8 triệu lượt khách lưu trú, tăng 14,75% so với cùng kỳ năm 2017.",
     "2018-01/2018-11"),
    # Kinh tế & Dự báo (136): a level reached by a month, no months named: no period of the document
    ("Cờ Đỏ về đích nông thôn mới\n\nĐến tháng 10/2019, huyện Cờ Đỏ đã có 8/8 xã đạt chuẩn nông thôn mới.",
     None),
    # HĐND Cao Bằng (141): "Đến hết tháng 7, …" is no month of the document
    ("Tin kinh tế\n\nĐến hết tháng 7/2021, toàn tỉnh kết thúc tiêm chủng đợt 1.", None),
    # negatives: a month reported on; the end of a range of months; months named of another count
    ("Tình hình kinh tế - xã hội tháng 9/2013\n\nTrong tháng 9/2013, thu ngân sách đạt 100 tỷ đồng.", "2013-09"),
    ("Báo cáo quý III\n\nTừ tháng 7 đến tháng 9/2013, thu ngân sách đạt 100 tỷ đồng.", "2013-07/2013-09"),
])
def test_a_month_counted_up_to(text, label):
    assert _whole(text) == label


# --- a draft's date line, its day left blank, dates the document: no period ----------------------------

@pytest.mark.parametrize("text, label", [
    # a district party committee's draft political report (seed 004): "ngày   tháng 12 năm 2024"
    ("ĐẢNG BỘ HUYỆN MƯỜNG ẢNG\n\nSố -BC/HU\n\n(Dự thảo lần 2)\n\nMường Ảng, ngày   tháng 12 năm 2024\n\n"
     "Báo cáo chính trị trình Đại hội đại biểu Đảng bộ huyện lần thứ XXIV.", None),
    # the administrative date line with dots or underscores for the day (Nghị định 30/2020 layout)
    ("UBND TỈNH\n\nHà Nội, ngày ... tháng 6 năm 2023\n\nBáo cáo kết quả công tác cải cách hành chính.", None),
    ("UBND HUYỆN\n\nKrông Pắc, ngày __ tháng 3 năm 2022\n\nBáo cáo tình hình thực hiện nhiệm vụ.", None),
    # negatives: a month reported on; a blank day line with the period in the title
    ("Tình hình kinh tế - xã hội tháng 12 năm 2024\n\nTrong tháng, thu ngân sách đạt 5 tỷ đồng.", "2024-12"),
    ("BÁO CÁO tình hình kinh tế - xã hội 9 tháng năm 2023\n\nHà Nội, ngày ... tháng 9 năm 2023\n\n"
     "Thu ngân sách đạt 5 tỷ đồng.", "2023-01/2023-09"),
])
def test_a_blank_day_date_line_is_no_period(text, label):
    assert _whole(text) == label


def test_a_blank_day_date_line_still_dates_the_document():
    r = baocao.parse("UBND HUYỆN\n\nKrông Pắc, ngày   tháng 3 năm 2022\n\nBáo cáo tình hình thực hiện nhiệm vụ.")
    assert document_time(r).dated == 2022
