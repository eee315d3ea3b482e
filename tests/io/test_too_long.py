"""A text beyond what one article can be: a one-line error that points to load_corpus (issue 12)."""

from __future__ import annotations

import pytest

import toolkit as pl
from toolkit.errors import LoadError, TextTooLongError
from toolkit.io import decode


def test_text_over_the_limit_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(decode, "MAX_ARTICLE_CHARS", 1000)
    with pytest.raises(TextTooLongError, match="load_corpus") as info:
        pl.load_article("Headline\n\n" + "The minister spoke. " * 100)
    assert isinstance(info.value, LoadError) and "\n" not in str(info.value)
    assert "2,010 characters" in str(info.value)
    art = pl.load_article("Headline\n\n" + "The minister spoke. " * 40)  # under the limit: fine
    assert len(art.text) < 1000


def test_cli_prints_one_line_for_a_too_long_file(tmp_path, monkeypatch, capsys):
    from toolkit.cli import main

    monkeypatch.setattr(decode, "MAX_ARTICLE_CHARS", 1000)
    f = tmp_path / "book.txt"
    f.write_text("A book\n\n" + "It was a dark and stormy night. " * 100, encoding="utf-8")
    assert main(["analyze", str(f), "--tables", "sentences"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"presslens: error: {f}") and "load_corpus" in err[0]


def test_the_default_limit_admits_a_megabyte_article():
    assert decode.MAX_ARTICLE_CHARS >= 4_000_000
