"""Amounts: the shared "qualifier + number (+ range) + scale + unit + per-tail" pattern that
percentages, money and quantities are made of (:func:`amount_pattern`), and what a match of it says
(:func:`read_amount`)."""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, NamedTuple, Optional

import regex
from regex import Pattern

from baocao.core.numbers.numerals import NUM, Reading, parse_number, scaled
from baocao.core.numbers.scan import (_MARGIN, _SPACES, WINDOW, Scanned, first_words, match_near,
                                      next_words, number_spans, numerals_before_words)
from baocao.core.numbers.shortcuts import (RANGE_WORDS as _RANGE_WORDS, dead_end, dead_words,
                                           plain_end, plain_words)
from baocao.core.numbers.vocabulary import NUMBERS
from baocao.core.numbers.words import (AFTER_QUALIFIERS, AFTER_WORD, MINUS_SIGNS, SCALE,
                                       SCALE_FACTORS, Prefix, any_blocked_before, plain_before,
                                       read_prefix, scale_factor)
from baocao.core.rules import GAP, SP, SPACES, alternation, compile_at

# `signed`: given the unit as written, whether the word "âm" before the number may make it negative
Signed = Optional[Callable[[str], bool]]



def _range_sep(words: Sequence[str]) -> str:
    signs = "".join(regex.escape(w) for w in words if len(w) == 1 and not w.isalpha())
    others = [w for w in words if not (len(w) == 1 and not w.isalpha())]
    return rf"(?P<sep>[{signs}]|{alternation(others, flags='i')}(?!\p{{L}}))"


# a plan word then its figure, perhaps after "năm", a year and a colon ("KH 8.473.000", "KH năm 2017: 84.929",
# "KH: 4.956.540"); with no figure after it, "KH" is a customer ("45 triệu đồng/KH"): the slash stays a per-unit one
_PLAN_AFTER_SLASH = (rf"{alternation(NUMBERS.plan_after_slash)}(?!\p{{L}})"
                     rf"(?={SP}?(?:năm{SP}+)?(?:\d{{4}}{SP}?)?:?{SP}?\d)")
_SIGN2 = rf"(?P<sign2>{alternation(NUMBERS.minus_signs)}(?=\d))?"

# The most per-unit tails an amount reads ("kg/người/năm" has two): a longer chain
# ("1 ha/1 ha/1 ha/…") is no unit the rules know, and the bound keeps the pattern from reading the
# whole chain again at each of its numbers.
#: the most "/unit" tails read after an amount
PER_MAX = 8


@dataclass(frozen=True)
class AmountPattern:
    """A compiled amount pattern and what may follow its first number (:func:`first_words`)."""

    regex: Pattern[str]
    after_number: frozenset[str]
    single: Pattern[str]  # the same with one number (no range): "1 USD ~ 27.225 VND", "5% và 7%"
    # the next words that only open a range (see matches_before_words)
    range_first: frozenset[str] = frozenset()
    # the next words after which a match is read without the pattern (see shortcuts.plain_words)
    plain: frozenset[str] = frozenset()
    # the next words after which the pattern matches nothing before a plain ending (shortcuts.dead_words)
    dead: frozenset[str] = frozenset()
    # the first characters of the unit words, lower-cased (with `dead`: see shortcuts.dead_end)
    unit_chars: frozenset[str] = frozenset()


