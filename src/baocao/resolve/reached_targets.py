"""Whether a clause says its targets were reached, so that what it leads to lists results, not targets.

A clause before a colon, or the lead of a statement, that names targets (``Đảng bộ huyện đề ra 11 chỉ tiêu
chủ yếu, như: …``) opens a list of targets; one that says they were reached opens a list of results. Two
shapes say so:

- ``chỉ tiêu`` and, within three words after it, a reached verb (``vocabulary.TARGETS_REACHED``: ``nhiều chỉ
  tiêu đạt và vượt kế hoạch đề ra:``, ``Các chỉ tiêu đạt cao bao gồm :``);
- a reached verb whose object is a plan (``reached_objects``: ``chỉ tiêu``, ``kế hoạch``, ``mục tiêu``,
  ``nghị quyết``), perhaps after a second verb (``đạt và vượt``), ``được``, a comparison's prefix (``so
  với``) and a determiner or a count (``reached_determiners``: ``các``, ``những``, ``14/16``), wherever the
  plan's subject stands: ``Đảng bộ xã … đạt và vượt các chỉ tiêu Nghị quyết Đại hội đề ra:`` (Báo Phú Thọ),
  ``các chỉ tiêu chủ yếu về phát triển kinh tế, xã hội, môi trường đều đạt và vượt kế hoạch đề ra:`` (Báo Lâm
  Đồng), ``19 chỉ tiêu chủ yếu về phát triển kinh tế - xã hội đều đạt và vượt so với kế hoạch Nghị quyết …
  đã đề ra, nổi bật như:`` (Dân Việt, 243).

A third says what the indicators did, not what they were to do: ``chỉ tiêu`` and, within two words, a change
against a base (``INDICATORS_CHANGED``: ``Các chỉ tiêu tăng so với năm 2019:`` (Hải Phòng, 430), ``nhiều chỉ tiêu
tăng trưởng so với cùng kỳ năm trước như:`` (Điện Biên, 080)), no modal or purpose anywhere in the clause
(``Phấn đấu các chỉ tiêu tăng so với năm 2024:`` stays a plan).

The first two are a reach only as the verb is written, not as it folds (``đặt mục tiêu``, ``chỉ tiêu đặt ra``: a plan
set, ``plan_set_verbs``), and not after a word that makes the reach a goal: a modal or a purpose before the
verb in the clause (``reach_modals``: ``phấn đấu đạt và vượt các chỉ tiêu đề ra:``, ``để đạt các chỉ tiêu đề
ra như:``; ``reach_modals_at_verb`` right before it only, a noun too: ``quyết tâm hoàn thành các chỉ tiêu``), nor in a clause that names a horizon (``Đến năm 2030, đạt các chỉ tiêu sau:``), nor when the plan is
"the following" one (``reached_following``: ``Năm 2025, tỉnh quyết tâm đạt và vượt các chỉ tiêu kế hoạch sau:``, the
list after it the plan to reach), unless ``đã`` stands right before the verb (``reached_past``: a reach that is over).
"""
from __future__ import annotations

import regex

from baocao.core.fold import fold, fold_aligned
from baocao.core.rules import compile_at
from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import TARGETS_REACHED, WORDS, exact_forms

__all__ = ["says_reached"]

_VERB = words_pattern(WORDS.reached_verbs)
#: a reached verb, its second verb and ``được``, then a comparison's prefix, a determiner or a count, then a
#: plan: ``đạt và vượt các chỉ tiêu``, ``vượt so với kế hoạch``, ``đạt 14/16 chỉ tiêu`` (folded text)
PLAN_REACHED = regex.compile(
    rf"(?P<verb>{_VERB})(?:[^\S\n]*,?[^\S\n]+(?:va[^\S\n]+)?{_VERB}|[^\S\n]+(?:duoc|muc))*"
    rf"(?:[^\S\n]+{words_pattern(WORDS.base_prefixes)})?"
    rf"(?:[^\S\n]+(?:{words_pattern(WORDS.reached_determiners)}|\d+(?:/\d+)?))?"
    rf"[^\S\n]+{words_pattern(WORDS.reached_objects)}")
