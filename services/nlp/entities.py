"""Named entities of an article: mentions with offsets, grouped under one canonical name per entity.

The statistical model labels each mention on its own, so one article can call "Healey" an ORG
and "John Healey" a PERSON, or miss a name in one sentence it found in another. `extract_entities`
post-processes `doc.ents` at document level, in this order:

1. all-caps lines (headlines) are re-labelled by running the NER again on a case-restored copy of
   those lines only ("JAPAN GET LUCKY WIN" is read as "Japan get lucky win");
2. spans are cleaned: cut at line breaks, scores and separators ("Birmingham v Barnsley"), and
   stripped of articles, possessives, titles, descriptors ("Interfax news agency") and numbers;
   one-word "names" that are ordinary words capitalised by position ("Prices rose") are dropped;
3. rows of a table (lines of one shape: "Hull 0 Barnet 0") give every name in a column the
   column's majority label; places with scores are teams (ORG), countries stay GPE;
4. acronyms defined in brackets join their long form ("Kurdistan Democratic Party ( KDP )");
5. mentions are grouped: one name (case-folded) is one key; a short key joins the longer name it
   is part of ("Healey" → "John Healey"); each group's label is a vote over its mentions, except
   where a rule knows better (a surname of a person is a person, "... SpA" is an ORG, "... Cup" an
   EVENT, a small gazetteer knows that "Kyiv" is a place); a common given name at the start of a
   name adds a PERSON vote, an ORG label before a possessive counts half;
6. unlabelled repeats of every name found in the doc (and surnames of its persons) become mentions;
7. groups get a canonical name (the full name as most often written), a stable id and a salience.

Measured on CoNLL-2003 dev by `services.eval.score_ner`, which also has switches for each step.
"""
from __future__ import annotations

import calendar
import functools
import hashlib
import itertools
import re
import string
from collections import Counter, defaultdict
from collections.abc import Callable, Set
from dataclasses import dataclass, field

from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from services.core.names import normalise_name
from services.nlp.doctext import WORD_CACHE, text_of, words_of
from services.nlp.entity_rules import (
    ALL_TITLES,
    ARTICLE_KEEPING_LABELS,
    CAPITALISED_EDGE_LABELS,
    CITIES,
    CLOCK_TIME,
    CLOCK_TIME_ZONES,
    CORPORATE_SUFFIXES,
    COUNTRIES,
    DEMONYMS,
    DISEASE_WORDS,
    EVENT_SUFFIXES,
    GENERAL,
    GENERATIONAL_SUFFIXES,
    GIVEN_NAME_PLACES,
    GIVEN_NAMES,
    HONORIFICS,
    IRISH_COUNTIES,
    KNOWN_ORGANISATIONS,
    LEADING_ARTICLES,
    NAME_LABELS,
    NAME_PARTICLES,
    NOT_NAMES,
    NUMBERED_NAME_WORDS,
    NUMBERLESS_LABELS,
    NUMERIC_LABELS,
    OFFICE_HEADS,
    OFFICE_PORTFOLIOS,
    OFFICE_WORDS,
    ORGANISATION_HEADS,
    PARTIES,
    PARTY_WORDS,
    PERSON_OFFICES,
    PERSON_TITLES,
    PORTFOLIOS,
    POSSESSIVES,
    POSTNOMINALS,
    RANK_ABBREVIATIONS,
    REGIONS,
    SEPARATORS,
    SHORT_NAMES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    TITLES_IN_FULL,
    US_STATE_ABBREVIATIONS,
    VARIANT_WORDS,
)
from services.nlp.furniture import (
    dateline_place_spans,
    dateline_spans,
    furniture_ranges,
    in_ranges,
    page_frame_ranges,
)
from services.nlp.given_names import gender_of, is_given_name
from services.nlp.money import ISO_CODES, is_written_sum

# Vote weight of a label found in an all-caps line: case-restored text is less reliable.
SHOUTING_WEIGHT = 0.5
# Short forms are linked to longer names of these labels only when their own label is not a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Vote weight of an ORG label right before a possessive (see `_label_reliability`).
POSSESSIVE_ORG_WEIGHT = 0.5
# Vote a common given name at the start of a name adds for PERSON (see `_starts_with_given_name`).
GIVEN_NAME_VOTE = 1.5
# Share of a doc's names that must be capitalised for case to tell names from words.
WELL_CASED_SHARE = 0.8
# Salience left to an entity named only in page furniture (a byline, a picture credit).
FURNITURE_ONLY_SALIENCE = 0.5
# Lines of one shape that make a table: fewer could be a coincidence of prose.
MIN_TABLE_ROWS = 3


# The source of a mention made a person's by the honorific before it.
HONORED = "honorific"


@dataclass
class _Mention:
    """A mention as token offsets into the doc, before and after grouping."""

    start: int
    end: int
    label: str
    weight: float = 1.0
    source: str = "model"
    key: tuple[str, ...] = field(default=())
    # The group's key when another rule than the name decides it ("Ms Thornton" is Rebecca Thornton's).
    owner: tuple[str, ...] | None = None


@dataclass
class _Options:
    """Switches of the post-processing steps (all on in production; the evaluation toggles them)."""

    recase: bool = True
    clean: bool = True
    group: bool = True
    propagate: bool = True
    tables: bool = True
    capitals: bool = True
    acronyms: bool = True
    teams: bool = True
    gazetteer: bool = True


OPTIONS = _Options()


# -------------------------------------------------------------------------------- public interface


def entity_id(label: str, name: str) -> str:
    """Stable id of a canonical entity: the same person in two articles gets the same id, and the same company
    with or without its legal form ("Apple Inc." and "Apple"). A name's id does not depend on its label: the model
    calls one club a person in one article and a place in the next (dates, sums and numbers keep theirs: "May")."""
    folded = normalise_name(name)
    if label in NAME_LABELS:
        key = _without_legal_form(folded) if label != "PERSON" else folded
        key = f"name\x1f{key}"
    else:
        key = f"{label}\x1f{folded}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


# The legal forms of companies as `normalise_name` writes them ("L.L.C." -> "l l c").
_LEGAL_FORMS = tuple(sorted({normalise_name(suffix) for suffix in CORPORATE_SUFFIXES} - {""}, key=len, reverse=True))


def _without_legal_form(folded: str) -> str:
    """A folded company name without its trailing legal forms ("jpmorgan chase co" -> "jpmorgan chase")."""
    stripped = True
    while stripped:
        stripped = False
        for form in _LEGAL_FORMS:
            if folded.endswith(" " + form):
                folded, stripped = folded[: -len(form) - 1], True
                break
    return folded


def extract_entities(doc: Doc, nlp: Language | None = None) -> tuple[list[dict], list[dict]]:
    """(mentions, groups) for the document.

    `nlp` is the pipeline that made `doc` (its NER re-reads all-caps lines, its lemmatizer tables
    tell ordinary words); None means the process-wide model, `services.nlp.model.shared_model()`.
    """
    nlp = nlp or _default_model()
    lines = _line_ranges(doc)
    words = words_of(doc)
    shouting = [_is_shouting(words[s:e]) for s, e in lines]
    shouting_tokens = {i for (s, e), caps in zip(lines, shouting, strict=True) if caps for i in range(s, e)}

    mentions = _model_mentions(doc, nlp, lines, shouting, shouting_tokens)
    frame = page_frame_ranges(doc)
    if frame:  # the page around the article: its menus and share buttons name nothing the article is about
        mentions = [m for m in mentions if not in_ranges(doc[m.start].idx, frame)]
    mentions = _refined(doc, nlp, lines, _with_dateline_names(doc, mentions))
    aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
    if OPTIONS.acronyms:
        mentions = _joined_long_forms(doc, mentions)
        added, aliases = _acronyms(doc, mentions)
        mentions = sorted(mentions + added, key=lambda m: m.start)
    for m in mentions:
        m.key = _key(doc, m)

    groups = _group(doc, mentions, aliases)
    if OPTIONS.propagate:
        groups.add_surnames()
        ordinary = _common_words(nlp, ("verb",)) | {t.text for t in doc if t.is_lower}
        groups.add_firms_first_words(ordinary)
        mentions = mentions + _speakers_by_other_names(doc, mentions, groups)
        names = {key: groups.label(groups.root(key)) for key in groups.votes if _propagatable(key)}
        if OPTIONS.gazetteer:
            names = {**_gazetteer_keys(nlp), **names}  # the document's own label wins
        mentions = sorted(mentions + _propagate(doc, mentions, names, shouting_tokens), key=lambda m: m.start)
    _shared_surname_owners(doc, mentions, groups)
    return _build_output(doc, mentions, groups, shouting_tokens)


_HONORIFIC_GENDERS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def _shared_surname_owners(doc: Doc, mentions: list[_Mention], groups: _Groups) -> None:
    """A surname written alone that several people named in full share goes to one of them: after "Mr" or "Ms", the
    one whose given name is of that gender ("Ms Thornton" is Rebecca Thornton, not her husband Jonathan); after
    another title, the one named in full with it ("Sen. Ted Cruz ... Senator Cruz") or no one; else the first named
    of those not named as somebody's relative ("Ted Cruz ... his father, Rafael Cruz ... Cruz said", "Hillary Clinton
    ... former President Bill Clinton ... Clinton said"; "Bill Clinton ... his wife Hillary Clinton ... Clinton
    said")."""
    people: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for root in groups.roots():
        # Only names a given name or an initial opens: not a headline's "Injecting Clinton" beside "Hillary Clinton".
        if len(root) > 1 and groups.label(root) == "PERSON" and _opens_with_given_name(root):
            people[root[-1]].append(root)
    text = text_of(doc)
    first_at: dict[tuple[str, ...], int] = {}  # a full name's root -> where it is first written
    relatives: set[tuple[str, ...]] = set()
    titled: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a full name's root -> titles written before it
    for m in mentions:
        if len(m.key) > 1 and m.key in groups.votes:
            root = groups.root(m.key)
            first_at.setdefault(root, m.start)
            if _named_as_relative(text, doc[m.start:m.end]):
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


# Words for a relative, which name a person in passing where a surname is shared: "his father, Rafael Cruz".
_KIN = (r"(?:son|daughter|wife|husband|father|mother|brother|sister|widow|widower|grandson|granddaughter|grandfather|"
        r"grandmother|uncle|aunt|nephew|niece|cousin|twin|fianc[ée]e?|spouse|(?:step|half-)(?:son|daughter|father|"
        r"mother|brother|sister))(?:-in-law)?s?")
_KIN_BEFORE = re.compile(rf"\b{_KIN},?\s+(?:and\s+)?$", re.IGNORECASE)
# Not ", a father of two": a description, no relation to another.
_KIN_AFTER = re.compile(rf",\s+(?:\d+,\s+)?(?:(?:his|her|their|the\s+[\w-]+(?:'s|’s))\s+)?(?!an?\s)(?:[\w-]+\s+)?"
                        rf"{_KIN}\b(?!\s+of\s+(?:one|two|three|four|five|six|\d))", re.IGNORECASE)


# "Jenkins's mother, " before "Donna Jenkins": the surname alone is someone else of that family.
_SURNAMES_RELATIVE = re.compile(rf"\b([\w-]+)(?:'s|’s|'|’)\s+(?:[\w-]+\s+)?{_KIN},?\s+$", re.IGNORECASE)


