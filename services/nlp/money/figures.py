"""Figure items: the grammar of a figure, its unit, and whether a number is a figure anyone compares."""
from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from services.nlp.doctext import ents_of, text_of
from services.nlp.entity_rules import LEADER_NOUNS, MONTHS, STORY_NOUNS, UNDER_VERBS
from services.nlp.money.currencies import CURRENCY_LEMMAS
from services.nlp.money.non_figures import (
    AGE_WORDS,
    DOCKET_AFTER,
    _is_persons_age,
    after_age,
    after_month,
    after_name,
    in_address_or_clock,
    in_compound_name,
    in_ratio,
    in_repeated_name,
    is_age_of_people,
    is_certificate_or_minute,
    is_display_resolution,
    is_fraction,
    is_stock_code,
    line_words,
    looks_like_code,
    looks_like_year,
    names_a_group,
    opens_a_persons_name,
    spelled_compound_modifier,
    starts_sentence_at,
)
from services.nlp.money.numbers import (
    BETWEEN_RE,
    DIGITS_RE,
    FIGURE_SIGN_RE,
    HEDGE_RE,
    RANGE_SEP_RE,
    SCALE_RE,
    UNIT_WORDS,
    YEAR,
    Number,
    bounds,
    end_of,
    no_range_after_all,
    num,
    number_value,
    round_amount,
    trim,
)
from services.nlp.money.sport import (
    GOLF_SCORE_AFTER,
    RACE_NAMED_BY_NUMBER,
    cricket_units,
    hits_in_tries,
    in_goals_behinds_score,
    in_golf_round,
    in_race_talk,
    is_field_mark,
    is_game_clock,
    is_losers_score,
    is_race_distance,
    is_tie_break,
    is_vote_tally,
    looks_like_score,
    names_a_race_after,
    over_a_span_of_play,
    over_the_distance,
    race_distance,
    race_times,
    spaced_relays,
    split_ratios,
    split_seconds,
    sprint_times,
    strikeout_units,
    tally_unit,
    to_par,
)
from services.nlp.money.sums import count_after_sum, exchange_notes, extract_money, is_change, outside_page_frame
from services.nlp.money.text import Spans, is_list_number, sentence_around, word_after, word_before
from services.nlp.money.units import (
    AIRCRAFT_MODEL,
    BOEING_AFTER_COUNT,
    DATA_WORD_AFTER,
    GLUED_UNITS,
    MEASURE_UNITS,
    MEASURES,
    NETWORK_WORDS,
    TEU_NAME,
    TIME_UNITS,
    about_heights,
    as_metres,
    container_units,
    counted_noun,
    counted_unit,
    counting_subject,
    counts_alike,
    counts_goods,
    counts_people_of_subject,
    heights,
    is_sum_kind,
    is_trade_level,
    is_written_unit,
    oil_equivalent_rate,
    rate_before,
    reads_as_a_sum,
    sells_alike,
    unit_of,
    with_unit_words,
)

_VAGUE_BASES = {"dozens": 24.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9,
                # South Asia's scales, as crore and lakh are read in sums: "lakhs of commuters", "crores of people"
                "lakhs": 1e5, "crores": 1e7}
_VAGUE_PREFIXES = {"tens": 10.0, "hundreds": 100.0}
# South Asia's scales alone are vague; after a number spelled out they are its scale ("Two lakhs of people": the
# number's figure, 200,000, no vague lakhs beside it), as after digits (see `_FIGURE_RE`).
_SCALED_ALONE = frozenset({"lakhs", "crores"})
_SPELLED_NUMBER_BEFORE = re.compile(rf"\b(?:{'|'.join(UNIT_WORDS)}|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)"
                                    r"(?:-[a-z]+)?\s+$", re.IGNORECASE)
# "pc" as the Irish and British press write it ("fell 15pc") and "pct" as wires do ("rose 94 pct"), in lower case: "5
# PCs" are computers.
_PERCENT_RE = r"(?P<pct>\s?%|\s+per\s?cent\b|\s+percent\b|\s+percentage\s+points?\b|(?-i:\s?pct?)\b)?"
# A percent sign on the lower end of a range written with one on each end too: "4.25%-4.50%", "3% to 4%".
_PERCENT_BOTH_ENDS = r"(?P<pct1>\s?%(?=(?:\s*[-–—]\s*|\s+to\s+|(?(between)\s+and\s+|(?!)))[\d.,]+\s?%))?"
_GLUED_UNIT = r"(?-i:" + "|".join(sorted(map(re.escape, GLUED_UNITS), key=len, reverse=True)) + ")"
_GLUED_RE = rf"(?P<glued>{_GLUED_UNIT})?"
# The same unit written against both ends of a range: "between 2°C and 8°C", "200mg-400mg".
_GLUED_BOTH_ENDS = (rf"(?:(?P<glued1>{_GLUED_UNIT})(?=(?:\s*[-–—]\s*|\s+to\s+|(?(between)\s+and\s+|(?!)))"
                    r"[\d.,]+(?P=glued1)))?")

_FIGURE_RE = re.compile(
    r"(?<!\w)" + HEDGE_RE + BETWEEN_RE + r"(?:"
    + r"(?P<vpre>\b(?:tens|hundreds)\s+of\s+)?(?P<vague>\b(?:dozens|hundreds|thousands|millions|billions)\b"
    + r"|(?<![\d.,]\s)\b(?:lakhs|crores)\b)"  # not the scale of a number before it: "200 crores"
    + r"|" + FIGURE_SIGN_RE + r"(?<![A-Za-z0-9]-)" + num("n1") + "(?:" + _PERCENT_BOTH_ENDS + _GLUED_BOTH_ENDS
    + RANGE_SEP_RE
    + num("n2") + ")?" + _GLUED_RE
    + r"(?!(?!(?-i:pct?)\b)[\w:/]|[.,]\d)" + _PERCENT_RE  # no letter after the number but the "pc" of "15pc"
    + r")",
    re.IGNORECASE,
)
# Words after which a number names something instead of counting it ("No 10", "flight 370").
_NAMING_WORDS = frozenset({
    "no", "no.", "number", "#", "page", "section", "article", "chapter", "flight", "route", "room",
    "version", "level", "grade", "platform", "channel", "bus", "road", "highway", "interstate", "gate",
    "seat", "episode", "season", "series", "volume", "vol", "model", "type", "category", "phase", "stage",
    "round", "game", "match", "week", "day", "aged", "age", "ages", "resolution", "amendment",
})
# A ranking's cut before its number: "the top 100 universities", "the boys' top 100", "Top 5 things to know" (not the
# verb: "could top 40C", "expected to top 1,000").
_RANKING_CUT_BEFORE = re.compile(
    r"(?:\b(?:the|a|its|their|his|her|our|your|this|these)\s+[Tt]op|['’]s?\s+[Tt]op|(?:^|(?<=[.!?\n]))\s*Top)\s+$")
# Names of lines, zones and terminals, as written ("Line 4 of the metro", "Terminal 5"; not "the front line 10 miles
# east", "a zone 30 km wide").
_NAMED_BY_NUMBER = re.compile(r"(?:Line|Zone|Terminal)\s+$")


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


# A second day of the month a date names, after "and" or "or": "3" of "strike on Feb. 1 and 3," (not a count of a thing
# after it: "on March 4 and 3 others").
_SECOND_DAY = re.compile(rf"\b(?:{'|'.join(sorted(MONTHS))})\.?\s+\d{{1,2}}\s+(?:and|or|&)\s+(\d{{1,2}})\b"
                         r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|when|after|before|next|this|last|and|or|to|from|with|but)\b)",
                         re.IGNORECASE)


def _second_days(text: str) -> list[tuple[int, int]]:
    """The spans of the second days of dates (see `_SECOND_DAY`), days of a month only."""
    return [match.span(1) for match in _SECOND_DAY.finditer(text) if 1 <= int(match.group(1)) <= 31]


