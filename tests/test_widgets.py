"""Explorer widgets: every interaction changes state, chart and HTML (no browser needed)."""

from __future__ import annotations

import csv
import datetime as dt
import re

import pandas as pd
import pytest

from toolkit import load_article
from toolkit.ui.actors import ActorExplorer
from toolkit.ui.base import mark_spans, tone_color
from toolkit.ui.coding import CodingWidget
from toolkit.ui.loader import ArticleLoader
from toolkit.ui.overview import overview, overview_numbers
from toolkit.ui.timeline import TimelineExplorer
from toolkit.ui.tone import ToneExplorer

EVIL = (
    "Minister <script>alert('x')</script> resigns\n\n"
    "Minister Jane Doe <b>resigned</b> on Monday after a <script>alert(1)</script> scandal. "
    "Critics said the decision came too late.\n\n"
    "Jane Doe will leave office on 1 March, officials said."
)


@pytest.fixture(scope="module")
def tone_ex(seed):
    return ToneExplorer(seed)


@pytest.fixture(scope="module")
def actor_ex(seed):
    return ActorExplorer(seed)


@pytest.fixture(scope="module")
def timeline_ex(seed):
    return TimelineExplorer(seed)


@pytest.fixture(scope="module")
def evil():
    return load_article(EVIL, published="2024-02-20")


def _no_raw_script(markup: str) -> None:
    assert "<script" not in markup.lower()


# ------------------------------------------------------------------ helpers
def test_mark_spans_escapes_and_skips_overlaps():
    out = mark_spans("a<b>c d", [(1, 4, "m", {"title": '"x"'}), (2, 5, "n", {}), (6, 7, "m", {})])
    assert out == 'a<mark class="m" title="&quot;x&quot;">&lt;b&gt;</mark>c <mark class="m">d</mark>'


def test_tone_color_direction_and_intensity():
    assert tone_color(None) == tone_color(0) == "transparent"
    assert tone_color(-0.5).startswith("rgba(213,94,0") and tone_color(0.5).startswith("rgba(0,114,178")
    assert tone_color(1.0).endswith("0.55)") and tone_color(0.5).endswith("0.28)")


# ------------------------------------------------------------------ tone
def test_tone_select_sentence_shows_its_explanation(tone_ex, seed):
    body = seed.sentences[seed.sentences["kind"] == "body"]
    sid = int(body["sent_id"].iloc[2])
    tone_ex.select_sentence(sid)
    assert tone_ex.selected == sid
    text = str(body.set_index("sent_id").loc[sid, "text"])
    import html

    assert html.escape(text) in tone_ex.explanation.value
    assert f"<b>Sentence {sid}</b>" in tone_ex.explanation.value
    # the word contributions of exactly this sentence are listed
    assert "Words that moved the score" in tone_ex.explanation.value
    table = tone_ex.explanation.value.split("Words that moved the score", 1)[1]
    rows = re.findall(r"<tr>\s*<td>(\w+)</td>\s*<td>(\w+)</td>\s*<td>([^<]+)</td>\s*<td>(-?[\d.]+)</td>\s*</tr>", table)
    words = [w for _, _, w, _ in rows]
    assert words and all(w == "(baseline)" or w.lower() in text.lower() for w in words)
    selected = re.findall(r'<span class="presslens-sent presslens-selected" data-sent-id="(\d+)"', tone_ex.text.value)
    assert selected == [str(sid)]
    with pytest.raises(ValueError):
        tone_ex.select_sentence(10_000)


def test_tone_switching_scorer_changes_chart_and_colours(tone_ex):
    tone_ex.set_scorer("tone")
    before_plot, before_svg, before_text = tone_ex.plotted, tone_ex.chart_svg, tone_ex.text.value
    tone_ex.set_scorer("vader")
    assert tone_ex.scorer == "vader"
    assert tone_ex.plotted != before_plot and tone_ex.chart_svg != before_svg
    assert tone_ex.text.value != before_text
    # every scored sentence's tooltip carries its VADER score
    df = tone_ex.tone_table()
    row = df[~df["excluded"]].iloc[1]
    assert f'data-sent-id="{int(row.sent_id)}"' in tone_ex.text.value
    assert f'title="vader {row.vader:+.3f}"' in tone_ex.text.value
    with pytest.raises(ValueError):
        tone_ex.set_scorer("sarcasm")
    tone_ex.set_scorer("tone")
    assert tone_ex.plotted == before_plot  # back to the cached chart


