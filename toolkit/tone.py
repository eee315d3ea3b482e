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

  Every feature is split back onto the words that formed it, so :func:`toolkit.explain.explain_tone`
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

import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from .article import cached_on_article

if TYPE_CHECKING:
    from .article import Article

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

MODEL_PATH = Path(__file__).resolve().parent / "data" / "tone_model.json"

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


def _vader_scan(
    text: str, trace: list[set[str]] | None = None
) -> tuple[list[str], list[float], str]:
    """VADER's word valences for ``text``: (words, valences, text actually scored).

    Identical to ``SentimentIntensityAnalyzer.polarity_scores`` up to the valence list. With
    ``trace`` (an empty list), one set per word records the rules applied: ``negation``,
    ``intensifier``, ``contrast``, ``caps``, ``idiom``.
    """
    vd = _vader()
    lex, boost = vd.lexicon, vd.booster
    if not text.isascii() and any(c in vd.emojis for c in text):
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
    punct = vd.punct
    words = []
    for w in text.split():
        s = w.strip(punct)
        words.append(w if len(s) <= 2 else s)
    low = [w.lower() for w in words]
    n = len(words)
    n_up = sum(1 for w in words if w.isupper())
    capdiff = 0 < n - n_up < n
    neg = vd.negate
    ns = vd.n_scalar
    sents: list[float] = []
    for i in range(n):
        lw = low[i]
        rules: set[str] | None = set() if trace is not None else None
        if rules is not None:
            trace.append(rules)  # type: ignore[union-attr]
        if lw in boost or (lw == "kind" and i < n - 1 and low[i + 1] == "of"):
            sents.append(0)
            continue
        v0 = lex.get(lw)
        if v0 is None:
            sents.append(0)
            continue
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
        if capdiff and words[i].isupper():
            valence = valence + vd.c_incr if valence > 0 else valence - vd.c_incr
            if rules is not None:
                rules.add("caps")
        for st in range(3):
            if i > st and low[i - st - 1] not in lex:
                pw = low[i - st - 1]
                sc = 0.0
                if pw in boost:
                    sc = boost[pw]
                    if valence < 0:
                        sc = -sc
                    if capdiff and words[i - st - 1].isupper():
                        sc = sc + vd.c_incr if valence > 0 else sc - vd.c_incr
                    if st == 1:
                        sc *= 0.95
                    elif st == 2:
                        sc *= 0.9
                    if rules is not None and sc != 0:
                        rules.add("intensifier")
                valence += sc
                before = valence
                if st == 0:
                    if pw in neg or "n't" in pw:
                        valence *= ns
                elif st == 1:
                    if low[i - 2] == "never" and low[i - 1] in ("so", "this"):
                        valence *= 1.25
                    elif low[i - 2] == "without" and low[i - 1] == "doubt":
                        pass
                    elif pw in neg or "n't" in pw:
                        valence *= ns
                else:
                    if (low[i - 3] == "never" and low[i - 2] in ("so", "this")) or low[i - 1] in (
                        "so",
                        "this",
                    ):
                        valence *= 1.25
                    elif low[i - 3] == "without" and (low[i - 2] == "doubt" or low[i - 1] == "doubt"):
                        pass
                    elif pw in neg or "n't" in pw:
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
        sents.append(valence)
    if "but" in low:
        sents = _but_check(low, sents)
        if trace is not None:
            bi = low.index("but")
            for j, v in enumerate(sents):
                if v and j != bi:
                    trace[j].add("contrast")
    return words, sents, text


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
        self.emoticons = [(p, {e.lower() for e in es}, typ) for (typ, p), es in tt.EMOTICONS.items()]
        self.token_cache: dict[str, list[str]] = {}
        self.fallback = sent

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

    def tokens(self, s: str) -> list[str] | None:
        """Lower-cased tokens as TextBlob's sentiment sees them, or None (use TextBlob)."""
        if "\n" in s or "\r" in s:
            return None
        for a, b in self.replace.items():
            if a in s:
                s = s.replace(a, b)
        s = s.replace("“", " “ ").replace("”", " ” ").replace("‘", " ‘ ").replace("’", " ’ ")
        s = s.replace("'", " ' ").replace('"', ' " ')
        cache = self.token_cache
        toks: list[str] = []
        for t in s.split():
            r = cache.get(t)
            if r is None:
                r = self._split(t)
                if len(cache) < 200_000:
                    cache[t] = r
            toks.extend(r)
        joined = " ".join(toks)
        tt = self.tt
        if tt.RE_SARCASM.search(joined) or tt.RE_EMOTICONS.search(joined):
            return None
        return joined.lower().split()

    def assessments(self, words: list[str]) -> list[tuple[list[str], float, float, Any]]:
        lex, labeler, modifiers, negations = self.lex, self.labeler, self.modifiers, self.negations
        a: list[dict[str, Any]] = []
        m = None
        n = None
        for w in words:
            e = lex.get(w)
            if e is not None and None in e:
                p, s, i = e[None]
                if m is None:
                    a.append({"w": [w], "p": p, "s": s, "i": i, "n": 1, "x": labeler.get(w)})
                if m is not None:
                    a[-1]["w"].append(w)
                    a[-1]["p"] = max(-1.0, min(p * a[-1]["i"], +1.0))
                    a[-1]["s"] = max(-1.0, min(s * a[-1]["i"], +1.0))
                    a[-1]["i"] = i
                    a[-1]["x"] = labeler.get(w)
                if n is not None:
                    a[-1]["w"].insert(0, n)
                    a[-1]["i"] = 1.0 / a[-1]["i"]
                    a[-1]["n"] = -1
                m = None
                n = None
                if any(map(e.__contains__, modifiers)):
                    m = (w, None)
                if w in negations:
                    n = w
            else:
                if w in negations:
                    n = w
                elif n and len(w.strip("'")) > 1:
                    n = None
                if n is not None and m is not None and m[0].endswith("ly"):
                    a[-1]["w"].append(n)
                    a[-1]["n"] = -1
                    n = None
                elif m and len(w) > 2:
                    m = None
                if w == "!" and len(a) > 0:
                    a[-1]["w"].append("!")
                    a[-1]["p"] = max(-1.0, min(a[-1]["p"] * 1.25, +1.0))
                if w == "(!)":
                    a.append({"w": [w], "p": 0.0, "s": 1.0, "i": 1.0, "n": 1, "x": self.tt.IRONY})
                if w.isalpha() is False and len(w) <= 5 and w not in self.tt.PUNCTUATION:
                    for p, es, _ in self.emoticons:
                        if w in es:
                            a.append({"w": [w], "p": p, "s": 1.0, "i": 1.0, "n": 1, "x": self.tt.MOOD})
                            break
        return [(d["w"], d["p"] * -0.5 if d["n"] < 0 else d["p"], d["s"], d["x"]) for d in a]

    def __call__(self, text: str) -> tuple[float, float, list[tuple[list[str], float, float, Any]]]:
        words = self.tokens(text)
        if words is None:
            r = self.fallback(text)
            return r[0], r[1], r.assessments
        ass = self.assessments(words)
        sp = 0
        ss = 0
        for _, p, s, _ in ass:
            sp += p
            ss += s
        k = float(len(ass) or 1)
        return sp / k, ss / k, ass


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
    if v is not None:
        return v
    lex = _vader().lexicon
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
    if len(_BACKOFF) < 100_000:
        _BACKOFF[lw] = v
    return v


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
    norm = text.translate(_QUOTES)
    if vad is None:
        vad = _vader_scan(norm)
    words, vals, scored = vad
    compound = _vader_compound(vals, scored)
    vd = _vader()
    lex, boost, negate = vd.lexicon, vd.booster, vd.negate
    evals = list(vals)
    hazard = benefit = False
    neg = pos = 0.0
    lexv: dict[str, float] = {}
    backoff = _BACKOFF
    rev = -1  # index of the first harm-reversing word
    reversed_harm = 0.0
    for k, w in enumerate(words):
        lw = w.lower()
        if rev < 0 and lw in HARM_REVERSERS:
            rev = k
        v = evals[k]
        if not v:
            if lw in lex or lw in boost:
                continue
            v = backoff.get(lw)
            if v is None:
                v = _backoff_valence(lw)
            if not v:
                if lw in NEWS_HAZARDS:
                    hazard = True
                elif lw in NEWS_BENEFITS:
                    benefit = True
                continue
            for pw in words[max(0, k - 3) : k]:
                pl = pw.lower()
                if pl in negate or pl == "no" or "n't" in pl:
                    v *= vd.n_scalar
                    break
            evals[k] = v
        if v < 0:
            neg += v
            if 0 <= rev < k:
                reversed_harm += v
        else:
            pos += v
        lexv[lw] = lexv.get(lw, 0.0) + v
    ass = tb[2]
    tn = tp = 0.0
    for a in ass:
        p = a[1]
        if p < 0:
            tn += p
        else:
            tp += p
    na = len(ass) or 1
    toks = _CUE_TOKEN.findall(norm.lower())
    cues = set(toks)
    if any(t.endswith("n't") for t in toks):
        cues.add("n't")
    if hazard:
        cues.add("<hazard>")
    if benefit:
        cues.add("<benefit>")
    base = [
        _squash(neg, 15.0),
        _squash(pos, 15.0),
        _squash(neg, 4.0),
        _squash(pos, 4.0),
        compound,
        tn / na,
        tp / na,
        math.log1p(len(toks)),
        reversed_harm / 4.0,
    ]
    return base, cues, lexv, tb, vad, compound, evals


