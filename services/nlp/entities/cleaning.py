"""Spans cleaned (cut at separators, stripped of articles, possessives, titles, descriptors and numbers) and
joined across particles, hyphens and ranks."""
from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Set
from dataclasses import replace

from spacy.lang.en.tokenizer_exceptions import TOKENIZER_EXCEPTIONS
from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import ents_of, lower_case_words_of, lowers_of, text_of, tokens_of, words_of
from services.nlp.entities.capitals import _is_age, _is_full_name, _starts_sentence
from services.nlp.entities.firms import _FIRM_LABELS
from services.nlp.entities.gazetteer import _PARTIES, _compact, _in_gazetteer, _is_country_name
from services.nlp.entities.headlines import title_case_lines
from services.nlp.entities.mentions import HEADLINE_CUT, HONORED, Mention, _key, _key_at, _token_key
from services.nlp.entities.tables import _is_number
from services.nlp.entity_rules import (
    ALL_TITLES,
    ARTICLE_KEEPING_LABELS,
    AWARDS,
    CAPITALISED_EDGE_LABELS,
    CLOCK_TIME,
    CLOCK_TIME_ZONES,
    CORPORATE_SUFFIXES,
    DEMONYMS,
    DISEASE_WORDS,
    ELIDED_GIVEN_NAME,
    ELIDED_SURNAME,
    EVENT_SUFFIXES,
    FIRST_TITLES,
    GENERAL,
    GIVEN_NAMES,
    HONORIFICS,
    JOB_NOUNS,
    KOREAN_FAMILY_NAMES,
    LEADING_ARTICLES,
    MONTHS,
    NAME_LABELS,
    NAME_PARTICLES,
    NAME_SMALL_WORDS,
    NAMES_OWNING_S,
    NAMES_TITLES,
    NOT_NAMES,
    NUMBERED_NAME_WORDS,
    NUMBERLESS_LABELS,
    NUMERIC_LABELS,
    OPENING_TIME_ADVERBS,
    ORGANISATION_HEADS,
    PARTY_WORDS,
    PEERAGES,
    PERFORMING_VERBS,
    PERFORMING_VERBS_BEFORE,
    PERSON_OFFICES,
    PERSON_TITLES,
    POSSESSIVES,
    POSTNOMINALS,
    RANK_ABBREVIATIONS,
    SEPARATORS,
    SHIP_PREFIXES,
    SPEAKING_LEMMAS,
    STORM_WORDS,
    STREET_HEADS,
    TEMPERATURE_SCALES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
)
from services.nlp.furniture import dateline_spans
from services.nlp.given_names import is_english_given_name, is_given_name
from services.nlp.money import (
    CURRENCY_LEMMAS,
    ISO_CODES,
    is_earlier_level,
    is_golf_round,
    is_persons_age,
    is_unit_move,
    is_written_sum,
)


def _split_at_separators(doc: Doc, m: Mention) -> list[Mention]:
    """Pieces of a span cut at line breaks and at separators between names."""
    pieces: list[Mention] = []
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
            and not _is_initial_v(doc, m, i)
        )
        if cut:
            if i > start:
                pieces.append(Mention(start, i, m.label, m.weight, m.source))
            start = i + 1
            if token.text == "," and _only_legal_forms_after(doc, start, m.end):
                return pieces  # "Tesla, Inc.": the name is "Tesla", the form after its comma no name of its own
        elif m.label == "ORG" and i + 1 < m.end and _ends_a_company(doc, i):
            pieces.append(Mention(start, i + 1, m.label, m.weight, m.source))
            start = i + 1  # "International Data Corp. Samsung shipped ...": the full stop ended a sentence too
    if m.end > start:
        pieces.append(Mention(start, m.end, m.label, m.weight, m.source))
    return pieces


def _is_initial_v(doc: Doc, m: Mention, i: int) -> bool:
    """doc[i] is a person's initial "V." ("V. Narayanan", "A. V. Rao"), no "versus": it opens the name or follows
    another initial, with nothing on its left that it could part from the name after it."""
    if doc[i].text != "V." or m.label != "PERSON" or i + 1 >= m.end:
        return False
    return i == m.start or _INITIAL.fullmatch(doc[i - 1].text) is not None


_INITIAL = re.compile(r"[A-Z]\.")


# Labels of names the model runs over a clause's verb or preposition into the next name ("Norris trimmed Verstappen");
# not titles of works, laws or events, whose words may be anything ("Men in Black").
_CLAUSE_SPLIT_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"})
# Tags of finite verbs, which no name holds in lower case ("Norris trimmed Verstappen") and no possessive stands before
# ("McDonald's said", "Moody's will").
_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Names' particles the tagger reads as English verbs: "Partido dos Trabalhadores", "Banco do Brasil".
_PARTICLES_AS_VERBS = frozenset({"do", "dos", "das", "da", "de", "sur", "am", "an"})
# Prepositions that join no name's words (unlike "of", "for", "and": "Bank of America"), only a name and where it is:
# "United at Anfield". Not "upon" ("Newcastle upon Tyne"), nor "to" ("Stand Up to Cancer").
# Nor "on" ("Commission on Presidential Debates", "Council on Foreign Relations").
_PLACING_PREPOSITIONS = frozenset({"at", "in", "against", "near", "from"})


def _split_at_clause_words(doc: Doc, m: Mention) -> list[Mention]:
    """The span cut at a lower-case word between two capitalised ones that ends the name: a finite verb ("Norris
    trimmed Verstappen"), "the" after a noun ("the Commons the Budget") or, in an organisation's or person's span, a
    preposition whose both sides are names the text writes elsewhere or the gazetteer knows ("United at Anfield").
    The cutting word is in neither piece."""
    if m.end - m.start < 3:
        return [m]
    if m.label not in _CLAUSE_SPLIT_LABELS:
        return _split_at_venue(doc, m)
    for i in range(m.start + 1, m.end - 1):
        token = doc[i]
        if not (token.is_lower and token.is_alpha and token.whitespace_ and doc[i - 1].whitespace_
                and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()):
            continue
        # Not a name's particle the tagger reads as English ("Partido dos Trabalhadores", "Banco do Brasil").
        verb = token.tag_ in _FINITE_VERB_TAGS and token.pos_ in ("VERB", "AUX") \
            and token.lower_ not in _PARTICLES_AS_VERBS
        placing = m.label in ("ORG", "PERSON") and token.lower_ in _PLACING_PREPOSITIONS \
            and doc[i - 1].lower_ not in ORGANISATION_HEADS \
            and _is_known_name(doc, m, m.start, i) and _is_known_name(doc, m, i + 1, m.end)
        # "the" after a name's noun starts another noun phrase ("told the Commons the Budget would"); not after a
        # preposition of the name's ("Rage Against the Machine"), in a person's ("Catherine the Great"), nor in one
        # phrase of the parse ("Winnie the Pooh", "St John the Divine").
        if token.lower_ == "the" and m.label != "PERSON" and doc[i - 1].pos_ in ("NOUN", "PROPN") \
                and _apart_in_the_parse(doc, m.start, i, m.end):
            # What follows is that phrase's, named only if longer than a word: "Budget" is no organisation, "the
            # European Parliament" is one.
            after = [Mention(i + 1, m.end, m.label, m.weight, m.source)] if m.end - i > 2 else []
            return [Mention(m.start, i, m.label, m.weight, m.source), *after]
        if verb or placing:
            before = Mention(m.start, i, m.label, m.weight, m.source)
            return [before, *_split_at_clause_words(doc, Mention(i + 1, m.end, m.label, m.weight, m.source))]
    return [m]


def _apart_in_the_parse(doc: Doc, start: int, cut: int, end: int) -> bool:
    """doc[start:cut] and doc[cut:end] are two phrases, the second a clause's subject ("told the Commons the Budget
    would"): no word of either hangs on a word of the other."""
    return all(not cut <= t.head.i < end for t in doc[start:cut]) \
        and all(not start <= t.head.i < cut for t in doc[cut:end]) \
        and any(t.dep_ in ("nsubj", "nsubjpass") and not cut <= t.head.i < end for t in doc[cut:end])


def _split_at_venue(doc: Doc, m: Mention) -> list[Mention]:
    """An event's name run over "at" or "in" into a place the gazetteer knows, its venue: "the Italian Grand Prix at
    Monza" (a law to the model) is the race and the town, "the World Cup in Qatar" the cup and the country."""
    if m.label not in _VENUE_SPLIT_LABELS:
        return [m]
    for i in range(m.start + 1, m.end - 1):
        if doc[i].lower_ in ("at", "in") and doc[i - 1].lower_ in _EVENT_LAST_WORDS \
                and _in_gazetteer(doc[i + 1:m.end].text.casefold()):
            return [Mention(m.start, i, "EVENT", m.weight, m.source), Mention(i + 1, m.end, "GPE", m.weight, m.source)]
    return [m]


# Labels the model gives an event's name with its venue ("the Italian Grand Prix at Monza" was a law).
_VENUE_SPLIT_LABELS = frozenset({"EVENT", "LAW"})
_EVENT_LAST_WORDS = frozenset(suffix.split()[-1] for suffix in EVENT_SUFFIXES)


def cuts_a_name(token: Token) -> bool:
    """The token is inside one of the model's names and `_split_at_clause_words` cuts that name at it: no word of a
    name ("trimmed" of "Norris trimmed Verstappen")."""
    if token.ent_iob_ != "I" or not token.is_lower:
        return False
    cuts = token.doc.user_data.get(_CUTS_KEY)
    if cuts is None:  # worked out once per document: key phrases ask for every word inside a name
        cuts = token.doc.user_data[_CUTS_KEY] = _cut_positions(token.doc)
    return token.i in cuts


_CUTS_KEY = "newswire_name_cuts"


def _cut_positions(doc: Doc) -> frozenset[int]:
    """Positions of the words `_split_at_clause_words` cuts the model's names at."""
    cuts: set[int] = set()
    for ent in ents_of(doc):
        pieces = _split_at_clause_words(doc, Mention(ent.start, ent.end, ent.label_))
        if len(pieces) > 1:
            cuts.update(i for i in range(ent.start, ent.end) if not any(p.start <= i < p.end for p in pieces))
    return frozenset(cuts)


def _is_known_name(doc: Doc, m: Mention, start: int, end: int) -> bool:
    """doc[start:end] is capitalised words the gazetteer knows or the text writes again outside `m` and its repeats,
    not opening a sentence there ("United" of "Manchester United", "at Anfield")."""
    words = [t.text for t in doc[start:end]]
    if not all(w[:1].isupper() or w in NAME_SMALL_WORDS for w in words):
        return False
    if _in_gazetteer(doc[start:end].text):
        return True
    # The document's words compared as list slices: a Span per position of the document cost 50 ms in a long text.
    texts = words_of(doc)
    whole = texts[m.start:m.end]
    repeated = {j for i in range(len(texts) - len(whole) + 1) if texts[i:i + len(whole)] == whole
                for j in range(i, i + len(whole))}
    n = len(words)
    return any(texts[i:i + n] == words and not doc[i].is_sent_start
               and not repeated.intersection(range(i, i + n)) for i in range(len(texts) - n + 1))


# Bodies named after a list of portfolios: "Ministry of Economy, Trade and Industry", "Bureau of Alcohol, Tobacco,
# Firearms and Explosives".
_PORTFOLIO_BODIES = frozenset({"ministry", "department", "bureau", "office", "committee", "commission", "council",
                               "board", "agency", "secretary", "minister", "division"})


def _names_portfolios(doc: Doc, m: Mention) -> bool:
    """The organisation is a body "of" a list of portfolios, its commas no separators between names."""
    words = lowers_of(doc)[m.start:m.end]
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
    return start < end and all(t.lower_ in CORPORATE_SUFFIXES or t.is_punct for t in tokens_of(doc)[start:end]) \
        and doc[end - 1].lower_ in CORPORATE_SUFFIXES


def _is_slashed_legal_form(doc: Doc, i: int) -> bool:
    """The slash at `i` is inside "A/S", "I/S", "K/S" or "P/S", written without spaces."""
    return 0 < i < len(doc) - 1 and f"{doc[i - 1].text}/{doc[i + 1].text}" in ("A/S", "I/S", "K/S", "P/S") \
        and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _is_pictograph(text: str) -> bool:
    """A token of emoji or other pictographs only (Unicode's "other symbols", with their joiners and variation
    selectors): "🚀", "📈", "🇺🇦"; not a currency's sign ("$"), which is a sum's."""
    return any(unicodedata.category(ch) == "So" for ch in text) \
        and all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in text)


