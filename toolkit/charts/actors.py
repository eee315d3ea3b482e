"""Actor charts: who appears (by type), in what tone, with whom, and who gets a voice.

Works, products and events (:data:`toolkit.entities.codebook.THING_TYPES`) are names but not
actors: the frequency, tone and network charts leave them out unless ``show_things=True``, and
say on the chart how many they left out.

Every function takes a table from :mod:`toolkit.entities.actors` or :mod:`toolkit.entities.quotes`, draws on
``ax`` (or a new standard-size axes) inside :func:`toolkit.style.chart_style`, and returns the
axes. Output is deterministic (sorted input, fixed layout seed).

Example:
    >>> from toolkit import load_article                                 # doctest: +SKIP
    >>> from toolkit import actor_frequencies                                     # doctest: +SKIP
    >>> ax = plot_actor_frequencies(actor_frequencies(load_article("seeds/biden-putin-call.txt")))  # doctest: +SKIP
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from toolkit.entities.codebook import THING_TYPES
from toolkit.style import PALETTE, chart_style, legend_below, new_axes, plain, plain_all

if TYPE_CHECKING:
    from collections.abc import Iterable

    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_actor_frequencies", "plot_actor_tone", "plot_cooccurrence_network", "plot_voice", "place_labels", "TYPE_COLORS"]

#: Colour per type (Okabe-Ito, colour-blind safe; one colour per type).
TYPE_COLORS: dict[str, str] = {
    "person": PALETTE["blue"],
    "organization": PALETTE["orange"],
    "place": PALETTE["green"],
    "work": PALETTE["purple"],
    "product": PALETTE["vermillion"],
    "event": PALETTE["skyblue"],
    "other": PALETTE["grey"],
}


def _without_things(df: pd.DataFrame, show_things: bool) -> tuple[pd.DataFrame, int]:
    """``df`` without its works, products and events (unless ``show_things``), and how many
    actors were left out."""
    if show_things or "type" not in df.columns:
        return df, 0
    keep = ~df["type"].isin(THING_TYPES)
    return df[keep], int((~keep).sum())


def _left_out(n: int) -> str:
    return f"{n} work(s), product(s) or event(s) left out" if n else ""


def _type_handles(types: Iterable[str]) -> list[Any]:
    """A colour patch per actor type present in ``types``, in ``TYPE_COLORS`` order (legend entries)."""
    from matplotlib.patches import Patch

    present = set(types)
    return [Patch(color=TYPE_COLORS[t], label=plain(t)) for t in TYPE_COLORS if t in present]


def _legend_for_types(ax: Axes, types: list[str], *, loc: str = "lower right") -> None:
    handles = _type_handles(types)
    if handles:
        ax.legend(handles=handles, loc=loc, title="type")


def _empty(ax: Axes, message: str) -> Axes:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color=PALETTE["grey"])
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def plot_actor_frequencies(
    freq_df: pd.DataFrame, ax: Axes | None = None, *, n: int = 15, show_things: bool = False
) -> Axes:
    """Horizontal bars: mentions per actor (the ``n`` most mentioned), coloured by type.

    Args:
        freq_df: output of :func:`toolkit.entities.actors.actor_frequencies` (needs ``actor``, ``type``,
            ``mentions``).
        n: number of actors shown.
        show_things: also show works, products and events (left out by default; the x label
            says how many were left out).
    """
    with chart_style():
        ax = new_axes(ax)
        if freq_df is None or len(freq_df) == 0:
            return _empty(ax, "no actors found")
        freq_df, hidden = _without_things(freq_df, show_things)
        if len(freq_df) == 0:
            return _empty(ax, "no actors found\n" + _left_out(hidden))
        df = freq_df.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable").head(n)
        df = df.iloc[::-1]
        colors = [TYPE_COLORS.get(t, PALETTE["grey"]) for t in df["type"]]
        ax.barh(range(len(df)), df["mentions"].tolist(), color=colors)
        ax.set_yticks(range(len(df)), plain_all(df["actor"]))
        ax.set_xlabel("mentions (count)" + (f"\n{_left_out(hidden)}" if hidden else ""))
        ax.set_ylabel("actor")
        what = "actors, works, products and events" if show_things else "actors"
        ax.set_title(f"Most mentioned {what} (top {min(n, len(freq_df))})")
        ax.grid(axis="y", visible=False)
        _legend_for_types(ax, df["type"].tolist())
        return ax


def plot_actor_tone(freq_df: pd.DataFrame, ax: Axes | None = None, *, n: int = 15, show_things: bool = False) -> Axes:
    """Mean tone of the sentences mentioning each actor, with ±1 SD bars and the count; with a
    ``mean_tone_to`` column (:func:`toolkit.actor_frequencies`), also the mean target-dependent
    tone toward the actor (hollow diamonds), so the two can be compared.

    Args:
        freq_df: output of :func:`toolkit.entities.actors.actor_frequencies` (needs ``actor``, ``type``,
            ``mentions``, ``sentences``, ``mean_tone``, ``tone_sd``).
        n: number of actors shown (most mentioned first; actors without tone are skipped).
        show_things: also show works, products and events (left out by default; the x label
            says how many were left out).
    """
    with chart_style():
        ax = new_axes(ax)
        if freq_df is None or len(freq_df) == 0:
            return _empty(ax, "no actors found")
        freq_df, hidden = _without_things(freq_df, show_things)
        df = freq_df[freq_df["mean_tone"].notna()]
        df = df.sort_values(["mentions", "actor"], ascending=[False, True], kind="stable").head(n).iloc[::-1]
        if len(df) == 0:
            return _empty(ax, "no actor is mentioned in a scored body sentence")
        y = list(range(len(df)))
        sd = [0.0 if (v is None or (isinstance(v, float) and math.isnan(v))) else float(v) for v in df["tone_sd"]]
        colors = [TYPE_COLORS.get(t, PALETTE["grey"]) for t in df["type"]]
        ax.axvline(0, color=PALETTE["black"], linewidth=0.8)
        ax.errorbar(df["mean_tone"].tolist(), y, xerr=sd, fmt="none", ecolor=PALETTE["grey"], capsize=3, zorder=1)
        ax.scatter(df["mean_tone"].tolist(), y, c=colors, s=40, zorder=2, label="tone of the sentences naming the actor")
        directed = "mean_tone_to" in df.columns and df["mean_tone_to"].notna().any()
        if directed:
            ax.scatter(df["mean_tone_to"].tolist(), y, marker="D", facecolors="none", edgecolors=colors, s=46,
                       linewidths=1.5, zorder=3, label="tone toward the actor (target model)")  # fmt: skip
        labels = [plain(f"{a} (n={int(n)})") for a, n in zip(df["actor"], df["sentences"], strict=True)]
        ax.set_yticks(y, labels)
        lim = max(0.25, max(abs(float(m)) + s for m, s in zip(df["mean_tone"], sd, strict=True)) * 1.1)
        if directed:
            lim = max(lim, float(df["mean_tone_to"].abs().max()) * 1.1)
        ax.set_xlim(-min(lim, 1.05), min(lim, 1.05))
        if directed:
            ax.set_xlabel("mean tone: dots = sentences naming the actor (bars ±1 SD),\n"
                          "diamonds = toward the actor (−1 negative … +1 positive)"
                          + (f"\n{_left_out(hidden)}" if hidden else ""))  # fmt: skip
        else:
            ax.set_xlabel("mean tone of sentences naming the actor\n(−1 negative … +1 positive; bars: ±1 SD)"
                          + (f"\n{_left_out(hidden)}" if hidden else ""))  # fmt: skip
        ax.set_ylabel("actor (number of sentences)")
        ax.set_title("Tone around each actor")
        ax.grid(axis="y", visible=False)
        markers = []
        if directed:
            from matplotlib.lines import Line2D

            markers = [
                Line2D([], [], marker="o", linestyle="", color=PALETTE["grey"], label="sentences naming the actor"),
                Line2D([], [], marker="D", linestyle="", markerfacecolor="none", markeredgecolor=PALETTE["grey"],
                       label="tone toward the actor"),
            ]  # fmt: skip
        # one legend under the x label: never over a dot, a diamond or a bar (two legends inside the axes covered
        # points near the lower right)
        handles = _type_handles(df["type"]) + markers
        legend_below(ax, ncol=min(len(handles), 3 if markers else 4), handles=handles)
        return ax


def plot_cooccurrence_network(
    cooc_df: pd.DataFrame,
    ax: Axes | None = None,
    *,
    seed: int = 0,
    min_count: int = 1,
    n: int = 40,
    types: dict[str, str] | None = None,
    max_labels: int = 30,
    show_things: bool = False,
) -> Axes:
    """Network of actors that appear together: edge width = sentences (or paragraphs) shared.

    Labels never overlap each other or a node: each is tried above, below, right and left of
    its node (strongest nodes first) and left out when there is no free place; how many were
    left out is noted in the corner. Labels are placed each time the figure is drawn, so they
    stay clear after ``fig.tight_layout()``, a resize or ``savefig`` at another size.

    Args:
        cooc_df: output of :func:`toolkit.entities.actors.cooccurrence`.
        seed: seed of the spring layout (same seed, same picture).
        min_count: hide pairs sharing fewer sentences than this.
        n: keep at most this many strongest pairs.
        types: optional actor → type mapping to colour nodes (e.g. from ``actor_frequencies``).
        max_labels: label at most this many nodes (the most connected).
        show_things: with ``types``, also show works, products and events (left out by default,
            with their pairs; the chart says how many were left out). Without ``types`` every
            name is shown.
    """
    import networkx as nx

    with chart_style():
        ax = new_axes(ax)
        if cooc_df is None or len(cooc_df) == 0:
            return _empty(ax, "no actors appear together")
        hidden = 0
        if types and not show_things:
            things = {a for a, t in types.items() if t in THING_TYPES}
            if things:
                names = set(cooc_df["actor_a"]) | set(cooc_df["actor_b"])
                hidden = len(things & names)
                cooc_df = cooc_df[~cooc_df["actor_a"].isin(things) & ~cooc_df["actor_b"].isin(things)]
                if len(cooc_df) == 0:
                    return _empty(ax, "no actors appear together\n" + _left_out(hidden))
        weight_col = "sentences" if cooc_df["sentences"].sum() > 0 else "paragraphs"
        df = cooc_df[cooc_df[weight_col] >= min_count]
        df = df.sort_values([weight_col, "actor_a", "actor_b"], ascending=[False, True, True], kind="stable").head(n)
        if len(df) == 0:
            return _empty(ax, f"no pair shares {min_count}+ {weight_col}")
        g = nx.Graph()
        for a, b, w in sorted(zip(df["actor_a"], df["actor_b"], df[weight_col], strict=True)):
            g.add_edge(str(a), str(b), weight=int(w))
        nodes = sorted(g.nodes())
        h = nx.Graph()
        h.add_nodes_from(nodes)
        h.add_edges_from(sorted(g.edges(data=True)))
        pos = _layout(h, seed=seed)
        wmax = max(d["weight"] for _, _, d in h.edges(data=True))
        for a, b, d in h.edges(data=True):
            (x1, y1), (x2, y2) = pos[a], pos[b]
            ax.plot([x1, x2], [y1, y2], color=PALETTE["grey"], linewidth=0.8 + 4.0 * d["weight"] / wmax, zorder=1)
        strength = {n: sum(d["weight"] for _, _, d in h.edges(n, data=True)) for n in nodes}
        smax = max(strength.values())
        sizes = {n: 80 + 400 * strength[n] / smax for n in nodes}
        colors = [TYPE_COLORS.get(types.get(n, "other"), PALETTE["grey"]) if types else PALETTE["skyblue"] for n in nodes]
        ax.scatter(
            [pos[n][0] for n in nodes], [pos[n][1] for n in nodes],
            s=[sizes[n] for n in nodes], c=colors, zorder=2, edgecolors=PALETTE["black"],
        )  # fmt: skip
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        padx = max(max(xs) - min(xs), 0.5) * 0.2
        pady = max(max(ys) - min(ys), 0.5) * 0.12
        ax.set_xlim(min(xs) - padx, max(xs) + padx)
        # with a type legend, a band at the bottom is kept free for it
        ax.set_ylim(min(ys) - pady * (2.6 if types else 1.0), max(ys) + pady)
        ax.set_title(f"Actors appearing together (edge width = shared {weight_col})")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_xlabel(_left_out(hidden))
        ax.set_ylabel("")
        ax.grid(False)
        legend = None
        if types:
            seen = [t for t in TYPE_COLORS if t in {types.get(n, "") for n in nodes}]
            if seen:
                from matplotlib.patches import Patch

                legend = ax.legend(handles=[Patch(color=TYPE_COLORS[t], label=t) for t in seen], loc="lower center",
                                   ncol=len(seen), fontsize=8, handlelength=1.2)  # fmt: skip
        place_labels(ax, pos, sizes, order=sorted(nodes, key=lambda n: (-strength[n], n)),
                     max_labels=max_labels, avoid=[legend] if legend is not None else [])  # fmt: skip
        return ax


def _layout(g: Any, *, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Spring layout per connected component, components packed side by side (largest first).

    One layout for the whole graph lets a small separate group push the main one into a
    corner; laid out alone, each component gets room in proportion to its size.
    """
    import networkx as nx

    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    pos: dict[str, tuple[float, float]] = {}
    x = 0.0
    for comp in comps:
        sub = g.subgraph(comp)
        size = math.sqrt(len(comp))  # side of the component's square
        if len(comp) == 1:
            local = {comp[0]: (0.0, 0.0)}
        else:
            local = nx.spring_layout(sub, seed=seed, k=1.8 / math.sqrt(len(comp)), iterations=200)
        xs = [p[0] for p in local.values()]
        ys = [p[1] for p in local.values()]
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        span = max(max(xs) - min(xs), max(ys) - min(ys), 1e-9)
        scale = size / span if len(comp) > 1 else 0.0
        for n, (px, py) in local.items():
            pos[n] = (x + size / 2 + (px - cx) * scale, (py - cy) * scale)
        x += size + 0.6
    return pos


