"""Interactive explorers for Jupyter and Voila: tone, actors, timeline, hand coding.

Every explorer is a plain Python object with a ``.widget`` (an ``ipywidgets.VBox``; the object
itself displays as that widget) and one plain method per interaction, so its logic is testable
without a browser:

- :class:`ToneExplorer` — ``set_scorer(name)``, ``set_window(n)``,
  ``set_include_captions(flag)``, ``select_sentence(sent_id)``.
- :class:`ActorExplorer` — ``select_actor(name)``, ``set_aliases(name, aliases)``.
- :class:`TimelineExplorer` — ``set_date_range(a, b)``, ``set_relation(rel)``,
  ``select_event(i)``.
- :class:`CodingWidget` — ``code(label)``, ``skip()``, ``back()`` (saves to CSV at once,
  resumes where the coder stopped).
- :class:`ArticleLoader` — ``load_seed()``, ``load_text(text)``, ``load_file(content, name)``,
  ``load_url(url)``; :func:`overview` — the one-screen overview of an article.

The article's tables are computed once when an explorer is built; an interaction only redraws
what changed (text panels are cached HTML strings, charts are cached SVGs; marking a sentence or
an actor's mentions is an SVG overlay on the cached chart, not a redraw), and while the kernel
is idle the explorers pre-render the charts one or two steps away from the current settings. Charts are drawn
with :mod:`toolkit.style` on a matplotlib ``Figure`` that is never registered with pyplot, so
no figure leaks. All article text is ``html.escape``-d before it reaches an HTML panel.

Stable CSS classes (for browser tests and custom styling):

============================  ===========================================================
``presslens-tone-explorer``   the ToneExplorer box; likewise ``presslens-actor-explorer``,
                              ``presslens-timeline-explorer``, ``presslens-coding-widget``,
                              ``presslens-article-loader``, ``presslens-overview``
``presslens-chart``           the ``Output`` holding an explorer's chart (an SVG image);
                              ``presslens-chart-legend``: the HTML legend above it
``presslens-text``            the HTML panel with the highlighted article text
``presslens-explanation``     ToneExplorer: the selected sentence's explanation
``presslens-scorer``          ToneExplorer controls: scorer dropdown; also
                              ``presslens-window`` (smoothing slider),
                              ``presslens-captions`` (checkbox),
                              ``presslens-sentence`` (sentence dropdown)
``presslens-actor``           ActorExplorer: actor dropdown; ``presslens-aliases`` (text),
                              ``presslens-aliases-apply`` (button), ``presslens-kwic``
                              (KWIC table), ``presslens-actor-info`` (tone, co-occurrence)
``presslens-date-range``      TimelineExplorer: date slider (its dates are shown in
                              ``presslens-date-range-label``); ``presslens-relation``
                              (past/future filter), ``presslens-event`` (event list),
                              ``presslens-events`` (table), ``presslens-event-sentence``
``presslens-code-negative``   CodingWidget buttons (also ``-neutral``, ``-positive``,
                              ``-skip``, ``-back``); ``presslens-coding-text``,
                              ``presslens-progress``
``presslens-load-seed``       ArticleLoader: seed button; ``presslens-upload``,
                              ``presslens-paste``, ``presslens-load-paste``,
                              ``presslens-url``, ``presslens-load-url``, ``presslens-status``
``presslens-numbers``         overview: the key-numbers panel
============================  ===========================================================

Inside HTML panels: sentences are ``<span class="presslens-sent" data-sent-id="N">``, the
selected one also has ``presslens-selected``; actor mentions and date expressions are
``<mark class="presslens-mention">`` / ``<mark class="presslens-date">``.

Example:
    >>> from toolkit.datasets import load_seed
    >>> from toolkit.ui.widgets import ToneExplorer
    >>> ex = ToneExplorer(load_seed())                       # doctest: +SKIP
    >>> ex.set_scorer("vader"); ex.select_sentence(3)        # doctest: +SKIP
    >>> ex                                                   # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import html
import importlib
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as W
import pandas as pd

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from toolkit.article import Article

__all__ = [
    "ToneExplorer",
    "ActorExplorer",
    "TimelineExplorer",
    "CodingWidget",
    "ArticleLoader",
    "overview",
    "overview_numbers",
    "mark_spans",
    "tone_color",
]

#: Size of explorer charts (inches) and their resolution: small, so redraws stay fast.
CHART_SIZE: tuple[float, float] = (8.0, 3.2)
CHART_DPI = 80
_CACHE_MAX = 64


# ---------------------------------------------------------------------------- helpers
def _fn(spec: str) -> Callable[..., Any]:
    mod, _, attr = spec.partition(":")
    return getattr(importlib.import_module(mod), attr)


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def tone_color(score: float | None, *, scale: float = 1.0) -> str:
    """CSS background for a tone score: vermillion for negative, blue for positive.

    Args:
        score: the score (``None``/NaN: no colour).
        scale: the score that gets full intensity (1 for polarity/compound scores).

    Example:
        >>> tone_color(-1.0)
        'rgba(213,94,0,0.55)'
        >>> tone_color(0.0)
        'transparent'
    """
    if score is None or pd.isna(score) or score == 0:
        return "transparent"
    a = min(abs(float(score)) / scale, 1.0) * 0.55
    rgb = "213,94,0" if score < 0 else "0,114,178"
    return f"rgba({rgb},{a:.2f})"


def mark_spans(
    text: str,
    spans: Iterable[tuple[int, int, str, dict[str, str]]],
    *,
    tag: str = "mark",
) -> str:
    """Escape ``text`` and wrap the given character spans in HTML elements.

    Spans are ``(start, end, css_class, attributes)``; they are applied in order of start, and a
    span overlapping an earlier one is skipped (so output is always well-formed). Text and
    attribute values are escaped.

    Example:
        >>> mark_spans("a <b> c", [(2, 5, "x", {"title": "t"})])
        'a <mark class="x" title="t">&lt;b&gt;</mark> c'
    """
    out: list[str] = []
    pos = 0
    for start, end, cls, attrs in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < pos or end <= start or end > len(text):
            continue
        out.append(_esc(text[pos:start]))
        extra = "".join(f' {k}="{_esc(v)}"' for k, v in attrs.items())
        out.append(f'<{tag} class="{_esc(cls)}"{extra}>{_esc(text[start:end])}</{tag}>')
        pos = end
    out.append(_esc(text[pos:]))
    return "".join(out)


def _text_panel(body: str, *, max_height: str = "22em") -> str:
    return (
        f'<div style="white-space:pre-wrap;line-height:1.5;max-height:{max_height};'
        f'overflow-y:auto;border:1px solid #ddd;padding:6px">{body}</div>'
    )


def _figure(size: tuple[float, float] = CHART_SIZE) -> tuple[Figure, Axes]:
    """A Figure outside pyplot (never leaks, never auto-displays) and its Axes."""
    from matplotlib.figure import Figure

    from toolkit.style import chart_style

    with chart_style():
        fig = Figure(figsize=size, dpi=CHART_DPI)
        ax = fig.subplots()
    return fig, ax


#: Fixed chart margins (figure fractions): ``tight_layout`` would cost more than the drawing.
MARGINS: dict[str, float] = {"left": 0.09, "right": 0.98, "bottom": 0.19, "top": 0.9}


def _svg(fig: Figure, *, fixed_margins: bool = True, margins: dict[str, float] | None = None) -> str:
    """SVG text of ``fig`` (text kept as text: much faster than rasterising a PNG)."""
    from toolkit.style import chart_style

    if fixed_margins:
        fig.subplots_adjust(**{**MARGINS, **(margins or {})})
    buf = io.StringIO()
    with chart_style():
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    return buf.getvalue()


def _show_svg(out: W.Output, svg: str, alt: str) -> None:
    """Put an SVG chart into an Output widget (no kernel round-trip, no figure kept)."""
    out.outputs = (
        {"output_type": "display_data", "data": {"image/svg+xml": svg, "text/plain": alt}, "metadata": {}},
    )


@dataclass
class _Chart:
    """A rendered base chart plus what is needed to draw cheap SVG overlays on it.

    Marking a sentence or an actor's mentions does not redraw the chart: the marks are SVG
    elements placed with the axes' data-to-pixel transform captured when the chart was drawn.
    """

    svg: str
    transform: Any = None  # frozen matplotlib transData (display units of the figure's dpi)
    scale: float = 1.0  # SVG points per display unit
    height: float = 0.0  # SVG height in points (SVG's y axis points down)
    ylim: tuple[float, float] = (0.0, 1.0)
    plotted: list[list[float]] = field(default_factory=list)
    xs: dict[int, float] = field(default_factory=dict)  # sent_id -> data x on the chart

    @classmethod
    def from_figure(cls, fig: Figure, ax: Axes | None = None, **kw: Any) -> _Chart:
        svg = _svg(fig)
        if ax is None:
            return cls(svg, **kw)
        return cls(
            svg,
            transform=ax.transData.frozen(),
            scale=72.0 / fig.dpi,
            height=fig.get_figheight() * 72.0,
            ylim=tuple(ax.get_ylim()),
            **kw,
        )

    def point(self, x: float, y: float) -> tuple[float, float]:
        """SVG coordinates of data point ``(x, y)``."""
        px, py = self.transform.transform((x, y))
        return px * self.scale, self.height - py * self.scale

    def overlay(self, elements: str) -> str:
        """The chart's SVG with ``elements`` (SVG markup) drawn on top."""
        if not elements or self.transform is None:
            return self.svg
        cut = self.svg.rfind("</svg>")
        return self.svg[:cut] + f'<g class="presslens-overlay">{elements}</g>\n' + self.svg[cut:]

    def vline(self, x: float, *, color: str = "#444444") -> str:
        (x1, y1), (_, y2) = self.point(x, self.ylim[0]), self.point(x, self.ylim[1])
        return (
            f'<line x1="{x1:.2f}" y1="{y1:.2f}" x2="{x1:.2f}" y2="{y2:.2f}" stroke="{color}" '
            'stroke-width="1.2" stroke-dasharray="4,3"/>'
        )

    def dot(self, x: float, y: float, *, color: str = "#E69F00") -> str:
        cx, cy = self.point(x, y)
        return f'<circle cx="{cx:.2f}" cy="{cy:.2f}" r="5" fill="{color}" stroke="#000000" stroke-width="0.8"/>'

    def note(self, text: str) -> str:
        """A caption in the top-left corner (escaped)."""
        return (
            f'<text x="8%" y="16" text-anchor="start" font-family="DejaVu Sans, sans-serif" '
            f'font-size="10px" fill="#000000">{_esc(text)}</text>'
        )


