"""The look for a work's noun before a figure (resolve/unattached_works.py) first finds one of the nouns'
first words in the lower-cased text by str.find, and tries the noun's pattern (any case) only there: the
same answer, since each letter of those words is matched ignoring case only by characters that lower-case
to it (issue 16: on list items of a quantity each, the pattern tried at every character was a sixth of
the job)."""
import regex

from baocao.resolve import unattached_works
from baocao.resolve.unattached_works import WORK_REASON, _FIRST_WORDS, _NOUN_ANYWHERE
from indicator_cases import kept, left_out


def test_every_character_a_first_words_letter_matches_lowercases_to_it():
    letters = sorted(set("".join(_FIRST_WORDS)) - {" "})
    any_of = regex.compile("(?i)[" + "".join(regex.escape(c) for c in letters) + "]")
    wrong = []
    for cp in range(0x110000):
        c = chr(cp)
        if any_of.fullmatch(c):
            wrong += [(c, x) for x in letters if regex.fullmatch("(?i)" + regex.escape(x), c) and c.lower()[:1] != x]
    assert wrong == []


def test_each_nouns_first_word_is_looked_for():
    for form in unattached_works.exact_forms(unattached_works.WORDS.work_nouns):
        assert form.split(" ")[0] in _FIRST_WORDS
        assert _NOUN_ANYWHERE.fullmatch(form.upper()) and _NOUN_ANYWHERE.fullmatch(form)


def test_a_noun_in_capitals_is_found():
    left_out("Năm 2023, hoàn thành TRƯỜNG MẦM NON Hoa Sen, kinh phí 800 triệu đồng.", "800 triệu đồng", WORK_REASON)
    kept("Năm 2023, hoàn thành các trường mầm non, kinh phí 800 triệu đồng.", 800_000_000.0)
