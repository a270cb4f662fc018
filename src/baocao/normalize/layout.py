"""Layout debris: a paragraph cut in two by a page break is joined again.

Text exported from a paginated report breaks a paragraph at the page end with blank lines
("… đoạn qua thị\\n\\ntrần Mường Ảng …"). Rule ``layout.page_break`` replaces that break by one
space when the line before ends mid-sentence (a letter, a digit, a comma, semicolon, opening
bracket or dash: no full stop, colon or closing quote) and the line after starts with a small
letter that does not open a list item (``a)``, ``b.``). Headings, list items and new paragraphs all
start with a capital or a marker, so they are left alone.

>>> [(e.before, e.after) for e in layout_edits("đoạn qua thị\\n\\ntrần Mường Ảng")]
[('\\n\\n', ' ')]
>>> layout_edits("2.1. Hạn chế\\n\\na) Về kinh tế")
[]

A paragraph cut by a page end that carries footnotes has the footnote bodies between its two
halves ("… cụm xã, thị\\n\\n¹⁹ Huyện có …\\n\\ntrần, 06 trạm …"). The text keeps them there (the
structure step links them to their markers), but :func:`reading_order` gives the OCR repair a
view of the text with the continuation moved up against the cut, so "thị … trần" is read as one
phrase; edits found in the view are mapped back to the text.
"""
from __future__ import annotations

from typing import Iterator, cast

import regex

from baocao.core.rules import compile_at
from baocao.normalize.edits import Edit, apply_edits, compose

_PAGE_BREAK = regex.compile(
    r"(?<=[\p{L}\d,;(\-–])[ \t\r]*(?:\n|\f)(?:[ \t\r]*[\n\f])*[ \t]*"
    r"(?:(?=\p{Ll})(?!\p{Ll}[).](?:\s|$))"
    # or a number that goes on with the sentence ("đến năm\n2030 đạt"), no label ("2. Các")
    r"|(?<=\p{Ll}[ \t\r]*\n[ \t]*)(?=\d[\d.,/]*[ \t]+\p{Ll})(?!\d{1,3}[ \t]+\p{Lu})"
    # or a bracket that goes on with it ("đạt 72%\n(chỉ tiêu đề ra …")
    r"|(?<=[\p{L}\d%][ \t\r]*\n[ \t]*)(?=\(\p{Ll})"
    # or the number of a document after "số" ("Nghị quyết số\n76/NQ-CP")
    r"|(?<=(?<!\p{L})(?i:số)[ \t\r]*\n[ \t]*)(?=\d+/))")


# A run of blank lines, found fast (it starts with a newline); the full pattern is then tried only
# where the run's line ends, which is the one place a page break can start.
_BLANK_RUN = regex.compile(r"[\n\f](?:[ \t\r]*[\n\f])*")


# The same character classes as the pattern's, from the regex module's Unicode tables: Python's own
# (str.isalpha, str.islower) are of an older Unicode version for some characters.
_LETTER_DIGIT_OR_MARK = regex.compile(r"[\p{L}\d,;(\-–]")
_SMALL_LETTER = regex.compile(r"\p{Ll}")
_DIGIT = regex.compile(r"\d")


def _may_go_on(before: str, after: str) -> bool:
    """False when :data:`_PAGE_BREAK` cannot match at a run of line breaks with the character `before`
    right before it (past the spaces that end the line) and `after` right after it (past the spaces that
    open the next): it needs a letter, a digit or one of ``,;(-–`` before, and after it a small letter,
    a digit (after a small letter or ``số``) or a bracket. The exact pre-test that spares the pattern
    where a line ends in a full stop or the next opens with a capital (a report of a line every few
    bytes: ``1. A`` / ``1. A``; tests/test_line_fast_paths.py). ASCII characters are told by Python's
    string tests, which agree with the pattern's classes on them; any other by the pattern's classes
    themselves (Python's Unicode tables may be older than the regex module's: ``\u0558`` is a letter
    to the one and not to the other)."""
    if before < "\x80" and after < "\x80":
        if not (before.isalnum() or before in ",;(-"):
            return False
        if after.isdigit():
            return before.islower()
        return after == "(" or after.islower()
    if _LETTER_DIGIT_OR_MARK.match(before) is None:
        return False
    if _DIGIT.match(after) is not None:
        return _SMALL_LETTER.match(before) is not None or before in "ốỐ"
    return after == "(" or _SMALL_LETTER.match(after) is not None


