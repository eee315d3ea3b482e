"""One call for every table the toolkit computes for an article.

The registry :data:`TABLES` maps a table name to the function that computes it; the CLI
(``presslens analyze``), the report and the corpus engines all go through :func:`analyze`,
so a new analysis becomes available everywhere by adding one line here.

Example:
    >>> from toolkit import load_article, analyze
    >>> tables = analyze(load_article("Macron calls Scholz\\n\\nThey talked."), only=["sentences"])
    >>> list(tables)
    ['sentences']
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from .article import Article

__all__ = ["TABLES", "analyze", "table_function"]

#: Table name -> "module:function" taking an Article (and keyword options) and returning a
#: DataFrame. Order is the order of ``presslens analyze`` output.
TABLES: dict[str, str] = {
    "paragraphs": "toolkit.analysis:_paragraphs",
    "sentences": "toolkit.analysis:_sentences",
    "tone": "toolkit.tone:tone",
    "tone_summary": "toolkit.tone:tone_summary",
    "actors": "toolkit.actors:actors",
    "actor_frequencies": "toolkit.actors:actor_frequencies",
    "cooccurrence": "toolkit.actors:cooccurrence",
    "quotes": "toolkit.quotes:quotes",
    "timeline": "toolkit.timeline:timeline",
    "events": "toolkit.timeline:events",
}


def _paragraphs(article: Article) -> pd.DataFrame:
    return article.paragraphs


def _sentences(article: Article) -> pd.DataFrame:
    return article.sentences


def table_function(name: str) -> Callable[..., Any]:
    """The function behind table ``name``."""
    mod, _, attr = TABLES[name].partition(":")
    return getattr(importlib.import_module(mod), attr)


def analyze(article: Article, *, only: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """Compute the named tables (all of :data:`TABLES` by default) for one article."""
    names = list(TABLES) if only is None else list(only)
    unknown = [n for n in names if n not in TABLES]
    if unknown:
        raise KeyError(f"unknown table(s) {unknown}; known: {list(TABLES)}")
    return {name: table_function(name)(article) for name in names}
