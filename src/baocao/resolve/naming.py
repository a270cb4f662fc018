"""Naming a new indicator from the phrase before its figure: the phrase itself, the phrase after the
figure when the one before is only a verb (``kết nạp 40 đảng viên mới``), the thing counted after a
whole verb (``đại diện cho 2.631 đảng viên``), or the label before a colon; read by
:func:`baocao.resolve.statements.place`."""
from __future__ import annotations

from typing import Optional

import regex

from baocao.resolve.count_names import counted_after_a_verb
from baocao.resolve.context import Clause, Context, Draft, Figure, folded_unit, is_per_year, unit_of
from baocao.resolve.enumerations import over_enumeration
from baocao.resolve.name_actors import after_an_acting_subject
from baocao.resolve.name_agents import done_by_a_body
from baocao.resolve.name_anaphors import anaphor_in_name, measured_alike, statement_pointed_back_to
from baocao.resolve.name_bodies import beside_a_count, had_by_a_body
from baocao.resolve.name_averages import averaged_per_unit
from baocao.resolve.name_commas import after_a_comma_head
from baocao.resolve.name_comments import before_a_comment
from baocao.resolve.name_concessions import without_a_concession
from baocao.resolve.name_had_shares import share_had_after
from baocao.resolve.name_openers import after_an_opener
from baocao.resolve.name_numerals import another_count_before, phrase_after_no_numeral as phrase_after
from baocao.resolve.name_structures import after_the_structure
from baocao.resolve.name_subjects import after_a_bare_subject
from baocao.resolve.name_thresholds import counts_to_a_threshold
from baocao.resolve.name_receptions import received_count_name
from baocao.resolve.name_tails import before_a_reached_rate, before_the_tails
from baocao.resolve.place_lists import in_a_list_by_place, places_end
from baocao.resolve.phrases import (
    ends_a_count_before, ends_a_listed_figure_before, has_letter, name_in, verb_only,
)
from baocao.resolve.roles import Role, read_figure
from baocao.resolve.places import UNSURE
from baocao.resolve.running_totals import only_an_opener
from baocao.resolve.verb_pairs import naming_pair_at_end, naming_pair_at_start, pair_before
from baocao.resolve.vocabulary import (
    ACTION_ONLY, ANAPHOR, COUNT_UNITS, CURRENCIES, NAME_HEAD, NAMING_ACTION_AT_END, NAMING_ACTION_AT_START, PLACE_SUBJECT, PLACE_WITH_ITS_NAME, PROPER_PLACE, SUBJECT_PLACE_AT_END, WHOLE_VERB_AT_END, YEARLY,
    ZONE_SUBJECT,
    AND_COUNT_VERB_AT_END,
    YEARLY_CHANGE_AT_END,
)

__all__ = ["carry_actions_over_lists", "named_by_phrase_before", "named_by_verb_and_phrase"]

# a place's proper name with no unit word before it, then a word of aspect and a verb: the subject
# that did something ("Đến thời điểm này, Mường Báng đã hoàn thành được 17/19 tiêu chí NTM")
_PROPER_SUBJECT = regex.compile(r"(?:\p{Lu}['’]?\p{Ll}\p{L}*[ \u00a0]+){1,3}\p{Lu}['’]?\p{Ll}\p{L}*"
                                r"(?=[ \u00a0]+(?:đã|đang|vừa)[ \u00a0])")


# between a place that is the subject and its verb: a word of aspect ("tỉnh đã lập danh sách …")
_ASPECT_AFTER = regex.compile(r"[ \u00a0]*(?:cũng[ \u00a0]+)?(?:đã|đang|vừa)[ \u00a0]")
# a subject place pointed at ("thành phố này")
_POINTED = regex.compile(r"[ \u00a0]này$")
# "… có" right before the figure (with aspect words before it): a zone that has what is counted
_HAS_BEFORE = regex.compile(r"[ \u00a0]*(?:(?:hiện|đã|đang|cũng)[ \u00a0]+)*có[ \u00a0]*\Z")