def extract_figures(doc: Doc, money: list[dict] | None = None) -> list[dict]:
    """Non-money figures: {"text","start","end","value","unit","approximate","vague"} (+ low/high).

    `money` is `extract_money(doc)` when the caller has it already (found again otherwise).
    """
    found = extract_money(doc) if money is None else money
    money_spans = Spans((m["start"], m["end"]) for m in found)
    text = text_of(doc)
    dates = Spans((e.start_char, e.end_char) for e in ents_of(doc) if e.label_ in ("DATE", "TIME", "ORDINAL")
                  and not is_earlier_level(text, e.start_char, e.end_char)  # "to 24 from 32": no date
                  and not _opens_with_a_glued_scale(text, e.start_char, e.text))  # "rose to 50bn": no rank
    blocked = Spans(dates.spans + [day for day in _second_days(text) if not dates.overlap(*day)])
    names = Spans(piece for e in ents_of(doc) if e.label_ in _NAMES_WITH_NUMBERS
                   for piece in _pieces_between_dashes(text, e.start_char, e.end_char))
    notes = exchange_notes(text)
    cricket = cricket_units(text)
    strikeouts = strikeout_units(text)
    hits = hits_in_tries(text)
    relays = Spans(spaced_relays(text))  # "the 4 x 100m relay": a race's name, no count of 4 nor 100 million
    ratios = Spans(split_ratios(text))  # "a 1-for-10 reverse stock split": new shares for old, no count
    money_ends = frozenset(m["end"] for m in found)
    numbers = [_with_spaced_degrees(text, _without_preposition(doc, text, _without_particle(doc, text, n)))
               for n in _numbers(text)
               if not (money_spans.overlap(n.start, n.end) or notes.overlap(n.start, n.end)
                       or relays.overlap(n.start, n.end) or ratios.overlap(n.start, n.end)
                       or (hits.overlap(n.start, n.end) and n.start not in cricket)
                       or _is_priced_dozen(text, money_ends, n))]
    numbers = _with_counts_after_sums(text, found, numbers)
    nouns = [None if number.percent or number.unit else counted_noun(doc, number) for number in numbers]
    units = [number.percent or number.unit or cricket.get(number.start) or strikeouts.get(number.start)
             or _magnitude(text, number, noun)
             or to_par(text, number)
             or rate_before(text, number)
             or oil_equivalent_rate(text, number)
             or container_units(text, number)
             or counted_unit(number, noun)
             for number, noun in zip(numbers, nouns, strict=True)]
    items: list[dict] = []
    given: list[str | None] = []  # the unit each number was given, for the elliptical ones after it
    money_starts = sorted(m["start"] for m in found)
    for i, (number, unit, noun) in enumerate(zip(numbers, units, nouns, strict=True)):
        if _ranks_a_listed_name(text, number):
            given.append(None)
            continue  # "2 Denmark 9 pts", "2 Fred Kerley (USA) 9.81": a place in a table, no count of points
        if number.counts_like_next and i + 1 < len(numbers):
            unit, noun = units[i + 1], nouns[i + 1]
            if unit is None and noun is None and (subject := counting_subject(doc, numbers[i + 1])) is not None:
                noun, unit = subject, unit_of(subject)  # "The number of members rose from 62 to 64": 62 members
            elif unit is None and noun is None and counts_people_of_subject(doc, numbers[i + 1]):
                unit = "people"  # "Unemployment fell by 300,000 to 7.7 million": 300,000 people
        elif unit is None and noun is None and (last := _list_end(text, numbers, units, nouns, i)) is not None:
            unit, noun = units[last], nouns[last]  # "field goals of 42, 51 and 36 yards": 42 yards
        elif unit is None and noun is None and i > 0 and (
                _counts_like_previous(text, numbers[i - 1], nouns[i - 1], number)
                or _is_earlier_level(text, numbers[i - 1], number) or _is_others_count(text, numbers[i - 1], number)):
            unit, noun = units[i - 1], nouns[i - 1]
        elif unit is None and noun is None \
                and (source := _elliptical_source(text, numbers, given, i, money_starts)) is not None:
            unit = given[source]  # "1,200 families ..., up from 700": 700 families
        elif unit is None and noun is None and (tally := tally_unit(text, numbers, given, units, i)) is not None:
            unit = tally  # "The Labour Party won 411 seats, Conservatives 121": 121 seats
        elif unit == "other" and (counted := _counted_by_others(text, numbers, units, i)) is not None:
            unit = counted  # "43 people were killed and 17 others are missing": 17 people
        if unit == "nm" and _AT_SEA_AFTER.match(text, number.end):
            unit = "nautical mile"  # "grounded 12nm off Gozo" (not "3nm chips", nanometres)
        if unit == "knot" and _KN_AFTER.match(text, number.end) and not _is_a_speed(text, number):
            unit = None  # "50 kn for a coffee" in Zagreb, kuna
        if unit == "furlong" and number.hedged:
            number = over_the_distance(text, number)
        elif number.hedged:
            number = over_a_span_of_play(doc, number, unit)
        if unit == "pound" and not number.vague:
            unit = "lb"  # pounds the money extractor did not take weigh: "lost 27.3 pounds (12.4 kg)" (not "thousands
            # of pounds", a sum it leaves vague)
        if noun is not None and _forecasters_of(text, number, noun):
            noun = unit = None  # "the 4.0 million economists had forecast": a forecast, not a count of economists
        if noun is not None and noun.lemma_ in TIME_UNITS and (number.metre_or_million or _dated(noun)):
            noun = unit = None  # "sales reached 2.3m last year": the year is not what is counted
        if unit is None and noun is None and (subject := counting_subject(doc, number)) is not None:
            noun, unit = subject, unit_of(subject)  # "Monthly active users rose 12% to 675 million": 675 million users
        elif unit is None and noun is None and counts_people_of_subject(doc, number):
            unit = "people"  # "Unemployment fell by a further 300,000 to 7.7 million": 7.7 million people
        if unit is None and noun is None \
                and (source := _scaled_count_before(text, numbers, given, i, money_starts)) is not None \
                and (counts_alike(doc, numbers[source], number) and not reads_as_a_sum(doc, number)
                     or _of_a_like_size(numbers[source], number)
                     and (sells_alike(doc, numbers[source], number)
                          or _trade_of_goods_before(doc, text, numbers[source], given[source], number, money_starts))):
            unit = given[source]  # "shipped 50 million doses so far. It plans to make 1.3 billion in 2021": doses;
            # "Apple sold 230 million iPhones. Samsung sold 220 million": iPhones; "sold 2 million copies ... sales hit
            # 1.1 million": copies
        if unit is None and noun is None and not reads_as_a_sum(doc, number):
            unit = _audience_counted(text, number)  # "Viewers tuned in. The show averaged 9.1 million": viewers
        sum_kind = noun is not None and (is_sum_kind(noun) or _sum_kind_before(doc, number, noun)) \
            and not _stroke_between(doc, number, noun)
        if number.metre_or_million and sum_kind:
            unit = None  # "the 100m final tranche", "a 1,500m transfer budget": millions, no count of tranches
        measured_by_noun = noun is not None and not names_a_race_after(text, number)  # "the 110m hurdles": a race
        if number.metre_or_million and (noun.tag_ == "NN" and not sum_kind if measured_by_noun else (
                about_heights(doc, number) or is_race_distance(text, number) or is_field_mark(text, number))):
            number, unit = as_metres(number), "metre"  # "the 100m sprint", "a 10m wall", "the river reached 5.6m",
            # "the women's 800m in 1:56.72", "won gold with 6.25m" in a story of the pole vault
        if _is_measured_time(number, unit):
            number = _with_minutes(text, number)
        else:
            number = _with_race_minutes(text, number, unit)
        if (unit != "g" or _weighs_a_thing(doc, number)) and _is_figure(doc, text, number, unit, noun, blocked, names):
            items.append(_figure_item(text, with_unit_words(text, number, unit, noun), unit))
        given.append(unit)
    return outside_page_frame(doc, items)


# A table's place: a number of one or two digits opening a list's item (after a colon, comma or semicolon, or a
# line's start), a capitalised name after it on the same line, a country's code in brackets perhaps, and the item's
# own number: "Standings: 1 Australia 10 pts, 2 Denmark 9 pts", "3 Oblique Seville (JAM) 9.88" (not "14-13-2, 12
# KO's.\nIn 2005", a count before a sentence's end).
_ITEM_OPENING = re.compile(r"(?:^|[:,;]\s*|\n)$")
_NAME_AND_NUMBER_AFTER = re.compile(r"[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}(?:[ \t]+\([A-Z]{2,3}\))?"
                                    r"[ \t]+\+?\d")


def _ranks_a_listed_name(text: str, number: Number) -> bool:
    """The number is a place in a table of names and their numbers, no figure (see `_ITEM_OPENING`)."""
    return number.unit is None and not number.percent and number.digits.isdigit() and len(number.digits) <= 2 \
        and _ITEM_OPENING.search(text, max(0, number.start - 3), number.start) is not None \
        and _NAME_AND_NUMBER_AFTER.match(text, number.end) is not None


# Between the numbers of a list: "42, 51 and 36 yards", "three or four times".
_LIST_COMMA = re.compile(r"\s*,\s*")
_LIST_LAST = re.compile(r",?\s+(?:and|or)\s+")


