"""Reading a scope: its segments and chunks, the context they carry, and which indicator each figure goes to.

A segment without figures gives context to what follows it in the scope (a period, an estimate, a
target list opened by a colon, a label before a colon: ``Lĩnh vực Cư trú: 6.145/6.145 trường
hợp``; a clause of striving that opens the sentence: :mod:`~baocao.resolve.strive_openers`). In a segment with figures, the chunks before its first figure give context to the segment;
a chunk without figures extends the chunk before it (``98,89% cơ quan, đơn vị, doanh nghiệp đạt danh
hiệu văn hóa``), unless it holds only framing and period words (``ước thực hiện đến hết năm 2025``),
which frame what follows. Each figure is then *placed* (:func:`place`): it starts an indicator named
by the phrase before it (or after it), or joins the indicator before it.

The clause context is a dict: ``period``, ``period_source``, ``framing``, ``label``, ``section_target``.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Any, Optional

from baocao.core.fold import fold
from baocao.resolve.after_level import AGAIN, HELD, OTHER_PERIOD, OTHER_PLAN, after_statement, again_role
from baocao.resolve.changes import (change_in_another_unit, change_over_its_own_span, from_bare_number, growth_of_a_growth, level_unit_after_change, old_level_in_parens, restates_old_level, sign_in_parenthesis)
from baocao.resolve.context import Clause, Context, Draft, Figure, unit_of, value_of
from baocao.resolve.count_names import named_by_its_unit
from baocao.resolve.events import EVENT_REASON, not_an_indicator
from baocao.resolve.found_subjects import clause_subject, judged_subject, parenthesis_read, subject_before_parenthesis
from baocao.resolve.inherited_names import CHANGE, again_in_its_unit, compared_level, growth_of_subject, inherits_name, past_a_clause
from baocao.resolve.loose import NO_PHRASE, cannot_be_statement
from baocao.resolve.lost_levels import after_an_unread_level, lost_level, said_of_a_lost_level
from baocao.resolve.measure import POINTS, is_growth_name, is_share_name
from baocao.resolve.periods import ASIDE_OPEN, opening_period, period_in
from baocao.resolve.naming import named_by_phrase_before
from baocao.resolve.contribution_names import named_by_contributor
from baocao.resolve.name_share_wholes import named_after_a_share
from baocao.resolve.phrases import name_in, phrase_after
from baocao.resolve.plan_asides import plan_aside
from baocao.resolve.respectively import respective_draft
from baocao.resolve.roles import Role, framing_in, read_figure, read_threshold, role_of, start_summary
from baocao.resolve.plan_after_status import plan_in_parens
from baocao.resolve.running_totals import running_total_lead, whole_name
from baocao.resolve.section_plans import path_is_target
from baocao.resolve.segments import chunks, label_start, parens, separators
from baocao.resolve.short_of_plan import short_of_plan
from baocao.resolve.strive_openers import strives
from baocao.resolve.target_lists import adopts_targets, item_with_its_period, list_of_adopted_targets, names_target_list
from baocao.resolve.vocabulary import (ACHIEVEMENT_VERB_AT_END, BREAKDOWN_LABEL, AND_CHANGE_AT_END, CHANGE_PREDICATE_AT_END, CURRENCIES, COMPARATIVE_AT_END, EQUAL_AT_END, EXCESS_AT_END,
    DECREASE, FROM_BARE_AT_END, FROM_ONLY, INCREASE, SECOND_RATE_GAP, LEVEL_AFTER_CHANGE, NOT_INDICATOR_UNITS, RESTATED_CHANGE_AT_END, THRESHOLD_VERB_AT_END, TOPIC_AT_START, TO_AT_END, TO_WORD)

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord
    from baocao.schema import Percentage


def read_scope(ctx: Context, a: int, b: int, clause: Clause, *, current: Optional[Draft] = None,
               footnote: Optional[int] = None) -> None:
    """Read the scope [a, b) (clean offsets) with the context ``clause``; ``current`` is the
    indicator a parenthesis belongs to, ``footnote`` the number of the footnote body read."""
    _Scope(ctx, a, b, clause, current, footnote).read()


class _Scope:
    """One scope being read: ``clause`` and ``current`` change as its segments are read."""

    def __init__(self, ctx: Context, a: int, b: int, clause: Clause, current: Optional[Draft],
                 footnote: Optional[int]):
        self.ctx, self.a, self.b = ctx, a, b
        self.clause, self.current, self.footnote = clause, current, footnote

    def read(self) -> None:
        ctx, a, b = self.ctx, self.a, self.b
        figs = ctx.figures_within(a, b, self.footnote)
        if not figs:
            return
        spans = parens(ctx.text, a, b)
        inner = [p for p in spans if any(p[0] < r.start and r.end <= p[1] for r in figs)]
        outer = [r for r in figs if not any(p[0] < r.start and r.end <= p[1] for p in spans)]
        cuts, commas = separators(ctx.text, a, b, figs, spans)
        section = ctx.section_of(a)
        if section and path_is_target(section):
            self.clause = {**self.clause, "framing": "target", "section_target": True}
        if a < ctx.target_list_until:
            self.clause = {**self.clause, "framing": "target"}
        adopted = list_of_adopted_targets(ctx, a) if self.current is None else None
        if adopted is not None:         # "… thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025. Cụ thể, …"
            ctx.target_list_until = ctx.line_end(a)
            self.clause = {**self.clause, "framing": "target"}
            if adopted[0]:
                self.clause = {**self.clause, "period": adopted[0], "period_source": "clause"}
        outer_starts = [r.start for r in outer]      # in text order
        clause_after: list[tuple[int, Clause]] = []   # (segment end, the clause after it)
        for s, e in zip(cuts, cuts[1:]):
            if s >= e:
                continue
            seg_figs = outer[bisect_left(outer_starts, s):bisect_left(outer_starts, e)]
            if seg_figs:
                self._segment(s, e, seg_figs, commas)
            else:
                self._context_segment(s, e)
            clause_after.append((e, self.clause.copy()))
        ends = [x[0] for x in clause_after]
        for p0, p1 in inner:             # a parenthesis with figures: a scope of the figure before it
            owner = None
            before = [r for r in outer if r.end <= p0]
            if before:
                owner = ctx.owner.get(before[-1].start)
            # the context as it stood at the parenthesis (its segment read), not at the scope's end
            k = bisect_left(ends, p1)
            clause = clause_after[k][1] if k < len(clause_after) else self.clause
            if owner is None:   # "IIP tiếp tục tăng (+0,93%)": the subject that changed names it
                clause = subject_before_parenthesis(ctx, clause, ends[k - 1] if 0 < k <= len(ends) else a, p0, p1)
            # "… trong năm 2016 (tăng trưởng GRDP -15,31%) thì năm 2017 …": a period written after the
            # parenthesis in its segment does not date it; the one before it does
            seg_end = ends[k] if k < len(ends) else b
            before_paren = period_in(ctx, ends[k - 1] if 0 < k <= len(ends) else a, p0)
            if before_paren and period_in(ctx, p1, seg_end):
                clause = {**clause, "period": before_paren, "period_source": "clause"}
            read = len(ctx.drafts)
            read_scope(ctx, p0 + 1, p1 - 1, clause, current=owner, footnote=self.footnote)
            parenthesis_read(ctx.drafts[read:], clause)     # its statements are in a parenthesis

    def _opens_target_list(self, s: int, e: int) -> bool:
        return self.ctx.text[e - 1:e] == ":" and names_target_list(self.ctx, s, e)

    def _context_segment(self, s: int, e: int) -> None:
        """A segment without figures: context for what follows (a period, an estimate, a target
        list, a label)."""
        ctx = self.ctx
        period = period_in(ctx, s, e)
        framing = framing_in(ctx, s, e)
        if period and not item_with_its_period(ctx, s, e):
            self.clause = {**self.clause, "period": period,
                           "period_source": "sentence" if s == self.a else "clause"}
        if framing == "estimate" or (framing and s == self.a and strives(ctx, s, e)):   # "Huyện phấn đấu …; xã A đạt …"
            self.clause = {**self.clause, "framing": framing}
        if ctx.text[e - 1:e] == ":" and is_share_name(ctx.text[s:e]):
            self.clause = {**self.clause, "share": True}    # "Cơ cấu kinh tế … như sau: khu vực … 3,09%"
        if self._opens_target_list(s, e):
            ctx.target_list_until = ctx.line_end(e)
            self.clause = {**self.clause, "framing": "target"}
        elif ctx.text[e - 1:e] == ":" and BREAKDOWN_LABEL.match(ctx.folded, s, e):
            # "GRDP … tăng 8,01%. Phân theo quý: sơ bộ quý I tăng 8,80%": a part with no phrase of its
            # own is a part of the statement before the label
            if ctx.drafts:
                self.clause = {**self.clause, "whole": ctx.drafts[-1].name}
        elif ctx.text[e - 1:e] in (":", "|"):
            # "Lĩnh vực Cư trú: 6.145/6.145 trường hợp": a label names what follows ("Phân theo quý:"
            # heads a breakdown of the statement before: no name); so does a table's row label written
            # as text, before its cell separator ("Dân số | Trên 1,5 triệu người")
            start = label_start(ctx.text, s, e - 1)   # else "… hết sức ngoạn mục: đạt 20,6%"
            label = name_in(ctx, start, e - 1) if start is not None else judged_subject(ctx, s, e - 1)
            self.clause = {**self.clause, "label": label}
            self.current = None

    def _segment(self, s: int, e: int, seg_figs: list[FigureRecord], commas: list[int]) -> None:
        ctx = self.ctx
        opens_list = self._opens_target_list(s, e)
        if opens_list:
            ctx.target_list_until = ctx.line_end(e)
        parts = chunks(s, e, commas, seg_figs)
        seg_clause = self.clause.copy()
        self.clause.pop("label", None)
        first = next(i for i, c in enumerate(parts) if c[2])
        for x, y, _ in parts[:first]:
            self._opening_chunk(s, x, y, seg_clause)
        opener = opening_period(ctx, parts[first][0], parts[first][1], self.b) if s == self.a else None
        if opener:              # "Trong tháng 7 toàn tỉnh thu hoạch …, sản lượng ước đạt …"
            seg_clause = {**seg_clause, "period": opener, "period_source": "sentence"}
        drafts_before = len(ctx.drafts)
        for x, y, fs, context in _statements(ctx, parts, first):
            if context is not None:
                period, framing = context
                if period:
                    seg_clause = {**seg_clause, "period": period, "period_source": "clause"}
                if framing:
                    seg_clause["framing"] = framing
                continue
            for k, rec in enumerate(fs):
                lead_start = fs[k - 1].end if k else x
                tail_end = fs[k + 1].start if k + 1 < len(fs) else y
                self.current = place(ctx, Figure.of(rec, lead_start, tail_end), self.current, seg_clause)
                if seg_clause.get("share") and self.current is not None:
                    self.current.listed_share = True
                seg_clause.pop("label", None)   # a label before a colon names the first figure only
                if "framing" not in seg_clause and self.current is not None and self.current.framing == "estimate":
                    # "… ước đạt trên 6.000 tấn, doanh thu trên 450 tỷ đồng": an estimate word frames
                    # its own statement and those after it in the segment
                    seg_clause["framing"] = "estimate"
        if ("framing" not in self.clause and ctx.text[e - 1:e] == ":"
                and any(d.framing == "estimate" for d in ctx.drafts[drafts_before:])):
            # "GRDP ước 9 tháng đạt …, trong đó: khu vực … đạt …": and the breakdown after a colon
            self.clause = {**self.clause, "framing": "estimate"}
        if opens_list:
            self.clause = {**self.clause, "framing": "target"}
            period = period_in(ctx, s, e) if adopts_targets(ctx, s, e) else None
            if period:          # "Đại hội thông qua 16 chỉ tiêu nhiệm kỳ 2020-2025: …"
                self.clause = {**self.clause, "period": period, "period_source": "clause"}

    def _opening_chunk(self, s: int, x: int, y: int, seg_clause: Clause) -> None:
        """A chunk before the segment's first figure: its period and framing."""
        period = period_in(self.ctx, x, y)
        if period:  # "Năm 2024, …" opens the sentence; after a first clause it opens a clause
            seg_clause["period"] = period
            seg_clause["period_source"] = "sentence" if s == self.a and x == s else "clause"
            if s == self.a and name_in(self.ctx, x, y) is None:
                # "…, cuối năm 2023, toàn tỉnh còn …; hộ cận nghèo là …": a chunk of only a period in
                # the sentence's first segment dates the whole sentence
                self.clause = {**self.clause, "period": period, "period_source": seg_clause["period_source"]}
        framing = framing_in(self.ctx, x, y)
        if framing == "estimate":  # "Ước thực hiện đến hết năm 2024, …": the rest of the sentence
            self.clause["framing"] = seg_clause["framing"] = framing
        elif framing:
            seg_clause["framing"] = framing
            if s == self.a and x == s:   # "Theo Quy hoạch tỉnh …, …; …": the sentence's opener
                self.clause["framing"] = framing
        topic = TOPIC_AT_START.match(self.ctx.folded, x, y)
        changed = CHANGE_PREDICATE_AT_END.search(self.ctx.folded, x, y) if topic is None else None
        # "Về dịch vụ lưu trú, 6 tháng đầu năm tăng 17,01%"; "quy mô kinh tế tiếp tục mở rộng, đạt …"
        name = name_in(self.ctx, topic.end() if topic else x, changed.start() if changed else y)
        if name is not None and (topic or changed):
            seg_clause["label"] = name
            if changed is not None and (INCREASE.search(changed.group()) or DECREASE.search(changed.group())):
                seg_clause["label_direction"] = "tăng" if INCREASE.search(changed.group()) else "giảm"
        elif (judged := clause_subject(self.ctx, x, y, s)) is not None:   # "… duy trì ở mức khá, đạt 7,3%"; "…, thu nhập, đạt …"
            seg_clause.update(judged)


