"""Load and validate the structure vocabularies in ``structure/data/`` (once per process).

Each YAML file is validated by a small pydantic model (patterns must compile), so a typo fails at
load with the file name, as in :mod:`baocao.extract._rules`.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import regex
from pydantic import field_validator

from baocao.core.rules import Strict, read_rule_file

DATA = Path(__file__).with_name("data")


class FootnotesFile(Strict):
    exponent_bases: list[str]
    exponent_markers: list[str]
    bracket_style: bool
    plain_max_marker: int
    plain_page_chars: int


class Rung(Strict):
    rule: str
    rank: int
    pattern: str

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        try:
            regex.compile(v)
        except regex.error as exc:
            raise ValueError(f"pattern {v!r} does not compile: {exc}") from exc
        return v


class HeadingsFile(Strict):
    ladder: list[Rung]
    caps_rank: int
    max_chars: int
    run_in_max_chars: int
    run_in_max_words: int
    title_not_last: list[str]
    label_max_chars: int
    wrapped_line_min_chars: int


class SentencesFile(Strict):
    abbreviations: list[str]


class TablesFile(Strict):
    stt_headers: list[str]
    max_frame_words: int
    negations: list[str]
    bullets: list[str]


_MODELS: dict[str, type[Strict]] = {"footnotes": FootnotesFile, "headings": HeadingsFile, "sentences": SentencesFile,
                                     "tables": TablesFile}


@cache
def load(name: str) -> Any:
    """Return the validated contents of ``structure/data/<name>.yaml``.

    >>> load("headings").ladder[0].rule
    'part'
    """
    return read_rule_file(DATA / f"{name}.yaml", _MODELS[name])
