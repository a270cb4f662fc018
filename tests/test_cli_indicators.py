"""``baocao indicators``: the tidy indicator table from the command line, as the batch engine writes
it. Its rows must be those of ``baocao.indicators(baocao.parse(text, doc=…))`` of each document in
turn, in every format and with any --jobs."""
from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd

import pytest
from side_rows import side_rows

import baocao
from baocao.analysis import INDICATOR_COLUMNS
from baocao.cli import main
from baocao.document import read_text

CORPUS = Path(__file__).with_name("corpus")
SEEDS = sorted(CORPUS.glob("*.txt"))
# two genre documents with tables, targets and achievements (the dev half of issue 17's corpus); the
# news of a council session has indicators (026, whose only figure is the session's 42 sites, has none)
GENRE = [CORPUS / "genre" / "dev" / "013_baria-vungtau-grdp-6-thang-2023.txt",
         CORPUS / "genre" / "dev" / "007_dongnai-hdnd-ky-hop-8-dantri.txt"]
DOCS = SEEDS + GENRE
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
STRINGS = [c for c, t in INDICATOR_COLUMNS.items() if t == "string"]


def expected(paths, doc=str) -> pd.DataFrame:
    """The table the library gives: baocao.indicators of each document's report, stacked."""
    frames = [baocao.indicators(baocao.parse(read_text(p), doc=doc(p))) for p in paths]
    return pd.concat(frames, ignore_index=True)


def read_jsonl(text: str) -> pd.DataFrame:
    rows = [json.loads(line) for line in text.splitlines()]
    for row in rows:   # every line holds every column, in the table's order
        assert list(row) == list(INDICATOR_COLUMNS)
    return pd.DataFrame.from_records(rows, columns=list(INDICATOR_COLUMNS)).astype(INDICATOR_COLUMNS)


def read_csv(path) -> pd.DataFrame:
    df = pd.read_csv(path, dtype={c: "string" for c in STRINGS}, keep_default_na=False,
                     na_values=[""])
    assert list(df.columns) == list(INDICATOR_COLUMNS)
    return df.astype(INDICATOR_COLUMNS)


def read_table(path: Path) -> pd.DataFrame:
    if path.suffix == ".parquet":
        df = pd.read_parquet(path)
        assert dict(df.dtypes.astype(str)) == INDICATOR_COLUMNS   # written with its dtypes
        return df
    if path.suffix == ".csv":
        return read_csv(path)
    return read_jsonl(path.read_text(encoding="utf-8"))


def same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True),
                                  check_exact=True)


@pytest.fixture(scope="module")
def want() -> pd.DataFrame:
    df = expected(DOCS)
    # a table worth comparing: rows from every document, targets, achievements, keys, periods
    assert df["doc"].nunique() == len(DOCS) and len(df) > 100
    assert df["target"].notna().any() and df["achievement"].notna().any()
    assert df["key"].notna().any() and df["period"].notna().any()
    return df


@pytest.mark.parametrize("ext", ["jsonl", "csv", "parquet"])
@pytest.mark.slow
def test_the_table_is_the_librarys_in_each_format(tmp_path, want, ext):
    out = tmp_path / f"ind.{ext}"
    assert main(["indicators", *map(str, DOCS), "-o", str(out), "-q"]) == 0
    same(read_table(out), want)
    # the side tables of extract: no errors, one documents row per document with its row count
    assert side_rows(tmp_path / f"ind.errors.{ext}") == []
    docs = side_rows(tmp_path / f"ind.documents.{ext}")
    assert [d["doc"] for d in docs] == [str(p) for p in DOCS]
    counts = want["doc"].value_counts()
    assert [d["records"] for d in docs] == [counts.get(str(p), 0) for p in DOCS]


