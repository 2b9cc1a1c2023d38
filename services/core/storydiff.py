"""What the articles of one story agree on, where they conflict, and what only one outlet reports.

Pure functions over stored enrichments (no spaCy), so the API computes a diff when it is read.
Facts compared: money (amount and currency), figures (value per counted unit), dates, quotes
(same words, same speaker) and entities. Two values of the same kind of quantity that differ but
lie within a factor of two of each other ("more than 40 countries" / "more than fifty nations")
are taken as the same fact reported differently: a conflict, when they are about the same thing
(a counted noun says so; for sums and percentages the words around them must, with the articles'
texts given: the Dow's 0.9% fall is no rival to the S&P 500's 1%) and an approximate value does not
already allow the other ("more than 2 lakh" and "2.14 lakh").
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

from services.core.amounts import money_text
from services.core.indexes import NAMED_LABELS

# Counted nouns that name the same kind of thing.
UNIT_SYNONYMS = {"nation": "country", "state": "country", "people": "person", "individual": "person",
                 "civilian": "person", "soldier": "troop", "kilometre": "km", "kilometer": "km", "mile": "mile"}
CONFLICT_RATIO = 2.0
# Values this close, one of them approximate ("more than 2 lakh", "2.14 lakh"), are the same report.
APPROXIMATE_RATIO = 1.2
# Share of the content words around the smaller context that the other must have for two values to be rivals.
CONTEXT_OVERLAP = 0.5
# Characters looked at before and after a value for the words it is about ("the Dow fell 0.9%").
CONTEXT_BEFORE, CONTEXT_AFTER = 60, 30
# Units that do not say what is measured: values in them need the words around them to be compared.
UNITS_WITHOUT_SUBJECT = frozenset({"percent", "percentage point", "basis point", "point"})
QUOTE_OVERLAP = 0.6
MAX_ENTITY_FACTS = 30
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you"})
# First words of a speaker described rather than named: "the union's general secretary", "A spokesman for Ford".
DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "one", "his", "her", "its", "their", "our", "another"})
# Words that say nothing of what a value or a quote is about.
STOP_WORDS = frozenset(
    "a an the of to in on at by for from with and or but as is are was were be been it its this that their his her "
    "they he she we i you our your has have had will would said says say about up down over than more less just "
    "also not no so some all any new after before into out per cent percent".split()
)

Article = tuple[str, dict[str, Any]]  # (article id, enrichment)


def story_diff(articles: list[Article], texts: Mapping[str, str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """`{"agree": [...], "conflict": [...], "single": [...]}` facts, each `{kind, label, values}`; `texts` (article
    id -> text) lets conflicts be told apart by the words around the values, else the numbers alone decide."""
    diff: dict[str, list[dict[str, Any]]] = {"agree": [], "conflict": [], "single": []}
    if len(articles) < 2:
        return diff
    for compare in (_money, _figures):
        for verdict, fact in compare(articles, texts or {}):
            diff[verdict].append(fact)
    for other in (_dates, _quotes, _entities):
        for verdict, fact in other(articles):
            diff[verdict].append(fact)
    return diff


def _value(article_id: str, item: dict[str, Any]) -> dict[str, Any]:
    return {"article_id": article_id, "text": item["text"], "start": item["start"], "end": item["end"]}


def _quantities(articles: list[Article], texts: Mapping[str, str], kind: str, items: str, key: Any, amount: Any,
                label: Any, about: Callable[[str], bool], exact_label: Any = None) -> list[tuple[str, dict[str, Any]]]:
    """Compare numeric facts grouped by `key` (currency or unit): equal values agree, close ones conflict; values
    of a group that `about` says needs it are compared with the words around them. `exact_label` writes a conflict
    whose two values `label` writes alike."""
    by_key: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for article_id, enrichment in articles:
        for item in enrichment.get(items, []):
            if key(item) and amount(item) is not None:
                by_key[key(item)][article_id].append(item)
    facts = []
    for group, per_article in by_key.items():
        facts.extend(_compare_group(kind, group, per_article, amount, label, texts if about(group) else {},
                                    exact_label or label))
    return facts


def _compare_group(kind: str, group: str, per_article: dict[str, list[dict[str, Any]]], amount: Any, label: Any,
                   texts: Mapping[str, str], exact_label: Any) -> list[tuple[str, dict[str, Any]]]:
    """Values reported by several articles agree; close but different values from different articles conflict."""
    values: dict[float, list[dict[str, Any]]] = defaultdict(list)
    for article_id, items in per_article.items():
        for item in items:
            context = _context(texts.get(article_id), item) if texts else None
            values[float(amount(item))].append(_value(article_id, item) | {
                "_article": article_id, "_context": context, "_approximate": bool(item.get("approximate"))})
    sources = {number: {v["_article"] for v in found} for number, found in values.items()}

    def rivals(number: float, other: float) -> bool:
        return _same_report_differs(values[number], values[other], number, other)

    facts, in_conflict, pairs = [], set(), set()
    for number in sorted(values):
        if len(sources[number]) > 1:
            facts.append(("agree", _fact(kind, label(group, number), values[number])))
        rival = _closest_rival(number, sources, rivals)
        if rival is not None and (pair := (min(number, rival), max(number, rival))) not in pairs:
            pairs.add(pair)
            in_conflict.update(pair)
            low, high = label(group, pair[0]), label(group, pair[1])
            if low == high:  # "1.235m GBP vs 1.235m GBP" of 1,234,567 and 1,234,890: the values as they are
                low, high = exact_label(group, pair[0]), exact_label(group, pair[1])
            facts.append(("conflict", _fact(kind, f"{low} vs {high}", values[pair[0]] + values[pair[1]])))
    facts.extend(("single", _fact(kind, label(group, number), values[number]))
                 for number in sorted(values) if len(sources[number]) == 1 and number not in in_conflict)
    return facts


def _closest_rival(number: float, sources: dict[float, set[str]], rivals: Callable[[float, float], bool]
                   ) -> float | None:
    """The nearest different value within the conflict ratio that other articles give instead of it."""
    best = None
    for other, other_sources in sources.items():
        if other == number or not (other_sources - sources[number]) or not (sources[number] - other_sources):
            continue
        low, high = sorted((abs(number), abs(other)))
        if low > 0 and high / low <= CONFLICT_RATIO and (best is None or abs(other - number) < abs(best - number)) \
                and rivals(number, other):
            best = other
    return best


def _same_report_differs(found: list[dict[str, Any]], others: list[dict[str, Any]], number: float, other: float
                         ) -> bool:
    """Two values from different articles report one thing differently: the words around some pair agree (or no
    text tells), and neither is an approximation that allows the other."""
    low, high = sorted((abs(number), abs(other)))
    for a in found:
        for b in others:
            if a["_article"] == b["_article"]:
                continue
            if (a["_approximate"] or b["_approximate"]) and high <= APPROXIMATE_RATIO * low * (1 + 1e-12):
                continue
            if a["_context"] is None or b["_context"] is None:
                return True
            if _overlap(a["_context"], b["_context"]) >= CONTEXT_OVERLAP:
                return True
    return False


def _context(text: str | None, item: dict[str, Any]) -> set[str] | None:
    """The content words of the value's own sentence near it ("the Dow fell 0.9%": dow, fell), or None without text."""
    if not text:
        return None
    before = re.split(r"[.!?;\n]\s", text[max(0, item["start"] - CONTEXT_BEFORE):item["start"]])[-1]
    after = re.split(r"[.!?;\n]\s", text[item["end"]:item["end"] + CONTEXT_AFTER])[0]
    return _content_words(f"{before} {after}")


