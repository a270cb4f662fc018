"""The sample job: every record of the bundled corpus as one tidy table.

Writes out/records.csv (and out/records.parquet when pyarrow is installed) and prints a preview and
the number of records per document and kind.
"""
from pathlib import Path

import pandas as pd

import baocao

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "out"


def main() -> None:
    # the five seed documents; tests/corpus/genre/ holds the development corpus of other publishers
    df = baocao.read(str(ROOT / "tests" / "corpus" / "*.txt"))
    df["doc"] = df["doc"].map(lambda p: Path(p).name)
    OUT.mkdir(exist_ok=True)
    df.to_csv(OUT / "records.csv", index=False)
    try:
        df.to_parquet(OUT / "records.parquet", index=False)
    except ImportError:
        pass
    with pd.option_context("display.width", 160, "display.max_columns", 12):
        cols = ["doc", "kind", "text", "value", "unit", "currency", "per_year", "start", "end"]
        print(df[cols].head(25).to_string(index=False))
        print()
        print(pd.crosstab(df["doc"], df["kind"], margins=True))
    print(f"\n{len(df)} records written to {OUT / 'records.csv'}")


if __name__ == "__main__":
    main()
