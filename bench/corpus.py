"""The benchmark corpus: article-sized texts from the seeds and the gold data, made unique per run and phase.

The store dedupes by normalised content, so every article gets a marker sentence of the same length
(run id, phase code, index): the same base texts cost the same in every phase, yet none is skipped.
"""
from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT.parent / "shared" / "data"
SEEDS_DIR = ROOT / "seeds"
# Gold files whose records hold whole news articles in "text".
DATA_FILES = ("cnndm_dev.jsonl", "polnear_dev.jsonl", "ecb_dev.jsonl")
MIN_WORDS = 80  # shorter texts are briefs, not articles
MAX_CHARS = 50_000  # well under the API's text limit
PHASE_WIDTH = 12


@dataclass(frozen=True)
class Source:
    """One base text and where it came from."""

    origin: str
    title: str
    text: str


@dataclass(frozen=True)
class Article:
    """A benchmark article: unique text, a title and its word count."""

    key: str
    title: str
    text: str
    words: int

    def payload(self) -> dict[str, str]:
        """The body to POST or ingest."""
        return {"title": self.title, "text": self.text, "source": "bench"}


def load_sources(data_dir: Path = DATA_DIR, seeds_dir: Path = SEEDS_DIR) -> list[Source]:
    """Every article-sized text in the seeds and the gold data files that exist."""
    sources = list(_seed_sources(seeds_dir))
    for name in DATA_FILES:
        path = data_dir / name
        if path.exists():
            sources.extend(_jsonl_sources(path))
    kept = [s for s in sources if len(s.text.split()) >= MIN_WORDS and len(s.text) <= MAX_CHARS]
    if not kept:
        raise FileNotFoundError(f"no article-sized texts in {seeds_dir} or {data_dir}")
    return kept


def _seed_sources(seeds_dir: Path) -> Iterator[Source]:
    for path in sorted(seeds_dir.glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        yield Source(f"seeds/{path.name}", title.strip(), body.strip())


def _jsonl_sources(path: Path) -> Iterator[Source]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                yield Source(f"{path.name}#{record['id']}", str(record["id"]), record["text"])


def base_texts(sources: list[Source], count: int, seed: int = 7) -> list[Source]:
    """`count` sources in a fixed shuffled order, cycling when more are wanted than exist."""
    order = list(sources)
    random.Random(seed).shuffle(order)
    return [order[i % len(order)] for i in range(count)]


def make_articles(bases: list[Source], run_id: str, phase: str) -> list[Article]:
    """One unique article per base text; the marker has the same length in every phase of a run."""
    if not phase.isidentifier() or len(phase) > PHASE_WIDTH:
        raise ValueError(f"phase must be an identifier of at most {PHASE_WIDTH} characters, got {phase!r}")
    code = phase.ljust(PHASE_WIDTH, "_")
    articles = []
    for index, base in enumerate(bases):
        key = f"{run_id}-{code}-{index:06d}"
        text = f"{base.text}\n\nBench reference {key}."
        articles.append(Article(key=key, title=base.title[:200], text=text, words=len(text.split())))
    return articles


def total_words(articles: list[Article]) -> int:
    """Whitespace-separated words over all articles (the unit of words/s)."""
    return sum(a.words for a in articles)
