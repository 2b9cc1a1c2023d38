"""The benchmark's verdicts: ratios against the same run's baselines, and the one table (pure functions of the JSON)."""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from bench.stats import ratio

# Targets of issue 7.
SYSTEM_RATIO_MIN = 0.90
OVERHEAD_P50_MAX_MS = 25.0
API_RPS_MIN = 1000.0
API_P99_MAX_MS = 50.0
API_VS_TRIVIAL_MIN = 0.5
MEMORY_GROWTH_MAX = 0.05
RATE_SHORTFALL = 0.97  # a fixed-rate run "held" the rate when it delivered at least this share of it


@dataclass(frozen=True)
class Row:
    """One line of the table: what, how much, against what, the target and whether it is met."""

    section: str
    measure: str
    value: str
    versus: str = ""
    target: str = ""
    ok: bool | None = None


def limit_of(results: dict[str, Any], mode: str, processes: int, during: str = "main") -> dict[str, Any] | None:
    """The limit measurement of `mode` with `processes` processes in that part of the run, if it was taken."""
    return next((r for r in results.get("limit", []) if r["mode"] == mode and r["processes"] == processes
                 and r.get("during", "main") == during), None)


def load_of(results: dict[str, Any], server: str, mode: str) -> dict[str, Any] | None:
    return next((r for r in results.get("api_load", []) if r["server"] == server and r["mode"] == mode), None)


def system_cpu_ms(phase: dict[str, Any]) -> float:
    """CPU ms per article of the system's processes (Redis, API, worker parents and pools), clients excluded."""
    cpu = phase.get("cpu_ms_per_article")
    return sum(v for k, v in cpu.items() if k != "clients") if cpu else math.nan


def derive(results: dict[str, Any]) -> dict[str, float]:
    """Every ratio the verdicts use, NaN where a part was not measured."""
    procs = results["config"]["concurrency"]
    pipe = limit_of(results, "pipe", procs) or {}
    enrich = limit_of(results, "enrich", procs) or {}
    enrich_one = limit_of(results, "enrich", 1, "scaling") or {}
    enrich_many = limit_of(results, "enrich", procs, "scaling") or {}
    phases = results.get("phases", {})
    out: dict[str, float] = {}
    for name in ("api", "ingest", "direct", "soak"):
        phase = phases.get(name, {})
        rate = phase.get("articles_per_s", math.nan)
        out[f"{name}_vs_pipe"] = ratio(rate, pipe.get("articles_per_s", math.nan))
        out[f"{name}_vs_enrich"] = ratio(rate, enrich.get("articles_per_s", math.nan))
        # CPU time per article: what other tenants of the machine disturb least.
        cpu = system_cpu_ms(phase)
        out[f"{name}_cpu_vs_pipe"] = ratio(pipe.get("cpu_ms_per_article", math.nan), cpu)
        out[f"{name}_cpu_vs_enrich"] = ratio(enrich.get("cpu_ms_per_article", math.nan), cpu)
    # Against the limit on the soak's own texts where it was measured (runs before 2026-12-01: the sample's).
    soak_pipe = limit_of(results, "pipe", procs, "soak") or pipe
    soak_enrich = limit_of(results, "enrich", procs, "soak") or enrich
    soak_wps = phases.get("soak", {}).get("words_per_s", math.nan)
    out["soak_vs_pipe_words"] = ratio(soak_wps, soak_pipe.get("words_per_s", math.nan))
    out["soak_vs_enrich_words"] = ratio(soak_wps, soak_enrich.get("words_per_s", math.nan))
    soak_cpu = system_cpu_ms(phases.get("soak", {}))
    out["soak_cpu_vs_pipe"] = ratio(soak_pipe.get("cpu_ms_per_article", math.nan), soak_cpu)
    out["soak_cpu_vs_enrich"] = ratio(soak_enrich.get("cpu_ms_per_article", math.nan), soak_cpu)
    out["enrich_vs_pipe"] = ratio(enrich.get("articles_per_s", math.nan), pipe.get("articles_per_s", math.nan))
    out["system_scaling"] = ratio(phases.get("direct", {}).get("articles_per_s", math.nan),
                                  phases.get("direct_1", {}).get("articles_per_s", math.nan))
    out["limit_scaling"] = ratio(enrich_many.get("articles_per_s", math.nan),
                                 enrich_one.get("articles_per_s", math.nan))
    out["scaling_efficiency"] = ratio(out["system_scaling"], out["limit_scaling"])
    out["scale_out_vs_one_worker"] = ratio(phases.get("scale_out", {}).get("articles_per_s", math.nan),
                                           phases.get("direct", {}).get("articles_per_s", math.nan))
    api_max, trivial_max = load_of(results, "api", "max") or {}, load_of(results, "trivial", "max") or {}
    out["api_vs_trivial_max"] = ratio(api_max.get("rps", math.nan), trivial_max.get("rps", math.nan))
    api_fixed, trivial_fixed = load_of(results, "api", "fixed") or {}, load_of(results, "trivial", "fixed") or {}
    out["api_vs_trivial_fixed"] = ratio(api_fixed.get("rps", math.nan), trivial_fixed.get("rps", math.nan))
    memory = results.get("memory", {})
    out["memory_growth"] = ratio(memory.get("after", math.nan), memory.get("warm", math.nan)) - 1
    out["memory_growth_from_idle"] = ratio(memory.get("after", math.nan), memory.get("idle", math.nan)) - 1
    return out


