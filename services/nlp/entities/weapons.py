"""Weapons, military vehicles and spacecraft named by their model: "Patriot air defence systems", "MiG-29 fighter
jets", "Iris-T", "the Europa Clipper spacecraft" are products, which the model takes for persons ("Patriot"), firms
("MiG-29", "Patriots" the NFL club) or places ("the New Glenn rocket")."""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from services.nlp.doctext import lowers_of, span_of, tokens_of, words_of
from services.nlp.entities.cleaning import is_glued_hyphen, speaks_at
from services.nlp.entities.gazetteer import _KNOWN_ORGANISATIONS, _compact, _in_gazetteer
from services.nlp.entities.grouping import _FIRM_HEADS, _has_digits, _singular, _starts_with_given_name
from services.nlp.entities.mentions import Mention
from services.nlp.entity_rules import (
    AIRCRAFT_MAKERS,
    ARMED_NOUNS,
    ARMS_WORDS,
    CAR_MAKERS,
    CAR_MODEL_NAMES,
    CAR_TRIMS,
    CORPORATE_SUFFIXES,
    CRAFT_NOUNS,
    ORGANISATION_HEADS,
    POSSESSIVES,
    RACING_CONSTRUCTORS,
    WEAPON_NOUNS,
)

# A model's designation after a glued hyphen, one capital letter or a number, in the plural too: "-T" of "Iris-T",
# "-Ts" of "Iris-Ts" (not a second name: "UK-EU", "Biden-Xi").
_DESIGNATION = re.compile(r"[A-Z]s?|\d{1,4}[A-Z]?s?")
# Labels of names that may be a model's designation: not places or peoples ("Russian missiles", "German Iris-Ts").
_DESIGNATED_LABELS = frozenset({"PERSON", "ORG", "PRODUCT"})
# Labels of names that may be a spacecraft's: places too, unknown to the gazetteer ("the New Glenn rocket"); not a
# region's (LOC), which is where a craft goes ("the Mars rover").
_CRAFT_LABELS = _DESIGNATED_LABELS | {"GPE", "FAC"}
# Labels the model gives a craft's name with its number, which name no law or event before a craft's noun: "an Ariane
# 5 rocket" (a law to the model, an event elsewhere).
_NUMBERED_CRAFT_LABELS = frozenset({"LAW", "EVENT"})
# Labels of a craft's one word written with its noun beside another craft's: "the Vikram lander and Pragyan rover"
# (an organisation and a people to the model).
_PAIRED_CRAFT_LABELS = _CRAFT_LABELS | {"NORP"}
# Crafts' nouns that name a craft after a person: "the James Webb telescope".
_CRAFTS_NAMED_FOR_PEOPLE = frozenset({"telescope"})
# Bodies a craft is named for its trip to ("the Moon lander", "a Mars capsule"): its destination, no name of it.
_DESTINATIONS = frozenset({"mars", "moon", "venus", "mercury", "jupiter", "saturn", "earth", "sun", "lunar", "martian"})
# Moons that missions are named after ("Europa Clipper"), and the words after them that name a craft, not a place.
_MOONS = frozenset({"europa", "titan", "enceladus", "ganymede", "callisto", "io", "phobos"})
_CRAFT_WORDS = frozenset({"clipper", "explorer", "express", "orbiter", "lander", "rover", "dragonfly"})
# Nouns of devices a numbered model names: "the Mate 70 smartphone", "Pixel 9 phones".
_DEVICE_NOUNS = frozenset({"smartphone", "smartphones", "phone", "phones", "handset", "handsets", "laptop", "laptops",
                           "tablet", "tablets", "console", "consoles", "chip", "chips", "processor", "processors"})
# Words between a weapon's name and its noun: "air defence", "fighter", "ballistic".
_NOUN_WORDS = 4
# Members of a list besides its weapons that make the rest of it weapons too: "Patriots, Iris-T, Nasams and MiG-29".
_LIST_WEAPONS = 2
_LIST_GLUE = frozenset({",", "and", "or"})


def _with_designation(doc: Doc, m: Mention) -> Mention:
    """A name with the designation the model left out after a glued hyphen: "Iris" of "Iris-T" (not a place's or a
    people's, nor a second name: "UK-EU deal")."""
    end = m.end
    if m.label not in _DESIGNATED_LABELS or end + 1 >= len(doc) or not is_glued_hyphen(doc[end]) \
            or not _DESIGNATION.fullmatch(doc[end + 1].text):
        return m
    return Mention(m.start, end + 2, m.label, m.weight, m.source, m.key, m.owner)


