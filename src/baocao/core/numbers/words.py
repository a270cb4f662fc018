"""The words around a number (``core/data/numbers.yaml``): scale words after it (``triệu``),
qualifiers, signs and ``từ``/``giữa`` before it (:func:`read_prefix`), the words that make it a
label or a year (:func:`blocked_before`), and the cue words that speak for an amount."""
from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple, Optional

import regex

from baocao.core.numbers.numerals import NUM
from baocao.core.numbers.vocabulary import NUMBERS
from baocao.core.rules import SP, SPACES, alternation, escaped, longest_first

#: scale word (lower-cased) -> its factor (``tỷ`` -> 10⁹)
SCALE_FACTORS = {s.word.lower(): s.factor for s in NUMBERS.scales}
#: the pattern of a scale word, not before a word that makes it another word
SCALE = (alternation(SCALE_FACTORS, flags="i")
         + rf"(?!\p{{L}})(?!{SP}{alternation(NUMBERS.scale_not_before, flags='i')}(?!\p{{L}}))")

#: qualifier word before an amount (lower-cased) -> the qualifier it sets
QUALIFIERS: dict[str, str] = {q.word.lower(): q.qualifier for q in NUMBERS.qualifiers}
#: the pattern of a qualifier word
QUALIFIER = alternation(QUALIFIERS, flags="i")
#: a qualifier after a negator -> the qualifier it becomes (``không quá``: at_most)
NEGATION_FLIPS: dict[str, str] = {k: v for k, v in NUMBERS.negation_flips.items()}
# the words after an amount that bound it ("5% trở lên": at least 5%), lower-cased -> qualifier
AFTER_QUALIFIERS = {**{w.lower(): "at_least" for w in NUMBERS.at_least_after},
                    **{w.lower(): "at_most" for w in NUMBERS.at_most_after}}
AFTER_WORD = alternation(AFTER_QUALIFIERS, flags="i")
MINUS_SIGNS = frozenset(NUMBERS.minus_signs)
# Patterns that end in \Z and look at the words before a position are compiled with (?r): the
# search then starts at the position and works leftwards instead of trying every earlier start.
_BLOCKED_BEFORE = regex.compile(
    rf"(?r)(?<!{alternation(NUMBERS.blocker_unless_after, flags='i')}{SP}+)"
    rf"(?<![\p{{L}}\p{{N}}]){alternation(NUMBERS.blockers, flags='i')}{SP}*\Z")
# the blockers that still block an amount with a scale word ("Trung ương 4", "trung ương 12 xã" block;
# "trung ương 65 tỷ đồng" does not: ``blockers_not_before_scales``)
_BLOCKED_BEFORE_SCALED = regex.compile(
    rf"(?r)(?<!{alternation(NUMBERS.blocker_unless_after, flags='i')}{SP}+)"
    rf"(?<![\p{{L}}\p{{N}}]){alternation([w for w in NUMBERS.blockers if w not in NUMBERS.blockers_not_before_scales], flags='i')}{SP}*\Z")


def _label_words(blockers: list[str], compounds: list[str]) -> str:
    r"""An alternation of the amount `blockers`, each one that ends a word of `compounds` only when
    that word's first syllable is not right before it (``thôn`` but not ``nông thôn``).

    >>> bool(regex.search(_label_words(["thôn", "tổ"], ["nông thôn"]) + r"\Z", "ở nông thôn"))
    False
    >>> bool(regex.search(_label_words(["thôn", "tổ"], ["nông thôn"]) + r"\Z", "ở thôn"))
    True
    """
    firsts: dict[str, list[str]] = {}
    for word in compounds:
        first, _, last = word.lower().rpartition(" ")
        firsts.setdefault(last, []).append(first)
    parts = []
    for word in longest_first(blockers):
        body = escaped(word, SP)
        if word.lower() in firsts:
            body = rf"(?<!(?<![\p{{L}}\p{{N}}]){alternation(firsts[word.lower()])}{SP}+){body}"
        parts.append(body)
    return "(?i:" + "|".join(parts) + ")"


