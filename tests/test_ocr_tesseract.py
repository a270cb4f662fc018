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
    assert rep.false_repairs == rep.set_aside == 0 and rep.errors_after == 0

    slips = bench.measure_page("slips", CLEAN, CLEAN.replace("trấn", "trần").replace("hội", "hôi"))
    rep = bench.Report()
    rep.add(slips)
    assert (rep.syllables, rep.diacritic, rep.other) == (14, 2, 0)
    assert rep.diacritic_pairs == {("trấn", "trần"): 1, ("hội", "hôi"): 1}
    assert rep.diacritic_repaired + len(rep.missed_pairs) == 2
    assert rep.errors_after == 2 - rep.diacritic_repaired + rep.false_repairs
    assert set(bench.Report().as_dict()) >= {
        "syllables", "right", "diacritic", "other", "diacritic_repaired", "false_repairs", "set_aside",
        "repaired_share", "false_per_10k"}


def test_pages_are_real_text_cut_at_a_line_or_sentence():
    got = bench.pages(4, size=800)
    assert len(got) == 4 and len({name for name, _ in got}) == 4
    for name, text in got:
        assert 200 < len(text) <= 800
        source = next(p for p in bench.sources() if p.stem == name).read_text(encoding="utf-8")
        assert all(line in source for line in text.split("\n"))


@needs_tesseract
@pytest.mark.slow
def test_one_short_page_read_by_tesseract(tmp_path):
    rep, results = bench.run(1, 300, "sans", cache=tmp_path, jobs=1, size=700)
    (page,) = results
    assert rep.pages == 1 and rep.syllables + rep.set_aside == len(page.clean) > 80
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


def test_syllables_the_repair_changes_in_the_clean_text_are_set_aside():
    # "phẫm" is a slip of the source: a reading of "phẩm" is no error of the reading
    clean = "Tổng sản phẫm trong tỉnh tăng 5,2% so với cùng kỳ năm trước"
    page = bench.measure_page("slip", clean, clean.replace("phẫm", "phẩm"))
    rep = bench.Report()
    rep.add(page)
    if page.self_changed:
        assert rep.set_aside == len(page.self_changed) and ("phẫm", "phẩm") in rep.set_aside_pairs
        assert rep.diacritic == 0
    else:   # the repair leaves the slip: the reading differs from the source by a diacritic
        assert rep.diacritic == 1
    assert rep.syllables + rep.set_aside == len(bench.syllables(clean))
