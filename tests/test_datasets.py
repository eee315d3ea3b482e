"""Bundled example data (toolkit.datasets)."""

from __future__ import annotations

import pytest

from toolkit.datasets import demo_codes_path, list_seeds, load_seed, seed_path
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