def _trim(doc: Doc, m: Mention, own_s: Set[str] = frozenset()) -> Mention | None:
    """The span without leading articles/titles/punctuation and trailing possessives/punctuation; the "'s" of a
    word in `own_s` is the name's own ("McDonald's"), kept, and taken in where the model left it out."""
    start, end = _outside_brackets(doc, m.start, m.end)
    # Lower-case words at the edges are descriptors only next to a capitalised name: in lower-cased
    # text ("interfax news agency") nothing tells the name from the descriptor.
    cased = any(word[:1].isupper() for word in words_of(doc)[start:end])
    tokens = tokens_of(doc)
    while start < end:
        token = tokens[start]
        if token.is_punct or token.is_space or (_is_pictograph(token.text) and end - start > 1):
            start += 1
        elif token.lower_ in LEADING_ARTICLES and m.label not in ARTICLE_KEEPING_LABELS and end - start > 1:
            start += 1
        elif _is_possessive_determiner(doc, start) and m.label not in ARTICLE_KEEPING_LABELS and end - start > 1:
            start += 1  # "Its National Democratic Alliance"
        elif m.label == "PERSON" and end - start > 1 and not _is_generation(doc, start) and (
                token.lower_ in PERSON_TITLES or token.text in HONORIFICS or _is_general(doc, start, m.start, end)
                or _is_prime_minister(doc, start)):
            start += 1
        elif m.label == "PERSON" and end - start > 2 and (token.lower_ in PERSON_OFFICES or token.lower_ in DEMONYMS) \
                and not _opens_a_peerage(doc, start):
            start += 1  # "Finance Minister ...", "Briton Lewis Hamilton"; not "Archbishop of York", the see's
        elif m.label == "PERSON" and end - start > 2 and token.is_title and token.lower_ in JOB_NOUNS \
                and _starts_sentence(doc, start):
            start += 1  # "Creator Hwang Dong-hyuk told reporters"
        elif m.label == "GPE" and token.text in ("D", "R", "I") and end - start > 2 and doc[start + 1].text == "-" \
                and not doc[start + 1].whitespace_:
            start += 2  # a party's letter before a state: "Sen. Jon Ossoff, D-Ga.," is of Georgia
        elif m.label in NAME_LABELS and token.text in CLOCK_TIME_ZONES and start > 0 \
                and _is_clock(doc[start - 1].text):
            start += 1  # "10:45 BST Zelensky"; "WEST PALM BEACH" keeps its first word
        elif cased and m.label in CAPITALISED_EDGE_LABELS and end - start > 1 and _is_descriptor(doc, start):
            start += 1
        elif m.label in NUMBERLESS_LABELS and token.like_num and end - start > 1 \
                and not _ORDINAL.fullmatch(token.text) and not _is_number_word_of_a_name(doc, start):
            # Not an ordinal that names a unit ("82nd Airborne Division"), nor a name's number word ("the Ten
            # Commandments").
            start += 1
        else:
            break
    if m.label == "PERSON":
        start = _past_inner_title(doc, start, end)
    label = m.label
    while end > start:
        token = doc[end - 1]
        if _is_own_s(doc, end - 1, own_s):
            break
        if token.lower_ in POSSESSIVES or token.is_space or (_is_pictograph(token.text) and end - start > 1):
            end -= 1  # "Elon Musk 🚀 said": an emoji is no part of a name
        elif token.lower_ in _JOINING_WORDS and end - start > 1:
            end -= 1  # "the French Open and" of "... and Wimbledon": a name ends in no conjunction
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
        elif m.label == "ORG" and _is_title_after_legal_form(doc, start, end - 1):
            end -= 1  # "Hershey Co Chief" of "Hershey Co Chief Executive Michele Buck"
        elif m.label in NAME_LABELS and end - start > 3 and _ends_in_score(doc, end):
            end -= 3  # "Fenwick City 2-1", a stadium to the model: the score is no part of the name
        else:
            break
    if end == m.end and end > start and end < len(doc) and _is_own_s(doc, end, own_s):
        end += 1  # "Sainsbury" + "'s said"
    if label != "PERSON" and end == m.end and end < len(doc) and numbers_a_name(doc[end]) \
            and not (end + 1 < len(doc) and (doc[end + 1].pos_ in ("NUM", "PROPN") or doc[end + 1].tag_ == "NNS"
                                             or doc[end].ent_type_ == "QUANTITY" and doc[end + 1].ent_iob_ == "I")):
        # "FTSE 100 rose", "a Falcon 9 rocket": the model's organisation stopped before its number (not "... 10
        # companies", a count of the things after it, nor "Zone 5 km", a quantity of the model's)
        end += 1
    if end <= start or (m.label == "PERSON" and (end - start > 1 or doc[start].text in _HONORIFICS_OR_GENERAL) and all(
            t.lower_ in PERSON_TITLES or t.lower_ in PERSON_OFFICES or t.text in _HONORIFICS_OR_GENERAL
            or t.lower_ in NAMES_TITLES for t in tokens[start:end])):
        # Titles without a name: "Det Insp" before "Sarah Haigh" (one title alone can be a name, "King", but not
        # an abbreviated rank, "Insp").
        return None
    if all(t.text in _RANK_WORDS for t in tokens[start:end]) and any(t.text.endswith(".") for t in tokens[start:end]):
        return None  # an abbreviated rank under any label: "Rear Adm." before "Daniel Hagari" (an organisation)
    return Mention(start, end, label, m.weight, m.source)


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



# Participles read as past tenses after the "'s" of "has": "Microsoft's got a problem", "Apple's been slow".
_AFTER_HAS = frozenset({"got", "been", "gone", "had"})


def _words_owning_s(doc: Doc, mentions: list[Mention]) -> set[str]:
    """Last words of organisations whose "'s" is part of the name, as a verb after it shows ("McDonald's said",
    "Moody's downgraded", "a spokesman for Sainsbury's said"; not "Apple's shares"), or one-word names of firms known
    so ("at Sotheby's on Wednesday", "Macy's shares"): every "'s" after them is. Not a word the text also writes
    without one: "Microsoft's posted a fix" is "Microsoft has"."""
    words: set[str] = set()
    for m in mentions:
        if m.label != "ORG":
            continue
        s_at = m.end - 1 if doc[m.end - 1].lower_ in ("'s", "’s") else m.end
        if not m.start < s_at < len(doc) or doc[s_at].lower_ not in ("'s", "’s"):
            continue
        if (s_at < len(doc) - 1 and doc[s_at].tag_ == "POS" and doc[s_at - 1].text[:1].isupper()
                and doc[s_at + 1].tag_ in _FINITE_VERB_TAGS and doc[s_at + 1].lower_ not in _AFTER_HAS) \
                or (s_at - 1 == m.start and owns_its_s(doc[m.start])):
            words.add(doc[s_at - 1].text)
    return {word for word in words if all(_is_own_s(doc, t.i + 1, {word}) for t in doc if t.text == word)}


def owns_its_s(token: Token) -> bool:
    """A firm's name whose "'s" is its own (`NAMES_OWNING_S`), nowhere in the text a person's surname ("Mary Lou
    McDonald's party", "Ms Lloyd's lawyer"): worked out once per text for each such name (entities and key phrases
    ask it of every "'s" after one)."""
    if token.text not in NAMES_OWNING_S:
        return False
    known = token.doc.user_data.setdefault(_OWNING_S, {})
    if token.text not in known:
        known[token.text] = not any(t.i > 0 and (t.doc[t.i - 1].is_title or t.doc[t.i - 1].text in HONORIFICS)
                                    for t in token.doc if t.text == token.text)
    return known[token.text]


_OWNING_S = "newswire.owning_s"


def _is_own_s(doc: Doc, i: int, own_s: Set[str]) -> bool:
    """doc[i] is the "'s" of a name that owns it (`_words_owning_s`)."""
    return 0 < i < len(doc) and doc[i].lower_ in ("'s", "’s") and doc[i - 1].text in own_s


# Labels of names that can open with a possessive word: "Alzheimer's Society", "Women's World Cup".
_POSSESSOR_LABELS = frozenset({"ORG", "FAC", "EVENT"})


def _with_possessors_in_names(doc: Doc, mentions: list[Mention], ordinary: frozenset[str]) -> list[Mention]:
    """Names the model began after their own possessive word, begun before it: "Alzheimer's Society" was "Society",
    "St Mary's Hospital". Not when that word names something else ("Britain's Labour Party") or is an ordinary one
    opening the sentence ("Today's Federal Reserve decision"). And one-word names the model ended before the place's
    head after their "'s", ended after it: "Queen's Park" was "Queen"."""
    named = {i for m in mentions for i in range(m.start, m.end)}
    out = []
    for m in mentions:
        owner = m.start - 2
        if m.label in _POSSESSOR_LABELS and owner >= 0 and doc[m.start - 1].lower_ in ("'s", "’s") \
                and doc[m.start].text[:1].isupper() and _is_possessor_word(doc, owner, ordinary) \
                and owner not in named and m.start - 1 not in named:
            m = Mention(owner, m.end, m.label, m.weight, m.source)
        elif _ends_before_its_place_head(doc, m, named):
            m = Mention(m.start, m.end + 2, m.label, m.weight, m.source)
        out.append(m)
    return out


# The plurals written with "'s", whose names are those of bodies of them: "People's Bank of China", "Women's Tennis
# Association", "Children's Hospital".
_IRREGULAR_PLURALS = frozenset({"people", "women", "men", "children"})


def _with_owners_split_off(doc: Doc, mentions: list[Mention], ordinary: frozenset[str]) -> list[Mention]:
    """An organisation the model read through its owner's possessive, split in two where the owned name is written
    alone elsewhere: "Alphabet's Google ... Google said" is Alphabet and Google (not "McDonald's Corp", whose "'s" is
    its own, nor "Alzheimer's Society ... the Society", an ordinary word, nor a plural's "People's Bank of China").
    An owner the text names as a person elsewhere is that person ("Donald Trump ... Trump's Truth Social")."""
    out = []
    for m in mentions:
        owner_end = _owner_end(doc, m, ordinary)
        if owner_end is not None and not _owner_named_otherwise(doc, mentions, m, owner_end):
            label = "PERSON" if _owner_is_a_person(doc, mentions, m, owner_end) else m.label
            out += [replace(m, end=owner_end, label=label), replace(m, start=owner_end + 1)]
        else:
            out.append(m)
    return out


def _owner_is_a_person(doc: Doc, mentions: list[Mention], m: Mention, owner_end: int) -> bool:
    """The owner's name ends a person's name written elsewhere: "Trump" of "Donald Trump"."""
    owner = words_of(doc)[m.start:owner_end]
    return any(o.label == "PERSON" and o.start != m.start and words_of(doc)[o.end - len(owner):o.end] == owner
               for o in mentions)


def _owner_named_otherwise(doc: Doc, mentions: list[Mention], m: Mention, owner_end: int) -> bool:
    """The owner is no firm of its own name alone: a given name ("Harry's Razors", "Wendy's"), a name whose "'s" is its
    own elsewhere ("Wendy's said"), or the first word of another name that is not a person's ("Trump's Truth Social
    ... Trump Media said", where Trump alone may be the man)."""
    texts, owner = words_of(doc), words_of(doc)[m.start:owner_end]
    n = len(owner)
    if n == 1 and is_english_given_name(owner[0]):
        return True
    for i in range(len(texts) - n):
        if i == m.start or texts[i:i + n] != owner:
            continue
        after = doc[i + n]
        if after.lower_ in ("'s", "’s") and (i + n + 1 == len(doc) or doc[i + n + 1].pos_ not in _NOUN_POS):
            return True  # "Wendy's said", "at Wendy's."; not a possessive's "Alphabet's shares"
    return any(o.start != m.start and o.end - o.start > n and o.label != "PERSON"
               and texts[o.start:o.start + n] == owner and texts[o.start + n].lower() not in CORPORATE_SUFFIXES
               for o in mentions)


# Parts of speech of the word after a possessive's "'s", that of a noun phrase: "Alphabet's shares", "Meta's new app".
_NOUN_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _owner_end(doc: Doc, m: Mention, ordinary: frozenset[str]) -> int | None:
    """Where the owner's name ends, before its "'s", in an organisation "Owner's Name" whose name is written alone
    elsewhere in the text; None if it is not one."""
    if m.label != "ORG":
        return None
    words = lowers_of(doc)[m.start:m.end]
    k = next((m.start + j for j, word in enumerate(words) if word in ("'s", "’s")), None)
    if k is None or k == m.start or k + 1 >= m.end:
        return None
    owner, owned = tokens_of(doc)[m.start:k], tokens_of(doc)[k + 1:m.end]
    if not all(t.is_alpha and t.is_title for t in owner + owned) or doc[k - 1].text in NAMES_OWNING_S \
            or any(t.lower_ in _IRREGULAR_PLURALS for t in owner):
        return None
    # An ordinary word ("Google", "Apple", "Society") only where the model named it alone too.
    named = all(t.lower_ in ordinary for t in owned)
    return k if _written_alone(doc, [t.text for t in owned], k + 1, named) else None


def _written_alone(doc: Doc, words: list[str], at: int, named: bool) -> bool:
    """The words are written elsewhere than at `at` as a name of their own: after no possessive and no "the" (the
    Society of "Alzheimer's Society"), as a mention of the model's if `named`."""
    texts, n = words_of(doc), len(words)
    return any(texts[i:i + n] == words and i != at and (i == 0 or texts[i - 1] not in POSSESSIVES)
               and (i == 0 or doc[i - 1].lower_ != "the") and (not named or doc[i].ent_iob_ == "B")
               for i in range(len(texts) - n + 1))


