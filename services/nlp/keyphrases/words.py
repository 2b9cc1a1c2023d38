"""Limits and word lists of key phrases, and what one word is: a glued hyphen, a sentence's stop, a title line."""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from services.nlp.doctext import text_of, tokens_of
from services.nlp.entity_rules import NAME_SMALL_WORDS

MAX_WORDS = 5  # longer chunks are clauses in disguise, not key phrases
MAX_NAME_WORDS = 9  # but an organisation's name may be longer
NAME_ENTS = frozenset({"ORG", "FAC"})
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
    # Of a share or a measure of something else: "the rest of the planet", "a month's worth of rain".
    "rest", "worth", "bulk", "lack", "amount",
    # What a business story calls the firm it names, and a sport story its competition: "the maker of Oreo cookies",
    # "the companies said", "the division's chief", "the event drew a record crowd" (a topic only with more words:
    # "chocolate maker", "ice cream business").
    "maker", "company", "division", "event",
    # Parts of a document, which name a topic only with their numbers: "Sections 12 to 14 of the bill".
    "section", "chapter", "clause", "paragraph",
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
    # a number's sign, which the tagger reads as a noun: "temperatures dropping to minus 10C"
    "minus",
})
# Notes in brackets after a name, which say something of it and name no topic: a film's certificate ("Wicked: For
# Good (PG)", "Mickey 17 (12A)") and a captain's mark in a line-up ("H Slade (capt)").
BRACKETED_NOTES = frozenset({"U", "PG", "12A", "R18", "capt", "capt."})
# Short units of measure, in lower case right after their number: "making 11 kn", "12 nm off Gozo", "a 5 km run".
UNITS_AFTER_NUMBERS = frozenset({"kn", "kt", "kts", "nm", "nmi", "km", "mi", "ft", "cm", "mm", "mph", "kph", "kmh",
                                 "lb", "lbs", "oz", "ml"})


# Words a headline writes in lower case (a review's title writes more: `names.REVIEW_TITLE_SMALL_WORDS`).
TITLE_SMALL_WORDS = NAME_SMALL_WORDS | {"a", "an", "in", "on", "to", "at"}
# A word as `str.split` finds it, a run of what is no white space.
_WORD = re.compile(r"\S+")


def on_a_title_line(span: Span) -> bool:
    """The span is on a line of title case: a headline, whose capitals join words of no name."""
    doc = span.doc
    text = text_of(doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char)
    bounds = (line_start, line_end if line_end >= 0 else len(text))
    # Each line's answer kept for the document (keyed by its bounds in the text, which no retokenising changes): a
    # one-line text in title case was read to its end for each of its phrases, its time growing with its square.
    known = doc.user_data.setdefault(_TITLE_LINES, {})
    titled = known.get(bounds)
    if titled is None:
        titled = known[bounds] = _is_title_line(text, *bounds)
    return titled


_TITLE_LINES = "newswire.keyphrases.title_lines"


def _is_title_line(text: str, start: int, end: int) -> bool:
    """Every word of the line text[start:end] capitalised, small words aside: a headline."""
    # Read in place, word by word up to the first word in lower case: a text written on one long line is asked this
    # for each of its phrases, and copying and splitting the whole line each time made a 200,000-character text take
    # minutes.
    words = (match.group() for match in _WORD.finditer(text, start, end))
    seen = False
    for word in words:
        if not word[:1].isalpha():
            continue
        if not (word[0].isupper() or word.lower() in TITLE_SMALL_WORDS):
            return False
        seen = True
    return seen


# Marks a phrase may hold that are no words of its own: a possessive's apostrophe ("nurses' strike"), a nickname's
# quotation marks ('Sean "Diddy" Combs'), a slash between words ("Entry/Exit System").
NO_WORD_MARKS = ("'", "’", '"', "“", "”", "/")
DOUBLE_QUOTES = frozenset({'"', "“", "”"})


def after_glued_hyphen(token: Token) -> bool:
    """The word after a hyphen inside a word: "op" of "co-op", a stop word or no word to the model on its own."""
    return token.is_alpha and token.i > 0 and is_glued_hyphen(tokens_of(token.doc)[token.i - 1])


def has_sentence_stop(token: Token) -> bool:
    """A word the tokenizer left a sentence's full stop on, which it does after a capital ("StoneX.", "PwC."): a word
    in mixed case ending in a capital is no abbreviation ("U.S.", "Inc." are)."""
    text = token.text
    if not text.endswith("."):
        return False
    body = text[:-1]
    return len(body) > 1 and "." not in body and body[-1].isupper() and any(ch.islower() for ch in body)


def is_glued_hyphen(token: Token) -> bool:
    """A hyphen inside a word ("Iris-T", "full-scale"), not a dash between spaced words."""
    if token.text not in ("-", "–") or token.whitespace_ or token.i == 0:
        return False
    return not tokens_of(token.doc)[token.i - 1].whitespace_
