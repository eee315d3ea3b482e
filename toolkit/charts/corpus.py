"""Corpus charts: attention over time, tone over time, top actors per source.

They take the tables of :mod:`toolkit.corpus.views` and only draw.

Example:
    >>> from toolkit.corpus.views import attention_over_time                 # doctest: +SKIP
    >>> ax = plot_attention(attention_over_time(res, freq="W"))         # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_attention", "plot_tone_over_time", "plot_top_actors_by_source_name"]

_VALUE_LABELS = {
    "share": "share of articles mentioning the actor (%)",
    "mentions_per_article": "mentions per article",
    "mentions": "mentions (count)",
    "articles_mentioning": "articles mentioning the actor (count)",
}


def plot_attention(
    df: pd.DataFrame, ax: Axes | None = None, *, value: str = "share", min_articles: int = 5
) -> Axes:
    """Attention to each actor per period: one line per actor, with the number of articles.

    A share is only as good as the number of articles behind it (one article mentioning the
    actor in a year is "100 %"), so the number of articles of each period (``n``) is written
    along the top of the chart and points of periods with fewer than ``min_articles``
    articles are drawn hollow.

    Args:
        df: :func:`toolkit.corpus.views.attention_over_time` output.
        ax: axes to draw on (a new figure when None).
        value: ``"share"`` (percent of the period's articles; default), ``"mentions_per_article"``,
            ``"mentions"`` or ``"articles_mentioning"``.
        min_articles: periods with fewer articles get hollow points.

    Example:
        >>> ax = plot_attention(attention_over_time(res, ["Donald Trump"]))   # doctest: +SKIP
    """
    from matplotlib.transforms import blended_transform_factory

    from toolkit.style import PALETTE, chart_style, new_axes, plain

    if value not in _VALUE_LABELS:
        raise ValueError(f"value must be one of {list(_VALUE_LABELS)}")
    with chart_style():
        ax = new_axes(ax)
        has_n = "articles" in df.columns
        for actor in dict.fromkeys(df["actor"]):
            part = df[df["actor"] == actor]
            y = part[value] * (100 if value == "share" else 1)
            line = ax.plot(part["period"], y, linewidth=1.5, label=plain(actor))[0]
            few = (part["articles"] < min_articles).to_numpy() if has_n else None
            if few is None:
                ax.plot(part["period"], y, "o", markersize=3, color=line.get_color())
                continue
            ax.plot(part["period"][~few], y[~few], "o", markersize=4, color=line.get_color())
            ax.plot(part["period"][few], y[few], "o", markersize=5, markerfacecolor="white", color=line.get_color())
        ax.set_xlabel("period start (date)")
        ax.set_ylabel(_VALUE_LABELS[value])
        ax.set_title(
            "Attention over time" + (f" (n = articles in the period; hollow: fewer than {min_articles})" if has_n else ""),
            fontsize=10,
        )
        ax.set_ylim(bottom=0)
        if has_n and len(df):
            n = df.drop_duplicates("period").sort_values("period")
            top = blended_transform_factory(ax.transData, ax.transAxes)
            step = max(1, len(n) // 25)  # at most ~25 counts, so they never run into each other
            for k, (period, count) in enumerate(zip(n["period"], n["articles"], strict=True)):
                if k % step == 0 or count < min_articles:
                    ax.text(period, 0.985, f"{int(count)}", transform=top, ha="center", va="top", fontsize=7,
                            color=PALETTE["vermillion"] if count < min_articles else PALETTE["grey"])  # fmt: skip
            ax.set_ylim(top=ax.get_ylim()[1] * 1.12)  # room for the counts
        if len(df):
            ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8)
        ax.figure.autofmt_xdate()
    return ax


def plot_tone_over_time(df: pd.DataFrame, ax: Axes | None = None, *, by: str | None = None) -> Axes:
    """Mean tone per period with its confidence band; one line per group when ``by`` is set.

    Args:
        df: :func:`toolkit.corpus.views.tone_over_time` output.
        ax: axes to draw on.
        by: the grouping column used in ``tone_over_time(..., by=...)``.

    Example:
        >>> ax = plot_tone_over_time(tone_over_time(res, freq="W"))          # doctest: +SKIP
    """
    from toolkit.style import PALETTE, chart_style, new_axes, plain

    with chart_style():
        ax = new_axes(ax)
        groups = [(None, df)] if by is None else [(k, df[df[by] == k]) for k in dict.fromkeys(df[by])]
        for key, part in groups:
            line = ax.plot(part["period"], part["mean_tone"], marker="o", markersize=3, linewidth=1.5,
                           label="mean tone" if key is None else plain(key))[0]  # fmt: skip
            ax.fill_between(part["period"], part["ci_low"], part["ci_high"], color=line.get_color(), alpha=0.2,
                            linewidth=0, label="95% confidence band" if key is None else None)  # fmt: skip
        ax.axhline(0, color=PALETTE["grey"], linewidth=0.8)
        ax.set_xlabel("period start (date)")
        ax.set_ylabel("mean tone (-1 negative … +1 positive)")
        ax.set_title("Tone over time")
        if len(df):
            ax.legend(loc="best", fontsize=8)
        ax.figure.autofmt_xdate()
    return ax


def plot_top_actors_by_source_name(df: pd.DataFrame, ax: Axes | None = None, *, value: str = "share_of_articles") -> Axes:
    """Heat map of the top actors (rows) by source (columns).

    Args:
        df: :func:`toolkit.corpus.views.top_actors_by_source_name` output.
        ax: axes to draw on.
        value: ``"share_of_articles"`` (percent; default) or ``"mentions"``.

    Example:
        >>> ax = plot_top_actors_by_source_name(top_actors_by_source_name(res, n=10))   # doctest: +SKIP
    """
    import numpy as np

    from toolkit.style import chart_style, new_axes, plain_all

    if value not in ("share_of_articles", "mentions"):
        raise ValueError("value must be 'share_of_articles' or 'mentions'")
    scale = 100 if value == "share_of_articles" else 1
    sources = list(dict.fromkeys(df["source_name"]))
    actors = list(dict.fromkeys(df.sort_values(["rank", "actor"])["actor"]))
    grid = np.full((len(actors), len(sources)), np.nan)
    for row in df.itertuples(index=False):
        grid[actors.index(row.actor), sources.index(row.source_name)] = getattr(row, value) * scale
    with chart_style():
        ax = new_axes(ax, figsize=(max(4.0, 1.2 * len(sources) + 3), max(3.0, 0.3 * len(actors) + 1.5)))
        im = ax.imshow(grid, aspect="auto", cmap="cividis")
        ax.set_xticks(range(len(sources)), plain_all(sources), rotation=30, ha="right")
        ax.set_yticks(range(len(actors)), plain_all(actors))
        ax.grid(False)
        for (i, j), v in np.ndenumerate(grid):
            if not np.isnan(v):
                ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=7,
                        color="white" if v < np.nanmax(grid) * 0.6 else "black")  # fmt: skip
        label = "share of the source's articles (%)" if value == "share_of_articles" else "mentions (count)"
        ax.figure.colorbar(im, ax=ax, label=label)
        ax.set_xlabel("outlet (source_name)")
        ax.set_ylabel("actor")
        ax.set_title("Top actors by source")
    return ax
