"""Names one entity is written by twice, or two people written as one: initials of an airline, two given names before
one surname; and names cut at a possessive or a number the cleaning cuts them at."""
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


def test_f1_stays_f1(nlp: Language) -> None:
    """Guard: "F1" is a student visa, a tornado's grade and a score as often as Formula One (review of ef3e03e)."""
    text = "Students in the United States on an F1 visa may work on campus. F1 holders need a sponsor."
    assert all(e["canonical"] != "Formula One" for e in enrich(nlp, text)["entities"])


def test_one_mention_of_two_given_names_and_a_surname_is_two_people(nlp: Language) -> None:
    """The model may take "Liam and Noel Gallagher" for one person; the first is not given the surname (below)."""
    doc = nlp("Liam and Noel Gallagher will tour next year.")
    whole = Mention(0, 4, "PERSON")
    whole.key = _key(doc, whole)
    found = _with_shared_surnames(doc, [whole])
    assert [(m.start, m.end, m.label, m.key) for m in found] == [
        (0, 1, "PERSON", ("liam",)), (2, 4, "PERSON", ("noel", "gallagher"))]


@pytest.mark.parametrize(("text", "name"), [
    ('"We will win this," Harris said on Tuesday. Harris and Doug Emhoff then flew to Atlanta.', "Harris"),
    ("In dissent, Thomas and Samuel Alito argued that the law was clear.", "Thomas"),
    ("Harry and Meghan Markle visited Nigeria in May.", "Harry"),
])
def test_a_name_before_and_a_full_name_keeps_its_own(nlp: Language, text: str, name: str) -> None:
    """Guard: a surname or given name before "and" and someone's full name is not given that surname (review of
    ef3e03e: "Harris Emhoff", "Thomas Alito")."""
    assert {e["canonical"] for e in enrich(nlp, text)["entities"] if e["text"] == name} <= {name}


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


@pytest.mark.parametrize(("text", "name"), [
    ("Margaret Ellison, who led St Mary's Primary School in Wigan for 22 years, died on Tuesday.",
     "St Mary's Primary School"),
    ("St Thomas' Hospital in London was affected by the cyber attack.", "St Thomas' Hospital"),
])
def test_a_saints_school_or_hospital_with_a_qualifier_or_bare_apostrophe_is_no_person(nlp: Language, text: str,
                                                                                       name: str) -> None:
    groups = groups_of(nlp, text)
    assert (name, "ORG") in groups and not any(label == "PERSON" and n.startswith("St ") for n, label in groups), groups


def test_a_saints_possessive_before_other_words_stays_guard(nlp: Language) -> None:
    """Guard: a saint's day is no institution, nor a saint's widow."""
    groups = groups_of(nlp, "St Patrick's Day parades were held in Dublin on Sunday.")
    assert not any(n.startswith("St Patrick's") and label == "ORG" for n, label in groups), groups


def test_a_saints_possessive_on_a_title_case_line_takes_no_headline_words_guard(nlp: Language) -> None:
    """Guard: a headline in title case capitalises its verbs and nouns, no qualifiers of a saint's school."""
    groups = groups_of(nlp, "St Mary's Fans Back New School Plan")
    assert not any("Fans" in n for n, _ in groups), groups


def test_a_possessive_after_a_bodys_name_is_no_place(nlp: Language) -> None:
    """Guard: "Women's Basketball" after a university is no town like "King's Lynn" (review of ef3e03e)."""
    text = "Baylor University Women's Basketball coach Kim Mulkey said the team was ready."
    assert not any(label == "GPE" for _, label in groups_of(nlp, text))


def test_a_stations_call_sign_keeps_its_channel(nlp: Language) -> None:
    assert groups_of(nlp, "KTLA 5 reported that the fire had spread overnight.") == {("KTLA 5", "ORG")}


def test_an_owner_before_a_known_body_is_not_its_short_form(nlp: Language) -> None:
    """QA "qa-world": "Google" was written as "Google DeepMind", the unit the text names beside it."""
    text = ("Google unveiled Gemini 2.5 Pro at its developer conference on Tuesday. Demis Hassabis, head of Google "
            "DeepMind, said the company was on the path to AGI.")
    assert canonical_of(nlp, text)["Google"] == "Google"


@pytest.mark.parametrize(("text", "short", "long"), [
    # Guards: a firm's one word is still the short form of its longer name when the rest is no body of its own.
    ("Nissan Motor Co. and Honda Motor Co. called off merger talks. Nissan said it would look for other partners.",
     "Nissan", "Nissan Motor Co."),
    ("Shares in Tencent Holdings rose 4.1% in Hong Kong. Tencent said profit doubled.", "Tencent", "Tencent Holdings"),
])
def test_an_owner_before_a_known_body_is_not_its_short_form_guard(nlp: Language, text: str, short: str,
                                                                  long: str) -> None:
    assert canonical_of(nlp, text)[short] == long
