"""Corpus-scale analysis: every per-article table for thousands of articles, in parallel.

:func:`analyze_corpus` streams a corpus through :func:`toolkit.analysis.analyze` in chunks,
serially, on local processes or on a Dask cluster, and returns tidy corpus tables:

``articles``
    one row per input item that loaded: ``article_id, position, item, title, published, source,
    url, author, language, n_chars, n_paragraphs, n_sentences``, then, for every analysis that
    is registered, ``mean_tone, sd_tone, n_tone_sentences`` (tone), ``n_mentions, n_actors``
    (actors), ``n_quotes`` (quotes), ``n_timeline`` (timeline), and ``n_errors``.
``sentences``
    ``article_id`` + the article's sentences (``sent_id, para_id, start, end, kind, text``), with
    the tone columns (``polarity, subjectivity, vader, tone, label, excluded, ...``) merged on
    ``sent_id`` when the ``tone`` analysis is registered.
``mentions``
    ``article_id`` + the ``actors`` table (``actor, type, group, surface, start, end, sent_id,
    kind, adjectival``).
``quotes``
    ``article_id`` + the ``quotes`` table.
``timeline``
    ``article_id`` + the ``timeline`` table.
``errors``
    ``article_id, position, item, stage, error, message``: one row per item that failed to load
    (``stage="load"``) and per analysis that failed on an article (``stage`` = ``segment``,
    ``tone``, ``actors``, ...); the run goes on.

Rows are ordered by input position, then by the order within the article, so every engine and
every re-run give identical tables. With ``out=DIR`` each chunk is written as Parquet as soon as
it is done (``DIR/tables/<table>/part-00000.parquet``) and listed in ``DIR/manifest.json``; a run
that is interrupted loses at most the chunks in flight, and ``resume=True`` continues.

Example:
    >>> from toolkit.corpus.engine import analyze_corpus, sample_corpus
    >>> result = analyze_corpus(sample_corpus(), out="runs/sample")       # doctest: +SKIP
    >>> result.articles[["article_id", "n_sentences"]].head()             # doctest: +SKIP
    >>> same = CorpusResult.from_dir("runs/sample")                       # doctest: +SKIP
"""

from __future__ import annotations

import json
import math
import os
import shutil
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit._lazy import resolve

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from toolkit.article import Article
    from toolkit.io.load import Corpus

__all__ = [
    "CORPUS_TABLES",
    "CorpusResult",
    "analyze_corpus",
    "sample_corpus",
]

#: The tables every corpus run produces, in this order.
CORPUS_TABLES: tuple[str, ...] = ("articles", "sentences", "mentions", "quotes", "timeline", "errors")
#: Corpus table -> per-article registry table it is built from (``sentences`` also merges ``tone``).
_FROM_REGISTRY: dict[str, str] = {"mentions": "actors", "quotes": "quotes", "timeline": "timeline"}
#: Registry tables computed for every article (when registered), in this order.
_STAGES: tuple[str, ...] = ("tone", "actors", "quotes", "timeline")
ENGINES: tuple[str, ...] = ("serial", "processes", "dask")
DEFAULT_CHUNKSIZE = 50
_MANIFEST = "manifest.json"
_FORMAT = "presslens-corpus/1"
_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_corpus.jsonl"


# --------------------------------------------------------------------------------------------
# Result
# --------------------------------------------------------------------------------------------


