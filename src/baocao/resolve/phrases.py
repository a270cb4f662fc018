"""The indicator phrase: the name of what a figure measures.

Before a figure, the phrase is its *lead* (the text before it in its chunk) stripped at both ends of
list numbers, punctuation, fillers (``lead_fillers``, ``start_fillers``) and periods; after a figure
(``có 372 ha cây mắc ca``) it is the text up to a stop word, a footnote marker or a parenthesis.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import regex
from typing import TYPE_CHECKING, Callable, Concatenate, Optional, ParamSpec, TypeVar, cast

from baocao.core.rules import GIL_HELD, compile_at
from baocao.resolve.context import Context, folded_unit
from baocao.resolve.count_units import count_unit_start, names_aside_end, stop_before_a_bare_count
from baocao.resolve.lead_pieces import may_open_a_piece
from baocao.resolve.name_periods import end_before_a_dated_period
from baocao.resolve.name_rate_subjects import subject_before_a_rate
from baocao.resolve.name_thresholds import counts_to_a_threshold
from baocao.resolve.periods import without_period_at_ends
from baocao.resolve.reach import at_line_start
from baocao.resolve.segments import parens
from baocao.resolve.tagger import tags as pos_tags
from baocao.resolve.vocabulary import (
    ACTION_AT_END, AVERAGING_AT_END, BYLINE, CLAUSE_WORD, COUNT_UNITS, HEAD_CUT, HEAD_CUT_VERB, KEEP_AT_END, LIST_INTRO, NAME_CUT, TIME_ONLY, FILLER_AT_END, FILLER_AT_START, FILLER_OPENS, JUNK_AT_END, JUNK_AT_START, LIST_NUMBER,
    MARKERS, MAX_NAME_WORDS, NAME_HEAD, PLACE_WITH_ITS_NAME, SOURCE_AT_START, OPEN_PAREN, TIME_AT_START, QUALIFIER_ONLY, PAREN_AT_END, PERIOD_AT_END, PERIOD_AT_START, PERIOD_LEAD_AT_END, PHRASE_AFTER_STOP, PHRASE_AFTER_STOP_AS_WRITTEN,
    PERIOD_REMNANT_ONLY, TWO_LETTERS, WORD, WORD_WITH_TAIL, YEARLY_AT_END, YEARLY_BEFORE_REACHING_AT_END, YEARLY_REACH,
)

if TYPE_CHECKING:
    from baocao.resolve.context import Figure, FigureRecord


def name_in(ctx: Context, a: int, b: int, *, yearly: bool = False, per_year: bool = False
            ) -> Optional[tuple[int, int]]:
    """The span of the indicator phrase in [a, b): fillers and periods stripped at both ends; None
    when no word of two letters remains.

    Before a yearly figure (``yearly``: ``hằng năm`` in its lead, or ``per_year``) an averaging
    word at the end is the figure's, not the name's (``sản lượng cà phê tươi bình quân đạt
    30.000 tấn/năm`` → ``sản lượng cà phê tươi``); before a figure per year (``per_year``) so is
    ``hằng năm`` (``Tổng đàn gia súc hằng năm tăng 2,5%/năm`` → ``Tổng đàn gia súc``), which
    otherwise qualifies the name (``tỷ lệ phát triển dân số hằng năm 1,5%``).

    The rules ask about the same lead several times: the answer is kept on the context (``names``)."""
    key = (a, b, yearly, per_year)
    if key in ctx.names:
        return ctx.names[key]
    span = ctx.names[key] = _name_in(ctx, a, b, yearly, per_year)
    return span


_LETTER = regex.compile(r"\p{L}")


def has_letter(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` holds a letter: a span without one holds no name (a name needs a
    word of two letters, and its span is only ever cut shorter), the exact pre-test that spares
    the stripping of a lead of figures and spaces (``5 ha 5 ha …``)."""
    return _LETTER.search(text, a, b, GIL_HELD) is not None


