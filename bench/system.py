"""The system under load: articles in through the API, ingest or `submit()`, timed until every one is `done`.

A phase's time runs from its first submission to the last `finished_at` the workers stored, so the
clients' polling never pads it. Each phase also records what it cost: CPU seconds by process and
Redis commands, per article.
"""
from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import psutil
from tqdm import tqdm

from bench.corpus import Article, total_words
from bench.stack import Stack, cpu_seconds, pool_rss
from bench.stats import summarize
from services.core import client, keys
from services.core.schemas import ArticleIn
from services.core.store import TERMINAL, Store
from services.core.submit import content_digest, submit, validate
from services.nlp.memory import IDLE_SECONDS

POLL_SECONDS = 0.2
RECORD_FIELDS = ("status", "attempts", "created_at", "started_at", "finished_at")


@dataclass
class PhaseResult:
    """Throughput of one batch of articles through the system, and what it cost."""

    name: str
    path: str
    workers: str
    processes: int
    articles: int
    words: int
    seconds: float
    done: int
    failed: int
    not_once: int  # articles whose `attempts` is not exactly 1
    processing_ms: float  # sum of the enrichments' own processing_ms
    startup_s: float = 0.0  # ingest only: the CLI's start (interpreter, imports) before its first article, not timed
    cpu_ms_per_article: dict[str, float] = field(default_factory=dict)
    redis_calls_per_article: dict[str, float] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list, repr=False)

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    @property
    def enrich_share(self) -> float:
        """Share of the pool's wall-clock capacity spent inside `pipeline.enrich`."""
        capacity = self.seconds * self.processes
        return self.processing_ms / 1000 / capacity if capacity > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        data = {k: v for k, v in asdict(self).items() if k != "ids"}
        return {**data, "articles_per_s": self.articles_per_s, "words_per_s": self.words_per_s,
                "enrich_share": self.enrich_share, "redis_calls_per_article_total":
                    sum(self.redis_calls_per_article.values())}


def combine(results: list[PhaseResult]) -> PhaseResult:
    """Rounds of one phase as one: totals, with per-article costs weighted by articles."""
    first, count = results[0], sum(r.articles for r in results)

    def weighted(part: str) -> dict[str, float]:
        names = {k for r in results for k in getattr(r, part)}
        merged = {k: sum(getattr(r, part).get(k, 0.0) * r.articles for r in results) / count for k in names}
        return dict(sorted(merged.items(), key=lambda kv: -kv[1]))

    return PhaseResult(
        name=first.name, path=first.path, workers=first.workers, processes=first.processes, articles=count,
        words=sum(r.words for r in results), seconds=sum(r.seconds for r in results),
        done=sum(r.done for r in results), failed=sum(r.failed for r in results),
        not_once=sum(r.not_once for r in results), processing_ms=sum(r.processing_ms for r in results),
        startup_s=sum(r.startup_s for r in results) / len(results),
        cpu_ms_per_article=weighted("cpu_ms_per_article"), redis_calls_per_article=weighted("redis_calls_per_article"),
        ids=[i for r in results for i in r.ids],
    )


# --- submission paths -------------------------------------------------------------------------------------------

def submit_direct(stack: Stack, articles: list[Article]) -> list[str]:
    """Through `core.submit()` in this process (validate, store, enqueue), as ingest does."""
    services = stack.services()
    return [submit(services, validate(a.payload(), services.settings)).id for a in articles]


def submit_api(stack: Stack, articles: list[Article], threads: int = 8) -> list[str]:
    """POST each article to the API from a few client threads."""

    def post(article: Article) -> str:
        status, body = client.call(stack.base_url, "POST", "/v1/articles", article.payload(), timeout=60,
                                   key=stack.api_key)
        if status != 202:
            raise RuntimeError(f"POST answered {status}: {body}")
        return str(body["id"])

    with ThreadPoolExecutor(threads) as pool:
        return list(pool.map(post, articles))


def submit_ingest(stack: Stack, articles: list[Article]) -> list[str]:
    """Write the articles to a JSONL file and run the ingest CLI on it, as an operator would."""
    path = stack.workdir / f"ingest-{time.monotonic_ns()}.jsonl"
    path.write_text("".join(json.dumps(a.payload()) + "\n" for a in articles), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "services.ingest", str(path), "--quiet"], env=stack.env,
                         cwd=stack.workdir, capture_output=True, text=True, timeout=600 + 5 * len(articles))
    if run.returncode != 0:
        raise RuntimeError(f"ingest exited {run.returncode}: {run.stderr[-2000:]}")
    return ids_by_content(stack.services().store, articles)


def ids_by_content(store: Store, articles: list[Article]) -> list[str]:
    """The stored id of each article, found by its content hash (ingest prints no ids)."""
    with store.redis.pipeline(transaction=False) as pipe:
        for article in articles:
            pipe.get(keys.content_hash(content_digest(stored_text(article.text))))
        found = pipe.execute()
    missing = sum(1 for i in found if not i)
    if missing:
        raise RuntimeError(f"{missing} ingested articles are not in the store")
    return list(found)


