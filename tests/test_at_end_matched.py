"""The leftwards patterns of resolve/events.py, resolve/other_figures.py and resolve/unattached_thresholds.py
that end with "\\s*$" are matched where the text before a figure ends (``match``): the same match as a
leftwards ``search`` of the sentence before it, which would go on trying them at every offset."""
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.resolve import events, other_figures, unattached_thresholds
from baocao.resolve.vocabulary import WORDS

_PATTERNS = {name: getattr(module, name) for module, names in (
    (events, ["_VOTE_BEFORE", "_VOTE_NOUN_BEFORE", "_COMMITTEE_BEFORE", "_COMMITTEE_VERB_BEFORE",
              "_AT_THE_EVENT", "_PARTICIPATION_BEFORE"]),
    (other_figures, ["_REWARD_RIGHT_BEFORE", "_WORTH_BEFORE", "_TARGET_LEAD_BEFORE", "_TARGET_RATIO_BEFORE",
                      "_MULTIPLE_BEFORE"]),
    (unattached_thresholds, ["_BOUND_BEFORE", "_NUMBER_BEFORE"]))
    for name in names}
_WORDS = sorted({w.lower() for field in ("vote_verbs", "vote_nouns", "vote_links", "committee_verbs",
                                         "committee_words", "event_sites_leads", "participation_leads",
                                         "reward_words", "worth_words", "target_share_leads", "target_share_not_after",
                                         "multiple_words",
                                         "set_threshold_leads", "set_threshold_verbs", "set_threshold_bounds")
                 for w in getattr(WORDS, field)})
_PIECES = _WORDS + [" ", "  ", "\n", " \n", ",", ".", "x", "với", "là", "tỷ lệ", "gồm", "gồm có", "5%", "ban",
                    "12", "3/5", "xã", "huyện", "nào"]


@pytest.mark.parametrize("name", sorted(_PATTERNS))
def test_each_pattern_is_read_leftwards_and_ends_with_spaces_and_the_end(name):
    pattern = _PATTERNS[name].pattern
    if pattern.startswith("(?:") and pattern.endswith(")|(?!)"):
        pattern = pattern[3:-len(")|(?!)")]    # made by core.rules.compile_at
    assert _PATTERNS[name].flags & regex.REVERSE and pattern.endswith(r"\s*$")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), st.integers(0, 5), st.integers(0, 5))
def test_matched_at_the_end_as_searched(text, cut_start, cut_end):
    a, b = min(cut_start, len(text)), max(min(cut_start, len(text)), len(text) - cut_end)
    for name, p in _PATTERNS.items():
        found, matched = p.search(text, a, b), p.match(text, a, b)
        assert (found and found.span()) == (matched and matched.span()), name
