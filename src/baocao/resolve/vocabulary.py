"""The words of indicator statements (``data/indicators.yaml``), compiled once at import.

Word lists are matched on folded text (``fold``: no diacritics, lower case) as whole words
(:func:`~baocao.resolve._rules.words_pattern`), except the fillers, matched with their diacritics on
the lower-cased clean text (see :func:`exact_alternation`). The shapes below the vocabulary
(separators, years, list numbers, punctuation) are the forms of writing, not words.
"""
from __future__ import annotations

import unicodedata
from typing import Callable, Iterable, Optional, get_args

import regex

from baocao.core.fold import canonical, fold
from baocao.core.numbers.words import QUALIFIERS
from baocao.core.rules import GIL_HELD, alternation, compile_at, escaped
from baocao.resolve._rules import load, target_words_pattern, words_pattern
from baocao.schema import Money

WORDS = load("indicators")
NOT_LETTER_BEFORE = r"(?<![\p{L}\p{N}])"
NOT_LETTER_AFTER = r"(?![\p{L}\p{N}])"


def exact_alternation(words: Iterable[str]) -> str:
    """Regex alternation (a group) of lower-cased ``words`` with their diacritics, longest first (both tone
    conventions: ``hoà``/``hòa``)."""
    return alternation(exact_forms(words), gap=r"[ \u00a0]+")


def exact_words(words: Iterable[str]) -> str:
    """Regex of the ``words`` (:func:`exact_alternation`) as whole words of the lower-cased text."""
    return rf"{NOT_LETTER_BEFORE}{exact_alternation(words)}{NOT_LETTER_AFTER}"


def exact_forms(words: Iterable[str]) -> set[str]:
    """The forms :func:`exact_alternation` matches: each word lower-cased, in both tone conventions."""
    words = list(words)
    forms = {unicodedata.normalize("NFC", w).lower() for w in words} | {canonical(w) for w in words}
    forms |= {unicodedata.normalize("NFC", w).lower() for w in (_old_style(f) for f in forms)}
    return forms


class AtEnd:
    """A pattern that matches only at the end of the text (``…\\s*$``), read leftwards from the end:
    :meth:`search` is the pattern's reverse form (``(?r)``) matched where the text ends, not tried
    at every offset of the text; with ``could_end``, a test of the text's end (without its
    trailing whitespace) that holds wherever the pattern matches, it is tried only where the test
    holds. It finds what the pattern's search finds, the same span (tests/test_vocabulary_at_end.py):
    the patterns given are a word or a run (the longest first, leftwards as rightwards) before
    whitespace and the end, whose leftmost start is the start of the longest run that ends there.
    A pattern of optional pieces tried in the order listed (``leftwards=False``) is searched
    rightwards."""

    def __init__(self, pattern: str, could_end: Optional[Callable[[str], bool]] = None, *,
                 leftwards: bool = True) -> None:
        self.pattern = regex.compile(pattern)
        self.leftwards = regex.compile("(?r)" + pattern) if leftwards else None
        self.could_end = could_end

    def search(self, text: str) -> Optional[regex.Match[str]]:
        if self.could_end is not None and not self.could_end(text.rstrip()):
            return None
        return (self.pattern.search(text, None, None, GIL_HELD) if self.leftwards is None
                else self.leftwards.match(text, None, None, GIL_HELD))


def _ends_with_a_form(words: Iterable[str]) -> Callable[[str], bool]:
    """The test that a text ends with the last word of a form of ``words`` (:func:`exact_forms`):
    whatever a match of the alternation ends with."""
    last = tuple({f.split(" ")[-1].rstrip() for f in exact_forms(words)})
    if not all(last):
        return lambda text: True
    return lambda text: text.endswith(last)


def listed_alternation(words: Iterable[str]) -> str:
    """Regex alternation of folded ``words`` in the order listed, one space between words, with no
    word boundaries (for vocabulary that sits inside a larger pattern)."""
    return "|".join(escaped(fold(w), " ") for w in words)


def _old_style(word: str) -> str:
    from baocao.normalize.unicode import tone_edits

    out, pos = [], 0
    for e in tone_edits(word, "old"):
        out += [word[pos:e.start], e.after]
        pos = e.end
    return "".join(out) + word[pos:]


def _any_of(words: Iterable[str]) -> regex.Pattern[str]:
    return regex.compile(words_pattern(words))


# ----- shapes of writing ----------------------------------------------------------------------
#: A full stop (or the last of an ellipsis's) right before a capitalised word, with no space between them, after a
#: word of two small letters: a sentence's end glued to the next ("… đạt 56% so cùng kỳ.Trong đó thu địa bàn 9,6 tỉ
#: đồng", 159 Đài PT-TH Kon Tum; "… tại xã An Nhơn...Đến nay, …", 262 Báo Lâm Đồng); not "TP.Hồ Chí Minh", nor a small
#: abbreviation of a town's unit, "tp.Hồ Chí Minh", "tx.Sơn Tây", "tt.Phong Điền". A pattern's piece, shared by
#: :data:`SEPARATOR` and the pieces of an enumeration (resolve/enumerations.py).
GLUED_STOP = r"(?<=\p{Ll}\p{Ll}\.{0,2})(?<!(?<!\p{L})(?:tp|tx|tt))\.(?=\p{Lu}\p{Ll})"
# ends a segment of a scope (and a table cell's "|"), and so does a glued stop
SEPARATOR = regex.compile(r"[;:!?\n|]|\.(?=\s)|\.\Z|" + GLUED_STOP)
YEAR_NUMBER = r"(?:19|20)\d\d"
YEAR_RANGE = regex.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")
# a crop or school year written with a slash ("niên vụ 2022/2023", "năm học 2023/2024"): two years in a
# row, a span, never a fraction
YEAR_PAIR = regex.compile(r"(?<![\d,.])((?:19|20)\d\d)\s*/\s*((?:19|20)\d\d)(?![\d,.]\d)")
# a year after "năm" that no period record holds; a date's year ("đến ngày 15/10/2023") dates a day,
# not the span a figure is measured over
YEAR = regex.compile(rf"{NOT_LETTER_BEFORE}(?:{listed_alternation(WORDS.year_words)})\s+"
                     r"((?:19|20)\d\d)(?!\d)")
