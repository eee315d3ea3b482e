"""The grammar of the temporal tagger: one rule per kind of expression, each a regular expression
and a handler that turns its match into a TIMEX3 type and value (resolved against the
publication date with :mod:`toolkit.temporal.resolve`), or rejects it (``None``).

Rules are tried in the order of :data:`_RULES`; :func:`toolkit.temporal.timex.find_timexes` keeps
the longest match, the earlier rule among equals.

Example:
    >>> [name for name, _, _ in _RULES][:4]
    ['iso', 'numeric', 'day_month', 'month_day']
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from toolkit._textblob_en import lexicon_get
from toolkit.temporal.lexicon import (
    _APPROX,
    _DAY,
    _MODS,
    _MONTH,
    _MONTH_FULL,
    _MONTHS,
    _NUM,
    _ORDINALS,
    _SEASON_MONTHS,
    _SEASONS,
    _UNIT,
    _WEEKDAY,
    _WEEKDAYS,
    _YEAR,
)
from toolkit.temporal.resolve import (
    Extent,
    _add_months,
    _Ctx,
    _duration,
    _iso_week,
    _num,
    _pick_year_for_month,
    _quarter,
    _sentence_of,
    _shift,
    _tense,
    _weekday_date,
    named_year,
)

Handler = Callable[[re.Match[str], _Ctx], "dict[str, Any] | None"]
_RULES: list[tuple[str, re.Pattern[str], Handler]] = []


def _rule(name: str, pattern: str, flags: int = 0) -> Callable[[Handler], Handler]:
    rx = re.compile(pattern, flags)

    def deco(fn: Handler) -> Handler:
        _RULES.append((name, rx, fn))
        return fn

    return deco


# ----------------------------------------------------------------------------- names and titles
# A year or a time word can be (part of) the title of a work or a name: "Sam Mendes's 1917 won
# best picture", "the war film 1917", "The Morning Show", "the Today programme".
_WORK_WORDS = frozenset(str.split(
    "film movie picture series show documentary drama thriller musical novel book album song single sitcom "
    "miniseries blockbuster titled entitled"
))  # fmt: skip
_WORK_CONTEXT = re.compile(
    r"\b(?:films?|movies?|best picture|Oscars?|Academy Awards?|box office|directed|director|starring|premiered?|"
    r"cinemas?|Golden Globes?|BAFTAs?|episodes?|sitcom|documentary|novel|album)\b",
    re.I,
)
_POSSESSIVE_NAME = re.compile(r"\b[A-Z][\w.-]*(?:'s|’s|'|’)\s+$")
_VERB_AFTER = re.compile(
    r"\s*(?:[.,;:!?)”\"’]|$|(?:won|wins|is|was|has|had|took|takes|grossed|earned|received|stars|starred|tells|told|"
    r"follows|opened|opens|premiered|became|beat|swept|picked|led|leads|topped|tops|and)\b)"
)
_SHOW_AFTER = re.compile(r"[\"”’']?\s+(?:show|shows|programme|program|series|edition|newspaper)\b", re.I)


def _work_title_year(ctx: _Ctx, start: int, end: int) -> bool:
    """The year at ``start:end`` is the title of a work, not a date: after a cue ("the war film
    1917"), alone in quotes ("“1984”"), or the head of a possessive name in a sentence about
    films or books ("Sam Mendes's 1917 won best picture")."""
    text = ctx.text
    before = text[max(0, start - 30) : start]
    words = before.rstrip(" \t\n\"“‘'").rstrip(":,").split()
    if words and words[-1].lower() in _WORK_WORDS:
        return True
    if start and end < len(text) and text[start - 1] in "\"“‘'" and text[end] in "\"”’'":
        return True
    if ("'" in before or "’" in before) and _POSSESSIVE_NAME.search(before) and _VERB_AFTER.match(text, end):
        s, e = _sentence_of(ctx, start)
        return _WORK_CONTEXT.search(text, s, e) is not None
    return False


def _clause_initial(ctx: _Ctx, start: int) -> bool:
    """``start`` opens its sentence, a quotation, a parenthesis or a clause after a colon, or
    follows an abbreviation the sentence splitter took for no sentence end ("the U.S. Yesterday")."""
    s, _ = _sentence_of(ctx, start)
    before = ctx.text[s:start].rstrip()
    return not before or before[-1] in "\"“‘'(:;.!?—–-\n" or before.endswith("))")  # (after "((Sara Seager))": a turn)


def _headline_line(text: str, pos: int) -> bool:
    """The line around ``pos`` is in title case ("Talks Resume This Morning"): capitals say nothing there."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    words = [w for w in text[a : b if b >= 0 else len(text)].split() if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


# Words that start a clause after a sentence adverb ("Today the government ...", "Yesterday, he ...").
_CLAUSE_STARTERS = frozenset(str.split("the a an he she it they we i you this that these those there his her its their our my"))


def _title_word(ctx: _Ctx, start: int, end: int) -> bool:
    """The time word at ``start:end`` is part of a name or title, not a date.

    Capitalised inside a clause and after "the" ("the Evening Standard", "Imus in the Morning"),
    before a capitalised word ("The Tonight Show", "the Today Programme"), or after one and
    not before a clause ("USA Today noted", but "New Zealand Today the government ..."); or
    followed by "show", "programme", "edition"... when capitalised or after "the" ("the morning
    show"). Title-case headlines prove nothing.
    """
    text = ctx.text
    word = text[start:end]
    if word.isupper() and text.endswith("USA ", 0, start):
        return True  # the paper's name in capitals on its own line ("USA TODAY" under a byline)
    cap = word[:1].isupper() and not word.isupper()
    show = _SHOW_AFTER.match(text, end) is not None
    if not cap and not show:
        return False
    prev_m = re.search(r"(\S+)\s+$", text[max(0, start - 30) : start])
    prev = prev_m.group(1) if prev_m else ""
    if show and (cap or prev.lower() == "the"):
        return True
    if not cap or _clause_initial(ctx, start) or _headline_line(text, start):
        return False
    if prev.lower() == "the":
        return True
    nxt_m = re.match(r"\s*(\S+)", text[end : end + 30])
    nxt = nxt_m.group(1) if nxt_m else ""
    if re.match(r"[A-Z][a-z]", nxt):
        return True
    return prev[:1].isupper() and not nxt.startswith(",") and re.sub(r"\W", "", nxt).lower() not in _CLAUSE_STARTERS


def _month_of(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


def _day_of(s: str) -> int:
    return int(re.match(r"\d+", s).group())  # type: ignore[union-attr]


#: the day of the attacks on the United States, and what makes a "September 11" without its year that day ("the
#: September 11 attacks", "the victims of September 11"; not "since September 11": maybe this year's)
_NINE_ELEVEN = dt.date(2001, 9, 11)
_ATTACKS_AFTER = re.compile(r"(?:th)?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijackers|hijackings|commission)\b", re.I)
_ATTACKS_BEFORE = re.compile(r"\b(?:victims|anniversary|aftermath|wake|families|survivors|events|attacks)\s+of\s+(?:the\s+)?$",
                             re.I)


def _ymd(ctx: _Ctx, m: re.Match[str], month: int, day: int, day2: int | None, year: str | None) -> dict[str, Any] | None:
    rel = year is None
    if rel and (month, day, day2) == (9, 11, None) and (ctx.published is None or ctx.published > _NINE_ELEVEN) and (
            _ATTACKS_AFTER.match(ctx.text, m.end()) or _ATTACKS_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())):
        return {"type": "DATE", "value": _NINE_ELEVEN.isoformat()}  # "the September 11 attacks": 2001
    if year is not None:
        y = int(year)
    elif ctx.published is not None:
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


@_rule("numeric", r"(?<![\d/.,:-])(?:(?P<a>[0-3]?[0-9])(?P<sep>[/.])(?P<b>[0-3]?[0-9])(?P=sep)(?P<y>(?:1[0-9]|20)[0-9]{2}|[0-9]{2})|(?P<nine>9/11))(?![\d/]|\.\d)")
def _h_numeric(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    if m["nine"]:  # "since 9/11", "the 9/11 attacks": the day of the attacks on the United States
        return {"type": "DATE", "value": _NINE_ELEVEN.isoformat()} if ctx.published is None or ctx.published >= _NINE_ELEVEN \
            else None
    a, b, ys = int(m["a"]), int(m["b"]), m["y"]
    if m["sep"] == "." and len(ys) == 2:
        return None  # 1.2.21 is too likely a version or a score
    y = int(ys) if len(ys) == 4 else (2000 + int(ys) if int(ys) < 50 else 1900 + int(ys))
    if a > 12 and b <= 12:
        day, month = a, b
    elif b > 12 and a <= 12:
        day, month = b, a
    elif a <= 12 and b <= 12:
        # (dots are written day first: "07.12.2023", a European or Turkish stamp, is 7 December)
        day, month = (a, b) if ctx.dayfirst or m["sep"] == "." else (b, a)
    else:
        return None
    try:
        return {"type": "DATE", "value": dt.date(y, month, day).isoformat()}
    except ValueError:
        return None


_DAY_AFTER = re.compile(r"\s+\d{1,2}")
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+$")


def _in_a_days_name(text: str, start: int, end: int) -> bool:
    """Whether the month ``text[start:end]`` and its day open a name (:data:`_NAMED_AFTER_DAY`)."""
    if (d := _DAY_AFTER.match(text, end)) is not None:
        return _NAMED_AFTER_DAY.match(text, d.end()) is not None
    return _DAY_BEFORE.search(text, max(0, start - 6), start) is not None and _NAMED_AFTER_DAY.match(text, end) is not None
#: a group or an accord named after a day ("the M23, or March 23 Movement", "the 26 July Movement", "the March 14
#: Alliance", "the April 6 Youth Movement"): no date
_NAMED_AFTER_DAY = re.compile(r"(?:st|nd|rd|th)?\s+(?:[A-Z][a-z]+\s+)?(?:Movement|Alliance|Brigades?|Front|Coalition|"
                              r"Revolution|Accords?|Agreement|Declaration|Uprising|Group|Forum)\b")


@_rule("day_month", rf"\b{_WD_PREFIX}(?:the\s+)?{_DAYRANGE}\.?(?:\s+of)?\s+(?P<mo>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?![\w])")
def _h_day_month(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    if not m["y"] and _NAMED_AFTER_DAY.match(ctx.text, m.end()):
        return None
    return _ymd(ctx, m, _month_of(m["mo"]), _day_of(m["d1"]), _day_of(m["d2"]) if m["d2"] else None, m["y"])


@_rule("month_day", rf"\b{_WD_PREFIX}(?P<mo>{_MONTH})\s+(?:the\s+)?{_DAYRANGE}(?!\s*(?:%|percent|per cent|million|billion|[,.]\d))(?:,?\s+(?P<y>{_YEAR}))?(?![\w])")
def _h_month_day(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    if not m["y"] and _NAMED_AFTER_DAY.match(ctx.text, m.end()):
        return None  # "the M23, or March 23 Movement": a group's name
    return _ymd(ctx, m, _month_of(m["mo"]), _day_of(m["d1"]), _day_of(m["d2"]) if m["d2"] else None, m["y"])


@_rule("month_year", rf"\b(?P<mo>{_MONTH})(?:,\s*|\s+of\s+|\s+)(?P<y>{_YEAR})(?![\w])")
def _h_month_year(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    return {"type": "DATE", "value": f"{int(m['y'])}-{_month_of(m['mo']):02d}"}


#: a preposition of time right before a month's name ("in March on a warrant": the month, not "the March on Washington")
_TIME_PREP_BEFORE = re.compile(r"\b(?:in|since|until|till|by|during|early|late|mid|before|after|from|through|throughout|"
                               r"between)[\s-]+$", re.I)
_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|by|since|until|till|from|through|throughout|during|before|after|early|late|mid|last|this|next|"
    r"of|on|to|between|and|or|past|previous|coming|each|every|that|the)[\s-]+)$",
    re.I,
)


#: Months that are also given names; the capitalised word after one (no number after it).
_NAME_MONTHS = frozenset(["April", "June", "August"])
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?![ ,]*\d)")


@lru_cache(maxsize=8)
def names_opening_with_month(text: str) -> frozenset[str]:
    """The names of ``text`` that open with a month ("April Ryan", "June Carter"), from the places where they
    cannot be a date: after a word that is no preposition, number or conjunction, before a capitalised word
    the lexicon knows only as a name, with no number after it ("The reporter April Ryan asked"). Used for a
    month after a preposition ("asked by April Ryan"), which alone is a date (also by
    :class:`toolkit.entities.detection.Detector`)."""
    return frozenset(
        f"{m[2]} {m[3]}" for m in _MONTH_IN_NAME.finditer(text)
        if not _PREP_BEFORE.search(m[1] + " ") and not m[1][:1].isdigit() and _surname_like(m[3])
    )


#: "May" after a capitalised word that is no preposition or word of time ("Theresa May", "Mrs May"), with no number
_SURNAME_MAY = re.compile(r"\b([A-Z][a-z]+|Mrs?\.?|Ms\.?|Dr\.?) May\b(?![ ,]*\d)")
#: capitalised words before "May" that are no given names, besides ``_PREP_BEFORE``'s ("In May", "Last May")
_NOT_GIVEN_BEFORE_MAY = frozenset(["But", "As", "Then", "Now", "So", "Also"])


def _may_is_a_surname(text: str) -> bool:
    """Whether the article writes "May" as a surname ("Theresa May", "Mrs May")."""
    return "May" in text and any(m[1] not in _NOT_GIVEN_BEFORE_MAY and not _PREP_BEFORE.search(m[1] + " ")
                                 for m in _SURNAME_MAY.finditer(text))


_MONTH_IN_NAME = re.compile(r"\b([\w’']+) (April|June|August|May) ([A-Z][a-z]+)\b(?![ ,]*\d)")


def _surname_like(word: str) -> bool:
    """A word the POS lexicon knows only as a name, or not at all ("Ryan", "Carter", "Glaspie"; not "Sales",
    "Showers", "Brown": words in lower case too)."""
    get = lexicon_get()
    tag = get(word)
    return get(word.lower()) is None and (tag is None or tag.startswith("NNP"))


_OF_YEAR = re.compile(rf"(?:\s*(?:,|and|or|to|through|until|-|–)\s*{_MONTH_FULL})*\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b", re.I)


#: the word before "that" (in "... that November")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+that\s+$", re.I)
#: a year written out, looked for before "that November" in its sentence and the one before
_YEAR_WORD = re.compile(r"(?<![\w$€£.,-])((?:1[5-9]|20)\d\d)(?![\w%-]|[.,]\d)")


def _year_told_before(ctx: _Ctx, start: int) -> int | None:
    """The last year written in the sentence holding ``start`` before it, or in the sentence before ("won the
    nomination in 1976 and defeated Ford that November")."""
    s = _sentence_of(ctx, start)[0]
    for lo, hi in ((s, start), (_sentence_of(ctx, s - 1)[0] if s > 0 else s, s)):
        years = _YEAR_WORD.findall(ctx.text, lo, hi)
        if years:
            return int(years[-1])
    return None


@_rule("month", rf"\b(?:(?P<rel>last|this|next|past|previous|coming|[Tt]hat)\s+)?(?P<mo>{_MONTH_FULL}|Sept\.)(?![\w-])")
def _h_month(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    mo = m["mo"]
    if not m["rel"] and _in_a_days_name(ctx.text, m.start(), m.end()):
        return None  # "March 23 Movement", "26 July Movement": a group's name, not even the month
    if mo == "July" and ctx.text.endswith("Fourth of ", 0, m.start()):
        return None  # "my love for the Fourth of July": the holiday (dated only after a preposition of time)
    if mo in ("May", "March") and not m["rel"]:
        before = ctx.text[max(0, m.start() - 20) : m.start()]
        if not _PREP_BEFORE.search(before):
            return None
        if mo == "May" and ctx.text.startswith(("'s", "’s"), m.end()) and _may_is_a_surname(ctx.text):
            return None  # "resigning in protest to May's negotiated Brexit agreement" after "Theresa May": hers
        after = ctx.text[m.end() : m.end() + 12]
        if mo == "March" and re.match(r"\s+(?:on|to|through|against|for)\b", after) \
                and not _TIME_PREP_BEFORE.search(before):
            return None  # "the March on Washington" (not "arrested in March on a warrant", "from March to June")
    elif mo in _NAME_MONTHS and not m["rel"] and (w := _NAME_AFTER.match(ctx.text, m.end())) is not None \
            and _surname_like(w[1]) and (not _PREP_BEFORE.search(ctx.text[max(0, m.start() - 20) : m.start()])
                                         or f"{mo} {w[1]}" in names_opening_with_month(ctx.text)):
        # "The reporter April Ryan asked", "June Carter sang": a given name; after a preposition only when the
        # article names the person where no date can be ("asked by April Ryan"; alone, "in April Ryan left")
        return None
    month = _month_of(mo)
    rel = (m["rel"] or "").lower()
    if rel == "that":
        # "that November": the month of a year told just before ("in 1976 ... that November"); without one, or
        # after a verb ("said that November was the wettest": a conjunction), the month as if alone
        verb = _WORD_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start("mo"))
        if not (verb and ((lexicon_get()(verb[1].lower()) or "").startswith("VB") or verb[1].lower() in ("so", "now", "such"))) \
                and (told := _year_told_before(ctx, m.start())) is not None:
            return {"type": "DATE", "value": f"{told}-{month:02d}"}
        rel = ""
    if ctx.published is None:
        return {"type": "DATE", "value": f"XXXX-{month:02d}", "relative": True}
    published = ctx.published
    if rel in ("last", "past", "previous"):
        y = published.year if month < published.month else published.year - 1
    elif rel in ("next", "coming"):
        y = published.year if month > published.month else published.year + 1
    elif rel == "this":
        y = published.year
    elif of_year := _OF_YEAR.match(ctx.text, m.end()):  # "(January and) March of this year"
        y = published.year + {"this": 0, "last": -1, "next": 1}[of_year["rel"].lower()]
    else:
        y = _pick_year_for_month(ctx, month, None, m.start(), m.end())
    return {"type": "DATE", "value": f"{y}-{month:02d}", "relative": True}


#: After "fall": what fell ("the fall in prices", "the fall of Saigon", "a fall to 3%"), unless a year follows
#: ("the fall of last year").
_FALL_NOUN = re.compile(r"\s+(?:in|to|from|by|of(?!\s+(?:this|last|next|that)\s+year\b))\b", re.I)


#: two lower-case words right after a season ("winter fuel payment")
_TWO_NOUNS_AFTER = re.compile(r" ([a-z]{3,}) ([a-z]{3,})\b")
#: a preposition of time right before "the fall" ("in the fall", "until the fall"): the season
_SEASON_PREP_BEFORE = re.compile(r"\b(?:in|during|since|until|till|by|before|after|through|throughout|over|for|into|"
                                 r"from|to|of|around|early|late)\s+$", re.I)


@_rule("season", rf"\b(?:(?P<det>the|this|last|next|past|coming|that|previous)\s+)?(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{_YEAR}))?(?![\w-])", re.I)
def _h_season(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    det = (m["det"] or "").lower()
    if m["s"].lower() == "fall" and not m["y"] and _FALL_NOUN.match(ctx.text, m.end()):
        return None  # "the fall in inflation", "the fall of Kabul": a drop or a defeat, not autumn
    if m["s"] == "fall" and (m["det"] or "").lower() == "the" and not m["y"] \
            and not _SEASON_PREP_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "sold dollars to limit the fall, traders said": a drop (not "in the fall", "by the fall")
    if not m["y"] and (nn := _TWO_NOUNS_AFTER.match(ctx.text, m.end())) is not None \
            and all((lexicon_get()(w) or "").startswith("NN") for w in nn.groups()):
        return None  # "the winter fuel payment", "the summer transfer window": a noun's modifier, no time of its own
    if not det and not m["y"]:
        before = ctx.text[max(0, m.start() - 12) : m.start()]
        if not re.search(r"\b(?:in|during|since|until|by|before|after|through|this|last|next)\s+$", before, re.I):
            return None
    if m["s"][0].isupper() and m.start() > 0 and not m["y"] and det == "" and m["s"] != m["s"].capitalize():
        return None
    code = _SEASONS[m["s"].lower()]
    if m["y"]:
        return {"type": "DATE", "value": f"{m['y']}-{code}"}
    if ctx.published is None:
        return {"type": "DATE", "value": f"XXXX-{code}", "relative": True}
    published = ctx.published
    first, last = _SEASON_MONTHS[code]
    this_start = dt.date(published.year if code != "WI" or published.month >= 9 else published.year - 1, first, 1)
    # (in the autumn, "this winter" is the one ahead: December of this year, not the one that ended in February)
    in_season = this_start <= published < dt.date(this_start.year + (1 if code == "WI" else 0), last, 28)
    if det in ("last", "past", "previous"):
        y = this_start.year - 1 if in_season or this_start > published else this_start.year
        if this_start > published:
            y = this_start.year - 1
    elif det in ("next", "coming"):
        y = this_start.year + 1 if this_start <= published else this_start.year
    elif det == "this":
        y = this_start.year
    else:
        y = this_start.year
        if not in_season:
            tense = _tense(ctx, m.start(), m.end())
            if tense == "past" and this_start > published:
                y -= 1
            elif tense == "future" and this_start < published:
                y += 1
    return {"type": "DATE", "value": f"{y}-{code}", "relative": True}


@_rule("decade", r"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?:(?P<c>1[0-9]|20)(?P<d>[0-9])0|'(?P<d2>[0-9])0)'?s(?![\w])")
def _h_decade(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    c = m["c"] or "19"
    d = m["d"] if m["d"] is not None else m["d2"]
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    return {"type": "DATE", "value": f"{c}{d}", "mod": mod}


_ORD_WORDS = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|\d{1,2}(?:st|nd|rd|th))"


#: the era after a year or a century: before Christ (or the Common Era) and after
_ERA_BC = r"(?:BCE|BC|B\.C\.E\.|B\.C\.|B\.C)"
_ERA_AD = r"(?:AD|A\.D\.|CE|C\.E\.)"


@_rule("century", rf"\b(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]*)?(?P<n>{_ORD_WORDS})[\s-]+century(?![\w-])"
                  rf"(?:\s+(?:(?P<bc>{_ERA_BC})|{_ERA_AD})(?![\w]))?", re.I)
def _h_century(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    n = m["n"].lower()
    words = _ORD_WORDS.strip("(?:)").split("|")
    k = int(re.match(r"\d+", n).group()) if n[0].isdigit() else words.index(n) + 1  # type: ignore[union-attr]
    if n == "twenty-first":
        k = 21
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((m["mod"] or "").lower())
    if m["bc"]:
        # "the 5th century BC": the TIMEX2/TimeML "BC" prefix (the fifth century before Christ is 500-401 BC, "BC04")
        return {"type": "DATE", "value": f"BC{k - 1:02d}", "mod": mod}
    return {"type": "DATE", "value": f"{k - 1:02d}", "mod": mod}


#: "BC" after a year, or after a range's second year ("1391 to 1353 BC", "1200-1150 BCE")
_BEFORE_CHRIST = re.compile(rf"(?:\s*(?:to|-|–|and|or)\s*\d{{1,4}})?\s*{_ERA_BC}(?![\w])")
#: a year of either era: 1 to 99,999
_ERA_NUM = r"(?:[1-9][0-9]?,[0-9]{3}|[1-9][0-9]{0,4})"
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
#: words that may follow a year of the Common Era ("in 200 CE when …"); another lower-case word makes "CE" a mark
_ERA_NEXT_WORDS = frozenset(["and", "or", "to", "until", "till", "when", "as", "at", "in", "on", "by", "after", "before", "during", "while", "with", "the", "that"])
#: "BC" after a year that starts a name of British Columbia's ("in 2010 BC Hydro raised its rates")
_BC_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


@_rule("era", rf"(?<![\w$€£#¥.,:/-])(?:(?P<ad>AD|A\.D\.)\s?(?P<y0>[1-9][0-9]{{0,3}})(?![\w,.]?[0-9])"
              rf"|(?P<y>{_ERA_NUM})(?:\s*(?:-|–|to|until|and)\s*(?P<y2>{_ERA_NUM}))?\s?(?:(?P<bc>{_ERA_BC})|{_ERA_AD})(?![\w]))")
def _h_era(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    """A year with its era: "800 BC", "AD 79", "200 CE", a range "1200-1150 BCE", "from 1391 to 1353 BC".

    Years before Christ take the TIMEX2/TimeML "BC" prefix ("BC0800"); they have no calendar span here
    (``date_start`` is empty), and are in the past.
    """
    if m["y0"]:
        return {"type": "DATE", "value": f"{int(m['y0']):04d}"}
    y = int(m["y"].replace(",", ""))
    if m["bc"] and 1900 <= y <= 2099 and m["bc"] == "BC" and _BC_NAME_AFTER.match(ctx.text, m.end()):
        return None  # "in 2010 BC Hydro raised its rates": British Columbia's
    if not m["bc"] and m.group().endswith(("CE", "C.E.")) and (w := _WORD_AFTER.match(ctx.text, m.end())) is not None \
            and w[1].islower() and w[1] not in _ERA_NEXT_WORDS:
        return None  # "a CE mark on 2 CE devices": the European conformity mark
    if m["y2"]:
        y2 = int(m["y2"].replace(",", ""))
        if m["bc"]:
            return {"type": "DATE", "value": f"BC{y:04d}/BC{y2:04d}"} if y2 < y else None
        return {"type": "DATE", "value": f"{y:04d}/{y2:04d}"} if y < y2 <= 9999 else None
    if m["bc"]:
        return {"type": "DATE", "value": f"BC{y:04d}"}
    return {"type": "DATE", "value": f"{y:04d}"} if y <= 9999 else None


#: words of a count before a number ("in excess of 1900 employees", "a total of 2000 troops")
_COUNT_BEFORE = re.compile(r"\b(?:excess of|total of|number of|upwards of|tally of)\s*$", re.I)
#: a year in brackets right after a four-digit number ("Resolution 1510 (2003)"): that number is no year
_YEAR_IN_BRACKETS = re.compile(r"\s*\((?:1[0-9]|20)[0-9]{2}\)")


#: a determiner at the end of the text before a year ("the 1986 amendments": the year qualifies the noun)
_DET_END = re.compile(r"\b(?:the|its|their|his|her|our|this|these|those)\s*$")
#: plurals of what is counted, people first ("Among the 2000 pilgrims were senior Hamas officials": no year)
_COUNTED = re.compile(r"(?:ers|ors|ists|ians|ees|ims|men|ople|dren|ops|iers|ilies|holds|students|residents|patients|"
                      r"parents|participants|migrants|delegates|athletes|fans|seats|jobs|homes|copies|units|votes|cases|"
                      r"deaths|troops|police)$")


#: the rest of a telephone number after four digits ("1800 333 000", "1300 22 4636", "2024-555-0199")
_PHONE_REST = re.compile(r"\)?[ -]\d{2,4}[ -]\d{3,4}\b")


@_rule("year", rf"(?:(?<=\bmid-)|(?<=\bMid-)|(?<![\w$€£#¥.,:/-]))(?:(?P<fy>fiscal(?:\s+year)?|FY|the\s+year|calendar|model\s+year)\s*)?(?P<y>{_YEAR})(?:\s*(?:-|–|/)\s*(?P<y2>[0-9]{{2}}|{_YEAR}))?(?![\w%-]|[.,:][0-9])")
def _h_year(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    y = int(m["y"])
    if not 1000 <= y <= 2099:
        return None
    if (bc := _BEFORE_CHRIST.match(ctx.text, m.end())) is not None \
            and not (bc.group().strip() == "BC" and _BC_NAME_AFTER.match(ctx.text, bc.end())):
        return None  # "from 1391 to 1353 BC": a year before Christ (the "era" rule's), not "in 2010 BC Hydro …"
    if not m["fy"]:
        if _work_title_year(ctx, m.start(), m.end()):
            return None
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"(?:no\.|number|nos\.|page|pages|route|flight|room|article|rule|resolution|par\.|section|model|version|v\.|,|\$|€|£)\s*$", before):
            return None
        after = ctx.text[m.end() : m.end() + 30]
        if _YEAR_IN_BRACKETS.match(after):
            return None  # "resolutions 1386 (2001) and 1510 (2003)": a document's number, then its year
        nxt = re.match(r"\s+([A-Za-z]+)", after)
        governed = re.search(r"\b(?:in|since|by|until|till|from|during|before|after|between|through|of|year|early|late|mid)\s*$", before) \
            and not _COUNT_BEFORE.search(before)  # ("in excess of 1900 employees": a count)
        if not governed and _PHONE_REST.match(after):
            return None  # "call Crime Stoppers on 1800 333 000": a telephone number (not "in 2020 300 000 people")
        if nxt and not m["y2"] and not governed:
            w = nxt.group(1)
            if w.islower() and w.endswith("s") and w not in {"as", "was", "has", "is", "this", "its", "his", "hers", "us", "ours", "yes", "less", "unless", "plus", "across", "thus", "whereas", "always", "perhaps"} \
                    and lexicon_get()(w) != "NN" and not (1900 <= y <= 2099 and _DET_END.search(before)
                                                          and not _COUNTED.search(w)):
                # (after a determiner, a year names which: "an author of the 1986 amendments", "the 2024 elections")
                return None  # "1200 troops": a count (not "a 2023 analysis", "the 2008 crisis": a noun in the singular)
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


#: words of a match report: a quarter or a half near them is the game's ("early in the fourth quarter")
_GAME_WORDS = re.compile(
    r"\b(?:touchdowns?|field goals?|yards|interceptions?|quarterback|rebounds|(?:three|3)-pointers?|free throws?|halftime|"
    r"layups?|assists|"
    r"half-time|overtime|innings|wickets?|fumbles?|kick-?off|equali[sz]er|goalkeeper|penalty kick|"
    r"scored\s+(?:twice|three\s+times|again|(?:his|her|their|a|an|the)\s+(?:\w+\s+)?(?:goal|try|touchdown|basket|winner))|"
    r"points? lead|buzzer|sneak|touchline|whistle)\b",
    re.I,
)


#: words of sport: an article with three of them is a match report
_SPORT_WORDS = re.compile(
    r"\b(?:goals?|match|matches|coach|striker|midfielder|defender|referee|tries|innings|quarterback|playoffs?|rugby|"
    r"football|soccer|basketball|hockey|cricket|baseball|win over|victory over|attacking half|in front of goal|"
    r"halftime|half-time|kick-?off|penalty|penalties|free kick|equali[sz]ed|stoppage time|injury time|"
    r"\d{1,3}(?:st|nd|rd|th) minute|"
    # (a race: "ran the second half in under an hour" in a marathon report)
    r"marathon|world record|course record|finish line|(?:kilometre|kilometer|km|mile) mark|laps?|sprint finish)\b",
    re.I,
)


_OF_SOMETHING = re.compile(r"\s+of\s+(?!(?:the\s+|this\s+|next\s+|last\s+)?(?:year|fiscal|financial|\d{4}))", re.I)


def _in_a_game(ctx: _Ctx, pos: int) -> bool:
    """Whether the sentence holding ``pos`` reports a match (see :data:`_GAME_WORDS`), or the article is a match
    report (three words of sport: "Maroochydore played much of the first half in their attacking half")."""
    s, e = _sentence_of(ctx, pos)
    if _GAME_WORDS.search(ctx.text, s, e) is not None:
        return True
    if ctx.match_report is None:
        # (the words of a game count too: "rebounds", "overtime", "buzzer" and "coach" make a basketball report)
        ctx.match_report = len({m.group().lower() for rx in (_SPORT_WORDS, _GAME_WORDS) for m in rx.finditer(ctx.text)}) >= 3
    return ctx.match_report


@_rule("quarter", rf"\b(?:the\s+)?(?:(?P<y0>{_YEAR})\s+)?(?:fiscal\s+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th|final)[\s-]+(?:fiscal\s+)?(?:-?\s*)?quarters?(?:\s+of\s+(?:fiscal\s+)?(?:(?:the\s+)?year\s+)?(?P<y>{_YEAR})|\s+(?P<y2>{_YEAR})(?![\w%-]))?(?![\w-])", re.I)
def _h_quarter(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    q = _ORDINALS[m["o"].lower()]
    y = m["y"] or m["y0"] or m["y2"]  # ("fourth-quarter 2006 GDP growth")
    if not y and _in_a_game(ctx, m.start()):
        return None  # "stopped on a sneak early in the fourth quarter": a period of the game, no date
    if m.group().lower().endswith("quarters") and not y:
        return {"type": "SET", "value": f"XXXX-Q{q}"}
    return _quarter_value(ctx, q, y, m.start(), m.end())


#: a quarter's results, after its name: a quarter over ("will report fourth-quarter earnings", in January)
_RESULTS_AFTER = re.compile(r"[\s-]+(?:earnings|results|profits?|losses|revenues?|sales|figures|numbers|GDP|growth|"
                            r"output|reporting)\b", re.I)


def _quarter_value(ctx: _Ctx, q: int, y: str | None, start: int, end: int) -> dict[str, Any]:
    """A quarter of a year told (``y``) or of the publication's year (last year's for one not begun yet)."""
    if y:
        return {"type": "DATE", "value": f"{y}-Q{q}"}
    if ctx.published is None:
        return {"type": "DATE", "value": f"XXXX-Q{q}", "relative": True}
    if q > _quarter(ctx.published)[1] and (_tense(ctx, start, end) != "future" or _RESULTS_AFTER.match(ctx.text, end)):
        # a quarter not yet begun, written of in the past: last year's ("results for the fourth quarter", in
        # February)
        return {"type": "DATE", "value": f"{ctx.published.year - 1}-Q{q}", "relative": True}
    return {"type": "DATE", "value": f"{ctx.published.year}-Q{q}", "relative": True}


@_rule("month_quarter", rf"\b(?:[Tt]he\s+)?(?:(?P<a>{_MONTH_FULL})(?:\s*[-–]\s*(?:to[-–])?|\s+(?:to|through)\s+))?(?P<b>{_MONTH_FULL})\s+(?:quarter|period|three\s+months)(?:\s+of\s+(?P<y>{_YEAR}))?(?![\w-])")
def _h_month_quarter(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    """"the April-June quarter", "the July–September period": the quarter the two months bound."""
    if m["a"] is None:  # "the March quarter", "the June quarter": the quarter that ends with the month
        b = _month_of(m["b"])
        return _quarter_value(ctx, b // 3, m["y"], m.start(), m.end()) if b % 3 == 0 else None
    a, b = _month_of(m["a"]), _month_of(m["b"])
    if a % 3 != 1 or b != a + 2:
        return None  # ("the November-January period": no calendar quarter)
    return _quarter_value(ctx, (a + 2) // 3, m["y"], m.start(), m.end())


@_rule("quarter_code", rf"\b(?P<q>Q[1-4])(?:\s*(?P<y>{_YEAR}|'?[0-9]{{2}}))?(?![\w])")
def _h_quarter_code(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    q = int(m["q"][1])
    ys = (m["y"] or "").lstrip("'")
    if ys:
        y = int(ys) if len(ys) == 4 else 2000 + int(ys)
        return {"type": "DATE", "value": f"{y}-Q{q}"}
    if ctx.published is None:
        return {"type": "DATE", "value": f"XXXX-Q{q}", "relative": True}
    return {"type": "DATE", "value": f"{ctx.published.year}-Q{q}", "relative": True}


@_rule("fiscal_short", r"\bFY\s?'?(?P<y>[0-9]{2})(?![\w%-]|[.,:][0-9])")
def _h_fiscal_short(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    """A fiscal year by its two digits ("the FY 12 budget submission", "FY25"): that year (the four-digit forms are
    the year rule's)."""
    return {"type": "DATE", "value": str(2000 + int(m["y"]))}


@_rule("half", rf"\b(?:the\s+)?(?P<o>first|second|1st|2nd)\s+half(?:\s+of\s+(?:(?:the|this|next|last)\s+)?(?:(?P<y>{_YEAR})|(?P<w>year|fiscal year)))?(?![\w-])", re.I)
def _h_half(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    h = 1 if m["o"].lower() in ("first", "1st") else 2
    if m["y"]:
        return {"type": "DATE", "value": f"{m['y']}-H{h}"}
    if not m["w"] and _in_a_game(ctx, m.start()):
        return None  # "scored twice in the second half": a half of the match
    if not m["w"] and _OF_SOMETHING.match(ctx.text, m.end()):
        return None  # "the second half of its convention", "of the month": a half of something else
    if ctx.published is None:
        return {"type": "DATE", "value": f"XXXX-H{h}", "relative": True}
    txt = m.group().lower()
    y = ctx.published.year + (1 if "next" in txt else -1 if "last" in txt else 0)
    return {"type": "DATE", "value": f"{y}-H{h}", "relative": True}


@_rule("ref_quarter", r"\b(?:the|this|last|next)\s+(?:(?P<w>latest|current|previous|past|last|next|coming|same|recent|prior|fiscal|year-earlier|year-ago|comparable|year-before)\s+)?(?:(?:fiscal|financial)\s+)?(?:quarter|period)(?![\w-])(?!\s+(?:century|centuries|mile|miles|finals?|hour|pounder))", re.I)
def _h_ref_quarter(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    w = (m["w"] or "").lower()
    first = m.group().split()[0].lower()
    if m.group().lower().endswith("period") and w not in ("latest", "year-earlier", "year-ago", "comparable", "year-before", "current"):
        return None
    if ctx.published is None:
        return {"type": "DATE", "value": "XXXX-QX", "relative": True}
    y, q = _quarter(ctx.published)
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
    if ctx.published is None:
        return {"type": "DATE", "value": "XXXX", "relative": True}
    n = (m["n"] or "").lower()
    if n in ("month",):
        y, mo = _add_months(ctx.published.year, ctx.published.month, -12)
        return {"type": "DATE", "value": f"{y}-{mo:02d}", "relative": True}
    if ctx.last_quarter and n not in ("week",):
        ly, lq = ctx.last_quarter
        return {"type": "DATE", "value": f"{ly - 1}-Q{lq}", "relative": True}
    return {"type": "DATE", "value": str(ctx.published.year - 1), "relative": True}


_REL_UNIT = r"(?:week|weekend|month|year|decade|century|fiscal year|financial year|school year|season)"


#: Holidays on a fixed day of the year, by their lower-cased names (apostrophes straight).
_HOLIDAYS = {
    "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1), "new year's eve": (12, 31),
    "boxing day": (12, 26), "halloween": (10, 31), "valentine's day": (2, 14), "bastille day": (7, 14),
    "st patrick's day": (3, 17), "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "hogmanay": (12, 31),
    "anzac day": (4, 25), "canada day": (7, 1), "australia day": (1, 26), "armistice day": (11, 11),
    "juneteenth": (6, 19), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
    "fourth of july": (7, 4), "july fourth": (7, 4), "july 4th": (7, 4),
}


#: A preposition of time right before a holiday without its year ("on Christmas Eve", "since Boxing Day").
_TIME_PREPS = r"\b(?:on|at|over|since|until|till|by|before|after|during|from|through|around|between|ahead\s+of)\s+"
_HOLIDAY_PREP = re.compile(_TIME_PREPS + "(?:the\\s+)?$", re.I)
#: A preposition, a holiday and "and"/"or" before the next one ("on Christmas Day and Boxing Day").
_HOLIDAY_LIST = re.compile(_TIME_PREPS + r"[A-Z][\w’']*(?:\s+[A-Z][\w’']*){0,2}\s+(?:and|or|to)\s+$")


def _holiday_said_as_day(m: re.Match[str], ctx: _Ctx) -> bool:
    """A holiday written without its year names a day of the story only after a preposition of time ("on Christmas
    Eve", "over the Memorial Day weekend", "on Christmas Day and Boxing Day"), and not as a compound's first part."""
    return bool(_HOLIDAY_PREP.search(ctx.text, max(0, m.start() - 20), m.start())
                or _HOLIDAY_LIST.search(ctx.text, max(0, m.start() - 40), m.start())) \
        and not ctx.text.startswith("-", m.end())


@_rule("holiday", r"\b(?P<h>Christmas (?:Day|Eve)|New Year[’']s (?:Day|Eve)|Boxing Day|Halloween|Valentine[’']s Day|"
       r"Bastille Day|(?:St\.? |Saint )Patrick[’']s Day|Hogmanay|Anzac Day|ANZAC Day|Canada Day|Australia Day|"
       r"Armistice Day|Juneteenth|Guy Fawkes Night|Bonfire Night|Fourth of July|July Fourth|July 4th)"
       r"(?:,?\s+(?P<y>(?:1[89]|20)\d\d))?\b")
def _h_holiday(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    """A holiday on a fixed day ("Christmas Day 2021", "on New Year's Eve"): that day, its year written after it or
    the one nearest the publication date in the sentence's tense; without a year only after a preposition of time."""
    if not m["y"] and not _holiday_said_as_day(m, ctx):
        return None  # "my love for Halloween", "a Halloween-themed event": the holiday, no day of the story
    month, day = _HOLIDAYS[m["h"].lower().replace("’", "'")]
    if m["y"]:
        return {"type": "DATE", "value": f"{m['y']}-{month:02d}-{day:02d}"}
    if ctx.published is None:
        return {"type": "DATE", "value": f"XXXX-{month:02d}-{day:02d}", "relative": True}
    year = _pick_year_for_month(ctx, month, day, m.start(), m.end())
    return {"type": "DATE", "value": f"{year}-{month:02d}-{day:02d}", "relative": True}


def _easter(year: int) -> dt.date:
    """Easter Sunday of ``year`` (Gregorian calendar; the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * el) // 433
    month = (h + el - 7 * m + 114) // 31
    return dt.date(year, month, (h + el - 7 * m + 114) % 31 + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (Monday 0) of ``month`` (``n`` = -1: the last)."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


#: Holidays whose day moves with the year, by their lower-cased names: the day of a given year
_MOVABLE_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "easter sunday": _easter, "easter day": _easter, "easter": _easter,
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1), "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3), "presidents day": lambda y: _nth_weekday(y, 2, 0, 3),
}  # (looked up lower-cased, without "Jr." and apostrophes)


@_rule("holiday_movable", r"\b(?P<h>Easter(?: Sunday| Monday| Day)?|Good Friday|Memorial Day|Labor Day|"
       r"Thanksgiving(?: Day)?|Martin Luther King(?: Jr\.?)? Day|Presidents[’']? Day)(?:,?\s+(?P<y>(?:1[89]|20)\d\d))?\b")
def _h_holiday_movable(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    """A holiday whose day moves ("over the Memorial Day weekend", "on Good Friday", "Thanksgiving 2023"): its day in
    the year written after it, or in the year :func:`_h_holiday` would pick for it; only after a preposition of time
    without a year (not "Easter eggs", "a Thanksgiving dinner" opening a sentence)."""
    if not m["y"] and not _holiday_said_as_day(m, ctx):
        return None
    day_of = _MOVABLE_HOLIDAYS[re.sub(r"\s+jr\.?|['’]", "", m["h"].lower())]
    if m["y"]:
        return {"type": "DATE", "value": day_of(int(m["y"])).isoformat()}
    if ctx.published is None:
        return None  # (no year to put the day in: a movable day has no "XXXX-MM-DD")
    guess = day_of(ctx.published.year)
    year = _pick_year_for_month(ctx, guess.month, guess.day, m.start(), m.end())
    return {"type": "DATE", "value": day_of(year).isoformat(), "relative": True}


#: After "the week", "the year": the event it is counted from ("the week after the flood", "the year before the
#: war", "the week of the vote"), not the week or year of publication.
_EVENT_AFTER = re.compile(r"\s+(?:after|before|of|following|preceding)\s+(?:the|a|an|his|her|their|its|my|our)\b", re.I)

#: Before "the year", "the week": an award's noun ("album of the year", "Player of the Year", "goal of the week"),
#: a title, not a time.
_AWARD_OF = re.compile(r"\b(?:album|song|record|single|player|coach|manager|goal|save|try|word|person|man|woman|car|artist|"
                       r"entertainer|athlete|sportsperson|sportsman|sportswoman|team|book|novel|film|movie|photograph|"
                       r"photo|picture|building|rookie|footballer|cricketer|golfer|cyclist|rider|driver|teacher|"
                       r"employee|personality|newcomer|breakthrough|horse|trainer|jockey|dog|pub|restaurant|chef|"
                       r"company|brand|product|game|designer|architect|journalist|reporter|photographer|scientist|"
                       r"businessman|businesswoman|entrepreneur|volunteer|hero|citizen|mother|father|comeback|"
                       r"performance|play|musical|show|programme|program|series|star|debut|signing|champion|"
                       r"European|African|Asian|World)\s+of\s+$", re.I)


#: "the year ended March 31", "the year to June": a year counted to a date (not "the first film of the year to pass")
_YEAR_TO = re.compile(rf"\s+(?:end(?:ed|ing)\b|(?:to|through)\s+(?:(?:this|last|next|early|late|mid)[\s-]+)?(?:{_MONTH_FULL}|the\s+end|date\b|\d))", re.I)
#: an ordinal or a superlative before the award's noun: a rank within the year, not an award ("the first film of the
#: year", "the biggest song of the year")
_ORDINAL_OF = re.compile(r"\b(?:first|second|third|last|only|biggest|largest|fastest|highest-grossing|best-selling|"
                         r"top-selling|most-watched)\s+\w+\s+of\s+$", re.I)


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
    if det == "the" and u != "weekend" and not m["mod"] and not m["pmod"]:
        if u in ("year", "fiscal year", "financial year") and _YEAR_TO.match(after):
            return {"type": "DURATION", "value": "P1Y"}
        if u in ("fiscal year", "financial year"):
            return {"type": "DURATION", "value": "P1Y"}
        if u in ("decade", "century", "month"):
            return None
        if u in ("week", "year") and _EVENT_AFTER.match(after):
            return None  # "turned 4 the week after the flood", "the year before the war": anchored on an event
        if u in ("week", "year") and _AWARD_OF.search(ctx.text, max(0, m.start() - 16), m.start()) \
                and not _ORDINAL_OF.search(ctx.text, max(0, m.start() - 30), m.start()):
            return None  # "won album of the year", "Player of the Week": an award
    if u == "season":
        return None
    if ctx.published is None:
        return {"type": "DATE", "value": {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}.get(u, "XXXX"), "mod": mod, "relative": True}
    published = ctx.published
    if det in ("last", "past", "previous", "the past", "the previous"):
        k = -1
    elif det in ("next", "coming", "following", "the coming", "the following", "the next"):
        k = 1
    else:
        k = 0
    if det == "the new" and u == "year" and published.month >= 11 and _tense(ctx, m.start(), m.end()) != "past":
        k = 1  # "on the second day of the New Year" in late December: the year that comes (not one already celebrated)
    if det in ("past", "the past") and u in ("week", "month", "year", "decade", "weekend") and not m["mod"] and not m["pmod"]:
        return {"type": "DURATION", "value": _duration(1, u), "relative": True, "extent": Extent("past", 1, u)}
    if det in ("coming", "the coming", "next", "the next") and u in ("week", "month", "year") and re.match(r"\s+or\s+so\b", after):
        return {"type": "DURATION", "value": _duration(1, u), "relative": True}
    if det in ("that", "the same") and u == "year" and (year := named_year(ctx)) is not None:
        # "that year", "the same year": the year named last ("assassinated on October 26, 1979 …. He was sworn in in
        # December of the same year")
        return {"type": "DATE", "value": str(year), "mod": mod, "relative": True}
    if u == "decade" and (det in ("that", "the same") or (det == "the" and _tense(ctx, m.start(), m.end()) == "past")) \
            and (year := named_year(ctx)) is not None:
        # "talked her way onto a trip to Algeria in 1961. By the end of the decade she was …", "later that decade": the
        # decade of the year named last (not the publication's: "by the end of the decade, sales will double")
        return {"type": "DATE", "value": str(year // 10), "mod": mod, "relative": True}
    if u == "weekend":
        if k == 0 and det in ("the", "that"):
            # "over the weekend": the last one in past contexts, the next one in future ones
            tense = _tense(ctx, m.start(), m.end())
            wd = published.isoweekday()
            k = 0 if wd >= 6 or tense == "future" else -1
        d = published + dt.timedelta(weeks=k)
        return {"type": "DATE", "value": _iso_week(d) + "-WE", "mod": mod, "relative": True}
    unit = u.replace("fiscal ", "").replace("financial ", "").replace("school ", "")
    return {"type": "DATE", "value": _shift(published, k, unit), "mod": mod, "relative": True}


@_rule("year_end", r"\b(?:the\s+)?(?:year-end|year's end|end-year|end of (?:the )?year|year end)(?![\w-])", re.I)
def _h_year_end(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    if ctx.published is None:
        return {"type": "DATE", "value": "XXXX", "mod": "END", "relative": True}
    return {"type": "DATE", "value": str(ctx.published.year), "mod": "END", "relative": True}


_DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI", "overnight": "NI", "midday": "MI", "noon": "MI"}


#: a noun after "overnight" that makes it an adjective ("Overnight temperatures", "overnight lows", "an overnight stay")
_NOUN_NEXT = re.compile(r"\s+(?:temperatures?|lows?|highs?|rain|showers?|frost|stays?|trading|flights?|shifts?|curfew|"
                        r"rates?|hours|news|success|sensation|parking|train|bus|services?|delivery|oats|camp)\b", re.I)


#: a negation or "change"/"happen" before "overnight" in its sentence: the idiom (at once), no night
_NOT_OVERNIGHT = re.compile(r"(?:\b(?:not|never|cannot|no)\b|n['’]t\b|\b(?:happen|happens|happened|change|changes|changed|"
                            r"transform|disappear|vanish|fix|solve|overnight\s+success)\b)(?:(?![.;:!?])[^\n]){0,80}$", re.I)
#: after "overnight": the day whose night it is ("overnight on Wednesday", "overnight into Friday", "overnight Monday")
_NIGHT_OF_DAY = re.compile(rf"\s+(?:(?:on|into|from|until|to)\s+)?(?:{_WEEKDAY})\b", re.I)


@_rule("day_deictic", r"\b(?:(?P<mod>early|late|later|earlier)\s+)?(?P<w>today|tonight|yesterday|tomorrow|the day before yesterday|the day after tomorrow|overnight)(?:\s+(?P<p>morning|afternoon|evening|night))?(?![\w-])", re.I)
def _h_day_deictic(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    w = m["w"].lower()
    if w in ("today", "tonight", "tomorrow", "yesterday") and not m["mod"] and _title_word(ctx, m.start("w"), m.end("w")):
        return None  # "The Tonight Show", "USA Today"
    off = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2, "overnight": 0}[w]
    if w == "overnight":
        before = ctx.text[max(0, m.start() - 3) : m.start()]
        if "-" in before or _NOUN_NEXT.match(ctx.text, m.end()):
            return None  # "an overnight stay", "Overnight temperatures will stay above 20C": an adjective
        if _NIGHT_OF_DAY.match(ctx.text, m.end()):
            return None  # "overnight on Wednesday", "overnight into Friday": that day's night, the day tagged on its own
        if _NOT_OVERNIGHT.search(ctx.text, _sentence_of(ctx, m.start())[0], m.start()):
            return None  # "we can't build our way out of this overnight", "it won't happen overnight": quickly, no night
        off = -1
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["mod"] or "").lower())
    part = _DAY_PARTS.get((m["p"] or "").lower()) or (_DAY_PARTS[w] if w in ("tonight", "overnight") else None)
    if ctx.published is None:
        v = "XXXX-XX-XX" + (f"T{part}" if part else "")
        return {"type": "TIME" if part else "DATE", "value": v, "mod": mod, "relative": True}
    d = ctx.published + dt.timedelta(days=off)
    if part:
        return {"type": "TIME", "value": f"{d.isoformat()}T{part}", "mod": mod, "relative": True}
    return {"type": "DATE", "value": d.isoformat(), "mod": mod, "relative": True}


#: "of" and a day after a part of the day ("the night of April 24, 1974", "the night of 12 January 1984", "the morning of
#: Tuesday")
_OF_A_DAY = re.compile(rf"\s+of\s+(?:(?P<wd>{_WEEKDAY})\b|(?:(?P<mo>{_MONTH_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|"
                       rf"Oct|Nov|Dec)\.?)\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b|(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
                       rf"\s+(?:of\s+)?(?P<mo2>{_MONTH_FULL})\b)(?:,?\s+(?P<y>(?:1[5-9]|20)\d\d)\b)?)")


@_rule("day_part", r"\b(?:(?P<mod>early|late|later|earlier)\s+)?(?P<det>this|the|that|last|tomorrow|yesterday)\s+(?P<p>morning|afternoon|evening|night)(?![\w-])", re.I)
def _h_day_part(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    det = m["det"].lower()
    part = _DAY_PARTS[m["p"].lower()]
    if _title_word(ctx, m.start("p"), m.end("p")):
        return None  # "The Morning Show"
    of_day = _OF_A_DAY.match(ctx.text, m.end()) if det == "the" else None
    if ctx.published is None:
        return {"type": "TIME", "value": f"XXXX-XX-XXT{part}", "relative": True}
    d = ctx.last_day if det in ("the", "that") and ctx.last_day else ctx.published
    if det == "the" and ctx.last_day:
        d = _past_not_coming(ctx, ctx.last_day, m.start(), m.end())  # ("Delta said it would not return to normal
        # until Tuesday. … halted flights for the morning": the morning of the day the story tells, not that coming
        # Tuesday's; but "That night, I remember" points back at the day named, whichever)
    if of_day is not None:
        # "on the night of April 24, 1974", "the morning of January 7", "the evening of Tuesday": the day named after it,
        # not the last one
        if of_day["wd"]:
            d = _weekday_date(ctx, _WEEKDAYS[of_day["wd"].lower()], of_day.start("wd"), of_day.end(), None)
        else:
            mo = of_day["mo"] or of_day["mo2"]
            month, day = _MONTHS[mo.lower().rstrip(".")], int(of_day["d"] or of_day["d2"])
            year = int(of_day["y"]) if of_day["y"] else _pick_year_for_month(
                ctx, month, day, of_day.start("d2") if of_day["d2"] else of_day.start("mo"), of_day.end())
            try:
                d = dt.date(year, month, day)
            except ValueError:
                return None
    if det == "last":
        d = ctx.published - dt.timedelta(days=1) if part in ("NI", "EV") else ctx.published
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["mod"] or "").lower())
    return {"type": "TIME", "value": f"{d.isoformat()}T{part}", "mod": mod, "relative": True}


#: A weekday inside a newspaper's name: "The Sunday Times", "Sunday Telegraph", "the Mail on Sunday".
_PAPER_AFTER_DAY = re.compile(r" (?:Times|Telegraph|Mirror|Express|Post|Herald|People|Sport|World|Star|Independent|Mail|Business Post)\b")
_PAPER_BEFORE_DAY = re.compile(r"\b(?:Mail|Independent|Scotland|Wales|Ireland|Sport) on $")
#: a capitalised word that makes a weekday a named day ("Black Monday", "Cyber Monday", "Super Tuesday", "Good Friday")
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Black|Cyber|Super|Good|Easter|Palm|Ash|Holy|Maundy|Bloody|Blue|Giving|Shrove|Fat|"
                               r"Mad|Manic|Small Business|Plastic Free) $")
_DAY_PREP_BEFORE = re.compile(r"\b(?:last|next|this|on|by|since|until|from) $", re.IGNORECASE)


#: A fixture in the present tense right before a weekday: a verb of meeting, the capitalised name of the other side,
#: "on" ("the Warriors host the Boston Celtics on Tuesday", "Smith faces Jones on Friday"): the day is to come.
_FIXTURE_BEFORE_DAY = re.compile(
    r"\b(?:hosts?|visits?|faces?|plays?|meets?|takes? on|welcomes?|beats|(?:if|unless|should)\s+(?:they|we|you)\s+beat)"
    r"\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:at\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4})?(?:on|this)\s+$")
# (and the ground after the opponent: "Tottenham face Newcastle United at St James' Park on Monday night")
# ("Arsenal can cut the gap if it beats Nottingham Forest on Tuesday": "beats", not the past "beat"; "if they beat")


#: a match report's list of the next fixtures, up to two short lines above the weekday ("Up next\n\nLakers: Host the
#: Denver Nuggets on Saturday.\n\nWarriors: At the Phoenix Suns on Sunday."): each day is to come
_UP_NEXT = re.compile(r"^[ \t]*(?:up next|next up)[ \t]*:?[ \t]*\n(?:[ \t]*\n|[^\n]{1,90}\n){0,4}[^\n]{0,90}$", re.I | re.M)


@_rule("weekday", rf"\b(?:(?P<mod>early|late|later|earlier)\s+)?(?:(?P<rel>last|next|this|the previous|the following|that|coming)\s+)?(?P<wd>{_WEEKDAY})(?P<pl>s)?(?:\s+(?P<p>morning|afternoon|evening|night))?(?![\w-])")
def _h_weekday(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    if not m["rel"] and not m["pl"] and not m["p"] and m["wd"][0].isupper() and (
            _PAPER_BEFORE_DAY.search(ctx.text, max(0, m.start() - 14), m.start())
            or (_PAPER_AFTER_DAY.match(ctx.text, m.end()) and not _DAY_PREP_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()))):
        return None  # a newspaper ("The Sunday Times reported", "told the Mail on Sunday"), no day
    if not m["rel"] and not m["mod"] and m["wd"][0].isupper() and _NAMED_DAY_BEFORE.search(ctx.text, max(0, m.start() - 10),
                                                                                       m.start()):
        return None  # "the Black Monday crash of 1987", "Cyber Monday", "Good Friday": a named day, not the story's weekday
    wd = _WEEKDAYS[m["wd"].lower()]
    if m["pl"]:
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if re.search(r"\b(?:on|every|most|some|other)\s+$", before):
            return {"type": "SET", "value": f"XXXX-WXX-{wd}"}
        return None
    rel = (m["rel"] or "").lower()
    which = {"last": "last", "next": "next", "this": "this", "the previous": "previous", "the following": "following", "coming": "next"}.get(rel)
    part = _DAY_PARTS.get((m["p"] or "").lower())
    mod = {"early": "START", "earlier": "START", "late": "END", "later": "END"}.get((m["mod"] or "").lower())
    if ctx.published is None:
        v = f"XXXX-WXX-{wd}"
        return {"type": "TIME" if part else "DATE", "value": v + (f"T{part}" if part else ""), "mod": mod, "relative": True}
    if which is None and (_FIXTURE_BEFORE_DAY.search(ctx.text, max(0, m.start() - 70), m.start())
                          or _UP_NEXT.search(ctx.text, max(0, m.start() - 160), m.start())):
        which = "fixture"  # "the Warriors host the Boston Celtics on Tuesday": a fixture, to come
    if which is None and _ZONE_CLOCK_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        which = "nearest"  # "at 8:30 p.m. EDT (0030 GMT Thursday)": the same moment elsewhere, a day apart at most
    if which is None and not part and ctx.text.startswith(("'s ", "’s "), m.end()) \
            and 0 < (ctx.published - (near := _weekday_date(ctx, wd, m.start(), m.end(), "nearest"))).days <= 2:
        d = near  # "could claim victory in Sunday's elections" on a Monday: the day before (not a week on for "could"; a
        # possessive day a day or two back is the story's news, whatever the verb's tense)
    elif which is None and not part and _MARKET_DAY_AFTER.match(ctx.text, m.end()):
        d = ctx.published - dt.timedelta(days=(ctx.published.isoweekday() - wd) % 7)
        # "a 31% premium to Friday's closing price" on a Monday: a trading day's close is one gone (or today's), whatever
        # the sentence's tense
    else:
        d = _weekday_date(ctx, wd, m.start(), m.end(), which)
    v = d.isoformat() + (f"T{part}" if part else "")
    return {"type": "TIME" if part else "DATE", "value": v, "mod": mod, "relative": True}


#: a weekday's market close after it ("Friday's closing price", "Thursday's close", "Tuesday's session high")
_MARKET_DAY_AFTER = re.compile(r"['’]s\s+(?:closing|close|settlement|session|trading|intraday|opening)\b")


#: a span's first clock time after "between" ("between 22:00 on Monday and …")
_BETWEEN_CLOCK = re.compile(r"\bbetween\s+(?:[01][0-9]|2[0-3]):[0-5][0-9]\b")
#: a clock time in another zone in brackets, right before a weekday ("(0030 GMT Thursday)", "(21:00 UTC on Monday)")
_ZONE_CLOCK_BEFORE = re.compile(r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC)\s+(?:on\s+)?$")


#: A calendar date written right after a clock time: "5pm on Tuesday 30 August", "5:03 AM, February 10, 2019".
_DATE_AFTER_CLOCK = re.compile(
    rf"(?:\s+(?:local\s+time|[A-Z]{{2,4}}))?[\s,]*(?:on\s+|of\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_FULL})|(?P<m2>{_MONTH_FULL})\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)"
    rf"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b"
)


#: A weekday or "yesterday" written right after a clock time with no date after it: "11:11 p.m. on Friday".
_DAY_AFTER_CLOCK = re.compile(
    # ("9 p.m. (2100 UTC) on Tuesday", "2:49 a.m. local time (7:49 a.m. UTC) on Saturday"; the bracket's own clock:
    # "(7:49 a.m. UTC) on Saturday")
    r"(?:\s+(?:local\s+time|[A-Z]{2,4}))?(?:\s*\(\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC)\)|\s*\))?"
    # (the end of a range of hours: "from 08:00 to 20:00 on Saturday")
    r"(?:\s+(?:to|until|and|-|–)\s+\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|[AP]M))?(?:\s+[A-Z]{2,4})?)?"
    r",?\s+(?:(?:on\s+)?(?P<fol>the\s+following\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<deictic>yesterday|today|tomorrow|tonight|last night|this (?:morning|afternoon|evening)))\b"
    r"(?!\s*,?\s*(?:\d|" + _MONTH_FULL + r"))")
_DEICTIC_SHIFT = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0, "last night": -1, "this morning": 0,
                  "this afternoon": 0, "this evening": 0}


def _date_after_clock(ctx: _Ctx, end: int) -> dt.date | None:
    """The date written right after a clock time ending at ``end``, or None."""
    m = _DATE_AFTER_CLOCK.match(ctx.text, end)
    if m is None:
        return None
    month = _month_of(m["m1"] or m["m2"])
    day = int(m["d1"] or m["d2"])
    if m["y"]:
        year = int(m["y"])
    elif ctx.published is not None:
        # (the date's own start: the words before it, "until 02:30 on", are read as before a date alone)
        year = _pick_year_for_month(ctx, month, day, m.start("d1") if m["d1"] else m.start("m2"), m.end())
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@_rule("clock", r"\b(?:(?P<h>[01]?[0-9]|2[0-3])(?:[:.](?P<mi>[0-5][0-9]))?\s*(?P<ap>a\.m\.|p\.m\.|A\.M\.|P\.M\.|am\b|pm\b|AM\b|PM\b)|(?P<h2>[01]?[0-9]|2[0-3])[:.](?P<mi2>[0-5][0-9])(?=\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|local time|hours|h\b))|(?<![\d,.$€£])(?P<h3>[01][0-9]|2[0-3])(?P<mi3>[0-5][0-9])(?=\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|local time)\b)|(?<=\bat |\bby )(?P<h4>[01][0-9]|2[0-3])(?P<mi4>[0-5][0-9])\s*(?:hours|hrs)\b|(?:(?<=\bat )|(?<=\bby )|(?<=\babout )|(?<=\baround )|(?<=\buntil )|(?<=\bfrom )|(?<=\bbefore )|(?<=\bafter )|(?<=\bbetween )|(?<=\band )|(?<=\d\d to ))(?P<h5>[01][0-9]|2[0-3]):(?P<mi5>[0-5][0-9])(?![\d:]|[.,]\d)|(?P<w>noon|midnight))(?:\s+(?P<tz>GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|local time))?")
def _h_clock(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    if m["w"]:
        hh, mi = (12, 0) if m["w"].lower() == "noon" else (24, 0)
        if m["w"].lower() == "midnight":
            hh = 0
    else:
        if m["h5"] and ctx.text.endswith("and ", 0, m.start()) and not _BETWEEN_CLOCK.search(
                ctx.text, max(0, m.start() - 80, ctx.text.rfind(". ", max(0, m.start() - 80), m.start())), m.start()):
            return None  # "and 06:00" only closes "between 22:00 on Monday and 06:00 on Tuesday" (in its sentence)
        hh = int(next(h for h in (m["h"], m["h2"], m["h3"], m["h4"], m["h5"]) if h is not None))
        mi = int(m["mi"] or m["mi2"] or m["mi3"] or m["mi4"] or m["mi5"] or 0)  # (h3, h4: "1930 GMT", "at 0800 hours";
        # h5: "at about 02:40", a 24-hour clock after a preposition)
        ap = (m["ap"] or "").lower().replace(".", "")
        if ap and not 1 <= hh <= 12:
            return None
        if ap == "pm" and hh < 12:
            hh += 12
        if ap == "am" and hh == 12:
            hh = 0
    day = _date_after_clock(ctx, m.end())  # its own date after it: "at 5pm on Tuesday 30 August"
    if day is None and ctx.published is not None and (w := _DAY_AFTER_CLOCK.match(ctx.text, m.end())):
        # its own day after it: "struck at 11:11 p.m. on Friday", "at 9pm yesterday"
        deictic = _DEICTIC_SHIFT.get((w["deictic"] or "").lower())
        day = ctx.published + dt.timedelta(days=deictic) if deictic is not None else _weekday_date(
            ctx, _WEEKDAYS[w["wd"].lower()], w.start("wd"), w.end("wd"),
            "following" if w["fol"] else  # ("until 7am the following Wednesday": after the day named last)
            "nearest" if _ZONE_CLOCK_BEFORE.search(ctx.text, max(0, w.start("wd") - 24), w.start("wd")) else None)
    if day is None and ctx.published is not None and _alone_on_its_line(ctx.text, m.start(), m.end()):
        day = ctx.published  # a live blog's stamp over its entry ("14:52 GMT"): the day of publication, not the last named
    if day is None and m["w"] and hh == 0 and _DEADLINE_BEFORE.search(ctx.text, max(0, m.start() - 45), m.start()):
        day = ctx.last_day or ctx.published
        if day is not None:
            day = _past_not_coming(ctx, day, m.start(), m.end())
        # "averting a shutdown just hours before funding was set to expire at midnight" after "late Friday": the end of
        # that day (TIMEX3's T24:00), not the midnight that began it
        return {"type": "TIME", "value": f"{day.isoformat() if day else 'XXXX-XX-XX'}T24:00", "relative": True}
    if day is None:
        day = ctx.last_day or ctx.published
        if ctx.last_day is not None and ctx.last_day_night and hh < 6:
            day = ctx.last_day + dt.timedelta(days=1)  # "on Tuesday night … after midnight", "at 11 p.m. … ended at 2
            # a.m.": the small hours after that night
        elif day is not None:
            day = _past_not_coming(ctx, day, m.start(), m.end())
    date = day.isoformat() if day else "XXXX-XX-XX"
    return {"type": "TIME", "value": f"{date}T{hh:02d}:{mi:02d}", "relative": True}


#: a deadline's words before "midnight" in its clause: the end of the day ("expire at midnight", "until midnight",
#: "a midnight deadline" is read elsewhere; not "after midnight", "beginning at midnight")
_DEADLINE_BEFORE = re.compile(r"\b(?:expire|expires|expired|expiring|expiry|deadline|lapse|lapses|lapsed|runs? out|ran out|"
                              r"until|till|by|before|ends?|ended|ending|closes?|closed|closing)\s+(?:at\s+)?(?:around\s+|about\s+)?$")


def _past_not_coming(ctx: _Ctx, day: dt.date, start: int, end: int) -> dt.date:
    """The day a past event's time of day belongs to when the last day named (``day``) is a coming one, named in
    another sentence: the last past day named, else publication ("Officers were called at about 11.40pm" after "He
    will appear in court on 14 March"; not "a fast on August 8, 2008 is proposed, beginning at midnight")."""
    if ctx.published is not None and day > ctx.published \
            and _sentence_of(ctx, ctx.last_day_end - 1)[0] != _sentence_of(ctx, start)[0] \
            and _tense(ctx, start, end) == "past":
        return ctx.last_past_day or ctx.published
    return day


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the only thing on its line."""
    nl = text.find("\n", end)
    return not text[text.rfind("\n", 0, start) + 1 : start].strip() and not text[end : nl if nl >= 0 else len(text)].strip()


@_rule("ago", rf"\b(?:(?P<apx>{_APPROX})\s+)?(?P<n>{_NUM})\s+(?P<u>{_UNIT})\s+(?P<dir>ago|earlier|later|before|after|from now|hence|previously|prior)(?![\w-])", re.I)
def _h_ago(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    n = _num(m["n"])
    u = m["u"].lower().rstrip("s")
    if u == "centurie":
        u = "century"
    d = m["dir"].lower()
    sign = -1 if d in ("ago", "earlier", "before", "previously", "prior") else 1
    if isinstance(n, float) and u == "year" and (n * 12).is_integer() and d in ("ago", "from now", "hence"):
        n, u = int(n * 12), "month"  # "two and a half years ago": 30 months before publication
    if d in ("before", "after", "prior"):
        nxt = ctx.text[m.end() : m.end() + 15]
        if u == "quarter" and _CLOCK_NEXT.match(nxt):
            return None  # "a quarter before 11 a.m.": a clock time
        if (_EVENT_NEXT if d != "prior" else _PRIOR_TO).match(nxt):
            # "two days before the vote", "two weeks after Helene devastated the region", "8 days after he was
            # appointed", "one month prior to Germany signing": anchored on an event, not on a date
            return {"type": "DURATION", "value": _duration(n, u), "span_end": m.start("dir") - 1}
    if d in ("earlier", "later") and (re.match(r"\s+than\b", ctx.text[m.end() : m.end() + 8])
                                      or _REL_UNIT_NEXT.match(ctx.text, m.end())):
        # "a month earlier than usual", "two weeks later than planned": a difference, no date; "banned for three
        # months earlier this year": a length, then a time of its own ("earlier this year")
        return {"type": "DURATION", "value": _duration(n, u), "span_end": m.start("dir") - 1}
    mod = _MODS.get((m["apx"] or "").lower()) if m["apx"] else None
    if d in _ANAPHORIC and n != "X" and isinstance(n, int) and u not in ("hour", "minute", "second") \
            and (told := _told_before(ctx, m.start(), n * sign, u)) is not None:
        # "defeated Ford in 1976 ... before losing to Reagan four years later": counted from the date the story
        # told last (this sentence or the one before), not from publication
        return {"type": "DATE", "value": told, "mod": mod, "relative": True}
    if d in ("later", "earlier") and u in ("day", "week", "month") and _year_told_near(ctx, m.start()):
        # "lost in Chicago in 2016 before beating them in Dublin two weeks later": counted from a time of that year
        # the story does not date to the day, not from publication
        return {"type": "DURATION", "value": _duration(n, u), "mod": mod, "span_end": m.start("dir") - 1}
    if u in ("hour", "minute", "second") and d not in ("ago", "from now", "hence"):
        # "24 hours later": anchored on an event of the story, not on the publication date
        return {"type": "DURATION", "value": _duration(n, u), "mod": mod, "span_end": m.start("dir") - 1}
    if ctx.published is None or n == "X" or not isinstance(n, int):
        return {"type": "DATE", "value": "PAST_REF" if sign < 0 else "FUTURE_REF", "mod": mod, "relative": True, "resolved": ctx.published is not None}
    if u == "year" and n == 1 and d in ("earlier", "ago") and ctx.last_quarter and ctx.last_quarter[0] == _quarter(ctx.published)[0]:
        ly, lq = ctx.last_quarter
        return {"type": "DATE", "value": f"{ly - 1}-Q{lq}", "mod": mod, "relative": True}
    return {"type": "DATE", "value": _shift(ctx.published, sign * n, u), "mod": mod, "relative": True}


#: "this year", "in the season", "that month" right after "N units earlier/later": the time "earlier" belongs to
_REL_UNIT_NEXT = re.compile(r"\s+(?:in\s+)?(?:this|that|the)\s+(?:year|month|week|season|decade|century|day|morning|afternoon|evening)\b", re.I)
#: an event after "N units before/after" (a noun phrase or a clause: "the vote", "Helene devastated", "he was
#: appointed", "reports said"); not a bare "two days later." nor "a week after that" (a time told before)
_EVENT_NEXT = re.compile(r"\s+(?!that\b|this\b)[\w\"“‘']")
_PRIOR_TO = re.compile(r"\s+to\b")
_CLOCK_NEXT = re.compile(r"\s+(?:\d|noon|midnight)")
#: the words after a number of units that count from a time the story told, not from publication ("four years later")
_ANAPHORIC = frozenset(["later", "earlier", "before", "after", "previously", "prior"])


#: a preposition of time right before a year ("in 2016", "since early 2019"): the year is when something happened
_YEAR_AS_TIME = re.compile(r"\b(?:in|since|during|by|from|until|of)\s+(?:early\s+|late\s+|mid-?)?$", re.I)


def _told_near(ctx: _Ctx, pos: int, end: int) -> bool:
    """Whether an expression ending at ``end`` stands before ``pos`` in the sentence of ``pos`` or the one before."""
    here = _sentence_of(ctx, pos)[0]
    if ctx.starts is not None:
        i = bisect_right(ctx.starts, here) - 1  # this sentence; the one before it starts one place earlier
        prev = ctx.starts[i - 1] if i > 0 else here
    else:
        prev = max((st for st, en in ctx.sentences if en <= here), default=here)
    return 0 < end <= pos and prev <= end - 1


def _year_told_near(ctx: _Ctx, pos: int) -> bool:
    """Whether the text named a year (alone) last, in the sentence of ``pos`` or the one before, after any day."""
    end = ctx.last_year_end
    return ctx.last_year is not None and _told_near(ctx, pos, end) \
        and (ctx.last_day is None or end > ctx.last_day_end) \
        and _YEAR_AS_TIME.search(ctx.text, max(0, end - 30), end - 4) is not None  # (not "the 2008 convention")


def _told_before(ctx: _Ctx, pos: int, n: int, unit: str) -> str | None:
    """The value ``n`` units from the last day or year the text named before ``pos`` in the same sentence or
    the one before ("in 1976 ... four years later": 1980; "on 3 May ... two days later": 5 May), else None. A
    year takes only years; a day any unit."""
    if ctx.last_day is None and ctx.last_year is None:
        return None
    day_near = ctx.last_day is not None and _told_near(ctx, pos, ctx.last_day_end)
    year_near = ctx.last_year is not None and _told_near(ctx, pos, ctx.last_year_end)
    if day_near and not (year_near and ctx.last_year_end > ctx.last_day_end):
        assert ctx.last_day is not None
        return _shift(ctx.last_day, n, unit)
    if year_near and unit.rstrip("s") == "year":
        assert ctx.last_year is not None
        return str(ctx.last_year + n)
    if year_near and unit.rstrip("s") == "decade":
        assert ctx.last_year is not None
        return str((ctx.last_year + 10 * n) // 10)  # "in 1972 … two decades later": the 1990s
    return None


_DUR_DET = "past|last|next|first|previous|coming|following|final|remaining|same|last|latest|ensuing|initial|preceding|subsequent"
_DUR_DET2 = "past|last|next|first|previous|coming|following|final|remaining|latest|initial"
#: "last" as a verb ("is due to last six weeks", "will last two days"): not the duration's determiner
_VERB_LAST = r"(?!(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=ould\s)|(?<=\bmay\s)|(?<=\bcan\s)|(?<=\bmust\s)|(?<=\bmight\s)|(?<=\bdid\s)|(?<=\bdoes\s)|(?<=\bnot\s))last\b)"


#: four digits read as a 24-hour clock ("1930", "0800")
_MILITARY_HOUR = re.compile(r"(?:[01][0-9]|2[0-3])[0-5][0-9]")


# (not a number of units right before "ago": "the French Open final five weeks ago" is "five weeks ago", no
# duration "final five weeks"; a range stays one: "four–five hours ago")
#: a modal or "to" right before "one day" ("could one day", "hopes to one day"): "some day"
_MODAL_BEFORE = re.compile(r"\b(?:could|can|will|would|might|may|must|should|shall|to|'ll)\s+$", re.I)


_AGO_NEXT = re.compile(r"\s+ago\b", re.I)


@_rule("duration", rf"\b(?:{_VERB_LAST}(?P<det>the|a|an|another|(?:the\s+)?(?:{_DUR_DET}))\s+)?(?:{_VERB_LAST}(?P<det2>{_DUR_DET2})\s+)?(?:(?P<apx>{_APPROX})\s+)?(?P<n>{_NUM})(?:\s*(?:-|–|to|or)\s*(?P<n2>{_NUM}))?\s+(?P<u>{_UNIT})(?P<orso>\s+or\s+so)?(?![\w-])(?(n2)|(?!\s+ago\b))", re.I)
def _h_duration(m: re.Match[str], ctx: _Ctx) -> dict[str, Any] | None:
    n_raw = m["n"].lower()
    u = m["u"].lower()
    det = " ".join(filter(None, [(m["det"] or "").lower(), (m["det2"] or "").lower()]))
    plural = u.endswith("s") or u == "centuries"
    if u in ("hours", "hrs") and not det and not m["apx"] and _MILITARY_HOUR.fullmatch(n_raw) \
            and ctx.text[max(0, m.start() - 3) : m.start()].lower() in ("at ", "by "):
        return None  # "at 0800 hours": a clock time
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
    if n_raw == "one" and u == "day" and not det and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return {"type": "DATE", "value": "FUTURE_REF"}  # "machines could one day become smarter": some day, no span
    n = _num(m["n"])
    if m["n2"]:
        n = "X"
        if (ago := _AGO_NEXT.match(ctx.text, m.end())) is not None:
            # "six to 12 months ago", "two or three years ago": a time gone by, not a length
            return {"type": "DATE", "value": "PAST_REF", "mod": "APPROX", "relative": True, "span_end": ago.end()}
    if isinstance(n, (int, float)) and n > 1 and not plural:
        return None  # "two year" is a modifier ("a two year plan")
    if not plural and u.rstrip("s") in ("quarter",) and n_raw in ("a", "an", "one"):
        return None  # "a quarter of the vote"
    if u.startswith("quarter") and n == "X" and det in ("the past", "past", "last", "the last", "recent"):
        return {"type": "DATE", "value": "PAST_REF", "relative": True}
    if u.startswith("weekend"):
        return None
    apx = (m["apx"] or "").lower()
    mod = _MODS.get(apx) if apx else None
    if m["orso"]:
        mod = "APPROX"
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
        res["extent"] = Extent(dirn, n, u)
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
        if m["adv"][0].isupper() and re.search(r"[A-Z][\w.&'-]* $", ctx.text[max(0, m.start() - 30) : m.start()]):
            return None  # the end of a name ("Example Daily", "The Weekly"): a capitalised word before it
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


_LAST_WORD = re.compile(r"\w+$")
#: a count and its noun right after "the past" ("the past two seasons", "the past few games"): things, not a time
_COUNTED_AFTER = re.compile(r"\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple\s+of)\s+"
                            r"(?!(?:summers|winters|springs|autumns|falls|holidays|terms)\b)[a-z]",
                            re.I)
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
    if (last := _LAST_WORD.search(m.group())) is not None and last.group()[:1].isupper() \
            and _title_word(ctx, m.start() + last.start(), m.end()):
        return None  # "managing partner at The Future Fund LLC", "Imus in The Present": a name's word, no time
    if t in ("the distant future",):
        return {"type": "DATE", "value": "FUTURE_REF"}
    if t == "the time":
        before = ctx.text[max(0, m.start() - 4) : m.start()].lower()
        if not before.endswith("at "):
            return None
    if t == "soon" and ctx.text[max(0, m.start() - 3) : m.start()].lower() == "as " \
            and ctx.text[m.end() : m.end() + 3].lower() == " as":
        return None  # "as soon as the cabinet meets", "as soon as Wednesday": a signal, no time of its own
    if t == "the past" and _COUNTED_AFTER.match(ctx.text, m.end()):
        return None  # "the champions for the past two seasons", "in the past three matches": a count of things, no time
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
