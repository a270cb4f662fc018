"""The layout of a PDF page as text: characters with their size, box and baseline gathered into
lines, gaps into spaces and tabs, raised small digits into superscript footnote markers, blank
lines between blocks (see :mod:`baocao.pdf`)."""
from __future__ import annotations

import ctypes
import math
from typing import Any, Optional


SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# Layout thresholds, in units of the line's main font size.
_SPACE_GAP = 0.2      # a gap wider than this between two characters is a space
_TAB_GAP = 1.6        # and one wider than this (table cells, letterhead halves) a tab
_SUP_SIZE = 0.85      # a raised digit at most this size of its line's main size is a superscript
_SUP_RISE = 0.12      # raised by at least this
_SUP_HIGH = 0.3       # a run of at most _SUP_RUN digits raised this much is one at any size
_SUP_RUN = 3
_LINE_OVERLAP = 0.5   # a character joins a line when their baseline bands overlap this much
_MARKER_RISE = 0.75   # a line of digits alone this little above a line is its raised markers
_OTHER_RUN = 0.03     # neighbours whose baselines differ by this much are set apart (two words)
_BLOCK_GAP = 1.45     # a line pitch this many times the page's usual pitch opens a new block


class _Char:
    __slots__ = ("ch", "size", "left", "right", "base", "key", "stamped", "k")

    def __init__(self, ch: str, size: float, left: float, right: float, base: float,
                 stamped: bool = False, k: int = -1) -> None:
        self.ch, self.size, self.left, self.right, self.base = ch, size, left, right, base
        self.key: Any = round(size, 1)   # the size to group by, or (turned) the box
        self.stamped = stamped   # drawn by an annotation (a form field), not the page
        self.k = k               # its index in PDFium's text page


def _quadrant(angle: float) -> int:
    """0, 1, 2, 3 for text running right, up, left, down; -1 unknown. PDFium gives the angle
    in radians, clockwise."""
    if angle < 0:
        return -1
    return (4 - int(round(angle / (math.pi / 2))) % 4) % 4


