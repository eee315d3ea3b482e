#!/usr/bin/env python
"""Presslens speed and memory benchmarks on a news corpus.

Usage::

    python benchmarks/bench.py --json            # full run on the shared Wikinews corpus
    python benchmarks/bench.py --quick --json    # CI smoke run: a few dozen articles
    python benchmarks/bench.py --corpus my.jsonl --limit 500

Every measurement runs in a fresh interpreter, so imports, lexicon loading and worker start-up
are counted, and peak memory is that run's own. It prints one JSON object (``--json``) with:

``articles``, ``mb``
    size of the corpus measured (the shared corpus ``../shared/data/news_corpus/``, else the
    bundled sample ``toolkit/data/sample_corpus.jsonl``).
``textblob_only``
    seconds to read the corpus and score every sentence with TextBlob polarity (sentences
    split with a regular expression): the naive notebook baseline. ``textblob_import_s``: the
    part of it spent importing TextBlob; ``textblob_imports_extras``: scikit-learn or SciPy when
    NLTK (imported by TextBlob) pulled them in, which adds ~1.2 s to the baseline and so lowers
    every ratio (an environment with the ``train`` extra installed flatters the toolkit by ~20%).
``full_serial``, ``full_processes``, ``full_dask``
    seconds for ``analyze_corpus(..., out=DIR)`` (every registered analysis, Parquet written)
    with each engine; ``full_dask`` includes starting a local cluster.
``peak_rss_mb``
    peak resident memory (MB) of the serial run's process; ``peak_total_rss_mb_<engine>``
    adds every worker process (sampled with psutil).
``memory``
    peak memory of the main process and of all processes for the corpus once (1x) and
    streamed ten times (10x, ``--mem-scale``, ``--mem-engine``): flat memory means 1x ~ 10x.
``single_article_ms``
    median time to load and analyse the seed article (every registered table), warm;
    ``single_article_tables_ms`` splits it by table.
``import_s``
    median time of ``import toolkit`` in a fresh interpreter (3 runs).

``single_article_ms``, ``textblob_only``, ``full_serial`` and ``full_processes`` alternate
``--rounds`` times (default 3) and are medians; ``*_runs`` list every round, ``ratio_runs`` and
``speedup_runs`` the ratios within each round (the shared machine's speed drifts by 20% or more
between minutes: only measurements taken side by side are compared).

``full_serial_actor_tone``
    the serial run with ``analyze_corpus(..., actor_tone=True)`` (the ``mentions`` table gains
    ``tone_to``, ``tone_label``, ``sentence_tone``), in the same rounds; with
    ``ratio_actor_tone_vs_textblob`` and ``ratio_actor_tone_runs`` (skip it: ``--skip actor_tone``).

plus ``ratio_full_vs_textblob`` (wall clock, medians) and ``ratio_full_vs_textblob_cpu`` (CPU seconds of
the two processes; steadier on a busy machine), ``speedup_processes``, ``identical`` (the engines wrote exactly
the same tables), ``identical_but_float_noise`` and ``max_float_diff`` (every non-float column
equal, floats within 1e-12: toolkit.sentiment.tone's sums depend on the per-process hash seed),
``registry`` (the analyses that ran), ``targets`` (pass/fail per target) and the machine
(``cpus``, ``loadavg``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared")) / "data" / "news_corpus" / "news_corpus.jsonl"
SAMPLE_CORPUS = ROOT / "toolkit" / "data" / "sample_corpus.jsonl"
SEED = ROOT / "seeds" / "biden-putin-call.txt"
_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n+")

#: Targets from issue 7 (on a 2-core machine).
TARGETS = {
    "ratio_full_vs_textblob": ("<=", 2.0),
    "speedup_processes": (">=", 1.6),
    "single_article_ms": ("<", 50.0),
    "import_s": ("<", 1.5),
    # issue 15: the serial run with the tone toward every actor mention in the mentions table
    "ratio_actor_tone_vs_textblob": ("<=", 2.0),
}


# --------------------------------------------------------------------------------------------
# Measurements (each runs in its own interpreter: bench.py --measure KIND ...)
# --------------------------------------------------------------------------------------------


def _peak_mb() -> float:
    """Peak resident memory of this process in MB.

    Linux's ``VmHWM`` (the high-water mark of this process's own address space, reset at exec).
    Not ``ru_maxrss``: Linux carries that across ``fork`` + ``exec``, so a measurement child
    started after the driver had read tables into memory reported the driver's peak (the "main
    process grows from 160 to 250 MB at 10x" of earlier runs).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


