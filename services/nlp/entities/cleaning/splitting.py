"""Spans cut in two or more: at line breaks and separators between names, at a clause's verb, "the" or
preposition between two names, at an event's venue; and two firms, or an airline and its aircraft's maker, read as one
name."""
from __future__ import annotations

import calendar
import re

from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import ents_of, lowers_of, span_text, tokens_of, words_of
from services.nlp.entities.firms import _made_by_a_maker
from services.nlp.entities.gazetteer import _in_gazetteer, _is_city_or_country, _is_known_organisation
from services.nlp.entities.mentions import Mention, _token_key
from services.nlp.entities.tables import _is_number
from services.nlp.entity_rules import (
    AIRCRAFT_MAKERS,
    CORPORATE_SUFFIXES,
    EVENT_SUFFIXES,
    FACILITY_HEADS,
    FIRMS_NAMED_AFTER_PEOPLE,
    IRREGULAR_PEOPLE_PLURALS,
    MILITARY_UNITS,
    NAME_LABELS,
    NAME_SMALL_WORDS,
    NUMBERED_NAME_WORDS,
    NUMBERLESS_LABELS,
    NUMERIC_LABELS,
    ORGANISATION_HEADS,
    POSSESSIVES,
    REGNAL_TITLES,
    SEPARATORS,
    SPAN_SPEECH_VERBS,
)
from services.nlp.given_names import gender_of, is_given_name

# Weekdays, which a sentence may write just before a place's name: "said on Sunday Kyiv needed more systems".
_WEEKDAYS = frozenset(day.casefold() for day in calendar.day_name)


def weekday_and_place(doc: Doc, m: Mention) -> list[Mention] | None:
    """A name-labelled span of a weekday and a known city or country, the date and the place it runs together ("on
    Sunday Kyiv needed", a work of art to the model); None for any other span ("Sunday Times", "Tuesday Morning")."""
    if m.label not in NAME_LABELS or m.end - m.start < 2 or doc[m.start].lower_ not in _WEEKDAYS:
        return None
    place = doc[m.start + 1:m.end]
    if not place[0].is_title or not _is_city_or_country(place.text.casefold()):
        return None
    return [Mention(m.start, m.start + 1, "DATE", m.weight, m.source),
            Mention(m.start + 1, m.end, "GPE", m.weight, m.source)]


# The half of the day glued after a clock's hour: the "pm" of "7pm", "7.30pm" (tokens "7.30" and "pm").
_DAY_HALVES = frozenset({"am", "pm", "a.m.", "p.m."})
# A clock time with its half of the day, the model's count, quantity or rank: "5.30pm", "11am", "9.23 p.m.".
_HALF_DAY_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s?[ap]\.?m\.?", re.IGNORECASE)
# Labels of the model's numbers that a clock time is none of.
_NOT_CLOCK_LABELS = frozenset({"CARDINAL", "QUANTITY", "ORDINAL", "DATE"})


def _clock_before_its_noun(doc: Doc, m: Mention) -> int | None:
    """Where the clock time that opens the mention ends, when only words of what happens then follow it in it: "4pm"
    of "4pm kick-off", "7pm deadline" (the model's quantity); None otherwise."""
    for end in (m.start + 1, m.start + 2):
        if end < m.end and _HALF_DAY_CLOCK.fullmatch(span_text(doc, m.start, end)) \
                and all(t.is_alpha or t.text == "-" for t in doc[end:m.end]):
            return end
    return None


def clock_time_pieces(doc: Doc, m: Mention) -> list[Mention] | None:
    """A number the model labelled that is a clock time with its half of the day, as a time: "5.30pm" (a count to the
    model), "11" of "Saturday 11am:" with its "am"; a day's date run into the hour's number apart ("Friday 7" of
    "Friday 7pm:", the date "Friday" and the time "7pm"). None for any other mention, and for a clock's minutes cut
    from its hour ("33 am" of "8: 33 am")."""
    if m.label not in _NOT_CLOCK_LABELS or (m.start > 0 and doc[m.start - 1].text in (":", ".")):
        return None
    if _HALF_DAY_CLOCK.fullmatch(span_text(doc, m.start, m.end)):
        return [Mention(m.start, m.end, "TIME", m.weight, m.source)]
    if m.label != "DATE" and (clock := _clock_before_its_noun(doc, m)) is not None:
        return [Mention(m.start, clock, "TIME", m.weight, m.source)]  # "4pm" of "the 4pm kick-off", a quantity
    last = doc[m.end - 1]
    if m.end >= len(doc) or doc[m.end].lower_ not in _DAY_HALVES or last.whitespace_ \
            or not _HALF_DAY_CLOCK.fullmatch(last.text + doc[m.end].text):
        return None
    time = Mention(m.end - 1, m.end + 1, "TIME", m.weight, m.source)
    if m.end - m.start == 1:
        return [time]
    if m.label != "DATE" or m.end - m.start != 2 or doc[m.start].lower_ not in _WEEKDAYS:
        return None
    return [Mention(m.start, m.start + 1, "DATE", m.weight, m.source), time]


