"""Numbers that are no figures: addresses, telephone numbers, ratios, years, ages, codes and names."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from services.nlp.doctext import text_of
from services.nlp.entity_rules import (
    CITIES,
    COUNTRIES,
    MONTHS,
    NAME_PARTICLES,
    NUMBERED_NAME_WORDS,
    PARTIES,
    PARTY_WORDS,
    US_STATES,
)
from services.nlp.money.numbers import YEAR, Number
from services.nlp.money.sport import TALLY_UNITS
from services.nlp.money.sums import VIDEO_WORDS, sizes_a_move
from services.nlp.money.text import sentence_around, word_before
from services.nlp.money.units import MEASURE_UNITS, SAME_IN_PLURAL, is_code, unit_of

# Words of an age, which a hedge does not make a count: "aged about 40", "children aged under 16".
AGE_WORDS = frozenset({"aged", "age", "ages"})


def is_fraction(doc: Doc, number: Number, noun: Token) -> bool:
    """The number and its noun name a share: written with a hyphen ("two-thirds") or followed by "of"."""
    hyphenated = noun.i > 0 and doc[noun.i - 1].text in ("-", "–") and not doc[noun.i - 1].whitespace_
    return hyphenated or (noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of")


def starts_sentence_at(text: str, position: int) -> bool:
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


# Spans of cricket play a total or an innings is made in: "234 in 71 overs", "made 45 in 30 balls".
_BALLS_AFTER = re.compile(r"\s+(?:overs|balls|deliveries)\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d,]*")


def in_ratio(text: str, number: Number) -> bool:
    """"one in 10", "3 out of 4"; not a measure written against its unit: "300mm in 24 hours", nor cricket's runs in
    more overs or balls than them: "all out for 234 in 71 overs" (runs, and overs; a ratio's first number is the
    smaller: "one in 10 balls")."""
    if number.unit:
        return False
    if before := _RATIO_BEFORE.search(text, max(0, number.start - 20), number.start):
        return not (_BALLS_AFTER.match(text, number.end) and _more_than(before[0], number.digits))
    after = _RATIO_AFTER.match(text[number.end:number.end + 30])
    return after is not None and not (_BALLS_AFTER.match(text, number.end + after.end())
                                      and _more_than(number.digits, after[0]))


def _more_than(first: str, second: str) -> bool:
    """The first number written in digits is greater than the second's: "234" and " in 71"."""
    a, b = _DIGITS.search(first), _DIGITS.search(second)
    return a is not None and b is not None and int(a[0].replace(",", "")) > int(b[0].replace(",", ""))


def after_month(text: str, number: Number) -> bool:
    """A day after its month ("February 25", "Feb. 25"): the two joined by spaces alone, not across a comma or a
    hedge ("in February, 25 people died", "in February, about 1 million square kilometres")."""
    month = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, number.start - 12):number.start])
    return not number.hedged and month is not None and month[1].lower() in MONTHS


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


def _before_street(text: str, number: Number) -> bool:
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


def _is_block_of_a_street(text: str, number: Number) -> bool:
    """The number is a police blotter's address: a whole number after "the" before "block of" a street's name (see
    `_BLOCK_OF_STREET_AFTER`; not "A 2 million block of Apple stock", "a 300 block of Tesla shares")."""
    if not text[number.start:number.end].isdigit() \
            or _THE_BEFORE.search(text, max(0, number.start - 8), number.start) is None:
        return False
    match = _BLOCK_OF_STREET_AFTER.match(text, number.end)
    return match is not None and (match.group("next") is None
                                  or match.group("next").lower() in _SMALL_WORDS_AFTER_A_STREET)


def in_address_or_clock(text: str, number: Number) -> bool:
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
        or in_phone_number(text, number.start)
    )


def in_phone_number(text: str, position: int) -> bool:
    """Whether a telephone number's shape (`_PHONE_RE`) holds the character at `position`: "802" of
    "802-658-2704"."""
    return any(phone.start() <= position < phone.end()
               for phone in _PHONE_RE.finditer(text, max(0, position - 15), position + 30))


