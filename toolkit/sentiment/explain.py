"""Why a sentence got its score: word and phrase contributions for TextBlob, VADER and ``tone``.

:func:`explain_tone` lists, for each scorer, the words and phrases that moved the score:

* ``textblob`` — TextBlob's ``sentiment_assessments``: each assessed chunk ("not very good"),
  the lexicon polarity of its head word, the chunk's polarity after negation (x -0.5) and
  intensifiers (x the modifier's intensity), and its contribution to ``polarity`` (the chunk
  polarity divided by the number of chunks: polarity is their mean).
* ``vader`` — each VADER lexicon word: its lexicon valence, its valence after VADER's rules
  (negation x -0.74, intensifiers ±0.293, contrast "but": x0.5 before, x1.5 after, caps), and
  its share of the compound score (compound x valence / sum of valences).
* ``tone`` — how the news-tone score was formed: the same words' share of each VADER feature
  (``component="vader"``; words VADER lacks count with the valence of their base form, e.g.
  "deaths" as "death"), news re-weighting of the word (``"news_lexicon"``), TextBlob chunks
  (``"textblob"``), cue words such as "should", "too", "despite", "?" and news hazard words such
  as "epidemic" or "layoffs" (``"cue"``), negative words named after a harm-reversing word
  ("prevent fraud", "cure cancer": ``"harm_reversal"``, usually pulling towards positive) and a
  ``"baseline"`` row (intercept and sentence length). The ``tone`` contributions of a sentence add
  up exactly to its ``tone`` (before clipping to [-1, 1]).

``modifier`` is ``"negation"``, ``"intensifier"``, ``"contrast"`` or None (the first that applies,
in that order). For the side-by-side view use :func:`explain_table`: one row per word with the
three scorers' contributions as columns.

Example:
    >>> ex = explain_tone("The food was good, but the service was terrible.")
    >>> ex[ex.scorer == "vader"][["token", "lexicon_value", "modifier", "effect"]].values.tolist()
    [['good', 1.9, 'contrast', 0.95], ['terrible', -2.1, 'contrast', -3.15]]
    >>> from toolkit.sentiment.tone import score_texts
    >>> tone_of_sentence = score_texts(["The food was good, but the service was terrible."]).tone[0]
    >>> bool(abs(ex[ex.scorer == "tone"]["contribution"].sum() - tone_of_sentence) < 1e-12)
    True
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pandas as pd

import toolkit.sentiment.tone_model as M
from toolkit.sentiment._textblob_fast import _textblob
from toolkit.sentiment._vader_fast import _vader, normalise_quotes

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = ["explain_tone", "explain_table", "EXPLAIN_COLUMNS"]

#: Columns of :func:`explain_tone`.
EXPLAIN_COLUMNS = [
    "sent_id", "scorer", "component", "token", "start", "end", "lexicon_value", "modifier",
    "effect", "contribution",
]  # fmt: skip

_WS = re.compile(r"\S+")
_PRIORITY = ("negation", "intensifier", "contrast")


def _modifier(rules: set[str]) -> str | None:
    for m in _PRIORITY:
        if m in rules:
            return m
    return None


def _vader_offsets(norm: str, scored: str, n: int) -> list[tuple[int | None, int | None]]:
    punct = _vader().punct
    out: list[tuple[int | None, int | None]] = []
    if scored != norm.strip():  # emojis were replaced by words: offsets unknown
        return [(None, None)] * n
    for m in _WS.finditer(norm):
        raw = m.group()
        stripped = raw.strip(punct)
        if len(stripped) <= 2:
            out.append((m.start(), m.end()))
        else:
            lead = len(raw) - len(raw.lstrip(punct))
            out.append((m.start() + lead, m.start() + lead + len(stripped)))
    return out if len(out) == n else [(None, None)] * n


def _find(text_low: str, text: str, word: str, cursor: int) -> tuple[int | None, int | None, int]:
    i = text_low.find(word, cursor)
    if i < 0:
        i = text_low.find(word)
    if i < 0 or text[i : i + len(word)].lower() != word:
        return None, None, cursor
    return i, i + len(word), i + len(word)


def _explain_text(text: str, sent_id: int, offset: int) -> list[dict[str, Any]]:
    model = M._model()
    bw = dict(zip(model["base_features"], model["base_weights"], strict=True))
    tb = _textblob()(text)
    norm = normalise_quotes(text)
    trace: list[set[str]] = []
    vad = M._vader_scan(norm, trace)
    base, cues, lexv, _, _, compound, evals = M._features(text, tb, vad)
    words, vals, scored = vad
    offs = _vader_offsets(norm, scored, len(words))
    rows: list[dict[str, Any]] = []

    def add(scorer: str, component: str, token: str | None, span: tuple[int | None, int | None],
            lexicon_value: float | None, modifier: str | None, effect: float | None, contribution: float) -> None:  # fmt: skip
        s, e = span
        rows.append(
            {
                "sent_id": sent_id, "scorer": scorer, "component": component, "token": token,
                "start": None if s is None else s + offset, "end": None if e is None else e + offset,
                "lexicon_value": lexicon_value, "modifier": modifier, "effect": effect,
                "contribution": contribution,
            }
        )  # fmt: skip

    # ---- TextBlob chunks
    pat = _textblob()
    ass = tb[2]
    na = len(ass) or 1
    low = text.lower()
    cursor = 0
    tb_spans = []
    for chunk, p, _s, _x in ass:
        head = next((w for w in reversed(chunk) if w != "!" and w not in pat.negations), chunk[-1])
        entry = pat.lex.get(head)
        lexval = entry[None][0] if entry is not None and None in entry else None
        s, e, cursor = _find(low, text, head, cursor)
        if chunk[0] in pat.negations or (len(chunk) > 1 and chunk[-1] in pat.negations):
            mod = "negation"
        elif len(chunk) > 1 and chunk[-1] != "!":
            mod = "intensifier"
        else:
            mod = None
        tb_spans.append((s, e, mod))
        add("textblob", "textblob", " ".join(chunk), (s, e), lexval, mod, p, p / na)

    # ---- VADER words
    vd = _vader()
    total = float(sum(vals))
    for k, (w, v) in enumerate(zip(words, vals, strict=True)):
        if not v:
            continue
        lw = w.lower()
        share = compound * v / total if total else 0.0
        add("vader", "vader", w, offs[k], vd.lexicon.get(lw), _modifier(trace[k]), round(v, 4), share)

    # ---- tone: VADER features (extended valences: + base forms of unknown words) split onto words;
    # words inside names ("Great Britain") count for nothing (tone_model._unnamed)
    parts = scored.split()
    tass = ass
    tvals = vals
    if len(parts) == len(vals):
        low_v = [w.lower() for w in words]
        _, tvals, tass = M._unnamed(scored, parts, low_v, [M._word_info(lw) for lw in low_v], list(vals), ass)
    tcompound = base[4]
    ttotal = float(sum(tvals))
    eneg = sum(v for v in evals if v < 0)
    rev = next((k for k, w in enumerate(words) if w.lower() in M.HARM_REVERSERS), -1)
    epos = sum(v for v in evals if v > 0)
    for k, (w, v) in enumerate(zip(words, evals, strict=True)):
        if not v:
            continue
        lw = w.lower()
        orig = tvals[k]
        c = bw["vader_compound"] * (tcompound * orig / ttotal if ttotal and orig else 0.0)
        if v < 0:
            c += bw["vader_neg"] * base[0] * v / eneg + bw["vader_neg4"] * base[2] * v / eneg
        else:
            c += bw["vader_pos"] * base[1] * v / epos + bw["vader_pos4"] * base[3] * v / epos
        if orig:
            mod, lexval = _modifier(trace[k]), vd.lexicon.get(lw)
        else:  # an inflected form VADER does not know: valence of its base form
            lexval = M._backoff_valence(lw)
            mod = "negation" if v * lexval < 0 else None
        add("tone", "vader", w, offs[k], lexval, mod, round(v, 4), c)
        if v < 0 and 0 <= rev < k:  # a harm named after "prevent", "cure" ...: partly cancelled
            add("tone", "harm_reversal", w, offs[k], lexval, mod, round(v, 4), bw["harm_reversed"] * v / 4.0)
        adj = model["lexicon_adjustments"].get(lw)
        if adj is not None:
            add("tone", "news_lexicon", w, offs[k], lexval, mod, round(v, 4), adj * v / 4.0)
    # ---- tone: TextBlob chunks (not those of a descriptor such as "gay" or "foreign")
    counted = M.tone_assessments(tass)
    nt = sum(1 for a in counted if a[1]) or 1  # zero-polarity assessments ("russian") do not dilute
    for a, (s, e, mod) in zip(ass, tb_spans, strict=True):
        chunk, p = a[0], a[1]
        if p and (counted is ass or a in counted):
            weight = bw["textblob_neg"] if p < 0 else bw["textblob_pos"]
            add("tone", "textblob", " ".join(chunk), (s, e), None, mod, p, weight * p / nt)
    # ---- tone: cue words
    norm_low = norm.lower()
    for cue, weight in model["cue_weights"].items():
        if cue in cues:
            if cue == "n't":
                m = re.search(r"[a-z]n't\b", norm_low)
                span = (m.start() + 1, m.end()) if m else (None, None)
            elif cue == "?":
                i = norm_low.find("?")
                span = (i, i + 1) if i >= 0 else (None, None)
            elif cue in ("<hazard>", "<benefit>"):
                pool = M.NEWS_HAZARDS if cue == "<hazard>" else M.NEWS_BENEFITS
                k = next((j for j, w in enumerate(words) if w.lower() in pool and not evals[j]), None)
                span = offs[k] if k is not None else (None, None)
                cue = words[k] if k is not None else cue
            else:
                m = re.search(rf"(?<![a-z']){re.escape(cue)}(?![a-z'])", norm_low)
                span = (m.start(), m.end()) if m else (None, None)
            add("tone", "cue", cue, span, None, None, weight, weight)  # effect = the cue's weight
    # ---- tone: baseline
    add("tone", "baseline", None, (None, None), None, None, None,
        model["intercept"] + bw["log_tokens"] * base[7])  # fmt: skip
    return rows


def explain_tone(text_or_article: str | Article) -> pd.DataFrame:
    """Word and phrase contributions to each scorer, for a text or every sentence of an article.

    Args:
        text_or_article: a string (explained as one unit, ``sent_id`` 0, offsets into the string)
            or an :class:`~toolkit.article.Article` (each sentence; offsets into ``article.text``).

    Returns:
        DataFrame with columns ``sent_id``, ``scorer`` (``textblob``/``vader``/``tone``),
        ``component`` (for ``tone``: ``vader``, ``news_lexicon``, ``harm_reversal``, ``textblob``,
        ``cue``, ``baseline``), ``token``, ``start``, ``end`` (None when not locatable), ``lexicon_value``,
        ``modifier`` (``negation``/``intensifier``/``contrast``/None), ``effect`` (the word's or
        chunk's value after modifiers) and ``contribution`` (its share of the sentence's
        ``polarity``, ``vader`` compound or ``tone``).

    Example:
        >>> ex = explain_tone("A very good result.")
        >>> ex.groupby("scorer")["contribution"].sum().round(3).to_dict()["textblob"]
        0.91
    """
    rows: list[dict[str, Any]] = []
    if isinstance(text_or_article, str):
        rows = _explain_text(text_or_article, 0, 0)
    else:
        sents = text_or_article.sentences
        for sid, start, text in zip(sents["sent_id"], sents["start"], sents["text"], strict=True):
            rows.extend(_explain_text(text, int(sid), int(start)))
    df = pd.DataFrame(rows, columns=EXPLAIN_COLUMNS)
    for c in ("start", "end"):
        df[c] = df[c].astype("Int64")
    return df


def explain_table(text_or_article: str | Article) -> pd.DataFrame:
    """Side-by-side view of :func:`explain_tone`: one row per located word or chunk.

    Returns:
        DataFrame with columns ``sent_id``, ``start``, ``end``, ``token`` (the word, or TextBlob's
        chunk when only TextBlob assessed it), ``modifier``, ``textblob``, ``vader``, ``tone``
        (each scorer's contribution; 0 where the scorer ignores the word), sorted by position.
        The ``tone`` baseline and unlocated rows are left out (see :func:`explain_tone`).

    Example:
        >>> explain_table("Not a good deal.")[["token", "textblob", "vader"]].values.tolist()
        [['not', 0.0, 0.0], ['good', -0.35, -0.3412]]
    """
    ex = explain_tone(text_or_article)
    ex = ex[ex["start"].notna()]
    if ex.empty:
        return pd.DataFrame(columns=["sent_id", "start", "end", "token", "modifier", "textblob", "vader", "tone"])
    key = ["sent_id", "start", "end"]
    wide = ex.pivot_table(index=key, columns="scorer", values="contribution", aggfunc="sum", fill_value=0.0)
    for c in ("textblob", "vader", "tone"):
        if c not in wide:
            wide[c] = 0.0
    first = ex.assign(_pref=ex["scorer"].map({"vader": 0, "tone": 1, "textblob": 2})).sort_values("_pref")
    meta = first.groupby(key, sort=False)[["token", "modifier"]].first()
    out = meta.join(wide[["textblob", "vader", "tone"]]).reset_index().sort_values(key, kind="stable")
    out.columns.name = None
    return out.reset_index(drop=True)
