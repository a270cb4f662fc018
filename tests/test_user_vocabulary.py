"""A user vocabulary (docs/vocabulary.md): units, scale words, indicator keys and places added from
a YAML file or folder, by argument, by the command line and by the environment; validated like the
bundled files, once; the bundled rules unchanged without one."""
import json
import pickle
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import baocao
from baocao import ExtractOptions, VocabularyError, load_vocabulary
from baocao.cli import main
from baocao.core.vocabulary import ENVIRONMENT, rule_module

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "docs" / "examples" / "vocabulary.yaml"
TEXT = ("BÁO CÁO\nHuyện Mường Xoan tổ chức tổng kết năm 2024. Năm 2024, diện tích cây mắc ca "
        "đạt 1.250 ha. Toàn huyện có 320 sào lúa, 45 lồng bè và 3 chục tấn cá.")


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch):
    monkeypatch.delenv(ENVIRONMENT, raising=False)


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary(EXAMPLE)


def _quantities(records):
    return [(r.text, r.value, r.unit) for r in records if r.kind == "quantity"]


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


# ----- each kind of entry changes what is found ---------------------------------------------------
def test_the_example_changes_every_kind_of_result(vocab):
    plain = baocao.parse(TEXT)
    assert _quantities(plain.records) == [("1.250 ha", 1250.0, "ha")]
    assert [i.key for i in plain.indicators if i.name == "diện tích cây mắc ca"] == [None]
    assert plain.meta.locality.district is None

    report = baocao.parse(TEXT, options=ExtractOptions(vocabulary=vocab))
    assert _quantities(report.records) == [("1.250 ha", 1250.0, "ha"), ("320 sào", 320.0, "sào"),
                                           ("45 lồng bè", 45.0, "lồng bè"),
                                           ("3 chục tấn", 30.0, "tấn")]
    assert [i.key for i in report.indicators if i.name == "diện tích cây mắc ca"] == ["macadamia_area"]
    assert (report.meta.locality.district, report.meta.locality.province) == \
        ("Huyện Mường Xoan", "Tỉnh Hà Tây")
    assert report.vocabulary == vocab
    for r in report.records:
        assert r.text == TEXT[r.start:r.end]


def test_a_new_unit_alias_and_a_count_unit(tmp_path):
    v = load_vocabulary(_write(tmp_path / "v.yaml", """
units:
  measure: [{unit: sào, aliases: [sào Bắc Bộ], gloss: 360 m²}]
  count: [{unit: lồng bè, gloss: cages}]
"""))
    found = baocao.extract("thu hoạch 2 sào Bắc Bộ, âm 3 lồng bè, 12 sào",
                           options=ExtractOptions(vocabulary=v))
    assert _quantities(found) == [("2 sào Bắc Bộ", 2.0, "sào"), ("3 lồng bè", 3.0, "lồng bè"),
                                  ("12 sào", 12.0, "sào")]


def test_a_new_scale_word_multiplies_money_and_quantities(tmp_path):
    v = load_vocabulary(_write(tmp_path / "v.yaml", "scales: [{word: chục, factor: 10}]\n"))
    found = baocao.extract("3 chục tấn cá, thưởng 4 chục đồng", options=ExtractOptions(vocabulary=v))
    assert [(r.kind, r.text, r.value) for r in found] == [("quantity", "3 chục tấn", 30.0),
                                                         ("money", "4 chục đồng", 40.0)]
    assert [(r.kind, r.text) for r in baocao.extract("3 chục tấn cá, thưởng 4 chục đồng")] == []


def test_a_new_indicator_key_is_picked(tmp_path):
    v = load_vocabulary(_write(tmp_path / "v.yaml", """
indicator_keys:
  - key: macadamia_area
    gloss: area planted with macadamia
    variants: [diện tích cây mắc ca]
    units: [ha]
"""))
    text = "Năm 2024, diện tích cây mắc ca đạt 1.250 ha, tăng 12% so với năm 2023."
    keys = [i.key for i in baocao.parse(text, options=ExtractOptions(vocabulary=v)).indicators
            if i.unit == "ha"]
    assert keys == ["macadamia_area"]
    assert [i.key for i in baocao.parse(text).indicators if i.unit == "ha"] == [None]