@dataclass
class CorpusResult:
    """The tables of a corpus run, in memory or read lazily from an output folder.

    Attributes:
        tables: table name -> DataFrame (loaded on first access when ``out`` is set).
        out: the output folder, when the run wrote one.
        complete: whether every chunk of the input was processed.

    Example:
        >>> res = CorpusResult.from_dir("runs/sample")       # doctest: +SKIP
        >>> res.mentions.groupby("actor").size()              # doctest: +SKIP
    """

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    out: Path | None = None
    complete: bool = True

    @classmethod
    def from_dir(cls, out: str | os.PathLike[str]) -> CorpusResult:
        """Open the tables written by ``analyze_corpus(..., out=out)`` (lazily).

        Raises:
            FileNotFoundError: ``out`` holds no corpus run (no ``manifest.json``).
        """
        out = Path(out)
        manifest = _read_manifest(out)
        if manifest is None:
            raise FileNotFoundError(f"{out}: no {_MANIFEST}; not a presslens corpus output folder")
        return cls(out=out, complete=bool(manifest.get("complete")))

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.tables:
            if self.out is None or name not in CORPUS_TABLES + tuple(self._extra_names()):
                raise KeyError(f"no table {name!r}; tables: {list(self.names)}")
            self.tables[name] = _read_table(self.out, name)
        return self.tables[name]

    def files(self, name: str) -> list[Path]:
        """The Parquet part files of table ``name``, in order (for very large runs).

        Example:
            >>> import dask.dataframe as dd                                  # doctest: +SKIP
            >>> sents = dd.read_parquet(res.files("sentences"))              # doctest: +SKIP
        """
        if self.out is None:
            raise ValueError("this result was not written to a folder (use out=)")
        manifest = _read_manifest(self.out) or {}
        done = sorted(int(k) for k in manifest.get("chunks", {}))
        return [p for k in done if (p := _part_path(self.out, name, k)).exists()]

    def _extra_names(self) -> list[str]:
        manifest = _read_manifest(self.out) if self.out else None
        return list((manifest or {}).get("extra", []))

    @property
    def names(self) -> list[str]:
        """Table names, in order."""
        if self.out is not None:
            return [*CORPUS_TABLES, *self._extra_names()]
        return list(self.tables)

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_") or name in ("tables", "out", "complete"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError as exc:
            raise AttributeError(str(exc)) from None

    def __repr__(self) -> str:
        where = f" out={str(self.out)!r}" if self.out else ""
        return f"<CorpusResult tables={self.names}{where} complete={self.complete}>"


# --------------------------------------------------------------------------------------------
# Per-article work (runs in workers)
# --------------------------------------------------------------------------------------------


def _error_row(article_id: str | None, position: int, item: str, stage: str, exc: BaseException) -> dict[str, Any]:
    from toolkit.errors import PresslensError

    message = exc.problem if isinstance(exc, PresslensError) else str(exc)
    return {
        "article_id": article_id,
        "position": position,
        "item": item,
        "stage": stage,
        "error": type(exc).__name__,
        "message": message,
    }


#: Registry table -> (its default function, the columns core the corpus path calls instead, so
#: that no per-article DataFrame is built). Used only while the registry still points at the
#: default function; a re-registered table goes through its DataFrame.
_CORES: dict[str, tuple[str, str]] = {
    "sentences": ("toolkit.text.segment:sentences", "toolkit.corpus.engine:_sentence_columns"),
    "tone": ("toolkit.sentiment.tone:tone", "toolkit.sentiment.tone:_tone_columns"),
    "actors": ("toolkit.entities.actors:actors", "toolkit.entities.actors:_actor_columns"),
    "quotes": ("toolkit.entities.quotes:quotes", "toolkit.entities.quotes:_quote_columns"),
    "timeline": ("toolkit.temporal.timeline:timeline", "toolkit.temporal.timeline:_timeline_columns"),
}
#: Column types of the corpus tables built from per-article columns (their Parquet schema).
_TYPES: dict[str, dict[str, str]] = {
    "sentences": {
        "article_id": "str", "sent_id": "int", "para_id": "int", "start": "int", "end": "int", "kind": "str",
        "text": "str", "polarity": "float", "subjectivity": "float", "vader": "float", "tone": "float",
        "label": "str", "excluded": "bool", "in_quote": "float", "voice": "str",
    },
    "mentions": {
        "article_id": "str", "actor": "str", "type": "str", "group": "str", "surface": "str", "start": "int",
        "end": "int", "sent_id": "int", "kind": "str", "adjectival": "bool",
    },
    "quotes": {
        "article_id": "str", "quote_id": "int", "speaker": "str", "speaker_type": "str", "verb": "str",
        "text": "str", "start": "int", "end": "int", "sent_id": "int", "n_words": "int", "partial": "bool",
    },
    "timeline": {
        "article_id": "str", "text": "str", "start": "int", "end": "int", "sent_id": "int", "kind": "str",
        "type": "str", "value": "str", "mod": "str", "date_start": "timestamp", "date_end": "timestamp",
        "relative": "bool", "relation": "str", "resolved": "bool",
    },
}  # fmt: skip

Columns = dict[str, list[Any]]


def _core(name: str) -> Callable[[Article], Columns] | None:
    """The columns core for registry table ``name``, when the registry uses the default function."""

    from toolkit.analysis import TABLES

    spec = _CORES.get(name)
    if spec is None or TABLES.get(name) != spec[0]:
        return None
    return resolve(spec[1])


def _sentence_columns(article: Article) -> Columns:
    from toolkit.text.segment import sentence_rows

    rows = sentence_rows(article)
    text = article.text
    return {
        "sent_id": [r[0] for r in rows],
        "para_id": [r[4] for r in rows],
        "start": [r[1] for r in rows],
        "end": [r[2] for r in rows],
        "kind": [r[3] for r in rows],
        "text": [text[r[1] : r[2]] for r in rows],
    }


