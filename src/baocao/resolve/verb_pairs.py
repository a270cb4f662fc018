"""Two verbs of one action joined by a comma (``phòng, chống``, ``giới thiệu, tạo việc làm``, ``trồng mới, trồng
lại``): the comma joins two pieces of one name, which names the action whole. The dev gold names them so in
four publishers (222 ``giới thiệu, tạo việc làm``, 310 ``trồng mới, trồng lại chè``, 148 ``Tuyển chọn, gọi công
dân nhập ngũ``, 225 ``công tác phòng, chống dịch bệnh``). A piece is a verb of the pair only when the tagger
reads every word of it a verb (not an adverb or an adjective: ``Quản lý, bảo vệ tốt 500 ha rừng`` stays named
``rừng``), and a name after the comma is the pair's second verb only when it opens with a verb and its object
(``tạo việc làm``), see :func:`baocao.resolve.enumerations.over_enumeration`; a naming action (``naming_actions``)
and a second verb after its comma name the figure with the thing after it (:func:`naming_pair_at_end`)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from baocao.core.rules import compile_at
from baocao.resolve.phrases import PHRASE_CACHE_SIZE
from baocao.resolve.tagger import tags as pos_tags
from baocao.resolve.vocabulary import NOT_LETTER_BEFORE, WORDS, exact_alternation

__all__ = ["nouns_only", "opens_with_a_verb", "verbs_only", "verb_and_object", "verb_led_item", "naming_pair_at_end", "naming_pair_at_start",
           "pair_before"]

#: a naming action, a comma, and one or two words, then ``được``/``cho``, at the end of the text before a figure
#: (lower-cased, with diacritics): ``trồng mới, trồng lại được 34,5 ha chè``
NAMING_PAIR_AT_END = regex.compile(
    rf"(?<!gieo\s){NOT_LETTER_BEFORE}(?P<verb>{exact_alternation(WORDS.naming_actions)}),[ \u00a0]*"
    r"(?P<second>\p{L}+(?:[ \u00a0]+\p{L}+)?)(?:\s+(?:được|cho))?\s*$")
#: a naming action and a comma at the start of a name (``trồng mới, trồng lại chè``), lower-cased
NAMING_PAIR_AT_START = compile_at(
    rf"(?:{exact_alternation(WORDS.naming_actions)}),[ \u00a0]*(?P<second>\p{{L}}+)(?:[ \u00a0]+(?P<more>\p{{L}}+))?")
_NOUN_TAGS = ("N", "Np", "Nc")
PAIR_REACH = 24
"""How far before a figure's lead (which starts after the pair's comma) a naming action's pair is looked for."""


@lru_cache(maxsize=PHRASE_CACHE_SIZE)
def _tag_names(phrase: str) -> tuple[str, ...]:
    """The tag of each word of ``phrase``, read once for the predicates below; none when the tagger fails (it is
    optional help, never a failure)."""
    try:
        return tuple(t for _, t in pos_tags(phrase))
    except Exception:  # pragma: no cover
        return ()


def verbs_only(phrase: str) -> bool:
    """True when the tagger reads every word of ``phrase`` a verb (``giới thiệu``, ``trồng lại``; not
    ``bảo vệ tốt``, not ``dịch vụ``)."""
    tags = _tag_names(phrase)
    return bool(tags) and all(t == "V" for t in tags)


def opens_with_a_verb(phrase: str) -> bool:
    """True when the tagger reads the first word of ``phrase`` a verb (``phát triển được …``, ``thu hút …``)."""
    tags = _tag_names(phrase)
    return bool(tags) and tags[0] == "V"


def nouns_only(phrase: str) -> bool:
    """True when the tagger reads every word of ``phrase`` a noun (``dịch vụ``; not ``Ngành sản xuất``)."""
    tags = _tag_names(phrase)
    return bool(tags) and all(t in _NOUN_TAGS for t in tags)


def verb_and_object(phrase: str) -> bool:
    """True when ``phrase`` opens with a verb and a noun, its object (``tạo việc làm``, ``chống dịch bệnh``;
    not ``bảo vệ tốt diện tích rừng``, not ``xây dựng`` alone)."""
    tags = _tag_names(phrase)
    return len(tags) >= 2 and tags[0] == "V" and tags[1] in _NOUN_TAGS


def verb_led_item(piece: str) -> bool:
    """True when the tagger reads ``piece`` as one verb, or one verb and one noun (``vận tải``, ``thu thuế``):
    the first item of a list of nouns the tagger misreads, or the verb of the list's objects; not a verb with
    an adverb or an adjective (``Phát triển mạnh``), nor two verbs (``Đẩy mạnh sản xuất``)."""
    tags = _tag_names(piece)
    return tags == ("V",) or (len(tags) == 2 and tags[0] == "V" and tags[1] in _NOUN_TAGS)


def naming_pair_at_end(lower: str, lead_start: int, start: int) -> Optional[tuple[int, int]]:
    """The span of a naming action and the second verb of its pair right before a figure at ``start``
    (``trồng mới, trồng lại được 34,5 ha chè`` → ``trồng mới, trồng lại``), None when there is none."""
    m = NAMING_PAIR_AT_END.search(lower, max(0, lead_start - PAIR_REACH), start)   # the lead starts after the comma
    if m is None or not verbs_only(m.group("second")):
        return None
    return m.start(), m.end("second")


def naming_pair_at_start(lower: str, at: int) -> Optional[int]:
    """The end of a naming action's pair that opens a name at ``at`` (``trồng mới, trồng lại chè`` → the end
    of ``trồng lại``), None when the name opens with no such pair."""
    m = NAMING_PAIR_AT_START.match(lower, at)
    if m is None:
        return None
    if m.group("more") is not None and verbs_only(f"{m.group('second')} {m.group('more')}"):
        return m.end("more")
    return m.end("second") if verbs_only(m.group("second")) else None


PAIR_FIRST_WORDS = 3
"""The first verb of a pair of one action is at most this many words (``giới thiệu``)."""


def pair_before(text: str) -> bool:
    """True when ``text``, the words of a name before its piece of the name's own, is the first verb of a pair
    and its comma (``giới thiệu, ``): the name's key reads the second verb and what follows it."""
    piece = text.rstrip(" \u00a0")
    if not piece.endswith(","):
        return False
    piece = piece[:-1].strip()
    return 0 < len(piece.split()) <= PAIR_FIRST_WORDS and verbs_only(piece)
