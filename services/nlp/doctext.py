"""The text of a parsed document, its tokens and their words, each built once per document.

The analysis steps read these many times: spaCy builds `Doc.text` by joining every token again on each
access, each `doc[i]` makes a new Token object, and each `token.text` or `token.lower_` decodes the word again.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

_TEXT = "newswire.text"
_WORDS = "newswire.words"
_LOWERS = "newswire.lowers"
_TOKENS = "newswire.tokens"
_ENTS = "newswire.ents"
_LOWER_CASE_WORDS = "newswire.lower_case_words"
_MODEL_TEXT = "newswire.model_text"
# Entries of each per-word cache in the analysis (word tests that run for every token). Frequent words
# hit; a bigger cache only grows a long-lived worker: at 65,536 entries the caches filled with the
# corpus's distinct words, and one process grew +5.7% over 868 articles instead of +2.3%.
WORD_CACHE = 4096
# Entries of the per-word caches whose later entries are rarely asked for again, kept smaller: a test of a few
# characters (`_has_letter`, `_is_number`, `_compact`) or a given-name lookup (`gender_of`, `is_given_name`). At
# 4,096 they kept filling long after warm-up (868 corpus articles, `bench.memory`: `_has_letter` 345 -> 4,096,
# `is_given_name` 446 -> 4,096, `gender_of` 112 -> 3,114); at 1,024 their hit rates after warm-up fell by 0-6
# points (`_is_number` 93% -> 87%, a few microseconds a miss) and Python's allocated blocks grew 39k, not 63k.
SMALL_WORD_CACHE = 1024
# A run of this many characters without a space is no word (a pasted blob, a row of marks). spaCy's tokenizer
# strips punctuation off such a run one character at a time, scanning the rest again each time: 15,000
# quotation marks in a row took 21 s.
LONG_RUN_CHARS = 1000
LONG_RUN = re.compile(rf"\S{{{LONG_RUN_CHARS},}}")
# A review's rating in star glyphs: the model read the name after it as nothing ("Anora (18) ★★★★★ Sean Baker's Palme
# d'Or winner": no Sean Baker; "The Brutalist ★★★★☆ Brady Corbet's epic": no Brady Corbet), as it reads it after spaces.
RATING_STARS = re.compile(r"[★☆✩✪✭✮⭐]+")


def tokenizable(text: str) -> str:
    """The text as the model reads it: each run of `LONG_RUN_CHARS` or more non-space characters blanked out (as
    letters, it became an organisation named "xxxx..." in every such article; a long link stays inside its
    sentence), and each run of rating stars. The length stays, so offsets into it index the text itself."""
    return RATING_STARS.sub(_stop_and_blank, LONG_RUN.sub(_blank, text))


def _stop_and_blank(run: re.Match[str]) -> str:
    """A semicolon for the run's first star and spaces for the rest: the title before the stars stays in the sentence
    and the name after them starts a clause ("Dune: Part Two (12A) ★★★★ Timothée Chalamet returns ..." keeps its
    title in the summary and finds Timothée Chalamet; a full stop made the title a piece the summary dropped)."""
    if not re.match(r"\s+[A-Z]", run.string[run.end():run.end() + 2]):
        return _blank(run)  # "a 5⭐ hotel": no clause ends
    return ";" + " " * (len(run.group()) - 1)


def _blank(run: re.Match[str]) -> str:
    """As many spaces as the run has characters."""
    return " " * len(run.group())


def remember_text(doc: Doc, text: str, model_text: str | None = None) -> Doc:
    """Record the text `doc` was parsed from (spaCy keeps it exactly: doc.text == text), and the text the model read
    (`tokenizable`'s, which `span_text` cuts), if it was given: `doc.text` joins every token's word again."""
    doc.user_data[_TEXT] = text
    if model_text is not None:
        doc.user_data[_MODEL_TEXT] = model_text
    return doc


def text_of(doc: Doc) -> str:
    """The document's text."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = remember_text(doc, doc.text).user_data[_TEXT]
    return text


def words_of(doc: Doc) -> list[str]:
    """The text of each token, by token index."""
    words = doc.user_data.get(_WORDS)
    if words is None:
        words = doc.user_data[_WORDS] = [token.text for token in tokens_of(doc)]
    return words


def lowers_of(doc: Doc) -> list[str]:
    """The lower-case form of each token (`Token.lower_`), by token index."""
    lowers = doc.user_data.get(_LOWERS)
    if lowers is None:
        # The words' own `str.lower`, which is how spaCy makes a lexeme's lower form: a Token's `lower_` looks the
        # string up again for each token.
        lowers = doc.user_data[_LOWERS] = [word.lower() for word in words_of(doc)]
    return lowers


def tokens_of(doc: Doc) -> list[Token]:
    """The document's tokens, by token index, each built once: the rules' loops over every token read them many times.

    Each Token holds its document, so the list makes a reference cycle: `forget_tokens` breaks it when the analysis
    is done, and the document is freed at once with its batch (its strings are the memory zone's)."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The model's entities (`Doc.ents`), built once: each `doc.ents` builds a Span of every entity again.

    Each Span holds its document: `forget_tokens` drops them with the token list."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = doc.ents
    return ents


def char_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """`doc[start:end].start_char` and `.end_char`, read off the token list: a Span builds three Tokens to know them."""
    tokens = tokens_of(doc)
    if not 0 <= start <= end <= len(tokens):
        raise IndexError(f"span [{start}:{end}] out of a document of {len(tokens)} tokens")
    if start == end:
        at = tokens[start].idx if start < len(tokens) else len(doc.text)
        return at, at
    last = tokens[end - 1]
    return tokens[start].idx, last.idx + len(last)


def span_of(doc: Doc, start: int, end: int) -> Span:
    """`doc[start:end]`, built straight where the bounds are in order: spaCy reads a slice's bounds through a Python
    function (`util.normalize_slice`) that costs more than the Span itself, and the rules slice every mention."""
    if 0 <= start <= end <= len(doc):
        return Span(doc, start, end)
    return doc[start:end]  # a negative or reversed bound: the slice's own reading


def span_text(doc: Doc, start: int, end: int) -> str:
    """`doc[start:end].text` for tokens `start` to `end` of the document, cut from its text as the model read it: a
    Span costs a slice's checks, an object and a join of its tokens' words, and the rules ask it of every mention."""
    if start >= end:
        return ""  # as an empty Span's
    start_char, end_char = char_bounds(doc, start, end)
    # The model's text, not `text_of`: the stars and long runs `tokenizable` blanked are the tokens' words.
    text = doc.user_data.get(_MODEL_TEXT)
    if text is None:
        text = doc.user_data[_MODEL_TEXT] = doc.text
    return text[start_char:end_char]


def forget_tokens(doc: Doc) -> None:
    """Drop the document's token list and entity spans (see `tokens_of`)."""
    doc.user_data.pop(_TOKENS, None)
    doc.user_data.pop(_ENTS, None)


def lower_case_words_of(doc: Doc) -> frozenset[str]:
    """The words the document writes in lower case: ordinary words, not names."""
    words = doc.user_data.get(_LOWER_CASE_WORDS)
    if words is None:
        # `str.islower` is how spaCy sets a lexeme's `is_lower`.
        words = doc.user_data[_LOWER_CASE_WORDS] = frozenset(word for word in words_of(doc) if word.islower())
    return words
