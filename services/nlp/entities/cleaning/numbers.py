"""Numbers, dates, units and sums: a number's span trimmed, a date of the model's that is an age or dates
nothing told, a unit joined to its count, the money extractor's sums made the MONEY mentions."""
from __future__ import annotations

import calendar
import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import char_bounds, lowers_of, span_of, span_text, text_of, tokens_of, words_of
from services.nlp.entities.capitals import _is_age
from services.nlp.entities.cleaning.splitting import FINITE_VERB_TAGS, numbers_a_name
from services.nlp.entities.gazetteer import _in_gazetteer
from services.nlp.entities.mentions import Mention
from services.nlp.entities.tallies import POINTS_ABBREVIATIONS, SCORING_LEMMAS, dates_or_ages_beside
from services.nlp.entity_rules import (
    CLOCK_TIME,
    COMPASS_POINTS,
    IRREGULAR_PEOPLE_PLURALS,
    MONTHS,
    NAME_LABELS,
    NUMBERED_NAME_WORDS,
    NUMBERLESS_LABELS,
    NUMERIC_LABELS,
    PARTIES,
    PARTY_WORDS,
    PLACE_NAMED_CLUBS,
    TEMPERATURE_SCALES,
    TIME_ZONES,
    TITLE_ABBREVIATIONS,
    TOWN_FIRST_CLUBS,
    WEEKDAYS,
)
from services.nlp.money import (
    CURRENCY_LEMMAS,
    MEASURE_UNITS,
    in_phone_number,
    is_earlier_level,
    is_list_number,
    is_persons_age,
    is_unit_move,
    prices_a_currency_after,
)
from services.nlp.money.non_figures import names_a_group
from services.nlp.money.numbers import UNIT_WORDS, number_value
from services.nlp.money.sport import cricket_units, spaced_relays, split_ratios
from services.nlp.money.units import is_rate_in_capitals

# Words before a small number that name a level or class by it: "Tier 1 capital", "a Category 5 hurricane", "Stage 4
# cancer", "Level 3 restrictions".
_LEVEL_WORDS = frozenset({"tier", "category", "stage", "level", "phase"})


def numbers_a_level(doc: Doc, m: Mention) -> bool:
    """The model's count is the number of a level or class after its word: "1" of "common equity tier 1 ratio", "4"
    of "Stage 4 cancer" (no count of anything)."""
    return m.label == "CARDINAL" and m.end - m.start == 1 and m.start > 0 \
        and doc[m.start - 1].lower_ in _LEVEL_WORDS and bool(doc[m.start - 1].whitespace_) \
        and re.fullmatch(r"\d{1,2}", doc[m.start].text) is not None \
        and (m.end == len(doc) or doc[m.end].lower_ != "times")  # "at a level 10 times higher": a multiple


# A listed building's grade in England and Wales: "Grade I", "Grade II*" before "listed" ("a Grade I-listed church").
_LISTED_GRADES = frozenset({"I", "II", "III"})


def is_listed_grade(doc: Doc, m: Mention) -> bool:
    """The mention is no more than "Grade" and the numeral of a listed building's grade: "a Grade I listed church"
    ("Grade" a product, "Grade II" a place to the model), no name."""
    start = m.start + 1 if doc[m.start].lower_ == "the" else m.start  # "The Grade II" a work of art
    if doc[start].text != "Grade" or start + 1 >= len(doc) or doc[start + 1].text not in _LISTED_GRADES:
        return False
    after = [t.lower_ for t in doc[start + 2:start + 4]]
    return m.end <= start + 2 and "listed" in after and after[0] in ("listed", "-", "*")


def is_numbered_name(doc: Doc, m: Mention) -> bool:
    """The mention is a word that numbered names open with and its number alone: "Flight 1282", "Terminal 5"."""
    return m.end - m.start == 2 and doc[m.start].text in NUMBERED_NAME_WORDS and doc[m.start + 1].is_digit


# Nouns of a clinical trial after its name and number: "the REDEFINE 1 trial", "the SURMOUNT 4 study".
_TRIAL_NOUNS = frozenset({"trial", "trials", "study", "studies"})


def numbers_a_trial(doc: Doc, m: Mention) -> bool:
    """The model's count is the number of a trial's name in capitals, before the trial's noun: "1" of "the REDEFINE 1
    trial" (no count of trials); not a count after a short acronym or a verb ("the UK 2 trials", "ran 2 trials"), nor
    in a headline in capitals ("NHS HALTS 2 TRIALS")."""
    i = m.start
    return m.label == "CARDINAL" and m.end - i == 1 and doc[i].is_digit and len(doc[i]) <= 2 and i > 0 \
        and doc[i - 1].is_upper and doc[i - 1].is_alpha and len(doc[i - 1]) >= 4 \
        and m.end < len(doc) and doc[m.end].is_lower and doc[m.end].text in _TRIAL_NOUNS  # not "HALTS 2 TRIALS"


def numbers_a_list_item(doc: Doc, m: Mention) -> bool:
    """The model's count is a list item's number: "1" of "Top 5 takeaways:\n1. Inflation fell to 2.3%.\n2. ..."."""
    if m.label != "CARDINAL" or m.end - m.start != 1:
        return False
    token = doc[m.start]
    return is_list_number(text_of(doc), token.idx, token.idx + len(token))


_CLOCK = re.compile(CLOCK_TIME, re.IGNORECASE)
# A catalogue's name of a planet: the survey's or the star's letters, a hyphen, a number and the planet's letter in
# lower case ("K2-18b", "WASP-39b", "TRAPPIST-1e", "HAT-P-7b", "Kepler-452b"); an aircraft's variant has a capital
# ("F-35A", "B-52H").
_PLANET_DESIGNATION = re.compile(r"[A-Z][A-Za-z0-9]+(?:-[A-Z])?-\d+[a-h]")


def is_planet_designation(doc: Doc, m: Mention) -> bool:
    """The mention is a planet's catalogue name, a date, a person or a building to the model ("the atmosphere of
    K2-18b", a date; "WASP-39b", a person): no entity of those labels."""
    return bool(_PLANET_DESIGNATION.fullmatch(span_text(doc, m.start, m.end)))  # asked of every mention


# A temperature with its scale's letter glued on, as the press writes it ("40.3C", "-10C", "118F"): a number and its
# unit, which the model reads as a count or a date.
_GLUED_TEMPERATURE = re.compile(r"[-−]?\d+(?:\.\d+)?[CF]")


# Time nouns a temperature describes in the model's date: "a 20C day", "a 30C weekend", "35C nights".
_HOT_TIMES = frozenset({"day", "days", "night", "nights", "weekend", "weekends", "afternoon", "evening"})


def temperature_in_a_date(doc: Doc, m: Mention) -> int | None:
    """The token of a temperature with its scale glued on inside the model's date, before the time it describes:
    "20C" of "a 20C day" (a quantity; the day alone dates nothing); None where there is none."""
    if m.label != "DATE" or m.end - m.start < 2 or doc[m.end - 1].lower_ not in _HOT_TIMES:
        return None
    i = m.end - 2
    return i if _GLUED_TEMPERATURE.fullmatch(doc[i].text) and doc[i].text[-1] == "C" else None


# Things numbered with a letter glued on, whose "23F" or "4C" names one of them, no temperature: "seat 23F",
# "apartment 4C", "Flat 9C", "size 10C".
_LETTERED_PLACES = frozenset({"seat", "row", "flat", "apartment", "apt", "room", "suite", "unit", "gate", "block",
                              "bay", "berth", "cabin", "deck", "platform", "cell", "locker", "ward", "bed", "floor",
                              "form", "grade", "class", "size", "section", "plot", "house", "pier", "terminal", "stand",
                              "door", "box", "no", "no.", "number", "#"})


def is_glued_temperature(doc: Doc, m: Mention) -> bool:
    """The model's count or date ends in a temperature with its scale glued on and before no noun ("40.3C was
    reached", "more than 1.5C above"): a quantity; not "size 10C shoes", "the 18C church" (a size, a century), nor
    after what it numbers ("seat 23F", "apartment 4C")."""
    if m.label not in ("DATE", "CARDINAL") or not _GLUED_TEMPERATURE.fullmatch(doc[m.end - 1].text):
        return False
    if m.end - 1 > 0 and doc[m.end - 2].lower_ in _LETTERED_PLACES:
        return False
    return m.end == len(doc) or doc[m.end].pos_ not in ("NOUN", "PROPN")


# A number with a unit of power, energy, length, weight or speed glued on: "1,600MW", "3.2GW", "450km", "70mph".
_GLUED_MEASURE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:MW|GW|kW|TWh|GWh|MWh|kWh|km|kg|mph|kph)")


# A number with its scale glued on: "50bn", "2.5m", "3tn".
_GLUED_SCALE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:bn|m|tn|k)")


# A weight class's bound as the tokenizer leaves it, its "kg" the next token glued on: "under-66" of "under-66kg",
# "+100" of "+100kg".
_WEIGHT_CLASS_BOUND = re.compile(r"(?:under|over|u)-\d{2,3}|[-+−]\d{2,3}", re.IGNORECASE)


def is_weight_class_bound(doc: Doc, i: int) -> bool:
    """Token i is a weight class's bound with "kg" glued after it: "the under-66kg judo category", "+100kg"."""
    return i + 1 < len(doc) and not doc[i].whitespace_ and doc[i + 1].lower_ == "kg" \
        and _WEIGHT_CLASS_BOUND.fullmatch(doc[i].text) is not None


# An age grade or band as one word: "under-21" of "the under-21 team", "the under-30 crowd", "the over-65s".
_AGE_GRADE = re.compile(r"(?:under|over)-\d{1,2}s?", re.IGNORECASE)


def is_age_grade(doc: Doc, m: Mention) -> bool:
    """The model's date is one word that bounds an age, a side's grade or a band of people: "Britain's men's
    under-21 team", "the over-65 voters" (no date, and no count of a thing)."""
    return m.label == "DATE" and m.end - m.start == 1 and _AGE_GRADE.fullmatch(doc[m.start].text) is not None \
        and not is_weight_class_bound(doc, m.start)


def names_a_group_by_number(doc: Doc, m: Mention) -> bool:
    """The model's count is the number of a body's name written with a capital letter glued on: "2" of "the 2M
    alliance" (see `names_a_group`)."""
    return m.label in ("CARDINAL", "QUANTITY", "MONEY") and names_a_group(text_of(doc), doc[m.start].idx) is not None


def is_scaled_ordinal(doc: Doc, m: Mention) -> bool:
    """The model's ordinal is a number with its scale glued on: "Tier 1 capital rose to 50bn", a count."""
    return m.label == "ORDINAL" and _GLUED_SCALE.fullmatch(span_text(doc, m.start, m.end)) is not None


# Words before "second" that make it the unit of time whatever follows: "metres per second", "in a split second".
_TIME_UNIT_SECOND_BEFORE = frozenset({"per", "split"})
# Words after "a second" that measure a gap by it: "a second behind Pogacar", "took a second off his record".
_GAP_AFTER = frozenset({"behind", "ahead", "off", "clear", "faster", "slower", "quicker", "later", "earlier"})


# Parts of a second a race's margin is told in: "by five thousandths of a second", "two hundredths of a second".
_PARTS_OF_A_SECOND = frozenset({"tenth", "tenths", "hundredth", "hundredths", "thousandth", "thousandths"})


def part_of_a_second_end(doc: Doc, m: Mention) -> int | None:
    """Where a span of parts of a second ends that the model's date is, or opens: "five thousandths of a second",
    "two hundredths of a" (a time, as "9.85 seconds" is to the model; not "the second half of the year", "a tenth of
    the budget"); None where it is none."""
    if m.label != "DATE":
        return None
    parts = [t.i for t in doc[m.start:m.end] if t.lower_ in _PARTS_OF_A_SECOND]
    if not parts:
        return None
    after = [t.lower_ for t in doc[parts[-1] + 1:parts[-1] + 4]]
    if after[:3] == ["of", "a", "second"]:
        end = parts[-1] + 4
    elif after[:2] == ["of", "seconds"]:
        end = parts[-1] + 3
    else:
        return None
    return end if end >= m.end else None