def test_a_new_province_is_the_home_of_a_report(tmp_path):
    v = load_vocabulary(_write(tmp_path / "v.yaml", "places: [{province: Tỉnh Hà Tây}]\n"))
    text = "BÁO CÁO\nTỉnh Hà Tây tổ chức hội nghị. Tỉnh Hà Tây có 12 huyện."
    report = baocao.parse(text, options=ExtractOptions(vocabulary=v))
    assert rule_module(v, "baocao.resolve.places").home_province(report) == "ha tay"
    import baocao.resolve.places as places

    assert places.home_province(baocao.parse(text)) is None


def test_a_folder_is_read_file_by_file(tmp_path):
    _write(tmp_path / "a.yaml", "scales: [{word: chục, factor: 10}]\n")
    _write(tmp_path / "b.yml", "units: {measure: [{unit: sào, gloss: 360 m²}]}\n")
    _write(tmp_path / "notes.txt", "not read")
    v = load_vocabulary(tmp_path)
    assert _quantities(baocao.extract("3 chục sào", options=ExtractOptions(vocabulary=v))) == \
        [("3 chục sào", 30.0, "sào")]


# ----- the default is unchanged --------------------------------------------------------------------
def test_the_bundled_rules_stay_the_modules_as_imported(vocab):
    import baocao.extract.units as units

    baocao.extract(TEXT, options=ExtractOptions(vocabulary=vocab))   # builds the copy
    assert "sào" not in units.UNITS and sys.modules["baocao.extract.units"] is units
    assert baocao.extract is sys.modules["baocao.extract"]
    assert rule_module(None, "baocao.extract.units") is units
    copy = rule_module(vocab, "baocao.extract.units")
    assert copy is not units and copy.UNITS["sào"] == "sào"
    assert rule_module(load_vocabulary(EXAMPLE), "baocao.extract.units") is copy   # once per vocabulary
    assert _quantities(baocao.extract(TEXT)) == [("1.250 ha", 1250.0, "ha")]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["3", "1.250", "5,5", "chục", "sào", "tấn", "lồng bè", "ha", "triệu",
                                 "đồng", "và", ",", "năm 2024", "Tỉnh", "Hà Tây", "\n"]), max_size=12))
def test_offsets_hold_and_the_default_finds_no_user_word(vocab, words):
    text = " ".join(words)
    with_vocab = baocao.extract(text, options=ExtractOptions(vocabulary=vocab))
    for r in with_vocab:
        assert r.text == text[r.start:r.end]
    for r in baocao.extract(text):
        assert getattr(r, "unit", None) not in ("sào", "lồng bè") and "chục" not in r.text


def test_the_vocabulary_is_plain_data_equal_by_its_entries(vocab, tmp_path):
    again = pickle.loads(pickle.dumps(vocab))
    assert again == vocab and hash(again) == hash(vocab)
    copy = _write(tmp_path / "copy.yaml", EXAMPLE.read_text(encoding="utf-8"))
    assert load_vocabulary(copy) == vocab
    other = load_vocabulary(_write(tmp_path / "o.yaml", "scales: [{word: chục, factor: 10}]\n"))
    assert other != vocab
    with pytest.raises(TypeError, match="load_vocabulary"):
        ExtractOptions(vocabulary=str(EXAMPLE))


