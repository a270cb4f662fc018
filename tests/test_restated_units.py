"""A level written again in another unit of its kind right after it (``đạt trên 115 triệu đồng (4.560 USD)``,
``12.154 USD (tính cả dầu khí) tương đương 281,2 triệu đồng``, ``34.002,11 ha (340,02 km2)``) is held by its
statement, no statement of its own (``resolve.restated_units``)."""
import pytest

import baocao


def _records(text):
    rep = baocao.parse(text)
    return [(i.value, i.unit, [text[a:b] for a, b in i.figures]) for i in rep.indicators if i.kind == "indicator"]


@pytest.mark.parametrize("text, records", [
    # an opening parenthesis closing right after it (352 aloxekhach)
    ("Năm 2023, GRDP bình quân đầu người của Thái Nguyên đạt trên 115 triệu đồng (4.560 USD), dẫn đầu vùng.",
     [(115e6, "VND", ["trên 115 triệu đồng", "4.560 USD"])]),
    # restated_unit_words "tương đương" past a bracketed note (402 thitruonghanghoa)
    ("Năm 2021, GRDP bình quân đầu người của tỉnh đạt 12.154 USD (tính cả dầu khí) tương đương 281,2 triệu đồng và "
     "đạt khoảng 7.141 USD (không tính dầu khí) tương đương 163,4 triệu đồng.",
     [(12154.0, "USD", ["12.154 USD", "281,2 triệu đồng"]), (7141.0, "USD", ["khoảng 7.141 USD", "163,4 triệu đồng"])]),
    # restated_area_units "ha", "km²" (241 truongchinhtri)
    ("Huyện Bàu Bàng có diện tích tự nhiên 34.002,11 ha (340,02 km2), dân số 106.507 người.",
     [(34002.11, "ha", ["34.002,11 ha", "340,02 km2"]), (106507.0, "người", ["106.507 người"])]),
])
def test_a_level_restated_in_another_unit_is_held(text, records):
    assert _records(text) == records


@pytest.mark.parametrize("text, values", [
    ("Năm 2023, thu ngân sách đạt 150 tỷ đồng (KH 12%).", [150e9]),                      # another kind of unit
    ("Năm 2023, vốn đăng ký đạt 500 tỷ đồng, 20 triệu USD vốn FDI.", [500e9, 20e6]),      # a comma alone
    ("Năm 2023, diện tích lúa 500 ha (trong đó 300 ha lúa chất lượng cao).", [500.0, 300.0]),  # the same unit
    ("Năm 2023, diện tích rừng 500 ha (450 ha năm 2022).", [500.0, 450.0]),
    ("Năm 2023, vốn FDI đạt 50 triệu USD (1.000 tỷ đồng vốn trong nước).", [50e6, 1000e9]),  # not closed after it
])
def test_other_amounts_stay(text, values):
    rep = baocao.parse(text)
    assert [i.value for i in rep.indicators if i.kind == "indicator"] == values
