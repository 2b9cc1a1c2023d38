"""`keyphrases`, the interface: phrases ranked, an entity's names merged and phrases covered by better ones dropped."""
from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc

from services.nlp.doctext import text_of
from services.nlp.entity_rules import HONORIFICS, KNOWN_ORGANISATIONS, NAME_LABELS, NAME_SMALL_WORDS
from services.nlp.keyphrases.candidates import Phrase, _phrases, _surface
from services.nlp.keyphrases.content import mark_sums
from services.nlp.keyphrases.cutting import _cuts
from services.nlp.keyphrases.scoring import _score, textrank
from services.nlp.keyphrases.words import ROLE_HEADS


def keyphrases(doc: Doc, limit: int = 10, mentions: list[dict] | None = None,
               money: list[dict] | None = None, nouns: Container[str] | None = None) -> list[dict]:
    """[{"text", "score"}] best first, score in [0, 1]. With the entity step's `mentions`, names of one entity make
    one phrase; no phrase takes a word of the money step's sums (`money`). `nouns`, the dictionary's common nouns in
    lower case, tells a plural opening a sentence from a name ending in -s ("Prosecutors", not "Delors")."""
    if limit <= 0 or not doc.has_annotation("DEP"):
        return []  # noun chunks need the dependency parse
    if money:
        mark_sums(doc, money)
    phrases = _phrases(doc, _cuts(doc, mentions or [], nouns))
    if not phrases:
        return []
    ranks = textrank(doc)
    text_length = len(text_of(doc))
    scored = sorted(
        ((_score(p, ranks, text_length), p) for p in phrases.values()),
        key=lambda item: (-item[0], item[1].first),
    )
    entities = _entities_named(phrases, mentions or [], text_of(doc))
    # Each entity's longest name among the phrases, or its best-ranked one; not a longer name without the last word of
    # the entity's canonical name over one with it: "Eleanor Whitcombe", not "Eleanor Mary Pryce", her birth name.
    last_words = {m["entity_id"]: m["canonical"].split()[-1].lower() for m in mentions or []
                  if m.get("entity_id") and m.get("canonical")}
    fullest: dict[str, Phrase] = {}
    for _, phrase in scored:
        entity = entities.get(phrase.key)
        if entity is not None and (entity not in fullest or _is_proper_name(phrase)
                                   and len(phrase.key) > len(fullest[entity].key)
                                   and not _loses_word(fullest[entity], phrase, last_words.get(entity))):
            fullest[entity] = phrase
    kept: list[tuple[float, Phrase]] = []
    seen: set[str] = set()  # "Oscars" the name and "Oscars" the plural noun have different keys
    kept_entities: set[str] = set()  # a phrase of an entity kept stands for its other names
    aliases: list[Phrase] = []  # and those names cover their words as a kept phrase does ("Pierre" of "Pierre Thomas")
    for score, phrase in scored:
        surface = _surface(phrase).lower()
        if score <= 0 or surface in seen or any(
                _is_covered(phrase, other) and not _names_another(phrase, other, entities)
                for other in [*(other for _, other in kept), *aliases]):
            continue
        entity = entities.get(phrase.key)
        if entity in kept_entities:
            aliases.append(phrase)
            continue  # "Port Authority of Singapore" after its "MPA", "Mr Minns" after "Chris Minns"
        if entity is not None:
            kept_entities.add(entity)
            # The entity's fullest name stands for it, at its best-ranked name's place: "Mark Teixeira", not "Teixeira";
            # only where it comes early, as a report names someone in full before it shortens the name (a headline may
            # shorten it first), not after the short name ran on alone ("Ford recalled ... Ford said ... Harrison Ford
            # was not involved", a man the entity step grouped with the carmaker).
            if sum(start < fullest[entity].first for start, _ in phrase.spans) <= 1:
                aliases.append(phrase)
                phrase = fullest[entity]
                surface = _surface(phrase).lower()
        title = next((i for i, (_, other) in enumerate(kept) if _numbers_the_title(phrase, other)), None)
        if title is not None:  # one game, "Grand Theft Auto" where the parser ended a mention of "... Auto 6" early
            if len(phrase.spans) >= len(kept[title][1].spans):
                kept[title] = (kept[title][0], phrase)
            continue
        kept.append((score, phrase))
        seen.add(surface)
        if len(kept) == limit:
            break
    if not kept:
        return []
    best = kept[0][0]
    return [{"text": _surface(p), "score": round(score / best, 4)} for score, p in kept]