def _df_html(df: pd.DataFrame, *, max_rows: int = 30, float_format: str = "%.3f") -> str:
    if df is None or df.empty:
        return "<i>none</i>"
    return df.head(max_rows).to_html(index=False, escape=True, float_format=lambda v: float_format % v, border=0)


class _Cache(dict):
    """A small dict that forgets its oldest entries."""

    def put(self, key: Any, value: Any) -> Any:
        if len(self) >= _CACHE_MAX:
            self.pop(next(iter(self)))
        self[key] = value
        return value


class _Explorer:
    """Shared behaviour: the object shows as its widget; likely next charts are pre-rendered.

    After each interaction an explorer lists the charts the user is likely to ask for next
    (:meth:`_likely`); when running inside a kernel's event loop they are rendered one at a
    time while the kernel is idle, so the next click usually hits the cache. Outside an event
    loop (scripts, tests) nothing is scheduled; :meth:`warm_up` renders them synchronously.
    """

    widget: W.Box
    _jobs: list[Callable[[], Any]]

    def _likely(self) -> list[Callable[[], Any]]:
        """Renders worth doing in advance (none by default)."""
        return []

    def warm_up(self, limit: int | None = None) -> None:
        """Render the charts listed by :meth:`_likely` now (the ``limit`` most likely ones)."""
        for job in self._likely()[:limit]:
            job()

    def _prefetch(self) -> None:
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._jobs = self._likely()
        if not getattr(self, "_prefetching", False):
            self._prefetching = True
            loop.call_later(0.2, self._prefetch_step, loop)

    def _prefetch_step(self, loop: asyncio.AbstractEventLoop) -> None:
        if not self._jobs:
            self._prefetching = False
            return
        job = self._jobs.pop(0)
        try:
            job()
        except Exception:  # noqa: BLE001 - a speculative render must never disturb the UI
            self._jobs.clear()
        loop.call_later(0.02, self._prefetch_step, loop)

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)


# ---------------------------------------------------------------------------- tone
#: Scorer columns of ``toolkit.sentiment.tone.tone`` offered by ToneExplorer (those present are used).
TONE_SCORERS: tuple[str, ...] = ("tone", "polarity", "vader")