# A count written with its thousands grouped, as a results table writes the votes before their share.
_GROUPED_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+")


def _count_before_share(doc: Doc, m: Mention) -> int | None:
    """Where the share starts in a model's percentage that a grouped count opens right before it, a results table's
    votes and share: "36.61%" of "8,794,726 36.61%" (not "2 1/2%", a share with its fraction)."""
    if m.label != "PERCENT" or m.end - m.start < 3:
        return None
    count, share = doc[m.start], doc[m.start + 1]
    return m.start + 1 if _GROUPED_COUNT.fullmatch(count.text) and share.like_num and "/" not in share.text else None


def split_at_separators(doc: Doc, m: Mention) -> list[Mention]:
    """Pieces of a span cut at line breaks and at separators between names; a results table's count apart from the
    share after it."""
    if (share := _count_before_share(doc, m)) is not None:  # "8,794,726 36.61%": the votes, and their share
        return [Mention(m.start, share, "CARDINAL", m.weight, m.source), Mention(share, m.end, m.label, m.weight,
                                                                                  m.source)]
    pieces: list[Mention] = []
    start = m.start
    portfolios = _names_portfolios(doc, m)
    for i in range(m.start, m.end):
        token = doc[i]
        cut = token.is_space or (
            # A person's possession is another name: "Patrick Drahi's Altice UK" (not a shop's: "Bloomington Sam's
            # Club", nor a plural's: "Tigray People's Liberation Front").
            m.label == "PERSON" and token.lower_ in ("'s", "’s") and start + 1 < i < m.end - 1
            and doc[i + 1].text[:1].isupper() and doc[m.end - 1].lower_ not in ORGANISATION_HEADS
            and doc[i - 1].lower_ not in IRREGULAR_PEOPLE_PLURALS
        ) or (
            # A number between two names is a score: "Haitai 2 Samsung".
            m.label in NUMBERLESS_LABELS and _is_number(token.text) and start < i < m.end - 1
            and not (m.label != "PERSON" and (numbers_a_name(token) or numbers_a_military_unit(doc, i, m.end)))
        ) or (
            m.label in NAME_LABELS
            and token.lower_ in SEPARATORS
            # A hyphen inside a word ("Baden-Baden") is not a separator: only a spaced one is. Nor is the slash of a
            # Nordic legal form ("Nordhavn Shipping A/S" was "Nordhavn Shipping A" and "S").
            and (token.lower_ not in {"-", "–", "—"} or (i > 0 and doc[i - 1].whitespace_))
            and not (token.text == "/" and (_is_slashed_legal_form(doc, i) or _is_joint_index(doc, i)))
            and not (token.text == "," and portfolios)
            and m.label not in ("WORK_OF_ART", "LAW", "EVENT")
            and not _is_initial_v(doc, m, i)
            and not _is_regnal_v(doc, m, i)
        )
        if cut:
            if i > start:
                pieces.append(Mention(start, i, m.label, m.weight, m.source))
            start = i + 1
            if token.text == "," and only_legal_forms_after(doc, start, m.end):
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
    return i == m.start or INITIAL.fullmatch(doc[i - 1].text) is not None


INITIAL = re.compile(r"[A-Z]\.")


def _is_regnal_v(doc: Doc, m: Mention, i: int) -> bool:
    """doc[i] is a monarch's number "V" after a royal title and a given name, no "versus": "King Harald V", "Pope Pius
    V"."""
    return doc[i].text == "V" and m.label == "PERSON" and i - 2 >= m.start and doc[i - 2].lower_ in REGNAL_TITLES \
        and doc[i - 2].is_title


# Labels of names the model runs over a clause's verb or preposition into the next name ("Norris trimmed Verstappen");
# not titles of works, laws or events, whose words may be anything ("Men in Black").
_CLAUSE_SPLIT_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"})
# Tags of finite verbs, which no name holds in lower case ("Norris trimmed Verstappen") and no possessive stands before
# ("McDonald's said", "Moody's will").
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Names' particles the tagger reads as English verbs: "Partido dos Trabalhadores", "Banco do Brasil".
_PARTICLES_AS_VERBS = frozenset({"do", "dos", "das", "da", "de", "sur", "am", "an"})
# Prepositions that join no name's words (unlike "of", "for", "and": "Bank of America"), only a name and where it is:
# "United at Anfield". Not "upon" ("Newcastle upon Tyne"), nor "to" ("Stand Up to Cancer").
# Nor "on" ("Commission on Presidential Debates", "Council on Foreign Relations").
_PLACING_PREPOSITIONS = frozenset({"at", "in", "against", "near", "from"})