def _named_weapons(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's names of weapons: written right before a weapon's noun ("Patriot air defence systems"), or
    in a list of them ("Patriots, Iris-T, Nasams and MiG-29", where a plural of a weapon's name counts as one). A plural
    elsewhere is no weapon by its form alone: "the Patriots beat the Bills" is the team."""
    weapons = {m.key for m in mentions if (_may_name_a_weapon(m) and _before_noun(doc, m, _names_a_weapon))
               or (_may_name_a_craft(m) and _before_noun(doc, m, _names_a_craft))
               or (_may_name_a_device(m) and _before_a_device_noun(doc, m))}
    weapons |= _paired_crafts(doc, mentions) | _crafts_named_for_people(doc, mentions)
    # Not a name that speaks: "The Johnson system ... Johnson said". Asked only of the few names found above (most
    # texts have none): the parse's subject and head for every mention cost more than the rest of the rule.
    weapons -= {m.key for m in mentions if m.key in weapons and speaks_at(doc, m.end - 1)}
    if not weapons:
        return weapons
    for members in _lists(doc, mentions):
        named = sum(m.key in weapons or _singular(m.key) in weapons for m in members)  # "Patriots" of a Patriot
        if named >= _LIST_WEAPONS and all(_may_name_a_product(m) for m in members):
            weapons |= {m.key for m in members}
    return weapons


# Families of launchers a number or a Roman numeral after the name tells apart: "Ariane 6", "Falcon 9", "Atlas V".
_ROCKET_FAMILIES = frozenset({"ariane", "falcon", "vega", "soyuz", "atlas", "electron", "proton", "titan", "saturn",
                              "angara"})
# Crewed programmes whose missions are numbered like launchers ("The Artemis II mission" was the organisation
# "Artemis", its number left out).
_MISSION_SERIES = frozenset({"artemis"})
# The names a craft's or a car's model opens with: a maker's or a launcher family's, a crewed programme's.
# Makers of racing cars too, whose model's code names the car ("the Ferrari 499P beat the Porsche 963").
_CAR_NAMES = CAR_MAKERS | RACING_CONSTRUCTORS
_CRAFT_NAMES = AIRCRAFT_MAKERS | _ROCKET_FAMILIES | _MISSION_SERIES | _CAR_NAMES
# A car's model after its maker: a code of letters and digits ("EV6", "i4", "RAV4", "ID.4", "F-150", "SF-24"), three
# digits and maybe a letter or two ("Porsche 911", "Ferrari 499P", "Porsche 963"), or Tesla's "Model" and its letter
# or number ("Model Y").
_CAR_MODEL = re.compile(r"(?:[A-Z]{1,4}|[a-z][A-Z]?)\d{1,3}[a-z]?|[A-Z]{1,2}-\d{2,3}|ID\.\d|[1-9]\d{2}[A-Z]{0,2}")
# A model of digits alone, which a count may be too ("Ford 150 jobs", "Yamaha 150 staff"): only before no noun in
# lower case nor a number.
_DIGITS_MODEL = re.compile(r"\d{3}")
_TESLA_MODEL = re.compile(r"[3SXY]")
# Codes after a maker that are no car: a quarter's or a half's of its results ("Tesla Q3 deliveries"), its racing
# team's ("the Ferrari F1 team"); Audi's "Q4" is one, written so by no other maker.
_NOT_CAR_MODELS = re.compile(r"[QH][1-4]|FY\d{2,4}|F1|F2|F3")
# An aircraft's model after its maker: three digits ("737"), or letters and digits ("A320neo", "CRJ700", "E190").
_AIRCRAFT_MODEL = re.compile(r"\d{3}|[A-Z]{1,3}\d{2,3}[a-z]{0,3}")
# A launcher's number after its family's name: "6" of "Ariane 6", "V" of "Atlas V" (not "I", the pronoun).
_ROCKET_NUMBER = re.compile(r"\d|[IVX]{2,4}|V|X")
# A variant after a glued hyphen: "-800" of "Boeing 737-800", "-8" of "787-8", "-600" of "ATR 72-600".
_VARIANT = re.compile(r"\d{1,4}[A-Z]{0,2}|ER|LR|MAX")
# Words after a number that make it a count or a share of the name before it: "Boeing 100 per cent".
_SHARE_WORDS = frozenset({"%", "per", "percent", "pc", "cent"})
# ... or a multiple, a span of time or a tally the number counts: "their iPhone 14 times faster", "bought an iPad 10
# years ago", "Artemis 2 points clear at the top".
_COUNTED_WORDS = _SHARE_WORDS | frozenset({"times", "years", "months", "weeks", "days", "hours", "minutes", "points",
                                           "goals", "million", "billion"})


# Series of spacecraft whose craft are named by the series and a glued number, one word to the tokenizer, which the
# model misses: "Chandrayaan-3", "Chang'e-6", "Shenzhou-17", "Tianwen-1".
_SPACECRAFT_SERIES = frozenset({"chandrayaan", "chang'e", "chang’e", "shenzhou", "tianzhou", "tianwen", "gaganyaan",
                                "mangalyaan"})
_NUMBERED_CRAFT = re.compile(r"[A-Z][a-z'’]+-\d{1,2}")


def _numbered_spacecraft(doc: Doc) -> list[Mention]:
    """Craft of a series named with a glued number: "Chandrayaan-3" (nothing to the model)."""
    tokens = tokens_of(doc)
    return [Mention(i, i + 1, "PRODUCT", 1.0, "model") for i, word in enumerate(words_of(doc))
            if "-" in word and tokens[i].lower_.rsplit("-", 1)[0] in _SPACECRAFT_SERIES
            and _NUMBERED_CRAFT.fullmatch(word)]


def with_models_of_craft(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An aircraft's, a launcher's or a car's model, its maker's or family's name and its number, one product: "a Jeju
    Air Boeing 737-800" ("737" a count to the model), "the Ariane 6 rocket" ("6" one), "the Falcon 9" (an event), "the
    Kia EV6" (nothing); the model's names inside it give way, one that runs into it from before ends where it opens."""
    # Only at a maker's or a family's name (most texts have none): asking every token built a Token for each.
    lowers = lowers_of(doc)
    models = [model for i in range(len(doc) - 1) if lowers[i] in _CRAFT_NAMES
              and (model := _model_of_craft(doc, i)) is not None] + _numbered_spacecraft(doc)
    models += [x for x in _cars_without_makers(doc, lowers) + _designated_weapons(doc) + _devices(doc)
               if not any(m.start <= x.start < m.end for m in models)]
    models += [x for x in _airbus_models_without_maker(doc, lowers)
               if not any(m.start <= x.start < m.end for m in models)]
    # Not inside a longer name that runs on past the number: "the Boeing 737 Max" stays as the model read it (but a
    # count that runs on from an airliner, "the A380 to 40", is no name).
    models = [x for x in models if not any(m.start < x.end < m.end and not (x.source == "airbus" and m.label ==
                                                                             "CARDINAL") for m in mentions)]
    if not models:
        return mentions
    out = []
    for m in mentions:
        model = next((x for x in models if m.start < x.end and x.start < m.end), None)
        if model is None:
            out.append(m)
        elif m.start < model.start and any(t.is_alpha and t.text[:1].isupper() for t in doc[m.start:model.start]):
            out.append(Mention(m.start, model.start, m.label, m.weight, m.source))  # "Jeju Air" of "Jeju Air Boeing"
            # (not "10 and" of the model's "10 and AirPods 4": no name)
        elif m.label == "CARDINAL" and model.source == "airbus":
            # "40 A350" of "40 A350 widebodies", "A380 to 40": the count beside the model stays a count
            out.extend(Mention(t.i, t.i + 1, "CARDINAL", m.weight, m.source) for t in doc[m.start:m.end]
                       if t.like_num and not model.start <= t.i < model.end)
    return sorted(out + models, key=lambda m: m.start)


def _model_of_craft(doc: Doc, i: int) -> Mention | None:
    """The product of a maker's or a launcher family's capitalised name at doc[i] and the model's number after it,
    with a variant glued on by a hyphen ("Boeing 737-800"), None where no model is named there."""
    name, number = doc[i], doc[i + 1]
    maker = name.lower_ in AIRCRAFT_MAKERS and bool(_AIRCRAFT_MODEL.fullmatch(number.text)
                                                    or (name.lower_ == "atr" and _ATR_MODEL.fullmatch(number.text)))
    rocket = (name.lower_ in _ROCKET_FAMILIES or name.lower_ in _MISSION_SERIES) \
        and bool(_ROCKET_NUMBER.fullmatch(number.text))
    car_end = _car_model_end(doc, i)
    if not (name.is_title or ((car_end or name.lower_ == "atr") and name.is_upper)) or not name.whitespace_ \
            or not (maker or rocket or car_end):
        return None
    end = car_end or i + 2
    if end + 1 < len(doc) and is_glued_hyphen(doc[end]) and _VARIANT.fullmatch(doc[end + 1].text):
        end += 2
    if end < len(doc) and (doc[end].lower_ in _COUNTED_WORDS or doc[end].like_num):
        return None  # "Boeing 737 orders rose 10 per cent" counts nothing here; "Boeing 100 per cent" does
    if maker and (versioned := _max_version_end(doc, end)) > end \
            and not (versioned < len(doc) and (doc[versioned].lower_ in _COUNTED_WORDS or doc[versioned].like_num)):
        end = versioned  # "Boeing 737 MAX 9"; not "Boeing 787 Max 5 minutes late"
    return Mention(i, end, "PRODUCT", 1.0, "model")


# Airbus's airliners written without the maker: "A350", "A320neo", "A321XLR", "A350-1000" (counts or nothing to the
# model). Britain's roads are numbered so too ("the A350 near Chippenham"): only in a text of aircraft, of no road,
# and only the numbers Airbus gave its airliners ("the A303 near Stonehenge" is a road, no airliner's).
_AIRBUS_MODEL = re.compile(r"A(?:220|300|310|318|319|320|321|330|340|350|380)(?:neo|ceo|XLR|LR)?")
_AIRCRAFT_TEXT_WORDS = frozenset({"airbus", "airline", "airlines", "aircraft", "airliner", "airliners", "jet", "jets",
                                  "widebody", "widebodies", "fleet", "flight", "flights", "plane", "planes"})
_ROAD_TEXT_WORDS = frozenset({"road", "roads", "motorway", "carriageway", "junction", "roundabout", "traffic", "lane",
                              "lanes", "route", "bypass", "motorists"})


def _airbus_models_without_maker(doc: Doc, lowers: list[str]) -> list[Mention]:
    """Airbus's models written alone in a text of aircraft and of no road: "40 A350 widebodies", "flies the A380"."""
    words = set(lowers)
    if words.isdisjoint(_AIRCRAFT_TEXT_WORDS) or not words.isdisjoint(_ROAD_TEXT_WORDS):
        return []
    models = []
    for i, word in enumerate(words_of(doc)):
        if not _AIRBUS_MODEL.fullmatch(word) or (i > 0 and lowers[i - 1] == "airbus"):
            continue  # "Airbus A350": the maker's model, found with it
        end = i + 1
        if end + 1 < len(doc) and is_glued_hyphen(doc[end]) and _VARIANT.fullmatch(doc[end + 1].text):
            end += 2  # "A350-1000"
        models.append(Mention(i, end, "PRODUCT", 1.0, "airbus"))
    return models


# ATR's turboprops, numbered by two digits: "ATR 72", "ATR 42" (with "-500" or "-600" glued on).
_ATR_MODEL = re.compile(r"42|72")
# Boeing's "MAX" version and its number after a model: "737 MAX 9", "737 MAX 8-200".
_MAX_VERSIONS = frozenset({"MAX", "Max"})
_MAX_NUMBER = re.compile(r"\d{1,2}")


def _max_version_end(doc: Doc, end: int) -> int:
    """Where an aircraft's model ending at `end` ends with its "MAX" version and that version's number: "an Alaska
    Airlines Boeing 737 MAX 9" ("9" a count to the model), "Boeing 737 MAX 8-200"; `end` where no number follows
    "MAX" (the model's own reading of "the Boeing 737 Max" stays)."""
    if not (end + 1 < len(doc) and doc[end].text in _MAX_VERSIONS and _MAX_NUMBER.fullmatch(doc[end + 1].text)):
        return end
    end += 2
    if end + 1 < len(doc) and is_glued_hyphen(doc[end]) and _VARIANT.fullmatch(doc[end + 1].text):
        end += 2
    return end


# Cars a text names without their maker, by a family's word and a number: "Ioniq 5" (an event to the model).
_CAR_FAMILIES = frozenset({"ioniq"})
# Volkswagen's electric cars, one token with their number: "ID.4" (nothing to the model).
_ID_MODEL = re.compile(r"ID\.\d")


def _cars_without_makers(doc: Doc, lowers: list[str]) -> list[Mention]:
    """Cars named without their maker: "ID.4", "Ioniq 5", and Tesla's "Model Y" in a text that names Tesla (the model
    found "Model 3" and missed "Model Y"); not "Model" before another word or in a text of no Tesla."""
    tesla = "tesla" in lowers
    cars = []
    for i, word in enumerate(words_of(doc)):
        if _ID_MODEL.fullmatch(word):
            cars.append(Mention(i, i + 1, "PRODUCT", 1.0, "model"))
        elif lowers[i] in _CAR_FAMILIES and i + 1 < len(doc) and len(doc[i + 1]) == 1 and doc[i + 1].text.isdigit() \
                and doc[i].is_title:
            cars.append(Mention(i, i + 2, "PRODUCT", 1.0, "model"))
        elif word == "Model" and tesla and i + 1 < len(doc) and _TESLA_MODEL.fullmatch(doc[i + 1].text):
            cars.append(Mention(i, i + 2, "PRODUCT", 1.0, "model"))
    return cars


# Phones, tablets and earbuds named by a family and a version, as written, with the tiers after it: "iPhone 16 Pro
# Max" ("iPhone" alone to the model), "Pixel 9 Pro Fold" and "Galaxy S25 Ultra" (nothing), "Galaxy Z Fold 6".
_DEVICE_FAMILIES = frozenset({"iPhone", "iPad", "Pixel", "Galaxy", "AirPods"})
_DEVICE_VERSION = re.compile(r"[A-Z]?\d{1,2}[a-z]?|[A-Z]")
# Capital letters alone after a family that are words, no version: the pronoun and the article ("Without my iPhone I
# would be lost", "On the iPhone A new feature").
_WORD_LETTERS = frozenset({"I", "A"})
# Samsung's phones number a letter's series ("Galaxy S25", "Galaxy A55", "Galaxy Z Fold"): a bare number after
# "Galaxy" is a club's score ("The Galaxy 3 goals ahead", "Galaxy 5 Sounders 3") or a club night's ("the Galaxy 8").
_LETTERED_FAMILIES = frozenset({"Galaxy"})
_DEVICE_TIERS = frozenset({"Pro", "Max", "Ultra", "Plus", "Mini", "mini", "Fold", "Flip", "Air", "SE", "Lite", "FE",
                           "XL"})
# Makers written before a device's family, which go on no other name: "Samsung Galaxy S25", "Apple iPhone 16".
_DEVICE_MAKERS = frozenset({"apple", "google", "samsung"})


def _devices(doc: Doc) -> list[Mention]:
    """Devices named by a family, a version and tiers (`_DEVICE_FAMILIES`); not after another name ("LA Galaxy 2
    Seattle Sounders 1", a club's score), nor a number that counts the word after it ("iPhone 14 times faster")."""
    words = words_of(doc)
    devices = []
    for i in range(len(doc) - 1):
        if words[i] not in _DEVICE_FAMILIES or not doc[i].whitespace_ or not _DEVICE_VERSION.fullmatch(words[i + 1]) \
                or (words[i] in _LETTERED_FAMILIES and words[i + 1][0].isdigit()) or words[i + 1] in _WORD_LETTERS:
            continue
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.text[:1].isupper() and before.lower_ not in _DEVICE_MAKERS \
                and not before.is_stop:  # "The Galaxy S25" opens a sentence
            continue
        end = i + 2
        while end < len(doc) and words[end] in _DEVICE_TIERS:
            end += 1
        if end < len(doc) and words[end - 1] in ("Fold", "Flip") and words[end].isdigit() and len(words[end]) == 1:
            end += 1  # "Galaxy Z Fold 6"
        if end == i + 2 and end < len(doc) and words[end].lower() in _COUNTED_WORDS:
            continue  # "their iPhone 14 times faster": the number counts the word after it
        devices.append(Mention(i, end, "PRODUCT", 1.0, "model"))
    return devices


# A weapon's designation: letters, a hyphen or none, a number and letters after it, a plural's "s" too ("F-35A",
# "AH-64E", "PAC-3", "F-15EX", "K9", "Su-35", "MiG-29s", "M1A2").
_WEAPON_DESIGNATION = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,3}(?:[A-Z]{1,3}\d?)?s?")
# A name's word after a designation, part of the model's name: "Apache" of "AH-64E Apache", "Eagle II", "MSE".
_DESIGNATION_NAME_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]{2,5}|[IVX]{1,4}")
_DESIGNATION_NAME_WORDS = 2
# Nouns a designation names a weapon before, besides a weapon's: "F-15EX fighters"; "fighters" only after a hyphened
# one, since a rebel group is named by a letter and a number too ("M23 fighters seized the town").
_DESIGNATED_NOUNS = frozenset({"fighter", "fighters", "bomber", "bombers", "warship", "warships", "submarine",
                               "submarines", "aircraft"})
