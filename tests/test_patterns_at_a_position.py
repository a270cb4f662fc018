"""No pattern of baocao matched at an offset reads the text ahead to its end (issue 16).

The ``regex`` module, before it tries a pattern at an offset, looks ahead for a character the
pattern requires after a repeat (``\\s*,`` needs ``,``): through to the text's end when the text has
none there, at every call, so a pattern matched at every figure of a long line costs the square of
the line. ``baocao.core.rules.compile_at`` makes a pattern without that look-ahead.

The test reads the source of ``src/baocao`` (no timing): every ``P.match(text, pos…)`` and
``P.fullmatch(text, pos…)``, and every ``P.search(text, pos)`` without an end, must use a pattern
with no such required character, unless it is listed in ``_BOUNDED`` with the reason its end is near.
A search with an end reads up to that end anyway and is not checked. A receiver that is not a module's
pattern (a parameter, a loop variable) must be listed in ``_BY_HAND`` with the patterns it can be.
"""
from __future__ import annotations

import ast
import importlib
from pathlib import Path
from typing import Any, Callable, Iterator, Union

import regex
import regex._main as _regex_main

from baocao.core.rules import compile_at

SRC = Path(__file__).resolve().parents[1] / "src"

# "module:receiver" -> why the end given to the match is near (a pattern used elsewhere with a search
# or finditer that its required character speeds up)
_BOUNDED = {
    "baocao.resolve.roles:YEAR_PAIR": "fullmatch within a record's span (also a finditer over periods)",
    "baocao.resolve.written:NOW_OPENER": "matched up to where NOW_OPENER_WORDS's comma ends (a search elsewhere)",
    "baocao.resolve.written:NOW_OPENER_WORDS": "a scan: each search starts after the previous match",
}


def _module(name: str) -> Any:
    return importlib.import_module(name)


# "module:receiver" -> the patterns a receiver that is no module name can be, or why it needs no check
_BY_HAND: dict[str, Union[str, Callable[[], Any]]] = {
    "baocao.core.numbers.scan:pattern":
        "match_near: bounded by WINDOW, unbounded only within WINDOW of the text's end",
    "baocao.normalize.ocr.confusions:c.context":
        lambda: [c.context for c in _module("baocao.normalize.ocr.confusions")._confusions() if c.after],
    "baocao.resolve.phrases:list_number": lambda: _module("baocao.resolve.phrases")._STARTS,
    "baocao.resolve.phrases:junk": lambda: _module("baocao.resolve.phrases")._STARTS,
    "baocao.resolve.phrases:filler": lambda: _module("baocao.resolve.phrases")._STARTS,
    "baocao.resolve.phrases:period": lambda: _module("baocao.resolve.phrases")._STARTS,
    "baocao.resolve.phrases:source": lambda: _module("baocao.resolve.phrases")._STARTS,
    "baocao.resolve.places:citation": lambda: _module("baocao.resolve.places")._place_words()[3:],
    "baocao.resolve.unattached_thresholds:pattern":
        lambda: [_module("baocao.resolve.unattached_thresholds")._BOUND_BEFORE,
                 _module("baocao.resolve.unattached_thresholds")._NUMBER_BEFORE],
    "baocao.resolve.vocabulary:cls._LETTERS": lambda: [_module("baocao.resolve.vocabulary").OpeningWords._LETTERS],
    "baocao.resolve.vocabulary:self.leftwards":
        "AtEnd.search: a reversed pattern matched from the text's end (its position None, given only to pass GIL_HELD)",
    "baocao.structure.footnotes:pattern":
        lambda: [_module("baocao.structure.footnotes")._BODY, _module("baocao.structure.footnotes")._BODY_BRACKET],
    "baocao.structure.run_in:pattern": lambda: [p for _, _, p in _module("baocao.structure.headings").LADDER],
    "baocao.structure.sections:p": lambda: [p for _, _, p in _module("baocao.structure.headings").LADDER],
}