def test_stdout_is_jsonl(capsys, want):
    assert main(["indicators", *map(str, SEEDS), "-q"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    same(read_jsonl(out), want[want["doc"].isin([str(p) for p in SEEDS])])


@pytest.mark.parametrize("ext", ["jsonl", "csv", "parquet"])
@pytest.mark.slow
def test_two_jobs_write_what_one_does(tmp_path, ext):
    one, two = tmp_path / f"one.{ext}", tmp_path / f"two.{ext}"
    assert main(["indicators", *map(str, DOCS), "-o", str(one), "-q"]) == 0
    assert main(["indicators", *map(str, DOCS), "-o", str(two), "-q", "--jobs", "2"]) == 0
    if ext == "parquet":
        same(pd.read_parquet(two), pd.read_parquet(one))
    else:
        assert two.read_bytes() == one.read_bytes()
    assert (tmp_path / f"two.documents.{ext}").read_bytes() == \
        (tmp_path / f"one.documents.{ext}").read_bytes()


def test_format_follows_the_extension_unless_given(tmp_path, capsys):
    doc = str(SEEDS[0])
    out = tmp_path / "ind.txt"
    assert main(["indicators", doc, "-o", str(out)]) == 2   # before any work: no file written
    assert "--format" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())
    assert main(["indicators", doc, "-o", str(out), "--format", "csv", "-q"]) == 0
    same(read_csv(out), expected([SEEDS[0]]))
    upper = tmp_path / "IND.PARQUET"
    assert main(["indicators", doc, "-o", str(upper), "-q"]) == 0
    same(pd.read_parquet(upper), expected([SEEDS[0]]))
    jsonl = tmp_path / "ind.jsonl"   # --format wins over the extension
    assert main(["indicators", doc, "-o", str(jsonl), "--format", "jsonl", "-q"]) == 0
    same(read_jsonl(jsonl.read_text(encoding="utf-8")), expected([SEEDS[0]]))
    assert main(["indicators", doc, "--format", "parquet"]) == 2   # Parquet needs -o
    with pytest.raises(SystemExit) as exit_:   # extract's alone
        main(["indicators", doc, "--kinds", "money"])
    assert exit_.value.code == 2
    assert main(["indicators", doc, "-o", str(tmp_path / "no" / "dir" / "x.csv")]) == 2


def test_failed_documents_go_to_the_errors_table(tmp_path, capsys):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.4\x00\x01\x02")
    out = tmp_path / "ind.parquet"
    rc = main(["indicators", str(SEEDS[0]), str(bad), str(tmp_path / "missing.txt"),
               str(SEEDS[1]), "-o", str(out)])
    err = capsys.readouterr().err
    assert rc == 1
    assert sum(line.startswith("baocao: error:") for line in err.splitlines()) == 2
    # the summary counts every file (a rate such as "202 files/s" is no count)
    assert not re.search(r"(?<![\d.])2 files(?!/)", err) and re.search(r"(?<![\d.])4 files(?!/)", err)
    assert "indicators" in err
    same(pd.read_parquet(out), expected(SEEDS[:2]))
    # the side tables follow the output's format: ind.parquet → ind.errors.parquet
    assert not (tmp_path / "ind.errors.jsonl").exists()
    errors = pd.read_parquet(tmp_path / "ind.errors.parquet").to_dict("records")
    assert [e["doc"] for e in errors] == [str(bad), str(tmp_path / "missing.txt")]
    assert [e["stage"] for e in errors] == ["decode", "input"]


def test_folders_globs_include_and_exclude(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    for p in SEEDS[:2]:
        shutil.copy(p, root / p.name)
    shutil.copy(SEEDS[2], root / "sub" / SEEDS[2].name)
    (root / "notes.md").write_text("Tỷ lệ hộ nghèo giảm còn 3,2%.", encoding="utf-8")
    out = tmp_path / "ind.jsonl"
    assert main(["indicators", str(root), "-o", str(out), "-q", "--exclude", SEEDS[1].name]) == 0
    # a folder is walked in name order; notes.md is listed as not read, the excluded file not at all
    files = sorted([root / SEEDS[0].name, root / "sub" / SEEDS[2].name], key=str)
    same(read_jsonl(out.read_text(encoding="utf-8")), expected(files))
    errors = [json.loads(l) for l in (tmp_path / "ind.errors.jsonl").read_text().splitlines()]
    assert [(e["doc"], e["stage"]) for e in errors] == [(str(root / "notes.md"), "skip")]
    out2 = tmp_path / "md.csv"
    assert main(["indicators", str(root), "-o", str(out2), "-q", "--include", "*.md"]) == 0
    md = read_csv(out2)
    same(md, expected([root / "notes.md"]))
    assert md["value"].tolist() == [3.2]
    out3 = tmp_path / "glob.csv"
    assert main(["indicators", str(root / "*.txt"), "-o", str(out3), "-q"]) == 0
    same(read_csv(out3), expected(sorted(root.glob("*.txt"))))


@pytest.mark.slow
def test_table_rows_and_stdin(tmp_path):
    texts = [read_text(p) for p in SEEDS[:3]]
    table = tmp_path / "articles.jsonl"
    table.write_text("".join(json.dumps({"url": f"u{i}", "body": t}, ensure_ascii=False) + "\n"
                             for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "ind.csv"
    assert main(["indicators", str(table), "--text-column", "body", "--id-column", "url",
                 "-o", str(out), "-q"]) == 0
    want = pd.concat([baocao.indicators(baocao.parse(t, doc=f"u{i}")) for i, t in enumerate(texts)],
                     ignore_index=True)
    assert want["doc"].nunique() == 3
    same(read_csv(out), want)
    res = subprocess.run([sys.executable, "-m", "baocao.cli", "indicators", "-", "-q"],
                         input=texts[0], capture_output=True, text=True, encoding="utf-8",
                         check=True)
    same(read_jsonl(res.stdout), baocao.indicators(baocao.parse(texts[0], doc="<stdin>")))


@pytest.mark.slow
def test_no_ocr_is_the_report_of_the_normalizer_without_ocr(tmp_path):
    from baocao.document import Document
    from baocao.normalize import NormalizeConfig

    paths = [CORPUS / "004_12d62f31151c975c.txt", GENRE[0]]   # 004 is OCR'd text
    out = tmp_path / "ind.jsonl"
    assert main(["indicators", *map(str, paths), "-o", str(out), "-q", "--no-ocr"]) == 0
    want = pd.concat([baocao.indicators(baocao.parse(Document.from_text(
        read_text(p), str(p), config=NormalizeConfig(ocr=False)))) for p in paths],
        ignore_index=True)
    got = read_jsonl(out.read_text(encoding="utf-8"))
    same(got, want)
    assert not got.equals(expected(paths))   # the OCR repair changes 004's table
    docs = [json.loads(l) for l in (tmp_path / "ind.documents.jsonl").read_text().splitlines()]
    assert {d["ocr"] for d in docs} == {False}


@pytest.mark.slow
def test_resume_after_a_stop_gives_the_same_table(tmp_path, monkeypatch):
    import baocao.batch as batch
    import baocao.cli as cli

    paths = list(map(str, DOCS))
    full = tmp_path / "full.parquet"
    assert main(["indicators", *paths, "-o", str(full), "-q"]) == 0
    real_run = batch.run

    def run_stopping_after_three(sources, sink, errors, config, stop=None, **kw):
        def counted():
            for i, s in enumerate(sources):
                if i == 3:
                    stop.set()
                yield s
        return real_run(counted(), sink, errors, config, stop=stop, **kw)

    for ext in ("jsonl", "parquet"):
        part = tmp_path / f"part.{ext}"
        monkeypatch.setattr(cli, "run", run_stopping_after_three)
        assert main(["indicators", *paths, "-o", str(part), "-q"]) == 130
        monkeypatch.undo()
        assert read_table(part)["doc"].unique().tolist() == paths[:3]
        assert main(["indicators", *paths, "-o", str(part), "-q", "--resume"]) == 0
        same(read_table(part), pd.read_parquet(full))
        assert side_rows(tmp_path / f"part.documents.{ext}") == \
            side_rows(tmp_path / "full.documents.parquet")


def test_a_pdf_gives_the_table_of_its_report(tmp_path):
    fpdf = pytest.importorskip("fpdf")
    if not FONT.exists():
        pytest.skip("DejaVuSans.ttf is not installed")
    pdf = fpdf.FPDF()
    pdf.add_font("DejaVu", fname=str(FONT))
    pdf.set_font("DejaVu", size=11)
    for page in ("Năm 2025, tỷ lệ hộ nghèo giảm còn 3,2%, đạt kế hoạch đề ra.",
                 "Độ che phủ rừng ước đạt 34,39%, đạt 101,15% Nghị quyết."):
        pdf.add_page()
        pdf.multi_cell(0, 8, page)
    path = tmp_path / "r.pdf"
    pdf.output(str(path))
    out = tmp_path / "ind.parquet"
    assert main(["indicators", str(path), "-o", str(out), "-q"]) == 0
    got = pd.read_parquet(out)
    same(got, baocao.indicators(baocao.parse_file(path)))
    assert {"poverty_rate", "forest_cover"} <= set(got["key"].dropna())


def test_help_names_the_table_and_its_inputs(capsys):
    with pytest.raises(SystemExit):
        main(["indicators", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for words in ("baocao.indicators()", "--jobs", "--resume", "--include", "--text-column",
                  ".parquet", "exit codes"):
        assert words in text
    assert "--kinds" not in text and "--piece-chars" not in text


@pytest.mark.parametrize("ext", ["jsonl", "parquet"])
def test_records_and_indicator_rows_never_share_an_output(tmp_path, capsys, ext):
    doc = str(SEEDS[0])
    records, rows = tmp_path / f"r.{ext}", tmp_path / f"i.{ext}"
    assert main(["extract", doc, "-o", str(records), "--format", ext, "-q"]) == 0
    assert main(["indicators", doc, "-o", str(rows), "-q"]) == 0
    before = records.read_bytes(), rows.read_bytes()
    assert main(["indicators", doc, "-o", str(records), "--resume", "-q"]) == 2
    assert "records of baocao extract" in capsys.readouterr().err
    assert main(["extract", doc, "-o", str(rows), "--format", ext, "--resume", "-q"]) == 2
    assert "not records" in capsys.readouterr().err
    assert (records.read_bytes(), rows.read_bytes()) == before
    # each continues its own
    assert main(["indicators", doc, "-o", str(rows), "--resume", "-q"]) == 0
    assert main(["extract", doc, "-o", str(records), "--format", ext, "--resume", "-q"]) == 0
    if ext == "jsonl":
        assert (records.read_bytes(), rows.read_bytes()) == before
    else:   # a resumed Parquet file is written anew
        old_records = pd.read_parquet(io.BytesIO(before[0]))
        pd.testing.assert_frame_equal(pd.read_parquet(records), old_records)
    same(read_table(rows), expected([SEEDS[0]]))
