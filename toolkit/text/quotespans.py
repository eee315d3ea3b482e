"""Quotations as text: where the quoted words are (who said them is :mod:`toolkit.entities.quotes`).

:func:`quote_spans` finds the spans of text inside quotation marks — curly (“…”, ‘…’) and straight
("…") — including quotes that span several sentences and the news convention of a quote that
continues into the next paragraph (the first paragraph has no closing mark, the next one opens
again), and the turns of an interview printed as a transcript ("Q: …", "Stiell: …"; the words after
the label, when the turn holds no quotation marks of its own).

Example:
    >>> from toolkit import load_article
    >>> art = load_article('He said: “We will talk. Soon.” Then he left.')
    >>> quote_spans(art)[["start", "end", "text"]].values.tolist()
    [[9, 30, '“We will talk. Soon.”']]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from toolkit._memo import cached_on_article

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = ["quote_spans", "QUOTE_SPAN_COLUMNS", "transcript_turns", "INTERVIEWER_LABELS"]

QUOTE_SPAN_COLUMNS = ["quote_id", "start", "end", "text", "para_start", "para_end"]

# A straight double quote opens when preceded by start/space/opening bracket, closes otherwise.
_OPEN_STRAIGHT = re.compile(r'(?:(?<=^)|(?<=[\s(\[—–-]))"(?=\S)')
_MARK = re.compile('[“”"«»]')
_HEADLINE_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(]))'(?=\w\w)([^'\n]{2,150}?)(?<=[\w.!?])'(?=[\s:,;.!?]|$)")
#: a quote in straight single marks, in an article that quotes so (an apostrophe before a letter stays inside: "it's";
#: the closing mark follows a letter or a stop and no letter follows it)
_STRAIGHT_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–:-]))'(?=[^\s'])((?:[^'\n]|'(?=\w))*?)(?<=[\w.!?,;…])'(?!\w)")
_STRAIGHT_SINGLE_OPEN = re.compile(r"(?:^|[\s(:—–-])'(?=[A-Z])", re.M)
_SINGLE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘([^’\n]{1,200}?)’(?![\w])")


def _para_bounds(article: Article) -> list[tuple[int, int]]:
    from toolkit.text.segment import paragraph_rows

    return [(r[1], r[2]) for r in paragraph_rows(article)]


def _find_in_paragraph(text: str, a: int, b: int) -> tuple[list[tuple[int, int]], int | None]:
    """Closed quote spans in ``text[a:b]`` and the offset of an unclosed opening mark, if any."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    open_char = ""
    for mark in _MARK.finditer(text, a, b):  # only quotation marks matter: jump between them
        i = mark.start()
        ch = text[i]
        if open_at is None:
            if ch == "“" or ch == "«":  # noqa: SIM114 - kept apart for readability
                open_at, open_char = i, ch
            elif ch == '"' and (i == a or text[i - 1].isspace() or text[i - 1] in "([—–-:" or (
                    text[i - 1] in ";.!?" and i + 1 < b and text[i + 1].isupper())) and i + 1 < b \
                    and not text[i + 1].isspace():  # (also glued to a semicolon or a sentence's end before a capital:
                # 'in Iraq;"The …', 'the American public."I consider …')
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
    return spans, open_at


@cached_on_article
def _quote_span_columns(article: Article) -> dict[str, list[Any]]:
    """:func:`quote_spans` as plain column lists (keys in ``QUOTE_SPAN_COLUMNS`` order; read-only)."""
    text = article.text
    rows = _span_rows(article)
    return {
        "quote_id": list(range(len(rows))),
        "start": [r[0] for r in rows],
        "end": [r[1] for r in rows],
        "text": [text[r[0] : r[1]] for r in rows],
        "para_start": [r[2] for r in rows],
        "para_end": [r[3] for r in rows],
    }


@cached_on_article
def quote_spans(article: Article) -> pd.DataFrame:
    """Spans of quoted text, quotation marks included.

    Returns:
        DataFrame with ``quote_id``, ``start``, ``end`` (offsets into ``article.text``),
        ``text``, and ``para_start``/``para_end`` (the paragraphs the quote starts and ends in;
        they differ for a quote continued into the next paragraph). Single-quoted scare quotes
        in headlines (‘Serious’) count as quotes too.

    Example:
        >>> from toolkit import load_article
        >>> quote_spans(load_article('Talks\\n\\n“Soon,” she said.'))["text"].tolist()
        ['“Soon,”']
    """
    c = _quote_span_columns(article)
    i64 = "int64"
    return pd.DataFrame(
        {
            "quote_id": np.arange(len(c["quote_id"]), dtype=i64),
            "start": np.array(c["start"], dtype=i64),
            "end": np.array(c["end"], dtype=i64),
            "text": list(c["text"]),
            "para_start": np.array(c["para_start"], dtype=i64),
            "para_end": np.array(c["para_end"], dtype=i64),
        }  # keys in QUOTE_SPAN_COLUMNS order (columns= would reindex)
    )