def _n_rows(part: Any) -> int:
    if isinstance(part, dict):
        return len(next(iter(part.values()), ()))
    return len(part)


def _analyze_article(
    article: Article, position: int, item: str, extra: tuple[str, ...]
) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """One article: its ``articles`` row, its tables (by registry name: a columns dict from the
    table's core, or a DataFrame), its errors."""
    from toolkit.analysis import analyze

    aid = article.id
    errors: list[dict[str, Any]] = []
    row: dict[str, Any] = {
        "article_id": aid,
        "position": position,
        "item": item,
        "title": article.title,
        "published": article.published,
        "source": article.source,
        "url": article.url,
        "author": article.author,
        "language": article.language,
        "n_chars": len(article.text),
        "n_paragraphs": None,
        "n_sentences": None,
    }
    got: dict[str, Any] = {}

    def run(name: str, stage: str) -> None:
        try:
            core = _core(name) if name not in extra else None
            got[name] = core(article) if core is not None else analyze(article, only=[name])[name]
        except Exception as exc:  # one failing analysis must not stop a corpus run
            errors.append(_error_row(aid, position, item, stage, exc))

    run("sentences", "segment")
    if "sentences" in got:
        from toolkit.text.segment import paragraph_rows

        row["n_paragraphs"] = len(paragraph_rows(article))
        row["n_sentences"] = _n_rows(got["sentences"])
        for name in (*_registered_stages(), *extra):
            run(name, name)
        if "tone" in got:
            row.update(_tone_summary(got["tone"]))
        if "actors" in got:
            actors = got["actors"]
            row["n_mentions"] = _n_rows(actors)
            if isinstance(actors, dict):
                row["n_actors"] = len({a for a in actors.get("actor", ()) if a is not None}) if "actor" in actors else None
            else:
                row["n_actors"] = int(actors["actor"].nunique()) if "actor" in actors else None
        if "quotes" in got:
            row["n_quotes"] = _n_rows(got["quotes"])
        if "timeline" in got:
            row["n_timeline"] = _n_rows(got["timeline"])
    row["n_errors"] = len(errors)
    return row, got, errors


def _tone_summary(tone: Any) -> dict[str, Any]:
    """Mean and SD of the sentence ``tone`` over sentences not excluded from tone."""
    import numpy as np

    cols = tone if isinstance(tone, dict) else None
    names = list(tone) if cols is not None else list(tone.columns)
    col = "tone" if "tone" in names else ("polarity" if "polarity" in names else None)
    if col is None:
        return {}
    if cols is not None:
        vals = np.array([np.nan if v is None else v for v in cols[col]], dtype="float64")
        if "excluded" in cols:
            vals = vals[~np.array([bool(x) for x in cols["excluded"]], dtype=bool)]
    else:
        vals = tone[col].to_numpy(dtype="float64", na_value=np.nan)
        if "excluded" in tone.columns:
            vals = vals[~tone["excluded"].to_numpy(dtype=bool, na_value=False)]
    vals = vals[~np.isnan(vals)]
    return {
        "mean_tone": float(vals.mean()) if len(vals) else None,
        "sd_tone": float(vals.std(ddof=1)) if len(vals) > 1 else None,
        "n_tone_sentences": len(vals),
    }


def _stack(pairs: list[tuple[str, pd.DataFrame]]) -> pd.DataFrame:
    """Concatenate per-article tables, ``article_id`` first, in input order."""
    import numpy as np
    import pandas as pd

    use = [(a, d) for a, d in pairs if len(d)] or pairs[:1]
    if not use:
        return pd.DataFrame({"article_id": pd.Series([], dtype="str")})
    df = pd.concat([d for _, d in use], ignore_index=True)
    if "article_id" in df.columns:
        df = df.drop(columns="article_id")
    ids = np.repeat(np.array([a for a, _ in use], dtype=object), [len(d) for _, d in use])
    df.insert(0, "article_id", pd.array(ids, dtype="str"))
    return df


def _merge_tone(sents: pd.DataFrame, tone: pd.DataFrame) -> pd.DataFrame:
    """Sentences with the tone columns merged on ``(article_id, sent_id)``, order kept."""
    if "sent_id" not in tone.columns or "sent_id" not in sents.columns or not len(tone):
        return sents
    keys = ["article_id", "sent_id"]
    cols = [*keys, *[c for c in tone.columns if c not in sents.columns]]
    return sents.merge(tone[cols].drop_duplicates(keys), on=keys, how="left", sort=False)


