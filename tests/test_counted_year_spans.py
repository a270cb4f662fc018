"""A count of years with its span in a parenthesis (``bình quân 2 năm (2021 - 2022)``, ``Qua 5 năm (2006-2010)
thực hiện Nghị quyết …``) is a span of years: a period record (extract/period.py), so it dates its statement
and names the period a document's opening reports on (dev 231, 383, 411: three publishers)."""
import pytest

import baocao


def _spans(text):
    return [(r.label, text[r.start:r.end]) for r in baocao.extract(text) if r.kind == "period"]


@pytest.mark.parametrize("text, label, span", [
    ("Tăng trưởng giá trị sản xuất bình quân 2 năm (2021 - 2022) đạt 13,3%.", "2021-2022", "2 năm (2021 - 2022)"),
    ("Tăng trưởng kinh tế duy trì 5 năm (2016 - 2020) đạt hơn 7%/năm.", "2016-2020", "5 năm (2016 - 2020)"),
    ("Qua 5 năm (2006-2010) thực hiện Nghị quyết Đại hội", "2006-2010", "5 năm (2006-2010)"),
    ("Trong năm năm (2015–2020), kinh tế tăng trưởng khá", "2015-2020", "năm năm (2015–2020)"),
])
def test_a_count_of_years_with_its_span_is_a_span(text, label, span):
    assert (label, span) in _spans(text)


@pytest.mark.parametrize("text", [
    "Trong 3 năm (2016-2020), kinh tế tăng trưởng khá",      # the count is not the span's
    "Doanh nghiệp 10 năm (2010-2015) tăng 7%",
    "Sau 1 năm (2020-2021) tăng 7%",                         # one year is no span
    "Trong 5 năm 2016 - 2020 kinh tế tăng",                  # no parenthesis: not this rule's
    "đạt 45 triệu đồng/người/năm (2019 - 2020)",              # a rate per year, no count
    "Năm (2016-2020) kinh tế tăng",                           # no count
    "Kỷ niệm 25 năm (1997 - 2022) tái lập tỉnh",              # an anniversary's years (year_not_after)
    "Lễ kỷ niệm 90 năm (1930-2020) Ngày thành lập Đảng",
    "tăng 1,5 năm (2019-2020) liền",                          # a decimal is no count of years
])
def test_not_a_counted_span(text):
    assert not any(r.rule == "period.counted_years" for r in baocao.extract(text) if r.kind == "period")


@pytest.mark.parametrize("text, fig, period", [
    ("Báo cáo giữa nhiệm kỳ\n\nTăng trưởng giá trị sản xuất bình quân 2 năm (2021 - 2022) đạt 13,3%. "
     "Tổng thu ngân sách năm 2022 đạt 332 tỷ đồng.", "13,3%", "2021-2022"),
    ("Qua 5 năm (2006-2010) thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, tỉnh đạt được những thành "
     "tựu quan trọng.\n- Tốc độ tăng tổng sản phẩm bình quân 5 năm đạt khoảng 10,9%. Cơ cấu kinh tế (năm 2010): "
     "nông nghiệp 35,7%.", "10,9%", "2006-2010"),
    ("Qua 5 năm (2006-2010) thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, tỉnh đạt được những thành "
     "tựu quan trọng.\n- Tốc độ tăng tổng sản phẩm bình quân 5 năm đạt khoảng 10,9%. Cơ cấu kinh tế (năm 2010): "
     "nông nghiệp 35,7%.", "35,7%", "2010"),
])
def test_the_span_dates_its_statement_and_the_opening(text, fig, period):
    [i] = [i for i in baocao.parse(text).indicators if fig in i.text]
    assert i.period == period


@pytest.mark.parametrize("text, fig, period", [
    # a period right after the figure, an aside after it (rule 1), as before a comma or a stop (dev 354)
    ("Báo cáo năm 2017\n\nTỷ trọng ngành nông nghiệp từ 56,1% năm 2006 giảm xuống còn 42,5% năm 2010 (theo giá cố "
     "định 1994); chiếm 32,71% năm 2015 và còn 31,14% năm 2016 (theo giá so sánh 2010).", "42,5%", "2010"),
    ("Báo cáo năm 2017\n\nTỷ trọng ngành nông nghiệp từ 56,1% năm 2006 giảm xuống còn 42,5% năm 2010 (theo giá cố "
     "định 1994); chiếm 32,71% năm 2015 và còn 31,14% năm 2016 (theo giá so sánh 2010).", "31,14%", "2016"),
    # not a period that opens what follows
    ("Báo cáo năm 2017\n\nThu ngân sách đạt 500 tỷ đồng, năm 2016 (ước) đạt 450 tỷ đồng.", "500 tỷ đồng", "2017"),
    # not a base
    ("Báo cáo năm 2017\n\nThu ngân sách đạt 500 tỷ đồng, bằng 95% năm 2016 (theo giá hiện hành).", "95%", "2017"),
])
def test_a_period_right_after_the_figure_before_an_aside(text, fig, period):
    [i] = [i for i in baocao.parse(text).indicators if i.text.endswith(fig)]
    assert i.period == period


def test_an_anniversarys_years_date_nothing():
    text = "Kỷ niệm 25 năm (1997 - 2022) tái lập tỉnh\n\nQuy mô kinh tế đạt 50.000 tỷ đồng."
    assert [i.period for i in baocao.parse(text).indicators if i.kind == "indicator"] == [None]
