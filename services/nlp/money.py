"""Money amounts and other figures that newsrooms compare across outlets.

Both extractors read the number shapes straight from `doc.text` with a small grammar (spaCy's MONEY
and CARDINAL entities cut "$3m-$5m" or "between £2bn and £3bn" apart) and use the parse only for what
it is good at: the counted noun of a figure and whether a number is a date or a time.

Money item: {"text", "start", "end", "amount", "currency", "approximate"} plus, for a range,
"amount_low" and "amount_high".
  - `amount` is in full units of the ISO 4217 `currency`: "€21bn" -> 21000000000 EUR, "50p" -> 0.5 GBP,
    "₹500 cr" -> 5000000000 INR, "€7,50" -> 7.5 EUR; negative when a minus sign is written against it ("-$4.5m")
    or accounts' brackets hold it ("$(0.20)", "$(1.2) million"; and "($0.20)" alone in brackets near words of accounts,
    see `_ACCOUNTS_SLOT_BEFORE`).
  - For a range ("$3m-$5m", "between £2bn and £3bn", "$3-5m", "$28 billion, plus or minus 2%") `amount` is the
    lower bound.
  - `approximate` is true after a hedge ("about", "nearly", "more than", "up to", ...), which is part
    of the item's text, and before one ("$3 million or more", "$2 billion-plus"), which is not.
  - Bare "$" is USD, "¥" JPY, "₹" INR, "Rs"/"rupees" INR unless the sum is stated to be another rupee country's
    (likewise "pesos" MXN, "dirhams" AED, "riyals" SAR, and these are also the only such country's the article
    names), "cents" USD cents, "pounds" GBP (not when it is a weight: "pounds of cocaine", "weighs 200 pounds").
    Vague sums ("millions of dollars") and a wire story's exchange-rate notes ("($1 = 155.02 yen)") are not reported.

Figure item: {"text", "start", "end", "value", "unit", "approximate", "vague"} plus "low"/"high"
for ranges and vague quantities.
  - `text` holds the words of a unit of measure or of a score written after the number, as it holds a glued unit
    ("6.25m") or "per cent": "22.9 seconds", "2,005 rushing yards", "up to 10 feet", "17 under par" (see
    `_WRITTEN_UNITS`); not the noun of a count ("219 people").
  - `value` is a float; spelled-out numbers are parsed ("fifty" -> 50, "two dozen" -> 24,
    "1.5 million" -> 1500000); a minus sign or word makes it negative ("-0.3%", "minus 20 degrees"),
    a hyphen that joins does not ("5%-6%", "F-16"). For a range ("3-5 people", "between 40 and 50
    states") `value` is the lower bound and "low"/"high" hold both ends.
  - `unit` is the lemma of the counted noun ("more than 40 countries" -> "country"), "percent" for
    "%", "per cent", "percent", "pc" and "pct", or None when nothing is counted; a race's "1m 2f" is 10 "furlong".
  - `approximate` as for money; vague quantities are always approximate.
  - Cricket's "358 for 7" and "took 3 for 54" are two figures each, in "run" and "wicket".
  - Vague quantities ("dozens of", "thousands a week", "tens of thousands") have `vague: true`,
    `value: null` and an order-of-magnitude bracket: "dozens" low 24 high 100, "hundreds" 100-1000,
    "thousands" 1000-10000, "tens of thousands" 10000-100000, and so on (high is exclusive).
  - Not figures: money, dates, years, clock times, ordinals, ages, durations (a figure counting
    years, days, hours, ...; but seconds timed to a fraction are, in "second": "by 3.5 seconds", and so is a race's
    clock, "a lap of 1:09.673" is 69.673, "a record time of 2:00:35" 7235), sports scores ("won 2-1", a golfer's "11
    under"), numbers that name things ("iPhone 6", "No 10", "flight 370", "Inside Out 2") or a ranking's cut ("the top
    100") and exchange rates ("83.53 per dollar", "($1 = 155.02 yen)").
"""
from __future__ import annotations

import bisect
import functools
import heapq
import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from services.nlp.doctext import ents_of, text_of
from services.nlp.entity_rules import (
    COUNTRIES,
    ELECTRONVOLTS,
    LEADER_NOUNS,
    MONTHS,
    NAME_PARTICLES,
    STORY_NOUNS,
    TEMPERATURE_SCALES,
    UNDER_VERBS,
    US_STATES,
)
from services.nlp.furniture import dateline_place, in_ranges, page_frame_ranges

# --- numbers ---------------------------------------------------------------------------------------

_UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
_SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7,
}
_SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
                  "cr": 1e7}

_NUMBER_WORD = "|".join([*_UNIT_WORDS, *_TENS_WORDS, "hundred", "dozen", "half", "a", "an"])
# A run of number words ("two dozen", "one hundred and twenty", "half a"); validated by _parse_words.
# At most ten words: an unbounded run backtracked over every shorter run at every start ("a-a a-a ...", 1,200
# characters, took 30 s); "two hundred and fifty-three thousand" is six.
_WORDS_RE = rf"(?:{_NUMBER_WORD})(?:(?:\s+|-)(?:and\s+)?(?:{_NUMBER_WORD})){{0,10}}"
# In a sum "a" opens no run before a number it cannot multiply: "a five billion dollar deal" is "five billion dollar".
# Figures keep the run, which then reads as no number: "a five-boat attack", "a two-time winner" count nothing.
_ARTICLE_BEFORE_NUMBER = rf"\b(?:a|an)(?:\s+|-)(?:{'|'.join([*_UNIT_WORDS, *_TENS_WORDS])})\b"
_MONEY_WORDS_RE = rf"(?!{_ARTICLE_BEFORE_NUMBER}){_WORDS_RE}"
# A space that groups thousands ("150 000 homes", "R150\u00a0000", "1 250 000"): groups of exactly three digits, the
# last "000" (two numbers side by side are commoner than spaced thousands that are not round: "150 737 MAX jets",
# "3 200 MW turbines", "180 100 times"), the first no zero's ("Schalke 04 100 million"); not before a hyphenated word
# ("12 000-metre") nor after a month ("May 15 000"), nor after a year ("In 2020 000": the first group has at most
# three digits).
_THOUSANDS_SPACE = "[ \u00a0\u202f\u2009]"
_NOT_AFTER_MONTH = "".join(rf"(?<!\b{month} )(?<!\b{month}\. )" for month in sorted(MONTHS))
_SPACED_THOUSANDS = rf"(?<![\d.,])(?=[1-9]\d{{0,2}}{_THOUSANDS_SPACE}\d{{3}}){_NOT_AFTER_MONTH}" \
    rf"\d{{1,3}}(?:{_THOUSANDS_SPACE}\d{{3}})*{_THOUSANDS_SPACE}000(?!\d|[-–—][A-Za-z])"
# Thousands grouped in threes, or the Indian way in lakhs and crores ("1,13,575", "12,50,000"), or by spaces.
_DIGITS_RE = rf"(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:,\d{{3}})+|{_SPACED_THOUSANDS}|\d+)(?:\.\d+)?|\.\d+"
# A vulgar fraction written against a whole number: "£1½bn", "£3¼bn".
_VULGAR_FRACTION_RE = r"[½¼¾⅓⅔⅛⅜⅝⅞]?"
_VULGAR_FRACTIONS = frozenset("½¼¾⅓⅔⅛⅜⅝⅞")
# Any run of spaces may part a number from its scale word, a line break too ("$1.77  billion", "$1.77\r\nbillion" of a
# wrapped line), not a blank line (a new paragraph).
_SPACE_RUN = r"[^\S\n]*(?:\n[^\S\n]*)?"
# A scale word may follow spaces or a hyphen ("$95-billion deal"); "lakh crore" is 10^12 ("₹1 lakh-crore" too), and
# "thousand million" 10^9, as the British once wrote a billion. The letters are glued to the number, or after spaces the
# longer ones ("4.5 mln euros", "$1.77 bln"): "5 m" may be metres, "5 b" anything.
_SCALE_RE = (
    rf"(?:(?:{_SPACE_RUN}|-)(?:lakh[\s-]+crore|thousand[\s-]+million|thousand|million|billion|trillion|lakh|crore)"
    rf"(?!\w)|{_SPACE_RUN}(?:mln|bln|bn|trn|tn)(?![\w'’])|(?:mn|k|m|b)(?![\w'’]))"
)
# A sum's scale may be crores abbreviated, glued or spaced, as the Indian press writes them ("₹500 cr", "Rs 45cr"):
# a scale of sums only, and of those in rupees or taka only (see `_CRORE_CURRENCIES`); and after a currency's sign
# "m" after a space is millions, no metres ("£55 m for Mason Mount").
_MONEY_SCALE_RE = rf"(?:{_SCALE_RE}|\s?(?-i:[Cc]r)(?![\w'’])|[^\S\n](?-i:m)(?![\w'’]))"


# A fraction glued to a number with a hyphen, as wire grain reports write prices in eighths: "9-1/4 cents",
# "$3.98-3/4 a bushel" (not a date: "1-1/4/2024").
_GRAIN_FRACTION_RE = r"(?:-(?:1/2|[13]/4|[1357]/8)(?![\d/]))?"
_GRAIN_FRACTION = re.compile(r"(?P<whole>.+)-(?P<numerator>\d)/(?P<denominator>\d)")


def _num(name: str, after: tuple[str, ...] = (), scale: str = _SCALE_RE, words: str = _WORDS_RE) -> str:
    """A number, digits or `words`, with an optional `scale`, captured as `name` and `name`_scale.

    Digits stand alone (not inside a word or another number) or right after one of the fixed-width `after`.
    """
    start = "(?:" + "|".join([r"(?<![\w.,])", *(f"(?<={pattern})" for pattern in after)]) + ")"
    return (
        rf"(?P<{name}>{start}(?:{_DIGITS_RE}){_VULGAR_FRACTION_RE}{_GRAIN_FRACTION_RE}|\b{words}\b)"
        rf"(?P<{name}_scale>{scale})?"
    )


