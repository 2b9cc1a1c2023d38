"""The cached lemmatizer: spaCy's lemma for every token, from a bounded cache."""
from __future__ import annotations

from services.nlp import lemmas
from services.nlp.lemmas import CachedLemmatizer


def test_every_token_gets_the_lemma_spacys_lemmatizer_gives(nlp, stock_nlp, seed_texts):
    assert isinstance(nlp.get_pipe("lemmatizer"), CachedLemmatizer)
    texts = [*seed_texts.values(), "He ain't gonna say he was gonna go. The mice's feet were better than ours."]
    for _ in range(2):  # the second pass answers from the cache
        for text in texts:
            with nlp.memory_zone(), stock_nlp.memory_zone():
                got, expected = nlp(text), stock_nlp(text)
                assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]
    assert any(t.lemma_ != t.lower_ for t in nlp(texts[-1]))  # the check above compared real lemmas


def test_caches_stay_bounded(nlp, seed_texts, monkeypatch):
    monkeypatch.setattr(lemmas, "CACHE_SIZE", 50)
    cached = nlp.get_pipe("lemmatizer")
    cached.cache.clear()  # filled by earlier tests past the small size set here
    for text in seed_texts.values():
        nlp(text)
        assert 0 < len(cached.cache) <= 50
        assert not cached.lemmatizer.cache, "spaCy's own cache grows with every distinct word"


def test_a_plural_the_index_shadowed_has_its_own_lemma(nlp):
    assert [t.lemma_ for t in nlp("Patients got two doses of the vaccine.") if t.text == "doses"] == ["dose"]
    doc = nlp("Police said 190 corpses were found. The press corps waited.")
    assert [t.lemma_ for t in doc if t.text in ("corpses", "corps")] == ["corpse", "corps"]


def test_a_plural_with_two_lemmas_has_the_common_one(nlp):
    doc = nlp("The army has three military bases. Huge masses of people gathered.")
    assert [t.lemma_ for t in doc if t.text in ("bases", "masses")] == ["base", "mass"]