def _name_in(ctx: Context, a: int, b: int, yearly: bool, per_year: bool) -> Optional[tuple[int, int]]:
    if not has_letter(ctx.text, a, b):
        return None
    a = _after_parens_with_figures(ctx, a, b)
    a = _after_byline(ctx.text, a, b)
    # an item after a list intro runs up to its figure: a span that ends at a comma is a piece of an
    # enumeration ("… các mặt hàng chủ lực như gạo, cá, tôm …"), never one item
    items = not ctx.text.startswith(",", b)
    per_year = per_year or _reached_yearly(ctx, a, b)
    subject = subject_before_a_rate(ctx, a, b, _strip_ends)
    a, b = subject if subject is not None else _strip_ends(ctx, a, b, yearly or per_year, per_year)
    lead_start = a
    cut = None
    for cut in NAME_CUT.finditer(ctx.lower, a, b) if subject is None else ():
        pass
    if cut is not None:
        a, b = _strip_ends(ctx, cut.end(), b, yearly or per_year, per_year)
    intro = None
    for intro in LIST_INTRO.finditer(ctx.lower, a, b) if subject is None and items else ():
        pass
    if intro is not None:   # "… như Gạo 226.679 tấn": the item listed names it
        a, b = _strip_ends(ctx, intro.end(), b, yearly or per_year, per_year)
    head = _clause_before_head(ctx, lead_start, a, b)
    if head is not None:
        a, b = _strip_ends(ctx, head, b, yearly or per_year, per_year)
    close = _unopened_close(ctx.text, a, b)
    if close is not None:   # "… 33.277 tỷ đồng (giá hiện hành) và đạt 22.481 tỷ đồng": the end of an
        a, b = _strip_ends(ctx, close + 1, b, yearly or per_year, per_year)   # aside is no name's start
    dated = end_before_a_dated_period(ctx, a, b) if subject is None else None
    if dated is not None:   # "Tỷ lệ hộ nghèo năm 2005 theo tiêu chí mới là 44,8%": the period and what
        x, y = _strip_ends(ctx, a, dated, yearly or per_year, per_year)   # qualifies it after are no name's
        if has_letter(ctx.text, x, y):
            a, b = x, y
    text, folded = ctx.text[a:b], ctx.folded[a:b]
    start = _name_start(text, folded)
    return None if start is None else (a + start, b)


def _reached_yearly(ctx: Context, a: int, b: int) -> bool:
    """True when [a, b) ends with a yearly word and a verb of reaching right before a rate (``giao quân hằng
    năm đạt 100% chỉ tiêu``, ``Tỷ lệ đảng viên HTTNV hàng năm đạt: 90%``): how often the rate is reached, no
    part of its name. Not before an amount, which the yearly word makes a yearly one (``thu ngân sách hằng
    năm đạt 22 tỷ đồng`` is no year's total: a name that keeps it is told apart from the total's)."""
    if YEARLY_BEFORE_REACHING_AT_END.search(ctx.folded, max(a, b - YEARLY_REACH), b) is None:
        return False
    return any(r.kind == "percentage" for r in ctx.figures_from(b, b + _RATE_REACH))


_RATE_REACH = 4
"""How far after the end of a lead (a colon, spaces) the rate it names may start."""


def _name_start_of(text: str, folded: str) -> Optional[int]:
    """Where the name in a stripped phrase (``text``, folded ``folded``) starts: its last
    ``MAX_NAME_WORDS`` words; None when it holds no word of two letters, or is a time word or a
    number's qualifier alone (``tăng gần gấp 2 lần``). Remembered for a short phrase."""
    words = WORD.findall(MARKERS.sub("", text))
    if (not words or not any(TWO_LETTERS.search(w) for w in words) or TIME_ONLY.match(folded)
            or QUALIFIER_ONLY.match(folded) or PERIOD_REMNANT_ONLY.match(text)):
        return None
    spans = [m.span() for m in WORD_WITH_TAIL.finditer(text)]
    return spans[-MAX_NAME_WORDS][0] if len(spans) > MAX_NAME_WORDS else 0


