"""Tone charts draw the data they are given, labelled, in the palette."""

from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from toolkit import tone
from toolkit.charts.tone import (
    plot_scorer_agreement,
    plot_tone_arc,
    plot_tone_distribution,
    plot_tone_evaluation,
)
from toolkit.style import PALETTE


@pytest.fixture(scope="module")
def seed_tone(seed):
    return tone(seed)


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_arc_plots_kept_sentences_and_marks_captions_and_quotes(seed_tone):
    ax = plot_tone_arc(seed_tone, window=3)
    assert ax.get_xlabel() and "score" in ax.get_ylabel()
    kept = seed_tone[~seed_tone.excluded]
    raw, smooth = ax.lines[1], ax.lines[2]  # lines[0] is the zero line
    assert list(raw.get_xdata()) == kept.sent_id.tolist()
    assert np.allclose(raw.get_ydata(), kept.tone)
    assert np.allclose(smooth.get_ydata(), kept.tone.rolling(3, center=True, min_periods=1).mean())
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("caption" in lab for lab in labels) and any("quotation" in lab for lab in labels)
    quotes = [c for c in ax.collections if c.get_label().startswith("mostly inside")][0]
    assert len(quotes.get_offsets()) == (seed_tone.voice == "quote").sum()


def test_arc_other_scorer_and_existing_axes(seed_tone):
    fig, ax = plt.subplots()
    out = plot_tone_arc(seed_tone, ax=ax, scorer="vader", window=1)
    assert out is ax and "VADER" in ax.get_ylabel()
    assert len(ax.lines) == 2  # zero line + raw, no smoothing


def test_distribution_has_one_histogram_per_scorer(seed_tone):
    ax = plot_tone_distribution(seed_tone)
    assert len(ax.patches) == 3
    colours = {to_hex(p.get_edgecolor()).upper() for p in ax.patches}
    assert colours == {PALETTE["blue"], PALETTE["vermillion"], PALETTE["green"]}
    assert ax.get_ylabel() == "sentences (count)"


def test_agreement_shows_pearson_r(seed_tone):
    ax = plot_scorer_agreement(seed_tone)
    kept = seed_tone[~seed_tone.excluded]
    r = np.corrcoef(kept.tone, kept.vader)[0, 1]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any(f"r = {r:.2f}" in lab for lab in labels)
    assert "r VADER–TextBlob" in ax.get_title()


def test_evaluation_bars_with_intervals():
    ev = pd.DataFrame({
        "scorer": ["tone", "tone", "vader", "vader"], "metric": ["pearson_r", "accuracy"] * 2,
        "value": [0.55, 0.6, 0.5, 0.55], "ci_low": [0.5, 0.58, 0.45, 0.5], "ci_high": [0.6, 0.62, 0.55, 0.6],
        "n": [100] * 4,
    })  # fmt: skip
    ax = plot_tone_evaluation(ev)
    heights = sorted(round(p.get_height(), 3) for p in ax.patches)
    assert heights == [0.5, 0.55, 0.55, 0.6]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Pearson r", "accuracy (3 classes)"]
    assert "n = 100" in ax.get_title()