def _list_end(text: str, numbers: list[Number], units: list[str | None], nouns: list[Token | None], i: int
              ) -> int | None:
    """The index of the last number of a list of bare numbers that the number at `i` stands in, where only that last
    one writes its unit, right after it: "field goals of 42, 51 and 36 yards" (42 and 51 yards too); None otherwise
    ("in 2019, 42 people": no "and" before the unit's number)."""
    j = i
    while j + 1 < len(numbers) and _LIST_COMMA.fullmatch(text, numbers[j].end, numbers[j + 1].start):
        j += 1
        if units[j] is not None or nouns[j] is not None:
            return None
    last = j + 1
    if last < len(numbers) and _LIST_LAST.fullmatch(text, numbers[j].end, numbers[last].start) \
            and units[last] is not None \
            and (nouns[last] is None or not text[numbers[last].end:nouns[last].idx].strip()) \
            and not _scaled_alone(text, numbers[i], numbers[last]) and not _labelled_list(text, numbers, i) \
            and not (j == i and units[last] in _SHARE_UNITS and _RESTATED_AS.fullmatch(text, numbers[i].end,
                                                                                     numbers[last].start)):
        return last  # the unit right after the last number: not "the 12, 24 and 36 month loans"
    return None


# A count written again as a share after a comma: "vacancies stood at 131,000, or 8.3% of posts" (no 131,000%).
_RESTATED_AS = re.compile(r",\s+or\s+")


# A scale word in a number as written: "three thousand", "2 million", "4bn".
_SCALE_WORD = re.compile(r"(?:thousand|million|billion|trillion|hundred|dozen|\d(?:bn|m|k))\b", re.IGNORECASE)
# A label noun opening a list of numbers that name items, no count: "Routes 12, 14 and 16 buses", "years 7, 8 and 9
# pupils", "platforms 3 and 4".
_LIST_LABEL_BEFORE = re.compile(
    r"\b(?:routes?|years?|platforms?|rooms?|sections?|nos?\.?|numbers?|grades?|class(?:es)?|pages?|chapters?|"
    r"clauses?|articles?|lanes?|gates?|wards?|junctions?|stages?|levels?|terminals?|buses|bus|lines?|channels?|"
    r"divisions?|tiers?|bands?|categor(?:y|ies)|phases?|parts?|episodes?|series|seasons?|versions?|models?|"
    r"units?|blocks?|floors?|flats?|houses?|zones?)\s+$", re.IGNORECASE)
# The second of two numbers such a label names, joined by "and", "or" or "to": "between junctions 10 and 11".
_LABELLED_PAIR_BEFORE = re.compile(_LIST_LABEL_BEFORE.pattern.removesuffix(r"\s+$") + r"\s+\d{1,3}\s+(?:and|or|to)\s+$",
                                   re.IGNORECASE)


def _scaled_alone(text: str, number: Number, last: Number) -> bool:
    """The list's last number carries a scale word the number lacks: "Two or three thousand people" (not 2 people)."""
    return _SCALE_WORD.search(text, last.start, last.end + 12) is not None \
        and _SCALE_WORD.search(text, number.start, number.end) is None


def _labelled_list(text: str, numbers: list[Number], i: int) -> bool:
    """A label noun opens the list the number at `i` stands in: its numbers name routes, school years or rooms."""
    first = i
    while first > 0 and _LIST_COMMA.fullmatch(text, numbers[first - 1].end, numbers[first].start):
        first -= 1
    return _LIST_LABEL_BEFORE.search(text, max(0, numbers[first].start - 20), numbers[first].start) is not None


_A_DOZEN = re.compile(r"(?:a|per|the)\s+dozen", re.IGNORECASE)


def _is_priced_dozen(text: str, money_ends: frozenset[int], number: Number) -> bool:
    """"a dozen" right after a sum, the quantity a price is per as in "$4 a pound": "eggs cost $6.23 a dozen" (not
    "$20 for a dozen eggs")."""
    if _A_DOZEN.fullmatch(text, number.start, number.end) is None or _noun_after_dozen(text, number.end):
        return False
    before = text[:number.start].rstrip()
    return len(before) in money_ends and number.start - len(before) <= 2


# A number with a scale of money glued on, as a sum without its currency is written: "50bn", "1.2tn", "£"-less "750m".
_GLUED_SCALE_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:bn|tn|m)\b")
# The whole part of a number and its decimal point right before a number, as a garbled text splits "22.4bn".
_SPLIT_DECIMAL_BEFORE = re.compile(r"\d\.[ \t]*$")


def _opens_with_a_glued_scale(text: str, start: int, name: str) -> bool:
    """The model's date, time or rank at `start` opens with a number and a glued scale, which dates and ranks nothing:
    "50bn" of "Tier 1 capital rose to 50bn." (an ordinal to the model), "50bn last year" (a date); not the decimals of
    a sum a garbled text split ("? 22. 4bn")."""
    return _GLUED_SCALE_NUMBER.match(name) is not None \
        and _SPLIT_DECIMAL_BEFORE.search(text, max(0, start - 8), start) is None



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
    word = word_before(text, at)
    singular = word[:-1] if word.endswith("s") else word
    return _CAPITALISED_WORD_BEFORE.search(text, max(0, at - 20), at) is not None \
        or word in _NAMING_WORDS or singular in _NAMING_WORDS or singular in _LETTERED_THINGS


def _with_spaced_degrees(text: str, number: Number) -> Number:
    """The number with a spaced "C" or "F" of a temperature taken in as its unit: "51.8 C" in "celsius"."""
    scale = _SPACED_DEGREES_AFTER.match(text, number.end)
    if scale is None or number.unit or number.percent or number.vague or not number.digits[:1].isdigit() \
            or _AFTER_DEGREES.match(text, scale.end()) is None:
        return number
    if _names_a_lettered_thing(text, number.start):
        return number  # "Grade 5 C", "Gate 4 C", "room 12 C", "seats 14 C and 22 F": a name's number and letter
    start, end = sentence_around(text, number.start)
    if "." not in number.digits and (number.value or 0) >= 0 and _TEMPERATURE_WORDS.search(text, start, end) is None \
            and not _is_read_like_heat(text, number, scale["scale"], start):
        # a decimal or a number below zero is a reading; a whole number only among words of heat or read as one
        return number
    return replace(number, end=scale.end(), unit=GLUED_UNITS[scale["scale"]])


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


def _is_read_like_heat(text: str, number: Number, scale: str, sentence_start: int) -> bool:
    """A whole number with a spaced letter read after a verb of a reading, within a temperature's range, no word of a
    thing numbered and lettered before it in its sentence ("Her seat was 12 C" names a seat)."""
    if (number.value or 0) > _HOTTEST[scale] or not _after_reading_verb(text, number.start, sentence_start):
        return False
    words = {word.lower() for word in re.findall(r"[A-Za-z]+", text[sentence_start:number.start])}
    words |= {word[:-1] for word in words if word.endswith("s")}  # "seats", "rows"
    return words.isdisjoint(_NAMING_WORDS | _LETTERED_THINGS | _LETTERED_KINDS)


def _is_measured_time(number: Number, unit: str | None) -> bool:
    """Seconds written with a decimal, a time measured rather than a duration told: a race's gap ("beat Norris by 3.5
    seconds"), a sprint's time ("9.58 seconds"); or a race's clock, which measures in whole seconds too ("2:00:35")."""
    return unit == "second" and ("." in number.digits or ":" in number.digits)


# Minutes written before a time in seconds, a part of it: "1 minute 2.5 seconds", "2 min 10.7 seconds", "3 minutes,
# 51.29 seconds" as the wires write it. Nothing else between them: "and" starts another clause ("out for 90 minutes,
# and 2.5 seconds of the footage").
_MINUTES_BEFORE = re.compile(r"(?<![\w.,])(\d{1,3})\s+(?:minutes?|mins?),?\s+$", re.IGNORECASE)


def _with_minutes(text: str, number: Number) -> Number:
    """A time in seconds with the minutes written before it, in seconds, its digits as a race's clock writes them:
    "1 minute 2.5 seconds" is 62.5 ("1:2.5")."""
    minutes = _MINUTES_BEFORE.search(text, max(0, number.start - 20), number.start)
    if minutes is None or number.value is None or number.high is not None or ":" in number.digits:
        return number
    return replace(number, start=minutes.start(1), value=60 * int(minutes[1]) + number.value,
                   digits=f"{minutes[1]}:{number.digits}")