_AMOUNT_BLOCKED_BEFORE = regex.compile(
    rf"(?r)(?<!{alternation(NUMBERS.blocker_unless_after, flags='i')}{SP}+)"
    rf"(?<!\p{{N}}{SP}*)"  # "12 bản 1.200 hộ": the word is a count's unit, not a label
    # "khu vực nông thôn 29 triệu đồng", "xây dựng cơ bản 8.277 tỷ đồng": a compound is no label
    rf"(?<![\p{{L}}\p{{N}}]){_label_words(NUMBERS.amount_blockers, NUMBERS.amount_blocker_compounds)}{SP}*\Z")

# what may stand between a cue word and the amount it speaks of: the rest of its clause, 40 characters
#: what may stand between a cue word and the amount it speaks of
CLAUSE = r"[^.;:!?\n]{0,40}\Z"


def cue_before(words: Iterable[str]) -> regex.Pattern[str]:
    """Compile a search for one of `words` (group ``cue``) earlier in the clause of a position:
    ``pattern.search(text, max(0, pos - 64), pos)`` (``thu nhập … 25 triệu``, ``giá vé 50k``)."""
    return regex.compile(rf"(?r)(?<!\p{{L}})(?P<cue>{alternation(words, flags='i')})(?!\p{{L}}){CLAUSE}")

_SCALED_NUMBER = regex.compile(rf"{NUM}{SP}?{SCALE}")


def speaks_for(text: str, cue_end: int, pos: int) -> bool:
    """True when the cue word that ends at `cue_end` speaks for the amount at `pos`: no other
    scaled amount stands between (a cue speaks for one amount: in ``dân số 1,2 triệu, GRDP 25
    nghìn tỷ.`` the second is no people).

    >>> t = "dân số 1,2 triệu, GRDP 25 nghìn tỷ."
    >>> speaks_for(t, 6, 7), speaks_for(t, 6, t.index("25"))
    (True, False)
    """
    return _SCALED_NUMBER.search(text, cue_end, pos) is None


def scale_factor(word: Optional[str]) -> int:
    """Return the multiplier of a scale word (``triệu`` → 10**6); 1 for None.

    >>> scale_factor("Triệu"), scale_factor("tỷ"), scale_factor(None)
    (1000000, 1000000000, 1)
    """
    if not word:
        return 1
    return SCALE_FACTORS[SPACES.sub(" ", word.lower())]


def qualifier_of(word: Optional[str]) -> Optional[str]:
    """Return the qualifier value of a word standing before a number (``trên`` → ``over``).

    >>> qualifier_of("Trên"), qualifier_of("khoảng"), qualifier_of(None)
    ('over', 'about', None)
    """
    return QUALIFIERS.get(word.strip().lower()) if word else None


# The patterns that read the words before a number are tried only where the run of letters
# before it (past spaces) can be the last word of one of their words: "ha" in "5 ha 5 ha" ends
# no blocker and no qualifier, and a test of one word costs a fifth of the pattern's search.
_SP_CHARS = frozenset(" \u00a0\u202f")   # what SP matches
_BLOCK_REACH = 24                          # the blockers' search window


def last_runs(words: Iterable[str]) -> frozenset[str]:
    """The run of letters that ends each of `words`, case-folded; words that end in no letter
    give none.

    >>> sorted(last_runs(["mức độ", "Năm", ">="]))
    ['năm', 'độ']
    """
    out = set()
    for w in words:
        i = len(w)
        while i > 0 and w[i - 1].isalpha():
            i -= 1
        if i < len(w):
            out.add(w[i:].casefold())
    return frozenset(out)


def run_before(text: str, end: int, longest: int) -> str:
    """The run of letters that ends at `end` in `text`, case-folded; "" when there is none or it
    is longer than `longest` characters (the scan stops there: a long run of letters costs no
    more than a short one).

    >>> run_before("giảm mức độ 2", 11, 8), run_before("abcdefghij", 10, 4)
    ('độ', '')
    """
    i = end
    while i > 0 and text[i - 1].isalpha():
        i -= 1
        if end - i > longest:
            return ""
    return text[i:end].casefold()


def _word_may_end(text: str, pos: int, runs: frozenset[str], longest: int) -> bool:
    """False when no word whose last run of letters is in `runs` can end before `pos`, past
    spaces (within the blockers' window): their pattern need not be searched."""
    i = pos
    while i > 0 and pos - i < _BLOCK_REACH and text[i - 1] in _SP_CHARS:
        i -= 1
    return run_before(text, i, longest) in runs


