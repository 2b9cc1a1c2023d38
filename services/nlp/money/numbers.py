"""Numbers as written: digits, number words and scales, their values, hedges, ranges and signs."""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from services.nlp.entity_rules import MONTHS

UNIT_WORDS = {
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


def by_first_letter(options: list[str]) -> str:
    """An alternation of `options` (regex fragments, each opening with a plain or an escaped character), grouped by
    that character behind a look-ahead for the groups' characters.

    The money and figure scans try their hedges, number words and currencies at every word start; grouped, a word that
    opens none of them fails at the look-ahead, and one that does tries its group's options only, not every option.
    The matches are the same: options keep their order within a group, and two groups never match at one place.
    """
    groups: dict[str, list[str]] = {}
    for option in options:
        first = option[:2] if option.startswith("\\") else option[:1]  # an escaped sign, \$, is one character
        if not first or first != re.escape(first[-1]):  # no class (\s, a dot), group or empty option
            raise ValueError(f"{option!r} opens with no plain character")
        groups.setdefault(first, []).append(option[len(first):])
    if len({first.casefold() for first in groups}) < len(groups):
        raise ValueError("two options' first characters differ in case only: their groups could match at one place")
    alternatives = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return f"(?=[{''.join(groups)}])(?:{alternatives})"


_NUMBER_WORD = by_first_letter([*UNIT_WORDS, *_TENS_WORDS, "hundred", "dozen", "half", "a", "an"])
# A run of number words ("two dozen", "one hundred and twenty", "half a"); validated by _parse_words.
# At most ten words: an unbounded run backtracked over every shorter run at every start ("a-a a-a ...", 1,200
# characters, took 30 s); "two hundred and fifty-three thousand" is six.
_WORDS_RE = rf"(?:{_NUMBER_WORD})(?:(?:\s+|-)(?:and\s+)?(?:{_NUMBER_WORD})){{0,10}}"
# In a sum "a" opens no run before a number it cannot multiply: "a five billion dollar deal" is "five billion dollar".
# Figures keep the run, which then reads as no number: "a five-boat attack", "a two-time winner" count nothing.
_ARTICLE_BEFORE_NUMBER = rf"\b(?:a|an)(?:\s+|-)(?:{'|'.join([*UNIT_WORDS, *_TENS_WORDS])})\b"
MONEY_WORDS_RE = rf"(?!{_ARTICLE_BEFORE_NUMBER}){_WORDS_RE}"
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
DIGITS_RE = rf"(?:\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d{{1,3}}(?:,\d{{3}})+|{_SPACED_THOUSANDS}|\d+)(?:\.\d+)?|\.\d+"
# A vulgar fraction written against a whole number: "£1½bn", "£3¼bn".
_VULGAR_FRACTION_RE = r"[½¼¾⅓⅔⅛⅜⅝⅞]?"
_VULGAR_FRACTIONS = frozenset("½¼¾⅓⅔⅛⅜⅝⅞")
# Any run of spaces may part a number from its scale word, a line break too ("$1.77  billion", "$1.77\r\nbillion" of a
# wrapped line), not a blank line (a new paragraph).
_SPACE_RUN = r"[^\S\n]*(?:\n[^\S\n]*)?"
# A scale word may follow spaces or a hyphen ("$95-billion deal"); "lakh crore" is 10^12 ("₹1 lakh-crore" too), and
# "thousand million" 10^9, as the British once wrote a billion. The letters are glued to the number, or after spaces the
# longer ones ("4.5 mln euros", "$1.77 bln"): "5 m" may be metres, "5 b" anything.
SCALE_RE = (
    rf"(?:(?:{_SPACE_RUN}|-)(?:lakh[\s-]+crore|thousand[\s-]+million|thousand|million|billion|trillion|lakh|crore)"
    rf"(?!\w)|{_SPACE_RUN}(?:mln|bln|bn|trn|tn)(?![\w'’])|(?:mn|k|m|b)(?![\w'’]))"
)
# A sum's scale may be crores abbreviated, glued or spaced, as the Indian press writes them ("₹500 cr", "Rs 45cr"):
# a scale of sums only, and of those in rupees or taka only (see `_CRORE_CURRENCIES`); and after a currency's sign
# "m" after a space is millions, no metres ("£55 m for Mason Mount").
MONEY_SCALE_RE = rf"(?:{SCALE_RE}|\s?(?-i:[Cc]r)(?![\w'’])|[^\S\n](?-i:m)(?![\w'’]))"


# A fraction glued to a number with a hyphen, as wire grain reports write prices in eighths: "9-1/4 cents",
# "$3.98-3/4 a bushel" (not a date: "1-1/4/2024").
_GRAIN_FRACTION_RE = r"(?:-(?:1/2|[13]/4|[1357]/8)(?![\d/]))?"
_GRAIN_FRACTION = re.compile(r"(?P<whole>.+)-(?P<numerator>\d)/(?P<denominator>\d)")


# A fraction after a whole number and a space, as US sport writes games back, innings and race distances: "1 1/2
# games", "6 1/3 innings", "1 1/16 miles"; halves to sixteenths only, the whole at most three digits and no decimal
# ("1.5 1/2" is two numbers), and no date or ratio after it ("3 1/2/2024", "1 1/2-inch" keeps its hyphen).
_SPACED_FRACTION_RE = r"\d{1,3} (?:1/2|[12]/3|[13]/4|[1357]/8|(?:1[135]|[13579])/16)(?![\d/])"
_SPACED_FRACTION = re.compile(r"(?P<whole>\d{1,3}) (?P<numerator>\d{1,2})/(?P<denominator>\d{1,2})")


def num(name: str, after: tuple[str, ...] = (), scale: str = SCALE_RE, words: str = _WORDS_RE) -> str:
    """A number, digits or `words`, with an optional `scale`, captured as `name` and `name`_scale.

    Digits stand alone (not inside a word or another number) or right after one of the fixed-width `after`.
    """
    start = "(?:" + "|".join([r"(?<![\w.,])", *(f"(?<={pattern})" for pattern in after)]) + ")"
    return (
        rf"(?P<{name}>{start}(?:{_SPACED_FRACTION_RE}|{DIGITS_RE}){_VULGAR_FRACTION_RE}{_GRAIN_FRACTION_RE}|\b{words}\b)"
        rf"(?P<{name}_scale>{scale})?"
    )


def _parse_words(text: str) -> float | None:
    """Value of spelled-out number words ("two dozen" -> 24, "half a" -> 0.5); None if not a number."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
    if not words:
        return None
    if words[:2] in (["half", "a"], ["half", "an"]):
        return 0.5 if len(words) == 2 else _times(0.5, _parse_words(" ".join(words[2:])))
    if len(words) > 2 and words[-2:] == ["a", "half"] and re.search(r"\band\s+a\s+half$", text, re.IGNORECASE):
        whole = _parse_words(" ".join(words[:-2]))  # "three and a half" (lengths, games): 3.5
        return None if whole is None else whole + 0.5
    total, current, seen_number = 0.0, 0.0, False
    for i, word in enumerate(words):
        if word in ("a", "an"):
            # "a" counts as one only before a multiplier ("a dozen", "a hundred"), and only first.
            if i != 0 or len(words) == 1 or words[1] not in ("hundred", "dozen"):
                return None
            current, seen_number = 1.0, True
        elif word in UNIT_WORDS:
            if not _takes_units(current, UNIT_WORDS[word]):
                return None  # "one-two", "twenty fifteen": no number, two of them side by side
            current += UNIT_WORDS[word]
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


# A fraction whose decimals never end (thirds) is given to this many places, as a box score reads "6 1/3 innings":
# 6.333, not 6.33333333333333 (float noise a reader would take for a measured value); halves to sixteenths end sooner
# and stay exact ("1 1/16" is 1.0625). Rounded after the scale, so "£1⅓bn" keeps its pounds (1333333333.333).
REPEATING_FRACTION_DECIMALS = 3
_REPEATING_VULGAR_FRACTIONS = frozenset("⅓⅔")


def _repeats(denominator: int) -> bool:
    """A fraction of this denominator never ends in decimals: any but a power of two (halves to sixteenths)."""
    return denominator & (denominator - 1) != 0


def number_value(number: str, scale: str | None) -> float | None:
    """Value of a matched number and its optional scale ("18.2", "bn" -> 18.2e9)."""
    repeating = False
    if fraction := _GRAIN_FRACTION.fullmatch(number):  # "3.98-3/4": 3.98 and three quarters of a cent
        whole = _digits_value(fraction["whole"])
        value: float | None = whole + _cents_step(fraction["whole"]) * int(fraction["numerator"]) \
            / int(fraction["denominator"])
    elif fraction := _SPACED_FRACTION.fullmatch(number):  # "1 1/2": one and a half
        value = int(fraction["whole"]) + int(fraction["numerator"]) / int(fraction["denominator"])
        repeating = _repeats(int(fraction["denominator"]))
    elif number[-1] in _VULGAR_FRACTIONS:  # "1½": one and a half
        value = _digits_value(number[:-1]) + unicodedata.numeric(number[-1])
        repeating = number[-1] in _REPEATING_VULGAR_FRACTIONS
    elif number[0].isdigit() or number[0] == ".":
        value = _digits_value(number)
    elif scale and number.lower() in ("a", "an"):
        value = 1.0  # "a billion euros"
    else:
        value = _parse_words(number)
    if value is None:
        return None
    value *= scale_factor(scale)
    if repeating:
        value = round(value, REPEATING_FRACTION_DECIMALS)  # "6 1/3" is 6.333, not 6.33333333333333
    # Hundreds of digits overflow a float: no amount or figure rather than a failed enrichment.
    return value if math.isfinite(value) else None


def _digits_value(digits: str) -> float:
    """Value of digits with their thousands marks, commas or spaces ("1,13,575", "150 000")."""
    return float(re.sub(rf",|{_THOUSANDS_SPACE}", "", digits))


def scale_factor(scale: str | None) -> float:
    if not scale:
        return 1.0
    # Any space may part the number from its scale ("$1.77\nbillion" of a wrapped line, "1.5\u00a0bn"): split on all.
    words = re.split(r"[\s-]+", scale.strip().strip("-").lower())
    if len(words) > 1:  # "lakh crore", "lakh-crore"
        return math.prod(_SCALE_WORDS[word] for word in words)
    return _SCALE_WORDS.get(words[0]) or _SUFFIX_SCALES.get(words[0], 1.0)


# Hedges that make a figure approximate; kept in the item's text.
_HEDGES = [
    "about", "around", "approximately", r"approx\.", "roughly", "nearly", "almost", "some", r"an\s+estimated",
    "estimated", r"more\s+than", r"greater\s+than", r"fewer\s+than", r"less\s+than", "over", "under", "below", "above",
    r"up\s+to", r"at\s+least", r"at\s+most", r"close\s+to", r"upwards\s+of", r"in\s+excess\s+of", r"just\s+over",
    r"just\s+under", r"well\s+over", r"well\s+above", r"as\s+many\s+as", r"as\s+much\s+as", r"as\s+few\s+as",
    r"as\s+little\s+as", r"no\s+more\s+than", r"no\s+fewer\s+than", r"no\s+less\s+than", "circa",
]
HEDGE_RE = rf"(?P<hedge>\b{by_first_letter(_HEDGES)}\s+)?"
# "X-Y", "X to Y", and "X and Y" only after "between".
RANGE_SEP_RE = r"(?P<sep>\s*[-–—]\s*|\s+to\s+|(?(between)\s+and\s+|(?!)))"
BETWEEN_RE = r"(?P<between>\bbetween\s+)?"
# A minus sign written against a sum or a number after a space or an opening mark ("-$4.5m", "(-0.3%)"), not
# a hyphen that joins ("F-16", "2-1", "5%-6%"); for figures also the words ("minus 20 degrees").
_SIGN_BEFORE = r"(?<![^\s(\[\"'\u201c\u2018])[-\u2212]"
MONEY_SIGN_RE = rf"(?P<sign>{_SIGN_BEFORE}(?=\S))?"
FIGURE_SIGN_RE = rf"(?P<sign>{_SIGN_BEFORE}(?=[\d.])|(?<!plus or )\b(?:minus|negative)\s+)?"  # "plus or minus 2.5": ±


# A scale written on the upper end only is shared unless the lower end would then exceed it this many times.
SHARED_SCALE_RATIO = 10


def bounds(low_num: str, low_scale: str | None, high_num: str | None, high_scale: str | None,
            negative: bool = False, ordered: bool = True) -> tuple[float | None, float | None]:
    """(low, high) of a possibly ranged number, its first end `negative` when signed ("-5 to 3"); None when not
    `ordered` low to high, unless told it need not be (a change "from 5 to 4"). "3-5m" and "from 5 to 4 million"
    lend the upper scale to the first number; "between ₹10,000 and ₹1.25 lakh" does not (it is written whole)."""
    sign = -1.0 if negative else 1.0
    if high_num is None:
        low = number_value(low_num, low_scale)
        return (None if low is None else sign * low), None
    high = number_value(high_num, high_scale)
    low = number_value(low_num, low_scale)
    if not low_scale and high_scale and low is not None and high is not None:
        shared = number_value(low_num, high_scale)
        if shared is not None and shared <= SHARED_SCALE_RATIO * high:
            low = shared
    low = None if low is None else sign * low
    if low is None or high is None or (ordered and high < low):
        return None, None
    return low, high


def no_range_after_all(match: re.Match[str], high: str, sep: str) -> bool:
    """A range match whose upper end is no number ("$3m to a charity": "a" reads as one only before a scale) or
    a smaller one after spaced words ("$5m to 3 charities"): the first number stands alone. "2-1" stays
    refused whole (a score)."""
    number = match.group(high)
    if number is None:
        return False
    return number_value(number, match.group(f"{high}_scale")) is None or match.group(sep) != match.group(sep).strip()


def end_of(match: re.Match[str], number: str) -> int:
    """Where the number captured as `number` ends, with its scale."""
    return match.end(f"{number}_scale") if match.group(f"{number}_scale") else match.end(number)


def round_amount(value: float) -> float | int:
    """Whole amounts as int, others to 15 significant digits (what a float holds exactly): float noise from
    18.2 * 1e9 is not information, but fractions of a cent are ("145.9p a litre", "$1.0875" per euro)."""
    rounded = float(f"{value:.15g}")
    return int(rounded) if rounded == int(rounded) else rounded


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@dataclass
class Number:
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


# A year as written: 1000-2199.
YEAR = r"1\d{3}|2[01]\d{2}"
