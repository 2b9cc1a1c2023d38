"""The benchmark harness's pure parts: statistics, the corpus and the verdicts (no timing is asserted)."""
from __future__ import annotations

import json
import math
import time
from pathlib import Path

import pytest

from bench.corpus import Source, base_texts, load_sources, make_articles, total_words
from bench.report import derive, render, rows
from bench.stats import percentile, ratio, summarize
from services.core.submit import content_digest


def test_percentile_interpolates_between_ranks_like_numpy():
    values = [15, 20, 35, 40, 50]
    assert percentile(values, 0) == 15
    assert percentile(values, 100) == 50
    assert percentile(values, 50) == 35
    assert percentile(values, 40) == pytest.approx(29.0)  # numpy.percentile(values, 40) == 29.0
    assert percentile([3.0], 99) == 3.0
    assert math.isnan(percentile([], 50))


def test_percentile_ignores_input_order_and_rejects_bad_q():
    assert percentile([5, 1, 4, 2, 3], 50) == 3
    with pytest.raises(ValueError):
        percentile([1, 2], 101)


def test_summarize_gives_the_usual_percentiles():
    summary = summarize([float(i) for i in range(1, 101)])
    assert summary["n"] == 100
    assert summary["p50"] == pytest.approx(50.5)
    assert summary["p99"] == pytest.approx(99.01)
    assert summary["min"] == 1 and summary["max"] == 100 and summary["mean"] == pytest.approx(50.5)
    assert summarize([])["n"] == 0


def test_ratio_is_nan_without_a_baseline():
    assert ratio(9, 10) == pytest.approx(0.9)
    assert math.isnan(ratio(1, 0)) and math.isnan(ratio(1, math.nan))


def _sources(count: int) -> list[Source]:
    return [Source(f"s{i}", f"Title {i}", " ".join(["word"] * 100) + f" number {i}.") for i in range(count)]


def test_corpus_makes_every_article_unique_across_phases_even_when_texts_repeat():
    bases = base_texts(_sources(3), 10)  # 10 articles from 3 texts: bases repeat
    phases = [make_articles(bases, "run1", phase) for phase in ("limit", "api", "ingest", "direct_1", "scale_out")]
    articles = [a for phase in phases for a in phase]
    assert len({a.key for a in articles}) == len(articles)
    # The store dedupes by normalised content: the digests must differ too.
    assert len({content_digest(a.text) for a in articles}) == len(articles)


def test_corpus_marker_has_the_same_length_in_every_phase():
    bases = base_texts(_sources(2), 4)
    lengths = {len(a.text) - len(b.text) for phase in ("latency", "soak", "api")
               for a, b in zip(make_articles(bases, "r", phase), bases, strict=True)}
    assert len(lengths) == 1


def test_corpus_order_is_fixed_by_the_seed_and_cycles():
    sources = _sources(5)
    first, again = base_texts(sources, 12, seed=1), base_texts(sources, 12, seed=1)
    assert first == again
    assert first[:5] == first[5:10] and sorted(s.origin for s in first[:5]) == sorted(s.origin for s in sources)


def test_corpus_rejects_phase_names_that_could_collide():
    with pytest.raises(ValueError):
        make_articles(_sources(1), "r", "a very long phase name")


