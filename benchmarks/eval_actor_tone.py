"""Evaluate target-dependent tone (toolkit.sentiment.target.target_tone) against hand coding.

    python benchmarks/eval_actor_tone.py                 # NewsMTSC dev_rw (../shared/data/newsmtsc/dev_rw.jsonl)
    python benchmarks/eval_actor_tone.py --json          # the same as one JSON object
    python benchmarks/eval_actor_tone.py --gold FILE     # NewsMTSC-format JSONL, or a CSV with
                                                         # (sentence, target, label) or (sentence, start, end, label)

Prints, for target_tone and for the sentence-tone baselines (every target gets its sentence's
tone): macro-F1 with a bootstrap 95% interval (1000 resamples of the targets, seed 0), accuracy,
per-class precision/recall/F1, the confusion table, the paired bootstrap interval of the macro-F1
difference target_tone - baseline, and the same scores on the sentences with two or more targets
of different gold tone. Baselines: VADER compound (neutral band +-0.05), TextBlob polarity
(neutral band +-0.05, and polarity == 0 as neutral), and the project's sentence ``tone`` score
(neutral band 0.125) when ``score_texts`` can be imported from toolkit.sentiment or toolkit.tone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_GOLD = ROOT.parent / "shared" / "data" / "newsmtsc" / "dev_rw.jsonl"


from toolkit.sentiment import target as T  # noqa: E402


def _project_score_texts():
    for mod in ("toolkit.sentiment", "toolkit.sentiment.tone", "toolkit.tone"):
        try:
            m = __import__(mod, fromlist=["score_texts"])
            return m.score_texts, mod
        except (ImportError, AttributeError):
            continue
    return None, None


def _band(x: np.ndarray, band: float) -> list[str]:
    return ["positive" if v > band else "negative" if v < -band else "neutral" for v in x]


def baselines(sentences: list[str]) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Sentence-level labels per baseline (one per sentence, in order) and notes."""
    notes: dict[str, str] = {}
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sia = SentimentIntensityAnalyzer()
    vader = np.array(
        [
            sia.polarity_scores(s.replace("\u201c", '"').replace("\u201d", '"'))["compound"]
            for s in sentences
        ]
    )
    labs: dict[str, list[str]] = {"sentence VADER (+-0.05)": _band(vader, 0.05)}
    try:
        from textblob import TextBlob

        pol = np.array([TextBlob(s).sentiment.polarity for s in sentences])
        labs["sentence TextBlob (+-0.05)"] = _band(pol, 0.05)
        labs["sentence TextBlob (0 = neutral)"] = _band(pol, 0.0)
    except Exception as e:  # pragma: no cover
        notes["textblob"] = f"unavailable: {e}"
    score_texts, where = _project_score_texts()
    if score_texts is not None:
        try:
            tone = score_texts(sentences)["tone"].to_numpy()
            labs["sentence tone (project, 0.125)"] = _band(tone, 0.125)
            notes["tone"] = f"score_texts from {where}"
        except Exception as e:  # the package is being reorganised
            notes["tone"] = f"score_texts from {where} failed: {e}"
    else:
        notes["tone"] = "score_texts not importable from toolkit.sentiment or toolkit.tone"
    return labs, notes


def paired_diff_ci(y, a, b, n=1000, seed=0):
    code = {c: i for i, c in enumerate(T.CLASSES)}
    yt = np.array([code[c] for c in y])
    pa = np.array([code[c] for c in a])
    pb = np.array([code[c] for c in b])
    idx = np.random.default_rng(seed).integers(0, len(yt), size=(n, len(yt)))
    d = T._macro_f1_idx(yt, pa, idx) - T._macro_f1_idx(yt, pb, idx)
    return [float(np.percentile(d, 2.5)), float(np.percentile(d, 97.5))]


def evaluate(gold_path: Path, n_boot: int = 1000, seed: int = 0) -> dict:
    gold = T.read_target_gold(gold_path)
    pred = T.predict_gold(gold)
    sents = list(dict.fromkeys(gold["sentence"]))
    labs, notes = baselines(sents)
    pos = {s: i for i, s in enumerate(sents)}
    systems = {"target_tone": pred["pred"].tolist()}
    for name, lab in labs.items():
        systems[name] = [lab[pos[s]] for s in gold["sentence"]]
    y = gold["label"].tolist()
    # sentences whose targets have different gold tones
    multi = gold.groupby("sent_id")["label"].transform("nunique") > 1
    res: dict = {
        "gold": str(gold_path),
        "n_targets": len(gold),
        "n_sentences": len(sents),
        "n_multi_tone_targets": int(multi.sum()),
        "notes": notes,
        "systems": {},
    }
    for name, p in systems.items():
        r = T.classification_report(y, p)
        r["ci95"] = T.bootstrap_ci(y, p, n=n_boot, seed=seed)
        if name != "target_tone":
            r["target_tone_minus_this_macro_f1_ci95"] = paired_diff_ci(
                y, systems["target_tone"], p, n_boot, seed
            )
        m = multi.to_numpy()
        if m.any():
            ym = [v for v, k in zip(y, m, strict=False) if k]
            pm = [v for v, k in zip(p, m, strict=False) if k]
            rm = T.classification_report(ym, pm)
            r["multi_tone_sentences"] = {
                "n": rm["n"],
                "accuracy": rm["accuracy"],
                "macro_f1": rm["macro_f1"],
            }
        res["systems"][name] = r
    res["swaps"] = swaps(gold)
    return res


