"""The words that can be part of a key phrase (no stop word, number, sum, unit or date) and their lemmas."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.symbols import ADJ, ADP, ADV, AUX, CCONJ, DET, NOUN, NUM, PART, PRON, PROPN, SYM, VERB
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from services.nlp.doctext import WORD_CACHE, lowers_of, tokens_of, words_of
from services.nlp.entities import (
    in_a_members_address,
    in_a_territorial_title,
    is_temperature_unit,
    opens_a_first_title,
    unit_end,
)
from services.nlp.entity_rules import (
    EXTRA_TIME_MARKS,
    HANSARD_PARTIES,
    OPENING_TIME_ADVERBS,
    TEMPERATURE_SCALES,
    TIME_ZONES,
    TITLE_ABBREVIATIONS,
)
from services.nlp.keyphrases.words import (
    BRACKETED_NOTES,
    GENERIC_ADJ,
    NOT_TOPIC_WORDS,
    SKIP_ENTS,
    STREAK_WORDS,
    UNITS_AFTER_NUMBERS,
    WEB_WORDS,
    has_sentence_stop,
    is_glued_hyphen,
    on_a_title_line,
)
from services.nlp.money import ISO_CODES, is_unit_abbreviation, is_unit_word, is_written_sum

_NOT_CONTENT_POS = frozenset({PRON, DET, NUM, PART, ADP, CCONJ, SYM, AUX})
_GLUED_PERCENT = re.compile(r"\d[\d.,]*pc")
_GLUED_CRORES = re.compile(r"\d[\d.,]*[Cc]r")
# A number glued to its scale, a sum's or a count's with its unit left out: "15bn" of "¥15bn", "3.5mln".
_GLUED_SCALE = re.compile(r"\d[\d.,]*(?:k|m|mn|mln|bn|bln|b|tn|trn)")
# A temperature written as one word, a sentence's stop on it or not: "-23F.", "117F", "39.8C": a reading, no topic.
_GLUED_TEMPERATURE = re.compile(r"[-−]?\d[\d.,]*°?[FC]\.?")
# A trial's p-value, one token to the tokenizer: "p<0.001", "P=0.04".
_P_VALUE = re.compile(r"[pP][<=>≤]0?\.\d+")
# A stock ticker with its exchange: "TSLA.O", "VOD.L", "7203.T".
_TICKER = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}")
_ORDINAL_WORDS = frozenset({"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth",
                            "Tenth"})


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


def _is_unit(token: Token) -> bool:
    """A unit after a number, no topic: a temperature scale ("105 degrees Fahrenheit (40.5 Celsius)"), the "parts"
    of "420 parts per million" (not "2 doctors per 1,000 people"), a short unit in lower case ("11 kn"), or the "CI"
    of a trial's "95% CI" (confidence interval)."""
    doc, i = token.doc, token.i
    # The words read off the document's lists, built once: this runs for every content word's token, and a Token's
    # text is a string made anew at each read.
    tokens, words, lowers = tokens_of(doc), words_of(doc), lowers_of(doc)
    if _in_a_points_unit(lowers, i):
        return True
    before = i - 1 if i > 0 else None
    if before is not None and lowers[before] == "per" and i > 1 and _is_amount_at(tokens, words, i - 2):
        before = i - 2  # a price's or a rate's unit: "lb" of "$2.45 per lb", "tonne" of "$90 per tonne"
    if before is None or not (_is_amount_at(tokens, words, before) or words[before] == "%"):
        # The scale's word asked first: most words are none, and `is_temperature_unit` builds Tokens to know.
        return lowers[i] in TEMPERATURE_SCALES and is_temperature_unit(token)
    if words[before] == "%":
        return words[i] == "CI"
    return token.text in UNITS_AFTER_NUMBERS or unit_end(doc, i) is not None or is_temperature_unit(token) \
        or (token.is_lower and is_unit_word(token.text, token.lemma_))


# Words before "point" that make it a rate's unit: "percentage point", "basis point", and the fractions of a point a
# central bank moves by ("a quarter point cut", "a half point rise").
_POINT_UNITS = frozenset({"percentage", "basis", "quarter", "half", "three-quarter", "three-quarters"})


