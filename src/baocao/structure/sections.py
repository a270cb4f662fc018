"""Sections: the heading ladder of a report (``Phần thứ nhất`` > ``II-`` > ``1.`` > ``1.1.`` > ``a)``)
as a tree, each section with a path such as ``Phần thứ nhất > II- KẾT QUẢ … > 1.1. Cơ cấu lại …``.

A line is a heading when its start matches a rung of the ladder in ``structure/data/headings.yaml``
and the rest reads as a title: a capital letter (or opening quote) first, one sentence, not ending
in ``.``, ``;`` or ``,``, at most ``max_chars`` long. ``4.1. Đối với …: Nâng cao …`` is a run-in
heading whose title stops at the colon. A line written all in capitals is a heading of rank
``caps_rank`` unless it stands in a block of capital lines (a signature: ``T/M BAN CHẤP HÀNH`` /
``BÍ THƯ``); the capitals line right after ``Phần thứ …`` is that part's title. Numbered list items
``(1)- …`` and numbered paragraphs of several sentences are not headings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from baocao.structure import sentences
from baocao.structure._rules import load
from baocao.structure.lines import lines

_RULES = load("headings")
_LADDER = [(r.rule, r.rank, regex.compile(r.pattern)) for r in _RULES.ladder]
_PART = next(p for rule, _, p in _LADDER if rule == "part")
_TITLE_START = regex.compile(r"[*_]*[\p{Lu}“\"«(]")
_EMPHASIS = regex.compile(r"[*_]+")
_SPACES = regex.compile(r"\s+")
_HAS_LOWER = regex.compile(r"\p{Ll}")
_LETTER_WORDS = regex.compile(r"\p{L}{2,}")


@dataclass
class Section:
    """A heading and the part of the document it governs (offsets into the original text).

    ``start``/``end`` span the heading line (for a run-in heading, its label); ``content_end`` is
    where the next heading of the same or a higher rank begins. ``parent`` and ``children`` are
    indices into ``Report.sections``; ``depth`` is 1 at the top. ``title`` is the capitals line
    that names a ``Phần thứ …`` part.
    """

    index: int
    heading: str
    label: str
    rule: str
    rank: int
    depth: int
    start: int
    end: int
    content_end: int
    parent: Optional[int]
    path: str
    title: Optional[str] = None
    children: list[int] = field(default_factory=list)


def label_of(heading: str, limit: int = _RULES.label_max_chars) -> str:
    """Return the heading as shown in a path: emphasis marks dropped, spaces collapsed, and cut at
    the last space within ``limit`` characters, with ``…``.

    >>> label_of("2.4. *Đẩy mạnh ứng dụng khoa học, công nghệ*")
    '2.4. Đẩy mạnh ứng dụng khoa học, công nghệ'
    >>> label_of("I- KẾT QUẢ THỰC HIỆN 02 KHẤU ĐỘT PHÁ THEO NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN")
    'I- KẾT QUẢ THỰC HIỆN 02 KHẤU ĐỘT PHÁ THEO NGHỊ QUYẾT ĐẠI HỘI…'
    """
    text = _SPACES.sub(" ", _EMPHASIS.sub("", heading)).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit + 1)
    return text[:cut if cut > 0 else limit].rstrip(" ,;:-–") + "…"


def _is_caps(text: str) -> bool:
    return (not _HAS_LOWER.search(text) and len(_LETTER_WORDS.findall(text)) >= 2
            and "\t" not in text and len(text) <= _RULES.max_chars)


def classify(text: str) -> Optional[tuple[str, int, int]]:
    """Return (rule, rank, end of heading) when the stripped line ``text`` is a heading, else None.

    >>> classify("II- KẾT QUẢ PHÁT TRIỂN KINH TẾ - XÃ HỘI")
    ('roman', 1, 39)
    >>> classify("1.1. Cơ cấu lại nông nghiệp gắn với xây dựng nông thôn mới")[:2]
    ('number2', 3)
    >>> classify("(1)- Cơ cấu ngành kinh tế đến năm 2030: Nông - lâm nghiệp chiếm 28,5%.") is None
    True
    >>> classify("1. Tăng cường sự lãnh đạo. Phát huy vai trò tiên phong.") is None
    True
    >>> t = "4.1. Đối với hoạt động của HĐND các cấp: Nâng cao chất lượng. Đổi mới hoạt động."
    >>> classify(t), t[:classify(t)[2]]
    (('number2', 3, 39), '4.1. Đối với hoạt động của HĐND các cấp')
    """
    if len(text) > _RULES.max_chars * 4 or "\t" in text:
        return None
    for rule, rank, pattern in _LADDER:
        m = pattern.match(text)
        if m is None:
            continue
        if rule == "part":
            return rule, rank, len(text)
        if not _TITLE_START.match(text, m.end()):
            continue
        if len(text) <= _RULES.max_chars and _one_title(text, m.end()):
            return rule, rank, len(text)
        colon = text.find(":", m.end(), m.end() + _RULES.run_in_max_chars)
        if colon > 0 and rule not in ("paren", "star") and _one_title(text[:colon], m.end()):
            return rule, rank, colon
    if _is_caps(text):
        return "caps", _RULES.caps_rank, len(text)
    return None


_NOT_LAST = frozenset(_RULES.title_not_last)
_LAST_WORD = regex.compile(r"(\p{L}+)\W*\Z")


def _one_title(text: str, start: int) -> bool:
    stripped = _EMPHASIS.sub("", text).rstrip()
    if not stripped or stripped.rstrip("”\"’»")[-1:] in (".", ";", ",", ""):
        return False   # a stop ends it, inside a closing quote too ("… giải thể hội.”")
    last = _LAST_WORD.search(stripped)
    if last is not None and last.group(1) in _NOT_LAST and last.start() > start:
        return False   # "… trên cổng dịch vụ công trực tuyến của": a wrapped paragraph, no title
    return sum(1 for _ in sentences.split(text, start)) == 1


def find(doc, skip: set[int]) -> list[Section]:
    """Return the sections of ``doc`` in document order; lines in ``skip`` (footnote bodies, table
    rows) are never headings."""
    text, all_lines = doc.text, lines(doc)
    # (start, end in clean text, rule, rank, line index, run-in)
    hits: list[tuple[int, int, str, int, int, bool]] = []
    proper = None
    stopped: set[int] = set()   # starts of titles ending in a full stop, kept only in sequence
    for line in all_lines:
        if line.blank or line.index in skip:
            continue
        hit = classify(text[line.lstart:line.rend])
        if hit is None:
            stop = _stopped_title(text, all_lines, line)
            if stop is not None:
                stopped.add(line.lstart)
                hits.append((line.lstart, stop, *classify(text[line.lstart:stop])[:2],
                             line.index, False))
                continue
        if hit is not None:
            rule, rank, length = hit
            if rule == "caps":
                near = [all_lines[j] for j in (line.index - 1, line.index + 1)
                        if 0 <= j < len(all_lines)]
                if any(not n.blank and _is_caps(text[n.lstart:n.rend])
                       and not _PART.match(text, n.lstart, n.rend) for n in near):
                    continue  # a block of capitals (signature, address), not a heading
            end = line.lstart + length
            nxt = all_lines[line.index + 1] if line.index + 1 < len(all_lines) else None
            if rule not in ("caps", "part") and _wrapped_item(text, all_lines, line):
                continue  # an outline item whose last words and full stop went to the next line
            if (rule not in ("caps", "part") and end == line.rend
                    and _wrapped_paragraph(text, all_lines, line, skip)):
                continue  # the first line of a numbered paragraph, its sentence ends below
            if (rule not in ("caps", "part") and end == line.rend and nxt is not None
                    and not nxt.blank and nxt.index not in skip
                    and _title_goes_on(text, line, nxt)):
                end = nxt.rend        # a title in capitals over two lines ("… NHIỆM KỲ\n2025 - 2030")
                skip = skip | {nxt.index}
            hits.append((line.lstart, end, rule, rank, line.index, False))
            continue
        if "\t" in text[line.lstart:line.rend] or not _RUN_IN_LABEL.search(
                text, line.lstart, line.rend):
            continue
        if proper is None:
            proper = _proper_words(doc)
        for start, end, rule, rank in run_ins(text, line.lstart, line.rend, proper):
            hits.append((start, end, rule, rank, line.index, True))
    hits = _in_sequence(text, hits, stopped)
    if not _runs_in(text, all_lines, hits):
        hits = [h for h in hits if not h[5]]
    found = [(li, end, rule, rank, start) for start, end, rule, rank, li, _ in hits]

    out: list[Section] = []
    stack: list[Section] = []
    n_orig = len(doc.original)
    skip_title = -1
    for k, (li, end, rule, rank, clean_start) in enumerate(found):
        if li == skip_title:
            continue
        start, stop = doc.span_to_original(clean_start, end)
        heading = doc.original[start:stop]
        title = None
        if rule == "part" and k + 1 < len(found) and found[k + 1][2] == "caps" \
                and found[k + 1][0] != li:
            nxt = all_lines[found[k + 1][0]]
            if all(all_lines[j].blank for j in range(li + 1, nxt.index)):
                s2, e2 = doc.span_to_original(nxt.lstart, nxt.rend)
                title, skip_title = doc.original[s2:e2], nxt.index
        while stack and stack[-1].rank >= rank:
            stack.pop().content_end = start
        parent = stack[-1] if stack else None
        label = label_of(heading)
        sec = Section(index=len(out), heading=heading, label=label, rule=f"heading.{rule}",
                      rank=rank, depth=len(stack) + 1, start=start, end=stop, content_end=n_orig,
                      parent=parent.index if parent else None,
                      path=f"{parent.path} > {label}" if parent else label, title=title)
        if parent:
            parent.children.append(sec.index)
        out.append(sec)
        stack.append(sec)
    return out


# ---- headings that run into their paragraph --------------------------------------------------
#
# Text taken from a PDF by some tools loses the line break after a heading: "1. Ưu điểm và nguyên
# nhân Việc thực hiện …", "I- BỐI CẢNH … 40 NĂM QUA 1.1. BỐI CẢNH THẾ GIỚI VÀ KHU VỰC Những năm
# cuối …", or a heading after the last sentence of the paragraph before it ("… của Đảng. II- KẾT
# QUẢ …"). A run-in heading starts a line, follows the end of a sentence, or follows another
# run-in heading; its title is a run of capitals, or a phrase that ends before the first capital
# word that is no name (a word the document writes in capitals mid-sentence, "Đảng", "Nhà nước",
# "Việt Nam", is a name) or before a label. It counts only where its number comes next in the
# report's sequence (:func:`_in_sequence`): "2." after "1.", "2.1." after "II-" or "2.", "b)"
# after "a)". An outline that merely lists the parts ("I- Bối cảnh …." ending in a full stop)
# has no title followed by a paragraph, so it is none.

_RUN_IN_LABEL = regex.compile(
    r"(?<![\p{L}\p{N}.,])"
    r"(?:[IVX]{1,4}[ \t]*[-–.]|\d{1,2}(?:\.\d{1,2}){0,2}\.?|[a-zđ]\))[ \t]+[\p{Lu}“\"]")
_AFTER_SENTENCE = regex.compile(r"[.!?…:;\"”)»][ \t]{1,3}\Z")
_LABEL_TOKEN = regex.compile(r"(?:[IVX]{1,4}[-–.]|\d{1,2}(?:\.\d{1,2}){1,2}\.?|[a-zđ]\))\Z")
_TOKEN = regex.compile(r"\S+")
_WORD = regex.compile(r"\p{L}+")
_SENTENCE_STOP = regex.compile(r"[.!?…]['\"”’»)]*\Z")
_LIST_ITEM = regex.compile(r"\(\d{1,2}\)\Z")
_MAX_TITLE_WORDS = _RULES.run_in_max_words


def _proper_words(doc) -> frozenset:
    """Words the document writes with a capital in mid-sentence (right after another word) at
    least twice and in at least a third of their mid-sentence uses: names ("Đảng", "Nhà", "Việt",
    "Nam"), not sentence openers ("Việc", "Nâng"). Words in capitals (headings, "CNXH") are not
    counted."""
    cache = doc.cache
    if "proper_words" not in cache:
        caps: dict[str, int] = {}
        small: dict[str, int] = {}
        prev_word = False
        for m in regex.finditer(r"\p{L}+|[^\p{L}\s]+", doc.text):
            w = m.group()
            if not w[0].isalpha() or (len(w) > 1 and w.isupper()):
                prev_word = False
                continue
            gap = doc.text[m.start() - 1:m.start()] if m.start() else ""
            if prev_word and gap == " ":
                if w[0].isupper():
                    caps[w] = caps.get(w, 0) + 1
                else:
                    small[w] = small.get(w, 0) + 1
            prev_word = True
        cache["proper_words"] = frozenset(
            w for w, n in caps.items() if n >= 2 and 3 * n >= n + small.get(w.lower(), 0))
    return cache["proper_words"]


def _label_at(text: str, pos: int, end: int):
    for rule, rank, pattern in _LADDER:
        if rule == "part":
            continue
        m = pattern.match(text, pos, end)
        if m is not None and _TITLE_START.match(text, m.end(), end):
            return rule, rank, m.end()
    return None


def _is_upper_word(tok: str) -> bool:
    """A word in capitals of two letters or more (a heading's word, ``CNXH``), not ``Ở``."""
    letters = _WORD.findall(tok)
    return bool(letters) and len(letters[0]) >= 2 and not _HAS_LOWER.search(tok)


def title_end(text: str, start: int, end: int, proper) -> Optional[int]:
    """Where the title that starts at ``start`` ends when a paragraph runs on after it in the same
    line (``end`` is the line end), or None when no paragraph follows a title there.

    >>> t = "BỐI CẢNH THẾ GIỚI VÀ KHU VỰC Những năm cuối thập kỷ 80."
    >>> t[:title_end(t, 0, len(t), frozenset())]
    'BỐI CẢNH THẾ GIỚI VÀ KHU VỰC'
    >>> t = "Ưu điểm và nguyên nhân Việc thực hiện 10 nhiệm vụ về xây dựng Đảng."
    >>> t[:title_end(t, 0, len(t), frozenset())]
    'Ưu điểm và nguyên nhân'
    >>> t = "Tiếp tục đổi mới phương thức lãnh đạo của Đảng Đẩy mạnh tổng kết thực tiễn."
    >>> t[:title_end(t, 0, len(t), frozenset({"Đảng"}))]
    'Tiếp tục đổi mới phương thức lãnh đạo của Đảng'
    >>> title_end("Bối cảnh thế giới và trong nước tác động đến đổi mới 40 năm qua.", 0, 64, frozenset())
    """
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]
    if len(tokens) < 2:
        return None
    first = tokens[0][2].lstrip("*_“\"(")
    if _is_upper_word(first) and len(_WORD.findall(first)[0]) >= 2 or (
            len(tokens) > 1 and _is_upper_word(first) and _is_upper_word(tokens[1][2])):
        last = None
        for k, (s, e, tok) in enumerate(tokens):
            if k and _LABEL_TOKEN.match(tok) and _label_at(text, s, end):
                break
            if _HAS_LOWER.search(tok):
                break
            last = e
        if last is None or len(_WORD.findall(text[start:last])) < 2:
            return None
        return last if last - start <= _RULES.max_chars else None
    fallback = None
    for k, (s, e, tok) in enumerate(tokens[:_MAX_TITLE_WORDS]):
        if k == 0:
            if _SENTENCE_STOP.search(tok):
                return None
            continue
        word = tok.lstrip("“\"(«*_")
        if (_LABEL_TOKEN.match(tok) and _label_at(text, s, end)) or _LIST_ITEM.match(tok):
            return tokens[k - 1][1]
        if word[:1].isupper():
            prev_end = tokens[k - 1][1]
            if text[prev_end - 1] in ",:;-–(":
                continue
            if fallback is None and not _is_upper_word(word):
                fallback = prev_end
            if not _is_upper_word(word) and _WORD.match(word) and \
                    _WORD.match(word).group() not in proper:
                return prev_end
        if _SENTENCE_STOP.search(tok):
            return fallback
    if len(tokens) <= _MAX_TITLE_WORDS and not _SENTENCE_STOP.search(tokens[-1][2]) \
            and tokens[-1][2][-1] not in ",;":
        return tokens[-1][1]  # the title ends the line: "… xã hội. b) Hạn chế"
    return fallback


