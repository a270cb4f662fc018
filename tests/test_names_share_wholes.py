"""A share ``chiếm N% (trong) <whole>`` after a statement is named by that statement's subject (the part),
not by the whole after it (baocao.resolve.name_share_wholes)."""
from __future__ import annotations

from indicator_cases import inds


def _name_of(text: str, fig: str) -> str:
    found = [i for i in inds(text) if any(text[s:e] == fig for s, e in i.figures)]
    assert len(found) == 1, [(i.name, i.value, i.text) for i in inds(text)]
    return found[0].name


def test_a_share_of_grdp_after_a_sector_statement():
    # Bình Phước, statistics office, year 2022 (dev 188)
    t = ("Thuế sản phẩm trừ trợ cấp sản phẩm (theo giá so sánh 2010) đạt 1.994,9 tỷ đồng, tăng 1,67% so với "
         "năm 2021, đóng góp 0,1 điểm phần trăm vào tăng trưởng GRDP của tỉnh, chiếm 4,02% trong GRDP.")
    assert _name_of(t, "4,02%") == "Thuế sản phẩm trừ trợ cấp sản phẩm"


def test_a_share_of_all_deposits_after_and():
    # Hưng Yên, statistics office, nine months of 2025
    t = ("Tổng nguồn vốn huy động trên địa bàn ước đến 30/9/2025 đạt 305.001 tỷ đồng. Trong đó: tiền gửi "
         "303.600 tỷ đồng, tăng 9,57% và chiếm 99,54% tổng nguồn vốn; phát hành giấy tờ có giá 1.401 tỷ đồng.")
    assert _name_of(t, "99,54%") == "tiền gửi"


def test_a_share_in_parenthesis_after_a_comparison_base():
    # Hưng Yên, statistics office, year 2024
    t = ("Về chất lượng tín dụng: nợ xấu (nhóm 3,4,5) là 1.240 tỷ đồng (chiếm 1,07% tổng dư nợ), tăng 1,57% "
         "so với thời điểm 31/12/2023.")
    assert _name_of(t, "1,07%") == "nợ xấu"
    t = ("Vốn đầu tư sử dụng cho xây dựng cơ bản ước đạt 63.105 tỷ đồng, tăng 14,21% so với cùng kỳ năm trước "
         "và chiếm 83,91% trong tổng số vốn.")
    assert _name_of(t, "83,91%") == "Vốn đầu tư sử dụng cho xây dựng cơ bản"


def test_no_subject_in_the_clause_keeps_the_whole():
    # another sentence, or a clause ended by ";" or ":", before the share: no subject of it to take
    t = "Tiền gửi đạt 303.600 tỷ đồng. Chiếm 99,54% tổng nguồn vốn."
    assert _name_of(t, "99,54%") != "Tiền gửi"
    t = "Tiền gửi đạt 303.600 tỷ đồng; chiếm 99,54% tổng nguồn vốn."
    assert _name_of(t, "99,54%") != "Tiền gửi"


def test_respective_shares_are_not_the_last_subjects():
    # Hưng Yên 2024: "lần lượt" gives each subject its share in order; the last statement is not the subject
    t = ("Ngành công nghiệp chế biến, chế tạo có 64 doanh nghiệp giải thể và 182 doanh nghiệp tạm ngừng hoạt "
         "động, lần lượt chiếm 28,57% tổng số doanh nghiệp giải thể và chiếm 25,07% tổng số doanh nghiệp tạm "
         "ngừng hoạt động.")
    assert _name_of(t, "28,57%") != "doanh nghiệp tạm ngừng hoạt động"


def test_a_share_named_before_its_figure_is_untouched():
    # the part written before "chiếm" names it already (dev 032's "dịch vụ chiếm 37,08%")
    t = "Khu vực dịch vụ tăng 6,5%, dịch vụ chiếm 37,08% trong tổng GRDP."
    assert _name_of(t, "37,08%") == "dịch vụ"
