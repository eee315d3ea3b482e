"""Codebooks: loading, validation errors with line numbers, the starter template."""

from __future__ import annotations

import pytest

from toolkit import Codebook, actors, codebook_template, load_article, load_codebook
from toolkit.errors import CodebookError, PresslensError

GOOD = """\
# a class codebook
actors:
  Russian government:
    aliases: [the Kremlin, Moscow]
    type: organization
    group: Russia
  Joe Biden:
    aliases: [Biden, President Biden]
    group: United States
ignore: [Sputnik]
"""


def test_load_from_yaml_file_string_and_dict(tmp_path):
    path = tmp_path / "cb.yaml"
    path.write_text(GOOD, encoding="utf-8")
    for source in (path, str(path), GOOD):
        cb = load_codebook(source)
        assert isinstance(cb, Codebook)
        assert cb.resolve("The Kremlin").name == "Russian government"
        assert cb.resolve("Kremlin’s").name == "Russian government"
        assert cb.resolve("moscow").group == "Russia"
        assert cb.resolve("Biden").type is None
        assert cb.ignored("sputnik")
        assert cb.resolve("Putin") is None
    cb = load_codebook({"actors": {"NATO": ["the alliance"]}})
    assert cb.resolve("the Alliance").name == "NATO"
    assert load_codebook(cb) is cb


def test_invalid_yaml_names_file_and_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("actors:\n  NATO:\n    aliases: [a, b\n    type: organization\n", encoding="utf-8")
    with pytest.raises(CodebookError) as exc:
        load_codebook(path)
    msg = str(exc.value)
    assert str(path) in msg and "invalid YAML" in msg
    assert f"{path}:4" in msg or f"{path}:5" in msg
    assert isinstance(exc.value, PresslensError)


def test_unknown_keys_name_the_line(tmp_path):
    path = tmp_path / "cb.yml"
    path.write_text("actors:\n  NATO:\n    aliases: [the alliance]\n    colour: blue\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"cb\.yml:4: actor 'NATO': unknown key 'colour'"):
        load_codebook(path)
    path.write_text("actors: {}\nactrs:\n  X: {}\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"cb\.yml:2: unknown key 'actrs'"):
        load_codebook(path)


def test_bad_values_are_rejected():
    with pytest.raises(CodebookError, match="type 'country'"):
        load_codebook({"actors": {"X": {"type": "country"}}})
    with pytest.raises(CodebookError, match="must be a mapping"):
        load_codebook("- just\n- a list\n")
    with pytest.raises(CodebookError, match="cannot read"):
        load_codebook("/nonexistent/dir/cb.yaml")


def test_template_lists_found_actors_and_round_trips(seed, tmp_path):
    path = tmp_path / "starter.yaml"
    text = codebook_template(seed, path)
    assert path.read_text(encoding="utf-8") == text
    assert text.startswith("#")
    cb = load_codebook(path)
    assert cb.resolve("Joe Biden").type == "person"
    assert cb.resolve("Mr Biden").name == "Joe Biden"  # surfaces become aliases
    assert cb.resolve("NATO").type == "organization"
    assert cb.resolve("Mikhail Metzel") is None
    # the template reproduces the detected actors when used as a codebook
    assert actors(seed, codebook=cb).groupby("actor").size().to_dict() == actors(seed).groupby("actor").size().to_dict()
    two = codebook_template([seed, load_article("Headline\n\nAcme Corp hired Jane Roe in Paris on Monday morning.")])
    assert '"Acme Corp"' in two and "2 article(s)" in two


def test_actor_types_and_codebooks_with_the_new_types():
    from toolkit.entities.codebook import ACTOR_TYPES, THING_TYPES

    assert ACTOR_TYPES == ("person", "organization", "place", "work", "product", "event", "other")
    assert set(THING_TYPES) == {"work", "product", "event"} and set(THING_TYPES) < set(ACTOR_TYPES)
    # a codebook written with the four old types loads as before
    old = load_codebook(
        "actors:\n  Joe Biden:\n    type: person\n  NATO:\n    type: organization\n"
        "  Kyiv:\n    type: place\n  Cold War:\n    type: other\n"
    )
    assert [e.type for e in old.entries.values()] == ["person", "organization", "place", "other"]
    # the new types load, and a codebook type wins over the rules
    cb = load_codebook({"actors": {
        "Marriage Story": {"type": "work"}, "Chrome": {"type": "product", "aliases": ["Google Chrome"]},
        "World Cup": {"type": "event"}, "Cold War": {"type": "other"},
    }})  # fmt: skip
    assert cb.resolve("Google Chrome").type == "product" and cb.resolve("World Cup").type == "event"
    art = load_article("Headline\n\nThe Cold War ended. Users of Google Chrome watched the World Cup.")
    got = dict(zip(actors(art, codebook=cb)["actor"], actors(art, codebook=cb)["type"], strict=True))
    assert got == {"Cold War": "other", "Chrome": "product", "World Cup": "event"}
    with pytest.raises(CodebookError, match="not one of person, organization, place, work, product, event, other"):
        load_codebook({"actors": {"X": {"type": "film"}}})


def test_template_writes_the_new_types(seed):
    text = codebook_template(seed)
    assert "work, product, event or other" in text
    cb = load_codebook(text)
    assert cb.resolve("Cold War").type == "event"  # the template round-trips the new types


# --------------------------------------------------------------------------------------------
# issue 12 bug 5: alias bombs, size cap, duplicates
# --------------------------------------------------------------------------------------------

BOMB = (
    "ignore:\n"
    '  - &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "  - &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "  - &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "  - &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "  - &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "  - &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "  - &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
)


def test_yaml_alias_bomb_is_refused_at_once(tmp_path):
    import time

    path = tmp_path / "bomb.yaml"
    path.write_text(BOMB, encoding="utf-8")
    t0 = time.perf_counter()
    with pytest.raises(CodebookError, match=r"bomb\.yaml:3: YAML aliases \(\*a\) are not allowed"):
        load_codebook(path)
    assert time.perf_counter() - t0 < 1.0


def test_aliases_refused_even_when_harmless():
    with pytest.raises(CodebookError, match=r"<yaml>:3: YAML aliases \(\*g\) are not allowed"):
        load_codebook("actors:\n  NATO: {aliases: [the alliance], group: &g West}\n  EU: {group: *g}\n")


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("ignore: [[a, b], c]\n", r"<yaml>:1: each 'ignore' entry must be a name, not a list"),
        ("actors:\n  NATO:\n    aliases: [alliance, {x: 1}]\n", r"<yaml>:3: actor 'NATO': each alias must be a name, not a mapping"),
        ("actors:\n  NATO:\n    group: [a, b]\n", r"<yaml>:3: actor 'NATO': the group must be a name, not a list"),
        ("actors:\n  NATO: {aliases: [yes]}\n", r"actor 'NATO': each alias must be a name, not true/false \(quote it"),
        ("actors:\n  ? [a, b]\n  : {}\n", r"<yaml>:2: a key must be a name"),
    ],
)
def test_non_names_where_names_belong(yaml_text, message):
    with pytest.raises(CodebookError, match=message):
        load_codebook(yaml_text)


