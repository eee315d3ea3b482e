"""Sentence-level tone: TextBlob, VADER and Presslens' own news-tone score, with aggregates.

Three scorers per sentence:

* ``polarity`` / ``subjectivity`` — TextBlob's PatternAnalyzer, exactly ``TextBlob(text).sentiment``:
  the same lexicon, tokenisation rules and assessment loop re-implemented on plain dicts with a
  per-token cache (about 3x faster than TextBlob; texts needing TextBlob's sentence passes go to
  TextBlob itself; tests check equality on thousands of sentences and random strings).
* ``vader`` — VADER's compound score of the text with curly quotes straightened first (VADER
  scores ``“good background”`` as 0 because it cannot strip curly quotes). Computed by an exact,
  faster re-implementation of ``SentimentIntensityAnalyzer.polarity_scores`` that also keeps each
  word's valence for explanations (tests check equality with the library).
* ``tone`` — the news-tone score in [-1, 1]: the *mean rating human news readers would give on the
  -4..4 scale, divided by 4* (a regression prediction whose spread is calibrated to the spread of
  the human ratings, clipped to [-1, 1]). It is a linear model (``toolkit/data/tone_model.json``, made by
  ``benchmarks/train_tone.py``) over features that are all sums of word-level terms:

  - VADER valences (after VADER's negation, intensifier, contrast and caps rules; words VADER
    lacks count with the valence of their base form, "deaths" as "death"), split into negative
    and positive sums and squashed (``x / sqrt(x² + a)``), plus VADER's compound;
  - TextBlob's assessments (negative and positive parts of its mean polarity);
  - news cue words (``should``, ``too``, ``despite``, ``claim``, ``why``, ``?`` …) that human readers
    of editorials read as critical or hedged, and two a-priori word lists that neither lexicon
    covers: news hazards (``epidemic``, ``layoffs``, ``sanctions`` …) and benefits (``ceasefire``,
    ``recovery``, ``vaccine`` …);
  - harm reversal: the negative valences named after a harm-reversing word ("prevent fraud",
    "cure cancer", "reduce traffic"; :data:`HARM_REVERSERS`), which readers read as good news;
  - news-specific re-weighting of lexicon words that news uses neutrally ("Supreme Court",
    "Security Council", "health care", "special interests": VADER scores them positive).

  Weights: ridge regression on the human ratings of ``nyt_dev.tsv`` (and, down-weighted, the
  tweets, movie and Amazon sets), 5-fold cross-validation grouped by editorial, spread calibrated
  so that tone/4 has the spread of human ratings. Cross-validated Pearson r (mean over 5 fold
  seeds, sd ≤ 0.002): NYT 0.568 (VADER 0.511), tweets 0.877 (0.872), movies 0.504 (0.427), Amazon
  0.645 (0.590); ``.venv/bin/python benchmarks/train_tone.py --cv-only --seeds 5``.

  Every feature is split back onto the words that formed it, so :func:`toolkit.sentiment.explain.explain_tone`
  shows exactly how each ``tone`` was formed (the contributions add up to ``tone`` before clipping).

``label`` is ``negative`` if ``tone < -0.125``, ``positive`` if ``tone > 0.125``, else ``neutral``
(0.125 = a human mean rating of ±0.5 on the -4..4 scale).

Aggregation: ``title`` and ``body`` sentences count (a headline's framing is part of the article's
tone); ``caption`` sentences only with ``include_captions=True``; ``credit`` and ``boilerplate``
never. Excluded sentences are still scored.

Example:
    >>> from toolkit import load_article
    >>> art = load_article("Talks fail\\n\\nThe talks failed. Officials were not hopeful.")
    >>> tone(art)[["sent_id", "kind", "label"]].values.tolist()
    [[0, 'title', 'negative'], [1, 'body', 'negative'], [2, 'body', 'negative']]
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache, reduce
from itertools import chain, compress
from operator import itemgetter, or_
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from toolkit._memo import cached_on_article

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = [
    "tone",
    "tone_summary",
    "score_texts",
    "normalise_quotes",
    "TONE_COLUMNS",
    "SUMMARY_COLUMNS",
    "SCORE_COLUMNS",
    "NEUTRAL_BAND",
    "AGGREGATED_KINDS",
    "label_for",
]

#: ``|tone|`` at or below this is ``neutral`` (a human mean rating of ±0.5 on -4..4, divided by 4).
NEUTRAL_BAND = 0.125
#: Sentence kinds that count in aggregates by default (captions with ``include_captions=True``).
AGGREGATED_KINDS = ("title", "body")
#: Columns of :func:`score_texts`.
SCORE_COLUMNS = ["polarity", "subjectivity", "vader", "tone"]
#: Columns of :func:`tone`.
TONE_COLUMNS = [
    "sent_id", "para_id", "kind", "start", "end", "text", "polarity", "subjectivity", "vader",
    "tone", "label", "excluded", "in_quote", "voice",
]  # fmt: skip
#: Columns of :func:`tone_summary`.
SUMMARY_COLUMNS = [
    "level", "para_id", "kind", "excluded", "n_sentences", "n_chars", "tone", "polarity", "vader",
    "share_negative", "share_neutral", "share_positive", "most_negative_id", "most_negative_text",
    "most_negative_tone", "most_positive_id", "most_positive_text", "most_positive_tone",
    "tone_quote", "tone_reporter", "n_quote", "n_reporter",
]  # fmt: skip

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "tone_model.json"

# Curly quotes -> straight quotes (same length, so offsets are kept).
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "′": "'"})


def normalise_quotes(text: str) -> str:
    """Straighten curly quotes and apostrophes (one character for one, offsets unchanged).

    Example:
        >>> normalise_quotes("a “good” day, isn’t it")
        'a "good" day, isn\\'t it'
    """
    return text.translate(_QUOTES)


def label_for(value: float, band: float = NEUTRAL_BAND) -> str:
    """``negative`` / ``neutral`` / ``positive`` for a score, with a symmetric neutral band."""
    if value < -band:
        return "negative"
    if value > band:
        return "positive"
    return "neutral"


# --------------------------------------------------------------------------- VADER (exact, fast)
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
# the word, so it is computed once per distinct word (not once per occurrence and scorer), and a
# sentence is then mostly handled by C-level passes (map/compress) over the cached records.
_CACHE_MAX = 200_000
#: Lower-cased VADER word -> _WordInfo:
#: 0 VADER valence or None, 1 booster word, 2 VADER negator (in NEGATE or contains "n't"),
#: 3 tone-feature negator (the same or "no"), 4 harm reverser, 5 in VADER's lexicon or boosters,
#: 6 valence of the base form (:func:`_backoff_valence`; 0.0 for lexicon/booster words),
#: 7 news hazard, 8 news benefit, 9 VADER gives it a valence (in the lexicon, not a booster),
#: 10 the feature loop must look at it (a lexicon word, or an unknown word with a base-form
#: valence, hazard or benefit; every other word adds nothing there), 11 a VADER context word
#: (:func:`_context_word`: within three words before or two after a lexicon word it can change
#: that word's valence; when none is that close, the valence is the lexicon's, caps aside).
_WordInfo = tuple[float | None, bool, bool, bool, bool, bool, float, bool, bool, bool, bool, bool]
_WORDS: dict[str, _WordInfo] = {}
#: Whitespace token of a quote-normalised text -> _Token:
#: 0 VADER word (punctuation stripped unless that leaves <= 2 characters), 1 its lower case,
#: 2 isupper, 3 _WordInfo, 4 number of cue tokens, 5 distinct cue tokens (plus "n't" if one of
#: them ends in "n't"), 6 the cues of 5 that have a model weight, 7/8/9/10 copies of _WordInfo
#: 9/10/4/11 (for ``operator.itemgetter``), 11 the bits _F_FEATURE (8 is true) and _F_CUE (6 is
#: not empty) of the flags of a _Raw record. Records hold only tuples and atoms, so the garbage collector
#: stops tracking them (caches of lists or sets make every full collection slower).
_Token = tuple[str, str, bool, _WordInfo, int, tuple[str, ...], tuple[str, ...], bool, bool, bool, bool, int]
_TOKENS: dict[str, _Token] = {}
_I0, _I1, _I2, _I3, _I4, _I5, _I6, _I7, _I8, _I9, _I10 = map(itemgetter, range(11))


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


def _word_info(lw: str) -> _WordInfo:
    info = _WORDS.get(lw)
    if info is None:
        vd = _vader()
        lex, boost = vd.lexicon, vd.booster
        v0 = lex.get(lw)
        booster = lw in boost
        vneg = lw in vd.negate or "n't" in lw
        known = v0 is not None or booster
        bv = 0.0 if known else _backoff_of(lw, lex)  # kept here, not also in _BACKOFF
        hazard, benefit = lw in NEWS_HAZARDS, lw in NEWS_BENEFITS
        info = (
            v0, booster, vneg, vneg or lw == "no", lw in HARM_REVERSERS, known, bv, hazard, benefit,
            v0 is not None and not booster, v0 is not None or (not known and bool(bv or hazard or benefit)),
            booster or vneg or v0 == 0 or lw in _context_words(),
        )  # fmt: skip
        if len(_WORDS) < _CACHE_MAX:
            _WORDS[lw] = info
    return info


def _token(t: str) -> _Token:
    rec = _TOKENS.get(t)
    if rec is None:
        if t.isascii() and t.isalpha():  # the common case, same result as the general one below
            lw = t.lower()
            info = _WORDS.get(lw) or _word_info(lw)
            cues: tuple[str, ...] = (lw,)
            weighted = cues if lw in _cue_keys() else ()  # the intersection below, for one cue
            flags = (_F_FEATURE if info[10] else 0) | (_F_CUE if weighted else 0)
            rec = (t, lw, t.isupper(), info, 1, cues, weighted, info[9], info[10], info[4], info[11], flags)
        else:
            s = t.strip(_vader().punct)
            w = t if len(s) <= 2 else s
            lw = w.lower()
            # Cue tokens never contain whitespace, so findall on each token of a text finds
            # exactly what findall on the whole text finds (``lower`` is per character).
            lt = t.lower()
            toks = _CUE_TOKEN.findall(lt)
            distinct = dict.fromkeys(toks)
            if "n't" in lt and any(c.endswith("n't") for c in toks):
                distinct["n't"] = None
            cues = tuple(distinct)
            info = _word_info(lw)
            weighted = tuple(_cue_keys().intersection(cues))  # order is irrelevant: used as a set
            flags = (_F_FEATURE if info[10] else 0) | (_F_CUE if weighted else 0)
            rec = (w, lw, w.isupper(), info, len(toks), cues, weighted, info[9], info[10], info[4], info[11], flags)
        if len(_TOKENS) < _CACHE_MAX:
            _TOKENS[t] = rec
    return rec


def _tokens_of(text: str) -> list[_Token]:
    """Token records of ``text.split()`` (a C-level pass when all are cached)."""
    parts = text.split()
    recs = list(map(_TOKENS.get, parts))
    if None in recs:
        recs = [r or _token(t) for r, t in zip(recs, parts, strict=True)]
    return recs  # type: ignore[return-value]


def _scan(
    text: str, trace: list[set[str]] | None = None
) -> tuple[list[_Token], list[str], list[float], str]:
    """VADER on ``text``: (token records, lower-cased words, valences, text actually scored).

    The text actually scored is ``text`` itself (the same object) unless emojis were replaced
    by their descriptions.
    """
    vd = _vader()
    if not text.isascii() and not vd.emojis.keys().isdisjoint(text):  # an emoji character in text
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
        text = "".join(out).strip()
    recs = _tokens_of(text)
    low = list(map(_I1, recs))
    return recs, low, _valences(recs, low, trace), text


def _valences(recs: list[_Token], low: list[str], trace: list[set[str]] | None = None) -> list[float]:
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
            capdiff = 0 < n - sum(map(_I2, recs)) < n
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
    ctx = list(map(_I10, recs))
    any_ctx = trace is not None or True in ctx
    # Only lexicon words (not boosters) get a valence; the others stay 0.
    for i in compress(range(n), map(_I7, recs)):
        rec = recs[i]
        if not any_ctx or (trace is None and True not in ctx[max(0, i - 3) : i + 3]):
            sents[i] = with_caps(rec[3][0])[0] if rec[2] else rec[3][0]
            continue
        lw = rec[1]
        if lw == "kind" and i < n - 1 and low[i + 1] == "of":
            continue
        v0 = rec[3][0]
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
        if rec[2]:
            valence, capped = with_caps(valence)
            if capped and rules is not None:
                rules.add("caps")
        for st in range(3):
            if i > st and recs[i - st - 1][3][0] is None:  # previous word not in the lexicon
                prec = recs[i - st - 1]
                pw = prec[1]
                sc = 0.0
                if prec[3][1]:  # a booster
                    sc = boost[pw]
                    if valence < 0:
                        sc = -sc
                    if prec[2]:
                        if capdiff is None:
                            n_up = sum(map(_I2, recs))
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
                    if prec[3][2]:  # pw in NEGATE or "n't" in pw
                        valence *= ns
                elif st == 1:
                    if low[i - 2] == "never" and low[i - 1] in ("so", "this"):
                        valence *= 1.25
                    elif low[i - 2] == "without" and low[i - 1] == "doubt":
                        pass
                    elif prec[3][2]:
                        valence *= ns
                else:
                    if (low[i - 3] == "never" and low[i - 2] in ("so", "this")) or low[i - 1] in (
                        "so",
                        "this",
                    ):
                        valence *= 1.25
                    elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                        pass
                    elif prec[3][2]:
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


def _vader_scan(
    text: str, trace: list[set[str]] | None = None
) -> tuple[list[str], list[float], str]:
    """VADER's word valences for ``text``: (words, valences, text actually scored).

    Identical to ``SentimentIntensityAnalyzer.polarity_scores`` up to the valence list. With
    ``trace`` (an empty list), one set per word records the rules applied: ``negation``,
    ``intensifier``, ``contrast``, ``caps``, ``idiom``.
    """
    recs, _, sents, scored = _scan(text, trace)
    return list(map(_I0, recs)), sents, scored


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


# --------------------------------------------------------------------------- TextBlob (exact)
@lru_cache(maxsize=1)
def _pattern() -> Any:
    from textblob.en import sentiment

    return sentiment


class _Pattern:
    """TextBlob's PatternAnalyzer without its per-call overhead: the same lexicon, the same
    tokenisation rules (cached per whitespace token) and the same assessment loop, on plain dicts.
    Texts whose tokenisation needs the sentence-level passes (paragraph breaks, sarcasm marks,
    emoticons) go to TextBlob itself. Tests check equality with ``TextBlob(text).sentiment``."""

    def __init__(self) -> None:
        from textblob import _text as tt

        sent = _pattern()
        len(sent)  # load the lexicon
        self.lex: dict[str, dict[Any, Any]] = {k: dict.__getitem__(sent, k) for k in dict.keys(sent)}
        self.labeler: dict[str, str] = dict(sent.labeler)
        self.negations = tuple(sent.negations)
        self.modifiers = tuple(sent.modifiers)
        self.tt = tt
        self.punct_lead = tuple(tt.PUNCTUATION.replace(".", ""))
        self.punct_tail = self.punct_lead + (".",)
        self.replace = tt.replacements
        if not all("'" in a for a in self.replace):
            raise TypeError("unexpected TextBlob replacements")  # _raw_token relies on them
        self.emoticons = [(p, {e.lower() for e in es}, typ) for (typ, p), es in tt.EMOTICONS.items()]
        self.token_cache: dict[str, tuple[str, ...]] = {}  # piece -> tokens
        self.raw_cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}  # whitespace token -> tokens
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

    def _word(self, w: str) -> tuple[Any, bool, Any, bool, bool, bool, float | None, bool]:
        """What :meth:`assessments` asks about a token: ((polarity, subjectivity, intensity) or
        None, modifier, label, negation, ``len(w.strip("'")) > 1``, ``len(w) > 2``, emoticon
        polarity or None, and whether the token can change anything when no modifier or negation
        is pending (else the loop skips it)."""
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

    def _assess(self, words: list[str], infos: list[Any]) -> list[tuple[list[str], float, float, Any]]:
        # TextBlob's assessment loop; an assessment is [words, polarity, subjectivity, intensity,
        # negated (-1) or not (1), label]. A word that is not "active" (see _word) changes
        # nothing while no modifier or negation is pending, so the loop jumps to the next active
        # word then.
        a: list[list[Any]] = []
        m: str | None = None  # pending modifier word
        n: str | None = None  # pending negation word
        active = list(compress(range(len(words)), map(_I7, infos)))
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
            psi = f[0]
            if psi is not None:
                ps, s, it = psi
                if m is None:
                    a.append([[w], ps, s, it, 1, f[2]])
                else:
                    last = a[-1]
                    last[0].append(w)
                    last[1] = max(-1.0, min(ps * last[3], +1.0))
                    last[2] = max(-1.0, min(s * last[3], +1.0))
                    last[3] = it
                    last[5] = f[2]
                if n is not None:
                    last = a[-1]
                    last[0].insert(0, n)
                    last[3] = 1.0 / last[3]
                    last[4] = -1
                m = None
                n = None
                if f[1]:
                    m = w
                if f[3]:
                    n = w
            else:
                if f[3]:
                    n = w
                elif n is not None and f[4]:
                    n = None
                if n is not None and m is not None and m.endswith("ly"):
                    a[-1][0].append(n)
                    a[-1][4] = -1
                    n = None
                elif m is not None and f[5]:
                    m = None
                if w == "!" and len(a) > 0:
                    a[-1][0].append("!")
                    a[-1][1] = max(-1.0, min(a[-1][1] * 1.25, +1.0))
                if w == "(!)":
                    a.append([[w], 0.0, 1.0, 1.0, 1, self.tt.IRONY])
                if f[6] is not None:
                    a.append([[w], f[6], 1.0, 1.0, 1, self.tt.MOOD])
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
    except (AttributeError, ImportError, TypeError):  # another TextBlob version: stay exact, be slower
        return _LibraryPattern()


# --------------------------------------------------------------------------- the tone model
_CUE_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|[?!]")


def _squash(x: float, a: float) -> float:
    return x / math.sqrt(x * x + a)


@lru_cache(maxsize=1)
def _model() -> dict[str, Any]:
    with open(MODEL_PATH, encoding="utf-8") as fh:
        return json.load(fh)


#: Names of the base (dense) features, in the order of the model's ``base_weights``.
BASE_FEATURES = (
    "vader_neg",  # squash(sum of negative VADER valences, 15)
    "vader_pos",  # squash(sum of positive VADER valences, 15)
    "vader_neg4",  # squash(sum of negative VADER valences, 4): a steeper curve for mild negativity
    "vader_pos4",
    "vader_compound",
    "textblob_neg",  # sum of negative TextBlob assessment polarities / number of assessments
    "textblob_pos",
    "log_tokens",  # log(1 + number of tokens)
    "harm_reversed",  # sum of negative valences after a harm-reversing word ("prevent", "cure"), / 4
)


#: News words missing from both lexicons that name harm, conflict or economic distress. Chosen a
#: priori (not from the rating data); the model learns one weight for "any of these is present"
#: (cue ``<hazard>``).
NEWS_HAZARDS = frozenset(
    """disease diseases epidemic pandemic outbreak outbreaks corruption bankruptcy bankrupt inflation
    recession downturn slump unemployed unemployment jobless homeless homelessness shooting shootings
    gunman gunmen layoff layoffs sanctions flood floods flooding drought famine hunger unsafe
    overcrowded deficit deficits debt debts lawsuit lawsuits sued indicted indictment convicted
    casualties wounded refugees evacuated evacuation shortage shortages decline declined declining
    plunge plunged plummeted slumped riot riots militants militant insurgents insurgency hostage
    hostages explosion explosions earthquake hurricane wildfire wildfires overdose overdoses
    smuggling trafficking cancer tumor virus infections infected pollution contamination
    deforestation eviction evictions foreclosure foreclosures austerity""".split()  # noqa: SIM905
)
#: The counterpart: news words missing from both lexicons that name relief or improvement
#: (cue ``<benefit>``), also chosen a priori.
NEWS_BENEFITS = frozenset(
    """recovery recovered recover ceasefire truce reconciliation cure cured vaccine vaccines
    vaccinated donated donation donations volunteers volunteer celebration celebrations
    breakthrough prosperity milestone reopened reopening rebound rebounded victory rescuers
    scholarship scholarships discovery invention upgrade upgraded""".split()  # noqa: SIM905
)
#: Words that turn the harm named after them into a benefit ("prevent fraud", "cure cancer", "save
#: lives from disease", "reduce traffic"): the negative valences that follow the first of them in a
#: sentence form the feature ``harm_reversed`` (the model learns how much of the negativity they
#: cancel). A linguistic class chosen a priori, not from the weights.
HARM_REVERSERS = frozenset(
    """prevent prevents prevented preventing protect protects protected protecting protection reduce
    reduces reduced reducing reduction save saves saved saving curb curbs curbed curbing combat combats
    combating fight fights fighting end ends ending eliminate eliminates eliminated eliminating stop
    stops stopped stopping avoid avoids avoided avoiding ease eases eased easing relieve relieves
    relieved relief cure cures cured treat treats treated treating treatment against discourage
    discourages cut cuts cutting lower lowers lowered lowering limit limits limiting halt halts halted
    halting resolve resolves resolved solve solves solved solving overcome overcame survive survived
    survivors escape escaped rescue rescued remedy remedies detect detection detecting deter deters
    deterred tackle tackles tackling address addresses addressing alleviate""".split()  # noqa: SIM905
)
_BACKOFF: dict[str, float] = {}


def _backoff_valence(lw: str) -> float:
    """VADER valence of an inflected word's base form ("deaths" -> "death"), else 0."""
    v = _BACKOFF.get(lw)
    if v is None:
        v = _backoff_of(lw, _vader().lexicon)
        if len(_BACKOFF) < 100_000:
            _BACKOFF[lw] = v
    return v


def _backoff_of(lw: str, lex: dict[str, float]) -> float:
    """:func:`_backoff_valence` without its cache (callers that cache the result themselves)."""
    v = 0.0
    if len(lw) > 3 and lw.isalpha():
        cands = []
        if lw.endswith("ies"):
            cands.append(lw[:-3] + "y")
        if lw.endswith("es"):
            cands.append(lw[:-2])
        if lw.endswith("s"):
            cands.append(lw[:-1])
        if lw.endswith("ed"):
            cands += [lw[:-1], lw[:-2]]
        if lw.endswith("ing"):
            cands += [lw[:-3], lw[:-3] + "e"]
        for c in cands:
            if c in lex:
                v = lex[c]
                break
    return v


def _feature_sums(
    infos: list[_WordInfo], low: list[str], vals: list[float]
) -> tuple[float, float, float, bool, bool, dict[str, float], list[float]]:
    """The word-level sums of :func:`_features`: (negative and positive extended valences, the
    negative ones after a harm reverser, hazard word present, benefit word present, valence per
    lexicon word, extended valences)."""
    ns = _vader().n_scalar
    n = len(infos)
    evals = list(vals)
    hazard = benefit = False
    neg = pos = 0.0
    lexv: dict[str, float] = {}
    # The first harm-reversing word; "rev < k" below is then the same as tracking it word by word.
    rev = next(compress(range(n), map(_I4, infos)), -1)
    reversed_harm = 0.0
    for k in compress(range(n), map(_I10, infos)):  # the other words add nothing
        info = infos[k]
        v = evals[k]
        if not v:
            if info[5]:  # in VADER's lexicon or boosters
                continue
            v = info[6]  # valence of the base form
            if not v:
                if info[7]:
                    hazard = True
                elif info[8]:
                    benefit = True
                continue
            for j in range(max(0, k - 3), k):
                if infos[j][3]:  # a negator (VADER's list, "no" or "n't") within three words
                    v *= ns
                    break
            evals[k] = v
        if v < 0:
            neg += v
            if 0 <= rev < k:
                reversed_harm += v
        else:
            pos += v
        lw = low[k]
        lexv[lw] = lexv.get(lw, 0.0) + v
    return neg, pos, reversed_harm, hazard, benefit, lexv, evals


def _assessment_sums(ass: Sequence[Any]) -> tuple[float, float, int]:
    """Sum of TextBlob's negative and of its positive assessment polarities, and their count (>= 1)."""
    tn = tp = 0.0
    for a in ass:
        p = a[1]
        if p < 0:
            tn += p
        else:
            tp += p
    return tn, tp, len(ass) or 1


def _base(
    neg: float, pos: float, compound: float, ass: Sequence[Any], n_toks: int, reversed_harm: float
) -> list[float]:
    tn, tp, na = _assessment_sums(ass)
    return [
        _squash(neg, 15.0),
        _squash(pos, 15.0),
        _squash(neg, 4.0),
        _squash(pos, 4.0),
        compound,
        tn / na,
        tp / na,
        math.log1p(n_toks),
        reversed_harm / 4.0,
    ]


def _features(
    text: str, tb: Any | None = None, vad: tuple[list[str], list[float], str] | None = None
) -> tuple[list[float], set[str], dict[str, float], Any, tuple[list[str], list[float], str], float, list[float]]:
    """Features of one text: (base, cue words present, valence per lexicon word, TextBlob score,
    VADER scan, VADER compound, extended valences). Shared by scoring, training and explanation.

    Extended valences are VADER's word valences plus, for words VADER does not know, the valence
    of their base form ("deaths" -> "death"), negated (x -0.74) after a negator (VADER's list or
    "no") within three words.
    """
    if tb is None:
        tb = _textblob()(text)
    norm = text if text.isascii() else text.translate(_QUOTES)  # ASCII text has no curly quotes
    if vad is None:
        recs, low, vals, scored = _scan(norm)
        vad = (list(map(_I0, recs)), vals, scored)
        infos = list(map(_I3, recs))
        if scored is not norm:  # emojis were replaced: the cue words come from the text itself
            recs = _tokens_of(norm)
    else:
        words, vals, scored = vad
        low = [w.lower() for w in words]
        infos = [_word_info(lw) for lw in low]
        recs = _tokens_of(norm)
    compound = _vader_compound(vals, scored)
    neg, pos, reversed_harm, hazard, benefit, lexv, evals = _feature_sums(infos, low, vals)
    # Cue words: _CUE_TOKEN.findall(norm.lower()), collected token by token (see _token).
    cues: set[str] = set().union(*[r[5] for r in recs])
    if hazard:
        cues.add("<hazard>")
    if benefit:
        cues.add("<benefit>")
    base = _base(neg, pos, compound, tb[2], sum(map(_I4, recs)), reversed_harm)
    return base, cues, lexv, tb, vad, compound, evals


@lru_cache(maxsize=1)
def _cue_keys() -> frozenset[str]:
    return frozenset(_model()["cue_weights"])


@lru_cache(maxsize=1)
def _params() -> tuple[float, list[float], dict[str, float], dict[str, float]]:
    """The model's intercept, base weights, cue weights and lexicon adjustments."""
    m = _model()
    return m["intercept"], m["base_weights"], m["cue_weights"], m["lexicon_adjustments"]


def _tone_from(base: Sequence[float], cues: set[str], lexv: dict[str, float]) -> float:
    raw, bw, cw, adj = _params()
    for w, x in zip(bw, base, strict=True):
        raw += w * x
    return _add_cues_and_adjustments(raw, cues, lexv, cw, adj)


def _add_cues_and_adjustments(
    raw: float, cues: set[str], lexv: dict[str, float], cw: dict[str, float], adj: dict[str, float]
) -> float:
    """``raw`` plus the weights of the cues and lexicon adjustments, clipped to [-1, 1]."""
    # sorted: a set's order depends on the hash seed. Cues without a weight add nothing, so only
    # the weighted ones are sorted (same additions in the same order).
    if cues:
        for c in sorted(_cue_keys().intersection(cues)):
            w = cw.get(c)
            if w is not None:
                raw += w
    for word, v in lexv.items():
        w = adj.get(word)
        if w is not None:
            raw += w * v / 4.0
    return max(-1.0, min(1.0, raw))


#: Whitespace token of a text -> (TextBlob's lower-cased tokens, the same joined with spaces in their
#: case, the _Token of the quote-normalised token, ``_Pattern._word`` of each lower-cased token, one
#: of them is active, the tokens may be part of a sarcasm mark or emoticon (``_Pattern.mark_chars``),
#: flags (bits below: a sentence ORs its tokens' flags in one pass instead of one pass per
#: question), the _Token's number of cue tokens).
_Raw = tuple[tuple[str, ...], str, _Token, tuple[Any, ...], bool, bool, int, int]
#: Bits of a _Raw record's flags: its 5 (mark) and 4 (active), and the _Token's 8 (the feature loop
#: looks at it) and 6 (a weighted cue) non-empty, which _Token 11 holds already.
_F_MARK, _F_ACTIVE, _F_FEATURE, _F_CUE = 1, 2, 4, 8
_RAW: dict[str, _Raw] = {}


#: One ASCII word of 3+ letters between ASCII punctuation other than "?" and "!" (``said,``,
#: ``(AP)``, ``"hours",``). Its _Token is the word's: VADER strips the punctuation (all of it, the
#: word is longer than 2) and the cue tokens are just the lower-cased word (no "?", "!", or
#: letters around an apostrophe).
_WORD_IN_PUNCT = re.compile(r"[\x22-\x2f\x3a-\x3e\x40\x5b-\x60\x7b-\x7e]*([A-Za-z]{3,})[\x22-\x2f\x3a-\x3e\x40\x5b-\x60\x7b-\x7e]*")


def _raw(t: str) -> _Raw:
    pat = _textblob()
    assert isinstance(pat, _Pattern)
    wc = pat.word_cache
    if t.isascii() and t.isalpha():  # no punctuation, quote or contraction: one token
        lw = t.lower()
        info = wc.get(lw) or pat._word(lw)
        tok = _TOKENS.get(t) or _token(t)
        # letters only: no mark character, and a mark end only as its last letter
        marks = t.endswith(pat.mark_last)
        fl = (_F_MARK if marks else 0) | (_F_ACTIVE if info[7] else 0) | tok[11]
        rec = ((lw,), t, tok, (info,), info[7], marks, fl, 1)
    else:
        if t.isascii() and "'" not in t and '"' not in t:
            # What _raw_token gives here: no replacement or quote spacing applies (they need ' or
            # ", or non-ASCII), so t is its one piece; its tokens are non-empty ASCII without
            # whitespace, so joining, lower-casing and splitting them is lower-casing each.
            toks = pat.token_cache.get(t) or tuple(pat._split(t))
            low = tuple([x.lower() for x in toks])
            nt = t
        else:
            toks, low = pat.raw_cache.get(t) or pat._raw_token(t)
            nt = t if t.isascii() else t.translate(_QUOTES)
        tok = _TOKENS.get(nt)
        if tok is None:
            m = _WORD_IN_PUNCT.fullmatch(nt)
            tok = _token(nt) if m is None else _TOKENS.get(w := m[1]) or _token(w)
        joined = " ".join(toks)
        infos = tuple([wc.get(x) or pat._word(x) for x in low])
        marks = not pat.mark_chars.isdisjoint(joined) or any(map((joined + " ").__contains__, pat.mark_ends))
        active = True in map(_I7, infos)
        fl = (_F_MARK if marks else 0) | (_F_ACTIVE if active else 0) | tok[11]
        rec = (low, joined, tok, infos, active, marks, fl, tok[4])
    if len(_RAW) < _CACHE_MAX:
        _RAW[t] = rec
    return rec


def _score_text(text: str, pat: _Pattern) -> tuple[float, float, float, float]:
    """(polarity, subjectivity, vader, tone) of one text: what ``pat(text)``, :func:`_features`
    and :func:`_tone_from` give, from one split of the text into cached per-token records."""
    parts = text.split()
    rs = list(map(_RAW.get, parts))
    if None in rs:
        rs = [r or _raw(t) for r, t in zip(rs, parts, strict=True)]
    flags = reduce(or_, map(_I6, rs), 0)  # the OR of the tokens' flags (_F_MARK ...)
    # TextBlob (tokens() per whitespace token, as _Pattern.tokens; else TextBlob itself)
    tt = pat.tt
    whole = "\n" in text or "\r" in text
    if not whole and flags & _F_MARK:  # without a mark, no sarcasm mark or emoticon (__init__)
        joined = " ".join(map(_I1, rs))
        whole = bool(tt.RE_SARCASM.search(joined) or tt.RE_EMOTICONS.search(joined))
    if whole:
        tb = pat(text)
    elif flags & _F_ACTIVE:
        words = list(chain.from_iterable(map(_I0, rs)))
        tb = pat._sums(pat._assess(words, list(chain.from_iterable(map(_I3, rs)))))
    else:  # no active token: no assessment (what _assess and _sums give for none)
        tb = (0.0, 0.0, [])
    norm = text if text.isascii() else text.translate(_QUOTES)
    if not norm.isascii() and not _vader().emojis.keys().isdisjoint(norm):
        base, cues, lexv, _, _, compound, _ = _features(text, tb)  # emojis: the general path
        return tb[0], tb[1], compound, _tone_from(base, cues, lexv)
    # VADER and the tone features (as _features; text.split() == norm.split())
    recs: list[_Token] = list(map(_I2, rs)) if flags & (_F_CUE | _F_FEATURE) else []
    # the weighted cues only: the others add nothing
    cues: set[str] = set().union(*map(_I6, recs)) if flags & _F_CUE else set()
    if flags & _F_FEATURE:
        low = list(map(_I1, recs))
        vals = _valences(recs, low)
        compound = _vader_compound(vals, norm)
        neg, pos, reversed_harm, hazard, benefit, lexv, _ = _feature_sums(list(map(_I3, recs)), low, vals)
        if hazard:
            cues.add("<hazard>")
        if benefit:
            cues.add("<benefit>")
    else:
        # No word the feature loop looks at, so none of VADER's lexicon either: every valence
        # is 0, the compound 0.0, and the sums stay 0.0 (what _feature_sums starts with).
        compound = neg = pos = reversed_harm = 0.0
        lexv = {}
    return tb[0], tb[1], compound, _tone_fused(neg, pos, compound, tb[2], sum(map(_I7, rs)), reversed_harm, cues, lexv)


def _tone_fused(
    neg: float, pos: float, compound: float, ass: Sequence[Any], n_toks: int, reversed_harm: float,
    cues: set[str], lexv: dict[str, float],
) -> float:
    """``_tone_from(_base(neg, pos, compound, ass, n_toks, reversed_harm), cues, lexv)`` in one
    function: the same float operations in the same order, without the list and calls between."""
    raw, bw, cw, adj = _params()
    tn, tp, na = _assessment_sums(ass)
    sq = math.sqrt
    nn, pp = neg * neg, pos * pos
    w0, w1, w2, w3, w4, w5, w6, w7, w8 = bw  # _base's order: squash(neg, 15), squash(pos, 15), ...
    raw += w0 * (neg / sq(nn + 15.0))
    raw += w1 * (pos / sq(pp + 15.0))
    raw += w2 * (neg / sq(nn + 4.0))
    raw += w3 * (pos / sq(pp + 4.0))
    raw += w4 * compound
    raw += w5 * (tn / na)
    raw += w6 * (tp / na)
    raw += w7 * math.log1p(n_toks)
    raw += w8 * (reversed_harm / 4.0)
    return _add_cues_and_adjustments(raw, cues, lexv, cw, adj)


def _score_rows(texts: Iterable[Any]) -> list[tuple[float, float, float, float]]:
    pat = _textblob()
    fast = isinstance(pat, _Pattern)
    rows = []
    for text in texts:
        if not isinstance(text, str):
            text = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
        if fast:
            rows.append(_score_text(text, pat))  # type: ignore[arg-type]
            continue
        tb = pat(text)
        base, cues, lexv, _, _, compound, _ = _features(text, tb)
        rows.append((tb[0], tb[1], compound, _tone_from(base, cues, lexv)))
    return rows


def score_texts(texts: Iterable[str]) -> pd.DataFrame:
    """Score a list of strings with every scorer.

    Returns:
        DataFrame with one row per text, columns ``polarity``, ``subjectivity`` (TextBlob, exactly
        ``TextBlob(text).sentiment``), ``vader`` (compound, curly quotes straightened) and ``tone``.

    Example:
        >>> score_texts(["The plan is a good one.", "It failed."])["vader"].tolist()
        [0.4404, -0.5106]
    """
    return pd.DataFrame(_score_rows(texts), columns=SCORE_COLUMNS, dtype=float)


# --------------------------------------------------------------------------- article tables
def _quote_share(starts: list[int], ends: list[int], spans: list[tuple[int, int]]) -> list[float]:
    """Share of each sentence ``[start, end)`` inside the quote spans (overlaps summed)."""
    if not spans:
        return [0.0] * len(starts)
    spans = sorted(spans)
    qa = [s[0] for s in spans]
    # reach[j]: the largest span end among spans[:j + 1]. Spans before the first j with
    # reach[j] > a all end at or before a, so they add nothing to a sentence starting at a
    # (the sums are of ints: skipping zero terms cannot change them).
    reach: list[int] = []
    r = -1
    for s in spans:
        r = max(r, s[1])
        reach.append(r)
    out = []
    for a, b in zip(starts, ends, strict=True):
        n = b - a
        if n <= 0:
            out.append(0.0)
            continue
        inside = 0
        j = bisect.bisect_right(reach, a)
        hi_j = bisect.bisect_left(qa, b)  # spans from here on start at or after b
        for q0, q1 in spans[j:hi_j]:
            lo, hi = max(a, q0), min(b, q1)
            if hi > lo:
                inside += hi - lo
        out.append(min(1.0, inside / n))
    return out


@cached_on_article
def _sentence_scores(article: Article) -> list[tuple[float, float, float, float]]:
    """(polarity, subjectivity, vader, tone) of every sentence (shared by both caption options)."""
    from toolkit.text.segment import sentence_rows

    text = article.text
    return _score_rows([text[r[1] : r[2]] for r in sentence_rows(article)])


@cached_on_article
def _tone_columns(article: Article, *, include_captions: bool = False) -> dict[str, list[Any]]:
    """:func:`tone` as plain column lists (keys in ``TONE_COLUMNS`` order; read-only)."""
    from toolkit.text.segment import sentence_rows

    rows = sentence_rows(article)
    text = article.text
    starts = [r[1] for r in rows]
    ends = [r[2] for r in rows]
    kinds = [r[3] for r in rows]
    scores = _sentence_scores(article)
    counted = set(AGGREGATED_KINDS) | ({"caption"} if include_captions else set())
    spans: list[tuple[int, int]] = []
    if any(c in text for c in "\"“”«»„"):
        try:
            from toolkit.text.quotespans import _quote_span_columns

            qs = _quote_span_columns(article)
            spans = list(zip(qs["start"], qs["end"], strict=True))
        except Exception:  # noqa: BLE001 - quotes are optional decoration; never lose the tone table
            spans = []
    in_quote = _quote_share(starts, ends, spans)
    tones = [r[3] for r in scores]
    return {
        "sent_id": [r[0] for r in rows],
        "para_id": [r[4] for r in rows],
        "kind": kinds,
        "start": starts,
        "end": ends,
        "text": [text[a:b] for a, b in zip(starts, ends, strict=True)],
        "polarity": [r[0] for r in scores],
        "subjectivity": [r[1] for r in scores],
        "vader": [r[2] for r in scores],
        "tone": tones,
        "label": [label_for(v) for v in tones],
        "excluded": [k not in counted for k in kinds],
        "in_quote": in_quote,
        "voice": ["quote" if q >= 0.5 else "reporter" for q in in_quote],
    }


@cached_on_article
def tone(article: Article, *, include_captions: bool = False) -> pd.DataFrame:
    """Tone of every sentence of an article.

    Args:
        article: the article.
        include_captions: count caption sentences in aggregates (sets their ``excluded`` False).

    Returns:
        DataFrame, one row per sentence: ``sent_id``, ``para_id``, ``kind``, ``start``, ``end``
        (offsets into ``article.text``), ``text``, ``polarity``, ``subjectivity`` (TextBlob),
        ``vader`` (compound), ``tone`` (news tone, -1..1), ``label`` (negative/neutral/positive,
        band :data:`NEUTRAL_BAND`), ``excluded`` (not counted in aggregates: kinds other than
        title/body, captions unless ``include_captions``), ``in_quote`` (share of the sentence's
        characters inside quotation marks, :func:`toolkit.entities.quotes.quote_spans`) and ``voice``
        (``"quote"`` if ``in_quote >= 0.5`` else ``"reporter"``).

    Example:
        >>> from toolkit import load_article
        >>> t = tone(load_article("Deal reached\\n\\nBoth sides welcomed the good news."))
        >>> t.loc[1, "label"]
        'positive'
    """
    c = _tone_columns(article, include_captions=include_captions)
    i64, f64 = np.int64, np.float64
    data = {
        "sent_id": np.asarray(c["sent_id"], dtype=i64),
        "para_id": np.asarray(c["para_id"], dtype=i64),
        "kind": pd.array(c["kind"], dtype="str"),
        "start": np.asarray(c["start"], dtype=i64),
        "end": np.asarray(c["end"], dtype=i64),
        "text": pd.array(c["text"], dtype="str"),
        "polarity": np.asarray(c["polarity"], dtype=f64),
        "subjectivity": np.asarray(c["subjectivity"], dtype=f64),
        "vader": np.asarray(c["vader"], dtype=f64),
        "tone": np.asarray(c["tone"], dtype=f64),
        "label": list(c["label"]),
        "excluded": np.asarray(c["excluded"], dtype=bool),
        "in_quote": np.asarray(c["in_quote"], dtype=f64),
        "voice": list(c["voice"]),
    }
    return pd.DataFrame(data)  # keys in TONE_COLUMNS order (columns= would reindex)


def _aggregate(cols: dict[str, list[Any]], idx: list[int]) -> dict[str, Any]:
    """Aggregates over the sentences ``idx`` (positions into the column lists ``cols``).

    Plain Python on column lists: this runs once per paragraph of every article of a corpus,
    where per-group pandas operations cost milliseconds.
    """
    n = len(idx)
    nan = float("nan")
    lengths = [cols["end"][i] - cols["start"][i] for i in idx]
    out: dict[str, Any] = {"n_sentences": n, "n_chars": int(sum(lengths))}
    if n == 0:
        out.update(
            tone=nan, polarity=nan, vader=nan, share_negative=nan, share_neutral=nan,
            share_positive=nan, most_negative_id=None, most_negative_text=None,
            most_negative_tone=nan, most_positive_id=None, most_positive_text=None,
            most_positive_tone=nan, tone_quote=nan, tone_reporter=nan, n_quote=0, n_reporter=0,
        )  # fmt: skip
        return out
    w = [float(max(x, 1)) for x in lengths]
    total = math.fsum(w)
    for c in ("tone", "polarity", "vader"):
        vals = cols[c]
        out[c] = math.fsum(vals[i] * wi for i, wi in zip(idx, w, strict=True)) / total
    labels = [cols["label"][i] for i in idx]
    for lab in ("negative", "neutral", "positive"):
        out[f"share_{lab}"] = labels.count(lab) / n
    tones = cols["tone"]
    lo = min(idx, key=lambda i: tones[i])  # first of equal minima, as idxmin
    hi = max(idx, key=lambda i: (tones[i], -i))  # first of equal maxima, as idxmax
    out.update(
        most_negative_id=int(cols["sent_id"][lo]), most_negative_text=cols["text"][lo],
        most_negative_tone=float(tones[lo]), most_positive_id=int(cols["sent_id"][hi]),
        most_positive_text=cols["text"][hi], most_positive_tone=float(tones[hi]),
    )  # fmt: skip
    for voice in ("quote", "reporter"):
        sel = [(i, wi) for i, wi in zip(idx, w, strict=True) if cols["voice"][i] == voice]
        out[f"n_{voice}"] = len(sel)
        out[f"tone_{voice}"] = (
            math.fsum(tones[i] * wi for i, wi in sel) / math.fsum(wi for _, wi in sel) if sel else nan
        )
    return out


def tone_summary(
    article_or_tone_df: Article | pd.DataFrame, *, include_captions: bool = False
) -> pd.DataFrame:
    """Paragraph and article aggregates of sentence tone.

    Means are weighted by sentence length in characters. Never a single score of the whole
    text (VADER saturates on long texts). The quote-vs-reporter split is in columns
    ``tone_quote`` / ``tone_reporter`` (length-weighted mean tone of the sentences of each voice)
    and ``n_quote`` / ``n_reporter``.

    Args:
        article_or_tone_df: an :class:`~toolkit.article.Article` or a :func:`tone` DataFrame.
        include_captions: count captions in the article row.

    Returns:
        DataFrame with one row per paragraph (``level="paragraph"``; computed over all its
        sentences, ``excluded`` True when none of them counts) and a last ``level="article"`` row
        (``para_id`` -1, only non-excluded sentences). Columns: ``level``, ``para_id``, ``kind``,
        ``excluded``, ``n_sentences``, ``n_chars``, ``tone``, ``polarity``, ``vader``,
        ``share_negative``, ``share_neutral``, ``share_positive``, ``most_negative_id``,
        ``most_negative_text``, ``most_negative_tone``, ``most_positive_id``,
        ``most_positive_text``, ``most_positive_tone``, ``tone_quote``, ``tone_reporter``,
        ``n_quote``, ``n_reporter``.

    Example:
        >>> from toolkit import load_article
        >>> s = tone_summary(load_article("Deal reached\\n\\nBoth sides welcomed the good news."))
        >>> s["level"].tolist()
        ['paragraph', 'paragraph', 'article']
    """
    names = ("sent_id", "para_id", "kind", "start", "end", "text", "tone", "polarity", "vader", "label", "voice", "excluded")
    if isinstance(article_or_tone_df, pd.DataFrame):
        df = article_or_tone_df.copy()
        missing = {"sent_id", "para_id", "kind", "start", "end", "text", "tone"} - set(df.columns)
        if missing:
            raise ValueError(f"not a tone table: missing columns {sorted(missing)}")
        for c in ("polarity", "vader"):
            if c not in df:
                df[c] = float("nan")
        if "label" not in df:
            df["label"] = [label_for(v) for v in df["tone"].tolist()]
        if "voice" not in df:
            df["voice"] = "reporter"
        kinds = set(AGGREGATED_KINDS) | ({"caption"} if include_captions else set())
        df["excluded"] = ~df["kind"].isin(kinds)
        cols = {c: df[c].tolist() for c in names}
    else:  # the same values as tone(article)[c].tolist(), without the DataFrame
        cols = _tone_columns(article_or_tone_df, include_captions=include_captions)
    groups: dict[int, list[int]] = {}
    for i, pid in enumerate(cols["para_id"]):
        groups.setdefault(int(pid), []).append(i)
    rows = []
    for pid in sorted(groups):
        idx = groups[pid]
        kinds = list(dict.fromkeys(cols["kind"][i] for i in idx))
        rows.append(
            {
                "level": "paragraph", "para_id": pid,
                "kind": kinds[0] if len(kinds) == 1 else "mixed",
                "excluded": all(cols["excluded"][i] for i in idx), **_aggregate(cols, idx),
            }
        )  # fmt: skip
    kept = [i for i, ex in enumerate(cols["excluded"]) if not ex]
    rows.append({"level": "article", "para_id": -1, "kind": "article", "excluded": False, **_aggregate(cols, kept)})
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)
