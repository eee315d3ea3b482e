"""timeline(), events() and the timeline charts."""

from __future__ import annotations

import datetime as dt
import json
import re

import pandas as pd
import pytest

from toolkit import load_article
from toolkit.temporal.timeline import EVENT_COLUMNS, TIMELINE_COLUMNS, events, timeline, when

D = pd.Timestamp


def test_seed_expressions_spans_and_dates(seed) -> None:
    df = timeline(seed)
    assert list(df.columns) == TIMELINE_COLUMNS
    for r in df.itertuples():
        assert seed.text[r.start : r.end] == r.text
    by_text = {r.text: r for r in df.itertuples()}
    expected = {
        "this month": ("2021-12", D("2021-12-01"), D("2021-12-31")),
        "January": ("2022-01", D("2022-01-01"), D("2022-01-31")),
        "9-10. January": ("2022-01-09/2022-01-10", D("2022-01-09"), D("2022-01-10")),
        "12 January": ("2022-01-12", D("2022-01-12"), D("2022-01-12")),
        "January 13th": ("2022-01-13", D("2022-01-13"), D("2022-01-13")),
        "December 7": ("2021-12-07", D("2021-12-07"), D("2021-12-07")),
        "the weekend": ("2021-W51-WE", D("2021-12-25"), D("2021-12-26")),  # the weekend before publication
        "earlier this week": ("2021-W52", D("2021-12-27"), None),
        "2014": ("2014", D("2014-01-01"), D("2014-12-31")),
        "1962": ("1962", D("1962-01-01"), D("1962-12-31")),
    }
    for text, (value, start, end) in expected.items():
        assert text in by_text, (text, sorted(by_text))
        r = by_text[text]
        assert r.value == value and r.date_start == start, (text, r)
        if end is not None:
            assert r.date_end == end
    assert by_text["earlier this week"].date_end < D("2021-12-31")
    # "over the weekend": the preposition is outside the TIMEX3 span
    i = seed.text.index("over the weekend")
    assert by_text["the weekend"].start == i + len("over ")
    # the past two months: a duration, and a past span ending at publication
    p2m = by_text["the past two months"]
    assert p2m.type == "DURATION" and p2m.value == "P2M" and p2m.relation == "past"
    assert p2m.date_end == D("2021-12-31") and p2m.date_start == D("2021-10-31")
    assert by_text["January"].relation == "future" and by_text["December 7"].relation == "past"


def test_seed_no_number_or_word_is_a_date(seed) -> None:
    df = timeline(seed)
    tagged = [(r.start, r.end) for r in df.itertuples()]
    for word in ("50-minute", "60,000", "90,000", "10,000", "30-member", "we", "may", "second"):
        for m in re.finditer(rf"(?<![\w,]){re.escape(word)}(?![\w,-])", seed.text):
            assert not any(s < m.end() and m.start() < e for s, e in tagged), (word, m.start())
    assert not df["text"].str.contains(r"\d{2},\d{3}").any()


def test_published_overrides_and_missing_date_is_not_guessed(seed) -> None:
    other = timeline(seed, published="2021-06-15")
    assert other.loc[other["text"] == "this month", "value"].item() == "2021-06"
    # the meeting, the session and the conference of one sentence stay in one January
    for published in ("2021-06-15", "2022-06-15"):
        df = timeline(seed, published=published).set_index("text")
        years = {df.loc[t, "value"][:4] for t in ("9-10. January", "12 January", "January 13th")}
        assert len(years) == 1, (published, years)
    bare = load_article(seed.text)  # no metadata
    assert bare.published is None
    df = timeline(bare)
    rel = df[df["relative"]]
    assert len(rel) > 5 and not rel["resolved"].any() and rel["date_start"].isna().all()
    assert df["relation"].isna().all()
    assert df.loc[df["text"] == "2014", "resolved"].item()


