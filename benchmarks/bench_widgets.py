#!/usr/bin/env python
"""How fast do the explorer widgets respond? Median milliseconds per interaction on the seed.

Usage::

    python benchmarks/bench_widgets.py            # table
    python benchmarks/bench_widgets.py --json     # one JSON object
    python benchmarks/bench_widgets.py --repeat 15

Each interaction is timed as the Python side of a click: the method call that a widget's
observer makes (state change, HTML panels rebuilt, chart redrawn to SVG and put into its
``Output``). Two numbers per interaction:

``cold_ms``
    the caches that a setting never seen before has to rebuild are emptied before each call
    (e.g. the chart and text for a scorer switch; the text and explanation, not the chart,
    for a sentence selection, whose mark is an SVG overlay): the worst case;
``after_idle_ms``
    one step on (next scorer, neighbouring window, next filter, a date handle moved by one)
    from a setting after the kernel has been idle, i.e. after the explorer's background
    pre-rendering (simulated with ``warm_up()``): the typical click;
``warm_ms``
    cycling through settings already seen (the explorer's caches hit). Inside a kernel the
    explorers pre-render the likely next charts while idle (other scorers, neighbouring
    windows, the caption toggle, other past/future filters, neighbouring date ranges), so
    most clicks are warm.

``cold_cpu_ms`` is the CPU time of the cold call: on a busy machine wall time is inflated by
waiting for a core, CPU time much less. Construction (computing the article's tables once) is reported separately as ``build_ms``;
it happens when the explorer is created, not on interaction. The target (issue 6) is
``cold_ms < 100`` for every interaction except alias editing, which re-runs actor detection
by design, and loading a new article (``page.load_article``: the loader, its overview and
the three explorers following it, every table computed for the new text). The machine's load average is included: on a shared 2-core machine, timings of
concurrent runs are inflated.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_MS = 100.0


#: CPU time of the last measurement (median ms of ``time.process_time``): unlike wall time it
#: hardly depends on what else the machine is running.
_LAST_CPU: list[float] = [0.0]


def _median_ms(fn: Callable[[], Any], repeat: int, before: Callable[[], Any] | None = None) -> float:
    times, cpu = [], []
    for _ in range(repeat):
        if before is not None:
            before()
        t, c = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    _LAST_CPU[0] = round(statistics.median(cpu), 1)
    return round(statistics.median(times), 1)


def _clear(ex: Any, caches: tuple[str, ...]) -> Callable[[], None]:
    def clear() -> None:
        for name in caches:
            getattr(ex, name).clear()

    return clear


def _cycler(fn: Callable[[Any], Any], values: list[Any]) -> Callable[[], Any]:
    it = itertools.cycle(values)
    return lambda: fn(next(it))


def run(repeat: int) -> dict[str, Any]:
    import matplotlib

    matplotlib.use("Agg")
    from toolkit import ActorExplorer, CodingWidget, TimelineExplorer, ToneExplorer, load_seed

    art = load_seed()
    results: dict[str, dict[str, float]] = {}

    def bench(name: str, ex: Any, fn: Callable[[Any], Any], values: list[Any], caches: tuple[str, ...] = ()) -> None:
        """``caches``: what a value never seen before has to rebuild (emptied for ``cold``)."""
        for v in values:  # prime the caches: warm = every value seen before
            fn(v)
        row = {"warm_ms": _median_ms(_cycler(fn, values), max(repeat, len(values)))}
        if caches:
            row["cold_ms"] = _median_ms(_cycler(fn, values), repeat, before=_clear(ex, caches))
            row["cold_cpu_ms"] = _LAST_CPU[0]
            # one step on from a setting after the kernel was idle (prefetch done), caches cold
            steps = list(zip(values, values[1:] + values[:1], strict=True))
            it = itertools.cycle(steps)
            pending: list[Any] = []

            def before() -> None:
                prev, nxt = next(it)
                _clear(ex, caches)()
                fn(prev)
                ex.warm_up()
                pending.append(nxt)

            row["after_idle_ms"] = _median_ms(lambda: fn(pending.pop()), max(3, repeat // 2), before=before)
        results[name] = row

    t = time.perf_counter()
    tone = ToneExplorer(art)
    build = {"ToneExplorer": round((time.perf_counter() - t) * 1000, 1)}
    body = [int(s) for s in art.sentences.loc[art.sentences["kind"] == "body", "sent_id"]]
    redraw = ("_charts", "_texts")
    bench("tone.set_scorer", tone, tone.set_scorer, ["vader", "polarity", "tone"], redraw)
    bench("tone.set_window", tone, tone.set_window, [2, 3, 4, 5, 6], redraw)
    bench("tone.set_include_captions", tone, tone.set_include_captions, [True, False], redraw)
    bench("tone.select_sentence", tone, tone.select_sentence, body, ("_texts", "_explanations"))

    t = time.perf_counter()
    actors = ActorExplorer(art)
    build["ActorExplorer"] = round((time.perf_counter() - t) * 1000, 1)
    bench("actors.select_actor", actors, actors.select_actor, actors.actor_names[:8], ("_texts", "_kwic"))
    name = actors.actor_names[0]
    alias_ms = _median_ms(lambda: actors.set_aliases(name, ["Alias One", "Alias Two"]), max(3, repeat // 3))
    results["actors.set_aliases"] = {"cold_ms": alias_ms, "warm_ms": alias_ms}

    t = time.perf_counter()
    tl = TimelineExplorer(art)
    build["TimelineExplorer"] = round((time.perf_counter() - t) * 1000, 1)
    rels = list(tl.relation_w.options)
    bench("timeline.set_relation", tl, tl.set_relation, rels, ("_charts",))
    days = tl.days
    ranges = [(days[0], days[-1]), (days[1], days[-1]), (days[1], days[-2]), (days[0], days[-2])]
    bench("timeline.set_date_range", tl, lambda r: tl.set_date_range(*r), ranges, ("_charts",))
    tl.set_date_range(days[0], days[-1])
    tl.set_relation("all")
    bench("timeline.select_event", tl, tl.select_event, list(range(len(tl.filtered))))

    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        coding = CodingWidget(art, coder="bench", path=Path(tmp) / "codes.csv")
        build["CodingWidget"] = round((time.perf_counter() - t) * 1000, 1)

        def code_and_back(label: str) -> None:
            coding.code(label)
            coding.back()

        results["coding.code_then_back"] = {
            "warm_ms": _median_ms(_cycler(code_and_back, ["negative", "neutral", "positive"]), repeat)
        }

    # one load reaches every explorer on the page: loader (with its overview) + three followers.
    # A new article computes every table once, so this is reported like alias editing, apart.
    from toolkit import ArticleLoader
    from toolkit.ui.base import current

    current.clear()
    loader = ArticleLoader()
    followers = [ToneExplorer(), ActorExplorer(), TimelineExplorer()]
    texts = [art.text.replace("Biden", f"Biden{i}") for i in range(max(3, repeat // 3))]  # new text: nothing cached
    it_texts = iter(texts)
    load_ms = _median_ms(lambda: loader.load_text(next(it_texts)), len(texts))
    assert all(f.article is loader.article for f in followers)
    results["page.load_article"] = {"cold_ms": load_ms, "warm_ms": load_ms}
    current.clear()

    over = sorted(
        k
        for k, v in results.items()
        if k not in ("actors.set_aliases", "page.load_article") and max(v.get("cold_ms", 0), v["warm_ms"]) >= TARGET_MS
    )
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        load = None
    return {
        "interactions": results,
        "build_ms": build,
        "target_ms": TARGET_MS,
        "over_target": over,
        "repeat": repeat,
        "cpus": os.cpu_count(),
        "loadavg": load,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--repeat", type=int, default=9, help="calls per measurement (median)")
    args = ap.parse_args(argv)
    res = run(args.repeat)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    print(f"{'interaction':28} {'cold ms':>9} {'(cpu ms)':>9} {'after idle':>11} {'warm ms':>9}")
    for name, row in res["interactions"].items():
        cold, cpu, idle = row.get("cold_ms", ""), row.get("cold_cpu_ms", ""), row.get("after_idle_ms", "")
        print(f"{name:28} {cold:>9} {cpu:>9} {idle:>11} {row['warm_ms']:>9}")
    print("build (ms):", res["build_ms"])
    print(f"over {res['target_ms']:.0f} ms: {res['over_target'] or 'none'}   loadavg: {res['loadavg']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
