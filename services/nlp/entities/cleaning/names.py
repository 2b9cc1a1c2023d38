"""People's names completed where the model left a part out or split them: given names, surnames,
particles, nicknames, hyphenated and elided parts, Korean and Vietnamese family names."""
from __future__ import annotations

import re
from collections.abc import Set

from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import tokens_of, words_of
from services.nlp.entities.capitals import _starts_sentence
from services.nlp.entities.firms import _FIRM_LABELS
from services.nlp.entities.gazetteer import _in_gazetteer, _is_known_organisation
from services.nlp.entities.headlines import title_case_lines
from services.nlp.entities.mentions import HEADLINE_CUT, Mention, _key, _key_at
from services.nlp.entity_rules import (
    ALL_TITLES,
    ELIDED_GIVEN_NAME,
    ELIDED_SURNAME,
    GIVEN_NAMES,
    HONORIFICS,
    KOREAN_FAMILY_NAMES,
    MONTHS,
    NAME_PARTICLES,
    NAMES_TITLES,
    NICKNAME_HANDLE,
    PERSON_TITLES,
    WEEKDAYS,
)
from services.nlp.given_names import gender_of, is_given_name


def opens_a_surname(doc: Doc, m: Mention) -> bool:
    """A person's span of particles only before a capitalised word: "[von der] [Leyen]", the surname the model split
    off, which `across_particles` joins to it."""
    return m.label == "PERSON" and m.end < len(doc) and doc[m.end].is_title and doc[m.end].is_alpha \
        and all(t.text in _SURNAME_PARTICLES for t in doc[m.start:m.end])


def is_title_word(token: Token) -> bool:
    """A title's word before a name: "Minister", "CEO", the "Executive" of "Chief Executive"."""
    return token.lower_ in ALL_TITLES or token.text == "Executive"


def with_given_names(doc: Doc, mentions: list[Mention], nouns: frozenset[str], words: Set[str]) -> list[Mention]:
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
        # ... or any word there where the person then acts, a common noun too: "Chief Executive Vas Narasimhan said".
        titled = m.label in _FIRM_LABELS and m.start > 1 and is_title_word(doc[m.start - 2])
        acting = titled and m.label != "PERSON" and m.end - m.start == 1 and not is_given_name(doc[m.start - 1].text) \
            and _verb_follows(doc, m.end)
        after_role = after_role or acting or (titled and is_given_name(doc[m.start - 1].text))
        one_word = (m.label == "PERSON" or after_role) and (m.end - m.start == 1 or _is_hyphenated_word(doc, m))
        word = doc[m.start - 1] if m.start > 0 and (one_word or _opens_after_a_name(doc, m, words)
                                                    or _after_an_opening_given_name(doc, m, words)) else None
        # The tagger's proper noun, or a given name it tagged otherwise that is no ordinary word (`words`: "Keely" of
        # "Keely Hodgkinson won" an adverb, not "Soon" of "Soon Trump was back").
        if word is not None and (word.pos_ == "PROPN" or (one_word and is_given_name(word.text)
                                                          and word.lower_ not in words)) and word.is_title \
                and word.is_alpha and len(word) > 1 \
                and word.whitespace_ and not word.ent_type_ and word.lower_ not in ALL_TITLES \
                and word.text not in HONORIFICS and (acting or not {word.lower_, word.lemma_.lower()} & nouns):
            m = Mention(m.start - 1, m.end, "PERSON", m.weight, m.source)
        elif m.start > 0 and m.end - m.start == 1 and _is_names_title(doc[m.start - 1]) and (
                m.label == "PERSON" or (m.label == "ORG" and gender_of(doc[m.start].text) is not None)):
            # "Sheikh Hasina", a noun too; the model's organisation where the word is a given name ("Speakers
            # included Sheikh Hasina, ...")
            m = Mention(m.start - 1, m.end, "PERSON", m.weight, m.source)
        out.append(m)
    return out



def _is_names_title(word: Token) -> bool:
    """A title the name keeps, capitalised, in no entity of its own: "Sheikh" of "Sheikh Hasina", which the model left
    out of her name as often as not."""
    return word.lower_ in NAMES_TITLES and word.is_title and bool(word.whitespace_) and not word.ent_type_


def _is_hyphenated_word(doc: Doc, m: Mention) -> bool:
    """The mention is one double-barrelled word, two parts a hyphen joins with no space: "Francis-Dehqani"; not on a
    headline's line in title case, whose capitalised verb is no given name ("Liverpool Praises Alexander-Arnold")."""
    parts = (doc[m.start], doc[m.end - 1])
    return m.end - m.start == 3 and doc[m.start + 1].text == "-" and not doc[m.start].whitespace_ \
        and not doc[m.start + 1].whitespace_ and all(t.is_alpha and t.is_title for t in parts) \
        and m.start not in title_case_lines(doc)