def test_tone_smoothing_window_smooths(tone_ex):
    import numpy as np

    tone_ex.set_window(1)
    rough = [np.nanstd(y) for y in tone_ex.plotted]
    tone_ex.set_window(7)
    smooth = [np.nanstd(y) for y in tone_ex.plotted]
    assert tone_ex.window == 7 and rough != smooth
    assert min(smooth) < min(rough)  # the moving average is smoother than the raw scores
    tone_ex.set_window(3)


def test_tone_include_captions(tone_ex, seed):
    caption = int(seed.sentences.loc[seed.sentences["kind"] == "caption", "sent_id"].iloc[0])
    tone_ex.set_include_captions(False)
    span = re.search(rf'data-sent-id="{caption}"[^>]*title="([^"]*)"', tone_ex.text.value)
    assert span and span.group(1) == "excluded"
    tone_ex.set_include_captions(True)
    assert not bool(tone_ex.tone_table().set_index("sent_id").loc[caption, "excluded"])
    span = re.search(rf'data-sent-id="{caption}"[^>]*title="([^"]*)"', tone_ex.text.value)
    assert span and span.group(1).startswith("tone ")
    tone_ex.set_include_captions(False)


def test_tone_widget_has_stable_css_classes(tone_ex):
    assert "presslens-tone-explorer" in tone_ex.widget._dom_classes
    assert "presslens-chart" in tone_ex.chart._dom_classes
    assert tone_ex.chart.outputs[0]["data"]["image/svg+xml"].lstrip().startswith("<?xml")


# ------------------------------------------------------------------ actors
def test_actor_highlights_exactly_their_mentions(actor_ex, seed):
    name = actor_ex.actor_names[1]
    actor_ex.select_actor(name)
    m = actor_ex.mentions[actor_ex.mentions["actor"] == name]
    expected = sorted(zip(m["start"].astype(int), m["end"].astype(int), strict=True))
    assert actor_ex.highlighted == expected and expected
    marked = re.findall(r'<mark class="presslens-mention"[^>]*>(.*?)</mark>', actor_ex.text.value)
    import html

    assert marked == [html.escape(seed.text[s:e]) for s, e in expected]
    assert actor_ex.text.value.count("<mark") == len(expected)


def test_actor_switch_updates_kwic_info_and_chart(actor_ex):
    a, b = actor_ex.actor_names[:2]
    actor_ex.select_actor(a)
    svg_a, kwic_a, info_a = actor_ex.chart_svg, actor_ex.kwic_w.value, actor_ex.info.value
    actor_ex.select_actor(b)
    assert actor_ex.chart_svg != svg_a and actor_ex.kwic_w.value != kwic_a and actor_ex.info.value != info_a
    assert actor_ex.kwic_w.value.count("<tr>") - 1 == len(actor_ex.kwic(b))
    partners = actor_ex.partners(b)
    assert b not in set(partners["actor"])
    if len(partners):
        assert partners["actor"].iloc[0] in actor_ex.info.value
    with pytest.raises(ValueError):
        actor_ex.select_actor("Nobody Atall")


def test_actor_explorer_hides_works_products_and_events_until_ticked(seed):
    ex = ActorExplorer(seed, follow=False)
    events = {"Cold War", "Cuban Missile Crisis", "JSTARS"}  # the seed's two events and its aircraft
    box = ex.things_w
    assert box.description == "show works, products and events" and box.value is False
    assert "presslens-things" in box._dom_classes and box in ex.widget.children
    assert not events & set(ex.actor_w.options)
    svg_off = ex.who.outputs[0]["data"]["image/svg+xml"]
    assert "3 work(s), product(s) or event(s) left out" in svg_off and "Most mentioned actors (top 8)" in svg_off
    ex.select_actor("Joe Biden")
    box.value = True  # the user ticks the box
    assert events <= set(ex.actor_w.options) and ex.actor == "Joe Biden"  # the selection is kept
    svg_on = ex.who.outputs[0]["data"]["image/svg+xml"]
    assert svg_on != svg_off and svg_on == ex.who_svg
    assert "left out" not in svg_on and "Most mentioned actors, works, products and events" in svg_on
    ex.select_actor("Cold War")
    assert "event" in ex.info.value and ex.highlighted
    box.value = False  # unticked: the event is no longer listed, the most mentioned actor is selected
    assert ex.actor == ex.actor_names[0] and "Cold War" not in ex.actor_names
    assert ex.who.outputs[0]["data"]["image/svg+xml"] == svg_off
    ex.select_actor("Cold War")  # selecting a hidden event ticks the box
    assert box.value is True and ex.actor == "Cold War"