_BLOCKER_RUNS = last_runs(NUMBERS.blockers)
_AMOUNT_BLOCKER_RUNS = last_runs(NUMBERS.amount_blockers)
_BLOCKER_LONGEST = max(map(len, _BLOCKER_RUNS | _AMOUNT_BLOCKER_RUNS))


def blocked_before(text: str, pos: int) -> bool:
    """True when the number at `pos` is a year or a label, not an amount (``năm 2024``, ``mức độ 2``).

    >>> blocked_before("năm 2024 huyện", 4), blocked_before("có 15 xã", 3)
    (True, False)
    >>> blocked_before("hằng năm 1,5%", 9)
    False
    """
    return _word_may_end(text, pos, _BLOCKER_RUNS, _BLOCKER_LONGEST) and \
        _BLOCKED_BEFORE.search(text, max(0, pos - _BLOCK_REACH), pos) is not None


def amount_blocked_before(text: str, pos: int) -> bool:
    """True when a word right before the amount at `pos` makes it a label (``amount_blockers``,
    unless a count's number stands before the word: ``12 bản 1.200 hộ``)."""
    return _word_may_end(text, pos, _AMOUNT_BLOCKER_RUNS, _BLOCKER_LONGEST) and \
        _AMOUNT_BLOCKED_BEFORE.search(text, max(0, pos - _BLOCK_REACH), pos) is not None


def any_blocked_before(text: str, pos: int, scaled: bool = False, no_label: bool = False) -> bool:
    """``blocked_before(text, pos) or amount_blocked_before(text, pos)``, the run of letters before
    `pos` read once for both (an amount asks both). `scaled`: the amount has a scale word (``65 tỷ
    đồng``), so a blocker of ``blockers_not_before_scales`` does not block it. `no_label`: the
    number is written with thousands groups or a decimal comma (``250.583``, ``11,6``), which no
    year, month, day, quarter or label is, so the ``blockers`` do not block it (``lũy kế 9 tháng
    250.583 tấn``, ``bình quân 5 năm 11,6%``, ``rau các loại 2.618 ha``); the ``amount_blockers``
    still do.

    >>> any_blocked_before("năm 2024", 4), any_blocked_before("có 15 xã", 3)
    (True, False)
    >>> any_blocked_before("9 tháng 250.583", 8, no_label=True), any_blocked_before("thôn 1.200", 5, no_label=True)
    (False, True)
    """
    i = pos
    while i > 0 and pos - i < _BLOCK_REACH and text[i - 1] in _SP_CHARS:
        i -= 1
    run = run_before(text, i, _BLOCKER_LONGEST)
    blocked = _BLOCKED_BEFORE_SCALED if scaled else _BLOCKED_BEFORE
    if not no_label and run in _BLOCKER_RUNS and \
            blocked.search(text, max(0, pos - _BLOCK_REACH), pos) is not None:
        return True
    return run in _AMOUNT_BLOCKER_RUNS and \
        _AMOUNT_BLOCKED_BEFORE.search(text, max(0, pos - _BLOCK_REACH), pos) is not None


def plain_before(text: str, pos: int) -> bool:
    """True when nothing the rules read stands before the number at `pos`: :func:`read_prefix`
    finds no word there (``Prefix(pos, None, None, None)``) and :func:`any_blocked_before` is
    False, the run of letters before `pos` read once for both (most numbers of a text; False
    says only that the two must be asked).

    >>> plain_before("có 15 xã", 3), plain_before("năm 2024", 4), plain_before("trên 5 ha", 5)
    (True, False, False)
    """
    i = pos
    while i > 0 and pos - i < _BLOCK_REACH and text[i - 1] in _SP_CHARS:
        i -= 1
    # what _prefix_may_stand reads: the prefix's last part, right before the number or one
    # space before it
    end = pos - 1 if pos and text[pos - 1] in _SP_CHARS else pos
    if end and (text[end - 1] in _PREFIX_SIGNS or text[pos - 1] in _PREFIX_SIGNS):
        return False
    # a run of letters no longer than each set's longest word is the one each would read
    run = run_before(text, i, _RUN_LONGEST)
    if run in _BLOCKER_RUNS or run in _AMOUNT_BLOCKER_RUNS:
        return False
    return not (end == i and run in _PREFIX_RUNS)   # past two spaces no prefix word stands