def swaps(gold: pd.DataFrame) -> dict:
    """Counterfactual check (``swap_audit``): per swap kind, the targets of the sentences that
    have such words, how many of their target_tone labels change when the words are swapped, and
    the mean and largest absolute change of ``tone_to``."""
    out = {}
    for kind in T.SWAPS:
        d = T.swap_audit(gold, swaps=kind)
        out[kind] = {
            "sentences": int(d["sent_id"].nunique()),
            "targets": len(d),
            "labels_changed": int((d["label"] != d["swapped_label"]).sum()),
            "mean_abs_delta": round(float(d["delta"].abs().mean()), 4) if len(d) else 0.0,
            "max_abs_delta": round(float(d["delta"].abs().max()), 4) if len(d) else 0.0,
        }
    return out


def _swap_example(kind: str) -> str:
    return next(f"{a} <-> {b}" for a, b in T.SWAPS[kind].items())


def show(res: dict) -> None:
    print(
        f"gold: {res['gold']}  ({res['n_targets']} targets in {res['n_sentences']} sentences; "
        f"{res['n_multi_tone_targets']} targets in sentences whose targets differ in tone)"
    )
    for k, v in res["notes"].items():
        print(f"note ({k}): {v}")
    print()
    hdr = (
        f"{'system':34s} {'macro-F1':>8s} {'95% CI':>15s} {'acc':>6s} "
        + " ".join(f"{c[:3]}-P  {c[:3]}-R  {c[:3]}-F1" for c in T.CLASSES)
        + "  multi-tone acc"
    )
    print(hdr)
    for name, r in res["systems"].items():
        pc = r["per_class"]
        cells = " ".join(
            f"{pc[c]['precision']:5.3f} {pc[c]['recall']:5.3f} {pc[c]['f1']:6.3f}"
            for c in T.CLASSES
        )
        ci = r["ci95"]["macro_f1"]
        mt = r.get("multi_tone_sentences")
        mts = f"{mt['accuracy']:.3f} (n={mt['n']})" if mt else "-"
        print(
            f"{name:34s} {r['macro_f1']:8.3f} [{ci[0]:.3f}, {ci[1]:.3f}] {r['accuracy']:6.3f} {cells}  {mts}"
        )
    print()
    for name, r in res["systems"].items():
        if "target_tone_minus_this_macro_f1_ci95" in r:
            d = r["target_tone_minus_this_macro_f1_ci95"]
            diff = res["systems"]["target_tone"]["macro_f1"] - r["macro_f1"]
            print(
                f"target_tone - {name}: macro-F1 {diff:+.3f}, paired bootstrap 95% CI [{d[0]:+.3f}, {d[1]:+.3f}]"
            )
    print()
    for kind, r in res.get("swaps", {}).items():
        print(
            f"counterfactual swap ({kind} words, e.g. {_swap_example(kind)}) in {r['sentences']} "
            f"sentences: {r['labels_changed']} of {r['targets']} target_tone labels change, "
            f"mean |change of tone_to| {r['mean_abs_delta']:.3f} (largest {r['max_abs_delta']:.3f})"
        )
    print()
    for name in (
        "target_tone",
        next((n for n in res["systems"] if n.startswith("sentence tone")), None),
    ):
        if name is None:
            continue
        conf = res["systems"][name]["confusion"]
        print(f"confusion, {name} (rows gold, columns predicted):")
        print(pd.DataFrame(conf).T.loc[list(T.CLASSES), list(T.CLASSES)].to_string())
        print()


def speed(gold_path: Path, rounds: int = 5) -> dict:
    """Microseconds per target of ``score_targets`` (cold sentence cache: every sentence new, as
    in a corpus), best of ``rounds``, with and without evidence strings; and the ratio to
    TextBlob's polarity of the same sentences (``TextBlob(s).sentiment``), the corpus benchmark's
    reference, timed in the same rounds. CPU time of this process (time.process_time), so other
    load on the machine counts less."""
    import time

    from textblob import TextBlob

    gold = T.read_target_gold(gold_path)
    items = [
        (g["sentence"].iloc[0], list(zip(g["start"], g["end"], strict=False)))
        for _, g in gold.groupby("sent_id", sort=False)
    ]
    n = sum(len(sp) for _, sp in items)
    model = T.load_model()
    model.score_targets(
        items
    )  # lexicons loaded, word caches warm (as after the first articles of a corpus)
    best = {"plain": float("inf"), "evidence": float("inf"), "textblob": float("inf")}
    for _ in range(rounds):
        for key in best:
            model._sents.clear()
            t = time.process_time()
            if key == "textblob":
                for s, _ in items:
                    _ = TextBlob(s).sentiment
            else:
                model.score_targets(items, evidence=key == "evidence")
            best[key] = min(best[key], time.process_time() - t)
    return {
        "targets": n,
        "sentences": len(items),
        "us_per_target": round(best["plain"] / n * 1e6, 1),
        "us_per_target_with_evidence": round(best["evidence"] / n * 1e6, 1),
        "textblob_us_per_sentence": round(best["textblob"] / len(items) * 1e6, 1),
        "ratio_to_textblob": round(best["plain"] / best["textblob"], 3),
    }


