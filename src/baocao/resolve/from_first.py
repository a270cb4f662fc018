"""An old level written before its change verb (``Tỷ lệ hộ nghèo từ hơn 10% những năm 2011 đã giảm còn
1,57% vào năm 2022``): the figure after a name and ``từ`` is the old level of the change the verb and its
to-word after it make, as it is after ``giảm từ`` (``resolve.roles``)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Optional

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.vocabulary import INCREASE, WORDS

if TYPE_CHECKING:
    from baocao.resolve.context import Context, Figure

__all__ = ["change_after_an_old_level"]

# the lead ends with "từ" after a word that is no change verb (that is "giảm từ …", read by resolve.roles)
_FROM_AFTER_A_NAME = regex.compile(
    rf"(?<!{words_pattern(WORDS.change_from_verbs + WORDS.level_from_verbs)}\s+)(?:\s+\S+)?{words_pattern(WORDS.from_words)}$")
# the tail: the old level's period at most ("những năm 2011", "(năm 2010)"), an aspect word, the change verb
# and its to-word, up to the next figure
_VERB_AND_TO = regex.compile(
    r"\s*(?:\(?\s*(?:nhung\s+|cuoi\s+|dau\s+)?nam\s+\d{4}\s*\)?)?\s*,?\s*(?:(?:da|van|deu)\s+)?"
    rf"(?P<verb>{words_pattern(WORDS.change_from_verbs)})\s+{words_pattern(WORDS.to_words)}\s*$")


def change_after_an_old_level(ctx: Context, fig: Figure, lead: str) -> Optional[Literal["tăng", "giảm"]]:
    """The direction (``tăng``/``giảm``) of the change when the figure is an old level written before its
    change verb (folded ``lead`` ends with ``từ`` after a name; the figure's tail holds its period at most,
    the verb and a to-word up to the next figure); None otherwise (``lao động từ 15 tuổi trở lên``)."""
    if not _FROM_AFTER_A_NAME.search(lead):
        return None
    m = _VERB_AND_TO.match(ctx.folded, fig.end, fig.tail_end)
    if m is None:
        return None
    return "tăng" if INCREASE.search(m.group("verb")) or "nang" in m.group("verb") else "giảm"
