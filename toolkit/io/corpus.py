"""Corpora: a folder of files, a JSONL or CSV file, or an iterable, streamed as articles.

Example:
    >>> corpus = load_corpus(["First story. It rained.", "Second story. It snowed."])
    >>> [a.text[:12] for a in corpus]
    ['First story.', 'Second story']
"""

from __future__ import annotations

import codecs
import csv
import functools
import json
import os
import sys
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.article import Article
from toolkit.errors import (
    CorpusItemWarning,
    DecodeError,
    LoadError,
    PresslensError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from toolkit.io.article_loader import (
    HTML_EXTENSIONS,
    TEXT_EXTENSIONS,
    _build,
    _from_html,
    load_article,
)
from toolkit.io.decode import decode_line, normalise_newlines, plan_decoding
from toolkit.io.html import _looks_like_html

__all__ = ["Corpus", "load_corpus"]


@dataclass
class Corpus:
    """A lazily loaded collection of articles; iterate it to stream :class:`Article` objects.

    Bad items are skipped with a :class:`~toolkit.errors.CorpusItemWarning` and recorded in
    :attr:`errors` as ``(item, reason)`` — never silently.

    Example:
        >>> corpus = load_corpus("articles/")          # doctest: +SKIP
        >>> for art in corpus: ...                      # doctest: +SKIP
        >>> corpus.errors                               # doctest: +SKIP
        [('articles/broken.txt', 'the file is empty')]
    """

    source: str
    items: Any
    errors: list[tuple[str, str]] = field(default_factory=list)

    def __iter__(self) -> Iterator[Article]:
        self.errors = []
        for label, make in self.items():
            try:
                yield make()
            except PresslensError as exc:
                self.errors.append((label, exc.problem))
                warnings.warn(f"skipped {label}: {exc.problem}", CorpusItemWarning, stacklevel=2)

    def __repr__(self) -> str:
        return f"<Corpus {self.source!r}>"


def load_corpus(
    source: str | os.PathLike[str] | Iterable[Any],
    *,
    text_col: str = "text",
    title_col: str = "title",
    date_col: str = "date",
    source_name_col: str = "source_name",
    id_col: str = "id",
    url_col: str = "url",
    pattern: str = "*",
    source_col: str | None = None,
) -> Corpus:
    """Stream articles from a folder, a JSONL or CSV file, or an iterable of texts/dicts/Articles.

    Args:
        source: a folder (every ``.txt``/``.md``/``.html`` file in it, recursively, sorted by
            path; sidecar ``.meta.json`` files are read), a ``.jsonl``/``.ndjson`` or ``.csv``
            file, or an iterable.
        text_col, title_col, date_col, source_name_col, id_col, url_col: column names in
            JSONL/CSV. The outlet (``source_name``, as in :func:`~toolkit.io.load.load_article`)
            is read from ``source_name_col``; a record without it may name its outlet in a
            ``source`` column instead (the usual name in existing data).
        pattern: glob pattern for folders.
        source_col: deprecated name of ``source_name_col``.

    Returns:
        A :class:`Corpus`: iterate it to get articles one at a time.

    Raises:
        SourceNotFoundError: the folder or file does not exist.
        UnsupportedFormatError: a file that is not JSONL or CSV.
    """
    if source_col is not None:
        warnings.warn("load_corpus(source_col=) is now source_name_col=", DeprecationWarning, stacklevel=2)
        source_name_col = source_col
    cols = {
        "text": text_col,
        "title": title_col,
        "date": date_col,
        "source_name": source_name_col,
        "id": id_col,
        "url": url_col,
    }
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        label = str(path)
        if not path.exists():
            raise SourceNotFoundError(label, "no such file or folder")
        if path.is_dir():
            return Corpus(label, lambda: _folder_items(path, pattern))
        suffix = path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            return Corpus(label, lambda: _jsonl_items(path, cols))
        if suffix in (".csv", ".tsv"):
            return Corpus(label, lambda: _csv_items(path, cols, "\t" if suffix == ".tsv" else ","))
        raise UnsupportedFormatError(label, "a corpus is a folder, a .jsonl file or a .csv file")
    items = source
    return Corpus("<iterable>", lambda: _iter_items(items, cols))


def _folder_items(path: Path, pattern: str) -> Iterator[tuple[str, Any]]:
    exts = TEXT_EXTENSIONS | HTML_EXTENSIONS
    for p in sorted(path.rglob(pattern)):
        if p.name.endswith(".meta.json") or p.name.startswith("."):
            continue
        if p.is_symlink() and not p.exists():
            yield str(p), functools.partial(_raise, LoadError(p, f"broken symbolic link (points to {_link_target(p)})"))
        elif p.exists() and not p.is_file() and not p.is_dir():
            yield str(p), functools.partial(_raise, LoadError(p, "not a regular file (a pipe, socket or device)"))
        elif p.is_file():
            if p.suffix.lower() in exts:
                yield str(p), functools.partial(load_article, p)
            else:
                yield str(p), (lambda p=p: _raise(UnsupportedFormatError(p, f"unknown file type {p.suffix!r}")))


def _link_target(p: Path) -> str:
    try:
        return str(os.readlink(p))
    except OSError:
        return "nothing"


def _raise(exc: Exception) -> Article:
    raise exc


def _record_article(rec: Any, label: str, cols: dict[str, str]) -> Article:
    if not isinstance(rec, dict):
        raise LoadError(label, f"expected an object with a {cols['text']!r} field, got {type(rec).__name__}")
    text = rec.get(cols["text"])
    if text is None:
        raise LoadError(label, f"no {cols['text']!r} field")
    if not isinstance(text, str):
        raise LoadError(label, f"the {cols['text']!r} field is not text")
    meta = {k: v for k, v in rec.items() if k not in cols.values() and v not in (None, "")}
    meta.update(
        {
            k: rec.get(c)
            for k, c in (
                ("title", cols["title"]),
                ("published", cols["date"]),
                ("source_name", cols["source_name"]),
                ("url", cols["url"]),
            )
            if rec.get(c) not in (None, "")
        }
    )
    text = normalise_newlines(text)
    if _looks_like_html(text):
        if rec.get(cols["id"]) not in (None, ""):
            meta["id"] = str(rec[cols["id"]])
        return _from_html(text, label, {"title": None, "published": None, "source_name": None, "url": None}, meta=meta)
    return _build(
        text,
        source_label=label,
        meta=meta,
        title=None,
        published=None,
        source_name=None,
        url=None,
        article_id=str(rec.get(cols["id"]) or "") or None,
    )


def _jsonl_items(path: Path, cols: dict[str, str]) -> Iterator[tuple[str, Any]]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, start=1):
            label = f"{path}:{n}"
            if not raw.strip():
                continue

            yield label, functools.partial(_jsonl_record, raw, label, cols)