class ToneExplorer(_Explorer):
    """Explore sentence tone: scorer, smoothing window, captions, per-sentence explanation.

    Args:
        article: the article.
        scorer: initial scorer column (``"tone"``, ``"polarity"``, ``"vader"``...).
        window: initial smoothing window (sentences) of the tone arc.
        include_captions: score photo captions too (off by default, as in ``toolkit.sentiment.tone``).

    Attributes:
        widget: the ``VBox`` to display.
        chart_svg: the SVG chart currently shown; ``plotted``: the y-data of the labelled lines
            of the tone arc (per-sentence scores, moving average).

    Example:
        >>> ex = ToneExplorer(load_seed())                   # doctest: +SKIP
        >>> ex.set_scorer("vader"); ex.select_sentence(5)    # doctest: +SKIP
    """

    def __init__(
        self,
        article: Article,
        *,
        scorer: str = "tone",
        window: int = 3,
        include_captions: bool = False,
    ) -> None:
        self.article = article
        self._tone: dict[bool, pd.DataFrame] = {}
        self._charts = _Cache()
        self._texts = _Cache()
        self._explanations = _Cache()
        df = self.tone_table(include_captions)
        scorers = [s for s in TONE_SCORERS if s in df.columns]
        if scorer not in scorers:
            raise ValueError(f"unknown scorer {scorer!r}; choose one of {scorers}")
        self.scorers = scorers
        self.chart_svg: str = ""
        self.plotted: list[list[float]] = []

        self.scorer_w = W.Dropdown(options=scorers, value=scorer, description="Scorer")
        self.window_w = W.IntSlider(value=window, min=1, max=9, step=1, description="Smoothing")
        self.captions_w = W.Checkbox(value=include_captions, description="Include captions")
        sents = article.sentences
        options = [(f"{int(r.sent_id):>3}  [{r.kind}]  {r.text[:70]}", int(r.sent_id)) for r in sents.itertuples()]
        first_body = sents.loc[sents["kind"] == "body", "sent_id"]
        self.sentence_w = W.Dropdown(
            options=options,
            value=int(first_body.iloc[0]) if len(first_body) else int(sents["sent_id"].iloc[0]),
            description="Sentence",
            layout=W.Layout(width="95%"),
        )
        self.chart = W.Output()
        self.text = W.HTML()
        self.explanation = W.HTML()
        for w, cls in (
            (self.scorer_w, "presslens-scorer"),
            (self.window_w, "presslens-window"),
            (self.captions_w, "presslens-captions"),
            (self.sentence_w, "presslens-sentence"),
            (self.chart, "presslens-chart"),
            (self.text, "presslens-text"),
            (self.explanation, "presslens-explanation"),
        ):
            w.add_class(cls)
        for w in (self.scorer_w, self.window_w, self.captions_w):
            w.observe(self._on_change, names="value")
        self.sentence_w.observe(self._on_change, names="value")
        self.widget = W.VBox(
            [
                W.HBox([self.scorer_w, self.window_w, self.captions_w]),
                W.HTML(ARC_LEGEND),
                self.chart,
                self.sentence_w,
                W.HBox(
                    [self.text, self.explanation],
                    layout=W.Layout(width="100%"),
                ),
            ]
        )
        self.text.layout = W.Layout(width="55%")
        self.explanation.layout = W.Layout(width="45%")
        self.widget.add_class("presslens-tone-explorer")
        self._refresh()

    # -- state
    @property
    def scorer(self) -> str:
        return str(self.scorer_w.value)

    @property
    def window(self) -> int:
        return int(self.window_w.value)

    @property
    def include_captions(self) -> bool:
        return bool(self.captions_w.value)

    @property
    def selected(self) -> int:
        """``sent_id`` of the selected sentence."""
        return int(self.sentence_w.value)

    def tone_table(self, include_captions: bool | None = None) -> pd.DataFrame:
        """The (cached) ``toolkit.sentiment.tone.tone`` table for the current or given caption setting."""
        flag = self.include_captions if include_captions is None else bool(include_captions)
        if flag not in self._tone:
            self._tone[flag] = _fn("toolkit.sentiment.tone:tone")(self.article, include_captions=flag)
        return self._tone[flag]

    # -- interactions
    def set_scorer(self, name: str) -> None:
        """Switch the scorer shown in the chart and the text colours."""
        if name not in self.scorers:
            raise ValueError(f"unknown scorer {name!r}; choose one of {self.scorers}")
        self.scorer_w.value = name

    def set_window(self, n: int) -> None:
        """Set the smoothing window (sentences) of the tone arc."""
        self.window_w.value = int(n)

    def set_include_captions(self, flag: bool) -> None:
        """Include or exclude photo captions from scoring."""
        self.captions_w.value = bool(flag)

    def select_sentence(self, sent_id: int) -> None:
        """Select a sentence: it is outlined in the text and explained beside it."""
        ids = {v for _, v in self.sentence_w.options}
        if int(sent_id) not in ids:
            raise ValueError(f"no sentence {sent_id}; sentences are {min(ids)}..{max(ids)}")
        self.sentence_w.value = int(sent_id)

    # -- rendering
    def _on_change(self, _change: Any = None) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self._draw_chart()
        self.text.value = self._text_html()
        self.explanation.value = self._explanation_html()

    def _base_chart(self, scorer: str, window: int, include_captions: bool) -> _Chart:
        """The (cached) tone arc for these settings, without the selection mark."""
        key = (scorer, window, include_captions)
        base = self._charts.get(key)
        if base is None:
            df = self.tone_table(include_captions)
            fig, ax = _figure()
            _fn("toolkit.charts.tone:plot_tone_arc")(df, ax=ax, window=window, scorer=scorer)
            _drop_legend(ax)  # explained by the HTML legend above the chart (and faster to draw)
            plotted = [list(map(float, ln.get_ydata())) for ln in ax.lines if not ln.get_label().startswith("_")]
            base = self._charts.put(key, _Chart.from_figure(fig, ax, plotted=plotted, xs=_arc_xs(df, ax)))
        return base

    def _likely(self) -> list[Callable[[], Any]]:
        """Settings one or two steps away, nearest first (other scorers, neighbouring windows,
        the caption toggle)."""
        s, w, c = self.scorer, self.window, self.include_captions
        windows = range(self.window_w.min, self.window_w.max + 1)

        def steps(st: tuple[str, int, bool]) -> int:
            return (st[0] != s) + abs(st[1] - w) + (st[2] != c)

        states = [(o, v, k) for o in self.scorers for v in windows for k in (c, not c)]
        states = sorted((st for st in states if 0 < steps(st) <= 2), key=lambda st: (steps(st), st[1]))
        return [lambda st=st: self._base_chart(*st) for st in states if st not in self._charts]

    def _draw_chart(self) -> None:
        base = self._base_chart(self.scorer, self.window, self.include_captions)
        self.plotted = base.plotted
        x = base.xs.get(self.selected)
        self.chart_svg = base.overlay(base.vline(x) if x is not None else "")
        _show_svg(self.chart, self.chart_svg, f"tone arc ({self.scorer}, window {self.window})")
        self._prefetch()

    def _text_html(self) -> str:
        key = (self.scorer, self.include_captions, self.selected)
        hit = self._texts.get(key)
        if hit is not None:
            return hit
        df = self.tone_table().set_index("sent_id")
        spans = []
        for r in self.article.sentences.itertuples():
            sid = int(r.sent_id)
            score = df[self.scorer].get(sid) if sid in df.index else None
            excluded = bool(df["excluded"].get(sid)) if "excluded" in df.columns and sid in df.index else True
            style = f"background:{'transparent' if excluded else tone_color(score)}"
            if excluded:
                style += ";color:#888"
            cls = "presslens-sent" + (" presslens-selected" if sid == self.selected else "")
            if sid == self.selected:
                style += ";outline:2px solid #000;outline-offset:1px"
            title = "excluded" if excluded or score is None or pd.isna(score) else f"{self.scorer} {float(score):+.3f}"
            spans.append((int(r.start), int(r.end), cls, {"data-sent-id": str(sid), "style": style, "title": title}))
        legend = (
            '<div style="font-size:90%;margin-bottom:4px">'
            f'<span style="background:{tone_color(-0.8)}">negative</span> · neutral · '
            f'<span style="background:{tone_color(0.8)}">positive</span> · '
            '<span style="color:#888">grey: not scored</span></div>'
        )
        return self._texts.put(key, legend + _text_panel(mark_spans(self.article.text, spans, tag="span")))

    def _explanation_html(self) -> str:
        sid = self.selected
        key = (sid, self.include_captions)
        hit = self._explanations.get(key)
        if hit is not None:
            return hit
        sents = self.article.sentences.set_index("sent_id")
        text = str(sents.loc[sid, "text"])
        kind = str(sents.loc[sid, "kind"])
        df = self.tone_table().set_index("sent_id")
        parts = [
            f"<b>Sentence {sid}</b> <i>({_esc(kind)})</i>"
            f'<div style="margin:4px 0 6px 0;padding-left:8px;border-left:3px solid #999;'
            f'overflow-wrap:anywhere;white-space:normal">{_esc(text)}</div>'
        ]
        if sid in df.index:
            row = df.loc[sid]
            cols = [c for c in (*self.scorers, "label", "excluded", "in_quote", "voice") if c in df.columns]
            cells = "".join(
                f"<tr><td>{_esc(c)}</td><td>{_esc(_fmt(row[c]))}</td></tr>" for c in cols
            )
            parts.append(f"<table>{cells}</table>")
        try:
            contrib = _fn("toolkit.sentiment.explain:explain_tone")(text)
        except Exception as exc:  # noqa: BLE001 - show the problem in the panel, keep the explorer
            parts.append(f'<p style="color:#D55E00">No word-level explanation: {_esc(exc)}</p>')
        else:
            parts.append("<b>Words that moved the score</b>" + _df_html(_compact_contributions(contrib), max_rows=15))
        return self._explanations.put(key, "".join(parts))


