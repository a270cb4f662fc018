"""A name head opens an enumeration after an opener: ``Trong đó giá trị nông nghiệp, chăn nuôi, thủy sản
đạt 50 tỉ đồng`` names ``giá trị nông nghiệp, chăn nuôi, thủy sản``, not the last piece (``thủy sản``);
``Trong đó, phấn đấu giá trị sản xuất nông nghiệp, thủy sản tăng bình quân 3,2%/năm`` names ``giá trị sản
xuất nông nghiệp, thủy sản``. The first piece of such an enumeration is longer than a piece of it (the
head, then the first item), so :func:`baocao.resolve.enumerations.over_enumeration` takes it only when it
opens with a name head (``name_heads``: ``giá trị``, ``sản lượng``, ``khu vực`` …) and is no clause, and
only an opener, the reporting place, a filler, a target or an estimate word stands before it in its clause
(:func:`head_opens_enumeration`)."""
from __future__ import annotations

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context
from baocao.resolve.vocabulary import HEAD_CUT_VERB, MAX_NAME_WORDS, NAME_HEAD, WORDS, exact_words

__all__ = ["head_opens_enumeration"]

#: a clause word of a piece before a comma (``clause_words``: ``đạt``, ``có``, ``được`` …), as written (lower-cased,
#: with diacritics): folded, ``đạt`` is ``đất`` (``diện tích đất nông, lâm nghiệp``), ``được`` is ``dược``,
#: ``đã`` is ``đá``, ``nhờ`` is ``nhỏ``, ``tăng`` is ``tầng``, nouns of the piece, no clause
CLAUSE_WORD_AS_WRITTEN = regex.compile(exact_words(WORDS.clause_words))

# on folded text: what may stand before the first piece in its clause (``Trong đó``, ``Trong đó, phấn
# đấu``, ``Toàn tỉnh``, ``ước``): the enumeration's context words (vocabulary.ENUMERATION_CONTEXT's) and
# the framing words of a target or an estimate
_BEFORE_HEAD = regex.compile(r"[\s,:]*(?:" + words_pattern(
    WORDS.breakdown_openers + [w for w in WORDS.start_fillers if w not in WORDS.topic_markers]
    + WORDS.opening_fillers + WORDS.target + WORDS.estimate) + r"[\s,:]*)+")


def head_opens_enumeration(ctx: Context, start: int, first: int, comma: int) -> bool:
    """True when the piece [first, comma) right before a comma of an enumeration opens it though it is
    longer than a piece: it opens with a name head, holds at most ``max_name_words`` words, no clause
    word (``đạt``, ``tăng`` …) and no verb that ends a clause before a name (``nâng``, ``đưa`` …), and
    what stands before it from the start of its clause, [start, first), is only an opener, a filler, a
    target or an estimate word (see the module's text)."""
    if NAME_HEAD.match(ctx.lower, first) is None:
        return False
    if len(ctx.text[first:comma].split()) > MAX_NAME_WORDS:
        return False
    if CLAUSE_WORD_AS_WRITTEN.search(ctx.lower, first, comma) or HEAD_CUT_VERB.search(ctx.lower, first, comma):
        return False
    return _BEFORE_HEAD.fullmatch(ctx.folded, start, first) is not None