def _in_a_points_unit(lowers: list[str], i: int) -> bool:
    """A word of "percentage point(s)" or "basis point(s)", a unit with a number before it or not ("half a percentage
    point", "a percentage point"), or the "point" of "a quarter point cut", never a topic; `lowers` are the document's
    words in lower case."""
    word = lowers[i]
    if word in ("percentage", "basis"):
        return i + 1 < len(lowers) and lowers[i + 1] in ("point", "points")
    return word in ("point", "points") and i > 0 and lowers[i - 1] in _POINT_UNITS


def _is_amount_at(tokens: list[Token], words: list[str], i: int) -> bool:
    """The document's token `i` (`words`, its words) is a number, a sum written as one word ("R$3.5", "$2.45") or a
    number glued to its scale ("15bn")."""
    return tokens[i].like_num or _is_amount_word(words[i])


@lru_cache(maxsize=WORD_CACHE)  # asked of the word before nearly every content word
def _is_amount_word(text: str) -> bool:
    """The word is a sum written as one word or a number glued to its scale (`_is_amount_at` but for `like_num`)."""
    return is_written_sum(text) or _GLUED_SCALE.fullmatch(text) is not None


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
    hyphen = next((i for i in range(start + 1, end - 2) if is_glued_hyphen(doc[i])), None)
    return hyphen is not None and token.i > hyphen and doc[end - 1].pos == NOUN


def _is_an_events_week(token: Token) -> bool:
    """The capitalised "Week" the model made a date of its own right after an event's or a body's name: "New York
    Fashion Week" (the entities take it into the name); not a numbered week ("the Chiefs Week 1 opener")."""
    if token.text != "Week" or token.ent_iob_ != "B" or token.i == 0:
        return False
    doc, before = token.doc, token.doc[token.i - 1]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return before.ent_type_ in ("ORG", "EVENT") and before.whitespace_ == " " \
        and (after is None or (after.ent_iob_ != "I" and not after.like_num))


def is_content(token: Token, leading: bool) -> bool:
    """The token can be a word of a key phrase, leading its run or not."""
    if not leading:
        return _is_content_inside(token)
    if _opens_a_title_word(token):
        return True
    if _opens_a_quoted_sentence(token):
        return False  # '"Tonight Queenslanders have voted"': the time of what is said, no topic's word
    if opens_a_name(token) or opens_a_stop_word_name(token):
        return True  # a stop word or a generic adjective that opens a name: "Serious Fraud Office", "Big Ten"
    if not _is_content_token(token):
        return False
    return not (token.pos == ADJ and token.lower_ in GENERIC_ADJ and not _opens_a_fixed_compound(token)
                or token.pos == ADV or _counts_a_streak(token))


# Compounds of a generic adjective and a noun, written apart: the noun alone is a fragment ("street banks" of "the
# high street banks").
_FIXED_COMPOUNDS = frozenset({("high", "street")})


def _opens_a_fixed_compound(token: Token) -> bool:
    """The adjective in lower case opens a compound of `_FIXED_COMPOUNDS`: "high" of "the big high street banks", or
    "High" capitalised for opening a sentence: "High street sales fell"."""
    doc, i = token.doc, token.i
    return (token.is_lower or token.is_title and token.is_sent_start) and i + 1 < len(doc) \
        and (token.lower_, lowers_of(doc)[i + 1]) in _FIXED_COMPOUNDS


def _counts_a_streak(token: Token) -> bool:
    """"straight" after an ordinal, a run of wins: "its second straight NCAA title", "a 14th straight defeat" (not
    "straight couples", "a straight answer")."""
    if token.lower_ not in STREAK_WORDS or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.ent_type_ == "ORDINAL" or bool(re.fullmatch(r"\d+(?:st|nd|rd|th)", before.lower_))


def _is_content_inside(token: Token) -> bool:
    """`is_content` of a token not leading its run, worked out once per token of a document: it is asked of every word
    of every chunk, and again of the word graph's."""
    known = token.doc.user_data.get(_CONTENT_INSIDE)
    if known is None:
        known = token.doc.user_data[_CONTENT_INSIDE] = {}
    verdict = known.get(token.i)
    if verdict is None:
        # The word's own verdict first: most words asked about are content words, and the title's openings, four
        # rules each reading the next token, need not be asked of them.
        verdict = known[token.i] = _is_content_token(token) or _opens_a_title_word(token)
    return verdict


