"""Named entities of an article: mentions with offsets, grouped under one canonical name per entity.

The statistical model labels each mention on its own, so one article can call "Healey" an ORG
and "John Healey" a PERSON, or miss a name in one sentence it found in another. This module
post-processes `doc.ents` at document level:

1. all-caps lines (headlines) are re-labelled by re-running only the NER component on a
   case-restored copy of those lines, so the model sees ordinary casing;
2. spans are cleaned: split at line breaks and at separators ("Birmingham v Barnsley"),
   stripped of articles, possessives, titles and stray numbers;
3. mentions are grouped: the same name, and short forms of a longer name ("Healey" →
   "John Healey"), form one group whose label is decided by a vote over its mentions;
4. the doc is searched for unlabelled repeats of names found elsewhere in it;
5. groups get a canonical name, a stable id and a salience.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from services.nlp.entity_rules import (
    ARTICLE_KEEPING_LABELS,
    CAPITALISED_EDGE_LABELS,
    LEADING_ARTICLES,
    NAME_LABELS,
    NAME_PARTICLES,
    NUMBERLESS_LABELS,
    NUMERIC_LABELS,
    PERSON_TITLES,
    POSSESSIVES,
    SEPARATORS,
)

# Vote weight of a label found in an all-caps line: case-restored text is less reliable.
SHOUTING_WEIGHT = 0.5
# Short forms are linked to longer names of these labels only when their own label is not a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})
# The longest name (in tokens) searched for when propagating names to unlabelled repeats.
MAX_NAME_TOKENS = 8


@dataclass
class _Mention:
    """A mention as token offsets into the doc, before and after grouping."""

    start: int
    end: int
    label: str
    weight: float = 1.0
    source: str = "model"
    key: tuple[str, ...] = field(default=())


@dataclass
class _Options:
    """Switches of the post-processing steps (all on in production; the evaluation toggles them)."""

    recase: bool = True
    clean: bool = True
    group: bool = True
    propagate: bool = True


OPTIONS = _Options()


# --------------------------------------------------------------------------------------- ids


def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name, for ids and matching."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w]+", " ", text.casefold())
    return " ".join(text.split())


def entity_id(label: str, name: str) -> str:
    """Stable id of a canonical entity: the same person in two articles gets the same id."""
    key = f"{label}\x1f{normalise_name(name)}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _token_key(token: Token) -> str:
    """Matching form of one token: case-folded, typographic apostrophes made plain."""
    return token.text.casefold().replace("’", "'")


# ------------------------------------------------------------------------------------- lines


def _line_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the doc's lines, line-break tokens excluded."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for token in doc:
        if token.is_space and "\n" in token.text:
            if token.i > start:
                ranges.append((start, token.i))
            start = token.i + 1
    if start < len(doc):
        ranges.append((start, len(doc)))
    return ranges


def _is_shouting(tokens: Span) -> bool:
    """True for an all-caps line such as a headline ("JAPAN GET LUCKY WIN")."""
    cased = [t.text for t in tokens if any(ch.isalpha() for ch in t.text)]
    return bool(cased) and all(w.isupper() for w in cased) and any(len(w) >= 4 for w in cased)


# ---------------------------------------------------------------------------------- recasing


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


def _common_words(nlp: Language) -> frozenset[str]:
    """Lower-case English words that are rarely names: stop words, verbs, adjectives, adverbs."""
    cached = _COMMON_WORDS.get(id(nlp))
    if cached is not None:
        return cached
    words: set[str] = set(nlp.Defaults.stop_words)
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups
        if lookups.has_table("lemma_index"):
            index = lookups.get_table("lemma_index")
            for pos in ("verb", "adj", "adv"):
                words.update(w for w in index.get(pos, []) if w.isalpha())
    result = frozenset(words)
    _COMMON_WORDS[id(nlp)] = result
    return result


_COMMON_WORDS: dict[int, frozenset[str]] = {}


def _recased_mentions(doc: Doc, nlp: Language, lines: list[tuple[int, int]], shouting: list[bool]) -> list[_Mention]:
    """Mentions in all-caps lines, from the NER component run on a case-restored copy of them."""
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
    copy = Doc(nlp.vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    copy = nlp.get_pipe("ner")(copy)
    return [
        _Mention(origin[ent.start], origin[ent.end - 1] + 1, ent.label_, SHOUTING_WEIGHT, "recased")
        for ent in copy.ents
    ]


# ---------------------------------------------------------------------------------- cleaning


def _split_at_separators(doc: Doc, m: _Mention) -> list[_Mention]:
    """Pieces of a span cut at line breaks and at separators between names."""
    pieces: list[_Mention] = []
    start = m.start
    for i in range(m.start, m.end):
        token = doc[i]
        cut = token.is_space or (
            token.lower_ in SEPARATORS
            # A hyphen inside a word ("Baden-Baden") is not a separator: only a spaced one is.
            and (token.lower_ not in {"-", "–", "—"} or (i > 0 and doc[i - 1].whitespace_))
            and m.label not in ("WORK_OF_ART", "LAW", "EVENT")
        )
        if cut:
            if i > start:
                pieces.append(_Mention(start, i, m.label, m.weight, m.source))
            start = i + 1
    if m.end > start:
        pieces.append(_Mention(start, m.end, m.label, m.weight, m.source))
    return pieces


def _trim(doc: Doc, m: _Mention) -> _Mention | None:
    """The span without leading articles/titles/punctuation and trailing possessives/punctuation."""
    start, end = m.start, m.end
    while start < end:
        token = doc[start]
        if token.is_punct or token.is_space:
            start += 1
        elif token.lower_ in LEADING_ARTICLES and m.label not in ARTICLE_KEEPING_LABELS and end - start > 1:
            start += 1
        elif m.label == "PERSON" and end - start > 1 and token.lower_ in PERSON_TITLES:
            start += 1
        elif m.label in CAPITALISED_EDGE_LABELS and end - start > 1 and _is_descriptor(doc, start):
            start += 1
        elif m.label in NUMBERLESS_LABELS and token.like_num and end - start > 1:
            start += 1
        else:
            break
    while end > start:
        token = doc[end - 1]
        if token.lower_ in POSSESSIVES or token.is_space:
            end -= 1
        elif token.is_punct and not token.text.endswith(".") and token.text not in (")", "!"):
            end -= 1
        elif m.label in CAPITALISED_EDGE_LABELS and end - start > 1 and _is_descriptor(doc, end - 1):
            end -= 1
        elif m.label in NUMBERLESS_LABELS and any(ch.isdigit() for ch in token.text) and end - start > 1:
            end -= 1
        else:
            break
    if end <= start:
        return None
    return _Mention(start, end, m.label, m.weight, m.source)


def _is_descriptor(doc: Doc, i: int) -> bool:
    """A lower-case word at the edge of a name ("news agency"), not a particle ("de"), not "Young-hoon"."""
    token = doc[i]
    glued = i > 0 and doc[i - 1].text in ("-", "‐") and not doc[i - 1].whitespace_
    return token.is_alpha and token.is_lower and token.lower_ not in NAME_PARTICLES and not glued


def _has_name(doc: Doc, m: _Mention) -> bool:
    """A name span must contain a word with a capital letter or a digit (not "the", not "'s")."""
    if m.label in NUMERIC_LABELS:
        return True
    return any(t.text[:1].isupper() or t.text[:1].isdigit() for t in doc[m.start : m.end])


def _clean(doc: Doc, mentions: Iterable[_Mention]) -> list[_Mention]:
    """Split and trim every span; drop what is left without a name."""
    out: list[_Mention] = []
    for m in mentions:
        pieces = _split_at_separators(doc, m) if m.label in NAME_LABELS else [m]
        for piece in pieces:
            trimmed = _trim(doc, piece)
            if trimmed and _has_name(doc, trimmed):
                out.append(trimmed)
    return out


# ---------------------------------------------------------------------------------- grouping


def _majority(votes: Counter) -> str:
    """The label with the most weight; ties go to the label seen first."""
    return max(votes.items(), key=lambda kv: kv[1])[0]


def _contains(long: tuple[str, ...], short: tuple[str, ...]) -> str | None:
    """'prefix', 'suffix' or 'inside' when `short` is a contiguous part of `long`, else None."""
    n = len(short)
    if n >= len(long):
        return None
    if long[-n:] == short:
        return "suffix"
    if long[:n] == short:
        return "prefix"
    for i in range(1, len(long) - n):
        if long[i : i + n] == short:
            return "inside"
    return None


class _Groups:
    """Union of name keys into groups: a short form points at the longer name it abbreviates."""

    def __init__(self, votes: dict[tuple[str, ...], Counter]):
        self.votes = votes
        self.parent: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.forced: dict[tuple[str, ...], str] = {}

    def root(self, key: tuple[str, ...]) -> tuple[str, ...]:
        while key in self.parent:
            key = self.parent[key]
        return key

    def own_label(self, key: tuple[str, ...]) -> str:
        return self.forced.get(key) or _majority(self.votes[key])

    def link_short_forms(self) -> None:
        """Point each short name at the unique longer name it is part of, when labels allow."""
        keys = sorted(self.votes, key=len, reverse=True)
        for i, short in enumerate(keys):
            own = _majority(self.votes[short])
            person_roots: set[tuple[str, ...]] = set()
            other_roots: set[tuple[str, ...]] = set()
            for long in keys[:i]:
                where = _contains(long, short)
                if where is None:
                    continue
                root = self.root(long)
                label = self.label(root)
                if label == "PERSON" and (where == "suffix" or (where == "prefix" and own not in PLACE_LABELS)):
                    person_roots.add(root)
                elif label == own or (label == "ORG" and own not in PLACE_LABELS):
                    other_roots.add(root)
            if person_roots:
                # A surname of a known person is a person, even when it is ambiguous between two.
                self.forced[short] = "PERSON"
                if len(person_roots) == 1:
                    self.parent[short] = next(iter(person_roots))
            elif len(other_roots) == 1:
                self.parent[short] = next(iter(other_roots))

    def members(self) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
        out: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for key in self.votes:
            out[self.root(key)].append(key)
        return out

    def label(self, root: tuple[str, ...]) -> str:
        """A group's label: its full name's when that is a person, else the vote of all its members."""
        own = self.own_label(root)
        if own == "PERSON":
            return own
        total: Counter = Counter()
        for key in self.votes:
            if self.root(key) == root:
                total.update(self.votes[key])
        return _majority(total) if total else own


def _key(doc: Doc, m: _Mention) -> tuple[str, ...]:
    return tuple(_token_key(t) for t in doc[m.start : m.end])


# ------------------------------------------------------------------------------- propagation


def _propagate(
    doc: Doc,
    mentions: list[_Mention],
    names: dict[tuple[str, ...], str],
    shouting_tokens: set[int],
) -> list[_Mention]:
    """Mentions for unlabelled repeats of known names (`names`: key → label)."""
    taken = [False] * len(doc)
    for m in mentions:
        for i in range(m.start, m.end):
            taken[i] = True
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key in names:
        by_first[key[0]].append(key)
    for keys in by_first.values():
        keys.sort(key=len, reverse=True)
    found: list[_Mention] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        match = None
        if not taken[i] and token.text[:1].isupper():
            for key in by_first.get(_token_key(token), []):
                end = i + len(key)
                if end <= len(doc) and not any(taken[i:end]) and _key_at(doc, i, end) == key:
                    if _extends_name(doc, i, end, shouting_tokens):
                        continue
                    match = _Mention(i, end, names[key], 0.0, "propagated", key)
                    break
        if match:
            found.append(match)
            i = match.end
        else:
            i += 1
    return found


def _key_at(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    return tuple(_token_key(t) for t in doc[start:end])


def _extends_name(doc: Doc, start: int, end: int, shouting_tokens: set[int]) -> bool:
    """True when a capitalised word touches the match: it is then part of some longer name."""
    if start in shouting_tokens:
        return False
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.is_alpha:
        return True
    return bool(before is not None and before.text[:1].isupper() and before.is_alpha and not doc[start].is_sent_start)


# ------------------------------------------------------------------------------------ output


def _display(doc: Doc, mentions: list[_Mention], shouting_tokens: set[int]) -> str:
    """The name as best written in the doc: the most frequent normally-cased spelling."""
    spellings = Counter(
        doc[m.start : m.end].text for m in mentions if m.start not in shouting_tokens
    ) or Counter(doc[m.start : m.end].text for m in mentions)
    return spellings.most_common(1)[0][0]


def _salience(count: int, max_count: int, first_char: int, doc_chars: int, in_lead: bool, label: str) -> float:
    """Weight of an entity in the article: frequency, early first mention, presence in title/lead."""
    score = 0.5 * count / max_count + 0.3 * (1 - first_char / max(doc_chars, 1)) + 0.2 * in_lead
    if label in NUMERIC_LABELS:
        score *= 0.5  # dates and numbers are context, not what an article is about
    return round(min(1.0, max(0.0, score)), 4)


def _lead_end(doc: Doc) -> int:
    """Character offset where the title and lead end: the first three sentences or 400 chars."""
    ends = [s.end_char for s in list(doc.sents)[:3]] if doc.has_annotation("SENT_START") else []
    return max(ends[-1] if ends else 0, min(400, len(doc.text)))


def extract_entities(doc: Doc, nlp: Language | None = None) -> tuple[list[dict], list[dict]]:
    """(mentions, groups) for the document.

    `nlp` is the pipeline that made `doc`; its NER component re-labels all-caps lines. When
    None, the process-wide model is used (`services.nlp.model.shared_model`).
    """
    lines = _line_ranges(doc)
    shouting = [_is_shouting(doc[s:e]) for s, e in lines]
    shouting_tokens = {i for (s, e), caps in zip(lines, shouting, strict=True) if caps for i in range(s, e)}

    mentions = [_Mention(e.start, e.end, e.label_) for e in doc.ents]
    if OPTIONS.recase and shouting_tokens:
        if nlp is None:
            from services.nlp.model import shared_model

            nlp = shared_model()
        mentions = [m for m in mentions if m.start not in shouting_tokens]
        mentions += _recased_mentions(doc, nlp, lines, shouting)
    for m in mentions:
        if m.start in shouting_tokens:
            m.weight = min(m.weight, SHOUTING_WEIGHT)
    if OPTIONS.clean:
        mentions = _clean(doc, mentions)
    for m in mentions:
        m.key = _key(doc, m)

    named = [m for m in mentions if m.label in NAME_LABELS]
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for m in named:
        votes[m.key][m.label] += m.weight
    groups = _Groups(votes)
    if OPTIONS.group:
        groups.link_short_forms()
    label_of = {root: groups.label(root) for root in groups.members()}

    if OPTIONS.propagate:
        names = {key: label_of[groups.root(key)] for key in votes if _propagatable(key)}
        names.update(_surnames(groups, label_of, names))
        extra = _propagate(doc, mentions, names, shouting_tokens)
        for m in extra:
            if m.key not in votes:
                # A surname only known from a full name: it belongs to that person.
                votes[m.key] = Counter()
                groups.votes[m.key] = Counter({m.label: 0.0})
                groups.parent[m.key] = _SURNAME_OWNER.get(m.key, m.key)
        mentions = sorted(mentions + extra, key=lambda m: m.start)

    return _build_output(doc, mentions, groups, label_of, shouting_tokens)


_SURNAME_OWNER: dict[tuple[str, ...], tuple[str, ...]] = {}


def _propagatable(key: tuple[str, ...]) -> bool:
    """Names worth searching for elsewhere: not a lone short or lower-case word."""
    return bool(key) and not (len(key) == 1 and (len(key[0]) < 2 or not any(ch.isalpha() for ch in key[0])))


def _surnames(
    groups: _Groups, label_of: dict[tuple[str, ...], str], known: dict[tuple[str, ...], str]
) -> dict[tuple[str, ...], str]:
    """Last names of multi-word persons, searched for as mentions of those persons."""
    _SURNAME_OWNER.clear()
    owners: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for root, label in label_of.items():
        if label == "PERSON" and len(root) > 1 and root[-1].isalpha() and len(root[-1]) > 1:
            owners[(root[-1],)].add(root)
    out: dict[tuple[str, ...], str] = {}
    for surname, roots in owners.items():
        if surname in known:
            continue
        out[surname] = "PERSON"
        if len(roots) == 1:
            _SURNAME_OWNER[surname] = next(iter(roots))
    return out


def _build_output(
    doc: Doc,
    mentions: list[_Mention],
    groups: _Groups,
    label_of: dict[tuple[str, ...], str],
    shouting_tokens: set[int],
) -> tuple[list[dict], list[dict]]:
    """Mention and group dicts from grouped token mentions."""
    by_group: dict[tuple[str, tuple[str, ...]], list[_Mention]] = defaultdict(list)
    for m in mentions:
        if m.label in NAME_LABELS and m.key in groups.votes:
            root = groups.root(m.key)
            m.label = label_of.get(root) or groups.own_label(root)
            by_group[(m.label, root)].append(m)
        else:
            by_group[(m.label, m.key)].append(m)

    lead_end = _lead_end(doc)
    max_count = max((len(ms) for ms in by_group.values()), default=1)
    out_groups: list[dict] = []
    ids: dict[int, tuple[str, str]] = {}
    for (label, root), ms in by_group.items():
        root_mentions = [m for m in ms if m.key == root] or ms
        name = _display(doc, root_mentions, shouting_tokens)
        eid = entity_id(label, name)
        first = min(doc[m.start].idx for m in ms)
        out_groups.append(
            {
                "entity_id": eid,
                "name": name,
                "label": label,
                "salience": _salience(len(ms), max_count, first, len(doc.text), first < lead_end, label),
                "mentions": len(ms),
            }
        )
        for m in ms:
            ids[id(m)] = (eid, name)

    out_mentions = []
    for m in sorted(mentions, key=lambda m: m.start):
        span = doc[m.start : m.end]
        eid, name = ids[id(m)]
        out_mentions.append(
            {"text": span.text, "label": m.label, "start": span.start_char, "end": span.end_char,
             "entity_id": eid, "canonical": name}
        )
    out_groups.sort(key=lambda g: (-g["salience"], g["name"]))
    return out_mentions, _merge_same_ids(out_groups)


def _merge_same_ids(groups: list[dict]) -> list[dict]:
    """One group per id (two roots can share a canonical name after trimming)."""
    merged: dict[str, dict] = {}
    for g in groups:
        if g["entity_id"] in merged:
            kept = merged[g["entity_id"]]
            kept["mentions"] += g["mentions"]
            kept["salience"] = max(kept["salience"], g["salience"])
        else:
            merged[g["entity_id"]] = dict(g)
    return sorted(merged.values(), key=lambda g: (-g["salience"], g["name"]))
