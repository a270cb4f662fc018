"""What an entry of the key vocabulary (``data/indicator_keys.yaml``, :mod:`baocao.resolve.keys`) lists
besides its key, for the rules that read a statement's surroundings: its names (``variants``), the
words that keep a name from it (``exclude``, and the qualifiers its names lack), and the words of a
list's lead under which its parts are not its (``not_under``). Compared as names are
(:mod:`baocao.resolve.key_names`).
"""
from __future__ import annotations

from baocao.resolve.key_names import clean as _clean
from baocao.resolve.key_names import holds as _holds
from baocao.resolve.key_names import qualified as _qualified
from baocao.resolve.keys import _by_key


def variants_of(key: str) -> tuple[str, ...]:
    """The names an entry lists for ``key``, as they are compared (folded, abbreviations written out);
    empty for a key no entry has.

    >>> "san luong lua" in variants_of("rice_output"), variants_of("no_such_key")
    (True, ())
    """
    entry = _by_key().get(key)
    return tuple(entry.variants) if entry is not None else ()


def excludes(key: str, text: str, *, qualifiers: bool = True) -> bool:
    """True when ``text`` holds a word the entry of ``key`` excludes (its ``exclude``, or, unless
    ``qualifiers`` is False, a qualifier its names lack), compared as names are.

    >>> excludes("ntm_communes", "xã đạt chuẩn NTM nâng cao"), excludes("ntm_communes", "xã đạt chuẩn NTM")
    (True, False)
    >>> excludes("party_members", "các loại khác"), excludes("party_members", "các loại khác", qualifiers=False)
    (True, False)
    """
    entry = _by_key().get(key)
    if entry is None:
        return False
    folded = _clean(text)
    held = _qualified(text) if qualifiers else frozenset()
    return ((entry.exclude is not None and entry.exclude.search(folded) is not None)
            or not any(_holds(v, held) for v in entry.variants))


def under_another(key: str, lead: str) -> bool:
    """True when ``lead``, the words before the ``:`` that opens a list, holds a word the entry of
    ``key`` lists in ``not_under``: the list's parts measure something else ("tỷ trọng lao động có việc
    làm trong nền kinh tế: Nông, lâm nghiệp và thủy sản chiếm 15,73%" is no share of the economy).

    >>> under_another("economic_structure_agriculture", "tỷ trọng lao động có việc làm trong nền kinh tế")
    True
    >>> under_another("economic_structure_agriculture", "Cơ cấu kinh tế theo giá hiện hành")
    False
    """
    entry = _by_key().get(key)
    return entry is not None and entry.not_under is not None and entry.not_under.search(_clean(lead)) is not None


def names_hold(key: str, phrase: str) -> bool:
    """True when one of the names of ``key`` holds ``phrase`` as whole words, compared as names are
    (``NTM`` as ``nông thôn mới``).

    >>> names_hold("ntm_communes", "NTM"), names_hold("ntm_communes", "y tế")
    (True, False)
    """
    words = f" {_clean(phrase)} "
    return words.strip() != "" and any(words in f" {v} " for v in variants_of(key))


def share_only(key: str) -> bool:
    """True when the entry of ``key`` is for shares only (``measures: [share]``: a sector's share of the
    economy, which reports write as a percentage of GDP, "chiếm tỷ trọng 13,55% GDP").

    >>> share_only("economic_structure_agriculture"), share_only("grdp_growth"), share_only("no_such_key")
    (True, False, False)
    """
    entry = _by_key().get(key)
    return entry is not None and entry.measures == frozenset({"share"})
