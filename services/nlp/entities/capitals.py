"""Capitalised ordinary words that name nothing ("Prices rose"), titles before names, names split by a space."""
from __future__ import annotations

from collections.abc import Sequence, Set

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import lower_case_words_of, lowers_of, tokens_of, words_of
from services.nlp.entities.gazetteer import _in_gazetteer, _is_known_organisation
from services.nlp.entities.headlines import title_case_lines
from services.nlp.entities.mentions import HEADLINE_CUT, Mention, _singulars
from services.nlp.entities.recasing import _common_nouns, _common_words
from services.nlp.entities.sport import is_about_sport, is_known_team
from services.nlp.entities.tables import _is_number
from services.nlp.entity_rules import (
    ALL_TITLES,
    COUNSEL_RANKS,
    GOVERNMENT_BODY_WORDS,
    HONORIFICS,
    KNOWN_PEOPLE,
    NAME_LABELS,
    OFFICE_HEADS,
    OFFICE_PORTFOLIOS,
    OFFICE_WORDS,
    ORGANISATION_HEADS,
    PARTY_MEMBERS_POSTS,
    PARTY_WORDS,
    PORTFOLIO_OFFICES,
    PORTFOLIOS,
    POSTNOMINALS,
    RANK_OPENERS,
    SHORT_NAMES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    TWO_WORD_TITLES,
    WATER_NOUNS,
)
from services.nlp.given_names import is_english_given_name, is_given_name