def _merge_tone_columns(sents: Columns, tone: Columns) -> Columns:
    """One article's sentence columns with its tone columns added (left join on ``sent_id``)."""
    add = [c for c in tone if c not in sents]
    ids = sents["sent_id"]
    if tone.get("sent_id") == ids:  # the usual case: one tone row per sentence, same order
        return {**sents, **{c: tone[c] for c in add}}
    where: dict[Any, int] = {}
    for i, sid in enumerate(tone.get("sent_id", ())):
        where.setdefault(sid, i)
    idx = [where.get(sid) for sid in ids]
    return {**sents, **{c: [None if i is None else tone[c][i] for i in idx] for c in add}}


def _arrow_type(kind: str | None) -> Any:
    import pyarrow as pa

    return {
        "str": pa.large_string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
        "timestamp": pa.timestamp("ms"), None: None,
    }[kind]  # fmt: skip


def _columns_table(name: str, parts: list[tuple[str, Columns]]) -> pa.Table:
    """Per-article columns -> one Arrow table (``article_id`` first) with the table's fixed types."""
    import pyarrow as pa

    types = _TYPES.get(name, {})
    order: list[str] = []
    for _, cols in parts:
        order.extend(c for c in cols if c not in order and c != "article_id")
    if not order:
        order = [c for c in types if c != "article_id"]
    ids: list[str] = []
    data: dict[str, list[Any]] = {c: [] for c in order}
    for aid, cols in parts:
        n = len(next(iter(cols.values()), ()))
        ids.extend([aid] * n)
        for c in order:
            data[c].extend(cols[c] if c in cols else [None] * n)
    arrays = [pa.array(ids, type=pa.large_string())]
    for c in order:
        arrays.append(pa.array(data[c], type=_arrow_type(types.get(c)), from_pandas=True))
    return pa.Table.from_arrays(arrays, names=["article_id", *order])


def _process_chunk(items: list[tuple[int, str, Any, Any]], extra: tuple[str, ...] = ()) -> dict[str, pa.Table]:
    """Analyse one chunk; ``items`` are ``(position, label, article, load_error)``.

    Returns one Arrow table per corpus table (the canonical, engine-independent form).
    """
    import pandas as pd

    rows: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    parts: dict[str, list[tuple[str, Any]]] = {}
    for position, label, article, load_error in items:
        if load_error == _DEFERRED:
            position, label, article, load_error = _load(position, label, article)
        if article is None:
            kind, message = load_error
            errors.append(
                {"article_id": None, "position": position, "item": label, "stage": "load", "error": kind, "message": message}
            )
            continue
        row, tables, errs = _analyze_article(article, position, label, extra)
        rows.append(row)
        errors.extend(errs)
        for name, df in tables.items():
            parts.setdefault(name, []).append((article.id, df))
    out: dict[str, pa.Table] = {
        "articles": _records_table(rows, _article_columns()),
        "errors": _records_table(errors, _ERROR_COLUMNS),
    }

    def frames(name: str) -> list[tuple[str, pd.DataFrame]]:
        return [(a, pd.DataFrame(p) if isinstance(p, dict) else p) for a, p in parts.get(name, [])]

    def columnar(name: str) -> bool:
        got = parts.get(name, [])
        return bool(got) and all(isinstance(p, dict) for _, p in got)

    sent_parts = parts.get("sentences", [])
    tone_parts = parts.get("tone", [])
    if columnar("sentences") and (not tone_parts or columnar("tone")):
        tone_of = dict(tone_parts)
        merged = [(a, _merge_tone_columns(p, tone_of[a]) if a in tone_of else p) for a, p in sent_parts]
        out["sentences"] = _columns_table("sentences", merged)
    else:
        sents = _stack(frames("sentences"))
        if tone_parts:
            sents = _merge_tone(sents, _stack(frames("tone")))
        out["sentences"] = _to_arrow(sents)
    for corpus_name, reg in (*_FROM_REGISTRY.items(), *((n, n) for n in extra)):
        if columnar(reg):
            out[corpus_name] = _columns_table(corpus_name, parts[reg])
        else:
            out[corpus_name] = _to_arrow(_stack(frames(reg)))
    return {name: out[name] for name in (*CORPUS_TABLES, *extra)}


_BASE_COLUMNS = (
    "article_id", "position", "item", "title", "published", "source", "url", "author", "language",
    "n_chars", "n_paragraphs", "n_sentences",
)  # fmt: skip
#: Summary columns of the ``articles`` table added when the analysis is registered.
_STAGE_COLUMNS: dict[str, tuple[str, ...]] = {
    "tone": ("mean_tone", "sd_tone", "n_tone_sentences"),
    "actors": ("n_mentions", "n_actors"),
    "quotes": ("n_quotes",),
    "timeline": ("n_timeline",),
}
_ERROR_COLUMNS = ("article_id", "position", "item", "stage", "error", "message")


