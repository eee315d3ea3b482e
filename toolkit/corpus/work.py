"""The corpus work that runs in workers: load a chunk's items, analyse each article, and turn the
per-article tables into one Arrow table per corpus table.

:func:`_process_chunk` is the unit of parallel work of every engine (:mod:`toolkit.corpus.engines`);
its Arrow tables are the canonical, engine-independent form of a chunk, written by
:mod:`toolkit.corpus.store`. The columns and types of the ``sentences``, ``mentions``, ``quotes`` and
``timeline`` tables come from :mod:`toolkit.schema` (``schema.arrow_schema("sentences")`` ...).
:func:`_chunks` cuts a corpus into numbered chunks, loading lazily.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from toolkit._lazy import resolve

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from toolkit.article import Article
    from toolkit.io.load import Corpus

#: The tables every corpus run produces, in this order.
CORPUS_TABLES: tuple[str, ...] = ("articles", "sentences", "mentions", "quotes", "timeline", "errors")
#: Corpus table -> per-article registry table it is built from (``sentences`` also merges ``tone``).
_FROM_REGISTRY: dict[str, str] = {"mentions": "actors", "quotes": "quotes", "timeline": "timeline"}
#: Registry tables computed for every article (when registered), in this order.
_STAGES: tuple[str, ...] = ("tone", "actors", "quotes", "timeline")

# --------------------------------------------------------------------------------------------
# Per-article work
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
    "sentences": ("toolkit.text.segment:sentences", "toolkit.corpus.work:_sentence_columns"),
    "tone": ("toolkit.sentiment.tone:tone", "toolkit.sentiment.tone:_tone_columns"),
    "actors": ("toolkit.entities.actors:actors", "toolkit.entities.actors:_actor_columns"),
    "quotes": ("toolkit.entities.quotes:quotes", "toolkit.entities.quotes:_quote_columns"),
    "timeline": ("toolkit.temporal.timeline:timeline", "toolkit.temporal.timeline:_timeline_columns"),
}
#: Column types of the corpus tables built from per-article columns (their Parquet schema).

Columns = dict[str, list[Any]]


def _core(name: str) -> Callable[[Article], Columns] | None:
    """The columns core for registry table ``name``, when the registry uses the default function."""

    from toolkit.analysis import TABLES

    spec = _CORES.get(name)
    if spec is None or TABLES.get(name) != spec[0]:
        return None
    return resolve(spec[1])


def _accepted(fn: Callable[..., Any], options: dict[str, Any]) -> dict[str, Any]:
    """The ``options`` that ``fn`` takes as keyword arguments."""
    try:
        names = _keywords(fn)
    except TypeError:  # an unhashable callable
        names = _keywords.__wrapped__(fn)
    if names is None:
        return dict(options)
    return {k: v for k, v in options.items() if k in names}


@lru_cache(maxsize=256)
def _keywords(fn: Callable[..., Any]) -> frozenset[str] | None:
    """The parameter names of ``fn`` (``None``: it takes ``**kwargs``); read once per function,
    not once per article and table (``inspect.signature`` costs ~10 µs)."""
    import inspect

    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return frozenset()
    if any(p.kind is p.VAR_KEYWORD for p in params.values()):
        return None
    return frozenset(params)


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
    article: Article, position: int, item: str, extra: tuple[str, ...], options: dict[str, Any] | None = None
) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]:
    """One article: its ``articles`` row, its tables (by registry name: a columns dict from the
    table's core, or a DataFrame), its errors."""
    from toolkit.analysis import analyze, table_function

    aid = article.id
    errors: list[dict[str, Any]] = []
    row: dict[str, Any] = {
        "article_id": aid,
        "position": position,
        "item": item,
        "title": article.title,
        "published": article.published,
        "source_name": article.source_name,
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
            if name == "actors" and core is not None and options and options.get("actor_tone"):
                # mentions with the tone toward each one (tone_to, tone_label, sentence_tone)
                core = resolve("toolkit.entities.stances:_mention_columns")
            if options:  # e.g. a codebook, passed to the analyses that take it
                fn = core if core is not None else table_function(name)
                got[name] = fn(article, **_accepted(fn, options))
            else:
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


_CORPUS_SCHEMAS: dict[str, pa.Schema] = {}


def corpus_schema(name: str) -> pa.Schema:
    """The Arrow schema of corpus table ``name`` (``sentences``, ``mentions``, ``quotes``,
    ``timeline``): :func:`toolkit.schema.arrow_schema` with ``corpus=True``, memoised."""
    if name not in _CORPUS_SCHEMAS:
        from toolkit.schema import arrow_schema

        _CORPUS_SCHEMAS[name] = arrow_schema(name, corpus=True)
    return _CORPUS_SCHEMAS[name]


def _columns_table(name: str, parts: list[tuple[str, Columns]]) -> pa.Table:
    """Per-article columns -> one Arrow table of corpus table ``name`` with the columns and types
    of :func:`corpus_schema` (a column an article lacks is null)."""
    import pyarrow as pa

    schema = corpus_schema(name)
    cols = schema.names[1:]
    ids: list[str] = []
    data: dict[str, list[Any]] = {c: [] for c in cols}
    for aid, part in parts:
        n = len(next(iter(part.values()), ()))
        ids.extend([aid] * n)
        for c in cols:
            data[c].extend(part[c] if c in part else [None] * n)
    arrays = [pa.array(ids, type=pa.large_string())]
    arrays += [pa.array(data[c], type=schema.field(c).type, from_pandas=True) for c in cols]
    return pa.Table.from_arrays(arrays, schema=schema)


def _process_chunk(
    items: list[tuple[int, str, Any, Any]], extra: tuple[str, ...] = (), options: dict[str, Any] | None = None
) -> dict[str, pa.Table]:
    """Analyse one chunk; ``items`` are ``(position, label, article, load_error)``; ``options``
    (e.g. ``{"codebook": Codebook}``) go to every analysis whose function takes them.

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
        row, tables, errs = _analyze_article(article, position, label, extra, options)
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
            df = _stack(frames(reg))
            if corpus_name in _FROM_REGISTRY:  # columns of the corpus schema a table lacks: null
                for c in corpus_schema(corpus_name).names:
                    if c not in df.columns:
                        df[c] = None
            out[corpus_name] = _to_arrow(df)
    return {name: out[name] for name in (*CORPUS_TABLES, *extra)}


_BASE_COLUMNS = (
    "article_id", "position", "item", "title", "published", "source_name", "url", "author", "language",
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

