"""The per-document caches of `services.nlp.doctext` give what spaCy's own objects give."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.doctext import (
    char_bounds,
    ents_of,
    forget_tokens,
    lower_case_words_of,
    lowers_of,
    remember_text,
    span_of,
    span_text,
    tokens_of,
)
from services.nlp.entities.mentions import _key_at, _word_key, word_keys_of

TEXT = "Rishi Sunak met  Apple's chief in London on Monday.\n\nShares rose 3%."


def test_char_bounds_are_the_spans_offsets(nlp: Language) -> None:
    doc = nlp(TEXT)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert char_bounds(doc, start, end) == (span.start_char, span.end_char)


def test_span_text_is_the_spans_text(nlp: Language) -> None:
    doc = nlp(TEXT)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text(doc, start, end) == doc[start:end].text


def test_span_of_is_the_documents_slice(nlp: Language) -> None:
    doc = nlp(TEXT)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            span = span_of(doc, start, end)
            assert (span.start, span.end, span.label, span.text) == (start, end, 0, doc[start:end].text)


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (-3, -1), (3, 2), (-1, 1), (0, 10_000), (5, -2)])
def test_guard_span_of_reads_negative_and_reversed_bounds_as_a_slice_does(nlp: Language, start: int, end: int) -> None:
    # guard: a bound below zero counts from the end and a reversed pair is empty, as in `doc[start:end]`
    doc = nlp(TEXT)
    span, sliced = span_of(doc, start, end), doc[start:end]
    assert (span.start, span.end, span.text) == (sliced.start, sliced.end, sliced.text)


def test_guard_span_text_is_the_models_words_where_the_text_read_differs(nlp: Language) -> None:
    # guard: the document remembers the text before `tokenizable` blanked a rating's stars; a span's words are the
    # model's, as `Span.text` gives them
    doc = remember_text(nlp("Anora (18) ;    Sean Baker's film."), "Anora (18) ★★★★★ Sean Baker's film.")
    assert [span_text(doc, 0, end) for end in range(len(doc) + 1)] == [doc[0:end].text for end in range(len(doc) + 1)]


def test_guard_lowers_and_lower_case_words_are_the_tokens_own(nlp: Language) -> None:
    # guard: both lists are made from the words with `str.lower` and `str.islower`, as spaCy makes a lexeme's; letters
    # whose case is odd (a dotted capital I, a title-case digraph, a German sharp s) read as the tokens read them
    doc = nlp("İstanbul's ǅamonja met ß-Bank STRASSE officials, eBay and iPhone 15 users.\n\nÆon rose 3%.")
    assert lowers_of(doc) == [token.lower_ for token in doc]
    assert lower_case_words_of(doc) == frozenset(token.text for token in doc if token.is_lower)


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (3, 2), (0, 10_000)])
def test_char_bounds_refuse_a_span_outside_the_document(nlp: Language, start: int, end: int) -> None:
    with pytest.raises(IndexError):
        char_bounds(nlp(TEXT), start, end)


def test_ents_of_are_the_documents_entities_and_are_forgotten_with_the_tokens(nlp: Language) -> None:
    doc = nlp(TEXT)
    ents = ents_of(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert ents_of(doc) is ents  # built once
    tokens_of(doc)
    forget_tokens(doc)
    assert not any(isinstance(value, tuple | list) and value and hasattr(value[0], "doc")
                   for value in doc.user_data.values())  # no Span nor Token left to hold the document in a cycle


def test_word_keys_are_each_words_matching_form(nlp: Language) -> None:
    """The per-document word keys are `_word_key` of each token's text, and a mention's key is read off them."""
    doc = nlp("Ministers at O’Brien Group said ÉLYSÉE staff met in São Paulo.")
    assert word_keys_of(doc) == [_word_key(token.text) for token in doc]
    assert _key_at(doc, 0, len(doc)) == tuple(_word_key(token.text) for token in doc)
    assert "o'brien" in word_keys_of(doc) and "élysée" in word_keys_of(doc)
