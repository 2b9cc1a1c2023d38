"""The `Cuts` that the entity step's names tell about where a phrase is cut, or kept whole, fixed idioms, and the
words of lines in capitals."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Container, Iterable
from dataclasses import dataclass, field, replace

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.symbols import AUX, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import lowers_of, text_of, tokens_of, words_of
from services.nlp.entities import headline_body_start
from services.nlp.entity_rules import (
    CITIES,
    COUNTRIES,
    FOUND_NAME_SMALL_WORDS,
    HEADLINE_VERBS,
    IDIOMS,
    KNOWN_ORGANISATIONS,
    NAME_LABELS,
    NAME_PARTICLES,
)
from services.nlp.keyphrases.words import GENERIC_ADJ, MAX_NAME_WORDS, ROLE_HEADS, on_a_title_line


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
    # The tokens of lines in capitals ("APPLE CUTS IPHONE PRICES IN CHINA"), whose words the tagger misreads, and how
    # the rest of the text spells each word (its lower case form's spellings, a sentence's first word counted
    # weakly) and which pairs of words it writes: a shouted line's phrase takes the text's spelling ("iPhone").
    shouted: frozenset[int] = frozenset()
    spellings: dict[str, Counter[str]] = field(default_factory=dict)
    pairs: frozenset[tuple[str, str]] = frozenset()
    # The first tokens of the organisations the entity step found: "Capita" of "IT services firm Capita", a name apart
    # from the noun describing it.
    firms: frozenset[int] = frozenset()
    # The verbs of a headline in sentence case that the tagger took for plural nouns: "values" of "Nasdaq values Arm
    # at $54 billion", where a phrase is cut and the verb is no word of one (`_sentence_case_headline_verbs`).
    headline_verbs: frozenset[int] = frozenset()


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
            if (thing and (_has_small_word_inside(span) or _numbers_a_product(span, m["label"])
                           or _ends_in_a_number_word(span) or _has_brackets_inside(span))) \
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
        cuts = Cuts(full_names, frozenset(tails), names, idioms=idioms, name_heads=frozenset(heads),
                    owners_ends=owners, name_words=name_words, nouns=nouns, places=places)
    else:
        body_names_words = frozenset(t.lower_ for t in doc[body:] if t.is_title and not t.is_sent_start)
        cuts = Cuts(full_names, frozenset(tails), names, _headline_names(doc, mentions, body), body_names_words,
                    idioms, frozenset(heads), owners, name_words, nouns, places)
    firms = frozenset(span.start for span in (doc.char_span(m["start"], m["end"]) for m in mentions
                                              if m["label"] == "ORG") if span is not None)
    cuts = replace(cuts, firms=firms, headline_verbs=_sentence_case_headline_verbs(doc))
    shouted = _shouted_tokens(doc)
    return replace(cuts, shouted=shouted, **_spellings_outside(doc, shouted)) if shouted else cuts


def _shouted_tokens(doc: Doc) -> frozenset[int]:
    """The tokens of the lines written in capitals, when the text has others with words in lower case: a headline
    shouted over a body (a text in capitals throughout has no spelling to take)."""
    text = text_of(doc)
    ranges, start = [], 0
    for line in text.split("\n"):
        if _is_shouting(line):
            ranges.append((start, start + len(line)))
        start += len(line) + 1
    if not ranges or not any(word.islower() for word in text.split()):
        return frozenset()
    return frozenset(t.i for t in tokens_of(doc) if any(s <= t.idx < e for s, e in ranges))


_ASCII_LOWER = re.compile(r"[a-z]")


def _is_shouting(line: str) -> bool:
    """Every word of the line with letters is in capitals, one of four letters or more: "OIL FALLS AS OPEC+ WEIGHS
    OUTPUT HIKE" (not "US GDP", nor a line of initials)."""
    if _ASCII_LOWER.search(line):
        return False  # a word in lower case: most lines, told without splitting them
    words = [word for word in line.split() if any(ch.isalpha() for ch in word)]
    return bool(words) and all(word.isupper() for word in words) \
        and any(sum(ch.isalpha() for ch in word) >= 4 for word in words)