def test_columns_core_equals_the_table(seed) -> None:
    from toolkit.temporal.timeline import _timeline_columns

    empty = load_article("Nothing\n\nNo time is mentioned here at all.", published="2022-02-01")
    for art, opts in ((seed, {}), (seed, {"published": "2021-06-15"}), (load_article(seed.text), {}), (empty, {})):
        df = timeline(art, **opts)
        core = _timeline_columns(art, **opts)
        assert list(core) == TIMELINE_COLUMNS
        assert all(v is None or isinstance(v, dt.datetime) for v in core["date_start"] + core["date_end"])
        table = {c: [None if pd.isna(v) else v for v in df[c].tolist()] for c in df.columns}
        assert core == table


def test_sentences_and_kinds(seed) -> None:
    df = timeline(seed)
    sents = seed.sentences.set_index("sent_id")
    for r in df.itertuples():
        s = sents.loc[r.sent_id]
        assert s["start"] <= r.start < s["end"] and s["kind"] == r.kind
    assert df.loc[df["text"] == "December 7", "kind"].item() == "caption"


def test_events_labels(seed) -> None:
    ev = events(seed)
    assert list(ev.columns) == EVENT_COLUMNS
    assert set(ev["type"]) <= {"DATE", "TIME"} and ev["date_start"].notna().all()
    assert not ev["value"].str.endswith("_REF").any()
    assert (ev["label"].str.len() <= 60).all() and (ev["label"].str.len() > 5).all()
    lab = dict(zip(ev["text"], ev["label"], strict=True))
    assert "Russia-NATO session" in lab["12 January"]
    assert "spoke" in lab["December 7"]
    for r in ev.itertuples():
        assert r.text in r.sent_text
    assert ev.attrs["published"] == "2021-12-31"


def test_a_credit_or_boilerplate_lines_date_is_in_the_timeline_but_no_event() -> None:
    # a pasted wire story's copyright line put "2022" on the timeline chart as the story's only dated event
    text = ("Senate passes climate bill\n\nDemocrats pushed the package to Senate passage on 7 August 2022.\n\n"
            "Copyright 2023 The Example Press. All rights reserved.")
    art = load_article(text)
    tl = timeline(art)
    assert ("2023", "boilerplate") in list(zip(tl["text"], tl["kind"], strict=True))  # labelled, not lost
    assert events(art)["text"].tolist() == ["7 August 2022"]


def test_events_simple_svo_and_empty() -> None:
    art = load_article("Talks\n\nThe ministers met in Geneva on 12 January.", published="2022-02-01")
    assert events(art)[["text", "label"]].values.tolist() == [["12 January", "The ministers met in Geneva"]]
    nothing = load_article("Nothing\n\nNo time is mentioned here at all.", published="2022-02-01")
    none = events(nothing)
    assert none.empty and list(none.columns) == EVENT_COLUMNS
    # empty tables carry the same types as full ones: stacking articles keeps int offsets and datetimes
    for fn in (events, timeline):
        stacked = pd.concat([fn(nothing), fn(art)], ignore_index=True)
        assert stacked.dtypes.to_dict() == fn(art).dtypes.to_dict()
        assert str(stacked["start"].dtype) == "int64" and str(stacked["date_start"].dtype) == "datetime64[s]"


def test_month_level_events_keep_month_granularity(seed) -> None:
    # issue 13: "diplomatic talks in January could ease rising tensions" is a month, not 1 January
    ev = events(seed).set_index("text")
    for text, value, start, end in (("January", "2022-01", "2022-01-01", "2022-01-31"), ("this month", "2021-12", "2021-12-01", "2021-12-31")):
        r = ev.loc[text]
        assert (r["value"], r["date_start"], r["date_end"]) == (value, D(start), D(end))
        assert when(r["value"]) == value  # what an events list shows: no day
    assert when(ev.loc["12 January", "value"]) == "2022-01-12"
    assert when(ev.loc["the weekend", "value"]) == "weekend of 2021-12-25"
    assert when(ev.loc["9-10. January", "value"]) == "2022-01-09 – 2022-01-10"


