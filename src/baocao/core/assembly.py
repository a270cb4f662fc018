"""A pydantic record made without pydantic, from values the caller knows pydantic keeps as they are:
the one way :func:`baocao.extract.copy_with` and ``baocao.extract._base.build`` make the records of a
large text (hundreds of thousands) without validating each again. pydantic itself is not imported."""
from __future__ import annotations

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
    new = cls.__new__(cls)
    _set(new, "__dict__", values)
    _set(new, "__pydantic_extra__", None)
    _set(new, "__pydantic_fields_set__", given)
    _set(new, "__pydantic_private__", None)
    return new


_set = object.__setattr__
