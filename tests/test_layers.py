"""The house rules of the source tree, read from the code itself with `ast` (nothing is imported).

Every module of src/baocao is parsed; every `import` and `from … import` of a baocao module, at
module level or inside a function or class (but not under `if TYPE_CHECKING:`), is an edge from
the importing module to the module imported (relative imports resolved; `from P import m` is an
edge to the module P.m when there is one, else to P with the name m). Then:

(a) every edge goes down or sideways in LAYERS (a module imports only from its own layer or lower
    ones; `pdf` does not import `inputs`); the root `baocao/__init__.py` may import anything, and
    nothing imports it;
(b) no import circle among modules (each circle is reported, module by module, with its lines);
(c) no module or name that starts with `_` (dunders aside) is imported from another top-level
    package (`baocao.X` vs `baocao.Y`; each top-level module is a package of its own);
(d) no module has over 500 lines.

To see every violation: `python tests/test_layers.py`.
"""
from __future__ import annotations

import ast
import functools
import sys
from collections import defaultdict, deque
from collections.abc import Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from pathlib import Path


SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "baocao"
MAX_LINES = 500

# The layers, lowest first: a module may import from its own layer and the ones below.
LAYERS = {
    "core": 0, "options": 0,
    "schema": 1,
    "normalize": 2,
    "document": 3,
    "extract": 4,
    "structure": 5,
    "resolve": 6,
    "pdf": 7, "inputs": 7,
    # view: the viewer page and the short reprs; beside report, since Report's __repr__ and
    # _repr_html_ call it (it reads a Report only under TYPE_CHECKING, and parse_file when run)
    "report": 8, "view": 8,
    "frame": 9, "indicator_table": 9,
    "batch": 10,
    "analysis": 11,
    "dask": 12, "spark": 12,
    "cli": 13,
    # the forkserver's preload: imports the batch engine into the fresh process
    "_preload": 10,
    # The exceptions and warnings of reading (LoadError, ReadError, ReadWarning), raised by pdf,
    # inputs, report and batch: a module that imports nothing of baocao.
    "errors": 0,
}
# Same layer, but one way only: (importer, imported) pairs that are not allowed.
NOT_SIDEWAYS = {("pdf", "inputs")}


@dataclass(frozen=True)
class Import:
    importer: str        # the module whose code imports
    module: str          # the module imported (resolved)
    name: str | None     # the name taken from it (`from module import name`), when not a module
    line: int


def find_modules(src: Path, package: str) -> dict[str, Path]:
    """{dotted module name: file} for every .py file of the package (a package is its __init__)."""
    out = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every Import/ImportFrom under node, except in the body of `if TYPE_CHECKING:`."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for other in child.orelse:
                if isinstance(other, (ast.Import, ast.ImportFrom)):
                    yield other
                else:
                    yield from _import_nodes(other)
        else:
            yield from _import_nodes(child)


