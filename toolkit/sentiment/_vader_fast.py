"""VADER's compound score, exactly and faster: ``SentimentIntensityAnalyzer.polarity_scores``.

The same lexicon, rules and constants as vaderSentiment (loaded from the library), applied to
cached word records (:class:`toolkit.sentiment._records.Token`, built by
:mod:`toolkit.sentiment.tone_model`) instead of re-deriving everything per occurrence. It also
keeps each word's valence (and, on request, the rules applied to it) for explanations. Tests
check equality with the library on real and random sentences.

Curly quotes are straightened first (:func:`normalise_quotes`): VADER cannot strip them and
scores ``“good background”`` as 0.

Example:
    >>> from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    >>> from toolkit.sentiment.tone_model import _scan
    >>> text = "The food was good, but the service was terrible."
    >>> _, _, vals, scored = _scan(text)
    >>> [round(v, 2) for v in vals if v]  # "good" and "terrible", after the contrast rule of "but"
    [0.95, -3.15]
    >>> _vader_compound(vals, scored) == SentimentIntensityAnalyzer().polarity_scores(text)["compound"]
    True
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, compress
from typing import TYPE_CHECKING

from toolkit.sentiment._records import (
    TOK_INFO,
    TOK_LOWER,
    TOK_UPPER,
    W_BOOSTER,
    W_VADER_NEGATOR,
    W_VALENCE,
    tok_context,
    tok_upper,
    tok_vader_valued,
)

if TYPE_CHECKING:
    from toolkit.sentiment._records import Token

__all__ = ["normalise_quotes"]

# Curly quotes -> straight quotes (same length, so offsets are kept).
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "′": "'"})


def normalise_quotes(text: str) -> str:
    """Straighten curly quotes and apostrophes (one character for one, offsets unchanged).

    Example:
        >>> normalise_quotes("a “good” day, isn’t it")
        'a "good" day, isn\\'t it'
    """
    return text.translate(_QUOTES)


class _Vader:
    """Lexicon and constants of vaderSentiment, loaded once."""

    def __init__(self) -> None:
        from vaderSentiment import vaderSentiment as V

        sia = V.SentimentIntensityAnalyzer()
        self.lexicon: dict[str, float] = sia.lexicon
        self.emojis: dict[str, str] = sia.emojis
        self.booster: dict[str, float] = V.BOOSTER_DICT
        self.negate: frozenset[str] = frozenset(V.NEGATE)
        self.special: dict[str, float] = V.SPECIAL_CASES
        self.n_scalar: float = V.N_SCALAR
        self.c_incr: float = V.C_INCR
        self.punct = __import__("string").punctuation


@lru_cache(maxsize=1)
def _vader() -> _Vader:
    return _Vader()


def _but_check(low: list[str], sentiments: list[float]) -> list[float]:
    # Verbatim logic of VADER's _but_check (including its first-equal-value quirk).
    bi = low.index("but")
    for sentiment in sentiments:
        si = sentiments.index(sentiment)
        if si < bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 0.5)
        elif si > bi:
            sentiments.pop(si)
            sentiments.insert(si, sentiment * 1.5)
    return sentiments


# Word-level caches. Everything VADER and the tone features ask about a word is a pure function of


@lru_cache(maxsize=1)
def _context_words() -> frozenset[str]:
    """Words that :func:`_valences` looks for around a lexicon word, besides boosters and negators.

    Every idiom and multi-word booster key has at least one of its words here (its words other
    than "the", "of", "to", "for"), so no key can match in a window without one of them.
    """
    vd = _vader()
    out = {"no", "never", "without", "so", "this", "least", "kind"}
    for key in chain(vd.special, vd.booster):
        words = key.split()
        if len(words) > 1 or key in vd.special:
            out.update([w for w in words if w not in ("the", "of", "to", "for")] or words)
    return frozenset(out)


def _replace_emojis(text: str) -> str:
    """``text`` with VADER's emojis replaced by their descriptions, as ``polarity_scores`` does;
    ``text`` itself (the same object) when it has none."""
    vd = _vader()
    if text.isascii() or vd.emojis.keys().isdisjoint(text):  # no emoji character in text
        return text
    out: list[str] = []
    prev = True
    for ch in text:
        if ch in vd.emojis:
            if not prev:
                out.append(" ")
            out.append(vd.emojis[ch])
            prev = False
        else:
            out.append(ch)
            prev = ch == " "
    return "".join(out).strip()


def _valences(
    recs: list[Token], low: list[str], trace: list[set[str]] | None = None
) -> list[float]:
    """VADER's word valences (``sentiments`` of ``polarity_scores``) from the token records."""
    vd = _vader()
    lex, boost = vd.lexicon, vd.booster
    n = len(recs)
    ns = vd.n_scalar
    c_incr = vd.c_incr
    capdiff: bool | None = None  # computed when first needed (only for words in capitals)

    def with_caps(valence: float) -> tuple[float, bool]:
        """VADER's caps rule for a word in capitals: (valence, whether it applied)."""
        nonlocal capdiff
        if capdiff is None:
            capdiff = 0 < n - sum(map(tok_upper, recs)) < n
        if capdiff:
            return (valence + c_incr if valence > 0 else valence - c_incr), True
        return valence, False

    sents: list[float] = [0] * n  # words without valence count as int 0, as in VADER
    t0 = 0
    if trace is not None:
        t0 = len(trace)
        trace.extend(set() for _ in range(n))
    # Context words (boosters, negators, "no", "least", idiom words ...; _context_words) decide
    # every rule below but caps. With none from three words before to two after a lexicon word,
    # no rule applies (the boosters' sc stays 0.0, and v0 + 0.0 == v0: no lexicon valence is
    # 0), so its valence is v0, adjusted for caps.
    ctx = list(map(tok_context, recs))
    any_ctx = trace is not None or True in ctx
    # Only lexicon words (not boosters) get a valence; the others stay 0.
    for i in compress(range(n), map(tok_vader_valued, recs)):
        rec = recs[i]
        if not any_ctx or (trace is None and True not in ctx[max(0, i - 3) : i + 3]):
            sents[i] = with_caps(rec[TOK_INFO][W_VALENCE])[0] if rec[TOK_UPPER] else rec[TOK_INFO][W_VALENCE]
            continue
        lw = rec[TOK_LOWER]
        if lw == "kind" and i < n - 1 and low[i + 1] == "of":
            continue
        v0 = rec[TOK_INFO][W_VALENCE]
        rules: set[str] | None = trace[t0 + i] if trace is not None else None
        valence = v0
        if lw == "no" and i != n - 1 and low[i + 1] in lex:
            valence = 0.0
        if (
            (i > 0 and low[i - 1] == "no")
            or (i > 1 and low[i - 2] == "no")
            or (i > 2 and low[i - 3] == "no" and low[i - 1] in ("or", "nor"))
        ):
            valence = v0 * ns
            if rules is not None:
                rules.add("negation")
        if rec[TOK_UPPER]:
            valence, capped = with_caps(valence)
            if capped and rules is not None:
                rules.add("caps")
        for st in range(3):
            if i > st and recs[i - st - 1][TOK_INFO][W_VALENCE] is None:  # previous word not in the lexicon
                prec = recs[i - st - 1]
                pw = prec[TOK_LOWER]
                sc = 0.0
                if prec[TOK_INFO][W_BOOSTER]:
                    sc = boost[pw]
                    if valence < 0:
                        sc = -sc
                    if prec[TOK_UPPER]:
                        if capdiff is None:
                            n_up = sum(map(tok_upper, recs))
                            capdiff = 0 < n - n_up < n
                        if capdiff:
                            sc = sc + c_incr if valence > 0 else sc - c_incr
                    if st == 1:
                        sc *= 0.95
                    elif st == 2:
                        sc *= 0.9
                    if rules is not None and sc != 0:
                        rules.add("intensifier")
                valence += sc
                before = valence
                if st == 0:
                    if prec[TOK_INFO][W_VADER_NEGATOR]:  # pw in NEGATE or "n't" in pw
                        valence *= ns
                elif st == 1:
                    if low[i - 2] == "never" and low[i - 1] in ("so", "this"):
                        valence *= 1.25
                    elif low[i - 2] == "without" and low[i - 1] == "doubt":
                        pass
                    elif prec[TOK_INFO][W_VADER_NEGATOR]:
                        valence *= ns
                else:
                    if (low[i - 3] == "never" and low[i - 2] in ("so", "this")) or low[i - 1] in (
                        "so",
                        "this",
                    ):
                        valence *= 1.25
                    elif low[i - 3] == "without" and (
                        low[i - 2] == "doubt" or low[i - 1] == "doubt"
                    ):
                        pass
                    elif prec[TOK_INFO][W_VADER_NEGATOR]:
                        valence *= ns
                if rules is not None and valence != before:
                    rules.add("negation" if valence * before < 0 else "intensifier")
                if st == 2:
                    valence = _idioms(valence, low, i, n, vd, rules)
        if i > 1 and low[i - 1] not in lex and low[i - 1] == "least":
            if low[i - 2] != "at" and low[i - 2] != "very":
                valence *= ns
                if rules is not None:
                    rules.add("negation")
        elif i > 0 and low[i - 1] not in lex and low[i - 1] == "least":
            valence *= ns
            if rules is not None:
                rules.add("negation")
        sents[i] = valence
    if "but" in low:
        sents = _but_check(low, sents)
        if trace is not None:
            bi = low.index("but")
            for j, v in enumerate(sents):
                if v and j != bi:
                    trace[j].add("contrast")
    return sents


