"""Prefilter of the temporal tagger: find exactly the matches of every rule of
:mod:`toolkit.temporal.rules`, scanning only windows around cheap trigger words.

Example:
    >>> text = "Talks resume on 12 January. " + "Nothing else happens here. " * 20
    >>> [[m.group() for m in ms] for ms in _rule_matches(text)][2]
    ['12 January']
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import compress
from typing import Any

from toolkit.temporal.lexicon import _APPROX, _MONTH, _MONTH_FULL, _SMALLNUM, _WEEKDAY
from toolkit.temporal.rules import _DUR_DET, _RULES

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
    "era": (r"bc|b\.c|ad|a\.d|ce|c\.e", 40, 40),
    "quarter": (r"quarter", 40, 50),
    "quarter_code": (r"q[1-4]", 5, 15),
    "fiscal_short": (r"fy", 5, 10),
    "month_quarter": (r"quarter|period|months", 45, 20),
    "half": (r"half", 25, 45),
    "ref_quarter": (r"quarter|period", 50, 20),
    "year_earlier": (r"year", 20, 40),
    "rel_unit": (r"week|month|year|decade|century|season", 60, 20),
    "year_end": (r"year", 25, 25),
    "day_deictic": (r"today|tonight|yesterday|tomorrow|overnight", 40, 35),
    "day_part": (r"morning|afternoon|evening|night", 35, 25),
    "weekday": (r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", 40, 40),
    "clock": (r"\d|noon|midnight", 5, 35),
    # (one word each: triggers are found per whitespace-separated token, so "new year" or "canada day" never were)
    "holiday": (r"christmas|year|boxing|halloween|valentine|bastille|patrick|hogmanay|anzac|canada|australia"
                r"|armistice|juneteenth|fawkes|bonfire", 10, 40),
    "holiday_movable": (r"easter|friday|memorial|labor|thanksgiving|king|presidents", 20, 30),
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
# (tests/temporal/test_timex_prefilter.py checks it): stripping these characters off a token's ends keeps
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
    "half", "½", flags=re.I,
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
    "era": re.compile(r"(?<![A-Za-z])(?:BCE|BC|B\.C|AD|A\.D|CE|C\.E)(?![A-Za-z])").match,
    "year_earlier": re.compile(r"year[- ](?:earlier|ago|before)|(?<=prior-)year", re.I).match,
    "rel_unit": _rel_unit_at,
    "year_end": re.compile(r"year(?:-end|'s end| end)|(?<=end-)year|(?<=end of )year|(?<=end of the )year", re.I).match,
    # (the rule is case-sensitive: "year" of "New Year's", "Canada"/"Australia" before " Day", "Fawkes" after "Guy ")
    "holiday": re.compile(r"(?<=New )Year|Canada Day|Australia Day|(?<=Guy )Fawkes|(?!Year|Canada|Australia|Fawkes)",
                          re.I).match,
    "weekday": re.compile(rf"\b{_WEEKDAY}").match,
    "clock": re.compile(r"\d{1,2}(?:[:.][0-5][0-9])?\s*(?:a\.m\.|p\.m\.|A\.M\.|P\.M\.|am|pm|AM|PM)|\d{1,2}[:.][0-5][0-9]|[012]\d[0-5]\d\s*(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|local|hours|hrs)|noon|midnight").match,
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
