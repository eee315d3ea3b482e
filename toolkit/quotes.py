"""Quotations: where the quoted words are (and, with attribution, who said them).

:func:`quote_spans` finds the spans of text inside quotation marks — curly (“…”, ‘…’) and straight
("…") — including quotes that span several sentences and the news convention of a quote that
continues into the next paragraph (the first paragraph has no closing mark, the next one opens
again).

Example:
    >>> from toolkit import load_article
    >>> art = load_article('He said: “We will talk. Soon.” Then he left.')
    >>> quote_spans(art)[["start", "end", "text"]].values.tolist()
    [[9, 31, '“We will talk. Soon.”']]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from .article import Article

__all__ = ["quote_spans", "QUOTE_SPAN_COLUMNS"]

QUOTE_SPAN_COLUMNS = ["quote_id", "start", "end", "text", "para_start", "para_end"]

# A straight double quote opens when preceded by start/space/opening bracket, closes otherwise.
_OPEN_STRAIGHT = re.compile(r'(?:(?<=^)|(?<=[\s(\[—–-]))"(?=\S)')


def _para_bounds(article: Article) -> list[tuple[int, int]]:
    p = article.paragraphs
    return list(zip(p["start"].tolist(), p["end"].tolist(), strict=True))


def _find_in_paragraph(text: str, a: int, b: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quote spans in ``text[a:b]`` and the offset of an unclosed opening mark, if any."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    open_char = ""
    i = a
    while i < b:
        ch = text[i]
        if open_at is None:
            if ch == "“" or ch == "«":
                open_at, open_char = i, ch
            elif ch == '"' and (i == a or text[i - 1].isspace() or text[i - 1] in "([—–-:") and i + 1 < b and not text[i + 1].isspace():
                open_at, open_char = i, ch
        else:
            closes = (
                (open_char == "“" and ch in "”\"")
                or (open_char == "«" and ch == "»")
                or (open_char == '"' and ch in '"”')
            )
            if closes:
                spans.append((open_at, i + 1))
                open_at = None
            elif open_char == '"' and ch == "“":
                open_at, open_char = i, ch
        i += 1
    return spans, open_at


def quote_spans(article: Article) -> pd.DataFrame:
    """Spans of quoted text, quotation marks included.

    Returns:
        DataFrame with ``quote_id``, ``start``, ``end`` (offsets into ``article.text``),
        ``text``, and ``para_start``/``para_end`` (the paragraphs the quote starts and ends in;
        they differ for a quote continued into the next paragraph). Single-quoted scare quotes
        in headlines (‘Serious’) count as quotes too.
    """
    text = article.text
    bounds = _para_bounds(article)
    rows: list[tuple[int, int, int, int]] = []
    carry: tuple[int, int] | None = None  # (start offset, para) of a quote continued from before
    for pid, (a, b) in enumerate(bounds):
        spans, open_at = _find_in_paragraph(text, a, b)
        first_open = text[a] in "“\"«" if a < b else False
        if carry is not None:
            if first_open and spans and spans[0][0] == a:
                # The continued quote closes in this paragraph.
                rows.append((carry[0], spans[0][1], carry[1], pid))
                spans = spans[1:]
            elif first_open and open_at == a:
                open_at = None  # continues further; keep carrying
                carry = carry
                rows.extend((s, e, pid, pid) for s, e in spans)
                continue
            else:
                rows.append((carry[0], bounds[carry[1]][1], carry[1], carry[1]))
            carry = None
        rows.extend((s, e, pid, pid) for s, e in spans)
        if open_at is not None:
            nxt = bounds[pid + 1][0] if pid + 1 < len(bounds) else None
            if nxt is not None and text[nxt] in "“\"«":
                carry = (open_at, pid)
            else:
                rows.append((open_at, b, pid, pid))  # unclosed to the end of the paragraph
        # single curly quotes (‘…’) used as quotes, not apostrophes
        for m in re.finditer(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘([^’\n]{1,200}?)’(?![\w])", text[a:b]):
            s, e = a + m.start(), a + m.end()
            if not any(rs <= s < re_ for rs, re_, *_ in rows):
                rows.append((s, e, pid, pid))
    if carry is not None:
        rows.append((carry[0], bounds[carry[1]][1], carry[1], carry[1]))
    rows.sort()
    return pd.DataFrame(
        {
            "quote_id": pd.array(range(len(rows)), dtype="int64"),
            "start": pd.array([r[0] for r in rows], dtype="int64"),
            "end": pd.array([r[1] for r in rows], dtype="int64"),
            "text": [text[r[0] : r[1]] for r in rows],
            "para_start": pd.array([r[2] for r in rows], dtype="int64"),
            "para_end": pd.array([r[3] for r in rows], dtype="int64"),
        },
        columns=QUOTE_SPAN_COLUMNS,
    )