def amount_pattern(unit: str, unit_words: list[str], *, per: Optional[str] = None,
                   scale: bool = True, strict_per: bool = True, stray: bool = False,
                   scaled_only: bool = False, plain_units: Iterable[str] = (),
                   closed: bool = False) -> AmountPattern:
    """Compile "number (range)? scale? unit per-tail? trở lên?" for one kind of unit.

    The pattern is matched at a number's start (see :func:`find_amounts`); the words before the
    number ("từ", a qualifier, a sign) are read by :func:`read_prefix`. Named groups: ``n1``, ``n2``
    (high end of a range), ``sep``, ``sign2``, ``stray``, ``scale``, ``unit``, ``per``, ``after``. With
    `stray`, a full stop between a grouped or decimal number and a unit in lower case is a typo
    (``3.680 tin, 4.130. bài``: a sentence never starts in lower case, and a list item's number
    ``1.`` is never grouped), read with confidence 0.8. With
    `strict_per`, a "/" and a word that is no per-unit tail after the amount (``90 km/ngày lẻ``,
    ``3 tấn/chuyến``) makes it no amount: the unit is not known, so none is guessed. An amount
    reads at most :data:`PER_MAX` per-unit tails. With `scaled_only` (the caller keeps only amounts
    with a scale word), a numeral before a range word is tried only where the next numeral is
    followed by a scale word (``5 - 7 tỷ``), as for a pattern with unit words.

    `plain_units`: unit words (of `unit_words`), in lower case, that `unit` matches whole where they
    are written so, with nothing matched around them (a lookaround of `unit`): a numeral followed
    by one of them and an ending that starts nothing the pattern reads further (see
    :func:`~baocao.core.numbers.shortcuts.plain_words`) is read without running the pattern, which gives the same match.
    `closed`: `unit` matches nothing but a word of `unit_words` (in any case, a space as any
    space), maybe less (a lookaround); a numeral followed by a scale word and an ending no unit
    word starts (:func:`~baocao.core.numbers.shortcuts.dead_words`) is then not tried: the pattern matches nothing there.
    """
    scale_part = rf"(?:(?P<scale>{SCALE}){GAP})?" if scale else ""
    # a per-unit tail ends where its word does, as the unit: never before a digit glued to its letters
    # or a square or cube sign ("người/km2/Số đơn vị", "người/km²/Số": no "người/km" with the rest left over)
    per_part = (rf"(?P<per>(?:{SP}?/{SP}?(?:1{SP})?{per}(?!\p{{L}}|(?<=\p{{L}})[0-9\u00b2\u00b3])){{1,{PER_MAX}}})?"
                if per else "")
    # a slash and a plan word open the amount's plan ("triệu đồng/KH 8.473.000 triệu đồng"), no per-unit tail
    guard = rf"(?!{SP}?/{SP}?(?!{_PLAN_AFTER_SLASH})\p{{L}})" if per and strict_per else ""
    stray_part = rf"(?P<stray>\.(?={SP}\p{{Ll}}))?" if stray else r"(?P<stray>)"

    def compile_with(range_words: Sequence[str]) -> regex.Pattern[str]:
        second = (rf"(?:{SP}?(?P<u1>{unit})?{SP}?{_range_sep(range_words)}{SP}?{_SIGN2}"
                  rf"(?P<n2>{NUM}))?") if range_words else r"(?P<u1>)(?P<sep>)(?P<sign2>)(?P<n2>)"
        return regex.compile(
            rf"(?P<n1>{NUM})"
            rf"{second}"
            rf"{stray_part}"
            rf"{GAP}{scale_part}"
            # "7g30" is a time, "5 hand" no unit, "tấn¹⁰" a note; a letter glued to a "%" is a base
            # ("đạt 91,72%NQ", "=101%KH"), the percentage read
            rf"(?P<unit>{unit})(?!(?<=[\p{{L}}\p{{N}}])\p{{L}}|(?<=\p{{L}})[0-9])"
            rf"{per_part}{guard}"
            rf"(?P<after>{SP}{AFTER_WORD}(?!\p{{L}}))?")

    # a second space: the range part allows one before an optional unit and one before the
    # separator ("5  ~ 5$"), so a numeral followed by two spaces is tried too
    others = first_words(unit_words, list(SCALE_FACTORS) if scale else [], ["."] if stray else [],
                         [" ", "\u00a0"] if unit_words else [])
    after = others | first_words(_RANGE_WORDS)
    # a range word that starts no unit or scale word opens a match only as a range, whose second
    # number is the next numeral
    only_range = first_words(_RANGE_WORDS) - others if unit_words or scaled_only else frozenset()
    plain = plain_words(plain_units, unit_words, scale)
    dead = dead_words(unit_words) if closed and scale else frozenset()
    return AmountPattern(compile_with(_RANGE_WORDS), after, compile_with([]), only_range, plain,
                         dead, frozenset(w[:1].lower() for w in unit_words))


#: the groups of a match read without the pattern (:func:`_plain_amount`): all but ``n1`` and
#: ``unit`` unmatched
_PLAIN_GROUPS: dict[str, Optional[str]] = dict.fromkeys(
    ["n1", "u1", "sep", "sign2", "n2", "stray", "scale", "unit", "per", "after"])


