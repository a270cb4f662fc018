"""A name head opens an enumeration after an opener (resolve/enumeration_heads.py): the first piece,
longer than a piece, opens with a name head, and the name is the whole enumeration, not its last piece."""
import pytest

from indicator_cases import inds


def named(text):
    return [(i.name, i.value) for i in inds(text)]


@pytest.mark.parametrize("text,want", [
    # Bắc Ninh (xã An Bình's council resolution, 190): after the breakdown opener "Trong đó"
    ("Mục tiêu năm 2023 tốc độ tăng trưởng kinh tế đạt 14%/năm. Trong đó giá trị nông nghiệp, chăn nuôi, thủy "
     "sản đạt 50 tỉ đồng, chiếm 8%; Giá trị thương mại dịch vụ đạt 298 tỉ đồng, chiếm 48%.",
     ("giá trị nông nghiệp, chăn nuôi, thủy sản", 50e9)),
    # Hải Dương (huyện Thanh Hà's congress, 145): after the opener and a target word
    ("Trong đó, phấn đấu giá trị sản xuất nông nghiệp, thủy sản tăng bình quân 3,2%/năm; giá trị sản xuất "
     "công nghiệp, xây dựng 11%/năm.", ("giá trị sản xuất nông nghiệp, thủy sản", 3.2)),
    # the statistics offices' sector of a breakdown, after the opener with no comma
    ("Tổng giá trị sản xuất tăng 7,5%. Trong đó giá trị sản xuất khu vực nông, lâm, thủy sản tăng 3,2%.",
     ("giá trị sản xuất khu vực nông, lâm, thủy sản", 3.2)),
])
def test_a_name_head_after_an_opener_opens_the_enumeration(text, want):
    assert want in named(text)


@pytest.mark.parametrize("text,want", [
    # a clause before the comma ("tăng"): the piece after it names the figure
    ("Trong đó, diện tích lúa tăng, ngô đạt 3.000 ha.", ("ngô", 3000)),
    # a longer first piece with no name head stays out
    ("Trong đó nhiều hộ dân ở các xã ven sông, thủy sản tăng 5%.", ("thủy sản", 5)),
    # a verb that ends a clause before a name ("nâng")
    ("Trong đó, nâng tổng số bản, tổ dân phố văn hóa lên 20 bản.", None),
])
def test_no_enumeration_opened_by_a_clause_or_a_piece_without_head(text, want):
    got = named(text)
    if want is None:
        assert not any(n and n.startswith("nâng") for n, _ in got), got
    else:
        assert want in got, got
