"""All-caps lines (headlines) re-read by the model in restored case."""
from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from services.nlp.entities.gazetteer import _GIVEN_NAMES
from services.nlp.entities.mentions import SHOUTING_WEIGHT, Mention
from services.nlp.given_names import gender_of


def _case_evidence(doc: Doc, shouting: list[bool], lines: list[tuple[int, int]]) -> dict[str, Counter]:
    """Spellings of each word in the doc's normally-cased text, sentence starts counted apart."""
    evidence: dict[str, Counter] = defaultdict(Counter)
    for (start, end), caps in zip(lines, shouting, strict=True):
        if caps:
            continue
        for token in doc[start:end]:
            if not token.is_alpha:
                continue
            # A capital at a sentence start says nothing about the word: count it weakly.
            weight = 0.01 if token.is_sent_start or token.i == start else 1.0
            evidence[token.lower_][token.text] += weight
    return evidence


def _recase_word(word: str, evidence: dict[str, Counter], common_words: frozenset[str],
                 verbs: frozenset[str] = frozenset()) -> str:
    """Likely ordinary spelling of an all-caps word (`verbs`: the lemmatizer's verbs, whose "-s" forms a headline's
    verbs are)."""
    lower = word.lower()
    if len(lower) != len(word) or not any(ch.isalpha() for ch in word):
        return word
    seen = evidence.get(lower)
    if seen:
        return seen.most_common(1)[0][0]
    if lower in common_words or _is_s_form(lower, verbs):
        return lower
    if "." in word and len(word) <= 6:
        return word  # initials and abbreviations: "U.S.", "U.N."
    return word[0] + word[1:].lower()


def _is_s_form(word: str, verbs: frozenset[str]) -> bool:
    """A verb's third person in "-s", "-es" or "-ies" ("gains", "overtakes", "pushes", "rallies"), which the
    lemmatizer's tables list only in its base form: a headline's verb, no name ("HUAWEI GAINS GROUND" read "Huawei
    Gains" was a firm; "OIL FALLS AS ..." "Oil Falls" a person). A plural noun so spelt is no name either."""
    if not word.endswith("s"):
        return False
    stems = [word[:-1]]
    if word.endswith("es"):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return any(stem in verbs for stem in stems)


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


def _follows_given_name(doc: Doc, i: int, start: int, surnames: set[str]) -> bool:
    """doc[i] comes right after a given name (a common one: the lists hold "Huawei" too) that opens a name on the line
    starting at `start`: a surname, no verb ("STEVE JOBS DIES"; not "REMAINS" of "GARY ROSS REMAINS", nor "STEPS" of
    "GARLAND STEPS ASIDE" where the body writes "Merrick Garland": `surnames`)."""
    def given(j: int) -> bool:
        return j >= start and doc[j].lower_ not in surnames and gender_of(doc[j].text.title()) is not None

    return given(i - 1) and not given(i - 2)


def _surnames(doc: Doc, shouting: list[bool], lines: list[tuple[int, int]]) -> set[str]:
    """Words the doc's ordinary lines write capitalised after another capitalised word: last words of names."""
    found = set()
    for (start, end), caps in zip(lines, shouting, strict=True):
        if not caps:
            found.update(t.lower_ for t in doc[start + 1:end] if t.is_title and doc[t.i - 1].is_title)
    return found


def _recased_mentions(doc: Doc, nlp: Language, lines: list[tuple[int, int]], shouting: list[bool]) -> list[Mention]:
    """Mentions in all-caps lines, from the NER component run on a case-restored copy of them."""
    if "ner" not in nlp.pipe_names:
        return []
    evidence = _case_evidence(doc, shouting, lines)
    common, verbs = _common_words(nlp), _common_words(nlp, ("verb",))
    surnames = _surnames(doc, shouting, lines)
    words: list[str] = []
    spaces: list[bool] = []
    sent_starts: list[bool] = []
    origin: list[int] = []
    for (start, end), caps in zip(lines, shouting, strict=True):
        if not caps:
            continue
        for token in doc[start:end]:
            surname = _follows_given_name(doc, token.i, start, surnames)
            words.append(_recase_word(token.text, evidence, common, frozenset() if surname else verbs))
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
    return [
        Mention(origin[ent.start], origin[ent.end - 1] + 1, ent.label_, SHOUTING_WEIGHT, "recased")
        for ent in copy.ents
    ]