PERIOD = (rf"(?:(?:{listed_alternation(WORDS.period_leads)})\s+)?"
          rf"(?:(?:{listed_alternation(WORDS.period_nouns)})\s+)?"
          r"(?:(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d|(?:19|20)\d\d|\d{1,2}/\d{1,2}(?:/\d{2,4})?)")
# the lead words a period record at the end of a phrase leaves behind ("Tỷ lệ hộ nghèo tính đến cuối"
# once "năm 2010" is cut)
# on lower-cased text with its diacritics: folded, "nuôi trồng" would end with the lead "trong"
PERIOD_LEAD_AT_END = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){exact_alternation(WORDS.period_leads)}\s*$")
_JUNK = r"[\s\-–—+*•.,:;(\[\]\"“”'‘’…/⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]+"
JUNK_AT_START = regex.compile("^" + _JUNK)
JUNK_AT_END = AtEnd(_JUNK + "$")
# the words before the first piece of an enumeration that are no piece ("Trong đó khu vực nông, lâm nghiệp, …",
# "Toàn tỉnh khu vực …"): a breakdown opener, the reporting place, an opening filler (folded text)
# (not a topic marker, "Về kinh tế, tổng sản lượng thủy sản …": a topic is no piece of the name)
ENUMERATION_CONTEXT = regex.compile(r"[\s,:]*(?:" + words_pattern(
    WORDS.breakdown_openers + [w for w in WORDS.start_fillers if w not in WORDS.topic_markers]
    + WORDS.opening_fillers) + r"[\s,:]*)+")
# a news byline at the start of a line, before the lead's first sentence ("Điện Biên TV - Tốc độ tăng trưởng …",
# "(CT) - Trong 6 tháng …", "ĐBP - Chiều nay …"): a source in parentheses, or words that end with "TV" or an
# abbreviation in capitals, then a dash and a word that starts a sentence (not "TTGDNN - GDTX huyện", not
# "Công nghiệp - Xây dựng")
BYLINE = regex.compile(r"[ \t]*(?:\([^()\n]{1,24}\)|(?:\p{Lu}\p{Ll}*[ \t]+){0,3}(?:TV|\p{Lu}{2,}))"
                       r"[ \t]*[-–—][ \t]+(?=\p{Lu}\p{Ll})")
# an explaining parenthesis at the end of a name (on folded text), not one that leaves something out
PAREN_AT_END = AtEnd(rf"\s*\((?!\s*(?:{listed_alternation(sorted(WORDS.excluding_words, key=len, reverse=True))})"
                             r"(?![\p{L}\p{N}]))[^()]*\)\s*$", lambda text: text.endswith(")"))
LIST_NUMBER = regex.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}[.)]|[a-zđ]\))\s*[-–—.]?\s*")
MARKERS = regex.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]+")                  # footnote anchors
WORD = regex.compile(r"[\p{L}\p{N}]+")
WORD_WITH_TAIL = regex.compile(r"[\p{L}\p{N}]\S*")
TWO_LETTERS = regex.compile(r"\p{L}{2,}")
LETTER_OR_DIGIT = regex.compile(r"[\p{L}0-9]")
UNIT_WORDS_AT_END = regex.compile(r"[\p{L}][\p{L} \u00a0]*$")   # "4 xã" -> "xã"
OPEN_PAREN = regex.compile(r"\s*\(")

# ----- framing --------------------------------------------------------------------------------
ESTIMATE = _any_of(WORDS.estimate)
TARGET = regex.compile(target_words_pattern(WORDS.target))     # not inside a name: "Chương trình mục tiêu"
STRIVE = _any_of(WORDS.strive_words)
# before a target word, these make it the base of a comparison or an achievement ("vượt 3,08% so với
# kế hoạch và tăng 0,94%", "đạt 97,67% so kế hoạch, giảm 5,37%") or a plan carried out ("thực hiện mục
# tiêu kép"): no target framing for what follows
PLAN_AS_BASE_BEFORE = regex.compile(
    rf"(?:{words_pattern(WORDS.base_prefixes + WORDS.achievement_verbs + WORDS.plan_done_verbs)}|[%)])[^\S\n]*$")
# "chỉ tiêu" then, within three words, a verb that says the targets were reached ("Các chỉ tiêu đạt cao
# bao gồm :", "nhiều chỉ tiêu đạt và vượt kế hoạch đề ra:"), no modal before it ("cần đạt": to be reached)
TARGETS_REACHED = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])chi tieu(?:\s+(?!{words_pattern(WORDS.reach_modals + WORDS.reach_modals_at_verb)})[\p{{L}}\p{{N}}/]+){{0,3}}?\s+"
    rf"{words_pattern(WORDS.reached_verbs)}")
# "thông qua 16 chỉ tiêu", "đề ra các chỉ tiêu": targets adopted; a list after them is of targets
ADOPTED_TARGETS = regex.compile(words_pattern(WORDS.adopt_verbs) + r"\s+(?:\S+\s+){0,2}?chi tieu(?![\p{L}\p{N}])")
# "… tương ứng là 41,57% - 15,45%", "… lần lượt 3%, 5% và 7%": figures in the order of the parts named
# the mark of a list item at the start of a line ("- ", "+ ", "b) ", "2. ", "(3) "), the mark in group 1
LIST_ITEM_MARK = regex.compile(r"[ \t\u00a0]*(\(?(?:\d{1,2}|[a-zđ])[.)]|[-+•*–])[ \t\u00a0]")
# (and the same period of another year between: "Cơ cấu tương ứng của cùng kỳ năm 2020 là …")
RESPECTIVELY_AT_END = regex.compile(words_pattern(WORDS.respectively_words)
                                    + r"(?:\s+cua\s+cung\s+ky(?:\s+nam(?:\s+\d{4}|\s+truoc))?)?"
                                    + r"(?:\s+(?:la|dat|bang))?\s*:?\s*$")
