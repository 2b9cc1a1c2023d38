"""Key phrases of an article: the noun phrases it is about.

Candidates are spaCy noun chunks trimmed to their content words (no determiners, pronouns, numbers, sums,
dates or generic adjectives such as "additional" or "new"; no honorific, nor a person's role before their name, nor
what the entity step stripped from a person's full name).
Content words are ranked with PositionRank (PageRank over a co-occurrence graph of nouns, proper nouns and
adjectives within each sentence, biased towards words that occur early);
a phrase scores the sum of its words' ranks over the square root of its length (longer phrases are
more specific but should not win by length alone), raised by how often the phrase recurs (also inside
longer chunks) and by an early first mention (headline and lede state the topic). Phrases headed by a
role ("defence minister") or a generic noun ("time", "meeting") are damped: they refer to people and
occasions rather than naming what the story is about; so is a common noun mostly seen as a modifier
("defence" in "defence minister"). Longer forms of a listed name ("Vladimir Putin" after "Putin")
are dropped. Phrases are deduplicated by lemma; a phrase whose
words all belong to a better-ranked phrase ("Putin" after "Vladimir Putin") is dropped. Scores are
divided by the best one, so the first phrase scores 1.0.
"""
from __future__ import annotations

import calendar
import math
import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable
from dataclasses import dataclass, field

import numpy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.symbols import ADJ, ADP, ADV, AUX, CCONJ, DET, NOUN, NUM, PART, PRON, PROPN, SYM, VERB
from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import WORD_CACHE, lower_case_words_of, lowers_of, text_of, tokens_of, words_of
from services.nlp.entities import (
    cuts_a_name,
    headline_body_start,
    is_sure_ticker,
    is_temperature_unit,
    is_well_cased,
    numbers_a_name,
    opens_a_first_title,
    owns_its_s,
    ticker_brackets,
    unit_end,
)
from services.nlp.entities.headlines import title_case_lines
from services.nlp.entity_rules import (
    CORPORATE_SUFFIXES,
    FOUND_NAME_SMALL_WORDS,
    HONORIFICS,
    IDIOMS,
    MONTHS,
    NAME_LABELS,
    NAME_PARTICLES,
    NAME_SMALL_WORDS,
    OPENING_TIME_ADVERBS,
    ORGANISATION_HEADS,
    PEERAGES,
    TIME_ZONES,
    TITLE_ABBREVIATIONS,
    US_STATE_ABBREVIATIONS,
    US_STATES,
    VARIANT_WORDS,
)
from services.nlp.furniture import furniture_ranges, in_ranges, range_at
from services.nlp.given_names import is_given_name
from services.nlp.money import CURRENCY_LEMMAS, ISO_CODES, is_unit_abbreviation, is_unit_word, is_written_sum

GRAPH_POS = frozenset({NOUN, PROPN, ADJ})  # spaCy's POS ids: no string lookup per token
WINDOW = 3  # words this close in a sentence are linked in the graph
DAMPING = 0.85
ITERATIONS = 30
EARLY_SHARE = 0.15  # first mention within this share of the text counts as "early"
EARLY_BOOST = 1.5
MAX_WORDS = 5  # longer chunks are clauses in disguise, not key phrases
MAX_NAME_WORDS = 9  # but an organisation's name may be longer
NAME_ENTS = frozenset({"ORG", "FAC"})
_NOT_CONTENT_POS = frozenset({PRON, DET, NUM, PART, ADP, CCONJ, SYM, AUX})
_CONTENT_WORDS: dict[str, bool] = {}
# Entity labels that are not topics: dates, times and quantities.
SKIP_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Adjectives that qualify without naming a topic; trimmed from the front of a phrase.
GENERIC_ADJ = frozenset({
    "additional", "new", "other", "such", "many", "several", "more", "further", "own", "same", "last",
    "next", "first", "former", "recent", "current", "latest", "major", "big", "small", "good", "great",
    "real", "full", "whole", "certain", "various", "different", "key", "important", "possible", "likely",
    "early", "late", "long", "high", "low", "few", "little", "particular", "total", "previous", "huge",
})
# Words that count a run of wins or losses, a noun to the tagger after a number: "which has won four straight".
STREAK_WORDS = frozenset({"straight"})
# Heads that name a person's role; such phrases stand for people (who get their own names) not topics.
ROLE_HEADS = frozenset({
    "president", "minister", "secretary", "chief", "leader", "spokesman", "spokeswoman", "spokesperson",
    "official", "director", "chairman", "chairwoman", "chair", "ceo", "head", "envoy", "ambassador",
    "commander", "officer", "manager", "boss", "executive", "member", "governor", "mayor", "senator",
    "adviser", "advisor", "aide", "prime", "king", "queen", "prince", "general", "chancellor",
})
# Nouns too general to be a key phrase on their own.
GENERIC_NOUNS = frozenset({
    "time", "year", "day", "week", "month", "people", "person", "thing", "way", "lot", "part", "number",
    "meeting", "country", "world", "place", "case", "point", "fact", "man", "woman", "group", "side",
    "end", "kind", "sort", "area", "issue", "problem", "statement", "comment", "report", "news", "word",
    "question", "moment", "today", "life", "home", "family", "friend", "story", "video", "picture", "photo",
})
# Pieces of web addresses that survive tokenisation ("hollywoodreporter . com").
WEB_WORDS = frozenset({"http", "https", "www", "com", "org", "net", "html", "htm", "co.uk", "php"})
# Words that qualify a topic and are none: units of money written as words ("SFr", "cr" for crore) and short units of
# measure ("MW", "kg"), companies' legal forms, a scale
# or unit kept with a sentence's full stop ("£5m."), the platform X ending a sentence ("wrote on X."). (Time zones
# and currency codes are none either, asked as written in capitals: "GMT", "CHF", not the "West" of "West Bank".)
NOT_TOPIC_WORDS = frozenset({
    "rs", "rs.", "crore", "crores", "cr", "cr.", "lakh", "lakhs", "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc",
    "llc", "gmbh", "co.", "m.", "g.", "sfr", "x.", "mw", "gw", "kw", "mwh", "gwh", "twh", "kwh", "kg", "mg",
})
_GLUED_PERCENT = re.compile(r"\d[\d.,]*pc")
_GLUED_CRORES = re.compile(r"\d[\d.,]*[Cc]r")
# A number glued to its scale, a sum's or a count's with its unit left out: "15bn" of "¥15bn", "3.5mln".
_GLUED_SCALE = re.compile(r"\d[\d.,]*(?:k|m|mn|mln|bn|bln|b|tn|trn)")
# A temperature written as one word, a sentence's stop on it or not: "-23F.", "117F", "39.8C": a reading, no topic.
_GLUED_TEMPERATURE = re.compile(r"[-−]?\d[\d.,]*°?[FC]\.?")
# A trial's p-value, one token to the tokenizer: "p<0.001", "P=0.04".
_P_VALUE = re.compile(r"[pP][<=>≤]0?\.\d+")
# Short units of measure, in lower case right after their number: "making 11 kn", "12 nm off Gozo", "a 5 km run".
UNITS_AFTER_NUMBERS = frozenset({"kn", "kt", "kts", "nm", "nmi", "km", "mi", "ft", "cm", "mm", "mph", "kph", "kmh",
                                 "lb", "lbs", "oz", "ml"})
# A stock ticker with its exchange: "TSLA.O", "VOD.L", "7203.T".
_TICKER = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}")
ROLE_DAMPING = 0.5
GENERIC_DAMPING = 0.5
MODIFIER_DAMPING = 0.5


@dataclass
class Phrase:
    """A candidate phrase: lemma key, surface forms seen, mentions and first position."""

    key: tuple[str, ...]
    tags: tuple[str, ...] = ()  # coarse POS of each word at the first mention
    first: int = 0
    surfaces: Counter[str] = field(default_factory=Counter)
    count: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)  # character spans of its own mentions


def keyphrases(doc: Doc, limit: int = 10, mentions: list[dict] | None = None,
               money: list[dict] | None = None, nouns: Container[str] | None = None) -> list[dict]:
    """[{"text", "score"}] best first, score in [0, 1]. With the entity step's `mentions`, names of one entity make
    one phrase; no phrase takes a word of the money step's sums (`money`). `nouns`, the dictionary's common nouns in
    lower case, tells a plural opening a sentence from a name ending in -s ("Prosecutors", not "Delors")."""
    if limit <= 0 or not doc.has_annotation("DEP"):
        return []  # noun chunks need the dependency parse
    if money:
        _mark_sums(doc, money)
    phrases = _phrases(doc, _cuts(doc, mentions or [], nouns))
    if not phrases:
        return []
    ranks = _textrank(doc)
    text_length = len(text_of(doc))
    scored = sorted(
        ((_score(p, ranks, text_length), p) for p in phrases.values()),
        key=lambda item: (-item[0], item[1].first),
    )
    entities = _entities_named(phrases, mentions or [], text_of(doc))
    # Each entity's longest name among the phrases, or its best-ranked one; not a longer name without the last word of
    # the entity's canonical name over one with it: "Eleanor Whitcombe", not "Eleanor Mary Pryce", her birth name.
    last_words = {m["entity_id"]: m["canonical"].split()[-1].lower() for m in mentions or []
                  if m.get("entity_id") and m.get("canonical")}
    fullest: dict[str, Phrase] = {}
    for _, phrase in scored:
        entity = entities.get(phrase.key)
        if entity is not None and (entity not in fullest or _is_proper_name(phrase)
                                   and len(phrase.key) > len(fullest[entity].key)
                                   and not _loses_word(fullest[entity], phrase, last_words.get(entity))):
            fullest[entity] = phrase
    kept: list[tuple[float, Phrase]] = []
    seen: set[str] = set()  # "Oscars" the name and "Oscars" the plural noun have different keys
    kept_entities: set[str] = set()  # a phrase of an entity kept stands for its other names
    aliases: list[Phrase] = []  # and those names cover their words as a kept phrase does ("Pierre" of "Pierre Thomas")
    for score, phrase in scored:
        surface = _surface(phrase).lower()
        if score <= 0 or surface in seen or any(_is_covered(phrase, other) for other in
                                                [*(other for _, other in kept), *aliases]):
            continue
        entity = entities.get(phrase.key)
        if entity in kept_entities:
            aliases.append(phrase)
            continue  # "Port Authority of Singapore" after its "MPA", "Mr Minns" after "Chris Minns"
        if entity is not None:
            kept_entities.add(entity)
            # The entity's fullest name stands for it, at its best-ranked name's place: "Mark Teixeira", not "Teixeira";
            # only where it comes early, as a report names someone in full before it shortens the name (a headline may
            # shorten it first), not after the short name ran on alone ("Ford recalled ... Ford said ... Harrison Ford
            # was not involved", a man the entity step grouped with the carmaker).
            if sum(start < fullest[entity].first for start, _ in phrase.spans) <= 1:
                aliases.append(phrase)
                phrase = fullest[entity]
                surface = _surface(phrase).lower()
        title = next((i for i, (_, other) in enumerate(kept) if _numbers_the_title(phrase, other)), None)
        if title is not None:  # one game, "Grand Theft Auto" where the parser ended a mention of "... Auto 6" early
            if len(phrase.spans) >= len(kept[title][1].spans):
                kept[title] = (kept[title][0], phrase)
            continue
        kept.append((score, phrase))
        seen.add(surface)
        if len(kept) == limit:
            break
    if not kept:
        return []
    best = kept[0][0]
    return [{"text": _surface(p), "score": round(score / best, 4)} for score, p in kept]


