"""Labels fixed by context, and names dropped that are none: diseases, bills, storms, ships, jails, ranks,
credit grades, awards, court cases, counties, airports, a councillor's ward, an address's town, a headline's object."""
from __future__ import annotations

import re
from collections.abc import Set
from dataclasses import replace

from spacy.tokens import Doc, Token

from services.nlp.doctext import lower_case_words_of, lowers_of, span_of, span_text, text_of, tokens_of, words_of
from services.nlp.entities.capitals import _is_full_name, _starts_sentence
from services.nlp.entities.cleaning.names import is_glued_hyphen
from services.nlp.entities.cleaning.numbers import CALENDAR_WORDS
from services.nlp.entities.cleaning.splitting import _is_legal_form
from services.nlp.entities.cleaning.titles import in_a_members_address, without_members_posts
from services.nlp.entities.cleaning.trimming import opens_a_peerage
from services.nlp.entities.gazetteer import _in_gazetteer, _is_country_or_state
from services.nlp.entities.mentions import Mention, _token_key
from services.nlp.entity_rules import (
    ALL_TITLES,
    AWARDS,
    BILL_LETTERS,
    CARRIER_KINDS,
    COUNTY_CLUBS,
    DISEASE_WORDS,
    EPONYM_CANCER_NAMES,
    EPONYM_DISEASE_HEADS,
    IRISH_COUNTIES,
    JOURNALS_NAMED_BY_WORDS,
    KNOWN_ORGANISATIONS,
    NAME_LABELS,
    NAME_SMALL_WORDS,
    ORGANISATION_HEADS,
    POSSESSIVES,
    SHIP_LINE_PREFIXES,
    SHIP_PREFIXES,
    SPEAKING_LEMMAS,
    SPECIES_EPITHETS,
    STORM_WORDS,
    STREET_HEADS,
    VESSEL_NOUNS,
)
from services.nlp.furniture import signature_place_spans
from services.nlp.given_names import is_given_name


def without_misread_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Without names that are a disease's, a virus's or a species' genus, a bill's number, a storm's category, a rate
    or a rank, not a person's, a place's or a body's; a prize the model took for a person its prize."""
    return [_as_prize(doc, m) for m in _without_award_years(doc, without_members_posts(doc, mentions))
            if not (_names_a_disease(doc, m) or _is_a_virus_code(doc, m)
                    or _numbers_a_bill(doc, m) or _rates_a_storm(doc, m)
                    or _names_a_rate(doc, m) or _versions_an_aircraft(doc, m)
                    or _names_an_award(doc, m) or _is_mass_the_service(doc, m)
                    or _is_a_rank(doc, m) or _is_a_see_title(doc, m)
                    or _addresses_a_member(doc, m) or _opens_a_longer_title(doc, m)
                    or _is_an_emergency_department(doc, m) or _names_a_species(doc, m)
                    or _is_a_credit_grade(doc, m) or _is_a_labour_portfolio(doc, m)
                    or _numbers_a_part_of_a_text(doc, m) or _names_a_body_part(doc, m))]


# Body parts named after a hero or an anatomist, and the lower-case nouns that follow them in injury reports:
# "a torn Achilles tendon", "an Achilles injury" ("Achilles" was a place to the model).
_EPONYM_BODY_PARTS = frozenset({"achilles", "eustachian", "fallopian"})
_BODY_PART_NOUNS = frozenset({"tendon", "tendons", "heel", "heels", "injury", "injuries", "tear", "rupture",
                              "problem", "problems", "surgery", "issue", "strain", "tendinitis", "tendonitis", "tube",
                              "tubes"})


def _names_a_body_part(doc: Doc, m: Mention) -> bool:
    """A one-word name of an eponymous body part before its noun: "Achilles tendon", "Achilles injury" (not the
    hero, "Achilles said", nor "Achilles Lauro")."""
    return m.end - m.start == 1 and m.end < len(doc) and doc[m.start].lower_ in _EPONYM_BODY_PARTS \
        and doc[m.end].lower_ in _BODY_PART_NOUNS and doc[m.end].is_lower


# The party's word that is a minister's portfolio before "Minister" and a name: "Labour Minister Olivier Dussopt",
# "India's Labour Minister Mansukh Mandaviya".
_LABOUR_WORDS = frozenset({"labour", "labor"})


def _is_a_labour_portfolio(doc: Doc, m: Mention) -> bool:
    """The model's body "Labour" that is the portfolio of the minister named after it, where the text writes the word
    nowhere else: no party ("Labour Minister Olivier Dussopt said"; not a party named again, "Labour minister Jess
    Phillips ... the Labour government")."""
    if m.label != "ORG" or m.end - m.start != 1 or m.end + 1 >= len(doc):
        return False  # most mentions: asked before the words are read
    lowers = lowers_of(doc)
    if lowers[m.start] not in _LABOUR_WORDS or doc[m.end].text != "Minister" or not doc[m.end + 1].is_title:
        return False
    return all(i == m.start or lowers[i + 1:i + 2] == ["minister"] and doc[i + 1].text == "Minister"
               for i, word in enumerate(lowers) if word in _LABOUR_WORDS)


# Grades of the rating agencies: S&P's and Fitch's ("BB+", "AAA", "CCC-"), Moody's ("Baa3", "Aa1", "Caa2"); not one
# letter alone, which names nothing the model finds.
_CREDIT_GRADE = re.compile(r"(?:AAA|AA|A|BBB|BB|B|CCC|CC)[+-]|AAA|AA|BBB|BB|CCC|CC|(?:Aaa|Aa|A|Baa|Ba|B|Caa)[1-3]|Aaa")
# Lemmas of a sentence about a credit rating: a grade there is no name ("cut the rating to B+ from BB").
_RATING_LEMMAS = frozenset({"rating", "rate", "downgrade", "upgrade", "affirm", "outlook", "notch", "grade",
                            "investment", "junk", "creditworthiness"})


# Grades that name other things too: letters alone, the motoring clubs ("AAA", "AA") and the Better Business Bureau
# ("BBB"); a letter and a digit, Britain's roads ("the A1", "the A2").
_BARE_GRADE = re.compile(r"AAA|AA|BBB|BB|CCC|CC|Aaa|[AB][1-3]")
# ... which are grades only beside a rating's own words, not a rate's noun nor an outlook's: "The AA said insurance
# rates rose", "AAA said the average rate for a gallon", "closed the A1 ... the accident rate" (no grades).
_RATING_ACTS = frozenset({"rating", "downgrade", "upgrade", "affirm", "notch", "junk", "creditworthiness"})


def _is_a_credit_grade(doc: Doc, m: Mention) -> bool:
    """A rating agency's grade in a sentence about a rating: "B+", "BB", "AAA", "Baa1" (a person, a place, a body to
    the model); not "AAA" the motoring club where no rating is spoken of (its letters alone, and a letter and a digit,
    need a rating's own word, `_RATING_ACTS`, or "rate" as a verb: "rated AAA")."""
    if m.label not in NAME_LABELS or m.end - m.start > 2:
        return False
    grade = span_text(doc, m.start, m.end)
    if _CREDIT_GRADE.fullmatch(grade) is None:
        return False
    if _BARE_GRADE.fullmatch(grade):
        return any(t.lemma_ in _RATING_ACTS or (t.lemma_ == "rate" and t.pos_ == "VERB") for t in doc[m.start].sent)
    return any(t.lemma_ in _RATING_LEMMAS for t in doc[m.start].sent)


# Nouns of a hospital's emergency department after "A&E": "A&E attendances rose", "A&E waits" (not "aired on A&E",
# the television network).
_EMERGENCY_DEPARTMENT_NOUNS = frozenset({"attendance", "attendances", "department", "departments", "wait", "waits",
                                         "waiting", "admissions", "unit", "units", "visits", "target", "targets"})


def _is_an_emergency_department(doc: Doc, m: Mention) -> bool:
    """The model's "A&E" before a noun of a hospital's emergency department, or where patients are ("waited 12 hours
    in A&E"): no body's name. Not the network's possessive ("in A&E's new series")."""
    if m.end - m.start != 1 or doc[m.start].text != "A&E":
        return False
    after = doc[m.end].lower_ if m.end < len(doc) else ""
    return after in _EMERGENCY_DEPARTMENT_NOUNS or (m.start > 0 and doc[m.start - 1].lower_ == "in"
                                                    and after not in POSSESSIVES and after not in _NETWORK_NOUNS
                                                    and not _listed_with_a_name(doc, m.end))


# Nouns of a television network's output after its name, which "in" may open too: "starred in A&E documentary
# Leah Remini", "the biggest hit in A&E history", "appeared in A&E series Intervention".
_NETWORK_NOUNS = frozenset({"documentary", "documentaries", "docuseries", "series", "show", "shows", "history",
                            "network", "networks", "channel", "channels", "drama", "dramas", "programme",
                            "programmes", "program", "programs", "special", "specials", "lineup", "reality"})


def _listed_with_a_name(doc: Doc, i: int) -> bool:
    """The word at doc[i] joins another name, capitalised after "and" or a comma (and a "the"): "a stake in A&E and
    the History channel", a network among networks (not "in A&E and the wards")."""
    if i + 1 >= len(doc) or doc[i].lower_ not in ("and", ","):
        return False
    name = doc[i + 2] if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else doc[i + 1]
    return name.is_title and name.is_alpha


def _addresses_a_member(doc: Doc, m: Mention) -> bool:
    """The model's name that is a Member's address in the Commons, "Gentleman" of "the right hon. Gentleman is
    wrong", "Lady" of "the hon. Lady": no one's name."""
    return m.end - m.start == 1 and in_a_members_address(doc[m.start])


def _is_a_see_title(doc: Doc, m: Mention) -> bool:
    """The model's place or body that is a prelate's or peer's title alone before "of" and its place ("resigned as
    [Archbishop] of Canterbury"): no place, the title's."""
    return m.label != "PERSON" and m.label in NAME_LABELS and m.end - m.start == 1 and opens_a_peerage(doc, m.start) \
        and m.end + 1 < len(doc) and doc[m.end + 1].is_title


# Honours named "... of the year" ("album of the year", "FIFA player of the year"), whose "the year" is no date; not
# a part of a year ("the first quarter of the year", "the end of the year").
_YEAR_AWARDS = frozenset({
    "album", "record", "song", "player", "players", "coach", "manager", "rookie", "artist", "entertainer", "driver",
    "footballer", "cricketer", "sportsman", "sportswoman", "sportsperson", "athlete", "personality", "person", "team",
    "book", "car", "newcomer", "comeback", "executive", "businessman", "businesswoman", "word", "photo",
    "photograph", "film", "movie", "teacher", "pitcher", "footballers", "champion", "jockey", "trainer", "horse",
})


