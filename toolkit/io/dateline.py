"""Datelines: the publication date a pasted article carries in its own first lines.

A pasted Wikinews article starts "Headline / Wednesday, September 11, 2019 / ..."; wire copy
starts its first paragraph "WASHINGTON, Dec. 3, 2021 (Reuters) -"; many pages print
"Published: 3 December 2021" under the headline. :func:`find_dateline` finds such a line in the
first lines of the text and returns its date and where it is. The text itself is never changed
(the segmenter keeps labelling the line as it always did); the loader only uses the date when
no ``published=`` argument or metadata gives one, and records that in
``article.meta["published_from"]``.

Only the top of the article is searched (the first :data:`MAX_LINES` non-empty lines, within
the first :data:`MAX_CHARS` characters, above the first sentence of prose), so a date inside the story ("On March 3, 2020 the
court...") or a timeline list further down is never taken for the publication date. A
dateline without a year ("WASHINGTON, Dec 3 (Reuters) -") is reported with ``date=None``:
guessing the year would be inventing data.

Example:
    >>> d = find_dateline("Storm hits coast\\n\\nWednesday, September 11, 2019\\n\\nIt rained.")
    >>> d.date, d.start, d.end, d.text
    (datetime.date(2019, 9, 11), 18, 47, 'Wednesday, September 11, 2019')
    >>> find_dateline("LONDON, 3 December 2021 (AP) — Ministers met.").date
    datetime.date(2021, 12, 3)
    >>> find_dateline("WASHINGTON, Dec 3 (Reuters) - Talks resumed.").date is None
    True
    >>> find_dateline("Paris, June 10, 2024 — Macron spoke.").date
    datetime.date(2024, 6, 10)
    >>> find_dateline("Acme posts results\\n\\nSEATTLE, Oct. 28, 2025 /PRNewswire/ -- Acme Inc. today reported.").date
    datetime.date(2025, 10, 28)
    >>> find_dateline("Storm hits coast\\nGENEVA, August 14, 2024\\nIt rained.").date
    datetime.date(2024, 8, 14)
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from toolkit.text.datestyle import day_first

__all__ = ["Dateline", "find_dateline", "MAX_LINES", "MAX_CHARS"]

#: How many non-empty lines from the top are searched (lines of up to four words without a digit not counted).
MAX_LINES = 6
#: How far into the text (characters) a dateline may start.
MAX_CHARS = 1500

_MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MON = r"(?P<{g}>(?i:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r"))\.?"
_WEEKDAY = (
    r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?\s+)?"
)
_ORD = r"(?:st|nd|rd|th)?"
# A date with its year: "September 11, 2019", "Dec. 3, 2021", "3 December 2021", "2021-12-03".
_FULL_DATE = (
    _WEEKDAY
    + r"(?:" + _MON.format(g="m1") + r"\s+(?P<d1>\d{1,2})" + _ORD + r",?\s+(?P<y1>\d{4})"
    + r"|(?P<d2>\d{1,2})" + _ORD + r"\.?\s+(?:of\s+)?" + _MON.format(g="m2") + r",?\s+(?P<y2>\d{4})"
    + r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})"
    # month and day in figures, when one of them can only be the day ("12/18/2024": Politico's; not "05/06/2024")
    + r"|(?P<a6>\d{1,2})/(?P<b6>\d{1,2})/(?P<y6>\d{4})"
    # day first with dots ("07.12.2023": Anadolu's, and Europe's)
    + r"|(?P<d8>\d{1,2})\.(?P<m8>\d{1,2})\.(?P<y8>\d{4}))"
)
_TIME = (r"(?:(?:,|\s*[·|•\-–])?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:,?\s+\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?"
         r"(?:\s*\([A-Z][\w .'-]{1,30}\))?"  # (the town of the time: "at 1:37 pm (Paris)", Le Monde's)
         # (Reuters' page, glued: "December 16, 20243:45 PM GMTUpdated 2 hours ago")
         r"|(?<=\d{4})\d{1,2}:\d{2}\s*(?:[AP]M)?\s*[A-Z]{2,5}(?:Updated\s+\d+\s+(?:minutes?|hours?|days?)\s+ago)?"
         # (Al Jazeera's page, the date twice, glued: "Published On 19 Jan 202519 Jan 2025")
         r"|(?<=\d{4})\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})?")
_LABEL = (r"(?:(?:First\s+)?Published|Posted|Filed|Dated?|Updated|Issued)(?:\s+on)?\s*[:\-–/]?\s*"  # ("Updated - …": the Hindu's; "Updated / …": RTÉ's)
          # a time before the date ("Updated 5:51 PM GMT+1, March 25, 2024": AP's page)
          r"(?:\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d{1,2})?)?,?\s+)?")
# ("Published: 08:12 GMT, 21 March 2025": the Daily Mail's, a 24-hour time and its zone)
_AGENCY = (r"\((?:Reuters|AP|AFP|dpa|UPI|Xinhua|Bloomberg|CNN|BBC|PA|ANSA|EFE|IANS|PTI|ANI|Kyodo|TASS|CP|AAP|Yonhap)\)"
           r"|/(?:PR ?Newswire|Business ?Wire|GLOBE ?NEWSWIRE|Globe ?Newswire|ACCESSWIRE|Accesswire|EQS-News|"
           r"Newsfile|Marketwired|CNW|PRWeb|EINPresswire)/")  # (a press release: "SEATTLE, Oct. 28, 2025 /PRNewswire/ --")
_CITY = r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
#: Capitalised words before a date on its line: a place or a byline ("GENEVA, August 14, 2024", "Geneva, Switzerland,
#: Aug. 14, 2024", "By Jane Doe, 14 August 2024").
_PLACE_OR_BYLINE = r"(?-i:(?:By\s+)?[A-Z][\w.'’\-]*(?:,?\s+[A-Z][\w.'’\-]*){0,4})(?:,|\s*\|)\s*"  # ("Ahmet Gencturk  |07.12.2023")
#: A line that is a date, possibly labelled ("Published: 3 December 2021"), placed or signed, or timed.
#: a second stamp after the first, whose date is not read ("Posted Thu 7 Nov 2024 at 10:13am, updated Thu 7 Nov 2024
#: at 12:40pm": ABC News)
_UPDATED = (r"(?:\s*[,;|·•\-–]?\s*(?:(?:last\s+)?updated?|modified)(?:\s+on)?\s*:?\s*(?:\d{1,2}[./]\d{1,2}[./]\d{4}"
            + _TIME + r"|" + _WEEKDAY
            + r"[\w ,.:]{4,30}?\d{4}" + _TIME + r"|\d{1,2}:\d{2}|" + _MON.format(g="m7") + r"\s+\d{1,2}))?")
# (or its time only: "• Updated 18:02"; or its day: "| Last Updated: January 6")
#: a byline with its agency, slashes between, before the stamp ("Nitin Yeshwantrao / TNN / Updated: Nov 12, 2024")
_BYLINE_AGENCY = r"(?-i:[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s*/\s*[A-Z]{2,6}\s*/\s*)"
#: the town after the stamp ("Updated - January 16, 2025 11:02 am IST - BENGALURU": the Hindu's)
_TOWN_AFTER = r"(?-i:(?:[ \t]*[-–][ \t]*[A-Z][\w.'’ &-]{1,40})?)"  # (or the section: "Jan 21, 2025 - Technology")
_DATE_LINE = re.compile(r"[ \t]*(?:" + _BYLINE_AGENCY + r"?" + _LABEL + r"|" + _PLACE_OR_BYLINE + r")?" + _FULL_DATE + _TIME + _UPDATED
                        + _TOWN_AFTER + r"[ \t]*\.?[ \t]*$", re.IGNORECASE)
# Wire copy: "WASHINGTON, Dec 3 (Reuters) -", "LONDON, 3 December 2021 (AFP) -", "LONDON (AP) —".
_WIRE = re.compile(
    r"[ \t]*(?P<city>" + _CITY + r")"
    r"(?:,\s+(?P<wdate>" + _FULL_DATE
    + r"|" + _MON.format(g="m4") + r"\s+(?P<d4>\d{1,2})" + _ORD
    + r"|(?P<d5>\d{1,2})" + _ORD + r"\s+" + _MON.format(g="m5") + r"))?"
    + r"\s*(?P<agency>" + _AGENCY + r")?\s*[-–—]+(?=\s)",
)

#: Wire copy with the town in title case ("Paris, June 10, 2024 —", "Seoul, Dec 4 (Reuters) -"): only with the year or
#: the agency, so that prose opening with a place and a date is not taken for one.
_WIRE_TITLE = re.compile(
    r"[ \t]*(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?)"
    r"(?:,\s+(?P<wdate>" + _FULL_DATE.replace("?P<", "?P<t") + r")\s*(?P<agency>" + _AGENCY + r")?"
    + r"|(?:,\s+(?:" + _MON.format(g="tm4") + r"\s+\d{1,2}" + _ORD + r"|\d{1,2}" + _ORD + r"\s+" + _MON.format(g="tm5")
    + r"))?\s*(?P<agency2>" + _AGENCY + r"))"
    + r"\s*[-–—]+(?=\s)",
)

#: lines around a headline that say who wrote it, who took its picture, or how to hear it: not counted as read
_UNCOUNTED = re.compile(r"^\s*(?:By\s+[A-Z]|Reporting\s+(?:from|by)\b|Listen to this article|Share\b|Skip to\b|"
                        r"This article is more than\b)|Credit\.\.\.|\s-\sBack to homepage|"
                        r"/(?:AP|Reuters|REUTERS|Associated Press|Getty Images|AFP|EPA)\b")
_PROSE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


class Dateline(NamedTuple):
    """A dateline found in the text: its date (``None`` when it gives no year), where it is
    (``text[start:end]``) and its words."""

    date: dt.date | None
    start: int
    end: int
    text: str


def _date_of(m: re.Match[str], prefix: str = "", text: str = "") -> dt.date | None:
    """The date of a match of :data:`_DATE_LINE` or :data:`_WIRE` (or, its groups named with ``prefix``,
    :data:`_WIRE_TITLE`)."""
    g = m.groupdict() if not prefix else {k[len(prefix) :]: v for k, v in m.groupdict().items() if k.startswith(prefix)}
    try:
        if g.get("y1"):
            return dt.date(int(g["y1"]), _MONTH_NAMES[g["m1"].lower()], int(g["d1"]))
        if g.get("y2"):
            return dt.date(int(g["y2"]), _MONTH_NAMES[g["m2"].lower()], int(g["d2"]))
        if g.get("y3"):
            return dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        if g.get("y8"):
            return dt.date(int(g["y8"]), int(g["m8"]), int(g["d8"]))
        if g.get("y6"):
            a, b = int(g["a6"]), int(g["b6"])
            if a <= 12 < b:
                return dt.date(int(g["y6"]), a, b)  # "12/18/2024": December 18
            if b <= 12 < a:
                return dt.date(int(g["y6"]), b, a)  # "18/12/2024": the same day written the other way
            if text and (first := day_first(text)) is not None:
                # "Published on 06/12/2024" over a story that writes "on 24 November": 6 December (Euronews)
                return dt.date(int(g["y6"]), b, a) if first else dt.date(int(g["y6"]), a, b)
            return None  # "05/06/2024": May 6 or 5 June
    except (ValueError, KeyError):
        return None
    return None


def _plausible(day: dt.date | None) -> bool:
    return day is not None and 1800 <= day.year <= 2200


def find_dateline(text: str) -> Dateline | None:
    """The dateline of ``text``: a date line among its first lines, or a wire dateline opening
    one of them (see the module docstring). ``None`` when there is none.

    A line that is only a date wins over a wire dateline without a year.

    Example:
        >>> find_dateline("Published: 3 December 2021\\nMinisters met.").date
        datetime.date(2021, 12, 3)
        >>> find_dateline("Ministers met on December 3, 2021.") is None
        True
    """
    pos, seen = 0, 0
    prose = False  # a short sentence seen under the headline
    fallback: Dateline | None = None
    while pos < min(len(text), MAX_CHARS) and seen < MAX_LINES:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        if line.strip():
            if (len(line.split()) > 4 or any(c.isdigit() for c in line)) and not _UNCOUNTED.search(line):
                seen += 1  # (not a page's menu or section labels: "News", "Sport", "Climate crisis"; nor a byline, a
                # picture's credit, "Listen to this article · 6:12 min")
            lead = len(line) - len(line.lstrip())
            m = _DATE_LINE.match(line)
            if m and len(line) <= 120 and _plausible(day := _date_of(m, text=text)):
                return Dateline(day, pos + lead, pos + len(line.rstrip()), line.strip())
            w = _WIRE.match(line)
            day = None
            if w and (w.group("wdate") or w.group("agency")):
                day = _date_of(w)
            elif (w := _WIRE_TITLE.match(line)) is not None:
                day = _date_of(w, "t")
            if w is not None:
                found = Dateline(day if _plausible(day) else None, pos + lead, pos + w.end(), w.group(0).strip())
                if found.date is not None:
                    return found
                fallback = fallback or found
            if seen > 1 and len(line.split()) >= 6 and _PROSE_END.search(line) and len(line.split()) <= 35 \
                    and not prose:
                prose = True  # a page's standfirst under its headline, the date below it ("Rescuers say …")
            elif (seen > 1 or len(line.split()) > 20) and len(line.split()) >= 6 and _PROSE_END.search(line):
                break  # the story has begun: a date below is part of it, not a dateline (the first line may be
                # a headline that asks: "What is the Electoral College and how does it work?")
        if nl < 0:
            break
        pos = nl + 1
    return fallback
