"""All-caps lines (headlines) re-read by the model in restored case."""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from services.nlp.doctext import tokens_of
from services.nlp.entities.gazetteer import _GIVEN_NAMES
from services.nlp.entities.mentions import SHOUTING_WEIGHT, Mention
from services.nlp.entity_rules import HEADLINE_VERBS


def _case_evidence(doc: Doc, shouting: list[bool], lines: list[tuple[int, int]]) -> dict[str, Counter]:
    """Spellings of each word in the doc's normally-cased text, sentence starts counted apart."""
    evidence: dict[str, Counter] = defaultdict(Counter)
    for (start, end), caps in zip(lines, shouting, strict=True):
        if caps:
            continue
        for token in tokens_of(doc)[start:end]:
            if not token.is_alpha:
                continue
            # A capital at a sentence start says nothing about the word: count it weakly.
            weight = 0.01 if token.is_sent_start or token.i == start else 1.0
            evidence[token.lower_][token.text] += weight
    return evidence


def _recase_word(word: str, evidence: dict[str, Counter], common_words: frozenset[str]) -> str:
    """Likely ordinary spelling of an all-caps word."""
    lower = word.lower()
    if len(lower) != len(word) or not any(ch.isalpha() for ch in word):
        return word
    seen = evidence.get(lower)
    if seen:
        return seen.most_common(1)[0][0]
    if lower in common_words:
        return lower
    if "." in word and len(word) <= 6:
        return word  # initials and abbreviations: "U.S.", "U.N."
    return word[0] + word[1:].lower()


# The analysis asks for five sets of parts of speech per article (the default's, the nouns', the adjectives', the
# verbs', the nouns' and adjectives'): a cache of four evicted each set before it was asked again, and every article
# built them anew from the lemmatizer's tables: nearly half of the analysis's time (bench.analysis).
_COMMON_WORD_SETS = 16


@functools.lru_cache(maxsize=_COMMON_WORD_SETS)
def _common_words(nlp: Language, parts_of_speech: tuple[str, ...] = ("verb", "adj", "adv")) -> frozenset[str]:
    """Lower-case English words that are rarely names: stop words, and the lemmatizer's words of these parts of
    speech (by default verbs, adjectives, adverbs)."""
    words: set[str] = set(nlp.Defaults.stop_words)
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            for pos in parts_of_speech:
                words.update(w for w in index.get(pos, []) if w.isalpha())
    return frozenset(words)


def dictionary_nouns(nlp: Language) -> frozenset[str]:
    """The lemmatizer's common nouns in lower case (and the stop words): a dictionary's words, not names."""
    return _common_words(nlp, ("noun",))


@functools.lru_cache(maxsize=4)
def _common_nouns(nlp: Language) -> frozenset[str]:
    """Common nouns that are no given name: a person is seldom called by one alone ("Attendance was 45,210")."""
    return frozenset(w for w in _common_words(nlp, ("noun",)) if w not in _GIVEN_NAMES)


def _ner_steps(nlp: Language) -> list[Callable[[Doc], Doc]]:
    """The components to run for entities: the NER alone when it embeds its own tok2vec (as in
    en_core_web_sm), else everything up to it (its tok2vec or transformer listens upstream)."""
    ner = nlp.get_pipe("ner")
    if not any(node.name.endswith("-listener") for node in ner.model.walk()):
        return [ner]
    steps = []
    for name, pipe in nlp.pipeline:
        steps.append(pipe)
        if name == "ner":
            break
    return steps


