"""Who is a person, from what the text says around a name: relatives, descriptions, ages, speech."""
from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Container

from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import (
    char_bounds,
    lower_case_words_of,
    lowers_of,
    span_of,
    span_text,
    text_of,
    tokens_of,
    words_of,
)
from services.nlp.entities.acronyms import _DOTTED_INITIALS
from services.nlp.entities.cleaning import in_malay_honour, is_glued_hyphen, is_second_surname, is_title_word
from services.nlp.entities.cleaning.names import _is_glottal_name_word
from services.nlp.entities.gazetteer import _in_gazetteer, _is_country_or_state, _is_known_organisation
from services.nlp.entities.grouping import (
    _FIRM_HEADS,
    Groups,
    _contains,
    _has_digits,
    _is_peerage,
    _opens_with_given_name,
    _other_gender_in_tail,
)
from services.nlp.entities.mentions import Mention, _key, _word_key, word_keys_of
from services.nlp.entities.propagation import _is_name_word
from services.nlp.entity_rules import (
    AIRCRAFT_MAKERS,
    ALL_TITLES,
    CAR_MAKERS,
    CITIES,
    CLUB_HEADS,
    CORPORATE_SUFFIXES,
    COUNTRIES,
    DEMONYMS,
    FACILITY_HEADS,
    FIRM_ONLY_NOUNS,
    FIRMS_NAMED_AFTER_PEOPLE,
    GIVEN_NAME_PLACES,
    GIVEN_NAMES,
    HONORIFICS,
    INDIAN_HONORIFICS,
    KIN_NOUN,
    LISTED_WORK_NOUNS,
    NAME_LABELS,
    NAME_PARTICLES,
    NAMESAKE_HEADS,
    NO_SURNAME_PLACE_HEADS,
    ORGANISATION_HEADS,
    PLACE_OPENING_NAMES,
    POSSESSIVES,
    REGIONS,
    REGNAL_TITLES,
    SPEAKING_LEMMAS,
    STORY_NOUNS,
    TITLES_IN_FULL,
    TOWNS,
    US_STATES,
)
from services.nlp.furniture import ENTRY_TIME_RE
from services.nlp.given_names import gender_of, is_firm, is_given_name

_HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _shared_surname_owners(doc: Doc, mentions: list[Mention], groups: Groups) -> None:
    """A surname written alone that several people named in full share goes to one of them: after "Mr" or "Ms", the
    one whose given name is of that gender ("Ms Thornton" is Rebecca Thornton, not her husband Jonathan); after
    another title, the one named in full with it ("Sen. Ted Cruz ... Senator Cruz") or no one; else the first named
    of those not named as somebody's relative ("Ted Cruz ... his father, Rafael Cruz ... Cruz said", "Hillary Clinton
    ... former President Bill Clinton ... Clinton said"; "Bill Clinton ... his wife Hillary Clinton ... Clinton
    said")."""
    people: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for root in groups.roots():
        # Only names a given name or an initial opens: not a headline's "Injecting Clinton" beside "Hillary Clinton",
        # nor a royal title ("Prince" is a given name too): "Wales" is no surname of the Prince and Princess of Wales.
        if len(root) > 1 and groups.label(root) == "PERSON" and _opens_with_given_name(root) and not _is_peerage(root):
            people[root[-1]].append(root)
    text = text_of(doc)
    first_at: dict[tuple[str, ...], int] = {}  # a full name's root -> where it is first written
    relatives: set[tuple[str, ...]] = set()
    titled: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a full name's root -> titles written before it
    for m in mentions:
        if len(m.key) > 1 and m.key in groups.votes:
            root = groups.root(m.key)
            first_at.setdefault(root, m.start)
            if _named_as_relative(text, *char_bounds(doc, m.start, m.end)):
                relatives.add(root)
            if m.start > 0:
                titled[root].add(_title_word(doc[m.start - 1]))
    for m in mentions:
        owners = people.get(m.key[-1]) if len(m.key) == 1 else None
        if not owners or len(owners) < 2:
            continue
        before = doc[m.start - 1] if m.start > 0 else None
        gender = _HONORIFIC_GENDERS.get(before.lower_.rstrip(".")) if before is not None else None
        if gender is None and before is not None and (before.text in HONORIFICS or before.lower_ in ALL_TITLES):
            # A title that tells no gender: the one person named in full with it ("Sen. Ted Cruz ... Sen. Cruz"),
            # else no one ("Dr Thornton" of two Thorntons).
            same_title = [root for root in owners if _title_word(before) in titled[root]]
            if len(same_title) == 1:
                m.owner = same_title[0]
            continue
        fitting = [root for root in owners if gender_of(root[0]) == gender] if gender else owners
        fitting = [root for root in fitting if root not in relatives] or fitting
        if fitting:
            m.owner = min(fitting, key=lambda root: first_at.get(root, len(doc)))


_FAMILY_NOUNS = frozenset({"family", "families", "family's", "family’s", "clan", "household"})


def _names_a_family(doc: Doc, m: Mention) -> bool:
    """A surname alone before "family" names the family, no one of it: "our thoughts are with the Patel family"."""
    return m.end - m.start == 1 and m.end < len(doc) and doc[m.end].lower_ in _FAMILY_NOUNS \
        and m.start > 0 and doc[m.start - 1].lower_ == "the" and m.label != "NORP"  # not "the Ukrainian family"


