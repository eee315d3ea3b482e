"""Dump every per-article table for the seed and a corpus, or compare against a dump.

Used to prove that a refactor changes no output: dump before, compare after (bit for bit).

    python benchmarks/golden.py dump /tmp/golden            # seed + ../shared news corpus
    python benchmarks/golden.py compare /tmp/golden [--rename old=new ...]

Run with ``PYTHONHASHSEED=0`` both times. ``--rename table.old=new`` maps a renamed column.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "data" / "news_corpus" / "news_corpus.jsonl"


def _articles(limit: int | None):
    import toolkit as pl

    yield "seed", pl.load_article(ROOT / "seeds" / "biden-putin-call.txt")
    if CORPUS.exists():
        for i, art in enumerate(pl.load_corpus(CORPUS)):
            if limit is not None and i >= limit:
                break
            yield f"corpus-{i:05d}", art


def _tables(art) -> dict[str, pd.DataFrame]:
    import toolkit as pl

    return pl.analyze(art)


def dump(out: Path, limit: int | None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    batch: dict[str, dict[str, pd.DataFrame]] = {}
    n = 0
    for key, art in _articles(limit):
        batch[key] = _tables(art)
        n += 1
        if len(batch) == 200:
            with open(out / f"part-{n:05d}.pkl", "wb") as fh:
                pickle.dump(batch, fh)
            batch = {}
    if batch:
        with open(out / f"part-{n:05d}.pkl", "wb") as fh:
            pickle.dump(batch, fh)
    print(f"dumped {n} articles to {out}")


def compare(dump_dir: Path, renames: dict[str, dict[str, str]], limit: int | None) -> int:
    gold: dict[str, dict[str, pd.DataFrame]] = {}
    for p in sorted(dump_dir.glob("part-*.pkl")):
        with open(p, "rb") as fh:
            gold.update(pickle.load(fh))
    diffs = 0
    n = 0
    added: set[str] = set()
    for key, art in _articles(limit):
        n += 1
        new = _tables(art)
        old = gold.get(key)
        if old is None:
            print(f"{key}: not in dump")
            diffs += 1
            continue
        if set(old) - set(new):
            print(f"{key}: tables missing {sorted(set(old) - set(new))}")
            diffs += 1
        added.update(set(new) - set(old))
        for name in old:
            if name not in new:
                continue
            a = old[name].rename(columns=renames.get(name, {}))
            b = new[name]
            try:
                pd.testing.assert_frame_equal(a, b, check_exact=True)
            except AssertionError as exc:
                diffs += 1
                if diffs < 20:
                    print(f"{key} {name}: {str(exc)[:400]}")
    print(f"compared {n} articles: {diffs} differences" + (f" (new tables, not compared: {sorted(added)})" if added else ""))
    return 1 if diffs else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["dump", "compare"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--rename", action="append", default=[], help="table.old=new")
    a = ap.parse_args()
    if a.mode == "dump":
        dump(a.dir, a.limit)
        return 0
    renames: dict[str, dict[str, str]] = {}
    for r in a.rename:
        tbl, _, pair = r.partition(".")
        old, _, new = pair.partition("=")
        renames.setdefault(tbl, {})[old] = new
    return compare(a.dir, renames, a.limit)


if __name__ == "__main__":
    raise SystemExit(main())