# Heads of the names of places that open with a possessor's word: "Queen's Park", "King's Cross", "Regent's Canal".
_PLACE_HEADS = frozenset({"Park", "Square", "Cross", "Road", "Street", "Lane", "Gate", "Green", "Hill", "Wharf",
                          "Bridge", "Canal", "Gardens", "Palace", "Yard", "Inn"})


def _ends_before_its_place_head(doc: Doc, m: Mention, named: set[int]) -> bool:
    """A one-word organisation or facility of the model's before "'s" and a place's head no mention holds, the name
    going on no further: the possessor's word of a place's name ("at Queen's Park on Thursday"; not "Britain's
    Parliament", nor "Queen's Park Rangers", nor a noun's modifier: "the Fed's Green light", "Microsoft's Bridge
    program")."""
    head = m.end + 1
    return m.label in _POSSESSOR_LABELS and m.end - m.start == 1 and head < len(doc) \
        and doc[m.end].lower_ in ("'s", "’s") and doc[head].text in _PLACE_HEADS and head not in named \
        and not (head + 1 < len(doc) and (doc[head + 1].text[:1].isupper() or doc[head + 1].pos_ == "NOUN")) \
        and not _in_gazetteer(doc[m.start].lower_)


def _is_possessor_word(doc: Doc, i: int, ordinary: frozenset[str]) -> bool:
    """doc[i] is a capitalised word that can begin a name, not an ordinary word capitalised by its place."""
    token = doc[i]
    return token.is_alpha and token.text[:1].isupper() and not token.is_upper \
        and not (_starts_sentence(doc, i) and token.lower_ in ordinary)


# Words of an abbreviated rank: "Rear Adm.", "Brig. Gen.", "Lt. Col.".
_HONORIFICS_OR_GENERAL = HONORIFICS | GENERAL  # built once: `_trim` asks of every word of a person's name
_RANK_WORDS = frozenset(TITLE_ABBREVIATIONS) | {t for t in _HONORIFICS_OR_GENERAL if t.endswith(".")} | {"Rear", "Vice"}


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


def _without_labels_before_names(doc: Doc, mentions: list[Mention], words: frozenset[str]) -> list[Mention]:
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
            # name the given names lack ("Sinn Féin TD Pearse Doherty", "Labour TD Ged Nash").
            if given > m.start and len(name) in (2, 3) and all(t.text[:1].isupper() for t in name) \
                    and (is_given_name(name[0].text) or (party and given > label_end)) \
                    and (m.label == "PERSON" or name[0].lower_ not in words or not _is_word(name[-1].lower_, words)):
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
    return _compact("".join(_token_key(t) for t in span)) in _PARTIES


def numbers_a_name(token: Token) -> bool:
    """The token is a number that is part of the name before it: a short integer after a word that numbered names
    end with ("Channel 4", "Intermediate School 285")."""
    if not (token.text.isdigit() and len(token.text) <= 3 and token.i > 0):
        return False
    before = token.doc[token.i - 1]
    return before.text in NUMBERED_NAME_WORDS and bool(before.whitespace_)


def _is_numbered_name(doc: Doc, m: Mention) -> bool:
    """The mention is a word that numbered names open with and its number alone: "Flight 1282", "Terminal 5"."""
    return m.end - m.start == 2 and doc[m.start].text in NUMBERED_NAME_WORDS and doc[m.start + 1].is_digit


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


def _has_name(doc: Doc, m: Mention, well_cased: bool) -> bool:
    """What is left of a name span must still look like a name: a capital letter or, in lower-cased
    text, a word that is neither a stop word nor a number ("the", "'s", "1996" are no names)."""
    if m.label in NUMERIC_LABELS:
        return True
    tokens = doc[m.start : m.end]
    name = tokens.text  # built once: a Span joins its tokens again at each `.text`
    if name in NOT_NAMES or name in ISO_CODES:  # "CHF" of "CHF 4.37 per share" was an organisation
        return False
    if is_written_sum(name):  # "N6.2 trillion" naira, "HK$88.40", "885p"; "G7", "F1" are names
        return False
    if _only_legal_forms_after(doc, m.start, m.end):  # "LLC" of "Helion Robotics, LLC", the name left out
        return False
    if _is_currency_word(tokens):  # "Nigeria's naira weakened": the model's place is the currency
        return False
    if any(ch.isupper() for ch in name):
        return True
    return not well_cased and any(t.is_alpha and not t.is_stop for t in tokens)


def _is_currency_word(tokens: Span) -> bool:
    """A currency's name alone in lower case ("naira", "the rand", "rupees"), which names no place, firm or person
    (not "Rand Paul", "Yen Chen": capitalised)."""
    words = [t for t in tokens if t.lower_ != "the"]
    return len(words) == 1 and words[0].is_lower and words[0].is_alpha \
        and (words[0].lower_ in _MONEY_WORDS or words[0].lemma_ in _MONEY_WORDS)


def _opens_a_surname(doc: Doc, m: Mention) -> bool:
    """A person's span of particles only before a capitalised word: "[von der] [Leyen]", the surname the model split
    off, which `_across_particles` joins to it."""
    return m.label == "PERSON" and m.end < len(doc) and doc[m.end].is_title and doc[m.end].is_alpha \
        and all(t.text in _SURNAME_PARTICLES for t in doc[m.start:m.end])


def _clean(doc: Doc, mentions: list[Mention], well_cased: bool) -> list[Mention]:
    """Split and trim every span; drop what is left without a name."""
    out: list[Mention] = []
    own_s = _words_owning_s(doc, mentions)
    surnames = _surnames_of_full_names(doc, mentions)
    for m in mentions:
        if _is_monsieur(doc, m, surnames):  # "M. Barnier" after "Michel Barnier": French "Monsieur", no initial
            m = Mention(m.start + 1, m.end, m.label, m.weight, m.source)
        if _is_name_and_age(doc, m):  # "Lula, 79," a date to the model
            m = Mention(m.start, m.start + 1, "PERSON", m.weight, m.source)
        elif m.label == "DATE" and (_is_age_after_name(doc, m) or _is_undated_number(doc, m)
                                    or is_golf_round(doc[m.start:m.end].text)):
            # "Prabowo, 72, said": an age is a count of years; "carded a 7-under 65": a golfer's round, no date
            m = Mention(m.start, m.end, "CARDINAL", m.weight, m.source)
        elif _opens_with_a_stamp(doc, m):  # a live blog's entry: "11:10 Jersey's chief minister" was a percent
            m = Mention(m.start, m.start + 1, "TIME", m.weight, m.source)
        elif _is_title_after_a_dateline(doc, m):  # the line break set after "ABUJA —" read as a work's title
            m = Mention(m.start, m.end, "ORG", m.weight * DATELINE_TITLE_WEIGHT, m.source)
        if m.label == "DATE" and _is_numbered_name(doc, m):
            continue  # "Alaska Airlines Flight 1282": a flight's name, no date
        m = _as_firm_with_ampersand(doc, m)
        if _is_first_of_a_title(doc, m):
            continue  # "First Minister John Swinney": a title's word, no rank
        if _opens_a_quoted_sentence(doc, m) or _inside_a_performed_title(doc, m):
            continue  # '"Removing the headline metric makes it harder," said': words said, no title
        if _is_glued_to_an_abbreviation(doc, m):  # "G" of "Gen.G", a person to the model: the tokenizer split the name
            m = Mention(m.start - 1, m.end, "ORG", m.weight, m.source)
        if _is_namesake_place_as_person(doc, m):  # "King Edward VII Hospital": a person to the model, its title cut
            m = Mention(_namesake_title_start(doc, m.start), m.end, _namesake_place_label(doc, m), m.weight, m.source)
        if _is_station(doc, m):
            m = Mention(m.start, m.end, "ORG", m.weight, m.source)  # "KCAL9", a person or a place to the model
        elif _is_code_not_person(doc, m):
            m = _station_or_name_beside_code(doc, m)
            if m is None:
                continue  # "H5N1", "virus H5N1": a person to the model, no one's name
        if _is_hyphenated_acronym(doc, m):  # "SAG-AFTRA", a person to the model: a union of two bodies' initials
            m = Mention(m.start, m.end, "ORG", m.weight, m.source)
        elif _ends_hyphenated_initials(doc, m):  # "AFTRA" of "SAG-AFTRA", a product to the model
            m = Mention(m.start - 2, m.end, "ORG", m.weight, m.source)
        m = _titled_person(doc, m)
        m = _from_an_open_mark(doc, m)  # 'the Pacific "Ring of Fire': the name is the quoted words
        for piece in (p for part in _split_at_separators(doc, m) for p in _split_at_clause_words(doc, part)):
            piece = _past_release_heading(doc, piece)  # "PRESS RELEASE - Siemens Healthineers": no "RELEASE"
            if piece is None:
                continue
            if m.label in NAME_LABELS and _is_month_and_day(doc, piece):
                out.append(Mention(piece.start, piece.end, "DATE", piece.weight, piece.source))
                continue  # "DUBLIN, Nov 5 (Reuters)": the model's organisation ran the dateline's date in
            trimmed = _trim(doc, _honoured_person(doc, piece), own_s) if m.label in NAME_LABELS \
                else _trim_number(doc, piece)
            if trimmed and (_has_name(doc, trimmed, well_cased) or _opens_a_surname(doc, trimmed)):
                out.append(_with_glued_money_signs(doc, trimmed) if m.label == "MONEY" else trimmed)
    return out


def _surnames_of_full_names(doc: Doc, mentions: list[Mention]) -> set[str]:
    """The last words of the people's names the model wrote in two words or more whose given name opens with "M"
    ("Michel Barnier", "Mohammed Siraj"), the first no initial."""
    return {doc[m.end - 1].text for m in mentions if m.label == "PERSON" and m.end - m.start > 1
            and doc[m.start].text[:1] == "M" and not _INITIAL.fullmatch(doc[m.start].text)}


def _is_monsieur(doc: Doc, m: Mention, surnames: set[str]) -> bool:
    """A person "M." and a surname written in full elsewhere in the text with a given name in M ("Michel Barnier" ...
    "M. Barnier"): "M." is the French "Monsieur", or that given name's initial; an unknown surname keeps its initial
    ("M. Smith" beside John Smith), and so does a middle name's after a given name the model left out ("Regina [M.
    Benjamin]")."""
    return m.label == "PERSON" and m.end - m.start == 2 and doc[m.start].text == "M." \
        and doc[m.start + 1].text in surnames and not (m.start > 0 and doc[m.start - 1].is_title)


# Headings of a press release, which the model runs into the issuer's name ("PRESS RELEASE - Siemens Healthineers").
_RELEASE_HEADINGS = frozenset({("press", "release"), ("news", "release"), ("media", "release"),
                               ("for", "immediate", "release")})


def _past_release_heading(doc: Doc, m: Mention) -> Mention | None:
    """The mention without the words of a press release's heading it opens with ("RELEASE" of "NEWS RELEASE Acme
    Corp"); None where they are all it holds ("RELEASE" of "PRESS RELEASE - Siemens Healthineers")."""
    lowers = lowers_of(doc)
    if "release" not in lowers[m.start:min(m.end, m.start + 3)]:
        return m  # every heading ends in "release", in the mention's first three words: most mentions
    for heading in _RELEASE_HEADINGS:
        for end in range(m.start + 1, min(m.end, m.start + len(heading)) + 1):
            start = end - len(heading)
            if start >= 0 and tuple(lowers[start:end]) == heading:
                return Mention(end, m.end, m.label, m.weight, m.source) if end < m.end else None
    return m


def _is_first_of_a_title(doc: Doc, m: Mention) -> bool:
    """The model's ordinal is the capitalised "First" of a title: "Scotland's First Minister"."""
    return m.label == "ORDINAL" and m.end - m.start == 1 and opens_a_first_title(doc[m.start])


def opens_a_first_title(token: Token) -> bool:
    """The token is the "First" of a title in `FIRST_TITLES`: "First Minister", "First Lady"."""
    doc, i = token.doc, token.i
    return token.text == "First" and i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].lower_ in FIRST_TITLES


def is_heading_word(doc: Doc, m: Mention, ordinary: frozenset[str]) -> bool:
    """An ordinary word in capitals opening its line before a dash, no place the gazetteer knows (as a dateline's
    "LONDON —" is), in a text of several such lines: a brief's heading ("BURGLARY — Someone broke in", "THEFT — ";
    not "NATO — The alliance met")."""
    token = doc[m.start]
    at_line_start = m.start == 0 or "\n" in doc[m.start - 1].text or "\n" in doc[m.start - 1].whitespace_
    return m.end - m.start == 1 and m.label in NAME_LABELS and token.is_upper and token.is_alpha and at_line_start \
        and m.end < len(doc) and doc[m.end].text in ("—", "–", "-", "--") and not _in_gazetteer(token.lower_) \
        and token.lower_ in ordinary and len(_HEADED_LINE.findall(text_of(doc))) > 1


# A line opening with a word or two in capitals and a dash: a brief's heading.
_HEADED_LINE = re.compile(r"^[A-Z]{2,}(?: [A-Z]{2,})? ?[—–-]{1,2} ", re.MULTILINE)