def is_second_of_time(doc: Doc, m: Mention) -> bool:
    """The model's ordinal is "second" the unit of time: "+1.8 metres per second", "won by more than a second", "a
    second behind"; not a rank ("for a second time", "finished second") nor a second goal ("scored a second in the
    80th minute", the verb's object)."""
    if m.label != "ORDINAL" or m.end - m.start != 1 or m.start == 0 or doc[m.start].lower_ != "second":
        return False
    token, before = doc[m.start], doc[m.start - 1].lower_
    if before in _TIME_UNIT_SECOND_BEFORE:
        return not (token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN"))  # "a split second decision"
    following = doc[m.end].lower_ if m.end < len(doc) else ""
    if before != "a" or _scored(token):
        return False
    return token.dep_ == "pobj" and _measures_time(token.head) or following in _GAP_AFTER


# Prepositions whose "a second" is a span of time ("won by more than a second", "within a second of", "hold on a
# second"); "for", "of" and "with" take a second goal, term or child as often ("pressed for a second", "in search of
# a second", "pregnant with a second"), a time only after a pause's verb or a fraction's noun.
_TIME_PREPOSITIONS = frozenset({"by", "than", "within", "in", "under", "over", "on"})
_PAUSE_VERBS = frozenset({"pause", "stop", "wait", "hesitate", "freeze", "halt", "stand", "stare", "think", "falter",
                          "linger", "stall", "glance", "blink", "close", "lose"})
_FRACTION_NOUNS = frozenset({"fraction", "tenth", "hundredth", "thousandth", "half", "quarter", "tick", "part"})
# Verbs of scoring whose "a second" is a goal, before a gap's word or not: "headed a second off a corner", "added a
# second later in the half" (not "took a second off his record").
_SCORING_VERBS = frozenset({"score", "add", "head", "net", "grab", "fire", "slot", "nod", "bag", "tap", "curl",
                            "smash", "drill", "poke", "rifle", "lash", "convert", "hit", "snatch"})


def _measures_time(preposition: Token) -> bool:
    """The preposition makes its "a second" a span of time (see `_TIME_PREPOSITIONS`)."""
    word, head = preposition.lower_, preposition.head.lemma_.lower()
    return word in _TIME_PREPOSITIONS or word == "for" and head in _PAUSE_VERBS \
        or word == "of" and head in _FRACTION_NOUNS


def _scored(token: Token) -> bool:
    """"second" is what a verb of scoring made, its object or a gap's word's: a second goal."""
    verb = token.head if token.dep_ == "dobj" else token.head.head if token.dep_ == "npadvmod" else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in _SCORING_VERBS


def is_glued_measure(doc: Doc, m: Mention) -> bool:
    """The model's count is a number with its unit glued on (`_GLUED_MEASURE`): "The 1,600MW plant", a quantity."""
    return m.label == "CARDINAL" and _GLUED_MEASURE.fullmatch(span_text(doc, m.start, m.end)) is not None


# A clock time in four digits, as wires write it before its zone: "1400" of "by 1400 GMT".
_FOUR_DIGIT_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def is_clock_before_zone(doc: Doc, m: Mention) -> bool:
    """The model's count or date is a clock time in four digits before a time zone: "by 1400 GMT", "at 0930 ET" (no
    year nor count is followed by a zone)."""
    return m.label in ("CARDINAL", "DATE") and m.end - m.start == 1 and m.end < len(doc) \
        and doc[m.end].text in TIME_ZONES and _FOUR_DIGIT_CLOCK.fullmatch(doc[m.start].text) is not None


def is_zone_after_clock(doc: Doc, m: Mention) -> bool:
    """The model's name is a time zone after a clock time in four digits: "BST" of "The 1500 BST kick-off" (an
    organisation to the model, the clock a count of its own or nothing); not a count of the people or things of a
    body before its plural noun ("1800 PST staff members", "1200 IST students")."""
    return m.label != "TIME" and m.end - m.start == 1 and m.start > 0 and doc[m.start].text in TIME_ZONES \
        and _FOUR_DIGIT_CLOCK.fullmatch(doc[m.start - 1].text) is not None and not _plural_noun_after(doc, m.end)


def _plural_noun_after(doc: Doc, i: int) -> bool:
    """A plural noun opens at token i or after one noun before it: "students", "staff members"."""
    return any(j < len(doc) and doc[j].tag_ == "NNS" for j in (i, i + 1)) and doc[i].pos_ in ("NOUN", "PROPN")


# The generations of mobile networks, a digit glued to "G": "5G spectrum", "4G" (the tokenizer splits "5" off).
_NETWORK_GENERATIONS = frozenset({"2", "3", "4", "5", "6"})


# ... which the tokenizer keeps whole with a sentence's full stop: "to invest £11 billion in 5G."
_NETWORK_GENERATION_TOKEN = re.compile(r"[2-6]G\.")


def is_network_generation(doc: Doc, m: Mention) -> bool:
    """The model's count is the digit of a mobile network's generation, "5" of "5G spectrum" or "5G." closing a
    sentence: a technology's name, no count."""
    if m.label != "CARDINAL" or m.end - m.start != 1:
        return False
    token = doc[m.start]
    if token.text[-1:] == "." and _NETWORK_GENERATION_TOKEN.fullmatch(token.text):
        return True
    return m.end < len(doc) and token.text in _NETWORK_GENERATIONS and not token.whitespace_ \
        and doc[m.end].text == "G"


# Scale words a rate is per: "per million British thermal units", "parts per million", "per thousand people".
_SCALE_WORDS = frozenset({"million", "thousand", "billion", "hundred"})


# Container shipping's units, organisations to the model: "$2,000 per FEU".
_CONTAINER_UNITS = frozenset({"TEU", "FEU", "TEUs", "FEUs"})


def is_part_of_a_units_name(doc: Doc, m: Mention) -> bool:
    """The model's count, nationality or organisation is a word of a rate's unit: "million" of "per million",
    "British" of "British thermal units" (gas prices' "$3.50 per million British thermal units"), "FEU" of "$2,000 per
    FEU": no count, no people, no body."""
    if m.end - m.start != 1:
        return False
    word = doc[m.start]
    if m.label == "ORG":  # after "per" or a number: "$2,000 per FEU", "a 24,000 TEU ship"
        return word.text in _CONTAINER_UNITS and m.start > 0 \
            and (doc[m.start - 1].lower_ == "per" or doc[m.start - 1].like_num)
    if m.label == "CARDINAL":
        return word.lower_ in _SCALE_WORDS and m.start > 0 and doc[m.start - 1].lower_ == "per"
    return m.label == "NORP" and word.text == "British" and m.end + 1 < len(doc) \
        and doc[m.end].lower_ == "thermal" and doc[m.end + 1].lower_ in ("unit", "units")


# A party's count of seats in a results list, after its name: "Labour 5" of "The Liberal Democrats took 14, Labour 5
# and the Conservatives 3" (a law to the model); what may follow it in the list.
_TALLY_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*")
_TALLY_LIST_AFTER = frozenset({",", ";", "and", ".", "while", "with"})
_SHORT_PARTIES = frozenset({"tories", "greens", "liberals", "nationals", "democrats", "republicans", "conservatives",
                            "independents", "reform", "plaid", "lib dems"})


def party_before_its_tally(doc: Doc, m: Mention) -> bool:
    """The model's name is a party's and its seats or votes after it in a results list: "Labour 5" of "took 14,
    Labour 5 and the Conservatives 3" (not a party whose name has a number, "Eesti 200")."""
    if m.label in NUMERIC_LABELS or m.end - m.start < 2 or not _TALLY_COUNT.fullmatch(doc[m.end - 1].text):
        return False
    lowers = lowers_of(doc)
    words = [w for w in lowers[m.start:m.end - 1] if w != "the"]
    if not words or " ".join(lowers[m.start:m.end]) in PARTIES:
        return False
    key = " ".join(words)
    party = key in PARTIES or key in _SHORT_PARTIES \
        or all(w in PARTY_WORDS or (w.endswith("s") and w[:-1] in PARTY_WORDS) for w in words)
    return party and (m.end == len(doc) or doc[m.end].lower_ in _TALLY_LIST_AFTER) \
        and m.start > 0 and doc[m.start - 1].lower_ in (",", "and", ";", ":")


def name_before_its_points(doc: Doc, m: Mention) -> bool:
    """The model's name is a side's and its points before "pts", as a county cricket points line writes them: "Kent
    5" of "Kent 5 pts, Essex 21 pts" (a law to the model); a club's name only, not a driver's, whom an organisation
    is not ("Norris 25 pts" of drivers' standings)."""
    if m.label in NUMERIC_LABELS or m.end - m.start < 2 or m.end >= len(doc) \
            or doc[m.end].lower_ not in POINTS_ABBREVIATIONS:
        return False
    points = doc[m.end - 1].text
    return points.isdecimal() and len(points) <= 3 and " ".join(lowers_of(doc)[m.start:m.end - 1]) in PLACE_NAMED_CLUBS


def is_phone_number_piece(doc: Doc, m: Mention) -> bool:
    """The model's count is a piece of a telephone number: "802" of "802-658-2704"."""
    return m.label == "CARDINAL" and in_phone_number(text_of(doc), doc[m.start].idx)


# A clock's minutes and seconds or hours and minutes, with a colon: "0:13", "4:32".
_CLOCK_WITH_COLON = re.compile(r"\d{1,2}:[0-5]\d")


def is_clock_read_as_a_date(doc: Doc, m: Mention) -> bool:
    """The model's date is a clock's reading alone, a time: "0:13" of "scored at the 0:13 mark of the second period";
    not after a capitalised word, as a verse is cited ("John 3:16") or a day's time given ("Sunday 10:30")."""
    i = m.start
    return m.label == "DATE" and m.end - i == 1 and _CLOCK_WITH_COLON.fullmatch(doc[i].text) is not None \
        and not (i > 0 and doc[i - 1].is_title)


def is_clock(text: str) -> bool:
    return bool(_CLOCK.fullmatch(text))


def _is_currency_sign(token: Token) -> bool:
    return token.is_currency or token.text.endswith("$")  # "US$", "A$", "C$" are one token, not known as currency


def is_currency_word(tokens: Span) -> bool:
    """A currency's name alone in lower case ("naira", "the rand", "rupees"), which names no place, firm or person
    (not "Rand Paul", "Yen Chen": capitalised)."""
    words = [t for t in tokens if t.lower_ != "the"]
    return len(words) == 1 and words[0].is_lower and words[0].is_alpha \
        and (words[0].lower_ in _MONEY_WORDS or words[0].lemma_ in _MONEY_WORDS)


# Names of months and weekdays, which a number after a comma dates ("June, 2024").
CALENDAR_WORDS = frozenset(name.casefold() for name in (*calendar.month_name, *calendar.day_name) if name)


def is_name_and_age(doc: Doc, m: Mention) -> bool:
    """A date or a title (any label a number can end) of a capitalised word, a comma and a number under 120, then a
    comma: a name and an age ("Lula, 79, did not comment", "Lula, 77, told a crowd" a work of art to the model), not
    a month ("June, 2024")."""
    first = doc[m.start]
    return m.label not in NUMBERLESS_LABELS and m.end - m.start == 3 and first.is_title and first.is_alpha \
        and first.lower_ not in CALENDAR_WORDS and doc[m.start + 1].text == "," and _is_age(doc, m.end - 1)


def is_age_after_name(doc: Doc, m: Mention) -> bool:
    """The mention is an age in commas after a word that is no month or weekday: "Prabowo, 72, said", "michael pulman,
    33," (in lower-cased text, where a name is no capitalised word), the model's date. No date is written so."""
    if m.end - m.start != 1 or m.start < 2 or doc[m.start - 1].text != ",":
        return False
    before = doc[m.start - 2]
    return before.is_alpha and before.lower_ not in CALENDAR_WORDS and _is_age(doc, m.start)


def is_age_closing_a_sentence(doc: Doc, m: Mention) -> bool:
    """The model's date is an age after a person's name and a comma that closes the sentence: "said Whitlock, 31." (a
    day of the month follows a month's or a weekday's name, no person's)."""
    i = m.start
    if m.end - m.start != 1 or i < 2 or doc[i - 1].text != "," or m.end >= len(doc) or doc[m.end].text != ".":
        return False
    name = doc[i - 2]
    return name.ent_type_ == "PERSON" and name.is_title and name.lower_ not in CALENDAR_WORDS \
        and doc[i].text.isdecimal() and int(doc[i].text) < 120  # not str.isdigit: "5²" is no int


# People a limit of age qualifies: "children under five", "adults over 65".
_AGED_PEOPLE = IRREGULAR_PEOPLE_PLURALS | {"adults", "kids", "babies", "infants", "toddlers", "those", "pensioners",
                                          "patients", "voters", "girls", "boys", "teenagers", "anyone", "everyone"}


def is_age_limit(doc: Doc, m: Mention) -> bool:
    """The model's date is a limit of age after the people it qualifies: "children under five", "adults over 65" (a
    count of years of age, no date)."""
    if m.end - m.start != 2 or m.start < 1 or doc[m.start].lower_ not in ("under", "over"):
        return False
    number = doc[m.start + 1]
    return doc[m.start - 1].lower_ in _AGED_PEOPLE and number.like_num \
        and (not number.text.isdecimal() or int(number.text) < 120)  # a footnote's "65¹" is digits to is_digit


def is_home_town_after_age(doc: Doc, m: Mention) -> bool:
    """The model's person or one-word body is where the person named before an age comes from: "Reading" of "John
    Smith, 41, of Reading,", "Schenectady" of "..., 23, of Schenectady" (no one is named after an age and "of"), the
    model's "Swindon", "Gateshead" before a comma or a full stop (not an acronym, "NHS", nor "Acme Holdings")."""
    i = m.start
    if not (i >= 5 and doc[i - 1].lower_ in ("of", "from") and doc[i - 2].text == "," and _is_age(doc, i - 3)
            and doc[i - 4].text == "," and doc[i - 5].is_title and all(t.is_title for t in doc[m.start:m.end])):
        return False
    return m.label == "PERSON" or (m.label == "ORG" and m.end - m.start == 1 and m.end < len(doc)
                                   and doc[m.end].text in (",", ".") and not _names_an_employer(doc, m))


# Verbs of a source quoted after "Name, age, of X,": an employer's or a club's spokesman, no one's home town.
_SOURCE_LEMMAS = frozenset({"say", "tell"})


def _names_an_employer(doc: Doc, m: Mention) -> bool:
    """The model's one-word body after "Name, age, of" is a club or the speaker's employer, no town: "Bukayo Saka,
    23, of Arsenal, was named", "Kim Lee, 34, of Google, said" (a town's resident is jailed or dies, a firm's source
    speaks); a club named for a town the gazetteer knows, or one of `TOWN_FIRST_CLUBS`, is the town ("of Leeds, was
    jailed", "of Motherwell, was jailed")."""
    name = doc[m.start].lower_
    club = name in PLACE_NAMED_CLUBS and name not in TOWN_FIRST_CLUBS and not _in_gazetteer(doc[m.start].text)
    after = doc[m.end + 1] if m.end + 1 < len(doc) and doc[m.end].text == "," else None
    # "of Ford, which makes cars": a thing's relative clause, a firm's
    return club or (after is not None and (after.lemma_ in _SOURCE_LEMMAS or after.lower_ == "which"))


def is_undated_number(doc: Doc, m: Mention) -> bool:
    """The model's date is a bare number that dates nothing: an age ("He was 54.", "aged 98") or the level a change
    came from ("cut daily transits to 24 from 32")."""
    if m.end - m.start != 1 or not doc[m.start].is_digit:
        return False
    start, end = doc[m.start].idx, doc[m.start].idx + len(doc[m.start])
    return is_persons_age(doc, start, end) or is_earlier_level(text_of(doc), start, end)


# Words of a snooker text, in which a century is a break of a hundred or more, no hundred years ("made four centuries in
# the match": a date to the model); not "frame" nor "break" alone, of other texts too ("window frames two centuries
# old"). The sport's home only with its frames: "The Crucible" is Sheffield's theatre and Arthur Miller's play too ("The
# Crucible, the Sheffield theatre, ... the city's cutlery trade goes back four centuries").
_SNOOKER_WORD = "snooker"
_SNOOKER_HOME = "crucible"
_FRAME_WORDS = frozenset({"frame", "frames"})
# A snooker report's word of breaks, which with a frame's word makes the text a snooker one where it writes neither the
# game's name nor its home ("Trump made centuries of 134 and 102, while Selby's highest break was 92 in the sixth
# frame").
_BREAK_WORDS = frozenset({"break", "breaks"})
_CENTURY_WORDS = frozenset({"century", "centuries"})
# Verbs of a player's breaks, whose object the centuries are ("made four centuries"; not the city's "trade spans four
# centuries" nor "have stood for two centuries" of a snooker text).
_BREAK_MAKING_LEMMAS = frozenset({"make", "compile", "hit", "score", "knock", "record", "post", "produce", "add"})


def snooker_century_token(doc: Doc, m: Mention) -> int | None:
    """Where the mention's word of centuries is: its last word, or one before a time the model ran it into ("12
    centuries this season"); None where it has none."""
    if doc[m.end - 1].lower_ in _CENTURY_WORDS:
        return m.end - 1
    return next((t.i for t in tokens_of(doc)[m.start:m.end - 1] if t.lower_ in _CENTURY_WORDS
                 and doc[t.i + 1].lower_ in _TIME_OPENERS), None)


# What opens a time after a count of centuries: "this season", "last year".
_TIME_OPENERS = frozenset({"this", "last"})


def is_snooker_century(doc: Doc, m: Mention) -> bool:
    """The model's date counts a snooker player's century breaks: "four centuries" in a text of snooker (its name, its
    home or a frame's and a break's words); not "two centuries" of a text of no snooker."""
    century = snooker_century_token(doc, m)
    if century is None or not _made_as_breaks(doc, m, century):
        return False
    lowers = frozenset(lowers_of(doc))
    return _SNOOKER_WORD in lowers or (bool(lowers & _FRAME_WORDS)
                                       and (_SNOOKER_HOME in lowers or _writes_a_break_by_its_points(doc)))


def _writes_a_break_by_its_points(doc: Doc) -> bool:
    """The text writes a break with its points a few words from it: "highest break was 92", "breaks of 87" (not "a
    break for lunch")."""
    tokens = tokens_of(doc)
    return any(t.lower_ in _BREAK_WORDS and any(o.like_num for o in tokens[max(0, t.i - 2):t.i + 4])
               for t in tokens)


def _made_as_breaks(doc: Doc, m: Mention, century: int) -> bool:
    """The centuries are a break-making verb's object, or right after it where the parser read the verb as their
    modifier ("Trump made centuries of 134 and 102": "made" an adjective to it)."""
    return doc[century].head.lemma_ in _BREAK_MAKING_LEMMAS or (
        m.start > 0 and doc[m.start - 1].lemma_ in _BREAK_MAKING_LEMMAS)


# What stands between the numbers of a list: "4, 13, 19, 29 and 44".
_LIST_JOINS = frozenset({",", "and", "or"})
# Fewest numbers of a list of draws or picks, no date: a day and a month's are two ("May 4 and 13").
_FEWEST_LISTED = 4
_DAY_MOST = 31


def _listed_numbers(doc: Doc, i: int) -> tuple[int, int, int]:
    """The first token, the end and the count of the bare whole numbers listed with the number at token i."""
    start = end = i
    while start >= 2 and doc[start - 1].lower_ in _LIST_JOINS and doc[start - 2].is_digit:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].lower_ in _LIST_JOINS and doc[end + 2].is_digit:
        end += 2
    return start, end + 1, (end - start) // 2 + 1


