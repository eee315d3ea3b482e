"""Learned entity typer and name filter: what kind of name a candidate span is, or whether it is one.

A linear multinomial (maximum entropy / logistic regression) model over sparse, readable features of
a candidate span in its sentence: the span's words and shape, its first/last words and suffixes, the
1-3 words before and after it, a bag of nearby words, whether it sits in a headline or an all-caps
line, and membership of small bundled word lists (countries, places, organisations, given names,
product and work names, role nouns). It decides between eight labels::

    person, organization, place, work, product, event, other, not_a_name

Weights ship as package data (``toolkit/data/entity_typer.json``: ``{feature: {label: weight}}``,
pruned), are loaded lazily once (:func:`load_typer`) and need only numpy at run time. The model is
trained by ``training/train_entity_typer.py`` on the GUM corpus (Zeldes 2017; annotations CC BY 4.0,
texts CC BY / CC BY-SA per document) plus small hand-written CC0 lists and templates for product and
work names, which GUM does not type (see ``training/README.md``).

Every decision is explainable: :meth:`EntityTyper.explain` lists the features that fired with their
weights; their sum (plus the bias row) is the label's score.

Using it on the rule detector's mentions (one call per article)::

    typer = load_typer()
    rows = mentions[~mentions["adjectival"]]                 # actors() rows; demonyms stay as they are
    sents = art.sentences.set_index("sent_id")
    preds = typer.predict(
        art.text, list(zip(rows["start"], rows["end"])),
        sentences=[(sents.at[i, "start"], sents.at[i, "end"]) for i in rows["sent_id"]],
        headlines=[sents.at[i, "kind"] == "title" for i in rows["sent_id"]],
        hints=rows["type"].tolist(),                         # the rule type is one more feature
    )
    # p.type == "not_a_name": drop the row; else use p.type as the row's type (p.prob, p.is_name_prob
    # as confidences). work/product/event/other rows are not persons, organisations or places.

Measured honestly (model trained without the news documents), this retyping does **not** beat the
rules on GUM news (typed overlap F1 0.750 vs 0.821 for the rules): the rules were tuned on those documents and
GUM's news convention (a country acting as a team or government is an organisation) is nearly absent
from the other genres. On the other GUM genres (grouped cross-validation) it raises the typed F1 over
person/organization/place from 0.652 to 0.757. See ``benchmarks/eval_typer.py`` and ``training/README.md``.

Example:
    >>> typer = load_typer()
    >>> text = "Newmont said its profit rose by 20 percent."
    >>> typer.predict(text, [(0, 7)])[0].type
    'organization'
    >>> "p1=film" in features("They saw the film Marriage Story.", 18, 32)
    True
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["LABELS", "NAME_TYPES", "NOT_A_NAME", "Prediction", "EntityTyper", "features", "load_typer", "tokenize"]

NOT_A_NAME = "not_a_name"
NAME_TYPES = ("person", "organization", "place", "work", "product", "event", "other")
LABELS = NAME_TYPES + (NOT_A_NAME,)
BIAS = "(bias)"

# One token: a word (with inner hyphens, apostrophes, dots, ampersands: "Bre-X", "U.S", "AT&T"),
# a possessive 's, or one other non-space character.
_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|['’]s\b|\w+(?:[-–&.]\w+|['’](?!s\b)\w+)*|[^\w\s]")
_WINDOW = 80  # characters of context read on each side (enough for 3-6 tokens)
_BAG = 6  # tokens on each side in the bag-of-words context
_FUNCTION = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "for", "to", "in", "on", "at", "by", "with", "from", "into", "onto", "upon", "as", "up", "down", "out", "off", "over", "under", "is", "are", "was", "were", "be", "been", "am", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "me", "him", "her", "them", "us", "my", "his", "their", "our", "your", "not", "no", "so", "if", "then", "than", "too", "very", "can", "will", "would", "should", "could", "may", "might", "must", "do", "does", "did", "has", "have", "had", "all", "any", "some", "each", "every", "more", "most", "other", "such", "only", "own", "same", "just", "also", "new", "after", "before", "about", "against", "between", "through", "during", "without", "within", "while", "where", "when", "what", "which", "who", "whom", "why", "how"]
)
_QUOTES = frozenset("\"“”‘’'«»")
# the first of these after a name often refers back to it ("Newmont said its profit", "Smith said he")
_PRONOUNS = frozenset(["he", "she", "him", "her", "his", "hers", "himself", "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "who", "which"])


class Prediction(NamedTuple):
    """The model's decision for one span.

    ``type`` is the most probable name type, or ``"not_a_name"`` when ``is_name_prob`` is below the
    typer's threshold; ``prob`` is the probability of the returned label (all eight labels sum to 1);
    ``is_name_prob`` = 1 - P(not_a_name).
    """

    type: str
    prob: float
    is_name_prob: float


def tokenize(s: str) -> list[str]:
    """Split text into word and punctuation tokens (no external data).

    >>> tokenize("Barcelona's ground, U.S. Bre-X Inc.")
    ['Barcelona', "'s", 'ground', ',', 'U.S.', 'Bre-X', 'Inc', '.']
    """
    return _TOKEN.findall(s)


def _shape(w: str) -> str:
    if w.isdigit():
        return "d"
    out = []
    for ch in w:
        c = "X" if ch.isupper() else "x" if ch.islower() else "d" if ch.isdigit() else ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _is_cap(w: str) -> bool:
    return w[:1].isupper()


_BOUNDARY = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREV = frozenset(["mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "rev", "inc", "co", "corp", "ltd", "no", "vs", "mt", "ft"])


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Approximate sentence (within the line) around ``[start, end)`` when the caller gives none."""
    lo = max(0, start - 300)
    left = text.rfind("\n", lo, start) + 1 or lo
    for m in _BOUNDARY.finditer(text, left, min(len(text), start + 2)):
        if m.end() > start:
            break
        if not _abbrev_before(text, m.start()):
            left = m.end()
    hi = min(len(text), end + 300)
    nl = text.find("\n", end, hi)
    right = nl if nl >= 0 else hi
    for m in _BOUNDARY.finditer(text, end, min(len(text), right + 2)):
        if m.start() >= right:
            break
        if not _abbrev_before(text, m.start()):
            right = m.start() + 1
            break
    return left, right


