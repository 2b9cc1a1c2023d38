"""Quotes and speakers: the speech verb whose clause holds a quote, epithets after a long quote, words named as
words, unnamed relatives, headline attributions and a name's role after a comma."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.pipeline import enrich, link_speakers


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [(q["speaker"] or {}).get("name") for q in enrich(nlp, text)["quotes"]]


def test_a_second_speaker_in_a_side_clause_says_the_quote_in_it(nlp: Language) -> None:
    text = ('Malema called it "a gift to the bondholders", while MK spokesman Nhlamulo Ndhlela said Eskom should be '
            '"returned to the people".')
    assert _speakers(nlp, text) == ["Malema", "Nhlamulo Ndhlela"]


def test_an_age_after_a_quote_of_several_sentences_is_the_person_named_before_it(nlp: Language) -> None:
    text = ('Lando Norris had built a lead when his McLaren slowed. "It\'s painful. We had the pace to win by a mile," '
            'the 24-year-old told Sky Sports.')
    assert _speakers(nlp, text) == ["Lando Norris"]


@pytest.mark.parametrize("text", [
    'Once a self-described "one-nation moderate", Eleanor Whitcombe has moved sharply right.',
    'The self-styled "people\'s champion" Eleanor Whitcombe has moved sharply right.',
    'Words such as "expects," "anticipates," "believes" and "will" identify such statements.',
    'The word "crisis" was avoided.',
    'Friends still call her "Nell Pryce".',
])
def test_labels_and_words_named_as_words_are_no_quotes(nlp: Language, text: str) -> None:
    assert enrich(nlp, text)["quotes"] == []


def test_a_pronoun_after_an_unnamed_relative_is_not_the_person_named_before(nlp: Language) -> None:
    text = ('Paul Johnson, the IFS director, said the sums "do not add up". Her husband, now a circuit judge, is said '
            'to be less keen: he has told friends he "did not marry a prime minister".')
    speakers = _speakers(nlp, text)
    assert speakers[0] == "Paul Johnson" and speakers[1] != "Paul Johnson"


def test_a_headline_quote_then_a_colon_and_a_name_is_theirs(nlp: Language) -> None:
    text = "'I never wanted to be a politician': Mayor Rosa Delgado on water, housing and her first year"
    assert _speakers(nlp, text) == ["Rosa Delgado"]


def test_a_role_in_capitals_after_a_name_is_no_part_of_it() -> None:
    text = 'Marcus Reyes, Chief Financial Officer, added, "Strong cash generation."'
    speaker = {"text": "Marcus Reyes, Chief Financial Officer", "start": 0, "end": 37, "antecedent": None}
    quote = {"text": '"Strong cash generation."', "start": 46, "end": len(text), "speaker": speaker}
    assert link_speakers([quote], [])[0]["speaker"]["name"] == "Marcus Reyes"
