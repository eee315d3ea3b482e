"""Timeline of an article: every time reference, resolved against the publication date.

:func:`timeline` tags the temporal expressions of ``Article.text`` (the grammar and rules are
in :mod:`toolkit.temporal.timex`) and ties each to its sentence; :func:`events` keeps the dated ones
with a short event label for charts (:mod:`toolkit.charts.timeline`).

Example:
    >>> from toolkit import load_article
    >>> art = load_article("Talks\\n\\nThe talks open on 12 January.", published="2021-12-31")
    >>> timeline(art)[["text", "value", "relation"]].values.tolist()
    [['12 January', '2022-01-12', 'future']]
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from toolkit import schema
from toolkit._memo import cached_on_article

if TYPE_CHECKING:
    import pandas as pd

    from toolkit.article import Article

__all__ = ["TIMELINE_COLUMNS", "EVENT_COLUMNS", "timeline", "events", "when"]

#: Columns of :func:`timeline` (:data:`toolkit.schema.SCHEMAS` ``["timeline"]``).
TIMELINE_COLUMNS = schema.columns("timeline")
#: Columns of :func:`events` (:data:`toolkit.schema.SCHEMAS` ``["events"]``).
EVENT_COLUMNS = schema.columns("events")


def _published_date(article: Article, published: object) -> dt.date | None:
    """``published`` parsed, else the article's own publication date (None without either)."""
    from toolkit.article import parse_date

    if published is not None:
        return parse_date(published, source=article.source_label)
    return article.published


def _midnight(d: dt.date | None) -> dt.datetime | None:
    return None if d is None else dt.datetime(d.year, d.month, d.day)


@cached_on_article
def _timeline_columns(article: Article, *, published: object = None, dayfirst: bool | None = None) -> dict[str, list[Any]]:
    """The :func:`timeline` table as plain column lists (no pandas), keys in column order.

    ``date_start``/``date_end`` are ``datetime.datetime`` (midnight) or None. Memoised on the
    article: treat the lists as read-only.
    """
    from toolkit.temporal.timex import find_timexes
    from toolkit.text.segment import sentence_rows

    rows = sentence_rows(article)
    spans = [(r[1], r[2]) for r in rows]
    if dayfirst is None:
        from toolkit.text.datestyle import day_first

        dayfirst = bool(day_first(article.text))  # (the text's own order: "on 24 November" reads 06/12/2024 day first)
    found = find_timexes(article.text, published=_published_date(article, published), dayfirst=dayfirst, sentences=spans)
    # Sentence of each expression: one forward walk (both are in text order).
    t_sent: list[int] = []
    t_kind: list[str | None] = []
    j = 0
    last = len(rows) - 1
    for t in found:
        while j < last and rows[j][2] <= t.start:  # the sentence's end
            j += 1
        sent_id, s_start, s_end, kind = rows[j][:4] if rows else (-1, 0, 0, None)
        if s_start <= t.start < s_end:
            t_sent.append(sent_id)
            t_kind.append(kind)
        else:
            t_sent.append(-1)
            t_kind.append(None)
    return {
        "text": [t.text for t in found],
        "start": [t.start for t in found],
        "end": [t.end for t in found],
        "sent_id": t_sent,
        "kind": t_kind,
        "type": [t.type for t in found],
        "value": [t.value for t in found],
        "mod": [t.mod for t in found],
        "date_start": [_midnight(t.date_start) for t in found],
        "date_end": [_midnight(t.date_end) for t in found],
        "relative": [t.relative for t in found],
        "relation": [t.relation for t in found],
        "resolved": [t.resolved for t in found],
    }


