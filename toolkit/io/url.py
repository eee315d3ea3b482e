"""Fetching a page over HTTP(S): timeout, overall deadline, size cap, content type.

Example:
    >>> body, ctype = fetch_url("https://example.org/story")     # doctest: +SKIP
    >>> ctype                                                     # doctest: +SKIP
    'text/html; charset=utf-8'
"""

from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
import zlib

from toolkit.errors import FetchError

__all__ = ["fetch_url", "is_url", "MAX_FETCH_BYTES", "FETCH_TIMEOUT"]

#: Largest page :func:`fetch_url` reads (bytes).
MAX_FETCH_BYTES = 10 * 1024 * 1024
#: Default network timeout (seconds).
FETCH_TIMEOUT = 20.0
_URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)


def is_url(source: str) -> bool:
    """Whether ``source`` is one ``http(s)://`` URL (and nothing else).

    Example:
        >>> is_url("https://example.org/a"), is_url("see https://example.org/a")
        (True, False)
    """
    s = source.strip()
    return "\n" not in s and bool(_URL.match(s))


def fetch_url(
    url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_FETCH_BYTES
) -> tuple[bytes, str]:
    """GET ``url`` with a timeout and a size cap; return ``(body, content_type)``.

    Only ``text/html``, ``application/xhtml+xml`` and ``text/plain`` are accepted. A body sent
    with ``Content-Encoding: gzip`` (or ``deflate``) is decompressed, within ``max_bytes`` too.
    Every error message is one line (a redirect loop included).

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
            encoding = (resp.headers.get("Content-Encoding") or "").strip().lower()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400 and "infinite loop" in str(exc.msg):
            # urllib's own message spans three lines ("...infinite loop.\nThe last 30x error...").
            raise FetchError(url, f"too many redirects (a redirect loop; the last one was HTTP {exc.code})") from exc
        raise FetchError(url, f"HTTP error {exc.code} {_one_line(exc.reason)}") from exc
    except TimeoutError as exc:
        raise FetchError(url, f"timed out after {timeout:g} s") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            raise FetchError(url, f"timed out after {timeout:g} s") from exc
        raise FetchError(url, f"cannot connect: {_one_line(reason)}") from exc
    except OSError as exc:
        raise FetchError(url, f"network error: {_one_line(exc)}") from exc
    body = _content_decode(body, encoding, url=url, max_bytes=max_bytes)
    if charset:
        ctype = f"{ctype}; charset={charset}"
    return body, ctype


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _content_decode(body: bytes, encoding: str, *, url: str, max_bytes: int) -> bytes:
    """Undo a ``Content-Encoding`` (gzip, deflate) within ``max_bytes``; identity passes through."""
    if encoding in ("", "identity"):
        return body
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflater = zlib.decompressobj(wbits=47 if encoding != "deflate" else 15)
        try:
            out = inflater.decompress(body, max_bytes + 1)
        except zlib.error:
            if encoding != "deflate":
                raise FetchError(url, f"the {encoding}-compressed page is broken") from None
            try:  # "deflate" is sometimes sent raw, without the zlib header
                out = zlib.decompressobj(wbits=-15).decompress(body, max_bytes + 1)
            except zlib.error:
                raise FetchError(url, "the deflate-compressed page is broken") from None
        if len(out) > max_bytes:
            raise FetchError(url, f"page expands past the {max_bytes:,}-byte limit when decompressed")
        return out
    raise FetchError(url, f"the page is sent with Content-Encoding {encoding!r}, which Presslens cannot decode")
