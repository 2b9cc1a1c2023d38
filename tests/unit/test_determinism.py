"""The enrichment is the same under any string-hash seed: no set's iteration order may decide an output.

Two worker-like processes with different `PYTHONHASHSEED`s enrich the same texts (the seeds and a spread of the gold
articles when `../shared/data` is there) and must agree byte for byte. The gazetteer's completion of a name once took
the first fitting known name in a set's order, so "The S&P/ASX 200 fell" gave different entities per process.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.corpus import load_sources
from tests.conftest import ROOT

TEXTS = 160  # about 15 s of analysis per process; enough gold texts to meet most rules

# Short texts that reached a hash-ordered choice before (kept so the check means something without the gold data).
KNOWN_SENSITIVE = [
    "SYDNEY (Reuters) - The S&P/ASX 200 fell 1.2% on Monday. S&P cut Australia's rating outlook.",
    "ECB President Christine Lagarde said on Thursday that inflation was easing. Lagarde spoke in Frankfurt.",
]

_ENRICH = """
import json, sys
from services.nlp import pipeline
nlp = pipeline.load_resources()
with open(sys.argv[1], encoding="utf-8") as texts:
    results = pipeline.enrich_many(nlp, [(text, None) for text in json.load(texts)])
for result in results:
    result.pop("processing_ms", None)
print(json.dumps(results, sort_keys=True))
"""


def _spread(count: int) -> list[str]:
    """`count` texts taken evenly over the corpus (every file's articles, not only the first file's)."""
    sources = load_sources()
    step = max(1, len(sources) // count)
    return [source.text for source in sources[::step][:count]]


def _enrich_under(seed: str, texts: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.Popen([sys.executable, "-c", _ENRICH, str(texts)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)


def _results(process: subprocess.Popen) -> list[dict]:
    out, err = process.communicate(timeout=500)
    assert process.returncode == 0, err
    return json.loads(out)


def _first_difference(texts: list[str], one: list[dict], other: list[dict]) -> str:
    for text, a, b in zip(texts, one, other, strict=True):
        for field in sorted(set(a) | set(b)):
            one, other = a.get(field), b.get(field)
            if one != other:
                if isinstance(one, list) and isinstance(other, list):  # the items that differ, not the whole list
                    one, other = [x for x in one if x not in other], [x for x in other if x not in one]
                return f"{field} of {text[:80]!r}: {one!r:.400} != {other!r:.400}"
    return ""


def test_two_hash_seeds_give_the_same_enrichment(tmp_path):
    texts = KNOWN_SENSITIVE + _spread(TEXTS)
    path = tmp_path / "texts.json"
    path.write_text(json.dumps(texts), encoding="utf-8")
    # Both at once: two cores, and neither process's order of work can leak into the other's.
    first, second = _enrich_under("1", path), _enrich_under("2024", path)
    one, other = _results(first), _results(second)
    assert len(one) == len(other) == len(texts)
    assert one == other, "output depends on PYTHONHASHSEED: " + _first_difference(texts, one, other)
