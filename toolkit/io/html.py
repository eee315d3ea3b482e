"""HTML pages: main-text extraction with trafilatura, metadata, decoding of page bytes.

Example:
    >>> page = "<html><body><article><h1>Big news</h1><p>" + "Officials said it. " * 20 + "</p></article></body></html>"
    >>> extract_html(page)["title"]
    'Big news'
"""

from __future__ import annotations

import codecs
import json
import re
from itertools import islice
from typing import Any

from toolkit.errors import BinaryContentError, EmptyTextError
from toolkit.io.decode import (
    _looks_binary,
    _utf16_without_bom,
    decode_bytes,
    gunzip,
    normalise_newlines,
)

__all__ = ["extract_html", "decode_html_bytes"]


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
    ``author``, ``source_name`` (the site's name) and ``url``.

    Raises:
        EmptyTextError: no main text could be found.

    Example:
        >>> page = "<html><body><article><h1>Big news</h1><p>" + "Officials said it. " * 20 + "</p></article></body></html>"
        >>> extract_html(page)["text"][:30]
        'Big news\\n\\nOfficials said it. O'
    """

    if isinstance(html, bytes):
        html = decode_html_bytes(html, source=source)
    doc = _trafilatura(html, url)
    depth = 0
    if _too_little(doc) and _LIBXML_DEPTH < (depth := _nesting_depth(html)) <= _LIBXML_HUGE_DEPTH:
        # libxml2 stops reading at 256 nested elements unless asked for a "huge" tree.
        tree = _huge_tree(html)
        doc = _trafilatura(html if tree is None else tree, url)
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
        if depth > _LIBXML_HUGE_DEPTH:
            raise EmptyTextError(
                source,
                f"no article text found in the HTML page: its elements nest about {depth:,} levels "
                f"deep, more than the {_LIBXML_HUGE_DEPTH:,} levels the HTML parser reads",
            )
        if depth > _LIBXML_DEPTH:
            raise EmptyTextError(
                source,
                f"no article text found in the HTML page, even read past the usual 255-level limit "
                f"(its elements nest about {depth:,} levels deep)",
            )
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
    title = _page_headline(html, title) if title else None
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    return {
        "text": text,
        "title": title,
        "published": _reconcile_dates(_meta_published(html, ld) or _headline_date(html, title), get("date")),
        "author": get("author"),
        "source_name": site,
        "url": get("url") or url,
    }


def _trafilatura(html: Any, url: str | None) -> Any:
    import trafilatura

    return trafilatura.bare_extraction(
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


def _too_little(doc: Any) -> bool:
    text = (doc.get("text") if isinstance(doc, dict) else getattr(doc, "text", None)) if doc is not None else None
    return len((text or "").strip()) < 25


#: Nesting depth at which libxml2's HTML parser stops (and with its "huge" option).
_LIBXML_DEPTH = 255
_LIBXML_HUGE_DEPTH = 2048
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"])
_TAG = re.compile(r"<(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>")


def _nesting_depth(html: str) -> int:
    """Roughly how deep the page's elements nest (the deepest open-tag stack)."""
    depth = deepest = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in _VOID or m.group(3):
            continue
        depth = max(0, depth - 1) if m.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _huge_tree(html: str) -> Any:
    """The page parsed by lxml without libxml2's 256-level depth limit (``None`` on failure)."""
    try:
        import lxml.etree
        import lxml.html

        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True)
        return lxml.html.document_fromstring(html, parser=parser)
    except (ValueError, lxml.etree.LxmlError):
        return None


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


_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TITLE_WORD = re.compile(r"[^\W_]{3,}|\d+")


def _page_headline(html: str, title: str) -> str:
    """The headline the page shows (its ``<h1>``) when it is a version of ``title``, else ``title``.

    Publishers often give the social-media title (``og:title``, which the extractor reads first) other
    words than the headline on the page ("Falsely reporting a coronavirus contact … will receive £1,000
    fine" against the page's "Coronavirus: £1,000 fine for falsely reporting a contact …"); a reader,
    and a study of headlines, sees the page's. An ``<h1>`` counts only when it shares at least 60% of
    the shorter one's words with ``title`` (not a site name, a section label or a browser notice),
    and not when it contains ``title`` whole (a section label before it: "Politics | …").
    """
    import html as html_mod

    words = set(_TITLE_WORD.findall(title.casefold()))
    if not words:
        return title
    for m in islice(_H1.finditer(html, 0, 2_000_000), 5):
        shown = re.sub(r"\s+", " ", html_mod.unescape(re.sub(r"<[^>]+>", " ", m.group(1)))).strip()
        if not 3 <= len(shown.split()) <= 40:
            continue
        if title.casefold() in shown.casefold():
            return title
        h1_words = set(_TITLE_WORD.findall(shown.casefold()))
        if h1_words and len(words & h1_words) >= 0.6 * min(len(words), len(h1_words)):
            return shown
    return title


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
    (from the HTTP header), else as :func:`decode_bytes` does. Gzip-compressed bytes are
    decompressed first (:func:`~toolkit.io.decode.gunzip`, with its size cap).

    Raises:
        BinaryContentError: the bytes are not text.
    """
    data = gunzip(data, source=source)
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