def _registered_stages() -> list[str]:
    from toolkit.analysis import TABLES

    return [s for s in _STAGES if s in TABLES]


def _article_columns() -> list[str]:
    cols = list(_BASE_COLUMNS)
    for stage in _registered_stages():
        cols.extend(_STAGE_COLUMNS[stage])
    return [*cols, "n_errors"]


def _records_table(rows: list[dict[str, Any]], columns: Iterable[str]) -> pa.Table:
    """Rows -> Arrow table with a fixed schema (the same for every chunk and engine)."""
    import pyarrow as pa

    s, i, f = pa.string(), pa.int64(), pa.float64()
    types = {"published": pa.date32(), "mean_tone": f, "sd_tone": f}
    ints = {"position", "n_chars", "n_paragraphs", "n_sentences", "n_tone_sentences", "n_errors"}
    ints |= {"n_mentions", "n_actors", "n_quotes", "n_timeline"}
    cols = list(columns)
    schema = pa.schema([(c, types.get(c, i if c in ints else s)) for c in cols])
    return pa.Table.from_pylist([{c: r.get(c) for c in cols} for r in rows], schema=schema)


def _to_arrow(df: pd.DataFrame) -> pa.Table:
    """DataFrame -> Arrow table without pandas metadata; unconvertible object columns as text."""
    import pyarrow as pa

    df = df.reset_index(drop=True)
    try:
        table = pa.Table.from_pandas(df, preserve_index=False)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        df = df.copy()
        for col in df.columns:
            try:
                pa.array(df[col], from_pandas=True)
            except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
                df[col] = [None if _isna(v) else str(v) for v in df[col]]
        table = pa.Table.from_pandas(df, preserve_index=False)
    # Parquet has no second-resolution timestamps: use milliseconds so that tables read back
    # from disk equal the in-memory ones.
    for i, f in enumerate(table.schema):
        if pa.types.is_timestamp(f.type) and f.type.unit == "s":
            table = table.set_column(i, f.name, table.column(i).cast(pa.timestamp("ms", tz=f.type.tz)))
    return table.replace_schema_metadata(None)