# the noun a numbered part is a part of ("khu vực" of "khu vực I-II-III"), on lower-cased text
# a growth name (measures.yaml growth_names) at an offset of the folded text: a whole name, no enumeration's piece
GROWTH_NAME_AT = regex.compile(words_pattern(load("measures").growth_names))
NAME_HEAD = regex.compile(exact_words(WORDS.name_heads))
# "xã Trung Hòa (Tân Lạc)", "thành phố này", "tỉnh": a place that is the subject of the text before a figure
# (the administrative word, then its proper name); the word may have been stripped from the name before
SUBJECT_PLACE = rf"(?i:{exact_alternation(WORDS.subject_places)})"
PLACE_NAME = r"(?:[ \u00a0]*(?:này|\p{Lu}['’]?\p{Ll}\p{L}*))*(?:\s*\([^()]*\))?(?![\p{L}\p{N}])"   # "Ea M'droh"
PLACE_SUBJECT = regex.compile(rf"\s*{SUBJECT_PLACE}{PLACE_NAME}")
PROPER_PLACE = regex.compile(r"\s*(?:\p{Lu}\p{Ll}\p{L}*[ \u00a0]*)+(?:\s*\([^()]*\))?(?![\p{L}\p{N}])")
# an administrative unit with its proper name ("huyện Pác Nặm"): a place that tells the parts of a whole
# apart, never the reporting body a start filler strips ("huyện có 9 xã"); matched on the cased text
PLACE_WITH_ITS_NAME = regex.compile(rf"\s*{SUBJECT_PLACE}[ \u00a0]+\p{{Lu}}['’]?\p{{Ll}}")
# "các khu công nghiệp và Khu kinh tế Đình Vũ – Cát Hải (tại thành phố Hải Phòng) có": zones that have what
# is counted after "có" (``zone_places``), matched on the cased text as the whole name before the figure
_ZONE = rf"(?:các[ \u00a0]+)?(?i:{exact_alternation(WORDS.zone_places)})(?:[ \u00a0]*[–-]?[ \u00a0]*\p{{Lu}}\p{{Ll}}*)*"
ZONE_SUBJECT = regex.compile(rf"\s*(?i:trong[ \u00a0]+)?{_ZONE}(?:[ \u00a0]*(?:,|và)[ \u00a0]*{_ZONE})*"
                             rf"(?:[ \u00a0]+tại[ \u00a0]+{SUBJECT_PLACE}{PLACE_NAME})?[ \u00a0]*$")
SUBJECT_PLACE_AT_END = regex.compile(rf"{NOT_LETTER_BEFORE}{SUBJECT_PLACE}[ \u00a0]*$")
# "quy mô kinh tế tiếp tục mở rộng", "… cả năm đã tăng so với năm 2016": what changed, before its figure
CHANGE_PREDICATE_AT_END = regex.compile(
    rf"(?:\s+{words_pattern(WORDS.predicate_adverbs)})*\s+{words_pattern(WORDS.change_predicates)}"
    rf"(?:\s+{words_pattern(WORDS.predicate_manners)})?"
    rf"(?:\s+{words_pattern(WORDS.base_prefixes)}[^,;:()]*)?[\s,]*$")
LIST_OPENER_AT_START = regex.compile(r"\s*" + words_pattern(WORDS.list_openers))
ACHIEVEMENT_VERB = _any_of(WORDS.achievement_verbs)
TARGET_SECTIONS = regex.compile(target_words_pattern(WORDS.target_sections))

# ----- roles ----------------------------------------------------------------------------------
INCREASE = _any_of(WORDS.increase)
DECREASE = _any_of(WORDS.decrease)
AVERAGING = _any_of(WORDS.averaging)
AVERAGING_AT_END = AtEnd(words_pattern(WORDS.averaging) + r"\s*$")
YEARLY = _any_of(WORDS.yearly)
# "GDP bình quân hàng năm tăng 12,3%", "thu ngân sách tăng bình quân hằng năm 10,8%": a yearly change,
# the yearly words the figure's, not the name's
YEARLY_CHANGE_AT_END = regex.compile(
    "(?:" + words_pattern(WORDS.yearly) + r"\s+" + words_pattern(WORDS.increase + WORDS.decrease)
    + "|" + words_pattern(WORDS.increase + WORDS.decrease) + r"(?:\s+" + words_pattern(WORDS.averaging) + r")?\s+"
    + words_pattern(WORDS.yearly) + r")\s*$")
# a yearly word right before a verb of reaching at the end of a lead: how often the figure is reached, no part
# of the name ("giao quân hằng năm đạt 100% chỉ tiêu"); not the crop that lives a year ("cây hàng năm đạt")
YEARLY_BEFORE_REACHING_AT_END = regex.compile(
    rf"(?<!{words_pattern(WORDS.yearly_kept_after)}[ \u00a0]+){words_pattern(WORDS.yearly)}"
    rf"[ \u00a0]+{words_pattern(WORDS.reaching_after_yearly)}[\s:]*$")
YEARLY_REACH = 40
"""How far from the end of a lead :data:`YEARLY_BEFORE_REACHING_AT_END` is looked for (its longest match)."""
# "tăng bình quân hằng năm 15,6%": yearly words between a direction word (group "change", with its
# averaging word) and its figure (on folded text)
YEARLY_AFTER_CHANGE_AT_END = regex.compile(
    "(?P<change>" + words_pattern(WORDS.increase + WORDS.decrease) + r"(?:\s+" + words_pattern(WORDS.averaging)
    + r")?)\s+" + words_pattern(WORDS.yearly) + r"\s*$")
