"""baocao.resolve.tagger gives underthesea's pos_tag answers: the same features, the same tags."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from underthesea import pos_tag, word_tokenize
from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

from baocao.resolve import tagger

CORPUS = Path(__file__).parent / "corpus"


def _corpus_phrases(n_per_document: int = 30) -> list[str]:
    """Runs of 1 to 24 words of the seed documents, as written (capitals, digits, punctuation)."""
    rng = random.Random(21)
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        words = path.read_text(encoding="utf-8").split()
        for _ in range(n_per_document):
            i = rng.randrange(len(words))
            out.append(" ".join(words[i:i + rng.randrange(1, 25)]))
    return out


def _underthesea_features(words: list[str]) -> list[list[str]]:
    predictor = CRFPOSTagPredictor.Instance()
    return predictor.transformer.transform([[(w, "X") for w in words]])[0][0]


@pytest.mark.slow
def test_the_tags_of_corpus_phrases_are_pos_tags():
    phrases = _corpus_phrases()
    assert len(phrases) > 100
    for phrase in phrases:
        assert tagger.tags(phrase) == list(pos_tag(phrase)), phrase


def test_the_features_are_underthesea_s():
    model = tagger._model()
    assert model is not None
    for phrase in _corpus_phrases(5) + ["Tổng sản phẩm trên địa bàn (GRDP)", "HÀ NỘI", "a"]:
        words = word_tokenize(phrase)
        assert tagger.features(words, model.templates, model.apply) == _underthesea_features(words)


_PIECES = ["tăng", "Tổng", "sản phẩm", "GRDP", "2024", "7,2%", ",", "(", ")", "chăm sóc", "kết nạp",
           "Đảng", "viên", "mới", "cây", "cà phê", "ha", "HỘ", "nghèo", "-", "và", "Việt Nam", "  "]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=12).map(" ".join))
def test_any_phrase_is_tagged_as_pos_tag_tags_it(phrase):
    assert tagger.tags(phrase) == list(pos_tag(phrase))