def _opens_a_quoted_sentence(doc: Doc, m: Mention) -> bool:
    """A work's title of the model's that opens a quotation, runs on in lower case and ends before its closing mark:
    the first words of a sentence someone said, not a title in quotation marks ('"Removing the headline metric makes
    it harder"', or opening with an adverb of time: '"Tonight Queenslanders have voted"'; not '"The Quiet Shore" won',
    '"Inside Out 2" topped')."""
    if m.label != "WORK_OF_ART" or m.start == 0 or not doc[m.start - 1].is_quote or m.end >= len(doc):
        return False
    after = doc[m.end]
    if after.is_quote or after.is_punct:
        return False
    return any(t.is_alpha and t.is_lower and not t.is_stop for t in doc[m.start + 1:m.end]) \
        or (doc[m.start].lower_ in OPENING_TIME_ADVERBS and m.end - m.start > 1 and after.is_lower)


# The most capitalised words around a person's name inside a song's quoted title.
_SONG_TITLE_WORDS = 4


def _inside_a_performed_title(doc: Doc, m: Mention) -> bool:
    """A person's name inside a title-cased quote right after a verb of performing: a song ('The Killers opened with
    "Mr. Brightside"'), no one in the story."""
    if m.label != "PERSON":
        return False
    opening = next((i for i in range(m.start - 1, max(-1, m.start - 1 - _SONG_TITLE_WORDS), -1)
                    if doc[i].is_quote or not doc[i].text[:1].isupper()), None)
    closing = next((i for i in range(m.end, min(len(doc), m.end + _SONG_TITLE_WORDS))
                    if doc[i].is_quote or not (doc[i].text[:1].isupper() or doc[i].text in ",.")), None)
    if opening is None or closing is None or not (doc[opening].is_quote and doc[closing].is_quote) or opening < 1:
        return False
    verb = doc[opening - 1].lower_
    return verb in PERFORMING_VERBS \
        or (opening > 1 and doc[opening - 2].lower_ in PERFORMING_VERBS_BEFORE.get(verb, ()))


def _is_glued_to_an_abbreviation(doc: Doc, m: Mention) -> bool:
    """A person's name of one letter written against a capitalised word's full stop before it: the rest of a name with
    a dot inside, which the tokenizer split as an abbreviation ("Gen.G", the esports team), no one's initial."""
    if m.label != "PERSON" or m.end - m.start != 1 or m.start == 0 or len(doc[m.start].text) != 1:
        return False
    before = doc[m.start - 1]
    return not before.whitespace_ and before.text.endswith(".") and before.text[:1].isupper() and len(before) > 2


def _is_code_not_person(doc: Doc, m: Mention) -> bool:
    """A person's name with a code in it, capitals and digits only ("H5N1", "MH17", "COVID-19"): a virus's, a flight's
    or a model's, never a person's (a rapper's digits, "50 Cent", are a word of their own, kept)."""
    return m.label == "PERSON" and any(_is_code(t.text) for t in doc[m.start:m.end])


# A television station's name of a network's initials and its channel's number (2 to 99), or a four-letter call sign
# and a number, written as one word: "NBC10", "ABC7", "KARE11", "WXYZ7" (a person or a place to the model); not a
# social grade ("ABC1 voters") nor a standard's version ("WPA2").
_STATION_CODE = re.compile(r"(?:NBC|ABC|CBS|FOX|PBS|CW|[KW][A-Z]{3})(?:[2-9]|[1-9]\d)")


def _is_station(doc: Doc, m: Mention) -> bool:
    """A name, place or body of one word that is a station's code: "KCAL9" (a place to the model), "NBC10"."""
    return m.label in ("PERSON", "GPE", "ORG") and m.end - m.start == 1 and bool(
        _STATION_CODE.fullmatch(doc[m.start].text))


def _station_or_name_beside_code(doc: Doc, m: Mention) -> Mention | None:
    """What is left of a person's mention with a code in it: the person's name where the code is only glued before or
    after it and the rest names someone ("J5 John Smith", "J5 Smith" in a text that writes "Smith" elsewhere); else
    None ("H5N1", "virus H5N1", "MH17 Boeing")."""
    start, end = m.start, m.end
    while start < end and _is_code(doc[start].text):
        start += 1
    while end > start and _is_code(doc[end - 1].text):
        end -= 1
    rest = doc[start:end]
    if not rest or start == m.start and end == m.end or not all(t.is_title and t.is_alpha for t in rest):
        return None
    if len(rest) > 1 and is_given_name(rest[0].text) or _written_elsewhere(doc, rest[-1], m):
        return Mention(start, end, m.label, m.weight, m.source)
    return None


def _with_stations_missed(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions and, as organisations, the stations' names in one word the model left out, where the text reports
    what they said ("NBC10 reported", "told KARE11")."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    added = [Mention(t.i, t.i + 1, "ORG") for t in tokens_of(doc)
             if t.i not in covered and _STATION_CODE.fullmatch(t.text) and _is_reporting(doc, t.i)]
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


# Words before a station that say it reported or was told something: "told NBC10", "on NBC10", "according to KARE11";
# and after it: "NBC10 reported", "NBC10's", "the NBC10 reporter".
_REPORTED_TO = frozenset({"told", "tells", "telling", "on"})
_REPORTING = frozenset({"reported", "reports", "said", "says", "'s", "’s", "reporter", "reporters", "anchor",
                        "news"})


def _is_reporting(doc: Doc, i: int) -> bool:
    """The word at i is written as a news outlet's name: the source of a report, or told something."""
    before = doc[i - 1].lower_ if i > 0 else ""
    return before in _REPORTED_TO or (before == "to" and i > 1 and doc[i - 2].lower_ == "according") \
        or (i + 1 < len(doc) and doc[i + 1].lower_ in _REPORTING)


def _written_elsewhere(doc: Doc, word: Token, m: Mention) -> bool:
    """The word is written outside the mention too, in no entity of the model's or in a person's: a surname the text
    repeats ("J5 Smith ... Smith said")."""
    return any(t.text == word.text and t.ent_type_ in ("", "PERSON") for t in tokens_of(doc)
               if not m.start <= t.i < m.end)


def _is_code(word: str) -> bool:
    """Capital letters and digits, no lower-case letter: "H5N1", "F-35", "A320"."""
    return any(ch.isdigit() for ch in word) and any(ch.isupper() for ch in word) \
        and not any(ch.islower() for ch in word)


def _is_hyphenated_acronym(doc: Doc, m: Mention) -> bool:
    """A person's name of two or more all-capital words of two letters or more joined by hyphens, in a sentence with
    words in lower case (not a headline's capitals, "JEAN-PIERRE"): "SAG-AFTRA", "AFL-CIO", a body's initials."""
    if m.label != "PERSON":
        return False  # asked of every mention: a person's only need their text built
    text = doc[m.start:m.end].text
    parts = text.split("-")
    return len(parts) > 1 and " " not in text \
        and all(len(part) > 1 and part.isalpha() and part.isupper() for part in parts) \
        and any(t.is_lower for t in doc[m.start].sent)


def _ends_hyphenated_initials(doc: Doc, m: Mention) -> bool:
    """A one-word mention of capitals, glued by a hyphen to capitals before it, in a sentence with words in lower
    case: "AFTRA" of "SAG-AFTRA" (the model's mention left the first body's initials out)."""
    if m.end - m.start != 1 or m.start < 2:
        return False
    first, hyphen, last = doc[m.start - 2], doc[m.start - 1], doc[m.start]
    return hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_ \
        and all(len(t) > 1 and t.is_alpha and t.is_upper for t in (first, last)) and not first.ent_type_ \
        and any(t.is_lower for t in last.sent)


def _titled_person(doc: Doc, m: Mention) -> Mention:
    """A person's title and a full name the model labelled other than a person, the name alone as a person:
    '"Stay at home," Taoiseach Micheál Martin told' a work of art. Not a place's name ("Prince Edward Island"), nor a
    body's ("Queen Elizabeth Hospital", which `_is_full_name` refuses)."""
    if m.label in ("PERSON", "GPE", "LOC", "FAC") or m.label not in NAME_LABELS or m.end - m.start < 3:
        return m
    start = m.start
    while start < m.end and _is_person_title(doc[start]):
        start += 1  # every title: "Maj Gen Merilo" leaves no given name, "Gen" no name's word
    if start > m.start and _is_full_name(doc[start:m.end]):
        return Mention(start, m.end, "PERSON", m.weight, m.source)
    return m


def _is_person_title(token: Token) -> bool:
    """A title or honorific written before a person's name: "Taoiseach", "Maj", "Gen"."""
    return token.lower_ in PERSON_TITLES or token.lower_ in PERSON_OFFICES or token.text in HONORIFICS \
        or token.text in GENERAL


_DOUBLE_MARKS = frozenset('"“”„«»')


def _from_an_open_mark(doc: Doc, m: Mention) -> Mention:
    """The mention from after a double quotation mark inside it that opens words it does not close: the model ran a
    name from the words before the marks into the quoted name ('sits on the Pacific "Ring of Fire" and'); a nickname
    closed inside ('Sean "Diddy" Combs') stays whole."""
    marks = [i for i in range(m.start + 1, m.end - 1) if doc[i].text in _DOUBLE_MARKS]
    if len(marks) != 1 or doc[marks[0]].whitespace_ or not doc[marks[0] - 1].whitespace_:
        return m
    return Mention(marks[0] + 1, m.end, m.label, m.weight, m.source)


# Heads of a wildfire's or a blaze's name: "The Bridge Fire", "The Camp Fire".
_NAMED_FIRES = frozenset({"fire", "complex", "blaze"})
# How far a work's title the model read right after a dateline counts as an organisation: the sentence's subject is
# mostly one ("The All Progressives Congress (APC) on Thursday"), but a fire or a place named elsewhere outvotes it.
DATELINE_TITLE_WEIGHT = 0.5


def _is_title_after_a_dateline(doc: Doc, m: Mention) -> bool:
    """A work's title of the model's that opens with "The" right after a dateline, where the line break the model
    reads there (see `with_datelines_apart`) made the subject of the first sentence a title ("ABUJA — The All
    Progressives Congress (APC)", "LOS ANGELES — The Bridge Fire was"), not quoted."""
    if m.label != "WORK_OF_ART" or m.end - m.start <= 1 or doc[m.start].text != "The" \
            or doc[m.start].idx not in {end for _, end in dateline_spans(doc)}:
        return False
    # A body's or a fire's name, or one its acronym follows; not a work's ("NEW YORK (AP) — The Godfather returns").
    acronym = m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 1].is_upper
    return acronym or doc[m.end - 1].lower_ in ORGANISATION_HEADS or doc[m.end - 1].lower_ in _NAMED_FIRES


def _opens_with_a_stamp(doc: Doc, m: Mention) -> bool:
    """The mention opens with a clock time that opens its line, a live blog's time stamp ("09:15 The Met Office",
    "9.15am"; not "3.45 million households")."""
    before, first = doc[m.start - 1] if m.start > 0 else None, doc[m.start].text
    return (before is None or "\n" in before.text or "\n" in before.whitespace_) and _is_clock(first) \
        and (":" in first or first[-1:].lower() == "m") and m.label != "TIME"


# Names of months and weekdays, which a number after a comma dates ("June, 2024").
_CALENDAR_WORDS = frozenset(name.casefold() for name in (*calendar.month_name, *calendar.day_name) if name)


def _is_name_and_age(doc: Doc, m: Mention) -> bool:
    """A date or a title (any label a number can end) of a capitalised word, a comma and a number under 120, then a
    comma: a name and an age ("Lula, 79, did not comment", "Lula, 77, told a crowd" a work of art to the model), not
    a month ("June, 2024")."""
    first = doc[m.start]
    return m.label not in NUMBERLESS_LABELS and m.end - m.start == 3 and first.is_title and first.is_alpha \
        and first.lower_ not in _CALENDAR_WORDS and doc[m.start + 1].text == "," and _is_age(doc, m.end - 1)


def _is_age_after_name(doc: Doc, m: Mention) -> bool:
    """The mention is an age in commas after a word that is no month or weekday: "Prabowo, 72, said", "michael pulman,
    33," (in lower-cased text, where a name is no capitalised word), the model's date. No date is written so."""
    if m.end - m.start != 1 or m.start < 2 or doc[m.start - 1].text != ",":
        return False
    before = doc[m.start - 2]
    return before.is_alpha and before.lower_ not in _CALENDAR_WORDS and _is_age(doc, m.start)




def _as_firm_with_ampersand(doc: Doc, m: Mention) -> Mention:
    """A capitalised number word the model counts before "&" and a word opens a firm's name: "Seven & i Holdings",
    "Seven & i President Ryuichi Isaka" (the name runs on over its legal forms only)."""
    word = doc[m.start]
    if m.label != "CARDINAL" or m.end - m.start != 1 or not word.is_title or not word.is_alpha \
            or m.end + 1 >= len(doc) or doc[m.end].text != "&" or not _opens_a_firms_second_word(doc[m.end + 1]):
        return m
    end = m.end + 2
    while end < len(doc) and doc[end].lower_ in CORPORATE_SUFFIXES:
        end += 1
    if end == m.end + 2 and not _acts_or_named_again(doc, m.start, end):
        return m  # "Seven & counting: the strikes went on": no firm's name
    return Mention(m.start, end, "ORG", m.weight, m.source)


