"""Evaluate the temporal tagger (:func:`toolkit.temporal.timex.tag_text`) on TimeBank gold TIMEX3 data.

Scoring as in TempEval-3: a predicted expression matches a gold one when their spans overlap
(relaxed) or are identical (strict); precision, recall and F1 for both; value accuracy is the
share of relaxed-matched pairs whose normalised value equals the gold value. Each gold
expression is matched at most once (the first overlapping prediction).

Usage:
    .venv/bin/python benchmarks/eval_timeline.py [--data PATH] [--json] [--errors N] [--dateparser]
    .venv/bin/python benchmarks/eval_timeline.py --speed [ROUNDS]

``--dateparser`` also scores the baseline ``dateparser.search.search_dates`` over whole texts.
``--speed`` instead times ``find_timexes`` over the shared news corpus (2,000 articles, sentence
spans computed beforehand, as ``timeline()`` passes them): CPU seconds per round, min and median.
Skips cleanly (exit 0, a message) when the data set is absent.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared"))
DEFAULT = SHARED / "data" / "timebank_dev" / "timebank_dev.jsonl"
CORPUS = SHARED / "data" / "news_corpus" / "news_corpus.jsonl"


def load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def score(docs: list[dict[str, Any]], predict: Any) -> tuple[dict[str, Any], list[str]]:
    """Score ``predict(text, published) -> list[(start, end, type, value)]`` against the gold
    (TimeBank's document creation time, ``dct``, is the publication date)."""
    n_gold = n_pred = tp_rel = tp_strict = val_ok = 0
    by_type: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    errors: list[str] = []
    for doc in docs:
        text, published = doc["text"], dt.date.fromisoformat(doc["dct"])
        gold = doc["timexes"]
        pred = predict(text, published)
        n_gold += len(gold)
        n_pred += len(pred)
        used: set[int] = set()
        matched_pred: set[int] = set()
        for g in gold:
            by_type[g["type"]]["gold"] += 1
            hit = None
            for j, (s, e, _t, _v) in enumerate(pred):
                if j not in used and s < g["end"] and g["start"] < e:
                    hit = j
                    break
            if hit is None:
                errors.append(f"MISS  {doc['dct']} {g['type']:8} {g['text']!r:30} {g['value']}  | …{text[max(0, g['start'] - 50) : g['end'] + 30]!r}")
                continue
            used.add(hit)
            matched_pred.add(hit)
            s, e, t, v = pred[hit]
            tp_rel += 1
            by_type[g["type"]]["matched"] += 1
            if (s, e) == (g["start"], g["end"]):
                tp_strict += 1
            if v == g["value"]:
                val_ok += 1
                by_type[g["type"]]["value_ok"] += 1
            else:
                errors.append(f"VALUE {doc['dct']} {g['type']:8} {g['text']!r:30} gold={g['value']} pred={v} ({text[s:e]!r})")
        for j, (s, e, t, v) in enumerate(pred):
            if j not in matched_pred:
                errors.append(f"FALSE {doc['dct']} {t:8} {text[s:e]!r:30} {v}  | …{text[max(0, s - 50) : e + 30]!r}")
    result = {
        "documents": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "relaxed": _prf(tp_rel, n_pred, n_gold),
        "strict": _prf(tp_strict, n_pred, n_gold),
        "value_accuracy": round(val_ok / tp_rel, 4) if tp_rel else 0.0,
        "by_type": {
            t: {
                "gold": c["gold"],
                "recall": round(c["matched"] / c["gold"], 4) if c["gold"] else 0.0,
                "value_accuracy": round(c["value_ok"] / c["matched"], 4) if c["matched"] else 0.0,
            }
            for t, c in sorted(by_type.items())
        },
    }
    return result, errors


def presslens_predict(text: str, published: dt.date) -> list[tuple[int, int, str, str]]:
    from toolkit.temporal.timex import find_timexes

    return [(t.start, t.end, t.type, t.value or "") for t in find_timexes(text, published=published)]


def dateparser_predict(text: str, published: dt.date) -> list[tuple[int, int, str, str]]:
    from dateparser.search import search_dates

    base = dt.datetime.combine(published, dt.time(12))
    found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
    out, pos = [], 0
    for frag, when in found:
        i = text.find(frag, pos)
        if i < 0:
            continue
        pos = i + len(frag)
        out.append((i, i + len(frag), "DATE", when.date().isoformat()))
    return out


def speed(rounds: int) -> dict[str, Any]:
    """CPU seconds of ``find_timexes`` over the news corpus, per round (the first fills caches)."""
    import warnings

    import toolkit
    from toolkit.temporal.timex import find_timexes
    from toolkit.text.segment import sentence_rows

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # one corpus article is not English
        arts = list(toolkit.load_corpus(CORPUS))
    jobs = [(a.text, a.published, [(r[1], r[2]) for r in sentence_rows(a)]) for a in arts]
    times, n = [], 0
    for _ in range(rounds):
        t0 = time.process_time()
        n = sum(len(find_timexes(text, published=pub, sentences=spans)) for text, pub, spans in jobs)
        times.append(round(time.process_time() - t0, 3))
    ordered = sorted(times)
    return {"articles": len(jobs), "expressions": n, "cpu_seconds": times, "min": ordered[0], "median": ordered[len(ordered) // 2]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--errors", type=int, default=0, help="print up to N errors")
    ap.add_argument("--dateparser", action="store_true", help="also score the dateparser baseline")
    ap.add_argument("--speed", type=int, nargs="?", const=5, default=None, metavar="ROUNDS", help="time find_timexes over the news corpus instead")
    args = ap.parse_args(argv)
    if args.speed is not None:
        if not CORPUS.exists():
            print(f"skipped: {CORPUS} not found (set PRESSLENS_SHARED)")
            return 0
        print(json.dumps(speed(args.speed)))
        return 0
    if not args.data.exists():
        print(f"skipped: {args.data} not found (set PRESSLENS_SHARED)")
        return 0
    docs = load(args.data)
    t0 = time.perf_counter()
    result, errors = score(docs, presslens_predict)
    result["seconds"] = round(time.perf_counter() - t0, 2)
    results = {"presslens": result}
    if args.dateparser:
        results["dateparser.search_dates"] = score(docs, dateparser_predict)[0]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        for name, r in results.items():
            print(f"== {name}: {r['documents']} documents, {r['gold']} gold, {r['predicted']} predicted")
            for kind in ("relaxed", "strict"):
                k = r[kind]
                print(f"  {kind:8} P={k['precision']:.3f} R={k['recall']:.3f} F1={k['f1']:.3f}")
            print(f"  value accuracy (matched) = {r['value_accuracy']:.3f}")
            for t, c in r["by_type"].items():
                print(f"  {t:9} gold={c['gold']:4} recall={c['recall']:.3f} value_acc={c['value_accuracy']:.3f}")
    for line in errors[: args.errors]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
