"""The place-name repair (``ocr.place_name``) and the areas a document names."""
from baocao.normalize.lexicon import lexicon
from baocao.normalize.ocr.evidence import DocumentEvidence
from baocao.normalize.ocr.places import _elsewhere, _is_area


def test_the_province_each_province_became_part_of():
    now = lexicon().province_now
    assert now["Ninh Thuận"] == "Khánh Hòa" and now["Hòa Bình"] == "Phú Thọ"
    assert now["Điện Biên"] == "Điện Biên" and len(now) == 63


def test_districts_and_provinces_are_areas_communes_are_not():
    lex = lexicon()
    assert _is_area(lex, "Mường Ảng") and _is_area(lex, "Điện Biên") and _is_area(lex, "Long Mỹ")
    assert not _is_area(lex, "Ẳng Nưa") and not _is_area(lex, "Tam Đa")


def _doc(text):
    return DocumentEvidence(text)


def test_a_commune_form_lies_elsewhere_only_when_the_document_names_other_areas():
    lex = lexicon()
    assert _elsewhere(lex, _doc("Huyện Mường Khương, tỉnh Lào Cai"), "tam da")
    assert not _elsewhere(lex, _doc("Huyện Yên Phong, tỉnh Bắc Ninh"), "tam da")   # a commune there
    assert not _elsewhere(lex, _doc("Báo cáo kết quả năm 2024"), "tam da")          # no area named
    assert not _elsewhere(lex, _doc("Huyện Mường Khương, tỉnh Lào Cai"), "long my")  # a district
    assert not _elsewhere(lex, _doc("Huyện Ninh Hải"), "phan rang")   # Ninh Thuận, now Khánh Hòa
