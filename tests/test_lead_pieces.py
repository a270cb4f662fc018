"""The pre-test of the pieces at a lead's start that are no filler (``resolve.lead_pieces``) passes wherever
one of them matches, so that a lead's start cut is the one read without it; what a start cut leaves opens
with no piece (``phrases._strip_ends`` does not read it again); and the cheap tests that spare a pattern
(punctuation at a lead's end, a name's final y and parenthesis) hold wherever it matches."""
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core.fold import fold
from baocao.resolve import lead_pieces, phrases
from baocao.resolve.lead_pieces import may_open_a_piece
from baocao.resolve.vocabulary import WORDS

_CORPUS = sorted((Path(__file__).parent / "corpus").glob("*.txt"))
_OTHERS = [p for k, p in enumerate(phrases._STARTS) if k != 2]   # list number, punctuation, period, source
_WORDS = [*WORDS.period_leads, *WORDS.period_nouns, *WORDS.source_openers]


def test_every_word_a_period_or_a_source_opens_with_passes_the_pretest():
    assert lead_pieces._OPENINGS is not None and len(_WORDS) > 10
    for word in _WORDS:
        for text in (fold(word), f"{fold(word)} 2024", f"{fold(word)} cuc thong ke, "):
            assert may_open_a_piece(text, 0), text


def test_a_word_that_opens_no_piece_fails_it():
    assert not may_open_a_piece("san luong", 0) and not may_open_a_piece("tong so 5", 0)
    assert not may_open_a_piece("namdinh", 0) and not may_open_a_piece(", ab)", 2)
    assert may_open_a_piece("b) ha", 0) and may_open_a_piece(" x", 0) and may_open_a_piece("(1)", 0)


_PIECES = st.sampled_from([fold(w) for w in _WORDS] + [
    "tong", "so", "xa", "huyen", "a)", "đ)", "b", "(2)", "1.", "3)", "  ", " ", "\u00a0", ",", "-", "…", "(", "2024",
    "2020 - 2025", "5/6", "5 nam lien tiep", "cuc thong ke,", "nam", "đat5", "tu", "ta", "theo", "ⅱ"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=8).map(lambda p: "".join(x if x.strip() == "" else x + " " for x in p)))
def test_the_pretest_passes_wherever_another_piece_opens(text):
    for i in range(len(text)):
        if any(p.match(text, i) for p in _OTHERS):
            assert may_open_a_piece(text, i), (text, i)


def _leads() -> list[str]:
    leads = []
    for path in _CORPUS:
        text = path.read_text(encoding="utf-8")
        for sentence in re.split(r"[.;:\n]", text):
            words = list(re.finditer(r"\S+", sentence))
            for w in words[:12]:
                leads.append(sentence[w.start():w.start() + 80])
    assert len(leads) > 5000
    return leads


def test_the_start_cuts_of_the_corpus_leads_are_those_read_without_the_pretest(monkeypatch):
    leads = _leads()
    fast = [phrases._start_cut_of(fold(x), x.lower(), x) for x in leads]
    monkeypatch.setattr(lead_pieces, "_OPENINGS", None)
    assert [phrases._start_cut_of(fold(x), x.lower(), x) for x in leads] == fast
    assert sum(map(bool, fast)) > 100


def test_what_a_start_cut_leaves_opens_with_no_piece():
    cut = 0
    for x in _leads():
        seg, low = fold(x), x.lower()
        i = phrases._start_cut_of(seg, low, x)
        if 0 < i < len(seg):
            cut += 1
            assert phrases._start_cut_of(seg[i:], low[i:], x[i:]) == 0, x
    assert cut > 100


_CHARS = st.sampled_from(list("ay (),.-–…\n\t\u00a0¹5đơƯ") + ["ỵ", "Y", "\u0301"])


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=12))
def test_no_punctuation_at_the_end_of_a_lead_that_ends_with_a_letter(text):
    from baocao.resolve.vocabulary import JUNK_AT_END

    if text and text[-1].isalpha():
        assert JUNK_AT_END.search(text) is None


@settings(max_examples=300, deadline=None)
@given(st.text(_CHARS, max_size=12))
def test_the_pretests_of_a_names_y_and_parenthesis_change_nothing(text):
    from baocao.resolve import key_names

    assert key_names.spelt(text) == key_names._FINAL_Y.sub("i", text)
    assert key_names._PAREN.sub(" ", text) == text or "(" in text
