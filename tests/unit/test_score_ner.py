"""The CoNLL NER scorer: reading documents, mapping labels, micro P/R/F1."""
from __future__ import annotations

from pathlib import Path

import pytest

from services.eval.score_ner import map_label, mapped_spans, prf, read_conll

# Two documents in the CoNLL-2003 layout (token POS chunk tag), IOB2 tags.
SNIPPET = """-DOCSTART- -X- -X- O

SOCCER NN B-NP O
- : O O
JAPAN NNP B-NP B-LOC
WIN VB B-VP O
. . O O

Phil NNP B-NP B-PER
Simmons NNP I-NP I-PER
joined VBD B-VP O
Leicestershire NNP B-NP B-ORG
. . O O

-DOCSTART- -X- -X- O

West NNP B-NP B-MISC
Indian NNP I-NP I-MISC
side NN I-NP O
"""


@pytest.fixture()
def conll_file(tmp_path: Path) -> Path:
    path = tmp_path / "snippet.txt"
    path.write_text(SNIPPET, encoding="utf-8")
    return path


def test_read_conll_builds_text_and_character_spans(conll_file: Path) -> None:
    docs = read_conll(conll_file)
    assert [text for text, _ in docs] == [
        "SOCCER - JAPAN WIN .\nPhil Simmons joined Leicestershire .",
        "West Indian side",
    ]
    text, gold = docs[0]
    assert gold == {(9, 14, "LOC"), (21, 33, "PER"), (41, 55, "ORG")}
    assert {text[s:e] for s, e, _ in gold} == {"JAPAN", "Phil Simmons", "Leicestershire"}
    assert docs[1][1] == {(0, 11, "MISC")}


def test_read_conll_accepts_iob1_and_stray_inside_tags(tmp_path: Path) -> None:
    path = tmp_path / "iob1.txt"
    path.write_text("A NNP B-NP I-ORG\nB NNP I-NP I-ORG\nc NN O O\nD NNP B-NP I-PER\n", encoding="utf-8")
    assert read_conll(path) == [("A B c D", {(0, 3, "ORG"), (6, 7, "PER")})]


def test_map_label_follows_the_baseline_mapping() -> None:
    assert map_label("PERSON") == "PER"
    assert {map_label(x) for x in ("GPE", "LOC", "FAC")} == {"LOC"}
    assert map_label("ORG") == "ORG"
    assert {map_label(x) for x in ("NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE")} == {"MISC"}
    assert map_label("DATE") is None and map_label("CARDINAL") is None


def test_mapped_spans_drops_unmapped_labels() -> None:
    assert mapped_spans([(0, 5, "GPE"), (6, 9, "DATE"), (10, 12, "NORP")]) == {(0, 5, "LOC"), (10, 12, "MISC")}


def test_prf_is_micro_averaged_over_documents() -> None:
    gold = [{(0, 5, "LOC"), (6, 9, "PER")}, {(0, 4, "ORG"), (5, 8, "MISC")}]
    pred = [{(0, 5, "LOC"), (6, 9, "ORG")}, {(0, 4, "ORG")}]
    # 2 true positives of 3 predictions and 4 gold spans: a wrong label is a miss and a false alarm.
    scores = prf(gold, pred)
    assert scores["p"] == pytest.approx(2 / 3)
    assert scores["r"] == pytest.approx(2 / 4)
    assert scores["f1"] == pytest.approx(2 * (2 / 3) * (1 / 2) / (2 / 3 + 1 / 2))


def test_prf_of_nothing_is_zero() -> None:
    assert prf([set()], [set()]) == {"p": 0.0, "r": 0.0, "f1": 0.0}
