"""Timeline charts: events on a date axis, and the narrative order of a story through time.

Both charts take the output of :func:`toolkit.temporal.timeline.events` (or
:func:`toolkit.temporal.timeline.timeline`; rows without a calendar span are skipped). Far-apart dates
(1962, 2014, 2021-22) are drawn on a *compressed* axis: the dates are grouped into clusters
separated by long gaps, each cluster gets its own linear stretch of the axis, and the gaps are
cut out and marked with a zig-zag ``//`` break, so neither 1962 nor last week is squashed.

Example:
    >>> from toolkit import load_article                      # doctest: +SKIP
    >>> from toolkit.temporal.timeline import events                   # doctest: +SKIP
    >>> ax = plot_timeline(events(load_article("seeds/biden-putin-call.txt")))  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_timeline", "plot_narrative_order", "DateScale"]

_REL_STYLE = {
    "past": ("blue", "past"),
    "present": ("green", "around publication"),
    "future": ("orange", "future"),
    None: ("grey", "relation unknown"),
}


def _to_date(v: Any) -> dt.date | None:
    if v is None:
        return None
    try:
        if v != v:  # NaT / NaN
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if hasattr(v, "to_pydatetime"):
        return v.to_pydatetime().date()
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


class DateScale:
    """Piecewise-linear date -> axis mapping that cuts out long empty gaps.

    Args:
        dates: the dates or (first day, last day) spans to show.
        gap_days: a gap longer than this (default half a year) starts a new cluster.

    Example:
        >>> s = DateScale([(dt.date(1962, 1, 1), dt.date(1962, 12, 31)), dt.date(2021, 12, 7), dt.date(2022, 1, 13)])
        >>> len(s.clusters)
        2
    """

    def __init__(self, dates: list[Any], *, gap_days: float | None = None) -> None:
        spans = sorted((d, d) if isinstance(d, dt.date) else (d[0], d[1]) for d in dates)
        thr = gap_days if gap_days is not None else 183.0
        merged: list[list[Any]] = []  # [start, end, count]
        for a, b in spans:
            if merged and (a - merged[-1][1]).days <= thr:
                merged[-1][1] = max(merged[-1][1], b)
                merged[-1][2] += 1
            else:
                merged.append([a, b, 1])
        self.clusters = [(m[0], m[1]) for m in merged]
        # a cluster's width grows with its span (log of months) and with how many dates it holds
        self.gap = 0.35
        self.segments: list[tuple[dt.date, dt.date, float, float]] = []
        x = 0.0
        for a, b, n in merged:
            span = max((b - a).days, 0)
            w = 1.0 + 0.6 * math.log1p(span / 30.0) + 0.4 * min(n, 20)
            pad = max(span * 0.04, 3)
            a2, b2 = a - dt.timedelta(days=pad), b + dt.timedelta(days=pad)
            self.segments.append((a2, b2, x, x + w))
            x += w + self.gap
        self.width = max(x - self.gap, 1.0)

    @property
    def broken(self) -> bool:
        """True when the axis has at least one cut."""
        return len(self.segments) > 1

    def __call__(self, d: dt.date) -> float:
        """Axis position of a date."""
        for a, b, x0, x1 in self.segments:
            if a <= d <= b:
                return x0 + (x1 - x0) * ((d - a).days / max((b - a).days, 1))
        # outside every cluster: clamp to the nearest segment edge
        best = min(self.segments, key=lambda s: min(abs((d - s[0]).days), abs((d - s[1]).days)))
        return best[2] if d < best[0] else best[3]

    def ticks(self, max_per_segment: int = 4) -> tuple[list[float], list[str]]:
        """Tick positions and labels (years, months or days depending on each cluster's span)."""
        pos: list[float] = []
        lab: list[str] = []
        for a, b, _x0, _x1 in self.segments:
            span = (b - a).days
            cands: list[tuple[dt.date, str]] = []
            if 300 < span < 400:
                mid = a + (b - a) / 2
                cands = [(mid, str(mid.year))]
            elif span > 3 * 365:
                step = max(1, round((b.year - a.year) / max_per_segment))
                cands = [(dt.date(y, 1, 1), str(y)) for y in range(a.year + 1, b.year + 1, step)]
            elif span > 75:
                d = dt.date(a.year, a.month, 1)
                months = []
                while d <= b:
                    if d >= a:
                        months.append(d)
                    d = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
                step = max(1, math.ceil(len(months) / max_per_segment))
                cands = [(m, m.strftime("%b %Y")) for m in months[::step]]
            else:
                step = max(1, math.ceil(span / max_per_segment))
                d = a + dt.timedelta(days=(step - (a.toordinal() % step)) % step)
                while d <= b:
                    cands.append((d, d.strftime("%d %b %Y")))
                    d += dt.timedelta(days=step)
            if not cands:
                mid = a + (b - a) / 2
                cands = [(mid, str(mid.year) if span > 200 else mid.strftime("%b %Y"))]
            for d, text in cands:
                pos.append(self(d))
                lab.append(text)
        return pos, lab


def _prepare(df: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for r in df.to_dict("records"):
        a, b = _to_date(r.get("date_start")), _to_date(r.get("date_end"))
        if a is None:
            continue
        b = b or a
        text = str(r.get("text") or "")
        label = r.get("label")
        label = str(label) if label is not None and label == label and str(label) else ""
        rows.append(
            {
                "start": a,
                "end": max(a, b),
                "text": text,
                "label": label,
                "relation": r.get("relation") if r.get("relation") in _REL_STYLE else None,
                "sent_id": r.get("sent_id"),
            }
        )
    return rows


def _published(df: pd.DataFrame, published: object) -> dt.date | None:
    if published is not None:
        return _to_date(published)
    return _to_date(df.attrs.get("published")) if hasattr(df, "attrs") else None


#: What an empty timeline says when the article has no publication date: why relative dates are not on it.
NO_PUBLISHED_HINT = ("no publication date: relative dates (\u201clast week\u201d, \u201con Sunday\u201d) cannot be placed;\n"
                     "load the article with published=\"YYYY-MM-DD\" (or the loader\u2019s Published field)")


def _empty(ax: Axes, what: str, *, published: dt.date | None = None, known: bool = True) -> Axes:
    """An empty chart that says so, and why when the publication date is unknown (``known=False``)."""
    msg = "no dated expressions" if known or published is not None else "no dated expressions\n" + NO_PUBLISHED_HINT
    ax.text(0.5, 0.5, msg, ha="center", va="center", transform=ax.transAxes, color="#555555", fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
    from toolkit.style import plain

    ax.set_title(plain(what))
    ax.grid(False)
    return ax


def _thin(pos: list[float], labels: list[str], inches_per_unit: float, min_gap_in: float) -> tuple[list[float], list[str]]:
    """Drop ticks closer than ``min_gap_in`` inches to the last one kept (so that date labels
    never print over each other on a narrow axes, e.g. in the overview)."""
    kept_p: list[float] = []
    kept_l: list[str] = []
    for p, lab in sorted(zip(pos, labels, strict=True)):
        if kept_p and (p - kept_p[-1]) * inches_per_unit < min_gap_in:
            continue
        kept_p.append(p)
        kept_l.append(lab)
    return kept_p, kept_l


def _mark_breaks(ax: Axes, scale: DateScale, *, axis: str = "x") -> None:
    """Shade each cut-out gap and put a ``//`` just inside the axes at the date axis, where
    it cannot collide with the date tick labels (which sit outside)."""
    for (_a, _b, _x0, x1), nxt in zip(scale.segments, scale.segments[1:], strict=False):
        mid = (x1 + nxt[2]) / 2
        if axis == "x":
            ax.axvspan(x1, nxt[2], color="#eeeeee", zorder=0, lw=0)
            ax.annotate("//", (mid, 0.0), xycoords=ax.get_xaxis_transform(), xytext=(0, 2), textcoords="offset points",
                        ha="center", va="bottom", fontsize=11, annotation_clip=False, gid="presslens-break")  # fmt: skip
        else:
            ax.axhspan(x1, nxt[2], color="#eeeeee", zorder=0, lw=0)
            ax.annotate("//", (0.0, mid), xycoords=ax.get_yaxis_transform(), xytext=(2, 0), textcoords="offset points",
                        ha="left", va="center", fontsize=11, rotation=90, annotation_clip=False,
                        gid="presslens-break")  # fmt: skip


def plot_timeline(
    df: pd.DataFrame,
    ax: Axes | None = None,
    *,
    published: object = None,
    max_label: int = 40,
    title: str | None = "Timeline of the story",
) -> Axes:
    """Events on a date axis, labelled, coloured past / around publication / future.

    Args:
        df: output of :func:`toolkit.temporal.timeline.events` (``label`` used when present) or
            :func:`toolkit.temporal.timeline.timeline`; rows without ``date_start`` are skipped.
        ax: axes to draw on (a new figure otherwise).
        published: publication date to mark (default: ``df.attrs["published"]``).
        max_label: labels are cut to this many characters.
        title: chart title.

    Returns:
        The matplotlib Axes. Labels are stacked on levels so they do not overlap; long
        empty stretches of time are cut out of the axis (see :class:`DateScale`).
    """
    from toolkit.style import PALETTE, chart_style, new_axes, plain

    with chart_style():
        ax = new_axes(ax)
        rows = _prepare(df)
        pub = _published(df, published)
        if not rows:
            return _empty(ax, title or "", published=pub, known=pub is not None or "published" not in getattr(df, "attrs", {}))
        dates = [(r["start"], r["end"]) for r in rows] + ([pub] if pub else [])
        scale = DateScale(dates)
        rows.sort(key=lambda r: (r["start"], r["end"], r["text"]))
        # greedy stacking: estimate each label's width in axis units from its length
        fig_w = ax.figure.get_figwidth() * ax.get_position().width
        units_per_char = scale.width / max(fig_w * 72 / 6.2, 1)
        level_end: list[float] = []
        placed = []
        for r in rows:
            x0, x1 = scale(r["start"]), scale(r["end"])
            body = r["label"] or ""
            text = f"{r['text']}: {body}" if body else r["text"]
            if len(text) > max_label:
                text = text[: max_label - 1].rstrip() + "…"
            w = len(text) * units_per_char
            lvl = next((i for i, e in enumerate(level_end) if e < x0), len(level_end))
            if lvl == len(level_end):
                level_end.append(0.0)
            level_end[lvl] = max(x0 + w, x1) + units_per_char * 2
            placed.append((r, x0, x1, lvl, text))
        n_levels = max(len(level_end), 1)
        seen: set[str] = set()
        for r, x0, x1, lvl, text in placed:
            colour_key, legend = _REL_STYLE[r["relation"]]
            colour = PALETTE[colour_key]
            y = n_levels - lvl
            lab = legend if legend not in seen else None
            seen.add(legend)
            if x1 - x0 > 0.02:
                ax.plot([x0, x1], [y, y], color=colour, lw=5, alpha=0.6, solid_capstyle="butt", label=lab)
                lab = None
            ax.plot([x0], [y], "o", color=colour, ms=5, label=lab)
            ax.vlines(x0, 0, y, color=colour, lw=0.6, alpha=0.5)
            ax.annotate(plain(text), (x0, y), xytext=(4, 4), textcoords="offset points", fontsize=8, ha="left", va="bottom")
        if pub is not None:
            xp = scale(pub)
            ax.axvline(xp, color=PALETTE["vermillion"], ls="--", lw=1.2, label=f"published {pub.isoformat()}")
        if scale.broken:
            _mark_breaks(ax, scale, axis="x")
        pos, labels = scale.ticks()
        xmax = scale.width + max(0.8, scale.width * 0.25)
        axes_in = ax.figure.get_figwidth() * ax.get_position().width
        pos, labels = _thin(pos, labels, axes_in / (xmax + 0.1), 0.4)
        ax.set_xticks(pos)
        ax.set_xticklabels(labels, rotation=30, ha="right", fontsize=8)
        ax.set_xlim(-0.1, xmax)
        ax.set_ylim(0, n_levels + 1)
        ax.set_yticks([])
        ax.grid(axis="y", visible=False)
        ax.set_xlabel("date (compressed axis: // marks cut-out years)" if scale.broken else "date")
        if title:
            ax.set_title(plain(title))
        ax.legend(loc="upper center", fontsize=8, ncol=4, bbox_to_anchor=(0.5, -0.28))
        return ax


def plot_narrative_order(
    df: pd.DataFrame,
    ax: Axes | None = None,
    *,
    published: object = None,
    title: str | None = "Narrative order: sentence vs. date referred to",
) -> Axes:
    """Sentence order (x) against the date each sentence refers to (y): how the story moves in time.

    Args:
        df: output of :func:`toolkit.temporal.timeline.events` or :func:`toolkit.temporal.timeline.timeline`
            (needs ``sent_id``, ``date_start``, ``date_end``).
        ax: axes to draw on (a new figure otherwise).
        published: publication date to mark (default: ``df.attrs["published"]``).
        title: chart title.

    Returns:
        The matplotlib Axes: one point per dated expression (a vertical bar for its span),
        connected in reading order; the date axis is compressed like :func:`plot_timeline`.
    """
    from toolkit.style import PALETTE, chart_style, new_axes, plain

    with chart_style():
        ax = new_axes(ax)
        rows = [r for r in _prepare(df) if r["sent_id"] is not None and r["sent_id"] == r["sent_id"]]
        pub = _published(df, published)
        if not rows:
            return _empty(ax, title or "", published=pub, known=pub is not None or "published" not in getattr(df, "attrs", {}))
        dates = [(r["start"], r["end"]) for r in rows] + ([pub] if pub else [])
        scale = DateScale(dates)
        rows.sort(key=lambda r: (int(r["sent_id"]), r["start"]))
        xs = [int(r["sent_id"]) for r in rows]
        ys = [(scale(r["start"]) + scale(r["end"])) / 2 for r in rows]
        ax.plot(xs, ys, color=PALETTE["grey"], lw=1, zorder=1)
        seen: set[str] = set()
        last_xy: tuple[float, float] | None = None
        for i, (r, x, y) in enumerate(zip(rows, xs, ys, strict=True)):
            colour_key, legend = _REL_STYLE[r["relation"]]
            lab = legend if legend not in seen else None
            seen.add(legend)
            ax.vlines(x, scale(r["start"]), scale(r["end"]), color=PALETTE[colour_key], lw=3, alpha=0.5)
            ax.plot([x], [y], "o", color=PALETTE[colour_key], ms=6, zorder=2, label=lab)
            near = last_xy is not None and abs(last_xy[0] - x) < 1.5 and abs(last_xy[1] - y) < scale.width * 0.04
            dy = (-9 if i % 2 else 9) if near else 0
            ax.annotate(plain(r["text"]), (x, y), xytext=(5, dy), textcoords="offset points", fontsize=7, va="center")
            last_xy = (x, y)
        if pub is not None:
            ax.axhline(scale(pub), color=PALETTE["vermillion"], ls="--", lw=1.2, label=f"published {pub.isoformat()}")
        if scale.broken:
            _mark_breaks(ax, scale, axis="y")
        pos, labels = scale.ticks()
        axes_in = ax.figure.get_figheight() * ax.get_position().height
        pos, labels = _thin(pos, labels, axes_in / (scale.width + 0.4), 0.16)
        ax.set_yticks(pos)
        ax.set_yticklabels(labels, fontsize=8)
        ax.set_ylim(-0.2, scale.width + 0.2)
        ax.set_xlim(min(xs) - 1, max(xs) + 3)
        ax.set_xlabel("sentence number (reading order)")
        ax.set_ylabel("date referred to" + (" (compressed)" if scale.broken else ""))
        if title:
            ax.set_title(plain(title))
        ax.legend(loc="best", fontsize=8)
        return ax