def with_surnames_after_given_names(doc: Doc, mentions: list[Mention], words: Set[str]) -> list[Mention]:
    """A person's or firm's one word that is a known given name, with the capitalised word right after it that no
    mention holds and that is no ordinary word, place nor given name of its own: the model's "Novak" (an organisation
    to it) of "beat Novak Djokovic" is the person "Novak Djokovic"."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    # Not a headline's piece, which its verb follows: "Nike" of "Nike Cuts Forecast".
    return [Mention(m.start, m.end + 1, "PERSON", m.weight, m.source)
            if m.label in ("PERSON", "ORG") and m.end - m.start == 1 and m.source != HEADLINE_CUT
            and (_is_surname_after(doc, m.end, words, covered) or _is_word_surname_after(doc, m, words, covered))
            and is_given_name(doc[m.start].text) and doc[m.start].is_title and doc[m.start].whitespace_ else m
            for m in mentions]


def _is_surname_after(doc: Doc, i: int, words: Set[str], covered: set[int]) -> bool:
    """doc[i] may be the surname after a given name: a capitalised proper noun in no mention, neither an ordinary
    word, a title, a place nor another given name (a list's next person: "Novak, Rafael and Andy")."""
    if i >= len(doc) or i in covered:
        return False
    word = doc[i]
    return word.pos_ == "PROPN" and word.is_title and word.is_alpha and len(word) > 1 and not word.is_sent_start \
        and word.lower_ not in words and word.lower_ not in ALL_TITLES and not is_given_name(word.text) \
        and not _in_gazetteer(word.text)


def _is_word_surname_after(doc: Doc, m: Mention, words: Set[str], covered: set[int]) -> bool:
    """The capitalised word after the given name is its bearer's surname though an ordinary word or a title ("Aaron
    Judge hit", "Tom Cook said"): the parse heads the given name with it and no name follows it (a title comes before
    a name: "Aaron, Judge Smith"), so the word ends the name."""
    i = m.end
    if i >= len(doc) or i in covered or doc[m.start].head.i != i or doc[m.start].dep_ != "compound" \
            or m.label != "PERSON" or (m.start > 0 and doc[m.start - 1].lower_ == "the"):
        return False  # a firm's officer: "The Chelsea Manager", "the Dell Chairman"
    word = doc[i]
    after = doc[i + 1] if i + 1 < len(doc) else None
    # An ordinary word may be a given name too ("Judge" is a man's name in the lists); another given name is a list's
    # next person ("Novak Rafael and Andy").
    return word.pos_ == "PROPN" and word.is_title and word.is_alpha and len(word) > 1 and not word.is_sent_start \
        and (word.lower_ in words or word.lower_ in ALL_TITLES or not is_given_name(word.text)) \
        and not _in_gazetteer(word.lower_) and (after is None or not (after.is_title or after.is_upper))


# Particles that open the family name of an Arab given name: "Al Jaber" of "Sultan Al Jaber", "bin Salman".
_ARABIC_PARTICLES = frozenset({"al", "bin", "ibn"})


def with_given_names_before_particles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's two words opening with an Arabic particle, with the known given name right before it that the model
    left out: "Al Jaber" of "appointed Sultan Al Jaber" is "Sultan Al Jaber" ("Sultan" a ruler's title, but no title
    before a family name alone); not a title of a name ("Sheikh", "Emir")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        given = doc[m.start - 1] if m.start > 0 else None
        if m.label == "PERSON" and m.end - m.start == 2 and doc[m.start].lower_ in _ARABIC_PARTICLES \
                and given is not None and m.start - 1 not in covered and given.is_title and given.is_alpha \
                and given.whitespace_ and is_given_name(given.text) \
                and given.lower_ not in ALL_TITLES | NAMES_TITLES:
            m = Mention(m.start - 1, m.end, m.label, m.weight, m.source)
        out.append(m)
    return out


def _verb_follows(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].pos_ in ("VERB", "AUX")


def _after_an_opening_given_name(doc: Doc, m: Mention, words: Set[str]) -> bool:
    """A person's given name and surname right after a given name that opens the sentence, no ordinary word ("Will",
    "Grace"): "Billie" of "Billie Jean King was awarded", which the model left out; the list's given names count too,
    which the name lists lack ("Luiz" of "Luiz Felipe Scolari was sacked")."""
    first = doc[m.start - 1] if m.start > 0 else None
    return m.label == "PERSON" and m.end - m.start == 2 and first is not None and _starts_sentence(doc, m.start - 1) \
        and (is_given_name(first.text) or first.lower_ in GIVEN_NAMES) and is_given_name(doc[m.start].text) \
        and first.lower_ not in words \
        and all(t.is_title and t.is_alpha for t in doc[m.start - 1:m.end])


def _opens_after_a_name(doc: Doc, m: Mention, words: Set[str]) -> bool:
    """A person's name with a particle whose given name the model left out, no other name before that ("Leftist
    [Luiz] Inacio Lula da Silva"): the model's name opens with no given name it knows and holds a particle in lower
    case (a name's form: not "[Historic] Matanuska Maid Building"), and the word before the one left out opens the
    sentence, is a title, in lower case (no article) or punctuation; or the word left out opens the sentence (the
    text: "[Luiz] Inacio Lula da Silva won") and is a given name, no ordinary word (`words`) capitalised there: not
    "Podcaster", "Yesterday"."""
    if m.label != "PERSON" or m.end - m.start < 3 or m.start < 1 or is_given_name(doc[m.start].text) \
            or not doc[m.start].is_alpha or not any(t.text in NAME_PARTICLES for t in doc[m.start + 1:m.end - 1]):
        return False  # "[Detectives] Charlie Beck", "[Manager] A.J. Smith"
    left_out = doc[m.start - 1]
    if left_out.is_sent_start:
        return (is_given_name(left_out.text) or left_out.lower_ in GIVEN_NAMES) and left_out.lower_ not in words
    before = doc[m.start - 2]
    return left_out.is_sent_start is False and (before.is_sent_start or not before.is_title
                                                 or is_title_word(before)) and not before.ent_type_ \
        and before.pos_ != "DET"  # "the Samyukt [Kisan Morcha]" names no one


# Roles written in lower case before a name that are not titles of their own: "chief executive Olugbenga Agboola".
_LOWER_CASE_ROLES = frozenset({"executive", "officer", "founder", "co-founder", "manager", "analyst", "economist",
                               "strategist", "spokesperson", "coach", "striker", "midfielder", "defender",
                               "goalkeeper"})


# Particles that open a surname, as written (not "y", "la", "le", "St", which also join a name to what follows it).
_SURNAME_PARTICLES = NAME_PARTICLES - {"y", "la", "le", "st", "st."}


# Welsh patronymic particles ("son of"), written in lower case only inside a person's name: "Rhun ap Iorwerth".
_PATRONYMIC_PARTICLES = frozenset({"ap", "ab"})


def _with_patronymics_as_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name the model labelled other than a person that holds or ends in a Welsh patronymic particle between
    capitalised words is a person's: "[Rhun ap] said", "Dafydd ap Gwilym" were organisations ("Banco de España",
    whose "de" is no patronymic, stays one)."""
    return [Mention(m.start, m.end, "PERSON", m.weight, m.source)
            if m.label != "PERSON" and _holds_patronymic(doc, m) else m for m in mentions]


def _holds_patronymic(doc: Doc, m: Mention) -> bool:
    """A lower-case "ap"/"ab" after a capitalised word of `m`, a capitalised word after it (in `m` or next)."""
    return any(doc[i].text in _PATRONYMIC_PARTICLES and doc[i - 1].is_title and doc[i - 1].is_alpha
               and doc[i + 1].is_title and doc[i + 1].is_alpha
               for i in range(m.start + 1, min(m.end, len(doc) - 1)))


def across_particles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name goes on over a particle to the capitalised surname after it: the model ends "Maria Aparecida
    dos Santos" at "Aparecida" and calls "Santos" a place ("bin Salman", "van Gaal" likewise)."""
    mentions = _without_other_names_after_people(doc, _with_patronymics_as_people(doc, mentions))
    starts = {m.start: m for m in mentions}
    swallowed: set[int] = set()
    out: list[Mention] = []
    for m in mentions:
        if m.start in swallowed:
            continue
        end = m.end
        if m.label == "PERSON" and end - m.start > 1 and end < len(doc) and _ends_in_particle(doc, m.start, end) \
                and _is_surname_word(doc[end]):  # "[Ursula von der] [Leyen]"
            after = starts.get(end)
            end = after.end if after is not None and after.end - after.start <= 2 else end + 1
            if after is not None:
                swallowed.add(after.start)
        while m.label == "PERSON" and end + 1 < len(doc) and _particle_at(doc, end, starts) \
                and _is_surname_word(doc[end + 1]):
            after = starts.get(end + 1)
            if after is None and _particle_opens_person(starts.get(end)):
                after = starts[end]  # "Al Thani"
            end = after.end if after is not None and after.end - after.start <= 2 else end + 2
            if after is not None:
                swallowed.add(after.start)
        if m.label == "PERSON" and _hyphenated_article_at(doc, end) \
                and not _opens_another_name(doc, m.start, end, end + 3):  # "Abdel Fattah [el-Sissi]"
            after = starts.get(end) or starts.get(end + 2)
            end = max(end + 3, after.end if after is not None and after.end - after.start <= 3 else 0)
            if after is not None:
                swallowed.add(after.start)
        out.append(m if end == m.end else Mention(m.start, end, m.label, m.weight, m.source))
    return _with_particles_before(doc, _with_number_word_particles(doc, out))