def _tone_from(base: Sequence[float], cues: set[str], lexv: dict[str, float]) -> float:
    m = _model()
    raw = m["intercept"]
    for w, x in zip(m["base_weights"], base, strict=True):
        raw += w * x
    cw = m["cue_weights"]
    for c in sorted(cues):  # sorted: a set's order depends on the hash seed
        w = cw.get(c)
        if w is not None:
            raw += w
    adj = m["lexicon_adjustments"]
    for word, v in lexv.items():
        w = adj.get(word)
        if w is not None:
            raw += w * v / 4.0
    return max(-1.0, min(1.0, raw))


def _score_rows(texts: Iterable[Any]) -> list[tuple[float, float, float, float]]:
    pat = _textblob()
    rows = []
    for text in texts:
        if not isinstance(text, str):
            text = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
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
    out = []
    for a, b in zip(starts, ends, strict=True):
        n = b - a
        if n <= 0:
            out.append(0.0)
            continue
        inside = 0
        for qa, qb in spans:
            lo, hi = max(a, qa), min(b, qb)
            if hi > lo:
                inside += hi - lo
        out.append(min(1.0, inside / n))
    return out


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
        characters inside quotation marks, :func:`toolkit.quotes.quote_spans`) and ``voice``
        (``"quote"`` if ``in_quote >= 0.5`` else ``"reporter"``).

    Example:
        >>> from toolkit import load_article
        >>> t = tone(load_article("Deal reached\\n\\nBoth sides welcomed the good news."))
        >>> t.loc[1, "label"]
        'positive'
    """
    from .quotes import quote_spans

    sents = article.sentences
    texts = sents["text"].tolist()
    starts = sents["start"].tolist()
    ends = sents["end"].tolist()
    kinds = sents["kind"].tolist()
    scores = _score_rows(texts)
    counted = set(AGGREGATED_KINDS) | ({"caption"} if include_captions else set())
    spans: list[tuple[int, int]] = []
    if any(c in article.text for c in "\"“”«»„"):
        try:
            qs = quote_spans(article)
            spans = list(zip(qs["start"].tolist(), qs["end"].tolist(), strict=True))
        except Exception:  # noqa: BLE001 - quotes are optional decoration; never lose the tone table
            spans = []
    in_quote = _quote_share(starts, ends, spans)
    tones = [r[3] for r in scores]
    i64, f64 = np.int64, np.float64
    data = {
        "sent_id": np.asarray(sents["sent_id"].tolist(), dtype=i64),
        "para_id": np.asarray(sents["para_id"].tolist(), dtype=i64),
        "kind": sents["kind"].array,
        "start": np.asarray(starts, dtype=i64),
        "end": np.asarray(ends, dtype=i64),
        "text": sents["text"].array,
        "polarity": np.asarray([r[0] for r in scores], dtype=f64),
        "subjectivity": np.asarray([r[1] for r in scores], dtype=f64),
        "vader": np.asarray([r[2] for r in scores], dtype=f64),
        "tone": np.asarray(tones, dtype=f64),
        "label": [label_for(v) for v in tones],
        "excluded": np.asarray([k not in counted for k in kinds], dtype=bool),
        "in_quote": np.asarray(in_quote, dtype=f64),
        "voice": ["quote" if q >= 0.5 else "reporter" for q in in_quote],
    }
    return pd.DataFrame(data, columns=TONE_COLUMNS)


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
    else:
        df = tone(article_or_tone_df, include_captions=include_captions)
    names = ("sent_id", "para_id", "kind", "start", "end", "text", "tone", "polarity", "vader", "label", "voice", "excluded")
    cols = {c: df[c].tolist() for c in names}
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