def _page_breaks(text: str) -> Iterator[regex.Match[str]]:
    n = len(text)
    for run in _BLANK_RUN.finditer(text):
        start = run.start()
        while start > 0 and text[start - 1] in " \t\r":
            start -= 1
        after = run.end()
        while after < n and text[after] in " \t":
            after += 1
        if not start or after == n or not _may_go_on(text[start - 1], text[after]):
            continue
        m = _PAGE_BREAK.match(text, start)
        if m is not None:
            yield m


def layout_edits(text: str) -> list[Edit]:
    """Return the layout edits of `text` (its own coordinates), in two stages: first the page
    furniture is dropped (running headers and footers, page numbers: :func:`furniture_edits`) and
    a bracketed marker on a line of its own is put back in its line (:func:`marker_line_edits`);
    then, on the text so made, footnote markers written in plain digits
    (:mod:`baocao.normalize.footnote_markers`), paragraphs cut by a page break, lines wrapped inside
    a paragraph and words hyphenated at a line end are joined."""
    first = furniture_edits(text) + marker_line_edits(text)
    if not first:
        return _joins(text)
    first.sort(key=lambda e: e.start)
    mid = apply_edits(text, first)
    return compose(text, first, _joins(mid), mid)


def _joins(text: str) -> list[Edit]:
    from baocao.normalize.footnote_markers import WHY_BODY, plain_marker_edits

    markers = plain_marker_edits(text)
    # lines that hold a footnote body: a page break next to one joins no paragraph
    body_lines = {text.rfind("\n", 0, e.start) + 1 for e in markers if e.why == WHY_BODY}
    edits = list(markers)
    for m in _page_breaks(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if "\t" in text[line_start:m.start()]:
            continue  # a table row ends here
        if text[m.start() - 1] == "-" and m.start() > 1 and text[m.start() - 2].isalpha():
            continue  # a word hyphenated at the line end: see _hyphenations
        nl = text.rfind("\n", 0, m.end())     # a form feed before it cannot start the line
        next_start = max(nl, text.rfind("\f", max(nl, 0), m.end())) + 1
        if line_start in body_lines or next_start in body_lines:
            continue  # a footnote body ends or starts here: the text goes on elsewhere
        rule, why = ("layout.page_break", "a paragraph cut by a page break: the line before ends "
                     "mid-sentence and the next starts with a small letter")
        if m.group().count("\n") == 1 and "\f" not in m.group():
            rule, why = ("layout.line_wrap", "a line wrapped inside a paragraph: the line before "
                         "ends mid-sentence and the next starts with a small letter")
        elif _in_footnote_body(text, line_start):
            continue  # a body at a page foot: the page's text goes on after the bodies
        edits.append(Edit(m.start(), m.end(), m.group(), " ", rule, 0.9, why))
    edits += _hyphenations(text, {e.start for e in edits})
    edits += _body_wraps(text, markers, edits)
    edits.sort(key=lambda e: e.start)
    return edits


# A line that opens a heading (a bullet "- …" may go on inside a footnote body).
_OPENS_HEADING = regex.compile(
    r"[ \t]*(?:[IVX]{1,4}[ \t]*[-–.]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][).]|\(\d{1,2}\))[ \t]+\p{Lu}")


_BODY_OPENS = regex.compile(r"[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹]|⁽[¹²³⁴⁵⁶⁷⁸⁹]|\[\d{1,3}\][ \t])")
_WHY_BODY_WRAP = "a footnote body wrapped over lines at the page foot"


def _body_wraps(text: str, markers: list[Edit], taken: list[Edit]) -> list[Edit]:
    """Join the lines of a footnote body that wraps over several lines at a page foot: from a
    line that opens with a marker (raised, ``[n]``, or a plain number the marker edits mark) down
    to a blank line, a form feed or the next body; each line break becomes a space."""
    from baocao.normalize.footnote_markers import WHY_BODY

    opens = set()
    for e in markers:
        if e.why == WHY_BODY:
            opens.add(text.rfind("\n", 0, e.start + (1 if e.before.startswith(" ") else 0)) + 1)
            if e.before.endswith("\n"):
                opens.add(e.end)     # "1\nKinh tế …": the body's text is the next line
    if not opens and not any(c in text for c in "¹²³⁴⁵⁶⁷⁸⁹["):
        return []
    busy: set[int] = set()
    for e in taken:
        busy.update(range(e.start, e.end))
    out, in_body, pos = [], False, 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        starts_body = pos in opens or (_BODY_OPENS.match(text, pos, end) is not None
                                       and "\t" not in line)
        if not line.strip(" \t\r") or "\f" in line or (
                not starts_body and _OPENS_HEADING.match(text, pos, end)):
            in_body = False     # a blank line, a page end, a heading or an item ends the body
        elif starts_body:
            in_body = True
        elif in_body and pos - 1 not in busy and text[pos - 1] == "\n":
            out.append(Edit(pos - 1, pos, "\n", " ", "layout.line_wrap", 0.9, _WHY_BODY_WRAP))
        if nl < 0:
            break
        pos = nl + 1
    return out


_MARKER_START = regex.compile(r"[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]|⁽|\[\d{1,3}\][ \t])")


def _in_footnote_body(text: str, line_start: int) -> bool:
    """True when the paragraph holding the line at `line_start` (lines back to a blank line or a
    form feed) opens with a footnote marker."""
    k = line_start
    while k > 0:
        prev = text.rfind("\n", 0, k - 1) + 1
        if not text[prev:k - 1].strip(" \t\r") or "\f" in text[prev:k]:
            break
        k = prev
    k = max(k, text.rfind("\f", k, line_start) + 1)     # a form feed before k changes nothing
    return _MARKER_START.match(text, k) is not None


# ---- page furniture: running headers and footers, page numbers (pages end at a form feed) ----

# A page number as printed at the head or foot of a page: "12", "- 12 -", "Trang 12", "12/45".
_PAGE_NUMBER = regex.compile(
    r"[ \t]*(?:[-–—][ \t]*)?(?:(?i:trang)[ \t]+)?\d{1,4}(?:[ \t]*/[ \t]*\d{1,4})?(?:[ \t]*[-–—])?[ \t]*")
_DIGITS = regex.compile(r"\d+")
# how many lines at the head and at the foot of a page may be furniture
_EDGE_LINES = 2


def _page_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The non-blank lines of text[start:end] as (start, end) spans."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip(" \t\r"):
            out.append((pos, stop))
        pos = stop + 1
    return out


def _shape(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split())).casefold()