def _statements(ctx: Context, parts: list[tuple[int, int, list[FigureRecord]]], first: int) -> list[list[Any]]:
    """The chunks from the first with a figure, each figure chunk extended over the figure-less
    chunks after it: [start, end, figures, None]; a figure-less chunk of only framing and period
    words frames what follows: [start, end, [], (period, framing)]."""
    merged: list[list[Any]] = []     # [start, end, figures, None or (period, framing)]
    for x, y, fs in parts[first:]:
        if fs or not merged:
            merged.append([x, y, fs, None])
        elif name_in(ctx, x, y) is None and (period_in(ctx, x, y) or framing_in(ctx, x, y)):
            merged.append([x, y, [], (period_in(ctx, x, y), framing_in(ctx, x, y))])
        else:
            merged[-1][1] = y
    merged[0][0] = parts[first][0]
    return merged


# ----- placing a figure -----------------------------------------------------------------------
def place(ctx: Context, fig: Figure, current: Optional[Draft], clause: Clause) -> Optional[Draft]:
    """Give the figure to an indicator (a new one, or ``current``, the one before it) or leave it
    unattached; return the indicator the next figure follows."""
    if cannot_be_statement(ctx, fig, current, clause):   # "5 ha 5 ha …": what the rules would say
        ctx.skip(fig.rec, NO_PHRASE)
        return current
    if plan_aside(ctx, fig, current) or said_of_a_lost_level(ctx, fig, current) or short_of_plan(ctx, fig, current, clause):    # "46.204 triệu đồng/ KH …: 84.929 …"
        return current
    role = role_of(ctx, fig)
    if role.kind == "summary":
        return start_summary(ctx, fig, clause)
    rec = fig.rec
    unit, _ = unit_of(rec)
    if unit and fold(unit) in NOT_INDICATOR_UNITS:
        ctx.skip(rec, f"a count of {unit}: tasks, programmes and documents are no indicators")
        return current
    if role.kind == "rank":
        ctx.skip(rec, "rank: a place in a ranking is no indicator value")
        return current
    if role.kind == "years":     # "Niên vụ 2022/2023, sản lượng cà phê đạt …": dates what follows
        ctx.skip(rec, "other: two years in a row (a crop or school year) are a span of time, not a fraction")
        first, second = value_of(rec)          # a fraction's numerator and denominator
        clause["period"], clause["period_source"] = f"{first:.0f}-{second:.0f}", "clause"
        return current
    other = not_an_indicator(ctx, fig) if role.kind != "event" else None
    if other is not None:       # "bầu Ban Thường vụ gồm 13 người", "gồm 7 quận (…), 6 huyện ngoại thành (…)"
        ctx.skip(rec, other)
        ctx.last_event_end = rec.end if other == EVENT_REASON else ctx.last_event_end
        return lost_level(current, fig, other, role)
    if role.kind == "event" or _restates_event(ctx, fig):
        ctx.skip(rec, "event_count: delegates, members elected, votes and meeting sites are about the "
                      "event, not indicators of the place")
        ctx.last_event_end = rec.end
        return current
    listed = respective_draft(ctx, fig, role, clause) or after_an_unread_level(ctx, fig, role, clause, current)  # "khu vực I-II-III tương ứng là 41,57% - 15,45% - …"; "…; nông, lâm, thủy sản đạt trên 36 nghìn tỷ, tăng trên 4%"
    if listed is not None:
        return listed
    if current is not None and not current.summary:
        between = ctx.folded[current.figs[-1].end:rec.start] if current.figs else ""
        if old_level_in_parens(ctx, current, fig):    # "tăng gấp 16 lần so với năm 2002 (940 tỷ đồng)"
            return current
        after = after_statement(ctx, current, fig, role)     # "… so với vụ đông xuân năm trước và đạt 49,67% …"
        if after is OTHER_PERIOD:
            draft = ctx.new_draft(current.name, None)
            read_figure(ctx, draft, fig, Role("level"), clause)
            return draft
        if after is not None and after.kind in (OTHER_PLAN, AGAIN):
            # "đạt 60% kế hoạch tỉnh và 58% kế hoạch huyện giao, tăng 68,4 tỷ đồng": what follows is still
            # said of the first (after_level.py: AGAIN, a yearly average change after an achievement)
            _again(ctx, current, fig, again_role(after), clause)
            return current
        if after is HELD:
            ctx.attach(current, rec)
            current.extent_end = max(current.extent_end, fig.tail_end)
            return current
        if after is not None:
            read_figure(ctx, current, fig, after, clause)
            return current
        if (rec.kind == "percentage" and role.kind == "level" and current.value is None
                and EXCESS_AT_END.search(ctx.folded[fig.lead_start:rec.start])):
            # "đạt 105% kế hoạch, vượt 5%": the excess restates the achievement; never a value
            ctx.attach(current, rec)
            return current
        if role.kind == "target" and current.unit == "%":
            read_figure(ctx, current, fig, role, clause)        # "83,5%/80%"
            return current
        if restates_old_level(ctx, current, fig):    # "giảm từ 3.586 hộ, chiếm 10,74% xuống còn 2.900 hộ"
            ctx.attach(current, rec)
            return current
        if current.awaiting_level and len(between) <= MAX_TO_GAP and TO_AT_END.search(between):
            if unit_of(rec)[0] == current.from_unit:
                read_figure(ctx, current, fig, Role("to"), clause)  # "tăng từ 35,6% năm 2015 lên 61,4%"
                return current
            current.from_value = current.from_period = None     # levels in two units: no change read
            current.awaiting_level = False
        lead = ctx.folded[fig.lead_start:rec.start]
        if not current.figs:
            between = lead
        restated = ((rec.kind == "percentage" and current.unit not in ("%", POINTS))
                    or (rec.kind == "money" and current.unit in CURRENCIES))
        if role.kind == "level" and current.value is not None and restated and EQUAL_AT_END.search(between):
            ctx.attach(current, rec)      # "12.718 ha, bằng 48,68% diện tích gieo trồng": said of it
            current.extent_end = max(current.extent_end, fig.tail_end)
            return current
        if (current.value is not None and rec.kind != "percentage" and unit_of(rec)[0] == current.unit
                and RESTATED_CHANGE_AT_END.search(between)):
            ctx.attach(current, rec)      # "đạt 67.606 ha, giảm 1,73%, tương ứng giảm 1.192 ha": its change again
            current.extent_end = max(current.extent_end, fig.tail_end)
            return current
        if (role.kind == "change" and current.value_changed and current.change is None and current.unit == "%"
                and rec.kind == "percentage" and current.target is None and SECOND_RATE_GAP.fullmatch(between)):
            # "… ước tăng 11,35% so với tháng trước và giảm 11,68% so với cùng kỳ": a rate is no level a
            # change could be of; the second rate is the same indicator against another base, over the
            # same period and with the same framing ("ước") unless its own lead names others
            return _again(ctx, current, fig, role, clause)
        if current.value is not None and AND_CHANGE_AT_END.search(lead) and not growth_of_a_growth(current, role, rec):
            # "…, bằng 48,68% diện tích gieo trồng và giảm 11,33%": the change of the statement before
            read_figure(ctx, current, fig, role if role.kind in ("change", "achievement") else Role("change"), clause)
            return current
        if current.value is not None and COMPARATIVE_AT_END.search(between):
            ctx.attach(current, rec)      # "…, cao hơn 1,04% so với cùng kỳ": a comparison, held
            current.extent_end = max(current.extent_end, fig.tail_end)
            return current
        if current.plan_until > rec.start:
            ctx.attach(current, rec)      # the plan's other figures: "(chỉ tiêu … là 41,42% - 16,84% - …)"
            return current
        if current.figs and plan_in_parens(ctx.folded[current.figs[-1].end:rec.start]):
            close = ctx.text.find(")", rec.end)
            current.plan_until = close if close >= 0 else rec.end
            # "tăng 5,77% (kế hoạch tăng 9%)", "vượt mục tiêu Đại hội (16,0%/năm)": beside a growth (a change, or
            # named one), the plan's rate is its target (a range's lower end); beside a level it is only held
            if ((current.value_changed or is_growth_name(current.name)) and current.unit == "%"
                    and rec.kind == "percentage" and current.target is None):
                current.target = rec.value
            ctx.attach(current, rec)
            current.extent_end = max(current.extent_end, fig.tail_end)
            return current
        sign = sign_in_parenthesis(ctx, current, fig)
        if sign is not None:                                    # "chiếm 26,38% (-0,99% so với năm 2022)"
            read_figure(ctx, current, fig, Role("change", direction=sign), clause)
            return current
    if current is not None and current.summary:
        if _is_threshold(ctx, fig):
            read_threshold(ctx, current, fig)
            return current
        current = None
    bare = FROM_BARE_AT_END.search(ctx.folded, fig.lead_start, rec.start)
    if bare is not None:
        changed = from_bare_number(ctx, fig, clause, bare)
        if changed is not None:
            return changed
    growth = growth_of_subject(ctx, fig, current)     # "nông nghiệp chiếm 51,3%, tăng trưởng đạt 3,62%": its growth
    if growth == CHANGE and current is not None:      # "… đạt 18.537 tỷ đồng, tốc độ tăng trưởng đạt 6,76%"
        read_figure(ctx, current, fig, Role("change"), clause)
        return current
    if current is not None and current.figs and not current.summary and (growth or ((inherits_name(ctx, fig) or (role.kind == "level" and compared_level(ctx, fig, current))) and not past_a_clause(ctx, current, fig))):
        # "khu vực dịch vụ tăng 4,4%, đóng góp 1,2 điểm phần trăm": the statement before, another way
        draft = ctx.new_draft(current.name, None, growth_named=bool(growth))
        read_figure(ctx, draft, fig, role, clause)
        return draft
    named = named_by_contributor(ctx, fig, current, named_by_phrase_before(ctx, fig, role, clause))
    if named is not None:
        return named
    if (current is not None and current.value is not None and role.kind == "change"
            and _another_period(ctx, fig, current)):
        # "GRDP ước 9 tháng đạt … (6 tháng tăng 11,29%, quý III tăng 9,09%)": the same indicator over
        # another period, a statement of its own
        draft = ctx.new_draft(current.name, None)
        read_figure(ctx, draft, fig, role, clause)
        return draft
    if (current is not None and current.value_changed and current.change is None and role.kind == "level"
            and FROM_ONLY.match(ctx.folded[fig.lead_start:rec.start])
            and TO_WORD.search(ctx.folded, rec.end, fig.tail_end) and unit_of(rec)[0] == current.unit):
        # "Tỷ lệ hộ nghèo giảm 1,2%, từ 5,2% xuống 4%": the change, then the levels it runs between
        current.change, current.change_unit = current.value, current.unit
        current.value = None
        read_figure(ctx, current, fig, Role("from", direction=current.direction), clause)
        return current
    if (current is not None and current.value_changed and role.kind == "level" and current.change is None
            and level_unit_after_change(current, rec) and LEVEL_AFTER_CHANGE.search(ctx.folded[fig.lead_start:rec.start])):
        # "Tỷ lệ hộ nghèo giảm 1,2% so với năm 2020, còn 3,1%", "Kim ngạch xuất khẩu cũng tăng 7,5%, đạt 838,7
        # triệu USD": the level comes after its change
        current.change, current.change_unit = current.value, current.unit
        read_figure(ctx, current, fig, Role("to"), clause)
        return current
    if current is not None and (role.kind in ("achievement", "change") or current.value is None) \
            and not change_in_another_unit(current, role, rec) and not growth_of_a_growth(current, role, rec):
        read_figure(ctx, current, fig, role, clause)
        return current
    if role.kind == "achievement":
        ctx.skip(rec, "an achievement rate with no indicator before it")
        return current
    return _named_after_or_inherited(ctx, fig, role, clause, current)