class _Inside:
    """``_Inside(rows)(p)`` is ``any(s <= p < e for s, e, *_ in rows)``, by a bisect over the rows
    sorted by start with the furthest end so far (no scan of every row per point)."""

    def __init__(self, rows: list[tuple[int, int, int, int]]) -> None:
        ordered = sorted(rows)
        self.starts = [r[0] for r in ordered]
        self.reach = list(accumulate((r[1] for r in ordered), max))

    def __call__(self, p: int) -> bool:
        i = bisect_right(self.starts, p)
        return i > 0 and self.reach[i - 1] > p


#: A speaker's label opening a paragraph of an interview transcript ("Q: …", "Stiell: …", "Jane Doe: …").
_TURN_LABEL = re.compile(r"(?:(Q|A|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}):|\(\(([A-Z][^()\n]{0,40})\)\))[ \t]+(?=\S)")
#: Labels that head a note, not a turn of speech ("Update: …", "Photo: …", "Editor's note: …").
_NOT_SPEAKERS = frozenset(["Update", "Updated", "Note", "Editor's note", "Editor’s note", "Photo", "Photos", "Image",
                           "Caption", "Credit", "Source", "Sources", "Read more", "Related", "See also", "Watch",
                           "Listen", "Video", "Correction", "Clarification", "Disclaimer", "Warning", "Background",
                           "Analysis", "Opinion", "Comment", "Live", "Breaking", "Exclusive", "Pictured", "Contact",
                           "Email", "Tel", "Phone", "Website", "Twitter", "Follow", "Tags", "Topics", "Filed under",
                           "Published", "Posted", "Date", "Time", "Location", "Where", "When", "Why", "How", "What",
                           "Who", "Summary", "Key points", "Highlights", "Transcript"])
#: Labels of the interviewer's turns.
INTERVIEWER_LABELS = frozenset(["Q", "Question", "Interviewer"])


@cached_on_article
def transcript_turns(article: Article) -> list[tuple[int, int, int, str]]:
    """The turns of an interview printed as a transcript: ``(label_start, text_start, paragraph_end, label)`` of
    every paragraph opening with a speaker's label and a colon ("Q: Are countries on track?", "Stiell: No.") or
    in Wikinews' double brackets ("((WN)) How …?", a question: label "Q"; "((Aparna Garg)) Yeah, …").

    An article is a transcript when at least four paragraphs open with such labels and at least two labels
    recur, or "Q" opens two of them; labels of notes ("Update:", "Photo:") are no speakers. Empty otherwise.

    Example:
        >>> from toolkit import load_article
        >>> art = load_article("Interview\\n\\nQ: Why?\\n\\nDoe: Because.\\n\\nQ: When?\\n\\nDoe: Now.")
        >>> [(label, art.text[s:e]) for _, s, e, label in transcript_turns(art)]
        [('Q', 'Why?'), ('Doe', 'Because.'), ('Q', 'When?'), ('Doe', 'Now.')]
    """
    text = article.text
    if text.find(": ") < 0 and text.find("((") < 0:
        return []  # (no label anywhere: most articles)
    turns = []
    run = longest = 0  # turns in consecutive paragraphs
    for a, b in _para_bounds(article):
        m = _TURN_LABEL.match(text, a, b)
        if m is not None and m.group(1) not in _NOT_SPEAKERS and m.end() < b and not text.startswith("http", m.end()):
            # (not a link: "AP NBA: https://apnews.com/hub/NBA")
            label = m.group(1) or m.group(2).strip()
            turns.append((a, m.end(), b, "Q" if label in ("WN", "Wikinews") else label))
            # (Wikinews prints its interviews "((WN)) How did you …", "((Aparna Garg)) Yeah, …")
            run += 1
            longest = max(longest, run)
        elif a < b:
            run = 0
    if len(turns) < 4:
        return []
    counts: dict[str, int] = {}
    for t in turns:
        counts[t[3]] = counts.get(t[3], 0) + 1
    if counts.get("Q", 0) < 2 and (sum(1 for c in counts.values() if c >= 2) < 2 or longest < 3):
        # (nor a match report's notes on each side, two at a time under headings: "Takeaways\n\nLakers: Austin
        # Reaves was held to eight points …\n\nWarriors: Buddy Hield …\n\nUp next\n\nLakers: Host …")
        return []
    return turns


