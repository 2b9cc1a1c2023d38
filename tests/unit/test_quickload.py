"""`quick_loader` loads what the schema's `load` loads, and rejects what it rejects, with the same errors."""
from __future__ import annotations

import copy
import math
from typing import Any

import pytest
from marshmallow import ValidationError

from services.core.quickload import quick_loader
from services.core.schemas import ArticleIn, Enrichment

SCHEMA = Enrichment()
LOAD = quick_loader(SCHEMA)


def _enrichment() -> dict[str, Any]:
    """A well-formed enrichment with a value of each kind: floats given as ints, None where allowed."""
    return {
        "language": "en",
        "note": None,
        "entities": [{"text": "Rachel Reeves", "start": 0, "end": 13, "label": "PERSON", "entity_id": "p1",
                      "canonical": "Rachel Reeves"},
                     {"text": "Treasury", "start": 20, "end": 28, "label": "ORG", "entity_id": None,
                      "canonical": None}],
        "entity_groups": [{"entity_id": "p1", "name": "Rachel Reeves", "label": "PERSON", "salience": 1,
                           "mentions": 2}],
        "quotes": [{"text": "We will", "start": 30, "end": 37, "speaker": {"text": "Reeves", "start": 40, "end": 46,
                                                                           "name": "Rachel Reeves",
                                                                           "entity_id": "p1"}},
                   {"text": "No", "start": 50, "end": 52, "speaker": None}],
        "money": [{"text": "£2bn", "start": 60, "end": 64, "amount": 2_000_000_000, "currency": "GBP",
                   "approximate": False, "amount_low": None, "amount_high": None}],
        "figures": [{"text": "3.5%", "start": 70, "end": 74, "value": 3.5, "low": None, "high": None, "unit": "%",
                     "approximate": True, "vague": False}],
        "keyphrases": [{"text": "budget", "score": 0.25}],
        "summary": {"text": "Rachel Reeves spoke.", "sentences": [{"text": "Rachel Reeves spoke.", "start": 0,
                                                                    "end": 20}]},
        "model": {"name": "en_core_web_sm", "version": "3.8.0"},
        "processing_ms": 12.5,
    }


def _outcome(load: Any, data: dict) -> tuple[str, Any]:
    """What loading gives: the loaded dict as written (types and key order), or the error's messages."""
    try:
        return "loaded", repr(load(copy.deepcopy(data)))
    except ValidationError as exc:
        return "rejected", exc.messages


def test_the_enrichment_schema_takes_the_quick_path() -> None:
    assert LOAD != SCHEMA.load


def test_a_well_formed_enrichment_loads_as_the_schema_loads_it() -> None:
    data = _enrichment()
    loaded = LOAD(data)
    assert repr(loaded) == repr(SCHEMA.load(data))
    assert loaded == data and loaded["entity_groups"][0]["salience"] == 1.0
    assert type(loaded["entity_groups"][0]["salience"]) is float and type(loaded["money"][0]["amount"]) is float
    assert loaded["entities"] is not data["entities"]  # new containers, as marshmallow builds
    assert "story_id" not in loaded  # an optional field left out stays out


def _malformed(change: Any) -> dict[str, Any]:
    data = _enrichment()
    change(data)
    return data


MALFORMED = {
    "required field missing": lambda d: d.pop("summary"),
    "nested required field missing": lambda d: d["entities"][0].pop("end"),
    "unknown key": lambda d: d.update(extra=1),
    "unknown nested key": lambda d: d["quotes"][0]["speaker"].update(antecedent={"text": "he"}),
    "None not allowed": lambda d: d["entities"][1].update(text=None),
    "None for a list": lambda d: d.update(money=None),
    "number for a string": lambda d: d["keyphrases"][0].update(text=7),
    "bool for an integer": lambda d: d["entities"][0].update(start=True),
    "bool for a float": lambda d: d["keyphrases"][0].update(score=False),
    "NaN": lambda d: d["keyphrases"][0].update(score=math.nan),
    "infinity": lambda d: d["figures"][0].update(value=math.inf),
    "int too big for a float": lambda d: d.update(processing_ms=10**400),
    "string for a boolean": lambda d: d["figures"][0].update(vague="maybe"),
    "dict for a list": lambda d: d.update(figures={"text": "3"}),
    "list for a nested dict": lambda d: d.update(summary=[]),
    "not a dict": lambda d: d["entities"].append("Reeves"),
}


@pytest.mark.parametrize("change", MALFORMED.values(), ids=MALFORMED.keys())
def test_a_malformed_enrichment_is_rejected_as_the_schema_rejects_it(change: Any) -> None:
    data = _malformed(change)
    outcome = _outcome(LOAD, data)
    assert outcome[0] == "rejected"
    assert outcome == _outcome(SCHEMA.load, data)


CONVERTED = {
    "digits for an integer": lambda d: d["entities"][0].update(start="0"),
    "integral float for an integer": lambda d: d["entities"][0].update(end=13.0),
    "tuple for a list": lambda d: d.update(keyphrases=tuple(d["keyphrases"])),
    "one for a boolean": lambda d: d["figures"][0].update(vague=0),
    "string for a float": lambda d: d.update(processing_ms="12.5"),
    "fraction for an integer": lambda d: d["entity_groups"][0].update(mentions=2.5),  # cut to 2
}


@pytest.mark.parametrize("change", CONVERTED.values(), ids=CONVERTED.keys())
def test_values_the_schema_converts_are_converted_as_before(change: Any) -> None:
    data = _malformed(change)
    outcome = _outcome(LOAD, data)
    assert outcome[0] == "loaded"
    assert outcome == _outcome(SCHEMA.load, data)


def test_a_schema_with_fields_the_quick_check_does_not_reproduce_is_loaded_by_marshmallow() -> None:
    schema = ArticleIn()  # its strings are cleaned, its dates parsed
    assert quick_loader(schema) == schema.load
