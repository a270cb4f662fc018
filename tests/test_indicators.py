"""Indicators (issue 5): prose statements, summaries, tables, keys, metadata, the frame helpers,
and the measured goals against hand-written expectations (tests/indicators/*.yaml)."""
from pathlib import Path

import pandas as pd
import pytest
import yaml

import baocao
import indicators as goals  # evaluation/indicators.py
from baocao.normalize.lexicon import fold
from baocao.resolve import match_key
from baocao.resolve._rules import load

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"


def _one(text, **kw):
    inds = [i for i in baocao.parse(text).indicators if i.kind == "indicator"]
    assert len(inds) == 1, inds
    return inds[0]


# ---- prose rules, on sentences of the genre that are not in the corpus -----------------------
def test_rate_of_change_with_achievement():
    i = _one("Tỷ lệ hộ nghèo giảm bình quân 4,2%/năm, đạt 105% NQĐH.")
    assert (i.name, i.value, i.unit, i.direction, i.averaging, i.per_year) == (
        "Tỷ lệ hộ nghèo", 4.2, "%", "giảm", "bình quân", True)
    assert (i.achievement_pct, i.achievement_base, i.status, i.key) == (105.0, "NQĐH", "vượt", "poverty_rate")


def test_estimate_and_excess_over_plan():
    i = _one("Năm 2025, sản lượng lương thực ước đạt 45.200 tấn, vượt 3,1% so với kế hoạch.")
    assert (i.framing, i.period, i.value) == ("estimate", "2025", 45200)
    assert (i.achievement_pct, i.achievement_base, i.status) == (pytest.approx(103.1), "kế hoạch", "vượt")


def test_excess_after_a_rate_is_a_margin_over_its_target():
    # after a rate "vượt 3,1%" is 3.1 points over the plan, not 103.1% of it
    i = _one("Năm 2025, độ che phủ rừng ước đạt 45,2%, vượt 3,1% so với kế hoạch.")
    assert (i.framing, i.period, i.value) == ("estimate", "2025", 45.2)
    assert (i.margin, i.achievement_pct, i.status) == (pytest.approx(3.1), None, "vượt")


def test_level_change_and_base_year():
    i = _one("Giá trị sản xuất ngành dịch vụ đạt 820 tỷ đồng, tăng 150 tỷ đồng so với năm 2020.")
    assert (i.value, i.unit, i.change, i.direction, i.change_base) == (820e9, "VND", 150e9, "tăng", "năm 2020")
    assert len(i.figures) == 2 and i.framing == "actual"


def test_name_after_the_figure_and_count_unit():
    r = baocao.parse("Toàn huyện có 95% hộ gia đình được sử dụng điện lưới quốc gia; có 6 xã đạt chuẩn "
                     "nông thôn mới.")
    got = [(i.name, i.value, i.unit, i.key) for i in r.indicators]
    assert got == [("hộ gia đình được sử dụng điện lưới quốc gia", 95.0, "%", "electrified_households"),
                   ("xã đạt chuẩn nông thôn mới", 6.0, "xã", "ntm_communes")]


def test_name_after_an_aside_that_follows_the_figure():
    # "chăm sóc" is part of what the figure measures (naming_actions): the area tended, not the tea's area
    r = baocao.parse("Toàn huyện đã chăm sóc 1.200 ha (trong đó trồng mới 150 ha) cây chè, đạt 110% kế hoạch.")
    i = r.indicators[0]
    assert (i.name, i.value, i.unit, i.achievement_pct) == ("chăm sóc cây chè", 1200.0, "ha", 110.0)
    assert r.original[i.name_start:].startswith("chăm sóc 1.200 ha (trong đó trồng mới 150 ha) cây chè")


def test_phrase_before_a_colon_names_the_figures_after_it():
    i = _one("Lĩnh vực Hộ tịch: 1.204/1.250 trường hợp, đạt 96,32%.")
    assert (i.name, i.value, i.unit) == ("Lĩnh vực Hộ tịch", 1204.0, "trường hợp")