def _spellings_outside(doc: Doc, shouted: frozenset[int]) -> dict:
    """`Cuts.spellings` and `Cuts.pairs` of the text outside the `shouted` tokens."""
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    pairs: set[tuple[str, str]] = set()
    before = None
    addresses = _address_lines(doc)
    # The words read off the document's lists: a Token's is a string built at each read, and this reads every word.
    words, lowers = words_of(doc), lowers_of(doc)
    for i, token in enumerate(tokens_of(doc)):
        if i in shouted or not token.is_alpha or addresses and any(s <= token.idx < e for s, e in addresses):
            before = None
            continue
        # A capital opening a sentence says little of the word's spelling: counted weakly.
        spellings[lowers[i]][words[i]] += 0.01 if token.is_sent_start else 1.0
        if before is not None:
            pairs.add((before, lowers[i]))
        before = lowers[i]
    return {"spellings": dict(spellings), "pairs": frozenset(pairs)}


# A web address written on its line, whose words are in lower case whatever they name ("richmond - hill" of
# ".../grandmother-killed-by-drunk-driver-in-richmond-hill/"): no spelling of them.
_WEB_ADDRESS = re.compile(r"https?:|www\.|\.html?\b|(?:\S*\s?/\s?){3}")


def _address_lines(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the lines of `doc` that hold a web address."""
    ranges, start = [], 0
    for line in text_of(doc).split("\n"):
        if _WEB_ADDRESS.search(line):
            ranges.append((start, start + len(line)))
        start += len(line) + 1
    return ranges


def shouted_parts(run: list[Token], cuts: Cuts) -> list[list[Token]]:
    """The run, or where it is on a line in capitals, its parts between a headline's verbs: "TESLA SHARES" of "TESLA
    SHARES SLUMP AS BYD OVERTAKES" ("RATE CUTS" stays whole where the rest of the text writes "rate cuts"); on a
    headline in sentence case, its parts around the verb the tagger took for a noun: "Nasdaq" of "Nasdaq values Arm"."""
    on_headline = bool(cuts.headline_verbs) and any(token.i in cuts.headline_verbs for token in run)
    if not on_headline and (not cuts.shouted or run[0].i not in cuts.shouted):
        return [run]
    parts: list[list[Token]] = [[]]
    for token in run:
        if token.i in cuts.headline_verbs \
                or not on_headline and _is_headline_verb(token, parts[-1][-1] if parts[-1] else None, cuts):
            if parts[-1]:
                parts.append([])
        else:
            parts[-1].append(token)
    return [part for part in parts if part]


def _is_headline_verb(token: Token, before: Token | None, cuts: Cuts) -> bool:
    """A word of `HEADLINE_VERBS` on a line in capitals, unless the rest of the text writes it too, after the same
    word if one comes before it in the run ("rate cuts")."""
    word = token.lower_
    if word not in HEADLINE_VERBS:
        return False
    return word not in cuts.spellings or (before is not None and (before.lower_, word) not in cuts.pairs)


# Verbs of a headline in sentence case that the tagger takes for plural nouns after its subject ("Nasdaq values Arm",
# "Drugmaker bets on obesity pill", "House panel votes to hold", "Trump claims victory"): verbs a headline reports with,
# seldom a plural heading a phrase after another noun ("rate cuts", "tax rises", "job losses" are none of them).
_SENTENCE_CASE_HEADLINE_VERBS = frozenset({
    "values", "bets", "votes", "claims", "issues", "plans", "vows", "pledges", "urges", "warns", "says", "seeks",
    "wins", "loses", "backs", "bans", "blocks", "sues", "hails", "slams", "names", "unveils", "announces", "approves",
    "rejects", "launches", "buys", "sells", "quits", "moves", "bids", "agrees", "refuses", "fails", "threatens",
    "aims", "hopes", "wants", "promises", "decides", "asks", "tells", "expects", "questions", "disrupts", "fixes",
    "overtakes", "weighs", "extends", "imposes", "settles", "eyes", "sees", "seals", "scraps", "clinches", "denies",
    "admits", "defends", "demands", "accuses", "arrests", "kills", "shakes", "rocks", "targets", "tops", "beats",
})
# Tags of the word after a headline's verb that opens its object: a determiner or possessive ("questions the"), a name
# ("values Arm"), a number or a sum ("values Arm at $54 billion"), a preposition ("bets on"), "to" ("votes to hold"),
# a noun ("claims victory").
_OBJECT_OPENING_TAGS = frozenset({"DT", "PRP$", "PRP", "NNP", "NNPS", "CD", "$", "IN", "TO", "NN", "NNS", "JJ"})
# Prepositions after a plural noun that make it one ("claims of fraud", "plans for new homes"): no verb's.
_NOUNS_PREPOSITIONS = frozenset({"of", "for"})
# Verbs of `_SENTENCE_CASE_HEADLINE_VERBS` that are common plural nouns too, before a preposition ("Shareholder votes
# on pay to become binding", "Family values at heart of campaign", "Phone bans in schools spread", "Climate pledges at
# COP28 fall short", "Tower blocks in London fail fire tests", "Security pledges to Ukraine"): a verb only before a
# name, a determiner, a number, "to" and its verb ("votes to hold") or a noun.
_PLURAL_NOUNS_BEFORE_PREPOSITIONS = frozenset({"values", "votes", "claims", "issues", "plans", "names", "questions",
                                               "bids", "moves", "hopes", "aims", "demands", "wins", "arrests",
                                               "targets", "beats", "sees", "pledges", "bans", "blocks", "fixes",
                                               "tops", "vows", "urges", "backs", "rejects", "launches", "buys",
                                               "eyes", "seals", "scraps", "promises", "kills", "shakes", "rocks",
                                               "tells"})
# Most words of a headline line (as `headlines.HEADLINE_WORDS`).
_HEADLINE_LINE_WORDS = 20
_LINE_STOPS = ".!?:\"”’'"


def _sentence_case_headline_verbs(doc: Doc) -> frozenset[int]:
    """The tokens of the text's first line, a headline in sentence case (no stop at its end, a few words, a word in
    lower case), that the tagger took for plural nouns but are its verb (`_SENTENCE_CASE_HEADLINE_VERBS`): after a
    noun or a name, its subject, before its object's first word, and written as a pair with that word nowhere else in
    the text ("Rate cuts" where the body writes "rate cuts" stays a phrase)."""
    text = text_of(doc)
    line = text.split("\n", 1)[0].rstrip()
    words = line.split()
    if not line or line[-1] in _LINE_STOPS or len(words) > _HEADLINE_LINE_WORDS or words[0][0].islower() \
            or not any(word.islower() for word in words[1:]) or _is_shouting(line):
        return frozenset()
    tokens = tokens_of(doc)
    end = next((i for i, token in enumerate(tokens) if token.idx >= len(line)), len(tokens))
    found = {i for i in range(1, end - 1) if _is_sentence_case_headline_verb(tokens[i])}
    if not found:
        return frozenset()
    pairs = {(before.lower_, token.lower_) for before, token in zip(tokens[end:], tokens[end + 1:], strict=False)}
    return frozenset(i for i in found if (tokens[i - 1].lower_, tokens[i].lower_) not in pairs)


def _is_sentence_case_headline_verb(token: Token) -> bool:
    """A word of `_SENTENCE_CASE_HEADLINE_VERBS` the tagger took for a plural noun, written in lower case, after its
    subject's noun or name and before its object's first word (`_OBJECT_OPENING_TAGS`)."""
    if token.lower_ not in _SENTENCE_CASE_HEADLINE_VERBS or token.tag_ != "NNS" or not token.is_lower:
        return False
    before, after = token.doc[token.i - 1], token.doc[token.i + 1]
    if not (before.is_alpha and (before.tag_ in ("NN", "NNP", "NNPS") or before.is_title)) \
            or before.lower_ in GENERIC_ADJ:
        return False  # "Big bets on AI", "Big names to watch": the adjective opens a noun phrase, no verb's subject
    if _opens_a_prepositional_phrase(after) and token.lower_ in _PLURAL_NOUNS_BEFORE_PREPOSITIONS:
        return False
    if _opens_a_passive_infinitive(after):
        return False  # "Food scraps to be collected weekly": the subject of a headline's passive, no verb
    return after.tag_ in _OBJECT_OPENING_TAGS and after.lower_ not in _NOUNS_PREPOSITIONS


def _opens_a_passive_infinitive(token: Token) -> bool:
    """ "to be" and a participle opening at `token`, a headline's passive to come ("Food scraps to be collected", "Bus
    fares to be frozen"): the word before is its subject; not "to be" and an adjective or a noun ("Labour pledges to
    be greenest government ever": the verb's infinitive)."""
    doc = token.doc
    return token.lower_ == "to" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "be" \
        and doc[token.i + 2].tag_ == "VBN"