def _plain_amount(text: str, pos: int, end: int, word: str, signed: Signed) -> Optional[Amount]:
    """The :class:`Amount` (or None) that the pattern's match at the numeral [pos, end) reads, when
    the numeral is followed, past one space at most, by `word` (one of the pattern's
    :func:`~baocao.core.numbers.shortcuts.plain_words`) written so and by a plain ending (:func:`~baocao.core.numbers.shortcuts.plain_end`), within the window
    :func:`~baocao.core.numbers.scan.match_near` trusts; else :data:`_RUN`."""
    start = end + 1 if end < len(text) and text[end] in _SPACES else end
    stop = start + len(word)
    if text[start:stop] != word or not plain_end(text, stop) or (
            stop > pos + WINDOW - _MARGIN and pos + WINDOW < len(text)):
        return _RUN
    n1 = text[pos:end]
    if plain_before(text, pos):
        # what _reading gives with no prefix, no blocker, one number, no scale and nothing after
        try:
            r1 = parse_number(n1)
        except ValueError:
            return None
        if r1.convention == "space_grouped" and r1.confidence < 1 and \
                _GROUPING_LABEL.search(text, max(0, pos - 32), pos) is not None:
            return None
        return _new_amount((pos, stop, r1.value, None, None, word, None, False, r1.confidence,
                            r1.convention))
    g = _PLAIN_GROUPS.copy()
    g["n1"], g["unit"] = n1, word
    return _reading(text, pos, stop, g, signed, None)


class Amount(NamedTuple):
    """What :func:`find_amounts` makes of one match: span in the clean text and parsed parts (a
    named tuple, like :class:`~baocao.core.numbers.words.Prefix`: one is made per amount of a
    document, and a frozen dataclass takes five times as long to build)."""

    start: int
    end: int
    value: float
    value_max: Optional[float]
    qualifier: Optional[str]
    unit: str
    per: Optional[str]
    scaled: bool
    confidence: float
    convention: str


#: ``Amount(*fields)`` made in C: a named tuple's own ``__new__`` is a Python function
_new_amount: Callable[[tuple[Any, ...]], Amount] = partial(tuple.__new__, Amount)
#: what :func:`_plain_amount` returns where the pattern must be run (compared by identity)
_RUN = Amount(-1, -1, 0.0, None, None, "", None, False, 0.0, "")


def find_amounts(doc: Scanned, pattern: AmountPattern, signed: Signed = None,
                 where: Optional[Callable[[int], bool]] = None) -> Iterator[Amount]:
    """Yield an :class:`Amount` for every match of an :func:`amount_pattern` in `doc`.

    A range whose low end exceeds its high end (``trục 42 - 27m``) keeps only the high end; a number
    preceded by a blocker (``năm 2024 …``) is no amount; ``từ`` belongs to the span only for a range
    or with ``trở lên``/``trở xuống``; ``và`` makes a range only after ``giữa``. `signed`, given the
    unit as written, says whether the word ``âm`` before the number may make it negative (not for
    counts: ``ghi âm 5 bài`` is 5 articles, and a hyphen-minus before a count may be a bullet:
    ``Kết quả: -12 xã`` is no record). `where`, given a numeral's start, says whether the caller
    may keep an amount there at all: the numerals where it is False are not read.
    """
    text, spans, after, plain = doc.text, number_spans(doc), next_words(doc), pattern.plain
    dead, unit_chars = pattern.dead, pattern.unit_chars
    starts, ends = spans.starts, spans.ends
    for i in numerals_before_words(doc, pattern.after_number, pattern.range_first):
        pos = starts[i]
        if where is not None and not where(pos):
            continue
        if after[i] in dead and dead_end(text, pos, ends[i], after[i], unit_chars):
            continue
        if after[i] in plain:
            found = _plain_amount(text, pos, ends[i], after[i], signed)
            if found is not _RUN:
                if found is not None:
                    yield found
                continue
        m = match_near(pattern.regex, text, pos)
        amount = _amount(m, text, pattern, signed) if m is not None else None
        if amount is not None:
            yield amount


def amounts_after(doc: Scanned, pattern: AmountPattern, cue_ends: Iterable[int],
                  reach: int = 64) -> Iterator[Amount]:
    """Like :func:`find_amounts`, for the numbers that start within `reach` characters after one
    of `cue_ends` (:func:`~baocao.core.numbers.scan.word_ends`) only: a pass that needs a cue word
    before the amount need not try every number of the document."""
    text, starts = doc.text, number_spans(doc).starts
    done = set()
    for end in cue_ends:
        i = bisect.bisect_left(starts, end)
        while i < len(starts) and starts[i] <= end + reach:
            pos = starts[i]
            i += 1
            if pos in done:
                continue
            done.add(pos)
            m = match_near(pattern.regex, text, pos)
            amount = _amount(m, text, pattern, None) if m is not None else None
            if amount is not None:
                yield amount


#: pattern -> (the name of each of its groups by number (None: a group with no name), its
#: groups' numbers by name)
_GROUP_NAMES: dict[Pattern[str], tuple[tuple[Optional[str], ...], dict[str, int]]] = {}


