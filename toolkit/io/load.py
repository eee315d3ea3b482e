"""Loading articles and corpora: files, raw text, bytes, HTML pages and URLs.

Example:
    >>> from toolkit import load_article
    >>> art = load_article("seeds/biden-putin-call.txt")         # doctest: +SKIP
    >>> art.published                                             # doctest: +SKIP
    datetime.date(2021, 12, 31)
"""

from __future__ import annotations

import codecs
import csv
import functools
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.article import Article, parse_date
from toolkit.errors import (
    BinaryContentError,
    CorpusItemWarning,
    DecodeError,
    EmptyTextError,
    FetchError,
    LanguageWarning,
    LoadError,
    PresslensError,
    SourceNotFoundError,
    UnsupportedFormatError,
)

__all__ = [
    "load_article",
    "load_corpus",
    "Corpus",
    "decode_bytes",
    "extract_html",
    "fetch_url",
    "TEXT_EXTENSIONS",
    "HTML_EXTENSIONS",
    "MAX_FETCH_BYTES",
]

TEXT_EXTENSIONS = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
#: Largest page :func:`fetch_url` reads (bytes).
MAX_FETCH_BYTES = 10 * 1024 * 1024
#: Default network timeout (seconds).
FETCH_TIMEOUT = 20.0
_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)
_FUNCTION_WORDS_TEXT = (
    "the of and to in a is that for on with as was by at he it from his said be are has have "
    "an not this but they were will who been their which or its had would we after more"
)
_ENGLISH_FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head:
        return False
    if b"\x00" in head:
        return True
    magic = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\x7fELF")
    if head.startswith(magic):
        return True
    ctrl = sum(1 for b in head if b < 9 or 13 < b < 32)
    return ctrl / len(head) > 0.05


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode bytes as text: UTF-8 (BOM or not), UTF-16/32 with BOM (UTF-16 also without one),
    else cp1252/latin-1.

    Line endings are normalised to ``\\n``; nothing else is changed.

    Raises:
        BinaryContentError: the bytes are not text (NUL bytes, file signatures, control codes).
        DecodeError: the bytes decode under no supported encoding.

    Example:
        >>> decode_bytes("café – “quoted”".encode("cp1252"))
        'café – “quoted”'
    """
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return normalise_newlines(data.decode(enc))
            except UnicodeDecodeError as exc:
                raise DecodeError(source, f"starts with a {enc} byte-order mark but is not valid {enc}") from exc
    bomless = _utf16_without_bom(data)
    if bomless:
        try:
            return normalise_newlines(data.decode(bomless))
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise BinaryContentError(source, "looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Legacy Windows text: cp1252 is a superset of latin-1's printable range; the five bytes
        # cp1252 leaves undefined fall back to latin-1 so nothing is lost.
        text = data.decode("cp1252", errors="strict") if _cp1252_ok(data) else data.decode("latin-1")
    return normalise_newlines(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the bytes look like BOM-less UTF-16 text."""
    head = data[:4096]
    if len(head) < 8 or b"\x00" not in head or head.startswith((b"%PDF", b"\x89PNG", b"PK\x03\x04", b"\x1f\x8b")):
        return None
    even, odd = head[0::2], head[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.4 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.4 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _cp1252_ok(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def normalise_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise EmptyTextError(source, "the text is empty or whitespace only")
    return text


def guess_language(text: str) -> str:
    """``"en"`` when the text reads as English (function-word share), else ``"und"``."""
    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    if len(words) < 8:
        return "en"
    share = sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, words)) / len(words)
    return "en" if share >= 0.12 else "und"


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------


