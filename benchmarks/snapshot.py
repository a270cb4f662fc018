"""Everything the library outputs on the benchmark archive, written to a folder to compare runs.

A refactoring that promises the same output, byte for byte, is checked by running this before and
after and comparing the two folders (``diff -r``). Run by hand (not a test), from the repository root:

    PYTHONPATH=src .venv/bin/python benchmarks/snapshot.py OUT_DIR

The archive: tests/corpus/*.txt, tests/corpus/genre/*/*.txt, and, when present, ../shared/reports/*.txt
and ../shared/pdf/*.pdf. For each document: the normalizer's edits, ``baocao.extract``'s records, the
report's records with their section, sentence and footnote, its footnotes and tables, the indicators,
the tidy indicator table and the checks; then the command line's ``extract`` and ``indicators`` over
the corpus folder (JSONL, CSV and Parquet rows).

Documents of the gold batches held back from tuning (``evaluation/indicators.py``'s ``HELD_BACK``) are
left out, of the documents and of the command line's run (which then reads a copy of the corpus folder
without them), so that comparing two runs never shows their rows. The documents of the test half
(tests/corpus/genre/test/, measured only, never tuned on) are kept, but as a digest of their rows: a change
in them still shows as a changed digest, while their rows are never shown to whoever compares two runs.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import baocao
from baocao.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
TEST_HALF = "/genre/test/"   # a path holding this is a document of the test half


def digest(rows: list[str]) -> str:
    """The line that stands for rows of the test half: how many, and a hash of their text."""
    return f"test-half rows withheld: {len(rows)}, sha256 " + \
        hashlib.sha256("\n".join(rows).encode("utf-8")).hexdigest()


def held_back() -> set[Path]:
    """The corpus files of the gold batches held back from tuning."""
    sys.path.insert(0, str(ROOT / "evaluation"))
    try:
        import indicators as goals
    finally:
        sys.path.pop(0)
    return {ROOT / "tests" / "corpus" / doc for name in goals.HELD_BACK for doc in goals.genre_gold("dev", name)}


def documents() -> list[Path]:
    hidden = held_back()
    paths = sorted((ROOT / "tests" / "corpus").glob("*.txt"))
    paths += sorted(p for p in (ROOT / "tests" / "corpus" / "genre").glob("*/*.txt") if p not in hidden)
    shared = ROOT.parent / "shared"
    paths += sorted((shared / "reports").glob("*.txt")) + sorted((shared / "pdf").glob("*.pdf"))
    return paths


def dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, default=str)


def snapshot_document(path: Path, out: Path) -> None:
    name = path.stem if path.parent.name != "dev" and path.parent.name != "test" \
        else f"{path.parent.name}_{path.stem}"
    if path.suffix == ".pdf":
        try:
            report = baocao.parse_file(path)
        except baocao.ReadError as exc:  # a scanned PDF: its OCR is measured by evaluation/
            (out / f"{name}.txt").write_text(str(exc), encoding="utf-8")
            return
        text = report.original
    else:
        text = path.read_text(encoding="utf-8")
        report = baocao.parse(text, doc=path.stem)
    lines = [dump([e.__dict__ if hasattr(e, "__dict__") else repr(e) for e in normalize(text).edits])]
    lines += [r.model_dump_json() for r in baocao.extract(text)]
    lines += [dump({"record": r.model_dump(mode="json"), "section": r.section})
              for r in report.records]
    # every field written out (as pydantic's plain repr did; a record's repr now leaves out defaults)
    lines += [f"{type(f).__name__}(" + ", ".join(f"{k}={v!r}" for k, v in f.__dict__.items()) + ")"
              for f in report.footnotes]
    lines += [baocao.to_frame(t).to_csv(index=False) for t in report.tables]
    lines += [i.model_dump_json() for i in report.indicators]
    lines.append(baocao.indicators(report).to_csv(index=False))
    lines.append(baocao.checks(report).to_csv(index=False))
    if TEST_HALF in path.as_posix():
        lines = [digest(lines)]
    (out / f"{name}.txt").write_text("\n".join(lines), encoding="utf-8")


def snapshot_cli(out: Path) -> None:
    corpus = str(ROOT / "tests" / "corpus")
    hidden = held_back()
    if hidden:   # the command line reads a copy of the corpus without the held-back documents
        copy = Path(tempfile.mkdtemp()) / "corpus"
        shutil.copytree(corpus, copy, ignore=lambda folder, names: [
            n for n in names if Path(folder, n).resolve() in {h.resolve() for h in hidden}])
        try:
            _cli_runs(str(copy), out)
        finally:
            shutil.rmtree(copy.parent)
        for path in out.iterdir():     # its rows name the corpus folder, as a run on the folder does
            if path.name.startswith("cli_"):
                path.write_text(path.read_text(encoding="utf-8").replace(str(copy), corpus), encoding="utf-8")
        return
    _cli_runs(corpus, out)


def _cli_env() -> dict[str, str]:
    """The environment of the command line's runs: the baocao this process imported comes first on
    their path (an absolute folder: a relative ``PYTHONPATH`` names another folder, or none, from where
    they run), so that they run the code the documents were run with."""
    package_root = str(Path(baocao.__file__).resolve().parent.parent)
    rest = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": package_root + (os.pathsep + rest if rest else "")}


def _cli_runs(corpus: str, out: Path) -> None:
    for command, target in (("extract", "cli_extract"), ("indicators", "cli_indicators")):
        for ext in ("jsonl", "csv", "parquet"):
            dest = out / f"{target}.{ext}"
            fmt = ["--format", ext] if command == "extract" else []  # indicators: from -o
            subprocess.run([sys.executable, "-m", "baocao.cli", command, corpus, "-o", str(dest),
                            "--jobs", "1", *fmt], check=True, capture_output=True, env=_cli_env())
            if ext == "parquet":   # the output and its side tables (in its format) as CSV text
                import pandas as pd
                for table in (dest, out / f"{target}.errors.parquet",
                              out / f"{target}.documents.parquet"):
                    table.with_suffix(".parquet.csv").write_text(
                        pd.read_parquet(table).to_csv(index=False))
                    table.unlink()


def withhold_test_rows(path: Path) -> None:
    """Replace the rows of test-half documents in one command-line output by their digest."""
    if not path.read_text(encoding="utf-8").strip():
        return
    if path.suffix == ".jsonl":
        test: list[str] = []
        kept: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            (test if TEST_HALF in json.loads(line).get("doc", "") else kept).append(line)
        path.write_text("\n".join([*kept, digest(test)]) + "\n", encoding="utf-8")
    elif path.suffix == ".csv":
        import pandas as pd
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        if "doc" not in frame.columns:
            return
        mask = frame["doc"].str.contains(TEST_HALF, regex=False)
        rows = frame[mask].to_csv(index=False).splitlines()
        path.write_text(frame[~mask].to_csv(index=False) + digest(rows) + "\n", encoding="utf-8")


def without_paths(out: Path) -> None:
    """Write the checkout's and the shared folder's paths as <root> and <shared>, so that two
    checkouts in different folders compare."""
    shared = ROOT.parent / "shared"
    prefixes = sorted({str(ROOT), str(ROOT.resolve()), str(shared), str(shared.resolve())}, key=len,
                      reverse=True)
    for path in out.iterdir():
        text = path.read_text(encoding="utf-8")
        new = text
        for prefix in prefixes:
            new = new.replace(prefix, "<shared>" if "shared" in prefix.rsplit("/", 1)[-1] else "<root>")
        if new != text:
            path.write_text(new, encoding="utf-8")


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for path in documents():
        snapshot_document(path, out)
    snapshot_cli(out)
    without_paths(out)
    for path in out.iterdir():   # after without_paths: a digest must not hold a temporary folder's name
        if path.name.startswith("cli_"):
            withhold_test_rows(path)
    print(f"{len(documents())} documents and the command line written to {out}")


if __name__ == "__main__":
    main()
