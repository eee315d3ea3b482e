"""Shared base of the explorers: HTML helpers, SVG charts with overlays, caches, the
:class:`_Explorer` base class and the page's current article (:data:`current`).

The loader sets :data:`current`; every explorer made without an article (or with the current
one) follows it, so loading an article once updates every explorer on the page. The holder is
module state: it lives as long as the kernel, so "Run All" finds the article the user loaded.

Example:
    >>> mark_spans("a <b> c", [(2, 5, "x", {})])
    'a <mark class="x">&lt;b&gt;</mark> c'
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import io
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import ipywidgets as W
import pandas as pd

from toolkit.style import chart_style

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from toolkit.article import Article

__all__ = [
    "ArticleHolder",
    "current",
    "date_warning",
    "mark_spans",
    "tone_color",
    "CHART_SIZE",
    "CHART_DPI",
]

CHART_SIZE: tuple[float, float] = (8.0, 3.2)
CHART_DPI = 80
_CACHE_MAX = 64


# ---------------------------------------------------------------------------- helpers
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

    with chart_style():
        fig = Figure(figsize=size, dpi=CHART_DPI)
        ax = fig.subplots()
    return fig, ax


#: Fixed chart margins (figure fractions): ``tight_layout`` would cost more than the drawing.
MARGINS: dict[str, float] = {"left": 0.09, "right": 0.98, "bottom": 0.19, "top": 0.9}


def _svg(fig: Figure, *, fixed_margins: bool = True, margins: dict[str, float] | None = None) -> str:
    """SVG text of ``fig`` (text kept as text: much faster than rasterising a PNG)."""
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
    article: Article
    following: bool = False
    _jobs: list[Callable[[], Any]]

    def _start(self, article: Article | None, follow: bool | None) -> Article:
        """The article to start with; subscribe to :data:`current` when following it.

        Without an article the explorer shows the current one (the example article when
        nothing was loaded yet) and follows it; with an article it follows only when that
        article is the current one, unless ``follow`` says otherwise.
        """
        if article is None:
            article = current.article
            if article is None:
                from toolkit.datasets import load_seed

                article = load_seed()
            follow = True if follow is None else follow
        elif follow is None:
            follow = article is current.article
        self.following = bool(follow)
        if self.following:
            cell = _cell_id()
            old = current.observe(self._on_current, key=(type(self).__name__, cell) if cell else None)
            for ex in old:  # the same cell was run again: the old explorer is gone from the page
                ex.following = False
        return article

    def _on_current(self, article: Article) -> None:
        if article is not getattr(self, "article", None):
            self.set_article(article)

    def set_article(self, article: Article) -> None:  # pragma: no cover - every explorer overrides
        """Show another article (settings that still apply are kept)."""
        raise NotImplementedError

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


def _fmt_int(v: Any) -> str:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    return str(int(f)) if f.is_integer() else f"{f:.2f}"


def _split_aliases(value: str) -> list[str]:
    return [a.strip() for a in value.split(",") if a.strip()]


def _as_date(value: dt.date | str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])



# ---------------------------------------------------------------------------- the current article
class ArticleHolder:
    """The page's current article: the loader sets it, explorers follow it.

    Listeners are held weakly (a bound method of an explorer that was thrown away is dropped),
    so re-running a cell does not keep old explorers alive through the holder.

    Attributes:
        article: the current article (``None`` until something is loaded).
        origin: where it came from ("example article", a file name, a URL, "pasted text").
        text: the text the user typed or pasted (kept so a re-run loader shows it again).
    """

    def __init__(self) -> None:
        self.article: Article | None = None
        self.origin: str = ""
        self.text: str = ""
        self._listeners: list[tuple[Callable[[], Callable[[Article], Any] | None], Any]] = []  # (ref, key)

    def set(self, article: Article, *, origin: str = "", text: str | None = None) -> None:
        """Make ``article`` current and tell every listener (a failing listener never stops
        the others)."""
        self.article = article
        self.origin = origin
        if text is not None:
            self.text = text
        alive = []
        for ref, key in self._listeners:
            fn = ref()
            if fn is None:
                continue
            alive.append((ref, key))
            try:
                fn(article)
            except Exception:  # noqa: BLE001 - one broken explorer must not break the loader
                import traceback

                traceback.print_exc()
        self._listeners = alive

    def observe(self, callback: Callable[[Article], Any], *, key: Any = None) -> list[Any]:
        """Call ``callback(article)`` whenever the current article changes.

        ``key`` identifies where the listener comes from (an explorer class and the notebook
        cell that made it): a new listener with the key of an earlier one replaces it, so an
        explorer whose cell was run again stops following. Returns the objects whose
        listeners were replaced (``callback.__self__`` of each), so they can be closed.
        """
        ref: Callable[[], Any]
        try:
            ref = weakref.WeakMethod(callback)  # type: ignore[arg-type]
        except TypeError:
            ref = lambda cb=callback: cb  # noqa: E731 - a plain function is held strongly
        replaced: list[Any] = []
        if key is not None:
            keep = []
            for r, k in self._listeners:
                if k == key:
                    fn = r()
                    if fn is not None and hasattr(fn, "__self__"):
                        replaced.append(fn.__self__)
                else:
                    keep.append((r, k))
            self._listeners = keep
        self._listeners.append((ref, key))
        return replaced

    def unobserve(self, callback: Callable[[Article], Any]) -> None:
        """Stop calling ``callback``."""
        self._listeners = [(r, k) for r, k in self._listeners if r() not in (None, callback)]

    def clear(self) -> None:
        """Forget the article, the text and every listener (tests; a fresh start)."""
        self.__init__()  # type: ignore[misc]


#: The one holder of a kernel (module state: survives "Run All").
current = ArticleHolder()


def _cell_id() -> str | None:
    """The JupyterLab cell being run (``None`` outside a kernel, or when the front end does
    not say, e.g. Voila)."""
    try:
        from IPython import get_ipython

        kernel = getattr(get_ipython(), "kernel", None)
        if kernel is None:
            return None
        parent = kernel.get_parent("shell")
        cell = (parent or {}).get("metadata", {}).get("cellId")
        return str(cell) if cell else None
    except Exception:  # noqa: BLE001 - never let bookkeeping break an explorer
        return None


def unresolved_relative(article: Article) -> int:
    """How many relative time expressions ("yesterday", "last week") cannot be resolved
    because the article has no publication date (0 when it has one)."""
    if article.published is not None:
        return 0
    from toolkit.temporal.timeline import timeline

    tl = timeline(article)
    if tl.empty or "relative" not in tl.columns:
        return 0
    rel = tl["relative"].fillna(False).astype(bool)
    unresolved = ~tl["resolved"].fillna(False).astype(bool) if "resolved" in tl.columns else rel
    return int((rel & unresolved).sum())


def date_warning(article: Article | None) -> str:
    """HTML warning (class ``presslens-date-warning``) when relative dates cannot be
    resolved for lack of a publication date; ``""`` otherwise."""
    if article is None:
        return ""
    n = unresolved_relative(article)
    if not n:
        return ""
    return (
        '<div class="presslens-date-warning" style="background:#fff3cd;border:1px solid #E69F00;'
        'padding:4px 8px;margin:4px 0">⚠ <b>No publication date</b>: '
        f"{n} relative date expression(s) (such as “yesterday”, “last week”) cannot be placed on "
        "the calendar. Enter the publication date in the loader (or pass <code>published=</code>).</div>"
    )
