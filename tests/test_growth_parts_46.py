"""The parts of an estimated growth of the economy, found past what is written between (issue 17, session 46;
resolve/growth_parts.py): the shares of the economy's structure listed between the growth and its sectors
are no whole of theirs; a sector's contribution in points (``đóng góp 2,8 điểm phần trăm``) is a sector's
growth, so the sectors written one sentence each go on taking the estimate; a level written with its growth
(``GRDP ước đạt 27.000 tỷ đồng, tăng 8,4%``) is the economy's growth; and a sentence opened by a sector
(``Trong khu vực nông, lâm nghiệp và thủy sản, ngành thủy sản tăng …``) lists that sector's parts. Shapes of
dev 339 (tracuuquyhoach.com), 258 (Bộ Kế hoạch và Đầu tư, Quảng Trị), 332 (Con số & Sự kiện), written anew.
Negatives: the parts of a growth that is no estimate stay actual, and the shares themselves stay actual."""
import pytest

from baocao.resolve._rules import load
from indicator_cases import inds

W = load("indicators")


def framings(text, values):
    by_value = {i.value: i.framing for i in inds(text)}
    return [by_value.get(v) for v in values]


_SHARES = ("Trong 6 tháng đầu năm 2025, tổng sản phẩm trên địa bàn (GRDP) {verb} 31.250 tỷ đồng, tăng 7,42% so với "
           "cùng kỳ.\nCơ cấu kinh tế tiếp tục chuyển dịch: khu vực nông, lâm nghiệp và thủy sản chiếm 18,2%; công "
           "nghiệp và xây dựng 30,1%; dịch vụ 46,5%; thuế sản phẩm trừ trợ cấp sản phẩm 5,2%.\nTrong đó, khu vực "
           "công nghiệp và xây dựng tăng 10,35%, đóng góp 3,05 điểm phần trăm. Khu vực dịch vụ tăng 6,88%, đóng góp "
           "3,12 điểm phần trăm.")


def test_the_sectors_after_the_structure_take_the_estimate():
    text = _SHARES.format(verb="ước đạt")
    assert framings(text, [31250e9, 18.2, 30.1, 10.35, 3.05, 6.88, 3.12]) == (
        ["estimate"] + ["actual"] * 2 + ["estimate"] * 4)


def test_the_sectors_of_a_growth_that_is_no_estimate_stay_actual():
    text = _SHARES.format(verb="đạt")
    assert framings(text, [31250e9, 18.2, 10.35, 3.05, 6.88, 3.12]) == ["actual"] * 6


_IN_SECTOR = ("Tổng sản phẩm trong tỉnh 6 tháng đầu năm {verb} 9.100 tỷ đồng, tăng 6,2%; trong đó khu vực nông, lâm "
              "nghiệp và thủy sản tăng 3,4%, đóng góp 0,7 điểm phần trăm.\n{opener}, ngành thủy sản tăng 10,8%, "
              "đóng góp 0,25 điểm phần trăm; ngành lâm nghiệp tăng 6,9%.")


@pytest.mark.parametrize("part", W.growth_sector_parts)
def test_a_sentence_opened_by_a_sector_lists_its_parts(part):
    text = _IN_SECTOR.format(verb="ước đạt", opener=f"Trong {part}")
    assert framings(text, [10.8, 0.25, 6.9]) == ["estimate"] * 3


@pytest.mark.parametrize("text", [
    _IN_SECTOR.format(verb="đạt", opener="Trong khu vực nông, lâm nghiệp và thủy sản"),
    # a sentence opened by another word: no part of the sector
    _IN_SECTOR.format(verb="ước đạt", opener="Trong năm qua").replace("ngành thủy sản", "sản lượng thủy sản"),
])
def test_no_estimated_sector_frames_no_part(text):
    assert framings(text, [10.8]) == ["actual"]
