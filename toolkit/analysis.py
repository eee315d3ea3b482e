"""The table registry: one call for every table the toolkit computes for an article.

:data:`TABLES` maps a table name to the function that computes it (a lazy
``"module:function"`` name); the CLI (``presslens analyze``), the report, the explorers and the
corpus engines all go through :func:`analyze`, so a new analysis becomes available everywhere
by adding one line here (and its columns to :mod:`toolkit.schema`).

This module also gives :class:`~toolkit.article.Article` its lazy analysis properties
(``article.tone``, ``.actors``, ``.quotes``, ``.timeline``, ``.highlight()``), registered from
above as pandas registers its accessors: ``toolkit/article.py`` imports no analysis.

Example:
    >>> from toolkit import load_article, analyze
    >>> tables = analyze(load_article("Macron calls Scholz\\n\\nThey talked."), only=["sentences"])
    >>> list(tables)
    ['sentences']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from toolkit._lazy import resolve
from toolkit._version import __version__
from toolkit.article import Article

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TABLES", "analyze", "analysis_json", "table_function", "takes_codebook"]

#: Table name -> "module:function" taking an Article (and keyword options) and returning a
#: DataFrame. Order is the order of ``presslens analyze`` output.
TABLES: dict[str, str] = {
    "paragraphs": "toolkit.text.segment:paragraphs",
    "sentences": "toolkit.text.segment:sentences",
    "tone": "toolkit.sentiment.tone:tone",
    "tone_summary": "toolkit.sentiment.tone:tone_summary",
    "actors": "toolkit.entities.actors:actors",
    "actor_frequencies": "toolkit.entities.crosstabs:actor_frequencies",
    "cooccurrence": "toolkit.entities.crosstabs:cooccurrence",
    "quotes": "toolkit.entities.quotes:quotes",
    "actor_tone": "toolkit.entities.stances:actor_tone",
    "stances": "toolkit.entities.stances:stances",
    "timeline": "toolkit.temporal.timeline:timeline",
    "events": "toolkit.temporal.timeline:events",
}

#: Article property -> the registry table it returns (computed with default options).
PROPERTIES: tuple[str, ...] = ("tone", "actors", "quotes", "timeline")


def table_function(name: str) -> Callable[..., Any]:
    """The function behind table ``name``."""
    return resolve(TABLES[name])


def takes_codebook(fn: Callable[..., Any]) -> bool:
    """Whether table function ``fn`` has a ``codebook`` option."""
    import inspect

    try:
        return "codebook" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def analyze(
    article: Article, *, only: Iterable[str] | None = None, codebook: Any = None
) -> dict[str, pd.DataFrame]:
    """Compute the named tables (all of :data:`TABLES` by default) for one article.

    Args:
        only: table names (default: every registered table, in registry order).
        codebook: an actor codebook (path, dict or :class:`~toolkit.entities.codebook.Codebook`)
            passed to every table function that takes one (actors, quotes, actor frequencies,
            co-occurrence, actor tone, stances).

    Raises:
        KeyError: an unknown table name (the message lists the known ones).
    """
    names = list(TABLES) if only is None else list(only)
    unknown = [n for n in names if n not in TABLES]
    if unknown:
        raise KeyError(f"unknown table(s) {unknown}; known: {list(TABLES)}")
    if codebook is not None:
        from toolkit.entities.codebook import load_codebook

        codebook = load_codebook(codebook)
    out = {}
    for name in names:
        fn = table_function(name)
        out[name] = fn(article, codebook=codebook) if codebook is not None and takes_codebook(fn) else fn(article)
    return out


def analysis_json(article: Article, tables: dict[str, Any]) -> dict[str, Any]:
    """The ``presslens analyze --format json`` object: ``article`` plus one list per table."""
    from toolkit.export import to_jsonable, to_records

    out: dict[str, Any] = {"presslens_version": __version__, "article": article.info()}
    for name, df in tables.items():
        out[name] = to_records(df) if hasattr(df, "itertuples") else to_jsonable(df)
    return out


# ---------------------------------------------------------------------- Article properties
def _table_property(name: str) -> property:
    def get(self: Article) -> pd.DataFrame:
        return table_function(name)(self)

    get.__name__ = name
    get.__doc__ = f"The ``{name}`` table with default options (same as ``toolkit.{name}(article)``)."
    return property(get)


def _highlight(self: Article, *, by: str = "tone") -> Any:
    """The article as HTML shaded by sentence tone: :func:`toolkit.highlight`."""
    return resolve("toolkit.sentiment.highlight:highlight")(self, by=by)


def _register() -> None:
    for name in PROPERTIES:
        if not hasattr(Article, name):
            setattr(Article, name, _table_property(name))
    if not hasattr(Article, "highlight"):
        Article.highlight = _highlight  # type: ignore[attr-defined]


_register()