def test_actor_explorer_chart_shows_an_event_bar_when_ticked():
    from toolkit.charts.actors import TYPE_COLORS

    art = load_article("Football news\n\nBrazil won the World Cup on Sunday. Coach Jane Roe said the World Cup "
                       "was hard. Fans in Paris watched the World Cup final on Chrome. Jane Roe thanked the fans.")
    ex = ActorExplorer(art, follow=False)
    assert ex.actor == "Jane Roe"  # the most mentioned actor (the World Cup is an event)
    event, product = TYPE_COLORS["event"].lower(), TYPE_COLORS["product"].lower()
    off = ex.who_svg.lower()
    assert "world cup" not in off and event not in off and product not in off
    ex.set_show_things(True)
    on = ex.who_svg.lower()
    assert "world cup" in on and "chrome" in on and event in on and product in on
    assert ex.actor_names[0] == "World Cup" and ex.actor == "Jane Roe"


def test_actor_aliases_on_the_fly(evil):
    ex = ActorExplorer(evil)
    assert "Jane Doe" in ex.actor_names
    ex.select_actor("Jane Doe")
    before = len(ex.highlighted)
    ex.set_aliases("Jane Doe", ["the Minister", "Minister"])
    assert ex.actor == "Jane Doe"
    spans = [evil.text[s:e] for s, e in ex.highlighted]
    assert len(ex.highlighted) > before
    assert any(s.lower().startswith("minister") for s in spans)
    assert ex.aliases_w.value == "the Minister, Minister"


def test_actor_html_is_escaped(evil):
    ex = ActorExplorer(evil)
    for markup in (ex.text.value, ex.kwic_w.value, ex.info.value):
        _no_raw_script(markup)
    assert "&lt;script&gt;" in ex.text.value


# ------------------------------------------------------------------ timeline
def test_timeline_date_range_filters_events(timeline_ex):
    ex = timeline_ex
    ex.set_relation("all")
    ex.set_keep_undated(True)
    ex.set_date_range(ex.days[0], ex.days[-1])
    everything = len(ex.filtered)
    svg_all = ex.chart_svg
    dated = ex.events.dropna(subset=["date_start"])
    late = max(d.date() for d in dated["date_start"])
    ex.set_keep_undated(False)
    ex.set_date_range(late, late)
    assert ex.range_label.value.count(late.isoformat()) == 2
    assert 0 < len(ex.filtered) < everything
    assert all(d.date() <= late <= e.date() for d, e in zip(ex.filtered["date_start"], ex.filtered["date_end"].fillna(ex.filtered["date_start"]), strict=True))
    assert ex.chart_svg != svg_all
    assert f"{len(ex.filtered)} of {len(ex.events)} event(s)" in ex.table.value
    with pytest.raises(ValueError):
        ex.set_date_range("2022-01-02", "2021-01-01")


def test_timeline_relation_filter_and_event_sentence(timeline_ex, seed):
    ex = timeline_ex
    ex.set_keep_undated(True)
    ex.set_date_range(ex.days[0], ex.days[-1])
    rel = [r for r in ex.relation_w.options if r != "all"][0]
    ex.set_relation(rel)
    assert len(ex.filtered) and set(ex.filtered["relation"]) == {rel}
    ex.select_event(len(ex.filtered) - 1)
    row = ex.events.loc[ex.selected]
    assert f"<b>Sentence {int(row['sent_id'])}</b>" in ex.sentence.value
    marked = re.findall(r'<mark class="presslens-date"[^>]*>(.*?)</mark>', ex.sentence.value)
    assert marked == [seed.text[int(row["start"]) : int(row["end"])]]
    ex.set_relation("all")
    with pytest.raises(ValueError):
        ex.set_relation("someday")