class _TotalRSS:
    """Samples the resident memory of this process plus all its descendants (psutil)."""

    def __init__(self, interval: float = 0.2) -> None:
        self.peak = 0.0
        self.interval = interval
        self._stop = False

    def __enter__(self) -> _TotalRSS:
        import threading

        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop = True
        self._thread.join()

    def _run(self) -> None:
        try:
            import psutil
        except ImportError:  # pragma: no cover - psutil ships with dask.distributed
            return
        me = psutil.Process()
        while not self._stop:
            total = 0
            for proc in [me, *me.children(recursive=True)]:
                with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
                    total += proc.memory_info().rss
            self.peak = max(self.peak, total / 2**20)
            time.sleep(self.interval)


def _cpu_s() -> float:
    """CPU seconds (user + system) of this process so far: less sensitive than wall-clock
    time to other people's jobs on a shared machine."""
    import resource

    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def _measure_textblob(corpus: Path) -> dict[str, Any]:
    t0, c0 = time.perf_counter(), _cpu_s()
    from textblob import TextBlob

    imported = time.perf_counter() - t0
    n = 0
    total = 0.0
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            text = json.loads(line).get("text") or ""
            for sent in _SPLIT.split(text):
                if sent.strip():
                    total += TextBlob(sent).sentiment.polarity
                    n += 1
    return {
        "seconds": time.perf_counter() - t0, "cpu_s": _cpu_s() - c0, "sentences": n, "checksum": round(total, 6),
        "import_s": imported,
        # NLTK (which TextBlob imports) imports these when they are installed: ~1.2 s more
        "heavy_extras": sorted(m for m in ("sklearn", "scipy") if sys.modules.get(m) is not None),
    }


def _measure_engine(corpus: Path, engine: str, out: Path, repeat: int) -> dict[str, Any]:
    from toolkit import analyze_corpus, load_corpus
    from toolkit.analysis import TABLES

    actor_tone = engine == "actor_tone"
    if actor_tone:
        engine = "serial"
    t0, c0 = time.perf_counter(), _cpu_s()
    if repeat == 1:
        source: Any = load_corpus(corpus)
    else:
        source = (art for _ in range(repeat) for art in load_corpus(corpus))
    with _TotalRSS() as total:
        res = analyze_corpus(source, engine=engine, out=out, progress=False, actor_tone=actor_tone)
    seconds = time.perf_counter() - t0
    return {
        "seconds": seconds,
        "cpu_s": _cpu_s() - c0,
        "peak_rss_mb": round(_peak_mb(), 1),
        "peak_total_rss_mb": round(total.peak, 1),
        # counted from Parquet metadata: reading the tables back would add to the peak memory
        "articles": _rows(res, "articles"),
        "sentences": _rows(res, "sentences"),
        "errors": _rows(res, "errors"),
        "registry": list(TABLES),
    }


def _rows(res: Any, table: str) -> int:
    import pyarrow.parquet as pq

    return sum(pq.read_metadata(f).num_rows for f in res.files(table))


def _measure_single(seed: Path, repeat: int = 20) -> dict[str, Any]:
    from toolkit import analyze, load_article

    for _ in range(3):  # warm: imports, lexicons, models
        analyze(load_article(seed))
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        analyze(load_article(seed))
        times.append(time.perf_counter() - t0)
    from toolkit.analysis import TABLES, table_function

    per: dict[str, list[float]] = {name: [] for name in TABLES}
    for _ in range(5):  # where the time goes: each table alone, in registry order, warm
        art = load_article(seed)
        for name in TABLES:
            t0 = time.perf_counter()
            table_function(name)(art)
            per[name].append(time.perf_counter() - t0)
    return {"ms": statistics.median(times) * 1000, "tables_ms": {k: round(statistics.median(v) * 1000, 2) for k, v in per.items()}}


def _measure(kind: str, corpus: str, out: str, repeat: int) -> dict[str, Any]:
    if kind == "textblob":
        return _measure_textblob(Path(corpus))
    if kind == "single":
        return _measure_single(SEED)
    return _measure_engine(Path(corpus), kind, Path(out), repeat)