_HYPHENED_ONLY_NOUNS = frozenset({"fighter", "fighters"})


def _designated_weapons(doc: Doc) -> list[Mention]:
    """Weapons named by a designation before a weapon's noun, with the name's words between ("35 F-35A fighter jets",
    "96 AH-64E Apache helicopters", "870 PAC-3 MSE interceptors", "Challenger 2 tanks"): nothing, a count or a law to
    the model; not a designation before any other noun ("COVID-19 vaccines", "M23 rebels")."""
    words = words_of(doc)
    weapons = []
    for i, word in enumerate(words):
        if word.isalpha():
            continue  # no digit in it (asked first, with no call: most words are such)
        numbered = _is_named_number(doc, i)
        if not (numbered or _WEAPON_DESIGNATION.fullmatch(word)) or not any(ch.isdigit() for ch in word):
            continue
        end = i + 1
        while end < len(doc) and end - i <= _DESIGNATION_NAME_WORDS and _DESIGNATION_NAME_WORD.fullmatch(words[end]):
            end += 1
        start = i - 1 if numbered else i
        if _before_a_weapons_noun(doc, end, hyphened="-" in word or numbered):
            weapons.append(Mention(start, end, "PRODUCT", 1.0, "model"))
    return weapons


# Words of a step in a sequence a number after them counts, no weapon's name: "Wave 2 drones hit the city", "Round 3".
_SEQUENCE_WORDS = frozenset({"wave", "round", "phase", "stage", "level", "tier", "day", "week", "season", "part",
                             "step", "zone", "group", "batch", "lot", "game", "leg", "heat", "chapter", "episode",
                             "grade", "number", "no", "category", "series", "salvo", "volley"})