@cached_on_article
def timeline(article: Article, *, published: object = None, dayfirst: bool | None = None) -> pd.DataFrame:
    """Every temporal expression of the article, normalised to TIMEX3 and resolved.

    Args:
        article: the article; offsets index ``article.text``.
        published: publication date (``date`` or ``YYYY-MM-DD``) overriding
            ``article.published``. With neither, relative expressions ("yesterday",
            "January") are kept with an underspecified value and ``resolved=False``.
        dayfirst: read ambiguous numeric dates (03/04/2021) day-first (True) or month-first (False); by default
            (None) in the order the article writes its dates ("24 November": day first; "November 24", or no
            such date: month first), see :func:`toolkit.text.datestyle.day_first`.

    Returns:
        DataFrame, one row per expression in text order: ``text``, ``start``, ``end``
        (offsets into ``article.text``), ``sent_id`` and ``kind`` (of the sentence), ``type``
        (DATE, TIME, DURATION, SET), ``value`` (TIMEX3, e.g. ``2021-12-07``, ``2021-W52``,
        ``P2M``, ``PRESENT_REF``; a range as ``start/end``; a year or century before Christ with the
        TIMEX2 "BC" prefix, ``BC0800``, ``BC04``, and no calendar span), ``mod`` (TIMEX3 mod: START, END,
        MID, APPROX... or None), ``date_start``/``date_end`` (datetime64 calendar span, NaT
        when there is none), ``relative`` (needed the publication date or an earlier
        expression), ``relation`` (past/present/future relative to publication, None
        without one) and ``resolved`` (the value is fully determined).

    Example:
        >>> from toolkit import load_article
        >>> art = load_article("Talks\\n\\nWe met yesterday.", published="2021-12-31")
        >>> timeline(art)[["text", "value"]].values.tolist()
        [['yesterday', '2021-12-30']]
    """
    pub = _published_date(article, published)
    df = schema.frame("timeline", _timeline_columns(article, published=published, dayfirst=dayfirst))
    df.attrs = {"published": pub.isoformat() if pub else None}
    return df


# ----------------------------------------------------------------------------- event labels
_CLAUSE_SPLIT = re.compile(r"[;:—–]|,\s+(?:but|and|while|although|though|which|who|after|before|as|when)\b|\s+\(|\)")


def _clause(sent: str, s: int, e: int) -> tuple[int, int]:
    """Character span of the clause around [s, e) inside a sentence."""
    a, b = 0, len(sent)
    for m in _CLAUSE_SPLIT.finditer(sent):
        if m.end() <= s:
            a = m.end()
        elif m.start() >= e and b == len(sent):
            b = m.start()
    if b - a < 25:  # a clause that is little more than the date: use the whole sentence
        a, b = 0, len(sent)
    return a, b


def _chunks(text: str) -> list[tuple[str, str, str]]:
    """(word, POS, chunk label) triples from TextBlob's bundled pattern chunker (offline).

    Apostrophes inside a word ("Johnson's", "didn't") and slashes ("EU/UN") stay in the word.

    Example:
        >>> [w for w, _, _ in _chunks("Johnson's EU/UN bid didn't fail")]
        ["Johnson's", 'EU/UN', 'bid', "didn't", 'fail']
    """
    from toolkit._textblob_en import textblob_en

    parse = textblob_en().parse

    # The tokenizer splits "Johnson's" into "Johnson ' s": hide in-word apostrophes as letters.
    protect = not any(c in text for c in _APOS_HIDDEN)
    if protect:
        text = _APOS_IN_WORD.sub(lambda m: _APOS_HIDE[m.group()], text)
    out: list[tuple[str, str, str]] = []
    tagged = parse(text, tokenize=True, tags=True, chunks=True, relations=False, lemmata=False)
    for sentence in tagged.split("\n"):
        for tok in sentence.split(" "):
            parts = tok.split("/")
            if len(parts) >= 4:
                # the tagged string escapes "/" inside a word as "&slash;"
                word = "/".join(parts[:-3]).replace("&slash;", "/")
                out.append((word.translate(_APOS_SHOW) if protect else word, parts[-3], parts[-2]))
    return out


_APOS_IN_WORD = re.compile(r"(?<=\w)['’](?=\w)")
_APOS_HIDE = {"'": "\u02bc", "’": "\u02bb"}  # modifier letters: word characters to the tokenizer
_APOS_HIDDEN = tuple(_APOS_HIDE.values())
_APOS_SHOW = str.maketrans({v: k for k, v in _APOS_HIDE.items()})


_PREP_TAIL = re.compile(
    r"(?:\s+(?:on|in|at|since|during|by|until|till|for|over|of|from|to|through|before|after|the|this|last|next|"
    r"early|late|earlier|later|mid))+\s*$",
    re.I,
)


