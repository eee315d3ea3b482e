"""Temporal expression tagger: find TIMEX3 expressions in English news and normalise them.

Candidate finding is a regular grammar over words (no dateparser, no model): explicit dates
("12 January", "January 13th", "Jan. 9", "9-10. January", "2021-12-30", "30/12/2021"), years,
decades, centuries, months, seasons, quarters and halves, weekdays, deictic expressions
("yesterday", "last week", "earlier this month", "the weekend", "two years ago"), durations
("the past two months", "six weeks") and sets ("every week", "daily"). Each candidate is then
normalised to a TIMEX3 ``value`` against the publication date (``published``) following
TimeBank conventions ("now" -> ``PRESENT_REF``, "recent years" -> ``PAST_REF``, "last week" ->
``2021-W51``, "the third quarter" -> ``2021-Q3``, "two months" -> ``P2M``).

Rules worth knowing:

* **Spans** follow TimeML: prepositions are left out ("over the weekend" -> "the weekend"),
  determiners and modifiers are kept ("the past two months", "earlier this week").
* **Numbers are not dates.** Bare numbers become years only when they look like one (1000-2099,
  no thousands separator, no currency or percent, not followed by a plural noun as in "2000
  troops"). Number-unit compound modifiers ("a 50-minute call", "a 30-year bond", "a
  30-member alliance") are not tagged; "may" and "march" in lower case, sentence-initial "May"
  or "March" without a date context, and the ordinal "second" are not months or units.
* **Numeric dates**: ``YYYY-MM-DD`` is ISO. ``a/b/yyyy`` (or ``a.b.yyyy``) is day-first when
  ``a > 12``, month-first when ``b > 12``, and when both are <= 12 it is month-first (US
  newswire convention) unless ``dayfirst=True``.
* **Years for month/day expressions without one** ("January", "Dec. 7"): after another
  calendar date in the same sentence, the occurrence within about three months of it (dates
  listed together share their year: "on 12 January ... scheduled for January 13th");
  otherwise the occurrence nearest the publication date when it is within about three months;
  otherwise the tense of the nearest verb marker decides (past -> the last occurrence, future
  -> the next one); otherwise nearest. Weekdays ("Friday") are the publication day itself when it is that
  weekday, else the last such day, or the next one when a future marker ("will",
  "scheduled", "next") is nearest.
* **Without a publication date** nothing relative is guessed: the expression is kept with an
  underspecified value (``XXXX-01``, ``XXXX-WXX-5``) and ``resolved`` is False.

Example:
    >>> import datetime as dt
    >>> df = tag_text("Talks begin on 12 January, a month after the call.", published=dt.date(2021, 12, 31))
    >>> df[["text", "type", "value"]].values.tolist()
    [['12 January', 'DATE', '2022-01-12'], ['a month', 'DURATION', 'P1M']]
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from toolkit.temporal.lexicon import _MODS, _WEEKDAY
from toolkit.temporal.prefilter import _rule_matches
from toolkit.temporal.resolve import (
    Extent,
    _Ctx,
    _duration_span,
    _narrow,
    _relation,
    _sentence_of,
    value_span,
)
from toolkit.temporal.rules import _RULES, Handler

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TIMEX_COLUMNS", "Timex", "find_timexes", "tag_text", "value_span"]

#: Columns of :func:`tag_text`.
TIMEX_COLUMNS = [
    "text",
    "start",
    "end",
    "type",
    "value",
    "mod",
    "date_start",
    "date_end",
    "relative",
    "resolved",
    "relation",
]


@dataclass
class Timex:
    """One temporal expression: span, TIMEX3 type/value and resolution details."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None
    relative: bool = False
    resolved: bool = True
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    relation: str | None = None
    rule: str = ""


# ----------------------------------------------------------------------------- modifiers
_PREMOD = re.compile(
    r"(?:\b(?P<w>early|late|mid|the end of|the beginning of|the start of|the middle of|the turn of|"
    r"earlier|later|around|about|nearly|almost|more than|less than|at least|up to|no more than|roughly|some|over|"
    r"just over|under|approximately)(?P<sep>[\s-]+|-)$)",
    re.I,
)