def _without_other_names_after_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The model's person cut before an Arabic article glued by a hyphen that opens another name: "Osama bin Laden
    [al-Qaeda]" (a body the gazetteer knows, an organisation), "Donald Trump [al-Sharaa]" (a person's name ending in
    "Trump" written elsewhere); not "Abdel Fattah el-Sissi"."""
    out: list[Mention] = []
    for m in mentions:
        cut = next((i for i in range(m.start + 1, m.end - 2) if m.label == "PERSON"
                    and _hyphenated_article_at(doc, i) and _opens_another_name(doc, m.start, i, m.end)), None)
        if cut is None:
            out.append(m)
            continue
        body = _is_known_body(doc[cut:m.end].text)
        out += [Mention(m.start, cut, m.label, m.weight, m.source),
                Mention(cut, m.end, "ORG" if body else m.label, m.weight, m.source)]
    return out


def _opens_another_name(doc: Doc, start: int, i: int, end: int) -> bool:
    """doc[i:end], opening with an Arabic article glued by a hyphen after the person's words doc[start:i], is another
    name: a body the gazetteer knows ("al-Qaeda", "al-Nassr"), or the words before it end in a surname (no given name:
    "Abdel Fattah el-Sissi", "Ahmed al-Sharaa") the text writes elsewhere in a person's or a body's name of the model
    (it may take "Trump said" for a body), which ends there."""
    if _is_known_body(doc[i:end].text):
        return True
    surname = doc[i - 1]
    return i - start >= 2 and surname.is_title and not is_given_name(surname.text) and any(
        t.text == surname.text and t.ent_type_ in ("PERSON", "ORG") and (t.i + 1 == len(doc) or not t.nbor().ent_iob_
                                                                       == "I")
        for t in doc if not start <= t.i < end)


def _is_known_body(name: str) -> bool:
    """The gazetteer knows the name as a body's, written with its article's hyphen or without: "al-Qaeda", "al-Nassr"
    (listed as "Al Nassr")."""
    name = name.casefold()
    return _is_known_organisation((name,)) or _is_known_organisation((name.replace("-", "", 1),))


def _is_surname_word(token: Token) -> bool:
    """A capitalised word, or one with a glottal stop's apostrophe, that may follow a particle: "Santos" of "dos
    Santos", "Thiong'o" of "Ngugi wa Thiong'o" (not "Biden's")."""
    return token.is_title and token.is_alpha \
        or _GLOTTAL_NAME_WORD.fullmatch(token.text) is not None and not token.text.endswith(("'s", "’s"))


