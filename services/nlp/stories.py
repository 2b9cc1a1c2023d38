"""Incremental story clustering: each enriched article joins the story of its nearest earlier articles or opens one.

`story_features` (pure) turns an article into sparse term weights in a few namespaces, each a different
kind of evidence that two reports describe the same real-world event:

- `w` content words of the whole text, `l` of its lead and `h` of its headline (news puts the event first);
- `t` tokens of the canonical names of its entities, weighted by salience (who and where);
- `c` capitalised words inside sentences (names the entity model missed);
- `n` numbers of its sentences (tolls, ages, scores), `m` sums of money, `q` word trigrams of its quotes;
- `y` years and `d` days of the week named in its first lines (repeated events differ in date);
- `s` the match score its first lines give first ("a 3-1 victory", "Chelsea 2-0 Arsenal": two matches of the same
  teams differ in score; a later "the side that beat Chelsea 3-1 last Sunday" is the match before);

plus its protagonist (the most salient person) and a MinHash sketch of its word shingles.

`assign_story` weights the terms by IDF over the articles seen so far (the first articles of a young corpus are
weighted again whenever they are read, until the corpus settles: see `YOUNG_CORPUS`) and scores the article against its
neighbours, earlier articles found through an inverted index of their features: a weighted sum of
per-namespace cosines, minus a penalty when both name years (or days, or match scores) and share none or have different
protagonists, plus a bonus for a shared protagonist. The stories of the nearest neighbours scoring at least
`JOIN_THRESHOLD` are candidates, the nearest first; one is joined only if the article is also close enough to its recent
members on average (`STORY_THRESHOLD`), so one similar report of a sibling event does not pull an article
into the wrong story. Otherwise the article opens a story. A near-duplicate (shingle Jaccard at least
`NEAR_DUPLICATE`) of an earlier article joins that article's story and is flagged.

Weights and thresholds were set on ECB+ (`services/eval/score_clusters.py`). The decision and its writes run
under a Redis lock, one article at a time across all workers, and are idempotent per article. The neighbours
are read and scored before the lock; under it only the articles assigned meanwhile (numbered in a log) are
added, so none of them is missed and the lock is held for part of the work only.
"""
from __future__ import annotations

import hashlib
import itertools
import math
import re
import time
from collections import Counter
from collections.abc import Iterable
from typing import Any

import orjson
import redis
from redis.commands.core import Script
from spacy.lang.en.stop_words import STOP_WORDS

from services.core import keys

# Weight of each namespace's cosine in the similarity of two articles.
WEIGHTS = {"w": 0.2, "l": 0.25, "h": 0.1, "t": 0.35, "c": 0.25, "n": 0.25, "y": 0.25, "m": 0.25, "q": 0.25, "d": 0.1,
           "s": 0.1}
DAY_CONFLICT = 0.05  # both leads name a day of the week, none in common
SCORE_CONFLICT = 0.1  # both leads give a match score, none in common: another match of the same teams
YEAR_CONFLICT = 0.1  # both articles name years, none in common: likely the same kind of event another time
PROTAGONIST_SHARED = 0.05
PROTAGONIST_CONFLICT = 0.1  # each article's main person is absent from the other
JOIN_THRESHOLD = 0.4  # a neighbour this similar makes its story a candidate
STORY_THRESHOLD = 0.2  # mean similarity to the story's recent members needed to join it
NEAREST = 3  # neighbours whose stories are candidates, tried nearest first
NEAR_DUPLICATE = 0.6  # estimated Jaccard similarity of word 5-shingles
# An article weighted while the corpus held fewer articles keeps its raw terms and is weighted again whenever it is
# read later: the first article's weights have no IDF at all ("said" counts as much as "Healey"), and a report of a
# sibling event scored against them joined its story or not depending on which came first (ECB+, 5 orders: mean
# B-cubed F1 0.928 -> 0.932, the worst order 0.918 -> 0.927).
YOUNG_CORPUS = 50
# Once the corpus holds this many, the young articles are weighted one last time and stored so: weighting them at
# every read for good made an assignment 45% slower (ECB+, 4.2 -> 6.1 ms).
SETTLED_CORPUS = 2 * YOUNG_CORPUS