def _compact_contributions(contrib: pd.DataFrame) -> pd.DataFrame:
    """Word contributions for the panel: scorer, word and contribution, non-zero, largest first."""
    cols = [c for c in ("scorer", "token", "contribution") if c in contrib.columns]
    if "contribution" not in cols:
        return contrib
    out = contrib[cols]
    out = out[out["contribution"].abs() >= 0.0005]
    order = out["contribution"].abs().sort_values(ascending=False, kind="stable").index
    out = out.loc[order].rename(columns={"token": "word"})
    if "word" in out.columns:
        out["word"] = out["word"].astype(object).where(out["word"].notna(), "(baseline)")
    return out


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return "—" if pd.isna(value) else f"{value:+.3f}"
    return str(value)


#: What the tone-arc markers mean (the chart's own legend is dropped in the explorers).
ARC_LEGEND = (
    '<div class="presslens-chart-legend" style="font-size:85%;color:#333">'
    "line: sentence scores (thick: moving average) · "
    '<span style="color:#E69F00">■</span> caption, '
    '<span style="color:#999999">■</span> credit or boilerplate (not counted) · '
    "◇ mostly inside quotation marks</div>"
)


#: Colours of the timeline chart (its own legend is dropped in the explorer).
TIMELINE_LEGEND = (
    '<div class="presslens-chart-legend" style="font-size:85%;color:#333">'
    '<span style="color:#0072B2">■</span> past · '
    '<span style="color:#009E73">■</span> around publication · '
    '<span style="color:#E69F00">■</span> future · '
    '<span style="color:#D55E00">┆</span> publication date · // cut-out years</div>'
)


def _drop_legend(ax: Axes) -> None:
    legend = ax.get_legend()
    if legend is not None:
        legend.remove()


def _arc_xs(df: pd.DataFrame, ax: Axes) -> dict[int, float]:
    """Where the tone arc put each sentence on the x axis: ``sent_id`` -> x.

    The arc is plotted either against ``sent_id`` or against the row position; which one is
    read off the longest line drawn.
    """
    lines = [ln for ln in ax.lines if len(ln.get_xdata()) > 1]
    ids = [int(i) for i in df["sent_id"]]
    if not lines or not ids:
        return {}
    xs = [float(x) for x in max(lines, key=lambda ln: len(ln.get_xdata())).get_xdata()]
    if max(ids) <= max(xs) + 0.5 and min(ids) >= min(xs) - 0.5:
        return {i: float(i) for i in ids}
    return {i: float(pos) for pos, i in enumerate(ids)}


# ---------------------------------------------------------------------------- actors
class ActorExplorer(_Explorer):
    """Explore who appears: mentions highlighted, keyword-in-context, tone, co-occurrence.

    Args:
        article: the article.
        codebook: an actor codebook (``toolkit.entities.codebook``), path or dict; ``None`` for the
            built-in detection.
        actor: the actor selected first (default: the most mentioned).

    Attributes:
        highlighted: ``(start, end)`` offsets of the selected actor's mentions, as marked in
            the text panel.

    Example:
        >>> ex = ActorExplorer(load_seed())                  # doctest: +SKIP
        >>> ex.select_actor(ex.actor_names[1])              # doctest: +SKIP
    """

    def __init__(self, article: Article, *, codebook: Any = None, actor: str | None = None) -> None:
        self.article = article
        self.codebook = codebook
        self.aliases: dict[str, list[str]] = {}
        self._types: dict[str, str] = {}
        self._charts = _Cache()
        self.chart_svg: str = ""
        self.highlighted: list[tuple[int, int]] = []
        self._compute()

        self.actor_w = W.Dropdown(options=self.actor_names, description="Actor")
        self.aliases_w = W.Text(
            description="Aliases",
            placeholder="extra names for this actor, comma-separated",
            layout=W.Layout(width="50%"),
        )
        self.apply_w = W.Button(description="Apply aliases", icon="check")
        self.chart = W.Output()
        self.text = W.HTML()
        self.kwic_w = W.HTML()
        self.info = W.HTML()
        for w, cls in (
            (self.actor_w, "presslens-actor"),
            (self.aliases_w, "presslens-aliases"),
            (self.apply_w, "presslens-aliases-apply"),
            (self.chart, "presslens-chart"),
            (self.text, "presslens-text"),
            (self.kwic_w, "presslens-kwic"),
            (self.info, "presslens-actor-info"),
        ):
            w.add_class(cls)
        self.actor_w.observe(self._on_change, names="value")
        self.apply_w.on_click(lambda _b: self.set_aliases(self.actor, _split_aliases(self.aliases_w.value)))
        self.text.layout = W.Layout(width="55%")
        self.info.layout = W.Layout(width="45%")
        self.widget = W.VBox(
            [
                W.HBox([self.actor_w, self.aliases_w, self.apply_w]),
                W.HTML(ARC_LEGEND),
                self.chart,
                W.HBox([self.text, self.info], layout=W.Layout(width="100%")),
                self.kwic_w,
            ]
        )
        self.widget.add_class("presslens-actor-explorer")
        if actor is not None:
            self.select_actor(actor)
        else:
            self._refresh()

    def _compute(self) -> None:
        """(Re)compute the actor tables once (at start and after editing aliases)."""
        cb = self._codebook()
        self.mentions = _fn("toolkit.entities.actors:actors")(self.article, codebook=cb)
        self.frequencies = _fn("toolkit.entities.crosstabs:actor_frequencies")(self.article, codebook=cb)
        self.cooc = _fn("toolkit.entities.crosstabs:cooccurrence")(self.article, codebook=cb)
        self._tone = _fn("toolkit.sentiment.tone:tone")(self.article)
        self._types.update({str(a): str(t) for a, t in zip(self.frequencies["actor"], self.frequencies["type"], strict=True)})
        freq = self.frequencies.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable")
        self.actor_names: list[str] = [str(a) for a in freq["actor"]]
        self._kwic = _Cache()
        self._texts = _Cache()
        self._charts = _Cache()
        self._by_actor: dict[str | None, pd.DataFrame] = {}

    def _codebook(self) -> Any:
        if not self.aliases:
            return self.codebook
        return _codebook_with_aliases(self.codebook, self.aliases, self._types)

    @property
    def actor(self) -> str | None:
        return None if self.actor_w.value is None else str(self.actor_w.value)

    # -- interactions
    def select_actor(self, name: str) -> None:
        """Select an actor: highlight their mentions, show their KWIC, tone and company."""
        if name not in self.actor_names:
            raise ValueError(f"unknown actor {name!r}; actors: {self.actor_names}")
        self.actor_w.value = name

    def set_aliases(self, name: str, aliases: Sequence[str]) -> None:
        """Give actor ``name`` extra names (e.g. a nickname, a metonym such as a capital city).

        The actor tables are recomputed with the edited codebook and the actor stays selected.
        """
        self.aliases[name] = [a.strip() for a in aliases if a.strip()]
        self._compute()
        keep = name if name in self.actor_names else (self.actor_names[0] if self.actor_names else None)
        self.actor_w.unobserve(self._on_change, names="value")
        self.actor_w.options = self.actor_names
        self.actor_w.value = keep
        self.actor_w.observe(self._on_change, names="value")
        self.aliases_w.value = ", ".join(self.aliases.get(name, []))
        self._refresh()

    # -- rendering
    def _on_change(self, _change: Any = None) -> None:
        self.aliases_w.value = ", ".join(self.aliases.get(self.actor or "", []))
        self._refresh()

    def actor_mentions(self, name: str | None = None) -> pd.DataFrame:
        """Mentions of ``name`` (default: the selected actor), in text order."""
        name = self.actor if name is None else name
        if name not in self._by_actor:
            m = self.mentions[self.mentions["actor"] == name]
            self._by_actor[name] = m.sort_values("start", kind="stable")
        return self._by_actor[name]

    def _refresh(self) -> None:
        name = self.actor
        m = self.actor_mentions(name)
        self.highlighted = [(int(s), int(e)) for s, e in zip(m["start"], m["end"], strict=True)]
        self.text.value = self._text_html(name)
        self.kwic_w.value = self._kwic_html(name)
        self.info.value = self._info_html(name)
        self._draw_chart(name)

    def _text_html(self, name: str | None) -> str:
        hit = self._texts.get(name)
        if hit is None:
            spans = [
                (s, e, "presslens-mention", {"style": "background:#F0E442", "title": str(name)})
                for s, e in self.highlighted
            ]
            body = mark_spans(self.article.text, spans)
            hit = self._texts.put(name, f"<b>{len(spans)} mention(s) of {_esc(name)}</b>" + _text_panel(body))
        return hit

    def _kwic_html(self, name: str | None) -> str:
        hit = self._kwic.get(name)
        if hit is None:
            k = self.kwic(name)
            rows = "".join(
                f'<tr><td style="text-align:right">{int(r.sent_id)}</td>'
                f'<td style="text-align:right">{_esc(r.left)}</td>'
                f"<td><b>{_esc(r.match)}</b></td><td>{_esc(r.right)}</td></tr>"
                for r in k.itertuples()
            )
            hit = self._kwic.put(
                name,
                "<b>Keyword in context</b><table><tr><th>sentence</th><th>left</th><th>mention</th>"
                f"<th>right</th></tr>{rows}</table>",
            )
        return hit

    def kwic(self, name: str | None = None, *, window: int = 8) -> pd.DataFrame:
        """Keyword in context of ``name`` (default: the selected actor).

        Same columns and windows as :func:`toolkit.entities.actors.kwic` (``article_id, sent_id, start,
        end, left, match, right``), built from the explorer's cached mentions so that picking
        an actor does not re-run actor detection.
        """
        m = self.actor_mentions(name)
        text = self.article.text
        rows = [
            (self.article.id, int(sid), int(s), int(e), " ".join(text[:s].split()[-window:]),
             " ".join(text[s:e].split()), " ".join(text[e:].split()[:window]))
            for s, e, sid in zip(m["start"], m["end"], m["sent_id"], strict=True)
        ]  # fmt: skip
        return pd.DataFrame(rows, columns=["article_id", "sent_id", "start", "end", "left", "match", "right"])

    def partners(self, name: str | None = None) -> pd.DataFrame:
        """Who appears together with ``name`` (default: the selected actor): ``actor, weight``
        (weight = shared sentences)."""
        name = self.actor if name is None else name
        return _partners(self.cooc, name)

    def _info_html(self, name: str | None) -> str:
        hit = self._texts.get(("info", name))
        if hit is None:
            hit = self._texts.put(("info", name), self._make_info_html(name))
        return hit

    def _make_info_html(self, name: str | None) -> str:
        if name is None:
            return "<i>No actors were found in this article.</i>"
        f = self.frequencies[self.frequencies["actor"] == name]
        rows = ""
        if len(f):
            r = f.iloc[0]
            for col in ("type", "mentions", "sentences", "in_title", "times_quoted", "words_quoted", "mean_tone", "tone_sd"):
                if col in f.columns:
                    rows += f"<tr><td>{_esc(col.replace('_', ' '))}</td><td>{_esc(_fmt(r[col]))}</td></tr>"
        part = self.partners(name).head(8)
        partners = ", ".join(f"{_esc(a)} ({_fmt_int(w)})" for a, w in zip(part["actor"], part["weight"], strict=True))
        return (
            f"<b>{_esc(name)}</b><table>{rows}</table>"
            f"<b>Appears with</b> (shared sentences): {partners or '<i>nobody</i>'}"
        )

    def _draw_chart(self, name: str | None) -> None:
        base = self._charts.get("base")
        if base is None:
            fig, ax = _figure()
            _fn("toolkit.charts.tone:plot_tone_arc")(self._tone, ax=ax, window=1, scorer="tone")
            _drop_legend(ax)
            ax.set_title("")
            base = self._charts.put("base", _Chart.from_figure(fig, ax, xs=_arc_xs(self._tone, ax)))
        tone = self._tone.set_index("sent_id")["tone"]
        sids = sorted({int(s) for s in self.actor_mentions(name)["sent_id"]})
        dots = "".join(
            base.dot(base.xs[s], 0.0 if pd.isna(tone.get(s)) else float(tone.get(s)))
            for s in sids
            if s in base.xs
        )
        note = f"tone of each sentence · ● sentences mentioning {name} ({len(sids)})" if name else "no actors found"
        self.chart_svg = base.overlay(dots + base.note(note))
        _show_svg(self.chart, self.chart_svg, f"mentions of {name}")