def _with_race_minutes(text: str, number: Number, unit: str | None) -> Number:
    """Whole seconds after minutes near words of racing, a race's time or gap: "extended his lead to 5 minutes, 14
    seconds" is 314 (not "the video ran 3 minutes, 20 seconds", a duration, nor a game's clock, "a 31-24 lead with 4
    minutes 48 seconds remaining")."""
    if unit != "second" or number.hedged or not in_race_talk(text, number.start, number.end):
        return number
    joined = _with_minutes(text, number)
    return number if is_game_clock(text, joined.start, joined.end) else joined


# Who forecasts a number, and the verb of a clause that has the number for its object, ended right after the verb:
# "below the 4.0 million economists had forecast" (not "40 economists expected a cut", which counts them).
_FORECASTERS = frozenset({"economist", "analyst", "forecaster", "strategist", "trader", "investor", "market", "poll"})
_FORECAST_CLAUSE = re.compile(r"\s+(?:had\s+|have\s+|has\s+|were\s+|had\s+been\s+)?(?:forecast|expected|predicted|"
                              r"estimated|anticipated|projected|pencilled\s+in|penciled\s+in)(?=\s*[.;:)]|\s*$|"
                              r"\s+(?:by|in|for|on|and|but|last|this|earlier|before)\b)")
# Words before a number that make it the object a forecast is compared with: "below the 4.0 million economists had
# forecast" (not "A Reuters poll of 61 economists forecast in January", which counts them).
_COMPARED_BEFORE = re.compile(r"\b(?:the|than|below|above)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _forecasters_of(text: str, number: Number, noun: Token) -> bool:
    """The noun after the number is who forecast it, the subject of a clause whose object is the number."""
    return noun.lemma_.lower() in _FORECASTERS and _FORECAST_CLAUSE.match(text, noun.idx + len(noun.text)) is not None \
        and _COMPARED_BEFORE.search(text, max(0, number.start - 30), number.start) is not None


def _dated(noun: Token) -> bool:
    """A time noun after "last" or "next", which dates the number before it: "rose by 150,000 last month"."""
    return noun.i > 0 and noun.doc[noun.i - 1].lower_ in ("last", "next")


# What lies between a count and "N others" counting the same, in one clause: " people were killed and ".
_OTHERS_GAP = re.compile(r"[^.;:!?]{1,60}")
# A count of part of the count before it: "14 people, including three children".
_SUBSET_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|of\s+whom|of\s+them)\s+$", re.IGNORECASE)


def _counted_by_others(text: str, numbers: list[Number], units: list[str | None], i: int) -> str | None:
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
# A reading of one digit and a decimal after an article, right before a quake's noun: "followed by a 7.5 aftershock",
# "a 6.2 quake" (not "3 earthquakes" nor "2.5 tremors a day", counts).
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)
_QUAKE_AFTER = re.compile(r"[\s-]+(?:earthquakes?|quakes?|aftershocks?|tremors?)\b", re.IGNORECASE)
_READING = re.compile(r"\d\.\d")


def _magnitude(text: str, number: Number, noun: Token | None) -> str | None:
    """"magnitude" for the number after the word, before it or before the Richter scale: "a magnitude 7.8 earthquake",
    "a 9.1 magnitude quake", "7.1 on the Richter scale", "a 7.5 aftershock" are no count of earthquakes; after "a
    magnitude of" only where no noun it counts follows ("a magnitude of 6.8", not "a magnitude of 5 units")."""
    before = _MAGNITUDE_BEFORE.search(text, max(0, number.start - 12), number.start) or (
        noun is None and _MAGNITUDE_OF_BEFORE.search(text, max(0, number.start - 30), number.start))
    reading = _READING.fullmatch(text, number.start, number.end) and _QUAKE_AFTER.match(text, number.end) \
        and _ARTICLE_BEFORE.search(text, max(0, number.start - 5), number.start)
    return "magnitude" if before or _MAGNITUDE_AFTER.match(text, number.end) or reading else None


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


def _is_a_speed(text: str, number: Number) -> bool:
    """A number in "kn" told as a speed by its sentence: "travelling at 11 kn", "winds of 35kn"."""
    start, end = sentence_around(text, number.start)
    return _AT_BEFORE.search(text, max(0, number.start - 5), number.start) is not None \
        or _SPEED_WORDS.search(text, start, end) is not None


# The verb of a second count of casualties, in the past or as a participle: "and injured 31", "and injuring 31".
_INJURED = r"(?:injur(?:ed|ing)|wound(?:ed|ing)|hurt(?:ing)?)"


def _counts_like_previous(text: str, previous: Number, noun: Token | None, number: Number) -> bool:
    """The number counts what the one before it counted, written once between them: "by 5,402 votes to 4,988",
    "won 21 seats against 13", "killed two people and injured 31" (or "killing ... and injuring 31"), "either 5 ether
    or 10"."""
    if noun is None:
        return False
    between = text[previous.end:number.start]
    if not noun.text or any(ch.isspace() for ch in noun.text):
        return _counts_like_previous_by(text, previous, re.escape(noun.text), between)
    # The noun's word taken by a pattern compiled once, then compared: a pattern made with the word in it was
    # compiled again for nearly every number (Python's cache of patterns kept none of them).
    counted = _COUNTED_BETWEEN.fullmatch(between)
    if counted is not None and counted.group(1) == noun.text:
        return True
    either = _COUNTED_OR_BETWEEN.fullmatch(between)
    return either is not None and either.group(1) == noun.text \
        and _EITHER_BEFORE.search(text, max(0, previous.start - 8), previous.start) is not None


def _counts_like_previous_by(text: str, previous: Number, word: str, between: str) -> bool:
    """`_counts_like_previous` of a noun's `word` (a pattern) with a space in it or none, by patterns made with it."""
    return re.fullmatch(rf"\s+{word}\s+(?:to|against|and\s+{_INJURED})\s+", between) is not None \
        or (_EITHER_BEFORE.search(text, max(0, previous.start - 8), previous.start) is not None
            and re.fullmatch(rf"\s+{word}\s+or\s+", between) is not None)


# The text between two numbers that count the same noun written once between them (`_counts_like_previous`), the
# noun's word in group 1: " votes to ", " people and injured ", " ether or ".
_COUNTED_BETWEEN = re.compile(rf"\s+(\S+)\s+(?:to|against|and\s+{_INJURED})\s+")
_COUNTED_OR_BETWEEN = re.compile(r"\s+(\S+)\s+or\s+")


# "either" before the first of two choices, whose second counts what the first counts: "either 5 ether or 10".
_EITHER_BEFORE = re.compile(r"\beither\s+$", re.IGNORECASE)


# "fell to 80.7 million tonnes from 85.8 million", "cut to 24 from 32", "to 146.5 million metric tons on Thursday, from
# 149.4 million": the level before, after "from", counts what the new level counts, its unit written once.
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
_FROM_GAP = re.compile(r"(?:\s+[\w-]+){0,4},?\s+from\s+", re.IGNORECASE)
_EARLIER_LEVEL_BEFORE = re.compile(rf"\bto\s+(?:{DIGITS_RE})(?:\s*{SCALE_RE})?{_FROM_GAP.pattern}$", re.IGNORECASE)
_EARLIER_LEVEL = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?")


def _is_earlier_level(text: str, previous: Number, number: Number) -> bool:
    """The number is the level before a change to the previous one, written after it: "to 24 from 32"."""
    return _TO_BEFORE.search(text, max(0, previous.start - 4), previous.start) is not None \
        and _FROM_GAP.fullmatch(text, previous.end, number.start) is not None


# Another's count of the same thing in the same sentence: "3.5 million people marched, while police put the figure at
# 1.28 million".
_FIGURE_AT_BEFORE = re.compile(r"\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|its|their)\s+"
                               r"(?:figure|number|total|count|tally|turnout)\s+at\s+$", re.IGNORECASE)
_SENTENCE_END_BETWEEN = re.compile(r"[.!?;](?:\s|$)")


def _is_others_count(text: str, previous: Number, number: Number) -> bool:
    """The number is another's count of what the number before it in its sentence counts."""
    return _FIGURE_AT_BEFORE.search(text, max(0, number.start - 40), number.start) is not None \
        and _SENTENCE_END_BETWEEN.search(text, previous.end, number.start) is None


# The level a change came from, after the words of the change: "up from 700", "down 58% from 157,651", "compared with
# 700"; the number the change is of lies before them.
_CHANGE_FROM_BEFORE = re.compile(r"\b(?:(?:up|down|rising|falling|higher|lower)(?:\s+(?:by\s+)?(?:about\s+)?[\d.,]+"
                                 r"\s*(?:%|percent|per\s+cent))?,?\s+from|compared\s+(?:with|to))\s+$", re.IGNORECASE)
