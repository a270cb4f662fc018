"""Extractor output vs the hand-checked records in tests/corpus/*.expected.jsonl (dates and periods
from the NAME.time.jsonl beside them).

The records are compared exactly, document by document (`test_records_are_exactly_the_gold`): every
expected record must come out with the same kind, start, end and text and the same value in every
field the gold writes (its `note` aside); a field the gold leaves out must have the schema's default
(no qualifier, no `value_max`, no inferred date part…), except `rule` and `confidence` (provenance,
not annotated) and a period's `label` (its canonical name, derived from the years the gold writes).
No other record may come out. A lost, new or changed record fails with the list of differences:
which document and record, what the gold says, what came out. The few records where the output
and the gold would disagree are listed, with the reason, in KNOWN_DIFFERENCES below (none today);
the test fails if one of them changes again or comes to agree with the gold.

Precision and recall per kind over the whole corpus (a record matches when kind and key fields
agree and the spans overlap, as `python evaluation/corpus.py -v` counts) must be 1.000; every
record, predicted or expected, must satisfy the offset invariant.
"""
from __future__ import annotations

import pytest

import baocao
from corpus import KEY_FIELDS, compare, documents, scores

DOCS = list(documents())
THRESHOLD = 1.0

# Fields compared only where the gold writes them: provenance, and the period's derived label.
NOT_ANNOTATED = {"rule", "confidence"}
NOT_ANNOTATED_BY_KIND = {"period": {"label"}}

# The records where the output and the gold may disagree, each with the reason (empty: none do).
# Each entry: the gold record (document, kind, start, end) -> the fields that come out otherwise.
# To settle one, correct the gold by reading the text and docs/records.md, or the rules.
KNOWN_DIFFERENCES: dict[tuple[str, str, int, int], dict[str, object]] = {}


def _key(record: dict) -> tuple:
    return record["kind"], record["start"], record["end"]


def field_differences(expected: dict, got: dict) -> dict:
    """{field: (expected, got)} for every field where `got` is not the gold `expected`: the fields
    the gold writes, and the others against the schema's default (see the module docstring)."""
    from baocao.schema import record_from_dict

    written = {f: v for f, v in expected.items() if f != "note"}
    whole = record_from_dict(written).model_dump()  # the gold with the schema's defaults filled in
    skip = NOT_ANNOTATED | NOT_ANNOTATED_BY_KIND.get(expected["kind"], set())
    diff = {}
    for field in list(whole) + [f for f in got if f not in whole]:
        want = written[field] if field in written else whole.get(field)
        if field not in written and field in skip:
            continue
        if got.get(field) != want:
            diff[field] = (want, got.get(field))
    return diff


def exact_differences(predicted: list[dict], expected: list[dict]) -> dict:
    """Every way `predicted` differs from `expected`: {gold key: {field: (expected, got)}} for a
    record that came out changed (same span with other fields, or another span overlapping it, of
    the same kind), {gold key: None} for a record lost, {('new',) + key: got record} for a record
    the gold does not have."""
    got = {_key(p): p for p in predicted}
    gold = {_key(e): e for e in expected}
    assert len(got) == len(predicted) and len(gold) == len(expected), "two records on one span"
    out: dict = {}
    extra = [k for k in got if k not in gold]
    for key, e in gold.items():
        p = got.get(key)
        if p is None:  # the same kind on an overlapping span is this record, changed
            near = next((k for k in extra if k[0] == key[0] and k[1] < key[2] and key[1] < k[2]), None)
            if near is None:
                out[key] = None
                continue
            extra.remove(near)
            p = got[near]
        diff = field_differences(e, p)
        if diff:
            out[key] = diff
    for k in extra:
        out[("new",) + k] = got[k]
    return out


def describe(name: str, gold: dict, differences: dict) -> str:
    """The differences, one record a paragraph; `gold` maps a key to its expected record."""
    lines = []
    for key, diff in sorted(differences.items(), key=lambda kv: (kv[0][-2], str(kv[0]))):
        if key[0] == "new":
            lines.append(f"{name}: NEW     {key[1]} {key[2]}:{key[3]} {diff['text']!r} (not in the gold)")
        elif diff is None:
            lines.append(f"{name}: LOST    {key[0]} {key[1]}:{key[2]} {gold[key]['text']!r}")
        else:
            lines.append(f"{name}: CHANGED {key[0]} {key[1]}:{key[2]} {gold[key]['text']!r}")
            for field, (want, have) in diff.items():
                lines.append(f"      {field:10} expected {want!r:40} got {have!r}")
        if key[0] != "new" and gold[key].get("note"):
            lines.append(f"      (gold note: {gold[key]['note']})")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def results():
    return [compare([r.model_dump() for r in baocao.extract(text)], expected)
            for _, text, expected in DOCS]


