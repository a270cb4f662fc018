"""A part's title dates its part (resolve/section_titles.py): under ``Phần thứ nhất`` / ``ĐÁNH GIÁ … NHIỆM KỲ
2020 - 2025`` a statement whose own words, lead-in, headings, paragraph and document name no period holds
over 2020-2025; under ``Phần thứ hai`` / ``PHƯƠNG HƯỚNG … 05 NĂM 2025 - 2030`` over 2025-2030, not over a
year written in an earlier part. Shaped on the layouts of a district's political report (seed 004), a
province's, a business association's term report (p04) and a province's yearly report; negatives: a part label with a
sentence after it, a title in lower case, a paragraph that opens with its year."""
import baocao
import pytest
from baocao.resolve.section_titles import part_periods


def _periods(text):
    r = baocao.parse(text)
    return {i.value: i.period for i in r.indicators}


POLITICAL = ("BÁO CÁO CHÍNH TRỊ\n\nMường Ảng, ngày   tháng 12 năm 2024\n\n"
             "Phần thứ nhất\n\nĐÁNH GIÁ TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN LẦN THỨ XXIII, "
             "NHIỆM KỲ 2020 - 2025\n\n1. Về kinh tế\n\nNăm 2024, thu ngân sách đạt 120 tỷ đồng. "
             "Toàn huyện có 8 xã đạt chuẩn nông thôn mới.\n\n2. Về xã hội\n\nĐã giải quyết việc làm cho 3.100 lao động.\n\n"
             "Phần thứ hai\n\nPHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ CÁC GIẢI PHÁP CHỦ YẾU 05 NĂM 2025 - 2030\n\n"
             "1. Các chỉ tiêu\n\nPhấn đấu tạo việc làm cho 3.000 lao động.\n")


def test_each_part_is_dated_by_its_title():
    p = _periods(POLITICAL)
    assert p[3100] == "2020-2025"           # no year of its own: the part reviewed
    assert p[3000] == "2025-2030"           # a target of the second part: the term it plans
    assert p[120e9] == "2024"               # its own year
    assert p[8] == "2024"                   # a paragraph that opens with its year dates its sentences


@pytest.mark.parametrize("text, labels", [
    # a province's political report, part labels in capitals with Roman numerals
    ("PHẦN I\n\nKẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XVI, NHIỆM KỲ 2015 - 2020\n\n"
     "1. Kinh tế\n\nThu ngân sách tăng 12%.\n\nPHẦN II\n\nPHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ 2020 - 2025\n\n"
     "1. Mục tiêu\n\nPhấn đấu GRDP tăng 8%/năm.\n", ["2015-2020", "2020-2025"]),
    # a business association's draft term report (a long report's PDF, p04): "PHẦN I:" with a colon, the term in
    # a parenthesis; under a draft's date line with a blank day, which dates no period
    ("Bình Thuận, ngày tháng 6 năm 2025\n\nBÁO CÁO\nTỔNG KẾT HOẠT ĐỘNG NHIỆM KỲ IV (2019-2025)\n\nPHẦN I:\n"
     "TÌNH HÌNH HOẠT ĐỘNG CỦA HIỆP HỘI NHIỆM KỲ IV (2019-2025)\n\n1. Công tác hội viên\n\nTổng số hội viên là 87 "
     "hội viên.\n\nPHẦN II\nPHƯƠNG HƯỚNG, NHIỆM VỤ NHIỆM KỲ V (2025-2030)\n\nI. Phương hướng chung\n\n"
     "Phát triển mới 15 hội viên.\n", ["2019-2025", "2025-2030"]),
    # a province's yearly report of its people's committee, part labels in capitals
    ("PHẦN THỨ NHẤT\n\nTÌNH HÌNH THỰC HIỆN NHIỆM VỤ PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2023\n\n1. Nông nghiệp\n\n"
     "Sản lượng lúa đạt 120 nghìn tấn.\n\nPHẦN THỨ HAI\n\nNHIỆM VỤ, GIẢI PHÁP CHỦ YẾU NĂM 2024\n\n1. Mục tiêu\n\n"
     "Phấn đấu GRDP tăng 8%.\n", ["2023", "2024"]),
    # negatives: a part label with a sentence after it; a title in lower case; a title that names no period
    ("Phần thứ nhất\n\nTrong nhiệm kỳ 2015 - 2020, kinh tế tăng trưởng khá.\n\n1. Kinh tế\n\nThu ngân sách tăng 12%.\n", []),
    ("Phần thứ nhất\n\nĐánh giá kết quả thực hiện nhiệm kỳ 2015 - 2020\n\n1. Kinh tế\n\nThu ngân sách tăng 12%.\n", []),
    ("Phần thứ hai\n\nPHƯƠNG HƯỚNG, NHIỆM VỤ TRONG THỜI GIAN TỚI\n\n1. Mục tiêu\n\nPhấn đấu GRDP tăng 8%.\n", []),
])
def test_part_periods(text, labels):
    assert sorted(part_periods(baocao.parse(text)).values()) == labels
