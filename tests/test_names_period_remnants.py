"""A period phrase is no part of a name (docs/records.md): what a period leaves of ``từ đầu năm đến nay``
(``đầu``) names nothing, and ``(tính) đến thời điểm`` before a date goes with the date."""
from __future__ import annotations

from indicator_cases import inds


def _name_of(text: str, fig: str) -> str:
    found = [i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures)]
    assert len(found) == 1, [(i.name, i.value, i.text) for i in inds(text)]
    return found[0].name


def test_from_the_start_of_the_year_leaves_no_name():
    # Hưng Yên, statistics office, years 2024 and nine months of 2025
    t = ("Tính đến 30/12/2024, toàn tỉnh có 613 dự án có vốn đầu tư nước ngoài đăng ký hoạt động, trong đó, "
         "từ đầu năm đến nay có 68 dự án đăng ký mới với số vốn đăng ký là 1.374,69 triệu USD.")
    assert _name_of(t, "68 dự án") == "dự án đăng ký mới"
    t = "Từ đầu năm đến nay có 12 doanh nghiệp giải thể."
    assert _name_of(t, "12 doanh nghiệp") != "đầu"


def test_to_the_moment_goes_with_its_date():
    t = "Về chất lượng tín dụng: Nợ xấu đến thời điểm 30/9/2025 là 1.960 tỷ đồng, tăng 2,46%."
    assert _name_of(t, "1.960 tỷ đồng") == "Nợ xấu"
    t = "Tổng dư nợ tín dụng tính đến thời điểm 31/12/2024 đạt 255.000 tỷ đồng."
    assert _name_of(t, "255.000 tỷ đồng") == "Tổng dư nợ tín dụng"


def test_words_that_fold_like_dau_are_still_names():
    # "đậu" (beans) and "dầu" (oil) fold to the same letters as "đầu": items of a list keep their names
    t = "Diện tích gieo trồng rau, đậu, hoa các loại 12.495 ha, tăng 1,15%."
    assert _name_of(t, "12.495 ha").endswith("rau, đậu, hoa các loại")
    t = "Sản lượng khai thác: than 2.000 tấn; dầu 500 tấn."
    assert _name_of(t, "500 tấn") == "dầu"


def test_the_end_of_a_year_leaves_no_name():
    # Đà Lạt (the city's report, 2020): a plan, then "nhưng (đến) cuối năm": the name of the plan's statement
    t = ("Thành phố cũng đề ra kế hoạch kim ngạch xuất khẩu đạt 102 triệu USD, nhưng cuối năm chỉ đạt 81,71 triệu "
         "USD, bằng 81,2% kế hoạch.")
    assert _name_of(t, "81,71 triệu USD") == "kim ngạch xuất khẩu"
    # a news item on bad debts: "đến cuối tháng 2/2017" leaves "cuối"
    t = ("Đến cuối năm 2016, tỷ lệ nợ xấu nội bảng toàn hệ thống là 2,46%, giảm so với mức 2,55% cuối năm 2015; "
         "đến cuối tháng 2-2017 là 2,56%.")
    assert _name_of(t, "2,56%") == "tỷ lệ nợ xấu nội bảng toàn hệ thống"
    # "giữa", "cuối" inside a name stay
    t = "Diện tích lúa cuối vụ đạt 1.200 ha."
    assert _name_of(t, "1.200 ha") == "Diện tích lúa cuối vụ"
