"""A mention of a name as token offsets, its key, the switches of the steps and the weights they share."""
from __future__ import annotations

import functools
import hashlib
import unicodedata
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from services.core.names import normalise_name
from services.nlp.doctext import SMALL_WORD_CACHE, WORD_CACHE, ents_of, words_of
from services.nlp.entity_rules import (
    CORPORATE_SUFFIXES,
    LOWER_CASE_FIRMS,
    NAME_LABELS,
    NAME_VARIANTS,
    NAME_WORD_VARIANTS,
)

# Vote weight of a label found in an all-caps line: case-restored text is less reliable.
SHOUTING_WEIGHT = 0.5
# Short forms are linked to longer names of these labels only when their own label is not a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# Vote weight of an ORG label right before a possessive (see `_label_reliability`).
POSSESSIVE_ORG_WEIGHT = 0.5
# Vote a common given name at the start of a name adds for PERSON (see `_starts_with_given_name`).
GIVEN_NAME_VOTE = 1.5
# Share of a doc's names that must be capitalised for case to tell names from words.
WELL_CASED_SHARE = 0.8
# Salience left to an entity named only in page furniture (a byline, a picture credit).
FURNITURE_ONLY_SALIENCE = 0.5
# Lines of one shape that make a table: fewer could be a coincidence of prose.
MIN_TABLE_ROWS = 3


# The source of a mention made a person's by the honorific before it.
HONORED = "honorific"
# The source of a person named by a transcript's label ("JOE ROGAN" of "JOE ROGAN: What did Elon say?").
SPEAKER_LABEL = "speaker_label"
# The source of a name cut out of a headline's longer model name ("Macron" of "Macron Meets Xi Jinping"): a name,
# though it opens its line and is a word too ("macron", "trump").
HEADLINE_CUT = "headline cut"


@dataclass
class Mention:
    """A mention as token offsets into the doc, before and after grouping."""

    start: int
    end: int
    label: str
    weight: float = 1.0
    source: str = "model"
    key: tuple[str, ...] = field(default=())
    # The group's key when another rule than the name decides it ("Ms Thornton" is Rebecca Thornton's).
    owner: tuple[str, ...] | None = None
    # Where the mention ends inside its last token: a sum's "£50m" of the token "m." (None: the token's end).
    end_char: int | None = None


@dataclass
class _Options:
    """Switches of the post-processing steps (all on in production; the evaluation toggles them)."""

    recase: bool = True
    clean: bool = True
    group: bool = True
    propagate: bool = True
    tables: bool = True
    capitals: bool = True
    acronyms: bool = True
    teams: bool = True
    gazetteer: bool = True


OPTIONS = _Options()





def entity_id(label: str, name: str, legal_form: bool = False) -> str:
    """Stable id of a canonical entity: the same person in two articles gets the same id, and the same company
    with or without its legal form ("Apple Inc." and "Apple"; with it when told: `legal_form`). A name's id does not
    depend on its label: the model calls one club a person in one article and a place in the next (dates, sums and
    numbers keep theirs: "May")."""
    folded = normalise_name(name)
    if label in NAME_LABELS:
        key = _without_legal_form(folded) if label != "PERSON" and not legal_form else folded
        key = f"name\x1f{_one_spelling(key)}"
    else:
        signs = _currency_signs(name) if label == "MONEY" else ""  # "$1,099" and "£1,099" are two sums
        key = f"{label}\x1f{signs}{folded}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _words_spelt_one_way(folded: str) -> str:
    """A folded name with each word in the spelling `NAME_WORD_VARIANTS` gives it ("zelenskyy" -> "zelensky")."""
    return " ".join(NAME_WORD_VARIANTS.get(word, word) for word in folded.split(" "))


# Folded names of `NAME_VARIANTS`, each with the folded name its id is made of.
_VARIANT_KEYS = {_words_spelt_one_way(normalise_name(variant)): _words_spelt_one_way(normalise_name(name))
                 for name, variants in NAME_VARIANTS.items() for variant in variants}


def _one_spelling(folded: str) -> str:
    """The folded name an entity's id is made of, whichever of its names and spellings the article writes."""
    words = _words_spelt_one_way(folded)
    return _VARIANT_KEYS.get(words, words)


def _currency_signs(name: str) -> str:
    """The currency signs of a sum, which `normalise_name` drops: "$1,099" and "£1,099" are two sums."""
    return "".join(ch for ch in name if unicodedata.category(ch) == "Sc")


