"""PositionRank over the words and the score of each phrase."""
from __future__ import annotations

import math
from collections import defaultdict

import numpy
from spacy.symbols import ADJ, AUX, NOUN, PROPN, VERB
from spacy.tokens import Doc

from services.nlp.doctext import tokens_of
from services.nlp.keyphrases.candidates import Phrase
from services.nlp.keyphrases.content import _lemma, is_content
from services.nlp.keyphrases.words import GENERIC_NOUNS, NO_WORD_MARKS, ROLE_HEADS
from services.nlp.money import CURRENCY_LEMMAS

GRAPH_POS = frozenset({NOUN, PROPN, ADJ})  # spaCy's POS ids: no string lookup per token
WINDOW = 3  # words this close in a sentence are linked in the graph
DAMPING = 0.85
ITERATIONS = 30
EARLY_SHARE = 0.15  # first mention within this share of the text counts as "early"
EARLY_BOOST = 1.5
ROLE_DAMPING = 0.5
GENERIC_DAMPING = 0.5
MODIFIER_DAMPING = 0.5


def textrank(doc: Doc) -> dict[str, float]:
    """PositionRank: PageRank over the sentence co-occurrence graph of content lemmas, teleporting to
    words in proportion to how early they occur (sum of 1 / sentence number over their mentions)."""
    # Plain dicts with defaults: a Counter's missing key is a Python call, made for every new pair of words.
    edges: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    prior: dict[str, float] = defaultdict(float)
    said: dict[str, float] = defaultdict(float)  # the prior of words in sentences with a verb
    tokens = tokens_of(doc)
    for number, sent in enumerate(doc.sents, start=1):
        words = [_lemma(t) for t in tokens[sent.start:sent.end] if t.pos in GRAPH_POS and is_content(t, leading=False)]
        verb = any(t.pos in (VERB, AUX) for t in tokens[sent.start:sent.end])
        for i, word in enumerate(words):
            prior[word] += 1.0 / number
            if verb:
                said[word] += 1.0 / number
            for other in words[i + 1:i + WINDOW]:
                if other != word:
                    edges[word][other] += 1
                    edges[other][word] += 1
    if not edges:
        # No sentence has two content words ("Take That sold out Wembley."): the prior alone ranks those of sentences
        # that say something, not a page's buttons ("Advertisement. Share. Subscribe.").
        total = sum(said.values())
        return {word: weight / total for word, weight in said.items()}
    words = list(edges)
    index = {word: i for i, word in enumerate(words)}
    # The walk as a matrix: column j spreads word j's rank over its neighbours in proportion to the links.
    links = numpy.zeros((len(words), len(words)))
    # Set in one assignment: one numpy call per link costs more than the walk itself.
    rows, columns, weights = [], [], []
    for word, neigh in edges.items():
        for other, weight in neigh.items():
            rows.append(index[word])
            columns.append(index[other])
            weights.append(weight)
    links[rows, columns] = weights
    walk = links / links.sum(axis=0)
    teleport = numpy.array([prior[word] for word in words])
    teleport /= teleport.sum()
    rank = teleport
    jump = (1 - DAMPING) * teleport  # the same each step
    for _ in range(ITERATIONS):
        rank = jump + DAMPING * (walk @ rank)
    return dict(zip(words, rank.tolist(), strict=True))


def _score(phrase: Phrase, ranks: dict[str, float], text_length: int) -> float:
    """Word ranks (summed, damped by sqrt of length) x recurrence x early-mention boost."""
    word_ranks = [ranks.get(word, 0.0) for word in phrase.key if word not in ("-", ":") + NO_WORD_MARKS]
    if not word_ranks or _is_currency_alone(phrase):
        return 0.0
    score = sum(word_ranks) / math.sqrt(len(word_ranks)) * (1 + math.log(max(phrase.count, 1)))
    if phrase.first <= EARLY_SHARE * text_length:
        score *= EARLY_BOOST
    if phrase.key[-1] in ROLE_HEADS:
        score *= ROLE_DAMPING
    elif len(phrase.key) == 1 and phrase.key[0] in GENERIC_NOUNS:
        score *= GENERIC_DAMPING
    elif len(phrase.key) == 1 and phrase.tags[0] != "PROPN" and 2 * phrase.surfaces.total() < phrase.count:
        score *= MODIFIER_DAMPING  # "military" mostly in "military support": the longer phrase is the topic
    return score


def _is_currency_alone(phrase: Phrase) -> bool:
    """A currency written alone in lower case ("euros", "rupees"): the unit of a sum, no topic; "euro zone" is one,
    and "Pence" and "Sterling" are names."""
    return len(phrase.key) == 1 and phrase.key[0] in CURRENCY_LEMMAS and all(s.islower() for s in phrase.surfaces)
