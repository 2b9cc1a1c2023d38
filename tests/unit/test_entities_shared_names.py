"""Names one entity is written by twice, or two people share: initials of an airline, a sport's short name, two given
names before one surname; and names cut at a possessive or a number the cleaning cuts them at."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.entities.mentions import Mention, _key
from services.nlp.entities.people import _with_shared_surnames
from services.nlp.pipeline import enrich


def groups_of(nlp: Language, text: str) -> set[tuple[str, str]]:
    """(name, label) of every group of a name (no dates nor numbers)."""
    return {(g["name"], g["label"]) for g in enrich(nlp, text)["entity_groups"]
            if g["label"] not in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")}


def canonical_of(nlp: Language, text: str) -> dict[str, str]:
    """Each name mention's text with its group's canonical name."""
    return {e["text"]: e["canonical"] for e in enrich(nlp, text)["entities"]}


def test_an_airlines_initials_join_its_name_where_the_text_writes_it(nlp: Language) -> None:
    """"JAL" of "Japan Airlines": the acronym dates from "Japan Air Lines"; alone, it joins nothing."""
    text = "Japan Airlines cancelled 40 flights on Tuesday. JAL said the storm would pass by Thursday."
    assert canonical_of(nlp, text)["JAL"] == "Japan Airlines"
    assert canonical_of(nlp, "JAL said its profit would fall.")["JAL"] == "JAL"


def test_f1_is_formula_one(nlp: Language) -> None:
    text = "Lewis Hamilton won the race. F1 bosses met on Friday, and Formula One will return to Las Vegas next year."
    assert canonical_of(nlp, text)["F1"] == "Formula One"
    assert ("F1", "ORG") not in groups_of(nlp, text)


@pytest.mark.parametrize(("text", "people"), [
    ("The brothers Liam and Noel Gallagher will tour next year, Oasis said.", {"Liam Gallagher", "Noel Gallagher"}),
    ("Venus and Serena Williams won the doubles title at Wimbledon.", {"Venus Williams", "Serena Williams"}),
])
def test_two_given_names_before_one_surname_are_two_people(nlp: Language, text: str, people: set[str]) -> None:
    found = {name for name, label in groups_of(nlp, text) if label == "PERSON"}
    assert found == people


def test_one_mention_of_two_given_names_and_a_surname_is_split_in_two_people(nlp: Language) -> None:
    """The model may take "Liam and Noel Gallagher" for one person."""
    doc = nlp("Liam and Noel Gallagher will tour next year.")
    whole = Mention(0, 4, "PERSON")
    whole.key = _key(doc, whole)
    found = _with_shared_surnames(doc, [whole])
    assert [(m.start, m.end, m.label, m.key) for m in found] == [
        (0, 1, "PERSON", ("liam", "gallagher")), (2, 4, "PERSON", ("noel", "gallagher"))]


def test_a_given_name_said_alone_later_is_the_shared_surnames_person(nlp: Language) -> None:
    text = "The brothers Liam and Noel Gallagher will tour next year. Liam told fans the band was back."
    assert [e["canonical"] for e in enrich(nlp, text)["entities"] if e["text"] == "Liam"] == ["Liam Gallagher"] * 2


def test_a_name_before_and_shares_no_surname_it_has_not(nlp: Language) -> None:
    """"Liam and Noel Gallagher" shares one; "Venus and Mars" has no surname, "Jordan" is a place's name too."""
    assert canonical_of(nlp, "Liam and Noel Gallagher will tour next year.")["Liam"] == "Liam Gallagher"
    assert canonical_of(nlp, "Venus and Mars are visible tonight.")["Venus"] == "Venus"
    assert canonical_of(nlp, "Jordan and Noel Gallagher met in Amman.")["Jordan"] == "Jordan"


def test_a_firms_word_ends_no_persons_name(nlp: Language) -> None:
    text = "Liberty Media bought the sport in 2017. Liberty Media, which owns the series, said revenue rose."
    assert ("Liberty Media", "ORG") in groups_of(nlp, text)
    assert ("Liberty Media", "PERSON") not in groups_of(nlp, text)


def test_a_one_word_name_described_in_commas_stays(nlp: Language) -> None:
    """Alone, Francis is a person; after Pat Francis, the same person."""
    assert ("Francis", "PERSON") in groups_of(nlp, "Francis, the first Latin American pope, died on Monday.")
    text = "Pat Francis led the team for ten years. Francis, the coach, said it was hard."
    assert canonical_of(nlp, text)["Francis"] == "Pat Francis"


def test_a_saints_hospital_is_no_person(nlp: Language) -> None:
    assert groups_of(nlp, "She was taken to St Mary's Hospital in London.") == {
        ("St Mary's Hospital", "ORG"), ("London", "GPE")}


def test_a_town_with_a_possessive_after_its_hospital(nlp: Language) -> None:
    """Not a body's possessive before a title: "Trust's Director"."""
    assert groups_of(nlp, "He was treated at Queen Elizabeth Hospital King's Lynn on Friday.") == {
        ("Queen Elizabeth Hospital", "ORG"), ("King's Lynn", "GPE")}
    assert groups_of(nlp, "The Royal Free Hospital Trust's Director said beds were full.") == {
        ("Royal Free Hospital Trust", "ORG")}


def test_a_stations_call_sign_keeps_its_channel(nlp: Language) -> None:
    assert groups_of(nlp, "KTLA 5 reported that the fire had spread overnight.") == {("KTLA 5", "ORG")}
