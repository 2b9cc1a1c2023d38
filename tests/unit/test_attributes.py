"""The cached attribute ruler: what spaCy's attribute ruler sets on every token, from a bounded cache."""
from __future__ import annotations

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from services.nlp import attributes
from services.nlp.attributes import CachedAttributeRuler, use_cached_attribute_ruler

# Rules of the model over two tokens ("ai n't", "gon na", "let 's", "y' all", "There is") and its rare forms.
ODD_ENGLISH = ("He ain't gonna say it. Y'all c'mon, let's go! There is a cat, there were two.\n\n"
               "Nothin' doin', ol' 'em. I gotta go; it's gonna rain.")


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_every_token_gets_what_spacys_attribute_ruler_sets(nlp, stock_nlp, seed_texts):
    assert isinstance(nlp.get_pipe("attribute_ruler"), CachedAttributeRuler)
    texts = [*seed_texts.values(), ODD_ENGLISH]
    for _ in range(2):  # the second pass answers from the cache
        for text in texts:
            with nlp.memory_zone(), stock_nlp.memory_zone():
                assert _annotations(nlp(text)) == _annotations(stock_nlp(text))
    odd = nlp(ODD_ENGLISH)
    # The comparison above met the rules over two tokens: "ai" of "ain't" gets its lemma from one, "is" after
    # "There" its part of speech.
    assert [t.lemma_ for t in odd if t.lower_ == "ai"] == ["be"]
    assert [t.pos_ for t in odd if t.lower_ == "is"] == ["VERB"]


def _toy_ruler(nlp):
    """A ruler whose rules overlap: later rules win, a two-token rule sets its last token."""
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN", "MORPH": "Number=Sing"})
    ruler.add([[{"TAG": {"IN": ["NN", "NNS"]}, "LOWER": {"REGEX": "^c.t$"}}]], {"LEMMA": "feline"})
    ruler.add([[{"LOWER": "the"}, {"TAG": "NN"}]], {"LEMMA": "thing", "POS": "PROPN"}, index=-1)
    ruler.add([[{"TAG": "NN", "DEP": {"NOT_IN": ["nsubj"]}}]], {"POS": "X"})
    ruler.add([[{"IS_SPACE": True}]], {"TAG": "_SP", "POS": "SPACE"})
    ruler.add([[{"LOWER": {"IN": ["a", "an"]}}], [{"LOWER": "the"}]], {"POS": "DET"})
    return ruler


def _toy_docs(vocab) -> list[Doc]:
    words = ["the", "cat", "saw", "a", "cot", "\n", "The", "cut", "the", "dog"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "_SP", "DT", "NNS", "DT", "NN"]
    deps = ["det", "nsubj", "ROOT", "det", "dobj", "dep", "det", "dobj", "det", "dobj"]
    heads = [1, 2, 2, 4, 2, 4, 7, 2, 9, 2]
    return [Doc(vocab, words=words, tags=tags, deps=deps, heads=heads) for _ in range(3)]


def test_overlapping_rules_apply_in_the_rulers_order():
    nlp = spacy.blank("en")
    ruler = _toy_ruler(nlp)
    cached = CachedAttributeRuler(ruler)
    for mine, theirs in zip(_toy_docs(nlp.vocab), _toy_docs(nlp.vocab), strict=True):
        assert _annotations(cached(mine)) == _annotations(ruler(theirs))
    # The rules did overlap, and the later won: the two-token rule over the regular expression on "the cat",
    # the DEP rule over the two-token rule on "the dog".
    annotated = _annotations(mine)
    assert annotated[1] == ("NN", "PROPN", "Number=Sing", "thing", "nsubj")
    assert annotated[4] == ("NN", "X", "Number=Sing", "feline", "dobj")
    assert annotated[9] == ("NN", "X", "Number=Sing", "thing", "dobj")


@pytest.mark.parametrize("pattern, attrs, index", [
    ([{"POS": "NOUN"}], {"LEMMA": "x"}, 0),  # a part of speech is set by the ruler itself: not a cache key
    ([{"TAG": "NN", "OP": "+"}], {"LEMMA": "x"}, 0),
    ([{"LOWER": {"FUZZY": "cat"}}], {"LEMMA": "x"}, 0),
    ([{"TAG": {"REGEX": "^N"}}], {"LEMMA": "x"}, 0),
    ([{"TAG": "NN"}], {"NORM": "x"}, 0),  # stored on the shared lexeme
    ([{"TAG": "DT"}, {"TAG": "NN"}], {"LEMMA": "x"}, 2),
])
def test_rules_the_cache_cannot_key_keep_spacys_ruler(pattern, attrs, index):
    nlp = spacy.blank("en")
    _toy_ruler(nlp).add([pattern], attrs, index=index)
    assert isinstance(use_cached_attribute_ruler(nlp).get_pipe("attribute_ruler"), AttributeRuler)


def test_a_ruler_setting_one_attribute_is_cached_too():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    cached = CachedAttributeRuler(ruler)
    for mine, theirs in zip(_toy_docs(nlp.vocab), _toy_docs(nlp.vocab), strict=True):
        assert _annotations(cached(mine)) == _annotations(ruler(theirs))
    assert _annotations(mine)[1][1] == "NOUN"


def test_a_ruler_without_rules_stays_spacys():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler")
    assert isinstance(use_cached_attribute_ruler(nlp).get_pipe("attribute_ruler"), AttributeRuler)


def test_a_toy_pipeline_gets_the_cached_ruler():
    nlp = spacy.blank("en")
    _toy_ruler(nlp)
    assert isinstance(use_cached_attribute_ruler(nlp).get_pipe("attribute_ruler"), CachedAttributeRuler)


def test_caches_stay_bounded(nlp, seed_texts, monkeypatch):
    monkeypatch.setattr(attributes, "CACHE_SIZE", 40)
    cached = nlp.get_pipe("attribute_ruler")
    cached.cache.clear()  # filled by earlier tests past the small size set here
    cached.form_cache.clear()
    for text in seed_texts.values():
        nlp(text)
        assert 0 < len(cached.cache) <= 40
        assert 0 < len(cached.form_cache) <= 40
