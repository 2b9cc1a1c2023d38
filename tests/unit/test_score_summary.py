"""The ROUGE scorer and the LEAD-3 baseline used to measure summaries."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from services.eval.score_summary import lead3, load_cnndm, rouge_scores, sentence_lines


def test_identical_text_scores_100() -> None:
    text = "Police arrested two men.\nThe match ends at 6pm."
    assert rouge_scores([text], [text]) == pytest.approx({"r1": 100.0, "r2": 100.0, "rlsum": 100.0})


def test_disjoint_text_scores_0() -> None:
    assert rouge_scores(["alpha beta gamma"], ["delta epsilon zeta"]) == {"r1": 0.0, "r2": 0.0, "rlsum": 0.0}


def test_partial_overlap_has_the_known_score() -> None:
    # Unigrams 2 of 3 on both sides -> F 66.67; bigrams "the cat" 1 of 2 -> 50; LCS "the cat" -> 66.67.
    scores = rouge_scores(["the cat sat"], ["the cat ran"])
    assert scores == pytest.approx({"r1": 200 / 3, "r2": 50.0, "rlsum": 200 / 3})


def test_stemming_matches_inflections() -> None:
    scores = rouge_scores(["police arrested protesters"], ["police arrest protester"])
    assert scores["r1"] == pytest.approx(100.0)


def test_scores_are_averaged_over_pairs() -> None:
    scores = rouge_scores(["a b c", "x y z"], ["a b c", "p q r"])
    assert scores["r1"] == pytest.approx(50.0)


def test_mismatched_lengths_raise_and_empty_is_zero() -> None:
    with pytest.raises(ValueError):
        rouge_scores(["a"], [])
    assert rouge_scores([], []) == {"r1": 0.0, "r2": 0.0, "rlsum": 0.0}


def test_lead3_and_sentence_lines(nlp: Language) -> None:
    doc = nlp("First sentence here. Second sentence here. Third sentence here. Fourth sentence here.")
    assert lead3(doc) == "First sentence here.\nSecond sentence here.\nThird sentence here."
    assert sentence_lines(doc).count("\n") == 3


def test_load_cnndm(tmp_path: Path) -> None:
    path = tmp_path / "sample.jsonl"
    rows = [
        {"id": "a", "text": "Text one.", "reference": "Ref one."},
        {"id": "b", "text": "T2.", "reference": "R2."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    assert load_cnndm(path) == rows