def _is_named_number(doc: Doc, i: int) -> bool:
    """doc[i] is a small number after a capitalised word that is no place, people or date ("Challenger 2",
    "Leopard 2"; not "Monday 3 drones")."""
    # The word read off the document's list: this is asked of every word, and a Token costs more than the test.
    word = words_of(doc)[i]
    if i == 0 or not word.isdigit() or len(word) > 2:
        return False
    name = tokens_of(doc)[i - 1]
    return name.is_title and name.ent_type_ not in ("GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL") \
        and not _in_gazetteer(name.text) and name.whitespace_ != "" and name.lower_ not in _SEQUENCE_WORDS


def _before_a_weapons_noun(doc: Doc, i: int, hyphened: bool) -> bool:
    """A weapon's noun in lower case heads the few words from doc[i] on ("fighter jets", "self-propelled
    howitzers")."""
    for token in tokens_of(doc)[i:i + _NOUN_WORDS]:
        if not (token.is_lower or is_glued_hyphen(token)):
            return False
        noun = token.lower_
        modifier = token.dep_ == "compound" and token.i + 1 < len(doc) and doc[token.i + 1].is_lower
        if not modifier and (noun in WEAPON_NOUNS or (noun in _DESIGNATED_NOUNS
                                                      and (hyphened or noun not in _HYPHENED_ONLY_NOUNS))):
            return True  # not "fighter" of "fighter jets", whose noun is the jets
    return False