def _with_number_word_particles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A surname opening with a particle that is a number word, capitalised, which the model made a number: "Ten" of
    "Ten Hag said" is the person Erik ten Hag's, where the text names a person ending so ("Erik ten Hag"), where the
    model's person is the word after it and the particle opens the sentence or the name acts (a verb or a possessive
    after it), or where that word is a singular proper noun in no mention acting so (no count of people: not "Ten
    Britons were hurt", "Ten Labour MPs"). A name found so is the same person wherever else the text writes it:
    "Van Nistelrooy replaced Ten Hag."."""
    people = {_key(doc, m)[-2:] for m in mentions if m.label == "PERSON" and m.end - m.start >= 2}
    joined, found = _number_word_particles_joined(doc, mentions, people)
    return _number_word_particles_joined(doc, mentions, people | found)[0] if found - people else joined


def _number_word_particles_joined(doc: Doc, mentions: list[Mention], people: set[tuple[str, ...]]
                                  ) -> tuple[list[Mention], set[tuple[str, ...]]]:
    """One pass of `_with_number_word_particles` with the two-word names `people` known to be persons: the
    mentions, and the names it made persons."""
    starts = {m.start: m for m in mentions}
    taken: set[int] = set()
    out: list[Mention] = []
    found: set[tuple[str, ...]] = set()
    for m in mentions:
        if m.start in taken:
            continue
        after = starts.get(m.end)
        surname = after if after is not None and after.label == "PERSON" and after.end - after.start == 1 else None
        if _is_number_word_particle(doc, m) and after in (None, surname) and (
                _key_at(doc, m.start, m.end + 1) in people
                or (surname is not None and (_starts_sentence(doc, m.start) or _acts(doc, m.end)))
                or (after is None and _is_acting_surname(doc, m.end))):
            taken.add(m.end)
            found.add(_key_at(doc, m.start, m.end + 1))
            m = Mention(m.start, m.end + 1, "PERSON", m.weight, m.source)
        out.append(m)
    return out, found


def _is_acting_surname(doc: Doc, i: int) -> bool:
    """doc[i] is a singular proper noun in no entity right before a verb or a possessive: "Hag" of "Ten Hag said"."""
    return doc[i].tag_ == "NNP" and not doc[i].ent_type_ and _acts(doc, i)


def _acts(doc: Doc, i: int) -> bool:
    """A verb or a possessive follows doc[i]: "Hag said", "Boom's home"."""
    return i + 1 < len(doc) and (doc[i + 1].pos_ in ("VERB", "AUX") or doc[i + 1].tag_ == "POS")


def _is_number_word_particle(doc: Doc, m: Mention) -> bool:
    """The model's number is one capitalised word that is a surname's particle ("Ten"), a capitalised word after it."""
    word = doc[m.start]
    return m.label == "CARDINAL" and m.end - m.start == 1 and m.end < len(doc) and word.is_title \
        and word.lower_ in _SURNAME_PARTICLES and doc[m.end].is_title and doc[m.end].is_alpha


def _ends_in_particle(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] ends in a surname's particle: "von der", or "la" after another ("Rogelio Ramírez de la" of
    "Rogelio Ramírez de la O", the surname a letter the model left out; not "Julia" of "Julia la Rosa")."""
    last = doc[end - 1].lower_
    return last in _SURNAME_PARTICLES or (last in ("la", "le") and end - start > 2 and doc[end - 2].text in
                                          _SURNAME_PARTICLES)


def _with_particles_before(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A surname written without the given name keeps the particles that open it where a person's name of the text
    ends so: "congratulated [von der Leyen]" after "Ursula von der Leyen", not the model's place "Leyen"."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    people = {_key(doc, m) for m in mentions if m.label == "PERSON"}
    out: list[Mention] = []
    for m in mentions:
        start = m.start
        while start > 0 and doc[start - 1].text in _SURNAME_PARTICLES and start - 1 not in covered:
            start -= 1
        if m.label == "PERSON" and start > 0 and doc[start].text in _SURNAME_PARTICLES and start - 1 not in covered \
                and _is_opening_particle(doc, start - 1):
            out.append(Mention(start - 1, m.end, "PERSON", m.weight, m.source))  # "[Van] der Dussen made 92."
            continue
        if start < m.start and (start == 0 or start - 1 not in covered) \
                and any(len(key) > m.end - start and key[start - m.end:] == _key_at(doc, start, m.end)
                        for key in people):
            m = Mention(start, m.end, "PERSON", m.weight, m.source)
        out.append(m)
    return out


def _is_opening_particle(doc: Doc, i: int) -> bool:
    """doc[i] is a particle capitalised as it opens the sentence, before the lower-case particle of a surname: "Van"
    of "Van der Dussen made 92", "De" of "De la Fuente said"."""
    return doc[i].is_title and doc[i].lower_ in _SURNAME_PARTICLES | {"la", "le"} and _starts_sentence(doc, i) \
        and doc[i].whitespace_ == " "


_QUOTE_MARKS = frozenset('"“”\'‘’')


def with_nicknames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name with a nickname in quotes inside as one person: 'Sean "Diddy" Combs' was a group "Sean" and a
    work "Diddy" Combs". A given name, one or two capitalised words in quotation marks, a capitalised surname, with
    the rest of a hyphenated name after it (`with_hyphenated_end`: 'Jeong "Chovy" Ji-hoon')."""
    words, found = words_of(doc), []
    for i in range(len(doc) - 4):
        if words[i + 1] not in _QUOTE_MARKS or not (doc[i].is_title and doc[i].is_alpha and is_given_name(words[i])):
            continue
        close = next((j for j in (i + 3, i + 4) if j + 1 < len(doc) and words[j] in _QUOTE_MARKS), None)
        if close is not None and _is_nickname_inside(doc[i + 2:close]) \
                and doc[close + 1].is_title and doc[close + 1].is_alpha and not doc[close - 1].whitespace_ \
                and doc[close + 1].lower_ not in MONTHS | WEEKDAYS and not _name_goes_on_before(doc, i):
            end = close + 2
            if doc[close + 1].lower_ in _SURNAME_PARTICLES and end < len(doc) and doc[end].is_title \
                    and doc[end].is_alpha:
                end += 1  # 'Russel "Twistzz" Van Dulken'
            found.append(with_hyphenated_end(doc, Mention(i, end, "PERSON", 1.0, "rule")))
    found += _surnames_after_leading_nicknames(doc, mentions)
    if not found:
        return mentions
    found += _bare_handles(doc, found)
    inside = {i for m in found for i in range(m.start, m.end)}
    kept = [m for m in mentions if not inside.intersection(range(m.start, m.end))]
    return sorted(kept + found, key=lambda m: m.start)


def _bare_handles(doc: Doc, nicknamed: list[Mention]) -> list[Mention]:
    """A one-word nickname of a name found written alone elsewhere, as written, as that person: "cadiaN" of
    '"I've wanted to play for G2," cadiaN said' after 'Casper "cadiaN" Møller' (the model's group or nothing)."""
    handles = {doc[m.start + 2].text for m in nicknamed if _has_one_quoted_word_second(doc, m)}
    inside = {i for m in nicknamed for i in range(m.start, m.end)}
    return [Mention(t.i, t.i + 1, "PERSON", 1.0, "rule") for t in doc
            if t.text in handles and t.i not in inside and not _in_quotation_marks(doc, t.i)
            and not _used_as_a_word(t)]


def _has_one_quoted_word_second(doc: Doc, m: Mention) -> bool:
    """The name's second and fourth tokens are quotation marks around one word: 'Casper "cadiaN" Møller'; not a
    surname found after a leading nickname ("O'Malley" of '"Sugar Sean" O'Malley'), which may end the text."""
    return m.start + 3 < len(doc) and doc[m.start + 1].text in _QUOTE_MARKS and doc[m.start + 3].text in _QUOTE_MARKS


# Parts of speech of an ordinary word, no one's handle: "he was lucky", "a shy teenager", "in a slow time".
_WORDS_PARTS_OF_SPEECH = frozenset({"ADJ", "ADV", "VERB", "AUX", "DET", "ADP", "PRON", "CCONJ", "SCONJ", "PART"})


def _used_as_a_word(token: Token) -> bool:
    """A lower-case handle ("lucky" of 'Tom "lucky" Evans') used as the English word it is: an adjective, an adverb, a
    verb, or a noun after a determiner ('Mark "shy" Owens was a shy teenager'); mixed case or digits ("cadiaN",
    "s1mple", "NiKo") are a handle's own."""
    if not (token.text.islower() and token.text.isalpha()):
        return False
    return token.pos_ in _WORDS_PARTS_OF_SPEECH or (
        token.pos_ == "NOUN" and any(c.dep_ in ("det", "amod", "poss") for c in token.children))


def _in_quotation_marks(doc: Doc, i: int) -> bool:
    """doc[i] stands alone in quotation marks: '"cadiaN"'."""
    return 0 < i < len(doc) - 1 and doc[i - 1].text in _QUOTE_MARKS and doc[i + 1].text in _QUOTE_MARKS \
        and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _surnames_after_leading_nicknames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The surname after a nickname in quotes that opens the name, as the person, where the model ran one mention
    across the closing mark: '"Sugar Sean" O'Malley said' (a work 'Sugar Sean" O'Malley'). The nickname: one or two
    capitalised words, a given name among them; the surname: capitalised words up to the mention's end."""
    found = []
    for m in mentions:
        close = next((j for j in range(m.start + 1, m.end - 1) if doc[j].text in _QUOTE_MARKS), None)
        if close is None or m.start < 1 or doc[m.start - 1].text not in _QUOTE_MARKS \
                or not 0 < close - m.start <= 2 or not _is_nickname_inside(doc[m.start:close]) \
                or not any(is_given_name(t.text) for t in doc[m.start:close]) \
                or not all(t.text[:1].isupper() for t in doc[close + 1:m.end]):
            continue
        found.append(Mention(close + 1, m.end, "PERSON", 1.0, "rule"))
    return found


def _is_nickname_inside(words: Span) -> bool:
    """The words in a nickname's quotation marks: one or two capitalised words ('Sean "Diddy" Combs', 'Earvin "Magic"
    Johnson'), or one handle in any case ('Jamie "keita" Hall', 'Oleksandr "s1mple" Kostyliev')."""
    if len(words) == 1 and re.fullmatch(NICKNAME_HANDLE, words[0].text) and not words[0].is_stop:
        return True
    return all(t.is_title and t.is_alpha and not t.is_stop for t in words)


def _name_goes_on_before(doc: Doc, i: int) -> bool:
    """A capitalised word other than a title stands before doc[i]: "Hillary Clinton ‘A Disgrace’ Over" is a
    headline's surname and its words, not a given name and a nickname."""
    before = doc[i - 1] if i > 0 else None
    return before is not None and before.is_title and before.is_alpha and before.lower_ not in ALL_TITLES


# Arabic's article as it opens a surname, glued to it by a hyphen: "el-Sissi", "al-Assad".
_HYPHENATED_ARTICLES = frozenset({"al", "el"})


def _hyphenated_article_at(doc: Doc, i: int) -> bool:
    """doc[i:i+3] is a lower-case Arabic article, a glued hyphen and a capitalised word: the "el-Sissi" the model left
    out of "Abdel Fattah el-Sissi"."""
    return i + 2 < len(doc) and doc[i].text in _HYPHENATED_ARTICLES and is_glued_hyphen(doc[i + 1]) \
        and _is_surname_word(doc[i + 2])


def _particle_at(doc: Doc, i: int, starts: dict[int, Mention]) -> bool:
    """doc[i] is a surname's particle: in lower case, or a capitalised "Al" opening a person's name the model split
    off ("Sheikh Mohammed bin Abdulrahman" and "Al Thani")."""
    return doc[i].text in _SURNAME_PARTICLES or (doc[i].text in ("Al", "El") and _particle_opens_person(starts.get(i)))


def _particle_opens_person(mention: Mention | None) -> bool:
    return mention is not None and mention.label == "PERSON" and mention.end - mention.start == 2


def is_glued_hyphen(token: Token) -> bool:
    """A hyphen written between two words without spaces: the "-" of "Aly-Khan"."""
    return token.text in ("-", "–") and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def follows_all_hyphen(doc: Doc, i: int) -> bool:
    """The word at `i` is glued by a hyphen after "All": the "Ireland" of "All-Ireland", a championship's or a body's
    word for the whole island, no place."""
    return i >= 2 and doc[i - 2].text == "All" and is_glued_hyphen(doc[i - 1])


# Words that make a compound of a name before them: "Trump-era", "Putin-led", "Obama-like", "Biden-backed".
_NAME_COMPOUNDS = frozenset({"era", "led", "like", "born", "run", "type", "ish", "free", "made", "held", "tied", "less",
                             "wide", "ism", "ite", "ites", "ist", "ists", "mania", "backed", "style", "based", "linked",
                             "owned", "appointed", "aligned", "allied", "funded", "endorsed", "inspired", "loving",
                             "hating", "friendly", "supporting", "controlled", "dominated", "sized", "themed", "lite",
                             "light", "esque", "fest", "proof", "phobe", "phile", "speak", "world", "verse"})


def with_hyphenated_end(doc: Doc, m: Mention) -> Mention:
    """A person's name of two words or more with the rest of a hyphenated name the model left out: the lower-case
    rest of a given name ("Han Duck" of "Han Duck-soo", "Moon Jae" of "Moon Jae-in") or the capitalised second part of
    a double surname (`is_second_surname`: "Chukwuemeka Nwosu" of "Chukwuemeka Nwosu-Obi"); without a compound's
    word it took in ("Donald Trump-era" is Donald Trump)."""
    end = m.end
    if end - m.start >= 3 and is_glued_hyphen(doc[end - 2]) and doc[end - 1].lower_ in _NAME_COMPOUNDS \
            and (m.label == "PERSON" or _is_participle_compound(doc[end - 1])):
        return Mention(m.start, end - 2, m.label, m.weight, m.source, m.key, m.owner)
    if m.label != "PERSON" or end - m.start < 2:
        return m
    if end + 1 >= len(doc) or not is_glued_hyphen(doc[end]):
        return m
    rest = doc[end + 1]
    if (rest.is_alpha and rest.is_lower and _is_name_syllable(rest.text) and rest.lower_ not in _NAME_COMPOUNDS) \
            or is_second_surname(rest):
        return Mention(m.start, end + 2, m.label, m.weight, m.source, m.key, m.owner)
    return m


def with_hyphenated_start(doc: Doc, m: Mention) -> Mention:
    """A person's name of two words or more that opens with a given name, with the first part of a hyphenated given
    name the model left out before it: "Jan" of "Jan-Erik Söderberg", "Per" of "Per-Olof Andersson" (a given name, a
    glued hyphen, no more name before them; not "Israel-Kamala Harris", a place's name first)."""
    start = m.start
    if m.label != "PERSON" or m.end - start < 2 or start < 2 or not is_glued_hyphen(doc[start - 1]):
        return m
    first = doc[start - 2]
    if not (first.is_alpha and first.is_title and is_given_name(first.text) and is_given_name(doc[start].text)) \
            or first.ent_iob_ != "O" or _in_gazetteer(first.lower_) or (start > 2 and is_glued_hyphen(doc[start - 3])):
        return m
    return Mention(start - 2, m.end, m.label, m.weight, m.source, m.key, m.owner)


def _is_participle_compound(token: Token) -> bool:
    """A compound's word that makes the name before it an agent ("Alphabet-owned", "Iran-backed", "Kremlin-run"),
    taken off any name's end: not "Duty-Free", a name's own word."""
    return token.lower_.endswith("ed") or token.lower_ in ("led", "run", "made", "held", "born")


# A romanised Korean or Chinese syllable of five letters: "hyeok" of "Sang-hyeok", "seong", "jeong", "zhong".
_LONG_SYLLABLE = re.compile(r"[b-df-hj-np-tv-z]{1,3}[aeiouy]{1,3}(?:ng|[nkmpl])?")


def _is_name_syllable(word: str) -> bool:
    """A lower-case word short enough to be the rest of a hyphenated given name: up to four letters ("soo" of "Han
    Duck-soo"), or five that read as one syllable ("hyeok" of "Lee Sang-hyeok"; not "voter" of "Trump-voter")."""
    return 2 <= len(word) <= 4 or (len(word) == 5 and _LONG_SYLLABLE.fullmatch(word) is not None)


def with_family_names_before(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A Korean name the model left its family name out of, or split after it: "Son" of "Son Heung-min scored" (the
    model's "Heung-min", or "Son" and "Heung-min"). A hyphenated given name of two one-syllable words ("Heung-min",
    "Heung-Min") right after a Korean family name in no other mention (not "Team Ji-ho", "In Hong Kong-based")."""
    covered = {i: m for m in mentions for i in range(m.start, m.end)}
    joined: dict[int, Mention] = {}
    for m in mentions:
        family = m.start - 1
        if m.label != "PERSON" or m.end - m.start != 3 or family < 0 or not _is_given_syllables(doc, m.start):
            continue
        word, other = doc[family], covered.get(family)
        if word.is_title and word.text in KOREAN_FAMILY_NAMES and word.whitespace_ == " " \
                and (other is None or (other.label == "PERSON" and other.end - other.start == 1)):
            joined[m.start] = Mention(family, m.end, "PERSON", m.weight, m.source)
    if not joined:
        return mentions
    gone = {m.start - 1 for m in joined.values()}
    return [joined.get(m.start, m) for m in mentions if not (m.start in gone and m.end - m.start == 1)]


def korean_names(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of whole Korean names the model took for something else: a Korean family name and a hyphenated given name
    of two one-syllable words ("South Korea's Lim Si-hyeon|ORG won the women's individual archery gold")."""
    return {m.key for m in mentions if m.label != "PERSON" and m.end - m.start == 4 and m.key
            and doc[m.start].is_title and doc[m.start].text in KOREAN_FAMILY_NAMES and doc[m.start].whitespace_ == " "
            and _is_given_syllables(doc, m.start + 1)}


# Titles and roles before "To Lam", capitalised or not: "President", "party chief", "Vietnam's leader".
_TITLES_BEFORE_TO = ALL_TITLES | {"leader", "boss", "head"}


def with_family_name_to(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Vietnam's leader "To Lam", whom the model calls "Lam" ("To" is a preposition to it): the family name "To"
    capitalised before a person's one word, wherever the text writes the name after a title ("President To Lam",
    "General Secretary To Lam", "Communist Party chief To Lam", "leader To Lam"), which no preposition follows."""
    # Not on a title-case line ("Letter From President To Putin Released"), nor "To X," opening a sentence.
    titled_lines = title_case_lines(doc)
    people = [m for m in mentions if m.label == "PERSON" and m.end - m.start == 1 and m.start > 0
              and doc[m.start - 1].text == "To" and doc[m.start - 1].whitespace_ == " " and m.start not in titled_lines
              and not (m.end < len(doc) and doc[m.end].text == ",")]
    titled = {doc[m.start].text for m in people if m.start > 1 and doc[m.start - 2].lower_ in _TITLES_BEFORE_TO}
    if not titled:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(m.start - 1, m.end, m.label, m.weight, m.source)
            if m in people and doc[m.start].text in titled and m.start - 1 not in covered else m for m in mentions]


# A Polynesian name's word with its glottal stop written as an apostrophe: "Mata'afa", "Ma'a", "Tu'ilagi" (not a
# possessive, "Biden's", nor an Irish surname, "O'Brien", which the model reads).
_GLOTTAL_NAME_WORD = re.compile(r"[A-Z][a-zà-ÿā-ž]+['’][a-zà-ÿā-ž]+")


def _is_glottal_name_word(doc: Doc, i: int, covered: set[int]) -> bool:
    """doc[i] is a capitalised word with a glottal stop's apostrophe that no other name holds."""
    word = doc[i].text
    return i not in covered and _GLOTTAL_NAME_WORD.fullmatch(word) is not None and not word.endswith(("'s", "’s"))


def with_glottal_name_words(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name with the word of a glottal stop before or after it that the model left out: "Fiamē Naomi
    Mata'afa" was "Fiamē Naomi", "Ma'a Nonu" was "Nonu"."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        if m.label == "PERSON":
            start, end = m.start, m.end
            # After a name that ends on a given name, its surname missing: "Fiamē Naomi", "Naomi" (not "Sarah Jones
            # Hawai'i", whose "Jones" may be a given name too); before a one-word name, its given name missing.
            if end < len(doc) and doc[end - 1].whitespace_ and is_given_name(doc[end - 1].text) \
                    and (end - start == 1 or not all(is_given_name(t.text) for t in tokens_of(doc)[start:end])) \
                    and _is_glottal_name_word(doc, end, covered):
                end += 1
            if end - start == 1 and start > 0 and doc[start - 1].whitespace_ \
                    and _is_glottal_name_word(doc, start - 1, covered):
                start -= 1
            if (start, end) != (m.start, m.end):
                m = Mention(start, end, m.label, m.weight, m.source)
        out.append(m)
    return out


def _is_given_syllables(doc: Doc, i: int) -> bool:
    """doc[i:i + 3] is a hyphenated given name of two romanised syllables: "Heung-min", "Dong-Hyuk"."""
    first, rest = doc[i], doc[i + 2]
    return first.is_title and _LONG_SYLLABLE.fullmatch(first.lower_) is not None and is_glued_hyphen(doc[i + 1]) \
        and rest.is_alpha and (rest.is_lower or rest.is_title) and _LONG_SYLLABLE.fullmatch(rest.lower_) is not None


_ELIDED_SURNAME = re.compile(ELIDED_SURNAME)


def with_elided_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name with the surname after it that the model left out, one with an elided particle: "Michael" of
    "Michael O’Leary" (the typographic apostrophe puts the model off where the plain one does not)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(m.start, m.end + 1, m.label, m.weight, m.source, m.key, m.owner)
            if m.label == "PERSON" and m.end < len(doc) and m.end not in covered and doc[m.end - 1].whitespace_
            and _ELIDED_SURNAME.fullmatch(doc[m.end].text) else m for m in mentions]


_ELIDED_GIVEN_NAME = re.compile(ELIDED_GIVEN_NAME)


def with_elided_given_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name with the given name before it that the model left out, one with an apostrophe inside:
    "Joy Randolph" of "Da'Vine Joy Randolph won"."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(m.start - 1, m.end, m.label, m.weight, m.source)
            if m.label == "PERSON" and m.start > 0 and m.start - 1 not in covered and doc[m.start - 1].whitespace_
            and _ELIDED_GIVEN_NAME.fullmatch(doc[m.start - 1].text) else m for m in mentions]


def with_first_names_written_elsewhere(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name of two words or more with the word before it that the model left out where the text writes the
    whole name as a person's elsewhere: "Rukh Khan" of "Shah Rukh Khan has starred" after "Actor Shah Rukh Khan said"
    (the name's own reading, not a list of rules: "Shah" is a title too)."""
    people = {_key(doc, m) for m in mentions if m.label == "PERSON" and m.end - m.start > 2}
    if not people:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(m.start - 1, m.end, m.label, m.weight, m.source)
            if m.label == "PERSON" and m.end - m.start > 1 and m.start > 0 and m.start - 1 not in covered
            and doc[m.start - 1].is_title and doc[m.start - 1].whitespace_
            and _key_at(doc, m.start - 1, m.end) in people else m for m in mentions]


def with_last_names_left_out(doc: Doc, mentions: list[Mention], words: Set[str]) -> list[Mention]:
    """A person's name of two words or more with the last word the model left out: after a particle, which never ends
    a name ("Marine Le" of "Marine Le Pen", "Pen" an ordinary word), or a capitalised word the parse heads the name
    with that is no ordinary word, title nor place and that no other capitalised word follows ("Yoon Suk" of
    "President Yoon Suk Yeol over"; not "the Joe Biden Administration", nor a list: "Jim Ratcliffe, Manchester")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    # Not on a line in title case, whose capitals join words of no name: "Colts Beat Chiefs 20-13" (a person to the
    # model, "Colts Beat").
    titled = title_case_lines(doc)
    out = []
    for m in mentions:
        i = m.end
        if m.label == "PERSON" and m.end - m.start > 1 and i < len(doc) and i not in covered and i not in titled \
                and doc[i - 1].whitespace_ and doc[i].is_title and doc[i].is_alpha and len(doc[i]) > 1 \
                and not doc[i].is_sent_start and not (i + 1 < len(doc) and doc[i + 1].is_title):
            word = doc[i]
            if doc[i - 1].lower_ in NAME_PARTICLES or (
                    doc[i - 1].head.i == i and doc[i - 1].dep_ == "compound" and word.pos_ == "PROPN"
                    and word.lower_ not in words and word.lower_ not in ALL_TITLES and not _in_gazetteer(word.lower_)):
                m = Mention(m.start, i + 1, m.label, m.weight, m.source)
        out.append(m)
    return out


def is_second_surname(token: Token) -> bool:
    """A capitalised word after a glued hyphen that ends the name and that the text writes nowhere else on its own:
    the second part of a double surname ("Obi" of "Nwosu-Obi"), not a second person's or a place's name ("Donald
    Trump-Putin summit", "a Joe Biden-China deal")."""
    doc, after = token.doc, token.i + 1
    return token.is_title and token.is_alpha and len(token) > 1 and not _in_gazetteer(token.text) \
        and not (after < len(doc) and (doc[after].text[:1].isupper() or is_glued_hyphen(doc[after]))) \
        and token.text not in _words_written_alone(doc)


def _words_written_alone(doc: Doc) -> frozenset[str]:
    """The words the document writes somewhere without a glued hyphen before them; worked out once per document, as
    every name with a hyphenated end asks (asked of the whole text each time, a long article's cost was quadratic)."""
    words = doc.user_data.get(_ALONE_KEY)
    if words is None:
        words = doc.user_data[_ALONE_KEY] = frozenset(
            t.text for t in doc if not (t.i > 0 and is_glued_hyphen(doc[t.i - 1])))
    return words


_ALONE_KEY = "newswire_words_alone"


# A single letter and its full stop: the initial of a given name ("D." of "D. Wayne Lukas").
_LEADING_INITIAL = re.compile(r"[A-Z]\.")
# Two initials with their full stops, as South Asian names write the given names before a surname alone ("D.K.
# Shivakumar", "M.K. Stalin"), but for a place's or an office's initials ("U.S.", "P.M." of India's press).
_PAIRED_INITIALS = re.compile(r"(?:[A-Z]\.){2}")
_INITIALS_NO_NAME = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "N.J.", "P.M.", "C.M.", "M.P.",
                               "A.M.", "B.C.", "A.D."})
# Labels of an initial the model split from the rest of a name, or of a name it took it from ("D.|NORP").
_INITIAL_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "PRODUCT"})
# Lower-case words an initial may follow: a post before a name ("trainer D. Wayne Lukas"); after any other lower-case
# word the letter ends it ("vitamin D. Maria Lopez said").
_INITIAL_AFTER = frozenset({"trainer", "jockey", "coach", "owner", "driver", "rider", "said", "by", "and", "with",
                            "from", "for", "to", "of"})