def run_ins(text: str, a: int, b: int, proper) -> list[tuple[int, int, str, int]]:
    """Run-in headings in the line text[a:b]: (start, end, rule, rank) each."""
    out = []
    pos = a
    while pos < b:
        m = _RUN_IN_LABEL.search(text, pos, b)
        if m is None:
            break
        p = m.start()
        follows = p == a or _AFTER_SENTENCE.search(text, a, p) or (out and p == _skip_spaces(
            text, out[-1][1], b))
        label = _label_at(text, p, b) if follows else None
        if label is not None:
            rule, rank, lend = label
            t_end = title_end(text, lend, b, proper)
            if t_end is not None:
                while t_end > 0 and text[t_end - 1] in " \t,:;":   # rstrip, without a copy of
                    t_end -= 1                                      # the text before it
                out.append((p, t_end, rule, rank))
                pos = t_end
                continue
        pos = m.end() - 1
    return out


def _wrapped_item(text: str, all_lines, line) -> bool:
    """True when the next line holds only the last few words of this one and a full stop, and the
    line after it opens another item: "III- Những thành tựu … chủ nghĩa xã hội" / "Việt Nam." /
    "IV- Khái quát …" is an outline, not a heading."""
    k = line.index + 1
    if k + 1 >= len(all_lines) or all_lines[k].blank:
        return False
    nxt, after = all_lines[k], all_lines[k + 1]
    more = text[nxt.lstart:nxt.rend]
    if len(_LETTER_WORDS.findall(more)) > 4 or not more.endswith("."):
        return False
    return not after.blank and _RUN_IN_LABEL.match(text, after.lstart, after.rend) is not None