def line_words(text: str, position: int) -> int:
    """Number of words on the line holding `position`."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return len(text[start:end if end >= 0 else len(text)].split())


def looks_like_year(number: Number, noun: Token | None) -> bool:
    """A four-digit integer from 1000 to 2199 without a comma, not directly counting a plural noun."""
    # "2000 people", "1500 staff" count; "the 2022 full-scale invasion", "2011 NFL playoffs", "in 2014 of his plans"
    # date.
    # The first end of a change counts what its second end counts: "from 1200 to 1500 staff".
    counts = noun is not None and (noun.tag_ == "NNS" or noun.lower_ in SAME_IN_PLURAL) \
        and (noun.idx - number.end <= 1 or number.counts_like_next) and not _dates_plans(number, noun)
    if number.high is not None:  # "the 1991-2020 average", "the 2019-2020 season": a span of years
        years = re.fullmatch(rf"({YEAR})\s*[-–]\s*({YEAR})", number.digits)
        return years is not None and int(years[1]) < int(years[2]) and not counts
    return re.fullmatch(YEAR, number.digits) is not None and not counts


# Plural nouns of what a year is the year of: "its 2025 targets", "the 2024 elections", "their 2030 goals".
_DATED_PLURALS = frozenset({"target", "goal", "plan", "election", "result", "forecast", "budget", "objective",
                            "ambition", "projection", "estimate", "earning", "account", "figure", "guideline",
                            "commitment", "pledge", "priority", "midterm", "primary", "game", "championship",
                            "final", "accord", "deadline", "emission", "rule", "standard", "outlook"})
# A possessive determiner or "the" right before the year: "its 2025 targets" (not "about 2025 employees").
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|our|his|her|my|your|the)\s+$", re.IGNORECASE)


def _dates_plans(number: Number, noun: Token) -> bool:
    """A year after a possessive determiner or "the" before a plural noun of plans, targets or elections names their
    year: "hit its 2025 targets" counts no targets."""
    text = text_of(noun.doc)
    return noun.lemma_.lower() in _DATED_PLURALS and not number.hedged \
        and _DETERMINER_BEFORE.search(text, max(0, number.start - 8), number.start) is not None


# Ages: after "died at", or after "turned" or "was" with a person the subject ("He was 100.", "she turned 90 on
# Sunday"), as "aged 91" and "Blazy, 40," are none (`_NAMING_WORDS`, `after_name`).
_DIED_AT_BEFORE = re.compile(r"\b(?:died|dies|dying|passed\s+away)\s+at\s+$", re.IGNORECASE)
# The wire obituary's "died" with when or where between it and the age: "died Monday at 83", "died on Tuesday at his
# home in Cincinnati at 83"; up to eight words, no clause of their own ("died when his car crashed at 80" is a speed).
_DIED_WHEN_AT_BEFORE = re.compile(r"\b(?:died|dies|passed\s+away)(?:\s+(?!(?:was|were|is|had|has|after|when|while|as|"
                                  r"and|but|because|crashed|hit)\b)[A-Za-z'’-]+){1,8},?\s+at\s+$", re.IGNORECASE)
_AGE_VERB_BEFORE = re.compile(r"\b(?:turn(?:s|ed|ing)?|was|is)\s+$", re.IGNORECASE)
# What follows an age told with "turned" or "was": the clause's end, or when ("turned 90 on Sunday").
# "in" only before a month or a year: "is 12 in his last 20 at-bats" is no age (review).
_AGE_END_AFTER = re.compile(r"\s*(?:[.,;!?)]|$|\s(?:on|last|this|earlier|today|yesterday|when)\b|"
                            r"\sin\s(?:January|February|"
                            r"March|April|May|June|July|August|September|October|November|December|\d{4})\b)")
_PERSON_NOUNS = frozenset({"man", "woman", "boy", "girl", "actor", "actress", "singer", "mother", "father", "wife",
                           "husband", "son", "daughter", "grandmother", "grandfather", "widow", "veteran"})
_OLDEST_AGE = 125
# People an obituary names by their role: "The former coach died last week at 79".
_ROLES_OF_THE_DEAD = frozenset({"coach", "player", "manager", "founder", "leader", "president", "star", "champion",
                                "captain", "author", "writer", "artist", "musician", "director", "pioneer", "legend",
                                "soldier", "officer", "student", "teenager", "child"})


def _is_persons_age(doc: Doc, text: str, number: Number) -> bool:
    """A person's age told without "aged": "died at 91", "He was 100.", "she turned 90 on Sunday"."""
    if re.fullmatch(r"\d{1,3}", number.digits) is None or int(number.digits) > _OLDEST_AGE:
        return False
    before = text[max(0, number.start - 20):number.start]
    if _DIED_AT_BEFORE.search(before):
        return True
    died = _DIED_WHEN_AT_BEFORE.search(text, max(0, number.start - 80), number.start)
    if died and _AGE_END_AFTER.match(text, number.end):
        return _a_person_died(doc, died.start())  # not "The project died quietly in committee at 12"
    if _AGE_VERB_BEFORE.search(before) is None or _AGE_END_AFTER.match(text, number.end) is None:
        return False
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    verb = span.root.head if span is not None else None
    return verb is not None and any(child.dep_ in ("nsubj", "nsubjpass") and _is_person(child)
                                    for child in verb.children)