def _jsonl_record(raw: bytes, label: str, cols: dict[str, str]) -> Article:
    try:
        rec = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise DecodeError(label, "line is not valid UTF-8") from exc
    except ValueError as exc:
        raise LoadError(label, f"not valid JSON ({exc.msg})") from exc
    return _record_article(rec, label, cols)


def _csv_items(path: Path, cols: dict[str, str], delimiter: str) -> Iterator[tuple[str, Any]]:
    """One item per CSV record, labelled ``file:line`` (the line the record starts on).

    The file is read twice: once to choose its decoding (:func:`~toolkit.io.decode.plan_decoding`:
    UTF-8, mixed UTF-8/cp1252 with a warning, or a detected legacy encoding), once to parse it.
    Parsing is strict: a quote left open swallows the records after it up to the next quote,
    and that region becomes one error item naming its lines (never a silent merge); so does a
    record whose field count differs from the header's.
    """
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open("rb") as fh:
        encoding = plan_decoding((_strip_bom(raw, n == 0) for n, raw in enumerate(fh)), source=str(path))
    with path.open("rb") as fh:
        lines = (decode_line(_strip_bom(raw, n == 0), encoding) for n, raw in enumerate(fh))
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        try:
            header = next(reader)
        except StopIteration:
            header = []
        except csv.Error as exc:
            raise LoadError(path, f"the header line is not valid CSV ({exc})") from exc
        if cols["text"] not in header:
            raise LoadError(path, f"no {cols['text']!r} column (columns: {', '.join(header)})")
        while True:
            first = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                label = f"{path}:{first}"
                where = f"line {first}" if reader.line_num <= first else f"lines {first}-{reader.line_num}"
                problem = (
                    f"malformed CSV in {where} ({exc}): most likely a quote that is never closed; "
                    "the records in these lines are not loaded"
                )
                yield label, functools.partial(_raise, LoadError(label, problem))
                continue
            if not row:
                continue  # a blank line
            label = f"{path}:{first}"
            if len(row) != len(header):
                span = f" (lines {first}-{reader.line_num})" if reader.line_num > first else ""
                problem = f"the record has {len(row)} fields but the header has {len(header)}{span}"
                yield label, functools.partial(_raise, LoadError(label, problem))
                continue
            yield label, functools.partial(_record_article, dict(zip(header, row, strict=True)), label, cols)


def _strip_bom(raw: bytes, first: bool) -> bytes:
    return raw[len(codecs.BOM_UTF8) :] if first and raw.startswith(codecs.BOM_UTF8) else raw


def _iter_items(items: Iterable[Any], cols: dict[str, str]) -> Iterator[tuple[str, Any]]:
    for n, item in enumerate(items):
        label = f"<item {n}>"
        if isinstance(item, Article):
            yield label, (lambda item=item: item)
        elif isinstance(item, dict):
            yield label, functools.partial(_record_article, item, label, cols)
        elif isinstance(item, (str, bytes, os.PathLike)):
            yield label, functools.partial(load_article, item)
        else:
            yield label, (lambda item=item, label=label: _raise(LoadError(label, f"cannot load a {type(item).__name__}")))
