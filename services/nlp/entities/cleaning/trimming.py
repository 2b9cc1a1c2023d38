"""A name's span trimmed at its edges: articles, possessive determiners, titles and offices before it,
descriptors, punctuation, emoji, numbers, postnominals and possessives."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Set

from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
from spacy.tokens import Doc, Token

from services.nlp.doctext import span_of, text_of, tokens_of, words_of
from services.nlp.entities.capitals import _is_full_name, _starts_sentence
from services.nlp.entities.cleaning.numbers import is_clock
from services.nlp.entities.cleaning.possessives import is_own_s
from services.nlp.entities.cleaning.splitting import FINITE_VERB_TAGS, numbers_a_military_unit, numbers_a_name
from services.nlp.entities.gazetteer import _is_city_or_country
from services.nlp.entities.mentions import Mention, is_well_cased
from services.nlp.entity_rules import (
    ALL_TITLES,
    ARTICLE_KEEPING_LABELS,
    CAPITALISED_EDGE_LABELS,
    CLERGY_RANKS,
    CLERGY_STYLES,
    CLOCK_TIME_ZONES,
    CORPORATE_SUFFIXES,
    COUNSEL_PARTICIPLES,
    COUNSEL_RANKS,
    DEMONYMS,
    GENERAL,
    HONORIFICS,
    IMPERATIVES,
    JOB_NOUNS,
    KIN_NOUN,
    LEADING_ARTICLES,
    MALAY_HONOUR_PAIRS,
    MALAY_HONOUR_SECONDS,
    MALAY_HONOURS,
    MEMBERS_POSTS,
    NAME_LABELS,
    NAME_PARTICLES,
    NAMES_TITLES,
    NUMBERLESS_LABELS,
    ORGANISATION_HEADS,
    PEERAGES,
    PERSON_OFFICES,
    PERSON_TITLES,
    POSSESSIVES,
    POSTNOMINALS,
    REVERENDS,
    STAGE_NAMES_WITH_TITLES,
    SURNAMELESS_OFFICES,
    TENGKU_OFFICES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    TWO_WORD_TITLES,
)
from services.nlp.given_names import is_given_name


def _is_pictograph(text: str) -> bool:
    """A token of emoji or other pictographs only (Unicode's "other symbols", with their joiners and variation
    selectors): "🚀", "📈", "🇺🇦"; not a currency's sign ("$"), which is a sum's."""
    return any(unicodedata.category(ch) == "So" for ch in text) \
        and all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in text)


# Labels of the model's that take in a barrister's brief before a party's name: "Defending Clarke,", "Representing
# Britain,", "Prosecuting Acme Ltd," (the clause ends at its comma; "Prosecuting Attorney Tom Reed" is an office).
_BRIEFED_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
# A place's or a work's name that opens with a verb of `IMPERATIVES` ("Tell City", "Call Me By Your Name") keeps it.
_ADVISED_LABELS = frozenset({"PERSON", "ORG"})
# Nouns of a work that name it beside its title: "Call Jane, a film about ...", "the film Call Jane".
_WORK_NOUNS = frozenset({"film", "movie", "musical", "play", "documentary", "series", "drama", "show", "sitcom",
                         "book", "novel", "memoir", "song", "single", "album", "opera", "comedy", "thriller", "biopic"})
_WORK_REACH = 3
_TITLE_MARKS = frozenset({'"', "“", "‘", "'"})


def _names_a_work(doc: Doc, start: int, end: int) -> bool:
    """The name at doc[start:end] is a work's title: in quotation marks ('"Call Jane" opens on Friday'), after a
    work's noun ("the film Call Jane") or with one in an apposition after it ("Call Jane, a film about an abortion
    network")."""
    if start > 0 and doc[start - 1].text in _TITLE_MARKS:
        return True
    before = doc[max(0, start - _WORK_REACH):start]
    after = doc[end:min(len(doc), end + _WORK_REACH + 1)]
    return any(t.lower_ in _WORK_NOUNS for t in before) \
        or (len(after) > 0 and after[0].text in ",(" and any(t.lower_ in _WORK_NOUNS for t in after))


# Capitalised nouns of a prize's name: "the Nobel Peace Prize", "the Fields Medal", "the Turner Prize".
_PRIZE_NOUNS = frozenset({"Prize", "Award", "Medal"})


