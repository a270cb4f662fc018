"""Hypothesis: a cheap test that lets a rule skip a position without running its regex never skips
a position where the regex matches (the rule finds what trying the regex everywhere finds)."""
from __future__ import annotations

import importlib
from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.document import Document


def _mod(name):
    return importlib.import_module(f"baocao.extract.{name}")


def _unit_words():
    base, money = _mod("units"), _mod("money")
    return sorted(set(base.UNITS) | set(base.EXACT_UNITS) | set(money._CODES) | set(money._EXACT)
                  | set(_mod("numbers").SCALE_FACTORS))


_WORDS = _unit_words()
_AROUND = ["5", "12", "113", "1.629", "5,61", "2024", "30a", "03", " ", "\u00a0", "\u202f", "  ",
           "\n", "-", "–", "/", " / ", "/ ", "%", "tháng", "năm", "xã", "a", "b", ",", ".", "NQ",
           "TU", "BC", "UBND", "NĐ-CP", "CP", "KT", "Đ", "tỷ đồng", "triệu"]
text_pieces = st.lists(st.sampled_from(_WORDS).map(lambda w: w.upper() if len(w) % 2 else w)
                       | st.sampled_from(_AROUND) | st.text(max_size=2), max_size=30).map("".join)


def _everywhere(doc, pattern):
    numbers = _mod("numbers")
    return [m.span() for pos, _ in numbers.number_spans(doc)
            for m in [pattern.match(doc.text, pos)] if m is not None]


@settings(max_examples=500, deadline=None)
@given(text_pieces)
def test_a_fraction_is_tried_only_with_a_slash_close_after_its_numerator(text):
    numbers, fraction = _mod("numbers"), _mod("fraction")
    doc = Document.from_text(text, normalize=False)
    assert [m.span() for m in numbers.matches_reaching(
        doc, fraction._PATTERN, fraction._AFTER_NUMERATOR, "/", fraction._SLASH_REACH)] == \
        _everywhere(doc, fraction._PATTERN)
    assert [m.span() for m in numbers.matches_reaching(
        doc, fraction._MONEY, fraction._AFTER_MONEY_NUMERATOR, "/", 2,
        fraction._AFTER_MONEY_DENOMINATOR)] == _everywhere(doc, fraction._MONEY)


@settings(max_examples=500, deadline=None)
@given(text_pieces)
def test_a_document_code_is_tried_only_where_a_letter_dash_or_slash_is_glued_to_its_number(text):
    docref = _mod("docref")
    doc = Document.from_text(text, normalize=False)
    assert sorted((r.start, r.end) for r in docref.extract(doc)) == sorted(
        _everywhere(doc, docref._PARTY) + _everywhere(doc, docref._STATE)
        + _everywhere(doc, docref._STATE_NO_TYPE))


_TERM_PIECES = ["khóa", "khoá", "Khóa", "KHÓA", "KHOÁ", "lần thứ", "Lần thứ", "LẦN THỨ", "lần\nthứ",
                "Đại hội", "đại hội", "ĐẠI HỘI", "ĐH", "NQĐH", "nqđh", "XXIII", "XI", "IV", "x", "12",
                " ", "\u00a0", "\n", ",", ", ", "a", "Đ", "lần", "hội", "İ"]
term_text = st.lists(st.sampled_from(_TERM_PIECES) | st.text(max_size=2), max_size=25).map("".join)


@settings(max_examples=500, deadline=None)
@given(term_text)
def test_an_ordinal_is_tried_only_where_its_keyword_starts(text):
    import unicodedata

    term = _mod("term")
    for t in (text, unicodedata.normalize("NFD", text)):
        doc = Document.from_text(t, normalize=False)
        for _label, _firsts, heads, pattern in term._ORDINALS:
            assert [m.span() for m in term.ordinal_matches(doc, heads, pattern)] == \
                [m.span() for m in pattern.finditer(t)]


def test_every_character_a_keyword_matches_in_any_case_lowers_to_the_keyword_character():
    """The substring search of the lower-cased text (keyword_starts) finds every place where a
    case-insensitive keyword matches: no character outside the keyword's own lower and upper case
    matches it case-insensitively except ones whose lower case is that of the keyword character,
    or one whose lower case is longer ("İ"), in whose presence keyword_starts searches with the
    case-insensitive regex instead."""
    import regex

    term = _mod("term")
    chars = sorted({c for _l, _f, heads, _p in term._ORDINALS for h in heads for c in h})
    any_of = regex.compile("(?i)[" + "".join(regex.escape(c) for c in chars) + "]")
    candidates = [chr(i) for i in range(0x110000) if any_of.fullmatch(chr(i))]
    for c in chars:
        one = regex.compile("(?i)" + regex.escape(c))
        for x in candidates:
            if one.fullmatch(x):
                assert x.lower() == c.lower() or len(x.lower()) != 1, (c, x)


