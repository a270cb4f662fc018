"""The indicator statements of a text, for the tests of the indicator rules."""
from __future__ import annotations

import baocao


def inds(text: str) -> list:
    """The statements (kind ``indicator``, no summary line) of ``text``, parsed alone."""
    return [i for i in baocao.parse(text).indicators if i.kind == "indicator"]


def periods_by_figure(text: str, figs) -> dict:
    """The period of the statement that holds each of ``figs`` (a figure as written), for those found."""
    got = {}
    for i in inds(text):
        for fig in figs:
            if fig in i.text:
                got[fig] = i.period
    return got


def one(text: str):
    """The one statement of ``text`` (the test fails when there are more or none)."""
    found = inds(text)
    assert len(found) == 1, [(i.name, i.value, i.text) for i in found]
    return found[0]


def parsed(text: str) -> tuple[list, list]:
    """(the statements, the unattached figures) of ``text``, parsed alone."""
    r = baocao.parse(text)
    return [i for i in r.indicators if i.kind == "indicator"], r.unattached


def left_out(text: str, fig: str, reason: str | None = None) -> None:
    """``fig`` is no indicator's figure and is unattached (with ``reason`` when given)."""
    found, loose = parsed(text)
    assert not [i for i in found if any(text[s:e] == fig for s, e in i.figures)], [(i.name, i.value) for i in found]
    reasons = [u.reason for u in loose if u.text == fig]
    assert reasons and (reason is None or reasons == [reason]), reasons


def kept(text: str, value: float) -> None:
    """A statement of ``value`` (or of that achievement) stays an indicator."""
    found, loose = parsed(text)
    assert value in [i.value for i in found] + [i.achievement_pct for i in found], (
        [(i.name, i.value) for i in found], [(u.text, u.reason) for u in loose])
