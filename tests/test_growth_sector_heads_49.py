"""A sector of the economy written without ``khu vực`` (``growth_sector_heads``: ``công nghiệp xây dựng tăng
7,27%``, ``Giá trị tăng thêm nhóm ngành nông, lâm nghiệp và thuỷ sản tăng 6,42%``) is a part of the economy's
growth written before it, and takes its estimate (resolve/growth_parts.py). Shapes of dev 340 (Bình Thuận),
017 (Bình Định), 400 (Tây Ninh), 282 (Bình Phước), written anew. Negatives: the parts of a growth that is no
estimate stay actual, a share of a sector is no growth, a part that names another period keeps its own."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")

_TAIL = {"nông": ", lâm nghiệp và thủy sản", "lâm": ", ngư nghiệp", "ngư": " nghiệp", "thương mại": " - dịch vụ"}


def _name(head):
    return (head + _TAIL.get(head, "")).capitalize()


def _prefixed(prefix):
    return f"{prefix} công nghiệp - xây dựng".capitalize()


def framings(text, values):
    by_value = {i.value: i.framing for i in inds(text)}
    return [by_value.get(v) for v in values]


_TEXT = ("Dự ước tổng sản phẩm trong tỉnh (GRDP) năm 2024 {verb} 55.306 tỷ đồng; tăng 7,08% so với năm trước. "
         "{part} tăng 6,42%; thuế sản phẩm tăng 5,83%.")


@pytest.mark.parametrize("head", W.growth_sector_heads)
def test_a_sector_without_its_area_word_takes_the_estimate(head):
    assert framings(_TEXT.format(verb="đạt", part=_name(head)), [6.42, 5.83]) == ["estimate"] * 2


@pytest.mark.parametrize("prefix", W.growth_sector_prefixes)
def test_a_sector_after_a_prefix_takes_the_estimate(prefix):
    assert framings(_TEXT.format(verb="đạt", part=_prefixed(prefix)), [6.42]) == ["estimate"]


@pytest.mark.parametrize("tax", ["thuế sản phẩm", "thuế nhập khẩu"])   # growth_sector_parts
def test_the_product_taxes_take_the_estimate(tax):
    text = _TEXT.format(verb="đạt", part="Dịch vụ").replace("thuế sản phẩm tăng", f"{tax} (trừ trợ cấp sản phẩm) tăng")
    assert framings(text, [6.42, 5.83]) == ["estimate"] * 2


@pytest.mark.parametrize("part", [
    # a branch or an activity named after a sector's word is no sector of the economy: its own growth
    "Dịch vụ lưu trú và ăn uống", "Dịch vụ công trực tuyến", "Nông dân trong tỉnh có thu nhập",
    "Nhóm ngành hàng lương thực, thực phẩm", "Công nghiệp chế biến, chế tạo", "Xây dựng nông thôn mới",
])
def test_a_branch_named_after_a_sector_word_stays_actual(part):
    text = _TEXT.format(verb="đạt", part=part).replace("; thuế sản phẩm tăng 5,83%", "")
    assert framings(text, [6.42]) == ["actual"]


@pytest.mark.parametrize("head", ["công nghiệp xây dựng", "dịch vụ"])
def test_the_parts_of_a_growth_that_is_no_estimate_stay_actual(head):
    text = _TEXT.format(verb="đạt", part=head.capitalize()).replace("Dự ước ", "")
    assert framings(text, [6.42, 5.83]) == ["actual"] * 2


def test_a_share_of_a_sector_is_no_part_of_the_growth():
    text = ("Dự ước tổng sản phẩm trong tỉnh (GRDP) năm 2024 đạt 55.306 tỷ đồng; tăng 7,08% so với năm trước. "
            "Dịch vụ chiếm 42,6%.")
    assert framings(text, [42.6]) == ["actual"]


def test_a_part_of_another_period_keeps_its_own():
    text = ("Dự ước tổng sản phẩm trong tỉnh (GRDP) năm 2024 đạt 55.306 tỷ đồng; tăng 7,08% so với năm trước. "
            "Năm 2020, dịch vụ tăng 3,34%.")
    assert framings(text, [3.34]) == ["actual"]
