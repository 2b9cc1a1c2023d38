"""The model's lemmatizer, made cheap: its word index as sets, its answers cached per token kind.

spaCy's rule lemmatizer tests `form in index` for each suffix rule that fits a new word, and the model
package ships the index as lists of thousands of words: about 0.15 ms per word it has not seen before.
Its cache then grows with every distinct word a long-lived worker meets, and for every token it builds
a Token and a morphology object to key that cache. Here the index is made of sets (the same answers, but for
a noun that shadowed a commoner plural: `SHADOWING_NOUNS`), and `CachedLemmatizer` gives each token its lemma
from three arrays of the document and a bounded cache keyed as spaCy's, asking the model's lemmatizer only
for kinds of token it has not seen lately.
Measured on 600 corpus articles in one process (`lemmatizer` alone, CPU per article, articles 201-600):
spaCy's own 8.1-9.5 ms; with the index as sets 3.7-4.0 ms; with the cache too (8,192 kinds kept; now 4,096) 2.6 ms.
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

NAME = "lemmatizer"
FACTORY = "newswire_cached_lemmatizer"
# Cached answers kept per process (about 1 MB), the least recently used dropped first, so a long-lived
# worker does not grow with every distinct word it meets. At 8,192 the cache went on filling after warm-up
# (3,547 -> 8,192 kinds over 868 corpus articles); at 4,096 about 20 more misses per article (9.5 us each
# with the index as sets: 0.2 ms an article) and Python's allocated blocks grew 18k after warm-up, not 39k.
CACHE_SIZE = 4_096


class CachedLemmatizer:
    """Sets each token's lemma as `lemmatizer` would (its rules, tables and `overwrite` setting)."""

    def __init__(self, lemmatizer: Lemmatizer | None = None) -> None:
        self.lemmatizer = lemmatizer
        self.cache: OrderedDict[tuple[int, int, int], str] = OrderedDict()  # least recently used first

    @property
    def lookups(self) -> Any:
        """The wrapped lemmatizer's tables (the entity step reads its lemma index)."""
        return self.lemmatizer.lookups if self.lemmatizer is not None else None

    def __call__(self, doc: Doc) -> Doc:
        if self.lemmatizer is None:
            raise RuntimeError(f"{FACTORY} wraps a lemmatizer: build it with use_cached_lemmatizer(nlp)")
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        overwrite = self.lemmatizer.overwrite
        add = doc.vocab.strings.add  # the lemma's string must be in this document's store (memory zones)
        cache = self.cache
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not overwrite:  # set by the attribute ruler's exceptions
                continue
            key = (orth, pos, morph)
            text = cache.get(key)
            if text is None:
                text = cache[key] = self._lemmatize(doc, i, key)
                while len(cache) > CACHE_SIZE:
                    cache.popitem(last=False)
            else:
                cache.move_to_end(key)
            lemmas[i] = add(text)
        doc.from_array([LEMMA], lemmas)
        return doc

    def _lemmatize(self, doc: Doc, i: int, key: tuple[int, int, int]) -> str:
        """The model's lemma of `doc[i]`, kept out of spaCy's own cache, which has the same key and would grow with
        every distinct word a long-lived worker meets."""
        lemma = self.lemmatizer.lemmatize(doc[i])[0]
        self.lemmatizer.cache.pop(key, None)
        return lemma


@Language.factory(FACTORY)
def _make_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer()


def use_cached_lemmatizer(nlp: Language) -> Language:
    """Put `CachedLemmatizer` in the place of `nlp`'s rule or lookup lemmatizer, if it has one."""
    if NAME in nlp.pipe_names and isinstance(nlp.get_pipe(NAME), Lemmatizer):
        original = nlp.get_pipe(NAME)
        _index_as_sets(original)
        cached = nlp.replace_pipe(NAME, FACTORY)
        cached.lemmatizer = original
    return nlp


# Words of the noun index that shadow a commoner plural's lemma: "doses" was "dos", "corpses" "corps" (the rules try
# "-ses" -> "-s" too, and the last index match wins), so "2 doses" counted "dos".
SHADOWING_NOUNS = frozenset({"dos", "corps"})
# Plurals the exceptions table gives two lemmas, of which spaCy takes the last ("bases" -> "basis", "masses" ->
# "masse"): the common one in the news instead ("three military bases" counted "basis"); and a shadowing noun
# itself, out of the index ("the press corps" is no "corp").
PREFERRED_NOUN_LEMMAS = {"bases": "base", "masses": "mass", "corps": "corps"}


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """The rule lemmatizer's known words per part of speech as sets (it only ever asks whether a form is in one),
    less `SHADOWING_NOUNS`; and `PREFERRED_NOUN_LEMMAS` in its exceptions."""
    if lemmatizer.lookups is not None and lemmatizer.lookups.has_table("lemma_index"):
        index = lemmatizer.lookups.get_table("lemma_index")
        for key, words in list(index.items()):
            index[key] = frozenset(words)
        if "noun" in index:
            index["noun"] = index["noun"] - SHADOWING_NOUNS
    if lemmatizer.lookups is not None and lemmatizer.lookups.has_table("lemma_exc"):
        exceptions = lemmatizer.lookups.get_table("lemma_exc")
        if "noun" in exceptions:
            preferred = {form: [lemma] for form, lemma in PREFERRED_NOUN_LEMMAS.items()}
            exceptions["noun"] = {**exceptions["noun"], **preferred}