@dataclass(frozen=True)
class Cuts:
    """What the rest of the pipeline tells about cutting phrases."""

    # Where each person's name of two or more words starts, by where it ends: the entity step strips what the model
    # took in before the name ("Shri", "Neighbour", "TD"), as a key phrase should.
    full_names: dict[int, int]
    # Tokens after the first of a name the entity step found that a phrase would be cut at, and the model's entities
    # often miss: "'s" and "Society" of "Alzheimer's Society" (a possessive inside), "See" of "Holy See" (a capitalised
    # stop word).
    name_tails: frozenset[int]
    # The token span of the entity step's name of two words or more that each token is in, by the token: a chunk the
    # parser cut inside such a name ("Party", "Freedom" of "Party for Freedom") is widened to it.
    names: dict[int, tuple[int, int]] = field(default_factory=dict)
    # Token ranges of the names the entity step found in the headline over a body: it cut the headline's run of
    # capitals, one name to the model and one noun chunk to the parser, to them ("Volkswagen" of "Volkswagen Warns On
    # Profit").
    headline_names: tuple[tuple[int, int], ...] = ()
    # The words the body capitalises inside its sentences: a headline's words around its names that are names too
    # ("Club" of "Bloomington Sam's Club", a name to the model "Bloomington Sam's").
    body_names_words: frozenset[str] = frozenset()
    # The tokens of fixed phrases, which no phrase takes in: "line" of "in line with", "Series C" of a funding round.
    idioms: frozenset[int] = frozenset()
    # Capitalised particles that open a person's name the entity step found, a number word or a stop word to the
    # tagger that a run would shed: "Ten" of "Ten Hag", "Van" of "Van der Dussen".
    name_heads: frozenset[int] = frozenset()
    # Possessives the entity step found two names on either side of, where the model had one: "'s" of "Alphabet's
    # Google", its parent company and the company.
    owners_ends: frozenset[int] = frozenset()
    # The words of the names the entity step found: a name's word keeps its capital where it opens a sentence, whatever
    # the tagger made of it ("Wales slumped", "Naspers shares rose": plural nouns to the tagger).
    name_words: frozenset[str] = frozenset()
    # The dictionary's common nouns in lower case, when known: a word of them opening a sentence before a name
    # describes it ("Developer Greystone Partners"), and a plural of them opening one is written in lower case.
    nouns: Container[str] | None = None
    # The first tokens of the places the entity step found: "Rotterdam" of "the Port of Rotterdam", no model name.
    places: frozenset[int] = frozenset()


def _cuts(doc: Doc, mentions: list[dict], nouns: Container[str] | None = None) -> Cuts:
    """The `Cuts` of the entity step's mentions in `doc`."""
    full_names = {m["end"]: m["start"] for m in mentions if m["label"] == "PERSON" and " " in m["text"].strip()}
    tails: set[int] = set()
    heads: set[int] = set()
    names: dict[int, tuple[int, int]] = {}
    for m in mentions:
        if m["label"] not in NAME_LABELS or not any(ch in m["text"] for ch in " -'’"):
            continue
        span = doc.char_span(m["start"], m["end"])
        if span is None:
            continue
        thing = m["label"] != "PERSON"
        if thing and _may_have_cut_word_inside(m["text"]) and _has_cut_word_inside(span):
            tails.update(range(span.start + 1, span.end))
        if _keeps_whole(span):
            names.update(dict.fromkeys(range(span.start, span.end), (span.start, span.end)))
            if (thing and (_has_small_word_inside(span) or _numbers_a_product(span, m["label"]))) \
                    or (not thing and _has_particle_inside(span)):
                tails.update(range(span.start + 1, span.end))
            if not thing and _opens_with_a_particle(span):
                heads.add(span.start)
    body = headline_body_start(doc) if mentions else 0
    idioms = _idiom_tokens(doc)
    owners = _owners_ends(doc, mentions)
    name_words = frozenset(word for m in mentions if m["label"] in NAME_LABELS for word in m["text"].split())
    places = frozenset(span.start for span in (doc.char_span(m["start"], m["end"]) for m in mentions
                                               if m["label"] in ("GPE", "LOC")) if span is not None)
    if not body:
        return Cuts(full_names, frozenset(tails), names, idioms=idioms, name_heads=frozenset(heads),
                    owners_ends=owners, name_words=name_words, nouns=nouns, places=places)
    body_names_words = frozenset(t.lower_ for t in doc[body:] if t.is_title and not t.is_sent_start)
    return Cuts(full_names, frozenset(tails), names, _headline_names(doc, mentions, body), body_names_words, idioms,
                frozenset(heads), owners, name_words, nouns, places)


def _owners_ends(doc: Doc, mentions: list[dict]) -> frozenset[int]:
    """The possessives inside a name of the model's that the entity step's names end and start at."""
    ends = {m["end"] for m in mentions if m["label"] in NAME_LABELS}
    starts = {m["start"] for m in mentions if m["label"] in NAME_LABELS}
    tokens = tokens_of(doc)  # the possessives are found by their words: no Token is built for the others
    possessives = (tokens[i] for i, lower in enumerate(lowers_of(doc)) if lower in ("'s", "’s"))
    return frozenset(t.i for t in possessives if t.ent_iob_ == "I" and t.idx in ends
                     and t.i + 1 < len(tokens) and tokens[t.i + 1].idx in starts)


def _opens_with_a_particle(name: Span) -> bool:
    """A name that opens with a capitalised particle and ends capitalised: "Ten Hag", "Van der Dussen"."""
    return name[0].is_title and name[0].lower_ in NAME_PARTICLES and name[-1].is_title




def _initials(patterns: Iterable[str]) -> str | None:
    """The letters the patterns open with, read off their text ("in\\s+line", "(?:draw|drew)\\s+..." give i, d); None
    where one opens otherwise (a class, a group of another kind), which only costs the look-ahead below."""
    letters: set[str] = set()
    for pattern in patterns:
        group = re.match(r"\(\?:([^()]*)\)", pattern)
        words = group[1].split("|") if group else [pattern]
        if not all(word[:1].isalpha() for word in words):
            return None
        letters.update(word[0].lower() for word in words)
    return "".join(sorted(letters))


# The letters `IDIOMS` open with ("in line with", "out of line with", "a raft of", ...): the look-ahead makes the engine
# try the idioms only at words starting with one, which halves the search of a whole text.
_IDIOM_INITIALS = _initials(IDIOMS)
_IDIOMS = re.compile(rf"\b{f'(?=[{_IDIOM_INITIALS}])' if _IDIOM_INITIALS else ''}(?:{'|'.join(IDIOMS)})\b",
                     re.IGNORECASE)
# A start-up's funding round by its letter, as written: "a Series C round" (not the "World Series A's").
_FUNDING_ROUND = re.compile(r"\bSeries\s+[A-H]\b(?!['’])")


def _idiom_tokens(doc: Doc) -> frozenset[int]:
    """The indices of the tokens of `doc` inside a fixed phrase of `IDIOMS` or a funding round's name."""
    tokens: set[int] = set()
    text = text_of(doc)
    for match in (*_IDIOMS.finditer(text), *_FUNDING_ROUND.finditer(text)):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or (match.re is _FUNDING_ROUND and span.start and doc[span.start - 1].is_title) \
                or (match.re is _IDIOMS and not _is_idiom(span)):
            continue
        tokens.update(range(span.start, span.end))
    return frozenset(tokens)


def _is_idiom(span: Span) -> bool:
    """A match of `IDIOMS` that is the fixed phrase: not where a word after its first is capitalised, a name's ("the
    Line of Control", "for the Time Warner unit"), nor where its last word modifies a noun after it ("the last time
    limit", "the next time zone")."""
    if any(not token.is_lower for token in span[1:] if token.is_alpha):
        return False
    last = span[-1]
    return not (last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i
                and last.head.pos_ in ("NOUN", "PROPN"))


def _keeps_whole(name: Span) -> bool:
    """A name of the entity step's that a key phrase keeps whole: two words to `MAX_NAME_WORDS`, ending in no word in
    lower case (not a name the model ran on into the sentence: "the Billboard Hot 100 for a third week") and no verb
    ("Obama Sees 'Personal Insult'"), outside a headline ("Latinos Share Their Most Honest Thoughts On Donald
    Trump")."""
    return len(name) > 1 and sum(t.is_alpha for t in name) <= MAX_NAME_WORDS and not name[-1].is_lower \
        and not any(t.pos in (VERB, AUX) and not _is_small_word_inside(t, name) for t in name) \
        and not _on_a_title_line(name)


def _is_small_word_inside(token: Token, name: Span) -> bool:
    """A name's small word in lower case between its capitalised words, which the tagger may read as a verb: "do" of
    "Rio Grande do Sul"."""
    return name.start < token.i < name.end - 1 and token.is_lower and token.lower_ in FOUND_NAME_SMALL_WORDS


def _has_particle_inside(name: Span) -> bool:
    """A person's name with a particle in lower case between its capitalised words: "ten" of "Erik ten Hag", "van" of
    "Virgil van Dijk"."""
    return any(t.is_lower and t.lower_ in NAME_PARTICLES for t in name[1:-1]) and name[-1].is_title


def _numbers_a_product(name: Span, label: str) -> bool:
    """A product's name with its model's number after its first word: "Ariane 5" of "an Ariane 5 rocket"."""
    return label == "PRODUCT" and any(t.like_num for t in name[1:])


def _has_small_word_inside(name: Span) -> bool:
    """A name's small word in lower case between its capitalised words, which a run is cut at: "and" of "Law and
    Justice", "for" of "Party for Freedom", "on" of "Mail on Sunday", "do" of "Rio Grande do Sul"."""
    return any(_is_small_word_inside(t, name) for t in name[1:-1]) and name[-1].is_title


def _headline_names(doc: Doc, mentions: list[dict], body: int) -> tuple[tuple[int, int], ...]:
    """Token ranges of the name mentions in the headline lines before the body's token `body`."""
    end_char = doc[body].idx
    # Not a people's name, which qualifies a phrase rather than runs on into one: "Democrat Voters".
    spans = (doc.char_span(m["start"], m["end"], alignment_mode="expand") for m in mentions
             if m["label"] in NAME_LABELS and m["label"] != "NORP" and m["start"] < end_char)
    return tuple((span.start, span.end) for span in spans if span is not None)


def _cut_to_headline_names(run: list[Token], cuts: Cuts, lower: Container[str]) -> list[list[Token]]:
    """The run, or where it holds a headline's name and other words, no names to the body, the names wholly inside it:
    the headline's words around them are no phrase ("Tesla Recalls" is "Tesla", "England Holds Rates" of "Bank Of
    England Holds Rates" none); not a one-word name the text also writes in lower case, which would make its word a
    name ("Church" of "Palin's Church Damaged In Suspicious Fire" over "the church")."""
    first, end = run[0].i, run[-1].i + 1
    overlapping = [(s, e) for s, e in cuts.headline_names if s < end and e > first]
    if not overlapping:
        return [run]  # most runs, after the headline: no need to read their words
    others = [t for t in run if t.is_alpha and not any(s <= t.i < e for s, e in overlapping)]
    if all(t.lower_ in cuts.body_names_words for t in others):
        return [run]
    parts = [[t for t in run if s <= t.i < e] for s, e in overlapping if first <= s and e <= end]
    return [part for part in parts if not (len(part) == 1 and part[0].lower_ in lower)]


def _may_have_cut_word_inside(name: str) -> bool:
    """What `_has_cut_word_inside` asks, read off the text (no span is built for most names)."""
    return "'" in name or "’" in name or name.rsplit(None, 1)[-1].lower() in STOP_WORDS


def _has_cut_word_inside(name: Span) -> bool:
    """After its first word, the name holds a word a run is cut at: a possessive the name goes on after, or a
    capitalised stop word that ends it ("See" of "Holy See", "That" of "Take That"; not a number: "Breaking News -
    Three People" is a web page's heading, no name)."""
    last = name[-1]
    return re.search(r"\w['’]s? \w", name.text) is not None \
        or (len(name) > 1 and last.is_stop and last.is_title and not last.like_num)


