"""A respectively list whose name lists no parts answers, in order, the statements just before it
(the statistics offices' structure of the economy and that of the same period a year before)."""
from __future__ import annotations

from indicator_cases import inds

GSO = ("Về cơ cấu nền kinh tế quý I/2021, khu vực dịch vụ chiếm tỷ trọng 42,20%; khu vực công nghiệp và xây "
       "dựng chiếm 36,45%; khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng 11,71% và thuế sản phẩm trừ "
       "trợ cấp sản phẩm chiếm 9,64% (Cơ cấu tương ứng của cùng kỳ năm 2020 là 42,82%; 35,86%; 11,66%; 9,66%).")


def test_the_same_period_a_year_before_in_a_parenthesis():
    rows = {i.value: i for i in inds(GSO)}
    for now, then, name in ((42.2, 42.82, "khu vực dịch vụ"), (36.45, 35.86, "khu vực công nghiệp và xây dựng"),
                            (11.71, 11.66, "khu vực nông, lâm nghiệp và thủy sản"),
                            (9.64, 9.66, "thuế sản phẩm trừ trợ cấp sản phẩm")):
        assert rows[now].name == rows[then].name == name
        assert (rows[now].period, rows[then].period) == ("2021-Q1", "2020-Q1")
        assert rows[then].measure == "share" and rows[then].rule == "indicator.prose+inherited_name"


def test_a_sentence_opened_by_the_base():
    text = ("Về cơ cấu nền kinh tế 6 tháng đầu năm 2019, khu vực nông, lâm nghiệp và thủy sản chiếm tỷ trọng "
            "13,55% GDP. Khu vực công nghiệp và xây dựng chiếm 34,2%. Khu vực dịch vụ chiếm 42,04%; thuế sản "
            "phẩm trừ trợ cấp sản phẩm chiếm 10,21%.\n\nCùng kỳ năm 2018, cơ cấu nền kinh tế tương ứng là "
            "14,13%; 33,83%; 41,8%; 10,24%.")
    rows = {i.value: i for i in inds(text)}
    assert rows[14.13].name == "khu vực nông, lâm nghiệp và thủy sản"
    assert rows[10.24].name == "thuế sản phẩm trừ trợ cấp sản phẩm"
    assert rows[14.13].period == "2018-01/2018-06"


def test_no_answer_when_the_counts_differ_or_the_name_lists_its_parts():
    # three statements before, four figures: no statement is answered, the list keeps its own name
    text = ("Khu vực dịch vụ chiếm 42,20%; khu vực công nghiệp và xây dựng chiếm 36,45%; thuế sản phẩm chiếm "
            "9,64% (Cơ cấu tương ứng của cùng kỳ năm 2020 là 42,82%; 35,86%; 11,66%; 9,66%).")
    assert [(i.name, i.period) for i in inds(text) if i.value in (42.82, 9.66)] == [("Cơ cấu", None)] * 2 or \
        {i.name for i in inds(text) if i.value in (42.82, 9.66)} == {"Cơ cấu"}
    # a name that lists its parts names them itself
    text = ("Năm 2020, vốn đầu tư tăng 5%. Cơ cấu khu vực I-II-III tương ứng là 41,57% - 15,45% - 39,82%.")
    assert [i.name for i in inds(text) if i.unit == "%" and i.value != 5] == ["khu vực I", "khu vực II",
                                                                             "khu vực III"]


def test_a_named_indicator_with_a_figure_per_base_answers_nothing():
    text = ("Tổng mức và doanh thu dịch vụ tiêu dùng xã hội tháng 12 tăng 2,7% so với tháng trước và tăng 27,5% "
            "so với cùng kỳ năm trước (tổng mức bán lẻ tăng tương ứng là 2,3% và 26,1%).")
    assert {i.name for i in inds(text) if i.value in (2.3, 26.1)} == {"tổng mức bán lẻ"}


def test_the_list_after_a_colon_and_dashes():
    text = ("6 tháng đầu năm 2021, cơ cấu kinh tế: Khu vực công nghiệp - xây dựng chiếm 76,19%; dịch vụ chiếm "
            "16,49%; nông, lâm nghiệp và thuỷ sản chiếm 3,49%; thuế sản phẩm trừ trợ cấp sản phẩm 3,84% (Cơ cấu "
            "tương ứng của cùng kỳ năm 2020 là: 75,36% - 17,36% - 3,29% - 3,99%).")
    rows = {i.value: i for i in inds(text)}
    assert (rows[75.36].name, rows[75.36].period) == ("Khu vực công nghiệp - xây dựng", "2020-01/2020-06")
    assert rows[3.99].name == "thuế sản phẩm trừ trợ cấp sản phẩm"
    # no period the answered statements tell: the base's period is unknown, the document's is not given
    undated = {i.value: i for i in inds(text.replace("6 tháng đầu năm 2021, ", ""))}
    assert undated[75.36].period is None and undated[75.36].name == "Khu vực công nghiệp - xây dựng"