def test_corpus_has_five_documents_with_expectations():
    assert len(DOCS) == 5
    assert all(expected for _, _, expected in DOCS)


@pytest.mark.parametrize("name,text,expected", DOCS, ids=[d[0] for d in DOCS])
def test_offsets_are_sacred(name, text, expected):
    for r in baocao.extract(text, doc=name):
        assert text[r.start:r.end] == r.text
        assert r.doc == name
    for e in expected:
        assert text[e["start"]:e["end"]] == e["text"], e
        assert set(KEY_FIELDS[e["kind"]]) <= set(e) | {"unit", "per_year", "year", "label",
                                                         "ordinal", "start_year", "end_year"}


@pytest.mark.parametrize("name,text,expected", DOCS, ids=[d[0] for d in DOCS])
def test_records_are_exactly_the_gold(name, text, expected):
    differences = exact_differences([r.model_dump() for r in baocao.extract(text)], expected)
    known = {k[1:]: v for k, v in KNOWN_DIFFERENCES.items() if k[0] == name}
    gold = {_key(e): e for e in expected}
    unexpected = {}
    for key, diff in differences.items():
        pinned = known.pop(key, None)
        if pinned is None or diff is None or {f: have for f, (_, have) in diff.items()} != pinned:
            unexpected[key] = diff
    settled = [f"{name}: {k[0]} {k[1]}:{k[2]} {gold[k]['text']!r} now agrees with the gold: take it "
               f"off KNOWN_DIFFERENCES" for k in known]
    report = describe(name, gold, unexpected)
    assert not unexpected and not settled, "\n" + "\n".join(filter(None, [report] + settled))


def test_the_exact_comparison_says_what_was_lost_changed_or_added():
    gold = [{"kind": "money", "text": "28 tỷ đồng", "start": 4, "end": 14, "value": 28e9, "currency": "VND"},
            {"kind": "percentage", "text": "5%", "start": 20, "end": 22, "value": 5.0, "per_year": False},
            {"kind": "quantity", "text": "3 ha", "start": 30, "end": 34, "value": 3.0, "unit": "ha"}]
    same = [dict(g, rule="r", confidence=0.9) for g in gold]
    assert exact_differences(same, gold) == {}
    got = [dict(gold[0], value=29e9),                                       # a value changed
           dict(gold[1], text="trên 5%", start=15, qualifier="over"),       # a span and qualifier
           {"kind": "date", "text": "19/8", "start": 40, "end": 44, "day": 19, "month": 8}]  # new
    differences = exact_differences(got, gold)
    assert differences[("money", 4, 14)] == {"value": (28e9, 29e9)}
    assert differences[("percentage", 20, 22)] == {"start": (20, 15), "text": ("5%", "trên 5%"),
                                                   "qualifier": (None, "over")}
    assert differences[("quantity", 30, 34)] is None                        # lost
    assert differences[("new", "date", 40, 44)]["text"] == "19/8"
    report = describe("doc", {_key(g): g for g in gold}, differences)
    assert "LOST    quantity 30:34 '3 ha'" in report
    assert "NEW     date 40:44 '19/8'" in report
    assert "value      expected 28000000000.0" in report


@pytest.mark.parametrize("kind", sorted(KEY_FIELDS))
def test_precision_and_recall_per_kind(results, kind):
    table = scores(results)
    assert kind in table, f"no {kind} records in corpus"
    precision, recall, tp, fp, fn = table[kind]
    print(f"{kind}: precision {precision:.3f} recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
    assert precision >= THRESHOLD and recall >= THRESHOLD, (precision, recall)


def test_expected_records_validate_against_the_schema():
    from baocao.schema import record_from_dict

    for _, _, expected in DOCS:
        for e in expected:
            fields = {k: v for k, v in e.items() if k != "note"}
            record_from_dict(fields)
