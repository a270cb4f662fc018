"""core.numbers.scan reads the numerals' offsets and next words in batches of match objects: the
same spans and words as one match at a time, whatever the batch size."""
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao.core.numbers import scan
from baocao.document import Document


def _one_at_a_time(text):
    spans, words = [], []
    for m in scan._NUM_NEXT.finditer(text):
        spans.append(m.span())
        words.append((m.group(1) or "").lower())
    return spans, words


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789 .,-/%\nhaHAĐtỷ\u00a0", max_size=60), st.sampled_from([1, 2, 3, 4096]))
def test_the_batches_read_what_one_match_at_a_time_reads(text, batch):
    old = scan._BATCH
    scan._BATCH = batch
    try:
        doc = Document.from_text(text, normalize=False)
        spans, words = _one_at_a_time(text)
        assert list(scan.number_spans(doc)) == spans
        assert scan.next_words(doc) == words
        # one string object per distinct word
        assert len({id(w) for w in scan.next_words(doc)}) == len(set(words))
    finally:
        scan._BATCH = old
