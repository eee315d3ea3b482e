"""TimelineExplorer: the article's events on a calendar, filtered by date range and relation.

Example:
    >>> import toolkit as pl
    >>> ex = pl.TimelineExplorer(pl.load_seed())         # doctest: +SKIP
    >>> ex.set_relation("future"); ex.select_event(0)    # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import ipywidgets as W
import pandas as pd

from toolkit.charts.timeline import plot_timeline
from toolkit.temporal.timeline import events, when
from toolkit.ui.base import (
    CHART_SIZE,
    TIMELINE_LEGEND,
    _as_date,
    _Cache,
    _df_html,
    _drop_legend,
    _Explorer,
    _figure,
    _show_svg,
    _svg,
    _text_panel,
    date_warning,
    mark_spans,
)

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = ["TimelineExplorer"]


class TimelineExplorer(_Explorer):
    """Explore the article's timeline: date range, past/future filter, event → sentence.

    Args:
        article: the article (default: the page's current article, followed as it changes).
        published: the reference date for relative expressions (default: the article's).
        follow: show every article the loader loads (default: when ``article`` is not given or
            is the current one).

    Attributes:
        events: the full events table; ``filtered``: the rows passing the current filters.

    Example:
        >>> ex = TimelineExplorer(load_seed())               # doctest: +SKIP
        >>> ex.set_relation("future"); ex.select_event(0)    # doctest: +SKIP
    """

    def __init__(
        self,
        article: Article | None = None,
        *,
        published: dt.date | str | None = None,
        follow: bool | None = None,
    ) -> None:
        self.article = self._start(article, follow)
        self._published = published
        self._charts = _Cache()
        self.chart_svg: str = ""
        self.range_w = W.SelectionRangeSlider(
            options=[("", dt.date.today())],
            index=(0, 0),
            description="Dates",
            readout=False,
            layout=W.Layout(width="55%"),
        )
        self.range_label = W.HTML()
        self.relation_w = W.ToggleButtons(options=["all"], value="all", description="When")
        self.undated_w = W.Checkbox(value=True, description="Keep undated")
        self.event_w = W.Select(options=[], rows=8, description="Events", layout=W.Layout(width="95%"))
        self.chart = W.Output()
        self.table = W.HTML()
        self.sentence = W.HTML()
        self.warning = W.HTML()
        for w, cls in (
            (self.warning, "presslens-warning"),
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
                self.warning,
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
        self._load_events()
        self._on_filter()

    def _load_events(self) -> None:
        """Compute the events table and the slider's dates (at start and for a new article)."""
        ev = events(self.article, published=self._published).reset_index(drop=True)
        for c in ("date_start", "date_end"):
            if c in ev.columns:
                ev[c] = pd.to_datetime(ev[c], errors="coerce")
        self.events = ev
        self.filtered: pd.DataFrame = ev
        dated = ev.dropna(subset=["date_start"]) if "date_start" in ev.columns else ev.iloc[0:0]
        days = sorted({d.date() for d in dated["date_start"]} | {d.date() for d in dated.get("date_end", pd.Series()).dropna()})
        if not days:
            days = [self.article.published or dt.date.today()]
        if len(days) == 1:
            days = [days[0], days[0]]
        self.days: list[dt.date] = days
        self._charts = _Cache()
        relations = ["all", *sorted({str(r) for r in ev.get("relation", pd.Series(dtype=str)).dropna()})]
        watched = (self.range_w, self.relation_w, self.undated_w)
        for w in watched:
            w.unobserve(self._on_filter, names="value")
        self.range_w.options = [(d.isoformat(), d) for d in days]
        self.range_w.index = (0, len(days) - 1)
        self.relation_w.options = relations
        self.relation_w.value = "all"
        for w in watched:
            w.observe(self._on_filter, names="value")
        self.warning.value = date_warning(self.article)

    def set_article(self, article: Article) -> None:
        """Show another article (relative dates resolved against its own publication date)."""
        self.article = article
        self._published = None
        self._load_events()
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
        value = r.get("value")
        if isinstance(value, str) and value:
            date = when(value)  # a month stays a month, a weekend says so
        else:
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
                plot_timeline(filtered, ax=ax)
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