def _content_words(text: str) -> set[str]:
    """Words that say what something is about: no stop words, no bare numbers ("10-year" stays one word)."""
    return {w for w in re.findall(r"[\w'-]+", text.casefold())
            if w not in STOP_WORDS and not re.fullmatch(r"[\d.,'-]+", w) and len(w) > 1}


def _fact(kind: str, label: str, values: list[dict[str, Any]]) -> dict[str, Any]:
    return {"kind": kind, "label": label, "values": [{k: v for k, v in value.items() if not k.startswith("_")}
                                                     for value in values]}


def _money(articles: list[Article], texts: Mapping[str, str]) -> list[tuple[str, dict[str, Any]]]:
    return _quantities(articles, texts, "money", "money", key=lambda m: m.get("currency"),
                       amount=lambda m: m.get("amount"),
                       label=lambda currency, amount: money_text({"amount": amount, "currency": currency}),
                       about=lambda _: True,
                       exact_label=lambda currency, amount: money_text({"amount": amount, "currency": currency},
                                                                       short=False))


def _figures(articles: list[Article], texts: Mapping[str, str]) -> list[tuple[str, dict[str, Any]]]:
    def unit(figure: dict[str, Any]) -> str | None:
        name = figure.get("unit")
        return UNIT_SYNONYMS.get(name, name) if name and not figure.get("vague") else None

    return _quantities(articles, texts, "figure", "figures", key=unit, amount=lambda f: f.get("value"),
                       label=lambda name, value: f"{_short(value)} {name}", about=UNITS_WITHOUT_SUBJECT.__contains__)


def _short(number: float) -> str:
    for size, suffix in ((1e9, "bn"), (1e6, "m")):
        if abs(number) >= size:
            return f"{number / size:g}{suffix}"
    return f"{number:g}"