def _premodify(text: str, start: int, tmx: dict[str, Any]) -> tuple[int, str | None]:
    """Extend a span leftwards over a modifier ("early", "the end of", "about") and return its mod."""
    before = text[max(0, start - 20) : start]
    m = _PREMOD.search(before)
    if not m:
        return start, tmx.get("mod")
    w = m["w"].lower()
    approx = w in ("around", "about", "nearly", "almost", "more than", "less than", "at least", "up to", "no more than", "roughly", "some", "over", "just over", "under", "approximately")
    if approx and tmx["type"] != "DURATION" and w not in ("around", "about", "roughly", "approximately"):
        return start, tmx.get("mod")
    if approx and not re.match(r"(?:\d|(?!the\b|this\b|that\b|last\b|next\b|past\b)[a-z])", text[start : start + 6], re.I):
        return start, tmx.get("mod")  # "over the past two months": "over" is a preposition here
    if tmx["type"] == "DURATION" and not approx:
        return start, tmx.get("mod")
    if tmx.get("value") in ("PAST_REF", "PRESENT_REF", "FUTURE_REF") or tmx["type"] == "SET":
        return start, tmx.get("mod")
    if w in ("earlier", "later") and tmx["type"] not in ("DATE", "TIME"):
        return start, tmx.get("mod")
    return start - (len(before) - m.start()), _MODS.get(w, "APPROX" if w == "the turn of" else None) or tmx.get("mod")


# ----------------------------------------------------------------------------- sentences
_SENT_BREAK = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[A-Z“\"‘(])|\n+")
_ABBREV_END = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|St|Jr|Sr|No|vs|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Prof|Inc|Co|Corp|[A-Z])\.$")


