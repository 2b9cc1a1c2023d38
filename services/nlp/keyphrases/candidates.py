"""The candidate phrases: noun chunks' runs grouped by lemma key, with their surfaces as written."""
from __future__ import annotations

from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.symbols import ADJ, NOUN, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from services.nlp.doctext import lower_case_words_of, text_of, tokens_of
from services.nlp.entities import is_sure_ticker, is_well_cased, ticker_brackets
from services.nlp.furniture import closing_sign_off, furniture_ranges, in_ranges, range_at
from services.nlp.keyphrases.content import _lemma
from services.nlp.keyphrases.cutting import Cuts, cut_to_headline_names, shouted_parts, shouted_surface
from services.nlp.keyphrases.names import chunks_with_whole_names, is_entity_name, is_review_title, is_whole_name
from services.nlp.keyphrases.numbered import numbers_a_code
from services.nlp.keyphrases.trimming import content_runs
from services.nlp.keyphrases.words import MAX_WORDS, NO_WORD_MARKS, has_sentence_stop, is_glued_hyphen


@dataclass
class Phrase:
    """A candidate phrase: lemma key, surface forms seen, mentions and first position."""

    key: tuple[str, ...]
    tags: tuple[str, ...] = ()  # coarse POS of each word at the first mention
    first: int = 0
    surfaces: Counter[str] = field(default_factory=Counter)
    count: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)  # character spans of its own mentions


def _phrases(doc: Doc, cuts: Cuts) -> dict[tuple[str, ...], Phrase]:
    """Trimmed noun chunks grouped by their lemma key, cut where `cuts` say."""
    phrases: dict[tuple[str, ...], Phrase] = {}
    text = text_of(doc)
    furniture = sorted({*furniture_ranges(doc), *closing_sign_off(text)})  # ranges do not cross: the closing lines are
    # the text's last, furniture's already or none of it
    tickers = [match.span() for match in ticker_brackets(text) if is_sure_ticker(match)]
    # Words written capitalised inside sentences or in entities: names, whatever the tagger says at a sentence start;
    # and words written in lower case, which are words.
    named = {t.text for t in tokens_of(doc) if t.is_title and (t.ent_type or not t.is_sent_start)} | cuts.name_words \
        if is_well_cased(doc) else None
    lower = lower_case_words_of(doc)
    for whole in chunks_with_whole_names(doc, cuts.names, cuts.places):
        chunk = _past_furniture(whole, furniture)
        if chunk is None:
            continue  # "By Jane Doe, Staff Writer", "Photo: Getty Images"
        runs = [_title_words(chunk)] if is_review_title(chunk) else content_runs(chunk, cuts)
        for words in (piece for run in runs if run
                      for part in cut_to_headline_names(run, cuts, lower) for piece in shouted_parts(part, cuts)):
            length = _length(words)
            long = length > MAX_WORDS and not is_whole_name(words) and not is_entity_name(words, cuts)
            if long and _opens_with_a_hyphenated_modifier(words):
                words = words[3:]  # "IT services firm" of "the Bengaluru-based IT services firm"
                long = _length(words) > MAX_WORDS
            if long or not any(t.pos in (NOUN, PROPN) for t in words):
                continue
            if tickers and in_ranges(words[0].idx, tickers):
                continue  # "Apple Inc. (NASDAQ: AAPL)": the company's name is the phrase, not its ticker
            key = tuple(_lemma(t) for t in words)
            phrase = phrases.get(key)
            if phrase is None:
                phrase = phrases[key] = Phrase(key, tuple(t.pos_ for t in words), words[0].idx)
            phrase.surfaces[shouted_surface(words, cuts) or _written(text, words, named, lower, cuts.nouns)] += 1
            phrase.spans.append((words[0].idx, words[-1].idx + len(words[-1])))
    # A phrase is mentioned whenever its words appear in a row in any chunk: "ceasefire" also in
    # "a ceasefire deal". Index every run of every key once instead of comparing all pairs.
    counts: Counter[tuple[str, ...]] = Counter()
    firsts: dict[tuple[str, ...], int] = {}
    for other in phrases.values():
        for run in _runs(other.key):
            counts[run] += other.surfaces.total()
            firsts[run] = min(firsts.get(run, other.first), other.first)
    for key, phrase in phrases.items():
        phrase.count, phrase.first = counts[key], firsts[key]
    return phrases


def _title_words(title: Span) -> list[Token]:
    """A review's title as one run, whole but for an article opening it: "Dune: Part Two", "Brutalist" of "The
    Brutalist" (as "the Beatles" is "Beatles")."""
    words = list(title)
    return words[1:] if len(words) > 1 and words[0].lower_ in ("the", "a", "an") else words


