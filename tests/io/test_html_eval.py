"""HTML main-text extraction measured on real news pages (../shared/data/news_html).

Runs ``benchmarks/eval_html.py`` over the 30 pages (about 3 s) and checks the issue's targets
with a little margin: >= 95% of ``with`` snippets found (98.9% measured), <= 5% of ``without``
snippets leaking (2.1% measured), and nearly every gold date right (24/25).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_html", ROOT / "benchmarks" / "eval_html.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def result(shared_data):
    data = shared_data / "news_html"
    if not (data / "expected.json").exists():
        pytest.skip("news_html evaluation data is absent")
    return _eval_module().evaluate(data)


def test_all_pages_extracted(result):
    assert result["totals"]["pages"] == 30
    assert result["totals"]["errors"] == 0
    assert all(p["n_chars"] > 300 for p in result["pages"])


def test_with_snippets_found(result):
    assert result["totals"]["with_recall"] >= 0.95


def test_without_snippets_rarely_leak(result):
    assert result["totals"]["without_leak_rate"] <= 0.05


def test_dates(result):
    t = result["totals"]
    # one gold date (diem25, "12/10/2020" read as month/day) is itself wrong; allow two misses
    assert t["dates_correct"] >= t["dates_gold"] - 2
    assert t["dates_missing"] == 0


def test_titles(result):
    t = result["totals"]
    # 24 of 25 (the last page's gold title is not in the page): the page's own <h1> when it words the same
    # story as the social-media title
    assert t["titles_correct"] >= t["titles_gold"] - 2


def test_normalisation_is_fair():
    mod = _eval_module()
    assert mod.norm("“Quoted”\u00a0 text — here’s\n\nmore") == "\"Quoted\" text - here's more"
