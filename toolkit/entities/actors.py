"""Actors: who appears in an article, under one canonical name each.

:func:`actors` finds the mentions of people, organisations and places with no model and no
download: maximal runs of capitalised words (with "of", "for", "&"... inside names), the
TextBlob/Pattern lexicon to tell a sentence-initial common word ("During", "Aides") from a name,
title and honorific stripping ("French President Emmanuel Macron" → "Emmanuel Macron", plus "France"), possessives,
acronym definitions ("the North Atlantic Treaty Organization (NATO)"), demonyms ("Russian
troops" → Russia, flagged ``adjectival``; "Afghans" is a group of people), party words
("Democratic primaries" → Democratic Party), bundled gazetteers (:mod:`toolkit.entities.gazetteer`),
typing from context (role nouns and titles → person; "Inc", "Ministry", "Council", "X news
agency" → organisation; "Mount X", "X province", place-name endings → place; "the cruise ship
X", "Space Shuttle X", "STS-133" → other; countries in a match report → their teams) and, within
the article, alias merging (full name ↔ surname ↔ title + surname, accent variants, "the Macron
administration", a two-word name inside a longer one). Titles with an institution are split
("Chairman of the Centre for X" → the organisation; "CEO of the Refugee Council Enver Solomon"
→ both). Names right after "Image:"/"Video:" are media credits, not actors. A codebook
(:mod:`toolkit.entities.codebook`) renames, merges and groups actors; an installed spaCy pipeline can
replace the name detector (``backend="spacy"``).

The steps, bottom-up: :mod:`~toolkit.entities.tokens` (tokens and word predicates) →
:mod:`~toolkit.entities.detection` (candidate runs, capitalisation rules) →
:mod:`~toolkit.entities.typing_rules` (the typing rules and their weights, one table) →
:mod:`~toolkit.entities.mentions` (runs become mentions: titles, descriptors, credits) →
:mod:`~toolkit.entities.resolution` (aliases merged, one name and type per actor) → this module.

Mentions in photo credits and boilerplate are never actors; mentions in captions are kept with
``kind="caption"``.

Example:
    >>> from toolkit import load_article
    >>> art = load_article("Title line\\n\\nPresident Emmanuel Macron called Mr Scholz. Macron said it went well.")
    >>> actors(art)[["actor", "type", "surface"]].values.tolist()
    [['Emmanuel Macron', 'person', 'President Emmanuel Macron'], ['Scholz', 'person', 'Mr Scholz'], ['Emmanuel Macron', 'person', 'Macron']]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping
from dataclasses import replace
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit._memo import cached_on_article
from toolkit.entities.detection import Candidate, Detector, spacy_candidates
from toolkit.entities.gazetteer import gazetteer
from toolkit.entities.mentions import Raw, mentions
from toolkit.entities.nesting import nested_mentions
from toolkit.entities.resolution import Resolved, codebook_mentions, resolve
from toolkit.entities.titles import bare_title, title_spans
from toolkit.entities.typing_rules import RULE
from toolkit.schema import columns, frame
from toolkit.text.quotespans import transcript_turns

if TYPE_CHECKING:
    import pandas as pd

    from toolkit.article import Article
    from toolkit.entities.codebook import Codebook
    from toolkit.entities.gazetteer import Gazetteer

__all__ = [
    "actors",
    "MENTION_COLUMNS",
]

#: The columns of :func:`actors` (``toolkit.schema.SCHEMAS["actors"]``).
MENTION_COLUMNS = columns("actors")


def actors(
    article: Article,
    *,
    codebook: Codebook | Mapping[str, Any] | str | Path | None = None,
    backend: str = "rules",
    nlp: Any = None,
    nested: bool = False,
) -> pd.DataFrame:
    """Mentions of actors (people, organisations, places) in an article, one row per mention.

    Args:
        article: the article.
        codebook: a :class:`~toolkit.entities.codebook.Codebook`, a YAML path or a dict; its aliases are
            found in the text and its names, types and groups win over detection.
        backend: ``"rules"`` (default, no model) or ``"spacy"`` (pass an installed pipeline as
            ``nlp``; its entities replace the rule detector, the rest is the same).
        nlp: a spaCy ``Language`` for ``backend="spacy"``.
        nested: also give the names inside longer names ("North Carolina" in "University of North
            Carolina", "Andy Warhol" in "Andy Warhol Foundation"), flagged ``nested``; see
            :mod:`toolkit.entities.nesting`. Off by default: the table then holds each name once, as
            written, and counts built on it count no mention twice.

    Returns:
        DataFrame sorted by ``start`` with ``actor`` (canonical name), ``type`` (person,
        organization, place, other), ``group`` (from the codebook, else None), ``surface`` (the
        text as written, titles included: "President Macron"), ``start``/``end`` (offsets into
        ``article.text``), ``sent_id``, ``kind`` (title/body/caption) and ``adjectival`` (True for
        demonyms such as "Russian troops" → Russia) and ``nested`` (True for a name inside a longer
        one; only with ``nested=True``). The speakers' labels of an interview printed as a transcript
        ("Stiell: …", see :func:`toolkit.text.quotespans.transcript_turns`) are no mentions: their turns
        are that speaker's quotes.

    Example:
        >>> from toolkit import load_article
        >>> actors(load_article("Russian troops massed near Ukraine."))[["actor", "adjectival"]].values.tolist()
        [['Russia', True], ['Ukraine', False]]
    """
    return frame("actors", _actor_columns(article, codebook=codebook, backend=backend, nlp=nlp, nested=nested))


@cached_on_article
def _actor_columns(
    article: Article,
    *,
    codebook: Codebook | Mapping[str, Any] | str | Path | None = None,
    backend: str = "rules",
    nlp: Any = None,
    nested: bool = False,
) -> dict[str, list]:
    """The :func:`actors` table as plain lists, one per column in ``MENTION_COLUMNS`` order
    (memoised per article; read-only)."""
    from toolkit.entities.codebook import load_codebook

    cb = load_codebook(codebook) if codebook is not None else None
    g = gazetteer()
    det = Detector(article, g)
    if backend == "rules":
        candidates = [Candidate(sid, run, acr, None) for sid in det.toks for run, acr in det.runs(sid)]
    elif backend == "spacy":
        if nlp is None:
            raise ValueError("backend='spacy' needs nlp=<a loaded spaCy Language>")
        candidates = spacy_candidates(det, nlp)
    else:
        raise ValueError(f"unknown backend {backend!r} (use 'rules' or 'spacy')")
    raws, titles = _split_titles(article, det, mentions(det, candidates))
    if cb is not None:
        extra = codebook_mentions(article, det, cb)
        if extra:
            raws = _with_codebook_mentions(raws, extra)
            titles = [t for t in titles if not any(x.start < t.end and t.start < x.end for x in extra)]
    resolved = resolve(raws, g, cb)
    works = _title_actors(titles)
    if works:
        # a work's name written again without its quotation marks ('a document called the "Information Operations
        # Roadmap"' … "The Information Operations Roadmap says"): the work, not a person (an event or a body keeps its
        # type)
        named = {w.actor.casefold(): w.actor for w in works}
        resolved = [_as_work(t, named, g) if cb is None or t.group is None else t for t in resolved]
    resolved.extend(works)
    resolved.sort(key=lambda t: (t.raw.start, t.raw.end))
    labels = [(a, s) for a, s, _, _ in transcript_turns(article)]
    if labels:
        # the speakers' labels of an interview printed as a transcript ("Stiell: …") tag turns, like a byline:
        # no mentions (the turns are the speaker's quotes)
        resolved = [t for t in resolved if not any(a <= t.raw.start < s for a, s in labels)]
    text = article.text
    inner: set[int] = set()
    if nested:
        extra = nested_mentions(resolved, text, g)
        inner = {id(t) for t in extra}
        resolved = sorted(resolved + extra, key=lambda t: (t.raw.start, -t.raw.end))
    return {
        "actor": [t.actor for t in resolved],
        "type": [t.type for t in resolved],
        "group": [t.group for t in resolved],
        "surface": [text[t.raw.start : t.raw.end] for t in resolved],
        "start": [t.raw.start for t in resolved],
        "end": [t.raw.end for t in resolved],
        "sent_id": [t.raw.sent_id for t in resolved],
        "kind": [t.raw.kind for t in resolved],
        "adjectival": [t.raw.adjectival for t in resolved],
        "nested": [id(t) in inner for t in resolved],
    }


_TITLE_EDGE = "“”\"‘’«» \n\t,."


def _split_titles(article: Article, det: Detector, raws: list[Raw]) -> tuple[list[Raw], list[Raw]]:
    """Mentions outside quoted titles of works, and one work mention per title ('the movie
    “Once Upon A Time in Hollywood”': one work, not the names "Upon A Time" and "Hollywood";
    'the thriller “Parasite”': a work although "Parasite" alone is no name; see
    :mod:`toolkit.entities.titles`)."""
    spans = title_spans(article)
    if not spans:
        return raws, []
    starts = [s for s, _ in spans]
    keep: list[Raw] = []
    inside: dict[int, Raw] = {}  # title index -> its first mention
    for r in raws:
        i = bisect_right(starts, r.start) - 1
        if i >= 0 and r.end <= spans[i][1]:
            inside.setdefault(i, r)
        else:
            keep.append(r)
    text = article.text
    rows = det.rows  # (sent_id, start, end, kind, para_id), in text order
    row_starts = [r[1] for r in rows]
    titles = []
    for i, (a, b) in enumerate(spans):
        while a < b and text[a] in _TITLE_EDGE:
            a += 1
        while b > a and text[b - 1] in _TITLE_EDGE:
            b -= 1
        if b - a > 2 and text[a] == "'" == text[b - 1]:
            a, b = a + 1, b - 1  # a headline's straight single marks ("'Parasite' wins"; not the song "Truckin'")
        words = text[a:b].split()
        j = bisect_right(row_starts, a) - 1
        if not words or j < 0 or a >= rows[j][2]:
            continue  # a title in a credit or boilerplate line: no actor there
        sid, _, _, kind, para = rows[j]
        hints = Counter(work=RULE["inside_title_quote"].weight)
        first = inside.get(i)
        if first is not None:
            titles.append(replace(first, start=a, end=b, name=" ".join(words), hints=hints, adjectival=False,
                                  canonical=None, acronym=None, ntok=len(words), gaz=None, acts=False))
        else:
            titles.append(Raw(a, b, " ".join(words), sid, kind, para, hints, ntok=len(words)))
    return keep, titles


def _as_work(t: Resolved, named: dict[str, str], g: Gazetteer) -> Resolved:
    """``t`` as the work of that name (``named``: casefolded → spelled), when it was read as a person of several words
    not opening with a given name (not a person whose name is a title too: "Jenna Marbles", "Erin Brockovich")."""
    if t.type != "person" or " " not in t.actor or g.has("given", t.actor.split()[0]):
        return t
    work = named.get(bare_title(t.actor).casefold())
    return t if work is None else t._replace(actor=work, type="work")


def _title_actors(titles: list[Raw]) -> list[Resolved]:
    """A work per quoted title: its name without a leading "The"/"A", spelled as most of its
    mentions spell it in mixed case ("IRISHMAN" in a heading → "Irishman")."""
    spelled: dict[str, Counter] = {}
    for t in titles:
        bare = bare_title(t.name)
        spelled.setdefault(bare.casefold(), Counter())[bare] += 1 if not bare.isupper() else 0.001
    names = {k: c.most_common(1)[0][0] for k, c in spelled.items()}
    return [Resolved(t, names[bare_title(t.name).casefold()], "work", None) for t in titles]


def _with_codebook_mentions(raws: list[Raw], extra: list[Raw]) -> list[Raw]:
    """Detected mentions merged with the codebook's verbatim alias matches (``extra``).

    A detected mention overlapping an alias match is dropped, unless it strictly contains a
    shorter one (it is then the longer name); alias matches inside a kept mention are dropped.
    ``extra`` is sorted and disjoint (regex matches, sentence by sentence), so the matches
    overlapping a mention are one range (bisect), and "inside a kept mention" is a sweep over the
    kept mentions by start with the furthest end so far: linear in the text, up to log factors.
    """
    x_starts = [x.start for x in extra]
    x_ends = [x.end for x in extra]  # sorted too: the matches are disjoint
    keep = []
    for r in raws:
        inside = extra[bisect_right(x_ends, r.start) : bisect_left(x_starts, r.end)]  # x.end > r.start, x.start < r.end
        if inside and not any(r.start <= x.start and x.end <= r.end and (r.end - r.start) > (x.end - x.start) for x in inside):
            continue
        keep.append(r)
    by_start = sorted(keep, key=lambda r: r.start)
    k_starts = [r.start for r in by_start]
    reach = list(accumulate((r.end for r in by_start), max))  # furthest end of by_start[: i + 1]
    contained = []
    for x in extra:
        i = bisect_right(k_starts, x.start)  # the kept mentions starting at or before x
        if not (i and reach[i - 1] >= x.end):
            contained.append(x)
    return keep + contained