# An age written after "age" and a preposition, or an age limit's move: "the age of 16", "raise the pension age to 64
# from 62", "lower the voting age from 18 to 16", "the state pension age will rise to 67" (each number an age, as "aged
# 16" is; not a share: "age to 40%"). The verb of the move right after "age" only: "the average age of the fleet rose
# to 14" is the fleet's, no person's.
_AGE_MOVE = (r"(?:(?:will|would|could|is\s+(?:set|due|expected)\s+to)\s+)?(?:rises?|rising|rose|risen|increases?|"
             r"increased|increasing|go(?:es)?\s+up|went\s+up|falls?|fell|drops?|dropped)\s+")
_AFTER_AGE = re.compile(rf"\bages?\s+(?:limit\s+)?(?:{_AGE_MOVE})?(?:of|to|from|at)\s+(?P<first>\d{{1,3}})"
                        r"(?:\s+(?:from|to)\s+(?P<second>\d{1,3}))?(?![\d.,]\d|\s*%|\s+per\s?cent\b|\s+percent\b)",
                        re.IGNORECASE)


def after_age(text: str, number: Number) -> bool:
    """The number is an age written after "age" (see `_AFTER_AGE`): no figure."""
    for match in _AFTER_AGE.finditer(text, max(0, number.start - 40), number.end + 12):
        if number.start in {match.start("first"), match.start("second")} and number.end in {
                match.end("first"), match.end("second")}:
            return True
    return False


# People whose age a level of "the average age of ..." tells: "The average age of first-time buyers rose to 34" (not
# "of the fleet rose to 14", the aircraft's).
_PEOPLE_OF_AN_AGE = frozenset({
    "people", "person", "buyer", "mother", "father", "parent", "bride", "groom", "graduate", "pensioner", "retiree",
    "worker", "employee", "member", "mp", "councillor", "politician", "minister", "senator", "voter", "player",
    "athlete", "farmer", "doctor", "nurse", "teacher", "student", "pupil", "driver", "owner", "homeowner", "patient",
    "smoker", "user", "viewer", "reader", "listener", "customer", "director", "executive", "manager", "judge",
    "officer", "soldier", "recruit", "applicant", "entrant", "winner", "victim", "offender", "prisoner", "migrant",
    "resident", "man", "woman", "child", "boy", "girl", "adult", "first-time buyer", "renter", "tenant", "borrower",
})
_AGE_LEVEL_PREPOSITIONS = frozenset({"to", "from", "at"})