def _child(kind: str, corpus: Path, out: Path | None = None, repeat: int = 1) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--measure", kind, "--corpus", str(corpus)]
    cmd += ["--out", str(out or ""), "--repeat", str(repeat)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"measurement {kind} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _import_seconds(runs: int = 3) -> float:
    code = "import time; t=time.perf_counter(); import toolkit; print(time.perf_counter()-t)"
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
        times.append(float(out.stdout.strip()))
    return statistics.median(times)


def _compare(a: Path, b: Path) -> tuple[bool, float]:
    """(non-float columns exactly equal and same shapes, largest float difference)."""
    import numpy as np

    from toolkit.corpus.engine import CORPUS_TABLES, CorpusResult

    ra, rb = CorpusResult.from_dir(a), CorpusResult.from_dir(b)
    same, worst = True, 0.0
    for name in CORPUS_TABLES:
        x, y = ra[name], rb[name]
        if list(x.columns) != list(y.columns) or len(x) != len(y) or not x.dtypes.equals(y.dtypes):
            print(f"{a.name} and {b.name}: {name} differs in shape or dtypes", file=sys.stderr)
            return False, float("nan")
        for col in x.columns:
            if x[col].dtype.kind == "f":
                u, v = x[col].to_numpy(), y[col].to_numpy()
                if not np.array_equal(np.isnan(u), np.isnan(v)):
                    same = False
                elif len(u):
                    worst = max(worst, float(np.nanmax(np.abs(u - v), initial=0.0)))
            elif not x[col].equals(y[col]):
                print(f"{a.name} and {b.name}: {name}.{col} differs", file=sys.stderr)
                same = False
    return same, worst


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------


def _corpus(args: argparse.Namespace, tmp: Path) -> Path:
    path = Path(args.corpus) if args.corpus else (SHARED_CORPUS if SHARED_CORPUS.exists() else SAMPLE_CORPUS)
    limit = args.limit or (40 if args.quick else None)
    if not limit:
        return path
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()][:limit]
    sub = tmp / f"corpus-{limit}.jsonl"
    sub.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sub


