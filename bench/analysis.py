"""`python -m bench.analysis [--texts N] [--passes K]`: CPU per article of the analysis alone, our steps after spaCy's
parse (entities, quotes, money, figures, key phrases, summary, offsets mapped back, the schema's load), on the
bench's corpus texts parsed once.

Run it from two checkouts one after the other (`cd <worktree> && PYTHONPATH=. .venv/bin/python -m bench.analysis`)
to compare two commits' rules on one machine: the model's own time is left out, so the comparison is of our code.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.corpus import DATA_DIR, load_sources
from services.nlp import pipeline
from services.nlp.language import detect_language, is_english
from services.nlp.reading import Reading, read


def english_gold_texts(count: int, data_dir: Path = DATA_DIR) -> list[tuple[str, Reading]]:
    """The first `count` English texts of the bench's corpus (the seeds, then the gold files' articles in `data_dir`),
    each with its reading."""
    readings = [(source.text, read(source.text)) for source in load_sources(data_dir)]
    return [(text, reading) for text, reading in readings if is_english(*detect_language(reading.text))][:count]


def shortfall(found: int, asked: int, data_dir: Path) -> str | None:
    """What to say when the corpus holds fewer texts than asked: from a checkout with no `../shared/data` beside it
    only the seeds are found, and a timing of five texts would pass for one of hundreds."""
    if found >= asked:
        return None
    return (f"bench.analysis: {found} English texts found of the {asked} asked for (the seeds and the gold data in "
            f"{data_dir}); give the gold data's folder with --data DIR")


def one_pass(nlp: Any, items: list[tuple[str, Reading]], docs: list[Any], saved: list[dict]) -> float:
    """CPU ms per article of one analysis of every parsed doc (each doc's per-document caches reset first, so every
    pass does the same work)."""
    started = time.process_time()
    for (text, reading), doc, user_data in zip(items, docs, saved, strict=True):
        doc.user_data.clear()
        doc.user_data.update(user_data)
        result = pipeline._in_submitted(pipeline.analyse(nlp, doc, 3, None), reading, text)
        result["language"] = "en"
        pipeline._finish(nlp, result, time.perf_counter(), 0.0)
    return (time.process_time() - started) * 1000 / len(items)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.analysis", description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=200, help="gold texts analysed (default 200)")
    parser.add_argument("--passes", type=int, default=3, help="timed passes after one warm-up pass (default 3)")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help=f"folder with the gold files (default {DATA_DIR})")
    args = parser.parse_args()
    nlp = pipeline.load_resources()
    items = english_gold_texts(args.texts, args.data)
    if warning := shortfall(len(items), args.texts, args.data):
        print(warning, file=sys.stderr)
    docs = pipeline._parse(nlp, [reading.text for _, reading in items], ())
    items, docs = map(list, zip(*[(item, doc) for item, doc in zip(items, docs, strict=True)
                                  if not isinstance(doc, Exception)], strict=True))
    saved = [dict(doc.user_data) for doc in docs]
    one_pass(nlp, items, docs, saved)  # the word caches warm, as a long-lived worker's are
    passes = [one_pass(nlp, items, docs, saved) for _ in range(args.passes)]
    print(json.dumps({"texts": len(items), "ms_per_article": [round(ms, 2) for ms in passes],
                      "median": round(statistics.median(passes), 2)}))


if __name__ == "__main__":
    main()