def _names_a_prize(doc: Doc, start: int, end: int) -> bool:
    """The name at doc[start:end], an article and two words or more, is a prize's, not a work's title: a prize's noun
    ending it or before a preposition of its field ("the Nobel Prize in Physics", "the Medal of Honor"), no quotation
    mark before it ('"The Peace Prize" opens'). Not a title with a noun after the prize's ("The Prize Fighter", "The
    Booker Prize Scandal", a film and a novel)."""
    return end - start > 2 and any(t.text in _PRIZE_NOUNS and (t.i + 1 == end or doc[t.i + 1].is_lower)
                                   for t in doc[start + 1:end]) \
        and not (start > 0 and doc[start - 1].text in _TITLE_MARKS)


# The most words of an apposition read for a work's noun: "Defending Jacob, the Apple TV+ drama,".
_APPOSITION_REACH = 8


def _work_in_apposition(doc: Doc, end: int) -> bool:
    """A comma after the name, then an apposition holding a work's noun before its next comma or stop: a title's
    ("Defending Jacob, the Apple TV+ drama, stars Chris Evans"), no barrister's brief ("Defending Clarke, Orlando
    Pownall KC said")."""
    if end >= len(doc) or doc[end].text != ",":
        return False
    for token in doc[end + 1:min(len(doc), end + 1 + _APPOSITION_REACH)]:
        if token.text in (",", ".", ";", ":"):
            return False
        if token.lower_ in _WORK_NOUNS:
            return True
    return False