def _names_another(phrase: Phrase, other: Phrase, entities: dict[tuple[str, ...], str]) -> bool:
    """The phrase names another entity than the better-ranked name it opens with, a known body's name after that:
    "Google DeepMind" after "Google" (the owner's unit, no longer form of the owner's name)."""
    named, other_named = entities.get(phrase.key), entities.get(other.key)
    rest = phrase.key[len(other.key):]
    return named is not None and other_named is not None and named != other_named \
        and phrase.key[:len(other.key)] == other.key and " ".join(rest) in KNOWN_ORGANISATIONS


def _loses_word(phrase: Phrase, other: Phrase, word: str | None) -> bool:
    """The phrase as written holds the word and the other does not (None: no word to lose)."""
    return word is not None and word in _surface(phrase).lower().split() \
        and word not in _surface(other).lower().split()


def _is_proper_name(phrase: Phrase) -> bool:
    """Every word of the phrase is a proper noun (or a hyphen, "&", a name's small word inside: "Party for Freedom"):
    "Mark Teixeira", not "catherine nevin ran" nor "RAF fireman Glen", where the entity step's name ran on."""
    return all(tag == "PROPN" or word in ("-", "&") or word in NAME_SMALL_WORDS and 0 < i < len(phrase.key) - 1
               for i, (word, tag) in enumerate(zip(phrase.key, phrase.tags, strict=False)))


def _entities_named(phrases: dict[tuple[str, ...], Phrase], mentions: list[dict], text: str
                    ) -> dict[tuple[str, ...], str]:
    """The id of the entity each phrase names, by the key of the phrase. A phrase names an entity when at least half
    of its mentions are names the entity step found, an honorific before one aside ("Mr Minns"), and all of those are
    that entity's (not the common noun "nurses" of one "Nurses" the entity step took for a union's name)."""
    by_span = {(m["start"], m["end"]): m["entity_id"] for m in mentions if m["label"] in NAME_LABELS}
    if not by_span:
        return {}
    named: dict[tuple[str, ...], str] = {}
    for key, phrase in phrases.items():
        spans = [_past_honorific(text, span) for span in phrase.spans]
        found = [by_span[span] for span in spans if span in by_span]
        if found and 2 * len(found) >= len(spans) and len(set(found)) == 1:
            named[key] = found[0]
    return named


def _past_honorific(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span of a phrase's mention without the honorific opening it ("Mr" of "Mr Minns")."""
    first = text[span[0]:span[1]].split(" ", 1)[0]
    return (span[0] + len(first) + 1, span[1]) if first in HONORIFICS and first != text[span[0]:span[1]] else span


def _contains_run(key: tuple[str, ...], part: tuple[str, ...]) -> bool:

    """True when `part` occurs as consecutive words of `key`."""
    n = len(part)
    return any(key[i:i + n] == part for i in range(len(key) - n + 1))


def _is_covered(phrase: Phrase, better: Phrase) -> bool:
    """True when a better-ranked phrase already says what this one says."""
    return _is_part_of(phrase, better) or _is_name_variant(phrase, better)


def _numbers_the_title(phrase: Phrase, title: Phrase) -> bool:
    """The phrase is a title of two or more proper nouns with a sequel's number after it: "Grand Theft Auto 6"."""
    return (len(title.key) > 1 and phrase.key[:-1] == title.key and phrase.key[-1].isdigit()
            and all(tag == "PROPN" for tag in title.tags))


def _is_part_of(phrase: Phrase, other: Phrase) -> bool:
    """True when all of the phrase's words occur in a better-ranked phrase (so it adds nothing)."""
    return set(phrase.key) <= set(other.key)


def _is_name_variant(phrase: Phrase, name: Phrase) -> bool:
    """True for a longer form of a better-ranked name: "Vladimir Putin", "President Putin" after "Putin"."""
    if not all(tag == "PROPN" for tag in name.tags) or not _contains_run(phrase.key, name.key):
        return False
    extra = [(w, t) for w, t in zip(phrase.key, phrase.tags, strict=True) if w not in name.key]
    return all(tag == "PROPN" or word in ROLE_HEADS or tag == "ADJ" for word, tag in extra)