@cached_on_article
def _span_rows(article: Article) -> list[tuple[int, int, int, int]]:
    """``(start, end, para_start, para_end)`` of every quote, sorted (shared by
    :func:`quote_spans` and :func:`quotes`): the spans in quotation marks, and the turns of an interview
    printed as a transcript (:func:`transcript_turns`) that hold none."""
    rows = _mark_rows(article)
    turns = transcript_turns(article)
    if turns:
        bounds = _para_bounds(article)
        quoted = {r[2] for r in rows} | {r[3] for r in rows}
        starts = [a for a, _ in bounds]
        for a, s, e, _label in turns:
            pid = bisect_right(starts, a) - 1
            if pid not in quoted:
                rows.append((s, len(article.text[:e].rstrip()), pid, pid))
        rows.sort()
    return rows


def _mark_rows(article: Article) -> list[tuple[int, int, int, int]]:
    """:func:`_span_rows`' spans in quotation marks."""
    text = article.text
    rows: list[tuple[int, int, int, int]] = []
    has_single = "‘" in text
    if not has_single and _MARK.search(text) is None:
        # no double quotation mark anywhere: no paragraph can hold or continue a quote but in the headline …
        if "'" not in text:
            return rows
        bounds = _para_bounds(article)
        if len(_STRAIGHT_SINGLE_OPEN.findall(text)) >= 2 or sum(
                1 for m in _STRAIGHT_SINGLE.finditer(text) if " " in m.group(1).strip()) >= 2:
            # (or two quotes of several words each, whatever their first letter: "revealed a plot to 'bomb London
            # pubs, restaurants and possibly railway stations'")
            # … unless the article quotes in straight single marks throughout (some British and Irish papers:
            # "said: 'We will not back down.'"): two or more marks opening before a capital, and no other mark
            for pid, (a, b) in enumerate(bounds):
                rows.extend((a + m.start(), a + m.end(), pid, pid) for m in _STRAIGHT_SINGLE.finditer(text[a:b])
                            if len(m.group(1).strip()) >= 3)  # (not "rock 'n' roll")
        rows.extend(_headline_single(article, bounds, rows))
        rows.sort()
        return rows
    bounds = _para_bounds(article)
    carry: tuple[int, int] | None = None  # (start offset, para) of a quote continued from before
    for pid, (a, b) in enumerate(bounds):
        mark = len(rows)  # rows before this paragraph's end before it: no ‘…’ here can be inside them
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
        # single curly quotes (‘…’) used as quotes, not apostrophes, unless inside a double quote
        # of this paragraph (the matches are disjoint: none starts inside an earlier one)
        if has_single:
            inside = _Inside(rows[mark:])
            for m in _SINGLE.finditer(text[a:b]):
                s, e = a + m.start(), a + m.end()
                if not inside(s):
                    rows.append((s, e, pid, pid))
    if carry is not None:
        rows.append((carry[0], bounds[carry[1]][1], carry[1], carry[1]))
    rows.extend(_headline_single(article, bounds, rows))
    rows.sort()
    return rows


def _headline_single(article: Article, bounds: list[tuple[int, int]], rows: list[tuple[int, int, int, int]]) -> list[
        tuple[int, int, int, int]]:
    """Quotes in straight single marks in the first paragraph when it is the headline ("'Oppenheimer' sweeps
    Oscars", "'We are running out of time': UN chief"); elsewhere such marks are too often apostrophes to read."""
    text = article.text
    if not bounds or "'" not in text[bounds[0][0] : bounds[0][1]]:
        return []
    from toolkit.text.segment import paragraph_rows

    if paragraph_rows(article)[0][3] != "title":
        return []
    a, b = bounds[0]
    inside = _Inside([r for r in rows if r[2] == 0])
    return [(a + m.start(), a + m.end(), 0, 0) for m in _HEADLINE_SINGLE.finditer(text[a:b]) if not inside(a + m.start())]