_NEGATOR = alternation(NUMBERS.negators, flags="i")
_MINUS = alternation(NUMBERS.minus_signs)
_PREFIX = regex.compile(
    rf"(?r)(?<!\p{{L}})"
    rf"(?:(?:(?P<tu>(?i:từ))|(?P<giua>(?i:{regex.escape(NUMBERS.range_between.before)}))){SP})?"
    rf"(?:(?<!\p{{L}})(?:(?P<neg>{_NEGATOR}){SP})?(?P<qual>{QUALIFIER}){SP}?)?"
    rf"(?:(?<!\p{{L}})(?<!(?<!\p{{L}}){alternation(NUMBERS.minus_word_not_after, flags='i')}{SP})"
    rf"(?P<mword>{alternation(NUMBERS.minus_words, flags='i')}){SP}|(?P<msign>{_MINUS}))?"
    rf"\Z")
_PREFIX_WINDOW = 40
# the last run of letters of every word the prefix can end with, and the last character of those
# that end in none (">=", "~"; the minus signs)
_PREFIX_WORDS = [*QUALIFIERS, "từ", NUMBERS.range_between.before, *NUMBERS.minus_words]
_PREFIX_RUNS = last_runs(_PREFIX_WORDS)
_PREFIX_LONGEST = max(map(len, _PREFIX_RUNS))
_PREFIX_SIGNS = frozenset(w[-1] for w in [*_PREFIX_WORDS, *NUMBERS.minus_signs] if not w[-1].isalpha())
_RUN_LONGEST = max(_PREFIX_LONGEST, _BLOCKER_LONGEST)


def _prefix_may_stand(text: str, pos: int) -> bool:
    """False when :func:`prefix_before` is sure to match nothing at `pos` (most numbers): the
    prefix's last part, right before the number or one space before it, is a word of its own
    (whose last run of letters is known), a sign or a symbol."""
    end = pos
    if end and text[end - 1] in _SP_CHARS:
        end -= 1
    if not end:
        return False
    if text[end - 1] in _PREFIX_SIGNS or text[pos - 1] in _PREFIX_SIGNS:
        return True
    return run_before(text, end, _PREFIX_LONGEST) in _PREFIX_RUNS


def prefix_before(text: str, pos: int) -> regex.Match[str]:
    """Match the words that stand right before the number at `pos`: "từ" or "giữa", a qualifier
    (maybe negated: ``không hơn``), a minus sign or word.

    >>> m = prefix_before("giá không ít hơn -5", 18)
    >>> m.group("neg"), m.group("qual"), m.group("msign")
    ('không', 'ít hơn', '-')
    """
    m = _PREFIX.search(text, max(0, pos - _PREFIX_WINDOW), pos)
    assert m is not None   # every part is optional: it matches, empty at least
    return m


def minus_sign_is_sign(text: str, pos: int) -> bool:
    """True when the dash at `pos`, glued to the digits after it, is a minus sign: not a list
    bullet (first on its line) and not a range dash or a hyphen (a digit, ``%``, a letter or a
    closing bracket stands right before it, or a digit or ``%`` before the spaces before it).

    >>> [minus_sign_is_sign(t, t.index("-")) for t in ["đạt -3,8%", "-12 kg", "5 -7%", "COVID-19"]]
    [True, False, False, False]
    """
    i = pos - 1
    if i < 0 or text[i] == "\n":
        return False
    if not text[i].isspace():
        return text[i] in "(:=;,[" or (not text[i].isalnum() and text[i] not in "%)]/.-–")
    while i >= 0 and text[i] in " \t\u00a0\u202f":
        i -= 1
    if i < 0 or text[i] == "\n":
        return False                          # a bullet: "- 12" never gets here, "-12" at line start
    return not (text[i].isdigit() or text[i] == "%")


class Prefix(NamedTuple):
    """What stands before a number, read: where the span starts, the qualifier, the sign."""

    start: int
    qualifier: Optional[str]
    tu: Optional[int]          # start of "từ" (kept in the span only for ranges and "trở lên")
    giua: Optional[int]        # start of "giữa" (kept only for "giữa … và …")
    minus: str = ""            # how the minus is written: "" (none), "word" (âm) or the sign

    @property
    def negative(self) -> bool:
        return bool(self.minus)


