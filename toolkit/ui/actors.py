"""ActorExplorer: who appears in an article, their mentions in context, tone and company.

Works, products and events (films, browsers, wars, festivals) are names but not actors: the
explorer leaves them out of its actor list and its "who appears" chart until the user ticks
"show works, products and events".

Example:
    >>> import toolkit as pl
    >>> ex = pl.ActorExplorer(pl.load_seed())            # doctest: +SKIP
    >>> ex.select_actor(ex.actor_names[1])              # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import ipywidgets as W
import pandas as pd

from toolkit.charts.actors import plot_actor_frequencies
from toolkit.charts.tone import plot_tone_arc
from toolkit.entities.actors import actors
from toolkit.entities.codebook import (
    ACTOR_TYPES,
    THING_TYPES,
    Codebook,
    CodebookEntry,
    load_codebook,
)
from toolkit.entities.crosstabs import actor_frequencies, cooccurrence
from toolkit.entities.stances import actor_tone
from toolkit.sentiment.tone import tone
from toolkit.ui.base import (
    ARC_LEGEND,
    _arc_xs,
    _Cache,
    _Chart,
    _drop_legend,
    _esc,
    _Explorer,
    _figure,
    _fmt,
    _fmt_int,
    _show_svg,
    _split_aliases,
    _svg,
    _text_panel,
    date_warning,
    mark_spans,
)

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = ["ActorExplorer"]


class ActorExplorer(_Explorer):
    """Explore who appears: mentions highlighted, keyword-in-context, tone, co-occurrence.

    Args:
        article: the article (default: the page's current article, followed as it changes).
        codebook: an actor codebook (``toolkit.entities.codebook``), path or dict; ``None`` for the
            built-in detection.
        actor: the actor selected first (default: the most mentioned).
        follow: show every article the loader loads (default: when ``article`` is not given or
            is the current one).
        show_things: also list and chart works, products and events (the "show works, products
            and events" box; off by default).

    Attributes:
        highlighted: ``(start, end)`` offsets of the selected actor's mentions, as marked in
            the text panel.
        actor_names: the names in the actor list, most mentioned first (works, products and
            events only while they are shown).
        who_svg: the "who appears" chart (mentions per actor, coloured by type) as shown.

    Example:
        >>> ex = ActorExplorer(load_seed())                  # doctest: +SKIP
        >>> ex.select_actor(ex.actor_names[1])              # doctest: +SKIP
    """

    def __init__(
        self,
        article: Article | None = None,
        *,
        codebook: Any = None,
        actor: str | None = None,
        follow: bool | None = None,
        show_things: bool = False,
    ) -> None:
        self.article = self._start(article, follow)
        self.things_w = W.Checkbox(value=bool(show_things), description="show works, products and events", indent=False)
        self.codebook = codebook
        self.aliases: dict[str, list[str]] = {}
        self._types: dict[str, str] = {}
        self._charts = _Cache()
        self.chart_svg: str = ""
        self.who_svg: str = ""
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
        self.who = W.Output()
        self.text = W.HTML()
        self.kwic_w = W.HTML()
        self.info = W.HTML()
        self.warning = W.HTML()
        for w, cls in (
            (self.warning, "presslens-warning"),
            (self.actor_w, "presslens-actor"),
            (self.aliases_w, "presslens-aliases"),
            (self.apply_w, "presslens-aliases-apply"),
            (self.chart, "presslens-chart"),
            (self.things_w, "presslens-things"),
            (self.who, "presslens-who-chart"),
            (self.text, "presslens-text"),
            (self.kwic_w, "presslens-kwic"),
            (self.info, "presslens-actor-info"),
        ):
            w.add_class(cls)
        self.actor_w.observe(self._on_change, names="value")
        self.things_w.observe(self._on_things, names="value")
        self.apply_w.on_click(lambda _b: self.set_aliases(self.actor, _split_aliases(self.aliases_w.value)))
        self.text.layout = W.Layout(width="55%")
        self.info.layout = W.Layout(width="45%")
        self.widget = W.VBox(
            [
                self.warning,
                W.HBox([self.actor_w, self.aliases_w, self.apply_w]),
                self.things_w,
                W.HTML(ARC_LEGEND),
                self.chart,
                self.who,
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
        self.mentions = actors(self.article, codebook=cb)
        self.frequencies = actor_frequencies(self.article, codebook=cb)
        self.cooc = cooccurrence(self.article, codebook=cb)
        self._tone = tone(self.article)
        self.actor_tone = actor_tone(self.article, codebook=cb)
        self._types.update({str(a): str(t) for a, t in zip(self.frequencies["actor"], self.frequencies["type"], strict=True)})
        freq = self.frequencies.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable")
        self._all_names: list[str] = [str(a) for a in freq["actor"]]
        self._things: set[str] = {str(a) for a, t in zip(freq["actor"], freq["type"], strict=True) if t in THING_TYPES}
        self.actor_names: list[str] = self._listed()
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

    @property
    def show_things(self) -> bool:
        """Whether works, products and events are listed and charted (the checkbox)."""
        return bool(self.things_w.value)

    def _listed(self) -> list[str]:
        if self.show_things:
            return list(self._all_names)
        return [a for a in self._all_names if a not in self._things]

    def _set_options(self, keep: str | None) -> None:
        """Fill the actor list, keeping ``keep`` selected when it is listed (else the first)."""
        self.actor_names = self._listed()
        self.actor_w.unobserve(self._on_change, names="value")
        self.actor_w.options = self.actor_names
        self.actor_w.value = keep if keep in self.actor_names else (self.actor_names[0] if self.actor_names else None)
        self.actor_w.observe(self._on_change, names="value")

    # -- interactions
    def set_article(self, article: Article) -> None:
        """Show another article (the codebook and the aliases typed so far are kept)."""
        self.article = article
        self._compute()
        self._set_options(None)
        self._on_change()

    def select_actor(self, name: str) -> None:
        """Select an actor: highlight their mentions, show their KWIC, tone and company.

        A work, product or event is selected too; the list then shows works, products and
        events (the box is ticked)."""
        if name not in self._all_names:
            raise ValueError(f"unknown actor {name!r}; actors: {self._all_names}")
        if name not in self.actor_names:
            self.set_show_things(True)
        self.actor_w.value = name

    def set_show_things(self, show: bool) -> None:
        """List and chart works, products and events too (``True``) or leave them out, as the
        "show works, products and events" box does."""
        self.things_w.value = bool(show)

    def set_aliases(self, name: str, aliases: Sequence[str]) -> None:
        """Give actor ``name`` extra names (e.g. a nickname, a metonym such as a capital city).

        The actor tables are recomputed with the edited codebook and the actor stays selected.
        """
        self.aliases[name] = [a.strip() for a in aliases if a.strip()]
        self._compute()
        self._set_options(name)
        self.aliases_w.value = ", ".join(self.aliases.get(name, []))
        self._refresh()

    # -- rendering
    def _on_change(self, _change: Any = None) -> None:
        self.aliases_w.value = ", ".join(self.aliases.get(self.actor or "", []))
        self._refresh()

    def _on_things(self, _change: Any = None) -> None:
        self._set_options(self.actor)
        self._on_change()

    def actor_mentions(self, name: str | None = None) -> pd.DataFrame:
        """Mentions of ``name`` (default: the selected actor), in text order."""
        name = self.actor if name is None else name
        if name not in self._by_actor:
            m = self.mentions[self.mentions["actor"] == name]
            self._by_actor[name] = m.sort_values("start", kind="stable")
        return self._by_actor[name]

    def _refresh(self) -> None:
        self.warning.value = date_warning(self.article)
        name = self.actor
        m = self.actor_mentions(name)
        self.highlighted = [(int(s), int(e)) for s, e in zip(m["start"], m["end"], strict=True)]
        self.text.value = self._text_html(name)
        self.kwic_w.value = self._kwic_html(name)
        self.info.value = self._info_html(name)
        self._draw_chart(name)
        self._draw_who()

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
        directed = self.actor_tone[(self.actor_tone["actor"] == name) & self.actor_tone["kind"].isin(("title", "body"))]
        if len(directed):
            to, st = float(directed["tone_to"].mean()), float(directed["sentence_tone"].mean())
            labels = directed["label"].value_counts()
            counts = ", ".join(f"{int(labels.get(k, 0))} {k}" for k in ("negative", "neutral", "positive"))
            rows += (
                f"<tr><td>tone toward {_esc(name)} (model)</td><td>{to:+.2f} ({counts})</td></tr>"
                f"<tr><td>tone of the sentences naming them</td><td>{st:+.2f}</td></tr>"
            )
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
            plot_tone_arc(self._tone, ax=ax, window=1, scorer="tone")
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

    def _draw_who(self) -> None:
        """The "who appears" chart: mentions per actor, coloured by type (works, products and
        events only while they are shown)."""
        key = ("who", self.show_things)
        svg = self._charts.get(key)
        if svg is None:
            fig, ax = _figure()
            plot_actor_frequencies(self.frequencies, ax=ax, n=8, show_things=self.show_things)
            svg = self._charts.put(key, _svg(fig, margins={"left": 0.3, "bottom": 0.24}))
        if svg != self.who_svg or not self.who.outputs:
            self.who_svg = svg
            _show_svg(self.who, svg, "who appears: mentions per actor")



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