ACHIEVEMENT_VERB_AT_END = regex.compile(words_pattern(WORDS.achievement_verbs) + r"\s*$")
EXCESS_VERBS = frozenset(fold(w) for w in WORDS.excess_verbs)
EXCESS_OVER = regex.compile(rf"\s*(?:{listed_alternation(WORDS.excess_over)})")
BASES = sorted(((fold(w), b.label) for b in WORDS.bases for w in b.words), key=lambda x: -len(x[0]))
#: The words of a plan base (``bases``: ``kế hoạch``, ``KH``, ``dự toán`` …) as a pattern of whole folded words.
PLAN_BASE_WORDS = words_pattern([w for b in WORDS.bases for w in b.words])
BASE_PREFIX = regex.compile(r"^\s*(?:" + words_pattern(WORDS.base_prefixes) + r")?\s*")
# "so với quý II/2020": a period after these is a base compared with, never the period of a figure
BASE_AT_START = compile_at(r"\s*" + words_pattern(WORDS.base_prefixes))   # "so với năm 2021" at a span's start
BASE_PREFIX_AT_END = regex.compile(words_pattern(WORDS.base_prefixes)
                                + rf"(?:\s+{words_pattern(WORDS.base_period_edges)})?\s*$")
# between two rates of one indicator: the first one's base, a separator and the second one's verb ("11,35%
# so với tháng trước và giảm 11,68%", "0,55% so với tháng trước, tăng 3,52%")
SECOND_RATE_GAP = regex.compile(
    rf"\s*{words_pattern(WORDS.base_prefixes)}[^,;.()%]*?(?:\s*[,;]|\s+va)\s*(?:{words_pattern(WORDS.estimate)}\s+)?"
    rf"{words_pattern(WORDS.increase + WORDS.decrease)}\s*")
STATUS = [(_any_of(s.words), s.status) for s in WORDS.status]
CHANGE_BASE = regex.compile(
    r"^\s*" + words_pattern(WORDS.change_base_prefixes)
    + rf"\s+((?:{listed_alternation(WORDS.change_bases)}|"
    + rf"(?:{listed_alternation(WORDS.year_words)})\s+{YEAR_NUMBER}|{YEAR_NUMBER})(?:\s+{YEAR_NUMBER})?)")
THRESHOLD_VERB_AT_END = regex.compile(
    rf"(?<!\p{{L}})(?:{listed_alternation(WORDS.threshold_verbs)})\s*"
    rf"(?:(?:{listed_alternation(WORDS.threshold_from)})\s*)?$")
SUMMARY_REACHED = regex.compile(rf"(?<!\p{{L}})(?:{listed_alternation(WORDS.summary_reached)})(?!\p{{L}})")

# ----- phrases --------------------------------------------------------------------------------
# Fillers are matched with their diacritics (on the lower-cased clean text, where the normalizer
# has already repaired OCR tone errors): folded, "số" would be the filler "so", "tư" (in "đầu tư")
# the filler "từ", "cơ" the filler "có".
FILLER_AT_END = AtEnd(
    rf"{NOT_LETTER_BEFORE}(?:{exact_alternation(WORDS.lead_fillers + WORDS.end_fillers)})\s*$",
    _ends_with_a_form(WORDS.lead_fillers + WORDS.end_fillers))
_START_FILLERS = WORDS.lead_fillers + WORDS.start_fillers + WORDS.opening_fillers
FILLER_AT_START = regex.compile(
    rf"^\s*(?!(?:{exact_alternation(WORDS.keep_at_start)}){NOT_LETTER_AFTER})"
    rf"(?!(?:{exact_alternation(WORDS.totals_before_a_noun)})[ \u00a0]+"
    rf"(?!(?:{exact_alternation(WORDS.lead_fillers)}){NOT_LETTER_AFTER})\p{{L}})"
    rf"(?:{exact_alternation(_START_FILLERS)})"
    rf"{NOT_LETTER_AFTER}")


class OpeningWords:
    """The exact pre-test of a pattern that reads whitespace, then one of the forms of ``words``
    (:func:`exact_alternation`: matched literally, a space as a run of spaces) followed by no letter:
    where it matches, the letters right after the whitespace are the letters a form opens with (up
    to its first character that is no letter), so a lead whose first word opens no form is not
    tried (tests/test_filler_pretest.py). With a form that opens with whitespace, every offset may
    match."""

    __slots__ = ("words",)
    _LETTERS = regex.compile(r"\s*(\p{L}*)")

    def __init__(self, words: Iterable[str]) -> None:
        forms = exact_forms(words)
        self.words: Optional[frozenset[str]] = None if any(not f or f[0].isspace() or regex.match(r"\s", f)
                                                           for f in forms) \
            else frozenset(self._opening(f, 0) for f in forms)

    @classmethod
    def _opening(cls, text: str, pos: int) -> str:
        m = cls._LETTERS.match(text, pos, None, GIL_HELD)   # always matches (both parts may be empty)
        return m.group(1) if m is not None else ""

    def may_match(self, text: str, pos: int) -> bool:
        """False when no form can stand after the whitespace at `pos` of the lower-cased `text`."""
        return self.words is None or self._opening(text, pos) in self.words


FILLER_OPENS = OpeningWords(_START_FILLERS)
"""The pre-test of :data:`FILLER_AT_START` (its fillers' opening words)."""
# a base year, or the year of a founding ("tái lập tỉnh (năm 1992)"; not "thành lập mới trong năm 2024",
# the year new enterprises are counted over)
BASE_YEAR_BEFORE = regex.compile(
    rf"{NOT_LETTER_BEFORE}(?:(?:{listed_alternation(WORDS.base_year_words)})\s*"
    rf"|(?:{listed_alternation(WORDS.founding_words)})(?:\s+(?!moi\b|trong\b)[\p{{L}}]+){{0,3}}\s*\(?\s*)$")