def split_at_clause_words(doc: Doc, m: Mention) -> list[Mention]:
    """The span cut at a lower-case word between two capitalised ones that ends the name: a finite verb ("Norris
    trimmed Verstappen"), "the" after a noun ("the Commons the Budget") or, in an organisation's or person's span, a
    preposition whose both sides are names the text writes elsewhere or the gazetteer knows ("United at Anfield").
    The cutting word is in neither piece."""
    if m.end - m.start < 3:
        return [m]
    if m.label not in _CLAUSE_SPLIT_LABELS:
        return _split_at_speech_verb(doc, m) or _split_at_venue(doc, m)
    if m.label == "ORG" and (venue := _competition_at_its_town(doc, m)):
        return venue
    for i in range(m.start + 1, m.end - 1):
        token = doc[i]
        if not (token.is_lower and token.is_alpha and token.whitespace_ and doc[i - 1].whitespace_
                and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper()):
            continue
        # Not a name's particle the tagger reads as English ("Partido dos Trabalhadores", "Banco do Brasil").
        verb = token.tag_ in FINITE_VERB_TAGS and token.pos_ in ("VERB", "AUX") \
            and token.lower_ not in _PARTICLES_AS_VERBS
        placing = m.label in ("ORG", "PERSON") and token.lower_ in _PLACING_PREPOSITIONS \
            and doc[i - 1].lower_ not in ORGANISATION_HEADS \
            and _is_known_name(doc, m, m.start, i) and _is_known_name(doc, m, i + 1, m.end)
        # A route between two places the gazetteer knows: "a cable linking [Crete to Cyprus]" (one organisation).
        placing = placing or (m.label == "ORG" and token.lower_ == "to" and _in_gazetteer(doc[m.start:i].text)
                              and _in_gazetteer(doc[i + 1:m.end].text))
        # "the" after a name's noun starts another noun phrase ("told the Commons the Budget would"); not after a
        # preposition of the name's ("Rage Against the Machine"), in a person's ("Catherine the Great"), nor in one
        # phrase of the parse ("Winnie the Pooh", "St John the Divine").
        if token.lower_ == "the" and m.label != "PERSON" and doc[i - 1].pos_ in ("NOUN", "PROPN") \
                and _apart_in_the_parse(doc, m.start, i, m.end):
            # What follows is that phrase's, named only if longer than a word: "Budget" is no organisation, "the
            # European Parliament" is one.
            after = [Mention(i + 1, m.end, m.label, m.weight, m.source)] if m.end - i > 2 else []
            return [Mention(m.start, i, m.label, m.weight, m.source), *after]
        if m.label == "ORG" and token.lower_ == "for" and _after_a_bid(doc, m.start) \
                and _is_full_name_after(doc, i + 1, m.end):
            # A club's bid for a player, the model's one organisation: "an offer from Arsenal for Kingsley Coman".
            return [Mention(m.start, i, "ORG", m.weight, m.source), Mention(i + 1, m.end, "PERSON", m.weight, m.source)]
        if verb or placing:
            before = Mention(m.start, i, m.label, m.weight, m.source)
            return [before, *split_at_clause_words(doc, Mention(i + 1, m.end, m.label, m.weight, m.source))]
    return [m]


# Nouns of a club's bid for a player, before the club's name: "a €45m offer from Arsenal for Kingsley Coman".
_BID_NOUNS = frozenset({"offer", "bid", "approach", "swoop", "move", "enquiry", "inquiry", "proposal"})
# Words between the bid's noun and the club's name: "offer from", "bid by".
_BID_WORDS = 3


def _after_a_bid(doc: Doc, start: int) -> bool:
    """A bid's noun comes just before the name at doc[start]: "offer from [Arsenal for Kingsley Coman]"."""
    return any(t.lemma_.lower() in _BID_NOUNS for t in doc[max(0, start - _BID_WORDS):start])


