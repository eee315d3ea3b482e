"""Corpus views and charts on a small hand-built corpus result (hand-computed expectations)."""

from __future__ import annotations

import datetime as dt
import math

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from toolkit import (
    CorpusResult,
    plot_attention,
    plot_tone_over_time,
    plot_top_actors_by_source_name,
)
from toolkit.corpus.views import (
    attention_over_time,
    corpus_cooccurrence,
    t_quantile,
    tone_over_time,
    top_actors_by_source_name,
)


@pytest.fixture
def res() -> CorpusResult:
    d = pd.Timestamp
    articles = pd.DataFrame(
        {
            "article_id": ["a1", "a2", "a3", "a4", "a5", "a6"],
            "published": [d("2021-01-04"), d("2021-01-05"), d("2021-01-13"), d("2021-01-20"), pd.NaT, d("2021-01-06")],
            "source_name": ["A", "A", "B", "B", "A", "C"],
            "mean_tone": [0.5, -0.1, 0.2, None, 0.9, 0.3],
        }
    )
    rows = [
        ("a1", "X", 1, "body"), ("a1", "X", 1, "body"), ("a1", "Y", 1, "body"),
        ("a2", "X", 0, "title"),
        ("a3", "Y", 2, "body"), ("a3", "Z", 2, "body"), ("a3", "X", 5, "credit"),
        ("a5", "X", 0, "body"),
        ("a6", "X", 1, "body"), ("a6", "Y", 2, "body"),
    ]  # fmt: skip
    mentions = pd.DataFrame(rows, columns=["article_id", "actor", "sent_id", "kind"])
    mentions["type"] = mentions["actor"].map({"X": "person", "Y": "organization", "Z": "place"})
    sentences = pd.DataFrame(
        {"article_id": ["a1", "a1", "a2", "a3"], "sent_id": [0, 1, 0, 0], "tone": [0.4, 0.6, -0.1, 0.2],
         "excluded": [False, False, False, True]}
    )  # fmt: skip
    return CorpusResult(tables={"articles": articles, "mentions": mentions, "sentences": sentences})


def test_attention_is_normalised_by_articles_per_period(res):
    att = attention_over_time(res, ["X", "Y"], freq="W")
    weeks = [dt.date(2021, 1, 4), dt.date(2021, 1, 11), dt.date(2021, 1, 18)]
    assert [p.date() for p in att["period"].unique()] == weeks
    x = att[att["actor"] == "X"].set_index(att.loc[att["actor"] == "X", "period"].dt.date)
    # week 1: a1 (2 mentions), a2 (1), a6 (1) of 3 articles; the credit mention and undated a5 don't count
    assert x["mentions"].tolist() == [4, 0, 0]
    assert x["articles_mentioning"].tolist() == [3, 0, 0]
    assert x["articles"].tolist() == [3, 1, 1]
    assert x["share"].tolist() == [1.0, 0.0, 0.0]
    y = att[att["actor"] == "Y"]
    assert y["share"].round(4).tolist() == [round(2 / 3, 4), 1.0, 0.0]
    assert y["mentions_per_article"].round(4).tolist() == [round(2 / 3, 4), 1.0, 0.0]


def test_attention_defaults_to_top_actors(res):
    att = attention_over_time(res, freq="M", n=2)
    assert list(dict.fromkeys(att["actor"])) == ["X", "Y"]
    assert att.loc[att["actor"] == "X", "mentions"].tolist() == [4]


def test_tone_over_time_has_t_confidence_band(res):
    t = tone_over_time(res, freq="W")
    assert [p.date() for p in t["period"]] == [dt.date(2021, 1, 4), dt.date(2021, 1, 11)]  # a4 has no tone
    first = t.iloc[0]
    vals = [0.5, -0.1, 0.3]
    mean = sum(vals) / 3
    sd = math.sqrt(sum((v - mean) ** 2 for v in vals) / 2)
    half = 4.302653 * sd / math.sqrt(3)
    assert first["n"] == 3 and first["mean_tone"] == pytest.approx(mean)
    assert first["ci_low"] == pytest.approx(mean - half, rel=1e-4)
    assert first["ci_high"] == pytest.approx(mean + half, rel=1e-4)
    assert t.iloc[1]["n"] == 1 and math.isnan(t.iloc[1]["ci_low"])
    by = tone_over_time(res, freq="M", by="source_name")
    assert by[["source_name", "n"]].values.tolist() == [["A", 2], ["B", 1], ["C", 1]]
    sent = tone_over_time(res, freq="M", level="sentence")
    assert sent["n"].tolist() == [3] and sent["mean_tone"].iloc[0] == pytest.approx(0.3)


