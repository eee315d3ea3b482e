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
    assert ax.get_xlabel() == "mentions (count)"
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