def extract_html(html: str | bytes, *, source: str = "<html>", url: str | None = None) -> dict[str, Any]:
    """Extract the main text and metadata of a news page with trafilatura.

    trafilatura runs in its balanced mode (its precision mode drops real article paragraphs on
    news pages); then paragraphs that are page furniture rather than article text ("Read more:
    ...", copyright notices, newsletter sign-up prompts, "letter to the editor" calls, text
    obfuscated with look-alike Cyrillic letters) are dropped. When the page carries a
    schema.org ``articleBody`` much longer than what was extracted (pages that render the
    article with JavaScript), that body is used instead. A standfirst that the page shows
    (its meta description, printed in the body) but trafilatura skipped is put back first.
    The publication date prefers the page's explicit ``datePublished``/
    ``article:published_time`` metadata, then a date printed under the headline, over
    htmldate's guess; a site-name or date suffix (" | The Site", " - Site | 19.01.2020") is
    removed from the title. Measured on 30 real news pages by ``benchmarks/eval_html.py``
    (98.9% of gold main-text snippets found, 2.1% of boilerplate snippets leaking).

    Returns a dict with ``text`` (title line, blank line, then the main text, paragraphs
    separated by blank lines), ``title``, ``published`` (``YYYY-MM-DD`` or ``None``),
    ``author``, ``source`` (site name) and ``url``.

    Raises:
        EmptyTextError: no main text could be found.

    Example:
        >>> page = "<html><body><article><h1>Big news</h1><p>" + "Officials said it. " * 20 + "</p></article></body></html>"
        >>> extract_html(page)["text"][:30]
        'Big news\\n\\nOfficials said it. O'
    """
    import trafilatura

    if isinstance(html, bytes):
        html = decode_html_bytes(html, source=source)
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_formatting=False,
        favor_precision=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )
    get = (lambda k, d=None: None) if doc is None else (
        doc.get if isinstance(doc, dict) else (lambda k, d=None: getattr(doc, k, d))
    )
    body = normalise_newlines(get("text") or "")
    paras = [p for p in (line.strip() for line in body.split("\n")) if p and not _is_page_furniture(p)]
    ld = _json_ld(html)
    ld_body = _ld_article_body(ld)
    if ld_body and len(ld_body) > 2 * sum(len(p) for p in paras) + 200:
        paras = [p for p in (line.strip() for line in ld_body.split("\n")) if p]
    lede = _visible_description(html, paras)
    if lede:
        paras.insert(0, lede)
    if sum(len(p) for p in paras) < 25:  # nothing, or a stray menu word
        raise EmptyTextError(source, "no article text found in the HTML page")
    # Paragraphs from trafilatura come one per line; make them blank-line separated.
    body = "\n\n".join(paras)
    site = get("sitename") or get("hostname")
    title = (get("title") or "").strip()
    if len(title.split()) < 2:  # a stray word ("escenic", "Home") rather than a headline
        title = _meta_title(html) or title
    title = _strip_site_suffix(title, site)
    head_title = _strip_site_suffix(_head_title(html) or "", site)
    if title and len(title.split()) <= 3 and len(head_title) > len(title) and re.match(re.escape(title) + r"\s+[|\-–—:]\s", head_title):
        title = head_title  # a fragment: trafilatura cut "Macron - Scholz call ends" at the dash
    title = title or None
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return {
        "text": text,
        "title": title,
        "published": _reconcile_dates(_meta_published(html, ld) or _headline_date(html, title), get("date")),
        "author": get("author"),
        "source": site,
        "url": get("url") or url,
    }


# Paragraphs that are page furniture, not article text (checked on short paragraphs only).
_FURNITURE = re.compile(
    r"^(?:(?:read|see) (?:more|also)\b\s*[:>»|\-–]"
    r"|(?:©|\(c\)\s|copyright\b)"
    r"|our standards\s*:"
    r"|.{0,80}\b(?:sign up|subscribe)\b.{0,60}\b(?:newsletter|by e-?mail|inbox|here|for free|free sign up)\b"
    r"|(?:get|receive) (?:the|our) .{0,60}\b(?:newsletter|by e-?mail|in your inbox)"
    r"|(?:do you want|want) to (?:be informed|stay informed|get|receive|hear).{0,80}\b(?:sign up|subscribe)"
    r"|.{0,80}\b(?:submit a letter to the editor|write a letter to the editor)"
    r")",
    re.IGNORECASE,
)
_MIXED_SCRIPT_WORD = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[\u0400-\u04FF\u0370-\u03FF])\w+\b")


def _is_page_furniture(para: str) -> bool:
    """A short paragraph that is site furniture (see :func:`extract_html`)."""
    if len(para) > 400:
        return False
    if _FURNITURE.match(para):
        return True
    # Ad copy that swaps Latin letters for look-alike Cyrillic/Greek ones to dodge filters.
    return len(_MIXED_SCRIPT_WORD.findall(para)) >= 3


