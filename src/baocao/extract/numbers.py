"""The one Vietnamese number parser every extractor uses.

Prose writes "." for thousands and "," for decimals (``1.629`` = 1629, ``5,61`` = 5.61); spreadsheet
exports in tables use "." for decimals (``29.40%``) and sometimes "," for thousands (``17,504`` in a
tonnes column). :func:`parse_number` reads a numeral in a stated style and says how sure it is;
:func:`amount_pattern` builds the shared "qualifier + number (+ range) + scale + unit + per-tail"
regex that percentages, money and quantities are made of.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, NamedTuple, Optional

import regex

from baocao.extract._rules import SP as _SP, SPACES, alternation, load

_NUMBERS = load("numbers")

# A numeral: thousands grouped with "." (1.629 / 16.097,12) or with one kind of space (250 000 /
# 7 500 000 / 1 250,7: a space, a no-break space U+00A0 or a narrow no-break space U+202F, the same
# one throughout), or digits with an optional decimal comma (5,61 / 17,504), or digits with a one- or
# two-digit decimal point (29.40). A numeral never starts right after a digit and a space: the
# "000" of "250 000" or the "5000" of "12 5000" is no number of its own (a grouping the rules do not
# read yields no record, never its last group). Possessive quantifiers keep a 100,000-character run
# of digits and dots linear.
NUM = (r"(?<![\p{L}\p{N}])(?<!\p{N}[.,])(?<!\d[ \u00a0\u202f])"
       r"(?:\d{1,3}(?:\.\d{3})++(?:,\d++)?+"
       r"|\d{1,3}(?:(?: \d{3})++|(?:\u00a0\d{3})++|(?:\u202f\d{3})++)(?![ \u00a0\u202f]\d)(?:,\d++)?+"
       r"|\d++(?:,\d++)?+(?:\.\d{1,2}(?!\d))?+)"
       r"(?![.,]?\d)")
NUM_RE = regex.compile(NUM)
# A numeral and, in a lookahead (the next numeral may start there), what follows it past one
# space: a run of letters, or one character (see next_word)
_NUM_NEXT = regex.compile(NUM + rf"(?=(?:{_SP}?(\p{{L}}+|.))?)", regex.DOTALL)

SCALE_FACTORS = {s.word.lower(): s.factor for s in _NUMBERS.scales}
SCALE = (alternation(SCALE_FACTORS, flags="i")
         + rf"(?!\p{{L}})(?!{_SP}{alternation(_NUMBERS.scale_not_before, flags='i')}(?!\p{{L}}))")

QUALIFIERS = {q.word.lower(): q.qualifier for q in _NUMBERS.qualifiers}
QUALIFIER = alternation(QUALIFIERS, flags="i")
NEGATION_FLIPS = dict(_NUMBERS.negation_flips)
_AFTER_QUALIFIERS = {**{w.lower(): "at_least" for w in _NUMBERS.at_least_after},
                     **{w.lower(): "at_most" for w in _NUMBERS.at_most_after}}
_AFTER_WORD = alternation(_AFTER_QUALIFIERS, flags="i")
_MINUS_SIGNS = frozenset(_NUMBERS.minus_signs)
# Patterns that end in \Z and look at the words before a position are compiled with (?r): the
# search then starts at the position and works leftwards instead of trying every earlier start.
_BLOCKED_BEFORE = regex.compile(
    rf"(?r)(?<!{alternation(_NUMBERS.blocker_unless_after, flags='i')}{_SP}+)"
    rf"(?<![\p{{L}}\p{{N}}]){alternation(_NUMBERS.blockers, flags='i')}{_SP}*\Z")
_AMOUNT_BLOCKED_BEFORE = regex.compile(
    rf"(?r)(?<!{alternation(_NUMBERS.blocker_unless_after, flags='i')}{_SP}+)"
    rf"(?<!\p{{N}}{_SP}*)"  # "12 bản 1.200 hộ": the word is a count's unit, not a label
    rf"(?<![\p{{L}}\p{{N}}]){alternation(_NUMBERS.amount_blockers, flags='i')}{_SP}*\Z")
_RANGE_WORDS = [*_NUMBERS.range_words, _NUMBERS.range_between.between]


def _range_sep(words) -> str:
    signs = "".join(regex.escape(w) for w in words if len(w) == 1 and not w.isalpha())
    others = [w for w in words if not (len(w) == 1 and not w.isalpha())]
    return rf"(?P<sep>[{signs}]|{alternation(others, flags='i')}(?!\p{{L}}))"

# what may stand between a cue word and the amount it speaks of: the rest of its clause, 40 characters
CLAUSE = r"[^.;:!?\n]{0,40}\Z"


def cue_before(words) -> regex.Pattern:
    """Compile a search for one of `words` (group ``cue``) earlier in the clause of a position:
    ``pattern.search(text, max(0, pos - 64), pos)`` (``thu nhập … 25 triệu``, ``giá vé 50k``)."""
    return regex.compile(rf"(?r)(?<!\p{{L}})(?P<cue>{alternation(words, flags='i')})(?!\p{{L}}){CLAUSE}")

_SCALED_NUMBER = regex.compile(rf"{NUM}{_SP}?{SCALE}")


def speaks_for(text: str, cue_end: int, pos: int) -> bool:
    """True when the cue word that ends at `cue_end` speaks for the amount at `pos`: no other
    scaled amount stands between (a cue speaks for one amount: in ``dân số 1,2 triệu, GRDP 25
    nghìn tỷ.`` the second is no people).

    >>> t = "dân số 1,2 triệu, GRDP 25 nghìn tỷ."
    >>> speaks_for(t, 6, 7), speaks_for(t, 6, t.index("25"))
    (True, False)
    """
    return _SCALED_NUMBER.search(text, cue_end, pos) is None

_SIGN2 = rf"(?P<sign2>{alternation(_NUMBERS.minus_signs)}(?=\d))?"

Style = Literal["prose", "spreadsheet"]


@dataclass(frozen=True)
class Reading:
    """One reading of a numeral: the value, how sure the parser is, and which convention it used."""

    value: float
    confidence: float
    convention: str


def parse_number(s: str, style: Style = "prose") -> Reading:
    """Return the value of a Vietnamese numeral, with the convention used and a confidence.

    >>> parse_number("1.629").value, parse_number("5,61").value, parse_number("24.441").value
    (1629.0, 5.61, 24441.0)
    >>> parse_number("29.40")
    Reading(value=29.4, confidence=0.9, convention='decimal_point')
    >>> parse_number("17,504", style="spreadsheet").value
    17504.0
    >>> parse_number("16.097,12").value, parse_number("1,480.5", style="spreadsheet").value
    (16097.12, 1480.5)
    >>> parse_number("7 500 000").value, parse_number("1\u202f250,7").value
    (7500000.0, 1250.7)

    In ``prose`` style a comma is always decimal (``558,022 triệu`` = 558.022 million); a comma
    followed by exactly three digits could be a spreadsheet thousands separator, so that reading is
    marked less sure. In ``spreadsheet`` style (table columns whose other cells use "." for decimals)
    such a comma is read as thousands.

    Thousands grouped with spaces (a space, U+00A0 or U+202F, one kind throughout) read like dots;
    ``12 500``, one space and a group that does not start with 0, could also be two numbers, so that
    reading is marked less sure (0.9).
    """
    s = s.strip()
    if not s or not s[0].isdigit():
        raise ValueError(f"not a numeral: {s!r}")
    if " " in s or "\u00a0" in s or "\u202f" in s:
        return _space_grouped(s)
    if "." in s and "," in s:
        if s.rfind(",") > s.rfind("."):  # 16.097,12: Vietnamese grouping with decimals
            return Reading(float(s.replace(".", "").replace(",", ".")), 1.0, "vi_grouped")
        # 1,480.5: a spreadsheet export's thousands comma and decimal point
        return Reading(float(s.replace(",", "")), 1.0 if style == "spreadsheet" else 0.9,
                       "thousands_comma")
    if "," in s:
        whole, frac = s.split(",", 1)
        if "," in frac or not frac.isdigit():
            raise ValueError(f"not a numeral: {s!r}")
        if len(frac) == 3 and whole.isdigit() and len(whole) <= 3:
            if style == "spreadsheet":
                return Reading(float(whole + frac), 0.8, "thousands_comma")
            return Reading(float(f"{whole}.{frac}"), 0.9, "decimal_comma")
        return Reading(float(f"{whole}.{frac}"), 1.0, "decimal_comma")
    if "." in s:
        groups = s.split(".")
        if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
            return Reading(float(s.replace(".", "")), 1.0, "vi_grouped")
        if len(groups) == 2 and len(groups[1]) <= 2:
            return Reading(float(s), 0.9, "decimal_point")
        raise ValueError(f"not a numeral: {s!r}")
    return Reading(float(s), 1.0, "integer")


_SPACE_GROUPED = regex.compile(r"(\d{1,3})((?:( |\u00a0|\u202f)\d{3})(?:\3\d{3})*+)(?:,(\d+))?")


def _space_grouped(s: str) -> Reading:
    m = _SPACE_GROUPED.fullmatch(s)
    if m is None:
        raise ValueError(f"not a numeral: {s!r}")
    rest = SPACES.sub("", m.group(2))
    digits = m.group(1) + rest + (f".{m.group(4)}" if m.group(4) else "")
    ambiguous = m.group(3) == " " and len(rest) == 3 and rest[0] != "0"
    return Reading(float(digits), 0.9 if ambiguous else 1.0, "space_grouped")


_BARE_CELL = regex.compile(r"[ \u00a0]*[<>≥≤]?[ \u00a0]*(?P<num>\d(?:[\d.,]|[ \u00a0\u202f](?=\d{3}))*)"
                          r"[ \u00a0]*%?[ \u00a0]*")


def infer_style(cells) -> Style:
    """Return the number style of a table column, judged from its bare numeric cells.

    Spreadsheet exports write decimals with "." (``29.40%``, ``34.45``); a column whose bare numbers
    (a numeral, maybe with ``%`` or ``>``) do so, and never group thousands with ".", writes thousands
    with "," too, so ``17,504`` there is 17504. Cells with words (``2.815 ha``) were typed by a person
    in prose style and are not evidence either way.

    >>> infer_style(["29.40%", "26.30%", "34.45", "17,504", "2.815 ha"])
    'spreadsheet'
    >>> infer_style(["29,2%", "1.629", "17,504"])
    'prose'
    """
    point = grouped = False
    for cell in cells:
        m = _BARE_CELL.fullmatch(cell or "")
        if m is None:
            continue
        num = m.group("num")
        if _POINT_CELL.fullmatch(num):
            point = True
        elif _GROUPED_CELL.fullmatch(num):
            grouped = True
    return "spreadsheet" if point and not grouped else "prose"


_POINT_CELL = regex.compile(r"\d+\.\d{1,2}")
_GROUPED_CELL = regex.compile(r"\d{1,3}(?:[. \u00a0\u202f]\d{3})+(?:,\d+)?")


def scale_factor(word: Optional[str]) -> int:
    """Return the multiplier of a scale word (``triệu`` → 10**6); 1 for None.

    >>> scale_factor("Triệu"), scale_factor("tỷ"), scale_factor(None)
    (1000000, 1000000000, 1)
    """
    if not word:
        return 1
    return SCALE_FACTORS[SPACES.sub(" ", word.lower())]


def scaled(value: float, factor: float) -> float:
    """`value` times `factor`, computed on the decimals as written, so that the result is the float
    nearest the exact product (``1.025,6 tỷ`` is 1025600000000.0, not 1025599999999.9999).

    >>> 1025.6 * 10**9, scaled(1025.6, 10**9), scaled(558.022, 10**6)
    (1025599999999.9999, 1025600000000.0, 558022000.0)
    """
    if factor == 1:
        return value
    return float(Decimal(repr(value)) * Decimal(repr(factor)))


def qualifier_of(word: Optional[str]) -> Optional[str]:
    """Return the qualifier value of a word standing before a number (``trên`` → ``over``).

    >>> qualifier_of("Trên"), qualifier_of("khoảng"), qualifier_of(None)
    ('over', 'about', None)
    """
    return QUALIFIERS.get(word.strip().lower()) if word else None


def blocked_before(text: str, pos: int) -> bool:
    """True when the number at `pos` is a year or a label, not an amount (``năm 2024``, ``mức độ 2``).

    >>> blocked_before("năm 2024 huyện", 4), blocked_before("có 15 xã", 3)
    (True, False)
    >>> blocked_before("hằng năm 1,5%", 9)
    False
    """
    return _BLOCKED_BEFORE.search(text, max(0, pos - 24), pos) is not None


def _scan_numbers(doc) -> None:
    matches = list(_NUM_NEXT.finditer(doc.text))
    doc.cache["number_spans"] = [m.span() for m in matches]
    doc.cache["next_words"] = [(m.group(1) or "").lower() for m in matches]


def number_spans(doc) -> list[tuple[int, int]]:
    """Return the (start, end) of every numeral in the document's clean text (computed once).

    Extractors match their patterns only at these positions instead of at every character, which
    keeps a pass over the text close to the cost of one scan for digits.
    """
    if "number_spans" not in doc.cache:
        _scan_numbers(doc)
    return doc.cache["number_spans"]


def next_words(doc) -> list[str]:
    """Return, for each numeral of :func:`number_spans`, what follows it past one space or NBSP,
    lower-cased: a run of letters (``tỷ`` in ``28 tỷ đồng``, ``ha`` in ``12ha``) or else one
    character (``%``, ``/``, a second space, a newline); "" at the end of the text.

    >>> from baocao.document import Document
    >>> next_words(Document.from_text("28 Tỷ đồng, 5,61%/năm, 12ha, 2 - 3 m3; 2024"))
    ['tỷ', '%', 'ha', '-', 'm', '']
    """
    if "next_words" not in doc.cache:
        _scan_numbers(doc)
    return doc.cache["next_words"]


def matches_at_numbers(doc, pattern: regex.Pattern, after: frozenset[str], space: bool = True):
    """Yield the matches of `pattern` anchored at a numeral whose next character (past one space;
    without `space`, the character right after the numeral) is in `after`; numbers that cannot
    start a match are skipped without running the regex."""
    text, n = doc.text, len(doc.text)
    for pos, end in number_spans(doc):
        if space and end < n and text[end] in " \u00a0":
            end += 1
        if end < n and text[end] in after:
            m = pattern.match(text, pos)
            if m is not None:
                yield m


_STRAY = regex.compile(rf"\.{_SP}\p{{Ll}}")


def matches_before_words(doc, pattern: regex.Pattern, words: frozenset[str]):
    """Yield the matches of `pattern` anchored at a numeral whose next word (:func:`next_words`)
    is in `words` (made by :func:`first_words`): a narrower test than :func:`matches_at_numbers`'
    first character, which lets through every number before a word such as ``tháng``."""
    text, spans, after = doc.text, number_spans(doc), next_words(doc)
    for i in _numerals_before(doc, words):
        pos, end = spans[i]
        if after[i] == "." and _STRAY.match(text, end) is None:
            continue  # a full stop opens a match only as a stray one ("4.130. bài")
        m = pattern.match(text, pos)
        if m is not None:
            yield m


def _numerals_before(doc, words: frozenset[str]) -> list[int]:
    """The indices, in order, of the numerals whose next word (:func:`next_words`) is in `words`:
    a look-up per distinct next word of the document instead of a test per numeral."""
    if "next_word_index" not in doc.cache:
        index: dict[str, list[int]] = {}
        for i, word in enumerate(next_words(doc)):
            index.setdefault(word, []).append(i)
        doc.cache["next_word_index"] = index
    index = doc.cache["next_word_index"]
    found = [index[w] for w in index.keys() & words]
    if len(found) == 1:
        return found[0]
    return sorted(i for ids in found for i in ids)


def matches_reaching(doc, pattern: regex.Pattern, words: frozenset[str], char: str, reach: int):
    """Like :func:`matches_before_words`, for a pattern that needs `char` within `reach`
    characters after its first numeral (``113/118 bản``, ``12 ha/15 ha``): a numeral with no
    `char` that close is skipped without running the regex."""
    text, spans, after = doc.text, number_spans(doc), next_words(doc)
    for i in _numerals_before(doc, words):
        pos, end = spans[i]
        if text.find(char, end, end + reach) != -1:
            if after[i] == "." and _STRAY.match(text, end) is None:
                continue
            m = pattern.match(text, pos)
            if m is not None:
                yield m


def first_chars(*alternatives: list[str]) -> frozenset[str]:
    """Return every character (both cases) that can begin one of the words in `alternatives`.

    A cheap test of the character after a number (and one space) skips the regex for numbers that
    cannot be followed by the unit at all, which is most of them for any one kind.

    >>> sorted(first_chars(["ha", "Tấn"], ["%"]))
    ['%', 'H', 'T', 'h', 't']
    """
    chars = set()
    for words in alternatives:
        for w in words:
            chars.update({w[0].lower(), w[0].upper()})
    return frozenset(chars)


_LETTERS = regex.compile(r"\p{L}+")


def first_words(*alternatives: list[str]) -> frozenset[str]:
    """Return what :func:`next_words` gives for a numeral followed by one of the words in
    `alternatives`: the word's first run of letters, lower-cased, or its first character when it
    begins with none.

    >>> sorted(first_words(["ha", "Tấn", "m3", "lượt người"], ["%", "-"]))
    ['%', '-', 'ha', 'lượt', 'm', 'tấn']
    """
    out = set()
    for words in alternatives:
        for w in words:
            m = _LETTERS.match(w)
            out.add(m.group().lower() if m else w[0])
    return frozenset(out)


_NEGATOR = alternation(_NUMBERS.negators, flags="i")
_MINUS = alternation(_NUMBERS.minus_signs)
_PREFIX = regex.compile(
    rf"(?r)(?<!\p{{L}})"
    rf"(?:(?:(?P<tu>(?i:từ))|(?P<giua>(?i:{regex.escape(_NUMBERS.range_between.before)}))){_SP})?"
    rf"(?:(?<!\p{{L}})(?:(?P<neg>{_NEGATOR}){_SP})?(?P<qual>{QUALIFIER}){_SP}?)?"
    rf"(?:(?<!\p{{L}})(?<!(?<!\p{{L}}){alternation(_NUMBERS.minus_word_not_after, flags='i')}{_SP})"
    rf"(?P<mword>{alternation(_NUMBERS.minus_words, flags='i')}){_SP}|(?P<msign>{_MINUS}))?"
    rf"\Z")
_PREFIX_WINDOW = 40


def prefix_before(text: str, pos: int) -> regex.Match:
    """Match the words that stand right before the number at `pos`: "từ" or "giữa", a qualifier
    (maybe negated: ``không hơn``), a minus sign or word.

    >>> m = prefix_before("giá không ít hơn -5", 18)
    >>> m.group("neg"), m.group("qual"), m.group("msign")
    ('không', 'ít hơn', '-')
    """
    return _PREFIX.search(text, max(0, pos - _PREFIX_WINDOW), pos)


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
    rf"(?r)(?<!\p{{L}}){alternation(_NUMBERS.comparatives, flags='i')}{_SP}+\Z")


def _comparative(text: str, pre) -> bool:
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


_COMPARATIVE_WORD = regex.compile(alternation(_NUMBERS.comparatives, flags='i'))
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
    pre = prefix_before(text, pos)
    if pre.start() == pos:
        return Prefix(pos, None, None, None)    # nothing before the number: most numbers
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
            qualifier = NEGATION_FLIPS.get(qualifier)
            if qualifier is None:
                return None
            start = pre.start("neg")
    # a dash that is no sign (a bullet) cuts the number off from the words before it
    cut = (pre.group("msign") or pre.group("mword")) and not negative
    tu = pre.start("tu") if pre.group("tu") and not cut else None
    giua = pre.start("giua") if pre.group("giua") and not cut else None
    minus = "" if not negative else (pre.group("msign") or "word")
    return Prefix(start, qualifier, tu, giua, minus)


# The most per-unit tails an amount reads ("kg/người/năm" has two): a longer chain
# ("1 ha/1 ha/1 ha/…") is no unit the rules know, and the bound keeps the pattern from reading the
# whole chain again at each of its numbers.
PER_MAX = 8


@dataclass(frozen=True)
class AmountPattern:
    """A compiled amount pattern and what may follow its first number (:func:`first_words`)."""

    regex: regex.Pattern
    after_number: frozenset[str]
    single: regex.Pattern    # the same with one number (no range): "1 USD ~ 27.225 VND", "5% và 7%"


def amount_pattern(unit: str, unit_words: list[str], *, per: Optional[str] = None,
                   scale: bool = True, strict_per: bool = True, stray: bool = False) -> AmountPattern:
    """Compile "number (range)? scale? unit per-tail? trở lên?" for one kind of unit.

    The pattern is matched at a number's start (see :func:`find_amounts`); the words before the
    number ("từ", a qualifier, a sign) are read by :func:`read_prefix`. Named groups: ``n1``, ``n2``
    (high end of a range), ``sep``, ``sign2``, ``stray``, ``scale``, ``unit``, ``per``, ``after``. With
    `stray`, a full stop between a grouped or decimal number and a unit in lower case is a typo
    (``3.680 tin, 4.130. bài``: a sentence never starts in lower case, and a list item's number
    ``1.`` is never grouped), read with confidence 0.8. With
    `strict_per`, a "/" and a word that is no per-unit tail after the amount (``90 km/ngày lẻ``,
    ``3 tấn/chuyến``) makes it no amount: the unit is not known, so none is guessed. An amount
    reads at most :data:`PER_MAX` per-unit tails.
    """
    scale_part = rf"(?:(?P<scale>{SCALE}){_SP}?)?" if scale else ""
    per_part = (rf"(?P<per>(?:{_SP}?/{_SP}?(?:1{_SP})?{per}(?!\p{{L}})){{1,{PER_MAX}}})?"
                if per else "")
    guard = rf"(?!{_SP}?/{_SP}?\p{{L}})" if per and strict_per else ""
    stray_part = rf"(?P<stray>\.(?={_SP}\p{{Ll}}))?" if stray else r"(?P<stray>)"

    def compile_with(range_words):
        second = (rf"(?:{_SP}?(?P<u1>{unit})?{_SP}?{_range_sep(range_words)}{_SP}?{_SIGN2}"
                  rf"(?P<n2>{NUM}))?") if range_words else r"(?P<u1>)(?P<sep>)(?P<sign2>)(?P<n2>)"
        return regex.compile(
            rf"(?P<n1>{NUM})"
            rf"{second}"
            rf"{stray_part}"
            rf"{_SP}?{scale_part}"
            rf"(?P<unit>{unit})(?!\p{{L}}|(?<=\p{{L}})[0-9])"   # "7g30" is a time; "tấn¹⁰" a note
            rf"{per_part}{guard}"
            rf"(?P<after>{_SP}{_AFTER_WORD}(?!\p{{L}}))?")

    # a second space: the range part allows one before an optional unit and one before the
    # separator ("5  ~ 5$"), so a numeral followed by two spaces is tried too
    after = first_words(unit_words, _RANGE_WORDS, list(SCALE_FACTORS) if scale else [],
                        ["."] if stray else [], [" ", "\u00a0"] if unit_words else [])
    return AmountPattern(compile_with(_RANGE_WORDS), after, compile_with([]))


@dataclass(frozen=True)
class Amount:
    """What :func:`find_amounts` makes of one match: span in the clean text and parsed parts."""

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


def find_amounts(doc, pattern: AmountPattern, signed=None):
    """Yield an :class:`Amount` for every match of an :func:`amount_pattern` in `doc`.

    A range whose low end exceeds its high end (``trục 42 - 27m``) keeps only the high end; a number
    preceded by a blocker (``năm 2024 …``) is no amount; ``từ`` belongs to the span only for a range
    or with ``trở lên``/``trở xuống``; ``và`` makes a range only after ``giữa``. `signed`, given the
    unit as written, says whether the word ``âm`` before the number may make it negative (not for
    counts: ``ghi âm 5 bài`` is 5 articles, and a hyphen-minus before a count may be a bullet:
    ``Kết quả: -12 xã`` is no record).
    """
    text = doc.text
    for m in matches_before_words(doc, pattern.regex, pattern.after_number):
        amount = _amount(m, text, pattern, signed)
        if amount is not None:
            yield amount


def word_ends(text: str, words) -> list[int]:
    """Return the sorted end offsets of `words` standing as whole words in `text`, written in lower
    case, with a capital first letter or all in capitals (``str.find``: a case-insensitive regex
    scan of a long text costs five times as much).

    >>> word_ends("Dân số 1,2 triệu; dân số, DÂN SỐ, nhân số", ["dân số"])
    [6, 24, 32]
    """
    ends = set()
    for word in words:
        for w in {word, word[:1].upper() + word[1:], word.upper()}:
            i = text.find(w)
            while i != -1:
                e = i + len(w)
                if not (i and text[i - 1].isalpha()) and not (e < len(text) and text[e].isalpha()):
                    ends.add(e)
                i = text.find(w, i + 1)
    return sorted(ends)


def amounts_after(doc, pattern: AmountPattern, cue_ends: list[int], reach: int = 64):
    """Like :func:`find_amounts`, for the numbers that start within `reach` characters after one
    of `cue_ends` (:func:`word_ends`) only: a pass that needs a cue word before the amount need not
    try every number of the document."""
    text, spans = doc.text, number_spans(doc)
    starts = [s for s, _ in spans]
    done = set()
    for end in cue_ends:
        i = bisect.bisect_left(starts, end)
        while i < len(starts) and starts[i] <= end + reach:
            pos = starts[i]
            i += 1
            if pos in done:
                continue
            done.add(pos)
            m = pattern.regex.match(text, pos)
            amount = _amount(m, text, pattern, None) if m is not None else None
            if amount is not None:
                yield amount


def _amount(m, text, pattern, signed):
    if m.group("n2") and not _one_range(m, text):
        # "33,93% và 35,40%", "21 doanh nghiệp và 10 trường", "1 USD ~ 27.225 VND": two
        # amounts, not a range; the first is read alone (the second at its own number)
        m = pattern.single.match(text, m.start())
        if m is None:
            return None
    return read_amount(m, text, signed)


_AND = _NUMBERS.range_between.between
_GROUPING_LABEL = regex.compile(
    rf"(?r)(?<!{alternation(_NUMBERS.grouping_unless_after, flags='i')}{_SP})"
    rf"(?<!\p{{L}}){alternation(_NUMBERS.grouping_not_after, flags='i')}{_SP}\Z")
_GROUPED_OR_DECIMAL = regex.compile(r"[.,]")


_CHAIN_BEFORE = regex.compile(r"(?r)\d[ \u00a0]*(?:%|\p{L}{1,4})?[ \u00a0]*[-–—][ \u00a0]*\Z")
_CHAIN_AFTER = regex.compile(r"[ \u00a0]*[-–—][ \u00a0]*\d")


def _one_range(m: regex.Match, text: str) -> bool:
    """False when the two numbers of a range match are two amounts: joined by "và" with no "giữa"
    before, or each with a unit of its own that differ, or links of a chain of numbers joined by
    dashes (``cơ cấu khu vực I-II-III tương ứng là 41,57% - 15,45% - 39,82% - 3,15%``: a list, no
    range)."""
    if m.group("sep").lower() == _AND:
        pre = read_prefix(text, m.start())
        if pre is None or pre.giua is None:
            return False
    elif m.group("sep").strip() in "-–—" and (
            _CHAIN_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or _CHAIN_AFTER.match(text, m.end())):
        return False
    u1 = m.group("u1")
    return not u1 or SPACES.sub(" ", u1).lower() == SPACES.sub(" ", m.group("unit")).lower()


def read_amount(m: regex.Match, text: str, signed=None) -> Optional[Amount]:
    """Read one match of an :func:`amount_pattern` (see :func:`find_amounts`)."""
    pre = read_prefix(text, m.start())
    if pre is not None and pre.minus and signed is not None and not signed(m.group("unit")):
        # a count is never negative: "ghi âm 5 bài" is 5 articles; ": -12 xã" is a bullet or a
        # change, not understood; "−12 hộ" (the minus sign U+2212, never a bullet) is a change
        if pre.minus == "word":
            pre = read_prefix(text, m.start(), minus_word=False)
        elif pre.minus == "-":
            return None
    if pre is None:
        return None
    factor = scale_factor(m.group("scale") if "scale" in m.re.groupindex else None)
    try:
        r1 = parse_number(m.group("n1"))
        r2 = parse_number(m.group("n2")) if m.group("n2") else None  # "" in a single match
    except ValueError:
        return None  # a grouping the rules do not read: no record rather than another value
    if r1.convention == "space_grouped" and r1.confidence < 1 and \
            _GROUPING_LABEL.search(text, max(0, m.start() - 32), m.start()) is not None:
        return None  # "Quyết định số 12 350 hộ": document 12 and 350 households, not 12 350
    start, qualifier = pre.start, pre.qualifier
    v1 = -r1.value if pre.negative else r1.value
    value, value_max, conf, conv = scaled(v1, factor), None, r1.confidence, r1.convention
    if r2 is not None:
        v2 = -r2.value if m.group("sign2") else r2.value
        is_and = m.group("sep").lower() == _AND
        if v1 <= v2:
            # a range, also after a qualifier ("khoảng 8 - 10%")
            value_max = scaled(v2, factor)
            qualifier = "range"
            conf = min(conf, r2.confidence)
            if is_and:
                start = pre.giua if pre.giua is not None else start
        else:  # not a range: only the second number carries the unit
            if m.group("sign2") and m.group("sep") in _MINUS_SIGNS:
                return None  # "5 - -3 kg": not understood
            start, value, value_max, qualifier = m.start("n2"), scaled(v2, factor), None, None
            if m.group("sign2"):
                start -= 1
            conf, conv = r2.confidence, r2.convention
    after = m.group("after")
    if pre.tu is not None and (qualifier == "range" or after) and start <= m.start("n1"):
        start = pre.tu
    if after:
        implied = _AFTER_QUALIFIERS[SPACES.sub(" ", after.strip().lower())]
        if qualifier is None or (qualifier, implied) in (("over", "at_least"), ("under", "at_most")):
            qualifier = implied
    if blocked_before(text, start) or \
            _AMOUNT_BLOCKED_BEFORE.search(text, max(0, start - 24), start) is not None:
        return None
    if m.group("stray"):
        if not _GROUPED_OR_DECIMAL.search(m.group("n1")):
            return None  # "1. bài học": a list item's number, not a count
        conf = min(conf, 0.8)
    per = m.group("per") if "per" in m.re.groupindex else None
    per = "/".join(p.strip() for p in per.split("/") if p.strip()) if per else None
    return Amount(start, m.end(), value, value_max, qualifier, m.group("unit"), per,
                  factor != 1, conf, conv)
