"""The API reference (docs/api.md): its pdoc command builds, into a temporary folder, a page for
every public module it names, and it names every public top-level module of src/baocao."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

Build = tuple[list[str], Path, "subprocess.CompletedProcess[str]"]

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
API_MD = ROOT / "docs" / "api.md"


def documented_command() -> list[str]:
    lines = [line for line in API_MD.read_text(encoding="utf-8").splitlines()
             if line.startswith("python -m pdoc ") and "-o site/" in line and "!" in line]
    assert len(lines) == 1, "docs/api.md gives the full pdoc command on one line of its own"
    return shlex.split(lines[0])


def public_top_level_modules() -> set[str]:
    """baocao.X for every module or package X of src/baocao whose name has no leading '_'."""
    names = set()
    for path in (SRC / "baocao").iterdir():
        if path.name.startswith("_"):
            continue
        if path.suffix == ".py" or (path / "__init__.py").is_file():
            names.add(f"baocao.{path.stem}")
    return names


def _page(site: Path, module: str) -> Path:
    return site.joinpath(*module.split(".")).with_suffix(".html")


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Build:
    pytest.importorskip("pdoc", reason="the API reference is built by pdoc (in the dev extra)")
    site = tmp_path_factory.mktemp("site")
    command = documented_command()
    assert command[:3] == ["python", "-m", "pdoc"] and command[-2:] == ["-o", "site/"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, *command[1:-1], str(site)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    return command, site, done


def test_the_command_names_every_public_top_level_module() -> None:
    named = {arg for arg in documented_command()[3:] if arg.startswith("baocao")}
    # baocao.extract is reached through the root's __all__ (naming it again makes pdoc warn)
    missing = public_top_level_modules() - named - {"baocao.extract"}
    gone = {m for m in named - {"baocao"} if m not in public_top_level_modules()}
    assert not missing, f"add to the pdoc command of docs/api.md: {' '.join(sorted(missing))}"
    assert not gone, f"take out of the pdoc command of docs/api.md (no such module): {sorted(gone)}"


@pytest.mark.slow
def test_the_api_reference_builds_with_a_page_per_module(build: Build) -> None:
    command, site, done = build
    assert done.returncode == 0, done.stderr[-3000:]
    failures = [line for line in done.stderr.splitlines()
                if re.search(r"Error importing|Cannot find spec|Traceback", line)]
    assert not failures, done.stderr[-3000:]
    modules = {arg for arg in command[3:] if arg.startswith("baocao")} | {"baocao.extract"}
    missing = sorted(m for m in modules if not _page(site, m).is_file())
    assert not missing, missing
    front = _page(site, "baocao").read_text(encoding="utf-8")
    for name in ("extract", "parse", "read", "to_frame"):
        assert f'id="{name}"' in front, name
    assert not any(p.name.startswith("_") for p in site.rglob("*.html")), "a private module's page"


@pytest.mark.slow
@pytest.mark.xfail(strict=False, reason="annotations pdoc cannot resolve (typing names used in "
                                        "strings but not imported) until the issue 15 typing work merges")
def test_pdoc_has_no_warnings(build: Build) -> None:
    _, _, done = build
    warnings = [line for line in done.stderr.splitlines() if line.startswith("Warn:")]
    print("\n".join(warnings))
    assert not warnings, "\n".join(warnings)