def _names(pattern: Pattern[str]) -> tuple[tuple[Optional[str], ...], dict[str, int]]:
    found = _GROUP_NAMES.get(pattern)
    if found is None:
        index = pattern.groupindex   # a new dict at each reading of the attribute
        by_number = {i: name for name, i in index.items()}
        found = _GROUP_NAMES.setdefault(
            pattern, (tuple(by_number.get(i) for i in range(1, pattern.groups + 1)), dict(index)))
    return found


def _groups(m: regex.Match[str]) -> dict[str, Optional[str]]:
    """The named groups of `m` (an :func:`amount_pattern` match): name -> text or None, read in
    one call (the regex module looks a group's name up anew at each ``m.group(name)``, three
    times the cost of the group's number, and an amount reads a dozen of them).

    >>> _groups(regex.compile(r"(?P<a>\\d)(x)?(?P<b>y)?").match("5"))
    {'a': '5', 'b': None}
    """
    names = _names(m.re)[0]
    return {name: value for name, value in zip(names, m.groups()) if name is not None}


def _start(m: regex.Match[str], name: str) -> int:
    """``m.start(name)``, the name looked up once per pattern (see :func:`_groups`)."""
    return m.start(_names(m.re)[1][name])


def _amount(m: regex.Match[str], text: str, pattern: AmountPattern,
            signed: Signed) -> Optional[Amount]:
    g = _groups(m)
    if g["n2"] and not _one_range(m, g, text):
        # "33,93% và 35,40%", "21 doanh nghiệp và 10 trường", "1 USD ~ 27.225 VND": two
        # amounts, not a range; the first is read alone (the second at its own number)
        single = match_near(pattern.single, text, m.start())
        if single is None:
            return None
        m, g = single, _groups(single)
    return _read(m, g, text, signed)


_AND = NUMBERS.range_between.between
_GROUPING_LABEL = regex.compile(
    rf"(?r)(?<!{alternation(NUMBERS.grouping_unless_after, flags='i')}{SP})"
    rf"(?<!\p{{L}}){alternation(NUMBERS.grouping_not_after, flags='i')}{SP}\Z")
_GROUPED_OR_DECIMAL = regex.compile(r"[.,]")


# the ways of writing a number that no year, month, day or label is written in ("250.583", "11,6"): the
# words that make a plain number a label do not block it (words.any_blocked_before)
_NO_LABEL = frozenset({"vi_grouped", "decimal_comma"})
_CHAIN_BEFORE = regex.compile(r"(?r)\d[ \u00a0]*(?:%|\p{L}{1,4})?[ \u00a0]*[-–—][ \u00a0]*\Z")
_CHAIN_AFTER = regex.compile(r"[ \u00a0]*[-–—][ \u00a0]*\d")


def _one_range(m: regex.Match[str], g: dict[str, Optional[str]], text: str) -> bool:
    """False when the two numbers of a range match are two amounts: joined by "và" with no "giữa"
    before, or each with a unit of its own that differ, or links of a chain of numbers joined by
    dashes (``cơ cấu khu vực I-II-III tương ứng là 41,57% - 15,45% - 39,82% - 3,15%``: a list, no
    range)."""
    sep = g["sep"] or ""
    if sep.lower() == _AND:
        pre = read_prefix(text, m.start())
        if pre is None or pre.giua is None:
            return False
    elif sep.strip() in "-–—" and (
            _CHAIN_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or _CHAIN_AFTER.match(text, m.end())):
        return False
    u1 = g["u1"]
    return not u1 or SPACES.sub(" ", u1).lower() == SPACES.sub(" ", g["unit"] or "").lower()


# one to three words (letters only, no punctuation) between an amount and "trở lên"/"trở xuống"
_FAR_AFTER = compile_at(rf"(?:{SP}\p{{L}}+){{1,3}}?{SP}(?P<after>{AFTER_WORD})(?!\p{{L}})")
_FAR_AFTER_REACH = 48


def read_amount(m: regex.Match[str], text: str, signed: Signed = None) -> Optional[Amount]:
    """Read one match of an :func:`amount_pattern` (see :func:`find_amounts`)."""
    return _read(m, _groups(m), text, signed)


def _read(m: regex.Match[str], g: dict[str, Optional[str]], text: str,
          signed: Signed) -> Optional[Amount]:
    """:func:`read_amount`, given the groups of `m` (:func:`_groups`)."""
    return _reading(text, m.start(), m.end(), g, signed, m)