def test_timeline_html_is_escaped(evil):
    ex = TimelineExplorer(evil)
    for markup in (ex.table.value, ex.sentence.value):
        _no_raw_script(markup)


# ------------------------------------------------------------------ coding
def test_coding_saves_each_decision_and_resumes(tmp_path, seed):
    path = tmp_path / "codes.csv"
    w = CodingWidget(seed, coder="ab", path=path)
    first = w.current
    w.code("negative")
    w.code("neutral")
    w.skip()
    w.code("positive")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert [r["label"] for r in rows] == ["negative", "neutral", "positive"]
    assert rows[0]["text"] == first["text"] and rows[0]["coder"] == "ab"
    assert set(rows[0]) == {"coder", "article_id", "sent_id", "label", "text", "timestamp"}
    # a new session resumes at the first uncoded sentence (the skipped one)
    again = CodingWidget(seed, coder="ab", path=path)
    assert again.position == 2 and len(again.codes) == 3
    # another coder starts at the beginning of the same file
    other = CodingWidget(seed, coder="cd", path=path)
    assert other.position == 0


def test_coding_back_and_recode_last_one_counts(tmp_path, seed):
    from toolkit import read_codes

    path = tmp_path / "codes.csv"
    w = CodingWidget(seed, coder="ab", path=path)
    w.code("negative")
    w.back()
    assert w.position == 0 and "your code: negative" in w.sentence_w.value
    w.code("positive")
    codes = read_codes(path)
    assert codes["label"].tolist() == ["positive"]
    with pytest.raises(ValueError):
        w.code("furious")


def test_coding_finishes_and_escapes(tmp_path, evil):
    w = CodingWidget(evil, coder="x", path=tmp_path / "c.csv")
    _no_raw_script(w.sentence_w.value)
    for _ in range(len(w.units)):
        w.code("neutral")
    assert w.done and w.buttons["neutral"].disabled and "Done" in w.sentence_w.value
    with pytest.raises(ValueError):
        CodingWidget(evil, coder=" ", path=tmp_path / "c.csv")