def _parse_words(text: str) -> float | None:
    """Value of spelled-out number words ("two dozen" -> 24, "half a" -> 0.5); None if not a number."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if not words:
        return None
    if words[:2] in (["half", "a"], ["half", "an"]):
        return 0.5 if len(words) == 2 else _times(0.5, _parse_words(" ".join(words[2:])))
    total, current, seen_number = 0.0, 0.0, False
    for i, word in enumerate(words):
        if word in ("a", "an"):
            # "a" counts as one only before a multiplier ("a dozen", "a hundred"), and only first.
            if i != 0 or len(words) == 1 or words[1] not in ("hundred", "dozen"):
                return None
            current, seen_number = 1.0, True
        elif word in _UNIT_WORDS:
            if not _takes_units(current, _UNIT_WORDS[word]):
                return None  # "one-two", "twenty fifteen": no number, two of them side by side
            current += _UNIT_WORDS[word]
            seen_number = True
        elif word in _TENS_WORDS:
            if current % 100:
                return None  # "fifty-fifty", "one twenty"
            current += _TENS_WORDS[word]
            seen_number = True
        elif word == "hundred" and seen_number:
            current *= 100
        elif word == "dozen" and seen_number:
            current *= 12
        else:
            return None
    total += current
    return total if seen_number else None


def _takes_units(current: float, units: int) -> bool:
    """Units may follow hundreds or whole tens ("a hundred and five", "twenty-five"; not "twenty-fifteen")."""
    return current % 100 == 0 or (current % 10 == 0 and units < 10)


def _cents_step(whole: str) -> float:
    """The unit a glued fraction is a fraction of: of the last decimal written ("$3.98-3/4" is 3.9875), of one for a
    whole number ("9-1/4 cents" is 9.25)."""
    decimals = len(whole.partition(".")[2])
    return 10.0 ** -decimals


def _times(factor: float, value: float | None) -> float | None:
    return None if value is None else factor * value


def _number_value(number: str, scale: str | None) -> float | None:
    """Value of a matched number and its optional scale ("18.2", "bn" -> 18.2e9)."""
    if fraction := _GRAIN_FRACTION.fullmatch(number):  # "3.98-3/4": 3.98 and three quarters of a cent
        whole = _digits_value(fraction["whole"])
        value: float | None = whole + _cents_step(fraction["whole"]) * int(fraction["numerator"]) \
            / int(fraction["denominator"])
    elif number[-1] in _VULGAR_FRACTIONS:  # "1½": one and a half
        value = _digits_value(number[:-1]) + unicodedata.numeric(number[-1])
    elif number[0].isdigit() or number[0] == ".":
        value = _digits_value(number)
    elif scale and number.lower() in ("a", "an"):
        value = 1.0  # "a billion euros"
    else:
        value = _parse_words(number)
    if value is None:
        return None
    value *= _scale_factor(scale)
    # Hundreds of digits overflow a float: no amount or figure rather than a failed enrichment.
    return value if math.isfinite(value) else None


def _digits_value(digits: str) -> float:
    """Value of digits with their thousands marks, commas or spaces ("1,13,575", "150 000")."""
    return float(re.sub(rf",|{_THOUSANDS_SPACE}", "", digits))


def _scale_factor(scale: str | None) -> float:
    if not scale:
        return 1.0
    # Any space may part the number from its scale ("$1.77\nbillion" of a wrapped line, "1.5\u00a0bn"): split on all.
    words = re.split(r"[\s-]+", scale.strip().strip("-").lower())
    if len(words) > 1:  # "lakh crore", "lakh-crore"
        return math.prod(_SCALE_WORDS[word] for word in words)
    return _SCALE_WORDS.get(words[0]) or _SUFFIX_SCALES.get(words[0], 1.0)


# Hedges that make a figure approximate; kept in the item's text.
_HEDGE_RE = (
    r"(?P<hedge>\b(?:about|around|approximately|approx\.|roughly|nearly|almost|some|an\s+estimated|"
    r"estimated|more\s+than|greater\s+than|fewer\s+than|less\s+than|over|under|below|above|up\s+to|at\s+least|at\s+most|"
    r"close\s+to|upwards\s+of|in\s+excess\s+of|just\s+over|just\s+under|well\s+over|well\s+above|"
    r"as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|as\s+little\s+as|no\s+more\s+than|no\s+fewer\s+than|"
    r"no\s+less\s+than|circa)\s+)?"
)
# "X-Y", "X to Y", and "X and Y" only after "between".
_RANGE_SEP_RE = r"(?P<sep>\s*[-–—]\s*|\s+to\s+|(?(between)\s+and\s+|(?!)))"
_BETWEEN_RE = r"(?P<between>\bbetween\s+)?"
# A minus sign written against a sum or a number after a space or an opening mark ("-$4.5m", "(-0.3%)"), not
# a hyphen that joins ("F-16", "2-1", "5%-6%"); for figures also the words ("minus 20 degrees").
_SIGN_BEFORE = r"(?<![^\s(\[\"'\u201c\u2018])[-\u2212]"
_MONEY_SIGN_RE = rf"(?P<sign>{_SIGN_BEFORE}(?=\S))?"
_FIGURE_SIGN_RE = rf"(?P<sign>{_SIGN_BEFORE}(?=[\d.])|(?<!plus or )\b(?:minus|negative)\s+)?"  # "plus or minus 2.5": ±

# --- money -----------------------------------------------------------------------------------------

# Symbols and codes written before the number, longest first so "US$" wins over "$".
_PREFIX_CURRENCIES = {
    "US$": "USD", "U.S.$": "USD", "UK£": "GBP", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD",
    "HK$": "HKD", "NT$": "TWD", "MX$": "MXN", "S$": "SGD", "R$": "BRL", "$": "USD", "€": "EUR", "£": "GBP",
    "¥": "JPY", "₹": "INR", "SFr": "CHF", "SFr.": "CHF", "Sfr": "CHF",
    "₽": "RUB", "₩": "KRW", "₺": "TRY", "₦": "NGN", "₪": "ILS", "Rs.": "INR", "Rs": "INR", "$US": "USD",
    "$A": "AUD", "RMB": "CNY", "R": "ZAR", "N": "NGN", "Dh": "AED", "SR": "SAR", "QR": "QAR", "Sh": "KES",
    "KSh": "KES", "USh": "UGX", "TSh": "TZS", "GH¢": "GHS", "GH₵": "GHS", "₱": "PHP", "Tk": "BDT", "Rwf": "RWF",
    "NIS": "ILS", "Ksh": "KES", "Kshs": "KES", "KShs": "KES", "KD": "KWD", "BD": "BHD", "E£": "EGP",
}
# The countries that write the shilling, and the dirham's two, by the words that name each.
_KENYA, _UGANDA, _TANZANIA = r"Kenya|Nairobi|Mombasa", r"Uganda|Kampala", r"Tanzania|Dodoma|Dar\s+es\s+Salaam"
_SHILLING_COUNTRIES = ((_KENYA, "KES"), (_UGANDA, "UGX"), (_TANZANIA, "TZS"))
_DIRHAM_COUNTRIES = ((r"Emirat|\bUAE\b|Dubai|Abu\s+Dhabi|Sharjah", "AED"),
                     (r"Morocc|Rabat|Casablanca|Marrakech", "MAD"))


def _as_written(countries: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """(pattern, code) pairs whose country names match case-sensitively ("chile peppers", "Chad Johnson" name none)."""
    return tuple((f"(?-i:{pattern})", code) for pattern, code in countries)


# Countries of currencies most English news means one country by ("rupees" are India's, "pesos" Mexico's, "riyals"
# Saudi Arabia's), named as written.
_RUPEE_COUNTRIES = _as_written((
    (r"India|New\s+Delhi|Mumbai|Bengaluru|Chennai|Kolkata", "INR"), (r"Pakistan|Islamabad|Karachi|Lahore", "PKR"),
    (r"Sri\s+Lanka|Colombo", "LKR"), (r"Nepal|Kathmandu", "NPR"), (r"Mauriti|Port\s+Louis", "MUR")))
_PESO_COUNTRIES = _as_written((
    (r"Mexic", "MXN"), (r"Philippin|Filipino|Manila", "PHP"), (r"Argentin|Buenos\s+Aires", "ARS"), (r"Chile", "CLP"),
    (r"Colombia|Bogot", "COP"), (r"Uruguay|Montevideo", "UYU"), (r"Dominican\s+Republic|Santo\s+Domingo", "DOP"),
    (r"Cuba|Havana", "CUP")))
_RIYAL_COUNTRIES = _as_written((
    (r"Saudi|Riyadh|Jeddah", "SAR"), (r"Qatar|Doha", "QAR"), (r"Oman|Muscat", "OMR"), (r"Yemen|Sanaa", "YER")))
_CFA_COUNTRIES = _as_written((
    *((pattern, "XOF") for pattern in (
        r"Senegal|Dakar", r"Ivory\s+Coast|Ivorian|C[ôo]te\s+d['’]Ivoire|Abidjan", r"Mali\b|Malian|Bamako",
        r"Burkin|Ouagadougou", r"Niger\b|Nigerien|Niamey", r"Benin|Cotonou", r"Togo|Lom[ée]", r"Guinea-Bissau")),
    *((pattern, "XAF") for pattern in (
        r"Cameroon|Yaound[ée]|Douala", r"Gabon|Libreville", r"Chad\b|N['’]Djamena", r"Congo-Brazzaville|Brazzaville",
        r"Central\s+African\s+Republic|Bangui", r"Equatorial\s+Guinea|Malabo"))))
# Symbols several countries write: where the article names none of them, the symbol's entry above holds.
_SHARED_SYMBOLS = {"Dh": _DIRHAM_COUNTRIES, "Sh": _SHILLING_COUNTRIES}
# Symbols and words of a currency one country is usually meant by: another country's only where the sum is stated to
# be its (see `_stated_country`), else the symbol's or word's own entry holds ("Rs" and "rupees" are Indian).
_USUAL_COUNTRY_SYMBOLS = {"Rs": _RUPEE_COUNTRIES, "Rs.": _RUPEE_COUNTRIES}
_USUAL_COUNTRY_WORDS = ((r"rupees?", _RUPEE_COUNTRIES), (r"pesos?", _PESO_COUNTRIES),
                        (r"CFA\s+francs?", _CFA_COUNTRIES), (r"dirhams?", _DIRHAM_COUNTRIES),
                        (r"riyals?", _RIYAL_COUNTRIES))
# Symbols that are letters other text writes before numbers too: money only against the number, in an article that
# names the country ("R14.5 billion" in a South African story, "N54.9 trillion" in a Nigerian one; not "R2" elsewhere).
_COUNTRY_SYMBOLS = {"R": r"South\s+Africa|Johannesburg|Pretoria|Cape\s+Town|\brand\b",
                    "N": r"Nigeria|Abuja|Lagos|\bnaira\b",
                    "Dh": "|".join(pattern for pattern, _ in _DIRHAM_COUNTRIES) + r"|\bdirhams?\b",
                    "SR": r"Saudi|Riyadh|Jeddah|\briyals?\b",
                    "QR": r"Qatar|Doha|\briyals?\b",
                    "KD": r"Kuwait",
                    "BD": r"Bahrain|Manama",
                    "Sh": "|".join(pattern for pattern, _ in _SHILLING_COUNTRIES) + r"|\bshillings?\b",
                    "KSh": _KENYA + r"|\bshillings?\b",
                    "Ksh": _KENYA + r"|\bshillings?\b",
                    "NIS": r"Israel|Jerusalem|Tel\s+Aviv|Haifa|Knesset|\bshekels?\b",
                    "Kshs": _KENYA + r"|\bshillings?\b",
                    "KShs": _KENYA + r"|\bshillings?\b",
                    "USh": _UGANDA + r"|\bshillings?\b",
                    "TSh": _TANZANIA + r"|\bshillings?\b",
                    "Tk": r"Bangladesh|Dhaka|\btaka\b",
                    "Rwf": r"Rwanda|Kigali"}
_COUNTRY_SYMBOLS_FOLDED = frozenset(symbol.upper() for symbol in _COUNTRY_SYMBOLS)
# The currencies written as their ISO 4217 code ("CHF 5.82 billion"); a code alone is never a name (see entities).
ISO_CODES = (
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "AUD", "CAD", "CHF", "NZD", "HKD", "SGD", "RUB", "KRW",
    "BRL", "ZAR", "TRY", "SEK", "NOK", "DKK", "PLN", "MXN", "NGN", "ILS", "AED", "SAR", "QAR", "KES",
    "PKR", "LKR", "BDT", "ETB", "GHS", "EGP", "KWD", "BHD", "OMR",
)
# Codes that are other things' acronyms too, a currency's only on a sum's shape (see `_has_a_sums_shape`): "EGP 2
# trillion", not a year after a body's letters ("UAH 2024"); or as a plain number, not a year, in an article that
# names the code's country ("tickets in Cairo cost EGP 500", not "Enel Green Power's EGP 500 MW plant").
_SHAPED_CODES = {"EGP": r"Egypt|Cairo", "KWD": r"Kuwait", "BHD": r"Bahrain|Manama", "OMR": r"Oman|Muscat"}
# A sum glued to a currency's letters ("Sh4.29", "Dh12,000", "N6.2" trillion naira, any one letter: "K5.2" kwacha) is
# neither a name nor a key phrase, in any case; a separator or decimal point is required, as "R2" may be a road, "N7"
# a route and "GPT4" a name.
_LETTER_SYMBOLS = [*sorted((s for s in _PREFIX_CURRENCIES if s.isalpha() and len(s) > 1), key=len, reverse=True),
                   "[A-Z]"]
LETTERED_AMOUNT = re.compile(rf"(?:{'|'.join(_LETTER_SYMBOLS)})(?:\d{{1,3}}(?:,\d{{3}})*[.,]\d+|\d+\.\d+)",
                             re.IGNORECASE)
# A sum written as one word with its sign: "HK$88.40", "S$3", "€5bn", "US$1.2m", "885p" (pence).
_SIGNS = "".join(sorted({ch for symbol in _PREFIX_CURRENCIES for ch in symbol if not ch.isalnum() and ch != "."}))
_SIGNED_SUM = re.compile(rf"(?:[A-Z]{{0,3}}[{re.escape(_SIGNS)}]|\$[A-Z]{{2}})\d[\d.,]*[a-z]{{0,3}}|\d+(?:\.\d+)?p")


def is_written_sum(text: str) -> bool:
    """A sum of money written as one word ("HK$88.40", "885p", "N6.2") or a currency's sign with a symbol in it
    ("A$", "US$", "£"; not the letters "QR" of "QR codes"): neither a name nor a key phrase."""
    return (text in _PREFIX_CURRENCIES and not text.isalpha()) \
        or bool(_SIGNED_SUM.fullmatch(text) or LETTERED_AMOUNT.fullmatch(text))


# Pounds of other countries than Britain, meant by "pounds" alone too where the article writes them out and names
# nothing British ("a ticket costs 8 Egyptian pounds, up from 6 pounds"; not "fans in Egypt paid 2,000 pounds").
_OTHER_POUNDS = ((r"Egyptian\s+pounds?", "EGP"), (r"Lebanese\s+pounds?", "LBP"), (r"Syrian\s+pounds?", "SYP"),
                 (r"South\s+Sudanese\s+pounds?", "SSP"), (r"(?<!South )Sudanese\s+pounds?", "SDG"))
# The countries of dollars whose cents are written with the country's name: "57 Canadian cents".
_NAMED_CENTS = ((r"Canadian", "CAD"), (r"Australian", "AUD"), (r"New\s+Zealand", "NZD"), (r"Hong\s+Kong", "HKD"),
                (r"Singapore", "SGD"))
# Currency words written after the number: (pattern, ISO code, factor to full units).
_WORD_CURRENCIES: tuple[tuple[str, str, float], ...] = (
    (r"(?:US|U\.S\.|American)\s+dollars?", "USD", 1.0),
    (r"Australian\s+dollars?", "AUD", 1.0),
    (r"Canadian\s+dollars?", "CAD", 1.0),
    (r"New\s+Zealand\s+dollars?", "NZD", 1.0),
    (r"Hong\s+Kong\s+dollars?", "HKD", 1.0),
    (r"Singapore\s+dollars?", "SGD", 1.0),
    # Cents of a named dollar before the dollars they are not ("57 Canadian cents"), and euro cents before the euros
    # that would take "12 euro" of "12 euro cents" (the first alternative that matches wins).
    *((rf"{country}\s+cents?", code, 0.01) for country, code in _NAMED_CENTS),
    (r"dollars?|bucks", "USD", 1.0),
    (r"euro\s+cents?", "EUR", 0.01),
    (r"euros?", "EUR", 1.0),
    *((pattern, code, 1.0) for pattern, code in _OTHER_POUNDS),
    (r"pounds?\s+sterling|pounds?|sterling|quid", "GBP", 1.0),
    (r"pence", "GBP", 0.01),
    (r"(?<=\d)(?-i:p)(?!\.?\s?m\b)", "GBP", 0.01),  # "50p", glued; "7p.m." is a time, "311P" a comet
    (r"(?:US|U\.S\.)\s+cents?|cents?", "USD", 0.01),
    (r"yen", "JPY", 1.0),
    (r"yuan|renminbi|(?-i:RMB)", "CNY", 1.0),
    (r"Pakistani\s+rupees?", "PKR", 1.0),
    (r"Sri\s+Lankan\s+rupees?", "LKR", 1.0),
    (r"Nepal(?:ese|i)\s+rupees?", "NPR", 1.0),
    (r"rupees?", "INR", 1.0),
    (r"(?:Bangladeshi\s+)?taka", "BDT", 1.0),
    (r"(?:Ethiopian\s+)?birr", "ETB", 1.0),
    (r"(?:Angolan\s+)?kwanzas?", "AOA", 1.0),
    (r"CFA\s+francs?", "XOF", 1.0),
    (r"Rwandan\s+francs?", "RWF", 1.0),
    (r"Congolese\s+francs?", "CDF", 1.0),
    (r"roubles?|rubles?", "RUB", 1.0),
    (r"(?:Swiss\s+)?francs?", "CHF", 1.0),  # after the francs of other countries
    (r"Swedish\s+(?:crowns?|kronor|krona)|kronor", "SEK", 1.0),
    (r"öre", "SEK", 0.01),
    (r"Norwegian\s+(?:crowns?|kroner|krone)", "NOK", 1.0),
    (r"Danish\s+(?:crowns?|kroner|krone)", "DKK", 1.0),
    (r"Czech\s+(?:crowns?|korunas?|koruny)", "CZK", 1.0),
    (r"(?:Icelandic\s+)?kr[óo]nur|Icelandic\s+kr[óo]nas?", "ISK", 1.0),
    (r"(?:South\s+)?Korean\s+won", "KRW", 1.0),
    (r"Argentine\s+pesos?", "ARS", 1.0),
    (r"Philippine\s+pesos?", "PHP", 1.0),
    (r"Chilean\s+pesos?", "CLP", 1.0),
    (r"Colombian\s+pesos?", "COP", 1.0),
    (r"(?:Mexican\s+)?pesos?", "MXN", 1.0),  # unqualified: Mexico's, the one most often in English news
    (r"rand", "ZAR", 1.0),
    (r"(?:Turkish\s+)?lira", "TRY", 1.0),
    (r"naira", "NGN", 1.0),
    (r"zlot(?:ys?|ies)", "PLN", 1.0),
    (r"shekels?", "ILS", 1.0),
    (r"(?:Brazilian\s+)?reais|Brazilian\s+reals?", "BRL", 1.0),  # not "real" alone: a word
    (r"Peruvian\s+soles", "PEN", 1.0),
    (r"Moroccan\s+dirhams?", "MAD", 1.0),
    (r"(?:UAE\s+|Emirati\s+)?dirhams?", "AED", 1.0),
    (r"Qatari\s+riyals?", "QAR", 1.0),
    (r"(?:Saudi\s+)?riyals?", "SAR", 1.0),
    (r"(?:Ghanaian\s+)?cedis?", "GHS", 1.0),
    (r"rupiah", "IDR", 1.0),
    (r"ringgit", "MYR", 1.0),
    (r"baht", "THB", 1.0),
    (r"hryvnias?|hryvnia", "UAH", 1.0),
    (r"forints?", "HUF", 1.0),
    (r"Kenyan\s+shillings?", "KES", 1.0),
    (r"Ugandan\s+shillings?", "UGX", 1.0),
    (r"Tanzanian\s+shillings?", "TZS", 1.0),
    (r"Jordanian\s+dinars?", "JOD", 1.0),
    (r"Kuwaiti\s+dinars?", "KWD", 1.0),
    (r"Bahraini\s+dinars?", "BHD", 1.0),
    (r"Iraqi\s+dinars?", "IQD", 1.0),
    (r"Tunisian\s+dinars?", "TND", 1.0),
    (r"Algerian\s+dinars?", "DZD", 1.0),
    (r"Serbian\s+dinars?", "RSD", 1.0),
    (r"Libyan\s+dinars?", "LYD", 1.0),
    (r"Vietnamese\s+dong", "VND", 1.0),
    (r"Zambian\s+kwacha", "ZMW", 1.0),
    (r"Malawian\s+kwacha", "MWK", 1.0),
    (r"¢", "USD", 0.01),
    *((f"(?-i:{code})", code, 1.0) for code in ISO_CODES),
)
# Currency words that several countries use, or that are common words too: the country the article names decides,
# and without one they are no money. (pattern, ((country pattern, ISO code), ...)).
_COUNTRY_CURRENCIES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (r"kroner|krone", ((r"Denmark|Danish|Copenhagen", "DKK"), (r"Norway|Norwegian|Oslo", "NOK"))),
    (r"won", ((r"Korea|Seoul", "KRW"),)),
    (r"shillings?", _SHILLING_COUNTRIES),
    (r"dinars?", ((r"Jordan|Amman", "JOD"), (r"Kuwait", "KWD"), (r"Bahrain|Manama", "BHD"), (r"Iraq|Baghdad", "IQD"),
                  (r"Tunisia|Tunis", "TND"), (r"Algeria|Algiers", "DZD"), (r"Serbia|Belgrade", "RSD"),
                  (r"Libya|Tripoli", "LYD"))),
    (r"kwacha", ((r"Zambia|Lusaka", "ZMW"), (r"Malawi|Lilongwe", "MWK"))),
    # A surname too ("Dong Jun"), and slang: money only in a text about Vietnam ("40 trillion dong").
    # In lower case only: "15 Dong Khoi Street", "2 Dong Nai officials" are places.
    (r"(?-i:dong)", ((r"Vietnam|Viet\s+Nam|Hanoi|Ho\s+Chi\s+Minh", "VND"),)),
    (r"soles", ((r"Peru|Lima|Cusco|Cuzco|Arequipa|Callao", "PEN"),)),  # of shoes too
    # Crowns are a king's and a tooth's too: money only after the text named whose (see `_crowns_named_before`).
    (r"crowns?", ()),
)
# Crowns alone are in the currency the text named in more words as a sum shortly before ("4.1 billion Norwegian
# crowns ... from 4.6 billion crowns"), where they have a sum's shape (see `_crowns_named_before`).
_CROWNS = r"crowns?"


# The patterns of `_WORD_CURRENCIES` that name crowns in several words ("Norwegian crowns"), with their codes.
_NAMED_CROWNS = tuple((re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE), code)
                      for pattern, code, factor in _WORD_CURRENCIES
                      if factor == 1.0 and "crown" in pattern and r"\s+" in pattern)
# How far before bare crowns the text must have named them as a sum: the same passage of a results story.
_CROWNS_NAMED_WITHIN = 600
# A number (and its scale) right before a currency named: "4.1 billion Norwegian crowns" is a sum.
_NUMBER_BEFORE = re.compile(r"\d(?:\s*(?:million|billion|trillion|bn|mln|m)\b)?[\s-]*$", re.IGNORECASE)
# A sum's shape before bare crowns, a scale or a decimal ("4.6 billion crowns", "2.50 crowns"), or a price per share
# after them ("4 crowns a share"): "fitted 40 crowns", "won 10 crowns on clay" are a dentist's or a champion's.
_CROWNS_SCALE_BEFORE = re.compile(r"\d\s*(?:million|billion|trillion|bn|m)[\s-]*$|\d\.\d+[\s-]*$", re.IGNORECASE)
_CROWNS_PER_SHARE_AFTER = re.compile(r"\s+(?:per|a)\s+share\b", re.IGNORECASE)
# A scale before bare crowns no country is named for: a decimal alone is no sum's mark there ("fitted 2 crowns
# costing 1.5 crowns each", "has won 1.5 crowns").
_CROWNS_SCALE_WORD_BEFORE = re.compile(r"\d\s*(?:million|billion|trillion|bn|m)[\s-]*$", re.IGNORECASE)
# The countries of crowns, for bare crowns with a sum's shape the text never named in more words: "Equinor, the
# Norwegian oil firm, paid 40 billion crowns" is in NOK; with no country named the currency is left unknown.
_CROWN_COUNTRIES = _as_written(((r"Norw|Oslo", "NOK"), (r"Swed|Stockholm", "SEK"),
                                (r"Denmark|Danish|Copenhagen", "DKK"), (r"Czech|Prague", "CZK"),
                                (r"Iceland|Reykjav", "ISK")))
_BRITISH = ((r"Brit|UK\b|U\.K\.|England|Scotland|Wales|London|sterling", "GBP"),)


def _alternation(options: list[str]) -> str:
    return "|".join(sorted(options, key=len, reverse=True))


_PREFIX_RE = (
    rf"(?P<{{g}}>(?<![A-Za-z])(?:{_alternation([re.escape(p) for p in _PREFIX_CURRENCIES])})"
    rf"|\b(?-i:{'|'.join(ISO_CODES)})\s?)\s?"
)
# Currencies written against their number ("USD3.5bn", "Rs16,700 crore"), each a fixed width as a look-behind needs.
_GLUED_PREFIXES = (f"(?-i:{'|'.join(ISO_CODES)})", r"(?-i:\$US|Rs\.|KSh|USh|TSh|Rwf)",
                   r"(?-i:Rs|\$A|Dh|SR|QR|Sh|Tk|KD|BD)", r"(?-i:R)", r"(?-i:N)")
_WORD_RE = rf"(?P<word>{'|'.join(f'(?:{pattern})' for pattern, *_ in (*_WORD_CURRENCIES, *_COUNTRY_CURRENCIES))})"

# Accounts write a loss in brackets between a currency's sign and its number: "a net loss of $(0.20) per share" is
# -$0.20 (not "USD (0.20)", where the letters may end a label).
_ACCOUNTING_OPEN = r"(?P<paren>(?<=[^\sA-Za-z])\()?"

# Each pattern opens with the look-behind every one of its alternatives implies anyway (a word boundary,
# or no letter before a currency symbol): positions inside words then fail at once (on the benchmark
# corpus the money scan took 1.2 instead of 1.8 ms per text, the figure scan 1.1 instead of 2.4).
_MONEY_RE = re.compile(
    r"(?<![A-Za-z])" + _HEDGE_RE + _BETWEEN_RE + "(?:"
    # Currency before: "€21bn", "$3m-$5m", "between £2bn and £3bn", "US$1.2 million", "$3-5m".
    + _MONEY_SIGN_RE + _PREFIX_RE.format(g="cur1") + _ACCOUNTING_OPEN
    + _num("n1", after=_GLUED_PREFIXES, scale=_MONEY_SCALE_RE)
    + r"(?(paren)\)|(?:" + _RANGE_SEP_RE.replace("sep", "sep1")
    + "(?:" + _PREFIX_RE.format(g="cur2") + ")?" + _num("n2", scale=_MONEY_SCALE_RE) + ")?)"
    + "|"
    # Currency after: "21 billion euros", "50p", "3-5 million dollars".
    + _num("n3", words=_MONEY_WORDS_RE) + "(?:" + _RANGE_SEP_RE.replace("sep", "sep2") + _num("n4") + ")?"
    # Spaced, hyphenated ("a 1.2 billion-euro contract") or glued ("50p", "50¢").
    + r"(?:\s+|-(?=[A-Za-z])|(?<=\d)(?=[A-Za-z¢]))" + _WORD_RE + r"(?!\w)"
    + ")",
    re.IGNORECASE,
)


def _currency_of_prefix(prefix: str) -> str:
    token = prefix.strip()
    upper = token.upper()
    for symbol, code in _PREFIX_CURRENCIES.items():
        if upper == symbol.upper():
            return code
    return upper


def _currency_of_word(word: str, text: str, at: int) -> tuple[str | None, float]:
    """ISO code and factor to full units of a currency word at `at`; no code for a word whose country `text` does
    not name."""
    if word.lower() == "p":
        return "GBP", 0.01  # the glued-pence pattern needs its digit context, which fullmatch lacks
    if re.fullmatch(r"pounds?", word, re.IGNORECASE) and not _country_mentions(_BRITISH, text)[0]:
        code = _named_country(_OTHER_POUNDS, text, at)
        if code is not None:
            return code, 1.0
    for pattern, countries in _USUAL_COUNTRY_WORDS:
        if re.fullmatch(pattern, word, re.IGNORECASE) and (code := _usual_country(countries, text, at)):
            return code, 1.0
    if re.fullmatch(_CROWNS, word, re.IGNORECASE) and _crowns_have_a_sums_shape(text, at, at + len(word)):
        return _crowns_named_before(text, at) or _crowns_country(text, at) \
            or _dateline_country(_CROWN_COUNTRIES, text), 1.0
    for pattern, code, factor in _WORD_CURRENCIES:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return code, factor
    for pattern, countries in _COUNTRY_CURRENCIES:
        if re.fullmatch(pattern, word, re.IGNORECASE):
            return _named_country(countries, text, at), 1.0
    return word.upper(), 1.0


def _crowns_have_a_sums_shape(text: str, at: int, end: int) -> bool:
    """Bare "crowns" at `at` (to `end`) are money: "40 billion crowns", "2.50 crowns", "4 crowns a share" (not "The
    dentist fitted 40 crowns", "won 10 crowns on clay")."""
    return bool(_CROWNS_SCALE_BEFORE.search(text, max(0, at - 20), at) or _CROWNS_PER_SHARE_AFTER.match(text, end))


def _crowns_country(text: str, at: int) -> str | None:
    """The code of the country of crowns the text names for bare crowns at `at` (see `_named_country`); None where
    their sentence names two ("Norway's Equinor and Sweden's Vattenfall each paid 5 billion crowns": whose is
    unknown)."""
    starts, _, codes = _country_mentions(_CROWN_COUNTRIES, text)
    sentence_start, sentence_end = _sentence_around(text, at)
    if len({code for start, code in zip(starts, codes, strict=True) if sentence_start <= start < sentence_end}) > 1:
        return None
    return _named_country(_CROWN_COUNTRIES, text, at)


def _crowns_named_before(text: str, at: int) -> str | None:
    """The code of the crowns that bare "crowns" at `at` are in: those the text last named in more words as a sum in
    the passage before ("from 4.6 billion crowns" after "4.1 billion Norwegian crowns" is in NOK); None otherwise."""
    window = max(0, at - _CROWNS_NAMED_WITHIN)
    named = [(match.start(), code) for pattern, code in _NAMED_CROWNS for match in pattern.finditer(text, window, at)
             if any(ch.isspace() for ch in match.group())  # not "kronor" alone, which is no crown
             and _NUMBER_BEFORE.search(text, max(window, match.start() - 20), match.start())]
    return max(named)[1] if named else None  # the last named: "2 billion Danish crowns, down from 2.5 billion crowns"


def _symbol_fits(text: str, match: re.Match[str]) -> bool:
    """A symbol of `_COUNTRY_SYMBOLS` is money only as written, at its number, where its country is named; the
    two-letter ones ("Sh", "Dh", "SR", "QR") only on a sum's shape, with a scale or a decimal or thousands mark
    ("QR800 million", "Dh2.4 million"; not the flight "QR817" nor the road "SR2")."""
    symbol = match.group("cur1").strip()
    shaped = _has_a_sums_shape(match, "n1")
    if symbol in _SHAPED_CODES:
        return shaped or _is_a_plain_sum_of_its_country(text, symbol, match.group("n1"))
    if symbol.upper() not in _COUNTRY_SYMBOLS_FOLDED:
        return True
    country = _COUNTRY_SYMBOLS.get(symbol)  # as written: "r14" is no rand
    if len(symbol) == 2 and not shaped or symbol in _RATIO_LETTERS and not _is_a_dinar_sum(text, match):
        return False
    if symbol == "NIS" and (match.group("n1_scale") or "," in match.group("n1")):
        return True  # "NIS 20 million": shekels by their shape (not the "NIS 2.0" directive, Korea's "NIS 1st")
    after = text[match.end("cur1"):match.end("cur1") + 2]
    # Against the number; the letter ones of more than one letter also a space before it ("KSh 45 billion").
    placed = after[:1].isdigit() or (len(symbol) > 1 and after[:1] == " " and after[1:].isdigit())
    return country is not None and placed and (bool(_country_mentions(((country, symbol),), text)[0])
                                                or symbol == "R" and _has_a_scale_word(match, "n1")
                                                and not _OTHER_CURRENCY_ADJECTIVE.match(text, match.end("n1_scale")))


# Scales written as words or their long abbreviations, which no road ("R2") nor rating ("R18") takes: "R5.2 billion",
# "R150bn" are rand wherever the story is.
_SCALE_WORD = re.compile(r"(?:million|billion|trillion|mln|bln|bn|trn|tn)$", re.IGNORECASE)


# A compound adjective of a currency after a scale: "R1 billion-dollar factory" is a model's name before a sum in
# dollars, no rand.
_OTHER_CURRENCY_ADJECTIVE = re.compile(r"-(?:dollar|pound|euro|rand|yen|yuan|franc|rupee)\b", re.IGNORECASE)


def _has_a_scale_word(match: re.Match[str], number: str) -> bool:
    """The number's scale is a word ("billion", "bn"), not a letter ("m", "k")."""
    return _SCALE_WORD.search(match.group(f"{number}_scale") or "") is not None


# Dinars' letters that are also a player's kill/death ratio: "finished with a KD 1.45".
_RATIO_LETTERS = frozenset({"KD", "BD"})
_OWNER_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|my|your|our)\s+$", re.IGNORECASE)
# Dinars written plainly are at least this many; a ratio is less.
_LEAST_PLAIN_DINARS = 10


def _is_a_dinar_sum(text: str, match: re.Match[str]) -> bool:
    """"KD3 million", "BD 1,500", "KD 12.5": a sum of dinars, with a scale or a thousands mark, or ten or more with no
    article or owner before the letters (not "finished with a KD 1.45", a ratio)."""
    if match.group("n1_scale") or "," in match.group("n1"):
        return True
    value = _number_value(match.group("n1"), None)
    return value is not None and value >= _LEAST_PLAIN_DINARS \
        and not _OWNER_BEFORE.search(text, max(0, match.start("cur1") - 8), match.start("cur1"))


_SCALE_AFTER = re.compile(_SCALE_RE, re.IGNORECASE)


