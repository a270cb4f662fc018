"""Document metadata: the locality a report is about, its type, its date and its term, so indicator
tables from many documents can be stacked.

- **locality**: the district (``huyện``/``thị xã``/``thành phố`` + a name in underthesea's
  administrative data, ``underthesea/address/data/mapping.json``) named most often; its province
  comes from the same data (a name shared by districts of several provinces takes the province the
  text names); a commune only when the reporting body is a commune's (``Đảng bộ xã …``).
- **report_type**: ``political_report`` when the title block names a ``Báo cáo chính trị``,
  ``conference_news`` for an article about a conference, congress or working session, else ``news``
  (cues in ``data/metadata.yaml``).
- **date**: the date after a publication cue (``Tin đăng lúc 25-10-2020``), else the first date
  with its day near the top that does not date a document it cites nor an event it narrates (a founding,
  ``Năm thành lập: 1/9/1999``) (a month in a title, ``THÁNG 5 NĂM 2024``, or in a lead, ``trong tháng
  9/2023``, is a period, no date), else a draft's blank day (day, month, year; null where the document
  leaves them blank).
- **term**: the first year range of a ``nhiệm kỳ`` (else any term record with years).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Optional, Sequence

import regex

from baocao.core.fold import fold
from baocao.core.underthesea import underthesea_dir as _underthesea_dir
from baocao.core.user_vocabulary import DISTRICT_PREFIX, PROVINCE_PREFIX, places, province_names
from baocao.resolve._rules import VOCABULARY, load, words_pattern

if TYPE_CHECKING:
    from baocao.report import Report
    from baocao.schema import Date, DocRef

_R = load("metadata")
_DISTRICT_PREFIX = DISTRICT_PREFIX   # "Huyện", "Thị xã", …: the prefix of a district
_COMMUNE_PREFIX = regex.compile(r"^(?:Xã|Phường|Thị trấn)\s+")
_PROVINCE_PREFIX = PROVINCE_PREFIX


@dataclass(frozen=True)
class Locality:
    """An administrative place: province, district and commune names as the administrative data
    spells them (``Tỉnh Điện Biên``, ``Huyện Mường Ảng``), null where unknown."""

    province: Optional[str] = None
    district: Optional[str] = None
    commune: Optional[str] = None

    @property
    def name(self) -> Optional[str]:
        """The most specific name: ``Huyện Mường Ảng, Tỉnh Điện Biên``."""
        parts = [p for p in (self.commune, self.district, self.province) if p]
        return ", ".join(parts) or None


@dataclass(frozen=True)
class Metadata:
    """What a document is: ``locality``, ``report_type``, ``date`` (day, month, year), ``term``
    (start and end year)."""

    locality: Locality
    report_type: str
    day: Optional[int] = None
    month: Optional[int] = None
    year: Optional[int] = None
    term: Optional[tuple[int, Optional[int]]] = None   # a term may be written without its end


@cache
def _admin() -> tuple[dict[str, set[tuple[str, str]]], dict[tuple[str, str], set[str]], dict[str, str]]:
    data = json.loads((_underthesea_dir() / "address" / "data" / "mapping.json").read_text(encoding="utf-8"))
    districts: dict[str, set[tuple[str, str]]] = {}
    communes: dict[tuple[str, str], set[str]] = {}
    for row in data["ward_mapping"]:
        d, p, w = row.get("old_district") or "", row.get("old_province") or "", row.get("old_ward") or ""
        if not d:
            continue
        bare = _DISTRICT_PREFIX.sub("", d)
        districts.setdefault(fold(bare), set()).add((d, p))
        if w:
            wbare = _COMMUNE_PREFIX.sub("", w)
            communes.setdefault((fold(wbare), d), set()).add(w)
    provinces = province_names(data)
    for place in places(VOCABULARY) if VOCABULARY else ():   # a user vocabulary's places
        provinces[fold(_PROVINCE_PREFIX.sub("", place.province))] = place.province
        if place.district:
            districts.setdefault(fold(_DISTRICT_PREFIX.sub("", place.district)), set()).add(
                (place.district, place.province))
    return districts, communes, provinces


_NAME = r"((?:\p{Lu}[\p{L}']*)(?:[ \u00a0]+\p{Lu}[\p{L}']*){0,3})"
_DISTRICT_WORDS = "|".join(regex.escape(w) for w in sorted(_R.district_words, key=len, reverse=True))
_DISTRICT_NAME = regex.compile(rf"(?i:(?<!\p{{L}})(?:{_DISTRICT_WORDS}))[ \u00a0]+{_NAME}")
_PROVINCE_NAME = regex.compile(rf"(?i:tỉnh)[ \u00a0]+{_NAME}")
_COMMUNE_BODY = regex.compile(words_pattern(_R.commune_body_words))
_NAME_AFTER = regex.compile(rf"[ \u00a0]+{_NAME}")


def _locality(text: str) -> Locality:
    districts, communes, provinces = _admin()
    counts: Counter[str] = Counter()
    for m in _DISTRICT_NAME.finditer(text):
        tokens = m.group(1).split()
        for n in range(len(tokens), 0, -1):      # "Mường Ảng tổ chức" -> the longest known prefix
            key = fold(" ".join(tokens[:n]))
            if key in districts:
                counts[key] += 1
                break
    if not counts:
        return Locality()
    key = counts.most_common(1)[0][0]
    options = sorted(districts[key])
    if len(options) > 1:
        named = {provinces.get(fold(m.group(1))) for m in
                 _PROVINCE_NAME.finditer(text)}
        options = [o for o in options if o[1] in named] or options
        if len(options) > 1:
            return Locality()
    district, province = options[0]
    commune = None
    folded = fold(text)
    for m in _COMMUNE_BODY.finditer(folded):
        after = text[m.end():m.end() + 40]
        nm = _NAME_AFTER.match(after)
        if nm:
            hits = communes.get((fold(nm.group(1)), district))
            if hits and len(hits) == 1:
                commune = next(iter(hits))
                break
    return Locality(province, district, commune)


_DATE_CUE = regex.compile(words_pattern(_R.date_cues) + r"\s*$")
# "ngày   tháng 12 năm 2024": a draft leaves the day blank
_BLANK_DAY_DATE = regex.compile(
    r"ngay[ \u00a0.]*(\d{1,2})?[ \u00a0.]*thang[ \u00a0]*(\d{1,2})[ \u00a0]*nam[ \u00a0]*((?:19|20)\d\d)")
_REPORT_TYPES = [(t, regex.compile(words_pattern(t.cues)) if t.cues else None) for t in _R.report_types]


# between a reference number and the date of the document it names: "…/NĐ-CP ngày", "12-CT/TU, ngày"
_REF_TO_DATE = regex.compile(r"[ \u00a0]*,?[ \u00a0]*(?:ngày[ \u00a0]*)?", regex.IGNORECASE)


# at most this many words before a reference on its line: the line is its title ("Quyết định số …")
_TITLE_WORDS = 3


def _cited_dates(original: str, dates: Sequence[Date], refs: Sequence[DocRef]) -> set[int]:
    """The starts of the dates, near the top, that date a cited document: right after a reference
    (not a report's) that does not open its line."""
    if not refs:
        return set()
    ends = {r.end for r in refs if r.start < _R.date_within and (r.doc_type or "").upper() != "BC"
            and len(original[original.rfind("\n", 0, r.start) + 1:r.start].split()) > _TITLE_WORDS}
    out = set()
    for d in dates:
        if d.start >= _R.date_within:
            break
        for e in range(max(0, d.start - 12), d.start + 1):
            m = _REF_TO_DATE.match(original, e, d.start) if e in ends else None
            if m is not None and m.end() == d.start:
                out.add(d.start)
    return out


# "Năm thành lập: 1/9/1999", "đi vào hoạt động kể từ ngày 01/04/2014": the words between an event and its date
_EVENT_DATE = regex.compile(words_pattern(_R.event_date_words)
                            + r"[ \u00a0]*:?[ \u00a0]*(?:(?:ke[ \u00a0]+)?tu[ \u00a0]+|vao[ \u00a0]+)?(?:ngay[ \u00a0]*)?$")
_INSTRUMENT = regex.compile(words_pattern(_R.instrument_words))
_DAY_WORD_END = regex.compile(r"ngay[ \u00a0]*$")
_CLAUSE_END = regex.compile(r"[.;!?](?=\s)")
#: at most this many words between an instrument's word and the date it is given ("Nghị Quyết 830 của Ủy
#: ban Thường vụ Quốc Hội ngày 17/12/2019")
_INSTRUMENT_REACH = 12
# how far back from a date its line is read for an event or an instrument
_NARRATION_WINDOW = 200


def _narrated_dates(original: str, dates: Sequence[Date]) -> set[int]:
    """The starts of the dates, near the top, of an event the page narrates: a founding or a start of
    operations (``event_date_words`` right before the date: ``Năm thành lập: 1/9/1999``) or an instrument
    its clause cites (an ``instrument_words`` word not opening its line, then ``ngày`` and the date:
    ``… theo Nghị định số 70/CP ngày 11-11-1996``), whether or not its number is read as a reference."""
    out = set()
    for d in dates:
        if d.start >= _R.date_within:
            break
        line = original.rfind("\n", 0, d.start) + 1
        before = fold(original[max(line, d.start - _NARRATION_WINDOW):d.start])
        if _EVENT_DATE.search(before):
            out.add(d.start)
            continue
        if not (_DAY_WORD_END.search(before) or fold(original[d.start:d.start + 4]) == "ngay"):
            continue
        clause = ([m.end() for m in _CLAUSE_END.finditer(before)] or [0])[-1]
        last = None
        for m in _INSTRUMENT.finditer(before, clause):
            last = m
        if (last is not None and (line < d.start - _NARRATION_WINDOW or before[:last.start()].strip())
                and len(before[last.end():].split()) <= _INSTRUMENT_REACH):
            out.add(d.start)
    return out


def document_date(original: str, dates: Sequence[Date], refs: Sequence[DocRef] = ()
                  ) -> tuple[Optional[int], Optional[int], Optional[int]]:
    """Return the (day, month, year) of a document: the date after a publication cue (``Tin đăng
    lúc 25-10-2020``), else the first date with its day near the top (a month and year alone, ``tháng 5
    năm 2024`` in a title, is the period reported on, no date), else a draft's ``ngày   tháng 12 năm 2024``
    (its blank day null). `dates` are the document's date records; a year a record only inferred
    (``year_inferred``) does not count. `refs`, the document's references: a date written right after
    one (``được thành lập theo Nghị quyết số 22/2003/QH11 ngày 26/11/2003``) is the date of the
    document cited, not this one's, unless the reference opens its line (a title: ``Quyết định số
    388/QĐ-TTg ngày 10/4/2018 …``) or cites a report (``BC``: a news item dated by the report it tells);
    nor is the date of an event the page narrates (:func:`_narrated_dates`: ``Năm thành lập: 1/9/1999``,
    ``theo Nghị Quyết 830 của Ủy ban Thường vụ Quốc Hội ngày 17/12/2019``).

    >>> from baocao import extract
    >>> text = "Hà Nội, 07/02/2025 07:36. Ngày 3.2 …"
    >>> document_date(text, [r for r in extract(text) if r.kind == "date"])
    (7, 2, 2025)
    """
    cue = _DATE_CUE
    chosen = next((d for d in dates if cue.search(fold(original[max(0, d.start - 30):d.start]))), None)
    cited = _cited_dates(original, dates, refs) | _narrated_dates(original, dates)
    if chosen is None:
        chosen = next((d for d in dates if d.start < _R.date_within and d.start not in cited and d.day is not None), None)
    if chosen is not None:
        year = None if getattr(chosen, "year_inferred", False) else chosen.year
        return chosen.day, chosen.month, year
    # "ngày   tháng 12 năm 2024": a draft leaves the day blank
    m = next((m for m in _BLANK_DAY_DATE.finditer(fold(original[:_R.date_within])) if m.start() not in cited), None)
    if m:
        return (int(m.group(1)) if m.group(1) else None), int(m.group(2)), int(m.group(3))
    return None, None, None


def metadata(report: Report) -> Metadata:
    """Return the :class:`Metadata` of a parsed report.

    >>> import baocao
    >>> m = baocao.parse("Tin đăng lúc 25-10-2020\\nĐại hội Đảng bộ huyện Phong Thổ nhiệm kỳ 2020 – 2025. "
    ...                  "Huyện Phong Thổ có 4 xã đạt chuẩn nông thôn mới.").meta
    >>> m.locality.name, m.report_type, (m.day, m.month, m.year), m.term
    ('Huyện Phong Thổ, Tỉnh Lai Châu', 'conference_news', (25, 10, 2020), (2020, 2025))
    """
    o = report.original
    folded = fold(o)
    rtype = "news"
    for t, cues in _REPORT_TYPES:
        head = folded[:t.within]
        if cues is None or cues.search(head):
            rtype = t.type
            break
    day, month, year = document_date(o, [r for r in report.records if r.kind == "date"],
                                     [r for r in report.records if r.kind == "docref"])
    terms = [r for r in report.records if r.kind == "term" and r.start_year]
    term = None
    first = next((r for r in terms if fold(r.text).startswith("nhiem ky")), None) or (terms[0] if terms else None)
    if first is not None and first.start_year is not None:   # (each has a start year)
        term = (first.start_year, first.end_year)
    return Metadata(_locality(o), rtype, day, month, year, term)
