"""Tone charts: the arc through an article, score distributions, scorer agreement, evaluation.

All take the tidy tables of :mod:`toolkit.sentiment.tone` / :mod:`toolkit.sentiment.evaluate` and return the Axes.

Example:
    >>> from toolkit import load_article
    >>> from toolkit.sentiment.tone import tone
    >>> ax = plot_tone_arc(tone(load_article("Talks fail\\n\\nThe talks failed. Both sides were hopeful.")))
    >>> ax.get_xlabel()
    'sentence (order in the article)'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from toolkit.style import KIND_COLORS, PALETTE, chart_style, legend_below, new_axes, plain

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_tone_arc", "plot_tone_distribution", "plot_scorer_agreement", "plot_tone_evaluation"]

#: Display name and colour of each scorer.
SCORERS: dict[str, tuple[str, str]] = {
    "tone": ("tone (Presslens)", PALETTE["blue"]),
    "vader": ("VADER compound", PALETTE["vermillion"]),
    "polarity": ("TextBlob polarity", PALETTE["green"]),
}


def _pearson(a: np.ndarray, b: np.ndarray) -> float:
    if len(a) < 2 or np.std(a) == 0 or np.std(b) == 0:
        return float("nan")
    return float(np.corrcoef(a, b)[0, 1])


def plot_tone_arc(
    tone_df: pd.DataFrame, ax: Axes | None = None, *, window: int = 3, scorer: str = "tone"
) -> Axes:
    """Tone through the article in sentence order: raw scores and a centred moving average.

    The moving average (``window`` sentences) runs over sentences counted in aggregates; captions,
    credits and boilerplate are drawn as separate markers (colour by kind), quoted sentences
    (``voice == "quote"``) as open diamonds.

    Args:
        tone_df: :func:`toolkit.sentiment.tone.tone` output.
        ax: Axes to draw on (a new figure if None).
        window: moving-average window in sentences (1 = no smoothing).
        scorer: column to plot: ``tone``, ``vader`` or ``polarity``.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"sent_id": [0, 1], "kind": ["title", "body"], "tone": [-0.2, 0.1]})
        >>> plot_tone_arc(df).get_ylabel()
        'tone (Presslens) (score, -1 … 1)'
    """
    name, colour = SCORERS.get(scorer, (plain(scorer), PALETTE["blue"]))
    x = tone_df["sent_id"].to_numpy()
    y = tone_df[scorer].to_numpy(dtype=float)
    kinds = tone_df["kind"].astype(str).to_numpy() if "kind" in tone_df else np.array(["body"] * len(x))
    excluded = (
        tone_df["excluded"].to_numpy(dtype=bool) if "excluded" in tone_df else ~np.isin(kinds, ["title", "body"])
    )
    voice = tone_df["voice"].astype(str).to_numpy() if "voice" in tone_df else np.array(["reporter"] * len(x))
    with chart_style():
        ax = new_axes(ax)
        ax.axhline(0, color=PALETTE["grey"], linewidth=0.8, zorder=0)
        kept = ~excluded
        ax.plot(x[kept], y[kept], color=colour, linewidth=0.8, alpha=0.5, marker="o", markersize=3.5,
                label=f"{name}, per sentence")  # fmt: skip
        if kept.sum() >= 1 and window > 1:
            smooth = (
                __import__("pandas").Series(y[kept]).rolling(window, center=True, min_periods=1).mean().to_numpy()
            )
            ax.plot(x[kept], smooth, color=colour, linewidth=2.2, label=f"moving average ({window} sentences)")
        for kind in ("caption", "credit", "boilerplate"):
            sel = (kinds == kind) & excluded
            if sel.any():
                ax.scatter(x[sel], y[sel], marker="s", s=28, color=KIND_COLORS.get(kind, PALETTE["grey"]),
                           label=f"{kind} (not in aggregates)", zorder=3)  # fmt: skip
        q = voice == "quote"
        if q.any():
            ax.scatter(x[q], y[q], marker="D", s=60, facecolors="none", edgecolors=PALETTE["black"],
                       linewidths=1.0, label="mostly inside quotation marks", zorder=4)  # fmt: skip
        lim = max(0.5, float(np.nanmax(np.abs(y))) * 1.15) if len(y) and not np.isnan(y).all() else 1.0
        ax.set_ylim(-min(lim, 1.05), min(lim, 1.05))
        if len(x):
            ax.set_xlim(x.min() - 0.5, x.max() + 0.5)
        ax.set_xlabel("sentence (order in the article)")
        ax.set_ylabel(f"{name} (score, -1 … 1)")
        ax.set_title("Tone through the article")
        legend_below(ax, ncol=2)  # below the x label: never over the data or the y label
    return ax


def plot_tone_distribution(tone_df: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Distribution of sentence scores per scorer (step histograms on a common -1..1 scale).

    Only sentences counted in aggregates (``excluded`` False, when the column exists).

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"tone": [0.1, -0.3], "vader": [0.4, -0.6], "polarity": [0.0, -0.2]})
        >>> plot_tone_distribution(df).get_xlabel()
        'sentence score (-1 … 1)'
    """
    df = tone_df[~tone_df["excluded"].astype(bool)] if "excluded" in tone_df else tone_df
    bins = np.linspace(-1, 1, 21)
    with chart_style():
        ax = new_axes(ax)
        for col, (name, colour) in SCORERS.items():
            if col not in df:
                continue
            v = df[col].to_numpy(dtype=float)
            v = v[~np.isnan(v)]
            ax.hist(v, bins=bins, histtype="step", linewidth=2, color=colour,
                    label=f"{name} (mean {v.mean():+.2f})" if len(v) else name)  # fmt: skip
        ax.axvline(0, color=PALETTE["grey"], linewidth=0.8)
        ax.set_xlim(-1, 1)
        ax.set_xlabel("sentence score (-1 … 1)")
        ax.set_ylabel("sentences (count)")
        ax.set_title("Distribution of sentence tone by scorer")
        ax.legend(loc="best", fontsize=8)  # where the curves are not (a negative article fills the upper left)
    return ax


