"""Helpers shared by the extractor modules: build a record from a clean-text span.

A document may hold hundreds of thousands of records (a quantity every 5 bytes), and pydantic's
validation of each is a third of its cost. :func:`build` makes the record pydantic would make
without asking pydantic, where every field given is already of the exact type and within the bounds
its validation checks (a ``float`` for a ``float``, a word of a ``Literal``, ``None`` for an
``Optional``, ``ge``/``le``), which is what the rules give; any other value (an ``int`` for a
``float``, an unknown field, a bound crossed, a text whose length is not its span's) goes through
pydantic, which converts it or raises as before. A field of ``[start, end]`` pairs
(``list[list[int]]``, an indicator's ``figures``) is kept as given when every item is a list of
ints (pydantic would copy the lists: the caller gives new ones); not given, pydantic makes it.
"""
from __future__ import annotations

import types
import typing
from typing import Any, Literal, Optional, TypeVar, Union

import annotated_types
from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from baocao.core.assembly import assembled
from baocao.document import Document

R = TypeVar("R", bound=BaseModel)

class _Plan(typing.NamedTuple):
    """How :func:`build` makes one record class: the types each field's value may have (exactly:
    no subclass), the choices and bounds of the fields that have them, the fields every record
    must be given, and the defaults in the order of the fields (the order of a record's
    ``__dict__``; a required field's slot is filled by the value given)."""

    kinds: dict[str, frozenset[type]]
    limits: dict[str, tuple[Optional[frozenset[str]], Any, Any]]
    required: frozenset[str]
    defaults: dict[str, Any]
    # fields of lists of [start, end] pairs (``list[list[int]]``, each record its own new list
    # by default): made without pydantic only when given, every item a list of ints
    nested: frozenset[str]


#: record class -> its plan (None: a class whose records are always validated by pydantic)
_PLANS: dict[type, Optional[_Plan]] = {}


def _field_plan(annotation: Any, metadata: list[Any]
                ) -> Optional[tuple[frozenset[type], Optional[tuple[Optional[frozenset[str]], Any, Any]]]]:
    """The types a field annotated so keeps as they are and its limits (choices, lower and upper
    bound; None: none), or None where a value could be changed by pydantic in a way a check of its
    type cannot tell (another annotation or constraint)."""
    kinds: set[type] = set()
    choices: Optional[frozenset[str]] = None
    args = typing.get_args(annotation) if typing.get_origin(annotation) in (Union, types.UnionType) \
        else (annotation,)
    for a in args:
        if a is type(None) or a in (str, int, float, bool):
            kinds.add(a)
        elif typing.get_origin(a) is Literal and all(type(c) is str for c in typing.get_args(a)):
            kinds.add(str)
            choices = frozenset(typing.get_args(a))
        else:
            return None
    if choices is not None and len([a for a in args if a is not type(None)]) != 1:
        return None      # a Literal beside another type: the choices would bind both
    lo = hi = None
    for m in metadata:
        if isinstance(m, annotated_types.Ge):
            lo = m.ge
        elif isinstance(m, annotated_types.Le):
            hi = m.le
        else:
            return None
    return frozenset(kinds), (None if choices is None and lo is None and hi is None else (choices, lo, hi))


def _within(v: Any, limits: tuple[Optional[frozenset[str]], Any, Any]) -> bool:
    choices, lo, hi = limits
    return (choices is None or v in choices) and (lo is None or v >= lo) and (hi is None or v <= hi)