def _plural_possessive(toks: list[tuple[str, str, str]], j: int) -> bool:
    """``toks[j]`` is the apostrophe of a plural possessive ("the Joneses ' bid")."""
    return j > 0 and toks[j][1] == "POS" and toks[j - 1][0].endswith("s")


def _possessor(toks: list[tuple[str, str, str]], j: int) -> bool:
    """``toks[j]`` ends a possessor ("the Party's", "the Joneses '"): the chunker ends the noun
    phrase there and starts another for what it owns."""
    return j >= 0 and (toks[j][0].endswith(("'s", "’s")) or _plural_possessive(toks, j))


_POSSESSIVE = re.compile(r"[’']s\b")


def _label(sent: str, s: int, e: int, *, max_chars: int = 60) -> str:
    """Short event label: the clause's subject and the verb phrase leading up to the date.

    Example:
        >>> _label("Monday's bid for October elections failed.", 0, 6)
        "Monday's bid for October elections failed"
        >>> _label("Boris Johnson's bid failed on Monday.", 29, 35)
        "Boris Johnson's bid failed"
    """
    a, b = _clause(sent, s, e)
    before = _PREP_TAIL.sub("", " " + sent[a:s]).strip(" ,.;:“”\"'‘’(")
    # "Monday's bid ...": the date is the possessor of what follows, keep it
    after = sent[s if _POSSESSIVE.match(sent, e) else e : b].strip(" ,.;:“”\"'‘’)")
    label = ""
    if len(before.split()) >= 2:
        try:
            toks = _chunks(before)
        except Exception:  # pragma: no cover - the chunker is bundled with textblob
            toks = []
        vps = [i for i, (_, _, c) in enumerate(toks) if c.endswith("-VP")]
        if vps:
            k = vps[-1]
            while k > 0 and toks[k][2] == "I-VP":
                k -= 1
            subj: list[str] = []
            j = k - 1
            while j >= 0 and (toks[j][2].endswith("-NP") or _plural_possessive(toks, j)):
                subj.insert(0, toks[j][0])
                # "the Party's 2020 convention": the chunker starts a noun phrase after a possessor
                if toks[j][2] == "B-NP" and not _possessor(toks, j - 1):
                    break
                j -= 1
            label = " ".join(subj + [w for w, _, _ in toks[k:]])
        else:
            label = before
    if len(label.split()) < 2:
        label = (before + " " + after).strip()
    label = re.sub(r"\s+([,.;:!?”])", r"\1", re.sub(r"\s+", " ", label))
    label = re.sub(r"\s*([’'])\s*s\b", r"\1s", label)
    label = re.sub(r"(?<=s)\s+([’'])(?=\s)", r"\1", label).strip(" ,.;:“”\"'")  # "the Joneses' bid"
    if len(label) > max_chars:
        cut = label[: max_chars - 1]
        label = (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"
    return label


#: Sentence kinds whose dates are no events of the story (the page's furniture and its credits).
_NOT_STORY = frozenset(["boilerplate", "credit"])


@cached_on_article
def events(article: Article, *, published: object = None, dayfirst: bool | None = None, max_chars: int = 60) -> pd.DataFrame:
    """Dated expressions (DATE/TIME with a calendar span) tied to their sentence, with labels.

    "Now", "currently" (PRESENT_REF) and other ``*_REF`` values are not events and are left out, and so are
    dates in credit and boilerplate lines ("Copyright 2022 …", "Updated 3:40 PM"): the timeline table keeps them.

    The ``label`` is a short description of the event: subject-verb-object from TextBlob's
    bundled pattern chunker over the clause around the expression, or the clause itself
    (without the date) when the chunker finds no verb phrase; at most ``max_chars``.

    A month ("in January") stays a month: ``value`` ``2022-01``, ``date_start``/``date_end`` its
    first and last day; show it with :func:`when` (``"2022-01"``), not with ``date_start``.

    Returns:
        DataFrame with columns ``sent_id, kind, text, start, end, type, value, date_start,
        date_end, relation, label, sent_text``, in text order.

    Example:
        >>> from toolkit import load_article
        >>> art = load_article("Talks\\n\\nThe ministers met in Geneva on 12 January.", published="2022-02-01")
        >>> events(art)[["text", "label"]].values.tolist()
        [['12 January', 'The ministers met in Geneva']]
    """
    import numpy as np

    tl = timeline(article, published=published, dayfirst=dayfirst)
    # Plain lists and numpy, not per-row pandas lookups or per-column conversions.
    types, values, kinds = tl["type"].tolist(), tl["value"].tolist(), tl["kind"].tolist()
    starts, ends = tl["date_start"].to_numpy(), tl["date_end"].to_numpy()
    dated = (~np.isnat(starts)).tolist()
    keep = [
        i
        for i, (typ, value, ok, kind) in enumerate(zip(types, values, dated, kinds, strict=True))
        if typ in ("DATE", "TIME") and ok and not (isinstance(value, str) and value.endswith("_REF"))
        and kind not in _NOT_STORY  # ("Copyright 2022 The Associated Press", "Updated 3:40 PM": no event of the story)
    ]
    if not keep:
        empty = schema.empty("events")
        empty.attrs["published"] = tl.attrs.get("published")
        return empty
    sents = article.sentences
    sent_at = dict(zip(sents["sent_id"].tolist(), zip(sents["start"].tolist(), sents["text"].tolist(), strict=True), strict=True))
    cols: dict[str, list[Any]] = {}
    for c in ("sent_id", "kind", "text", "start", "end", "type", "value", "relation"):
        column = tl[c].tolist()
        cols[c] = [column[i] for i in keep]
    labels: list[str] = []
    sent_texts: list[str] = []
    for sid, start, end in zip(cols["sent_id"], cols["start"], cols["end"], strict=True):
        s0, sent_text = sent_at.get(sid, (0, article.text))
        labels.append(_label(sent_text, start - s0, end - s0, max_chars=max_chars))
        sent_texts.append(sent_text)
    core: dict[str, Any] = {**cols, "label": labels, "sent_text": sent_texts, "date_start": starts[keep], "date_end": ends[keep]}
    df = schema.frame("events", core)
    df.attrs["published"] = tl.attrs.get("published")
    return df


# ----------------------------------------------------------------------------- display
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "MI": "midday"}
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_MOD_WORDS = {"START": "early ", "END": "late ", "MID": "mid-"}


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def when(value: str | None, *, mod: str | None = None) -> str:
    """A TIMEX3 value as a short readable date at its own granularity, for lists and tooltips:
    a month stays a month ("2022-01", never its first day), a week or a weekend says so.

    Args:
        value: a ``value`` of :func:`timeline` or :func:`events`.
        mod: its TIMEX3 ``mod`` (START, END, MID add "early ", "late ", "mid-").

    Example:
        >>> [when(v) for v in ["2022-01-12", "2022-01", "2021-W51-WE", "2022-01-09/2022-01-10", "198"]]
        ['2022-01-12', '2022-01', 'weekend of 2021-12-25', '2022-01-09 – 2022-01-10', '1980s']
        >>> when("2021-12-31TMO"), when("2021-12", mod="MID"), when(None)
        ('2021-12-31 morning', 'mid-2021-12', 'undated')
        >>> when("BC0800"), when("BC04"), when("BC1279/BC1213")
        ('800 BC', '5th century BC', '1279 BC – 1213 BC')
    """
    if not value:
        return "undated"
    prefix = _MOD_WORDS.get(mod or "", "")
    if "/" in value:
        a, b = value.split("/", 1)
        return prefix + f"{when(a)} – {when(b)}"
    day, _, clock = value.partition("T")
    if clock:
        return prefix + f"{day} {_PARTS.get(clock, clock)}"
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return prefix + f"weekend of {(monday + dt.timedelta(days=5)).isoformat()}"
        return prefix + f"week of {monday.isoformat()}"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return prefix + f"{_SEASON_NAMES[m[2]]} {m[1]}"
    if m := re.fullmatch(r"BC(\d{4,})", value):
        return prefix + f"{int(m[1])} BC"
    if m := re.fullmatch(r"BC(\d{2})", value):
        return prefix + f"{_ordinal(int(m[1]) + 1)} century BC"
    if re.fullmatch(r"\d{3}", value):
        return prefix + f"{value}0s"
    if re.fullmatch(r"\d{2}", value):
        return prefix + f"{_ordinal(int(value) + 1)} century"
    return prefix + value  # a day, month, quarter, half, year or *_REF as it is