def _scale_past_brackets(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The scale written outside accounts' brackets ("$(1.2) million"), which is the sum's."""
    return _SCALE_AFTER.match(text, match.end()) if match.group("paren") else None


# Accounts also bracket a loss whole, the sum alone in brackets standing where the sentence wants it (after "of", a
# form of "be", "to", "from", a colon) near words of a company's accounts: "a loss per share of ($0.20)", "net income
# was ($120 million)", or before "per share": ", or ($0.45) per share". Not an aside after a noun ("the budget deficit
# ($5 billion)", "the deal (worth $5 million)"), a sum's conversion ("$3.4 billion (€3.1 billion)", "2.1 billion
# rand, or (US$115 million)"), a hedged sum, nor a sum at a rate (`_RATE_AFTER`).
_ACCOUNTS_SLOT_BEFORE = re.compile(r"(?:\b(?:of|was|were|is|are|to|from)|:)\s*\($", re.IGNORECASE)
_ACCOUNTS_WORDS = re.compile(r"\b(?:loss(?:es)?|deficits?|net|per\s+share|EPS|earnings|income)\b", re.IGNORECASE)
_OPENING_BRACKET_BEFORE = re.compile(r"\(\s*$")
_PER_SHARE_AFTER = re.compile(r"\)\s+(?:per|a)\s+share\b", re.IGNORECASE)
# A rate after the brackets makes the sum a wage or a price, which is no loss: "earnings rose to (£650) a week", "(£12)
# an hour", "(£30,000) per annum"; not a time before or after ("a loss of ($1.2m) a year earlier", "a year ago"), nor
# after words of a loss (`_LOSS_WORDS`).
_RATE_AFTER = re.compile(r"\)\s+(?:a|an|per|each|every)\s+(?:hour|day|night|week|month|year|annum)\b"
                         r"(?![\s-]*(?:earlier|ago|before|later|prior|previously|on\b))", re.IGNORECASE)
# Words of a loss, which a rate after the brackets does not make a wage: "losses were ($1.5 million) a day".
_LOSS_WORDS = re.compile(r"\b(?:loss(?:es)?|deficits?)\b", re.IGNORECASE)
# How far before the brackets the words of accounts are looked for.
_ACCOUNTS_WORDS_CHARS = 80


def _in_accounts_brackets(text: str, start: int, end: int) -> bool:
    """The sum at `start`-`end` alone fills brackets as accounts write a loss (see `_ACCOUNTS_SLOT_BEFORE`)."""
    if not text.startswith(")", end) or _OPENING_BRACKET_BEFORE.search(text, max(0, start - 3), start) is None:
        return False
    if _PER_SHARE_AFTER.match(text, end):
        return True
    sentence_start, _ = _sentence_around(text, start)
    window = max(sentence_start, start - _ACCOUNTS_WORDS_CHARS)
    if _RATE_AFTER.match(text, end) and _LOSS_WORDS.search(text, window, start) is None:
        return False
    return _ACCOUNTS_SLOT_BEFORE.search(text, max(0, start - 12), start) is not None \
        and _ACCOUNTS_WORDS.search(text, window, start) is not None


def _is_a_plain_sum_of_its_country(text: str, code: str, number: str) -> bool:
    """"EGP 500" where the article names Egypt: a whole number that is no year, in a code of `_SHAPED_CODES`; not
    where the article defines the letters as a name's ("Enel Green Power (EGP)")."""
    return number.isdigit() and re.fullmatch(_YEAR, number) is None and f"({code})" not in text \
        and bool(_country_mentions(((_SHAPED_CODES[code], code),), text)[0])


def _has_a_sums_shape(match: re.Match[str], number: str) -> bool:
    """The number has a scale, a decimal or a thousands mark: "QR800 million", "EGP 1,500" (not "2024")."""
    return bool(match.group(f"{number}_scale") or re.search(r"[.,]\d", match.group(number)))


def _currency_of_symbol(symbol: str, text: str, at: int) -> str:
    """The ISO code of a prefix at `at`, by the country named nearest before it where countries share the symbol."""
    if countries := _USUAL_COUNTRY_SYMBOLS.get(symbol.strip()):
        return _stated_country(countries, text, at) or _currency_of_prefix(symbol)
    countries = _SHARED_SYMBOLS.get(symbol.strip())
    return (countries and _named_country(countries, text, at)) or _currency_of_prefix(symbol)


def _named_country(countries: tuple[tuple[str, str], ...], text: str, at: int) -> str | None:
    """The code of the country the sum at `at` is in; None when `text` names none of `countries`.

    Of the countries its sentence names, the nearest before it written as an owner or adjective ("Kenya's exports
    to Uganda rose to Sh125 billion", "Uganda's rose to Sh72 trillion and Tanzania's to Sh49 trillion"), else the
    one the article names most (first named on a tie: "NAIROBI - Kenya Airways, which flies to Dar es Salaam, paid
    Sh14 billion").
    Where the sentence names none, the one named last before it, else first after it (a roundup names each country
    before its sums: "Uganda's budget was passed. It is Sh72 trillion.").
    """
    starts, ends, codes = _country_mentions(countries, text)
    if not starts:
        return None
    sentence_start, sentence_end = _sentence_around(text, at)
    first, last = bisect.bisect_left(starts, sentence_start), bisect.bisect_left(starts, sentence_end)
    if first < last:
        owners = [i for i in range(first, last) if starts[i] < at and _OWNER.match(text, ends[i])]
        if owners:
            return codes[owners[-1]]
        here = set(codes[first:last])
        return max(dict.fromkeys(code for code in codes if code in here), key=codes.count)
    before = bisect.bisect_left(starts, at)
    return codes[before - 1] if before else codes[0]


def _usual_country(countries: tuple[tuple[str, str], ...], text: str, at: int) -> str | None:
    """The country a sum in a currency word of several countries is in: the one it is stated to be in, else the only
    one of them the article names ("The typhoon hit the Philippines. Aid of 5 billion pesos"); not for rupees, as
    Indian stories name Pakistan without naming India."""
    if code := _stated_country(countries, text, at):
        return code
    if countries is _RUPEE_COUNTRIES or countries in _HOME_COUNTRY_WORDS and not _named_near(countries, text, at):
        return None
    return _sole_country(countries, text)


# Currencies a story of their home country names its neighbours beside ("beat Qatar's Al-Sadd", "flew to Doha"): the
# only other country named is theirs only where named near the sum or often; riyals also not in "the kingdom" (Saudi).
_HOME_COUNTRY_WORDS = (_RIYAL_COUNTRIES, _DIRHAM_COUNTRIES)
_THE_KINGDOM = re.compile(r"\bthe\s+kingdom\b", re.IGNORECASE)


def _named_near(countries: tuple[tuple[str, str], ...], text: str, at: int) -> bool:
    """The article names a country of `countries` twice, or once before the sum at `at` in its sentence or the one
    before ("Qatar's emir visited. A meal costs 50 riyals"; not "paid 2 billion riyals. Its governor flew to Doha");
    for riyals, never in a story of "the kingdom"."""
    if countries is _RIYAL_COUNTRIES and _THE_KINGDOM.search(text):
        return False
    starts = _country_mentions(countries, text)[0]
    previous_start, _ = _sentence_around(text, max(0, _sentence_around(text, at)[0] - 2))
    return len(starts) > 1 or any(previous_start <= start < at for start in starts)


def _sole_country(countries: tuple[tuple[str, str], ...], text: str) -> str | None:
    """The code of the one country of `countries` that `text` names; None when it names none or more than one."""
    codes = set(_country_mentions(countries, text)[2])
    return codes.pop() if len(codes) == 1 else None


def _stated_country(countries: tuple[tuple[str, str], ...], text: str, at: int) -> str | None:
    """The country a sum at `at` is stated to be in: one written as an owner before it in its sentence ("Pakistan's",
    "the State Bank of Pakistan", "Sri Lankan", "Cemex, the Mexican cement maker with plants in the Philippines"), else
    as its place, not in an aside nor for rupees ("In the Philippines, the government"; not "Milei, speaking in Chile,
    said"), else the one opening its sentence with the sum in the same clause ("Qatar pledged"), else the dateline's
    ("KARACHI:"); None when none (an Indian story of "Rs 2,000 crore for fencing along the border with Pakistan" is in
    rupees of India)."""
    starts, ends, codes = _country_mentions(countries, text)
    sentence_start, _ = _sentence_around(text, at)
    first = bisect.bisect_left(starts, sentence_start)
    before = bisect.bisect_left(starts, at)
    owners = [i for i in range(first, before)
              if _OWNER.match(text, ends[i]) or _OF_BEFORE.search(text, max(0, starts[i] - 8), starts[i])]
    if owners:
        return codes[owners[-1]]
    places = [] if countries is _RUPEE_COUNTRIES else [
        i for i in range(first, before) if _IN_BEFORE.search(text, max(0, starts[i] - 8), starts[i])
        and not _in_an_aside(text, sentence_start, starts[i], at)]
    if places:
        return codes[places[-1]]  # "In the Philippines, the government promised" (not an Indian board's "in Sri Lanka")
    if first < len(starts) and starts[first] == sentence_start < at and _opens_with_a_country(text, sentence_start) \
            and not _CLAUSE_BREAK.search(text, sentence_start, at):
        return codes[first]  # "Qatar pledged 200 million riyals" (datelined RIYADH): the sentence opens with it
    return _dateline_country(countries, text)


def _dateline_country(countries: tuple[tuple[str, str], ...], text: str) -> str | None:
    """The code of the country of `countries` the dateline names: "COLOMBO" as the names are written, "Colombo"; "San
    Juan, Argentina"."""
    place = dateline_place(text)
    return next((code for pattern, code in countries if place and re.search(rf"\b{pattern}", place)), None)


def _opens_with_a_country(text: str, start: int) -> bool:
    """The sentence at `start` opens with a country's whole name, the sum's owner: "Qatar pledged 200 million riyals",
    "Saudi Arabia pledged" (not "Chad Johnson paid")."""
    words = _CAPITALISED_RUN.match(text, start)
    return words is not None and words.group().casefold() in COUNTRIES


def _in_an_aside(text: str, sentence_start: int, place: int, at: int) -> bool:
    """The place at `place` is in a clause set off before the sum at `at`: "Argentine President Javier Milei, speaking
    in Chile, said", "Mexico's Grupo Bimbo, which bought bakeries in Argentina, said" (not "Separately, a typhoon in
    the Philippines destroyed")."""
    return _ASIDE_OPENS.search(text, sentence_start, place) is not None and "," in text[place:at]


# Words before a country that make it the sum's owner or place: "the State Bank of Pakistan", "in the Philippines".
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)
# What opens a clause set off from its sentence.
_ASIDE_OPENS = re.compile(r",|\b(?:which|whose|where|who|speaking)\b")
# A clause ends between a sentence's opening country and a sum: "India blamed Pakistan, which ... cost 30 billion".
_CLAUSE_BREAK = re.compile(r",|;|\bwhich\b|\bwho\b|\bthat\b")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*")
_SENTENCE_MARKS = (". ", "; ", "\n")
# A country written as an owner or an adjective, after the part of its name matched: "Kenya's", "Argentin|a's",
# "Mexic|o's", "Philippin|es'", "Mauriti|us's", "Bogot|á's", "Ugandan", "Jordanian", "Emirati" (not "Kenya|tta's").
_OWNER = re.compile(r"(?:a|o|es|s|us|á)?['’]s?(?!\w)|i?a?n\b|i\b|ese\b|e\b")


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """Bounds of the sentence (or clause after a semicolon) holding character `at`, told by full stops, semicolons
    and line breaks (no parse: this runs on text); a full stop before a word in lower case ends an abbreviation, not
    a sentence ("Ferdinand Marcos Jr. promised", "U.S. officials")."""
    starts = [found + len(mark) for mark in _SENTENCE_MARKS if (found := _last_mark(text, mark, at)) >= 0]
    ends = [i for i in (_next_mark(text, mark, at) for mark in _SENTENCE_MARKS) if i >= 0]
    return max([0, *starts]), min(ends) if ends else len(text)


def _ends_a_sentence(text: str, mark: str, found: int) -> bool:
    """The `mark` at `found` ends a sentence: any but a full stop before a word in lower case."""
    return mark != ". " or not text[found + 2:found + 3].islower()


def _last_mark(text: str, mark: str, at: int) -> int:
    """Where the last `mark` before `at` that ends a sentence starts; -1 when none does."""
    found = text.rfind(mark, 0, at)
    while found >= 0 and not _ends_a_sentence(text, mark, found):
        found = text.rfind(mark, 0, found)
    return found


def _next_mark(text: str, mark: str, at: int) -> int:
    """Where the first `mark` from `at` that ends a sentence starts; -1 when none does."""
    found = text.find(mark, at)
    while found >= 0 and not _ends_a_sentence(text, mark, found):
        found = text.find(mark, found + 1)
    return found


@functools.lru_cache(maxsize=64)
def _country_mentions(countries: tuple[tuple[str, str], ...], text: str) -> tuple[list[int], list[int], list[str]]:
    """Where `text` names each country (starts in order, ends) and its code: found once per text, not once per sum
    (a table of 2,000 sums in shillings took 50 s)."""
    found = sorted((m.start(), m.end(), code) for pattern, code in countries
                   for m in re.finditer(rf"\b(?:{pattern})", text, re.IGNORECASE))
    return [m[0] for m in found], [m[1] for m in found], [m[2] for m in found]


# What follows "won" as a sum, not as the verb ("2 million won't return", "20 million won health coverage"): a mark,
# the end, a preposition, a verb or a rate ("50 million won a year"); or an article before the sum, which then
# qualifies a noun ("a 100 million won bonus").
_WON_AS_MONEY_AFTER = re.compile(r"(?:\s*(?:[,.;:()\[\]—–]|$)|\s+(?:in|on|for|to|from|of|at|per|by|with|over|under|"
                                 r"worth|more|less|than|into|was|were|is|are|has|had|will|would|and|or|last|this|"
                                 r"each|a\s+(?:year|month|week|day|share))\b)")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


# A move of one unit of a currency, written as one word with it: "each one-yen move against the dollar" tells how
# much a rate moves, no sum (a move of more is one: "a 10-yen move").
_UNIT_MOVE = re.compile(r"(?:one|1)-[A-Za-z]+\s+(?:move|movement|change|swing|shift|fluctuation)s?\b", re.IGNORECASE)


def is_unit_move(text: str, start: int) -> bool:
    """The sum at `start` is one unit of a currency before a move: "one-yen move"."""
    return _UNIT_MOVE.match(text, start) is not None


def _is_verb_won(match: re.Match[str]) -> bool:
    """"won" after a plain number is the verb ("in 2002 won the cup"): Korean sums are written "71,200 won"."""
    return match.group("word").lower() == "won" and not ("," in match.group("n3") or match.group("n3_scale"))


def _is_weight(text: str, match: re.Match[str]) -> bool:
    """'pounds' that weigh rather than pay: "200 pounds of cocaine", "weighed 300 pounds", "a 5-pound bag", a height
    before ("5-foot-8, 135 pounds") (but "a 300-million-pound order")."""
    if not re.fullmatch(r"pounds?", match.group("word") or "", re.IGNORECASE):
        return False
    after = text[match.end():match.end() + 30].lower()
    if text[match.start("word") - 1] == "-" and not match.group("n3_scale"):
        return not (_PAID_NOUN.match(after) or _buys_a_home(match, after))  # "a 5-pound bag", not "the
        # 50,000-pound award"
    before = text[max(0, match.start() - 40):match.start()].lower()
    if _MONEY_OF.match(after):
        return False  # "1.2m pounds of damage", "3m pounds of taxpayers' money"
    if _METRIC_WEIGHT_AFTER.match(after):
        return True  # "27.3 pounds (12.4 kg)"
    if _is_weight_change(text, match, before):
        return True  # "Patients on the drug lost an average of 27.3 pounds"
    return after.startswith(" of ") or bool(re.search(r"\bweigh|\bheav|\blighter\b|\bpounds? of\b", before)) \
        or bool(_HEIGHT_BEFORE.search(before)) or _weighed_thing_before(before)


def _buys_a_home(match: re.Match[str], after: str) -> bool:
    """"a 450,000-pound house": a price, as no home weighs so much and is sold by its weight."""
    value = _number_value(match.group("n3"), None)
    return bool(_DWELLING_NOUN.match(after)) and value is not None and value >= _DWELLING_PRICE


# Animals and drugs whose pounds before them weigh: "The bear, estimated at 250 pounds", "marijuana estimated at 2
# pounds" (not "cocaine worth 2 million pounds").
_WEIGHED_THING = re.compile(r"\b(?:bear|deer|moose|dog|fish|shark|alligator|gator|pig|hog|horse|bull|cow|pumpkin|"
                            r"marijuana|cannabis|cocaine|heroin|meth|methamphetamine|fentanyl|drugs)\b[^.;]{0,40}$")
_PAID_BEFORE = re.compile(r"\b(?:worth|valued|costs?|priced|paid|sold|fined|bail|reward|street value)\b")


def _weighed_thing_before(before: str) -> bool:
    """An animal or a drug named just before the pounds, with no word of money between them."""
    thing = _WEIGHED_THING.search(before)
    return thing is not None and not _PAID_BEFORE.search(before, thing.start())


def _is_weight_change(text: str, match: re.Match[str], before: str) -> bool:
    """Pounds a body lost or gained: the verb just before the number, a weight a body can have (under 1,000, no
    scale), words of weight or of a trial in the sentence ("Participants lost 15 pounds ... the placebo group"), and
    nothing after it that says money ("lost 600 pounds to a fake Ozempic website", "lost 300 pounds a month in
    subsidies"); not in a British article (whose pounds are paid, its weights in stones), told by "£" or a British
    name (not "British Columbia", "New England")."""
    if match.group("n3_scale") or not _WEIGHT_CHANGE_BEFORE.search(before) or _MONEY_AFTER.match(text, match.end()) \
            or _is_british(text):
        return False
    value = _number_value(match.group("n3"), None)
    start, end = _sentence_around(text, match.start())
    return value is not None and value < 1000 \
        and bool(_SHED_BEFORE.search(before) or _BODY_WORDS.search(text, start, end))


# A weight's metric conversion after it; a body's weight changing, or shed (which money never is); a sum paid by the
# period.
_METRIC_WEIGHT_AFTER = re.compile(r"\s*\(\s*(?:about\s+|around\s+)?[\d.,]+\s*(?:kg|kilos?|kilograms?|g|grams?)\b")
_WEIGHT_CHANGE_BEFORE = re.compile(r"\b(?:lost|lose|loses|losing|gained|gain|gains|gaining|shed|sheds|shedding|"
                                   r"put\s+on)\s+(?:[a-z]+\s+){0,3}$")
_SHED_BEFORE = re.compile(r"\b(?:shed|sheds|shedding)\s+(?:[a-z]+\s+){0,3}$")
_MONEY_AFTER = re.compile(r"(?:\s+(?:a|per)\s+(?:day|week|month|year))?\s+(?:in\s+(?:savings|subsidies|income|wages|"
                          r"pay|benefits|deposits|fees|fines|bets|losses|a\s+scam|the\s+scam)|to\s+(?:a\s+|an\s+|the\s+)?"
                          r"(?:fake|bogus|fraud\w*|scam\w*|con\b|criminals?|thieves))\b", re.IGNORECASE)
@functools.lru_cache(maxsize=64)
def _is_british(text: str) -> bool:
    """The article writes sums in "£" or names Britain or a British place: asked once per text, not per sum."""
    return "£" in text or bool(_BRITISH_SETTING.search(text))


_BRITISH_SETTING = re.compile(r"\b(?:Britain|British(?!\s+Columbia)|UK|U\.K\.|(?<!New\s)England|Scotland|Scottish|"
                              r"Wales|Welsh|London|NHS|Northern\s+Ireland|Belfast|Cardiff|Edinburgh|Glasgow)\b")
# A film's part is one too, so written: "gained 20 pounds for the role", "lost 60 pounds to play an insomniac", "said
# the role changed his life" (not a bare "role", "fat" or "muscle": "blamed the government's role", "as fat margins
# returned").
_BODY_WORDS = re.compile(r"\b(?:weight|obese|obesity|diet|diets|dieting|dieters|placebo|kg|kilos?|BMI|patients|"
                         r"physique|for\s+(?:the|a|his|her|this|that)\s+(?:role|part)|the\s+role|to\s+play|participants|"
                         r"semaglutide|tirzepatide|Wegovy|Ozempic|Mounjaro|Zepbound)\b", re.IGNORECASE)


# A height written right before a weight: "5-foot-8, 135 pounds", "6 feet 4 inches tall and 250 pounds" (not "foot
# the bill of").
_HEIGHT_BEFORE = re.compile(r"\d\s*-?\s*(?:foot|feet|ft)\s*-?\s*(?:\d+\s*(?:inch(?:es)?|in\b)?)?"
                            r"(?:\s*,|\s+(?:tall\s+)?and)\s*$", re.IGNORECASE)


# What a sum of pounds written before it is, where it is money: "the 50,000-pound award", "a 500-pound fine".
# (Not "a 2,500-pound prize-winning pumpkin", "a 2,000-pound bomb deal", "a 20-pound prize turkey".)
_PAID_NOUN = re.compile(r" (?:award|prize|fine|fee|bill|payout|deal|contract|bonus|grant|donation|salary|"
                        r"budget|loan|investment|fund|settlement|package|bribe|ransom|reward|payment|price|tax|levy|"
                        r"penalty|cheque|compensation|scheme|project|takeover|bid|offer|debt|bailout|subsidy|"
                        r"stake|pension|wage|ticket|jackpot|refund|rent|mortgage|overdraft|note|banknote|coin)s?"
                        r"(?![\w-])"
                        r"(?! (?:turkey|bull|cow|pig|pumpkin|steer|heifer|ram|boar|marlin|tuna|fish|catch)s?\b)")
# Homes a sum of pounds before them buys, where it is one no weight could be: "a 450,000-pound house" (not "the
# 282-pound home run king", "a 300-pound home safe").
_DWELLING_NOUN = re.compile(r" (?:house|home|flat|apartment|mansion|property|cottage|villa)s?\b")
_DWELLING_PRICE = 10_000
# What a sum of pounds "of" is, where it is money, after up to two words ("of her pension savings"): "1.2m pounds
# of damage", "2.5 billion pounds of the proceeds" (not "200 pounds of cocaine").
_MONEY_OF = re.compile(r" of (?:[\w’']+ ){0,2}(?:damage|debts?|funding|investment|taxpayers|public money|savings|"
                       r"losses|revenue|compensation|fees|fines|bonuses|spending|cuts|sales|contracts?|orders?|assets|"
                       r"profits?|proceeds|pensions?|earnings|income|dividends|wealth|money)\b(?!['’]s)")


# A wire story's exchange-rate note, "($1 = 155.02 yen)", "(£1 = $1.2345)", "(1 euro = $1.0823)": it converts the
# story's sums and reports none of its own, so neither side is money or a figure of the story.
_EXCHANGE_NOTE = re.compile(
    r"\((?:\s*[A-Z]{0,3}[$£€¥₹]\s?1|\s*1\s+[A-Za-z]+(?:\s+[A-Za-z]+)?)\s*=\s*[^()=\n]{1,40}\)"
)


def _exchange_notes(text: str) -> _Spans:
    return _Spans(match.span() for match in _EXCHANGE_NOTE.finditer(text))



def extract_money(doc: Doc) -> list[dict]:
    """Money mentions: {"text","start","end","amount","currency","approximate"} (+ range bounds)."""
    text = text_of(doc)
    notes = _exchange_notes(text)
    items: list[dict] = []
    position = 0
    while (match := _MONEY_RE.search(text, position)) is not None:
        position = match.end()
        if _article_before_code(match):
            position = match.start("word")  # "a CHF 300m bond": the sum starts at the code
            continue
        if notes.overlap(*match.span()):
            continue
        if _is_change(text, match, "sep1"):
            # "rose from $3m to $5m" reports two amounts, not a range.
            parts = [_money_part(text, match, "n1", "cur1"), _money_part(text, match, "n2", "cur2")]
        else:
            parts = [_money_item(text, match)]
        items.extend(_with_tolerance(text, _hedged_after(text, item)) for item in parts if item is not None)
    return _outside_page_frame(doc, _joined_ranges(text, _with_cents_of_earlier_sums(text, items)))