_NUMBERED = frozenset({"roman", "number", "number2", "number3", "letter"})


def _stopped_title(text: str, all_lines, line) -> Optional[int]:
    """The end of the title (before its full stop) when a numbered line that ends in a full stop
    stands alone between blank lines (a block of its own, as the reader sets a bold line apart)
    and is a single short title without the stop: "6. Quản lý Tài chính của Hiệp hội." over its
    paragraph. It counts only where its number comes next (:func:`_in_sequence`); a numbered
    paragraph of several sentences, one that runs on in the next line, or an item followed by
    another item (an outline) is none."""
    body = text[line.lstart:line.rend]
    if not body.endswith(".") or body.endswith(".."):
        return None
    k = line.index
    for j in (k - 1, k + 1):
        if 0 <= j < len(all_lines) and not all_lines[j].blank:
            return None
    if k + 2 >= len(all_lines) or all_lines[k + 2].blank:
        return None   # a paragraph must follow
    after = all_lines[k + 2]
    if any(p.match(text, after.lstart, after.rend) for _, _, p in _LADDER):
        return None   # another item follows: an outline that lists the parts ("I- Bối cảnh ….")
    end = line.rend - 1
    hit = classify(text[line.lstart:end])
    if hit is None or hit[0] not in _NUMBERED or hit[2] != end - line.lstart:
        return None
    return end


