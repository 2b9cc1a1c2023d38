"""Organisations and places the model split or read as people: bodies joined over "of", "for" or
"and", names ending in a country, places named after people."""
from __future__ import annotations

import re
from collections.abc import Set

from spacy.tokens import Doc, Token

from services.nlp.doctext import lowers_of, span_of, span_text, text_of, tokens_of
from services.nlp.entities.cleaning.numbers import CALENDAR_WORDS
from services.nlp.entities.cleaning.splitting import numbers_a_military_unit
from services.nlp.entities.cleaning.titles import AGENT_ENDINGS
from services.nlp.entities.gazetteer import _in_gazetteer, _is_country_name, _is_known_organisation
from services.nlp.entities.headlines import title_case_lines
from services.nlp.entities.mentions import HONORED, Mention, _singulars
from services.nlp.entity_rules import (
    DEMONYMS,
    GOVERNMENT_BODY_WORDS,
    HONORIFICS,
    MILITARY_UNITS,
    NAME_LABELS,
    NAME_SMALL_WORDS,
    ORGANISATION_HEADS,
    PARTY_WORDS,
    PEERAGES,
    PEOPLES_WORDS,
    POSSESSIVES,
    SPEAKING_LEMMAS,
    US_STATES,
    WELL_KNOWN_FIRMS,
)
from services.nlp.given_names import is_given_name

# People a place's name describes after "a" in crime and court copy: "A Manchester man", "a Leeds teenager".
_RESIDENT_NOUNS = frozenset({"man", "woman", "boy", "girl", "teenager", "teen", "pensioner", "couple", "mother",
                             "father", "mum", "dad", "grandmother", "grandfather", "schoolboy", "schoolgirl"})


# ... and people a place's name tells where they come from after "from": "a fan from Kent" (not "a Leeds fan").
_COMING_FROM_NOUNS = _RESIDENT_NOUNS | {"fan", "supporter", "resident", "voter", "student", "farmer", "worker"}


def is_home_town_of_a_resident(doc: Doc, m: Mention, adjectives: Set[str] = frozenset()) -> bool:
    """The model's one-word product, firm or person is a town the gazetteer knows between "a" and a person's noun:
    "A Manchester man has been jailed", "a Leeds woman" (a product to the model); not "a Leeds fan", a club's. After
    an age any one word is: "A 34-year-old Dayton man" (an organisation to the model). So is one after "a" or "an", a
    person's noun and "from": "a fan from Kent" (a person to the model)."""
    i = m.start
    if _comes_from(doc, m):
        return _in_gazetteer(doc[i].text)
    if not (m.label in ("PRODUCT", "ORG", "PERSON") and m.end - i == 1 and 0 < i and m.end < len(doc)
            and doc[m.end].lower_ in _RESIDENT_NOUNS and doc[i].is_title and not _is_country_name(doc[i].text)):
        return False
    if doc[i - 1].lower_ in ("a", "an"):
        return _in_gazetteer(doc[i].text)
    # "A 34-year-old Dayton man": between an age and a resident's noun the word is a town, known or not; not a
    # people's adjective ("A 27-year-old Latino man", "A 71-year-old Sikh man", the model's firm or person).
    return _after_an_age(doc, i) and doc[i].is_alpha and doc[i].lower_ not in PEOPLES_WORDS \
        and doc[i].lower_ not in _BODY_WORDS and doc[i].lower_ not in adjectives  # "A 33-year-old Navy man": a body's


def _comes_from(doc: Doc, m: Mention) -> bool:
    """The model's one-word person or firm follows "a", a person's noun and "from": "a fan from Kent" (not "a letter
    from Grace", no one's noun; nor "a fan from Kent's", an owner)."""
    i = m.start
    return m.label in ("PERSON", "ORG") and m.end - i == 1 and i >= 3 and doc[i].is_title and doc[i].is_alpha \
        and doc[i - 1].lower_ == "from" and doc[i - 2].lower_ in _COMING_FROM_NOUNS \
        and doc[i - 3].lower_ in ("a", "an", "one", "another") \
        and not (m.end < len(doc) and doc[m.end].tag_ == "POS")


# Works named after the place they stand at ("the Susquehanna nuclear plant", "the Imouraren uranium mine"), and the
# lower-case words of what they make or mine, written between the place's name and the works' noun. An oil or gas
# concession is a "block" ("the Stabroek block"), a river's works a "dam".
_WORKS_NOUNS = frozenset({"plant", "plants", "mine", "mines", "reactor", "reactors", "refinery", "smelter", "dam",
                          "block"})
# ... a field only after its kind: "the Leviathan gas field" (not "the Smith field", a person's).
_FIELD_NOUNS = frozenset({"field", "fields"})
_WORKS_KINDS = frozenset({"nuclear", "power", "uranium", "copper", "gold", "coal", "gas", "oil", "lithium", "iron",
                          "ore", "nickel", "cobalt", "phosphate", "potash", "zinc", "bauxite", "diamond", "steel",
                          "aluminium", "aluminum", "hydroelectric", "desalination", "fertiliser", "fertilizer",
                          "thermoelectric", "hydropower", "geothermal", "offshore"})
# Works' kinds that name what the works make, not only where: before them a place's or a person's name of a few
# words is the works' (not "oil", "gas", "gold": "the Texas oil field", "the Alaska gold mine" are the state's).
_POWER_KINDS = frozenset({"nuclear", "power", "hydroelectric", "thermoelectric", "hydropower", "geothermal",
                          "copper"})


def is_site_of_works(doc: Doc, m: Mention) -> bool:
    """The model's one-word people or person names a site before its works' noun: "the Susquehanna nuclear plant",
    "the Mochovce plant", "the Imouraren uranium mine" (peoples to the model), "the Grasberg copper mine", "the Kusile
    power station" (persons); not a people's word ("the Catholic school", "a German plant") nor a given name ("the
    Alice mine"), nor a people before the verb "plant" or "mine" ("the Amish plant corn"). Before a power or copper
    works a place's or person's name of up to three words is the works' too: "the El Dabaa nuclear power plant", "the
    Medupi power station" (places to the model), "Cuba's Antonio Guiteras thermoelectric plant" (a person)."""
    i, end = m.start, m.end
    if _names_power_works(doc, m):
        return True
    if not (m.label in ("NORP", "PERSON") and i > 0 and doc[i - 1].lower_ in _WORKS_DETERMINERS
            and (end - i == 1 or _is_two_word_site_name(doc, m))
            and doc[i].is_title and doc[i].lower_ not in PEOPLES_WORDS and not _in_gazetteer(doc[i].text)
            and not is_given_name(doc[i].text)):
        return False
    while end < len(doc) and doc[end].lower_ in _WORKS_KINDS:
        end += 1
    if end < len(doc) and doc[end].lower_ in _POWER_STATION_NOUNS:  # "the Kusile power station"
        return doc[end - 1].lower_ == "power" and not _names_a_rule_of_works(doc, end)
    if end < len(doc) and doc[end].lower_ in _FIELD_NOUNS:  # "the Leviathan gas field", not "the Smith field"
        return end > m.end
    return end < len(doc) and doc[end].lower_ in _WORKS_NOUNS and not _plants_as_a_people(doc, m, end) \
        and not _names_a_rule_of_works(doc, end)


