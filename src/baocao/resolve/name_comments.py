"""A comment on a subject at the end of a name: a verb that says what the subject contributed, how far it grew or
what share it holds (``comment_verbs``), graded by a superlative or a degree (``comment_grades``), perhaps after a
word of degree or a trend (``comment_openers``), right before the figure. The figure measures the subject, the text
before the verb; the comment is no part of its name (read by
:func:`baocao.resolve.naming.named_by_phrase_before`, before the name's enumeration and structure are read):

- ``khu vực thương mại dịch vụ đóng góp nhiều nhất 3,38 điểm phần trăm`` → ``khu vực thương mại dịch vụ`` (296,
  Bình Định's planning office); ``ngành nông-lâm nghiệp-thủy sản ngày càng giảm và chiếm tỷ trọng thấp nhất
  (18,65%)`` → ``ngành nông-lâm nghiệp-thủy sản`` (320, Lao động Thủ đô on Tây Ninh); ``Kinh tế của tỉnh Bình
  Phước 6 tháng đầu năm tăng trưởng khá, ước đạt 6,91%`` → ``Kinh tế của tỉnh Bình Phước`` (282, nghean24h), a
  growth still (the draft is marked ``growth_named``: its measure, and the framing its parts take from it,
  read the growth its name no longer holds);
- with no grade, only where the figure says what the verb is of: ``đóng góp`` before points of a growth rate
  (``công nghiệp đóng góp 2,22 điểm phần trăm``; a sum contributed keeps its verb: ``nhân dân đóng góp 250 tỷ
  đồng``), ``tăng trưởng`` before a percentage (``tổng sản phẩm trên địa bàn tỉnh (GRDP) tăng trưởng 5,22%``; not a
  rate word's: ``tốc độ tăng trưởng``);
- ``tăng trưởng`` only after a subject that grows: the economy or its output (``economy_growth_names``), a sector or an
  industry (``industry_prefixes``), not an aim (``tạo nền tảng vững chắc cho mục tiêu tăng trưởng từ 10% trở lên``, a
  party congress's report).

Only when a name is left before the comment: a verb alone (``…, đóng góp 1,98 điểm %``) or after a time alone
(``quý I đóng góp 2,03 điểm %``) keeps its name as it was. A verb of change is no comment (``quy mô VA khu vực
dịch vụ mở rộng nhiều nhất với gần 4.810 tỷ đồng`` measures by how much it grew, 088: its verb stays)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

import regex

from baocao.resolve._rules import words_pattern
from baocao.resolve.context import Context, folded_unit
from baocao.resolve.enumerations import over_enumeration
from baocao.resolve.vocabulary import WORDS, exact_words

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord

__all__ = ["before_a_comment"]

COMMENT_REACH = 80
"""How far back from a name's end a comment at its end is looked for."""

_SP = r"[ \u00a0]+"
_OPENERS = rf"(?:{_SP}{words_pattern(WORDS.comment_openers)})*"
# on folded text: a comment verb and a grade at the end of a name, after a word
_GRADED_AT_END = regex.compile(
    rf"(?<=\p{{L}}|\)){_OPENERS}{_SP}{words_pattern(WORDS.comment_verbs)}{_SP}{words_pattern(WORDS.comment_grades)}"
    r"[ \u00a0]*$")
# on folded text: "đóng góp" with no grade at the end of a name, after a word (before points of a growth rate)
_CONTRIBUTED_AT_END = regex.compile(rf"(?<=\p{{L}}|\)){_OPENERS}{_SP}dong[ \u00a0]+gop[ \u00a0]*$")
# on folded text: "tăng trưởng" with no grade at the end of a name, after a word
_GREW_AT_END = regex.compile(rf"(?<=\p{{L}}|\)){_OPENERS}{_SP}tang[ \u00a0]+truong[ \u00a0]*$")
# on lower-cased text (folded, "đà" would be "đã"): a word that makes "tăng trưởng" after it a noun, the growth named
# (a rate word, "tốc độ tăng trưởng", or one of growth_nouns_before, "sự tăng trưởng")
_GROWTH_NOUN = regex.compile(rf"{exact_words([*WORDS.subject_rates, *WORDS.growth_nouns_before])}{_SP}tăng{_SP}trưởng")
_GROWTH = regex.compile(r"(?<!\p{L})tang[ \u00a0]+truong(?!\p{L})")   # on folded text: the comment says it grew
# on folded text: what grows, in the subject of "tăng trưởng": the economy or its output (economy_growth_names), a
# sector or an industry (industry_prefixes); not an aim ("tạo nền tảng vững chắc cho mục tiêu tăng trưởng từ 10%")
_GROWTH_SUBJECT = regex.compile(words_pattern([*WORDS.economy_growth_names, *WORDS.industry_prefixes]))
_POINTS = "diem phan tram"      # the folded unit of points of a rate ("2,22 điểm phần trăm", "1,98 điểm %")


def before_a_comment(ctx: Context, a: int, b: int, rec: FigureRecord) -> Optional[tuple[int, bool]]:
    """The end of the name [a, b) of figure `rec` before a comment on its subject at its end (see the module's
    text), and whether the comment says the subject grew (``tăng trưởng``); None when there is none or no letter is
    left before it."""
    lo = max(a, b - COMMENT_REACH)
    m = _GRADED_AT_END.search(ctx.folded, lo, b)
    if m is None and folded_unit(rec) == _POINTS:
        m = _CONTRIBUTED_AT_END.search(ctx.folded, lo, b)
    if m is None and rec.kind == "percentage":
        m = _GREW_AT_END.search(ctx.folded, lo, b)
    if m is None or m.start() <= a:
        return None
    grew = _GROWTH.search(m.group()) is not None
    # the subject with the enumeration it ends ("khu vực nông, lâm nghiệp và thủy sản tăng trưởng 3,2%": the name
    # read so far opens at "lâm nghiệp")
    if grew and (_GROWTH_SUBJECT.search(ctx.folded, over_enumeration(ctx, a, m.start()), m.start()) is None
                 or _GROWTH_NOUN.search(ctx.lower, max(a, m.start() - COMMENT_REACH), m.end()) is not None):
        return None
    return m.start(), grew
