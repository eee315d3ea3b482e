"""Publication dates from the article's own dateline (issue 13 item 2), and where every
publication date came from (``article.meta["published_from"]``)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from toolkit.io.dateline import find_dateline
from toolkit.io.load import load_article

BODY = (
    "The city council voted on Tuesday to close the old harbour bridge to cars. "
    "The mayor said the repairs would take two years and cost about $40 million."
)
# What a reader gets when copying a Wikinews article from the browser.
WIKINEWS_PASTE = (
    "Council closes harbour bridge to cars\n\n"
    "Wednesday, September 11, 2019\n\n"
    + BODY
    + "\n\nSources\n\n\"Council votes on bridge\" — Harbour Times, September 10, 2019\n"
)


def test_pasted_wikinews_article_gets_its_date_from_the_dateline():
    art = load_article(WIKINEWS_PASTE)
    assert art.published == dt.date(2019, 9, 11)
    assert art.meta["published_from"] == "dateline"
    # nothing lost: the dateline is still in the text, labelled as before, and located exactly
    d = art.meta["dateline"]
    assert art.text[d["start"] : d["end"]] == "Wednesday, September 11, 2019" == d["text"]
    kinds = dict(zip(art.sentences["text"], art.sentences["kind"], strict=True))
    assert kinds["Wednesday, September 11, 2019"] == "boilerplate"
    assert art.text == WIKINEWS_PASTE


def test_dateline_lets_relative_dates_resolve():
    art = load_article(WIKINEWS_PASTE)
    tuesday = art.timeline[art.timeline["text"] == "Tuesday"]
    assert tuesday["value"].tolist() == ["2019-09-10"]


def test_article_without_any_date_says_so():
    art = load_article("Council closes harbour bridge to cars\n\n" + BODY)
    assert art.published is None
    assert art.meta["published_from"] is None
    assert "dateline" not in art.meta


def test_argument_wins_over_dateline_and_origin_is_recorded():
    art = load_article(WIKINEWS_PASTE, published="2019-09-12")
    assert art.published == dt.date(2019, 9, 12)
    assert art.meta["published_from"] == "argument"
    assert art.meta["dateline"]["date"] == "2019-09-11"  # still reported, not used


def test_sidecar_date_is_metadata(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(WIKINEWS_PASTE, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2019-09-13"}), encoding="utf-8")
    art = load_article(p)
    assert art.published == dt.date(2019, 9, 13) and art.meta["published_from"] == "metadata"


def test_html_date_is_html():
    page = (
        "<html><head><meta property='article:published_time' content='2022-03-04T10:00:00+01:00'>"
        "</head><body><article><h1>Ministers agree new budget</h1><p>" + BODY + "</p></article></body></html>"
    )
    art = load_article(page)
    assert art.published == dt.date(2022, 3, 4) and art.meta["published_from"] == "html"


@pytest.mark.parametrize(
    ("text", "expected", "dateline"),
    [
        ("WASHINGTON, Dec. 3, 2021 (Reuters) - " + BODY, dt.date(2021, 12, 3), "WASHINGTON, Dec. 3, 2021 (Reuters) -"),
        ("Talks resume\n\nLONDON, 3 December 2021 (AFP) — " + BODY, dt.date(2021, 12, 3), "LONDON, 3 December 2021 (AFP) —"),
        ("Talks resume\n\nDecember 3, 2021\n\n" + BODY, dt.date(2021, 12, 3), "December 3, 2021"),
        ("Talks resume\nPublished: 3 December 2021 10:32 GMT\n\n" + BODY, dt.date(2021, 12, 3), "Published: 3 December 2021 10:32 GMT"),
        ("Talks resume\n\n2021-12-03\n\n" + BODY, dt.date(2021, 12, 3), "2021-12-03"),
    ],
)
def test_common_news_datelines(text, expected, dateline):
    art = load_article(text)
    assert art.published == expected and art.meta["published_from"] == "dateline"
    assert art.meta["dateline"]["text"] == dateline
    assert art.text[art.meta["dateline"]["start"] : art.meta["dateline"]["end"]] == dateline


@pytest.mark.parametrize(
    "text", ["WASHINGTON, Dec 3 (Reuters) - " + BODY, "LONDON (AP) — " + BODY]
)
def test_wire_dateline_without_a_year_is_reported_not_guessed(text):
    art = load_article(text)
    assert art.published is None and art.meta["published_from"] is None
    assert art.meta["dateline"]["date"] is None and text.startswith(art.meta["dateline"]["text"])


@pytest.mark.parametrize(
    "text",
    [
        "Court rules on appeal\n\nThe court met on December 3, 2021 to hear the appeal. " + BODY,
        "Court rules on appeal\n\n" + BODY + "\n\nDecember 3, 2021\n",  # a date below the first sentence
        "Court rules on appeal\n\nFebruary 30, 2021\n\n" + BODY,  # no such day
    ],
)
def test_dates_in_the_story_are_not_datelines(text):
    assert load_article(text).published is None


def test_find_dateline_offsets_index_the_text():
    text = "  Headline\r\n\n   Friday, January 4, 2019 at 10:30 a.m. EST  \n\nBody."
    d = find_dateline(text)
    assert d.date == dt.date(2019, 1, 4) and text[d.start : d.end] == d.text


def test_datelines_of_real_wikinews_articles_match_their_metadata(shared_data):
    """Every corpus article whose text keeps its Wikinews dateline, loaded as pasted text (no
    metadata), gets the publication date its metadata gives."""
    import warnings

    path = shared_data / "news_corpus" / "news_corpus.jsonl"
    checked = 0
    with path.open(encoding="utf-8") as fh, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for line in fh:
            rec = json.loads(line)
            if not find_dateline(rec["text"]):
                continue
            art = load_article(rec["text"])
            assert (art.published.isoformat(), art.meta["published_from"]) == (rec["date"][:10], "dateline"), rec["id"]
            checked += 1
    assert checked >= 150


@pytest.mark.parametrize("line", ["GENEVA, August 14, 2024", "Geneva, Switzerland, Aug. 14, 2024",
                                  "WASHINGTON, D.C., 14 August 2024", "By Jane Doe, August 14, 2024"])
def test_a_place_or_a_byline_before_the_date_on_its_own_line_is_a_dateline(line):
    # "GENEVA, August 14, 2024" under the headline gave no publication date (and "Geneva" was an actor)
    art = load_article(f"Council closes harbour bridge to cars\n\n{line}\n\n{BODY}")
    assert art.published == dt.date(2024, 8, 14) and art.meta["published_from"] == "dateline"
    kinds = dict(zip(art.sentences["text"], art.sentences["kind"], strict=True))
    assert kinds[line] in ("boilerplate", "credit")
    assert art.text.startswith("Council closes")


def test_a_date_inside_a_sentence_after_a_place_is_no_dateline():
    assert find_dateline("Council closes bridge\n\nIn Geneva, on August 14, 2024, the council voted to close it.") is None


def test_a_press_release_dateline_gives_the_date():
    art = load_article("Acme reports results\n\nSEATTLE, Oct. 28, 2025 /PRNewswire/ -- Acme Inc. today reported record "
                       "revenue. The company will host a call at 5:00 p.m. ET today.")
    assert art.published == dt.date(2025, 10, 28) and art.meta["published_from"] == "dateline"


def test_a_headline_that_asks_does_not_end_the_search_and_the_writers_job_is_credit():
    # "What is the Electoral College and how does it work?" read as a first sentence of the story: the
    # "Published 4 November 2024" line below it gave no date; the byline's second line ("North America
    # correspondent") was body, so "North America" was an actor
    art = load_article("What is the Electoral College and how does it work?\n\nBy Anthony Zurcher\nNorth America "
                       "correspondent\n\nPublished 4 November 2024\n\nAmericans vote on Tuesday.")
    assert art.published == dt.date(2024, 11, 4)
    kinds = dict(zip(art.paragraphs["text"], art.paragraphs["kind"], strict=True))
    assert kinds["North America correspondent"] == "credit"
    assert "North America" not in set(art.actors["actor"])
    # a story's first paragraph (longer than a headline) still ends the search: a date line below it is the story's
    assert find_dateline("Ministers met in London on Tuesday to agree the plan, after weeks of talks in which the "
                         "unions and the employers failed to find any common ground.\n\n4 November 2024") is None


@pytest.mark.parametrize(("line", "day"), [
    ("Paris, June 10, 2024 — French President Emmanuel Macron dissolved the National Assembly.", dt.date(2024, 6, 10)),
    ("New York, 3 March 2024 (AP) - The Senate voted.", dt.date(2024, 3, 3)),
    ("Seoul, Dec 4 (Reuters) - The president lifted martial law.", None),
])
def test_a_wire_dateline_with_the_town_in_title_case(line, day):
    # "Paris, June 10, 2024 — French President ..." gave no publication date (only "PARIS, ..." did)
    found = find_dateline(f"Macron calls snap election\n\n{line}")
    assert found is not None and found.date == day and found.text.endswith(("—", "-"))


@pytest.mark.parametrize("line", ["Paris - Macron spoke to reporters.", "Paris, June 10 - Macron spoke to reporters.",
                                  "Paris, in June 2024 - a city of light."])
def test_a_title_case_town_without_a_year_or_an_agency_is_no_dateline(line):
    assert find_dateline(f"Macron speaks\n\n{line}") is None


def test_the_hindus_stamp_with_its_town_and_its_writer_under_the_standfirst():
    # a Hindu-shaped page: "Updated - January 16, 2025 11:02 am IST - BENGALURU" gave no date (every "Thursday" of the
    # story unresolved) and "T. S. Subramanian" under it was body; "Union Minister of State for Science and
    # Technology Jitendra Singh" made the person "Technology Jitendra Singh"
    art = load_article("The Hindu\nNews\nIndia\nISRO successfully docks two satellites in space\nThe SpaDeX mission makes "
                       "India the fourth country to demonstrate space docking technology\nUpdated - January 16, 2025 "
                       "11:02 am IST - BENGALURU\nT. S. Subramanian\nThe Indian Space Research Organisation on Thursday "
                       "docked two satellites in orbit. Union Minister of State for Science and Technology Jitendra "
                       "Singh said it was historic.\n")
    assert art.published == dt.date(2025, 1, 16)
    kinds = dict(zip(art.paragraphs["text"], art.paragraphs["kind"], strict=True))
    assert kinds["T. S. Subramanian"] == "credit"
    assert "Jitendra Singh" in set(art.actors["actor"])


def test_a_date_line_with_its_section_under_the_sites_name():
    # an Axios-shaped page: "Axios" / "Jan 21, 2025 - Technology" was the headline and gave no date; the writer's name
    # under the real headline was a caption (a picture's credit under it)
    art = load_article("Axios\nJan 21, 2025 - Technology\nTrump announces $500 billion AI infrastructure venture with "
                       "OpenAI\nIna Fried\nPhoto: Andrew Harnik/Getty Images\nPresident Trump on Tuesday announced a joint "
                       "venture called Stargate that will invest up to $500 billion in AI infrastructure.\n")
    assert art.published == dt.date(2025, 1, 21)
    assert art.title == "Trump announces $500 billion AI infrastructure venture with OpenAI"
    assert art.paragraphs["kind"].tolist() == ["boilerplate", "boilerplate", "title", "credit", "credit", "body"]


def test_a_numeric_stamp_that_reads_both_ways_takes_the_order_the_story_writes_its_dates_in():
    # a Euronews-shaped page: "euronews" in lower case over the menu left no headline; "By Euronews with AP, Reuters"
    # was body; "Published on 06/12/2024 - 16:48 GMT+1 • Updated 18:02" gave no date, and the timeline read it as
    # June 12 in a story that writes "on 24 November"
    art = load_article("euronews\nLatest\nEurope\nRomania cancels presidential election result\nBy Euronews with AP, "
                       "Reuters\nPublished on 06/12/2024 - 16:48 GMT+1 • Updated 18:02\nRomania's Constitutional Court "
                       "has annulled the first round, which Călin Georgescu won on 24 November.\n")
    assert art.published == dt.date(2024, 12, 6)
    assert art.title == "Romania cancels presidential election result"
    assert art.paragraphs["kind"].tolist()[:6] == ["boilerplate"] * 3 + ["title", "credit", "boilerplate"]
    tl = art.timeline
    assert dict(zip(tl["text"], tl["value"], strict=True))["06/12/2024"] == "2024-12-06"
    # a story written month first keeps the month first; an explicit dayfirst wins
    us = load_article("Vote held\n\nPublished on 06/12/2024\n\nThe first round was held on November 24, officials said.")
    assert us.published == dt.date(2024, 6, 12)
    from toolkit import timeline

    assert timeline(us, dayfirst=True)["value"].tolist()[0] == "2024-12-06"


def test_stamps_in_capitals_and_dotted_day_first_dates():
    # the Straits Times: "UPDATED May 04, 2025, 02:14 AM" was body, "Join ST's WhatsApp Channel …" too; Anadolu:
    # "Ahmet Gencturk  |07.12.2023 - Update : 08.12.2023" gave no date (and the timeline read 07.12.2023 as July 12)
    art = load_article("GE2025: PAP returns to power with 65.6% of the vote\n\nGoh Yan Han\nUPDATED May 04, 2025, 02:14 AM\n"
                       "The People's Action Party was returned to power on May 3.\nJoin ST's WhatsApp Channel and get the "
                       "latest news and must-reads.\n")
    assert art.published == dt.date(2025, 5, 4)
    assert art.paragraphs["kind"].tolist() == ["title", "credit", "boilerplate", "body", "boilerplate"]
    art = load_article("Türkiye, Greece agree to boost trade to $10 billion\n\nAhmet Gencturk  |07.12.2023 - Update : "
                       "08.12.2023\n\nTürkiye and Greece have agreed to increase bilateral trade, Erdogan said on Thursday.\n")
    assert art.published == dt.date(2023, 12, 7)
    assert art.paragraphs["kind"].tolist() == ["title", "boilerplate", "body"]
    tl = art.timeline
    assert tl["value"].tolist() == ["2023-12-07", "2023-12-08", "2023-12-07"]