# ------------------------------------------------------------------ loader & overview
def test_loader_loads_text_and_reports_errors_escaped(seed):
    loaded = []
    ld = ArticleLoader(show_overview=False)
    ld.on_load(loaded.append)
    assert ld.article.text == seed.text
    art = ld.load_text(EVIL)
    assert art is ld.article and loaded == [art]
    _no_raw_script(ld.status.value)
    assert ld.load_text("   ") is None and ld.article is art and "empty" in ld.status.value
    assert ld.load_url("ftp://example.org/x") is None and ld.error
    assert ld.load_file(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary\x00\x00") is None
    assert ld.article is art
    assert ld.load_file(EVIL.encode("utf-8"), "a.txt").text == art.text


def test_overview_numbers_and_widget(seed):
    nums = overview_numbers(seed)
    assert nums["sentences"] == len(seed.sentences)
    assert nums["captions"] == int(seed.sentences["kind"].isin(["caption", "credit"]).sum())
    assert nums["published"] == "2021-12-31"
    from toolkit import tone_summary

    article_row = tone_summary(seed).query("level == 'article'").iloc[0]
    assert nums["mean_tone"] == pytest.approx(article_row["tone"], abs=1e-3)
    assert nums["most_negative"] == article_row["most_negative_text"] in set(seed.sentences["text"])
    box = overview(seed)
    assert "presslens-overview" in box._dom_classes
    numbers, chart = box.children
    assert str(nums["sentences"]) in numbers.value
    assert "image/svg+xml" in chart.outputs[0]["data"]


def test_overview_escapes_title(evil):
    box = overview(evil)
    _no_raw_script(box.children[0].value)


def test_explorers_close_their_figures(seed):
    import matplotlib.pyplot as plt

    before = len(plt.get_fignums())
    ex = ToneExplorer(seed)
    ex.set_scorer("polarity")
    assert len(plt.get_fignums()) == before
    assert isinstance(ex.tone_table(), pd.DataFrame)


def test_warm_up_prerenders_the_likely_next_charts(seed):
    ex = ToneExplorer(seed, scorer="tone", window=3)
    ex.warm_up(limit=5)  # the nearest settings: other scorers, windows 2 and 4, captions on
    cached = len(ex._charts)
    assert cached == 6
    ex.set_scorer("vader")
    ex.set_scorer("tone")
    ex.set_include_captions(True)
    ex.set_include_captions(False)
    ex.set_window(4)
    assert len(ex._charts) == cached  # all answered from the cache


def test_prefetch_runs_on_the_event_loop_without_blocking(seed):
    import asyncio

    async def run() -> int:
        ex = ToneExplorer(seed, scorer="tone", window=3)
        before = len(ex._charts)
        ex.set_scorer("polarity")  # schedules prefetch jobs on the running loop
        assert len(ex._charts) == before + 1  # only the requested chart was drawn synchronously
        for _ in range(100):
            await asyncio.sleep(0.1)
            if len(ex._charts) >= before + 3:
                break
        ex._jobs.clear()  # stop prefetching the rest
        return len(ex._charts) - before - 1

    assert asyncio.run(run()) >= 2


def test_explorers_cope_with_an_article_without_actors_or_dates():
    art = load_article("it rained all day\n\nthe sky was grey and the streets were wet.")
    ex = ActorExplorer(art)
    assert ex.actor is None and ex.highlighted == [] and "No actors" in ex.info.value
    tl = TimelineExplorer(art)
    assert tl.filtered.empty and tl.selected is None and "no event" in tl.sentence.value
    assert ToneExplorer(art).plotted


def test_loader_file_upload_widget_loads_and_counts():
    ld = ArticleLoader(show_overview=False)
    ld.upload_w.value = ({"name": "a.txt", "type": "text/plain", "size": len(EVIL), "content": memoryview(EVIL.encode("utf-8")), "last_modified": dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)},)
    assert ld.article.title.startswith("Minister") and "a.txt" in ld.status.value
    assert len(ld.upload_w.value) == 1  # the button reads "Upload file (1)", not "(0)"
    assert ld.paste_w.value == ""  # no stale pasted text under an uploaded article


# ------------------------------------------------------------------ one loader for the page
UNDATED = "Talks stall\n\nThe talks stalled yesterday in Geneva, officials said. Jane Doe left last week."


@pytest.fixture()
def fresh_page():
    """A page with nothing loaded yet (the current article is kernel state)."""
    from toolkit.ui.base import current

    current.clear()
    yield current
    current.clear()


def test_loading_once_updates_every_explorer(fresh_page, seed):
    loader = ArticleLoader(show_overview=False)
    tone, actors, timeline = ToneExplorer(), ActorExplorer(), TimelineExplorer()
    pinned = ToneExplorer(seed, follow=False)
    assert tone.following and actors.following and timeline.following and not pinned.following
    assert tone.article is loader.article is fresh_page.article
    before = (tone.chart_svg, actors.chart_svg, timeline.chart_svg)
    loader.load_text(EVIL)
    assert tone.article is actors.article is timeline.article is loader.article
    assert (tone.chart_svg, actors.chart_svg, timeline.chart_svg) != before
    assert "Jane Doe" in actors.actor_names and "resigned" in tone.text.value
    assert len(tone.sentence_w.options) == len(loader.article.sentences)
    assert pinned.article is seed  # an explorer given its own article keeps it


def test_loader_survives_run_all(fresh_page):
    loader = ArticleLoader(show_overview=False)
    loader.load_text(EVIL)
    art = loader.article
    again = ArticleLoader(show_overview=False)  # the same cell run again
    assert again.article is art and again.paste_w.value == EVIL
    assert "pasted text" in again.status.value
    assert ToneExplorer().article is art  # and the explorers below it show it too


