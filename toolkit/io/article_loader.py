"""Loading one article from a file, a URL, raw text or bytes: :func:`load_article`.

Decoding lives in :mod:`toolkit.io.decode`, HTML extraction in :mod:`toolkit.io.html`, URL
fetching in :mod:`toolkit.io.url`, datelines in :mod:`toolkit.io.dateline`; corpora (which
load their items with this module) in :mod:`toolkit.io.corpus`. :mod:`toolkit.io.load` is the
public entry point for all of them.

Example:
    >>> art = load_article("Headline\\n\\nWednesday, September 11, 2019\\n\\nIt rained on Tuesday.")
    >>> art.published, art.meta["published_from"]
    (datetime.date(2019, 9, 11), 'dateline')
"""

from __future__ import annotations

import json
import os
import re
import warnings
from pathlib import Path
from typing import Any

from toolkit.article import Article, parse_date
from toolkit.errors import (
    BinaryContentError,
    EmptyTextError,
    LanguageWarning,
    LoadError,
    SourceNotFoundError,
    UnsupportedFormatError,
)
from toolkit.io.dateline import find_dateline
from toolkit.io.decode import (
    _check_text,
    _looks_binary,
    decode_bytes,
    guess_language,
    gunzip,
    normalise_newlines,
)
from toolkit.io.html import _is_html_document, _looks_like_html, decode_html_bytes, extract_html
from toolkit.io.url import FETCH_TIMEOUT, MAX_FETCH_BYTES, fetch_url, is_url

__all__ = ["load_article", "TEXT_EXTENSIONS", "HTML_EXTENSIONS"]

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})


def _sidecar(path: Path) -> dict[str, Any]:
    side = path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LoadError(side, f"metadata file is not valid JSON: {exc}") from exc
    if not isinstance(meta, dict):
        raise LoadError(side, "metadata file must hold a JSON object")
    return meta


def _existing_path(source: str) -> Path | None:
    """The file or folder ``source`` names, if it is a short one-line string naming one."""
    if "\n" in source or not source.strip() or len(source) > 4096:
        return None
    try:
        p = Path(source).expanduser()
        return p if p.exists() else None
    except (OSError, ValueError):  # name too long, NUL byte, ...
        return None


_FILE_NAME = re.compile(r"^[\w.~-]+\.[A-Za-z][A-Za-z0-9]{0,4}$")


def _is_path_like(source: str) -> bool:
    """Is this (non-existing) string clearly meant as a file name rather than article text?

    One token with a path separator or a file extension ("notes.txt", "data/a.html"), or at
    most three words ending in a known extension ("my article.txt"). A sentence that merely
    ends in ".txt" is text.
    """
    if "\n" in source or len(source) > 1024:
        return False
    s = source.strip()
    if not s or s != source:
        return False
    words = s.split()
    if len(words) == 1:
        return "/" in s or os.sep in s or bool(_FILE_NAME.match(s))
    return len(words) <= 3 and Path(s).suffix.lower() in TEXT_EXTENSIONS | HTML_EXTENSIONS


#: The Article field that holds the outlet.
_OUTLET_FIELD = "source_name"
#: Metadata keys read into Article fields (the rest stays in ``article.meta``).
_KNOWN_META = frozenset({"title", "published", "date", "source_name", "source", "url", "author", "language", "id"})


def _one_line(label: str) -> str:
    return " ".join(label.split()) or "<text>"


def _build(
    text: str,
    *,
    source_label: str,
    meta: dict[str, Any],
    title: str | None,
    published: object,
    source_name: str | None,
    url: str | None,
    path: str | None = None,
    article_id: str | None = None,
    meta_origin: str = "metadata",
) -> Article:
    """The Article for ``text``: arguments override ``meta`` (sidecar, corpus columns or HTML
    metadata, which ``meta_origin`` names), a dateline gives the date when neither does."""
    _check_text(text, source_label)
    lang = meta.get("language")
    if not lang:
        lang = guess_language(text)
        if lang != "en":
            warnings.warn(
                f"{_one_line(source_label)}: the text does not look like English; tone, actors and "
                "timeline are built for English news and may be meaningless here",
                LanguageWarning,
                stacklevel=3,
            )
    extra = {k: v for k, v in meta.items() if k not in _KNOWN_META}
    given = meta.get("published", meta.get("date"))
    if published is not None:
        day, origin = parse_date(published, source=source_label), "argument"
    elif given not in (None, ""):
        day, origin = parse_date(given, source=source_label), meta_origin
    else:
        day, origin = None, None
    dateline = find_dateline(text)
    if dateline is not None:
        extra["dateline"] = {
            "text": dateline.text,
            "start": dateline.start,
            "end": dateline.end,
            "date": dateline.date.isoformat() if dateline.date else None,
        }
        if day is None and dateline.date is not None:
            day, origin = dateline.date, "dateline"
    extra["published_from"] = origin if day is not None else None
    outlet = source_name or meta.get("source_name") or meta.get("source") or None
    return Article(
        text=text,
        title=title or meta.get("title") or _headline(text),
        published=day,
        url=url or meta.get("url") or None,
        author=meta.get("author") or None,
        language=str(lang),
        path=path,
        id=str(article_id or meta.get("id") or ""),
        meta=extra,
        **{_OUTLET_FIELD: outlet},
    )


def _headline(text: str) -> str | None:
    from toolkit.text.segment import headline

    return headline(text)


