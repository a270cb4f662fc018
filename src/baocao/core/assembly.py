"""A pydantic record made without pydantic, from values the caller knows pydantic keeps as they are:
the one way :func:`baocao.extract.copy_with` and ``baocao.extract._base.build`` make the records of a
large text (hundreds of thousands) without validating each again. pydantic itself is not imported."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel

__all__ = ["assembled"]

M = TypeVar("M", bound="BaseModel")


def assembled(cls: type[M], values: dict[str, Any], given: set[str]) -> M:
    """A `cls` record whose fields are `values` (kept, not copied) and whose fields given are
    `given`, made without pydantic: the caller knows each value is one pydantic keeps as it is, and
    that `cls` has no private attributes and takes no extra fields.

    >>> from baocao.schema import Percentage
    >>> rec = Percentage(text="5%", start=0, end=2, value=5.0)
    >>> assembled(Percentage, dict(rec.__dict__), set(rec.model_fields_set)) == rec
    True
    """
    new = _new(cls)
    _set(new, "__dict__", values)
    slots = _SLOTS.get(cls)
    if slots is None:
        slots = _slots(cls)
    extra, fields_set, private = slots
    extra(new, None)
    fields_set(new, given)
    private(new, None)
    return new


_set = object.__setattr__
_new = object.__new__

#: class -> the setters of the slots pydantic's BaseModel keeps beside ``__dict__`` (extra
#: fields, fields given, private attributes): a slot's own setter, found once, costs less than
#: ``object.__setattr__``'s look-up of it by name at each record
_SLOTS: dict[type, tuple[Callable[[Any, Any], None], ...]] = {}


def _slots(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    def setter(name: str) -> Callable[[Any, Any], None]:
        for klass in cls.__mro__:
            if name in klass.__dict__:
                found: Callable[[Any, Any], None] = klass.__dict__[name].__set__
                return found
        raise AttributeError(name)

    slots = _SLOTS[cls] = (setter("__pydantic_extra__"), setter("__pydantic_fields_set__"),
                           setter("__pydantic_private__"))
    return slots
