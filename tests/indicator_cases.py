"""The indicator statements of a text, for the tests of the indicator rules."""
from __future__ import annotations

import baocao


def inds(text: str) -> list:
    """The statements (kind ``indicator``, no summary line) of ``text``, parsed alone."""
    return [i for i in baocao.parse(text).indicators if i.kind == "indicator"]


def one(text: str):
    """The one statement of ``text`` (the test fails when there are more or none)."""
    found = inds(text)
    assert len(found) == 1, [(i.name, i.value, i.text) for i in found]
    return found[0]