def load_article(
    source: str | bytes | os.PathLike[str],
    *,
    title: str | None = None,
    published: object = None,
    source_name: str | None = None,
    url: str | None = None,
    timeout: float = FETCH_TIMEOUT,
    max_bytes: int = MAX_FETCH_BYTES,
) -> Article:
    """Load one article from a file, a URL, raw text or bytes.

    Args:
        source: a path (``.txt``, ``.md``, ``.html``/``.htm``; metadata from a sidecar
            ``NAME.meta.json`` when present), an ``http(s)://`` URL, bytes, or the article
            text itself. A string that is not an existing path or a URL is taken as text.
        title, published, source_name, url: metadata; these override sidecar/HTML metadata.
            ``source_name`` is the outlet ("Reuters"); the sidecar or a corpus may give it as
            ``source_name`` or ``source``.
        timeout, max_bytes: limits for URL fetches (``max_bytes`` also caps a gzip-compressed
            page once decompressed).

    Returns:
        The :class:`~toolkit.article.Article`. When no ``published=`` is given and the metadata
        has no date, the article's own dateline gives it (:mod:`toolkit.io.dateline`: "Wednesday,
        September 11, 2019", "WASHINGTON, Dec. 3, 2021 (Reuters) -", "Published: 3 December
        2021"); the text is never changed. ``article.meta["published_from"]`` says where the
        date came from: ``"argument"``, ``"metadata"`` (sidecar or corpus column), ``"html"``,
        ``"dateline"``, or ``None`` when there is no date; ``article.meta["dateline"]`` holds
        the dateline found (``text``, ``start``, ``end`` offsets into the text, ``date``).

    Raises:
        toolkit.errors.LoadError: (and subclasses) naming the source and the problem.

    Example:
        >>> art = load_article("Headline\\n\\nFirst sentence. Second one.")
        >>> len(art.sentences), art.published, art.meta["published_from"]
        (3, None, None)
    """
    kwargs = {"title": title, "published": published, "source_name": source_name, "url": url}
    if isinstance(source, (bytes, bytearray)):
        data = bytes(source)
        if not data.strip():
            raise EmptyTextError("<bytes>", "the text is empty or whitespace only")
        text = decode_bytes(data, source="<bytes>")
        if _looks_like_html(text):
            return _from_html(text, "<bytes>", kwargs)
        return _build(text, source_label="<bytes>", meta={}, **kwargs)
    if isinstance(source, os.PathLike):
        return _load_path(Path(source), kwargs)
    if not isinstance(source, str):
        raise LoadError(repr(source)[:60], f"cannot load an article from a {type(source).__name__}")
    if is_url(source):
        u = source.strip()
        body, ctype = fetch_url(u, timeout=timeout, max_bytes=max_bytes)
        if not body.strip():
            raise EmptyTextError(u, "the page is empty")
        kwargs["url"] = kwargs["url"] or u
        charset = re.search(r"charset=([\w-]+)", ctype)
        if ctype.startswith("text/plain") or not ctype:
            text = decode_bytes(body, source=u)
            if _looks_like_html(text):
                return _from_html(text, u, kwargs)
            return _build(text, source_label=u, meta={}, **kwargs)
        return _from_html(decode_html_bytes(body, source=u, charset=charset.group(1) if charset else None), u, kwargs)
    existing = _existing_path(source)
    if existing is not None:
        return _load_path(existing, kwargs)
    if _is_path_like(source):
        raise SourceNotFoundError(source, "no such file")
    # Anything else is the text itself.
    text = normalise_newlines(source)
    if _looks_like_html(text):
        return _from_html(text, "<html>", kwargs)
    return _build(text, source_label="<text>", meta={}, **kwargs)


def _from_html(html: str, label: str, kwargs: dict[str, Any], meta: dict[str, Any] | None = None, path: str | None = None) -> Article:
    try:
        ext = extract_html(html, source=label, url=kwargs.get("url"))
    except EmptyTextError:
        if _is_html_document(html):
            raise
        # A text that merely starts with a tag ("<p></p> John Kerry's transcript ..."): keep it as text.
        return _build(html, source_label=label, meta=dict(meta or {}), path=path, **kwargs)
    meta = meta or {}
    merged = {k: v for k, v in ext.items() if k != "text" and v}
    if meta.get("source") not in (None, ""):
        merged.pop("source_name", None)  # the caller's outlet (sidecar, corpus column) wins
    merged.update(meta)
    origin = "metadata" if meta.get("published", meta.get("date")) not in (None, "") else "html"
    return _build(ext["text"], source_label=label, meta=merged, path=path, meta_origin=origin, **kwargs)


def _load_path(path: Path, kwargs: dict[str, Any]) -> Article:
    label = str(path)
    if not path.exists():
        raise SourceNotFoundError(label, "no such file")
    if path.is_dir():
        raise UnsupportedFormatError(label, "is a folder; use load_corpus() for a folder of articles")
    suffix = path.suffix.lower()
    if suffix not in TEXT_EXTENSIONS | HTML_EXTENSIONS:
        raise UnsupportedFormatError(
            label, f"unknown file type {suffix or '(no extension)'!r}; expected .txt, .md, .html or .htm"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(label, f"cannot read file: {exc.strerror or exc}") from exc
    if not data.strip():
        raise EmptyTextError(label, "the file is empty")
    meta = _sidecar(path)
    data = gunzip(data, source=label)
    if suffix in HTML_EXTENSIONS:
        if _looks_binary(data):
            raise BinaryContentError(label, "looks like a binary file, not HTML")
        return _from_html(decode_html_bytes(data, source=label), label, kwargs, meta=meta, path=label)
    text = decode_bytes(data, source=label)
    return _build(text, source_label=label, meta=meta, path=label, **kwargs)