_LD_SCRIPT = re.compile(
    r"<script[^>]*type\s*=\s*[\"']?application/ld\+json[\"']?[^>]*>(.*?)</script>", re.IGNORECASE | re.DOTALL
)


def _json_ld(html: str) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page (``@graph`` lists flattened)."""
    out: list[dict[str, Any]] = []
    for m in _LD_SCRIPT.finditer(html):
        try:
            data = json.loads(m.group(1).strip())
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                out.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
    return out


def _ld_article_body(ld: list[dict[str, Any]]) -> str | None:
    import html as html_mod

    for item in ld:
        body = item.get("articleBody")
        if isinstance(body, str) and body.strip():
            body = re.sub(r"<[^>]+>", " ", html_mod.unescape(body))
            return normalise_newlines(body).strip()
    return None


def _visible_description(html: str, paras: list[str]) -> str | None:
    """The page's meta description when it is shown as the article's standfirst but was missed.

    Many news pages print their summary (``og:description``) under the headline as a
    standfirst; trafilatura often skips it. It is added only when the same text appears in the
    page body and is not already in the extracted paragraphs.
    """
    import html as html_mod

    m = re.search(
        r"<meta\s[^>]*(?:property|name)\s*=\s*[\"'](?:og:description|description)[\"'][^>]*content\s*=\s*\"([^\"]{40,600})\"",
        html[:300_000],
        re.IGNORECASE,
    )
    if not m:
        return None
    squash = lambda s: re.sub(r"\s+", " ", s).strip()  # noqa: E731
    desc = squash(html_mod.unescape(m.group(1)))
    if desc.endswith(("...", "…")) or desc[:60] in squash(" ".join(paras)):
        return None
    body_at = html.lower().find("<body")
    if body_at < 0:
        return None
    visible = squash(html_mod.unescape(re.sub(r"<[^>]+>", " ", html[body_at:])))
    return desc if desc in visible else None


def _head_title(html: str) -> str | None:
    """The text of the ``<title>`` element of the page head, if any."""
    import html as html_mod

    head = html[: html.lower().find("</head>")] if "</head>" in html.lower() else html[:100_000]
    m = re.search(r"<title[^>]*>(.*?)</title>", head, re.IGNORECASE | re.DOTALL)
    return re.sub(r"\s+", " ", html_mod.unescape(m.group(1))).strip() if m else None


def _meta_title(html: str) -> str | None:
    """The page's ``og:title``/``twitter:title``, if any."""
    import html as html_mod

    for m in re.finditer(r"<meta\s[^>]*(?:property|name)\s*=\s*[\"'](?:og:title|twitter:title)[\"'][^>]*>", html[:300_000], re.I):
        c = re.search(r"content\s*=\s*\"([^\"]+)\"|content\s*=\s*'([^']+)'", m.group(0), re.IGNORECASE)
        if c:
            return html_mod.unescape(c.group(1) or c.group(2)).strip()
    return None


_META_PUBLISHED = re.compile(
    r"<meta\s[^>]*(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|datePublished|"
    r"og:article:published_time|publish[_-]?date|pubdate|dc\.date\.issued)[\"'][^>]*>",
    re.IGNORECASE,
)


def _meta_published(html: str, ld: list[dict[str, Any]]) -> str | None:
    """The explicit publication date of the page metadata, ``YYYY-MM-DD``, if any."""
    candidates: list[str] = []
    for item in ld:
        value = item.get("datePublished")
        if isinstance(value, str):
            candidates.append(value)
    for m in _META_PUBLISHED.finditer(html[:300_000]):
        c = re.search(r"content\s*=\s*[\"']([^\"']+)", m.group(0), re.IGNORECASE)
        if c:
            candidates.append(c.group(1))
    for value in candidates:
        m = re.match(r"\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):\d{2}(?::[\d.]+)?\s*(Z|[+-]00:?00)?)?", value)
        if m and 1990 <= int(m.group(1)[:4]) <= 2100:
            return m.group(0).strip()
    return None


