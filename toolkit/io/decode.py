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
import warnings
import zlib
from collections.abc import Iterable
from itertools import filterfalse

from toolkit.errors import (
    BinaryContentError,
    DecodeError,
    DecodeWarning,
    EmptyTextError,
    TextTooLongError,
)

__all__ = [
    "decode_bytes",
    "decode_line",
    "gunzip",
    "guess_language",
    "normalise_newlines",
    "plan_decoding",
    "MAX_DECODED_BYTES",
]

#: Largest text a gzip-compressed input may expand to (bytes): a "zip bomb" stops here.
MAX_DECODED_BYTES = 10 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"

#: ("a" and "as" are left out: Portuguese, Spanish and Italian use them as much, and read as English with them)
_FUNCTION_WORDS_TEXT = (
    "the of and to in is that for on with was by at he it from his said be are has have "
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
    Windows-1252/latin-1 legacy text, other legacy encodings that charset-normalizer recognises;
    gzip-compressed bytes are decompressed first (up to :data:`MAX_DECODED_BYTES`).

    UTF-8 is tried first, line by line: a file mixing UTF-8 and cp1252 lines keeps every line
    readable and a :class:`~toolkit.errors.DecodeWarning` says how many lines were not UTF-8.
    A legacy encoding other than Windows-1252 (Shift-JIS, GB18030, Big5, EUC-KR, cp1251...) is
    decoded as detected, with a warning; bytes that read as no encoding are an error rather
    than mojibake. Line endings are normalised to ``\\n``; nothing else is changed.

    Raises:
        BinaryContentError: the bytes are not text (NUL bytes, file signatures, control codes).
        DecodeError: the bytes decode under no supported encoding, or a gzip stream is broken
            or expands past the cap.

    Example:
        >>> decode_bytes("café – “quoted”".encode("cp1252"))
        'café – “quoted”'
        >>> import gzip
        >>> decode_bytes(gzip.compress(b"Hello"))
        'Hello'
    """
    data = gunzip(data, source=source)
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
        return normalise_newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    encoding = plan_decoding(lines, source=source)
    return normalise_newlines("\n".join(decode_line(raw, encoding) for raw in lines))


def gunzip(data: bytes, *, source: str = "<bytes>", max_bytes: int | None = None) -> bytes:
    """Decompress ``data`` when it is a gzip stream (by its magic bytes), else return it as is.

    At most ``max_bytes`` (default :data:`MAX_DECODED_BYTES`) are produced: a small compressed
    file that expands to gigabytes is refused, not unpacked.

    Raises:
        DecodeError: a broken gzip stream, or one that expands past the cap.

    Example:
        >>> import gzip
        >>> gunzip(gzip.compress(b"text")), gunzip(b"text")
        (b'text', b'text')
    """
    if not data.startswith(_GZIP_MAGIC):
        return data
    cap = MAX_DECODED_BYTES if max_bytes is None else max_bytes
    inflater = zlib.decompressobj(wbits=47)  # 32 + 15: gzip or zlib header
    try:
        out = inflater.decompress(data, cap + 1)
    except zlib.error as exc:
        raise DecodeError(source, f"is gzip-compressed but the stream is broken ({exc})") from exc
    if len(out) > cap:
        raise DecodeError(source, f"is gzip-compressed and expands past the {cap:,}-byte limit")
    if out.startswith(_GZIP_MAGIC):
        raise BinaryContentError(source, "is gzip-compressed twice; not a text page")
    return out


# Legacy encodings other than Windows-1252 that charset-normalizer is asked to recognise.
_LEGACY_CANDIDATES = [
    "cp932", "euc_jp", "iso2022_jp", "gb18030", "big5", "cp949", "euc_kr",
    "cp1251", "koi8_r", "cp1253", "cp1255", "cp1256", "cp874", "cp1250", "cp1254", "cp1257",
]  # fmt: skip
_WESTERN = "cp1252"
_MIXED = "utf-8|cp1252"


def plan_decoding(lines: Iterable[bytes], *, source: str = "<bytes>") -> str:
    """Choose how to decode a text given as lines of bytes; returns a name for
    :func:`decode_line`. Warns (:class:`~toolkit.errors.DecodeWarning`) when the text is not
    UTF-8 throughout but mixes in Windows-1252 lines, or is in another legacy encoding.

    Windows-1252 text has its non-ASCII letters one at a time between ASCII ones ("café",
    "“quoted”"); double-byte (Shift-JIS, GB18030...) and non-Latin single-byte text (cp1251)
    has them in runs. Text that is mostly runs is handed to charset-normalizer.

    Raises:
        DecodeError: the non-UTF-8 lines read as no known encoding.

    Example:
        >>> plan_decoding([b"plain", "café".encode("utf-8")])
        'utf-8'
    """
    utf8_lines = bad_lines = 0
    sample = bytearray()
    for raw in lines:
        if raw.isascii():
            continue
        try:
            raw.decode("utf-8")
            utf8_lines += 1
        except UnicodeDecodeError:
            bad_lines += 1
            if len(sample) < 65536:
                sample += raw + b"\n"
    if not bad_lines:
        return "utf-8"
    if _looks_western(bytes(sample)):
        if utf8_lines:
            _warn(
                f"{source}: {bad_lines:,} line(s) are not UTF-8 (the other {utf8_lines:,} non-ASCII "
                "line(s) are); they were read as Windows-1252 (cp1252)"
            )
            return _MIXED
        return _WESTERN
    encoding = _detect(bytes(sample))
    if encoding is None:
        raise DecodeError(
            source, "is not UTF-8 and reads as no known encoding (not Windows-1252 either); save it as UTF-8"
        )
    _warn(f"{source}: not UTF-8; decoded as {encoding} (detected by charset-normalizer); save it as UTF-8 to be sure")
    return encoding


def decode_line(raw: bytes, encoding: str) -> str:
    """Decode one line as :func:`plan_decoding` decided: UTF-8 first, then the legacy encoding
    (cp1252, with latin-1 for the five bytes cp1252 leaves undefined, so nothing is lost).

    Example:
        >>> decode_line("naïve €".encode("cp1252"), "utf-8|cp1252")
        'naïve €'
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        if encoding in ("utf-8", _WESTERN, _MIXED):
            return raw.decode("cp1252") if _cp1252_ok(raw) else raw.decode("latin-1")
        return raw.decode(encoding, errors="replace")


def _looks_western(sample: bytes) -> bool:
    """Do the non-ASCII bytes stand alone (Windows-1252 letters and punctuation) rather than in
    runs (multi-byte or non-Latin text)?"""
    high = [b >= 0x80 for b in sample]
    n = sum(high)
    if n < 4:
        return True
    in_runs = sum(
        1 for i, h in enumerate(high) if h and ((i > 0 and high[i - 1]) or (i + 1 < len(high) and high[i + 1]))
    )
    return in_runs / n < 0.7


def _detect(sample: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with trafilatura/requests
        return None
    best = from_bytes(sample, cp_isolation=_LEGACY_CANDIDATES).best()
    if best is None or best.chaos > 0.2:
        return None
    return str(best.encoding)


def _warn(message: str) -> None:
    warnings.warn(message, DecodeWarning, stacklevel=4)


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


#: The longest text :func:`toolkit.load_article` accepts as one article: 5 million characters
#: (about 900,000 words; the longest news features are well under 100,000 characters). Every
#: analysis is linear in the text's length, so this is a limit of sense, not of speed: a longer
#: text is a corpus (split it into articles and use :func:`toolkit.load_corpus`).
MAX_ARTICLE_CHARS = 5_000_000


def _check_text(text: str, source: str) -> str:
    if not text.strip():
        raise EmptyTextError(source, "the text is empty or whitespace only")
    if len(text) > MAX_ARTICLE_CHARS:
        raise TextTooLongError(
            source,
            f"{len(text):,} characters is more than one article can be (limit {MAX_ARTICLE_CHARS:,}); "
            "split it into articles and use load_corpus",
        )
    return text


_MARKUP_ATTRIBUTE = re.compile(r"""[\w:-]+=(?:"[^"]*"|'[^']*')""")


def guess_language(text: str) -> str:
    """``"en"`` when the text reads as English, else ``"und"``: at least 12% of its lower-case words and
    capitalised function words ("The", "In") are English function words. Other capitalised words are left out:
    names say nothing of the language, and a short English text full of them ("Mayor Ana Ruiz praised Tom Okafor.
    Senator Jane Smith assailed Governor Lee Park over the plan.": 1 function word in 16 words) read as foreign.
    Fewer than 8 lower-case words: too little to tell, "en". Markup attributes left in the text (a wiki table's
    'style="background:…"') are no words."""
    head = text[:20000]
    if '="' in head or "='" in head:  # markup left in the text ('style="background:#FFB6B6"' in a wiki table)
        head = _MARKUP_ATTRIBUTE.sub(" ", head)
    every = re.findall(r"[^\W\d_]+", head)
    words = list(filter(str.islower, every))  # (C loops: ~10x a comprehension)
    if len(words) < 8:
        return "en"
    # a capitalised function word counts ("The minister spoke."); other capitalised words do not
    opening = sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, map(str.lower, filterfalse(str.islower, every))))
    share = (sum(map(_ENGLISH_FUNCTION_WORDS.__contains__, words)) + opening) / (len(words) + opening)
    return "en" if share >= 0.12 else "und"