LEAD_CHARS = 600  # the headline, dateline and first sentences, where news states what happened when
YEAR_CHARS = LEAD_CHARS  # years further down are mostly background ("since 2022"), not the event's date
MIN_NUMBER = 10  # smaller integers are everywhere (counts, list items) and tell no event apart
MIN_LINE_WORDS = 6  # shorter lines are page furniture ("1 week ago 19") whose numbers mean nothing
HEADLINE_LINES = 2
# Strongest terms kept per article, and looked up to find its neighbours.
MAX_TERMS = {"w": 100, "l": 60, "h": 30, "t": 40, "c": 60, "n": 30, "y": 10, "m": 20, "q": 60, "d": 7, "s": 5}
QUERY_TERMS = {"w": 12, "l": 8, "h": 6, "t": 12, "c": 10, "n": 5, "y": 5, "m": 5, "q": 10, "d": 0, "s": 0}
# Strongest terms of each namespace an article is found by: a later report of the same event looks up its own
# strongest terms, which are mostly among these.
INDEX_TERMS = {ns: 4 * n for ns, n in QUERY_TERMS.items()}
POSTINGS_READ = 30  # most recent articles read per looked-up term
POSTINGS_KEPT = 500  # most recent articles kept per term
DOCS_FIELD = "#docs"  # the field of the document frequencies' hash that counts the articles themselves
MAX_NEIGHBOURS = 20  # neighbours scored, those sharing the most looked-up weight
MEMBER_SAMPLE = 20  # recent members a story is judged by
WINDOW_SECONDS = 14 * 86400  # articles further apart in time are never neighbours
SKETCH_SIZE = 64  # hashes kept per MinHash sketch: Jaccard estimates within about 0.06
SHINGLE_WORDS = 5
LOCK_SECONDS = 30  # frees the lock soon after a worker dies holding it; the critical section takes milliseconds
LOCK_WAIT_SECONDS = 120
# Assignments kept in the log: a worker that read its neighbours more assignments ago reads them again under the lock.
LOG_KEPT = 1000

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
# Tokens of web addresses: pasted URLs carry no news, only the publisher's boilerplate.
URL_WORDS = frozenset({"http", "https", "www", "com", "html", "htm", "php", "org", "net", "co", "uk", "shtml", "aspx",
                       "asp", "cms", "stm"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_TOKEN = re.compile(r"\w+")
_CAPITALISED = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+")
_NUMBER = re.compile(r"\b\d+(?:[.,]\d+)*\b")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A match score ("3-1", "2–2") next to a word of winning, losing or drawing within the same stretch of text.
# Not "held 5-4" or "led 3-1" (a court's vote, a lead during the match), nor a shoot-out's or an aggregate score,
# which another report of the same match may leave out for the score after extra time.
_SCORE = re.compile(r"(?<![\d.,:/–-])(\d{1,2}) ?[-–] ?(\d{1,2})(?![\d.,:/–%-])"
                    r"(?!\s+(?:on\s+(?:penalties|pens|aggregate)|in\s+(?:a|the)\s+(?:penalty\s+)?shoot-?out|agg))")
_RESULT_WORDS = re.compile(
    r"\b(?:win|wins|won|victory|beat|beats|beaten|defeat|defeats|defeated|draw|drew|drawn|lost|loss|lose|"
    r"thrash\w*|rout\w*|edged?|scoreline)\b", re.IGNORECASE)
SCORE_CONTEXT_CHARS = 40
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"[^\w]+")

Vector = dict[str, dict[str, float]]


# ----------------------------------------------------------------------------------- features


def story_features(doc_text: str, enrichment: dict[str, Any]) -> dict[str, Any]:
    """Raw term weights per namespace, the protagonist and a shingle sketch of an article (JSON-ready)."""
    text = _without_urls(doc_text)
    groups = [g for g in enrichment.get("entity_groups", []) if g.get("label") in NAME_LABELS]
    people = [g for g in groups if g["label"] == "PERSON"]
    words = _WORD.findall(text)
    terms = {
        "w": _log_counts(_content_words(words)),
        "l": _log_counts(_content_words(_WORD.findall(text[:LEAD_CHARS]))),
        "h": dict.fromkeys(_content_words(_WORD.findall(_headline(text))), 1.0),
        "t": _entity_tokens(groups),
        "c": _log_counts(_names(text, words)),
        "n": dict.fromkeys(_numbers(text), 1.0),
        "y": _log_counts(_YEAR.findall(text[:YEAR_CHARS])),
        "d": dict.fromkeys((d.lower() for d in _WEEKDAY.findall(text[:LEAD_CHARS])), 1.0),
        "s": dict.fromkeys(_scores(text[:LEAD_CHARS])[:1], 1.0),  # its own result: the lead's first score
        "m": dict.fromkeys(_amounts(enrichment.get("money", [])), 1.0),
        "q": dict.fromkeys(_quote_trigrams(enrichment.get("quotes", [])), 1.0),
    }
    return {
        "terms": {ns: _strongest(weights, MAX_TERMS[ns]) for ns, weights in terms.items()},
        "protagonist": sorted(_name_tokens(people[0]["name"])) if people else [],
        "sketch": shingle_sketch(doc_text),
    }


def _without_urls(text: str) -> str:
    return " ".join(word for word in text.split(" ") if word.lower().strip(".:/") not in URL_WORDS)


def _content_words(words: list[str]) -> list[str]:
    """The words (as `_WORD` finds them), lower-cased, without short, stop and web-address words."""
    lowered = (w.lower() for w in words)
    return [w for w in lowered if len(w) > 2 and w not in STOP_WORDS and w not in URL_WORDS]


def _headline(text: str) -> str:
    """The first lines that read like a title or a sentence (three words or more)."""
    lines = (line for line in text.splitlines() if len(_WORD.findall(line)) >= 3)
    return " ".join(itertools.islice(lines, HEADLINE_LINES))


def _numbers(text: str) -> list[str]:
    """Numbers of the article's sentences that can tell events apart: not years, not single digits.

    Short lines (page furniture: "1 week ago 19", time stamps, view counts) are left out.
    """
    prose = " ".join(line for line in text.splitlines() if len(line.split()) >= MIN_LINE_WORDS)
    # Small numbers are told by their length: int() refuses a run of over 4,300 digits.
    return [n for n in _NUMBER.findall(prose)
            if not _YEAR.fullmatch(n) and not (n.isdigit() and len(n) <= 2 and int(n) < MIN_NUMBER)]


def _is_scoreline(lead: str, match: re.Match[str]) -> bool:
    """A score between the two teams' names: "Chelsea 2-0 Arsenal", "Arsenal 3-1 Chelsea (Saka 38, 58)"."""
    before, after = lead[max(0, match.start() - 2):match.start()], lead[match.end():match.end() + 2]
    return len(before) == 2 and before[0].isalpha() and before[1] == " " and after[:1] == " " and after[1:].isupper()


def _scores(lead: str) -> list[str]:
    """Match scores of the lead, the higher number first ("lost 1-3" and "won 3-1" are one result)."""
    found = []
    for match in _SCORE.finditer(lead):
        window = lead[max(0, match.start() - SCORE_CONTEXT_CHARS):match.end() + SCORE_CONTEXT_CHARS]
        if _RESULT_WORDS.search(window) or _is_scoreline(lead, match):
            high, low = sorted((int(match.group(1)), int(match.group(2))), reverse=True)
            found.append(f"{high}-{low}")
    return found


def _names(text: str, words: list[str]) -> list[str]:
    """Capitalised words inside sentences that never occur in lower case in the text (`words`: its words)."""
    lower = set(words)
    return [w.lower() for w in _CAPITALISED.findall(text) if w.lower() not in lower and w.lower() not in STOP_WORDS]


def _amounts(money: list[dict[str, Any]]) -> list[str]:
    """Sums of money as currency and amount to three significant digits ("€21bn" = "21,000 million euros")."""
    return [f"{m['currency']}:{float(m['amount']):.3g}" for m in money if m.get("amount") and m.get("currency")]


def _quote_trigrams(quotes: list[dict[str, Any]]) -> list[str]:
    """Word trigrams of the quoted words: two reports quoting the same statement."""
    found = []
    for quote in quotes:
        words = [w.lower() for w in _WORD.findall(quote.get("text", ""))]
        found.extend(" ".join(words[i:i + 3]) for i in range(len(words) - 2))
    return found


def _log_counts(items: Iterable[str]) -> dict[str, float]:
    return {item: 1.0 + math.log(n) for item, n in Counter(items).items()}


def _name_tokens(name: str) -> set[str]:
    return {t for t in _NAME_SPLIT.split(name.casefold()) if len(t) > 1 and t not in STOP_WORDS}


def _entity_tokens(groups: list[dict[str, Any]]) -> dict[str, float]:
    """Name tokens of the entities, each weighted by the highest salience of an entity bearing it."""
    tokens: dict[str, float] = {}
    for group in groups:
        for token in _name_tokens(group["name"]):
            tokens[token] = max(tokens.get(token, 0.0), float(group.get("salience") or 0.0))
    return tokens


def _strongest(weights: dict[str, float], n: int) -> dict[str, float]:
    if len(weights) <= n:
        return weights
    return dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:n])