# A second count of casualties, its noun left out: "Three people were killed and 17 wounded" (not "arrested": those
# arrested are not the officers injured).
_CASUALTIES_AFTER = re.compile(r"\s+(?:were\s+|are\s+)?(?:wounded|injured|hurt|missing)\b", re.IGNORECASE)
_CASUALTIES_GAP = re.compile(r"\s+[\w\s]{0,30}\b(?:killed|died|dead|wounded|injured|hurt)\s+and\s+", re.IGNORECASE)


def _elliptical_source(text: str, numbers: list[Number], units: list[str | None], i: int,
                       money_starts: list[int]) -> int | None:
    """The index of the figure before the bare number at `i` in its sentence whose unit it leaves unwritten: after a
    change's "from" ("1,200 families ..., up from 700"; not where a sum lies before the number in its sentence:
    "revenue rose to $90 billion in the three months to June, up from 81 billion"), or as a second count of
    casualties ("Three people were killed and 17 wounded"); None otherwise."""
    number = numbers[i]
    sentence_start, _ = sentence_around(text, number.start)
    if change := _CHANGE_FROM_BEFORE.search(text, max(sentence_start, number.start - 40), number.start):
        if _money_between(money_starts, sentence_start, number.start):
            return None
        before = [j for j in range(i) if sentence_start <= numbers[j].start and numbers[j].end <= change.start()
                  and not (units[j] is None and looks_like_year(numbers[j], None))  # "arrivals in 2024, down"
                  and not _share_below(text, numbers[j], number)]
        source = before[-1] if before else None
    elif i > 0 and numbers[i - 1].start >= sentence_start and _is_parallel(text, numbers[i - 1], number) \
            and not _money_between(money_starts, numbers[i - 1].end, number.start):
        source = i - 1
    else:
        return None
    return source if source is not None and units[source] is not None else None


# A number in millions or more, as written: "9.1 million", "1.3bn".
_IN_MILLIONS = re.compile(r"(?:million|billion|trillion|\d(?:bn|m))\b", re.IGNORECASE)
# Units no count in millions leaves unwritten after it: a share.
_SHARE_UNITS = frozenset({"percent", "percentage point"})


def _scaled_count_before(text: str, numbers: list[Number], units: list[str | None], i: int,
                         money_starts: list[int]) -> int | None:
    """The index of the count in millions before the bare number in millions at `i`, in its sentence or the one
    before, whose unit the number leaves unwritten: "The final averaged 9.1 million viewers. The semi-final averaged
    7.2 million" (viewers), "shipped 50 million doses ... It plans to make 1.3 billion in 2021" (doses); None where
    the nearest such number before it counts nothing, or a sum lies between them ("50 million users. Revenue was $2
    billion, against 1.8 billion")."""
    number = numbers[i]
    if _IN_MILLIONS.search(text, number.start, number.end) is None:
        return None
    window_start = sentence_around(text, max(0, sentence_around(text, number.start)[0] - 2))[0]
    for j in range(i - 1, -1, -1):
        if numbers[j].start < window_start:
            return None
        if _IN_MILLIONS.search(text, numbers[j].start, numbers[j].end) is None:
            continue
        if units[j] is None or units[j] in _SHARE_UNITS or _money_between(money_starts, numbers[j].end, number.start) \
                or (numbers[j].metre_or_million and units[j] == "metre"):
            return None  # "Waves of up to 8m hit the coast. Unemployment rose to 1.6m": metres, no millions
        return j
    return None


# How many times the count of goods sold or traded a later bare level that counts them too may be: "sold 2 million
# copies ... sales hit 1.1 million" (copies), not "sold 20 million copies ... Sales hit 1.2 billion" (a sum).
_LIKE_SIZE_RATIO = 10


def _of_a_like_size(earlier: Number, later: Number) -> bool:
    """The later bare level is within `_LIKE_SIZE_RATIO` times the earlier count, as the same goods' count is."""
    return earlier.value is not None and later.value is not None and earlier.value > 0 \
        and later.value <= _LIKE_SIZE_RATIO * earlier.value


def _trade_of_goods_before(doc: Doc, text: str, earlier: Number, unit: str | None, number: Number,
                           money_starts: list[int]) -> bool:
    """The bare number is a trade's level ("Exports reached 12 million") after a count of goods ("40 million tonnes" of
    wheat), with no sum written in their sentences: it counts the goods ("It sold 2 million copies for $40 each. Sales
    hit 80 million" is a sum's)."""
    return is_trade_level(doc, number) and counts_goods(doc, earlier, unit) and not _money_between(
        money_starts, sentence_around(text, earlier.start)[0], sentence_around(text, number.start)[1])


# A programme's verbs of its audience before a bare count: "averaged 9.1 million", "peaked at 10.2 million", "was
# watched by an average of 8 million", "drew 5.4 million".
_AUDIENCE_VERB_BEFORE = re.compile(
    r"\b(?:averag(?:e|es|ed|ing)|peak(?:s|ed|ing)?\s+(?:at|with)|dr[ae]w|draws|drawing|attract(?:s|ed|ing)?|"
    r"pull(?:s|ed|ing)?\s+in|watched\s+by|tun(?:ed|ing)\s+in\s+to)\s+"
    r"(?:(?:an?|the)\s+(?:average|peak|total|overnight)\s+(?:audience\s+)?of\s+)?$", re.IGNORECASE)
# What a sum a verb of an audience drew is in, after it: "attracted 5 million in new money", "drew 4 million in
# donations" (not "drew 6.5 million in the last quarter").
_SUM_IN_AFTER = re.compile(r"\s+in\s+(?!(?:the|a|an|its|his|her|their|total|all|[A-Z]\w*|\d+)\b)[a-z]")
# The audience named in the sentence or the one before.
_AUDIENCE_NAMED = re.compile(r"\b(?P<noun>viewer|listener)s\b", re.IGNORECASE)


def _audience_counted(text: str, number: Number) -> str | None:
    """The audience a bare number in millions after a verb of a programme's audience counts, where its sentence or the
    one before names them: "Viewers tuned in on Saturday. The show averaged 9.1 million" (viewer); None otherwise ("The
    index averaged 9.1 million", no audience named; "The fund attracted 5 million in new money", a sum)."""
    if _IN_MILLIONS.search(text, number.start, number.end) is None \
            or _AUDIENCE_VERB_BEFORE.search(text, max(0, number.start - 50), number.start) is None \
            or _SUM_IN_AFTER.match(text, number.end):
        return None
    start, end = sentence_around(text, number.start)
    named = _AUDIENCE_NAMED.search(text, sentence_around(text, max(0, start - 2))[0], end)
    return named["noun"].lower() if named is not None else None


# A share of a whole: "40.2% of the vote".
_OF_A_WHOLE_AFTER = re.compile(r"\s+of\s+(?:the|all|its|their)\b", re.IGNORECASE)


def _share_below(text: str, share: Number, number: Number) -> bool:
    """The share of a whole is below the number, which no earlier level of it can be: "won 159 seats on 40.2% of the
    vote, down from 230" (230 seats, no share of 230%)."""
    return share.percent == "percent" and number.value is not None and number.value > 100 \
        and _OF_A_WHOLE_AFTER.match(text, share.end) is not None


def _is_parallel(text: str, previous: Number, number: Number) -> bool:
    """The number stands in a clause parallel to that of the number before it, a second count of casualties ("were
    killed and 17 wounded")."""
    return _CASUALTIES_AFTER.match(text, number.end) is not None \
        and _CASUALTIES_GAP.fullmatch(text, previous.end, number.start) is not None


def _money_between(money_starts: list[int], start: int, end: int) -> bool:
    """A sum lies between `start` and `end`: "30 states ran deficits of $5 billion, up from 3.2 billion" counts no
    states."""
    at = bisect.bisect_left(money_starts, start)
    return at < len(money_starts) and money_starts[at] < end