BREAKDOWN_OPENER = regex.compile(words_pattern(WORDS.breakdown_openers))
BREAKDOWN_FRAMING_OPENER = regex.compile(words_pattern(WORDS.breakdown_framing_openers))
TOPIC_AT_START = regex.compile(r"\s*" + words_pattern(WORDS.topic_markers) + r"\s+")
COMPARATIVE_AT_END = regex.compile(words_pattern(WORDS.comparatives) + r"\s*$")
NOW = regex.compile(words_pattern(WORDS.now_words))
# a sentence or paragraph that opens with "Đến nay," / "Hiện nay," (clean text, any case)
_NOW_ALTERNATION = "|".join(regex.escape(w) for w in sorted(WORDS.now_words, key=len, reverse=True))
NOW_OPENER = regex.compile(r"(?:^|(?<=[.!?:;]\s)|(?<=\n))\s*(?i:" + _NOW_ALTERNATION + r")\s*,")
# NOW_OPENER's words and comma alone: where it can match, found by a search that starts with letters
# (resolve.written.now_openers)
NOW_OPENER_WORDS = regex.compile(r"(?i:" + _NOW_ALTERNATION + r")\s*,")
# "trong nhiệm kỳ 2015 – 2020", "Nhiệm kỳ qua (2016 – 2020)": a term that is the span of the figures after it
TERM_PERIOD_LEAD_AT_END = regex.compile(words_pattern(WORDS.term_period_leads) + r"\s*\(?\s*$")
# "Đề án 06 … giai đoạn 2022 - 2025", "Quy hoạch tỉnh thời kỳ 2021 - 2030": a period in a plan's name (its clause)
PLAN_NAME_BEFORE = regex.compile(words_pattern(WORDS.plan_name_words) + r"[^,;:.!?()\n]*$")
# "Riêng năm 2020, …": a period that narrows its own sentence only
OWN_SENTENCE_LEAD_AT_END = regex.compile(words_pattern(WORDS.own_sentence_leads) + r"\s*$")
# matched with diacritics on the lower-cased clean text: folded, "vụ chiêm" is "nhiệm vụ chiếm", and "vụ
# mùa" follows "phục" in "phục vụ mùa lễ hội"
SEASON = regex.compile(rf"(?<!(?:phục|nhiệm)\s){NOT_LETTER_BEFORE}(?:{exact_alternation(WORDS.season_words)})"
                       rf"{NOT_LETTER_AFTER}")
THIS_MONTH = regex.compile(exact_words(WORDS.this_month_words))
# "so với tháng trước": a month's figure (matched on the lower-cased clean text)
MONTH_BASE = regex.compile(exact_words(WORDS.month_base_words))
# after a word of the month, these end its reach: the months so far, a span to a date ("lũy kế", "đến hết")
MONTH_REACH_STOP = regex.compile(exact_words(WORDS.months_so_far_leads + WORDS.to_date_words))
TO_DATE = regex.compile(exact_words(WORDS.to_date_words))
# the year written right after a season word ("Vụ đông 2024", "vụ Đông Xuân 2023-2024", "vụ mùa năm 2023")
SEASON_YEAR = regex.compile(r"\s+(?:năm\s+)?((?:19|20)\d\d)(?:\s*[-–—]\s*((?:19|20)\d\d))?(?!\d)")
# "năm nay" standing alone (not "đầu năm nay", "cuối năm nay"): the year the document reports on
THIS_YEAR = regex.compile(r"(?<!(?<![\p{L}\p{N}])(?:dau|cuoi)\s)" + words_pattern(WORDS.this_year_words))
# "bình quân 6 tháng", "Tính chung 9 tháng", "(6 tháng tăng 11,29%": the months of the year so far; so
# is a count of months right after a name, before its verb ("Tổng mức bán lẻ hàng hóa 6 tháng tăng 11,19%",
# "Tốc độ tăng trưởng GDP 6 tháng thấp hơn …", a name that ends with an aside too: "Giá trị sản xuất công nghiệp
# (theo giá so sánh 2010) 5 tháng ước đạt …"), not after a word that makes it a duration ("sau 6 tháng")
MONTHS_SO_FAR = regex.compile(
    rf"(?:{words_pattern(WORDS.months_so_far_leads)}\s+|(?:\(\s*|(?<=[\p{{L}})]\s)(?<!{words_pattern(WORDS.duration_leads)}\s))"
    rf"(?=\d{{1,2}}\s+thang\s+"
    rf"(?:{listed_alternation(WORDS.increase + WORDS.decrease + WORDS.achievement_verbs + WORDS.estimate + WORDS.comparatives)})"
    rf"{NOT_LETTER_AFTER}))(?P<span>(?P<n>\d{{1,2}})\s+thang){NOT_LETTER_AFTER}"
    r"(?!\s+(?:dau|cuoi|nam|qua|toi|truoc|sau|lien|\d)(?![\p{L}\p{N}]))")
# "lũy kế (đến hết) …" without a count of months of its own: the months of the year so far
CUMULATIVE = regex.compile(words_pattern(WORDS.cumulative_words)
                           + r"(?!\s+(?:\d{1,2}\s+thang|tu)(?![\p{L}\p{N}]))")   # not "lũy kế từ 22/12/2023 …"