MAX_TO_GAP = 40
"""At most this many characters between the old level and the new (``35,6% năm 2015 lên ``)."""


def _another_period(ctx: Context, fig: Figure, current: Draft) -> bool:
    """True when the words before the figure are only a period other than ``current``'s."""
    own = period_in(ctx, fig.lead_start, fig.start)
    # no year written: the months so far after a running-total word (``lũy kế 7 tháng``) are still another period
    other = own != current.period if own is not None else running_total_lead(ctx, fig.lead_start, fig.start)
    return (other or change_over_its_own_span(ctx, fig)) and name_in(ctx, fig.lead_start, fig.start) is None


def _restates_event(ctx: Context, fig: Figure) -> bool:
    """A percentage in a parenthesis right after an event count (``Nữ 07 đồng chí (14%)``)."""
    end = ctx.last_event_end
    return (end is not None and fig.rec.kind == "percentage"
            and ASIDE_OPEN.fullmatch(ctx.text, end, fig.start) is not None)


def _again(ctx: Context, current: Draft, fig: Figure, role: Role, clause: Clause) -> Draft:
    """A new statement of ``current``'s indicator, ``fig`` read as ``role``, with its period and framing."""
    draft = ctx.new_draft(current.name, None)
    read_figure(ctx, draft, fig, role, clause)
    if draft.period is None:
        draft.period, draft.period_source = current.period, current.period_source
    if draft.framing == "actual":
        draft.framing = current.framing
    return draft


