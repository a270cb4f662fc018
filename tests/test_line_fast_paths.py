"""The per-line shortcuts of the normalizer and the sentence splitter give what the full path gives
(hypothesis, lines of labels, capitals, small letters, digits and stops; issue 16): a run of line
breaks where no page-break branch can match is not tried, and a line whose only stops are the point
of a label or an abbreviation is one sentence without the generator."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.normalize import layout
from baocao.report import Sentence, _sentence
from baocao.structure import sentences

PIECES = ["a", "A", "b", "B", "ố", "Ố", "số", "Số", "SỐ", "đ", "Đ", "1", "2", "09", "2030", "٣", "²", "ª", "ⅰ",
          "ǅ", ".", ",", ";", ":", "(", ")", "-", "–", "%", "/", "…", "!", "?", "TP.", "Th.S", "1. ", "II. ",
          "a) ", "\n", "\n", "\n", "\f", "\r", " ", " ", "\t", "\u00a0", "\n\n", " \n ", "đến năm\n2030 đạt"]
lines_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=2), max_size=30).map("".join)


def _all_tried(text: str) -> list[tuple[tuple[int, int], str]]:
    """The page breaks with the pattern tried at every run of line breaks (the path before the test)."""
    found = []
    for run in layout._BLANK_RUN.finditer(text):
        start = run.start()
        while start > 0 and text[start - 1] in " \t\r":
            start -= 1
        m = layout._PAGE_BREAK.match(text, start)
        if m is not None:
            found.append((m.span(), m.group()))
    return found


@settings(max_examples=3000, deadline=None)
@given(lines_text)
def test_page_breaks_not_tried_are_none(text):
    assert [(m.span(), m.group()) for m in layout._page_breaks(text)] == _all_tried(text)


def test_page_breaks_found_and_passed_over():
    # a paragraph cut mid-sentence is found, a heading's line, a capital and a full stop are passed over
    text = "đoạn qua thị\n\ntrần Mường Ảng\n1. A\n1. A\nB\nđến năm\n2030 đạt\nNghị quyết số\n76/NQ-CP\nđạt 72%\n(chỉ tiêu"
    found = [text[m.start() - 1:m.end() + 1] for m in layout._page_breaks(text)]
    assert [(m.span(), m.group()) for m in layout._page_breaks(text)] == _all_tried(text)
    assert found == ["ị\n\nt", "B\nđ", "m\n2", "ố\n7", "P\nđ"]   # not after "%": a letter, a digit or ",;(-–" only


_SPACE = " \t\u00a0\r\u200b\ufeff\f"


@settings(max_examples=3000, deadline=None)
@given(lines_text)
def test_a_line_is_split_as_the_generator_splits_it(text):
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        while a < b and text[a] in _SPACE:
            a += 1
        while b > a and text[b - 1] in _SPACE:
            b -= 1
        assert list(sentences.split_line(text, a, b)) == (list(sentences.split(text, a, b)) if a < b else [])
        pos += len(line) + 1


def test_a_label_or_an_abbreviation_ends_no_sentence_of_a_line():
    for line, expected in [("1. A", ["1. A"]), ("1.1. Cơ cấu. II. Khác", ["1.1. Cơ cấu.", "II. Khác"]),
                           ("TP. Huế có 5 xã", ["TP. Huế có 5 xã"]), ("Tăng 5%. Giảm 3%", ["Tăng 5%.", "Giảm 3%"]),
                           ("II. A. B", ["II. A. B"]), ("1. A... B", ["1. A...", "B"])]:
        assert [line[a:b] for a, b in sentences.split_line(line, 0, len(line))] == expected


def test_a_sentence_made_without_its_init_is_the_same():
    made = _sentence(3, 10, 20, None)
    assert type(made) is Sentence and made == Sentence(3, 10, 20, None)
    assert hash(made) == hash(Sentence(3, 10, 20, None)) and repr(made) == repr(Sentence(3, 10, 20, None))
    assert (made.index, made.start, made.end, made.section) == (3, 10, 20, None)


def test_a_tidy_cell_made_without_its_init_is_the_same():
    # a cell of each reading (prose, empty, a bare number, a unit from the name, a figure of the cell): the
    # dataclass's own cell, with its fields in their order (to_frame reads a cell's __dict__)
    import dataclasses

    import baocao
    from baocao.structure.tables import TidyCell

    fields = [f.name for f in dataclasses.fields(TidyCell)]
    text = ("STT\tChỉ tiêu\tĐơn vị\tNăm 2020\n1\tDân số\tngười\t1.200\n2\tDiện tích (ha)\t\t5,5\n"
            "\tThu ngân sách\ttỷ đồng\t12 tỷ đồng\n")
    cells = [c for t in baocao.parse(text).tables for c in t.cells]
    assert {c.rule for c in cells} == {"table.prose", "table.empty", "table.bare_number", "money.number_scale_currency"}
    for cell in cells:
        assert type(cell) is TidyCell and list(cell.__dict__) == fields
        assert cell == TidyCell(**{f: getattr(cell, f) for f in fields})


def test_a_letter_of_newer_unicode_tables_is_told_as_the_pattern_tells_it():
    # U+0558 is a letter to the regex module's Unicode tables and unassigned to Python 3.11's
    # (str.isalpha is False): the pre-test reads it as the pattern does, so the break is still found
    text = "Ố…\u1ab9\u0558\n\n \n  \n bĐ"
    assert _all_tried(text) != []
    assert [(m.span(), m.group()) for m in layout._page_breaks(text)] == _all_tried(text)
