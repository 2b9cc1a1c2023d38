"""Extractive summary of a news article.

Sentences are cleaned of wire-service furniture (bylines, "(CNN) --" prefixes, photo credits,
"PUBLISHED: ... UPDATED:" stamps), scored by position and by how well their content words cover
the article's recurring vocabulary, and picked greedily with a redundancy penalty. The chosen
sentences are returned in document order.

Length control: at most `max_sentences` sentences; with `max_chars`, the joined text (sentences
separated by one space) stays within `max_chars`. A chosen sentence that would overflow the budget
is skipped in favour of the next best one that fits. If not even one whole sentence fits, the best
sentence is cut at the last word boundary within `max_chars` (the slice still equals
`doc.text[start:end]`), so the summary is never empty for a text that has any sentence.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span

# Parts of speech that carry an article's content; the rest is glue.
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})

# Leading wire/agency furniture that is not part of the sentence proper: "(CNN) -- ", "LONDON (Reuters) - ",
# "By . Jane Doe . ", "PUBLISHED: 12:01 EST, 3 March 2014 . | . UPDATED: 09:11 EST, 3 March 2014 . ".
_PREFIX_RES = (
    re.compile(r"^\s*(?:[A-Z][A-Za-z .,'-]{0,40})?\((?:CNN|AP|Reuters|AFP|EW\.com|CNN Student News)\)\s*(?:--|—|–|-)?\s*",
               re.IGNORECASE),
    re.compile(r"^\s*By\s*\.\s*[^.]{1,60}\.\s*(?:and\s*[^.]{1,60}\.\s*)?", re.IGNORECASE),
    re.compile(r"^\s*(?:PUBLISHED|UPDATED|Last updated)\b[^.]*?\d{4}\s*\.?\s*(?:\|\s*\.?\s*)?", re.IGNORECASE),
)

# Whole sentences that are page furniture rather than reporting.
_JUNK_RES = (
    re.compile(r"^(?:scroll down|click here|watch the video|read more|follow\b|share this|sign up)", re.IGNORECASE),
    re.compile(r"(?:Photograph|Picture|Image|Photo)s?\s*:\s*\S", re.IGNORECASE),
    re.compile(r"^(?:Last updated|PUBLISHED|UPDATED)\b", re.IGNORECASE),
    re.compile(r"\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago\b", re.IGNORECASE),
    re.compile(r"^[A-Z ]+\s*:\s*$"),  # section labels such as "RELATED:"
)

MIN_WORDS = 6  # shorter pieces are headings, captions or fragments, not summary sentences
POSITION_DECAY = 0.14  # position prior 1 / (1 + decay * index): news puts the gist up front
CENTRALITY_WEIGHT = 0.55  # share of the score from lexical centrality vs. position
LENGTH_TARGET = 22  # words; sentences much longer than this spend the reader's (and ROUGE's) budget
REDUNDANCY_LIMIT = 0.5  # skip a sentence whose content words mostly repeat the chosen ones


@dataclass
class Candidate:
    """One summary-eligible sentence: its clean slice, content lemmas and score."""

    index: int
    start: int
    end: int
    text: str
    lemmas: list[str]
    score: float = 0.0


def summarize(doc: Doc, max_sentences: int = 3, max_chars: int | None = None) -> dict:
    """{"text": str, "sentences": [{"text", "start", "end"}]} — extractive, sentences in document order."""
    candidates = _candidates(doc)
    if not candidates or max_sentences <= 0:
        return {"text": "", "sentences": []}
    _score(candidates)
    chosen = _select(candidates, max_sentences, max_chars)
    if not chosen and max_chars is not None:
        chosen = [_truncate(doc, max(candidates, key=lambda c: c.score), max_chars)]
    chosen.sort(key=lambda c: c.start)
    sentences = [{"text": c.text, "start": c.start, "end": c.end} for c in chosen]
    return {"text": " ".join(s["text"] for s in sentences), "sentences": sentences}


def _candidates(doc: Doc) -> list[Candidate]:
    """Clean sentence slices worth considering, in document order."""
    out: list[Candidate] = []
    for piece_start, piece_end in _pieces(doc):
        start, end = _clean_bounds(doc.text, piece_start, piece_end)
        text = doc.text[start:end]
        if not _is_reporting(text):
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        lemmas = _content_lemmas(span) if span is not None else []
        out.append(Candidate(len(out), start, end, text, lemmas))
    return out


def _pieces(doc: Doc) -> list[tuple[int, int]]:
    """Sentence character ranges, additionally split at line breaks (headlines and captions stand alone)."""
    pieces: list[tuple[int, int]] = []
    for sent in doc.sents:
        offset = sent.start_char
        for part in re.split(r"(\n\s*)", sent.text):
            if part and not part.isspace():
                pieces.append((offset, offset + len(part)))
            offset += len(part)
    return pieces


def _clean_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow [start, end) past agency prefixes and surrounding whitespace."""
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIX_RES:
            match = prefix.match(text, start, end)
            if match and match.end() > start and match.end() < end:
                start, changed = match.end(), True
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_reporting(text: str) -> bool:
    """True for a sentence of reporting, False for headings, captions and page furniture."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < MIN_WORDS:
        return False
    return not any(junk.search(text) for junk in _JUNK_RES)


def _content_lemmas(span: Span) -> list[str]:
    """Lower-cased lemmas of the span's content words."""
    return [
        t.lemma_.lower() for t in span
        if t.pos_ in CONTENT_POS and not t.is_stop and not t.is_punct and len(t.text) > 1
    ]