CUMULATIVE_BALANCE_BEFORE = regex.compile(words_pattern(WORDS.cumulative_balance_nouns) + r"\s+$")  # "khoản lỗ lũy kế"
CUMULATIVE_TO = regex.compile(r"\s+(?:(?:tinh\s+)?(?:den|toi)\s+)(?:het\s+)?")
# "0,84% của năm 2020 và …": the gap from a figure to a period that dates it, and what ends the period
PERIOD_AFTER_GAP = regex.compile(rf"\s*(?:(?:{listed_alternation(WORDS.period_after_words)})\s+)?")
PERIOD_AFTER_END = regex.compile(r"\s*(?:[,;.()\n]|va(?![\p{L}\p{N}])|$)")
PERIOD_AFTER_NOT_AFTER = regex.compile(words_pattern(WORDS.period_after_not_after) + r"\s*$")
INHERIT_NAME_LEAD = regex.compile(r"\s*" + words_pattern(WORDS.inherit_name_leads) + r"\s*$")
# a name that is only a growth word (inherited_names.py), matched whole on folded text
GROWTH_WORD_NAME = regex.compile(r"\s*" + words_pattern(WORDS.growth_word_names) + r"\s*")
# "trồng mới 3.000 ha rừng": an action that is part of the name, at the end of the text before a figure
# (lower-cased, with diacritics: not "gieo trồng"), then "được"/"cho"
NAMING_ACTION_AT_END = regex.compile(rf"(?<!gieo\s){NOT_LETTER_BEFORE}(?P<verb>{exact_alternation(WORDS.naming_actions)})"
                                     rf"(?:\s+(?:được|cho))?\s*$")
NAMING_ACTION_AT_START = regex.compile(rf"(?:{exact_alternation(WORDS.naming_actions)}){NOT_LETTER_AFTER}")
ACTION_ONLY = regex.compile(r"\s*(?:(?:da|duoc)\s+)?" + words_pattern(WORDS.action_verbs) + r"(?:\s+(?:da|duoc))?\s*$")
# "Ngô gieo trồng được 231 ha": an action verb after what it was done to ends no name (folded text)
ACTION_AT_END = AtEnd(r"(?<=\S)\s+(?:da\s+)?" + words_pattern(WORDS.actions_at_end) + r"(?:\s+duoc)?\s*$")
# "cuối tháng 6 toàn tỉnh xuống giống": a time, then who did it, is no thing done to (folded text)
TIME_AT_START = regex.compile(r"^\s*(?:" + words_pattern(WORDS.base_period_edges) + r"\s+)?(?:thang|quy|nam|ngay)(?!\p{L})")
# "gần" of "tăng gần gấp 2 lần": a name of only the number qualifiers (core/data/numbers.yaml) names nothing
QUALIFIER_ONLY = regex.compile(r"^\s*(?:" + words_pattern(w for w in QUALIFIERS if regex.search(r"\p{L}", w))
                               + r"\s*)+$")
TIME_ONLY = regex.compile(rf"^\s*(?:(?:\d+\s*)?(?:{listed_alternation(sorted(WORDS.time_only + WORDS.averaging, key=len, reverse=True))})\s*)+$")
# what a period leaves of "từ đầu năm đến nay có 68 dự án", "nhưng đến cuối năm chỉ đạt 4,29%": no name (as
# written: folded, "đậu", "dầu" are names)
PERIOD_REMNANT_ONLY = regex.compile(r"^\s*(?:(?:từ|đến)\s+)?(?:đầu|cuối|giữa)\s*$", regex.IGNORECASE)
CLAUSE_WORD = regex.compile(words_pattern(WORDS.clause_words))
# "…, và giảm 11,33%": a change joined to the statement before by "và"
AND_CHANGE_AT_END = regex.compile(rf"{NOT_LETTER_BEFORE}va\s+(?:{listed_alternation(WORDS.increase + WORDS.decrease)})"
                                  r"(?:\s+\S+)?\s*$")
# "…, bằng 48,68% diện tích gieo trồng", "9.604 hộ nghèo, chiếm tỷ lệ 3,14%", "62,6 triệu đồng (tương
# đương 2.675 USD)": a ratio or a restatement, said of the statement before
_EQUAL_LEAD = rf"(?:^|[,(])\s*(?:{listed_alternation(sorted(WORDS.equal_words, key=len, reverse=True))})"
EQUAL_AT_END = regex.compile(rf"{_EQUAL_LEAD}\s*$")
# "…, giảm 1,73%, tương ứng giảm 1.192 ha": the change of the statement before again, as an amount
RESTATED_CHANGE_AT_END = regex.compile(
    rf"{_EQUAL_LEAD}\s+"
    rf"(?:{listed_alternation(sorted(WORDS.increase + WORDS.decrease, key=len, reverse=True))})\s*$")
# a name cut: one of name_cuts (not "là" after the structure: "cơ cấu này là nông nghiệp …", name_structures.py), of rank_cuts
# after a superlative ("cao nhất thuộc về"), of target_cuts (perhaps with "đạt") before a measure's noun ("đặt chỉ tiêu tổng giá trị")
_TARGET_CUT = (rf"{exact_alternation(WORDS.target_cuts)}(?:\s+đạt)?(?=\s+(?:tổng\s+)?"
               rf"{exact_alternation(WORDS.subject_measure_heads)}{NOT_LETTER_AFTER})")
NAME_CUT = regex.compile(rf"{NOT_LETTER_BEFORE}(?<!so\s)(?<!trở\s)(?:{exact_alternation(WORDS.name_cuts)}|(?<=nhất[ \u00a0]+){exact_alternation(WORDS.rank_cuts)}|{_TARGET_CUT})"
                         rf"(?<!{exact_alternation(WORDS.structure_heads)}(?:\s+này)?\s+là){NOT_LETTER_AFTER}(?=(?:\s+(?:[-–—]\s+)?[\p{{L}}\p{{N}}(][^\s]*){{2,}}\s*$)")
