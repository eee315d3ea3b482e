"""The news-tone model: its weights, its features and the cached word records they come from.

``tone``, the news-tone score in [-1, 1], is the *mean rating human news readers would give on the
-4..4 scale, divided by 4* (a regression prediction whose spread is calibrated to the spread of
the human ratings, clipped to [-1, 1]). It is a linear model (``toolkit/data/tone_model.json``,
made by ``benchmarks/train_tone.py``) over features that are all sums of word-level terms:

- VADER valences (after VADER's negation, intensifier, contrast and caps rules; words VADER
  lacks count with the valence of their base form, "deaths" as "death"), split into negative
  and positive sums and squashed (``x / sqrt(x² + a)``), plus VADER's compound;
- TextBlob's assessments (negative and positive parts of its mean polarity);
- news cue words (``should``, ``too``, ``despite``, ``claim``, ``why``, ``?`` …) that human readers
  of editorials read as critical or hedged, and two a-priori word lists that neither lexicon
  covers: news hazards (:data:`NEWS_HAZARDS`) and benefits (:data:`NEWS_BENEFITS`);
- harm reversal: the negative valences named after a harm-reversing word ("prevent fraud",
  "cure cancer", "reduce traffic"; :data:`HARM_REVERSERS`), which readers read as good news;
- news-specific re-weighting of lexicon words that news uses neutrally ("Supreme Court",
  "Security Council", "health care", "special interests": VADER scores them positive).

The word and token records (:mod:`toolkit.sentiment._records`) are built and cached here: they
join what VADER (:mod:`toolkit.sentiment._vader_fast`) and the features ask about a word.
:func:`_features` is shared by scoring, training (``benchmarks/train_tone.py``) and
:func:`toolkit.sentiment.explain.explain_tone`.

Example:
    >>> base, cues, lexv, *_ = _features("Should the new rules prevent fraud?")
    >>> dict(zip(BASE_FEATURES, base))["harm_reversed"] < 0, sorted(cues & {"should", "?"})
    (True, ['?', 'should'])
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any

from toolkit.sentiment._records import (
    F_CAPLEX,
    F_CUE,
    F_DESCRIPTOR,
    F_FEATURE,
    W_BASE_VALENCE,
    W_BENEFIT,
    W_CONTEXT,
    W_FEATURE,
    W_HARM_REVERSER,
    W_HAZARD,
    W_KNOWN,
    W_NEGATOR,
    W_VADER_VALUED,
    W_VALENCE,
    Token,
    WordInfo,
    info_feature,
    info_harm_reverser,
    tok_cues,
    tok_info,
    tok_lower,
    tok_n_cues,
    tok_word,
)
from toolkit.sentiment._textblob_fast import _textblob
from toolkit.sentiment._vader_fast import (
    _QUOTES,
    _context_words,
    _replace_emojis,
    _vader,
    _vader_compound,
    _valences,
)

__all__ = [
    "MODEL_PATH",
    "BASE_FEATURES",
    "NEWS_HAZARDS",
    "NEWS_BENEFITS",
    "HARM_REVERSERS",
    "DESCRIPTORS_WITHOUT_TONE",
]

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "tone_model.json"

# Bound of each word-level cache (a corpus never makes them grow without end).
_CACHE_MAX = 200_000
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
#: Words that say who or what someone is (sexuality, colour, origin, politics, age, disability,
#: family status) to which TextBlob's pattern lexicon gives a polarity ("gay" +0.42 as "merry",
#: "black" -0.17 as "dark", "foreign" -0.13, "old" and "young" +0.10, "disabled" -0.20): in news
#: they describe, they do not judge, so ``tone`` leaves out TextBlob's assessments of them ("the
#: gay minister", "the Foreign Office" read like "the minister"). TextBlob's own ``polarity``
#: column keeps them. VADER's lexicon rates none of them.
DESCRIPTORS_WITHOUT_TONE = frozenset(
    """gay black foreign leftist rightist old young aged juvenile disabled autistic masculine
    pregnant""".split()  # noqa: SIM905
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


#: Lower-cased VADER word -> its :class:`~toolkit.sentiment._records.WordInfo`.
_WORDS: dict[str, WordInfo] = {}
#: Whitespace token of a quote-normalised text -> its :class:`~toolkit.sentiment._records.Token`.
#: Records hold only tuples and atoms (never lists or sets, which would make every full garbage
#: collection slower).
_TOKENS: dict[str, Token] = {}


def _word_info(lw: str) -> WordInfo:
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
        # a WordInfo, built as a plain tuple literal (records are stored as plain tuples, see
        # _records; a literal costs ~35 ns, WordInfo(**fields) copied to a tuple ~2 µs per new word)
        info = (
            v0,  # valence
            booster,  # booster
            vneg,  # vader_negator
            vneg or lw == "no",  # negator
            lw in HARM_REVERSERS,  # harm_reverser
            known,  # known
            bv,  # base_valence
            hazard,  # hazard
            benefit,  # benefit
            v0 is not None and not booster,  # vader_valued
            v0 is not None or (not known and bool(bv or hazard or benefit)),  # feature
            booster or vneg or v0 == 0 or lw in _context_words(),  # context
        )
        if len(_WORDS) < _CACHE_MAX:
            _WORDS[lw] = info
    return info


def _token(t: str) -> Token:
    rec = _TOKENS.get(t)
    if rec is None:
        if t.isascii() and t.isalpha():  # the common case, same result as the general one below
            lw = t.lower()
            info = _WORDS.get(lw) or _word_info(lw)
            cues: tuple[str, ...] = (lw,)
            weighted = cues if lw in _cue_keys() else ()  # the intersection below, for one cue
            rec = _token_record(t, lw, info, 1, cues, weighted)
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
            rec = _token_record(w, lw, info, len(toks), cues, weighted)
        if len(_TOKENS) < _CACHE_MAX:
            _TOKENS[t] = rec
    return rec


def _token_record(
    w: str, lw: str, info: WordInfo, n_cues: int, cues: tuple[str, ...], weighted: tuple[str, ...]
) -> Token:
    feature = info[W_FEATURE]
    return (  # a Token, as a plain tuple literal (see _word_info)
        w,  # word
        lw,  # lower
        w.isupper(),  # upper
        info,  # info
        n_cues,  # n_cues
        cues,  # cues
        weighted,  # weighted_cues
        info[W_VADER_VALUED],  # vader_valued
        feature,  # feature
        info[W_HARM_REVERSER],  # harm_reverser
        info[W_CONTEXT],  # context
        (F_FEATURE if feature else 0) | (F_CUE if weighted else 0) | (F_CAPLEX if _caplex(w, lw, info) else 0)
        | (F_DESCRIPTOR if lw.strip(_STRIP) in DESCRIPTORS_WITHOUT_TONE else 0),  # flags
    )


def _caplex(w: str, lw: str, info: WordInfo) -> bool:
    """A capitalised word with a lexicon value (VADER's, its base form's or TextBlob's): the only words
    :func:`_unnamed` may leave out ("Great" of "Great Britain")."""
    return w.lstrip(_NAME_OPEN)[:1].isupper() and bool(
        info[W_VALENCE] or info[W_BASE_VALENCE] or lw.strip(_STRIP) in _textblob().lex
    )


def _tokens_of(text: str) -> list[Token]:
    """Token records of ``text.split()`` (a C-level pass when all are cached)."""
    parts = text.split()
    recs = list(map(_TOKENS.get, parts))
    if None in recs:
        recs = [r or _token(t) for r, t in zip(recs, parts, strict=True)]
    return recs  # type: ignore[return-value]


def _scan(
    text: str, trace: list[set[str]] | None = None
) -> tuple[list[Token], list[str], list[float], str]:
    """VADER on ``text``: (token records, lower-cased words, valences, text actually scored).

    The text actually scored is ``text`` itself (the same object) unless emojis were replaced
    by their descriptions.
    """
    text = _replace_emojis(text)
    recs = _tokens_of(text)
    low = list(map(tok_lower, recs))
    return recs, low, _valences(recs, low, trace), text


def _vader_scan(
    text: str, trace: list[set[str]] | None = None
) -> tuple[list[str], list[float], str]:
    """VADER's word valences for ``text``: (words, valences, text actually scored).

    Identical to ``SentimentIntensityAnalyzer.polarity_scores`` up to the valence list. With
    ``trace`` (an empty list), one set per word records the rules applied: ``negation``,
    ``intensifier``, ``contrast``, ``caps``, ``idiom``.
    """
    recs, _, sents, scored = _scan(text, trace)
    return list(map(tok_word, recs)), sents, scored


def _feature_sums(
    infos: list[WordInfo], low: list[str], vals: list[float]
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
    rev = next(compress(range(n), map(info_harm_reverser, infos)), -1)
    reversed_harm = 0.0
    for k in compress(range(n), map(info_feature, infos)):  # the other words add nothing
        info = infos[k]
        v = evals[k]
        if not v:
            if info[W_KNOWN]:  # in VADER's lexicon or boosters
                continue
            v = info[W_BASE_VALENCE]
            if not v:
                if info[W_HAZARD]:
                    hazard = True
                elif info[W_BENEFIT]:
                    benefit = True
                continue
            for j in range(max(0, k - 3), k):
                if infos[j][W_NEGATOR]:  # a negator (VADER's list, "no" or "n't") within three words
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


#: what may open a word of a name ('“Great Britain', "(Supreme Court") and what ends one ("Britain,")
_NAME_OPEN = "\"\u201c\u2018'([{"
_NAME_CLOSE = frozenset(",;:.!?)]}\"\u201d\u2019")
_STRIP = "".join(sorted(_NAME_CLOSE)) + _NAME_OPEN


#: words a title-case line writes in lower case ("Man Dies of Wounds in Crash")
_TITLE_SMALL = frozenset(
    """a an the and but or nor for so yet on at to from by of in with as vs via into onto over upon""".split()  # noqa: SIM905
)


def _cap(part: str) -> bool:
    w = part.lstrip(_NAME_OPEN)
    return w[:1].isupper() and w != "I"


def name_positions(parts: Sequence[str], cand: Iterable[int]) -> set[int]:
    """Of the candidate positions ``cand`` of ``parts`` (``text.split()``), those of a capitalised word
    inside a name of two or more capitalised words ("Great Britain", "the Supreme Court", "Free Syrian
    Army", "New York"): a lexicon word there names, it does not judge. Not in a title-case line (no
    lower-case word but those title case keeps small: "Great Win For Local Team"), not a word in
    capitals ("GREAT"), not across punctuation ("Sadly, Smith")."""
    n = len(parts)
    out: set[int] = set()
    title_case: bool | None = None
    for k in cand:
        w = parts[k].strip(_STRIP)
        if not w[:1].isupper() or (len(w) > 1 and w.isupper()):
            continue
        joined = (k + 1 < n and parts[k][-1] not in _NAME_CLOSE and _cap(parts[k + 1])
                  and parts[k + 1][0] not in _NAME_OPEN) or (
            k > 1 and parts[k - 1][-1] not in _NAME_CLOSE and _cap(parts[k - 1]) and parts[k][0] not in _NAME_OPEN)
        if not joined:
            continue
        if title_case is None:  # no lower-case word but the ones title case keeps small
            title_case = not any(p[:1].islower() and p.rstrip(_STRIP) not in _TITLE_SMALL for p in parts)
        if title_case:
            return set()
        out.add(k)
    return out


_BASE_VALENCE_OF = itemgetter(W_BASE_VALENCE)


def _unnamed(
    text: str,
    parts: Sequence[str],
    low: Sequence[str],
    infos: list[WordInfo],
    vals: list[float],
    ass: Sequence[Any],
) -> tuple[list[WordInfo], list[float], Sequence[Any]]:
    """``infos``, ``vals`` (VADER's per ``parts`` token, ``parts`` = ``text.split()``) and TextBlob's
    assessments ``ass`` without the words inside names (:func:`name_positions`): what ``tone`` reads.
    The inputs themselves when none."""
    n = len(parts)
    # candidates: capitalised words with a valence (few per sentence: found in C, then tested)
    cand = [k for k in compress(range(n), vals) if _cap(parts[k])]
    cand += [k for k in compress(range(n), map(_BASE_VALENCE_OF, infos)) if not vals[k] and _cap(parts[k])]
    if ass:
        for w in {w for a in ass for w in a[0]}:
            if w[:1].upper() + w[1:] in text:  # written capitalised somewhere ("New York")
                k = -1
                while True:
                    try:
                        k = low.index(w, k + 1)
                    except ValueError:
                        break
                    if k not in cand and _cap(parts[k]):
                        cand.append(k)
    if not cand:
        return infos, vals, ass
    named = name_positions(parts, cand)
    if not named:
        return infos, vals, ass
    infos, vals = list(infos), list(vals)
    neutral = _word_info("the")
    for k in named:
        infos[k] = neutral
        vals[k] = 0.0
    if ass:
        # TextBlob's assessments of a word written only inside names ("new" of "New York", not when
        # "a new plan" follows)
        words = [low[k] for k in named]
        gone = {w for w in words if low.count(w) == words.count(w)}
        if gone:
            ass = [a for a in ass if gone.isdisjoint(a[0])]
    return infos, vals, ass


def _unnamed_assessments(text: str, parts: Sequence[str], ass: Sequence[Any]) -> Sequence[Any]:
    """TextBlob's assessments ``ass`` of ``parts`` (``text.split()``) without those of words inside
    names, for a text VADER finds nothing in (:func:`_unnamed`)."""
    words = {w for a in ass for w in a[0]}
    if not any(w[:1].upper() + w[1:] in text for w in words):
        return ass  # no assessed word written capitalised
    low = [p.strip(_STRIP).lower() for p in parts]
    return _unnamed(text, parts, low, [_word_info("the")] * len(parts), [0.0] * len(parts), ass)[2]



def tone_assessments(ass: Sequence[Any]) -> Sequence[Any]:
    """TextBlob's assessments that ``tone`` counts: all but those of a
    :data:`DESCRIPTORS_WITHOUT_TONE` word ("gay", "very old", "not foreign")."""
    if any(w in DESCRIPTORS_WITHOUT_TONE for a in ass for w in a[0]):
        return [a for a in ass if not any(w in DESCRIPTORS_WITHOUT_TONE for w in a[0])]
    return ass


def _assessment_sums(ass: Sequence[Any]) -> tuple[float, float, int]:
    """Sum of the negative and of the positive polarities of TextBlob's assessments ``ass`` (those
    ``tone`` counts: :func:`tone_assessments`, :func:`_unnamed`), and the count of those with a
    polarity (>= 1): an assessment of 0 ("russian", "american", "academic") does not dilute the
    others, as it does in TextBlob's mean."""
    tn = tp = 0.0
    na = 0
    for a in ass:
        p = a[1]
        if p < 0:
            tn += p
            na += 1
        elif p > 0:
            tp += p
            na += 1
    return tn, tp, na or 1


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
) -> tuple[
    list[float],
    set[str],
    dict[str, float],
    Any,
    tuple[list[str], list[float], str],
    float,
    list[float],
]:
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
        vad = (list(map(tok_word, recs)), vals, scored)
        infos = list(map(tok_info, recs))
        if scored is not norm:  # emojis were replaced: the cue words come from the text itself
            recs = _tokens_of(norm)
    else:
        words, vals, scored = vad
        low = [w.lower() for w in words]
        infos = [_word_info(lw) for lw in low]
        recs = _tokens_of(norm)
    compound = _vader_compound(vals, scored)
    # words inside names ("Great Britain", "Supreme Court") count neither in VADER's nor TextBlob's part
    parts = scored.split()
    ass = tb[2]
    if len(parts) == len(vals):
        infos, tvals, ass = _unnamed(scored, parts, low, infos, vals, ass)
    else:
        tvals = vals
    tcompound = compound if tvals is vals else _vader_compound(tvals, scored)
    neg, pos, reversed_harm, hazard, benefit, lexv, evals = _feature_sums(infos, low, tvals)
    # Cue words: _CUE_TOKEN.findall(norm.lower()), collected token by token (see _token).
    cues: set[str] = set().union(*map(tok_cues, recs))
    if hazard:
        cues.add("<hazard>")
    if benefit:
        cues.add("<benefit>")
    base = _base(neg, pos, tcompound, tone_assessments(ass), sum(map(tok_n_cues, recs)), reversed_harm)
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


def _tone_fused(
    neg: float,
    pos: float,
    compound: float,
    ass: Sequence[Any],
    n_toks: int,
    reversed_harm: float,
    cues: set[str],
    lexv: dict[str, float],
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