def stored_text(text: str) -> str:
    """The text as the store keeps it, which its content hash is of: the input schema drops zero-width characters
    (a corpus text with one was "not in the store", run eabd88)."""
    return _ARTICLE_IN.load({"text": text})["text"]


_ARTICLE_IN = ArticleIn()


SUBMITTERS: dict[str, Callable[[Stack, list[Article]], list[str]]] = {
    "api": submit_api, "ingest": submit_ingest, "direct": submit_direct,
}


# --- one timed phase --------------------------------------------------------------------------------------------

def run_phase(stack: Stack, name: str, path: str, articles: list[Article], progress: bool = True,
              timeout: float | None = None, on_poll: Callable[[int], None] | None = None) -> PhaseResult:
    """Submit `articles` by `path`, wait until all are finished; time, outcome and cost per article."""
    store = stack.services().store
    workers = list(stack.workers.values())
    processes = sum(w.concurrency for w in workers)
    finished_before = sum(store.finished_counts().values())
    cpu_before, calls_before = cpu_snapshot(stack), command_calls(store)
    started = time.time()
    ids = SUBMITTERS[path](stack, articles)
    polls = wait_finished(store, finished_before + len(articles), name, len(articles), progress,
                          timeout or 300 + 10 * len(articles), on_poll)
    cpu_after, calls_after = cpu_snapshot(stack), command_calls(store)
    records = fetch_records(store, ids)
    finished_at = [r["finished_at"] for r in records if r.get("finished_at")]
    startup = 0.0
    if path == "ingest":  # a fixed cost per CLI run, reported apart from the throughput
        startup = max(0.0, min(r["created_at"] for r in records) - started)
        started += startup
    count = len(articles)
    calls = {k: v - calls_before.get(k, 0) for k, v in calls_after.items()}
    # The benchmark's own polling and INFO calls are not the system's cost.
    calls["hgetall"] = calls.get("hgetall", 0) - polls - 1
    calls.pop("info", None)
    return PhaseResult(
        name=name, path=path, workers="+".join(str(w.concurrency) for w in workers), processes=processes,
        articles=count, words=total_words(articles), seconds=max(finished_at, default=started) - started,
        done=sum(r["status"] == "done" for r in records), failed=sum(r["status"] == "failed" for r in records),
        not_once=sum(r["attempts"] != 1 for r in records),
        processing_ms=sum(r.get("processing_ms") or 0.0 for r in records), startup_s=startup,
        cpu_ms_per_article={k: (cpu_after[k] - cpu_before[k]) * 1000 / count for k in cpu_after},
        redis_calls_per_article={k: v / count for k, v in sorted(calls.items(), key=lambda kv: -kv[1]) if v > 0},
        ids=ids,
    )


def wait_finished(store: Store, target: int, desc: str, total: int, progress: bool, timeout: float,
                  on_poll: Callable[[int], None] | None = None) -> int:
    """Poll the store's finished counter until it reaches `target`; returns how many polls it took.

    `on_poll` is called after each poll with how many of this phase's `total` articles are finished.
    """
    deadline = time.monotonic() + timeout
    polls = 0
    with tqdm(total=total, desc=desc, unit="art", disable=not progress, leave=False) as bar:
        while True:
            polls += 1
            finished = sum(store.finished_counts().values())
            bar.update(max(0, total - (target - finished) - bar.n))
            if on_poll:
                on_poll(total - (target - finished))
            if finished >= target:
                return polls
            if time.monotonic() > deadline:
                raise TimeoutError(f"{desc}: {target - finished} articles not finished after {timeout:.0f} s")
            time.sleep(POLL_SECONDS)


def fetch_records(store: Store, ids: list[str], chunk: int = 200) -> list[dict[str, Any]]:
    """Status, attempts, timestamps and the enrichment's processing_ms of each article."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(ids), chunk):
        with store.redis.pipeline(transaction=False) as pipe:
            for article_id in ids[start:start + chunk]:
                pipe.hmget(keys.article(article_id), [*RECORD_FIELDS, "enrichment"])
            rows = pipe.execute()
        out.extend(_record(row) for row in rows)
    return out


def _record(row: list[str | None]) -> dict[str, Any]:
    status, attempts, created, started, finished, enrichment = row
    return {
        "status": status,
        "attempts": int(attempts or 0),
        "created_at": float(created) if created else None,
        "started_at": float(started) if started else None,
        "finished_at": float(finished) if finished else None,
        "processing_ms": json.loads(enrichment)["processing_ms"] if enrichment else None,
    }


def cpu_snapshot(stack: Stack) -> dict[str, float]:
    """CPU seconds so far of each part: Redis, API, worker parents, pool processes, this process and its children."""
    own = psutil.Process().cpu_times()
    waited = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers = list(stack.workers.values())
    return {
        "redis": cpu_seconds(stack.redis.pid, children=False) if stack.redis else 0.0,
        "api": cpu_seconds(stack.api.pid) if stack.api else 0.0,
        "worker_parent": sum(cpu_seconds(w.proc.pid, children=False) for w in workers),
        "worker_pool": sum(cpu_seconds(w.proc.pid, own=False) for w in workers),
        "clients": own.user + own.system + waited.ru_utime + waited.ru_stime,
    }


def command_calls(store: Store) -> dict[str, int]:
    """Calls per Redis command since the server started."""
    stats = store.redis.info("commandstats")
    return {name.removeprefix("cmdstat_"): int(value["calls"]) for name, value in stats.items()}


# --- latency on an idle system ----------------------------------------------------------------------------------

@dataclass
class LatencyResult:
    """POST-to-done latency of articles sent one at a time, split along the article's way."""

    samples: list[dict[str, float]]

    def summary(self) -> dict[str, dict[str, float]]:
        """Percentiles of every measured part (milliseconds)."""
        names = self.samples[0].keys() if self.samples else ()
        return {name: summarize([s[name] for s in self.samples]) for name in names}