def _without_award_years(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Without the model's date "the year" of an honour ("won album of the year", "coach of the year"); a year after
    it is kept alone ("player of the year for [2024]")."""
    out = []
    for m in mentions:
        if not _is_award_year(doc, m):
            out.append(m)
            continue
        rest = m.start + 2  # what follows "the year": "rookie of the year [on Monday]", "[for 2024]"
        while rest < m.end and doc[rest].pos_ == "ADP":
            rest += 1
        if rest < m.end:
            out.append(Mention(rest, m.end, "DATE", m.weight, m.source))
    return out


def _is_award_year(doc: Doc, m: Mention) -> bool:
    """A date opening "the year" after "<honour> of": "song of [the year]", "player of [the year for 2024]"."""
    return m.label == "DATE" and m.start >= 2 and m.end - m.start >= 2 and doc[m.start].lower_ == "the" \
        and doc[m.start + 1].lower_ == "year" and doc[m.start - 1].lower_ == "of" \
        and doc[m.start - 2].lower_ in _YEAR_AWARDS and not _ranks_the_noun(doc, m.start - 2) \
        and _in_award_context(doc, m.start - 2)


# Words before "<noun> of the year" that rank it among the year's, no honour: "the [first] car of the year", "[No]
# team of the year has won".
_RANKING_WORDS = frozenset({"no", "first", "last", "second", "third", "only", "most", "least", "top"})
# Words of an honour's giving or holding before its name: "won album of the year", "was named player of the year",
# "the reigning national player of the year".
_AWARD_VERBS = frozenset({"name", "win", "vote", "crown", "award", "nominate", "shortlist", "honour", "honor",
                          "reign", "reigning"})


def _ranks_the_noun(doc: Doc, noun: int) -> bool:
    """A superlative, an ordinal or "No" just before the noun: "the biggest film", "the most streamed song"."""
    return any(t.tag_ in ("JJS", "RBS") or t.lower_ in _RANKING_WORDS for t in doc[max(noun - 2, 0):noun])


def _in_award_context(doc: Doc, noun: int) -> bool:
    """An honour's giving before the noun in its sentence: "won", "named", "voted", "crowned", "award"."""
    sent_start = doc[noun].sent.start
    return any(t.lemma_.lower() in _AWARD_VERBS or t.lower_.startswith("award") for t in doc[sent_start:noun])


# A rank as written: "No 1", "No. 1", "number one" (not "No 10" nor "No 11", the Downing Street houses UK copy names).
_RANK = re.compile(r"(?:no\.?|number)\s*(?:(?!1[01]\b)\d+|one|two|three)", re.IGNORECASE)


# Words that open a long title before its office's words, no title of their own: "Principal Deputy Assistant Attorney
# General", "Acting Assistant Secretary", "Cabinet Secretary for Finance" (not "Cabinet Office", no title's word after).
_TITLE_OPENERS = frozenset({"principal", "acting", "assistant", "associate", "senior", "interim", "cabinet"})


def _opens_a_longer_title(doc: Doc, m: Mention) -> bool:
    """The model's work or body that is the first words of a title running on after it, capitalised, up to a name:
    "Principal Deputy" of "Principal Deputy Assistant Attorney General Brian Boynton" (a work of art to the model)."""
    if m.label not in ("WORK_OF_ART", "ORG", "PRODUCT") or m.end >= len(doc):
        return False  # most mentions: asked before a Span of the words is built
    tokens = tokens_of(doc)
    after = tokens[m.end]
    return after.is_title and after.lower_ in ALL_TITLES | _TITLE_OPENERS \
        and all(t.is_title and t.lower_ in ALL_TITLES | _TITLE_OPENERS for t in tokens[m.start:m.end])


def _is_a_rank(doc: Doc, m: Mention) -> bool:
    """The model's law that is a rank ("The world No 1 finished", "debuted at No 1"), no law."""
    return m.label == "LAW" and _RANK.fullmatch(doc[m.start:m.end].text) is not None


# Words before "Mass" that make it the church's service: "Christmas Mass", "a Latin Mass", "a morning Mass".
_SERVICE_WORDS = frozenset({"christmas", "easter", "catholic", "latin", "requiem", "vigil", "nuptial", "papal",
                            "morning", "evening", "midnight", "night", "daily", "funeral", "memorial", "outdoor"})


def _is_mass_the_service(doc: Doc, m: Mention) -> bool:
    """The model's "Mass." after an article, a day or a word of worship, ending its sentence: "during a morning
    Mass.", "Sunday Mass." are the church's service, not Massachusetts (which "Boston, Mass.", "(D-Mass.)", "western
    Mass." and "Mass. Gov." are)."""
    if m.label != "GPE" or m.end - m.start != 1 or doc[m.start].text != "Mass." or m.start == 0:
        return False
    before = doc[m.start - 1]
    after = doc[m.end] if m.end < len(doc) else None
    if after is not None and not (after.is_sent_start or after.is_punct):
        return False  # the service ends its sentence: not "Mass. Gov. Deval Patrick", "a Mass. Democrat"
    return before.pos_ == "DET" or before.lower_ in CALENDAR_WORDS or before.lower_ in _SERVICE_WORDS


# What a compound after an award says of the thing it describes: "Oscar-winning", "Emmy-nominated".
_AWARD_COMPOUNDS = frozenset({"winning", "nominated"})
_AWARD_NOUNS = frozenset({"award", "awards", "prize"})


# Last words of a prize's name after the name of whom it honours: "James Beard Award", "Fields Medal".
_PRIZE_HEADS = frozenset({"Award", "Prize", "Medal"})


def _as_prize(doc: Doc, m: Mention) -> Mention:
    """A person's name and a prize's noun, capitalised, the model's person ("won a James Beard Award in 2019"), or a
    known award counted ("her second Oscar", a person; "a Bafta", a place): the prize, OntoNotes' work of art, as "the
    Nobel Prize" and "won an Oscar" are."""
    if (m.label == "PERSON" and m.end - m.start >= 2 and doc[m.end - 1].text in _PRIZE_HEADS) \
            or _counts_an_award(doc, m):
        return Mention(m.start, m.end, "WORK_OF_ART", m.weight, m.source)
    return m


# Words right before a known award that count it: "an Oscar", "another Grammy", "her second Oscar", "his 35th Grammy".
_AWARD_COUNTERS = frozenset({"a", "an", "another", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                             "eighth", "ninth", "tenth"})
_NUMBERED_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# The model's labels of such an award that no reading of it has: "her second Oscar|PERSON", "a Bafta|GPE".
_AWARD_MISLABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT"})
# Awards whose name counted is far more often a people's: "the first Brit to reach the final", "A Brit was arrested".
_AWARDS_NAMING_PEOPLE = frozenset({"brit"})


def _counts_an_award(doc: Doc, m: Mention) -> bool:
    """A known award (`AWARDS`) after an article or an ordinal, with no capitalised word after it: one won ("her
    second Oscar", "a Bafta"), or after "the" with its category's "for" ("won the Oscar for best actress") or after
    "won the" ("won the Oscar at the ceremony"); not a person named so ("Oscar Isaac", "A Tony Blair adviser", "Her son
    Oscar", "the Oscar we knew", "won the Oscar De La Hoya fight")."""
    if m.label not in _AWARD_MISLABELS or m.start == 0:
        return False  # asked of every mention: the label first, before the name's words are read
    name = " ".join(lowers_of(doc)[m.start:m.end])
    if name not in AWARDS or name in _AWARDS_NAMING_PEOPLE:
        return False
    before = doc[m.start - 1]
    after = doc[m.end] if m.end < len(doc) else None
    if before.lower_ == "the":
        if m.start > 1 and doc[m.start - 2].lemma_.lower() == "win":
            return not (after is not None and after.text[:1].isupper())  # "won the Oscar at the ceremony"
        return after is not None and after.lower_ == "for" and m.end + 1 < len(doc) and doc[m.end + 1].is_lower
    return (before.lower_ in _AWARD_COUNTERS or _NUMBERED_ORDINAL.fullmatch(before.lower_) is not None) \
        and not (after is not None and after.text[:1].isupper())


def _names_an_award(doc: Doc, m: Mention) -> bool:
    """An award glued by a hyphen to "-winning" or "-nominated" ("the Oscar-winning actor", "a Grammy award-winning
    singer"), a person to the model: the award is no one, nor an organisation or a place (the model's work of art,
    OntoNotes' label for a prize, stays). Only a known award (`AWARDS`): "a Trump-nominated judge" was named by Trump,
    "Obama-winning counties" voted for Obama."""
    if m.label not in NAME_LABELS or m.label == "WORK_OF_ART":
        return False
    i = m.end
    if i < len(doc) and doc[i].lower_ in _AWARD_NOUNS:
        i += 1  # "Grammy award-winning"
    if i + 1 < len(doc) and is_glued_hyphen(doc[i]) and doc[i + 1].lower_ in _AWARD_NOUNS:
        i += 2  # "Oscar-award-winning"
    if not (i + 1 < len(doc) and is_glued_hyphen(doc[i]) and doc[i + 1].lower_ in _AWARD_COMPOUNDS):
        return False
    return " ".join(t.lower_ for t in doc[m.start:m.end]) in AWARDS


def _versions_an_aircraft(doc: Doc, m: Mention) -> bool:
    """"Max" after an aircraft's model number ("its 737 Max jets"): the version's name, no person."""
    return m.label in NAME_LABELS and m.end - m.start == 1 and doc[m.start].text in ("Max", "MAX", "Dreamliner") \
        and m.start > 0 and re.fullmatch(r"\d{3}", doc[m.start - 1].text) is not None


def _names_a_rate(doc: Doc, m: Mention) -> bool:
    """An organisation of the model's that ends in "rate": a bank's rate ("the Bank of England raised Bank Rate", "the
    Fed funds rate"), no body."""
    return m.label == "ORG" and m.end - m.start > 1 and doc[m.end - 1].lower_ in ("rate", "rates")


def _names_a_species(doc: Doc, m: Mention) -> bool:
    """A one-word name that is a genus before its species' word in lower case: "Homo sapiens", "Aedes aegypti"; not
    an acronym ("GSK tuberculosis vaccine"), a people's or a place's word ("a Roman aureus", "Kenya tuberculosis
    deaths"), which a species' word that is a disease's or a coin's may follow."""
    return m.label in NAME_LABELS and m.label not in ("NORP", "GPE") and m.end - m.start == 1 and m.end < len(doc) \
        and doc[m.start].is_title and doc[m.end].is_lower and doc[m.end].text in SPECIES_EPITHETS


def _names_a_disease(doc: Doc, m: Mention) -> bool:
    """"Lassa fever", "Zika virus", "West Nile virus", "Alzheimer's disease" (not a firm's "Pfizer's virus vaccine",
    "NHS flu jab", nor a craze, "Taylor Swift fever")."""
    if m.label not in NAME_LABELS or m.end >= len(doc):
        return False
    after = lowers_of(doc)[m.end]
    if after not in POSSESSIVES and (m.label == "ORG" or after not in DISEASE_WORDS):
        return False  # most names: the word after them first, before the name's Span is built
    if _is_full_name(span_of(doc, m.start, m.end)):
        return False
    if after in POSSESSIVES:  # named after a person: "Crohn's disease" (a body to the model, alone)
        return m.end + 1 < len(doc) and is_eponymous_illness(doc, m.end + 1) \
            and (m.label != "ORG" or _names_the_illness_alone(doc, m))
    return m.label != "ORG" and after in DISEASE_WORDS


def is_eponymous_illness(doc: Doc, i: int) -> bool:
    """doc[i] is the noun of an illness named after the possessive before it: "disease" of "Crohn's disease", a cancer
    only after its own names ("Hodgkin's lymphoma", not "Jones's lymphoma returned")."""
    names = EPONYM_CANCER_NAMES.get(doc[i].lower_)
    return doc[i].lower_ in EPONYM_DISEASE_HEADS and i > 1 and (names is None or doc[i - 2].lower_ in names)


def ends_an_eponymous_illness(doc: Doc, i: int) -> bool:
    """The illness's noun doc[i] ends its phrase: no noun nor a hyphen's compound goes on from it ("Pfizer's disease
    portfolio", "Biogen's disease-modifying therapy" are the firm's)."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or not (after.pos_ in ("NOUN", "PROPN") or is_glued_hyphen(after))


def _names_the_illness_alone(doc: Doc, m: Mention) -> bool:
    """A one-word body of the model's before "'s disease" that ends the phrase: "Crohn's disease", no firm's; not
    "Pfizer's disease portfolio", "Smith's syndrome research", which the firm or person owns."""
    return m.end - m.start == 1 and doc[m.start].is_title and ends_an_eponymous_illness(doc, m.end + 1)


# A virus's or its disease's short name, however cased: "COVID-19", "Covid", "SARS-CoV-2", "H5N1".
_VIRUS_CODE = re.compile(r"(?:covid(?:-?19)?|sars-cov-2|h\d{1,2}n\d{1,2})", re.IGNORECASE)


def _is_a_virus_code(doc: Doc, m: Mention) -> bool:
    """A name that is a virus's or a disease's short name alone ("the spread of COVID-19", an organisation or a place
    to the model): no body, place or person (a body named after it keeps it, "the Covid-19 Inquiry")."""
    return m.label in NAME_LABELS and _VIRUS_CODE.fullmatch(span_text(doc, m.start, m.end)) is not None


def _rates_a_storm(doc: Doc, m: Mention) -> bool:
    """"a Category 3 storm": "Category" (or "Category 3") to the model, a group of people."""
    if m.label not in NAME_LABELS or doc[m.start].text != "Category":
        return False
    if m.end - m.start == 2:
        return doc[m.start + 1].text.isdigit()
    return m.end - m.start == 1 and m.end < len(doc) and doc[m.end].text.isdigit()


def _numbers_a_bill(doc: Doc, m: Mention) -> bool:
    """"Senate Bill 8": "Bill" to the model, a person."""
    return m.label == "PERSON" and m.end - m.start == 1 and doc[m.start].text in _BILL_WORDS and m.end < len(doc) \
        and doc[m.end].text.isdigit()


# Parts of a report, a book or a law, numbered after their word: "Chapters 3 and 4", "Sections 12 to 14".
_TEXT_PARTS = frozenset({"Chapter", "Chapters", "Section", "Sections", "Paragraph", "Paragraphs", "Clause", "Clauses",
                         "Articles", "Annex", "Annexes", "Schedule", "Schedules", "Pages", "Volumes", "Episodes"})


def _numbers_a_part_of_a_text(doc: Doc, m: Mention) -> bool:
    """"Chapters" of "The report's Chapters 3 and 4": the word alone a name to the model (a place), its numbers
    after it (the model's "Chapter 11" or "Article 5", a law with its number, stays)."""
    return m.label in NAME_LABELS and m.end - m.start == 1 and doc[m.start].text in _TEXT_PARTS \
        and m.end < len(doc) and doc[m.end].text.isdigit()


# A rocket's launch pad: "Launch Complex 36", "Space Launch Complex 40", "Launch Pad 39A"; its number or code after.
_PAD_WORDS = frozenset({"Complex", "Pad"})
_PAD_NUMBER = re.compile(r"\d{1,3}[A-Z]?|[A-Z]\d{0,2}")


def with_launch_pads(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A launch pad's name and number as one facility, in place of the model's pieces of it: "lifting off from Launch
    Complex 36" gave the language "Launch", "from Space Launch Complex 40" the body "Space Launch"."""
    words = words_of(doc)
    if "Launch" not in words:
        return mentions
    pads = []
    for i, word in enumerate(words[:-2]):
        if word == "Launch" and words[i + 1] in _PAD_WORDS and _PAD_NUMBER.fullmatch(words[i + 2]):
            start = i - 1 if i > 0 and words[i - 1] == "Space" else i
            pad = Mention(start, i + 3, "FAC", 1.0, "rule")
            if not any(m.start < pad.start < m.end or m.start < pad.end < m.end for m in mentions):
                pads.append(pad)  # not inside a longer name of the model's
    if not pads:
        return mentions
    kept = [m for m in mentions if not any(pad.start <= m.start and m.end <= pad.end for pad in pads)]
    return sorted(kept + pads, key=lambda m: m.start)


# Most capitalised words of one county's name in a list after "counties": "Galway", "West Sussex".
_MOST_LISTED_COUNTY_WORDS = 2


def with_listed_counties(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The names listed after "counties" (or "counties of") as places, where the model made them bodies or missed
    them: "a warning for counties Galway, Mayo and Clare" gave the body "Galway" (beside "Mayo" and "Clare", which
    a list of firms then took along)."""
    lowers = lowers_of(doc)
    if "counties" not in lowers:
        return mentions
    places: list[Mention] = []
    for i, lower in enumerate(lowers):
        if lower != "counties":
            continue
        j = i + 2 if i + 1 < len(doc) and lowers[i + 1] == "of" else i + 1
        listed: list[Mention] = []
        while j < len(doc) and doc[j].is_title and doc[j].is_alpha:
            end = j + 1
            while end < len(doc) and end - j < _MOST_LISTED_COUNTY_WORDS and doc[end].is_title \
                    and doc[end].is_alpha:
                end += 1
            listed.append(Mention(j, end, "GPE", 1.0, "rule"))
            if end + 1 < len(doc) and lowers[end] in (",", "and") and doc[end + 1].is_title:
                j = end + 1
            elif end + 2 < len(doc) and lowers[end] == "," and lowers[end + 1] == "and" and doc[end + 2].is_title:
                j = end + 2
            else:
                break
        if len(listed) > 1 and lowers[listed[-1].start - 1] == "and" and _lists_a_known_place(doc, listed, mentions):
            places.extend(listed)  # a whole list "X, Y and Z" only: not "counties Galway Bay borders"
    if not places:
        return mentions
    starts = {(p.start, p.end) for p in places}
    inside = [m for m in mentions if any(p.start < m.end and m.start < p.end for p in places)]
    if any((m.start, m.end) not in starts for m in inside):
        return mentions  # a longer name of the model's runs across the list: left as it read it
    kept = [m for m in mentions if m not in inside]
    return sorted(kept + places, key=lambda m: m.start)


def _lists_a_known_place(doc: Doc, listed: list[Mention], mentions: list[Mention]) -> bool:
    """One name of the list is a county or place the gazetteer knows, or every one is the model's place: not the
    people of a clause after "counties" ("the counties Trump and Vance visited", "the counties Biden and Obama both
    won", "counties Democrats and Republicans target")."""
    places = {(m.start, m.end) for m in mentions if m.label in ("GPE", "LOC")}
    return all((n.start, n.end) in places for n in listed) or any(
        doc[n.start:n.end].text.casefold() in IRISH_COUNTIES or _in_gazetteer(doc[n.start:n.end].text) for n in listed)


def with_storm_names(doc: Doc, mentions: list[Mention], ordinary: Set[str]) -> list[Mention]:
    """Storms named with their kind's words ("Typhoon Gaemi", "Tropical Storm Nadine") as events, in place of the
    model's mentions inside them (a person, building or place to it, or the name alone), or where it found none."""
    found = [span for span in _storm_spans(doc, _tells_weather(doc), ordinary)
             if not any(m.start < span[0] < m.end or m.start < span[1] < m.end
                        or (m.start < span[0] and span[1] <= m.end) for m in mentions)]  # not "Hurricane Katrina Fund"
    if not found:
        return mentions
    inside = {i for start, end in found for i in range(start, end)}
    kept = [m for m in mentions if m.start not in inside]
    return sorted(kept + [Mention(start, end, "EVENT", 1.0, "rule") for start, end in found], key=lambda m: m.start)


# The UN's climate summits, "COP" in capitals and the conference's number glued on: "COP27", "COP30".
_CLIMATE_SUMMIT = re.compile(r"COP[1-9][0-9]?")


def climate_summits(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The UN's climate summits as events: "COP27" (a place to the model), "COP29" (a person, or nothing), where the
    model's mention is the summit's word alone or it found none; not in a longer name ("COP28 Presidency"), nor the
    model's organisation, the summit's presidency ("COP29 President Mukhtar Babayev")."""
    summits = [t.i for t in doc if _CLIMATE_SUMMIT.fullmatch(t.text)]
    if not summits:
        return mentions
    covered = {i: m for m in mentions for i in range(m.start, m.end)}
    out = [replace(m, label="EVENT") if m.end - m.start == 1 and m.start in summits and m.label != "ORG" else m
           for m in mentions]
    return sorted(out + [Mention(i, i + 1, "EVENT", 1.0, "rule") for i in summits if i not in covered],
                  key=lambda m: m.start)


# Forests named as firms are, which the model takes for the firm ("The Amazon is not for sale" an organisation).
_FORESTS_NAMED_LIKE_FIRMS = frozenset({"amazon"})
# Lower-case words of a text about a forest, and the nouns a forest's name may go before ("the Amazon rainforest").
# Not "forest" alone, a word of other texts too ("the forest campaigners").
_FOREST_WORDS = frozenset({"rainforest", "rainforests", "deforestation", "basin", "jungle"})
_FOREST_NOUNS = frozenset({"rainforest", "basin", "jungle", "forest", "region", "river", "biome"})


def forests_named_like_firms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A forest named as a firm is ("Amazon"), after "the" and before no noun but a forest's ("the Amazon
    warehouse" is the firm's), in a text that writes a forest's word ("Deforestation in the Amazon fell"): a place,
    no organisation."""
    if _FOREST_WORDS.isdisjoint(lowers_of(doc)):
        return mentions
    return [replace(m, label="LOC") if _names_a_forest(doc, m) else m for m in mentions]


def _names_a_forest(doc: Doc, m: Mention) -> bool:
    after = doc[m.end] if m.end < len(doc) else None
    return m.label == "ORG" and m.end - m.start == 1 and doc[m.start].lower_ in _FORESTS_NAMED_LIKE_FIRMS \
        and m.start > 0 and doc[m.start - 1].lower_ == "the" \
        and (after is None or after.pos_ not in ("NOUN", "PROPN") or after.lower_ in _FOREST_NOUNS)


# Lower-case words of a text about a wildfire, where a name ending in "Fire" is the fire's: "The Palisades Fire had
# burned 15,832 acres with 0% containment".
_WILDFIRE_WORDS = frozenset({"wildfire", "wildfires", "bushfire", "bushfires", "blaze", "blazes", "acres", "hectares",
                             "containment", "firefighters", "evacuation", "evacuations", "burned", "burnt", "scorched"})
# Labels the model gives a wildfire's name: a body, a building, a place, a person, a thing.
_FIRE_NAME_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "PERSON", "PRODUCT", "WORK_OF_ART"})


def wildfire_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Wildfires named by a place and "Fire" after "the" ("the Palisades Fire" a body, "the Eaton Fire" a building to
    the model) as events, in a text about a wildfire; not a known body ("Cal Fire"), a name that goes on ("the Eaton
    Fire Department") nor one that speaks ("the LA County Fire said"): services, not fires; nor a band ("Arcade
    Fire")."""
    if _WILDFIRE_WORDS.isdisjoint(lower_case_words_of(doc)):
        return mentions
    return [replace(m, label="EVENT") if _names_a_wildfire(doc, m) else m for m in mentions]


def _names_a_wildfire(doc: Doc, m: Mention) -> bool:
    after = doc[m.end] if m.end < len(doc) else None
    return m.label in _FIRE_NAME_LABELS and m.end - m.start >= 2 and doc[m.end - 1].text == "Fire" \
        and m.start > 0 and doc[m.start - 1].lower_ == "the" \
        and doc[m.start:m.end].text.casefold() not in KNOWN_ORGANISATIONS and not _names_a_citys_fire(doc, m) \
        and not (after is not None and (after.is_title or after.lemma_ in SPEAKING_LEMMAS))


def _names_a_citys_fire(doc: Doc, m: Mention) -> bool:
    """The words before "Fire" are a city's or a country's name alone: its club or its fire service ("the Chicago Fire
    hosted Orlando" as wildfire smoke delayed the game), where a wildfire is named by a canyon, a road or a district;
    unless a fire's verb follows ("the Athens Fire spread overnight")."""
    after = doc[m.end] if m.end < len(doc) else None
    return _in_gazetteer(doc[m.start:m.end - 1].text) and not (after is not None and after.lemma_ in _FIRE_VERBS)


# Verbs of a fire's spread, which a city's club or service does not do: "the Athens Fire spread overnight".
_FIRE_VERBS = frozenset({"spread", "burn", "grow", "rage", "sweep", "jump", "scorch", "engulf", "destroy", "char"})


def _storm_spans(doc: Doc, weather: bool, ordinary: Set[str]) -> list[tuple[int, int]]:
    """Token spans of a storm's capitalised words and the one name after them: "Hurricane Milton", "Tropical Storm
    Nadine". "Storm" alone opens one only in a text of `weather` and before no `ordinary` word: not the actress Storm
    Reid, nor "Storm Shadow" missiles; any kind before an ordinary word only in a text of weather ("Hurricane Sandy"
    brought floods; "Hurricane Energy", an oil firm, "Typhoon Lagoon", a water park); nor "Tropical" alone ("Tropical
    Smoothie"), nor after a name it ends ("Operation Desert Storm", "Seattle Storm")."""
    spans = []
    lowers, tokens = lowers_of(doc), tokens_of(doc)
    starts = [i for i, lower in enumerate(lowers) if lower in STORM_WORDS]  # few or none: no token is built otherwise
    covered = 0
    for i in starts:
        if i < covered or not tokens[i].is_title:
            continue
        end = i
        while end < len(doc) and lowers[end] in STORM_WORDS and tokens[end].is_title:
            end += 1
        name = doc[end] if end < len(doc) else None
        bare = doc[i:end].text == "Storm"
        # No ordinary word where a hyphen glues more on: "Man-yi".
        ordinary_name = name is not None and name.lower_ in ordinary and not _hyphenated_tail(doc, end + 1, ordinary)
        # An ordinary word names a storm in a text of weather ("Hurricane Sandy"), not in a headline's run of capitals
        # ("Tropical Storm Warning Issued For Florida Keys").
        headline = end + 1 < len(doc) and doc[end + 1].is_title
        if name is not None and name.is_title and name.is_alpha and not _after_a_name(doc, i) \
                and any(t.lower_ != "tropical" for t in doc[i:end]) \
                and not (bare and (not weather or ordinary_name)) \
                and not (ordinary_name and (not (weather or _hits_a_place(doc, end + 1)) or headline)):
            spans.append((_super_start(doc, i), end + 1 + _hyphenated_tail(doc, end + 1, ordinary)))
        covered = end + 1
    return spans + _plural_storm_spans(doc, weather)


# Verbs of a storm striking land: "Typhoon Yagi hit Vietnam", "Cyclone Chido battered Mayotte".
_STORM_VERBS = frozenset({"hit", "strike", "lash", "batter", "pound", "slam", "sweep", "ravage", "devastate"})


def _hits_a_place(doc: Doc, i: int) -> bool:
    """doc[i] is a storm's verb in the active voice with a place the model found in the few words after it before any
    punctuation, its object or its preposition's ("hit Vietnam", "slammed into northern Vietnam"): what names the
    storm in a text with no word of weather, where its name is an ordinary word ("yagi"); not "was hit by", "hit a
    record output", nor "hit Scotland's output targets" (the place owns what was hit)."""
    if i >= len(doc) or doc[i].lemma_ not in _STORM_VERBS or doc[i].tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    for word in doc[i + 1:i + 5]:
        if word.is_punct:
            return False
        if word.ent_type_ in ("GPE", "LOC") and (word.head.i == i or word.head.pos_ == "ADP"
                                                 and word.head.head.i == i):
            return True
    return False


def _super_start(doc: Doc, i: int) -> int:
    """Where a storm's words start: at a capitalised "Super" before its kind ("Super Typhoon Yagi", an organisation
    to the model), else at the kind."""
    return i - 1 if i > 0 and doc[i - 1].text == "Super" else i


def _hyphenated_tail(doc: Doc, end: int, ordinary: Set[str]) -> int:
    """2 where a storm's name goes on over a glued hyphen and a word ("Man-yi" of "Typhoon Man-yi", a person to the
    model), else 0; not an ordinary word glued on, which describes what the storm did ("Storm Babet-hit towns",
    "Hurricane Katrina-era levees", "Typhoon Doksuri-triggered floods")."""
    if not (end + 1 < len(doc) and is_glued_hyphen(doc[end]) and doc[end + 1].is_alpha):
        return 0
    tail = doc[end + 1]  # a syllable of two letters is a name's ("yi", a word to the dictionary too)
    return 0 if len(tail) > 2 and (tail.lower_ in ordinary or tail.lemma_.lower() in ordinary) else 2


# A storms' kind in the plural before two names: "Hurricanes Helene and Milton", "Storms Ciarán and Darragh".
_PLURAL_STORM_WORDS = frozenset({"hurricanes", "typhoons", "cyclones", "storms"})


def _names_a_team(doc: Doc, kind: str) -> bool:
    """The storms' kind is written capitalised after "the" in the text, a team's name ("The Hurricanes beat the
    Blues"): its players are after it ("Hurricanes Barrett and Savea scored"), no storms."""
    return any(t.text == kind and t.i > 0 and doc[t.i - 1].lower_ == "the" for t in doc)


def _plural_storm_spans(doc: Doc, weather: bool) -> list[tuple[int, int]]:
    """Token spans of the two names after a storms' kind in the plural, each a storm ("Hurricanes Helene and Milton":
    "Milton" was a person); "Storms" only in a text of `weather` (not "Storms Hit Coast", a headline's verb)."""
    spans = []
    for i, lower in enumerate(lowers_of(doc)[:-3]):
        if lower not in _PLURAL_STORM_WORDS or not doc[i].is_title or (lower == "storms" and not weather) \
                or _names_a_team(doc, doc[i].text):
            continue
        first, glue, second = doc[i + 1], doc[i + 2], doc[i + 3]
        if glue.text in ("and", "&") and all(t.is_title and t.is_alpha for t in (first, second)) \
                and not _after_a_name(doc, i) and (i + 4 == len(doc) or not doc[i + 4].is_title):
            spans += [(i + 1, i + 2), (i + 3, i + 4)]
    return spans


def _after_a_name(doc: Doc, i: int) -> bool:
    """A capitalised word other than a sentence's first goes before token `i`: the name goes on from there."""
    return i > 0 and doc[i - 1].is_title and not doc[i - 1].is_sent_start and not doc[i - 1].is_stop


# Lower-case words of a text about weather, where "Storm" and a name is a storm's ("Storm Eowyn brought winds of ...").
_WEATHER_WORDS = frozenset({"storm", "storms", "wind", "winds", "gust", "gusts", "gale", "gales", "rain", "rainfall",
                            "flood", "floods", "flooding", "weather", "forecast", "forecasts", "forecaster",
                            "forecasters", "landfall", "snow", "outage", "outages"})


def _tells_weather(doc: Doc) -> bool:
    """The text writes a word of weather in lower case."""
    return not _WEATHER_WORDS.isdisjoint(lower_case_words_of(doc))


def ships(doc: Doc, mentions: list[Mention], ordinary: Set[str]) -> list[Mention]:
    """Ships named with their prefix as products ("HMS Kent", a person to the model), the prefix joined to the name
    after it where the model found the name alone or apart ("INS" and "Mysore"), or the prefix alone before a name that
    is no `ordinary` word ("INS Tabar"; not "INS Commissioner"): no place nor person of their own. Not a name that
    speaks: a firm's ("MV Agusta said", "USS Investment Management said")."""
    words = words_of(doc)
    if SHIP_PREFIXES.isdisjoint(words):
        return mentions
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out and out[-1].end == m.start else None
        speaks = speaks_at(doc, m.end - 1)
        named = m.label in NAME_LABELS and doc[m.start].is_title and not speaks
        if named and before is not None and doc[before.start:before.end].text in SHIP_PREFIXES:
            out[-1] = replace(before, end=m.end, label="PRODUCT")  # the model's "INS" (ORG) and "Mysore" (PERSON)
        elif named and before is None and m.start > 0 and doc[m.start - 1].text in SHIP_PREFIXES:
            out.append(Mention(m.start - 1, m.end, "PRODUCT", m.weight, m.source))
        elif m.label in NAME_LABELS and not speaks and m.end - m.start > 1 and doc[m.start].text in SHIP_PREFIXES:
            out.append(replace(m, label="PRODUCT"))
        elif span_text(doc, m.start, m.end) in SHIP_PREFIXES and m.end < len(doc) and m.end not in starts \
                and doc[m.end].is_title and doc[m.end].is_alpha and doc[m.end].lower_ not in ordinary \
                and not speaks_at(doc, m.end):
            out.append(replace(m, end=m.end + 1, label="PRODUCT"))
        else:
            out.append(m)
    return out


# Most words of a merchant ship's name after its noun or line: "Magic Seas", "CMA CGM Jacques Saade".
_SHIP_NAME_WORDS = 4
# Last words of a shipping firm's name, no ship's: "the ferry operator Stena Line", "the MSC Group".
_LINE_WORDS = ORGANISATION_HEADS | {"line", "lines", "cruises", "shipping"}


def merchant_ships(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Merchant ships named after their noun ("the tanker Sounion", "the bulk carrier Magic Seas", "the vessel MSC
    Aries"), with their line's name after "the" ("The MSC Irina", "the CMA CGM Jacques Saade", a firm and a person to
    the model), or before a comma and their noun ("The Dali, the container ship that struck"): products, as OntoNotes
    labels vehicles, no person, place or firm of their own. Not a name that speaks ("the tanker Stena said"), nor a
    relative clause's subject ("the tanker Iran seized")."""
    words = words_of(doc)
    out = list(mentions)
    for i in range(len(doc)):
        if not words[i][:1].isupper():
            continue  # a ship's name is capitalised: no Token built for the other words
        end = _ship_name_end(doc, i, words)
        if end is None:
            continue
        inside = [m for m in out if m.start < end and i < m.end]
        if all(i <= m.start and m.end <= end and m.label in NAME_LABELS for m in inside) \
                and doc[end - 1].lower_ not in _LINE_WORDS and not speaks_at(doc, end - 1) \
                and not _subject_of_a_clause(doc, i, end):
            out = [m for m in out if m not in inside] + [Mention(i, end, "PRODUCT", 1.0, "rule")]
    return sorted(out, key=lambda m: m.start)


def _ship_name_end(doc: Doc, i: int, words: list[str]) -> int | None:
    """The end of a ship's name starting at token `i`, where what is around it says it is one; None if it is not."""
    lowers = lowers_of(doc)  # the words around read off the lists: no Token built for most capitalised words
    if not words[i][:1].isupper() or (i > 0 and words[i - 1][:1].isupper() and lowers[i - 1] != "the"):
        return None
    if i > 0 and _is_vessel_noun(doc, i - 1):
        end = _with_royal_place(doc, _capitalised_run_end(doc, i))
        return None if end is not None and _opens_as_a_person(doc, i, end, words) else end
    if i > 0 and lowers[i - 1] == "the":
        for line in SHIP_LINE_PREFIXES:
            after = i + len(line)
            if tuple(words[i:after]) == line and after < len(doc) and doc[after].is_title \
                    and doc[after].lower_ not in ORGANISATION_HEADS:
                end = _capitalised_run_end(doc, after)
                return end if end is not None and doc[end - 1].lower_ not in ORGANISATION_HEADS else None
        end = _capitalised_run_end(doc, i)
        if end is not None and end + 3 < len(doc) and doc[end].text == "," \
                and doc[end + 1].lower_ in ("the", "a", "an") \
                and any(_is_vessel_noun(doc, j) for j in range(end + 2, min(end + 5, len(doc)))):
            return end
    return None


# Tags of a finite verb: the one after a ship's name is its clause's, the main clause's where none follows.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# A monarch's title that opens a ship's name as often as a person's: "the liner Queen Mary 2".
_ROYAL_TITLES = frozenset({"queen", "king", "prince", "princess", "emperor", "empress", "duke", "duchess"})


def _opens_as_a_person(doc: Doc, start: int, end: int, words: list[str]) -> bool:
    """The name after a ship's noun opens with a person's title or with a given name before another word, and no ship's
    prefix or line does, and the main clause's verb does not follow: "The ferry Captain John Smith commanded ran
    aground", "The yacht Harry Styles chartered" (not "the tanker Dali", "the vessel MSC Aries", "the liner Queen Mary
    2", "The research vessel Sir David Attenborough docked")."""
    first = doc[start]
    if first.text in SHIP_PREFIXES or first.lower_ in _ROYAL_TITLES \
            or any(tuple(words[start:start + len(line)]) == line for line in SHIP_LINE_PREFIXES):
        return False
    if end < len(doc) and doc[end].tag_ in _FINITE_TAGS \
            and not any(t.tag_ in _FINITE_TAGS for t in doc[end + 1:doc[end].sent.end]):
        return False  # the main clause's subject: "The research vessel Sir David Attenborough docked in Liverpool"
    return first.lower_.rstrip(".") in ALL_TITLES or (end - start > 1 and is_given_name(first.text))


def _is_vessel_noun(doc: Doc, i: int) -> bool:
    """A lower-case noun of a merchant ship: "tanker", "container ship", "bulk carrier"."""
    word = words_of(doc)[i]
    if word not in VESSEL_NOUNS and word != "carrier":
        return False  # no Token built for the other words
    token = doc[i]
    return token.is_lower and (token.text in VESSEL_NOUNS
                               or token.text == "carrier" and i > 0 and doc[i - 1].lower_ in CARRIER_KINDS)


def _capitalised_run_end(doc: Doc, start: int) -> int | None:
    """The end of the capitalised words (or numbers) from `start`, at most `_SHIP_NAME_WORDS`; None if none."""
    end = start
    while end < len(doc) and end - start < _SHIP_NAME_WORDS and (doc[end].is_title or doc[end].is_upper
                                                                  and doc[end].is_alpha or doc[end].is_digit) \
            and (end == start or doc[end - 1].whitespace_):
        end += 1
    return end if end > start and not doc[start].is_digit else None


def _with_royal_place(doc: Doc, end: int | None) -> int | None:
    """The end of a ship's name past "of" and a place's capitalised word after a royal title that ends its run: "HMS
    Prince of Wales" (cut at "of" to "HMS Prince"); not past a title's "of" before a lower-case word or a second
    "the"."""
    if end is None or end + 1 >= len(doc) or doc[end].text != "of" or doc[end - 1].lower_ not in _ROYAL_TITLES:
        return end
    place = doc[end + 1]
    return end + 2 if place.is_title and place.is_alpha else end


def _subject_of_a_clause(doc: Doc, start: int, end: int) -> bool:
    """The name is the subject of a verb right after it in a relative clause: "the tanker Iran seized"."""
    after = doc[end] if end < len(doc) else None
    return after is not None and after.tag_ == "VBD" and doc[end - 1].dep_ == "nsubj" and after.dep_ == "relcl"


def speaks_at(doc: Doc, i: int) -> bool:
    """Token `i` is the subject of a verb of speech."""
    return doc[i].dep_ == "nsubj" and doc[i].head.lemma_ in SPEAKING_LEMMAS


# Words a law's number follows: "Senate Bill 8", "Proposition 22".
_BILL_WORDS = frozenset({"Bill", "Proposition", "Prop", "Measure", "Resolution"})


# Last words of the name of a county or its like: no person's ("Wayne County Prosecutor Kym Worthy": a person to the
# model, and "Wayne" a given name; not a club's, "Derby County", which the model calls an organisation).
_COUNTY_WORDS = frozenset({"County", "Parish", "Borough", "Township"})


def counties(mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the counties the model called people or places: places, whatever a given name in them votes; not a
    club's ("Derby County")."""
    return {m.key for m in mentions if m.label in ("PERSON", "GPE") and len(m.key) > 1
            and m.key[-1] in _COUNTY_KEYS and " ".join(m.key) not in COUNTY_CLUBS}


def county_clubs(mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the football clubs named "County" (see `COUNTY_CLUBS`), whatever the model called them: "Notts County
    were promoted" (a place to the model)."""
    return {m.key for m in mentions if " ".join(m.key) in COUNTY_CLUBS}


_COUNTY_KEYS = frozenset(word.lower() for word in _COUNTY_WORDS)


def airport_codes(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the three-letter codes the text writes right before "airport" ("JFK airport", "LAX International
    Airport"): the airport wherever the text names it ("flights to JFK": a person to the model). Not a body before an
    airport that qualifies another noun: "ICE airport arrests", "the NYPD airport unit"."""
    codes = {(_token_key(token),) for token in tokens_of(doc)[:-1] if token.is_upper and token.is_alpha
             and len(token) == 3 and _opens_airport(doc, token.i + 1)}
    return {m.key for m in mentions if m.key in codes}


def _opens_airport(doc: Doc, i: int) -> bool:
    """Token `i` opens "airport" or "International Airport", a name's head, not a modifier of another noun."""
    words = lowers_of(doc)
    if words[i] in ("international", "intl") and i + 1 < len(doc):
        i += 1
    return words[i] == "airport" and doc[i].dep_ != "compound"


def without_office(doc: Doc, m: Mention) -> Mention:
    """A county without the office the model took in: "Cook County State" of "Cook County State's Attorney"."""
    end = m.end
    if end - m.start > 2 and doc[end - 1].text == "State" and doc[end - 2].text in _COUNTY_WORDS \
            and end + 1 < len(doc) and doc[end].lower_ in POSSESSIVES and doc[end + 1].text == "Attorney":
        return Mention(m.start, end - 1, "GPE", m.weight, m.source)
    return m


def as_bill(doc: Doc, m: Mention) -> Mention:
    """"Bill" alone as a person after capitalised words that are no one's name is a bill's name: "the Finance Bill",
    "the Online Safety Bill" (not "Bill" after "Microsoft co-founder", nor "Bill" of "Bill Gates")."""
    if m.label != "PERSON" or m.end - m.start != 1 or doc[m.start].text != "Bill":
        return m
    start = m.start
    while start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start \
            and not is_given_name(doc[start - 1].text) and doc[start - 1].lower_ not in ALL_TITLES \
            and doc[start - 1].lower_ not in _BEFORE_A_BILL_NAMED:
        start -= 1
    return Mention(start, m.end, "LAW", m.weight, m.source) if start < m.start else m


# What stands between the parties of a court case: "SEC v. Jarkesy", "Roe vs. Wade".
_CASE_SEPARATORS = frozenset({"v", "v.", "vs", "vs."})
def _crown_party_start(doc: Doc, i: int) -> int | None:
    """Where the Crown's party opens before the "v" at doc[i], in an English criminal case or judicial review: "R" of
    "R v Brown", "R (Miller) v Secretary of State" (a claimant's name in brackets after it); None if no "R" is."""
    r = i - 1
    if i > 2 and doc[i - 1].text == ")":
        r = next((j - 1 for j in range(i - 2, max(i - 8, 0), -1) if doc[j].text == "("), -1)
    # "R" alone, after no word of a name: not "Team R v Team B".
    if r < 0 or doc[r].text != "R" or (r > 0 and not (doc[r - 1].is_punct or doc[r - 1].is_stop)):
        return None
    # English reports write the Crown's "v" alone, in a text about law: not "R vs Python", "R v PG-13 ratings".
    if doc[i].lower_ not in ("v", "v.") or not {t.lemma_.lower() for t in doc} & _CROWN_CASE_WORDS:
        return None
    return r


def _opens_a_department(doc: Doc, end: int) -> bool:
    """Small words before a capitalised word that go on naming the Crown's other party: "for the" of "Secretary of
    State for the Home Department" (a party of more words than a surname: not "R v Smith for the Court of Appeal")."""
    return end + 2 < len(doc) and doc[end].lower_ in ("for", "of") and doc[end + 1].lower_ == "the" \
        and doc[end + 2].text[:1].isupper() and not doc[end + 2].is_sent_start


# Words of a text that make "R v X" in it the Crown's case, not a choice between a letter and a name ("R v Python"),
# by their lemmas.
_CROWN_CASE_WORDS = frozenset({"court", "judge", "jury", "trial", "appeal", "case", "judgment", "ruling", "rule",
                               "lords", "justice", "crown", "defence", "prosecution", "conviction", "precedent", "law",
                               "legal", "claimant", "defendant"})
# Words of a sentence that make "X v. Y" in it a court case, not a match ("Arsenal v Chelsea"), by their lemmas.
# ("verdict" and "judge" are a fight's too.)
_COURT_WORDS = frozenset({"court", "justice", "lawsuit", "ruling", "precedent", "plaintiff", "defendant", "litigation"})
# Words of a match in the sentence, whose "ruling" is a referee's: "The VAR ruling in Liverpool v Tottenham".
_MATCH_WORDS = frozenset({"var", "referee", "umpire", "fan", "goal", "penalty", "striker", "kick-off", "league"})
# Contests a "v." names, not cases: "a Biden v. Trump rematch", "the Arsenal v Chelsea match".
_CONTESTS = frozenset({"match", "rematch", "game", "fight", "bout", "clash", "debate", "race", "contest", "showdown",
                       "tie", "fixture", "final", "derby", "matchup"})
# Words right before a case's name that make it one: "the decision in Roe v. Wade", "the case Loper Bright v. ...".
_CASE_WORDS = frozenset({"case", "decision", "judgment", "judgement"})
# The parties a case's name leaves unnamed after the first, before its "v": "X and Others v Y", "X & Ors v Y".
_OTHER_PARTIES = frozenset({"Others", "Another", "Ors", "Anor"})


_BILL_NUMBER = re.compile(r"\d{1,5}")


def with_bill_numbers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bill's letters and number as one law, in place of what the model made of them: "SB 1047" was a date "1047",
    "HB 1557 last year" one date, "H.R. 815" a body "H.R." (the rest of an overlapping span is kept: "last year").
    Not letters that end a firm's name of the model's, its legal form: "Volvo AB 2023 results"."""
    words = words_of(doc)
    firms_ends = {m.end - 1 for m in mentions if m.label == "ORG" and m.end - m.start > 1}
    bills = [Mention(i, i + 2, "LAW", 1.0, "rule") for i, word in enumerate(words[:-1])
             if word in BILL_LETTERS and _BILL_NUMBER.fullmatch(words[i + 1]) and i not in firms_ends
             and not _firms_form_before_a_year(doc, i)]
    if not bills:
        return mentions
    kept: list[Mention] = []
    for m in mentions:
        bill = next((b for b in bills if m.start < b.end and b.start < m.end), None)
        if bill is None:
            kept.append(m)
        elif m.end > bill.end and m.start >= bill.start:
            kept.append(Mention(bill.end, m.end, m.label, m.weight, m.source))  # "last year" of "1557 last year"
    return sorted(kept + bills, key=lambda m: m.start)


# Heads of a statute's name that a bracketed part may stand before: "the Citizenship (Amendment) Act".
_STATUTE_HEADS = frozenset({"Act", "Bill", "Ordinance"})
# Small words inside a statute's name, between its capitalised words: "Relief and Accountability", "Prevention of".
_STATUTE_SMALL_WORDS = frozenset({"and", "of", "for", "on", "from", "to", "in"})
# The most words a statute's bracketed part holds: "(Relief and Accountability)", "(Prevention of Atrocities)".
_MOST_BRACKETED_WORDS = 6


def with_bracketed_statutes(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A statute's name with a bracketed part as one law, in place of the pieces the model made of it: "Citizenship
    (Amendment) Act" was the bodies "Citizenship", "Amendment" and "Act", "Online Safety (Relief and Accountability)
    Bill" two bodies and a person "Bill". Only capitalised words before the bracket and inside it."""
    laws = [law for i, word in enumerate(words_of(doc)) if word == "(" and (law := _bracketed_statute(doc, i))
            and not _opens_a_named_person(doc, law.end - 1, mentions)]
    if not laws:
        return mentions
    inside = {i for law in laws for i in range(law.start, law.end)}
    kept = [m for m in mentions if not inside.intersection(range(m.start, m.end))]
    return sorted(kept + laws, key=lambda m: m.start)


def _bracketed_statute(doc: Doc, opening: int) -> Mention | None:
    """The statute whose bracketed part opens at doc[opening], from its first capitalised word to its head."""
    closing = next((j for j in range(opening + 1, min(opening + _MOST_BRACKETED_WORDS + 2, len(doc)))
                    if doc[j].text == ")"), None)
    if closing is None or closing == opening + 1 or closing + 1 >= len(doc) \
            or doc[closing + 1].text not in _STATUTE_HEADS \
            or not all(_statute_word(doc[j]) for j in range(opening + 1, closing)) \
            or not doc[opening + 1].is_title:
        return None
    start = opening
    while start > 0 and (_capitalised_statute_word(doc[start - 1])
                         or (doc[start - 1].lower_ in _STATUTE_SMALL_WORDS and start > 1
                             and _capitalised_statute_word(doc[start - 2]))):
        start -= 1
        if doc[start].is_sent_start:
            break
    if start == opening:
        return None  # "the plan (Amendment) Act": no name before the bracket
    return Mention(start, closing + 2, "LAW", 1.0, "rule")


# Most words of a statute's name before its "Act": "Digital Markets, Competition and Consumers Act".
_MOST_STATUTE_WORDS = 8


def with_statutes_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A statute named by two or more capitalised words and "Act" after "the" (a word between maybe), which the model
    missed or cut: "The Digital Services Act requires" had no entity, "the new Digital Markets, Competition and
    Consumers Act" was the body "Digital Markets". Not one word before "Act" ("the Riot Act", "a Class Act"), nor a
    name the model ran on past the "Act"."""
    if "Act" not in words_of(doc):
        return mentions
    laws = [law for i, word in enumerate(words_of(doc)) if word == "Act" and (law := _statute_before(doc, i))
            and not any(m.start < law.end < m.end or m.start < law.start < m.end for m in mentions)]
    if not laws:
        return mentions
    kept = [m for m in mentions if not any(law.start <= m.start and m.end <= law.end for law in laws)]
    return sorted(kept + [_without_places_letters(doc, law) for law in laws], key=lambda m: m.start)


# Labels of the model's mention of the owner's word before "'s Law" that make it a place's or a people's law, not a
# person's: "Britain's Law" (a statute named for someone is "Awaab's Law", "Clare's Law").
_PLACES_LABELS = frozenset({"GPE", "LOC", "NORP"})


def with_laws_named_for_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A law named for a person, one capitalised word, "'s" and "Law", as one law in place of what the model made of
    it: "Awaab's Law" was the person "Awaab" and the body "Law", "Clare's Law" the body "Clare" and the person "Law",
    "Martyn's Law" a body. Not a body named by "Law" and a capitalised word after it ("Scotland's Law Society"), nor a
    place's ("Britain's Law")."""
    if "Law" not in words_of(doc):
        return mentions
    laws = [law for i, word in enumerate(words_of(doc)) if word == "Law" and (law := _law_named_for(doc, i, mentions))]
    if not laws:
        return mentions
    kept = [m for m in mentions if not any(law.start <= m.start and m.end <= law.end for law in laws)]
    return sorted(kept + laws, key=lambda m: m.start)


# Nouns after "<Name>'s Law" of lawyers or a law school, whose owner is a firm or university: "Goldman's Law team",
# "Cornell's Law faculty" (not a statute named for a person).
_LAW_PRACTICE_NOUNS = frozenset({"team", "teams", "firm", "firms", "school", "faculty", "department", "practice",
                                 "practices", "professor", "professors", "student", "students", "graduates", "partner",
                                 "partners", "clinic", "division", "unit", "society"})


def _law_named_for(doc: Doc, i: int, mentions: list[Mention]) -> Mention | None:
    """The law "<Name>'s Law" whose "Law" is doc[i], or None."""
    if i < 2 or doc[i - 1].lower_ not in ("'s", "’s") or doc[i - 2].whitespace_ or not doc[i - 2].is_title \
            or not doc[i - 2].is_alpha or (i + 1 < len(doc) and (doc[i + 1].is_title
                                                                 or doc[i + 1].lower_ in _LAW_PRACTICE_NOUNS)):
        return None
    start, end = i - 2, i + 1
    for m in mentions:
        if m.start < end and start < m.end:
            if m.start < start or m.end > end:
                return None  # a longer name of the model's runs through it: "the St Clare's Law Centre"
            if m.start == start and m.label in _PLACES_LABELS and not is_given_name(doc[start].text):
                return None  # "Britain's Law", "Ireland's Law": a place's
    return Mention(start, end, "LAW", 1.0, "rule")


# Letters of a body of states before a statute's name, no word of it: "the EU Digital Markets Act".
_UNIONS_LETTERS = frozenset({"EU"})


def _without_places_letters(doc: Doc, law: Mention) -> Mention:
    """The statute without the letters of the place or union that made it, opening it before two capitalised words or
    more: "the UK [Illegal Migration Act]", "the US [Inflation Reduction Act]" (not "the US CHIPS Act", no other
    word before "Act" but letters)."""
    first = doc[law.start]
    if first.is_upper and (first.text in _UNIONS_LETTERS or _in_gazetteer(first.text)) \
            and sum(_capitalised_statute_word(t) for t in doc[law.start + 1:law.end]) >= 3 \
            and any(t.is_title for t in doc[law.start + 1:law.end - 1]):
        return replace(law, start=law.start + 1)
    return law


# Words before "Act" of a feat or a show, no statute's: "the Ultimate Balancing Act" (a headline's title case), "the
# Great Vanishing Act", "the High Wire Act".
_ACT_OF_A_FEAT = frozenset({"balancing", "juggling", "vanishing", "disappearing", "tightrope", "wire", "double",
                            "class", "sister", "circus", "comedy", "magic"})


# Words a statute's name follows: "the", or its maker's possessive ("the EU's Digital Markets Act", a body to the
# model).
_STATUTE_DETERMINERS = frozenset({"the", "'s", "’s"})


def _statute_before(doc: Doc, head: int) -> Mention | None:
    """The statute ending in the "Act" at doc[head] after "the" and its capitalised words, None where none is (nor a
    feat's "Balancing Act")."""
    if head > 0 and doc[head - 1].lower_ in _ACT_OF_A_FEAT:
        return None
    start, capitals, titled = head, 0, 0
    while start > 0 and head - start < _MOST_STATUTE_WORDS:
        before = doc[start - 1]
        if _capitalised_statute_word(before) and not before.is_sent_start:
            capitals += 1
            titled += before.is_title
        elif not ((before.lower_ in _STATUTE_SMALL_WORDS or before.text == ",") and start > 1
                  and _capitalised_statute_word(doc[start - 2]) and capitals):
            break
        start -= 1
    if capitals < 2 or start == 0 or not (titled or _places_letters_before_acronyms(doc, start, head)):
        return None  # letters alone are a body's or a place's: "the SEC FCA Act"
    article = start - 1 if doc[start - 1].lower_ in _STATUTE_DETERMINERS else start - 2
    if article < 0 or doc[article].lower_ not in _STATUTE_DETERMINERS \
            or (article < start - 1 and not doc[start - 1].is_lower):
        return None
    end = head + 2 if head + 1 < len(doc) and re.fullmatch(r"(?:19|20)\d\d", doc[head + 1].text) else head + 1
    return Mention(start, end, "LAW", 1.0, "rule")


def _places_letters_before_acronyms(doc: Doc, start: int, head: int) -> bool:
    """A statute's name in capitals alone that opens with its maker's letters ("EU", "US") and names it by an acronym
    of two letters or more before its "Act": "the EU AI Act", "The US CHIPS Act" (no entity, an organisation)."""
    first = doc[start]
    return head - start == 2 and first.is_upper and (first.text in _UNIONS_LETTERS or _is_country_or_state(
        (first.lower_,))) and doc[start + 1].is_upper and len(doc[start + 1]) > 1


def _opens_a_named_person(doc: Doc, head: int, mentions: list[Mention]) -> bool:
    """The statute's head "Bill" opens the model's person of a given name and a surname, as a list of names and their
    bracketed parties or clubs writes it: "Jane Smith (Labour) [Bill Jones] (Conservative)" (not "Bill Committee")."""
    return doc[head].text == "Bill" and any(
        m.start == head and m.label == "PERSON" and m.end - m.start >= 2
        and doc[head + 1].lower_ not in ORGANISATION_HEADS for m in mentions)


def _statute_word(token: Token) -> bool:
    """A word of a statute's bracketed part: capitalised, or a small word between them ("and", "of")."""
    return (token.is_title and token.is_alpha) or token.lower_ in _STATUTE_SMALL_WORDS


def _capitalised_statute_word(token: Token) -> bool:
    """A capitalised word of a statute's name before its bracket, no article ("The") opening a sentence; or one in
    capitals, an acronym the name is known by ("the CHIPS and Science Act")."""
    return (token.is_title or token.is_upper and len(token) > 1) and token.is_alpha \
        and not (token.is_stop and token.is_sent_start)


# A Swedish firm's legal form, and a year after it: "Investor AB 2023 net asset value" (the model's firm or not).
_LEGAL_FORM_LETTERS = frozenset({"AB", "A.B."})
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


def _firms_form_before_a_year(doc: Doc, i: int) -> bool:
    """doc[i] is "AB" after a capitalised word of a name (no function word: "Under AB 5") and before a year: the
    firm's legal form ("Investor AB 2023 results"), no bill."""
    before = doc[i - 1] if i else None
    return doc[i].text in _LEGAL_FORM_LETTERS and _YEAR_NUMBER.fullmatch(doc[i + 1].text) is not None \
        and before is not None and before.is_alpha and before.text[0].isupper() and not before.is_stop


def with_case_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A court case's name as one name, a law, in place of its parties: "The justices ruled in SEC v. Jarkesy" (not
    the firm "SEC" and a firm "Jarkesy", whose votes would go to the man named after), "Loper Bright Enterprises v.
    Raimondo". Only where the sentence speaks of a court or the case: "Arsenal v Chelsea" is a match."""
    cases: list[Mention] = []
    for i, lower in enumerate(lowers_of(doc)):
        if lower in _CASE_SEPARATORS and (case := _case_at(doc, i)) is not None \
                and not (cases and case.start < cases[-1].end):  # "Smith v. Jones v. Brown" is one case, not two
            cases.append(case)
    if not cases:
        return mentions
    inside = {i for case in cases for i in range(case.start, case.end)}
    kept = [m for m in mentions if not inside.intersection(range(m.start, m.end))]
    return sorted(kept + cases, key=lambda m: m.start)


def _case_at(doc: Doc, i: int) -> Mention | None:
    """The case named around the "v." at doc[i], where the text speaks of a court or of the case."""
    def party_word(j: int) -> bool:
        return doc[j].text[:1].isupper() and not doc[j].is_punct and not doc[j].is_stop and not doc[j].is_sent_start \
            and doc[j].ent_type_ not in ("DATE", "TIME")  # not "Friday" of "overturned Roe v. Wade Friday"

    def opening_word(j: int, inside: int) -> bool:
        """A capitalised small word opening a party's name before a word of it, which the parser may have taken for a
        sentence's start after "v": "For" of "For Women Scotland Ltd", "The" of "v The Scottish Ministers"."""
        return doc[j].is_stop and doc[j].is_title and 0 <= inside < len(doc) and party_word(inside) \
            and (not doc[j].is_sent_start or j == i + 1)

    start, end = i, i + 1
    crown = _crown_party_start(doc, i)
    if crown is not None:
        start = crown  # "R v Brown", "R (Miller) v The Prime Minister": the Crown's case, whatever the sentence says
    elif i > 2 and doc[i - 1].text in _OTHER_PARTIES and doc[i - 2].lower_ in ("and", "&"):
        start = i - 2  # "Verein KlimaSeniorinnen Schweiz and Others v Switzerland": the named party before them
    parties_end = start if crown is None else i  # the Crown's case has its party ("R") already
    while crown is None and start > 0 and (party_word(start - 1) or _is_legal_form(doc[start - 1])
                         or (opening_word(start - 1, start) and start < i)
                         or (doc[start - 1].is_sent_start and not doc[start - 1].is_stop
                             and doc[start - 1].text[:1].isupper())):
        start -= 1
        if doc[start].is_sent_start:
            break
    if end < len(doc) and opening_word(end, end + 1):
        end += 1
    # Not over an "and" to the next case: "Plessy v. Ferguson and Brown v. Board of Education".
    while end < len(doc) and (party_word(end) or (doc[end].lower_ in NAME_SMALL_WORDS - {"and"} | {"'s", "’s"}
                                                  and end + 1 < len(doc) and party_word(end + 1))
                              or (crown is not None and end - i > 2 and _opens_a_department(doc, end))):
        end += 1  # "Dobbs v. Jackson Women's Health Organization"
    if start == parties_end or end == i + 1 or (end < len(doc) and doc[end].lower_ in _CONTESTS):
        return None  # not "a Biden v. Trump rematch", a contest
    if crown is not None:
        return Mention(start, end, "LAW", 1.0, "rule")
    sentence = doc[i].sent
    # Both sentences where the parser split the name at its "v": "In For Women Scotland Ltd v" | "The Scottish ...".
    lemmas = {t.lemma_.lower() for t in sentence} | {t.lemma_.lower() for t in doc[end - 1].sent}
    court = (bool(lemmas & _COURT_WORDS) and not lemmas & _MATCH_WORDS) \
        or any(t.lower_ in _CASE_WORDS for t in doc[max(sentence.start, start - 2):start])
    return Mention(start, end, "LAW", 1.0, "rule") if court else None


# Words before "Bill" the man: kin, callings and nicknames ("Father Bill", "Uncle Bill", "Big Bill").
_BEFORE_A_BILL_NAMED = frozenset({"father", "brother", "uncle", "cousin", "grandpa", "grandfather", "pastor", "deacon",
                                  "friar", "big", "little", "old", "young", "wild", "coach", "mister"})


def is_tax_band(doc: Doc, m: Mention) -> bool:
    """"Band" of a council tax band ("the Band D charge"): no name."""
    return m.end - m.start == 1 and doc[m.start].text == "Band" and m.end < len(doc) \
        and len(doc[m.end].text) == 1 and doc[m.end].text in "ABCDEFGHI"


# Words for a councillor, whose ward British copy writes in brackets after the name: "Cllr Kate Halliday (Belle Vue)".
_COUNCILLORS = frozenset({"cllr", "cllr.", "councillor", "councilor", "alderman", "alderwoman"})


def wards_of_councillors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name in brackets right after a councillor's name is the ward they represent, a place: "Belle Vue" of "Cllr
    Kate Halliday (Belle Vue) said" (a person to the model, who then spoke)."""
    councillors = {m.end for m in mentions if m.label == "PERSON" and m.start > 0
                   and (doc[m.start - 1].lower_ in _COUNCILLORS or doc[m.start].lower_ in _COUNCILLORS)}
    return [replace(m, label="GPE") if m.label in ("PERSON", "ORG") and m.start - 1 in councillors
            and doc[m.start - 1].text == "(" and m.end < len(doc) and doc[m.end].text == ")" else m
            for m in mentions]


# Words before an address's street: "of Chorley New Road, Bolton", "their house in Newton Street, Millom".
_ADDRESS_BEFORE = frozenset({"of", "in", "on", "at", "from"})


# Words joining the parts of a town's name between hyphens: "Stoke-on-Trent", "Newcastle-upon-Tyne",
# "Weston-super-Mare", "Chester-le-Street", "Ashby-de-la-Zouch", "Stow-on-the-Wold".
_TOWN_JOINS = frozenset({"on", "upon", "under", "super", "le", "la", "de", "en", "sur", "the"})
_FIRST_TOWN_JOINS = _TOWN_JOINS - {"the", "la"}
# The model's labels of a whole town's name that a town placed so has not ("played at Chester-le-Street").
_NO_TOWN_LABELS = frozenset({"ORG", "FAC", "PERSON"})
# First words of a landmark's hyphenated name, a church of Our Lady ("Notre-Dame-de-Paris", a cathedral).
_LANDMARK_FIRST_WORDS = frozenset({"notre"})
# Words before a saint's given name in a town's name ("Saint-Jean-de-Luz").
_SAINTS_WORDS = frozenset({"saint", "sainte", "st"})


def hyphenated_towns(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A town named by capitalised words joined by hyphens and a joining word as one place: "Stoke-on-Trent", which the
    model left out, cut at a hyphen ("Newcastle" of "Newcastle-upon-Tyne", the person "Tyne") or took whole for a
    building or a person where it stands as a town ("played at Chester-le-Street" was a building); a longer name
    holding it keeps its label ("Stoke-on-Trent City Council")."""
    lowers = lowers_of(doc)
    for i in [i for i, word in enumerate(lowers) if word in _FIRST_TOWN_JOINS and 1 < i < len(lowers) - 2]:
        span = _hyphenated_town_at(doc, i)
        if span is None:
            continue
        start, end = span
        inside = [m for m in mentions if m.start < end and start < m.end]
        exact = next((m for m in inside if m.start == start and m.end == end), None)
        if exact is not None and exact.label in _NO_TOWN_LABELS and _placed_as_a_town(doc, start, end, mentions) \
                and not _names_a_landmark(doc, start, end):
            mentions = [replace(m, label="GPE") if m is exact else m for m in mentions]
            continue
        if any(m.start <= start and end <= m.end for m in inside):
            continue
        longer = [m for m in inside if m.start < start or end < m.end]
        if not longer and not _placed_as_a_town(doc, start, end, mentions):
            continue
        label = longer[0].label if longer else "GPE"
        town = Mention(min([start, *(m.start for m in inside)]), max([end, *(m.end for m in inside)]), label, 1.0,
                       "rule")
        mentions = sorted([m for m in mentions if m not in inside] + [town], key=lambda m: m.start)
    return mentions


# Words before a town's name that place something in it ("Police in Southend-on-Sea", "a man from Newcastle-upon-Tyne")
# and words after it of the bodies it names ("Stoke-on-Trent City Council"): a compound of common words joined so
# ("known as Green-on-Blue attacks", "The Tour-de-France route", "The Coup-de-Grâce came") has neither.
_TOWN_BEFORE = frozenset({"in", "of", "from", "at", "near", "to", "into", "outside", "around", "across", "between",
                          "via", "toward", "towards"})
_TOWN_BODY_AFTER = ORGANISATION_HEADS | {"city", "borough", "town", "county", "central", "district"}
# Who comes from a town, after it in "a Stoke-on-Trent man was jailed".
_TOWN_LOCALS = frozenset({"man", "woman", "boy", "girl", "teenager", "couple", "family", "mother", "father",
                          "pensioner", "resident", "driver", "firm", "company", "business", "mp", "councillor"})


def _names_a_landmark(doc: Doc, start: int, end: int) -> bool:
    """The hyphenated name doc[start:end] is a landmark's the model took whole, not a town's: a church of Our Lady
    ("prayed at Notre-Dame-de-Paris") or one holding a person's name with its particle, as airports and schools are
    named ("landed at Charles-de-Gaulle", "Paris-Charles-de-Gaulle"); not a saint's ("Saint-Jean-de-Luz", a town)."""
    if doc[start].lower_ in _LANDMARK_FIRST_WORDS:
        return True
    return any(is_given_name(doc[k].text) and doc[k + 2].lower_ == "de"
               and not (k >= start + 2 and doc[k - 2].lower_ in _SAINTS_WORDS) for k in range(start, end - 2, 2))


def _placed_as_a_town(doc: Doc, start: int, end: int, mentions: list[Mention]) -> bool:
    """The hyphenated words doc[start:end] stand where a town does: after a place's preposition, before a body's word,
    between "a" and a local ("a Stoke-on-Trent man"), between an address's commas ("Hillside Avenue, Stoke-on-Trent,
    admitted"), after "and" or "or" that follows a place ("Henley-on-Thames and Stratford-upon-Avon"), or opening a
    line before a colon, as a results list names each match's ground ("Chester-le-Street : Glamorgan 259")."""
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    if after == ":" and (start == 0 or "\n" in doc[start - 1].text_with_ws):
        return True
    if before in _TOWN_BEFORE or after in _TOWN_BODY_AFTER or (before in ("a", "an") and after in _TOWN_LOCALS):
        return True
    if before == "," and after in (",", ".", ""):
        return True
    return before in ("and", "or") and any(m.end == start - 1 and m.label in ("GPE", "LOC") for m in mentions)


def _hyphenated_town_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """The tokens of a town's name whose first joining word is doc[i]: capitalised words before and after, all glued
    by hyphens; not "Tory-on-Tory", one word twice."""
    if not (doc[i].is_lower and is_glued_hyphen(doc[i - 1]) and is_glued_hyphen(doc[i + 1])):
        return None
    start = i - 2
    while start > 1 and is_glued_hyphen(doc[start - 1]) and doc[start - 2].is_title and doc[start - 2].is_alpha:
        start -= 2
    end = i + 2
    while end + 1 < len(doc) and doc[end].lower_ in _TOWN_JOINS and doc[end].is_lower \
            and is_glued_hyphen(doc[end + 1]):
        end += 2
    first, last = doc[start], doc[end] if end < len(doc) else None
    if last is None or not (first.is_title and first.is_alpha and last.is_title and last.is_alpha) \
            or first.lower_ == last.lower_:
        return None
    return start, end + 1


def towns_of_addresses(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name between commas right after an address's street is the town of the address: "Bolton" of "Kevin Doyle,
    34, of Chorley New Road, Bolton, was charged" (a person to the model); not a list's next name ("Nominees include
    Glenn Close, Meryl Streep, ...")."""
    streets = {m.end for m in mentions if m.label in NAME_LABELS and m.end - m.start > 1
               and doc[m.end - 1].lower_ in STREET_HEADS and doc[m.end - 1].is_title and m.start > 0
               and (doc[m.start - 1].lower_ in _ADDRESS_BEFORE or doc[m.start - 1].like_num)}
    return [replace(m, label="GPE") if m.label in ("PERSON", "ORG") and m.start - 1 in streets
            and doc[m.start - 1].text == "," and m.end < len(doc) and doc[m.end].text in (",", ".") else m
            for m in mentions]


def towns_of_signatures(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name in the place of a letter's signature is the writer's town: "Skipton" of "Margaret Holloway, Skipton,
    North Yorkshire", "Derby" on the line under "Peter Achebe" (a person or a firm to the model)."""
    places = signature_place_spans(text_of(doc))
    if not places:
        return mentions
    tokens = tokens_of(doc)
    return [replace(m, label="GPE") if m.label in ("PERSON", "ORG") and any(
        start <= tokens[m.start].idx and tokens[m.end - 1].idx + len(tokens[m.end - 1]) <= end for start, end in places)
        else m for m in mentions]


def without_headline_objects(doc: Doc, mentions: list[Mention], nouns: frozenset[str]) -> list[Mention]:
    """Not the model's person after a verb in title case, a headline's ("Halvorsen Robotics Announces Record
    Fourth-Quarter Results"): what was announced, when its last word is a common noun and its first no given name
    ("Apple Hires Tim Cook" names him)."""
    return [m for m in mentions
            if not (m.label == "PERSON" and m.start > 0 and doc[m.start - 1].tag_ == "VBZ"
                    and doc[m.start - 1].is_title and not _starts_sentence(doc, m.start - 1)
                    and not is_given_name(doc[m.start].text)
                    and {doc[m.end - 1].lower_, doc[m.end - 1].lemma_.lower()} & nouns)]


# Words before "in" and a journal's name that say it publishes: "published in Science", "a paper in Cell".
_PUBLISHED_WORDS = frozenset({"published", "publish", "publishes", "appeared", "appears", "paper", "papers", "study",
                              "studies", "article", "articles", "report", "reported", "reports", "research", "letter"})


def journals_named_by_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A journal named by an ordinary word ("Nature", "Science", "Cell") after a word of publishing and "in", or after
    "journal": an organisation, as the model labels "The Lancet", whatever it made of the word ("published in
    Science" was a work of art, "a paper in Cell" nothing). Not the word elsewhere: "Science has shown"."""
    if JOURNALS_NAMED_BY_WORDS.isdisjoint(words_of(doc)):
        return mentions
    cued = {i for i, token in enumerate(tokens_of(doc))
            if token.text in JOURNALS_NAMED_BY_WORDS and _cues_a_journal(doc, i)}
    out = [replace(m, label="ORG") if m.end - m.start == 1 and m.start in cued else m for m in mentions]
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out += [Mention(i, i + 1, "ORG", 1.0, "rule") for i in sorted(cued - covered)]
    return sorted(out, key=lambda m: m.start)


def _cues_a_journal(doc: Doc, i: int) -> bool:
    """Token `i` follows "journal", or "in" after a word of publishing ("published in", "a study in")."""
    before = doc[i - 1].lower_ if i > 0 else ""
    if before in ("journal", "journals"):
        return True
    return before == "in" and i > 1 and doc[i - 2].lower_ in _PUBLISHED_WORDS


# Styles of Britain's jails before their names: "HMP Barlinnie", "HM Prison Wandsworth", "HMYOI Feltham".
_JAIL_STYLES = (("HMP",), ("HMYOI",), ("HM", "Prison"), ("HM", "Young", "Offender", "Institution"))
# Bodies of that style that are no jail: "HM Prison Inspectorate", "HM Prisons Inspectorate".
_JAIL_BODY_WORDS = frozenset({"inspectorate", "inspectorates"})
# Words of a jail's name at most: "HMP Wormwood Scrubs", "HMP Long Lartin".
_JAIL_NAME_WORDS = 3


def jails(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Britain's jails by their style and name, one building (FAC) with the style: "HMP Barlinnie" (a person to the
    model), "HM Prison Wandsworth" (a person "Prison Wandsworth"); not the service of that style ("HM Prison and
    Probation Service"), whose next word is no name."""
    words = words_of(doc)
    out = list(mentions)
    for i, word in enumerate(words):
        if word not in ("HMP", "HMYOI", "HM"):
            continue  # most tokens: no tuple built
        style = next((s for s in _JAIL_STYLES if tuple(words[i:i + len(s)]) == s), None)
        if style is None:
            continue
        start = i + len(style)
        end = start
        while end < len(doc) and end - start < _JAIL_NAME_WORDS and doc[end].is_title and doc[end].is_alpha \
                and doc[end].lower_ not in ORGANISATION_HEADS and doc[end].lower_ not in ALL_TITLES \
                and doc[end].lower_ not in _JAIL_BODY_WORDS:
            end += 1  # not into its governor's title and name: "HMP Pentonville Governor Ian Blakeman"
        inside = [m for m in out if m.start < end and i < m.end]
        if end > start and all(i <= m.start and m.end <= end and m.label in NAME_LABELS for m in inside):
            out = [m for m in out if m not in inside] + [Mention(i, end, "FAC", 1.0, "rule")]
    return sorted(out, key=lambda m: m.start)
