"""What a long text leaves behind: the scans and copies the rules no longer need are released,
and the memory-saving paths give exactly what the plain ones give."""
from __future__ import annotations

import types

from hypothesis import given, settings
from hypothesis import strategies as st

import baocao.extract as extract_package
from baocao.core import fold as fold_module
from baocao.core.memory import release_free_memory
from baocao.document import Document
from baocao.extract import extract_document
from baocao.normalize import footnote_markers

# letters whose lower case depends on context (final sigma) or changes the length (İ), spaces
_TEXT = st.text(alphabet=st.sampled_from(list("ΣσΟΔaAİıẲĐ đ\n\t.,5 ")), max_size=60)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_lower_in_pieces_is_str_lower(text):
    saved = fold_module.LOWER_PIECE
    fold_module.LOWER_PIECE = 3     # many pieces even in a short text
    try:
        assert fold_module.lower(text) == text.lower()
    finally:
        fold_module.LOWER_PIECE = saved


def test_lower_of_a_long_text_is_str_lower():
    text = ("ΟΔΟΣ Ở HÀ NỘI. Σ İstanbul ĐẮK LẮK\n" * 5000)
    assert len(text) > fold_module.LOWER_PIECE
    assert fold_module.lower(text) == text.lower()
    assert fold_module.fold(text) == text.translate(fold_module._fold_table()).lower()


def test_word_scans_are_released_after_the_last_rule_that_reads_them():
    d = Document.from_text("Ngày 19 tháng 8 năm 2020, trong năm 2024 tăng 5%. Quý III năm nay.")
    records = extract_document(d)
    assert {r.kind for r in records} >= {"date", "percentage"}
    assert not [k for k in d.cache if k == "lower" or k.startswith("keyword:")]
    assert "number_spans" in d.cache       # the numeral scan is kept for the caller (parse drops it)


def test_word_scans_are_kept_while_only_word_rules_run():
    d = Document.from_text("Ngày 19 tháng 8 năm 2020")
    extract_document(d, kinds={"date"})   # the last rule that ran reads them: released after it
    assert "lower" not in d.cache


def test_the_footnote_marker_pass_keeps_no_text():
    text = "Tăng 377 USD so với năm 20233; đạt kết quả tích cực4.\n\n3 Quy mô tăng. 4 Chỉ số tăng."
    assert footnote_markers.plain_marker_edits(text)
    assert footnote_markers._lines.cache_info().currsize == 0


def test_release_free_memory_is_harmless():
    assert isinstance(release_free_memory(), bool)
    assert isinstance(release_free_memory(), bool)


class _Span:
    def __init__(self, start, end):
        self.start, self.end = start, end
        self.__pydantic_fields_set__ = {"start", "end"}


def _claimed_reference(modules_spans):
    """The overlap rule written the plain way: a byte per character, claimed in module order."""
    n = max((e for spans in modules_spans for _, e in spans), default=0)
    claimed = bytearray(n + 1)
    out = []
    for spans in modules_spans:
        for s, e in sorted(spans, key=lambda x: (x[0], -(x[1] - x[0]))):
            if e <= s or any(claimed[s:e]):
                continue
            claimed[s:e] = b"\x01" * (e - s)
            out.append((s, e))
    return sorted(out)


_SPANS = st.lists(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(
    lambda t: (t[0], t[0] + t[1])), max_size=12), min_size=1, max_size=6)


@settings(max_examples=400, deadline=None)
@given(_SPANS)
def test_overlaps_settle_as_a_byte_per_character_would(modules_spans):
    modules = tuple(types.SimpleNamespace(KIND=f"k{i}", extract=lambda doc, s=spans: [_Span(*x) for x in s])
                    for i, spans in enumerate(modules_spans))
    saved = extract_package._extractors
    extract_package._extractors = lambda: modules
    try:
        doc = types.SimpleNamespace(original="x" * 80, cache={})
        got = [(r.start, r.end) for r in extract_document(doc)]
    finally:
        extract_package._extractors = saved
    assert got == _claimed_reference(modules_spans)


