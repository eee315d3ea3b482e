"""One schema per table: its columns, their order and their types, written once.

Every per-article table (:data:`toolkit.analysis.TABLES`), the corpus Parquet tables and the
column order of every export come from :data:`SCHEMAS`. A table is built from a *columns core*
(a ``{column: list}`` dict, the form the analyses compute for speed) by :func:`frame`, or as an
Arrow table by :func:`arrow_table`; :func:`empty` gives the zero-row table with the same types.

Column kinds:

========== ======================== ===================
kind       pandas dtype             Arrow type
========== ======================== ===================
int        int64                    int64
float      float64 (NaN = missing)  float64
bool       bool                     bool
str        str (always a string)    large_string
str?       object (a string or None) large_string
timestamp  datetime64[s] (NaT)      timestamp[ms]
========== ======================== ===================

Example:
    >>> df = frame("cooccurrence", {"actor_a": ["A"], "actor_b": ["B"], "sentences": [2], "paragraphs": [1]})
    >>> [str(t) for t in df.dtypes]
    ['str', 'str', 'int64', 'int64']
    >>> columns("cooccurrence")
    ['actor_a', 'actor_b', 'sentences', 'paragraphs']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = ["SCHEMAS", "KINDS", "columns", "dtypes", "frame", "empty", "arrow_schema", "arrow_table"]

#: The column kinds (see the module docstring).
KINDS = ("int", "float", "bool", "str", "str?", "timestamp")

_SEGMENT = {"start": "int", "end": "int", "kind": "str", "text": "str"}

#: Table name -> {column: kind}, in column order.
SCHEMAS: dict[str, dict[str, str]] = {
    "paragraphs": {"para_id": "int", **_SEGMENT},
    "sentences": {"sent_id": "int", "para_id": "int", **_SEGMENT},
    "tone": {
        "sent_id": "int", "para_id": "int", "kind": "str", "start": "int", "end": "int", "text": "str",
        "polarity": "float", "subjectivity": "float", "vader": "float", "tone": "float", "label": "str",
        "excluded": "bool", "in_quote": "float", "voice": "str",
    },
    "tone_summary": {
        "level": "str", "para_id": "int", "kind": "str", "excluded": "bool", "n_sentences": "int",
        "n_chars": "int", "tone": "float", "polarity": "float", "vader": "float", "share_negative": "float",
        "share_neutral": "float", "share_positive": "float", "most_negative_id": "int",
        "most_negative_text": "str", "most_negative_tone": "float", "most_positive_id": "int",
        "most_positive_text": "str", "most_positive_tone": "float", "tone_quote": "float",
        "tone_reporter": "float", "n_quote": "int", "n_reporter": "int",
    },
    "actors": {
        "actor": "str", "type": "str", "group": "str?", "surface": "str", "start": "int", "end": "int",
        "sent_id": "int", "kind": "str", "adjectival": "bool", "nested": "bool",
    },
    "actor_frequencies": {
        "actor": "str", "type": "str", "group": "str?", "mentions": "int", "sentences": "int",
        "paragraphs": "int", "first_position": "float", "in_title": "bool", "in_captions": "int",
        "times_quoted": "int", "words_quoted": "int", "mean_tone": "float", "tone_sd": "float",
        "mean_tone_to": "float",
    },
    "cooccurrence": {"actor_a": "str", "actor_b": "str", "sentences": "int", "paragraphs": "int"},
    "kwic": {
        "article_id": "str", "sent_id": "int", "start": "int", "end": "int", "left": "str", "match": "str",
        "right": "str",
    },
    "quotes": {
        "quote_id": "int", "speaker": "str?", "speaker_type": "str", "verb": "str?", "text": "str",
        "start": "int", "end": "int", "sent_id": "int", "n_words": "int", "partial": "bool",
    },
    "actor_tone": {
        "actor": "str", "type": "str", "surface": "str", "start": "int", "end": "int", "sent_id": "int",
        "kind": "str", "tone_to": "float", "label": "str", "p_negative": "float", "p_neutral": "float",
        "p_positive": "float", "sentence_tone": "float", "speaker": "bool", "quoted_by": "str?",
        "evidence": "str",
    },
    "stances": {
        "speaker": "str", "speaker_type": "str", "target": "str", "target_type": "str", "tone": "float",
        "label": "str", "sent_id": "int", "start": "int", "end": "int", "via": "str", "verb": "str?",
        "quote_id": "int", "quote": "str", "evidence": "str",
    },
    "mention_tone": {"tone_to": "float", "tone_label": "str", "sentence_tone": "float"},
    "quote_spans": {
        "quote_id": "int", "start": "int", "end": "int", "text": "str", "para_start": "int", "para_end": "int",
    },
    "timeline": {
        "text": "str", "start": "int", "end": "int", "sent_id": "int", "kind": "str?", "type": "str",
        "value": "str?", "mod": "str?", "date_start": "timestamp", "date_end": "timestamp",
        "relative": "bool", "relation": "str?", "resolved": "bool",
    },
    "events": {
        "sent_id": "int", "kind": "str", "text": "str", "start": "int", "end": "int", "type": "str",
        "value": "str", "date_start": "timestamp", "date_end": "timestamp", "relation": "str",
        "label": "str", "sent_text": "str",
    },
}  # fmt: skip

#: Corpus Parquet tables built from per-article tables: name -> the article tables whose columns
#: it holds (after ``article_id``; later tables add only the columns not yet present).
CORPUS_SOURCES: dict[str, tuple[str, ...]] = {
    "sentences": ("sentences", "tone"),
    "mentions": ("actors", "mention_tone"),
    "quotes": ("quotes",),
    "timeline": ("timeline",),
}

_PANDAS = {"int": "int64", "float": "float64", "bool": "bool", "str": "str", "str?": "object",
           "timestamp": "datetime64[s]"}  # fmt: skip


def _schema(table: str, *, corpus: bool = False) -> dict[str, str]:
    if corpus:
        if table not in CORPUS_SOURCES:
            raise KeyError(f"no corpus table {table!r}; known: {sorted(CORPUS_SOURCES)}")
        out = {"article_id": "str"}
        for src in CORPUS_SOURCES[table]:
            for c, k in SCHEMAS[src].items():
                out.setdefault(c, k)
        return out
    if table in SCHEMAS:
        return SCHEMAS[table]
    raise KeyError(f"no schema for table {table!r}; known: {sorted(SCHEMAS)}")


def columns(table: str, *, corpus: bool = False) -> list[str]:
    """The column names of ``table`` (a corpus table with ``corpus=True``), in order.

    Example:
        >>> columns("actors", corpus=False)[:2], columns("mentions", corpus=True)[:2]
        (['actor', 'type'], ['article_id', 'actor'])
    """
    return list(_schema(table, corpus=corpus))


def dtypes(table: str, *, corpus: bool = False) -> dict[str, str]:
    """``{column: pandas dtype name}`` of ``table``."""
    return {c: _PANDAS[k] for c, k in _schema(table, corpus=corpus).items()}


def _column(values: Sequence[Any], kind: str) -> Any:
    import numpy as np
    import pandas as pd

    if kind == "int":
        return np.asarray(values, dtype=np.int64)
    if kind == "float":
        return np.asarray(values, dtype=np.float64)
    if kind == "bool":
        return np.asarray(values, dtype=bool)
    if kind == "str":
        return pd.array(values, dtype="str")
    if kind == "str?":
        return pd.Series(values, dtype=object)  # a numpy object array would be inferred as "str"
    if kind == "timestamp":
        return pd.array(values, dtype="datetime64[s]") if len(values) else np.array([], dtype="datetime64[s]")
    raise ValueError(f"unknown column kind {kind!r}")


def frame(table: str, core: Mapping[str, Sequence[Any]]) -> pd.DataFrame:
    """The DataFrame of ``table`` from its columns core (every schema column must be present;
    extra keys are ignored). Types and column order come from :data:`SCHEMAS`."""
    import pandas as pd

    schema = _schema(table)
    missing = [c for c in schema if c not in core]
    if missing:
        raise KeyError(f"table {table!r}: columns core lacks {missing}")
    n = len(next(iter(core.values()), ()))
    return pd.DataFrame({c: _column(core[c], k) for c, k in schema.items()}, index=pd.RangeIndex(n))


def empty(table: str) -> pd.DataFrame:
    """The zero-row DataFrame of ``table`` with its columns and types."""
    return frame(table, {c: [] for c in _schema(table)})


_ARROW: dict[str, Any] = {}


def _arrow_type(kind: str) -> Any:
    import pyarrow as pa

    if not _ARROW:
        _ARROW.update({"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.large_string(),
                       "str?": pa.large_string(), "timestamp": pa.timestamp("ms")})  # fmt: skip
    return _ARROW[kind]


def arrow_schema(table: str, *, corpus: bool = False) -> pa.Schema:
    """The Arrow (Parquet) schema of ``table``; with ``corpus=True`` of the corpus table of that
    name (``article_id`` first, then the columns of its article tables in :data:`CORPUS_SOURCES`:
    the corpus ``sentences`` table holds the sentence and the tone columns)."""
    import pyarrow as pa

    return pa.schema([(c, _arrow_type(k)) for c, k in _schema(table, corpus=corpus).items()])


def arrow_table(table: str, core: Mapping[str, Iterable[Any]], *, corpus: bool = False) -> pa.Table:
    """An Arrow table of ``table`` from a columns core (missing columns become nulls)."""
    import pyarrow as pa

    schema = _schema(table, corpus=corpus)
    n = max((len(v) for v in core.values()), default=0)  # type: ignore[arg-type]
    arrays = [
        pa.array(list(core[c]) if c in core else [None] * n, type=_arrow_type(k), from_pandas=True)
        for c, k in schema.items()
    ]
    return pa.Table.from_arrays(arrays, names=list(schema))