def _is_full_name_after(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is a known given name and one or two capitalised words, no body's head: "Kingsley Coman" (not
    "Victoria Cross", "Grace Foundation")."""
    words = doc[start:end]
    return 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) \
        and gender_of(words[0].text) is not None and words[-1].lower_ not in ORGANISATION_HEADS


def _split_at_speech_verb(doc: Doc, m: Mention) -> list[Mention] | None:
    """A title's or event's span run over a quote's frame, cut at its verb of speech: "Hearn told Sky Sports" (a work
    of art to the model) is the speaker and the outlet; None where no such verb is inside ("Gone with the Wind")."""
    for i in range(m.start + 1, m.end - 1):
        token = doc[i]
        if token.is_lower and token.tag_ in FINITE_VERB_TAGS and token.lemma_ in SPAN_SPEECH_VERBS \
                and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper():
            # The listener is a person where a given name opens it ("told John Smith"), else an outlet ("told Reuters").
            heard = "PERSON" if i + 2 < m.end and gender_of(doc[i + 1].text) is not None else "ORG"
            return [Mention(m.start, i, "PERSON", m.weight, m.source), Mention(i + 1, m.end, heard, m.weight, m.source)]
    return None


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


def _competition_at_its_town(doc: Doc, m: Mention) -> list[Mention] | None:
    """A competition's name the model ran over "in" into its town, one or two capitalised words that end the span, as
    a body: "the World Matchplay in Blackpool", "the World Men's Curling Championship in Schaffhausen" are the event
    and the place (not a war's: "the Institute for the Study of War in Washington" stays whole). After "at" comes a
    venue, which `sport._with_events_at_venues` reads ("The Grand Final at Old Trafford" a ground, no town)."""
    for i in range(max(m.start + 1, m.end - 3), m.end - 1):
        if doc[i].lower_ == "in" and doc[i - 1].lower_ in _COMPETITION_LAST_WORDS \
                and all(t.is_title and t.is_alpha for t in doc[i + 1:m.end]):
            return [Mention(m.start, i, "EVENT", m.weight, m.source), Mention(i + 1, m.end, "GPE", m.weight, m.source)]
    return None


# Labels the model gives an event's name with its venue ("the Italian Grand Prix at Monza" was a law).
_VENUE_SPLIT_LABELS = frozenset({"EVENT", "LAW"})
_EVENT_LAST_WORDS = frozenset(suffix.split()[-1] for suffix in EVENT_SUFFIXES)
# Last words of a sporting competition's name, which no body's name ends with before "in" and its town (not "war",
# "summit", "festival", "expo": bodies study wars and hold summits).
_COMPETITION_LAST_WORDS = _EVENT_LAST_WORDS - {"war", "summit", "festival", "expo"} | {"matchplay"}


def cuts_a_name(token: Token) -> bool:
    """The token is inside one of the model's names and `split_at_clause_words` cuts that name at it: no word of a
    name ("trimmed" of "Norris trimmed Verstappen")."""
    if token.ent_iob_ != "I" or not token.is_lower:
        return False
    cuts = token.doc.user_data.get(_CUTS_KEY)
    if cuts is None:  # worked out once per document: key phrases ask for every word inside a name
        cuts = token.doc.user_data[_CUTS_KEY] = _cut_positions(token.doc)
    return token.i in cuts


_CUTS_KEY = "newswire_name_cuts"


def _cut_positions(doc: Doc) -> frozenset[int]:
    """Positions of the words `split_at_clause_words` cuts the model's names at."""
    cuts: set[int] = set()
    for ent in ents_of(doc):
        pieces = split_at_clause_words(doc, Mention(ent.start, ent.end, ent.label_))
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


def only_legal_forms_after(doc: Doc, start: int, end: int) -> bool:
    """doc[start:end] is one or more legal forms ("Inc.", "LLC"), and nothing else."""
    return start < end and all(t.lower_ in CORPORATE_SUFFIXES or t.is_punct for t in tokens_of(doc)[start:end]) \
        and doc[end - 1].lower_ in CORPORATE_SUFFIXES


def _is_slashed_legal_form(doc: Doc, i: int) -> bool:
    """The slash at `i` is inside "A/S", "I/S", "K/S" or "P/S", written without spaces."""
    return 0 < i < len(doc) - 1 and f"{doc[i - 1].text}/{doc[i + 1].text}" in ("A/S", "I/S", "K/S", "P/S") \
        and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _is_joint_index(doc: Doc, i: int) -> bool:
    """The slash at `i` joins S&P to an exchange in one index's name, written without spaces: "S&P/ASX 200",
    "S&P/TSX"."""
    return 0 < i < len(doc) - 1 and doc[i - 1].text == "S&P" and doc[i + 1].is_upper \
        and not doc[i - 1].whitespace_ and not doc[i].whitespace_


# Units a count in digits names ("the 444 Brigade", "3 Commando Brigade"); not "Army" nor "Fleet", which a count of
# people or ships goes before ("12 Army officers").
_NUMBERED_UNITS = MILITARY_UNITS - {"army", "fleet"}


def numbers_a_military_unit(doc: Doc, i: int, end: int) -> bool:
    """doc[i] is a number in digits before the capitalised words of a unit's name, ending in the unit's word: "the 444
    Brigade", "the 3 Commando Brigade" (Libya's and Britain's units, numbered so); not a count of what a noun after
    the name says ("3 Division titles")."""
    return doc[i].text.isdigit() and doc[end - 1].lower_ in _NUMBERED_UNITS \
        and all(t.is_title for t in doc[i + 1:end]) \
        and not (end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].is_lower)