def _length(words: list[Token]) -> int:
    """The words a run counts: a possessive's apostrophe is no word of its own ("private-sector nurses' strike" is of
    five); nor is a code's number ("Delta Air Lines Flight DL 123" is a name of five)."""
    return sum(t.text not in NO_WORD_MARKS and not numbers_a_code(t) for t in words)


def _opens_with_a_hyphenated_modifier(words: list[Token]) -> bool:
    """The run opens with a word and a participle or adjective in lower case hyphenated to it that modify the noun
    after, and holds "IT" (information technology), which made it too long: "Bengaluru-based" of "the Bengaluru-based
    IT services firm", cut at "IT" before it was a word (only there: elsewhere a run too long stays none)."""
    if len(words) < 5 or not is_glued_hyphen(words[1]) or not any(t.text == "IT" for t in words[3:]):
        return False
    modifier = words[2]
    return modifier.is_lower and modifier.pos in (VERB, ADJ) and modifier.head.i > modifier.i


def _past_furniture(chunk: Span, furniture: list[tuple[int, int]]) -> Span | None:
    """The chunk's words after the furniture it starts in (None if all are in it): the parser runs an interview's mark
    into the name after it ("Q. Minister Nirmala Sitharaman")."""
    found = range_at(chunk.start_char, furniture) if furniture else None
    if found is None:
        return chunk
    after = next((t.i for t in chunk if t.idx >= found[1]), None)
    return chunk.doc[after:chunk.end] if after is not None else None


def _runs(key: tuple[str, ...]) -> set[tuple[str, ...]]:
    """All runs of consecutive words of a key, the key itself included."""
    return {key[i:j] for i in range(len(key)) for j in range(i + 1, len(key) + 1)}


def _written(text: str, words: list[Token], named: set[str] | None, lower: frozenset[str],
             nouns: Container[str] | None = None) -> str:
    """The words as written, a common noun capitalised only for opening a sentence in lower case: "Police said ..."
    is "police", as written inside a sentence, and "Prosecutors" "prosecutors", a plural. Not a word `named`
    capitalised elsewhere ("Cheeks was fired" after "coach Maurice Cheeks") or in a name the entity step found
    ("Wales slumped"), one neither plural nor written in lower case elsewhere ("Salesforce shares fell"), nor in
    lower-cased text (`named` None), where the tagger calls names nouns."""
    written = text[words[0].idx:words[-1].idx + len(words[-1]) - has_sentence_stop(words[-1])]
    first = words[0]
    if named is not None and first.is_sent_start and first.pos == NOUN and first.is_title \
            and first.text not in named and not any(t.pos == PROPN for t in words) \
            and (first.lower_ in lower or _is_plural(first, nouns)):
        return written[0].lower() + written[1:]
    return written


def _is_plural(token: Token, nouns: Container[str] | None) -> bool:
    """The noun is a plural: its lemma differs from it and, with the dictionary's `nouns`, is one of them ("Police",
    "Prosecutors"; not "Delors", whose lemma "delor" the lemmatizer made up by rule)."""
    lemma = token.lemma_.lower()
    return token.lemma_ != token.lower_ and (nouns is None or lemma in nouns
                                             or not token.ent_type_ and _is_compound_of_nouns(lemma, nouns))


# The shortest word of a compound `_is_compound_of_nouns` splits off: "chip" of "chipmaker" (not "de" of "delor").
_MIN_COMPOUND_PART = 3


def _is_compound_of_nouns(word: str, nouns: Container[str]) -> bool:
    """The word is a dictionary noun run together with a noun of someone who does something, compounds the dictionary
    lacks: "policymaker", "chipmaker", "gatekeeper" (not names that look like two nouns: "Fairbanks",
    "Ghostbusters")."""
    return word.isalpha() and any(
        word[:i] in nouns and word[i:] in _DOERS and word[:i] not in STOP_WORDS
        for i in range(_MIN_COMPOUND_PART, len(word) - _MIN_COMPOUND_PART + 1))


# Nouns of people who do something that compounds end in: "-maker", "-keeper", "-holder".
_DOERS = frozenset({"maker", "keeper", "holder", "watcher", "owner", "seller", "buyer", "builder", "writer", "giver",
                    "taker", "goer", "worker", "grower", "producer", "trader"})


def _surface(phrase: Phrase) -> str:
    """The phrase as most often written (ties: the first seen)."""
    return phrase.surfaces.most_common(1)[0][0]