def _car_model_end(doc: Doc, i: int) -> int:
    """The end of a car's model named by its maker at doc[i] and a code after it ("Kia EV6", "Tesla Model Y"), 0 where
    the words after the maker name none ("Tesla Q3 deliveries", "Ford said", "BMW 2024 sales")."""
    if doc[i].lower_ not in _CAR_NAMES:
        return 0
    if doc[i + 1].lower_ in CAR_MODEL_NAMES.get(doc[i].lower_, ()) and doc[i + 1].text[:1].isupper():
        return _after_trims(doc, i + 2)  # "GMC Sierra", "Porsche Taycan Turbo S"
    code = doc[i + 1].text
    if code == "Model" and i + 2 < len(doc) and _TESLA_MODEL.fullmatch(doc[i + 2].text):
        return i + 3
    if not _CAR_MODEL.fullmatch(code) or (_NOT_CAR_MODELS.fullmatch(code) and doc[i].lower_ != "audi"):
        return 0
    if _DIGITS_MODEL.fullmatch(code) and i + 2 < len(doc) \
            and ((doc[i + 2].is_lower and doc[i + 2].pos_ == "NOUN") or doc[i + 2].like_num):
        return 0  # "Ford 150 jobs", a count
    return i + 2


def _after_trims(doc: Doc, end: int) -> int:
    """The end of a car's name past the capitalised trims after its model from doc[end] on ("Turbo S", "GTI")."""
    while end < len(doc) and doc[end].lower_ in CAR_TRIMS and doc[end].text[:1].isupper() and doc[end - 1].whitespace_:
        end += 1
    return end


