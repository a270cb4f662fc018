"""The README's two commands exist, and .ci/run runs the README's test command verbatim."""
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "python3 -m venv .venv && .venv/bin/pip install -e . && .venv/bin/python examples/sample.py"
TESTS = "python3 -m venv .venv && .venv/bin/pip install -e '.[dev]' && .venv/bin/python -m pytest"


def test_readme_lists_both_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert SAMPLE in readme.splitlines()
    assert TESTS in readme.splitlines()


def test_ci_runs_the_readme_test_command():
    assert TESTS in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_sample_job_runs(tmp_path, monkeypatch):
    import runpy

    monkeypatch.chdir(tmp_path)
    runpy.run_path(str(ROOT / "examples" / "sample.py"), run_name="__main__")
    csv = ROOT / "out" / "records.csv"
    assert csv.exists() and csv.stat().st_size > 10_000