def _alternation_cases():
    base, rules = _mod("units"), _mod("_rules")
    cases = [(sorted(base.UNITS), sorted(base.EXACT_UNITS)),
             (sorted(set(base.UNITS) | set(rules.load("units").per)), sorted(base.EXACT_UNITS))]
    cases += [(c.words, c.exact) for c in rules.load("currencies").currencies]
    return cases


_ALT_CASES = _alternation_cases()
# what may follow a word in the rules that embed the alternation
_CONTINUATIONS = ["", r"(?!\p{L})", r"[ \u00a0]?/", r"\Z", r"[ \u00a0]\p{L}", r"(?![\p{L}\d])"]
alt_text = st.lists(st.sampled_from(sorted({w for ws, ex in _ALT_CASES for w in [*ws, *ex]}))
                    .map(lambda w: w.upper() if len(w) % 3 == 0 else w.title() if len(w) % 3 == 1 else w)
                    | st.sampled_from([" ", "\u00a0", "\u202f", "/", "2", "a", "m", "M", "s", "/năm"])
                    | st.text(max_size=2), max_size=6).map("".join)


@settings(max_examples=500, deadline=None)
@given(alt_text)
def test_the_trie_of_unit_and_currency_words_matches_what_the_flat_list_matches(text):
    """cased_alternation writes the words as a trie; it matches where, and as long as, the flat
    list of words (longest first) does, before any of the continuations the rules put after it."""
    for t, f in _alternation_pairs():
        for pos in range(len(text) + 1):
            mt, mf = t.match(text, pos), f.match(text, pos)
            assert (mt and mt.span()) == (mf and mf.span()), (text, pos, t.pattern[-20:])


@cache
def _alternation_pairs():
    """Each case as a trie and as a flat list, before each continuation, compiled once."""
    import regex

    rules = importlib.import_module("baocao.core.rules")
    pairs = []
    for words, exact in _ALT_CASES:
        trie, flat = rules.cased_alternation(words, exact), rules.flat_cased_alternation(words, exact)
        assert trie != flat
        for cont in _CONTINUATIONS:
            pairs.append((regex.compile(f"(?:{trie}){cont}"), regex.compile(f"(?:{flat}){cont}")))
    return pairs


_RUN_TAILS = [" và 9/6", " - 15/8/2019", ", 30/4", " đến ngày 9 tháng 6 năm 2021", "/6", " và 31/12",
              ", ", "", " tháng 5", " và ngày 30 tháng 4"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", "các ngày ", "ngày ", "mồng ", "từ "]),
       st.lists(st.integers(1, 31), unique=True, max_size=31).map(sorted)
       | st.lists(st.integers(0, 40), max_size=40), st.sampled_from([", ", ",", " , ", ",\n"]),
       st.sampled_from(_RUN_TAILS))
def test_a_run_of_days_reads_at_most_29_listed_days_as_the_unbounded_list_does(lead, days, sep, tail):
    """The list before a run's first day is bounded (29 days): the records of every run are those
    of the same pattern with an unbounded list, however long the list."""
    import regex

    date = _mod("date")
    text = lead + sep.join(str(d) for d in days) + tail
    doc = Document.from_text(text, normalize=False)
    for bounded in (date._RUN, date._RUN_SPELLED):
        assert "{0,29}" in bounded.pattern
        unbounded = regex.compile(bounded.pattern.replace("{0,29}", "*"))
        for t in date._TRIGGER.finditer(text):
            mb, mu = bounded.match(text, t.start()), unbounded.match(text, t.start())
            recs = [[r.model_dump() for r in date._run(doc, m)] if m else [] for m in (mb, mu)]
            assert recs[0] == recs[1], (text, t.start())


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["5", "1.629", "2 - 3", "12,5 triệu"]),
       st.sampled_from(["ha", "kg", "tấn", "đồng", "USD", "%", "km"]),
       st.lists(st.sampled_from(["/năm", "/người", "/ 1 ha", "/1 ha", "/ha", "/tháng", " / ngày", "/x",
                                 "/ 2"]), max_size=7),   # with the end: at most 8
       st.sampled_from(["", ".", " tăng", "/", "/năm", " trở lên"]))
def test_an_amount_reads_up_to_eight_per_unit_tails_as_the_unbounded_pattern_does(n, unit, tails, end):
    """The per-unit tails are bounded (numbers.PER_MAX): with up to that many, an amount pattern
    matches as the same pattern with an unbounded chain does."""
    import regex

    numbers = _mod("numbers")
    assert numbers.PER_MAX == 8
    text = f"đạt {n} {unit}" + "".join(tails) + end
    for kind in ("quantity", "money", "percentage"):
        p = _mod(kind)._PATTERN
        for bounded in (p.regex, p.single):
            assert bounded.pattern.count("{1,8}") == 1
            unbounded = regex.compile(bounded.pattern.replace("{1,8}", "+"))
            for pos in range(len(text)):
                mb, mu = bounded.match(text, pos), unbounded.match(text, pos)
                assert (mb and mb.span()) == (mu and mu.span()), (kind, text, pos)
