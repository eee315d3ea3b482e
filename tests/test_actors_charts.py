"""Actor charts: they draw what the tables say, deterministically."""

from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from toolkit import actor_frequencies, cooccurrence, quotes
from toolkit.charts.actors import (
    TYPE_COLORS,
    plot_actor_frequencies,
    plot_actor_tone,
    plot_cooccurrence_network,
    plot_voice,
)


@pytest.fixture(scope="module")
def freq(seed) -> pd.DataFrame:
    return actor_frequencies(seed)


def test_frequency_bars_follow_the_table(freq):
    ax = plot_actor_frequencies(freq, n=5)
    bars = ax.patches[:5]
    widths = sorted((b.get_width() for b in bars), reverse=True)
    assert widths == freq["mentions"].head(5).tolist()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == freq["actor"].iloc[0]  # most mentioned on top
    colours = {to_hex(b.get_facecolor()) for b in bars}
    assert colours <= {to_hex(c) for c in TYPE_COLORS.values()}
    # the seed's two events (Cold War, Cuban Missile Crisis) and its product (the JSTARS aircraft) are left out, and
    # the chart says so
    assert ax.get_xlabel() == "mentions (count)\n3 work(s), product(s) or event(s) left out"
    plt.close("all")


def test_type_colours_are_distinct_and_colour_blind_safe():
    from toolkit.entities.codebook import ACTOR_TYPES
    from toolkit.style import PALETTE

    assert set(TYPE_COLORS) == set(ACTOR_TYPES)
    assert len(set(TYPE_COLORS.values())) == len(TYPE_COLORS)  # one colour per type
    assert set(TYPE_COLORS.values()) <= set(PALETTE.values())  # Okabe-Ito
    assert TYPE_COLORS["work"] != TYPE_COLORS["other"] and TYPE_COLORS["event"] != TYPE_COLORS["person"]


THINGS = pd.DataFrame({
    "actor": ["World Cup", "Jane Roe", "Chrome", "Paris", "Marriage Story"],
    "type": ["event", "person", "product", "place", "work"],
    "mentions": [5, 3, 2, 1, 1],
    "sentences": [5, 3, 2, 1, 1],
    "mean_tone": [0.2, -0.1, 0.0, 0.1, 0.3],
    "tone_sd": [0.1, 0.1, 0.0, 0.0, 0.0],
})  # fmt: skip


def test_works_products_and_events_are_hidden_unless_asked():
    ax = plot_actor_frequencies(THINGS)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Paris", "Jane Roe"]
    assert "3 work(s), product(s) or event(s) left out" in ax.get_xlabel()
    ax = plot_actor_frequencies(THINGS, show_things=True)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Paris", "Marriage Story", "Chrome", "Jane Roe", "World Cup"]
    colours = [to_hex(b.get_facecolor()) for b in ax.patches[:5]]
    assert colours == [to_hex(TYPE_COLORS[t]) for t in ("place", "work", "product", "person", "event")]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["person", "place", "work", "product", "event"]
    assert "left out" not in ax.get_xlabel()
    ax = plot_actor_tone(THINGS)
    assert {t.get_text().split(" (")[0] for t in ax.get_yticklabels()} == {"Jane Roe", "Paris"}
    ax = plot_actor_tone(THINGS, show_things=True)
    assert len(ax.get_yticklabels()) == 5
    only_things = THINGS[THINGS["type"].isin(["work", "event"])]
    ax = plot_actor_frequencies(only_things)
    assert "no actors found" in ax.texts[0].get_text() and "2 work(s)" in ax.texts[0].get_text()
    plt.close("all")


def test_network_leaves_out_things_given_types():
    cooc = pd.DataFrame({"actor_a": ["Jane Roe", "Jane Roe", "Chrome"], "actor_b": ["Paris", "World Cup", "Paris"],
                         "sentences": [2, 1, 1], "paragraphs": [1, 1, 1]})  # fmt: skip
    types = dict(zip(THINGS["actor"], THINGS["type"], strict=True))
    ax = plot_cooccurrence_network(cooc, types=types)
    assert {t.get_text() for t in ax.texts if t.get_visible()} >= {"Jane Roe", "Paris"}
    assert not {"Chrome", "World Cup"} & {t.get_text() for t in ax.texts}
    assert ax.get_xlabel() == "2 work(s), product(s) or event(s) left out"
    ax = plot_cooccurrence_network(cooc, types=types, show_things=True)
    assert {"Chrome", "World Cup"} <= {t.get_text() for t in ax.texts if t.get_visible()}
    ax = plot_cooccurrence_network(cooc)  # without types nothing is known, nothing left out
    assert {"Chrome", "World Cup"} <= {t.get_text() for t in ax.texts if t.get_visible()}
    plt.close("all")


def test_tone_chart_positions_are_mean_tone(freq):
    ax = plot_actor_tone(freq, n=4)
    by_label = {c.get_label(): c for c in ax.collections}
    shown = freq[freq["mean_tone"].notna()].head(4)
    dots = by_label["tone of the sentences naming the actor"]
    assert sorted(float(x) for x in dots.get_offsets()[:, 0]) == pytest.approx(sorted(shown["mean_tone"]))
    # the directed tone (actor_frequencies' mean_tone_to) as hollow diamonds beside each dot
    diamonds = by_label["tone toward the actor (target model)"]
    assert sorted(float(x) for x in diamonds.get_offsets()[:, 0]) == pytest.approx(sorted(shown["mean_tone_to"]))
    assert not shown["mean_tone_to"].equals(shown["mean_tone"])
    assert any("n=" in t.get_text() for t in ax.get_yticklabels())
    assert "tone" in ax.get_xlabel()
    plt.close("all")


def test_network_is_deterministic(seed):
    cooc = cooccurrence(seed)
    ax1 = plot_cooccurrence_network(cooc, seed=3)
    ax2 = plot_cooccurrence_network(cooc, seed=3)
    p1 = ax1.collections[0].get_offsets()
    p2 = ax2.collections[0].get_offsets()
    assert (p1 == p2).all()
    names = {t.get_text() for t in ax1.texts}
    assert {"Joe Biden", "Vladimir Putin"} <= names
    plt.close("all")


def test_voice_by_words(seed):
    q = quotes(seed)
    ax = plot_voice(q)
    words = q.groupby("speaker")["n_words"].sum()
    widths = sorted(b.get_width() for b in ax.patches[: len(words)])
    assert widths == sorted(words.tolist())
    labels = " ".join(t.get_text() for t in ax.get_yticklabels())
    assert "Yuri Ushakov (4)" in labels and "a senior administration official (3)" in labels
    plt.close("all")


def test_empty_tables_draw_a_message():
    empty_f = pd.DataFrame(columns=["actor", "type", "mentions", "sentences", "mean_tone", "tone_sd"])
    for fn, df in (
        (plot_actor_frequencies, empty_f),
        (plot_actor_tone, empty_f),
        (plot_cooccurrence_network, pd.DataFrame(columns=["actor_a", "actor_b", "sentences", "paragraphs"])),
        (plot_voice, pd.DataFrame(columns=["speaker", "speaker_type", "n_words"])),
    ):
        ax = fn(df)
        assert ax.texts and ax.texts[0].get_text()
    plt.close("all")