def _joined_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Two people's names in title case that only a space parts, one of them a single word the text never writes in
    lower case (spaCy's lemma index lists surnames as nouns: "jackson", "taylor"), the first a given name, as the one
    name the model split: "Hassan Sheikh" "Mohamud", "General Tarek" "William Saab" (the title before it left out),
    "Amy Berman" "Jackson"; not two names alone ("Biden Trump"), a role ("Barrister" "Philip Marshall"), a headline's
    words ("Obama" "Reverses Bush"), nor more than three words."""
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if last is not None and last.label == m.label == "PERSON" and last.end == m.start \
                and doc[last.end - 1].whitespace_ == " ":
            start = last.start
            while doc[start].lower_ in ALL_TITLES and last.end - start > 1:
                start += 1
            single = doc[start] if last.end - start == 1 else doc[m.start] if m.end - m.start == 1 else None
            if single is not None and single.lower_ not in lower_case_words_of(doc) and m.end - start <= 3 \
                    and is_given_name(doc[start].text) \
                    and all(t.is_title or not t.is_alpha for t in doc[start:m.end]):
                out[-1] = Mention(start, m.end, "PERSON", max(last.weight, m.weight), last.source)
                continue
            if _is_given_names_pair_then_name(doc, start, m):
                out[-1] = Mention(start, m.end, "PERSON", max(last.weight, m.weight), last.source)
                continue
        out.append(m)
    return out


def _is_given_names_pair_then_name(doc: Doc, start: int, m: Mention) -> bool:
    """Two given names, then a two-word name that opens with no English given name, as the one four-word name the
    model split: "Mirza Fakhrul" "Islam Alamgir". A first half that ends with a surname is a whole name of its own
    ("Tom Hanks" "Rita Wilson"), and so is a second half that opens with an English given name ("Elton John" "Paul
    McCartney"), or a given name and a surname that is none ("Abdul Rahman" "Imran Khan", two people listed)."""
    words = doc[start:m.end]
    return m.start - start == 2 and m.end - m.start == 2 and all(t.is_title and t.is_alpha for t in words) \
        and is_given_name(doc[start].text) and is_given_name(doc[start + 1].text) \
        and not is_english_given_name(doc[m.start].text) and not _is_given_name_and_surname(doc[m.start:m.end]) \
        and not any(t.lower_ in ALL_TITLES or t.lower_ in lower_case_words_of(doc) for t in words)


def _is_given_name_and_surname(name: Span) -> bool:
    """A two-word name that is a whole person's: a given name, then a word that is none ("Imran Khan"; not "Islam
    Alamgir" nor "Uddin Ahmed", the later words of a long name)."""
    return is_given_name(name[0].text) and not is_given_name(name[-1].text)


def _given_names_before_surnames(doc: Doc, mentions: list[Mention], ordinary: Set[str]) -> list[Mention]:
    """A given name alone that the model called an organisation or a place, then a capitalised word no dictionary nor
    gazetteer knows and the text never writes in lower case, which the model left out or called a place too: one
    person's name ("[Oleksandr] [Syrskyi], Ukraine's commander-in-chief, said", an organisation and a place). Not a
    given name that is a place's ("Jordan") or a known firm's ("Hermes Birkin", the house's bag), nor before a word
    ("Aston Villa"), a known name or another person."""
    by_start = {m.start: m for m in mentions}
    inside = {i for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    skip: set[int] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start in skip:
            continue
        nxt = m.end
        after = by_start.get(nxt)
        if m.end - m.start == 1 and m.label in _NOT_GIVEN_NAME_LABELS and nxt < len(doc) \
                and doc[m.start].whitespace_ == " " and _is_unknown_surname(doc[nxt], ordinary) \
                and (after is None and nxt not in inside or after is not None and after.end == nxt + 1
                     and after.label in _NOT_GIVEN_NAME_LABELS) \
                and is_given_name(doc[m.start].text) and not _in_gazetteer(doc[m.start].lower_) \
                and not _is_known_organisation((doc[m.start].lower_,)):  # "Hermes Birkin": a firm's product
            out.append(Mention(m.start, nxt + 1, "PERSON", m.weight, m.source))
            skip.add(nxt)
            continue
        out.append(m)
    return out


def names_cut_after_titles(doc: Doc, mentions: list[Mention], ordinary: Set[str]) -> list[Mention]:
    """A person's name the model cut after its first words, which stand between a capitalised title and the rest:
    "President [Mahamat Idriss] Deby Itno" (one or two words no dictionary, gazetteer nor list of titles knows, that
    the text never writes in lower case); not words another mention holds, nor before a name the model opened with a
    given name ("General Secretary Unite Sharon Graham")."""
    inside = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        start = m.start
        if m.label == "PERSON" and not is_given_name(doc[m.start].text):
            while start > 0 and m.start - start < 2 and start - 1 not in inside \
                    and _is_unknown_name_word(doc[start - 1], ordinary):
                start -= 1
            if start == m.start or start == 0 or not (doc[start - 1].is_title and doc[start - 1].lower_ in ALL_TITLES):
                start = m.start
        out.append(Mention(start, m.end, m.label, m.weight, m.source) if start != m.start else m)
    return out


def _is_unknown_name_word(token: Token, ordinary: Set[str]) -> bool:
    """A capitalised proper noun no dictionary, gazetteer nor list of titles knows, never in lower case in the text."""
    return token.is_alpha and token.is_title and len(token.text) > 2 and token.pos_ == "PROPN" \
        and token.lower_ not in ALL_TITLES and token.lower_ not in ordinary and token.lemma_.lower() not in ordinary \
        and token.lower_ not in lower_case_words_of(token.doc) and not _in_gazetteer(token.lower_) \
        and token.i not in title_case_lines(token.doc)


# The model's labels for a lone given name or surname of a name it does not know: "Oleksandr" an organisation,
# "Syrskyi" a place.
_NOT_GIVEN_NAME_LABELS = frozenset({"ORG", "GPE", "LOC", "NORP"})


def _is_unknown_surname(token: Token, ordinary: Set[str]) -> bool:
    """The token reads as a surname no word list knows: a proper noun of capitalised letters only, not on a line in
    title case ("Cuts" of the headline "Nike Cuts Forecast"), no dictionary word, never written in lower case in the
    text, no place nor people of the gazetteer."""
    return token.is_alpha and token.is_title and len(token.text) > 2 and token.pos_ == "PROPN" \
        and token.i not in title_case_lines(token.doc) \
        and token.lower_ not in ordinary and token.lemma_.lower() not in ordinary \
        and token.lower_ not in lower_case_words_of(token.doc) and not _in_gazetteer(token.lower_) \
        and not is_given_name(token.text)


def _without_titles(doc: Doc, mentions: list[Mention], ordinary: Set[str]) -> list[Mention]:
    """Titles the model took for names: before a person's name, "Fed Chair" (trimmed to the organisation, "Fed"),
    "Finance" of "Finance Minister", "Transportation" of "Transportation Secretary" (dropped); an office alone; an
    honour after a person's name ("KC"). `ordinary`: lower-case words that are common nouns or adjectives."""
    person_starts = {m.start for m in mentions if m.label == "PERSON"}
    person_ends = {m.end for m in mentions if m.label == "PERSON"}
    named = {i for m in mentions for i in range(m.start, m.end)}
    words = words_of(doc)
    lowers = lowers_of(doc)  # the words read off lists, not a Token or a Span built for each look at each mention
    persons_words = {words[i] for m in mentions if m.label == "PERSON" for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        surname = _surname_before_counsel_rank(doc, m, named, ordinary, persons_words)
        if surname is not None:
            out.append(Mention(surname, m.start, "PERSON", m.weight, m.source))
            continue  # "Jessica" "Simor" "KC": the surname the model left out, the rank its organisation
        if _is_bare_office(lowers[m.start:m.end]) \
                and not (m.label == "FAC" and _is_rank(lowers[m.start:m.end])):
            continue  # not a pub or a ship named after a rank: "a pint at the Field Marshal"
        portfolio = _portfolio_after_office(doc, m)
        if portfolio == m.end - m.start:
            continue  # "Secretary of [State]"
        portfolio = portfolio or _department_words_after_office(doc, m, ordinary)
        if portfolio and m.label != "PERSON" and _is_full_name(doc[m.start + portfolio:m.end]):
            out.append(Mention(m.start + portfolio, m.end, "PERSON", m.weight, m.source))
            continue  # "Secretary of [Defense Lloyd Austin]": the office holder
        if _opens_a_public_office(doc, m):
            continue  # "[European Public] Prosecutor Laura Kovesi", "[Federal Public] Defender": the office's words
        if m.start in person_ends and m.end - m.start == 1 and lowers[m.start] in POSTNOMINALS:
            continue  # "Judge Guy Kearl KC": his honour, no organisation
        if m.end - m.start == 1 and words[m.start] in HONORIFICS and m.end in person_starts:
            continue  # "HHJ Sarah Whitehouse", "called on [Mr] [Sánchez] to resign": a title, no body or place
        if m.label == "PERSON" or m.label not in NAME_LABELS:
            out.append(m)
            continue
        end = m.end
        while end > m.start and lowers[end - 1] in TITLE_WORDS and m.end in person_starts:
            end -= 1
        if end == m.start:
            continue
        before_title = m.end + 1 < len(doc) and lowers[m.end] in TITLE_WORDS and m.end + 1 in person_starts
        if before_title and (all(word in PORTFOLIOS for word in lowers[m.start:end])
                             or _names_a_department(doc, m, ordinary)):
            continue
        end = _before_department(doc, m.start, end, ordinary) if m.label == "ORG" else end
        if end == m.start:
            continue  # "[National Security] Adviser Jake Sullivan", "Ireland's [Data Protection] Commissioner"
        out.append(m if end == m.end else Mention(m.start, end, "ORG", m.weight, m.source))
    return out


# Institutions' acronyms that open their heads' and officials' titles: "ECB President Christine Lagarde", which the
# model misses before a title ("The ECB raised rates" it finds). Central banks, international bodies and agencies.
_INSTITUTION_ACRONYMS = frozenset({
    "ECB", "IMF", "BOJ", "BoJ", "BoE", "BOE", "RBI", "PBOC", "PBoC", "RBA", "RBNZ", "SNB", "BoC", "SEC", "FBI", "CIA",
    "NSA", "WHO", "NATO", "OPEC", "OECD", "WTO", "IEA", "IAEA", "FCA", "FTC", "FDA", "CDC", "EBRD"})
# Words of an official's title after the institution, besides `ALL_TITLES`: "ECB chief economist Philip Lane", "IMF
# Managing Director", "WHO Director-General".
_OFFICIAL_WORDS = frozenset({"economist", "vice", "managing", "executive", "policymaker", "official", "head", "-"})
# Most words of such a title: "Executive Board member" is no title, "chief economist" and "Vice President" are.
_OFFICIAL_TITLE_WORDS = 3


def _institutions_before_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Institutions the model left out, a known acronym right before an official's title and the person's name:
    "[ECB] President Christine Lagarde", "[ECB] chief economist Philip Lane" (not "ECB" alone, nor before a title in
    capitals: "WHO PRESIDENT")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    people = {m.start for m in mentions if m.label == "PERSON"}
    added = []
    for i, word in enumerate(words_of(doc)):  # the word off the list: a Token's is a string built at each read
        if word not in _INSTITUTION_ACRONYMS or i in covered:
            continue
        end = i + 1
        while end < len(doc) and end - i <= _OFFICIAL_TITLE_WORDS and not doc[end].is_upper \
                and (doc[end].lower_ in ALL_TITLES or doc[end].lower_ in _OFFICIAL_WORDS):
            end += 1
        if end > i + 1 and end in people:
            added.append(Mention(i, i + 1, "ORG", 1.0, "titled"))
    return added


# Party words before a member's post that name no party: "Independent MP Claire Wright" stood for none.
_NO_PARTY_WORDS = frozenset({"independent"})


def _parties_before_members_posts(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Parties the model left out, a party's word right before a member's post and the member's name: "[Labour] MP Jo
    Cox", "[Conservative] MP David Amess" (not "Independent MP Claire Wright", nor a post with no name after it)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    people = {m.start for m in mentions if m.label == "PERSON"}
    tokens = tokens_of(doc)
    # The word off the list first: a Token's is a string built at each read.
    return [Mention(token.i, token.i + 1, "ORG", 1.0, "titled")
            for token in (tokens[i] for i, word in enumerate(lowers_of(doc))
                          if word in PARTY_WORDS and word not in _NO_PARTY_WORDS)
            if token.is_title
            and token.i not in covered and token.i + 2 < len(doc) and doc[token.i + 1].text in PARTY_MEMBERS_POSTS
            and token.i + 2 in people]


# Offices after the words of their department or brief: "Trade Commissioner", "National Security Adviser".
_DEPARTMENT_OFFICES = frozenset({"secretary", "minister", "commissioner", "adviser", "advisor"})


def _before_department(doc: Doc, start: int, end: int, ordinary: Set[str]) -> int:
    """Where the model's organisation ends before a department's words and their office, capitalised, ending it or
    just after it: "EU" of "EU Trade" (Commissioner), of "EU Competition Commissioner", "U.S." of "U.S. National
    Security" (Adviser), nothing of "National Security Adviser"; `end` where no such words are, or what is left
    has a small word or a lower-case one ("Office of the Information Commissioner")."""
    office = end - 1 if _is_department_office(doc[end - 1]) else end
    if office == end and (end >= len(doc) or not _is_department_office(doc[end])):
        return end
    if _opens_secretary_general(doc, office):
        return end  # "Commonwealth Secretary-General", "Amnesty International Secretary General": the body's head
    first = office
    while first > start and _is_department_word(doc[first - 1], ordinary):
        first -= 1
    if first == office or any(not t.text[:1].isupper() or t.lower_ in _DEPARTMENT_JOINS for t in doc[start:first]):
        return end
    return first


def _opens_secretary_general(doc: Doc, i: int) -> bool:
    """doc[i] opens "Secretary-General" or "Secretary General", a body's own head, no department's office."""
    after = [t.lower_ for t in doc[i + 1:i + 3]]
    return doc[i].lower_ == "secretary" and (after[:1] == ["general"] or after == ["-", "general"])


# Offices written after "Public", which the model cuts off the rest of the office's words: "European Public
# Prosecutor", "Federal Public Defender".
_PUBLIC_OFFICES = frozenset({"prosecutor", "defender", "prosecutors", "defenders"})


def _opens_a_public_office(doc: Doc, m: Mention) -> bool:
    """The model's organisation ends in "Public" before a capitalised public office's noun: the office's first words
    ("European Public" of "European Public Prosecutor Laura Kovesi"), no body; not a body's name taking the noun in
    ("the European Public Prosecutor's Office", whose last word is no "Public")."""
    return m.label == "ORG" and doc[m.end - 1].lower_ == "public" and m.end < len(doc) and doc[m.end].is_title \
        and doc[m.end].lower_ in _PUBLIC_OFFICES


# Words that head a body's name, never a department's or brief's: "European [Union]", "Arab [League]", "Amnesty
# [International]", "Scottish [Government]".
_BODY_NAME_HEADS = ORGANISATION_HEADS | GOVERNMENT_BODY_WORDS | frozenset({
    "union", "league", "international", "commonwealth", "alliance", "organization", "organisation", "federation",
    "confederation", "society", "assembly", "board", "bureau", "forum", "institution", "coalition", "network"})


def _is_department_office(token: Token) -> bool:
    """An office a department's words come before, capitalised: "Commissioner", "Adviser"."""
    return token.lower_ in _DEPARTMENT_OFFICES and token.is_title


def _is_department_word(token: Token, ordinary: Set[str]) -> bool:
    """A capitalised common word of a department's or brief's name ("Trade", "National", "Security", "Data"), no
    place, party or body's head ("Wales", "Labour", "Office")."""
    return token.is_title and token.is_alpha and (token.lower_ in ordinary or token.lower_ in OFFICE_PORTFOLIOS) \
        and token.lower_ not in PARTY_WORDS and token.lower_ not in _BODY_NAME_HEADS \
        and not _in_gazetteer(token.lower_)


# Titles of a government's ministers, whose department's words come before them: "Transportation Secretary", "Culture,
# Media and Sport Secretary", "Agriculture Minister".
_MINISTERS = frozenset({"secretary", "minister"})
# Words that join a department's ordinary words: "Health and Human Services", "Work and Pensions".
_DEPARTMENT_JOINS = frozenset({"and", "&", ",", "of"})


def _names_a_department(doc: Doc, m: Mention, ordinary: Set[str]) -> bool:
    """The model's organisation before a minister's title is the department's words: capitalised common nouns and
    adjectives ("Transportation", "Veterans Affairs", "Health and Human Services"; `OFFICE_PORTFOLIOS` for words the
    lemmatizer lacks), no acronym, place or body's name ("NATO", "Wales", "Labour Party"); the title capitalised, as a
    department's minister's is: a party's is not ("Labour minister Pat McFadden", "Alliance minister Naomi Long")."""
    if m.label != "ORG" or m.end >= len(doc) or doc[m.end].lower_ not in _MINISTERS or not doc[m.end].is_title:
        return False
    words = [t for t in doc[m.start:m.end] if t.lower_ not in _DEPARTMENT_JOINS]
    return bool(words) and doc[m.end - 1].lower_ not in ORGANISATION_HEADS \
        and not any(t.lower_ in PARTY_WORDS for t in words) \
        and all(t.is_title and t.is_alpha and (t.lower_ in ordinary or t.lower_ in OFFICE_PORTFOLIOS)
                and not _in_gazetteer(t.lower_) for t in words)


def _portfolio_after_office(doc: Doc, m: Mention) -> int:
    """How many words opening the mention name an office's portfolio after "<office> of|for": "Secretary of
    [State]", "Minister for [Health]", "Chief Inspector of [Prisons]"; 0 elsewhere."""
    if m.start < 2 or doc[m.start - 1].lower_ not in ("of", "for") \
            or (doc[m.start - 2].lower_ not in OFFICE_HEADS and doc[m.start - 2].lower_ not in PORTFOLIO_OFFICES):
        return 0
    words = 0
    while m.start + words < m.end and doc[m.start + words].lower_ in OFFICE_PORTFOLIOS:
        words += 1
    return words


def _department_words_after_office(doc: Doc, m: Mention, ordinary: Set[str]) -> int:
    """How many words opening the model's organisation after "<office> of|for" are a department's, before a full name
    of two words that ends it: 4 of "Minister for [Digital Development and Information Josephine Teo]"; 0
    elsewhere."""
    if m.label != "ORG" or m.start < 2 or doc[m.start - 1].lower_ not in ("of", "for") \
            or doc[m.start - 2].lower_ not in OFFICE_HEADS or m.end - m.start < 3:
        return 0
    words = m.end - m.start - 2
    department = doc[m.start:m.start + words]
    if department[-1].lower_ in _DEPARTMENT_JOINS or not all(
            _is_department_word(t, ordinary) or t.lower_ in _DEPARTMENT_JOINS for t in department):
        return 0
    return words


def _is_full_name(span: Span) -> bool:
    """A given name and a surname, capitalised (two or three words), not ending as an organisation's name does
    ("Princess Alexandra Hospital")."""
    return len(span) in (2, 3) and all(t.text[:1].isupper() for t in span) and is_given_name(span[0].text) \
        and span[-1].lower_ not in ORGANISATION_HEADS


def _surname_before_counsel_rank(doc: Doc, m: Mention, named: Set[int], ordinary: Set[str],
                                 persons_words: Set[str]) -> int | None:
    """Where the surname before a barrister's rank that the model took for an organisation alone starts: "Simor" of
    "Jessica Simor KC added" (with "Jessica" a person of her own and "Simor" nothing); None if the word before is in a
    mention already or is no name's: a word the dictionary knows ("Sporting KC") that no person's name of the text
    holds (the dictionary lists surnames too: "Michael Mansfield KC ... Mansfield KC represented"), nor a plural's
    ("Rovers KC", a club)."""
    if m.label == "PERSON" or m.end - m.start != 1 or not doc[m.start].is_upper \
            or doc[m.start].lower_ not in COUNSEL_RANKS or m.start == 0:
        return None
    before = doc[m.start - 1]
    dictionarys = before.lower_ in ordinary or any(form in ordinary for form in _singulars(before.lower_))
    if before.i in named or not (before.is_title and before.is_alpha and before.pos_ == "PROPN") \
            or before.lower_ in lower_case_words_of(doc) \
            or (dictionarys and before.text not in persons_words):
        return None
    return before.i


def _is_bare_office(lowers: Sequence[str]) -> bool:
    """An office written alone, no holder's name in it, given as its words in lower case (`lowers_of`, at least one):
    "Taoiseach", "Prime Minister", "Attorney General", "Supreme Leader" (of `TWO_WORD_TITLES`); a rank of several
    words: "Field Marshal", "Air Chief Marshal"."""
    return lowers[-1] in OFFICE_HEADS and all(word in OFFICE_WORDS for word in lowers) or _is_rank(lowers) \
        or (len(lowers) == 2 and (lowers[0], lowers[1]) in TWO_WORD_TITLES)


def _is_rank(lowers: Sequence[str]) -> bool:
    """A rank of several words, given in lower case: "Field Marshal", "Air Chief Marshal"."""
    return len(lowers) > 1 and lowers[0] in RANK_OPENERS and all(word in ALL_TITLES for word in lowers[1:])


def _drop_capitalised_words(doc: Doc, mentions: list[Mention], nlp: Language) -> list[Mention]:
    """Drop one-word "names" that are ordinary words capitalised by position: "Men 's 800 metres".

    Only for well-cased text: in lower-cased text a word seen in lower case may well be a name.
    """
    # Shared and large: consulted beside this doc's words, never copied.
    common, nouns = _common_words(nlp), _common_nouns(nlp)
    lower_here: set[str] = set()  # words this doc writes in lower case
    names: set[str] = set()  # words capitalised where a capital means a name
    members = {i for m in mentions for i in range(m.start + 1, m.end - 1) if _is_members_word(doc, m, i, nouns)}
    for token in tokens_of(doc):
        if token.is_lower:
            lower_here.add(token.text)
        elif token.text[:1].isupper() and not _starts_sentence(doc, token.i):
            names.add(token.text)
    names.update(doc[i].text for m in mentions if m.end - m.start > 1 for i in range(m.start, m.end))
    # A name cut out of a headline's longer name ("Macron" of "Macron Meets Xi Jinping"), there and in the body.
    names.update(doc[m.start].text for m in mentions if m.source == HEADLINE_CUT)
    # A body's members' word makes no name of the word alone where the model took it for a body too ("Nurses
    # picketed", an organisation to it); a people or a force it calls so stays ("Marines were deployed").
    names_of_members = names - {doc[i].text for i in members}
    # A common noun is ordinary as a person's name only: a place or firm is often called by one ("Reading").
    # Not the tagger's NOUN/PROPN: it called "Attendance" and "Turnout" PROPN in one text, NOUN in another.
    no_nouns: frozenset[str] = frozenset()
    plurals = _common_plurals(doc, mentions, nouns, names_of_members)
    return [m for m in mentions if not _is_water_noun_before_its_noun(doc, m) and m.start not in plurals and (
            (doc[m.start].lower_ not in lower_here and _acts_as_name(doc, m))
            or not _is_capitalised_word(doc, m, (common, lower_here,
                                                 nouns if _is_role(doc, m) or _opens_a_quote(doc, m) else no_nouns),
                                        names_of_members if m.label == "ORG" else names))]


def _common_plurals(doc: Doc, mentions: list[Mention], nouns: Set[str], names: set[str]) -> set[int]:
    """Starts of the model's one-word organisations that open a sentence as the tagger's plural of a common noun, a
    word the text never capitalises elsewhere: people ("Farmers protested against the deal", "Farmers said"), not a
    body. Not in a text about sport, whose clubs are such plurals ("Rangers beat Celtic", "Wolves won"), nor a firm of
    such a word ("Boots said") or a team known by one ("Rangers said in a statement")."""
    found = {m.start for m in mentions if m.label == "ORG" and m.end - m.start == 1 and _is_common_plural(
        doc[m.start], nouns, names) and _starts_sentence(doc, m.start)}
    return found if found and not is_about_sport(doc, mentions) else set()


def _is_common_plural(token: Token, nouns: Set[str], names: set[str]) -> bool:
    """A title-case plural ("NNS") of a common noun ("Farmers": "farmer"), no firm's or team's name and no name
    elsewhere in the text."""
    return token.tag_ == "NNS" and token.is_title and token.lemma_ != token.lower_ and token.lemma_ in nouns \
        and token.text not in names and token.text not in _FIRMS_NAMED_BY_NOUNS and token.text not in SHORT_NAMES \
        and token.text not in _BODIES_NAMED_BY_PLURALS and not _is_known_organisation((token.lower_,)) \
        and not is_known_team(token.text)


# Bodies whose whole name is a plural of a common noun, which open a sentence as the body: "Teamsters said the strike
# would go on" (the union), "Scouts said membership rose" (the association), "Samaritans said calls rose" (the charity).
_BODIES_NAMED_BY_PLURALS = frozenset({"Teamsters", "Scouts", "Samaritans"})


def _is_water_noun_before_its_noun(doc: Doc, m: Mention) -> bool:
    """A body of water's common noun alone, capitalised to open a sentence before the noun it qualifies: "Sea" of "Sea
    surface temperatures", "Sea levels are rising", "Ocean heat" (a place to the model, and joined to any "Sea of
    Galilee" of the text); not "Lake Tahoe", "River Thames" (a capital after it)."""
    if m.end - m.start != 1 or doc[m.start].lower_ not in WATER_NOUNS or not _starts_sentence(doc, m.start):
        return False
    after = doc[m.end] if m.end < len(doc) else None
    return after is not None and after.is_lower and after.pos_ == "NOUN"


def _is_members_word(doc: Doc, m: Mention, i: int, nouns: Set[str]) -> bool:
    """doc[i] is a common noun's plural in a body's name, the members it is of ("Nurses" of "the Minnesota Nurses
    Association"), which the word alone names ("Nurses picketed"), not the body."""
    word = doc[i].lower_
    return doc[m.end - 1].lower_ in ORGANISATION_HEADS and word.endswith("s") and word[:-1] in nouns


# Firms named by a common noun that a quote opens with as often as the noun: '"Apple has been a great partner,"'.
_FIRMS_NAMED_BY_NOUNS = frozenset({"Apple", "Amazon", "Shell", "Next", "Sky", "Virgin", "Ford", "Unite", "Meta",
                                   "Alphabet", "Oracle", "Target", "Gap", "Boots", "Visa", "Mango", "Square", "Uber",
                                   "Tesla", "Mercedes", "Jaguar", "Puma", "Subway", "Zoom", "Snap", "Reform",
                                   "Labour", "Conservative", "Green", "Greens"})


# Firms whose name became a verb in lower case ("to google"), which opening a sentence capitalised is the firm: "Google
# lost its appeal" (dropped as the verb).
_FIRMS_MADE_VERBS = frozenset({"Google", "Twitter", "Xerox"})


def _opens_a_quote(doc: Doc, m: Mention) -> bool:
    """The one-word mention is the first word of a quote, capitalised as the quote's first: "Success" of '"Success is
    uncertain, but entertainment is guaranteed!" Elon Musk wrote' (a common noun there is no firm's name). Not a firm
    or a place of such a noun: '"Apple has been a great partner," the Qualcomm chief executive said'."""
    return m.end - m.start == 1 and m.start > 0 and doc[m.start - 1].text in ('"', "“") \
        and not doc[m.start - 1].whitespace_ and (m.start == 1 or bool(doc[m.start - 2].whitespace_)) \
        and doc[m.start].text not in _FIRMS_NAMED_BY_NOUNS and not _in_gazetteer(doc[m.start].text)


def _is_role(doc: Doc, m: Mention) -> bool:
    """A common noun in the mention names a person's role, no place or firm: as a person's one-word name, or as the
    model's nationality right before a title and a name ("Cardiologist Dr. Maria Santos"; not "Harvard Prof.")."""
    return m.label == "PERSON" or (m.label == "NORP" and m.end < len(doc)
                                   and (doc[m.end].text in HONORIFICS or doc[m.end].text in TITLE_ABBREVIATIONS))


# Words after a one-word name that only a name can stand before: "Ford said", "Ford shares fell" ("to ford" is a verb);
# a person's, "Trump said" ("to trump" is one too), only the verbs of speech.
_NAME_FOLLOWERS = frozenset({"said", "says", "told", "announced", "shares", "stock"})
_SPEECH_FOLLOWERS = frozenset({"said", "says", "told", "announced"})


def _acts_as_name(doc: Doc, m: Mention) -> bool:
    """An organisation that speaks or has shares, or a person who speaks (no plural: "Schools said") or whose age
    follows in commas ('"...," Hamilton, 40, told reporters'), in a text that never writes the word in lower case."""
    follower = doc[m.end].lower_ if m.end < len(doc) else ""
    word = doc[m.start]
    aged = follower == "," and m.end + 1 < len(doc) and _is_age(doc, m.end + 1)
    described = follower == "," and _is_described(doc, m)
    return (m.label == "ORG" and (follower in _NAME_FOLLOWERS or _does_business(doc, m))) \
        or (m.label == "PERSON" and (follower in _SPEECH_FOLLOWERS or aged or described)
            and word.lemma_.lower() == word.lower_)


# Verbs of a company's business and results, in the forms that follow their subject: "Shell reported a 20% fall", "Next
# raised its forecast". Not the market's ("rose", "fell"), whose subject is as often a common noun ("Profit rose").
_BUSINESS_VERBS = frozenset({
    "reported", "reports", "posted", "posts", "raised", "raises", "cut", "cuts", "lowered", "lowers", "announced",
    "announces", "agreed", "agrees", "plans", "planned", "warned", "warns", "expects", "expected", "forecast",
    "forecasts", "launched", "launches", "unveiled", "unveils", "confirmed", "confirms", "sold", "sells", "bought",
    "buys", "acquired", "acquires", "hired", "shed", "sheds", "delivered", "recorded", "records", "issued", "issues",
    "filed", "files", "signed", "signs", "opened", "opens", "appointed", "appoints", "upgraded", "downgraded"})
# What a business's verb does to: its object or clause ("reported a fall", "agreed to buy", "warned that ...").
_BUSINESS_OBJECTS = frozenset({"dobj", "xcomp", "ccomp"})
# Auxiliaries between a company and its business's verb: "Shell has reported".
_BUSINESS_AUXILIARIES = frozenset({"has", "had", "will", "would", "is", "was"})


def _does_business(doc: Doc, m: Mention) -> bool:
    """A one-word organisation, no plural, the subject of a verb of its business right after it, in lower case: "Shell
    reported a fall", "Next raised its forecast" (which the parser reads as an adverb: then the verb has no subject of
    its own); not "Shell shock gripped", "Next week", "Next, the board met", "Unions agreed", "Article posted on"."""
    word = doc[m.start]
    verb = m.end + 1 if m.end + 1 < len(doc) and doc[m.end].lower_ in _BUSINESS_AUXILIARIES else m.end
    if m.end - m.start != 1 or verb >= len(doc) or doc[verb].text not in _BUSINESS_VERBS \
            or word.lemma_.lower() != word.lower_:
        return False
    children = [child.dep_ for child in doc[verb].children]
    if not any(dep in _BUSINESS_OBJECTS for dep in children):
        return False  # a participle: "Article posted on 08. 07. 2012", a web page's line
    if _names_a_person(doc, word) or _posts_content(doc[verb]):
        return False  # "Trump posted a video on Truth Social": a person's post, no firm's results
    if word.dep_ == "nsubj":
        return word.head.i == verb
    return "nsubj" not in children and "nsubjpass" not in children


# What a person posts, not a firm's results: "posted a video", "posted a message on X".
_POSTED_CONTENT = frozenset({"video", "message", "photo", "photograph", "picture", "image", "statement", "clip",
                             "tweet", "post", "comment", "note", "letter", "selfie", "meme", "link", "song"})


def _posts_content(verb: Token) -> bool:
    """"posted"/"posts" with a thing of social media as its object ("posted a video"), or a quote ('posted
    "Wrong!"')."""
    if verb.lower_ not in ("posted", "posts"):
        return False
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    return any(child.lemma_.lower() in _POSTED_CONTENT or not child.is_alpha for child in objects) \
        or any(child.is_quote for child in verb.children)


def _names_a_person(doc: Doc, word: Token) -> bool:
    """The word is a person's: a known one-name person, an English given name, or the last word of a person the text
    names ("Donald Trump ... Trump posted")."""
    lower = word.lower_
    if lower in KNOWN_PEOPLE or is_english_given_name(word.text):
        return True
    return any(ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ == lower for ent in doc.ents)


# Most words of an apposition after a one-word name: "Francis, the first Latin American pope,".
APPOSITION_WORDS = 8


def _is_described(doc: Doc, m: Mention) -> bool:
    """A one-word name followed by a description of the person in commas, "Francis, the first Latin American pope,
    died": a common noun in lower case set beside the name by the parser, and a comma closing it."""
    end = min(len(doc), m.end + 1 + APPOSITION_WORDS)
    nouns = [t for t in tokens_of(doc)[m.end + 1:end] if t.dep_ == "appos" and t.head.i == m.start and t.is_lower
             and t.pos_ == "NOUN"]
    return bool(nouns) and nouns[0].i + 1 < len(doc) and doc[nouns[0].i + 1].text == ","


def _is_age(doc: Doc, i: int) -> bool:
    """doc[i] is a number under 120 a comma closes: an age in commas after a name."""
    return doc[i].text.isdecimal() and int(doc[i].text) < 120 and i + 1 < len(doc) and doc[i + 1].text == ","


def _is_capitalised_word(doc: Doc, m: Mention, ordinary: tuple[Set[str], ...], names: set[str]) -> bool:
    """A one-word name mention at a sentence start that is an ordinary word, never a name elsewhere."""
    if m.end - m.start != 1 or m.label not in NAME_LABELS or not _starts_sentence(doc, m.start):
        return False
    token = doc[m.start]
    forms = {token.lower_, token.lemma_.lower()}  # "Schools"
    if m.label == "PERSON":  # no one is called by a plural: "Wildfires" (a proper noun's lemma is itself)
        forms.update(_singulars(token.lower_))
    is_ordinary = any(form in words for words in ordinary for form in forms) \
        or (m.label == "PERSON" and token.tag_ == "NNS" and _is_compound_of_words(forms, ordinary))
    if token.is_upper or token.text in names or not is_ordinary or _in_gazetteer(token.lower_) \
            or token.text in SHORT_NAMES or token.text in _FIRMS_MADE_VERBS:
        return False  # "Fed Chair Jerome Powell said" opening a sentence; "Google lost its appeal"
    if m.label == "ORG" and token.is_title and token.lower_ in PARTY_WORDS and _names_the_party(doc, m.end):
        return False  # "Labour's candidate won": the party, an organisation to the model too
    if m.end + 1 < len(doc) and doc[m.end].lower_ in ("and", "&") and doc[m.end + 1].text in names:
        return False  # "Bowman and Waller dissent": named beside a name
    # A table row ("Reading 2 Stoke 2") starts with a name whatever the word means elsewhere.
    return not (m.end < len(doc) and _is_number(doc[m.end].text))


# The fewest letters of each word of a compound `_is_compound_of_words` splits: "bush" and "fire" (not "re" and "eve").
_COMPOUND_PART_LETTERS = 4


def _is_compound_of_words(forms: Set[str], ordinary: tuple[Set[str], ...]) -> bool:
    """One of the forms is two ordinary words written as one, as compounds the dictionary lacks are: "bushfire" of
    "Bushfires" (the tagger's plural noun, a person to the model)."""
    def is_word(part: str) -> bool:
        return any(part in words for words in ordinary)
    return any(is_word(form[:k]) and is_word(form[k:]) for form in forms
               for k in range(_COMPOUND_PART_LETTERS, len(form) - _COMPOUND_PART_LETTERS + 1))


# Nouns of a party's people and business, which a party's word before them names the party ("Labour minister", "Green
# candidate"; not "Labour shortages", "Green energy", "Independent schools").
_PARTY_NOUNS = frozenset({
    "minister", "ministers", "leader", "leaders", "leadership", "candidate", "candidates", "voters", "members",
    "member", "government", "party", "spokesperson", "spokesman", "spokeswoman", "councillor", "councillors", "peer",
    "peers", "politician", "politicians", "activists", "supporters", "manifesto", "conference", "sources", "source",
    "insiders", "whip", "campaign", "administration", "backbencher", "backbenchers", "frontbencher",
    "frontbenchers", "chair", "chairman", "senator", "senators", "lawmaker", "lawmakers", "mayor", "governor"})


def _names_the_party(doc: Doc, end: int) -> bool:
    """A party's word ends here before its possessive, a capitalised word or a noun of its people ("Labour's
    candidate", "Labour MP", "Labour minister Pat McFadden")."""
    if end >= len(doc):
        return False
    following = doc[end]
    return following.lower_ in ("'s", "’s") or following.is_title or following.is_upper \
        or following.lower_ in _PARTY_NOUNS


def _starts_sentence(doc: Doc, i: int) -> bool:
    """True where English capitalises any word: sentence and line starts, after a colon or a quote."""
    tokens = tokens_of(doc)  # built once: this runs for every capitalised word
    if i == 0 or tokens[i].is_sent_start:
        return True
    prev = tokens[i - 1]
    return prev.is_space or prev.text in (":", '"', "“", "‘", "'", "(", "-", "--", "—", "–")
