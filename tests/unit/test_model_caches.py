"""What the analysis works out once per model (sets of common words, the gazetteer's keys) is cached, and each cache
holds every variant one article asks for: a cache one entry too small rebuilds an entry per article, silently (it
once cost half the analysis: `recasing._common_words` was asked for five sets and held four)."""
from __future__ import annotations

import inspect
import sys
from typing import Any

from spacy.language import Language

from services.nlp import pipeline

# Texts that reach the rules of several kinds of article: news with quotes and sums, a capitals headline (recased),
# cricket (its units), a transcript, a table of results.
VARIED = [
    "BANK OF ENGLAND HOLDS RATES\n\nThe Bank of England kept rates at 5.25% on Thursday. \"We are not there yet,\" "
    "Governor Andrew Bailey said in London. Sterling rose 0.4% to $1.27.",
    "England were all out for 245 at Lord's. Joe Root made 87 before Pat Cummins took 4 for 52, and Australia "
    "reached 61 for one at lunch on the second day of the first Test.",
    "HOST: Welcome back.\nJANE SMITH: Thanks. The council spent £4.5m on the bridge, and residents want answers.\n"
    "HOST: Will they get them?",
    "Results: 1. Mondo Duplantis (Sweden) 6.10m, 2. Sam Kendricks (USA) 5.95m, 3. Emmanouil Karalis (Greece) 5.90m.",
]


def _model_caches() -> dict[str, Any]:
    """Every `lru_cache` of the enrichment's modules whose first argument is the model."""
    caches = {}
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("services.nlp"):
            continue
        for name, value in vars(module).items():
            wrapped = getattr(value, "__wrapped__", None)
            if wrapped is None or not hasattr(value, "cache_info") or value.__module__ != module_name:
                continue
            if list(inspect.signature(wrapped).parameters)[:1] == ["nlp"]:
                caches[f"{module_name}.{name}"] = value
    return caches


def test_no_cache_of_the_model_is_rebuilt_for_each_article(nlp: Language, seed_texts: dict[str, str]):
    texts = [*seed_texts.values(), *VARIED]
    for text in texts:  # the first pass builds what the texts ask for
        pipeline.enrich(nlp, text)
    caches = _model_caches()
    assert "services.nlp.entities.recasing._common_words" in caches  # the one that thrashed
    misses = {name: cache.cache_info().misses for name, cache in caches.items()}
    for text in texts:
        pipeline.enrich(nlp, text)
    rebuilt = {name: cache.cache_info().misses - misses[name] for name, cache in caches.items()}
    assert {name: count for name, count in rebuilt.items() if count} == {}