def is_earlier_level(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a bare number, no year, that a change came from, written after the new level: the "32" of
    "cut daily transits to 24 from 32", which the model dates."""
    return _EARLIER_LEVEL.fullmatch(text, start, end) is not None \
        and _EARLIER_LEVEL_BEFORE.search(text, max(0, start - 80), start) is not None


def _without_particle(doc: Doc, text: str, number: Number) -> Number:
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


def _without_preposition(doc: Doc, text: str, number: Number) -> Number:
    """The number without its "under" or "about" where the word is the preposition of the words before it, no hedge:
    "served under three presidents", "a comedy about two men" count exactly; not "under 200 people attended", nor "a
    film about two hours long" (a time or a measure after it is hedged), nor "serving under 5,000 customers"."""
    hedge = re.match(r"(under|about)\s+", text[number.start:number.end], re.IGNORECASE) if number.hedged else None
    token = doc.char_span(number.start, number.start + len(hedge[1])) if hedge else None
    if hedge is None or token is None or len(token) != 1 or token.start == 0:
        return number
    noun = counted_noun(doc, number)
    counted = noun.lemma_.lower() if noun is not None else None
    if counted is None or counted in TIME_UNITS or counted in MEASURE_UNITS:
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


# A race's kind between a distance and the noun after it: "the 100m freestyle bid" is a bid at the race, no sum.
_RACE_KINDS = frozenset({"freestyle", "butterfly", "backstroke", "breaststroke", "medley", "sprint", "hurdles", "relay",
                         "steeplechase", "dash"})


# A pool, whose length a glued "m" before it is, wherever a word of a sum follows: "The 25m pool deal" (metres).
_POOLS = frozenset({"pool", "pools"})
# ... but a pool of money before the winnings it holds: "The casino's 25m pool jackpot" (millions).
_POOLS_OF_MONEY = frozenset({"jackpot", "prize", "payout", "winnings", "bonus"})


def _stroke_between(doc: Doc, number: Number, noun: Token) -> bool:
    """A race's kind (`_RACE_KINDS`) or a pool stands between the number and its noun: "the 100m freestyle bid", "the
    25m pool deal" (metres); not a pool of winnings ("the 25m pool jackpot")."""
    pool = noun.lower_ not in _POOLS_OF_MONEY
    return any(token.lower_ in _RACE_KINDS or pool and token.lower_ in _POOLS
               for token in doc.char_span(number.end, noun.idx, alignment_mode="expand") or ())


def _sum_kind_before(doc: Doc, number: Number, noun: Token) -> bool:
    """A kind of sum (see `is_sum_kind`) is the first word between a glued "Nm" and its noun: "The council's 5m payment
    scheme" is a scheme of 5 million in payments, no metres (not "a 5m wall")."""
    if not number.metre_or_million or noun.idx <= number.end:
        return False  # no glued "m", or the noun before the number ("users rose to 675m")
    span = doc.char_span(number.end, noun.idx, alignment_mode="expand")
    return bool(span) and span[0].idx == number.end + 1 and span[0].dep_ == "compound" and is_sum_kind(span[0])


def _with_counts_after_sums(text: str, money: list[dict], numbers: list[Number]) -> list[Number]:
    """The numbers with the count after each sum's "to" ("$1,000 to 4,500 households": 4,500, which the figure scan
    read as the end of a range it dropped with the sum)."""
    taken = Spans([*((n.start, n.end) for n in numbers), *((m["start"], m["end"]) for m in money)])
    counts = [Number(count.start(1), count.end(1), number_value(count["n"], count["scale"]), None, None, False,
                     False, None, count["n"])
              for m in money if (count := count_after_sum(text, m["end"])) is not None
              and not taken.overlap(count.start(1), count.end(1))]
    return sorted(numbers + counts, key=lambda n: n.start) if counts else numbers


def _numbers(text: str) -> Iterator[Number]:
    """Figure-shaped matches, race times (and fractions of a second in words) and heights in text order."""
    times = heapq.merge(race_times(text), split_seconds(text), sprint_times(text), heights(text),
                        key=lambda number: number.start)
    timed = list(times)
    spans = Spans((time.start, time.end) for time in timed)
    others = (number for number in _figure_numbers(text) if not spans.overlap(number.start, number.end))
    yield from heapq.merge(timed, others, key=lambda number: number.start)


def _figure_numbers(text: str) -> Iterator[Number]:
    """Figure-shaped matches in the text, spelled-out runs validated."""
    for match in _FIGURE_RE.finditer(text):
        groups = match.groupdict()
        start, end = trim(text, match.start(), match.end())
        hedged = bool(groups["hedge"])
        if groups["vague"]:
            if groups["vague"].lower() in _SCALED_ALONE and not groups["vpre"] \
                    and _SPELLED_NUMBER_BEFORE.search(text, max(0, start - 20), start):
                continue  # "lakhs" of "Two lakhs of people": the spelled number's scale
            base = _VAGUE_BASES[groups["vague"].lower()]
            low = base * _VAGUE_PREFIXES.get((groups["vpre"] or "").split(" ")[0].lower(), 1.0)
            high = 100.0 if base == 24.0 else low * 10
            yield Number(start, end, None, low, high, True, True, None, "")
            continue
        change = groups["n2"] is not None and is_change(text, match, "sep")  # "fell from 5 to 4 percent" too
        low, high = bounds(groups["n1"], groups["n1_scale"], groups["n2"], groups["n2_scale"], bool(groups["sign"]),
                            ordered=not change)
        if low is None and (groups["pct1"] or _shares_with_one_sign(match)):
            yield from _two_shares(match, start, end)  # "by 44% to 37%", "52%-45%", "52 to 48 percent": a poll's
            continue  # shares, no range
        second = _second_alone(match, end) if _year_then_level(text, match) else None
        if (low is None and no_range_after_all(match, "n2", "sep")) or second is not None:
            low, high = bounds(groups["n1"], groups["n1_scale"], None, None, bool(groups["sign"]))
            end = end_of(match, "n1")
            groups = {**groups, "n2": None, "sep": None, "pct": None, "glued": None}
        if low is None:
            continue
        if groups["between"] and groups["n2"] is None and not hedged:
            start = match.end("between")  # "torn between two women": the preposition of no range
        if (race := race_distance(text, match, start, hedged)) is not None:
            yield race
            continue
        if groups["glued"] == "GB" and not _about_data(text, match):
            continue  # Sydney's radio station "2GB"
        if groups["glued"] == "g" and _about_networks(text, match):
            continue  # a network's generation, "5g speeds", no grams
        if groups["glued"] == "C" and (_sized(text, match) or _is_century(text, match)
                                       or _names_a_school_class(text, match)):
            continue  # "size 10C shoes", "the 18C church", "pupils in year 9C": a size's letter, a century, a
            # school class; no temperature
        glued = GLUED_UNITS.get(groups["glued"] or "")
        if change and high is not None:
            # "from 40 to 50 countries": two figures; the first ends before the separator (after its own "%").
            first_end = match.end("pct1") if groups["pct1"] else match.end("glued1") if groups["glued1"] \
                else end_of(match, "n1")
            percent = _percent_unit(groups["pct"])
            yield Number(start, first_end, low, None, None, False, False, percent, groups["n1"],
                          counts_like_next=not glued, unit=glued)
            yield Number(match.start("n2"), end, high, None, None, False, False, percent, groups["n2"], unit=glued)
            continue
        digits = groups["n1"] + (groups["n1_scale"] or "") + (groups["sep"] or "") + (groups["n2"] or "")
        percent = _percent_unit(groups["pct"])
        metric = groups["n2"] is None and (groups["n1_scale"] or "").lower() == "m"
        yield Number(start, end, low, low if high is not None else None, high, hedged, False,
                      percent, digits, metric and not glued, unit=glued)
        if second is not None:
            yield second


# A school's year or form before a number with a glued "C", no determiner before it: "pupils in year 9C", "Form 4C"
# (a class, no heat; not "making the year 2C warmer").
_SCHOOL_CLASS_BEFORE = re.compile(r"(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\blast )(?<!\bnext )(?<!\bper )(?<!\ba )"
                                  r"(?<!\bevery )(?<!\beach )\b(?:year|form|class|grade)\s+$", re.IGNORECASE)
# School years and grades go up to 13.
_LAST_SCHOOL_YEAR = 13
# A text of a school, where "year 9C" is a class ("Over the past year 2C of warming" is none's).
_SCHOOL_WORDS = re.compile(r"\b(?:pupils?|students?|schools?|teachers?|classmates|classrooms?|head ?teachers?)\b",
                           re.IGNORECASE)


def _names_a_school_class(text: str, match: re.Match[str]) -> bool:
    """The number with a glued "C" names a school class after "year", "form", "class" or "grade" in a text of a
    school: "Pupils in year 9C"."""
    digits = match["n1"]
    return match["n2"] is None and digits.isdigit() and 1 <= int(digits) <= _LAST_SCHOOL_YEAR \
        and _SCHOOL_CLASS_BEFORE.search(text, max(0, match.start() - 16), match.start()) is not None \
        and _SCHOOL_WORDS.search(text) is not None
# A word of a size before a number with a glued "C": a shoe's or a cup's size ("size 10C shoes", "a 34C cup").
_SIZE_BEFORE = re.compile(r"\b(?:sizes?|cup|width)\s+$", re.IGNORECASE)
_SIZE_AFTER = re.compile(r"\s+(?:cups?|bras?|shoes?|boots?|trainers?|feet|foot)\b", re.IGNORECASE)
# A century's number glued to "C", after "the" and before a thing a century made, as art and heritage copy writes it:
# "the 18C church", "a 12C manuscript" (not a climate's "the 2C target", "a 3C world", "a 4C fridge", "the 21C summer").
_CENTURY_C = re.compile(r"(?:the|an?)\s+$", re.IGNORECASE)
_CENTURY_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:church|chapel|cathedral|abbey|priory|monastery|convent|castle|manor|palace|tower|mosque|"
    r"temple|synagogue|fort|fortress|bridge|barn|cottage|farmhouse|mansion|villa|building|tomb|crypt|"
    r"fresco|mural|altarpiece|painting|portrait|tapestry|manuscript|codex|bible|psalter|map|sculpture|statue|carving|"
    r"stained|architecture|poet|poetry|chronicle|coin)s?\b")