def _unopened_close(text: str, a: int, b: int) -> Optional[int]:
    """The offset of the last ``)`` in [a, b) that no ``(`` in [a, b) opens (the end of an aside the
    span began inside), None when there is none.

    >>> t = "giá hiện hành) và đạt"
    >>> _unopened_close(t, 0, len(t)), _unopened_close("tỷ lệ (%) hộ nghèo", 0, 18)
    (13, None)
    """
    if text.find(")", a, b) < 0:
        return None       # most spans: no ")" at all, found by one search
    depth, last = 0, None
    for m in _PAREN.finditer(text, a, b):      # the parentheses only, not every character
        if m.group() == "(":
            depth += 1
        elif depth:
            depth -= 1
        else:
            last = m.start()
    return last


_PAREN = regex.compile(r"[()]")


def _after_byline(text: str, a: int, b: int) -> int:
    """``a`` moved past a news byline that opens its line (``Điện Biên TV - Tốc độ tăng trưởng …`` →
    ``Tốc độ tăng trưởng …``): the source of the article, no part of a name.

    >>> t = "Điện Biên TV - Tốc độ tăng trưởng"
    >>> t[_after_byline(t, 0, len(t)):], t[_after_byline("x " + t, 2, len(t) + 2) - 2:]
    ('Tốc độ tăng trưởng', 'Điện Biên TV - Tốc độ tăng trưởng')
    """
    if not at_line_start(text, a):
        return a        # not at the start of a line
    m = BYLINE.match(text, a, b)
    return m.end() if m is not None else a


def _clause_before_head(ctx: Context, lead_start: int, a: int, b: int) -> Optional[int]:
    """Where the name starts in [a, b) when a clause comes before it: right after the last head cut
    before a name head (``cho năng suất``), or after the last comma before one when the text from
    ``lead_start`` to that comma is a clause (a head cut or a clause word in it); else None."""
    last = None
    for last in HEAD_CUT.finditer(ctx.lower, a, b):
        pass
    if last is None:
        return None
    if last.group("verb") is None and not (CLAUSE_WORD.search(ctx.folded, lead_start, last.start())
                                           or HEAD_CUT_VERB.search(ctx.lower, lead_start, last.start())):
        return None
    return last.end()


def _after_parens_with_figures(ctx: Context, a: int, b: int) -> int:
    """``a`` moved past every parenthesis in [a, b) that holds a figure (a scope of its own)."""
    for p0, p1 in parens(ctx.text, a, b):
        if any(p0 < r.start < p1 for r in ctx.figures_from(p0, p1)):
            a = max(a, p1)
    return a