def test_second_level_repeats_the_name_with_its_own_period():
    r = baocao.parse("Tổng thu ngân sách huyện giai đoạn 2021 - 2025 ước đạt 2.100 tỷ đồng, riêng năm 2025 "
                     "ước đạt 480 tỷ đồng.")
    a, b = r.indicators
    assert (a.name, a.value, a.framing, a.period) == ("Tổng thu ngân sách huyện", 2.1e12, "estimate", "2021-2025")
    assert (b.name, b.value, b.period, b.framing, b.rule) == (a.name, 480e9, "2025", "estimate",
                                                            "indicator.prose+inherited_name")


def test_targets_from_a_list_opened_by_a_colon():
    r = baocao.parse("Đại hội đề ra 10 chỉ tiêu chủ yếu, như: tỷ lệ hộ nghèo giảm 3%/năm; độ che phủ rừng "
                     "đạt 40%. Thu nhập bình quân đầu người đạt 50 triệu đồng/người/năm.\n\nNăm 2024 thu "
                     "ngân sách đạt 30 tỷ đồng.")
    s, *inds = r.indicators
    assert (s.kind, s.count, s.framing) == ("indicator_summary", 10.0, "target")
    assert [(i.key, i.framing) for i in inds] == [("poverty_rate", "target"), ("forest_cover", "target"),
                                                  ("income_per_capita", "target"),
                                                  ("budget_revenue", "actual")]


def test_targets_under_a_target_section():
    r = baocao.parse("Phần thứ hai\n\nII- MỤC TIÊU\n\n2. Các chỉ tiêu chủ yếu đến năm 2030\n\n"
                     "(1)- Thu nhập bình quân đầu người đạt 60 triệu đồng/người/năm.\n")
    i = r.indicators[0]
    assert (i.name, i.framing, i.key) == ("Thu nhập bình quân đầu người", "target", "income_per_capita")


@pytest.mark.parametrize("text, count, total, status, threshold", [
    ("Có 18/20 chỉ tiêu đạt và vượt kế hoạch.", 18, 20, "đạt và vượt", None),
    ("Đến nay có 9 chỉ tiêu đạt 100% mục tiêu nghị quyết; 3 chỉ tiêu đạt trên 80%.", 9, None, "đạt", 100),
    ("02 chỉ tiêu không đạt mục tiêu Nghị quyết.", 2, None, "không đạt", None),
])
def test_summaries(text, count, total, status, threshold):
    s = [x for x in baocao.parse(text).indicators if x.kind == "indicator_summary"][0]
    assert (s.count, s.total, s.status, s.threshold_pct) == (count, total, status, threshold)
    assert not [x for x in baocao.parse(text).indicators if x.kind == "indicator"]


def test_summary_does_not_swallow_the_list_after_its_colon():
    r = baocao.parse("Có 5 chỉ tiêu vượt kế hoạch, đó là: sản lượng lương thực vượt 4,5% so với kế hoạch.")
    s, i = r.indicators
    assert s.kind == "indicator_summary" and s.threshold_pct is None
    assert (i.name, i.achievement_pct) == ("sản lượng lương thực", pytest.approx(104.5))


def test_unattached_figures_say_why():
    r = baocao.parse("Hội nghị đã ban hành 3 nghị quyết và 2 chỉ thị.")
    assert r.indicators == ()
    assert [(u.text, "nghị quyết" in u.reason or "chỉ thị" in u.reason) for u in r.unattached] == [
        ("3 nghị quyết", True), ("2 chỉ thị", True)]


def test_breakdown_footnote_and_original_offsets():
    text = ("Đàn gia cầm đạt 120.500 con, bình quân tăng 3%/năm, đạt 90% NQĐH¹².\n\n"
            "¹² Trong đó: Đàn gà 100.000 con; đàn vịt 20.500 con.\n")
    r = baocao.parse(text)
    first = r.indicators[0]
    assert first.breakdown == 12 and first.key == "poultry_flock" and first.change == 3.0
    assert [(i.name, i.footnote) for i in r.indicators[1:]] == [("Đàn gà", 12), ("đàn vịt", 12)]
    for i in r.indicators:
        assert text[i.start:i.end] == i.text
        assert all(i.start <= a < b <= i.end for a, b in i.figures)