def is_age_of_people(doc: Doc, number: Number) -> bool:
    """The number is the level of an age of people that a verb moves or states: "The average age of first-time buyers
    rose to 34", "The average age of a mother was 31" (an age: no figure); not "the average age of the fleet rose to
    14"."""
    if number.value is None or not 0 < number.value <= _OLDEST_AGE:
        return False
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in _AGE_LEVEL_PREPOSITIONS:
        verb = root.head.head
    elif root.dep_ in ("attr", "dobj"):
        verb = root.head
    else:
        return False
    return any(child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() == "age" and _of_people(child)
               for child in verb.children)


def _of_people(age: Token) -> bool:
    """The age is of people named by a noun of `_PEOPLE_OF_AN_AGE`: "age of first-time buyers"."""
    return any(grand.dep_ == "pobj" and (grand.lemma_.lower() in _PEOPLE_OF_AN_AGE
                                         or grand.lower_.removesuffix("s") in _PEOPLE_OF_AN_AGE)  # "MPs"
               for child in age.children if child.dep_ == "prep" and child.lower_ == "of" for grand in child.children)


def is_persons_age(doc: Doc, start: int, end: int) -> bool:
    """`text[start:end]` is a bare number told as someone's age: "aged 98", "He was 54.", "died at 91" (for the
    entities, whose model dates it)."""
    text = text_of(doc)
    digits = text[start:end]
    if re.fullmatch(r"\d{1,3}", digits) is None or int(digits) > _OLDEST_AGE:
        return False
    if word_before(text, start) in AGE_WORDS:
        return True
    value = float(digits)
    return _is_persons_age(doc, text, Number(start, end, value, None, None, False, False, None, digits))


def _a_person_died(doc: Doc, start: int) -> bool:
    """The "died" at `start` has a person for its subject (or the subject of the verb it is joined to)."""
    span = doc.char_span(start, start + 4, alignment_mode="expand")
    verb = span.root if span is not None else None
    verbs = [verb, verb.head] if verb is not None and verb.dep_ == "conj" else [verb]
    return any(child.dep_ in ("nsubj", "nsubjpass")
               and (_is_person(child) or child.lemma_.lower() in _ROLES_OF_THE_DEAD)
               for verb in verbs if verb is not None for child in verb.children)


def _is_person(token: Token) -> bool:
    """A subject that is a person: "he", "she", "who", a person's name, or a noun of people ("the actress, who
    ...")."""
    return token.lower_ in ("he", "she", "who") or token.ent_type_ == "PERSON" \
        or token.lemma_.lower() in _PERSON_NOUNS \
        or any(child.dep_ == "relcl" and any(t.lower_ == "who" for t in child.children) for child in token.children)


def is_display_resolution(text: str, number: Number) -> bool:
    """"4K" and "8K" among words of video: a resolution, not 4,000 cameras."""
    return re.fullmatch(r"[2-8]K", number.digits) is not None \
        and VIDEO_WORDS.search(text, max(0, number.start - 60), number.end + 60) is not None


# The rest of a court's docket number after its first part: "15-cv-03747", "1:21-cr-00175".
DOCKET_AFTER = re.compile(r"-(?:cv|cr|mc|md|mj|bk|ap|civ|crim)-\d", re.IGNORECASE)


# A stock's exchange code after its number, in brackets: "Sony Group (6758.T)", "Samsung Electronics (005930.KS)",
# Reuters' codes of Asian shares.
STOCK_CODE_AFTER = re.compile(r"\.[A-Z]{1,2}\)")


def is_stock_code(text: str, number: Number) -> bool:
    """The number is a stock's code in brackets with its exchange's letters: "(6758.T)", no figure."""
    return text[number.start - 1:number.start] == "(" and STOCK_CODE_AFTER.match(text, number.end) is not None