def _opens_a_firms_second_word(token: Token) -> bool:
    """The word after a firm's "&": a letter ("i" of "Seven & i") or a capitalised word, not "counting"."""
    return token.is_alpha and (len(token.text) == 1 or token.text[:1].isupper())


def _acts_or_named_again(doc: Doc, start: int, end: int) -> bool:
    """The name "Seven & i" at doc[start:end] is a firm's with no legal form after it: a verb follows it ("Seven & i
    rejected"), or the text writes it again elsewhere ("Seven & i Holdings ... Seven & i President")."""
    if end < len(doc) and doc[end].pos_ in ("VERB", "AUX"):
        return True
    words = [t.text for t in doc[start:end]]
    return any([t.text for t in doc[i:i + len(words)]] == words
               for i in range(len(doc) - len(words) + 1) if i != start)


def _is_undated_number(doc: Doc, m: Mention) -> bool:
    """The model's date is a bare number that dates nothing: an age ("He was 54.", "aged 98") or the level a change
    came from ("cut daily transits to 24 from 32")."""
    if m.end - m.start != 1 or not doc[m.start].is_digit:
        return False
    start, end = doc[m.start].idx, doc[m.start].idx + len(doc[m.start])
    return is_persons_age(doc, start, end) or is_earlier_level(text_of(doc), start, end)


def _is_month_and_day(doc: Doc, m: Mention) -> bool:
    """The mention is a month and a day of it, maybe a year after a comma ("Nov 5", "Sept. 12, 2024"): a date,
    which no name is ("May 5" is no Theresa May)."""
    words = [t.text for t in doc[m.start:m.end]]
    if len(words) not in (2, 4) or words[0].rstrip(".").casefold() not in MONTHS:
        return False
    day, year = words[1], words[2:]
    return day.isdigit() and 1 <= int(day) <= 31 and (not year or (year[0] == "," and bool(_YEAR.fullmatch(year[1]))))


_YEAR = re.compile(r"(?:19|20)\d\d")


def _with_units_after_numbers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Counts with the unit the model left out after them made quantities, and the unit no mention of its own: "105
    degrees Fahrenheit" (with "Fahrenheit" an organisation to the model), "40.5 Celsius", "420 parts per million"
    (with "million" a count of its own)."""
    units = [(m.end, end) for m in mentions if m.label in ("CARDINAL", "QUANTITY")
             and (end := unit_end(doc, m.end)) is not None]
    if not units and not any(is_temperature_unit(doc[m.start]) for m in mentions):
        return mentions
    out = []
    for m in mentions:
        end = unit_end(doc, m.end) if m.label in ("CARDINAL", "QUANTITY") else None
        if end is not None:
            out.append(Mention(m.start, end, "QUANTITY", m.weight, m.source))
        elif not any(start <= m.start < end for start, end in units) \
                and not (m.end - m.start == 1 and is_temperature_unit(doc[m.start])):
            out.append(m)
    return out


def unit_end(doc: Doc, i: int) -> int | None:
    """Where a unit that opens at doc[i] after a number ends: a temperature scale, "parts per million"; None if no
    unit opens there."""
    if i < len(doc) and is_temperature_unit(doc[i]):
        return i + 1
    words = lowers_of(doc)[i:i + 3]
    if len(words) == 3 and words[0] == "parts" and words[1] == "per" and words[2] in _PARTS_PER:
        return i + 3
    return None


_PARTS_PER = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
_SCALE_WORDS = _PARTS_PER | {"dozen", "lakh", "crore"}


def is_temperature_unit(token: Token) -> bool:
    """A temperature scale after a degree or a number that is no year, before no noun: "105 degrees Fahrenheit",
    "(40.5 Celsius)"; not the lender of "300 Celsius creditors" nor "in 2023 Celsius shares doubled"."""
    doc, i = token.doc, token.i
    if not (0 < i and token.lower_ in TEMPERATURE_SCALES):
        return False
    before, after = doc[i - 1], doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return False
    return before.lower_ in ("degree", "degrees", "°") or (before.like_num and not _YEAR.fullmatch(before.text))


def _without_misread_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Without names that are a disease's or a virus's, a bill's number, a storm's category, a rate or a rank, not a
    person's, a place's or a body's."""
    return [m for m in _without_award_years(doc, mentions) if not (_names_a_disease(doc, m) or _is_a_virus_code(doc, m)
                                        or _numbers_a_bill(doc, m) or _rates_a_storm(doc, m)
                                        or _names_a_rate(doc, m) or _versions_an_aircraft(doc, m)
                                        or _names_an_award(doc, m) or _is_mass_the_service(doc, m)
                                        or _is_a_rank(doc, m) or _is_a_see_title(doc, m))]


def _is_a_see_title(doc: Doc, m: Mention) -> bool:
    """The model's place or body that is a prelate's or peer's title alone before "of" and its place ("resigned as
    [Archbishop] of Canterbury"): no place, the title's."""
    return m.label != "PERSON" and m.label in NAME_LABELS and m.end - m.start == 1 and _opens_a_peerage(doc, m.start) \
        and m.end + 1 < len(doc) and doc[m.end + 1].is_title


def _opens_a_peerage(doc: Doc, i: int) -> bool:
    """doc[i] opens a peer's or prelate's title with its place: "Archbishop" of "Archbishop of York"."""
    return doc[i].lower_ in PEERAGES and i + 1 < len(doc) and doc[i + 1].lower_ == "of"


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
    return before.pos_ == "DET" or before.lower_ in _CALENDAR_WORDS or before.lower_ in _SERVICE_WORDS


# What a compound after an award says of the thing it describes: "Oscar-winning", "Emmy-nominated".
_AWARD_COMPOUNDS = frozenset({"winning", "nominated"})
_AWARD_NOUNS = frozenset({"award", "awards", "prize"})


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
    if i + 1 < len(doc) and _is_glued_hyphen(doc[i]) and doc[i + 1].lower_ in _AWARD_NOUNS:
        i += 2  # "Oscar-award-winning"
    if not (i + 1 < len(doc) and _is_glued_hyphen(doc[i]) and doc[i + 1].lower_ in _AWARD_COMPOUNDS):
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


def _names_a_disease(doc: Doc, m: Mention) -> bool:
    """"Lassa fever", "Zika virus", "West Nile virus", "Alzheimer's disease" (not a firm's "Pfizer's virus vaccine",
    "NHS flu jab", nor a craze, "Taylor Swift fever")."""
    if m.label not in NAME_LABELS or m.label == "ORG" or m.end >= len(doc) or _is_full_name(doc[m.start:m.end]):
        return False
    if doc[m.end].lower_ in POSSESSIVES:  # named after a person: "Crohn's disease"
        return m.end + 1 < len(doc) and doc[m.end + 1].lower_ in ("disease", "syndrome")
    return doc[m.end].lower_ in DISEASE_WORDS


# A virus's or its disease's short name, however cased: "COVID-19", "Covid", "SARS-CoV-2", "H5N1".
_VIRUS_CODE = re.compile(r"(?:covid(?:-?19)?|sars-cov-2|h\d{1,2}n\d{1,2})", re.IGNORECASE)


def _is_a_virus_code(doc: Doc, m: Mention) -> bool:
    """A name that is a virus's or a disease's short name alone ("the spread of COVID-19", an organisation or a place
    to the model): no body, place or person (a body named after it keeps it, "the Covid-19 Inquiry")."""
    return m.label in NAME_LABELS and _VIRUS_CODE.fullmatch(doc[m.start:m.end].text) is not None


def _rates_a_storm(doc: Doc, m: Mention) -> bool:
    """"a Category 3 storm": "Category" to the model, a group of people."""
    return m.label in NAME_LABELS and m.end - m.start == 1 and doc[m.start].text == "Category" \
        and m.end < len(doc) and doc[m.end].text.isdigit()


def _numbers_a_bill(doc: Doc, m: Mention) -> bool:
    """"Senate Bill 8": "Bill" to the model, a person."""
    return m.label == "PERSON" and m.end - m.start == 1 and doc[m.start].text in _BILL_WORDS and m.end < len(doc) \
        and doc[m.end].text.isdigit()


def _with_storm_names(doc: Doc, mentions: list[Mention], ordinary: Set[str]) -> list[Mention]:
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
        ordinary_name = name is not None and name.lower_ in ordinary
        # An ordinary word names a storm in a text of weather ("Hurricane Sandy"), not in a headline's run of capitals
        # ("Tropical Storm Warning Issued For Florida Keys").
        headline = end + 1 < len(doc) and doc[end + 1].is_title
        if name is not None and name.is_title and name.is_alpha and not _after_a_name(doc, i) \
                and any(t.lower_ != "tropical" for t in doc[i:end]) \
                and not (bare and (not weather or ordinary_name)) \
                and not (ordinary_name and (not weather or headline)):
            spans.append((i, end + 1))
        covered = end + 1
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


def _ships(doc: Doc, mentions: list[Mention], ordinary: Set[str]) -> list[Mention]:
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
        speaks = _speaks_at(doc, m.end - 1)
        named = m.label in NAME_LABELS and doc[m.start].is_title and not speaks
        if named and before is not None and doc[before.start:before.end].text in SHIP_PREFIXES:
            out[-1] = replace(before, end=m.end, label="PRODUCT")  # the model's "INS" (ORG) and "Mysore" (PERSON)
        elif named and before is None and m.start > 0 and doc[m.start - 1].text in SHIP_PREFIXES:
            out.append(Mention(m.start - 1, m.end, "PRODUCT", m.weight, m.source))
        elif m.label in NAME_LABELS and not speaks and m.end - m.start > 1 and doc[m.start].text in SHIP_PREFIXES:
            out.append(replace(m, label="PRODUCT"))
        elif doc[m.start:m.end].text in SHIP_PREFIXES and m.end < len(doc) and m.end not in starts \
                and doc[m.end].is_title and doc[m.end].is_alpha and doc[m.end].lower_ not in ordinary \
                and not _speaks_at(doc, m.end):
            out.append(replace(m, end=m.end + 1, label="PRODUCT"))
        else:
            out.append(m)
    return out


def _speaks_at(doc: Doc, i: int) -> bool:
    """Token `i` is the subject of a verb of speech."""
    return doc[i].dep_ == "nsubj" and doc[i].head.lemma_ in SPEAKING_LEMMAS


# Words a law's number follows: "Senate Bill 8", "Proposition 22".
_BILL_WORDS = frozenset({"Bill", "Proposition", "Prop", "Measure", "Resolution"})


# Last words of the name of a county or its like: no person's ("Wayne County Prosecutor Kym Worthy": a person to the
# model, and "Wayne" a given name; not a club's, "Derby County", which the model calls an organisation).
_COUNTY_WORDS = frozenset({"County", "Parish", "Borough", "Township"})


def _counties(mentions: list[Mention]) -> set[tuple[str, ...]]:
    """Keys of the counties the model called people or places: places, whatever a given name in them votes."""
    return {m.key for m in mentions if m.label in ("PERSON", "GPE") and len(m.key) > 1
            and m.key[-1] in _COUNTY_KEYS}


_COUNTY_KEYS = frozenset(word.lower() for word in _COUNTY_WORDS)


def _airport_codes(doc: Doc, mentions: list[Mention]) -> set[tuple[str, ...]]:
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


def _without_office(doc: Doc, m: Mention) -> Mention:
    """A county without the office the model took in: "Cook County State" of "Cook County State's Attorney"."""
    end = m.end
    if end - m.start > 2 and doc[end - 1].text == "State" and doc[end - 2].text in _COUNTY_WORDS \
            and end + 1 < len(doc) and doc[end].lower_ in POSSESSIVES and doc[end + 1].text == "Attorney":
        return Mention(m.start, end - 1, "GPE", m.weight, m.source)
    return m


def _as_bill(doc: Doc, m: Mention) -> Mention:
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


def _with_case_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
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

    start, end = i, i + 1
    while start > 0 and (party_word(start - 1) or (doc[start - 1].is_sent_start and not doc[start - 1].is_stop
                                                    and doc[start - 1].text[:1].isupper())):
        start -= 1
        if doc[start].is_sent_start:
            break
    # Not over an "and" to the next case: "Plessy v. Ferguson and Brown v. Board of Education".
    while end < len(doc) and (party_word(end) or (doc[end].lower_ in NAME_SMALL_WORDS - {"and"} | {"'s", "’s"}
                                                  and end + 1 < len(doc) and party_word(end + 1))):
        end += 1  # "Dobbs v. Jackson Women's Health Organization"
    if start == i or end == i + 1 or (end < len(doc) and doc[end].lower_ in _CONTESTS):
        return None  # not "a Biden v. Trump rematch", a contest
    sentence = doc[i].sent
    lemmas = {t.lemma_.lower() for t in sentence}
    court = (bool(lemmas & _COURT_WORDS) and not lemmas & _MATCH_WORDS) \
        or any(t.lower_ in _CASE_WORDS for t in doc[max(sentence.start, start - 2):start])
    return Mention(start, end, "LAW", 1.0, "rule") if court else None


# Words before "Bill" the man: kin, callings and nicknames ("Father Bill", "Uncle Bill", "Big Bill").
_BEFORE_A_BILL_NAMED = frozenset({"father", "brother", "uncle", "cousin", "grandpa", "grandfather", "pastor", "deacon",
                                  "friar", "big", "little", "old", "young", "wild", "coach", "mister"})


