"""The benchmark chart: throughput against the limit, latency distribution, overhead parts, API load."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib
import numpy

matplotlib.use("Agg")  # files only, no display

import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)
from matplotlib.axes import Axes  # noqa: E402

LIMIT_COLOUR, SYSTEM_COLOUR, TRIVIAL_COLOUR = "#7f7f7f", "#1f77b4", "#bbbbbb"


def draw(results: dict[str, Any], path: Path) -> None:
    """Write a 3x2 PNG of the run to `path`."""
    figure, axes = plt.subplots(3, 2, figsize=(14, 13))
    _throughput(axes[0][0], results)
    _latency(axes[0][1], results)
    _overhead_parts(axes[1][0], results)
    _api(axes[1][1], results)
    _cpu(axes[2][0], results)
    _memory(axes[2][1], results)
    meta = results.get("meta", {})
    host = meta.get("host", {})
    figure.suptitle(f"Newswire bench {meta.get('run_id', '')}  {meta.get('started', '')}  "
                    f"({host.get('cpus', '?')} CPUs, load average {host.get('load_start', '')})")
    figure.tight_layout()
    figure.savefig(path, dpi=100)
    plt.close(figure)


def _throughput(ax: Axes, results: dict[str, Any]) -> None:
    """Articles/s of every limit and system measurement, with the nlp.pipe limit as a line."""
    bars: list[tuple[str, float, str]] = []
    for r in results.get("limit", []):
        part = {"scaling": " (scaling)", "soak": " (soak texts)"}.get(r.get("during", "main"), "")
        bars.append((f"limit {r['mode']} x{r['processes']}{part}", r["articles_per_s"], LIMIT_COLOUR))
    for name, p in results.get("phases", {}).items():
        if name != "warmup":
            bars.append((f"{name} ({p['workers']})", p["articles_per_s"], SYSTEM_COLOUR))
    if not bars:
        return
    labels, values, colours = zip(*bars, strict=True)
    ax.barh(labels, values, color=colours)
    ax.invert_yaxis()
    pipe = next((r for r in results.get("limit", []) if r["mode"] == "pipe"), None)
    if pipe:
        ax.axvline(pipe["articles_per_s"], color="black", linestyle="--", linewidth=1, label="nlp.pipe limit")
        ax.axvline(0.9 * pipe["articles_per_s"], color="red", linestyle=":", linewidth=1, label="0.90 x limit")
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, fontsize=8)
    ax.set_xlabel("articles/s")
    ax.set_title("Throughput: system vs the model's own limit")


def _latency(ax: Axes, results: dict[str, Any]) -> None:
    """Histogram of POST-to-done latency and of its overhead (total minus processing_ms)."""
    samples = results.get("latency", {}).get("samples", [])
    if not samples:
        return
    total = [s["total_ms"] for s in samples]
    overhead = [max(s["overhead_ms"], 0.1) for s in samples]
    # Log bins: the overhead (tens of ms) and the total (hundreds) both show their spread.
    bins = numpy.logspace(numpy.log10(min(overhead)), numpy.log10(max(total)), 40)
    ax.hist(total, bins=bins, alpha=0.6, color=SYSTEM_COLOUR, label="POST -> done")
    ax.hist(overhead, bins=bins, alpha=0.6, color="#ff7f0e", label="overhead (minus model)")
    ax.set_xscale("log")
    summary = results["latency"]["summary"]
    for key, colour in (("total_ms", SYSTEM_COLOUR), ("overhead_ms", "#ff7f0e")):
        ax.axvline(summary[key]["p50"], color=colour, linestyle="--", linewidth=1)
        ax.axvline(summary[key]["p99"], color=colour, linestyle=":", linewidth=1)
    ax.set_xlabel("ms, log scale (dashed p50, dotted p99)")
    ax.set_ylabel("articles")
    ax.legend()
    ax.set_title(f"Latency on an idle system, n={len(samples)}")


def _overhead_parts(ax: Axes, results: dict[str, Any]) -> None:
    """p50 and p95 of each part of the overhead along the article's way."""
    summary = results.get("latency", {}).get("summary")
    if not summary:
        return
    parts = ("accept_ms", "queue_ms", "task_ms", "notify_ms")
    x = range(len(parts))
    ax.bar([i - 0.2 for i in x], [summary[p]["p50"] for p in parts], width=0.4, color=SYSTEM_COLOUR, label="p50")
    ax.bar([i + 0.2 for i in x], [summary[p]["p95"] for p in parts], width=0.4, color="#aec7e8", label="p95")
    ax.set_xticks(list(x), [p.removesuffix("_ms") for p in parts])
    ax.set_ylabel("ms")
    ax.legend()
    ax.set_title("Where the overhead is (accept: POST to stored; queue: to task start; task: outside enrich; "
                 "notify: to client)", fontsize=8)


