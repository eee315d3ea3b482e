"""Bytes to text: byte-order marks, UTF-8/16/32, legacy Windows text, gzip, mixed files.

Nothing is returned as mojibake silently: UTF-8 is tried first, line by line when the file is
not UTF-8 throughout (a file mixing UTF-8 and cp1252 lines keeps both readable, with a
:class:`~toolkit.errors.DecodeWarning`), a text in another legacy encoding (Shift-JIS, GB18030,
KOI8-R...) is recognised by charset-normalizer and decoded as such (with a warning), and
bytes that read as nothing are a :class:`~toolkit.errors.DecodeError`.

Example:
    >>> decode_bytes("naïve €".encode("utf-8") + b"\\n" + "naïve €".encode("cp1252"))  # doctest: +SKIP
    'naïve €\\nnaïve €'
"""

from __future__ import annotations

import codecs
import re

from toolkit.errors import BinaryContentError, DecodeError, EmptyTextError

__all__ = [
    "decode_bytes",
    "guess_language",
    "normalise_newlines",
]

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
