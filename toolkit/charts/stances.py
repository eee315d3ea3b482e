"""Who speaks about whom: a signed, directed network of stances.

Takes the table of :func:`toolkit.stances` (one article) or of a corpus (same columns) and only
draws.

Example:
    >>> import toolkit as pl
    >>> ax = pl.plot_stance_network(pl.stances(pl.load_seed()))  # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.style import PALETTE, chart_style, new_axes, plain

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

__all__ = ["plot_stance_network", "stance_edges"]


def stance_edges(stances_df: pd.DataFrame, *, band: float = 0.125) -> pd.DataFrame:
    """Speaker → target edges: ``speaker``, ``target``, ``n`` (stances), ``tone`` (mean) and
    ``sign`` (negative / neutral / positive with the neutral ``band``)."""
    import pandas as pd

    if stances_df is None or len(stances_df) == 0:
        return pd.DataFrame({"speaker": pd.Series([], dtype="str"), "target": pd.Series([], dtype="str"),
                             "n": pd.Series([], dtype="int64"), "tone": pd.Series([], dtype="float64"),
                             "sign": pd.Series([], dtype="str")})  # fmt: skip
    g = stances_df.groupby(["speaker", "target"], sort=True)["tone"].agg(["size", "mean"]).reset_index()
    g.columns = ["speaker", "target", "n", "tone"]
    g["sign"] = ["negative" if t < -band else "positive" if t > band else "neutral" for t in g["tone"]]
    return g


def plot_stance_network(
    stances_df: pd.DataFrame, ax: Axes | None = None, *, n: int = 30, seed: int = 0, band: float = 0.125
) -> Axes:
    """Directed network: an arrow from each speaker to each actor they talk about, coloured by
    the mean tone toward the target (vermillion negative, grey neutral, blue positive), width by
    the number of stances.

    Args:
        stances_df: output of :func:`toolkit.stances` (or a corpus table with the same columns).
        n: keep the ``n`` edges with most stances.
        seed: seed of the layout (same seed, same picture).
        band: neutral band of the mean tone.
    """
    import networkx as nx

    colors = {"negative": PALETTE["vermillion"], "neutral": PALETTE["grey"], "positive": PALETTE["blue"]}
    with chart_style():
        ax = new_axes(ax)
        edges = stance_edges(stances_df, band=band)
        if len(edges) == 0:
            ax.text(0.5, 0.5, "no stances found (no quoted speaker talks about another actor)",
                    ha="center", va="center", transform=ax.transAxes, color=PALETTE["grey"])  # fmt: skip
            ax.set_axis_off()
            return ax
        edges = edges.sort_values(["n", "speaker", "target"], ascending=[False, True, True], kind="stable").head(n)
        g = nx.DiGraph()
        g.add_nodes_from(sorted(set(edges["speaker"]) | set(edges["target"])))
        for r in edges.itertuples(index=False):
            g.add_edge(r.speaker, r.target, n=int(r.n), sign=r.sign)
        pos = nx.circular_layout(g) if len(g) <= 3 else nx.spring_layout(g, seed=seed, k=1.5 / max(1, len(g)) ** 0.5)
        nmax = max(edges["n"])
        for sign in ("neutral", "negative", "positive"):
            es = [(a, b) for a, b, d in g.edges(data=True) if d["sign"] == sign]
            if es:
                nx.draw_networkx_edges(
                    g, pos, edgelist=es, ax=ax, edge_color=colors[sign], arrows=True, arrowsize=14,
                    width=[1.2 + 3.0 * g.edges[e]["n"] / nmax for e in es], connectionstyle="arc3,rad=0.12",
                    node_size=500,
                )  # fmt: skip
        speakers = set(edges["speaker"])
        ax.scatter([pos[v][0] for v in g], [pos[v][1] for v in g], s=500, zorder=2, edgecolors=PALETTE["black"],
                   c=[PALETTE["orange"] if v in speakers else PALETTE["skyblue"] for v in g])  # fmt: skip
        for v in g:
            ax.annotate(plain(v), pos[v], xytext=(0, 13), textcoords="offset points", ha="center", fontsize=8, zorder=3)
        from matplotlib.lines import Line2D

        handles = [Line2D([], [], color=c, linewidth=2.5, label=f"{k} tone toward target") for k, c in colors.items()]
        handles += [Line2D([], [], marker="o", linestyle="", markerfacecolor=PALETTE["orange"],
                           markeredgecolor=PALETTE["black"], label="speaker")]  # fmt: skip
        ax.legend(handles=handles, loc="lower left", fontsize=8)
        ax.set_title("Who speaks about whom (arrow: speaker → actor talked about)")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.grid(False)
        ax.margins(0.2)
        return ax