@pytest.mark.parametrize("text, name", [
    # folded, "số" would be the filler "so", "tư" (đầu tư) the filler "từ", "Cơ" the filler "có"
    ("Tỷ lệ tăng dân số hằng năm 1,2%, đạt 95% kế hoạch.", "Tỷ lệ tăng dân số hằng năm"),
    ("Năm 2024, tổng vốn đầu tư 95 tỷ đồng.", "tổng vốn đầu tư"),
    ("Cơ cấu ngành dịch vụ chiếm 45%.", "Cơ cấu ngành dịch vụ"),
    # "hằng năm" before a verb is a time adverb; after a noun it qualifies the indicator
    ("Hằng năm, tổng đàn gia súc đạt 30.000 con.", "tổng đàn gia súc"),
])
def test_fillers_are_matched_with_their_diacritics(text, name):
    assert _one(text).name == name


@pytest.mark.parametrize("text, name, averaging", [
    ("Sản lượng lúa bình quân đạt 5.200 tấn/năm.", "Sản lượng lúa", "bình quân"),
    ("Tổng đàn gia cầm hằng năm tăng 4%/năm.", "Tổng đàn gia cầm", None),
    ("Hằng năm kết nạp trung bình 40 đảng viên mới.", "kết nạp đảng viên mới", "trung bình"),
    ("Giá trị sản xuất ngành công nghiệp bình quân tăng 9,5%/năm.", "Giá trị sản xuất ngành công nghiệp",
     "bình quân"),
    # not yearly (per person per year): "bình quân" is the name's
    ("Thu nhập bình quân đạt 45 triệu đồng/người/năm.", "Thu nhập bình quân", "bình quân"),
])
def test_averaging_before_a_yearly_figure_is_not_the_name(text, name, averaging):
    i = _one(text)
    assert (i.name, i.averaging) == (name, averaging)


def test_offsets_are_original_in_nfd_text():
    import unicodedata

    text = unicodedata.normalize("NFD", "Tỷ lệ lao động qua đào tạo đạt 26,8%, đạt 58,8% NQĐH.")
    i = _one(text)
    assert text[i.start:i.end] == i.text and i.value == 26.8 and i.achievement_pct == 58.8
    # the name is read from the clean (NFC) text; its offset is the original's
    assert i.name == "Tỷ lệ lao động qua đào tạo" and i.name_start == 0
    assert [text[a:b] for a, b in i.figures] == [unicodedata.normalize("NFD", "26,8%"), "58,8%"]


def test_a_statement_cut_by_a_page_break_is_one_statement():
    text = ("Tỷ lệ hộ gia đình được công nhận gia đình\n\nvăn hóa đạt 86,5%, vượt 1,5% so với kế hoạch.\n\n"
            "Năm 2024, sản lượng lương thực có hạt\n\nđạt 12.500 tấn, đạt 104% kế hoạch.")
    a, b = baocao.parse(text).indicators
    assert (a.name, a.value, a.margin) == ("Tỷ lệ hộ gia đình được công nhận gia đình văn hóa", 86.5,
                                           pytest.approx(1.5))
    assert a.name_start == 0 and "\n\n" in a.text and text[a.start:a.end] == a.text
    assert (b.name, b.value, b.achievement_pct, b.period) == ("sản lượng lương thực có hạt", 12500.0, 104.0, "2024")
    assert text[b.name_start:].startswith("sản lượng lương thực có hạt\n\nđạt")


# ---- keys ------------------------------------------------------------------------------------
def _apart(a, b):
    return bool(a and b and not set(a) & set(b))


def _shared(k, v):
    """Other entries listing the same variant (after cleaning; a growth entry reads its level twin's
    names too, keys._level_twin): a measure or a unit tells them apart."""
    from baocao.resolve.keys import _clean, _level_twin

    def names(o):
        twin = _level_twin(o.key, o.measures)
        return {_clean(x) for x in o.variants + (twin.variants if twin is not None else [])}

    return [o for o in load("indicator_keys").keys if o.key != k.key and _clean(v) in names(o)]