_ENDS_SENTENCE = regex.compile(r"[.!?…][)\"”’»]*\Z")


def _wrapped_paragraph(text: str, all_lines, line, skip) -> bool:
    """True when a numbered line is the first line of a paragraph: it runs long (a full printed
    line, ``wrapped_line_min_chars``), the next line is no item of its own, goes on with what
    cannot open a sentence (a small letter, a bracket, an abbreviation in capitals) and ends
    the sentence with a full stop ("c) Tỷ lệ số hóa hồ sơ … hiện chỉ đạt 72%" / "(chỉ tiêu đề
    ra là tối thiểu 80%, …)."). The paragraph under a title opens with a capital word."""
    if line.rend - line.lstart < _RULES.wrapped_line_min_chars:
        return False
    k = line.index + 1
    if k >= len(all_lines) or all_lines[k].blank or k in skip:
        return False
    nxt = all_lines[k]
    if any(p.match(text, nxt.lstart, nxt.rend) for _, _, p in _LADDER):
        return False
    first = _TOKEN.match(text, nxt.lstart, nxt.rend)
    word = _WORD.search(first.group()) if first else None
    if word is None:
        return False
    if not (first.group()[0] == "(" or word.group()[0].islower()
            or (len(word.group()) > 1 and word.group().isupper())):
        return False   # a capital word may open the paragraph under a title
    return _ENDS_SENTENCE.search(text, nxt.lstart, nxt.rend) is not None


