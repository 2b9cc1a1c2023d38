"""`python -m bench.stock`: the model as the workers load it against spaCy's own, on corpus articles.

The workers' model (`load_model`) has cached versions of spaCy's attribute ruler and lemmatizer in the pipeline
(`services/nlp/attributes.py`, `services/nlp/lemmas.py`); they must change nothing. This parses
the same corpus articles with both pipelines, in alternating batches of the worker's size, and
reports how many tokens differ in any annotation, how many enrichments (with their story features)
differ, and the CPU per article of each: each cached component next to spaCy's own (on a text's first
parse), and `enrich_many` as a pool process runs it (on its second parse, which favours spaCy's
lemmatizer: it remembers every word it has seen).
"""
from __future__ import annotations

import argparse
import time
from collections import defaultdict

import orjson
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from tqdm import tqdm

from bench.corpus import base_texts, load_sources, make_articles
from services.core.config import Settings
from services.nlp import pipeline
from services.nlp.paragraphs import use_paragraph_breaks
from services.nlp.stories import story_features

COMPONENTS = ("attribute_ruler", "lemmatizer")


def annotations(doc: Doc) -> list[tuple[int, ...]]:
    """Every annotation of every token (as ids) and the entities."""
    return [(t.tag, t.pos, t.morph.key, t.lemma, t.dep, t.head.i, t.ent_iob, t.ent_type) for t in doc]


def enrichment_bytes(text: str, result: dict | Exception) -> bytes:
    """An enrichment and its story features as comparable bytes, without the timing."""
    if isinstance(result, Exception):
        return repr(result).encode()
    result = {k: v for k, v in result.items() if k != "processing_ms"}
    features = story_features(text, result) if result["language"] == "en" else None
    return orjson.dumps([result, features], option=orjson.OPT_SORT_KEYS)


def component_ms(nlp: Language, texts: list[str]) -> dict[str, float]:
    """CPU of each of `COMPONENTS` on `texts` (the components before it run untimed)."""
    spent: dict[str, float] = defaultdict(float)
    with nlp.memory_zone():
        docs = [nlp.make_doc(text) for text in texts]
        for name, component in nlp.pipeline:
            started = time.process_time()
            docs = [component(doc) for doc in docs]
            if name in COMPONENTS:
                spent[name] += (time.process_time() - started) * 1000
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="corpus articles compared (default 300)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    args = parser.parse_args()
    name = next(n for n in Settings.from_env().models if spacy.util.is_package(n))
    # The workers' model, set up as a pool process sets it up (allocator, language identifier), and spaCy's own.
    pipelines = {"cached": pipeline.load_resources(), "spaCy's": use_paragraph_breaks(spacy.load(name))}
    texts = [a.text for a in make_articles(base_texts(load_sources(), args.articles, seed=21), "stock", "stock")]
    batch = Settings.from_env().worker_batch
    cpu: dict[str, float] = defaultdict(float)
    parts: dict[str, dict[str, float]] = {label: defaultdict(float) for label in pipelines}
    outputs: dict[str, list[bytes]] = {label: [] for label in pipelines}
    tokens = token_diffs = 0
    for n, start in enumerate(tqdm(range(0, len(texts), batch), unit="batch", disable=args.no_progress)):
        chunk = texts[start:start + batch]
        order = list(pipelines.items()) if n % 2 == 0 else list(reversed(pipelines.items()))
        for label, nlp in order:
            # The components first: spaCy's lemmatizer remembers every word it has seen, so on a text's second
            # parse it looks cheaper than in a worker (which meets new texts); enrich_many's figure for it is low.
            for component, ms in component_ms(nlp, chunk).items():
                parts[label][component] += ms
            started = time.process_time()
            results = pipeline.enrich_many(nlp, [(text, None) for text in chunk])
            cpu[label] += time.process_time() - started
            outputs[label].extend(enrichment_bytes(t, r) for t, r in zip(chunk, results, strict=True))
        for text in chunk:
            with pipelines["cached"].memory_zone(), pipelines["spaCy's"].memory_zone():
                mine, theirs = (annotations(nlp(text)) for nlp in pipelines.values())
                tokens += len(mine)
                token_diffs += sum(a != b for a, b in zip(mine, theirs, strict=True))
    same = sum(a == b for a, b in zip(outputs["cached"], outputs["spaCy's"], strict=True))
    print(f"{len(texts)} corpus articles, {tokens} tokens")
    print(f"tokens with any annotation different: {token_diffs}")
    print(f"enrichments (with story features) identical: {same} of {len(texts)}")
    for label in pipelines:
        each = ", ".join(f"{c} {ms / len(texts):.2f}" for c, ms in parts[label].items())
        print(f"{label:7} enrich_many {cpu[label] * 1000 / len(texts):6.1f} ms CPU/article; {each}")


if __name__ == "__main__":
    main()
