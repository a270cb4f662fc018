"""A threshold inside the name of a count: ``có 08 xã đạt từ 15-18 tiêu chí``, ``có 3 huyện đạt từ 6 tiêu
chí trở lên``, ``01 xã cơ bản đạt 19/19 tiêu chí``. What is counted is the units that reach so many
criteria: the count's name is the phrase after it, threshold included (``xã đạt từ 15-18 tiêu chí``), and
the number of criteria is no figure of a statement: it stays in the name and is left unattached. Both
sides ask the one recogniser of :mod:`baocao.resolve.unattached_thresholds` (its words are lists of
``data/indicators.yaml``).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from baocao.resolve.unattached_thresholds import THRESHOLD_REASON as UNATTACHED_THRESHOLD_REASON
from baocao.resolve.unattached_thresholds import is_a_threshold, threshold_after

if TYPE_CHECKING:
    from baocao.resolve.context import FigureRecord

__all__ = ["counts_to_a_threshold", "threshold_figures"]

#: The reason an unattached threshold is given: the one the unattached rules give it when no name holds it
THRESHOLD_REASON = UNATTACHED_THRESHOLD_REASON


def counts_to_a_threshold(folded: str, end: int) -> Optional[int]:
    """Where the threshold of criteria that follows a count ending at ``end`` of the folded text ends
    (``3 huyện| đạt từ 6 tiêu chí trở lên|``), None when none follows: the phrase after the count
    starts at its unit, as after a count unit (``count_units``), and ends with the threshold
    (:func:`~baocao.resolve.unattached_thresholds.threshold_after`)."""
    return threshold_after(folded, end)


def threshold_figures(text: str, figures: list[FigureRecord]) -> list[FigureRecord]:
    """The figures of `figures` (in the offsets of `text`) that are the threshold of the units a set right
    before them counts (:func:`~baocao.resolve.unattached_thresholds.is_a_threshold`): a quantity or fraction
    of criteria (``tiêu chí``) after a count of units (``có 08 xã đạt từ 15-18 tiêu chí``) or a unit after a
    word that makes it a set (``và xã đạt từ 7 - 9 tiêu chí``, ``không có xã nào đạt dưới 11 tiêu chí``).

    >>> import baocao
    >>> t = "Toàn tỉnh có 08 xã đạt từ 15-18 tiêu chí và xã đạt từ 7 - 9 tiêu chí; xã Khánh Bình đạt 17/19 tiêu chí."
    >>> [r.text for r in threshold_figures(t, [r for r in baocao.extract(t)])]
    ['từ 15-18 tiêu chí', 'từ 7 - 9 tiêu chí']
    """
    return [rec for rec in figures if is_a_threshold(text, rec)]