_CONTENT_INSIDE = "newswire.keyphrases.content_inside"


def _opens_a_title_word(token: Token) -> bool:
    """The word opens a title, whose "First" or "Top" is no number nor stop word: "First Minister", "Top Gun", "First
    Amendment"."""
    return opens_a_first_title(token) or opens_a_title(token) or _opens_an_ordinal_name(token) \
        or _opens_an_unfound_title(token)


def _opens_an_unfound_title(token: Token) -> bool:
    """A capitalised adverb inside a sentence, after a word in lower case, before a capitalised proper noun, neither in
    a name the model found: a show's title, "Strictly" of "Viewers of Strictly Come Dancing" (which the tagger reads
    "Strictly" as an adverb and "Come" as a name), not "Quickly" opening a sentence nor a title line's capitals."""
    doc, i = token.doc, token.i
    if token.pos != ADV or not token.is_title or token.is_sent_start or token.ent_iob_ != "O" or i == 0 \
            or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    return (before.is_lower or before.lower_ in ("'s", "’s")) and after.pos == PROPN and after.is_title \
        and after.ent_iob_ == "O" and not on_a_title_line(doc[i - 1:i + 2])


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
    known = token.doc.user_data.get(_CONTENT_TOKENS)
    if known is None:  # not `setdefault`, which builds an empty dict at every ask
        known = token.doc.user_data[_CONTENT_TOKENS] = {}
    i = token.i
    if i not in known:
        # The exceptions that make a stop word or a pronoun content ("front line", "IT") asked last: most tokens
        # asked about are content words, which need not be asked them.
        known[i] = not (
            token.pos in _NOT_CONTENT_POS or not _is_content_word(token) or _is_unit(token)
            or _is_worth_of_a_sum(token) or _is_bracketed_note(token)
            or in_a_members_address(token)  # "hon.", "right hon.", "Lady" of "the hon. Lady": a Member's address
            or in_a_territorial_title(token)  # "Kings Heath" of "Lord Hunt of Kings Heath": the peer's, no topic
            or _is_parliaments_formula(token)
            or (token.ent_type_ in SKIP_ENTS and not _in_measured_thing(token) and not _is_an_events_week(token))
        ) or _opens_a_stop_word_compound(token) or _is_information_technology(token) or _is_net_of_a_noun(token)
    return known[i]


_CONTENT_TOKENS = "newswire.keyphrases.content_tokens"
# The words of a party's abbreviation in Hansard's brackets: "Lab", "Co", "op" of "(Lab/Co-op)".
_PARTY_WORDS = frozenset(word for party in HANSARD_PARTIES for word in re.split(r"[ /-]", party))
_CHAIR_TITLES = frozenset({"mr", "madam"})


def _is_parliaments_formula(token: Token) -> bool:
    """A word of the Commons' set forms, no topic: the chair addressed, "Mr Speaker" of "No, Mr Speaker.", "Madam
    Deputy Speaker"; the chair's call "Order." alone as a sentence; a party's abbreviation in brackets after a
    Member's name, "Con" of "Lord Frost (Con) asked"."""
    doc, i, text = token.doc, token.i, token.text  # the word read once: this is asked of every content word
    if text == "Speaker":
        before = doc[i - 1] if i > 0 else None
        before = doc[i - 2] if before is not None and before.text == "Deputy" and i > 1 else before
        return before is not None and before.lower_ in _CHAIR_TITLES
    if token.lower_ in _CHAIR_TITLES or text == "Deputy":
        return any(t.text == "Speaker" for t in doc[i + 1:i + 3])
    if text == "Order":
        return all(not t.is_alpha or t.lower_ == "order" for t in token.sent)
    if text in _PARTY_WORDS:
        start, end = i, i + 1
        while start > 0 and doc[start - 1].text in _PARTY_WORDS | {"/", "-"}:
            start -= 1
        while end < len(doc) and doc[end].text in _PARTY_WORDS | {"/", "-"}:
            end += 1
        return start > 0 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ")"
    return False
