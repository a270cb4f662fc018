"""Keys a statement's name is too short to give alone, given by the statement before it in its sentence.

- **A list's head carried to its next items.** ``Năm 2019, giá trị sản xuất nông, lâm nghiệp và thủy sản:
  25.790 tỷ đồng; Công nghiệp: 45.033 tỷ đồng; Xây dựng: 16.835 tỷ đồng`` (106), ``Trong đó giá trị sản xuất
  Công nghiệp - Xây dựng ước đạt 656 tỷ đồng …. Sản xuất nông lâm ngư nghiệp đạt 794 tỷ đồng, …; thương
  mại dịch vụ đạt 568 tỷ đồng`` (240): the first item writes what is measured ("giá trị sản xuất") before
  its own item, the next ones only their item. A statement whose own name keys nothing takes the key of
  the statement before's head joined to its own name: the shortest opening of the statement before's name
  (in words) that, followed by this name, keys to another key than the one before's, every word of one of
  that key's names being there, one of them the head's and one this name's own (the joined words matched
  loosely are no key; "xuất khẩu thủy sản …; phân đạm …" is no export of all goods). Only between two
  statements of the same measure, this one of a unit and named by at most ``NAME_WORDS`` words, with no
  line break, no word of a change or a breakdown between them (a sentence's stop may be there) and at most
  ``GAP`` characters; a growth only after a growth of its direction (``ngành … tăng 7,4%, ngành khai khoáng
  bằng 91,2%``: an index); the one before keyed, or keyed in this one's unit (``giá trị sản xuất toàn ngành
  công nghiệp, xây dựng ước đạt trên 96%, …. Thương mại dịch vụ đạt gần 20 tỷ đồng``, 221). A head carried
  down a list is carried whole ("giá trị" + "Sản xuất nông lâm ngư nghiệp" keeps "giá trị Sản xuất" for
  "thương mại dịch vụ"); a name that only repeats the one before's ("thu nhập bình quân khu vực nông thôn
  …. … mức thu nhập đạt …", 136) takes nothing. A place (:mod:`baocao.resolve.place_parts`) and a part of a
  breakdown (``Trong đó, kinh tế nhà nước …``, :mod:`baocao.resolve.key_parts`) are keyed otherwise; a
  table's rows are not read.
- **A counted noun beside a neighbour that says what it counts.** ``Buôn Ea M'droh hiện có 267 hộ, với 1060
  nhân khẩu`` (133), ``xã có tổng số 15 xóm, 2160 hộ và 9230 nhân khẩu`` (175), ``Dân số … 157.806 người
  (dân số trung bình 133.675 người), với 35.545 hộ gồm 20 dân tộc`` (263): a statement named only by its
  unit's noun ("hộ") says nothing of which households; beside the population of its sentence (the
  statement just before or after it, keyed so) they are all the households (``households``); elsewhere
  ("lũy kế 8.530,8 ha/13.955 hộ" of shrimp farms, 150; "toàn xã có 144 hộ với diện tích hơn 166 ha trồng
  xoài", 180) no key. The pairs are ``counted_neighbours`` of ``data/indicator_keys.yaml``.

Read by :func:`baocao.resolve.indicator` after the place parts are keyed."""
from __future__ import annotations

from functools import cache
from typing import Optional, Sequence, Union

import regex

from baocao.resolve._rules import load
from baocao.resolve.key_names import clean, fillers
from baocao.resolve.keys import entry_of, key_unit, match_key
from baocao.resolve.place_parts import is_place
from baocao.resolve.reach import statement_start
from baocao.schema import Indicator, IndicatorSummary

__all__ = ["key_siblings"]

NAME_WORDS = 6
"""The most words a name may have to take its head from the statement before (a longer name says what
it measures, or is a clause read as a name)."""
GAP = 80
"""The most characters between the statement before's end and this statement's name."""

# between two items of one list: no line break and no word of a change or of a breakdown ("…; giảm 58 hộ
# nghèo" is the change of the one before; "…, trong đó …" opens the parts of the one before, key_parts.py); a
# sentence's stop may end the one before ("… so với cùng kỳ năm trước. Sản xuất nông lâm ngư nghiệp đạt …", 240)
_BETWEEN_STOP = regex.compile(r"\n|[!?]\s|(?<!\w)(?:tăng|giảm|trong đó|gồm|như)(?!\w)", regex.I)

# between a counted noun and its neighbour: no stop of a sentence or a list's item ("Toàn xã có 1.200 hộ. Dân số …")
_COUNT_STOP = regex.compile(r"[.!?;\n]")


@cache
def _counted() -> dict[str, dict[str, str]]:
    """``counted_neighbours``: the counted noun → {the neighbour's key → the key it gives}."""
    out: dict[str, dict[str, str]] = {}
    for entry in load("indicator_keys").counted_neighbours:
        out.setdefault(clean(entry.noun), {})[entry.beside] = entry.key
    return out


def _words(name: str) -> set[str]:
    return set(clean(name).split()) | fillers()