def _split_sentences(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans for raw text (used only to scope tense cues)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _SENT_BREAK.finditer(text):
        if "\n" not in m.group() and _ABBREV_END.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out or [(0, len(text))]


# ----------------------------------------------------------------------------- main entry points
_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_WEEKDAY_NAME = re.compile(rf"{_WEEKDAY}\b")  # a weekday written in a date ("Friday 25 July")
_YEAR_VALUE = re.compile(r"\d{4}")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(T.*)?")
_NIGHT_VALUE = re.compile(r"T(?:NI|EV|1[89]:|2[0-3]:)")  # a day's evening or night: "2024-12-03TNI", "…T23:00"
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
#: Rules whose dates anchor the year of a later month or day in the same sentence (resolve._anchor_year).
_CALENDAR_RULES = frozenset({"iso", "numeric", "day_month", "month_day", "month_year", "month"})


@functools.lru_cache(maxsize=4096)
def _value_span_cached(value: str) -> tuple[dt.date, dt.date] | None:
    return value_span(value)  # pure, and the dates it returns are immutable


class _Candidate(NamedTuple):
    """A match of a rule, before its handler has accepted it."""

    start: int
    end: int
    rank: int  # the rule's place in ``_RULES``: among equally long matches the earlier rule wins
    rule: str
    match: re.Match[str]
    handler: Handler


def _longest_first(c: _Candidate) -> tuple[int, int, int]:
    return (c.start - c.end, c.rank, c.start)


def _disjoint(cands: list[_Candidate]) -> list[_Candidate]:
    """The longest candidates that do not overlap (``cands`` sorted by :func:`_longest_first`), in text order."""
    # Taken spans are disjoint: kept sorted, the one starting last before ``end`` also ends last.
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[_Candidate] = []
    for c in cands:
        k = bisect_left(starts, c.end)
        if k and ends[k - 1] > c.start:
            continue
        chosen.append(c)
        starts.insert(k, c.start)
        ends.insert(k, c.end)
    chosen.sort(key=lambda c: c.start)
    return chosen


def find_timexes(
    text: str,
    *,
    published: dt.date | None = None,
    dayfirst: bool = False,
    sentences: list[tuple[int, int]] | None = None,
) -> list[Timex]:
    """Find and normalise temporal expressions in ``text`` (see :func:`tag_text`).

    ``sentences`` are ``(start, end)`` spans scoping the tense cues (default: a rough split).

    Example:
        >>> [(t.text, t.value, t.rule) for t in find_timexes("He left two years ago.", published=dt.date(2021, 12, 31))]
        [('two years ago', '2019', 'ago')]
    """
    ctx = _Ctx(text=text, published=published, dayfirst=dayfirst, sentences=sentences or _split_sentences(text))
    cands: list[_Candidate] = []
    for rank, ((name, _rx, fn), found) in enumerate(zip(_RULES, _rule_matches(text), strict=True)):
        for m in found:
            if m.end() > m.start():
                cands.append(_Candidate(m.start(), m.end(), rank, name, m, fn))
    # Longest match first; among equals the earlier rule; then resolve left to right.
    cands.sort(key=_longest_first)
    pending = _disjoint(cands)
    rejected: set[tuple[int, int, str]] = set()
    out: list[Timex] = []
    i = 0
    while i < len(pending):
        cand = pending[i]
        s, e, name = cand.start, cand.end, cand.rule
        i += 1
        res = cand.handler(cand.match, ctx)
        if res is None:
            rejected.add((s, e, name))
            # fall back to the longest disjoint candidates inside the rejected span
            inner = [c for c in cands if c.start >= s and c.end <= e and (c.start, c.end, c.rule) not in rejected]
            pending[i:i] = _disjoint(inner)
            continue
        start = res.get("span_from") or s
        end = res.get("span_end") or e
        # strip a leading preposition that a rule let in
        start, mod = _premodify(text, start, res) if start == s else (start, res.get("mod"))
        if out and start < out[-1].end:
            start = out[-1].end
            while start < end and text[start] == " ":
                start += 1
        value = res["value"]
        resolved = bool(res.get("resolved", True)) and value is not None and not (value.startswith("XXXX") or "XX" in value and published is None)
        if published is None and res.get("relative"):
            resolved = False
        span = _value_span_cached(value) if resolved else None
        if span is not None:
            span = _narrow(span, mod)
        extent: Extent | None = res.get("extent")
        if span is None and resolved and published is not None and extent:
            span = _duration_span(published, extent)
        if span is None and value == "PRESENT_REF" and published is not None:
            span = (published, published)
        if published is None:
            relation = None
        elif extent and span is not None:
            relation = extent.direction
        else:
            relation = _relation(span, value, published)
        out.append(
            Timex(
                start=start,
                end=end,
                text=text[start:end],
                type=res["type"],
                value=value,
                mod=mod,
                relative=bool(res.get("relative", False)),
                resolved=resolved,
                date_start=span[0] if span else None,
                date_end=span[1] if span else None,
                relation=relation,
                rule=name,
            )
        )
        # discourse references used by later expressions
        if value and _QUARTER_VALUE.fullmatch(value) and name in ("quarter", "quarter_code", "ref_quarter") and not res.get("noref"):
            ctx.last_quarter = (int(value[:4]), int(value[-1]))
        if value and _YEAR_VALUE.fullmatch(value):
            ctx.last_year = int(value)
            ctx.last_year_end = end
        if value and _DAY_VALUE.fullmatch(value):
            day = dt.date.fromisoformat(value[:10])
            ctx.last_day_night = _NIGHT_VALUE.search(value, 10) is not None or (
                # "at 11 p.m. on Saturday": the clock time's own day after it keeps its night
                ctx.last_day_night and day == ctx.last_day and 0 <= start - ctx.last_day_end <= 4)
            ctx.last_day = day
            ctx.last_day_end = end
            if name in _CALENDAR_RULES and _WEEKDAY_NAME.search(text, start, end):
                ctx.weekday_day = (day, end)
            if ctx.published is None or ctx.last_day <= ctx.published:
                ctx.last_past_day = ctx.last_day
        if span is not None and name in _CALENDAR_RULES and not _SINCE_BEFORE.search(text, max(0, start - 8), start):
            # the sentence it ends in (not a date after "since": the start of a span up to now, no date listed with
            # later ones: "the bonds purchased since April 12, 2019 … by March 6")
            ctx.anchor = (_sentence_of(ctx, end - 1)[0], span[0])
    return out


def tag_text(text: str, *, published: dt.date | str | None = None, dayfirst: bool = False) -> pd.DataFrame:
    """Tag the temporal expressions of a raw text.

    Args:
        text: any English text.
        published: publication date (``date`` or ``YYYY-MM-DD``) used to resolve relative expressions;
            ``None`` keeps them unresolved.
        dayfirst: read ambiguous numeric dates (03/04/2021) day-first.

    Returns:
        DataFrame with columns ``text, start, end, type, value, mod, date_start, date_end,
        relative, resolved, relation`` (see :mod:`toolkit.temporal.timex`).

    Example:
        >>> tag_text("It rained yesterday.", published="2021-12-31")["value"].tolist()
        ['2021-12-30']
    """
    import pandas as pd

    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    rows = [{c: getattr(t, c) for c in TIMEX_COLUMNS} for t in find_timexes(text, published=published, dayfirst=dayfirst)]
    df = pd.DataFrame(rows, columns=TIMEX_COLUMNS)
    return df.astype({"start": "int64", "end": "int64", "relative": "bool", "resolved": "bool"})
