"""Charts fit where they are shown and draw article text literally.

- fit: every report chart's drawn content (tight bbox) lies inside its figure, saved charts are
  at most 960 px wide (a JupyterLab output area, a report page), legends do not cover the axis
  labels, the timeline's ``//`` break marks do not print over the dates, the co-occurrence
  network's labels never overlap on a crowded article;
- text: a ``$`` in an article is drawn as a dollar sign, never as mathtext (``$\\foo{x}$``
  would crash the renderer), through one helper, :func:`toolkit.style.plain`;
- the style context leaves matplotlib's interactive mode alone (otherwise only the first chart
  of a Jupyter kernel is shown).
"""

from __future__ import annotations

import itertools

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd
import pytest

import toolkit as pl
from toolkit.report import CHARTS
from toolkit.style import DPI, FIGSIZE, MAX_WIDTH_PX, chart_style, plain

DOLLARS = (
    "Budget $ row: $x$ erupts\n\n"
    "The fund cut $\\foo{x}$ and $y$ on 3 March 2021, Finance Minister Jane $mith said. "
    "Jane $mith met Paul Dollar$ in Paris on 4 March 2021.\n\n"
    "\"We cut $5m,\" Jane $mith said on 5 March 2021."
)


def _all_texts(fig):
    return [t for t in fig.findobj(mpl.text.Text) if t.get_visible() and t.get_text()]


def _overlap(a, b, tol=0.5):
    return a.x0 + tol < b.x1 and b.x0 + tol < a.x1 and a.y0 + tol < b.y1 and b.y0 + tol < a.y1


def _report_figures(article):
    tables = pl.analyze(article)
    from toolkit._lazy import resolve

    for spec in CHARTS:
        if spec.table not in tables:
            continue
        opts = dict(spec.options)
        if spec.types and "actor_frequencies" in tables:  # as toolkit.report draws it: nodes coloured by type
            af = tables["actor_frequencies"]
            opts["types"] = {str(a): str(t) for a, t in zip(af["actor"], af["type"], strict=True)}
        with chart_style():
            fig, ax = plt.subplots(figsize=FIGSIZE)
            resolve(spec.function)(tables[spec.table], ax=ax, **opts)
            fig.tight_layout()
            fig.canvas.draw()
        yield spec.name, fig, ax
        plt.close(fig)


def test_chart_style_keeps_interactive_mode():
    was = mpl.is_interactive()
    try:
        with chart_style():
            mpl.interactive(True)  # what the inline backend does on a kernel's first figure
        assert mpl.is_interactive(), "leaving chart_style switched interactive mode off"
        with chart_style():
            pass
        assert mpl.is_interactive()
    finally:
        mpl.interactive(was)


def test_chart_style_restores_other_settings():
    before = mpl.rcParams["axes.grid"]
    with chart_style():
        mpl.rcParams["axes.grid"] = not before
    assert mpl.rcParams["axes.grid"] == before


def test_plain_escapes_every_dollar():
    assert plain("$x$") == r"\$x\$"
    assert plain(r"a \$ b") == r"a \\$ b"
    fig, ax = plt.subplots()
    t = ax.set_title(plain(r"cut $\foo{x}$ and $y$"))
    fig.canvas.draw()  # would raise ValueError (unknown symbol \foo) if parsed as mathtext
    assert t._preprocess_math(t.get_text()) == (r"cut $\foo{x}$ and $y$", False)
    plt.close(fig)


def test_every_report_chart_draws_dollars_literally():
    art = pl.load_article(DOLLARS, published="2021-03-07")
    seen = set()
    for name, fig, _ax in _report_figures(art):
        for t in _all_texts(fig):
            s = t.get_text()
            assert t._preprocess_math(s)[1] is False, f"{name}: {s!r} would be drawn as mathtext"
            if "$" in s:
                seen.add(name)
    # article text with dollars reaches at least the actor and timeline charts, literally
    assert {"timeline"} <= seen, seen