def _read_in_place(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """`pattern` (``^…``, no lookbehind) matched at an offset of the string (``\\G…``) as it matches
    at the start of the string cut there."""
    assert pattern.pattern.startswith("^") and "(?<" not in pattern.pattern, pattern.pattern
    return compile_at(r"\G" + pattern.pattern[1:], pattern.flags)


# the pieces at the start of a lead, read one after another in place: a lead of a megabyte
# ("5/6 5/6 …", each a period) is copied once, not once per piece
_STARTS = [_read_in_place(p) for p in (LIST_NUMBER, JUNK_AT_START, FILLER_AT_START, PERIOD_AT_START, SOURCE_AT_START)]
SOURCE_IN_PLACE = _STARTS[-1]
"""A source that opens a lead (``Theo Cục Thống kê …,``), matched at an offset of the text."""


PHRASE_CACHE_SIZE = 4096
"""The tagger's answers, and the pieces at the ends of a lead, remembered for this many phrases each
(a 1 MB report asks the tagger about 1,200)."""


def _strip_ends(ctx: Context, a: int, b: int, averaged: bool, per_year: bool) -> tuple[int, int]:
    """[a, b) without what is no part of a name at either end, one piece at a time: list numbers,
    punctuation, fillers, periods and a source with its comma (``Theo Cục Thống kê …,``) at the start; period records at either end; punctuation,
    fillers, periods, a closing parenthesis and (``averaged``) an averaging word at the end."""
    started = False     # the start just cut: no piece opens what is left (the cut read them all there)
    while a < b:
        seg, low = ctx.folded[a:b], ctx.lower[a:b]
        i, started = (0 if started else _start_cut(seg, low, ctx.text[a:b])), False
        if i:
            a, started = a + i, True
            continue
        cut = without_period_at_ends(ctx, a, b, seg)
        if cut is not None:
            if cut[1] < b:      # "… tính đến cuối năm 2010": the period's lead words go with it
                lead = PERIOD_LEAD_AT_END.search(ctx.lower, cut[0], cut[1])
                cut = (cut[0], lead.start()) if lead is not None and lead.start() > cut[0] else cut
            a, b = cut
            continue
        e = (None if seg[-1].isalpha() else JUNK_AT_END.search(seg)) or _home_at_end(ctx, a, seg)   # no junk ends with a letter
        end = e.start() if e else _end_cut(seg, low, averaged, per_year)
        if end is not None and end < len(seg):
            b = a + end
            continue
        dangling = _word_after_a_period_at_end(ctx, a, b)
        if dangling is not None:    # "… (GRDP) 6 tháng đầu năm 2018 theo (giá so sánh 2010)": the word
            b = dangling            # left after the period goes, then the period
            continue
        break
    return a, b


MEMO_CHARS = 256
"""The pieces at the ends of a lead this long at most (most are under 30 characters) are remembered
by its text, :data:`PHRASE_CACHE_SIZE` leads each; a longer lead is read again each time."""
_P = ParamSpec("_P")
_R = TypeVar("_R")


def _remembered_when_short(read: Callable[Concatenate[str, _P], _R]) -> Callable[Concatenate[str, _P], _R]:
    """``read``, a function of a lead's text (and flags) alone, remembered (:data:`PHRASE_CACHE_SIZE`
    answers) for a lead of :data:`MEMO_CHARS` at most, read afresh for a longer one."""
    # the functions given take strings and flags only: hashable, as the cache needs
    remembered = cast(Callable[Concatenate[str, _P], _R], lru_cache(maxsize=PHRASE_CACHE_SIZE)(read))

    def call(text: str, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        return read(text, *args, **kwargs) if len(text) > MEMO_CHARS else remembered(text, *args, **kwargs)
    return call


def _start_cut_of(seg: str, low: str, cased: str) -> int:
    """How many characters at the start of a lead (folded ``seg``, lower-cased ``low``, as written
    ``cased``) are list numbers, punctuation, fillers (not an administrative unit before its proper name,
    ``huyện Pác Nặm``), periods and a source, read one after another: a function of the
    text alone, remembered for a short lead by :func:`_start_cut` (a report's leads repeat: ``tăng``,
    ``đóng góp``)."""
    list_number, junk, filler, period, source = _STARTS
    i = 0
    while i < len(seg):
        # a filler where a filler's first word stands (FILLER_OPENS), the others where one may (lead_pieces.py)
        m = ((other := may_open_a_piece(seg, i)) and (list_number.match(seg, i, None, GIL_HELD) or junk.match(seg, i, None, GIL_HELD))
             or (None if not FILLER_OPENS.may_match(low, i) or PLACE_WITH_ITS_NAME.match(cased, i, None, GIL_HELD)
                 else filler.match(low, i, None, GIL_HELD))
             or (other and (period.match(seg, i, None, GIL_HELD) or source.match(seg, i, None, GIL_HELD))))
        if not (m and m.end() > i):
            break
        i = m.end()
    return i


def _end_cut_of(seg: str, low: str, averaged: bool, per_year: bool) -> Optional[int]:
    """Where the end of a lead (folded ``seg``, lower-cased ``low``) that is no part of a name starts,
    of the pieces read from the text alone (after punctuation and the document's place, read first):
    a yearly word before a figure per year, a filler (not one a name keeps, ``dân số hằng năm``,
    ``cây lâu năm``), a period, an explaining parenthesis, an averaging word (``averaged``), an
    action verb; None when none ends it. Remembered for a short lead by :func:`_end_cut`."""
    # "dân số hằng năm", "cây lâu năm": "năm" is no filler here
    yearly_end = YEARLY_AT_END.search(low)
    kept_end = yearly_end or KEEP_AT_END.search(low)
    e = ((per_year and yearly_end) or (not kept_end and FILLER_AT_END.search(low)) or PERIOD_AT_END.search(seg)
         or PAREN_AT_END.search(seg) or (averaged and AVERAGING_AT_END.search(seg)) or _action_at_end(seg, low))
    return e.start() if e else None


_start_cut = _remembered_when_short(_start_cut_of)
_end_cut = _remembered_when_short(_end_cut_of)
_name_start = _remembered_when_short(_name_start_of)


_ONE_WORD_AT_END = regex.compile(r"\s+(\p{L}+)\s*$")


def _word_after_a_period_at_end(ctx: Context, a: int, b: int) -> Optional[int]:
    """The start of the one word that follows a period record at the end of [a, b), when it is no noun
    (a verb or a preposition whose object is gone: ``GRDP bình quân đầu người năm 2030 đặt``, ``tổng sản
    phẩm … (GRDP) 6 tháng đầu năm 2018 theo``); None otherwise (``diện tích năm 2024 lúa``)."""
    if not ctx.covered_start_in(a + 1, b):
        return None     # no period record starts inside: none stands before a last word (the usual case)
    m = _ONE_WORD_AT_END.search(ctx.text, a, b)
    if m is None:
        return None
    i = bisect_left(ctx.covered_starts, m.start()) - 1
    if i < 0 or ctx.covered[i][0] <= a or ctx.text[ctx.covered[i][1]:m.start()].strip():
        return None
    try:
        tags = pos_tags(ctx.text[ctx.covered[i][0]:b])
    except Exception:  # pragma: no cover - the tagger is optional help, never a failure
        return None
    return m.start() if tags and tags[-1][1] in ("V", "E", "C") else None


def _action_at_end(seg: str, low: str) -> Optional[regex.Match[str]]:
    """An action verb (``actions_at_end``) ending the folded text ``seg`` after what it was done to, when
    no name head (``name_heads``) says that the verb is part of a measure's name: ``Ngô gieo trồng được
    231 ha``, ``Cây hàng năm vụ Đông Xuân 2023-2024 toàn tỉnh đã gieo trồng được`` → ``Ngô``, ``Cây hàng
    năm vụ Đông Xuân``; not ``diện tích gieo trồng``, nor after a time (``cuối tháng 6 toàn tỉnh xuống
    giống``: no thing it was done to)."""
    m = ACTION_AT_END.search(seg)
    if m is None or NAME_HEAD.search(low, 0, m.start()) or TIME_AT_START.match(seg):
        return None
    return m


_ABBREVIATION_AT_END = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2,}\)?\s*$")