def shingle_sketch(text: str) -> list[int]:
    """Bottom-k MinHash sketch of the text's word 5-shingles (lower-cased), smallest hashes first."""
    words = [w.lower() for w in _TOKEN.findall(text)]
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    hashes = {int.from_bytes(hashlib.blake2b(s.encode(), digest_size=6).digest(), "big") for s in shingles if s}
    return sorted(hashes)[:SKETCH_SIZE]


def sketch_jaccard(a: list[int], b: list[int]) -> float:
    """Jaccard similarity of two shingle sets estimated from their bottom-k sketches."""
    if not a or not b:
        return 0.0
    both = set(a) & set(b)
    if not both:  # most neighbours: no shingle in common
        return 0.0
    union = sorted(set(a) | set(b))[:SKETCH_SIZE]
    return sum(1 for h in union if h in both) / len(union)


# --------------------------------------------------------------------------------- similarity


def similarity(a: dict[str, Any], b: dict[str, Any]) -> float:
    """How strongly two weighted articles (see `_weighted`) look like reports of one event: 0 if unrelated."""
    score = 0.0
    for ns, weight in WEIGHTS.items():
        x, y = a["v"].get(ns, {}), b["v"].get(ns, {})
        # Over the shared terms only (a set intersection in C); fsum makes the result independent of their order.
        score += weight * math.fsum(x[term] * y[term] for term in x.keys() & y.keys())
    years_a, years_b = a["v"].get("y", {}).keys(), b["v"].get("y", {}).keys()
    if years_a and years_b and not years_a & years_b:
        score -= YEAR_CONFLICT
    days_a, days_b = a["v"].get("d", {}).keys(), b["v"].get("d", {}).keys()
    if days_a and days_b and not days_a & days_b:
        score -= DAY_CONFLICT
    scores_a, scores_b = a["v"].get("s", {}).keys(), b["v"].get("s", {}).keys()
    if scores_a and scores_b and not scores_a & scores_b:
        score -= SCORE_CONFLICT
    hero_a, hero_b = set(a["p"]), set(b["p"])
    if hero_a and hero_b:
        if hero_a & hero_b:
            score += PROTAGONIST_SHARED
        elif not hero_a & b["v"].get("t", {}).keys() and not hero_b & a["v"].get("t", {}).keys():
            score -= PROTAGONIST_CONFLICT
    return score


