"""A sibling named by a country word after a head (``Tổng sản phẩm trong tỉnh (GRDP): + 5,16% (cả nước
+5,05%)``, Bến Tre's statistics note) is matched to a national key (``gdp_growth``): the key-sibling and
key-part rules look its entry up through ``keys.entry_of``, which knows national keys, instead of failing
with a KeyError that ended the whole parse."""
from __future__ import annotations

import pytest

import baocao
from baocao.resolve._rules import load
from baocao.resolve.keys import entry_of


def test_the_national_siblings_line_parses():
    text = "- Tổng sản phẩm trong tỉnh (GRDP): + 5,16% (cả nước +5,05%)\n- Giá trị sản xuất công nghiệp: + 6%\n"
    got = {i.value: i for i in baocao.parse(text).indicators}
    assert got[5.16].key == "grdp_growth"
    assert all(text[s:e] == i.text[s - i.start:e - i.start] for i in got.values() for s, e in i.figures)


NATIONAL = [(k.key, k.national) for k in load("indicator_keys").keys if k.national is not None]


@pytest.mark.parametrize("key,national", NATIONAL)
def test_every_national_key_has_its_entry(key, national):
    assert entry_of(national).key == key
    assert entry_of(key).key == key


def test_an_unknown_key_is_still_an_error():
    with pytest.raises(KeyError):
        entry_of("no_such_key")