#: a word before the verb that makes the reach a goal (folded text); one of ``reach_modals_at_verb`` only right
#: before it (``quyết tâm hoàn thành``, not ``Với quyết tâm cao, …, huyện hoàn thành``)
GOAL_BEFORE = regex.compile(rf"{words_pattern(WORDS.reach_modals)}|{words_pattern(WORDS.reach_modals_at_verb)}\s*$")
#: a horizon: ``đến năm 2030``, ``tới 2025`` (folded text)
HORIZON = regex.compile(r"(?<![\p{L}\p{N}])(?:den|toi)[^\S\n]+(?:nam[^\S\n]+)?(?:19|20)\d\d(?!\d)")
#: ``đã`` right before the verb (folded text): the reach is over
PAST_BEFORE = regex.compile(words_pattern(WORDS.reached_past) + r"[^\S\n]+$")
#: after a plan reached, a few words (not ``như``: ``như sau`` is a manner) and ``sau`` before the colon or the
#: clause's end: the list that follows is the plan to reach (``đạt và vượt các chỉ tiêu chủ yếu sau:``; folded text)
FOLLOWING_AFTER = compile_at(
    rf"(?:[^\S\n]+(?!nhu(?![\p{{L}}\p{{N}}]))[\p{{L}}\p{{N}}/–-]+){{0,4}}?[^\S\n]+"
    rf"{words_pattern(WORDS.reached_following)}[^\S\n]*(?::|$)")
#: ``chỉ tiêu`` and, within two words after it (no modal), a change against a base: ``Các chỉ tiêu tăng so với năm
#: 2019:``, ``nhiều chỉ tiêu tăng trưởng cao so với năm 2020``, ``nhiều chỉ tiêu tăng so cùng kỳ``: indicators that
#: moved, results (folded text; ``so`` as written, not ``số``)
INDICATORS_CHANGED = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])chi tieu(?:[^\S\n]+(?!{words_pattern(WORDS.reach_modals + WORDS.reach_modals_at_verb)})"
    rf"[\p{{L}}\p{{N}}]+){{0,2}}?[^\S\n]+{words_pattern(WORDS.change_predicates)}(?:[^\S\n]+[\p{{L}}\p{{N}}]+){{0,2}}?"
    rf"[^\S\n]+(?P<base>so[^\S\n]+voi|sv|so(?=[^\S\n]+{words_pattern(WORDS.change_bases)}))(?![\p{{L}}\p{{N}}])")
#: a plan's word or a verb that sets or adopts targets in the clause before such ``chỉ tiêu`` (folded text, after the
#: last comma, colon or semicolon): the indicators are the plan's, to change (``Kế hoạch năm 2025 với các chỉ tiêu
#: tăng so với năm 2024:``, ``HĐND tỉnh thông qua các chỉ tiêu tăng so với năm 2024:``)
PLAN_BEFORE_CHANGED = regex.compile(
    words_pattern([w for w in WORDS.plan_words if fold(w) != "chi tieu"] + WORDS.adopt_verbs + WORDS.plan_set_verbs)
    + r"[^,;:]*$")
_SET_VERBS = frozenset(exact_forms(WORDS.plan_set_verbs))
_VERB_AT_END = regex.compile(_VERB + "$")


def _as_written(text: str, start: int, end: int) -> bool:
    """The verb at [start, end) is a reached verb as written, not a verb that sets a plan (``đặt``)."""
    return text[start:end].lower() not in _SET_VERBS


def says_reached(text: str, folded: str | None = None) -> bool:
    """True when the clause ``text`` (clean text; ``folded``, its aligned fold, if known) says its targets
    were reached (the module's shapes).

    >>> [says_reached(t) for t in ("Nhiệm kỳ qua, Đảng bộ xã đạt và vượt các chỉ tiêu Nghị quyết đề ra",
    ...     "các chỉ tiêu chủ yếu về kinh tế, xã hội đều đạt và vượt kế hoạch đề ra",
    ...     "phấn đấu đạt và vượt các chỉ tiêu đề ra", "Thành phố đặt mục tiêu", "Đảng bộ đề ra 11 chỉ tiêu")]
    [True, True, False, False, False]
    """
    if folded is None:
        folded = fold_aligned(text)
    changed = INDICATORS_CHANGED.search(folded)
    if changed is not None and text[changed.start("base"):changed.end("base")].lower().startswith(("so", "sv")) \
            and not GOAL_BEFORE.search(folded) and not PLAN_BEFORE_CHANGED.search(folded, 0, changed.start()):
        return True
    m = TARGETS_REACHED.search(folded)
    if m is not None:
        verb = _VERB_AT_END.search(folded, m.start(), m.end())
        if verb is not None and _as_written(text, verb.start(), verb.end()):
            return True
    for m in PLAN_REACHED.finditer(folded):
        start, end = m.span("verb")
        if not _as_written(text, start, end):
            continue
        before = folded[:start]
        if PAST_BEFORE.search(before) or not (GOAL_BEFORE.search(before) or HORIZON.search(folded)
                                              or FOLLOWING_AFTER.match(folded, m.end())):
            return True
    return False