def plot_scorer_agreement(tone_df: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Scatter of VADER and TextBlob against ``tone``, one point per sentence, with Pearson r.

    The legend gives r(tone, VADER) and r(tone, TextBlob); the title r(VADER, TextBlob).

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"tone": [0.1, -0.3, 0.2], "vader": [0.4, -0.6, 0.1], "polarity": [0.0, -0.2, 0.3]})
        >>> "r =" in plot_scorer_agreement(df).get_legend().get_texts()[1].get_text()
        True
    """
    df = tone_df[~tone_df["excluded"].astype(bool)] if "excluded" in tone_df else tone_df
    t = df["tone"].to_numpy(dtype=float)
    with chart_style():
        ax = new_axes(ax)
        ax.plot([-1, 1], [-1, 1], color=PALETTE["grey"], linewidth=0.8, linestyle="--", label="y = x")
        for col, marker in (("vader", "o"), ("polarity", "^")):
            if col not in df:
                continue
            name, colour = SCORERS[col]
            v = df[col].to_numpy(dtype=float)
            ax.scatter(t, v, marker=marker, s=30, alpha=0.75, color=colour,
                       label=f"{name}: r = {_pearson(t, v):.2f}")  # fmt: skip
        r_vt = _pearson(df["vader"].to_numpy(dtype=float), df["polarity"].to_numpy(dtype=float)) if {
            "vader", "polarity"} <= set(df.columns) else float("nan")  # fmt: skip
        ax.set_xlim(-1.05, 1.05)
        ax.set_ylim(-1.05, 1.05)
        ax.set_xlabel("tone (Presslens; score, -1 … 1)")
        ax.set_ylabel("other scorer (score, -1 … 1)")
        ax.set_title(f"Scorer agreement per sentence (n = {len(df)}; r VADER–TextBlob = {r_vt:.2f})")
        legend_below(ax, ncol=3)  # not inside: the upper left holds the sentences the scorers disagree on
    return ax


_METRIC_NAMES = {
    "pearson_r": "Pearson r",
    "spearman_rho": "Spearman ρ",
    "accuracy": "accuracy (3 classes)",
    "macro_f1": "macro-F1 (3 classes)",
}


def plot_tone_evaluation(eval_df: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Grouped bars: each metric × scorer of :func:`toolkit.sentiment.evaluate.evaluate_tone`, with 95% CIs.

    Example:
        >>> import pandas as pd
        >>> ev = pd.DataFrame({"scorer": ["tone", "vader"], "metric": ["pearson_r"] * 2,
        ...                    "value": [0.55, 0.51], "ci_low": [0.5, 0.47], "ci_high": [0.6, 0.55], "n": [10, 10]})
        >>> plot_tone_evaluation(ev).get_ylabel()
        'agreement with human ratings (0 … 1)'
    """
    metrics = [m for m in _METRIC_NAMES if m in set(eval_df["metric"])]
    metrics += [m for m in dict.fromkeys(eval_df["metric"]) if m not in metrics]
    scorers = list(dict.fromkeys(eval_df["scorer"]))
    width = 0.8 / max(len(scorers), 1)
    with chart_style():
        ax = new_axes(ax)
        for k, sc in enumerate(scorers):
            name, colour = SCORERS.get(sc, (plain(sc), PALETTE["grey"]))
            sub = eval_df[eval_df["scorer"] == sc].set_index("metric").reindex(metrics)
            xs = np.arange(len(metrics)) + (k - (len(scorers) - 1) / 2) * width
            vals = sub["value"].to_numpy(dtype=float)
            lo = sub["ci_low"].to_numpy(dtype=float) if "ci_low" in sub else vals
            hi = sub["ci_high"].to_numpy(dtype=float) if "ci_high" in sub else vals
            err = np.vstack([np.nan_to_num(vals - lo), np.nan_to_num(hi - vals)])
            ax.bar(xs, vals, width=width * 0.95, color=colour, label=name, yerr=err, capsize=3,
                   error_kw={"elinewidth": 1, "ecolor": PALETTE["black"]})  # fmt: skip
            for x, v, h in zip(xs, vals, hi, strict=True):
                if v == v:
                    top = h if h == h else v
                    ax.text(x, max(top, 0) + 0.01, f"{v:.2f}", ha="center", va="bottom", fontsize=7)
        ax.set_xticks(np.arange(len(metrics)), [plain(_METRIC_NAMES.get(m, m)) for m in metrics], fontsize=9)
        ax.set_ylim(min(0.0, float(np.nanmin(eval_df["value"])) - 0.05) if len(eval_df) else 0, 1.05)
        ax.set_ylabel("agreement with human ratings (0 … 1)")
        n = int(eval_df["n"].max()) if "n" in eval_df and len(eval_df) else 0
        ax.set_title(f"Tone scorers vs human ratings (n = {n}; bars: 95% bootstrap CI)")
        ax.legend(loc="upper right", fontsize=8)
    return ax
