"""The rules of a user vocabulary (:mod:`baocao.core.user_vocabulary`, ``docs/vocabulary.md``).

The rules are compiled from their vocabularies when their modules are imported. For a user
vocabulary, :func:`rule_module` imports a copy of the rule packages (:data:`RULE_PACKAGES`) once per
vocabulary (by the digest of its entries) and per process, with the vocabulary's entries added to
the bundled ones (each rule module reads the vocabulary being built, :func:`building`, into its
``VOCABULARY``); with no user vocabulary the rules stay the modules as imported, and nothing here
is done but a look at the environment (:func:`chosen`). This module imports nothing heavy: the
file is read by :func:`~baocao.core.user_vocabulary.load_vocabulary` when there is one.
"""
from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import threading
import types
from pathlib import Path
from typing import Optional

from baocao.options import Vocabulary

#: The environment variable naming the user vocabulary (a file or folder) used when none is given.
ENVIRONMENT = "BAOCAO_VOCABULARY"

_FROM_ENVIRONMENT: dict[tuple[str, int, int], Vocabulary] = {}


def _stamp(path: str) -> tuple[str, int, int]:
    try:
        p = Path(path)
        stats = [p.stat(), *(f.stat() for f in p.iterdir())] if p.is_dir() else [p.stat()]
    except OSError:
        return (path, -1, -1)
    return (path, max(s.st_mtime_ns for s in stats), sum(s.st_size for s in stats) + len(stats))


def environment_vocabulary() -> Optional[Vocabulary]:
    """The vocabulary :data:`ENVIRONMENT` (``BAOCAO_VOCABULARY``) names, None when it is unset or
    empty; read once per version of the file."""
    path = os.environ.get(ENVIRONMENT)
    if not path:
        return None
    stamp = _stamp(path)
    found = _FROM_ENVIRONMENT.get(stamp)
    if found is None:
        from baocao.core.user_vocabulary import load_vocabulary
        from baocao.errors import VocabularyError

        try:
            found = load_vocabulary(path)
        except VocabularyError as exc:
            raise VocabularyError(f"{exc} (from {ENVIRONMENT})") from None
        _FROM_ENVIRONMENT.clear()
        _FROM_ENVIRONMENT[stamp] = found
    return found


def chosen(vocabulary: Optional[Vocabulary]) -> Optional[Vocabulary]:
    """The vocabulary a call runs with: `vocabulary` given, else the environment's, else None
    (the bundled vocabularies only)."""
    return vocabulary if vocabulary is not None else environment_vocabulary()


def given_or_environment(path: Optional[str]) -> Optional[Vocabulary]:
    """The vocabulary of the file or folder `path` (a command's ``--vocabulary``), else the one
    :data:`ENVIRONMENT` names, else None; a :class:`~baocao.errors.VocabularyError` for a bad file."""
    if path:
        from baocao.core.user_vocabulary import load_vocabulary

        return load_vocabulary(path)
    return environment_vocabulary()


# ----- the rules of a vocabulary ----------------------------------------------------------------
#: The packages whose modules compile their rules from the vocabularies a user file extends.
RULE_PACKAGES = ("baocao.core.numbers", "baocao.extract", "baocao.resolve")

_BUILDING: Optional[Vocabulary] = None
_LOCK = threading.Lock()
_RULES: dict[str, dict[str, types.ModuleType]] = {}


def building() -> Optional[Vocabulary]:
    """The user vocabulary whose copy of the rules is being imported (None: the bundled rules);
    each rule module keeps it, read at its import, in its ``VOCABULARY``."""
    return _BUILDING


def _ours(name: str) -> bool:
    return any(name == p or name.startswith(p + ".") for p in RULE_PACKAGES)


def _every_module() -> list[str]:
    names = []
    for pkg in RULE_PACKAGES:
        module = importlib.import_module(pkg)
        names.append(pkg)
        names += [info.name for info in pkgutil.walk_packages(module.__path__, pkg + ".")]
    return names


def rule_module(vocabulary: Optional[Vocabulary], name: str) -> types.ModuleType:
    """The module `name` of :data:`RULE_PACKAGES` as compiled for `vocabulary`: the module itself
    for None, else its copy in the rules imported for that vocabulary (once per process)."""
    if vocabulary is None:
        return importlib.import_module(name)
    modules = _RULES.get(vocabulary.digest)
    if modules is None:
        with _LOCK:
            modules = _RULES.get(vocabulary.digest)
            if modules is None:
                modules = _RULES[vocabulary.digest] = _import_rules(vocabulary)
    return modules[name]


def _import_rules(vocabulary: Vocabulary) -> dict[str, types.ModuleType]:
    """Import every module of :data:`RULE_PACKAGES` afresh with `vocabulary` being built: the
    bundled modules are set aside from ``sys.modules`` meanwhile (and their packages' attributes
    kept), then put back, so that nothing but the returned copies sees the new ones."""
    global _BUILDING
    names = _every_module()       # the bundled rules, imported first (as any run would)
    saved = {n: m for n, m in sys.modules.items() if _ours(n)}
    parents = {n: getattr(sys.modules[n.rpartition(".")[0]], n.rpartition(".")[2], None)
               for n in saved if not _ours(n.rpartition(".")[0])}
    fresh: dict[str, types.ModuleType] = {}
    try:
        for n in saved:
            del sys.modules[n]
        _BUILDING = vocabulary
        for n in names:
            importlib.import_module(n)
        fresh = {n: m for n, m in sys.modules.items() if _ours(n)}
    finally:
        _BUILDING = None
        for n in [n for n in sys.modules if _ours(n)]:
            del sys.modules[n]
        sys.modules.update(saved)
        for n, attr in parents.items():
            parent = sys.modules[n.rpartition(".")[0]]
            if attr is not None:
                setattr(parent, n.rpartition(".")[2], attr)
    return fresh


__all__ = ["ENVIRONMENT", "RULE_PACKAGES", "building", "chosen", "environment_vocabulary",
           "given_or_environment", "rule_module"]