def _is_threshold(ctx: Context, fig: Figure) -> bool:
    """A percentage after ``đạt`` with no phrase of its own, after a count of indicators."""
    rec = fig.rec
    return (name_in(ctx, fig.lead_start, rec.start) is None and rec.kind == "percentage"
            and bool(THRESHOLD_VERB_AT_END.search(ctx.folded[fig.lead_start:rec.start])))


def _named_after_or_inherited(ctx: Context, fig: Figure, role: Role, clause: Clause,
                              current: Optional[Draft]) -> Optional[Draft]:
    """A figure with no phrase before it, that ``current`` cannot take as its own: a restatement or
    a share done of ``current``, else a new indicator named by the phrase after it or by
    ``current``'s name, else unattached."""
    rec = fig.rec
    after = phrase_after(ctx, rec, fig.tail_end)
    if after is None and current is not None and rec.kind == "percentage":
        lead = ctx.folded[fig.lead_start:rec.start]
        excess = EXCESS_AT_END.search(lead)
        if excess is not None and current.value is not None:
            # "812/700 ha, vượt 16%", "đạt 1.200 tỷ đồng, vượt 5%": after a level, 100 + X% of
            # the plan; after a rate, X points over its target
            read_figure(ctx, current, fig, Role("achievement", verb=fold(excess.group().split()[0])), clause)
            return current
        if current.figs and _restates(current.figs[-1], rec):
            ctx.attach(current, rec)            # "33/37, đạt 89,18%": the fraction as a percentage
            return current
        if (current.unit != "%" and current.achievement_pct is None
                and ACHIEVEMENT_VERB_AT_END.search(lead)):
            # "9.037/9.037 trường hợp, đạt 100%": the share of the count above that is done
            read_figure(ctx, current, fig, Role("achievement"), clause)
            return current
    if after is None and current is not None and EXCESS_AT_END.search(ctx.folded[fig.lead_start:rec.start]):
        ctx.skip(rec, "an excess (vượt) this statement cannot read")   # never a new value under its name
        return current
    by_unit = named_by_its_unit(ctx, fig, current) if after is None else None   # "… 267 hộ, với 1060 nhân khẩu"
    if after is not None and not again_in_its_unit(ctx, fig, current, after):   # the phrase after, or the subject before of a share of a whole (name_share_wholes.py)
        draft = ctx.new_draft(*named_after_a_share(ctx, fig, current, after))
    elif by_unit is not None:
        draft = ctx.new_draft(*by_unit)
    elif current is not None:
        draft = ctx.new_draft(current.name, None)    # "…, riêng năm 2025 ước đạt 794 tỷ đồng"
    elif (whole := whole_name(clause, rec, role)) is not None:  # "Phân theo quý: sơ bộ quý I …"; "Lũy kế …"
        draft = ctx.new_draft(whole, None)
    else:
        ctx.skip(rec, NO_PHRASE)
        return current
    read_figure(ctx, draft, fig, role, clause)
    return draft


def _restates(fig: FigureRecord, pct: Percentage) -> bool:
    """True when percentage ``pct`` restates fraction ``fig`` (to rounding)."""
    if fig.kind != "fraction" or not fig.denominator:
        return False
    return abs(fig.numerator / fig.denominator * 100 - pct.value) < 0.6
