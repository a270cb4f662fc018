"""A parenthesis opened by a comparison base of the same period (``(cùng kỳ tăng 7%)``, ``(cùng kỳ năm
2022 tăng 8%)``): its figures are the base's, dated the statement's period a year before or in the
year written; the statement before it and the parts after it keep their own (resolve.base_asides).
Sentences written for the tests in the shapes of statistics reports, and negatives."""
import pytest

from baocao.resolve.base_asides import base_aside_period
from indicator_cases import periods_by_figure as by_figure


@pytest.mark.parametrize("text,want", [
    # a bare "cùng kỳ" in a quarter's report: the quarter a year before
    ("Quý II/2023, ngành nông nghiệp tăng 3,12% (cùng kỳ tăng 2,05%); ngành xây dựng tăng 6,4% "
     "(cùng kỳ tăng 5,3%).",
     {"3,12%": "2023-Q2", "2,05%": "2022-Q2", "6,4%": "2023-Q2", "5,3%": "2022-Q2"}),
    # the year written after the base; the contribution after the parenthesis keeps the statement's months
    ("Tính chung 7 tháng năm 2021, ngành khai khoáng giảm 4,2% (cùng kỳ năm 2020 tăng 1,8%), làm giảm "
     "0,3 điểm phần trăm vào mức tăng chung; ngành chế biến tăng 9,1%.",
     {"4,2%": "2021-01/2021-07", "1,8%": "2020-01/2020-07", "0,3 điểm": "2021-01/2021-07",
      "9,1%": "2021-01/2021-07"}),
    # a year without "năm", a level of the base, a noun for the verb
    ("Cán cân thương mại 6 tháng năm 2019 nhập siêu 12,5 triệu USD (cùng kỳ 2018 nhập siêu 20,1 triệu USD).",
     {"12,5 triệu USD": "2019-01/2019-06", "20,1 triệu USD": "2018-01/2018-06"}),
    ("Năm 2020, doanh thu du lịch đạt 850 tỷ đồng (cùng kỳ năm ngoái đạt 1.020 tỷ đồng).",
     {"850 tỷ đồng": "2020", "1.020 tỷ đồng": "2019"}),
])
def test_a_base_opening_a_parenthesis_dates_its_figures(text, want):
    assert by_figure(text, want) == want


@pytest.mark.parametrize("text,want", [
    # the base is not the parenthesis's first words: the figure compares, in the statement's period
    ("Quý II/2023, ngành nông nghiệp tăng 3,12% (tăng 2,05% so với cùng kỳ).",
     {"3,12%": "2023-Q2", "2,05%": "2023-Q2"}),
    # another period between the base and the figure dates it
    ("Quý II/2023, ngành nông nghiệp tăng 3,12% (cùng kỳ, 6 tháng năm 2021 tăng 2,05%).",
     {"2,05%": "2021-01/2021-06"}),
])
def test_a_parenthesis_not_opened_by_its_base_keeps_its_dating(text, want):
    assert by_figure(text, want) == want


def test_a_span_of_years_does_not_tell_the_base_period():
    # the statement before covers five years: no "same period a year before"; the figure stays undated
    text = "Giai đoạn 2016-2020, kim ngạch xuất khẩu tăng 12,5%/năm (cùng kỳ tăng 9,8%/năm)."
    got = by_figure(text, ["12,5%", "9,8%"])
    assert got["12,5%"] == "2016-2020" and got["9,8%"] is None


def test_the_function_leaves_a_statement_outside_a_parenthesis():
    from baocao.resolve.context import Draft
    draft = Draft(figs=[], name="x", name_start=0, period="2020", period_source="statement")
    base_aside_period(None, draft, draft)   # type: ignore[arg-type]   # not in a parenthesis: nothing read
    assert draft.period == "2020"