def _score(candidates: list[Candidate]) -> None:
    """Score = position prior blended with centrality, damped for overlong sentences."""
    doc_tf = Counter(lemma for c in candidates for lemma in c.lemmas)
    centralities = [_centrality(c, doc_tf) for c in candidates]
    top = max(centralities) or 1.0
    for cand, centrality in zip(candidates, centralities, strict=True):
        position = 1.0 / (1.0 + POSITION_DECAY * cand.index)
        blended = (1 - CENTRALITY_WEIGHT) * position + CENTRALITY_WEIGHT * centrality / top
        cand.score = blended * _length_factor(len(cand.text.split()))


def _centrality(cand: Candidate, doc_tf: Counter[str]) -> float:
    """Cosine between the sentence's lemmas and the rest of the article's (recurring words count more)."""
    own = Counter(cand.lemmas)
    if not own:
        return 0.0
    rest = {lemma: doc_tf[lemma] - own.get(lemma, 0) for lemma in doc_tf}
    dot = sum(count * rest.get(lemma, 0) for lemma, count in own.items())
    norm_own = math.sqrt(sum(v * v for v in own.values()))
    norm_rest = math.sqrt(sum(v * v for v in rest.values())) or 1.0
    return dot / (norm_own * norm_rest)


def _length_factor(words: int) -> float:
    """1.0 up to the target length, then a gentle decay for long sentences."""
    return 1.0 if words <= LENGTH_TARGET else math.sqrt(LENGTH_TARGET / words)


def _select(candidates: list[Candidate], max_sentences: int, max_chars: int | None) -> list[Candidate]:
    """Greedy pick by score, skipping redundant sentences and those that overflow the character budget."""
    chosen: list[Candidate] = []
    used_chars = 0
    for cand in sorted(candidates, key=lambda c: (-c.score, c.index)):
        if len(chosen) >= max_sentences:
            break
        cost = len(cand.text) + (1 if chosen else 0)
        if max_chars is not None and used_chars + cost > max_chars:
            continue
        if any(_overlap(cand, other) > REDUNDANCY_LIMIT for other in chosen):
            continue
        chosen.append(cand)
        used_chars += cost
    return chosen


def _overlap(a: Candidate, b: Candidate) -> float:
    """Share of a's distinct content lemmas already present in b."""
    mine = set(a.lemmas)
    return len(mine & set(b.lemmas)) / len(mine) if mine else 1.0


def _truncate(doc: Doc, cand: Candidate, max_chars: int) -> Candidate:
    """The candidate cut at the last word boundary within max_chars (or hard-cut if one word is longer)."""
    cut = cand.start + max_chars
    space = doc.text.rfind(" ", cand.start, cut + 1)
    end = space if space > cand.start else cut
    end = max(cand.start, min(end, cand.end))
    while end > cand.start and doc.text[end - 1] in " ,;:-–—":
        end -= 1
    return Candidate(cand.index, cand.start, end, doc.text[cand.start:end], cand.lemmas, cand.score)