def _reading(text: str, pos: int, end: int, g: dict[str, Optional[str]], signed: Signed,
             m: Optional[regex.Match[str]]) -> Optional[Amount]:
    """:func:`_read` of a match [pos, end) whose groups are `g`; `m` the match, needed only where it
    holds a second number (None for a match read without the pattern: :func:`_plain_amount`)."""
    unit = g["unit"] or ""
    if plain_before(text, pos):
        pre: Optional[Prefix] = Prefix(pos, None, None, None)   # nothing before: most numbers
        clear = True
    else:
        pre, clear = read_prefix(text, pos), False
        if pre is not None and pre.minus and signed is not None and not signed(unit):
            # a count is never negative: "ghi âm 5 bài" is 5 articles; ": -12 xã" is a bullet or
            # a change, not understood; "−12 hộ" (the minus sign U+2212, never a bullet) is a change
            if pre.minus == "word":
                pre = read_prefix(text, pos, minus_word=False)
            elif pre.minus == "-":
                return None
    if pre is None:
        return None
    factor = scale_factor(g.get("scale"))
    n1, n2 = g["n1"] or "", g["n2"]
    try:
        r1 = parse_number(n1)
        r2 = parse_number(n2) if n2 else None  # "" in a single match
    except ValueError:
        return None  # a grouping the rules do not read: no record rather than another value
    if r1.convention == "space_grouped" and r1.confidence < 1 and \
            _GROUPING_LABEL.search(text, max(0, pos - 32), pos) is not None:
        return None  # "Quyết định số 12 350 hộ": document 12 and 350 households, not 12 350
    v1 = -r1.value if pre.negative else r1.value
    try:
        return _scaled_amount(m, pos, end, g, text, pre, r1, r2, v1, factor, clear)
    except ValueError:
        return None  # past the float range once scaled: no record rather than inf


def _scaled_amount(m: Optional[regex.Match[str]], n1_start: int, end: int,
                   g: dict[str, Optional[str]], text: str, pre: Prefix, r1: Reading,
                   r2: Optional[Reading], v1: float, factor: float, clear: bool) -> Optional[Amount]:
    """The rest of :func:`read_amount`: the values scaled (a ValueError past the float range).
    `clear`: no blocker stands before the number (:func:`plain_before`)."""
    start, qualifier = pre.start, pre.qualifier
    value, value_max, conf, conv = scaled(v1, factor), None, r1.confidence, r1.convention
    if r2 is not None:
        assert m is not None
        sign2, sep = g["sign2"], g["sep"] or ""
        v2 = -r2.value if sign2 else r2.value
        is_and = sep.lower() == _AND
        if v1 <= v2:
            # a range, also after a qualifier ("khoảng 8 - 10%")
            value_max = scaled(v2, factor)
            qualifier = "range"
            conf = min(conf, r2.confidence)
            if is_and:
                start = pre.giua if pre.giua is not None else start
        else:  # not a range: only the second number carries the unit
            if sign2 and sep in MINUS_SIGNS:
                return None  # "5 - -3 kg": not understood
            start, value, value_max, qualifier = _start(m, "n2"), scaled(v2, factor), None, None
            if sign2:
                start -= 1
            conf, conv = r2.confidence, r2.convention
    after = g["after"]
    if pre.tu is not None and (qualifier == "range" or after) and start <= n1_start:
        start = pre.tu
    elif pre.tu is not None and qualifier is None and start <= n1_start:
        # "từ 130 đảng viên mới trở lên": "từ … trở lên" with a word or two between the unit and
        # "trở lên" bounds the amount too; the span is "từ 130 đảng viên", up to the unit
        far = _FAR_AFTER.match(text, end, min(len(text), end + _FAR_AFTER_REACH))
        if far is not None:
            start, qualifier = pre.tu, AFTER_QUALIFIERS[SPACES.sub(" ", far.group("after").lower())]
    if after:
        implied = AFTER_QUALIFIERS[SPACES.sub(" ", after.strip().lower())]
        if qualifier is None or (qualifier, implied) in (("over", "at_least"), ("under", "at_most")):
            qualifier = implied
    if not (clear and start == n1_start) and any_blocked_before(
            text, start, factor != 1, no_label=r1.convention in _NO_LABEL and r1.confidence == 1):
        return None
    if g["stray"]:
        if not _GROUPED_OR_DECIMAL.search(g["n1"] or ""):
            return None  # "1. bài học": a list item's number, not a count
        conf = min(conf, 0.8)
    per = g.get("per")
    per = "/".join(p.strip() for p in per.split("/") if p.strip()) if per else None
    return Amount(start, end, value, value_max, qualifier, g["unit"] or "", per,
                  factor != 1, conf, conv)