def _recased_mentions(doc: Doc, nlp: Language, lines: list[tuple[int, int]], shouting: list[bool]) -> list[Mention]:
    """Mentions in all-caps lines, from the NER component run on a case-restored copy of them."""
    if "ner" not in nlp.pipe_names:
        return []
    evidence = _case_evidence(doc, shouting, lines)
    common = _common_words(nlp)
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool] = []
    origin: list[int] = []
    for (start, end), caps in zip(lines, shouting, strict=True):
        if not caps:
            continue
        for token in doc[start:end]:
            words.append(_recase_word(token.text, evidence, common))
            spaces.append(bool(token.whitespace_))
            sent_starts.append(token.i == start)
            origin.append(token.i)
    if not words:
        return []
    # The copy shares the doc's vocab: inside the caller's `nlp.memory_zone()` its new strings
    # are freed with the doc's. The NER only reads hashed features, which any vocab gives alike.
    copy = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    for pipe in _ner_steps(nlp):
        copy = pipe(copy)
    mentions, alone = [], []
    for ent in copy.ents:
        start, end = origin[ent.start], origin[ent.end - 1] + 1
        cut = _headline_verb_at(doc, start, end, evidence)
        if cut - start == 1 and cut < end and doc[start].lower_ in evidence \
                and not _written_capitalised(doc[start].lower_, evidence):
            alone.append((start, cut, ent.label_))  # one word the body writes as a word: a name, or the verb's subject
        elif cut > start:
            mentions.append(Mention(start, cut, ent.label_, SHOUTING_WEIGHT, "recased"))
    return mentions + _named_before_verbs(nlp, copy, origin, alone)


def _named_before_verbs(nlp: Language, copy: Doc, origin: list[int], alone: list[tuple[int, int, str]]
                        ) -> list[Mention]:
    """Of the names cut to one word before a headline verb that the body writes only in lower case or opening a
    sentence, those the model still names when the line is read again with the verb in lower case, labelled so; not
    the verb's subject ("Oil falls as ..." beside "Oil prices fell"). The word alone cannot tell: the lemmatizer's
    nouns hold "jones" and "niagara" too."""
    if not alone:
        return []
    at = {token_i: j for j, token_i in enumerate(origin)}
    words = [token.text for token in copy]
    for _, verb, _ in alone:
        words[at[verb]] = words[at[verb]].lower()
    again = Doc(copy.vocab, words=words, spaces=[bool(token.whitespace_) for token in copy],
                sent_starts=[bool(token.is_sent_start) for token in copy])
    for pipe in _ner_steps(nlp):
        again = pipe(again)
    labels = {origin[ent.start]: ent.label_ for ent in again.ents if ent.end - ent.start == 1}
    named = {origin[i] for ent in again.ents for i in range(ent.start, ent.end)}
    return [Mention(start, cut, labels.get(start, label), SHOUTING_WEIGHT, "recased")
            for start, cut, label in alone if start in named]


# The headline verbs' base forms ("cut" of "cuts"), which open names ("SET PIECE", "FACE ID").
_BASE_FORMS = frozenset(word for word in HEADLINE_VERBS
                        if {word + "s", word + "es", word[:-1] + "ies"} & HEADLINE_VERBS)


def _headline_verb_at(doc: Doc, start: int, end: int, evidence: dict[str, Counter]) -> int:
    """Where a name the model re-read on a line in capitals ends: before its first headline verb (`HEADLINE_VERBS`)
    that the body never writes capitalised, the name's words up to it ("HUAWEI" of "HUAWEI GAINS", "GARLAND" of
    "GARLAND STEPS ASIDE", none of "CONTINUES" alone); a verb's base form only past the name's first word ("FACE ID"
    stays). A word the body writes capitalised is the name's: "NIAGARA FALLS" beside "Niagara Falls"."""
    for i in range(start, end):
        word = doc[i].lower_
        if word in HEADLINE_VERBS and (word not in _BASE_FORMS or i > start) \
                and not _written_capitalised(word, evidence):
            return i
    return end


def _written_capitalised(word: str, evidence: dict[str, Counter]) -> bool:
    """The body writes the word with a capital, past a sentence's start, at least as often as without."""
    seen = evidence.get(word, Counter())
    capitalised = sum(n for spelling, n in seen.items() if not spelling.islower())
    return capitalised >= 1 and capitalised >= sum(n for spelling, n in seen.items() if spelling.islower())