@pytest.mark.slow
def test_every_key_entry_matches_its_own_variants():
    growth_units = set(load("indicator_keys").growth_units)
    for k in load("indicator_keys").keys:
        for unit in (k.units or [None]):
            for v in k.variants:
                # an entry for an amount a level rises by (a growth in the level's own units,
                # income_per_capita_increase) is keyed only with its measure known
                amount = k.measures == ["growth"] and k.units is not None and not set(k.units) & growth_units
                for m in (k.measures or [None]):
                    # a growth in an amount (not in a growth unit) is keyed by no other entry
                    want = (None if m == "growth" and unit is not None and unit not in growth_units
                            and not amount else k.key)
                    assert match_key(v, unit, m) == want, (k.key, v, unit, m)
                if amount:
                    continue
                # with the measure unknown: its key, or none where an entry of another measure (or, with
                # the unit unknown too, of another unit) lists it too
                got = match_key(v, unit)
                assert got == k.key or (got is None and any(
                    (unit is None or o.units is None or unit in o.units)
                    and (_apart(o.measures, k.measures) or (unit is None and _apart(o.units, k.units)))
                    for o in _shared(k, v))), (k.key, v, unit, got)


def test_keys_keep_level_growth_and_structure_apart():
    grdp = "Tổng sản phẩm trên địa bàn (GRDP)"
    assert match_key(grdp, "VND", "level") == "grdp"
    assert match_key(grdp, "%", "growth") == "grdp_growth"
    assert match_key(grdp, None) is None                     # a level or a growth? no guess
    assert match_key(grdp, "%") == "grdp_growth"              # the unit tells: no level of GRDP is in %
    assert match_key(grdp, "%", "share") is None              # nothing of the kind
    assert match_key("GRDP tỉnh Đồng Nai", "%", "growth") == "grdp_growth"  # the place is not the indicator
    assert match_key("tốc độ tăng trưởng GRDP", "%") == "grdp_growth"     # the name says its measure
    agri = "Nông, lâm nghiệp và thuỷ sản"
    assert match_key(agri, "%", "growth") == "grdp_growth_agriculture"
    assert match_key(agri, "%", "share") == "economic_structure_agriculture"
    assert match_key(agri, "%") == "economic_structure_agriculture"     # as the reports read first write it
    assert match_key("Dịch vụ", "%", "growth") == "grdp_growth_services"
    assert match_key("Dịch vụ", "%") is None
    assert match_key("doanh thu dịch vụ", "%", "growth") is None         # a revenue, not the sector
    assert match_key("Chỉ số giá tiêu dùng bình quân", "%", "level") == "cpi_index"
    assert match_key("Chỉ số giá tiêu dùng bình quân", "%", "growth") == "cpi_growth"
    assert match_key("Thu ngân sách", "%", "growth") == "budget_revenue_growth"
    assert match_key("Thu ngân sách", "VND", "growth") is None
    with pytest.raises(ValueError):
        match_key("GRDP", "%", "tăng")


def test_keys_never_take_a_neighbour_by_its_first_letters():
    # a variant fits inside a name only as whole words
    assert match_key("sản lượng thu hoạch", "tấn", "level") is None          # of which crop?
    assert match_key("diện tích chăm sóc lúa lần 1", "ha", "level") is None
    assert match_key("sản lượng lúa vụ mùa", "tấn", "level") == "rice_output"
    # the same crop word for an area, an output or a yield: the unit decides, or nothing
    assert [match_key("ngô", u, "level") for u in ("ha", "tấn", "tạ/ha", None)] == [
        "maize_planted_area", "maize_output", "maize_yield", None]
    # a sector of the economy is no FDI attracted, a parenthesis that leaves out is kept
    assert match_key("khu vực kinh tế có vốn đầu tư trực tiếp nước ngoài", "USD", "level") is None
    assert match_key("chỉ số công nghiệp (trừ dầu thô và khí đốt)", "%", "growth") == "iip_excl_oil_gas_growth"
    assert match_key("tổng sản phẩm trên địa bàn (GRDP) trừ dầu khí", "%", "growth") == "grdp_excl_oil_gas_growth"


