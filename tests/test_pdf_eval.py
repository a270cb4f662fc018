"""The matcher of evaluation/pdf.py (PDF development set) on small texts with pages, and the gold
files under tests/pdf/gold/ checked for shape. Scoring real PDFs is ``python evaluation/pdf.py``."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import baocao
import pdf as pdfeval   # evaluation/pdf.py (evaluation/ is on sys.path, see conftest.py)

TWO_PAGES = (
    "BÁO CÁO\nKết quả năm 2025\n\n"
    "I- Bối cảnh chung.\n\n"                       # an outline item, not a heading
    "I- KẾT QUẢ\n\n1. Về kinh tế\n\n"
    "Vốn đạt 28 tỷ đồng, tăng 5% so với thời kỳ đổi mới¹.\n\n"
    "¹ Năm 2020, tỷ lệ 3%.\n"
    "\fTrang 2\n\n2. Về xã hội\n\n"
    "Có 42.719 con bò, đạt 71% NQĐH¹.\n\n"
    "¹ Trong đó: Đàn trâu 4.230 con.\n")


@pytest.fixture(scope="module")
def observed():
    return pdfeval.observe(baocao.parse(TWO_PAGES))


def gold(**parts) -> dict:
    g = {"id": "t", "file": "x.pdf", "headings": [], "lookalikes": [], "footnotes": [], "figures": []}
    g.update(parts)
    return g


def test_norm_drops_superscripts_soft_hyphens_and_collapses_space():
    assert pdfeval.norm(" đổi\u00ad mới¹²\n  năm ") == "đổi mới năm"
    assert pdfeval.norm_gold("I- Bối cảnh …") == "I- Bối cảnh"
    # NFD input compares equal to NFC
    assert pdfeval.norm("Hoa\u0300") == pdfeval.norm("Hoà")


def test_page_of_counts_form_feeds():
    assert pdfeval.page_of("a\fb\fc", 0) == 1
    assert pdfeval.page_of("a\fb\fc", 2) == 2
    assert pdfeval.page_of("a\fb\fc", 4) == 3
    assert pdfeval.page_of("no pages", 3) is None


def test_headings_found_by_prefix_and_page(observed):
    g = gold(headings=[{"page": 1, "text": "I- KẾT QUẢ"}, {"page": 2, "text": "2. Về xã"},
                       {"page": 1, "text": "2. Về xã hội"},          # right text, wrong page
                       {"page": 1, "text": "II- PHƯƠNG HƯỚNG"}])     # not in the text
    res = pdfeval.score(g, observed)["headings found"]
    assert (res.good, res.total) == (2, 4)
    assert any("another page" in m for m in res.misses)
    assert any("PHƯƠNG HƯỚNG" in m for m in res.misses)


def test_heading_at_the_top_of_a_page_is_on_that_page():
    # a section whose span begins with the form feed that opens its page (as a reader may give it)
    from types import SimpleNamespace

    from baocao.normalize.edits import OffsetMap

    text = "I- KẾT QUẢ\n\nVốn 28 tỷ đồng.\n\f2. Về xã hội\n"
    at = text.index("\f")
    report = SimpleNamespace(
        original=text, text=text, offsets=OffsetMap((), len(text)), footnotes=(), records=(),
        sections=(SimpleNamespace(start=0, end=10, heading="I- KẾT QUẢ"),
                  SimpleNamespace(start=at, end=len(text) - 1, heading=text[at:-1])))
    obs = pdfeval.observe(report)
    assert [(h.texts[0], h.page) for h in obs.headings] == [("I- KẾT QUẢ", 1), ("2. Về xã hội", 2)]


def test_a_heading_serves_one_gold_item(observed):
    g = gold(headings=[{"page": 2, "text": "2. Về xã hội"}, {"page": 2, "text": "2. Về"}])
    assert pdfeval.score(g, observed)["headings found"].good == 1


def test_lookalike_taken_only_when_a_section_starts_with_it(observed):
    g = gold(headings=[{"page": 1, "text": "I- KẾT QUẢ"}],
             lookalikes=[{"page": 1, "text": "I- Bối cảnh chung."},
                         {"page": 1, "text": "I- KẾT QUẢ"}])   # its section serves the heading
    res = pdfeval.score(g, observed)["look-alikes taken"]
    assert res.total == 2
    taken = [h.shown for h in observed.headings if h.shown.startswith("I- Bối")]
    assert res.good == len(taken)   # whatever the library does with the outline item, counted


def test_lookalike_counted_when_taken():
    obs = pdfeval.Observed([pdfeval.Heading(("I- Bối cảnh chung.",), 1, "I- Bối cảnh chung.")], [], [])
    res = pdfeval.score(gold(lookalikes=[{"page": 1, "text": "I- Bối cảnh chung."}]), obs)
    assert (res["look-alikes taken"].good, res["look-alikes taken"].total) == (1, 1)
    assert res["look-alikes taken"].misses


def test_footnotes_linked_by_marker_body_and_words_before(observed):
    g = gold(footnotes=[
        {"page": 1, "marker": 1, "anchor_before": "thời kỳ đổi mới", "body": "Năm 2020, tỷ lệ"},
        {"page": 2, "marker": 1, "anchor_before": "đạt 71% NQĐH", "body": "Trong đó: Đàn trâu"},
        {"page": 2, "marker": 1, "anchor_before": "con bò", "body": "Trong đó"},      # wrong anchor
        {"page": 1, "marker": 2, "anchor_before": "đổi mới", "body": "Năm 2020"}])    # wrong marker
    res = pdfeval.score(g, observed)["footnotes linked"]
    assert (res.good, res.total) == (2, 4)
    assert len(res.misses) == 2


def test_footnote_on_the_wrong_page_is_not_linked(observed):
    g = gold(footnotes=[{"page": 2, "marker": 1, "anchor_before": "đổi mới", "body": "Năm 2020"}])
    assert pdfeval.score(g, observed)["footnotes linked"].good == 0


def test_unanchored_body_is_not_linked():
    obs = pdfeval.Observed([], [pdfeval.Note(3, ("Theo số liệu",), ("",), (None, 4), linked=False)], [])
    g = gold(footnotes=[{"page": 4, "marker": 3, "anchor_before": "", "body": "Theo số liệu"}])
    assert pdfeval.score(g, obs)["footnotes linked"].good == 0


def test_figures_right_by_kind_text_page_and_fields(observed):
    g = gold(figures=[
        {"page": 1, "text": "28 tỷ đồng", "kind": "money", "value": 28000000000},
        {"page": 2, "text": "42.719 con", "kind": "quantity", "value": 42719, "unit": "con"},
        {"page": 2, "text": "4.230 con", "kind": "quantity", "value": 4230, "footnote": 1},
        {"page": 1, "text": "5%", "kind": "percentage", "value": 6},        # wrong value
        {"page": 2, "text": "28 tỷ đồng", "kind": "money", "value": 28e9},  # wrong page
        {"page": 1, "text": "28 tỷ đồng", "kind": "quantity", "value": 28e9}])  # wrong kind
    res = pdfeval.score(g, observed)["figures right"]
    assert (res.good, res.total) == (3, 6)
    assert len(res.misses) == 3


def test_text_without_pages_ignores_gold_pages():
    r = baocao.parse("I- KẾT QUẢ\n\nVốn đạt 28 tỷ đồng.\n")
    obs = pdfeval.observe(r)
    g = gold(headings=[{"page": 7, "text": "I- KẾT QUẢ"}],
             figures=[{"page": 7, "text": "28 tỷ đồng", "kind": "money", "value": 28e9}])
    res = pdfeval.score(g, obs)
    assert res["headings found"].good == 1 and res["figures right"].good == 1


def test_totals_add_counts_and_goals():
    a = {"headings found": pdfeval.Category("headings found", 9, 10)}
    b = {"headings found": pdfeval.Category("headings found", 10, 10)}
    t = pdfeval.total([a, b])["headings found"]
    assert (t.good, t.total) == (19, 20) and t.rate == 0.95
    assert pdfeval.meets("headings found", 0.95) is True
    assert pdfeval.meets("headings found", 0.94) is False
    assert pdfeval.meets("look-alikes taken", 0.06) is False
    assert pdfeval.meets("look-alikes taken", None) is None


def test_absent_file_is_skipped_with_a_note(tmp_path):
    g = gold(file="../no/such/file.pdf")
    res, why = pdfeval.evaluate(g, tmp_path, parse_file=lambda p: pytest.fail("read"))
    assert res is None and "absent" in why
    g = gold(file={"git": str(tmp_path / "nope"), "commit": "0" * 40, "path": "a.pdf"})
    res, why = pdfeval.evaluate(g, tmp_path, parse_file=lambda p: pytest.fail("read"))
    assert res is None and "absent" in why


def test_changed_file_is_skipped_by_its_hash(tmp_path):
    f = tmp_path / "a.pdf"
    f.write_bytes(b"%PDF-1.4 x")
    g = gold(file=str(f), sha256="0" * 64)
    res, why = pdfeval.evaluate(g, tmp_path, parse_file=lambda p: pytest.fail("read"))
    assert res is None and "sha256" in why


def test_evaluate_scores_what_parse_file_returns(tmp_path):
    f = tmp_path / "a.pdf"
    f.write_bytes(b"%PDF-1.4 x")
    g = gold(file=str(f), headings=[{"page": 2, "text": "2. Về xã hội"}])
    res, why = pdfeval.evaluate(g, tmp_path, parse_file=lambda p: baocao.parse(TWO_PAGES))
    assert why == "" and res["headings found"].good == 1


def test_a_reader_error_is_reported_not_raised(tmp_path):
    f = tmp_path / "a.pdf"
    f.write_bytes(b"%PDF-1.4 x")

    def broken(path):
        raise ValueError("encrypted")

    res, why = pdfeval.evaluate(gold(file=str(f)), tmp_path, parse_file=broken)
    assert res is None and "ERROR" in why and "encrypted" in why


def test_gold_file_shape_is_checked(tmp_path):
    p = tmp_path / "x.yaml"
    p.write_text(yaml.safe_dump({"id": "x", "file": "a.pdf", "footnotes": [{"page": 1, "marker": 2}]}))
    with pytest.raises(ValueError, match="footnotes"):
        pdfeval.load_gold(p)


GOLDS = sorted(pdfeval.GOLD.glob("*.yaml"))


@pytest.mark.parametrize("path", GOLDS, ids=[p.stem for p in GOLDS])
def test_gold_files_are_well_formed(path: Path):
    g = pdfeval.load_gold(path)
    assert g["id"] == path.stem
    assert g.get("publisher")
    assert g.get("headings"), "every document has headings"
    for item in g.get("headings", []) + g.get("lookalikes", []):
        assert isinstance(item["page"], int) and item["page"] >= 1
        assert pdfeval.norm_gold(item["text"])
    for f in g.get("footnotes") or []:
        assert isinstance(f["marker"], int) and pdfeval.norm_gold(f["body"])
        # the matcher looks at the 30 characters before an anchor
        assert 0 < len(pdfeval.norm_gold(f["anchor_before"])) <= pdfeval.ANCHOR_WINDOW, f
    for f in g.get("figures") or []:
        assert f["kind"] in {"percentage", "fraction", "money", "quantity", "term", "date", "docref"}
    spec = g["file"]
    if isinstance(spec, str):
        assert not spec.startswith("/work/wt"), "gold names files outside worktrees"
        assert not (pdfeval.ROOT / spec).resolve().is_relative_to(pdfeval.ROOT), \
            "PDFs are never committed into the repository"


def test_gold_set_goal_of_the_issue():
    golds = [pdfeval.load_gold(p) for p in GOLDS]
    if len(golds) < 10:
        pytest.skip(f"{len(golds)} gold files so far")
    assert len({g["publisher"] for g in golds}) >= 6


# ---- tests/pdf/render.py: real text laid out as pages -------------------------------------------
import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("pdfset_render", pdfeval.RENDER_SCRIPT)
render = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(render)


def test_runs_raise_the_marker_digits_of_each_anchor():
    parts = render.runs('của Việt Nam"1. Trên cơ sở các lần tổng kết trước2, lần này',
                        ['của Việt Nam"1', "tổng kết trước2"])
    assert parts == [('của Việt Nam"', False), ("1", True), (". Trên cơ sở các lần tổng kết trước", False),
                     ("2", True), (", lần này", False)]
    # a year with a marker glued on: the caret says which digits are the marker
    assert render.runs("so với năm 20233; năm 2025", ["năm 2023^3"]) == [
        ("so với năm 2023", False), ("3", True), ("; năm 2025", False)]
    with pytest.raises(render.SpecError):
        render.runs("không có dấu", ["không có1"])
    with pytest.raises(render.SpecError):
        render.runs("một1 hai2", ["hai2", "một1"])   # anchors must come in order


def test_passage_cuts_a_source_line_at_phrases():
    lines = ["Mở đầu", "Công cuộc đổi mới 40 năm qua. Việc tổng kết có ý nghĩa."]
    assert render.passage(lines, {"line": 2, "from": "Việc", "to": "ý nghĩa."}) == "Việc tổng kết có ý nghĩa."
    assert render.passage(lines, {"line": 1}) == "Mở đầu"
    with pytest.raises(render.SpecError):
        render.passage(lines, {"line": 2, "from": "không có"})


SPECS = render.load_specs()


@pytest.mark.parametrize("name", sorted(SPECS))
def test_render_specs_lay_out_every_page(name, tmp_path):
    pytest.importorskip("fpdf")
    try:
        out = render.build(name, tmp_path)
    except FileNotFoundError as e:   # no ../shared/reports or no DejaVu fonts on this machine
        pytest.skip(str(e))
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Count %d" % len(SPECS[name]["pages"]) in data   # one PDF page per page of the spec
    gold = [g for _, g in pdfeval.gold_files() if g["file"] == {"render": name}]
    assert gold, f"spec {name} has no gold file"
    assert max(item["page"] for key in ("headings", "footnotes", "figures")
               for item in gold[0].get(key) or []) <= len(SPECS[name]["pages"])


def test_render_refuses_a_page_that_does_not_fit(tmp_path):
    pytest.importorskip("fpdf")
    spec = dict(SPECS["r04a"])
    spec["pages"] = [{"items": [{"kind": "para", "line": 5}] * 4}]   # four long paragraphs
    try:
        with pytest.raises(render.SpecError, match="footnote zone"):
            render.render(spec, tmp_path / "x.pdf")
    except FileNotFoundError as e:
        pytest.skip(str(e))


def test_shared_files_are_found_beside_the_checkout_or_its_parent(tmp_path, monkeypatch):
    monkeypatch.setattr(pdfeval, "ROOT", tmp_path / "wt" / "repo")
    (tmp_path / "shared" / "pdf").mkdir(parents=True)
    (tmp_path / "shared" / "pdf" / "a.pdf").write_bytes(b"%PDF")
    assert pdfeval.shared_path("../shared/pdf/a.pdf") == tmp_path / "shared" / "pdf" / "a.pdf"
    assert pdfeval.shared_path("../shared/pdf/b.pdf") is None
    other = tmp_path / "elsewhere"
    (other / "pdf").mkdir(parents=True)
    (other / "pdf" / "b.pdf").write_bytes(b"%PDF")
    monkeypatch.setenv("BAOCAO_SHARED_DIR", str(other))
    assert pdfeval.shared_path("../shared/pdf/b.pdf") == other / "pdf" / "b.pdf"


@pytest.mark.slow
def test_evaluation_runs_end_to_end_on_a_rendered_document(tmp_path, capsys):
    """parse_file on a PDF laid out by render.py, scored against its gold: every gold item is
    counted (the figures reached are measured by evaluation/pdf.py, not asserted here)."""
    pytest.importorskip("fpdf")
    if getattr(baocao, "parse_file", None) is None:
        pytest.skip("baocao.parse_file reads no PDF in this checkout")
    gold = next(g for _, g in pdfeval.gold_files() if g["id"] == "r01a")
    res, why = pdfeval.evaluate(gold, tmp_path)
    if res is None and ("absent" in why or "not rendered" in why):
        pytest.skip(why)
    assert res is not None, why
    assert res["headings found"].total == len(gold["headings"])
    assert res["footnotes linked"].total == len(gold["footnotes"])
    assert res["figures right"].total == len(gold["figures"])
    assert pdfeval.main(["r01a"]) == 0
    out = capsys.readouterr().out
    assert "r01a" in out and "overall" in out and "1 document scored" in out