def _page_numbers(text: str, pages: list[list[tuple[int, int]]], need: int) -> set[int]:
    """Starts of the lines that are page numbers: a bare number (``12``, ``- 12 -``, ``Trang 12``,
    ``12/45``) among the first or last two lines of a page whose value is the page's place in the text plus
    one offset shared by at least ``need`` pages (a footnote's number or a rank ``32/63`` in a
    table at the foot of a page does not follow the pages)."""
    found = []   # (offset, line start)
    for k, lines in enumerate(pages):
        for s, e in set(lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]):
            m = _PAGE_NUMBER.fullmatch(text, s, e)
            if m is not None:
                digits = cast("regex.Match[str]", _DIGITS.search(text, s, e))   # (it has some)
                found.append((int(digits.group()) - k, s))
    if not found:
        return set()
    counts: dict[int, int] = {}
    for d, _ in found:
        counts[d] = counts.get(d, 0) + 1
    best = max(counts, key=lambda d: counts[d])
    if counts[best] < need:
        return set()
    return {s for d, s in found if d == best}


def furniture_edits(text: str) -> list[Edit]:
    """Return the edits that drop page furniture from a text whose pages end at a form feed:
    a page number at the head or foot of a page (``12``, ``- 12 -``, ``Trang 12``) that follows the
    pages (:func:`_page_numbers`), or a line that repeats (digits aside) at the same edge of at
    least two pages and of a third of them (a running header or footer: a report's title,
    ``Báo cáo số 15``).
    Each is deleted with its line break; the page's form feed stays.

    >>> t = "BÁO CÁO\\n1\\nMở đầu.\\n\\fBÁO CÁO\\n2\\nPhần sau.\\n"
    >>> from baocao.normalize.edits import apply_edits
    >>> apply_edits(t, furniture_edits(t)).replace("\\f", "<FF>")
    'Mở đầu.\\n<FF>Phần sau.\\n'
    """
    if "\f" not in text:
        return []
    bounds, pos = [], 0
    for k, ch in enumerate(text):
        if ch == "\f":
            bounds.append((pos, k))
            pos = k + 1
    bounds.append((pos, len(text)))
    pages = [_page_lines(text, s, e) for s, e in bounds]
    pages = [p for p in pages if p]
    if len(pages) < 2:
        return []
    heads: dict[str, int] = {}
    feet: dict[str, int] = {}
    for lines in pages:
        if len(lines) < 2:
            continue   # a page of one line: no edge apart from its body, no evidence of furniture
        for s, e in lines[:_EDGE_LINES]:
            heads[_shape(text[s:e])] = heads.get(_shape(text[s:e]), 0) + 1
        for s, e in lines[-_EDGE_LINES:]:
            feet[_shape(text[s:e])] = feet.get(_shape(text[s:e]), 0) + 1
    need = max(2, -(-len(pages) // 3))
    numbered = _page_numbers(text, pages, need)
    edits: list[Edit] = []
    for lines in pages:
        edge = [(i, lines[i]) for i in range(min(_EDGE_LINES, len(lines)))]
        edge += [(i, lines[i]) for i in range(max(_EDGE_LINES, len(lines) - _EDGE_LINES),
                                             len(lines))]
        for i, (s, e) in edge:
            at_head = i < _EDGE_LINES and (i < len(lines) - _EDGE_LINES or i < len(lines) / 2)
            shape = _shape(text[s:e])
            if s in numbered:
                rule, why = "layout.page_number", "a page number at the head or foot of a page"
            elif (heads if at_head else feet).get(shape, 0) >= need and len(shape) > 3 \
                    and not _PAGE_NUMBER.fullmatch(text, s, e):
                rule, why = ("layout.running_header" if at_head else "layout.running_footer",
                             "a line repeated at the same edge of many pages")
            else:
                continue
            stop = e + 1 if e < len(text) and text[e] == "\n" else e
            if stop == e and s > 0 and text[s - 1] == "\n":
                s -= 1  # the last line before a form feed: its line break goes with it
            edits.append(Edit(s, stop, text[s:stop], "", rule, 0.9, why))
    edits.sort(key=lambda x: x.start)
    out: list[Edit] = []
    for x in edits:
        if not out or x.start >= out[-1].end:
            out.append(x)
    return out


# ---- a bracketed footnote marker on a line of its own (web pages) ----

_MARKER_LINE = regex.compile(r"\n[ \t]*(\[\d{1,3}\])[ \t]*\n(?=[ \t]*(\S))")


def marker_line_edits(text: str) -> list[Edit]:
    """Return the edits that put a ``[n]`` standing on a line of its own back where it belongs:
    after the word before it when the next line goes on with the sentence (``4.856 ha\\n[1]\\n,
    giảm``), or at the head of the body that follows (``[1]\\nDiện tích chưa bao gồm …``).

    >>> t = "đạt 4.856 ha\\n[1]\\n, giảm 5%.\\n[1]\\nDiện tích chưa gồm lồng bè"
    >>> from baocao.normalize.edits import apply_edits
    >>> apply_edits(t, marker_line_edits(t))
    'đạt 4.856 ha[1], giảm 5%.\\n[1] Diện tích chưa gồm lồng bè'
    """
    if "[" not in text:
        return []
    edits = []
    for m in _MARKER_LINE.finditer(text):
        nxt = m.group(2)
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip()
        if nxt in ",.;:)" or (nxt.islower() and before and before[-1] not in ".!?:"):
            why = "a footnote marker on a line of its own inside a sentence"
            # the line breaks around the marker go; the marker itself stays as it is
            edits.append(Edit(m.start(), m.start(1), text[m.start():m.start(1)], "",
                              "layout.marker_line", 0.9, why))
            edits.append(Edit(m.end(1), m.end(), text[m.end(1):m.end()], "",
                              "layout.marker_line", 0.9, why))
        elif nxt.isupper() or nxt in "“\"":
            s = m.end(1)
            edits.append(Edit(s, m.end(), text[s:m.end()], " ", "layout.marker_line", 0.9,
                              "a footnote marker on a line of its own before its body"))
    return edits


# ---- a word hyphenated at a line end ----

_HYPHEN_END = compile_at(r"(?<![\p{L}\p{N}])(\p{L}+)-[ \t]*\r?\n[ \t]*(\p{Ll}+)(?!\p{L})")


def _hyphenations(text: str, taken: set[int]) -> list[Edit]:
    """A syllable cut by a hyphen at a line end (``triể-\\nn``) is joined when the two halves
    make a Vietnamese syllable and the first is none; any other hyphen at a line end (a compound,
    ``kinh-\\ntế`` in a foreign style) keeps its hyphen and loses the line break."""
    if "-\n" not in text and "-\r\n" not in text:
        return []
    from baocao.core.fold import canonical
    from baocao.normalize.lexicon import lexicon

    syllables = lexicon().syllables
    out = []
    hits = []
    for end in regex.finditer(r"-[ \t]*\r?\n", text):   # where a line ends in a hyphen
        ws = end.start()
        while ws > 0 and text[ws - 1].isalpha():
            ws -= 1
        m = _HYPHEN_END.match(text, ws)
        if m is not None:
            hits.append(m)
    for m in hits:
        left, right = m.group(1), m.group(2)
        cut = m.start(1) + len(left)
        if any(cut <= t < m.start(2) for t in taken):
            continue
        whole = canonical((left + right).lower())
        if whole in syllables and canonical(left.lower()) not in syllables:
            out.append(Edit(cut, m.start(2), text[cut:m.start(2)], "", "layout.hyphenation", 0.9,
                            "a syllable cut by a hyphen at a line end"))
        else:
            out.append(Edit(cut + 1, m.start(2), text[cut + 1:m.start(2)], "",
                            "layout.hyphenation", 0.9,
                            "a hyphenated word cut at a line end: the hyphen stays"))
    return out


# A footnote block between the two halves of a cut paragraph: the line before it ends mid-sentence
# (as for a page break), then one or more footnote bodies (a line opening with a superscript
# number), each followed by blank lines, then a line opening with a small letter that opens no
# list item. Groups: the block, and the continuation line with its newline.
_FOOTNOTE_CUT = compile_at(
    r"(?<=[\p{L}\d,;(\-–])[ \t\r]*\n(?:[ \t\r]*\n)+"
    r"((?:[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+[^\n]*\n(?:[ \t\r]*\n)+)+)"
    r"[ \t]*(?=\p{Ll})(?!\p{Ll}[).](?:\s|$))([^\n]*\n?)")
_SUPERSCRIPTS = frozenset("¹²³⁴⁵⁶⁷⁸⁹⁰")
_FOOTNOTE_START = regex.compile(r"\n[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]")


def reading_order(text: str) -> list[tuple[int, int]]:
    """Return the spans of `text` in reading order: the text as it is, save that the line
    continuing a paragraph cut by footnote bodies comes right after the cut, before them. The
    spans cover the text once each; ``[(0, len(text))]`` when nothing is cut.

    >>> t = "khu vực cụm xã, thị\\n\\n¹ Ghi chú.\\n\\ntrần, 06 trạm.\\nHết."
    >>> "".join(t[s:e] for s, e in reading_order(t))
    'khu vực cụm xã, thị\\n\\ntrần, 06 trạm.\\n¹ Ghi chú.\\n\\nHết.'
    """
    spans, pos = [], 0
    for hit in _FOOTNOTE_START.finditer(text):
        # the cut begins at the end of the last non-blank line before the footnote
        k = hit.start()
        while k > 0 and text[k - 1] in " \t\r\n":
            k -= 1
        line = text[text.rfind("\n", 0, k) + 1:k]
        if k < pos or "\t" in line or line.lstrip(" ")[:1] in _SUPERSCRIPTS:
            continue   # inside a block already read, a table row, or a footnote body ends here
        m = _FOOTNOTE_CUT.match(text, k)
        if m is None:
            continue
        block, cont = m.span(1), m.span(2)
        # before the block (the cut and its blank lines), the continuation, then the block
        spans += [(pos, block[0]), cont, block]
        pos = cont[1]
    if not spans:
        return [(0, len(text))]
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if e > s]