def numbers_a_name(token: Token) -> bool:
    """The token is a number that is part of the name before it: a short integer after a word that numbered names
    end with ("Channel 4", "Intermediate School 285")."""
    if not (token.text.isdigit() and len(token.text) <= 3 and token.i > 0) or _opens_a_score(token):
        return False
    before = token.doc[token.i - 1]
    if before.text in _TIER_WORDS and int(token.text) > _LOWEST_NUMBERED_TIER and _counts_a_noun(token):
        return False  # a count: "The National League 24 clubs voted" (not "Division 7 is the lowest")
    if before.text in _ADJECTIVE_NAME_WORDS and before.is_sent_start and _counts_a_noun(token):
        return False  # the adjective that opens a sentence: "Local 2 people were hurt" (not "UAW Local 600 members")
    if before.text in _EVENT_NAME_WORDS and _counts_a_noun(token) and token.nbor().lower_ in _TALLY_NOUNS:
        return False  # a tally after a competition's name: "won the World Series 27 times" (not "Series 10 on sale")
    return before.text in NUMBERED_NAME_WORDS and bool(before.whitespace_)


def _opens_a_score(token: Token) -> bool:
    """The number opens a score glued to its hyphen: "4" of "won the World Series 4-1", no number of the name."""
    doc = token.doc
    return token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].text in ("-", "–") \
        and doc[token.i + 2].text.isdigit()


# Words of numbered names that end competitions' names too, a tally after which counts its noun: "the World Series 4
# games to 1", "the Diamond League Series 4 times" ("Apple Watch Series 10" a product's generation).
_EVENT_NAME_WORDS = frozenset({"Series"})
# Nouns of a tally of wins or games such a number counts.
_TALLY_NOUNS = frozenset({"times", "games", "titles", "wins", "victories", "matches", "races", "points"})

# Words of numbered names that are adjectives too, which a sentence can open before a count ("Local 2 people were
# injured", "Local 5 councils changed hands"), where the union's branch ("Local 100") is no name.
_ADJECTIVE_NAME_WORDS = frozenset({"Local"})
# Words that number a league's tiers ("League 1", "Division 2"), none past the fourth: a larger number after them counts
# what follows ("The National League 24 clubs voted").
_TIER_WORDS = frozenset({"League", "Division"})
_LOWEST_NUMBERED_TIER = 4


def _counts_a_noun(token: Token) -> bool:
    """The number is followed by a lower-case noun it counts: "24 clubs"."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return following is not None and following.is_lower and following.pos_ == "NOUN"


def split_firms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Two companies the model read as one name, each with its legal form, "and" between them: "Biogen Inc and Sage
    Therapeutics Inc." is Biogen Inc and Sage Therapeutics Inc. (not "Procter & Gamble Co": one legal form); or each
    known by name: "Southern Water and Severn Trent"; or two cities or countries, "Kharkiv and Odesa"; or two brands
    of a maker, "the maker of Air Wick and Cillit Bang"."""
    out: list[Mention] = []
    for m in mentions:
        joint, label = _firms_joint(doc, m) or _groups_joint(doc, m) or _known_organisations_joint(doc, m) \
            or _institutions_joint(doc, m), "ORG"
        if joint is None and (joint := _places_joint(doc, m)) is not None:
            label = "GPE"
        if joint is None and (joint := _peoples_joint(doc, m)) is not None:
            label = "PERSON"
        if joint is None and (joint := _brands_joint(doc, m)) is not None:
            label = "PRODUCT"
        if joint is None:
            out.append(m)
            continue
        out += [Mention(m.start, joint, label, m.weight, m.source),
                Mention(joint + 1, m.end, label, m.weight, m.source)]
    return out


# Words of an airline's name: "Delta Air Lines", "British Airways", "Air India".
_AIRLINE_WORDS = frozenset({"airlines", "airline", "airways", "air"})


def split_airlines_from_makers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
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
    return next((i for i in range(m.start + 1, m.end) if doc[i].lower_ in AIRCRAFT_MAKERS
                 and doc[i].text[:1].isupper() and any(t.lower_ in _AIRLINE_WORDS for t in doc[m.start:i])), None)