def _title_goes_on(text: str, line, nxt) -> bool:
    """True when the title of a heading line in capitals goes on in the next line: that line has no
    small letter, is short, is no heading itself, and the title does not end in a stop."""
    title, more = text[line.lstart:line.rend], text[nxt.lstart:nxt.rend]
    return (not _HAS_LOWER.search(title) and not _HAS_LOWER.search(more)
            and title[-1:] not in ".:;,!?" and len(more) <= 80 and "\t" not in more
            and classify(more) is None)


def _runs_in(text: str, all_lines, hits) -> bool:
    """True when the document's headings run into their paragraphs: one comes after the end of a
    sentence in mid-line, or no rung of the ladder stands on a line of its own. A report laid out
    with heading lines keeps its numbered paragraphs ("1. Tăng cường … cấp ủy Đảng đối với …")."""
    if not any(h[5] for h in hits):
        return False
    if any(h[5] and h[0] > all_lines[h[4]].lstart for h in hits):
        return True
    return not any(not h[5] and h[2] != "caps" for h in hits)


def _skip_spaces(text: str, i: int, b: int) -> int:
    while i < b and text[i] in " \t":
        i += 1
    return i


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(s: str) -> int:
    total = 0
    for k, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if k + 1 < len(s) and _ROMAN[s[k + 1]] > v else v
    return total


