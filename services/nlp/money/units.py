"""The units of figures: written against the number or after it, the noun a number counts, and its lemma."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from services.nlp.doctext import text_of
from services.nlp.entity_rules import AWARDS, ELECTRONVOLTS, TEMPERATURE_SCALES
from services.nlp.money.currencies import CURRENCY_LEMMAS
from services.nlp.money.numbers import Number
from services.nlp.money.sport import TO_PAR_AFTER

# Units written against the number ("41.2C", "85mph", "a 5km run"), as written: "5c" and "3f" are none.
GLUED_UNITS = {"C": "celsius", "°C": "celsius", "° C": "celsius", "F": "fahrenheit", "°F": "fahrenheit",
                "° F": "fahrenheit", "mph": "mph", "MPH": "mph", "kph": "km/h", "km/h": "km/h", "kmh": "km/h",
                "km": "km", "kg": "kg", "g": "g", "cm": "cm", "mm": "mm", "ft": "ft", "kW": "kw", "MW": "mw",
                "GW": "gw", "kWh": "kwh", "MWh": "mwh", "GWh": "gwh", "TWh": "twh", "ppm": "ppm", "ppb": "ppb",
                "mg": "mg", "µg": "µg", "mcg": "µg", "ml": "ml", "mL": "ml",
                "lb": "lb", "lbs": "lb", "oz": "oz", "bps": "basis point", "bp": "basis point", "kn": "knot",
                "nm": "nm", "MB": "mb", "GB": "gb", "TB": "tb", "MHz": "mhz", "GHz": "ghz",
                "sec": "second", "secs": "second",  # a race's time as athletics copy writes it: "won in 19.46sec"
                **{unit: unit for unit in ELECTRONVOLTS}}  # as written: "meV" would be a thousandth of an "eV"
# "nm" is nanometres unless placed at sea (`_at_sea`); "GB" glued is Sydney's radio "2GB" unless a word of computing
# follows it (`_about_data`); "g" glued is grams unless a network's generation ("5g speeds", `_about_networks`).
# Metric units written out with a prefix, in both spellings, as the model lemmatises them: "5.6 millimeters thick",
# "500 micrograms" are measures as "123 meters" is.
_METRIC_WORDS = frozenset(f"{prefix}{base}" for prefix in ("milli", "centi", "micro", "nano", "deci")
                          for base in ("metre", "meter", "gram", "gramme", "litre", "liter")) | {"kilogramme", "gramme"}
# Units of measure: a number measured in one is a figure even right after a name ("Springbrook 412 mm" of rain).
MEASURE_UNITS = frozenset({*GLUED_UNITS.values(), "metre", "meter", "kilometre", "kilometer", "mile", "foot",
                            "inch", "yard", "gram", "kilogram", "milligram", "tonne", "ton", "litre", "liter",
                            "degree", "kelvin", "hectare", "acre", "light-year", "furlong", "knot",
                            "nautical mile", "acre-foot", "astronomical unit", "km/s", "m/s", "tesla",
                            *_METRIC_WORDS})
# Sizes of storage and clock rates as written after the number with a space ("256 GB", "a 2 TB option"), which the
# model takes for names or codes; glued ("256GB") they are in `GLUED_UNITS`.
_DATA_UNITS = frozenset({"MB", "GB", "TB", "MHz", "GHz"})
# Words of computing right after a "GB", which say it is a size: "256GB of storage", "12GB RAM" (not "told Sydney
# radio 2GB in a phone interview", nor "the 12 GB athletes", Team GB's).
_DATA_WORDS = re.compile(r"(?:storage|RAM|memory|data|SSDs?|drives?|(?:smart)?phones?|iPhones?|iPads?|chips?|"
                         r"processors?|laptops?|computers?|PCs?|tablets?|downloads?|cloud|model|version|option|"
                         r"variant|card|plan)\b")
DATA_WORD_AFTER = re.compile(r"\s*(?:of\s+)?" + _DATA_WORDS.pattern)
# Words of mobile networks near a glued "g", a generation of them in lower case ("5g speeds", "a 4g phone"), no grams.
NETWORK_WORDS = re.compile(r"\b(?:networks?|mobile|phones?|smartphones?|handsets?|speeds?|connectivity|coverage|"
                            r"spectrum|broadband|signal|telecoms?|operators?|carriers?|masts?|towers?|rollout|"
                            r"wireless|LTE|data)\b", re.IGNORECASE)

TIME_UNITS = frozenset({
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "night", "weekend",
    "yr", "hr", "min", "sec", "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "bst", "et", "utc", "bc", "ad",
})


# Oil and gas output in barrels of oil equivalent a day, which the model cuts apart ("boe", "/", "d").
_BOE_PER_DAY_AFTER = re.compile(r"\s*(?:boe/d|boepd|boe\s+(?:per|a)\s+day|barrels\s+of\s+oil\s+equivalent\s+"
                                r"(?:per|a)\s+day)\b", re.IGNORECASE)


def oil_equivalent_rate(text: str, number: Number) -> str | None:
    """"boe/d" for a number of barrels of oil equivalent a day, as "bpd" for barrels: "820,000 boe/d"."""
    return "boe/d" if _BOE_PER_DAY_AFTER.match(text, number.end) else None


# Containers counted in twenty-foot equivalent units, written out: "8,200 twenty-foot equivalent units" (TEU).
_TEU_AFTER = re.compile(r"\s+(?:twenty|20)-f(?:oo|ee)t\s+equivalent\s+units?\b", re.IGNORECASE)
TEU_NAME = re.compile(r"(?:twenty|20)-f(?:oo|ee)t\s+equivalent\b", re.IGNORECASE)
# An aircraft's model, its number before the name of its version: "737 Max jets", "the 787 Dreamliner".
AIRCRAFT_MODEL = re.compile(r"\d{3}\s+(?:Max|MAX|Dreamliners?)\b")
# A Boeing model's number between a count and the aircraft counted: "50 787 jets", "30 777 freighters".
BOEING_AFTER_COUNT = re.compile(r"(?<=\d )7[1-8]7\s+(?:jets?|aircraft|planes?|airliners?|freighters?|jetliners?)\b")


def container_units(text: str, number: Number) -> str | None:
    """"teu" for a number of twenty-foot equivalent units written out, as for "8,200 TEU"."""
    return "teu" if _TEU_AFTER.match(text, number.end) else None


def _is_data_unit(token: Token) -> bool:
    """A size of storage or a clock rate written apart from its number ("256 GB"); a "GB" before another noun only
    when the noun is of computing ("256 GB storage"; "the 12 GB athletes" are Team GB's)."""
    if token.text not in _DATA_UNITS:
        return False
    if token.text != "GB" or not _before_a_noun(token):
        return True
    return _DATA_WORDS.match(token.doc[token.i + 1].text) is not None


def _is_electronvolt(token: Token) -> bool:
    """A unit of `ELECTRONVOLTS`, with the sentence's full stop the tokenizer leaves on it or not ("at 125 GeV.")."""
    return token.text.rstrip(".") in ELECTRONVOLTS


# Coins counted in the singular ("401,000 ether", "6,100 bitcoin"), "ether" an adverb to the tagger (as "either").
_COINS = frozenset({"ether", "bitcoin"})
# Rates written in capitals after their value, which the model takes for singular nouns the number gives a value to:
# a pitcher's earned run average ("a 3.25 ERA") and walks and hits an inning ("a 1.02 WHIP"), a student's grade
# average ("a 3.9 GPA").
_RATES_IN_CAPITALS = frozenset({"ERA", "WHIP", "GPA"})
# Abbreviations of a unit, by the lemma the model gives them.
_UNIT_SPELLINGS = {"bp": "basis point", "bps": "basis point", "bip": "basis point", "bips": "basis point",
                   "kph": "km/h", "kmh": "km/h", "btc": "bitcoin", "mcg": "µg", "eth": "ether",
                   "gigawatt": "gw", "megawatt": "mw", "kilowatt": "kw", "centigrade": "celsius", "kn": "knot",
                   "innings": "inning",  # "6 1/3 innings" (tagged singular) counts what "six innings" does
                   "ov": "over"}  # a scorecard's overs: "CSK 212-3 (20 ov)" (a proper noun to the tagger)


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _hyphenated_point_after(noun: Token) -> bool:
    """"-point" is glued to the noun: "basis-point"."""
    doc, i = noun.doc, noun.i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not noun.whitespace_ and not doc[i + 1].whitespace_ \
        and doc[i + 2].lower_ in ("point", "points")


def unit_of(noun: Token | None) -> str | None:
    """The counted noun's lemma, one name per unit: "25 basis points" and "8 bp" are both in "basis point"."""
    if noun is None:
        return None
    if _is_electronvolt(noun):
        return noun.text.rstrip(".")  # as written, as `GLUED_UNITS` has them: "MeV" is no "mev"
    if noun.text in _RATES_IN_CAPITALS:
        return noun.text  # "a 3.25 ERA" is the rate, not an era the number gives a value
    if _is_award_plural(noun):
        return noun.lower_[:-1]  # "35 Grammys" counts grammys as "seven Oscars" counts oscars
    unit = noun.lemma_.lower()
    if noun.lower_ == "times":
        return "times"  # a multiple or a count of occasions ("20 times its revenue", "three times in a week"), no time
    if unit == "point" and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "basis":
        return "basis point"
    if unit == "basis" and _hyphenated_point_after(noun):
        return "basis point"  # "a 25-basis-point cut"
    if _glued_hyphen_before(noun):
        square = noun.doc[noun.i - 2].lower_
        if square == "deadweight" and unit in _TONNES:
            return "dwt"  # "a 118,000-deadweight-tonne ship"
        return f"{square} {unit}" if square in ("square", "cubic") and unit in _AREAS else _hyphenated(noun, unit)
    if _PLURAL_ACRONYM.fullmatch(noun.text):
        return noun.text[:-1].lower()  # "1.9 million SUVs" count SUVs, a lemma the model leaves "suvs"
    per = noun.doc[noun.i + 1:noun.i + 3]
    # "90 km/h", "3 m/s" (the tokenizer leaves a full stop on the "h" at a sentence's end)
    if len(per) == 2 and per[0].text == "/" and not noun.whitespace_ and per[1].lower_.rstrip(".") in ("h", "hr", "s"):
        return f"{unit}/{per[1].lower_[0]}"
    if len(per) == 2 and per[0].text == "/" and not noun.whitespace_ and per[1].lower_ == "kg":
        return f"{unit}/kg"  # a dose: "10 mg/kg"
    return _compound_unit(noun, unit) or _UNIT_SPELLINGS.get(unit, unit)


def counted_unit(number: Number, noun: Token | None) -> str | None:
    """The unit of the noun the number counts; None where the number gives the noun a value instead."""
    unit = unit_of(noun)
    return None if noun is not None and unit == noun.lower_ and _valued_noun(number, noun) else unit


def _valued_noun(number: Number, noun: Token) -> bool:
    """A common noun in the singular right after a number other than one, which the number does not count but gives
    a value to: "the 200,000 forecast", "the 11.4 billion average", "118 million cast". Units, times and money are
    written in the singular too ("a 50 mile stretch", "the 10 year yield", "a 500 euro note"), and so are nouns the
    same in the plural ("1500 staff"); a hyphen after the noun ends a compound the parse cut ("two co - workers"), and a
    noun after it makes it a modifier of what is counted ("a 2 bedroom flat")."""
    doc = noun.doc
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if number.vague or number.value in (1, -1, None) or noun.tag_ != "NN" or noun.idx != number.end + 1 \
            or text_of(doc)[number.end] != " " or (following is not None and (following.text in ("-", "–")
                                                                          or following.pos_ == "NOUN")):
        return False
    unit = noun.lower_
    return not (unit in MEASURE_UNITS or unit in TIME_UNITS or unit in CURRENCY_LEMMAS or unit in SAME_IN_PLURAL
                or unit in MEASURES or unit in TEMPERATURE_SCALES)


# Nouns a number word glued before names the kind of: "three-pointers" (a shot), "18-wheelers", "two-seaters".
_KINDS_BY_NUMBER = frozenset({"pointer", "wheeler", "seater", "decker", "hander", "timer", "liner", "hitter"})


def _glued_hyphen_before(token: Token) -> bool:
    """A word and a hyphen glued before `token` ("line-" of "line-outs", "three-" of "19 of 42 three-pointers"; not
    "two-" of "two-thirds")."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
        and not doc[token.i - 2].whitespace_ and doc[token.i - 2].is_alpha \
        and (not doc[token.i - 2].like_num or token.lemma_.lower() in _KINDS_BY_NUMBER)


def _hyphenated(noun: Token, unit: str) -> str:
    """The whole of a hyphenated noun whose last word is counted: "12 line-outs" count line-outs, not outs; "41
    light-years" a distance, not a time."""
    parts = [unit]
    while _glued_hyphen_before(noun):
        noun = noun.doc[noun.i - 2]
        parts.insert(0, noun.lower_)
    return "-".join(parts)


# Units of more than one word, named as their short forms are: "49 miles an hour" is in "mph" as "49mph" is.
_SPEEDS = {"mile": "mph", "kilometre": "km/h", "kilometer": "km/h", "km": "km/h"}
# Distances a second, named as written short: "2 km per second" is in "km/s" as "2 km/s" is.
_SPEEDS_PER_SECOND = {"kilometre": "km/s", "kilometer": "km/s", "km": "km/s", "metre": "m/s", "meter": "m/s",
                      "m": "m/s"}
_DEGREES = {"fahrenheit": "fahrenheit", "f": "fahrenheit", "celsius": "celsius", "c": "celsius",
            "centigrade": "celsius"}
_AREAS = frozenset({"mile", "kilometre", "kilometer", "metre", "meter", "foot", "yard", "inch"})
_TONNES = frozenset({"tonne", "ton"})


def _compound_unit(noun: Token, unit: str) -> str | None:
    """The unit a noun makes with the words around it: "miles an hour", "degrees Fahrenheit", "parts per million",
    "square kilometres"; None when it makes none."""
    doc = noun.doc
    after = [t.lower_.rstrip(".") for t in doc[noun.i + 1:noun.i + 3]]
    before = doc[noun.i - 1].lower_ if noun.i > 0 else ""
    if unit in _SPEEDS and after[:2] in (["an", "hour"], ["per", "hour"], ["a", "hour"]):
        return _SPEEDS[unit]
    if unit in _SPEEDS_PER_SECOND and (after[:2] == ["per", "second"] or (after[:2] == ["a", "second"]
                                                                          and not _noun_after(doc, noun.i + 2))):
        return _SPEEDS_PER_SECOND[unit]  # not "marched 10 km a second day in a row"
    if unit == "acre" and after[:2] in (["-", "feet"], ["-", "foot"]) and not noun.whitespace_:
        return "acre-foot"  # "592,000 acre-feet" of water, a volume
    if before == "astronomical" and unit == "unit":
        return "astronomical unit"  # "70 astronomical units", a distance
    if unit == "barrel" and (after[:2] in (["per", "day"], ["a", "day"]) or _hyphenated_per_day(noun)):
        return "bpd"  # "870,000 barrels per day", "a 650,000-barrel-per-day refinery" as "870,000 bpd"
    if unit == "degree" and after[:1] and after[0] in _DEGREES:
        return _DEGREES[after[0]]
    if unit == "part" and after[:1] == ["per"] and after[1:2] and after[1] in ("million", "billion"):
        return "ppm" if after[1] == "million" else "ppb"
    if before in ("square", "cubic") and unit in _AREAS:
        return f"{before} {unit}"
    if before in ("sq", "sq.") and (unit in _AREAS or unit in ("km", "m", "mi", "ft")):
        return f"square {unit}"  # "640,000 sq km"
    if before == "light" and unit == "year":
        return "light-year"  # "700 light years", a distance
    if before == "deadweight" and unit in _TONNES:
        return "dwt"  # "60,000 deadweight tonnes", a ship's capacity
    if before == "nautical" and unit == "mile":
        return "nautical mile"  # "10 nautical miles": 1.852 km, not a mile
    return None


def _hyphenated_per_day(noun: Token) -> bool:
    """"-per-day" or "-a-day" glued after the noun: "a 650,000-barrel-per-day refinery"."""
    words = [token.lower_ for token in noun.doc[noun.i + 1:noun.i + 5]]
    return words in (["-", "per", "-", "day"], ["-", "a", "-", "day"]) \
        and not any(token.whitespace_ for token in noun.doc[noun.i:noun.i + 4])


def counted_noun(doc: Doc, number: Number) -> Token | None:
    """The noun the number counts: "40 countries" -> countries, "100,000 artillery rounds" -> rounds."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or not len(span) or span.end >= len(doc):
        return None
    following = doc[span.end]
    if following.text in ("-", "–") and not following.whitespace_ and span.end + 1 < len(doc):
        word = doc[span.end + 1]  # "30-day", "a 10-point plan"
        if word.lower_ in ("square", "cubic", "deadweight") and span.end + 3 < len(doc) \
                and doc[span.end + 2].text == "-" and doc[span.end + 3].lemma_.lower() in (*_AREAS, *_TONNES):
            return doc[span.end + 3]  # "a 12,000-square-foot mansion", "the 118,000-deadweight-tonne ship"
        return word if word.pos_ == "NOUN" and word.is_alpha else None
    noun = _noun_phrase_head(doc, span.end)
    if noun is None and following.lower_ == "of":  # "dozens of people", "40 of the countries"
        objects = [t for t in following.children if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.is_alpha]
        noun = objects[0] if objects else None
    return noun


# Verbs moving a level to a new one, whose subject a bare level counts: "Monthly active users rose 12% to 675 million",
# "Subscribers reached 301.6 million".
_MOVES_TO = frozenset({"rise", "grow", "climb", "jump", "increase", "surge", "soar", "swell", "fall", "drop", "decline",
                       "shrink", "slip", "dip", "slump", "plunge", "edge", "tick", "rebound", "recover"})
# The prepositions of the level a move reaches: "rose to 62", "rose above 11,000", "climbed past 5,000".
_MOVED_TO = frozenset({"to", "above", "past"})
_REACHES = frozenset({"reach", "hit", "top", "total", "pass", "surpass", "near", "approach"})
# Subjects whose level is a sum or a price, not a count, written without the currency ("Sales rose 12% to 675
# million"), and the words of a count whose noun is their modifier ("Passenger numbers rose to 4.5 million").
_VALUED_SUBJECTS = frozenset({
    "sale", "revenue", "earning", "profit", "loss", "cost", "asset", "deposit", "reserve", "export", "import", "bill",
    "debt", "fund", "payment", "saving", "tax", "wage", "salary", "receipt", "taking", "proceeds", "price", "value",
    "valuation", "share", "stock", "bid", "fee", "fine", "bonus", "income", "dividend", "investment", "order",
    "contract", "loan", "bond", "holding", "inflow", "outflow", "subsidy", "grant", "liability", "rent", "turnover",
    "spending", "budget", "cash", "sum", "amount", "payout", "premium", "claim", "return", "gain", "rate", "yield",
    "level", "temperature", "score", "rating", "index", "figure", "estimate", "forecast",
    # sums by another name ("Donations rose to 30 million", "Remittances reached 40 billion"), and what is measured,
    # not counted ("Emissions fell to 37 billion", tonnes)
    "donation", "damage", "sponsorship", "deal", "acquisition", "remittance", "benefit", "pension", "tariff",
    "transfer", "bet", "wager", "stake", "royalty", "outlay", "margin", "purchase", "writedown", "write-off",
    "impairment", "settlement", "award", "contribution", "pledge", "commitment", "refund", "rebate", "expense",
    "expenditure", "overhead", "outgoing", "allowance", "handout", "bailout", "winning", "jackpot", "prize",
    "withdrawal", "redemption", "arrear", "borrowing", "repayment", "credit", "charge", "fare", "takeover", "merger",
    "emission", "output", "production", "consumption", "demand", "supply", "capacity", "volume",
    # prices of contracts ("Gold futures rose to 2,350")
    "future", "write-down",
})
# Sums by their kind, before which a glued "m" is millions, no metres: "The 100m payment was made", "the 800m deal",
# "a 1,500m transfer budget" (as "a 10m wall" is metres).
_SUM_KINDS = frozenset({
    "payment", "deal", "tranche", "fee", "bid", "offer", "loan", "fund", "budget", "contract", "package", "bond",
    "settlement", "takeover", "investment", "grant", "bonus", "salary", "payout", "fine", "bailout", "donation",
    "acquisition", "valuation", "debt", "transfer", "buyout", "pledge", "injection", "shortfall", "deficit", "windfall",
    "jackpot", "compensation", "subsidy", "sponsorship", "refund", "overspend", "writedown", "write-down", "funding",
    "purchase", "sale", "dividend", "levy",
})


def is_sum_kind(noun: Token) -> bool:
    """The noun names a kind of sum (`_SUM_KINDS`), which a glued "Nm" before it is millions of."""
    return noun.lemma_.lower() in _SUM_KINDS or noun.lower_ in _SUM_KINDS


_COUNT_WORDS = frozenset({"number", "total", "count", "tally"})
# A scale written in the number, or its thousands grouped: a count in millions or a whole "120,000" is no price or
# temperature ("rose to 120" may be either).
# The grouped level is of five digits at least: "Tickets rose to 1,500", "Mortgages rose to 1,400 a month" are prices.
_SCALED = re.compile(r"(?:thousand|million|billion|trillion|\d(?:bn|m|k))\b"
                     r"|(?<![\d.,])(?:\d{2,3}(?:,\d{3})+|\d(?:,\d{3}){2,})(?![\d.,])", re.IGNORECASE)


def counting_subject(doc: Doc, number: Number) -> Token | None:
    """The plural noun subject of the verb that moves a bare, scaled level to the number, which the level counts:
    "Monthly active users rose 12% to 675 million" (users), "Passenger numbers rose to 4.5 million" (passengers); None
    where the subject is a sum's or a price's ("Sales rose to 675 million") or no plural noun ("The show averaged 9.1
    million")."""
    scaled = _SCALED.search(text_of(doc), number.start, number.end) is not None
    subject = _subject_moved_to(doc, number)
    if subject is None or not scaled and _glued_lemma(subject) not in _COUNTS_AT_ANY_SIZE:
        return None
    return _counted_subject(subject)


def _subject_moved_to(doc: Doc, number: Number) -> Token | None:
    """The subject of the verb that moves a level to the number: "Users" of "Users rose 12% to 675 million"."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in _MOVED_TO and root.head.head.lemma_.lower() in _MOVES_TO:
        verb = root.head.head
    elif root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in _MOVES_TO \
            and any(t.lower_ == "to" and t.dep_ == "quantmod" for t in root.children):
        verb = root.head.head  # the move and the level parsed as one range: "fell by 300,000 to 7.7 million"
    elif root.dep_ == "prep" and root.lower_ in _MOVED_TO and root.head.lemma_.lower() in _MOVES_TO:
        verb = root.head  # the level's hedge is its preposition: "rose above 11,000"
    elif root.dep_ == "dobj" and root.head.lemma_.lower() in _REACHES:
        verb = root.head
    else:
        return None
    return next((child for child in verb.children if child.dep_ == "nsubj"), None)


# Subjects in the singular whose level in thousands or millions counts people: "Unemployment fell by a further 300,000
# to 7.7 million", "The population grew to 8.2 million", "Membership reached 1.1 million" (not "Unemployment fell to
# 4.1%", a rate, nor "Employment costs rose to 2.1 million", a sum).
_PEOPLE_SUBJECTS = frozenset({"unemployment", "employment", "population", "workforce", "headcount", "membership",
                              "enrolment", "enrollment", "attendance"})


# ... and totals of people out of work by the word before them: "The jobless total fell to 7.7 million", "The claimant
# count rose to 1.7 million" (not "The total rose to 7.7 million", of anything).
_PEOPLE_TOTALS = frozenset({"total", "count", "tally", "figure", "figures", "number"})
_PEOPLE_TOTAL_WORDS = frozenset({"jobless", "unemployment", "unemployed", "claimant"})


def counts_people_of_subject(doc: Doc, number: Number) -> bool:
    """The number is a scaled level a move of a subject of `_PEOPLE_SUBJECTS` (or a total of `_PEOPLE_TOTAL_WORDS`)
    reaches, a count of people."""
    if _SCALED.search(text_of(doc), number.start, number.end) is None:
        return False
    subject = _subject_moved_to(doc, number)
    if subject is None:
        return False
    if subject.lower_ in _PEOPLE_TOTALS:
        return any(child.dep_ in ("compound", "amod") and child.lower_ in _PEOPLE_TOTAL_WORDS
                   for child in subject.children)
    return subject.lower_ in _PEOPLE_SUBJECTS \
        and not any(child.dep_ in ("compound", "amod") and child.pos_ == "NOUN" for child in subject.children)


# Subjects of a toll, which count at any size ("Deaths rose to 1,200", "Cases reached 950"): no price nor temperature
# moves so.
_TOLL_SUBJECTS = frozenset({"death", "fatality", "casualty", "infection", "case", "victim", "hospitalisation",
                            "hospitalization", "arrest", "evacuee"})
# ... and the words of a count, whose level is a count of what they name at any size ("The number of wild tigers rose
# to 3,682"; a price has no "number of").
_COUNTS_AT_ANY_SIZE = _TOLL_SUBJECTS | _COUNT_WORDS | {"toll"}


# Verbs of spending and earning, whose object is a sum even with its currency left out: "plans to invest 1.3 billion".
_SPENDING_VERBS = frozenset({"invest", "spend", "pay", "raise", "borrow", "cost", "earn", "lose", "save", "owe", "fund",
                             "allocate", "budget", "pledge", "donate", "lend", "charge", "value", "bid", "offer",
                             "generate", "book", "post", "report", "net", "fetch", "sell", "buy", "cut", "waste"})


def _verb_of(token: Token) -> Token | None:
    """The verb whose object, or the object of whose preposition, `token` is."""
    if token.dep_ == "dobj":
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head
    return None


def reads_as_a_sum(doc: Doc, number: Number) -> bool:
    """The bare number is a sum with its currency left out, by the verb it is the object of ("plans to invest 1.3
    billion") or that verb's subject ("Revenue reached 1.3 billion")."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    verb = _verb_of(span.root) if span is not None else None
    if verb is None:
        return False
    return verb.lemma_.lower() in _SPENDING_VERBS or any(
        child.dep_ == "nsubj" and _glued_lemma(child) in _VALUED_SUBJECTS for child in verb.children)


def _glued_lemma(noun: Token) -> str:
    """The noun's lemma with the word hyphenated against it, which the tokenizer splits off: "Write-offs" ->
    "write-off" (the lemma of "offs" alone is "off")."""
    doc, i = noun.doc, noun.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ \
            and doc[i - 2].is_alpha:
        return f"{doc[i - 2].lower_}-{noun.lemma_.lower()}"
    return noun.lemma_.lower()


# Verbs of making and delivering a count, one of which may count what another did: "shipped 50 million doses ... plans
# to make 1.3 billion".
_PRODUCING_VERBS = frozenset({"make", "produce", "ship", "deliver", "manufacture", "supply", "distribute", "export",
                              "import", "administer", "build", "print", "send", "donate"})
# Verbs too light to say two counts are of one kind: "has 6 million customers ... has 3 million in the bank".
_LIGHT_VERBS = frozenset({"be", "have", "get", "take", "give", "put", "need", "expect", "estimate", "see"})


def _count_verb(token: Token) -> Token | None:
    """The verb a number's count is the subject or the object of, past its noun and a preposition: "shipped 50 million
    doses" (shipped), "The final averaged 9.1 million viewers" (averaged)."""
    while token.dep_ in ("nummod", "quantmod", "compound") and token.head is not token:
        token = token.head
    if token.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return token.head
    return _verb_of(token)


def counts_alike(doc: Doc, earlier: Number, later: Number) -> bool:
    """The bare number in millions at `later` counts what the count at `earlier` counts, by their verbs: the subject
    of its own ("Another 1.2 million have fled"), or the object of the earlier count's verb ("averaged 9.1 million
    viewers ... averaged 7.2 million") or of another verb of making ("shipped ... plans to make 1.3 billion"); not a
    sum by a verb of its own ("It grossed 1 billion", "The herd is worth 3 billion", "It has 3 million in the bank")."""
    spans = [doc.char_span(n.start, n.end, alignment_mode="expand") for n in (earlier, later)]
    if spans[0] is None or spans[1] is None:
        return False
    if spans[1].root.dep_ in ("nsubj", "nsubjpass"):
        return True
    verbs = [_count_verb(spans[0].root), _verb_of(spans[1].root)]
    if verbs[0] is None or verbs[1] is None:
        return False
    lemmas = [verb.lemma_.lower() for verb in verbs]
    if lemmas[0] == lemmas[1]:
        return lemmas[0] not in _LIGHT_VERBS
    return all(lemma in _PRODUCING_VERBS for lemma in lemmas)


def sells_alike(doc: Doc, earlier: Number, later: Number) -> bool:
    """The bare number in millions at `later` is the object of the verb of spending whose object the count at `earlier`
    is, with no sum's subject: "Apple sold 230 million iPhones. Samsung sold 220 million" (iPhones), where "sold 220
    million" alone may be a sum (not "The game sold 20 million copies. It grossed 1 billion", two verbs)."""
    spans = [doc.char_span(n.start, n.end, alignment_mode="expand") for n in (earlier, later)]
    if spans[0] is None or spans[1] is None:
        return False
    verbs = [_count_verb(spans[0].root), _verb_of(spans[1].root)]
    if verbs[0] is None or verbs[1] is None or verbs[0].lemma_.lower() != verbs[1].lemma_.lower():
        return False
    return verbs[1].lemma_.lower() in _SPENDING_VERBS and not any(
        child.dep_ == "nsubj" and _glued_lemma(child) in _VALUED_SUBJECTS for child in verbs[1].children)


# Subjects of a trade's level that is a sum or a count of the goods it moves, by what the text counts before it:
# "Sales hit 1.1 million" after "sold 2 million copies", "Exports reached 12 million" after "40 million tonnes".
_TRADE_SUBJECTS = frozenset({"sale", "export", "import", "output", "production", "shipment", "delivery"})
# Verbs whose object counts goods traded or made: "sold 2 million copies", "grew 50 million tonnes of wheat".
_GOODS_VERBS = frozenset({*_PRODUCING_VERBS, "sell", "grow", "harvest", "mine", "pump", "catch", "buy"})


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the plural noun right before it that the parse took for a preposition's object ("by
    December sales hit 1.1 million")."""
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[0]
    before = verb.doc[verb.i - 1] if verb.i else None
    return before if before is not None and before.tag_ == "NNS" and before.dep_ == "pobj" else None


def is_trade_level(doc: Doc, number: Number) -> bool:
    """The bare number is the level of a trade's subject (`_TRADE_SUBJECTS`) by a verb of no spending: "Exports reached
    12 million", "sales hit 1.1 million" (not "Sales raised 3 million", nor "Profit rose to 3 billion")."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    verb = _verb_of(span.root) if span is not None else None
    if verb is None or verb.lemma_.lower() in _SPENDING_VERBS:
        return False
    subject = _subject_of(verb)
    return subject is not None and subject.lemma_.lower() in _TRADE_SUBJECTS


def counts_goods(doc: Doc, number: Number, unit: str | None) -> bool:
    """The count counts goods traded or made: a measure ("40 million tonnes"), the object of a verb of making or
    selling ("sold 2 million copies") or a trade's level ("Production rose to 40 million cars"); not "employs 2 million
    people"."""
    if unit in MEASURE_UNITS:
        return True
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    verb = _count_verb(span.root) if span is not None else None
    if verb is None:
        return False
    subject = _subject_of(verb)
    return verb.lemma_.lower() in _GOODS_VERBS or (subject is not None and subject.lemma_.lower() in _TRADE_SUBJECTS)


def _counted_subject(subject: Token) -> Token | None:
    """The noun a subject counts: the subject itself, in the plural, or the plural a word of a count names ("Passenger
    numbers", "The number of daily users")."""
    lemma = _glued_lemma(subject)
    if lemma == "toll":  # "The death toll rose to 62" counts deaths; a road's or a bridge's toll is a price
        named = [child for child in subject.children
                 if child.dep_ == "compound" and child.lemma_.lower() in _TOLL_SUBJECTS]
        return named[0] if named else None
    if lemma in _COUNT_WORDS:
        named = [child for child in subject.children if child.dep_ == "compound" and child.pos_ == "NOUN"] or [
            grand for child in subject.children if child.dep_ == "prep" and child.lower_ == "of"
            for grand in child.children if grand.dep_ == "pobj" and grand.tag_ == "NNS"]
        return named[0] if named and named[0].lemma_.lower() not in _VALUED_SUBJECTS else None
    if subject.tag_ != "NNS" or not subject.is_alpha or lemma in _VALUED_SUBJECTS or lemma in TIME_UNITS \
            or lemma in CURRENCY_LEMMAS or lemma in MEASURE_UNITS:
        return None
    return subject


# Units of measure written as abbreviations the model takes for names or nouns of their own, and the coin counted by
# its ticker ("214,246 BTC"). The scales of temperature written without "degrees" ("(40.5 Celsius)", a name to the
# model) are units too, before no noun (`TEMPERATURE_SCALES`).
MEASURES = frozenset({"teu", "teus", "mw", "gw", "kw", "twh", "gwh", "mwh", "kwh", "bpd", "dwt", "ppm", "ppb", "kph",
                       "mph", "kmh", "btc"})
# Short units, as written (the lower-case ones of `GLUED_UNITS`), right after the number, which the model may take for
# names: "Currumbin 288 mm" (not "2,500 MG cars"; "54.2 million 60 kg bags" counts bags).
_SHORT_UNITS = frozenset(unit for unit in GLUED_UNITS if unit.isalpha() and unit.islower() and len(unit) > 1)
# (A lone "g" apart from its number is a letter as often: grams only glued, "250g".)


# Units whose words a figure's text takes in, as it takes in the ones written against the number ("6.25m", "120mph")
# and "per cent": measures of length, weight, volume, speed, temperature, energy and power, and the units a score is
# kept in (points, runs, wickets, strokes). Not what a number counts one by one ("219 people", "36 goals", "two
# touchdowns"), nor durations, which are no figures.
_WRITTEN_UNITS = frozenset({*MEASURE_UNITS, *MEASURES, *_SPEEDS.values(), *_SPEEDS_PER_SECOND.values(), "lb",
                            "ppm", "ppb", "dwt", "light-year", "calorie", "kilocalorie", "gallon", "barrel", "ounce",
                            "pint", "watt", "kilowatt-hour", "decibel", "point", "run", "wicket", "stroke",
                            "second",  # seconds timed to a fraction only: other durations are no figures
                            *_RATES_IN_CAPITALS})


def is_unit_word(word: str, lemma: str) -> bool:
    """The word (of `lemma`) names a unit a number is written in: of measure ("tonne", "lb"), a currency ("won",
    "euro") or a scale of money as the wires write it ("bln", "mln"); not what a story counts and may be about, in the
    plural ("points" of a licence or a visa scheme, "runs", "wickets", "strokes", "calories"; a "15-2 run" is none)."""
    if lemma in _COUNTED_TOPICS:
        return word.lower() == lemma
    return _UNIT_SPELLINGS.get(lemma, lemma) in _WRITTEN_UNITS or lemma in CURRENCY_LEMMAS or lemma in _UNIT_ONLY_WORDS


def is_unit_abbreviation(word: str) -> bool:
    """The word, as written, is a unit's abbreviation in lower case, a unit wherever it stands: "bpd" of "barrels per
    day (bpd)", "bps", "kg"."""
    return word in _SHORT_UNITS or word in MEASURES or (word in _UNIT_SPELLINGS and len(word) <= 4)


# Units of `_WRITTEN_UNITS` that are things counted one by one as well, a story's topic as often as a reading's unit.
_COUNTED_TOPICS = frozenset({"point", "run", "wicket", "stroke", "calorie", "kilocalorie"})


# Currencies and scales that are words of their own elsewhere, a unit after a number only: "42,500 won", "R$3.5 bln".
_UNIT_ONLY_WORDS = frozenset({"won", "bln", "mln", "bn", "mn", "trn", "tn"})
# What may stand between a number and its unit: modifiers of the unit ("2,005 rushing yards", "10 nautical miles",
# "640,000 sq km"), no other number, clause or line ("120 to 8,512 points": the points are the 8,512's words).
_UNIT_GAP = re.compile(r"[ \t]*(?:-[ \t]*)?(?:(?:sq\.|[A-Za-z][\w'’]*)[ \t]*-?[ \t]*){0,3}")


def is_written_unit(unit: str | None) -> bool:
    """A unit of measure or of a score, which the figure's text names (see `_WRITTEN_UNITS`)."""
    return unit is not None and (unit in _WRITTEN_UNITS or unit.startswith(("square ", "cubic "))
                                 or unit.endswith(("/h", "/s", "/kg")))


def with_unit_words(text: str, number: Number, unit: str | None, noun: Token | None) -> Number:
    """The figure with the words of its unit written after it, so its text says what it measures: "22.9 seconds",
    "2,005 rushing yards", "up to 10 feet", "49 miles an hour", "17 under par" (not "219 people": a count)."""
    if number.percent or number.unit:
        return number  # "12%", "per cent", "149km/h", "the 100m sprint": the text has its unit already
    if unit in ("under par", "over par") and (par := TO_PAR_AFTER.match(text, number.end)) is not None:
        return replace(number, end=par.end())
    if noun is None or not is_written_unit(unit) or noun.idx < number.end \
            or _UNIT_GAP.fullmatch(text, number.end, noun.idx) is None:
        return number
    if unit in _UNITS_OF_OTHER_THINGS and (not any(ch.isdigit() for ch in text[number.start:number.end])
                                           or (unit == "point" and _is_glued_part(noun))):
        return number  # "made two points", "two degrees from Oxford", "two feet", "a 10-point plan"
    return replace(number, end=_unit_end(noun, unit))


# Units whose words name other things too: a score's points and runs are also an argument's points and a candidate's
# runs, degrees are also a university's, feet a body's, strokes an illness: in the text only after digits.
_UNITS_OF_OTHER_THINGS = frozenset({"point", "run", "stroke", "degree", "foot", "yard"})


# Units of two words and more, by the unit a noun opens: "miles an hour", "km per second", "barrels per day", "parts
# per million", "acre-feet", "km/h", "mg/kg" take the two tokens after the noun.
_TWO_WORDS_AFTER = frozenset({"mph", "km/h", "km/s", "m/s", "bpd", "ppm", "ppb", "acre-foot"})


def _unit_end(noun: Token, unit: str) -> int:
    """Where the words of the unit that opens with `noun` end: after "an hour" of "miles an hour", "Celsius" of "degrees
    Celsius", "per million" of "parts per million", "/h" of "km/h", "-feet" of "acre-feet"."""
    doc = noun.doc
    after = doc[noun.i + 1:noun.i + 3]
    last = noun
    if unit == "bpd" and _hyphenated_per_day(noun):
        last = doc[noun.i + 4]  # "650,000-barrel-per-day"
    elif unit in ("celsius", "fahrenheit") and noun.lemma_.lower() == "degree" and len(after) \
            and after[0].lower_.rstrip(".") in _DEGREES:
        last = after[0]  # "40 degrees Celsius"
    elif (unit in _TWO_WORDS_AFTER or unit.endswith(("/h", "/s", "/kg"))) and noun.lemma_.lower() != unit \
            and len(after) == 2 and after[0].lower_ in ("an", "a", "per", "-", "/"):
        last = after[1]
    elif unit == "basis point" and noun.lower_ == "basis" and len(after) == 2:
        last = after[1]  # "a 25-basis-point cut"
    # The tokenizer leaves a sentence's full stop on a unit's last letter ("90 km/h.").
    return last.idx + len(last.text if last is noun and not _is_electronvolt(noun) else last.text.rstrip("."))


def _is_glued_part(token: Token) -> bool:
    """The word after a hyphen written against it: "time" of "full-time"."""
    return token.i > 0 and token.doc[token.i - 1].text in ("-", "–") and not token.doc[token.i - 1].whitespace_ \
        and not token.doc[token.i - 2].whitespace_


# Words of a sentence that measures heights, depths or lengths, where "5.6m" with nothing counted is metres.
_HEIGHT_WORDS = frozenset({
    "river", "water", "height", "tall", "deep", "depth", "wave", "tide", "flood", "sea", "swell", "snow", "metre",
    "meter", "jump", "vault", "throw",
})  # not "high" nor "level": "a record high", "its highest level" are said of sales and jobs too


# A person's height in feet and inches hyphenated, as US sport writes it: "the 6-foot-4 linebacker" is 76 inches,
# "a 5-foot-11-inch guard" 71 (not "a 6-foot wall", nor a score or range after it, "6-foot-4-5").
_FEET_AND_INCHES = re.compile(r"(?<![\w.,-])(?P<feet>[1-8])-(?:foot|feet|ft)-(?P<inches>1[01]|\d)"
                              r"(?:-inch(?:es)?)?(?![\w-]|[.,]\d)", re.IGNORECASE)
_INCHES_PER_FOOT = 12


def heights(text: str) -> list[Number]:
    """Heights in feet and inches (see `_FEET_AND_INCHES`), in "inch"."""
    return [Number(match.start(), match.end(), _INCHES_PER_FOOT * int(match["feet"]) + int(match["inches"]), None,
                    None, False, False, None, match.group(), unit="inch")
            for match in _FEET_AND_INCHES.finditer(text)]


def about_heights(doc: Doc, number: Number) -> bool:
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in _HEIGHT_WORDS or t.lower_ in _HEIGHT_WORDS
                                    for t in span.sent)


def as_metres(number: Number) -> Number:
    """A "100m" figure read as metres rather than millions, its unit written against it."""
    value = (number.value or 0) / 1e6
    return Number(number.start, number.end, value, None, None, number.hedged, False, None, number.digits,
                   unit="metre")


# Awards whose plural a number counts, proper nouns to the model ("35 Grammys", "four Emmys"); not "Brits", people too.
_COUNTED_AWARDS = frozenset(award for award in AWARDS if " " not in award and award != "brit")


def _is_award_plural(token: Token) -> bool:
    """An award's plural in capitals: "Grammys", "Emmys", "Baftas"."""
    return token.text[:1].isupper() and token.lower_.endswith("s") and token.lower_[:-1] in _COUNTED_AWARDS


def _noun_phrase_head(doc: Doc, i: int) -> Token | None:
    """Last noun of the modifier-and-noun run starting at token i, on the same line."""
    noun: Token | None = None
    possessor: Token | None = None  # a class's possessive before the noun counted, counted where no noun comes
    for token in doc[i:i + 8]:
        if token.is_space or "\n" in token.text or token.is_sent_start:
            break  # a noun of the next line or sentence is counted by nothing here ("it reached 5.4m. Flood barriers")
        if token.lower_ in ("point", "points") and token.i > i and doc[token.i - 1].lower_ == "basis":
            return token  # the unit, not a noun after it: "280 basis points year over year", "a 25 basis point cut"
        if token.i == i and _is_field_strength(token):
            return token  # "a 1.5 Tesla MRI scanner" measures the magnet's field, and counts no scanners
        squared = token.i == i + 1 and doc[i].lower_ in ("sq", "sq.")  # "850 sq ft"
        if noun is None and (token.lower_ in MEASURES or ((token.i == i or squared) and token.text in _SHORT_UNITS)
                             or (token.i == i and (_is_data_unit(token) or _is_electronvolt(token)
                                                   or is_rate_in_capitals(token) or _is_coin_counted(token)))
                             or (_unit_before_no_noun(token) and not _before_a_noun(token))):
            return token  # "a 20,000 TEU container ship" counts TEU, not ships; "120,000 ETH" (not "300 ETH students",
            # nor "300 Celsius creditors", the crypto lender's)
        if noun is None and token.pos_ == "NOUN" and token.lemma_.lower() in MEASURE_UNITS \
                and not any(t.like_num and "/" not in t.text for t in doc[i:token.i]):
            return token  # "waves of up to 3 metres forecast" measure metres (but "3.1 million 60-kg bags" count bags)
        if (token.pos_ == "NOUN" or token.tag_ == "NNPS" or token.lower_ in _UNIT_SPELLINGS or _is_award_plural(token)
                or (noun is None and _plural_noun_tagged_verb(token))) and token.is_alpha \
                and not is_code(token):  # a code in capitals counts nothing: "100 RTX 5090 units"
            noun = token  # "40 countries", "29 New Yorkers", "2.4 million PlayStation 5 consoles"
        elif noun is not None and token.pos_ in ("ADJ", "NOUN") and _is_glued_part(noun):
            continue  # "46 full-time equivalent posts": "time" was part of a compound; the noun counted comes on
        elif noun is not None and _is_glued_part(token) and token.tag_ in ("VBN", "VBG", "JJ") \
                and token.lower_ not in _DIMENSION_WORDS \
                and not (token.lower_ in _RECORD_WORDS and noun.lemma_.lower() in _GAME_NOUNS) \
                and noun.lemma_.lower() not in TIME_UNITS and noun.lemma_.lower() not in MEASURE_UNITS:
            noun = None  # "two conspiracy-obsessed men": the compound describes the noun counted, which comes on
            # (a time or a measure stays counted: "a 10 year-old boy", "a 30 foot-high wall", and what a word of size
            # or record measures: "a 5 storey-high building", "a 12 game-winning streak")
        elif noun is not None and token.text in ("-", "–") and not token.whitespace_ \
                and not doc[token.i - 1].whitespace_:
            continue  # "two quarter-point reductions": the compound goes on to the noun counted
        elif noun is not None and token.pos_ in ("ADP", "ADV", "PART") and _is_glued_part(token):
            continue  # "2.49 million plug-in hybrids", "three add-on fees": hybrids and fees are counted
        elif noun is not None and noun.lower_ == "model" and any(ch.isdigit() for ch in token.text):
            continue  # "2.2 million Bike model PL01 exercise bikes": the model's name; bikes are counted
        elif noun is not None and _brand_goes_on(noun, token):
            continue  # "120 buybuy BABY stores": the brand's lower-case word was no noun counted; stores are
        elif noun is not None and _describes_a_class(noun, token) and not _after_the(doc, i):
            possessor, noun = noun, None  # "two women's team players": players are counted, of a women's team
            continue
        elif noun is None and (token.pos_ in ("ADJ", "PROPN", "NUM") or token.tag_ in ("VBG", "VBN")
                               or is_code(token) or token.text in ("-", "–") or token.lower_ in ("sq", "sq.")
                               or _joins_a_name(token) or _is_model_code(token)
                               or (token.pos_ in ("ADP", "ADV", "PART") and _is_glued_part(token))):
            continue  # "300 armed police", "four Iris-T air defence systems", "15 Leopard 1 tanks", "12 sold-out gigs"
        else:
            break
    return noun if noun is not None else possessor


# Plurals whose possessive names a class of the noun after it ("women's team", "children's hospital", "men's final").
_CLASS_POSSESSORS = frozenset({"women", "men", "children", "people"})


# The nouns a class's possessive makes a kind of: its sport, its team, its ward or its rights ("women's team", "men's
# football", "children's hospital"); not a thing a few of them own ("Two women's car keys were found": women counted).
CLASS_KINDS = frozenset({
    "team", "side", "squad", "football", "rugby", "cricket", "hockey", "basketball", "tennis", "golf", "league", "cup",
    "soccer", "volleyball", "softball", "netball", "lacrosse", "handball", "rowing", "athletics", "gymnastics",
    "swimming", "cycling", "boxing", "polo", "water", "ice", "sevens", "eight", "crew", "relay", "marathon",
    "championship", "game", "event", "race", "singles", "doubles", "final", "semi-final", "tournament", "division",
    "category", "section", "hospital", "ward", "prison", "refuge", "shelter", "charity", "rights", "health", "clothing",
    "fashion", "magazine", "book", "toilet", "ministry", "group", "club", "choir", "school", "college",
})


def _describes_a_class(noun: Token, token: Token) -> bool:
    """The possessive's mark after a plural of a class of people, before a compound of nouns of a kind of theirs: "two
    women's team players" count players of a women's team (not "the two women's cars", the women's, "Two women's car
    keys", nor "two women's" alone)."""
    doc = token.doc
    return token.tag_ == "POS" and token.i == noun.i + 1 and noun.lower_ in _CLASS_POSSESSORS \
        and token.i + 2 < len(doc) and doc[token.i + 1].tag_ == "NN" and doc[token.i + 1].is_lower \
        and doc[token.i + 1].lower_ in CLASS_KINDS \
        and doc[token.i + 2].tag_ in ("NN", "NNS") and doc[token.i + 2].is_lower


def _after_the(doc: Doc, i: int) -> bool:
    """The count that ends before token i follows a definite word: "the two women's car keys" are the women's."""
    j = i - 1
    while j > 0 and doc[j].like_num:
        j -= 1
    return j < i - 1 and doc[j].lower_ in ("the", "these", "those", "both")


def _brand_goes_on(noun: Token, token: Token) -> bool:
    """A brand's word in capitals after a lower-case singular noun, before a plural noun: "buybuy BABY stores" (not
    "the 10 year JGB yields", whose year is a time, nor "200 megawatt EDF plants", a measure)."""
    doc = token.doc
    unit = noun.lemma_.lower()
    return token.i == noun.i + 1 and noun.is_lower and noun.tag_ == "NN" and is_code(token) \
        and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "NNS" \
        and unit not in TIME_UNITS and unit not in CURRENCY_LEMMAS and unit not in MEASURES \
        and not is_written_unit(_UNIT_SPELLINGS.get(unit, unit))


def _is_model_code(token: Token) -> bool:
    """A model's code of capitals and digits the tagger takes for a noun: "F-35A" of "35 F-35A fighter jets", which
    count jets."""
    return not token.is_alpha and any(ch.isdigit() for ch in token.text) and any(ch.isupper() for ch in token.text)


def _joins_a_name(token: Token) -> bool:
    """An ampersand between two words of a name: "360 Bed Bath & Beyond stores" count stores."""
    doc = token.doc
    return token.text == "&" and 0 < token.i < len(doc) - 1 and doc[token.i - 1].pos_ == "PROPN" \
        and doc[token.i + 1].pos_ == "PROPN"


# A noun's roles in the parse: an object or subject is no verb, whatever its tag.
_NOUN_ROLES = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos"})


# The second parts of compounds that measure the first: "storey-high", "page-long", "man-strong", "game-winning".
_DIMENSION_WORDS = frozenset({"high", "long", "wide", "deep", "tall", "thick", "strong", "old"})
# A record's words, which measure a count of games before them ("a 12 game-winning streak"), not "award-winning films".
_RECORD_WORDS = frozenset({"winning", "losing", "unbeaten", "winless"})
_GAME_NOUNS = frozenset({"game", "match", "race", "fight", "bout", "start"})


# Words after "Tesla" that make it the unit of a magnet's field: "a 3 Tesla MRI", "a 7 Tesla scanner".
_MAGNET_WORDS = frozenset({"mri", "fmri", "scanner", "scanners", "scan", "scans", "magnet", "magnets", "field"})


def _is_field_strength(token: Token) -> bool:
    """"tesla" in lower case, or "Tesla" before a word of magnets: the unit, not the carmaker ("300 Tesla cars")."""
    following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
    return token.lower_ in ("tesla", "teslas") and (token.is_lower or following in _MAGNET_WORDS)


def _plural_noun_tagged_verb(token: Token) -> bool:
    """A plural noun the tagger took for a verb, which the parse still gives a noun's role: "consoles" of "sold 2.4
    million PlayStation 5 consoles"."""
    return token.tag_ == "VBZ" and token.dep_ in _NOUN_ROLES


def _unit_before_no_noun(token: Token) -> bool:
    """A word that is a unit only where no noun follows: "120,000 ETH", "(40.5 Celsius)"."""
    return token.text == "ETH" or token.lower_ in TEMPERATURE_SCALES


def _noun_after(doc: Doc, i: int) -> bool:
    """The token after token i is a noun or an adjective ("a second day", "a second straight time")."""
    return i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")


# A rate in capitals before its value and what moves or gives it: "lowered his ERA to 1.96", "an ERA of 2.10", "his
# WHIP fell to 0.98", "her GPA was 3.9", "ERA fell from 3.40 to 2.85" (both).
_RATE_BEFORE = re.compile(rf"\b({'|'.join(sorted(_RATES_IN_CAPITALS))})(?:\s+(?:fell|dropped|rose|climbed|improved|"
                          r"slipped|is|was|stands|stood|sits|sat|now|down|up|this\s+season))*\s+"
                          r"(?:to|of|at|from|is|was)\s+(?:\d+\.\d+\s+to\s+)?$")
_RATE_REACH = 40
# A multiple after the decimal, which makes it no rate's value: "Support for the ERA was 2.5 times higher" (the
# amendment's).
_MULTIPLE_AFTER = re.compile(r"\s*(?:times\b|-?fold\b|x\b)", re.IGNORECASE)


def rate_before(text: str, number: Number) -> str | None:
    """The rate in capitals a decimal value is given after: "ERA" of "lowered his ERA to 1.96" (see `_RATE_BEFORE`)."""
    if _DECIMAL.fullmatch(text[number.start:number.end]) is None or _MULTIPLE_AFTER.match(text, number.end):
        return None
    match = _RATE_BEFORE.search(text[max(0, number.start - _RATE_REACH):number.start])
    return match[1] if match else None


def is_rate_in_capitals(token: Token) -> bool:
    """A rate of `_RATES_IN_CAPITALS` after a decimal value: "a 3.25 ERA" (not "300 ERA activists", "40 GPA points")."""
    return token.text in _RATES_IN_CAPITALS and token.i > 0 \
        and _DECIMAL.fullmatch(token.doc[token.i - 1].text) is not None


def _is_coin_counted(token: Token) -> bool:
    """A coin of `_COINS` counted, before no noun and after no year: "6,100 bitcoin" (not "11 bitcoin ETFs", whose
    ETFs are counted, nor "the 2024 bitcoin halving")."""
    return token.lower_ in _COINS and not _before_a_noun(token) and token.i > 0 \
        and _YEAR_WRITTEN.fullmatch(token.doc[token.i - 1].text) is None


_DECIMAL = re.compile(r"\d+\.\d+")
_YEAR_WRITTEN = re.compile(r"(?:19|20)\d{2}")


def _before_a_noun(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ in ("NOUN", "PROPN")


def is_code(token: Token) -> bool:
    """A word in capitals, a code rather than a noun: "RTX", "FTSE", "ICBM"."""
    return token.is_upper and token.is_alpha and len(token) >= 2


# Nouns counted in the singular form, which the tagger may call singular: "1500 staff" is no year.
SAME_IN_PLURAL = frozenset({"staff", "personnel", "police", "cattle", "livestock", "sheep", "aircraft", "fish",
                             "deer", "crew", "head", "innings", *_COINS})
