"""A target's horizon or span in a document's opening (data/indicators.yaml: target_horizon_words: ``phấn đấu
đến năm 2030``, ``lộ trình giai đoạn 2021-2025``, ``kế hoạch về đích vào năm 2015``), and the span of years of
a plan or programme named there when the opening names another period (``Chương trình mục tiêu quốc gia … giai
đoạn 2021-2025``), are no period the document reports on (resolve/governing.py)."""
import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.governing import document_time, label_with_year

W = load("indicators")


def _document_period(text):
    t = document_time(baocao.parse(text))
    return label_with_year(t.whole, t.year) if t.whole is not None else None


def _periods(text):
    return [(i.value, i.period) for i in baocao.parse(text).indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text,period", [
    # 311 (a national weekly on Ninh Bình): the congress's goal, no period of the figures after it
    ("Tỉnh tiếp tục thực hiện các khâu đột phá, phấn đấu đến năm 2030 trở thành tỉnh khá trong khu vực.\n\n"
     "Tổng thu ngân sách cả nhiệm kỳ đạt 58.841 tỷ đồng.", None),
    # 285 (a trade magazine on Thoại Sơn): a roadmap's span and a target's year, then the year reviewed
    ("Huyện đang tập trung xây dựng huyện nông thôn mới nâng cao lộ trình giai đoạn 2021-2025; phấn đấu trong "
     "năm 2023 sẽ được công nhận.\nNăm 2022, huyện thực hiện đạt và vượt 20/20 chỉ tiêu.", "2022"),
    # 323 (a provincial paper of 2014): the plan to reach the finish in 2015, then the year's own target
    ("Toàn xã có 2.920 hộ. Để đạt được kế hoạch về đích vào năm 2015; năm 2014 xã có chỉ tiêu hoàn thành thêm "
     "4 tiêu chí.", "2014"),
    # 038 (a provincial paper of 2024): a programme's span, then the year its figures hold at
    ("(CMO) Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa bàn tỉnh đã qua nửa "
     "thời gian thực hiện. Theo kết quả rà soát, cuối năm 2023, toàn tỉnh còn 9.604 hộ nghèo.", "2023"),
    # 211 (an investment paper on Đắk Lắk): two plans' spans, then the nine months reviewed
    ("Phó Thủ tướng yêu cầu tỉnh hoàn thành công tác lập quy hoạch cấp tỉnh giai đoạn 2021 - 2030; sớm xây dựng "
     "kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025. Thông báo đánh giá, 9 tháng đầu năm 2019, kinh tế "
     "của tỉnh tiếp tục chuyển dịch đúng hướng.", "2019-01/2019-09"),
])
def test_a_targets_horizon_or_a_plans_span_is_no_period_reported_on(text, period):
    assert _document_period(text) == period


def test_the_figures_take_the_year_reviewed():
    text = ("Huyện đang xây dựng huyện nông thôn mới nâng cao lộ trình giai đoạn 2021-2025.\nNăm 2022, tình hình "
            "kinh tế phục hồi.\n\nThu nhập bình quân người dân khu vực nông thôn đạt 68 triệu đồng/người/năm.")
    assert _periods(text) == [(68e6, "2022")]


@pytest.mark.parametrize("word", W.target_horizon_words)
def test_every_target_horizon_word(word):
    assert _document_period(f"Huyện {word} đến năm 2030 trở thành thị xã.\n\nThu ngân sách đạt 500 tỷ đồng.") is None
    assert _document_period("Huyện tổng kết năm 2023.\n\nThu ngân sách đạt 500 tỷ đồng.") == "2023"


@pytest.mark.parametrize("text,period", [
    # a plan's span that is the only period of the opening: what a report on the plan reports on
    ("Báo cáo kết quả thực hiện kế hoạch phát triển kinh tế - xã hội giai đoạn 2016-2020\n\n"
     "Thu ngân sách đạt 500 tỷ đồng.", "2016-2020"),
    # a plan's own year, no span nor horizon: the year the plan's report is on
    ("Kế hoạch phát triển kinh tế - xã hội năm 2024\n\nThu ngân sách đạt 500 tỷ đồng.", "2024"),
    # the horizon word after a comma: another clause
    ("Kết quả năm 2023, phấn đấu giữ vững.\n\nThu ngân sách đạt 500 tỷ đồng.", "2023"),
])
def test_not_a_targets_horizon_nor_a_plans_span_beside_another_period(text, period):
    assert _document_period(text) == period


@pytest.mark.parametrize("text,period", [
    # a plan's own year after the target word, no horizon lead: the year the months reviewed are of
    ("BÁO CÁO\nTình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng đầu năm và giải pháp phấn đấu hoàn "
     "thành kế hoạch năm 2023\n\nThu ngân sách đạt 500 tỷ đồng.", "2023-01/2023-09"),
    # a target's year on the line of the months reviewed without their year: their year
    ("BÁO CÁO\nTình hình kinh tế - xã hội 9 tháng đầu năm và nhiệm vụ trọng tâm phấn đấu trong năm 2023\n\n"
     "Thu ngân sách đạt 500 tỷ đồng.", "2023-01/2023-09"),
    # the year a finish was reached
    ("Huyện Krông Năng về đích nông thôn mới năm 2023\n\nThu ngân sách đạt 500 tỷ đồng.", "2023"),
    # a plan's span beside the next plan's year: the span is what is reported on
    ("BÁO CÁO\nTình hình thực hiện kế hoạch phát triển kinh tế - xã hội giai đoạn 2016-2020, dự kiến kế hoạch năm "
     "2021\n\nThu ngân sách đạt 500 tỷ đồng.", "2016-2020"),
])
def test_a_plans_own_year_is_no_horizon(text, period):
    assert _document_period(text) == period


@pytest.mark.parametrize("lead", W.target_horizon_leads)
def test_every_target_horizon_lead(lead):
    assert _document_period(f"Huyện phấn đấu {lead} năm 2030 trở thành thị xã.\n\nThu ngân sách đạt 500 tỷ đồng.") \
        is None
    assert _document_period("Huyện phấn đấu hoàn thành năm 2030.\n\nThu ngân sách đạt 500 tỷ đồng.") == "2030"
