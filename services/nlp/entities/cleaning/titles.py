"""Titles, offices, parties, roles and honorifics before people's names: cut off the name, and the name
made a person's by them (judges by their style, people after an abbreviated rank)."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import lowers_of, span_of, span_text, tokens_of, words_of
from services.nlp.entities.capitals import _is_full_name, _starts_sentence
from services.nlp.entities.cleaning.names import is_glued_hyphen
from services.nlp.entities.cleaning.trimming import (
    is_generation,
    is_prime_minister,
    opens_clergy_style,
    opens_two_word_title,
    past_malay_honour,
)
from services.nlp.entities.firms import _is_camel_cased
from services.nlp.entities.gazetteer import _GIVEN_NAMES, _PARTIES, _compact
from services.nlp.entities.mentions import HONORED, Mention, _token_key
from services.nlp.entity_rules import (
    ALL_TITLES,
    CORPORATE_SUFFIXES,
    COURTESY_ABBREVIATIONS,
    FACILITY_HEADS,
    FIRST_TITLES,
    GENERAL,
    GENERATIONAL_SUFFIXES,
    HONORIFICS,
    KNOWN_ORGANISATIONS,
    LORDS_OFFICES,
    MEMBER_ADDRESS_QUALIFIERS,
    MEMBER_ADDRESSES,
    MEMBERS_POSTS,
    NAME_LABELS,
    NAMESAKE_HEADS,
    NO_SURNAME_PLACE_HEADS,
    ORGANISATION_HEADS,
    PARTY_WORDS,
    PERSON_OFFICES,
    PERSON_TITLES,
    POSSESSIVES,
    POSTNOMINALS,
    RANK_ABBREVIATIONS,
    RANK_OPENERS,
    REGNAL_TITLES,
    TERRITORIAL_PEERS,
)
from services.nlp.given_names import is_given_name


def without_labels_before_names(doc: Doc, mentions: list[Mention], words: frozenset[str]) -> list[Mention]:
    """A person's name with a party or an office written before it, the model's person or organisation ("Liberal
    Leslie Church", "Conservative Niall O'Dea", "Republican Sen. Ted Cruz", "Taoiseach Micheál Martin"): the person,
    from a known given name on, and a party known by name an organisation ("Fianna Fáil TD Marc MacSharry"). Of an
    organisation only where the given name or the surname is no English noun or adjective (`words`): "Conservative
    Christian Fellowship", "Independent Grace Church" are none, "Conservative Daniel Kwok" is one."""
    out = []
    for m in mentions:
        label_end = _party_end(doc, m.start, m.end) if m.label in ("PERSON", "ORG") else None
        if label_end is None and m.label == "ORG" and _is_title(doc[m.start]) \
                and doc[m.end - 1].lower_ not in ORGANISATION_HEADS:  # "Princess Alexandra Hospital" is a hospital
            label_end = m.start  # the office alone
        if label_end is None and m.label == "ORG" and _after_an_office(doc, m, words):
            m = Mention(m.start, m.end, "PERSON", m.weight, m.source)  # "Taoiseach [Micheál Martin]"
        if label_end is not None and m.end - label_end >= 2:
            given = label_end
            while given < m.end - 2 and (_is_title(doc[given]) or doc[given].lower_ in POSTNOMINALS):
                given += 1  # "Labour MP", "Republican Sen.", "Fianna Fáil TD"
            name = doc[given:m.end]
            party = doc[m.start:label_end]
            # Capitalised, not title case: "MacSharry", "McCabe" are not. A party and an office after it vouch for a
            # name the given names lack ("Sinn Féin TD Pearse Doherty", "Labour TD Ged Nash"), and for a name of
            # dictionary words no body has after an office ("Labour MEP Seb Dance").
            officed = bool(party) and given > label_end
            if given > m.start and len(name) in (2, 3) and all(t.text[:1].isupper() for t in name) \
                    and (is_given_name(name[0].text) or officed) \
                    and (m.label == "PERSON" or officed or name[0].lower_ not in words
                         or not _is_word(name[-1].lower_, words)):
                if party and _is_party(party):  # an organisation of its own
                    out.append(Mention(m.start, label_end, "ORG", m.weight, m.source))
                m = Mention(given, m.end, "PERSON", m.weight, m.source)
        out.append(m)
    return out


def _is_word(word: str, words: frozenset[str]) -> bool:
    """An English noun or adjective, or its plural ("churches")."""
    return word in words or (word.endswith("s") and word[:-1] in words) or (word.endswith("es") and word[:-2] in words)


def _after_an_office(doc: Doc, m: Mention, words: frozenset[str]) -> bool:
    """The mention is a given name and a surname, capitalised, after an office ("Taoiseach Micheál Martin", the
    model's organisation); not "Minister Nature Reserve" (`words`: English nouns and adjectives)."""
    name = span_of(doc, m.start, m.end)
    return m.start > 0 and doc[m.start - 1].lower_ in ALL_TITLES and _is_full_name(name) and name[0].lower_ not in words


def _is_title(token: Token) -> bool:
    return token.text in HONORIFICS or token.lower_ in ALL_TITLES


def _party_end(doc: Doc, start: int, end: int) -> int | None:
    """Where a party's name opening doc[start:end] ends: a known party ("Fianna Fáil") or a party word
    ("Liberal"); None if it opens with neither."""
    for stop in range(min(end, start + 3), start, -1):
        if _is_party(span_of(doc, start, stop)):
            return stop
    return start + 1 if doc[start].lower_ in PARTY_WORDS else None


def _is_party(span: Span) -> bool:
    return _compact("".join(_token_key(t) for t in span)) in _PARTIES


def without_members_posts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions but a member's post the model took for a name (`MEMBERS_POSTS`): "MEP" of "the former MEP said",
    "TD" of "the independent TD for Galway West", "MSPs" of "Three MSPs rebelled" were organisations; a party before
    the post kept alone ("Conservative" of the model's "Conservative MS for Monmouth"). Not a bank's letters written
    as a name ("Shares of TD fell", "TD said profit rose")."""
    out = []
    for m in mentions:
        post = m.end - 1
        if m.label not in NAME_LABELS or doc[post].text not in MEMBERS_POSTS:
            out.append(m)
        elif m.end - m.start == 1:
            if not _holds_a_post(doc, post):
                out.append(m)
        elif _party_end(doc, m.start, post) == post:
            out.append(Mention(m.start, post, "ORG", m.weight, m.source))
        else:
            out.append(m)
    return out


def _holds_a_post(doc: Doc, i: int) -> bool:
    """The member's abbreviation at `i` is written as a post: plural ("MEPs"), after an article, an adjective, a
    number, a possessive or a party ("the former MEP", "Two TDs", "Galway's TD", "the SNP MSP"), or before "for" and
    the seat ("TD for Galway West")."""
    word = doc[i].text
    if word.endswith("s") and word != "MS":
        return True
    if i + 2 < len(doc) and doc[i + 1].lower_ == "for" and doc[i + 2].is_title:
        return True
    if i == 0:
        return False
    before = doc[i - 1]
    return before.pos_ in ("DET", "ADJ", "NUM") or before.lower_ in POSSESSIVES or before.lower_ in PARTY_WORDS \
        or any(_is_party(doc[start:i]) for start in range(max(i - 3, 0), i))


def is_first_of_a_title(doc: Doc, m: Mention) -> bool:
    """The model's ordinal is the capitalised "First" of a title: "Scotland's First Minister"."""
    return m.label == "ORDINAL" and m.end - m.start == 1 and opens_a_first_title(doc[m.start])


def opens_a_first_title(token: Token) -> bool:
    """The token is the "First" of a title in `FIRST_TITLES`: "First Minister", "First Lady"."""
    doc, i = token.doc, token.i
    return token.text == "First" and i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].lower_ in FIRST_TITLES


def in_a_members_address(token: Token) -> bool:
    """The word is part of how the Commons name a Member: "hon." itself, the "right" before it, and the "Friend",
    "Lady", "Gentleman" or "Member" after it, "and learned" between or not ("I refer the right hon. Gentleman to
    my earlier answer", "the hon. and learned Lady")."""
    doc, i = token.doc, token.i
    if token.text in COURTESY_ABBREVIATIONS:
        return True
    if token.lower_ == "right":
        return i + 1 < len(doc) and doc[i + 1].text in COURTESY_ABBREVIATIONS
    if token.lower_ not in MEMBER_ADDRESSES or not token.is_title:
        return False
    before = i - 1
    while before >= 0 and doc[before].lower_ in MEMBER_ADDRESS_QUALIFIERS and doc[before].is_lower:
        before -= 1
    return before >= 0 and doc[before].text in COURTESY_ABBREVIATIONS


# The most words of a peerage's place: "Kings Heath", "Low Fell", "Ullock".
_PEERAGE_PLACE_WORDS = 3


def territorial_title(doc: Doc, i: int) -> tuple[int, int] | None:
    """The tokens of the place of a life peer's title opening at doc[i] ("Kings Heath" of "Lord Hunt of Kings Heath",
    "Ullock" of "Baroness Hayman of Ullock"); None elsewhere, and for an office ("Lord Mayor of London", "Lord Chief
    Justice of England", "Lord Provost of Glasgow")."""
    if doc[i].lower_ not in TERRITORIAL_PEERS or not doc[i].is_title or i + 3 >= len(doc):
        return None
    surname, of, place = doc[i + 1], doc[i + 2], doc[i + 3]
    if not (surname.is_title and surname.is_alpha and surname.lower_ not in ALL_TITLES
            and surname.lower_ not in LORDS_OFFICES and of.lower_ == "of" and place.is_title and place.is_alpha):
        return None
    end = i + 4
    while end < min(len(doc), i + 3 + _PEERAGE_PLACE_WORDS) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower:
        return None  # "Baron Haussmann of Paris fame": the place's noun, no peerage
    return i + 3, end


def in_a_territorial_title(token: Token) -> bool:
    """The word is of the place of a life peer's title (`territorial_title`): "Heath" of "Lord Hunt of Kings Heath"."""
    return token.i in _territorial_title_tokens(token.doc)


def _territorial_title_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the tokens of every life peer's place in the document, found once per doc: the key phrases ask
    `in_a_territorial_title` of nearly every word."""
    found = doc.user_data.get(_TERRITORIAL_TOKENS)
    if found is None:
        places = (territorial_title(doc, i) for i, word in enumerate(lowers_of(doc)) if word in TERRITORIAL_PEERS)
        found = doc.user_data[_TERRITORIAL_TOKENS] = frozenset(i for place in places if place is not None
                                                               for i in range(*place))
    return found


_TERRITORIAL_TOKENS = "newswire.territorial_title_tokens"


def peers_by_surname(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A life peer named with the place of the title one person by the surname, as "Lord Frost" is "Frost": "Lord
    Hunt of Kings Heath" was "Hunt" and "Kings Heath" two people, "Baroness Hayman of Ullock" no one."""
    for i, word in enumerate(lowers_of(doc)):
        if word not in TERRITORIAL_PEERS:
            continue
        place = territorial_title(doc, i)
        if place is None:
            continue
        mentions = [m for m in mentions if m.end <= i or m.start >= place[1]]
        mentions.append(Mention(i + 1, i + 2, "PERSON", source=HONORED))
    return sorted(mentions, key=lambda m: m.start)


# A diocese's titles, written before "of" and the see's place: "the Bishop of Chelmsford".
_SEE_TITLES = frozenset({"bishop", "archbishop"})


def sees_of_bishops(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A bishop's title alone before "of" no name, the see after it a place: "the Bishop of Chelmsford" was the
    organisation "Bishop" and the person "Chelmsford". The see only where its name ends before a word in lower case or
    a mark ("the Bishop of Chelmsford said") and holds no given name after its first word: not the bishop's own name
    the model ran on ("Bishop of Durham Paul Butler")."""
    lowers = lowers_of(doc)
    for i, word in enumerate(lowers[:-2]):
        if word not in _SEE_TITLES or not doc[i].is_title or lowers[i + 1] != "of":
            continue
        mentions = [m for m in mentions if not (m.start == i and m.end == i + 1)]
        see = next((m for m in mentions if m.start == i + 2), None)
        if see is None or see.label != "PERSON" or (see.end < len(doc) and doc[see.end].is_title) \
                or any(is_given_name(t.text) for t in doc[see.start + 1:see.end]):
            continue
        mentions = [replace(m, label="GPE") if m is see else m for m in mentions]
    return mentions


def titled_person(doc: Doc, m: Mention) -> Mention:
    """A person's title and a full name the model labelled other than a person, the name alone as a person:
    '"Stay at home," Taoiseach Micheál Martin told' a work of art, "Datuk Seri Anwar Ibrahim's" an organisation. Not
    a place's name ("Prince Edward Island"), nor a body's ("Queen Elizabeth Hospital", which `_is_full_name`
    refuses)."""
    if m.label in ("PERSON", "GPE", "LOC") or m.label not in NAME_LABELS or m.end - m.start < 3:
        return m
    if opens_two_word_title(doc, m.start) and is_given_name(doc[m.start + 2].text) \
            and m.end - m.start <= (3 if m.label == "FAC" else 5) and all(t.is_title for t in doc[m.start + 2:m.end]) \
            and doc[m.end - 1].lower_ not in ORGANISATION_HEADS and doc[m.end - 1].lower_ not in FACILITY_HEADS:
        # A ruler's or cleric's title and a name: "Crown Princess Victoria" was a product, "Grand Duke Henri" a
        # building (one word after the title there: "Crown Prince Frederik Bridge" is one).
        return Mention(m.start + 2, m.end, "PERSON", m.weight, m.source)
    if m.label == "FAC":
        return m
    start = m.start
    if doc[start].lower_ == "the" and opens_clergy_style(doc, start + 1):
        start += 1  # "the Rt Rev Sarah Mullally", the model's organisation
    while start < m.end and (_is_person_title(doc[start]) or opens_clergy_style(doc, start)
                             or past_malay_honour(doc, start) > start):
        # every title: "Maj Gen Merilo" leaves no given name, "Gen" no name's word; "Datuk Seri" two words
        start = max(start + 1, past_malay_honour(doc, start))
    if start > m.start and _is_full_name(doc[start:m.end]):
        return Mention(start, m.end, "PERSON", m.weight, m.source)
    return m


# Police ranks Nigerian and South Asian copy writes short before a name ("SP Abdullahi Kiyawa", "DSP Benjamin
# Hundeyin", "ACP Olumuyiwa Adejobi"): letters of other things elsewhere ("SP Setia", a developer), so only before a
# name of two words or more (a person, or a body to the model for its capitals), in a text about the police.
POLICE_RANK_LETTERS = frozenset({"SP", "DSP", "ASP", "CSP", "ACP", "DCP"})
# The part of a district a superintendent's post is written with between the rank and the name ("SP City").
_POLICE_DIVISIONS = frozenset({"City", "Rural", "Crime", "Traffic", "East", "West", "North", "South"})
# Words of a firm's or a body's name, which no person's has: "Berhad", Malaysia's legal form written out.
_FIRMS_WORDS = CORPORATE_SUFFIXES | ORGANISATION_HEADS | {"berhad"}


def without_police_rank(doc: Doc, m: Mention) -> Mention:
    """A person's name without the police rank the model took into it: "SP Abdullahi Kiyawa" (a person or a body
    to the model) is the person "Abdullahi Kiyawa"."""
    if m.label not in ("PERSON", "ORG") or m.end - m.start < 3 or doc[m.start].text not in POLICE_RANK_LETTERS \
            or not all(t.is_title and t.is_alpha for t in doc[m.start + 1:m.end]) \
            or "police" not in lowers_of(doc) \
            or any(t.lower_ in _FIRMS_WORDS for t in doc[m.start + 1:m.end]):  # "SP Setia Berhad", a developer
        return m
    start = m.start + 1
    if doc[start].text in _POLICE_DIVISIONS and m.end - start >= 3:
        start += 1  # Indian copy's post of a district's part: "SP City Vineet Bhatnagar", "SP Rural Anil Kumar Singh"
    return Mention(start, m.end, "PERSON", m.weight, m.source)  # the rank says whose name it is


# Titles after which two or three capitalised words the model calls a body are a person's name: "Cape Town Mayor
# Geordin Hill-Lewis said", "the central bank's spokesperson Husneara Shikha said" (names it does not know).
_TITLES_BEFORE_UNKNOWN_NAMES = PERSON_TITLES | {"spokesperson", "spokesman", "spokeswoman", "commissioner",
                                                "chairman", "chairwoman"}


def titled_unknown_person(doc: Doc, m: Mention) -> Mention:
    """The model's body of two or three capitalised words right after a person's title, where no word of it is a
    firm's or a body's and no known body is named, a person: "Mayor [Geordin Hill-Lewis]"."""
    if m.label != "ORG" or m.start == 0 or doc[m.start - 1].lower_ not in _TITLES_BEFORE_UNKNOWN_NAMES:
        return m
    words = [t for t in doc[m.start:m.end] if not is_glued_hyphen(t)]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.is_alpha for t in words) \
            or any(t.lower_ in _FIRMS_WORDS for t in words) \
            or doc[m.start:m.end].text.lower() in KNOWN_ORGANISATIONS \
            or (m.end < len(doc) and doc[m.end].is_title):
        return m
    return Mention(m.start, m.end, "PERSON", m.weight, m.source)


# Offices written after "Vice", which the model leaves out of a body's name ending in it: "the Office of the Vice
# President" was "Office of the Vice".
_VICE_OFFICES = frozenset({"President", "Chancellor", "Chairman", "Chair", "Premier", "Governor", "Mayor"})


def with_vice_offices(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A body's name the model ended at "Vice" taken on over the office after it: "Office of the Vice President"."""
    starts = {m.start for m in mentions}
    return [Mention(m.start, m.end + 1, m.label, m.weight, m.source)
            if m.label == "ORG" and m.end - m.start > 1 and doc[m.end - 1].text == "Vice" and m.end < len(doc)
            and doc[m.end].text in _VICE_OFFICES and m.end not in starts else m for m in mentions]


# Offices whose name the model takes for a work: '"...," the Minister of Power, Adebayo Adelabu, told' (a work of
# art "the Minister of Power"), "the Commissioner for Information".
_OFFICES_TAKEN_FOR_WORKS = frozenset({"minister", "secretary", "commissioner", "governor", "director", "chairman"})


def is_an_office_taken_for_a_work(doc: Doc, m: Mention) -> bool:
    """The model's work of art that is an office's name: "the Minister of Power" ("of" or "for" after the office);
    not a title in quotation marks ('"The Minister of Fear"', a novel)."""
    if m.label != "WORK_OF_ART" or (m.end < len(doc) and doc[m.end].is_quote):  # the quotation's close after it
        return False
    start = m.start + 1 if doc[m.start].lower_ == "the" else m.start
    return m.end - start >= 3 and doc[start].lower_ in _OFFICES_TAKEN_FOR_WORKS and doc[start].is_title \
        and doc[start + 1].lower_ in ("of", "for")


def _is_person_title(token: Token) -> bool:
    """A title or honorific written before a person's name: "Taoiseach", "Maj", "Gen", "Field" of "Field Marshal"."""
    return token.lower_ in PERSON_TITLES or token.lower_ in PERSON_OFFICES or token.text in HONORIFICS \
        or token.text in GENERAL or (token.lower_ in RANK_OPENERS and token.i + 1 < len(token.doc)
                                     and token.nbor().is_title and _is_person_title(token.nbor()))


# Endings of nouns that name what a person does: "striker", "campaigner", "scientist", "historian".
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
# Nouns for a person with none of those endings: "Rookie Xavier Worthy", "Neighbour Margaret Ashworth, 71, said".
_PERSON_NOUNS = frozenset({"rookie", "veteran", "teenager", "youngster", "star", "freshman", "sophomore", "captain",
                           "skipper", "newcomer", "boss", "chef", "coach", "pundit", "tycoon", "billionaire",
                           "neighbour", "neighbor", "witness", "victim", "patient", "pupil", "nurse", "widow",
                           "colleague", "friend", "mum", "mom", "dad",
                           # sport's posts written as titles: "Jockey Brian Hernandez Jr.", "Linebacker Micah Parsons"
                           "jockey", "trainer", "linebacker", "quarterback", "cornerback", "halfback", "fullback",
                           "goalie", "pitcher", "catcher", "shortstop", "outfielder", "infielder", "receiver",
                           "batter", "bowler", "opener", "all-rounder", "wicketkeeper", "sprinter", "swimmer",
                           "cyclist", "rider", "driver", "golfer", "boxer", "fighter", "wrestler", "gymnast"})


def without_role_nouns(doc: Doc, mentions: list[Mention], nouns: frozenset[str]) -> list[Mention]:
    """A person's name with what they do capitalised before it at a sentence's start: "Striker Kieran Dunmore",
    "Footballer Marcus Rashford" (an organisation to the model) are the person "Kieran Dunmore", "Marcus Rashford";
    elsewhere, a noun only a person is (`_PERSON_NOUNS`) or a plural of people (`_is_peoples_plural`) before a known
    given name: "said Chef Élodie Marchand" (whose surname the model may leave out, `_with_surname_after_role`),
    "Independents Alex Greenwich and Joe McGirr". Not where the name's last word is a common noun too, unless after
    such a plural: "Water Street Partners" is a firm. A hyphenated name counts as one word: "Economist Aly-Khan
    Satchu"."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        m = _with_surname_after_role(doc, m, nouns, covered)
        tokens = tokens_of(doc)
        first, last = tokens[m.start], tokens[m.end - 1]
        words = [t for t in tokens[m.start + 1:m.end] if not is_glued_hyphen(t)]
        if len(words) > 2 and words[-1].lower_ in GENERATIONAL_SUFFIXES:  # "Jockey Brian Hernandez Jr."
            words, last = words[:-1], words[-2]
        given = bool(words) and is_given_name(words[0].text)
        plural = given and _is_peoples_plural(first, nouns)
        person_noun = first.lower_ in _PERSON_NOUNS
        role = person_noun or (first.lower_ in nouns and first.lower_.endswith(AGENT_ENDINGS))
        opens = _starts_sentence(doc, m.start) or (given and person_noun)
        # A surname that is a noun too ("Parsons") after a person's noun and a given name: "Linebacker Micah Parsons".
        named = plural or (given and person_noun)
        if m.label in ("PERSON", "ORG") and len(words) in (2, 3, 4) and ((opens and role) or plural) \
                and first.is_title \
                and all(t.is_title and t.is_alpha for t in words) and len(words) - _hyphens(words) in (2, 3) \
                and (named or not {last.lower_, last.lemma_.lower(), last.lower_.removesuffix("s")} & nouns):
            m = Mention(m.start + 1, m.end, "PERSON", m.weight, m.source)
        out.append(m)
    return out


def _is_peoples_plural(token: Token, nouns: frozenset[str]) -> bool:
    """A capitalised common noun in the plural, as the tagger reads it, that is no given name: the group a person named
    after it belongs to ("Independents", "Liberals", "Senators"), no word of the name ("Miles Davis")."""
    return token.tag_ == "NNS" and token.lemma_.lower() in nouns and token.lemma_.lower() != token.lower_ \
        and not is_given_name(token.text)


def _with_surname_after_role(doc: Doc, m: Mention, nouns: frozenset[str], covered: set[int]) -> Mention:
    """The model's person of a person's noun (`_PERSON_NOUNS`) and a known given name, or of a known given name alone
    after an honorific, with the capitalised surname after them, in no mention and no common noun: "Chef Élodie" of
    "said Chef Élodie Marchand", "Kate" of "Cllr Kate Halliday" (the model's "Cllr Kate", its rank cut)."""
    end = m.end
    role = end - m.start == 2 and doc[m.start].lower_ in _PERSON_NOUNS and doc[m.start].is_title
    honoured = end - m.start == 1 and m.start > 0 and _is_title(doc[m.start - 1])
    if m.label != "PERSON" or not (role or honoured) or end >= len(doc) or end in covered \
            or not is_given_name(doc[end - 1].text):
        return m
    surname = doc[end]
    if surname.is_title and surname.is_alpha and surname.pos_ == "PROPN" and surname.lower_ not in nouns \
            and not is_given_name(surname.text):
        return Mention(m.start, end + 1, m.label, m.weight, m.source)
    return m


def _hyphens(words: list[Token]) -> int:
    """How many of these words follow a glued hyphen (part of the word before)."""
    return sum(1 for t in words if t.i > 0 and is_glued_hyphen(t.doc[t.i - 1]))


# Honorifics of the judges of the High Court ("Mr Justice Nicklin", "Mrs Justice Steyn") and of the Court of Appeal
# ("Lord Justice Bean", "Lady Justice King") of England and Wales, written before "Justice" and the judge's surname.
_JUDGES_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Lord", "Lady"})
# Words of a judge's surname after the style: "Martin Spencer" of "Mr Justice Martin Spencer".
_JUDGES_SURNAME_WORDS = 3
# Scotland's offices written as the style is, no surname after it: "Lord Justice Clerk Lady Dorrian".
_JUDGES_OFFICES = frozenset({"Clerk", "General"})
# Words after "Lady Justice" or "Lord Justice" that end a body's name, no judge's surname: "The Lady Justice Fund",
# "Ms Justice League star", besides the heads of `ORGANISATION_HEADS` ("Foundation", "Party", "Trust").
_JUSTICE_BODY_HEADS = ORGANISATION_HEADS | {"fund", "league", "society", "project", "initiative", "campaign",
                                            "movement", "alliance", "coalition", "network", "forum", "programme",
                                            "program", "scheme", "prize", "award", "statue"}


def english_judges(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The judges of the English courts by their style, their surname alone a person, as after "Judge": the model
    made "Justice Bean" of "Lord Justice Bean" an organisation, "Mrs Justice Steyn" one, and left "Lady Justice King"
    out; a mention over the style or the surname gives way to the judge."""
    words = words_of(doc)  # the style's honorific read off the word list first: no Token for every other word
    judges = [judge for i in range(len(doc) - 2)
              if words[i] in _JUDGES_HONORIFICS and (judge := _judge_after_style(doc, i)) is not None]
    if not judges:
        return mentions
    kept = [m for m in mentions if not any(m.start < judge.end and judge.start - 2 < m.end for judge in judges)]
    return sorted(kept + judges, key=lambda m: m.start)


# A judge's title before initials written without full stops, as India's press names its judges: "Justice A S Oka",
# "Chief Justice D Y Chandrachud", "Justices A S Bopanna and M M Sundresh".
_JUDGES_TITLES = frozenset({"Justice", "Justices", "Judge", "Judges"})
_UNDOTTED_INITIALS = 3


def judges_by_undotted_initials(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Judges named by initials without full stops and a surname after a judge's title, persons: the model made "Justice
    A S Oka" an organisation, "S Gadkari" of "Justice A S Gadkari" a product, found "Chandrachud" alone of "Chief
    Justice D Y Chandrachud" and none of "Justices A S Bopanna and M M Sundresh"; a mention over them gives way."""
    words = words_of(doc)  # the title read off the word list first: no Token for every other word
    judges = []
    for i in range(len(doc) - 2):
        if words[i] not in _JUDGES_TITLES:
            continue
        judge = _judge_by_initials(doc, i + 1)
        while judge is not None:  # "Justices A S Bopanna and M M Sundresh"
            judges.append(judge)
            more = judge.end < len(doc) - 2 and words[judge.end] in ("and", ",") and words[i].endswith("s")
            judge = _judge_by_initials(doc, judge.end + 1) if more else None
    if not judges:
        return mentions
    kept = [m for m in mentions if not any(m.start < judge.end and judge.start - 1 < m.end for judge in judges)]
    return sorted(kept + judges, key=lambda m: m.start)


def _judge_by_initials(doc: Doc, start: int) -> Mention | None:
    """Initials without full stops from doc[start] and the surname after them ("A S Oka"), None where none are; not the
    article "A" alone ("Judge A Day Early", a headline) nor a surname before another capitalised word."""
    end = start
    while end < len(doc) and end - start < _UNDOTTED_INITIALS and len(doc[end].text) == 1 and doc[end].text.isupper():
        end += 1
    if end == start or end >= len(doc) or not _is_surname_word(doc[end]) or len(doc[end].text) < 2 \
            or (end - start == 1 and doc[start].text in ("A", "I")):
        return None
    if end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].is_alpha:
        return None  # a title-case headline's words, or a longer name the model may read
    return Mention(start, end + 1, "PERSON", 1.0, HONORED)


def _judge_after_style(doc: Doc, i: int) -> Mention | None:
    """The surname after a judge's style opening at doc[i] ("Lord Justice [Stuart-Smith]"), None where none does."""
    if doc[i].text not in _JUDGES_HONORIFICS or doc[i + 1].text != "Justice" or doc[i + 2].text in _JUDGES_OFFICES \
            or (i > 0 and doc[i - 1].lower_ == "the"):  # "The Lady Justice Fund": a body's name
        return None
    start = end = i + 2
    while end < len(doc) and end - start < _JUDGES_SURNAME_WORDS and _is_surname_word(doc[end]):
        end += 1
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
            end += 1  # a double-barrelled surname: "Stuart-Smith"
    if end > start and doc[end - 1].text == "-":
        end -= 1
    if end == start or any(t.lower_ in _JUSTICE_BODY_HEADS for t in doc[start:end]):
        return None  # "Lady Justice Foundation chair", "Lord Justice Party leader": a body, no judge
    return Mention(start, end, "PERSON", 1.0, HONORED)


# A peer's title before the surname they sit by: "Lord Reed", "Lady Simler", "Baroness Hale" (judges of the Supreme
# Court, ministers in the Lords).
_PEERS_TITLES = frozenset({"Lord", "Lady", "Baroness", "Baron"})
# Words after "Lord" or "Lady" that name no peer: offices ("Lord Advocate", "Lord Provost"; those of `ALL_TITLES`,
# "Lord Chancellor", "Lord Mayor", are none either), God ("Lord Almighty"), figures of speech ("Lady Luck").
_NO_PEERS = frozenset({"advocate", "provost", "chamberlain", "privy", "high", "great", "protector", "steward",
                       "lieutenant", "rector", "god", "almighty", "jesus", "christ", "luck", "liberty"})


def peers_by_title(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Peers by their title and surname, the surname a person, as after "Mr", where the model found no one or an
    organisation: "Lord Reed, the president of the Supreme Court, said" (none), "Lord Hodge said" and "Baroness Hale
    said" (organisations). Not a place or a thing named so ("Lord Howe Island", "Lord's"), a peer named with the
    place after "of" ("Lord Hunt of Kings Heath": a rule of its own), "the Lord", nor a name the model labels
    otherwise ("Lady Gaga" its person, "Lady Bird")."""
    covering = {i: m for m in mentions for i in range(m.start, m.end)}
    found, replaced = [], set()
    for i, word in enumerate(words_of(doc)[:-1]):  # the word off the list: a Token's is a string built at each read
        if word not in _PEERS_TITLES or _inside_a_name(doc, i) or (i > 0 and doc[i - 1].lower_ == "the"):
            continue
        end = _peers_surname_end(doc, i + 1)
        if end is None or _titled_name_of_a_thing(doc, i, end) \
                or (end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].text[:1].isupper()):
            continue
        inside = {id(m): m for j in range(i, end) if (m := covering.get(j)) is not None}
        if any(m.label != "ORG" or m.start < i or m.end > end for m in inside.values()):
            continue  # the model's person ("Gaga" of "Lady Gaga"), or a longer name
        replaced |= inside.keys()
        found.append(Mention(i + 1, end, "PERSON", 1.0, HONORED))
    if not found:
        return mentions
    return sorted([m for m in mentions if id(m) not in replaced] + found, key=lambda m: m.start)


# Royal and noble titles written with "the", "of" and the place, which name one person: "the Duke of Sussex", "the
# Princess of Wales".
_ROYAL_PEERAGES = frozenset({"Duke", "Duchess", "Prince", "Princess", "Earl", "Countess"})
# The most words of such a title's place: "the Duke of Edinburgh", "the Earl of St Andrews".
_PEERAGE_PLACE_WORDS_MISSED = 3


def royal_peers_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A royal's or noble's title after "the" with "of" and its place, where the model found nothing in it, as a
    person: "The Duke of Sussex lost his case", "the Prince of Wales visited Cardiff" (no entity); not where a
    word, capitalised or not, ends a thing named after the title ("the Prince of Wales Bridge", "the Duke of Edinburgh
    award"), nor where the model found a name in it ("Wales" alone stays the model's), nor a title the text gives a
    person named before it ("Prince William, the Prince of Wales, ...": its holder, whom a group of the title apart
    from his name would double)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for i, word in enumerate(words_of(doc)[:-2]):
        if word not in _ROYAL_PEERAGES or i == 0 or doc[i - 1].lower_ != "the" or doc[i + 1].text != "of":
            continue
        end = i + 2
        while end < min(len(doc), i + 2 + _PEERAGE_PLACE_WORDS_MISSED) and doc[end].is_title and doc[end].is_alpha:
            end += 1
        things = {doc[end - 1].lower_, doc[end].lower_ if end < len(doc) else ""}
        if end == i + 2 or (end < len(doc) and doc[end].is_title and doc[end].is_alpha) \
                or things & (_PEER_NAMED_THINGS | _HONORIFIC_THING_HEADS) or covered.intersection(range(i, end)) \
                or _owns_a_named_thing(doc, end):
            continue
        found.append(Mention(i, end, "PERSON", 1.0, HONORED))
    held = _titles_of_people_named(doc, mentions, found)
    found = [m for m in found if span_text(doc, m.start, m.end) not in held]
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _titles_of_people_named(doc: Doc, mentions: list[Mention], titles: list[Mention]) -> set[str]:
    """The titles in apposition right after a person's name: "the Prince of Wales" of "Prince William, the Prince of
    Wales,"."""
    person_ends = {m.end for m in mentions if m.label == "PERSON"}
    return {span_text(doc, m.start, m.end) for m in titles
            if m.start >= 3 and doc[m.start - 2].text == "," and m.start - 2 in person_ends}


def _owns_a_named_thing(doc: Doc, end: int) -> bool:
    """A possessive and a capitalised word after a title's place, a thing named after it whose name the model cut:
    "the Prince of Wales's Foundation", "the Duke of Edinburgh's Award" (not "the Duke of Sussex's lawyers")."""
    return end + 1 < len(doc) and doc[end].lower_ in POSSESSIVES and doc[end + 1].is_title and doc[end + 1].is_alpha


# Things named after a peer's title, whose last word follows its place: "the Prince of Wales Bridge".
_PEER_NAMED_THINGS = frozenset({"bridge", "theatre", "theater", "square", "award", "awards", "prize", "hotel", "pub",
                                "road", "street", "park", "island", "stakes", "cup", "barracks", "dock", "pier",
                                "scheme", "programme", "medal"})


def _peers_surname_end(doc: Doc, i: int) -> int | None:
    """The end of the surname opening at doc[i] after a peer's title, one capitalised word or two joined by a hyphen
    ("Reed", "Lloyd-Jones"); None where no surname opens there ("Lord Chancellor", "Lord of the Rings")."""
    token = doc[i]
    if not _is_surname_word(token) or token.lower_ in ALL_TITLES or token.lower_ in _NO_PEERS \
            or token.text in HONORIFICS:
        return None
    end = i + 1
    if end + 1 < len(doc) and is_glued_hyphen(doc[end]) and _is_surname_word(doc[end + 1]):
        end += 2
    return end


def _is_surname_word(token: Token) -> bool:
    """A capitalised word of letters, an apostrophe allowed inside: "Bean", "O'Farrell", and one with a capital inside
    after a surname's prefix, as Scots' and Irish surnames are written: "McDermott", "MacKenzie" (no title case); not
    a firm's camel case ("BioNTech", "YouTube": "Mr Justice Meade's BioNTech ruling")."""
    text = token.text
    return (token.is_title or (text[1:2].islower() and not text.islower() and not _is_camel_cased(token))) \
        and text[:1].isupper() and text.replace("'", "").replace("’", "").isalpha()


def named_after_ranks(doc: Doc, mentions: list[Mention]) -> list[Mention]:
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
            added.append(Mention(start, end, "PERSON", 1.0, HONORED))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# Honorifics and royal titles a person's name follows, as written, where the model may find no one after them: "Mr
# Prabowo, a former general, won" and "welcomed by ... Queen Sonja" had no entity.
_NAME_TITLES = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "King", "Queen", "Prince", "Princess"})
# Words of a name after a title: "Prabowo Subianto".
_TITLED_NAME_WORDS = 3
# A monarch's number after the given name: "V" of "King Harald V", "XIV" of "Pope Leo XIV".
_REGNAL_NUMBER = re.compile(r"[IVX]{1,5}")


def named_after_honorifics(doc: Doc, mentions: list[Mention], ordinary: frozenset[str]) -> list[Mention]:
    """People the model left out after an honorific or a royal title (`_NAME_TITLES`): up to three capitalised words
    after it, in no mention, none an English word (`ordinary`: "Mr Speaker", "Dr Who", "Mr Men", "Queen Street", "Mr
    Bean"), a title or an honorific, before no lower-case noun they qualify ("King Charles spaniel"). Not a title
    inside a longer name ("Burger King Whopper", "Oak Dr. Police"): a capitalised word before it must be a title too
    ("Crown Prince")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    tokens = tokens_of(doc)
    for i, word in enumerate(words_of(doc)[:-1]):  # the word off the list: a Token's is a string built at each read
        if word not in _NAME_TITLES or i in covered or _inside_a_name(doc, i):
            continue
        token = tokens[i]
        end, words = i + 1, 0
        while end < len(doc) and words < _TITLED_NAME_WORDS and end not in covered \
                and _may_be_a_name_word(doc[end], ordinary):
            end, words = end + 1, words + 1
            if end + 1 < len(doc) and is_glued_hyphen(doc[end]) and doc[end + 1].is_title and doc[end + 1].is_alpha \
                    and not covered.intersection((end, end + 1)):
                end += 2  # "Willem-Alexander", whose second name is a word too (the plant "alexanders")
        if end == i + 2 and token.lower_ in REGNAL_TITLES and end < len(doc) and end not in covered \
                and _REGNAL_NUMBER.fullmatch(doc[end].text):
            end += 1  # "King Harald V": the monarch's number is the name's
        if end > i + 1 and (end == len(doc) or (end not in covered and not _is_lower_noun(doc[end]))) \
                and not _is_quoted_title(doc, i, end) and not _titled_name_of_a_thing(doc, i, end):
            added.append(Mention(i + 1, end, "PERSON", 1.0, HONORED))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def monarchs_by_number(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A monarch's title, name and number the model took for a body or a place: a person, without the title ("Tonga's
    King Tupou VI has appointed" was an organisation; "King Mswati III" the model's person "Mswati III")."""
    return [Mention(m.start + 1, m.end, "PERSON", m.weight, m.source)
            if m.label in ("ORG", "GPE", "LOC", "FAC", "NORP") and m.end - m.start == 3
            and doc[m.start].lower_ in REGNAL_TITLES and doc[m.start].is_title
            and doc[m.start + 1].is_title and doc[m.start + 1].is_alpha
            and _REGNAL_NUMBER.fullmatch(doc[m.end - 1].text) else m for m in mentions]


def royals_apart(doc: Doc, mentions: list[Mention]) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(short, long) pairs of a given name written only after a royal title ("Princess Anne", "King Charles") and a
    person's full name it opens ("Anne Hidalgo", "Charles Leclerc"): another person, no short form of theirs (not a
    monarch's name and number: "Charles III")."""
    royal: dict[tuple[str, ...], bool] = {}
    for m in mentions:
        if m.end - m.start == 1 and m.key:
            titled = m.start > 0 and doc[m.start - 1].lower_ in _ROYAL_TITLES and doc[m.start - 1].is_title
            royal[m.key] = royal.get(m.key, True) and titled
    found = set()
    for m in mentions:
        if len(m.key) > 1 and royal.get(m.key[:1]) and not _REGNAL_NUMBER.fullmatch(doc[m.end - 1].text):
            found.add((m.key[:1], m.key))
    return found


_ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess"})


# Last words of places, bodies, firms and buildings, no one's name after a title: "Prince Edward Island", "Princess
# Cruises", "Prince George's County", "King Edward VII Hospital".
_HONORIFIC_THING_HEADS = ORGANISATION_HEADS | FACILITY_HEADS | NAMESAKE_HEADS | NO_SURNAME_PLACE_HEADS | {"cruises"}


def _titled_name_of_a_thing(doc: Doc, i: int, end: int) -> bool:
    """The title and the words after it doc[i + 1:end] name a thing, no person: another capitalised word follows
    ("Prince Edward Island", "Mrs Doubtfire The Musical", "Mr Brightside Live") or a number ("Queen Mary 2"), the
    last word is a place's or a body's ("Princess Cruises"), or the whole is a known firm ("Dr Oetker")."""
    if end < len(doc) and ((doc[end].is_alpha and doc[end].text[:1].isupper()) or doc[end].is_digit):
        return True  # and a number: a ship's or a product's ("The Queen Mary 2 docked")
    if doc[end - 1].lower_ in _HONORIFIC_THING_HEADS:
        return True
    return " ".join(t.lower_.rstrip(".") for t in doc[i:end]) in KNOWN_ORGANISATIONS


def _is_quoted_title(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is all of the words in quotation marks, a title ('opened with "Mr. Brightside".', "Mrs
    Robinson"), no one's name: a mark before it, and one after it or after a comma or full stop."""
    if start == 0 or not doc[start - 1].is_quote or end >= len(doc):
        return False
    after = doc[end]
    if after.is_punct and not after.is_quote and end + 1 < len(doc):
        after = doc[end + 1]  # 'sang "Mrs Robinson," and'
    return after.is_quote


def _is_lower_noun(token: Token) -> bool:
    """A noun in lower case, which the words before it qualify: a thing named after a title and a name ("King Charles
    spaniel", "Dr Martens shares", "Mr Whippy van"), no person."""
    return token.is_lower and token.pos_ in ("NOUN", "PROPN")


def _inside_a_name(doc: Doc, i: int) -> bool:
    """A capitalised word that is no title comes right before doc[i] in its sentence: "Burger King"."""
    before = doc[i - 1] if i > 0 else None
    return before is not None and not before.is_sent_start and before.is_title and before.is_alpha \
        and before.lower_ not in ALL_TITLES and before.lower_ != "crown"


def _may_be_a_name_word(token: Token, ordinary: frozenset[str]) -> bool:
    """A capitalised word of letters that is no English word but a common given name ("Anne" and "Charles" are nouns
    to the lemmatizer), no title nor honorific: "Prabowo", "Sonja", "Anne"."""
    return token.is_title and token.is_alpha \
        and (token.lower_ not in ordinary or _compact(token.lower_) in _GIVEN_NAMES) \
        and token.lower_ not in ALL_TITLES and token.text not in HONORIFICS


def honoured_person(doc: Doc, m: Mention) -> Mention:
    """A name with "Mr", "Ms", "Mrs" or "Dr" before it, inside the span or just before it, is a person's whatever the
    model said ("Ms Chambers" as an organisation split her from "Therese Chambers" and from her pronouns)."""
    if m.label == "PERSON":  # the model agrees; the honorific still tells the group of its full name
        honoured = m.start > 0 and doc[m.start - 1].text in HONORIFICS and doc[m.start].text[:1].isupper()
        return replace(m, source=HONORED) if honoured else m  # "Mr Cardoso" makes "Olayemi Cardoso" a person
    if any(token.lower_ in POSSESSIVES for token in tokens_of(doc)[m.start:m.end]):
        return m  # "Dr. Reddy's Laboratories" is a company
    first = m.start if m.end - m.start > 1 and _honours(doc, m.start) else m.start - 1
    if first < 0 or not _honours(doc, first):
        return m
    name = first + 1  # past every rank: "Sqn Ldr Amy Cole"
    while name < m.end - 1 and (doc[name].text in HONORIFICS or doc[name].text in GENERAL):
        name += 1  # "Maj Gen Andrus Merilo" ("Gen" alone opens "Gen Digital")
    if name >= m.start and doc[name].text[:1].isupper() and doc[m.end - 1].text[:1].isupper() \
            and not is_generation(doc, name - 1):
        # The honorific is no part of the name: "DI Holloway" is the "Karen Holloway" named before ("Col du
        # Tourmalet" is a mountain pass).
        return Mention(name, m.end, "PERSON", m.weight, HONORED)
    return m


def _honours(doc: Doc, i: int) -> bool:
    """doc[i] is an honorific or a rank, or "PM", that only a person's name follows."""
    return doc[i].text in HONORIFICS or is_prime_minister(doc, i)