def airlines_without_flights(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """An airline's name the model ran on into a flight's: "Air India Flight 171" (and "Jeju Air Flight" without its
    number) is the airline, "Air India", and the flight, "Flight 171", a product as the model labels flights alone; no
    part of the airline's name, which would make it the canonical name of every mention of the airline."""
    out: list[Mention] = []
    numbers: set[int] = set()  # the flights' numbers, which the model may have read as counts of their own
    for m in mentions:
        flight = _flight_after_airline(doc, m)
        if flight is None:
            out.append(m)
            continue
        out += [Mention(m.start, flight, "ORG", m.weight, m.source),
                Mention(flight, flight + 2, "PRODUCT", m.weight, m.source)]
        numbers.add(flight + 1)
    return [m for m in out if not (m.start in numbers and m.label in NUMERIC_LABELS)]


def _flight_after_airline(doc: Doc, m: Mention) -> int | None:
    """Where "Flight" and its number follow an airline's name in the mention (the number inside it or right after)."""
    if m.label not in NAME_LABELS:
        return None
    return next((i for i in range(m.start + 1, m.end) if doc[i].text == "Flight" and i + 1 < len(doc)
                 and any(ch.isdigit() for ch in doc[i + 1].text)
                 and any(t.lower_ in _AIRLINE_WORDS for t in doc[m.start:i])), None)


def _firms_joint(doc: Doc, m: Mention) -> int | None:
    """The "and" or "&" between two legal forms in the mention, each after a name of its own."""
    if m.label not in ("ORG", "PERSON") or not _is_legal_form(doc[m.end - 1]):
        return None
    # Not "Fresenius SE & Co. KGaA", one firm's legal forms on both sides.
    joints = [i for i in range(m.start + 2, m.end - 2) if doc[i].lower_ in ("and", "&")
              and _is_legal_form(doc[i - 1]) and doc[i + 1].is_title and doc[i + 1].lower_ not in ("co", "co.")
              and not _is_legal_form(doc[i + 1])]
    return joints[0] if len(joints) == 1 else None


# Words that end a firm's name as a group of companies ("Alibaba Group", "Tencent Holdings"), which `_is_legal_form`
# leaves out: "Holdings" may be a word of a name.
_GROUP_WORDS = frozenset({"group", "holdings"})


def _groups_joint(doc: Doc, m: Mention) -> int | None:
    """The "and" between two firms in the model's organisation, each a capitalised name of two words or more that ends
    in a group's word or a legal form, one of them a group's: "Alibaba Group and Tencent Holdings" (not "Marks and
    Spencer Group", one word before the "and", nor "Bank of China and Ping An Holdings", with a small word)."""
    if m.label != "ORG" or m.end - m.start < 5 or doc[m.end - 1].lower_ not in _GROUP_WORDS | CORPORATE_SUFFIXES:
        return None
    joints = [i for i in range(m.start + 2, m.end - 2) if doc[i].lower_ == "and"]
    if len(joints) != 1:
        return None
    joint = joints[0]
    ends = (doc[joint - 1], doc[m.end - 1])
    if not all(end.lower_ in _GROUP_WORDS or _is_legal_form(end) for end in ends) \
            or not any(end.lower_ in _GROUP_WORDS for end in ends) or doc[joint + 1].lower_ in _GROUP_WORDS:
        return None
    words = [t for t in doc[m.start:m.end] if t.i != joint]
    if not all((t.is_title or t.is_upper) and t.lower_ not in NAME_SMALL_WORDS for t in words):
        return None
    return joint


def _brands_joint(doc: Doc, m: Mention) -> int | None:
    """The "and" between two brands a maker's noun and "of" name, in the model's one name of capitalised words: "the
    maker of Air Wick and Cillit Bang" (not one brand of two names and a possessive, "the maker of Ben and Jerry's", nor
    a title of two plurals, "the maker of Dungeons and Dragons")."""
    if m.label not in ("ORG", "PERSON", "PRODUCT", "GPE", "WORK_OF_ART") \
            or (m.end < len(doc) and doc[m.end].lower_ in POSSESSIVES):
        return None
    joints = [i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ in ("and", "&")]
    if len(joints) != 1 or not all(t.is_title or t.is_upper for t in doc[m.start:m.end] if t.i != joints[0]):
        return None
    if any(span.end - span.start == 1 and span[0].tag_ in ("NNS", "NNPS")
           for span in (doc[m.start:joints[0]], doc[joints[0] + 1:m.end])):
        return None  # one title of plural nouns: "the maker of Dungeons and Dragons"
    return joints[0] if _made_by_a_maker(doc[joints[0] - 1]) or _made_by_a_maker(doc[m.end - 1]) else None


def _known_organisations_joint(doc: Doc, m: Mention) -> int | None:
    """The "and" between two organisations in the model's organisation, one the gazetteer knows and the other
    capitalised words: "Southern Water and Severn Trent", "Coles and Woolworths", "Zurich Insurance and Legal &
    General" (not "Procter and Gamble", neither known alone, nor a known name that holds the "and")."""
    if m.label != "ORG" or _is_known_organisation(tuple(_token_key(t) for t in tokens_of(doc)[m.start:m.end])):
        return None
    for i in range(m.start + 1, m.end - 1):
        if doc[i].lower_ != "and":
            continue
        before, after = doc[m.start:i], doc[i + 1:m.end]
        known_before = _is_known_organisation(tuple(_token_key(t) for t in before))
        known_after = _is_known_organisation(tuple(_token_key(t) for t in after))
        if (known_before and known_after) or (known_before and _capitalised(after)) \
                or (known_after and _capitalised(before)):
            return i
    return None


def _capitalised(span: Span) -> bool:
    """Every word of the span is capitalised (an "&" between them too): "Coles", "Zurich Insurance"."""
    return all(t.text[:1].isupper() or t.text == "&" for t in span)


def _institutions_joint(doc: Doc, m: Mention) -> int | None:
    """The "and" between a body named "... of" a place and another body whose name ends in a body's word, in the
    model's one organisation: "the University of Sydney and Monash University" (not "the Department of Health and
    Human Services", no place before the "and", nor "the University of Illinois and Urbana-Champaign", no body's word
    after it)."""
    if m.label != "ORG":
        return None
    joints = [i for i in range(m.start + 3, m.end - 2) if doc[i].lower_ == "and"]
    if len(joints) != 1:
        return None
    joint = joints[0]
    of = next((i for i in range(m.start + 1, joint - 1) if doc[i].lower_ == "of"), None)
    after = doc[joint + 1:m.end]
    return joint if of is not None and _is_city_or_country(doc[of + 1:joint].text.casefold()) \
        and doc[m.end - 1].lower_ in ORGANISATION_HEADS and all(t.is_title for t in after) else None


def _places_joint(doc: Doc, m: Mention) -> int | None:
    """The "and" between two cities or countries the gazetteer knows in the model's one name: "Drones hit Kharkiv and
    Odesa" was an organisation (not "Trinidad and Tobago", one country, nor "Liverpool and Everton", no city after)."""
    if m.label not in ("ORG", "PERSON", "FAC") or _in_gazetteer(" ".join(span_text(doc, m.start, m.end).split())):
        return None
    return next((i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ == "and"
                 and _is_city_or_country(doc[m.start:i].text.casefold())
                 and _is_city_or_country(doc[i + 1:m.end].text.casefold())), None)


def _peoples_joint(doc: Doc, m: Mention) -> int | None:
    """The "and" between two persons' full names in the model's facility or organisation, each a given name and one
    or two capitalised words: "Deanna Stellato-Dudek and Maxime Deschamps won the pairs title" was a facility (not
    "Marks and Spencer", one word a side, nor "Charles Schwab and Morgan Stanley", firms named after people)."""
    if m.label not in ("FAC", "ORG"):
        return None
    joints = [i for i in range(m.start + 2, m.end - 2) if doc[i].lower_ == "and"]
    if len(joints) != 1:
        return None
    joint = joints[0]
    sides = ((m.start, joint), (joint + 1, m.end))
    return joint if all(_is_persons_full_name(doc, start, end) for start, end in sides) else None


def _is_persons_full_name(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words, a given name first, that end in no body's or building's word and name no firm
    named after people."""
    words = doc[start:end].text.split()  # a double-barrelled surname one word: "Stellato-Dudek"
    return 2 <= len(words) <= 3 and is_given_name(words[0]) \
        and all(part[:1].isupper() and part[1:].islower() for word in words for part in word.split("-")) \
        and words[-1].casefold() not in ORGANISATION_HEADS and words[-1].casefold() not in FACILITY_HEADS \
        and " ".join(words).casefold() not in FIRMS_NAMED_AFTER_PEOPLE \
        and not _is_known_organisation(tuple(_token_key(t) for t in doc[start:end]))


def _is_legal_form(token: Token) -> bool:
    """A company's legal form as written after its name, capitalised ("Inc", "plc" aside); not a word of names too
    ("Holdings", "Company")."""
    return token.lower_ in CORPORATE_SUFFIXES and token.lower_ not in ("holdings", "company") \
        and (token.text[:1].isupper() or token.lower_ == "plc")


# A firm's chief officers written short between its name and the officer's ("Nvidia CFO Colette Kress", "Meta CTO
# Andrew Bosworth"), as written: "Cto" or "cmo" name no post.
_CHIEF_OFFICERS = frozenset({"CEO", "CFO", "COO", "CTO", "CIO", "CMO"})


def split_firms_from_officers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A firm, its officer's post and the officer the model read as one name: "Nvidia CFO Colette Kress" is Nvidia
    and Colette Kress; "Meta CTO", a person to the model before "Andrew Bosworth", is Meta."""
    person_starts = {m.start for m in mentions if m.label == "PERSON"}
    out: list[Mention] = []
    for m in mentions:
        post = _officer_post_in(doc, m)
        if post is None:
            out.append(m)
        elif post == m.end - 1 and m.end in person_starts:
            out.append(Mention(m.start, post, "ORG", m.weight, m.source))
        elif post < m.end - 1 and _is_full_name_span(doc, post + 1, m.end):
            out += [Mention(m.start, post, "ORG", m.weight, m.source),
                    Mention(post + 1, m.end, "PERSON", m.weight, m.source)]
        else:
            out.append(m)
    return out


# Offices "of" a place whose holder's name the model runs on after the place: "The Mayor of Greater Manchester Andy
# Burnham" (one organisation to it).
_OFFICES_OF_PLACES = frozenset({"mayor", "governor", "premier", "president", "prefect", "sheriff"})
# Offices "of" a service or a remit, whose holder's name the model runs on after it: "Chief Inspector of Probation
# Martin Jones", "The Commissioner of the Metropolitan Police Mark Rowley" (one organisation to it).
_OFFICES_OF_REMITS = frozenset({"inspector", "commissioner"})


def split_places_from_office_holders(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A place after an office's "of" and the holder's full name run into one mention: "Greater Manchester Andy
    Burnham" of "The Mayor of Greater Manchester Andy Burnham" is the place "Greater Manchester" and the person "Andy
    Burnham" (a known given name and a surname after at least one word of the place)."""
    out: list[Mention] = []
    for m in mentions:
        holder = _holder_after_place(doc, m)
        if holder is None:
            out.append(m)
        else:
            # a body's head word makes the first part the body: "the Bank of England Andrew Bailey"; so does a
            # president's "of" before no place the model or the lists know ("The president of Microsoft Brad Smith")
            place = doc[m.start:holder]
            body = any(t.lower_ in ORGANISATION_HEADS for t in place) or (
                _office_before(doc, m) == "president"
                and m.label != "GPE" and not _is_city_or_country(place.text.casefold()))
            if body or _office_before(doc, m) not in _OFFICES_OF_REMITS or _is_city_or_country(place.text.casefold()):
                out.append(Mention(m.start, holder, "ORG" if body else "GPE", m.weight, m.source))
            # else a remit, no name: "Probation" of "Chief Inspector of Probation Martin Jones"
            out.append(Mention(holder, m.end, "PERSON", m.weight, m.source))
    return out


def _office_before(doc: Doc, m: Mention) -> str:
    """The office's word before the "of" (and "the") the mention follows, in lower case."""
    of = m.start - 2 if m.start >= 2 and doc[m.start - 1].lower_ == "the" else m.start - 1
    return doc[of - 1].lower_ if of >= 1 else ""


def _holder_after_place(doc: Doc, m: Mention) -> int | None:
    """Where the office holder's full name starts in a name-labelled mention right after "<office> of"."""
    of = m.start - 2 if m.start >= 2 and doc[m.start - 1].lower_ == "the" else m.start - 1  # "Governor of the Bank"
    if m.label not in ("ORG", "GPE", "PERSON", "FAC", "LOC") or of < 1 or doc[of].lower_ != "of" \
            or doc[of - 1].lower_ not in _OFFICES_OF_PLACES | _OFFICES_OF_REMITS:
        return None
    if _is_city_or_country(doc[m.start:m.end].text.casefold()):
        return None  # "the Mayor of New York City": one place, no "York" after "New"
    return next((i for i in (m.end - 2, m.end - 3) if i > m.start and _is_full_name_after(doc, i, m.end)
                 and doc[m.end - 1].lower_ not in _PLACE_HEADS), None)


# Last words of a place's name, no surname's: "York City", "Orange County".
_PLACE_HEADS = frozenset({"city", "county", "state", "province", "district", "island", "islands", "region", "valley"})


def _officer_post_in(doc: Doc, m: Mention) -> int | None:
    """Where a chief officer's post follows the first word of a name-labelled mention."""
    if m.label not in NAME_LABELS:
        return None
    return next((i for i in range(m.start + 1, m.end) if doc[i].text in _CHIEF_OFFICERS
                 and not (doc[i - 1].text in ("-", "–") and not doc[i - 1].whitespace_)), None)  # "AFL-CIO" whole


def _is_full_name_span(doc: Doc, start: int, end: int) -> bool:
    """Two or three capitalised words: a given name and a surname ("Colette Kress")."""
    return 2 <= end - start <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in doc[start:end])
