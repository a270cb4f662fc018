"""Indicator statements in prose: group the numeric records of one statement into an
:class:`~baocao.schema.Indicator` (or count indicators in an :class:`~baocao.schema.IndicatorSummary`).

Nothing here reads numbers: the figures are the records ``baocao.parse`` already found. The rules
only read the words between them, in the clean text (``Report.text``: NFC, page breaks joined, OCR
repaired) folded (``fold``: no diacritics, lower case), with the vocabulary of
``data/indicators.yaml``; offsets go back to the original through ``Report.offsets``:

- A *scope* is a sentence of running text or a footnote body. A parenthesis holding figures is a
  scope of its own, nested in the statement before it (``39 triệu đồng/người/năm (tương đương
  1.629 USD/người/năm)``). A scope splits into *segments* at ``;``, ``:`` and sentence stops, and a
  segment into *chunks* at commas; a chunk without figures extends the chunk before it (``98,89% cơ
  quan, đơn vị, doanh nghiệp đạt danh hiệu văn hóa``), or, before the first figure, gives context
  (``Năm 2025, tỷ trọng …``).
- The *lead* of a figure is the text before it in its chunk. Stripped of framing words, fillers and
  periods at both ends (``lead_fillers``), what remains is the indicator phrase (``name``). A figure
  whose lead holds no phrase continues the indicator before it (``…, trung bình tăng 2,5%/năm, đạt
  71% NQĐH``), or, when that one already has a level, takes the phrase that follows it (``có 372 ha
  cây mắc ca``; a count unit starts the phrase: ``có 4 xã đạt chuẩn …``), or repeats the name of the
  one before (``…, riêng năm 2025 ước đạt 794 tỷ đồng``).
- A percentage after ``đạt``/``vượt`` and before a base (``NQĐH``, ``kế hoạch``, ``mục tiêu``…) is
  the achievement; ``vượt 26,81% so với kế hoạch`` is 126.81% of the plan. A figure after
  ``tăng``/``giảm`` is a change (the value when the statement has no level, else ``change``).
- Framing: ``estimate`` after ``ước``/``dự kiến``; ``target`` after ``phấn đấu``/``mục tiêu``/…,
  under a target section (``Phần thứ hai > II- MỤC TIÊU``), or in a paragraph whose clause ``đề ra
  … chỉ tiêu …:`` opens a list; else ``actual``.
- A count of ``chỉ tiêu`` is a summary (``24/27 chỉ tiêu … đạt và vượt kế hoạch``), with the
  percentage after its ``đạt`` as threshold (``12 chỉ tiêu đạt trên 90%``).
- A footnote anchor in the statement's extent links its breakdown (``breakdown``).

Figures that fit no rule are returned as :class:`Unattached`, with the reason.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from typing import Optional

import regex

from baocao.normalize.lexicon import canonical, fold
from baocao.resolve._rules import load, words_pattern
from baocao.resolve.keys import match_key
from baocao.schema import Indicator, IndicatorSummary

VALUE_KINDS = frozenset({"percentage", "money", "quantity", "fraction"})
_R = load("indicators")
_SEP = regex.compile(r"[;:!?\n]|\.(?=\s)|\.\Z")
_WORDCH = regex.compile(r"[\p{L}\p{N}]")
_YEAR_RANGE = regex.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")
_YEAR = regex.compile(r"(?:(?<![\p{L}\p{N}])nam\s+|/)((?:19|20)\d\d)(?!\d)")
_PERIOD_STRIP = regex.compile(
    r"(?:(?:den het|den|het|cuoi|dau|trong|tu)\s+)?(?:(?:giai doan|nhiem ky|thoi ky|nam|ngay)\s+)?"
    r"(?:(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d|(?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?)")
_JUNK = r"[\s\-–—+*•.,:;(\[\]\"“”'‘’…/⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]+"
_JUNK_START = regex.compile("^" + _JUNK)
_JUNK_END = regex.compile(_JUNK + "$")
_TRAILING_PAREN = regex.compile(r"\s*\([^()]*\)\s*$")
_LIST_NUMBER = regex.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\))\s*[-–—.]?\s*")
_MARKERS = regex.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]+")


@cache
def _pats():
    p = {name: regex.compile(words_pattern(getattr(_R, name)))
         for name in ("estimate", "target", "target_list", "increase", "decrease", "averaging")}
    p["target_sections"] = regex.compile(words_pattern(_R.target_sections))
    p["averaging_end"] = regex.compile(words_pattern(_R.averaging) + r"\s*$")
    p["yearly"] = regex.compile(words_pattern(_R.yearly))
    p["verb_end"] = regex.compile(words_pattern(_R.achievement_verbs) + r"\s*$")
    bases = [(fold(w), b.label) for b in _R.bases for w in b.words]
    bases.sort(key=lambda x: -len(x[0]))
    p["bases"] = bases
    p["base_prefix"] = regex.compile(r"^\s*(?:" + words_pattern(_R.base_prefixes) + r")?\s*")
    p["status"] = [(regex.compile(words_pattern(s.words)), s.status) for s in _R.status]
    p["change_base"] = regex.compile(r"^\s*" + words_pattern(_R.change_base_prefixes)
                                     + r"\s+((?:cung ky|dau ky|dau nhiem ky|nam\s+(?:19|20)\d\d|"
                                       r"(?:19|20)\d\d|nam truoc|nhung nam truoc day)(?:\s+(?:19|20)\d\d)?)")
    # Fillers are matched with their diacritics (on the lower-cased clean text, where the
    # normalizer has already repaired OCR tone errors): folded, "số" would be the filler "so",
    # "tư" (in "đầu tư") the filler "từ", "cơ" the filler "có".
    fillers = _exact_alternation(_R.lead_fillers)
    p["fill_end"] = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{fillers})\s*$")
    p["yearly_end"] = regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{_exact_alternation(_R.yearly)})\s*$")
    p["period_end"] = regex.compile(rf"{_PERIOD_STRIP.pattern}\s*$")
    starts = _exact_alternation(_R.lead_fillers + _R.start_fillers)
    p["fill_start"] = regex.compile(rf"^\s*(?:{starts})(?![\p{{L}}\p{{N}}])")
    p["period_start"] = regex.compile(rf"^\s*(?:{_PERIOD_STRIP.pattern})(?![\p{{L}}\p{{N}}])")
    p["trail_stop"] = regex.compile(
        words_pattern(["so với", "tương đương", "trong đó", "là", "với", "chiếm"]) + r"|[(]")
    p["count_units"] = {fold(u) for u in _R.count_units}
    p["summary_units"] = {fold(u) for u in _R.summary_units}
    p["not_indicators"] = {fold(u) for u in _R.not_indicator_units}
    return p


def _exact_alternation(words) -> str:
    """Regex alternation of lower-cased ``words`` with their diacritics, longest first (both tone
    conventions: ``hoà``/``hòa``)."""
    forms = {unicodedata.normalize("NFC", w).lower() for w in words} | {canonical(w) for w in words}
    forms |= {unicodedata.normalize("NFC", w).lower() for w in (_old_style(f) for f in forms)}
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", " ").replace(" ", r"[ \u00a0]+") for w in ordered)


def _old_style(word: str) -> str:
    from baocao.normalize.unicode import tone_edits

    out, pos = [], 0
    for e in tone_edits(word, "old"):
        out += [word[pos:e.start], e.after]
        pos = e.end
    return "".join(out) + word[pos:]


@dataclass(frozen=True)
class Unattached:
    """A figure left out of every indicator, and why."""

    kind: str
    text: str
    start: int
    end: int
    reason: str
    sentence: Optional[int] = None
    footnote: Optional[int] = None


@dataclass
class _Ind:
    name: str
    name_start: Optional[int]
    figs: list = field(default_factory=list)
    value: Optional[float] = None
    value_max: Optional[float] = None
    qualifier: Optional[str] = None
    unit: Optional[str] = None
    per: Optional[str] = None
    direction: Optional[str] = None
    per_year: bool = False
    averaging: Optional[str] = None
    change: Optional[float] = None
    change_unit: Optional[str] = None
    change_base: Optional[str] = None
    period: Optional[str] = None
    period_source: Optional[str] = None
    framing: str = "actual"
    achievement_pct: Optional[float] = None
    achievement_base: Optional[str] = None
    status: Optional[str] = None
    extent_end: int = 0
    summary: bool = False
    count: Optional[float] = None
    total: Optional[float] = None
    threshold: Optional[float] = None
    threshold_qualifier: Optional[str] = None


def _unit_of(rec) -> tuple[Optional[str], Optional[str]]:
    if rec.kind == "percentage":
        return "%", ("năm" if rec.per_year else None)
    if rec.kind == "money":
        return rec.currency, rec.per
    return getattr(rec, "unit", None), getattr(rec, "per", None)


def _value_of(rec) -> tuple[Optional[float], Optional[float]]:
    if rec.kind == "fraction":
        return rec.numerator, rec.denominator
    return rec.value, getattr(rec, "value_max", None)


class _Resolver:
    """Reads the clean text ``text`` (figures, anchors and scopes in clean coordinates); records
    and unattached figures are mapped back to ``original`` through ``offsets`` when made."""

    def __init__(self, text: str, figures, anchors, section_of, line_end, original=None, offsets=None,
                 source=None, periods=(), covered=()):
        self.o = text
        self.original = text if original is None else original
        self.offsets = offsets
        self.source = source or {}        # clean figure start -> the record in original coordinates
        f = fold(text)
        self.f = f if len(f) == len(text) else "".join((fold(c) or c)[:1] for c in text)
        low = text.lower()
        self.low = low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in text)
        self.figures = figures
        self.fig_starts = [r.start for r in figures]
        self.anchors = anchors            # sorted [(anchor_start, marker)]
        self.section_of = section_of      # pos -> section path or None
        self.line_end = line_end          # pos -> end of its line
        self.p = _pats()
        self.out: list[_Ind] = []
        self.unattached: list[Unattached] = []
        self.owner: dict[int, _Ind] = {}  # figure start -> indicator
        self.list_until = -1              # a target list runs to the end of its paragraph
        self.periods = list(periods)      # (start, end, label) of period records, clean offsets
        self.period_starts = [p[0] for p in self.periods]
        self.covered = list(covered)      # (start, end) of every period record, comparisons too
        self.covered_starts = [c[0] for c in self.covered]

    # ----- text helpers -------------------------------------------------------------------------
    def _parens(self, a: int, b: int) -> list[tuple[int, int]]:
        """Top-level parenthesised spans in [a, b) (inclusive of the brackets)."""
        out, depth, start = [], 0, None
        for i in range(a, b):
            ch = self.o[i]
            if ch == "(":
                if depth == 0:
                    start = i
                depth += 1
            elif ch == ")" and depth:
                depth -= 1
                if depth == 0:
                    out.append((start, i + 1))
        return out

    def _name_in(self, a: int, b: int, yearly: bool = False, per_year: bool = False
                 ) -> Optional[tuple[int, int]]:
        """The indicator phrase in [a, b): fillers and periods stripped at both ends.

        Before a yearly figure (``yearly``: ``hằng năm`` in its lead, or ``per_year``) an averaging
        word at the end is the figure's, not the name's (``sản lượng cà phê tươi bình quân đạt
        30.000 tấn/năm`` → ``sản lượng cà phê tươi``); before a figure per year (``per_year``) so is
        ``hằng năm`` (``Tổng đàn gia súc hằng năm tăng 2,5%/năm`` → ``Tổng đàn gia súc``), which
        otherwise qualifies the name (``tỷ lệ phát triển dân số hằng năm 1,5%``)."""
        for p0, p1 in self._parens(a, b):
            if any(p0 < r.start < p1 for r in self._figs_between(p0, p1)):
                a = max(a, p1)
        while a < b:
            seg, low = self.f[a:b], self.low[a:b]
            m = (_LIST_NUMBER.match(seg) or _JUNK_START.match(seg) or self.p["fill_start"].match(low)
                 or self.p["period_start"].match(seg))
            if m and m.end() > 0:
                a += m.end()
                continue
            cut = self._period_at_ends(a, b, seg)
            if cut is not None:
                a, b = cut
                continue
            yearly_end = self.p["yearly_end"].search(low)   # "dân số hằng năm": "năm" is no filler here
            m = (_JUNK_END.search(seg) or (per_year and yearly_end)
                 or (not yearly_end and self.p["fill_end"].search(low)) or self.p["period_end"].search(seg)
                 or _TRAILING_PAREN.search(seg) or ((yearly or per_year) and self.p["averaging_end"].search(seg)))
            if m and m.start() < len(seg):
                b = a + m.start()
                continue
            break
        text = self.o[a:b]
        words = regex.findall(r"[\p{L}\p{N}]+", _MARKERS.sub("", text))
        if not words or not any(regex.search(r"\p{L}{2,}", w) for w in words):
            return None
        spans = [m.span() for m in regex.finditer(r"[\p{L}\p{N}]\S*", text)]
        if len(spans) > _R.max_name_words:
            a = a + spans[-_R.max_name_words][0]
        return a, b

    def _figs_between(self, a: int, b: int):
        i = bisect_left(self.fig_starts, a)
        out = []
        while i < len(self.figures) and self.figures[i].start < b:
            out.append(self.figures[i])
            i += 1
        return out

    def _period_in(self, a: int, b: int) -> Optional[str]:
        """The last period written in [a, b): a period record's label (``2024-Q2``), else a year
        or a span of years the records do not hold (a term's ``2020-2025``, a date's ``/2025``);
        a comparison base (``so với năm 2020``) is no period of the figure."""
        best, pos = None, -1
        i = bisect_left(self.period_starts, a)
        while i < len(self.periods) and self.periods[i][0] < b:
            if self.periods[i][1] <= b:
                best, pos = self.periods[i][2], self.periods[i][0]
            i += 1
        seg = self.f[a:b]
        for m in _YEAR_RANGE.finditer(seg):
            if a + m.start() > pos and not self._covered(a + m.start(1)):
                best, pos = f"{m.group(1)}-{m.group(2)}", a + m.start()
        for m in _YEAR.finditer(seg):
            inside = any(r.start() <= m.start(1) < r.end() for r in _YEAR_RANGE.finditer(seg))
            if not inside and a + m.start() > pos and not self._covered(a + m.start(1)):
                best, pos = m.group(1), a + m.start()
        return best

    def _period_at_ends(self, a: int, b: int, seg: str) -> Optional[tuple[int, int]]:
        """[a, b) without a period record that begins or ends it (``thu ngân sách 6 tháng đầu năm
        2025`` → ``thu ngân sách``), None when none does."""
        lead = a + len(seg) - len(seg.lstrip())
        tail = a + len(seg.rstrip())
        i = bisect_left(self.covered_starts, lead)
        if i < len(self.covered) and self.covered[i][0] == lead and self.covered[i][1] <= b:
            return self.covered[i][1], b
        i = bisect_left(self.covered_starts, a)
        while i < len(self.covered) and self.covered[i][0] < tail:
            if self.covered[i][1] == tail:
                return a, self.covered[i][0]
            i += 1
        return None

    def _covered(self, pos: int) -> bool:
        i = bisect_left(self.covered_starts, pos + 1) - 1
        return i >= 0 and self.covered[i][0] <= pos < self.covered[i][1]

    def _framing_in(self, a: int, b: int) -> Optional[str]:
        seg = self.f[a:b]
        if self.p["estimate"].search(seg):
            return "estimate"
        if self.p["target"].search(seg):
            return "target"
        return None

    # ----- figure roles -------------------------------------------------------------------------
    def _base_after(self, pos: int, end: int) -> tuple[Optional[str], int]:
        tail = self.f[pos:end]
        m = self.p["base_prefix"].match(tail)
        rest = tail[m.end():] if m else tail
        for word, label in self.p["bases"]:
            if rest.startswith(word) and not regex.match(r"[\p{L}0-9]", rest[len(word):len(word) + 1]):
                return label, (m.end() if m else 0)
        return None, 0

    def _role(self, rec, lead_a: int, tail_b: int):
        lead = self.f[lead_a:rec.start].rstrip()
        unit, _ = _unit_of(rec)
        if unit and fold(unit) in self.p["summary_units"]:
            return "summary", None
        if rec.kind == "percentage":
            verb = self.p["verb_end"].search(lead)
            if verb:
                base, _ = self._base_after(rec.end, tail_b)
                if base:
                    return "achievement", (fold(verb.group()).strip(), base)
        words = lead.split()[-4:]
        tail_words = " ".join(words)
        inc = list(self.p["increase"].finditer(tail_words))
        dec = list(self.p["decrease"].finditer(tail_words))
        if inc or dec:
            last_inc = inc[-1].start() if inc else -1
            last_dec = dec[-1].start() if dec else -1
            return "change", ("tăng" if last_inc > last_dec else "giảm")
        return "level", None

    # ----- building -----------------------------------------------------------------------------
    def _new(self, name_span, name=None) -> _Ind:
        if name_span is not None:
            ind = _Ind(self.o[name_span[0]:name_span[1]], name_span[0])
        else:
            ind = _Ind(name or "", None)
        self.out.append(ind)
        return ind

    def _apply(self, ind: _Ind, rec, role, info, lead_a: int, tail_b: int, ctx: dict):
        ind.figs.append(rec)
        self.owner[rec.start] = ind
        ind.extent_end = max(ind.extent_end, tail_b)
        value, vmax = _value_of(rec)
        unit, per = _unit_of(rec)
        lead = self.f[max(lead_a, rec.start - 40):rec.start]
        if role == "achievement":
            verb, base = info
            pct = rec.value
            if verb == "vuot" and self.p["base_prefix"].match(self.f[rec.end:tail_b]).end() > 0 \
                    and regex.match(r"\s*so", self.f[rec.end:tail_b]):
                pct = 100.0 + rec.value
            if ind.achievement_pct is None:
                ind.achievement_pct, ind.achievement_base = pct, base
                if verb == "vuot":
                    ind.status = ind.status or "vượt"
        elif role == "change" or ind.value is not None:
            direction = info if role == "change" else None
            avg = self.p["averaging"].search(lead[-30:])
            if ind.value is None:
                ind.value, ind.value_max, ind.qualifier, ind.unit, ind.per = value, vmax, rec_q(rec), unit, per
                ind.per_year = ind.per_year or bool(getattr(rec, "per_year", False)) or per == "năm"
            elif ind.change is None:
                ind.change, ind.change_unit = value, unit
                ind.per_year = ind.per_year or bool(getattr(rec, "per_year", False))
            if direction:
                ind.direction = ind.direction or direction
            if avg:
                ind.averaging = ind.averaging or ("bình quân" if avg.group().startswith("binh") else "trung bình")
            m = self.p["change_base"].match(self.f[rec.end:tail_b])
            if m and ind.change_base is None:
                ind.change_base = self.o[rec.end + m.start(1):rec.end + m.end(1)]
        else:
            ind.value, ind.value_max, ind.qualifier, ind.unit, ind.per = value, vmax, rec_q(rec), unit, per
            ind.per_year = bool(getattr(rec, "per_year", False)) or per == "năm"
            avg = self.p["averaging"].search(lead[-30:])
            if avg:
                ind.averaging = "bình quân" if avg.group().startswith("binh") else "trung bình"
        for pat, status in self.p["status"]:
            if ind.status is None and pat.search(self.f[rec.end:tail_b]):
                ind.status = status
        fr = self._framing_in(lead_a, rec.start)
        if fr and ind.framing == "actual":
            ind.framing = fr
        if ind.framing == "actual" and ctx.get("framing"):
            ind.framing = ctx["framing"]
        if ind.period is None:
            own = self._period_in(lead_a, rec.start)
            if own:
                ind.period, ind.period_source = own, "statement"
            elif ctx.get("period"):
                ind.period, ind.period_source = ctx["period"], ctx.get("period_source", "clause")

    def _summary(self, rec, lead_a: int, tail_b: int, ctx: dict) -> _Ind:
        ind = _Ind(self.o[rec.start:rec.end], None, summary=True)
        self.out.append(ind)
        ind.figs.append(rec)
        self.owner[rec.start] = ind
        ind.extent_end = tail_b
        if rec.kind == "fraction":
            ind.count, ind.total = rec.numerator, rec.denominator
        else:
            ind.count = rec.value
            ind.qualifier = rec.qualifier
        tail = self.f[rec.end:tail_b]
        for pat, status in self.p["status"]:
            m = pat.search(tail)
            if m:
                ind.status = status
                base, _ = self._base_after(rec.end + m.end(), tail_b)
                ind.achievement_base = base
                break
        if ind.status is None and regex.search(r"(?<!\p{L})dat(?!\p{L})", tail):
            ind.status = "đạt"
        ind.framing = self._framing_in(lead_a, rec.start) or ctx.get("framing") or "actual"
        return ind

    def scope(self, a: int, b: int, ctx: dict, current: Optional[_Ind] = None, footnote=None):
        figs = [r for r in self.figures if a <= r.start and r.end <= b
                and (footnote is None or r.footnote == footnote)]
        if not figs:
            return
        parens = [p for p in self._parens(a, b)]
        inner = [p for p in parens if any(p[0] < r.start and r.end <= p[1] for r in figs)]
        outer = [r for r in figs if not any(p[0] < r.start and r.end <= p[1] for p in parens)]
        in_paren = lambda i: any(p[0] <= i < p[1] for p in parens)  # noqa: E731
        fig_at = bytearray(b - a + 1)
        for r in figs:
            fig_at[r.start - a:r.end - a] = b"\x01" * (r.end - r.start)
        # segments and chunks, separators outside figures and parentheses
        cuts, commas = [a], []
        for i in range(a, b):
            if fig_at[i - a] or in_paren(i):
                continue
            ch = self.o[i]
            if _SEP.match(self.o, i) and not (ch == "." and i + 1 < b and self.o[i + 1].isdigit()):
                cuts.append(i + 1)
            elif ch == ",":
                commas.append(i + 1)
        cuts.append(b)
        sec = self.section_of(a)
        if sec and self.p["target_sections"].search(fold(sec)):
            ctx = dict(ctx, framing="target", section_target=True)
        if a < self.list_until:
            ctx = dict(ctx, framing="target")
        for s, e in zip(cuts, cuts[1:]):
            if s >= e:
                continue
            seg_figs = [r for r in outer if s <= r.start < e]
            if not seg_figs:
                # context for what follows: a period, an estimate, a target list
                per = self._period_in(s, e)
                fr = self._framing_in(s, e)
                if per:
                    ctx = dict(ctx, period=per, period_source="sentence" if s == a else "clause")
                if fr == "estimate":
                    ctx = dict(ctx, framing="estimate")
                if self.o[e - 1:e] == ":" and self.p["target_list"].search(self.f[s:e]):
                    self.list_until = self.line_end(e)
                    ctx = dict(ctx, framing="target")
                elif self.o[e - 1:e] == ":":
                    # "Lĩnh vực Cư trú: 6.145/6.145 trường hợp": a label names what follows
                    label = self._name_in(max(s, e - 80), e - 1)
                    ctx = dict(ctx, label=label)
                    current = None
                continue
            opens_list = self.o[e - 1:e] == ":" and self.p["target_list"].search(self.f[s:e])
            if opens_list:
                self.list_until = self.line_end(e)
            bounds = [s] + [c for c in commas if s < c < e] + [e]
            chunks = [(x, y, [r for r in seg_figs if x <= r.start < y]) for x, y in zip(bounds, bounds[1:])]
            seg_ctx = dict(ctx)
            ctx.pop("label", None)
            first = next(i for i, c in enumerate(chunks) if c[2])
            for x, y, _ in chunks[:first]:
                per = self._period_in(x, y)
                if per:  # "Năm 2024, …" opens the sentence; after a first clause it opens a clause
                    seg_ctx["period"] = per
                    seg_ctx["period_source"] = "sentence" if s == a and x == s else "clause"
                fr = self._framing_in(x, y)
                if fr == "estimate":  # "Ước thực hiện đến hết năm 2024, …": the rest of the sentence
                    ctx["framing"] = seg_ctx["framing"] = fr
                elif fr:
                    seg_ctx["framing"] = fr
            lead_start = chunks[first][0]
            # extend each figure chunk over the figure-less chunks after it; a figure-less chunk of
            # only framing and period words ("ước thực hiện đến hết năm 2025") frames what follows
            merged = []
            for x, y, fs in chunks[first:]:
                if fs or not merged:
                    merged.append([x, y, fs, None])
                elif (self._name_in(x, y) is None and (self._period_in(x, y) or self._framing_in(x, y))):
                    merged.append([x, y, [], (self._period_in(x, y), self._framing_in(x, y))])
                else:
                    merged[-1][1] = y
            merged[0][0] = lead_start
            for x, y, fs, context in merged:
                if context is not None:
                    per, fr = context
                    if per:
                        seg_ctx = dict(seg_ctx, period=per, period_source="clause")
                    if fr:
                        seg_ctx["framing"] = fr
                    continue
                for k, rec in enumerate(fs):
                    lead_a = fs[k - 1].end if k else x
                    tail_b = fs[k + 1].start if k + 1 < len(fs) else y
                    current = self._place(rec, lead_a, tail_b, current, seg_ctx)
            if opens_list:
                ctx = dict(ctx, framing="target")
        for p0, p1 in inner:
            owner = None
            before = [r for r in outer if r.end <= p0]
            if before:
                owner = self.owner.get(before[-1].start)
            self.scope(p0 + 1, p1 - 1, ctx, owner, footnote)

    def _place(self, rec, lead_a, tail_b, current, ctx) -> Optional[_Ind]:
        role, info = self._role(rec, lead_a, tail_b)
        if role == "summary":
            return self._summary(rec, lead_a, tail_b, ctx)
        unit, _ = _unit_of(rec)
        if unit and fold(unit) in self.p["not_indicators"]:
            self._skip(rec, f"a count of {unit}: tasks, programmes and documents are no indicators")
            return current
        if current is not None and current.summary:
            if self._name_in(lead_a, rec.start) is None and rec.kind == "percentage" and regex.search(r"(?<!\p{L})(?:dat|vuot)\s*(?:tu\s*)?$",
                                                         self.f[lead_a:rec.start]):
                current.figs.append(rec)
                self.owner[rec.start] = current
                current.threshold, current.threshold_qualifier = rec.value, rec.qualifier
                base, _ = self._base_after(rec.end, tail_b)
                current.achievement_base = current.achievement_base or base
                return current
            current = None
        # "bình quân"/"trung bình" before a yearly figure is the figure's averaging, not the name's
        per_year = bool(getattr(rec, "per_year", False)) or _unit_of(rec)[1] == "năm"
        yearly = bool(self.p["yearly"].search(self.f[lead_a:rec.start]))
        name = self._name_in(lead_a, rec.start, yearly, per_year)
        if name is not None and _verb_only(self.o[name[0]:name[1]]):
            trail = self._trail(rec, tail_b)
            if trail is not None:
                joined = self.o[name[0]:name[1]] + " " + self.o[trail[0]:trail[1]]
                unit, _ = _unit_of(rec)
                counted = unit and fold(unit) in self.p["count_units"]
                ind = self._new(None, joined if counted else self.o[trail[0]:trail[1]])
                ind.name_start = name[0] if counted else trail[0]
                self._apply(ind, rec, role, info, lead_a, tail_b, ctx)
                return ind
        if name is None and ctx.get("label") is not None:
            name = ctx.pop("label")
        if name is not None:
            ind = self._new(name)
            self._apply(ind, rec, role, info, lead_a, tail_b, ctx)
            return ind
        if current is not None and (role in ("achievement", "change") or current.value is None):
            self._apply(current, rec, role, info, lead_a, tail_b, ctx)
            return current
        if role == "achievement":
            self._skip(rec, "an achievement rate with no indicator before it")
            return current
        trail = self._trail(rec, tail_b)
        if (trail is None and current is not None and rec.kind == "percentage" and current.figs
                and _restates(current.figs[-1], rec)):
            current.figs.append(rec)            # "33/37, đạt 89,18%": the fraction as a percentage
            self.owner[rec.start] = current
            return current
        if (trail is None and current is not None and rec.kind == "percentage" and current.unit != "%"
                and current.achievement_pct is None and self.p["verb_end"].search(self.f[lead_a:rec.start])):
            # "9.037/9.037 trường hợp, đạt 100%": the share of the count above that is done
            self._apply(current, rec, "achievement", ("dat", None), lead_a, tail_b, ctx)
            return current
        if trail is not None:
            ind = self._new(trail)
            self._apply(ind, rec, role, info, lead_a, tail_b, ctx)
            return ind
        if current is not None:
            ind = self._new(None, current.name)
            ind.period = ind.period_source = None
            self._apply(ind, rec, role, info, lead_a, tail_b, ctx)
            return ind
        self._skip(rec, "no indicator phrase before or after the figure")
        return current

    def _trail(self, rec, tail_b: int) -> Optional[tuple[int, int]]:
        """The indicator phrase after a figure (``có 372 ha cây mắc ca``). It runs over a comma when
        the piece before is short and the piece after starts with a noun (``98,89% cơ quan, đơn vị,
        doanh nghiệp đạt danh hiệu văn hóa``), and stops at a footnote marker or a parenthesis; an
        aside in parentheses right after the figure is passed over (``2.815 ha (…) cây cà phê``)."""
        a = rec.end
        unit, _ = _unit_of(rec)
        if rec.kind in ("quantity", "fraction") and unit and fold(unit) in self.p["count_units"]:
            m = regex.search(r"[\p{L}][\p{L} \u00a0]*$", rec.text)
            if m:
                a = rec.start + m.start()
        b = tail_b
        after = rec.end
        aside = regex.match(r"\s*\(", self.o[rec.end:tail_b])
        if aside and a == rec.end:
            # "chăm sóc tốt 2.815 ha (thực hiện trồng mới … 622 ha) cây cà phê": an aside right after
            # the figure explains it; the phrase follows the aside
            close = [p1 for p0, p1 in self._parens(rec.end, tail_b) if p0 == rec.end + aside.end() - 1]
            if close:
                a = after = close[0]
        m = self.p["trail_stop"].search(self.f, after, tail_b)
        if m:
            b = m.start()
        mk = _MARKERS.search(self.o, after, b)
        if mk:
            b = mk.start()
        pos = a
        while True:
            comma = self.o.find(",", pos, b)
            if comma < 0:
                break
            piece = self.o[pos:comma].split()
            nxt = self.o[comma + 1:b].split()
            if len(piece) <= 3 and nxt and _starts_with_noun(" ".join(nxt[:3])):
                pos = comma + 1
                continue
            b = comma
            break
        return self._name_in(a, b)

    def _skip(self, rec, reason):
        rec = self.source.get(rec.start, rec)
        self.unattached.append(Unattached(rec.kind, rec.text, rec.start, rec.end, reason,
                                          rec.sentence, rec.footnote))

    def _back(self, start: int, end: int) -> tuple[int, int]:
        """The original span of a clean span."""
        return self.offsets.span_to_original(start, end) if self.offsets is not None else (start, end)

    # ----- records ------------------------------------------------------------------------------
    def records(self, doc, fallback=None) -> list:
        """The records of the indicators found; ``fallback(pos)`` gives (period, source) for an
        indicator whose statement and sentence name no period (its section heading's, the
        document's year)."""
        out = []
        starts = [x[0] for x in self.anchors]
        for ind in self.out:
            if not ind.figs:
                continue
            first = ind.figs[0]
            start = min(first.start, ind.name_start if ind.name_start is not None else first.start)
            end = max(r.end for r in ind.figs)
            i = bisect_left(starts, start)   # anchors are clean offsets, as the extent is
            breakdown = None
            while i < len(starts) and starts[i] <= ind.extent_end:
                breakdown = self.anchors[i][1]
                break
            start, end = self._back(start, end)
            figures = [list(self._back(r.start, r.end)) for r in ind.figs]
            name_start = None if ind.name_start is None else self._back(ind.name_start, ind.name_start)[0]
            where = dict(doc=doc, section=first.section, sentence=first.sentence, footnote=first.footnote)
            if ind.summary:
                out.append(IndicatorSummary(
                    text=self.original[start:end], start=start, end=end, rule="indicator.summary",
                    count=ind.count, total=ind.total, status=ind.status, threshold_pct=ind.threshold,
                    qualifier=ind.threshold_qualifier or ind.qualifier, base=ind.achievement_base,
                    framing=ind.framing, figures=figures, **where))
                continue
            if ind.period is None and fallback is not None:
                ind.period, ind.period_source = fallback(first.start)
            status = ind.status
            if status is None and ind.achievement_pct is not None:
                pct = ind.achievement_pct
                status = "vượt" if pct > 100 else "đạt" if pct == 100 else "chưa đạt"
            name = " ".join(_MARKERS.sub("", ind.name).split())
            out.append(Indicator(
                text=self.original[start:end], start=start, end=end,
                rule="indicator.prose" + ("" if ind.name_start is not None else "+inherited_name"),
                confidence=1.0 if ind.name_start is not None else 0.7,
                name=name, name_start=name_start, key=match_key(name, ind.unit),
                value=ind.value, value_max=ind.value_max, qualifier=ind.qualifier, unit=ind.unit,
                per=ind.per, direction=ind.direction, per_year=ind.per_year, averaging=ind.averaging,
                change=ind.change, change_unit=ind.change_unit, change_base=ind.change_base,
                period=ind.period, period_source=ind.period_source if ind.period else None,
                framing=ind.framing, achievement_pct=ind.achievement_pct,
                achievement_base=ind.achievement_base, status=status, figures=figures,
                breakdown=breakdown, **where))
        return out


@cache
def _starts_with_noun(phrase: str) -> bool:
    from underthesea import pos_tag

    try:
        tags = pos_tag(phrase)
    except Exception:  # pragma: no cover
        return False
    return bool(tags) and tags[0][1] in ("N", "Np", "Nc", "Ny", "Nb")


def _restates(fig, pct) -> bool:
    if fig.kind != "fraction" or not fig.denominator:
        return False
    return abs(fig.numerator / fig.denominator * 100 - pct.value) < 0.6


@cache
def _verb_only(phrase: str) -> bool:
    """True when underthesea tags every word of ``phrase`` a verb, adjective or adverb
    (``chăm sóc``, ``kết nạp``): an action, not the name of what is measured."""
    from underthesea import pos_tag

    try:
        tags = [t for _, t in pos_tag(phrase)]
    except Exception:  # pragma: no cover - the tagger is optional help, never a failure
        return False
    return bool(tags) and all(t in ("V", "A", "R") for t in tags)


def rec_q(rec):
    return getattr(rec, "qualifier", None)


def _fallback_period(report, periods):
    """(period, source) for a statement whose sentence names none: the last period in the heading
    of its section or of a section above it, else the year of the document's date."""
    from baocao.resolve.metadata import document_date

    m = report.offsets
    by_section: dict[int, str] = {}
    for sec in report.sections:
        a, b = m.span_to_clean(sec.start, sec.end)
        inside = [p for p in periods if a <= p[0] and p[1] <= b]
        if inside:
            by_section[sec.index] = inside[-1][2]
    year = None

    def fallback(pos: int):
        nonlocal year
        sec = report.section_at(m.to_original(pos))
        while sec is not None:
            if sec.index in by_section:
                return by_section[sec.index], "section"
            sec = report.sections[sec.parent] if sec.parent is not None else None
        if year is None:
            year = document_date(report.original, [r for r in report.records if r.kind == "date"])[2] or 0
        return (str(year), "document") if year else (None, None)

    return fallback


def resolve(report) -> tuple[list, list[Unattached]]:
    """Return the prose indicator records of a :class:`~baocao.report.Report` and the figures left
    unattached.

    >>> import baocao
    >>> r = baocao.parse("Tổng đàn gia súc đạt 42.719 con, trung bình tăng 2,5%/năm, đạt 71% NQĐH⁶; "
    ...                  "tổng đàn gia cầm đạt 287.815 con.\\n\\n⁶ Trong đó: Đàn trâu 4.230 con.\\n")
    >>> i = r.indicators[0]
    >>> i.name, i.value, i.unit, i.change, i.direction, i.averaging, i.achievement_pct, i.breakdown
    ('Tổng đàn gia súc', 42719.0, 'con', 2.5, 'tăng', 'trung bình', 71.0, 6)
    >>> i.key, i.status, i.achievement_base, len(i.figures)
    ('livestock_herd', 'chưa đạt', 'NQĐH', 3)
    >>> [(x.name, x.value) for x in r.indicators[1:]]
    [('tổng đàn gia cầm', 287815.0), ('Đàn trâu', 4230.0)]
    """
    # The rules read the clean text (NFC, page breaks joined, OCR repaired: report.text), so a
    # statement cut by a page break is one statement and NFD text matches the vocabulary; every
    # offset is mapped back to the original when a record is made.
    t, m = report.text, report.offsets
    figures = [r for r in report.records if r.kind in VALUE_KINDS]
    source, clean = {}, []
    for r in figures:
        a, b = m.span_to_clean(r.start, r.end)
        source[a] = r
        clean.append(r.model_copy(update={"start": a, "end": b, "text": t[a:b]}))
    anchors = sorted((m.to_clean(n.anchor_start), n.marker) for n in report.footnotes
                     if n.anchor_start is not None)

    def section_of(pos):
        s = report.section_at(m.to_original(pos))
        return s.path if s else None

    def line_end(pos):
        e = t.find("\n", pos)
        return len(t) if e < 0 else e

    periods, covered = [], []
    for r in report.records:
        if r.kind == "period":
            a, b = m.span_to_clean(r.start, r.end)
            covered.append((a, b))
            if r.period_type != "comparison":
                periods.append((a, b, r.label))
    res = _Resolver(t, clean, anchors, section_of, line_end, report.original, m, source, periods, covered)
    headings = {s.start for s in report.sections}
    for s in report.sentences:
        if s.start in headings:
            continue
        res.scope(*m.span_to_clean(s.start, s.end), {})
    for note in report.footnotes:
        a = note.body_start
        res.scope(*m.span_to_clean(a, a + len(note.body)), {}, None, footnote=note.marker)
    claimed = {source[r.start].start for r in clean if r.start in res.owner}
    loose = {u.start for u in res.unattached}
    in_table = [(tb.start, tb.end) for tb in report.tables]
    for r in figures:
        if r.start in claimed or r.start in loose:
            continue
        if any(a <= r.start < b for a, b in in_table):
            continue
        res.unattached.append(Unattached(r.kind, r.text, r.start, r.end,
                                         "in a heading or outside running text and footnote bodies",
                                         r.sentence, r.footnote))
    recs = res.records(report.doc, _fallback_period(report, periods))
    recs.sort(key=lambda r: (r.start, r.end))
    return recs, sorted(res.unattached, key=lambda u: u.start)