# Digits of a number in the hundreds, which no date is written with: "breaks of 102, 88 and 131" (and a thousands'
# group split off, "14, 000": no date either).
_HUNDREDS_DIGITS = 3


def is_drawn_number(doc: Doc, m: Mention) -> bool:
    """The model's date is a bare number of two digits at most in a list of four or more, one of them past any day of
    a month and no month beside them: the numbers drawn or picked ("The winning numbers were 4, 13, 19, 29 and 44"),
    not "on May 4, 13, 19 and 29"; or in a list with a number in the hundreds (a snooker player's "breaks of 102, 88
    and 131")."""
    token = doc[m.start]
    if m.end - m.start != 1 or not token.is_digit or len(token) > 2:
        return False
    start, end, count = _listed_numbers(doc, m.start)
    months = {doc[j].lower_.rstrip(".") for j in (start - 1, start - 2, end, end + 1) if 0 <= j < len(doc)}
    listed = range(start, end, 2)
    return not months & MONTHS and ((count >= _FEWEST_LISTED and any(int(doc[j].text) > _DAY_MOST for j in listed))
                                    or any(len(doc[j].text) == _HUNDREDS_DIGITS for j in listed))


# Words of a number spelled out with its fraction: "two and a quarter", "three and a half".
_FRACTION_WORDS = frozenset({"and", "a", "half", "quarter", "quarters", "three-quarters"})
# Plural nouns of time a spelled number before them dates, or a span: "two and a half seasons".
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "night",
                         "weekend", "season", "term", "quarter", "generation", "era", "fortnight", "morning",
                         "evening", "afternoon", "lifetime", "semester", "millennium", "period", "round", "summer",
                         "winter", "spring", "autumn", "session", "shift", "stint"})


def counts_points_after(doc: Doc, m: Mention) -> bool:
    """The model's date is a bare number before "pts": a count of points ("21" of "Essex 21 pts, Kent 5 pts")."""
    return m.label == "DATE" and m.end < len(doc) and doc[m.end].lower_ in POINTS_ABBREVIATIONS \
        and all(t.text.isdecimal() and len(t.text) <= 3 for t in doc[m.start:m.end])


def counts_a_thing_after(doc: Doc, m: Mention) -> bool:
    """The model's date is a number spelled out, before a plural noun that is no time's: a count of it ("won by two
    and a quarter lengths", "three and a half lengths"), not "two and a half years" nor "the 2024 elections"."""
    span = span_of(doc, m.start, m.end)
    if m.end >= len(doc) or not any(t.like_num and t.is_alpha for t in span) \
            or not all((t.like_num and t.is_alpha) or t.lower_ in _FRACTION_WORDS for t in span):
        return False
    after = doc[m.end]
    return after.tag_ == "NNS" and after.is_lower and after.lemma_ not in _TIME_NOUNS


# A race's time to a fraction of a second, minutes first: "1:51.21", "26:46.57" (no date nor clock writes one).
_RACE_TIME = re.compile(r"(?:\d{1,2}:)?\d{1,2}:[0-5]\d\.\d{1,3}")
# ... or in hours, minutes and seconds, a marathon's, after "in" or "of": "won in 2:18:33", "a record of 2:00:35" (not
# a clock's "at 5:30:00").
_HOURS_RACE_TIME = re.compile(r"\d:[0-5]\d:[0-5]\d")
_RACE_TIME_PREPOSITIONS = frozenset({"in", "of"})


def is_race_time(doc: Doc, m: Mention) -> bool:
    """The model's date is one race time: "won the 200m butterfly in 1:51.21", "won the London Marathon in 2:18:33"
    (a count, as its other race times)."""
    if m.end - m.start != 1:
        return False
    text = doc[m.start].text
    return _RACE_TIME.fullmatch(text) is not None or (
        _HOURS_RACE_TIME.fullmatch(text) is not None and m.start > 0
        and doc[m.start - 1].lower_ in _RACE_TIME_PREPOSITIONS)


# A time in seconds with its unit glued on, as sport writes it: "9.79sec", "43.40secs", "12.5s" (a decade's "1990s" has
# no decimal); and its hours and minutes before it, each a word of its own: "18min 56sec", "2hr 4min 12sec".
_GLUED_SECONDS = re.compile(r"\d+(?:\.\d+)?secs?|\d+\.\d+s")
_GLUED_HOURS_OR_MINUTES = re.compile(r"\d{1,3}(?:hrs?|mins?)")