def _idioms(
    valence: float, low: list[str], i: int, n: int, vd: _Vader, rules: set[str] | None
) -> float:
    special = vd.special
    lw = low[i]
    seqs = (
        low[i - 1] + " " + lw,
        low[i - 2] + " " + low[i - 1] + " " + lw,
        low[i - 2] + " " + low[i - 1],
        low[i - 3] + " " + low[i - 2] + " " + low[i - 1],
        low[i - 3] + " " + low[i - 2],
    )
    for sq in seqs:
        if sq in special:
            valence = special[sq]
            if rules is not None:
                rules.add("idiom")
            break
    if n - 1 > i:
        z = lw + " " + low[i + 1]
        if z in special:
            valence = special[z]
    if n - 1 > i + 1:
        z = lw + " " + low[i + 1] + " " + low[i + 2]
        if z in special:
            valence = special[z]
    for ng in (seqs[3], seqs[4], seqs[2]):
        if ng in vd.booster:
            valence += vd.booster[ng]
    return valence


def _vader_compound(sents: Sequence[float], text: str) -> float:
    """VADER's compound from word valences (punctuation emphasis, normalisation, rounding)."""
    if not sents:
        return 0.0
    s = float(sum(sents))
    q = text.count("?")
    amp = min(text.count("!"), 4) * 0.292 + (0 if q <= 1 else (q * 0.18 if q <= 3 else 0.96))
    if s > 0:
        s += amp
    elif s < 0:
        s -= amp
    c = s / math.sqrt(s * s + 15)
    return round(max(-1.0, min(1.0, c)), 4)