@pytest.mark.slow
def test_key_pruning_gives_the_full_scoring_answer():
    """score_cutoff only skips work: every variant and every dev gold name (and the name cut short, a near
    miss) gets the answer of scoring every candidate fully, with the measure known and unknown."""
    import keys as key_goals  # evaluation/keys.py

    cases = [(v, (k.units or [None])[0], m) for k in load("indicator_keys").keys for v in k.variants
             for m in {None, *(k.measures or ["level"])}]
    for _, e in key_goals.statements("dev"):
        for name in (e["name"], e["name"][:-3]):
            cases += [(name, e.get("unit"), e.get("measure")), (name, None, None)]
    for name, unit, m in cases:
        assert match_key(name, unit, m) == match_key(name, unit, m, _prune=False), (name, unit, m)


def test_dev_gold_keys():
    """The measured goal of issue 17 (keys) on the development half, from the gold's name, unit and measure:
    >= 0.85 of the statements keyed right and no key other than the gold's."""
    import keys as key_goals  # evaluation/keys.py

    r = key_goals.score_keys("dev")
    assert r["right"] >= 0.85 and not r["wrong"], r


def test_keys_never_guess():
    assert match_key("Số lượt khách du lịch", None) is None
    assert match_key("tỷ lệ hộ cận nghèo", "%") == "near_poverty_rate"
    assert match_key("Tỷ lệ hộ nghèo", "hộ") is None          # a count of households is not the rate
    assert match_key("Thu nhập hồ sơ", None) is None


def test_key_file_validation_catches_a_shared_variant(tmp_path):
    from baocao.resolve._rules import KeysFile

    with pytest.raises(Exception, match="listed under"):
        KeysFile.model_validate({"keys": [{"key": "a", "gloss": "", "variants": ["tỷ lệ hộ nghèo"]},
                                          {"key": "b", "gloss": "", "variants": ["TỶ LỆ HỘ NGHÈO"]}]})


# ---- tables ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def report004():
    path = next(CORPUS.glob("004_*.txt"))
    return baocao.parse(path.read_text(encoding="utf-8"), doc=str(path))


def test_table_rows_become_indicators(report004):
    tab = [i for i in report004.indicators if getattr(i, "source", None) == "table"]
    cover = [i for i in tab if i.name == "Độ che phủ rừng"]
    assert [(i.framing, i.period, i.value, i.target, i.achievement_pct, i.key) for i in cover] == [
        ("target", None, 34.0, None, None, "forest_cover"),
        ("estimate", "2024", 34.11, 34.0, None, "forest_cover"),
        ("estimate", "2025", 34.39, 34.0, 101.15, "forest_cover"),
        ("target", "2030", 36.3, None, None, "forest_cover")]
    ntm = [i for i in tab if i.name == "Xã đạt chuẩn NTM nâng cao" and i.period == "2025"]
    assert ntm[0].status == "không đạt"
    for i in tab:
        assert report004.original[i.start:i.end] == i.text


def test_every_value_cell_of_the_table_is_an_indicator(report004):
    cells = [c for c in report004.tables[0].cells if c.value is not None and "So sánh" not in c.column]
    tab = [i for i in report004.indicators if getattr(i, "source", None) == "table"]
    assert len(tab) == len(cells)


def test_table_keys(report004):
    want = {"Nông, lâm nghiệp và thủy sản": "economic_structure_agriculture",
            "Thu nhập bình quân đầu người (triệu đồng/người/năm)": "income_per_capita",
            "Tổng đàn gia súc hằng năm": "livestock_herd", "Tỷ lệ lao động qua đào tạo": "trained_labour_share",
            "Tỷ lệ bác sỹ/vạn dân": "doctors_per_10000", "Kết nạp đảng viên mới": "new_party_members"}
    got = {i.name: i.key for i in report004.indicators if getattr(i, "source", None) == "table" and i.name in want}
    assert {k: got.get(k) for k in want if k in got} == {k: v for k, v in want.items() if k in got}
    assert len(got) >= 5


# ---- metadata --------------------------------------------------------------------------------
@pytest.mark.parametrize("name, want", yaml.safe_load(
    (ROOT / "tests" / "indicators" / "metadata_expected.yaml").read_text(encoding="utf-8")).items())
