"""Rule files and the patterns built from their words, shared by every rule package.

:func:`read_rule_file` reads one YAML rule file and validates it with its pydantic model (each
package keeps its vocabularies, their models and its ``data/`` folder, and loads them through it);
:func:`alternation` and :func:`cased_alternation` write a vocabulary as a regex alternation, the
longest word first.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, Optional, TypeVar, Union

import regex
import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

# libyaml's parser when PyYAML has it (every wheel does): the same safe subset, the 13 rule
# files read in 8 ms instead of 120
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Model = TypeVar("Model", bound=BaseModel)


class Strict(BaseModel):
    """The base of a rule file's models: an unknown key fails, and the contents are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def read_yaml(path: Path) -> Any:
    """The contents of the YAML file `path` (UTF-8), read with the safe loader: the one reading of
    rule and vocabulary files (a YAMLError or OSError for a bad or missing file)."""
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)  # noqa: S506 - a safe loader


def read_rule_file(path: Path, model: type[Model],
                   additions: Optional[Mapping[str, Iterable[Any]]] = None) -> Model:
    """Return the contents of `path` validated by `model`; a bad file fails naming itself.
    `additions` (a user vocabulary's entries, :mod:`baocao.core.vocabulary`) are appended to the
    file's top-level lists of the same names before the whole is validated.

    >>> import tempfile
    >>> class Words(Strict):
    ...     words: list[str]
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / "words.yaml"
    ...     _ = p.write_text("words: [ha, hộ]", encoding="utf-8")
    ...     read_rule_file(p, Words).words
    ...     _ = p.write_text("word: [ha]", encoding="utf-8")
    ...     read_rule_file(p, Words)
    Traceback (most recent call last):
    ...
    ValueError: invalid rule file .../words.yaml: ...
    """
    raw = read_yaml(path)
    if additions and isinstance(raw, dict):
        raw = {**raw, **{k: [*raw.get(k, []), *v] for k, v in additions.items()}}
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise ValueError(f"invalid rule file {path}: {exc}") from exc


GIL_HELD = False
"""The ``concurrent`` argument of a short match, given by position (``pattern.match(text, pos, endpos,
GIL_HELD)``): else the regex module gives up the GIL and takes it back around every match on a ``str``,
about 100 ns of a call of 200-400 ns. The rules that read a lead's or a figure's few characters a
hundred thousand times over a report (a lead's pieces, the numerals' records) hold it."""

# a space inside a numeral, a unit or a scale word: a space, a no-break or a narrow no-break space
SP = r"[ \u00a0\u202f]"
SPACES = regex.compile(SP + "+")   # runs of spaces inside a unit or scale word
#: the gap between a number and its scale or unit, and between a scale and its unit: a short run
#: of spaces (``3.115.491  triệu đồng``, ``58.456  ha``: typed twice), never a tab (a table's cell
#: boundary) nor a line break
GAP = SP + "{0,3}"
#: between two words of a date or a period: spaces, or one line break with spaces around it (text
#: from PDFs and crawls wraps lines inside expressions: "ngày\n09 tháng 12 năm 2020"); a blank line
#: never joins them
WORD_GAP = r"(?:[ \u00a0]*\n[ \u00a0]*|[ \u00a0]+)"


def longest_first(words: Iterable[str]) -> list[str]:
    """The distinct `words`, longest first (ties in code-point order): the order in which an
    alternation tries them, so that a longer word wins over its own start.

    >>> longest_first(["hộ", "ha", "hộ gia đình", "hộ"])
    ['hộ gia đình', 'ha', 'hộ']
    """
    return sorted(set(words), key=lambda w: (-len(w), w))


def escaped(word: str, gap: str = SP) -> str:
    """`word` as a regex that matches it literally, each space written as `gap`.

    >>> escaped("m3/ngày đêm", "[ ]+")
    'm3/ngày[ ]+đêm'
    """
    return regex.escape(word, literal_spaces=True).replace(" ", gap)


def alternation(words: Iterable[str], *, flags: str = "", gap: str = SP,
                transform: Optional[Callable[[str], str]] = None) -> str:
    """Regex alternation of `words`, longest first (:func:`longest_first`), each escaped; a space
    matches `gap`: by default one space, NBSP or narrow NBSP (the date and period rules also let
    a line break join two words; the resolve rules, on folded text, a run of spaces). With
    `transform`, the words are first written so (``fold``: the words of folded text), and the
    order is that of the transformed words. The alternation is a group, with `flags` when given.

    >>> alternation(["ha", "hộ gia đình", "hộ"])
    '(?:hộ[ \\\\u00a0\\\\u202f]gia[ \\\\u00a0\\\\u202f]đình|ha|hộ)'
    >>> alternation(["Tỷ", "nghìn tỷ"], flags="i", gap=" ", transform=str.lower)
    '(?i:nghìn tỷ|tỷ)'
    """
    if transform is not None:
        words = (transform(w) for w in words)
    body = "|".join(escaped(w, gap) for w in longest_first(words))
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def cased_alternation(words: Iterable[str], exact: Iterable[str]) -> str:
    """Like :func:`alternation`, longest first, with `words` matched in any case and `exact`
    matched with their case only (``m`` is a metre, the ``M`` of ``2M`` is not).

    The words are written as a trie (one branch per next character, the longer continuation tried
    before the word that ends there), which the regex engine walks in a few steps where a flat list
    of a hundred words costs a comparison each; it matches what the flat alternation matches, the
    longest word first (:func:`flat_cased_alternation`, kept for words a trie cannot hold).

    >>> cased_alternation(["ha", "hộ"], ["m"])
    '(?i:(?:h(?:a|ộ)|m(?-i:(?<=m))))'
    """
    words, exact = list(words), list(exact)
    return _trie_alternation(words, exact) or flat_cased_alternation(words, exact)


