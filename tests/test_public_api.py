"""The public namespace: lazy exports resolve, never shadow submodules, import stays light."""

from __future__ import annotations

import subprocess
import sys

import toolkit
from tests.conftest import ROOT


def test_every_export_resolves():
    for name in toolkit.__all__:
        assert getattr(toolkit, name) is not None, name


def test_no_export_shadows_a_submodule():
    submodules = {p.stem for p in (ROOT / "toolkit").glob("*.py")} | {
        p.name for p in (ROOT / "toolkit").iterdir() if (p / "__init__.py").exists()
    }
    assert not (set(toolkit.__all__) & submodules)
    import importlib

    assert importlib.import_module("toolkit.sentiment.tone").__name__ == "toolkit.sentiment.tone"


def test_import_does_not_load_heavy_libraries():
    code = "import sys, toolkit; print(' '.join(sorted(m for m in ('textblob', 'matplotlib', 'vaderSentiment', 'trafilatura', 'pyarrow', 'dask') if m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == ""


def test_article_lazy_properties(seed):
    assert list(seed.tone["sent_id"]) == list(seed.sentences["sent_id"])
    assert "Joe Biden" in set(seed.actors["actor"])
    assert len(seed.quotes) >= 5
    assert "1962" in set(seed.timeline["value"])
    assert "presslens-text" in seed.highlight().html


def test_every_analysis_by_its_own_name_equals_the_article_property():
    """`pl.tone(article)` works as written and returns what `article.tone` returns (issue 11)."""
    import toolkit as pl

    art = pl.load_seed()
    for name in ("tone", "actors", "quotes", "timeline"):
        fn = getattr(pl, name)
        assert callable(fn) and fn.__module__.startswith("toolkit."), name
        pd_equal(fn(art), getattr(art, name))
    assert pl.highlight(art).html == art.highlight().html
    for name in ("paragraphs", "sentences"):
        pd_equal(getattr(pl, name)(art), getattr(art, name))
    tables = pl.analyze(art)
    pd_equal(tables["tone"], art.tone)
    pd_equal(tables["actor_frequencies"], pl.actor_frequencies(art))


def test_no_public_name_is_also_a_package_or_module():
    """A name of the facade never names a module under toolkit/ (so `pl.tone` is the function)."""
    import toolkit as pl

    modules = {p.stem for p in (ROOT / "toolkit").rglob("*.py")} | {
        p.name for p in (ROOT / "toolkit").rglob("*") if p.is_dir() and (p / "__init__.py").exists()
    }
    public = set(pl.__all__) - {"__version__"}
    # modules deeper in a package may share a name with a function (toolkit.sentiment.tone
    # holds tone()), but never a top-level attribute of the facade
    top = {p.stem for p in (ROOT / "toolkit").glob("*.py")} | {
        p.name for p in (ROOT / "toolkit").iterdir() if p.is_dir() and (p / "__init__.py").exists()
    }
    assert public & top == set()
    assert modules  # the scan saw files


def test_tables_returned_to_a_caller_are_theirs_to_change(seed):
    """Changing a returned table never changes what the next caller, analyze() or the report sees."""
    import toolkit as pl

    art = pl.load_article(seed.text, published=seed.published)
    before = art.sentences["text"].tolist()
    s = art.sentences
    s["text"] = "X"
    s.loc[0, "start"] = -1
    assert art.sentences["text"].tolist() == before and art.sentences.loc[0, "start"] == 0
    t = art.tone
    t["tone"] = 9.0
    assert (art.tone["tone"] != 9.0).all()
    a = pl.actors(art)
    a.loc[:, "actor"] = "Nobody"
    assert "Joe Biden" in set(pl.analyze(art, only=["actors"])["actors"]["actor"])
    p = art.paragraphs
    p.loc[:, "kind"] = "boilerplate"
    p.loc[0, "end"] = 0
    assert (art.paragraphs["kind"] != "boilerplate").any() and art.paragraphs.loc[0, "end"] > 0


def pd_equal(a, b):
    import pandas as pd

    pd.testing.assert_frame_equal(a, b, check_exact=True)