# ----- a bad file: one clear error, when it is loaded ----------------------------------------------
@pytest.mark.parametrize("content, message", [
    ("units: [sào\n", r"v\.yaml: not valid YAML"),
    ("", r"v\.yaml: empty"),
    ("# only a comment\n", r"v\.yaml: empty"),
    ("- sào\n", r"v\.yaml: a mapping of sections .* not a list"),
    ("scales: []\nunits: {}\n", r"v\.yaml: no entries"),
    ("unit: [sào]\n", r"v\.yaml: unit: Extra inputs are not permitted"),
    ("scales: [{word: chục, factor: mười}]\n", r"scales\[0\] \(chục\)\.factor: Input should be a valid integer"),
    ("scales: [{word: chục, factor: 10, note: x}]\n", r"scales\[0\] \(chục\)\.note: Extra inputs"),
    ("units: {measure: [{unit: sào}]}\n", r"units\.measure\[0\] \(sào\)\.gloss: Field required"),
    ("scales: {word: chục}\n", r"scales: Input should be a valid list"),
    ("scales: [{word: triệu, factor: 10}]\n", r"scales\[0\] \(triệu\): the scale word 'triệu' is in the bundled"),
    ("scales: [{word: chục, factor: 1}]\n", r"scales\[0\] \(chục\): a scale multiplies"),
    ("units: {count: [{unit: hecta, gloss: x}]}\n", r"units\.count\[0\] \(hecta\): 'hecta' is a spelling of 'ha'"),
    ("units: {measure: [{unit: ha, gloss: another}]}\n", r"the unit 'ha' is in the bundled units already"),
    ("units: {measure: [{unit: sào, aliases: [''], gloss: x}]}\n", r"\(sào\): '' is no word"),
    ("units: {measure: [{unit: 'sào ', gloss: x}]}\n", r"'sào ' is no word"),
    ("units: {count: [{unit: triệu, gloss: x}]}\n", r"'triệu' is a scale word in the bundled scales"),
    ("scales: [{word: ha, factor: 100}]\n", r"'ha' is a spelling of the unit 'ha' in the bundled units"),
    ("indicator_keys: [{key: x, gloss: x, variants: []}]\n", r"indicator_keys\[0\] \(x\): every key needs variants"),
    ("indicator_keys: [{key: Bad Key, gloss: x, variants: [a]}]\n", r"indicator_keys\[0\] \(Bad Key\)\.key: .*not snake_case"),
    ("indicator_keys: [{key: poverty_rate, gloss: x, variants: [a]}]\n", r"the key 'poverty_rate' is a bundled key"),
    ("indicator_keys: [{key: poor, gloss: x, variants: [tỷ lệ hộ nghèo], units: ['%']}]\n",
     r"indicator_keys\[0\] \(poor\): variant 'tỷ lệ hộ nghèo' is listed under poverty_rate and poor"),
    ("places: [{province: Hà Tây}]\n", r"places\[0\] \(Hà Tây\)\.province: .*does not start with"),
    ("places: [{province: Tỉnh Hà Nội}]\n", r"the province 'Tỉnh Hà Nội' is written 'Thành phố Hà Nội'"),
])
def test_a_bad_file_names_itself_the_entry_and_the_fault(tmp_path, content, message):
    path = _write(tmp_path / "v.yaml", content)
    with pytest.raises(VocabularyError, match=message) as info:
        load_vocabulary(path)
    assert isinstance(info.value, ValueError) and str(path) in str(info.value)


def test_an_identical_bundled_entry_is_no_collision(tmp_path):
    v = load_vocabulary(_write(tmp_path / "v.yaml", """
scales: [{word: triệu, factor: 1000000}, {word: chục, factor: 10}]
units: {measure: [{unit: tạ, aliases: [], gloss: quintal (100 kg)}]}
"""))
    assert v.sections["scales"] == [{"word": "chục", "factor": 10}]
    assert v.sections["units"]["measure"] == []


def test_two_user_files_may_not_collide(tmp_path):
    _write(tmp_path / "a.yaml", "scales: [{word: chục, factor: 10}]\n")
    _write(tmp_path / "b.yaml", "scales: [{word: Chục, factor: 12}]\n")
    with pytest.raises(VocabularyError, match=r"b\.yaml: scales\[0\] \(Chục\): .* in .*a\.yaml already"):
        load_vocabulary(tmp_path)


