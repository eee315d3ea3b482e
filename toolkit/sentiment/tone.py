"""Sentence-level tone: TextBlob, VADER and Presslens' own news-tone score, with aggregates.

Three scorers per sentence:

* ``polarity`` / ``subjectivity`` — TextBlob's PatternAnalyzer, exactly ``TextBlob(text).sentiment``
  (a faster re-implementation, :mod:`toolkit.sentiment._textblob_fast`; tests check equality on
  real and random sentences).
* ``vader`` — VADER's compound score of the text with curly quotes straightened first (VADER
  scores ``“good background”`` as 0 because it cannot strip curly quotes). Computed by an exact,
  faster re-implementation of ``SentimentIntensityAnalyzer.polarity_scores``
  (:mod:`toolkit.sentiment._vader_fast`; tests check equality with the library).
* ``tone`` — the news-tone score in [-1, 1]: the *mean rating human news readers would give on the
  -4..4 scale, divided by 4*, a linear model over word-level features of VADER, TextBlob, news cue
  words, hazard/benefit words and harm reversal (:mod:`toolkit.sentiment.tone_model`).

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
never. Excluded sentences are still scored. :func:`tone_summary` gives paragraph and article
aggregates, :func:`article_tone` the article's row alone.

Example:
    >>> from toolkit import load_article
    >>> art = load_article("Talks fail\\n\\nThe talks failed. Officials were not hopeful.")
    >>> tone(art)[["sent_id", "kind", "label"]].values.tolist()
    [[0, 'title', 'negative'], [1, 'body', 'negative'], [2, 'body', 'negative']]
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterable
from functools import reduce
from itertools import chain
from operator import or_
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from toolkit import schema
from toolkit._memo import cached_on_article
from toolkit.sentiment._records import (
    F_ACTIVE,
    F_CAPLEX,
    F_CUE,
    F_DESCRIPTOR,
    F_FEATURE,
    F_MARK,
    PW_ACTIVE,
    TOK_FLAGS,
    TOK_N_CUES,
    PatternWord,
    Raw,
    Token,
    pw_active,
    raw_flags,
    raw_infos,
    raw_joined,
    raw_low,
    raw_n_cues,
    raw_token,
    tok_info,
    tok_lower,
    tok_weighted_cues,
)
from toolkit.sentiment._textblob_fast import _Pattern, _textblob
from toolkit.sentiment._vader_fast import (
    _QUOTES,
    _vader,
    _vader_compound,
    _valences,
    normalise_quotes,
)
from toolkit.sentiment.tone_model import (
    _CACHE_MAX,
    _TOKENS,
    BASE_FEATURES,
    HARM_REVERSERS,
    MODEL_PATH,
    NEWS_BENEFITS,
    NEWS_HAZARDS,
    _feature_sums,
    _features,
    _token,
    _tone_from,
    _tone_fused,
    _unnamed,
    _unnamed_assessments,
    tone_assessments,
)

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = [
    "tone",
    "tone_summary",
    "article_tone",
    "score_texts",
    "normalise_quotes",
    "TONE_COLUMNS",
    "SUMMARY_COLUMNS",
    "SCORE_COLUMNS",
    "NEUTRAL_BAND",
    "AGGREGATED_KINDS",
    "label_for",
    # the model's constants, defined in toolkit.sentiment.tone_model
    "BASE_FEATURES",
    "MODEL_PATH",
    "NEWS_HAZARDS",
    "NEWS_BENEFITS",
    "HARM_REVERSERS",
]

#: ``|tone|`` at or below this is ``neutral`` (a human mean rating of ±0.5 on -4..4, divided by 4).
NEUTRAL_BAND = 0.125
#: Sentence kinds that count in aggregates by default (captions with ``include_captions=True``).
AGGREGATED_KINDS = ("title", "body")
#: Columns of :func:`score_texts`.
SCORE_COLUMNS = ["polarity", "subjectivity", "vader", "tone"]
#: Columns of :func:`tone` (:data:`toolkit.schema.SCHEMAS` ``["tone"]``).
TONE_COLUMNS = schema.columns("tone")
#: Columns of :func:`tone_summary` (:data:`toolkit.schema.SCHEMAS` ``["tone_summary"]``).
SUMMARY_COLUMNS = schema.columns("tone_summary")


def label_for(value: float, band: float = NEUTRAL_BAND) -> str:
    """``negative`` / ``neutral`` / ``positive`` for a score, with a symmetric neutral band."""
    if value < -band:
        return "negative"
    if value > band:
        return "positive"
    return "neutral"


#: Whitespace token of a text -> its :class:`~toolkit.sentiment._records.Raw` record.
_RAW: dict[str, Raw] = {}


#: One ASCII word of 3+ letters between ASCII punctuation other than "?" and "!" (``said,``,
#: ``(AP)``, ``"hours",``). Its Token is the word's: VADER strips the punctuation (all of it, the
#: word is longer than 2) and the cue tokens are just the lower-cased word (no "?", "!", or
#: letters around an apostrophe).
_WORD_IN_PUNCT = re.compile(
    r"[\x22-\x2f\x3a-\x3e\x40\x5b-\x60\x7b-\x7e]*([A-Za-z]{3,})[\x22-\x2f\x3a-\x3e\x40\x5b-\x60\x7b-\x7e]*"
)


def _raw(t: str) -> Raw:
    pat = _textblob()
    assert isinstance(pat, _Pattern)
    wc = pat.word_cache
    if t.isascii() and t.isalpha():  # no punctuation, quote or contraction: one token
        lw = t.lower()
        info = wc.get(lw) or pat._word(lw)
        tok = _TOKENS.get(t) or _token(t)
        # letters only: no mark character, and a mark end only as its last letter
        marks = t.endswith(pat.mark_last)
        active = info[PW_ACTIVE]
        rec = _raw_record((lw,), t, tok, (info,), active, marks)
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
        marks = not pat.mark_chars.isdisjoint(joined) or any(
            map((joined + " ").__contains__, pat.mark_ends)
        )
        active = True in map(pw_active, infos)
        rec = _raw_record(low, joined, tok, infos, active, marks)
    if len(_RAW) < _CACHE_MAX:
        _RAW[t] = rec
    return rec


def _raw_record(
    low: tuple[str, ...], joined: str, tok: Token, infos: tuple[PatternWord, ...], active: bool, marks: bool
) -> Raw:
    flags = (F_MARK if marks else 0) | (F_ACTIVE if active else 0) | tok[TOK_FLAGS]
    # a Raw, as a plain tuple literal (records are plain tuples; see toolkit.sentiment._records)
    return (low, joined, tok, infos, active, marks, flags, tok[TOK_N_CUES])  # type: ignore[return-value]


def _score_text(text: str, pat: _Pattern) -> tuple[float, float, float, float]:
    """(polarity, subjectivity, vader, tone) of one text: what ``pat(text)``, :func:`_features`
    and :func:`_tone_from` give, from one split of the text into cached per-token records."""
    parts = text.split()
    rs = list(map(_RAW.get, parts))
    if None in rs:
        rs = [r or _raw(t) for r, t in zip(rs, parts, strict=True)]
    flags = reduce(or_, map(raw_flags, rs), 0)  # the OR of the tokens' flags (F_MARK ...)
    # TextBlob (tokens() per whitespace token, as _Pattern.tokens; else TextBlob itself)
    tt = pat.tt
    whole = "\n" in text or "\r" in text
    if not whole and flags & F_MARK:  # without a mark, no sarcasm mark or emoticon (__init__)
        joined = " ".join(map(raw_joined, rs))
        whole = bool(tt.RE_SARCASM.search(joined) or tt.RE_EMOTICONS.search(joined))
    if whole:
        tb = pat(text)
    elif flags & F_ACTIVE:
        words = list(chain.from_iterable(map(raw_low, rs)))
        tb = pat._sums(pat._assess(words, list(chain.from_iterable(map(raw_infos, rs)))))
    else:  # no active token: no assessment (what _assess and _sums give for none)
        tb = (0.0, 0.0, [])
    norm = text if text.isascii() else text.translate(_QUOTES)
    if not norm.isascii() and not _vader().emojis.keys().isdisjoint(norm):
        base, cues, lexv, _, _, compound, _ = _features(text, tb)  # emojis: the general path
        return tb[0], tb[1], compound, _tone_from(base, cues, lexv)
    # VADER and the tone features (as _features; text.split() == norm.split())
    recs: list[Token] = list(map(raw_token, rs)) if flags & (F_CUE | F_FEATURE) else []
    # the weighted cues only: the others add nothing
    cues: set[str] = set().union(*map(tok_weighted_cues, recs)) if flags & F_CUE else set()
    ass = tb[2]
    if flags & F_FEATURE:
        low = list(map(tok_lower, recs))
        vals = _valences(recs, low)
        compound = _vader_compound(vals, norm)
        # words inside names ("Great Britain", "Supreme Court"): no tone (as _features)
        infos = list(map(tok_info, recs))
        tvals = vals
        if flags & F_CAPLEX:  # a capitalised lexicon word: maybe inside a name
            infos, tvals, ass = _unnamed(norm, parts, low, infos, vals, ass)
        tcompound = compound if tvals is vals else _vader_compound(tvals, norm)
        neg, pos, reversed_harm, hazard, benefit, lexv, _ = _feature_sums(infos, low, tvals)
        if hazard:
            cues.add("<hazard>")
        if benefit:
            cues.add("<benefit>")
    else:
        # No word the feature loop looks at, so none of VADER's lexicon either: every valence
        # is 0, the compound 0.0, and the sums stay 0.0 (what _feature_sums starts with).
        compound = tcompound = neg = pos = reversed_harm = 0.0
        lexv = {}
        if ass and flags & F_CAPLEX:  # TextBlob's assessments of words inside names ("New York"): as _features
            ass = _unnamed_assessments(norm, parts, ass)
    if ass and flags & F_DESCRIPTOR:  # "the gay minister": no tone from the descriptor
        ass = tone_assessments(ass)
    return (
        tb[0],
        tb[1],
        compound,
        _tone_fused(neg, pos, tcompound, ass, sum(map(raw_n_cues, rs)), reversed_harm, cues, lexv),
    )


def _score_rows(texts: Iterable[Any]) -> list[tuple[float, float, float, float]]:
    pat = _textblob()
    fast = isinstance(pat, _Pattern)
    rows = []
    for text in texts:
        if not isinstance(text, str):
            text = (
                "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
            )
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
    if any(c in text for c in '"“”«»„'):
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
    return schema.frame("tone", _tone_columns(article, include_captions=include_captions))


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
            math.fsum(tones[i] * wi for i, wi in sel) / math.fsum(wi for _, wi in sel)
            if sel
            else nan
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
    cols = _columns_for_summary(article_or_tone_df, include_captions=include_captions)
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
    rows.append(_article_row(cols))
    return _summary_frame(rows)


def article_tone(
    article_or_tone_df: Article | pd.DataFrame, *, include_captions: bool = False
) -> pd.Series:
    """The article's tone: the ``level="article"`` row of :func:`tone_summary`, on its own.

    The length-weighted means and shares over the sentences that count (title and body; captions
    with ``include_captions``), without computing the paragraph rows or filtering on ``level``.
    The values and their types are those of ``tone_summary(...).iloc[-1]``; the Series is named
    after the article's ``id`` (``None`` for a tone DataFrame), so a list of them makes a table
    indexed by article: ``pd.DataFrame([article_tone(a) for a in articles])``.

    Args:
        article_or_tone_df: an :class:`~toolkit.article.Article` or a :func:`tone` DataFrame.
        include_captions: count caption sentences too.

    Returns:
        Series indexed by the columns of :func:`tone_summary` (``tone``, ``polarity``, ``vader``,
        ``share_negative`` … ``n_reporter``; ``level`` is ``"article"``).

    Example:
        >>> from toolkit import load_article
        >>> art = load_article("Deal reached\\n\\nBoth sides welcomed the good news.")
        >>> a = article_tone(art)
        >>> int(a["n_sentences"]), a.equals(tone_summary(art).iloc[-1].rename(art.id))
        (2, True)
    """
    cols = _columns_for_summary(article_or_tone_df, include_captions=include_captions)
    name = (
        None
        if isinstance(article_or_tone_df, pd.DataFrame)
        else getattr(article_or_tone_df, "id", None)
    )
    return _summary_frame([_article_row(cols)]).iloc[0].rename(name)


_SUMMARY_INPUT = ("sent_id", "para_id", "kind", "start", "end", "text", "tone", "polarity", "vader", "label", "voice", "excluded")  # fmt: skip


def _columns_for_summary(
    article_or_tone_df: Article | pd.DataFrame, *, include_captions: bool
) -> dict[str, list[Any]]:
    """The tone columns :func:`_aggregate` needs, from an Article or a tone DataFrame."""
    if not isinstance(
        article_or_tone_df, pd.DataFrame
    ):  # the values of tone(article), without the frame
        return _tone_columns(article_or_tone_df, include_captions=include_captions)
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
    return {c: df[c].tolist() for c in _SUMMARY_INPUT}


def _article_row(cols: dict[str, list[Any]]) -> dict[str, Any]:
    kept = [i for i, ex in enumerate(cols["excluded"]) if not ex]
    return {
        "level": "article",
        "para_id": -1,
        "kind": "article",
        "excluded": False,
        **_aggregate(cols, kept),
    }


def _summary_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The tone_summary table of ``rows``. An article row without countable sentences has no most
    negative/positive sentence: its ids are missing, and those two columns are then float (NaN)."""
    core = {c: [r[c] for r in rows] for c in SUMMARY_COLUMNS}
    holes = [c for c in ("most_negative_id", "most_positive_id") if None in core[c]]
    df = schema.frame("tone_summary", {**core, **{c: [0] * len(rows) for c in holes}})
    for c in holes:
        df[c] = np.asarray(core[c], dtype=np.float64)  # None -> NaN
    return df