def _is_tax_band(doc: Doc, m: Mention) -> bool:
    """"Band" of a council tax band ("the Band D charge"): no name."""
    return m.end - m.start == 1 and doc[m.start].text == "Band" and m.end < len(doc) \
        and len(doc[m.end].text) == 1 and doc[m.end].text in "ABCDEFGHI"


def _without_numbers_inside_names(mentions: list[Mention]) -> list[Mention]:
    """Numbers inside a name are the name's: "100" of "FTSE 100" (the model's number, once the name took it in)."""
    named = {i for m in mentions if m.label in NAME_LABELS for i in range(m.start, m.end)}
    return [m for m in mentions if m.label in NAME_LABELS or not named.intersection(range(m.start, m.end))]


# Words a number's span can end in that belong to the next one: "$5.7 billion to" of "fell by $5.7 billion to $634.6
# billion".
_NUMBER_TAILS = frozenset({"to", "and", "or", "from", "-", "–", "—"})

# Labels whose spans say how many or how much (not dates: "May" is a stop word too).
_COUNTING_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})


def _trim_number(doc: Doc, m: Mention) -> Mention | None:
    """A number's span without a joining word or a rank at its end ("Ward 5 Ald. Jane Doe"); none where only stop
    words are left of a count ("up to", "as many as": the model's hedge without its number; not "one", "dozens",
    "half")."""
    start, end = m.start, m.end
    while start + 1 < end and _leads_into_a_number(doc[start]):
        start += 1
    if start == m.start and numbers_a_name(doc[start]) \
            and any(t.like_num and t.lower_ not in _SCALE_WORDS for t in doc[start + 1:end]):
        # The number of the name before it, another number after: "1" of "Landing Zone 1 about 8 minutes" (not "2" of
        # "Zone 2 million square metres", whose scale it has).
        start += 1
    if start > m.start:
        m = Mention(start, end, m.label, m.weight, m.source)
    while end > m.start + 1 and (doc[end - 1].lower_ in _NUMBER_TAILS or doc[end - 1].text in TITLE_ABBREVIATIONS):
        end -= 1
    if m.label in _COUNTING_LABELS and all((t.is_stop or t.is_punct) and not t.like_num
                                           for t in tokens_of(doc)[m.start:end]):
        return None
    return m if end == m.end else Mention(m.start, end, m.label, m.weight, m.source)


# Tags of the words before a number that the model's span can take in from the clause: a finite verb ("sits 1.5 million
# kilometres") or a personal pronoun ("took them seven hours").
_CLAUSE_TAGS = _FINITE_VERB_TAGS | {"PRP"}


def _leads_into_a_number(token: Token) -> bool:
    """A lower-case verb or pronoun at the start of a number's span: the clause's word, no part of the number."""
    return token.is_lower and token.is_alpha and token.tag_ in _CLAUSE_TAGS and not token.like_num


def _is_title_word(token: Token) -> bool:
    """A title's word before a name: "Minister", "CEO", the "Executive" of "Chief Executive"."""
    return token.lower_ in ALL_TITLES or token.text == "Executive"


def _with_given_names(doc: Doc, mentions: list[Mention], nouns: frozenset[str], words: Set[str]) -> list[Mention]:
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
        titled = m.label in _FIRM_LABELS and m.start > 1 and _is_title_word(doc[m.start - 2])
        acting = titled and m.label != "PERSON" and m.end - m.start == 1 and not is_given_name(doc[m.start - 1].text) \
            and _verb_follows(doc, m.end)
        after_role = after_role or acting or (titled and is_given_name(doc[m.start - 1].text))
        one_word = (m.label == "PERSON" or after_role) and m.end - m.start == 1
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
        out.append(m)
    return out



def _with_surnames_after_given_names(doc: Doc, mentions: list[Mention], words: Set[str]) -> list[Mention]:
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


def _with_given_names_before_particles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
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
    "Grace"): "Billie" of "Billie Jean King was awarded", which the model left out."""
    first = doc[m.start - 1] if m.start > 0 else None
    return m.label == "PERSON" and m.end - m.start == 2 and first is not None and _starts_sentence(doc, m.start - 1) \
        and is_given_name(first.text) and is_given_name(doc[m.start].text) and first.lower_ not in words \
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
                                                 or _is_title_word(before)) and not before.ent_type_ \
        and before.pos_ != "DET"  # "the Samyukt [Kisan Morcha]" names no one


# Roles written in lower case before a name that are not titles of their own: "chief executive Olugbenga Agboola".
_LOWER_CASE_ROLES = frozenset({"executive", "officer", "founder", "co-founder", "manager", "analyst", "economist",
                               "strategist", "spokesperson", "coach", "striker", "midfielder", "defender",
                               "goalkeeper"})


# Endings of nouns that name what a person does: "striker", "campaigner", "scientist", "historian".
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent")
# Nouns for a person with none of those endings: "Rookie Xavier Worthy", "Neighbour Margaret Ashworth, 71, said".
_PERSON_NOUNS = frozenset({"rookie", "veteran", "teenager", "youngster", "star", "freshman", "sophomore", "captain",
                           "skipper", "newcomer", "boss", "chef", "coach", "pundit", "tycoon", "billionaire",
                           "neighbour", "neighbor", "witness", "victim", "patient", "pupil", "nurse", "widow",
                           "colleague", "friend", "mum", "mom", "dad"})


def _without_role_nouns(doc: Doc, mentions: list[Mention], nouns: frozenset[str]) -> list[Mention]:
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
        words = [t for t in tokens[m.start + 1:m.end] if not _is_glued_hyphen(t)]
        given = bool(words) and is_given_name(words[0].text)
        plural = given and _is_peoples_plural(first, nouns)
        role = first.lower_ in nouns and (first.lower_.endswith(_AGENT_ENDINGS) or first.lower_ in _PERSON_NOUNS)
        opens = _starts_sentence(doc, m.start) or (given and first.lower_ in _PERSON_NOUNS)
        if m.label in ("PERSON", "ORG") and len(words) in (2, 3, 4) and ((opens and role) or plural) \
                and first.is_title \
                and all(t.is_title and t.is_alpha for t in words) and len(words) - _hyphens(words) in (2, 3) \
                and (plural or not {last.lower_, last.lemma_.lower(), last.lower_.removesuffix("s")} & nouns):
            m = Mention(m.start + 1, m.end, "PERSON", m.weight, m.source)
        out.append(m)
    return out


# Words for a councillor, whose ward British copy writes in brackets after the name: "Cllr Kate Halliday (Belle Vue)".
_COUNCILLORS = frozenset({"cllr", "cllr.", "councillor", "councilor", "alderman", "alderwoman"})


def _wards_of_councillors(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name in brackets right after a councillor's name is the ward they represent, a place: "Belle Vue" of "Cllr
    Kate Halliday (Belle Vue) said" (a person to the model, who then spoke)."""
    councillors = {m.end for m in mentions if m.label == "PERSON" and m.start > 0
                   and (doc[m.start - 1].lower_ in _COUNCILLORS or doc[m.start].lower_ in _COUNCILLORS)}
    return [replace(m, label="GPE") if m.label in ("PERSON", "ORG") and m.start - 1 in councillors
            and doc[m.start - 1].text == "(" and m.end < len(doc) and doc[m.end].text == ")" else m
            for m in mentions]


# Words before an address's street: "of Chorley New Road, Bolton", "their house in Newton Street, Millom".
_ADDRESS_BEFORE = frozenset({"of", "in", "on", "at", "from"})