@pytest.mark.parametrize("published", ["2021-12-31"])
def test_report_charts_fit_their_figure(seed, published):
    width_px = FIGSIZE[0] * DPI
    assert width_px <= MAX_WIDTH_PX
    for name, fig, _ax in _report_figures(seed):
        r = fig.canvas.get_renderer()
        box = fig.get_tightbbox(r)  # in inches
        fw, fh = fig.get_size_inches()
        assert box.x0 >= -0.01 and box.y0 >= -0.01, f"{name}: content cut at the left/bottom {box}"
        assert box.x1 <= fw + 0.01 and box.y1 <= fh + 0.01, f"{name}: content cut at the right/top {box}"


def test_tone_arc_legend_clear_of_axis_labels(seed):
    for name, fig, ax in _report_figures(seed):
        if name != "tone_arc":
            continue
        r = fig.canvas.get_renderer()
        leg = ax.get_legend().get_window_extent(r)
        for label in (ax.xaxis.label, ax.yaxis.label):
            assert not _overlap(leg, label.get_window_extent(r)), f"legend covers {label.get_text()!r}"
        assert not _overlap(leg, ax.get_window_extent(r)), "legend covers the data"
        assert leg.x0 >= 0 and leg.x1 <= fig.bbox.width


def test_scorer_agreement_legend_clear_of_the_points(seed):
    # inside the axes at the upper left it sat where the scorers disagree (negative tone, positive VADER/TextBlob)
    for name, fig, ax in _report_figures(seed):
        if name != "scorer_agreement":
            continue
        r = fig.canvas.get_renderer()
        leg = ax.get_legend().get_window_extent(r)
        assert not _overlap(leg, ax.get_window_extent(r)), "legend covers the data"
        assert not _overlap(leg, ax.xaxis.label.get_window_extent(r)), "legend covers the x label"
        assert leg.y0 >= 0


def test_actor_tone_legend_clear_of_the_data_and_the_x_label(seed):
    # the marker legend sat inside the axes at the lower right and covered the seed's "Europe" dot
    at = pl.actor_tone(seed)
    freq = pl.actor_frequencies(seed)
    freq["mean_tone_to"] = freq["actor"].map(at.groupby("actor")["tone_to"].mean())
    with chart_style():
        fig, ax = plt.subplots(figsize=FIGSIZE)
        pl.plot_actor_tone(freq, ax=ax)
        fig.tight_layout()
        fig.canvas.draw()
    r = fig.canvas.get_renderer()
    legends = [c for c in ax.get_children() if isinstance(c, mpl.legend.Legend)]
    assert len(legends) == 1
    leg = legends[0].get_window_extent(r)
    texts = [t.get_text() for t in legends[0].get_texts()]
    assert "tone toward the actor" in texts and "person" in texts
    assert not _overlap(leg, ax.get_window_extent(r)), "legend covers the data"
    assert not _overlap(leg, ax.xaxis.label.get_window_extent(r)), "legend covers the x label"
    assert leg.x0 >= 0 and leg.x1 <= fig.bbox.width and leg.y0 >= 0
    plt.close(fig)


def test_actor_tone_x_label_not_cut(seed):
    for name, fig, ax in _report_figures(seed):
        if name == "actor_tone":
            r = fig.canvas.get_renderer()
            lab = ax.xaxis.label.get_window_extent(r)
            assert lab.x0 >= 0 and lab.x1 <= fig.bbox.width and lab.y0 >= 0
            assert "±1 SD" in ax.get_xlabel()


def test_timeline_break_marks_clear_of_dates(seed):
    ev = pl.events(seed)
    for plot in (pl.plot_timeline, pl.plot_narrative_order):
        with chart_style():
            fig, ax = plt.subplots(figsize=FIGSIZE)
            plot(ev, ax=ax)
            fig.tight_layout()
            fig.canvas.draw()
        r = fig.canvas.get_renderer()
        marks = [t for t in ax.texts if t.get_text() == "//"]
        assert marks, "the seed's timeline has cut-out years"
        ticks = [t for t in ax.get_xticklabels() + ax.get_yticklabels() if t.get_text()]
        for m in marks:
            mb = m.get_window_extent(r)
            clash = [t.get_text() for t in ticks if _overlap(mb, t.get_window_extent(r))]
            assert not clash, f"{plot.__name__}: // prints over {clash}"
        plt.close(fig)