# The compact forms of what a long text's scans keep give what the plain forms gave.

_NUMBER_TEXT = st.text(alphabet=st.sampled_from(list("0123456789 .,/-%\nhaHAtỷđồngnăm\u00a0")), max_size=80)


@settings(max_examples=300, deadline=None)
@given(_NUMBER_TEXT)
def test_number_spans_in_arrays_are_the_scan_s_spans(text):
    from baocao.core.numbers import scan

    doc = types.SimpleNamespace(text=text, cache={})
    spans = scan.number_spans(doc)
    plain = [m.span() for m in scan._NUM_NEXT.finditer(text)]
    assert list(spans) == plain and len(spans) == len(plain)
    assert [spans[i] for i in range(len(spans))] == plain and spans[1:] == plain[1:]
    assert list(spans.starts) == [s for s, _ in plain] and spans == plain
    words = scan.next_words(doc)
    for chosen in ({"ha"}, {"%", "ha"}, {"-", "tỷ", ""}, set()):
        want = [i for i, w in enumerate(words) if w in chosen]
        assert list(scan._numerals_before(doc, frozenset(chosen))) == want


_EDIT_TEXT = st.text(alphabet=st.sampled_from(list("ab cđ\n")), min_size=1, max_size=30)


@st.composite
def _edits_of(draw, text):
    """Non-overlapping edits of `text` (its coordinates)."""
    from baocao.normalize.edits import Edit

    cuts = sorted(set(draw(st.lists(st.integers(0, len(text)), max_size=8))))
    out = []
    for s, e in zip(cuts[::2], cuts[1::2]):
        out.append(Edit(s, e, text[s:e], draw(st.sampled_from(["", "x", "yz", text[s:e] + "!"])), "t"))
    return out


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_compose_with_the_text_handed_over_is_compose(data):
    from baocao.normalize.edits import OffsetMap, apply_edits, compose

    original = data.draw(_EDIT_TEXT)
    first = data.draw(_edits_of(original))
    mid = apply_edits(original, first)
    second = data.draw(_edits_of(mid))
    got = compose(original, first, second, mid)
    assert got == compose(original, first, second)
    assert apply_edits(original, got) == apply_edits(mid, second)
    # the map (its offsets in arrays) takes each clean character outside a replacement back to
    # the same character of the original
    m, clean = OffsetMap(got, len(original)), apply_edits(original, got)
    assert m.clean_length == len(clean)
    for i, ch in enumerate(clean):
        if not any(cs <= i < ce for cs, ce in zip(m._clean_starts, m._clean_ends)):
            assert original[m.to_original(i)] == ch


def test_the_releases_of_a_long_text_change_no_output(monkeypatch):
    """The memory given back after the OCR pass and after extraction (texts over 1M characters)
    changes nothing: the same report with the releases made on a short text."""
    import baocao
    import baocao.normalize as normalize_package
    from baocao import report as report_module

    text = ("II- KẾT QUẢ\n\n1.1. Nông nghiệp\n\nNăm 2024, đàn gia súc đạt 42.719 con, đạt 71% NQĐH⁶. "
            "Đàn gia cầm tăng 5%/năm, thị trần có 28 tỷ đồng.\n\n⁶ Trong đó: Đàn trâu 4.230 con.\n")
    plain = baocao.parse(text)
    calls = []
    monkeypatch.setattr(report_module, "_RELEASE_AFTER", 0)
    monkeypatch.setattr(normalize_package, "RELEASE_AFTER", 0)
    monkeypatch.setattr(report_module, "release_free_memory", lambda: calls.append("parse") or True)
    monkeypatch.setattr(normalize_package, "release_free_memory", lambda: calls.append("normalize") or True)
    released = baocao.parse(text)
    assert calls.count("parse") == 1 and calls.count("normalize") == 2
    assert released.records == plain.records and released.sentences == plain.sentences
    assert released.text == plain.text and released.edits == plain.edits