# Compounds of a stop word and a noun, written apart: the noun alone is a fragment ("line" of "the front line",
# "bench" of "the front bench", a party's leaders in Parliament).
_STOP_WORD_COMPOUNDS = frozenset({("front", "line"), ("front", "lines"), ("front", "page"), ("front", "runner"),
                                  ("front", "runners"), ("front", "bench"), ("front", "benches"), ("back", "bench"),
                                  ("back", "benches")})


def _is_net_of_a_noun(token: Token) -> bool:
    """"net" before the noun it qualifies, a word of accounts and trade ("net income", "Net profit", "net exporter"),
    which the web words leave out as the ".net" of an address ("variety . net news": a full stop before it in lower
    case)."""
    doc, i = token.doc, token.i
    words = words_of(doc)
    if words[i].lower() != "net" or i + 1 >= len(doc) or doc[i + 1].pos != NOUN:
        return False
    return i == 0 or words[i - 1] != "." or words[i] == "Net"


def _is_information_technology(token: Token) -> bool:
    """"IT" in capitals as a noun before a common noun in lower case, information technology and no pronoun: "IT" of
    "IT services firm Capita", "its IT systems" (not "IT IS TIME" of a headline in capitals, nor "It" opening a
    sentence)."""
    doc, i = token.doc, token.i
    # The word read off the word list first: this runs for every token.
    if words_of(doc)[i] != "IT" or i + 1 >= len(doc) or token.pos not in (NOUN, PROPN):
        return False
    after = doc[i + 1]
    return after.is_lower and after.pos == NOUN and not (i > 0 and _is_a_shouted_word(doc[i - 1]))


def _is_a_shouted_word(token: Token) -> bool:
    """A word of shouted capitals that makes the "IT" after it the pronoun: "DO" of "JUST DO IT campaign", "MAKE" of
    "MAKE IT stop" (not "BBC" of "BBC IT staff", a name)."""
    return token.is_upper and token.is_alpha and len(token) > 1 \
        and (token.lower_ in STOP_WORDS or token.pos in (VERB, AUX))


def _is_bracketed_note(token: Token) -> bool:
    """A note alone in brackets right after a capitalised word: "PG" of "Wicked: For Good (PG)", "capt" of "H Slade
    (capt)" (not "PG" of "PG Tips"); or a mark of extra time after a score: "OT" of "Flames 3 (OT)"."""
    doc, i = token.doc, token.i
    # The brackets read off the word list: this is asked of every content word, and two Tokens cost more.
    words = words_of(doc)
    if not (1 < i < len(words) - 1 and words[i - 1] == "(" and words[i + 1] == ")"):
        return False
    return token.text in BRACKETED_NOTES and doc[i - 2].text[:1].isupper() \
        or token.text in EXTRA_TIME_MARKS and doc[i - 2].like_num  # "Flames 3 (OT)": a result's extra time


def _opens_a_stop_word_compound(token: Token) -> bool:
    """The stop word in lower case opens a compound of `_STOP_WORD_COMPOUNDS`: "front" of "visited the front line"."""
    doc, i = token.doc, token.i
    # The next word read off the word list: this runs for every token, and a Token for the next costs more.
    return token.is_lower and i + 1 < len(doc) and (token.text, lowers_of(doc)[i + 1]) in _STOP_WORD_COMPOUNDS \
        and doc[i + 1].pos == NOUN


def mark_sums(doc: Doc, money: list[dict]) -> None:
    """Mark the tokens of the money step's sums as no content: a sum's scale or glued number is no topic ("bln" of
    "R$3.5 bln", "15bn" of "¥15bn", "14bn" of "a £14bn claim"), whatever the tagger made of it."""
    known = doc.user_data.setdefault(_CONTENT_TOKENS, {})
    sums = doc.user_data.setdefault(_SUM_TOKENS, set())
    for item in money:
        span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
        if span is not None:
            known.update(dict.fromkeys(range(span.start, span.end), False))
            sums.update(range(span.start, span.end))


