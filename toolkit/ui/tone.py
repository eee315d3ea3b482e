"""ToneExplorer: sentence tone through an article, with a word-level explanation of each sentence.

Example:
    >>> import toolkit as pl
    >>> ex = pl.ToneExplorer(pl.load_seed())             # doctest: +SKIP
    >>> ex.set_scorer("vader"); ex.select_sentence(5)    # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import ipywidgets as W
import pandas as pd

from toolkit.charts.tone import plot_tone_arc
from toolkit.sentiment.explain import explain_tone
from toolkit.sentiment.tone import tone
from toolkit.ui.base import (
    ARC_LEGEND,
    _arc_xs,
    _Cache,
    _Chart,
    _df_html,
    _drop_legend,
    _esc,
    _Explorer,
    _figure,
    _show_svg,
    _text_panel,
    date_warning,
    mark_spans,
    tone_color,
)

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = ["ToneExplorer", "TONE_SCORERS", "explanation_fields", "compact_contributions"]

#: Scorer columns of :func:`toolkit.sentiment.tone.tone` offered by ToneExplorer (those present are used).
TONE_SCORERS: tuple[str, ...] = ("tone", "polarity", "vader")
#: Plain-language names of the scorers.
SCORER_NAMES: dict[str, str] = {"tone": "Presslens tone", "polarity": "TextBlob polarity", "vader": "VADER compound"}
#: Sentences shown before the selected one; earlier text is folded away so the selected
#: sentence is at the top of the text panel (HTML panels cannot be scrolled from Python).
CONTEXT_BEFORE = 1


def explanation_fields(row: pd.Series, scorers: list[str]) -> list[tuple[str, str]]:
    """A sentence's tone row in plain words: ``[(field, value), ...]``.

    Example:
        >>> explanation_fields(pd.Series({"tone": -0.31, "excluded": False, "in_quote": 0.776}), ["tone"])
        [('Presslens tone', '−0.310 (−1 negative … +1 positive)'), ('counted in the article tone', 'yes'), ('share inside quotes', '78%')]
    """
    out: list[tuple[str, str]] = []
    for s in scorers:
        if s in row.index:
            v = row[s]
            out.append((SCORER_NAMES.get(s, s), "—" if pd.isna(v) else f"{float(v):+.3f}".replace("-", "−") + " (−1 negative … +1 positive)"))
    if "label" in row.index and pd.notna(row["label"]):
        out.append(("label", str(row["label"])))
    if "excluded" in row.index:
        out.append(("counted in the article tone", "no (caption, credit or boilerplate)" if bool(row["excluded"]) else "yes"))
    if "in_quote" in row.index and pd.notna(row["in_quote"]):
        out.append(("share inside quotes", f"{float(row['in_quote']):.0%}"))
    if "voice" in row.index and pd.notna(row["voice"]):
        voice = str(row["voice"])
        out.append(("whose words", {"quote": "mostly a quoted source", "reporter": "mostly the reporter's"}.get(voice, voice)))
    return out


def compact_contributions(contrib: pd.DataFrame) -> pd.DataFrame:
    """Word contributions for the panel: ``scorer, component, word, contribution``, non-zero,
    largest first.

    ``component`` says which part of a scorer a row comes from (for ``tone``: the VADER or
    TextBlob lexicon, a news cue, the baseline), so one word can appear twice under ``tone``
    with different components.
    """
    cols = [c for c in ("scorer", "component", "token", "contribution") if c in contrib.columns]
    if "contribution" not in cols:
        return contrib
    out = contrib[cols]
    out = out[out["contribution"].abs() >= 0.0005]
    order = out["contribution"].abs().sort_values(ascending=False, kind="stable").index
    out = out.loc[order].rename(columns={"token": "word"})
    if "word" in out.columns:
        out["word"] = out["word"].astype(object).where(out["word"].notna(), "(baseline)")
    return out.reset_index(drop=True)


def _short(text: str, n: int = 80) -> str:
    """``text`` cut at a word boundary to at most ``n`` characters (with … when cut)."""
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[:n].rsplit(" ", 1)[0] + " …"


class ToneExplorer(_Explorer):
    """Explore sentence tone: scorer, smoothing window, captions, per-sentence explanation.

    Args:
        article: the article (default: the page's current article, followed as it changes;
            see :data:`toolkit.ui.base.current`).
        scorer: initial scorer column (``"tone"``, ``"polarity"``, ``"vader"``...).
        window: initial smoothing window (sentences) of the tone arc.
        include_captions: score photo captions too (off by default, as in ``toolkit.sentiment.tone``).
        follow: show every article the loader loads (default: when ``article`` is not given or
            is the current one).

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
        article: Article | None = None,
        *,
        scorer: str = "tone",
        window: int = 3,
        include_captions: bool = False,
        follow: bool | None = None,
    ) -> None:
        article = self._start(article, follow)
        self.article = article
        self._reset_caches()
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
        self.sentence_w = W.Dropdown(description="Sentence", layout=W.Layout(width="95%"))
        self._set_sentence_options()
        self.chart = W.Output()
        self.text = W.HTML()
        self.explanation = W.HTML()
        self.warning = W.HTML()
        for w, cls in (
            (self.scorer_w, "presslens-scorer"),
            (self.window_w, "presslens-window"),
            (self.captions_w, "presslens-captions"),
            (self.sentence_w, "presslens-sentence"),
            (self.chart, "presslens-chart"),
            (self.text, "presslens-text"),
            (self.explanation, "presslens-explanation"),
            (self.warning, "presslens-warning"),
        ):
            w.add_class(cls)
        for w in (self.scorer_w, self.window_w, self.captions_w, self.sentence_w):
            w.observe(self._on_change, names="value")
        self.widget = W.VBox(
            [
                self.warning,
                W.HBox([self.scorer_w, self.window_w, self.captions_w]),
                W.HTML(ARC_LEGEND),
                self.chart,
                self.sentence_w,
                W.HBox([self.text, self.explanation], layout=W.Layout(width="100%")),
            ]
        )
        self.text.layout = W.Layout(width="55%")
        self.explanation.layout = W.Layout(width="45%")
        self.widget.add_class("presslens-tone-explorer")
        self._refresh()

    def _reset_caches(self) -> None:
        self._tone: dict[bool, pd.DataFrame] = {}
        self._charts = _Cache()
        self._texts = _Cache()
        self._explanations = _Cache()

    def _set_sentence_options(self) -> None:
        sents = self.article.sentences
        options = [(f"{int(r.sent_id):>3}  [{r.kind}]  {_short(r.text)}", int(r.sent_id)) for r in sents.itertuples()]
        first_body = sents.loc[sents["kind"] == "body", "sent_id"]
        value = int(first_body.iloc[0]) if len(first_body) else (int(sents["sent_id"].iloc[0]) if len(sents) else None)
        self.sentence_w.options = options
        self.sentence_w.value = value

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
        """The (cached) :func:`toolkit.sentiment.tone.tone` table for the current or given caption setting."""
        flag = self.include_captions if include_captions is None else bool(include_captions)
        if flag not in self._tone:
            self._tone[flag] = tone(self.article, include_captions=flag)
        return self._tone[flag]

    # -- interactions
    def set_article(self, article: Article) -> None:
        """Show another article (scorer, window and caption setting are kept)."""
        self.article = article
        self._reset_caches()
        self.sentence_w.unobserve(self._on_change, names="value")
        self._set_sentence_options()
        self.sentence_w.observe(self._on_change, names="value")
        self._refresh()

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
        """Select a sentence: it is outlined in the text (brought to the top of the panel) and
        explained beside it."""
        ids = {v for _, v in self.sentence_w.options}
        if int(sent_id) not in ids:
            raise ValueError(f"no sentence {sent_id}; sentences are {min(ids)}..{max(ids)}")
        self.sentence_w.value = int(sent_id)

    # -- rendering
    def _on_change(self, _change: Any = None) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self.warning.value = date_warning(self.article)
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
            plot_tone_arc(df, ax=ax, window=window, scorer=scorer)
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
        sents = self.article.sentences
        ids = [int(i) for i in sents["sent_id"]]
        pos = ids.index(self.selected) if self.selected in ids else 0
        first = max(0, pos - CONTEXT_BEFORE)
        cut = int(sents["start"].iloc[first]) if first > 0 else 0
        spans = []
        for r in sents.itertuples():
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
        text = self.article.text
        body = mark_spans(text[cut:], [(a - cut, b - cut, c, d) for a, b, c, d in spans if a >= cut], tag="span")
        if cut:
            # earlier text folded away: the selected sentence is at the top of the panel
            earlier = mark_spans(text[:cut], [sp for sp in spans if sp[1] <= cut], tag="span")
            body = (
                f'<details class="presslens-earlier"><summary>{first} earlier sentence(s)</summary>'
                f"{earlier}</details>{body}"
            )
        return self._texts.put(key, legend + _text_panel(body))

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
            cells = "".join(
                f"<tr><td>{_esc(k)}</td><td>{_esc(v)}</td></tr>" for k, v in explanation_fields(df.loc[sid], self.scorers)
            )
            parts.append(f'<table class="presslens-fields">{cells}</table>')
        try:
            contrib = explain_tone(text)
        except Exception as exc:  # noqa: BLE001 - show the problem in the panel, keep the explorer
            parts.append(f'<p style="color:#D55E00">No word-level explanation: {_esc(exc)}</p>')
        else:
            parts.append(
                "<b>Words that moved the score</b>"
                '<div style="font-size:85%;color:#555">component: which part of the scorer counted the '
                "word (for Presslens tone: the VADER or TextBlob lexicon, a news cue, or the baseline)</div>"
                + _df_html(compact_contributions(contrib), max_rows=15)
            )
        return self._explanations.put(key, "".join(parts))
