"""The quote scorer on hand-made cases whose scores are known."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from services.eval.score_quotes import load_polnear, score_quotes, wanted_chars

TEXT = 'Ann said that "the plan works" today. Bob said "costs will rise" and left. It was "odd".'


def _span(fragment: str) -> list[int]:
    start = TEXT.index(fragment)
    return [start, start + len(fragment)]


def _quote(fragment: str, speaker: str | None) -> dict:
    start, end = _span(fragment)
    spk = None
    if speaker is not None:
        s, e = _span(speaker)
        spk = {"text": speaker, "start": s, "end": e, "antecedent": None}
    return {"text": fragment, "start": start, "end": end, "speaker": spk}


RECORD = {
    "id": "doc1",
    "text": TEXT,
    "quotes": [
        # Content runs from "that" but only the stretch between the marks is wanted.
        {"content": [_span('that "the plan works"')], "source": [_span("Ann")]},
        {"content": [_span('"costs will rise"')], "source": [_span("Bob")]},
    ],
    "acceptable": [_span('that "the plan works"'), _span('"costs will rise"')],
}


def test_wanted_chars_run_from_first_to_last_mark() -> None:
    wanted = wanted_chars(TEXT, RECORD["quotes"][0]["content"])
    start, end = _span('"the plan works"')
    assert wanted == set(range(start, end))


def test_wanted_chars_of_a_fragment_without_marks_are_empty() -> None:
    assert wanted_chars(TEXT, [_span("Ann said")]) == set()


def test_known_recall_precision_and_speaker() -> None:
    predicted = {
        "doc1": [
            _quote('"the plan works"', "Ann"),  # found, right speaker, precise
            _quote('"costs', "Bob"),  # inside acceptable but covers under half of gold quote 2
            _quote('"odd"', None),  # outside every acceptable fragment
        ]
    }
    scores = score_quotes([RECORD], predicted)
    assert scores["recall"] == pytest.approx(0.5)
    assert scores["precision"] == pytest.approx(2 / 3)
    assert scores["speaker"] == pytest.approx(1.0)


def test_wrong_or_missing_speaker_counts_against_speaker_only() -> None:
    predicted = {"doc1": [_quote('"the plan works"', "Bob"), _quote('"costs will rise"', None)]}
    scores = score_quotes([RECORD], predicted)
    assert (scores["recall"], scores["precision"], scores["speaker"]) == (1.0, 1.0, 0.0)


def test_half_coverage_is_enough_and_best_cover_gives_the_speaker() -> None:
    start, end = _span('"costs will rise"')
    half = start + (end - start + 1) // 2  # at least half of the 17 wanted characters
    predicted = {
        "doc1": [
            {"text": TEXT[start:half], "start": start, "end": half, "speaker": None},
            {"text": TEXT[start : start + 3], "start": start, "end": start + 3,
             "speaker": {"text": "Bob", "start": _span("Bob")[0], "end": _span("Bob")[1], "antecedent": None}},
        ]
    }
    scores = score_quotes([RECORD], predicted)
    assert scores["n_found"] == 1
    assert scores["speaker"] == 0.0  # the best-covering quote has no speaker


def test_missing_document_predicts_nothing() -> None:
    scores = score_quotes([RECORD], {})
    assert scores["recall"] == 0.0 and scores["precision"] == 0.0 and scores["n_gold"] == 2


def test_load_polnear(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(RECORD) + "\n\n", encoding="utf-8")
    assert load_polnear(path) == [RECORD]