def _api(ax: Axes, results: dict[str, Any]) -> None:
    """Requests/s of the real and the trivial endpoint, with p99 latency in the labels."""
    loads = results.get("api_load", [])
    if not loads:
        ax.set_title(f"API load: {results.get('api_load_skipped', 'not measured')}")
        return
    labels = [f"{r['server']} {'fixed ' + str(int(r['rate'])) if r['mode'] == 'fixed' else 'max'}" for r in loads]
    values = [r["rps"] for r in loads]
    colours = [SYSTEM_COLOUR if r["server"] == "api" else TRIVIAL_COLOUR for r in loads]
    bars = ax.bar(labels, values, color=colours)
    for bar, r in zip(bars, loads, strict=True):
        ax.annotate(f"p99 {r['latency_ms']['p99']:.0f} ms", (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                    ha="center", va="bottom", fontsize=8)
    ax.axhline(1000, color="red", linestyle=":", linewidth=1, label="1,000 req/s target")
    ax.set_ylabel("requests/s")
    ax.legend()
    ax.set_title("GET /v1/articles/<id> vs a trivial Flask endpoint (same gunicorn setup)")


def _cpu(ax: Axes, results: dict[str, Any]) -> None:
    """CPU ms per article: the limit's processes against the system's, stacked by process."""
    bars = [(f"limit {r['mode']} x{r['processes']}", {"model process": r["cpu_ms_per_article"]})
            for r in results.get("limit", []) if r.get("during", "main") == "main"]
    bars += [(name, p["cpu_ms_per_article"]) for name, p in results.get("phases", {}).items()
             if name in ("api", "ingest", "direct", "soak")]
    if not bars:
        return
    parts = sorted({k for _, cpu in bars for k in cpu}, key=lambda k: k != "model process" and k != "worker_pool")
    bottoms = [0.0] * len(bars)
    for part in parts:
        values = [cpu.get(part, 0.0) for _, cpu in bars]
        ax.bar([label for label, _ in bars], values, bottom=bottoms, label=part)
        bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    ax.set_ylabel("CPU ms per article")
    ax.tick_params(axis="x", labelrotation=20)
    ax.legend(fontsize=8)
    ax.set_title("CPU per article: the model alone vs the system by process")


def _memory(ax: Axes, results: dict[str, Any]) -> None:
    """Pool RSS of the main worker against articles processed."""
    memory = results.get("memory", {})
    mib = 1024 * 1024
    procs = results.get("config", {}).get("concurrency", 1)
    # The two ends are always known: after the warm-up articles and after all of them.
    ends = [(2 * procs, memory["warm"]), (memory["articles"], memory["after"])] if "after" in memory else []
    curve = sorted({*map(tuple, memory.get("curve") or []), *ends})
    if curve:
        ax.plot([c[0] for c in curve], [c[1] / mib for c in curve], marker=".", color=SYSTEM_COLOUR)
    if memory.get("warm"):
        ax.axhline(memory["warm"] / mib, color="black", linestyle="--", linewidth=1, label="after warm-up")
        ax.axhline(memory["warm"] * 1.05 / mib, color="red", linestyle=":", linewidth=1, label="+5%")
        ax.legend()
    ax.set_xlabel("articles processed by the worker")
    ax.set_ylabel("pool RSS, MiB")
    ax.set_title("Worker pool RSS (ends idle; points in between sampled with articles in flight)", fontsize=9)