def _opens_a_prepositional_phrase(token: Token) -> bool:
    """A preposition, or "to" before no verb: "in" of "Phone bans in schools", "to" of "Security pledges to Ukraine";
    not "to" of "House panel votes to hold Garland"."""
    if token.tag_ == "IN":
        return True
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.tag_ == "TO" and (following is None or following.tag_ != "VB")


def _recased(token: Token, cuts: Cuts) -> str:
    """A word of a line in capitals as the rest of the text spells it most ("iPhone", "China", "Tesla"); one it does
    not write, in this order: a short code in capitals ("NHS", "UK", "NATO", "BYD"); a word of a name the entity step
    found there capitalised ("Putin", "Boris Johnson", "Apple"); a country, city or known body capitalised
    ("Germany", "Washington"); a dictionary noun or its plural in lower case ("double murder", "playoffs"); any
    other in lower case ("huge")."""
    text = token.text
    if not (token.is_alpha and text.isupper()):
        return text
    word = token.lower_
    seen = cuts.spellings.get(word)
    if seen:
        return seen.most_common(1)[0][0]
    if _is_short_code(text, cuts):
        return text
    if text in cuts.name_words and word not in ROLE_HEADS:
        return text[0] + word[1:]
    if word in _PLACE_WORDS or word in _BODY_WORDS and (cuts.nouns is None or word not in cuts.nouns):
        return text[0] + word[1:]  # "Germany", "Washington"; a body's name no dictionary word ("NEXT" stays "next")
    if token.pos == PROPN and cuts.nouns is not None and len(word) > _ACRONYM_LETTERS and word not in cuts.nouns \
            and _opens_its_line(token) and (token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "compound"
                                            and token.head.tag_ in ("NNS", "NNPS") and token.head.i == token.i + 1):
        return text[0] + word[1:]  # the line's subject, a name to the tagger no dictionary word: "Reeves" ("FACES")
    return word