_COMPARATIVE_BEFORE = regex.compile(
    rf"(?r)(?<!\p{{L}}){alternation(NUMBERS.comparatives, flags='i')}{SP}+\Z")


def _comparative(text: str, pre: regex.Match[str]) -> bool:
    """True when the qualifier ``hơn`` follows an adjective after another figure of its clause:
    ``tăng 10,25%, cao hơn 1,04%`` (higher by 1,04). Without a figure before it, ``thấp hơn 3%``
    is a bound (``hơn`` stays a qualifier)."""
    q, word = pre.start("qual"), SPACES.sub(" ", pre.group("qual").lower())
    if word == "hơn":
        if _COMPARATIVE_BEFORE.search(text, max(0, q - 12), q) is None:
            return False
    elif not (word.endswith(" hơn") and _COMPARATIVE_WORD.fullmatch(word[:-4])):
        return False
    return _FIGURE_IN_CLAUSE.search(text, max(0, q - _CLAUSE_REACH), q) is not None


_ABOUT_BEFORE = regex.compile(
    rf"(?r)(?<!\p{{L}})(?<!(?<!\p{{L}}){_NEGATOR}{SP})"
    rf"{alternation([w for w, q in QUALIFIERS.items() if q == 'about'], flags='i')}"
    rf"{SP}\Z")
_COMPARATIVE_WORD = regex.compile(alternation(NUMBERS.comparatives, flags='i'))
_ABOUT_REACH = 16
#: how far before its number the span :func:`read_prefix` reads may start (the prefix's window,
#: and an "about" word before a bound)
PREFIX_REACH = _PREFIX_WINDOW + _ABOUT_REACH
_CLAUSE_REACH = 80
_FIGURE_IN_CLAUSE = regex.compile(r"\d[^.;:!?\n\d]*\Z")


def read_prefix(text: str, pos: int, minus_word: bool = True) -> Optional[Prefix]:
    """Read :func:`prefix_before` for the number at `pos`; None when the words are not understood
    (a negator before a qualifier that has no flip: ``không khoảng 5%``). Without `minus_word`,
    ``âm`` is a word like any other (``ghi âm 5 bài``: a count is never negative).

    >>> read_prefix("không hơn 6.500", 10)
    Prefix(start=0, qualifier='at_most', tu=None, giua=None, minus='')
    >>> read_prefix("tăng trưởng âm 3,8", 15).negative, read_prefix("5 -7", 3).negative
    (True, False)
    """
    if not _prefix_may_stand(text, pos):
        return Prefix(pos, None, None, None)    # nothing before the number: most numbers
    pre = prefix_before(text, pos)
    if pre.start() == pos:
        return Prefix(pos, None, None, None)
    start, negative = pos, False
    if pre.group("msign") and minus_sign_is_sign(text, pre.start("msign")):
        start, negative = pre.start("msign"), True
    elif pre.group("mword") and minus_word:
        start, negative = pre.start("mword"), True
    qualifier = None
    if pre.group("qual") and (negative or not pre.group("msign")) and not _comparative(text, pre):
        qualifier = qualifier_of(pre.group("qual"))
        start = pre.start("qual")
        if pre.group("neg"):
            qualifier = NEGATION_FLIPS.get(qualifier) if qualifier is not None else None
            if qualifier is None:
                return None
            start = pre.start("neg")
        elif qualifier not in (None, "about"):
            # "khoảng trên 33 tỷ đồng": an "about" word before a bound is part of the span; the
            # qualifier is the bound's, next to the number
            about = _ABOUT_BEFORE.search(text, max(0, start - _ABOUT_REACH), start)
            if about is not None:
                start = about.start()
    # a dash that is no sign (a bullet) cuts the number off from the words before it
    cut = (pre.group("msign") or pre.group("mword")) and not negative
    tu = pre.start("tu") if pre.group("tu") and not cut else None
    giua = pre.start("giua") if pre.group("giua") and not cut else None
    minus = "" if not negative else (pre.group("msign") or "word")
    return Prefix(start, qualifier, tu, giua, minus)
