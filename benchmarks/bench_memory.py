"""Is memory flat as the corpus grows? Peak RSS of one process running ``analyze_corpus`` over the
corpus streamed 1x, then Nx more (``ru_maxrss`` only grows, so a flat figure means streaming works).

    python benchmarks/bench_memory.py [--engine processes|serial|dask] [--times 5] [--json]

Uses ``../shared/data/news_corpus/news_corpus.jsonl`` when present, the bundled sample otherwise.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "news_corpus" / "news_corpus.jsonl"
SAMPLE = ROOT / "toolkit" / "data" / "sample_corpus.jsonl"


def _records(path: Path, times: int) -> Iterator[dict[str, Any]]:
    for t in range(times):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                rec["id"] = f"{rec['id']}-{t}"
                yield rec


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--engine", default="processes", choices=["serial", "processes", "dask"])
    p.add_argument("--times", type=int, default=5)
    p.add_argument("--json", action="store_true")
    args = p.parse_args()

    from toolkit import analyze_corpus

    corpus = SHARED if SHARED.exists() else SAMPLE
    n = sum(1 for _ in corpus.open(encoding="utf-8"))
    out: dict[str, Any] = {"corpus": str(corpus), "engine": args.engine, "articles_1x": n}
    tmp = Path(tempfile.mkdtemp(prefix="presslens-mem-"))
    try:
        for label, times in (("1x", 1), (f"{args.times}x", args.times)):
            analyze_corpus(_records(corpus, times), engine=args.engine, out=tmp / label)
            out[f"peak_rss_mb_after_{label}"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(out) if args.json else "\n".join(f"{k}: {v}" for k, v in out.items()))


if __name__ == "__main__":
    main()
