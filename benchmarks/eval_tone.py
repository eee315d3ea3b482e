"""Validation of the tone scorers on the four shared human-rated sets (VADER ground truth).

For each set (NYT editorials dev half, tweets, movie reviews, Amazon reviews): Pearson r,
Spearman rho, 3-class accuracy and macro-F1 of TextBlob polarity, VADER compound and Presslens
``tone`` against the human mean rating, with 95% bootstrap CIs (``toolkit.sentiment.evaluate``), plus the
**cross-validated** Pearson r of ``tone`` recorded by ``benchmarks/train_tone.py`` in the model
file: the in-sample numbers of ``tone`` are optimistic because the model was fitted on these
sets (NYT dev weight 1, tweets 0.15, movies and Amazon 0.02 per sentence); the CV column is the
honest estimate (``benchmarks/train_tone.py --cv-only --seeds 5`` for its spread over fold seeds).

Usage:
    .venv/bin/python benchmarks/eval_tone.py [--data DIR] [--n-boot N] [--json] [--chart-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SETS = {
    "nyt_dev": "nyt_dev.tsv",
    "tweets": "tweets_GroundTruth.txt",
    "movies": "movieReviewSnippets_GroundTruth.txt",
    "amazon": "amazonReviewSnippets_GroundTruth.txt",
}
CV_KEY = {"nyt_dev": "nyt", "tweets": "tweets", "movies": "movies", "amazon": "amazon"}


def main(argv: list[str] | None = None) -> int:
    shared = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared"))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=shared / "data" / "vader_groundtruth")
    ap.add_argument("--n-boot", type=int, default=1000)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--chart-dir", type=Path, default=None, help="save one evaluation chart per set")
    a = ap.parse_args(argv)
    if not a.data.is_dir():
        print(f"skip: {a.data} not found")
        return 0
    import pandas as pd

    from toolkit import evaluate_tone_file
    from toolkit.sentiment.tone_model import _model

    cv = _model().get("cross_validation", {})
    frames = []
    for name, fn in SETS.items():
        path = a.data / fn
        if not path.exists():
            print(f"skip {name}: {path} not found", file=sys.stderr)
            continue
        ev = evaluate_tone_file(path, n_boot=a.n_boot)
        ev.insert(0, "set", name)
        frames.append(ev)
        if a.chart_dir:
            import matplotlib

            matplotlib.use("Agg")
            from toolkit import plot_tone_evaluation

            a.chart_dir.mkdir(parents=True, exist_ok=True)
            ax = plot_tone_evaluation(ev)
            ax.set_title(f"{name}: " + ax.get_title())
            ax.figure.savefig(a.chart_dir / f"tone_eval_{name}.png", bbox_inches="tight")
    res = pd.concat(frames, ignore_index=True)
    if a.json:
        out = {
            "metrics": json.loads(res.to_json(orient="records")),
            "tone_cross_validated_pearson_r": {s: cv.get(CV_KEY[s], {}).get("tone_cv_r") for s in SETS},
        }
        print(json.dumps(out, indent=1))
        return 0
    wide = res.pivot_table(index=["set", "metric"], columns="scorer", values="value", sort=False)[
        ["polarity", "vader", "tone"]
    ]
    ci = res[res.scorer == "tone"].set_index(["set", "metric"])
    wide["tone 95% CI"] = [f"[{lo:.3f}, {hi:.3f}]" for lo, hi in zip(ci.ci_low, ci.ci_high, strict=True)]
    wide["tone CV"] = [
        cv.get(CV_KEY[s], {}).get("tone_cv_r") if m == "pearson_r" else None for s, m in wide.index
    ]
    with pd.option_context("display.width", 140, "display.max_rows", 100):
        print(wide.to_string(float_format=lambda v: f"{v:.3f}", na_rep=""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
