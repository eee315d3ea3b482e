"""Resolution of temporal expressions against the publication date: calendar arithmetic, the
tense of a sentence, the year of a month or day given without one, TIMEX3 values of shifted
dates and durations, and the calendar span a TIMEX3 value covers (:func:`value_span`).

Example:
    >>> value_span("2021-Q3")
    (datetime.date(2021, 7, 1), datetime.date(2021, 9, 30))
    >>> _shift(dt.date(2021, 12, 31), -1, "month"), _duration(2, "weeks")
    ('2021-11', 'P2W')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from toolkit.temporal.lexicon import (
    _FUTURE_AUX,
    _FUTURE_MARK,
    _MONTH_ABBR,
    _MONTH_FULL,
    _MONTHS,
    _NUMBERS,
    _PAST_MARK,
    _PAST_VERBS,
    _SEASON_MONTHS,
    _UNITS,
    _VAGUE,
    _WEEKDAYS,
)

__all__ = ["Extent", "value_span"]


class Extent(NamedTuple):
    """A duration anchored on the publication date: "the past two months" -> ``("past", 2, "months")``."""

    direction: str  # "past" (ending at publication) or "future" (starting there)
    n: float | str
    unit: str


@dataclass
class _Ctx:
    text: str
    published: dt.date | None
    dayfirst: bool
    sentences: list[tuple[int, int]]
    last_quarter: tuple[int, int] | None = None
    last_year: int | None = None
    #: whether the text is a match report (computed when first asked: :func:`toolkit.temporal.rules._in_a_game`)
    match_report: bool | None = None
    #: where the expression that set ``last_year`` ends
    last_year_end: int = 0
    last_day: dt.date | None = None
    #: the last day named so far that is not after publication (the day a past-tense clock time belongs to when the
    #: last day named is a coming one: "on Friday night ... court on 14 March. Officers were called at 11.40pm")
    last_past_day: dt.date | None = None
    #: where the expression that set ``last_day`` ends
    last_day_end: int = 0
    #: (day, end) of the last date written with its weekday ("Friday 25 July", "Tuesday, March 3"): a bare
    #: "Friday" soon after is that day, even weeks from publication
    weekday_day: tuple[dt.date, int] | None = None
    #: whether that expression named the day's evening or night ("Tuesday night", "at 11 p.m."): an early-morning
    #: clock time after it belongs to the next day ("… after midnight", "shortly after 1 a.m.")
    last_day_night: bool = False
    #: (sentence start, date) of the last calendar date ("12 January", "January 2022") so far:
    #: a later month or day without a year in the same sentence takes the occurrence nearest it.
    anchor: tuple[int, dt.date] | None = None
    #: Sentence starts, when ``sentences`` are in text order without overlaps (else None).
    starts: list[int] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        starts = [s for s, _ in self.sentences]
        ends = [e for _, e in self.sentences]
        if all(e <= s for e, s in zip(ends, starts[1:], strict=False)) and all(s <= e for s, e in self.sentences):
            self.starts = starts


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
    """The sentence span holding ``pos`` (a window of 200 characters either side without one)."""
    if ctx.starts is not None:
        i = bisect_right(ctx.starts, pos) - 1
        if i >= 0 and pos < ctx.sentences[i][1]:
            return ctx.sentences[i]
    else:
        for s, e in ctx.sentences:
            if s <= pos < e:
                return s, e
    return max(0, pos - 200), min(len(ctx.text), pos + 200)


_THAN = re.compile(r"\s+than\b")
#: a headline's infinitive of the future ("Heatwave to peak on Wednesday"; not "back to work", "talks to end war":
#: a verb right after "to", not a noun)
_HEADLINE_TO = re.compile(r"\b[A-Za-z]+\s+to\s+(?:be\s+)?(?!the\b|a\b|an\b)[a-z]+\b")


#: a verb of a scheduled event in the simple present, then up to seven words, right before a weekday ("Pre-orders begin
#: on Friday", "The phones go on sale Friday", "Arsenal face Chelsea on Sunday", "Christie's holds its own sale on
#: Thursday"): the weekday ahead
_SCHEDULED = re.compile(
    r"\b(?:begins?|starts?|opens?|closes?|resumes?|reopens?|continues|concludes|ends?|finishes|arrives?|departs?|meets?|(?:go|goes) on sale|"
    r"takes? effect|"
    r"kicks? off|launches|premieres?|airs|faces?|hosts?|holds?|plays?|headlines?|travels?|heads? to|flies|returns?|takes? office|(?:is|are) sworn in|"
    r"convenes?|reconvenes?|expires?|testif(?:y|ies))"
    r"(?:\s+(?!(?:on|last|this|that)\b)[\w'’.-]+){0,7}?\s+(?:on\s+)?$"
    # (a journey, farther from the day: "Liverpool travel to Paris Saint-Germain in the Champions League on Wednesday")
    r"|\b(?:travels?|heads?|flies|returns?)\s+to(?:\s+(?!(?:on|last|this|that)\b)[\w'’.-]+){0,7}?\s+(?:on\s+)?$"
    # (a warning or a rule in force, a fixture: "The warning is in force from 03:00 to 11:00 GMT on Saturday", "The
    # vote is on Sunday")
    r"|\b(?:is|are)\s+in\s+(?:force|place|effect)(?:\s+(?!(?:on|last|this|that)\b)[\w'’.:-]+){0,6}?\s+(?:on\s+)?$"
    r"|\b(?:is|are)\s+on\s+$",
    re.I,
)

#: before such a verb: an infinitive's or a noun's word ("was to open on Wednesday", "after the close Tuesday")
_NOT_FINITE_BEFORE = re.compile(r"\b(?:to|the|a|an|its|their|his|her|was|were|had|did|would|could)\s+$", re.I)


#: "until" right before the expression ("until Thursday", "until the fall")
#: a deadline or a date moved, right before the expression ("later extended to June 18", "postponed until 3 March"): the
#: past verb says when it was moved, not when the day falls, so the day is the nearest one
_MOVED_TO = re.compile(r"\b(?:extended|postponed|delayed|deferred|pushed\s+back|brought\s+forward|moved|rescheduled|"
                       r"adjourned)(?:\s+(?:it|them|the\s+\w+))?\s+(?:to|until|till|for)\s+$", re.I)
#: "from" (the start of a span) between a past verb and "until"
_FROM_WORD = re.compile(r"\bfrom\b")
#: "until" right before a day ("until Wednesday", "until the end"), or with a clock time and "on" between
_UNTIL_BEFORE = re.compile(r"\b(until)\s+(?:the\s+)?"
                           # (or "until" and a clock time before "on": "saw the teenager until 02:30 on 2 March")
                           r"(?:(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?\s+on\s+)?$", re.I)
#: a remand in custody or on bail until a day, right before it ("taken into custody until Thursday", "remanded until
#: Friday"): a court's next hearing, ahead of the past verb
_HELD_UNTIL = re.compile(r"\b(?:custody|remanded|remand|bail|detention)\s+(?:until|till)\s+(?:the\s+)?$", re.I)
#: right before the expression: the day something starts ("beginning Sunday", "effective Monday")
_STARTING_BEFORE = re.compile(r"\b(?:beginning|starting|effective)\s+(?:on\s+|from\s+)?$", re.I)
#: right before the expression: the earliest it may come ("as soon as Friday")
_AS_SOON_AS = re.compile(r"\bas\s+soon\s+as\s+(?:on\s+)?$", re.I)


#: a determiner right before a word in -ed, which makes it an adjective ("the affected area")
_DET_RIGHT_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+$", re.I)
#: a future in the past: "His term was to end in August" (in June) is no month gone by
_WAS_TO = re.compile(r"(?:was|were)\s+to\s", re.I)
#: a modal, its verb and perhaps an object right before a word in -ed: a participle in the modal's clause ("calm
#: winds would keep pollutants trapped near the ground till Wednesday"; not "would consider measures it announced")
_MODAL_OBJECT = re.compile(r"\b(?:will|would|'ll|shall|could|might|may|must|should)\s+(?:not\s+)?[a-z]+\s+"
                           r"(?:(?!(?:it|he|she|they|we|i|you|that|which|who)\s)[a-z]+\s+)?$")
#: a modal's clause, then a time clause's conjunction and subject right before a verb in -ed ("Gaemi would weaken as it
#: moved inland on Friday"): the subordinate verb takes the modal's future
_MODAL_THEN_AS = re.compile(r"\b(?:will|would|could|might|should|shall)\s+(?:not\s+)?[a-z]+(?:\s+[a-z]+){0,3}\s+"
                            r"(?:as|when|once|until|while)\s+(?:it|they|he|she|we|the\s+[a-z]+)\s+$")
#: "and" between a date and a verb after it: a coordinated clause
_AND_BETWEEN = re.compile(r"\sand\s")
#: "that" right after an expression: the clause after it is reported speech, whose verb is not the expression's ("wrote
#: in an opinion piece on Sunday that parents should consult their doctors")
_THAT_AFTER = re.compile(r"\s+that\s")
#: right before "due": a deadline written of in the past ("were due to submit")
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+$", re.I)


def _tense(ctx: _Ctx, start: int, end: int) -> str | None:
    """'future' or 'past' from the verb marker nearest the expression in its sentence."""
    s, e = _sentence_of(ctx, start)
    if ctx.sentences and s == ctx.sentences[0][0] and not ctx.text[s:e].rstrip().endswith(".") \
            and (to := _HEADLINE_TO.search(ctx.text, s, start)) is not None \
            and not _PAST_MARK.search(ctx.text, s, to.start() + len(to.group().split()[0])):
        # (not "Woman sentenced to jail on Monday": a past participle before "to")
        return "future"  # a headline's "X to <verb>": "Heatwave to peak on Wednesday", "Talks to resume on Friday"
    if _MOVED_TO.search(ctx.text, max(s, start - 40), start):
        return None  # "a deadline that the Treasury Department later extended to June 18": the nearest June 18
    if _AS_SOON_AS.search(ctx.text, max(s, start - 16), start):
        return "future"  # "could return to work as soon as Wednesday, the company said": the earliest day ahead
    if _STARTING_BEFORE.search(ctx.text, max(s, start - 16), start):
        return "future"  # "a law banning TikTok beginning Sunday", "effective Monday": from a day ahead
    if _HELD_UNTIL.search(ctx.text, max(s, start - 30), start):
        return "future"  # "was arrested on Sunday … and taken into custody until Thursday": held until a hearing ahead
    until = _UNTIL_BEFORE.search(ctx.text, max(s, start - 30), start)
    # "until" takes the tense of a past verb just before it ("remained silent until Wednesday", "had given the
    # government until Thursday"); otherwise it looks ahead ("should wait until fall")
    until_end = until.end(1) if until is not None and (past := _PAST_MARK.search(
        ctx.text, max(s, until.start() - 45), until.start())) is not None \
        and not (_FROM_WORD.search(ctx.text, past.end(), until.start()) and ctx.last_day is not None
                 and ctx.last_day_end > s and ctx.published is not None and ctx.last_day > ctx.published) else -1
    # (not the end of a span "from" a day ahead: "has issued a warning from 18:00 on Thursday until 12:00 on Friday";
    # but "served from February until May": a span gone by)
    best: tuple[int, str] | None = None
    for rx, label in ((_FUTURE_MARK, "future"), (_PAST_MARK, "past")):
        for m in rx.finditer(ctx.text, s, e):
            if m.start() >= start and m.end() <= end:
                continue
            if m.end() - m.start() == 7 and m.group().lower() in ("earlier", "later") \
                    and _THAN.match(ctx.text, m.end()):
                continue  # a comparison, no tense: "launch it in February, a month earlier than usual"
            if label == "past" and m.group().endswith("ed") and _DET_RIGHT_BEFORE.search(ctx.text, max(s, m.start() - 6),
                                                                             m.start()):
                continue  # an adjective: "to visit the affected area on Sunday", "the injured"
            if label == "past" and m.start() >= end and m.group().lower() == "since" \
                    and _SINCE_A_DATE.match(ctx.text, m.start()):
                continue  # the start of a span of its own after it: "expected to raise rates on Wednesday, the tenth
                # increase since March 2022"
            if label == "future" and m.start() >= end and m.group()[:3].lower() == "to ":
                continue  # a purpose infinitive after it takes the main verb's tense: "won on Sunday to take"
            if label == "future" and m.end() == until_end:
                continue  # "until" right before it takes the verb's tense: "had propped up the government until September"
            dist = start - m.end() if m.end() <= start else m.start() - end
            # Markers before the expression (the governing verb) count a little more; one after "and" less still (a
            # clause of its own: "won the leadership on Sunday in a landslide and will become prime minister")
            dist = dist if m.end() <= start else dist + (
                60 if _AND_BETWEEN.search(ctx.text, end, m.start()) or _THAT_AFTER.match(ctx.text, end) else 10)
            lab = label
            if label == "past" and (_FUTURE_AUX.search(ctx.text[max(s, m.start() - 25) : m.start()]) or (
                    m.group().endswith("ed") and (_MODAL_OBJECT.search(ctx.text, max(s, m.start() - 40), m.start())
                                                  or _MODAL_THEN_AS.search(ctx.text, max(s, m.start() - 60), m.start())))):
                lab = "future"  # "will be sold", "is to be signed"; "would keep pollutants trapped": a participle
            elif label == "future" and m.group()[:3].lower() == "due" and _WAS_BEFORE.search(ctx.text, max(s, m.start() - 6), m.start()):
                lab = "past"  # "Countries were due to submit new plans by February": a deadline gone by
            if best is None or dist < best[0]:
                best = (dist, lab)
    return best[1] if best else None


#: "since" and a date of its own ("since March 2022", "since 2019", "since last year")
_SINCE_A_DATE = re.compile(r"since\s+(?:(?:early|late|mid)[\s-]+)?(?:" + _MONTH_FULL + r"|\d|last\b)", re.I)
#: the future of the present ("will be counted on June 4"; not "would", "scheduled": also a future in the past)
_WILL = re.compile(r"\b(?:will|shall)\b|'ll\b", re.I)


def _anchor_year(ctx: _Ctx, month: int, day: int | None, start: int) -> int | None:
    """The year putting ``month`` (``day``) within about three months of the last calendar date of
    the same sentence, or None: dates listed together ("on 9-10 January, then on 12 January and
    on January 13th") share their year even when the verb nearest each differs."""
    if ctx.anchor is None or ctx.anchor[0] != _sentence_of(ctx, start)[0]:
        return None
    ref = ctx.anchor[1]
    if ctx.published is not None and ref < ctx.published and _WILL.search(ctx.text, max(ctx.anchor[0], start - 40), start):
        return None  # "the election, which began on April 19, will be counted on June 4": a day ahead, not beside the first
    d = min(day or 15, 28)
    # (not months back: "signed in April, required it to sell by Jan. 19" lists no dates together)
    best = min((c for y in (ref.year - 1, ref.year, ref.year + 1) if (c := dt.date(y, month, d)) >= ref - dt.timedelta(days=45)),
               key=lambda c: abs((c - ref).days))
    return best.year if abs((best - ref).days) <= 95 else None


#: an event's noun, then its year, right after a month and day ("the September 11 attacks in 2001", "the March 11
#: bombings of 2004", "the 7 July bomb attacks in London last year")
_YEAR_SOON_AFTER = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:attacks?|bombings?|blasts?|explosions?|shootings?|massacres?|killings|riots?|protests?|"
    r"uprising|revolution|coup|crash|raids?|earthquakes?|tsunami|floods?|fires?|disasters?|elections?|referendum|"
    r"terror\s+attacks?|ceasefire)(?:\s+in\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)?"
    r"\s+(?:(?:in|of)\s+((?:1[89]|20)\d\d)\b(?!\s*(?:-|–|to)\s*\d)|(last|this)\s+year\b)")