def test_loader_publication_date_field(fresh_page):
    loader = ArticleLoader(show_overview=False)
    assert loader.published_w.value == "2021-12-31"  # prefilled from the example article
    timeline = TimelineExplorer()
    loader.load_text(UNDATED)
    assert loader.published_w.value == "" and loader.article.published is None
    for panel in (loader.warning.value, timeline.warning.value):
        assert "presslens-date-warning" in panel and "No publication date" in panel
    loader.published_w.value = "2024-03-15"  # the user types the date
    assert loader.article.published == dt.date(2024, 3, 15)
    assert timeline.article.published == dt.date(2024, 3, 15)
    assert timeline.warning.value == "" and loader.warning.value == ""
    assert "2024-03-14" in {d.isoformat() for d in timeline.days}  # "yesterday" resolved
    loader.published_w.value = "not a date"
    assert "YYYY-MM-DD" in loader.status.value and loader.article.published == dt.date(2024, 3, 15)


def test_loader_small_things(fresh_page):
    loader = ArticleLoader(show_overview=False)
    art = loader.load_text("The fund was cut on Monday, officials said.")
    assert art.title == "The fund was cut on Monday, officials said."  # not "untitled"
    assert "untitled" not in loader.status.value
    assert loader.load_file(b"", "empty.txt") is None
    assert "empty.txt" in loader.status.value and "bytes" not in loader.status.value
    loader.load_file(EVIL.encode(), "a.txt")
    assert loader.paste_w.value == ""


def test_tone_explanation_in_plain_words(seed):
    ex = ToneExplorer(seed, follow=False)
    body = seed.sentences[seed.sentences["kind"] == "body"]
    ex.select_sentence(int(body["sent_id"].iloc[3]))
    html = ex.explanation.value
    assert "counted in the article tone" in html and "share inside quotes" in html
    assert "in_quote" not in html and "excluded" not in html.split("Words that moved")[0]
    table = html.split("Words that moved the score", 1)[1]
    assert "<th>component</th>" in table
    rows = re.findall(r"<tr>\s*<td>(\w+)</td>\s*<td>(\w+)</td>\s*<td>([^<]+)</td>", table)
    keys = [(s, c, w) for s, c, w in rows]
    assert len(keys) == len(set(keys))  # a word twice under tone differs by component


def test_selected_sentence_is_at_the_top_of_the_text(seed):
    ex = ToneExplorer(seed, follow=False)
    last = int(seed.sentences["sent_id"].iloc[-3])
    ex.select_sentence(last)
    panel = ex.text.value
    assert "presslens-earlier" in panel  # earlier text folded away
    after_fold = panel.split("</details>", 1)[1]
    first_sent = re.search(r'data-sent-id="(\d+)"', after_fold)
    assert first_sent and int(first_sent.group(1)) == last - 1  # one sentence of context


def test_rerun_cell_replaces_its_follower(fresh_page, monkeypatch):
    """Running an explorer's cell again: the new explorer follows, the old one stops."""
    import toolkit.ui.base as base

    monkeypatch.setattr(base, "_cell_id", lambda: "cell-7")
    loader = ArticleLoader(show_overview=False)
    first = ToneExplorer()
    second = ToneExplorer()  # same cell, run again
    other = ActorExplorer()  # same cell id but another explorer class: kept
    loader.load_text(EVIL)
    assert second.article is loader.article and other.article is loader.article
    assert not first.following and first.article is not loader.article


def test_explorer_charts_fit_960px(seed):
    from toolkit.style import MAX_WIDTH_PX

    for ex in (ToneExplorer(seed, follow=False), ActorExplorer(seed, follow=False), TimelineExplorer(seed, follow=False)):
        w = re.search(r'<svg[^>]*width="([\d.]+)pt"', ex.chart_svg)
        assert w and float(w.group(1)) * 96 / 72 <= MAX_WIDTH_PX, type(ex).__name__


def test_events_list_shows_month_level_dates_as_months():
    """Issue 13: 'January' (a month) was listed as 2022-01-01 in the Events list."""
    import toolkit as pl

    art = pl.load_article(
        "Talks planned\n\nThe two sides will meet in January, officials said on Monday.", published="2021-12-31"
    )
    ex = pl.TimelineExplorer(art)
    labels = [ex._label(i) for i in ex.events.index]
    assert labels and all("2022-01-01" not in lab for lab in labels)
    assert any(lab.startswith("2022-01 ") for lab in labels), labels
    assert any(lab.startswith("2021-12-27 ") for lab in labels), labels  # a day stays a day