def corpus_speed(rounds: int = 5) -> dict:
    """Actor mentions of the packaged sample corpus (toolkit/data/sample_corpus.jsonl, 40 Wikinews
    articles, plus the seed article): CPU microseconds per mention of ``score_targets`` over every
    sentence that has a mention, against TextBlob's polarity of every sentence (the corpus
    benchmark's reference), best of ``rounds``. Needs the toolkit's article/actor pipeline."""
    import time

    from textblob import TextBlob

    import toolkit as pl

    arts = []
    with open(ROOT / "toolkit" / "data" / "sample_corpus.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                arts.append(pl.load_article(json.loads(line)["text"]))
    arts.append(pl.load_article(ROOT / "seeds" / "biden-putin-call.txt"))
    items: list[tuple[str, list[tuple[int, int]]]] = []
    sentences: list[str] = []
    for art in arts:
        sents = art.sentences.set_index("sent_id")
        sentences += sents["text"].tolist()
        for sid, g in art.actors.groupby("sent_id"):
            row = sents.loc[sid]
            st = int(row["start"])
            items.append(
                (
                    row["text"],
                    [(int(a) - st, int(b) - st) for a, b in zip(g["start"], g["end"], strict=True)],
                )
            )
    n = sum(len(sp) for _, sp in items)
    model = T.load_model()
    model.score_targets(items)
    best = {"target": float("inf"), "textblob": float("inf")}
    for _ in range(rounds):
        model._sents.clear()
        t = time.process_time()
        model.score_targets(items)
        best["target"] = min(best["target"], time.process_time() - t)
        t = time.process_time()
        for s in sentences:
            _ = TextBlob(s).sentiment
        best["textblob"] = min(best["textblob"], time.process_time() - t)
    return {
        "articles": len(arts),
        "sentences": len(sentences),
        "sentences_with_mentions": len(items),
        "mentions": n,
        "us_per_mention": round(best["target"] / n * 1e6, 1),
        "ms_per_article": round(best["target"] / len(arts) * 1e3, 2),
        "textblob_s": round(best["textblob"], 3),
        "target_tone_s": round(best["target"], 3),
        "ratio_to_textblob": round(best["target"] / best["textblob"], 3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--gold", action="append", help="NewsMTSC JSONL or CSV of hand-coded targets (repeatable)"
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--boot", type=int, default=1000, help="bootstrap resamples (default 1000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--speed", action="store_true", help="also time score_targets per target")
    ap.add_argument(
        "--corpus-speed",
        action="store_true",
        help="only time score_targets on every actor mention of the packaged sample corpus",
    )
    args = ap.parse_args(argv)
    if args.corpus_speed:
        r = corpus_speed()
        if args.json:
            print(json.dumps(r, indent=1))
        else:
            print(
                f"sample corpus: {r['articles']} articles, {r['mentions']} actor mentions in "
                f"{r['sentences_with_mentions']} of {r['sentences']} sentences: target tone "
                f"{r['us_per_mention']} us CPU per mention ({r['ms_per_article']} ms per article); "
                f"TextBlob polarity of every sentence {r['textblob_s']} s vs target tone "
                f"{r['target_tone_s']} s (ratio {r['ratio_to_textblob']}); best of 5"
            )
        return 0
    golds = [Path(g) for g in (args.gold or [DEFAULT_GOLD])]
    for g in golds:
        if not g.exists():
            print(f"{g} not found (pass --gold FILE)", file=sys.stderr)
            return 2
    results = [evaluate(g, args.boot, args.seed) for g in golds]
    if args.speed:
        for g, r in zip(golds, results, strict=False):
            r["speed"] = speed(g)
    if args.json:
        print(json.dumps(results[0] if len(results) == 1 else results, indent=1))
    else:
        for r in results:
            show(r)
            if "speed" in r:
                sp = r["speed"]
                print(
                    f"speed: score_targets {sp['us_per_target']} us per target "
                    f"({sp['us_per_target_with_evidence']} us with evidence strings), {sp['targets']} targets in "
                    f"{sp['sentences']} sentences, cold sentence cache, CPU time, best of 5; TextBlob polarity "
                    f"{sp['textblob_us_per_sentence']} us per sentence; ratio {sp['ratio_to_textblob']}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