def test_metadata_of_the_corpus(name, want):
    m = baocao.parse((CORPUS / name).read_text(encoding="utf-8")).meta
    got = dict(province=m.locality.province, district=m.locality.district, commune=m.locality.commune,
               report_type=m.report_type, date=[m.day, m.month, m.year], term=list(m.term) if m.term else None)
    assert got == want


def test_metadata_on_other_text():
    m = baocao.parse("Đảng bộ xã Búng Lao, huyện Mường Ảng tổ chức Đại hội nhiệm kỳ 2025 - 2030. "
                     "Huyện Mường Ảng, tỉnh Điện Biên.").meta
    assert (m.locality.district, m.locality.commune, m.report_type, m.term) == (
        "Huyện Mường Ảng", "Xã Búng Lao", "conference_news", (2025, 2030))
    assert baocao.parse("Trời hôm nay nắng.").meta.locality.name is None


# ---- frame helpers ---------------------------------------------------------------------------
def test_indicators_frame_stacks_documents(report004):
    other = baocao.parse((CORPUS / "002_5cefa371d634807f.txt").read_text(encoding="utf-8"), doc="002")
    df = baocao.indicators([report004, other])
    assert list(df.columns) == list(goals_columns())
    assert set(df["district"].dropna()) == {"Huyện Mường Ảng", "Huyện Phong Thổ"}
    assert baocao.indicators(df).equals(df)
    with pytest.raises(ValueError):
        baocao.indicators(df.drop(columns=["key"]))


