"""The one-screen overview of an article: key numbers, tone arc, top actors, timeline, voice.

Example:
    >>> import toolkit as pl
    >>> pl.overview(pl.load_seed())                      # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import ipywidgets as W
import pandas as pd

from toolkit.analysis import TABLES, analyze
from toolkit.charts.actors import plot_actor_frequencies, plot_voice
from toolkit.charts.timeline import plot_timeline
from toolkit.charts.tone import plot_tone_arc
from toolkit.entities.codebook import THING_TYPES
from toolkit.style import chart_style
from toolkit.ui.base import (
    ARC_LEGEND,
    CHART_DPI,
    TIMELINE_LEGEND,
    _drop_legend,
    _esc,
    _show_svg,
    _svg,
    date_warning,
    tone_color,
)

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = ["overview", "overview_numbers", "overview_svg", "OVERVIEW_SIZE"]

#: Size of the overview's 2×2 chart (inches): at most 960 px wide in a browser (96 px per inch).
OVERVIEW_SIZE: tuple[float, float] = (9.6, 7.2)


def overview_numbers(article: Article, tables: dict[str, pd.DataFrame] | None = None) -> dict[str, Any]:
    """Key numbers of an article (the top line of :func:`overview`).

    Returns:
        dict with ``title, published, source_name, words, paragraphs, sentences, scored_sentences,
        captions, mean_tone`` (the article's tone from ``toolkit.sentiment.tone.tone_summary``),
        ``most_negative, most_positive`` (sentence texts), ``actors`` (works, products and events
        not counted), ``quotes, dates``
        (``None`` where an analysis is unavailable).

    Example:
        >>> from toolkit.datasets import load_seed
        >>> overview_numbers(load_seed())["sentences"] > 10     # doctest: +SKIP
        True
    """
    tables = tables if tables is not None else _overview_tables(article)
    sents = article.sentences
    nums: dict[str, Any] = {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "source_name": article.source_name,
        "words": len(article.text.split()),
        "paragraphs": int((article.paragraphs["kind"] == "body").sum()),
        "sentences": int(len(sents)),
        "captions": int(sents["kind"].isin(["caption", "credit"]).sum()),
        "scored_sentences": None,
        "mean_tone": None,
        "most_negative": None,
        "most_positive": None,
        "actors": None,
        "quotes": None,
        "dates": None,
    }
    tone = tables.get("tone")
    if tone is not None and "excluded" in tone.columns:
        nums["scored_sentences"] = int((~tone["excluded"].astype(bool)).sum())
    summary = tables.get("tone_summary")
    if summary is not None and "level" in summary.columns:
        art = summary[summary["level"] == "article"]
        if len(art) and pd.notna(art["tone"].iloc[0]):
            nums["mean_tone"] = round(float(art["tone"].iloc[0]), 3)
            nums["most_negative"] = art["most_negative_text"].iloc[0]
            nums["most_positive"] = art["most_positive_text"].iloc[0]
    if tables.get("actor_frequencies") is not None:
        af = tables["actor_frequencies"]  # works, products and events are not counted as actors
        nums["actors"] = int((~af["type"].isin(THING_TYPES)).sum())
    if tables.get("quotes") is not None:
        nums["quotes"] = int(len(tables["quotes"]))
    if tables.get("events") is not None:
        nums["dates"] = int(len(tables["events"]))
    return nums


_OVERVIEW_TABLES = ("tone", "tone_summary", "actor_frequencies", "quotes", "events")


def _overview_tables(article: Article) -> dict[str, pd.DataFrame]:
    return analyze(article, only=[t for t in _OVERVIEW_TABLES if t in TABLES])


_OVERVIEW_CHARTS: tuple[tuple[str, Callable[..., Any], str], ...] = (
    ("tone", plot_tone_arc, "Tone through the article"),
    ("actor_frequencies", plot_actor_frequencies, "Who appears"),
    ("events", plot_timeline, "Timeline"),
    ("quotes", plot_voice, "Who is quoted"),
)


#: Colours of the bar charts (their legends are dropped in the overview).
BARS_LEGEND = (
    '<div class="presslens-chart-legend" style="font-size:85%;color:#333"><b>Who appears</b>: '
    '<span style="color:#0072B2">■</span> person · <span style="color:#E69F00">■</span> organisation · '
    '<span style="color:#009E73">■</span> place · <b>Who is quoted</b> (number of quotes): '
    '<span style="color:#0072B2">■</span> named actor · <span style="color:#D55E00">■</span> anonymous source</div>'
)


def overview_svg(article: Article, tables: dict[str, pd.DataFrame] | None = None) -> str:
    """The overview's charts (tone arc and top actors; timeline and voice) as SVG text."""
    from matplotlib.figure import Figure

    tables = tables if tables is not None else _overview_tables(article)
    with chart_style():
        fig = Figure(figsize=OVERVIEW_SIZE, dpi=CHART_DPI, layout="constrained")
        # wide charts (tone arc, timeline) on the left, bar charts with long names on the right
        axes = fig.subplots(2, 2, gridspec_kw={"width_ratios": [1.9, 1.0]}).ravel()
    def draw(ax: Any, name: str, plot: Callable[..., Any], title: str) -> None:
        df = tables.get(name)
        if df is None or df.empty:
            ax.text(0.5, 0.5, f"{title}: nothing found", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
            return
        opts = {"n": 8} if name == "actor_frequencies" else {}
        plot(df, ax=ax, **opts)
        _drop_legend(ax)  # legends do not fit a quarter of the figure: explained above the chart
        ax.set_xlabel(ax.get_xlabel().split(" (")[0])
        if name in ("actor_frequencies", "quotes"):
            ax.set_ylabel("")
        ax.set_title(title)

    for ax, (name, plot, title) in zip(axes, _OVERVIEW_CHARTS, strict=True):
        draw(ax, name, plot, title)
    fig.get_layout_engine().set(w_pad=0.06, h_pad=0.06, wspace=0.04)
    # the timeline stacks its labels by the width of its axes: draw it again at its final size
    with chart_style():
        fig.draw_without_rendering()
        axes[2].cla()
        draw(axes[2], *_OVERVIEW_CHARTS[2])
    return _svg(fig, fixed_margins=False)


def overview(article: Article) -> W.VBox:
    """The one-screen overview: key numbers, tone arc, top actors, timeline, who is quoted.

    Returns:
        an ``ipywidgets.VBox`` (class ``presslens-overview``) with an HTML panel of key
        numbers (``presslens-numbers``) and the charts (``presslens-chart``).

    Example:
        >>> overview(load_seed())                            # doctest: +SKIP
    """
    tables = _overview_tables(article)
    nums = overview_numbers(article, tables)
    labels = {
        "published": "Published", "source_name": "Source", "words": "Words", "paragraphs": "Paragraphs",
        "sentences": "Sentences", "scored_sentences": "Scored sentences", "captions": "Captions & credits",
        "mean_tone": "Mean tone (−1…+1)", "actors": "Actors", "quotes": "Quotes", "dates": "Dated events",
    }  # fmt: skip
    cells = "".join(
        f'<div style="display:inline-block;margin:4px 14px 4px 0"><div style="font-size:85%;color:#555">'
        f'{_esc(lab)}</div><div style="font-size:140%"><b>{_esc("—" if nums[k] is None else nums[k])}</b></div></div>'
        for k, lab in labels.items()
    )
    extremes = ""
    if nums["most_negative"]:
        extremes = (
            f'<p><span style="background:{tone_color(-0.6)}">Most negative</span>: {_esc(nums["most_negative"])}<br>'
            f'<span style="background:{tone_color(0.6)}">Most positive</span>: {_esc(nums["most_positive"])}</p>'
        )
    legend = f"<div><b>Tone chart</b>: {ARC_LEGEND}<b>Timeline</b>: {TIMELINE_LEGEND}{BARS_LEGEND}</div>"
    numbers = W.HTML(
        f"{date_warning(article)}<h3>{_esc(nums['title'] or 'Untitled article')}</h3>{cells}{extremes}{legend}"
    )
    numbers.add_class("presslens-numbers")
    chart = W.Output()
    chart.add_class("presslens-chart")
    _show_svg(chart, overview_svg(article, tables), "overview charts")
    box = W.VBox([numbers, chart])
    box.add_class("presslens-overview")
    return box