def _isna(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _concat(parts: list[pa.Table]) -> pd.DataFrame:
    import pandas as pd
    import pyarrow as pa

    if not parts:
        return pd.DataFrame()
    table = pa.concat_tables(parts, promote_options="permissive")
    return table.to_pandas(date_as_object=False)


# --------------------------------------------------------------------------------------------
# Input
# --------------------------------------------------------------------------------------------


def _as_corpus(corpus: Any) -> Corpus:
    from toolkit.io.load import Corpus, load_corpus

    if isinstance(corpus, Corpus):
        return corpus
    return load_corpus(corpus)


def _items(corpus: Corpus) -> Iterator[tuple[str, Callable[[], Article]]]:
    return iter(corpus.items())


def _load(position: int, label: str, make: Callable[[], Article]) -> tuple[int, str, Any, Any]:
    import warnings

    from toolkit.errors import LanguageWarning, PresslensError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", LanguageWarning)  # the language is in the articles table
            return position, label, make(), None
    except PresslensError as exc:
        return position, label, None, (type(exc).__name__, exc.problem)


def _chunks(
    corpus: Corpus, chunksize: int, skip: set[int], *, defer: bool = False
) -> Iterator[tuple[int, list[tuple[int, str, Any, Any]] | None, int]]:
    """Yield ``(chunk_index, items or None when skipped, n_items)``; loading happens lazily.

    With ``defer=True`` items whose loader is a picklable ``functools.partial`` (files, JSONL and
    CSV records) are left unloaded: the worker that analyses the chunk loads them (see
    :func:`_process_chunk`), which keeps the parsing off the main process.
    """
    buf: list[tuple[str, Callable[[], Article]]] = []
    k = 0
    position = 0
    for label, make in _items(corpus):
        buf.append((label, make))
        if len(buf) == chunksize:
            yield _make_chunk(k, buf, position, skip, defer=defer)
            position += len(buf)
            buf = []
            k += 1
    if buf:
        yield _make_chunk(k, buf, position, skip, defer=defer)


def _make_chunk(
    k: int, buf: list[tuple[str, Callable[[], Article]]], start: int, skip: set[int], *, defer: bool = False
) -> tuple[int, list[tuple[int, str, Any, Any]] | None, int]:
    import functools

    if k in skip:
        return k, None, len(buf)
    return k, [
        (start + i, label, make, _DEFERRED) if defer and type(make) is functools.partial else _load(start + i, label, make)
        for i, (label, make) in enumerate(buf)
    ], len(buf)


#: ``load_error`` of an item whose loader runs in the worker.
_DEFERRED = "deferred"


def _count_items(corpus: Corpus, raw: Any) -> int | None:
    """Number of items, when it can be known without consuming a one-shot iterable."""
    if hasattr(raw, "__len__") and not isinstance(raw, (str, bytes)):
        return len(raw)
    if isinstance(raw, (str, os.PathLike)) or (corpus.source != "<iterable>" and not hasattr(raw, "__next__")):
        try:
            return sum(1 for _ in corpus.items())
        except Exception:
            return None
    return None


# --------------------------------------------------------------------------------------------
# Engines: each yields (chunk_index, tables, n_items) in input order
# --------------------------------------------------------------------------------------------

ChunkIter = Iterator[tuple[int, list[tuple[int, str, Any, Any]] | None, int]]


def _run_serial(chunks: ChunkIter, extra: tuple[str, ...], **_: Any) -> Iterator[tuple[int, Any, int]]:
    import gc

    # After each chunk, everything alive (lexicons, gazetteers, word caches, the caller's own
    # objects) moves to the collector's permanent generation, so that full collections during
    # the run stop re-scanning it (~10% of a serial run's CPU). Undone when the run ends; skipped
    # when the caller froze objects already or disabled the collector.
    freeze = gc.isenabled() and gc.get_freeze_count() == 0
    try:
        for k, items, n in chunks:
            yield k, (None if items is None else _process_chunk(items, extra)), n
            if freeze:
                _collect_and_freeze()
    finally:
        if freeze:
            gc.unfreeze()


def _process_chunk_in_worker(items: list[tuple[int, str, Any, Any]], extra: tuple[str, ...] = ()) -> dict[str, pa.Table]:
    """:func:`_process_chunk` in a worker process of our own: then freeze what is alive (see
    :func:`_run_serial`); the worker ends with the run, so nothing is unfrozen."""
    out = _process_chunk(items, extra)
    _collect_and_freeze()
    return out


def _collect_and_freeze() -> None:
    """Collect the garbage made since the last freeze, then freeze what survives.

    The collection only walks objects created since the last freeze (frozen ones are skipped),
    so it is cheap; without it, reference cycles that were already garbage would be frozen too
    and never freed (memory growing with every chunk of a long run).
    """
    import gc

    gc.collect()
    gc.freeze()


def _run_ordered(
    chunks: ChunkIter, submit: Callable[[list[Any]], Any], result: Callable[[Any], Any], inflight: int
) -> Iterator[tuple[int, Any, int]]:
    pending: deque[tuple[int, Any, int]] = deque()
    for k, items, n in chunks:
        pending.append((k, None if items is None else submit(items), n))
        while pending and (len(pending) > inflight or pending[0][1] is None or pending[0][1].done()):
            k0, fut, n0 = pending.popleft()
            yield k0, (None if fut is None else result(fut)), n0
    while pending:
        k0, fut, n0 = pending.popleft()
        yield k0, (None if fut is None else result(fut)), n0


def _preload_modules() -> list[str]:
    from toolkit.analysis import TABLES

    mods = {"toolkit", "toolkit.analysis", "toolkit.text.segment", "pandas", "pyarrow"}
    mods |= {target.partition(":")[0] for target in TABLES.values()}
    return [*sorted(mods), "toolkit._warm"]  # last: loads the lexicons once for every worker


def _watch_parent(pid: int, interval: float = 1.0) -> None:
    """Worker initializer: exit when the process that started the run is gone (killed)."""
    import threading
    import time

    def watch() -> None:
        while True:
            time.sleep(interval)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass

    threading.Thread(target=watch, name="presslens-watch-parent", daemon=True).start()


def _run_processes(
    chunks: ChunkIter, extra: tuple[str, ...], *, workers: int | None = None, **_: Any
) -> Iterator[tuple[int, Any, int]]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    n = workers or os.cpu_count() or 1
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(_preload_modules())
    ex = ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_watch_parent, initargs=(os.getpid(),))
    try:
        yield from _run_ordered(
            chunks, lambda items: ex.submit(_process_chunk_in_worker, items, extra), lambda f: f.result(), 2 * n
        )
    except BrokenProcessPool as exc:
        raise RuntimeError(
            "a worker process died. In a script, run the corpus analysis under "
            "`if __name__ == \"__main__\":` (worker processes re-import the script); "
            "otherwise a worker ran out of memory (try a smaller chunksize or fewer workers)"
        ) from exc
    finally:
        ex.shutdown(wait=True, cancel_futures=True)