def named_by_phrase_before(ctx: Context, fig: Figure, role: Role, clause: Clause) -> Optional[Draft]:
    """A new indicator named by the phrase before the figure (or, when that phrase is only a verb,
    by the phrase after it; or by the label before a colon), None when there is none."""
    rec = fig.rec
    named = _named_by_its_action(ctx, fig, role, clause)
    if named is not None:
        return named
    beside = beside_a_count(ctx, fig)
    if beside is not None:  # "826 cơ sở lưu trú với 28.562 phòng": "lưu trú" is the count before's
        return _named_after(ctx, fig, role, clause, beside)
    if ((folded_unit(rec) in COUNT_UNITS or counts_to_a_threshold(ctx.folded, rec.end) is not None)
            and (WHOLE_VERB_AT_END.search(ctx.lower, fig.lead_start, rec.start)
                                             or AND_COUNT_VERB_AT_END.search(ctx.lower, fig.lead_start, rec.start)
                                             or ends_a_count_before(ctx, fig))) or ends_a_listed_figure_before(ctx, fig):
        # "đại diện cho 2.631 đảng viên thuộc 48 tổ chức cơ sở Đảng", "kiểm tra 232.401 tổ chức đảng và
        # 1.284.298 đảng viên", "… và hoàn thành 9/9 tiêu chí bộ tiêu chí huyện nông thôn mới": what the count is
        # of names it
        after = phrase_after(ctx, rec, fig.tail_end)
        if after is not None:
            draft = ctx.new_draft(ctx.text[after[0]:after[1]], after[0])
            read_figure(ctx, draft, fig, role, clause)
            return draft
    # "bình quân"/"trung bình" before a yearly figure is the figure's averaging, not the name's, and so
    # is "hằng năm" before a yearly change ("GDP bình quân hàng năm tăng 12,3%")
    per_year = (is_per_year(rec) or unit_of(rec)[1] == "năm"
                or YEARLY_CHANGE_AT_END.search(ctx.folded, fig.lead_start, rec.start) is not None)
    yearly = bool(YEARLY.search(ctx.folded[fig.lead_start:rec.start]))
    # "… tuy gặp nhiều khó khăn nhưng ước tính vẫn đạt": a concession is no part of the name
    name = name_in(ctx, *without_a_concession(ctx, fig.lead_start, rec.start), yearly=yearly, per_year=per_year)
    if name is not None and only_an_opener(ctx, clause, name):
        name = None         # "Cộng dồn 3 tháng đầu năm đạt 150.500 tấn": the statement before names it
    averaged = averaged_per_unit(ctx, fig, name is not None or clause.get("label") is not None)
    if averaged is not None:    # "bình quân 16,13 tiêu chí/xã": the average per unit, not "xã"
        draft = ctx.new_draft(*averaged)
        read_figure(ctx, draft, fig, role, clause)
        return draft
    had = share_had_after(ctx, fig, name) if name is not None else None
    if had is not None:     # "… tỉnh thứ 4 trong toàn quốc có 100% đơn vị cấp huyện đạt chuẩn …": what it has
        draft = ctx.new_draft(ctx.text[had[0]:had[1]], had[0])
        read_figure(ctx, draft, fig, role, clause)
        return draft
    received = received_count_name(ctx, fig, name) if name is not None else None
    if received is not None:    # "khách nội địa ước đón hơn 420 ngàn lượt khách": what was received names it
        draft = ctx.new_draft(ctx.text[received[0]:received[1]], received[0])
        read_figure(ctx, draft, fig, role, clause)
        return draft
    body = had_by_a_body(ctx, fig, name) if name is not None else None
    if body is not None:    # "Kết quả toàn huyện có 3.594 hộ nghèo": what the reporting body has names it
        return _named_after(ctx, fig, role, clause, body)
    counted = counted_after_a_verb(ctx, fig, name) if name is not None else None
    if counted is not None:     # "Huyện đã ra mắt được 14 hội quán nông dân": what it counts names it
        draft = ctx.new_draft(ctx.text[counted[0][0]:counted[0][1]], counted[0][0], key_lead=counted[1])
        read_figure(ctx, draft, fig, role, clause)
        return draft
    if name is not None and not yearly:
        named = _after_a_place_subject(ctx, fig, role, clause, name)
        if named is not None:
            return named
    if name is not None:    # "xã Vĩnh Công tiếp tục huy động", "mặc dù ngành khai khoáng giảm": no part of it
        name = (after_an_opener(ctx, *name), name[1])
    done = done_by_a_body(ctx, fig, name) if name is not None else None
    if done is not None:    # "Các cấp ủy đã giám sát 176.229 tổ chức đảng": what was done, not who did it
        return named_by_verb_and_phrase(ctx, fig, role, clause, verb=done[0], after=done[1])
    action = name is not None and ACTION_ONLY.match(ctx.folded, *name) is not None
    # "khu vực công nghiệp, xây dựng tăng 1,63%": a verb that ends an enumeration is a piece of its name
    listed = name is not None and not action and over_enumeration(ctx, *name) < name[0]
    # the phrase after first: without one, whether the name is only verbs changes nothing (the tagger
    # is not asked)
    after = phrase_after(ctx, rec, fig.tail_end) if name is not None and not listed else None
    if name is not None and after is not None and (action or verb_only(ctx.text[name[0]:name[1]])):
        return named_by_verb_and_phrase(ctx, fig, role, clause, verb=name, after=after)
    if action and after is None and clause.get("label") is not None:
        name = None           # "Lúa đông xuân: … gieo cấy được 9.820,03 ha": the label names it
    if name is not None and clause.get("label") is not None and ANAPHOR.fullmatch(ctx.lower, *name):
        name = None           # "Về lạm phát cơ bản (…), tháng 12 chỉ số này chỉ tăng 0,11%": the topic
    elif name is not None:
        pointed = anaphor_in_name(ctx, *name)
        before = statement_pointed_back_to(ctx, *pointed) if pointed is not None else None
        if before is not None and measured_alike(before, rec, role):  # "GDP 6 tháng đầu năm tăng 6,76%. Con số này thấp hơn mức 7,05% …"
            draft = ctx.new_draft(before.name, None)
            read_figure(ctx, draft, fig, role, clause)
            return draft
    direction = None
    if name is None and clause.get("label") is not None and not (clause.get("label_bare") and role.kind == "achievement"):
        name = clause.pop("label")     # a bare subject before "…, đạt" names a level, not a share of a plan
        direction = clause.pop("label_direction", None)   # "… cả năm đã tăng so với năm 2016, ước đạt …"
    if name is not None:
        # "ngành thủy sản đạt mức tăng cao nhất": the subject whose rate it is, read before its start is
        name = (name[0], before_a_reached_rate(ctx, *name))
        # "khu vực thương mại dịch vụ đóng góp nhiều nhất 3,38 điểm phần trăm": a comment on the subject, which names it
        comment = before_a_comment(ctx, *name, rec)
        subject = name_in(ctx, name[0], comment[0]) if comment is not None else None
        grew = False
        if comment is not None and subject is not None:
            name, grew = subject, comment[1]
        # "Cơ cấu kinh tế Nông-lâm-thủy sản 7,2%": the part names the share, the structure keys it
        start, structure = after_the_structure(ctx, over_enumeration(ctx, *name), name[1])
        start = after_a_bare_subject(ctx, start, name[1])    # "Là buôn có tỷ lệ đồng bào dân tộc thiểu số"
        start = after_an_acting_subject(ctx, start, name[1])     # "các phường tổ chức thu gom xử lý chất thải"
        start = after_an_opener(ctx, start, name[1])     # "Kết quả, tổng sản phẩm xã hội": no piece of it
        start = after_a_comma_head(ctx, start, name[1])     # "… tương đối thấp, bình quân mỗi xã chỉ đạt"
        # "Tổng thu ngân sách nhà nước trong 6 tháng", "Thị trường khách Nga xếp thứ hai": no part of the name
        end = before_the_tails(ctx, start, name[1])
        if end < name[1]:       # "giá trị sản xuất tăng bình quân 5 năm": the fillers left before the tail go too
            end = (name_in(ctx, start, end) or (start, end))[1]
        if another_count_before(ctx, (start, end), rec.start):
            # "với 7.084 học viên và 217 giáo viên giảng dạy": another count's phrase, no name of this figure
            after = phrase_after(ctx, rec, fig.tail_end)
            if after is None:
                return None
            start, end, structure = after[0], after[1], ""
        draft = ctx.new_draft(ctx.text[start:end], start, key_lead=structure, listed_share=bool(structure),
                              growth_named=grew)
        if start < name[0] < end and pair_before(ctx.text[start:name[0]]):
            draft.key_second = ctx.text[name[0]:end]    # "giới thiệu, tạo việc làm": the second verb may key it
        read_figure(ctx, draft, fig, role, clause)
        draft.direction = draft.direction or direction
        return draft
    return None