def _weighted(features: dict[str, Any], df: dict[str, int], docs: int) -> Vector:
    """Unit-length TF-IDF vectors per namespace; `df` and `docs` already count this article."""
    vectors: Vector = {}
    for ns, weights in features["terms"].items():
        raw = {t: w * (1.0 + math.log((docs + 1) / (df.get(f"{ns}:{t}", 1) + 1))) for t, w in weights.items()}
        norm = math.sqrt(sum(v * v for v in raw.values()))
        if norm:
            vectors[ns] = {t: round(v / norm, 5) for t, v in raw.items()}
    return vectors


# --------------------------------------------------------------------------------- assignment


def assign_story(client: redis.Redis, article_id: str, features: dict[str, Any],
                 published_at: float | None = None) -> dict[str, Any]:
    """`{"story_id", "similarity", "near_duplicate_of", "new_story"}` for the article (same answer if asked twice).

    `similarity` is the article's score with the nearest neighbour in its story (with the nearest article
    at all when it opens a story). `published_at` (epoch seconds) keeps stories within a time window.
    """
    names = [f"{ns}:{t}" for ns, weights in features["terms"].items() for t in weights]
    # Document frequencies are read outside the lock: IDF a few articles stale changes nothing. The number of the
    # latest assignment rides along, read before the neighbours: whatever is assigned after it is in the log after it.
    with client.pipeline(transaction=False) as pipe:
        pipe.hmget(keys.feature_df(), [DOCS_FIELD, *names])
        pipe.zrevrange(keys.story_log(), 0, 0, withscores=True)
        pipe.exists(keys.story_young())
        counts, latest, young = pipe.execute()
    seen = int(latest[0][1]) if latest else 0
    docs = int(counts[0] or 0) + 1
    df = {name: int(n or 0) + 1 for name, n in zip(names, counts[1:], strict=True)}
    article = {"v": _weighted(features, df, docs), "p": features.get("protagonist", []),
               "mh": features.get("sketch", []), "time": published_at if published_at is not None else time.time(),
               "docs": docs}
    if docs < YOUNG_CORPUS:
        article["f"] = features["terms"]
    scored = _scored(article, _neighbours(client, article))
    with client.lock(keys.story_lock(), timeout=LOCK_SECONDS, blocking_timeout=LOCK_WAIT_SECONDS):
        known = _known(client, article_id)
        if known:
            return known
        if young and docs >= SETTLED_CORPUS:
            _settle(client, article)
        scored += _scored(article, _assigned_since(client, seen, article, {n_id for _, n_id, _ in scored}))
        result = _decide(client, article_id, article, sorted(scored, key=lambda x: -x[0]))
        article["story"] = result["story_id"]
        _record(client, article_id, article, names, result)
    return result