def rows(results: dict[str, Any]) -> list[Row]:
    """The table, section by section."""
    derived = results.get("derived") or derive(results)
    return [*_limit_rows(results), *_system_rows(results, derived), *_latency_rows(results),
            *_api_rows(results, derived), *_scaling_rows(results, derived), *_memory_rows(results, derived)]


def _limit_rows(results: dict[str, Any]) -> list[Row]:
    labels = {"pipe": "nlp.pipe (bare model)", "call": "nlp(text) per text",
              "enrich": "pipeline.enrich_many, batches of 4"}
    parts = {"scaling": ", scaling part", "soak": ", soak's texts"}
    return [Row("limit", f"{labels[r['mode']]}, {r['processes']} proc" + parts.get(r.get("during", "main"), ""),
                _rate(r["articles_per_s"], r["words_per_s"]),
                f"{r['articles']} articles, CPU {r['cpu_ms_per_article']:.0f} ms/article")
            for r in results.get("limit", [])]


def _system_rows(results: dict[str, Any], d: dict[str, float]) -> list[Row]:
    phases = results.get("phases", {})
    out = []
    labels = {"api": "POST /v1/articles -> done", "ingest": "ingest CLI -> done (after its start)",
              "direct": "core.submit() -> done"}
    for name, label in labels.items():
        p = phases.get(name)
        if p:
            start = f"; CLI start {p['startup_s']:.1f} s" if p.get("startup_s") else ""
            out.append(Row("system", f"{label}, {p['workers']} proc", _rate(p["articles_per_s"], p["words_per_s"]),
                           f"x{d[f'{name}_vs_pipe']:.2f} pipe, x{d[f'{name}_vs_enrich']:.2f} enrich; CPU "
                           f"x{d[f'{name}_cpu_vs_pipe']:.2f} / x{d[f'{name}_cpu_vs_enrich']:.2f}{start}",
                           f">= {SYSTEM_RATIO_MIN:.2f} pipe", _at_least(d[f"{name}_vs_pipe"], SYSTEM_RATIO_MIN)))
    soak = phases.get("soak")
    if soak:
        own = limit_of(results, "pipe", results["config"]["concurrency"], "soak")
        basis = "its texts" if own else "the sample"
        out.append(Row("system", f"sustained, {soak['articles']} articles", _rate(soak["articles_per_s"],
                       soak["words_per_s"]), f"x{d['soak_vs_pipe_words']:.2f} pipe, x{d['soak_vs_enrich_words']:.2f} "
                       f"enrich (words/s, limit on {basis}); "
                       f"CPU x{d['soak_cpu_vs_pipe']:.2f} / x{d['soak_cpu_vs_enrich']:.2f}",
                       f">= {SYSTEM_RATIO_MIN:.2f} pipe", _at_least(d["soak_vs_pipe_words"], SYSTEM_RATIO_MIN)))
    direct = phases.get("direct")
    if direct:
        out.append(Row("system", "time inside enrich() / pool capacity", f"{direct['enrich_share']:.2f}",
                       "direct phase"))
        cpu = direct["cpu_ms_per_article"]
        out.append(Row("system", "CPU ms/article by process", ", ".join(f"{k} {v:.0f}" for k, v in cpu.items()),
                       f"enrich {direct['processing_ms'] / max(direct['articles'], 1):.0f} ms wall"))
        calls = direct["redis_calls_per_article"]
        top = ", ".join(f"{k} {v:.1f}" for k, v in list(calls.items())[:6])
        out.append(Row("system", "Redis commands/article (incl. in Lua)", f"{sum(calls.values()):.1f}", top))
    traced = results.get("redis")
    if traced:
        roles = ", ".join(f"{role} {sum(c.values()):.1f}" for role, c in traced["per_article"].items() if role != "lua")
        out.append(Row("system", "Redis client commands/article (MONITOR)", f"{traced['client_commands_per_article']}",
                       f"{roles}; + {traced['lua_commands_per_article']} inside Lua"))
    return out


def _latency_rows(results: dict[str, Any]) -> list[Row]:
    rows = []
    young = results.get("latency_new_store", {}).get("summary")
    if young:  # no target: a store is new once, for its first articles
        rows.append(Row("latency", f"overhead, new store (first articles, n={young['overhead_ms']['n']})",
                        _pcts(young["overhead_ms"]), f"p50 parts: {_parts(young)}"))
    summary = results.get("latency", {}).get("summary")
    if not summary:
        return rows
    total, overhead = summary["total_ms"], summary["overhead_ms"]
    return [
        *rows,
        Row("latency", f"POST -> done, idle, n={total['n']}", _pcts(total),
            f"model p50 {summary['model_ms']['p50']:.0f} ms"),
        Row("latency", "overhead (minus processing_ms)", _pcts(overhead), f"p50 parts: {_parts(summary)}",
            f"p50 <= {OVERHEAD_P50_MAX_MS:.0f} ms", overhead["p50"] <= OVERHEAD_P50_MAX_MS),
    ]


