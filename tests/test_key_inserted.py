"""A word put between the words of a variant (``inserted_words``: "tốc độ tăng về giá trị sản xuất") costs
the variant the score it needs, as an alignment compares a piece of the name as long as the variant; a
name that gets no key is matched again without those words (``key_names.without_inserted``), through
the same bounded matcher, so the pre-test stays exact (the last tests)."""
import pytest

from baocao.resolve import keys
from baocao.resolve._rules import load
from baocao.resolve.key_names import clean, without_inserted
from baocao.resolve.keys import match_key

# each inserted word: names reports write with it (several documents), keyed only without it
_KEYED = {
    "về": [
        # 165 (Báo Đồng Khởi, Chợ Lách): "Tốc độ tăng về giá trị sản xuất bình quân của huyện 5 năm qua"
        ("Tốc độ tăng về giá trị sản xuất bình quân của huyện 5 năm qua", "%", "growth", "production_value_growth"),
    ],
    "được": [
        # 136 (Kinh tế và Dự báo, Cần Thơ): "xã được UBND TP. Cần Thơ công nhận đạt chuẩn nông thôn mới"
        ("xã được UBND TP. Cần Thơ công nhận đạt chuẩn nông thôn mới", "xã", "level", "ntm_communes"),
    ],
}
# names with an inserted word that their variants' alignment keys as written; the same key either way
_KEYED_ANYWAY = [
    ("Tốc độ tăng về giá trị sản xuất", "%", "growth", "production_value_growth"),
    ("tốc độ tăng trưởng về tổng sản phẩm trên địa bàn", "%", "growth", "grdp_growth"),
    # 111 (Hà Tĩnh 24h): "xã (tính khi chưa sáp nhập) được công nhận đạt chuẩn nông thôn mới"
    ("xã được công nhận đạt chuẩn nông thôn mới", "xã", "level", "ntm_communes"),
    ("xã được công nhận đạt chuẩn nông thôn mới nâng cao", "xã", "level", "ntm_advanced_communes"),
]


@pytest.mark.parametrize("name, unit, measure, key", _KEYED_ANYWAY)
def test_a_name_keyed_as_written_keeps_its_key(name, unit, measure, key):
    assert match_key(name, unit, measure) == key == match_key(name, unit, measure, _prune=False)


def test_every_inserted_word_has_cases():
    assert set(_KEYED) == set(load("indicator_keys").inserted_words)


@pytest.mark.parametrize("word, name, unit, measure, key",
                         [(w, *c) for w, cases in _KEYED.items() for c in cases])
def test_a_name_with_an_inserted_word_is_keyed_without_it(word, name, unit, measure, key, monkeypatch):
    assert word in name.split()
    keys._match_key_cached.cache_clear()
    assert match_key(name, unit, measure) == key
    assert match_key(name, unit, measure, _prune=False) == key
    # the inserted word is what kept the key away: matched as written, the name gets none
    monkeypatch.setattr(keys, "_without_inserted", lambda n: n)
    keys._match_key_cached.cache_clear()
    assert match_key(name, unit, measure) is None
    keys._match_key_cached.cache_clear()


@pytest.mark.parametrize("name, unit, measure, key", [
    # the words as written: "vệ" of "vệ sinh" is no "về" (folded, both are "ve"): the name keeps it and
    # its key ("dùng nước hợp vệ sinh", session 37)
    ("Tỷ lệ hộ dân dùng nước hợp vệ sinh", "%", "rate", "clean_water_rural"),
    # a name without an indicator stays without one
    ("đánh giá về công tác cán bộ", "%", "level", None),
    ("cán bộ được đào tạo", "người", "level", None),
    # a name keyed as written keeps that key ("được" is a word of its variant)
    ("tỷ lệ lao động được qua đào tạo", "%", "rate", "trained_labour_share"),
])
def test_an_inserted_word_keys_nothing_else(name, unit, measure, key):
    assert match_key(name, unit, measure) == key


def test_inserted_words_are_whole_words_with_their_diacritics():
    assert without_inserted("Tốc độ tăng VỀ giá trị sản xuất") == "Tốc độ tăng giá trị sản xuất"
    assert without_inserted("nước hợp vệ sinh") == "nước hợp vệ sinh"
    assert without_inserted("Về đích") == "đích"
    assert without_inserted("xã được công nhận") == "xã công nhận"
    assert without_inserted("tỷ lệ hộ nghèo") == "tỷ lệ hộ nghèo"


def _with_inserted(text: str, word: str) -> list[str]:
    """``text`` with ``word`` put after each of its words but the last."""
    ws = text.split()
    return [" ".join(ws[:i] + [word] + ws[i:]) for i in range(1, len(ws))]


@pytest.mark.slow
def test_pruning_gives_the_full_answer_with_inserted_words():
    """The pre-test stays exact for a name matched again without its inserted words: every vocabulary
    name with each inserted word put in the middle gets the answer of scoring every candidate."""
    for k in load("indicator_keys").keys:
        for v in k.variants:
            for word in load("indicator_keys").inserted_words:
                ws = v.split()
                name = " ".join(ws[:len(ws) // 2] + [word] + ws[len(ws) // 2:])
                unit = (k.units or [None])[0]
                for m in {None, *(k.measures or ["level"])}:
                    assert match_key(name, unit, m) == match_key(name, unit, m, _prune=False), (name, unit, m)


@pytest.mark.slow
def test_pruning_gives_the_full_answer_for_dev_names_with_inserted_words():
    """The same over every dev gold name, with each inserted word put after each of its words."""
    import keys as key_goals  # evaluation/keys.py

    for _, e in key_goals.statements("dev"):
        for word in load("indicator_keys").inserted_words:
            for name in _with_inserted(e["name"], word):
                for unit, m in ((e.get("unit"), e.get("measure")), (None, None)):
                    assert match_key(name, unit, m) == match_key(name, unit, m, _prune=False), (name, unit, m)


def test_a_name_without_its_inserted_words_is_compared_as_cleaned():
    assert clean(without_inserted("Tốc độ tăng về giá trị sản xuất")) == "toc do tang gia tri san xuat"