def _described_after(doc: Doc, end: int) -> bool:
    """A comma and an article follow the name: an apposition that says what it is ("Call Jane, the film starring
    Elizabeth Banks, opens"), a title's, no advice's."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("the", "a", "an")


def _subject_described(doc: Doc, end: int) -> bool:
    """An apposition with "a" follows the name, and the sentence's verb after it: a body named by a participle, the
    subject ("Defending Rights & Dissent, a civil liberties group, said"); not a brief's client, whom counsel's name
    follows ("Defending Hughes, a father of two, Mark Lee said")."""
    if not (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in ("a", "an")):
        return False
    sentence_end = doc[end].sent.end
    closing = next((j for j in range(end + 2, sentence_end) if doc[j].text == ","), None)
    return closing is not None and closing + 1 < sentence_end and doc[closing + 1].pos_ in ("VERB", "AUX")


def _is_glued_letter(doc: Doc, start: int, end: int) -> bool:
    """The capital "A" at `start` is glued by a hyphen to a capitalised word after it: the letter of a name ("the
    A-League Men"), no article."""
    return doc[start].text == "A" and start + 2 < end and doc[start + 1].text == "-" and not doc[start].whitespace_ \
        and not doc[start + 1].whitespace_ and doc[start + 2].is_title


# A player's position capitalised opening a sentence before his name, which the model reads with it as a firm when
# the name has initials ("Goalkeeper PR Sreejesh made ten saves"); no firm's name opens with these words.
_OPENING_PLAYER_POSTS = frozenset({"goalkeeper", "striker", "midfielder", "defender", "winger", "skipper", "keeper"})


def _opens_with_player_post(doc: Doc, start: int, end: int) -> bool:
    """A player's position opens the sentence before a name of capitalised words or initials only, opening with
    initials or a given name and ending in no body's word (not "Striker Capital Partners", "Defender Industries
    Group", "Winger Solar Energy", firms)."""
    first = doc[start + 1] if end - start > 2 else None
    return first is not None and doc[start].is_title and doc[start].lower_ in _OPENING_PLAYER_POSTS \
        and _starts_sentence(doc, start) and all(
            t.is_alpha and (t.is_title or t.is_upper and len(t) <= 3) and t.lower_ not in CORPORATE_SUFFIXES
            for t in doc[start + 1:end]) \
        and (first.is_upper and len(first) <= 3 or is_given_name(first.text)) \
        and doc[end - 1].lower_ not in ORGANISATION_HEADS


def trim(doc: Doc, m: Mention, own_s: Set[str] = frozenset()) -> Mention | None:
    """The span without leading articles/titles/punctuation and trailing possessives/punctuation; the "'s" of a
    word in `own_s` is the name's own ("McDonald's"), kept, and taken in where the model left it out."""
    start, end = _outside_brackets(doc, m.start, m.end)
    # Lower-case words at the edges are descriptors only next to a capitalised name: in lower-cased
    # text ("interfax news agency") nothing tells the name from the descriptor.
    cased = any(word[:1].isupper() for word in words_of(doc)[start:end])
    tokens = tokens_of(doc)
    creator = _past_creator_noun(doc, start, end)
    if creator > start:
        return Mention(creator, end, "PERSON", m.weight, m.source)  # "The YouTuber MrBeast said", a work of art
    if m.label == "ORG" and _opens_with_player_post(doc, start, end):
        return trim(doc, Mention(start + 1, end, "PERSON", m.weight, m.source), own_s)  # "Goalkeeper PR Sreejesh"
    while start < end:
        token = tokens[start]
        if token.is_punct or token.is_space or (_is_pictograph(token.text) and end - start > 1):
            start += 1
        elif token.lower_ in LEADING_ARTICLES and (m.label not in ARTICLE_KEEPING_LABELS or _names_a_prize(doc, start,
                                                                                                        end)) \
                and end - start > 1 and not _is_glued_letter(doc, start, end):
            start += 1  # a work's title keeps its article ("The Crown"), a prize's name not ("the Nobel Peace Prize")
        elif _is_possessive_determiner(doc, start) and m.label not in ARTICLE_KEEPING_LABELS and end - start > 1:
            start += 1  # "Its National Democratic Alliance"
        elif _opens_a_salutation(doc, start, end):
            start += 1  # "Dear Mr President": the letter's greeting, no part of a name (not "Dear Evan Hansen")
        elif m.label == "PERSON" and end - start > 2 and opens_two_word_title(doc, start):
            start += 2  # "Crown Prince Hussein", "Grand Mufti Shawki Allam"
        elif m.label == "PERSON" and end - start > 1 and not is_generation(doc, start) \
                and not _opens_a_stage_name(doc, start) and not _initials_in_capitals(doc, start) and (
                token.lower_ in PERSON_TITLES or token.text in HONORIFICS or _is_general(doc, start, m.start, end)
                or is_prime_minister(doc, start) or opens_clergy_style(doc, start)):
            start += 1  # "Rt" and "Revd" of "The Rt Revd Martyn Snow" ("Rev" is an office's word below)
        elif m.label == "PERSON" and start < (past := past_malay_honour(doc, start)) < end:
            start = past  # "Datuk Seri Anwar Ibrahim", as "Sir Keir Starmer"
        elif m.label == "PERSON" and end - start == 2 and token.lower_ in SURNAMELESS_OFFICES \
                and tokens[start + 1].is_title:
            start += 1  # "Treasurer Smith", "Councillor Jones": an office before a surname alone
        elif m.label == "PERSON" and end - start > 2 and (token.lower_ in PERSON_OFFICES or token.lower_ in DEMONYMS
                                                          or token.text in MEMBERS_POSTS) \
                and not opens_a_peerage(doc, start):
            start += 1  # "Finance Minister ...", "Briton Lewis Hamilton", "MEP Seb Dance"; not "Archbishop of York"
        elif m.label == "PERSON" and end - start > 2 and token.is_title and token.lower_ in JOB_NOUNS \
                and _starts_sentence(doc, start):
            start += 1  # "Creator Hwang Dong-hyuk told reporters"
        elif m.label == "PERSON" and end - start > 1 and _opens_with_relatives(doc, start):
            start += 1  # "Brothers Liam and Noel Gallagher announced a tour"
        elif m.label in _BRIEFED_LABELS and end - start > 1 and token.text in COUNSEL_PARTICIPLES \
                and _starts_sentence(doc, start) and doc[start + 1].is_title and end < len(doc) \
                and doc[end].text == "," and not _subject_described(doc, end) and not _work_in_apposition(doc, end):
            start += 1  # "Defending Clarke, Orlando Pownall KC said": the brief's verb, not the client's name
        elif m.label in _ADVISED_LABELS and end - start > 1 and token.text in IMPERATIVES \
                and _starts_sentence(doc, start) and doc[start + 1].is_title and doc[start + 1].pos_ != "PRON" \
                and not _described_after(doc, m.end) and not _names_a_work(doc, start, end):
            start += 1  # "Tell Karen, kindly ...", "Call Al-Anon for support": the advice's verb, not the name's
        elif m.label == "GPE" and token.text in ("D", "R", "I") and end - start > 2 and doc[start + 1].text == "-" \
                and not doc[start + 1].whitespace_:
            start += 2  # a party's letter before a state: "Sen. Jon Ossoff, D-Ga.," is of Georgia
        elif m.label in NAME_LABELS and token.text in CLOCK_TIME_ZONES and start > 0 \
                and is_clock(doc[start - 1].text):
            start += 1  # "10:45 BST Zelensky"; "WEST PALM BEACH" keeps its first word
        elif cased and m.label in CAPITALISED_EDGE_LABELS and end - start > 1 and _is_descriptor(doc, start):
            start += 1
        elif m.label in NUMBERLESS_LABELS and token.like_num and end - start > 1 \
                and not _ORDINAL.fullmatch(token.text) and not _is_number_word_of_a_name(doc, start) \
                and not numbers_a_military_unit(doc, start, end):
            # Not an ordinal that names a unit ("82nd Airborne Division"), nor a name's number word ("the Ten
            # Commandments"), nor a unit's number in digits ("the 444 Brigade").
            start += 1
        else:
            break
    if m.label == "PERSON":
        start = _past_inner_title(doc, start, end)
    if m.label == "EVENT":
        end = _before_a_clause(doc, start, end)
    label = m.label
    if label == "WORK_OF_ART" and (building := _building_before_a_place(doc, start, end)) < end:
        end, label = building, "FAC"  # "Queen's Hall in 1941", "... in London": the hall, no work's title
    while end > start:
        token = doc[end - 1]
        if is_own_s(doc, end - 1, own_s):
            break
        if token.lower_ in POSSESSIVES or token.is_space or (_is_pictograph(token.text) and end - start > 1):
            end -= 1  # "Elon Musk 🚀 said": an emoji is no part of a name
        elif token.lower_ in _JOINING_WORDS and end - start > 1:
            end -= 1  # "the French Open and" of "... and Wimbledon": a name ends in no conjunction
        elif token.lower_ in _PLACING_PREPOSITIONS and token.is_lower and end - start > 1 \
                and label in _PREPOSITIONLESS_END_LABELS:
            end -= 1  # "the Italian Grand Prix at" of "... at Mugello": nor in a preposition
        elif label == "PERSON" and end - start > 2 and token.lower_ in POSTNOMINALS:
            end -= 1
        elif label == "PERSON" and end - start == 2 and token.is_upper and token.lower_ in COUNSEL_RANKS \
                and doc[start].is_title:
            end -= 1  # "Mr Hickman KC added", left "Hickman KC" by its honorific: the surname alone
        elif end - start > 2 and token.is_upper and token.lower_ in COUNSEL_RANKS \
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
        elif m.label in NAME_LABELS and m.label != "PERSON" and opens_two_word_title(doc, end - 1) \
                and end == m.end:
            end -= 1  # "Abu Dhabi" of "Abu Dhabi Crown" (Prince ...), nothing of "Supreme" (Leader ...)
            if end > start and _is_city_or_country(doc[start:end].text.casefold()):
                label = "GPE"  # whose ruler the title names: "Abu Dhabi" was the model's organisation
        elif m.label == "ORG" and _is_title_after_legal_form(doc, start, end - 1):
            end -= 1  # "Hershey Co Chief" of "Hershey Co Chief Executive Michele Buck"
        elif m.label in _VERBLESS_LABELS and end - start > 1 and _is_trailing_verb(token) \
                and _is_cased_name(doc, start, end):
            # "uMkhonto weSizwe party won 58 seats": the model's organisation ran into its verb (in lower-cased text
            # a surname may read as one: "diana knowles")
            end -= 1
        elif m.label == "WORK_OF_ART" and end - start > 1 and token.is_lower and token.lower_ in _CREDIT_PARTICIPLES:
            end -= 1  # "The Picture of Dorian Gray starring" (Eryn Jean Norvill): the review's credit, no title's word
        elif m.label in NAME_LABELS and end - start > 3 and _ends_in_score(doc, end):
            end -= 3  # "Fenwick City 2-1", a stadium to the model: the score is no part of the name
        else:
            break
    if end == m.end and end > start and end < len(doc) and is_own_s(doc, end, own_s):
        end += 1  # "Sainsbury" + "'s said"
    if label != "PERSON" and end == m.end and end < len(doc) and numbers_a_name(doc[end]) \
            and not (end + 1 < len(doc) and (doc[end + 1].pos_ in ("NUM", "PROPN") or doc[end + 1].tag_ == "NNS"
                                             or doc[end].ent_type_ == "QUANTITY" and doc[end + 1].ent_iob_ == "I")):
        # "FTSE 100 rose", "a Falcon 9 rocket": the model's organisation stopped before its number (not "... 10
        # companies", a count of the things after it, nor "Zone 5 km", a quantity of the model's)
        end += 1
    if end <= start or past_malay_honour(doc, start) >= end:
        return None  # a Malaysian honour alone, whatever the model called it: "Datuk Seri", "Toh Puan"
    if m.label == "PERSON" and (end - start > 1 or doc[start].text in _HONORIFICS_OR_GENERAL) and all(
            t.lower_ in PERSON_TITLES or t.lower_ in PERSON_OFFICES or t.text in _HONORIFICS_OR_GENERAL
            or t.lower_ in NAMES_TITLES or t.lower_ in REVERENDS for t in tokens[start:end]):
        # Titles without a name: "Det Insp" before "Sarah Haigh" (one title alone can be a name, "King", but not
        # an abbreviated rank, "Insp").
        return None
    if all(t.text in _RANK_WORDS for t in tokens[start:end]) and any(t.text.endswith(".") for t in tokens[start:end]):
        return None  # an abbreviated rank under any label: "Rear Adm." before "Daniel Hagari" (an organisation)
    if start > m.start and _opens_a_salutation(doc, start - 1, end) and end - start == 1:
        return None  # "Dear Mr" of "Dear Mr President", an organisation to the model: an honorific alone
    return Mention(start, end, label, m.weight, m.source)


# Last words of buildings that concerts and shows are given in, which the model runs into the place or the year after
# them as a work's title: "at Queen's Hall in 1941".
_SHOW_BUILDINGS = frozenset({"hall", "theatre", "theater", "cathedral", "abbey", "church", "chapel", "palace",
                             "gallery", "museum"})


def _building_before_a_place(doc: Doc, start: int, end: int) -> int:
    """The end of a building's name that opens doc[start:end] before "in" or "at" ("Queen's Hall" of "Queen's Hall
    in London"), else `end`; not in a title in quotes ("The Hall at Hunsford")."""
    if start > 0 and doc[start - 1].text in _TITLE_MARKS:
        return end
    for k in range(start + 2, end):
        if doc[k].lower_ in ("in", "at") and doc[k].is_lower and doc[k - 1].lower_ in _SHOW_BUILDINGS \
                and doc[k - 1].is_title:
            return k
    return end


# Lower-case words that open a clause, which no event's name holds: "won the Players Championship as Callaway took the
# lead" (the model's one event through "Callaway").
_CLAUSE_OPENERS = frozenset({"as", "while", "when", "after", "before", "because", "since", "until", "though"})


def _before_a_clause(doc: Doc, start: int, end: int) -> int:
    """The end of the span at the first clause's opener inside it (see `_CLAUSE_OPENERS`), past its first word."""
    for i in range(start + 1, end):
        if doc[i].is_lower and doc[i].lower_ in _CLAUSE_OPENERS:
            return i
    return end


def _opens_a_salutation(doc: Doc, start: int, end: int) -> bool:
    """The word at `start` is a letter's "Dear" before an honorific, within the span to `end`: "Dear Mr President",
    "Dear Dr Patel" (not "Dear Evan Hansen", a musical, nor "Dear England", a play)."""
    return end - start > 1 and doc[start].lower_ == "dear" and doc[start + 1].text in HONORIFICS


# Relatives in the plural ("Brothers", "Sisters", "Twins"), which open a sentence before their given names; not the
# singular, a monk's or a nun's title ("Brother Anthony").
_RELATIVES = re.compile(KIN_NOUN, re.IGNORECASE)


def _opens_with_relatives(doc: Doc, start: int) -> bool:
    """The word at `start` is relatives in the plural that open the sentence before a given name: "Brothers" of
    "Brothers Liam and Noel Gallagher"."""
    token = doc[start]
    return token.is_title and token.lower_.endswith("s") and _RELATIVES.fullmatch(token.text) is not None \
        and _starts_sentence(doc, start) and start + 1 < len(doc) and is_given_name(doc[start + 1].text)


# Courtesy titles written in title case ("Ms", "Mr", "Dr"), whose letters in capitals are a given name's initials.
_COURTESY_TITLES_AS_INITIALS = frozenset({"MS", "MR", "DR"})


def _initials_in_capitals(doc: Doc, start: int) -> bool:
    """The word at `start` is a given name's initials in capitals without stops before a surname in title case, which
    a courtesy title's letters spell: "MS" of "MS Dhoni", as "KL" of "KL Rahul" (not "MS SMITH" of a line in capitals,
    nor a title written in capitals, "PM Netanyahu")."""
    return doc[start].text in _COURTESY_TITLES_AS_INITIALS and start + 1 < len(doc) and doc[start + 1].is_title \
        and doc[start + 1].is_alpha


def _opens_a_stage_name(doc: Doc, start: int) -> bool:
    """The title at `start` and the word after it are a stage name's ("Lady Gaga", "Queen Latifah")."""
    return start + 1 < len(doc) and f"{doc[start].lower_} {doc[start + 1].lower_}" in STAGE_NAMES_WITH_TITLES


# Nouns of a creator on social media, capitalised or not, before their name: "The YouTuber MrBeast said" (a work of
# art to the model), "influencer Molly-Mae Hague".
_CREATOR_NOUNS = frozenset({"youtuber", "tiktoker", "instagrammer", "influencer", "vlogger", "streamer", "podcaster"})


def _past_creator_noun(doc: Doc, start: int, end: int) -> int:
    """Where the name starts after an article and a creator's noun opening the span ("The YouTuber MrBeast"); `start`
    where none does or nothing capitalised follows."""
    i = start + (doc[start].lower_ in LEADING_ARTICLES)
    if i + 1 < end and doc[i].lower_ in _CREATOR_NOUNS and all(t.text[:1].isupper() for t in doc[i + 1:end]):
        return i + 1
    return start


# Labels of names that end in no verb (a work's title may: "Apocalypse Now", "Gone with the Wind" aside, "Love
# Actually", "Jesus wept").
_VERBLESS_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"})
# Participles of a show's or a film's credits, written after its title before the names they credit: "Hamlet starring
# Jude Law", "a revival featuring ...", which the model runs into the title.
_CREDIT_PARTICIPLES = frozenset({"starring", "featuring", "directed", "produced", "narrated", "hosted", "co-starring"})


def _is_trailing_verb(token: Token) -> bool:
    """A finite verb in lower case, which ends a name's clause, not the name ("party won", "Group said")."""
    return token.is_lower and token.is_alpha and token.tag_ in FINITE_VERB_TAGS and token.pos_ in ("VERB", "AUX") \
        and token.lower_ not in NAME_PARTICLES


def _is_cased_name(doc: Doc, start: int, end: int) -> bool:
    """The span holds a capital, in a text whose names are capitalised: "uMkhonto weSizwe" (not "diana knowles" of a
    lower-cased copy)."""
    return is_well_cased(doc) and any(ch.isupper() for ch in doc[start:end].text)


def opens_clergy_style(doc: Doc, i: int) -> bool:
    """doc[i], capitalised, opens a clergy's style but "Rev" alone: "Rt" of "Rt Rev", "Very" of "Very Rev", "Revd",
    "Ven" ("Most" of "Most Rev"; not "Very" before anything else: "Very Good Trip")."""
    token = doc[i]
    if not token.text[:1].isupper():
        return False
    if token.lower_ in CLERGY_STYLES:
        return True
    return token.lower_ in CLERGY_RANKS and i + 1 < len(doc) and doc[i + 1].lower_ in REVERENDS \
        and doc[i + 1].text[:1].isupper()


def opens_two_word_title(doc: Doc, i: int) -> bool:
    """doc[i] and the word after it, both capitalised, are a title of `TWO_WORD_TITLES`: "Crown Prince"."""
    return i + 1 < len(doc) and doc[i].is_title and doc[i + 1].is_title \
        and (doc[i].lower_, doc[i + 1].lower_) in TWO_WORD_TITLES


def _is_title_after_legal_form(doc: Doc, start: int, i: int) -> bool:
    """doc[i] is a capitalised title word ("Chief", "President") after the legal form that ended the company's name,
    titles only between them: the first words of the title of the person named next."""
    j = i
    while j > start and doc[j].is_title and doc[j].lower_ in ALL_TITLES:
        j -= 1
    return start < j < i and doc[j].lower_ in CORPORATE_SUFFIXES


def _is_number_word_of_a_name(doc: Doc, i: int) -> bool:
    """doc[i] is a number written as a capitalised word inside a sentence, before a capitalised word: the name's own
    ("the Ten Commandments", "the Five Eyes", "the Three Gorges Dam"), not a count capitalised by its place ("Two
    Israelis were hurt"); or any capitalised number word before "&" ("Seven & i Holdings")."""
    token = doc[i]
    return token.is_alpha and token.is_title and i + 1 < len(doc) \
        and (doc[i + 1].text == "&" or (not _starts_sentence(doc, i) and doc[i + 1].is_title))


# Conjunctions the model's span can end with, taken from between two names.
_JOINING_WORDS = frozenset({"and", "or"})
# Prepositions that place what the name names, which no name of these labels ends in: "the Italian Grand Prix at" (an
# event to the model, before "Mugello"); a work's title may ("Something to Talk About").
_PLACING_PREPOSITIONS = frozenset({"at", "in", "on", "from", "by", "with"})
_PREPOSITIONLESS_END_LABELS = frozenset({"EVENT", "FAC", "GPE", "LOC", "ORG", "PERSON", "NORP"})
# Possessive determiners before a name, which are no part of it ("Its National Democratic Alliance"), but in a royal's
# or a saint's style ("Her Majesty's Treasury", "Our Lady of Lourdes").
_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
_STYLES = frozenset({"majesty", "majesty's", "majesty’s", "highness", "excellency", "holiness", "grace", "lady",
                     "lord", "royal", "savior", "saviour"})


def _is_possessive_determiner(doc: Doc, i: int) -> bool:
    """doc[i] is a possessive determiner ("its", "their") in lower case or opening the sentence, before a word that is
    no royal's or saint's style: inside a sentence a capital makes it a name's ("Our World in Data", "Your Party")."""
    opens = doc[i].is_sent_start or (i > 0 and doc[i - 1].is_quote)  # '“Our Lakewood units responded'
    return doc[i].lower_ in _POSSESSIVE_DETERMINERS and (doc[i].is_lower or opens) \
        and i + 1 < len(doc) and doc[i + 1].lower_ not in _STYLES


# Words of an abbreviated rank: "Rear Adm.", "Brig. Gen.", "Lt. Col.".
_HONORIFICS_OR_GENERAL = HONORIFICS | GENERAL  # built once: `trim` asks of every word of a person's name
_RANK_WORDS = frozenset(TITLE_ABBREVIATIONS) | {t for t in _HONORIFICS_OR_GENERAL if t.endswith(".")} | {"Rear", "Vice"}


# Titles inside a person's span, after a place or a first title: "Brisbane Lord Mayor", "Vice President".
_INNER_TITLES = PERSON_TITLES | TITLE_WORDS


def _past_inner_title(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts after the last title inside the span, a name of two words or more following it:
    "Brisbane Lord Mayor Adrian Schrinner", "Crown Prince Mohammed bin Salman", "Vice President Kamala Harris"."""
    for j in range(end - 3, start - 1, -1):
        name = span_of(doc, j + 1, end)
        if doc[j].is_title and doc[j].lower_ in _INNER_TITLES and name[0].is_title \
                and all(t.is_title or t.lower_ in NAME_PARTICLES for t in name):
            return j + 1
    return start


def _ends_in_score(doc: Doc, end: int) -> bool:
    """The three tokens before `end` are a match score: "2", "-", "1"."""
    number, dash, other = tokens_of(doc)[end - 3:end]
    return number.text.isdigit() and dash.text in ("-", "–") and other.text.isdigit() and len(other.text) <= 2 \
        and not number.whitespace_ and not dash.whitespace_


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


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
    """A lower-case word at the edge of a name ("news agency"), not a particle ("de"), not "Young-hoon", nor the word
    after an ampersand ("Seven & i")."""
    token = doc[i]
    glued = i > 0 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_
    return token.is_alpha and token.is_lower and token.lower_ not in NAME_PARTICLES and not glued \
        and not (i > 0 and doc[i - 1].text == "&")


def _stops_a_sentence(before: Token) -> bool:
    """A full stop the tokenizer split from `before` is the sentence's, no part of a name: after a quotation mark
    ('Kerryman".') or a word of more than three letters that is no abbreviation ("Andrew Pike." at the text's end);
    "Vt.", "Sr.", "W.Va.", "Calif." keep theirs."""
    word = before.text
    return before.is_punct or (word.isalpha() and len(word) > 3 and f"{word}." not in TOKENIZER_EXCEPTIONS
                               and word not in HONORIFICS and word != "Bros")


def opens_a_peerage(doc: Doc, i: int) -> bool:
    """doc[i] opens a peer's or prelate's title with its place: "Archbishop" of "Archbishop of York"."""
    return doc[i].lower_ in PEERAGES and i + 1 < len(doc) and doc[i + 1].lower_ == "of"


_GENERATIONS = frozenset({"x", "y", "z", "alpha", "beta", "xers", "zers", "zer"})


def _is_general(doc: Doc, i: int, span_start: int, end: int) -> bool:
    """"Gen" as a rank: after another rank ("Maj Gen Merilo") or before a given name and a surname ("Gen Mark
    Milley"); "Gen Digital" and "Gen Re" are companies the model took for people."""
    return doc[i].text in GENERAL and (i > span_start or end - i > 2)


def is_generation(doc: Doc, i: int) -> bool:
    """"Gen Z", "Gen Alpha": a generation, not General Z."""
    return doc[i].text in GENERAL and i + 1 < len(doc) and doc[i + 1].lower_ in _GENERATIONS


# Words of a firm named "PM ...": "PM Capital", "PM Group" (no prime minister's name).
_FIRM_WORDS_AFTER_PM = frozenset({"capital", "group", "fund", "funds", "holdings", "partners", "securities", "asset",
                                  "assets", "investments", "management", "global", "international", "energy"})


def is_prime_minister(doc: Doc, i: int) -> bool:
    """"PM" before a capitalised name ("PM Modi", the model's organisation, "PM Netanyahu"), not a clock's ("3 PM
    Monday", "8 PM Eastern")."""
    return doc[i].text == "PM" and i + 1 < len(doc) and doc[i + 1].is_title \
        and doc[i + 1].lower_ not in _FIRM_WORDS_AFTER_PM \
        and not (i > 0 and (doc[i - 1].like_num or is_clock(doc[i - 1].text)))


def past_malay_honour(doc: Doc, i: int) -> int:
    """Where the name starts after a Malaysian honour opening at doc[i], written capitalised, a capitalised word after
    it: "Datuk Seri", "Dato' Sri", "Tan Sri", "Tun" (i where none opens there: "Tun said" is a Burmese name's; see
    `_is_bare_tun_a_name`)."""
    token = doc[i]
    if not token.is_title:
        return i
    end = i
    if token.lower_ == "tun" and _is_bare_tun_a_name(doc, i):
        return i
    if token.lower_ == "tengku" and i + 1 < len(doc) and doc[i + 1].lower_ in TENGKU_OFFICES:
        return i  # "Tengku Mahkota of Johor", the crown prince's office: no name after an honour
    if token.lower_ in MALAY_HONOURS:
        end = i + 1
        if end < len(doc) and doc[end].text in ("'", "’") and not token.whitespace_:
            end += 1  # "Dato'"
        if end < len(doc) and doc[end].is_title and doc[end].lower_ in MALAY_HONOUR_SECONDS:
            end += 1
    elif i + 1 < len(doc) and doc[i + 1].is_title and (token.lower_, doc[i + 1].lower_) in MALAY_HONOUR_PAIRS:
        end = i + 2
    return end if end < len(doc) and doc[end].is_title else i


# Words that name Malaysia, its states and cities, in a text where "Tun" alone may be its honour.
_MALAYSIA = re.compile(r"\b(?:Malaysian?s?|Malays?|Kuala Lumpur|Putrajaya|Penang|Sabah|Sarawak|Johor|Selangor|Kedah|"
                       r"Kelantan|Terengganu|Pahang|Perak|Melaka|Malacca|Negeri Sembilan|Perlis|Labuan|UMNO|Umno|"
                       r"Barisan Nasional|Pakatan Harapan|Bernama)\b")
_NAMES_MALAYSIA = "newswire.names_malaysia"
# Words after "Tun" that make it the honour wherever it is written: "Tun Dr Mahathir", "Tun Seri Lanang".
_TUN_SECONDS = frozenset({"dr", "dr.", "seri", "sri"})


def _is_bare_tun_a_name(doc: Doc, i: int) -> bool:
    """"Tun" at doc[i] without "Dr", "Seri" or "Sri" after it is a word of a Burmese name, no Malaysian honour, in a
    text that does not name Malaysia ("Tun Kyi urged", "Burmese writer Tun Win"), before another "Tun" ("Tun Tun
    Min") and after another word of a name ("Min Tun Aung", "Datuk Tun Ismail")."""
    if i + 1 < len(doc) and doc[i + 1].lower_ in _TUN_SECONDS:
        return False
    if (i + 1 < len(doc) and doc[i + 1].lower_ == "tun") or (i > 0 and doc[i - 1].lower_ == "tun"):
        return True
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.is_title and before.is_alpha and not _starts_sentence(doc, i - 1) \
            and before.lower_ not in ALL_TITLES:
        return True
    names = doc.user_data.get(_NAMES_MALAYSIA)
    if names is None:
        names = doc.user_data[_NAMES_MALAYSIA] = bool(_MALAYSIA.search(text_of(doc)))
    return not names


def in_malay_honour(token: Token) -> bool:
    """The token is a word of a Malaysian honour before a name: "Sri" of "Dato' Sri Najib Razak"."""
    return any(past_malay_honour(token.doc, i) > token.i for i in range(max(0, token.i - 2), token.i + 1))