def _phrases(doc: Doc, cuts: Cuts) -> dict[tuple[str, ...], Phrase]:
    """Trimmed noun chunks grouped by their lemma key, cut where `cuts` say."""
    phrases: dict[tuple[str, ...], Phrase] = {}
    text = text_of(doc)
    furniture = furniture_ranges(doc)
    tickers = [match.span() for match in ticker_brackets(text) if is_sure_ticker(match)]
    # Words written capitalised inside sentences or in entities: names, whatever the tagger says at a sentence start;
    # and words written in lower case, which are words.
    named = {t.text for t in tokens_of(doc) if t.is_title and (t.ent_type or not t.is_sent_start)} | cuts.name_words \
        if is_well_cased(doc) else None
    lower = lower_case_words_of(doc)
    for whole in _chunks_with_whole_names(doc, cuts.names, cuts.places):
        chunk = _past_furniture(whole, furniture)
        if chunk is None:
            continue  # "By Jane Doe, Staff Writer", "Photo: Getty Images"
        for words in (part for run in _content_runs(chunk, cuts)
                      for part in _cut_to_headline_names(run, cuts, lower)):
            # A possessive's apostrophe is no word of its own: "private-sector nurses' strike" is of five; nor is a
            # code's number: "Delta Air Lines Flight DL 123" is a name of five.
            length = sum(t.text not in _NO_WORD_MARKS and not _numbers_a_code(t) for t in words)
            long = length > MAX_WORDS and not _is_whole_name(words) and not _is_entity_name(words, cuts)
            if long or not any(t.pos in (NOUN, PROPN) for t in words):
                continue
            if tickers and in_ranges(words[0].idx, tickers):
                continue  # "Apple Inc. (NASDAQ: AAPL)": the company's name is the phrase, not its ticker
            key = tuple(_lemma(t) for t in words)
            phrase = phrases.get(key)
            if phrase is None:
                phrase = phrases[key] = Phrase(key, tuple(t.pos_ for t in words), words[0].idx)
            phrase.surfaces[_written(text, words, named, lower, cuts.nouns)] += 1
            phrase.spans.append((words[0].idx, words[-1].idx + len(words[-1])))
    # A phrase is mentioned whenever its words appear in a row in any chunk: "ceasefire" also in
    # "a ceasefire deal". Index every run of every key once instead of comparing all pairs.
    counts: Counter[tuple[str, ...]] = Counter()
    firsts: dict[tuple[str, ...], int] = {}
    for other in phrases.values():
        for run in _runs(other.key):
            counts[run] += other.surfaces.total()
            firsts[run] = min(firsts.get(run, other.first), other.first)
    for key, phrase in phrases.items():
        phrase.count, phrase.first = counts[key], firsts[key]
    return phrases


def _past_furniture(chunk: Span, furniture: list[tuple[int, int]]) -> Span | None:
    """The chunk's words after the furniture it starts in (None if all are in it): the parser runs an interview's mark
    into the name after it ("Q. Minister Nirmala Sitharaman")."""
    found = range_at(chunk.start_char, furniture) if furniture else None
    if found is None:
        return chunk
    after = next((t.i for t in chunk if t.idx >= found[1]), None)
    return chunk.doc[after:chunk.end] if after is not None else None


# Most words a chunk is widened by at either end: a name's "of England", "for Budget Responsibility". The model's
# longer names are often two run together ("Bank of England Andrew Bailey"): those are not followed.
MAX_WIDENING = 3


def _chunks_with_whole_names(doc: Doc, names: dict[int, tuple[int, int]], places: frozenset[int] = frozenset()
                             ) -> list[Span]:
    """Noun chunks, each widened to the whole of a name it starts or ends inside, the model's or the entity step's
    (`names`): the parser makes two chunks of "the Bank of England" ("the Bank", "England"), as of "the Office for
    Budget Responsibility"."""
    chunks: list[Span] = []
    covered = 0  # end of the last chunk taken: a chunk inside a name already taken is part of it
    tokens = tokens_of(doc)
    noun_chunks = list(doc.noun_chunks)
    for n, chunk in enumerate(noun_chunks):
        if chunk.end <= covered:
            continue
        if chunk.start < covered:  # its rest after the name taken: "and Ana das Dores" of "Santos and Ana das Dores"
            chunk = doc[covered:chunk.end]
        start, end = chunk.start, chunk.end
        if n + 1 < len(noun_chunks) and noun_chunks[n + 1].start == end and end < len(doc) \
                and _splits_an_unknown_name(tokens[end - 1], tokens[end], names):
            end = noun_chunks[n + 1].end  # "Phu" and "Tho province" of "in Phu Tho province", two chunks to the parser
        while start > covered and (_inside_name(tokens[start]) or _in_a_nickname(tokens[start - 1])
                                   or tokens[start].text in _DOUBLE_QUOTES and _nickname_end(doc, start)):
            start -= 1  # and to the given name before a nickname the chunk starts in: 'Vincent "The Chin" Gigante'
        while end < len(doc):
            if _inside_name(tokens[end]):
                end += 1
            elif _numbers_a_title(tokens[end]) or _numbers_a_code(tokens[end]):
                end += 1  # the parser ended "Kung Fu Panda 4" at "Panda", "the Billboard Hot 100" at "Hot"
            elif _joins_peerage(tokens[end]) or _joins_a_place(tokens[end], places):
                end += 2  # "of" and the place: "the Prince of Wales", "the Port of Rotterdam"
            elif _numbers_the_name_before(tokens[end]):
                end += 1  # the parser ended "D-Ward 3" at "Ward"
            elif _opens_a_subtitle(tokens[end]):
                end = _subtitle_end(tokens[end])  # "Top Gun: Maverick", two chunks to the parser
            elif end + 1 < len(doc) and _is_glued_hyphen(tokens[end]) and _after_glued_hyphen(tokens[end + 1]):
                end += 2  # the parser ended "a housing co-op" at "co", "the Confederation of Co-operative Housing"
            else:
                break
        if (chunk.start - start > MAX_WIDENING or end - chunk.end > MAX_WIDENING) and not _one_name(doc[start:end]):
            # Two names run together, or a name the model ran on into the sentence ("the Billboard Hot 100 for a
            # third week"): the chunk alone is safer, with a number that ends its name ("the Billboard Hot" 100).
            start, end = chunk.start, chunk.end
            if end < len(doc) and _numbers_a_code(tokens[end]):
                end += 1
        start, end = _widened_to_names(start, end, covered, names)
        chunks.append(chunk if (start, end) == (chunk.start, chunk.end) else doc[start:end])
        covered = end
    return chunks


def _splits_an_unknown_name(last: Token, first: Token, names: dict[int, tuple[int, int]]) -> bool:
    """The parser ended one chunk and opened the next between two capitalised proper nouns that no name holds, one
    name to a reader ("Phu" and "Tho province"): not names the model or the entity step found, two names then ("told
    Reuters Trump would"), nor across a sentence's start."""
    name_end = _ends_in_a_particle(last, names)
    return all(t.pos == PROPN and t.is_title and t.is_alpha and not t.ent_type_ and t.i not in names
               and t.lower_ not in _CALENDAR_WORDS for t in ((first,) if name_end else (last, first))) \
        and bool(last.whitespace_) and not first.is_sent_start and not _on_a_title_line(last.doc[last.i:first.i + 1])


def _ends_in_a_particle(last: Token, names: dict[int, tuple[int, int]]) -> bool:
    """A chunk's last word is a surname's particle in lower case after a capitalised proper noun, neither in a name:
    "Ana das" of "Ana das Dores", which the parser cut before "Dores"."""
    doc, i = last.doc, last.i
    return last.is_lower and last.lower_ in _SURNAME_PARTICLES and not last.ent_type_ and i not in names and i > 0 \
        and doc[i - 1].pos == PROPN and doc[i - 1].is_title and not doc[i - 1].ent_type_ and i - 1 not in names


# Particles that open a surname, not one that joins two names ("Pedro y Juan") nor a saint's ("St").
_SURNAME_PARTICLES = NAME_PARTICLES - {"y", "st", "st."}


# Days' and months' names, which a dateline writes side by side: "Sun Sep 15 2013", no name of two words.
_CALENDAR_WORDS = MONTHS | {day.casefold() for day in (*calendar.day_name, *calendar.day_abbr)}