def _relatives_of_surnames(doc: Doc, mentions: list[_Mention]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(surname, full name) pairs where the text names the full name as the relative of whoever the surname alone is:
    "Jenkins is being held ... Jenkins's mother, Donna Jenkins, said her son was innocent"."""
    text, found = text_of(doc), set()
    for m in mentions:
        if len(m.key) > 1:
            start = doc[m.start].idx
            before = _SURNAMES_RELATIVE.search(text, max(0, start - 60), start)
            if before and _word_key(before.group(1)) == m.key[-1]:
                found.add(((m.key[-1],), m.key))
    return found


def _named_as_relative(text: str, span: Span) -> bool:
    """The name has a kinship word right before or after it: "daughter Chelsea Clinton", "Katherine Gomes, mother
    of the suspect", "Catherine Gomes, 61, the defendant's mother"."""
    return bool(_KIN_BEFORE.search(text, max(0, span.start_char - 40), span.start_char)
                or _KIN_AFTER.match(text, span.end_char))


# An apposition or a relative clause after a name, which introduces whom it names: "Michael Jordan, the former
# Chicago Bulls star", "Michael Jordan, who won six titles".
_APPOSITION_AFTER = re.compile(r",\s+(?:the|an?|who)\s")


def _described_by_apposition(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of names introduced as someone: an apposition or relative clause after them, or a relative's word before
    them ("his father George Bush")."""
    text = text_of(doc)
    return {m.key for m in mentions if _APPOSITION_AFTER.match(text, doc[m.start:m.end].end_char)
            or _named_as_relative(text, doc[m.start:m.end])}


def _title_word(token: Token) -> str:
    """A title's word in full and lower case: "Sen." -> "senator", "Det" -> "detective"."""
    word = token.lower_.rstrip(".")
    return TITLES_IN_FULL.get(word, word)


def _opens_with_given_name(key: tuple[str, ...]) -> bool:
    """The name's first word is a given name, or initials ("w. mark felt")."""
    return is_given_name(key[0].rstrip(".").title()) or _is_initial(key[0])


def _is_initial(word: str) -> bool:
    """"j", "j.", "h.w.": a name written as its initials (not "al" nor "de", words of names)."""
    letters = word.replace(".", "")
    return letters.isalpha() and (len(letters) == 1 or (word.endswith(".") and len(letters) <= 3))


def _model_mentions(
    doc: Doc, nlp: Language, lines: list[tuple[int, int]], shouting: list[bool], shouting_tokens: set[int]
) -> list[_Mention]:
    """The model's mentions, those of all-caps lines replaced by a re-reading in ordinary case."""
    mentions = [_Mention(e.start, e.end, e.label_) for e in doc.ents]
    if OPTIONS.recase and shouting_tokens:
        mentions = [m for m in mentions if m.start not in shouting_tokens]
        mentions += _recased_mentions(doc, nlp, lines, shouting)
    for m in mentions:
        if m.start in shouting_tokens:
            m.weight = min(m.weight, SHOUTING_WEIGHT)
    return mentions


def _refined(doc: Doc, nlp: Language, lines: list[tuple[int, int]], mentions: list[_Mention]) -> list[_Mention]:
    """Mentions cleaned, stripped of capitalised ordinary words, and completed from table columns."""
    well_cased = is_well_cased(doc)
    if OPTIONS.clean:
        mentions = _named_after_ranks(doc, _without_misread_names(doc, _clean(doc, mentions, well_cased)))
        mentions = [_without_office(doc, m) for m in mentions]
        mentions = _with_possessors_in_names(doc, mentions, _common_words(nlp, ("noun", "adj")))
    if OPTIONS.capitals and well_cased:
        mentions = _drop_capitalised_words(doc, mentions, nlp)
        nouns = _common_nouns(nlp)
        mentions = _without_role_nouns(doc, _with_given_names(doc, mentions, nouns), nouns)
        ordinary = _common_words(nlp, ("noun", "adj"))
        mentions = mentions + _described_people_missed(doc, mentions, nouns, ordinary)
        mentions = mentions + _traded_firms_missed(doc, mentions, ordinary)
    mentions = _without_labels_before_names(doc, mentions, _common_words(nlp, ("noun", "adj")))
    if OPTIONS.gazetteer:
        mentions = _completed_known_organisations(doc, mentions, nlp)
    mentions = _without_titles(doc, _joined_organisations(doc, _across_particles(doc, mentions)))
    mentions = [_with_hyphenated_end(doc, m) for m in mentions]
    mentions = _joined_people(doc, mentions, _common_words(nlp, ("noun", "adj")))
    if OPTIONS.clean:  # after the joins: "ten" of "Erik ten Hag" is no number
        mentions = _without_numbers_inside_names(_with_nicknames(doc, mentions))
    if OPTIONS.tables:
        mentions = _vote_tables(doc, lines, mentions)
    return mentions


def _group(doc: Doc, mentions: list[_Mention], aliases: dict[tuple[str, ...], tuple[str, ...]]) -> _Groups:
    """Groups of the name mentions: votes per name, rule-known labels, short forms and acronyms linked."""
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    first_seen: dict[tuple[str, ...], int] = {}
    for m in mentions:
        if m.label in NAME_LABELS:
            votes[m.key][m.label] += m.weight * _label_reliability(doc, m)
            first_seen.setdefault(m.key, m.start)
    for key, key_votes in votes.items():
        # Only against the model's usual confusions: "Roman Catholic" (NORP) and the "Charles de
        # Gaulle" airport (FAC) keep their labels.
        if _starts_with_given_name(key) and set(key_votes) <= {"PERSON", "ORG", "GPE", "LOC"}:
            key_votes["PERSON"] += GIVEN_NAME_VOTE
    groups = _Groups(votes, first_seen)
    groups.apart = _named_apart(doc, mentions) | _relatives_of_surnames(doc, mentions)
    groups.force_known_forms()
    groups.forced.update(dict.fromkeys(_described_products(doc, mentions), "PRODUCT"))  # unless a firm's, below
    companies = _names_before_legal_forms(doc, mentions) | _traded_names(doc, mentions) \
        | _plural_people(doc, mentions) | _described_firms(doc, mentions) | _clubs_in_results(doc, mentions)
    groups.forced.update(dict.fromkeys((key for key in companies if key in votes and _majority(votes[key]) != "ORG"),
                                       "ORG"))
    if OPTIONS.gazetteer:
        groups.known.update(dict.fromkeys(_dateline_places(doc, mentions), "GPE"))
    honored = {m.key for m in mentions if m.source == HONORED}
    described = _described_people(doc, mentions) | _aged_people(doc, mentions) | _speaking_people(doc, mentions)
    groups.forced.update(dict.fromkeys(honored | described, "PERSON"))
    groups.forced.update(dict.fromkeys(_employers(doc, mentions), "ORG"))
    groups.forced.update(dict.fromkeys(_counties(mentions), "GPE"))
    groups.forced.update(dict.fromkeys(_dateline_agencies(doc, mentions), "ORG"))
    if OPTIONS.group:
        groups.link_titled_surnames()
        groups.link_middle_initials(_described_by_apposition(doc, mentions))
        groups.link_short_forms()
    for key in honored:  # "Ms Chambers" makes "Therese Chambers" a person too
        root = groups.root(key)
        if root[-1:] == key[-1:]:
            groups.forced[root] = "PERSON"
    groups.link_acronyms(aliases)
    return groups


# What is written between a company's unit and its owner: "Samsung Biologics, a unit of Samsung", "Siemens
# Healthineers, in which Siemens holds a 75% stake", "Anglo American Platinum, majority-owned by Anglo American".
_OWNED_BY = re.compile(r",?\s+(?:(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}(?:unit|subsidiary|division|arm|affiliate|"
                       r"spin-?off|offshoot)\s+of|in\s+which|(?:[\w-]+-)?owned\s+by|controlled\s+by)\s+(?:the\s+)?$")


def _named_apart(doc: Doc, mentions: list[_Mention]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
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
# 508-year-old institution"), a post somewhere ("TM Roh, president of Samsung's mobile business").
_PERSON_AFTER = re.compile(
    r",\s+an?\s+(?:\d|[1-9]\d|10\d)-year-old\b|,\s+(?:\d|[1-9]\d|10\d),\s"
    r"|,\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:president|chairman|chairwoman|chair|director|minister|secretary|spokesman|"
    r"spokeswoman|spokesperson|professor|founder|co-founder|head|governor|ceo|executive|officer|economist|lawyer|"
    r"researcher|scientist|manager)\s+(?:of|at)\s"
    # A post at a firm named in the possessive: ", Tata Motors' chief financial officer".
    r"|,\s+(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*(?:'s|’s|'|’)\s+(?:[a-z-]+\s+){0,2}(?:president|chairman|chairwoman|"
    r"chair|director|minister|secretary|spokesman|spokeswoman|spokesperson|founder|co-founder|head|ceo|executive|"
    r"officer|economist|lawyer|manager)\b")


def _described_people(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of whole names of two or three capitalised words, a given name or initials first, with a person's age or
    post after them or after their surname alone: a person's, whatever the model said ("Kemal Arslan, a 61-year-old
    shopkeeper" was an organisation, "TM Roh, president of Samsung's mobile business" a product, "Tyson Fury ...
    Fury, 36, told DAZN" an organisation)."""
    text = text_of(doc)
    return {m.key for m in mentions if m.label in _MISREAD_PERSON_LABELS and 2 <= m.end - m.start <= 3
            and (is_given_name(doc[m.start].text) or _is_initials(doc[m.start]))
            and all((t.is_title and t.is_alpha) or _is_initials(t) for t in doc[m.start:m.end])
            and doc[m.end - 1].is_title and (_PERSON_AFTER.match(text, doc[m.start:m.end].end_char)
                                             or (m.label != "PERSON" and _described_alone(text, doc[m.end - 1].text)))}


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
_KNOWN_PLACES = COUNTRIES | CITIES | REGIONS | {name.casefold() for name in US_STATE_ABBREVIATIONS.values()}


def _aged_people(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of names with an age after them, whatever the model said ("Miocic, 42, announced his retirement" was a
    place, and "he said" went to the man who beat him), other than places the gazetteer knows."""
    text = text_of(doc)
    # A full name's surname is left to the surname links ("Lopez, 20," is Andrew Lopez, not a person of its own).
    surnames = {_key(doc, m)[-1] for m in mentions if m.label == "PERSON" and m.end - m.start > 1}
    return {m.key for m in mentions if m.label in _AGED_LABELS and _AGE_AFTER.match(text, doc[m.start:m.end].end_char)
            and doc[m.start:m.end].text.casefold() not in _KNOWN_PLACES
            and not (m.end - m.start == 1 and _key(doc, m)[0] in surnames) and not _points_after(doc, m, text)}


def _points_after(doc: Doc, m: _Mention, text: str) -> bool:
    return bool(_PLURAL_AFTER_NUMBER.match(text, doc[m.start:m.end].end_char)) \
        and not (m.start > 0 and doc[m.start - 1].lower_ in ("and", ","))


# Verbs of speech whose subject, named like a person, is a person: an organisation "said" too, but one named with a
# given name and a surname that is no given name is rarely one ("Arne Slot said" was a work of art).
_SPEAKING_LEMMAS = frozenset({"say", "tell", "add", "insist", "explain", "recall", "admit", "warn", "reply"})
_SPEAKER_MISREAD_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _speaking_people(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of names of two capitalised words, a given name first and a last word that is no given name, a
    company's word nor a plural, with no article before them, that are the subject of a verb of speech: a person's
    ("Tyson Fury said he would return" was an organisation). Not a place's first word ("Virginia Tech said")."""
    found = set()
    for m in mentions:
        if m.label not in _SPEAKER_MISREAD_LABELS or m.end - m.start != 2:  # "Martha Stewart Living said"
            continue
        span, head = doc[m.start:m.end], doc[m.end - 1]
        first, last = span[0], head.lower_
        if not all(t.is_title and t.is_alpha for t in span) or not is_given_name(first.text) \
                or first.lower_ in _KNOWN_PLACES or is_given_name(head.text) or last in CORPORATE_SUFFIXES \
                or last in ORGANISATION_HEADS or head.tag_ == "NNPS" \
                or (last.endswith("s") and head.lemma_ != head.text):
            continue
        named_with_article = m.start > 0 and doc[m.start - 1].lower_ == "the"  # "The Red Sox said"
        if head.dep_ == "nsubj" and head.head.lemma_ in _SPEAKING_LEMMAS and head.head.pos_ == "VERB" \
                and not named_with_article:
            found.add(m.key)
    return found


def _speakers_by_other_names(doc: Doc, mentions: list[_Mention], groups: _Groups) -> list[_Mention]:
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
    for token in doc:
        key = (token.lower_,)
        roots = owners.get(token.lower_, set())
        if len(roots) != 1 or token.i in taken or key in groups.votes or not _is_name_word(token) \
                or token.lower_ in ALL_TITLES or token.lower_ in NAME_PARTICLES or token.lower_ in _KNOWN_PLACES \
                or len(token) < 2 or not (token.dep_ == "nsubj" and token.head.lemma_ in _SPEAKING_LEMMAS):
            continue
        if (token.i > 0 and _is_name_word(doc[token.i - 1])) or \
                (token.i + 1 < len(doc) and _is_name_word(doc[token.i + 1])):
            continue  # part of a longer name
        if _APPOSITION_AFTER.match(text_of(doc), token.idx + len(token)):
            continue  # "Asim, a shopkeeper who gave only his first name, said": someone the text introduces
        groups.votes[key] = Counter()
        groups.forced[key] = "PERSON"
        groups.attach(key, next(iter(roots)))
        found.append(_Mention(token.i, token.i + 1, "PERSON", 0.0, "propagated", key))
    return found


# The labels the model gives a person's name by mistake, which a description after it overrules (not a place's:
# "Nick Rahall of West Virginia, the chairman of ...").
_MISREAD_PERSON_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _is_initials(token: Token) -> bool:
    """"TM", "P.B.": a given name written as its initials."""
    return (token.is_upper and token.is_alpha and len(token) <= 2) or bool(_DOTTED_INITIALS.fullmatch(token.text))


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


# What follows a person's name as a description or their words: ", the British-born actress", " said".
_DESCRIBED_OR_SPEAKING = re.compile(r",\s+(?:the|an?)\s|,?\s+(?:said|says|told)\b")


def _described_people_missed(doc: Doc, mentions: list[_Mention], nouns: frozenset[str], ordinary: frozenset[str]
                             ) -> list[_Mention]:
    """People the model left out: a known given name and a capitalised surname that is no common noun, in no
    mention, with a person's title before them or description or words after them ("LOS ANGELES (AP) - Eleanor
    Vance, the British-born actress ...", after a dateline; "Economic Security Minister Sanae Takaichi"; not
    "Victoria Station, the busiest"). A given name not known so needs a person's age or post after the name
    ("Halidou Tinto, a professor of parasitology") or both a title before it and words after it ("Chief Executive
    Safra Catz said")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    text = text_of(doc)
    added = []
    for first in doc:
        i = first.i
        if i in covered or not first.is_title or not first.is_alpha:
            continue
        known = is_given_name(first.text)
        if not known and (first.lower_ in ordinary or first.lower_ in _KNOWN_PLACES):  # "Halidou" was an adjective
            continue
        end = i + 1
        while end < len(doc) and end - i < 3 and end not in covered and doc[end].is_title and doc[end].is_alpha \
                and doc[end].pos_ == "PROPN" and doc[end].lower_ not in nouns:
            end += 1
        after = doc[i:end].end_char
        title = doc[i - 1] if i > 0 else None
        titled = title is not None and not title.is_lower and _is_title_word(title)
        described = _DESCRIBED_OR_SPEAKING.match(text, after)
        if end - i >= 2 and (_PERSON_AFTER.match(text, after) or (known and (titled or described))
                             or (titled and described)):
            added.append(_Mention(i, end, "PERSON", 1.0, "described"))
    return added


def _employers(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's people that are somebody's firm: "said Lisa Chen of Morningstar.", "Elon Musk's SpaceX",
    "Lagos-based Ventures Platform" (no given name first)."""
    person_starts = {m.end: m.start for m in mentions if m.label == "PERSON"}
    text = text_of(doc)
    found = set()
    for m in mentions:
        if m.label != "PERSON" or m.start < 2 or is_given_name(doc[m.start].text) \
                or _in_gazetteer("".join(m.key)):  # "Lewis Capaldi of Glasgow"
            continue
        before = doc[m.start - 1].lower_
        person = person_starts.get(m.start - 1)
        hyphen_based = before == "based" and doc[m.start - 2].text == "-"
        if hyphen_based or (person is not None and (before in POSSESSIVES or (
                before in ("of", "at") and _speaks_for(text, doc, person, m)))):
            found.add(m.key)
    return found


def _speaks_for(text: str, doc: Doc, person_start: int, firm: _Mention) -> bool:
    """The person before "of" or "at" speaks, and the clause ends after the name: "said Lisa Chen of Morningstar.",
    "according to Danny Gold of Metropolis." (not a hometown, "LuAnn Marie Johnson of Burnsville was killed", nor
    "Magruder at Nixon's vacation home")."""
    start, end = doc[person_start].idx, doc[firm.start:firm.end].end_char
    return bool(_CLAUSE_END.match(text, end)) and bool(
        _SPEECH_BEFORE.search(text, max(0, start - 20), start) or _SPEECH_AFTER.match(text, end))


# What follows a firm named after a person and "of": the clause ends.
_CLAUSE_END = re.compile(r"\s*(?:[,.;:]|$|\s(?:said|says|told|added|wrote)\b)")
# Speech around "<person> of <firm>": "said Lisa Chen of Morningstar", "Lisa Chen of Morningstar, said".
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added|according\s+to|wrote)\s+(?:\S+\s+){0,2}$")
_SPEECH_AFTER = re.compile(r",?\s+(?:said|says|told|added|wrote)\b")


# A company's legal form as written after its name, case and all (not "co", "company", "sa": words of their own; nor
# "AG" and "NV": "Texas AG Ken Paxton", "Henderson NV").
_WRITTEN_LEGAL_FORMS = frozenset({"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "plc", "Plc", "PLC", "LLC", "GmbH",
                                  "SpA", "S.p.A.", "N.V."})
# Words before which a capitalised run is the end of a longer name: "Bank of [China] Ltd".
_NAME_GLUE = frozenset({"of", "and", "&", "for", "de", "du", "der"})


def _names_before_legal_forms(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Whole names of one to three capitalised words just before a legal form that no mention took in: a company's
    ("Pfizer Inc said ... Shares of Pfizer", a person to the model); not the end of a longer name ("Bank of China
    Ltd": China stays a place)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = set()
    for token in doc:
        if token.text not in _WRITTEN_LEGAL_FORMS or token.i in covered:
            continue
        start = token.i
        while start > 0 and token.i - start <= 3 and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper():
            start -= 1
        if 0 < token.i - start <= 3 and not (start > 0 and doc[start - 1].lower_ in _NAME_GLUE):
            found.add(tuple(_token_key(t) for t in doc[start:token.i]))
    return found


# Labels of a company's mentions: its own and those the model gives one by mistake, which what the text says of it
# (its shares, a firm's noun before it) overrules. Where the evidence is, the model may have got it right.
_FIRM_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "LOC"})
# Where a name is a listed company's: "Shares of Novo Nordisk rose", "Novo Nordisk shares fell" (not "Jane Smith shares
# her story", "Taylor Swift shares hit single", nor "Musk's shares in Tesla", which he holds, nor "shares of Elon Musk's
# SpaceX").
_SHARES_OF = re.compile(r"\b(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+$")
_SHARES_MOVED = re.compile(
    r"\s+(?:shares|stock)\s+(?:rose|fell|jumped|dropped|climbed|slid|gained|lost|tumbled|surged|slumped|sank|soared|"
    r"plunged|rallied|edged|dipped|closed|ended|traded|were|are)\b")

# What a listed company has: "Nvidia's market value" (a place to the model).
_VALUED = re.compile(r"(?:'s|’s)\s+(?:market\s+(?:valuation|capitali[sz]ation|cap)|(?:share|stock)\s+price)\b")
# A player has a market value too: it makes a firm only of a name the model took for no person's, opening with no
# given name.
_MARKET_VALUE = re.compile(r"(?:'s|’s)\s+market\s+value\b")


def _traded_firms_missed(doc: Doc, mentions: list[_Mention], ordinary: frozenset[str]) -> list[_Mention]:
    """Companies the model left out, of one to three capitalised words, that the text trades shares of: "Salesforce
    shares fell", "Shares of Sage Therapeutics fell" (not "Bank shares fell" opening a sentence, "The shares", a
    place the gazetteer knows, nor "Class A shares")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    text = text_of(doc)
    added = []
    for token in doc:
        i = token.i
        if token.lower_ not in ("shares", "stock") or i == 0:
            continue
        if _SHARES_MOVED.match(text, doc[i - 1].idx + len(doc[i - 1].text)):
            start = end = i
            while start > 0 and end - start < 3 and _is_firm_word(doc[start - 1]) and start - 1 not in covered:
                start -= 1
        elif i + 2 < len(doc) and doc[i + 1].lower_ in ("of", "in") \
                and _SHARES_OF.search(text, max(0, token.idx - 5), doc[i + 2].idx):
            start = end = i + 2
            while end < len(doc) and end - start < 3 and _is_firm_word(doc[end]) and end not in covered:
                end += 1
        else:
            continue
        words = doc[start:end]
        if not words or words[0].is_stop or len(words[-1]) == 1 or _in_gazetteer(words.text.casefold()) \
                or (len(words) == 1 and _starts_sentence(doc, start) and words[0].lower_ in ordinary):
            continue
        added.append(_Mention(start, end, "ORG", 1.0, "traded"))
    return added


def _is_firm_word(token: Token) -> bool:
    return (token.is_title or token.is_upper) and (token.is_alpha or token.text == "&")


def _traded_names(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of names that the text trades shares of or values: companies, whatever the model called them elsewhere
    ("Novo Nordisk" a person, "Shares of Nvidia rose", "Nvidia's market value" a place); not a place the gazetteer
    knows ("shares in Europe fell")."""
    text = text_of(doc)
    found = set()
    for m in mentions:
        if m.label not in _FIRM_LABELS or (m.label != "PERSON" and _in_gazetteer(" ".join(m.key))):
            continue
        span = doc[m.start:m.end]
        owned = text.startswith(("'s", "’s", "' ", "’ "), span.end_char)  # "shares of Elon Musk's SpaceX", "Bezos' "
        valued = _MARKET_VALUE.match(text, span.end_char) and m.label != "PERSON" and not is_given_name(span[0].text)
        if (_SHARES_OF.search(text, max(0, span.start_char - 20), span.start_char) and not owned) \
                or _SHARES_MOVED.match(text, span.end_char) or _VALUED.match(text, span.end_char) or valued:
            found.add(m.key)
    return found


# Lower-case nouns right before a name that make it a firm's: "mining company Vale", "rival agency Fitch".
_FIRM_NOUNS = frozenset({
    "company", "firm", "bank", "lender", "insurer", "airline", "automaker", "carmaker", "chipmaker", "drugmaker",
    "retailer", "manufacturer", "maker", "miner", "startup", "conglomerate", "agency", "broker", "brokerage",
    "supermarket", "supermarkets", "grocer", "giant", "operator", "supplier", "developer", "publisher", "broadcaster",
    "streamer", "outlet", "chain", "fund", "consultancy"})
_FIRM_VERBS = frozenset({"fund", "bank", "broker", "chain", "supply", "operate", "develop", "publish"})
# Those of them that name no person's job: "Novo Nordisk, the Danish drugmaker," (not "Tim Hess, a developer").
_FIRM_ONLY_NOUNS = frozenset({
    "company", "firm", "bank", "lender", "insurer", "airline", "automaker", "carmaker", "chipmaker", "drugmaker",
    "startup", "conglomerate", "brokerage", "supermarket", "chain", "consultancy"})
# Lower-case nouns right before a name that make it a product's: "the weight-loss drug Wegovy", "vaccine Qdenga".
_PRODUCT_NOUNS = frozenset({"drug", "drugs", "vaccine", "medicine", "medication", "pill", "jab", "injection",
                            "antibody", "antiviral", "chatbot", "smartphone", "handset"})
# Jobs held at a firm, before "at" and its name: "an analyst at Jefferies", "an economist at Capital Economics".
_JOBS_AT_FIRMS = frozenset({
    "analyst", "analysts", "economist", "economists", "strategist", "strategists", "trader", "traders", "executive",
    "executives", "banker", "bankers", "partner"})


def _described_products(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's people, places and organisations that a product's noun right before them names a product:
    "the weight-loss drug Wegovy" (not a person with a given name, "the drug Frank Ocean sang of", nor a place)."""
    return {m.key for m in mentions if m.label in _FIRM_LABELS and m.start > 0 and doc[m.start - 1].is_lower
            and doc[m.start - 1].lower_ in _PRODUCT_NOUNS and _names_the_noun(doc, m)
            and not is_given_name(doc[m.start].text) and not _in_gazetteer(" ".join(m.key))}


def _names_the_noun(doc: Doc, m: _Mention) -> bool:
    """The name before it and the noun are one phrase in the parse ("the drug Wegovy"), not a relative clause's subject
    after it ("the chatbot OpenAI released")."""
    noun, head = doc[m.start - 1], doc[m.end - 1]
    if any(child.dep_ in ("acl", "relcl") and child.i >= m.end for child in head.children):
        return False  # the parser's "chatbot OpenAI" with "released" a clause of the name
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and after.tag_ in ("VBD", "VBN") and after.lemma_ not in ("be", "have", "do"):
        return False  # "the smartphone Samsung unveiled on Wednesday", unattached
    return noun.head == head or head.head == noun or (noun.head == head.head and head.dep_ in ("appos", "compound"))


# A firm's noun that ends an apposition after a name: ", the Danish drugmaker," (not ", the company's founder", ", a
# fund manager", nor who said what was before: "approved by Jane Fraser, the bank said").
_FIRM_AFTER = re.compile(rf",\s+(?:the|an?)\s+(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(_FIRM_ONLY_NOUNS))})"
                         r"(?:\s*[,;:)]|\s+(?:that|which|based|with)\b)")


def _described_firms(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's people, places or peoples that the words around them call a firm: "mining company Vale",
    "an analyst at Jefferies", "Novo Nordisk, the Danish drugmaker" (not a person with a given name, "the bank Jane
    Fraser runs", nor a known place, "an economist at Oxford", "world monuments fund britain")."""
    found, text = set(), text_of(doc)
    for m in mentions:
        if m.label not in _FIRM_LABELS or _in_gazetteer(" ".join(m.key)):
            continue
        if _FIRM_AFTER.match(text, doc[m.start:m.end].end_char):  # whatever its first word: "Novo Nordisk, the ..."
            found.add(m.key)
            continue
        if m.start < 2:
            continue
        before = doc[m.start - 1]
        # Not "help fund X", "the giant Bolton field"; a verb that is none is the tagger's mistake ("app startup Noom").
        firm_noun = before.is_lower and before.lower_ in _FIRM_NOUNS \
            and (before.pos_ in ("NOUN", "PROPN") or (before.pos_ == "VERB" and before.lower_ not in _FIRM_VERBS))
        job_at = before.lower_ == "at" and doc[m.start - 2].lower_ in _JOBS_AT_FIRMS
        if (firm_noun or job_at) and not is_given_name(doc[m.start].text):
            found.add(m.key)
    return found


# Verbs in the plural, which a team, a band or a firm takes in British English ("Manchester United have sacked") and
# one person never does.
_PLURAL_VERBS = frozenset({"have", "were", "are"})


# Between two sides of a match and before its score: "Liverpool beat Tottenham Hotspur 4-2".
_RESULT_VERB = re.compile(r"\s+(?:beat|defeated|thrashed|routed|edged|overcame|drew\s+(?:with\s+)?|lost\s+to|"
                          r"held)\s+")
_SCORE_AFTER = re.compile(r"\s+\d{1,2}\s?[-–]\s?\d{1,2}\b")


def _clubs_in_results(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of the two sides of a match result that are places to the model, clubs named after their towns:
    "Liverpool beat Tottenham Hotspur 4-2" (a country's or a state's side stays the place, as OntoNotes has it)."""
    text, found = text_of(doc), set()
    names = sorted((m for m in mentions if m.label in ("GPE", "LOC", "ORG", "PERSON")), key=lambda m: m.start)
    for one, other in itertools.pairwise(names):
        one_span, other_span = doc[one.start:one.end], doc[other.start:other.end]
        if _RESULT_VERB.fullmatch(text, one_span.end_char, other_span.start_char) \
                and _SCORE_AFTER.match(text, other_span.end_char):
            # Not a player, whom the model may call a place ("Sinner beat Fritz 6-3"), nor a country's or a state's
            # side, which is the place elsewhere in the text too ("Kansas beat Kentucky 77-68 ... voters in Kansas").
            found.update(m.key for m in (one, other) if m.label != "PERSON" and not _is_country_or_state(m.key))
    return found


def _is_country_or_state(key: tuple[str, ...]) -> bool:
    name = _compact(" ".join(key))
    return name in _COUNTRIES or name in _STATES_BESIDE_CITIES or name in ("newyork", "washington")


def _plural_people(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of the model's people that are the subject of a plural verb right after them: teams, bands, firms
    ("Aston Villa were beaten"); not the last of several people ("Biden and Harris were", "Clinton and Republican
    Donald Trump are"), a family ("the Obamas are"), the object of a preposition ("images of bin Laden are") nor a
    wish ("if Trump were a woman")."""
    found = set()
    for m in mentions:
        if m.label != "PERSON" or m.end >= len(doc) or doc[m.end].text not in _PLURAL_VERBS:
            continue
        head, verb = doc[m.end - 1], doc[m.end]
        subject = head.dep_ in ("nsubj", "nsubjpass") and head.head in (verb, verb.head)
        before = doc[m.start - 1] if m.start > 0 else None
        joined = before is not None and before.lower_ in ("and", "&", ",", "or", "nor") \
            or any(t.lower_ in ("and", "&") for t in doc[m.start:m.end])
        family = before is not None and before.lower_ == "the" and head.lower_.endswith("s")
        if subject and not (joined or family or _asks_or_wishes(doc, m)):
            found.add(m.key)
    return found


def _asks_or_wishes(doc: Doc, m: _Mention) -> bool:
    """The name's verb is a question's or a wish's, where a person takes "have" or "were" too: "Does Trump have a
    plan?", "let Trump have his way", "If only Biden were younger"."""
    sentence = doc[m.start].sent
    before = doc[m.start - 1] if m.start > sentence.start else None
    return "?" in sentence.text or (before is not None and before.pos_ in ("VERB", "AUX")) \
        or any(t.lower_ in ("if", "wish", "though") for t in doc[max(sentence.start, m.start - 3):m.start])


def _same_place(long: tuple[str, ...]) -> bool:
    """A country's longer name, that its short forms mean ("Great Britain", "South Korea"); not a country whose part
    names another ("South Sudan"), nor a city or region ("Mexico City", "Eastern Europe")."""
    name = "".join(long)
    return name in _COUNTRIES and name not in _DISTINCT_PLACES


_DISTINCT_PLACES = frozenset("".join(name.split()) for name in (
    "south sudan", "northern ireland", "west virginia", "new mexico", "papua new guinea", "equatorial guinea",
    "guinea-bissau", "central african republic", "new south wales", "western australia", "south australia",
    "west bengal", "east timor", "north korea", "new jersey", "new hampshire", "new caledonia", "south africa",
    "dominican republic"))


def _is_city_long_form(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """"New York City" for "New York", "Washington, D.C." for "Washington"; not a state and its city ("Oklahoma City"
    beside "Oklahoma", "Quebec City")."""
    name = "".join(short)
    return name in _CITIES and name not in _STATES_BESIDE_CITIES and long[:len(short)] == short \
        and long[len(short):] in _CITY_QUALIFIERS


# States that have a city of their name and a qualifier, told apart in the news (New York and Washington are cities).
_STATES_BESIDE_CITIES = frozenset({"".join(name.casefold().split()) for name in US_STATE_ABBREVIATIONS.values()}
                                  - {"newyork", "washington"}) | {"quebec"}


_CITY_QUALIFIERS = frozenset({("city",), ("dc",), ("d.c.",), ("d.c",)})


def _default_model() -> Language:
    from services.nlp.model import shared_model

    return shared_model()


# -------------------------------------------------------------------------------- tokens and lines


def _token_key(token: Token) -> str:
    """Matching form of one token: case-folded, typographic apostrophes made plain."""
    return _word_key(token.text)


@functools.lru_cache(maxsize=WORD_CACHE)
def _word_key(word: str) -> str:
    return word.casefold().replace("’", "'")


def _key(doc: Doc, m: _Mention) -> tuple[str, ...]:
    """Matching form of a mention: its tokens' keys."""
    return _key_at(doc, m.start, m.end)


def _key_at(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    return tuple(_word_key(w) for w in words_of(doc)[start:end])


def _line_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the doc's lines, line-break tokens excluded."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for i, word in enumerate(words_of(doc)):
        if "\n" in word and word.isspace():
            if i > start:
                ranges.append((start, i))
            start = i + 1
    if start < len(doc):
        ranges.append((start, len(doc)))
    return ranges


def _is_shouting(words: list[str]) -> bool:
    """True for an all-caps line (its tokens' texts) such as a headline ("JAPAN GET LUCKY WIN")."""
    cased = [w for w in words if _has_letter(w)]
    return bool(cased) and all(w.isupper() for w in cased) and any(len(w) >= 4 for w in cased)


# ---------------------------------------------------------------------------------------- recasing


def _case_evidence(doc: Doc, shouting: list[bool], lines: list[tuple[int, int]]) -> dict[str, Counter]:
    """Spellings of each word in the doc's normally-cased text, sentence starts counted apart."""
    evidence: dict[str, Counter] = defaultdict(Counter)
    for (start, end), caps in zip(lines, shouting, strict=True):
        if caps:
            continue
        for token in doc[start:end]:
            if not token.is_alpha:
                continue
            # A capital at a sentence start says nothing about the word: count it weakly.
            weight = 0.01 if token.is_sent_start or token.i == start else 1.0
            evidence[token.lower_][token.text] += weight
    return evidence


def _recase_word(word: str, evidence: dict[str, Counter], common_words: frozenset[str]) -> str:
    """Likely ordinary spelling of an all-caps word."""
    lower = word.lower()
    if len(lower) != len(word) or not any(ch.isalpha() for ch in word):
        return word
    seen = evidence.get(lower)
    if seen:
        return seen.most_common(1)[0][0]
    if lower in common_words:
        return lower
    if "." in word and len(word) <= 6:
        return word  # initials and abbreviations: "U.S.", "U.N."
    return word[0] + word[1:].lower()


@functools.lru_cache(maxsize=4)
def _common_words(nlp: Language, parts_of_speech: tuple[str, ...] = ("verb", "adj", "adv")) -> frozenset[str]:
    """Lower-case English words that are rarely names: stop words, and the lemmatizer's words of these parts of
    speech (by default verbs, adjectives, adverbs)."""
    words: set[str] = set(nlp.Defaults.stop_words)
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            for pos in parts_of_speech:
                words.update(w for w in index.get(pos, []) if w.isalpha())
    return frozenset(words)


@functools.lru_cache(maxsize=4)
def _common_nouns(nlp: Language) -> frozenset[str]:
    """Common nouns that are no given name: a person is seldom called by one alone ("Attendance was 45,210")."""
    return frozenset(w for w in _common_words(nlp, ("noun",)) if w not in _GIVEN_NAMES)


def _ner_steps(nlp: Language) -> list[Callable[[Doc], Doc]]:
    """The components to run for entities: the NER alone when it embeds its own tok2vec (as in
    en_core_web_sm), else everything up to it (its tok2vec or transformer listens upstream)."""
    ner = nlp.get_pipe("ner")
    if not any(node.name.endswith("-listener") for node in ner.model.walk()):
        return [ner]
    steps = []
    for name, pipe in nlp.pipeline:
        steps.append(pipe)
        if name == "ner":
            break
    return steps


def _recased_mentions(doc: Doc, nlp: Language, lines: list[tuple[int, int]], shouting: list[bool]) -> list[_Mention]:
    """Mentions in all-caps lines, from the NER component run on a case-restored copy of them."""
    if "ner" not in nlp.pipe_names:
        return []
    evidence = _case_evidence(doc, shouting, lines)
    common = _common_words(nlp)
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool] = []
    origin: list[int] = []
    for (start, end), caps in zip(lines, shouting, strict=True):
        if not caps:
            continue
        for token in doc[start:end]:
            words.append(_recase_word(token.text, evidence, common))
            spaces.append(bool(token.whitespace_))
            sent_starts.append(token.i == start)
            origin.append(token.i)
    if not words:
        return []
    # The copy shares the doc's vocab: inside the caller's `nlp.memory_zone()` its new strings
    # are freed with the doc's. The NER only reads hashed features, which any vocab gives alike.
    copy = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    for pipe in _ner_steps(nlp):
        copy = pipe(copy)
    return [
        _Mention(origin[ent.start], origin[ent.end - 1] + 1, ent.label_, SHOUTING_WEIGHT, "recased")
        for ent in copy.ents
    ]


# ---------------------------------------------------------------------------------------- cleaning


def is_well_cased(doc: Doc) -> bool:
    """True when the model's names are capitalised, as in edited text: case then tells names from
    words. Not so in lower-cased copies ("sunday's manchester derby at old trafford")."""
    named = [e for e in doc.ents if e.label_ in NAME_LABELS]
    capitalised = sum(any(ch.isupper() for ch in e.text) for e in named)
    return capitalised >= WELL_CASED_SHARE * len(named)


def _split_at_separators(doc: Doc, m: _Mention) -> list[_Mention]:
    """Pieces of a span cut at line breaks and at separators between names."""
    pieces: list[_Mention] = []
    start = m.start
    portfolios = _names_portfolios(doc, m)
    for i in range(m.start, m.end):
        token = doc[i]
        cut = token.is_space or (
            # A person's possession is another name: "Patrick Drahi's Altice UK" (not a shop's: "Bloomington Sam's
            # Club").
            m.label == "PERSON" and token.lower_ in ("'s", "’s") and start + 1 < i < m.end - 1
            and doc[i + 1].text[:1].isupper() and doc[m.end - 1].lower_ not in ORGANISATION_HEADS
        ) or (
            # A number between two names is a score: "Haitai 2 Samsung".
            m.label in NUMBERLESS_LABELS and _is_number(token.text) and start < i < m.end - 1
            and not (m.label != "PERSON" and numbers_a_name(token))
        ) or (
            m.label in NAME_LABELS
            and token.lower_ in SEPARATORS
            # A hyphen inside a word ("Baden-Baden") is not a separator: only a spaced one is. Nor is the slash of a
            # Nordic legal form ("Nordhavn Shipping A/S" was "Nordhavn Shipping A" and "S").
            and (token.lower_ not in {"-", "–", "—"} or (i > 0 and doc[i - 1].whitespace_))
            and not (token.text == "/" and _is_slashed_legal_form(doc, i))
            and not (token.text == "," and portfolios)
            and m.label not in ("WORK_OF_ART", "LAW", "EVENT")
        )
        if cut:
            if i > start:
                pieces.append(_Mention(start, i, m.label, m.weight, m.source))
            start = i + 1
            if token.text == "," and _only_legal_forms_after(doc, start, m.end):
                return pieces  # "Tesla, Inc.": the name is "Tesla", the form after its comma no name of its own
        elif m.label == "ORG" and i + 1 < m.end and _ends_a_company(doc, i):
            pieces.append(_Mention(start, i + 1, m.label, m.weight, m.source))
            start = i + 1  # "International Data Corp. Samsung shipped ...": the full stop ended a sentence too
    if m.end > start:
        pieces.append(_Mention(start, m.end, m.label, m.weight, m.source))
    return pieces


# Bodies named after a list of portfolios: "Ministry of Economy, Trade and Industry", "Bureau of Alcohol, Tobacco,
# Firearms and Explosives".
_PORTFOLIO_BODIES = frozenset({"ministry", "department", "bureau", "office", "committee", "commission", "council",
                               "board", "agency", "secretary", "minister", "division"})


def _names_portfolios(doc: Doc, m: _Mention) -> bool:
    """The organisation is a body "of" a list of portfolios, its commas no separators between names."""
    words = [t.lower_ for t in doc[m.start:m.end]]
    if words[:1] == ["the"]:
        words = words[1:]
    if m.label not in ("ORG", "FAC") or len(words) < 5 or words[0] not in _PORTFOLIO_BODIES or words[1] != "of" \
            or "," not in words:
        return False
    after_comma = words[words.index(","):]
    return "and" in after_comma or "&" in after_comma


def _ends_a_company(doc: Doc, i: int) -> bool:
    """doc[i] is a legal form with its full stop ("Corp.", "Inc.") and a capitalised word that is none follows."""
    after = doc[i + 1]
    return doc[i].lower_ in _STOPPED_LEGAL_FORMS and after.text[:1].isupper() and after.lower_ not in CORPORATE_SUFFIXES


# Legal forms written with a full stop that end a company's name (not "Co.", an Irish county's too, "Co. Cork", nor a
# club's "F.C.", "Liverpool F.C. Women").
_STOPPED_LEGAL_FORMS = frozenset({"corp.", "inc.", "ltd.", "llc.", "plc."})


def _only_legal_forms_after(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is one or more legal forms ("Inc.", "LLC"), and nothing else."""
    return start < end and all(t.lower_ in CORPORATE_SUFFIXES or t.is_punct for t in doc[start:end]) \
        and doc[end - 1].lower_ in CORPORATE_SUFFIXES


def _is_slashed_legal_form(doc: Doc, i: int) -> bool:
    """The slash at `i` is inside "A/S", "I/S", "K/S" or "P/S", written without spaces."""
    return 0 < i < len(doc) - 1 and f"{doc[i - 1].text}/{doc[i + 1].text}" in ("A/S", "I/S", "K/S", "P/S") \
        and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _trim(doc: Doc, m: _Mention, own_s: Set[str] = frozenset()) -> _Mention | None:
    """The span without leading articles/titles/punctuation and trailing possessives/punctuation; the "'s" of a
    word in `own_s` is the name's own ("McDonald's"), kept, and taken in where the model left it out."""
    start, end = _outside_brackets(doc, m.start, m.end)
    # Lower-case words at the edges are descriptors only next to a capitalised name: in lower-cased
    # text ("interfax news agency") nothing tells the name from the descriptor.
    cased = any(t.text[:1].isupper() for t in doc[start:end])
    while start < end:
        token = doc[start]
        if token.is_punct or token.is_space:
            start += 1
        elif token.lower_ in LEADING_ARTICLES and m.label not in ARTICLE_KEEPING_LABELS and end - start > 1:
            start += 1
        elif m.label == "PERSON" and end - start > 1 and not _is_generation(doc, start) and (
                token.lower_ in PERSON_TITLES or token.text in HONORIFICS or _is_general(doc, start, m.start, end)):
            start += 1
        elif m.label == "PERSON" and end - start > 2 and token.lower_ in PERSON_OFFICES:
            start += 1
        elif m.label in NAME_LABELS and token.text in CLOCK_TIME_ZONES and start > 0 \
                and _is_clock(doc[start - 1].text):
            start += 1  # "10:45 BST Zelensky"; "WEST PALM BEACH" keeps its first word
        elif cased and m.label in CAPITALISED_EDGE_LABELS and end - start > 1 and _is_descriptor(doc, start):
            start += 1
        elif m.label in NUMBERLESS_LABELS and token.like_num and end - start > 1 and not _ORDINAL.fullmatch(token.text):
            start += 1  # not an ordinal that names a unit: "82nd Airborne Division", "1st Battalion"
        else:
            break
    if m.label == "PERSON":
        start = _past_inner_title(doc, start, end)
    label = m.label
    while end > start:
        token = doc[end - 1]
        if _is_own_s(doc, end - 1, own_s):
            break
        if token.lower_ in POSSESSIVES or token.is_space:
            end -= 1
        elif label == "PERSON" and end - start > 2 and token.lower_ in POSTNOMINALS:
            end -= 1
        elif end - start > 2 and token.is_upper and token.lower_ in _COUNSEL_RANKS \
                and _is_full_name(doc[start:end - 1]):
            end, label = end - 1, "PERSON"  # "Eleanor Price KC", "Paul Erokoro SAN": the model's organisation
        elif token.is_punct and not token.text.endswith(".") and token.text not in (")", "!"):
            end -= 1
        elif token.text == "." and end - start > 1 and _stops_a_sentence(doc[end - 2]):
            end -= 1
        elif cased and m.label in CAPITALISED_EDGE_LABELS and end - start > 1 and _is_descriptor(doc, end - 1):
            end -= 1
        elif m.label in NUMBERLESS_LABELS and any(ch.isdigit() for ch in token.text) and end - start > 1 \
                and not (m.label != "PERSON" and numbers_a_name(token)):
            end -= 1
        elif m.label in NAME_LABELS and end - start > 3 and _ends_in_score(doc, end):
            end -= 3  # "Fenwick City 2-1", a stadium to the model: the score is no part of the name
        else:
            break
    if end == m.end and end > start and end < len(doc) and _is_own_s(doc, end, own_s):
        end += 1  # "Sainsbury" + "'s said"
    if label != "PERSON" and end == m.end and end < len(doc) and numbers_a_name(doc[end]) \
            and not (end + 1 < len(doc) and doc[end + 1].pos_ in ("NOUN", "NUM", "PROPN")):
        end += 1  # "FTSE 100 rose": the model's organisation stopped before its number (not "... 10 companies")
    if end <= start or (m.label == "PERSON" and (end - start > 1 or doc[start].text in HONORIFICS | GENERAL) and all(
            t.lower_ in PERSON_TITLES or t.lower_ in PERSON_OFFICES or t.text in HONORIFICS | GENERAL
            for t in doc[start:end])):
        # Titles without a name: "Det Insp" before "Sarah Haigh" (one title alone can be a name, "King", but not
        # an abbreviated rank, "Insp").
        return None
    if all(t.text in _RANK_WORDS for t in doc[start:end]) and any(t.text.endswith(".") for t in doc[start:end]):
        return None  # an abbreviated rank under any label: "Rear Adm." before "Daniel Hagari" (an organisation)
    return _Mention(start, end, label, m.weight, m.source)


# Tags of finite verbs, which no possessive stands before: "McDonald's said", "Moody's will".
_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


# Participles read as past tenses after the "'s" of "has": "Microsoft's got a problem", "Apple's been slow".
_AFTER_HAS = frozenset({"got", "been", "gone", "had"})


def _words_owning_s(doc: Doc, mentions: list[_Mention]) -> set[str]:
    """Last words of organisations whose "'s" is part of the name, as a verb after it shows ("McDonald's said",
    "Moody's downgraded", "a spokesman for Sainsbury's said"; not "Apple's shares"): every "'s" after them is.
    Not a word the text also writes without one: "Microsoft's posted a fix" is "Microsoft has"."""
    words: set[str] = set()
    for m in mentions:
        if m.label != "ORG":
            continue
        s_at = m.end - 1 if doc[m.end - 1].lower_ in ("'s", "’s") else m.end
        if m.start < s_at < len(doc) - 1 and doc[s_at].tag_ == "POS" and doc[s_at - 1].text[:1].isupper() \
                and doc[s_at + 1].tag_ in _FINITE_VERB_TAGS and doc[s_at + 1].lower_ not in _AFTER_HAS:
            words.add(doc[s_at - 1].text)
    return {word for word in words if all(_is_own_s(doc, t.i + 1, {word}) for t in doc if t.text == word)}


def _is_own_s(doc: Doc, i: int, own_s: Set[str]) -> bool:
    """doc[i] is the "'s" of a name that owns it (`_words_owning_s`)."""
    return 0 < i < len(doc) and doc[i].lower_ in ("'s", "’s") and doc[i - 1].text in own_s


# Labels of names that can open with a possessive word: "Alzheimer's Society", "Women's World Cup".
_POSSESSOR_LABELS = frozenset({"ORG", "FAC", "EVENT"})


def _with_possessors_in_names(doc: Doc, mentions: list[_Mention], ordinary: frozenset[str]) -> list[_Mention]:
    """Names the model began after their own possessive word, begun before it: "Alzheimer's Society" was "Society",
    "St Mary's Hospital". Not when that word names something else ("Britain's Labour Party") or is an ordinary one
    opening the sentence ("Today's Federal Reserve decision")."""
    named = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        owner = m.start - 2
        if m.label in _POSSESSOR_LABELS and owner >= 0 and doc[m.start - 1].lower_ in ("'s", "’s") \
                and doc[m.start].text[:1].isupper() and _is_possessor_word(doc, owner, ordinary) \
                and owner not in named and m.start - 1 not in named:
            m = _Mention(owner, m.end, m.label, m.weight, m.source)
        out.append(m)
    return out


def _is_possessor_word(doc: Doc, i: int, ordinary: frozenset[str]) -> bool:
    """doc[i] is a capitalised word that can begin a name, not an ordinary word capitalised by its place."""
    token = doc[i]
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper \
        and not (_starts_sentence(doc, i) and token.lower_ in ordinary)


# Words of an abbreviated rank: "Rear Adm.", "Brig. Gen.", "Lt. Col.".
_RANK_WORDS = frozenset(TITLE_ABBREVIATIONS) | {t for t in HONORIFICS | GENERAL if t.endswith(".")} | {"Rear", "Vice"}


# Ranks of counsel after a name, which the model takes for a firm's ending: "Eleanor Price KC" (not "SC": "Orlando
# City SC" is a club).
_COUNSEL_RANKS = frozenset({"kc", "qc", "san"})


# Titles inside a person's span, after a place or a first title: "Brisbane Lord Mayor", "Vice President".
_INNER_TITLES = PERSON_TITLES | TITLE_WORDS


def _past_inner_title(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts after the last title inside the span, a name of two words or more following it:
    "Brisbane Lord Mayor Adrian Schrinner", "Crown Prince Mohammed bin Salman", "Vice President Kamala Harris"."""
    for j in range(end - 3, start - 1, -1):
        name = doc[j + 1:end]
        if doc[j].is_title and doc[j].lower_ in _INNER_TITLES and name[0].is_title \
                and all(t.is_title or t.lower_ in NAME_PARTICLES for t in name):
            return j + 1
    return start


def _without_labels_before_names(doc: Doc, mentions: list[_Mention], words: frozenset[str]) -> list[_Mention]:
    """A person's name with a party or an office written before it, the model's person or organisation ("Liberal
    Leslie Church", "Conservative Niall O'Dea", "Republican Sen. Ted Cruz", "Taoiseach Micheál Martin"): the person,
    from a known given name on, and a party known by name an organisation ("Fianna Fáil TD Marc MacSharry"). Of an
    organisation only where the given name is no English noun or adjective (`words`): "Conservative Christian
    Fellowship", "Independent Grace Church" are none."""
    out = []
    for m in mentions:
        label_end = _party_end(doc, m.start, m.end) if m.label in ("PERSON", "ORG") else None
        if label_end is None and m.label == "ORG" and _is_title(doc[m.start]) \
                and doc[m.end - 1].lower_ not in ORGANISATION_HEADS:  # "Princess Alexandra Hospital" is a hospital
            label_end = m.start  # the office alone
        if label_end is None and m.label == "ORG" and _after_an_office(doc, m, words):
            m = _Mention(m.start, m.end, "PERSON", m.weight, m.source)  # "Taoiseach [Micheál Martin]"
        if label_end is not None and m.end - label_end >= 2:
            given = label_end
            while given < m.end - 2 and (_is_title(doc[given]) or doc[given].lower_ in POSTNOMINALS):
                given += 1  # "Labour MP", "Republican Sen.", "Fianna Fáil TD"
            name = doc[given:m.end]
            party = doc[m.start:label_end]
            # Capitalised, not title case: "MacSharry", "McCabe" are not. A party and an office after it vouch for a
            # name the given names lack ("Sinn Féin TD Pearse Doherty", "Labour TD Ged Nash").
            if given > m.start and len(name) in (2, 3) and all(t.text[:1].isupper() for t in name) \
                    and (is_given_name(name[0].text) or (party and given > label_end)) \
                    and (m.label == "PERSON" or name[0].lower_ not in words):
                if party and _is_party(party):  # an organisation of its own
                    out.append(_Mention(m.start, label_end, "ORG", m.weight, m.source))
                m = _Mention(given, m.end, "PERSON", m.weight, m.source)
        out.append(m)
    return out


def _after_an_office(doc: Doc, m: _Mention, words: frozenset[str]) -> bool:
    """The mention is a given name and a surname, capitalised, after an office ("Taoiseach Micheál Martin", the
    model's organisation); not "Minister Nature Reserve" (`words`: English nouns and adjectives)."""
    name = doc[m.start:m.end]
    return m.start > 0 and doc[m.start - 1].lower_ in ALL_TITLES and _is_full_name(name) and name[0].lower_ not in words


def _is_title(token: Token) -> bool:
    return token.text in HONORIFICS or token.lower_ in ALL_TITLES


def _party_end(doc: Doc, start: int, end: int) -> int | None:
    """Where a party's name opening doc[start:end] ends: a known party ("Fianna Fáil") or a party word
    ("Liberal"); None if it opens with neither."""
    for stop in range(min(end, start + 3), start, -1):
        if _is_party(doc[start:stop]):
            return stop
    return start + 1 if doc[start].lower_ in PARTY_WORDS else None


def _is_party(span: Span) -> bool:
    return "".join(_token_key(t) for t in span) in _PARTIES


def numbers_a_name(token: Token) -> bool:
    """The token is a number that is part of the name before it: a short integer after a word that numbered names
    end with ("Channel 4", "Intermediate School 285")."""
    if not (token.text.isdigit() and len(token.text) <= 3 and token.i > 0):
        return False
    before = token.doc[token.i - 1]
    return before.text in NUMBERED_NAME_WORDS and bool(before.whitespace_)


def _ends_in_score(doc: Doc, end: int) -> bool:
    """The three tokens before `end` are a match score: "2", "-", "1"."""
    number, dash, other = doc[end - 3:end]
    return number.text.isdigit() and dash.text in ("-", "–") and other.text.isdigit() and len(other.text) <= 2 \
        and not number.whitespace_ and not dash.whitespace_


_CLOCK = re.compile(CLOCK_TIME, re.IGNORECASE)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _is_clock(text: str) -> bool:
    return bool(_CLOCK.fullmatch(text))


def _is_currency_sign(token: Token) -> bool:
    return token.is_currency or token.text.endswith("$")  # "US$", "A$", "C$" are one token, not known as currency


def _outside_brackets(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The part of [start, end) after an unopened "]" and before an unclosed "[": an editor's insertion
    ("[President Joe] Biden") is no part of the name the writer wrote."""
    opened = None
    for i in range(start, end):
        if doc[i].text == "[":
            opened = i
        elif doc[i].text == "]":
            if opened is None:
                start = i + 1
            opened = None
    return start, opened if opened is not None else end


def _is_descriptor(doc: Doc, i: int) -> bool:
    """A lower-case word at the edge of a name ("news agency"), not a particle ("de"), not "Young-hoon"."""
    token = doc[i]
    glued = i > 0 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_
    return token.is_alpha and token.is_lower and token.lower_ not in NAME_PARTICLES and not glued


def _stops_a_sentence(before: Token) -> bool:
    """A full stop the tokenizer split from `before` is the sentence's, no part of a name: after a quotation mark
    ('Kerryman".') or a word of more than three letters that is no abbreviation ("Andrew Pike." at the text's end);
    "Vt.", "Sr.", "W.Va.", "Calif." keep theirs."""
    word = before.text
    return before.is_punct or (word.isalpha() and len(word) > 3 and f"{word}." not in TOKENIZER_EXCEPTIONS
                               and word not in HONORIFICS and word != "Bros")


def _has_name(doc: Doc, m: _Mention, well_cased: bool) -> bool:
    """What is left of a name span must still look like a name: a capital letter or, in lower-cased
    text, a word that is neither a stop word nor a number ("the", "'s", "1996" are no names)."""
    if m.label in NUMERIC_LABELS:
        return True
    tokens = doc[m.start : m.end]
    if tokens.text in NOT_NAMES or tokens.text in ISO_CODES:  # "CHF" of "CHF 4.37 per share" was an organisation
        return False
    if is_written_sum(tokens.text):  # "N6.2 trillion" naira, "HK$88.40", "885p"; "G7", "F1" are names
        return False
    if _only_legal_forms_after(doc, m.start, m.end):  # "LLC" of "Helion Robotics, LLC", the name left out
        return False
    if any(ch.isupper() for ch in tokens.text):
        return True
    return not well_cased and any(t.is_alpha and not t.is_stop for t in tokens)


def _clean(doc: Doc, mentions: list[_Mention], well_cased: bool) -> list[_Mention]:
    """Split and trim every span; drop what is left without a name."""
    out: list[_Mention] = []
    own_s = _words_owning_s(doc, mentions)
    for m in mentions:
        if _is_name_and_age(doc, m):  # "Lula, 79," a date to the model
            m = _Mention(m.start, m.start + 1, "PERSON", m.weight, m.source)
        for piece in _split_at_separators(doc, m):
            trimmed = _trim(doc, _honoured_person(doc, piece), own_s) if m.label in NAME_LABELS \
                else _trim_number(doc, piece)
            if trimmed and _has_name(doc, trimmed, well_cased):
                out.append(_with_glued_money_signs(doc, trimmed) if m.label == "MONEY" else trimmed)
    return out


# Names of months and weekdays, which a number after a comma dates ("June, 2024").
_CALENDAR_WORDS = frozenset(name.casefold() for name in (*calendar.month_name, *calendar.day_name) if name)


def _is_name_and_age(doc: Doc, m: _Mention) -> bool:
    """A date of a capitalised word, a comma and a number under 120, then a comma: a name and an age ("Lula, 79,
    did not comment"), not a month ("June, 2024")."""
    first, number = doc[m.start], doc[m.end - 1]
    return m.label == "DATE" and m.end - m.start == 3 and first.is_title and first.is_alpha \
        and first.lower_ not in _CALENDAR_WORDS and doc[m.start + 1].text == "," and number.text.isdigit() \
        and int(number.text) < 120 and m.end < len(doc) and doc[m.end].text == ","


def _without_misread_names(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Without names that are a disease's, a bill's number or a storm's category, not a person's or a place's."""
    return [m for m in mentions if not (_names_a_disease(doc, m) or _numbers_a_bill(doc, m) or _rates_a_storm(doc, m))]


def _names_a_disease(doc: Doc, m: _Mention) -> bool:
    """"Lassa fever", "Zika virus", "West Nile virus", "Alzheimer's disease" (not a firm's "Pfizer's virus vaccine",
    "NHS flu jab", nor a craze, "Taylor Swift fever")."""
    if m.label not in NAME_LABELS or m.label == "ORG" or m.end >= len(doc) or _is_full_name(doc[m.start:m.end]):
        return False
    if doc[m.end].lower_ in POSSESSIVES:  # named after a person: "Crohn's disease"
        return m.end + 1 < len(doc) and doc[m.end + 1].lower_ in ("disease", "syndrome")
    return doc[m.end].lower_ in DISEASE_WORDS


def _rates_a_storm(doc: Doc, m: _Mention) -> bool:
    """"a Category 3 storm": "Category" to the model, a group of people."""
    return m.label in NAME_LABELS and m.end - m.start == 1 and doc[m.start].text == "Category" \
        and m.end < len(doc) and doc[m.end].text.isdigit()


def _numbers_a_bill(doc: Doc, m: _Mention) -> bool:
    """"Senate Bill 8": "Bill" to the model, a person."""
    return m.label == "PERSON" and m.end - m.start == 1 and doc[m.start].text in _BILL_WORDS and m.end < len(doc) \
        and doc[m.end].text.isdigit()


# Words a law's number follows: "Senate Bill 8", "Proposition 22".
_BILL_WORDS = frozenset({"Bill", "Proposition", "Prop", "Measure", "Resolution"})


# Last words of the name of a county or its like: no person's ("Wayne County Prosecutor Kym Worthy": a person to the
# model, and "Wayne" a given name; not a club's, "Derby County", which the model calls an organisation).
_COUNTY_WORDS = frozenset({"County", "Parish", "Borough", "Township"})


def _counties(mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of the counties the model called people or places: places, whatever a given name in them votes."""
    return {m.key for m in mentions if m.label in ("PERSON", "GPE") and len(m.key) > 1
            and m.key[-1] in _COUNTY_KEYS}


_COUNTY_KEYS = frozenset(word.lower() for word in _COUNTY_WORDS)


def _without_office(doc: Doc, m: _Mention) -> _Mention:
    """A county without the office the model took in: "Cook County State" of "Cook County State's Attorney"."""
    end = m.end
    if end - m.start > 2 and doc[end - 1].text == "State" and doc[end - 2].text in _COUNTY_WORDS \
            and end + 1 < len(doc) and doc[end].lower_ in POSSESSIVES and doc[end + 1].text == "Attorney":
        return _Mention(m.start, end - 1, "GPE", m.weight, m.source)
    return m


def _without_numbers_inside_names(mentions: list[_Mention]) -> list[_Mention]:
    """Numbers inside a name are the name's: "100" of "FTSE 100" (the model's number, once the name took it in)."""
    named = {i for m in mentions if m.label in NAME_LABELS for i in range(m.start, m.end)}
    return [m for m in mentions if m.label in NAME_LABELS or not named.intersection(range(m.start, m.end))]


# Words a number's span can end in that belong to the next one: "$5.7 billion to" of "fell by $5.7 billion to $634.6
# billion".
_NUMBER_TAILS = frozenset({"to", "and", "or", "from", "-", "–", "—"})

# Labels whose spans say how many or how much (not dates: "May" is a stop word too).
_COUNTING_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})


def _trim_number(doc: Doc, m: _Mention) -> _Mention | None:
    """A number's span without a joining word or a rank at its end ("Ward 5 Ald. Jane Doe"); none where only stop
    words are left of a count ("up to", "as many as": the model's hedge without its number; not "one", "dozens",
    "half")."""
    end = m.end
    while end > m.start + 1 and (doc[end - 1].lower_ in _NUMBER_TAILS or doc[end - 1].text in TITLE_ABBREVIATIONS):
        end -= 1
    if m.label in _COUNTING_LABELS and all((t.is_stop or t.is_punct) and not t.like_num for t in doc[m.start:end]):
        return None
    return m if end == m.end else _Mention(m.start, end, m.label, m.weight, m.source)


def _is_title_word(token: Token) -> bool:
    """A title's word before a name: "Minister", "CEO", the "Executive" of "Chief Executive"."""
    return token.lower_ in ALL_TITLES or token.text == "Executive"


def _with_given_names(doc: Doc, mentions: list[_Mention], nouns: frozenset[str]) -> list[_Mention]:
    """People's one-word spans with the given name the model left out before them: "forecaster Aoife Brennan",
    "minister, Adolfo Ursini" were "Brennan" and "Ursini". One capitalised word right before, in no entity of its
    own, neither a title, an acronym nor a common noun ("Tory MP Smith", "Chancellor Merz", "the Crime Bill")."""
    out = []
    for m in mentions:
        # The model's one-word organisation after a role in lower case and a given name is a person's surname too:
        # "chief executive Olugbenga Agboola".
        after_role = m.label == "ORG" and m.start > 1 and doc[m.start - 2].is_lower \
            and doc[m.start - 2].lower_ in ALL_TITLES | _LOWER_CASE_ROLES
        # A place's or a firm's one word after a title and a given name: "Informatica Chief Executive Amit Walia"
        # ("Walia" a place).
        after_role = after_role or (m.label in _FIRM_LABELS and m.start > 1 and _is_title_word(doc[m.start - 2])
                                    and is_given_name(doc[m.start - 1].text))
        word = doc[m.start - 1] if (m.label == "PERSON" or after_role) and m.end - m.start == 1 and m.start > 0 \
            else None
        if word is not None and word.pos_ == "PROPN" and word.is_title and word.is_alpha and len(word) > 1 \
                and word.whitespace_ and not word.ent_type_ and word.lower_ not in ALL_TITLES \
                and word.text not in HONORIFICS and not {word.lower_, word.lemma_.lower()} & nouns:
            m = _Mention(m.start - 1, m.end, "PERSON", m.weight, m.source)
        out.append(m)
    return out


# Roles written in lower case before a name that are not titles of their own: "chief executive Olugbenga Agboola".
_LOWER_CASE_ROLES = frozenset({"executive", "officer", "founder", "co-founder", "manager", "analyst", "economist",
                               "strategist", "spokesperson", "coach", "striker", "midfielder", "defender",
                               "goalkeeper"})


# Endings of nouns that name what a person does: "striker", "campaigner", "scientist", "historian".
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")


def _without_role_nouns(doc: Doc, mentions: list[_Mention], nouns: frozenset[str]) -> list[_Mention]:
    """A person's name with what they do capitalised before it at a sentence's start: "Striker Kieran Dunmore",
    "Footballer Marcus Rashford" (an organisation to the model) are the person "Kieran Dunmore", "Marcus Rashford".
    Not where the name's last word is a common noun too: "Water Street Partners" is a firm. A hyphenated name counts
    as one word: "Economist Aly-Khan Satchu"."""
    out = []
    for m in mentions:
        first, last = doc[m.start], doc[m.end - 1]
        words = [t for t in doc[m.start + 1:m.end] if not _is_glued_hyphen(t)]
        if m.label in ("PERSON", "ORG") and len(words) in (2, 3, 4) and _starts_sentence(doc, m.start) \
                and first.is_title and first.lower_ in nouns and first.lower_.endswith(_AGENT_ENDINGS) \
                and all(t.is_title and t.is_alpha for t in words) and len(words) - _hyphens(words) in (2, 3) \
                and not {last.lower_, last.lemma_.lower(), last.lower_.removesuffix("s")} & nouns:
            m = _Mention(m.start + 1, m.end, "PERSON", m.weight, m.source)
        out.append(m)
    return out


# Particles that open a surname, as written (not "y", "la", "le", "St", which also join a name to what follows it).
_SURNAME_PARTICLES = NAME_PARTICLES - {"y", "la", "le", "st", "st."}


def _across_particles(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """A person's name goes on over a particle to the capitalised surname after it: the model ends "Maria Aparecida
    dos Santos" at "Aparecida" and calls "Santos" a place ("bin Salman", "van Gaal" likewise)."""
    starts = {m.start: m for m in mentions}
    swallowed: set[int] = set()
    out: list[_Mention] = []
    for m in mentions:
        if m.start in swallowed:
            continue
        end = m.end
        while m.label == "PERSON" and end + 1 < len(doc) and _particle_at(doc, end, starts) \
                and doc[end + 1].is_title and doc[end + 1].is_alpha:
            after = starts.get(end + 1)
            if after is None and _particle_opens_person(starts.get(end)):
                after = starts[end]  # "Al Thani"
            end = after.end if after is not None and after.end - after.start <= 2 else end + 2
            if after is not None:
                swallowed.add(after.start)
        out.append(m if end == m.end else _Mention(m.start, end, m.label, m.weight, m.source))
    return out


_QUOTE_MARKS = frozenset('"“”\'‘’')


def _with_nicknames(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """A person's name with a nickname in quotes inside as one person: 'Sean "Diddy" Combs' was a group "Sean" and a
    work "Diddy" Combs". A given name, one or two capitalised words in quotation marks, a capitalised surname."""
    words, found = words_of(doc), []
    for i in range(len(doc) - 4):
        if words[i + 1] not in _QUOTE_MARKS or not (doc[i].is_title and doc[i].is_alpha and is_given_name(words[i])):
            continue
        close = next((j for j in (i + 3, i + 4) if j + 1 < len(doc) and words[j] in _QUOTE_MARKS), None)
        if close is not None and all(t.is_title and t.is_alpha and not t.is_stop for t in doc[i + 2:close]) \
                and doc[close + 1].is_title and doc[close + 1].is_alpha and not doc[close - 1].whitespace_ \
                and not _name_goes_on_before(doc, i):
            found.append(_Mention(i, close + 2, "PERSON", 1.0, "rule"))
    if not found:
        return mentions
    inside = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if not inside.intersection(range(m.start, m.end))]
    return sorted(kept + found, key=lambda m: m.start)


def _name_goes_on_before(doc: Doc, i: int) -> bool:
    """A capitalised word other than a title stands before doc[i]: "Hillary Clinton ‘A Disgrace’ Over" is a
    headline's surname and its words, not a given name and a nickname."""
    before = doc[i - 1] if i > 0 else None
    return before is not None and before.is_title and before.is_alpha and before.lower_ not in ALL_TITLES


def _particle_at(doc: Doc, i: int, starts: dict[int, _Mention]) -> bool:
    """doc[i] is a surname's particle: in lower case, or a capitalised "Al" opening a person's name the model split
    off ("Sheikh Mohammed bin Abdulrahman" and "Al Thani")."""
    return doc[i].text in _SURNAME_PARTICLES or (doc[i].text in ("Al", "El") and _particle_opens_person(starts.get(i)))


def _particle_opens_person(mention: _Mention | None) -> bool:
    return mention is not None and mention.label == "PERSON" and mention.end - mention.start == 2


def _joined_organisations(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """One organisation the model split in two: named after two places joined by "and" ("Avon and Somerset Police"
    was a person "Avon" and "Somerset Police", "Devon and Cornwall Police" likewise; a place it knows, "Britain and
    Surrey Police", stays two), or after the place of its name ("The Central Bank" and "Kenya" of "The Central Bank of
    Kenya", whose first part was taken for a short form of the "Central Bank of Nigeria" named after it)."""
    out: list[_Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if before is not None and before.label == "ORG" and m.label in ("GPE", "LOC") and before.end + 1 == m.start \
                and doc[before.end].lower_ == "of" and doc[before.end - 1].is_title \
                and doc[before.end - 1].lower_ in ORGANISATION_HEADS and m.end - m.start <= 3:
            out[-1] = _Mention(before.start, m.end, "ORG", before.weight, before.source)
            continue
        if before is not None and m.label in ("ORG", "PERSON") and m.end - m.start >= 2 \
                and doc[m.end - 1].lower_ in ORGANISATION_HEADS and before.end - before.start == 1 \
                and before.label in ("PERSON", "ORG") \
                and before.end + 1 == m.start and doc[before.end].lower_ in ("and", "&") \
                and doc[before.start].is_title and not _in_gazetteer(doc[before.start].text):
            out[-1] = _Mention(before.start, m.end, "ORG", m.weight, m.source)
            continue
        out.append(m)
    return out


def _is_glued_hyphen(token: Token) -> bool:
    """A hyphen written between two words without spaces: the "-" of "Aly-Khan"."""
    return token.text in ("-", "–") and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


# Words that make a compound of a name before them: "Trump-era", "Putin-led", "Obama-like", "Biden-backed".
_NAME_COMPOUNDS = frozenset({"era", "led", "like", "born", "run", "type", "ish", "free", "made", "held", "tied", "less",
                             "wide", "ism", "ite", "ites", "ist", "ists", "mania", "backed", "style", "based", "linked",
                             "owned", "appointed", "aligned", "allied", "funded", "endorsed", "inspired", "loving",
                             "hating", "friendly", "supporting", "controlled", "dominated", "sized", "themed", "lite",
                             "light", "esque", "fest", "proof", "phobe", "phile", "speak", "world", "verse"})


def _with_hyphenated_end(doc: Doc, m: _Mention) -> _Mention:
    """A person's name of two words or more with the lower-case rest of a hyphenated given name the model left out
    ("Han Duck" of "Han Duck-soo", "Moon Jae" of "Moon Jae-in"), without a compound's word it took in ("Donald
    Trump-era" is Donald Trump)."""
    end = m.end
    if m.label != "PERSON" or end - m.start < 2:
        return m
    if end - m.start >= 3 and _is_glued_hyphen(doc[end - 2]) and doc[end - 1].lower_ in _NAME_COMPOUNDS:
        return _Mention(m.start, end - 2, m.label, m.weight, m.source, m.key, m.owner)
    if end + 1 >= len(doc) or not _is_glued_hyphen(doc[end]):
        return m
    rest = doc[end + 1]
    if rest.is_alpha and rest.is_lower and 2 <= len(rest) <= 4 and rest.lower_ not in _NAME_COMPOUNDS:
        return _Mention(m.start, end + 2, m.label, m.weight, m.source, m.key, m.owner)
    return m


def _hyphens(words: list[Token]) -> int:
    """How many of these words follow a glued hyphen (part of the word before)."""
    return sum(1 for t in words if t.i > 0 and _is_glued_hyphen(t.doc[t.i - 1]))


_GENERATIONS = frozenset({"x", "y", "z", "alpha", "beta", "xers", "zers", "zer"})


def _is_general(doc: Doc, i: int, span_start: int, end: int) -> bool:
    """"Gen" as a rank: after another rank ("Maj Gen Merilo") or before a given name and a surname ("Gen Mark
    Milley"); "Gen Digital" and "Gen Re" are companies the model took for people."""
    return doc[i].text in GENERAL and (i > span_start or end - i > 2)


def _is_generation(doc: Doc, i: int) -> bool:
    """"Gen Z", "Gen Alpha": a generation, not General Z."""
    return doc[i].text in GENERAL and i + 1 < len(doc) and doc[i + 1].lower_ in _GENERATIONS


def _named_after_ranks(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """People the model left out after a rank written short: up to three capitalised words after it (and after any
    rank that follows it), in no mention ("according to police spokesperson Sgt. Mark Reed.", where the model,
    reading the rank's full stop, found no one)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    words, added = words_of(doc), []
    for i, word in enumerate(words):
        if word not in RANK_ABBREVIATIONS:
            continue
        start = i + 1
        while start < len(doc) and (words[start] in HONORIFICS or words[start] in GENERAL):
            start += 1  # "Det. Insp. Sarah Jones", "Brig. Gen. Paul Roe"
        end = start
        while end < len(doc) and end - start < 3 and end not in covered and doc[end].is_title and doc[end].is_alpha \
                and not doc[end].is_stop:
            end += 1
        if end > start and (end == len(doc) or end not in covered):
            added.append(_Mention(start, end, "PERSON", 1.0, HONORED))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _honoured_person(doc: Doc, m: _Mention) -> _Mention:
    """A name with "Mr", "Ms", "Mrs" or "Dr" before it, inside the span or just before it, is a person's whatever the
    model said ("Ms Chambers" as an organisation split her from "Therese Chambers" and from her pronouns)."""
    if m.label == "PERSON" or any(token.lower_ in POSSESSIVES for token in doc[m.start:m.end]):
        return m  # "Dr. Reddy's Laboratories" is a company
    first = m.start if m.end - m.start > 1 and doc[m.start].text in HONORIFICS else m.start - 1
    if first < 0 or doc[first].text not in HONORIFICS:
        return m
    name = first + 1  # past every rank: "Sqn Ldr Amy Cole"
    while name < m.end - 1 and (doc[name].text in HONORIFICS or doc[name].text in GENERAL):
        name += 1  # "Maj Gen Andrus Merilo" ("Gen" alone opens "Gen Digital")
    if name >= m.start and doc[name].text[:1].isupper() and doc[m.end - 1].text[:1].isupper() \
            and not _is_generation(doc, name - 1):
        # The honorific is no part of the name: "DI Holloway" is the "Karen Holloway" named before ("Col du
        # Tourmalet" is a mountain pass).
        return _Mention(name, m.end, "PERSON", m.weight, HONORED)
    return m


# Magnitudes written against a sum ("£2m", "$5bn"), split off by the tokenizer.
_GLUED_MAGNITUDES = frozenset({"m", "mn", "bn", "b", "k", "tn", "trn"})


def _with_glued_money_signs(doc: Doc, m: _Mention) -> _Mention:
    """A sum of money with the currency sign and magnitude written against it: the model often tags only the
    number ("2" of "£2m", "5bn" of "$5bn")."""
    start, end = m.start, m.end
    while start > 0 and _is_currency_sign(doc[start - 1]) and not doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].lower_ in _GLUED_MAGNITUDES:
        end += 1
    # "1.4 per cent": the model reads the British spelling of a percentage as a sum of cents.
    percent = doc[end - 1].lower_ in ("percent", "pct") or doc[end - 2:end].text.lower() == "per cent"
    return _Mention(start, end, "PERCENT" if percent else m.label, m.weight, m.source)


# ------------------------------------------------------------------------------- capitalised words


def _joined_people(doc: Doc, mentions: list[_Mention], ordinary: frozenset[str]) -> list[_Mention]:
    """Two people's names in title case that only a space parts, one of them a single word that is no `ordinary`
    word, the first a given name, as the one name the model split: "Hassan Sheikh" "Mohamud", "General Tarek"
    "William Saab" (the title before it left out); not two names alone ("Biden Trump"), a role ("Barrister" "Philip
    Marshall"), a headline's words ("Obama" "Reverses Bush"), nor more than three words."""
    out: list[_Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if last is not None and last.label == m.label == "PERSON" and last.end == m.start \
                and doc[last.end - 1].whitespace_ == " ":
            start = last.start
            while doc[start].lower_ in ALL_TITLES and last.end - start > 1:
                start += 1
            single = doc[start] if last.end - start == 1 else doc[m.start] if m.end - m.start == 1 else None
            if single is not None and single.lower_ not in ordinary and m.end - start <= 3 \
                    and is_given_name(doc[start].text) \
                    and all(t.is_title or not t.is_alpha for t in doc[start:m.end]):
                out[-1] = _Mention(start, m.end, "PERSON", max(last.weight, m.weight), last.source)
                continue
        out.append(m)
    return out


def _without_titles(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Titles the model took for names: before a person's name, "Fed Chair" (trimmed to the organisation, "Fed"),
    "Finance" of "Finance Minister" (dropped); an office alone; an honour after a person's name ("KC")."""
    person_starts = {m.start for m in mentions if m.label == "PERSON"}
    person_ends = {m.end for m in mentions if m.label == "PERSON"}
    out = []
    for m in mentions:
        if _is_bare_office(doc[m.start:m.end]):
            continue
        portfolio = _portfolio_after_office(doc, m)
        if portfolio == m.end - m.start:
            continue  # "Secretary of [State]"
        if portfolio and m.label != "PERSON" and _is_full_name(doc[m.start + portfolio:m.end]):
            out.append(_Mention(m.start + portfolio, m.end, "PERSON", m.weight, m.source))
            continue  # "Secretary of [Defense Lloyd Austin]": the office holder
        if m.start in person_ends and m.end - m.start == 1 and doc[m.start].lower_ in POSTNOMINALS:
            continue  # "Judge Guy Kearl KC": his honour, no organisation
        if m.label == "PERSON" or m.label not in NAME_LABELS:
            out.append(m)
            continue
        end = m.end
        while end > m.start and doc[end - 1].lower_ in TITLE_WORDS and m.end in person_starts:
            end -= 1
        if end == m.start:
            continue
        before_title = m.end + 1 < len(doc) and doc[m.end].lower_ in TITLE_WORDS and m.end + 1 in person_starts
        if before_title and all(t.lower_ in PORTFOLIOS for t in doc[m.start:end]):
            continue
        out.append(m if end == m.end else _Mention(m.start, end, "ORG", m.weight, m.source))
    return out


def _portfolio_after_office(doc: Doc, m: _Mention) -> int:
    """How many words opening the mention name an office's portfolio after "<office> of|for": "Secretary of
    [State]", "Minister for [Health]"; 0 elsewhere."""
    if m.start < 2 or doc[m.start - 1].lower_ not in ("of", "for") or doc[m.start - 2].lower_ not in OFFICE_HEADS:
        return 0
    words = 0
    while m.start + words < m.end and doc[m.start + words].lower_ in OFFICE_PORTFOLIOS:
        words += 1
    return words


def _is_full_name(span: Span) -> bool:
    """A given name and a surname, capitalised (two or three words), not ending as an organisation's name does
    ("Princess Alexandra Hospital")."""
    return len(span) in (2, 3) and all(t.text[:1].isupper() for t in span) and is_given_name(span[0].text) \
        and span[-1].lower_ not in ORGANISATION_HEADS


def _is_bare_office(span: Span) -> bool:
    """An office written alone, no holder's name in it: "Taoiseach", "Prime Minister", "Attorney General"."""
    return span[-1].lower_ in OFFICE_HEADS and all(t.lower_ in OFFICE_WORDS for t in span)


def _drop_capitalised_words(doc: Doc, mentions: list[_Mention], nlp: Language) -> list[_Mention]:
    """Drop one-word "names" that are ordinary words capitalised by position: "Men 's 800 metres".

    Only for well-cased text: in lower-cased text a word seen in lower case may well be a name.
    """
    # Shared and large: consulted beside this doc's words, never copied.
    common, nouns = _common_words(nlp), _common_nouns(nlp)
    lower_here: set[str] = set()  # words this doc writes in lower case
    names: set[str] = set()  # words capitalised where a capital means a name
    for token in doc:
        if token.is_lower:
            lower_here.add(token.text)
        elif token.text[:1].isupper() and not _starts_sentence(doc, token.i):
            names.add(token.text)
    names.update(doc[i].text for m in mentions if m.end - m.start > 1 for i in range(m.start, m.end))
    # A common noun is ordinary as a person's name only: a place or firm is often called by one ("Reading").
    # Not the tagger's NOUN/PROPN: it called "Attendance" and "Turnout" PROPN in one text, NOUN in another.
    no_nouns: frozenset[str] = frozenset()
    return [m for m in mentions
            if (doc[m.start].lower_ not in lower_here and _acts_as_name(doc, m))
            or not _is_capitalised_word(doc, m, (common, lower_here, nouns if m.label == "PERSON" else no_nouns),
                                        names)]


# Words after a one-word name that only a name can stand before: "Ford said", "Ford shares fell" ("to ford" is a verb).
_NAME_FOLLOWERS = frozenset({"said", "says", "told", "announced", "shares", "stock"})


def _acts_as_name(doc: Doc, m: _Mention) -> bool:
    """An organisation that speaks or has shares, in a text that never writes the word in lower case."""
    return m.label == "ORG" and m.end < len(doc) and doc[m.end].lower_ in _NAME_FOLLOWERS


def _is_capitalised_word(doc: Doc, m: _Mention, ordinary: tuple[Set[str], ...], names: set[str]) -> bool:
    """A one-word name mention at a sentence start that is an ordinary word, never a name elsewhere."""
    if m.end - m.start != 1 or m.label not in NAME_LABELS or not _starts_sentence(doc, m.start):
        return False
    token = doc[m.start]
    is_ordinary = any(token.lower_ in words or token.lemma_.lower() in words for words in ordinary)  # "Schools"
    if token.is_upper or token.text in names or not is_ordinary or _in_gazetteer(token.lower_) \
            or token.text in SHORT_NAMES:  # "Fed Chair Jerome Powell said" opening a sentence
        return False
    if m.end + 1 < len(doc) and doc[m.end].lower_ in ("and", "&") and doc[m.end + 1].text in names:
        return False  # "Bowman and Waller dissent": named beside a name
    # A table row ("Reading 2 Stoke 2") starts with a name whatever the word means elsewhere.
    return not (m.end < len(doc) and _is_number(doc[m.end].text))


def _starts_sentence(doc: Doc, i: int) -> bool:
    """True where English capitalises any word: sentence and line starts, after a colon or a quote."""
    if i == 0 or doc[i].is_sent_start:
        return True
    prev = doc[i - 1]
    return prev.is_space or prev.text in (":", '"', "“", "‘", "'", "(", "-", "--", "—", "–")


# ------------------------------------------------------------------------------------------ tables


# Word-level tests below are cached per word: they run for every token of every line.
@functools.lru_cache(maxsize=WORD_CACHE)
def _has_letter(word: str) -> bool:
    return any(ch.isalpha() for ch in word)


def _is_name_token(word: str) -> bool:
    """A word that can be part of a name in a table row: capitalised, or an initial ("U.S.")."""
    return word[:1].isupper() and _has_letter(word)


_DATE = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](\d{2}|\d{4}))$")


@functools.lru_cache(maxsize=WORD_CACHE)
def _is_number(word: str) -> bool:
    """Digits without letters: "3", "50.31", "4-68", "1/2"."""
    return any(ch.isdigit() for ch in word) and not _has_letter(word)


def _row_shape(doc: Doc, start: int, end: int, in_name: list[bool]) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """A line's shape ("X N X N" for "Hull 0 Barnet 0") and the token ranges of its name cells (X).

    Numbers become N (a run of them one N), names X, other tokens stay as they are.
    """
    words = words_of(doc)
    shape: list[str] = []
    cells: list[tuple[int, int]] = []
    i = start
    while i < end:
        word = words[i]
        if in_name[i] or _is_name_token(word):
            j = i + 1
            while j < end and (
                in_name[j]
                or _is_name_token(words[j])
                # "Jed-Forest", "Anne-Gaelle": a hyphen glued on both sides stays inside the name
                or (words[j] == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and j + 1 < end)
            ):
                j += 1
            shape.append("X")
            cells.append((i, j))
            i = j
            continue
        # A date is not a score: "NEW YORK 1996-08-30" is a dateline, not a row of standings.
        label = ("D" if _DATE.match(word) else "N") if _is_number(word) else word.lower()
        if not (label == "N" and shape and shape[-1] == "N"):
            shape.append(label)
        i += 1
    # Units after the last number ("50.31 seconds") vary from row to row of one table.
    while shape and shape[-1].isalpha() and shape[-1].islower():
        shape.pop()
    return tuple(shape), cells


@dataclass
class _Column:
    """Name cells at one position of the rows of one table; `scored` when a number follows each."""

    cells: list[tuple[int, int]]
    scored: bool


def _table_columns(doc: Doc, lines: list[tuple[int, int]], mentions: list[_Mention]) -> list[_Column]:
    """Name cells of the doc's tables, column by column: lines of one shape, repeated, with numbers."""
    in_name = [False] * len(doc)
    for m in mentions:
        if m.label in NAME_LABELS:
            for i in range(m.start, m.end):
                in_name[i] = True
    rows: dict[tuple[str, ...], list[list[tuple[int, int]]]] = defaultdict(list)
    for start, end in lines:
        shape, cells = _row_shape(doc, start, end, in_name)
        if "N" in shape and cells:
            rows[shape].append(cells)
    columns: list[_Column] = []
    for shape, table in rows.items():
        if len(table) < MIN_TABLE_ROWS:
            continue
        positions = [i for i, kind in enumerate(shape) if kind == "X"]
        for k, pos in enumerate(positions):
            scored = pos + 1 < len(shape) and shape[pos + 1] == "N"
            columns.append(_Column([cells[k] for cells in table], scored))
    return columns


def _vote_tables(doc: Doc, lines: list[tuple[int, int]], mentions: list[_Mention]) -> list[_Mention]:
    """Give every name in a table column the column's majority label, filling cells the model missed."""
    by_span = {(m.start, m.end): m for m in mentions if m.label in NAME_LABELS}
    covered = [False] * len(doc)
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    added: list[_Mention] = []
    for column in _table_columns(doc, lines, mentions):
        label = _column_label(column, by_span)
        if label is None:
            continue
        for start, end in column.cells:
            cell_label = _cell_label(doc[start:end], label, column.scored)
            m = by_span.get((start, end))
            if m is not None:
                m.label = cell_label
            elif not any(covered[start:end]):
                added.append(_Mention(start, end, cell_label, 1.0, "table"))
    return mentions + added


def _column_label(column: _Column, by_span: dict[tuple[int, int], _Mention]) -> str | None:
    """The label of a strict majority of a column's labelled cells, when at least two are labelled."""
    votes = Counter(by_span[cell].label for cell in column.cells if cell in by_span)
    if sum(votes.values()) < 2:
        return None
    label, count = votes.most_common(1)[0]
    return label if count * 2 > sum(votes.values()) else None


def _cell_label(cell: Span, column_label: str, scored: bool) -> str:
    """A cell's label: its column's, except that places with a score or a standing are teams."""
    if scored and column_label in ("GPE", "LOC") and OPTIONS.teams:
        # Clubs are ORG ("Leeds 2 Chelsea 1"); national teams stay GPE, as OntoNotes has it.
        return "GPE" if _compact(cell.text.casefold()) in _COUNTRIES else "ORG"
    return column_label


# ---------------------------------------------------------------------------------------- acronyms


def _initials(doc: Doc, m: _Mention) -> list[str]:
    """The initial of each capitalised word, a short code whole: "UK Health Security Agency" is U-K, H, S, A; "U.S.
    Geological Survey" U-S, G, S. An "of" may give its own: the O of "Economic Community of West African States"
    (ECOWAS)."""
    return [t.text if t.is_upper and t.is_alpha and len(t) <= 3 else "O" if t.text == "of" else _initial(t.text)
            for t in doc[m.start : m.end] if t.text[:1].isupper() or t.text == "of"]


def _initial(word: str) -> str:
    """A word's first letter; the letters of a dotted abbreviation ("U.S." gives US)."""
    return word.replace(".", "") if _DOTTED_INITIALS.fullmatch(word) else word[0]


def _is_acronym_of(acronym: str, initials: list[str], bracketed: bool = False) -> bool:
    """"KDP" for "Kurdistan Democratic Party", "UKHSA" for "UK Health Security Agency", "FDA" for "US Food and Drug
    Administration" (a country's code before the name may be left out): the acronym's letters are the initials,
    in order. In brackets beside its long form, an acronym written as a word is one too: "Nersa" for "National
    Energy Regulator of South Africa"."""
    if bracketed and 3 <= len(acronym) <= 8 and acronym.istitle():
        acronym = acronym.upper()
    acronym = acronym.replace("&", "")  # "J&J" of "Johnson & Johnson", "P&G"
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()) or len("".join(initials)) < 2:
        return False
    if len(initials) > 2 and len(initials[0]) > 1 and acronym[0] != initials[0][0]:
        initials = initials[1:]
    joined = "".join(initials)
    if acronym[0] != joined[0]:
        return False
    rest = iter(joined[1:])
    return all(ch in rest for ch in acronym[1:])


def _acronyms(
    doc: Doc, mentions: list[_Mention]
) -> tuple[list[_Mention], dict[tuple[str, ...], tuple[str, ...]]]:
    """Acronyms defined in brackets, either way round: "Kurdistan Democratic Party ( KDP )", "FOMC (
    Federal Open Market Committee )". Returns mentions for acronyms the model missed, and for every
    acronym key the key of its long form."""
    by_start = {m.start: m for m in mentions if m.label in NAME_LABELS}
    by_end = {m.end: m for m in mentions if m.label in NAME_LABELS}
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added: list[_Mention] = []
    aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for i in range(1, len(doc) - 1):
        if doc[i].text != "(":
            continue
        # Long form, then the acronym in brackets.
        long = by_end.get(i)
        short_token = doc[i + 1]
        if long and i + 2 < len(doc) and doc[i + 2].text == ")" and long.end - long.start > 1:
            if _is_acronym_of(short_token.text, _initials(doc, long), bracketed=True):
                aliases[(_token_key(short_token),)] = _key(doc, long)
                if i + 1 not in covered:
                    added.append(_Mention(i + 1, i + 2, long.label, 1.0, "acronym"))
                continue
        # Acronym, then the long form in brackets.
        long = by_start.get(i + 1)
        short_token = doc[i - 1]
        if long and long.end < len(doc) and doc[long.end].text == ")" and long.end - long.start > 1:
            if _is_acronym_of(short_token.text, _initials(doc, long)):
                aliases[(_token_key(short_token),)] = _key(doc, long)
                if i - 1 not in covered:
                    added.append(_Mention(i - 1, i, long.label, 1.0, "acronym"))
    tickers, ticker_aliases = _tickers(doc, mentions, covered)
    return added + tickers, {**_spelled_out_acronyms(doc, mentions), **_short_names(doc, mentions), **ticker_aliases,
                             **_names_known_as(doc, mentions), **aliases}


# Between a name and the other name it is known by: ", known as", "(also known as", ", better known as the".
_KNOWN_AS = re.compile(r"\s*[,(]\s*(?:(?:also|commonly|better|widely|popularly)\s+)?(?:known|referred\s+to)\s+as\s+"
                       r"(?:the\s+)?", re.IGNORECASE)
# What ends the other name: it is the whole of what the name is known as (not "known as Europe's last dictator").
_ALIAS_END = re.compile(r"\s*(?:[,.;:)\"”]|$)")


def _names_known_as(doc: Doc, mentions: list[_Mention]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Other names the text gives a name: "the California Department of Forestry and Fire Protection, known as Cal
    Fire", "Mohamed Hamdan Dagalo, known as Hemedti"; each other name's key its full name's. Not what a part of a
    place is known as ("a neighbourhood of Los Angeles, known as Koreatown")."""
    text = text_of(doc)
    names = sorted((m for m in mentions if m.label in NAME_LABELS), key=lambda m: m.start)
    aliases = {}
    for long, short in itertools.pairwise(names):
        long_span, short_span = doc[long.start:long.end], doc[short.start:short.end]
        if _KNOWN_AS.fullmatch(text, long_span.end_char, short_span.start_char) \
                and _ALIAS_END.match(text, short_span.end_char) and len(short_span) < len(long_span) \
                and not re.search(r"\b(?:of|in)\s+$", text[max(0, long_span.start_char - 4):long_span.start_char]):
            aliases[_key(doc, short)] = _key(doc, long)
    return aliases


# Bracketed capitals that are no stock's ticker: countries, US states, news agencies, a union.
_NOT_TICKERS = frozenset({"UK", "US", "USA", "EU", "UN", "UAE", "AP", "AFP", "PA", "PTI", "IANS", "ANI", "UPI", "DPA",
                          "AAP", "CNN", "BBC", "PHOTO", "FILE", "VIDEO", "WATCH",
                          *"AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH "
                           "NJ NM NY NC ND OH OK OR RI SC SD TN TX UT VT VA WA WV WI WY".split()})
# Most capitalised words of a company's name before its ticker, when the model named no company there.
TICKER_NAME_WORDS = 4


def _tickers(doc: Doc, mentions: list[_Mention], covered: set[int]
             ) -> tuple[list[_Mention], dict[tuple[str, ...], tuple[str, ...]]]:
    """A stock's ticker in brackets after its company's name ("Apple Inc. (NASDAQ: AAPL)", "Reliance Industries
    (RELI.NS)") is another name of the company; where the model named no company before it but took the ticker for
    an organisation ("Shares of Strategy (MSTR)"), the capitalised words before the bracket are the company. A
    mention the model called a person before a sure ticker is relabelled in place ("Pfizer (PFE.N)")."""
    by_end = {m.end: m for m in mentions if m.label in NAME_LABELS}
    organisations = {i for m in mentions if m.label == "ORG" for i in range(m.start, m.end)}
    added: list[_Mention] = []
    aliases: dict[tuple[str, ...], tuple[str, ...]] = {}
    for match in ticker_brackets(text_of(doc)):
        bracket, ticker = doc.char_span(*match.span()), doc.char_span(*match.span("ticker"))
        if bracket is None or ticker is None or len(ticker) != 1:
            continue
        surely = is_sure_ticker(match)
        if not surely and ticker.start in covered and ticker.start not in organisations:
            continue  # "Acme Corp (NJ)": a place, to the model
        company, named = by_end.get(bracket.start) or by_end.get(_before_legal_form(doc, bracket.start)), True
        if company is None and (surely or ticker.start in organisations):
            company, named = _company_before(doc, bracket.start), False
        if company is None or company.end - company.start > TICKER_NAME_WORDS + 2:
            continue
        if company.label == "PERSON" and surely:
            company.label = "ORG"  # "Pfizer (PFE.N)": the model's person
        if company.label != "ORG" or (not surely and _is_acronym_of(match["ticker"], _initials(doc, company))):
            continue  # "the Democratic Alliance (DA)": an acronym, linked as one
        if not named:
            added.append(company)
        aliases[(_token_key(ticker[0]),)] = _key(doc, company)
        if ticker.start not in covered:
            added.append(_Mention(ticker.start, ticker.end, "ORG", 1.0, "acronym"))
    return added, aliases


def _before_legal_form(doc: Doc, end: int) -> int:
    """Where a company's name ends before a comma and its legal form ending at `end` ("Acme Robotics, Inc. (NYSE:
    ACRB)", whose form is no name of its own); `end` where none is written."""
    start = end
    while start > 1 and doc[start - 1].text in _WRITTEN_LEGAL_FORMS:
        start -= 1
    return start - 1 if start < end and doc[start - 1].text == "," else end


def ticker_brackets(text: str) -> list[re.Match[str]]:
    """The brackets of the text that may hold a stock's ticker ("(MSTR)", "(NASDAQ: AAPL)"; not "(UK)", "(AP)")."""
    return [match for match in TICKER_BRACKET.finditer(text) if match["ticker"] not in _NOT_TICKERS
            and (is_sure_ticker(match) or len(match["ticker"]) > 1)]


def is_sure_ticker(match: re.Match[str]) -> bool:
    """An exchange or a market's suffix ("NASDAQ: AAPL", "PFE.N") makes a bracket surely a ticker's; a bare "(JD)"
    may be a person's initials, "(NSW)" an acronym."""
    return bool(match["exchange"]) or "." in match["ticker"]


def _company_before(doc: Doc, end: int) -> _Mention | None:
    """The capitalised words right before `end` in its sentence (at most `TICKER_NAME_WORDS`), as an organisation."""
    start = end
    while start > 0 and end - start < TICKER_NAME_WORDS and not doc[start].is_sent_start:
        word = doc[start - 1]
        if not (word.text[:1].isupper() and (word.is_alpha or word.lower_ in CORPORATE_SUFFIXES)):
            break
        start -= 1
    while start < end and doc[start].is_stop:
        start += 1  # "The" opening the sentence
    return _Mention(start, end, "ORG", 1.0, "acronym") if start < end else None


# A stock's ticker in brackets, with its exchange or not: "(MSTR)", "(NASDAQ: AAPL)", "(RELI.NS)".
TICKER_BRACKET = re.compile(r"\((?:(?P<exchange>[A-Z][A-Za-z]{1,8}(?: [A-Z][A-Za-z]+)?)\s?:\s?)?"
                            r"(?P<ticker>[A-Z]{1,5}(?:\.[A-Z]{1,2})?)\)")


# Words that join two parts of one long name the model may split: "Midstream and Downstream", "Industry, Science".
_NAME_JOINS = frozenset({"and", "&", "of", "for", "the", ",", "on", "in"})


def _joined_long_forms(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """A long form the model split in two before its acronym in brackets ("[Nigerian Midstream] and [Downstream
    Petroleum Regulatory Authority] (NMDPRA)") made one mention, where only the whole has the acronym's initials."""
    by_end = {m.end: m for m in mentions if m.label in NAME_LABELS}
    merged: dict[int, _Mention] = {}  # start of the first part -> the whole
    dropped: set[int] = set()  # starts of the second parts
    for i in range(2, len(doc) - 2):
        long = by_end.get(i)
        if doc[i].text != "(" or doc[i + 2].text != ")" or long is None:
            continue
        acronym = doc[i + 1].text
        if _is_acronym_of(acronym, _initials(doc, long), bracketed=True):
            continue
        joint = long.start
        while joint > 0 and doc[joint - 1].lower_ in _NAME_JOINS and joint - long.start > -3:
            joint -= 1
        first = by_end.get(joint)
        if first is None or joint == long.start or first.start in merged:
            continue
        whole = _Mention(first.start, long.end, long.label, max(first.weight, long.weight), long.source)
        if _is_acronym_of(acronym, _initials(doc, whole), bracketed=True):
            merged[first.start], dropped = whole, dropped | {long.start}
    return [merged.get(m.start, m) for m in mentions if m.start not in dropped]


def _short_names(doc: Doc, mentions: list[_Mention]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Short names ("Fed") the article writes beside their full name ("Federal Reserve"): each short key its long."""
    keys = {_key(doc, m) for m in mentions if m.label == "ORG" and doc[m.start].text[:1].isupper()}  # not "fed him"
    places = {_key(doc, m) for m in mentions if m.label == "GPE"}
    return {**{short: long for short, long in _SHORT_NAME_KEYS.items() if short in keys and long in keys},
            **{short: long for short, long in _STATE_KEYS.items() if short in places and long in places}}


def _spelled_out_acronyms(doc: Doc, mentions: list[_Mention]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Acronyms whose long form the article also names, without brackets: "NASA" for "National Aeronautics and
    Space Administration", "GM" for "General Motors Co.". Without brackets to say so, the initials must match
    exactly (a company's legal form aside) and belong to one name only; people have no acronyms."""
    long_forms: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for m in mentions:
        words = [t.text for t in doc[m.start : m.end]]
        # "IDC" of "International Data Corp." (not "FMC" of "Ford Motor Co.": another company's name)
        whole = "".join(w[0] for w in words if w[:1].isupper()) if words[-1].lower() in ("corp", "corp.") else ""
        while len(words) > 1 and words[-1].casefold() in CORPORATE_SUFFIXES:
            words.pop()
        if m.label in NAME_LABELS and m.label != "PERSON" and len(words) > 1:
            key = _key(doc, m)
            capitalised = [w for w in words if w[:1].isupper()]
            long_forms["".join(w[0] for w in capitalised)].add(key)
            if whole:
                long_forms[whole].add(key)
            # "USGS" for "U.S. Geological Survey": a dotted code's letters, where two words or more follow it (a code
            # and one word name too much: "U.S. Army" is no "USA", "U.S. Bank" no "USB").
            if len(capitalised) > 2 and _DOTTED_INITIALS.fullmatch(capitalised[0]):
                long_forms["".join(_initial(w) for w in capitalised)].add(key)
            # "BOJ" for "Bank of Japan": some acronyms keep the initial of "of".
            with_of = "".join(w[0].upper() for w in words if w[:1].isupper() or w == "of")
            if with_of != with_of.lower():
                long_forms[with_of].add(key)
    aliases = {}
    for m in mentions:
        form = _acronym_form(doc[m.start].text)
        if m.end - m.start == 1 and m.label in NAME_LABELS and form and len(long_forms.get(form, ())) == 1:
            aliases[(_token_key(doc[m.start]),)] = next(iter(long_forms[form]))
    return aliases


def _acronym_form(word: str) -> str | None:
    """The word in capitals if it is written as an acronym: "NASA", or "BoE" with its small letter."""
    if 2 <= len(word) <= 8 and word.isalpha() and word[0].isupper() and sum(ch.isupper() for ch in word) >= 2:
        return word.upper()
    return None


# --------------------------------------------------------------------------------------- gazetteer


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(_word_key(word) for word in name.split())


_SHORT_NAME_KEYS = {_name_key(short): _name_key(full) for short, full in SHORT_NAMES.items()}
_FULL_NAMES = {_name_key(short): full for short, full in SHORT_NAMES.items()}
_STATE_KEYS = {_name_key(short): _name_key(full) for short, full in US_STATE_ABBREVIATIONS.items()}
_STATE_NAMES = {_name_key(short): full for short, full in US_STATE_ABBREVIATIONS.items()}


def _compact(name: str) -> str:
    return "".join(name.split())


_COUNTRIES = frozenset(map(_compact, COUNTRIES))
_DEMONYMS = frozenset(map(_compact, DEMONYMS))
_CITIES = frozenset(map(_compact, CITIES))
_REGIONS = frozenset(map(_compact, REGIONS))
_GIVEN_NAME_PLACES = frozenset(map(_compact, GIVEN_NAME_PLACES))
_GIVEN_NAMES = frozenset(map(_compact, GIVEN_NAMES))
_PARTIES = frozenset(map(_compact, PARTIES))
_KNOWN_ORGANISATIONS = frozenset(map(_compact, KNOWN_ORGANISATIONS))


def _in_gazetteer(name: str) -> bool:
    """True for any name the gazetteer knows, whatever its label."""
    name = _compact(name)
    return name in _COUNTRIES or name in _DEMONYMS or name in _CITIES or name in _REGIONS


# Datelines in capitals that name an organisation's seat, not a place.
_ORGANISATION_DATELINES = frozenset({("united", "nations")})


def _dateline_places(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Where a dateline opens ("OSLO (Reuters) -", "THIRUVANANTHAPURAM —", "Mumbai: "), the city, country or, in
    capitals, any name (but "UNITED NATIONS"): a place there, whatever the model voted (a city elsewhere can stand
    for its team or government)."""
    starts = {start for start, _ in dateline_spans(doc)}
    return {m.key for m in mentions if doc[m.start].idx in starts and _is_whole_place(doc, m)
            and _names_a_dateline_place(m.key, doc[m.start:m.end].text)}


def _names_a_dateline_place(key: tuple[str, ...], written: str) -> bool:
    """A dateline's name is a place's: a city or country, or any name in capitals but "UNITED NATIONS"."""
    return _is_city_or_country("".join(key)) or (written.isupper() and key not in _ORGANISATION_DATELINES)


def _with_dateline_names(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions and what the model left out of clear datelines (see `dateline_place_spans`): a place for the city
    or country ("CLEVELAND, Ohio — Doctors ...", as `_dateline_places` takes it), and an organisation for the agency in
    brackets ("(AP)"; not "(UPDATED)", "(Video)")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    for start, end in dateline_place_spans(doc):
        span = doc.char_span(start, end)
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        if _names_a_dateline_place(_key_at(doc, span.start, span.end), span.text):
            added.append(_Mention(span.start, span.end, "GPE"))
    for opened, closed in _dateline_brackets(doc):
        span = doc.char_span(opened + 1, closed)
        if span is not None and _AGENCY.fullmatch(span.text) and span.text.lower() not in _NOT_AGENCIES \
                and not taken.intersection(range(span.start, span.end)):
            added.append(_Mention(span.start, span.end, "ORG"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# A news agency's name in a dateline's brackets: "(AP)", "(Reuters)", "(Agence France-Presse)"; no date or time.
_NOT_AGENCIES = frozenset({"updated", "update", "video", "videos", "photos", "photo", "live", "corrected", "audio",
                           "analysis", "opinion", "exclusive", "watch", "pictures", "graphic", "refile"})
_AGENCY = re.compile(r"[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}")


def _dateline_agencies(doc: Doc, mentions: list[_Mention]) -> set[tuple[str, ...]]:
    """Keys of the names in a dateline's brackets: news agencies ("AUSTIN, Texas (Bloomberg) --" made Bloomberg a
    place, and "economists surveyed by Bloomberg" with it)."""
    brackets = _dateline_brackets(doc)
    return {m.key for m in mentions if m.label in NAME_LABELS and any(
        opened < doc[m.start].idx and doc[m.start:m.end].end_char <= closed for opened, closed in brackets)}


def _dateline_brackets(doc: Doc) -> list[tuple[int, int]]:
    """Character offsets of the opening and closing brackets in each dateline ("(Reuters)")."""
    text, brackets = text_of(doc), []
    for start, end in dateline_spans(doc):
        opened = text.find("(", start, end)
        if opened >= 0:
            brackets.append((opened, text.find(")", opened, end)))
    return brackets


_PLACE_END = re.compile(r"\s*(?:[(,/:—–]|--|-\s)")


def _is_whole_place(doc: Doc, m: _Mention) -> bool:
    """The mention is all of the dateline's place: punctuation follows it ("MIDWAY ATOLL -", "OSLO (Reuters)"), not
    more words of a heading in capitals ("CONGRESS HAS INVESTIGATED HIM —")."""
    span = doc[m.start:m.end]
    return bool(_PLACE_END.match(text_of(doc), span.end_char))


def _is_city_or_country(name: str) -> bool:
    return name in _CITIES or name in _COUNTRIES


def _gazetteer_label(key: tuple[str, ...], voted: str) -> str | None:
    """The label a gazetteer gives a name, where it should overrule the model's `voted` label."""
    name = "".join(key)
    if name in _KNOWN_ORGANISATIONS:
        return "ORG"
    if voted == "PERSON" and name in _GIVEN_NAME_PLACES:
        return None
    if name in _COUNTRIES:
        return "GPE"
    if name in _REGIONS:
        return "LOC"
    if name in _DEMONYMS and voted in ("GPE", "LOC", "ORG", "PERSON", "FAC"):
        return "NORP"
    # A city can stand for its team or government (ORG): only a PERSON vote is surely wrong.
    if name in _CITIES and voted in ("PERSON", "NORP"):
        return "GPE"
    return None


def _completed_known_organisations(doc: Doc, mentions: list[_Mention], nlp: Language) -> list[_Mention]:
    """Mentions that the words after or before them make a known organisation's name, made that name: "Newcastle" (a
    place to the model) of "Newcastle United", "Madrid" of "Real Madrid"."""
    opening, ending = _known_organisation_keys(nlp)
    starts, ends = {m.start for m in mentions}, {m.end for m in mentions}
    cased = is_well_cased(doc)  # then the rest of the name is capitalised: not "Manchester city centre"
    out = []
    for m in mentions:
        key = _key(doc, m)
        for name in opening.get(key, ()):
            end = m.start + len(name)
            if end <= len(doc) and _key_at(doc, m.start, end) == name and not starts & set(range(m.end, end)) \
                    and not (cased and any(t.is_lower for t in doc[m.end:end])):
                m = _Mention(m.start, end, "ORG", m.weight, m.source)
                break
        else:
            for name in ending.get(key, ()):
                start = m.end - len(name)
                if start >= 0 and _key_at(doc, start, m.end) == name and not ends & set(range(start + 1, m.start + 1)) \
                        and not (cased and any(t.is_lower for t in doc[start:m.start])):
                    m = _Mention(start, m.end, "ORG", m.weight, m.source)
                    break
        out.append(m)
    return out


@functools.lru_cache(maxsize=4)
def _known_organisation_keys(nlp: Language) -> tuple[dict[tuple[str, ...], list[tuple[str, ...]]],
                                                     dict[tuple[str, ...], list[tuple[str, ...]]]]:
    """Known organisations' keys of two words or more, by every shorter key they open with, and by every one they end
    with."""
    opening: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    ending: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for key, label in _gazetteer_keys(nlp).items():
        if label == "ORG":
            for n in range(1, len(key)):
                opening[key[:n]].append(key)
                ending[key[n:]].append(key)
    return opening, ending


@functools.lru_cache(maxsize=4)
def _gazetteer_keys(nlp: Language) -> dict[tuple[str, ...], str]:
    """Gazetteer names as token keys, with their labels: places GPE, regions LOC, peoples NORP, parties and other
    organisations ORG."""
    keys: dict[tuple[str, ...], str] = {}
    for names, label in ((DEMONYMS, "NORP"), (REGIONS, "LOC"), (CITIES, "GPE"), (COUNTRIES, "GPE"),
                         (KNOWN_ORGANISATIONS, "ORG")):
        for name in names:
            keys[tuple(_token_key(t) for t in nlp.tokenizer(name))] = label
    return keys


# ---------------------------------------------------------------------------------------- grouping


def _label_reliability(doc: Doc, m: _Mention) -> float:
    """How far to trust the model's label of one mention: before a possessive ("Zelenskyy’s
    government") its ORG is wrong more often than right (41% precise on CoNLL-2003 dev)."""
    if m.label == "ORG" and m.end < len(doc) and doc[m.end].lower_ in POSSESSIVES:
        return POSSESSIVE_ORG_WEIGHT
    return 1.0


def _starts_with_given_name(key: tuple[str, ...]) -> bool:
    """"Volodymyr Zelenskyy", "Glyn Davies": two to four words, the first a common given name."""
    return 2 <= len(key) <= 4 and key[0] in _GIVEN_NAMES and key[-1] not in CORPORATE_SUFFIXES


def _majority(votes: Counter) -> str:
    """The label with the most weight; a tie goes to the label voted first (Counters keep order)."""
    return max(votes.items(), key=lambda kv: kv[1])[0]


def _merged(first: Counter, second: Counter) -> Counter:
    """Sum of two vote counts, with the labels of `first` first."""
    total = Counter(first)
    total.update(second)
    return total


def _son_of_named_father(key: tuple[str, ...], names: dict[tuple[str, ...], Counter]) -> bool:
    """"Donald Trump Jr." when "Donald Trump" is named too: his father's short forms are not his."""
    return len(key) > 2 and key[-1] in GENERATIONAL_SUFFIXES and key[:-1] in names


def _surname(key: tuple[str, ...]) -> str:
    """The family name of a person's full name: its last word, the one before "Jr." for a son."""
    return key[-2] if len(key) > 2 and key[-1] in GENERATIONAL_SUFFIXES else key[-1]


def _has_digits(key: tuple[str, ...]) -> bool:
    return any(ch.isdigit() for word in key for ch in word)


def _is_model_variant(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """`long` is a model number (`short`, with a digit) and variant words after it: another product."""
    rest = long[len(short):]
    return long[:len(short)] == short and _has_digits(short) and bool(rest) and all(w in VARIANT_WORDS for w in rest)


# The second word of a firm's name of two whose first word is the firm's name alone: "Meridian Health", "Acme Group".
_FIRM_HEADS = frozenset({
    "health", "healthcare", "engineering", "energy", "media", "group", "capital", "partners", "technologies",
    "technology", "systems", "therapeutics", "pharmaceuticals", "pharma", "biosciences", "biotech", "airlines",
    "motors", "industries", "insurance", "networks", "telecom", "solutions", "logistics", "foods", "labs",
    "laboratories", "ventures", "investments", "securities", "properties", "resources", "mining", "robotics"})
# What a storm's name follows: "Hurricane Delia", "Tropical Storm Alberto", "Typhoon Haiyan", "Cyclone Idai".
_STORM_WORDS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "tropical", "superstorm", "supertyphoon"})


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> str | None:
    """'prefix', 'suffix' or 'inside' when `short` is a contiguous part of `long`, else None."""
    n = len(short)
    if n >= len(long):
        return None
    if long[-n:] == short:
        return "suffix"
    if long[:n] == short:
        return "prefix"
    for i in range(1, len(long) - n):
        if long[i : i + n] == short:
            return "inside"
    return None


def _hyphened_to_more(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """`short` is in `long` only with a hyphen joining more name to it: "Zuma" in "Duduzile Zuma-Sambudla", "Rolls" in
    "Rolls-Royce"."""
    n = len(short)
    return all(i + n < len(long) and long[i + n] == "-" for i in range(len(long) - n + 1) if long[i : i + n] == short)


_NEVER = 1 << 62  # first-mention position of a key never seen in the text


class _Groups:
    """Name keys (case-folded token tuples) joined into groups: a short form points at its full name.

    `votes` holds the model's weighted labels per key. Keys are linked longest first, so a key that
    is still a root when the shorter keys are processed stays a root: `totals` can grow in place.
    """

    def __init__(self, votes: dict[tuple[str, ...], Counter], first_seen: dict[tuple[str, ...], int]):
        self.votes = votes
        self.first_seen = first_seen  # token index of each key's first mention, to break ties
        self.parent: dict[tuple[str, ...], tuple[str, ...]] = {}
        # Labels decided by rules: `forced` (form of the name, surnames) beats `known` (gazetteer).
        self.forced: dict[tuple[str, ...], str] = {}
        self.known: dict[tuple[str, ...], str] = {}
        # Votes of every group, by root key.
        self.totals: dict[tuple[str, ...], Counter] = {key: Counter(v) for key, v in votes.items()}
        # (short, long) names of an owner and what it owns ("Siemens Healthineers, in which Siemens holds a stake"):
        # two entities, which `link_short_forms` leaves apart.
        self.apart: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()

    def root(self, key: tuple[str, ...]) -> tuple[str, ...]:
        while key in self.parent:
            key = self.parent[key]
        return key

    def own_label(self, key: tuple[str, ...]) -> str:
        """The label of one name on its own: rules first, then the model's vote."""
        return self.forced.get(key) or self.known.get(key) or _majority(self.votes[key])

    def label(self, root: tuple[str, ...]) -> str:
        """A group's label: its full name's when a rule decides it or it is a person, else the group's vote."""
        own = self.own_label(root)
        if own == "PERSON" or root in self.forced or root in self.known:
            return own
        total = self.totals.get(root)
        return _majority(total) if total else own

    def attach(self, key: tuple[str, ...], root: tuple[str, ...], votes: bool = True) -> None:
        """Make `key` (a root so far) a member of the group of `root`, adding its votes unless told not to."""
        self.parent[key] = root
        own = self.totals.pop(key, Counter())
        if votes:
            group = self.totals.get(root, Counter())
            # Keep labels in text order so that a tie goes to the label of the group's first mention.
            key_first, root_first = self.first_seen.get(key, _NEVER), self.first_seen.get(root, _NEVER)
            if key_first < root_first:
                self.totals[root] = _merged(own, group)
                self.first_seen[root] = key_first
            else:
                self.totals[root] = _merged(group, own)

    def force_known_forms(self) -> None:
        """Labels that the form of a name decides ("Pirelli SpA" is a company) or a gazetteer knows."""
        for key in self.votes:
            if len(key) > 1 and key[-1] in CORPORATE_SUFFIXES:
                self.forced[key] = "ORG"
            elif len(key) > 1 and key[-1] in EVENT_SUFFIXES and "".join(key) not in _KNOWN_ORGANISATIONS:
                self.forced[key] = "EVENT"  # not a party so named ("National Rally")
            elif len(key) == 2 and key[0] in ("co", "co.") and key[1] in IRISH_COUNTIES:
                self.forced[key] = "GPE"  # an Irish county: "Co Mayo", "Co. Cork" (persons to the model)
            elif len(key) > 1 and key[-1] in ORGANISATION_HEADS and _majority(self.votes[key]) in ("PERSON", "ORG") \
                    and not (len(key) == 2 and gender_of(key[0]) is not None):
                # Also against a person it is named after ("the Betty Ford Center"); not a given name and a surname
                # that is such a word too ("Sarah Court", "Robert Service").
                self.forced[key] = "ORG"
            elif OPTIONS.gazetteer:
                label = _gazetteer_label(key, _majority(self.votes[key]))
                if label:
                    self.known[key] = label

    def link_short_forms(self) -> None:
        """Point each short name at the unique longer name it is part of, when labels allow."""
        containing: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for key in self.votes:
            for token in key:
                containing[token].add(key)
        for short in sorted(self.votes, key=len, reverse=True):
            if short in _FULL_NAMES:  # "the Fed" is the Federal Reserve, not the "Chicago Fed" named beside it
                continue
            own = self.own_label(short)
            candidates = set.intersection(*(containing[t] for t in short))
            # A name hyphenated to more is meant only where no other name holds it whole: "Zuma" is Jacob Zuma beside
            # "Duduzile Zuma-Sambudla"; "Rolls" alone is "Rolls-Royce".
            hyphened = {long for long in candidates if len(long) > len(short) and _hyphened_to_more(long, short)}
            if candidates - hyphened - {short}:
                candidates -= hyphened
            # A place is itself, not a longer name it is part of ("Morning Ireland", "Manchester United",
            # "African-American", "South Sudan"); but another name of the same place ("Great Britain", "South Korea",
            # "New York City") and a person's surname ("Michael Jordan") are what it stands for.
            place = OPTIONS.gazetteer and own in PLACE_LABELS and _in_gazetteer("".join(short))
            surname_of: set[tuple[str, ...]] = set()
            part_of: set[tuple[str, ...]] = set()
            storm_of: set[tuple[str, ...]] = set()
            for long in candidates:
                where = _contains(long, short)
                if where is None or _son_of_named_father(long, self.votes) or _is_model_variant(short, long):
                    continue
                root = self.root(long)
                label = self.label(root)
                if (short, long) in self.apart:
                    continue
                # Nor the place in a name the model took for a person's that opens with no given name: "Entergy
                # Louisiana".
                person = label == "PERSON" and _opens_with_given_name(long)
                if place and not (person or _is_city_long_form(short, long) or _same_place(long)):
                    continue
                if where == "suffix" and long[0] in _STORM_WORDS:
                    storm_of.add(root)
                elif label == "PERSON" and where == "suffix":
                    surname_of.add(root)
                elif label == "PERSON" and where == "prefix" and own not in PLACE_LABELS:
                    part_of.add(root)  # a given name, or a family name written first ("Wang Donghai")
                elif (label == own or (label == "ORG" and own not in PLACE_LABELS)) \
                        and not self.is_unit_of(short, long, where):
                    part_of.add(root)
            if surname_of and short not in self.forced:
                # A surname of a known person is a person, even when it is ambiguous between two.
                self.forced[short] = "PERSON"
            if len(storm_of) == 1 and not (surname_of or part_of):
                # "Delia" after "Hurricane Delia" is the storm, whatever the model calls the name alone.
                self.attach(short, next(iter(storm_of)), votes=False)
                continue
            found = surname_of | part_of
            if len(found) > 1 and not surname_of and own == "ORG":
                # "Reliance" beside "Reliance Industries Ltd" and "Reliance Retail": the company in law is meant.
                companies = {root for root in part_of if root[-1] in CORPORATE_SUFFIXES}
                found = companies if len(companies) == 1 else found
            if len(found) == 1:
                self.attach(short, next(iter(found)))

    def is_unit_of(self, short: tuple[str, ...], long: tuple[str, ...], where: str | None) -> bool:
        """`long` is an organisation's unit or product named after it, the organisation `short` named first: "Amazon
        ... Amazon Web Services", "Apple ... Apple Intelligence" (not a company's longer name, "Ford ... Ford Motor
        Co.", "Tesla ... Tesla Motors", nor "Goldman Sachs ... Goldman", the long one first)."""
        return where == "prefix" and self.own_label(short) == "ORG" == self.own_label(long) \
            and self.first_seen.get(short, _NEVER) < self.first_seen.get(long, _NEVER) \
            and long[-1] not in CORPORATE_SUFFIXES and long[-1] not in ORGANISATION_HEADS

    def link_acronyms(self, aliases: dict[tuple[str, ...], tuple[str, ...]]) -> None:
        """Acronyms join the group of their long form, take its label and do not vote on it."""
        for acronym, long in aliases.items():
            root = self.root(long)
            if acronym in self.votes and root != acronym and acronym not in self.parent:
                self.attach(acronym, root, votes=False)

    def add_surnames(self) -> None:
        """Last names of multi-word persons as names of their own, to find "Healey" after "John Healey"."""
        owners: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        for root in self.roots():
            surname = _surname(root)
            if self.label(root) == "PERSON" and len(root) > 1 and surname.isalpha() and len(surname) > 1 \
                    and not _son_of_named_father(root, self.votes) and not _has_digits(root):  # "A18 Pro": no person
                owners[(surname,)].add(root)
        for surname, roots in owners.items():
            if surname in self.votes:
                continue
            self.votes[surname] = Counter()
            self.forced[surname] = "PERSON"
            if len(roots) == 1 and (surname, next(iter(roots))) not in self.apart:
                self.attach(surname, next(iter(roots)))

    def add_firms_first_words(self, ordinary: frozenset[str]) -> None:
        """The first word of a firm's name of two words, the second a firm's ("Meridian Health", "Acme Corp"), as a name
        of its own, to find "Meridian agreed" the model left out: not an `ordinary` word (a stop word, a verb, or one
        the text writes in lower case: "Power Capital" beside "power"), a given name ("Morgan Stanley"), a place
        ("Oxford Instruments"), nor a word of another name ("Ratan Tata" beside "Tata Group")."""
        owners: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
        holders: Counter[str] = Counter()  # how many names hold each word: "Tata" of "Ratan Tata" and "Tata Group"
        for root in self.roots():
            holders.update(set(root))
            firm = root[-1] in _FIRM_HEADS or root[-1] in CORPORATE_SUFFIXES
            if self.label(root) == "ORG" and len(root) == 2 and firm:
                owners[root[:1]].add(root)
        for first, roots in owners.items():
            word = first[0]
            if len(roots) == 1 == holders[word] and first not in self.votes and word.isalpha() and len(word) > 2 \
                    and word not in ordinary and not is_given_name(word.title()) and not _in_gazetteer(word):
                self.votes[first] = Counter()
                self.forced[first] = "ORG"
                self.attach(first, next(iter(roots)))

    def link_middle_initials(self, described: set[tuple[str, ...]]) -> None:
        """A person's name with middle initials in the group of the same name written without them, when only one
        name so shortens to it and the text does not introduce that name as someone of its own (`described`):
        "Donald J. Trump" is "Donald Trump"; not both "George H.W. Bush" and "George W. Bush" beside a "George Bush",
        nor "Michael B. Jordan" beside "Michael Jordan, who won six titles" or "his father George Bush". (Two people
        named so, neither introduced, are one: "Sen. John Kennedy ... John F. Kennedy".)"""
        longs: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for root in self.roots():
            short = tuple(word for word in root[1:-1] if not _is_initial(word))
            if len(root) > 2 and len(short) < len(root) - 2:
                longs[(root[0], *short, root[-1])].append(root)
        for short, found in longs.items():
            if len(found) == 1 and short in self.votes and short not in self.parent and short not in described \
                    and self.label(short) == "PERSON" == self.label(found[0]):
                self.attach(found[0], short)

    def link_titled_surnames(self) -> None:
        """An office and a surname ("Cardinal Cupich") with the one person of that surname ("Blase Cupich"); not
        where the office is also a given name ("Justice Smith" is no "Will Smith")."""
        people: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for root in self.roots():
            if self.label(root) == "PERSON" and len(root) > 1 and root[0] not in ALL_TITLES:
                people[_surname(root)].append(root)
        for root in self.roots():
            if len(root) == 2 and root[0] in ALL_TITLES and not is_given_name(root[0].title()) \
                    and self.label(root) == "PERSON" and len(people.get(root[1], ())) == 1:
                self.attach(root, people[root[1]][0])

    def roots(self) -> list[tuple[str, ...]]:
        return [key for key in self.votes if key not in self.parent]


# ------------------------------------------------------------------------------------- propagation


def _propagatable(key: tuple[str, ...]) -> bool:
    """Names worth searching for elsewhere: not a lone letter or number."""
    return bool(key) and not (len(key) == 1 and (len(key[0]) < 2 or not any(ch.isalpha() for ch in key[0])))


def _propagate(
    doc: Doc,
    mentions: list[_Mention],
    names: dict[tuple[str, ...], str],
    shouting_tokens: set[int],
) -> list[_Mention]:
    """Mentions for unlabelled repeats of known names (`names`: key → label)."""
    taken = [False] * len(doc)
    for m in mentions:
        for i in range(m.start, m.end):
            taken[i] = True
    words = words_of(doc)
    # Only names that can start at a free capitalised word here: most gazetteer names cannot.
    firsts = {_word_key(word) for word, is_taken in zip(words, taken, strict=True)
              if not is_taken and word[:1].isupper()}
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in names:
        if key[0] in firsts:
            by_first[key[0]].append(key)
    for keys in by_first.values():
        keys.sort(key=len, reverse=True)
    found: list[_Mention] = []
    i = 0
    while i < len(doc):
        word = words[i]
        match = None
        if not taken[i] and word[:1].isupper():
            for key in by_first.get(_word_key(word), []):
                end = i + len(key)
                if end <= len(doc) and not any(taken[i:end]) and _key_at(doc, i, end) == key:
                    if _extends_name(doc, i, end, shouting_tokens) or _is_capitalised_stop_word(doc, i, end):
                        continue
                    match = _Mention(i, end, names[key], 0.0, "propagated", key)
                    break
        if match:
            found.append(match)
            i = match.end
        else:
            i += 1
    return found


def _extends_name(doc: Doc, start: int, end: int, shouting_tokens: set[int]) -> bool:
    """True when a capitalised word touches the match: it is then part of some longer name.

    "The" and other stop words are capitalised by position, not as part of a name ("The KDP said").
    """
    if start in shouting_tokens:
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and _is_name_word(after):
        return True
    before = doc[start - 1] if start > 0 else None
    # A title or honorific before a surname makes no longer name: "Dr Calder" is the "Ruth Calder" named before.
    return before is not None and _is_name_word(before) and not doc[start].is_sent_start \
        and before.text not in HONORIFICS and before.lower_ not in ALL_TITLES


def _is_capitalised_stop_word(doc: Doc, start: int, end: int) -> bool:
    """"It" or "Us" at a sentence start is no repeat of "IT" or "US"."""
    token = doc[start]
    return end - start == 1 and token.is_stop and not token.is_upper


def _is_name_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop


# ------------------------------------------------------------------------------------------ output


def _build_output(
    doc: Doc, mentions: list[_Mention], groups: _Groups, shouting_tokens: set[int]
) -> tuple[list[dict], list[dict]]:
    """Mention and group dicts from grouped token mentions."""
    label_of = {root: groups.label(root) for root in groups.roots()}
    by_group: dict[tuple[str, tuple[str, ...]], list[_Mention]] = defaultdict(list)
    for m in mentions:
        if m.label in NAME_LABELS and m.key in groups.votes:
            root = groups.root(m.owner or m.key)
            m.label = label_of[root]
            by_group[(m.label, root)].append(m)
        else:
            by_group[(m.label, m.key)].append(m)

    lead_end = _lead_end(doc)
    doc_chars = len(text_of(doc))
    furniture = furniture_ranges(doc)
    # Salience counts the mentions in the reporting: a byline's author or a picture agency is not what it is about.
    counted = {group: [m for m in ms if not in_ranges(doc[m.start].idx, furniture)] for group, ms in by_group.items()}
    max_count = max((len(ms) for ms in counted.values()), default=1) or 1
    out_groups: list[dict] = []
    ids: dict[int, str] = {}
    for (label, root), ms in by_group.items():
        root_mentions = [m for m in ms if m.key == root] or ms
        name = _display(doc, root_mentions, shouting_tokens)
        if label == "ORG" and name[:1].isupper():
            # "the Fed" alone is the Federal Reserve too: the full name, so that articles writing either meet.
            name = _FULL_NAMES.get(root, name)
        elif label == "GPE" and root in _STATE_NAMES:
            name = _STATE_NAMES[root]  # "Calif." alone is California too
        elif label in ("GPE", "LOC") and name.isupper() and _is_shouted_place_name(name):
            name = string.capwords(name)  # "BIRMINGHAM" written only in the dateline is Birmingham
        eid = entity_id(label, name)
        reported = counted[(label, root)]
        first = min(doc[m.start].idx for m in reported or ms)
        salience = _salience(len(reported), max_count, first, doc_chars, first < lead_end, label)
        out_groups.append(
            {
                "entity_id": eid,
                "name": name,
                "label": label,
                "salience": salience if reported else round(salience * FURNITURE_ONLY_SALIENCE, 4),
                "mentions": len(ms),
            }
        )
        for m in ms:
            ids[id(m)] = eid

    merged = _merge_same_ids(out_groups)
    name_of = {g["entity_id"]: g["name"] for g in merged}
    out_mentions = []
    for m in sorted(mentions, key=lambda m: m.start):
        span = doc[m.start : m.end]
        eid = ids[id(m)]
        out_mentions.append(
            {"text": span.text, "label": m.label, "start": span.start_char, "end": span.end_char,
             "entity_id": eid, "canonical": name_of[eid]}
        )
    return out_mentions, merged


def _display(doc: Doc, mentions: list[_Mention], shouting_tokens: set[int]) -> str:
    """The name as best written in the doc: the most frequent normally-cased spelling."""
    spellings = Counter(
        doc[m.start : m.end].text for m in mentions if m.start not in shouting_tokens
    ) or Counter(doc[m.start : m.end].text for m in mentions)
    # In partly lower-cased text "London" beats a more frequent "london"; as often written, "Washington" beats
    # the dateline's "WASHINGTON".
    return max(spellings.items(), key=lambda kv: (any(ch.isupper() for ch in kv[0]), kv[1], not kv[0].isupper()))[0]


def _is_shouted_place_name(name: str) -> bool:
    """A place's name in capitals, not an acronym: "BIRMINGHAM", "OSLO" (four letters the gazetteer knows), not
    "UAE", "DPRK", "U.S.A."."""
    if not all(word.isalpha() and not word.startswith(("MC", "MAC")) for word in name.split()):
        return False  # "U.S.A.", and names whose capitals title case would get wrong: "MCALLEN", "N'DJAMENA"
    letters = sum(ch.isalpha() for ch in name)
    return letters > 4 or (letters == 4 and _in_gazetteer(name.casefold()))


def _salience(count: int, max_count: int, first_char: int, doc_chars: int, in_lead: bool, label: str) -> float:
    """Weight of an entity in the article: frequency, early first mention, presence in title/lead."""
    score = 0.6 * count / max_count + 0.25 * (1 - first_char / max(doc_chars, 1)) + 0.15 * in_lead
    if label in NUMERIC_LABELS:
        score *= 0.5  # dates and numbers are context, not what an article is about
    return round(min(1.0, max(0.0, score)), 4)


def _lead_end(doc: Doc) -> int:
    """Character offset where the title and lead end: the first three sentences or 400 chars."""
    ends = [s.end_char for s in itertools.islice(doc.sents, 3)] if doc.has_annotation("SENT_START") else []
    return max(ends[-1] if ends else 0, min(400, len(text_of(doc))))


def _merge_same_ids(groups: list[dict]) -> list[dict]:
    """One group per id (two roots can share a canonical name after trimming, a company's with and without its
    legal form one id), named as its most mentioned root."""
    merged: dict[str, dict] = {}
    for g in sorted(groups, key=lambda g: (-g["mentions"], -g["salience"], g["name"])):
        if g["entity_id"] in merged:
            kept = merged[g["entity_id"]]
            kept["mentions"] += g["mentions"]
            kept["salience"] = max(kept["salience"], g["salience"])
        else:
            merged[g["entity_id"]] = dict(g)
    return sorted(merged.values(), key=lambda g: (-g["salience"], g["name"]))
