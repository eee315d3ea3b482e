"""Evaluate the learned entity typer on top of the rule actor detector (GUM news, gum_dev).

Usage:
    .venv/bin/python benchmarks/eval_typer.py [--model PATH | --shipped] [--json] [--errors]
        [--threshold P] [--keep-margin M] [--half A|B] [--keep-other] [--no-drop]

What it does: runs the current rule detector (``actors``) on every gum_dev document, then scores
two sets of predictions with the scorer of ``benchmarks/eval_actors.py`` (same gold, same
matching; its helpers are imported):

* **rules**: the detector's mentions as ``eval_actors.py`` scores them (type person/organization/
  place, adjectival demonym rows left out);
* **rules+typer**: every non-adjectival mention of the detector (``other`` rows too) retyped by
  :class:`toolkit.entities.typer.EntityTyper` (the rule type is passed as a hint feature), mentions
  the typer calls ``not_a_name`` dropped. Mentions retyped work/product/event/other leave the scored
  set, exactly as the detector's ``other`` rows do in ``eval_actors.py`` (gold only holds named
  persons, organisations and places, so such a mention is neither a hit nor a false positive).

Which model: the gum_dev documents are the ``news`` genre of the training data, so the shipped
weights (trained on all 97 GUM documents) have seen them. By default this script therefore trains
a news-free model first (``training/train_entity_typer.py --no-news``, about a minute, needs
scikit-learn) into a temporary file and evaluates that; ``--model PATH`` evaluates a given weights
file, ``--shipped`` the bundled one (optimistic: it was trained on these documents).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_actors import DEFAULT, TYPES, _half, _match, _overlaps, _prf  # noqa: E402


def _actors():
    try:
        from toolkit.entities.actors import actors
    except ImportError:  # before the package reorganisation
        from toolkit.actors import actors
    return actors


def _score(items: list[tuple[str, str, list[tuple[int, int, str]], list[tuple[int, int, str]]]]) -> dict:
    """Micro-averaged scores, counted as in ``eval_actors.evaluate`` (overlap, one-to-one, per type)."""
    c: Counter = Counter()
    for _doc, _text, preds, golds in items:
        c["n_p"] += len(preds)
        c["n_g"] += len(golds)
        c["tp_un"] += len(_match(preds, golds, typed=False))
        m_ty = _match(preds, golds, typed=True)
        c["tp_ty"] += len(m_ty)
        for typed in (False, True):
            hp, hg = _overlaps(preds, golds, typed=typed)
            c[f"ov_p_{typed}"] += len(hp)
            c[f"ov_g_{typed}"] += len(hg)
            if typed:
                for t in TYPES:
                    c[f"ov_p_{t}"] += sum(1 for i in hp if preds[i][2] == t)
                    c[f"ov_g_{t}"] += sum(1 for j in hg if golds[j][2] == t)
        for t in TYPES:
            c[f"n_p_{t}"] += sum(1 for p in preds if p[2] == t)
            c[f"n_g_{t}"] += sum(1 for g in golds if g[2] == t)
    return {
        "overlap_untyped": _prf(c["ov_p_False"], c["n_p"], c["ov_g_False"], c["n_g"]),
        "overlap_typed": _prf(c["ov_p_True"], c["n_p"], c["ov_g_True"], c["n_g"]),
        "one_to_one_untyped": _prf(c["tp_un"], c["n_p"], c["tp_un"], c["n_g"]),
        "one_to_one_typed": _prf(c["tp_ty"], c["n_p"], c["tp_ty"], c["n_g"]),
        "by_type_overlap": {t: _prf(c[f"ov_p_{t}"], c[f"n_p_{t}"], c[f"ov_g_{t}"], c[f"n_g_{t}"]) for t in TYPES},
    }


def _speed(typer, calls: list[tuple], rounds: int = 5) -> dict[str, float]:
    """Microseconds per mention (best of ``rounds``): feature extraction, scoring (softmax over the
    weights, no cache), and ``predict`` through the (surface, context) cache once it is warm."""
    import time

    from toolkit.entities.typer import _features

    def best(fn) -> float:
        times = []
        for _ in range(rounds):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return round(1e6 * min(times) / max(1, len(calls)), 2)

    lists = typer._lists
    feats = [tuple(_features(tx, s, e, sn, h, lists, hint)) for tx, s, e, sn, h, hint in calls]

    def f_only():
        for tx, s, e, sn, h, hint in calls:
            _features(tx, s, e, sn, h, lists, hint)

    def score_only():
        for f in feats:
            typer.decide(typer._softmax_scores(f))

    def cached():
        for f, (*_, hint) in zip(feats, calls, strict=True):
            typer.decide(typer._probs(f), hint)

    return {"features": best(f_only), "scoring_uncached": best(score_only), "scoring_cached": best(cached),
            "mentions": len(calls)}


def _train_nonews(path: Path) -> None:
    cmd = [sys.executable, str(ROOT / "training" / "train_entity_typer.py"), "--no-news", "--out", str(path)]
    print("training a news-free model:", " ".join(cmd), file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True, stdout=sys.stderr)


def evaluate(
    path: Path,
    model_path: Path | None,
    *,
    threshold: float | None = None,
    keep_margin: float | None = None,
    half: str | None = None,
    keep_other: bool = False,
    drop: bool = True,
    errors: bool = False,
    typer_for_doc=None,
) -> dict:
    import time

    from toolkit import load_article
    from toolkit.entities.typer import NOT_A_NAME, EntityTyper, load_typer

    actors = _actors()
    if model_path is None:
        typer = load_typer()
        if threshold is not None:
            typer.threshold = threshold
        if keep_margin is not None:
            typer.keep_margin = keep_margin
    else:
        typer = EntityTyper(json.loads(model_path.read_text(encoding="utf-8")), threshold=threshold,
                            keep_margin=keep_margin)
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = _half(docs, half)
    rules, typed = [], []
    err: list[str] = []
    changes: Counter = Counter()
    n_mentions, t_typer = 0, 0.0
    calls: list[tuple] = []
    for d in docs:
        text = d["text"]
        golds = [(e["start"], e["end"], e["type"]) for e in d["entities"] if e["type"] in TYPES]
        art = load_article(text, title=d.get("title"))
        if art.text != text:
            raise SystemExit(f"{d['id']}: Article.text differs from the gold text; offsets would not match")
        df = actors(art)
        df = df[~df["adjectival"]]
        sents = art.sentences
        bounds = list(zip(sents["start"].tolist(), sents["end"].tolist(), (sents["kind"] == "title").tolist(), strict=True))
        sid = df["sent_id"].tolist()
        rows = list(zip(df["start"].tolist(), df["end"].tolist(), df["type"].tolist(), strict=True))
        rules.append((d["id"], text, [(s, e, t) for s, e, t in rows if t in TYPES], golds))
        sentences, heads = [], []
        for (s, e, _), k in zip(rows, sid, strict=True):
            k = int(k) if k == k and k is not None and 0 <= int(k) < len(bounds) else None
            if k is not None and bounds[k][0] <= s and e <= bounds[k][1]:
                sentences.append((bounds[k][0], bounds[k][1]))
                heads.append(bounds[k][2])
            else:
                sentences.append(None)
                heads.append(False)
        if typer_for_doc is not None:
            typer = typer_for_doc(d["id"])
            if threshold is not None:
                typer.threshold = threshold
            if keep_margin is not None:
                typer.keep_margin = keep_margin
        calls.extend((text, s, e, sn, h, t) for (s, e, t), sn, h in zip(rows, sentences, heads, strict=True))
        t0 = time.perf_counter()
        preds = typer.predict(text, [(s, e) for s, e, _ in rows], sentences=sentences, headlines=heads,
                              hints=[t for _, _, t in rows])
        t_typer += time.perf_counter() - t0
        n_mentions += len(rows)
        out = []
        for (s, e, t), p in zip(rows, preds, strict=True):
            new = p.type
            if new == NOT_A_NAME and not drop:
                new = t
            if keep_other and t not in TYPES:
                new = t
            changes[(t, new)] += 1
            if errors and new != t:
                err.append(f"{d['id']}\t{t}->{new}\t{p.prob:.2f}\t{text[s:e]!r}\t…{text[max(0, s - 30):e + 30]!r}")
            if new in TYPES:
                out.append((s, e, new))
        typed.append((d["id"], text, out, golds))
    res = {
        "speed_us_per_mention": _speed(typer, calls),
        "data": str(path),
        "documents": len(docs),
        "half": half or "all",
        "model": str(model_path) if model_path else "shipped (trained on these documents too)",
        "model_training": typer.meta.get("training", {}).get("data"),
        "threshold": typer.threshold,
        "keep_margin": typer.keep_margin,
        "rules": _score(rules),
        "rules+typer": _score(typed),
        "changes": {f"{a}->{b}": n for (a, b), n in sorted(changes.items()) if a != b},
        "typer_time_per_mention_us": round(1e6 * t_typer / max(1, n_mentions), 1),
        "mentions": n_mentions,
    }
    if errors:
        res["errors"] = err
    return res


def news_cv_typers(c: float | None = None) -> tuple:
    """One typer per gum_dev document, trained on the 84 non-news GUM documents plus the *other*
    12 news documents (leave-one-news-document-out). Word lists are built from the non-news
    documents only, so no text of the held-out document is seen."""
    import random

    sys.path.insert(0, str(ROOT / "training"))
    import train_entity_typer as tr

    from toolkit.entities.typer import EntityTyper

    docs = [json.loads(line) for line in tr.DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    lists = tr.build_lists([d for d in docs if d["genre"] != "news"])
    lists_obj = tr.T._make_lists(lists["common"], lists["gaz"], lists["tok"])
    lists["_gaz"] = lists_obj.gaz
    examples = [ex for d in docs for ex in tr.doc_examples(d, lists_obj, lists)]
    examples += tr.template_examples(lists_obj, random.Random(13))
    c = c if c is not None else tr.DEFAULT_C
    cache: dict[str, EntityTyper] = {}

    def typer_for_doc(doc_id: str) -> EntityTyper:
        if doc_id not in cache:
            clf, vocab = tr.fit([ex for ex in examples if ex.doc != doc_id], c, 2)
            meta = {"data": f"GUM without {doc_id}", "threshold": tr.DEFAULT_THRESHOLD, "keep_margin": tr.DEFAULT_MARGIN}
            cache[doc_id] = EntityTyper(tr.export(clf, vocab, 0.1, lists, meta))
            print(f"  trained without {doc_id}", file=sys.stderr, flush=True)
        return cache[doc_id]

    return typer_for_doc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--model", type=Path, help="weights file to evaluate (default: train a news-free one)")
    g.add_argument("--shipped", action="store_true", help="evaluate the bundled weights (seen these documents)")
    ap.add_argument("--threshold", type=float, default=None, help="not_a_name when P(name) is below this")
    ap.add_argument("--keep-margin", type=float, default=None, help="keep the rule type unless beaten by this much")
    ap.add_argument("--half", choices=["A", "B"], help="score one half of the documents (as eval_actors.py)")
    ap.add_argument("--keep-other", action="store_true", help="do not retype the detector's 'other' rows")
    ap.add_argument("--no-drop", action="store_true", help="retype only; keep mentions called not_a_name")
    ap.add_argument("--news-cv", action="store_true",
                    help="leave-one-news-document-out: each gum_dev document is typed by a model trained on all "
                         "other GUM documents (non-news + the other 12 news documents); ~13 fits")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list every mention whose type the typer changed")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"evaluation data not found: {args.data} (see benchmarks/README.md)")
        return 0
    model = args.model
    tmp = None
    per_doc = None
    if args.news_cv:
        per_doc = news_cv_typers()
        model = None
    elif model is None and not args.shipped:
        tmp = tempfile.TemporaryDirectory()
        model = Path(tmp.name) / "entity_typer_nonews.json"
        _train_nonews(model)
    res = evaluate(args.data, model, threshold=args.threshold, keep_margin=args.keep_margin, half=args.half,
                   keep_other=args.keep_other, drop=not args.no_drop, errors=args.errors,
                   typer_for_doc=per_doc)
    if per_doc is not None:
        res["model"] = "leave-one-news-document-out (trained on the 96 other GUM documents for each)"
        res["model_training"] = "GUM minus the scored document"
    if args.json:
        print(json.dumps(res, indent=2, ensure_ascii=False))
        return 0
    print(f"{res['documents']} documents (half {res['half']}): {res['data']}\nmodel: {res['model']} "
          f"({res['model_training']}), threshold {res['threshold']}, keep_margin {res['keep_margin']}")
    for name in ("overlap_untyped", "overlap_typed", "one_to_one_untyped", "one_to_one_typed"):
        a, b = res["rules"][name], res["rules+typer"][name]
        print(f"{name:19s} rules P={a['precision']:.3f} R={a['recall']:.3f} F1={a['f1']:.3f} (pred {a['predicted']})"
              f"  | +typer P={b['precision']:.3f} R={b['recall']:.3f} F1={b['f1']:.3f} (pred {b['predicted']})")
    for t in TYPES:
        a, b = res["rules"]["by_type_overlap"][t], res["rules+typer"]["by_type_overlap"][t]
        print(f"  overlap {t:12s} rules P={a['precision']:.3f} R={a['recall']:.3f} F1={a['f1']:.3f}"
              f"  | +typer P={b['precision']:.3f} R={b['recall']:.3f} F1={b['f1']:.3f}  (gold {a['gold']})")
    print("type changes: " + ", ".join(f"{k} {v}" for k, v in res["changes"].items()))
    sp = res["speed_us_per_mention"]
    print(f"typer speed per mention (best of 5 over {sp['mentions']} mentions): features {sp['features']} µs, "
          f"scoring {sp['scoring_uncached']} µs uncached / {sp['scoring_cached']} µs cached; first pass of predict "
          f"incl. features {res['typer_time_per_mention_us']} µs")
    for line in res.get("errors", []):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