def _abbrev_before(text: str, dot: int) -> bool:
    k = dot
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    w = text[k:dot]
    return len(w) == 1 or w.lower() in _ABBREV


def _line_flags(text: str, start: int, end: int) -> tuple[bool, bool]:
    """(line is all upper case, line is short without final punctuation)."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    line = text[a: b if b >= 0 else len(text)].rstrip()
    upper = line.isupper() and len(line) >= 4
    short = line.count(" ") < 14 and not line.endswith((".", "!", "?", ":", ";", ",", '"', "”"))
    return upper, short


class _Lists(NamedTuple):
    common: frozenset[str]
    gaz: dict[str, frozenset[str]]  # kind -> lowercased full names
    tok: dict[str, frozenset[str]]  # kind -> lowercased single words ("prev_*": word before, "first_*": first word, else last word)
    prev: dict[str, tuple[str, ...]]  # word -> list features (derived from tok)
    first: dict[str, tuple[str, ...]]
    last: dict[str, tuple[str, ...]]
    cache: dict  # span text -> _SpanPart


def _make_lists(common: Iterable[str], gaz: dict[str, Iterable[str]], tok: dict[str, Iterable[str]]) -> _Lists:
    tables: tuple[dict[str, list[str]], ...] = ({}, {}, {})
    for kind, ws in sorted(tok.items()):
        table = tables[0] if kind.startswith("prev_") else tables[1] if kind.startswith("first_") else tables[2]
        for w in ws:
            table.setdefault(w, []).append("list_" + kind)
    prev, first, last = ({w: tuple(v) for w, v in t.items()} for t in tables)
    return _Lists(
        frozenset(common), {k: frozenset(v) for k, v in gaz.items()}, {k: frozenset(v) for k, v in tok.items()},
        prev, first, last, {},
    )


class _SpanPart(NamedTuple):
    feats: tuple[str, ...]  # features of the span's own words (no context)
    gaz: tuple[str, ...]  # gazetteer kinds the whole span is in
    all_common: bool
    allcaps: bool


def _span_part(span: str, lists: _Lists) -> _SpanPart:
    hit = lists.cache.get(span)
    if hit is not None:
        return hit
    toks = tokenize(span) or [span]
    low = [t.lower() for t in toks]
    words = [t for t in toks if t[:1].isalnum()] or toks
    f = ["ntok=" + (str(len(words)) if len(words) < 4 else "4+"), "span=" + " ".join(low)]
    add = f.append
    for t in set(low):
        add("w=" + t)
    add("first=" + low[0])
    add("last=" + low[-1])
    lw = words[-1].lower()
    if len(lw) > 3:
        add("suf3=" + lw[-3:])
        add("suf4=" + lw[-4:])
    add("shape=" + "_".join(_shape(t) for t in words[:4]))
    letters = [c for c in span if c.isalpha()]
    allcaps = len(letters) >= 2 and all(c.isupper() for c in letters)
    if allcaps:
        add("allcaps")
    if any(c.isdigit() for c in span):
        add("digit")
    if "-" in span or "–" in span:
        add("hyphen")
    if any(w.islower() for w in words):
        add("has_lower")
    if not all(_is_cap(w) or not w[:1].isalpha() for w in words):
        add("not_all_cap")
    common = lists.common
    n_common = sum(1 for w in words if w.lower() in common or w.lower() in _FUNCTION)
    n_func = sum(1 for w in words if w.lower() in _FUNCTION)
    if n_common == len(words):
        add("all_common")
    elif n_common:
        add("some_common")
    if n_func == len(words):
        add("all_function")
    if allcaps and n_common == len(words):
        add("allcaps&all_common")
    key = " ".join(w.lower() for w in words)
    gaz = tuple(kind for kind, names in lists.gaz.items() if key in names)
    for kind in gaz:
        add("gaz=" + kind)
    f.extend(lists.first.get(low[0], ()))
    f.extend(lists.last.get(low[-1].rstrip("."), ()))
    out = _SpanPart(tuple(f), gaz, n_common == len(words), allcaps)
    if len(lists.cache) > 100_000:
        lists.cache.clear()
    lists.cache[span] = out
    return out


def _features(
    text: str,
    start: int,
    end: int,
    sentence: tuple[int, int] | None,
    headline: bool,
    lists: _Lists,
    hint: str | None = None,
) -> list[str]:
    if sentence is None:
        sentence = _sentence_bounds(text, start, end)
    s0, s1 = sentence
    sp = _span_part(text[start:end], lists)
    f = list(sp.feats)
    add = f.append
    left = _TOKEN.findall(text, max(s0, start - _WINDOW), start) if start > s0 else []
    right = _TOKEN.findall(text, end, min(s1, end + _WINDOW)) if end < s1 else []
    # context
    p = [t.lower() for t in left[-3:]]
    n = [t.lower() for t in right[:3]]
    if not left:
        add("sent_initial")
    if p:
        add("p1=" + p[-1])
        if _is_cap(left[-1]) and left[-1][:1].isalpha():
            add("p1_cap")
    if len(p) >= 2:
        add("p2=" + " ".join(p[-2:]))
    if len(p) >= 3:
        add("p3=" + " ".join(p))
    if n:
        add("n1=" + n[0])
        if _is_cap(right[0]) and right[0][:1].isalpha():
            add("n1_cap")
    else:
        add("sent_final")
    if len(n) >= 2:
        add("n2=" + " ".join(n[:2]))
    if len(n) >= 3:
        add("n3=" + " ".join(n))
    for t in {t.lower() for t in left[-_BAG:]}:
        add("pb=" + t)
    for t in {t.lower() for t in right[:_BAG]}:
        add("nb=" + t)
    for t in right[:10]:
        lt = t.lower()
        if lt in _PRONOUNS:
            add("npron=" + lt)
            break
    if left and right and left[-1] in _QUOTES and right[0] in _QUOTES:
        add("quoted")
    upper, short = _line_flags(text, start, end)
    if headline:
        add("headline")
        if sp.all_common:
            add("headline&all_common")
    if upper:
        add("caps_line")
        if sp.all_common:
            add("caps_line&all_common")
    if short:
        add("short_line")
    if p:
        f.extend(lists.prev.get(p[-1].rstrip("."), ()))
    if hint:
        add("rule=" + hint)
        for kind in sp.gaz:
            add(f"rule={hint}&gaz={kind}")
    return f


def features(
    text: str,
    start: int,
    end: int,
    *,
    sentence: tuple[int, int] | None = None,
    headline: bool = False,
    hint: str | None = None,
) -> list[str]:
    """The sparse binary features of the candidate span ``text[start:end]``.

    Args:
        text: the whole article (offsets index it).
        start, end: the candidate span.
        sentence: ``(start, end)`` of the sentence holding the span (e.g. a row of
            ``Article.sentences``); guessed from punctuation and line breaks when ``None``.
        headline: the span is in the article's title (``kind == "title"``).
        hint: the type the rule detector gave the span (``person``, ``organization``, ``place``,
            ``other``), if any: one more feature (``rule=...``) whose learned weight says how far
            to trust it.

    Word-list features (``gaz=...``, ``list_...``) use the lists bundled with the model weights.

    >>> fs = features("Shares in Newmont fell after Newmont said its profit rose.", 29, 36)
    >>> sorted(f for f in fs if f.startswith(("p1=", "n1=", "n2=", "shape=")))
    ['n1=said', 'n2=said its', 'p1=after', 'shape=Xx']
    """
    return _features(text, start, end, sentence, headline, load_typer()._lists, hint)


class EntityTyper:
    """A loaded typer model. Use :func:`load_typer` for the bundled one (cached).

    Args:
        model: the parsed weights file (``{"labels", "weights", "lists", ...}``).
        threshold: a span is ``not_a_name`` when ``is_name_prob`` is below this (default from the
            model file, else 0.5).
        keep_margin: keep a hinted (rule) type unless another type is more probable by this much
            (default from the model file, else 0).
    """

    def __init__(
        self, model: dict[str, Any], *, threshold: float | None = None, keep_margin: float | None = None
    ) -> None:
        self.meta = {k: v for k, v in model.items() if k not in ("weights", "lists")}
        self.labels: tuple[str, ...] = tuple(model["labels"])
        self.threshold = float(threshold if threshold is not None else model.get("threshold", 0.5))
        self.keep_margin = float(keep_margin if keep_margin is not None else model.get("keep_margin", 0.0))
        weights: dict[str, dict[str, float]] = model["weights"]
        li = self._label_index = {lab: i for i, lab in enumerate(self.labels)}
        self._index: dict[str, int] = {}
        mat = np.zeros((len(weights) + 1, len(self.labels)))
        for r, (feat, row) in enumerate(weights.items(), start=1):
            self._index[feat] = r
            for lab, w in row.items():
                mat[r, li[lab]] = w
        self._bias = mat[0] = np.asarray([weights.get(BIAS, {}).get(lab, 0.0) for lab in self.labels])
        self._w = mat
        self._drop = li.get(NOT_A_NAME)
        self._name_cols = [i for i, lab in enumerate(self.labels) if lab != NOT_A_NAME]
        lists = model.get("lists", {})
        self._lists = _make_lists(lists.get("common", []), lists.get("gaz", {}), lists.get("tok", {}))
        self._cache: dict[tuple, np.ndarray] = {}

    # -- scoring ---------------------------------------------------------------------------------
    def features(
        self,
        text: str,
        start: int,
        end: int,
        *,
        sentence: tuple[int, int] | None = None,
        headline: bool = False,
        hint: str | None = None,
    ) -> list[str]:
        """:func:`features` with this model's word lists."""
        return _features(text, start, end, sentence, headline, self._lists, hint)

    def scores(self, feats: Iterable[str]) -> np.ndarray:
        """Unnormalised label scores (bias + sum of the weights of the features that fired)."""
        idx = [0]
        get = self._index.get
        for f in feats:
            i = get(f)
            if i is not None:
                idx.append(i)
        return self._w.take(idx, axis=0).sum(axis=0)

    def _probs(self, feats: Sequence[str]) -> list[float]:
        """Label probabilities as a list, cached per feature tuple (the span in its context)."""
        key = tuple(feats)
        hit = self._cache.get(key)
        if hit is None:
            z = self.scores(key).tolist()
            m = max(z)
            e = [math.exp(v - m) for v in z]
            t = sum(e)
            hit = [v / t for v in e]
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def _softmax_scores(self, feats: Iterable[str]) -> list[float]:
        z = self.scores(feats).tolist()
        m = max(z)
        e = [math.exp(v - m) for v in z]
        t = sum(e)
        return [v / t for v in e]

    def proba(self, feats: Sequence[str]) -> np.ndarray:
        """Probabilities over :attr:`labels` for a feature list."""
        return np.asarray(self._probs(feats))

    def decide(self, probs: Sequence[float], hint: str | None = None) -> Prediction:
        """Turn label probabilities into a :class:`Prediction`.

        ``not_a_name`` when ``is_name_prob < self.threshold``; else the most probable name type,
        except that a ``hint`` (the rule detector's type) is kept unless another type beats it by
        at least ``self.keep_margin`` in probability (both values are tuned by cross-validation
        and stored in the weights file).
        """
        p_drop = float(probs[self._drop]) if self._drop is not None else 0.0
        is_name = 1.0 - p_drop
        if self._drop is not None and is_name < self.threshold:
            return Prediction(NOT_A_NAME, p_drop, is_name)
        best = max(self._name_cols, key=probs.__getitem__)
        if hint is not None and self.keep_margin > 0:
            h = self._label_index.get(hint)
            if h is not None and h != self._drop and probs[best] - probs[h] < self.keep_margin:
                best = h
        return Prediction(self.labels[best], float(probs[best]), is_name)

    def predict(
        self,
        text: str,
        spans: Iterable[tuple[int, int]],
        *,
        sentences: Sequence[tuple[int, int] | None] | None = None,
        headlines: Sequence[bool] | None = None,
        hints: Sequence[str | None] | None = None,
    ) -> list[Prediction]:
        """Type every candidate span ``(start, end)`` of ``text``.

        Args:
            text: the whole article.
            spans: candidate ``(start, end)`` character spans (e.g. the rule detector's mentions).
            sentences: optional sentence ``(start, end)`` per span (same order), see :func:`features`.
            headlines: optional flag per span: it lies in the article's title.
            hints: optional rule-detector type per span (see :func:`features`).

        >>> typer = load_typer()
        >>> text = "They watched the film Marriage Story in Geneva."
        >>> [p.type for p in typer.predict(text, [(22, 36), (40, 46)])]
        ['work', 'place']
        """
        out = []
        for k, (s, e) in enumerate(spans):
            sent = sentences[k] if sentences is not None else None
            head = bool(headlines[k]) if headlines is not None else False
            hint = hints[k] if hints is not None else None
            out.append(self.decide(self._probs(_features(text, s, e, sent, head, self._lists, hint)), hint))
        return out

    def explain(
        self,
        text: str,
        start: int,
        end: int,
        *,
        sentence: tuple[int, int] | None = None,
        headline: bool = False,
        hint: str | None = None,
        label: str | None = None,
        top: int | None = None,
        sort: str = "contribution",
    ) -> pd.DataFrame:
        """The features that decided the label of ``text[start:end]``, by contribution.

        Returns a DataFrame with columns ``feature, type, weight, value, contribution,
        vs_runner_up``: one row per feature that fired and is in the model, plus the ``(bias)``
        row. ``type`` is the decided label (or ``label`` if given); ``weight`` is the feature's
        weight for it; ``contribution = weight * value`` (features are binary, ``value = 1``) and
        the contributions add up to the label's score (``df.attrs["score"]``); ``vs_runner_up``
        is the weight minus the weight for the second-best label, which adds up to the score
        margin that made the decision. ``df.attrs`` also holds the prediction, the runner-up label,
        the score and the probabilities. Rows are sorted by ``contribution`` (largest first; ``sort=
        "vs_runner_up"`` sorts by the margin instead), ``top`` keeps the first rows.

        >>> df = load_typer().explain("Newmont said its profit rose.", 0, 7)
        >>> df.attrs["prediction"].type
        'organization'
        >>> bool(abs(df["contribution"].sum() - df.attrs["score"]) < 1e-9)
        True
        """
        import pandas as pd

        feats = self.features(text, start, end, sentence=sentence, headline=headline, hint=hint)
        probs = self.proba(feats)
        pred = self.decide(probs, hint)
        lab = label or pred.type
        li = self.labels.index(lab)
        order = np.argsort(-probs)
        runner = next(int(i) for i in order if int(i) != li)
        rows = [(BIAS, 0)] + [(f, self._index[f]) for f in dict.fromkeys(feats) if f in self._index]
        w = self._w
        df = pd.DataFrame(
            {
                "feature": [f for f, _ in rows],
                "type": lab,
                "weight": [float(w[i, li]) for _, i in rows],
                "value": 1.0,
                "contribution": [float(w[i, li]) for _, i in rows],
                "vs_runner_up": [float(w[i, li] - w[i, runner]) for _, i in rows],
            }
        )
        df = df.sort_values(sort, ascending=False, kind="stable").reset_index(drop=True)
        if top is not None:
            df = df.head(top)
        df.attrs.update(
            prediction=pred,
            label=lab,
            runner_up=self.labels[runner],
            score=float(self.scores(feats)[li]),
            probabilities={lab_: float(p) for lab_, p in zip(self.labels, probs, strict=True)},
        )
        return df


def _data_path() -> Path:
    return Path(str(resources.files("toolkit").joinpath("data", "entity_typer.json")))


@lru_cache(maxsize=1)
def load_typer(path: str | None = None) -> EntityTyper:
    """The bundled typer (``toolkit/data/entity_typer.json``), loaded once and cached.

    >>> load_typer().labels[-1]
    'not_a_name'
    """
    p = Path(path) if path else _data_path()
    return EntityTyper(json.loads(p.read_text(encoding="utf-8")))