def with_leading_initials(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name with the initial before it that the model cut off at its full stop: "D. Wayne Lukas" (a people
    and a person to the model), "J. Robert Oppenheimer"; not a letter that ends the word before it ("Plan B. John
    Smith said"), which a capitalised word opens, nor one that ends a sentence ("took vitamin D. Wayne Rooney said");
    nor before a surname alone, as French writes "Monsieur" ("M. Barnier"), but two initials ("D.K. Shivakumar", a
    place and a person to the model)."""
    by_end = {m.end: m for m in mentions}
    dropped: set[int] = set()
    out = []
    for m in mentions:
        i = m.start - 1
        if m.label == "PERSON" and i >= 0 and (m.end - m.start > 1 or _are_paired_initials(doc[i].text)) \
                and (_LEADING_INITIAL.fullmatch(doc[i].text) or _are_paired_initials(doc[i].text)) \
                and not doc[m.start].is_sent_start \
                and (i == 0 or not (doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper())
                     or _starts_sentence(doc, i)) \
                and not (i > 0 and doc[i - 1].is_lower and doc[i - 1].is_alpha
                         and doc[i - 1].lower_ not in _INITIAL_AFTER):
            split = by_end.get(m.start)
            if split is None or (split.start == i and split.label in _INITIAL_LABELS):
                if split is not None:
                    dropped.add(id(split))
                m = Mention(i, m.end, m.label, m.weight, m.source)
        elif _is_titled_initial_and_surname(doc, m):
            m = Mention(i, m.end, "PERSON", m.weight, m.source)  # "Judge A Smith said": the model's organisation
        out.append(m)
    return [m for m in out if id(m) not in dropped]


def _is_titled_initial_and_surname(doc: Doc, m: Mention) -> bool:
    """A capitalised one-word name after a capital letter without its full stop, a person's title before it, as
    British copy writes an initial: "Judge A Smith said", "Mr J Bloggs" (the model's organisation "Smith"); the "A"
    after a title is no article."""
    i = m.start - 1
    return m.label in ("PERSON", "ORG") and m.end - m.start == 1 and i >= 1 and len(doc[i].text) == 1 \
        and doc[i].text.isupper() and doc[i].whitespace_ != "" and doc[m.start].is_title \
        and doc[i - 1].is_title and (doc[i - 1].lower_ in PERSON_TITLES or doc[i - 1].text in HONORIFICS)


def _are_paired_initials(text: str) -> bool:
    """Two initials of given names, "D.K.", not a place's or an office's ("U.S.", "P.M.")."""
    return bool(_PAIRED_INITIALS.fullmatch(text)) and text not in _INITIALS_NO_NAME \
        and not _in_gazetteer(text.casefold())