def _named_after(ctx: Context, fig: Figure, role: Role, clause: Clause, after: tuple[int, int]) -> Draft:
    """A new indicator named by the phrase ``after`` its figure."""
    draft = ctx.new_draft(ctx.text[after[0]:after[1]], after[0])
    read_figure(ctx, draft, fig, role, clause)
    return draft


def _named_by_its_action(ctx: Context, fig: Figure, role: Role, clause: Clause) -> Optional[Draft]:
    """A new indicator named by an action right before the figure that is part of what it measures
    (``naming_actions``) and the thing after the figure (``trồng mới 3.000 ha rừng`` → ``trồng mới
    rừng``); None when no such action ends the lead, when a name head before it makes it part of a noun
    (``Diện tích trồng mới …``) or when nothing follows the figure."""
    action = NAMING_ACTION_AT_END.search(ctx.lower, fig.lead_start, fig.rec.start)
    # "trồng mới, trồng lại được 34,5 ha chè": the action and the second verb of its pair
    verb = (action.start(), action.end("verb")) if action is not None else \
        naming_pair_at_end(ctx.lower, fig.lead_start, fig.rec.start)
    if verb is None or NAME_HEAD.search(ctx.lower, fig.lead_start, verb[0]):
        return None
    after = phrase_after(ctx, fig.rec, fig.tail_end)
    if after is None:
        return None
    draft = ctx.new_draft(ctx.text[verb[0]:verb[1]] + " " + ctx.text[after[0]:after[1]], verb[0])
    read_figure(ctx, draft, fig, role, clause)
    return draft