def is_glued_time(doc: Doc, m: Mention) -> bool:
    """The model's count, date or measure is a time with its units glued on: "won in 9.79sec", "in 18min 56sec" (a
    date to the model), as "9.79 seconds" and "14 minutes 56 seconds" are times to it."""
    if m.label not in ("CARDINAL", "DATE", "QUANTITY"):
        return False
    words = [t.text for t in doc[m.start:m.end]]
    return all(_GLUED_SECONDS.fullmatch(word) or _GLUED_HOURS_OR_MINUTES.fullmatch(word) for word in words)


# Number words of bowling figures before "for": "three for 46", "5 for 30".
_WICKETS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})


def is_bowling_figure(doc: Doc, m: Mention) -> bool:
    """The model's date is the runs of a bowler's figures: "46" of "took three for 46", "5 for 30"; never a
    year ("three for 2026": runs are fewer than 1,000)."""
    if m.label != "DATE" or m.end - m.start != 1 or not doc[m.start].is_digit or len(doc[m.start]) > 3 or m.start < 2:
        return False
    wickets = doc[m.start - 2]
    return doc[m.start - 1].lower_ == "for" and (wickets.lower_ in _WICKETS or wickets.is_digit)


def is_half_of_a_score(doc: Doc, m: Mention) -> bool:
    """The model's count is one side of a score after a result's verb, the other side left out: "6" of "Djokovic
    lost 6-4 to Sinner" (not a whole "6-4" it took, nor "lost 6 points"; nor a side of two digits, a tally that
    `with_whole_tallies` makes whole: "voted to defeat 10-2 the motion"; nor a range before what it counts: "won 3-4
    new contracts")."""
    if m.label != "CARDINAL" or m.end - m.start != 1 or not doc[m.start].is_digit or m.start == 0 \
            or m.end + 1 >= len(doc):
        return False
    verb, dash, other = doc[m.start - 1], doc[m.end], doc[m.end + 1]
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_ in SCORING_LEMMAS and dash.text in ("-", "–") \
        and not dash.whitespace_ and not doc[m.start].whitespace_ and other.is_digit and len(other) == 1 \
        and len(doc[m.start]) == 1 and not other.ent_type_ and not _counted_after(doc, m.end + 2)


# Parts of speech of a word a range of two numbers counts or measures: "won 3-4 contracts", "lose 2-3 mph" (a score is
# followed by a preposition, a stop, another score or nothing).
_COUNTED_POS = frozenset({"NOUN", "SYM"})


def _counted_after(doc: Doc, i: int) -> bool:
    """doc[i], right after two numbers joined by a dash, is a word they count or measure in lower case (or an
    adjective before one: "won 3-4 new contracts", not "edged 1-0 past Brentford"), a unit or a scale ("million"),
    not another score's number ("won 6-4 6-2")."""
    if i >= len(doc):
        return False
    after = doc[i]
    if after.pos_ == "ADJ" and after.is_lower and i + 1 < len(doc):
        after = doc[i + 1]
    return after.lower_ in ("%", "percent", "per") or (after.like_num and not after.is_digit) \
        or (after.pos_ in _COUNTED_POS and not after.is_title and not after.is_upper)


# Cup rounds the model reads a date in: "quarter" of "the quarter-final".
_ROUND_ENDS = frozenset({"final", "finals", "finalist", "finalists"})


# Words of a step in a contest or a process a number after them counts, which the model takes for a law's name with
# it: "Round 24" of a league, "in Round 2" of a fight over assets, "Week 5", "Game 7", "Leg 2" (not "Section 5",
# "Article 24", "Chapter 11", "Proposition 8": laws' parts and ballots).
_STEP_WORDS = frozenset({"round", "week", "game", "leg", "heat", "wave", "phase"})


# A relay's legs and each leg's distance, glued: "4x100" of "the 4x100m relay", "4×400".
_RELAY_LEGS = re.compile(r"\d[x×]\d{2,4}")
# Units of a relay leg's distance after its number, and how far after them "relay" may come ("4x100m medley relay",
# "the 4x100m and 4x400m relays").
_RELAY_UNITS = frozenset({"m", "metres", "meters", "metre", "meter"})
_RELAY_REACH = 4


def is_relay_by_its_legs(doc: Doc, m: Mention) -> bool:
    """The model's count is a relay's legs and distance, its name: "4x100" of "won silver in the 4x100m relay", "the
    4x100 relay squad" (no figure); not a product of numbers ("a 4x100 grid", "3x100m of cable")."""
    if m.label != "CARDINAL" or m.end - m.start != 1 or not _RELAY_LEGS.fullmatch(doc[m.start].text):
        return False
    after = m.end + 1 if m.end < len(doc) and doc[m.end].lower_ in _RELAY_UNITS else m.end
    return any(t.lower_ in ("relay", "relays") for t in doc[after:after + _RELAY_REACH])


def split_ratio_end(doc: Doc, m: Mention) -> int | None:
    """Where a stock split's ratio the model's count opens ends, its count cut out of it: "1" of "a 1-for-10 reverse
    stock split" (the whole "1-for-10" one count)."""
    if m.label != "CARDINAL" or m.end - m.start != 1:
        return None
    start = doc[m.start].idx
    ratio = next((end for ratio_start, end in split_ratios(text_of(doc)) if ratio_start == start), None)
    span = doc.char_span(start, ratio) if ratio is not None else None
    return span.end if span is not None and span.end > m.end else None


def is_in_a_spaced_relay(doc: Doc, m: Mention) -> bool:
    """The model's count or measure is a piece of a relay's name by its legs and distance, spaced: "4", "100" and "4 x
    100 metres" of "the men's 4 x 100m relay" (no count, as the glued "4x100m" is none)."""
    if m.label not in ("CARDINAL", "QUANTITY") or not doc[m.start].like_num:
        return False
    start, end = char_bounds(doc, m.start, m.end)
    return any(relay_start <= start and end <= relay_end for relay_start, relay_end in spaced_relays(text_of(doc)))


def hundred_competition(doc: Doc, m: Mention) -> int | None:
    """The token of "Hundred" after "the" in the model's count, which names cricket's competition, The Hundred: "won
    The Hundred at Lord's", "won the Hundred for a third year" (the model's count runs on past it); not "the Hundred
    Years' War", "the Hundred Acre Wood" (a name's first word), nor "a hundred people", "three hundred", nor an old
    county's division, "the Hundred of Hoo"."""
    hundred = next((t.i for t in doc[m.start:m.end] if t.text == "Hundred"), None)
    if m.label != "CARDINAL" or hundred is None or hundred == 0 or doc[hundred - 1].lower_ != "the" \
            or (hundred + 1 < len(doc) and doc[hundred + 1].is_title) or _names_a_place_after_of(doc, hundred + 1):
        return None
    return hundred


def _names_a_place_after_of(doc: Doc, i: int) -> bool:
    """The tokens from `i` are "of" and a capitalised word: "of Hoo" of "the Hundred of Hoo", a county's division."""
    return i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].is_title


def numbers_a_rule(doc: Doc, m: Mention) -> bool:
    """The model's count is the number of a rule after its capitalised word, which it left out: "24" of "invoked Rule
    24 of the standing orders" (a law, "Rule 24", as "Rule 22" and "Section 24" are to it); not a lower-case "rule
    24", nor a count after "Rule" opening a sentence."""
    i = m.start
    return m.label == "CARDINAL" and m.end - i == 1 and i > 0 and doc[i - 1].text == "Rule" \
        and not doc[i - 1].is_sent_start and bool(doc[i - 1].whitespace_) and doc[i].is_digit and len(doc[i]) <= 3


def is_step_taken_for_a_law(doc: Doc, m: Mention) -> bool:
    """The model's law is a step's word and its number, alone or with what it is a step of: "Round 24", "Round
    Two", "Game 7 of the series" (a round, a game, no law)."""
    if m.label != "LAW" or m.end - m.start < 2 or (m.end - m.start > 2 and doc[m.start + 2].lower_ != "of"):
        return False
    word, number = doc[m.start], doc[m.start + 1]
    return word.is_title and word.lower_ in _STEP_WORDS \
        and ((number.is_digit and len(number) <= 3) or number.lower_ in UNIT_WORDS)


def is_round_of_a_cup(doc: Doc, m: Mention) -> bool:
    """The model's date is the first word of a cup's round: "quarter" of "in the quarter-final"."""
    return m.label == "DATE" and m.end - m.start == 1 and doc[m.start].lower_ == "quarter" \
        and m.end + 1 < len(doc) and doc[m.end].text == "-" and not doc[m.start].whitespace_ \
        and doc[m.end + 1].lower_ in _ROUND_ENDS


def closes_a_name(doc: Doc, m: Mention) -> bool:
    """The model's count is a capitalised number word that ends a name of capitalised words after "the": "Four" of
    "the Final Four", "Two" of "the Group Two stage" (not a headline's "Police Arrest Four Men", whose count opens
    the next words, nor "Four" opening a sentence)."""
    i = m.start
    if m.label != "CARDINAL" or m.end - i != 1 or i < 2 or not doc[i].is_title or doc[i].lower_ not in UNIT_WORDS \
            or doc[i].is_sent_start or (m.end < len(doc) and doc[m.end].is_title):
        return False
    start = i - 1
    while start > 0 and doc[start].is_title and doc[start].is_alpha and not doc[start].is_sent_start:
        start -= 1
    return start < i - 1 and doc[start].lower_ == "the"


def cricket_figure_token(doc: Doc, m: Mention) -> int | None:
    """The token of the model's date or time that cricket's figures count runs or wickets with (see `cricket_units`):
    "80" of "was run out for 80|DATE", "68" of "an unbeaten 68|DATE" and of "took seven for 68 in the second|TIME";
    None where it holds none."""
    if m.label not in ("DATE", "TIME"):
        return None
    units = cricket_units(text_of(doc))
    return next((t.i for t in doc[m.start:m.end] if t.idx in units and t.like_num), None) if units else None


# A golf course's hole numbers: "the 18th", "the 72nd hole" (a four-round tournament's last).
_HOLE_ORDINAL = re.compile(r"(?:[1-9]|1[0-8]|[2-7]\d)(?:st|nd|rd|th)")
# Words of golf play that make "the 18th" in their sentence a hole: "birdied the 18th", "made par on the 18th" (not
# "par" alone, of "on a par with", unless it was made or the hole written).
_GOLF_HOLE_CUES = frozenset({"birdie", "birdied", "birdies", "bogey", "bogeyed", "bogeys", "double-bogey",
                             "double-bogeyed", "eagled", "parred", "putt", "putts", "putted", "fairway"})
# ... and words of golf that other news writes too ("the green light", "a black hole", "a bunker", "the Golden Eagle
# hotel"), a hole's cue only in a text of golf (see `_GOLF_TEXT_WORDS`); not "golfer", of no hole ("The golfer will
# appear in court on the 18th").
_GOLF_WORDS_ELSEWHERE_TOO = frozenset({"eagle", "green", "hole", "holes", "bunker", "tee"})
# Words of a text of golf, beside those of its play: "the golfer, who made an eagle on the 14th", "holed out from the
# bunker on the 16th".
_GOLF_TEXT_WORDS = frozenset({"golf", "golfer", "golfers", "holed"})
# Words after the hole's number that it numbers, no day: "the 18th green", "the 17th tee".
_HOLE_PARTS = frozenset({"hole", "green", "tee", "fairway"})


def is_golf_hole(doc: Doc, m: Mention) -> bool:
    """The model's date is a golf hole: "birdied the 18th", "made par on the 18th", "on the 18th green" (an ordinal);
    not a day with golf nowhere in its sentence ("the meeting on the 18th"), nor with a month ("the 18th of June"),
    nor with only a word other news writes too in a text of no golf ("gave the green light on the 14th")."""
    if m.label != "DATE":
        return False  # asked of every mention: the label first, before its tokens are read
    tokens = [t for t in tokens_of(doc)[m.start:m.end] if t.lower_ != "the"]
    if len(tokens) != 1 or not _HOLE_ORDINAL.fullmatch(tokens[0].lower_):
        return False
    sentence = doc[m.start].sent
    if any(t.lower_.rstrip(".") in MONTHS for t in sentence):
        return False
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.lower_ in _HOLE_PARTS:
        return True
    if any(_is_golf_play(t) for t in sentence):
        return True
    return any(t.lower_ in _GOLF_WORDS_ELSEWHERE_TOO for t in sentence) \
        and any(_is_golf_play(t) or t.lower_ in _GOLF_TEXT_WORDS for t in doc)