def test_a_missing_path_or_an_empty_folder(tmp_path):
    with pytest.raises(VocabularyError, match="no such file or folder"):
        load_vocabulary(tmp_path / "none.yaml")
    with pytest.raises(VocabularyError, match="no .yaml or .yml file"):
        load_vocabulary(tmp_path)


# ----- given by the environment --------------------------------------------------------------------
def test_the_environment_is_the_default(monkeypatch, tmp_path):
    monkeypatch.setenv(ENVIRONMENT, str(EXAMPLE))
    assert _quantities(baocao.extract("320 sào lúa")) == [("320 sào", 320.0, "sào")]
    assert baocao.parse("320 sào lúa").vocabulary == load_vocabulary(EXAMPLE)
    monkeypatch.setenv(ENVIRONMENT, str(_write(tmp_path / "bad.yaml", "scales: 3\n")))
    with pytest.raises(VocabularyError, match=f"bad.yaml: scales: .*from {ENVIRONMENT}"):
        baocao.extract("320 sào lúa")
    monkeypatch.setenv(ENVIRONMENT, "")
    assert _quantities(baocao.extract("320 sào lúa")) == []


def test_read_takes_a_vocabulary_and_the_environment(monkeypatch, tmp_path, vocab):
    pytest.importorskip("pandas")
    doc = _write(tmp_path / "a.txt", "Toàn huyện có 320 sào lúa.")
    assert baocao.read(doc, vocabulary=vocab)["unit"].tolist() == ["sào"]
    assert baocao.read(doc).empty
    monkeypatch.setenv(ENVIRONMENT, str(EXAMPLE))
    assert baocao.read(doc)["unit"].tolist() == ["sào"]


# ----- the command line ----------------------------------------------------------------------------
def _units(path):
    return [json.loads(line).get("unit") for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_command_line_flag(tmp_path, jobs):
    for i in range(3):
        _write(tmp_path / f"d{i}.txt", f"Toàn huyện có {i + 1}0 sào lúa và 3 chục tấn cá.")
    out = tmp_path / "out.jsonl"
    docs = [str(tmp_path / f"d{i}.txt") for i in range(3)]
    assert main(["extract", *docs, "-o", str(out), "-q", "-j", jobs, "--vocabulary", str(EXAMPLE)]) == 0
    assert _units(out) == ["sào", "tấn"] * 3
    assert main(["extract", *docs, "-o", str(out), "-q", "-j", jobs, "--force"]) == 0
    assert _units(out) == []


def test_the_command_line_reads_the_environment_in_the_workers(monkeypatch, tmp_path):
    monkeypatch.setenv(ENVIRONMENT, str(EXAMPLE))
    for i in range(2):
        _write(tmp_path / f"d{i}.txt", "Năm 2024, diện tích cây mắc ca đạt 1.250 ha.")
    out = tmp_path / "out.jsonl"
    assert main(["indicators", str(tmp_path / "d0.txt"), str(tmp_path / "d1.txt"), "-o", str(out),
                 "-q", "-j", "2"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r.get("key") for r in rows] == ["macadamia_area"] * 2


def test_a_bad_vocabulary_fails_the_command_before_any_work(tmp_path, capsys, monkeypatch):
    doc = _write(tmp_path / "a.txt", "320 sào lúa")
    bad = _write(tmp_path / "bad.yaml", "scales: [{word: tỷ, factor: 7}]\n")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(doc), "-o", str(out), "--vocabulary", str(bad)]) == 2
    assert "bad.yaml: scales[0] (tỷ): the scale word 'tỷ'" in capsys.readouterr().err
    assert not out.exists()
    monkeypatch.setenv(ENVIRONMENT, str(bad))
    assert main(["extract", str(doc), "-o", str(out)]) == 2
    assert ENVIRONMENT in capsys.readouterr().err and not out.exists()
