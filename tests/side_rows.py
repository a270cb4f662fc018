"""The rows of a run's side table (errors, documents) in any of its formats, for the tests: the
table follows the output's format (``r.parquet`` → ``r.errors.parquet``)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd


def side_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of the side table at `path` (JSONL, CSV or Parquet by its extension), as dicts
    with None for a missing value."""
    if path.suffix == ".parquet":
        frame = pd.read_parquet(path)
    elif path.suffix == ".csv":
        from baocao.batch.config import DOCUMENT_DTYPES, ERROR_DTYPES

        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        frame = frame.astype({c: t for c, t in {**ERROR_DTYPES, **DOCUMENT_DTYPES}.items()
                              if c in frame.columns and t != "boolean"})
    else:
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return [{k: (None if v is pd.NA or (isinstance(v, float) and v != v) else
                 v.item() if hasattr(v, "item") else v) for k, v in row.items()}
            for row in frame.astype(object).to_dict("records")]
