"""Key phrases of an article (first working version: frequent noun chunks)."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc


def keyphrases(doc: Doc, limit: int = 10) -> list[dict]:
    """[{"text", "score"}] best first, score in [0, 1]."""
    counts: Counter[str] = Counter()
    surface: dict[str, str] = {}
    for chunk in doc.noun_chunks:
        words = [t for t in chunk if not (t.is_stop or t.is_punct or t.pos_ in {"PRON", "DET"})]
        if not words:
            continue
        key = " ".join(t.lemma_.lower() for t in words)
        counts[key] += 1
        surface.setdefault(key, doc[words[0].i : words[-1].i + 1].text)
    if not counts:
        return []
    top = counts.most_common(limit)
    best = top[0][1]
    return [{"text": surface[k], "score": round(c / best, 4)} for k, c in top]