# The legal forms of companies as `normalise_name` writes them ("L.L.C." -> "l l c").
_LEGAL_FORMS = tuple(sorted({normalise_name(suffix) for suffix in CORPORATE_SUFFIXES} - {""}, key=len, reverse=True))


def _without_legal_form(folded: str) -> str:
    """A folded company name without its trailing legal forms ("jpmorgan chase co" -> "jpmorgan chase")."""
    stripped = True
    while stripped:
        stripped = False
        for form in _LEGAL_FORMS:
            if folded.endswith(" " + form):
                folded, stripped = folded[: -len(form) - 1], True
                break
    return folded


def _default_model() -> Language:
    from services.nlp.model import shared_model

    return shared_model()





def _token_key(token: Token) -> str:
    """Matching form of one token: case-folded, typographic apostrophes made plain."""
    return _word_key(token.text)


@functools.lru_cache(maxsize=WORD_CACHE)
def is_name_cased(word: str) -> bool:
    """Capitalised, or a brand's lower-case first letter before a capital: "Ryanair", "easyJet", "eBay" (not "de"), or
    a firm written all in lower case ("flydubai")."""
    return word[:1].isupper() or (word[:1].islower() and any(ch.isupper() for ch in word[1:])) \
        or word in LOWER_CASE_FIRMS


def _word_key(word: str) -> str:
    return word.casefold().replace("’", "'")


def _key(doc: Doc, m: Mention) -> tuple[str, ...]:
    """Matching form of a mention: its tokens' keys."""
    return _key_at(doc, m.start, m.end)


def _key_at(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    return tuple(word_keys_of(doc)[start:end])


_WORD_KEYS = "newswire.entities.word_keys"


def word_keys_of(doc: Doc) -> list[str]:
    """The matching form (`_word_key`) of each token's word, by token index, made once per document: keys of
    mentions and the surnames' look over every word read it many times."""
    keys = doc.user_data.get(_WORD_KEYS)
    if keys is None:
        keys = doc.user_data[_WORD_KEYS] = list(map(_word_key, words_of(doc)))
    return keys


def _line_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the doc's lines, line-break tokens excluded; found once per document (several steps ask), so
    not to be changed by the caller."""
    ranges = doc.user_data.get(_LINE_RANGES)
    if ranges is None:
        ranges = doc.user_data[_LINE_RANGES] = _find_line_ranges(doc)
    return ranges


_LINE_RANGES = "newswire.line_ranges"


def _find_line_ranges(doc: Doc) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    start = 0
    for i, word in enumerate(words_of(doc)):
        if "\n" in word and word.isspace():
            if i > start:
                ranges.append((start, i))
            start = i + 1
    if start < len(doc):
        ranges.append((start, len(doc)))
    return ranges


def _is_shouting(words: list[str]) -> bool:
    """True for an all-caps line (its tokens' texts) such as a headline ("JAPAN GET LUCKY WIN")."""
    # One loop that stops at the first word with letters not in capitals: that ends most lines at their first word.
    cased = long = False
    for w in words:
        if _has_letter(w):
            if not w.isupper():
                return False
            cased = True
            long = long or len(w) >= 4
    return cased and long


def is_well_cased(doc: Doc) -> bool:
    """True when the model's names are capitalised, as in edited text: case then tells names from
    words. Not so in lower-cased copies ("sunday's manchester derby at old trafford"). Worked out once per document:
    several steps ask."""
    well_cased = doc.user_data.get(_WELL_CASED)
    if well_cased is None:
        named = [e for e in ents_of(doc) if e.label_ in NAME_LABELS]
        capitalised = sum(any(ch.isupper() for ch in e.text) for e in named)
        well_cased = doc.user_data[_WELL_CASED] = capitalised >= WELL_CASED_SHARE * len(named)
    return well_cased


_WELL_CASED = "newswire.well_cased"


# Word-level tests below are cached per word: they run for every token of every line.
@functools.lru_cache(maxsize=SMALL_WORD_CACHE)
def _has_letter(word: str) -> bool:
    return any(ch.isalpha() for ch in word)


def _singulars(word: str) -> tuple[str, ...]:
    """What the singular of a plural word may be ("securities": "security", "hills": "hill", "churches": "church"),
    where a lemma cannot tell: the tagger's lemma of a plural it calls a proper noun is the plural."""
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    return (word[:-1], word[:-2]) if word.endswith("s") and not word.endswith("ss") else ()