def _head_key(head_name: str, own_key: Optional[str], name: str, unit: Optional[str], measure: Optional[str]
              ) -> tuple[Optional[str], Optional[str]]:
    """(key, head): the key of the shortest opening of ``head_name`` joined to ``name`` (see the module's
    text), and that opening; (None, None) when none keys."""
    words = head_name.split()
    for n in range(1, len(words)):
        head = " ".join(words[:n])
        joined = f"{head} {name}"
        key = match_key(joined, unit, measure)
        if key is None or key == own_key:
            continue
        # every word of one of the key's names is here, one of them the name's own ("xuất khẩu thủy sản …;
        # phân đạm ước đạt 17,7 triệu USD": "xuất khẩu" alone, the head's, is no name of the fertiliser's)
        have, own = _words(joined), set(clean(name).split()) - fillers()
        said = set(clean(head).split()) - fillers() - own   # "Nông, lâm nghiệp" says no "nghiệp" of "Công nghiệp"
        if any(set(v.split()) <= have and set(v.split()) & own and set(v.split()) & said
               for v in entry_of(key).variants):
            return key, head
    return None, None


def key_siblings(original: str, recs: Sequence[Union[Indicator, IndicatorSummary]]
                 ) -> list[Union[Indicator, IndicatorSummary]]:
    """``recs`` (in text order) with the keys the statement before gives (see the module's text)."""
    out = list(recs)
    carried: dict[int, str] = {}     # index → the name its key was matched with (head + its own name)
    for i, rec in enumerate(out):
        if not isinstance(rec, Indicator) or rec.key is not None or not rec.name:
            continue
        key = _beside_count(original, out, i)
        if key is None:
            key, joined = _sibling(original, out, i, carried)
            if joined is not None:
                carried[i] = joined
        if key is not None:
            out[i] = rec.model_copy(update={"key": key})
    return out


def _joined(original: str, a: int, b: int) -> bool:
    """Nothing but a list's separators between ``a`` and ``b`` (see :data:`_BETWEEN_STOP`)."""
    return 0 <= b - a <= GAP and _BETWEEN_STOP.search(original, a, b) is None


def _sibling(original: str, recs: list[Union[Indicator, IndicatorSummary]], i: int, carried: dict[int, str]
             ) -> tuple[Optional[str], Optional[str]]:
    """(key, the name it was matched with) of ``recs[i]`` from the head of the statement before (see the
    module's text); (None, None) when it has none."""
    rec, prev = recs[i], recs[i - 1] if i > 0 else None
    assert isinstance(rec, Indicator)
    name = (rec.name or "").strip()
    if not isinstance(prev, Indicator) or not prev.name or rec.unit is None or is_place(name):
        return None, None
    if len(clean(name).split()) > NAME_WORDS or rec.source == "table" or prev.source == "table":
        return None, None
    if rec.measure != prev.measure or (rec.measure == "growth" and (rec.direction is None
                                                                   or rec.direction != prev.direction)):
        return None, None    # "…, ngành … tăng 7,4%, ngành khai khoáng bằng 91,2%": an index, not a rise
    at = statement_start(rec)
    if not _joined(original, prev.end, at):
        return None, None
    head_name = carried.get(i - 1, prev.name)
    if set(clean(name).split()) - fillers() <= set(clean(head_name).split()):
        return None, None    # "thu nhập bình quân khu vực nông thôn … . … mức thu nhập đạt …": the same again
    unit = key_unit(rec.unit, rec.per)
    # the one before, unkeyed in its own unit, is keyed in this one's ("giá trị sản xuất toàn ngành công
    # nghiệp, xây dựng ước đạt trên 96%, …. Thương mại dịch vụ đạt gần 20 tỷ đồng", 221); unkeyed in this
    # one's unit it was left so for a reason its list shares ("tỷ trọng lao động có việc làm …: Nông, lâm
    # nghiệp và thủy sản chiếm 15,73%; Công nghiệp và xây dựng chiếm 43,83%", p01: of the workers)
    own_key = prev.key or (match_key(prev.name, unit, rec.measure)
                           if key_unit(prev.unit, prev.per) != unit else None)
    if own_key is None:
        return None, None
    key, head = _head_key(head_name, own_key, name, unit, rec.measure)
    return key, (f"{head} {name}" if head is not None else None)


def _beside_count(original: str, recs: list[Union[Indicator, IndicatorSummary]], i: int) -> Optional[str]:
    rec = recs[i]
    assert isinstance(rec, Indicator)
    pairs = _counted().get(clean(rec.name or ""))
    if pairs is None or clean(rec.unit or "") != clean(rec.name or "") or rec.measure != "level":
        return None
    for j in (i - 1, i + 1):
        if not 0 <= j < len(recs):
            continue
        other = recs[j]
        if not isinstance(other, Indicator) or other.key not in pairs:
            continue
        a, b = (other.end, rec.start) if j < i else (rec.end, statement_start(other))
        # no breakdown's word between ("Dân số 12.500 người, trong đó có 320 hộ là hộ nghèo": a part, not all)
        if 0 <= b - a <= GAP and _COUNT_STOP.search(original, a, b) is None \
                and _BETWEEN_STOP.search(original, a, b) is None:
            return pairs[other.key]
    return None
