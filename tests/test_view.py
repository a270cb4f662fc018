"""The viewer page (baocao.view) read back with html.parser, and the short reprs of a Report, its
records and tables. The page in a real browser: tests/test_view_browser.py."""
from __future__ import annotations

import html
import json
import pickle
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import baocao
from baocao.cli import main
from baocao.view import page, render
from test_properties import PIECES

CORPUS = Path(__file__).with_name("corpus")
BIG = next(CORPUS.glob("004_*.txt"))
SMALL = CORPUS / "000_2091ac59a1d652e0.txt"
HOSTILE = ("II- KẾT QUẢ\n\nĐạt 71% NQĐH⁶ <script>alert('x')</script> & 5 ha\r\n</script><!-- "
           "<b>28 tỷ đồng</b>\n\n⁶ Trong đó: <img src=x onerror=alert(1)> 4.230 con.\n")


class _Page(HTMLParser):
    """The viewer's text as the browser would read it, and the text of each data-r / data-i /
    data-x element (pieces joined), from the page's markup alone."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0            # >0 inside .bcv-text
        self.stack: list[list[str]] = []   # the data-* keys of each open element inside it
        self.text: list[str] = []
        self.pieces: dict[str, list[str]] = {}
        self.scripts: list[str] = []
        self.in_script = False
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "script":
            self.in_script = True
            self.scripts.append("")
        if self.depth:
            self.depth += 1
            keys = [f"{k}={v}" for k, v in a.items() if k in ("data-r", "data-i", "data-x")]
            self.stack.append(keys)
        elif "bcv-text" in (a.get("class") or "").split():
            self.depth = 1

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False
        if self.depth:
            self.depth -= 1
            if self.depth:
                self.stack.pop()

    def handle_data(self, data):
        if self.in_script:
            self.scripts[-1] += data
        if self.depth:
            self.text.append(data)
            for keys in self.stack:
                for k in keys:
                    self.pieces.setdefault(k, []).append(data)


def _read(markup: str) -> _Page:
    p = _Page()
    p.feed(markup)
    p.close()
    return p


def _check_page(report, markup: str) -> _Page:
    p = _read(markup)
    assert "".join(p.text) == report.original
    for k, r in enumerate(report.records):
        assert "".join(p.pieces.get(f"data-r={k}", [])) == r.text, (k, r)
    for k, r in enumerate(report.indicators):
        assert "".join(p.pieces.get(f"data-i={k}", [])) == r.text, (k, r)
    for k, e in enumerate(report.edits):
        assert "".join(p.pieces.get(f"data-x={k}", [])) == report.original[e.start:e.end]
    data = json.loads(p.scripts[0])
    assert len(data["records"]) == len(report.records)
    assert [d["start"] for d in data["indicators"]] == [r.start for r in report.indicators]
    return p


def test_hostile_text_is_escaped_and_read_back_exactly():
    r = baocao.parse(HOSTILE, doc="<b>a.txt</b>")
    markup = page(r)
    p = _check_page(r, markup)
    # two scripts, the data and the viewer's: the document's own never becomes one
    assert p.tags.count("script") == 2 and "img" not in p.tags and "b" not in p.tags
    assert "alert(1)" not in p.scripts[1] and "</script" not in p.scripts[0]
    assert "<title>&lt;b&gt;a.txt&lt;/b&gt;</title>" in markup
    anchors = re.findall(r'<a class="fa" href="#bcv-fn(\d+)"', markup)
    assert anchors == ["0"] and 'id="bcv-fn0"' in markup


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.sampled_from(["<", "&", "</script>", "<!--", "\r\n", "\n\n", "\t", "⁶"])
                | st.text(max_size=3), max_size=30).map("".join))
def test_every_span_is_its_elements(text):
    r = baocao.parse(text)
    _check_page(r, render(r))


@pytest.fixture(scope="module")
def big():
    return baocao.parse_file(BIG)


@pytest.mark.slow
def test_bundled_report_page(big):
    markup = page(big)
    _check_page(big, markup)
    assert len(markup.encode()) < 5 * BIG.stat().st_size
    for k, f in enumerate(big.footnotes):
        assert f'id="bcv-fn{k}"' in markup


@pytest.mark.slow
def test_short_reprs(big):
    fresh = baocao.parse_file(BIG)
    text = repr(fresh)
    assert len(text) < 1500 and text.count("\n") < 12 and "not resolved" in text
    assert "_resolved" not in fresh.__dict__          # a repr resolves nothing
    big.indicators
    text = repr(big)
    assert len(text) < 1500 and text.count("\n") < 15 and "indicators 685" in text
    assert f"records {len(big.records)}" in text and "quantity 399" in text
    assert len(repr(big.records)) < 600 and len(repr(big.indicators)) < 600
    assert max(len(repr(r)) for r in big.records) < 800
    assert max(len(repr(r)) for r in big.indicators) < 800
    assert all(len(repr(t)) < 300 for t in big.tables)
    # the short-repr tuples are tuples still
    assert big.records == tuple(big.records) and isinstance(big.indicators, tuple)
    assert pickle.loads(pickle.dumps(big.records)) == big.records


@pytest.mark.slow
def test_notebook_summaries_of_records_are_small(big):
    big.indicators
    for records in (big.records, big.indicators):
        summary = records._repr_html_()
        assert len(summary) < 8000                     # bounded however many records
        assert f"<b>{len(records):,} records</b>" in summary
        assert f"… and {len(records) - 10:,} more" in summary and summary.count("<tr>") == 11
    assert "quantity 399" in big.records._repr_html_()
    assert "indicator 680, indicator_summary 5" in big.indicators._repr_html_()
    # the indicator table is a pandas frame: its notebook view is pandas', cut short as well
    frame = baocao.indicators(big)
    assert len(frame._repr_html_()) < 30_000 and f"{len(frame)} rows" in frame._repr_html_()


@pytest.mark.slow
def test_every_part_of_a_report_prints_a_few_lines(big):
    parts = ("sections", "sentences", "footnotes", "footnote_problems", "tables", "edits",
             "checks", "unattached")
    for name in parts:
        items = getattr(big, name)
        text = repr(items)
        assert len(text) < 600 and text.count("\n") <= 3, name
        assert items == tuple(items) and isinstance(items, tuple)
        if items:
            assert text.startswith(f"Items({len(items)} ")
            summary = items._repr_html_()
            assert len(summary) < 4000 and summary.count("<tr>") == min(10, len(items))
    assert len(big.sentences) > 100 and f"… and {len(big.sentences) - 10} more" in big.sentences._repr_html_()
    assert pickle.loads(pickle.dumps(big.sections)) == big.sections
    assert repr(baocao.parse("Không có gì.").footnotes) == "()"


def test_notebook_summary_of_items_escapes_them():
    from baocao.view.summary import Items

    summary = Items(["<b>KẾT QUẢ</b> & mục tiêu", "x" * 500])._repr_html_()
    assert "<b>KẾT" not in summary and "&lt;b&gt;KẾT" in summary and "&amp;" in summary
    assert "x" * 100 not in summary and "2 str" in summary


def test_notebook_summary_of_records_escapes_their_text():
    from baocao.view.summary import Records

    record = baocao.extract("đạt 28 tỷ đồng")[0]
    hostile = record.model_copy(update={"text": "<script>alert(1)</script> & 28 tỷ"})
    summary = Records([hostile, record])._repr_html_()
    assert "<script>" not in summary and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; 28" in summary
    assert "<b>2 records</b>: money 2" in summary and "more</p>" not in summary
    assert Records([])._repr_html_().startswith('<div class="baocao-records"><p><b>0 records</b>')


class _Cells(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.cells: list[str] = []
        self.inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "td":
            self.inside, self.cells = True, self.cells + [""]

    def handle_endtag(self, tag):
        self.inside = self.inside and tag != "td"

    def handle_data(self, data):
        if self.inside:
            self.cells[-1] += data


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_notebook_summary_shows_any_text_escaped_and_cut_short(text):
    from baocao.view.summary import Records, shorten

    record = baocao.extract("đạt 28 tỷ đồng")[0].model_copy(update={"text": text})
    summary = Records([record])._repr_html_()
    parser = _Cells()
    parser.feed(summary)
    assert parser.cells[1] == shorten(text, 60)          # the text cell reads back as shown
    assert summary.count("<td>") == summary.count("</td>") == len(parser.cells)


def test_record_repr_leaves_out_defaults():
    d = baocao.extract("ngày 27/02/2023")[0]
    assert repr(d) == "Date(text='27/02/2023', start=5, end=15, rule='date.dd_mm_yyyy', day=27, month=2, year=2023)"
    f = baocao.parse("Đạt 71%⁶.\n\n⁶ " + "Trong đó " * 40 + "\n").footnotes[0]
    assert "body='Trong đó" in repr(f) and "…'" in repr(f) and len(repr(f)) < 500


def test_notebook_html():
    r = baocao.parse(HOSTILE)
    a, b = r._repr_html_(), r._repr_html_()
    root_a, root_b = (re.search(r'class="bcv nb" id="(bcv\w+)"', x).group(1) for x in (a, b))
    assert root_a != root_b                                 # two views in one notebook
    assert f'getElementById("{root_a}")' in a and "records " in a
    assert "<script>alert" not in a and html.escape("<script>alert('x')</script>", quote=False) in a


def test_notebook_html_of_a_long_report(monkeypatch):
    import baocao.view.markup as view_markup

    r = baocao.parse("Tăng 5%. " * 40)
    monkeypatch.setattr(view_markup, "NOTEBOOK_LIMIT", 100)
    p = _read(r._repr_html_())
    assert "".join(p.text) == r.original[:100]
    assert "more characters" in r._repr_html_()


@pytest.mark.slow
def test_cli_view(tmp_path, capsys):
    out = tmp_path / "r.html"
    assert main(["view", str(SMALL), "-o", str(out)]) == 0
    markup = out.read_text(encoding="utf-8")
    assert markup.startswith("<!DOCTYPE html>") and "http" not in markup.split("<body>")[1]
    _check_page(baocao.parse_file(SMALL), markup)
    assert main(["view", str(SMALL), "-o", str(tmp_path / "no" / "r.html")]) == 2
    assert main(["view", str(tmp_path / "missing.txt"), "-o", str(out)]) == 1
    assert "no such file" in capsys.readouterr().err
