"""TextBlob's polarity and subjectivity, exactly and faster: ``TextBlob(text).sentiment``.

:class:`_Pattern` is TextBlob's PatternAnalyzer without its per-call overhead: the same lexicon,
tokenisation rules (cached per whitespace token) and assessment loop, on plain dicts (about 3x
faster). Texts needing TextBlob's sentence-level passes (paragraph breaks, sarcasm marks,
emoticons) go to TextBlob itself; with another TextBlob version whose internals differ,
:func:`_textblob` returns the library's own analyzer (:class:`_LibraryPattern`). Tests check
equality with ``TextBlob(text).sentiment`` on real and random sentences.

Example:
    >>> from textblob import TextBlob
    >>> polarity, subjectivity, assessments = _textblob()("Not a very good idea.")
    >>> [a[0] for a in assessments], (polarity, subjectivity) == TextBlob("Not a very good idea.").sentiment
    ([['not', 'very', 'good']], True)
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from typing import Any

from toolkit.sentiment._records import (
    PW_EMOTICON,
    PW_LABEL,
    PW_LONG,
    PW_LONGER,
    PW_MODIFIER,
    PW_NEGATION,
    PW_PSI,
    PatternWord,
    pw_active,
)

__all__: list[str] = []


@lru_cache(maxsize=1)
def _pattern() -> Any:
    from toolkit._textblob_en import textblob_en

    return textblob_en().sentiment


class _Pattern:
    """TextBlob's PatternAnalyzer without its per-call overhead: the same lexicon, the same
    tokenisation rules (cached per whitespace token) and the same assessment loop, on plain dicts.
    Texts whose tokenisation needs the sentence-level passes (paragraph breaks, sarcasm marks,
    emoticons) go to TextBlob itself. Tests check equality with ``TextBlob(text).sentiment``."""

    def __init__(self) -> None:
        from toolkit._textblob_en import textblob_text

        tt = textblob_text()

        sent = _pattern()
        len(sent)  # load the lexicon
        self.lex: dict[str, dict[Any, Any]] = {
            k: dict.__getitem__(sent, k) for k in dict.keys(sent)
        }
        self.labeler: dict[str, str] = dict(sent.labeler)
        self.negations = tuple(sent.negations)
        self.modifiers = tuple(sent.modifiers)
        self.tt = tt
        self.punct_lead = tuple(tt.PUNCTUATION.replace(".", ""))
        self.punct_tail = self.punct_lead + (".",)
        self.replace = tt.replacements
        if not all("'" in a for a in self.replace):
            raise TypeError("unexpected TextBlob replacements")  # _raw_token relies on them
        self.emoticons = [
            (p, {e.lower() for e in es}, typ) for (typ, p), es in tt.EMOTICONS.items()
        ]
        self.token_cache: dict[str, tuple[str, ...]] = {}  # piece -> tokens
        self.raw_cache: dict[
            str, tuple[tuple[str, ...], tuple[str, ...]]
        ] = {}  # whitespace token -> tokens
        self.word_cache: dict[str, tuple[Any, ...]] = {}  # token -> what assessments() asks
        self.fallback = sent
        # A sarcasm mark "(!)" or an emoticon (its characters with optional spaces between them,
        # before whitespace or the end) in the joined tokens needs a token with one of
        # ``mark_chars`` or a token ending in a character of ``mark_ends``: "(!)" has "!"; an emoticon
        # has one of the (rare in news) characters below, or else its last character ends a token.
        emos = [e for es in tt.EMOTICONS.values() for e in es]
        want = "(" + "|".join(r" ?".join(map(re.escape, e)) for e in emos) + r")($|\s)"
        if tt.RE_SARCASM.pattern != r"\( ?\! ?\)" or tt.RE_EMOTICONS.pattern != want:
            raise TypeError("unexpected TextBlob emoticon patterns")
        rare = frozenset("!♥°{}_<>*=/\\^[];:)")
        self.mark_chars = rare
        # a token ends in c when the joined tokens plus " " contain c + " "
        self.mark_last = tuple({e[-1] for e in emos if rare.isdisjoint(e)})
        self.mark_ends = tuple(c + " " for c in self.mark_last)

    def _split(self, t: str) -> list[str]:
        tt = self.tt
        out: list[str] = []
        tail: list[str] = []
        punctuation = self.punct_lead
        replace = self.replace
        abbreviations = tt.ABBREVIATIONS
        while t.startswith(punctuation) and t not in replace:
            out.append(t[0])
            t = t[1:]
        while t.endswith(self.punct_tail) and t not in replace:
            if t.endswith(punctuation):
                tail.append(t[-1])
                t = t[:-1]
            if t.endswith("..."):
                tail.append("...")
                t = t[:-3].rstrip(".")
            if t.endswith("."):
                if (
                    t in abbreviations
                    or tt.RE_ABBR1.match(t) is not None
                    or tt.RE_ABBR2.match(t) is not None
                    or tt.RE_ABBR3.match(t) is not None
                ):
                    break
                tail.append(t[-1])
                t = t[:-1]
        if t != "":
            out.append(t)
        out.extend(reversed(tail))
        return out

    def _raw_token(self, t: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """TextBlob's tokens of one whitespace token ``t`` and their lower case.

        The replacements and quote spacing of :meth:`tokens` contain no whitespace, so applying them
        to each whitespace token and splitting gives the same tokens as applying them to the text.
        """
        # Every replacement contains "'" (checked in __init__) and the quote spacing only touches
        # quotes: an ASCII token without ' or " is left as it is.
        if not t.isascii() or "'" in t or '"' in t:
            for a, b in self.replace.items():
                if a in t:
                    t = t.replace(a, b)
            t = t.replace("“", " “ ").replace("”", " ” ").replace("‘", " ‘ ").replace("’", " ’ ")
            t = t.replace("'", " ' ").replace('"', ' " ')
        cache = self.token_cache
        toks: list[str] = []
        for piece in t.split():
            r = cache.get(piece)
            if r is None:
                r = tuple(self._split(piece))
                if len(cache) < 200_000:
                    cache[piece] = r
            toks.extend(r)
        return tuple(toks), tuple(" ".join(toks).lower().split())

    def tokens(self, s: str) -> list[str] | None:
        """Lower-cased tokens as TextBlob's sentiment sees them, or None (use TextBlob)."""
        if "\n" in s or "\r" in s:
            return None
        cache = self.raw_cache
        toks: list[str] = []
        low: list[str] = []
        for t in s.split():
            r = cache.get(t)
            if r is None:
                r = self._raw_token(t)
                if len(cache) < 200_000:
                    cache[t] = r
            toks.extend(r[0])
            low.extend(r[1])
        joined = " ".join(toks)
        tt = self.tt
        if tt.RE_SARCASM.search(joined) or tt.RE_EMOTICONS.search(joined):
            return None
        return low

    def _word(self, w: str) -> PatternWord:
        """What :meth:`assessments` asks about a token (cached)."""
        info = self.word_cache.get(w)
        if info is None:
            e = self.lex.get(w)
            psi = e[None] if e is not None and None in e else None
            is_mod = psi is not None and any(map(e.__contains__, self.modifiers))  # type: ignore[union-attr]
            is_neg = w in self.negations
            emo = None
            if w.isalpha() is False and len(w) <= 5 and w not in self.tt.PUNCTUATION:
                for p, es, _ in self.emoticons:
                    if w in es:
                        emo = p
                        break
            active = psi is not None or is_neg or w == "!" or w == "(!)" or emo is not None
            # a PatternWord, as a plain tuple literal (see toolkit.sentiment._records):
            # psi, modifier, label, negation, long, longer, emoticon, active
            info = (psi, is_mod, self.labeler.get(w), is_neg, len(w.strip("'")) > 1, len(w) > 2, emo, active)
            if len(self.word_cache) < 200_000:
                self.word_cache[w] = info
        return info

    def assessments(self, words: list[str]) -> list[tuple[list[str], float, float, Any]]:
        wc = self.word_cache
        infos = list(map(wc.get, words))
        if None in infos:
            infos = [f or self._word(w) for f, w in zip(infos, words, strict=True)]
        return self._assess(words, infos)

    def _assess(
        self, words: list[str], infos: list[PatternWord]
    ) -> list[tuple[list[str], float, float, Any]]:
        # TextBlob's assessment loop; an assessment is [words, polarity, subjectivity, intensity,
        # negated (-1) or not (1), label]. A word that is not "active" (see _word) changes
        # nothing while no modifier or negation is pending, so the loop jumps to the next active
        # word then.
        a: list[list[Any]] = []
        m: str | None = None  # pending modifier word
        n: str | None = None  # pending negation word
        active = list(compress(range(len(words)), map(pw_active, infos)))
        n_act = len(active)
        n_words = len(words)
        i = 0
        p = 0  # position in active
        while True:
            if m is None and n is None:
                while p < n_act and active[p] < i:
                    p += 1
                if p == n_act:
                    break
                i = active[p]
            elif i >= n_words:
                break
            w = words[i]
            f = infos[i]
            i += 1
            psi = f[PW_PSI]
            if psi is not None:
                ps, s, it = psi
                if m is None:
                    a.append([[w], ps, s, it, 1, f[PW_LABEL]])
                else:
                    last = a[-1]
                    last[0].append(w)
                    last[1] = max(-1.0, min(ps * last[3], +1.0))
                    last[2] = max(-1.0, min(s * last[3], +1.0))
                    last[3] = it
                    last[5] = f[PW_LABEL]
                if n is not None:
                    last = a[-1]
                    last[0].insert(0, n)
                    last[3] = 1.0 / last[3]
                    last[4] = -1
                m = None
                n = None
                if f[PW_MODIFIER]:
                    m = w
                if f[PW_NEGATION]:
                    n = w
            else:
                if f[PW_NEGATION]:
                    n = w
                elif n is not None and f[PW_LONG]:
                    n = None
                if n is not None and m is not None and m.endswith("ly"):
                    a[-1][0].append(n)
                    a[-1][4] = -1
                    n = None
                elif m is not None and f[PW_LONGER]:
                    m = None
                if w == "!" and len(a) > 0:
                    a[-1][0].append("!")
                    a[-1][1] = max(-1.0, min(a[-1][1] * 1.25, +1.0))
                if w == "(!)":
                    a.append([[w], 0.0, 1.0, 1.0, 1, self.tt.IRONY])
                if f[PW_EMOTICON] is not None:
                    a.append([[w], f[PW_EMOTICON], 1.0, 1.0, 1, self.tt.MOOD])
        return [(d[0], d[1] * -0.5 if d[4] < 0 else d[1], d[2], d[5]) for d in a]

    @staticmethod
    def _sums(
        ass: list[tuple[list[str], float, float, Any]],
    ) -> tuple[float, float, list[tuple[list[str], float, float, Any]]]:
        sp = 0
        ss = 0
        for _, p, s, _ in ass:
            sp += p
            ss += s
        k = float(len(ass) or 1)
        return sp / k, ss / k, ass

    def __call__(self, text: str) -> tuple[float, float, list[tuple[list[str], float, float, Any]]]:
        words = self.tokens(text)
        if words is None:
            r = self.fallback(text)
            return r[0], r[1], r.assessments
        return self._sums(self.assessments(words))


class _LibraryPattern:
    """TextBlob's own analyzer (used if its internals differ from what :class:`_Pattern` expects)."""

    def __init__(self) -> None:
        self.fallback = sent = _pattern()
        len(sent)  # load the lexicon
        self.lex = {k: dict.__getitem__(sent, k) for k in dict.keys(sent)}
        self.negations = tuple(sent.negations)

    def __call__(self, text: str) -> tuple[float, float, list[tuple[list[str], float, float, Any]]]:
        r = self.fallback(text)
        return r[0], r[1], r.assessments


@lru_cache(maxsize=1)
def _textblob() -> _Pattern | _LibraryPattern:
    try:
        return _Pattern()
    except (
        AttributeError,
        ImportError,
        TypeError,
    ):  # another TextBlob version: stay exact, be slower
        return _LibraryPattern()
