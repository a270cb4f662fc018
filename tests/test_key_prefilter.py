"""The batch pre-test of key matching (keys._hopeful) leaves out only variants that score nothing: every
variant it drops scores 0.0 in keys._score at the lowest score ever needed (THRESHOLD), so the loop
that skips them finds what scoring them finds."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from baocao.resolve import keys


def _dropped_that_score(text: str) -> list[tuple[str, float]]:
    hopeful = keys._hopeful(text)
    n = len(text.split())
    out = []
    for i, e in enumerate(keys._entries()):
        for v in e.variants:
            if v in hopeful.get(i, ()):
                continue
            score = keys._score(v, text, n, keys.THRESHOLD)
            if score > 0.0:
                out.append((v, score))
    return out


@pytest.mark.slow
def test_every_variant_and_its_near_misses_keep_what_scores():
    variants = [v for e in keys._entries() for v in e.variants]
    texts = set(variants)
    texts |= {v[:-2] for v in variants if len(v) > 4}
    texts |= {v + " tinh" for v in variants} | {"tong " + v for v in variants}
    texts |= {v.replace(" ", "", 1) for v in variants}
    for text in sorted(texts):
        assert _dropped_that_score(text) == [], text
    # the pre-test drops most variants: it is worth its call
    assert sum(len(vs) for vs in keys._hopeful("ty le ho ngheo").values()) < len(variants) / 10


_WORDS = sorted({w for e in keys._entries() for v in e.variants for w in v.split()})


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(_WORDS) | st.text("abcdeghinostu /", max_size=4), min_size=1, max_size=12)
       .map(" ".join).map(lambda t: " ".join(t.split())).filter(bool))
def test_a_name_of_key_words_keeps_what_scores(text):
    assert _dropped_that_score(text) == []


def _pairs_in_common(a: str, b: str) -> int:
    from collections import Counter
    pa, pb = (Counter(x[i:i + 2] for i in range(len(x) - 1)) for x in (a, b))
    return sum(min(k, pb[p]) for p, k in pa.items())


@settings(max_examples=300, deadline=None)
@given(st.text("abc ", min_size=1, max_size=12), st.text("abc ", min_size=2, max_size=30))
def test_the_pairs_bound_holds_for_any_alignment_and_ratio(v, text):
    """key_bounds' bigram bounds: an alignment of ``v`` in a longer ``text`` scoring ``s`` (over 200/3)
    shares at least m (3 s - 200) / (200 - s) - 1 bigrams with it; a full ratio, (m + n)(3 s / 200 - 1) - 1."""
    pairs, m, n = _pairs_in_common(v, text), len(v), len(text)
    if m < n:
        s = fuzz.partial_ratio(v, text)
        if s > 200 / 3:
            assert pairs >= m * (3 * s - 200) / (200 - s) - 1 - 1e-6
    s = fuzz.ratio(v, text)
    assert pairs >= (m + n) * (3 * s / 200 - 1) - 1 - 1e-6



@pytest.mark.parametrize("name", ["Tòa án nhân dân huyện đã thụ lý", "vải khô một lần giặt", "Thu phí, lệ phí",
                                  "lượt khách ngủ qua đêm", "luân chuyển, bố trí", "xyz"])
def test_a_name_no_variant_can_fit_gets_no_key_as_when_every_variant_is_scored(name):
    """keys._match_text returns at once when the pre-test leaves no variant (about half the names asked
    on the benchmark archive): the key is the one scoring every variant fully gives, None."""
    assert keys._hopeful(keys._clean(name)) == {}, name
    for unit, measure in ((None, None), ("%", "growth"), ("người", "level")):
        assert keys.match_key(name, unit, measure) is None
        assert keys.match_key(name, unit, measure, _prune=False) is None