LIST_ITEM_GAP = regex.compile(r"[^.;:!?\n()]{0,120}")
"""What may stand between the figures of a list named by one action: the phrase of the item before and a
comma or ``và``, never the end of a clause or a parenthesis."""


def carry_actions_over_lists(ctx: Context) -> None:
    """The items of a list after a statement named by its action (``trồng mới được 2.000 ha cây ăn quả,
    500 ha sâm Ngọc Linh và 2.000 ha các cây dược liệu khác``), each named by the phrase after its figure
    in the same unit, take the action too (``trồng mới sâm Ngọc Linh``)."""
    drafts = sorted((d for d in ctx.drafts if d.figs), key=lambda d: d.figs[0].start)
    action_of: dict[int, str] = {}
    for prev, cur in zip(drafts, drafts[1:]):
        action = action_of.get(id(prev))
        if action is None and prev.name_start is not None:
            m = NAMING_ACTION_AT_START.match(ctx.lower, prev.name_start)
            if m is not None and prev.name_start < prev.figs[0].start:
                pair = naming_pair_at_start(ctx.lower, m.start())     # "trồng mới, trồng lại"
                action = ctx.text[m.start():m.end() if pair is None else pair]
        if (action is None or cur.name_start is None or cur.name_start < cur.figs[0].start
                or cur.unit != prev.unit or cur.name.startswith(action)
                or not LIST_ITEM_GAP.fullmatch(ctx.text, prev.figs[-1].end, cur.figs[0].start)):
            continue
        cur.name = f"{action} {cur.name}"
        action_of[id(cur)] = action


def named_by_verb_and_phrase(ctx: Context, fig: Figure, role: Role, clause: Clause, *,
                              verb: tuple[int, int], after: tuple[int, int]) -> Draft:
    """``kết nạp 40 đảng viên mới``: the phrase after the figure, with the verb before it when the
    figure counts (a count unit), names the indicator."""
    counted = folded_unit(fig.rec) in COUNT_UNITS
    if counted:
        draft = ctx.new_draft(ctx.text[verb[0]:verb[1]] + " " + ctx.text[after[0]:after[1]], verb[0])
    else:
        draft = ctx.new_draft(ctx.text[after[0]:after[1]], after[0])
    read_figure(ctx, draft, fig, role, clause)
    return draft