def _is_golf_play(token: Token) -> bool:
    """A word only golf writes (see `_GOLF_HOLE_CUES`), par that was made, or a tee off."""
    return token.lower_ in _GOLF_HOLE_CUES or (token.lower_ == "par" and token.head.lemma_ == "make") \
        or (token.lower_ == "tee" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "off")


_NUMBERED_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def is_nth_time(doc: Doc, m: Mention) -> bool:
    """The model's date is an ordinal counting times: "for the 12th time" (not "on the 12th", a day; nor "the 12th
    consecutive year", a date)."""
    if m.label != "DATE" or m.end >= len(doc) or doc[m.end].lower_ != "time":
        return False
    tokens = [t for t in doc[m.start:m.end] if t.lower_ != "the"]
    return len(tokens) == 1 and _NUMBERED_ORDINAL.fullmatch(tokens[0].lower_) is not None


# Ordinals spelled out, and the possessives before one that counts the owner's things: "his eighth Masters title".
_SPELLED_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                               "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                               "seventeenth", "eighteenth", "nineteenth", "twentieth"})
_ORDINAL_OWNERS = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def is_owners_spelled_ordinal(doc: Doc, m: Mention) -> bool:
    """The model's count is one spelled ordinal after a possessive, before a word that is no "of" nor a hyphen: "his
    eighth Masters title" (CARDINAL to the model); not a fraction ("her eighth of the estate")."""
    if m.label != "CARDINAL" or m.end - m.start != 1 or m.start == 0 or m.end >= len(doc):
        return False
    after = doc[m.end]
    return doc[m.start].lower_ in _SPELLED_ORDINALS and doc[m.start - 1].lower_ in _ORDINAL_OWNERS \
        and after.is_alpha and after.lower_ != "of"


# Words of a run and of how often it comes between an ordinal and a thing counted: "the 12th consecutive annual
# increase".
_RUN_WORDS = frozenset({"consecutive", "straight", "successive"})
_FREQUENCY_WORDS = frozenset({"annual", "yearly", "monthly", "quarterly", "weekly", "daily"})


def is_nth_of_a_run(doc: Doc, m: Mention) -> bool:
    """The model's date is the ordinal of a run of things that come yearly, monthly ... and a noun no time unit after
    it: "the 12th consecutive annual increase" (the increase is no date; not "the 12th consecutive year")."""
    if m.label != "DATE" or not _thing_counted_after(doc, m):
        return False
    tokens = [t.lower_ for t in tokens_of(doc)[m.start:m.end] if t.lower_ != "the"]
    return len(tokens) == 3 and _NUMBERED_ORDINAL.fullmatch(tokens[0]) is not None and tokens[1] in _RUN_WORDS \
        and tokens[2] in _FREQUENCY_WORDS


def is_frequency_of_a_run(doc: Doc, m: Mention) -> bool:
    """The model's date is the frequency word alone of such a run, after its run word ("monthly" of "the fifth
    consecutive monthly decline", the ordinal the model's own): no date."""
    return m.label == "DATE" and m.end - m.start == 1 and doc[m.start].lower_ in _FREQUENCY_WORDS and m.start > 0 \
        and doc[m.start - 1].lower_ in _RUN_WORDS and _thing_counted_after(doc, m)


def _thing_counted_after(doc: Doc, m: Mention) -> bool:
    """A noun right after the mention that is no unit of time: "increase", "decline" (not "year")."""
    return m.end < len(doc) and doc[m.end].pos_ == "NOUN" and doc[m.end].lemma_.lower() not in _TIME_NOUNS


def is_month_and_day(doc: Doc, m: Mention) -> bool:
    """The mention is a month and a day of it, maybe a year after a comma ("Nov 5", "Sept. 12, 2024"): a date,
    which no name is ("May 5" is no Theresa May)."""
    words = words_of(doc)[m.start:m.end]
    if len(words) not in (2, 4) or words[0].rstrip(".").casefold() not in MONTHS:
        return False
    day, year = words[1], words[2:]
    return day.isdigit() and 1 <= int(day) <= 31 and (not year or (year[0] == "," and bool(_YEAR.fullmatch(year[1]))))


_YEAR = re.compile(r"(?:19|20)\d\d")


# The Games' words, an event's name wherever written alone: "won Olympic gold", "the Paralympic swimmer".
_GAMES_WORDS = frozenset({"Olympic", "Paralympic", "Olympics", "Paralympics"})
# Labels the model gives the Games' word alone ("won Olympic|DATE gold", "Olympic|LOC sprint champions") or with
# the number after it ("the Olympic 100 metres|QUANTITY title").
_GAMES_MISLABELS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL", "LOC", "GPE", "ORG", "PERSON",
                              "FAC", "PRODUCT"})
_GAMES_NUMBER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY"})


