"""``parse`` never raises on a piece of a real document: every line with a digit of the genre's dev documents and
the seeds, read alone, gives its records and indicators. Lines read out of their document meet rules in
contexts the whole document never gives them: ``- Tổng sản phẩm trong tỉnh (GRDP): + 5,16% (cả nước +5,05%)``
alone (a statistics office's list) ended the parse with a KeyError that the whole document did not show
(tests/test_national_siblings.py). Each record keeps its offsets. Lines named like a file, which ``parse``
refuses on purpose (``bg-1701398035.jpg``), are left out."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import baocao
from baocao.core.file_names import names_a_file

ROOT = Path(__file__).resolve().parent / "corpus"
PATHS = sorted(ROOT.glob("*.txt")) + sorted(ROOT.glob("genre/dev/*.txt"))


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").split("\n")
            if re.search(r"\d", line) and not names_a_file(line)]


@pytest.mark.slow
@pytest.mark.parametrize("path", PATHS, ids=lambda p: p.name[:24])
def test_every_line_parses_alone(path):
    for line in _lines(path):
        report = baocao.parse(line)
        for rec in [*report.records, *report.indicators, *report.unattached]:
            if rec.start is not None and rec.end is not None:
                assert line[rec.start:rec.end] == rec.text, (line, rec)