def _crowded_cooc(n: int = 28) -> pd.DataFrame:
    names = [f"Minister Number {i} of State" if i % 3 == 0 else f"Actor {i}" for i in range(n)]
    rows = [
        (a, b, 1 + (i * j) % 4, 1)
        for (i, a), (j, b) in itertools.combinations(enumerate(names), 2)
        if (i + j) % 3 == 0
    ]
    return pd.DataFrame(rows, columns=["actor_a", "actor_b", "sentences", "paragraphs"])


@pytest.mark.parametrize("figsize", [FIGSIZE, (5.0, 3.5)])
def test_network_labels_never_overlap(figsize):
    cooc = _crowded_cooc()
    with chart_style():
        fig, ax = plt.subplots(figsize=figsize)
        pl.plot_cooccurrence_network(cooc, ax=ax, n=10_000, types={"Actor 1": "person", "Actor 2": "place"})
        fig.tight_layout()
        fig.canvas.draw()
    r = fig.canvas.get_renderer()
    names = set(cooc["actor_a"]) | set(cooc["actor_b"])
    labels = [t for t in ax.texts if t.get_text() in names and t.get_visible()]
    assert len(labels) >= 5, "some labels are drawn"
    boxes = [t.get_window_extent(r) for t in labels]
    for (ta, a), (tb, b) in itertools.combinations(zip(labels, boxes, strict=True), 2):
        assert not _overlap(a, b), f"labels overlap: {ta.get_text()!r} / {tb.get_text()!r}"
    frame = ax.get_window_extent(r)
    assert all(frame.x0 - 1 <= b.x0 and b.x1 <= frame.x1 + 1 for b in boxes)
    legend = ax.get_legend().get_window_extent(r)
    assert not any(_overlap(legend, b) for b in boxes)
    hidden = [t.get_text() for t in ax.texts if "left out" in t.get_text()]
    assert len(labels) + (int(hidden[0].split()[0]) if hidden else 0) == len(names)
    plt.close(fig)


def test_network_labels_are_placed_again_when_the_figure_changes_size():
    """Placed before tight_layout (the axes then grows by a quarter), labels used to overlap by a
    pixel on some layouts; they are placed again in the geometry the figure is drawn with."""
    cooc = _crowded_cooc()
    with chart_style():
        fig, ax = plt.subplots(figsize=FIGSIZE)
        pl.plot_cooccurrence_network(cooc, ax=ax, n=10_000)
    names = set(cooc["actor_a"]) | set(cooc["actor_b"])
    for size in [(8.0, 4.5), (11.0, 6.0), (6.0, 4.0)]:
        fig.set_size_inches(*size)
        fig.tight_layout()
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        labels = [t for t in ax.texts if t.get_text() in names and t.get_visible()]
        assert len(labels) >= 5
        boxes = [t.get_window_extent(r) for t in labels]
        for (ta, a), (tb, b) in itertools.combinations(zip(labels, boxes, strict=True), 2):
            assert not _overlap(a, b), f"{size}: labels overlap: {ta.get_text()!r} / {tb.get_text()!r}"
        note = [t.get_text() for t in ax.texts if "left out" in t.get_text()]
        assert len(labels) + (int(note[0].split()[0]) if note else 0) == len(names)
    plt.close(fig)


def test_network_on_the_seed_labels_the_main_actors(seed):
    with chart_style():
        fig, ax = plt.subplots(figsize=FIGSIZE)
        pl.plot_cooccurrence_network(pl.cooccurrence(seed), ax=ax)
        fig.canvas.draw()
    shown = {t.get_text() for t in ax.texts if t.get_visible()}
    assert {"Joe Biden", "Vladimir Putin", "Ukraine", "Russia", "United States"} <= shown
    plt.close(fig)
    # in the report's layout too, where the fifth most connected (United States) had no free spot around it: on its node
    for name, _fig, ax in _report_figures(seed):
        if name == "cooccurrence":
            shown = {t.get_text() for t in ax.texts if t.get_visible()}
            assert {"Joe Biden", "Vladimir Putin", "Ukraine", "Russia", "United States"} <= shown


