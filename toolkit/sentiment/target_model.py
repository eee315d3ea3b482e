"""Target-dependent tone, the model: ``TargetToneModel``, its fast scorer, the packaged model.

``target_tone(sentence, spans)`` scores each target span of one sentence, ``score_targets(items)``
many sentences at once, ``load_model()`` loads ``toolkit/data/target_tone_model.json`` once. The
features come from :mod:`toolkit.sentiment.target_features`; :mod:`toolkit.sentiment.target`
describes them and re-exports this module's names.

Example:
    >>> df = target_tone("Critics accused Smith of lying.", (16, 21))
    >>> df[["target", "label"]].values.tolist()
    [['Smith', 'negative']]
    >>> round(float(df.p_negative.iloc[0] + df.p_neutral.iloc[0] + df.p_positive.iloc[0]), 6)
    1.0
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from toolkit.sentiment.target_features import (
    _PRONOUNS,
    _SAY,
    _WINDOW_WHY,
    REGIONS,
    _compound,
    _decay,
    _roles,
    _Sent,
    extract_features,
    feature_words,
    local_tone,
    placed_words,
)

__all__ = [
    "CLASSES",
    "COLUMNS",
    "MODEL_PATH",
    "TargetToneModel",
    "target_tone",
    "score_targets",
    "load_model",
]

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "target_tone_model.json"
CLASSES = ("negative", "neutral", "positive")
COLUMNS = [
    "start",
    "end",
    "target",
    "tone_to",
    "label",
    "p_negative",
    "p_neutral",
    "p_positive",
    "evidence",
]

_OPTIONS_OFF: dict[str, Any] = {
    "bow_side": False,
    "target_bow": False,
    "role_bow": False,
    "sent_bow": False,
    "mask_all": False,
    "compound": False,
    "neutral_words": False,
}


def _span_list(spans: Any) -> list[tuple[int, int]]:
    if (
        isinstance(spans, tuple)
        and len(spans) == 2
        and all(isinstance(x, (int, np.integer)) for x in spans)
    ):
        return [(int(spans[0]), int(spans[1]))]
    return [(int(s), int(e)) for s, e in spans]


class TargetToneModel:
    """Linear target-tone model: weights per feature and class, loaded from a JSON file."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.classes = tuple(data["classes"])
        if self.classes != CLASSES:
            raise ValueError(f"unexpected classes {self.classes}")
        # an option missing from a model file is off (the file was trained without it)
        self.config = {**_OPTIONS_OFF, **data["config"]}
        bias = [float(x) for x in data["intercept"]]
        corr = [float(x) for x in data.get("prior_correction", [0.0, 0.0, 0.0])]
        self.bias = (bias[0] + corr[0], bias[1] + corr[1], bias[2] + corr[2])
        self.weights: dict[str, tuple[float, float, float]] = {
            name: (float(w[0]), float(w[1]), float(w[2]))
            for name, w in zip(data["features"], data["coef"], strict=False)
        }
        self._lexcache: dict[str, tuple[float, float, int, int, bool]] = {}
        sb = self.config.get("sent_bow")
        self._bag_mode = None if not sb else ("flat" if sb == "flat" else "decay")
        # the fast path takes window words under one prefix ("W:", i.e. bow_side False)
        self._fast_ok = not self.config.get("bow_side")
        self._neutral = bool(self.config.get("neutral_words"))
        self._k = int(self.config["k"])
        self._tau = float(self.config["tau"])
        self._word_w: dict[str, tuple[float, ...]] = {}
        self._dd = [math.exp(-d / self._tau) for d in range(128)]
        self._prepare_core()
        self._sents: dict[str, _Sent] = {}

    # ---------------------------------------------------------------- loading
    @classmethod
    def load(cls, path: str | Path = MODEL_PATH) -> TargetToneModel:
        with open(path, encoding="utf-8") as fh:
            return cls(json.load(fh))

    @property
    def credits(self) -> str:
        return str(self.data.get("credits", ""))

    def sentence(self, text: str, *, keep: bool = True) -> _Sent:
        """The tokenised sentence, from the model's memo of recent sentences; ``keep=False``: not
        added to it (a corpus run reads each sentence once: the memo would only hold the garbage
        collector up)."""
        s = self._sents.get(text)
        if s is None:
            s = _Sent(text, self._lexcache)
            if keep:
                if len(self._sents) > 4096:
                    self._sents.clear()
                self._sents[text] = s
        return s

    # ---------------------------------------------------------------- scoring
    def _scores(self, f: dict[str, float]) -> tuple[float, float, float]:
        s0, s1, s2 = self.bias
        W = self.weights
        for name, x in f.items():
            w = W.get(name)
            if w is not None:
                s0 += w[0] * x
                s1 += w[1] * x
                s2 += w[2] * x
        return s0, s1, s2

    def _prepare_core(self) -> None:
        """Weight tuples of the dense features, indexed for :meth:`_core_scores`."""
        W = self.weights
        z = (0.0, 0.0, 0.0)
        self._rw = [[[W.get(lx + sg + r, z) for r in REGIONS] for sg in "+-"] for lx in "vp"]
        self._allw = [[W.get(lx + sg + "all", z) for sg in "+-"] for lx in "vp"]
        self._negw = [W.get(lx + "neg", z) for lx in "vp"]
        self._rolew = {r: [W.get(lx + r, z) for lx in "vp"] for r in "SOP"}
        self._dw = {
            name: W.get(name, z)
            for name in (
                "in_quote",
                "speaker",
                "speaker_of_quote",
                "quote_elsewhere",
                "pronoun",
                "first",
                "rel_pos",
                "multi",
                "target_valence",
                "compound",
                "compound_sq",
                "sentence_tone",
                "sentence_tone_abs",
            )
        }

    def _core_scores(
        self, sent: _Sent, a: int, b: int, others: Sequence[tuple[int, int]]
    ) -> tuple[float, float, float]:
        """``_scores(extract_features(sent, a, b, others, config, None, False, False))`` without
        building the feature dict (the same rules, accumulated straight into the class scores)."""
        cfg = self.config
        tau = self._tau
        low = sent.low
        n = sent.n
        quote, vv, pv, negated = sent.quote, sent.vv, sent.pv, sent.negated
        tq = quote[a]
        dec = _decay(tau)
        mask_all = bool(cfg.get("mask_all"))
        s0, s1, s2 = self.bias
        W = self.weights
        role = _roles(low, n, a, b)
        rw, allw, negw, rolew = self._rw, self._allw, self._negw, self._rolew
        for i, d, region in placed_words(sent, a, b, others):
            w = dec[d] if d < 64 else math.exp(-(d - 1) / tau)
            neg = negated[i]
            r = role.get(i) if region != 7 else None
            for li, val in ((0, vv[i]), (1, pv[i])):
                if not val:
                    continue
                if neg:
                    val = -val
                sg = 0 if val > 0 else 1
                av = val if val > 0 else -val
                x = av * w
                t = rw[li][sg][region]
                s0 += t[0] * x
                s1 += t[1] * x
                s2 += t[2] * x
                if not (mask_all and region == 7):
                    t = allw[li][sg]
                    s0 += t[0] * av
                    s1 += t[1] * av
                    s2 += t[2] * av
                if neg:
                    t = negw[li]
                    s0 += t[0] * w
                    s1 += t[1] * w
                    s2 += t[2] * w
                if r is not None:
                    t = rolew[r][li]
                    s0 += t[0] * val
                    s1 += t[1] * val
                    s2 += t[2] * val
        names = set()  # binary features: each name once
        fw = feature_words(sent, self._neutral)
        if cfg.get("role_bow"):
            for i, r in role.items():
                wd = fw[i]
                if wd[0].isalpha() or wd[0] == "<":
                    names.add(r + ":" + wd)
        tb = cfg.get("target_bow")
        if tb:
            text = sent.text
            for i in range(a, b):
                if tb == "lower" and not text[sent.starts[i]].islower():
                    continue
                names.add("T:" + fw[i])
        if names:
            for name in names:
                t = W.get(name)
                if t is not None:
                    s0 += t[0]
                    s1 += t[1]
                    s2 += t[2]
        dw = self._dw
        on = []
        if tq:
            on.append("in_quote")
        has_quote = sent.memo.get("has_quote")
        if has_quote is None:
            has_quote = sent.memo["has_quote"] = any(quote)
        # the speaker: "X said", "said X", "according to X" (and not inside a quote)
        speaker = not tq and (
            any(low[j] in _SAY for j in range(b, min(n, b + 3)))
            or any(low[j] in _SAY for j in range(max(0, a - 2), a))
            or (a >= 2 and low[a - 1] == "to" and low[a - 2] == "according")
        )
        if speaker:
            on.append("speaker")
            if has_quote:
                on.append("speaker_of_quote")
        if has_quote and not tq and not speaker:
            on.append("quote_elsewhere")
        if b - a == 1 and low[a] in _PRONOUNS:
            on.append("pronoun")
        if a == 0:
            on.append("first")
        if others:
            on.append("multi")
        for name in on:
            t = dw[name]
            s0 += t[0]
            s1 += t[1]
            s2 += t[2]
        x = a / max(1, n)
        t = dw["rel_pos"]
        s0 += t[0] * x
        s1 += t[1] * x
        s2 += t[2] * x
        tv = sum(vv[i] for i in range(a, b))
        if tv:
            t = dw["target_valence"]
            s0 += t[0] * tv
            s1 += t[1] * tv
            s2 += t[2] * tv
        if cfg.get("compound"):
            cv, cv2 = _compound(sent)
            if cv:
                t = dw["compound"]
                u = dw["compound_sq"]
                s0 += t[0] * cv + u[0] * cv2
                s1 += t[1] * cv + u[1] * cv2
                s2 += t[2] * cv + u[2] * cv2
        if cfg.get("sent_tone"):
            st = local_tone(sent, a, b, others)
            if st:
                t = dw["sentence_tone"]
                u = dw["sentence_tone_abs"]
                sa = st if st > 0 else -st
                s0 += t[0] * st + u[0] * sa
                s1 += t[1] * st + u[1] * sa
                s2 += t[2] * st + u[2] * sa
        return s0, s1, s2

    def _word_rows(self, sent: _Sent) -> list[tuple[float, ...]]:
        """Per token: the weights of its window feature (``W:``) and of its sentence-bag feature
        (``A:``), per class; once per sentence."""
        rows = sent.memo.get(self)
        if rows is None:
            wc = self._word_w
            rows = []
            for w in feature_words(sent, self._neutral):
                r = wc.get(w)
                if r is None:
                    W = self.weights
                    z = (0.0, 0.0, 0.0)
                    r = wc[w] = (*W.get("W:" + w, z), *W.get("A:" + w, z))
                rows.append(r)
            sent.memo[self] = rows
        return rows

    def _fast_scores(
        self, sent: _Sent, a: int, b: int, others: Sequence[tuple[int, int]]
    ) -> tuple[float, float, float]:
        """Class scores, equal to ``_scores(extract_features(...))`` up to rounding, without
        building feature names: :meth:`_core_scores` plus the window words and the sentence bag
        of words from per-token weight rows."""
        if not self._fast_ok:
            return self._scores(extract_features(sent, a, b, others, self.config))
        s0, s1, s2 = self._core_scores(sent, a, b, others)
        rows = self._word_rows(sent)
        n = sent.n
        k = self._k
        lo, hi = max(0, a - k), min(n, b + k)
        for r in rows[lo:a]:
            s0 += r[0]
            s1 += r[1]
            s2 += r[2]
        for r in rows[b:hi]:
            s0 += r[0]
            s1 += r[1]
            s2 += r[2]
        mode = self._bag_mode
        if mode is not None:
            if mode == "flat":
                for r in chain(rows[:lo], rows[hi:]):
                    s0 += r[3]
                    s1 += r[4]
                    s2 += r[5]
            else:
                dd = self._dd
                if n >= len(dd):
                    dd = self._dd = [math.exp(-d / self._tau) for d in range(2 * n + 64)]
                for i in range(lo):
                    r = rows[i]
                    x = dd[a - i - 1]
                    s0 += r[3] * x
                    s1 += r[4] * x
                    s2 += r[5] * x
                for i in range(hi, n):
                    r = rows[i]
                    x = dd[i - b]
                    s0 += r[3] * x
                    s1 += r[4] * x
                    s2 += r[5] * x
        return s0, s1, s2

    @staticmethod
    def _probs(s: tuple[float, float, float]) -> tuple[float, float, float]:
        m = max(s)
        e0, e1, e2 = math.exp(s[0] - m), math.exp(s[1] - m), math.exp(s[2] - m)
        z = e0 + e1 + e2
        return e0 / z, e1 / z, e2 / z

    def _token_spans(self, sent: _Sent, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [sent.token_span(s, e) for s, e in spans]

    def predict_proba(self, sentence: str, spans: Any) -> list[tuple[float, float, float]]:
        """(p_negative, p_neutral, p_positive) per span."""
        spans = _span_list(spans)
        sent = self.sentence(sentence)
        if not sent.n:
            return [(0.0, 1.0, 0.0)] * len(spans)
        tok = self._token_spans(sent, spans)
        out = []
        for idx, (a, b) in enumerate(tok):
            others = [t for j, t in enumerate(tok) if j != idx and t != (a, b)]
            out.append(self._probs(self._fast_scores(sent, a, b, others)))
        return out

    def predict(self, sentence: str, spans: Any, *, explain: bool = False) -> pd.DataFrame:
        """One row per span: start, end, target, tone_to, label, p_*, evidence."""
        spans = _span_list(spans)
        rows = self._rows(sentence, spans, explain=explain)
        return pd.DataFrame(rows, columns=COLUMNS)

    def _rows(
        self, sentence: str, spans: list[tuple[int, int]], *, explain: bool, tone: float | None = None,
        keep: bool = True,
    ) -> list[tuple[Any, ...]]:
        """Rows of :meth:`predict`; ``tone``: the sentence's ``tone`` when the caller has it;
        ``keep``: see :meth:`sentence`."""
        sent = self.sentence(sentence, keep=keep)
        if tone is not None and tone == tone:
            sent.memo["tone"] = float(tone)
        rows = []
        if not sent.n:
            return [(s, e, sentence[s:e], 0.0, "neutral", 0.0, 1.0, 0.0, "") for s, e in spans]
        tok = self._token_spans(sent, spans)
        for idx, ((s, e), (a, b)) in enumerate(zip(spans, tok, strict=False)):
            others = [t for j, t in enumerate(tok) if j != idx and t != (a, b)]
            if explain:
                trace: list[tuple[str, float, int, str]] = []
                f = extract_features(sent, a, b, others, self.config, trace)
                p0, p1, p2 = self._probs(self._scores(f))
                ev = self._evidence(sent, trace)
            else:
                p0, p1, p2 = self._probs(self._fast_scores(sent, a, b, others))
                ev = ""
            label = "negative" if p0 >= p1 and p0 >= p2 else ("neutral" if p1 >= p2 else "positive")
            rows.append((s, e, sentence[s:e], p2 - p0, label, p0, p1, p2, ev))
        return rows

    # ---------------------------------------------------------------- explanations
    def _contrib(self, sent: _Sent, trace: list[tuple[str, float, int, str]]) -> pd.DataFrame:
        recs = []
        W = self.weights
        for name, x, i, why in trace:
            w = W.get(name)
            if w is None:
                continue
            wt = w[2] - w[0]
            word = sent.low[i] if i >= 0 else ""
            neg = bool(i >= 0 and sent.negated[i] and name[1:2] in "+-" and name[0] in "vp")
            recs.append(
                (
                    name,
                    word,
                    i,
                    wt,
                    x,
                    wt * x,
                    why + ("; negated" if neg else ""),
                    w[0] * x,
                    w[1] * x,
                    w[2] * x,
                )
            )
        return pd.DataFrame(
            recs,
            columns=[
                "feature",
                "word",
                "token",
                "weight",
                "value",
                "contribution",
                "why",
                "contribution_negative",
                "contribution_neutral",
                "contribution_positive",
            ],
        )

    def explain(
        self, sentence: str, start: int, end: int, others: Sequence[tuple[int, int]] = ()
    ) -> pd.DataFrame:
        """Why the target [start, end) got its tone: one row per (feature, word) contribution.

        Columns: feature, word (the sentence word behind it, '' for whole-target features), token
        (its index, -1 if none), weight (positive-minus-negative class weight), value,
        contribution (weight * value, in log-odds of positive vs negative), why, and the three
        per-class contributions. With the ``(intercept)`` row the contributions sum to
        ``log(p_positive / p_negative)``; rows are sorted by absolute contribution."""
        sent = self.sentence(sentence)
        spans = [(start, end), *[(int(s), int(e)) for s, e in others]]
        tok = self._token_spans(sent, spans)
        a, b = tok[0]
        trace: list[tuple[str, float, int, str]] = []
        extract_features(sent, a, b, [t for t in tok[1:] if t != (a, b)], self.config, trace)
        df = self._contrib(sent, trace)
        b0, b1, b2 = self.bias
        icpt = pd.DataFrame(
            [("(intercept)", "", -1, b2 - b0, 1.0, b2 - b0, "class priors", b0, b1, b2)],
            columns=df.columns,
        )
        df = df.sort_values("contribution", key=np.abs, ascending=False, kind="stable")
        return pd.concat([df, icpt], ignore_index=True)

    def _evidence(self, sent: _Sent, trace: list[tuple[str, float, int, str]], top: int = 3) -> str:
        """Short text: the words with the largest contributions, with their reasons."""
        W = self.weights
        per_word: dict[int, list[Any]] = {}
        other: list[tuple[float, str]] = []
        for name, x, i, why in trace:
            w = W.get(name)
            if w is None:
                continue
            c = (w[2] - w[0]) * x
            if i >= 0:
                r = per_word.setdefault(i, [0.0, set()])
                r[0] += c
                # reasons worth showing: region/role/negation of lexicon words, not "anywhere"
                # or the window position of a word feature
                if not why.startswith("anywhere") and not why.endswith(_WINDOW_WHY):
                    r[1].add(why)
            else:
                other.append((c, why))
        items = sorted(per_word.items(), key=lambda kv: -abs(kv[1][0]))[:top]
        parts = []
        for i, (c, whys) in items:
            if abs(c) < 0.05:
                continue
            word = sent.text[sent.starts[i] : sent.ends[i]]
            lex = sent.vv[i] or sent.pv[i]
            lexs = f"lexicon {lex:+.2f}, " if lex else ""
            reasons = "; ".join(sorted(whys))
            neg = ""
            if sent.negated[i]:
                reasons = "; ".join(sorted(whys - {"negated"}))
                neg = f"; '{sent.low[sent.negator[i]]}' negates"
            parts.append(
                f"{word} ({c:+.2f}: {lexs}{reasons}{neg})".replace(", )", ")").replace(": )", ")")
            )
        for c, why in sorted(other, key=lambda t: -abs(t[0]))[:2]:
            if abs(c) >= 0.1:
                parts.append(f"{why} ({c:+.2f})")
        return "; ".join(parts)

    # ---------------------------------------------------------------- batch
    def score_targets(
        self, items: Iterable[tuple[str, Any]], *, evidence: bool = False
    ) -> pd.DataFrame:
        """Score many (sentence, spans) items. One row per span, in order, with an ``item`` column
        (the item's position) before the columns of :func:`target_tone`; ``evidence`` is ''
        unless ``evidence=True`` (slower: the per-word trace is kept)."""
        out: list[tuple[Any, ...]] = []
        for n, (sentence, spans) in enumerate(items):
            for row in self._rows(sentence, _span_list(spans), explain=evidence):
                out.append((n, *row))
        return pd.DataFrame(out, columns=["item", *COLUMNS])


@lru_cache(maxsize=1)
def load_model() -> TargetToneModel:
    """The packaged model (``toolkit/data/target_tone_model.json``), loaded once."""
    return TargetToneModel.load(MODEL_PATH)


def target_tone(
    sentence: str, spans: list[tuple[int, int]] | tuple[int, int], *, explain: bool = False
) -> pd.DataFrame:
    """Tone of ``sentence`` towards each target span (character offsets, ``end`` exclusive).

    Returns one row per span: ``start``, ``end``, ``target`` (the surface text), ``tone_to``
    (``p_positive - p_negative``, -1..1), ``label`` ('negative'/'neutral'/'positive'),
    ``p_negative``, ``p_neutral``, ``p_positive`` and ``evidence`` (the words that moved the
    score most and why; computed only with ``explain=True``, '' otherwise).

    Example:
        >>> s = "Critics accused Smith of lying."
        >>> target_tone(s, (16, 21)).label.tolist()  # doctest: +SKIP
        ['negative']
    """
    return load_model().predict(sentence, spans, explain=explain)


def score_targets(items: Iterable[tuple[str, Any]], *, evidence: bool = False) -> pd.DataFrame:
    """Batch :func:`target_tone`: ``items`` is an iterable of ``(sentence, spans)``; one row per
    span with an ``item`` column (position of the item). About tens of microseconds per span."""
    return load_model().score_targets(items, evidence=evidence)