def test_t_quantile_matches_tables():
    for df, expected in [(1, 12.706), (2, 4.303), (5, 2.571), (10, 2.228), (30, 2.042)]:
        assert t_quantile(df) == pytest.approx(expected, abs=0.002)


def test_top_actors_by_source_name(res):
    top = top_actors_by_source_name(res, n=2)
    assert top[["source_name", "rank", "actor", "mentions", "articles"]].values.tolist() == [
        ["A", 1, "X", 4, 3],  # a1, a2 and the undated a5 all count for the source
        ["A", 2, "Y", 1, 1],
        ["B", 1, "Y", 1, 1],  # the credit mention of X is not reporting
        ["B", 2, "Z", 1, 1],
        ["C", 1, "X", 1, 1],
        ["C", 2, "Y", 1, 1],
    ]
    assert top["share_of_articles"].tolist() == pytest.approx([1.0, 1 / 3, 0.5, 0.5, 1.0, 1.0])
    assert top.loc[0, "type"] == "person"


def test_cooccurrence_counts_articles_and_sentences(res):
    co = corpus_cooccurrence(res)
    assert co.values.tolist() == [["X", "Y", 2, 1], ["Y", "Z", 1, 1]]
    assert corpus_cooccurrence(res, unit="sentence", min_count=2).empty
    with pytest.raises(ValueError):
        corpus_cooccurrence(res, unit="page")


def test_works_products_and_events_are_left_out_of_top_actors_unless_asked(res):
    m = res.tables["mentions"]
    extra = pd.DataFrame(
        [("a1", "Cup", 1, "body", "event")] * 3 + [("a3", "Cup", 2, "body", "event"), ("a6", "Cup", 1, "body", "person")],
        columns=["article_id", "actor", "sent_id", "kind", "type"],
    )
    res = CorpusResult(tables={**res.tables, "mentions": pd.concat([m, extra], ignore_index=True)})
    # "Cup" is mostly an event: not an actor by default, in every view
    assert "Cup" not in set(top_actors_by_source_name(res, n=3)["actor"])
    assert "Cup" in set(top_actors_by_source_name(res, n=3, include_things=True)["actor"])
    assert list(dict.fromkeys(attention_over_time(res, freq="M", n=1)["actor"])) == ["X"]
    assert list(dict.fromkeys(attention_over_time(res, freq="M", n=1, include_things=True)["actor"])) == ["Cup"]
    assert attention_over_time(res, "Cup", freq="M")["mentions"].sum() == 5  # named: always counted
    co = corpus_cooccurrence(res)
    assert "Cup" not in set(co["actor_a"]) | set(co["actor_b"])
    assert ["Cup", "X", 2, 2] in corpus_cooccurrence(res, include_things=True).values.tolist()


def test_views_say_when_an_analysis_is_missing(res):
    no_tone = CorpusResult(tables={**res.tables, "articles": res.articles.drop(columns="mean_tone")})
    with pytest.raises(ValueError, match="tone"):
        tone_over_time(no_tone)
    no_actors = CorpusResult(tables={**res.tables, "mentions": pd.DataFrame({"article_id": []})})
    with pytest.raises(ValueError, match="actor"):
        attention_over_time(no_actors)


def test_charts_draw_labelled_axes(res):
    ax = plot_attention(attention_over_time(res, ["X", "Y"], freq="W"))
    lines = [ln for ln in ax.get_lines() if ln.get_linestyle() != "None"]  # markers are extra lines
    assert [ln.get_label() for ln in lines] == ["X", "Y"] and "%" in ax.get_ylabel() and ax.get_xlabel()
    assert lines[0].get_ydata().tolist() == [100.0, 0.0, 0.0]
    ax2 = plot_tone_over_time(tone_over_time(res, freq="W"))
    assert "tone" in ax2.get_ylabel() and len(ax2.collections) == 1  # the band
    ax3 = plot_top_actors_by_source_name(top_actors_by_source_name(res, n=2))
    assert [t.get_text() for t in ax3.get_xticklabels()] == ["A", "B", "C"]
    assert ax3.get_images()[0].get_array().shape == (3, 3)
    plt.close("all")
