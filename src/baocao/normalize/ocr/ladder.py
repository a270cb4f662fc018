"""The confidence ladder of the OCR repair: every edit carries one of these confidences. At
THRESHOLD (the default of ``NormalizeOptions.threshold``) and above an edit is a fix and applied;
below, a suggestion only. Every fix stands strictly above the threshold and every suggestion below
it (tests/test_ocr_pieces.py), so a threshold raised a little demotes no rule by accident."""
from __future__ import annotations

from baocao.options import OCR_THRESHOLD

#: completes report vocabulary; an official place name after "xã", "huyện" …
VOCABULARY = 0.95
#: a non-syllable completing a dictionary word; an official place name; a confusion of
#: ocr_confusions.tsv in its context; both syllables of a term
DICTIONARY = 0.9
#: a valid syllable with support: a long word, a rare syllable, the document, running text; a
#: three-syllable word's misread neighbour
SUPPORTED = 0.85
#: a non-syllable's likeliest reading without deciding context
GUESS = 0.82
#: at and above it an edit is applied (:data:`baocao.options.OCR_THRESHOLD`)
THRESHOLD = OCR_THRESHOLD
#: a plain dictionary word alone; a repair inside a name
SUGGESTED = 0.6
#: the confidences of the fixes (applied)
FIXES = (VOCABULARY, DICTIONARY, SUPPORTED, GUESS)
#: the confidences of the suggestions (kept, not applied)
SUGGESTIONS = (SUGGESTED,)