_ACRONYM_LETTERS = 4  # "BYD", "NFL", "MVC": a short word in capitals, without a vowel if of four letters, stays so
# Codes in capitals the dictionary may hold in lower case ("uk", "eu", "nato", "mp"): kept in capitals.
_KNOWN_CODES = frozenset({
    "UK", "US", "USA", "EU", "UN", "NHS", "IFS", "ONS", "NATO", "MP", "MPS", "DC", "PM", "GDP", "CEO", "BBC", "ITV",
    "FBI", "CIA", "IMF", "ECB", "OECD", "OPEC", "FTSE", "NFL", "NBA", "FIFA", "UEFA", "AI", "TV", "CBI", "TUC",
    "RMT", "BMA", "DWP", "MOD", "SNP", "DUP", "ANC", "COP", "BP", "HSBC", "IPO", "VAT", "EV", "EVS", "UAE", "CPS",
})
# Single-word countries, cities and known bodies, in lower case: capitalised on a line in capitals.
_PLACE_WORDS = frozenset(name.casefold() for name in COUNTRIES | CITIES if name.isalpha() and not name.islower())
_BODY_WORDS = frozenset(name.casefold() for name in KNOWN_ORGANISATIONS if name.isalpha() and not name.islower())


def _opens_its_line(token: Token) -> bool:
    """The token is its line's first word."""
    return token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws


def _is_short_code(text: str, cuts: Cuts) -> bool:
    """A word in capitals of up to four letters that is a known code, or no dictionary word (no "s" stripped: "NHS"
    is no "nh") and short: three letters or fewer, or four without a vowel ("BYD", "MVC")."""
    if text in _KNOWN_CODES:
        return True
    if len(text) > _ACRONYM_LETTERS:
        return False
    word = text.lower()
    if cuts.nouns is not None and (word in cuts.nouns or len(word) == _ACRONYM_LETTERS
                                   and any(form in cuts.nouns for form in _singulars(word))):
        return False
    return len(text) <= _ACRONYM_LETTERS - 1 or not set(word) & set("aeiou")


def _singulars(word: str) -> tuple[str, ...]:
    """The word and what it may be the plural of: "playoffs" -> "playoff", "rallies" -> "rally"."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return tuple(forms)


def shouted_surface(words: list[Token], cuts: Cuts) -> str | None:
    """The words of a phrase on a line in capitals as the text spells them; None off such a line."""
    if not cuts.shouted or words[0].i not in cuts.shouted:
        return None
    tokens = tokens_of(words[0].doc)[words[0].i:words[-1].i + 1]
    return "".join(_recased(t, cuts) + t.whitespace_ for t in tokens).strip()


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
        and not on_a_title_line(name)


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


def _ends_in_a_number_word(name: Span) -> bool:
    """A thing's name ending in a capitalised number word after a capitalised word, which the tagger may read as a
    count: "One" of "the Formula One race"."""
    last, before = name[-1], name[-2]
    return last.is_title and last.is_alpha and last.like_num and before.is_title and bool(before.whitespace_)


def _has_small_word_inside(name: Span) -> bool:
    """A name's small word in lower case between its capitalised words, which a run is cut at: "and" of "Law and
    Justice", "for" of "Party for Freedom", "on" of "Mail on Sunday", "do" of "Rio Grande do Sul"."""
    return any(_is_small_word_inside(t, name) for t in name[1:-1]) and name[-1].is_title


def _has_brackets_inside(name: Span) -> bool:
    """A pair of brackets between a name's capitalised words, which a run is cut at: "(Prevention)" of "Unlawful
    Activities (Prevention) Act" (not brackets closing the name: "the Act (2019)")."""
    words = [t.text for t in name]
    return "(" in words[1:-2] and ")" in words[2:-1] and words.index("(") < words.index(")") and name[-1].is_title


def _headline_names(doc: Doc, mentions: list[dict], body: int) -> tuple[tuple[int, int], ...]:
    """Token ranges of the name mentions in the headline lines before the body's token `body`."""
    end_char = doc[body].idx
    # Not a people's name, which qualifies a phrase rather than runs on into one: "Democrat Voters".
    spans = (doc.char_span(m["start"], m["end"], alignment_mode="expand") for m in mentions
             if m["label"] in NAME_LABELS and m["label"] != "NORP" and m["start"] < end_char)
    return tuple((span.start, span.end) for span in spans if span is not None)


def cut_to_headline_names(run: list[Token], cuts: Cuts, lower: Container[str]) -> list[list[Token]]:
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