#: "of the same year" right after a month: the year named last
_SAME_YEAR_AFTER = re.compile(r",?\s+(?:of|in)\s+(?:the\s+)?(?:same|that)\s+year\b", re.I)
#: "last year" right after a month and day ("on June 5 last year"; not "last year's")
_REL_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(this|last|next)\s+year\b(?!['’])", re.I)
#: "next year", "last year's", "this year" earlier in the month's clause (no sentence or clause break between)
_YEAR_REL_BEFORE = re.compile(r"\b(next|last|this)\s+year(?:['’]s)?\b[^.!?;:“”\"]{0,100}$", re.I)


#: a verb in the past, then up to nine words and "in"/"on", right before a month ("signed by the president in
#: April", "revealed that in December", "had attacked a U.S. vessel in late February"), or the verb right before it
#: ("the fiscal year ended Jan. 31"); not "last" ("the last brigade in July") nor a gerund before "on" ("starting on")
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:" + _PAST_VERBS + r")(?:(?:(?:\s+[\w.'’-]+){0,9}?(?<!ing)(?<!dates)(?<!\bdate)\s+(?:in|on|from|between|during)"
    # (or a noun in -ing after a determiner right before the preposition: "had argued at a hearing in April")
    r"|(?:\s+[\w.'’-]+){0,7}?\s+(?:a|an|the|this|that|his|her|its|their|our|each)\s+(?:[\w-]+\s+)?[a-z]+ing\s+"
    r"(?:in|on|during))(?:\s+(?:early|late|mid))?)?\s+$"
)
#: a verb in the past right after a month that ends its subject's phrase ("Observations in January settled the
#: question", "Sales in March rose 5%"; not "was expected", "were due": a plan looking ahead)
_PAST_VERB_AFTER = re.compile(r"\s+(?:" + _PAST_VERBS + r")\b(?!\s+(?:to|expected|scheduled|due|set|planned|slated)\b)")
#: a preposition right before a month inside a noun's phrase ("observations in January", "sales during March")
_PHRASE_PREP_BEFORE = re.compile(r"\b[A-Za-z]{3,}\s+(?:in|during|over|for)\s+(?:(?:early|late|mid)[\s-]+)?$")
#: "until" right after a month: the end of its range ("served from February until May"), no future
_UNTIL_AFTER = re.compile(r"\s+until\b", re.I)
#: a measurement the month qualifies ("their January peak", "below March levels", "the April low"): one taken already
_OBSERVED_AFTER = re.compile(r"\s+(?:peaks?|highs?|lows?|levels?|readings?)\b(?!-)")
#: "since" right before a month ("since March", "since early February"): the start of a span up to now
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)
#: a noun the month or day qualifies ("the recently declared June 26 election date"): no time of its own
#: a reported clause right after the month ("announced in February it would cut jobs", "said in May that they will")
_REPORTED_AFTER = re.compile(r",?\s+(?:that\s+)?(?:it|he|she|they|we)\s+(?:would|will|could|might|planned|plans)\b")
#: the main clause's modal right after a participle, "in" and a month: "repairs to a pipeline damaged in February would
#: be finished", "a bridge that was closed in March will reopen" (the month is the participle's; not "decided May 10
#: would be a day": the month is the modal's subject)
_MODAL_AFTER = re.compile(r"\s+(?:would|will|could|might|should|must)\s")
#: a past verb or participle and "in"/"on"/"during" right before the month ("damaged in ", "was closed in early ")
_IN_BEFORE = re.compile(r"\b(?:" + _PAST_VERBS + r")\s+(?:in|on|during)\s+(?:(?:early|late|mid)[\s-]+)?$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:it|he|she|they|we|that|and|but|to|the|a|an|its|his|her|their|this|after|before|when|as|"
                         r"with|for|by|at|of|in|on|from|while|until|till|through)\b)[a-z]")  # (not a pronoun or a function word: "announced
# in February it would cut jobs")


_MONTH_WORD = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
#: the end of a range of days, with its year, right after a day without one ("from May 1 to Oct. 31, 2022")
_RANGE_TO_YEAR = re.compile(r"\s*(?:to|through|until|till|and|-|–)\s+(?:(" + _MONTH_WORD + r")\s+\d{1,2}(?:st|nd|rd|th)?"
                            r"|\d{1,2}(?:st|nd|rd|th)?\s+(" + _MONTH_WORD + r")),?\s+((?:19|20)\d\d)\b")
#: a year labelling its line, in a list of dates ("1936: Jorge Mario Bergoglio is born …", "2001 – He becomes …")
_YEAR_LABEL = re.compile(r"[ \t]*(?:[-*•]\s*)?((?:1[5-9]|20)\d\d)\s*[:–—]\s")


#: a year opening a sentence, in its first phrase ("In 2016, ", "In the 2016 United States presidential election,",
#: "During the 1990s" is no year)
_YEAR_OPENER = re.compile(r"\s*(?:In|During|Throughout|Back\s+in|By)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
                          r"((?:19|20)\d\d)\b(?![-–/]|s\b|['’]s)"
                          # (then a comma, a name or an event: not "In 2019 terms, …", "In 2020 dollars")
                          r"(?=\s*,|\s+[A-Z]|\s+(?:[a-z]+\s+)?(?:elections?|season|campaign|race|census|games|"
                          r"tournament|edition|war|final|vote|referendum)\b)")
#: a year anywhere (another year between the opener and the month)
_YEAR_IN = re.compile(r"\b(?:1[89]|20)\d\d\b")


def named_year(ctx: _Ctx) -> int | None:
    """The year the text named last: a year alone ("in 2019") or a calendar date's ("on October 26, 1979"), whichever
    came later."""
    year = ctx.last_year
    if ctx.anchor is not None and (year is None or ctx.anchor[0] > ctx.last_year_end):
        year = ctx.anchor[1].year
    return year


def _clause_end(ctx: _Ctx, end: int, *, coordinated: bool) -> int:
    """Where the clause of an expression ending at ``end`` ends: its sentence's end, or a comma or semicolon before it
    ("The law, signed by the president in April, gives ByteDance until Jan. 19": the future of the main clause is not
    the participle's). ``coordinated``: an "and" stands between the past verb and the expression."""
    e = _sentence_of(ctx, end)[1]
    m = _CLAUSE_BREAK.search(ctx.text, end, e)
    if m is None or (coordinated and _FUTURE_MARK.match(ctx.text, m.end())):
        return e  # ("increased benefits and from July, will allow families to claim": the month's own verb after it)
    return m.start()


_CLAUSE_BREAK = re.compile(r"[,;]\s*")


def _pick_year_for_month(ctx: _Ctx, month: int, day: int | None, start: int, end: int) -> int:
    """Year of a month (and day) given without one, relative to the publication date (see :mod:`toolkit.temporal.timex`)."""
    assert ctx.published is not None
    if _SAME_YEAR_AFTER.match(ctx.text, end) and (year := named_year(ctx)) is not None:
        return year  # "assassinated on October 26, 1979 …. sworn in in December of the same year": 1979
    if (rel_after := _REL_YEAR_AFTER.match(ctx.text, end)) is not None:
        # "launched on June 5 last year", "on 29 July last year": the year named right after
        return ctx.published.year + {"next": 1, "last": -1, "this": 0}[rel_after.group(1).lower()]
    if (later := _YEAR_SOON_AFTER.match(ctx.text, end)) is not None:
        # "the September 11 attacks in 2001": the year told right after; "the 7 July bomb attacks in London last year"
        return int(later.group(1)) if later.group(1) else ctx.published.year - (later.group(2).lower() == "last")
    if (rng := _RANGE_TO_YEAR.match(ctx.text, end)) is not None:
        # "from May 1 to Oct. 31, 2022": the year the range's end gives (the year before, when the end's month comes
        # earlier in the year: "from December 20 to January 5, 2024")
        end_month = _MONTHS[(rng.group(1) or rng.group(2)).lower().rstrip(".")]
        return int(rng.group(3)) - (month > end_month)
    if (label := _YEAR_LABEL.match(ctx.text, ctx.text.rfind("\n", 0, start) + 1)) is not None and label.end() <= start:
        return int(label.group(1))  # a list of dates by year: "1936: Jorge Mario Bergoglio is born … on December 17"
    if (opener := _YEAR_OPENER.match(ctx.text, s0 := _sentence_of(ctx, start)[0])) is not None \
            and opener.end() <= start and not _YEAR_IN.search(ctx.text, opener.end(), start):
        # "In the 2016 United States presidential election, Sanders continued his bid … until June": the year that
        # opens the sentence (no other year between)
        return int(opener.group(1))
    if (rel := _YEAR_REL_BEFORE.search(ctx.text, max(0, start - 100), start)) is not None:
        # "Next year's summit, COP30, will be held in Belém, Brazil, in November": the year the clause names
        return ctx.published.year + {"next": 1, "last": -1, "this": 0}[rel.group(1).lower()]
    anchored = _anchor_year(ctx, month, day, start)
    if anchored is not None:
        return anchored
    published = ctx.published
    d = min(day or 15, 28)
    cands = [dt.date(y, month, d) for y in (published.year - 1, published.year, published.year + 1)]
    if day is None and month == published.month:
        return published.year
    if day is not None and month == published.month and day == published.day:
        return published.year
    ref = published if day is not None else published.replace(day=15)
    past = max(c for c in cands if c <= ref) if any(c <= ref for c in cands) else cands[0]
    fut = min(c for c in cands if c > ref)
    dp, df = (ref - past).days, (fut - ref).days
    # "a pipeline damaged in February would be finished": the participle's month before the main clause's modal
    before_modal = _MODAL_AFTER.match(ctx.text, end) is not None and _IN_BEFORE.search(ctx.text, max(0, start - 40), start)
    if df < dp <= 335 and (verb := _PAST_VERB_BEFORE.search(ctx.text, max(start - 80, s0), start)) is not None \
            and not _WAS_TO.match(verb.group()) and not _FUTURE_AUX.search(ctx.text[max(0, verb.start() - 25) : verb.start()]) \
            and (before_modal or not _NOUN_AFTER.match(ctx.text, end)) \
            and not _FUTURE_MARK.search(ctx.text, s0, start) \
            and (before_modal or _REPORTED_AFTER.match(ctx.text, end) or not _FUTURE_MARK.search(
                ctx.text, ua.end() if (ua := _UNTIL_AFTER.match(ctx.text, end)) else end,
                _clause_end(ctx, end, coordinated=" and " in verb.group()))):
        return past.year  # "The law, signed by the president in April" (in January): last April; "announced in
        # February it would cut jobs" (in November): the future of what was announced is not the month's
    if df < dp <= 335 and day is None and _PAST_VERB_AFTER.match(ctx.text, end) \
            and _PHRASE_PREP_BEFORE.search(ctx.text, max(0, start - 30), start) \
            and not _FUTURE_MARK.search(ctx.text, _sentence_of(ctx, start)[0], start):
        return past.year  # "Observations in January settled the question" (in November): the verb of the month's
        # subject is in the past, so is the month
    if _SINCE_BEFORE.search(ctx.text, max(0, start - 16), start):
        return past.year  # "Prices have risen since March" (in December): a month gone by, however near the next one
    if df < dp <= 335 and _OBSERVED_AFTER.match(ctx.text, end) \
            and not _FUTURE_MARK.search(ctx.text, _sentence_of(ctx, start)[0], start):
        return past.year  # "rates fell by more than half from their January peak" (in November): a peak, a low, a
        # level are measured already
    if min(dp, df) <= 95:
        return past.year if dp <= df else fut.year
    tense = _tense(ctx, start, end)
    if tense == "future":
        return fut.year
    if tense == "past":
        return past.year
    return past.year if dp <= df else fut.year


#: a weekday's name ending the expression before
_WEEKDAY_END = re.compile("(?:" + "|".join(_WEEKDAYS) + ")$", re.I)
#: between two weekdays of a pair ("Saturday and Sunday", "Monday or Tuesday")
_PAIRED_DAY_BEFORE = re.compile(r"\s+(?:and|or)\s+(?:on\s+)?", re.I)
#: a span's first weekday, after "from" or "between" ("from Monday morning", "between Friday"), ending the expression
_SPAN_FIRST_DAY = re.compile(r"\b(?:from|between)\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:" + "|".join(_WEEKDAYS)
                             + r")(?:\s+(?:morning|afternoon|evening|night))?$", re.I)
#: between a span's two weekdays ("… through ", " to ", "–")
_SPAN_DAY_GAP = re.compile(r"\s+(?:through|thru|to|until|till|into)\s+(?:on\s+)?|\s*[-–]\s*", re.I)
#: a span's word right before a weekday ("from Thursday night into Friday morning")
_SPAN_BEFORE = re.compile(r"\b(?:from|into|until|till|through)\s+$", re.I)


def _weekday_date(ctx: _Ctx, wd: int, start: int, end: int, which: str | None) -> dt.date:
    assert ctx.published is not None
    published = ctx.published
    cur = published.isoweekday()
    back = (cur - wd) % 7
    fwd = (wd - cur) % 7
    if which == "last":
        return published - dt.timedelta(days=back or 7)
    if which == "next":
        return published + dt.timedelta(days=fwd or 7)
    if which == "fixture":
        return published + dt.timedelta(days=fwd)
    if which == "this":
        return published + dt.timedelta(days=wd - cur)
    if which == "previous":
        ref = ctx.last_day or published
        return ref - dt.timedelta(days=((ref.isoweekday() - wd) % 7) or 7)
    if which == "following":
        # "until 7am the following Wednesday": the first such day after the day the story named last
        ref = ctx.last_day or published
        if ref.isoweekday() == wd and 0 <= start - ctx.last_day_end <= 4:
            return ref  # ("7am the following Wednesday": the clock time before it read it already)
        return ref + dt.timedelta(days=((wd - ref.isoweekday()) % 7) or 7)
    if which == "nearest":
        ref = ctx.last_day or published
        shift = (wd - ref.isoweekday()) % 7
        return ref + dt.timedelta(days=shift if shift <= 3 else shift - 7)
    if ctx.last_day is not None and 0 <= start - ctx.last_day_end <= 12:  # a second weekday right after the first
        shift = (wd - ctx.last_day.isoweekday()) % 7
        if _SPAN_DAY_GAP.fullmatch(ctx.text, ctx.last_day_end, start) \
                and _SPAN_FIRST_DAY.search(ctx.text, max(0, ctx.last_day_end - 40), ctx.last_day_end):
            # "a warning from Monday morning through Wednesday afternoon": a span's second weekday, on or after its first
            return ctx.last_day + dt.timedelta(days=shift)
        if _PAIRED_DAY_BEFORE.fullmatch(ctx.text, ctx.last_day_end, start) \
                and _WEEKDAY_END.search(ctx.text, max(0, ctx.last_day_end - 12), ctx.last_day_end):
            # "on Saturday and Sunday", "On Sunday and Saturday evening", "Monday or Tuesday": the second weekday of a
            # pair is the one nearest the first (not after "yesterday and on Wednesday": a day of its own)
            return ctx.last_day + dt.timedelta(days=shift if shift <= 3 else shift - 7)
    if which is None and _same_day_named(ctx, wd, start, end):
        assert ctx.weekday_day is not None
        return ctx.weekday_day[0]  # "from Friday 25 July … from 7am on Friday": the day just named, weeks from publication
    if back == 0:
        return published
    if (sch := _SCHEDULED.search(ctx.text, max(_sentence_of(ctx, start)[0], start - 60), start)) is not None \
            and not _NOT_FINITE_BEFORE.search(ctx.text, max(0, sch.start() - 12), sch.start()):
        return published + dt.timedelta(days=fwd)  # "Pre-orders begin on Friday": what is scheduled, ahead
    tense = _tense(ctx, start, end)
    if tense == "future":
        return published + dt.timedelta(days=fwd)
    if tense is None and ctx.last_day is not None and ctx.last_day > published and 0 <= start - ctx.last_day_end < 400 \
            and abs((published + dt.timedelta(days=fwd) - ctx.last_day).days) <= 3 \
            and _SPAN_BEFORE.search(ctx.text, max(0, start - 8), start):
        # "… from 18:00 on Thursday until 12:00 on Friday. Yellow warnings cover … from Thursday night into Friday
        # morning": no tense of its own, beside days ahead just named, the same days
        return published + dt.timedelta(days=fwd)
    return published - dt.timedelta(days=back)


def _same_day_named(ctx: _Ctx, wd: int, start: int, end: int) -> bool:
    """Whether a bare weekday at ``start`` is the last day the story wrote with its weekday ("Friday 25 July"), a
    week or more from publication, at most 600 characters before, and not told in the other tense ("walk out from
    Friday 25 July … stop work from 7am on Friday"; not "was arrested on Friday 4 July … will appear in court on
    Friday", nor "the fiscal year to September 30 … said on Wednesday")."""
    if ctx.weekday_day is None or ctx.published is None:
        return False
    day, day_end = ctx.weekday_day
    if day.isoweekday() != wd or abs((day - ctx.published).days) < 7 or not 0 <= start - day_end < 600:
        return False
    tense = _tense(ctx, start, end)
    return tense is None or (tense == "past") == (day < ctx.published)


def _num(word: str) -> float | str:
    w = word.lower().replace("-", " ").strip()
    if (half := re.match(r"(.+?)\s*(?:and a half|1/2|½)$", w)) is not None:
        base = _num(half.group(1))  # "six and a half", "3 1/2", "3½"
        return base + 0.5 if isinstance(base, (int, float)) else "X"
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
    return f"P{t}{n}{code}"


def _shift(published: dt.date, n: int, unit: str) -> str:
    """TIMEX3 value of the publication date shifted by n units, at that unit's granularity."""
    u = unit.lower().rstrip("s")
    if u in ("day", "night"):
        return (published + dt.timedelta(days=n)).isoformat()
    if u in ("week", "weekend", "fortnight"):
        k = 2 if u == "fortnight" else 1
        return _iso_week(published + dt.timedelta(weeks=n * k))
    if u == "month":
        y, m = _add_months(published.year, published.month, n)
        return f"{y}-{m:02d}"
    if u == "quarter":
        y, q = _quarter(published)
        idx = y * 4 + (q - 1) + n
        return f"{idx // 4}-Q{idx % 4 + 1}"
    if u == "year":
        return str(published.year + n)
    if u == "decade":
        return str(published.year // 10 + n)
    if u in ("century", "centurie"):
        return str(published.year // 100 + n)
    if u in ("hour", "minute", "second"):
        secs = {"hour": 3600, "minute": 60, "second": 1}[u] * n
        t = dt.datetime.combine(published, dt.time(12)) + dt.timedelta(seconds=secs)
        return t.date().isoformat()
    return published.isoformat()


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


def _duration_span(published: dt.date, extent: Extent) -> tuple[dt.date, dt.date] | None:
    """The calendar span of a duration anchored on the publication date ("the past two months")."""
    u = extent.unit.lower().rstrip("s")
    n = extent.n
    days = {"day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30.44, "quarter": 91.3, "year": 365.25, "decade": 3652.5}.get(u)
    if days is None or not isinstance(n, (int, float)):
        return None
    delta = dt.timedelta(days=round(n * days))
    return (published - delta, published) if extent.direction == "past" else (published, published + delta)


def _relation(span: tuple[dt.date, dt.date] | None, value: str | None, published: dt.date | None) -> str | None:
    if value == "PAST_REF":
        return "past"
    if value == "PRESENT_REF":
        return "present"
    if value == "FUTURE_REF":
        return "future"
    if value is not None and value.startswith("BC"):
        return "past"  # a year or century before Christ ("BC0800"), which has no calendar span here
    if span is None or published is None:
        return None
    if span[1] < published:
        return "past"
    if span[0] > published:
        return "future"
    return "present"