def test_load_sources_reads_seeds_and_data_and_drops_briefs(tmp_path: Path):
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    seeds.mkdir(), data.mkdir()
    (seeds / "000_x.txt").write_text("A headline\n" + "body " * 100, encoding="utf-8")
    lines = [{"id": "long", "text": "news " * 120}, {"id": "brief", "text": "too short"}]
    (data / "cnndm_dev.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    sources = load_sources(data, seeds)
    assert [s.origin for s in sources] == ["seeds/000_x.txt", "cnndm_dev.jsonl#long"]
    assert sources[0].title == "A headline"
    articles = make_articles(sources, "r", "api")
    assert total_words(articles) == sum(len(a.text.split()) for a in articles)


def _results() -> dict:
    limit = [
        {"mode": "pipe", "processes": 2, "articles": 10, "words": 5000, "seconds": 1.0, "cpu_seconds": 2.0,
         "articles_per_s": 10.0, "words_per_s": 5000.0, "cpu_ms_per_article": 200.0},
        {"mode": "enrich", "processes": 2, "articles": 10, "words": 5000, "seconds": 2.0, "cpu_seconds": 4.0,
         "articles_per_s": 5.0, "words_per_s": 2500.0, "cpu_ms_per_article": 400.0},
        {"mode": "enrich", "processes": 1, "articles": 10, "words": 5000, "seconds": 4.0, "cpu_seconds": 4.0,
         "articles_per_s": 2.5, "words_per_s": 1250.0, "cpu_ms_per_article": 400.0, "during": "scaling"},
        {"mode": "enrich", "processes": 2, "articles": 10, "words": 5000, "seconds": 2.5, "cpu_seconds": 4.0,
         "articles_per_s": 4.0, "words_per_s": 2000.0, "cpu_ms_per_article": 400.0, "during": "scaling"},
    ]
    phase = {"articles": 10, "words": 5000, "workers": "2", "processes": 2, "not_once": 0, "processing_ms": 3000,
             "enrich_share": 0.8, "cpu_ms_per_article": {"redis": 5, "api": 0, "worker_parent": 15,
                                                         "worker_pool": 480, "clients": 50},
             "redis_calls_per_article": {"evalsha": 3.0}}
    return {
        "config": {"concurrency": 2},
        "limit": limit,
        "phases": {"direct": {**phase, "articles_per_s": 4.5, "words_per_s": 2250.0},
                   "direct_1": {**phase, "workers": "1", "processes": 1, "articles_per_s": 2.5,
                                "words_per_s": 1250.0}},
        "memory": {"idle": 100, "warm": 200, "after": 206, "articles": 10},
        "api_load": [{"server": "api", "mode": "max", "rps": 600.0, "rate": 0, "connections": 32, "errors": 0,
                      "latency_ms": {"p50": 5.0, "p99": 20.0}},
                     {"server": "trivial", "mode": "max", "rps": 1000.0, "rate": 0, "connections": 32, "errors": 0,
                      "latency_ms": {"p50": 2.0, "p99": 9.0}}],
    }


def test_derive_computes_ratios_against_the_same_runs_baselines():
    d = derive(_results())
    assert d["direct_vs_pipe"] == pytest.approx(0.45)
    assert d["direct_vs_enrich"] == pytest.approx(0.9)
    assert d["direct_cpu_vs_enrich"] == pytest.approx(400 / 500)  # clients are not the system
    assert d["system_scaling"] == pytest.approx(1.8) and d["limit_scaling"] == pytest.approx(1.6)
    assert d["direct_vs_enrich"] == pytest.approx(0.9)  # the main part's limit, not the scaling part's
    assert d["api_vs_trivial_max"] == pytest.approx(0.6)
    assert d["memory_growth"] == pytest.approx(0.03)
    assert math.isnan(d["api_vs_pipe"])  # not measured: no verdict


def test_the_sustained_phase_is_compared_with_the_limit_on_its_own_texts():
    results = _results()
    soak = {"articles": 10, "words": 8000, "workers": "2", "processes": 2, "not_once": 0, "processing_ms": 3000,
            "enrich_share": 0.8, "articles_per_s": 4.0, "words_per_s": 3200.0,
            "cpu_ms_per_article": {"redis": 5, "api": 0, "worker_parent": 15, "worker_pool": 480, "clients": 50}}
    results["phases"]["soak"] = soak
    # Without a limit on the soak's texts: against the sample's (as runs before it were reported).
    assert derive(results)["soak_vs_pipe_words"] == pytest.approx(3200 / 5000)
    results["limit"].append({"mode": "pipe", "processes": 2, "articles": 10, "words": 8000, "seconds": 1.0,
                             "cpu_seconds": 2.5, "articles_per_s": 10.0, "words_per_s": 8000.0,
                             "cpu_ms_per_article": 250.0, "during": "soak"})
    d = derive(results)
    assert d["soak_vs_pipe_words"] == pytest.approx(3200 / 8000)
    assert d["soak_cpu_vs_pipe"] == pytest.approx(250 / 500)
    assert d["direct_vs_pipe"] == pytest.approx(0.45)  # the other phases keep the sample's limit
    assert any("soak's texts" in r.measure for r in rows(results))


def test_table_has_a_verdict_per_target_and_renders_aligned():
    table = rows(_results())
    verdicts = {(r.section, r.measure.split(",")[0]): r.ok for r in table if r.ok is not None}
    assert verdicts[("system", "core.submit() -> done")] is False  # 0.45 of nlp.pipe
    assert verdicts[("api", "GET api")] is True  # 0.6 of trivial
    assert verdicts[("memory", "worker pool RSS over 10 articles")] is True
    text = render(table).splitlines()
    assert text[0].startswith("section") and set(text[1]) <= {"-", " "}
    assert len(text) == len(table) + 2


def test_storylock_times_each_hold_of_a_real_lock(private_redis: int):
    from bench.storylock import TimingClient

    client = TimingClient(port=private_redis)
    with client.lock("bench:test-lock", timeout=5):
        assert client.get("bench:test-lock") is not None  # really taken in Redis
        time.sleep(0.01)
    assert len(client.held) == 1 and client.held[0] >= 0.01
    assert client.get("bench:test-lock") is None  # and released


def test_an_ingested_article_is_found_by_the_hash_of_the_text_as_stored() -> None:
    from bench.system import stored_text

    # The schema drops a zero-width space: the hash of the raw text is not the stored article's (run eabd88).
    text = "Every teacher in the country \u200bcombined, we know so."
    assert content_digest(stored_text(text)) == content_digest(text.replace("\u200b", ""))
    assert content_digest(stored_text(text)) != content_digest(text)


def _latency(overhead: float) -> dict:
    parts = {name: {"n": 3, "p50": 1.0, "p95": 2.0, "p99": 3.0}
             for name in ("accept_ms", "queue_ms", "task_ms", "notify_ms")}
    return {"summary": {"total_ms": {"n": 3, "p50": 120.0, "p95": 150.0, "p99": 160.0},
                        "model_ms": {"n": 3, "p50": 100.0, "p95": 120.0, "p99": 130.0},
                        "overhead_ms": {"n": 3, "p50": overhead, "p95": overhead + 5, "p99": overhead + 9},
                        **parts}}


def test_the_new_stores_latency_is_shown_apart_and_the_target_judges_the_lasting_store():
    results = {**_results(), "latency": _latency(20.0), "latency_new_store": _latency(31.0)}
    latency = [r for r in rows(results) if r.section == "latency"]
    assert [r.measure.split(" (")[0].split(",")[0] for r in latency] == [
        "overhead", "POST -> done", "overhead"]
    new_store, _, lasting = latency
    assert "new store" in new_store.measure and new_store.value.startswith("p50 31.0") and new_store.ok is None
    assert lasting.value.startswith("p50 20.0") and lasting.ok is True
    results["latency"] = _latency(26.0)
    assert [r.ok for r in rows(results) if r.section == "latency"][-1] is False


def test_the_analysis_timer_times_our_steps_on_parsed_texts(nlp):
    from bench.analysis import english_gold_texts, one_pass
    from services.nlp import pipeline
    items = english_gold_texts(2)
    docs = pipeline._parse(nlp, [reading.text for _, reading in items], ())
    saved = [dict(doc.user_data) for doc in docs]
    assert len(items) == 2 and one_pass(nlp, items, docs, saved) > 0


def test_the_analysis_timer_says_when_it_finds_fewer_texts_than_asked(tmp_path):
    from bench.analysis import english_gold_texts, shortfall
    seeds_only = english_gold_texts(50, tmp_path)  # no gold files there: the seeds alone
    assert 0 < len(seeds_only) < 50
    warning = shortfall(len(seeds_only), 50, tmp_path)
    assert warning is not None and f"{len(seeds_only)} English texts found of the 50" in warning
    assert str(tmp_path) in warning and "--data DIR" in warning
    assert shortfall(50, 50, tmp_path) is None  # guard: a full corpus says nothing