def required_ahead(pattern: regex.Pattern[str]) -> str:
    """The characters ``regex`` looks for ahead of an offset before it tries `pattern` there, at no
    fixed distance (so through to the text's end when they are absent), or ``""``."""
    found: list[tuple[int, tuple[int, ...]]] = []
    make = _regex_main._regex.compile

    def spy(*args: Any) -> Any:
        found.append((args[7], args[8]))     # the required string's offset and characters
        return make(*args)

    _regex_main._regex.compile = spy
    try:
        _regex_main._compile(pattern.pattern, pattern.flags, True, {}, False)
    finally:
        _regex_main._regex.compile = make
    offset, chars = found[0]
    return "".join(map(chr, chars)) if offset == -1 else ""


def _calls() -> Iterator[tuple[str, str, int, str, ast.expr, bool]]:
    """(module, file, line, method, receiver, has an end) of each call at an offset in src/baocao."""
    for path in sorted((SRC / "baocao").rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("match", "fullmatch", "search")):
                continue
            keywords = {k.arg for k in node.keywords}
            if len(node.args) < 2 and "pos" not in keywords:
                continue
            receiver = node.func.value
            if isinstance(receiver, ast.Name) and receiver.id in ("regex", "re"):
                continue     # regex.match(pattern, text, flags): no offset
            yield (module, str(path.relative_to(SRC)), node.lineno, node.func.attr, receiver,
                   len(node.args) >= 3 or "endpos" in keywords)


def _patterns(module: Any, receiver: ast.expr) -> list[Any]:
    """The patterns `receiver` names in `module`, or raise LookupError."""
    if isinstance(receiver, ast.IfExp):
        return _patterns(module, receiver.body) + _patterns(module, receiver.orelse)
    if isinstance(receiver, ast.Subscript):
        container = _patterns(module, receiver.value)[0]
        return list(container.values() if isinstance(container, dict) else container)
    if isinstance(receiver, ast.Call) and not receiver.args and not receiver.keywords:
        return [_patterns(module, receiver.func)[0]()]
    if isinstance(receiver, (ast.Name, ast.Attribute)):
        try:
            return [eval(compile(ast.Expression(receiver), "<receiver>", "eval"), vars(module))]
        except (NameError, AttributeError) as e:
            raise LookupError(ast.unparse(receiver)) from e
    raise LookupError(ast.unparse(receiver))


def _offenders() -> tuple[list[str], list[str]]:
    traps, unknown = [], []
    for module_name, path, line, method, receiver, has_end in _calls():
        if method == "search" and has_end:
            continue
        key = f"{module_name}:{ast.unparse(receiver)}"
        if key in _BOUNDED:
            continue
        module = _module(module_name)
        try:
            patterns = _patterns(module, receiver)
        except LookupError:
            by_hand = _BY_HAND.get(key)
            if by_hand is None:
                unknown.append(f"{path}:{line} {key}")
                continue
            if isinstance(by_hand, str):
                continue
            patterns = list(by_hand())
        for pattern in patterns:
            if isinstance(pattern, regex.Pattern) and required_ahead(pattern):
                traps.append(f"{path}:{line} {key}.{method} looks ahead for {required_ahead(pattern)!r}")
    return traps, unknown


def test_no_pattern_matched_at_an_offset_reads_the_text_ahead() -> None:
    traps, unknown = _offenders()
    assert not traps, "compile these with baocao.core.rules.compile_at (or bound the match and " \
                      "list it in _BOUNDED):\n" + "\n".join(traps)
    assert not unknown, "list what these receivers can be in _BY_HAND:\n" + "\n".join(unknown)


def test_the_lists_by_hand_name_calls_that_exist() -> None:
    keys = {f"{m}:{ast.unparse(r)}" for m, _, _, _, r, _ in _calls()}
    assert set(_BOUNDED) <= keys and set(_BY_HAND) <= keys, (set(_BOUNDED) | set(_BY_HAND)) - keys


def test_required_ahead_finds_the_trap_and_compile_at_removes_it() -> None:
    for trapped, needed in ((r"\s*,", ","), (r"\s*\(\s*", "("), (r"\d+-\d+", "-"), (r"[ab]+x", "x")):
        assert required_ahead(regex.compile(trapped)) == needed
        assert required_ahead(compile_at(trapped)) == ""
    # none, or at a fixed distance: the module tries the match where it stands
    for free in (r"\(", r"a\(", r"\d+(?:-\d+)?", r"ab|cd", r"x?\("):
        assert required_ahead(regex.compile(free)) == ""