def _page_chars(raw: Any, textpage: Any, stamped_from: Optional[int] = None) -> list[_Char]:
    """The characters of a page; those from index `stamped_from` on came from its annotations.

    Positions are in the frame of the page's text: where its text runs up or down (a landscape
    table drawn turned on a portrait page) or upside down, they are turned so that it runs left
    to right; characters running another way than most of the page's (a label set on its side
    in a table header) are left out rather than read as one line each.
    """
    tp = textpage.raw   # the handle itself: no attribute lookup per call
    n = raw.FPDFText_CountChars(tp)
    box = raw.FS_RECTF()   # the loose box: the glyph's advance and the font's height
    ox, oy = ctypes.c_double(), ctypes.c_double()
    get_unicode, get_size = raw.FPDFText_GetUnicode, raw.FPDFText_GetFontSize
    get_box, get_origin = raw.FPDFText_GetLooseCharBox, raw.FPDFText_GetCharOrigin
    get_angle = raw.FPDFText_GetCharAngle
    box_ref, ox_ref, oy_ref = ctypes.byref(box), ctypes.byref(ox), ctypes.byref(oy)
    # most pages run left to right: a sample says whether angles need reading at all
    turned = any(_quadrant(get_angle(tp, k)) > 0 for k in range(0, n, max(1, n // 24)))
    quads: list[int] = []
    chars: list[_Char] = []
    append = chars.append
    for k in range(n):
        u = get_unicode(tp, k)
        if u < 0x20 or u == 0xFFFE:   # line breaks PDFium adds, controls, unmapped glyphs
            continue
        ch = chr(u)
        get_box(tp, k, box_ref)
        stamped = stamped_from is not None and k >= stamped_from
        if ch.isspace():   # a space (PDFium's own, where a gap says so, or the PDF's)
            if turned:
                quads.append(-1)   # a space takes the page's way (PDFium's have no angle)
            append(_Char(" ", 0.0, box.left, box.right, (box.bottom + box.top) / 2, stamped))
            if turned:   # kept in page coordinates here; turned below with the rest
                chars[-1].key = (box.left, box.bottom, box.right, box.top)
            continue
        get_origin(tp, k, ox_ref, oy_ref)
        size = get_size(tp, k)
        if size <= 1.0:   # a font scaled by its matrix: the size from the box
            size = min(box.top - box.bottom, box.right - box.left) if turned else \
                box.top - box.bottom
        append(_Char(ch, size, box.left, box.right, oy.value, stamped, k))
        if turned:
            quads.append(_quadrant(get_angle(tp, k)))
            chars[-1].key = (box.left, box.bottom, box.right, box.top, ox.value, oy.value)
    if not turned:
        return chars
    return _turned(chars, quads)


def _turned(chars: list[_Char], quads: list[int]) -> list[_Char]:
    """The characters of a page whose text does not all run left to right, in the frame of its
    main direction (see :func:`_page_chars`)."""
    counts = [0, 0, 0, 0]
    for q in quads:
        if q >= 0:
            counts[q] += 1
    main = counts.index(max(counts))
    out: list[_Char] = []
    ox: Any   # the origin of a character, None for a space
    oy: Any
    for c, q in zip(chars, quads):
        if c.ch == " ":
            left, bottom, right, top = c.key
            cx, cy = (left + right) / 2, (bottom + top) / 2
            ox = oy = None
        else:
            if q != main:
                continue
            left, bottom, right, top, ox, oy = c.key
        if main == 0:
            a, b, base = left, right, (oy if ox is not None else c.base)
        elif main == 1:    # running up: the next line stands to the right
            a, b, base = bottom, top, (-ox if ox is not None else -cx)
        elif main == 2:    # upside down
            a, b, base = -right, -left, (-oy if oy is not None else -cy)
        else:              # running down: the next line stands to the left
            a, b, base = -top, -bottom, (ox if ox is not None else cx)
        out.append(_Char(c.ch, c.size, a, b, base, c.stamped, c.k))
    return out


class _Line:
    __slots__ = ("lo", "hi", "chars", "size", "base", "text", "bold")
    size: float
    base: float
    text: str

    def __init__(self, lo: float, hi: float, chars: list[_Char]) -> None:
        self.lo, self.hi, self.chars = lo, hi, chars
        self.bold = False


def _mark_bold(raw: Any, textpage: Any, lines: list[_Line]) -> None:
    """Set ``bold`` on the lines drawn in a bold font (a heading), from a few of their letters."""
    tp = textpage.raw
    weight = raw.FPDFText_GetFontWeight
    for line in lines:
        ink = [c for c in line.chars if c.ch != " " and c.k >= 0]
        if not ink:
            continue
        sample = {ink[0].k, ink[len(ink) // 2].k, ink[-1].k}
        line.bold = sum(weight(tp, k) >= 600 for k in sample) * 2 > len(sample)


def _lines(chars: list[_Char]) -> list[_Line]:
    """Group characters into lines (top to bottom) by the overlap of their baseline bands."""
    ink = sorted((c for c in chars if c.ch != " " and c.size > 0), key=lambda c: -c.base)
    lines: list[_Line] = []
    for c in ink:
        lo, hi = c.base, c.base + 0.7 * c.size
        for line in reversed(lines[-4:]):
            overlap = min(hi, line.hi) - max(lo, line.lo)
            if overlap >= _LINE_OVERLAP * min(hi - lo, line.hi - line.lo):
                line.chars.append(c)
                line.lo, line.hi = min(line.lo, lo), max(line.hi, hi)
                break
        else:
            lines.append(_Line(lo, hi, [c]))
    lines = _markers_joined(lines)
    for c in chars:   # spaces join the line whose band holds their baseline
        if c.ch == " ":
            for line in reversed(lines):
                if line.lo - 0.5 <= c.base <= line.hi:
                    line.chars.append(c)
                    break
    for line in lines:
        _line_text(line)
    lines.sort(key=lambda ln: -ln.base)
    return [ln for ln in lines if ln.text]


def _markers_joined(lines: list[_Line]) -> list[_Line]:
    """Put a 'line' of digits alone (footnote markers drawn raised, at the line's size or
    smaller, whose band overlaps the line's too little) into the line just below it."""
    out: list[_Line] = []
    for i, line in enumerate(lines):
        target = None
        if all("0" <= c.ch <= "9" for c in line.chars):
            for other in lines[i + 1:i + 4]:
                size = max(c.size for c in other.chars)
                left = min(c.left for c in other.chars) - size
                right = max(c.right for c in other.chars) + size
                if 0 < line.lo - other.lo <= _MARKER_RISE * size and \
                        all(c.size <= 1.05 * size and left <= c.left <= right
                            for c in line.chars):
                    target = other
                    break
        if target is None:
            out.append(line)
        else:
            target.chars.extend(line.chars)
            target.lo, target.hi = min(target.lo, line.lo), max(target.hi, line.hi)
    return out


def _line_text(line: _Line) -> None:
    chars = sorted(line.chars, key=lambda c: (c.left, c.ch == " "))
    sizes: dict[float, int] = {}
    for c in chars:
        if c.ch != " ":
            sizes[c.key] = sizes.get(c.key, 0) + 1
    size = max(sizes, key=lambda s: (sizes[s], s))
    bases = sorted(c.base for c in chars if c.ch != " " and c.key == size)
    base = bases[len(bases) // 2]
    line.size, line.base = size, base
    sup = _superscripts(chars, size, base)
    out: list[str] = []
    prev: Optional[_Char] = None
    space = False
    prev_i = -1
    for i, c in enumerate(chars):
        if c.ch == " ":
            space = prev is not None
            continue
        if prev is not None:
            if c.ch == prev.ch and abs(c.left - prev.left) < 0.15 * size:
                continue   # a character drawn twice (a bold effect)
            gap = c.left - prev.right
            if gap > _TAB_GAP * size:
                out.append("\t")
            elif (space and gap > 0.05 * size) or \
                    gap > _SPACE_GAP * max(min(c.size, prev.size), 0.6 * size) or \
                    (i not in sup and prev_i not in sup and gap > -0.3 * size and
                     abs(c.base - prev.base) > _OTHER_RUN * size):
                # a space the PDF draws (unless the glyphs on either side overlap it: text
                # stamped over a blank), a gap, or text set on another baseline (a number
                # stamped into a form: "ngày 15 tháng")
                out.append(" ")
        out.append(c.ch.translate(SUPERSCRIPT) if i in sup else c.ch)
        prev, prev_i, space = c, i, False
    line.text = "".join(out).strip()


def _superscripts(chars: list[_Char], size: float, base: float) -> set[int]:
    """The indices of the digits of `chars` (one line, left to right) drawn as footnote markers.

    A run of digits is a marker when it is raised above the line and either smaller than it, or
    at most three digits raised well above it (a marker drawn at the line's size) and glued to
    the word before; and when it is raised against its neighbours, not with them: the character
    before it sits on the line (``tiến độ⁸``), or nothing comes before it on the line and text
    on the line follows it closely (the marker that opens a body: ``⁸ Là địa phương``). A
    number in a table cell set higher than its row is neither: it stays as written.
    """
    out: set[int] = set()
    ink = [i for i, c in enumerate(chars) if c.ch != " "]
    where = {i: n for n, i in enumerate(ink)}
    run: list[int] = []
    small_run = True

    def on_line(c: _Char) -> bool:
        return c.base - base < _SUP_RISE * size

    def marker() -> bool:
        first, last = where[run[0]], where[run[-1]]
        if first > 0:
            j = ink[first - 1]
            before = chars[j]
            gap = chars[run[0]].left - before.right
            glued = gap < 0.15 * size and \
                not any(chars[k].ch == " " for k in range(j + 1, run[0]))
            # a smaller run may stand a space away from its word; one a cell's width away is
            # a cell of its own
            return on_line(before) and ((small_run and gap < size) or
                                        (len(run) <= _SUP_RUN and glued))
        if last + 1 >= len(ink):
            return False   # digits alone on their line: a number, not a marker
        after = chars[ink[last + 1]]
        return on_line(after) and after.left - chars[run[-1]].right < size and \
            (small_run or len(run) <= _SUP_RUN)

    def close() -> None:
        if run and marker():
            out.update(run)

    for i, c in enumerate(chars):
        if c.ch == " ":
            continue
        rise = c.base - base
        small = c.size <= _SUP_SIZE * size and rise >= _SUP_RISE * size
        if "0" <= c.ch <= "9" and not c.stamped and (small or rise >= _SUP_HIGH * size):
            run.append(i)
            small_run = small_run and small
        else:
            close()
            run, small_run = [], True
    close()
    return out


def _page_text(lines: list[_Line]) -> str:
    """Lines joined by newlines, with a blank line where the gap is wider than the page's usual
    pitch for that size, or where the font size changes."""
    if not lines:
        return ""
    pitches: dict[float, list[float]] = {}
    for a, b in zip(lines, lines[1:]):
        if a.size == b.size:
            pitches.setdefault(a.size, []).append(a.base - b.base)
    usual = {s: sorted(p)[(len(p) - 1) // 2] for s, p in pitches.items()}   # the lower median
    out = [lines[0].text]
    for a, b in zip(lines, lines[1:]):
        pitch = a.base - b.base
        typical = usual.get(b.size) or usual.get(a.size) or 1.2 * max(a.size, b.size)
        # a change of size (a heading, the footnote zone) or of weight (a bold heading set at
        # the body's size) is a new block
        changed = abs(a.size - b.size) > 0.12 * max(a.size, b.size) or a.bold != b.bold
        out.append("\n\n" if pitch > _BLOCK_GAP * typical or changed else "\n")
        out.append(b.text)
    return "".join(out) + "\n"