def _after_a_place_subject(ctx: Context, fig: Figure, role: Role, clause: Clause,
                           name: tuple[int, int]) -> Optional[Draft]:
    """A new indicator named by the phrase after the figure when the name before it is only a place
    (``subject_places`` with its proper name, a proper name of two words or more before a word of aspect,
    or the document's province) and a verb (``trên địa bàn tỉnh
    đã thu hoạch được 3.049 ha lúa vụ đông xuân``, ``Đắk Nông đã thu hút 54 dự án nông lâm nghiệp``, ``xã
    Trung Hòa (Tân Lạc) chỉ đạt 6/19 tiêu chí``); after a subject that is surely one (a word of aspect
    after it, or ``này``), by what it did, without it (``xã Nâm Nung đã huy động trên 78 tỷ đồng`` →
    ``huy động``; ``tỉnh đã lập danh sách 1.006 người có công`` → ``lập danh sách người có công``); by the
    place, keyed by the phrase after the figure, when it is one of a list by place and did nothing
    (``xã Tân Lập đạt 09 tiêu chí, xã Đăk Tờ Re …``: :func:`~baocao.resolve.place_lists.in_a_list_by_place`);
    None otherwise."""
    a, b = name
    m = PLACE_SUBJECT.match(ctx.text, a, b)
    last = places_end(ctx, m.end(), b) if m is not None else b
    if (m is not None and PLACE_WITH_ITS_NAME.match(ctx.text, a, b) and _ASPECT_AFTER.match(ctx.lower, last) is None
            and in_a_list_by_place(ctx, fig, a)):
        # "xã Tân Lập đạt 09 tiêu chí, xã Đăk Tờ Re …": a part of a list by place, named by its place, the
        # phrase after the figure keying it; not a subject that did something ("tỉnh Bắc Kạn đã kiểm tra …")
        after = phrase_after(ctx, fig.rec, fig.tail_end)
        places = ctx.text[a:last]
        draft = ctx.new_draft(places.strip(), a + len(places) - len(places.lstrip()),
                              key_measure="" if after is None else ctx.text[after[0]:after[1]])
        read_figure(ctx, draft, fig, role, clause)
        return draft
    if m is None and SUBJECT_PLACE_AT_END.search(ctx.text, max(fig.lead_start, a - 12), a):
        m = PROPER_PLACE.match(ctx.text, a, b)     # "huyện Tân Lạc …": "huyện" stripped as a filler
    if m is None and _HAS_BEFORE.search(ctx.lower, b, fig.rec.start):
        m = ZONE_SUBJECT.match(ctx.text, a, b)      # "các khu công nghiệp và Khu kinh tế … có 09 dự án …"
    if m is None:
        m = _PROPER_SUBJECT.match(ctx.text, a, b)   # "Mường Báng đã hoàn thành được 17/19 tiêu chí"
    end = m.end() if m is not None else None
    if end is None and ctx.home and ctx.home != UNSURE and ctx.folded.startswith(ctx.home, a):
        end = a + len(ctx.home)
        if ctx.text[end:end + 1].isalnum():
            end = None
    if end is None or not has_letter(ctx.text, end, fig.rec.start):
        return None     # "(xã Thái Thụy 100 cây, xã Thái Ninh 150 cây)": a part of a whole by place, named by it
    rest = name_in(ctx, end, b)
    # "thành phố này thu hơn 2.500 tỷ đồng", "xã Nâm Nung đã huy động trên 78 tỷ đồng": a subject
    # surely so (pointed at, or doing with a word of aspect) is no part of the name either way; not a
    # place that tells parts apart ("(Phường Phố Hiến xảy ra 01 vụ; xã Hưng Hà xảy ra 01 vụ)")
    sure = rest is not None and (_ASPECT_AFTER.match(ctx.lower, end, rest[0]) is not None
                                 or (m is not None and _POINTED.search(m.group()) is not None))
    after = phrase_after(ctx, fig.rec, fig.tail_end)
    if rest is not None and not (ACTION_ONLY.match(ctx.folded, *rest) or verb_only(ctx.text[rest[0]:rest[1]])):
        if not sure:
            return None
        if after is not None:   # "tỉnh đã lập danh sách 1.006 người có công"
            return named_by_verb_and_phrase(ctx, fig, role, clause, verb=rest, after=after)
        after = rest
    if after is None and sure and unit_of(fig.rec)[0] in CURRENCIES:
        after = rest        # a sum of money raised or collected: the verb ("huy động", "thu"); a count needs its noun
    if after is None:
        return None
    draft = ctx.new_draft(ctx.text[after[0]:after[1]], after[0])
    read_figure(ctx, draft, fig, role, clause)
    return draft
