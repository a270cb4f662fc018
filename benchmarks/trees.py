"""The code a benchmark compares: another revision's src/ (taken with ``git archive``) beside this
tree's, for the scripts that run both side by side in one run (bench_attack, bench_cache)."""
from __future__ import annotations

import subprocess
import tarfile
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent


def code_trees(base: Optional[str], tmp: Path, this: Path = ROOT / "src") -> list[tuple[str, Path]]:
    """[(name, src folder)]: revision `base`'s src/ unpacked below `tmp` (when given), then `this`."""
    trees: list[tuple[str, Path]] = []
    if base:
        archive = tmp / "base.tar"
        subprocess.run(["git", "-C", str(ROOT), "archive", "-o", str(archive), base, "src"], check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(tmp / "base")
        trees.append((f"base {base[:10]}", tmp / "base" / "src"))
    trees.append(("this tree", this))
    return trees
