"""The one Vietnamese number parser every layer uses (the extractors, tables, statements).

- :mod:`~baocao.core.numbers.numerals`: a numeral's shape (:data:`NUM`) and value
  (:func:`parse_number`, :func:`infer_style` for a table column, :func:`scaled`);
- :mod:`~baocao.core.numbers.words`: the words around a number: scale words, qualifiers, signs, the
  words that make it a label (``core/data/numbers.yaml``, read by
  :mod:`~baocao.core.numbers.vocabulary`);
- :mod:`~baocao.core.numbers.scan`: where a document's numerals stand, and patterns tried only there;
- :mod:`~baocao.core.numbers.amounts`: the shared "qualifier + number (+ range) + scale + unit +
  per-tail" pattern that percentages, money and quantities are made of, and its reading.
"""
from baocao.core.numbers.amounts import (PER_MAX, Amount, AmountPattern, amount_pattern,
                                         amounts_after, find_amounts, read_amount)
from baocao.core.numbers.numerals import NUM, NUM_RE, Reading, Style, infer_style, parse_number, scaled
from baocao.core.numbers.scan import (Scanned, WINDOW, first_chars, first_words, match_near,
                                      matches_at_numbers, matches_before_words, matches_reaching, next_words,
                                      number_spans, starts_reaching, word_ends)
from baocao.core.numbers.words import (CLAUSE, NEGATION_FLIPS, QUALIFIER, QUALIFIERS, SCALE,
                                       SCALE_FACTORS, Prefix, blocked_before, cue_before,
                                       minus_sign_is_sign, prefix_before, qualifier_of, read_prefix,
                                       scale_factor, speaks_for)

__all__ = [
    "CLAUSE", "NEGATION_FLIPS", "NUM", "NUM_RE", "PER_MAX", "QUALIFIER", "QUALIFIERS", "SCALE",
    "SCALE_FACTORS", "WINDOW", "Amount", "AmountPattern", "Prefix", "Reading", "Scanned", "Style",
    "amount_pattern", "amounts_after", "blocked_before", "cue_before", "find_amounts",
    "first_chars", "first_words", "infer_style", "match_near", "matches_at_numbers", "matches_before_words",
    "matches_reaching", "minus_sign_is_sign", "next_words", "number_spans", "parse_number",
    "prefix_before", "qualifier_of", "read_amount", "read_prefix", "scale_factor", "scaled",
    "speaks_for", "starts_reaching", "word_ends",
]
