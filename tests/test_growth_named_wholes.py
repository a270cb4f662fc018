"""A rate of the economy its name calls a growth (``growth_names``), written as a level (``ước đạt 6,91%``),
is the whole of the sectors' growths after it, as a change is (resolve/growth_parts.py; 282, and the gold
of 034, 058, 064, 103 writes such wholes' parts as estimates)."""
import pytest

import baocao
from baocao.resolve._rules import load

_282 = ("{whole} 6 tháng đầu năm {verb} khá, ước đạt 6,91%, đứng thứ 2 vùng Đông Nam Bộ. "
        "Khu vực công nghiệp – xây dựng tăng 18,7%, trong đó công nghiệp tăng 21,75%.")
_NAMED = ("{growth} kinh tế của tỉnh 6 tháng đầu năm ước đạt 6,91%, đứng thứ 2 vùng Đông Nam Bộ. "
          "Khu vực công nghiệp – xây dựng tăng 18,7%, trong đó công nghiệp tăng 21,75%.")


def framings(text, values):
    inds = [i for i in baocao.parse(text).indicators if i.kind == "indicator"]
    return [next(i.framing for i in inds if i.value == v) for v in values]


# "Mức tăng … ước đạt 6,91%" reads as the level of another period (sentence_framing.level_of_another_period)
@pytest.mark.parametrize("growth", [g for g in load("measures").growth_names if g != "mức tăng"])
def test_every_growth_name_makes_a_rate_of_the_economy_a_whole(growth):
    text = _NAMED.format(growth=growth[0].upper() + growth[1:])
    assert framings(text, [6.91, 18.7, 21.75]) == ["estimate"] * 3


def test_the_economy_growing_well():
    # 282: "Kinh tế của tỉnh Bình Phước 6 tháng đầu năm tăng trưởng khá, ước đạt 6,91%"
    text = _282.format(whole="Kinh tế của tỉnh Bình Phước", verb="tăng trưởng")
    assert framings(text, [6.91, 18.7, 21.75]) == ["estimate"] * 3


@pytest.mark.parametrize("whole,verb", [
    ("Kinh tế của tỉnh Bình Phước", "phát triển"),      # no growth word: a level of the economy
    ("Giá trị sản xuất công nghiệp", "tăng trưởng"),   # no growth of the economy
])
def test_no_growth_of_the_economy_frames_no_sector(whole, verb):
    assert framings(_282.format(whole=whole, verb=verb), [18.7, 21.75]) == ["actual"] * 2


@pytest.mark.parametrize("whole", [
    "kinh tế tư nhân tăng trưởng khá, ước đạt 8,1%",        # a part of the economy (grdp_growth's exclude)
    "chỉ số phát triển kinh tế số ước đạt 108%",
])
def test_a_growth_of_a_part_of_the_economy_is_no_whole_of_the_sectors(whole):
    text = f"Năm 2023, {whole}. Khu vực công nghiệp – xây dựng tăng 18,7%."
    assert framings(text, [18.7]) == ["actual"]