def _parts(summary: dict[str, dict[str, float]]) -> str:
    """The p50 of each part of the overhead along the article's way."""
    return ", ".join(f"{k.removesuffix('_ms')} {summary[k]['p50']:.1f}" for k in
                     ("accept_ms", "queue_ms", "task_ms", "notify_ms"))


def _api_rows(results: dict[str, Any], d: dict[str, float]) -> list[Row]:
    if results.get("api_load_skipped"):
        return [Row("api", "GET /v1/articles/<id>", "skipped", results["api_load_skipped"])]
    out = []
    for load in results.get("api_load", []):
        lat = load["latency_ms"]
        label = f"GET {load['server']}, " + (f"fixed {load['rate']:.0f}/s" if load["mode"] == "fixed" else "max rate")
        value = f"{load['rps']:.0f} req/s, p50 {lat['p50']:.1f} p99 {lat['p99']:.1f} ms"
        versus = f"{load['connections']} conns, {load['errors']} errors"
        if load["server"] == "api" and load["mode"] == "fixed":
            held = load["rps"] >= RATE_SHORTFALL * load["rate"] and load["errors"] == 0
            ok = load["rate"] >= API_RPS_MIN and held and lat["p99"] < API_P99_MAX_MS
            out.append(Row("api", label, value, versus, f">= {API_RPS_MIN:.0f}/s, p99 < {API_P99_MAX_MS:.0f}", ok))
        elif load["server"] == "api":
            out.append(Row("api", label, value, f"x{d['api_vs_trivial_max']:.2f} trivial; {versus}",
                           f">= {API_VS_TRIVIAL_MIN} trivial", _at_least(d["api_vs_trivial_max"], API_VS_TRIVIAL_MIN)))
        else:
            out.append(Row("api", label, value, versus))
    return out


def _scaling_rows(results: dict[str, Any], d: dict[str, float]) -> list[Row]:
    phases = results.get("phases", {})
    out = []
    one, out_phase = phases.get("direct_1"), phases.get("scale_out")
    if one:
        out.append(Row("scaling", "1 worker process", _rate(one["articles_per_s"], one["words_per_s"])))
        out.append(Row("scaling", f"{results['config']['concurrency']} processes / 1", f"x{d['system_scaling']:.2f}",
                       f"model alone x{d['limit_scaling']:.2f} (efficiency {d['scaling_efficiency']:.2f})"))
    if out_phase:
        check = results.get("scale_out", {})
        share = ", ".join(f"{k} {v}" for k, v in check.get("by_worker", {}).items())
        once = check.get("ok", False)
        out.append(Row("scaling", f"scale-out: {out_phase['workers']} separate workers",
                       _rate(out_phase["articles_per_s"], out_phase["words_per_s"]),
                       f"x{d['scale_out_vs_one_worker']:.2f} one {results['config']['concurrency']}-proc worker"))
        out.append(Row("scaling", "scale-out: each article enriched once", f"{share}",
                       f"attempts!=1: {out_phase['not_once']}, done counted {check.get('done_delta')}",
                       "all once", once))
    return out


def _memory_rows(results: dict[str, Any], d: dict[str, float]) -> list[Row]:
    memory = results.get("memory")
    if not memory:
        return []
    mib = 1024 * 1024
    return [Row("memory", f"worker pool RSS over {memory['articles']} articles",
                f"{memory['warm'] / mib:.0f} -> {memory['after'] / mib:.0f} MiB ({d['memory_growth']:+.1%})",
                f"idle {memory['idle'] / mib:.0f} MiB ({d['memory_growth_from_idle']:+.1%} from idle)",
                f"<= {MEMORY_GROWTH_MAX:+.0%}", d["memory_growth"] <= MEMORY_GROWTH_MAX)]


def render(table: list[Row]) -> str:
    """The rows as one fixed-width text table."""
    header = ("section", "measure", "value", "versus", "target", "ok")
    cells = [header] + [(r.section, r.measure, r.value, r.versus, r.target, _verdict(r.ok)) for r in table]
    widths = [max(len(c[i]) for c in cells) for i in range(len(header))]
    lines = ["  ".join(c[i].ljust(widths[i]) for i in range(len(header))).rstrip() for c in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _rate(articles_per_s: float, words_per_s: float) -> str:
    return f"{articles_per_s:.2f} art/s, {words_per_s:.0f} words/s"


def _pcts(summary: dict[str, float]) -> str:
    return f"p50 {summary['p50']:.1f} p95 {summary['p95']:.1f} p99 {summary['p99']:.1f} ms"


def _at_least(value: float, minimum: float) -> bool | None:
    return None if math.isnan(value) else value >= minimum


def _verdict(ok: bool | None) -> str:
    return "" if ok is None else ("yes" if ok else "NO")