def _towns_of_addresses(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A name between commas right after an address's street is the town of the address: "Bolton" of "Kevin Doyle,
    34, of Chorley New Road, Bolton, was charged" (a person to the model); not a list's next name ("Nominees include
    Glenn Close, Meryl Streep, ...")."""
    streets = {m.end for m in mentions if m.label in NAME_LABELS and m.end - m.start > 1
               and doc[m.end - 1].lower_ in STREET_HEADS and doc[m.end - 1].is_title and m.start > 0
               and (doc[m.start - 1].lower_ in _ADDRESS_BEFORE or doc[m.start - 1].like_num)}
    return [replace(m, label="GPE") if m.label in ("PERSON", "ORG") and m.start - 1 in streets
            and doc[m.start - 1].text == "," and m.end < len(doc) and doc[m.end].text in (",", ".") else m
            for m in mentions]


def _without_headline_objects(doc: Doc, mentions: list[Mention], nouns: frozenset[str]) -> list[Mention]:
    """Not the model's person after a verb in title case, a headline's ("Halvorsen Robotics Announces Record
    Fourth-Quarter Results"): what was announced, when its last word is a common noun and its first no given name
    ("Apple Hires Tim Cook" names him)."""
    return [m for m in mentions
            if not (m.label == "PERSON" and m.start > 0 and doc[m.start - 1].tag_ == "VBZ"
                    and doc[m.start - 1].is_title and not _starts_sentence(doc, m.start - 1)
                    and not is_given_name(doc[m.start].text)
                    and {doc[m.end - 1].lower_, doc[m.end - 1].lemma_.lower()} & nouns)]


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


# Particles that open a surname, as written (not "y", "la", "le", "St", which also join a name to what follows it).
_SURNAME_PARTICLES = NAME_PARTICLES - {"y", "la", "le", "st", "st."}


def _across_particles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name goes on over a particle to the capitalised surname after it: the model ends "Maria Aparecida
    dos Santos" at "Aparecida" and calls "Santos" a place ("bin Salman", "van Gaal" likewise)."""
    starts = {m.start: m for m in mentions}
    swallowed: set[int] = set()
    out: list[Mention] = []
    for m in mentions:
        if m.start in swallowed:
            continue
        end = m.end
        if m.label == "PERSON" and end - m.start > 1 and end < len(doc) and _ends_in_particle(doc, m.start, end) \
                and doc[end].is_title and doc[end].is_alpha:  # "[Ursula von der] [Leyen]"
            after = starts.get(end)
            end = after.end if after is not None and after.end - after.start <= 2 else end + 1
            if after is not None:
                swallowed.add(after.start)
        while m.label == "PERSON" and end + 1 < len(doc) and _particle_at(doc, end, starts) \
                and doc[end + 1].is_title and doc[end + 1].is_alpha:
            after = starts.get(end + 1)
            if after is None and _particle_opens_person(starts.get(end)):
                after = starts[end]  # "Al Thani"
            end = after.end if after is not None and after.end - after.start <= 2 else end + 2
            if after is not None:
                swallowed.add(after.start)
        out.append(m if end == m.end else Mention(m.start, end, m.label, m.weight, m.source))
    return _with_particles_before(doc, _with_number_word_particles(doc, out))


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


def _with_nicknames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name with a nickname in quotes inside as one person: 'Sean "Diddy" Combs' was a group "Sean" and a
    work "Diddy" Combs". A given name, one or two capitalised words in quotation marks, a capitalised surname, with
    the rest of a hyphenated name after it (`_with_hyphenated_end`: 'Jeong "Chovy" Ji-hoon')."""
    words, found = words_of(doc), []
    for i in range(len(doc) - 4):
        if words[i + 1] not in _QUOTE_MARKS or not (doc[i].is_title and doc[i].is_alpha and is_given_name(words[i])):
            continue
        close = next((j for j in (i + 3, i + 4) if j + 1 < len(doc) and words[j] in _QUOTE_MARKS), None)
        if close is not None and all(t.is_title and t.is_alpha and not t.is_stop for t in doc[i + 2:close]) \
                and doc[close + 1].is_title and doc[close + 1].is_alpha and not doc[close - 1].whitespace_ \
                and not _name_goes_on_before(doc, i):
            found.append(_with_hyphenated_end(doc, Mention(i, close + 2, "PERSON", 1.0, "rule")))
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


def _particle_at(doc: Doc, i: int, starts: dict[int, Mention]) -> bool:
    """doc[i] is a surname's particle: in lower case, or a capitalised "Al" opening a person's name the model split
    off ("Sheikh Mohammed bin Abdulrahman" and "Al Thani")."""
    return doc[i].text in _SURNAME_PARTICLES or (doc[i].text in ("Al", "El") and _particle_opens_person(starts.get(i)))


def _particle_opens_person(mention: Mention | None) -> bool:
    return mention is not None and mention.label == "PERSON" and mention.end - mention.start == 2


def _joined_organisations(doc: Doc, mentions: list[Mention], ordinary: frozenset[str]) -> list[Mention]:
    """One organisation the model split in two: named after two places joined by "and" ("Avon and Somerset Police"
    was a person "Avon" and "Somerset Police", "Devon and Cornwall Police" likewise; a place it knows, "Britain and
    Surrey Police", stays two), or after the place of its name ("The Central Bank" and "Kenya" of "The Central Bank of
    Kenya", whose first part was taken for a short form of the "Central Bank of Nigeria" named after it)."""
    out: list[Mention] = []
    for m in mentions:
        before = out[-1] if out else None
        if before is not None and before.label == "ORG" and m.label in ("GPE", "LOC") and before.end + 1 == m.start \
                and doc[before.end].lower_ == "of" and doc[before.end - 1].is_title \
                and doc[before.end - 1].lower_ in ORGANISATION_HEADS and m.end - m.start <= 3:
            out[-1] = Mention(before.start, m.end, "ORG", before.weight, before.source)
            continue
        if before is not None and (_body_for_its_purpose(doc, before, m, ordinary)
                                   or _of_two_professions(doc, before, m)):
            out[-1] = Mention(before.start, m.end, "ORG", before.weight, before.source)
            continue
        if before is not None and m.label in ("ORG", "PERSON") and m.end - m.start >= 2 \
                and doc[m.end - 1].lower_ in ORGANISATION_HEADS and before.end - before.start == 1 \
                and before.label in ("PERSON", "ORG") \
                and before.end + 1 == m.start and doc[before.end].lower_ in ("and", "&") \
                and doc[before.start].is_title and not _in_gazetteer(doc[before.start].text):
            out[-1] = Mention(before.start, m.end, "ORG", m.weight, m.source)
            continue
        out.append(m)
    return out


def _split_firms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Two companies the model read as one name, each with its legal form, "and" between them: "Biogen Inc and Sage
    Therapeutics Inc." is Biogen Inc and Sage Therapeutics Inc. (not "Procter & Gamble Co": one legal form)."""
    out: list[Mention] = []
    for m in mentions:
        joint = _firms_joint(doc, m)
        if joint is None:
            out.append(m)
            continue
        out += [Mention(m.start, joint, "ORG", m.weight, m.source),
                Mention(joint + 1, m.end, "ORG", m.weight, m.source)]
    return out


# Makers of airliners, whose name the model runs into the airline's before it ("an American Airlines Boeing 777").
_AIRCRAFT_MAKERS = frozenset({"boeing", "airbus", "embraer", "bombardier", "atr", "cessna", "comac", "gulfstream",
                              "fokker", "antonov", "tupolev", "ilyushin", "sukhoi", "lockheed", "dassault"})
# Words of an airline's name: "Delta Air Lines", "British Airways", "Air India".
_AIRLINE_WORDS = frozenset({"airlines", "airline", "airways", "air"})


def _split_airlines_from_makers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An airline and the maker of its aircraft the model read as one name: "American Airlines Boeing" is American
    Airlines and Boeing (the maker alone, not its model's number)."""
    out: list[Mention] = []
    for m in mentions:
        maker = _maker_after_airline(doc, m)
        if maker is None:
            out.append(m)
            continue
        out += [Mention(m.start, maker, "ORG", m.weight, m.source),
                Mention(maker, maker + 1, "ORG", m.weight, m.source)]
    return out


def _maker_after_airline(doc: Doc, m: Mention) -> int | None:
    """Where an aircraft maker's name follows an airline's in the mention."""
    if m.label not in NAME_LABELS:
        return None
    return next((i for i in range(m.start + 1, m.end) if doc[i].lower_ in _AIRCRAFT_MAKERS
                 and doc[i].text[:1].isupper() and any(t.lower_ in _AIRLINE_WORDS for t in doc[m.start:i])), None)


# Words that introduce an organisation's name: "the charity Age UK", "the campaign group Liberty".
_ORGANISATION_CUES = frozenset({"charity", "organisation", "organization", "group", "body"})
# Most capitalised words of a name before the country it ends with ("Alzheimer's Research UK").
_CUED_NAME_WORDS = 4


def _with_cued_names_ending_in_countries(doc: Doc, mentions: list[Mention]) -> list[Mention]:
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
    if m.label != "GPE" or not _is_country_name(doc[m.start:m.end].text):
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


def _uncued_name_start(doc: Doc, m: Mention, start: int) -> int | None:
    """Where an organisation's name ending in a country starts with no cue before it ("Age UK estimates", "Diabetes
    UK said"), as the parse reads it: capitalised names modifying the country, which is the subject of a verb; not a
    place's leader or the country with a word of praise or pity ("Trump's America", "UK inflation", "Meanwhile UK",
    "Mexicans say, 'Poor Mexico, ...'")."""
    country = doc[m.end - 1]
    before = doc[m.start - 1]
    # Only "UK", which British bodies and firms' arms end their names with; other countries a word before describes
    # ("Nazi Germany", "Mainland China", "Corporate America").
    if country.text not in _NAME_ENDING_COUNTRIES or country.dep_ not in ("nsubj", "nsubjpass") \
            or before.pos_ != "PROPN" or before.dep_ != "compound" \
            or before.head.i not in range(m.start, m.end):
        return None
    # Only names and their possessive marks: not an adverb or a determiner opening the sentence.
    while start < m.start and not (doc[start].pos_ == "PROPN" and doc[start].is_title):
        start += 1
    if any(t.pos_ != "PROPN" and t.lower_ not in POSSESSIVES for t in doc[start:m.start]):
        return None
    return start if start < m.start else None


def _firms_joint(doc: Doc, m: Mention) -> int | None:
    """The "and" or "&" between two legal forms in the mention, each after a name of its own."""
    if m.label not in ("ORG", "PERSON") or not _is_legal_form(doc[m.end - 1]):
        return None
    # Not "Fresenius SE & Co. KGaA", one firm's legal forms on both sides.
    joints = [i for i in range(m.start + 2, m.end - 2) if doc[i].lower_ in ("and", "&")
              and _is_legal_form(doc[i - 1]) and doc[i + 1].is_title and doc[i + 1].lower_ not in ("co", "co.")
              and not _is_legal_form(doc[i + 1])]
    return joints[0] if len(joints) == 1 else None


def _is_legal_form(token: Token) -> bool:
    """A company's legal form as written after its name, capitalised ("Inc", "plc" aside); not a word of names too
    ("Holdings", "Company")."""
    return token.lower_ in CORPORATE_SUFFIXES and token.lower_ not in ("holdings", "company") \
        and (token.text[:1].isupper() or token.lower_ == "plc")


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


def _of_two_professions(doc: Doc, before: Mention, m: Mention) -> bool:
    """An organisation of a profession ("American College of Obstetricians") and a second profession after its "and"
    ("Gynecologists"), both capitalised plurals of people's nouns: one name, not a body and a group of people."""
    last, after = doc[before.end - 1], doc[m.start]
    return before.label == "ORG" and m.end - m.start == 1 and before.end + 1 == m.start \
        and doc[before.end].lower_ == "and" and before.end - before.start >= 3 and doc[before.end - 2].lower_ == "of" \
        and all(t.is_title and t.is_alpha and _is_agents_plural(t.lower_) for t in (last, after))


def _is_agents_plural(word: str) -> bool:
    """A plural noun for people by what they do: "obstetricians", "engineers", "pharmacists"."""
    return word.endswith("s") and word[:-1].endswith(_AGENT_ENDINGS)


def _is_glued_hyphen(token: Token) -> bool:
    """A hyphen written between two words without spaces: the "-" of "Aly-Khan"."""
    return token.text in ("-", "–") and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


# Words that make a compound of a name before them: "Trump-era", "Putin-led", "Obama-like", "Biden-backed".
_NAME_COMPOUNDS = frozenset({"era", "led", "like", "born", "run", "type", "ish", "free", "made", "held", "tied", "less",
                             "wide", "ism", "ite", "ites", "ist", "ists", "mania", "backed", "style", "based", "linked",
                             "owned", "appointed", "aligned", "allied", "funded", "endorsed", "inspired", "loving",
                             "hating", "friendly", "supporting", "controlled", "dominated", "sized", "themed", "lite",
                             "light", "esque", "fest", "proof", "phobe", "phile", "speak", "world", "verse"})


def _with_hyphenated_end(doc: Doc, m: Mention) -> Mention:
    """A person's name of two words or more with the rest of a hyphenated name the model left out: the lower-case
    rest of a given name ("Han Duck" of "Han Duck-soo", "Moon Jae" of "Moon Jae-in") or the capitalised second part of
    a double surname (`_is_second_surname`: "Chukwuemeka Nwosu" of "Chukwuemeka Nwosu-Obi"); without a compound's
    word it took in ("Donald Trump-era" is Donald Trump)."""
    end = m.end
    if end - m.start >= 3 and _is_glued_hyphen(doc[end - 2]) and doc[end - 1].lower_ in _NAME_COMPOUNDS \
            and (m.label == "PERSON" or _is_participle_compound(doc[end - 1])):
        return Mention(m.start, end - 2, m.label, m.weight, m.source, m.key, m.owner)
    if m.label != "PERSON" or end - m.start < 2:
        return m
    if end + 1 >= len(doc) or not _is_glued_hyphen(doc[end]):
        return m
    rest = doc[end + 1]
    if (rest.is_alpha and rest.is_lower and _is_name_syllable(rest.text) and rest.lower_ not in _NAME_COMPOUNDS) \
            or _is_second_surname(rest):
        return Mention(m.start, end + 2, m.label, m.weight, m.source, m.key, m.owner)
    return m


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


def _with_family_names_before(doc: Doc, mentions: list[Mention]) -> list[Mention]:
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


def _with_family_name_to(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Vietnam's leader "To Lam", whom the model calls "Lam" ("To" is a preposition to it): the family name "To"
    capitalised before a person's one word, wherever the text writes the name after a title ("President To Lam",
    "General Secretary To Lam"), which no preposition follows."""
    # Not on a title-case line ("Letter From President To Putin Released"), nor "To X," opening a sentence.
    titled_lines = title_case_lines(doc)
    people = [m for m in mentions if m.label == "PERSON" and m.end - m.start == 1 and m.start > 0
              and doc[m.start - 1].text == "To" and doc[m.start - 1].whitespace_ == " " and m.start not in titled_lines
              and not (m.end < len(doc) and doc[m.end].text == ",")]
    titled = {doc[m.start].text for m in people if m.start > 1 and doc[m.start - 2].is_title
              and doc[m.start - 2].lower_ in ALL_TITLES}
    if not titled:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(m.start - 1, m.end, m.label, m.weight, m.source)
            if m in people and doc[m.start].text in titled and m.start - 1 not in covered else m for m in mentions]


def _is_given_syllables(doc: Doc, i: int) -> bool:
    """doc[i:i + 3] is a hyphenated given name of two romanised syllables: "Heung-min", "Dong-Hyuk"."""
    first, rest = doc[i], doc[i + 2]
    return first.is_title and _LONG_SYLLABLE.fullmatch(first.lower_) is not None and _is_glued_hyphen(doc[i + 1]) \
        and rest.is_alpha and (rest.is_lower or rest.is_title) and _LONG_SYLLABLE.fullmatch(rest.lower_) is not None


_ELIDED_SURNAME = re.compile(ELIDED_SURNAME)


def _with_elided_surnames(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name with the surname after it that the model left out, one with an elided particle: "Michael" of
    "Michael O’Leary" (the typographic apostrophe puts the model off where the plain one does not)."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(m.start, m.end + 1, m.label, m.weight, m.source, m.key, m.owner)
            if m.label == "PERSON" and m.end < len(doc) and m.end not in covered and doc[m.end - 1].whitespace_
            and _ELIDED_SURNAME.fullmatch(doc[m.end].text) else m for m in mentions]


_ELIDED_GIVEN_NAME = re.compile(ELIDED_GIVEN_NAME)


def _with_elided_given_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name with the given name before it that the model left out, one with an apostrophe inside:
    "Joy Randolph" of "Da'Vine Joy Randolph won"."""
    covered = {i for m in mentions for i in range(m.start, m.end)}
    return [Mention(m.start - 1, m.end, m.label, m.weight, m.source)
            if m.label == "PERSON" and m.start > 0 and m.start - 1 not in covered and doc[m.start - 1].whitespace_
            and _ELIDED_GIVEN_NAME.fullmatch(doc[m.start - 1].text) else m for m in mentions]


def _with_last_names_left_out(doc: Doc, mentions: list[Mention], words: Set[str]) -> list[Mention]:
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


def _is_second_surname(token: Token) -> bool:
    """A capitalised word after a glued hyphen that ends the name and that the text writes nowhere else on its own:
    the second part of a double surname ("Obi" of "Nwosu-Obi"), not a second person's or a place's name ("Donald
    Trump-Putin summit", "a Joe Biden-China deal")."""
    doc, after = token.doc, token.i + 1
    return token.is_title and token.is_alpha and len(token) > 1 and not _in_gazetteer(token.text) \
        and not (after < len(doc) and (doc[after].text[:1].isupper() or _is_glued_hyphen(doc[after]))) \
        and token.text not in _words_written_alone(doc)


def _words_written_alone(doc: Doc) -> frozenset[str]:
    """The words the document writes somewhere without a glued hyphen before them; worked out once per document, as
    every name with a hyphenated end asks (asked of the whole text each time, a long article's cost was quadratic)."""
    words = doc.user_data.get(_ALONE_KEY)
    if words is None:
        words = doc.user_data[_ALONE_KEY] = frozenset(
            t.text for t in doc if not (t.i > 0 and _is_glued_hyphen(doc[t.i - 1])))
    return words


_ALONE_KEY = "newswire_words_alone"


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


# Last words of a building or an institution that a person's name opens ("Ronald Reagan Washington National Airport",
# "St. Peter's Basilica"), which the model split into the person and the rest.
_NAMESAKE_PLACE_HEADS = frozenset({
    "airport", "airfield", "stadium", "arena", "bridge", "tunnel", "center", "centre", "hospital", "library", "museum",
    "school", "university", "college", "basilica", "cathedral", "church", "chapel", "abbey", "theatre", "theater"})


# A royal's or a saint's title written before the name a place is named after ("Queen Elizabeth Hospital"), which the
# model can leave out of the place ("[Elizabeth Hospital] said").
_NAMESAKE_TITLES = frozenset({"king", "queen", "prince", "princess", "saint", "st", "st."})


# A name's suffix inside a namesake place's name: "Martin Luther King Jr. Center".
_NAMESAKE_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr."})
_ROMAN_NUMBER = re.compile(r"[IVX]+")


def _is_namesake_place_as_person(doc: Doc, m: Mention) -> bool:
    """A person's mention of capitalised words that ends in a building's or an institution's word and holds what the
    trimming would cut a person's name at, a royal's or a saint's title or a suffix ("King Edward VII Hospital",
    "[Queen] Elizabeth Hospital", "Martin Luther King Jr. Hospital"), or that ends in "White House" ("the Obama White
    House", an administration): a place or a body named after someone. Not after an honorific ("Dr Sarah Jones Royal
    Free Hospital" holds a person), nor a person's name whose last word the text writes alone ("Thomas Haden Church
    ... Church said", "Mary Anne Bridge")."""
    if m.label != "PERSON" or m.end - m.start < 2 or _after_honorific(doc, m):
        return False
    words = doc[m.start:m.end]
    if _ends_in_white_house(doc, m):
        return words[0].is_title
    if words[-1].lower_ not in _NAMESAKE_PLACE_HEADS or not words[-1].is_title or _written_elsewhere(doc, words[-1], m):
        return False
    styled = _namesake_title_start(doc, m.start) < m.start or any(_styles_a_namesake(t) for t in words)
    return styled and words[0].text not in HONORIFICS and all(
        t.is_title or t.lower_ in NAME_SMALL_WORDS or t.lower_ in POSSESSIVES or _styles_a_namesake(t) for t in words)


def _styles_a_namesake(token: Token) -> bool:
    """A royal's or a saint's title, a name's suffix or a king's number: "King", "Jr.", "VII"."""
    return token.lower_ in _NAMESAKE_TITLES or token.lower_ in _NAMESAKE_SUFFIXES \
        or _ROMAN_NUMBER.fullmatch(token.text) is not None


def _namesake_title_start(doc: Doc, start: int) -> int:
    """Where a namesake place starts: at the capitalised royal's or saint's title right before it, if any."""
    before = doc[start - 1] if start > 0 else None
    return start - 1 if before is not None and before.is_title and before.lower_ in _NAMESAKE_TITLES else start


def _namesake_place_label(doc: Doc, m: Mention) -> str:
    """ORG for a president's White House, the administration, and for a body's place, as the model reads one ("Queen
    Elizabeth Hospital", "Martin Luther King Jr. High School"); FAC for a building ("King Edward VII Bridge")."""
    return "ORG" if _ends_in_white_house(doc, m) or doc[m.end - 1].lower_ in ORGANISATION_HEADS else "FAC"


def _ends_in_white_house(doc: Doc, m: Mention) -> bool:
    """The mention's last words are "White House", after a name: "Obama White House"."""
    return m.end - m.start > 2 and doc[m.end - 2].text == "White" and doc[m.end - 1].text == "House"


def _after_honorific(doc: Doc, name: Mention) -> bool:
    """The name follows an honorific ("Dr Sarah Jones"), or had one the trimming cut: a person's, no namesake's."""
    return name.source == HONORED or (name.start > 0 and doc[name.start - 1].text in HONORIFICS)


def _places_named_after_people(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A person's name and, after a space alone (or the name's "'s"), a name that ends in a building's or an
    institution's word, joined into that one place: "Ronald Reagan" + "Washington National Airport", "St. Peter" +
    "'s" + "Basilica" (a person to the model). The place's label where it is a building's or a body's, else FAC."""
    out: list[Mention] = []
    starts = {m.start for m in mentions}
    for m in sorted(mentions, key=lambda m: m.start):
        last = out[-1] if out else None
        if last is not None and _opens_a_namesake_place(doc, last, m):
            label = m.label if m.label in ("FAC", "ORG") else "FAC"
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
    gap = doc[name.end:place.start]
    if len(gap) > 1 or (len(gap) == 1 and gap[0].lower_ not in ("'s", "’s")):
        return False
    if not gap and doc[name.end - 1].whitespace_ != " ":
        return False
    words = doc[place.start:place.end]
    if words[-1].lower_ not in _NAMESAKE_PLACE_HEADS or not all(t.is_title or t.lower_ in NAME_SMALL_WORDS
                                                                  for t in words):
        return False
    saint = doc[name.start].lower_ in ("st", "st.", "saint") and bool(gap)
    return place.label in NAME_LABELS and (name.label == "PERSON" and not gap and not _after_honorific(doc, name)
                                           or saint)


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


def _english_judges(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The judges of the English courts by their style, their surname alone a person, as after "Judge": the model
    made "Justice Bean" of "Lord Justice Bean" an organisation, "Mrs Justice Steyn" one, and left "Lady Justice King"
    out; a mention over the style or the surname gives way to the judge."""
    judges = [judge for i in range(len(doc) - 2) if (judge := _judge_after_style(doc, i)) is not None]
    if not judges:
        return mentions
    kept = [m for m in mentions if not any(m.start < judge.end and judge.start - 2 < m.end for judge in judges)]
    return sorted(kept + judges, key=lambda m: m.start)


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


def _is_surname_word(token: Token) -> bool:
    """A capitalised word of letters, an apostrophe allowed inside: "Bean", "O'Farrell"."""
    return token.is_title and token.text.replace("'", "").replace("’", "").isalpha()


def _named_after_ranks(doc: Doc, mentions: list[Mention]) -> list[Mention]:
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


def _honoured_person(doc: Doc, m: Mention) -> Mention:
    """A name with "Mr", "Ms", "Mrs" or "Dr" before it, inside the span or just before it, is a person's whatever the
    model said ("Ms Chambers" as an organisation split her from "Therese Chambers" and from her pronouns)."""
    if m.label == "PERSON":  # the model agrees; the honorific still tells the group of its full name
        honoured = m.start > 0 and doc[m.start - 1].text in HONORIFICS and doc[m.start].text[:1].isupper()
        return replace(m, source=HONORED) if honoured else m  # "Mr Cardoso" makes "Olayemi Cardoso" a person
    if any(token.lower_ in POSSESSIVES for token in doc[m.start:m.end]):
        return m  # "Dr. Reddy's Laboratories" is a company
    first = m.start if m.end - m.start > 1 and _honours(doc, m.start) else m.start - 1
    if first < 0 or not _honours(doc, first):
        return m
    name = first + 1  # past every rank: "Sqn Ldr Amy Cole"
    while name < m.end - 1 and (doc[name].text in HONORIFICS or doc[name].text in GENERAL):
        name += 1  # "Maj Gen Andrus Merilo" ("Gen" alone opens "Gen Digital")
    if name >= m.start and doc[name].text[:1].isupper() and doc[m.end - 1].text[:1].isupper() \
            and not _is_generation(doc, name - 1):
        # The honorific is no part of the name: "DI Holloway" is the "Karen Holloway" named before ("Col du
        # Tourmalet" is a mountain pass).
        return Mention(name, m.end, "PERSON", m.weight, HONORED)
    return m


def _honours(doc: Doc, i: int) -> bool:
    """doc[i] is an honorific or a rank, or "PM", that only a person's name follows."""
    return doc[i].text in HONORIFICS or _is_prime_minister(doc, i)


# Words of a firm named "PM ...": "PM Capital", "PM Group" (no prime minister's name).
_FIRM_WORDS_AFTER_PM = frozenset({"capital", "group", "fund", "funds", "holdings", "partners", "securities", "asset",
                                  "assets", "investments", "management", "global", "international", "energy"})


def _is_prime_minister(doc: Doc, i: int) -> bool:
    """"PM" before a capitalised name ("PM Modi", the model's organisation, "PM Netanyahu"), not a clock's ("3 PM
    Monday", "8 PM Eastern")."""
    return doc[i].text == "PM" and i + 1 < len(doc) and doc[i + 1].is_title \
        and doc[i + 1].lower_ not in _FIRM_WORDS_AFTER_PM \
        and not (i > 0 and (doc[i - 1].like_num or _is_clock(doc[i - 1].text)))


# Magnitudes written against a sum ("£2m", "$5bn"), split off by the tokenizer.
_GLUED_MAGNITUDES = frozenset({"m", "mn", "bn", "b", "k", "tn", "trn"})


def _with_glued_money_signs(doc: Doc, m: Mention) -> Mention:
    """A sum of money with the currency sign and magnitude written against it: the model often tags only the
    number ("2" of "£2m", "5bn" of "$5bn")."""
    start, end = m.start, m.end
    while start > 0 and _is_currency_sign(doc[start - 1]) and not doc[start - 1].whitespace_:
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].lower_ in _GLUED_MAGNITUDES:
        end += 1
    # "1.4 per cent": the model reads the British spelling of a percentage as a sum of cents.
    percent = doc[end - 1].lower_ in ("percent", "pct") or doc[end - 2:end].text.lower() == "per cent"
    return Mention(start, end, "PERCENT" if percent else m.label, m.weight, m.source)


def _with_money_spans(doc: Doc, mentions: list[Mention], money: list[dict]) -> list[Mention]:
    """The sums `extract_money` found as the MONEY mentions, whole: "R85.3bn" (an ORG to the model), "₹450 crore" (cut
    at "₹450"), "between US$7bn and US$9bn" (two). A mention of the model's that overlaps a sum gives way to it; one it
    called MONEY that names no currency and counts a noun or tells the time is a count ("45 million users", "8.40pm";
    not "5 trillion won"); one that names no sum at all is none ("an extra", "a weak yen")."""
    spans = [(span, item["end"]) for item in money if (span := _sum_span(doc, item["start"], item["end"])) is not None]
    taken = {i for span, _ in spans for i in range(span.start, span.end)}
    kept = [replace(m, label="CARDINAL") if m.label == "MONEY" and _counts_no_money(doc, m)
            else replace(m, label="QUANTITY") if m.label == "MONEY" and _weighs(doc, m) else m
            for m in mentions if taken.isdisjoint(range(m.start, m.end))
            and not (m.label == "MONEY" and _names_no_sum(doc, m))]
    return sorted(kept + [Mention(span.start, span.end, "MONEY", 1.0, "money", end_char=end)
                          for span, end in spans], key=lambda m: m.start)


# Words that count a sum the model calls MONEY without digits: "a few bucks", "hundreds of millions of dollars".
_SUM_WORDS = _SCALE_WORDS | {"few", "several", "grand"}


def _names_no_sum(doc: Doc, m: Mention) -> bool:
    """A model's MONEY with no number in it and no currency or a word that describes one: "an extra" (of "an extra 20
    billion pounds"), "a weak yen" (not "a dollar", "a few bucks"); or a move of one unit ("each one-yen move")."""
    span = doc[m.start:m.end]
    if is_unit_move(text_of(doc), span.start_char):
        return True
    if any(t.like_num or t.lemma_.lower() in _SUM_WORDS or any(ch.isdigit() for ch in t.text) for t in span):
        return False
    currency = any(t.is_currency or t.lemma_.lower() in _MONEY_WORDS for t in span)
    return not currency or any(t.pos_ == "ADJ" for t in span)


def _sum_span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of a sum, also where the tokenizer keeps a full stop on its last letter ("£50m." ending a sentence is
    "£", "50", "m."); None where the tokens split it otherwise."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start_char != start or text_of(doc)[end:span.end_char] not in ("", "."):
        return None
    return span


def _weighs(doc: Doc, m: Mention) -> bool:
    """A model's MONEY in pounds, with no digit-less word, that the money extractor left: a weight ("lost 27.3 pounds
    (12.4 kg)"; not "a few pounds", whose sum it does not look for)."""
    span = doc[m.start:m.end]
    return span[-1].lemma_.lower() == "pound" and not span[-1].is_currency and any(t.like_num for t in span) \
        and all(t.like_num or t.lemma_.lower() == "pound" or t.is_punct for t in span)


# Money's words the money extractor leaves to the model: "5 trillion won", "a few bucks".
_MONEY_WORDS = CURRENCY_LEMMAS | {"buck", "won", "grand", "quid"}


def _counts_no_money(doc: Doc, m: Mention) -> bool:
    """A model's MONEY that names no currency and counts a plural noun or is a clock time: "45 million users", "three
    punts", "8.40pm" (not "5 trillion won", "a few bucks", "hundreds of millions")."""
    span = doc[m.start:m.end]
    if any(t.is_currency or t.lemma_.lower() in _MONEY_WORDS for t in span):
        return False
    after = [doc[m.end]] if m.end < len(doc) else []
    return any(t.tag_ == "NNS" and t.lemma_.lower() not in _MONEY_WORDS for t in [*span, *after]) \
        or any(_CLOCK.fullmatch(t.text) for t in span)
