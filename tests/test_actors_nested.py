"""Names inside names (``actors(article, nested=True)``, toolkit.entities.nesting)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit import load_article
from toolkit.entities.actors import actors


def _nested(text: str) -> list[tuple[str, str, str]]:
    df = actors(load_article(text), nested=True)
    return [(a, t, s) for a, t, s in df.loc[df["nested"], ["actor", "type", "surface"]].values.tolist()]


def test_default_table_is_flat_and_unchanged_by_the_option():
    text = ("Title\n\nShe studied at the University of North Carolina. The Andy Warhol Foundation gave money; "
            "Andy Warhol never saw it.")
    art = load_article(text)
    flat = actors(art)
    full = actors(art, nested=True)
    assert not flat["nested"].any()
    assert full["nested"].any()
    # the option only adds rows: the flat rows are the non-nested rows, in the same order
    assert full[~full["nested"]].reset_index(drop=True).equals(flat)


def test_places_and_people_inside_organisation_names():
    got = _nested("Title\n\nShe studied at the University of North Carolina. The Andy Warhol Foundation gave "
                  "money to the museum; Andy Warhol had asked for it.")
    assert ("North Carolina", "place", "North Carolina") in got
    assert ("Andy Warhol", "person", "Andy Warhol") in got


def test_compass_word_belongs_to_the_place():
    got = _nested("Title\n\nThe exhibit opened at the University of Southern Indiana on Friday.")
    assert got == [("Southern Indiana", "place", "Southern Indiana")]


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nYesterday, North Korea fired artillery rounds into the sea.",  # a place of its own
        "Title\n\nOfficials told BBC News that every claim will be assessed.",  # the same name, shortened
        "Title\n\nThe actress Paris Hilton said she arrived in London on Monday.",  # people's names are never split
        "Title\n\nSenator Georgia Brown said she would vote against it.",
        "Title\n\nA report appeared in the New England Journal of Medicine on Wednesday.",  # not England
        # a place closing a body's name after a common word is part of that name, not the place
        "Title\n\nA sensitive Environment Canada document was found wet on an Ottawa street.",
        "Title\n\nThe delayed flight was operated by Air Canada, a spokesman said.",
        "Title\n\nThe charity Cancer Research UK welcomed the decision.",
    ],
)
def test_no_nested_name(text):
    assert _nested(text) == []


def test_the_same_organisation_shortened_is_not_nested():
    got = _nested("Title\n\nThe United Kingdom Home Office rejected the plan on Monday.")
    assert got == [("United Kingdom", "place", "United Kingdom")]  # not "Home Office"


def test_country_inside_an_agency_name():
    got = _nested("Title\n\nThe Mental Health Council of Australia has warned the government.")
    assert got == [("Australia", "place", "Australia")]


_PARTS = ["University of", "North Carolina", "Andy Warhol", "Foundation", "BBC News", "said", "the", "and",
          "Church of", "Scientology", "Southern", "Indiana", ".", ",", "Korea", "New York Times"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=25))
def test_nested_rows_lie_inside_a_flat_row(words):
    text = "Title\n\n" + " ".join(words)
    df = actors(load_article(text), nested=True)
    outer = df[~df["nested"]]
    for r in df[df["nested"]].itertuples():
        assert text[r.start : r.end] == r.surface
        assert any(o.start <= r.start and r.end <= o.end and (o.start, o.end) != (r.start, r.end)
                   for o in outer.itertuples())
        assert r.type in ("person", "organization", "place")


def test_a_person_opening_a_longer_name():
    got = _nested("Title\n\nShe flew from John F. Kennedy International Airport to the George Washington University "
                  "campus, then to Virginia Commonwealth University and Victoria Park.")
    assert ("John F. Kennedy", "person", "John F. Kennedy") in got
    assert ("George Washington", "person", "George Washington") in got
    assert not any(a in ("Commonwealth", "Victoria") for a, _, _ in got)  # a word, a park


def test_a_city_opening_the_name_of_a_building_in_it():
    got = _nested("Title\n\nSweden faced South Korea at the Nizhny Novgorod Stadium. Belgium played at the "
                  "Volgograd Arena. The North Korea team and BBC News stayed away.")
    assert ("Nizhny Novgorod", "place", "Nizhny Novgorod") in got
    assert ("Volgograd", "place", "Volgograd") in got
    assert not any(s in ("Korea", "BBC") for _, _, s in got)  # still the same name shortened