def flat_cased_alternation(words: Iterable[str], exact: Iterable[str]) -> str:
    """:func:`cased_alternation` as a flat list of words, longest first.

    >>> flat_cased_alternation(["ha"], ["m"])
    '(?:(?i:ha)|m)'
    """
    items = sorted({(w, False) for w in words} | {(w, True) for w in exact},
                   key=lambda x: (-len(x[0]), x[0], x[1]))
    runs: list[tuple[bool, list[str]]] = []      # consecutive words of one kind, in length order
    for w, is_exact in items:
        esc = escaped(w)
        if runs and runs[-1][0] == is_exact:
            runs[-1][1].append(esc)
        else:
            runs.append((is_exact, [esc]))
    out = ["|".join(r) if is_exact else "(?i:" + "|".join(r) + ")" for is_exact, r in runs]
    return "(?:" + "|".join(out) + ")"


# a trie node: the next character -> its node, and None -> the words (as written, exact or not)
# that end at the node
_Node = dict[Union[str, None], Union["_Node", set[tuple[str, bool]]]]


def _trie_alternation(words: Collection[str], exact: Collection[str]) -> Optional[str]:
    """The trie of :func:`cased_alternation`, keyed on the lower-cased words; None when it could
    match otherwise than the flat list: a word with a no-break space of its own or whose lower
    case changes its length, or two key characters one matches for the other ignoring case (two
    branches could then both match). A word matched with its case only is checked, where it ends,
    by a lookbehind of the word as written, with its case."""
    items = {(w, False) for w in words} | {(w, True) for w in exact}
    root: _Node = {}
    for w, is_exact in items:
        if not w or any(c in "\u00a0\u202f" for c in w) or len(w.lower()) != len(w):
            return None
        node = root
        for c in w.lower():
            node = _child(node, c)
        ends = node.setdefault(None, set())
        assert isinstance(ends, set)
        ends.add((w, is_exact))
    for w, _ in items:
        for c in w:
            if c != " " and not regex.fullmatch("(?i)" + regex.escape(c), c.lower()):
                return None
    chars = sorted({c for w, _ in items for c in w.lower() if c != " "})
    for a in chars:
        pa = regex.compile("(?i)" + regex.escape(a))
        if any(a != b and pa.fullmatch(b) for b in chars):
            return None
    return "(?i:" + _emit(root) + ")"


def _child(node: _Node, c: str) -> _Node:
    child = node.setdefault(c, {})
    assert isinstance(child, dict)
    return child


def _edge(c: str) -> str:
    return SP if c == " " else regex.escape(c)


def _emit(node: _Node) -> str:
    alts = [_edge(c) + _emit(child) for c, child in
            sorted((k, v) for k, v in node.items() if k is not None and isinstance(v, dict))]
    ends = node.get(None)
    if ends:
        assert isinstance(ends, set)
        if any(not is_exact for _, is_exact in ends):
            alts.append("")
        else:
            behind = ["(?<=" + escaped(w) + ")" for w, _ in sorted(ends)]
            alts.append("(?-i:" + "|".join(behind) + ")")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def compile_at(pattern: str, flags: int = 0) -> "regex.Pattern[str]":
    """``regex.compile(pattern, flags)`` for a pattern matched at one offset (``match``), made so
    that a match reads no further than the pattern does: before it tries a pattern that starts
    with a repeat and needs a character after it (``\\s*\\(``), the regex module looks ahead for
    that character, through to the text's end when the text has none there; matched at every
    figure of a long text without it, the pattern read the rest of the text each time (quadratic:
    ``\\s*\\(\\s*`` took 90 µs a figure on a quarter-megabyte line). An alternative that never
    matches takes the lookahead away; the matches are those of ``pattern`` (tests/test_compile_at.py).

    >>> compile_at(r"\\s*\\(\\s*").match("a  ( b", 1).span()
    (1, 5)
    """
    if _LEADING_FLAGS.match(pattern):
        raise ValueError("compile_at: a pattern opening with its flags is compiled as it is")
    return regex.compile(f"(?:{pattern})|(?!)", flags)


_LEADING_FLAGS = regex.compile(r"\(\?[a-zA-Z0-9-]+\)")   # "(?r)…", "(?i)…": flags of the whole pattern
