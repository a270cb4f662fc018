"""The PySpark recipe of docs/batch.md on a local Spark session: the rows of the CLI, errors kept.

Skipped, saying why, when pyspark or a Java runtime is missing (the dev extra has pyspark; Spark
needs Java 17 or later on the machine).
"""
from __future__ import annotations

import os
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("pyspark", reason="the PySpark recipe needs pyspark: pip install pyspark "
                    "(the dev extra has it)")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("the PySpark recipe needs a Java runtime (17 or later) for Spark",
                allow_module_level=True)

import baocao  # noqa: E402
import baocao.spark  # noqa: E402

pytestmark = [pytest.mark.spark, pytest.mark.slow]

CORPUS = Path(__file__).with_name("corpus")
# the seed corpus: its top-level files (a folder argument would also walk tests/corpus/genre/)
SEEDS = f"{CORPUS}/*.txt"


@pytest.fixture(scope="module")
def spark():
    import sys

    from pyspark.sql import SparkSession

    # the Python workers must be this interpreter (the one baocao is installed in), not `python3`
    os.environ["PYSPARK_PYTHON"] = os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (SparkSession.builder.master("local[2]").appName("baocao-test")
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "2")
               .config("spark.driver.memory", "512m")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    warnings.filterwarnings("ignore", "PySpark does not yet fully support pandas", FutureWarning)
    yield session
    session.stop()


def test_map_in_pandas_gives_the_records_of_read_and_the_errors(spark, tmp_path):
    rows = [(f.name, f.read_text("utf-8")) for f in sorted(CORPUS.glob("*.txt"))]
    rows.append(("empty", "   "))
    texts = spark.createDataFrame(rows, "doc string, text string").repartition(2)
    out = texts.mapInPandas(baocao.spark.extract_frames, schema=baocao.spark.SCHEMA)
    out.write.parquet(str(tmp_path / "extracted"))
    done = spark.read.parquet(str(tmp_path / "extracted"))
    records = done.where("error IS NULL").drop("stage", "error", "message").toPandas()
    errors = done.where("error IS NOT NULL").select("doc", "stage", "error", "message").toPandas()

    expected = baocao.read(SEEDS)
    expected["doc"] = expected["doc"].map(lambda d: Path(d).name)
    got = records.sort_values(["doc", "start"]).reset_index(drop=True)
    got = got.astype(expected.dtypes.to_dict())
    pd.testing.assert_frame_equal(got, expected.sort_values(["doc", "start"]).reset_index(drop=True))
    assert errors.values.tolist() == [["empty", "read", "EmptyDocument", "no text in the document"]]