def _home_at_end(ctx: Context, a: int, seg: str) -> Optional[regex.Match[str]]:
    """The document's own place at the end of the folded text ``seg`` (at ``a``): ``của Đà Nẵng``, or
    the place alone after an abbreviation (``GRDP Đà Nẵng``; ``vải Trứng Hưng Yên`` names a product)."""
    if ctx.home_at_end is None or not seg.rstrip().endswith(ctx.home or ""):   # the place ends any match
        return None
    m = ctx.home_at_end.search(seg)
    if m is None or m.start() == 0:
        return None
    if m.group("bare") is not None and not _ABBREVIATION_AT_END.search(ctx.text, a, a + m.start()):
        return None
    return m


def phrase_after(ctx: Context, rec: FigureRecord, tail_end: int) -> Optional[tuple[int, int]]:
    """The indicator phrase after a figure (``có 372 ha cây mắc ca``). It runs over a comma when
    the piece before is short and the piece after starts with a noun (``98,89% cơ quan, đơn vị,
    doanh nghiệp đạt danh hiệu văn hóa``), and stops at a footnote marker or a parenthesis; an
    aside in parentheses right after the figure is passed over (``2.815 ha (…) cây cà phê``)."""
    a = after = rec.end
    # "có 3 huyện đạt từ 6 tiêu chí trở lên": a count of the units that reach a threshold, named by its unit
    # and the threshold, the unit kept even where it is a filler ("huyện")
    threshold = counts_to_a_threshold(ctx.folded, rec.end) if rec.kind in ("quantity", "fraction") else None
    unit_at, whole = count_unit_start(ctx, rec, threshold is not None)
    if unit_at is not None:
        a = unit_at     # a count unit starts the phrase: "4 xã đạt chuẩn" (resolve/count_units.py)
    if a == after and not has_letter(ctx.text, after, tail_end):
        return None   # the phrase would be a part of [after, tail_end): it has no letter, no name
    aside = OPEN_PAREN.match(ctx.text[rec.end:tail_end])
    if aside:
        # "chăm sóc tốt 2.815 ha (thực hiện trồng mới … 622 ha) cây cà phê": an aside right after
        # the figure explains it; the phrase follows the aside; after a count's unit, an aside with no
        # figure is passed over ("30/30 xã (tính khi chưa sáp nhập) được công nhận đạt chuẩn …")
        close = [p1 for p0, p1 in parens(ctx.text, rec.end, tail_end) if p0 == rec.end + aside.end() - 1]
        if close and a == rec.end:
            a = after = close[0]
        elif close and not has_letter(ctx.text, rec.end, rec.end + aside.end() - 1) \
                and (not _LIST_OR_NUMBER.search(ctx.text, rec.end + aside.end(), close[0])
                     or (whole and names_aside_end(ctx, rec.end) == close[0])):
            after = close[0]    # not an aside that lists or counts ("(khiển trách 189, …)") but the units' names
    b = tail_end
    m = PHRASE_AFTER_STOP.search(ctx.folded, after, tail_end)
    while m is not None and (not PHRASE_AFTER_STOP_AS_WRITTEN.match(ctx.lower, m.start()) or stop_before_a_bare_count(ctx, after, m.start())):
        m = PHRASE_AFTER_STOP.search(ctx.folded, m.end(), tail_end)     # "lọ thuốc …": no "thuộc"
    if m:
        b = m.start()
    if threshold is not None:
        b = min(b, threshold)
    mk = MARKERS.search(ctx.text, after, b)
    if mk:
        b = mk.start()
    span = name_in(ctx, a, _first_words_end(ctx.text, a, _over_commas_before_nouns(ctx.text, a, b)))
    return (a, span[1]) if whole and span is not None and a < after else span