# "… đạt khá so cùng kỳ năm trước như Gạo": a word that introduces the items of a group, then one to four words
LIST_INTRO = regex.compile(rf"{NOT_LETTER_BEFORE}(?:{exact_alternation(WORDS.list_intros)}){NOT_LETTER_AFTER}"
                           rf"(?!\s+(?:{exact_alternation(WORDS.list_intro_not_before)}){NOT_LETTER_AFTER})"
                           r"(?=(?:\s+[\p{L}\p{N}(][^\s]*){1,4}\s*$)")
# a head cut right before a name head ("cho năng suất"), or a comma before one ("…, diện tích thu hoạch"):
# the name starts at the head (lower-cased text with diacritics)
HEAD_CUT = regex.compile(rf"(?:{NOT_LETTER_BEFORE}(?P<verb>{exact_alternation(WORDS.head_cuts)})|,)\s+"
                         rf"(?=(?:{exact_alternation(WORDS.name_heads)}){NOT_LETTER_AFTER})")
HEAD_CUT_VERB = regex.compile(exact_words(WORDS.head_cuts))
# "chỉ số này", "con số nói trên": a short name that points back (lower-cased text with diacritics)
GENERIC_ANAPHOR = regex.compile(exact_alternation(WORDS.generic_anaphora_heads))
# the head of a name that ends with an anaphor, on lower-cased text ("con số" of "Con số này")
ANAPHOR_HEAD = compile_at(rf"\s*(.+?)\s+{exact_alternation(WORDS.anaphora_words)}(?![\p{{L}}\p{{N}}])")
ANAPHOR = compile_at(rf"\s*(?:[\p{{L}}\p{{N}}]+\s+){{1,2}}(?:{exact_alternation(WORDS.anaphora_words)})\s*$")
# "đại diện cho 2.631 đảng viên", "thuộc 48 tổ chức cơ sở Đảng": a count of what a whole holds
WHOLE_VERB_AT_END = regex.compile(rf"{NOT_LETTER_BEFORE}(?:{exact_alternation(WORDS.whole_verbs)})\s*$")
# "… và hoàn thành 9/9 tiêu chí …": another predicate right before a count
AND_COUNT_VERB_AT_END = regex.compile(rf"{NOT_LETTER_BEFORE}và\s+(?:đã\s+)?(?:{exact_alternation(WORDS.and_count_verbs)})"
                                      r"(?:\s+được)?\s*$")
# "Phân theo quý:", "Chia theo khu vực kinh tế:": a label that heads a breakdown names nothing
BREAKDOWN_LABEL = regex.compile(r"[\s\-–+•*]*" + words_pattern(WORDS.breakdown_labels))
# "cây lâu năm": a name's end that holds a filler word as its own
KEEP_AT_END = AtEnd(rf"{NOT_LETTER_BEFORE}(?:{exact_alternation(WORDS.keep_at_end)}|\d{{1,2}}[ \u00a0]+năm)\s*$")
YEARLY_AT_END = AtEnd(rf"{NOT_LETTER_BEFORE}(?:{exact_alternation(WORDS.yearly)})\s*$")
# a period ends with a digit; its leads are tried in the order listed, where a rightward search finds
# the one that starts first: searched rightwards
PERIOD_AT_END = AtEnd(rf"{PERIOD}\s*$", lambda text: text[-1:].isdigit(), leftwards=False)
# "7 năm liền …": a duration at the start of a phrase, no part of the name
DURATION = (rf"\d{{1,2}}\s+(?:nam|thang|quy)\s+"
            rf"(?:{listed_alternation(sorted(WORDS.duration_words, key=len, reverse=True))})")
# "Theo Cục Thống kê Kiên Giang, tổng sản lượng …": a source and its comma at the start of a name (folded)
SOURCE_AT_START = regex.compile(rf"^\s*(?:{listed_alternation(WORDS.source_openers)})\s+[^,;:()\n]{{1,80}},\s*")
PERIOD_AT_START = regex.compile(rf"^\s*(?:{PERIOD}|{DURATION}){NOT_LETTER_AFTER}")
# "xã thuộc vùng …" runs on ("dự Đại hội đồng ý": no stop); a rate's stop only before its figure ("86 hộ nghèo đạt tỷ lệ 3.43%"), a target's not before "về"
PHRASE_AFTER_STOP = regex.compile(rf"(?<!truc\s)(?!thuoc\s+{words_pattern(WORDS.category_after_belonging)})(?:{words_pattern(WORDS.phrase_after_stops)}(?<!hoi(?=\s+dong\b))"
                                  rf"|{words_pattern(WORDS.phrase_after_rate_stops + WORDS.phrase_after_number_stops)}(?=\s*(?:\d|\Z))|{words_pattern(WORDS.phrase_after_target_stops)}(?!\s+ve{NOT_LETTER_AFTER}))|[(]")
# the stop as written, with its diacritics, where PHRASE_AFTER_STOP found it folded ("lọ thuốc phun ve" is a
# drug, not "thuộc"; "lá" no "là")
PHRASE_AFTER_STOP_AS_WRITTEN = regex.compile(rf"{exact_alternation(WORDS.phrase_after_stops + WORDS.phrase_after_rate_stops + WORDS.phrase_after_number_stops + WORDS.phrase_after_target_stops)}{NOT_LETTER_AFTER}|[(]")
MAX_NAME_WORDS = WORDS.max_name_words

# ----- units ----------------------------------------------------------------------------------
CURRENCIES = frozenset(get_args(Money.model_fields["currency"].annotation))
"""The currency codes a money figure's unit can be (``VND``, ``USD``, …)."""
COUNT_UNITS = frozenset(fold(u) for u in WORDS.count_units)
SUMMARY_UNITS = frozenset(fold(u) for u in WORDS.summary_units)
NOT_INDICATOR_UNITS = frozenset(fold(u) for u in WORDS.not_indicator_units)
EVENT_UNITS = frozenset(fold(u) for u in WORDS.event_units)
PLAN_FRACTION_UNITS = frozenset(WORDS.plan_fraction_units)

