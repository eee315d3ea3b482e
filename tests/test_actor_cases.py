"""Issue 14's cases: names not merged, junk actors, wrong types.

Every sentence is made up, with the structure of the sentence on a real page where the error was
seen (no publisher's text). Cases the rules do not handle yet are marked ``xfail(strict=True)``, so
fixing one makes the suite say so.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import actors, load_article

pytestmark = pytest.mark.filterwarnings("ignore::toolkit.errors.LanguageWarning")

HEAD = "Headline for the story\n\n"


def _df(text: str) -> pd.DataFrame:
    return actors(load_article(text))


def _actors(text: str) -> set[str]:
    return set(_df(text)["actor"])


def _types(text: str) -> dict[str, str]:
    df = _df(text)
    return dict(zip(df["actor"], df["type"], strict=True))


# ---------------------------------------------------------------------- names not merged
def test_month_name_inside_a_name_is_part_of_the_name():
    got = _actors(HEAD + "Prime Minister Theresa May met the press. Later Theresa told colleagues she would stay.")
    assert got == {"Theresa May"}


def test_month_name_inside_a_name_april():
    df = _df(HEAD + "The reporter April Ryan asked a question. April Ryan later wrote about it.")
    assert set(df["actor"]) == {"April Ryan"}
    assert len(df) == 2


def test_foreign_title_is_not_part_of_the_name():
    df = _df(HEAD + "Taoiseach Leo Varadkar said the border would stay open. Varadkar spoke in Dublin.")
    people = df[df["type"] == "person"]
    assert set(people["actor"]) == {"Leo Varadkar"}
    assert len(people) == 2
    assert "Taoiseach Leo Varadkar" in set(df["surface"])  # the surface keeps the title


@pytest.mark.parametrize("title", ["Chancellor", "Tánaiste", "Premier", "Mayor", "Governor", "Speaker", "Commissioner"])
def test_job_titles_are_not_part_of_the_name(title):
    assert _actors(HEAD + f"{title} Olaf Brandt spoke on Monday.") == {"Olaf Brandt"}


def test_surname_with_particle_merges_with_the_full_name():
    df = _df(HEAD + "Robert De Niro arrived early. De Niro said he was happy.")
    assert set(df["actor"]) == {"Robert De Niro"}


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Frans van der Berg", "Van der Berg"),
        ("Ursula von der Leyen", "Von der Leyen"),
        ("Ahmed al-Sharif", "al-Sharif"),
    ],
)
def test_surname_particles(full, short):
    got = _actors(HEAD + f"{full} spoke on Monday. {short} left on Tuesday.")
    assert got == {full}


def test_all_caps_headline_form_merges_with_the_body_form():
    df = _df("ARKWRIGHT WINS THE PRIZE\n\nArkwright, a small studio, won the prize on Sunday. Arkwright said it was glad.")
    assert "ARKWRIGHT" not in set(df["actor"])
    assert (df["actor"] == "Arkwright").sum() >= 3


def test_plural_and_singular_of_a_proper_noun_are_one_actor():
    got = _actors(HEAD + "The film won four Oscars on Sunday. It was the studio's first Oscar.")
    assert len(got) == 1


def test_acronym_long_form_and_partial_form_are_one_actor():
    df = _df(
        HEAD + "The California Independent System Operator ordered blackouts. California ISO said demand was high. "
        "The ISO apologised."
    )
    assert set(df["actor"]) == {"California Independent System Operator"}
    assert set(df["type"]) == {"organization"}


def test_head_of_a_place_name_alone_later_is_the_place():
    df = _df(HEAD + "The dead were buried on Hart Island in New York. Burials on Hart have increased.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["Hart"] == "Hart Island"


def test_no_invented_long_form():
    got = _actors(HEAD + "Scientists at the Harvard–Smithsonian Center for Astrophysics found it.")
    assert "Harvard University" not in got


# ---------------------------------------------------------------------- junk
def test_all_caps_function_words_in_a_headline_are_not_actors():
    got = _actors("SHARES UP AND DOWN FOR THE TEAM TO GO IN\n\nThe team played well on Sunday.")
    assert not got & {"UP", "AND", "FOR", "TO", "IN", "UP AND", "FOR THE", "TO GO IN"}
    assert not any(w in a.split() for a in got for w in ("AND", "UP", "FOR", "TO", "IN"))


def test_table_headers_are_not_actors():
    got = _actors(HEAD + "The team played well.\n\nSTANDINGS\n\nL T GF GA PTS\n\nRovers 10 4 22 11 34")
    assert not got & {"STANDINGS", "L T GF GA PTS"}


def test_headline_common_words_are_not_actors():
    got = _actors("Astronomers Find Water On Distant Planet\n\nAstronomers found water on a planet far away.")
    assert "Astronomers" not in got
    got = _actors("Coronavirus Cases Rise\n\nCoronavirus cases rose in the city on Monday.")
    assert "Coronavirus" not in got


def test_prime_ministers_questions_is_not_an_actor():
    assert "Questions" not in _actors(HEAD + "At Prime Minister's Questions on Wednesday, the leader was asked about the budget.")


def test_run_glued_across_words_is_not_one_actor():
    got = _actors(HEAD + "Presumptive Democratic White House nominee Joe Biden spoke on Monday.")
    assert "Presumptive Democratic White House" not in got
    assert "Joe Biden" in got


# ---------------------------------------------------------------------- types
@pytest.mark.parametrize("name", ["Newmont", "Barrick", "Bre-X"])
def test_company_that_said_its_is_an_organization(name):
    assert _types(HEAD + f"{name} said its profit rose in the third quarter.")[name] == "organization"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Scarlett Johansson starred in the film Marriage Story.", "Marriage Story"),
        ("Users of Internet Explorer were warned on Monday.", "Internet Explorer"),
        ("Users of the browser Chrome were warned on Monday.", "Chrome"),
        ("Users of Chrome were warned on Monday.", "Chrome"),
        ("Veterans of World War One gathered on Sunday.", "World War One"),
    ],
)
def test_works_products_and_events_are_not_people_or_organizations(sentence, name):
    # type "other" like the seed's "Cold War"; work/product/event subtypes need ACTOR_TYPES first
    assert _types(HEAD + sentence).get(name) == "other"


def test_planet_designation_is_not_an_organization():
    assert _types(HEAD + "Astronomers found water on K2-18b, a planet far away.").get("K2-18b") != "organization"


def test_football_clubs_named_after_cities_in_sports_context():
    got = _types(HEAD + "Liverpool beat Everton 2-0 in the league match on Sunday.")
    assert got["Liverpool"] == "organization"
    assert got["Everton"] == "organization"
    got = _types(HEAD + "The striker scored at Barcelona's ground in the cup match.")
    assert got["Barcelona"] == "organization"