@pytest.mark.parametrize(
    ("sentence", "date", "label"),
    [
        # issue 13: labels were cut at apostrophes ("Monday: s bid for October…")
        ("Monday's bid for October elections failed to get the two-thirds majority required.", "Monday",
         "Monday's bid for October elections failed to get the…"),
        ("Boris Johnson's election bid failed on Monday.", "Monday", "Boris Johnson's election bid failed"),
        ("Boris Johnson’s bid failed on Monday.", "Monday", "Boris Johnson’s bid failed"),
        ("The Constitution Party's 2020 National Convention was conducted online on May 2.", "May 2",
         "The Constitution Party's 2020 National Convention was…"),
        ("He said he didn't come to work on Monday.", "Monday", "he didn't come to work"),
        ("The Joneses' bid failed on Monday.", "Monday", "The Joneses' bid failed"),
        # issue 12: TextBlob's "&slash;" escape leaked into labels ("EU&slash;UN")
        ("The EU/UN summit was held on Monday.", "Monday", "The EU/UN summit was held"),
    ],
)
def test_event_labels_keep_words_with_apostrophes_and_slashes(sentence: str, date: str, label: str) -> None:
    art = load_article("The news of the week in politics\n\n" + sentence, published="2019-09-10")
    ev = events(art).set_index("text")
    assert ev.loc[date, "label"] == label


def test_charts_draw_events_and_handle_empty(seed) -> None:
    import matplotlib.pyplot as plt

    from toolkit.charts.timeline import DateScale, plot_narrative_order, plot_timeline

    ev = events(seed)
    ax = plot_timeline(ev)
    texts = [t.get_text() for t in ax.texts]
    assert any(t.startswith("12 January") for t in texts) and any(t.startswith("1962") for t in texts)
    assert any("published 2021-12-31" in h.get_label() for h in ax.get_lines())
    assert "compressed" in ax.get_xlabel()
    # readable: label anchors at the same height never start within a few characters of each other
    anchors = sorted((round(t.xy[1], 3), t.xy[0]) for t in ax.texts if hasattr(t, "xy"))
    for (y1, x1), (y2, x2) in zip(anchors, anchors[1:], strict=False):
        assert y1 != y2 or x2 - x1 > 0.3
    plt.close(ax.figure)
    ax = plot_narrative_order(timeline(seed))
    assert ax.get_xlabel().startswith("sentence")
    plt.close(ax.figure)
    for fn in (plot_timeline, plot_narrative_order):
        ax = fn(ev.iloc[0:0])
        assert any("no dated expressions" in t.get_text() for t in ax.texts)
        assert not any("publication date" in t.get_text() for t in ax.texts)  # the seed has one
        plt.close(ax.figure)
        # an article with no publication date: the empty chart says why its "on Sunday" is not on it
        undated = load_article("Vote passes\n\nThe Senate passed the bill on Sunday. The House votes on Friday.")
        ax = fn(events(undated))
        assert any("no publication date" in t.get_text() and "published=" in t.get_text() for t in ax.texts)
        plt.close(ax.figure)
    # the compressed axis gives the recent weeks as much room as the distant years
    scale = DateScale([(dt.date(1962, 1, 1), dt.date(1962, 12, 31)), dt.date(2021, 12, 7), dt.date(2022, 1, 13)])
    assert scale.broken and len(scale.clusters) == 2
    assert scale(dt.date(2022, 1, 13)) - scale(dt.date(2021, 12, 7)) > 0.1 * scale.width


def test_timebank_slice(shared_data) -> None:
    """A fast slice of benchmarks/eval_timeline.py (the full run is the benchmark)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from eval_timeline import presslens_predict, score

    path = shared_data / "timebank_dev" / "timebank_dev.jsonl"
    if not path.exists():
        pytest.skip("timebank_dev absent")
    docs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()[:20]]
    result, _ = score(docs, presslens_predict)
    assert result["relaxed"]["f1"] >= 0.80
    assert result["value_accuracy"] >= 0.70
