"""Records from drafts: :class:`~baocao.schema.Indicator` and
:class:`~baocao.schema.IndicatorSummary`, in original offsets, with their footnote breakdown, their
period (the statement's, else the fallback's) and their status (written, else from the achievement).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any, Callable, Optional, Union

import regex

from baocao.core.fold import fold
from baocao.extract import build_record
from baocao.resolve.base_asides import base_aside_period
from baocao.resolve.base_levels import base_level_period, base_opener_period, level_of_a_base
from baocao.resolve.context import Context, Draft
from baocao.resolve.counted import clause_says_otherwise, lead_says_otherwise
from baocao.resolve.crop_verbs import verb_crop_key
from baocao.resolve.crops import crop_key, sentence_crop_key
from baocao.resolve.growth_parts import carry_to_growth_parts
from baocao.resolve.key_figures import index_measure, with_added, with_received
from baocao.resolve.key_parts import part_key
from baocao.resolve.keys import key_unit, match_key, national_key
from baocao.resolve.scope import as_regional
from baocao.resolve.season_runs import season_of_run
from baocao.resolve.singled_times import singles_out_a_time
from baocao.resolve.structure_shares import structure_share
from baocao.resolve.strive_openers import aims_before
from baocao.resolve.sentence_framing import carry_estimates, level_of_another_period
from baocao.resolve.target_paragraphs import carry_target_paragraphs
from baocao.resolve.target_runs import carry_target_runs
from baocao.resolve.sentence_periods import sentence_periods
from baocao.resolve.measure import POINTS, is_contribution, measure_of
from baocao.resolve.period_labels import ends_before
from baocao.resolve.phrases import clean_name
from baocao.resolve.now_after import now_after_period
from baocao.resolve.periods import (
    PeriodFallback, aside_period, cumulative_lead, framing_by_time, last_month, months_so_far,
    now_before, part_of_time,
)
from baocao.resolve.now_adverb import now_adverb_before
from baocao.resolve.places import other_place, without_home
from baocao.resolve.plan_names import PLAN_NAME_REASON, named_by_its_plan
from baocao.resolve.plan_status import status_written_after
from baocao.resolve.reach import STOP_MARK, last_after, line_start_within
from baocao.resolve.part_periods import whole_own_period
from baocao.resolve.term_rates import over_past_term, yearly_of_one_year
from baocao.resolve.to_date import to_date_period
from baocao.resolve.years_back import over_years_back
from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import (BREAKDOWN_FRAMING_OPENER, BREAKDOWN_OPENER, SEASON, SEASON_YEAR, THIS_MONTH, TO_DATE,
                                       WORDS)
from baocao.schema import Indicator, IndicatorSummary

if TYPE_CHECKING:
    from baocao.schema.records import Framing, Status


def records(ctx: Context, doc: Optional[str], fallback: Optional[PeriodFallback] = None,
            framing: Optional[Callable[[int], Optional[Framing]]] = None, home: Optional[str] = None,
            years: tuple[Optional[int], Optional[int]] = (None, None), national: bool = False
            ) -> list[Union[Indicator, IndicatorSummary]]:
    """The records of the drafts of ``ctx`` that hold figures; ``fallback(pos)`` gives (period,
    source) for an indicator whose statement and sentence name no period (a lead-in's, its section
    heading's, the document's); ``framing(pos)`` the framing of a lead-in that governs a statement
    whose own words frame nothing; a statement named by another place than ``home`` (the
    document's province, folded) leaves its figures unattached (:mod:`~baocao.resolve.places`).
    ``years`` are the year the document reports on and the year of its date
    (:class:`~baocao.resolve.governing.DocumentTime`): a statement of an earlier year takes no framing
    from around it, one of a later year than the date is a target (:func:`~baocao.resolve.periods.framing_by_time`).
    ``national``: the document reports on the country (:mod:`~baocao.resolve.scope`): keys are the
    national ones (:func:`~baocao.resolve.keys.national_key`)."""
    out: list[Union[Indicator, IndicatorSummary]] = []
    drafts = [d for d in ctx.drafts if d.figs]
    # a breakdown follows the statement written before it, not an aside in a parenthesis read last
    # ("… (6 tháng tăng 11,29%, quý III tăng 9,09%), trong đó: …"; "tăng 9,48% (công nghiệp tăng 19,71%)")
    whole_of: dict[int, tuple[Draft, int]] = {}     # the whole, and the end of the figure right before
    outer: Optional[Draft] = None
    before: Optional[Draft] = None
    last_end = -1
    for draft in sorted(drafts, key=lambda d: d.figs[0].start):
        whole = before if draft.in_parens else outer   # in a parenthesis: the statement right before
        if whole is not None:
            whole_of[id(draft)] = whole, last_end
        if not draft.in_parens:
            outer = draft
        before = draft
        last_end = max(last_end, draft.figs[-1].end)
    # "… ước đạt 18.230 tỷ đồng, …; toàn tỉnh thu hút được 17 dự án": an estimate frames its sentence
    in_text_order = sorted(drafts, key=lambda d: d.figs[0].start)
    carry_estimates(ctx, in_text_order)
    # "Mục tiêu … năm 2023 phấn đấu … . Thu nhập bình quân đạt 59 triệu đồng": a list of targets to the paragraph's end
    carry_target_paragraphs(ctx, in_text_order)
    # "… nhiệm kỳ 2025-2030, tỉnh … phấn đấu, …" / "Hằng năm, tỷ lệ … đạt 80% trở lên": a run of a term's targets
    carry_target_runs(ctx, in_text_order)
    # "Thu ngân sách … 2 tháng đầu năm 2014 … đạt 576.407 triệu đồng; Thu nội địa ước tính đạt …": the sentence's period
    carried = sentence_periods(ctx, in_text_order)
    # "… ước tính tăng 4,48% …. Trong mức tăng chung của toàn nền kinh tế, khu vực … tăng 3,16%": its parts
    carry_to_growth_parts(ctx, in_text_order)
    previous = None
    # the whole a part's key is read under: a list's later items go on with their first item's whole
    # ("Tổng thu ngân sách …, trong đó: ngân sách trung ương 65 tỷ đồng, ngân sách địa phương 40 tỷ đồng")
    key_whole: dict[int, Draft] = {}
    dropped: set[str] = set()       # the plan words that named a figure left out ("KH"): its inheritors go too
    for draft in drafts:
        # "Cơ cấu kinh tế chuyển dịch …, nông- lâm- ngư nghiệp giảm từ 46,47% xuống còn 28,1%": a sector's share
        draft.listed_share = (draft.listed_share or _in_a_list_of_shares(ctx, previous, draft)
                              or structure_share(ctx, draft))
        if id(draft) in whole_of:
            goes_on = _frame_breakdown(ctx, *whole_of[id(draft)], draft)
            whole = whole_of[id(draft)][0]
            key_whole[id(draft)] = key_whole.get(id(whole), whole) if goes_on else whole
            aside_period(draft, whole_of[id(draft)][0])
            base_level_period(ctx, draft, whole_of[id(draft)][0])
            base_aside_period(ctx, draft, whole_of[id(draft)][0])   # "(cùng kỳ năm 2022 tăng 8,9%)"
        previous = draft
        if not draft.summary:
            place = other_place(clean_name(draft.name), home)
            if place is not None:         # "Hải Phòng tăng 9,94%" in a report of Hưng Yên
                for rec in draft.figs:
                    ctx.skip(rec, f"another place: the statement is about {place}, not the document's place")
                continue
            if named_by_its_plan(draft, clean_name(draft.name), dropped):     # "(KH 2023: 18-19%)", "đạt 31,7% KH"
                dropped.add(clean_name(draft.name))
                for rec in draft.figs:
                    ctx.skip(rec, PLAN_NAME_REASON)
                continue
        if framing is not None and draft.framing == "actual":
            draft.framing = framing(draft.figs[0].start) or "actual"
        if draft.summary:
            out.append(_summary_record(ctx, draft, doc))
        else:
            whole = whole_of[id(draft)][0] if draft.in_breakdown and id(draft) in whole_of else None
            named_whole = key_whole[id(draft)] if whole is not None else None
            out.append(_indicator_record(ctx, draft, doc, fallback, home, years,
                                         whole.measure_hint if whole is not None else None, national,
                                         named_whole.name if named_whole is not None else None,
                                         carried.get(id(draft)), whole.unit if whole is not None else None))
    return out


def _span(ctx: Context, draft: Draft) -> tuple[int, int]:
    """The clean span of a draft: from its name (or first figure) to the end of its last figure."""
    first = draft.figs[0]
    start = min(first.start, draft.name_start if draft.name_start is not None else first.start)
    return start, max(r.end for r in draft.figs)


def _breakdown(ctx: Context, start: int, extent_end: int) -> Optional[int]:
    """The marker of the first footnote anchor in [start, extent_end] (clean offsets)."""
    i = bisect_left(ctx.anchor_starts, start)
    if i < len(ctx.anchor_starts) and ctx.anchor_starts[i] <= extent_end:
        return ctx.anchors[i][1]
    return None


def _common(ctx: Context, draft: Draft, doc: Optional[str]) -> dict[str, Any]:
    """The fields every record of a draft has: text and span, figures, where it sits."""
    start, end = _span(ctx, draft)
    start, end = ctx.to_original(start, end)
    first = draft.figs[0]
    return dict(text=ctx.original[start:end], start=start, end=end,
                figures=[list(ctx.to_original(r.start, r.end)) for r in draft.figs],
                doc=doc, section=first.section, sentence=first.sentence, footnote=first.footnote)


def _summary_record(ctx: Context, draft: Draft, doc: Optional[str]) -> IndicatorSummary:
    assert draft.count is not None, "a summary's draft has its count"
    return build_record(IndicatorSummary, dict(
        rule="indicator.summary", count=draft.count, total=draft.total, status=draft.status,
        threshold_pct=draft.threshold, qualifier=draft.threshold_qualifier or draft.qualifier,
        base=draft.achievement_base, framing=draft.framing, **_common(ctx, draft, doc)))


_SENTENCE_END = regex.compile(r"[.!?](?:\s|$)|\n")
# a part of a list ended by ";" and the next item's mark on the next line ("…;\n+ Cây ngô: …"): the
# list of a breakdown goes on
_NEXT_LIST_ITEM = regex.compile(r";[ \t]*\n[ \t]*[-+•*–][ \t]")
# a sentence's end in a gap before a breakdown's opener; a letter after the last one: the opener's own
# sentence has words before it
_STOP_OR_LINE = regex.compile(r"[.!?…](?=\s)|\n")
_LETTER = regex.compile(r"\p{L}")
# … unless they are only a list's opener or a breakdown's label ("Cụ thể, trong đó …", "Phân theo nguồn vốn, trong
# đó …"), which name no whole of their own (folded)
_ONLY_A_LEAD = regex.compile(rf"\s*(?:{words_pattern(WORDS.list_openers)}|{words_pattern(WORDS.breakdown_labels)}"
                             r"[^,:;]*)\s*[,:]?\s*")


def _in_a_list_of_shares(ctx: Context, previous: Optional[Draft], draft: Draft) -> bool:
    """True when ``draft`` follows a share in the same sentence and is a percentage too (``tỷ trọng
    ngành nông - lâm nghiệp và thủy sản ước đạt 28,9%, …; công nghiệp - xây dựng ước đạt 26,5%``)."""
    if previous is None or draft.unit != "%" or previous.unit != "%" or draft.value_changed:
        return False
    if previous.measure_hint != "share":
        return False
    gap = ctx.text[previous.figs[-1].end:draft.figs[0].start]
    return _SENTENCE_END.search(gap) is None


def _named_after(ctx: Context, end: int, name: str) -> bool:
    """True when the phrase right after a figure ending at clean offset `end` opens with `name`'s first word
    (``100% các xã có đường …``: the figure named by what follows it)."""
    words = fold(name).lower().split()
    return bool(words) and ctx.folded[end:end + 40].lower().split()[:1] == words[:1]


def _frame_breakdown(ctx: Context, previous: Draft, after: int, draft: Draft) -> bool:
    """A statement opened by ``trong đó`` after another (or in the same sentence as a part so
    opened, or in the next item of its list, the part before ending with ``;``) is a part of its
    breakdown: framed as it is when it is an estimate or a target (``… ước đạt 3,122 tỷ đô la Mỹ.
    Trong đó, khu vực kinh tế trong nước đạt 587,3 triệu đô la Mỹ``) unless its own words name a part
    of the whole's time (``Phân theo quý: sơ bộ quý I tăng 8,80%``), and over its period when it names none of its own. After ``Phân theo …:``/``Chia ra``
    (``breakdown_framing_openers``) the parts take the framing only. ``previous`` is the statement
    written before it (not an aside in a parenthesis), ``after`` the end of the figure right before
    it (an aside's too). True when the draft goes on with the list of parts ``previous`` belongs to
    (no opener of its own between them), so that both are parts of one whole."""
    if previous.summary or not draft.figs or not previous.figs:
        return False
    gap_start = max(after, previous.figs[-1].end)
    gap = ctx.folded[gap_start:draft.figs[0].start]
    if len(gap) > MAX_BREAKDOWN_GAP:
        return False
    opener = None
    for opener in BREAKDOWN_OPENER.finditer(gap):    # the last one
        pass
    # "… đạt 77,89% so kế hoạch. Trong đó, … đạt 907 tỷ triệu đồng. Đến nay, … có 456/462 doanh nghiệp …":
    # an opener read in an earlier sentence (its own figure not a statement) opens no part in a later one
    opened = opener is not None and STOP_MARK.search(gap, opener.end()) is None
    if opened and opener is not None and singles_out_a_time(ctx, opener, gap_start, draft, previous):
        return False    # "Riêng tháng 06 năm 2018, …": a time singled out, no part of the whole before it
    stop = None
    head = opener.start() if opener is not None and opened else 0
    for stop in _STOP_OR_LINE.finditer(gap, 0, head):      # the last one
        pass
    if (stop is not None and _LETTER.search(gap, stop.end(), head)
            and _ONLY_A_LEAD.fullmatch(gap, stop.end(), head) is None):
        # "… chiếm trên 53%. Sản xuất lúa đạt kết quả khá; trong đó, năng suất …": an opener after a
        # sentence's own words names that sentence's whole, not the statement of the sentence before
        return False
    goes_on = previous.in_breakdown and _SENTENCE_END.search(_NEXT_LIST_ITEM.sub(" ", gap)) is None
    if not (opened or goes_on or BREAKDOWN_FRAMING_OPENER.search(gap)):
        return False
    if draft.period_source == "statement" and ends_before(draft.period, previous.period) and STOP_MARK.search(gap):
        # "Đến năm 2020, tỉnh … phấn đấu … . Theo đó, đến nay, tổng nguồn lực … giai đoạn 2010 – 2019 là hơn
        # 5.923,5 tỷ đồng": a sentence its own words date to a time over before the whole's is no part of it
        # (in the whole's sentence, a plan's part may be of the year before: "… năm 2025 là 22.143 tỷ đồng
        # (gồm kế hoạch năm 2025 là 19.596 tỷ đồng; vốn năm 2024 chuyển sang là 2.548 tỷ đồng)")
        return False
    draft.in_breakdown = True
    draft.breakdown_dated = opened or (goes_on and previous.breakdown_dated)
    own_period = draft.period_source == "statement" and part_of_time(draft.period, previous.period)
    # "…, trong đó: khu vực A ước đạt 3.687 tỷ đồng; khu vực B đạt 234 tỷ đồng": a part's own estimate
    # word frames that part only, not the next part of the list
    sibling_own = goes_on and not opened and previous.framing_own
    if (draft.framing == "actual" and previous.framing in ("estimate", "target") and not own_period
            and not sibling_own):
        # ("Phân theo quý: sơ bộ quý I tăng 8,80%; …" after an estimate of nine months: a part of
        # its time, named in its own words, is no part of the estimate)
        draft.framing = previous.framing
    if draft.breakdown_dated and draft.period is None and previous.period is not None:
        # "… quý I-2023 ước đạt 7.285,6 triệu USD. Trong đó, khu vực kinh tế trong nước 1.356,9 triệu
        # USD": the parts hold over the whole's period
        draft.period, draft.period_source = previous.period, previous.period_source or "clause"
        own = cumulative_lead(ctx.folded, draft.figs[0].start)
        if own or cumulative_lead(ctx.folded, previous.figs[0].start):
            # "… tháng 11 được 525.969 triệu đồng, lũy kế được 8.812.251 triệu đồng. Trong đó, thu nội địa
            # được 230.000 triệu đồng, …": a part holds over the whole's month, or the months so far
            # when it says "lũy kế" itself
            draft.period = months_so_far(draft.period) if own else last_month(draft.period)
    elif draft.breakdown_dated and draft.period is None and previous.undated and previous.period is None:
        # "qua 8 năm thực hiện …, tổng nguồn lực … đạt 2.119 tỷ đồng. Trong đó, nhân dân đóng góp trên 250 tỷ
        # đồng": the parts of a whole that no period dates have none either
        draft.undated = True
    elif draft.breakdown_dated:
        # "trong tháng 8 năm 2017, … nâng tổng số lượt khách … trong 8 tháng đầu năm 2017 lên hơn 460 ngàn
        # lượt khách, … trong đó … hơn 45 ngàn lượt khách quốc tế": the whole's own time, not the opener's
        whole_own_period(draft, previous)
    return goes_on and not opened


SEASON_REACH = 400
"""How far before a statement's first figure (inside its paragraph) a crop season is looked for."""
MONTH_LABEL = regex.compile(r"(\d{4})-\d{2}")


def _season_year(ctx: Context, pos: int, period: Optional[str], source: Optional[str]) -> Optional[str]:
    """A crop season's figure dated only by the month of the document or of its section (``Vụ mùa:
    … năng suất lúa vụ mùa ước đạt 61,0 tạ/ha`` in a report of tháng 11 năm 2023), or by a month its
    sentence says the season has run to (``to_date_words``: ``Tính đến trung tuần tháng Năm, … gieo cấy
    được 9.820,03 ha``), holds for the season, which that month does not bound: the year written after
    the season word (``Vụ đông 2024:``, ``vụ Đông Xuân 2023-2024``), else the month's year (``2023``).
    A season word (``season_words``) must stand in the statement's paragraph before its figure (clean
    offset `pos`), and no ``this_month_words`` in its sentence (``Trong tháng … diện tích thu hoạch
    1.962,55 ha``)."""
    month = MONTH_LABEL.fullmatch(period) if period and source in ("section", "document", "clause", "sentence") else None
    if month is None:
        return period
    text = ctx.lower
    paragraph = line_start_within(text, pos, SEASON_REACH)
    sentence = last_after(text, ". ", paragraph, pos)
    if source in ("clause", "sentence") and TO_DATE.search(text, sentence, pos) is None:
        return period
    seasons = list(SEASON.finditer(text, paragraph, pos))
    if not seasons or THIS_MONTH.search(text, sentence, pos):
        return period
    for m in reversed(seasons):
        written = SEASON_YEAR.match(text, m.end())
        if written is not None:
            return "-".join(y for y in written.groups() if y)
    return month.group(1)


MAX_BREAKDOWN_GAP = 200
"""At most this many characters between a figure and the next part of its breakdown."""


def status_of(draft: Draft, achievement: Optional[float] = None) -> Optional[Status]:
    """The status written in the statement, else the one its achievement says (`achievement`, when
    given, is the one computed from value and target); a target's achievement (``phấn đấu … đạt 100% chỉ
    tiêu``) is a goal, no result: no status unless one is written."""
    pct = draft.achievement_pct if achievement is None else achievement
    if draft.status is None and pct is not None and draft.framing != "target":
        return "vượt" if pct > 100 else "đạt" if pct == 100 else "chưa đạt"
    return draft.status


def _indicator_record(ctx: Context, draft: Draft, doc: Optional[str], fallback: Optional[PeriodFallback],
                      home: Optional[str] = None, years: tuple[Optional[int], Optional[int]] = (None, None),
                      whole_measure: Optional[str] = None, national: bool = False,
                      whole_name: Optional[str] = None, sentence_period: Optional[str] = None,
                      whole_unit: Optional[str] = None) -> Indicator:
    start, _ = _span(ctx, draft)
    breakdown = _breakdown(ctx, start, draft.extent_end)   # anchors are clean offsets, as the extent is
    common = _common(ctx, draft, doc)
    name_start = None if draft.name_start is None else ctx.to_original(draft.name_start, draft.name_start)[0]
    if draft.framing == "target" and draft.target is not None and not aims_before(ctx, draft.figs[0].start):
        # "chỉ tiêu về tốc độ tăng trưởng GRDP đạt 7,42% (kế hoạch tăng 10-11%)": a figure read against a
        # plan of its own is the result, not the plan, whatever target word names or frames it; not an aim
        # set above its plan ("Năm 2025 phấn đấu tăng trưởng kinh tế 8,5% (kế hoạch tăng 8%)")
        draft.framing = "actual"
    if draft.period is None and fallback is not None and not draft.undated:
        first = draft.figs[0].start
        now = now_before(ctx, first) or now_after_period(ctx, first)     # "… (826 sản phẩm đạt 3 sao; 164 …)"
        draft.period, draft.period_source = fallback(first, now=now)
        if draft.period_source in ("sentence", "clause") and now_adverb_before(ctx, first):
            now = True      # "Hiện quận có 10.134 cơ sở": the document's date, not an earlier sentence's period
            draft.period, draft.period_source = fallback(first, now=True)
        if (sentence_period is not None and sentence_period != draft.period and not now
                and draft.period_source in (None, "document")):
            draft.period, draft.period_source = sentence_period, "sentence"    # its sentence's first statement's
        if draft.framing == "target" and ctx.new_term and draft.period_source in (None, "document"):
            # a congress's target that names no period ("Đồng thời, phấn đấu … đạt 100%"): the new term
            draft.period, draft.period_source = ctx.new_term, "document"
    if over_years_back(ctx, draft):     # "Trong những năm qua, … tăng bình quân hàng năm 12,4%": no one year
        draft.period, draft.period_source, draft.undated = None, None, True
    if (draft.framing == "target" and ctx.new_term and draft.period == ctx.new_term[-4:]
            and draft.unit == "%" and (draft.per_year or draft.per == "năm")):
        # "các chỉ tiêu chủ yếu đến năm 2020 như: Tổng sản phẩm … tăng bình quân từ 8%/năm" at a congress
        # opening 2015-2020: a yearly rate to the new term's last year holds over the term
        draft.period = ctx.new_term
    if over_past_term(ctx, draft):    # "GRDP bình quân mỗi năm tăng 8,14%" at a congress closing 2015-2020
        draft.period, draft.period_source = ctx.past_term, draft.period_source or "document"
    elif yearly_of_one_year(ctx, draft):    # "…còn 1,97% (cuối năm 2019); tạo việc làm hàng năm cho hơn 4.000 lao động"
        draft.period, draft.period_source = None, None
    level_period = level_of_a_base(ctx, draft) or base_opener_period(ctx, draft)
    if level_period is not None:     # "thấp hơn mức 7,05% cùng kỳ năm 2018": the level of that period
        draft.period, draft.period_source = level_period, "statement"
    other = level_of_another_period(ctx, draft)
    if other is not None:   # "cao hơn mức tăng 1,96% của quý trước": that quarter's level, no estimate
        draft.framing = "actual"
        if other[0] is not None:
            draft.period, draft.period_source = other[0], "statement"
    if draft.figs:
        month = draft.period
        draft.period = _season_year(ctx, draft.figs[0].start, draft.period, draft.period_source)
        up_to = to_date_period(ctx, draft, years[0]) if draft.period == month else None
        if up_to is not None and up_to != draft.period:
            # "Đến ngày 31 tháng 10, tổng vốn huy động …": a stock at the month, a flow up to it
            draft.period, draft.period_source = up_to, "clause"
        elif up_to is None and draft.period == month:   # "Vụ đông xuân" / "Lúa gieo trồng 889 ha": the season's
            draft.period = season_of_run(ctx, draft.figs[0].start, draft.period, draft.period_source)
    # a part of a breakdown takes its whole's framing, past or not ("Tổng kế hoạch vốn năm 2021 là 62 tỷ
    # đồng (trong đó: vốn NSTW năm 2021 là 24 triệu đồng; …)": the plan's parts)
    # (a result read against a plan written before it, "… đạt 6,7% GDP, nhưng kết quả chỉ đạt 6,21%", was reached
    # whatever year its plan names)
    if not draft.target_before:
        draft.framing = framing_by_time(draft.framing, draft.framing_own or draft.in_breakdown, draft.period,
                                        draft.period_source, *years)
    name = without_home(clean_name(draft.name), home)
    named = draft.name_start is not None
    measure = measure_of(name, draft.unit, draft.value, lead=draft.value_lead, changed=draft.value_changed,
                         multiple=draft.unit == "lần", listed_share=draft.listed_share,
                         named_after=(named and bool(draft.figs) and not (draft.per_year or draft.per == "năm")
                                      and _named_after(ctx, draft.figs[0].end, draft.name)))
    if measure == "level" and draft.unit == "%" and (draft.listed_share or whole_measure == "growth"):
        # a percentage listed after a share, or under a lead that names one; a part of a growth's
        # breakdown ("GRDP … đạt 8,2%. Trong đó, khu vực dịch vụ đạt 8,6%")
        measure = "share" if draft.listed_share else "growth"
    if draft.growth_named and draft.unit == "%" and measure in ("level", "share"):
        measure = "growth"      # "nông nghiệp chiếm tỷ lệ 51,3%, tăng trưởng bình quân đạt 3,62%" (inherited_names.py)
    # "(đóng góp 5% vào mức tăng chung)": a contribution to growth is keyed as the points it is
    unit = POINTS if draft.unit == "%" and is_contribution(draft.value_lead) else draft.unit
    draft.measure_hint = measure
    achievement = draft.achievement_pct
    # "12.345/10.000 tỷ đồng": 123.45; against a range plan ("76,8 triệu đồng (kế hoạch 78-79 triệu đồng)")
    # either end would be a guess: none; nor against a plan written before the value, in a clause of its own
    if (achievement is None and draft.target and draft.value is not None and draft.unit != "%"
            and not draft.target_range and not draft.target_before):
        achievement = round(100.0 * draft.value / draft.target, 2)
    # in a national document the vocabulary's province entries are matched with GDP written as GRDP,
    # and give their national keys (resolve/scope.py)
    # "thu ngân sách đạt 119,09% kế hoạch": an achievement alone is of a plan's level, not of a growth
    of_level = measure is None and draft.value is None and achievement is not None
    # "GRDP … đạt 113,94%": an index of the level, no growth; "công nhận thêm 42 sản phẩm OCOP": an
    # amount added (resolve/key_figures.py)
    keyed = index_measure(name, unit, draft.value, measure, changed=draft.value_changed, lead=draft.value_lead)
    # "xã Đăk Kôi đạt 05 tiêu chí xã nông thôn mới": named by the place, keyed by what it measures
    key_name = with_added(draft.key_measure or name, draft.value_lead)
    key = (of_level and match_key(as_regional(key_name) if national else key_name, key_unit(unit, draft.per), "level")
           or match_key(as_regional(key_name) if national else key_name, key_unit(unit, draft.per), keyed))
    if key is None and draft.key_lead:   # "thành lập 3 hợp tác xã kiểu mới": the verb says they are new
        key = match_key(f"{draft.key_lead} {key_name}", key_unit(unit, draft.per), keyed)
    if key is None and draft.key_second:   # "giới thiệu, tạo việc làm cho 5.320 lao động": the second verb
        key = match_key(with_added(draft.key_second, draft.value_lead), key_unit(unit, draft.per), keyed)
    if key is None and with_received(key_name, draft.value_lead) != key_name:   # "ước đón 59 ngàn lượt khách"
        key = match_key(with_received(key_name, draft.value_lead), key_unit(unit, draft.per), keyed)
    if key is None:    # "Lúa mùa: … Sản lượng thu hoạch ước đạt 105.604,81 tấn": the crop named before
        key = crop_key(ctx.text, start if draft.name_start is None else draft.name_start, key_name,
                       key_unit(unit, draft.per), keyed)
        # "toàn tỉnh gieo trồng được 25.976 ha lúa": the verb says which area of the crop (crop_verbs.py)
        key = key or verb_crop_key(key_name, draft.value_lead, key_unit(unit, draft.per), keyed)
    else:   # "- Lúa mùa: … tổng diện tích gieo trồng đạt …": the crop its sentence or line's label names
        key = sentence_crop_key(ctx.text, start if draft.name_start is None else draft.name_start, key_name,
                                key_unit(unit, draft.per), keyed) or key
    if whole_name:   # "kim ngạch xuất khẩu …. Trong đó, khu vực kinh tế trong nước đạt …": the part of
        # its whole before its own name's key ("giá trị sản xuất …, trong đó ngành công nghiệp-xây dựng"
        # is the production value of the sector, not the sector's value added)
        key = part_key(clean_name(whole_name), key_name, key_unit(unit, draft.per), keyed) or key
    if key is not None and (clause_says_otherwise(ctx.text, draft.figs[0].start, name, draft.unit, key)
            or lead_says_otherwise(ctx.text, start if draft.name_start is None else draft.name_start, key,
                                   # the whole's unit says what it counts too ("850 học sinh, trong đó …")
                                   f"{clean_name(whole_name)} {whole_unit or ''}".strip() if whole_name else None)):
        key = None     # "đã thi hành kỷ luật 42 tổ chức và 900 đảng viên": not the membership (resolve/counted.py)
    # the values are of the record's types (build_record checks each, pydantic makes any other)
    return build_record(Indicator, dict(
        rule="indicator.prose" + ("" if named else "+inherited_name"), confidence=1.0 if named else 0.7,
        name=name, name_start=name_start, key=national_key(key) if national else key,
        value=draft.value, value_max=draft.value_max, qualifier=draft.qualifier, unit=draft.unit,
        per=draft.per, direction=draft.direction, per_year=draft.per_year, averaging=draft.averaging,
        change=draft.change, change_unit=draft.change_unit, change_base=draft.change_base,
        period=draft.period, period_source=draft.period_source if draft.period else None,
        framing=draft.framing, measure=measure,
        from_value=draft.from_value, from_period=draft.from_period, target=draft.target,
        achievement_pct=achievement, achievement_base=draft.achievement_base, margin=draft.margin,
        status=status_of(draft, achievement) or status_written_after(ctx, draft), breakdown=breakdown, **common))