def measure_latency(stack: Stack, articles: list[Article], wait: int = 30, progress: bool = True,
                    until: Callable[[], bool] | None = None) -> LatencyResult:
    """POST each article, long-poll it to `done`, one at a time (the system is otherwise idle); stop early once
    `until()` holds (asked before each article)."""
    store = stack.services().store
    samples = []
    for article in tqdm(articles, desc="latency", unit="art", disable=not progress, leave=False):
        if until is not None and until():
            break
        samples.append(one_latency(stack.base_url, stack.api_key, store, article, wait))
    return LatencyResult(samples)


def one_latency(base: str, key: str, store: Store, article: Article, wait: int) -> dict[str, float]:
    """Timings (ms) of one article: end to end, the model's part and the overhead's parts."""
    sent = time.time()
    status, body = client.call(base, "POST", "/v1/articles", article.payload(), timeout=60, key=key)
    posted = time.time()
    if status != 202:
        raise RuntimeError(f"POST answered {status}: {body}")
    article_id = body["id"]
    for _ in range(4):  # bounded: at most 4 long polls
        status, body = client.call(base, "GET", f"/v1/articles/{article_id}?wait={wait}", timeout=wait + 30,
                                   key=key)
        if body.get("status") in TERMINAL:
            break
    answered = time.time()
    if body.get("status") != "done":
        raise RuntimeError(f"article {article_id} ended {body.get('status')}: {body.get('error')}")
    record = fetch_records(store, [article_id])[0]
    model_ms = record["processing_ms"]
    total_ms = (answered - sent) * 1000
    return {
        "total_ms": total_ms,
        "model_ms": model_ms,
        "overhead_ms": total_ms - model_ms,
        "post_ms": (posted - sent) * 1000,
        # From the POST to the moment the store holds the article (HTTP in, validation, hashing).
        "accept_ms": (record["created_at"] - sent) * 1000,
        # Stored until the worker marks it processing (enqueue, Celery delivery, task start, article read).
        "queue_ms": (record["started_at"] - record["created_at"]) * 1000,
        # Inside the task but outside enrich(): storing the result (JSON, Lua transition).
        "task_ms": (record["finished_at"] - record["started_at"]) * 1000 - model_ms,
        # Stored until the client has the answer (pub/sub wake-up, read, serialise, HTTP out).
        "notify_ms": (answered - record["finished_at"]) * 1000,
    }


# --- workers: memory, and who enriched what ---------------------------------------------------------------------

def idle_memory(stack: Stack, worker: str, samples: int = 5, every: float = 0.5) -> int:
    """Pool RSS of an idle worker: the median of a few readings, so one reading's jitter does not count.

    Read once the pool processes have given their free heap back (they do after `IDLE_SECONDS` without a task).
    """
    time.sleep(2 * IDLE_SECONDS)
    readings = []
    for _ in range(samples):
        readings.append(pool_rss(stack.workers[worker].proc))
        time.sleep(every)
    return int(statistics.median(readings))


class MemoryCurve:
    """Pool RSS of one worker against articles finished, sampled at most every `every` seconds."""

    def __init__(self, stack: Stack, worker: str, offset: int, every: float = 10.0) -> None:
        self.stack, self.worker, self.offset, self.every = stack, worker, offset, every
        self.points: list[tuple[int, int]] = []
        self._last = 0.0

    def __call__(self, finished: int) -> None:
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            self.points.append((self.offset + finished, pool_rss(self.stack.workers[self.worker].proc)))


def enriched_by_worker(stack: Stack, ids: list[str]) -> dict[str, Counter[str]]:
    """How often each of `ids` was enriched, per worker, from the workers' JSON logs."""
    wanted = set(ids)
    seen: dict[str, Counter[str]] = {}
    for name, worker in stack.workers.items():
        counts: Counter[str] = Counter()
        for line in Path(worker.log).read_text(encoding="utf-8", errors="replace").splitlines():
            if '"article.enriched"' in line:
                article_id = _json_field(line, "article_id")
                if article_id in wanted:
                    counts[article_id] += 1
        seen[name] = counts
    return seen


def _json_field(line: str, name: str) -> str | None:
    try:
        return json.loads(line).get(name)
    except (json.JSONDecodeError, AttributeError):
        return None
