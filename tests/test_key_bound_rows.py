"""keys._shared, the characters each variant has in common with a name, read from the rows of the
name's letters only, equals the count over every letter of every variant."""
from collections import Counter

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.resolve import keys

_B = keys._variants()


def _every_letter(text):
    have = Counter(text)
    return np.minimum(_B.counts.T, np.array([have[c] for c in _B.letters], dtype=np.int64)).sum(axis=1)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_B.letters + "ÿ1 ", max_size=60) | st.sampled_from(_B.texts))
def test_the_rows_of_a_names_letters_count_what_every_letter_counts(text):
    mine = keys._shared(_B, text)
    assert mine.dtype == np.int64 and mine.shape == (len(_B.texts),)
    assert (mine == _every_letter(text)).all()