#: Where a node's label may go, in order of preference: (dx, dy) direction, ha, va.
_LABEL_SPOTS = (
    ((0, 1), "center", "bottom"),
    ((0, -1), "center", "top"),
    ((1, 0), "left", "center"),
    ((-1, 0), "right", "center"),
    ((1, 1), "left", "bottom"),
    ((-1, 1), "right", "bottom"),
    ((1, -1), "left", "top"),
    ((-1, -1), "right", "top"),
)


def place_labels(
    ax: Axes,
    pos: dict[str, tuple[float, float]],
    sizes: dict[str, float],
    *,
    order: list[str],
    max_labels: int = 30,
    fontsize: float = 8,
    avoid: list[Any] | None = None,
) -> int:
    """Label nodes at ``pos`` (marker areas ``sizes`` in pt²) without overlaps.

    Nodes are labelled in ``order``; each label takes the first free spot around its node (no
    overlap with a placed label, a node, or the axes edge) or is left out (drawn invisible). Returns
    how many were left out now. ``avoid``: artists (a legend) that labels must not cover.

    The labels are placed again every time the figure is drawn, in the geometry it is drawn with:
    ``fig.tight_layout()``, a resized window or ``savefig(dpi=...)`` move the nodes but not the
    text size, so a placement made earlier can overlap later. A note in the top-left corner says
    how many labels were left out in the drawn picture.
    """
    from matplotlib.artist import Artist

    texts = {
        n: ax.annotate(plain(n), pos[n], xytext=(0, 0), textcoords="offset points", fontsize=fontsize, zorder=3)
        for n in order[:max_labels]
    }
    note = ax.text(0.01, 0.99, "", transform=ax.transAxes, fontsize=7, color=PALETTE["grey"], ha="left", va="top")

    class _Placer(Artist):
        """Invisible artist drawn before the labels (zorder 0) that moves them into place."""

        def draw(self, renderer: Any) -> None:
            self.hidden = _place(ax, renderer, texts, pos, sizes, order, avoid or [])
            note.set_text(f"{self.hidden} label(s) left out (no room)" if self.hidden else "")

    placer = _Placer()
    placer.set_zorder(0)
    ax.add_artist(placer)
    placer.draw(ax.figure._get_renderer())  # noqa: SLF001 - the one public-enough way to measure text
    return placer.hidden