# ----- words right before or after a figure ----------------------------------------------------
EVENT_WORDS_AT_END = regex.compile(words_pattern(WORDS.event_words) + r"\s*$")
# matched with diacritics on the lower-cased text: folded, "thứ" would be the "thu" of "doanh thu"
RANK_AT_END = regex.compile(rf"{NOT_LETTER_BEFORE}(?:{exact_alternation(WORDS.rank_words)})\s*$")
# "tăng từ", "giảm từ", "được nâng từ": a change from one level (the figure) to another
FROM_AT_END = regex.compile(words_pattern(WORDS.change_from_verbs) + r"(?:\s+\S+){0,1}\s+"
                            + words_pattern(WORDS.from_words) + r"\s*$")
TO_WORD = regex.compile(words_pattern(WORDS.to_words))
# "đạt từ 3,6 triệu đồng năm 2006 lên 7,5 triệu đồng": a verb of a level, then a change only before a to-word
# that says the direction
LEVEL_FROM_AT_END = regex.compile(words_pattern(WORDS.level_from_verbs) + r"(?:\s+\S+){0,1}\s+"
                                  + words_pattern(WORDS.from_words) + r"\s*$")
# "giảm tỷ lệ hộ nghèo từ 6,26% xuống còn 2,36%": a change verb before the name (two to eight words, no number
# nor stop), then from_words: a change like LEVEL_FROM_AT_END's, only where a to-word says the direction
VERB_NAME_FROM_AT_END = regex.compile(words_pattern(WORDS.change_from_verbs) + r"(?:\s+[^\s\d.,;:()]+){2,8}\s+" + words_pattern(WORDS.from_words) + r"\s*$")
UP_TO_WORD = regex.compile(words_pattern(WORDS.up_to_words))
DIRECTED_TO_WORD = regex.compile(words_pattern(WORDS.up_to_words + WORDS.down_to_words))
FROM_ONLY = regex.compile(r"^[\s,;]*" + words_pattern(WORDS.from_words) + r"\s*$")
LEVEL_AFTER_CHANGE = regex.compile(r"^[\s,;]*(?:" + words_pattern(WORDS.level_after_change) + r")\s*$")
# "vượt 5%", "vượt kế hoạch 5%", "vượt mục tiêu đề ra 5%": an excess, its base before the figure or none
EXCESS_AT_END = regex.compile(words_pattern(WORDS.excess_verbs)
                              + rf"(?:\s+(?:{listed_alternation(sorted([w for b in WORDS.bases for w in b.words], key=len, reverse=True))})"
                              r"(?:\s+\S+){0,2})?\s*$")
PLANNED = regex.compile(words_pattern(WORDS.planned))
CHANGE_FROM_AT_END = regex.compile(words_pattern(WORDS.change_from_verbs) + r"\s*$")
FROM_AT_START = regex.compile(words_pattern(WORDS.from_words))
# "giảm từ 72 xuống còn 64 đơn vị": the old level a bare number, its unit written once, after the new
FROM_BARE_AT_END = regex.compile(words_pattern(WORDS.change_from_verbs) + r"(?:\s+\S+){0,1}\s+"
                                 + words_pattern(WORDS.from_words) + r"\s+(?P<old>\d[\d.,]*)\s+"
                                 + words_pattern(WORDS.to_words) + r"\s*$")
TO_AT_END = regex.compile(words_pattern(WORDS.to_words) + r"\s*$")
# "242 trong tổng số 262 xã": a bare count right before the total it is counted within
COUNT_WITHIN_TOTAL_AT_END = regex.compile(r"(?<![\d.,])(?P<count>\d{1,3}(?:\.\d{3})+|\d+)\s+"
                                          + words_pattern(WORDS.total_words) + r"\s*$")
MULTIPLE_AT_END = regex.compile(words_pattern(WORDS.multiple_words) + r"\s*$")
# "tăng 5,77% (kế hoạch tăng 9%)": a plan figure in a parenthesis right after a statement
# "(kế hoạch tăng 10,6%)" right after a figure, or after its comparison base ("tăng 10,51% so với năm 2016
# (kế hoạch tăng 10,6%)"), the plan perhaps after the status reached ("tăng 7,70% so với cùng kỳ năm trước (đạt
# kế hoạch đề ra tăng từ 7,5-8%)")
PLAN_IN_PARENS = regex.compile(rf"^\s*(?:{words_pattern(WORDS.base_prefixes)}[^()%;]{{0,30}})?\(\s*"
                               rf"(?:{words_pattern(WORDS.plan_words)}[^()]{{0,40}}"
                               # after a status, the plan's own rate only: "(đạt kế hoạch năm, tăng 10%)" is
                               # the statement's change again
                               rf"|{words_pattern(WORDS.plan_status_words)}\s+{words_pattern(WORDS.plan_words)}"
                               r"[^(),;]{0,40})$")
PLAN_WORD_AFTER = regex.compile(r"\s*(?:\(\s*)?" + words_pattern(WORDS.plan_words))
# a plan an achievement is measured against, right before a period ("đạt 46,13% kế hoạch năm 2025", "bằng
# 84% so với dự toán năm"): the plan's year, not a span a later statement holds over
PLAN_BASE_AT_END = regex.compile(
    rf"%\s*(?:{words_pattern(WORDS.base_prefixes)}\s*)?{words_pattern(WORDS.plan_words)}(?:\s+\p{{L}}+){{0,3}}\s*$")

# the averaging word a figure is read with, by the first word of its folded match
_AVERAGING_BY_FIRST_WORD = {fold(w).split()[0]: w for w in WORDS.averaging}


def averaging_word(folded_match: str) -> str:
    """The averaging word (as listed) of a match of :data:`AVERAGING` (``binh quan`` → ``bình quân``)."""
    return _AVERAGING_BY_FIRST_WORD[folded_match.split()[0]]