def _outside_page_frame(doc: Doc, items: list[dict]) -> list[dict]:
    """The items that start outside the page around the article (its links to other stories, a page title's site
    names: "Just Eat Takeaway books €1.5bn impairment charge" under "Articles You May Like" is another story's sum).
    The frame is found once per doc and kept on it: entities ask for it too."""
    frame = page_frame_ranges(doc)
    return [item for item in items if not in_ranges(item["start"], frame)] if frame else items


# Currencies in cents: a sum in bare "cents" is in the one of the sums around it.
_CENT_CURRENCIES = frozenset({"USD", "EUR", "AUD", "CAD", "NZD", "SGD", "HKD", "ZAR", "TWD"})
# Cents with no currency written before them ("10 cents"; not "US cents", "euro cents" nor a named dollar's,
# `_NAMED_CENTS`): a look-behind per named currency, each of one width.
_BARE_CENTS = re.compile("".join(rf"(?<!{before} )" for before in (
    r"US", r"U\.S\.", "euro", *(country.replace(r"\s+", " ").split()[-1] for country, _ in _NAMED_CENTS)))
    + "cents?$", re.IGNORECASE)


def _with_cents_of_earlier_sums(text: str, items: list[dict]) -> list[dict]:
    """"10 cents" is in the currency of the sums around it: of its sentence, else of the last sum before it where the
    sentence has no American setting ("a net profit of €1.2 billion. It proposed a dividend of 10 cents per share" is
    in euro cents; "€500 million in Europe. In the US, gasoline rose 15 cents" in US cents)."""
    bare = [_BARE_CENTS.search(item["text"]) is not None for item in items]
    # The sums that can lend their currency, in text order (a table of thousands of sums stays linear).
    anchors = [item for item, is_bare in zip(items, bare, strict=True)
               if not is_bare and item["currency"] in _CENT_CURRENCIES]
    starts = [anchor["start"] for anchor in anchors]
    for item, is_bare in zip(items, bare, strict=True):
        if not is_bare:
            continue
        start, end = _sentence_around(text, item["start"])
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if first < last:
            nearest = min(anchors[first:last], key=lambda other: abs(other["start"] - item["start"]))
            item["currency"] = nearest["currency"]
        elif first and not _AMERICAN.search(text, start, end):
            item["currency"] = anchors[first - 1]["currency"]
    return items


# An American setting, where cents are dollars' whatever the sums before them (not "Bank of America", nor
# "Washington" of foreign news, nor the oil price "West Texas Intermediate").
_AMERICAN = re.compile(r"\b(?:U\.?S\.?|United States|New York|Wall Street|Nasdaq|NYSE|gasoline|"
                       + "|".join(sorted(US_STATES - {"Washington"})) + r")\b(?!\s+Intermediate)")


# Between two sums of one currency, each written with it: "between 420 billion yen and 480 billion yen".
_RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|and)\s*", re.IGNORECASE)


def _joined_ranges(text: str, items: list[dict]) -> list[dict]:
    """Two sums written as one range with the currency on both ends ("420 billion yen to 480 billion yen",
    "between 1.2 billion euros and 1.4 billion euros") as one item, as "$2bn-$2.4bn" is; "from X to Y" and "rose X
    to Y" stay two, a change."""
    joined: list[dict] = []
    for item in items:
        prev = joined[-1] if joined else None
        gap = _RANGE_GAP.fullmatch(text, prev["end"], item["start"]) if prev else None
        if prev is None or gap is None or "amount_low" in prev or "amount_low" in item \
                or prev["currency"] != item["currency"] or prev["amount"] >= item["amount"]:
            joined.append(item)
            continue
        before = _word_before(text, prev["start"])
        between = prev["text"].lower().startswith("between ")  # the sum's text holds the word
        # After a move, a second sum this many times the first is the new level ("gaining 1.2 cents to 94.5 cents").
        moved = (before == "by" or _is_move_before(text, prev["start"], before)) \
            and item["amount"] >= NEW_LEVEL_RATIO * prev["amount"]
        if (gap.group().strip().lower() == "and" and not between) or before == "from" or moved:
            joined.append(item)
            continue
        start = prev["start"]
        joined[-1] = {**prev, "text": text[start:item["end"]], "end": item["end"],
                      "amount_low": prev["amount"], "amount_high": item["amount"],
                      "approximate": prev["approximate"] or item["approximate"]}
    return joined


def _article_before_code(match: re.Match[str]) -> bool:
    """"a" or "an" taken for "one" before a currency code: "a CHF 300m bond" is no sum of one franc."""
    return (match.group("n3") or "").lower() in ("a", "an") and match.group("n4") is None \
        and match.group("word") in ISO_CODES


# Hedges written after a sum ("$3 million or more", "$2 billion-plus"); kept out of the item's text.
# A bare "plus" adds another sum or a cost ("$5m plus interest"): no hedge.
_HEDGE_AFTER = re.compile(r"-plus\b|\s+or\s+(?:more|so|higher|above|less)\b", re.IGNORECASE)


def _hedged_after(text: str, item: dict) -> dict:
    """The item, approximate when a hedge follows it."""
    if _HEDGE_AFTER.match(text, item["end"]):
        item["approximate"] = True
    return item


# A tolerance in percent written after a sum: "$28 billion, plus or minus 2%".
_TOLERANCE_AFTER = re.compile(r",?\s+(?:plus\s+or\s+minus|\+/-|±)\s*(\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s?cent\b)",
                              re.IGNORECASE)


def _with_tolerance(text: str, item: dict) -> dict:
    """The item as the range its tolerance makes, the tolerance part of its text (no figure of its own): "$28 billion,
    plus or minus 2%" is $27.44-28.56 billion."""
    tolerance = _TOLERANCE_AFTER.match(text, item["end"])
    if tolerance is None or "amount_low" in item or not 0 < float(tolerance[1]) < 100:
        return item  # not "plus or minus 200%", a range through nothing
    share = float(tolerance[1]) / 100
    low, high = sorted((_round(item["amount"] * (1 - share)), _round(item["amount"] * (1 + share))))
    return {**item, "text": text[item["start"]:tolerance.end()], "end": tolerance.end(), "amount": low,
            "amount_low": low, "amount_high": high}


def _is_change(text: str, match: re.Match[str], sep_group: str) -> bool:
    """True for "from X to Y" (a change between two values) and "by X to Y" where Y is a new level, not the top of
    a range: two values rather than a range."""
    sep = match.group(sep_group)
    if sep is None or sep.strip().lower() != "to" or match.group("hedge"):
        return False
    before = _word_before(text, match.start())
    # "will increase by £21 to £1,738 a year", "crude fell $1.05 to $66.21"; "rise by £100 to £200 a year" and
    # "sales fell 3 to 5 percent" are ranges.
    if before == "by":
        return _is_new_level(match)
    if _is_move_before(text, match.start(), before):  # "rose 0.2 to 4.4 percent": a range of the move
        return not match.groupdict().get("pct") and _is_new_level(match)
    if before != "from":
        return False
    # "prices ranged from £10 to £15" and "homes priced from £325,000 to £795,000" are ranges after all (not "raised
    # the price from $3 to $5").
    from_at = text.rfind("from", 0, match.start())
    return not (_word_before(text, from_at).startswith(("rang", "var")) or _is_priced_from(text, from_at, match))


# "priced" itself right before "from" (not "re-priced", a change).
_PRICED_BEFORE = re.compile(r"(?<![\w-])priced\s+$", re.IGNORECASE)


def _is_priced_from(text: str, from_at: int, match: re.Match[str]) -> bool:
    """Prices "priced from X to Y", up to a higher one: a range ("homes priced from £325,000 to £795,000"; not "was
    re-priced from $20 to $18", a change)."""
    if _PRICED_BEFORE.search(text, max(0, from_at - 20), from_at) is None:
        return False
    low = _number_value(match.group("n1"), match.group("n1_scale"))
    high = _number_value(match.group("n2"), match.group("n2_scale"))
    return low is not None and high is not None and low < high


# Verbs of a market's move, written right before "X to Y" as "by" would be: "fell $1.05 to $66.21".
_MOVES = frozenset({
    "rose", "rises", "rise", "fell", "falls", "fall", "gained", "gains", "gain", "lost", "loses", "dropped", "drops",
    "slid", "slides", "climbed", "climbs", "jumped", "jumps", "declined", "declines", "added", "adds", "shed",
    "sheds", "slipped", "slips", "eased", "eases", "advanced", "advances", "tumbled", "tumbles", "surged", "surges",
    "increased", "decreased", "rallied", "sank", "plunged", "soared", "edged", "jump", "climb", "drop", "slide",
    "slip", "ease", "advance", "tumble", "surge", "increase", "decrease", "rally", "sink", "plunge", "soar", "edge",
    "decline", "add", "lose", "rising", "falling", "gaining", "losing", "dropping", "sliding", "climbing",
    "jumping", "declining", "adding", "shedding", "slipping", "easing", "advancing", "tumbling", "surging",
    "increasing", "decreasing", "rallying", "sinking", "plunging", "soaring", "edging",
})
# A market report's move without its verb, "up" or "down" after a reading of the price: "soybeans settled down
# 5-1/2 cents to $4.62", "Brent was down $1.05 to $66.21" (not "put down $500 to $5,000", a range of deposits).
_READINGS = frozenset({"settled", "closed", "ended", "finished", "was", "were", "is", "are", "traded", "opened",
                       "stood", "last"})
_READ_MOVE = re.compile(r"\b([A-Za-z]+)\s+(?:up|down)\s*$", re.IGNORECASE)


def _is_move_before(text: str, start: int, before: str) -> bool:
    """A move is written right before `start` (`before`: the word there): a market's verb ("fell"), or "up"/"down"
    after a reading ("settled")."""
    if before in _MOVES:
        return True
    reading = _READ_MOVE.search(text, max(0, start - 30), start)
    return reading is not None and reading.group(1).lower() in _READINGS
# "by X to Y" names a change and the new level when the level is this many times the change; closer, a range.
NEW_LEVEL_RATIO = 5


def _is_new_level(match: re.Match[str]) -> bool:
    """The upper number of "by X to Y" is a level the change leads to: written with its own scale, if any (a scale
    on the upper number alone is shared, "by £2 to £3bn"), and far above the change."""
    if match.group("n2_scale") and not match.group("n1_scale"):
        return False
    low = _number_value(match.group("n1"), match.group("n1_scale"))
    high = _number_value(match.group("n2"), match.group("n2_scale"))
    return low is not None and high is not None and 0 < NEW_LEVEL_RATIO * low <= high


def _money_part(text: str, match: re.Match[str], number: str, prefix: str) -> dict | None:
    """One end of a "from X to Y" match as its own item (its currency from the first symbol if unwritten)."""
    value = _number_value(match.group(number), match.group(f"{number}_scale"))
    if value is None:
        return None
    start = match.start(prefix) if match.group(prefix) else match.start(number)
    end = _end_of(match, number)
    currency = _currency_of_symbol(match.group(prefix) or match.group("cur1"), text, start)
    return {
        "text": text[start:end], "start": start, "end": end, "amount": _round(value), "currency": currency,
        "approximate": False,
    }


# Heights of video in lines, written as "1080p": not pence when words of video are near.
_VIDEO_LINES = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})


_VIDEO_WORDS = re.compile(r"\b(?:video|resolution|stream\w*|camera|record\w*|HD|display|screen|footage|"
                          r"YouTube|TV|monitor|pixels?|fps|4K)\b", re.IGNORECASE)


def _is_video_resolution(text: str, match: re.Match[str]) -> bool:
    """"1080p" among words of video; else pence, as share prices are ("shares rose 14p to 240p")."""
    if match.group("word") not in ("p", "P") or match.group("n3") not in _VIDEO_LINES or match.group("n4"):
        return False
    return bool(_VIDEO_WORDS.search(text, max(0, match.start() - 60), match.end() + 60))


def _money_item(text: str, match: re.Match[str]) -> dict | None:
    """The money item for one grammar match, or None when the match is not a sum of money."""
    groups = match.groupdict()
    scale_outside = None
    if groups["n1"] is not None:
        if not _symbol_fits(text, match):
            return None
        currency, factor = _currency_of_symbol(groups["cur1"], text, match.start("cur1")), 1.0
        low_num, low_scale = groups["n1"], groups["n1_scale"]
        if scale_outside := _scale_past_brackets(text, match):
            low_scale = scale_outside.group()
        high_num, high_scale = groups["n2"], groups["n2_scale"]
        if groups["cur2"] and _currency_of_prefix(groups["cur2"]) != currency:
            return None  # "$5-€6" is not one range
        if currency not in _CRORE_CURRENCIES:
            # "cr" is crores only in a sum of rupees or taka; after another it is no part of the sum ("$150 Cr Jane
            # Smith", a councillor; "$1,200 Cr", in credit)
            low_scale, high_scale = _without_crores(low_scale), _without_crores(high_scale)
    else:
        if _is_weight(text, match) or _is_video_resolution(text, match) or _is_verb_won(match) \
                or (groups["word"] in _SHAPED_CODES and not _has_a_sums_shape(match, "n3")
                    and not _is_a_plain_sum_of_its_country(text, groups["word"], groups["n3"] or "")) \
                or is_unit_move(text, match.start("n3")):
            return None
        currency, factor = _currency_of_word(groups["word"], text, match.start("word"))
        if currency is None and groups["word"].lower() == "won" and groups["n3_scale"] and (
                _WON_AS_MONEY_AFTER.match(text, match.end("word"))
                or _ARTICLE_BEFORE.search(text, max(0, match.start() - 8), match.start())):
            currency = "KRW"  # "3.5 billion won in bonuses", "a 100 million won bonus": Korea named or not
        if currency is None and not _is_bare_crowns_sum(text, match):
            return None
        low_num, low_scale = groups["n3"], groups["n3_scale"]
        high_num, high_scale = groups["n4"], groups["n4_scale"]
    start, end = _trim(text, match.start(), match.end())
    negative = bool(groups["sign"] or groups["paren"]) \
        or (not groups["hedge"] and _in_accounts_brackets(text, start, end))
    low, high = _bounds(low_num, low_scale, high_num, high_scale, negative=negative)
    if scale_outside:
        end = scale_outside.end()
    last = "n1" if groups["n2"] is None else "n2"
    if groups["n1"] is not None and _is_crore_abbreviation(groups[f"{last}_scale"]) \
            and (high_scale if high_num else low_scale) is None:
        end = match.end(last)  # the "cr" left out above
    if low is None and groups["n1"] is not None and _no_range_after_all(match, "n2", "sep1"):
        (low, high), end = _bounds(low_num, low_scale, None, None, bool(groups["sign"])), _end_of(match, "n1")
    if low is None or not all(math.isfinite(v * factor) for v in (low, high) if v is not None):
        return None
    if currency == "EUR" and high is None and not low_scale and low_num.isdigit() \
            and (cents := _COMMA_CENTS.match(text, end)) is not None:
        # "€7,50": the comma is a decimal mark, of a scale too if one follows ("€1,25 billion")
        scale = _SCALE_AFTER.match(text, cents.end())
        low = (low + math.copysign(int(cents[1]) / 100, low)) * _scale_factor(scale[0] if scale else None)
        end = scale.end() if scale else cents.end()
    item = {
        "text": text[start:end], "start": start, "end": end, "amount": _round(low * factor),
        "currency": currency, "approximate": bool(groups["hedge"]),
    }
    if high is not None:
        item["amount_low"], item["amount_high"] = _round(low * factor), _round(high * factor)
    return item


def _is_bare_crowns_sum(text: str, match: re.Match[str]) -> bool:
    """The match is a sum in crowns of a country the text does not name ("Equinor paid 40 billion crowns"): money in
    a currency left unknown."""
    at, end = match.start("word"), match.end("word")
    return re.fullmatch(_CROWNS, match.group("word"), re.IGNORECASE) is not None \
        and bool(_CROWNS_SCALE_WORD_BEFORE.search(text, max(0, at - 20), at)
                 or _CROWNS_PER_SHARE_AFTER.match(text, end))


# The currencies of countries that count in crores, whose sums "cr" may scale.
_CRORE_CURRENCIES = frozenset({"INR", "PKR", "LKR", "NPR", "BDT"})


def _is_crore_abbreviation(scale: str | None) -> bool:
    return scale is not None and scale.strip().lower() == "cr"


def _without_crores(scale: str | None) -> str | None:
    """The scale, or None for "cr" where it is no crores."""
    return None if _is_crore_abbreviation(scale) else scale


# Cents after a comma, as much of Europe writes its decimals: "€7,50 a glass" (not "€7,500", nor "€7,50,000").
_COMMA_CENTS = re.compile(r",(\d{2})(?!\d|,\d)")
_SCALE_AFTER = re.compile(_SCALE_RE, re.IGNORECASE)


# A scale written on the upper end only is shared unless the lower end would then exceed it this many times.
SHARED_SCALE_RATIO = 10


def _bounds(low_num: str, low_scale: str | None, high_num: str | None, high_scale: str | None,
            negative: bool = False, ordered: bool = True) -> tuple[float | None, float | None]:
    """(low, high) of a possibly ranged number, its first end `negative` when signed ("-5 to 3"); None when not
    `ordered` low to high, unless told it need not be (a change "from 5 to 4"). "3-5m" and "from 5 to 4 million"
    lend the upper scale to the first number; "between ₹10,000 and ₹1.25 lakh" does not (it is written whole)."""
    sign = -1.0 if negative else 1.0
    if high_num is None:
        low = _number_value(low_num, low_scale)
        return (None if low is None else sign * low), None
    high = _number_value(high_num, high_scale)
    low = _number_value(low_num, low_scale)
    if not low_scale and high_scale and low is not None and high is not None:
        shared = _number_value(low_num, high_scale)
        if shared is not None and shared <= SHARED_SCALE_RATIO * high:
            low = shared
    low = None if low is None else sign * low
    if low is None or high is None or (ordered and high < low):
        return None, None
    return low, high


def _no_range_after_all(match: re.Match[str], high: str, sep: str) -> bool:
    """A range match whose upper end is no number ("$3m to a charity": "a" reads as one only before a scale) or
    a smaller one after spaced words ("$5m to 3 charities"): the first number stands alone. "2-1" stays
    refused whole (a score)."""
    number = match.group(high)
    if number is None:
        return False
    return _number_value(number, match.group(f"{high}_scale")) is None or match.group(sep) != match.group(sep).strip()


def _end_of(match: re.Match[str], number: str) -> int:
    """Where the number captured as `number` ends, with its scale."""
    return match.end(f"{number}_scale") if match.group(f"{number}_scale") else match.end(number)


def _round(value: float) -> float | int:
    """Whole amounts as int, others to 15 significant digits (what a float holds exactly): float noise from
    18.2 * 1e9 is not information, but fractions of a cent are ("145.9p a litre", "$1.0875" per euro)."""
    rounded = float(f"{value:.15g}")
    return int(rounded) if rounded == int(rounded) else rounded


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- figures ---------------------------------------------------------------------------------------