def _ours(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def find_imports(modules: dict[str, Path], package: str) -> list[Import]:
    out = []
    for importer, path in modules.items():
        is_package = path.name == "__init__.py"
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in _import_nodes(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if _ours(alias.name, package):
                        parts = alias.name.split(".")
                        while len(parts) > 1 and ".".join(parts) not in modules:
                            parts.pop()  # `import p.m.attr` cannot be, but be safe
                        out.append(Import(importer, ".".join(parts), None, node.lineno))
                continue
            if node.level:
                base = importer.split(".")
                if not is_package:
                    base = base[:-1]
                base = base[:len(base) - (node.level - 1)] if node.level > 1 else base
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            if not _ours(source, package):
                continue
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                if submodule in modules:
                    out.append(Import(importer, submodule, None, node.lineno))
                else:
                    out.append(Import(importer, source, alias.name, node.lineno))
    return out


def top(module: str, package: str) -> str:
    """The top-level package of a module ('' for the root)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _private(part: str) -> bool:
    return part.startswith("_") and not (part.startswith("__") and part.endswith("__"))


def layer_violations(imports: Sequence[Import], package: str, layers: Mapping[str, int],
                     not_sideways: Set[tuple[str, str]] = frozenset()) -> list[str]:
    out = []
    for imp in imports:
        a, b = top(imp.importer, package), top(imp.module, package)
        if a == "" or imp.importer == imp.module:
            continue  # the root names anything (lazily)
        where = f"{imp.importer}:{imp.line} imports {imp.module}"
        if b == "":
            out.append(f"{where}: the root package, which is above every layer")
        elif a not in layers or b not in layers:
            missing = sorted({x for x in (a, b) if x not in layers})
            out.append(f"{where}: {', '.join(missing)} not in the layer table")
        elif layers[b] > layers[a]:
            out.append(f"{where}: up from layer {layers[a]} ({a}) to layer {layers[b]} ({b})")
        elif (a, b) in not_sideways:
            out.append(f"{where}: {a} may not import {b} (same layer, one way only)")
    return out


def cycles(imports: Sequence[Import]) -> list[list[tuple[str, int]]]:
    """One shortest circle per strongly connected group of modules: [(module, line of its import of
    the next one), …], the first module the group's smallest name."""
    graph: dict[str, dict[str, int]] = defaultdict(dict)
    for imp in imports:
        if imp.importer != imp.module:
            graph[imp.importer].setdefault(imp.module, imp.line)
    # Tarjan's strongly connected components, iteratively
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[set[str]] = []
    counter = [0]
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter[0]; counter[0] += 1
        stack.append(root); on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter[0]; counter[0] += 1
                    stack.append(child); on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, {})))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = set()
                while True:
                    member = stack.pop(); on_stack.discard(member); group.add(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(group)
    out = []
    for group in sorted(groups, key=min):
        start = min(group)
        previous: dict[str, str | None] = {start: None}
        queue = deque([start])
        end = start  # (a group of one would be a module importing itself: none)
        found = False
        while queue and not found:  # the shortest way from start back to start inside the group
            node = queue.popleft()
            for child in sorted(graph[node]):
                if child == start:
                    end, found = node, True
                    break
                if child in group and child not in previous:
                    previous[child] = node
                    queue.append(child)
        path = [end]
        while (before := previous[path[-1]]) is not None:
            path.append(before)
        path.reverse()
        out.append([(m, graph[m][n]) for m, n in zip(path, path[1:] + [start])])
    return out


def describe_cycle(cycle: Sequence[tuple[str, int]]) -> str:
    return " -> ".join(f"{m} (line {line})" for m, line in cycle) + f" -> {cycle[0][0]}"


def private_violations(imports: Sequence[Import], package: str) -> list[str]:
    out = []
    for imp in imports:
        a, b = top(imp.importer, package), top(imp.module, package)
        if a == b:
            continue
        where = f"{imp.importer}:{imp.line}"
        if any(_private(part) for part in imp.module.split(".")[1:]):
            out.append(f"{where} imports the private module {imp.module} from another package")
        if imp.name and _private(imp.name):
            out.append(f"{where} imports the private name {imp.name} of {imp.module} from another package")
    return out


def long_modules(modules: dict[str, Path], src: Path, limit: int = MAX_LINES) -> list[str]:
    """The modules over `limit` lines, longest first."""
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules.items()}
    return [f"{name} ({modules[name].relative_to(src).as_posix()}): {sizes[name]} lines"
            for name in sorted(sizes, key=lambda n: (-sizes[n], n)) if sizes[name] > limit]


def check(src: Path = SRC, package: str = PACKAGE, layers: Mapping[str, int] = LAYERS,
          not_sideways: Set[tuple[str, str]] = NOT_SIDEWAYS) -> dict[str, list[str]]:
    """{rule: [violation, …]} for the four rules of the module docstring."""
    modules = find_modules(src, package)
    imports = find_imports(modules, package)
    found = {"layers": layer_violations(imports, package, layers, not_sideways),
             "cycles": [describe_cycle(c) for c in cycles(imports)],
             "private": private_violations(imports, package),
             "size": long_modules(modules, src)}
    return {rule: list(dict.fromkeys(v)) for rule, v in found.items()}  # once each (`import a, b`)


@functools.lru_cache(maxsize=1)
def _source_tree() -> dict[str, list[str]]:
    return check()


def _assert_none(rule: str) -> None:
    violations = _source_tree()[rule]
    text = f"{len(violations)} violation(s) of the '{rule}' rule:\n  " + "\n  ".join(violations)
    print(text)
    assert not violations, text


# ---- the source tree -------------------------------------------------------------------------

def test_the_checker_reads_the_source_tree() -> None:
    modules = find_modules(SRC, PACKAGE)
    imports = find_imports(modules, PACKAGE)
    assert {"baocao", "baocao.cli", "baocao.extract", "baocao.schema.records"} <= set(modules)
    assert any(i.importer == "baocao.cli" for i in imports)
    assert all(i.module in modules or i.name is not None for i in imports), \
        sorted({i.module for i in imports if i.module not in modules})


def test_every_import_goes_down_or_sideways() -> None:
    _assert_none("layers")


def test_no_import_circle() -> None:
    _assert_none("cycles")


def test_no_private_name_imported_across_packages() -> None:
    _assert_none("private")


def test_no_module_over_500_lines() -> None:
    _assert_none("size")


# ---- the checker, on small made-up packages -------------------------------------------------

DEMO_LAYERS = {"low": 0, "mid": 1, "mid2": 1, "high": 2}


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / "demo" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def _check(tmp_path: Path, files: dict[str, str],
           not_sideways: Set[tuple[str, str]] = frozenset()) -> dict[str, list[str]]:
    return check(_tree(tmp_path, {"__init__.py": "", **files}), "demo", DEMO_LAYERS, not_sideways)