def _plan(cls: type[BaseModel]) -> Optional[_Plan]:
    decorators = cls.__pydantic_decorators__
    if (set(decorators.model_validators) != {"_span_matches_text"} or decorators.field_validators
            or decorators.validators or decorators.root_validators
            or cls.__pydantic_post_init__ is not None or cls.__private_attributes__
            or cls.model_config.get("extra") != "forbid" or cls.model_config.get("strict")):
        return None
    kinds: dict[str, frozenset[type]] = {}
    limits: dict[str, tuple[Optional[frozenset[str]], Any, Any]] = {}
    defaults: dict[str, Any] = {}
    required = set()
    nested = set()
    for name, f in cls.model_fields.items():
        if f.annotation == list[list[int]] and f.default_factory is list and not f.metadata \
                and f.alias is None and f.validation_alias is None:
            kinds[name] = frozenset((list,))
            nested.add(name)
            required.add(name)      # a record not given it is made by pydantic (a new list each)
            defaults[name] = None   # a slot, filled by the list given
            continue
        plan = _field_plan(f.annotation, f.metadata)
        if plan is None or f.default_factory is not None or f.alias is not None \
                or f.validation_alias is not None:
            return None
        kinds[name], limit = plan
        if limit is not None:
            limits[name] = limit
        if f.default is PydanticUndefined:
            required.add(name)
            defaults[name] = None   # a slot, filled by the value given
        elif type(f.default) in kinds[name] and (f.default is None or limit is None
                                                 or _within(f.default, limit)):
            defaults[name] = f.default   # None, a number, a string or a bool: never changed
        else:
            return None
    return _Plan(kinds, limits, frozenset(required), defaults, frozenset(nested))


#: (class, the names given, their values' types) -> the fields set shared by the records made so,
#: the bounds and the choices to check, and the class's defaults (None: not made without
#: pydantic); a document's records have a few dozen
_KNOWN: dict[tuple[Any, ...], Optional[_Known]] = {}
_KNOWN_MAX = 4096


class _Known(typing.NamedTuple):
    """How :func:`build` makes the records given the same fields with values of the same types."""

    given: set[str]
    bounds: tuple[tuple[str, Any, Any], ...]           # (name, lower, upper): None for no bound
    choices: tuple[tuple[str, frozenset[str]], ...]
    defaults: dict[str, Any]
    # the bounds but those of start and end where each is only "not below 0": what is left to
    # check of a record whose span :func:`make` knows lies within the text
    within: tuple[tuple[str, Any, Any], ...]
    # the lists of lists of ints given (:class:`_Plan`'s ``nested``), each item checked
    nested: tuple[str, ...]


def _known(cls: type[BaseModel], names: tuple[str, ...], kinds: tuple[type, ...]) -> Optional[_Known]:
    try:
        plan = _PLANS[cls]
    except KeyError:
        plan = _PLANS[cls] = _plan(cls)
    if plan is None or not plan.required <= set(names) or \
            any(plan.kinds.get(n) is None or k not in plan.kinds[n] for n, k in zip(names, kinds)):
        return None
    checked = [(n, plan.limits[n]) for n, k in zip(names, kinds)
               if n in plan.limits and k is not type(None)]
    bounds = tuple((n, lo, hi) for n, (_, lo, hi) in checked if lo is not None or hi is not None)
    return _Known(set(names), bounds, tuple((n, c) for n, (c, _, _) in checked if c is not None),
                  plan.defaults,
                  tuple(b for b in bounds if not (b[0] in ("start", "end") and b[1:] == (0, None))),
                  tuple(n for n in names if n in plan.nested))


def build(cls: type[R], fields: dict[str, Any]) -> R:
    """``cls(**fields)``: the same record (the same values of the same types, the same fields
    given), made without pydantic where every value is one pydantic keeps as it is (see the
    module's docstring), else by pydantic. `fields` is not kept. The records made with the same
    fields given share one set of their names (``model_fields_set``): records are frozen, and
    pydantic copies the set before it changes one (as :func:`baocao.extract.share_fields_set`).

    >>> from baocao.schema import Quantity
    >>> f = dict(text="5 ha", start=0, end=4, value=5.0, unit="ha")
    >>> build(Quantity, f) == Quantity(**f), build(Quantity, {**f, "value": 5}).value
    (True, 5.0)
    """
    return _build(cls, fields, False)