def _fmt_int(v: Any) -> str:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    return str(int(f)) if f.is_integer() else f"{f:.2f}"


def _split_aliases(value: str) -> list[str]:
    return [a.strip() for a in value.split(",") if a.strip()]


def _partners(cooc: pd.DataFrame, name: str | None) -> pd.DataFrame:
    """Rows of a co-occurrence table involving ``name``, as ``actor, weight`` (descending)."""
    if cooc is None or cooc.empty or name is None:
        return pd.DataFrame(columns=["actor", "weight"])
    named = [pair for pair in (("actor_a", "actor_b"), ("source", "target"), ("a", "b")) if set(pair) <= set(cooc.columns)]
    if named:
        a_col, b_col = named[0]
    else:
        a_col, b_col = [c for c in cooc.columns if not pd.api.types.is_numeric_dtype(cooc[c])][:2]
    w_cols = [c for c in cooc.columns if c not in (a_col, b_col) and pd.api.types.is_numeric_dtype(cooc[c])]
    w_col = next((c for c in ("sentences", "weight") if c in cooc.columns), w_cols[0] if w_cols else None)
    a = cooc[cooc[a_col] == name]
    b = cooc[cooc[b_col] == name]
    weight_a = a[w_col] if w_col else 1
    weight_b = b[w_col] if w_col else 1
    out = pd.concat(
        [
            pd.DataFrame({"actor": a[b_col], "weight": weight_a}),
            pd.DataFrame({"actor": b[a_col], "weight": weight_b}),
        ]
    )
    out = out[out["actor"] != name].groupby("actor", as_index=False)["weight"].sum()
    return out.sort_values(["weight", "actor"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _codebook_with_aliases(codebook: Any, aliases: dict[str, list[str]], types: dict[str, str]) -> Any:
    """The codebook (or an empty one) with extra aliases for some actors (types kept)."""
    from toolkit.entities.codebook import ACTOR_TYPES, Codebook, CodebookEntry, load_codebook

    base = load_codebook(codebook) if codebook is not None else Codebook()
    entries = dict(base.entries)
    for name, extra in aliases.items():
        old = entries.get(name)
        typ = old.type if old is not None else types.get(name)
        entries[name] = CodebookEntry(
            name,
            tuple(dict.fromkeys([*(old.aliases if old is not None else ()), *extra])),
            typ if typ in ACTOR_TYPES else None,
            old.group if old is not None else None,
        )
    return Codebook(entries, base.ignore, base.source)


# ---------------------------------------------------------------------------- timeline
class TimelineExplorer(_Explorer):
    """Explore the article's timeline: date range, past/future filter, event → sentence.

    Args:
        article: the article.
        published: the reference date for relative expressions (default: the article's).

    Attributes:
        events: the full events table; ``filtered``: the rows passing the current filters.

    Example:
        >>> ex = TimelineExplorer(load_seed())               # doctest: +SKIP
        >>> ex.set_relation("future"); ex.select_event(0)    # doctest: +SKIP
    """

    def __init__(self, article: Article, *, published: dt.date | str | None = None) -> None:
        self.article = article
        ev = _fn("toolkit.temporal.timeline:events")(article, published=published)
        ev = ev.reset_index(drop=True)
        for c in ("date_start", "date_end"):
            if c in ev.columns:
                ev[c] = pd.to_datetime(ev[c], errors="coerce")
        self.events = ev
        dated = ev.dropna(subset=["date_start"]) if "date_start" in ev.columns else ev.iloc[0:0]
        days = sorted({d.date() for d in dated["date_start"]} | {d.date() for d in dated.get("date_end", pd.Series()).dropna()})
        if not days:
            days = [article.published or dt.date.today()]
        if len(days) == 1:
            days = [days[0], days[0]]
        self.days: list[dt.date] = days
        self._charts = _Cache()
        self.chart_svg: str = ""
        self.filtered: pd.DataFrame = ev

        self.range_w = W.SelectionRangeSlider(
            options=[(d.isoformat(), d) for d in days],
            index=(0, len(days) - 1),
            description="Dates",
            readout=False,
            layout=W.Layout(width="55%"),
        )
        self.range_label = W.HTML()
        relations = ["all", *sorted({str(r) for r in ev.get("relation", pd.Series(dtype=str)).dropna()})]
        self.relation_w = W.ToggleButtons(options=relations, value="all", description="When")
        self.undated_w = W.Checkbox(value=True, description="Keep undated")
        self.event_w = W.Select(options=[], rows=8, description="Events", layout=W.Layout(width="95%"))
        self.chart = W.Output()
        self.table = W.HTML()
        self.sentence = W.HTML()
        for w, cls in (
            (self.range_w, "presslens-date-range"),
            (self.range_label, "presslens-date-range-label"),
            (self.relation_w, "presslens-relation"),
            (self.undated_w, "presslens-undated"),
            (self.event_w, "presslens-event"),
            (self.chart, "presslens-chart"),
            (self.table, "presslens-events"),
            (self.sentence, "presslens-event-sentence"),
        ):
            w.add_class(cls)
        self.sentence.add_class("presslens-text")
        for w in (self.range_w, self.relation_w, self.undated_w):
            w.observe(self._on_filter, names="value")
        self.event_w.observe(self._on_event, names="value")
        self.widget = W.VBox(
            [
                W.HBox([self.range_w, self.range_label, self.undated_w]),
                self.relation_w,
                W.HTML(TIMELINE_LEGEND),
                self.chart,
                self.event_w,
                self.sentence,
                self.table,
            ]
        )
        self.widget.add_class("presslens-timeline-explorer")
        self._on_filter()

    # -- interactions
    def set_date_range(self, start: dt.date | str, end: dt.date | str) -> None:
        """Keep events overlapping ``start``..``end`` (snapped to the dates in the article)."""
        a, b = _as_date(start), _as_date(end)
        if a > b:
            raise ValueError(f"start {a} is after end {b}")
        lo = min(range(len(self.days)), key=lambda i: (self.days[i] < a, abs((self.days[i] - a).days)))
        hi = max(range(len(self.days)), key=lambda i: (self.days[i] <= b, -abs((self.days[i] - b).days)))
        self.range_w.index = (lo, max(lo, hi))

    def set_relation(self, relation: str) -> None:
        """Show ``"all"`` events or only those with this relation to publication (``"past"``...)."""
        if relation not in self.relation_w.options:
            raise ValueError(f"unknown relation {relation!r}; choose one of {list(self.relation_w.options)}")
        self.relation_w.value = relation

    def set_keep_undated(self, flag: bool) -> None:
        """Keep or drop events whose date could not be resolved."""
        self.undated_w.value = bool(flag)

    def select_event(self, i: int) -> None:
        """Select the ``i``-th event of the filtered list: its sentence is shown, date marked."""
        if not 0 <= i < len(self.filtered):
            raise ValueError(f"no event {i}; {len(self.filtered)} event(s) shown")
        self.event_w.value = int(self.filtered.index[i])

    @property
    def selected(self) -> int | None:
        """Row label (in :attr:`events`) of the selected event."""
        return None if self.event_w.value is None else int(self.event_w.value)

    # -- rendering
    def _mask(self, *, relation: str | None = None, days: tuple[dt.date, dt.date] | None = None) -> pd.Series:
        ev = self.events
        a, b = self.range_w.value if days is None else days
        if "date_start" in ev.columns:
            s = ev["date_start"].dt.normalize()
            e = ev["date_end"].fillna(ev["date_start"]).dt.normalize() if "date_end" in ev.columns else s
            dated = ev["date_start"].notna()
            in_range = dated & (s <= pd.Timestamp(b)) & (e >= pd.Timestamp(a))
            mask = in_range | (~dated & self.undated_w.value)
        else:
            mask = pd.Series(True, index=ev.index)
        rel = self.relation_w.value if relation is None else relation
        if rel != "all" and "relation" in ev.columns:
            mask &= ev["relation"].astype(str) == rel
        return mask

    def _on_filter(self, _change: Any = None) -> None:
        self.filtered = self.events[self._mask()]
        a, b = self.range_w.value
        self.range_label.value = f"<b>{a.isoformat()} → {b.isoformat()}</b>"
        opts = [(self._label(i), int(i)) for i in self.filtered.index]
        current = self.selected
        self.event_w.unobserve(self._on_event, names="value")
        self.event_w.options = opts
        self.event_w.value = current if current in self.filtered.index else (opts[0][1] if opts else None)
        self.event_w.observe(self._on_event, names="value")
        self.table.value = self._table_html()
        self._draw_chart()
        self._on_event()

    def _label(self, i: int) -> str:
        r = self.events.loc[i]
        date = r["date_start"].date().isoformat() if pd.notna(r.get("date_start")) else "undated"
        label = r.get("label", r.get("text", ""))
        rel = r.get("relation", "")
        return f"{date}  [{rel}]  {str(label)[:80]}"

    def _table_html(self) -> str:
        cols = [c for c in ("date_start", "date_end", "relation", "text", "label", "sent_id") if c in self.filtered.columns]
        df = self.filtered[cols].copy()
        for c in ("date_start", "date_end"):
            if c in df.columns:
                df[c] = df[c].dt.date.astype(str).replace("NaT", "")
        return f"<b>{len(df)} of {len(self.events)} event(s)</b>" + _df_html(df, max_rows=50)

    def _on_event(self, _change: Any = None) -> None:
        i = self.selected
        if i is None:
            self.sentence.value = "<i>no event in this selection</i>"
            return
        r = self.events.loc[i]
        sents = self.article.sentences.set_index("sent_id")
        sid = int(r["sent_id"])
        s0, s1 = int(sents.loc[sid, "start"]), int(sents.loc[sid, "end"])
        t = self.article.text
        spans = []
        if "start" in r.index and pd.notna(r.get("start")) and s0 <= int(r["start"]) < int(r["end"]) <= s1:
            spans.append((int(r["start"]) - s0, int(r["end"]) - s0, "presslens-date", {"style": "background:#56B4E9"}))
        self.sentence.value = f"<b>Sentence {sid}</b>" + _text_panel(mark_spans(t[s0:s1], spans), max_height="8em")

    def _chart_for(self, filtered: pd.DataFrame) -> str:
        key = tuple(filtered.index)
        hit = self._charts.get(key)
        if hit is None:
            fig, ax = _figure((CHART_SIZE[0], 3.8))
            if len(filtered):
                _fn("toolkit.charts.timeline:plot_timeline")(filtered, ax=ax)
                _drop_legend(ax)  # explained by TIMELINE_LEGEND above the chart
            else:
                ax.text(0.5, 0.5, "no events in this selection", ha="center", va="center", transform=ax.transAxes)
                ax.set_axis_off()
            hit = self._charts.put(key, _svg(fig, margins={"left": 0.03, "bottom": 0.25, "top": 0.92}))
        return hit

    def _likely(self) -> list[Callable[[], Any]]:
        lo, hi = self.range_w.index
        n = len(self.days)
        ranges = [(a, b) for a, b in ((lo + 1, hi), (lo, hi - 1), (lo - 1, hi), (lo, hi + 1)) if 0 <= a <= b < n]
        masks = [self._mask(relation=rel) for rel in self.relation_w.options]
        masks += [self._mask(days=(self.days[a], self.days[b])) for a, b in ranges]
        jobs, seen = [], set()
        for mask in masks:
            sub = self.events[mask]
            key = tuple(sub.index)
            if key not in self._charts and key not in seen:
                seen.add(key)
                jobs.append(lambda sub=sub: self._chart_for(sub))
        return jobs

    def _draw_chart(self) -> None:
        self.chart_svg = self._chart_for(self.filtered)
        _show_svg(self.chart, self.chart_svg, f"timeline ({len(self.filtered)} events)")
        self._prefetch()


def _as_date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


# ---------------------------------------------------------------------------- coding
class CodingWidget(_Explorer):
    """Hand-code sentence tone (negative / neutral / positive); every click is saved at once.

    The CSV (columns ``coder, article_id, sent_id, label, text, timestamp``) is appended to,
    so several coders can share one file and a coder can stop and resume: on start the file
    is read and coding resumes at the first sentence this coder has not coded yet. ``back``
    returns to the previous sentence; coding it again appends a new row (the last one counts,
    see :func:`toolkit.validate.latest_codes`).

    Args:
        sentences: an Article (its title and body sentences are coded) or a table with
            ``sent_id, text`` and optionally ``article_id`` (e.g.
            :func:`toolkit.validate.sample_for_coding`).
        coder: the coder's name or initials.
        path: the coding CSV (created if missing).

    Example:
        >>> w = CodingWidget(load_seed(), coder="ab", path="codes.csv")   # doctest: +SKIP
        >>> w.code("negative"); w.code("neutral"); w.back()               # doctest: +SKIP
    """

    LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")

    def __init__(self, sentences: Article | pd.DataFrame, *, coder: str, path: str | Path) -> None:
        from toolkit.validate import CODE_COLUMNS, sample_for_coding

        if not str(coder).strip():
            raise ValueError("coder must be a non-empty name")
        self.coder = str(coder).strip()
        self.path = Path(path)
        self.columns = CODE_COLUMNS
        self.units = sample_for_coding(sentences).reset_index(drop=True)
        self.units["article_id"] = self.units["article_id"].astype(str)
        self._codes: dict[tuple[str, int], str] = {}
        self._load()
        self.position = self._first_uncoded()

        self.buttons = {
            lab: W.Button(description=lab, button_style=style)
            for lab, style in (("negative", "danger"), ("neutral", ""), ("positive", "info"))
        }
        self.skip_w = W.Button(description="skip", icon="forward")
        self.back_w = W.Button(description="back", icon="backward")
        self.sentence_w = W.HTML()
        self.progress_w = W.HTML()
        for lab, b in self.buttons.items():
            b.add_class(f"presslens-code-{lab}")
            b.on_click(lambda _b, lab=lab: self.code(lab))
        self.skip_w.add_class("presslens-code-skip")
        self.back_w.add_class("presslens-code-back")
        self.skip_w.on_click(lambda _b: self.skip())
        self.back_w.on_click(lambda _b: self.back())
        self.sentence_w.add_class("presslens-coding-text")
        self.progress_w.add_class("presslens-progress")
        self.widget = W.VBox(
            [
                self.progress_w,
                self.sentence_w,
                W.HBox([self.back_w, *self.buttons.values(), self.skip_w]),
            ]
        )
        self.widget.add_class("presslens-coding-widget")
        self._render()

    # -- file
    def _load(self) -> None:
        if not self.path.is_file():
            return
        with self.path.open(newline="", encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                if row.get("coder") == self.coder:
                    self._codes[(str(row.get("article_id", "")), int(row["sent_id"]))] = row["label"]

    def _append(self, unit: pd.Series, label: str) -> None:
        new = not self.path.is_file() or self.path.stat().st_size == 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            if new:
                w.writerow(self.columns)
            w.writerow(
                [
                    self.coder,
                    unit["article_id"],
                    int(unit["sent_id"]),
                    label,
                    unit["text"],
                    dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat(),
                ]
            )

    # -- state
    def _key(self, i: int) -> tuple[str, int]:
        u = self.units.iloc[i]
        return (str(u["article_id"]), int(u["sent_id"]))

    def _first_uncoded(self) -> int:
        for i in range(len(self.units)):
            if self._key(i) not in self._codes:
                return i
        return len(self.units)

    @property
    def done(self) -> bool:
        """Every sentence has been coded (or skipped past the end)."""
        return self.position >= len(self.units)

    @property
    def codes(self) -> pd.DataFrame:
        """This coder's current codes: ``article_id, sent_id, label``."""
        rows = [{"article_id": a, "sent_id": s, "label": lab} for (a, s), lab in self._codes.items()]
        return pd.DataFrame(rows, columns=["article_id", "sent_id", "label"])

    @property
    def current(self) -> pd.Series | None:
        """The sentence being coded (``None`` when done)."""
        return None if self.done else self.units.iloc[self.position]

    # -- interactions
    def code(self, label: str) -> None:
        """Code the current sentence with ``label``, save it, move to the next uncoded one."""
        if label not in self.LABELS:
            raise ValueError(f"unknown label {label!r}; use one of {list(self.LABELS)}")
        if self.done:
            return
        unit = self.units.iloc[self.position]
        self._append(unit, label)
        self._codes[self._key(self.position)] = label
        self.position += 1
        self._render()

    def skip(self) -> None:
        """Move on without coding this sentence."""
        if not self.done:
            self.position += 1
        self._render()

    def back(self) -> None:
        """Go back one sentence (to check or change its code)."""
        self.position = max(0, self.position - 1)
        self._render()

    def go_to(self, i: int) -> None:
        """Jump to sentence number ``i`` of the list."""
        if not 0 <= i <= len(self.units):
            raise ValueError(f"position {i} out of 0..{len(self.units)}")
        self.position = i
        self._render()

    def _render(self) -> None:
        n = len(self.units)
        self.progress_w.value = (
            f"<b>Coder {_esc(self.coder)}</b>: {len(self._codes)} of {n} coded · "
            f"sentence {min(self.position + 1, n)} of {n} · saving to <code>{_esc(self.path)}</code>"
        )
        if self.done:
            self.sentence_w.value = "<p><b>Done.</b> Every sentence has been coded; use <i>back</i> to revise.</p>"
        else:
            u = self.units.iloc[self.position]
            prev = self._codes.get(self._key(self.position))
            note = f" <i>(your code: {_esc(prev)})</i>" if prev else ""
            self.sentence_w.value = (
                f'<div style="font-size:120%;padding:8px;border:1px solid #ddd">{_esc(u["text"])}</div>'
                f"<small>sentence {int(u['sent_id'])}{note}</small>"
            )
        for b in self.buttons.values():
            b.disabled = self.done
        self.skip_w.disabled = self.done
        self.back_w.disabled = self.position == 0


# ---------------------------------------------------------------------------- overview
def overview_numbers(article: Article, tables: dict[str, pd.DataFrame] | None = None) -> dict[str, Any]:
    """Key numbers of an article (the top line of :func:`overview`).

    Returns:
        dict with ``title, published, source, words, paragraphs, sentences, scored_sentences,
        captions, mean_tone`` (the article's tone from ``toolkit.sentiment.tone.tone_summary``),
        ``most_negative, most_positive`` (sentence texts), ``actors, quotes, dates``
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
        "source": article.source,
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
        nums["actors"] = int(len(tables["actor_frequencies"]))
    if tables.get("quotes") is not None:
        nums["quotes"] = int(len(tables["quotes"]))
    if tables.get("events") is not None:
        nums["dates"] = int(len(tables["events"]))
    return nums


_OVERVIEW_TABLES = ("tone", "tone_summary", "actor_frequencies", "quotes", "events")


def _overview_tables(article: Article) -> dict[str, pd.DataFrame]:
    from toolkit.analysis import TABLES, analyze

    return analyze(article, only=[t for t in _OVERVIEW_TABLES if t in TABLES])


_OVERVIEW_CHARTS = (
    ("tone", "toolkit.charts.tone:plot_tone_arc", "Tone through the article"),
    ("actor_frequencies", "toolkit.charts.actors:plot_actor_frequencies", "Who appears"),
    ("events", "toolkit.charts.timeline:plot_timeline", "Timeline"),
    ("quotes", "toolkit.charts.actors:plot_voice", "Who is quoted"),
)


def overview_svg(article: Article, tables: dict[str, pd.DataFrame] | None = None) -> str:
    """The overview's 2×2 chart (tone arc, top actors, timeline, voice) as SVG text."""
    from matplotlib.figure import Figure

    from toolkit.style import chart_style

    tables = tables if tables is not None else _overview_tables(article)
    with chart_style():
        fig = Figure(figsize=(11, 7.5), dpi=CHART_DPI)
        axes = fig.subplots(2, 2).ravel()
    for ax, (name, spec, title) in zip(axes, _OVERVIEW_CHARTS, strict=True):
        df = tables.get(name)
        if df is None or df.empty:
            ax.text(0.5, 0.5, f"{title}: nothing found", ha="center", va="center", transform=ax.transAxes)
            ax.set_axis_off()
            continue
        opts = {"top": 8} if name == "actor_frequencies" else {}
        _fn(spec)(df, ax=ax, **opts)
        ax.set_title(title)
    fig.tight_layout()
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
        "published": "Published", "source": "Source", "words": "Words", "paragraphs": "Paragraphs",
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
    numbers = W.HTML(f"<h3>{_esc(nums['title'] or 'Untitled article')}</h3>{cells}{extremes}")
    numbers.add_class("presslens-numbers")
    chart = W.Output()
    chart.add_class("presslens-chart")
    _show_svg(chart, overview_svg(article, tables), "overview charts")
    box = W.VBox([numbers, chart])
    box.add_class("presslens-overview")
    return box


# ---------------------------------------------------------------------------- loading
class ArticleLoader(_Explorer):
    """Load an article: the bundled seed, a file upload, pasted text or a URL.

    The loaded article is :attr:`article`; the overview below the controls is redrawn on each
    load, and callbacks registered with :meth:`on_load` are called with the new article.
    Loading errors are shown in the status line, never raised from a button.

    Args:
        article: the article to start with (default: the bundled seed).
        show_overview: draw :func:`overview` of the loaded article below the controls.

    Example:
        >>> loader = ArticleLoader()                         # doctest: +SKIP
        >>> loader.load_text("Headline\\n\\nSomething happened today.")   # doctest: +SKIP
        >>> loader.article.title                             # doctest: +SKIP
        'Headline'
    """

    def __init__(self, article: Article | None = None, *, show_overview: bool = True) -> None:
        self._callbacks: list[Callable[[Article], Any]] = []
        self.show_overview = show_overview
        self.error: str | None = None
        self.seed_w = W.Button(description="Use the example article", icon="newspaper-o", layout=W.Layout(width="auto"))
        self.upload_w = W.FileUpload(accept=".txt,.md,.html,.htm", multiple=False, description="Upload file")
        self.paste_w = W.Textarea(placeholder="…or paste an article here (headline on the first line)", layout=W.Layout(width="95%", height="8em"))
        self.paste_btn = W.Button(description="Load pasted text")
        self.url_w = W.Text(placeholder="https://…", description="URL", layout=W.Layout(width="60%"))
        self.url_btn = W.Button(description="Fetch")
        self.status = W.HTML()
        self.out = W.VBox()
        for w, cls in (
            (self.seed_w, "presslens-load-seed"),
            (self.upload_w, "presslens-upload"),
            (self.paste_w, "presslens-paste"),
            (self.paste_btn, "presslens-load-paste"),
            (self.url_w, "presslens-url"),
            (self.url_btn, "presslens-load-url"),
            (self.status, "presslens-status"),
        ):
            w.add_class(cls)
        self.seed_w.on_click(lambda _b: self.load_seed())
        self.paste_btn.on_click(lambda _b: self.load_text(self.paste_w.value))
        self.url_btn.on_click(lambda _b: self.load_url(self.url_w.value))
        self.upload_w.observe(self._on_upload, names="value")
        self.widget = W.VBox(
            [
                W.HBox([self.seed_w, self.upload_w]),
                W.HBox([self.url_w, self.url_btn]),
                self.paste_w,
                self.paste_btn,
                self.status,
                self.out,
            ]
        )
        self.widget.add_class("presslens-article-loader")
        self.article: Article | None = None
        if article is None:
            self.load_seed()
        else:
            self._set(article, "given article")

    def on_load(self, callback: Callable[[Article], Any]) -> None:
        """Call ``callback(article)`` whenever a new article is loaded."""
        self._callbacks.append(callback)

    def load_seed(self, name: str | None = None) -> Article | None:
        """Load the bundled example article."""
        from toolkit.datasets import SEED_NAME, load_seed

        return self._try(lambda: load_seed(name or SEED_NAME), "example article")

    def load_text(self, text: str, *, title: str | None = None, published: object = None) -> Article | None:
        """Load pasted text (headline on the first line)."""
        from toolkit.io.load import load_article

        if not text or not text.strip():
            return self._fail("the pasted text is empty")
        return self._try(lambda: load_article(text, title=title, published=published), "pasted text")

    def load_file(self, content: bytes, name: str = "<upload>") -> Article | None:
        """Load an uploaded file's bytes (plain text or HTML)."""
        from toolkit.io.load import load_article

        return self._try(lambda: load_article(bytes(content)), name)

    def load_url(self, url: str) -> Article | None:
        """Fetch and load an article from a URL (needs network access)."""
        from toolkit.io.load import load_article

        if not url or not url.strip().lower().startswith(("http://", "https://")):
            return self._fail("give an http(s):// address")
        return self._try(lambda: load_article(url.strip()), url.strip())

    def _on_upload(self, change: Any) -> None:
        files = change["new"]
        if not files:
            return
        f = files[0]
        self.load_file(bytes(f["content"]), str(f.get("name", "<upload>")))
        self.upload_w.value = ()  # so that uploading the same file again loads it again

    def _try(self, make: Callable[[], Article], label: str) -> Article | None:
        from toolkit.errors import PresslensError

        try:
            art = make()
        except (PresslensError, UnicodeError) as exc:
            return self._fail(str(exc))
        self._set(art, label)
        return art

    def _fail(self, message: str) -> None:
        self.error = message
        self.status.value = f'<span style="color:#D55E00">Could not load: {_esc(message)}</span>'
        return None

    def _set(self, article: Article, label: str) -> None:
        self.article = article
        self.error = None
        self.status.value = (
            f"Loaded <b>{_esc(article.title or 'untitled')}</b> from {_esc(label)} "
            f"({len(article.sentences)} sentences)"
        )
        if self.show_overview:
            self.out.children = (overview(article),)
        for cb in self._callbacks:
            cb(article)
