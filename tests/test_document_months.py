"""The period a document reports on: a span of months written without its year in the opening, before
the opening's first year, is that year's months (resolve/governing.py: document_period)."""
import pytest

import baocao
from baocao.resolve.governing import document_period


@pytest.mark.parametrize("opening, label", [
    # 130 (Bến Tre, nine months): the months first, the year later in the opening's sentence
    ("Trong tháng 9 và 9 tháng đầu năm, tiếp nối đà phát triển, tình hình kinh tế - xã hội tỉnh năm 2022 "
     "vẫn ổn định.", "2022-01/2022-09"),
    ("6 tháng đầu năm, huyện tập trung thực hiện nhiệm vụ năm 2024.", "2024-01/2024-06"),
    ("Trong quý I, tỉnh triển khai kế hoạch năm 2023.", "2023-Q1"),
])
def test_months_before_the_openings_year_are_the_documents_period(opening, label):
    r = baocao.parse(opening + "\n\nTổng đàn bò 240.450 con.")
    assert document_period(r).label == label
    assert [i.period for i in r.indicators] == [label]


@pytest.mark.parametrize("opening, label", [
    ("Trong tháng 9, tình hình kinh tế - xã hội năm 2022 ổn định.", "2022"),      # one month: no span
    ("Báo cáo tình hình kinh tế - xã hội năm 2023.", "2023"),                    # no months before the year
    ("Báo cáo tháng 10 và 10 tháng năm 2023.", "2023-01/2023-10"),               # the year written with them
])
def test_other_openings_keep_their_period(opening, label):
    assert document_period(baocao.parse(opening + "\n\nTổng đàn bò 240.450 con.")).label == label


def test_a_year_in_a_later_sentence_gives_no_months_its_year():
    # 053: "quý I năm nay" then, in the next sentence, the years it is contrasted with
    r = baocao.parse("Kết thúc quý I năm nay, nhiều tỉnh tăng trưởng âm. Trái ngược với các năm 2021 và 2022 "
                     "khi quý I các tỉnh đều tăng trưởng.\n\nTổng đàn bò 240.450 con.")
    assert document_period(r).label != "2021-Q1"


@pytest.mark.parametrize("opening,label", [
    # 101 (Kiên Giang, a digest of the statistics office's notes): the plan's horizon is no period reported on
    ("Về Kiên Giang\n\nTheo Cục Thống kê, tổng sản lượng thủy sản tháng Tư ước đạt 59.573 tấn. Thủ tướng Chính "
     "phủ phê duyệt điều chỉnh quy hoạch tổng thể phát triển kinh tế xã hội tỉnh Kiên Giang đến năm 2020 và "
     "định hướng đến năm 2030.", None),
    ("Tin tức\n\nTỉnh triển khai Đề án phát triển du lịch đến năm 2025. Lượng khách du lịch đạt 1,2 triệu "
     "lượt.", None),
])
def test_a_plans_horizon_is_no_period_of_the_document(opening, label):
    w = document_period(baocao.parse(opening))
    assert (w.label if w else None) == label


@pytest.mark.parametrize("opening,label", [
    # the year of the plan a report is on, not its horizon: the document's year
    ("Báo cáo tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2023\n\nKinh tế tăng trưởng khá.",
     "2023"),
    # "đến" without a plan's name before it
    ("Kết quả thu ngân sách đến tháng 10 năm 2022\n\nThu ngân sách đạt 5 tỷ đồng.", "2022-10"),
])
def test_a_plans_own_year_and_a_to_date_stay_the_documents(opening, label):
    assert document_period(baocao.parse(opening)).label == label