_LAST_CENTURY = 21


def _sized(text: str, match: re.Match[str]) -> bool:
    """The number with a glued "C" is a size: "size" before it or a worn thing after it ("size 10C shoes")."""
    return _SIZE_BEFORE.search(text, max(0, match.start() - 10), match.start()) is not None \
        or _SIZE_AFTER.match(text, match.end("glued")) is not None


def _is_century(text: str, match: re.Match[str]) -> bool:
    """The whole number of a century with a glued "C", after "the" or "a" and before a thing a century made, in a
    sentence with no word of heat or the weather, nor the one before: "The 18C church was restored" (not "the 2C
    target", "a 3C world", "the 30C heat", "a 15C drop")."""
    digits = text[match.start():match.start("glued")].strip()
    if not digits.isdigit() or not 1 <= int(digits) <= _LAST_CENTURY:
        return False
    if _CENTURY_C.search(text, max(0, match.start() - 5), match.start()) is None \
            or _CENTURY_NOUN_AFTER.match(text, match.end("glued")) is None:
        return False
    start, end = sentence_around(text, match.start())
    window = text[sentence_around(text, max(0, start - 2))[0]:end]  # its sentence and the one before
    return _TEMPERATURE_WORDS.search(window) is None and _WEATHER_WORDS.search(window) is None


def _about_data(text: str, match: re.Match[str]) -> bool:
    """A word of computing right after the glued "GB": "256GB of storage", "12GB RAM"."""
    return DATA_WORD_AFTER.match(text, match.end("glued")) is not None


def _weighs_a_thing(doc: Doc, number: Number) -> bool:
    """A glued "g" weighs a thing named right after it, "of" it or a noun: "10g of sugar", "a 300g steak", "the 250g
    headphones", or after "weighs" (not a g-force, "pulled 9g as it climbed", "subjected to 5g on the ride", nor "4g in
    2015")."""
    at = [token for token in doc if token.idx < number.end <= token.idx + len(token.text)]
    if not at:
        return False
    first = next((token for token in doc if token.idx <= number.start < token.idx + len(token.text)), at[0])
    if first.i > 0 and doc[first.i - 1].lemma_.lower() == "weigh":
        return True  # "weighs 187g."
    if at[-1].i + 1 >= len(doc):
        return False
    after = doc[at[-1].i + 1]
    return after.lower_ == "of" or after.pos_ in ("NOUN", "PROPN") and after.tag_ != "VBG"


def _about_networks(text: str, match: re.Match[str]) -> bool:
    """A glued "g" after a network's generation, 2 to 6, among words of mobile networks in its sentence: "5g speeds"
    (not "5g of sugar")."""
    start, end = sentence_around(text, match.start())
    return match["n1"] in _NETWORK_GENERATIONS and not match["n2"] \
        and NETWORK_WORDS.search(text, start, end) is not None


_NETWORK_GENERATIONS = frozenset({"2", "3", "4", "5", "6"})


# Words before a year that "to" follows as the level reached in it: "rose in 2023 to 95 million", "its target for
# 2026 to 210 million", "cut by 2030 to 32 percent below" (not "from 1500 to 2 million", a range).
_YEAR_BEFORE_LEVEL = frozenset({"in", "for", "by", "since", "until", "till", "before", "after", "during"})


def _year_then_level(text: str, match: re.Match[str]) -> bool:
    """"YEAR to N" where N carries its own scale or percent or is below the year: the year dates the move to the
    level N ("in 2024 to 1.2 million cars", "for 2025 to 1.5%", "in 2023 to 510 gigawatts"), no range from the
    year; both numbers stand alone."""
    if match["n2"] is None or (match["sep"] or "").strip().lower() != "to" or match["n1_scale"] or match["sign"] \
            or re.fullmatch(YEAR, match["n1"]) is None \
            or word_before(text, match.start("n1")) not in _YEAR_BEFORE_LEVEL:
        return False
    level = number_value(match["n2"], match["n2_scale"])
    return bool(match["n2_scale"] or match["pct"]) or (level is not None and level < int(match["n1"]))


def _second_alone(match: re.Match[str], end: int) -> Number | None:
    """The upper number of a match that is no range, as a number of its own with what is written after it."""
    value, _ = bounds(match["n2"], match["n2_scale"], None, None)
    if value is None:
        return None  # "$3m to a charity"
    glued = GLUED_UNITS.get(match["glued"] or "")
    metric = (match["n2_scale"] or "").lower() == "m" and not glued
    return Number(match.start("n2"), end, value, None, None, False, False, _percent_unit(match["pct"]), match["n2"],
                   metric, unit=glued)


def _shares_with_one_sign(match: re.Match[str]) -> bool:
    """A downward "N to M percent" of two whole shares, the sign written once: a vote's split ("52 to 48 percent"),
    each end a share."""
    return bool(match["pct"]) and match["n2"] is not None and not (match["n1_scale"] or match["n2_scale"]) \
        and re.fullmatch(r"\d{1,2}", match["n1"]) is not None and re.fullmatch(r"\d{1,2}", match["n2"]) is not None \
        and int(match["n1"]) > int(match["n2"]) and (match["sep"] or "").strip().lower() in {"to", "-", "–"}


def _two_shares(match: re.Match[str], start: int, end: int) -> Iterator[Number]:
    """Both ends of a percent "range" whose second end is the smaller, each a figure of its own."""
    first, _ = bounds(match["n1"], match["n1_scale"], None, None, bool(match["sign"]))
    second, _ = bounds(match["n2"], match["n2_scale"], None, None)
    if first is None or second is None:
        return
    percent = _percent_unit(match["pct"])
    first_end = match.end("pct1") if match["pct1"] else match.end("n1")
    yield Number(start, first_end, first, None, None, False, False, percent, match["n1"])
    yield Number(match.start("n2"), end, second, None, None, False, False, percent, match["n2"])


def _percent_unit(sign: str | None) -> str | None:
    """The unit a percent sign or word gives: "percent", "percentage point", or None."""
    if not sign:
        return None
    return "percentage point" if "point" in sign.lower() else "percent"


# A noun glued to its number with a hyphen that names one thing ("a 3-pointer", "an 18-wheeler", "a four-poster bed"),
# unlike "a 2,507-member assembly", which counts members.
_AGENT_NOUN = re.compile(r"-(?:point|wheel|seat|foot|post|hom|pound|deck|hand|tim|lin|hitt)ers?")


# Digits joined by a hyphen to a capitalised number word: a name ("7-Eleven"), as no range is written so.
_HYPHENATED_NAME = re.compile(r"\d+-[A-Z][a-z]+")