def _other_gender_surnames(doc: Doc, mentions: list[Mention]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(surname, full name) pairs where the surname is written only after an honorific of the other gender than the
    full name's given name, a name of that gender in every country: "Mr. Obama" is not Michelle Obama; nor is a "Mr
    Addo" the model left unlabelled, whom propagation would find later, Grace Addo."""
    full_names = {m.key for m in mentions if len(m.key) > 1 and m.label in NAME_LABELS}
    if not full_names:
        return set()  # every pair has a full name: no need to read the words
    named = {m.key for m in mentions if len(m.key) == 1 and m.label in NAME_LABELS}
    in_mentions = {i for m in mentions for i in range(m.start, m.end)}
    starts = [m.start for m in mentions if len(m.key) == 1 and m.label in NAME_LABELS]
    # The surnames written alone with no label: those of a full name only, not the model's other readings of a word.
    surnames = {long[-1] for long in full_names}
    starts += [i for i, key in enumerate(word_keys_of(doc)) if key in surnames and i not in in_mentions
               and (key,) not in named]
    honorifics: dict[tuple[str, ...], set[str | None]] = defaultdict(set)
    for start in starts:
        before = doc[start - 1].lower_.rstrip(".") if start > 0 else ""
        honorifics[(_word_key(doc[start].text),)].add(_HONORIFIC_GENDERS.get(before))
    return {(short, long) for short, genders in honorifics.items() if len(genders) == 1 and None not in genders
            for long in full_names if long[-1] == short[0] and gender_of(long[0]) not in (None, *genders)
            and is_firm(long[0])}  # not "Mr. Orcel" of Andrea Orcel, a man's name in Italy


# Words for a relative, which name a person in passing where a surname is shared: "his father, Rafael Cruz".
_KIN = KIN_NOUN
_KIN_BEFORE = re.compile(rf"\b{_KIN},?\s+(?:and\s+)?$", re.IGNORECASE)
# Not ", a father of two": a description, no relation to another.
_KIN_AFTER = re.compile(rf",\s+(?:\d+,\s+)?(?:(?:his|her|their|the\s+[\w-]+(?:'s|’s))\s+)?(?!an?\s)(?:[\w-]+\s+)?"
                        rf"{_KIN}\b(?!\s+of\s+(?:one|two|three|four|five|six|\d))", re.IGNORECASE)


# "Jenkins's mother, " before "Donna Jenkins": the surname alone is someone else of that family.
_SURNAMES_RELATIVE = re.compile(rf"\b([\w-]+)(?:'s|’s|'|’)\s+(?:[\w-]+\s+)?{_KIN},?\s+$", re.IGNORECASE)
# The surname alone described as the full name's relative: "Mr. Ford, the great-grandson of Henry Ford".
_SURNAME_RELATIVE_OF = re.compile(rf"\b([\w-]+),\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?{_KIN}\s+of\s+(?:the\s+late\s+)?$",
                                  re.IGNORECASE)


def _relatives_of_surnames(doc: Doc, mentions: list[Mention]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(surname, full name) pairs where the text names the full name as the relative of whoever the surname alone is:
    "Jenkins is being held ... Jenkins's mother, Donna Jenkins, said her son was innocent", "Mr. Ford, the
    great-grandson of Henry Ford"."""
    text, found = text_of(doc), set()
    for m in mentions:
        if len(m.key) > 1:
            start = doc[m.start].idx
            before = _may_hold_kin(text, max(0, start - 60), start) and (
                _SURNAMES_RELATIVE.search(text, max(0, start - 60), start)
                or _SURNAME_RELATIVE_OF.search(text, max(0, start - 60), start))
            if before and _word_key(before.group(1)) == m.key[-1]:
                found.add(((m.key[-1],), m.key))
    return found


def _relatives_in_longer_names(doc: Doc, mentions: list[Mention]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(full name, longer name) pairs where the full name ends the longer one, is named as someone's relative and
    opens with a given name of the other gender than the longer one's: "Maryam Nawaz Sharif ... Her father Nawaz
    Sharif" are two people (not "President Joe Biden's son Hunter Biden" of Robert Hunter Biden, nor "Peña Nieto" of
    Enrique Peña Nieto, named as no one's relative)."""
    text = text_of(doc)
    relatives = {m.key for m in mentions if len(m.key) > 1 and m.label in NAME_LABELS
                 and _named_as_relative(text, *char_bounds(doc, m.start, m.end))}
    if not relatives:
        return set()
    longs = {m.key for m in mentions if m.label in NAME_LABELS}
    return {(short, long) for short in relatives for long in longs if _other_gender_in_tail(short, long)}


def _named_as_relative(text: str, start_char: int, end_char: int) -> bool:
    """The name has a kinship word right before or after it: "daughter Chelsea Clinton", "Katherine Gomes, mother
    of the suspect", "Catherine Gomes, 61, the defendant's mother"."""
    before = max(0, start_char - 40)
    return bool(_may_hold_kin(text, before, start_char) and _KIN_BEFORE.search(text, before, start_char)
                or _KIN_AFTER.match(text, end_char))


# A part of every word of `_KIN`, in lower case.
_KIN_STEM = re.compile(r"son|daughter|wife|husband|father|mother|brother|sister|widow|uncle|aunt|nephew|niece|cousin|"
                       r"twin|fianc|spouse")


def _may_hold_kin(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may hold a word of `_KIN`: False only for a window of ASCII text without one of its
    stems. The case-blind patterns with `_KIN` try every alternative at every character of a window before each name,
    three times the cost of this plain search in lower case (exact for ASCII only: outside it, case folding matches
    more letters, "ſ" for "s")."""
    window = text[start:end]
    return not window.isascii() or _KIN_STEM.search(window.lower()) is not None


# An apposition or a relative clause after a name, which introduces whom it names: "Michael Jordan, the former
# Chicago Bulls star", "Michael Jordan, who won six titles".
_APPOSITION_AFTER = re.compile(r",\s+(?:the|an?|who)\s")


def _described_by_apposition(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names introduced as someone: an apposition or relative clause after them, or a relative's word before
    them ("his father George Bush")."""
    text = text_of(doc)
    return {m.key for m in mentions if _APPOSITION_AFTER.match(text, char_bounds(doc, m.start, m.end)[1])
            or _named_as_relative(text, *char_bounds(doc, m.start, m.end))}


def _named_as_relatives(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names written as someone's relative: "his son Peter Hughes", "Catherine Gomes, 61, the defendant's
    mother"."""
    text = text_of(doc)
    return {m.key for m in mentions if _named_as_relative(text, *char_bounds(doc, m.start, m.end))}


# An age right after a name, whatever follows (see `_AGE_AFTER`): "Peter Fitzgerald Hughes, 58, and his son".
_ANY_AGE_AFTER = re.compile(r",\s+(?:\d|[1-9]\d|10\d),")


def _given_an_age(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names written with an age after them: "Mary Smith, 61,"."""
    text = text_of(doc)
    return {m.key for m in mentions if _ANY_AGE_AFTER.match(text, char_bounds(doc, m.start, m.end)[1])}


def _title_word(token: Token) -> str:
    """A title's word in full and lower case: "Sen." -> "senator", "Det" -> "detective"."""
    word = token.lower_.rstrip(".")
    return TITLES_IN_FULL.get(word, word)


# What is written between a company's unit and its owner: "Samsung Biologics, a unit of Samsung", "Siemens
# Healthineers, in which Siemens holds a 75% stake", "Anglo American Platinum, majority-owned by Anglo American".
_OWNED_BY = re.compile(r",?\s+(?:(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}(?:unit|subsidiary|division|arm|affiliate|"
                       r"spin-?off|offshoot)\s+of|in\s+which|(?:[\w-]+-)?owned\s+by|controlled\s+by)\s+(?:the\s+)?$")


def _named_apart(doc: Doc, mentions: list[Mention]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(short, long) pairs of names where the text says the short one owns the long one it is part of: a parent
    company and its unit, two companies ("Samsung Biologics, a unit of Samsung")."""
    text, found = text_of(doc), set()
    names = [m for m in mentions if m.label in NAME_LABELS]
    for long, short in itertools.pairwise(names):
        family = short.end < len(doc) and doc[short.end].lower_ in ("family", "families", "heirs", "clan")
        if _contains(long.key, short.key) is not None and not family \
                and _OWNED_BY.match(text, doc[long.start:long.end].end_char, doc[short.start].idx):
            found.add((short.key, long.key))
    return found


# What is written after a person's name: an age ("Kemal Arslan, a 61-year-old shopkeeper,"; not "Royal Mail, a
# 508-year-old institution"), a post somewhere ("TM Roh, president of Samsung's mobile business") or a post that ends
# the apposition ("P.B. Balaji, group chief financial officer."; not a firm's "Acme, its chief executive,").
_POSTS = (r"(?i:president|chairman|chairwoman|chair|director|minister|secretary|spokesman|spokeswoman|spokesperson|"
          r"professor|founder|co-founder|head|governor|ceo|executive|officer|economist|lawyer|researcher|scientist|"
          r"manager|leader)")
# Of those, the posts no firm is described by when they end the apposition (not "Morgan Stanley, the wealth manager,",
# "Acme, the market leader.").
_OWN_POSTS = (r"(?i:president|chairman|chairwoman|director|minister|secretary|spokesman|spokeswoman|spokesperson|"
              r"professor|founder|co-founder|governor|ceo|officer|economist|lawyer|researcher|scientist)")
# Words that end a name's apposition before a post, which is then no one's the name is: "Morgan Stanley, said a
# spokeswoman", "at Morgan Stanley, latterly as managing director", "Raymond James, rising to managing director".
_NOT_IN_A_POST = (r"(?!(?:said|says|according|to|as|latterly|later|rising|becoming|where|when|who|which|while|and|"
                  r"but|then|in|at|for|with|from|by)\b)")
_PERSON_AFTER = re.compile(
    r",\s+an?\s+(?:\d|[1-9]\d|10\d)-year-old\b|,\s+(?:\d|[1-9]\d|10\d),\s"
    rf"|,\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}{_POSTS}\s+(?:of|at)\s"
    rf"|,\s+(?!(?:its|their|his|her)\s)(?:{_NOT_IN_A_POST}[a-z-]+\s+){{0,3}}{_OWN_POSTS}(?=[,.;])"
    # A post at a firm named in the possessive: ", Tata Motors' chief financial officer".
    r"|,\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:'s|’s|'|’)\s+(?:[a-z-]+\s+){0,2}(?:president|chairman|chairwoman|"
    r"chair|director|minister|secretary|spokesman|spokeswoman|spokesperson|founder|co-founder|head|ceo|executive|"
    r"officer|economist|lawyer|manager)\b")


def _described_people(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of whole names of two or three capitalised words that may be a person's (`_may_be_a_person`), with a
    person's age or post after them or after their surname alone: a person's, whatever the model said ("Kemal Arslan,
    a 61-year-old shopkeeper" was an organisation, "TM Roh, president of Samsung's mobile business" a product, "Tyson
    Fury ... Fury, 36, told DAZN" an organisation, "Kemi Badenoch, the Leader of the Opposition" a place)."""
    text = text_of(doc)
    return {m.key for m in mentions if 2 <= m.end - m.start <= 3 and _may_be_a_person(doc, m)
            and all((t.is_title and t.is_alpha) or _is_initials(t) for t in tokens_of(doc)[m.start:m.end])
            and doc[m.end - 1].is_title and (_PERSON_AFTER.match(text, char_bounds(doc, m.start, m.end)[1])
                                             or (m.label != "PERSON" and _described_alone(text, doc[m.end - 1].text)))}


# Posts written in lower case right before the name of whoever holds them: "Ferrari team boss Frederic Vasseur",
# "team principal Toto Wolff"; what rich givers are called there ("philanthropist MacKenzie Scott" was an
# organisation); and players' positions ("Texas quarterback Quinn Ewers" was a place).
_POSTS_BEFORE_NAMES = frozenset({"boss", "principal", "philanthropist", "billionaire", "tycoon", "quarterback",
                                 "linebacker", "pitcher", "shortstop", "striker", "midfielder", "goalkeeper",
                                 "winger"})


def _people_after_posts(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of whole names of two or three capitalised words, a given name first, right after a post in lower case
    (`_POSTS_BEFORE_NAMES`): a person's, whatever the model said ("team boss Frederic Vasseur" was an organisation)."""
    return {m.key for m in mentions if 2 <= m.end - m.start <= 3 and m.start > 0 and _may_be_a_person(doc, m)
            and doc[m.start - 1].is_lower and doc[m.start - 1].lower_ in _POSTS_BEFORE_NAMES
            and is_given_name(doc[m.start].text) and all(_is_capitalised_word(t) for t in doc[m.start:m.end])
            and not _modifies_a_noun(doc, m) and not (m.start > 1 and doc[m.start - 2].lower_ in ("a", "an", "the"))}


# The model's labels of a person named to a post after "as": "the nomination of Olukayode Ariwoola|ORG as Chief
# Justice".
# Not a work's or a building's: "returned to Strictly Come Dancing|WORK_OF_ART as Judge", "served Tower Hamlets|FAC as
# Mayor".
_NAMED_TO_POST_MISLABELS = frozenset({"ORG", "GPE", "NORP", "PRODUCT"})
# Verbs whose object before "as" and a post is the body served, no person: "joined Ipswich Town as Coach", "served
# Tower Hamlets as Mayor", "left Crystal Palace as Manager".
_SERVED_BODY_LEMMAS = frozenset({"join", "rejoin", "serve", "leave", "quit", "represent", "lead", "manage", "coach",
                                 "captain", "run", "chair", "found", "co-found"})
# Most capitalised words of a post after "as": "as Deputy Chief Justice".
_POST_WORDS = 3


def _people_named_to_posts(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names of two or three capitalised words before "as" and a capitalised post: a person's ("confirmed the
    nomination of Olukayode Ariwoola as Chief Justice" was an organisation); not a known body, a place, nor a name
    with a body's or a firm's word ("appointed Deloitte Consulting as Adviser")."""
    found = set()
    for m in mentions:
        if m.label not in _NAMED_TO_POST_MISLABELS or not 2 <= m.end - m.start <= 3 or m.end + 1 >= len(doc) \
                or doc[m.end].lower_ != "as" or not all(_is_capitalised_word(t) for t in doc[m.start:m.end]) \
                or _is_known_organisation(m.key) or _in_gazetteer(" ".join(m.key)) \
                or any(word in ORGANISATION_HEADS or word in CORPORATE_SUFFIXES or word in _FIRM_HEADS
                       for word in m.key) \
                or (doc[m.end - 1].dep_ == "dobj" and doc[m.end - 1].head.lemma_ in _SERVED_BODY_LEMMAS):
            continue
        post = doc[m.end + 1:m.end + 1 + _POST_WORDS]
        words = list(itertools.takewhile(lambda t: t.is_title, post))
        if words and words[-1].lower_ in ALL_TITLES:
            found.add(m.key)
    return found


def _is_capitalised_word(token: Token) -> bool:
    """A word of letters with a capital first and a small letter second: "Wolff", "MacKenzie", "McDonald"."""
    return token.is_alpha and token.text[:1].isupper() and token.text[1:2].islower()


# Nouns of someone's country after its people's adjective, right before their name: "British national Vishwash Kumar
# Ramesh", "American citizen Evan Gershkovich".
_NATIONALS = frozenset({"national", "citizen"})


def _nationals(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of whole names of two to four capitalised words right after a people's adjective and "national" or
    "citizen" in lower case: a person's, whatever the model said ("British national Vishwash Kumar Ramesh" was a work
    of art; not "the British national team", no name after the noun, nor "Indian National Congress", capitalised)."""
    return {m.key for m in mentions if 2 <= m.end - m.start <= 4 and m.start > 1
            and doc[m.start - 1].lower_ in _NATIONALS and doc[m.start - 1].is_lower
            and doc[m.start - 2].lower_ in DEMONYMS and all(t.is_title and t.is_alpha for t in doc[m.start:m.end])}


# The model's labels of a country's competitor named after its possessive: "Britain's Georgia Bell|ORG won bronze",
# "Brazil's Italo Ferreira|FAC edged".
_COUNTRYS_PEOPLE_MISLABELS = frozenset({"ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"})
# Verbs of a competitor's result, the name their subject (a firm's "said", "reported" are left out: "America's Morgan
# Stanley said").
_COMPETING_LEMMAS = frozenset({"win", "take", "break", "finish", "claim", "clinch", "secure", "set", "beat", "edge",
                               "qualify", "smash", "retain", "defend", "storm"})


def _countrys_people(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of whole names of two or three capitalised words, a given name first, right after a country's possessive
    and the subject of a verb of a result: a person's ("Britain's Georgia Bell won bronze" was an organisation); not a
    name ending in a body's or a club's word or its plural ("Britain's Aston Villa", "America's Kelly Services"), a
    firm named after people ("Charles Schwab"), nor one that is no such verb's subject ("America's Morgan Stanley
    said")."""
    country_ends = {o.end for o in mentions if o.label == "GPE" and _is_country_or_state(o.key)}
    return {m.key for m in mentions if m.label in _COUNTRYS_PEOPLE_MISLABELS and 2 <= m.end - m.start <= 3
            and m.start > 1 and doc[m.start - 1].lower_ in POSSESSIVES and m.start - 1 in country_ends
            and is_given_name(doc[m.start].text) and all(t.is_title and t.is_alpha for t in doc[m.start:m.end])
            and doc[m.end - 1].lower_ not in ORGANISATION_HEADS and doc[m.end - 1].lower_ not in CLUB_HEADS
            and doc[m.end - 1].lower_ not in FACILITY_HEADS  # "Qatar's Lusail Stadium hosted"
            and doc[m.end - 1].lower_.removesuffix("s") not in ORGANISATION_HEADS  # "Kelly Services"
            and doc[m.end - 1].dep_ == "nsubj" and doc[m.end - 1].head.lemma_ in _COMPETING_LEMMAS
            and " ".join(m.key) not in FIRMS_NAMED_AFTER_PEOPLE}


def _countrys_people_beside_people(doc: Doc, mentions: list[Mention], ordinary: Container[str]
                                   ) -> set[tuple[str, ...]]:
    """Keys of whole names of two or three capitalised words after a country's possessive that the model took for a
    body, joined by "and" or a comma to a person's after another country's: a competitor's ("outsprinting Ethiopia's
    Alemu Megertu and Kenya's Peres Jepchirchir" made the first an organisation); not a name ending in a body's or a
    club's word ("Britain's Aston Villa"), nor in an ordinary word (`ordinary`), a firm's trade ("Japan's Nippon Steel
    and America's Joe Biden", "South Korea's Samsung Electronics")."""
    countries = {o.end: o for o in mentions if o.label == "GPE" and _is_country_or_state(o.key)}
    named = [m for m in mentions if m.start > 1 and doc[m.start - 1].lower_ in POSSESSIVES and m.start - 1 in countries]
    found = set()
    for first, second in itertools.pairwise(named):
        between = doc[first.end:countries[second.start - 1].start]
        if not between or any(t.lower_ not in (",", "and") for t in between):
            continue
        for name, other in ((first, second), (second, first)):
            if other.label == "PERSON" and _is_misread_competitor(doc, name) \
                    and doc[name.end - 1].lower_ not in ordinary:
                found.add(name.key)
    return found


# ... a facility's too beside a person's name ("Ethiopia's Tigst Assefa|FAC and Britain's Eilish McColgan").
_COMPETITOR_MISLABELS = _COUNTRYS_PEOPLE_MISLABELS


# Words of a trade that end a firm's name after its country's possessive, beside a person's ("South Korea's Samsung
# Electronics and Taiwan's Morris Chang", "India's Tata Steel and Britain's Jonathan Reynolds"): no competitor's.
_TRADE_WORDS = _FIRM_HEADS | {"electronics", "motor", "steel", "chemical", "chemicals", "electric", "power",
                              "commercial"}


def _is_misread_competitor(doc: Doc, m: Mention) -> bool:
    """Two or three capitalised words the model took for a body or a facility, ending in no body's, club's,
    building's or trade's word, and no firm's name ("Japan's Toyota Motor", "Germany's Hugo Boss")."""
    words = doc[m.start:m.end]
    last = words[-1].lower_
    return m.label in _COMPETITOR_MISLABELS and 2 <= m.end - m.start <= 3 \
        and all(t.is_title and t.is_alpha for t in words) \
        and last not in ORGANISATION_HEADS and last not in CLUB_HEADS and last not in FACILITY_HEADS \
        and last not in _TRADE_WORDS and words[0].lower_ not in CAR_MAKERS | AIRCRAFT_MAKERS \
        and words.text.casefold() not in FIRMS_NAMED_AFTER_PEOPLE and not (m.key and _is_known_organisation(m.key))


def _possessive_people(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's facilities of two or three capitalised words, a given name first, in the possessive: a
    person's ("heading in Declan Rice's corner"; not "Charles de Gaulle's runways", a particle inside, nor a name
    ending in a facility's or body's head)."""
    return {m.key for m in mentions if m.label == "FAC" and 2 <= m.end - m.start <= 3 and m.end < len(doc)
            and doc[m.end].lower_ in POSSESSIVES and is_given_name(doc[m.start].text)
            and all(t.is_title and t.is_alpha for t in doc[m.start:m.end])
            and doc[m.end - 1].lower_ not in FACILITY_HEADS and doc[m.end - 1].lower_ not in ORGANISATION_HEADS}


# What only a person has, written after a name's possessive and before its holder's name: "Tyson Fury's promoter,
# Frank Warren,", "Oasis star Liam Gallagher's wife, Debbie" (a firm's or a club's "manager", "lawyer" or "agent" are
# left out: "Morgan Stanley's lawyer, John Smith,").
_PERSONS_OWN_AFTER = re.compile(rf"\s*['’]s?\s+(?:{KIN_NOUN}|(?:boy|girl)friends?|promoters?|cornerm[ae]n|"
                                r"publicists?)\s*,?\s+[A-Z]")


def _owners_of_peoples_relations(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's bodies and places of two or three capitalised words, a given name first, whose possessive
    owns a relative or a fighter's promoter named after it: a person's ("Tyson Fury's promoter, Frank Warren," was an
    organisation); not a name ending in a body's or a building's head, nor a firm named after people."""
    text = text_of(doc)
    return {m.key for m in mentions if m.label in ("ORG", "FAC", "GPE", "NORP") and 2 <= m.end - m.start <= 3
            and is_given_name(doc[m.start].text)
            and all(t.is_title and t.is_alpha for t in tokens_of(doc)[m.start:m.end])
            and doc[m.end - 1].lower_ not in FACILITY_HEADS and doc[m.end - 1].lower_ not in ORGANISATION_HEADS
            and " ".join(m.key) not in FIRMS_NAMED_AFTER_PEOPLE
            and _PERSONS_OWN_AFTER.match(text, doc[m.end - 1].idx + len(doc[m.end - 1])) is not None}


# Words between a leader's possessive and "party": "Orban's ruling Fidesz party", "Milei's libertarian party".
_PARTY_QUALIFIERS_MAX = 3
# Words of elections and government, one of which the sentence of a leader's party holds ("Sonko's party won 130
# seats"; not "Tesco's Christmas party was cancelled", "Glastonbury's party went on until dawn"). Government's words
# count here, not in cricket's election test (money/sport.py, `_ELECTION_WORDS`), where "the president of the board"
# must not undo a side's total.
_POLITICS_WORDS = frozenset({"election", "elections", "vote", "votes", "voted", "voters", "seat", "seats", "poll",
                             "polls", "majority", "parliament", "parliamentary", "coalition", "ruling", "opposition",
                             "ballot", "mandate", "manifesto", "candidate", "candidates", "lawmakers", "legislature",
                             "government", "congress", "senate", "assembly", "campaign", "minister", "president",
                             "midterm", "midterms", "referendum", "constituency", "mps", "deputies", "primary",
                             "primaries"})


def _party_leaders(doc: Doc, mentions: list[Mention], ordinary: Container[str]) -> set[tuple[str, ...]]:
    """Keys of one-word names whose party the text names: a leader's ("Milei's party won", "Sonko's ruling Pastef
    party", organisations to the model); not a party's own name that is a word ("Labour's party conference"), nor a
    place's, nor an acronym ("ANC's"), nor where "party" only describes the noun the name owns ("Ibiza's party scene",
    "Holyrood's party leaders", "Tesco's party food range": a place's, a parliament's, a firm's), nor in a sentence
    of no politics ("Tesco's Christmas party was cancelled")."""
    found: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.label not in NAME_LABELS or m.end - m.start != 1 or m.end >= len(doc) \
                or doc[m.end].lower_ not in POSSESSIVES:
            continue
        word = doc[m.start]
        if not word.is_title or word.lower_ in ordinary or _in_gazetteer(word.text) \
                or _is_known_organisation(m.key):
            continue
        after = doc[m.end + 1:m.end + 2 + _PARTY_QUALIFIERS_MAX]
        party = next((t for t in after if t.lower_ in ("party", "parties")), None)
        # The name owns the party itself: "[Sonko]'s party won", not "[Ibiza]'s party scene".
        if party is not None and word.head == party and any(t.lower_ in _POLITICS_WORDS for t in word.sent) \
                and all(t.pos_ in ("ADJ", "PROPN", "PUNCT") or t.tag_ in ("VBG", "VBN")
                        for t in doc[m.end + 1:party.i]):
            found.add(m.key)
    return found


# The model's labels of a work's title in quotation marks that a person's name may take over: the title is often the
# name of whom the work is about ("Oppenheimer", "Napoleon").
_WORK_LABELS = frozenset({"WORK_OF_ART", "PERSON"})


def _works_of_people(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names written only in quotation marks after a person's possessive: a work of theirs, not the person it
    is named after (Christopher Nolan's "Oppenheimer" is no J. Robert Oppenheimer, Ridley Scott's "Napoleon" no
    Napoleon Bonaparte); not a name the text also writes bare ("Woodward's "Trump" tapes ... Trump said"), nor one of
    the owner's own names (Taylor Swift's "Taylor Swift" album, Rishi Sunak's "Rishi" brand)."""
    by_end = {m.end: m for m in mentions if m.label in NAME_LABELS}
    quoted: set[tuple[str, ...]] = set()
    bare: set[tuple[str, ...]] = set()
    for m in mentions:
        owner = by_end.get(m.start - 2) if m.start >= 3 and m.end < len(doc) and doc[m.start - 1].is_quote \
            and doc[m.end].is_quote and doc[m.start - 2].lower_ in POSSESSIVES else None
        if owner is not None and m.label in _WORK_LABELS and _names_a_person(owner) and not set(m.key) & set(owner.key):
            quoted.add(m.key)
        else:
            bare.add(m.key)
    return quoted - bare


# Words a title writes in lower case between its capitalised ones: "One Thing at a Time", "Rolling in the Deep".
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in",
                                "of", "off", "on", "per", "to", "up", "via", "with", "from", "into", "over"})
# Nouns of works and of who makes them, which make a quoted title beside them a work ('won album of the year', 'The
# country singer'); not a slogan's or a product's ('Starmer's "Plan for Change" set out six milestones', 'Apple's
# "Vision Pro" headset').
_QUOTED_WORK_CUES = STORY_NOUNS | LISTED_WORK_NOUNS | frozenset({
    "album", "single", "record", "track", "ep", "mixtape", "painting", "sculpture", "singer", "rapper", "band",
    "actor", "actress", "director", "songwriter", "musician", "novelist", "filmmaker", "composer", "chart", "charts",
    "grammy", "grammys", "oscar", "oscars"})
# Networks whose possessive before a quoted title makes it their show ('Sanders told MSNBC's "Morning Joe"').
_BROADCASTERS = frozenset({"msnbc", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "fox news", "itv", "channel 4", "hbo",
                           "netflix", "pbs", "npr", "sky", "sky news", "bravo"})
# The most tokens of a title between its quotation marks.
_QUOTED_TITLE_TOKENS = 10


def quoted_works_of_owners(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A title of two words or more in quotation marks after a name's possessive, with a work's noun or its maker's
    in its sentence or the next, as one work, in place of what the model made of its words ('Beyoncé's "Cowboy
    Carter"|PERSON won album of the year', 'Morgan Wallen's "One|CARDINAL Thing at a Time|ORG" ... The country
    singer'); not speech ('"I was so nervous"'), nor a slogan or a product with no such noun near."""
    by_end = {m.end: m for m in mentions if m.label in NAME_LABELS}
    out = list(mentions)
    lowers = lowers_of(doc)
    # Only the token after a name's end can open its title: those are looked at, not every token of the text.
    for q in (end + 1 for end in sorted(by_end) if 2 <= end + 1 < len(doc) - 2):
        if lowers[q - 1] not in POSSESSIVES or not doc[q].is_quote:
            continue
        close = next((i for i in range(q + 1, min(len(doc), q + 2 + _QUOTED_TITLE_TOKENS)) if doc[i].is_quote), None)
        if close is None or close - q - 1 < 2 or not _is_title_shaped(doc[q + 1:close]) \
                or not (_has_work_cue(doc, q) or " ".join(_key(doc, by_end[q - 1])) in _BROADCASTERS) \
                or set(_key(doc, by_end[q - 1])) & {t.lower_ for t in doc[q + 1:close]}:
            continue
        inside = [m for m in out if m.start < close and q + 1 < m.end]
        if any(m.start < q + 1 or m.end > close for m in inside) \
                or any((m.start, m.end) == (q + 1, close) and _is_whole_quote_kept(doc, m) for m in inside):
            continue
        out = [m for m in out if not any(m is i for i in inside)] + [Mention(q + 1, close, "WORK_OF_ART", 1.0,
                                                                             "quoted work")]
    return sorted(out, key=lambda m: m.start)


# A verb of a work's takings or sales right after its quoted title, maybe after "has" ('"Oppenheimer" crossed $950
# million', '"Ne Zha 2" has grossed 12.3 billion yuan', '"Deadpool & Wolverine" opened to $205 million').
_TAKINGS_AFTER_TITLE = re.compile(r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:grossed|crossed|topped|opened|earned|debuted|"
                                  r"took[ \t]+in|sold|passed|raked|pulled)\b")
# ... or its place at the top of the box office, a work's cue of its own: '"Barbie" led the box office for a third
# weekend', '"Wicked" topped the North American box office' (no film's noun in the sentence).
_LEADS_THE_BOX_OFFICE = re.compile(r"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:led|topped|leads|tops)[ \t]+the[ \t]+"
                                   r"(?:[\w.-]+[ \t]+){0,3}box[ -]office\b", re.IGNORECASE)


def quoted_works_before_their_takings(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A title in quotation marks opening its sentence or clause, right before a verb of its takings (see
    `_TAKINGS_AFTER_TITLE`) with a work's noun in its sentence, or before its lead at the box office, as one work in
    place of what the model made of it:
    box-office reports' '"Oppenheimer" crossed $950 million ..., the highest-grossing biopic' (missed), '"Deadpool &
    Wolverine" opened to $205 million, the biggest debut for an R-rated movie' (a body), 'In China, "Ne Zha 2" has
    grossed ..., the highest-grossing animated film' (a person "Ne Zha")."""
    text = text_of(doc)
    if '"' not in text and "\u201c" not in text:
        return mentions
    out = list(mentions)
    words = words_of(doc)
    for q in range(len(doc) - 2):
        # The word off the word list first: no Token is built for the words that are no opening mark.
        if words[q] not in ('"', "\u201c") or not (doc[q].is_sent_start or q > 0 and words[q - 1] == ","):
            continue
        close = next((i for i in range(q + 1, min(len(doc), q + 2 + _QUOTED_TITLE_TOKENS)) if doc[i].is_quote), None)
        if close is None or close == q + 1 or not _is_title_shaped(span_of(doc, q + 1, close)) \
                or not _is_followed_by_takings(doc, text, q, close):
            continue
        inside = [m for m in out if m.start < close and q + 1 < m.end]
        if any(m.start < q + 1 or m.end > close for m in inside) \
                or any((m.start, m.end) == (q + 1, close) and m.label == "WORK_OF_ART" for m in inside):
            continue
        out = [m for m in out if not any(m is i for i in inside)] + [Mention(q + 1, close, "WORK_OF_ART", 1.0,
                                                                             "quoted work")]
    return sorted(out, key=lambda m: m.start)


def _is_followed_by_takings(doc: Doc, text: str, q: int, close: int) -> bool:
    """The quote from doc[q] to doc[close] comes before a verb of takings in a sentence with a work's noun, or before
    its lead at the box office."""
    after = doc[close].idx + len(doc[close])
    return bool(_TAKINGS_AFTER_TITLE.match(text, after) and any(_is_work_cue(t) for t in doc[q].sent)
                or _LEADS_THE_BOX_OFFICE.match(text, after))


def quoted_works_after_for(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A title in quotation marks right after "for", with a work's noun or its maker's in its sentence or the next, as
    one work in place of what the model made of it: awards copy's 'Mikey Madison best actress for "Anora"' and
    'Beyonce won album of the year ... for "Cowboy Carter"' (persons to the model). What is won or nominated "for" is
    the work; a name written so with no such noun near ('voted for "Bernie"') stays the model's."""
    lowers = lowers_of(doc)
    out = list(mentions)
    for q in range(1, len(doc) - 2):
        if lowers[q - 1] != "for" or doc[q].text not in ('"', "\u201c"):
            continue
        close = next((i for i in range(q + 1, min(len(doc), q + 2 + _QUOTED_TITLE_TOKENS)) if doc[i].is_quote), None)
        if close is None or close == q + 1 or not _is_title_shaped(span_of(doc, q + 1, close)) \
                or not _has_work_cue(doc, q):
            continue
        inside = [m for m in out if m.start < close and q + 1 < m.end]
        if not inside or any(m.start < q + 1 or m.end > close for m in inside) \
                or any((m.start, m.end) == (q + 1, close) and m.label == "WORK_OF_ART" for m in inside):
            continue  # nothing the model found (no new mention from a quote alone), or a work already
        if _is_a_full_name_of_no_award(doc, q, inside):
            continue  # 'Fans voted for "Harry Styles" as the best singer': the person voted for
        out = [m for m in out if not any(m is i for i in inside)] + [Mention(q + 1, close, "WORK_OF_ART", 1.0,
                                                                             "quoted work")]
    return sorted(out, key=lambda m: m.start)


# Words of awards and praise a "for" hangs on when what it names is a work, though named after a person: 'won best
# actress for "Erin Brockovich"', 'was nominated for "Florence Foster Jenkins"'.
_AWARDED_FOR = frozenset({"win", "nominate", "nomination", "shortlist", "award", "prize", "honour", "honor", "praise",
                          "acclaim", "nod", "actor", "actress", "director", "performance", "role", "oscar", "emmy",
                          "grammy", "bafta", "globe"})


def _is_a_full_name_of_no_award(doc: Doc, q: int, inside: list[Mention]) -> bool:
    """The quote after "for" at doc[q] is the model's person of a given name and more, and that "for" hangs on no word
    of awards or praise: 'voted for "Harry Styles"', 'asked for "Steven Spielberg"', 'campaigned for "Kamala Harris"'
    name the person, whatever maker's noun the sentence has ("singer", "director")."""
    return len(inside) == 1 and inside[0].label == "PERSON" and inside[0].end - inside[0].start > 1 \
        and is_given_name(doc[inside[0].start].text) and doc[q - 1].head.lemma_.lower() not in _AWARDED_FOR


def _is_whole_quote_kept(doc: Doc, m: Mention) -> bool:
    """The model's mention of the whole quote stays: a work already, or a person with a given name first ('MTV's
    "Carson Daly"', a presenter)."""
    return m.label == "WORK_OF_ART" or (m.label == "PERSON" and is_given_name(doc[m.start].text))


def _is_title_shaped(words: Span) -> bool:
    """Capitalised words, maybe with small ones between in lower case: a title ("One Thing at a Time"), no sentence
    ("I was so nervous")."""
    return words[0].text[:1].isupper() and (words[-1].text[:1].isupper() or words[-1].text[:1].isdigit()) \
        and all(t.text[:1].isupper() or t.text[:1].isdigit() or t.lower_ in _TITLE_SMALL_WORDS
                or t.text in ("&", "-", ",", ":") for t in words)


def _has_work_cue(doc: Doc, i: int) -> bool:
    """A noun of works or of their makers in the sentence of token `i` or the next one."""
    sentence = doc[i].sent
    if any(_is_work_cue(t) for t in sentence):
        return True
    after = doc[sentence.end].sent if sentence.end < len(doc) else None
    return after is not None and any(_is_work_cue(t) and t.lower_ in _WORK_MAKERS for t in after)


# Makers of works, whose noun in the next sentence makes the title theirs ("Morgan Wallen's "One Thing at a Time" ...
# The country singer"); a work's noun there may be another's ("The Kremlin's "Special Military Operation" ... The
# book by the journalist").
_WORK_MAKERS = frozenset({"singer", "rapper", "band", "actor", "actress", "director", "songwriter", "musician",
                          "novelist", "filmmaker", "composer"})


def _is_work_cue(token: Token) -> bool:
    """A noun of works or of their makers, as a noun: not the verb of "will not show up", "play down", nor "a single
    day"."""
    return token.lower_ in _QUOTED_WORK_CUES and token.pos_ in ("NOUN", "PROPN")


def _names_a_person(m: Mention) -> bool:
    """The mention is a person's full name: a person's to the model, or a given name and more ("Ridley Scott", an
    organisation to it before its possessive)."""
    return len(m.key) > 1 and (m.label == "PERSON" or _opens_with_given_name(m.key))


def _modifies_a_noun(doc: Doc, m: Mention) -> bool:
    """The name stands before a lower-case noun it qualifies: "a principal Morgan Stanley economist"."""
    return m.end < len(doc) and doc[m.end].is_lower and doc[m.end].pos_ == "NOUN"


# A person's post or relation right before their name, set off by commas: "Her deputy, Pankaj Chaudhary, was",
# "De Ligt's agent, Rafaela Pimenta, flew", "The African Union (AU) chairperson, Moussa Faki Mahamat, urged". Nouns
# only a person is (not "its owner, Berkshire Hathaway,", "their rivals, Manchester City,", "its financial adviser,
# Morgan Stanley,"), before no organisation's head ("Her successor, Santa Clara University,").
_POST_BEFORE = re.compile(
    rf"\b(?:{_KIN}|(?:deputy|lawyer|attorney|agent|spokes(?:man|woman|person)|chair(?:man|woman|person)|aide|envoy|"
    r"ambassador|minister|secretary|president|director|founder|co-founder|coach|manager|boss|captain|teammate|"
    r"colleague|friend|girlfriend|boyfriend|economist|analyst|professor|researcher|scientist|doctor|surgeon|judge|"
    r"prosecutor|mayor|governor|senator|candidate|nominee|editor)s?),\s+$")
_NAME_CLOSED = re.compile(r",\s")
# A head of state's or government's office of a country before the holder's name, set off by commas: "The country's
# president, Emmerson Mnangagwa, said", "Zimbabwe's president, ..." (a body to the model). A name there is a person's
# even of a given name the lists do not know; no firm or place holds such an office.
_STATE_OFFICE_BEFORE = re.compile(r"\b(?:[Cc]ountry|[Nn]ation|[A-Z][a-z]+)(?:'s|’s)\s+"
                                  r"(?:president|prime\s+minister|leader),\s+$")


def _introduced_people(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of whole names of two or three capitalised words, a given name, a double given name ("Kassym-Jomart") or
    initials first, set off by commas after a person's post or relation: a person's, whatever the model said (not a
    known place)."""
    text = text_of(doc)
    found = set()
    for m in mentions:
        double = _double_given_name_end(doc, m)
        if not (m.label in _MISREAD_PERSON_LABELS or m.label == "GPE") or not 2 <= m.end - m.start - double <= 3:
            continue  # most mentions: no span built for them
        span, words = span_of(doc, m.start, m.end), span_of(doc, m.start + double, m.end)
        before = max(0, span.start_char - 60)
        if (double or is_given_name(span[0].text) or _is_initials(span[0])
                or _STATE_OFFICE_BEFORE.search(text, before, span.start_char)) \
                and all((t.is_title and t.is_alpha) or _is_initials(t) for t in words) \
                and " ".join(_key(doc, m)) not in _KNOWN_PLACES and _NAME_CLOSED.match(text, span.end_char) \
                and span[-1].lower_ not in ORGANISATION_HEADS and span[-1].lower_ not in CORPORATE_SUFFIXES \
                and _POST_BEFORE.search(text, before, span.start_char):
            found.add(_key(doc, m))
    return found


def _double_given_name_end(doc: Doc, m: Mention) -> int:
    """2 where the name opens with two capitalised words joined by a hyphen before a surname ("Kassym-Jomart Tokayev",
    "Jean-Marie Le Pen"): the tokens the test of a given name first skips. Else 0."""
    if m.end - m.start < 4 or doc[m.start + 1].text != "-" or doc[m.start].whitespace_ or doc[m.start + 1].whitespace_:
        return 0
    first, second = doc[m.start], doc[m.start + 2]
    return 2 if first.is_title and first.is_alpha and second.is_title and second.is_alpha else 0


# Prepositions that put what follows somewhere, and the article: a building's name after them is no person's ("held at
# Madison Square Garden", "the Louis Armstrong airport").
_PLACING_WORDS = frozenset({"at", "in", "on", "to", "into", "from", "near", "outside", "inside", "of", "for", "the"})


def _may_be_a_person(doc: Doc, m: Mention) -> bool:
    """A name the model may have mislabelled a person's: a given name or initials first (a people's name or a building
    to the model too, where no people's word or building's head ends it); or a place to the model that no gazetteer
    knows and no preposition puts somewhere ("Kemi Badenoch, the Leader of the Opposition"; not "Rep. Jim Costa of
    Fresno, the chairman of ...", whose post is Costa's)."""
    if m.label in _MISREAD_PERSON_LABELS:
        return is_given_name(doc[m.start].text) or _is_initials(doc[m.start])
    if m.label == "NORP":  # "Frans Timmermans, leader of the GroenLinks-PvdA alliance" (not "Roman Catholic")
        return is_given_name(doc[m.start].text) and not _in_gazetteer(doc[m.end - 1].lower_)
    if m.label == "FAC":  # "Aleksandar Vučić, the president of Serbia" (not "Alexandra Palace", a building's head,
        # nor "held at Madison Square Garden, the president of the promotion said", a building's preposition or
        # article, nor "the Louis Armstrong airport", its noun after it)
        last = doc[m.end - 1].lower_
        return is_given_name(doc[m.start].text) and last not in FACILITY_HEADS and last not in NO_SURNAME_PLACE_HEADS \
            and (m.start == 0 or doc[m.start - 1].lower_ not in _PLACING_WORDS) \
            and (m.end >= len(doc) or doc[m.end].lower_ not in FACILITY_HEADS)
    return m.label == "GPE" and " ".join(_key(doc, m)) not in _KNOWN_PLACES and (
        m.start == 0 or doc[m.start - 1].lower_ not in ("of", "from", "in", "at", "for", "to"))


def _described_alone(text: str, surname: str) -> bool:
    """The surname, written alone, has a person's age or post after it somewhere ("Fury, 36, told DAZN")."""
    return any(_PERSON_AFTER.match(text, found.end())
               for found in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?=,)", text))


# An age after a name, and the sentence going on: "Miocic, 42, announced", "Jones, 52, told" (not "Texas, 38, and").
_AGE_AFTER = re.compile(r",\s+(?:\d|[1-9]\d|10\d),\s+(?!(?:and|or)\b)[a-z]")
# A plural verb after the number: a team's points ("Liverpool, 82, are top"), unless the name ends a list of people
# ("Andrew Chan, 31, and Myuran Sukumaran, 33, were executed").
_PLURAL_AFTER_NUMBER = re.compile(r",\s+\d+,\s+(?:are|were|have)\b")
_AGED_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "GPE", "LOC", "NORP", "FAC"})
_KNOWN_PLACES = COUNTRIES | CITIES | TOWNS | REGIONS | {name.casefold() for name in US_STATES}


_REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")


def _is_regnal_number_after(doc: Doc, i: int) -> bool:
    """doc[i] is a roman number after a given name that a monarch's or pope's title opens ("King Felipe VI")."""
    return i < len(doc) and i >= 2 and _REGNAL_NUMBER.fullmatch(doc[i].text) is not None \
        and doc[i - 2].lower_ in REGNAL_TITLES and doc[i - 2].is_title


def _is_named_subject(doc: Doc, start: int, end: int) -> bool:
    """The name opens with a given name of one gender or a common one, no stop word ("The Colts") nor a place's
    ("Regina Pats", a team), and is the subject of a verb or joined to one by "and" ("Dolly Parton" of "Celine Dion
    and Dolly Parton joined", "Sanae Takaichi was elected"); no word a known place's ("Santa Rosa was evacuated"). (A
    surname that is a plural noun is kept: "Maurice Cheeks" more often than "Ruby Slippers".)"""
    first = doc[start]
    if first.is_stop or not (gender_of(first.text) is not None or first.lower_ in GIVEN_NAMES) \
            or first.lower_ in GIVEN_NAME_PLACES or first.lower_ in PLACE_OPENING_NAMES:
        return False
    head = doc[end - 1]
    if head.dep_ == "conj":
        head = head.head
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.is_lower and head.head.pos_ in ("VERB", "AUX") \
        and not any(t.lower_ in _KNOWN_PLACES for t in doc[start:end])


def _aged_people(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names with an age after them, whatever the model said ("Miocic, 42, announced his retirement" was a
    place, and "he said" went to the man who beat him), other than places and nationalities the gazetteer knows ("The
    Northern Irishman, 35,")."""
    text = text_of(doc)
    # A full name's surname is left to the surname links ("Lopez, 20," is Andrew Lopez, not a person of its own).
    surnames = {_key(doc, m)[-1] for m in mentions if m.label == "PERSON" and m.end - m.start > 1}
    return {m.key for m in mentions if m.label in _AGED_LABELS
            and _AGE_AFTER.match(text, char_bounds(doc, m.start, m.end)[1])
            and span_text(doc, m.start, m.end).casefold() not in _KNOWN_PLACES
            and span_text(doc, m.start, m.end).casefold() not in DEMONYMS
            and not (m.end - m.start == 1 and _key(doc, m)[0] in surnames) and not _points_after(doc, m, text)}


def _points_after(doc: Doc, m: Mention, text: str) -> bool:
    return bool(_PLURAL_AFTER_NUMBER.match(text, doc[m.start:m.end].end_char)) \
        and not (m.start > 0 and doc[m.start - 1].lower_ in ("and", ","))


# Verbs of speech whose subject, named like a person, is a person: an organisation "said" too, but one named with a
# given name and a surname that is no given name is rarely one ("Arne Slot said" was a work of art, "said Guillaume
# Faury" a building); a last word that is no one's surname is a place's ("Alexandra Palace said").
_SPEAKER_MISREAD_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC"})


def _speaking_people(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of names of two capitalised words, a given name first and a last word that is no given name, a
    company's word ("Liberty Media said") nor a plural, with no article before them, that are the subject of a verb
    of speech: a person's ("Tyson Fury said he would return" was an organisation). Not a place's first word
    ("Virginia Tech said"), nor a building's last word that is no one's surname ("Alexandra Palace said"). A last
    word that is a given name too ("Jones", as in "Morgan Stanley", "John Lewis said") only where what was said has
    "he" or "she" for its subject ("Carwyn Jones said he would stand")."""
    found = set()
    for m in mentions:
        if m.label not in _SPEAKER_MISREAD_LABELS or m.end - m.start != 2:  # "Martha Stewart Living said"
            continue
        span, head = span_of(doc, m.start, m.end), doc[m.end - 1]
        first, last = span[0], head.lower_
        if not all(t.is_title and t.is_alpha for t in span) or not is_given_name(first.text) \
                or first.lower_ in _KNOWN_PLACES or last in CORPORATE_SUFFIXES \
                or last in ORGANISATION_HEADS or last in _FIRM_HEADS or head.tag_ == "NNPS" \
                or (last.endswith("s") and head.lemma_ != head.text) \
                or last in NO_SURNAME_PLACE_HEADS or (m.label == "FAC" and last in NAMESAKE_HEADS):
            continue  # the model's building by a place's last word: "Stanley Park said" (a park's company)
        named_with_article = m.start > 0 and doc[m.start - 1].lower_ == "the"  # "The Red Sox said"
        if head.dep_ == "nsubj" and head.head.lemma_ in SPEAKING_LEMMAS and head.head.pos_ == "VERB" \
                and not named_with_article and (not is_given_name(head.text) or _says_of_a_person(head.head)):
            found.add(m.key)
    return found


# Subjects of what a speaker said that tell a person said it: "Carwyn Jones said he would stand" (a firm's is "it").
_SAID_OF_A_PERSON = frozenset({"he", "she"})


def _says_of_a_person(verb: Token) -> bool:
    """The verb of speech's clause has "he" or "she" for its subject: "said he would stand"."""
    return any(clause.dep_ == "ccomp" and any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in _SAID_OF_A_PERSON
                                              for t in clause.children)
               for clause in verb.children)


# Marks that end a quotation's last sentence before its closing quotation mark and its speaker: '"...," Tarique
# Rahman told supporters'.
_QUOTE_ENDS = frozenset({",", "?", "!"})
# The most words of a person's name the model takes for a work's title after a quotation ("Mirza Fakhrul Islam
# Alamgir").
_QUOTED_SPEAKER_WORDS = 5
# Last words of a paper's or broadcaster's name, which may say what it printed or aired ('"...," Fox News said').
_PRESS_HEADS = frozenset({"news", "times", "post", "journal", "herald", "tribune", "telegraph", "guardian", "mail",
                          "express", "mirror", "gazette", "chronicle", "observer", "independent", "review", "today",
                          "magazine", "radio", "tv", "television", "channel", "network", "press", "report", "daily"})


def _speakers_after_quotations(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's works' titles of capitalised words opening with a given name, right after a quotation's
    closing mark and the subject of a verb of speech: the one who said it ('"We will not give up," Mirza Fakhrul Islam
    Alamgir told reporters' was a work of art). Not a paper's or a body's name ('"...," Human Rights Watch said')."""
    found = set()
    for m in mentions:
        if m.label != "WORK_OF_ART" or not 2 <= m.end - m.start <= _QUOTED_SPEAKER_WORDS or m.start < 2 \
                or not doc[m.start - 1].is_quote or doc[m.start - 2].text not in _QUOTE_ENDS:
            continue
        span = doc[m.start:m.end]
        words = {t.lower_ for t in span}
        if not all(t.is_title and t.is_alpha or _in_a_hyphenated_given_name(t) for t in span) \
                or not is_given_name(span[0].text) or words & (ORGANISATION_HEADS | CORPORATE_SUFFIXES | _PRESS_HEADS):
            continue
        head = span.root
        if head.dep_ == "nsubj" and head.head.lemma_ in SPEAKING_LEMMAS and head.head.pos_ == "VERB":
            found.add(m.key)
    return found


def _in_a_hyphenated_given_name(token: Token) -> bool:
    """A hyphen inside a name, or the lower-case syllable after it, as Korean given names are written ("Jun
    Young-hyun", "Lee Jae-myung")."""
    doc = token.doc
    if token.text == "-":
        return 0 < token.i < len(doc) - 1 and not token.whitespace_ and not doc[token.i - 1].whitespace_ \
            and doc[token.i - 1].is_alpha and doc[token.i + 1].is_lower
    return token.is_lower and token.is_alpha and token.i > 0 and doc[token.i - 1].text == "-" \
        and not doc[token.i - 1].whitespace_


# Labels the model gives a person's two-word name that opens with a given name ("Eddy Merckx|ORG", "Quinn Ewers|GPE").
_GIVEN_NAME_MISREAD_LABELS = frozenset({"ORG", "GPE", "LOC"})
_NAMESAKE_HEADS = ORGANISATION_HEADS | FACILITY_HEADS | NAMESAKE_HEADS | NO_SURNAME_PLACE_HEADS | CORPORATE_SUFFIXES


def _given_names_and_surnames(doc: Doc, mentions: list[Mention], adjectives: Container[str],
                              lower_case: Container[str]) -> set[tuple[str, ...]]:
    """Keys of the model's organisations and places of two capitalised words, a given name and a word no firm or place
    ends with: a person's name ("Eddy Merckx", "Tyson Fury", "Kuldeep Yadav"). Not a firm's, a body's, a place's or a
    building's ("Tyson Foods", "Aria Health", "Jordan Valley", "Victoria Station", "the Paris Hilton hotel"), nor
    after an adjective or a particle ("Key Biscayne", "General Assembly", "Le Monde", "Al Qaeda"), nor before a word
    the text writes in lower case (`lower_case`: "Visa Program"), an adjective (`adjectives`: "Creighton Athletic")
    or initials ("Virginia AFL-CIO"), nor a team's plural ("Bradley Braves"); a place's name first only before a
    double-barrelled surname ("Sydney McLaughlin-Levrone", not "Georgia Tech")."""
    found = set()
    for m in mentions:
        words = span_text(doc, m.start, m.end).split()  # a hyphenated surname is one: "Sydney McLaughlin-Levrone"
        if m.label not in _GIVEN_NAME_MISREAD_LABELS or len(words) != 2 or m.key in found:
            continue
        first, last = doc[m.start], words[1]
        given, surname = first.lower_, last.casefold()
        if not (first.is_title and first.is_alpha and last[:1].isupper() and not last.isupper()
                and last.replace("-", "").isalpha()) \
                or not is_given_name(first.text) or given in PLACE_OPENING_NAMES or given in DEMONYMS \
                or given in NAME_PARTICLES or given in adjectives \
                or surname in _NAMESAKE_HEADS or surname in lower_case or surname in adjectives \
                or is_given_name(last) or _is_known_organisation(m.key) \
                or " ".join(words).casefold() in FIRMS_NAMED_AFTER_PEOPLE \
                or _in_gazetteer("".join(m.key)) or (m.start > 0 and doc[m.start - 1].lower_ == "the") \
                or (m.end < len(doc) and doc[m.end].lower_ in _NAMESAKE_HEADS):
            continue
        if surname.endswith("s") and surname[:-1] in adjectives:
            continue  # a team's nickname: "Bradley Braves"
        if _in_gazetteer(given) and "-" not in last:
            continue  # a place's institution or part ("Georgia Tech", "Sydney Harbour"), unless double-barrelled
        found.add(m.key)
    return found


def _speakers_by_other_names(doc: Doc, mentions: list[Mention], groups: Groups) -> list[Mention]:
    """Mentions for a word of one person's full name other than the last, alone as the subject of a verb of speech
    where the model found no name: "Tedros told reporters" is Tedros Adhanom Ghebreyesus, "Lei said" Lei Jun,
    "Ayub said" Omar Ayub Khan. The word joins that person's group; not a word two people's names share, a title,
    a particle, an initial or a place."""
    owners: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for root in groups.roots():
        if groups.label(root) == "PERSON" and len(root) > 1 and not _has_digits(root):
            for word in root[:-1]:
                owners[word].add(root)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    tokens = tokens_of(doc)
    for i, lower in enumerate(lowers_of(doc)):
        roots = owners.get(lower, set())
        if len(roots) != 1:
            continue
        token, key = tokens[i], (lower,)
        if token.i in taken or key in groups.votes or not _is_name_word(token) \
                or lower in ALL_TITLES or lower in NAME_PARTICLES or lower in _KNOWN_PLACES \
                or len(token) < 2 or not (token.dep_ == "nsubj" and token.head.lemma_ in SPEAKING_LEMMAS):
            continue
        if (token.i > 0 and _is_name_word(doc[token.i - 1])) or \
                (token.i + 1 < len(doc) and _is_name_word(doc[token.i + 1])):
            continue  # part of a longer name
        if _APPOSITION_AFTER.match(text_of(doc), token.idx + len(token)):
            continue  # "Asim, a shopkeeper who gave only his first name, said": someone the text introduces
        groups.votes[key] = Counter()
        groups.forced[key] = "PERSON"
        groups.attach(key, next(iter(roots)))
        found.append(Mention(token.i, token.i + 1, "PERSON", 0.0, "propagated", key))
    return found


# The labels the model gives a person's name by mistake, which a description after it overrules (not a place's:
# "Nick Rahall of West Virginia, the chairman of ...").
_MISREAD_PERSON_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _is_initials(token: Token) -> bool:
    """"TM", "P.B.": a given name written as its initials."""
    return (token.is_upper and token.is_alpha and len(token) <= 2) or bool(_DOTTED_INITIALS.fullmatch(token.text))


# What follows a person's name as a description or their words: ", the British-born actress", " said".
_DESCRIBED_OR_SPEAKING = re.compile(r",\s+(?:the|an?)\s|,?\s+(?:said|says|told)\b")
# A verb of scoring after a player's name: "with Erling Haaland scoring twice" (the model missed the name).
_SCORING_AFTER = re.compile(r"\s+(?:scored|scoring|scores|netted|netting|nets|struck|equalised|equalized)\b")


def _acts_after_entry_time(doc: Doc, start: int, end: int) -> bool:
    """The name opens a live blog's entry after its time, a verb after it: "00:52 BST - Grant Shapps has lost his
    seat" (the time stamp puts the model off the name it finds without it)."""
    text, at = text_of(doc), doc[start].idx
    line_start = text.rfind("\n", 0, at) + 1
    stamp = ENTRY_TIME_RE.match(text, line_start)
    return stamp is not None and stamp.end() == at and end < len(doc) and doc[end].pos_ in ("VERB", "AUX")


def _is_honorific(token: Token) -> bool:
    """An honorific written before a name: "Mr", "Dr", "Cllr", "Shri", "Sri" of "Dato' Sri" (not "Prince" of "Prince
    Harry")."""
    return token.text in HONORIFICS or token.lower_ in INDIAN_HONORIFICS or in_malay_honour(token)


def _described_people_missed(doc: Doc, mentions: list[Mention], nouns: frozenset[str], ordinary: frozenset[str]
                             ) -> list[Mention]:
    """People the model left out: a known given name and a capitalised surname that is no common noun, in no
    mention, with a person's title before them or description or words after them ("LOS ANGELES (AP) - Eleanor
    Vance, the British-born actress ...", after a dateline; "Economic Security Minister Sanae Takaichi"; "with Erling
    Haaland scoring twice"; not
    "Victoria Station, the busiest"; "Liberty Media, which" is a firm's). A given name not known so needs a person's
    age or post after the name ("Halidou Tinto, a professor of parasitology") or both a title before it and words or a
    double surname after it ("Chief Executive Safra Catz said", "Governor Babajide Sanwo-Olu inspected"), or a title
    before it and a surname of a glottal stop ("Prime Minister Fiame Naomi Mata'afa said")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    alone = {doc[m.start].text for m in mentions if m.label in NAME_LABELS and m.end - m.start == 1}
    text = text_of(doc)
    added = []
    for first in tokens_of(doc):
        i = first.i
        if i in covered or not first.is_title or not first.is_alpha or _is_honorific(first):
            continue  # an honorific is no part of the name: "Shri" of "Governor Shri Shaktikanta Das"
        # Known to the name lists, or to our own list of public figures' given names they lack ("Anies", "Prabowo").
        known = is_given_name(first.text) or first.lower_ in GIVEN_NAMES
        if not known and (first.lower_ in ordinary or first.lower_ in _KNOWN_PLACES):  # "Halidou" was an adjective
            continue
        end = i + 1
        # A common noun ends no name, unless the model names the word alone elsewhere, after a name's first word, or
        # an honorific says a name comes: "Das" ('"...," Das said', "Shri Shaktikanta Das"; not "The Mysore").
        honoured = i > 0 and _is_honorific(doc[i - 1])
        # A known given name that is no word ("Jrue") vouches for a surname that is one: "Jrue Holiday" listed.
        unworded = known and first.lower_ not in ordinary and first.lower_ not in nouns
        while end < len(doc) and end - i < 3 and end not in covered and doc[end].is_title and doc[end].is_alpha \
                and doc[end].pos_ == "PROPN" and (doc[end].lower_ not in nouns or honoured
                                                  or (unworded and end == i + 1 and doc[end].tag_ == "NNP"
                                                      and doc[end].lower_ not in _FIRM_HEADS
                                                      and doc[end].lower_ not in _NAMESAKE_HEADS)
                                                  or (doc[end].text in alone and not first.is_stop)
                                                  or _surname_before_speech(doc, first, end)
                                                  or _given_name_before_glottal_word(doc, end, covered)):
            end += 1
        double = end - i >= 2 and end + 1 < len(doc) and is_glued_hyphen(doc[end]) and end + 1 not in covered \
            and is_second_surname(doc[end + 1])
        end += 2 if double else 0  # "Sanwo-Olu"
        # A surname with a glottal stop's apostrophe, no word to the tokenizer's test: "Fiame Naomi Mata'afa".
        glottal = end - i >= 2 and not double and end < len(doc) and doc[end - 1].whitespace_ \
            and _is_glottal_name_word(doc, end, covered)
        end += 1 if glottal else 0
        if end == i + 1 and known and _is_regnal_number_after(doc, end):
            end += 1  # "King Felipe VI", "Pope Leo XIV": a monarch's given name and number
        after = char_bounds(doc, i, end)[1]
        title = doc[i - 1] if i > 0 else None
        titled = title is not None and not title.is_lower and (is_title_word(title) or in_malay_honour(title))
        described = _DESCRIBED_OR_SPEAKING.match(text, after) or (known and _acts_after_entry_time(doc, i, end)) \
            or (known and _SCORING_AFTER.match(text, after)) or _is_named_subject(doc, i, end)
        # A people's adjective before a known given name and a surname: "ahead of German Ricarda Funk", "Brazilian
        # Italo Ferreira and" (the model had the adjective alone).
        national = title is not None and title.is_title and title.lower_ in DEMONYMS
        listed = _listed_beside_a_person(doc, mentions, i, end)
        if end - i >= 2 and (_PERSON_AFTER.match(text, after)
                             or (known and (titled or described or national or listed))
                             or (titled and (described or double or glottal))):
            # A firm's word ends no person's name: "Liberty Media, which owns F1" is a firm the model missed.
            added.append(Mention(i, end, "ORG" if doc[end - 1].lower_ in _FIRM_HEADS else "PERSON", 1.0, "described"))
            covered.update(range(i, end))  # not "Choon Phong" again inside "Goh Choon Phong"
    return added


def _listed_beside_a_person(doc: Doc, mentions: list[Mention], start: int, end: int) -> bool:
    """The words doc[start:end] are listed right before a person's mention of two words or more: "traded Jrue
    Holiday, Grayson Allen and a pick" (the model found the second alone)."""
    if end + 1 >= len(doc) or doc[end].text not in (",", "and"):
        return False
    after = end + 1
    return any(m.start == after and m.label == "PERSON" and m.end - m.start >= 2 for m in mentions)


def _given_name_before_glottal_word(doc: Doc, i: int, covered: set[int]) -> bool:
    """doc[i] is a given name (a dictionary's noun too: "Naomi") before a surname with a glottal stop's apostrophe:
    "Fiame [Naomi] Mata'afa"."""
    return i + 1 < len(doc) and is_given_name(doc[i].text) and doc[i].whitespace_ != "" \
        and _is_glottal_name_word(doc, i + 1, covered)


# Verbs of speech right after a name, which make a person's surname of a word the lemmatizer also lists as a noun.
_SPEECH_AFTER_NAME = frozenset({"said", "says", "told"})


def _surname_before_speech(doc: Doc, first: Token, end: int) -> bool:
    """doc[end], a word the lemmatizer lists as a noun ("schnabel"), is the surname after a given name of one gender
    right before a verb of speech: "Isabel Schnabel said" (the model found nothing). Not a word the text writes in
    lower case, a plural, nor a body's, firm's or building's last word ("Victoria Station said", "Ivy Restaurant
    said")."""
    word = doc[end]
    return end == first.i + 1 and end + 1 < len(doc) and doc[end + 1].lower_ in _SPEECH_AFTER_NAME \
        and gender_of(first.text) is not None and word.tag_ == "NNP" and word.lower_ not in lower_case_words_of(doc) \
        and word.lower_ not in _NAMESAKE_HEADS and word.lower_ not in _FIRM_HEADS \
        and word.lower_ not in FIRM_ONLY_NOUNS \
        and not _is_known_organisation((first.lower_, word.lower_)) and not _in_gazetteer(word.lower_)


def _with_shared_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's mention of two given names and a surname as the two people it names: "Harry and Meghan Markle" is
    Harry and Meghan Markle. The first is not given the surname: "Harris and Doug Emhoff", "Thomas and Samuel Alito",
    "Chelsea and Todd Boehly" share none, and the words do not tell them from "Liam and Noel Gallagher"."""
    out: list[Mention] = []
    for m in mentions:
        if m.label == "PERSON" and m.end - m.start == 4 and doc[m.start + 1].lower_ in ("and", "&") \
                and _is_given_name_alone(doc[m.start]) and is_given_name(doc[m.start + 2].text):
            first = Mention(m.start, m.start + 1, m.label, m.weight, m.source)
            second = Mention(m.start + 2, m.end, m.label, m.weight, m.source)
            first.key, second.key = _key(doc, first), _key(doc, second)
            out += [first, second]
        else:
            out.append(m)
    return out


def with_paired_full_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's mention of two full names joined by a hyphen as the two people it names: "the Jake Paul-Mike Tyson
    boxing match", "the Muhammad Ali-Joe Frazier fight"; each side a given name and a surname at least, so no
    hyphenated given name ("Jean-Paul Sartre"), double-barrelled surname ("Helena Bonham-Carter") or Korean given
    name ("Lee Jae-myung") is cut."""
    out: list[Mention] = []
    for m in mentions:
        hyphen = next((i for i in range(m.start + 2, m.end - 2) if is_glued_hyphen(doc[i])), None) \
            if m.label == "PERSON" and m.end - m.start >= 5 else None
        if hyphen is not None and is_given_name(doc[m.start].text) and is_given_name(doc[hyphen + 1].text) \
                and doc[m.end - 1].lower_ not in ORGANISATION_HEADS and doc[m.end - 1].lower_ not in FACILITY_HEADS \
                and all(t.is_title for t in doc[m.start:hyphen]) and all(t.is_title for t in doc[hyphen + 1:m.end]):
            first = Mention(m.start, hyphen, m.label, m.weight, m.source)
            second = Mention(hyphen + 1, m.end, m.label, m.weight, m.source)
            first.key, second.key = _key(doc, first), _key(doc, second)
            out += [first, second]
        else:
            out.append(m)
    return out


def _is_given_name_alone(token: Token) -> bool:
    """A given name in title case that names no place ("Liam", "Venus"; not "Jordan", "Paris")."""
    return token.is_title and is_given_name(token.text) and not _in_gazetteer(token.lower_)