def with_games_events(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The Games' word an event of its own: alone ("Olympic|DATE gold") relabelled, and split off the number the model
    ran it into ("Olympic 100 metres|QUANTITY" is "Olympic" and "100 metres"); a longer name keeps it ("Olympic
    Park", "the Olympic Games")."""
    out = []
    for m in mentions:
        first = doc[m.start]
        if first.text not in _GAMES_WORDS or m.label not in _GAMES_MISLABELS:
            out.append(m)
        elif m.end - m.start == 1:
            out.append(m if _is_a_names_own_word(doc, m.start) else Mention(m.start, m.end, "EVENT", m.weight,
                                                                            m.source))
        elif m.label in _GAMES_NUMBER_LABELS and doc[m.start + 1].like_num:
            out.append(Mention(m.start, m.start + 1, "EVENT", m.weight, m.source))
            out.append(Mention(m.start + 1, m.end, m.label, m.weight, m.source))
        else:
            out.append(m)
    return out


# The Games' adjectives, which name something of the Games before a noun ("Olympic gold", "the Paralympic swimmer").
_GAMES_ADJECTIVES = frozenset({"Olympic", "Paralympic"})


def _is_a_names_own_word(doc: Doc, i: int) -> bool:
    """The Games' adjective at `i` with no noun after it, a name of its own: a ship ("The Olympic, sister ship of the
    Titanic"), a cinema ("at the Olympic, a cinema"), an airline ("Olympic said")."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return doc[i].text in _GAMES_ADJECTIVES and (after is None or after.is_punct or after.pos_ in ("VERB", "AUX"))


def with_units_after_numbers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Counts with the unit the model left out after them made quantities, and the unit no mention of its own: "105
    degrees Fahrenheit" (with "Fahrenheit" an organisation to the model), "40.5 Celsius", "420 parts per million"
    (with "million" a count of its own), "700 light years" (see `with_light_years`), and a range's first number
    with the second's unit (see `with_whole_ranges`); the Games' word split off a number (see `with_games_events`); a
    duration's parts joined (see `with_whole_durations`, `with_period_on_period`); a count's unit of measure (see
    `with_units_after_counts`); a share "1 in 4" (see `with_ratios`); temperatures by their scale's letter (see
    `with_temperatures`); a height's inches after its feet (see `with_inches_after_feet`)."""
    mentions = with_whole_ranges(doc, with_era_years(doc, with_light_years(doc, with_games_events(
        doc, with_temperatures(doc, mentions)))))
    mentions = with_units_after_counts(doc, with_period_on_period(doc, with_whole_durations(doc, mentions)))
    mentions = with_inches_after_feet(doc, with_ratios(doc, mentions))
    units = [(m.end, end) for m in mentions if m.label in ("CARDINAL", "QUANTITY")
             and (end := unit_end(doc, m.end)) is not None]
    if not units and not any(is_temperature_unit(doc[m.start]) for m in mentions):
        return mentions
    out = []
    for m in mentions:
        end = unit_end(doc, m.end) if m.label in ("CARDINAL", "QUANTITY") else None
        if end is not None:
            out.append(Mention(m.start, end, "QUANTITY", m.weight, m.source))
        elif not any(start <= m.start < end for start, end in units) \
                and not (m.end - m.start == 1 and is_temperature_unit(doc[m.start])):
            out.append(m)
    return out


# A temperature written with its scale's letter, glued or after a space, signed or not ("34C", "-5C", "40.3C", "95F",
# "34 C"; a sentence's full stop may be glued on: "10C."), and "minus" or "plus" before it.
_SCALED_TEMPERATURE = re.compile(r"[-−–]?\d{1,3}(?:\.\d)?[CF]\.?")
_SCALE_LETTERS = frozenset({"C", "F"})
_TEMPERATURE_SIGNS = frozenset({"minus", "plus"})
# Words before a number and letter that name a flat, a seat or a size by them ("Flat 4C", "seat 12F", "a size 10C").
_LETTERED_PLACES = frozenset({"flat", "room", "apartment", "unit", "suite", "block", "row", "seat", "bay", "stand",
                              "floor", "level", "lane", "no", "number", "size", "cup", "grade", "box", "plot",
                              # a zone's, a bus's, a gate's, a form's, a class's or a clause's ("Schools in zone 3C
                              # closed because of the snow", "Bus 10C was cancelled", "Form 10F")
                              "zone", "bus", "gate", "form", "class", "year", "ward", "terminal", "platform", "pier",
                              "route", "line", "stage", "section", "clause", "article", "schedule", "item", "band",
                              "tier", "group", "type", "model", "court", "door", "wing", "bed", "berth", "cabin",
                              "coach", "carriage", "deck", "area", "district", "category"})
# Nouns a temperature may qualify ("a 30C day", "35C heat"); any other noun after it makes the letter a size's or a
# name's ("12F shares").
_TEMPERATURE_NOUNS = frozenset({"heat", "day", "days", "night", "nights", "temperatures", "weather", "sunshine",
                                "highs", "lows", "mark", "barrier", "tonight", "today", "tomorrow", "overnight",
                                "yesterday", "morning", "afternoon", "evening", "inland", "locally"})
# Words of the weather in the temperature's sentence, which say the letter is a scale's, no size's ("a 34C bra") nor
# a name's ("the 10C bus").
_WEATHER_WORDS = re.compile(r"\b(?:temperatures?|degrees?|heat|heatwave|hot|hotter|cold|colder|chill|freez\w*|frost\w*|"
                            r"humidex|warm\w*|weather|forecast\w*|highs?|lows?|overnight|tonight|snow\w*|sunshine|"
                            r"climb\w*|Met\s+Office|thermometers?|mercury)\b", re.IGNORECASE)


def _temperature_at(doc: Doc, i: int) -> tuple[int, int, int | None] | None:
    """The tokens (start, end) and the end character (None: the last token's end) of a temperature written with its
    scale's letter at doc[i] (`_SCALED_TEMPERATURE`, or a number and the letter after a space), "minus" before it
    included; None where there is none."""
    token, end, end_char = doc[i], i + 1, None
    if _SCALED_TEMPERATURE.fullmatch(token.text):
        if token.text.endswith("."):
            end_char = token.idx + len(token.text) - 1
    elif token.like_num and token.whitespace_ and i + 1 < len(doc) and doc[i + 1].text in _SCALE_LETTERS \
            and (i + 2 == len(doc) or not doc[i + 2].is_alpha or doc[i + 2].is_lower) \
            and _SCALED_TEMPERATURE.fullmatch(token.text + doc[i + 1].text):
        end = i + 2  # "34 C and humidex values near 45" (not "Hinkley Point C", no number)
    else:
        return None
    after = doc[end] if end < len(doc) and end_char is None else None
    if (i > 0 and (doc[i - 1].lower_ in _LETTERED_PLACES or doc[i - 1].text in NUMBERED_NAME_WORDS)) \
            or (after is not None and after.pos_ in ("NOUN", "PROPN") and after.lower_ not in _TEMPERATURE_NOUNS):
        return None  # "Flat 4C", "Route 9C", "12F shares": a name's or a size's letter
    start = i - 1 if i > 0 and doc[i - 1].lower_ in _TEMPERATURE_SIGNS else i
    return start, end, end_char


def with_temperatures(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Temperatures written with their scale's letter in a sentence of the weather (`_WEATHER_WORDS`) are quantities,
    whole: "will reach 34 C" (a count "34" to the model), "dropping to minus 10C." (nothing), "Highs of 34C" (nothing);
    a mention of a number over them gives way; a name over them stays."""
    found = []
    # The words, not a Token of each: this looks at every token and needs one for a number's sentence only.
    for i, word in enumerate(words_of(doc)):
        if word[:1].isdigit() or word[:1] in "-−–":
            if (temperature := _temperature_at(doc, i)) is not None \
                    and _WEATHER_WORDS.search(tokens_of(doc)[i].sent.text) is not None:
                found.append(temperature)
    if not found:
        return mentions
    taken = [(start, end) for start, end, _ in found]
    names = [m for m in mentions if m.label in NAME_LABELS]
    found = [(start, end, end_char) for start, end, end_char in found
             if not any(m.start < end and start < m.end for m in names)]
    kept = [m for m in mentions if m.label in NAME_LABELS
            or not any(m.start < end and start < m.end for start, end in taken)]
    return sorted(kept + [Mention(start, end, "QUANTITY", 1.0, "temperature", end_char=end_char)
                          for start, end, end_char in found], key=lambda m: m.start)


_FEET = frozenset({"ft", "feet", "foot"})
_INCHES = frozenset({"in", "ins", "inch", "inches"})
_GLUED_INCHES = re.compile(r"\d{1,2}(?:in|ins)")


def _inches_end(doc: Doc, i: int) -> int | None:
    """Where the inches of a height written after its feet end, opening at doc[i]: "5in" of "6ft 5in", "5 in" of "6
    ft 5 in tall"; None where none open there (not "6ft in the air": no number)."""
    if i < len(doc) and _GLUED_INCHES.fullmatch(doc[i].text):
        return i + 1
    if i + 1 < len(doc) and doc[i].text.isdecimal() and len(doc[i].text) <= 2 and doc[i + 1].lower_ in _INCHES \
            and not _opens_a_prepositions_object(doc, i + 1):
        return i + 2
    return None


# What opens the object of a preposition "in": "3ft 4 in places", "6ft 5 in the air" (not "6 ft 5 in tall"); a noun
# only in the plural, as a singular one or a name is what the height describes ("the 6 ft 7 in striker", "5ft 10 in
# height", "the 7 ft 4 in Frenchman").
_OBJECT_OPENERS = frozenset({"DET", "PRON", "NUM"})


def _opens_a_prepositions_object(doc: Doc, i: int) -> bool:
    """doc[i] is the preposition "in" before its object, no inches: "Snow drifts reached 3ft 4 in places"."""
    if doc[i].lower_ != "in" or i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    return after.pos_ in _OBJECT_OPENERS or (after.pos_ == "NOUN" and after.tag_ == "NNS")


def with_inches_after_feet(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A height in feet the model ended before its inches is one quantity with them: "6ft 5in" (was "6ft"), "6 ft 2
    in" (was "6 ft" and a count "2"); the inches' own mention goes."""
    out: list[Mention] = []
    skip_until = -1
    for m in mentions:
        if m.start < skip_until:
            continue
        last = doc[m.end - 1].lower_
        if m.label == "QUANTITY" and (last in _FEET or last.endswith("ft")) \
                and (end := _inches_end(doc, m.end)) is not None:
            out.append(Mention(m.start, end, "QUANTITY", m.weight, m.source))
            skip_until = end
        else:
            out.append(m)
    return out


def with_whole_ranges(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A range "between" two numbers whose first the model cut off as a count or a date of its own, before the
    quantity it found for the second, is one quantity: "between 850,000 and 890,000 tonnes" (was "between 850,000"
    and "890,000 tonnes"); not years the model dated ("Between 2010 and 2015 tonnes of waste were dumped": a span of
    years before the count's noun)."""
    out: list[Mention] = []
    for m in mentions:
        first = out[-1] if out else None
        if first is not None and m.label == "QUANTITY" and first.label in ("CARDINAL", "DATE") \
                and first.end - first.start == 2 and doc[first.start].lower_ == "between" \
                and doc[first.start + 1].like_num and first.end + 1 == m.start and doc[first.end].lower_ == "and" \
                and not (first.label == "DATE" and _YEAR.fullmatch(doc[first.start + 1].text)):
            out[-1] = Mention(first.start, m.end, "QUANTITY", m.weight, m.source)
        else:
            out.append(m)
    return out


# Units of a duration from the longest down: a duration told in parts names them in this order ("four years and
# three months", "7 hours, 51 minutes and 44 seconds").
_DURATION_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")


def _duration_rank(token: Token) -> int | None:
    """Where the time unit of `token` stands in `_DURATION_UNITS`, None for any other word."""
    unit = token.lower_.removesuffix("s")
    return _DURATION_UNITS.index(unit) if unit in _DURATION_UNITS else None


def _counted_unit(doc: Doc, m: Mention, last: bool) -> int | None:
    """The rank of the unit a date or time mention counts, as a number and its unit (its last pair if `last`, else
    its first): "four years" ranks 0; None for a mention that opens or ends otherwise ("Monday", "last year")."""
    if m.label not in ("DATE", "TIME") or m.end - m.start < 2:
        return None
    number, unit = (doc[m.end - 2], doc[m.end - 1]) if last else (doc[m.start], doc[m.start + 1])
    return _duration_rank(unit) if number.like_num else None


def with_whole_durations(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A duration told in parts the model cut in two is one: "four years and three months" (two dates), "7 hours, 51
    minutes and 44 seconds" (two times); only a part with a smaller unit follows, after "and" or a comma ("two years,
    three years" stays two)."""
    out: list[Mention] = []
    for m in mentions:
        first = out[-1] if out else None
        if first is not None and m.label == first.label and m.start - first.end == 1 \
                and doc[first.end].lower_ in (",", "and") \
                and (big := _counted_unit(doc, first, last=True)) is not None \
                and (small := _counted_unit(doc, m, last=False)) is not None and small > big:
            out[-1] = Mention(first.start, m.end, m.label, max(first.weight, m.weight), first.source)
        else:
            out.append(m)
    return out


# Units of measure the model leaves out of a count before them; not a time's ("2 seconds" is a time) nor a letter's.
_LEFT_OUT_UNITS = MEASURE_UNITS - {"second", "degree", "g"}


def with_units_after_counts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A count the model ended before its unit of measure is a quantity with it: "between 20 and 30 centimetres of
    snow" (was the count "between 20 and 30"), "more than 18.4 million hectares", "5mg of morphine"; a rate's glued
    "/h" too: "up to 150 km/h" (was "150 km")."""
    out: list[Mention] = []
    for m in mentions:
        end = m.end
        after = doc[end] if end < len(doc) else None
        if m.label in ("CARDINAL", "QUANTITY") and doc[end - 1].like_num and after is not None and after.is_lower \
                and after.lemma_ in _LEFT_OUT_UNITS:
            end += 1
        if m.label == "QUANTITY" or end > m.end:
            end = _per_unit_end(doc, end)
        out.append(m if end == m.end else Mention(m.start, end, "QUANTITY", m.weight, m.source))
    return out


def _per_unit_end(doc: Doc, end: int) -> int:
    """Where a unit ending at `end` ends with a glued "/h" or "/s" of a rate after it ("km" + "/" + "h"), else `end`."""
    if end + 1 < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].lower_ in ("h", "hr", "s") and doc[end - 1].lower_ in _LEFT_OUT_UNITS:
        return end + 2
    return end


def with_period_on_period(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A change "year on year" (or "month on month", "year over year") the model dated as two periods, or one of
    them, is one date: "up 30% year on year" (was "year" twice), "fell 1.4% year over year" (was the second)."""
    out: list[Mention] = []
    taken: set[int] = set()  # the tokens of the periods joined
    for m in mentions:
        if m.label == "DATE" and m.end - m.start == 1:
            if m.start in taken:
                continue  # the second period, taken in with the first
            if _is_period_on_period(doc, m.start):
                m = Mention(m.start, m.end + 2, "DATE", m.weight, m.source)
                taken.update(range(m.start, m.end))
            elif m.start >= 2 and _is_period_on_period(doc, m.start - 2) and m.start - 2 not in taken:
                m = Mention(m.start - 2, m.end, "DATE", m.weight, m.source)
                taken.update(range(m.start, m.end))
        out.append(m)
    return out


def with_ratios(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A share told as "N in M" the model cut into two counts is one: "1 in 4 children", "one in five adults" (was "1"
    and "4"); where the model dated the second number with what follows ("1 in 5 a decade ago"), the date keeps the
    rest. Only a smaller number before a larger one that is no year ("scored 2 in 2023" stays apart), nor a count of
    units of time ("won 3 in 10 days": a count in a span of time, the date "10 days" stays whole)."""
    out: list[Mention] = []
    for m in mentions:
        first = out[-1] if out else None
        if first is not None and first.label == "CARDINAL" \
                and m.label in ("CARDINAL", "DATE") and m.start == first.end + 1 and doc[first.end].lower_ == "in" \
                and _is_ratio(doc[first.end - 1], doc[m.start]) \
                and not (m.start + 1 < m.end and _duration_rank(doc[m.start + 1]) is not None):
            out[-1] = Mention(first.start, m.start + 1, "CARDINAL", first.weight, first.source)
            rest = m.start + 1
            while rest < m.end and doc[rest].lower_ in ("in", "on", "at"):
                rest += 1  # "in 2000" of "1 in 10 in 2000": the date is the year
            if rest < m.end:
                out.append(Mention(rest, m.end, m.label, m.weight, m.source))  # "a decade ago"
            continue
        out.append(m)
    return out


def _is_ratio(part: Token, whole: Token) -> bool:
    """"part in whole" is a share: both whole numbers, in digits or words, the part the smaller, the whole no year
    ("1 in 4", "one in five"; not "76ers")."""
    if not all(t.like_num and (t.text.isdecimal() or t.is_alpha) for t in (part, whole)):  # not "4¹", a footnote's
        return False
    low, high = number_value(part.text, None), number_value(whole.text, None)
    return low is not None and high is not None and low == int(low) and 0 < low < high <= 1000


def _is_period_on_period(doc: Doc, i: int) -> bool:
    """doc[i] opens "PERIOD on PERIOD" or "PERIOD over PERIOD", the same word twice: "year on year"."""
    return i + 2 < len(doc) and doc[i + 1].lower_ in ("on", "over") and doc[i + 2].lower_ == doc[i].lower_ \
        and doc[i].is_alpha


def unit_end(doc: Doc, i: int) -> int | None:
    """Where a unit that opens at doc[i] after a number ends: a temperature scale, "parts per million"; None if no
    unit opens there."""
    if i < len(doc) and is_temperature_unit(doc[i]):
        return i + 1
    if _is_degree_and_scale(doc, i):
        return i + 2
    words = lowers_of(doc)[i:i + 3]
    if len(words) == 3 and words[0] == "parts" and words[1] == "per" and words[2] in _PARTS_PER:
        return i + 3
    return _light_years_end(doc, i)


_LIGHT_YEARS = frozenset({"year", "years"})


def _light_years_end(doc: Doc, i: int) -> int | None:
    """Where "light years" ends after a number, the count's end at doc[i] inside it or before it: "4.2 light-years",
    "700 light years" (the model's count may hold "light"); None otherwise."""
    words = lowers_of(doc)
    if 1 < i < len(words) and words[i - 1] == "light" and doc[i - 2].like_num:
        after = i  # "light" inside the count already
    elif i < len(words) and i > 0 and words[i] == "light" and doc[i - 1].like_num:
        after = i + 1
    else:
        return None
    if after < len(words) and words[after] in _LIGHT_YEARS:
        return after + 1
    if after + 1 < len(words) and words[after] == "-" and words[after + 1] in _LIGHT_YEARS:
        return after + 2
    return None


def with_light_years(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A date the model made of the "years" of "light years" after a number, a distance: "about 700 light years"
    (a date "years" alone, its count dropped) is a quantity from the number on."""
    out = []
    for m in mentions:
        if m.label == "DATE" and m.start > 1 and lowers_of(doc)[m.start] in _LIGHT_YEARS \
                and lowers_of(doc)[m.start - 1] == "light" and doc[m.start - 2].like_num:
            start = m.start - 2
            while start > 0 and doc[start - 1].like_num and not doc[start - 1].is_punct:
                start -= 1
            out = [other for other in out if other.end <= start]  # the count the model cut before "light"
            out.append(Mention(start, m.end, "QUANTITY", m.weight, m.source))
        else:
            out.append(m)
    return out


# Eras written after a year: "9600 BC" (the year a count and "BC" an organisation to the model).
_ERAS_AFTER = frozenset({"BC", "BCE", "B.C.", "B.C.E."})


def with_era_years(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A year and the era after it made one date: "by 9600 BC", "around 2,500 BCE" (the model's count and
    organisation, or its count alone), from where the count's mention starts ("about 2500 BC")."""
    # The words read off the document's list: a Token of every word costs more than the test.
    tokens = tokens_of(doc)
    eras = [i for i, word in enumerate(words_of(doc)) if word in _ERAS_AFTER and i > 0 and tokens[i - 1].like_num
            and not _opens_a_name_after(doc, i)]
    if not eras:
        return mentions
    # The model's date holding year and era stays ("between 3000 BC and 2500 BC"); any other mention on them goes.
    out = [m for m in mentions if all(m.label == "DATE" and m.start <= i - 1 and i < m.end
                                      for i in eras if m.start <= i < m.end or m.start <= i - 1 < m.end)]
    for i in eras:
        count = next((m for m in mentions if m.start <= i - 1 < m.end and m.label != "DATE"), None)
        start = count.start if count is not None and count.end == i else i - 1
        if not any(m.start <= i < m.end for m in out):
            out.append(Mention(start, i + 1, "DATE", 1.0, "rule"))
    return sorted(out, key=lambda m: m.start)


# A year of the last and the next decades, before British Columbia's or BCE's letters far more often than an era's.
_RECENT_YEARS = range(1950, 2101)


def _opens_a_name_after(doc: Doc, i: int) -> bool:
    """The era's letters are British Columbia's "BC" or the firm BCE, not an era: a capitalised word follows ("3 BC
    Hydro crews"), a possessive or a noun in lower case ("the 2024 BC election", "In 2023 BC's population", "its 2023
    BCE results"), or anything but a sentence's mark or a conjunction after a recent year ("By 2030 BC must cut")."""
    if i + 1 >= len(doc):
        return False
    after = doc[i + 1]
    if (after.is_alpha and after.text[:1].isupper()) or after.lower_ in ("'s", "’s") \
            or (after.is_lower and after.pos_ == "NOUN"):
        return True
    year = doc[i - 1].text.replace(",", "")
    return year.isdecimal() and int(year) in _RECENT_YEARS and not after.is_punct and after.pos_ != "CCONJ"


def _is_degree_and_scale(doc: Doc, i: int) -> bool:
    """A degree sign and a scale's letter written together open at doc[i] ("15°C", which the tokenizer splits into
    "15", "°", "C", and the model counts as "15" alone)."""
    return i + 1 < len(doc) and doc[i].text in ("°", "º") and not doc[i].whitespace_ \
        and doc[i + 1].text in ("C", "F")


_PARTS_PER = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_SCALE_WORDS = _PARTS_PER | {"dozen", "lakh", "crore"}


def is_temperature_unit(token: Token) -> bool:
    """A temperature scale after a degree or a number that is no year, before no noun: "105 degrees Fahrenheit",
    "(40.5 Celsius)"; not the lender of "300 Celsius creditors" nor "in 2023 Celsius shares doubled"."""
    doc, i = token.doc, token.i
    if not (0 < i and token.lower_ in TEMPERATURE_SCALES):
        return False
    before, after = doc[i - 1], doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return False
    return before.lower_ in ("degree", "degrees", "°") or (before.like_num and not _YEAR.fullmatch(before.text))


def without_numbers_inside_names(mentions: list[Mention]) -> list[Mention]:
    """Numbers inside a name are the name's: "100" of "FTSE 100" (the model's number, once the name took it in)."""
    named = {i for m in mentions if m.label in NAME_LABELS for i in range(m.start, m.end)}
    return [m for m in mentions if m.label in NAME_LABELS or not named.intersection(range(m.start, m.end))]


# Words a number's span can end in that belong to the next one: "$5.7 billion to" of "fell by $5.7 billion to $634.6
# billion".
# A timeline's colon after its date ("Aug. 1, 2023: A grand jury indicts") is the line's, no part of the date.
_NUMBER_TAILS = frozenset({"to", "and", "or", "from", "-", "–", "—", ":"})

# Labels whose spans say how many or how much (not dates: "May" is a stop word too).
_COUNTING_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})


def trim_number(doc: Doc, m: Mention) -> Mention | None:
    """A number's span without a joining word or a rank at its end ("Ward 5 Ald. Jane Doe"); none where only stop
    words are left of a count ("up to", "as many as": the model's hedge without its number; not "one", "dozens",
    "half")."""
    start, end = m.start, m.end
    while start + 1 < end and _leads_into_a_number(doc[start]):
        start += 1
    if start == m.start and numbers_a_name(doc[start]) \
            and any(t.like_num and t.lower_ not in _SCALE_WORDS for t in doc[start + 1:end]):
        # The number of the name before it, another number after: "1" of "Landing Zone 1 about 8 minutes" (not "2" of
        # "Zone 2 million square metres", whose scale it has).
        start += 1
    if m.label in _COUNTING_LABELS:
        start = _past_a_record(doc, start, end)  # "a record 94 million": the number, no record's words
    if m.label == "DATE" and (temperature := _temperature_band_end(doc, start, end)):
        if temperature >= end:
            return None  # "in the high 80s": degrees, no decade
        start = temperature  # "this week" of "the high 80s this week"
    label = m.label
    if label == "DATE" and _names_numbered_things(doc, start, end):
        start, label = start + 1, "CARDINAL"  # "3 and 11" of "with Lucky Stars 3 and 11": numbers drawn, no dates
    elif label == "DATE" and _is_range_of_counts(doc, start, end):
        label = "CARDINAL"  # "62 to 64" of "rose from 62 to 64"
    if start > m.start or label != m.label:
        m = Mention(start, end, label, m.weight, m.source)
    if m.label in ("DATE", "TIME"):
        if m.start + 1 < end and _is_participle(doc[m.start]):
            m = Mention(m.start + 1, end, m.label, m.weight, m.source)  # "ending months" of "..., ending months of"
        end = _before_a_participles_clause(doc, m.start, end)
    while end > m.start + 1 and (doc[end - 1].lower_ in _NUMBER_TAILS or doc[end - 1].text in TITLE_ABBREVIATIONS
                                 or m.label in _COUNTING_LABELS and doc[end - 1].lower_ in COMPASS_POINTS):
        end -= 1  # "west" of "about 500 km west of Kathmandu": the bearing, no part of the distance
    if m.label in _COUNTING_LABELS and end > m.start + 1 and is_rate_in_capitals(doc[end - 1]):
        # "a 1.21 ERA" (a sum to the model): the rate's value alone is the count, as "10 RBIs" is "10"
        return Mention(m.start, end - 1, "CARDINAL", m.weight, m.source)
    if m.label in _COUNTING_LABELS and all((t.is_stop or t.is_punct) and not t.like_num
                                           for t in tokens_of(doc)[m.start:end]):
        return None
    label = "CARDINAL" if m.label == "QUANTITY" and all(t.like_num for t in doc[m.start:end]) else m.label
    return m if end == m.end and label == m.label else Mention(m.start, end, label, m.weight, m.source)


def _names_numbered_things(doc: Doc, start: int, end: int) -> bool:
    """The date's span opens with a capitalised plural of no time ("Stars" of "Lucky Stars 3 and 11") before small
    numbers alone, joined by "and" or commas: things numbered, no date (not "Days 3 and 4", "June 3 and 4")."""
    first = doc[start]
    if end - start < 2 or not first.is_title or not first.lower_.endswith("s") or first.lower_ in MONTHS \
            or _duration_rank(first) is not None or first.lower_.rstrip("s") in WEEKDAYS:
        return False
    return all((t.text.isdecimal() and len(t.text) <= 2) or t.lower_ in ("and", ",") for t in doc[start + 1:end]) \
        and doc[start + 1].text.isdecimal()



def _is_range_of_counts(doc: Doc, start: int, end: int) -> bool:
    """The date's span is two bare numbers of up to three digits joined by "to" with no month nor age beside them, a
    range: "62 to 64" of "rose from 62 to 64" (not "18 to 24 year olds", "12 to 14 March", "1962 to 1964"; a dash's
    pair is a tally's or a score's, see `tallies.with_whole_tallies`); two that can be a month's days only as a
    change's levels ("went from 6 to 2"; "runs from 18 to 21" gives days)."""
    if end - start != 3 or doc[start + 1].lower_ != "to" \
            or not all(t.text.isdecimal() and len(t.text) <= 3 for t in (doc[start], doc[start + 2])) \
            or dates_or_ages_beside(doc, start, end):
        return False
    return max(int(doc[start].text), int(doc[start + 2].text)) > _DAY_MOST or _changes_from(doc, start)


# Verbs of a change whose "from N to M" gives its levels: "rose from 12 to 14", "went from 6 to 2", "was cut from 30 to
# 20".
_CHANGE_VERBS = frozenset({"rise", "fall", "grow", "climb", "drop", "increase", "decrease", "cut", "raise", "lower",
                           "reduce", "jump", "slip", "go", "move", "shrink", "soar", "plunge", "slide", "swell",
                           "expand", "improve", "double", "halve"})


def _changes_from(doc: Doc, start: int) -> bool:
    """A "from" before the number at `start` hangs on a verb of a change: "rose from 12 to 14"."""
    return start > 0 and doc[start - 1].lower_ == "from" and doc[start - 1].head.lemma_.lower() in _CHANGE_VERBS


# Tags of a participle, a clause after a comma opens with: "on Monday, ending weeks of disruption".
_PARTICIPLE_TAGS = frozenset({"VBG", "VBN", "VBD"})


def _before_a_participles_clause(doc: Doc, start: int, end: int) -> int:
    """Where a date's span ends before a comma and the participle of a clause after it, which the model ran in: "Monday"
    of "on Monday, ending weeks of disruption" (not "Monday, March 3", "Friday, Jan. 5"), or before a present participle
    right after a day's name or a number: "Friday" of "on Friday ending months of talks" (not "the coming weeks")."""
    for i in range(start, end - 1):
        after = doc[i + 1]
        if i > start and doc[i].text == "," and after.is_lower and after.tag_ in _PARTICIPLE_TAGS \
                and after.pos_ == "VERB":
            return i
        if _is_participle(after) and after.is_lower and doc[i].pos_ in ("PROPN", "NUM") \
                and not _counts_working_time(doc, i + 1):
            return i + 1
    return end


# Participles that say which days or hours a duration counts: "within five working days", "20 trading days".
_WORKING_TIMES = frozenset({"working", "trading", "banking", "opening"})


def _counts_working_time(doc: Doc, i: int) -> bool:
    """The participle at `i` qualifies the time unit right after it (`_WORKING_TIMES`): "working" of "within five
    working days", which the date's span keeps."""
    return doc[i].lower_ in _WORKING_TIMES and i + 1 < len(doc) and _duration_rank(doc[i + 1]) is not None


# Words of a band of temperatures before a tens' plural, which no decade takes ("the high 80s", "the low 30s"; a
# decade's are "late", "early", "mid").
_TEMPERATURE_BANDS = frozenset({"high", "low", "upper", "lower"})
_TENS = re.compile(r"[1-9]0s")


def _temperature_band_end(doc: Doc, start: int, end: int) -> int:
    """The end of a band of temperatures opening a date's span ("the high 80s" of "the high 80s this week"), 0 where
    none opens it."""
    lowers = lowers_of(doc)
    if start > 0 and lowers[start - 1] in _TEMPERATURE_BANDS and _TENS.fullmatch(doc[start].text):
        return start + 1  # "90s" of "the low 90s", the band's word left out
    i = start + 1 if lowers[start] == "the" else start
    if i + 1 < end and lowers[i] in _TEMPERATURE_BANDS and _TENS.fullmatch(doc[i + 1].text):
        return i + 2
    return 0


def _past_a_record(doc: Doc, start: int, end: int) -> int:
    """Where a count's span starts after "a record" or "record" opening it, before its number: "94 million" of "a
    record 94 million" (the model's quantity)."""
    lowers = lowers_of(doc)
    words = 2 if lowers[start] in ("a", "an") and start + 1 < end and lowers[start + 1] == "record" \
        else 1 if lowers[start] == "record" else 0
    return start + words if start + words < end and doc[start + words].text[:1].isdigit() else start


def _is_participle(token: Token) -> bool:
    """A present participle, a clause's verb: "ending" of "ending months of deadlock"."""
    return token.tag_ == "VBG" and token.pos_ == "VERB" and token.is_alpha


# Tags of the words before a number that the model's span can take in from the clause: a finite verb ("sits 1.5 million
# kilometres") or a personal pronoun ("took them seven hours").
_CLAUSE_TAGS = FINITE_VERB_TAGS | {"PRP"}


def _leads_into_a_number(token: Token) -> bool:
    """A lower-case verb or pronoun at the start of a number's span: the clause's word, no part of the number."""
    return token.is_lower and token.is_alpha and token.tag_ in _CLAUSE_TAGS and not token.like_num


# Magnitudes written against a sum ("£2m", "$5bn"), split off by the tokenizer.
_GLUED_MAGNITUDES = frozenset({"m", "mn", "bn", "b", "k", "tn", "trn"})


def with_glued_money_signs(doc: Doc, m: Mention) -> Mention:
    """A sum of money with the currency sign and magnitude written against it: the model often tags only the
    number ("2" of "£2m", "5bn" of "$5bn")."""
    start, end = m.start, m.end
    while start > 0 and _is_currency_sign(doc[start - 1]) and not doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].lower_ in _GLUED_MAGNITUDES:
        end += 1
    # "1.4 per cent": the model reads the British spelling of a percentage as a sum of cents.
    percent = doc[end - 1].lower_ in ("percent", "pct") or span_of(doc, end - 2, end).text.lower() == "per cent"
    return Mention(start, end, "PERCENT" if percent else m.label, m.weight, m.source)


def with_money_spans(doc: Doc, mentions: list[Mention], money: list[dict]) -> list[Mention]:
    """The sums `extract_money` found as the MONEY mentions, whole: "R85.3bn" (an ORG to the model), "₹450 crore" (cut
    at "₹450"), "between US$7bn and US$9bn" (two). A mention of the model's that overlaps a sum gives way to it; one it
    called MONEY that names no currency and counts a noun or tells the time is a count ("45 million users", "8.40pm";
    not "5 trillion won"); one that names no sum at all is none ("an extra", "a weak yen")."""
    spans = [(span, item["end"]) for item in money if (span := _sum_span(doc, item["start"], item["end"])) is not None]
    taken = {i for span, _ in spans for i in range(span.start, span.end)}
    kept = [rate if (rate := _exchange_rates_number(doc, m)) is not None
            else replace(m, label="CARDINAL") if m.label == "MONEY" and _counts_no_money(doc, m)
            else replace(m, label="QUANTITY") if m.label == "MONEY" and _weighs(doc, m) else m
            for m in mentions if taken.isdisjoint(range(m.start, m.end))
            and not (m.label == "MONEY" and _names_no_sum(doc, m))]
    return sorted(kept + [Mention(span.start, span.end, "MONEY", 1.0, "money", end_char=end)
                          for span, end in spans], key=lambda m: m.start)


def without_sentence_stops(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A measure or count that ends in spaCy's abbreviation "m." (metres or millions) at its sentence's end ends before
    the sentence's full stop: "6.53m" of "won with 6.53m." (the mention ran to the stop); so does a name that ends in
    a letter after a hyphen, which the tokenizer took with the stop for an initial: "Jay-Z" of "beside Jay-Z."."""
    return [replace(m, end_char=doc[m.end - 1].idx + 1)
            if _ends_at_a_stop_in_m(doc, m) or _ends_at_a_stop_after_a_hyphen(doc, m) else m for m in mentions]


# Units of a span of time that end the part after the comma, a margin or a delay: "0.11 seconds", "20 minutes" (not a
# date's year: "9, 2007").
_SPAN_OF_TIME_UNITS = frozenset({"second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour",
                                 "hours"})
# A clock's time or a race's before a comma: "9:15", "1:47.62", "2:03:23".
_CLOCK_OR_RACE_TIME = re.compile(r"\d{1,2}(?::[0-5]\d){1,2}(?:\.\d{1,3})?")


def times_split_at_commas(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A time the model ran over a comma into the next time is two: "1:47.62, 0.11 seconds" of "a two-run time of
    1:47.62, 0.11 seconds ahead of Meillard" (a race time, a count as its others are, and a margin); "left at 9:15, 20
    minutes late" (two times). Not a time whose words before the comma hold no number ("Monday, 10:30"), nor one
    ending in a word ("2 a.m., three hours before dawn"), nor one whose part after it is no span of time ("9, 2007")."""
    out = []
    for m in mentions:
        comma = next((t.i for t in doc[m.start + 1:m.end - 1] if t.text == ","), None) if m.label == "TIME" else None
        if comma is None or not doc[comma - 1].like_num and _CLOCK_OR_RACE_TIME.fullmatch(doc[comma - 1].text) is None \
                or not doc[comma + 1].like_num or doc[m.end - 1].lower_ not in _SPAN_OF_TIME_UNITS \
                or not any(t.like_num or t.text[:1].isdigit() for t in doc[m.start:comma]):
            out.append(m)
            continue
        first = "CARDINAL" if comma - m.start == 1 and _RACE_TIME.fullmatch(doc[m.start].text) else "TIME"
        out.append(replace(m, end=comma, label=first, end_char=None))
        out.append(replace(m, start=comma + 1))
    return out


def _ends_at_its_sentence(doc: Doc, m: Mention) -> bool:
    """Nothing but a new sentence or a line's break follows the mention."""
    return m.end == len(doc) or doc[m.end].is_sent_start or doc[m.end].is_space


def _ends_at_a_stop_in_m(doc: Doc, m: Mention) -> bool:
    """The number's mention ends in the token "m." glued to its number that ends its sentence (not "40 a. m.")."""
    return m.label in ("QUANTITY", "CARDINAL") and m.end_char is None and m.end - m.start > 1 \
        and doc[m.end - 1].text == "m." and doc[m.end - 2].like_num and not doc[m.end - 2].whitespace_ \
        and _ends_at_its_sentence(doc, m)


def _ends_at_a_stop_after_a_hyphen(doc: Doc, m: Mention) -> bool:
    """The name's mention ends in one capital letter and its full stop glued to a hyphen: "Jay-Z." (an initial is never
    glued to a hyphen, so the stop is its sentence's; "Run-D.M.C." has more letters, kept whole)."""
    last = doc[m.end - 1].text
    return m.label in ("PERSON", "ORG", "WORK_OF_ART") and m.end_char is None and m.end - m.start > 2 \
        and len(last) == 2 and last[0].isupper() and last[1] == "." \
        and doc[m.end - 2].text == "-" and not doc[m.end - 2].whitespace_ and not doc[m.end - 3].whitespace_


# Words that count a sum the model calls MONEY without digits: "a few bucks", "hundreds of millions of dollars".
_SUM_WORDS = _SCALE_WORDS | {"few", "several", "grand"}


def _names_no_sum(doc: Doc, m: Mention) -> bool:
    """A model's MONEY with no number in it and no currency or a word that describes one: "an extra" (of "an extra 20
    billion pounds"), "a weak yen", "every penny" (not "a dollar", "a few bucks"); or a move of one unit ("each one-yen
    move")."""
    span = doc[m.start:m.end]
    if is_unit_move(text_of(doc), span.start_char):
        return True
    if any(t.like_num or t.lemma_.lower() in _SUM_WORDS or any(ch.isdigit() for ch in t.text) for t in span):
        return False
    if span[0].lower_ in ("every", "each"):
        return True  # "reinvest every penny", "each dollar spent": any sum at all, no sum said
    currency = any(t.is_currency or t.lemma_.lower() in _MONEY_WORDS for t in span)
    return not currency or any(t.pos_ == "ADJ" for t in span)


def _sum_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of a sum, also where the tokenizer keeps a full stop on its last letter ("£50m." ending a sentence is
    "£", "50", "m."); None where the tokens split it otherwise."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start_char != start or text_of(doc)[end:span.end_char] not in ("", "."):
        return None
    return span


def _weighs(doc: Doc, m: Mention) -> bool:
    """A model's MONEY in pounds, with no digit-less word, that the money extractor left: a weight ("lost 27.3 pounds
    (12.4 kg)"; not "a few pounds", whose sum it does not look for)."""
    span = doc[m.start:m.end]
    return span[-1].lemma_.lower() == "pound" and not span[-1].is_currency and any(t.like_num for t in span) \
        and all(t.like_num or t.lemma_.lower() == "pound" or t.is_punct for t in span)


# Money's words the money extractor leaves to the model: "5 trillion won", "a few bucks".
_MONEY_WORDS = CURRENCY_LEMMAS | {"buck", "won", "grand", "quid"}


def _counts_no_money(doc: Doc, m: Mention) -> bool:
    """A model's MONEY that names no currency and counts a plural noun or is a clock time: "45 million users", "three
    punts", "8.40pm" (not "5 trillion won", "a few bucks", "hundreds of millions")."""
    span = doc[m.start:m.end]
    if any(t.is_currency or t.lemma_.lower() in _MONEY_WORDS for t in span):
        return False
    after = [doc[m.end]] if m.end < len(doc) else []
    return any(t.tag_ == "NNS" and t.lemma_.lower() not in _MONEY_WORDS for t in [*span, *after]) \
        or any(_CLOCK.fullmatch(t.text) for t in span)


def _exchange_rates_number(doc: Doc, m: Mention) -> Mention | None:
    """The number alone of a model's MONEY that is a bare number and the currency it is priced in ("150" of "150 per
    dollar"): an exchange rate is no sum (see `services.nlp.money`), a number as "83.5 against the dollar" is; None
    for any other mention ("150 yen per dollar" names its currency)."""
    if m.label != "MONEY":
        return None
    end = m.start
    while end < m.end and doc[end].like_num:
        end += 1
    if end == m.start or end == m.end:
        return None
    text, after = text_of(doc), doc[end - 1].idx + len(doc[end - 1])
    if not prices_a_currency_after(text, after) or _PER_CURRENCY_OF_A_THING.match(text, after):
        return None
    return replace(m, end=end, label="CARDINAL", end_char=None)


# A currency's unit "of" something after the number: a sum's ratio to it, no exchange rate ("98 per dollar of face
# value" is a bond's price in cents, "3 per dollar of public money" a return).
_PER_CURRENCY_OF_A_THING = re.compile(r"\s+per\s+(?:[\w.]+\s+)?\w+\s+of\b", re.IGNORECASE)


def is_second_day_of_a_date(doc: Doc, date: Mention, m: Mention) -> bool:
    """The model's count is a second day of the month its date before names, after "and" or "or": "3" of "strike on
    Feb. 1 and 3" (not a count of a thing after it: "on March 4 and 3 others").
    """
    if date.label != "DATE" or m.label != "CARDINAL" or m.end - m.start != 1 or date.end != m.start - 1:
        return False
    day, joiner, month = doc[m.start], doc[m.start - 1], doc[date.end - 2] if date.end - date.start >= 2 else None
    after = doc[m.end] if m.end < len(doc) else None
    return day.is_digit and 1 <= int(day.text) <= _DAY_MOST and joiner.lower_ in ("and", "or", "&") \
        and doc[date.end - 1].is_digit and 1 <= int(doc[date.end - 1].text) <= _DAY_MOST \
        and month is not None and month.lower_.rstrip(".") in MONTHS \
        and not (after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"))
