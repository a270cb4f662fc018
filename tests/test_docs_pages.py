"""The task pages of docs/ cannot rot: their Python blocks run on the bundled sample corpus, the
list of indicator keys is the one the data gives, and the README links every page."""
from __future__ import annotations

import re
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
# The pages whose every ```python block runs, in order, in one namespace per page.
RUN = ("notebook.md", "checking.md")
BLOCK = re.compile(r"^```python\n(.*?)^```", re.S | re.M)


def python_blocks(page: Path) -> list[str]:
    return BLOCK.findall(page.read_text(encoding="utf-8"))


def test_the_pages_have_code_to_run():
    for name in RUN:
        assert len(python_blocks(DOCS / name)) >= 4, name
    assert python_blocks(Path(__file__)) == []   # (the pattern finds blocks; none in this file)


@pytest.mark.slow
@pytest.mark.parametrize("name", RUN)
def test_every_python_block_of_the_page_runs(name, monkeypatch):
    import matplotlib

    matplotlib.use("Agg")
    monkeypatch.chdir(ROOT)            # the pages name tests/corpus/… from the repository's root
    namespace: dict[str, object] = {"__name__": f"docs_{name[:-3]}"}
    with warnings.catch_warnings():
        warnings.simplefilter("error")     # an example that warns is a broken example
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        for k, block in enumerate(python_blocks(DOCS / name)):
            try:
                exec(compile(block, f"{name} block {k + 1}", "exec"), namespace)
            except Exception as exc:        # name the block: the page is what needs fixing
                raise AssertionError(f"{name}, block {k + 1}:\n{block}\n{exc!r}") from exc
    import matplotlib.pyplot as plt

    plt.close("all")


def test_the_indicator_keys_page_is_the_one_the_data_gives():
    from baocao.resolve.keys import markdown

    committed = (DOCS / "indicator-keys.md").read_text(encoding="utf-8")
    assert committed == markdown(), ("docs/indicator-keys.md is out of date: run "
                                     "python -m baocao.resolve.keys --markdown > "
                                     "docs/indicator-keys.md")


def test_the_indicator_keys_page_lists_every_key():
    from baocao.resolve.keys import all_keys

    page = (DOCS / "indicator-keys.md").read_text(encoding="utf-8")
    keys = all_keys()   # each entry's key, then its national key where it has one
    rows = re.findall(r"^\| `([a-z0-9_]+)` \|", page, re.M)
    assert rows == keys and len(set(rows)) == len(rows)


def test_the_keys_command_writes_the_page(tmp_path):
    res = subprocess.run([sys.executable, "-m", "baocao.resolve.keys", "--markdown"],
                         capture_output=True, cwd=ROOT, timeout=120)
    assert res.returncode == 0, res.stderr.decode()
    assert res.stdout.decode("utf-8") == (DOCS / "indicator-keys.md").read_text(encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "baocao.resolve.keys"], capture_output=True,
                         cwd=ROOT, timeout=120)
    assert bad.returncode != 0 and b"--markdown" in bad.stderr


def test_the_readme_links_every_page():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for page in ("notebook.md", "batch.md", "checking.md", "indicator-keys.md", "viewer.md"):
        assert f"](docs/{page})" in readme, page


def _records_section(title: str) -> str:
    page = (DOCS / "records.md").read_text(encoding="utf-8")
    start = page.index(f"#### {title}\n")
    end = page.find("\n#", start + 1)
    return page[start:end if end >= 0 else len(page)]


def test_the_period_row_stays_short_and_points_to_its_rules():
    # the contract's period rules are a numbered list under their own heading, not one paragraph of a
    # table row (annotators and users read them in order: the first rule that applies wins)
    page = (DOCS / "records.md").read_text(encoding="utf-8")
    [row] = [line for line in page.splitlines() if line.startswith("| `period`, `period_source` |")]
    assert len(row) < 1200 and "(#how-a-figures-period-is-found)" in row
    rules = _records_section("How a figure's period is found")
    first = rules[rules.index("The first rule that applies"):]
    numbers = [int(n) for n in re.findall(r"^(\d+)\. ", first[:first.index("\n\nThen")], re.M)]
    assert numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 10


def test_the_rules_sections_name_only_vocabularies_that_exist():
    import yaml

    names: set[str] = set()
    for path in (ROOT / "src" / "baocao").glob("*/data/*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        names |= set(data) if isinstance(data, dict) else set()
    for title in ("Names", "How a figure's period is found"):
        spans = set(re.findall(r"`([a-z]+(?:_[a-z]+)+)`", _records_section(title))) - {"period_source"}
        assert spans and spans <= names, sorted(spans - names)