def _run_dask(
    chunks: ChunkIter,
    extra: tuple[str, ...],
    *,
    workers: int | None = None,
    scheduler: Any = None,
    **_: Any,
) -> Iterator[tuple[int, Any, int]]:
    import uuid

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("engine='dask' needs dask.distributed: pip install 'presslens[dask]'") from exc

    cluster = None
    own_client = True
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    elif isinstance(scheduler, str):
        client = Client(scheduler)
    else:
        client, own_client = scheduler, False
    run = uuid.uuid4().hex[:8]
    try:
        n = max(1, sum(client.nthreads().values()) or (workers or 1))

        def submit(items: list[Any], _k: list[int] = [0]) -> Any:  # noqa: B006 - a counter
            _k[0] += 1
            # our own local cluster's workers end with the run; someone else's are left alone
            fn = _process_chunk_in_worker if cluster is not None else _process_chunk
            return client.submit(fn, items, extra, pure=False, key=f"presslens-chunk-{run}-{_k[0]}")

        yield from _run_ordered(chunks, submit, lambda f: f.result(), 2 * n)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


_ENGINES: dict[str, Callable[..., Iterator[tuple[int, Any, int]]]] = {
    "serial": _run_serial,
    "processes": _run_processes,
    "dask": _run_dask,
}


# --------------------------------------------------------------------------------------------
# Output folder
# --------------------------------------------------------------------------------------------


def _read_manifest(out: Path) -> dict[str, Any] | None:
    path = out / _MANIFEST
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    _atomic_write_bytes(out / _MANIFEST, (json.dumps(manifest, indent=1, sort_keys=True) + "\n").encode("utf-8"))


def _part_path(out: Path, table: str, k: int) -> Path:
    return out / "tables" / table / f"part-{k:05d}.parquet"


def _write_chunk(out: Path, k: int, tables: dict[str, pa.Table]) -> None:
    import pyarrow.parquet as pq

    for name, table in tables.items():
        path = _part_path(out, name, k)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)


def _read_table(out: Path, name: str) -> pd.DataFrame:
    import pyarrow.parquet as pq

    return _concat([pq.read_table(p) for p in CorpusResult(out=out).files(name)])


def _clear(out: Path, names: Iterable[str]) -> None:
    """Remove a previous run's files (only ours) before starting afresh."""
    manifest = out / _MANIFEST
    if manifest.exists():
        manifest.unlink()
    for name in names:
        folder = out / "tables" / name
        if folder.is_dir():
            for p in folder.glob("part-*.parquet"):
                p.unlink()
            for p in folder.glob(".part-*.tmp-*"):
                p.unlink()
            if not any(folder.iterdir()):
                shutil.rmtree(folder)


# --------------------------------------------------------------------------------------------
# analyze_corpus
# --------------------------------------------------------------------------------------------