def _numbers(text: str, start: int, rule: str):
    """The numbers of a heading's label: (2,) for "II-", (2, 1) for "2.1.", ("b",) for "b)"."""
    label = text[start:start + 16]
    if rule == "roman":
        return (_roman(regex.match(r"[IVX]+", label).group()),)
    if rule in ("number", "number2", "number3"):
        return tuple(int(x) for x in regex.findall(r"\d+", regex.match(r"[\d.]+", label).group()))
    if rule == "letter":
        return (label[0],)
    return ()


def _in_sequence(text: str, hits, stopped=frozenset()):
    """The hits in document order, run-in ones kept only where their number comes next: a run-in
    "n." needs the last "n-1." under the same heading above (or none, for 1), "a.b." needs "a"
    to be the number of the "a." or Roman heading above it and "b" the next, "b)" needs "a)"."""
    hits = sorted(hits)
    out = []
    state: dict[str, tuple] = {}   # rule -> numbers of the last heading of that rule in force
    for h in hits:
        start, end, rule, rank, li, run_in = h
        nums = _numbers(text, start, rule)
        if (run_in or start in stopped) and not _comes_next(rule, nums, state):
            continue
        out.append(h)
        if rule in ("roman", "number", "number2", "number3", "letter"):
            state[rule] = nums
        # a heading closes the count of every lower rung
        for other, lower in (("roman", ("number", "number2", "number3", "letter")),
                             ("number", ("number2", "number3", "letter")),
                             ("number2", ("number3", "letter")),
                             ("number3", ("letter",)), ("part", ("roman", "number", "number2",
                                                                 "number3", "letter"))):
            if rule == other:
                for r in lower:
                    state.pop(r, None)
    return out


def _comes_next(rule: str, nums: tuple, state: dict) -> bool:
    if rule == "roman":
        return nums[0] == state.get("roman", (0,))[0] + 1
    if rule == "number":
        return nums[0] == state.get("number", (0,))[0] + 1
    if rule == "number2":
        if "number2" in state:
            a, b = state["number2"]
            if nums == (a, b + 1):
                return True
        parent = state.get("number", state.get("roman", (None,)))[0]
        return nums[1] == 1 and nums[0] == parent
    if rule == "number3":
        if "number3" in state:
            a, b, c = state["number3"]
            if nums == (a, b, c + 1):
                return True
        return nums[2] == 1 and nums[:2] == state.get("number2")
    if rule == "letter":
        if "letter" in state:
            return ord(nums[0]) == ord(state["letter"][0]) + 1
        return nums[0] == "a"
    return False
