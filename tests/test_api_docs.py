"""The API reference (docs/api.md): its pdoc command, run into a temporary folder, builds a page for
the front door and for every public top-level module of src/baocao, and no private module's."""
from __future__ import annotations

import glob
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
API_MD = ROOT / "docs" / "api.md"

Build = tuple[Path, "subprocess.CompletedProcess[str]"]


def documented_command() -> list[str]:
    lines = [line for line in API_MD.read_text(encoding="utf-8").splitlines()
             if line.startswith("python ") and "-m pdoc" in line and line.endswith("-o site/")]
    assert len(lines) == 1, "docs/api.md gives the full pdoc command on one line of its own"
    return shlex.split(lines[0])


def expanded(command: list[str]) -> list[str]:
    """The arguments as a POSIX shell gives them: each glob expanded in the repository root."""
    out = []
    for arg in command:
        if any(c in arg for c in "*?[") and not arg.startswith("!"):
            matches = sorted(glob.glob(arg, root_dir=ROOT))
            assert matches, f"{arg} matches nothing"
            out += matches
        else:
            out.append(arg)
    return out


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
    assert command[0] == "python" and command[-2:] == ["-o", "site/"]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, *expanded(command[1:-1]), str(site)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    return site, done


@pytest.mark.slow
def test_the_api_reference_builds_with_a_page_per_public_module(build: Build) -> None:
    site, done = build
    assert done.returncode == 0, done.stderr[-3000:]
    failures = [line for line in done.stderr.splitlines()
                if re.search(r"Error importing|Cannot find spec|Traceback|cannot load", line)]
    assert not failures, done.stderr[-3000:]
    missing = sorted(m for m in public_top_level_modules() | {"baocao"} if not _page(site, m).is_file())
    assert not missing, missing
    front = _page(site, "baocao").read_text(encoding="utf-8")
    for name in ("parse", "read", "to_frame"):
        assert f'id="{name}"' in front, name
    # baocao.extract and baocao.normalize are callable packages: their functions are on their pages
    for package in ("extract", "normalize"):
        assert f'id="{package}"' in _page(site, f"baocao.{package}").read_text(encoding="utf-8")
    private = [p for p in site.rglob("*.html") if any(part.startswith("_") for part in p.parts[len(site.parts):])]
    assert not private, private


@pytest.mark.slow
@pytest.mark.xfail(strict=False, reason="pdoc resolves the string annotations of a class re-exported "
                                        "by a package (core.numbers.Prefix, batch.Tables) in the "
                                        "package's namespace, which does not import their typing names")
def test_pdoc_has_no_warnings(build: Build) -> None:
    _, done = build
    warnings = [line for line in done.stderr.splitlines() if line.startswith("Warn:")]
    print("\n".join(warnings))
    assert not warnings, "\n".join(warnings)


def test_the_globs_name_every_public_top_level_module_and_no_private_one() -> None:
    specs = [a for a in expanded(documented_command()) if a.startswith("src/")]
    named = {"baocao." + Path(a).stem if a.endswith(".py") else "baocao." + Path(a).name
             for a in specs if a != "src/baocao"}
    assert named == public_top_level_modules()