_VAGUE_BASES = {"dozens": 24.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_VAGUE_PREFIXES = {"tens": 10.0, "hundreds": 100.0}
# "pc" as the Irish and British press write it ("fell 15pc") and "pct" as wires do ("rose 94 pct"), in lower case: "5
# PCs" are computers.
_PERCENT_RE = r"(?P<pct>\s?%|\s+per\s?cent\b|\s+percent\b|\s+percentage\s+points?\b|(?-i:\s?pct?)\b)?"
# A percent sign on the lower end of a range written with one on each end too: "4.25%-4.50%", "3% to 4%".
_PERCENT_BOTH_ENDS = r"(?P<pct1>\s?%(?=(?:\s*[-–—]\s*|\s+to\s+|(?(between)\s+and\s+|(?!)))[\d.,]+\s?%))?"
# Units written against the number ("41.2C", "85mph", "a 5km run"), as written: "5c" and "3f" are none.
_GLUED_UNITS = {"C": "celsius", "°C": "celsius", "° C": "celsius", "F": "fahrenheit", "°F": "fahrenheit",
                "° F": "fahrenheit", "mph": "mph", "MPH": "mph", "kph": "km/h", "km/h": "km/h", "kmh": "km/h",
                "km": "km", "kg": "kg", "cm": "cm", "mm": "mm", "ft": "ft", "kW": "kw", "MW": "mw", "GW": "gw",
                "kWh": "kwh", "MWh": "mwh", "GWh": "gwh", "TWh": "twh", "ppm": "ppm", "ppb": "ppb", "mg": "mg",
                "µg": "µg", "mcg": "µg", "ml": "ml", "mL": "ml",
                "lb": "lb", "lbs": "lb", "oz": "oz", "bps": "basis point", "bp": "basis point", "kn": "knot",
                "nm": "nm", "MB": "mb", "GB": "gb", "TB": "tb", "MHz": "mhz", "GHz": "ghz",
                **{unit: unit for unit in ELECTRONVOLTS}}  # as written: "meV" would be a thousandth of an "eV"
# "nm" is nanometres unless placed at sea (`_at_sea`); "GB" glued is Sydney's radio "2GB" unless a word of computing
# follows it (`_about_data`).
# Metric units written out with a prefix, in both spellings, as the model lemmatises them: "5.6 millimeters thick",
# "500 micrograms" are measures as "123 meters" is.
_METRIC_WORDS = frozenset(f"{prefix}{base}" for prefix in ("milli", "centi", "micro", "nano", "deci")
                          for base in ("metre", "meter", "gram", "gramme", "litre", "liter")) | {"kilogramme", "gramme"}
# Units of measure: a number measured in one is a figure even right after a name ("Springbrook 412 mm" of rain).
_MEASURE_UNITS = frozenset({*_GLUED_UNITS.values(), "metre", "meter", "kilometre", "kilometer", "mile", "foot",
                            "inch", "yard", "gram", "kilogram", "milligram", "tonne", "ton", "litre", "liter",
                            "degree", "kelvin", "hectare", "acre", "light-year", "furlong", "knot",
                            "nautical mile", "acre-foot", "astronomical unit", "km/s", "m/s", "tesla",
                            *_METRIC_WORDS})
# Sizes of storage and clock rates as written after the number with a space ("256 GB", "a 2 TB option"), which the
# model takes for names or codes; glued ("256GB") they are in `_GLUED_UNITS`.
_DATA_UNITS = frozenset({"MB", "GB", "TB", "MHz", "GHz"})
# Words of computing right after a "GB", which say it is a size: "256GB of storage", "12GB RAM" (not "told Sydney
# radio 2GB in a phone interview", nor "the 12 GB athletes", Team GB's).
_DATA_WORDS = re.compile(r"(?:storage|RAM|memory|data|SSDs?|drives?|(?:smart)?phones?|iPhones?|iPads?|chips?|"
                         r"processors?|laptops?|computers?|PCs?|tablets?|downloads?|cloud|model|version|option|"
                         r"variant|card|plan)\b")
_DATA_WORD_AFTER = re.compile(r"\s*(?:of\s+)?" + _DATA_WORDS.pattern)
_GLUED_UNIT = r"(?-i:" + "|".join(sorted(map(re.escape, _GLUED_UNITS), key=len, reverse=True)) + ")"
_GLUED_RE = rf"(?P<glued>{_GLUED_UNIT})?"
# The same unit written against both ends of a range: "between 2°C and 8°C", "200mg-400mg".
_GLUED_BOTH_ENDS = (rf"(?:(?P<glued1>{_GLUED_UNIT})(?=(?:\s*[-–—]\s*|\s+to\s+|(?(between)\s+and\s+|(?!)))"
                    r"[\d.,]+(?P=glued1)))?")

_FIGURE_RE = re.compile(
    r"(?<!\w)" + _HEDGE_RE + _BETWEEN_RE + r"(?:"
    + r"(?P<vpre>\b(?:tens|hundreds)\s+of\s+)?(?P<vague>\b(?:dozens|hundreds|thousands|millions|billions)\b)"
    + r"|" + _FIGURE_SIGN_RE + r"(?<![A-Za-z0-9]-)" + _num("n1") + "(?:" + _PERCENT_BOTH_ENDS + _GLUED_BOTH_ENDS
    + _RANGE_SEP_RE
    + _num("n2") + ")?" + _GLUED_RE
    + r"(?!(?!(?-i:pct?)\b)[\w:/]|[.,]\d)" + _PERCENT_RE  # no letter after the number but the "pc" of "15pc"
    + r")",
    re.IGNORECASE,
)

_TIME_UNITS = frozenset({
    "year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "night", "weekend",
    "yr", "hr", "min", "sec", "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "bst", "et", "utc", "bc", "ad",
})
# Words after which a number names something instead of counting it ("No 10", "flight 370").
_NAMING_WORDS = frozenset({
    "no", "no.", "number", "#", "page", "section", "article", "chapter", "flight", "route", "room",
    "version", "level", "grade", "platform", "channel", "bus", "road", "highway", "interstate", "gate",
    "seat", "episode", "season", "series", "volume", "vol", "model", "type", "category", "phase", "stage",
    "round", "game", "match", "week", "day", "aged", "age", "ages", "resolution", "amendment",
})
# Words of an age, which a hedge does not make a count: "aged about 40", "children aged under 16".
_AGE_WORDS = frozenset({"aged", "age", "ages"})
# A ranking's cut before its number: "the top 100 universities", "the boys' top 100", "Top 5 things to know" (not the
# verb: "could top 40C", "expected to top 1,000").
_RANKING_CUT_BEFORE = re.compile(
    r"(?:\b(?:the|a|its|their|his|her|our|your|this|these)\s+[Tt]op|['’]s?\s+[Tt]op|(?:^|(?<=[.!?\n]))\s*Top)\s+$")
# Names of lines, zones and terminals, as written ("Line 4 of the metro", "Terminal 5"; not "the front line 10 miles
# east", "a zone 30 km wide").
_NAMED_BY_NUMBER = re.compile(r"(?:Line|Zone|Terminal)\s+$")
CURRENCY_LEMMAS = frozenset({
    "dollar", "euro", "pound", "penny", "pence", "cent", "yen", "yuan", "rupee", "rouble", "ruble", "franc",
    "peso", "rand", "lira", "naira", "shekel", "dirham", "riyal", "sterling", "krone", "kroner", "krona", "kronor",
    "cedi", "rupiah", "ringgit", "baht", "hryvnia", "forint", "shilling",
})


@dataclass
class _Number:
    """One figure-shaped match before the date/identifier checks."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    hedged: bool
    vague: bool
    percent: str | None  # "percent" or "percentage point"
    digits: str  # the number as written (for year and score checks); "" for vague quantities
    metre_or_million: bool = False  # written "100m": million, or metres before a singular noun
    counts_like_next: bool = False  # "from 40 to 50 countries": the 40 counts countries too
    unit: str | None = None  # written against it: "41.2C" is in "celsius"


# The model's labels of names that may hold a number naming, not counting: a work ("Inside Out 2"), a product
# ("Windows 11"), an event ("Apollo 11"), a law, a body or a building. Only a number that counts no noun: the model's
# spans run over counts too ("the Act - 409 animals", "Breaking News - Three People Shot"); nor one opening the span,
# the model's misreading of a count ("27 EU states").
_NAMES_WITH_NUMBERS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "ORG", "FAC"})


# A dash with spaces around it parts two phrases: a name's span the model ran over one ("Michigan Office Shooting
# Follow - Up - 1 Dead") ends there, and the number after it opens the next.
_SPACED_DASH = re.compile(r"\s[-–—]\s")


def _pieces_between_dashes(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The parts of `text[start:end]` between spaced dashes, as (start, end)."""
    for dash in _SPACED_DASH.finditer(text, start, end):
        yield start, dash.start()
        start = dash.end()
    yield start, end


def extract_figures(doc: Doc, money: list[dict] | None = None) -> list[dict]:
    """Non-money figures: {"text","start","end","value","unit","approximate","vague"} (+ low/high).

    `money` is `extract_money(doc)` when the caller has it already (found again otherwise).
    """
    found = extract_money(doc) if money is None else money
    money_spans = _Spans((m["start"], m["end"]) for m in found)
    text = text_of(doc)
    blocked = _Spans((e.start_char, e.end_char) for e in ents_of(doc) if e.label_ in ("DATE", "TIME", "ORDINAL")
                     and not is_earlier_level(text, e.start_char, e.end_char))  # "to 24 from 32": no date
    names = _Spans(piece for e in ents_of(doc) if e.label_ in _NAMES_WITH_NUMBERS
                   for piece in _pieces_between_dashes(text, e.start_char, e.end_char))
    notes = _exchange_notes(text)
    cricket = _cricket_units(text)
    hits = _hits_in_tries(text)
    money_ends = frozenset(m["end"] for m in found)
    numbers = [_with_spaced_degrees(text, _without_preposition(doc, text, _without_particle(doc, text, n)))
               for n in _numbers(text)
               if not (money_spans.overlap(n.start, n.end) or notes.overlap(n.start, n.end)
                       or (hits.overlap(n.start, n.end) and n.start not in cricket)
                       or _is_priced_dozen(text, money_ends, n))]
    nouns = [None if number.percent or number.unit else _counted_noun(doc, number) for number in numbers]
    units = [number.percent or number.unit or cricket.get(number.start) or _magnitude(text, number, noun)
             or _to_par(text, number)
             or _oil_equivalent_rate(text, number)
             or _container_units(text, number)
             or _counted_unit(number, noun)
             for number, noun in zip(numbers, nouns, strict=True)]
    items: list[dict] = []
    for i, (number, unit, noun) in enumerate(zip(numbers, units, nouns, strict=True)):
        if number.counts_like_next and i + 1 < len(numbers):
            unit, noun = units[i + 1], nouns[i + 1]
        elif unit is None and noun is None and i > 0 and (
                _counts_like_previous(text, numbers[i - 1], nouns[i - 1], number)
                or _is_earlier_level(text, numbers[i - 1], number) or _is_others_count(text, numbers[i - 1], number)):
            unit, noun = units[i - 1], nouns[i - 1]
        elif unit == "other" and (counted := _counted_by_others(text, numbers, units, i)) is not None:
            unit = counted  # "43 people were killed and 17 others are missing": 17 people
        if unit == "nm" and _AT_SEA_AFTER.match(text, number.end):
            unit = "nautical mile"  # "grounded 12nm off Gozo" (not "3nm chips", nanometres)
        if unit == "knot" and _KN_AFTER.match(text, number.end) and not _is_a_speed(text, number):
            unit = None  # "50 kn for a coffee" in Zagreb, kuna
        if unit == "furlong" and number.hedged:
            number = _over_the_distance(text, number)
        if unit == "pound" and not number.vague:
            unit = "lb"  # pounds the money extractor did not take weigh: "lost 27.3 pounds (12.4 kg)" (not "thousands
            # of pounds", a sum it leaves vague)
        if noun is not None and _forecasters_of(text, number, noun):
            noun = unit = None  # "the 4.0 million economists had forecast": a forecast, not a count of economists
        if noun is not None and noun.lemma_ in _TIME_UNITS and (number.metre_or_million or _dated(noun)):
            noun = unit = None  # "sales reached 2.3m last year": the year is not what is counted
        if number.metre_or_million and (noun.tag_ == "NN" if noun is not None else _about_heights(doc, number)):
            number, unit = _as_metres(number), "metre"  # "the 100m sprint", "a 10m wall", "the river reached 5.6m"
        if _is_measured_time(number, unit):
            number = _with_minutes(text, number)
        if _is_figure(doc, text, number, unit, noun, blocked, names):
            items.append(_figure_item(text, _with_unit_words(text, number, unit, noun), unit))
    return _outside_page_frame(doc, items)


_A_DOZEN = re.compile(r"(?:a|per|the)\s+dozen", re.IGNORECASE)


def _is_priced_dozen(text: str, money_ends: frozenset[int], number: _Number) -> bool:
    """"a dozen" right after a sum, the quantity a price is per as in "$4 a pound": "eggs cost $6.23 a dozen" (not
    "$20 for a dozen eggs")."""
    if _A_DOZEN.fullmatch(text, number.start, number.end) is None or _noun_after_dozen(text, number.end):
        return False
    before = text[:number.start].rstrip()
    return len(before) in money_ends and number.start - len(before) <= 2


def _noun_after_dozen(text: str, end: int) -> bool:
    """A word of what is counted right after "a dozen" ("a dozen eggs"), not a clause's next word ("last month")."""
    word = re.match(r"\s+(?:of\s+)?([a-z]+)", text[end:end + 30])
    return word is not None and word[1] not in ("last", "this", "next", "in", "on", "at", "and", "or", "but", "from",
                                                  "for", "up", "down", "now", "today", "a", "per")


# A lone "C" or "F" after a number, spaced: a temperature where the number has a decimal or the sentence speaks of
# heat ("reached 51.8 C", "hit 104 F"), not a name's letter ("Grade 5 C", "Section 4 C", "Gate 4 C").
_SPACED_DEGREES_AFTER = re.compile(r"[ \u00a0](?P<scale>[CF])(?![\w'’-])")
# What a temperature's letter is followed by: its clause's end or a word of a new phrase ("45 C on Sunday", "38 C are
# forecast"), not a noun the letter would name a kind of ("5 F students").
_AFTER_DEGREES = re.compile(r"\s*(?:[.,;:!?)\]]|$)|\s+(?:\(|(?:on|in|at|and|or|for|by|to|is|was|are|were|last|this|"
                            r"across|overnight|yesterday|today|with|but|as|during|from|since|after|before|amid|"
                            r"while|when)\b)")
_TEMPERATURE_WORDS = re.compile(r"\b(?:temperatures?|heat\w*|degrees?|hot(?:ter|test)?|cold(?:er|est)?|warm\w*|"
                                r"highs?|lows?|thermometers?|mercury|freez\w*|celsius|fahrenheit)\b",
                                re.IGNORECASE)
_CAPITALISED_WORD_BEFORE = re.compile(r"\b[A-Z][\w'’]*\s+$")


# Numbers with a letter listed before this one ("seats 14 C and 22 F"): the list's first number says what they are.
_LETTERED_BEFORE = re.compile(r"(?:\d+(?:\.\d+)?\s[A-Z](?:,\s*|\s+(?:and|or)\s+))+$")
# Things numbered and lettered, beside `_NAMING_WORDS`: "row 12 F", "lane 4 C".
_LETTERED_THINGS = frozenset({"row", "line", "lane", "berth", "deck", "bay", "block", "unit", "apartment", "flat",
                              "cabin", "ward", "bed", "pier", "terminal", "hall", "court"})


def _names_a_lettered_thing(text: str, start: int) -> bool:
    """The number at `start` (or the first of a list of lettered numbers it ends) follows a capitalised word or a
    word of what is numbered: "Grade 5 C", "seats 14 C and 22 F" (review: the second was a temperature)."""
    listed = _LETTERED_BEFORE.search(text, max(0, start - 80), start)
    at = listed.start() if listed else start
    word = _word_before(text, at)
    singular = word[:-1] if word.endswith("s") else word
    return _CAPITALISED_WORD_BEFORE.search(text, max(0, at - 20), at) is not None \
        or word in _NAMING_WORDS or singular in _NAMING_WORDS or singular in _LETTERED_THINGS


def _with_spaced_degrees(text: str, number: _Number) -> _Number:
    """The number with a spaced "C" or "F" of a temperature taken in as its unit: "51.8 C" in "celsius"."""
    scale = _SPACED_DEGREES_AFTER.match(text, number.end)
    if scale is None or number.unit or number.percent or number.vague or not number.digits[:1].isdigit() \
            or _AFTER_DEGREES.match(text, scale.end()) is None:
        return number
    if _names_a_lettered_thing(text, number.start):
        return number  # "Grade 5 C", "Gate 4 C", "room 12 C", "seats 14 C and 22 F": a name's number and letter
    start, end = _sentence_around(text, number.start)
    if "." not in number.digits and (number.value or 0) >= 0 and _TEMPERATURE_WORDS.search(text, start, end) is None \
            and not _is_read_like_heat(text, number, scale["scale"], start):
        # a decimal or a number below zero is a reading; a whole number only among words of heat or read as one
        return number
    return replace(number, end=scale.end(), unit=_GLUED_UNITS[scale["scale"]])


# A verb a reading follows: "Phoenix hit 118 F", "temperatures soared to 40 C".
_READING_VERB_BEFORE = re.compile(r"\b(?:hit|hits|reached|reaches|topped|tops|touched|(?:soared|climbed|rose|fell|"
                                  r"dropped|plunged|dipped|sank)\s+to|peaked\s+at)\s+$", re.IGNORECASE)
# "is", "was" and the like before a reading, which a stage, a cell, a grade or a rating follows as well ("Her cancer
# was 3 C", "The prisoner was 14 C"): a reading after the weather's "it" ("It was 104 F when") or in a sentence
# that names the weather, a time of day or water one swims in ("the water was 28 C for the swimmers").
_BE_BEFORE = re.compile(r"\b(?P<it>it\s+)?(?:was|is|were|are|'s)\s+$", re.IGNORECASE)
_WEATHER_WORDS = re.compile(r"\b(?:weather|forecasts?|afternoon|morning|evening|night|day|noon|midday|outside|"
                            r"outdoors|shade|air|water|sea|lake|river|pool|city|town)\b", re.IGNORECASE)
# What else is lettered after its number: "a 4 C grade", "the answer was 3 C", "a size 10 F shoe".
_LETTERED_KINDS = frozenset({"class", "answer", "option", "size", "mark", "score", "result", "exam", "test"})
# The highest whole number read as a temperature on each scale without a word of heat.
_HOTTEST = {"C": 60, "F": 135}


def _after_reading_verb(text: str, start: int, sentence_start: int) -> bool:
    """A verb of a reading ends right before `start`: one of `_READING_VERB_BEFORE`, or a form of "be" after the
    weather's "it" or in a sentence with a word of the weather before the number (`_WEATHER_WORDS`)."""
    if _READING_VERB_BEFORE.search(text, max(0, start - 20), start) is not None:
        return True
    be = _BE_BEFORE.search(text, max(0, start - 12), start)
    return be is not None and (be["it"] is not None or _WEATHER_WORDS.search(text, sentence_start, start) is not None)


def _is_read_like_heat(text: str, number: _Number, scale: str, sentence_start: int) -> bool:
    """A whole number with a spaced letter read after a verb of a reading, within a temperature's range, no word of a
    thing numbered and lettered before it in its sentence ("Her seat was 12 C" names a seat)."""
    if (number.value or 0) > _HOTTEST[scale] or not _after_reading_verb(text, number.start, sentence_start):
        return False
    words = {word.lower() for word in re.findall(r"[A-Za-z]+", text[sentence_start:number.start])}
    words |= {word[:-1] for word in words if word.endswith("s")}  # "seats", "rows"
    return words.isdisjoint(_NAMING_WORDS | _LETTERED_THINGS | _LETTERED_KINDS)


def _is_measured_time(number: _Number, unit: str | None) -> bool:
    """Seconds written with a decimal, a time measured rather than a duration told: a race's gap ("beat Norris by 3.5
    seconds"), a sprint's time ("9.58 seconds"); or a race's clock, which measures in whole seconds too ("2:00:35")."""
    return unit == "second" and ("." in number.digits or ":" in number.digits)


# Minutes written before a time in seconds, a part of it: "1 minute 2.5 seconds", "2 min 10.7 seconds".
# Nothing between them: a comma or "and" starts another clause ("out for 90 minutes, and 2.5 seconds of the footage").
_MINUTES_BEFORE = re.compile(r"(?<![\w.,])(\d{1,3})\s+(?:minutes?|mins?)\s+$", re.IGNORECASE)


def _with_minutes(text: str, number: _Number) -> _Number:
    """A time in seconds with the minutes written before it, in seconds: "1 minute 2.5 seconds" is 62.5."""
    minutes = _MINUTES_BEFORE.search(text, max(0, number.start - 20), number.start)
    if minutes is None or number.value is None or number.high is not None:
        return number
    return replace(number, start=minutes.start(1), value=60 * int(minutes[1]) + number.value)


# Who forecasts a number, and the verb of a clause that has the number for its object, ended right after the verb:
# "below the 4.0 million economists had forecast" (not "40 economists expected a cut", which counts them).
_FORECASTERS = frozenset({"economist", "analyst", "forecaster", "strategist", "trader", "investor", "market", "poll"})
_FORECAST_CLAUSE = re.compile(r"\s+(?:had\s+|have\s+|has\s+|were\s+|had\s+been\s+)?(?:forecast|expected|predicted|"
                              r"estimated|anticipated|projected|pencilled\s+in|penciled\s+in)(?=\s*[.;:)]|\s*$|"
                              r"\s+(?:by|in|for|on|and|but|last|this|earlier|before)\b)")
# Words before a number that make it the object a forecast is compared with: "below the 4.0 million economists had
# forecast" (not "A Reuters poll of 61 economists forecast in January", which counts them).
_COMPARED_BEFORE = re.compile(r"\b(?:the|than|below|above)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _forecasters_of(text: str, number: _Number, noun: Token) -> bool:
    """The noun after the number is who forecast it, the subject of a clause whose object is the number."""
    return noun.lemma_.lower() in _FORECASTERS and _FORECAST_CLAUSE.match(text, noun.idx + len(noun.text)) is not None \
        and _COMPARED_BEFORE.search(text, max(0, number.start - 30), number.start) is not None


def _over_the_distance(text: str, number: _Number) -> _Number:
    """A race's distance without its "over", which names the distance run and hedges nothing: "won by a length over
    seven furlongs", "the Eclipse over 1m 2f"."""
    over = re.match(r"over\s+", text[number.start:number.end], re.IGNORECASE)
    return number if over is None else replace(number, start=number.start + over.end(), hedged=False)


def _dated(noun: Token) -> bool:
    """A time noun after "last" or "next", which dates the number before it: "rose by 150,000 last month"."""
    return noun.i > 0 and noun.doc[noun.i - 1].lower_ in ("last", "next")


# What lies between a count and "N others" counting the same, in one clause: " people were killed and ".
_OTHERS_GAP = re.compile(r"[^.;:!?]{1,60}")
# A count of part of the count before it: "14 people, including three children".
_SUBSET_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$", re.IGNORECASE)


def _counted_by_others(text: str, numbers: list[_Number], units: list[str | None], i: int) -> str | None:
    """The unit "N others" at `i` counts: that of the count before it in its clause, passing over counts of a part of
    an earlier one ("killing 14 people, including three children, and wounding 47 others": 47 people)."""
    j = i - 1
    while j >= 0 and units[j] and _OTHERS_GAP.fullmatch(text, numbers[j].end, numbers[j + 1].start):
        subset = _SUBSET_BEFORE.search(text, max(0, numbers[j].start - 20), numbers[j].start)
        if subset is None or j == 0 or not units[j - 1] \
                or not _OTHERS_GAP.fullmatch(text, numbers[j - 1].end, numbers[j].start):
            return units[j]
        j -= 1
    return None
_MAGNITUDE_BEFORE = re.compile(r"(?<!of )\bmagnitude[\s-]+$", re.IGNORECASE)  # not "an order of magnitude 10"
# A quake's "a magnitude of 6.8" (not "orders of magnitude of 100", "the magnitude of 100 deaths", a size).
_MAGNITUDE_OF_BEFORE = re.compile(r"\ba\s+(?:preliminary\s+)?magnitude\s+of\s+$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"\s+on\s+the\s+Richter(?:\s+scale)?\b|\s+magnitude\b", re.IGNORECASE)


def _magnitude(text: str, number: _Number, noun: Token | None) -> str | None:
    """"magnitude" for the number after the word, before it or before the Richter scale: "a magnitude 7.8 earthquake",
    "a 9.1 magnitude quake", "7.1 on the Richter scale" are no count of earthquakes; after "a magnitude of" only where
    no noun it counts follows ("a magnitude of 6.8", not "a magnitude of 5 units")."""
    before = _MAGNITUDE_BEFORE.search(text, max(0, number.start - 12), number.start) or (
        noun is None and _MAGNITUDE_OF_BEFORE.search(text, max(0, number.start - 30), number.start))
    return "magnitude" if before or _MAGNITUDE_AFTER.match(text, number.end) else None


# Cricket told by words no other sport writes (baseball's "2 for 14" is hits in at-bats, and it has innings and runs
# too); overs only counted ("from 19 overs", not bettors' "took the overs").
_CRICKET_WORDS = re.compile(r"\b(?:cricket|wickets?|stumps|\d+(?:\.\d)?\s+overs|bowled|lbw|bowlers?|batsm[ae]n|"
                            r"Test\s+match(?:es)?|ODIs?)\b")
# A cricket text, whose "went 3 for 4" is no batter's line: its words, or a Test match written alone ("the second Test",
# not a sentence's "Test results").
_CRICKET_TEXT = re.compile(rf"{_CRICKET_WORDS.pattern}|(?<=[a-z] )Tests?\b")
# A batter's hits in at-bats or a side's conversions, in wickets-for-runs' shape: "went 3 for 4", "was 2 for 15",
# "3 for 14 on third down", "2 for 15 with a homer".
_HITS_BEFORE = re.compile(r"\b(?:went|was|is)\s+$")
_HITS_AFTER = re.compile(r"\s+(?:on\s+third\s+down|with)\b")
# Cricket's "N for M", a side's runs for its wickets lost ("358 for 7 at stumps") or a bowler's wickets for the runs
# conceded ("took 3 for 54 from 19 overs"), with nothing else counted after it.
_FOR_WICKETS = re.compile(r"(?<![\w.,$£€])(\d{1,3})\s+for\s+(\d{1,3})(?!\w|[.,]\d|\s*%)"
                          r"(?!\s+(?!(?:at|from|in|off|on|and|with|before|after|to|by|as|when|while|but|or|runs?|"
                          r"wickets?)\b)[a-z])")
# A batter's hits in at-bats or a side's conversions in tries, no figures: "went 6 for 6", "goes 0 for 4.", "was
# 3-for-4", "is 3 for 4 against the pitcher" (after "is" or "was" only beside a word of baseball; the hits no more
# than the tries, at most `_MOST_TRIES`; never in a cricket text, whose "N for M" and "4-for-30" are a bowler's, nor a
# share split's "1-for-10 reverse split").
# The look-ahead for the characters a match starts with makes the engine try the rest only there (a third of the time).
_HITS_IN_TRIES = re.compile(r"(?=[wgi\d])(?:\b(?:went|goes|going|(?P<be>is|was))\s+(?P<hits>\d{1,2})"
                            r"(?:\s+for\s+|-for-)|(?<![\w.,-])(?P<hits2>\d{1,2})-for-)(?P<tries>\d{1,2})(?![\w,-]|\.\d)"
                            r"(?!\s+(?:reverse|stock|split|shares?|consolidation|swap)\b)", re.IGNORECASE)
_MOST_TRIES = 20
# Baseball told by its own words, which "is 3 for 4" and "was 2 for 14" need beside them to be a batter's line.
_BASEBALL_WORDS = re.compile(r"\b(?:baseball|MLB|pitchers?|pitching|at[- ]bats?|homers?|homered|home\s+runs?|RBIs?|"
                             r"batting|hitless|bullpen|shortstop|outfielder|slugger|World\s+Series)\b", re.IGNORECASE)
WICKETS = 10  # a side's wickets: the end of "N for M" of ten or fewer, the other above ten, counts them


@functools.lru_cache(maxsize=64)
def _cricket_units(text: str) -> dict[int, str]:
    """The units of the two numbers of each cricket "N for M", "run" and "wicket", by where each starts; none but
    beside a cricket word (in its sentence or the next or last one: a roundup's baseball is not), or where both ends
    could be wickets ("5 for 9")."""
    if not _CRICKET_WORDS.search(text):
        return {}
    units: dict[int, str] = {}
    for match in _FOR_WICKETS.finditer(text):
        first, second = int(match[1]), int(match[2])
        if not _CRICKET_WORDS.search(text, *_sentences_beside(text, match.start())):
            continue
        if second <= WICKETS < first:
            units[match.start(1)], units[match.start(2)] = "run", "wicket"
        elif first <= WICKETS < second and not _HITS_BEFORE.search(text, max(0, match.start() - 6), match.start()) \
                and not _HITS_AFTER.match(text, match.end()):
            units[match.start(1)], units[match.start(2)] = "wicket", "run"
    return units


def _hits_in_tries(text: str) -> _Spans:
    """The spans of `_HITS_IN_TRIES` whose hits are no more than the tries, none in a cricket text."""
    if _CRICKET_TEXT.search(text):
        return _Spans([])
    spans = []
    for match in _HITS_IN_TRIES.finditer(text):
        hits = match["hits"] or match["hits2"]
        if match["be"] and "-for-" not in match[0] \
                and not _BASEBALL_WORDS.search(text, *_sentences_beside(text, match.start())):
            continue  # "The exchange rate was 1 for 8", "The committee vote was 4 for 7 against": no batter's line
        if int(hits) <= int(match["tries"]) <= _MOST_TRIES:
            spans.append((match.start("hits") if match["hits"] else match.start("hits2"), match.end("tries")))
    return _Spans(spans)


def _sentences_beside(text: str, at: int) -> tuple[int, int]:
    """Bounds of the sentence holding character `at` with the one before it and the one after it."""
    start, end = _sentence_around(text, at)
    return _sentence_around(text, max(0, start - 2))[0], _sentence_around(text, min(len(text), end + 2))[1]


# Oil and gas output in barrels of oil equivalent a day, which the model cuts apart ("boe", "/", "d").
_BOE_PER_DAY_AFTER = re.compile(r"\s*(?:boe/d|boepd|boe\s+(?:per|a)\s+day|barrels\s+of\s+oil\s+equivalent\s+"
                                r"(?:per|a)\s+day)\b", re.IGNORECASE)


def _oil_equivalent_rate(text: str, number: _Number) -> str | None:
    """"boe/d" for a number of barrels of oil equivalent a day, as "bpd" for barrels: "820,000 boe/d"."""
    return "boe/d" if _BOE_PER_DAY_AFTER.match(text, number.end) else None


# Containers counted in twenty-foot equivalent units, written out: "8,200 twenty-foot equivalent units" (TEU).
_TEU_AFTER = re.compile(r"\s+(?:twenty|20)-f(?:oo|ee)t\s+equivalent\s+units?\b", re.IGNORECASE)
_TEU_NAME = re.compile(r"(?:twenty|20)-f(?:oo|ee)t\s+equivalent\b", re.IGNORECASE)
# An aircraft's model, its number before the name of its version: "737 Max jets", "the 787 Dreamliner".
_AIRCRAFT_MODEL = re.compile(r"\d{3}\s+(?:Max|MAX|Dreamliners?)\b")
# A Boeing model's number between a count and the aircraft counted: "50 787 jets", "30 777 freighters".
_BOEING_AFTER_COUNT = re.compile(r"(?<=\d )7[1-8]7\s+(?:jets?|aircraft|planes?|airliners?|freighters?|jetliners?)\b")


def _container_units(text: str, number: _Number) -> str | None:
    """"teu" for a number of twenty-foot equivalent units written out, as for "8,200 TEU"."""
    return "teu" if _TEU_AFTER.match(text, number.end) else None


# Where a distance in "nm" is placed at sea, in nautical miles: "12nm off Gozo", "5 nm north of the island", "from the
# coast", "from shore", "from Malta" (not "moving to 2nm from 3nm", a chip's process).
_AT_SEA_AFTER = re.compile(r"(?:\s*nm)?\s+(?:(?:off|offshore|away|(?:north|south)(?:-?(?:east|west))?|east|west)\b|"
                           r"from\s+(?:(?:the|a|an|its|shore|land|port|harbou?r)\b|(?-i:[A-Z])))", re.IGNORECASE)
# Knots abbreviated, which are kuna too ("50 kn for a coffee"); a speed's words in the sentence, or "at" before.
_KN_AFTER = re.compile(r"\s?kn\b")
_SPEED_WORDS = re.compile(r"\b(?:winds?|gusts?|gusting|speeds?|sail\w*|vessels?|ships?|boats?|yachts?|knots|making|"
                          r"travell?ing|steaming|cruising|frigates?|ferry|ferries|warships?|destroyers?|catamarans?|"
                          r"tankers?|trawlers?|cruisers?)\b", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)


def _is_a_speed(text: str, number: _Number) -> bool:
    """A number in "kn" told as a speed by its sentence: "travelling at 11 kn", "winds of 35kn"."""
    start, end = _sentence_around(text, number.start)
    return _AT_BEFORE.search(text, max(0, number.start - 5), number.start) is not None \
        or _SPEED_WORDS.search(text, start, end) is not None


def _counts_like_previous(text: str, previous: _Number, noun: Token | None, number: _Number) -> bool:
    """The number counts what the one before it counted, written once between them: "by 5,402 votes to 4,988",
    "won 21 seats against 13", "killed two people and injured 31"."""
    return noun is not None and bool(re.fullmatch(rf"\s+{re.escape(noun.text)}\s+(?:to|against|and\s+(?:injured|"
                                                  rf"wounded|hurt))\s+", text[previous.end:number.start]))


# "fell to 80.7 million tonnes from 85.8 million", "cut to 24 from 32", "to 146.5 million metric tons on Thursday, from
# 149.4 million": the level before, after "from", counts what the new level counts, its unit written once.
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_FROM_GAP = re.compile(r"(?:\s+[\w-]+){0,4},?\s+from\s+", re.IGNORECASE)
_EARLIER_LEVEL_BEFORE = re.compile(rf"\bto\s+(?:{_DIGITS_RE})(?:\s*{_SCALE_RE})?{_FROM_GAP.pattern}$", re.IGNORECASE)
_EARLIER_LEVEL = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?")


def _is_earlier_level(text: str, previous: _Number, number: _Number) -> bool:
    """The number is the level before a change to the previous one, written after it: "to 24 from 32"."""
    return _TO_BEFORE.search(text, max(0, previous.start - 4), previous.start) is not None \
        and _FROM_GAP.fullmatch(text, previous.end, number.start) is not None


# Another's count of the same thing in the same sentence: "3.5 million people marched, while police put the figure at
# 1.28 million".
_FIGURE_AT_BEFORE = re.compile(r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|its|their)\s+"
                               r"(?:figure|number|total|count|tally|turnout)\s+at\s+$", re.IGNORECASE)
_SENTENCE_END_BETWEEN = re.compile(r"[.!?;](?:\s|$)")


def _is_others_count(text: str, previous: _Number, number: _Number) -> bool:
    """The number is another's count of what the number before it in its sentence counts."""
    return _FIGURE_AT_BEFORE.search(text, max(0, number.start - 40), number.start) is not None \
        and _SENTENCE_END_BETWEEN.search(text, previous.end, number.start) is None


def is_earlier_level(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a bare number, no year, that a change came from, written after the new level: the "32" of
    "cut daily transits to 24 from 32", which the model dates."""
    return _EARLIER_LEVEL.fullmatch(text, start, end) is not None \
        and _EARLIER_LEVEL_BEFORE.search(text, max(0, start - 80), start) is not None


class _Spans:
    """Character ranges that do not overlap one another, asked whether a range overlaps any of them in log time
    (a text of 20,000 amounts asked each of its numbers about each amount: 45 s)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [start for start, _ in self.spans]

    def overlap(self, start: int, end: int) -> bool:
        # Of ranges that do not overlap, the last to start before `end` is the only one that can reach past `start`.
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.spans[i][1] > start

    def inside_after_start(self, start: int, end: int) -> bool:
        """The range lies within one of the ranges, not at its start."""
        i = bisect.bisect_left(self.starts, start) - 1
        return i >= 0 and self.spans[i][1] >= end


def _without_particle(doc: Doc, text: str, number: _Number) -> _Number:
    """The number without its one-word "hedge" where the word is a verb's particle: "handed over 40 documents", "took
    over 12 villages" and "revised December's figure up to 307,000" are exact; not "it took over 300 firefighters to
    ...", nor "could cut up to 500 jobs", where "up" is no particle. A vague quantity stays approximate for being
    vague ("hand over millions of gallons")."""
    if not number.hedged:
        return number
    # Before digits, or before the word of a vague quantity ("hand over millions of gallons").
    hedge = re.match(r"(\w+)(?:(?<=up)\s+to)?\s+(?=[-\d]|(?:dozens|tens|hundreds|thousands|millions|billions)\b)",
                     text[number.start:number.end], re.IGNORECASE)
    token = doc.char_span(number.start, number.start + len(hedge[1])) if hedge else None
    if token is None or len(token) != 1 or not (token[0].dep_ == "prt" or _over_after_its_object(doc, token[0])) \
            or any(child.lower_ == "it" and child.dep_ != "dobj" for child in token[0].head.children):
        return number
    if " to" in hedge[0] and not any(c.dep_ == "dobj" and c.i < token[0].i for c in token[0].head.children):
        return number  # "scaled up to 500 staff" is as many as 500; "revised the figure up to 307,000" is 307,000
    return replace(number, start=number.start + hedge.end(), hedged=False)


def _without_preposition(doc: Doc, text: str, number: _Number) -> _Number:
    """The number without its "under" or "about" where the word is the preposition of the words before it, no hedge:
    "served under three presidents", "a comedy about two men" count exactly; not "under 200 people attended", nor "a
    film about two hours long" (a time or a measure after it is hedged), nor "serving under 5,000 customers"."""
    hedge = re.match(r"(under|about)\s+", text[number.start:number.end], re.IGNORECASE) if number.hedged else None
    token = doc.char_span(number.start, number.start + len(hedge[1])) if hedge else None
    if hedge is None or token is None or len(token) != 1 or token.start == 0:
        return number
    noun = _counted_noun(doc, number)
    counted = noun.lemma_.lower() if noun is not None else None
    if counted is None or counted in _TIME_UNITS or counted in _MEASURE_UNITS:
        return number
    before = doc[token.start - 1]
    if hedge[1].lower() == "under":
        # Both: "served under 1,000 meals" and "drew under 20 leaders" are hedged.
        preposition = before.lower_ in UNDER_VERBS and counted in LEADER_NOUNS
    else:
        # Not a story's noun that a preposition opening the clause governs: "After the show about 2,000 fans waited".
        preposition = before.lemma_.lower() in STORY_NOUNS and before.dep_ != "pobj"
    return replace(number, start=number.start + hedge.end(), hedged=False) if preposition else number


def _over_after_its_object(doc: Doc, token: Token) -> bool:
    """"over" right after the pronoun its verb acts on, the verb's particle the model read as a preposition: "turned it
    over 19 times"."""
    before = doc[token.i - 1] if token.i > 0 else None
    return token.lower_ == "over" and before is not None and before.tag_ == "PRP" and before.dep_ == "dobj" \
        and before.head == token.head and token.head.pos_ == "VERB"


# A time measured to a fraction of a second as a race's clock shows it, minutes and seconds (and hours) apart:
# "a lap of 1:09.673", "won in 2:03:12.5", "fastest lap 1m 09.673s" (not a clock's "10:30", nor a ratio's "1:2.5").
_RACE_TIME = re.compile(r"(?<![\w.,:])(?:(?:(?P<hours>\d{1,2}):)?(?P<minutes>\d{1,2}):(?P<seconds>[0-5]\d\.\d{1,4})"
                        r"(?![\w:]|[.,]\d)|(?P<m>\d{1,2})\s?(?:m|min)\s?(?P<s>[0-5]?\d\.\d{1,4})\s?(?:s|sec)\b)")


# A clock's reading is a race time only near words of timing a race: not a ratio ("1:25.5"), odds, a video's time
# stamp ("a clip at 12:01.5") or a game clock ("with 2:45.3 left").
_RACE_WORDS = re.compile(r"\b(?:laps?|times?|timed|clock(?:ed|s)?|finish(?:ed|es|ing)?|records?|best|qualif\w*|races?|"
                         r"raced|marathon|won|wins?|sprint|stage|pole|fastest|quickest|slowest|personal)\b",
                         re.IGNORECASE)
_RACE_WORDS_CHARS = 50
# A race's clock in whole seconds, hours to seconds: "a world record time of 2:00:35". Near words of racing too, and
# not a clock's time of day ("the race began at 10:30:00 GMT"), a video's time stamp ("the clip's 1:02:33 mark") nor a
# ratio ("a record ratio of 1:10:20").
_WHOLE_RACE_TIME = re.compile(r"(?<![\w.,:])(?P<hours>\d{1,2}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)"
                              r"(?![\w:]|[.,]\d)")
# Words right before a race's clock that say it measures: "a record time of 2:00:35", "finished in 2:19:12", "clocked
# 0:59:40"; a clock that is read ("the dashcam read 14:22:31") or stamps ("timestamped 12:03:11") measures nothing.
_RACE_CLOCK_BEFORE = re.compile(r"\b(?:in|of|clocked|ran|run|timed|finished|won)\s+$", re.IGNORECASE)
_TIME_OF_DAY_BEFORE = re.compile(r"\b(?:at|from|until|till|since|before|after|by|around)\s+$", re.IGNORECASE)
_TIME_OF_DAY_AFTER = re.compile(r"\s*(?:[ap]\.?m\b|(?-i:GMT|UTC|BST|CET|[ECMP][SD]?T)\b|local\b|hrs\b|mark\b|into\b)",
                                re.IGNORECASE)
# Words near that read "h:mm:ss" as something other than a race's clock: a video's time stamp, a ratio.
_NOT_RACE_CLOCK_WORDS = re.compile(r"\b(?:video|clip|footage|stream\w*|YouTube|podcast|episode|broadcast|film|ratios?|"
                                   r"odds|proportions?)\b", re.IGNORECASE)


def _near_race_words(text: str, start: int) -> bool:
    return _RACE_WORDS.search(text, max(0, start - _RACE_WORDS_CHARS), start) is not None


def _is_whole_race_time(text: str, match: re.Match[str]) -> bool:
    """An "h:mm:ss" near words of racing that reads as no time of day or time stamp (see `_WHOLE_RACE_TIME`)."""
    start, end = match.span()
    return _near_race_words(text, start) and _RACE_CLOCK_BEFORE.search(text, max(0, start - 12), start) is not None \
        and _TIME_OF_DAY_BEFORE.search(text, max(0, start - 8), start) is None \
        and _TIME_OF_DAY_AFTER.match(text, end) is None \
        and _NOT_RACE_CLOCK_WORDS.search(text, max(0, start - _RACE_WORDS_CHARS), end + _RACE_WORDS_CHARS) is None


def _race_times(text: str) -> list[_Number]:
    """Race times in the text, in seconds: "1:09.673" is 69.673 "second" (see `_is_measured_time`), "2:00:35" 7235."""
    fractions = (match for match in _RACE_TIME.finditer(text)
                 if match["minutes"] is None or _near_race_words(text, match.start()))
    whole = (match for match in _WHOLE_RACE_TIME.finditer(text) if _is_whole_race_time(text, match))
    times = []
    for match in heapq.merge(fractions, whole, key=lambda match: match.start()):
        groups = match.groupdict()
        hours, minutes = int(groups["hours"] or 0), int(groups["minutes"] or groups.get("m"))
        seconds = 3600 * hours + 60 * minutes + float(groups["seconds"] or groups.get("s"))
        times.append(_Number(match.start(), match.end(), seconds, None, None, False, False, None, match.group(),
                             unit="second"))
    return times


def _numbers(text: str) -> Iterator[_Number]:
    """Figure-shaped matches and race times in text order."""
    times = _race_times(text)
    timed = _Spans((time.start, time.end) for time in times)
    others = (number for number in _figure_numbers(text) if not timed.overlap(number.start, number.end))
    yield from heapq.merge(times, others, key=lambda number: number.start)


def _figure_numbers(text: str) -> Iterator[_Number]:
    """Figure-shaped matches in the text, spelled-out runs validated."""
    for match in _FIGURE_RE.finditer(text):
        groups = match.groupdict()
        start, end = _trim(text, match.start(), match.end())
        hedged = bool(groups["hedge"])
        if groups["vague"]:
            base = _VAGUE_BASES[groups["vague"].lower()]
            low = base * _VAGUE_PREFIXES.get((groups["vpre"] or "").split(" ")[0].lower(), 1.0)
            high = 100.0 if base == 24.0 else low * 10
            yield _Number(start, end, None, low, high, True, True, None, "")
            continue
        change = groups["n2"] is not None and _is_change(text, match, "sep")  # "fell from 5 to 4 percent" too
        low, high = _bounds(groups["n1"], groups["n1_scale"], groups["n2"], groups["n2_scale"], bool(groups["sign"]),
                            ordered=not change)
        if low is None and groups["pct1"]:
            yield from _two_shares(match, start, end)  # "by 44% to 37%", "52%-45%": a poll's shares, no range
            continue
        second = _second_alone(match, end) if _year_then_level(text, match) else None
        if (low is None and _no_range_after_all(match, "n2", "sep")) or second is not None:
            low, high = _bounds(groups["n1"], groups["n1_scale"], None, None, bool(groups["sign"]))
            end = _end_of(match, "n1")
            groups = {**groups, "n2": None, "sep": None, "pct": None, "glued": None}
        if low is None:
            continue
        if groups["between"] and groups["n2"] is None and not hedged:
            start = match.end("between")  # "torn between two women": the preposition of no range
        if (race := _race_distance(text, match, start, hedged)) is not None:
            yield race
            continue
        if groups["glued"] == "GB" and not _about_data(text, match):
            continue  # Sydney's radio station "2GB"
        glued = _GLUED_UNITS.get(groups["glued"] or "")
        if change and high is not None:
            # "from 40 to 50 countries": two figures; the first ends before the separator (after its own "%").
            first_end = match.end("pct1") if groups["pct1"] else match.end("glued1") if groups["glued1"] \
                else _end_of(match, "n1")
            percent = _percent_unit(groups["pct"])
            yield _Number(start, first_end, low, None, None, False, False, percent, groups["n1"],
                          counts_like_next=not glued, unit=glued)
            yield _Number(match.start("n2"), end, high, None, None, False, False, percent, groups["n2"], unit=glued)
            continue
        digits = groups["n1"] + (groups["n1_scale"] or "") + (groups["sep"] or "") + (groups["n2"] or "")
        percent = _percent_unit(groups["pct"])
        metric = groups["n2"] is None and (groups["n1_scale"] or "").lower() == "m"
        yield _Number(start, end, low, low if high is not None else None, high, hedged, False,
                      percent, digits, metric and not glued, unit=glued)
        if second is not None:
            yield second


def _about_data(text: str, match: re.Match[str]) -> bool:
    """A word of computing right after the glued "GB": "256GB of storage", "12GB RAM"."""
    return _DATA_WORD_AFTER.match(text, match.end("glued")) is not None


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


# A year as written: 1000-2199.
_YEAR = r"1\d{3}|2[01]\d{2}"
# Words before a year that "to" follows as the level reached in it: "rose in 2023 to 95 million", "its target for
# 2026 to 210 million", "cut by 2030 to 32 percent below" (not "from 1500 to 2 million", a range).
_YEAR_BEFORE_LEVEL = frozenset({"in", "for", "by", "since", "until", "till", "before", "after", "during"})


def _year_then_level(text: str, match: re.Match[str]) -> bool:
    """"YEAR to N" where N carries its own scale or percent or is below the year: the year dates the move to the
    level N ("in 2024 to 1.2 million cars", "for 2025 to 1.5%", "in 2023 to 510 gigawatts"), no range from the
    year; both numbers stand alone."""
    if match["n2"] is None or (match["sep"] or "").strip().lower() != "to" or match["n1_scale"] or match["sign"] \
            or re.fullmatch(_YEAR, match["n1"]) is None \
            or _word_before(text, match.start("n1")) not in _YEAR_BEFORE_LEVEL:
        return False
    level = _number_value(match["n2"], match["n2_scale"])
    return bool(match["n2_scale"] or match["pct"]) or (level is not None and level < int(match["n1"]))


# The furlongs of a race's distance after its miles, as racing writes it: "over 1m 2f", "the 2m 4f hurdle".
_FURLONGS_AFTER = re.compile(r"\s+([1-7])f\b")
FURLONGS_PER_MILE = 8


def _race_distance(text: str, match: re.Match[str], start: int, hedged: bool) -> _Number | None:
    """A distance in miles and furlongs ("1m 2f"), in furlongs: the "m" before furlongs is miles, no million."""
    if match["n1_scale"] != "m" or match["n2"] is not None or match["glued"] or match["pct"] \
            or not match["n1"].isdigit():
        return None
    furlongs = _FURLONGS_AFTER.match(text, match.end("n1_scale"))
    if furlongs is None:
        return None
    value = FURLONGS_PER_MILE * int(match["n1"]) + int(furlongs[1])
    return _Number(start, furlongs.end(), value, None, None, hedged, False, None, match["n1"], unit="furlong")


def _second_alone(match: re.Match[str], end: int) -> _Number | None:
    """The upper number of a match that is no range, as a number of its own with what is written after it."""
    value, _ = _bounds(match["n2"], match["n2_scale"], None, None)
    if value is None:
        return None  # "$3m to a charity"
    glued = _GLUED_UNITS.get(match["glued"] or "")
    metric = (match["n2_scale"] or "").lower() == "m" and not glued
    return _Number(match.start("n2"), end, value, None, None, False, False, _percent_unit(match["pct"]), match["n2"],
                   metric, unit=glued)


def _two_shares(match: re.Match[str], start: int, end: int) -> Iterator[_Number]:
    """Both ends of a percent "range" whose second end is the smaller, each a figure of its own."""
    first, _ = _bounds(match["n1"], match["n1_scale"], None, None, bool(match["sign"]))
    second, _ = _bounds(match["n2"], match["n2_scale"], None, None)
    if first is None or second is None:
        return
    percent = _percent_unit(match["pct"])
    yield _Number(start, match.end("pct1"), first, None, None, False, False, percent, match["n1"])
    yield _Number(match.start("n2"), end, second, None, None, False, False, percent, match["n2"])


def _percent_unit(sign: str | None) -> str | None:
    """The unit a percent sign or word gives: "percent", "percentage point", or None."""
    if not sign:
        return None
    return "percentage point" if "point" in sign.lower() else "percent"


# Coins counted in the singular ("401,000 ether", "6,100 bitcoin"), "ether" an adverb to the tagger (as "either").
_COINS = frozenset({"ether", "bitcoin"})
# Rates written in capitals after their value, which the model takes for singular nouns the number gives a value to:
# a pitcher's earned run average ("a 3.25 ERA") and walks and hits an inning ("a 1.02 WHIP"), a student's grade
# average ("a 3.9 GPA").
_RATES_IN_CAPITALS = frozenset({"ERA", "WHIP", "GPA"})
# Abbreviations of a unit, by the lemma the model gives them.
_UNIT_SPELLINGS = {"bp": "basis point", "bps": "basis point", "bip": "basis point", "bips": "basis point",
                   "kph": "km/h", "kmh": "km/h", "btc": "bitcoin", "mcg": "µg", "eth": "ether",
                   "gigawatt": "gw", "megawatt": "mw", "kilowatt": "kw", "centigrade": "celsius", "kn": "knot"}


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _hyphenated_point_after(noun: Token) -> bool:
    """"-point" is glued to the noun: "basis-point"."""
    doc, i = noun.doc, noun.i
    return i + 2 < len(doc) and doc[i + 1].text == "-" and not noun.whitespace_ and not doc[i + 1].whitespace_ \
        and doc[i + 2].lower_ in ("point", "points")


def _unit_of(noun: Token | None) -> str | None:
    """The counted noun's lemma, one name per unit: "25 basis points" and "8 bp" are both in "basis point"."""
    if noun is None:
        return None
    if _is_electronvolt(noun):
        return noun.text.rstrip(".")  # as written, as `_GLUED_UNITS` has them: "MeV" is no "mev"
    if noun.text in _RATES_IN_CAPITALS:
        return noun.text  # "a 3.25 ERA" is the rate, not an era the number gives a value
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


def _counted_unit(number: _Number, noun: Token | None) -> str | None:
    """The unit of the noun the number counts; None where the number gives the noun a value instead."""
    unit = _unit_of(noun)
    return None if noun is not None and unit == noun.lower_ and _valued_noun(number, noun) else unit


def _valued_noun(number: _Number, noun: Token) -> bool:
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
    return not (unit in _MEASURE_UNITS or unit in _TIME_UNITS or unit in CURRENCY_LEMMAS or unit in _SAME_IN_PLURAL
                or unit in _MEASURES or unit in TEMPERATURE_SCALES)


def _glued_hyphen_before(token: Token) -> bool:
    """A word and a hyphen glued before `token` ("line-" of "line-outs"; not "two-" of "two-thirds")."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_ \
        and not doc[token.i - 2].whitespace_ and doc[token.i - 2].is_alpha and not doc[token.i - 2].like_num


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


def _counted_noun(doc: Doc, number: _Number) -> Token | None:
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


# Units of measure written as abbreviations the model takes for names or nouns of their own, and the coin counted by
# its ticker ("214,246 BTC"). The scales of temperature written without "degrees" ("(40.5 Celsius)", a name to the
# model) are units too, before no noun (`TEMPERATURE_SCALES`).
_MEASURES = frozenset({"teu", "teus", "mw", "gw", "kw", "twh", "gwh", "mwh", "kwh", "bpd", "dwt", "ppm", "ppb", "kph",
                       "mph", "kmh", "btc"})
# Short units, as written (the lower-case ones of `_GLUED_UNITS`), right after the number, which the model may take for
# names: "Currumbin 288 mm" (not "2,500 MG cars"; "54.2 million 60 kg bags" counts bags).
_SHORT_UNITS = frozenset(unit for unit in _GLUED_UNITS if unit.isalpha() and unit.islower())


# Units whose words a figure's text takes in, as it takes in the ones written against the number ("6.25m", "120mph")
# and "per cent": measures of length, weight, volume, speed, temperature, energy and power, and the units a score is
# kept in (points, runs, wickets, strokes). Not what a number counts one by one ("219 people", "36 goals", "two
# touchdowns"), nor durations, which are no figures.
_WRITTEN_UNITS = frozenset({*_MEASURE_UNITS, *_MEASURES, *_SPEEDS.values(), *_SPEEDS_PER_SECOND.values(), "lb",
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
    return word in _SHORT_UNITS or word in _MEASURES or (word in _UNIT_SPELLINGS and len(word) <= 4)


# Units of `_WRITTEN_UNITS` that are things counted one by one as well, a story's topic as often as a reading's unit.
_COUNTED_TOPICS = frozenset({"point", "run", "wicket", "stroke", "calorie", "kilocalorie"})


# Currencies and scales that are words of their own elsewhere, a unit after a number only: "42,500 won", "R$3.5 bln".
_UNIT_ONLY_WORDS = frozenset({"won", "bln", "mln", "bn", "mn", "trn", "tn"})
# What may stand between a number and its unit: modifiers of the unit ("2,005 rushing yards", "10 nautical miles",
# "640,000 sq km"), no other number, clause or line ("120 to 8,512 points": the points are the 8,512's words).
_UNIT_GAP = re.compile(r"[ \t]*(?:-[ \t]*)?(?:(?:sq\.|[A-Za-z][\w'’]*)[ \t]*-?[ \t]*){0,3}")
# A golfer's score against par: "17 under par", "two-over-par".
_TO_PAR_AFTER = re.compile(r"[\s-]+(under|over)[\s-]+par\b", re.IGNORECASE)


# A golfer's score against par without the word "par", ending its clause or before what golf writes after it: "finished
# at 11 under", "at 11 under after a 66", "is 5 over through 12 holes" (not "£28,000 over two years", "5 and under").
_GOLF_SCORE_AFTER = re.compile(r"[\s-]+(?:under|over)(?:\s*(?:[,.;:)!?]|$)|\s+(?:after|through|thru|for\s+the\s+"
                               r"(?:tournament|week|championship|round)|heading\s+into|going\s+into|entering|with\s+"
                               r"(?:\w+\s+)?holes?)\b)", re.IGNORECASE)


def _to_par(text: str, number: _Number) -> str | None:
    """"under par" or "over par" for a golfer's score written against par: "finished on 17 under par"."""
    match = _TO_PAR_AFTER.match(text, number.end)
    return f"{match[1].lower()} par" if match else None


def _is_written_unit(unit: str | None) -> bool:
    """A unit of measure or of a score, which the figure's text names (see `_WRITTEN_UNITS`)."""
    return unit is not None and (unit in _WRITTEN_UNITS or unit.startswith(("square ", "cubic "))
                                 or unit.endswith(("/h", "/s", "/kg")))


def _with_unit_words(text: str, number: _Number, unit: str | None, noun: Token | None) -> _Number:
    """The figure with the words of its unit written after it, so its text says what it measures: "22.9 seconds",
    "2,005 rushing yards", "up to 10 feet", "49 miles an hour", "17 under par" (not "219 people": a count)."""
    if number.percent or number.unit:
        return number  # "12%", "per cent", "149km/h", "the 100m sprint": the text has its unit already
    if unit in ("under par", "over par") and (par := _TO_PAR_AFTER.match(text, number.end)) is not None:
        return replace(number, end=par.end())
    if noun is None or not _is_written_unit(unit) or noun.idx < number.end \
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


def _about_heights(doc: Doc, number: _Number) -> bool:
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    return span is not None and any(t.lemma_.lower() in _HEIGHT_WORDS or t.lower_ in _HEIGHT_WORDS
                                    for t in span.sent)


def _as_metres(number: _Number) -> _Number:
    """A "100m" figure read as metres rather than millions, its unit written against it."""
    value = (number.value or 0) / 1e6
    return _Number(number.start, number.end, value, None, None, number.hedged, False, None, number.digits,
                   unit="metre")


def _noun_phrase_head(doc: Doc, i: int) -> Token | None:
    """Last noun of the modifier-and-noun run starting at token i, on the same line."""
    noun: Token | None = None
    for token in doc[i:i + 8]:
        if token.is_space or "\n" in token.text or token.is_sent_start:
            break  # a noun of the next line or sentence is counted by nothing here ("it reached 5.4m. Flood barriers")
        if token.lower_ in ("point", "points") and token.i > i and doc[token.i - 1].lower_ == "basis":
            return token  # the unit, not a noun after it: "280 basis points year over year", "a 25 basis point cut"
        if token.i == i and _is_field_strength(token):
            return token  # "a 1.5 Tesla MRI scanner" measures the magnet's field, and counts no scanners
        squared = token.i == i + 1 and doc[i].lower_ in ("sq", "sq.")  # "850 sq ft"
        if noun is None and (token.lower_ in _MEASURES or ((token.i == i or squared) and token.text in _SHORT_UNITS)
                             or (token.i == i and (_is_data_unit(token) or _is_electronvolt(token)
                                                   or _is_rate_in_capitals(token) or _is_coin_counted(token)))
                             or (_unit_before_no_noun(token) and not _before_a_noun(token))):
            return token  # "a 20,000 TEU container ship" counts TEU, not ships; "120,000 ETH" (not "300 ETH students",
            # nor "300 Celsius creditors", the crypto lender's)
        if noun is None and token.pos_ == "NOUN" and token.lemma_.lower() in _MEASURE_UNITS \
                and not any(t.like_num and "/" not in t.text for t in doc[i:token.i]):
            return token  # "waves of up to 3 metres forecast" measure metres (but "3.1 million 60-kg bags" count bags)
        if (token.pos_ == "NOUN" or token.tag_ == "NNPS" or token.lower_ in _UNIT_SPELLINGS
                or (noun is None and _plural_noun_tagged_verb(token))) and token.is_alpha \
                and not _is_code(token):  # a code in capitals counts nothing: "100 RTX 5090 units"
            noun = token  # "40 countries", "29 New Yorkers", "2.4 million PlayStation 5 consoles"
        elif noun is not None and token.pos_ in ("ADJ", "NOUN") and _is_glued_part(noun):
            continue  # "46 full-time equivalent posts": "time" was part of a compound; the noun counted comes on
        elif noun is not None and _is_glued_part(token) and token.tag_ in ("VBN", "VBG", "JJ") \
                and token.lower_ not in _DIMENSION_WORDS \
                and not (token.lower_ in _RECORD_WORDS and noun.lemma_.lower() in _GAME_NOUNS) \
                and noun.lemma_.lower() not in _TIME_UNITS and noun.lemma_.lower() not in _MEASURE_UNITS:
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
        elif noun is None and (token.pos_ in ("ADJ", "PROPN", "NUM") or token.tag_ in ("VBG", "VBN")
                               or _is_code(token) or token.text in ("-", "–") or token.lower_ in ("sq", "sq.")
                               or (token.pos_ in ("ADP", "ADV", "PART") and _is_glued_part(token))):
            continue  # "300 armed police", "four Iris-T air defence systems", "15 Leopard 1 tanks", "12 sold-out gigs"
        else:
            break
    return noun


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


def _is_rate_in_capitals(token: Token) -> bool:
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


def _is_code(token: Token) -> bool:
    """A word in capitals, a code rather than a noun: "RTX", "FTSE", "ICBM"."""
    return token.is_upper and token.is_alpha and len(token) >= 2


# A noun glued to its number with a hyphen that names one thing ("a 3-pointer", "an 18-wheeler", "a four-poster bed"),
# unlike "a 2,507-member assembly", which counts members.
_AGENT_NOUN = re.compile(r"-(?:point|wheel|seat|foot|post|hom|pound|deck|hand|tim|lin|hitt)ers?")


# Digits joined by a hyphen to a capitalised number word: a name ("7-Eleven"), as no range is written so.
_HYPHENATED_NAME = re.compile(r"\d+-[A-Z][a-z]+")


def _is_figure(doc: Doc, text: str, number: _Number, unit: str | None, noun: Token | None,
               blocked: _Spans, names: _Spans) -> bool:
    """False for dates, years, times, durations, ages, scores, names and money counted in words."""
    if (unit in _TIME_UNITS and not _is_measured_time(number, unit)) or unit in CURRENCY_LEMMAS:
        return False
    if number.vague or number.percent:
        return True
    if _in_address_or_clock(text, number) or _in_ratio(text, number) or _is_tie_break(text, number) \
            or _TEU_NAME.match(text, number.start) or _in_golf_round(text, number):
        return False  # the "twenty" of "twenty-foot equivalent units" names the unit, no count of feet
    if not number.hedged and (_AIRCRAFT_MODEL.match(text, number.start)
                              or _BOEING_AFTER_COUNT.match(text, number.start)):
        return False  # "its 737 Max jets" counts no 737 jets; nor "50 787 jets" 787 of them
    if _AREA_CODE_AFTER.match(text, number.end) or _P_VALUE_BEFORE.search(text, max(0, number.start - 4),
                                                                          number.start):
        return False  # "the 416 area code" names a code; a trial's "(p<0.001)" is its significance, no measure
    if unit is None and _PER_CURRENCY_AFTER.match(text, number.end):
        return False  # an exchange rate, as the wire's exchange-rate notes are none: "closed at 83.53 per dollar"
    before = _word_before(text, number.start)
    after = _word_after(text, number.end)
    # A hedge stands between a naming word and the number: "its 19th day above 110F" names no day 110 (an age's word
    # and its hedge still give an age: "aged about 40").
    if (before in _NAMING_WORDS and (not number.hedged or before in _AGE_WORDS)) or _after_month(text, number) \
            or after in MONTHS or after in _TIME_UNITS:
        return False
    if (unit is None or unit not in _MEASURES) and text[number.start:number.start + 1].isdigit() \
            and _RANKING_CUT_BEFORE.search(text, max(0, number.start - 12), number.start):
        # A ranking's cut: "the top 100 universities" (not a measure, "a top 135 mph", nor a count in words, "their top
        # two running backs").
        return False
    if unit is None and _GOLF_SCORE_AFTER.match(text, number.end):
        return False  # a golfer's score against par with "par" unwritten: "finished at 11 under"
    if unit is None and _is_vote_tally(text, number):
        return False  # "a vote of 52 to 48", "voted 7 to 2": a tally, no figure, as "won 2-1" is none
    if unit is None and not number.hedged and _is_persons_age(doc, text, number):
        return False  # "died at 91", "He was 100.", "turned 90"
    if _HYPHENATED_NAME.fullmatch(number.digits):
        return False  # "the 7-Eleven chain": a brand, no range of seven to eleven
    if _looks_like_year(number, noun) or _looks_like_score(number, unit) or _looks_like_code(number) \
            or _is_display_resolution(text, number) or _DOCKET_AFTER.match(text, number.end):
        return False
    if before in _YEAR_PREPOSITIONS and blocked.overlap(number.start, number.end) \
            and _looks_like_year(number, None) and unit not in _COUNTED_AFTER_YEARS:
        return False  # a year the model dates, after a preposition: "in 2022 floods", "compared with 2021 levels"
    if unit not in _MEASURE_UNITS and _NAMED_BY_NUMBER.search(text, max(0, number.start - 12), number.start):
        return False
    if not number.hedged and (_after_name(doc, number, unit) or _in_compound_name(doc, number, unit, noun)):
        return False
    if not number.hedged and not _is_written_unit(unit) and _in_repeated_name(text, number):
        return False  # "Forever 21 said ..." where the text writes "at Forever 21 stores" too (not "the Lakers 110
        # points", a score's points)
    if not number.digits[:1].isdigit() and (number.value or 0) < 2:
        return False  # spelled-out "one" is a pronoun far more often than a count ("one of the goals")
    if unit in _FRACTIONS and noun is not None and _is_fraction(doc, number, noun):
        return False  # "two-thirds", "three quarters of": a share, not two of something ("two quarters in a row")
    if number.digits[:1].isupper() and not _starts_sentence_at(text, number.start):
        return False  # a number word capitalised inside a sentence is part of a name: "the Three Crowns pub"
    if number.digits[:1].isalpha() and _opens_a_persons_name(doc, text, number):
        return False  # "Ten Hag won the FA Cup": Erik ten Hag, no ten of anything
    if noun is not None and unit not in _MEASURE_UNITS and not number.digits[:1].isdigit() \
            and _spelled_compound_modifier(doc, number, noun):
        return False  # "the two-party system", "a two-state solution": a kind of system, no count of parties (a
        # measure stays one: "a two-yard run", as "a 10-yard pass")
    if noun is not None and _AGENT_NOUN.fullmatch(text, number.end, noun.idx + len(noun.text)):
        return False  # "a 3-pointer", "an 18-wheeler", "a two-seater": one thing, named by the number
    if unit is None and not number.hedged:
        # A bare number inside a spaCy DATE/TIME/ORDINAL or a name, right after a name ("iPhone 6", "Glen, 35,"),
        # or a lone spelled-out small number ("one of them") is not a figure anyone compares.
        if blocked.overlap(number.start, number.end):
            return False
        if names.inside_after_start(number.start, number.end):
            return False  # a number inside the model's name of a work, "Inside Out 2", or a road, "the 605 Freeway"
        if _line_words(text, number.start) < 6:
            return False  # page furniture such as "1 week ago 19" (a comment count)
        if not number.digits[:1].isdigit() and (number.value or 0) < 10:
            return False
    return True


_AREA_CODE_AFTER = re.compile(r"\s+(?:area|dialling|dialing)\s+codes?\b", re.IGNORECASE)
# A p-value's sign before its number, as trials write it: "(p=0.02)", "P < 0.001" (the key phrases skip them too).
_P_VALUE_BEFORE = re.compile(r"(?<![\w.])[pP]\s*[<=>≤≥]\s*$")
# A currency's price in another, written after the number: "83.53 per dollar", "15,560 to the U.S. dollar".
_PER_CURRENCY_AFTER = re.compile(r"\s+(?:per|to\s+the|against\s+the)\s+(?:(?:U\.?S\.?|American|single)\s+)?"
                                 r"(?:dollar|euro|greenback|pound|yen|yuan|franc)\b(?!\s+(?:bond|note|coin|bill)s?)",
                                 re.IGNORECASE)
# What a number the model dates may still count after a preposition: "climbed to 1950 points", "for 2000 people".
_COUNTED_AFTER_YEARS = frozenset({"point", "people", "person", "vote", *_MEASURE_UNITS})
# Nouns counted in the singular form, which the tagger may call singular: "1500 staff" is no year.
_SAME_IN_PLURAL = frozenset({"staff", "personnel", "police", "cattle", "livestock", "sheep", "aircraft", "fish",
                             "deer", "crew", "head", *_COINS})
# Prepositions before a year that modifies a plural noun, "since 2020 elections" (not "about 2000 people").
_YEAR_PREPOSITIONS = frozenset({"in", "since", "by", "from", "until", "till", "before", "after", "with", "than",
                                "during", "to"})
# Nouns that make a spelled-out number a fraction: "two-thirds of voters".
_FRACTIONS = frozenset({"half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def _is_fraction(doc: Doc, number: _Number, noun: Token) -> bool:
    """The number and its noun name a share: written with a hyphen ("two-thirds") or followed by "of"."""
    hyphenated = noun.i > 0 and doc[noun.i - 1].text in ("-", "–") and not doc[noun.i - 1].whitespace_
    return hyphenated or (noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of")


def _starts_sentence_at(text: str, position: int) -> bool:
    """True where English capitalises any word: after a sentence's end, a line break, a colon, a quote mark or the
    dash after a dateline ("PARIS (Reuters) - Three soldiers")."""
    before = text[max(0, position - 3):position].rstrip(" ")
    return not before or before[-1] in ".!?:\n\"“‘'(-–—" or not before.strip()


# A ratio, "one in eight patients", "nine out of 10 people", "1 in 1,000 cases": neither number counts anything (a
# year on either side of "in" is no ratio: "killed 5 in 2020", "between 2025 and 2030 in 150 streets").
_NO_YEAR = r"(?!(?:1[89]|20)\d\d\b)"
_RATIO_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:hundred|thousand|million))"
_RATIO_BEFORE = re.compile(rf"\b{_NO_YEAR}{_RATIO_NUMBER}\s+(?:in|out\s+of)\s+$", re.IGNORECASE)
_RATIO_AFTER = re.compile(rf"^\s+(?:in|out\s+of)\s+{_NO_YEAR}{_RATIO_NUMBER}\b", re.IGNORECASE)


def _in_ratio(text: str, number: _Number) -> bool:
    """"one in 10", "3 out of 4"; not a measure written against its unit: "300mm in 24 hours"."""
    return not number.unit and bool(_RATIO_BEFORE.search(text, max(0, number.start - 20), number.start)
                                    or _RATIO_AFTER.match(text[number.end:number.end + 30]))


def _after_month(text: str, number: _Number) -> bool:
    """A day after its month ("February 25", "Feb. 25"): the two joined by spaces alone, not across a comma or a
    hedge ("in February, 25 people died", "in February, about 1 million square kilometres")."""
    month = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, number.start - 12):number.start])
    return not number.hedged and month is not None and month[1].lower() in MONTHS


def _word_before(text: str, start: int) -> str:
    match = re.search(r"([#\w.']+)[\s,]*$", text[max(0, start - 30):start])
    return match.group(1).lower().rstrip(",") if match else ""


def _word_after(text: str, end: int) -> str:
    match = re.match(r"[\s-]*([\w.']+)", text[end:end + 30])
    return match.group(1).lower().rstrip(".") if match else ""


# A street after a house number: "10 Downing Street", "1600 Pennsylvania Avenue".
_STREET_RE = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Blvd|Drive|Place|Square|Terrace)\b"
)
# A street whose ending names other things as well ("Busch Gardens", "United Way", "the Milky Way", "Royal
# Crescent"): an address only where no word in lower case but a small one follows ("at 14 Kensington Gardens in
# London", "22 Abbey Mews on Monday", "4 Yawkey Way."), not "200 Busch Gardens employees".
_SHARED_STREET_NAME = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Gardens|Crescent|Mews|Way)\b(?!['’]s\b)")
_SHARED_STREET_RE = re.compile(
    rf"{_SHARED_STREET_NAME.pattern}"
    r"(?!\s+(?!(?:in|on|at|near|off|of|and|or|but|to|from|by|for|with|where|which|who|when|while|that|was|were|is|"
    r"are|has|had|have|will|would|said|says|after|before|since|until|last|this)\b)[a-z])"
)
# What makes a number before such a name a count, no house's: "some 200", "about 300", "more than 2 million".
_COUNT_WORD_BEFORE = re.compile(r"\b(?:some|about|around|roughly|nearly|almost|over|more\s+than|fewer\s+than|"
                                r"less\s+than|at\s+least|up\s+to|approximately|an\s+estimated)\s+$", re.IGNORECASE)
# A house's place, whatever follows its street: "lives at", "outside", "near".
_PLACE_BEFORE = re.compile(r"\b(?:at|outside|near)\s+$", re.IGNORECASE)
_SCALE_IN_NUMBER = re.compile(r"\b(?:hundred|thousand|million|billion)\b", re.IGNORECASE)


def _before_street(text: str, number: _Number) -> bool:
    """A street's name follows the number, as a house's number has it: "10 Downing Street", "14 Kensington Gardens
    in London", "The flat at 7 Lansdowne Crescent sold" (not a count, "Some 200 Busch Gardens employees", "2 million
    Kew Gardens visitors")."""
    if _STREET_RE.match(text, number.end, number.end + 60) is not None:
        return True
    if number.hedged or _SCALE_IN_NUMBER.search(text, number.start, number.end) \
            or _COUNT_WORD_BEFORE.search(text, max(0, number.start - 20), number.start) is not None:
        return False
    if _PLACE_BEFORE.search(text, max(0, number.start - 10), number.start) is not None:
        return _SHARED_STREET_NAME.match(text, number.end, number.end + 60) is not None
    return _SHARED_STREET_RE.match(text, number.end, number.end + 80) is not None


# A telephone number: "0800 555 111", "020 7946 0000", "205-254-7777", "(314) 622-4800", and a number one calls
# "on": "call police on 101", or straight after the verb's plain form: "asked to call 101".
_PHONE_RE = re.compile(r"(?<![\d,.])(?:0\d{2,4}(?:[ -]\d{3,8}){1,3}|(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4})"
                       r"(?!\d|[,.]\d)")
_CALL_BEFORE = re.compile(r"\b(?:(?:call|ring|dial|phone|contact)\w*\s+(?:[\w'’]+\s+){0,3}on|call|ring|dial)\s+$",
                          re.IGNORECASE)
# The numbers one calls "on" that are no telephone numbers' shape: emergency and helpline numbers ("called on 194
# member states" counts).
_SHORT_CALL_NUMBERS = frozenset({"101", "111", "999", "911", "112", "000", "988", "116", "119"})


# A police blotter's address, the block of a street: "the 400 block of Elm Street", "the 100 block of Main St." (a
# street's name: capitalised words, which no lower-case noun follows: not "block of Apple stock", "of Council flats").
# The name's words run on one line to a full stop at most ("of Oregon 214.\nThe victims", "of Main St. on foot").
_BLOCK_OF_STREET_AFTER = re.compile(r"\s+block\s+of\s+(?:the\s+)?(?-i:[A-Z0-9][\w'’-]*(?: +[A-Z0-9][\w'’-]*)*)\.?"
                                    r"(?: +(?P<next>[a-z]+)\b)?", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# Words in lower case that may follow a street's name, no noun the name qualifies: "of Elm Street on Tuesday".
_SMALL_WORDS_AFTER_A_STREET = frozenset({"on", "in", "at", "near", "and", "or", "but", "when", "where", "after",
                                         "before", "about", "around", "shortly", "just", "was", "were", "is", "had",
                                         "late", "early", "for", "from", "to", "with", "by", "that", "which"})


def _is_block_of_a_street(text: str, number: _Number) -> bool:
    """The number is a police blotter's address: a whole number after "the" before "block of" a street's name (see
    `_BLOCK_OF_STREET_AFTER`; not "A 2 million block of Apple stock", "a 300 block of Tesla shares")."""
    if not text[number.start:number.end].isdigit() \
            or _THE_BEFORE.search(text, max(0, number.start - 8), number.start) is None:
        return False
    match = _BLOCK_OF_STREET_AFTER.match(text, number.end)
    return match is not None and (match.group("next") is None
                                  or match.group("next").lower() in _SMALL_WORDS_AFTER_A_STREET)


def _in_address_or_clock(text: str, number: _Number) -> bool:
    """Numbers in web and street addresses, telephone numbers, ids and clock times ("/ 2013 / 08", "id=2115562",
    "3: 30", "3 p.m.", "10 Downing Street", "on 0800 555 111")."""
    before = text[max(0, number.start - 3):number.start].rstrip()
    after = text[number.end:number.end + 8].lstrip()
    return (
        before.endswith(("/", "=", "_", ":"))
        or after.startswith(("/", "=", "_"))
        or re.match(r"[ap]\.?\s?m\b", after, re.IGNORECASE) is not None  # "3 p. m.", "7 a.m."
        or _before_street(text, number)
        or _is_block_of_a_street(text, number)
        or (number.digits in _SHORT_CALL_NUMBERS
            and _CALL_BEFORE.search(text, max(0, number.start - 60), number.start) is not None)
        or any(phone.start() <= number.start < phone.end()
               for phone in _PHONE_RE.finditer(text, max(0, number.start - 15), number.end + 15))
    )


# A golfer's round or total written after its score against par: "a 5-under 67", "finished at 8-under 280", "a
# two-over-par 74" (a round of 59 to 89 strokes, a four-round total of 250 to 299). Neither number counts anything,
# and "under 67" is no bound.
_GOLF_ROUND = re.compile(rf"\b(?:\d{{1,2}}|{'|'.join(_UNIT_WORDS)})(?P<score>[\s-](?:under|over)(?:[\s-]par)?)\s+"
                         r"(?:59|[6-8]\d|2[5-9]\d)\b(?![.,]\d|\s*%|\s*(?:per\s*cent|degrees|years|miles|pounds|kg|km|mph)\b)",
                         re.IGNORECASE)
# A score written as golf writes it, hyphenated or against par: "5-under", "two-over-par", "3 under par" (not the
# age band or the speed of "12 over 80", "15 over 60").
_GOLF_SCORE_SHAPE = re.compile(r"-(?:under|over)(?:-par)?|[\s-](?:under|over)[\s-]par", re.IGNORECASE)
# Golf's words, which make a round of any shape a golfer's in their sentence: "carded a round of 4 under 68".
_GOLF_WORDS = re.compile(r"\b(?:(?i:par|rounds?|birdies?|bogeys?|eagles?|shots?|carded|card|holes?|tee|golf\w*)"
                         r"|Open|Masters|PGA|LIV)\b")
# A word in lower case after the round: a noun it counts ("2-under 65 games played"), unless a small word.
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def is_golf_round(text: str) -> bool:
    """The text is a golfer's score against par and the round's strokes: "7-under 65" (no date, no count)."""
    match = _GOLF_ROUND.fullmatch(text)
    return match is not None and _GOLF_SCORE_SHAPE.fullmatch(match.group("score")) is not None


def _in_golf_round(text: str, number: _Number) -> bool:
    """The number is a golfer's score against par or the round's strokes written after it (see `_GOLF_ROUND`)."""
    return any(match.start() <= number.start < match.end() and _is_golfers_round(text, match)
               for match in _GOLF_ROUND.finditer(text, max(0, number.start - 20), number.end + 20))


def _is_golfers_round(text: str, match: re.Match[str]) -> bool:
    """A round of `_GOLF_ROUND`'s shape is a golfer's: a golf word in its sentence, or a score written as golf writes
    it with no noun counted after the round ("a 5-under 67 on Sunday"; not "12 over 80 had", "2-under 65 games")."""
    sentence_start, sentence_end = _sentence_around(text, match.start())
    if _GOLF_WORDS.search(text, sentence_start, max(sentence_end, match.end())):
        return True
    after = _WORD_AFTER.match(text, match.end())
    return _GOLF_SCORE_SHAPE.fullmatch(match.group("score")) is not None \
        and (after is None or after.group(1) in _SMALL_WORDS_AFTER_A_ROUND)


# Words that may follow a golfer's round, no noun it counts: "a 5-under 67 on Sunday", "67 to lead".
_SMALL_WORDS_AFTER_A_ROUND = frozenset({"on", "in", "at", "to", "for", "and", "but", "after", "with", "was", "is",
                                        "left", "put", "gave", "took", "that", "which", "the", "a", "as", "from",
                                        "through", "thru", "over", "ahead", "behind", "when", "while", "despite"})


# A set score written against its tie-break's points: "7-6(4)".
_SET_SCORE_BEFORE = re.compile(r"\d\s*[-–]\s*\d+\($")


def _is_tie_break(text: str, number: _Number) -> bool:
    """The points of a tennis tie-break in brackets against the set's score: part of the score, no figure."""
    return text.startswith(")", number.end) \
        and _SET_SCORE_BEFORE.search(text, max(0, number.start - 10), number.start) is not None


def _line_words(text: str, position: int) -> int:
    """Number of words on the line holding `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return len(text[start:end if end >= 0 else len(text)].split())


def _looks_like_year(number: _Number, noun: Token | None) -> bool:
    """A four-digit integer from 1000 to 2199 without a comma, not directly counting a plural noun."""
    # "2000 people", "1500 staff" count; "the 2022 full-scale invasion", "2011 NFL playoffs", "in 2014 of his plans"
    # date.
    counts = noun is not None and (noun.tag_ == "NNS" or noun.lower_ in _SAME_IN_PLURAL) \
        and noun.idx - number.end <= 1 and not _dates_plans(number, noun)
    if number.high is not None:  # "the 1991-2020 average", "the 2019-2020 season": a span of years
        years = re.fullmatch(rf"({_YEAR})\s*[-–]\s*({_YEAR})", number.digits)
        return years is not None and int(years[1]) < int(years[2]) and not counts
    return re.fullmatch(_YEAR, number.digits) is not None and not counts


# Plural nouns of what a year is the year of: "its 2025 targets", "the 2024 elections", "their 2030 goals".
_DATED_PLURALS = frozenset({"target", "goal", "plan", "election", "result", "forecast", "budget", "objective",
                            "ambition", "projection", "estimate", "earning", "account", "figure", "guideline",
                            "commitment", "pledge", "priority", "midterm", "primary", "game", "championship",
                            "final", "accord", "deadline", "emission", "rule", "standard", "outlook"})
# A possessive determiner or "the" right before the year: "its 2025 targets" (not "about 2025 employees").
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|our|his|her|my|your|the)\s+$", re.IGNORECASE)


def _dates_plans(number: _Number, noun: Token) -> bool:
    """A year after a possessive determiner or "the" before a plural noun of plans, targets or elections names their
    year: "hit its 2025 targets" counts no targets."""
    text = text_of(noun.doc)
    return noun.lemma_.lower() in _DATED_PLURALS and not number.hedged \
        and _DETERMINER_BEFORE.search(text, max(0, number.start - 8), number.start) is not None


def _looks_like_score(number: _Number, unit: str | None) -> bool:
    """Two small integers joined by a dash with nothing counted: a score ("won 2-1") or a vote."""
    return unit is None and re.fullmatch(r"\d{1,3}\s*[-–]\s*\d{1,3}", number.digits) is not None


# A tally's second number after the first ("52 to 48", "5 - 2"; the second is never a figure of its own here) and the
# words that make the pair a vote's or a court's: "a vote of 52 to 48", "voted 7 to 2", "ruled 6 to 3", "a 5 - 4
# decision" (not "votes" counted: "by 52 votes to 48" counts both).
_TALLY_SECOND = re.compile(r"(?:\s*[-–]\s*|\s+to\s+)\d{1,3}(?![\d.,]\d|\s*%|\s+per\s?cent|\s+percent)", re.IGNORECASE)
_TALLY_BEFORE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ruled|rules|ruling)\s+(?:of\s+|was\s+|is\s+)?$", re.IGNORECASE)
_TALLY_AFTER = re.compile(r"\s+(?:vote|votes|ruling|decision|majority|verdict)\b", re.IGNORECASE)


# Verbs a tally or a score follows as "won 2-1" does: "passed 330 to 290", "won 5 to 4", "was defeated 12 to 9".
_TALLY_VERB_BEFORE = re.compile(r"\b(?:pass(?:ed|es)|won|wins|lost|loses|beat|beats|defeated|approved|rejected|"
                                r"edged|carried)\s+$", re.IGNORECASE)
# What follows a tally's second number after such a verb: its clause's end or a word of a new phrase ("won 5 to 4 in
# overtime"), not a noun the pair counts ("won 5 to 7 seats", "lost 10 to 5 pounds").
_TALLY_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:on|in|at|after|before|with|over|against|for|by|and|but|as|"
                              r"when|while|despite|thanks|during|last|this|earlier|yesterday|today|tonight)\b")


def _is_vote_tally(text: str, number: _Number) -> bool:
    """The first of two small whole numbers of a vote's or a court's tally, whose second the range match left out."""
    if re.fullmatch(r"\d{1,3}", number.digits) is None or (second := _TALLY_SECOND.match(text, number.end)) is None:
        return False
    return _TALLY_BEFORE.search(text, max(0, number.start - 20), number.start) is not None \
        or _TALLY_AFTER.match(text, second.end()) is not None or _is_tally_after_verb(text, number, second)


def _is_tally_after_verb(text: str, number: _Number, second: re.Match) -> bool:
    """A tally after a verb of winning or passing, written winner first and ending its phrase: "passed 330 to 290 on
    Thursday" (a range runs upward: "won 5 to 7 seats" counts)."""
    return int(number.digits) >= int(re.search(r"\d+", second[0])[0]) \
        and _TALLY_VERB_BEFORE.search(text, max(0, number.start - 20), number.start) is not None \
        and _TALLY_END_AFTER.match(text, second.end()) is not None


# Ages: after "died at", or after "turned" or "was" with a person the subject ("He was 100.", "she turned 90 on
# Sunday"), as "aged 91" and "Blazy, 40," are none (`_NAMING_WORDS`, `_after_name`).
_DIED_AT_BEFORE = re.compile(r"\b(?:died|dies|dying|passed\s+away)\s+at\s+$", re.IGNORECASE)
_AGE_VERB_BEFORE = re.compile(r"\b(?:turn(?:s|ed|ing)?|was|is)\s+$", re.IGNORECASE)
# What follows an age told with "turned" or "was": the clause's end, or when ("turned 90 on Sunday").
# "in" only before a month or a year: "is 12 in his last 20 at-bats" is no age (review).
_AGE_END_AFTER = re.compile(r"\s*(?:[.,;!?)]|$|\s(?:on|last|this|earlier|today|yesterday|when)\b|"
                            r"\sin\s(?:January|February|"
                            r"March|April|May|June|July|August|September|October|November|December|\d{4})\b)")
_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "actor", "actress", "singer", "mother", "father", "wife",
                           "husband", "son", "daughter", "grandmother", "grandfather", "widow", "veteran"})
_OLDEST_AGE = 125


def _is_persons_age(doc: Doc, text: str, number: _Number) -> bool:
    """A person's age told without "aged": "died at 91", "He was 100.", "she turned 90 on Sunday"."""
    if re.fullmatch(r"\d{1,3}", number.digits) is None or int(number.digits) > _OLDEST_AGE:
        return False
    before = text[max(0, number.start - 20):number.start]
    if _DIED_AT_BEFORE.search(before):
        return True
    if _AGE_VERB_BEFORE.search(before) is None or _AGE_END_AFTER.match(text, number.end) is None:
        return False
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    verb = span.root.head if span is not None else None
    return verb is not None and any(child.dep_ in ("nsubj", "nsubjpass") and _is_person(child)
                                    for child in verb.children)


def is_persons_age(doc: Doc, start: int, end: int) -> bool:
    """`text[start:end]` is a bare number told as someone's age: "aged 98", "He was 54.", "died at 91" (for the
    entities, whose model dates it)."""
    text = text_of(doc)
    digits = text[start:end]
    if re.fullmatch(r"\d{1,3}", digits) is None or int(digits) > _OLDEST_AGE:
        return False
    if _word_before(text, start) in _AGE_WORDS:
        return True
    value = float(digits)
    return _is_persons_age(doc, text, _Number(start, end, value, None, None, False, False, None, digits))


def _is_person(token: Token) -> bool:
    """A subject that is a person: "he", "she", "who", a person's name, or a noun of people ("the actress, who
    ...")."""
    return token.lower_ in ("he", "she", "who") or token.ent_type_ == "PERSON" \
        or token.lemma_.lower() in _PERSON_NOUNS \
        or any(child.dep_ == "relcl" and any(t.lower_ == "who" for t in child.children) for child in token.children)


def _is_display_resolution(text: str, number: _Number) -> bool:
    """"4K" and "8K" among words of video: a resolution, not 4,000 cameras."""
    return re.fullmatch(r"[2-8]K", number.digits) is not None \
        and _VIDEO_WORDS.search(text, max(0, number.start - 60), number.end + 60) is not None


# The rest of a court's docket number after its first part: "15-cv-03747", "1:21-cr-00175".
_DOCKET_AFTER = re.compile(r"-(?:cv|cr|mc|md|mj|bk|ap|civ|crim)-\d", re.IGNORECASE)


def _looks_like_code(number: _Number) -> bool:
    """Leading zeros ("08", "007") and phone numbers ("745-4811") are codes, not quantities."""
    return re.match(r"0\d", number.digits) is not None or re.fullmatch(
        r"\d{3}\s*[-–]\s*\d{4}", number.digits
    ) is not None


# The capitalised word right after a number word.
_NAME_WORD_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")


def _opens_a_persons_name(doc: Doc, text: str, number: _Number) -> bool:
    """A number word before a capitalised word that is part of a person's name: a name's particle ("ten") that the
    text writes in lower case inside a name elsewhere ("Erik ten Hag ... Ten Hag won", the surname at a sentence's
    start; not "The two Republican presidents", nor "Twelve Lee family members", which the model's person took in).
    """
    after = _NAME_WORD_AFTER.match(text, number.end)
    if after is None:
        return False
    word = text[number.start:number.end].lower()
    return word in NAME_PARTICLES and re.search(
        rf"\b[A-Z]\w+\s+{re.escape(word)}\s+{re.escape(after[1])}\b", text) is not None


def _after_name(doc: Doc, number: _Number, unit: str | None) -> bool:
    """True when the number is part of a name ("Leopard 1 tanks", "iPhone 6") or an age ("Glen, 35,")."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if unit in _MEASURE_UNITS:
        return False  # "Springbrook 412 mm", "Currumbin 288mm": a measure, where the name says where
    if prev.text == "," and span.start >= 2 and unit is None:
        return doc[span.start - 2].pos_ == "PROPN"
    if prev.whitespace_ == "" and not prev.is_punct:
        return True  # glued to a word: "Radio4", "G20"
    if _is_code(prev):
        return True  # a model's code in capitals: "RTX 5090", "FTSE 100"
    return prev.pos_ == "PROPN" or (unit is None and prev.pos_ == "NOUN")


# People a body is made of, counted before it: "a five-member commission", "a three-judge panel".
_HEADS = frozenset({"member", "person", "man", "woman", "judge", "seat", "strong"})


def _spelled_compound_modifier(doc: Doc, number: _Number, noun: Token) -> bool:
    """A number word hyphenated to a singular noun, the two before another noun they describe: "two-party system",
    "seven-time world champion" (digits may count: "a 2,507-member assembly")."""
    hyphen = doc[noun.i - 1] if noun.i > 0 else None
    if noun.lower_ in _HEADS:
        return False  # "the five-member commission" counts its members, as "the 25-member panel" does
    return hyphen is not None and hyphen.text in ("-", "–") and hyphen.idx == number.end and not hyphen.whitespace_ \
        and noun.tag_ == "NN" and noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ in ("NOUN", "PROPN", "ADJ") \
        and noun.whitespace_ != ""


# What one of is counted in the singular after a noun: "puts the party 1 point ahead", "each shareholder 1 vote".
_SCORED_UNITS = frozenset({"point", "vote", "goal", "seat", "run", "game", "stroke", "shot", "try", "wicket"})


def _in_compound_name(doc: Doc, number: _Number, unit: str | None, noun: Token | None) -> bool:
    """A small whole number between two singular common nouns names a class of the second: "its common equity tier 1
    ratio", "a grade 2 listed building" count no ratios (a measure stays one: "a front line 10 miles east")."""
    if noun is None or unit in _MEASURE_UNITS or unit in _SCORED_UNITS or unit != _unit_of(noun) \
            or noun.tag_ != "NN" or not re.fullmatch(r"\d{1,2}", number.digits):
        return False  # and not a unit the words say otherwise: "a magnitude 6 quake"; nor "the party 1 point ahead"
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or span.start == 0 or noun.i != span.end:
        return False
    prev = doc[span.start - 1]
    return prev.tag_ == "NN" and prev.is_alpha and prev.is_lower


# A capitalised word right before a number, and the days of the week, which open counts inside sentences too ("on
# Monday 12 people died").
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")


def _is_plural_name(word: str) -> bool:
    """A name in the plural, a team's, whose number is its score or its count: "Lakers 110, Celtics 104" (not
    "Forever 21", nor "Bass", a single name)."""
    return word.endswith("s") and not word.endswith("ss")
_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _in_repeated_name(text: str, number: _Number) -> bool:
    """A number after a capitalised word, the two written so twice or more and once at least inside a sentence, where
    only a name is capitalised, or owning something: "Forever 21 said" as "at Forever 21 stores" or "Forever 21's
    stores" (a count opening its sentence after an adverb, "Officially 3,000 have died", is not written so again)."""
    word = _CAPITALISED_BEFORE.search(text, max(0, number.start - 20), number.start)
    if word is None or not number.digits.isdigit() or word[1].lower() in _WEEKDAYS or _is_plural_name(word[1]):
        return False
    name = re.compile(rf"\b{word[1]}\s+{number.digits}(?![\w.,]\w)(?P<owns>['’]s\b)?")
    matches = list(name.finditer(text))
    return len(matches) >= 2 and any(match["owns"] or not _starts_sentence_at(text, match.start()) for match in matches)


def _figure_item(text: str, number: _Number, unit: str | None) -> dict:
    item: dict = {
        "text": text[number.start:number.end], "start": number.start, "end": number.end,
        "value": None if number.value is None else float(_round(number.value)), "unit": unit,
        "approximate": number.hedged or number.vague, "vague": number.vague,
    }
    if number.low is not None and number.high is not None:
        item["low"], item["high"] = float(_round(number.low)), float(_round(number.high))
    return item