def _is_figure(doc: Doc, text: str, number: Number, unit: str | None, noun: Token | None,
               blocked: Spans, names: Spans) -> bool:
    """False for dates, years, times, durations, ages, scores, names and money counted in words."""
    if (unit in TIME_UNITS and not _is_measured_time(number, unit)) or unit in CURRENCY_LEMMAS:
        return False
    if number.vague or number.percent:
        return True
    if is_list_number(text, number.start, number.end):
        return False  # "1." of "1. Capital gains tax rises to 24%.\n2. ...": the item's place in its list, no count
    if in_address_or_clock(text, number) or (in_ratio(text, number) and unit != "strikeout") \
            or is_tie_break(text, number) or in_goals_behinds_score(text, number.start, number.end) \
            or TEU_NAME.match(text, number.start) or in_golf_round(text, number) \
            or RACE_NAMED_BY_NUMBER.match(text, number.start):
        # the "twenty" of "twenty-foot equivalent units" names the unit, no count of feet; "the 2,000 Guineas" a race
        return False
    if not number.hedged and (AIRCRAFT_MODEL.match(text, number.start)
                              or BOEING_AFTER_COUNT.match(text, number.start)):
        return False  # "its 737 Max jets" counts no 737 jets; nor "50 787 jets" 787 of them
    if _AREA_CODE_AFTER.match(text, number.end) or _P_VALUE_BEFORE.search(text, max(0, number.start - 4),
                                                                          number.start):
        return False  # "the 416 area code" names a code; a trial's "(p<0.001)" is its significance, no measure
    if unit is None and (prices_a_currency_after(text, number.end) or _compares_a_rate(text, number)):
        return False  # an exchange rate, as the wire's exchange-rate notes are none: "closed at 83.53 per dollar", and
        # its earlier level, "unchanged from its previous close of 83.56"
    before = word_before(text, number.start)
    after = word_after(text, number.end)
    # A hedge stands between a naming word and the number: "its 19th day above 110F" names no day 110 (an age's word
    # and its hedge still give an age: "aged about 40").
    # A time unit after a number names a span ("a 24 hour day"), not after a unit glued to it: "a 20C day" is hot.
    if (before in _NAMING_WORDS and (not number.hedged or before in AGE_WORDS)) or after_month(text, number) \
            or after in MONTHS or (after in TIME_UNITS and number.unit is None):
        return False
    if before in ("and", "or", "to") and _LABELLED_PAIR_BEFORE.search(text, max(0, number.start - 40), number.start) \
            and not (noun is not None and unit is not None and noun.idx == number.end + 1):
        # "between junctions 10 and 11", "platforms 3 or 4": the second names one too (not a measure or count with
        # its noun right after it: "Build 200 houses 10 and 20 miles from the city")
        return False
    if (unit is None or unit not in MEASURES) and text[number.start:number.start + 1].isdigit() \
            and _RANKING_CUT_BEFORE.search(text, max(0, number.start - 12), number.start):
        # A ranking's cut: "the top 100 universities" (not a measure, "a top 135 mph", nor a count in words, "their top
        # two running backs").
        return False
    if unit is None and GOLF_SCORE_AFTER.match(text, number.end):
        return False  # a golfer's score against par with "par" unwritten: "finished at 11 under"
    if unit is None and (is_vote_tally(text, number) or is_losers_score(text, number)):
        return False  # "a vote of 52 to 48", "voted 7 to 2", "lost 2 to 3": a tally, no figure, as "won 2-1" is none
    if unit is None and not number.hedged and (_is_persons_age(doc, text, number) or after_age(text, number)
                                               or is_age_of_people(doc, number)):
        return False  # "died at 91", "He was 100.", "turned 90", "the pension age to 64 from 62"
    if _HYPHENATED_NAME.fullmatch(number.digits):
        return False  # "the 7-Eleven chain": a brand, no range of seven to eleven
    if names_a_group(text, number.start) is not None:
        return False  # "the 2M alliance": the shipping lines' alliance, no 2 metres nor 2 million
    if looks_like_year(number, noun) or looks_like_score(number, unit) or looks_like_code(number) \
            or is_display_resolution(text, number) or DOCKET_AFTER.match(text, number.end) \
            or is_stock_code(text, number):
        return False
    if before in _YEAR_PREPOSITIONS and blocked.overlap(number.start, number.end) \
            and looks_like_year(number, None) and unit not in _COUNTED_AFTER_YEARS:
        return False  # a year the model dates, after a preposition: "in 2022 floods", "compared with 2021 levels"
    if unit not in MEASURE_UNITS and _NAMED_BY_NUMBER.search(text, max(0, number.start - 12), number.start):
        return False
    if not number.hedged and (after_name(doc, number, unit) or in_compound_name(doc, number, unit, noun)):
        return False
    if not number.hedged and not is_written_unit(unit) and in_repeated_name(text, number):
        return False  # "Forever 21 said ..." where the text writes "at Forever 21 stores" too (not "the Lakers 110
        # points", a score's points)
    if not number.digits[:1].isdigit() and (number.value or 0) < 2:
        return False  # spelled-out "one" is a pronoun far more often than a count ("one of the goals")
    if unit in _FRACTIONS and noun is not None and is_fraction(doc, number, noun):
        return False  # "two-thirds", "three quarters of": a share, not two of something ("two quarters in a row")
    if number.digits[:1].isupper() and not starts_sentence_at(text, number.start):
        return False  # a number word capitalised inside a sentence is part of a name: "the Three Crowns pub"
    if number.digits[:1].isalpha() and opens_a_persons_name(doc, text, number):
        return False  # "Ten Hag won the FA Cup": Erik ten Hag, no ten of anything
    if noun is not None and unit not in MEASURE_UNITS and not number.digits[:1].isdigit() \
            and spelled_compound_modifier(doc, number, noun):
        return False  # "the two-party system", "a two-state solution": a kind of system, no count of parties (a
        # measure stays one: "a two-yard run", as "a 10-yard pass")
    if noun is not None and _AGENT_NOUN.fullmatch(text, number.end, noun.idx + len(noun.text)):
        return False  # "a 3-pointer", "an 18-wheeler", "a two-seater": one thing, named by the number
    if unit is None and not number.hedged:
        # A bare number inside a spaCy DATE/TIME/ORDINAL or a name, right after a name ("iPhone 6", "Glen, 35,"),
        # or a lone spelled-out small number ("one of them") is not a figure anyone compares.
        if blocked.overlap(number.start, number.end):
            return False
        if is_certificate_or_minute(text, number):
            return False  # "Oppenheimer (15)", "rated 15,", "for Nowell (61)": a certificate, a minute
        if names.inside_after_start(number.start, number.end):
            return False  # a number inside the model's name of a work, "Inside Out 2", or a road, "the 605 Freeway"
        if line_words(text, number.start) < 6:
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


def prices_a_currency_after(text: str, end: int) -> bool:
    """The number ending at `end` is a currency's price in another, an exchange rate: "83.53 per dollar", "15,560 to
    the U.S. dollar" (no sum, no figure)."""
    return _PER_CURRENCY_AFTER.match(text, end) is not None


# An exchange rate in a sentence, a decimal before "per dollar" and the like: "82.93 per U.S. dollar".
_RATE_IN_SENTENCE = re.compile(r"(?<![\d.,])(\d[\d,]*\.\d+)" + _PER_CURRENCY_AFTER.pattern, re.IGNORECASE)
# A rate's earlier or later level is this close to it, as a day's move is: "82.93 ... from 82.96".
_RATE_LEVEL_SHARE = 0.1
# A comparing word right before a rate's earlier level: "unchanged from its previous close of 82.96", "versus 83.10".
_COMPARING_BEFORE = re.compile(r"\b(?:from|close\s+of|compared\s+(?:with|to)|against|versus|vs\.?)\s+$",
                               re.IGNORECASE)


def _compares_a_rate(text: str, number: Number) -> bool:
    """A decimal without a unit after an exchange rate in its sentence, near the rate's value: the rate's earlier level
    ("The rupee closed at 82.93 per U.S. dollar, almost unchanged from its previous close of 82.96"; not "bonds yielded
    7.18", far from the rate, nor "Shares fell to 82.10 and the rupee was at 82.93 per dollar", before it)."""
    if number.value is None or "." not in number.digits or number.low is not None:
        return False
    if _COMPARING_BEFORE.search(text, max(0, number.start - 30), number.start) is None:
        return False  # "while Brent crude futures rose to 82.90": another level, no comparison with the rate
    start, _ = sentence_around(text, number.start)
    for rate in _RATE_IN_SENTENCE.finditer(text, start, number.start):
        value = float(rate[1].replace(",", ""))
        if abs(number.value - value) <= _RATE_LEVEL_SHARE * value:
            return True
    return False


# What a number the model dates may still count after a preposition: "climbed to 1950 points", "for 2000 people".
_COUNTED_AFTER_YEARS = frozenset({"point", "people", "person", "vote", *MEASURE_UNITS})
# Prepositions before a year that modifies a plural noun, "since 2020 elections" (not "about 2000 people").
_YEAR_PREPOSITIONS = frozenset({"in", "since", "by", "from", "until", "till", "before", "after", "with", "than",
                                "during", "to"})
# Nouns that make a spelled-out number a fraction: "two-thirds of voters".
_FRACTIONS = frozenset({"half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                        "hundredth", "thousandth"})


def _figure_item(text: str, number: Number, unit: str | None) -> dict:
    item: dict = {
        "text": text[number.start:number.end], "start": number.start, "end": number.end,
        "value": None if number.value is None else float(round_amount(number.value)), "unit": unit,
        "approximate": number.hedged or number.vague, "vague": number.vague,
    }
    if number.low is not None and number.high is not None:
        item["low"], item["high"] = float(round_amount(number.low)), float(round_amount(number.high))
    return item