def _may_name_a_weapon(m: Mention) -> bool:
    """The model's label and the name's form allow a weapon before a weapon's noun: a person's, or a firm's or
    product's with a number ("MiG-29"); a firm's without one is the maker's or owner's ("Boeing jets", "Hamas
    rockets")."""
    return _may_name_a_product(m) and (m.label == "PERSON" or _has_digits(m.key) or "-" in m.key)


def _may_name_a_craft(m: Mention) -> bool:
    """The model's label and the name's form allow a spacecraft before a craft's noun: a place's too ("New Glenn"), a
    firm's of two words or more ("Falcon Heavy"); a firm's of one word is the maker's ("a Boeing capsule"), a known
    organisation's the owner's ("an Islamic Jihad rocket"), a body's the destination ("the Moon lander")."""
    if _is_named_after_a_destination(m):
        return True
    labels = _CRAFT_LABELS | _NUMBERED_CRAFT_LABELS if _has_digits(m.key) else _CRAFT_LABELS
    return _may_name_a_product(m, labels) and not (m.label == "ORG" and len(m.key) == 1) \
        and not any(word in _DESTINATIONS for word in m.key)


def _is_named_after_a_destination(m: Mention) -> bool:
    """A region's name of two words, a moon's or a planet's and a craft's word, that names the craft going there: "the
    Europa Clipper spacecraft" (a region to the model, and "Europa" joined to it); not "the Jezero Crater rover"."""
    return m.label == "LOC" and len(m.key) == 2 and m.key[0] in _DESTINATIONS | _MOONS and m.key[1] in _CRAFT_WORDS


