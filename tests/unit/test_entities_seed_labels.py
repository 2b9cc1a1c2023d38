"""Labels of the seed articles' names the model misreads: weapons, platforms, picture agencies, meeting places."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.entities import extract_entities


def labels(nlp: Language, text: str) -> dict[str, str]:
    return {g["name"]: g["label"] for g in extract_entities(nlp(text), nlp)[1]}


@pytest.fixture(scope="module")
def seed_groups(nlp: Language, seed_texts: dict[str, str]) -> dict[str, dict[str, dict]]:
    return {seed: {g["name"]: g for g in extract_entities(nlp(seed_texts[seed]), nlp)[1]} for seed in ("000", "004")}


def test_seed_weapons_are_products_with_their_plurals(seed_groups) -> None:
    first, last = seed_groups["000"], seed_groups["004"]
    assert {name: first[name]["label"] for name in ("Patriot", "Iris-T")} == {"Patriot": "PRODUCT", "Iris-T": "PRODUCT"}
    found = {name: (last[name]["label"], last[name]["mentions"]) for name in ("Patriot", "Iris-T", "Nasams", "MiG-29")}
    assert found == {"Patriot": ("PRODUCT", 2), "Iris-T": ("PRODUCT", 1), "Nasams": ("PRODUCT", 1),
                     "MiG-29": ("PRODUCT", 2)}
    assert "Patriots" not in last and last["German"]["label"] == "NORP"  # "German Iris-Ts" names no product


@pytest.mark.parametrize(("text", "expected"), [
    # A maker or owner before the noun stays an organisation; a people stays a people.
    ("Kyiv asked for more Patriot missile systems. Boeing jets were grounded after Boeing said its planes were safe. "
     "Hamas rockets hit Ashkelon.", {"Patriot": "PRODUCT", "Boeing": "ORG", "Hamas": "ORG", "Kyiv": "GPE"}),
    ("Germany sent German Iris-Ts last year. Berlin will now provide four Iris-T air defence systems and Russian "
     "missiles keep falling.", {"Iris-T": "PRODUCT", "German": "NORP", "Russian": "NORP"}),
    # Guards: a noun that is itself a modifier ("drone strikes"), a system after no word of arms, a name that speaks.
    ("The Obama administration expanded the drone program. Obama drone strikes killed hundreds.", {"Obama": "PERSON"}),
    ("The Johnson system of grading was replaced. Johnson said the system had failed.", {"Johnson": "PERSON"}),
    # A participle between the name and the noun still makes a weapon.
    ("Kyiv wants more Patriot guided missiles.", {"Patriot": "PRODUCT"}),
    # ... and a name after "and" that the parse hangs on the name before it (known wrong, qa1: "Abrams" a person).
    ("Ukraine has received Bradley Fighting Vehicles and Abrams tanks from the United States.",
     {"Abrams": "PRODUCT", "Bradley Fighting Vehicles": "PRODUCT"}),
    # Guard: a person after "and" before a noun that is itself a modifier stays a person.
    ("Biden and Obama drone strikes killed hundreds.", {"Obama": "PERSON"}),
])
def test_a_name_before_a_weapons_noun_is_a_product(nlp: Language, text: str, expected: dict) -> None:
    found = labels(nlp, text)
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(("text", "expected"), [
    # A weapon's designation before a weapon's noun is a product, with the name's words after it: "F-35A" and
    # "PAC-3" were nothing, "AH-64E" gave "Apache" alone, "152 K9" a count, "Challenger 2" a law.
    ("Poland ordered 35 F-35A fighter jets and 96 AH-64E Apache helicopters.",
     {"F-35A": "PRODUCT", "AH-64E Apache": "PRODUCT", "Apache": None}),
    ("The deal covers 870 PAC-3 MSE interceptors and 24 F-15EX Eagle II fighters.",
     {"PAC-3 MSE": "PRODUCT", "F-15EX Eagle II": "PRODUCT"}),
    ("South Korea will supply 152 K9 self-propelled howitzers to Poland.", {"K9": "PRODUCT", "152 K9": None}),
    ("Britain sent Challenger 2 tanks to Ukraine.", {"Challenger 2": "PRODUCT"}),
])
def test_a_weapons_designation_before_its_noun_is_a_product(nlp: Language, text: str, expected: dict) -> None:
    found = labels(nlp, text)
    assert {name: found.get(name) for name in expected} == expected, found


def test_guard_a_designation_before_no_weapons_noun_is_no_product(nlp: Language) -> None:
    # A rebel group's letter and number before "fighters", a virus's before "vaccines", a date's day and a count.
    text = ("M23 fighters seized Goma. COVID-19 vaccines were sent. On Monday 3 drones hit Kyiv. The G7 leaders met.")
    assert "PRODUCT" not in labels(nlp, text).values()


def test_guard_a_sequences_step_before_a_weapons_noun_is_no_product(nlp: Language) -> None:
    # Review (rev1): "Wave 2" was a product (a count before).
    text = "Wave 2 drones hit the city at dawn, officials said. Round 3 missiles followed at noon."
    assert "PRODUCT" not in labels(nlp, text).values(), labels(nlp, text)


def test_seed_platform_is_an_organisation(seed_groups) -> None:
    assert seed_groups["004"]["Twitter"]["label"] == "ORG"


def test_picture_agencies_in_credits_are_organisations(nlp: Language, seed_groups) -> None:
    first = seed_groups["000"]
    assert (first["Getty"]["label"], first["Omar Havana"]["label"]) == ("ORG", "PERSON")
    found = labels(nlp, "Firefighters at the scene on Tuesday. Photograph: Sergei Supinsky/AFP via Getty Images")
    expected = {"Sergei Supinsky": "PERSON", "AFP": "ORG", "Getty Images": "ORG"}
    assert {name: found.get(name) for name in expected} == expected, found


def test_a_name_a_meeting_is_named_after_is_a_place(nlp: Language, seed_groups) -> None:
    assert seed_groups["000"]["Ramstein"]["label"] == "GPE"
    assert seed_groups["004"]["Vilnius"]["label"] == "GPE"  # "the Vilnius summit", no organisation
    found = labels(nlp, "Officials attended the Ramstein meeting. Donald Trump praised the Biden-Xi summit.")
    assert (found.get("Ramstein"), found.get("Donald Trump")) == ("GPE", "PERSON"), found
    # Guard: a name the gazetteer does not know keeps the model's label (the first version made Putin a place).
    assert labels(nlp, "Trump said he would attend the Putin summit next week.").get("Putin") == "PERSON"


def test_a_name_after_the_city_of_is_a_place(seed_groups) -> None:
    assert seed_groups["000"]["Krivhy Rih"]["label"] == "GPE"


@pytest.mark.parametrize(("text", "expected"), [
    # Guards from the review of these rules: each was wrong in their first version.
    # An owner's name before a weapon's noun is the owner's, whatever speaks of him after.
    ("Netanyahu's jets struck targets in Beirut overnight. \"We will continue,\" according to Netanyahu.",
     {"Netanyahu": "PERSON"}),
    # A plural of a weapon's name outside a list of weapons is no weapon: the team.
    ("Germany will send more Patriot missile batteries to Ukraine. In the NFL, the Patriots beat the Bills 21-14.",
     {"Patriot": "PRODUCT", "Patriots": "ORG"}),
    # An agency first in a credit: the name after it is its photographer.
    ("The president spoke in Washington.\nPhoto: REUTERS/Kevin Lamarque", {"Kevin Lamarque": "PERSON"}),
    # An acronym before "airport" that qualifies another noun is the body, not an airport.
    ("ICE airport arrests have risen, ICE said in a statement. Passengers at JFK airport faced delays. Flights to JFK "
     "resumed.", {"ICE": "ORG", "JFK": "FAC"}),
    # A bank's capital, and a city's famous son, are no places.
    ("Regulators said the capital of Credit Suisse was insufficient. Salzburg, the city of Mozart, welcomed "
     "visitors. A missile hit a playground in the city of Krivhy Rih on Friday.",
     {"Credit Suisse": "ORG", "Mozart": "PERSON", "Krivhy Rih": "GPE"}),
    # A person named Church; the body written with "the".
    ("Thomas Haden Church stars in the new series. Church said he loved the script. The Roman Catholic Church said "
     "it would review the case.", {"Thomas Haden Church": "PERSON", "Roman Catholic Church": "ORG"}),
    # A firm whose name opens with a ship's prefix speaks.
    ("MV Agusta said it would cut 200 jobs at its Varese factory. HMS Kent sailed from Portsmouth.",
     {"MV Agusta": "ORG", "HMS Kent": "PRODUCT"}),
])
def test_review_guards_of_weapons_credits_airports_places_churches_and_ships(nlp: Language, text: str,
                                                                            expected: dict) -> None:
    found = labels(nlp, text)
    assert {name: found.get(name) for name in expected} == expected, found


def test_a_group_that_fires_a_weapon_is_no_weapon(nlp: Language) -> None:
    """The name is the subject of the verb whose object the weapon's noun is: the group that fired it."""
    found = labels(nlp, "The Jaysh al-Adl fired a rocket at the border post, officials said.")
    assert found.get("Jaysh al-Adl") not in (None, "PRODUCT"), found


@pytest.mark.parametrize(("text", "expected"), [
    # Helper qa1 (world genres): an island or a shore of the migration copy was a person or a body.
    ("At least 41 migrants died when their boat sank off the Italian island of Lampedusa, according to survivors.",
     {"Lampedusa": "GPE"}),
    ("A fishing boat carrying up to 750 migrants capsized off Pylos.", {"Pylos": "GPE"}),
    ("A dinghy carrying 60 people sank off Kos on Tuesday, the coast guard said.", {"Kos": "GPE"}),
])
def test_a_name_after_island_of_or_a_boat_lost_off_is_a_place(nlp: Language, text: str, expected: dict) -> None:
    found = labels(nlp, text)
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(("text", "name"), [
    # Guards: an owner after "off", and a given name there, are no shores.
    ("The yacht capsized off Shell's platform in the North Sea.", "Shell"),
    ("The team was rescued off Martin's ship.", "Martin"),
    ("Two sailors were rescued off Grace Harbour Pier after the storm.", "Grace Harbour Pier"),
])
def test_an_owner_or_a_given_name_after_off_stays_no_place_guard(nlp: Language, text: str, name: str) -> None:
    assert labels(nlp, text).get(name) != "GPE"
