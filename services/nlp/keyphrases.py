"""Key phrases of an article: the noun phrases it is about.

Candidates are spaCy noun chunks trimmed to their content words (no determiners, pronouns, numbers,
dates or generic adjectives such as "additional" or "new"). Content words are ranked with TextRank
(PageRank over a co-occurrence graph of nouns, proper nouns and adjectives within each sentence);
a phrase scores the mean rank of its words, raised by how often the phrase recurs and by an early first
mention (headline and lede state the topic). Phrases are deduplicated by lemma, and a phrase whose
words all belong to a better-ranked phrase ("Putin" after "Vladimir Putin") is dropped. Scores are
divided by the best one, so the first phrase scores 1.0.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

GRAPH_POS = frozenset({"NOUN", "PROPN", "ADJ"})
WINDOW = 3  # words this close in a sentence are linked in the graph
DAMPING = 0.85
ITERATIONS = 30
EARLY_SHARE = 0.15  # first mention within this share of the text counts as "early"
EARLY_BOOST = 1.5
MAX_WORDS = 5  # longer chunks are clauses in disguise, not key phrases
# Entity labels that are not topics: dates, times and quantities.
SKIP_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Adjectives that qualify without naming a topic; trimmed from the front of a phrase.
GENERIC_ADJ = frozenset({
    "additional", "new", "other", "such", "many", "several", "more", "further", "own", "same", "last",
    "next", "first", "former", "recent", "current", "latest", "major", "big", "small", "good", "great",
    "real", "full", "whole", "certain", "various", "different", "key", "important", "possible", "likely",
    "early", "late", "long", "high", "low", "few", "little", "particular", "total", "previous", "huge",
})


@dataclass
class Phrase:
    """A candidate phrase: lemma key, surface forms seen, mentions and first position."""

    key: tuple[str, ...]
    surfaces: Counter[str] = field(default_factory=Counter)
    count: int = 0
    first: int = 0


def keyphrases(doc: Doc, limit: int = 10) -> list[dict]:
    """[{"text", "score"}] best first, score in [0, 1]."""
    if limit <= 0:
        return []
    phrases = _phrases(doc)
    if not phrases:
        return []
    ranks = _textrank(doc)
    scored = sorted(
        ((_score(p, ranks, len(doc.text)), p) for p in phrases.values()),
        key=lambda item: (-item[0], item[1].first),
    )
    kept: list[tuple[float, Phrase]] = []
    for score, phrase in scored:
        if score <= 0 or any(_is_part_of(phrase.key, other.key) for _, other in kept):
            continue
        kept.append((score, phrase))
        if len(kept) == limit:
            break
    if not kept:
        return []
    best = kept[0][0]
    return [{"text": _surface(p), "score": round(score / best, 4)} for score, p in kept]


def _phrases(doc: Doc) -> dict[tuple[str, ...], Phrase]:
    """Trimmed noun chunks grouped by their lemma key."""
    phrases: dict[tuple[str, ...], Phrase] = {}
    for chunk in doc.noun_chunks:
        words = _content_words(chunk)
        if not words or len(words) > MAX_WORDS or not any(t.pos_ in ("NOUN", "PROPN") for t in words):
            continue
        key = tuple(_lemma(t) for t in words)
        phrase = phrases.get(key)
        if phrase is None:
            phrase = phrases[key] = Phrase(key, first=words[0].idx)
        phrase.count += 1
        phrase.surfaces[doc.text[words[0].idx:words[-1].idx + len(words[-1].text)]] += 1
    return phrases


def _content_words(chunk: Span) -> list[Token]:
    """The chunk's contiguous content words: leading glue and generic adjectives dropped."""
    words = list(chunk)
    while words and not _is_content(words[0], leading=True):
        words.pop(0)
    while words and not _is_content(words[-1], leading=False):
        words.pop()
    if any(t.is_punct and t.text not in ("-", "–") for t in words):
        return []  # a chunk cut by a quote mark or bracket is not one phrase
    return words


def _is_content(token: Token, leading: bool) -> bool:
    if token.is_stop or token.is_punct or token.is_space or token.like_num or not token.text.strip():
        return False
    if token.pos_ in ("PRON", "DET", "NUM", "PART", "ADP", "CCONJ", "SYM", "AUX"):
        return False
    if token.ent_type_ in SKIP_ENTS:
        return False
    if leading and (token.pos_ == "ADJ" and token.lower_ in GENERIC_ADJ or token.pos_ == "ADV"):
        return False
    return any(ch.isalpha() for ch in token.text) and len(token.text) > 1


def _lemma(token: Token) -> str:
    """Lower-cased lemma; proper nouns keep their form (lemmatising names mangles them)."""
    text = token.text if token.pos_ == "PROPN" else token.lemma_
    return text.lower().replace("’", "'").removesuffix("'s")


def _textrank(doc: Doc) -> dict[str, float]:
    """PageRank score of each content lemma over the sentence co-occurrence graph."""
    edges: dict[str, Counter[str]] = defaultdict(Counter)
    for sent in doc.sents:
        words = [_lemma(t) for t in sent if t.pos_ in GRAPH_POS and _is_content(t, leading=False)]
        for i, word in enumerate(words):
            for other in words[i + 1:i + WINDOW]:
                if other != word:
                    edges[word][other] += 1
                    edges[other][word] += 1
    if not edges:
        return {}
    rank = dict.fromkeys(edges, 1.0)
    totals = {word: sum(neigh.values()) for word, neigh in edges.items()}
    for _ in range(ITERATIONS):
        rank = {
            word: (1 - DAMPING) + DAMPING * sum(rank[o] * w / totals[o] for o, w in neigh.items())
            for word, neigh in edges.items()
        }
    return rank


def _score(phrase: Phrase, ranks: dict[str, float], text_length: int) -> float:
    """Mean word rank x recurrence x early-mention boost."""
    word_ranks = [ranks.get(word, 0.0) for word in phrase.key]
    if not word_ranks:
        return 0.0
    score = sum(word_ranks) / len(word_ranks) * (1 + math.log(phrase.count))
    if phrase.first <= EARLY_SHARE * text_length:
        score *= EARLY_BOOST
    return score


def _is_part_of(key: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """True when all of key's words occur in a better-ranked phrase (so key adds nothing)."""
    return set(key) <= set(other)


def _surface(phrase: Phrase) -> str:
    """The phrase as most often written (ties: the first seen)."""
    return phrase.surfaces.most_common(1)[0][0]
