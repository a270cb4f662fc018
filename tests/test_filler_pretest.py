"""The pre-test of the fillers at a lead's start (``vocabulary.FILLER_OPENS``) passes wherever
``FILLER_AT_START`` matches: a lead's start cut is the one read without it."""
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.resolve import phrases
from baocao.resolve.vocabulary import FILLER_AT_START, FILLER_OPENS, OpeningWords, _START_FILLERS, exact_forms
from baocao.core.fold import fold

_FORMS = sorted(exact_forms(_START_FILLERS))
_CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.txt"))


def test_every_filler_passes_the_pretest():
    assert FILLER_OPENS.words and len(_FORMS) > 50
    for form in _FORMS:
        for text in (form, f"  {form}", f"\n{form} tăng", f"{form}, ", f"{form}\u00a0xã"):
            if FILLER_AT_START.match(text):
                assert FILLER_OPENS.may_match(text, 0), text


def test_a_word_that_opens_no_filler_fails_it_and_an_odd_form_turns_it_off():
    assert not FILLER_OPENS.may_match("sản lượng lúa", 0) and not FILLER_OPENS.may_match("dân số", 0)
    assert not FILLER_OPENS.may_match(" x đạt", 0) and FILLER_OPENS.may_match(" x đạt", 3)
    assert OpeningWords(["tăng", " đạt"]).words is None and OpeningWords(["tăng", " đạt"]).may_match("x", 0)
    assert OpeningWords(["(a) b"]).words == frozenset({""}) and OpeningWords(["(a) b"]).may_match(" (", 0)


_PIECES = st.sampled_from(_FORMS[:40] + _FORMS[-40:] + ["tổng", "số", "xã", "Huyện", "Pác Nặm", "  ", " ", "\u00a0", ",",
                                                         "(", "1.", "a)", "năm 2024", "theo", "đạt5", "đ", "ta"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8).map(lambda p: "".join(x if x.strip() == "" else x + " " for x in p)))
def test_the_pretest_passes_wherever_a_filler_opens(text):
    low = text.lower()
    for i in range(len(low) + 1):
        if phrases._STARTS[2].match(low, i):
            assert FILLER_OPENS.may_match(low, i), (low, i)


def test_the_start_cuts_of_the_corpus_leads_are_those_read_without_the_pretest(monkeypatch):
    leads = []
    for path in _CORPUS:
        text = path.read_text(encoding="utf-8")
        for sentence in re.split(r"[.;:\n]", text):
            words = list(re.finditer(r"\S+", sentence))
            for w in words[:12]:
                leads.append(sentence[w.start():w.start() + 80])
    assert len(leads) > 5000
    fast = [phrases._start_cut_of(fold(x), x.lower(), x) for x in leads]
    monkeypatch.setattr(FILLER_OPENS, "words", None)
    assert [phrases._start_cut_of(fold(x), x.lower(), x) for x in leads] == fast
    assert any(fast)