def analyze_corpus(
    corpus: Any,
    *,
    engine: str = "serial",
    scheduler: Any = None,
    out: str | os.PathLike[str] | None = None,
    chunksize: int | None = None,
    resume: bool = False,
    workers: int | None = None,
    extra_tables: Iterable[str] = (),
    progress: bool | None = None,
) -> CorpusResult:
    """Analyse every article of a corpus and return (or write) tidy corpus tables.

    Args:
        corpus: a :class:`~toolkit.io.load.Corpus` (from :func:`~toolkit.io.load_corpus`), a path to a
            folder/JSONL/CSV, or an iterable of Articles, texts or dicts.
        engine: ``"serial"``, ``"processes"`` (all local cores) or ``"dask"``
            (``dask.distributed``).
        scheduler: for ``engine="dask"``: ``None`` starts a local cluster; a
            ``"tcp://host:port"`` address or a ``distributed.Client`` uses an existing one
            (its workers must have ``presslens`` installed).
        out: folder to write Parquet tables and ``manifest.json`` into, chunk by chunk; the
            result then reads its tables from there lazily.
        chunksize: articles per chunk (the unit of parallel work, of writing and of resuming;
            default 50, or the previous run's value when resuming).
        resume: continue the run in ``out``: chunks already written are skipped.
        workers: number of worker processes (default: all cores; the cluster's for a scheduler).
        extra_tables: further registry tables (e.g. ``"events"``) to collect with an
            ``article_id`` column.
        progress: show a tqdm progress bar (default: when stderr is a terminal).

    Returns:
        A :class:`CorpusResult` with tables ``articles, sentences, mentions, quotes, timeline,
        errors`` (see the module docstring for columns).

    Raises:
        ValueError: unknown engine or table, ``resume`` without ``out``, or a ``resume`` whose
            source or chunk size differs from the run in ``out``.
        toolkit.errors.LoadError: the corpus source itself cannot be opened.

    Example:
        >>> res = analyze_corpus(sample_corpus(), engine="processes")   # doctest: +SKIP
        >>> res.errors.empty                                              # doctest: +SKIP
        True
    """
    from toolkit._version import __version__
    from toolkit.analysis import TABLES

    if engine not in _ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {list(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise ValueError("scheduler= is only used with engine='dask'")
    extra = tuple(extra_tables)
    unknown = [n for n in extra if n not in TABLES or n in CORPUS_TABLES]
    if unknown:
        raise ValueError(f"extra_tables {unknown} are not registry tables other than {list(CORPUS_TABLES)}")
    if resume and out is None:
        raise ValueError("resume=True needs out=")
    if chunksize is not None and chunksize < 1:
        raise ValueError("chunksize must be at least 1")
    raw = corpus
    corpus = _as_corpus(corpus)
    names = [*CORPUS_TABLES, *extra]

    outdir = Path(out) if out is not None else None
    done: set[int] = set()
    manifest: dict[str, Any] = {}
    if outdir is not None:
        outdir.mkdir(parents=True, exist_ok=True)
        previous = _read_manifest(outdir) if resume else None
        if previous is not None:
            if previous.get("format") != _FORMAT or previous.get("source") != corpus.source:
                raise ValueError(
                    f"{outdir} holds a run over {previous.get('source')!r}, not {corpus.source!r}; "
                    "use another --out or run without resume"
                )
            if chunksize is not None and chunksize != previous["chunksize"]:
                raise ValueError(f"{outdir} was written with chunksize={previous['chunksize']}; resume with that")
            if list(previous.get("extra", [])) != list(extra):
                raise ValueError(f"{outdir} was written with extra_tables={previous.get('extra')}")
            manifest = previous
            done = {int(k) for k in previous.get("chunks", {})}
        else:
            _clear(outdir, names)
            manifest = {
                "format": _FORMAT,
                "source": corpus.source,
                "chunksize": chunksize or DEFAULT_CHUNKSIZE,
                "extra": list(extra),
                "registry": [n for n in TABLES if n in ("sentences", *_STAGES, *extra)],
                "presslens": __version__,
                "chunks": {},
                "complete": False,
            }
            _write_manifest(outdir, manifest)
    size = int(manifest.get("chunksize") or chunksize or DEFAULT_CHUNKSIZE)

    bar = None
    show = sys.stderr.isatty() if progress is None else progress
    if show:
        from tqdm.auto import tqdm

        bar = tqdm(total=_count_items(corpus, raw), unit="article", desc=f"corpus ({engine})", leave=True)

    collected: dict[str, list[pa.Table]] = {name: [] for name in names}
    n_items = 0
    try:
        # local engines load files and records where they are analysed; a Dask cluster's workers
        # may not see the files, so the main process loads for them
        chunks = _chunks(corpus, size, done, defer=engine != "dask")
        stream = _ENGINES[engine](chunks, extra, workers=workers, scheduler=scheduler)
        for k, tables, n in stream:
            n_items += n
            if tables is not None:
                if outdir is not None:
                    _write_chunk(outdir, k, tables)
                    manifest["chunks"][str(k)] = {
                        "items": n,
                        "articles": tables["articles"].num_rows,
                        "errors": tables["errors"].num_rows,
                    }
                    _write_manifest(outdir, manifest)
                else:
                    for name in names:
                        collected[name].append(tables[name])
            if bar is not None:
                bar.update(n)
    finally:
        if bar is not None:
            bar.close()
    if outdir is not None:
        manifest["complete"] = True
        manifest["items"] = n_items
        _write_manifest(outdir, manifest)
        return CorpusResult.from_dir(outdir)
    return CorpusResult(tables={name: _finish(name, collected[name]) for name in names})


def _finish(name: str, parts: list[pa.Table]) -> pd.DataFrame:
    return _concat(parts)


def sample_corpus() -> Corpus:
    """The bundled sample: 40 English Wikinews articles (Sep-Oct 2019, CC BY 2.5).

    See ``toolkit/data/SAMPLE_CORPUS.md`` for sources and attribution.

    Example:
        >>> sum(1 for _ in sample_corpus())
        40
    """
    from toolkit.io.load import load_corpus

    return load_corpus(_SAMPLE)