Scored = list[tuple[float, str, dict[str, Any]]]  # (similarity, id, vector) of neighbours


def _scored(article: dict[str, Any], neighbours: dict[str, dict[str, Any]]) -> Scored:
    return [(similarity(article, n), n_id, n) for n_id, n in neighbours.items()]


def _assigned_since(client: redis.Redis, seen: int, article: dict[str, Any], known: set[str]
                    ) -> dict[str, dict[str, Any]]:
    """Articles assigned after assignment number `seen`, within the time window and not `known` (under the lock).

    All of them, not only those sharing the strongest features: there are few. If the log no longer reaches
    back to `seen`, the neighbours are read again instead.
    """
    entries = client.zrangebyscore(keys.story_log(), f"({seen}", "+inf", withscores=True)
    if entries and int(entries[0][1]) != seen + 1:  # the next number was trimmed away
        return {i: v for i, v in _neighbours(client, article).items() if i not in known}
    ids = [i for i in (_text(e[0]) for e in entries) if i not in known]
    found = _reweighted(client, _vectors(client, ids), article)
    return {i: v for i, v in zip(ids, found, strict=True) if _in_window(v, article)}


def _known(client: redis.Redis, article_id: str) -> dict[str, Any] | None:
    raw = client.hgetall(keys.story_assignment(article_id))
    if not raw:
        return None
    raw = {_text(k): _text(v) for k, v in raw.items()}
    return {"story_id": raw["story_id"], "similarity": float(raw.get("similarity") or 0.0),
            "near_duplicate_of": raw.get("near_duplicate_of") or None, "new_story": raw.get("new_story") == "1"}


