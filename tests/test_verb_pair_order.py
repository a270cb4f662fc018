"""enumerations._verb_pair asks the tagger about a name after a comma (``verb_and_object``) last: only
when the piece before the comma is short enough to be a verb of a pair or a noun piece (at most three
words), the other conditions being read from the text first. The answers are those of the old order
(tests/test_verb_pairs.py; the snapshot of the benchmark archive is unchanged): each condition is
necessary, and the piece's ``name_in`` reads the text alone."""
from __future__ import annotations

import baocao
from baocao.resolve import enumerations


def _asked(monkeypatch, text):
    asked = []
    inner = enumerations.verb_and_object

    def recorded(phrase):
        asked.append(phrase)
        return inner(phrase)

    monkeypatch.setattr(enumerations, "verb_and_object", recorded)
    names = [(i.name, i.value) for i in baocao.parse(text).indicators]
    return asked, names


def test_a_long_piece_before_the_comma_spares_the_tagger(monkeypatch):
    asked, names = _asked(monkeypatch, "Năm qua sản xuất nông nghiệp phát triển rất mạnh mẽ, tạo việc làm "
                                       "cho 3.000 lao động.")
    assert not any(p.startswith("tạo việc làm") for p in asked)
    assert names == [("tạo việc làm", 3000)]


def test_a_short_piece_still_asks_it(monkeypatch):
    asked, names = _asked(monkeypatch, "Thu nhập tăng khá. hằng năm giới thiệu, tạo việc làm trong tỉnh cho "
                                       "2.100 lao động.")
    assert any(p.startswith("tạo việc làm") for p in asked)
    assert names == [("giới thiệu, tạo việc làm trong tỉnh", 2100)]
