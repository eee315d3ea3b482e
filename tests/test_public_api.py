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
