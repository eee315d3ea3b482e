"""Temporal expression tagger: find TIMEX3 expressions in English news and normalise them.

Candidate finding is a regular grammar over words (no dateparser, no model): explicit dates
("12 January", "January 13th", "Jan. 9", "9-10. January", "2021-12-30", "30/12/2021"), years,
decades, centuries, months, seasons, quarters and halves, weekdays, deictic expressions
("yesterday", "last week", "earlier this month", "the weekend", "two years ago"), durations
("the past two months", "six weeks") and sets ("every week", "daily"). Each candidate is then
normalised to a TIMEX3 ``value`` against the document creation time (``dct``, the publication
date) following TimeBank conventions ("now" -> ``PRESENT_REF``, "recent years" -> ``PAST_REF``,
"last week" -> ``2021-W51``, "the third quarter" -> ``2021-Q3``, "two months" -> ``P2M``).

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
* **Years for month/day expressions without one** ("January", "Dec. 7"): the occurrence
  nearest the publication date when it is within about three months; otherwise the tense
  of the nearest verb marker decides (past -> the last occurrence, future -> the next one);
  otherwise nearest. Weekdays ("Friday") are the publication day itself when it is that
  weekday, else the last such day, or the next one when a future marker ("will",
  "scheduled", "next") is nearest.
* **Without a dct** nothing relative is guessed: the expression is kept with an
  underspecified value (``XXXX-01``, ``XXXX-WXX-5``) and ``resolved`` is False.

Example:
    >>> import datetime as dt
    >>> df = tag_text("Talks begin on 12 January, a month after the call.", dct=dt.date(2021, 12, 31))
    >>> df[["text", "type", "value"]].values.tolist()
    [['12 January', 'DATE', '2022-01-12'], ['a month', 'DURATION', 'P1M']]
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress
from typing import TYPE_CHECKING, Any

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

# ----------------------------------------------------------------------------- vocabulary
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4, "final": 4, "last": 4,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "a couple of": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "half a": 0.5,
}  # fmt: skip
_VAGUE = {"several", "a few", "few", "many", "some", "the few", "recent", "coming", "the coming"}
_UNITS = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
    "night": ("", "D"), "week": ("", "W"), "fortnight": ("", "W"), "weekend": ("", "WE"),
    "month": ("", "M"), "quarter": ("", "Q"), "year": ("", "Y"), "decade": ("", "DE"),
    "century": ("", "CE"), "centurie": ("", "CE"),
}  # fmt: skip

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})(?![\d])"
_SMALLNUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|a hundred|hundred|a dozen|dozen|a couple of|couple of|half a|a few|few|several|many|some)"
)
_NUM = rf"(?:\d+(?:\.\d+)?|{_SMALLNUM}|an?)"
_UNIT = r"(?:seconds|minutes?|hours?|days?|nights?|weeks?|fortnights?|weekends?|months?|quarters?|years?|decades?|century|centuries)"
_APPROX = r"(?:about|around|nearly|almost|some|roughly|approximately|more than|less than|fewer than|at least|at most|up to|no more than|over|just over|under|just under|only|barely)"
_MODS = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "the first half of": "START", "late": "END", "later": "END", "the end of": "END",
    "the second half of": "END", "mid": "MID", "the middle of": "MID",
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "only": None, "barely": None,
}  # fmt: skip

_FUTURE_MARK = re.compile(
    r"\b(?:will|won't|wo n't|shall|'ll|going to|scheduled|due to|due|set to|plans?|planned|planning|"
    r"expected|expects?|upcoming|forthcoming|next|coming|later|until|intends?|aims?|hopes?|would|could|might|"
    r"is to|are to|to be held|to meet|to hold|to visit|to begin|to start|to take|to vote)\b",
    re.I,
)
_FUTURE_AUX = re.compile(r"\b(?:will|shall|'ll|to|would|could|might|may|must)(?:\s+not)?(?:\s+(?:be|have|been|get))+\s+$", re.I)
_PAST_MARK = re.compile(
    r"\b(?:was|were|had|did|said|told|met|spoke|took|made|came|went|left|began|saw|gave|held|ago|last|"
    r"earlier|since|previously|won|lost|fell|rose|sold|bought|paid|reported|announced|"
    r"[a-z]{3,}(?<!need)(?<!speed)(?<!indeed)(?<!ceed)(?<!hundred)(?<!feed)(?<!breed)ed)\b"
)


# ----------------------------------------------------------------------------- data types
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


@dataclass
class _Ctx:
    text: str
    dct: dt.date | None
    dayfirst: bool
    sentences: list[tuple[int, int]]
    last_quarter: tuple[int, int] | None = None
    last_year: int | None = None
    last_day: dt.date | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# ----------------------------------------------------------------------------- calendar helpers
def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _quarter(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _sentence_of(ctx: _Ctx, pos: int) -> tuple[int, int]:
    for s, e in ctx.sentences:
        if s <= pos < e:
            return s, e
    return max(0, pos - 200), min(len(ctx.text), pos + 200)


def _tense(ctx: _Ctx, start: int, end: int) -> str | None:
    """'future' or 'past' from the verb marker nearest the expression in its sentence."""
    s, e = _sentence_of(ctx, start)
    best: tuple[int, str] | None = None
    for rx, label in ((_FUTURE_MARK, "future"), (_PAST_MARK, "past")):
        for m in rx.finditer(ctx.text, s, e):
            if m.start() >= start and m.end() <= end:
                continue
            dist = start - m.end() if m.end() <= start else m.start() - end
            # Markers before the expression (the governing verb) count a little more.
            dist = dist if m.end() <= start else dist + 10
            lab = label
            if label == "past" and _FUTURE_AUX.search(ctx.text[max(s, m.start() - 25) : m.start()]):
                lab = "future"  # "will be sold", "is to be signed"
            if best is None or dist < best[0]:
                best = (dist, lab)
    return best[1] if best else None


def _pick_year_for_month(ctx: _Ctx, month: int, day: int | None, start: int, end: int) -> int:
    """Year of a month (and day) given without one, relative to the dct (see module doc)."""
    assert ctx.dct is not None
    dct = ctx.dct
    d = min(day or 15, 28)
    cands = [dt.date(y, month, d) for y in (dct.year - 1, dct.year, dct.year + 1)]
    if day is None and month == dct.month:
        return dct.year
    if day is not None and month == dct.month and day == dct.day:
        return dct.year
    ref = dct if day is not None else dct.replace(day=15)
    past = max(c for c in cands if c <= ref) if any(c <= ref for c in cands) else cands[0]
    fut = min(c for c in cands if c > ref)
    dp, df = (ref - past).days, (fut - ref).days
    if min(dp, df) <= 95:
        return past.year if dp <= df else fut.year
    tense = _tense(ctx, start, end)
    if tense == "future":
        return fut.year
    if tense == "past":
        return past.year
    return past.year if dp <= df else fut.year


def _weekday_date(ctx: _Ctx, wd: int, start: int, end: int, which: str | None) -> dt.date:
    assert ctx.dct is not None
    dct = ctx.dct
    cur = dct.isoweekday()
    back = (cur - wd) % 7
    fwd = (wd - cur) % 7
    if which == "last":
        return dct - dt.timedelta(days=back or 7)
    if which == "next":
        return dct + dt.timedelta(days=fwd or 7)
    if which == "this":
        return dct + dt.timedelta(days=wd - cur)
    if which == "previous":
        ref = ctx.last_day or dct
        return ref - dt.timedelta(days=((ref.isoweekday() - wd) % 7) or 7)
    if back == 0:
        return dct
    tense = _tense(ctx, start, end)
    if tense == "future":
        return dct + dt.timedelta(days=fwd)
    return dct - dt.timedelta(days=back)


def _num(word: str) -> float | str:
    w = word.lower().replace("-", " ").strip()
    if re.fullmatch(r"\d+(\.\d+)?", w):
        f = float(w)
        return int(f) if f.is_integer() else f
    if w in _NUMBERS:
        return _NUMBERS[w]
    if w in _VAGUE:
        return "X"
    parts = w.split()
    if len(parts) == 2 and parts[0] in _NUMBERS and parts[1] in _NUMBERS:
        return _NUMBERS[parts[0]] + _NUMBERS[parts[1]]
    return "X"


def _duration(n: float | str, unit: str) -> str:
    u = unit.lower().rstrip("s")
    if u == "centurie":
        u = "century"
    t, code = _UNITS.get(u, ("", "X"))
    if u == "fortnight":
        n = n * 2 if isinstance(n, (int, float)) else n
    if isinstance(n, float) and not n.is_integer():
        # half a year -> P6M, 1.5 hours -> PT90M where possible
        if code == "Y":
            n, code = n * 12, "M"
        elif code == "H":
            n, code = n * 60, "M"
        elif code == "D":
            n, t, code = n * 24, "T", "H"
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    if code == "WE":
        code = "WE"
    return f"P{t}{n}{code}"


def _shift(dct: dt.date, n: int, unit: str) -> str:
    """TIMEX3 value of the dct shifted by n units, at that unit's granularity."""
    u = unit.lower().rstrip("s")
    if u in ("day", "night"):
        return (dct + dt.timedelta(days=n)).isoformat()
    if u in ("week", "weekend", "fortnight"):
        k = 2 if u == "fortnight" else 1
        return _iso_week(dct + dt.timedelta(weeks=n * k))
    if u == "month":
        y, m = _add_months(dct.year, dct.month, n)
        return f"{y}-{m:02d}"
    if u == "quarter":
        y, q = _quarter(dct)
        idx = y * 4 + (q - 1) + n
        return f"{idx // 4}-Q{idx % 4 + 1}"
    if u == "year":
        return str(dct.year + n)
    if u == "decade":
        return str(dct.year // 10 + n)
    if u in ("century", "centurie"):
        return str(dct.year // 100 + n)
    if u in ("hour", "minute", "second"):
        secs = {"hour": 3600, "minute": 60, "second": 1}[u] * n
        t = dt.datetime.combine(dct, dt.time(12)) + dt.timedelta(seconds=secs)
        return t.date().isoformat()
    return dct.isoformat()


# ----------------------------------------------------------------------------- rules
Handler = Callable[[re.Match[str], _Ctx], "dict[str, Any] | None"]
_RULES: list[tuple[str, re.Pattern[str], Handler]] = []


def _rule(name: str, pattern: str, flags: int = 0) -> Callable[[Handler], Handler]:
    rx = re.compile(pattern, flags)

    def deco(fn: Handler) -> Handler:
        _RULES.append((name, rx, fn))
        return fn

    return deco


def _month_of(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def _day_of(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


def _ymd(ctx: _Ctx, m: re.Match[str], month: int, day: int, day2: int | None, year: str | None) -> dict[str, Any] | None:
    rel = year is None
    if year is not None:
        y = int(year)
    elif ctx.dct is not None:
        y = _pick_year_for_month(ctx, month, day, m.start(), m.end())
    else:
        v = f"XXXX-{month:02d}-{day:02d}"
        return {"type": "DATE", "value": v if day2 is None else f"{v}/XXXX-{month:02d}-{day2:02d}", "relative": True}
    try:
        d1 = dt.date(y, month, day)
        d2 = dt.date(y, month, day2) if day2 is not None else None
    except ValueError:
        return None
    if d2 is not None and d2 <= d1:
        return None
    value = d1.isoformat() if d2 is None else f"{d1.isoformat()}/{d2.isoformat()}"
    return {"type": "DATE", "value": value, "relative": rel}


_WD_PREFIX = rf"(?:(?P<wd>{_WEEKDAY}),?\s+)?"
_DAYRANGE = rf"(?P<d1>{_DAY})(?:\s*(?:-|–|—|to|and|or)\s*(?P<d2>{_DAY}))?"


@_rule("iso", r"(?<![\d/.-])(?P<y>1[0-9]{3}|20[0-9]{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?:[T ](?P<hh>[01][0-9]|2[0-3]):(?P<mm>[0-5][0-9]))?(?![\d])")
def _h_iso(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    try:
        d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    if m["hh"]:
        return {"type": "TIME", "value": f"{d.isoformat()}T{m['hh']}:{m['mm']}"}
    return {"type": "DATE", "value": d.isoformat()}


@_rule("numeric", r"(?<![\d/.,:-])(?P<a>[0-3]?[0-9])(?P<sep>[/.])(?P<b>[0-3]?[0-9])(?P=sep)(?P<y>(?:1[0-9]|20)[0-9]{2}|[0-9]{2})(?![\d/]|\.\d)")
def _h_numeric(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    if m["sep"] == "." and len(ys) == 2:
        return None  # 1.2.21 is too likely a version or a score
    y = int(ys) if len(ys) == 4 else (2000 + int(ys) if int(ys) < 50 else 1900 + int(ys))
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        day, month = b, a
    elif a <= 12 and b <= 12:
        day, month = (a, b) if ctx.dayfirst else (b, a)
    else:
        return None
    try:
        return {"type": "DATE", "value": dt.date(y, month, day).isoformat()}
    except ValueError:
        return None


@_rule("day_month", rf"\b{_WD_PREFIX}(?:the\s+)?{_DAYRANGE}\.?(?:\s+of)?\s+(?P<mo>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?![\w])")
def _h_day_month(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    month = _month_of(m["mo"])
    if m["mo"] in ("May", "MAY", "March", "MARCH") and not m["y"] and not re.match(r"\d+\.?\s+(?:of\s+)?M", m.group()[m.start("d1") - m.start():]):
        pass
    return _ymd(ctx, m, month, _day_of(m["d1"]), _day_of(m["d2"]) if m["d2"] else None, m["y"])


@_rule("month_day", rf"\b{_WD_PREFIX}(?P<mo>{_MONTH})\s+(?:the\s+)?{_DAYRANGE}(?!\s*(?:%|percent|per cent|million|billion|[,.]\d))(?:,?\s+(?P<y>{_YEAR}))?(?![\w])")
def _h_month_day(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    return _ymd(ctx, m, _month_of(m["mo"]), _day_of(m["d1"]), _day_of(m["d2"]) if m["d2"] else None, m["y"])


@_rule("month_year", rf"\b(?P<mo>{_MONTH})(?:,\s*|\s+of\s+|\s+)(?P<y>{_YEAR})(?![\w])")
def _h_month_year(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    return {"type": "DATE", "value": f"{int(m['y'])}-{_month_of(m['mo']):02d}"}


_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|by|since|until|till|from|through|throughout|during|before|after|early|late|mid|last|this|next|"
    r"of|on|to|between|and|or|past|previous|coming|each|every|that|the)[\s-]+)$",
    re.I,
)


@_rule("month", rf"\b(?:(?P<rel>last|this|next|past|previous|coming)\s+)?(?P<mo>{_MONTH_FULL}|Sept\.)(?![\w-])")
def _h_month(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    mo = m["mo"]
    if mo in ("May", "March") and not m["rel"]:
        before = ctx.text[max(0, m.start() - 20) : m.start()]
        if not _PREP_BEFORE.search(before):
            return None
        after = ctx.text[m.end() : m.end() + 12]
        if mo == "March" and re.match(r"\s+(?:on|to|through|against|for)\b", after):
            return None
    month = _month_of(mo)
    if ctx.dct is None:
        return {"type": "DATE", "value": f"XXXX-{month:02d}", "relative": True}
    rel = (m["rel"] or "").lower()
    dct = ctx.dct
    if rel in ("last", "past", "previous"):
        y = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "coming"):
        y = dct.year if month > dct.month else dct.year + 1
    elif rel == "this":
        y = dct.year
    else:
        y = _pick_year_for_month(ctx, month, None, m.start(), m.end())
    return {"type": "DATE", "value": f"{y}-{month:02d}", "relative": True}


@_rule("season", rf"\b(?:(?P<det>the|this|last|next|past|coming|that|previous)\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?(?![\w-])", re.I)
def _h_season(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    det = (m["det"] or "").lower()
    if not det and not m["y"]:
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if not re.search(r"\b(?:in|during|since|until|by|before|after|through|this|last|next)\s+$", before, re.I):
            return None
    if m["s"][0].isupper() and m.start() > 0 and not m["y"] and det == "" and m["s"] != m["s"].capitalize():
        return None
    code = _SEASONS[m["s"].lower()]
    if m["y"]:
        return {"type": "DATE", "value": f"{m['y']}-{code}"}
    if ctx.dct is None:
        return {"type": "DATE", "value": f"XXXX-{code}", "relative": True}
    dct = ctx.dct
    first, last = _SEASON_MONTHS[code]
    this_start = dt.date(dct.year if code != "WI" or dct.month == 12 else dct.year - 1, first, 1)
    in_season = this_start <= dct < dt.date(this_start.year + (1 if code == "WI" else 0), last, 28)
    if det in ("last", "past", "previous"):
        y = this_start.year - 1 if in_season or this_start > dct else this_start.year
        if this_start > dct:
            y = this_start.year - 1
    elif det in ("next", "coming"):
        y = this_start.year + 1 if this_start <= dct else this_start.year
    elif det == "this":
        y = this_start.year
    else:
        y = this_start.year
        if not in_season:
            tense = _tense(ctx, m.start(), m.end())
            if tense == "past" and this_start > dct:
                y -= 1
            elif tense == "future" and this_start < dct:
                y += 1
    return {"type": "DATE", "value": f"{y}-{code}", "relative": True}


@_rule("decade", r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?:(?P<c>1[0-9]|20)(?P<d>[0-9])0|'(?P<d2>[0-9])0)'?s(?![\w])")
def _h_decade(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    c = m["c"] or "19"
    d = m["d"] if m["d"] is not None else m["d2"]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    return {"type": "DATE", "value": f"{c}{d}", "mod": mod}


_ORD_WORDS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|\d{1,2}(?:st|nd|rd|th))"


@_rule("century", rf"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?P<n>{_ORD_WORDS})[\s-]+century(?![\w-])", re.I)
def _h_century(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    n = m["n"].lower()
    words = _ORD_WORDS.strip("(?:)").split("|")
    k = int(re.match(r"\d+", n).group()) if n[0].isdigit() else words.index(n) + 1  # type: ignore[union-attr]
    if n == "twenty-first":
        k = 21
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    return {"type": "DATE", "value": f"{k - 1:02d}", "mod": mod}


@_rule("year", rf"(?<![\w$€£#¥.,:/-])(?:(?P<fy>fiscal(?:\s+year)?|FY|the\s+year|calendar|model\s+year)\s*)?(?P<y>{_YEAR})(?:\s*(?:-|–|/)\s*(?P<y2>[0-9]{{2}}|{_YEAR}))?(?![\w%-]|[.,:][0-9])")
def _h_year(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    y = int(m["y"])
    if not 1000 <= y <= 2099:
        return None
    if not m["fy"]:
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"(?:no\.|number|nos\.|page|pages|route|flight|room|article|rule|resolution|par\.|section|model|version|v\.|,|\$|€|£)\s*$", before):
            return None
        after = ctx.text[m.end() : m.end() + 30]
        nxt = re.match(r"\s+([A-Za-z]+)", after)
        governed = re.search(r"\b(?:in|since|by|until|till|from|during|before|after|between|through|of|year|early|late|mid)\s*$", before)
        if nxt and not m["y2"] and not governed:
            w = nxt.group(1)
            if w.islower() and w.endswith("s") and w not in {"as", "was", "has", "is", "this", "its", "his", "hers", "us", "ours", "yes", "less", "unless", "plus", "across", "thus", "whereas", "always", "perhaps"}:
                return None
            if w.lower() in {"to", "and", "or"} and re.match(r"\s+\w+\s+[0-9,]+\s+[a-z]+s\b", after):
                return None
            if w in {"people", "men", "women", "children", "feet", "metres", "meters", "miles", "km", "kilometres", "dollars", "euros", "pounds", "yen", "tonnes", "tons", "barrels", "residents", "voters"}:
                return None
        if y < 1500 and not re.search(r"\b(?:in|since|year|of|by|until|from|before|after|circa|c\.)\s*$", before):
            return None
    if m["y2"]:
        y2s = m["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y // 100) * 100 + int(y2s)
        if y2 <= y or y2 - y > 20:
            return None
        return {"type": "DATE", "value": f"{y}/{y2}"}
    return {"type": "DATE", "value": str(y)}


@_rule("quarter", rf"\b(?:the\s+)?(?:(?P<y0>{_YEAR})\s+)?(?:fiscal\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal\s+)?(?:-?\s*)?quarters?(?:\s+of\s+(?:fiscal\s+)?(?:(?:the\s+)?year\s+)?(?P<y>{_YEAR}))?(?![\w-])", re.I)
def _h_quarter(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    q = _ORDINALS[m["o"].lower()]
    y = m["y"] or m["y0"]
    if m.group().lower().endswith("quarters") and not y:
        return {"type": "SET", "value": f"XXXX-Q{q}"}
    if y:
        return {"type": "DATE", "value": f"{y}-Q{q}"}
    if ctx.dct is None:
        return {"type": "DATE", "value": f"XXXX-Q{q}", "relative": True}
    return {"type": "DATE", "value": f"{ctx.dct.year}-Q{q}", "relative": True}


@_rule("quarter_code", rf"\b(?P<q>Q[1-4])(?:\s*(?P<y>{_YEAR}|'?[0-9]{{2}}))?(?![\w])")
def _h_quarter_code(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    q = int(m["q"][1])
    ys = (m["y"] or "").lstrip("'")
    if ys:
        y = int(ys) if len(ys) == 4 else 2000 + int(ys)
        return {"type": "DATE", "value": f"{y}-Q{q}"}
    if ctx.dct is None:
        return {"type": "DATE", "value": f"XXXX-Q{q}", "relative": True}
    return {"type": "DATE", "value": f"{ctx.dct.year}-Q{q}", "relative": True}


@_rule("half", rf"\b(?:the\s+)?(?P<o>first|second|1st|2nd)\s+half(?:\s+of\s+(?:(?:the|this|next|last)\s+)?(?:(?P<y>{_YEAR})|(?P<w>year|fiscal year)))?(?![\w-])", re.I)
def _h_half(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    h = 1 if m["o"].lower() in ("first", "1st") else 2
    if m["y"]:
        return {"type": "DATE", "value": f"{m['y']}-H{h}"}
    if ctx.dct is None:
        return {"type": "DATE", "value": f"XXXX-H{h}", "relative": True}
    txt = m.group().lower()
    y = ctx.dct.year + (1 if "next" in txt else -1 if "last" in txt else 0)
    return {"type": "DATE", "value": f"{y}-H{h}", "relative": True}


@_rule("ref_quarter", r"\b(?:the|this|last|next)\s+(?:(?P<w>latest|current|previous|past|last|next|coming|same|recent|prior|fiscal|year-earlier|year-ago|comparable|year-before)\s+)?(?:(?:fiscal|financial)\s+)?(?:quarter|period)(?![\w-])", re.I)
def _h_ref_quarter(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    w = (m["w"] or "").lower()
    first = m.group().split()[0].lower()
    if m.group().lower().endswith("period") and w not in ("latest", "year-earlier", "year-ago", "comparable", "year-before", "current"):
        return None
    if ctx.dct is None:
        return {"type": "DATE", "value": "XXXX-QX", "relative": True}
    y, q = _quarter(ctx.dct)
    if w in ("year-earlier", "year-ago", "comparable", "year-before"):
        idx = y * 4 + q - 2
        ly, lq = ctx.last_quarter or (idx // 4, idx % 4 + 1)
        return {"type": "DATE", "value": f"{ly - 1}-Q{lq}", "relative": True, "noref": True}
    if w in ("current",) or first == "this":
        return {"type": "DATE", "value": f"{y}-Q{q}", "relative": True}
    if w in ("next", "coming") or first == "next":
        idx = y * 4 + q
        return {"type": "DATE", "value": f"{idx // 4}-Q{idx % 4 + 1}", "relative": True}
    if w in ("previous", "past", "last", "prior") or first == "last":
        idx = y * 4 + q - 2
        return {"type": "DATE", "value": f"{idx // 4}-Q{idx % 4 + 1}", "relative": True}
    # "the quarter": the quarter under discussion, else (and "the latest quarter") the last completed one
    if ctx.last_quarter and w != "latest":
        ly, lq = ctx.last_quarter
        return {"type": "DATE", "value": f"{ly}-Q{lq}", "relative": True}
    idx = y * 4 + q - 2
    return {"type": "DATE", "value": f"{idx // 4}-Q{idx % 4 + 1}", "relative": True}


@_rule("year_earlier", r"\b(?:the\s+)?(?:year-earlier|year-ago|year-before|prior-year|year earlier|year ago)(?:\s+(?P<n>period|quarter|level|results?|figures?|month|week))?(?![\w-])", re.I)
def _h_year_earlier(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    if ctx.dct is None:
        return {"type": "DATE", "value": "XXXX", "relative": True}
    n = (m["n"] or "").lower()
    if n in ("month",):
        y, mo = _add_months(ctx.dct.year, ctx.dct.month, -12)
        return {"type": "DATE", "value": f"{y}-{mo:02d}", "relative": True}
    if ctx.last_quarter and n not in ("week",):
        ly, lq = ctx.last_quarter
        return {"type": "DATE", "value": f"{ly - 1}-Q{lq}", "relative": True}
    return {"type": "DATE", "value": str(ctx.dct.year - 1), "relative": True}


_REL_UNIT = r"(?:week|weekend|month|year|decade|century|fiscal year|financial year|school year|season)"


@_rule("rel_unit", rf"\b(?:(?P<mod>earlier|later|early|late)\s+(?:(?:in\s+)?(?:this|the|that)\s+|(?=last|next))|(?P<pmod>the\s+(?:end|beginning|start|middle|rest|remainder|balance)\s+of\s+))?(?P<det>this|last|next|past|previous|coming|current|following|that|the|the\s+current|the\s+past|the\s+previous|the\s+coming|the\s+following|the\s+next|the\s+same|the\s+full|the\s+entire|the\s+whole|the\s+latest|the\s+new)\s+(?P<u>{_REL_UNIT})(?![\w-])", re.I)
def _h_rel_unit(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    det = re.sub(r"\s+", " ", m["det"].lower())
    u = re.sub(r"\s+", " ", m["u"].lower())
    mod = None
    if m["mod"]:
        mod = "START" if m["mod"].lower() in ("earlier", "early") else "END"
    if m["pmod"]:
        mod = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}.get(m["pmod"].split()[1].lower())
    after = ctx.text[m.end() : m.end() + 20]
    if det in ("the", "the same", "the new", "that") and u in ("season",):
        return None
    if det == "the" and u == "weekend":
        pass
    elif det == "the" and not m["mod"] and not m["pmod"]:
        if u in ("year", "fiscal year", "financial year") and re.match(r"\s+(?:end(?:ed|ing)|to|through)\b", after, re.I):
            return {"type": "DURATION", "value": "P1Y"}
        if u in ("fiscal year", "financial year"):
            return {"type": "DURATION", "value": "P1Y"}
        if u in ("decade", "century", "month"):
            return None
    if u == "season":
        return None
    if ctx.dct is None:
        return {"type": "DATE", "value": {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(u, "XXXX"), "mod": mod, "relative": True}
    dct = ctx.dct
    if det in ("last", "past", "previous", "the past", "the previous"):
        k = -1
    elif det in ("next", "coming", "following", "the coming", "the following", "the next"):
        k = 1
    else:
        k = 0
    if det in ("past", "the past") and u in ("week", "month", "year", "decade", "weekend") and not m["mod"] and not m["pmod"]:
        return {"type": "DURATION", "value": _duration(1, u), "relative": True, "extra": ("past", 1, u)}
    if det in ("coming", "the coming", "next", "the next") and u in ("week", "month", "year") and re.match(r"\s+or\s+so\b", after):
        return {"type": "DURATION", "value": _duration(1, u), "relative": True}
    if det == "that" and ctx.last_year and u == "year":
        return {"type": "DATE", "value": str(ctx.last_year), "mod": mod, "relative": True}
    if u == "weekend":
        if k == 0 and det in ("the", "that"):
            # "over the weekend": the last one in past contexts, the next one in future ones
            tense = _tense(ctx, m.start(), m.end())
            wd = dct.isoweekday()
            k = 0 if wd >= 6 or tense == "future" else -1
        d = dct + dt.timedelta(weeks=k)
        return {"type": "DATE", "value": _iso_week(d) + "-WE", "mod": mod, "relative": True}
    unit = u.replace("fiscal ", "").replace("financial ", "").replace("school ", "")
    return {"type": "DATE", "value": _shift(dct, k, unit), "mod": mod, "relative": True}


@_rule("year_end", r"\b(?:the\s+)?(?:year-end|year's end|end-year|end of (?:the )?year|year end)(?![\w-])", re.I)
def _h_year_end(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    if ctx.dct is None:
        return {"type": "DATE", "value": "XXXX", "mod": "END", "relative": True}
    return {"type": "DATE", "value": str(ctx.dct.year), "mod": "END", "relative": True}


_DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI", "midday": "MI", "noon": "MI"}


@_rule("day_deictic", r"\b(?:(?P<mod>early|late|later|earlier)\s+)?(?P<w>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow|overnight)(?:\s+(?P<p>morning|afternoon|evening|night))?(?![\w-])", re.I)
def _h_day_deictic(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    w = m["w"].lower()
    off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2, "overnight": 0}[w]
    if w == "overnight":
        before = ctx.text[max(0, m.start() - 3) : m.start()]
        if "-" in before:
            return None
        off = -1
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["mod"] or "").lower())
    part = _DAY_PARTS.get((m["p"] or "").lower()) or (_DAY_PARTS[w] if w in ("tonight", "overnight") else None)
    if ctx.dct is None:
        v = "XXXX-XX-XX" + (f"T{part}" if part else "")
        return {"type": "TIME" if part else "DATE", "value": v, "mod": mod, "relative": True}
    d = ctx.dct + dt.timedelta(days=off)
    if part:
        return {"type": "TIME", "value": f"{d.isoformat()}T{part}", "mod": mod, "relative": True}
    return {"type": "DATE", "value": d.isoformat(), "mod": mod, "relative": True}


@_rule("day_part", r"\b(?:(?P<mod>early|late|later|earlier)\s+)?(?P<det>this|the|that|last|tomorrow|yesterday)\s+(?P<p>morning|afternoon|evening|night)(?![\w-])", re.I)
def _h_day_part(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    det = m["det"].lower()
    part = _DAY_PARTS[m["p"].lower()]
    if ctx.dct is None:
        return {"type": "TIME", "value": f"XXXX-XX-XXT{part}", "relative": True}
    d = ctx.last_day if det in ("the", "that") and ctx.last_day else ctx.dct
    if det == "last":
        d = ctx.dct - dt.timedelta(days=1) if part in ("NI", "EV") else ctx.dct
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["mod"] or "").lower())
    return {"type": "TIME", "value": f"{d.isoformat()}T{part}", "mod": mod, "relative": True}


@_rule("weekday", rf"\b(?:(?P<mod>early|late|later|earlier)\s+)?(?:(?P<rel>last|next|this|the previous|the following|that|coming)\s+)?(?P<wd>{_WEEKDAY})(?P<pl>s)?(?:\s+(?P<p>morning|afternoon|evening|night))?(?![\w-])")
def _h_weekday(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    wd = _WEEKDAYS[m["wd"].lower()]
    if m["pl"]:
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"\b(?:on|every|most|some|other)\s+$", before):
            return {"type": "SET", "value": f"XXXX-WXX-{wd}"}
        return None
    rel = (m["rel"] or "").lower()
    if m["rel"] and m["rel"][0].isupper() and m.start() > 0:
        pass
    which = {"last": "last", "next": "next", "this": "this", "the previous": "previous", "the following": "next", "coming": "next"}.get(rel)
    part = _DAY_PARTS.get((m["p"] or "").lower())
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["mod"] or "").lower())
    if ctx.dct is None:
        v = f"XXXX-WXX-{wd}"
        return {"type": "TIME" if part else "DATE", "value": v + (f"T{part}" if part else ""), "mod": mod, "relative": True}
    d = _weekday_date(ctx, wd, m.start(), m.end(), which)
    v = d.isoformat() + (f"T{part}" if part else "")
    return {"type": "TIME" if part else "DATE", "value": v, "mod": mod, "relative": True}


@_rule("clock", r"\b(?:(?P<h>[01]?[0-9]|2[0-3])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|(?P<h2>[01]?[0-9]|2[0-3]):(?P<mi2>[0-5][0-9])(?=\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|local time|hours|h\b))|(?P<w>noon|midnight))(?:\s+(?P<tz>GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|local time))?")
def _h_clock(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    if m["w"]:
        hh, mi = (12, 0) if m["w"].lower() == "noon" else (24, 0)
        if m["w"].lower() == "midnight":
            hh = 0
    else:
        hh = int(m["h"] if m["h"] is not None else m["h2"])
        mi = int(m["mi"] or m["mi2"] or 0)
        ap = (m["ap"] or "").lower().replace(".", "")
        if ap and not 1 <= hh <= 12:
            return None
        if ap == "pm" and hh < 12:
            hh += 12
        if ap == "am" and hh == 12:
            hh = 0
    day = ctx.last_day or ctx.dct
    date = day.isoformat() if day else "XXXX-XX-XX"
    return {"type": "TIME", "value": f"{date}T{hh:02d}:{mi:02d}", "relative": True}


@_rule("ago", rf"\b(?:(?P<apx>{_APPROX})\s+)?(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+(?P<dir>ago|earlier|later|before|after|from now|hence|previously|prior)(?![\w-])", re.I)
def _h_ago(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    n = _num(m["n"])
    u = m["u"].lower().rstrip("s")
    if u == "centurie":
        u = "century"
    d = m["dir"].lower()
    sign = -1 if d in ("ago", "earlier", "before", "previously", "prior") else 1
    if d in ("before", "after"):
        nxt = ctx.text[m.end() : m.end() + 15]
        if re.match(r"\s+(?:the|a|an|his|her|its|their|\w+ing)\b", nxt):
            # "two days before the vote": anchored on an event, not the dct
            return {"type": "DURATION", "value": _duration(n, u), "span_end": m.start("dir") - 1}
    mod = _MODS.get((m["apx"] or "").lower()) if m["apx"] else None
    if u in ("hour", "minute", "second") and d not in ("ago", "from now", "hence"):
        # "24 hours later": anchored on an event of the story, not on the publication date
        return {"type": "DURATION", "value": _duration(n, u), "mod": mod, "span_end": m.start("dir") - 1}
    if ctx.dct is None or n == "X" or not isinstance(n, int):
        return {"type": "DATE", "value": "PAST_REF" if sign < 0 else "FUTURE_REF", "mod": mod, "relative": True, "resolved": ctx.dct is not None}
    if u == "year" and n == 1 and d in ("earlier", "ago") and ctx.last_quarter and ctx.last_quarter[0] == _quarter(ctx.dct)[0]:
        ly, lq = ctx.last_quarter
        return {"type": "DATE", "value": f"{ly - 1}-Q{lq}", "mod": mod, "relative": True}
    return {"type": "DATE", "value": _shift(ctx.dct, sign * n, u), "mod": mod, "relative": True}


_DUR_DET = "past|last|next|first|previous|coming|following|final|remaining|same|last|latest|ensuing|initial|preceding|subsequent"
_DUR_DET2 = "past|last|next|first|previous|coming|following|final|remaining|latest|initial"


@_rule("duration", rf"\b(?:(?P<det>the|a|an|another|(?:the\s+)?(?:{_DUR_DET}))\s+)?(?:(?P<det2>{_DUR_DET2})\s+)?(?:(?P<apx>{_APPROX})\s+)?(?P<n>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?\s+(?P<u>{_UNIT})(?P<orso>\s+or\s+so)?(?![\w-])", re.I)
def _h_duration(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    n_raw = m["n"].lower()
    u = m["u"].lower()
    det = " ".join(filter(None, [(m["det"] or "").lower(), (m["det2"] or "").lower()]))
    plural = u.endswith("s") and u not in ("hours",) or u in ("hours", "centuries")
    plural = u.endswith("s") or u == "centuries"
    if n_raw in ("a", "an"):
        if plural:
            return None
        before = ctx.text[max(0, m.start() - 25) : m.start()].lower()
        if u == "second":
            return None
        if not det and not re.search(r"(?:\b(?:for|within|over|about|nearly|almost|than|in|after|of|lasting|lasted|last|taking|took|spent|spend|past|least|some|up to|only|just)\s*)$", before):
            # "$5 a year", "twice a week": a frequency
            if re.search(r"(?:\b(?:once|twice|times|\d|percent|cent|million|billion|per)\b[^.]{0,12})$", before) or re.search(r"[\d%$]\s*$", before):
                return {"type": "SET", "value": _duration(1, u)}
            return None
    if n_raw in ("some", "many") and not plural:
        return None
    if u in ("second", "seconds") and n_raw in ("a", "an", "one"):
        return None
    n = _num(m["n"])
    if m["n2"]:
        n = "X"
    if isinstance(n, (int, float)) and n > 1 and not plural and not m["n"][0].isdigit() and False:
        return None
    if isinstance(n, (int, float)) and n > 1 and not plural:
        return None  # "two year" is a modifier ("a two year plan")
    if not plural and u.rstrip("s") in ("quarter",) and n_raw in ("a", "an", "one"):
        return None  # "a quarter of the vote"
    if u.startswith("quarter") and n == "X":
        before = det
        if before in ("the past", "past", "last", "the last", "recent"):
            return {"type": "DATE", "value": "PAST_REF", "relative": True}
    if u.startswith("weekend"):
        return None
    apx = (m["apx"] or "").lower()
    mod = _MODS.get(apx) if apx else None
    if m["orso"]:
        mod = "APPROX"
    if apx == "over" and det == "":
        pass
    if n_raw in ("recent",) or det.endswith("recent"):
        return {"type": "DATE", "value": "PAST_REF", "relative": True}
    value = _duration(n, u)
    res: dict[str, Any] = {"type": "DURATION", "value": value, "mod": mod}
    dirn = None
    if any(w in det for w in ("past", "last", "previous", "preceding")):
        dirn = "past"
    elif any(w in det for w in ("next", "coming", "following", "ensuing", "subsequent", "remaining")):
        dirn = "future"
    if dirn and isinstance(n, (int, float)):
        res["extra"] = (dirn, n, u)
        res["relative"] = True
    return res


@_rule("vague_units", r"\b(?:(?P<det>the|in|over)\s+)?(?P<w>recent|coming|past|next few|last few|past few|coming few|ensuing)\s+(?P<u>days|weeks|months|years|decades|quarters)(?:\s+and\s+(?:days|weeks|months|years|decades))?(?![\w-])", re.I)
def _h_vague_units(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    w = m["w"].lower()
    u = m["u"].lower()
    if "and" in m.group().lower() or (w == "recent" and u in ("years", "decades", "quarters")):
        return {"type": "DATE", "value": "PAST_REF", "relative": True, "span_from": m.start("w") if (m["det"] or "").lower() in ("in", "over") else None}
    if (m["det"] or "").lower() in ("in", "over"):
        return {"type": "DURATION", "value": _duration("X", u), "span_from": m.start("w")}
    if w == "past" and not m["det"]:
        return None
    return {"type": "DURATION", "value": _duration("X", u)}


@_rule("ahead", r"\b(?:the\s+)?(?P<u>days|weeks|months|years|decades)\s+(?:ahead|to come)(?![\w-])", re.I)
def _h_ahead(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    return {"type": "DURATION", "value": _duration("X", m["u"])}


@_rule("set", rf"\b(?:(?P<q>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?P<u>day|night|week|weekend|month|year|quarter|decade|morning|evening|afternoon|summer|winter|spring|autumn|{_WEEKDAY}|{_MONTH_FULL})|(?P<adv>daily|nightly|weekly|monthly|quarterly|annually|yearly|biannually|hourly|fortnightly))(?![\w-])", re.I)
def _h_set(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    if m["adv"]:
        adv = m["adv"].lower()
        after = ctx.text[m.end() : m.end() + 12]
        if re.match(r"\s+(?:[A-Z]|[a-z]+(?<!and)(?<!or)(?<!basis)\b(?!\s*[,.]))", after) or re.match(r"\s+[a-z]+s\b", after):
            return None  # an adjective ("quarterly dividend") or a name ("Daily Mail")
        v = {"daily": "XXXX-XX-XX", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "monthly": "P1M", "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y", "biannually": "P6M", "hourly": "PT1H", "fortnightly": "P2W"}[adv]
        return {"type": "SET", "value": v}
    u = m["u"]
    ul = u.lower()
    if ul in _WEEKDAYS:
        return {"type": "SET", "value": f"XXXX-WXX-{_WEEKDAYS[ul]}"}
    if ul in _MONTHS:
        return {"type": "SET", "value": f"XXXX-{_MONTHS[ul]:02d}"}
    if ul in _SEASONS:
        return {"type": "SET", "value": f"XXXX-{_SEASONS[ul]}"}
    if ul in ("morning", "evening", "afternoon"):
        return {"type": "SET", "value": f"XXXX-XX-XXT{_DAY_PARTS[ul]}"}
    k = 2 if m["other"] and m["other"].lower() == "other" else 1
    return {"type": "SET", "value": _duration(k, ul)}


_REFS: dict[str, tuple[str, str]] = {
    "now": ("DATE", "PRESENT_REF"), "right now": ("DATE", "PRESENT_REF"), "just now": ("DATE", "PRESENT_REF"),
    "currently": ("DATE", "PRESENT_REF"), "current": ("DATE", "PRESENT_REF"), "at present": ("DATE", "PRESENT_REF"),
    "presently": ("DATE", "PRESENT_REF"), "nowadays": ("DATE", "PRESENT_REF"), "these days": ("DATE", "PRESENT_REF"),
    "the present": ("DATE", "PRESENT_REF"), "at the moment": ("DATE", "PRESENT_REF"), "the moment": ("DATE", "PRESENT_REF"),
    "so far": ("DATE", "PRESENT_REF"), "to date": ("DATE", "PRESENT_REF"), "as yet": ("DATE", "PRESENT_REF"),
    "recently": ("DATE", "PAST_REF"), "recent": ("DATE", "PAST_REF"), "lately": ("DATE", "PAST_REF"),
    "previously": ("DATE", "PAST_REF"), "formerly": ("DATE", "PAST_REF"), "the past": ("DATE", "PAST_REF"),
    "earlier": ("DATE", "PAST_REF"), "in the past": ("DATE", "PAST_REF"), "the time": ("DATE", "PAST_REF"),
    "once": ("DATE", "PAST_REF"), "the future": ("DATE", "FUTURE_REF"), "future": ("DATE", "FUTURE_REF"),
    "soon": ("DATE", "FUTURE_REF"), "shortly": ("DATE", "FUTURE_REF"), "the near future": ("DATE", "FUTURE_REF"),
    "the near term": ("DATE", "FUTURE_REF"), "the long term": ("DATE", "FUTURE_REF"), "the short term": ("DATE", "FUTURE_REF"),
    "the long run": ("DATE", "FUTURE_REF"), "the years to come": ("DATE", "FUTURE_REF"), "later": ("DATE", "FUTURE_REF"),
    "the medium term": ("DATE", "FUTURE_REF"), "eventually": ("DATE", "FUTURE_REF"),
}  # fmt: skip


@_rule("ref", r"\b(?:right now|just now|now|currently|current|at present|presently|nowadays|these days|the present(?!\s+(?:\w+ing|day))|at the moment|recently|recent|lately|previously|formerly|(?:in\s+)?the past|the time|the (?:near|distant)? ?future|future|soon|the near term|the long term|the short term|the medium term|the long run)(?![\w-])", re.I)
def _h_ref(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    t = m.group().lower()
    span_from = None
    if t.startswith("in the past"):
        span_from = m.start() + 3
        t = "the past"
    if t in ("the distant future",):
        return {"type": "DATE", "value": "FUTURE_REF"}
    if t == "the time":
        before = ctx.text[max(0, m.start() - 4) : m.start()].lower()
        if not before.endswith("at "):
            return None
    if t == "now":
        after = ctx.text[m.end() : m.end() + 10]
        if re.match(r"\s+that\b", after):
            return None
    if t in ("current", "recent", "future"):
        if m.group()[0].isupper() and m.start() > 0 and ctx.text[m.start() - 1] not in "\n\"“'(":
            return None  # a name ("Current Affairs")
        nxt = re.match(r"\s+([A-Za-z-]+)", ctx.text[m.end() : m.end() + 30])
        if not nxt:
            return None
        if t == "current" and nxt.group(1).lower() in ("account", "accounts", "affairs", "events", "flow", "flows", "density", "carrying", "sea"):
            return None
        if t == "future" and nxt.group(1).lower() in ("contract", "contracts", "prices", "market", "markets"):
            return None
    if t in ("the long term", "the short term", "the medium term", "the long run"):
        before = ctx.text[max(0, m.start() - 6) : m.start()].lower()
        if not re.search(r"\b(?:in|over)\s+$", before):
            return None
    if t == "the present":
        return {"type": "DATE", "value": "PRESENT_REF", "relative": True}
    typ, val = _REFS.get(t, ("DATE", "PRESENT_REF"))
    return {"type": typ, "value": val, "relative": True, "span_from": span_from}


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


# ----------------------------------------------------------------------------- spans
def value_span(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The calendar span (first day, last day) a TIMEX3 date value covers, or None.

    Example:
        >>> value_span("2021-W52")
        (datetime.date(2021, 12, 27), datetime.date(2022, 1, 2))
    """
    if not value or "X" in value or value.endswith("_REF") or value.startswith("P"):
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        sa, sb = value_span(a), value_span(b)
        if sa and sb:
            return sa[0], sb[1]
        return None
    v = value.split("T")[0]
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            d = dt.date.fromisoformat(v)
            return d, d
        if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1])
        if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
            mon = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            if m[3]:
                return mon + dt.timedelta(days=5), mon + dt.timedelta(days=6)
            return mon, mon + dt.timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
            y, q = int(m[1]), int(m[2])
            e = q * 3
            return dt.date(y, e - 2, 1), dt.date(y, e, calendar.monthrange(y, e)[1])
        if m := re.fullmatch(r"(\d{4})-H([12])", v):
            y, h = int(m[1]), int(m[2])
            return (dt.date(y, 1, 1), dt.date(y, 6, 30)) if h == 1 else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
            y = int(m[1])
            a, b = _SEASON_MONTHS[m[2]]
            if m[2] == "WI":
                return dt.date(y, 12, 1), dt.date(y + 1, 2, calendar.monthrange(y + 1, 2)[1])
            return dt.date(y, a, 1), dt.date(y, b, calendar.monthrange(y, b)[1])
        if re.fullmatch(r"\d{4}", v):
            y = int(v)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
        if re.fullmatch(r"\d{3}", v):
            y = int(v) * 10
            return dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31)
        if re.fullmatch(r"\d{2}", v):
            y = int(v) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
    except ValueError:
        return None
    return None


def _narrow(span: tuple[dt.date, dt.date], mod: str | None) -> tuple[dt.date, dt.date]:
    a, b = span
    n = (b - a).days
    if n < 3 or mod not in ("START", "END", "MID"):
        return span
    third = n // 3
    if mod == "START":
        return a, a + dt.timedelta(days=third)
    if mod == "END":
        return b - dt.timedelta(days=third), b
    return a + dt.timedelta(days=third), b - dt.timedelta(days=third)


def _duration_span(dct: dt.date, extra: tuple[str, Any, str]) -> tuple[dt.date, dt.date] | None:
    dirn, n, unit = extra
    u = unit.lower().rstrip("s")
    days = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30.44, "quarter": 91.3, "year": 365.25, "decade": 3652.5}.get(u)
    if days is None or not isinstance(n, (int, float)):
        return None
    delta = dt.timedelta(days=round(n * days))
    return (dct - delta, dct) if dirn == "past" else (dct, dct + delta)


def _relation(span: tuple[dt.date, dt.date] | None, value: str | None, dct: dt.date | None) -> str | None:
    if value == "PAST_REF":
        return "past"
    if value == "PRESENT_REF":
        return "present"
    if value == "FUTURE_REF":
        return "future"
    if span is None or dct is None:
        return None
    if span[1] < dct:
        return "past"
    if span[0] > dct:
        return "future"
    return "present"


# ----------------------------------------------------------------------------- main entry points
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


# ----------------------------------------------------------------------------- prefilter
# Scanning a rule's regular expression over the whole text is most of the tagger's cost, and most
# of a news text holds no time expression. Every match of a rule contains one of its *trigger*
# words (found in the lower-cased text with a cheap literal search) and has at most ``before``
# "counted" characters before the trigger's start and ``after`` from the trigger's start to its
# end, lookaheads included. Counted characters are printable ASCII other than digits and "-":
# the only unbounded repeats in the rules are of whitespace, digits, hyphens and (in a lookahead)
# word characters, and the scan windows are widened to a word's end. So a rule is only scanned
# in windows around its triggers, which finds exactly the matches of a whole-text scan.
_TRIGGER_UNIT = r"second|minute|hour|day|night|week|month|quarter|year|decade|century|centuries"
_TRIGGER_MONTH = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_TRIGGERS: dict[str, tuple[str, int, int]] = {
    "iso": (r"\d{4}-\d", 5, 20),
    "numeric": (r"\d[/.]\d", 5, 20),
    "day_month": (_TRIGGER_MONTH, 50, 40),
    "month_day": (_TRIGGER_MONTH, 40, 60),
    "month_year": (_TRIGGER_MONTH, 10, 30),
    "month": (_TRIGGER_MONTH, 20, 25),
    "season": (r"spring|summer|autumn|fall|winter", 20, 25),
    "decade": (r"\d0'?s", 20, 10),
    "century": (r"century", 45, 20),
    "year": (r"\d{4}", 25, 20),
    "quarter": (r"quarter", 40, 50),
    "quarter_code": (r"q[1-4]", 5, 15),
    "half": (r"half", 25, 45),
    "ref_quarter": (r"quarter|period", 50, 20),
    "year_earlier": (r"year", 20, 40),
    "rel_unit": (r"week|month|year|decade|century|season", 60, 20),
    "year_end": (r"year", 25, 25),
    "day_deictic": (r"today|tonight|yesterday|tomorrow|overnight", 40, 35),
    "day_part": (r"morning|afternoon|evening|night", 35, 25),
    "weekday": (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", 40, 40),
    "clock": (r"\d|noon|midnight", 5, 35),
    "ago": (_TRIGGER_UNIT, 50, 40),
    "duration": (_TRIGGER_UNIT, 90, 35),
    "vague_units": (r"days|weeks|months|years|decades|quarters", 35, 40),
    "ahead": (r"days|weeks|months|years|decades", 20, 35),
    "set": (r"every|each|per|daily|nightly|weekly|monthly|quarterly|annually|yearly|biannually|hourly|fortnightly", 5, 40),
    "ref": (r"now|current|present|days|moment|recent|lately|previous|formerly|past|time|future|soon|term|run", 30, 50),
}
_WORD_END = re.compile(r"\w*")

# Trigger positions are found per whitespace-separated token of the lower-cased text, cached per
# token: no trigger matches whitespace, so a whole-text ``finditer`` never crosses a token and
# running it on each token gives the same positions (a token-by-token finditer restarts where the
# previous match ended, like the whole-text one).
_TRIGGER_LIST = sorted({trig for trig, _, _ in _TRIGGERS.values()})
_TRIGGER_LIST_RX = [re.compile(trig) for trig in _TRIGGER_LIST]


def _alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a regular expression."""
    out: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def _prefix_tree(words: set[str]) -> str:
    """A regex finding one of ``words`` anywhere, as a prefix tree (re tries a flat alternation
    word by word at every position). A word that extends a shorter one is left out: the shorter
    one is found wherever it is."""
    tree: dict[str, Any] = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        alts = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return walk(tree)


def _any_trigger() -> re.Pattern[str]:
    """Finds a match of some trigger exactly when one exists (most new tokens hold none)."""
    alts = {a for trig in _TRIGGER_LIST for a in _alternatives(trig)}
    words = {a for a in alts if a.isalpha()}
    return re.compile("|".join([_prefix_tree(words), *sorted(alts - words)]))


_ANY_TRIGGER = _any_trigger()
_TOKEN_HITS: dict[str, tuple[tuple[int, int], ...]] = {}  # token -> ((trigger index, offset), ...)
_TOKEN_HITS_MAX = 100_000
# Triggers every match of which holds a digit ("\d{4}", "q[1-4]"): a token without a digit skips them.
_DIGIT_TRIGGERS = {i for i, trig in enumerate(_TRIGGER_LIST) if all(re.search(r"\\d|\[1-4\]", a) for a in _alternatives(trig))}
_TRIGGER_RX_ALL = list(enumerate(_TRIGGER_LIST_RX))
_TRIGGER_RX_WORDS = [(i, trx) for i, trx in _TRIGGER_RX_ALL if i not in _DIGIT_TRIGGERS]
_DIGIT = re.compile(r"\d")
# No trigger has lookarounds and every trigger match starts and ends with a letter or digit
# (tests/test_timex_prefilter.py checks it): stripping these characters off a token's ends keeps
# its matches, shifted, so "2021," and "(today" share the cache entries of "2021" and "today".
_EDGE = ",.;:!?\"'()[]{}“”‘’«»…*—–-/"

# Per rule, a further necessary condition at a trigger position, checked on the original text
# with the rule's own flags. Each only looks at characters *inside* a match of the rule (or before
# it), never after its end: every match (also one the windowed search could see in a truncated
# window) contains a trigger position that passes, so dropping the positions that fail keeps the
# windows' guarantee above while most windows (words like "today", "market", "know", "per cent"
# and numbers that are not clock times) are never searched.
_UNIT_START = r"(?:(?<=\s)|(?<=\sfort))"  # a unit follows whitespace; "fort|night" is the one unit with the trigger inside
_MONTH_AT = re.compile(rf"\b(?:{_MONTH})")
_UNIT_AT = re.compile(_UNIT_START, re.I)


def _ends_with(*words: str, flags: int = 0) -> re.Pattern[str]:
    """Matches (empty) at a position right after one of ``words``."""
    return re.compile("|".join(f"(?<={w})" for w in words), flags)


_NUM_END = _ends_with(
    r"\d", "a", "an", "of", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
    "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "few", "several", "many", "some",
    flags=re.I,
)  # fmt: skip  # what a ``_NUM`` ends with ("half a", "a couple of", "twenty-one" included)
_DAY_END = _ends_with(*(rf"{d}{x}" for d in (r"\d", "st", "nd", "rd", "th") for x in ("", r"\.")), "of")
_REL_DET_END = _ends_with(
    "this", "last", "next", "past", "previous", "coming", "current", "following", "that", "the", "same", "full",
    "entire", "whole", "latest", "new", "fiscal", "financial", "school", flags=re.I,
)  # fmt: skip
_VAGUE_END = _ends_with("recent", "coming", "past", "few", "ensuing", flags=re.I)


def _after_space(end: re.Pattern[str], text: str, j: int) -> bool:
    """``text[:j]`` ends with whitespace, and ``end`` matches where that whitespace starts."""
    if j == 0 or not text[j - 1].isspace():
        return False
    while j > 0 and text[j - 1].isspace():  # str.isspace is re's \s
        j -= 1
    return end.match(text, j) is not None


def _number_unit_at(text: str, i: int) -> bool:
    """A unit word at trigger ``i`` comes after a number and whitespace (``_NUM\\s+_UNIT``)."""
    if not _UNIT_AT.match(text, i):
        return False
    return _after_space(_NUM_END, text, i if text[i - 1].isspace() else i - 4)  # "fort|night"


def _day_month_at(text: str, i: int) -> bool:
    """A month at trigger ``i`` comes after a day ("12", "12th.", "12th of") and whitespace."""
    return _MONTH_AT.match(text, i) is not None and _after_space(_DAY_END, text, i)


def _rel_unit_at(text: str, i: int) -> bool:
    """A unit at trigger ``i`` comes after a determiner ("last", "the same", "this fiscal") and whitespace."""
    return _after_space(_REL_DET_END, text, i)


def _vague_unit_at(text: str, i: int) -> bool:
    """Units at trigger ``i`` come after "recent", "coming", "past", "few" or "ensuing" and whitespace."""
    return _after_space(_VAGUE_END, text, i)


_KEEP: dict[str, Callable[[str, int], object]] = {
    "day_month": _day_month_at,
    "month_day": re.compile(rf"\b(?:{_MONTH})\s+(?:the\s+)?\d").match,
    "month_year": re.compile(rf"\b(?:{_MONTH})(?:,\s*|\s+of\s+|\s+)(?:1[0-9]{{3}}|20[0-9]{{2}})").match,
    "month": re.compile(rf"\b(?:{_MONTH_FULL}|Sept\.)").match,
    "year_earlier": re.compile(r"year[- ](?:earlier|ago|before)|(?<=prior-)year", re.I).match,
    "rel_unit": _rel_unit_at,
    "year_end": re.compile(r"year(?:-end|'s end| end)|(?<=end-)year|(?<=end of )year|(?<=end of the )year", re.I).match,
    "weekday": re.compile(rf"\b{_WEEKDAY}").match,
    "clock": re.compile(r"\d{1,2}(?:[:.][0-5][0-9])?\s*(?:a\.m\.|p\.m\.|am|pm|AM|PM)|\d{1,2}:[0-5][0-9]|noon|midnight").match,
    "ago": re.compile(
        rf"{_UNIT_START}[a-z]*\s+(?:ago|earlier|later|before|after|from now|hence|previously|prior)", re.I
    ).match,
    "duration": _number_unit_at,
    "vague_units": _vague_unit_at,
    "ahead": re.compile(r"\b(?:days|weeks|months|years|decades)\s+(?:ahead|to come)", re.I).match,
    "set": re.compile(
        r"\b(?:(?:every|each|per)\s|daily|nightly|weekly|monthly|quarterly|annually|yearly|biannually|hourly|fortnightly)",
        re.I,
    ).match,
    "ref": re.compile(
        r"\b(?:now|current|present|recent|lately|previous|formerly|future|soon)|(?<=these )days|(?<=at the )moment"
        r"|(?<=the )(?:past|time)|(?:(?<=near)|(?<=distant))future|(?:(?<=near )|(?<=long )|(?<=short )|(?<=medium ))term"
        r"|(?<=long )run",
        re.I,
    ).match,
}


def _core_hits(core: str) -> tuple[tuple[int, int], ...]:
    """Trigger matches in a token: ``((trigger index, start), ...)`` by trigger, then start."""
    if not _ANY_TRIGGER.search(core):
        return ()
    rxs = _TRIGGER_RX_ALL if _DIGIT.search(core) else _TRIGGER_RX_WORDS
    return tuple([(i, m.start()) for i, trx in rxs for m in trx.finditer(core)])


# Per rule, a regex matching (at the same position) wherever the rule matches: a prefix tree of
# every word its match can start with. Scanning for it and trying the rule only where it matches
# finds the rule's leftmost match (re tries the rule's long alternations at every word start).
# (Words are taken from the alternations with findall: a superset of the first words is safe, and
# none of these alternations holds an escape.)
_NUM_WORDS = {"a", "an", *re.findall(r"[a-z]+", _APPROX + _SMALLNUM)}  # _APPROX or _NUM ("\\d" below)
_CALENDAR_WORDS = set(re.findall(r"[A-Za-z]+", _WEEKDAY + _MONTH))
_FIRST: dict[str, re.Pattern[str]] = {
    "duration": re.compile(rf"\b(?:\d|{_prefix_tree({'the', 'another', *re.findall('[a-z]+', _DUR_DET), *_NUM_WORDS})})", re.I),
    "ago": re.compile(rf"\b(?:\d|{_prefix_tree(_NUM_WORDS)})", re.I),
    "month_day": re.compile(rf"\b{_prefix_tree(_CALENDAR_WORDS)}"),  # _WD_PREFIX or _MONTH
    # mod, rel or _WEEKDAY
    "weekday": re.compile(rf"\b{_prefix_tree({*str.split('early late later earlier last next this the that coming'), *_CALENDAR_WORDS})}"),
}


def _ref_first() -> re.Pattern[str]:
    """The start filter of the "ref" rule: the first words of its alternatives."""
    rx = next(rx for name, rx, _ in _RULES if name == "ref")
    alts = _alternatives(rx.pattern.removeprefix(r"\b(?:").removesuffix(r")(?![\w-])"))
    words = {m.group() for a in alts if (m := re.match("[a-z]+", a))}
    optional = [a for a in alts if not a[0].isalpha()]
    if optional != [r"(?:in\s+)?the past"]:  # pragma: no cover - the rule changed: list its first words here
        raise AssertionError(optional)
    return re.compile(rf"\b{_prefix_tree({'in', 'the', *words})}", re.I)


_FIRST["ref"] = _ref_first()


def _search(rx: re.Pattern[str], first: re.Pattern[str] | None, text: str, pos: int, end: int) -> re.Match[str] | None:
    """``rx.search(text, pos, end)``; with ``first`` (see ``_FIRST``), ``rx`` is tried only where ``first`` matches."""
    if first is None:
        return rx.search(text, pos, end)
    while f := first.search(text, pos, end):
        if m := rx.match(text, f.start(), end):
            return m
        pos = f.start() + 1
    return None


def _token_hits(token: str) -> tuple[tuple[int, int], ...]:
    """:func:`_core_hits` of a token not in the cache, via the cached entry of its stripped core."""
    hits = _TOKEN_HITS.get(token)
    if hits is not None:  # a token seen earlier in the same text
        return hits
    core = token.strip(_EDGE)
    if len(core) == len(token):
        hits = _core_hits(token)
    else:
        hits = _TOKEN_HITS.get(core)
        if hits is None:
            hits = _core_hits(core)
            _TOKEN_HITS[core] = hits
        lead = len(token) - len(token.lstrip(_EDGE))
        if lead and hits:
            hits = tuple([(i, off + lead) for i, off in hits])
    if len(_TOKEN_HITS) >= _TOKEN_HITS_MAX:
        _TOKEN_HITS.clear()
    _TOKEN_HITS[token] = hits
    return hits


def _trigger_starts(low: str) -> dict[str, list[int]]:
    """Start of every trigger match in ``low``: ``[m.start() for m in re.finditer(trigger, low)]``."""
    tokens = low.split()  # str.split's whitespace is re's \s
    get = _TOKEN_HITS.get
    hits = list(map(get, tokens))
    if None in hits:  # new tokens (a repeated one finds the entry its first sighting stored)
        k = hits.index(None)
        try:
            while True:  # list.index finds the few new tokens faster than a loop over all
                hits[k] = _token_hits(tokens[k])
                k = hits.index(None, k + 1)
        except ValueError:
            pass
    by_index: list[list[int]] = [[] for _ in _TRIGGER_LIST]
    pos = 0
    for k in compress(range(len(tokens)), hits):
        token = tokens[k]
        # The tokens between ``pos`` and this one hold no trigger, so they cannot contain this
        # token (which does): its first occurrence from ``pos`` on is the token itself.
        at = low.find(token, pos)
        pos = at + len(token)
        for i, off in hits[k]:
            by_index[i].append(at + off)
    return dict(zip(_TRIGGER_LIST, by_index, strict=True))


def _rule_matches(text: str) -> list[list[re.Match[str]]]:
    """``list(rx.finditer(text))`` for every rule of ``_RULES``, scanning only near triggers."""
    low = text.lower()
    if len(text) < 400 or len(low) != len(text) or "\u0131" in text or "\u017f" in text:
        # short texts gain nothing; case folding that lower() does not mirror ("ı", "ſ", "İ")
        return [list(rx.finditer(text)) for _, rx, _ in _RULES]
    import numpy as np

    try:
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    except UnicodeError:  # pragma: no cover - any Python str encodes with surrogatepass
        return [list(rx.finditer(text)) for _, rx, _ in _RULES]
    counted = (codes > 32) & (codes < 127) & ((codes < 48) | (codes > 57)) & (codes != 45)
    cnt = np.concatenate(([0], np.cumsum(counted))).tolist()
    n = len(text)
    found = _trigger_starts(low)
    out: list[list[re.Match[str]]] = []
    for name, rx, _ in _RULES:
        trig, before, after = _TRIGGERS[name]
        starts = found[trig]
        keep = _KEEP.get(name)
        first = _FIRST.get(name)
        if keep is not None and starts:
            starts = [i for i in starts if keep(text, i)]
        if not starts:
            out.append([])
            continue
        at = [cnt[i] for i in starts]
        lo = [max(bisect_right(cnt, c - before) - 1, 0) for c in at]
        hi = [min(bisect_left(cnt, c + after), n) for c in at]
        matches: list[re.Match[str]] = []
        pos = 0
        k = 0
        while k < len(lo):
            a, b = lo[k], hi[k]
            k += 1
            while k < len(lo) and lo[k] <= b:
                b = hi[k]
                k += 1
            b = _WORD_END.match(text, b).end()  # type: ignore[union-attr]
            pos = max(pos, a)
            while m := _search(rx, first, text, pos, b):
                matches.append(m)
                pos = m.end() if m.end() > m.start() else m.end() + 1
        out.append(matches)
    return out


_QUARTER_VALUE = re.compile(r"\d{4}-Q[1-4]")
_YEAR_VALUE = re.compile(r"\d{4}")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(T.*)?")


@functools.lru_cache(maxsize=4096)
def _value_span_cached(value: str) -> tuple[dt.date, dt.date] | None:
    return value_span(value)  # pure, and the dates it returns are immutable


def find_timexes(
    text: str,
    *,
    dct: dt.date | None = None,
    dayfirst: bool = False,
    sentences: list[tuple[int, int]] | None = None,
) -> list[Timex]:
    """Find and normalise temporal expressions in ``text`` (see :func:`tag_text`)."""
    ctx = _Ctx(text=text, dct=dct, dayfirst=dayfirst, sentences=sentences or _split_sentences(text))
    cands: list[tuple[int, int, int, str, re.Match[str], Handler]] = []
    for prio, ((name, _rx, fn), found) in enumerate(zip(_RULES, _rule_matches(text), strict=True)):
        for m in found:
            if m.end() > m.start():
                cands.append((m.start(), m.end(), prio, name, m, fn))
    # Longest match first; among equals the earlier rule; then resolve left to right.
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    # Taken spans are disjoint: kept sorted, the one starting last before ``e`` also ends last.
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    chosen = []
    rejected: set[tuple[int, int, str]] = set()
    for c in cands:
        s, e = c[0], c[1]
        k = bisect_left(taken_starts, e)
        if k and taken_ends[k - 1] > s:
            continue
        chosen.append(c)
        taken_starts.insert(k, s)
        taken_ends.insert(k, e)
    chosen.sort(key=lambda c: c[0])
    out: list[Timex] = []
    pending = list(chosen)
    i = 0
    while i < len(pending):
        s, e, _prio, name, m, fn = pending[i]
        i += 1
        res = fn(m, ctx)
        if res is None:
            rejected.add((s, e, name))
            # fall back to shorter candidates inside the rejected span
            inner = [
                c
                for c in cands
                if c[0] >= s and c[1] <= e and (c[0], c[1], c[3]) not in rejected and (c[0], c[1]) != (s, e) or (c[0] >= s and c[1] <= e and (c[0], c[1]) == (s, e) and c[3] != name and (c[0], c[1], c[3]) not in rejected)
            ]
            inner.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
            picked: list[Any] = []
            for c in inner:
                if any(c[0] < pe and pc < c[1] for pc, pe in [(p[0], p[1]) for p in picked]):
                    continue
                picked.append(c)
            pending[i:i] = sorted(picked, key=lambda c: c[0])
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
        resolved = bool(res.get("resolved", True)) and value is not None and not (value.startswith("XXXX") or "XX" in value and dct is None)
        if dct is None and res.get("relative"):
            resolved = False
        span = _value_span_cached(value) if resolved else None
        if span is not None:
            span = _narrow(span, mod)
        if span is None and resolved and dct is not None and res.get("extra"):
            span = _duration_span(dct, res["extra"])
        if span is None and value == "PRESENT_REF" and dct is not None:
            span = (dct, dct)
        tmx = Timex(
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
            relation=(res["extra"][0] if res.get("extra") and span is not None else _relation(span, value, dct))
            if dct is not None
            else None,
            rule=name,
        )
        out.append(tmx)
        # discourse references used by later expressions
        if value and _QUARTER_VALUE.fullmatch(value) and name in ("quarter", "quarter_code", "ref_quarter") and not res.get("noref"):
            ctx.last_quarter = (int(value[:4]), int(value[-1]))
        if value and _YEAR_VALUE.fullmatch(value):
            ctx.last_year = int(value)
        if value and _DAY_VALUE.fullmatch(value):
            ctx.last_day = dt.date.fromisoformat(value[:10])
    return out


def tag_text(text: str, *, dct: dt.date | str | None = None, dayfirst: bool = False) -> pd.DataFrame:
    """Tag the temporal expressions of a raw text.

    Args:
        text: any English text.
        dct: document creation time (publication date) used to resolve relative expressions;
            ``None`` keeps them unresolved.
        dayfirst: read ambiguous numeric dates (03/04/2021) day-first.

    Returns:
        DataFrame with columns ``text, start, end, type, value, mod, date_start, date_end,
        relative, resolved, relation`` (see :mod:`toolkit.temporal.timex`).

    Example:
        >>> tag_text("It rained yesterday.", dct="2021-12-31")["value"].tolist()
        ['2021-12-30']
    """
    import pandas as pd

    if isinstance(dct, str):
        dct = dt.date.fromisoformat(dct[:10])
    rows = [{c: getattr(t, c) for c in TIMEX_COLUMNS} for t in find_timexes(text, dct=dct, dayfirst=dayfirst)]
    df = pd.DataFrame(rows, columns=TIMEX_COLUMNS)
    return df.astype({"start": "int64", "end": "int64", "relative": "bool", "resolved": "bool"})