def _decide(client: redis.Redis, article_id: str, article: dict[str, Any], scored: Scored) -> dict[str, Any]:
    """The story the article joins (or opens), by its neighbours (most similar first), their stories and members."""
    duplicate = _near_duplicate(article, scored)
    if duplicate:
        score, dup_id, neighbour = duplicate
        return {"story_id": neighbour["story"], "similarity": round(score, 4), "near_duplicate_of": dup_id,
                "new_story": False}
    # Candidates by their closest member, not by the sum over members: a sum favours the bigger story, and two
    # fair reports of a sibling event outvoted the one close report of the same event (ECB+, in 24 stream orders:
    # B-cubed F1 0.926 -> 0.929 on average, the worst order 0.912 -> 0.917).
    candidates: dict[str, float] = {}
    for score, _, neighbour in scored[:NEAREST]:
        if score >= JOIN_THRESHOLD:
            candidates.setdefault(neighbour["story"], score)
    known = {n_id: score for score, n_id, _ in scored}
    for story_id, score in candidates.items():
        if _mean_similarity(client, article, story_id, known) >= STORY_THRESHOLD:
            return {"story_id": story_id, "similarity": round(score, 4), "near_duplicate_of": None,
                    "new_story": False}
    best = scored[0][0] if scored else 0.0
    return {"story_id": new_story_id(article_id), "similarity": round(max(best, 0.0), 4), "near_duplicate_of": None,
            "new_story": True}


def new_story_id(article_id: str) -> str:
    """The id of the story an article opens: derived from the article, so a retried task gets the same one."""
    return hashlib.sha1(f"story:{article_id}".encode()).hexdigest()[:16]


def _query_terms(article: dict[str, Any]) -> list[tuple[str, float]]:
    """The article's strongest features per namespace, weighted as they count in the similarity."""
    found = []
    for ns, n in QUERY_TERMS.items():
        for term, value in _strongest(article["v"].get(ns, {}), n).items():
            found.append((f"{ns}:{term}", WEIGHTS[ns] * value))
    return found


