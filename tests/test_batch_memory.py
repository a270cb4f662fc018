"""The command line under an address-space limit of 1.5 GB (``ulimit -v``, ``prlimit --as``, a
scheduler's memory limit): Parquet output, which failed there while JSONL ran in 164 MB, writes
every record of a small archive and exits 0, with one worker and with two.

Memory over larger archives and single large documents, for every format, is measured by
``benchmarks/bench_memory.py``."""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from baocao.cli import main

pq = pytest.importorskip("pyarrow.parquet")

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 1_500_000_000
CLI = "import sys; from baocao.cli import main; sys.exit(main())"


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))


def archive(top: Path) -> list[Path]:
    """The seed corpus's texts, twice, each copy with a line of its own first."""
    files = []
    for copy in range(2):
        d = top / f"{copy:02d}"
        d.mkdir(parents=True)
        for f in sorted((ROOT / "tests" / "corpus").glob("*.txt")):
            p = d / f.name
            p.write_bytes(f"Bản số {copy}\n\n".encode("utf-8") + f.read_bytes())
            files.append(p)
    return files


@pytest.mark.slow
@pytest.mark.parametrize("command,jobs", [("extract", "1"), ("indicators", "2")])
def test_parquet_output_is_complete_under_a_1_5_gb_address_space_limit(tmp_path, command, jobs):
    files = archive(tmp_path / "in")
    out = tmp_path / "out.parquet"
    env = dict(os.environ)
    env.pop("ARROW_DEFAULT_MEMORY_POOL", None)   # pyarrow's own default, as a user has it
    done = subprocess.run([sys.executable, "-c", CLI, command, str(tmp_path / "in"), "-o",
                           str(out), "-j", jobs, "--no-ocr", "-q"],
                          preexec_fn=_limited, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    # the side tables follow the output's format: Parquet too, written under the same limit
    assert pq.read_table(tmp_path / "out.errors.parquet").num_rows == 0
    documents = pq.read_table(tmp_path / "out.documents.parquet").to_pylist()
    assert sorted(d["doc"] for d in documents) == sorted(str(f) for f in files)
    rows = pq.read_table(out)
    assert rows.num_rows == sum(d["records"] for d in documents) > 0
    # the same rows as the run without the limit writes as JSONL
    plain = tmp_path / "plain.jsonl"
    assert main([command, str(tmp_path / "in"), "-o", str(plain), "--no-ocr", "-q"]) == 0
    lines = plain.read_text(encoding="utf-8").splitlines()
    assert len(lines) == rows.num_rows
    assert [json.loads(line)["doc"] for line in lines] == rows.column("doc").to_pylist()
