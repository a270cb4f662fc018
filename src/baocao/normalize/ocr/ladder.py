"""The confidence ladder of the OCR repair: every edit carries one of these confidences. At
THRESHOLD (the default of ``NormalizeOptions.threshold``) and above an edit is a fix and applied;
below, a suggestion only. Every fix stands strictly above the threshold and every suggestion below
it (tests/test_ocr_pieces.py), so a threshold raised a little demotes no rule by accident."""
from __future__ import annotations

from baocao.options import OCR_THRESHOLD

VOCABULARY = 0.95   # completes report vocabulary; an official place name after "xã", "huyện" …
DICTIONARY = 0.9    # a non-syllable completing a dictionary word; an official place name; a
                    # confusion of ocr_confusions.tsv in its context; both syllables of a term
SUPPORTED = 0.85    # a valid syllable with support: a long word, a rare syllable, the document,
                    # running text; a three-syllable word's misread neighbour
GUESS = 0.82        # a non-syllable's likeliest reading without deciding context
THRESHOLD = OCR_THRESHOLD
SUGGESTED = 0.6     # a plain dictionary word alone; a repair inside a name
FIXES = (VOCABULARY, DICTIONARY, SUPPORTED, GUESS)
SUGGESTIONS = (SUGGESTED,)
