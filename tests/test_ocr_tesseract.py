"""The realistic OCR benchmark (evaluation/ocr_tesseract.py): its syllable alignment and counts on
texts whose errors are known, and one short page really rendered and read by Tesseract (skipped
where Tesseract is not installed, as the PDF tests are; CI installs it). The benchmark's figures
are ``python evaluation/ocr_tesseract.py``."""
from __future__ import annotations

import os
import shutil

import pytest

import ocr_tesseract as bench   # evaluation/ocr_tesseract.py (evaluation/ is on sys.path)

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("CI"),
                                     reason="Tesseract is not installed (.ci/run installs it)")

CLEAN = "Thị trấn Mường Ảng, hoà bình của tỉnh; phát triển kinh tế xã hội"


def test_a_text_aligned_with_itself_has_no_error():
    for _, text in bench.pages(3):
        syl = bench.syllables(text)
        a = bench.align(syl, syl)
        assert len(syl) > 100
        assert a.count(bench.RIGHT) == len(syl) and a.inserted == 0
        assert a.got == syl


def test_diacritic_and_other_errors_told_apart():
    read = "Thị trần Mường Ang, hòa bình thêm của tinh; phat triên kính tẽ xã"
    a = bench.align(bench.syllables(CLEAN), bench.syllables(read))
    got = dict(zip(bench.syllables(CLEAN), zip(a.status, a.got)))
    assert got["trấn"] == (bench.DIACRITIC, "trần")
    assert got["Ảng"] == (bench.DIACRITIC, "Ang")
    assert got["tỉnh"] == (bench.DIACRITIC, "tinh")
    assert got["tế"] == (bench.DIACRITIC, "tẽ")
    assert got["hoà"] == (bench.RIGHT, "hòa")          # tone placement is no error
    assert got["hội"] == (bench.OTHER, None)            # lost
    assert a.inserted == 1                              # "thêm"
    assert (a.count(bench.RIGHT), a.count(bench.DIACRITIC), a.count(bench.OTHER)) == (6, 7, 1)


def test_letters_changed_are_other_errors_and_case_is_not_an_error():
    a = bench.align(bench.syllables("năm 2024 tăng trưởng"), bench.syllables("NĂM 2024 lăng truong"))
    assert a.status == [bench.RIGHT, bench.OTHER, bench.DIACRITIC]
    assert a.got == ["NĂM", "lăng", "truong"]


def test_bare_and_same():
    assert bench.bare("Đường") == bench.bare("duong") == "duong"
    assert bench.same("Thuỷ", "thủy") and bench.same("hoà", "HÒA")
    assert not bench.same("trấn", "trần") and not bench.same("đá", "da")


def test_report_of_a_page_read_right_and_of_a_page_with_slips():
    right = bench.measure_page("right", CLEAN, CLEAN)
    rep = bench.Report()
    rep.add(right)
    assert (rep.syllables, rep.right, rep.diacritic, rep.other) == (14, 14, 0, 0)
    assert rep.false_repairs == rep.false_also_on_clean    # nothing the reading did

    slips = bench.measure_page("slips", CLEAN, CLEAN.replace("trấn", "trần").replace("hội", "hôi"))
    rep = bench.Report()
    rep.add(slips)
    assert (rep.syllables, rep.diacritic, rep.other) == (14, 2, 0)
    assert rep.diacritic_pairs == {("trấn", "trần"): 1, ("hội", "hôi"): 1}
    assert rep.diacritic_repaired + len(rep.missed_pairs) == 2
    assert rep.errors_after == 2 - rep.diacritic_repaired + rep.false_repairs
    assert set(bench.Report().as_dict()) >= {
        "syllables", "right", "diacritic", "other", "diacritic_repaired", "false_repairs",
        "repaired_share", "false_per_10k"}


def test_pages_are_real_text_cut_at_a_line_or_sentence():
    got = bench.pages(4, size=800)
    assert len(got) == 4 and len({name for name, _ in got}) == 4
    for name, text in got:
        assert 200 < len(text) <= 800
        source = next(p for p in bench.sources() if p.stem == name).read_text(encoding="utf-8")
        assert all(line in source for line in text.split("\n"))


@needs_tesseract
def test_one_short_page_read_by_tesseract(tmp_path):
    rep, results = bench.run(1, 300, "sans", cache=tmp_path, jobs=1, size=700)
    (page,) = results
    assert rep.pages == 1 and rep.syllables == len(page.clean) > 80
    assert rep.right + rep.diacritic + rep.other == rep.syllables
    # a clean render at 300 dpi is read nearly right; the counts of the report agree
    assert rep.right / rep.syllables > 0.9
    assert rep.diacritic_repaired <= rep.diacritic
    assert sum(rep.diacritic_pairs.values()) == rep.diacritic
    assert sum(rep.other_pairs.values()) == rep.other
    cached = list(tmp_path.glob("*.txt"))
    assert len(cached) == 1 and bench.syllables(cached[0].read_text(encoding="utf-8"))
    again, _ = bench.run(1, 300, "sans", cache=tmp_path, jobs=1, size=700)
    assert again.as_dict() == rep.as_dict()