_SUM_TOKENS = "newswire.keyphrases.sum_tokens"


def in_a_sum(token: Token) -> bool:
    """The token is a word of one of the money step's sums (`mark_sums`), which no rule of names joins to a phrase:
    "Islands dollars" of "50 million Solomon Islands dollars" where the text names the Solomon Islands again."""
    return token.i in token.doc.user_data.get(_SUM_TOKENS, ())


def opens_a_name(token: Token) -> bool:
    """A capitalised proper noun inside a name the model found ("Serious" of "The Serious Fraud Office"), or a word
    in capitals opening one, which the tagger may read as an adjective ("NEW" of a dateline's "NEW DELHI")."""
    if token.ent_iob_ == "O" or not token.is_alpha or not token.text[:1].isupper() or token.ent_type_ in SKIP_ENTS:
        return False
    doc, i = token.doc, token.i
    return token.pos == PROPN or (token.is_upper and token.ent_iob_ == "B" and i + 1 < len(doc)
                                  and doc[i + 1].ent_iob_ == "I") or _opens_a_title_name(token)


# Names of the model's whose first word may be any part of speech: "Strictly" of "Strictly Come Dancing".
_TITLE_NAMES = frozenset({"WORK_OF_ART", "EVENT"})


def _opens_a_title_name(token: Token) -> bool:
    """A capitalised word inside a sentence opening a title of two or more capitalised words the model found, which
    the tagger read as an adverb or a verb: "Strictly" of "the BBC's Strictly Come Dancing launch show"."""
    if token.ent_iob_ != "B" or token.ent_type_ not in _TITLE_NAMES or not token.is_title or token.is_sent_start:
        return False
    doc, end = token.doc, token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end > token.i + 1 and all(t.is_title for t in doc[token.i:end] if t.is_alpha)


def opens_a_stop_word_name(token: Token) -> bool:
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
        and after.pos == PROPN and after.is_title and after.is_alpha and not on_a_title_line(doc[i:i + 2])


def opens_a_title(token: Token) -> bool:
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
    return _is_content_text(token.text, token.vocab)


# An LRU, not a dict emptied when full: the dict was emptied every 40 or so articles and a third of the asks
# missed, the commonest words' too (200 bench texts: 19,120 misses of 57,344 after warm-up).
@lru_cache(maxsize=WORD_CACHE)
def _is_content_text(text: str, vocab: Vocab) -> bool:
    """`_is_content_word` of the word `text`; its flags (stop word, punctuation, like a number...) are its lexeme's,
    the same for every token of it."""
    token = vocab[text]
    return not (
            token.is_stop or token.is_punct or token.is_space or token.like_num or not text.strip()
            or token.like_url or token.like_email or token.lower_ in WEB_WORDS or token.lower_ in NOT_TOPIC_WORDS
            or text in TIME_ZONES or text in ISO_CODES or _TICKER.fullmatch(text) or is_written_sum(text)
            or text in TITLE_ABBREVIATIONS  # "Capt." of "Capt. Arvind Menon": a rank, no topic
            or _GLUED_SCALE.fullmatch(text)  # "a loss of ¥15bn" as the tagger splits it: "¥" and "15bn"
            or text == "pc" or _GLUED_PERCENT.fullmatch(text)  # per cent: "fell 13 pc", "7.5pc" (not "PC")
            or text in ("cr", "Cr") or _GLUED_CRORES.fullmatch(text)  # crores: "₹500 cr", "Rs 45cr" (not "CR")
            or text in ("kn", "nm")  # knots and nautical miles or nanometres (not "NM", New Mexico)
            or text == "def"  # a results line's "defeated": "Alex Pereira def. Jamahal Hill" (not "Def Leppard")
            or _P_VALUE.fullmatch(text) or _GLUED_TEMPERATURE.fullmatch(text)
            or is_unit_abbreviation(text)  # "(bpd)" after "barrels per day", "25 bps"
        ) and any(ch.isalpha() for ch in text) and len(text) > 1


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
    if has_sentence_stop(token):
        text = token.text[:-1]  # "StoneX." is StoneX
    return text.lower().replace("’", "'")