#: The most connected actors whose label, with no free spot around the node, goes on the node itself (with three, a
#: dense cluster's fifth most connected actor could sit unlabelled in the middle of the network).
_HUBS_LABELLED_ON_NODE = 6


def _place(
    ax: Axes,
    renderer: Any,
    texts: dict[str, Any],
    pos: dict[str, tuple[float, float]],
    sizes: dict[str, float],
    order: list[str],
    avoid: list[Any],
) -> int:
    """Move each label in ``texts`` to its first free spot, in the axes' current geometry; hide
    the ones with none. Returns how many are hidden (labels past ``texts`` included)."""
    ppd = ax.figure.dpi / 72.0
    frame = ax.get_window_extent(renderer)
    nodes_px = {}
    for n, (x, y) in pos.items():
        px, py = ax.transData.transform((x, y))
        r = math.sqrt(sizes.get(n, 80)) / 2 * ppd
        nodes_px[n] = (px, py, r)
    taken = [tuple(a.get_window_extent(renderer).extents) for a in avoid]  # boxes (x0, y0, x1, y1), px
    pad = 1.5 * ppd

    def clashes(b: tuple[float, float, float, float], own: str) -> bool:
        x0, y0, x1, y1 = b
        if x0 < frame.x0 or x1 > frame.x1 or y0 < frame.y0 or y1 > frame.y1:
            return True
        if any(x0 < t[2] and t[0] < x1 and y0 < t[3] and t[1] < y1 for t in taken):
            return True
        for n, (px, py, r) in nodes_px.items():
            cx, cy = min(max(px, x0), x1), min(max(py, y0), y1)  # nearest point of the box
            if n != own and (cx - px) ** 2 + (cy - py) ** 2 < r * r:
                return True
        return False

    def padded(t: Any) -> tuple[float, float, float, float]:
        bb = t.get_window_extent(renderer)
        return (bb.x0 - pad, bb.y0 - pad, bb.x1 + pad, bb.y1 + pad)

    hidden = len(order) - len(texts)
    for k, (n, t) in enumerate(texts.items()):
        r = nodes_px[n][2]
        t.set_visible(True)
        t.set_bbox(None)
        placed = False
        for ring, ((dx, dy), ha, va) in ((ring, spot) for ring in (0, 1, 2) for spot in _LABEL_SPOTS):
            off = (r / ppd + 2 + ring * 8) / math.hypot(dx, dy)
            t.xyann = (dx * off, dy * off)
            t.set_horizontalalignment(ha)
            t.set_verticalalignment(va)
            t.set_zorder(3)
            box = padded(t)
            if not clashes(box, n):
                taken.append(box)
                placed = True
                break
        if not placed and k < _HUBS_LABELLED_ON_NODE:
            # a hub hemmed in by its neighbours: its name on the node itself, on a white box
            t.xyann = (0, 0)
            t.set_horizontalalignment("center")
            t.set_verticalalignment("center")
            t.set_zorder(4)
            t.set_bbox({"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#999999", "alpha": 0.9})
            box = padded(t)
            if not any(box[0] < o[2] and o[0] < box[2] and box[1] < o[3] and o[1] < box[3] for o in taken):
                taken.append(box)
                placed = True
        t.set_visible(placed)
        hidden += not placed
    return hidden