def test_duplicate_actor_is_an_error_naming_both_lines(tmp_path):
    path = tmp_path / "cb.yaml"
    path.write_text("actors:\n  NATO:\n    aliases: [the alliance]\n  EU: {}\n  NATO:\n    type: organization\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=rf"{path.name}:5: actor 'NATO' is listed twice \(first on line 2\)"):
        load_codebook(path)


def test_alias_under_two_actors_is_an_error(tmp_path):
    path = tmp_path / "cb.yaml"
    path.write_text(
        "actors:\n  Russian government:\n    aliases: [the Kremlin, Moscow]\n"
        "  Vladimir Putin:\n    aliases:\n      - Putin\n      - Kremlin\n",
        encoding="utf-8",
    )
    with pytest.raises(CodebookError) as exc:
        load_codebook(path)
    assert str(exc.value) == (
        f"{path}:7: 'Kremlin' is listed under two actors, 'Russian government' ({path}:3) and "
        "'Vladimir Putin'; a name can mean one actor only"
    )
    with pytest.raises(CodebookError, match="listed under two actors"):
        load_codebook({"actors": {"A": ["X"], "X": []}})


def test_size_cap(tmp_path):
    from toolkit.entities.codebook import MAX_CODEBOOK_BYTES

    path = tmp_path / "big.yaml"
    path.write_text("actors:\n" + "# padding\n" * (MAX_CODEBOOK_BYTES // 10 + 1), encoding="utf-8")
    with pytest.raises(CodebookError, match=r"big\.yaml: the codebook is [\d,]+ bytes, over the 2,097,152-byte limit"):
        load_codebook(path)


def test_large_codebook_loads_quickly(tmp_path):
    import time

    n = 10_000  # about 0.9 MB
    path = tmp_path / "big.yaml"
    path.write_text(
        "actors:\n" + "".join(f"  Actor {i}:\n    aliases: [Alias {i}, Other {i}]\n    type: person\n    group: G{i % 7}\n" for i in range(n)),
        encoding="utf-8",
    )
    t0 = time.perf_counter()
    cb = load_codebook(path)
    assert len(cb.entries) == n and cb.resolve("other 9999").name == "Actor 9999"
    assert time.perf_counter() - t0 < 10
