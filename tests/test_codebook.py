"""Codebooks: loading, validation errors with line numbers, the starter template."""

from __future__ import annotations

import pytest

from toolkit import load_article
from toolkit import actors
from toolkit import Codebook, codebook_template, load_codebook
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