def _widened_to_names(start: int, end: int, covered: int, names: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """The token span widened to the whole of the entity step's names it starts or ends inside, not back before
    `covered`."""
    if start in names and names[start][0] >= covered:
        start = min(start, names[start][0])
    if end - 1 in names:
        end = max(end, names[end - 1][1])
    return start, end


def _is_entity_name(words: list[Token], cuts: Cuts) -> bool:
    """The words are one name of the entity step's, whole, in a name's form: with a small word or glued hyphens inside
    ("India-Middle East-Europe Economic Corridor"; not the run-on "Palmer Police Sergeant Shayne La Croix")."""
    return cuts.names.get(words[0].i) == (words[0].i, words[-1].i + 1) \
        and (words[1].i in cuts.name_tails or any(_is_glued_hyphen(t) for t in words))


def _one_name(span: Span) -> bool:
    """The span is one organisation's or place's name of the model's, whole (an article before it aside), of at most
    `MAX_NAME_WORDS` words, long for its small words ("for the", "of"), in a sentence (a headline in title case reads
    as one name to the model: "Obama Power Plant Rules Face Key Test")."""
    ents = span.ents
    if not (len(ents) == 1 and ents[0].label_ in NAME_ENTS and ents[0].end == span.end
            and ents[0].start - span.start <= 1 and len(ents[0]) <= MAX_NAME_WORDS + 1):
        return False
    # Not two names the model ran together: "the Bank of England Andrew Bailey" ends in a person's.
    person = is_given_name(ents[0][-2].text) and ents[0][-2].is_title and ents[0][-1].is_title
    # Nor two bodies joined by "and" ("the Department of Homeland Security and Immigration and Customs Enforcement").
    joined = sum(t.lower_ == "and" for t in ents[0]) > 1
    return any(t.is_lower and t.lower_ in NAME_SMALL_WORDS for t in ents[0][1:]) and not person and not joined \
        and not _on_a_title_line(span)


def _on_a_title_line(span: Span) -> bool:
    """The span is on a line of title case: a headline, whose capitals join words of no name."""
    text = text_of(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    return _is_title_line(text[line_start:line_end if line_end >= 0 else len(text)])


def _is_title_line(line: str) -> bool:
    """Every word of the line capitalised, small words aside: a headline."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() or w.lower() in NAME_SMALL_WORDS | {"a", "an", "in", "on", "to", "at"}
                               for w in words)


def _is_whole_name(words: list[Token]) -> bool:
    """The words are one name of the model's, whole: "Royal Society for the Protection of Birds" is a key phrase of
    seven words, not "Royal Society" and "Protection of Birds"."""
    doc, start = words[0].doc, words[0].i
    if start > 0 and doc[start - 1].lower_ == "the" and doc[start - 1].ent_iob_ == "B":
        start -= 1  # the model's name took in its article
    return _one_name(doc[start:words[-1].i + 1])


def _loses_word(phrase: Phrase, other: Phrase, word: str | None) -> bool:
    """The phrase as written holds the word and the other does not (None: no word to lose)."""
    return word is not None and word in _surface(phrase).lower().split() \
        and word not in _surface(other).lower().split()


def _is_proper_name(phrase: Phrase) -> bool:
    """Every word of the phrase is a proper noun (or a hyphen, "&", a name's small word inside: "Party for Freedom"):
    "Mark Teixeira", not "catherine nevin ran" nor "RAF fireman Glen", where the entity step's name ran on."""
    return all(tag == "PROPN" or word in ("-", "&") or word in NAME_SMALL_WORDS and 0 < i < len(phrase.key) - 1
               for i, (word, tag) in enumerate(zip(phrase.key, phrase.tags, strict=False)))


def _entities_named(phrases: dict[tuple[str, ...], Phrase], mentions: list[dict], text: str
                    ) -> dict[tuple[str, ...], str]:
    """The id of the entity each phrase names, by the key of the phrase. A phrase names an entity when at least half
    of its mentions are names the entity step found, an honorific before one aside ("Mr Minns"), and all of those are
    that entity's (not the common noun "nurses" of one "Nurses" the entity step took for a union's name)."""
    by_span = {(m["start"], m["end"]): m["entity_id"] for m in mentions if m["label"] in NAME_LABELS}
    if not by_span:
        return {}
    named: dict[tuple[str, ...], str] = {}
    for key, phrase in phrases.items():
        spans = [_past_honorific(text, span) for span in phrase.spans]
        found = [by_span[span] for span in spans if span in by_span]
        if found and 2 * len(found) >= len(spans) and len(set(found)) == 1:
            named[key] = found[0]
    return named


def _past_honorific(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of a phrase's mention without the honorific opening it ("Mr" of "Mr Minns")."""
    first = text[span[0]:span[1]].split(" ", 1)[0]
    return (span[0] + len(first) + 1, span[1]) if first in HONORIFICS and first != text[span[0]:span[1]] else span


def _runs(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    """All runs of consecutive words of a key, the key itself included."""
    return {key[i:j] for i in range(len(key)) for j in range(i + 1, len(key) + 1)}


def _content_runs(chunk: Span, cuts: Cuts) -> list[list[Token]]:
    """The chunk split at glue words ("Germany's defence minister" -> Germany | defence minister), not inside a name
    with a possessive the entity step found ("Alzheimer's Society"), each run trimmed of leading generic adjectives
    and adverbs, and of what goes before a person's full name that ends it."""
    runs: list[list[Token]] = [[]]
    for token in tokens_of(chunk.doc)[chunk.start:chunk.end]:
        if token.i in cuts.idioms or token.i in cuts.owners_ends:
            if runs[-1]:
                runs.append([])  # "the line" of "in line with", "face" of "face-to-face talks": no topic
        elif _is_content(token, leading=False) or _hyphenated_to_next(token) or _opens_a_stop_word_name(token) \
                or token.i in cuts.name_heads or (
                runs[-1] and (_is_glued_hyphen(token) or _after_glued_hyphen(token))) or (
                _inside_name(token) and (runs[-1] or _opens_a_name(token))) or _joins_peerage(token) \
                or (runs[-1] and _joins_a_place(token, cuts.places)) or (
                runs[-1] and (numbers_a_name(token) or _numbers_a_title(token))) or (  # "a Category 3 storm", "phase 3
                # trials", "the iPhone 16 Pro", "Kung Fu Panda 4"
                runs[-1] and (_classifying_possessive(token) or _opens_a_subtitle(token)
                              or token.i in cuts.name_tails or _joins_an_unknown_name(token)
                              or _classifying_name_possessive(token) or _joins_a_saints_place(token)
                              or _in_a_nickname(token) or _is_glued_slash(token) or _numbers_a_code(token)
                              or _numbers_the_name_before(token) or _letters_the_name_before(token)
                              or _ends_a_name_in_a_number_word(token))):
            runs[-1].append(token)
            if _has_sentence_stop(token):
                runs.append([])  # "economists at PwC. Growth will slow": the sentence ended inside the chunk
        elif runs[-1]:
            runs.append([])
    out: list[list[Token]] = []
    for run in (piece for whole in runs for part in _split_at_lone_marks(whole)
                for cut in _split_after_indirect_object(part) for piece in _split_before_a_clause_subject(cut)):
        # Nor a joining word the run took from inside a name it does not hold whole: "Nigerian Midstream and".
        while run and (run[-1].text in ("-", "–", "&", "/")
                       or (run[-1].pos_ in ("CCONJ", "ADP", "DET") and run[-1].is_lower
                           and not _after_glued_hyphen(run[-1]))):  # "a sit-in"
            run.pop()
        while run and run[0].i not in cuts.name_heads and (
                not _is_content(run[0], leading=True) and not (_opens_compound(run) and not _is_age(run))
                or _after_counted_hyphen(run[0]) or _describes_name_after(run) or _ranks_a_kind(run)):
            run.pop(0)
        if len(run) > 1 and run[0].text in HONORIFICS and run[1].ent_type_ == "PERSON":
            run.pop(0)  # "Ms Stanton" is the "Nicola Stanton" named elsewhere: one phrase, not two ("Dr Pepper" stays)
        run = run[_person_start(run, cuts.full_names):]
        run = run[_joined_name_start(run, cuts):]  # "outgoing Law and Justice": the party's name
        run = run[_describer_end(run, cuts):]  # "Developer" of "Developer Greystone Partners LLC has offered"
        if run and not _is_variant_word_alone(run) and not _is_party_tag(run) and not _is_legal_form_alone(run, chunk) \
                and not _is_cut_inside_a_word(run) and not _is_numbered_noun(run[-1], cuts.nouns) \
                and not _is_streak_alone(run):
            run = _body_before_title(run) if _titles_a_person(run) else run
            if run:
                out.append(run)
    return out


def _numbered_by_next(token: Token) -> Token | None:
    """The number right after the token that the parser hangs on it: "one" of "number one", "26" of "Type 26"."""
    doc, i = token.doc, token.i
    if i + 1 >= len(doc) or not token.whitespace_:
        return None
    number = doc[i + 1]
    if not number.like_num or number.dep_ != "nummod" or number.head.i != i \
            or number.ent_type_ in SKIP_ENTS and number.ent_type_ != "CARDINAL":
        return None
    return number


def _numbers_the_name_before(token: Token) -> bool:
    """A short number after a capitalised word no person's, body's or place's name, numbering it: one name, "Type 26"
    of "Type 26 frigates", "Ward 3" of "D-Ward 3", "District 751" (not a player's rating, "Lescott 4", nor a score)."""
    doc, i = token.doc, token.i
    if not (token.text.isdigit() and len(token.text) <= 3 and i > 0):
        return False
    word = doc[i - 1]
    return word.is_title and word.is_alpha and word.pos in (NOUN, PROPN) and word.ent_type_ not in _NUMBERLESS_NAMES \
        and _numbered_by_next(word) is not None \
        and not _is_a_team(word) and not _in_a_score(token) \
        and not _ages_a_lone_name(token)  # the token itself, the parser hangs on the word


def _ages_a_lone_name(number: Token) -> bool:
    """The number after a lone capitalised word is a person's age or rating, the verb of its clause after it: "Smith
    34 was there" (not "Internet Explorer 8 was", a name of two words, nor "Type 26 frigates")."""
    doc, i = number.doc, number.i
    lone = i < 2 or not (doc[i - 2].is_title or doc[i - 2].is_upper)
    return lone and i + 1 < len(doc) and doc[i + 1].pos in (AUX, VERB)


def _is_a_team(word: Token) -> bool:
    """A plural proper noun, a team's name a number after scores or places on a field: "the Colts 17" (their 17-yard
    line), "Chiefs 7"; not "Windows 10" (no article) nor "the Windows 10 update" (a noun after the number)."""
    doc, i = word.doc, word.i
    if word.tag_ == "NNPS":
        return True
    plural = word.pos == PROPN and word.text.endswith("s") and not word.text.endswith(("ss", "us", "is"))
    after = doc[i + 2] if i + 2 < len(doc) else None
    return plural and i > 0 and doc[i - 1].lower_ == "the" \
        and (after is None or not (after.is_lower and after.pos in (NOUN, PROPN)))


def _in_a_score(number: Token) -> bool:
    """The number is a side's score: a dash and the other's follow ("tied the game 13 - 13", "Drake 65-53"), or it
    stands in a score line of names and numbers ("Creighton 65, Drake 53": either side)."""
    doc, i = number.doc, number.i
    if i + 2 < len(doc) and doc[i + 1].text in _SCORE_DASHES and doc[i + 2].text.isdigit():
        return True
    after = i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
        while after < len(doc) and doc[after].is_title and doc[after].is_alpha:
            after += 1
        if after > i + 2 and after < len(doc) and doc[after].text.isdigit():
            return True  # "Creighton 65, Drake"
    elif after < (name_end := _names_after(doc, after)) < len(doc) and doc[name_end].text.isdigit():
        return True  # "Arsenal 2 Chelsea 1", "Leinster 24 Munster 17": the other side's name and score follow
    before = i - 1
    while before > 0 and doc[before].is_title and doc[before].is_alpha:
        before -= 1
    if before < i - 1 and before > 0 and doc[before].text.isdigit() and doc[before - 1].is_title:
        return True  # "Chelsea 1" of "Arsenal 2 Chelsea 1": a side's name and score before
    return before < i - 1 and before > 0 and doc[before].text == "," and doc[before - 1].text.isdigit()


def _names_after(doc: Doc, start: int) -> int:
    """The end of the capitalised words from `start`: a side's name in a score line."""
    end = start
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1
    return end


_SCORE_DASHES = frozenset({"-", "–", "—"})


# Names a number after is no part of: a person's rating ("Lescott 4"), a team's score ("Arsenal 2"), a firm's count.
_NUMBERLESS_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})


def _is_numbered_noun(token: Token, nouns: Container[str] | None = None) -> bool:
    """A common noun in lower case (a dictionary's, with its `nouns`) numbered by the number after it, which no run
    keeps: "number" of "world number one", a rank with its number left out; not a name written in lower case ("iphone
    6")."""
    common = token.is_lower and token.pos == NOUN and (nouns is None or token.lemma_.lower() in nouns)
    number = _numbered_by_next(token) if common else None
    return number is not None and not _in_a_score(number)  # "the game 13 - 13" is the game's


def _ends_a_name_in_a_number_word(token: Token) -> bool:
    """A capitalised number word the tagger calls a proper noun, after a capitalised proper noun and in no entity of a
    number: "Ten" of "the Big Ten", "One" of "Formula One", no count ("Big" alone is no name)."""
    if not (token.pos == PROPN and token.is_title and token.is_alpha and token.like_num and token.i > 0) \
            or token.ent_type_ in SKIP_ENTS:
        return False
    before = token.doc[token.i - 1]
    return before.pos == PROPN and before.is_title and bool(before.whitespace_)


def _letters_the_name_before(token: Token) -> bool:
    """A capital letter alone after a capitalised word, its letter: "Z" of "Gen Z", "B" of "Plan B" (not the pronoun
    "I" nor the article "A")."""
    doc, i = token.doc, token.i
    return len(token.text) == 1 and token.text.isupper() and token.text not in ("A", "I") and i > 0 \
        and doc[i - 1].is_title and doc[i - 1].is_alpha and bool(doc[i - 1].whitespace_)


def _titles_a_person(run: list[Token]) -> bool:
    """The run is the title of the person named right after it, no topic: "President" of "Ghana's new President John
    Mahama" (a role), "State" of "Secretary of State Antony Blinken" (what a role's "of" names; not a place)."""
    last = run[-1]
    doc, i = last.doc, last.i
    if i + 1 >= len(doc) or doc[i + 1].ent_type_ != "PERSON" or doc[i + 1].ent_iob_ != "B" or not last.is_title:
        return False
    if last.lower_ in ROLE_HEADS:
        return True
    return len(run) == 1 and i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in ROLE_HEADS \
        and doc[i - 2].is_title and last.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON")


def _body_before_title(run: list[Token]) -> list[Token]:
    """What of a run titling a person is a body's name before the title words: "Greenpeace" of "Greenpeace Director
    Will McCallum"; nothing of "new President" nor of "State" ("Secretary of State")."""
    end = len(run)
    while end > 0 and run[end - 1].is_title and run[end - 1].lower_ in ROLE_HEADS:
        end -= 1
    body = run[:end]
    return body if 0 < end < len(run) and all(t.is_title or t.is_upper for t in body) and body[-1].pos == PROPN else []


def _describer_end(run: list[Token], cuts: Cuts) -> int:
    """Where the run goes on after a common noun that opens its sentence in capitals and describes the name after it:
    "Developer" of "Developer Greystone Partners LLC" (a dictionary noun no name the text has holds, before two or more
    capitalised words); 0 when it opens no such run."""
    if cuts.nouns is None or len(run) < 3:
        return 0
    first = run[0]
    if not first.is_sent_start or not first.is_title or first.ent_type_ or first.lower_ not in cuts.nouns \
            or first.text in cuts.name_words:
        return 0
    on_a_headline = first.i in title_case_lines(first.doc) or _on_a_title_line(first.doc[first.i:run[-1].i + 1])
    if on_a_headline and not _ends_in_a_company_form(run):
        return 0  # a headline capitalises its common nouns: "Anti Piracy Ops", "Stealth Over Health"
    return 1 if all(t.is_title and t.pos == PROPN for t in run[1:]) else 0


def _ends_in_a_company_form(run: list[Token]) -> bool:
    """The run ends a firm's name, with a legal form or a word of a firm's (in it or right after it): "Greystone
    Partners LLC", "Acme Holdings"."""
    last = run[-1]
    after = tokens_of(last.doc)[last.i + 1] if last.i + 1 < len(last.doc) else None
    return last.lower_ in CORPORATE_SUFFIXES or last.lower_ in ORGANISATION_HEADS \
        or (after is not None and after.lower_ in CORPORATE_SUFFIXES)


def _is_legal_form_alone(run: list[Token], chunk: Span) -> bool:
    """The run is a company's legal form cut from its name: "Co" of "Eli Lilly and Co" (after a name and the parser's
    "and"), "Holdings" of "Seven & i Holdings" (after a name's word of its chunk no run kept); not "the company", nor
    "the AFC" (a conference, whose letters are a legal form's too)."""
    first = run[0]
    if len(run) > 1 or first.is_lower or first.lower_ not in CORPORATE_SUFFIXES or first.i == 0:
        return False
    tokens = tokens_of(first.doc)
    before = tokens[first.i - 1]
    if before.lower_ in ("and", "&"):
        return first.i > 1 and _is_name_word(tokens[first.i - 2])
    return first.i > chunk.start and _is_name_word(before)


def _is_name_word(token: Token) -> bool:
    """A word of a name to the tagger: "Lilly", the "i" of "Seven & i" (not "The" opening a sentence)."""
    return token.is_alpha and token.pos == PROPN


def _is_cut_inside_a_word(run: list[Token]) -> bool:
    """The run opens inside a code written with a hyphen after a number, which no run keeps: "300ER" of "Boeing
    777-300ER", a model's code, no topic of its own (not "Europe" of "the Asia-to-Europe route")."""
    first, tokens = run[0], tokens_of(run[0].doc)
    return first.i > 1 and _is_glued_hyphen(tokens[first.i - 1]) and tokens[first.i - 2].like_num \
        and not _after_counted_hyphen(first)


# Verbs that take who gets something before what they get, which the parser may glue into one noun phrase when a name
# comes first: "gives Carrow control of", "hands Biden victory"; as written (not "brings Apple Intelligence features",
# "cost Tesla shareholders billions", whose names run on).
_GIVING_VERBS = frozenset({"give", "gives", "gave", "given", "giving", "hand", "hands", "handed", "grant", "grants",
                           "granted", "deny", "denies", "denied", "award", "awards", "awarded", "offer", "offers",
                           "offered", "earn", "earns", "earned"})


def _split_after_indirect_object(run: list[Token]) -> list[list[Token]]:
    """The run cut after the name that a verb of giving right before it takes as its indirect object, where the
    parser glued the name to the thing given: "Carrow" | "control" of "The deal gives Carrow control of Bexley's
    drug" (not "gives Carrow Pharmaceuticals", a name, nor "offered Apple shares" with no name at its head)."""
    first = run[0] if run else None
    if first is None or first.i == 0 or first.pos != PROPN or first.dep_ != "compound":
        return [run]
    verb = first.doc[first.i - 1]
    if verb.pos != VERB or verb.lower_ not in _GIVING_VERBS:
        return [run]
    end = next((k for k, token in enumerate(run) if token.pos != PROPN), len(run))
    thing = run[end:]  # one word in lower case: "control" (not "engineers bonuses" of "award Boeing engineers bonuses")
    if len(thing) != 1 or not all(token.is_lower and token.pos in (NOUN, ADJ) for token in thing) \
            or thing[-1].dep_ != "dobj" or thing[-1].head.i != verb.i:
        return [run]
    return [run[:end], thing]


def _split_before_a_clause_subject(run: list[Token]) -> list[list[Token]]:
    """The run cut before the one-word name that ends it, where the name is the subject of a clause the parser hung on
    it as a modifier, a verb in the past right after: "contract" | "Ohtani" of "the 10-year contract Ohtani signed
    with the Dodgers" (not "coach Jim Harbaugh", a name of two words, nor "contract Ohtani" with no verb after)."""
    if len(run) < 2:
        return [run]
    name, before = run[-1], run[-2]
    doc = name.doc
    if not (name.ent_type_ == "PERSON" and name.ent_iob_ == "B" and before.is_lower and before.pos == NOUN) \
            or name.i + 1 >= len(doc):
        return [run]
    verb = doc[name.i + 1]
    if verb.ent_iob_ == "I" or verb.tag_ not in ("VBD", "VBN") or verb.dep_ not in ("acl", "relcl") \
            or verb.head.i != name.i:
        return [run]
    return [run[:-1], run[-1:]]


_PARTY_LETTERS = frozenset({"D", "R", "I"})
# States as party tags write them: AP's abbreviations and the names.
_STATES = frozenset(US_STATE_ABBREVIATIONS) | US_STATES | {"N.Y.", "D.C."}


def _ranks_a_kind(run: list[Token]) -> bool:
    """The run opens with a superlative before a kind named with a possessive: "largest" of "the largest
    private-sector nurses' strike" ranks the strike, no part of its name ("best friend" stays whole)."""
    return run[0].tag_ == "JJS" and run[0].is_lower and any(_classifying_possessive(t) for t in run[1:])


def _classifying_possessive(token: Token) -> bool:
    """The apostrophe of a plural common noun's possessive before another: "nurses' strike", "coal miners' union" are
    one topic, a kind of strike, where "Germany's defence minister" is two. Not after a determiner, where the
    possessive owns ("the pirates' attempt", "their parents' home"), nor spaced from its noun ("pirates ' bases")."""
    doc, i = token.doc, token.i
    if _classifies_by_sex(token):
        return True
    if not (token.text in ("'", "’") and 1 < i < len(doc) - 1):
        return False
    owner = doc[i - 1]
    return owner.tag_ == "NNS" and owner.is_lower and not owner.whitespace_ and doc[i - 2].pos not in (DET, PRON) \
        and doc[i + 1].pos == NOUN and doc[i + 1].is_lower


# Plurals whose possessive names the sex an event or a team is for: "men's basketball", "the women's 100m final".
_SEXES = frozenset({"men", "women"})


def _classifies_by_sex(token: Token) -> bool:
    """The "'s" of "men's" or "women's" before a common noun: "NCAA men's basketball championship" is one topic, of
    a kind (not after a pronoun, an article or a number, where it owns: "their women's wages", "the men's lawyers",
    "the two women's bodies")."""
    doc, i = token.doc, token.i
    if not (token.lower_ in ("'s", "’s") and 1 <= i < len(doc) - 1):
        return False
    owner = doc[i - 1]
    return owner.lower_ in _SEXES and owner.is_lower and not owner.whitespace_ \
        and (i < 2 or doc[i - 2].pos not in (PRON, DET, NUM)) and doc[i + 1].pos == NOUN and doc[i + 1].is_lower


def _is_party_tag(run: list[Token]) -> bool:
    """A lawmaker's party and state after their name, no topic: "R-Texas", "D-N.Y." (its state alone, "N.Y."); not
    "D-Day", "R-rated"."""
    first, doc = run[0], run[0].doc
    if first.text in _PARTY_LETTERS and len(run) > 2 and run[1].text == "-" and not first.whitespace_:
        return _is_state("".join(t.text_with_ws for t in run[2:]).strip())
    return first.i > 1 and doc[first.i - 1].text == "-" and doc[first.i - 2].text in _PARTY_LETTERS \
        and not doc[first.i - 2].whitespace_ and not doc[first.i - 1].whitespace_ \
        and _is_state("".join(t.text_with_ws for t in run).strip())


def _is_state(words: str) -> bool:
    """A US state as a party tag writes it: "Texas", "Ga.", "N.Y.", "TX"."""
    return words in _STATES or bool(re.fullmatch(r"[A-Z]{2}", words))


def _is_streak_alone(run: list[Token]) -> bool:
    """The run is a word of a streak alone: "straight" of "has won four straight", no topic."""
    return len(run) == 1 and run[0].lower_ in STREAK_WORDS


def _is_variant_word_alone(run: list[Token]) -> bool:
    """The run is one variant word right after a number: "Pro" of "iPhone 16 Pro"."""
    first = run[0]
    return len(run) == 1 and first.lower_ in VARIANT_WORDS and first.i > 0 and first.doc[first.i - 1].like_num


def _joined_name_start(run: list[Token], cuts: Cuts) -> int:
    """Where the entity step's name with a small word inside that ends the run begins after words in lower case that
    describe it ("outgoing" of "outgoing Law and Justice"); 0 when none does."""
    name = cuts.names.get(run[-1].i) if run else None
    if name is None or name[1] != run[-1].i + 1 or name[0] + 1 not in cuts.name_tails:
        return 0
    start = name[0] - run[0].i
    return start if 0 < start < len(run) and all(t.is_lower and t.pos in (ADJ, VERB) for t in run[:start]) else 0


def _person_start(run: list[Token], full_names: dict[int, int]) -> int:
    """Where the person's name that ends the run begins: the model's after a role ("Housing Minister Sean Fraser"),
    less what the entity step stripped from it ("Shri Ajit Pawar", "Neighbour Margaret Ashworth"), with the words the
    entity step took in before it ("Sultan" of "Sultan Al Jaber", "Da'Vine" of "Da'Vine Joy Randolph", whose model's
    names are "Al Jaber" and "Joy Randolph")."""
    start = _person_at_end(run)
    start += _full_name_at_end(run[start:], full_names)
    first = full_names.get(run[-1].idx + len(run[-1])) if run else None
    whole = next((i for i, token in enumerate(run[:start]) if token.idx == first), None)
    # The entity step's person is the whole name (it strips roles and honorifics): a phrase of the model's part of
    # it is a name no one has. Its capitalised words only, as a given name is written.
    if whole is not None and all(t.is_title for t in run[whole:start]):
        return whole
    return start


def _person_at_end(run: list[Token]) -> int:
    """Where a person's name that ends the run begins after other words ("NATO Secretary General [Mark Rutte]");
    0 when none does."""
    start = len(run)
    while start > 0 and run[start - 1].ent_type_ == "PERSON":
        start -= 1
        if run[start].ent_iob_ == "B":
            break
    named = 0 < start < len(run) and run[start].ent_iob_ == "B"
    return start if named and len(run) - start >= 2 else 0


def _full_name_at_end(run: list[Token], full_names: dict[int, int]) -> int:
    """Where a person's full name the entity step found ends the run and begins after its first word (0 when none
    does): the model took an honorific or a person noun into the name ("Shri Ajit Pawar", "Neighbour Margaret
    Ashworth", "TD Róisín Shortall"), which the entity step strips."""
    if not run:
        return 0
    start = full_names.get(run[-1].idx + len(run[-1]))
    if start is None or start <= run[0].idx:
        return 0
    return next((i for i, token in enumerate(run) if token.idx == start), 0)


def _inside_name(token: Token) -> bool:
    """A word within a multi-word name ("of" in "Bank of England"), which keeps the name whole (not a comma the
    model took into a name, nor a possessive that ends one: only one the name goes on after, "National Children's
    Hospital", "Irish Farmers' Association"), or a firm's own ("Sotheby's", "Macy's")."""
    if token.lower_ in ("'s", "’s") and token.i > 0 and token.doc[token.i - 1].ent_type_ == "ORG" \
            and owns_its_s(token.doc[token.i - 1]):
        return True
    if token.ent_iob_ != "I" or token.ent_type_ in SKIP_ENTS:
        return False
    if cuts_a_name(token) or cuts_a_name(token.doc[token.i - 1]):
        return False  # not "trimmed" of the model's "Norris trimmed Verstappen", two names, nor "Verstappen" after it
    plural_possessive = token.text in ("'", "’") and token.i > 0 and token.doc[token.i - 1].lower_.endswith("s")
    if token.lower_ in ("'s", "’s") or plural_possessive:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is not None and following.ent_iob_ == "I" and following.is_alpha
    # "& Co." ends a firm's name whole ("Kessler Brothers & Co."), where other legal forms are left out.
    and_company = token.lower_ in ("co", "co.") and token.doc[token.i - 1].text == "&"
    return token.is_alpha or token.text == "&" or numbers_a_name(token) or and_company


# Marks a phrase may hold that are no words of its own: a possessive's apostrophe ("nurses' strike"), a nickname's
# quotation marks ('Sean "Diddy" Combs'), a slash between words ("Entry/Exit System").
_NO_WORD_MARKS = ("'", "’", '"', "“", "”", "/")
_DOUBLE_QUOTES = frozenset({'"', "“", "”"})
_SAINTS = frozenset({"St", "St.", "Saint", "Ste", "Ste."})
_ORDINAL_WORDS = frozenset({"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
                            "Tenth"})
_OWNERS = frozenset({"PERSON", "GPE", "NORP"})  # names that own what follows their possessive: people and places


def _classifying_name_possessive(token: Token) -> bool:
    """The possessive of a capitalised name that classifies the noun after it rather than owning it: "Alzheimer's" of
    "its experimental Alzheimer's drug" (a kind of drug), where the word before the name is the drug's (its
    determiner, or an adjective, which the parser may hang on the name), not the name's ("the school's", "Germany's
    defence minister" own)."""
    doc, i = token.doc, token.i
    if not (token.lower_ in ("'s", "’s") and 1 < i < len(doc) - 1):
        return False
    owner, kind, before = doc[i - 1], doc[i + 1], doc[i - 2]
    return owner.pos == PROPN and owner.is_title and owner.ent_type_ not in _OWNERS \
        and not is_given_name(owner.text) and owner.head == kind and kind.pos == NOUN and kind.is_lower \
        and (before.pos in (DET, PRON) and before.head == kind or before.pos == ADJ and before.is_lower)


def _joins_a_saints_place(token: Token) -> bool:
    """The possessive of a saint's name before a capitalised word: one place, "St Mark's Square", "St Paul's
    Cathedral"."""
    doc, i = token.doc, token.i
    if not (token.lower_ in ("'s", "’s", "'", "’") and 1 < i < len(doc) - 1):
        return False
    return doc[i - 2].text in _SAINTS and doc[i - 1].is_title and doc[i + 1].is_title and doc[i + 1].is_alpha


def _in_a_nickname(token: Token) -> bool:
    """A word or double quotation mark of a nickname of one to three capitalised words between a given name and a
    surname: 'Sean "Diddy" Combs', 'Vincent "The Chin" Gigante' is one name."""
    return token.i in _nickname_tokens(token.doc)


def _nickname_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the document's nicknames, from the opening mark to the closing one, found once per document:
    `_in_a_nickname` is asked of the tokens around every chunk."""
    found = doc.user_data.get(_NICKNAME_TOKENS)
    if found is None:
        quotes = (start for start, word in enumerate(words_of(doc)) if word in _DOUBLE_QUOTES)
        spans = ((start, _nickname_end(doc, start)) for start in quotes)
        found = doc.user_data[_NICKNAME_TOKENS] = frozenset(
            i for start, end in spans if end is not None for i in range(start, end + 1))
    return found


_NICKNAME_TOKENS = "newswire.keyphrases.nickname_tokens"


def _split_at_lone_marks(run: list[Token]) -> list[list[Token]]:
    """The run, or its words between quotation marks when it holds one of a nickname's two marks only (a chunk that
    opens inside the nickname: 'Chin" Gigante')."""
    marks = [i for i, token in enumerate(run) if token.text in _DOUBLE_QUOTES]
    if len(marks) % 2 == 0:
        return [run]
    bounds = [-1, *marks, len(run)]
    return [run[start + 1:end] for start, end in zip(bounds, bounds[1:], strict=False) if end > start + 1]


def _nickname_end(doc: Doc, start: int) -> int | None:
    """The closing mark of a nickname whose opening mark is at `start`, after a given name and before a surname."""
    words = words_of(doc)  # asked of every token near every chunk: words, not new Tokens
    if words[start] not in _DOUBLE_QUOTES or start == 0:
        return None
    end = next((j for j in range(start + 1, min(start + 5, len(words))) if words[j] in _DOUBLE_QUOTES), None)
    if end is None or end == start + 1 or end + 1 >= len(words):
        return None
    tokens = tokens_of(doc)
    given, surname = tokens[start - 1], tokens[end + 1]
    named = given.pos == PROPN and given.is_title and surname.pos == PROPN and surname.is_title \
        and all(t.is_title for t in tokens[start + 1:end])
    return end if named else None


def _is_glued_slash(token: Token) -> bool:
    """A slash written against two words: one name of both, "the Entry/Exit System", "Reuters/Ipsos poll"; not a
    person's name and their post after it."""
    doc, i = token.doc, token.i
    return token.text == "/" and not token.whitespace_ and 0 < i < len(doc) - 1 \
        and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha \
        and "PERSON" not in (doc[i - 1].ent_type_, doc[i + 1].ent_type_)  # "David Soares/Albany County DA": two


def _numbers_a_code(token: Token) -> bool:
    """A number of three or four digits ending a name: "Billboard Hot 100", "FTSE 100", "Flight DL 123" (the parser
    ends the chunk before it); after a code in capitals or a name of two capitalised words, not one word's score or
    rating ("Lescott 4"), nor a date's or a sum's number."""
    doc, i = token.doc, token.i
    if not (token.text.isdigit() and 3 <= len(token.text) <= 4 and i > 1 and doc[i - 1].whitespace_):
        return False
    if len(token.text) == 4 and token.text[:2] in ("18", "19", "20"):
        return False  # a year: "JUL 2013" of a date line
    if token.ent_type_ in SKIP_ENTS and token.ent_type_ != "CARDINAL":
        return False
    name = doc[i - 1]
    if name.pos != PROPN or not (name.is_upper and len(name) > 1
                                 or name.is_title and doc[i - 2].is_title and doc[i - 2].pos == PROPN):
        return False
    if name.ent_type_ == "PERSON":
        return False  # a batsman's runs: "Joe Root made 262 and Harry Brook 317", no code
    following = doc[i + 1] if i + 1 < len(doc) else None
    # Not a count of the word after it: "In New York 300 people were arrested", "Lando Norris 250 points".
    return following is None or not (following.like_num or following.text in ("-", "–", "/", ":", ",")
                                     or (following.pos == NOUN and following.is_lower))


def _opens_an_ordinal_name(token: Token) -> bool:
    """A capitalised ordinal inside a sentence before a capitalised proper noun: "First Amendment", "Second World
    War", no number; not where the rest is no phrase ("the end of the Second World War", a DATE to the model, would
    leave "Second" alone)."""
    doc, i = token.doc, token.i
    return token.text in _ORDINAL_WORDS and not token.is_sent_start and token.pos in (PROPN, ADJ) \
        and i + 1 < len(doc) and doc[i + 1].pos == PROPN and doc[i + 1].is_title and not doc[i + 1].is_stop \
        and doc[i + 1].ent_type_ not in SKIP_ENTS


def _is_worth_of_a_sum(token: Token) -> bool:
    """The "worth" of "€88 million worth of jewels": what a sum buys, no topic once the sum is left out."""
    doc, i = token.doc, token.i
    if token.lower_ != "worth" or i == 0:
        return False
    before = doc[i - 1]
    return before.like_num or before.ent_type_ in ("MONEY", "CARDINAL", "QUANTITY") or is_written_sum(before.text)


def _numbers_a_title(token: Token) -> bool:
    """A sequel's number ending a title of two or more capitalised words: one the model's name ends with ("Kung Fu
    Panda 4 took $30 million"), or in quotes ('"Toy Story 4" opened'); not a player's rating after his name ("Lescott
    4"), a single word; or one a title of words that open no name ends, before a word in lower case ("Top Gun 2 took
    $124 million"; not a score's "Forest Green 2, Crawley 1")."""
    doc, i = token.doc, token.i
    if not (token.text.isdigit() and len(token.text) <= 2 and i > 1 and doc[i - 1].whitespace_):
        return False
    title = doc[i - 2:i]
    if not all(t.is_title and t.pos == PROPN for t in title):
        return False
    following = doc[i + 1] if i + 1 < len(doc) else None
    if token.ent_iob_ == "I" and token.ent_type_ not in SKIP_ENTS:
        ends_the_name = following is None or following.ent_iob_ != "I"
        return title[0].ent_iob_ != "O" and title[1].ent_iob_ == "I" and ends_the_name
    if _opens_a_title(title[0]) and title[1].ent_iob_ == "O" and following is not None and following.is_lower \
            and following.is_alpha:
        return True
    if following is None or following.text not in ('"', "”"):
        return False
    start = i - 1
    while start > 0 and doc[start - 1].is_title:
        start -= 1
    return start > 0 and doc[start - 1].text in ('"', "“")


def _joins_an_unknown_name(token: Token) -> bool:
    """The possessive of a capitalised word the model found no name in, before capitalised proper nouns, the whole
    written so more than once: a name of its own, "Alzheimer's Research UK" (not "Alzheimer" and "Research UK").
    Once, it may be an owner and a name ("Smith's Ford Focus"); before a person, it is a title ("County Sheriff's
    Deputy Jerry Ortiz")."""
    doc, i = token.doc, token.i
    if not (token.lower_ in ("'s", "’s") and 0 < i < len(doc) - 1):
        return False
    owner = doc[i - 1]
    if not (owner.pos == PROPN and owner.is_title and owner.ent_iob_ == "O" and not is_given_name(owner.text)):
        return False
    end = i + 1
    while end < len(doc) and doc[end].pos == PROPN and doc[end].text[:1].isupper() and doc[end].ent_type_ != "PERSON":
        end += 1
    before_person = end < len(doc) and doc[end].ent_type_ == "PERSON"
    return end > i + 1 and not before_person and text_of(doc).count(doc[i - 1:end].text) > 1


def _opens_a_subtitle(token: Token) -> bool:
    """The colon between a title of two or more capitalised proper nouns and its subtitle in proper nouns, the whole
    written so more than once: "Top Gun: Maverick". Once, it may be a headline's label ("Storm Babet: Met Office
    warns")."""
    doc, i = token.doc, token.i
    if not (token.text == ":" and token.whitespace_ and i > 1 and not doc[i - 1].whitespace_ and i + 1 < len(doc)):
        return False
    if not all(t.is_title and t.pos == PROPN for t in doc[i - 2:i]) or doc[i + 1].ent_type_ in SKIP_ENTS:
        return False
    end = _subtitle_end(token)
    if end == i + 1:
        return False
    start = i - 2
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos == PROPN:
        start -= 1
    title = doc[start:end].text
    return text_of(doc).count(title) > 1


def _subtitle_end(colon: Token) -> int:
    """The end of the run of capitalised proper nouns after a title's colon."""
    doc, end = colon.doc, colon.i + 1
    while end < len(doc) and doc[end].is_title and doc[end].pos == PROPN and doc[end].ent_type_ not in SKIP_ENTS:
        end += 1
    return end


def _joins_peerage(token: Token) -> bool:
    """The "of" of a peer's or royal's title and its place, one phrase: "the Prince of Wales", "Duke of Sussex" (the
    model often finds no name there, and the parser makes two chunks of it)."""
    doc, i = token.doc, token.i
    return token.lower_ == "of" and 0 < i < len(doc) - 1 and doc[i - 1].lower_ in PEERAGES and doc[i - 1].is_title \
        and doc[i + 1].is_title and doc[i + 1].pos == PROPN


def _joins_a_place(token: Token, places: frozenset[int]) -> bool:
    """The "of" between a capitalised word no name holds and a place's name (the model's or, by its first token, one of
    the entity step's `places`), one name: "the Port of Rotterdam"; not a role's ("the Governor of Texas")."""
    doc, i = token.doc, token.i
    if not (token.lower_ == "of" and 0 < i < len(doc) - 1):
        return False
    word, place = doc[i - 1], doc[i + 1]
    return word.is_title and word.pos == PROPN and word.ent_iob_ == "O" and not word.is_sent_start \
        and word.lower_ not in ROLE_HEADS and (place.ent_type_ in ("GPE", "LOC") and place.ent_iob_ == "B"
                                               or place.i in places)


def _hyphenated_to_next(token: Token) -> bool:
    """A word written against a hyphen and another word: "full" of "full-time", a stop word on its own."""
    doc = token.doc
    return (token.is_alpha and not token.whitespace_ and token.i + 2 < len(doc)
            and _is_glued_hyphen(doc[token.i + 1]) and doc[token.i + 2].is_alpha)


def _after_glued_hyphen(token: Token) -> bool:
    """The word after a hyphen inside a word: "op" of "co-op", a stop word or no word to the model on its own."""
    return token.is_alpha and token.i > 0 and _is_glued_hyphen(tokens_of(token.doc)[token.i - 1])


def _after_counted_hyphen(token: Token) -> bool:
    """A word a number is hyphenated to, the unit of a measure with no number in a key phrase: "storey" of "a 28-storey
    residential tower", whose topic is the "residential tower". Only after a number the model counts with: one in a
    name ("Boeing 737-MAX") keeps its word. A unit of hyphenated words is all of them: "basis-point" of "a
    25-basis-point cut"."""
    tokens, i = tokens_of(token.doc), token.i  # built once: this runs for every leading word of a run
    if i <= 1 or not _is_glued_hyphen(tokens[i - 1]):
        return False
    counted = tokens[i - 2]
    return counted.like_num and counted.ent_type_ in SKIP_ENTS or _after_counted_hyphen(counted)


def _describes_name_after(run: list[Token]) -> bool:
    """The run opens with a participle ("suspected Mafia boss", "floored Thompson"), or an adjective opening the
    sentence ("Neighbouring Long Beach"), outside the name right after it: a description of what the name names, no
    part of it. Not an adjective inside a sentence, which a topic can need ("black Americans", "upstate New York")."""
    if len(run) < 2:
        return False
    first, name = run[0], run[1]
    described = first.pos == VERB or (first.pos == ADJ and first.is_sent_start and first.is_title)
    return described and first.ent_iob_ == "O" and name.ent_iob_ == "B" and name.ent_type_ not in SKIP_ENTS \
        and name.text[:1].isupper()


def _has_sentence_stop(token: Token) -> bool:
    """A word the tokenizer left a sentence's full stop on, which it does after a capital ("StoneX.", "PwC."): a word
    in mixed case ending in a capital is no abbreviation ("U.S.", "Inc." are)."""
    text = token.text
    if not text.endswith("."):
        return False
    body = text[:-1]
    return len(body) > 1 and "." not in body and body[-1].isupper() and any(ch.islower() for ch in body)


def _is_unit(token: Token) -> bool:
    """A unit after a number, no topic: a temperature scale ("105 degrees Fahrenheit (40.5 Celsius)"), the "parts"
    of "420 parts per million" (not "2 doctors per 1,000 people"), a short unit in lower case ("11 kn"), or the "CI"
    of a trial's "95% CI" (confidence interval)."""
    doc, i = token.doc, token.i
    tokens = tokens_of(doc)  # built once: this runs for every content word's token
    if _in_a_points_unit(tokens, i):
        return True
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.lower_ == "per" and i > 1 and _is_amount(tokens[i - 2]):
        before = tokens[i - 2]  # a price's or a rate's unit: "lb" of "$2.45 per lb", "tonne" of "$90 per tonne"
    if before is None or not (_is_amount(before) or before.text == "%"):
        return is_temperature_unit(token)
    if before.text == "%":
        return token.text == "CI"
    return token.text in UNITS_AFTER_NUMBERS or unit_end(doc, i) is not None or is_temperature_unit(token) \
        or (token.is_lower and is_unit_word(token.text, token.lemma_))


def _in_a_points_unit(tokens: list[Token], i: int) -> bool:
    """A word of "percentage point(s)" or "basis point(s)", a unit with a number before it or not ("half a percentage
    point", "a percentage point"), never a topic."""
    word = tokens[i].lower_
    if word in ("percentage", "basis"):
        return i + 1 < len(tokens) and tokens[i + 1].lower_ in ("point", "points")
    return word in ("point", "points") and i > 0 and tokens[i - 1].lower_ in ("percentage", "basis")


def _is_amount(token: Token) -> bool:
    """A number, a sum written as one word ("R$3.5", "$2.45") or a number glued to its scale ("15bn")."""
    return token.like_num or is_written_sum(token.text) or _GLUED_SCALE.fullmatch(token.text) is not None


def _is_age(run: list[Token]) -> bool:
    """The run opens with an age whose number was left out: "year-old" of "12-year-old Israeli girl"."""
    return len(run) > 2 and run[0].lemma_.lower() in ("year", "month", "week", "day") and run[2].lower_ == "old"


def _opens_compound(run: list[Token]) -> bool:
    """The run starts with a word hyphenated to the next ("long-term growth"): it is not trimmed off alone."""
    return len(run) > 2 and not run[0].whitespace_ and _is_glued_hyphen(run[1])


def _is_glued_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("Iris-T", "full-scale"), not a dash between spaced words."""
    if token.text not in ("-", "–") or token.whitespace_ or token.i == 0:
        return False
    return not tokens_of(token.doc)[token.i - 1].whitespace_


def _in_measured_thing(token: Token) -> bool:
    """A noun of what the model calls a date but is a thing measured in time: "a four-day week", "the 24-hour news
    cycle" (a hyphenated measure with a noun after it; "two weeks" and "10-year" alone stay dates)."""
    if token.ent_type_ != "DATE" or token.pos != NOUN:
        return False
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # The measure's hyphen, its unit after it, then at least the noun it measures.
    hyphen = next((i for i in range(start + 1, end - 2) if _is_glued_hyphen(doc[i])), None)
    return hyphen is not None and token.i > hyphen and doc[end - 1].pos == NOUN


def _contains_run(key: tuple[str, ...], part: tuple[str, ...]) -> bool:

    """True when `part` occurs as consecutive words of `key`."""
    n = len(part)
    return any(key[i:i + n] == part for i in range(len(key) - n + 1))


def _is_content(token: Token, leading: bool) -> bool:
    """The token can be a word of a key phrase, leading its run or not."""
    if not leading:
        return _is_content_inside(token)
    if _opens_a_title_word(token):
        return True
    if _opens_a_quoted_sentence(token):
        return False  # '"Tonight Queenslanders have voted"': the time of what is said, no topic's word
    if _opens_a_name(token) or _opens_a_stop_word_name(token):
        return True  # a stop word or a generic adjective that opens a name: "Serious Fraud Office", "Big Ten"
    if not _is_content_token(token):
        return False
    return not (token.pos == ADJ and token.lower_ in GENERIC_ADJ or token.pos == ADV or _counts_a_streak(token))


def _counts_a_streak(token: Token) -> bool:
    """"straight" after an ordinal, a run of wins: "its second straight NCAA title", "a 14th straight defeat" (not
    "straight couples", "a straight answer")."""
    if token.lower_ not in STREAK_WORDS or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.ent_type_ == "ORDINAL" or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", before.lower_))


def _is_content_inside(token: Token) -> bool:
    """`_is_content` of a token not leading its run, worked out once per token of a document: it is asked of every word
    of every chunk, and again of the word graph's."""
    known = token.doc.user_data.get(_CONTENT_INSIDE)
    if known is None:
        known = token.doc.user_data[_CONTENT_INSIDE] = {}
    verdict = known.get(token.i)
    if verdict is None:
        verdict = known[token.i] = _opens_a_title_word(token) or _is_content_token(token)
    return verdict


_CONTENT_INSIDE = "newswire.keyphrases.content_inside"


def _opens_a_title_word(token: Token) -> bool:
    """The word opens a title, whose "First" or "Top" is no number nor stop word: "First Minister", "Top Gun", "First
    Amendment"."""
    return opens_a_first_title(token) or _opens_a_title(token) or _opens_an_ordinal_name(token)


def _opens_a_quoted_sentence(token: Token) -> bool:
    """An adverb of time opening a sentence or a quotation, capitalised there, that runs on in lower case as a
    sentence: "Tonight" of '"Tonight Queenslanders have voted"' (not "Today" of "the Today programme", nor of a
    title-cased quote: '"Today We Rise"', '"Tomorrow Never Dies"', 'NBC's "Today" show')."""
    return token.lower_ in OPENING_TIME_ADVERBS and (token.is_sent_start or (token.i > 0
                                                                           and token.doc[token.i - 1].is_quote)) \
        and _runs_on_in_lower_case(token)


# The most capitalised words between an opening adverb of time and the lower case of what is said: "Tonight
# [Queenslanders] have voted" (a title runs on capitalised: "Tomorrow Never Dies was").
_CAPITALISED_AFTER_OPENING = 1


def _runs_on_in_lower_case(token: Token) -> bool:
    """The words after `token`, up to a quotation mark or the sentence's end, are a sentence's: a lower-case word
    that is no stop word among them, after at most one capitalised word (as `_opens_a_quoted_sentence` of the
    entities reads a quote)."""
    capitalised, lower = 0, False
    for word in token.doc[token.i + 1:token.sent.end]:
        if word.is_quote:
            break
        if not word.is_alpha:
            continue
        if not word.is_lower and not lower:
            capitalised += 1
            if capitalised > _CAPITALISED_AFTER_OPENING:
                return False
        elif word.is_lower:
            lower = True
            if not word.is_stop:
                return True
    return False


def _is_content_token(token: Token) -> bool:
    """The token can be a key phrase's word by its part of speech, its word and its entity, wherever it stands in a
    run. Worked out once per token of a document: each token is asked about in its chunk's runs and in the word
    graph, leading a run or not."""
    known = token.doc.user_data.setdefault(_CONTENT_TOKENS, {})
    i = token.i
    if i not in known:
        known[i] = _opens_a_stop_word_compound(token) or not (
            token.pos in _NOT_CONTENT_POS or not _is_content_word(token) or _is_unit(token)
            or _is_worth_of_a_sum(token)
            or (token.ent_type_ in SKIP_ENTS and not _in_measured_thing(token)))
    return known[i]


_CONTENT_TOKENS = "newswire.keyphrases.content_tokens"
# Compounds of a stop word and a noun, written apart: the noun alone is a fragment ("line" of "the front line").
_STOP_WORD_COMPOUNDS = frozenset({("front", "line"), ("front", "lines"), ("front", "page"), ("front", "runner"),
                                  ("front", "runners")})


def _opens_a_stop_word_compound(token: Token) -> bool:
    """The stop word in lower case opens a compound of `_STOP_WORD_COMPOUNDS`: "front" of "visited the front line"."""
    doc, i = token.doc, token.i
    return token.is_lower and i + 1 < len(doc) and (token.text, doc[i + 1].lower_) in _STOP_WORD_COMPOUNDS \
        and doc[i + 1].pos == NOUN


def _mark_sums(doc: Doc, money: list[dict]) -> None:
    """Mark the tokens of the money step's sums as no content: a sum's scale or glued number is no topic ("bln" of
    "R$3.5 bln", "15bn" of "¥15bn", "14bn" of "a £14bn claim"), whatever the tagger made of it."""
    known = doc.user_data.setdefault(_CONTENT_TOKENS, {})
    for item in money:
        span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
        if span is not None:
            known.update(dict.fromkeys(range(span.start, span.end), False))


def _opens_a_name(token: Token) -> bool:
    """A capitalised proper noun inside a name the model found ("Serious" of "The Serious Fraud Office"), or a word
    in capitals opening one, which the tagger may read as an adjective ("NEW" of a dateline's "NEW DELHI")."""
    if token.ent_iob_ == "O" or not token.is_alpha or not token.text[:1].isupper() or token.ent_type_ in SKIP_ENTS:
        return False
    doc, i = token.doc, token.i
    return token.pos == PROPN or (token.is_upper and token.ent_iob_ == "B" and i + 1 < len(doc)
                                  and doc[i + 1].ent_iob_ == "I")


def _opens_a_stop_word_name(token: Token) -> bool:
    """A capitalised stop word and the capitalised word after it that open a name the model found inside a sentence
    of the text (or open it after "the"), or one it found none in (`_opens_an_unknown_name`): "All" of "the All
    Blacks", there and where "All Blacks coach Scott Robertson" opens a sentence (not "All Democrats voted" where no
    name "All Democrats" is found, nor "On Donald" of a title's "Honest Thoughts On Donald Trump")."""
    doc = token.doc
    if not (token.is_stop and token.is_title) or token.i + 1 >= len(doc):
        return False
    names = doc.user_data.get(_STOP_WORD_NAMES)
    if names is None:
        tokens = tokens_of(doc)
        names = doc.user_data[_STOP_WORD_NAMES] = frozenset(
            (t.text, tokens[t.i + 1].text) for t in tokens[:-1]
            if t.is_stop and t.is_title and t.lower_ not in _NO_TITLE_OPENERS and not t.is_sent_start
            and ((t.ent_iob_ == "B" or t.ent_iob_ == "I" and tokens[t.i - 1].ent_iob_ == "B"
                  and tokens[t.i - 1].lower_ == "the")
                 and tokens[t.i + 1].ent_iob_ == "I" and tokens[t.i + 1].is_title
                 and tokens[t.i + 1].ent_type_ not in SKIP_ENTS or _opens_an_unknown_name(t)))
    return (token.text, doc[token.i + 1].text) in names


_STOP_WORD_NAMES = "newswire.keyphrases.stop_word_names"


def _opens_an_unknown_name(token: Token) -> bool:
    """A capitalised stop word after a word in lower case, before a capitalised proper noun, neither in a name the
    model found: a name's opening only ("New Zealand's All Blacks", "the All Blacks"; not a title case line's "Trump
    Says All Options", whose word before is capitalised)."""
    doc, i = token.doc, token.i
    after = doc[i + 1]
    return i > 0 and doc[i - 1].is_lower and token.ent_iob_ == "O" and after.ent_iob_ == "O" \
        and after.pos == PROPN and after.is_title and after.is_alpha and not _on_a_title_line(doc[i:i + 2])


def _opens_a_title(token: Token) -> bool:
    """A capitalised stop word the tagger calls a proper noun before another, in a title the model found no name in:
    "Top" of "Top Gun", which would otherwise be cut to "Gun", "Over" of "Stealth Over Health"; not an article or a
    generic adjective, which no title keeps ("A Kraft Foods plant worker", "The Rainbow", "Former Cabinet
    Ministers")."""
    doc, i = token.doc, token.i
    return token.pos == PROPN and token.is_stop and token.is_title and token.lower_ not in _NO_TITLE_OPENERS \
        and i + 1 < len(doc) and doc[i + 1].pos == PROPN and doc[i + 1].is_title and not doc[i + 1].is_stop


# Stop words that open no title of their own: articles, and generic adjectives a run sheds anyway.
_NO_TITLE_OPENERS = frozenset({"a", "an", "the"}) | GENERIC_ADJ


def _is_content_word(token: Token) -> bool:
    """The word itself (whatever its role) can be part of a key phrase: no stop word, number, symbol or web address.

    It depends on the word alone, so it is worked out once per distinct word: this runs for every token.
    """
    text = token.text
    known = _CONTENT_WORDS.get(text)
    if known is None:
        if len(_CONTENT_WORDS) >= WORD_CACHE:
            _CONTENT_WORDS.clear()  # a long-lived worker meets ever more words: keep the memo bounded
        known = _CONTENT_WORDS[text] = not (
            token.is_stop or token.is_punct or token.is_space or token.like_num or not text.strip()
            or token.like_url or token.like_email or token.lower_ in WEB_WORDS or token.lower_ in NOT_TOPIC_WORDS
            or text in TIME_ZONES or text in ISO_CODES or _TICKER.fullmatch(text) or is_written_sum(text)
            or text in TITLE_ABBREVIATIONS  # "Capt." of "Capt. Arvind Menon": a rank, no topic
            or _GLUED_SCALE.fullmatch(text)  # "a loss of ¥15bn" as the tagger splits it: "¥" and "15bn"
            or text == "pc" or _GLUED_PERCENT.fullmatch(text)  # per cent: "fell 13 pc", "7.5pc" (not "PC")
            or text in ("cr", "Cr") or _GLUED_CRORES.fullmatch(text)  # crores: "₹500 cr", "Rs 45cr" (not "CR")
            or text in ("kn", "nm")  # knots and nautical miles or nanometres (not "NM", New Mexico)
            or _P_VALUE.fullmatch(text) or _GLUED_TEMPERATURE.fullmatch(text)
            or is_unit_abbreviation(text)  # "(bpd)" after "barrels per day", "25 bps"
        ) and any(ch.isalpha() for ch in text) and len(text) > 1
    return known


def _lemma(token: Token) -> str:
    """Lower-cased lemma; proper nouns keep their form (lemmatising names mangles them). Worked out once per token of
    a document: a phrase's words and the word graph's ask it again."""
    known = token.doc.user_data.get(_LEMMAS)
    if known is None:
        known = token.doc.user_data[_LEMMAS] = {}
    lemma = known.get(token.i)
    if lemma is None:
        lemma = known[token.i] = _lemma_of(token)
    return lemma


_LEMMAS = "newswire.keyphrases.lemmas"


def _lemma_of(token: Token) -> str:
    """What `_lemma` says of the token."""
    text = token.text if token.pos == PROPN else token.lemma_
    if _has_sentence_stop(token):
        text = token.text[:-1]  # "StoneX." is StoneX
    return text.lower().replace("’", "'")


def _textrank(doc: Doc) -> dict[str, float]:
    """PositionRank: PageRank over the sentence co-occurrence graph of content lemmas, teleporting to
    words in proportion to how early they occur (sum of 1 / sentence number over their mentions)."""
    # Plain dicts with defaults: a Counter's missing key is a Python call, made for every new pair of words.
    edges: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    prior: dict[str, float] = defaultdict(float)
    said: dict[str, float] = defaultdict(float)  # the prior of words in sentences with a verb
    tokens = tokens_of(doc)
    for number, sent in enumerate(doc.sents, start=1):
        words = [_lemma(t) for t in tokens[sent.start:sent.end] if t.pos in GRAPH_POS and _is_content(t, leading=False)]
        verb = any(t.pos in (VERB, AUX) for t in tokens[sent.start:sent.end])
        for i, word in enumerate(words):
            prior[word] += 1.0 / number
            if verb:
                said[word] += 1.0 / number
            for other in words[i + 1:i + WINDOW]:
                if other != word:
                    edges[word][other] += 1
                    edges[other][word] += 1
    if not edges:
        # No sentence has two content words ("Take That sold out Wembley."): the prior alone ranks those of sentences
        # that say something, not a page's buttons ("Advertisement. Share. Subscribe.").
        total = sum(said.values())
        return {word: weight / total for word, weight in said.items()}
    words = list(edges)
    index = {word: i for i, word in enumerate(words)}
    # The walk as a matrix: column j spreads word j's rank over its neighbours in proportion to the links.
    links = numpy.zeros((len(words), len(words)))
    # Set in one assignment: one numpy call per link costs more than the walk itself.
    rows, columns, weights = [], [], []
    for word, neigh in edges.items():
        for other, weight in neigh.items():
            rows.append(index[word])
            columns.append(index[other])
            weights.append(weight)
    links[rows, columns] = weights
    walk = links / links.sum(axis=0)
    teleport = numpy.array([prior[word] for word in words])
    teleport /= teleport.sum()
    rank = teleport
    jump = (1 - DAMPING) * teleport  # the same each step
    for _ in range(ITERATIONS):
        rank = jump + DAMPING * (walk @ rank)
    return dict(zip(words, rank.tolist(), strict=True))


def _score(phrase: Phrase, ranks: dict[str, float], text_length: int) -> float:
    """Word ranks (summed, damped by sqrt of length) x recurrence x early-mention boost."""
    word_ranks = [ranks.get(word, 0.0) for word in phrase.key if word not in ("-", ":") + _NO_WORD_MARKS]
    if not word_ranks or _is_currency_alone(phrase):
        return 0.0
    score = sum(word_ranks) / math.sqrt(len(word_ranks)) * (1 + math.log(max(phrase.count, 1)))
    if phrase.first <= EARLY_SHARE * text_length:
        score *= EARLY_BOOST
    if phrase.key[-1] in ROLE_HEADS:
        score *= ROLE_DAMPING
    elif len(phrase.key) == 1 and phrase.key[0] in GENERIC_NOUNS:
        score *= GENERIC_DAMPING
    elif len(phrase.key) == 1 and phrase.tags[0] != "PROPN" and 2 * phrase.surfaces.total() < phrase.count:
        score *= MODIFIER_DAMPING  # "military" mostly in "military support": the longer phrase is the topic
    return score


def _is_currency_alone(phrase: Phrase) -> bool:
    """A currency written alone in lower case ("euros", "rupees"): the unit of a sum, no topic; "euro zone" is one,
    and "Pence" and "Sterling" are names."""
    return len(phrase.key) == 1 and phrase.key[0] in CURRENCY_LEMMAS and all(s.islower() for s in phrase.surfaces)


def _is_covered(phrase: Phrase, better: Phrase) -> bool:
    """True when a better-ranked phrase already says what this one says."""
    return _is_part_of(phrase, better) or _is_name_variant(phrase, better)


def _numbers_the_title(phrase: Phrase, title: Phrase) -> bool:
    """The phrase is a title of two or more proper nouns with a sequel's number after it: "Grand Theft Auto 6"."""
    return (len(title.key) > 1 and phrase.key[:-1] == title.key and phrase.key[-1].isdigit()
            and all(tag == "PROPN" for tag in title.tags))


def _is_part_of(phrase: Phrase, other: Phrase) -> bool:
    """True when all of the phrase's words occur in a better-ranked phrase (so it adds nothing)."""
    return set(phrase.key) <= set(other.key)


def _is_name_variant(phrase: Phrase, name: Phrase) -> bool:
    """True for a longer form of a better-ranked name: "Vladimir Putin", "President Putin" after "Putin"."""
    if not all(tag == "PROPN" for tag in name.tags) or not _contains_run(phrase.key, name.key):
        return False
    extra = [(w, t) for w, t in zip(phrase.key, phrase.tags, strict=True) if w not in name.key]
    return all(tag == "PROPN" or word in ROLE_HEADS or tag == "ADJ" for word, tag in extra)


def _written(text: str, words: list[Token], named: set[str] | None, lower: frozenset[str],
             nouns: Container[str] | None = None) -> str:
    """The words as written, a common noun capitalised only for opening a sentence in lower case: "Police said ..."
    is "police", as written inside a sentence, and "Prosecutors" "prosecutors", a plural. Not a word `named`
    capitalised elsewhere ("Cheeks was fired" after "coach Maurice Cheeks") or in a name the entity step found
    ("Wales slumped"), one neither plural nor written in lower case elsewhere ("Salesforce shares fell"), nor in
    lower-cased text (`named` None), where the tagger calls names nouns."""
    written = text[words[0].idx:words[-1].idx + len(words[-1]) - _has_sentence_stop(words[-1])]
    first = words[0]
    if named is not None and first.is_sent_start and first.pos == NOUN and first.is_title \
            and first.text not in named and not any(t.pos == PROPN for t in words) \
            and (first.lower_ in lower or _is_plural(first, nouns)):
        return written[0].lower() + written[1:]
    return written


def _is_plural(token: Token, nouns: Container[str] | None) -> bool:
    """The noun is a plural: its lemma differs from it and, with the dictionary's `nouns`, is one of them ("Police",
    "Prosecutors"; not "Delors", whose lemma "delor" the lemmatizer made up by rule)."""
    lemma = token.lemma_.lower()
    return token.lemma_ != token.lower_ and (nouns is None or lemma in nouns
                                             or not token.ent_type_ and _is_compound_of_nouns(lemma, nouns))


# The shortest word of a compound `_is_compound_of_nouns` splits off: "chip" of "chipmaker" (not "de" of "delor").
_MIN_COMPOUND_PART = 3


def _is_compound_of_nouns(word: str, nouns: Container[str]) -> bool:
    """The word is a dictionary noun run together with a noun of someone who does something, compounds the dictionary
    lacks: "policymaker", "chipmaker", "gatekeeper" (not names that look like two nouns: "Fairbanks",
    "Ghostbusters")."""
    return word.isalpha() and any(
        word[:i] in nouns and word[i:] in _DOERS and word[:i] not in STOP_WORDS
        for i in range(_MIN_COMPOUND_PART, len(word) - _MIN_COMPOUND_PART + 1))


# Nouns of people who do something that compounds end in: "-maker", "-keeper", "-holder".
_DOERS = frozenset({"maker", "keeper", "holder", "watcher", "owner", "seller", "buyer", "builder", "writer", "giver",
                    "taker", "goer", "worker", "grower", "producer", "trader"})


def _surface(phrase: Phrase) -> str:
    """The phrase as most often written (ties: the first seen)."""
    return phrase.surfaces.most_common(1)[0][0]