def _dates(articles: list[Article]) -> list[tuple[str, dict[str, Any]]]:
    by_text: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for article_id, enrichment in articles:
        for mention in enrichment.get("entities", []):
            if mention["label"] == "DATE":
                by_text[mention["text"].casefold()].append(_value(article_id, mention) | {"_article": article_id})
    return [("agree" if len({v["_article"] for v in found}) > 1 else "single", _fact("date", found[0]["text"], found))
            for found in by_text.values()]


def _quotes(articles: list[Article]) -> list[tuple[str, dict[str, Any]]]:
    """Quotes with mostly the same words: same speaker agrees, another speaker conflicts."""
    quotes = [(article_id, q) for article_id, enrichment in articles for q in enrichment.get("quotes", [])]
    # Each quote's words once: every pair is compared, and tokenising per pair took seconds on a big story. Content
    # words only: two quotes that open "The Fed is ..." are not one.
    words = [_content_words(q["text"]) for _, q in quotes]

    def same(i: int, j: int) -> bool:
        return quotes[i][0] != quotes[j][0] and _overlap(words[i], words[j]) >= QUOTE_OVERLAP

    groups: list[list[int]] = []
    group_of: dict[int, int] = {}
    for i in range(len(quotes)):
        if i in group_of:
            continue
        matches = [j for j in range(i + 1, len(quotes)) if j not in group_of and same(i, j)]
        # An article that gives a quote twice (headline and body): its second copy joins the group its first
        # copy formed with the other outlets, rather than standing alone as if no one else had it.
        earlier = None if matches else next((group for j, group in group_of.items() if same(i, j)), None)
        if earlier is not None:
            groups[earlier].append(i)
            group_of[i] = earlier
            continue
        group_of.update(dict.fromkeys([i, *matches], len(groups)))
        groups.append([i, *matches])
    facts = []
    for group in groups:
        # Each speaker the outlets give, in the order they appear: a conflict's label names them all.
        speakers = {_speaker_key(quotes[k][1]): _speaker_name(quotes[k][1]) for k in group}
        if len(speakers) > 1:
            speakers.pop(None, None)  # an unnamed speaker is no rival to a named one
        label = f"{' vs '.join(speakers.values())}: {quotes[group[0]][1]['text'][:80]}"
        fact = _fact("quote", label, [_value(*quotes[k]) for k in group])
        if len({quotes[k][0] for k in group}) == 1:
            facts.append(("single", fact))
        else:
            facts.append(("agree" if len(speakers) == 1 else "conflict", fact))
    return facts


def _speaker_name(quote: dict[str, Any]) -> str:
    return (quote.get("speaker") or {}).get("name") or "unknown speaker"


def _speaker_key(quote: dict[str, Any]) -> str | None:
    """Who the quote is given to; None for no one, a pronoun left unresolved ("it") or a description ("the union's
    general secretary", "a spokesman"), which name no rival: the one described may be the one another outlet names."""
    speaker = quote.get("speaker") or {}
    if speaker.get("entity_id"):
        return speaker["entity_id"]
    name = speaker.get("name") or ""
    first = name.split(" ", 1)[0].casefold()
    if first in PRONOUNS or first in DESCRIPTION_OPENERS or not name[:1].isupper():
        return None
    return name


def _overlap(wa: set[str], wb: set[str]) -> float:
    """Shared words over the words of the shorter quote."""
    return len(wa & wb) / min(len(wa), len(wb)) if wa and wb else 0.0


def _entities(articles: list[Article]) -> list[tuple[str, dict[str, Any]]]:
    """Entities named by several outlets agree; the most salient named by one only are single-source."""
    seen: dict[str, list[tuple[str, dict[str, Any], float]]] = defaultdict(list)
    for article_id, enrichment in articles:
        # Names only: dates, sums and counts are compared as facts of their own, not as entities.
        salience = {g["entity_id"]: (g["name"], g["salience"]) for g in enrichment.get("entity_groups", [])
                    if g["label"] in NAMED_LABELS}
        first_mentions: dict[str, dict[str, Any]] = {}
        for mention in enrichment.get("entities", []):
            if mention.get("entity_id") in salience and mention["entity_id"] not in first_mentions:
                first_mentions[mention["entity_id"]] = mention
        for entity_id, mention in first_mentions.items():
            seen[entity_id].append((article_id, mention, salience[entity_id][1]))
    ranked = sorted(seen.items(), key=lambda kv: -max(s for _, _, s in kv[1]))[:MAX_ENTITY_FACTS]
    facts = []
    for _, found in ranked:
        values = [_value(article_id, mention) for article_id, mention, _ in found]
        name = found[0][1].get("canonical") or found[0][1]["text"]
        facts.append(("agree" if len({a for a, _, _ in found}) > 1 else "single", _fact("entity", name, values)))
    return facts
