"""Groups of names that share words: a person and the body named after them, a firm and its initials around "&", a
firm's short name that makes its long one a firm's."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.entities import extract_entities


def groups_of(nlp: Language, text: str) -> dict[str, tuple[str, int]]:
    """Each group's canonical name: its label and how many mentions it has."""
    return {g["name"]: (g["label"], g["mentions"]) for g in extract_entities(nlp(text), nlp)[1]}


def canonical_of(nlp: Language, text: str) -> dict[str, str]:
    """Each mention's text: the canonical name of its group (the last mention of a text wins)."""
    return {m["text"]: m["canonical"] for m in extract_entities(nlp(text), nlp)[0]}


@pytest.mark.parametrize(("text", "expected"), [
    ("Jane Goodall, the British primatologist, has died aged 91. The Jane Goodall Institute said she died of natural "
     "causes.", {"Jane Goodall": ("PERSON", 1), "Jane Goodall Institute": ("ORG", 1)}),
    ("Tony Blair said on Monday that the Tony Blair Institute would open an office in Kyiv.",
     {"Tony Blair": ("PERSON", 1), "Tony Blair Institute": ("ORG", 1)}),
    # Guards: a firm's name, its legal form or "Group" after it, is its own short form ("Ralph Lauren said").
    ("Ralph Lauren Corp raised its annual revenue forecast on Thursday. Ralph Lauren said demand for its polo shirts "
     "held up in China, and Ralph Lauren expects margins to widen next year.", {"Ralph Lauren Corp": ("ORG", 3)}),
    ("Thomas Cook Group collapsed in September 2019. Thomas Cook had been trading for 178 years. Thomas Cook blamed "
     "Brexit uncertainty.", {"Thomas Cook Group": ("ORG", 3)}),
])
def test_a_person_is_not_the_body_named_after_them(nlp: Language, text: str, expected: dict) -> None:
    found = groups_of(nlp, text)
    assert {name: found.get(name) for name in expected} == expected, found


def test_a_surname_stays_with_the_person_and_a_body_s_short_form_with_the_body(nlp: Language) -> None:
    text = ("Jane Goodall, the British primatologist, has died aged 91. The Jane Goodall Institute said she died of "
            "natural causes. Goodall said in 2020 that she was hopeful. The Goodall Institute runs programmes in "
            "Africa.")
    canonical = canonical_of(nlp, text)
    assert canonical["Goodall"] == "Jane Goodall", canonical
    assert canonical["Goodall Institute"] == "Jane Goodall Institute", canonical
    found = groups_of(nlp, text)
    assert found["Jane Goodall"] == ("PERSON", 2) and found["Jane Goodall Institute"] == ("ORG", 2), found


def test_a_surname_alone_beside_a_body_named_after_its_person_is_still_the_person(nlp: Language) -> None:
    # Guard: "Ford" is Henry Ford, the Ford Foundation a body of its own.
    found = groups_of(nlp, "Henry Ford built cars. The Ford Foundation gave money. Ford said it was proud.")
    assert found.get("Henry Ford") == ("PERSON", 2) and found.get("Ford Foundation") == ("ORG", 1), found


@pytest.mark.parametrize(("text", "long", "short", "mentions"), [
    ("Marks & Spencer said its online sales had recovered. M&S reported a 55% fall in profit.",
     "Marks & Spencer", "M&S", 2),
    ("Johnson & Johnson said its talc was safe. J&J shares rose 2%.", "Johnson & Johnson", "J&J", 2),
])
def test_initials_around_an_ampersand_join_the_firm(nlp: Language, text: str, long: str, short: str,
                                                    mentions: int) -> None:
    found = groups_of(nlp, text)
    assert found.get(long) == ("ORG", mentions) and short not in found, found


def test_names_with_an_ampersand_of_their_own_stay_whole(nlp: Language) -> None:
    text = ("P&O Ferries sacked 800 workers. P&O said the move was necessary. AT&T said it would cut jobs. "
            "AT&T shares fell.")
    found = groups_of(nlp, text)
    assert found.get("P&O Ferries") == ("ORG", 2) and found.get("AT&T") == ("ORG", 2), found


def test_a_long_name_a_traded_firm_s_short_name_opens_is_a_firm(nlp: Language) -> None:
    text = ("The Pentagon has awarded Lockheed Martin a $9.8 billion contract. Lockheed shares rose 1.4% on the "
            "news.")
    found = groups_of(nlp, text)
    assert found.get("Lockheed Martin") == ("ORG", 2), found


def test_a_firm_s_own_shares_moving_make_its_long_name_a_firm(nlp: Language) -> None:
    text = ("The Pentagon has awarded Lockheed Martin a $9.8 billion contract. Lockheed's shares rose 1.4% on the "
            "news.")
    found = groups_of(nlp, text)
    assert found.get("Lockheed Martin") == ("ORG", 2), found


def test_a_body_s_short_name_where_one_goes_stays_the_body_s(nlp: Language) -> None:
    # Guard: "at Betty Ford" (a person to the model) is the Betty Ford Center, no one acting.
    text = "Lindsay Lohan checked into the Betty Ford Center. Lohan was previously at Betty Ford from September 2010."
    assert canonical_of(nlp, text)["Betty Ford"] == "Betty Ford Center"
