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
from toolkit.io.decode import _cp1252_ok, normalise_newlines
from toolkit.io.html import _looks_like_html
from toolkit.io.load import HTML_EXTENSIONS, TEXT_EXTENSIONS, _build, _from_html, load_article

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
    source_col: str = "source",
    id_col: str = "id",
    url_col: str = "url",
    pattern: str = "*",
) -> Corpus:
    """Stream articles from a folder, a JSONL or CSV file, or an iterable of texts/dicts/Articles.

    Args:
        source: a folder (every ``.txt``/``.md``/``.html`` file in it, recursively, sorted by
            path; sidecar ``.meta.json`` files are read), a ``.jsonl``/``.ndjson`` or ``.csv``
            file, or an iterable.
        text_col, title_col, date_col, source_col, id_col, url_col: column names in JSONL/CSV.
        pattern: glob pattern for folders.

    Returns:
        A :class:`Corpus`: iterate it to get articles one at a time.

    Raises:
        SourceNotFoundError: the folder or file does not exist.
        UnsupportedFormatError: a file that is not JSONL or CSV.
    """
    cols = {"text": text_col, "title": title_col, "date": date_col, "source": source_col, "id": id_col, "url": url_col}
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
        if p.is_file() and not p.name.endswith(".meta.json") and not p.name.startswith("."):
            if p.suffix.lower() in exts:
                yield str(p), functools.partial(load_article, p)
            else:
                yield str(p), (lambda p=p: _raise(UnsupportedFormatError(p, f"unknown file type {p.suffix!r}")))


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
            for k, c in (("title", cols["title"]), ("published", cols["date"]), ("source", cols["source"]), ("url", cols["url"]))
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
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open("rb") as fh:
        lines = (_decode_csv_line(raw, n == 0) for n, raw in enumerate(fh))
        reader = csv.DictReader(lines, delimiter=delimiter)
        if reader.fieldnames is None or cols["text"] not in reader.fieldnames:
            raise LoadError(path, f"no {cols['text']!r} column (columns: {', '.join(reader.fieldnames or [])})")
        for n, row in enumerate(reader, start=2):
            label = f"{path}:{n}"
            yield label, functools.partial(_record_article, dict(row), label, cols)


def _decode_csv_line(raw: bytes, first: bool) -> str:
    if first and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252") if _cp1252_ok(raw) else raw.decode("latin-1")


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