def _first_words_end(text: str, a: int, b: int) -> int:
    """The end of the first ``MAX_NAME_WORDS`` words of [a, b): a phrase after a figure keeps the words
    nearest it, its first (``38 dự án FDI được Ban Quản lý … điều chỉnh Giấy chứng nhận …``), where a
    phrase before keeps its last.

    >>> t = " ".join(f"w{i}" for i in range(20))
    >>> t[:_first_words_end(t, 0, len(t))].split()[-1], _first_words_end("a b", 0, 3)
    ('w15', 3)
    """
    for i, m in enumerate(WORD_WITH_TAIL.finditer(text, a, b), 1):
        if i == MAX_NAME_WORDS:
            return m.end()
    return b


_LIST_OR_NUMBER = regex.compile(r"[,;\d]")


def _over_commas_before_nouns(text: str, a: int, b: int) -> int:
    """The end of a phrase that starts at ``a``: the first comma before ``b`` unless the piece
    before it is short (three words at most) and the piece after starts with a noun."""
    pos = a
    while True:
        comma = text.find(",", pos, b)
        if comma < 0:
            return b
        piece = text[pos:comma].split()
        nxt = text[comma + 1:b].split()
        if len(piece) <= 3 and nxt and starts_with_noun(" ".join(nxt[:3])):
            pos = comma + 1
            continue
        return comma