def _median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the median wall-clock time (the lower middle one for an even count)."""
    return sorted(runs, key=lambda r: r["seconds"])[(len(runs) - 1) // 2]


def _check(results: dict[str, Any]) -> dict[str, bool | None]:
    out: dict[str, bool | None] = {}
    for key, (op, limit) in TARGETS.items():
        value = results.get(key)
        if value is None:
            out[key] = None
        else:
            out[key] = bool(value <= limit if op == "<=" else value >= limit if op == ">=" else value < limit)
    return out


def run(args: argparse.Namespace) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="presslens-bench-"))
    try:
        corpus = _corpus(args, tmp)
        n_articles = sum(1 for ln in corpus.open(encoding="utf-8") if ln.strip())
        res: dict[str, Any] = {
            "corpus": str(corpus if corpus.parent != tmp else (args.corpus or "first lines of the corpus")),
            "articles": n_articles,
            "mb": round(corpus.stat().st_size / 1e6, 2),
        }
        res["import_s"] = round(_import_seconds(), 3)
        # textblob_only and full_serial alternate ``--rounds`` times and the medians are kept: on a
        # shared machine the CPU speed drifts by 20% or more between minutes, and the ratio of two
        # runs minutes apart would measure the drift.
        # The processes engine and the single-article time take part in the rounds too (they are
        # compared with full_serial and against a fixed target).
        tbs: list[dict[str, Any]] = []
        serials: list[dict[str, Any]] = []
        procs: list[dict[str, Any]] = []
        toned: list[dict[str, Any]] = []
        singles: list[dict[str, Any]] = []
        for _ in range(args.rounds):
            singles.append(_child("single", corpus))
            tbs.append(_child("textblob", corpus))
            for engine, got in (("serial", serials), ("processes", procs), ("actor_tone", toned)):
                if engine not in args.skip:
                    shutil.rmtree(tmp / engine, ignore_errors=True)
                    got.append(_child(engine, corpus, tmp / engine))
        single = sorted(singles, key=lambda r: r["ms"])[(len(singles) - 1) // 2]
        res["single_article_ms"] = round(single["ms"], 2)
        res["single_article_ms_runs"] = [round(r["ms"], 2) for r in singles]
        res["single_article_tables_ms"] = single["tables_ms"]
        tb = _median_run(tbs)
        res["textblob_only"] = round(tb["seconds"], 3)
        res["rounds"] = args.rounds
        res["textblob_only_runs"] = [round(r["seconds"], 3) for r in tbs]
        res["textblob_import_s"] = round(tb["import_s"], 3)
        res["textblob_imports_extras"] = tb["heavy_extras"]
        runs = {}
        if serials:
            runs["serial"] = _median_run(serials)
            res["full_serial"] = round(runs["serial"]["seconds"], 3)
            res["full_serial_runs"] = [round(r["seconds"], 3) for r in serials]
        if procs:
            runs["processes"] = _median_run(procs)
            res["full_processes"] = round(runs["processes"]["seconds"], 3)
            res["full_processes_runs"] = [round(r["seconds"], 3) for r in procs]
        if toned:
            at = _median_run(toned)
            res["full_serial_actor_tone"] = round(at["seconds"], 3)
            res["full_serial_actor_tone_runs"] = [round(r["seconds"], 3) for r in toned]
            res["ratio_actor_tone_vs_textblob"] = round(at["seconds"] / tb["seconds"], 2)
            res["ratio_actor_tone_runs"] = [round(a_["seconds"] / t_["seconds"], 2) for a_, t_ in zip(toned, tbs, strict=True)]
        if "dask" not in args.skip:
            runs["dask"] = _child("dask", corpus, tmp / "dask")
            res["full_dask"] = round(runs["dask"]["seconds"], 3)
        if "serial" in runs:
            res["peak_rss_mb"] = runs["serial"]["peak_rss_mb"]
            res["sentences"] = runs["serial"]["sentences"]
            res["errors"] = runs["serial"]["errors"]
            res["registry"] = runs["serial"]["registry"]
            res["ratio_full_vs_textblob"] = round(res["full_serial"] / res["textblob_only"], 2)
            res["ratio_full_vs_textblob_cpu"] = round(runs["serial"]["cpu_s"] / tb["cpu_s"], 2)
            res["ratio_runs"] = [round(s_["seconds"] / t_["seconds"], 2) for s_, t_ in zip(serials, tbs, strict=True)]
            if "processes" in runs:
                res["speedup_processes"] = round(res["full_serial"] / res["full_processes"], 2)
                res["speedup_runs"] = [round(s_["seconds"] / p_["seconds"], 2) for s_, p_ in zip(serials, procs, strict=True)]
            checks = [_compare(tmp / "serial", tmp / e) for e in runs if e != "serial"]
            worst = max((w for _, w in checks), default=0.0)
            res["max_float_diff"] = worst
            res["identical"] = all(ok for ok, _ in checks) and worst == 0.0
            res["identical_but_float_noise"] = all(ok for ok, _ in checks) and worst < 1e-12
        for engine, run_ in runs.items():
            res[f"peak_total_rss_mb_{engine}"] = run_["peak_total_rss_mb"]
        mem = args.mem_engine
        if args.mem_scale > 1 and mem in runs:
            k = args.mem_scale
            big = _child(mem, corpus, tmp / "mem", repeat=k)
            res["memory"] = {
                "engine": mem,
                "articles_1x": n_articles,
                f"articles_{k}x": big["articles"],
                "main_rss_mb_1x": runs[mem]["peak_rss_mb"],
                f"main_rss_mb_{k}x": big["peak_rss_mb"],
                "total_rss_mb_1x": runs[mem]["peak_total_rss_mb"],
                f"total_rss_mb_{k}x": big["peak_total_rss_mb"],
                f"seconds_{k}x": round(big["seconds"], 3),
            }
        res["targets"] = _check(res)
        res["cpus"] = os.cpu_count()
        res["loadavg"] = [round(x, 2) for x in os.getloadavg()]
        res["python"] = platform.python_version()
        return res
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--quick", action="store_true", help="smoke run on the first 40 articles")
    p.add_argument("--corpus", help="JSONL corpus (default: the shared Wikinews corpus, else the sample)")
    p.add_argument("--limit", type=int, help="use only the first N articles")
    p.add_argument("--mem-scale", type=int, default=None, help="memory run over the corpus streamed N times (default 10; 2 with --quick)")
    p.add_argument("--mem-engine", default="processes", choices=["serial", "processes", "dask"], help="engine of the memory run (default processes)")
    p.add_argument("--rounds", type=int, default=None, help="single article, textblob_only, full_serial and full_processes alternate this many times; medians are reported (default 3; 1 with --quick)")
    p.add_argument("--skip", nargs="*", default=[], choices=["serial", "processes", "dask", "actor_tone"], help="engines (or the serial run with actor tone) to skip")
    p.add_argument("--measure", help=argparse.SUPPRESS)
    p.add_argument("--out", help=argparse.SUPPRESS)
    p.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.measure:
        print(json.dumps(_measure(args.measure, args.corpus, args.out, args.repeat)))
        return 0
    if args.rounds is None:
        args.rounds = 1 if args.quick else 3
    if args.mem_scale is None:
        args.mem_scale = 2 if args.quick else 10
    res = run(args)
    if args.json:
        print(json.dumps(res))
    else:
        for key, value in res.items():
            print(f"{key:>24}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
