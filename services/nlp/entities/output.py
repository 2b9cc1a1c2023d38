"""The JSON-ready mentions and groups: canonical names, stable ids, salience."""
from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict

from spacy.tokens import Doc

from services.nlp.doctext import char_bounds, text_of, tokens_of
from services.nlp.entities.gazetteer import _FULL_NAMES, _STATE_NAMES, _in_gazetteer
from services.nlp.entities.grouping import Groups
from services.nlp.entities.mentions import FURNITURE_ONLY_SALIENCE, SPEAKER_LABEL, Mention, entity_id
from services.nlp.entities.sport import TEAM_KEY_SUFFIX
from services.nlp.entity_rules import NAME_LABELS, NUMERIC_LABELS
from services.nlp.furniture import furniture_ranges, in_ranges


def _build_output(
    doc: Doc, mentions: list[Mention], groups: Groups, miscased_tokens: set[int]
) -> tuple[list[dict], list[dict]]:
    """Mention and group dicts from grouped token mentions."""
    label_of = {root: groups.label(root) for root in groups.roots()}
    by_group: dict[tuple[str, tuple[str, ...]], list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.label in NAME_LABELS and m.key in groups.votes:
            root = groups.root(m.owner or m.key)
            m.label = label_of[root]
            by_group[(m.label, root)].append(m)
        else:
            by_group[(m.label, m.key)].append(m)

    lead_end = _lead_end(doc)
    doc_chars = len(text_of(doc))
    furniture = furniture_ranges(doc)
    # Salience counts the mentions in the reporting: a byline's author or a picture agency is not what it is about.
    tokens = tokens_of(doc)
    counted = {group: [m for m in ms if not in_ranges(tokens[m.start].idx, furniture)]
               for group, ms in by_group.items()}
    max_count = max((len(ms) for ms in counted.values()), default=1) or 1
    out_groups: list[dict] = []
    ids: dict[int, str] = {}
    names = {(label, root): _name(doc, label, root, ms, miscased_tokens) for (label, root), ms in by_group.items()}
    plain_ids = {group: entity_id(group[0], name) for group, name in names.items()}  # each hashed once
    people = {eid for (label, _), eid in plain_ids.items() if label == "PERSON"}
    roots = {root for _, root in by_group}
    for (label, root), ms in by_group.items():
        name, eid = names[(label, root)], plain_ids[(label, root)]
        if label != "PERSON" and eid in people:
            # "Tanaka Holdings" beside Mr. Tanaka, grouped apart: without its legal form the firm would be him.
            eid = entity_id(label, name, legal_form=True)
        elif root[-1:] == (TEAM_KEY_SUFFIX,) and root[:-1] in roots:
            # A club beside its town, grouped apart in a match report: the name alone would make them one.
            eid = entity_id(label, f"{name} {TEAM_KEY_SUFFIX}", legal_form=True)
        reported = counted[(label, root)]
        first = min(tokens[m.start].idx for m in reported or ms)
        salience = _salience(len(reported), max_count, first, doc_chars, first < lead_end, label)
        out_groups.append(
            {
                "entity_id": eid,
                "name": name,
                "label": label,
                "salience": salience if reported else round(salience * FURNITURE_ONLY_SALIENCE, 4),
                "mentions": len(ms),
            }
        )
        for m in ms:
            ids[id(m)] = eid

    merged = _merge_same_ids(out_groups)
    name_of = {g["entity_id"]: g["name"] for g in merged}
    out_mentions = []
    for m in sorted(mentions, key=lambda m: m.start):
        start, end, written = _written(doc, m)
        eid = ids[id(m)]
        out_mentions.append(
            {"text": written, "label": m.label, "start": start, "end": end, "entity_id": eid, "canonical": name_of[eid]}
        )
    return out_mentions, merged


def _name(doc: Doc, label: str, root: tuple[str, ...], ms: list[Mention], miscased_tokens: set[int]) -> str:
    """The canonical name of a group: as written in the doc, or the full name it stands for."""
    root_mentions = [m for m in ms if m.key == root] or ms
    # Any run of spaces in a name is one space: "$1.2\nbillion" across a line, "Thomas  Schaefer" typed twice.
    name = " ".join(_display(doc, root_mentions, miscased_tokens).split())
    if label == "ORG" and name[:1].isupper():
        # "the Fed" alone is the Federal Reserve too: the full name, so that articles writing either meet.
        name = _FULL_NAMES.get(root, name)
    elif label == "GPE" and root in _STATE_NAMES:
        name = _STATE_NAMES[root]  # "Calif." alone is California too
    elif label in ("GPE", "LOC") and name.isupper() and _is_shouted_place_name(name):
        name = _place_title_case(name)  # "BIRMINGHAM" written only in the dateline is Birmingham
    elif label == "PERSON" and name.isupper() and all(m.source == SPEAKER_LABEL for m in root_mentions):
        name = name.title()  # "JOE ROGAN" named only by a transcript's labels is Joe Rogan ("O'NEILL" O'Neill)
    return name


def _written(doc: Doc, m: Mention) -> tuple[int, int, str]:
    """Start, end and text of a mention in the article."""
    start, end_char = char_bounds(doc, m.start, m.end)
    end = m.end_char or end_char
    return start, end, text_of(doc)[start:end]


def _display(doc: Doc, mentions: list[Mention], miscased_tokens: set[int]) -> str:
    """The name as best written in the doc: the most frequent normally-cased spelling."""
    spellings = Counter(
        _written(doc, m)[2] for m in mentions if m.start not in miscased_tokens
    ) or Counter(_written(doc, m)[2] for m in mentions)
    # In partly lower-cased text "London" beats a more frequent "london"; as often written, "Washington" beats
    # the dateline's "WASHINGTON".
    return max(spellings.items(), key=lambda kv: (any(ch.isupper() for ch in kv[0]), kv[1], not kv[0].isupper()))[0]


# Small words of places' names written in lower case past their first word: "Port of Spain", "Port-au-Prince", "Dar
# es Salaam", "Rio de Janeiro", "Rostov-on-Don".
_PLACE_SMALL_WORDS = frozenset({"of", "de", "del", "au", "aux", "es", "do", "da", "dos", "das", "du", "des", "sur",
                                "upon", "on", "and"})
# Articles in lower case only after "de" or "du" ("Santa Cruz de la Sierra"), capitalised elsewhere ("North Las Vegas").
_PLACE_ARTICLES = frozenset({"la", "las", "los", "le", "les"})


def _place_title_case(name: str) -> str:
    """A place's name in capitals in title case, its small words after the first in lower case and each part of a
    hyphen or an apostrophe after one letter capitalised: "PORT-AU-PRINCE" Port-au-Prince, "N'DJAMENA" N'Djamena,
    "NUKU'ALOFA" Nuku'alofa."""
    parts = re.split(r"([\s-]+)", name.lower())
    for i, part in enumerate(parts):
        if i and (part in _PLACE_SMALL_WORDS or part in _PLACE_ARTICLES and parts[i - 2] in ("de", "du")):
            continue
        parts[i] = part[:2].upper() + part[2:3].upper() + part[3:] if part[1:2] == "'" else part.capitalize()
    return "".join(parts)


def _is_shouted_place_name(name: str) -> bool:
    """A place's name in capitals, not an acronym: "BIRMINGHAM", "OSLO" (four letters the gazetteer knows), not
    "UAE", "DPRK", "U.S.A."."""
    if not all(word.replace("-", "").replace("'", "").isalpha() and not word.startswith(("MC", "MAC"))
               for word in name.split()):
        return False  # "U.S.A.", and names whose capitals title case would get wrong: "MCALLEN"
    letters = sum(ch.isalpha() for ch in name)
    return letters > 4 or (letters == 4 and _in_gazetteer(name.casefold()))


def _salience(count: int, max_count: int, first_char: int, doc_chars: int, in_lead: bool, label: str) -> float:
    """Weight of an entity in the article: frequency, early first mention, presence in title/lead."""
    score = 0.6 * count / max_count + 0.25 * (1 - first_char / max(doc_chars, 1)) + 0.15 * in_lead
    if label in NUMERIC_LABELS:
        score *= 0.5  # dates and numbers are context, not what an article is about
    return round(min(1.0, max(0.0, score)), 4)


def _lead_end(doc: Doc) -> int:
    """Character offset where the title and lead end: the first three sentences or 400 chars."""
    ends = [s.end_char for s in itertools.islice(doc.sents, 3)] if doc.has_annotation("SENT_START") else []
    return max(ends[-1] if ends else 0, min(400, len(text_of(doc))))


def _merge_same_ids(groups: list[dict]) -> list[dict]:
    """One group per id (two roots can share a canonical name after trimming, a company's with and without its
    legal form one id), named as its most mentioned root."""
    merged: dict[str, dict] = {}
    for g in sorted(groups, key=lambda g: (-g["mentions"], -g["salience"], g["name"])):
        if g["entity_id"] in merged:
            kept = merged[g["entity_id"]]
            kept["mentions"] += g["mentions"]
            kept["salience"] = max(kept["salience"], g["salience"])
        else:
            merged[g["entity_id"]] = dict(g)
    return sorted(merged.values(), key=lambda g: (-g["salience"], g["name"]))