def test_attention_shows_the_number_of_articles():
    df = pd.DataFrame(
        {
            "period": pd.to_datetime(["2004-01-01", "2005-01-01", "2006-01-01"] * 2),
            "actor": ["A"] * 3 + ["B"] * 3,
            "mentions": [3, 1, 0, 0, 2, 1],
            "articles_mentioning": [3, 1, 0, 0, 1, 1],
            "articles": [30, 1, 12] * 2,
            "share": [0.1, 1.0, 0.0, 0.0, 1.0, 1 / 12],
            "mentions_per_article": [0.1, 1.0, 0.0, 0.0, 2.0, 1 / 12],
        }
    )
    with chart_style():
        fig, ax = plt.subplots(figsize=FIGSIZE)
        pl.plot_attention(df, ax=ax)
    counts = sorted(t.get_text() for t in ax.texts)
    assert counts == ["1", "12", "30"]
    assert "n = articles" in ax.get_title()
    plt.close(fig)


def test_overview_fits_960px(seed):
    import re

    from toolkit.ui.overview import overview_svg

    svg = overview_svg(seed)
    w = re.search(r'<svg[^>]*width="([\d.]+)pt"', svg)
    assert w and float(w.group(1)) * 96 / 72 <= MAX_WIDTH_PX  # browsers draw 1 pt as 96/72 px


def test_non_latin_text_does_not_flood_warnings():
    """A chart of Chinese text in a fresh Python (as in a kernel): no "Glyph … missing" flood."""
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent(
        """
        import io, pandas as pd, matplotlib
        matplotlib.use("Agg")
        import toolkit as pl
        ev = pd.DataFrame({"text": ["2024年1月1日"], "label": ["会谈失败了"], "date_start": ["2024-01-01"],
                           "date_end": ["2024-01-01"], "relation": ["past"], "sent_id": [1]})
        ax = pl.plot_timeline(ev, title="北京会谈破裂")
        ax.figure.savefig(io.BytesIO(), format="png")
        print("drawn")
        """
    )
    run = subprocess.run([sys.executable, "-W", "default", "-c", code], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "drawn" in run.stdout, run.stderr
    assert "Glyph" not in run.stderr, run.stderr[:500]


@pytest.mark.parametrize("figsize", [FIGSIZE, (4.5, 3.2)])
def test_timeline_dates_never_overprint(seed, figsize):
    with chart_style():
        fig, ax = plt.subplots(figsize=figsize)
        pl.plot_timeline(pl.events(seed), ax=ax)
        fig.tight_layout()
        fig.canvas.draw()
    r = fig.canvas.get_renderer()
    ticks = [t.get_window_extent(r) for t in ax.get_xticklabels() if t.get_text()]
    assert len(ticks) >= 2
    # rotated labels: compare their horizontal extents along the baseline (left edges in order)
    for a, b in itertools.pairwise(sorted(ticks, key=lambda bb: bb.x1)):
        assert b.x1 - a.x1 >= 0.22 * fig.dpi, "date labels closer than their line height"
    plt.close(fig)


def test_network_labels_the_hub_and_keeps_labels_near_their_nodes():
    leaves = [f"Leaf actor {i}" for i in range(22)]
    rows = [("Hub", leaf, 1 + i % 5, 1) for i, leaf in enumerate(leaves)] + [("Far A", "Far B", 3, 1)]
    cooc = pd.DataFrame(rows, columns=["actor_a", "actor_b", "sentences", "paragraphs"])
    with chart_style():
        fig, ax = plt.subplots(figsize=FIGSIZE)
        pl.plot_cooccurrence_network(cooc, ax=ax)
        fig.canvas.draw()
    shown = {t.get_text(): t for t in ax.texts if t.get_visible()}
    assert "Hub" in shown, "the best connected actor has no label"
    r = fig.canvas.get_renderer()
    for name, t in shown.items():
        if name.startswith(("Leaf", "Far", "Hub")):
            node = ax.transData.transform(t.xy)
            bb = t.get_window_extent(r)
            cx = min(max(node[0], bb.x0), bb.x1)
            cy = min(max(node[1], bb.y0), bb.y1)
            assert ((cx - node[0]) ** 2 + (cy - node[1]) ** 2) ** 0.5 < 45 * fig.dpi / 72, f"{name} label far from its node"
    plt.close(fig)