def test_a_circle_is_found_and_named_even_through_a_function(tmp_path: Path) -> None:
    found = _check(tmp_path, {
        "low/__init__.py": "",
        "low/a.py": "from demo.low import b\n",
        "low/b.py": "def f():\n    from demo.low.c import g\n",
        "low/c.py": "import demo.low.a\n",
        "low/d.py": "from demo.low import a\n",  # into the circle, not part of it
    })
    assert found["cycles"] == ["demo.low.a (line 1) -> demo.low.b (line 2) -> demo.low.c (line 1) -> demo.low.a"]
    assert found["layers"] == found["private"] == []


def test_two_circles_are_two_reports_and_none_under_type_checking(tmp_path: Path) -> None:
    found = _check(tmp_path, {
        "low/__init__.py": "from demo.low.x import y\n",  # a package and its module
        "low/x.py": "from demo.low import z\n",
        "mid.py": "import demo.mid2\n",
        "mid2.py": "from demo import mid\ndef f():\n    import demo.mid2\n",  # itself: no circle
        "high/__init__.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from demo.high import x\n",
        "high/x.py": "import demo.high\n",
    })
    assert found["cycles"] == ["demo.low (line 1) -> demo.low.x (line 1) -> demo.low",
                               "demo.mid (line 1) -> demo.mid2 (line 1) -> demo.mid"]


def test_an_upward_import_is_found_anywhere_but_under_type_checking(tmp_path: Path) -> None:
    found = _check(tmp_path, {
        "low.py": ("import typing\n"
                   "if typing.TYPE_CHECKING:\n    from demo.high import H\n"
                   "else:\n    H = None\n"
                   "def f():\n    from demo import mid\n"),
        "mid.py": "from demo.low import f\nfrom .mid2 import g\n",  # down; sideways
        "mid2.py": "def g():\n    from .high import run\n",        # up, relative, in a function
        "high.py": "from demo import low, mid\n",
    })
    assert found["layers"] == [
        "demo.low:7 imports demo.mid: up from layer 0 (low) to layer 1 (mid)",
        "demo.mid2:2 imports demo.high: up from layer 1 (mid2) to layer 2 (high)",
    ]


def test_relative_imports_resolve_from_a_package_and_from_a_module(tmp_path: Path) -> None:
    modules = find_modules(_tree(tmp_path, {
        "__init__.py": "", "low/__init__.py": "from . import a\n", "low/a.py": "from ..mid import m\n",
        "low/deep/__init__.py": "", "low/deep/b.py": "from ...low.a import z\nfrom .. import a\n",
        "mid.py": "m = 1\n"}), "demo")
    edges = {(i.importer, i.module, i.name) for i in find_imports(modules, "demo")}
    assert edges == {("demo.low", "demo.low.a", None), ("demo.low.a", "demo.mid", "m"),
                     ("demo.low.deep.b", "demo.low.a", "z"), ("demo.low.deep.b", "demo.low.a", None)}


def test_one_way_sideways_pairs_unplaced_modules_and_the_root(tmp_path: Path) -> None:
    found = _check(tmp_path, {
        "__init__.py": "from demo.high import run\n",  # the root names anything
        "mid.py": "from demo import mid2\n",
        "mid2.py": "from demo import mid\n",
        "other.py": "import demo.low\n",
        "low.py": "",
        "high.py": "from demo import __version__\n",
    }, not_sideways={("mid2", "mid")})
    assert found["layers"] == [
        "demo.high:1 imports demo: the root package, which is above every layer",
        "demo.mid2:1 imports demo.mid: mid2 may not import mid (same layer, one way only)",
        "demo.other:1 imports demo.low: other not in the layer table",
    ]


def test_a_private_module_or_name_from_another_package_is_found(tmp_path: Path) -> None:
    found = _check(tmp_path, {
        "low/__init__.py": "__version__ = '1'\n_cache = {}\n",
        "low/_impl.py": "def f(): pass\n",
        "low/pub.py": "from demo.low._impl import f\nfrom . import _impl\nfrom demo.low import _cache\n",
        "_shared.py": "",
        "mid.py": ("from demo.low._impl import f\n"
                   "from demo.low import _cache, __version__\n"
                   "import demo._shared\n"
                   "from demo.low.pub import f as _f\n"),   # a private alias is no private name
    })
    assert found["private"] == [
        "demo.mid:1 imports the private module demo.low._impl from another package",
        "demo.mid:2 imports the private name _cache of demo.low from another package",
        "demo.mid:3 imports the private module demo._shared from another package",
    ]


def test_a_module_over_the_limit_is_found(tmp_path: Path) -> None:
    found = _check(tmp_path, {"low.py": "x = 1\n" * MAX_LINES, "mid.py": "x = 1\n" * (MAX_LINES + 1),
                              "high/__init__.py": "x = 1\n" * (MAX_LINES + 2)})
    assert found["size"] == [f"demo.high (demo/high/__init__.py): {MAX_LINES + 2} lines",
                             f"demo.mid (demo/mid.py): {MAX_LINES + 1} lines"]


if __name__ == "__main__":
    failed = False
    for rule, violations in check().items():
        print(f"{rule}: {len(violations)} violation(s)")
        for v in violations:
            print(f"  {v}")
        failed = failed or bool(violations)
    sys.exit(1 if failed else 0)