# A number with a capital letter glued on before the noun of a body it names: "the 2M alliance" of Maersk and MSC, "the
# P5 group" is written so too (no "2 million alliances", nor "2 metres" of one).
_GROUP_NAMED_BY_NUMBER = re.compile(r"(?<![\w.,])\d{1,2}[A-Z](?=\s+(?:alliance|coalition|consortium|group|"
                                    r"grouping|partnership|pact|bloc|club)\b)")


def names_a_group(text: str, start: int) -> int | None:
    """Where the name of a body written as a number and a capital letter that starts at `start` ends ("2M" of "the 2M
    alliance"); None where none starts there."""
    match = _GROUP_NAMED_BY_NUMBER.match(text, start)
    return match.end() if match else None


def looks_like_code(number: Number) -> bool:
    """Leading zeros ("08", "007") and phone numbers ("745-4811") are codes, not quantities."""
    return re.match(r"0\d", number.digits) is not None or re.fullmatch(
        r"\d{3}\s*[-–]\s*\d{4}", number.digits
    ) is not None


# The capitalised word right after a number word.
_NAME_WORD_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")


def opens_a_persons_name(doc: Doc, text: str, number: Number) -> bool:
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


# A film's certificate in brackets after its title ("Oppenheimer (15) ★★★★★", "Anora (18)") or after "rated" ("The
# film, rated 15, opens on Friday", "rated 15 for strong language"; not "rated 15th", "rated 15 per cent"), where stars
# or words of film are in its own sentence: a party's seats are written so too ("Labour (15), Conservatives (12)"), and
# so are ratings by inspectors or customers ("rated 12 by inspectors", "rated 15 for customer service").
_CERTIFICATES = frozenset({"12", "15", "18"})
_TITLE_AND_BRACKET_BEFORE = re.compile(r"([A-Z][\w'’.:-]*)\s?\($")
_RATED_BEFORE = re.compile(r"\brated\s+$", re.IGNORECASE)
# What may follow "rated 15": a clause's end, or the board's reasons ("for strong language"); no "by", "out of" nor
# another "for".
_CERTIFICATE_END_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|\s(?:and\b|for\s+(?:strong|moderate|mild|frequent|very|sexual|sex\b|bloody|violence|language|"
    r"drug|threat|horror|gore|nudity|injury|discrimination|upsetting|disturbing|scenes)))")
_FILM_WORDS = re.compile(r"[★☆✩✪✭✮⭐]|\b(?:film|films|movie|movies|cinemas?|director|biopic|sequel|certificate)\b",
                         re.IGNORECASE)
# A substitute's minute after the player he replaced: "O Woodburn for Nowell (61)", "Kelleher for D Sheehan (55)".
_REPLACED_PLAYER_BEFORE = re.compile(r"\bfor\s+(?:[A-Z]\.?\s)?[A-Z][\w'’-]*\s?\($")
# Names before a bracket whose number counts, no certificate: "Labour (15)", "Lib Dems (4)", "Leeds (12)".
_PLACES = CITIES | COUNTRIES | frozenset(state.casefold() for state in US_STATES)


def _is_party_or_place(word: str, text: str, at: int) -> bool:
    """The capitalised word before a bracket (ending at `at`) names a party or a place: "Labour", "Conservatives",
    "Dems" of "Lib Dems", "Leeds"."""
    key = word.casefold().rstrip(".:")
    two = " ".join(text[max(0, at - 40):at].split()[-2:]).casefold().rstrip(".:")
    return key in PARTIES or two in PARTIES or key in PARTY_WORDS or key.rstrip("s") in PARTY_WORDS \
        or key in ("tories", "tory", "greens", "dems", "independents", "reform", "plaid") or key in _PLACES \
        or two in _PLACES


def is_certificate_or_minute(text: str, number: Number) -> bool:
    """A film's certificate ("Anora (18)", "rated 15,") or a substitute's minute ("for Nowell (61)")."""
    bracketed = text[number.end:number.end + 1] == ")"
    if bracketed and _REPLACED_PLAYER_BEFORE.search(text, max(0, number.start - 40), number.start):
        return True
    if number.digits not in _CERTIFICATES:
        return False
    title = _TITLE_AND_BRACKET_BEFORE.search(text, max(0, number.start - 40), number.start) if bracketed else None
    if title is not None and _is_party_or_place(title[1], text, title.end(1)):
        return False  # "Labour (15), Conservatives (12)": seats, whatever film is near
    if title is None and not (_RATED_BEFORE.search(text, max(0, number.start - 10), number.start)
                              and _CERTIFICATE_END_AFTER.match(text, number.end)):
        return False
    start, end = sentence_around(text, number.start)
    return _FILM_WORDS.search(text, start, end) is not None


def after_name(doc: Doc, number: Number, unit: str | None) -> bool:
    """True when the number is part of a name ("Leopard 1 tanks", "iPhone 6") or an age ("Glen, 35,")."""
    span = doc.char_span(number.start, number.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    prev = doc[span.start - 1]
    if unit in MEASURE_UNITS:
        return False  # "Springbrook 412 mm", "Currumbin 288mm": a measure, where the name says where
    if unit in TALLY_UNITS:
        return False  # "Liberal Democrats 72" of "won 411 seats, Conservatives 121, Liberal Democrats 72": the party's
    if unit == "wicket":
        return False  # "Nathan Lyon four for 41": a bowler's figures after his name (cricket's units only give it)
    if prev.lower_ == "tier" and prev.whitespace_:
        return True  # "Tier 1 capital", "tier 2 bonds": the class of the noun after it, no count of it
    if unit is None and prev.text in NUMBERED_NAME_WORDS and prev.whitespace_:
        return True  # "Forever 21 said", whose "Forever" the model reads as an adverb, as "Channel 4" names a channel
    if prev.text == "," and span.start >= 2 and unit is None:
        return doc[span.start - 2].pos_ == "PROPN"
    if prev.whitespace_ == "" and not prev.is_punct:
        return True  # glued to a word: "Radio4", "G20"
    if is_code(prev):
        return True  # a model's code in capitals: "RTX 5090", "FTSE 100"
    if prev.is_lower and sizes_a_move(text_of(doc), number.start):
        return False  # "fell by a record 837,000": the size of a move, no name's number
    return prev.pos_ == "PROPN" or (unit is None and prev.pos_ == "NOUN")


# People a body is made of, counted before it: "a five-member commission", "a three-judge panel".
_HEADS = frozenset({"member", "person", "man", "woman", "judge", "seat", "strong"})


def spelled_compound_modifier(doc: Doc, number: Number, noun: Token) -> bool:
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


def in_compound_name(doc: Doc, number: Number, unit: str | None, noun: Token | None) -> bool:
    """A small whole number between two singular common nouns names a class of the second: "its common equity tier 1
    ratio", "a grade 2 listed building" count no ratios (a measure stays one: "a front line 10 miles east")."""
    if noun is None or unit in MEASURE_UNITS or unit in _SCORED_UNITS or unit != unit_of(noun) \
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


def in_repeated_name(text: str, number: Number) -> bool:
    """A number after a capitalised word, the two written so twice or more and once at least inside a sentence, where
    only a name is capitalised, or owning something: "Forever 21 said" as "at Forever 21 stores" or "Forever 21's
    stores" (a count opening its sentence after an adverb, "Officially 3,000 have died", is not written so again)."""
    word = _CAPITALISED_BEFORE.search(text, max(0, number.start - 20), number.start)
    if word is None or not number.digits.isdigit() or word[1].lower() in _WEEKDAYS or _is_plural_name(word[1]):
        return False
    name = re.compile(rf"\b{word[1]}\s+{number.digits}(?![\w.,]\w)(?P<owns>['’]s\b)?")
    matches = list(name.finditer(text))
    return len(matches) >= 2 and any(match["owns"] or not starts_sentence_at(text, match.start()) for match in matches)