def plot_voice(quotes_df: pd.DataFrame, ax: Axes | None = None, *, n: int = 12) -> Axes:
    """Who is quoted: quoted words per speaker (actors, anonymous sources, unattributed).

    Args:
        quotes_df: output of :func:`toolkit.entities.quotes.quotes`.
        n: number of speakers shown.
    """
    with chart_style():
        ax = new_axes(ax)
        if quotes_df is None or len(quotes_df) == 0:
            return _empty(ax, "no quotes found")
        df = quotes_df.copy()
        df["who"] = [
            s if isinstance(s, str) and s else "(unattributed)" for s in df["speaker"]
        ]
        agg = df.groupby(["who", "speaker_type"], sort=True).agg(words=("n_words", "sum"), quotes=("n_words", "size"))
        agg = agg.reset_index().sort_values(["words", "who"], ascending=[False, True], kind="stable").head(n).iloc[::-1]
        style = {"actor": PALETTE["blue"], "anonymous": PALETTE["vermillion"], "unknown": PALETTE["grey"]}
        ax.barh(range(len(agg)), agg["words"].tolist(), color=[style.get(t, PALETTE["grey"]) for t in agg["speaker_type"]])
        ax.set_yticks(range(len(agg)), [plain(f"{w} ({q})") for w, q in zip(agg["who"], agg["quotes"], strict=True)])
        ax.set_xlabel("quoted words (count)")
        ax.set_ylabel("speaker (number of quotes)")
        ax.set_title("Voice: who is quoted, by words")
        ax.grid(axis="y", visible=False)
        from matplotlib.patches import Patch

        present = [t for t in style if t in set(agg["speaker_type"])]
        ax.legend(handles=[Patch(color=style[t], label=t) for t in present], loc="lower right", title="speaker")
        return ax
