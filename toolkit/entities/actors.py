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

Mentions in photo credits and boilerplate are never actors; mentions in captions are kept with
``kind="caption"``.

Example:
    >>> from toolkit import load_article
    >>> art = load_article("Title line\\n\\nPresident Emmanuel Macron called Mr Scholz. Macron said it went well.")
    >>> actors(art)[["actor", "type", "surface"]].values.tolist()
    [['Emmanuel Macron', 'person', 'President Emmanuel Macron'], ['Scholz', 'person', 'Mr Scholz'], ['Emmanuel Macron', 'person', 'Macron']]
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from itertools import compress, count
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import pandas as pd

from toolkit._memo import cached_on_article
from toolkit.entities.gazetteer import Gazetteer, gazetteer

if TYPE_CHECKING:
    from toolkit.article import Article
    from toolkit.entities.codebook import Codebook

__all__ = [
    "actors",
    "MENTION_COLUMNS",
]

MENTION_COLUMNS = ["actor", "type", "group", "surface", "start", "end", "sent_id", "kind", "adjectival"]

_KEEP_KINDS = ("title", "body", "caption")
_ABBREV = r"Mr|Mrs|Ms|Dr|Sir|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Rev|Jr|Sr|Maj|Adm|Sgt|Fr|Mt|Ft|Insp|Supt"
# The first three alternatives all start with an ASCII capital: the (?=[A-Z]) guard only lets the
# engine skip them at once for other tokens (same matches, ~40% faster).
_TOKEN = re.compile(
    rf"(?=[A-Z])(?:(?:[A-Z]\.){{2,}}|(?:{_ABBREV})\.(?=\s)|[A-Z]\.(?=\s+[A-Z]))|\w+(?:[-–'’&.]\w+)*|\S"
)
_M_START, _M_END, _M_GROUP = re.Match.start, re.Match.end, re.Match.group  # for map(): no Python frame per token
_HYPHEN = re.compile(r"[-–]")
_SPLIT_HINT = re.compile(r"[-–]|['’]s")  # what a token to split or trim holds
_STR = pd.api.types.pandas_dtype("str")  # parsed once: the "str" alias costs a lookup per column
_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
_EMPTY_WORDS: frozenset[str] = frozenset()
_WORD_KINDS = ("compass", "given", "modifier", "org_next", "org_suffix", "org_word", "other_first", "other_prev", "other_word", "person_next", "person_role", "place_first", "place_next", "place_suffix", "religion", "title")
_CORE_TITLES = frozenset(
    ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady", "Rev", "Reverend", "Fr", "Father", "President", "Vice-President", "Premier", "Minister", "Chancellor", "Secretary", "Senator", "Sen", "Rep", "Representative", "Congressman", "Congresswoman", "Governor", "Gov", "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Emir", "General", "Gen", "Lt", "Lieutenant", "Colonel", "Col", "Major", "Maj", "Captain", "Capt", "Admiral", "Adm", "Sergeant", "Sgt", "Commander", "Judge", "Justice", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Director", "Chairman", "Chairwoman", "CEO", "Officer", "Speaker", "Leader", "Detective", "Inspector", "Constable", "Superintendent", "Coach", "Bishop", "Archbishop", "Cardinal", "Rabbi", "Imam", "Ayatollah", "Assistant", "Insp", "Supt", "Mrs.", "Mr.", "Dr.", "Ms.", "Administrator", "Commissioner", "Secretary-General", "MP", "Whip", "Prosecutor", "Councillor", "Councilor", "Assemblyman", "Assemblywoman", "Alderman", "Comrade", "Cde"]
)
_CONNECT = frozenset(["of", "for", "de", "del", "della", "da", "dos", "das", "do", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "el", "y"])
_INITIAL_AFTER = frozenset("“\"‘'(:—–-[)]?!.…")
_SPEECH = frozenset(
    ["said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "stated", "states", "wrote", "writes", "asked", "asks", "argued", "argues", "claimed", "claims", "noted", "notes", "warned", "warns", "insisted", "insists", "replied", "replies", "continued", "continues", "commented", "comments", "recalled", "recalls", "acknowledged", "admitted", "concluded", "spoke", "speaks", "met", "meets", "visited", "visits", "died", "dies", "smiled", "laughed", "resigned", "resigns", "married", "thanked", "apologized", "apologised", "tweeted", "tweets"]
)
_PLACE_PREP = frozenset(["in", "near", "across", "outside", "throughout", "inside", "into"])
_CLOSED_TAGS = frozenset(["DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "WRB", "MD", "EX", "PDT"])
_FUNCTION_TAGS = ("DT", "IN", "CC", "PRP", "PRP$", "WDT", "WP", "WRB", "TO", "MD", "EX", "PDT", "RB", "UH")


@lru_cache(maxsize=1)
def _lexicon() -> Any:
    from textblob.en import lexicon

    return lexicon


def _lex(word: str) -> str | None:
    """The Pattern lexicon's tag for ``word``.

    The first call loads the lexicon and rebinds the module's ``_lex`` to the lexicon's own
    ``dict.get`` (a C call, no memo needed: the lexicon is a dict)."""
    global _lex
    try:
        lexicon = _lexicon()
        lexicon.get("")  # Pattern's lazy dict: the first get() loads it and binds dict.get
        get = lexicon.get
    except Exception:  # pragma: no cover - textblob missing/broken: rules still work
        get = {}.get
    _lex = get
    return get(word)


_MEMO_MAX = 1 << 17  # entries of one word memo before it is cleared (bounded memory)


@lru_cache(maxsize=4)
def _memo(g: Gazetteer) -> defaultdict[str, dict]:
    """Memo tables of pure word-level functions for one gazetteer, by function name, keyed by the
    word (or a tuple of words/flags). Plain dicts: unlike an lru_cache keyed on ``(word, g)``, they
    keep no tuple per entry alive for the garbage collector to walk on every full collection."""
    return defaultdict(dict)


_NONE: frozenset[int] = frozenset()


class _Toks(NamedTuple):
    """The tokens of one sentence as parallel lists (token ``i`` is ``start[i]``, ``end[i]``,
    ``text[i]``): no object per token, so building them is cheap and feeds no garbage collection."""

    start: list[int]
    end: list[int]
    text: list[str]
    poss: set[int] | frozenset[int]  # tokens followed by a possessive 's (not part of the token)
    brk: set[int] | frozenset[int]  # parts of a split hyphen compound (a hard break between them)
    compound: set[int] | frozenset[int]  # first part of "Russia-backed": the name ends here

    def append(self, s: int, e: int, w: str, *, poss: bool = False, brk: bool = False, compound: bool = False) -> None:
        i = len(self.text)
        self.start.append(s)
        self.end.append(e)
        self.text.append(w)
        if poss:
            self.poss.add(i)  # type: ignore[union-attr]
        if brk:
            self.brk.add(i)  # type: ignore[union-attr]
        if compound:
            self.compound.add(i)  # type: ignore[union-attr]


@dataclass(slots=True)
class _Raw:
    start: int
    end: int
    name: str
    sent_id: int
    kind: str
    para_id: int
    hints: Counter = field(default_factory=partial(Counter.__new__, Counter))  # = Counter(), minus its __init__
    adjectival: bool = False
    canonical: str | None = None
    acronym: str | None = None
    ntok: int = 1
    gaz: str | None = None  # type from the gazetteer (applied per actor, not per mention)
    det: bool = False  # preceded by a determiner ("the Polaroid"): not a person's surname
    attributive: bool = False  # followed by a common noun ("the Cruise video", "the Macron administration")
    team: bool = False  # a country in a match report ("Sweden defeated Korea 1 – 0"): the national team


_CODE = re.compile(r"^[A-Z]{1,5}-?\d+[A-Za-z]?$")
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
_PARTY_STATE = re.compile(r"^[DRI]-[A-Z][A-Za-z]{1,12}$")
_CONTRACTION = re.compile(r"['’](?:m|ve|ll|d|re|t|s)$", re.IGNORECASE)


_SCORE_HINT = re.compile(r"[–—-]\s?\d")  # in every _SCORE match (a fast search: literal first)
_SCORE = re.compile(r"(?<![\d.,:/])\b\d{1,2}\s?[–—-]\s?\d{1,2}\b(?![\d.,:/%])")
_SPORT_WORDS = re.compile(r"\b(?:goals?|scored|match|tournament|World Cup|league|championship|penalty|innings|wickets?|striker|goalkeeper)\b")
_SPORT_VERB = re.compile(r"^\s+(?:beat|beats|defeated|defeat|drew|draw|lost|lose|faced|face|play|played|plays|scored|won|wins|edged|thrashed|eliminated|advanced|qualified)\b")
_SPORT_VERB_BEFORE = re.compile(r"\b(?:beat|beating|defeated|against|versus|vs\.?|over|to|faced|facing)\s+$")
_CREDIT_BEFORE = re.compile(r"\b(?:Image|Images|Photo|Photos|Video|Audio|Picture|Credit|Photograph)\s?:\s*$")
_CREDIT_LABEL = re.compile(r"(?:Image|Images|Photo|Photos|Video|Audio|Picture|Credit|Photograph)\s?:")
_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ad|bin|ibn|abu|bint)[-‑][A-Z]\w")  # "al-Assad"
# precompiled (the re module's pattern cache costs a lookup per call)
_ABSTRACT_END = re.compile(r"(?:ology|ics|ment|tion|sion|ity|ence|ance|ness)$")
_ROMAN = re.compile(r"[IVX]{2,6}")
_ADJ_END = re.compile(r"(?:ean|ian|ese|ish)$")
_LIST_SEP = re.compile(r",?\s+(?:and|or|&)\s+|,\s+")
_NEXT_WORD = re.compile(r"\s+(\w+)")


@lru_cache(maxsize=1 << 16)  # a pure word-level predicate, called ~1,000 times an article
def _is_cap(t: str) -> bool:
    if _PARTICLE_NAME.match(t):
        return True
    if not t or not (t[0].isalpha() or t[0] == "&") or _CONTRACTION.search(t):
        return False
    if t[0].isupper():
        return True
    return t[0].islower() and t.isalnum() and any(c.isupper() for c in t[1:])


def _tokens(text: str, a: int, b: int, g: Gazetteer) -> _Toks:
    ms = list(_TOKEN.finditer(text, a, b))
    ws = list(map(_M_GROUP, ms))
    # Only a token holding "-", "–" or "'s" can be split or trimmed; a sentence without any of
    # these substrings has none (most sentences): its tokens are the matches, listed in C.
    if text.find("-", a, b) < 0 and text.find("–", a, b) < 0 and text.find("'s", a, b) < 0 \
            and text.find("’s", a, b) < 0:
        return _Toks(list(map(_M_START, ms)), list(map(_M_END, ms)), ws, _NONE, _NONE, _NONE)
    starts, ends = list(map(_M_START, ms)), list(map(_M_END, ms))
    # The tokens to split, from the hits alone (no scan of every token): a dash hit lies inside
    # its token; a token ends with "'s" exactly when an "'s" hit ends where the token does (hits
    # don't overlap: a dash is one character, "'s" cannot start on the "s" of another).
    split: set[int] = set()
    for p in map(_M_START, _SPLIT_HINT.finditer(text, a, b)):
        k = bisect_right(starts, p) - 1
        if k >= 0 and (p < ends[k] if text[p] in "-–" else ends[k] == p + 2):
            split.add(k)
    out = _Toks([], [], [], set(), set(), set())
    # the other tokens are copied over in slices (what out.append() would do one by one)
    done = 0
    for k in sorted(split):
        out.start.extend(starts[done:k])
        out.end.extend(ends[done:k])
        out.text.extend(ws[done:k])
        _split_token(out, text, a, starts[k], ends[k], ws[k], g)
        done = k + 1
    out.start.extend(starts[done:])
    out.end.extend(ends[done:])
    out.text.extend(ws[done:])
    return out


def _split_token(out: _Toks, text: str, a: int, s: int, e: int, w: str, g: Gazetteer) -> None:
    """Append the token(s) of one match: a possessive 's cut off, a hyphen compound split."""
    append = out.append
    poss = False
    if w[0].isupper() and len(w) > 2 and w.endswith(("'s", "’s")):  # a possessive 's
        e -= 2
        w = w[:-2]
        poss = True
    if "-" not in w and "–" not in w:  # no compound to split
        append(s, e, w, poss=poss)
        return
    parts = _HYPHEN.split(w)
    if len(parts) > 1 and _is_cap(parts[0]) and g.lookup(w) is None:
        if all(_is_cap(p) for p in parts):
            if any(g.lookup(p) or (p.isupper() and len(p) > 1) or p in g.demonyms for p in parts):
                pos = s
                for k, p in enumerate(parts):
                    append(pos, pos + len(p), p, poss=poss and k == len(parts) - 1, brk=True)
                    pos += len(p) + 1
                return
        elif all(p.isdigit() for p in parts[1:]) and parts[0].isupper():  # "STS-1", "F-16": one code
            pass
        elif len(parts) == 2 and parts[1].isalpha() and parts[1].islower() and len(parts[1]) <= 3 \
                and len(parts[0]) <= 5 and s > a and _is_cap(text[max(a, s - 20) : s].split()[-1] if text[max(a, s - 20) : s].split() else ""):
            pass  # "Hau Lung-bin", "Moon Jae-in": an East Asian given name, one token
        elif any(_lex(p.lower()) for p in parts[1:] if not _is_cap(p)):  # "Russia-backed"
            n = 0
            while n < len(parts) and _is_cap(parts[n]):
                n += 1
            head = "-".join(parts[:n])
            append(s, s + len(head), head, compound=True)
            return
    append(s, e, w, poss=poss)


def _sentence_rows(article: Article) -> list[tuple[int, int, int, str, int]]:
    """``(sent_id, start, end, kind, para_id)`` of every sentence (:func:`toolkit.text.segment.sentence_rows`)."""
    from toolkit.text.segment import sentence_rows

    return sentence_rows(article)


def _strip_dot(w: str) -> str:
    return w[:-1] if w.endswith(".") and len(w) > 2 and not w[-2].isupper() else w


def _title_like(w: str, g: Gazetteer) -> bool:
    """A title or honorific ("President", "Mr.", a gazetteer title word); memoised per word."""
    table = _memo(g)["title_like"]
    hit = table.get(w)
    if hit is None:
        if len(table) > _MEMO_MAX:
            table.clear()
        hit = table[w] = w in _CORE_TITLES or g.has("title", _strip_dot(w))
    return hit


def _maybe_name(w: str, g: Gazetteer) -> bool:
    """Whether a token can start or continue a name at all (capitalised, or a title)."""
    return _is_cap(w) or _title_like(w, g)


def _maybe_table(g: Gazetteer) -> dict[str, bool]:
    """Memo of :func:`_maybe_name` for one gazetteer, keyed by word: ``map(table.get, words)`` is
    twice as fast as an lru_cache per token (filled and bounded by :func:`_maybe_flags`)."""
    return _memo(g)["maybe_name"]


def _maybe_flags(tw: list[str], g: Gazetteer) -> list[bool]:
    """``[_maybe_name(w, g) for w in tw]``, through the per-word table."""
    table = _maybe_table(g)
    flags = list(map(table.get, tw))
    if None in flags:  # words not seen yet
        if len(table) > 1 << 17:
            table.clear()
        for k, f in enumerate(flags):
            if f is None:
                flags[k] = table[tw[k]] = _maybe_name(tw[k], g)
    return flags




def _common(
    w: str, g: Gazetteer, *, initial: bool, next_cap: bool = False, next_word: str = "", headline: bool = False,
    mid: bool = False,
) -> bool:
    """Whether a capitalised token is an ordinary word rather than (part of) a name; ``mid``: the
    body writes ``w`` capitalised mid-sentence (``w in _Detector.mid_caps``)."""
    if g.has("not_name", w):
        return True
    if len(w) >= 4 and w.isupper() and w.isalpha() and not g.lookup(w) and not g.lookup(w.title()) \
            and (_lex(w.lower()) or "")[:2] in ("NN", "JJ", "VB", "RB") and not (_lex(w.lower()) or "").startswith("NNP"):
        return True  # "LEFT", "SOCIETY": an English word in capitals for emphasis, not an acronym
    if not initial and not next_cap and w[1:].islower() and (_lex(w.lower()) or "") in _CLOSED_TAGS \
            and not g.lookup(w):
        return True  # "fans, We are sorry", "me, But I": a function word, not a name
    if not initial:
        return False
    if w.isupper() and len(w) > 1:
        return False
    if "-" in w and any(p.isalpha() and p.islower() for p in w.split("-")[1:]):
        return True  # "Party-goers", "Well-known" at the start of a sentence
    if g.lookup(w) or w in g.demonyms or (next_word and g.lookup(f"{w} {next_word}")) \
            or g.lookup(f"{w} Party"):
        return False
    if headline:  # Title Case headline: a name only if the body writes it capitalised too
        low = _lex(w.lower())
        return not (mid or low is None or low.startswith("NNP"))
    tag = _lex(w)
    if tag is not None and not tag.startswith("NNP"):
        return True
    if tag is not None and next_cap and (_lex(w.lower()) or "NN").startswith("NN"):
        return False  # "John Smith said", "Bill Gates"
    low = _lex(w.lower())
    if low is None or low.startswith("NNP"):
        return False
    if low.startswith(_FUNCTION_TAGS):
        return True
    return not mid


def _cap_rule(
    w: str, nxt: bool, title_next: bool, in_comp: bool, initial: bool, next_word: str, headline: bool,
    g: Gazetteer, *, mid: bool,
) -> bool:
    """Whether a possible name token (``_maybe_name``) is part of a name: ``nxt``, the next token is
    capitalised and one space away; ``title_next``, a next token that is ``nxt`` or "of";
    ``in_comp``, the head of a split compound ("Russia-backed"); ``mid``, the body writes ``w``
    capitalised mid-sentence."""
    if _PARTY_STATE.match(w):
        return False  # "D-Mass.", "R-Texas": party and state after a US politician's name
    if title_next and _title_like(w, g):
        return True  # "Secretary of State Antony Blinken" at the start of a sentence
    if in_comp and not (g.lookup(w) or w.isupper() or w in g.demonyms or mid):
        return False  # "Latter-day", "Well-known": not a name
    return _is_cap(w) and not _common(
        w, g, initial=initial, next_cap=nxt, next_word=next_word, headline=headline, mid=mid
    )


_PAIRS = {(a, b): (a, b) for a in (False, True) for b in (False, True)}  # shared memo values


class _Detector:
    """Rule-based proper-name detector over one article."""

    def __init__(self, article: Article, g: Gazetteer) -> None:
        self.article = article
        self.text = text = article.text
        self.g = g
        #: (sent_id, start, end, kind, para_id) of the title, body and caption sentences.
        self.rows: list[tuple[int, int, int, str, int]] = [r for r in _sentence_rows(article) if r[3] in _KEEP_KINDS]
        self.toks: dict[int, _Toks] = {}
        #: per sentence, the indices of tokens that can start or continue a name (``_maybe_name``)
        self.maybe: dict[int, list[int]] = {}
        self.headline_ids: set[int] = set()
        self.initial: dict[int, set[int]] = {}
        mid: list[str] = []
        # Per-token work runs through map()/compress() over memoised word predicates; Python
        # loops only visit the candidates (capitalised words and titles, ~1 token in 5).
        for sent_id, start, end, kind, _ in self.rows:
            toks = _tokens(text, start, end, g)
            self.toks[sent_id] = toks
            tw = toks.text
            candidates = self.maybe[sent_id] = list(compress(range(len(tw)), _maybe_flags(tw, g)))
            init, n_words = self._initial_positions(tw, headline=kind == "title")
            self.initial[sent_id] = init
            if kind == "title" and n_words and len(init) == n_words and n_words > 2:
                self.headline_ids.add(sent_id)
            if kind == "body":  # _is_cap(w) implies _maybe_name(w): the candidates hold every capital
                mid.extend(tw[i] for i in candidates if i not in init and _is_cap(tw[i]) and i not in toks.compound)
        self.mid_caps = Counter(mid)

    @cached_property
    def sports(self) -> bool:
        """A match report: sport words and at least two scores ("2–1") in the text."""
        text = self.text
        # every score holds a dash followed by a digit: without one there is no score to count
        return _SCORE_HINT.search(text) is not None and bool(_SPORT_WORDS.search(text)) \
            and len(_SCORE.findall(text)) >= 2

    @cached_property
    def lower_words(self) -> set[str]:
        """Words written in lower case anywhere in the text (computed only when a rule asks)."""
        return set(_LOWER_WORD.findall(self.text))

    def has_lower(self, word: str) -> bool:
        """``word in self.lower_words``: each of those words is a substring of the text, so a word
        absent from the text answers False without the regex pass that builds the set."""
        if "lower_words" not in self.__dict__ and word not in self.text:
            return False
        return word in self.lower_words

    @staticmethod
    def _initial_positions(tw: list[str], *, headline: bool) -> tuple[set[int], int | None]:
        """Positions of word tokens (``tw``: the token texts) where a capital proves nothing, and
        for a headline the number of word tokens (else None)."""
        n = len(tw)
        n_words = None
        if headline:
            words = [i for i, w in enumerate(tw) if w[0].isalnum()]
            n_words = len(words)
            long = [tw[i] for i in words if len(tw[i]) > 3]
            if len(long) >= 3 and sum(map(_is_cap, long)) / len(long) >= 0.7:
                return set(words), n_words  # headline case: every position is suspect
        # the first word, and any word after an opening mark or a colon
        init = {i for i in compress(count(1), map(_INITIAL_AFTER.__contains__, tw)) if i < n and tw[i][0].isalnum()}
        first = next((i for i, w in enumerate(tw) if w[0].isalnum()), None)
        if first is not None:
            init.add(first)
        return init, n_words

    # -------------------------------------------------------------- runs
    def runs(self, sent_id: int) -> list[tuple[list[int], int | None]]:
        """Maximal name runs (token indices) and, when followed by "(ACR)", the index of ACR."""
        candidates = self.maybe[sent_id]
        if not candidates:
            return []  # no capitalised word and no title: no run can start
        toks = self.toks[sent_id]
        ts, te, tw, poss, brk, comp = toks
        init = self.initial[sent_id]
        maybe_table = _maybe_table(self.g)
        n = len(tw)
        text = self.text

        def adjacent(i: int, j: int) -> bool:
            if j in brk and i in brk and ts[j] == te[i] + 1:
                return False
            gap = text[te[i] : ts[j]]
            if i in poss:
                gap = text[te[i] + 2 : ts[j]]
                return gap == " " and (self.g.has("org_suffix", tw[j]) or self.g.has("org_word", tw[j]))
            return gap in (" ", "\u00a0") and i not in comp

        headline = sent_id in self.headline_ids
        mid_caps = self.mid_caps
        cap_table = _memo(self.g)["cap"]

        def cap_uncached(i: int) -> bool:
            w = tw[i]
            maybe = maybe_table.get(w)  # _maybe_flags() put every token of the article there
            if not (maybe if maybe is not None else _maybe_name(w, self.g)):
                return False  # most tokens: a lower-case word that is no title
            nxt = i + 1 < n and _is_cap(tw[i + 1]) and text[te[i] : ts[i + 1]] == " "
            initial = i in init
            # Everything _cap_rule() reads, as a memo key (the next word and the headline flag only
            # matter for a sentence-initial word); the answer for both values of "mid".
            key = (w, nxt, i + 1 < n and (nxt or tw[i + 1] == "of"), i in comp, initial,
                   tw[i + 1] if nxt and initial else "", headline and initial)
            pair = cap_table.get(key)
            if pair is None:
                if len(cap_table) > _MEMO_MAX:
                    cap_table.clear()
                pair = cap_table[key] = _PAIRS[_cap_rule(*key, self.g, mid=False), _cap_rule(*key, self.g, mid=True)]
            return pair[w in mid_caps]  # mid_caps counts are >= 1: "in" is "mid_caps.get(w)" as a bool

        cap_memo: dict[int, bool] = {}

        def cap(i: int) -> bool:  # asked several times per token while growing and joining runs
            hit = cap_memo.get(i)
            if hit is None:
                hit = cap_memo[i] = cap_uncached(i)
            return hit

        out: list[tuple[list[int], int | None]] = []
        not_name = self.g.words.get("not_name", _EMPTY_WORDS)
        i = 0  # where the next run may start (the tokens before it are used up)
        for c in candidates:  # the other tokens cannot start a run (cap() is False for them)
            if c < i or not cap(c):
                continue
            run = [c]
            while True:
                k = run[-1] + 1
                if k < n and adjacent(run[-1], k) and cap(k) and tw[k] not in not_name:
                    run.append(k)
                    continue
                joined = self._join(toks, run, k, adjacent, cap)
                if joined:
                    run.extend(joined)
                    continue
                break
            acr = None
            e = run[-1]
            if (
                e + 3 < n
                and tw[e + 1] == "("
                and tw[e + 3] == ")"
                and _acronym_of(tw[e + 2], [tw[x] for x in run])
            ):
                acr = e + 2
            out.append((run, acr))
            i = (acr + 2) if acr is not None else run[-1] + 1
            if acr is not None:
                # "(NATO) Security Alliance": capitalised common nouns right after a definition
                j = i
                while j < n and _is_cap(tw[j]) and (_lex(tw[j].lower()) or "").startswith("NN") \
                        and text[te[j - 1] : ts[j]] == " ":
                    j += 1
                if j > i:
                    out[-1] = (run, acr)
                    self._absorb = getattr(self, "_absorb", {})
                    self._absorb[(sent_id, run[0])] = te[j - 1]
                    i = j
        return out

    def _join(self, toks: _Toks, run: list[int], k: int, adjacent: Any, cap: Any) -> list[int]:
        ts, te, tw = toks.start, toks.end, toks.text
        n = len(tw)
        if k >= n or not adjacent(run[-1], k):
            return []
        w = tw[k]
        nxt = k + 1
        if w in ("of", "for") and nxt < n and tw[nxt] == "the" and adjacent(k, nxt):
            nxt += 1
        if nxt >= n or not adjacent(nxt - 1, nxt) or not cap(nxt):
            return []
        left = [tw[x] for x in run]
        # the right part: the capitalised run after the connector
        right = [nxt]
        while right[-1] + 1 < n and adjacent(right[-1], right[-1] + 1) and cap(right[-1] + 1):
            right.append(right[-1] + 1)
        whole = self.text[ts[run[0]] : te[right[-1]]]
        if self.g.lookup(whole):
            return list(range(k, right[-1] + 1))
        if w == "&":
            return list(range(k, right[-1] + 1))
        if w == "and":
            # "National Air and Space Museum", "The Globe and Mail": one institution whose name holds "and"
            tail = tw[right[-1]]
            if (self.g.has("org_suffix", tail) or self.g.has("place_suffix", tail)) and len(right) <= 3 \
                    and not any(self.g.has("org_suffix", x) or self.g.has("place_suffix", x) or self.g.has("given", x)
                                for x in left) and self.g.lookup(" ".join(left)) is None \
                    and self.g.lookup(" ".join(tw[x] for x in right[:-1])) is None:
                return list(range(k, right[-1] + 1))
            if "of" in left[1:] and len(right) <= 2 and all(
                (_lex(tw[x].lower()) or "") in ("NN", "NNS")
                or (_lex(tw[x].lower()) is None and _ABSTRACT_END.search(tw[x]))
                for x in right
            ) and (nxt_i := right[-1] + 1) < n and not _is_cap(tw[nxt_i]):
                return list(range(k, right[-1] + 1))  # "Institute of Volcanology and Seismology"
            return []
        if w in _CONNECT:
            head = left[-1]
            low = _lex(head.lower()) or ""
            if w in ("of", "for"):
                person_like = (
                    len(left) >= 2 and self.g.has("given", left[0]) and (self.g.lookup(" ".join(tw[x] for x in right)) or ("", ""))[1] == "place"
                ) or (
                    len(left) >= 2 and low != "NN" and not self.has_lower(head.lower())
                    and (_lex(left[0].lower()) is None or self.g.has("given", left[0]))
                    and not any(self.g.has("org_suffix", x) or self.g.has("org_word", x) or self.g.has("place_suffix", x)
                                or x in _CORE_TITLES for x in left)
                )  # "Xiaogang Wei of the Beijing ... Institute": a person, then their institution
                generic = (
                    (low.startswith("NN") and not low.startswith("NNP") and not person_like)
                    or self.g.has("org_word", head) or self.g.has("org_suffix", head)
                    or self.g.has("place_suffix", head) or head in _CORE_TITLES
                )
                if not generic or self.g.lookup(" ".join(left)):
                    return []
            return list(range(k, right[-1] + 1))
        return []


def _acronym_of(acr: str, words: list[str]) -> bool:
    letters = [c for c in acr if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters[:1]) or sum(c.isupper() for c in letters) < 2:
        return False
    caps = [w for w in words if _is_cap(w)]
    if not caps or caps[0][0].upper() != letters[0]:
        return False
    pool = " ".join(words).upper()
    pos = 0
    for c in letters:
        pos = pool.find(c.upper(), pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _name_like(word: str) -> bool:
    """A word that can be a given name: unknown to the lexicon as a common word, or listed
    there capitalised as a proper noun ("John") while its lower case is a noun ("john")."""
    low = _lex(word.lower())
    if low is None or low.startswith("NNP"):
        return True
    return (_lex(word) or "").startswith("NNP") and low.startswith("NN")


def _emphasis(word: str, det: _Detector) -> bool:
    """A lone capitalised common word ("Iodine", "Night") that the article also writes in
    lower case: emphasis or a heading word, not a name."""
    if word.isupper() or det.g.lookup(word) or word in det.g.demonyms:
        return False
    low = word.lower()
    tag = _lex(low) or ""
    return tag[:2] in ("NN", "JJ", "VB", "RB") and not tag.startswith("NNP") and det.has_lower(low)


_NO_SPLIT = (-1, -1)  # memo value for "no title split" (None means "not computed yet")


def _title_split(words: tuple[str, ...], g: Gazetteer) -> tuple[int, int] | None:
    """For a run like "French President Emmanuel Macron": (start of the title block, start of the name).

    Memoised per word tuple: names recur within and across articles."""
    table = _memo(g)["title_split"]
    hit = table.get(words)
    if hit is None:
        if len(table) > _MEMO_MAX:
            table.clear()
        hit = table[words] = _title_split_uncached(words, g) or _NO_SPLIT
    return None if hit is _NO_SPLIT else hit


def _title_split_uncached(words: tuple[str, ...], g: Gazetteer) -> tuple[int, int] | None:
    if len(words) > 2 and (words[0] in _CORE_TITLES or g.has("title", _strip_dot(words[0]))) and words[1] in ("of", "for") \
            and (g.has("org_suffix", words[-1]) or g.has("org_word", words[-1])):
        return 0, 2  # "CEO of Massey Energy": a title, then the organisation
    if g.lookup(" ".join(words)) or g.has("org_suffix", words[-1]) or g.has("other_word", words[-1]) \
            or (g.has("place_suffix", words[-1]) and len(words) > 1 and not g.has("given", words[-2]) and "of" not in words):
        return None
    core = [
        i for i, w in enumerate(words)
        if w in _CORE_TITLES or _strip_dot(w) in _CORE_TITLES or (w.endswith("s") and w[:-1] in _CORE_TITLES)
    ]
    for k in reversed(core):
        j = k + 1
        while j < len(words) and (
            words[j] in _CONNECT or words[j] == "the" or g.has("title", _strip_dot(words[j])) or words[j] in _CORE_TITLES
        ):
            j += 1
        b = k
        if j >= len(words):
            while b > 0 and (g.has("title", _strip_dot(words[b - 1])) or words[b - 1] in _CORE_TITLES):
                b -= 1
            if b > 0 and k == len(words) - 1:
                return b, len(words)
            continue
        while b > 0 and (g.has("title", _strip_dot(words[b - 1])) or words[b - 1] in _CORE_TITLES or words[b - 1] in _CONNECT):
            b -= 1
        return b, j
    return None


def _place_led(words: list[str], g: Gazetteer) -> bool:
    """A multi-word name holding a known place (a shorter part of it) that starts it or follows a
    common word: an organisation ("Washington Post", "Philippine Coast Guard")."""
    places = [
        " ".join(words[i : i + k]) for k in (1, 2, 3) for i in range(len(words) - k + 1)
        if k < len(words) and (g.lookup(" ".join(words[i : i + k])) or ("", ""))[1] == "place"
    ]
    return bool(places) and (
        any(p.split()[0] == words[0] for p in places) or (_lex(words[0].lower()) or "NNP")[:3] in ("NN", "NNS", "JJ")
    )


_Hints = tuple[tuple[str, int], ...]  # hint increments, applied in order (ties of most_common())


def _add_hints(hints: Counter, incs: _Hints) -> None:
    """``hints[label] += n`` for each increment, in order (insertion order breaks the ties of
    ``Counter.most_common``); ``get`` instead of ``+=`` skips Counter.__missing__ (same result)."""
    for label, n in incs:
        hints[label] = hints.get(label, 0) + n


class _NameInfo(NamedTuple):
    """What :func:`_rule_raws` derives from a mention's name and words alone (memoised)."""

    hit: tuple[str, str] | None  # gazetteer (canonical, type)
    early: int  # 1: a party word, 2: a people ("Afghans"), 3: a demonym; 0: none of these
    party: tuple[str, str] | None
    demonym: str | None  # the country of a demonym (early == 3)
    seq_a: _Hints  # hints of the rules before the given-name rule (the only hints when early)
    given: _Hints  # the given-name hint, applied when no organisation/place hint is there yet
    seq_b: _Hints  # the initials rule ("K.C. Maurer")
    plural_of: str | None  # "Polaroids": an "other" hint when the body writes "Polaroid" capitalised
    seq_c: _Hints  # the rules after that, up to the context cues
    religion_adj: bool | None  # adjectival flag set by the religion rule
    seq_d: _Hints  # the rules after the previous-word cues


def _name_info(name: str, words: tuple[str, ...], g: Gazetteer) -> _NameInfo:
    """:class:`_NameInfo` of a mention, memoised per (name, words): names recur within and
    across articles, and these rules read nothing else."""
    table = _memo(g)["name_info"]
    key = (name, words)
    hit = table.get(key)
    if hit is None:
        if len(table) > _MEMO_MAX:
            table.clear()
        hit = table[key] = _name_info_uncached(name, words, g)
    return hit


@lru_cache(maxsize=4)
def _word_lists(g: Gazetteer) -> dict[str, frozenset[str]]:
    return {k: g.words.get(k, _EMPTY_WORDS) for k in _WORD_KINDS}


def _name_info_uncached(name: str, words: tuple[str, ...], g: Gazetteer) -> _NameInfo:
    wl = _word_lists(g)
    seq: list[tuple[str, int]] = []
    inc = seq.append
    hit = g.lookup(name)
    if hit is None and name.isupper() and len(name) > 3:  # "WASHINGTON (AP) —"
        hit = g.lookup(name.title())
    party = (g.lookup(name + " Party") or g.lookup(name + "ic Party")) if hit is None and len(words) == 1 else None
    if party is None and hit is None and len(words) == 1 and name.endswith("s"):
        party = g.lookup(name[:-1] + "ic Party") or g.lookup(name[:-1] + " Party")  # "Democrats"
    if party is not None and party[1] == "organization":
        return _NameInfo(hit, 1, party, None, (("organization", 3),), (), (), None, (), None, ())
    if hit is None and len(words) == 1 and name.endswith("s") and name[:-1] in g.demonyms:
        return _NameInfo(hit, 2, None, None, (("person", 4),), (), (), None, (), None, ())  # "Afghans": a people
    if name in g.demonyms and hit is None:
        return _NameInfo(hit, 3, None, g.demonyms[name], (("place", 5),), (), (), None, (), None, ())
    last = _strip_dot(words[-1])
    if "of" in words[1:] and hit is None:  # "Museum of Flight", "University of Oregon": the head
        last = words[words.index("of") - 1]
    if hit is None and len(words) > 2 and ((words[-2] in wl["org_suffix"]) or (words[-2] in wl["org_word"])) \
            and (g.lookup(words[-1]) or ("", ""))[1] == "place":
        inc(("organization", 3))  # "World Wildlife Fund Mexico", "Marriage Equality Coalition Taiwan"
    if hit is None and len(words) >= 2 and any(
        (g.lookup(" ".join(words[i:])) or ("", ""))[1] == "organization" and len(words) - i >= 2 for i in range(1, len(words))
    ):
        inc(("organization", 3))  # "Philippine Red Cross": a known organisation's name at the end
    if "for" in words[1:] and hit is None:  # "Center for Food Safety", "Campaign for Nuclear Disarmament"
        inc(("organization", 3))
    if hit is None and len(words) > 1:
        if (words[0] in wl["compass"]) and (g.lookup(" ".join(words[1:])) or ("", ""))[1] == "place":
            inc(("place", 4))
        elif any(w.isupper() and len(w) > 1 and not _INITIALS.match(w) for w in words) or _place_led(list(words), g):
            inc(("organization", 2))
        elif all(w[:1].isupper() and not w.isupper() for w in words) and len(words) <= 3 and not any(
            (w in wl["org_word"]) or (w in wl["org_suffix"]) or (w in wl["place_suffix"]) or (w in wl["other_word"])
            for w in words
        ) and _name_like(words[0]):
            if _lex(words[-1].lower()) == "NNS" and words[-1].endswith("s") and words[0] not in wl["given"]:
                inc(("organization", 2))  # "Six Flags", "Apex Shark Expeditions": not a surname
            else:
                inc(("person", 2))
    if len(words) > 1 and (words[0] in wl["other_first"]):
        inc(("other", 4))
    seq_a = tuple(seq)
    suffixed = (
        (last in wl["org_suffix"]) or not wl["org_word"].isdisjoint(words) or (last in wl["other_word"])
        or ((last in wl["place_suffix"]) and len(words) > 1)
    )
    given: _Hints = ()
    if hit is None and not suffixed and (words[0] in wl["given"]):  # (and no organisation/place hint yet)
        given = (("person", 3 if len(words) > 1 else 1),)
    seq.clear()
    if hit is None and len(words) > 1 and _INITIALS.match(words[0]) and not suffixed and g.lookup(words[0]) is None:
        inc(("person", 3))  # "K.C. Maurer", "J. R. R. Tolkien"
    # "Warhol Polaroids" beside "Polaroid" (the caller checks the article's capitalised words)
    plural_of = None
    if hit is None and words[-1].endswith("s") and words[-1][:-1] not in g.demonyms \
            and _lex(words[-1][:-1].lower()) is None and words[-1][:-1] not in wl["given"]:
        plural_of = words[-1][:-1]
    seq_b = tuple(seq)
    seq.clear()
    religion_adj = None
    if (name in wl["religion"]):  # faiths and ethnic groups ("Muslim", "African Americans")
        inc(("other", 5))
        religion_adj = name[-1] != "s" and not name.endswith(("ism", "ity", "lam"))
    if (last in wl["org_suffix"]) or not wl["org_word"].isdisjoint(words):
        inc(("organization", 3))
    if (last in wl["place_suffix"]) and len(words) > 1:
        inc(("place", 3))
    if (last in wl["other_word"]):
        inc(("other", 4))
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
        inc(("organization", 1))
    seq_c = tuple(seq)
    seq.clear()
    if hit is None and not suffixed and any((w.lower() in wl["other_prev"]) for w in words[:-1]):
        inc(("other", 3))  # "Space Shuttle Atlantis", "Operation Overlord"
    if hit is None and len(words) > 1 and (words[0] in wl["place_first"]):
        inc(("place", 3))
    if hit is None and len(words) > 1 and words[-1] in ("Day", "Week", "Eve") and words[0] not in wl["given"]:
        inc(("other", 4))  # "Election Day", "Fashion Week" (but "Doris Day" is a person)
    if hit is None and len(words) == 1 and words[0].endswith("ism") and len(words[0]) > 5:
        inc(("other", 4))  # "Marxism", "Thatcherism": an ideology
    if hit is None and len(words) == 1 and _CODE.match(words[0]):
        inc(("other", 4))  # "STS-133", "F-16", "A380": a model, flight or mission code
    return _NameInfo(hit, 0, party, None, seq_a, given, seq_b, plural_of, seq_c, religion_adj, tuple(seq))


def _title_only(words: tuple[str, ...], g: Gazetteer) -> bool:
    """Every word is a title, a connector or "the" ("Secretary General", "Prime Minister"): a
    title without a name. Memoised per word tuple (it reads the words and the gazetteer only)."""
    table = _memo(g)["title_only"]
    hit = table.get(words)
    if hit is None:
        if len(table) > _MEMO_MAX:
            table.clear()
        titles = g.words.get("title", _EMPTY_WORDS)
        hit = table[words] = all(
            w in _CORE_TITLES or (_strip_dot(w) in titles) or w in _CONNECT or w in ("the", "The")
            or (len(words) == 1 and w.endswith("s") and (w[:-1] in _CORE_TITLES or w.endswith("ies") and w[:-3] + "y" in _CORE_TITLES))
            for w in words
        )
    return hit


def _rule_raws(det: _Detector, spans: Iterable[tuple[int, list[int], int | None, str | None]]) -> list[_Raw]:
    """Turn token runs into raw mentions (title stripping, demonyms, acronyms, hints)."""
    g, text = det.g, det.text
    wl = {k: g.words.get(k, _EMPTY_WORDS) for k in _WORD_KINDS}  # g.has() without a call per word
    sent_info = {sid: (kind, para) for sid, _, _, kind, para in det.rows}
    absorb = getattr(det, "_absorb", {})
    raws: list[_Raw] = []
    prev_kinds = tuple((g.words.get(kind, _EMPTY_WORDS), label)
                       for kind, label in (("other_prev", "other"), ("org_prev", "organization"), ("place_prev", "place")))

    def add(
        sent_id: int, idx: list[int], *, titled: bool, span_from: int | None, acr: int | None, label: str | None,
        prefix: bool = False, institution: bool = False,
    ) -> None:
        ts, te, tw, poss, _, _ = det.toks[sent_id]
        kind, para = sent_info[sent_id]
        while idx and (
            tw[idx[0]] in ("The", "the", "A", "An") or (tw[idx[0]] in wl["modifier"])
            or (len(idx) >= 3 and (tw[idx[0]].lower() in wl["person_role"]) and not titled and label is None
                and (tw[idx[1]] in wl["given"]))
            or (prefix and (_strip_dot(tw[idx[0]]) in wl["title"]))
        ) and text[ts[idx[0]] : te[idx[-1]]] not in g.names:
            idx = idx[1:]
        if prefix and idx and label is None:
            # "Emergency Situations Minister X": a portfolio, not an actor
            phrase = text[ts[idx[0]] : te[idx[-1]]]
            if not g.lookup(phrase) and not g.lookup(phrase + " Party") and all(
                (_lex(tw[i].lower()) or "NNP")[:2] in ("NN", "JJ") and not (_lex(tw[i].lower()) or "NNP").startswith("NNP")
                and not tw[i].isupper() and tw[i] not in g.demonyms
                for i in idx
            ):
                return
        while idx and (tw[idx[-1]] in _CONNECT or tw[idx[-1]] in ("and", "&", "the")):
            idx = idx[:-1]
        if not idx or (len(idx) == 1 and (len(tw[idx[0]]) == 1 or _ROMAN.fullmatch(tw[idx[0]]))):
            return  # a lone letter ("Plan B") or a roman numeral ("part XVII") is not an actor
        s, e = ts[idx[0]], te[idx[-1]]
        # _CREDIT_BEFORE needs a colon in the 40 characters before the name: look for one first
        if (text.find(":", max(0, s - 40), s) >= 0
                and _CREDIT_BEFORE.search(text[max(text.rfind("\n", 0, s) + 1, s - 40) : s])) \
                or _CREDIT_LABEL.match(text, s):
            return  # "Image: NASA.", "Video: J. Smith": a media credit inside the text, not an actor
        words = [tw[i] for i in idx]
        if len(words) == 1:  # a token holds no whitespace: joining its split() is the token itself
            w = words[0]
            name = _strip_dot(w) if w[:-1] in _CORE_TITLES else w
        else:
            name = " ".join(_strip_dot(w) if w[:-1] in _CORE_TITLES else w for w in words)
            name = text[s:e] if "\n" not in text[s:e] else name
            name = " ".join(name.split())
        raw = _Raw(span_from if span_from is not None else s, e, name, sent_id, kind, para, ntok=len(idx))
        if acr is not None:
            raw.acronym = tw[acr]
            raw.end = absorb.get((sent_id, idx[0]), te[acr + 1])
            raw.hints["organization"] += 2  # defined acronyms name organisations far more often than not
        if label:
            raw.hints[label] += 3
        if titled:
            raw.hints["person"] += 3
        if institution:
            raw.hints["organization"] += 2
        hints = raw.hints
        info = _name_info(name, tuple(words), g)
        hit = info.hit
        if info.early:
            if info.early == 1:
                # "Democratic primaries", "Labour MPs", "Republicans": the party
                raw.canonical, raw.gaz = info.party  # type: ignore[misc]
                nxt = tw[idx[-1] + 1] if idx[-1] + 1 < len(tw) else ""
                raw.adjectival = nxt[:1].islower() and nxt != "party" and (_lex(nxt) or "")[:2] in ("NN", "JJ")
            elif info.early == 3:
                raw.canonical = info.demonym
                raw.adjectival = True
            _add_hints(hints, info.seq_a)
            raws.append(raw)
            return
        if hit:
            raw.canonical = hit[0]
            raw.gaz = hit[1]
            if hit[1] == "place" and det.sports:
                window = text[max(0, s - 25) : e + 25]
                raw.team = bool(_SCORE.search(window) or _SPORT_VERB.search(text[e : e + 20])
                                or _SPORT_VERB_BEFORE.search(text[max(0, s - 20) : s]))
        # the hints that depend only on the name, in the order of the rules (_name_info())
        _add_hints(hints, info.seq_a)
        if info.given and not hints["organization"] and not hints["place"]:
            _add_hints(hints, info.given)
        _add_hints(hints, info.seq_b)
        if info.plural_of is not None and det.mid_caps.get(info.plural_of):
            hints["other"] = hints.get("other", 0) + 3  # "Warhol Polaroids" beside "Polaroid": a plural thing
        _add_hints(hints, info.seq_c)
        if info.religion_adj is not None:
            raw.adjectival = info.religion_adj
        # context cues
        first = idx[0]
        prev = tw[first - 1] if first > 0 else ""
        prev_lower = prev.lower()
        if (prev_lower in wl["person_role"]) and prev[:1].islower():
            hints["person"] += 2
        if prev_lower in ("the", "a", "an", "this", "these", "those") and not titled:
            raw.det = True
        if prev_lower in _PLACE_PREP:
            hints["place"] += 1
        if prev[:1].islower() and hit is None:  # "the cruise ship X", "the newspaper X", "the town X"
            for words_of_kind, label in prev_kinds:  # = g.has(kind, prev), in the same order
                if prev in words_of_kind:
                    hints[label] += 4  # stronger than a suffix: "the film Quiet Harbour"
        _add_hints(hints, info.seq_d)
        last_i = idx[-1]
        last_poss = last_i in poss
        if len(words) == 1 and last_i + 1 < len(tw) and not last_poss and tw[last_i + 1].islower() \
                and text[te[last_i] : ts[last_i + 1]] == " " and (_lex(tw[last_i + 1]) or "") in ("NN", "NNS", "JJ"):
            raw.attributive = True
        after = tw[last_i + 1 : last_i + 4]
        # "Clearwater, Florida": a name followed by a known region or country is a place
        if len(after) >= 2 and after[0] == "," and (g.lookup(after[1]) or ("", ""))[1] == "place" and (
            hit is None or hit[1] == "place"
        ):
            nxt2 = " ".join(after[1:3])
            verb_next = len(after) > 2 and (after[2] in _SPEECH or (_lex(after[2]) or "").startswith("VB")
                                            or after[2] in _CORE_TITLES)  # ", Paris claims", ", U.S. Senator"
            if not (g.lookup(nxt2) and g.lookup(nxt2)[1] != "place") and not verb_next:
                raw.hints["place"] += 3
        if after and hit is None and not last_poss and (
            (after[0] in wl["org_next"]) or (len(after) > 1 and after[0] == "news" and after[1] == "agency")
        ):
            raw.hints["organization"] += 3  # "Yonhap news agency", "the Hells Angels gang"
        if after and hit is None and not last_poss and (after[0] in wl["place_next"]) \
                and text[te[last_i] : te[last_i] + 1] == " ":
            raw.hints["place"] += 3  # "Helmand province", "the Maidan Wardak provincial council"
        if after and hit is None and len(words) == 1 and (after[0] in wl["person_next"]):
            raw.hints["person"] += 3  # "the Trump administration", "the Assad regime"
        if after and after[0] in _SPEECH and not last_poss:
            raw.hints["person"] += 1
        if len(after) >= 3 and after[0] == "," and after[1].isdigit() and after[2] == ",":
            raw.hints["person"] += 2
        if len(after) >= 2 and after[0] == "," and after[1] == "who":
            raw.hints["person"] += 2
        if (
            len(words) == 1 and _ADJ_END.search(words[0]) and hit is None
            and after and after[0][:1].islower() and (_lex(after[0]) or "").startswith("NN")
            and _lex(words[0].lower()) is None and not det.mid_caps.get(words[0] + "s")
        ):
            raw.hints["other"] += 4
            raw.adjectival = True
        raws.append(raw)

    # "the Church" after "the Church of Scientology": the head word of one organisation name
    heads: dict[str, set[str]] = defaultdict(set)
    for sent_id, run, _, _ in spans:
        ts, te, tw = det.toks[sent_id][:3]
        if len(run) > 1 and tw[run[0]] != "The":
            for w in (tw[run[0]], tw[run[-1]]):
                if (w in wl["org_suffix"]) or (w in wl["org_word"]):
                    heads[w].add(" ".join(text[ts[run[0]] : te[run[-1]]].split()))
    for sent_id, run, acr, label in spans:
        ts, te, tw = det.toks[sent_id][:3]
        words = tuple(map(tw.__getitem__, run))  # read-only here: a tuple serves the memo keys too
        if label is None and acr is None and len(words) == 1 and len(heads.get(words[0], ())) == 1 and run[0] > 0 \
                and tw[run[0] - 1].lower() == "the":
            kind, para = sent_info[sent_id]
            r = _Raw(ts[run[0]], te[run[0]], words[0], sent_id, kind, para)
            r.canonical = next(iter(heads[words[0]]))
            r.hints["organization"] += 1
            raws.append(r)
            continue
        if label is None and acr is None and len(words) == 1 and _emphasis(words[0], det):
            continue
        if label is None and _title_only(words, g):
            continue  # "Secretary General", "Prime Minister": a title without a name
        lead = 0
        if label is None and acr is None and 3 <= len(words) <= 5 and g.lookup(" ".join(words)) is None and not any(
            (w in wl["org_suffix"]) or (w in wl["org_word"]) or (w in wl["place_suffix"]) for w in words
        ):
            if words[0] in g.demonyms or (words[0] in wl["religion"]) or g.lookup(words[0] + " Party") \
                    or g.lookup(words[0] + "ic Party"):
                lead = 1
            for n_lead in (2, 1):
                if not lead and (g.lookup(" ".join(words[:n_lead])) or ("", ""))[1] == "place":
                    lead = n_lead
            if lead and not ((words[lead] in wl["given"]) and 2 <= len(words) - lead <= 3):
                lead = 0
        if lead:
            # "Scientologist Tom Cruise", "American Joe Smith", "(Senator from) Vermont Bernie Sanders":
            # a descriptor, then the person
            add(sent_id, run[:lead], titled=False, span_from=None, acr=None, label=None)
            add(sent_id, run[lead:], titled=False, span_from=None, acr=None, label=None)
            continue
        split = _title_split(words, g) if label in (None, "person") else None
        if split is None:
            add(sent_id, run, titled=False, span_from=None, acr=acr, label=label)
            continue
        b, j = split
        if j >= len(run):  # "NASA Administrator", "US Senator": a title with no name after it
            if b > 0:
                add(sent_id, run[:b], titled=False, span_from=None, acr=acr, label=label, prefix=True)
            continue
        if b > 0:
            add(sent_id, run[:b], titled=False, span_from=None, acr=None, label=None, prefix=True)
        if label is None and ("the" in words[b:j] or (
            words[j - 1] in ("of", "for") and any((w in wl["org_suffix"]) or (w in wl["org_word"]) for w in words[j:])
        )):
            # "Chairman of the Australian Centre for ...": what follows "of the" is an institution,
            # possibly followed by the title holder's name ("CEO of the Refugee Council Enver Solomon")
            org_heads = [x for x in range(j, len(words)) if (words[x] in wl["org_suffix"]) or (words[x] in wl["org_word"])]
            cut = org_heads[-1] + 1 if org_heads else len(words)
            for n in range(len(words) - j - 1, 0, -1):  # "... of the French Republic Emmanuel Macron"
                if g.lookup(" ".join(words[j : j + n])):
                    cut = max(cut if org_heads else 0, j + n)
                    break
            if not org_heads and cut == len(words) and len(words) - j >= 3 and (
                (words[-2] in wl["given"]) or _SYLLABLE_NAME.match(words[-1])
            ):
                cut = len(words) - 2  # "Speaker of the House Nancy Pelosi"
            if len(words) - cut < 2 or words[cut] in _CONNECT:
                cut = len(words)
            add(sent_id, run[j:cut], titled=False, span_from=None, acr=None if cut < len(words) else acr, label=None,
                institution=True)
            if cut < len(words):
                add(sent_id, run[cut:], titled=True, span_from=None, acr=acr, label=None)
            continue
        # "Governor of Michigan George Romney": the place after "of" is its own mention
        if words[j - 1] in ("of", "for") and label is None and (
            g.lookup(" ".join(words[j:])) or ("", "")
        )[1] in ("place", "organization"):
            # "the Governor General of Canada": a title without a name, then the place
            add(sent_id, run[j:], titled=False, span_from=None, acr=acr, label=None)
            continue
        if len(words) - j == 1 and b == 0 and words[j - 1] not in _CONNECT and (g.lookup(words[j]) or ("", ""))[1] == "place":
            add(sent_id, run, titled=False, span_from=None, acr=acr, label="other")  # "Captain America"
            continue
        for n_place in (3, 2, 1):
            if j + n_place < len(run) and words[j - 1] in ("of", "for") and (
                g.lookup(" ".join(words[j : j + n_place])) or ("", "")
            )[1] == "place":
                add(sent_id, run[j : j + n_place], titled=False, span_from=None, acr=None, label=None)
                j += n_place
                break
        else:
            if words[j - 1] == "of" and len(words) - j == 3 and label is None and _name_like(words[j + 1]) \
                    and not any((w in wl["org_suffix"]) or (w in wl["place_suffix"]) for w in words[j:]):
                # "Mayor of Koszalin Piotr Jedlinski": a one-word place, then a two-word name
                add(sent_id, run[j : j + 1], titled=False, span_from=None, acr=None, label="place")
                j += 1
        add(sent_id, run[j:], titled=True, span_from=ts[run[b]], acr=acr, label=label)
    _coordinate(raws, text, g)
    return raws


def gazetteer_type(g: Gazetteer, name: str) -> str | None:
    hit = g.lookup(name)
    return hit[1] if hit else None


def _strong_type(r: _Raw) -> str | None:
    if r.gaz and not r.hints:
        return r.gaz
    if r.hints:
        t, n = r.hints.most_common(1)[0]
        if n >= 3:
            return t
    return r.gaz


def _coordinate(raws: list[_Raw], text: str, g: Gazetteer) -> None:
    """Names in one list ("Carrascal, Cantilan, Madrid and Cortes") share the type of the
    clearly typed ones."""
    by_sent: dict[int, list[_Raw]] = defaultdict(list)
    for r in raws:
        by_sent[r.sent_id].append(r)
    for group in by_sent.values():
        group.sort(key=lambda r: r.start)
        chains: list[list[_Raw]] = []
        for r in group:
            if chains and _LIST_SEP.fullmatch(text, chains[-1][-1].end, r.start):
                chains[-1].append(r)
            else:
                chains.append([r])
        for chain in chains:
            if len(chain) == 1:
                # a lone name: with no gazetteer type it is skipped below; with one, _strong_type()
                # is never None, so the votes change nothing
                continue
            if len(chain) > 1:  # "Macron and Scholz spoke": the verb after the list is each one's
                m = _NEXT_WORD.match(text[chain[-1].end : chain[-1].end + 30])
                if m and m.group(1) in _SPEECH:
                    for r in chain[:-1]:
                        r.hints["person"] += 1
            if len(chain) < 3 and not any(r.gaz for r in chain):
                continue
            votes = Counter(t for r in chain if (t := _strong_type(r)) in ("person", "organization", "place"))
            if not votes:
                continue
            t, n = votes.most_common(1)[0]
            if n * 2 <= sum(votes.values()):
                continue
            for r in chain:
                if not r.adjectival and _strong_type(r) is None and not r.canonical:
                    r.hints[t] += 2


def _spacy_spans(det: _Detector, nlp: Any) -> list[tuple[int, list[int], int | None, str | None]]:
    label_map = {"PERSON": "person", "PER": "person", "ORG": "organization", "GPE": "place", "LOC": "place",
                 "FAC": "place", "NORP": "norp"}
    doc = nlp(det.text)
    out = []
    bounds = [(a, b, sid) for sid, a, b, _, _ in det.rows]
    for ent in doc.ents:
        label = label_map.get(ent.label_)
        if label is None:
            continue
        sid = next((sid for a, b, sid in bounds if a <= ent.start_char and ent.end_char <= b), None)
        if sid is None:
            continue
        toks = det.toks[sid]
        idx = [i for i, (s, e) in enumerate(zip(toks.start, toks.end, strict=True)) if s >= ent.start_char and e <= ent.end_char]
        if idx:
            out.append((sid, idx, None, None if label == "norp" else label))
    return out


# ---------------------------------------------------------------------- resolution
_PLACE_ENDING = re.compile(r"[a-z](?:ville|burg|burgh|berg|grad|stan|polis|shire|abad|pur|pura|nagar|sk|ovo|evo|ino|opol|orough)$")
_SYLLABLE_NAME = re.compile(r"^[A-Z][a-z]+-[A-Za-z][a-z]+$")  # "Joo-Ho", "Lung-bin"


def _fallback_type(name: str, ntok: int, g: Gazetteer) -> str:
    """Type of a name with no cue at all: short names of name-like words are people; a name that
    opens with a common word ("Silver Clouds", "Easy Rider") is a work or thing; long ones are
    organisations."""
    words = name.split()
    if ntok < 2 or len(words) < 2:
        # "Jacksonville", "Smolensk", "Islamabad": place-name endings
        return "place" if _PLACE_ENDING.search(name) and not name.isupper() else "organization"
    if any(_SYLLABLE_NAME.match(w) for w in words[1:]) or g.has("given", words[0]):
        return "person"
    if len(words) >= 4:
        particles = sum(w in _CONNECT for w in words)
        common = sum(1 for w in words if (_lex(w.lower()) or "NNP")[:2] in ("NN", "JJ", "VB") and not _name_like(w))
        return "person" if particles and not common and len(words) - particles <= 3 else "organization"
    low = _lex(words[0].lower()) or ""
    if low in ("NN", "JJ", "VBN", "VBG") and not _name_like(words[0]):
        return "other"
    if _lex(words[-1].lower()) == "NNS" and words[-1].endswith("s"):
        return "organization"  # "Apex Shark Expeditions": a plural common noun is not a surname
    return "person"


def _fold(name: str) -> str:
    """Accents removed ("Brudziński" → "Brudzinski") for matching spelling variants."""
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _ambiguous(fulls: list[str]) -> bool:
    """Several different people share the surname ("Thaksin" and "Yingluck Shinawatra"), unlike
    spelling variants of one first name ("Kristin"/"Kristen Wilkins")."""
    from difflib import SequenceMatcher

    firsts = {f.split()[0] for f in fulls}
    return len(firsts) > 1 and any(
        SequenceMatcher(None, a, b).ratio() < 0.75 for a in firsts for b in firsts if a < b
    )


def _surely_person(name: str, hints_by_name: Mapping[str, Counter], g: Gazetteer) -> bool:
    """A full name with a known given name or a strong person cue (title, speech verb)."""
    return g.has("given", name.split()[0]) or hints_by_name[name]["person"] >= 3


_new_counter = partial(Counter.__new__, Counter)  # = Counter(), minus its __init__


def _merge_hints(acc: Counter, hints: Counter) -> None:
    """``acc.update(hints)``: the same counts in the same key order (hints are positive counts),
    without Counter.update's isinstance(Mapping) check."""
    get = acc.get
    for label, n in hints.items():
        acc[label] = get(label, 0) + n


def _resolve(raws: list[_Raw], g: Gazetteer, codebook: Codebook | None) -> list[tuple[_Raw, str, str, str | None]]:
    """Cluster raw mentions into actors; returns (raw, actor, type, group)."""
    if codebook is not None:
        raws = [r for r in raws if not codebook.ignored(r.name)]
    key: dict[int, str] = {}
    # 1. acronyms defined in the text
    acr_map: dict[str, str] = {}
    for r in raws:
        if r.acronym:
            full = r.canonical or (g.lookup(r.acronym) or (None,))[0] or r.name
            r.canonical = full
            acr_map[r.acronym] = full
    # 2. person names with several words: surname (and surname-with-title) aliases
    hints_by_name: dict[str, Counter] = defaultdict(_new_counter)
    for r in raws:
        _merge_hints(hints_by_name[r.canonical or r.name], r.hints)
    # each distinct name's words and accent-folded form, computed once (names recur in an article)
    split_of: dict[str, list[str]] = {}
    fold_of: dict[str, str] = {}
    for r in raws:
        if r.name not in split_of:
            split_of[r.name] = r.name.split()
            fold_of[r.name] = _fold(r.name)
    persons: dict[str, list[str]] = defaultdict(list)  # surname -> full names
    middles: dict[str, set[str]] = defaultdict(set)  # first of two surnames -> full names
    for r in raws:
        words = split_of[r.name]
        if r.canonical or r.adjectival or len(words) < 2 or len(words) > 4:
            continue
        h = hints_by_name[r.name]
        if (h["organization"] >= 3 or h["place"] >= 2 or h["other"] >= 3) and h["person"] <= max(
            h["organization"], h["place"], h["other"]
        ):
            continue
        if not all(_is_cap(w) or w in ("de", "van", "von", "bin", "al", "da", "del", "der", "la", "le") for w in words):
            continue
        if any(w.isupper() and len(w) > 1 and not _INITIALS.match(w) for w in words):
            continue
        if (g.lookup(words[-1]) or ("", ""))[1] in ("place", "organization") and not (
            h["person"] >= 2 or g.has("given", words[0])
        ):
            continue  # "World Wildlife Fund Mexico" is not Mr Mexico; "Valeska Paris" (said) is Ms Paris
        same_last = persons[_fold(words[-1])]
        if r.name not in same_last:
            same_last.append(r.name)
        if len(words) == 3 and not g.has("given", words[1]) and not _INITIALS.match(words[1]) \
                and words[1] not in _CONNECT and len(words[1]) > 2:
            middles[_fold(words[1])].add(r.name)  # "Ricardo Rosselló Nevares" ... "Rosselló"
    for mid, fulls in middles.items():
        if mid not in persons and len(fulls) == 1:
            persons[mid] = sorted(fulls)
    firsts: dict[str, set[str]] = defaultdict(set)
    for names in persons.values():
        for full in names:
            firsts[full.split()[0]].add(full)
    for first, fulls in firsts.items():
        if _fold(first) not in persons and len(fulls) == 1 and not gazetteer_type(g, first):
            persons[_fold(first)] = sorted(fulls)
    # spelling variants of one full name ("Brudziński" / "Brudzinski") share the first spelling
    by_fold: dict[str, str] = {}
    for r in raws:
        if len(split_of[r.name]) >= 2 and not r.canonical:
            by_fold.setdefault(fold_of[r.name], r.name)
    # a two-word name that starts a unique longer person name is that person ("John Luk" / "John Luk Jok")
    all_fulls = sorted({f for fs in persons.values() for f in fs})
    for full in all_fulls:
        longer = [f for f in all_fulls if f.startswith(full + " ")]
        if len(full.split()) == 2 and len(longer) == 1 and _fold(full) not in persons:
            by_fold[_fold(full)] = longer[0]
            persons[_fold(full.split()[-1])] = [longer[0] if x == full else x for x in persons[_fold(full.split()[-1])]]
    # vehicles and works named after their last word ("Space Shuttle Atlantis" ... "Atlantis")
    things: dict[str, set[str]] = defaultdict(set)
    for r in raws:
        words = split_of[r.name]
        if not r.canonical and len(words) >= 2 and hints_by_name[r.name]["other"] >= 3 and _is_cap(words[-1]) \
                and not g.has("other_word", words[-1]) and not words[-1].isupper():
            things[words[-1]].add(r.name)
    for r in raws:
        # persons only gains keys above: a name's fold is looked up there as often as before
        fold = fold_of[r.name]
        one_word = len(split_of[r.name]) == 1
        if r.name in acr_map:
            key[id(r)] = acr_map[r.name]
        elif fold not in persons and len(things.get(r.name, ())) == 1 and not r.canonical:
            key[id(r)] = next(iter(things[r.name]))
        elif fold in persons and _ambiguous(persons[fold]) and not r.adjectival and not r.det \
                and one_word and not r.canonical:
            key[id(r)] = r.name  # "Shinawatra" with two Shinawatras in the story: a person, but which one is open
            r.hints["person"] += 2
        elif fold in persons and not r.adjectival and one_word and (
            not r.det or (r.attributive and _surely_person(persons[fold][0], hints_by_name, g))
        ) and (not r.gaz or r.hints["person"] > 0 or _surely_person(persons[fold][0], hints_by_name, g)):
            key[id(r)] = persons[fold][0]
        else:
            key[id(r)] = r.canonical or by_fold.get(fold, r.name)
    # 3. codebook: any member of a cluster matching an entry maps the whole cluster
    cb_of: dict[str, Any] = {}
    if codebook is not None:
        votes: dict[str, Counter] = defaultdict(Counter)
        for r in raws:
            ent = codebook.resolve(r.name) or codebook.resolve(key[id(r)])
            if ent is not None:
                votes[key[id(r)]][ent.name] += 1
        for k, v in votes.items():
            cb_of[k] = codebook.entries[v.most_common(1)[0][0]]
    # 4. type per cluster
    cluster_hints: dict[str, Counter] = defaultdict(_new_counter)
    ntoks: dict[str, int] = {}
    for r in raws:
        k = key[id(r)]
        _merge_hints(cluster_hints[k], r.hints)
        ntoks[k] = max(ntoks.get(k, 0), r.ntok)
    types: dict[str, str] = {}
    guessed: list[str] = []
    teams: Counter = Counter()
    places: Counter = Counter()
    for r in raws:
        if r.gaz == "place" and not r.adjectival:
            places[key[id(r)]] += 1
            teams[key[id(r)]] += r.team
    for k, h in cluster_hints.items():
        if k in cb_of and cb_of[k].type:
            types[k] = cb_of[k].type
            continue
        gh = g.lookup(k)
        if gh:
            types[k] = gh[1]
            if gh[1] == "place" and teams[k] >= 2 and teams[k] * 2 >= places[k]:
                types[k] = "organization"  # the national team of a match report
            continue
        if h:
            best = max(("person", "organization", "place", "other"), key=lambda t: (h[t], t == "person"))
            if h[best] > 0:
                types[k] = best
                continue
        types[k] = _fallback_type(k, ntoks[k], g)
        guessed.append(k)
    for k in guessed:
        if " " not in k:  # "Blenheim" beside "Blenheim Palace": the type of the longer name
            longer = {types[o] for o in cluster_hints if o.startswith(k + " ")} & {"place", "organization"}
            if len(longer) == 1:
                types[k] = longer.pop()
    out = []
    for r in raws:
        k = key[id(r)]
        ent = cb_of.get(k)
        actor = ent.name if ent is not None else k
        out.append((r, actor, types[k], ent.group if ent is not None else None))
    return out


def _codebook_spans(article: Article, det: _Detector, codebook: Codebook) -> list[_Raw]:
    """Mentions of codebook aliases found verbatim in the text (first letter case-insensitive)."""
    raws: list[_Raw] = []
    text = article.text
    pat, index = _alias_pattern(codebook)
    if pat is None:
        return raws
    for sent_id, start, end, kind, para_id in det.rows:
        for m in pat.finditer(text, start, end):
            entry = index.get(_first_lower(m.group()))
            if entry is None:
                continue
            r = _Raw(m.start(), m.end(), entry.name, sent_id, kind, para_id)
            r.canonical = entry.name
            raws.append(r)
    return raws


def _first_lower(s: str) -> str:
    return s[:1].lower() + s[1:]


_ALIAS_CACHE: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _alias_pattern(codebook: Codebook) -> tuple[re.Pattern[str] | None, dict[str, Any]]:
    """One regex for every alias (longest first, first letter in either case)."""
    hit = _ALIAS_CACHE.get(codebook)
    if hit is not None:
        return hit
    index: dict[str, Any] = {}
    for alias, entry in codebook.aliases():
        if alias.strip():
            index.setdefault(_first_lower(alias), entry)
    if not index:
        out: tuple[re.Pattern[str] | None, dict[str, Any]] = (None, index)
    else:
        alts = [
            "[" + re.escape(a[0].upper()) + re.escape(a[0].lower()) + "]" + re.escape(a[1:])
            for a in sorted(index, key=lambda a: (-len(a), a))
        ]
        out = (re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)"), index)
    _ALIAS_CACHE[codebook] = out
    return out


def actors(
    article: Article,
    *,
    codebook: Codebook | Mapping[str, Any] | str | Path | None = None,
    backend: str = "rules",
    nlp: Any = None,
) -> pd.DataFrame:
    """Mentions of actors (people, organisations, places) in an article, one row per mention.

    Args:
        article: the article.
        codebook: a :class:`~toolkit.entities.codebook.Codebook`, a YAML path or a dict; its aliases are
            found in the text and its names, types and groups win over detection.
        backend: ``"rules"`` (default, no model) or ``"spacy"`` (pass an installed pipeline as
            ``nlp``; its entities replace the rule detector, the rest is the same).
        nlp: a spaCy ``Language`` for ``backend="spacy"``.

    Returns:
        DataFrame sorted by ``start`` with ``actor`` (canonical name), ``type`` (person,
        organization, place, other), ``group`` (from the codebook, else None), ``surface`` (the
        text as written, titles included: "President Macron"), ``start``/``end`` (offsets into
        ``article.text``), ``sent_id``, ``kind`` (title/body/caption) and ``adjectival`` (True for
        demonyms such as "Russian troops" → Russia).

    Example:
        >>> from toolkit import load_article
        >>> actors(load_article("Russian troops massed near Ukraine."))[["actor", "adjectival"]].values.tolist()
        [['Russia', True], ['Ukraine', False]]
    """
    c = _actor_columns(article, codebook=codebook, backend=backend, nlp=nlp)
    # numpy arrays and pd.array(dtype="str"): about twice as fast to assemble as pd.Series columns
    # (group stays a pd.array of objects: a numpy object array of strings would be inferred as "str")
    return pd.DataFrame(
        {
            "actor": pd.array(c["actor"], dtype=_STR),
            "type": pd.array(c["type"], dtype=_STR),
            "group": pd.array(c["group"], dtype="object"),
            "surface": pd.array(c["surface"], dtype=_STR),
            "start": np.array(c["start"], dtype="int64"),
            "end": np.array(c["end"], dtype="int64"),
            "sent_id": np.array(c["sent_id"], dtype="int64"),
            "kind": pd.array(c["kind"], dtype=_STR),
            "adjectival": np.array(c["adjectival"], dtype="bool"),
        }  # keys in MENTION_COLUMNS order: no columns= (reindexing the columns costs ~0.1 ms)
    )


@cached_on_article
def _actor_columns(
    article: Article,
    *,
    codebook: Codebook | Mapping[str, Any] | str | Path | None = None,
    backend: str = "rules",
    nlp: Any = None,
) -> dict[str, list]:
    """The :func:`actors` table as plain lists, one per column in ``MENTION_COLUMNS`` order
    (memoised per article; read-only)."""
    from toolkit.entities.codebook import load_codebook

    cb = load_codebook(codebook) if codebook is not None else None
    g = gazetteer()
    det = _Detector(article, g)
    if backend == "rules":
        spans = [(sid, run, acr, None) for sid in det.toks for run, acr in det.runs(sid)]
    elif backend == "spacy":
        if nlp is None:
            raise ValueError("backend='spacy' needs nlp=<a loaded spaCy Language>")
        spans = _spacy_spans(det, nlp)
    else:
        raise ValueError(f"unknown backend {backend!r} (use 'rules' or 'spacy')")
    raws = _rule_raws(det, spans)
    if cb is not None:
        extra = _codebook_spans(article, det, cb)
        if extra:
            keep = []
            for r in raws:
                inside = [x for x in extra if x.start < r.end and r.start < x.end]
                if inside and not any(r.start <= x.start and x.end <= r.end and (r.end - r.start) > (x.end - x.start) for x in inside):
                    continue
                keep.append(r)
            contained = [x for x in extra if not any(r.start <= x.start and x.end <= r.end for r in keep)]
            raws = keep + contained
    resolved = _resolve(raws, g, cb)
    resolved.sort(key=lambda t: (t[0].start, t[0].end))
    text = article.text
    return {
        "actor": [a for _, a, _, _ in resolved],
        "type": [t for _, _, t, _ in resolved],
        "group": [gr for *_, gr in resolved],
        "surface": [text[r.start : r.end] for r, *_ in resolved],
        "start": [r.start for r, *_ in resolved],
        "end": [r.end for r, *_ in resolved],
        "sent_id": [r.sent_id for r, *_ in resolved],
        "kind": [r.kind for r, *_ in resolved],
        "adjectival": [r.adjectival for r, *_ in resolved],
    }