def _may_name_a_device(m: Mention) -> bool:
    """The model's label and the name's form allow a numbered device's model before a device's noun ("the Mate 70
    smartphone", a law to the model; a given name and a number are no one's name); a name without a number is the
    maker's ("a Huawei smartphone")."""
    return _has_digits(m.key) and _may_name_a_product(m, _CRAFT_LABELS | _NUMBERED_CRAFT_LABELS, given_names=True)


def _may_name_a_product(m: Mention, labels: frozenset[str] = _DESIGNATED_LABELS, given_names: bool = False) -> bool:
    """The name of a person, firm or product that may be a product's: not a place or people the gazetteer knows, a
    known organisation, a firm's or body's name by its last word ("Acme Systems", "Raytheon Technologies") nor, unless
    `given_names`, a person's of a given name and a surname."""
    key, name = m.key, " ".join(m.key)
    return m.label in labels and not _in_gazetteer(name) and _compact(name) not in _KNOWN_ORGANISATIONS \
        and key[-1] not in CORPORATE_SUFFIXES and key[-1] not in ORGANISATION_HEADS and key[-1] not in _FIRM_HEADS \
        and (given_names or not _starts_with_given_name(key))


def _paired_crafts(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of two names each right before another craft's noun, joined by "and" or "or": "the Vikram lander and
    Pragyan rover" (one of them a one-word firm's name, which alone may be the maker's; not two, "the Lockheed rocket
    and Northrop capsule", nor an agency's acronym, "the ISRO lander and JAXA rover", the owners'; nor "Hamas rockets
    and Hezbollah rockets"; no destination: "the Moon lander")."""
    starts = {m.start: m for m in mentions}
    crafts: set[tuple[str, ...]] = set()
    for m in mentions:
        other = starts.get(m.end + 2)
        if other is not None and doc[m.end + 1].lower_ in ("and", "or") \
                and all(_may_pair_as_craft(doc, x) and _is_craft_noun(doc, x.end) for x in (m, other)) \
                and doc[m.end].lower_ != doc[other.end].lower_ \
                and not all(x.label == "ORG" and len(x.key) == 1 for x in (m, other)):
            crafts |= {m.key, other.key}
    return crafts


def _crafts_named_for_people(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of people's names written only before a craft's noun that names crafts after people: "The James Webb
    telescope's successor" (not where the text writes the name alone too: "named after James Webb, who ran NASA")."""
    keys = {m.key for m in mentions if _may_name_a_product(m, _CRAFT_LABELS, given_names=True)}
    alone = {m.key for m in mentions if m.key in keys and not _before_noun(doc, m, _names_a_craft_for_a_person)}
    return keys - alone


def _may_pair_as_craft(doc: Doc, m: Mention) -> bool:
    """The model's label and the name's form allow a craft's name beside another craft's (no acronym: an agency's)."""
    return _may_name_a_product(m, _PAIRED_CRAFT_LABELS) and not any(word in _DESTINATIONS for word in m.key) \
        and not (m.end - m.start == 1 and doc[m.start].text.isupper())


def _is_craft_noun(doc: Doc, i: int) -> bool:
    """doc[i] is a craft's noun in lower case."""
    return i < len(doc) and doc[i].is_lower and doc[i].lower_ in CRAFT_NOUNS


def _before_noun(doc: Doc, m: Mention, names_the_kind: Callable[[Token, list[Token]], bool]) -> bool:
    """A noun of the kind follows the name, in lower case, heading the phrase the name modifies: "MiG-29 fighter jets",
    "Patriot air defence systems" (a system after a word of arms); not "Obama drone strikes", whose noun is strikes,
    nor the object of a verb the name is the subject of: "Jaysh al-Adl fired a rocket" is the group that fired it."""
    if m.end < len(doc) and doc[m.end].lower_ in POSSESSIVES:
        return False  # the owner's: "Netanyahu's jets", "Saka's rocket into the top corner"
    phrase = []
    for token in tokens_of(doc)[m.end:m.end + _NOUN_WORDS]:
        if not (token.is_lower or is_glued_hyphen(token)):
            break
        phrase.append(token)
        if token.pos_ == "NOUN" and token.dep_ != "compound" and names_the_kind(token, phrase):
            head = doc[m.end - 1].head
            if doc[m.end - 1].dep_ == "conj" and head.i < m.start and head.pos_ == "PROPN":
                head = head.head  # "Bradley Fighting Vehicles and Abrams tanks": the parse hangs "Abrams" on "Vehicles"
            return head in phrase and head.pos_ not in ("VERB", "AUX")  # not "fired" of "Houthis fired a missile"
    return False


def _names_a_weapon(noun: Token, phrase: list[Token]) -> bool:
    """The noun is a weapon's, or a system's after a word of arms ("air defence systems")."""
    return noun.lower_ in WEAPON_NOUNS or (noun.lower_ in ARMED_NOUNS and any(t.lower_ in ARMS_WORDS for t in phrase))


def _names_a_craft(noun: Token, phrase: list[Token]) -> bool:
    """The noun is a spacecraft's or a launcher's, in the singular."""
    return noun.lower_ in CRAFT_NOUNS


def _before_a_device_noun(doc: Doc, m: Mention) -> bool:
    """A device's noun in lower case right after the name heads it: "the Mate 70 smartphone" (whose number the parse
    hangs on "Mate", so not `_before_noun`'s test of the last word's head)."""
    if m.end >= len(doc):
        return False
    noun = doc[m.end]
    return noun.is_lower and noun.lower_ in _DEVICE_NOUNS and doc[m.start:m.end].root.head == noun


def _names_a_craft_for_a_person(noun: Token, phrase: list[Token]) -> bool:
    """The noun is a craft's that is named after a person: "telescope"."""
    return noun.lower_ in _CRAFTS_NAMED_FOR_PEOPLE


def _lists(doc: Doc, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of three names or more written as a list, with commas, "and" or "or" between them."""
    runs: list[list[Mention]] = []
    run: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        between = span_of(doc, run[-1].end, m.start) if run else None
        if between is not None and 0 < len(between) <= 2 and all(t.lower_ in _LIST_GLUE for t in between):
            run.append(m)
            continue
        if len(run) >= 3:
            runs.append(run)
        run = [m]
    if len(run) >= 3:
        runs.append(run)
    return runs