def _build(cls: type[R], fields: dict[str, Any], span_within: bool) -> R:
    """:func:`build`; `span_within`: ``fields`` holds ints ``start`` and ``end`` with
    ``0 <= start <= end`` and ``text`` of length ``end - start`` (:func:`make` knows it), which
    are then not checked again."""
    # one flat tuple: the class, the names given, their values' types (a name is a str, a type
    # is not: the two halves cannot be told apart wrongly)
    key: tuple[Any, ...] = (cls, *fields, *map(type, fields.values()))
    try:
        known = _KNOWN[key]
    except KeyError:
        n = len(fields)
        known = _known(cls, key[1:n + 1], key[n + 1:])
        if len(_KNOWN) < _KNOWN_MAX:
            _KNOWN[key] = known
    if known is None:
        return cls(**fields)
    for name, lo, hi in known.within if span_within else known.bounds:
        v = fields[name]
        if not ((lo is None or v >= lo) and (hi is None or v <= hi)):   # NaN: not within
            return cls(**fields)
    for name, choices in known.choices:
        if fields[name] not in choices:
            return cls(**fields)
    if not span_within and fields["end"] - fields["start"] != len(fields["text"]):
        return cls(**fields)   # the model's own validator raises
    for name in known.nested:
        if not all(type(x) is list and all(type(i) is int for i in x) for x in fields[name]):
            return cls(**fields)   # a tuple, a float…: pydantic converts it
    values = known.defaults.copy()
    values.update(fields)
    return assembled(cls, values, known.given)


def make(doc: Document, cls: type[R], start: int, end: int, **fields: Any) -> R:
    """Return a `cls` record for clean-text span [start, end), with original offsets and text."""
    s, e = doc.span_to_original(start, end)
    original = doc.original
    d = doc.doc
    # ints within the text: the text is the span's, and neither offset is below 0
    within = type(s) is int and type(e) is int and 0 <= s <= e <= len(original)
    if within:
        # what _build does, with the span's four fields known (a record every few bytes of a
        # list of quantities): the look-up keyed by the fields given here only
        key = (cls, type(d), *fields, *map(type, fields.values()))
        try:
            made = _MADE[key]
        except KeyError:
            made = _made(key, len(fields))
        if made is not None:
            bounds, choices, defaults, given = made
            for name, lo, hi in bounds:
                v = fields[name]
                if not ((lo is None or v >= lo) and (hi is None or v <= hi)):   # NaN: not within
                    break
            else:
                for name, words in choices:
                    if fields[name] not in words:
                        break
                else:
                    # a copy of the defaults is made at once (a new dict filled key by key grows
                    # three times), and every field given has its slot there already
                    values = defaults.copy()
                    values.update(fields)
                    values["text"], values["start"], values["end"], values["doc"] = \
                        original[s:e], s, e, d
                    return assembled(cls, values, given)
    fields["text"], fields["start"], fields["end"], fields["doc"] = original[s:e], s, e, d
    return _build(cls, fields, within)


_SPAN_FIELDS = ("text", "start", "end", "doc")


class _Made(typing.NamedTuple):
    """What :func:`make` checks of the fields it is given with a span (the span's own fields known)
    and how it then makes the record: :class:`_Known`'s bounds left to check and choices, its
    defaults and the fields set shared."""

    bounds: tuple[tuple[str, Any, Any], ...]
    choices: tuple[tuple[str, frozenset[str]], ...]
    defaults: dict[str, Any]
    given: set[str]


#: (class, the type of the document's id, the names given to :func:`make`, their values' types)
#: -> what :func:`make` checks (None: the record is made by :func:`_build`)
_MADE: dict[tuple[Any, ...], Optional[_Made]] = {}


def _made(key: tuple[Any, ...], n: int) -> Optional[_Made]:
    cls, doc_type, names, kinds = key[0], key[1], key[2:n + 2], key[n + 2:]
    made = None
    if not set(names) & set(_SPAN_FIELDS):
        known = _known(cls, (*names, *_SPAN_FIELDS), (*kinds, str, int, int, doc_type))
        if known is not None and not known.nested and \
                all(f[0] in names for f in (*known.within, *known.choices)):
            made = _Made(known.within, known.choices, known.defaults, known.given)
    if len(_MADE) < _KNOWN_MAX:
        _MADE[key] = made
    return made