_COUNT_TAIL = compile_at(r"\s*\p{L}+(?:\s+\p{L}+){0,4}\s+va\s*")


def ends_a_count_before(ctx: Context, fig: Figure) -> bool:
    """True when the words before the figure end the phrase of a count right before it and join the
    figure to it (``232.401 tổ chức đảng và 1.284.298 đảng viên``: ``đảng`` is the first count's)."""
    if not _COUNT_TAIL.fullmatch(ctx.folded, fig.lead_start, fig.start):
        return False
    return any(r.end == fig.lead_start and folded_unit(r) in COUNT_UNITS
               for r in ctx.figures_from(max(0, fig.lead_start - 80), fig.lead_start))


_LISTED_TAIL = compile_at(r"\s*\p{L}+(?:\s+\p{L}+){0,4}\s+va\s*")


def ends_a_listed_figure_before(ctx: Context, fig: Figure) -> bool:
    """True when the words before a quantity are the phrase of a quantity of the same unit right
    before it, joined to it by ``và``: a list written figure first (``396 ha rừng phòng hộ và 136 ha
    rừng sản xuất``, ``25,32 ha rau màu các loại và 432,55 ha cây trồng khác``; of fractions too, ``7/12 xã đạt
    tiêu chí hộ nghèo và 6/12 xã đạt tiêu chí thu nhập``), whose items are each named by the phrase after
    their figure."""
    rec = fig.rec
    if rec.kind not in ("quantity", "fraction") or not _LISTED_TAIL.fullmatch(ctx.folded, fig.lead_start, fig.start):
        return False
    unit = folded_unit(rec)
    return unit is not None and any(r.end == fig.lead_start and r.kind == rec.kind and folded_unit(r) == unit
               for r in ctx.figures_from(max(0, fig.lead_start - 80), fig.lead_start))



@lru_cache(maxsize=PHRASE_CACHE_SIZE)
def clean_name(name: str) -> str:
    """A name as recorded: footnote markers dropped, runs of spaces (and line breaks) as one (remembered)."""
    return " ".join(MARKERS.sub("", name).split())


@lru_cache(maxsize=PHRASE_CACHE_SIZE)
def starts_with_noun(phrase: str) -> bool:
    """True when underthesea tags the first word of ``phrase`` a noun, or a plural determiner and a
    noun (``Các ngành thương mại, dịch vụ``)."""
    try:
        tags = pos_tags(phrase)
    except Exception:  # pragma: no cover
        return False
    if len(tags) > 1 and tags[0][1] in ("L", "Z"):     # "Các ngành …", "tổng diện tích …"
        tags = tags[1:]
    return bool(tags) and tags[0][1] in ("N", "Np", "Nc", "Ny", "Nb")


@lru_cache(maxsize=PHRASE_CACHE_SIZE)
def verb_only(phrase: str) -> bool:
    """True when underthesea tags every word of ``phrase`` a verb, adjective or adverb
    (``chăm sóc``, ``kết nạp``): an action, not the name of what is measured."""
    try:
        tags = [t for _, t in pos_tags(phrase)]
    except Exception:  # pragma: no cover - the tagger is optional help, never a failure
        return False
    return bool(tags) and all(t in ("V", "A", "R") for t in tags)