def _neighbours(client: redis.Redis, article: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Earlier articles sharing the most weight of the article's strongest features, within the time window."""
    query = _query_terms(article)
    ids, vectors = _script(client, _NEIGHBOURS_LUA)(
        keys=[keys.story_feature_articles(name) for name, _ in query],
        args=[POSTINGS_READ, MAX_NEIGHBOURS, keys.story_vector(""), *(repr(weight) for _, weight in query)],
        client=client,
    )
    found = _reweighted(client, _decoded(vectors), article)
    return {i: v for i, v in zip(map(_text, ids), found, strict=True) if _in_window(v, article)}


# The neighbours in one round trip: the postings of the looked-up features (the most recent `POSTINGS_READ` articles
# of each) are summed per article server-side, which spares the client the parsing of a few thousand ids. The sums
# run in the query's order and ties go to the article seen first, as Python's Counter.most_common would have it.
# KEYS: postings, one per looked-up feature. ARGV: postings read, neighbours kept, vector key prefix, the features'
# weights (as Python's repr, which reads back to the same double). Returns the ids and their vectors (nil if gone).
_NEIGHBOURS_LUA = """
local shared, first, order = {}, {}, {}
for i, key in ipairs(KEYS) do
  local weight = tonumber(ARGV[3 + i])
  for _, id in ipairs(redis.call('ZREVRANGE', key, 0, tonumber(ARGV[1]) - 1)) do
    if shared[id] == nil then
      order[#order + 1] = id
      first[id] = #order
      shared[id] = weight
    else
      shared[id] = shared[id] + weight
    end
  end
end
-- Only the articles sharing at least the kept-th largest sum can be kept: the sums sort fast as plain numbers,
-- and the comparator (a Lua call per comparison, most of this script's time) sorts those few.
local kept, sums = tonumber(ARGV[2]), {}
for i, id in ipairs(order) do sums[i] = shared[id] end
table.sort(sums)
local floor, top = sums[math.max(#sums - kept + 1, 1)], {}
for _, id in ipairs(order) do
  if shared[id] >= floor then top[#top + 1] = id end
end
table.sort(top, function(a, b)
  if shared[a] ~= shared[b] then return shared[a] > shared[b] end
  return first[a] < first[b]
end)
local ids, vector_keys = {}, {}
for i = 1, math.min(kept, #top) do
  ids[i] = top[i]
  vector_keys[i] = ARGV[3] .. top[i]
end
if #ids == 0 then return {{}, {}} end
return {ids, redis.call('MGET', unpack(vector_keys))}
"""


def _in_window(vector: dict[str, Any] | None, article: dict[str, Any]) -> bool:
    return vector is not None and abs(vector["time"] - article["time"]) <= WINDOW_SECONDS


def _vectors(client: redis.Redis, article_ids: list[str]) -> list[dict[str, Any] | None]:
    if not article_ids:
        return []
    return _decoded(client.mget([keys.story_vector(a) for a in article_ids]))


def _reweighted(client: redis.Redis, vectors: list[dict[str, Any] | None], article: dict[str, Any]
                ) -> list[dict[str, Any] | None]:
    """The vectors, those weighted by a younger corpus (see `YOUNG_CORPUS`) weighted again as the article is."""
    docs = article["docs"]
    young = [v for v in vectors if v is not None and "f" in v and v["docs"] < docs]
    if not young:
        return vectors
    names = sorted({f"{ns}:{term}" for v in young for ns, weights in v["f"].items() for term in weights})
    # The article's own terms count, as in its own weights; a near-duplicate's terms were never counted: one at least.
    own = {f"{ns}:{term}" for ns, weights in article["v"].items() for term in weights}
    df = {name: max(int(n or 0) + (name in own), 1)
          for name, n in zip(names, client.hmget(keys.feature_df(), names), strict=True)}
    for vector in young:
        vector["v"], vector["docs"] = _weighted({"terms": vector["f"]}, df, docs), docs
    return vectors


def _settle(client: redis.Redis, article: dict[str, Any]) -> None:
    """Weight the young articles one last time, as the article is weighted, and store them so (under the lock)."""
    ids = sorted(_text(i) for i in client.smembers(keys.story_young()))
    found = [(i, v) for i, v in zip(ids, _reweighted(client, _vectors(client, ids), article), strict=True) if v]
    with client.pipeline(transaction=True) as pipe:
        for article_id, vector in found:
            del vector["f"]
            pipe.set(keys.story_vector(article_id), orjson.dumps(vector))
        pipe.delete(keys.story_young())
        pipe.execute()


def _decoded(raw: list[bytes | None]) -> list[dict[str, Any] | None]:
    # orjson: decoding the neighbours' vectors was a fifth of an assignment's time with the standard json.
    return [orjson.loads(r) if r else None for r in raw]


def _near_duplicate(article: dict[str, Any], scored: Scored) -> tuple[float, str, dict[str, Any]] | None:
    """The most similar earlier article whose shingles the article nearly repeats, if any."""
    best, best_jaccard = None, NEAR_DUPLICATE
    for score, neighbour_id, neighbour in scored[:MAX_NEIGHBOURS]:
        jaccard = sketch_jaccard(article["mh"], neighbour.get("mh", []))
        if jaccard >= best_jaccard:
            best, best_jaccard = (score, neighbour_id, neighbour), jaccard
    return best


def _mean_similarity(client: redis.Redis, article: dict[str, Any], story_id: str, known: dict[str, float]) -> float:
    """Mean similarity of the article to the story's most recent members (`known`: scores of neighbours)."""
    members = [_text(m) for m in client.lrange(keys.story_members(story_id), -MEMBER_SAMPLE, -1)]
    missing = [m for m in members if m not in known]  # only those not scored already are read and scored
    scores = [known[m] for m in members if m in known]
    scores += [similarity(article, v) for v in _reweighted(client, _vectors(client, missing), article)
               if v is not None]
    return sum(scores) / len(scores) if scores else 0.0


def _record(client: redis.Redis, article_id: str, article: dict[str, Any], names: list[str],
            result: dict[str, Any]) -> None:
    """Store the article's vector, postings, document frequencies, membership and assignment in one atomic step."""
    postings = [keys.story_feature_articles(f"{ns}:{term}") for ns, weights in article["v"].items()
                for term in _strongest(weights, INDEX_TERMS[ns])]
    # A copy says nothing new about how rare its words are: only originals count in the document frequencies.
    counted = [] if result["near_duplicate_of"] else names
    assignment = [x for field, value in result.items() for x in (field, _encode(value))]
    _script(client, _RECORD_LUA)(
        keys=[keys.story_vector(article_id), keys.feature_df(), keys.story_members(result["story_id"]),
              keys.story_assignment(article_id), keys.story_log(), keys.story_young(), *postings],
        args=[article_id, article["time"], POSTINGS_KEPT, orjson.dumps(article),
              "1" if counted else "0", len(counted), LOG_KEPT, "1" if "f" in article else "0", *counted, *assignment],
        client=client,
    )


# One round trip for the few hundred writes of an assignment (server-side, so also atomic: the log entry and the
# postings are seen together). KEYS: vector, document frequencies, members, assignment, log, young articles,
# postings... ARGV: article id, time, postings kept, vector JSON, count in the document frequencies ("1"/"0"),
# number of feature names, log entries kept, young ("1"/"0"), names..., assignment fields...
_RECORD_LUA = """
if redis.call('EXISTS', KEYS[4]) == 1 then return 0 end  -- recorded already: this call again, its reply lost
redis.call('SET', KEYS[1], ARGV[4])
for i = 7, #KEYS do
  redis.call('ZADD', KEYS[i], ARGV[2], ARGV[1])
  redis.call('ZREMRANGEBYRANK', KEYS[i], 0, -tonumber(ARGV[3]) - 1)
end
local names = tonumber(ARGV[6])
if ARGV[5] == '1' then
  for i = 9, 8 + names do redis.call('HINCRBY', KEYS[2], ARGV[i], 1) end
  redis.call('HINCRBY', KEYS[2], '#docs', 1)  -- DOCS_FIELD
end
if ARGV[8] == '1' then redis.call('SADD', KEYS[6], ARGV[1]) end
redis.call('RPUSH', KEYS[3], ARGV[1])
redis.call('HSET', KEYS[4], unpack(ARGV, 9 + names))
local last = redis.call('ZREVRANGE', KEYS[5], 0, 0, 'WITHSCORES')
redis.call('ZADD', KEYS[5], (tonumber(last[2]) or 0) + 1, ARGV[1])
redis.call('ZREMRANGEBYRANK', KEYS[5], 0, -tonumber(ARGV[7]) - 1)
return 1
"""
_SCRIPTS: dict[str, Script] = {}


def _script(client: redis.Redis, source: str) -> Script:
    """A Lua script object, run by SHA on the client it is called with (loaded there on first use)."""
    if source not in _SCRIPTS:
        _SCRIPTS[source] = client.register_script(source)
    return _SCRIPTS[source]


def corpus_size(client: redis.Redis) -> int:
    """Articles the document frequencies count: originals assigned so far (near-duplicates are not counted)."""
    return int(client.hget(keys.feature_df(), DOCS_FIELD) or 0)


def story_of(client: redis.Redis, article_id: str) -> str | None:
    """The story an article was assigned to, if it was."""
    known = _known(client, article_id)
    return known["story_id"] if known else None


def _encode(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return "" if value is None else str(value)


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value
