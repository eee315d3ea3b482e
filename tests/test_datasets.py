"""Bundled example data (toolkit.datasets)."""

from __future__ import annotations

import pytest

from toolkit import demo_codes_path, list_seeds, load_seed, seed_path
from toolkit.errors import SourceNotFoundError


def test_seed_is_found_and_loads_with_metadata(seed_path):
    from toolkit import datasets

    assert datasets.seed_path().read_text(encoding="utf-8") == seed_path.read_text(encoding="utf-8")
    art = load_seed()
    assert art.published is not None and art.published.isoformat() == "2021-12-31"
    assert art.text == datasets.seed_path().read_text(encoding="utf-8").replace("\r\n", "\n")
    assert "biden-putin-call" in list_seeds()


def test_unknown_seed_raises():
    with pytest.raises(SourceNotFoundError, match="no bundled seed"):
        seed_path("no-such-article")


def test_demo_codes_file_is_bundled():
    p = demo_codes_path()
    assert p.is_file()
    assert p.read_text(encoding="utf-8").splitlines()[0] == "coder,article_id,sent_id,label,text,timestamp"


def test_news_corpus_falls_back_to_the_bundled_sample():
    from toolkit import news_corpus

    c = news_corpus(prefer_shared=False)
    assert c.name == "sample" and len(c) == 40 and c.freq == "W"
    dates = [a.published for a in c.articles]
    assert all(dates) and dates == sorted(dates)


def test_news_corpus_uses_the_shared_corpus_when_present(shared_data):
    from toolkit.datasets import news_corpus, shared_corpus_path

    assert shared_corpus_path() is not None
    c = news_corpus(limit=30)
    assert c.name == "shared" and len(c) == 30 and c.freq == "Y"
    years = {a.published.year for a in c.articles}
    assert len(years) > 3  # spread through the period, not the first 30 articles
    assert [a.id for a in c.articles] == [a.id for a in news_corpus(limit=30).articles]


def test_notebooks_are_found_and_copy_refuses_a_file_target(tmp_path):
    from toolkit.datasets import copy_notebooks, notebooks_path
    from toolkit.errors import PresslensError

    root = notebooks_path()
    assert (root / "00_start_here.ipynb").is_file() and (root / "apps" / "explorers.ipynb").is_file()
    done = copy_notebooks(tmp_path / "nb")
    assert "00_start_here.ipynb" in done.copied and "teaching/teachers_guide.md" in done.copied
    assert not any(".ipynb_checkpoints" in p for p in done.copied)
    target = tmp_path / "file.txt"
    target.write_text("x")
    with pytest.raises(PresslensError, match="is a file"):
        copy_notebooks(target)


def test_seeds_and_notebooks_have_one_copy_in_the_repository():
    """The package data is made from seeds/ and notebooks/ at build time (setup.py), not kept twice."""
    from tests.conftest import ROOT

    assert not (ROOT / "toolkit" / "data" / "seeds").exists()
    assert not (ROOT / "toolkit" / "data" / "notebooks").exists()
    setup = (ROOT / "setup.py").read_text()
    assert '"seeds": ("toolkit/data/seeds"' in setup and '"notebooks": ("toolkit/data/notebooks"' in setup


def test_copied_notebooks_carry_the_exercise_checks(tmp_path):
    """The teaching notebooks import exercise_checks.py: it travels with them (and in the wheel)."""
    from toolkit.datasets import copy_notebooks

    copy_notebooks(tmp_path / "nb")
    assert (tmp_path / "nb" / "teaching" / "exercise_checks.py").is_file()
    assert (tmp_path / "nb" / "teaching" / "exercise_1_tone.ipynb").is_file()