def _archive(tmp_path):
    """A folder as users have them: a UTF-8 report, a Windows-1258 one in a subfolder, a CSV of
    texts, and files that cannot be read."""
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Huyện Tân Uyên. Tỷ lệ hộ nghèo giảm bình quân 3,8%/năm, "
                                    "đạt 102% NQĐH.\n", encoding="utf-8")
    from baocao.normalize.encodings import encode

    (tmp_path / "sub" / "b.txt").write_bytes(
        encode("Độ che phủ rừng ước đạt 41,2%, đạt 98% kế hoạch.\n", "cp1258"))
    (tmp_path / "rows.csv").write_text("id,body\nx1,Tỷ lệ trường đạt chuẩn quốc gia đạt 75%.\n",
                                       encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.7\n\x00\x01\x02binary")
    return tmp_path


def test_indicators_of_a_folder_reads_every_format_and_names_what_it_left_out(tmp_path):
    folder = _archive(tmp_path)
    with pytest.warns(baocao.ReadWarning, match=r"baocao.indicators: 2 of 5 documents left out"):
        df = baocao.indicators(str(folder), text_column="body", id_column="id")
    got = sorted(zip(df["doc"].str.replace(str(folder), "", regex=False), df["value"]))
    assert got == [("/a.txt", 3.8), ("/sub/b.txt", 41.2), ("x1", 75.0)]
    assert sorted((e["doc"].rsplit("/", 1)[-1], e["error"]) for e in df.attrs["errors"]) == [
        ("empty.txt", "EmptyFile"), ("scan.txt", "BinaryFile")]


def test_indicators_error_policies(tmp_path):
    folder = _archive(tmp_path)
    report = baocao.parse("Độ che phủ rừng đạt 40%.", doc="r")
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")   # "skip" is silent
        df = baocao.indicators([report, str(folder / "empty.txt")], errors="skip")
    assert df["doc"].tolist() == ["r"] and df.attrs["errors"][0]["error"] == "EmptyFile"
    with pytest.raises(baocao.ReadError, match="empty.txt: empty file"):
        baocao.indicators([str(folder / "a.txt"), str(folder / "empty.txt")], errors="raise")
    with pytest.raises(ValueError, match="errors must be one of"):
        baocao.indicators(report, errors="ignore")
    with pytest.raises(TypeError, match="got int"):
        baocao.indicators([report, 5])
    with pytest.warns(baocao.ReadWarning, match="no such file"):
        assert baocao.indicators(str(folder / "missing.txt")).empty

def goals_columns():
    from baocao.analysis import INDICATOR_COLUMNS

    return INDICATOR_COLUMNS


def test_compare_fills_targets_from_target_records():
    r = baocao.parse("Phấn đấu đến năm 2025 độ che phủ rừng đạt 40%. Năm 2025, độ che phủ rừng đạt 38%. "
                     "Năm 2024, độ che phủ rừng đạt 37%.")
    c = baocao.compare(r)
    rows = [[None if pd.isna(v) else v for v in row] for row in c[["key", "period", "target", "value"]].values.tolist()]
    assert rows == [["forest_cover", "2025", 40.0, 38.0], ["forest_cover", "2024", None, 37.0]]
    assert c["achievement"].round(1).tolist()[0] == 95.0 and not c["achievement_stated"].any()


@pytest.mark.slow
def test_plot_draws_target_vs_achieved(report004, tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    ax = baocao.plot(report004)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "forest_cover (%)" in labels and len(ax.patches) == len(labels)
    ax.figure.savefig(tmp_path / "p.png")
    assert (tmp_path / "p.png").stat().st_size > 1000


def test_plot_draws_on_an_axes_of_a_subfigure(report004):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure = plt.figure()
    ax = figure.subfigures(1, 2)[0].subplots()   # a SubFigure has no tight_layout of its own
    try:
        assert baocao.plot(report004, ax=ax) is ax
        assert "forest_cover (%)" in [t.get_text() for t in ax.get_yticklabels()]
    finally:
        plt.close(figure)


# ---- measured goals (issue 5) ----------------------------------------------------------------
@pytest.fixture(scope="module")
def report_scores():
    return goals.score_report()


def test_expectations_cover_enough_statements(report_scores):
    assert report_scores["statements"] >= 60


def test_goal_statements_all_fields_85(report_scores):
    assert report_scores["correct"] >= 0.85


def test_floor_statements_all_fields(report_scores):
    # measured 86.1% (87 of 101): no slipping back. Session 39's second reading of the gold removed one
    # statement (one plant's cost, unattached by docs/records.md): 100 statements, measured 90.0% (90 of 100)
    assert report_scores["correct"] >= 0.86


def test_goal_keys_70(report_scores):
    assert report_scores["key"] >= 0.70


def test_news_every_figure_accounted_for():
    n = goals.score_news()
    assert n["all_accounted"]
    assert n["right"] >= 0.80          # measured 80.0% of 85 figures as a reader attaches them


def test_unattached_reasons_are_never_empty():
    for f in sorted(CORPUS.glob("*.txt")):
        r = baocao.parse(f.read_text(encoding="utf-8"))
        assert all(u.reason for u in r.unattached)
        assert fold("x") == "x"


def test_a_place_at_the_end_of_a_name_is_optional_in_the_evaluation():
    # docs/records.md leaves the document's place out of a name; the gold writes it in some names only
    assert goals.names_match("GRDP tỉnh Đồng Nai", "GRDP")
    assert goals.names_match("kim ngạch xuất khẩu của tỉnh", "kim ngạch xuất khẩu")
    assert goals.names_match("tổng đàn gia súc", "tổng đàn gia súc trên địa bàn tỉnh")
    assert goals.names_match("tốc độ tăng trưởng kinh tế quận Ô Môn", "tốc độ tăng trưởng kinh tế")
    # a level of government is no place; and the place never makes two different names equal
    assert not goals.names_match("chi ngân sách cấp tỉnh", "chi ngân sách")
    assert goals.names_match("tỷ lệ hộ nghèo ở xã Ea Kiết", "tỷ lệ hộ nghèo")
    assert goals.names_match("thu nhập bình quân đầu người của xã Tân Hưng", "thu nhập bình quân đầu người")
    assert not goals.names_match("số xã đạt chuẩn", "số")
    assert not goals.names_match("tổng số xã", "tổng số")
    assert not goals.names_match("số xã NTM", "số")      # an abbreviation in capitals is no commune's proper name
    assert goals.names_match("số hộ nghèo của xã Bờ Y", "số hộ nghèo")
    assert not goals.names_match("GRDP tỉnh Đồng Nai", "thu ngân sách tỉnh Đồng Nai")