_NEAR_HEADLINE_DATE = re.compile(
    r"<time[^>]*datetime\s*=\s*[\"'](\d{4}-\d{2}-\d{2})"
    r"|\b(?:Written|Published|Posted|Date|Updated)\s*:?\s*(?:on\s+)?(\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)


def _headline_date(html: str, title: str | None) -> str | None:
    """A date printed just under the headline ("Written: 2023-11-07", ``<time datetime=...>``).

    Used only when the page has no explicit publication-date metadata: the ``<h1>`` whose text
    is the title is found and the first ISO date within the next 3,000 characters is taken.
    """
    if not title:
        return None
    key = re.sub(r"\W+", "", title.lower())[:40]
    for m in re.finditer(r"<h1[^>]*>(.*?)</h1>", html, re.IGNORECASE | re.DOTALL):
        if key and key in re.sub(r"\W+", "", re.sub(r"<[^>]+>", "", m.group(1)).lower()):
            d = _NEAR_HEADLINE_DATE.search(html, m.end(), m.end() + 3000)
            return (d.group(1) or d.group(2)) if d else None
    return None


def _reconcile_dates(meta: str | None, guessed: str | None) -> str | None:
    """Pick the publication day from explicit metadata, else from htmldate's guess.

    A UTC timestamp can fall on the next (or previous) calendar day from the date the page
    shows in its own time zone; when htmldate's date (read from the page) is exactly that
    neighbouring day, and the UTC time of day makes this possible (zones from UTC-10 to
    UTC+10), the page's own local date wins.
    """
    import datetime as dt

    if not meta:
        return guessed
    day = meta[:10]
    m = re.match(r"\d{4}-\d{2}-\d{2}[T ](\d{2}):\d{2}.*?(Z|[+-]00:?00)$", meta)
    if m and guessed:
        try:
            delta = (dt.date.fromisoformat(guessed[:10]) - dt.date.fromisoformat(day)).days
        except ValueError:
            return day
        hour = int(m.group(1))
        if (delta == -1 and hour < 10) or (delta == 1 and hour >= 14):
            return guessed[:10]
    return day


def _strip_site_suffix(title: str, site: str | None) -> str:
    """Remove trailing " | Site" / " - Site" / " | 19.01.2020" parts naming the site or a date."""
    parts = re.split(r"\s+[|\-–—]\s+", title)
    squash = lambda s: re.sub(r"[^a-z0-9]", "", s.lower())  # noqa: E731
    host = squash(re.sub(r"^www\.|\.[a-z]{2,6}$", "", (site or "").lower()))
    while len(parts) > 1:
        last = parts[-1].strip()
        suffix = squash(last)
        is_site = bool(suffix and host) and (suffix in host or host in suffix or suffix.replace("the", "", 1) == host)
        is_date = bool(re.fullmatch(r"[\d./-]{6,10}", last))
        is_acronym = bool(re.fullmatch(r"[A-Z0-9]{2,5}", last))
        if not (is_site or is_date or is_acronym) or len(" ".join(parts[:-1])) < 10:
            break
        parts.pop()
    return title[: title.rfind(parts[-1]) + len(parts[-1])].strip() if len(parts) > 1 else parts[0].strip()


def decode_html_bytes(data: bytes, *, source: str = "<html>", charset: str | None = None) -> str:
    """Decode an HTML page: a byte-order mark, else its ``<meta charset>``, else ``charset``
    (from the HTTP header), else as :func:`decode_bytes` does.

    Raises:
        BinaryContentError: the bytes are not text.
    """
    if _looks_binary(data) and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not _utf16_without_bom(data):
        raise BinaryContentError(source, "looks like a binary file, not an HTML page")
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", data[:4096], re.IGNORECASE)
    declared = m.group(1).decode("ascii") if m else charset
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return normalise_newlines(data.decode(declared, errors="replace"))
        except LookupError:
            pass
    return decode_bytes(data, source=source)


def _is_html_document(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in text)


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    if _is_html_document(text):
        return True
    # an HTML fragment ("<p>...</p><p>...</p>"), as pasted from a page or stored in a corpus
    return head.startswith("<") and bool(re.search(r"</(?:p|div|article|section|h[1-6])>", text[:5000], re.IGNORECASE))


# --------------------------------------------------------------------------------------------
# URLs
# --------------------------------------------------------------------------------------------


def fetch_url(
    url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_FETCH_BYTES
) -> tuple[bytes, str]:
    """GET ``url`` with a timeout and a size cap; return ``(body, content_type)``.

    Only ``text/html``, ``application/xhtml+xml`` and ``text/plain`` are accepted.

    Raises:
        FetchError: timeout, connection or HTTP error, a body over ``max_bytes``, or a
            content type that is not text.
    """
    req = urllib.request.Request(url, headers={"User-Agent": "presslens (+https://github.com/presslens)"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - http(s) only
            ctype = (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype and ctype not in ("text/html", "application/xhtml+xml", "text/plain"):
                raise FetchError(url, f"content type {ctype!r} is not an HTML page or plain text")
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(url, f"page is {int(length):,} bytes, over the {max_bytes:,}-byte limit")
            # Read in chunks under one overall deadline: a server that drips bytes slowly cannot
            # keep us waiting longer than ``timeout`` in total.
            chunks: list[bytes] = []
            size = 0
            deadline = time.monotonic() + timeout
            while True:
                chunk = resp.read1(min(65536, max_bytes + 1 - size))  # what has arrived, not a full block
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(url, f"page is over the {max_bytes:,}-byte limit")
                if time.monotonic() > deadline:
                    raise FetchError(url, f"timed out after {timeout:g} s")
            body = b"".join(chunks)
            charset = resp.headers.get_content_charset()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(url, f"HTTP error {exc.code} {exc.reason}") from exc
    except TimeoutError as exc:
        raise FetchError(url, f"timed out after {timeout:g} s") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise FetchError(url, f"timed out after {timeout:g} s") from exc
        raise FetchError(url, f"cannot connect: {reason}") from exc
    except OSError as exc:
        raise FetchError(url, f"network error: {exc}") from exc
    if charset:
        ctype = f"{ctype}; charset={charset}"
    return body, ctype


# --------------------------------------------------------------------------------------------
# load_article
# --------------------------------------------------------------------------------------------


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
) -> Article:
    _check_text(text, source_label)
    lang = meta.get("language")
    if not lang:
        lang = guess_language(text)
        if lang != "en":
            warnings.warn(
                f"{source_label}: the text does not look like English; tone, actors and timeline "
                "are built for English news and may be meaningless here",
                LanguageWarning,
                stacklevel=3,
            )
    pub = published if published is not None else meta.get("published", meta.get("date"))
    known = {"title", "published", "date", "source", "url", "author", "language", "id"}
    return Article(
        text=text,
        title=title or meta.get("title") or _headline(text),
        published=parse_date(pub, source=source_label),
        source=source_name or meta.get("source") or None,
        url=url or meta.get("url") or None,
        author=meta.get("author") or None,
        language=str(lang),
        path=path,
        id=str(article_id or meta.get("id") or ""),
        meta={k: v for k, v in meta.items() if k not in known},
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
        timeout, max_bytes: limits for URL fetches.

    Returns:
        The :class:`~toolkit.article.Article`.

    Raises:
        toolkit.errors.LoadError: (and subclasses) naming the source and the problem.

    Example:
        >>> art = load_article("Headline\\n\\nFirst sentence. Second one.")
        >>> len(art.sentences)
        3
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
    if _URL.match(source.strip()) and "\n" not in source.strip():
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
    merged = {k: v for k, v in ext.items() if k != "text" and v}
    merged.update(meta or {})
    return _build(ext["text"], source_label=label, meta=merged, path=path, **kwargs)


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
    if suffix in HTML_EXTENSIONS:
        if _looks_binary(data):
            raise BinaryContentError(label, "looks like a binary file, not HTML")
        return _from_html(decode_html_bytes(data, source=label), label, kwargs, meta=meta, path=label)
    text = decode_bytes(data, source=label)
    return _build(text, source_label=label, meta=meta, path=label, **kwargs)


# --------------------------------------------------------------------------------------------
# Corpora
# --------------------------------------------------------------------------------------------


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