# Plural nouns of sites named before them in a pair, "<name> and <name> <noun>": "the Blackwall and Silvertown
# tunnels", "Wandsworth and Pentonville prisons" (an organisation and nothing, two places to the model). Not hospitals
# (bodies to the model and the rules) nor airports (written by their towns).
_PAIRED_SITE_NOUNS = frozenset({"tunnels", "bridges", "prisons", "reservoirs", "dams", "mines", "refineries",
                                "smelters", "reactors"})
# Labels of the model's that such a site's name may have: no date, count or work.
_PAIRED_SITE_LABELS = frozenset({"ORG", "GPE", "LOC", "PERSON", "NORP", "FAC"})
# Most capitalised words of each name of the pair.
_PAIRED_SITE_WORDS = 3


def sites_paired_before_their_noun(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Two names joined by "and" right before a plural noun of sites are two facilities: "Work on the Blackwall and
    Silvertown tunnels" gave the organisation "Blackwall" and nothing for "Silvertown"; not a place the gazetteer
    knows ("the Glasgow and Edinburgh bridges", the cities' own), nor a people's word ("Scottish and English
    prisons")."""
    lowers = lowers_of(doc)
    if not _PAIRED_SITE_NOUNS.intersection(lowers):  # cheap: most texts have none
        return mentions
    for noun, word in enumerate(lowers):
        if word not in _PAIRED_SITE_NOUNS:
            continue
        second = _site_name_before(doc, noun)
        if second is None or second[0] < 2 or lowers[second[0] - 1] != "and":
            continue
        first = _site_name_before(doc, second[0] - 1)
        if first is None:
            continue
        touched = [m for m in mentions if m.start < second[1] and first[0] < m.end]
        if any(m.label not in _PAIRED_SITE_LABELS or m.start < first[0] or m.end > second[1] for m in touched):
            continue  # a longer name or another kind of mention runs over the pair
        if _are_owning_firms(doc, first, second, touched):
            continue  # "the Chevron and Valero refineries": the sites' owners
        # A name the text writes elsewhere is left to the model: its label is the whole text's ("Residents in
        # Wandsworth complained ... Wandsworth and Pentonville prisons": the borough, a place).
        text = text_of(doc)
        sites = [Mention(start, end, "FAC", 1.0, "rule") for start, end in (first, second)
                 if text.count(doc[start:end].text) == 1]
        kept = [m for m in touched if not any(site.start < m.end and m.start < site.end for site in sites)]
        mentions = sorted([m for m in mentions if m not in touched] + kept + sites, key=lambda m: m.start)
    return mentions


def _are_owning_firms(doc: Doc, first: tuple[int, int], second: tuple[int, int], touched: list[Mention]) -> bool:
    """The pair is two organisations to the model, or a firm the lists know: the sites' owners ("the Chevron and
    Valero refineries", "the Glencore and Anglo American mines"), not the sites' own names."""
    bodies = {(m.start, m.end) for m in touched if m.label == "ORG"}
    return (first in bodies and second in bodies) or any(
        doc[start:end].text.casefold() in WELL_KNOWN_FIRMS for start, end in (first, second))


def _site_name_before(doc: Doc, end: int) -> tuple[int, int] | None:
    """The token bounds of one to three capitalised words ending right before doc[end], none a sentence's first,
    a people's word or a place the gazetteer knows; None where there are none."""
    start = end
    while start > 0 and end - start < _PAIRED_SITE_WORDS and doc[start - 1].is_title and doc[start - 1].is_alpha \
            and not doc[start - 1].is_sent_start:
        start -= 1
    if start == end or any(t.lower_ in PEOPLES_WORDS for t in doc[start:end]) or _in_gazetteer(doc[start:end].text):
        return None
    return start, end


# Words before a works' name: "the Grasberg copper mine", a miner's "its Kansanshi mine".
_WORKS_DETERMINERS = frozenset({"the", "its", "their"})


def _is_two_word_site_name(doc: Doc, m: Mention) -> bool:
    """The model's person of two capitalised words, neither a given name nor a place the gazetteer knows, right
    before a mine's noun: "the Tenke Fungurume mine", "its Salares Norte mine" (not "the John Smith mine")."""
    words = tokens_of(doc)[m.start:m.end]
    return m.label == "PERSON" and len(words) == 2 and m.end < len(doc) and doc[m.end].lower_ in ("mine", "mines") \
        and all(t.is_title and t.is_alpha and not is_given_name(t.text) for t in words) \
        and not _in_gazetteer(span_text(doc, m.start, m.end))


def _names_power_works(doc: Doc, m: Mention) -> bool:
    """The model's place or person of up to three capitalised words, after "the" or a place's possessive, is followed
    by a power or copper kind and the works' noun: "the Cobre Panama copper mine", "the Xayaburi hydropower dam"; not
    a place the gazetteer knows ("the Texas nuclear plant") nor a people's word, nor a rule about such works ("the
    Biden power plant rule"), nor the model's one-word location, a river's or a range's ("the Andes copper mine"; "the
    Mazar hydroelectric dam" so left to the model)."""
    i, end = m.start, m.end
    if not (m.label in ("GPE", "LOC", "PERSON", "NORP") and end - i <= 3 and i > 0
            and (m.label != "LOC" or end - i > 1)  # one word a river's or a range's: "the Andes copper mine"
            and (doc[i - 1].lower_ == "the"
                 or (i > 1 and doc[i - 1].text in POSSESSIVES and _in_gazetteer(doc[i - 2].text)))
            and all(t.is_title for t in tokens_of(doc)[i:end]) and not _in_gazetteer(span_text(doc, i, end))
            and doc[i].lower_ not in PEOPLES_WORDS and end < len(doc) and doc[end].lower_ in _POWER_KINDS):
        return False
    while end < len(doc) and doc[end].lower_ in _WORKS_KINDS:
        end += 1
    return end < len(doc) and (doc[end].lower_ in _WORKS_NOUNS or (doc[end].lower_ in _POWER_STATION_NOUNS
                                                                   and doc[end - 1].lower_ in _POWER_KINDS)) \
        and not _names_a_rule_of_works(doc, end)


def _names_a_rule_of_works(doc: Doc, noun: int) -> bool:
    """A rule or plan's noun follows the works' noun: "the Biden power plant rule" is a president's rule, no works."""
    return noun + 1 < len(doc) and doc[noun + 1].lower_ in _RULE_NOUNS


# Nouns of what a leader or a government does about works: "the Biden power plant rule", "the Obama coal plant rules".
_RULE_NOUNS = frozenset({"rule", "rules", "regulation", "regulations", "policy", "policies", "plan", "plans", "ban",
                         "standard", "standards", "deal"})


# Nouns of works only after "power": "the Kusile power station" (not a railway's "the Euston station").
_POWER_STATION_NOUNS = frozenset({"station", "stations"})


# Works' nouns that are verbs too: "the Maoists plant landmines", "the Amish plant corn".
_WORKS_VERBS = frozenset({"plant", "mine"})


def _plants_as_a_people(doc: Doc, m: Mention, noun: int) -> bool:
    """The works' noun right after the name is a people's verb, which the parser takes for a noun: after a people's
    adjective ("the Amish plant corn") or a plural ("the Mennonites plant wheat")."""
    return noun == m.end and doc[noun].lower_ in _WORKS_VERBS \
        and (doc[m.end - 1].pos_ == "ADJ" or doc[m.end - 1].text.endswith("s"))  # "Salares Norte mine": a site


def is_known_firm_read_as_a_date(doc: Doc, m: Mention) -> bool:
    """The model's date or time is all of a firm the lists know, in capitals and without a number: "Moderna shares
    rose 6%" after "... with the FDA this year." (a date to the model); not a month, a day or a season."""
    words = tokens_of(doc)[m.start:m.end]
    return m.label in ("DATE", "TIME") and all(t.is_alpha and t.text[:1].isupper() for t in words) \
        and " ".join(t.lower_ for t in words) in WELL_KNOWN_FIRMS


def is_people_of_an_aged_resident(doc: Doc, m: Mention) -> bool:
    """The model's one-word name is a people's word no dictionary lists, between an age and a resident's noun: "A
    36-year-old Maori man was jailed", "A 66-year-old Traveller man" (places to the town rule above)."""
    i = m.start
    return m.end - i == 1 and m.label in NAME_LABELS and m.end < len(doc) and doc[m.end].lower_ in _RESIDENT_NOUNS \
        and doc[i].is_title and doc[i].lower_ in PEOPLES_WORDS and _after_an_age(doc, i)


# Nouns of who teaches or turns a language, which a language's name before them is the subject of, no people's: "English
# teacher John Smith", "Spanish interpreter Ana Ruiz".
_LANGUAGE_WORKERS = frozenset({"teacher", "teachers", "tutor", "translator", "interpreter", "lecturer", "professor",
                               "instructor", "speaker", "speakers", "scholar", "linguist", "editor", "dubber"})


def is_people_describing_a_person(doc: Doc, m: Mention) -> bool:
    """The model's language is a people's adjective before a noun in lower case and the model's person named after it:
    "English lightweight Paddy Pimblett", "English striker Harry Kane" (not "English teacher John Smith")."""
    i = m.end
    return m.label == "LANGUAGE" and m.end - m.start == 1 and i + 1 < len(doc) and doc[i].is_lower \
        and doc[i].is_alpha and doc[i].lower_ not in _LANGUAGE_WORKERS and doc[i + 1].ent_type_ == "PERSON" \
        and doc[i + 1].ent_iob_ == "B"


def _after_an_age(doc: Doc, i: int) -> bool:
    """Token `i` follows "a" or "an" and an age in years: "A 34-year-old [Dayton]"."""
    return i > 5 and doc[i - 6].lower_ in ("a", "an") and doc[i - 5].text.isdigit() and len(doc[i - 5].text) < 4 \
        and [t.lower_ for t in doc[i - 4:i]] == ["-", "year", "-", "old"]


def written_elsewhere(doc: Doc, word: Token, m: Mention) -> bool:
    """The word is written outside the mention too, in no entity of the model's or in a person's: a surname the text
    repeats ("J5 Smith ... Smith said")."""
    return any(t.text == word.text and t.ent_type_ in ("", "PERSON") for t in tokens_of(doc)
               if not m.start <= t.i < m.end)


def _numbers_the_unit(doc: Doc, ordinal: Mention, m: Mention) -> bool:
    """An ordinal written in digits just before a military unit's name, which it is part of: the model's "47th" and
    "Mechanized Brigade" are the "47th Mechanized Brigade" (without it every brigade of one kind is one entity); a
    count in digits likewise ("3" and "Commando Brigade" of "3 Commando Brigade"). Not an ordinal in words: "Second
    Division" is a league too."""
    number = doc[ordinal.start]
    if ordinal.label == "CARDINAL":
        return ordinal.end == m.start and ordinal.end - ordinal.start == 1 and m.label in NAME_LABELS \
            and numbers_a_military_unit(doc, ordinal.start, m.end)
    return ordinal.label == "ORDINAL" and ordinal.end == m.start and ordinal.end - ordinal.start == 1 \
        and number.text[:1].isdigit() and m.label in NAME_LABELS and doc[m.end - 1].lower_ in MILITARY_UNITS \
        and all(t.is_title for t in doc[m.start:m.end])


def _is_named_after_a_peer(doc: Doc, m: Mention) -> bool:
    """The model's organisation of a place and an institution's head comes after a peer's capitalised title and "of",
    which name it with the place: "the Countess of Chester Hospital", "the Earl of Mornington Hospital" (cut to
    "Chester Hospital")."""
    return m.label == "ORG" and m.start >= 2 and m.end - m.start >= 2 and doc[m.start - 1].lower_ == "of" \
        and doc[m.start - 2].is_title and doc[m.start - 2].lower_ in PEERAGES \
        and doc[m.end - 1].lower_ in ORGANISATION_HEADS and doc[m.end - 1].is_title


# Officers named after their body's name, where the model cuts the place that opens it from the rest: "Hong Kong
# Jockey Club chief executive Winfried Engelbrecht-Bresges" made "Hong Kong" a place, "Jockey Club" a person.
_BODYS_OFFICERS = frozenset({"chief", "chairman", "chairwoman", "chair", "ceo", "executive", "president", "director",
                             "spokesman", "spokeswoman", "spokesperson", "secretary", "treasurer"})


def _place_opens_the_body(doc: Doc, before: Mention, m: Mention) -> bool:
    """The place `before` opens the body's name `m` right after it, the model's organisation or person of capitalised
    words ending in a body's head ("Jockey Club"), a compound of it to the parse, and an officer's word follows:
    "Hong Kong Jockey Club chief executive ..."."""
    place_end = doc[before.end - 1]
    return before.label == "GPE" and before.end == m.start and before.end - before.start <= 3 \
        and m.label in ("ORG", "PERSON") and m.end - m.start >= 2 and m.end < len(doc) \
        and all(t.is_title for t in doc[m.start:m.end]) and doc[m.end - 1].lower_ in ORGANISATION_HEADS \
        and place_end.dep_ == "compound" and m.start <= place_end.head.i < m.end \
        and doc[m.end].lower_ in _BODYS_OFFICERS


def joined_organisations(doc: Doc, mentions: list[Mention], ordinary: frozenset[str]) -> list[Mention]:
    """One organisation the model split in two: named after two places joined by "and" ("Avon and Somerset Police"
    was a person "Avon" and "Somerset Police", "Devon and Cornwall Police" likewise; a place it knows, "Britain and
    Surrey Police", stays two), or after the place of its name ("The Central Bank" and "Kenya" of "The Central Bank of
    Kenya", whose first part was taken for a short form of the "Central Bank of Nigeria" named after it)."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if before is not None and _numbers_the_unit(doc, before, m):
            out[-1] = Mention(before.start, m.end, "ORG", m.weight, m.source)
            continue
        if before is not None and before.label == "ORG" and m.label in ("GPE", "LOC") and before.end + 1 == m.start \
                and doc[before.end].lower_ == "of" and doc[before.end - 1].is_title \
                and doc[before.end - 1].lower_ in ORGANISATION_HEADS and m.end - m.start <= 3:
            out[-1] = Mention(before.start, m.end, "ORG", before.weight, before.source)
            continue
        if before is not None and _place_opens_the_body(doc, before, m):
            out[-1] = Mention(before.start, m.end, "ORG", m.weight, m.source)
            continue
        if _is_named_after_a_peer(doc, m):  # "the Countess of [Chester Hospital]"
            if before is not None and before.end > m.start - 2:
                out.pop()  # the peer's title, a people to the model: "Countess"
            out.append(Mention(m.start - 2, m.end, m.label, m.weight, m.source))
            continue
        if before is not None and _is_municipality_of(doc, before, m):
            out[-1] = Mention(before.start, m.end, "GPE", before.weight, before.source)
            continue
        if before is not None and _is_court_district(doc, before, m):
            out[-1] = Mention(before.start, m.end, "ORG", before.weight, before.source)
            continue
        if before is not None and (_body_for_its_purpose(doc, before, m, ordinary)
                                   or _of_two_professions(doc, before, m)
                                   or _body_on_two_subjects(doc, before, m, ordinary)):
            out[-1] = Mention(before.start, m.end, "ORG", before.weight, before.source)
            continue
        if (start := _joint_body_start(doc, before, m, ordinary)) is not None:
            if before is not None and before.start >= start:
                out.pop()  # the first word the model took for a people or a person: "[Animal] and [Plant ...]"
            out.append(Mention(start, m.end, "ORG", m.weight, m.source))
            continue
        if before is not None and m.label in ("ORG", "PERSON") and m.end - m.start >= 2 \
                and doc[m.end - 1].lower_ in ORGANISATION_HEADS and before.end - before.start == 1 \
                and before.label in ("PERSON", "ORG") \
                and before.end + 1 == m.start and doc[before.end].lower_ in ("and", "&") \
                and doc[before.start].is_title and not _in_gazetteer(doc[before.start].text):
            out[-1] = Mention(before.start, m.end, "ORG", m.weight, m.source)
            continue
        out.append(m)
    return _charities_named_with_uk(doc, _whole_nhs_trusts(doc, out, ordinary), ordinary)


def _charities_named_with_uk(doc: Doc, mentions: list[Mention], ordinary: frozenset[str]) -> list[Mention]:
    """A charity named by a word or a name's possessive and "UK", whose "UK" alone the model took for the place:
    "Parkinson's UK", "Diabetes UK", "Age UK". Not "UK" before a noun ("Amazon UK sales"), nor after a month or a
    name the model found ("Europe's UK")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        start = _charity_start(doc, m, covered, ordinary)
        out.append(m if start is None else Mention(start, m.end, "ORG", m.weight, m.source))
    return out


# Conditions named after a person, whose possessive and "UK" name a charity: "Parkinson's UK". A possessive of
# anyone else before "UK" is the country's ("Thatcher's UK", "Farage's UK").
_EPONYMOUS_CONDITIONS = frozenset({"Parkinson", "Alzheimer", "Huntington", "Crohn", "Tourette"})


def _charity_start(doc: Doc, m: Mention, covered: set[int], ordinary: frozenset[str]) -> int | None:
    """Where the charity's name that a place "UK" ends starts, or None if it ends none."""
    if m.label != "GPE" or span_text(doc, m.start, m.end) != "UK" or m.start == 0 \
            or (m.end < len(doc) and doc[m.end].pos_ in ("NOUN", "PROPN")):
        return None
    i = m.start - 1
    if doc[i].text in ("'s", "’s") and i > 0:
        i -= 1  # "Parkinson's UK"
        if doc[i].text not in _EPONYMOUS_CONDITIONS:
            return None  # not a leader's country: "Thatcher's UK was a different place"
    elif doc[i].lower_ not in ordinary or doc[i].lower_ in CALENDAR_WORDS or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None  # "Diabetes UK", "Age UK"; not "In January UK inflation", "Outside UK", "Leaving UK"
    word = doc[i]
    return i if word.is_title and word.is_alpha and i not in covered else None


# Words inside the places an NHS trust is named after, between them: "University Hospitals of Derby and Burton",
# "Barking, Havering and Redbridge", "Guy's and St Thomas'".
_TRUST_JOINERS = frozenset({"and", "&", ",", "of", "'s", "'", "’s", "’"})


# Plural words a trust's name holds: "University Hospitals of Derby and Burton".
_TRUST_PLURALS = frozenset({"hospitals", "services", "partnerships"})
# Plurals of people the tagger may call proper nouns, whose lemma it leaves plural: "Save the Children".
_PEOPLES_PLURALS = frozenset({"children", "people", "men", "women"})


def _is_crowd(token: Token, ordinary: frozenset[str]) -> bool:
    """A common noun's plural, capitalised at a sentence's start or inside another's name ("Unions", "Patients",
    "Children" of "Save the Children"): people or a body beside the trust, no place it is named after ("Leeds", a
    proper noun's plural to the tagger, is one)."""
    if token.lower_ in _PEOPLES_PLURALS:
        return True
    return token.tag_ == "NNS" and token.lower_ not in _TRUST_PLURALS \
        and token.lemma_.lower() != token.lower_ and token.lemma_.lower() in ordinary


def _whole_nhs_trusts(doc: Doc, mentions: list[Mention], ordinary: frozenset[str]) -> list[Mention]:
    """An NHS trust named after places joined by "and", which the model cut at the "and": "University Hospitals of
    Derby and Burton NHS Foundation Trust" was two bodies, "Guy's and St Thomas' NHS Foundation Trust" a person and a
    body. Not over another trust ("Sheffield ... Trust and Rotherham NHS Foundation Trust"), an article ("Leeds and
    the Mid Yorkshire Hospitals NHS Trust"), a person's name ("Jane Smith and Leeds ... NHS Trust"), a place's, a
    crowd's ("Unions and Leeds ... NHS Trust") nor the end of NHS England's."""
    trusts = [m for m in mentions if m.label == "ORG" and doc[m.end - 1].text == "Trust"
              and any(t.text == "NHS" for t in doc[m.start:m.end])]
    if not trusts:
        return mentions
    # Not over a person ("St Thomas" is a hospital's saint) nor a place the model names alone ("Staff from Bradford
    # and Leeds Teaching Hospitals NHS Trust" may be two bodies).
    apart = {i for m in mentions if (m.label == "PERSON" and doc[m.start].text != "St") or m.label in ("GPE", "LOC")
             for i in range(m.start, m.end)}
    wholes = []
    for m in trusts:
        start = j = m.start
        while j > 0 and j - 1 not in apart and doc[j - 1].text not in ("NHS", "Trust") \
                and not _is_crowd(doc[j - 1], ordinary) and (
                doc[j - 1].text in _TRUST_JOINERS or (doc[j - 1].is_title and doc[j - 1].is_alpha)):
            j -= 1
            if doc[j].is_title:
                start = j
            if doc[j].is_sent_start:
                break
        if start > 0 and doc[start - 1].text == "NHS":
            continue  # "NHS England and Barts Health NHS Trust": "England" ends another body's name
        if start < m.start and any(t.text in ("and", "&") for t in doc[start:m.start]):
            wholes.append(Mention(start, m.end, "ORG", m.weight, m.source))
    if not wholes:
        return mentions
    inside = {i for w in wholes for i in range(w.start, w.end)}
    return sorted([m for m in mentions if m.start not in inside] + wholes, key=lambda m: m.start)


# The points of a federal court's district in the US: "the Southern District of New York".
_DISTRICT_POINTS = frozenset({"southern", "northern", "eastern", "western", "central", "middle"})


# A municipality's word before "of" and its place: "the City of Johannesburg", "the Borough of Ealing".
_MUNICIPALITY_WORDS = frozenset({"city", "town", "municipality", "borough", "county"})


def _is_municipality_of(doc: Doc, before: Mention, m: Mention) -> bool:
    """The model's place of a municipality's word alone, then "of" and a place of up to three words: "[The City of]
    [Johannesburg]'s municipal manager" ("City" once its "of" is cut off)."""
    return before.label == "GPE" and m.label in ("GPE", "LOC") and before.end - before.start == 1 \
        and before.end + 1 == m.start and doc[before.end].lower_ == "of" and doc[before.start].is_title \
        and doc[before.start].lower_ in _MUNICIPALITY_WORDS and m.end - m.start <= 3


def _is_court_district(doc: Doc, before: Mention, m: Mention) -> bool:
    """A point of the compass and "District", "of" and a US state: a federal court's district, which the model split
    into a place and the state ("the Southern District" and "New York" of "the Southern District of New York"), alone
    or ending an office's name ("Attorney's Office for the Southern District")."""
    if m.label != "GPE" or before.end + 1 != m.start:
        return False  # asked of every pair of mentions: the label and the gap first, before the words are read
    words = [t for t in tokens_of(doc)[before.start:before.end] if t.lower_ != "the"]
    return len(words) >= 2 and words[-2].lower_ in _DISTRICT_POINTS and words[-2].is_title \
        and (len(words) == 2 or before.label == "ORG") \
        and words[-1].text == "District" and doc[before.end].lower_ == "of" \
        and doc[m.start:m.end].text in US_STATES  # not "the Western District of Victoria"


# Heads of a public body's or a trade body's name that opens with two subjects joined by "and": "the Animal and Plant
# Health Agency", "the Universities and Colleges Admissions Service", "the Mosques and Imams National Advisory Board".
_JOINT_BODY_HEADS = frozenset({"agency", "association", "service", "board", "council", "authority", "commission",
                               "administration", "institute", "federation", "confederation", "society", "trust",
                               "foundation", "committee", "executive", "ombudsman", "tribunal", "regulator", "union"})
# Words that are bodies of their own before "and" and another body: "the Treasury and Environment Agency", "the
# Army and Navy Board" hold two.
_BODY_WORDS = ORGANISATION_HEADS | GOVERNMENT_BODY_WORDS | _JOINT_BODY_HEADS | {"army", "navy", "crown", "police"}


def _joint_body_start(doc: Doc, before: Mention | None, m: Mention, ordinary: frozenset[str]) -> int | None:
    """Where a body's name starts that the model cut after its first subject, an ordinary word right after "the" (or
    after "the" and a people's adjective) and before "and" (or before a comma, where the rest holds the "and"): "the
    [Animal] and [Plant Health Agency]", "the Universities and [Colleges Employers Association]", "the Advisory,
    [Conciliation and Arbitration Service]", "the [Australian Communications] and [Media Authority]". Not a
    place, a party or a person before "and" ("Britain and the Food Standards Agency", "Labour and the Trades Union
    Congress": "the" opens the body there), nor a body of its own ("the Treasury and Environment Agency")."""
    if m.label not in ("ORG", "PERSON") or m.end - m.start < 2 or m.start < 3 \
            or not doc[m.end - 1].is_title or doc[m.end - 1].lower_ not in _JOINT_BODY_HEADS:
        return None
    joint, first = doc[m.start - 1], doc[m.start - 2]
    listed = joint.text == "," and any(t.lower_ == "and" for t in doc[m.start:m.end])
    opening = _opening_after_the(doc, first.i)
    if not (joint.lower_ in ("and", "&") or listed) or opening is None:
        return None
    if not (first.is_alpha and (first.is_title or opening < first.i)) or first.text in HONORIFICS \
            or _in_gazetteer(first.text) or _in_gazetteer(doc[opening:first.i + 1].text) \
            or first.lower_ in PARTY_WORDS or first.lower_ in _BODY_WORDS \
            or not any(word in ordinary for word in (first.lower_, *_singulars(first.lower_))):
        return None
    taken = before is not None and before.end > opening
    if taken and (before.start, before.end) != (opening, first.i + 1) or taken and before.label in ("GPE", "LOC"):
        return None
    return opening


def _opening_after_the(doc: Doc, last: int) -> int | None:
    """The first word after "the" of the body's name before "and" that ends at `last`: one word ("the [Animal]"), or a
    people's adjective and one word, hyphened parts too ("the [Australian Communications]", "the [Canadian
    Radio-television]"; not "the Federal Reserve", "the American Red Cross", bodies of their own); None if no "the"
    opens them."""
    if last > 0 and doc[last - 1].lower_ == "the":
        return last
    start = last
    while start >= 2 and doc[start - 1].text == "-" and not (doc[start - 2].whitespace_ or doc[start - 1].whitespace_):
        start -= 2  # "Radio-television"
    people = start - 1
    if people < 1 or doc[people - 1].lower_ != "the" or not doc[people].is_title \
            or doc[people].lower_ not in DEMONYMS or not doc[start].is_title:
        return None
    return people


# Words that introduce an organisation's name: "the charity Age UK", "the campaign group Liberty".
_ORGANISATION_CUES = frozenset({"charity", "organisation", "organization", "group", "body"})
# Most capitalised words of a name before the country it ends with ("Alzheimer's Research UK").
_CUED_NAME_WORDS = 4


def with_cued_names_ending_in_countries(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A country the model found at the end of an organisation's name that the text introduces as one ("the charity
    Alzheimer's Research UK", "the charity Age UK") made the organisation's whole name."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        start = _cued_name_start(doc, m, covered)
        out.append(m if start is None else Mention(start, m.end, "ORG", m.weight, m.source))
    return out


def _cued_name_start(doc: Doc, m: Mention, covered: set[int]) -> int | None:
    """Where the capitalised words before the country `m` start, right after an organisation's cue; None unless
    there are such words."""
    if m.label != "GPE" or not _is_country_name(span_text(doc, m.start, m.end)):
        return None
    start = m.start
    while start > 0 and m.start - start < _CUED_NAME_WORDS and start - 1 not in covered \
            and (doc[start - 1].is_title and doc[start - 1].is_alpha or doc[start - 1].lower_ in POSSESSIVES):
        start -= 1
    if start == m.start or not doc[start].is_alpha:
        return None
    if start > 0 and doc[start - 1].lower_ in _ORGANISATION_CUES:
        return start
    return _uncued_name_start(doc, m, start)


_NAME_ENDING_COUNTRIES = frozenset({"UK", "U.K."})
# Countries whose public bodies end their names with them too, named so where they speak or announce: "Environment
# Canada issued a warning", "Services Australia said", "Police Scotland said" (not "Outback Australia is drying out").
_BODY_ENDING_COUNTRIES = frozenset({"Canada", "Australia", "Scotland", "England", "Wales", "Ireland"})
_ANNOUNCING_LEMMAS = SPEAKING_LEMMAS | {"issue", "announce", "launch", "release", "publish", "estimate", "report",
                                       "confirm", "forecast", "advise", "urge", "approve", "recommend"}


def _uncued_name_start(doc: Doc, m: Mention, start: int) -> int | None:
    """Where an organisation's name ending in a country starts with no cue before it ("Age UK estimates", "Diabetes
    UK said"), as the parse reads it: capitalised names modifying the country, which is the subject of a verb; not a
    place's leader or the country with a word of praise or pity ("Trump's America", "UK inflation", "Meanwhile UK",
    "Mexicans say, 'Poor Mexico, ...'")."""
    country = doc[m.end - 1]
    before = doc[m.start - 1]
    # Only countries whose bodies and firms' arms end their names with them; other countries a word before describes
    # ("Nazi Germany", "Mainland China", "Corporate America").
    announces = country.text in _BODY_ENDING_COUNTRIES and country.head.lemma_ in _ANNOUNCING_LEMMAS
    if not (country.text in _NAME_ENDING_COUNTRIES or announces) or country.dep_ not in ("nsubj", "nsubjpass") \
            or before.pos_ != "PROPN" or before.dep_ != "compound" \
            or before.head.i not in range(m.start, m.end):
        return None
    # Only names and their possessive marks: not an adverb or a determiner opening the sentence.
    while start < m.start and not (doc[start].pos_ == "PROPN" and doc[start].is_title):
        start += 1
    if any(t.pos_ != "PROPN" and t.lower_ not in POSSESSIVES for t in doc[start:m.start]):
        return None
    return start if start < m.start else None


# Heads of a public body's name that "for" and its purpose may follow: "the Office for National Statistics", "the
# United States Agency for International Development", "the Institute for Fiscal Studies".
_BODIES_FOR = frozenset({"agency", "ministry", "department", "office", "commission", "authority", "council",
                         "committee", "institute", "foundation", "association", "society", "centre", "center", "fund",
                         "alliance", "coalition"})


def _body_for_its_purpose(doc: Doc, before: Mention, m: Mention, ordinary: frozenset[str]) -> bool:
    """`before`, an organisation ending in a body's head, and `m`, a purpose in ordinary words right after its "for":
    one name the model split ("[United States Agency] for [International Development]"; not "the Justice Department
    for Goldman Sachs", "the Gates Foundation for Kenya's schools")."""
    words = [t for t in tokens_of(doc)[m.start:m.end] if t.lower_ not in NAME_SMALL_WORDS]
    return before.label == "ORG" and m.label in NAME_LABELS and before.end + 1 == m.start \
        and doc[before.end].lower_ == "for" and doc[before.end - 1].lower_ in _BODIES_FOR \
        and doc[m.start].is_title and m.end - m.start <= 5 and not doc[m.start].is_sent_start \
        and all(t.lemma_.lower() in ordinary or t.lower_ in ordinary for t in words) \
        and not (m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s"))


# Heads of a body's name that "on" and its subject may follow: "the African Court on Human and Peoples' Rights", "the
# Senate Committee on Homeland Security and Governmental Affairs".
_BODIES_ON = _BODIES_FOR | {"court", "tribunal", "panel"}
# The most words of the second subject after "and": "Peoples' Rights" (three tokens), "Governmental Affairs".
_SECOND_SUBJECT_WORDS = 4


def _body_on_two_subjects(doc: Doc, before: Mention, m: Mention, ordinary: frozenset[str]) -> bool:
    """`before`, an organisation ending in a body's head, "on" and capitalised words of its first subject, and `m`, a
    second subject of two words or more in ordinary words right after its "and": one name the model split ("[the
    African Court on Human] and [Peoples' Rights]"); not a firm or a person after "and" ("the Committee on Foreign
    Affairs and Goldman Sachs"), a known body or one by its head ("... and Amnesty International", "... and Environment
    Agency"), a name of one word ("... and Apple"), nor one in the possessive."""
    on = next((t for t in doc[before.start + 1:before.end - 1] if t.lower_ == "on"), None)
    if on is None or before.label != "ORG" or before.end + 1 != m.start or doc[before.end].lower_ != "and" \
            or doc[on.i - 1].lower_ not in _BODIES_ON or not all(t.is_title for t in doc[on.i + 1:before.end]):
        return False
    words = [t for t in tokens_of(doc)[m.start:m.end] if t.is_alpha]
    return m.label in NAME_LABELS and 2 <= len(words) and m.end - m.start <= _SECOND_SUBJECT_WORDS \
        and all(t.is_title and _is_ordinary_word(t, ordinary) for t in words) \
        and not _is_known_organisation(tuple(t.lower_ for t in words)) and words[-1].lower_ not in ORGANISATION_HEADS \
        and not (m.end < len(doc) and doc[m.end].lower_ in ("'s", "’s"))


def _is_ordinary_word(token: Token, ordinary: frozenset[str]) -> bool:
    """The word, its lemma or its singular is an ordinary word: "Rights" (the tagger's lemma of a name's word is the
    word)."""
    return token.lower_ in ordinary or token.lemma_.lower() in ordinary \
        or any(word in ordinary for word in _singulars(token.lower_))


def _of_two_professions(doc: Doc, before: Mention, m: Mention) -> bool:
    """An organisation of a profession ("American College of Obstetricians") and a second profession after its "and"
    ("Gynecologists"), both capitalised plurals of people's nouns: one name, not a body and a group of people."""
    last, after = doc[before.end - 1], doc[m.start]
    return before.label == "ORG" and m.end - m.start == 1 and before.end + 1 == m.start \
        and doc[before.end].lower_ == "and" and before.end - before.start >= 3 and doc[before.end - 2].lower_ == "of" \
        and all(t.is_title and t.is_alpha and _is_agents_plural(t.lower_) for t in (last, after))


def _is_agents_plural(word: str) -> bool:
    """A plural noun for people by what they do: "obstetricians", "engineers", "pharmacists"."""
    return word.endswith("s") and word[:-1].endswith(AGENT_ENDINGS)


# Last words of a building or an institution that a person's name opens ("Ronald Reagan Washington National Airport",
# "St. Peter's Basilica"), which the model split into the person and the rest.
_NAMESAKE_PLACE_HEADS = frozenset({
    "airport", "airfield", "stadium", "arena", "bridge", "tunnel", "center", "centre", "hospital", "library", "museum",
    "school", "university", "college", "basilica", "cathedral", "church", "chapel", "abbey", "theatre", "theater",
    "hospice", "infirmary",  # "St Christopher's Hospice" was "St Christopher" and the person "Hospice"
    "hall",  # only after a royal's title: "[Royal] Albert Hall" (not "Jerry Hall")
    "dock", "docks"})  # likewise: "The [Royal] Albert Dock", "the King George V Dock" were persons


# Those of the words that name a building for worship, whatever label the model gave the part after the saint's or
# person's name ("St Patrick's" and the body "Cathedral in" of "Mass at St Patrick's Cathedral in New York").
_WORSHIP_HEADS = frozenset({"basilica", "cathedral", "church", "chapel", "abbey"})


# Those of the words no one is called by, which another place's name may repeat ("Queen Elizabeth Hospital and
# Heartlands Hospital"): unlike "Church" or "Bridge", no surname written alone.
_NO_SURNAME_HEADS = frozenset({"airport", "airfield", "stadium", "hospital", "library", "museum", "school",
                               "university", "college", "basilica", "cathedral", "theatre", "theater"})


# A royal's or a saint's title written before the name a place is named after ("Queen Elizabeth Hospital"), which the
# model can leave out of the place ("[Elizabeth Hospital] said").
_NAMESAKE_TITLES = frozenset({"king", "queen", "prince", "princess", "saint", "st", "st.",
                              "royal"})  # "The Royal Albert Hall" was the person "Albert Hall"


# A name's suffix inside a namesake place's name: "Martin Luther King Jr. Center".
_NAMESAKE_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr."})
_ROMAN_NUMBER = re.compile(r"[IVX]+")


def is_namesake_place_as_person(doc: Doc, m: Mention) -> bool:
    """A person's mention of capitalised words that ends in a building's or an institution's word and holds what the
    trimming would cut a person's name at, a royal's or a saint's title or a suffix ("King Edward VII Hospital",
    "[Queen] Elizabeth Hospital", "Martin Luther King Jr. Hospital"), or that ends in "White House" ("the Obama White
    House", an administration): a place or a body named after someone. Not after an honorific ("Dr Sarah Jones Royal
    Free Hospital" holds a person), nor a person's name whose last word the text writes alone ("Thomas Haden Church
    ... Church said", "Mary Anne Bridge")."""
    if m.label != "PERSON" or m.end - m.start < 2 or _after_honorific(doc, m):
        return False
    words = span_of(doc, m.start, m.end)
    if _ends_in_white_house(doc, m):
        return words[0].is_title
    if words[-1].lower_ not in _NAMESAKE_PLACE_HEADS or not words[-1].is_title \
            or (words[-1].lower_ not in _NO_SURNAME_HEADS and written_elsewhere(doc, words[-1], m)
                and not _after_royal(doc, m.start)):
        return False
    styled = namesake_title_start(doc, m.start) < m.start or any(_styles_a_namesake(t) for t in words)
    return styled and words[0].text not in HONORIFICS and all(
        t.is_title or t.lower_ in NAME_SMALL_WORDS or t.lower_ in POSSESSIVES or _styles_a_namesake(t) for t in words)


def _after_royal(doc: Doc, start: int) -> bool:
    """The word before is "Royal", which titles a place and never a person: "the Royal [Albert Hall]", whose "Hall"
    another person's name may hold ("Jerry Hall attended the Royal Albert Hall gala")."""
    return start > 0 and doc[start - 1].text == "Royal"


def _styles_a_namesake(token: Token) -> bool:
    """A royal's or a saint's title, a name's suffix or a king's number: "King", "Jr.", "VII"."""
    return token.lower_ in _NAMESAKE_TITLES or token.lower_ in _NAMESAKE_SUFFIXES \
        or _ROMAN_NUMBER.fullmatch(token.text) is not None


def namesake_title_start(doc: Doc, start: int) -> int:
    """Where a namesake place starts: at the capitalised royal's or saint's title right before it, if any."""
    before = doc[start - 1] if start > 0 else None
    return start - 1 if before is not None and before.is_title and before.lower_ in _NAMESAKE_TITLES else start


def namesake_place_label(doc: Doc, m: Mention) -> str:
    """ORG for a president's White House, the administration, and for a body's place, as the model reads one ("Queen
    Elizabeth Hospital", "Martin Luther King Jr. High School"); FAC for a building ("King Edward VII Bridge")."""
    return "ORG" if _ends_in_white_house(doc, m) or doc[m.end - 1].lower_ in ORGANISATION_HEADS else "FAC"


def _ends_in_white_house(doc: Doc, m: Mention) -> bool:
    """The mention's last words are "White House", after a name: "Obama White House"."""
    return m.end - m.start > 2 and doc[m.end - 2].text == "White" and doc[m.end - 1].text == "House"


def _after_honorific(doc: Doc, name: Mention) -> bool:
    """The name follows an honorific ("Dr Sarah Jones"), or had one the trimming cut: a person's, no namesake's."""
    return name.source == HONORED or (name.start > 0 and doc[name.start - 1].text in HONORIFICS)


def places_named_after_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name and, after a space alone (or the name's "'s"), a name that ends in a building's or an
    institution's word, joined into that one place: "Ronald Reagan" + "Washington National Airport", "St. Peter" +
    "'s" + "Basilica" (a person to the model). The place's label where it is a building's or a body's, else FAC."""
    out: list[Mention] = []
    starts = {m.start for m in mentions}
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if last is not None and _opens_a_namesake_place(doc, last, m):
            label = m.label if m.label in ("FAC", "ORG") and doc[m.end - 1].lower_ not in _WORSHIP_HEADS else "FAC"
            out[-1] = Mention(last.start, m.end, label, max(last.weight, m.weight), m.source)
            continue
        building = _building_words_after(doc, m, starts) if m.label == "PERSON" else None
        out.append(Mention(m.start, building, "FAC", m.weight, m.source) if building else m)
    return out


def _building_words_after(doc: Doc, name: Mention, starts: set[int]) -> int | None:
    """The end of capitalised words in no mention right after a person's name, up to a building's word: "John F.
    Kennedy" + "International Airport" (no entity to the model); None where they are no such name."""
    if doc[name.end - 1].whitespace_ != " " or _after_honorific(doc, name):
        return None
    for end in range(name.end + 1, min(name.end + 4, len(doc)) + 1):
        word = doc[end - 1]
        if end - 1 in starts or not (word.is_title or word.lower_ in NAME_SMALL_WORDS) or not word.is_alpha:
            return None
        if word.lower_ in _NAMESAKE_PLACE_HEADS:
            return end
        if not word.whitespace_:
            return None
    return None


def _opens_a_namesake_place(doc: Doc, name: Mention, place: Mention) -> bool:
    """`name` is a person's (or a saint's, "St. Peter") written right before `place`, which ends in a building's
    word: no punctuation or line break between, every word of the place capitalised."""
    # Read off the word lists, no Span built: this is asked of every two mentions in a row.
    lowers, gap = lowers_of(doc), max(0, place.start - name.end)
    if place.label not in NAME_LABELS or gap > 1 or (gap == 1 and lowers[name.end] not in ("'s", "’s")):
        return False
    if not gap and doc[name.end - 1].whitespace_ != " ":
        return False
    if lowers[place.end - 1] not in _NAMESAKE_PLACE_HEADS or not all(
            t.is_title or t.lower_ in NAME_SMALL_WORDS for t in tokens_of(doc)[place.start:place.end]):
        return False
    titled = lowers[name.start] in _POSSESSIVE_NAMESAKE_TITLES and bool(gap)
    return name.label == "PERSON" and not gap and not _after_honorific(doc, name) or titled


# Titles that open a saint's or a royal's name before the "'s" of a place named after them: "St. Peter's Basilica",
# "the Duke of York's Theatre", "the Prince of Wales's Theatre" (a building or an organisation to the model, apart
# from its "Theatre").
_POSSESSIVE_NAMESAKE_TITLES = frozenset({"st", "st.", "saint", "duke", "duchess", "prince", "princess", "king",
                                         "queen"})


# Labels of a named event the model can end before its "Week": "New York Fashion" + "Week" (a date to it).
_EVENT_WEEK_LABELS = frozenset({"ORG", "EVENT"})


def events_with_their_week(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An event's or a body's name the model ended right before a capitalised "Week", taken on over it (the model's
    one-word date "Week" dropped): "New York Fashion Week", "Lagos Fashion Week". Not a numbered week ("the Chiefs
    Week 1 opener"), nor "Week" inside a longer mention, nor on a headline in title case, whose every word is
    capitalised ("Fed Week Begins As Markets Wait": the Fed's week, no event)."""
    titled = title_case_lines(doc)
    weeks = {m.start for m in mentions if m.end - m.start == 1 and m.label == "DATE"}
    covered = {i for m in mentions if not (m.end - m.start == 1 and m.label == "DATE") for i in range(m.start, m.end)}
    joined: set[int] = set()
    out = []
    for m in mentions:
        week = m.end
        if m.label in _EVENT_WEEK_LABELS and week < len(doc) and doc[week].text == "Week" \
                and doc[week - 1].whitespace_ == " " and week not in covered and week not in titled \
                and not (week + 1 < len(doc) and doc[week + 1].like_num):
            m = Mention(m.start, week + 1, m.label, m.weight, m.source)
            joined.add(week)
        out.append(m)
    return [m for m in out if not (m.start in joined and m.start in weeks and m.end - m.start == 1)]
