"""Target-dependent tone, the evaluation: hand-coded gold files, predictions, metrics, bootstrap.

:func:`evaluate_target_tone` reads a gold file (NewsMTSC JSONL or a CSV, :func:`read_target_gold`),
scores every target with the packaged model (:func:`predict_gold`) and reports macro-F1, accuracy,
per-class figures and the confusion table (:func:`classification_report`) with 95% bootstrap
intervals (:func:`bootstrap_ci`). :func:`swap_audit` is a counterfactual check: the same sentences with
gender or party words swapped ("he" ↔ "she", "Republicans" ↔ "Democrats") should get the same
tone toward each target; it lists every target whose tone changes.

Example:
    >>> gold = ["negative", "neutral", "positive"]
    >>> rep = classification_report(gold, ["negative", "positive", "positive"])
    >>> rep["n"], round(rep["accuracy"], 3), rep["confusion"]["neutral"]["positive"]
    (3, 0.667, 1)
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from toolkit.sentiment.target_model import CLASSES, load_model

__all__ = [
    "read_target_gold",
    "predict_gold",
    "classification_report",
    "bootstrap_ci",
    "evaluate_target_tone",
    "SWAPS",
    "swap_words",
    "swap_audit",
]

_LABEL_OF = {
    2.0: "negative",
    4.0: "neutral",
    6.0: "positive",
    -1: "negative",
    0: "neutral",
    1: "positive",
}


def _label(x: Any) -> str:
    if isinstance(x, str):
        s = x.strip().lower()
        aliases = {
            "neg": "negative",
            "neu": "neutral",
            "pos": "positive",
            "-1": "negative",
            "0": "neutral",
            "1": "positive",
            "2": "negative",
            "2.0": "negative",
            "4": "neutral",
            "4.0": "neutral",
            "6": "positive",
            "6.0": "positive",
        }
        s = aliases.get(s, s)
        if s not in CLASSES:
            raise ValueError(f"unknown label {x!r}")
        return s
    return _LABEL_OF[float(x) if float(x) in (2.0, 4.0, 6.0) else int(x)]


def read_target_gold(path: str | Path) -> pd.DataFrame:
    """Hand-coded target tone: NewsMTSC JSONL (``sentence_normalized``, ``targets`` with
    ``from``/``to``/``polarity`` 2/4/6) or CSV with columns (sentence, start, end, label) or
    (sentence, target, label) (the first occurrence of ``target`` in the sentence; rows whose
    target is not found raise). Labels: negative/neutral/positive (or -1/0/1, 2/4/6).

    Returns a DataFrame: sent_id, sentence, start, end, target, label (one row per target)."""
    path = Path(path)
    rows = []
    if path.suffix.lower() in (".jsonl", ".json"):
        with open(path, encoding="utf-8") as fh:
            for sid, line in enumerate(ln for ln in fh if ln.strip()):
                r = json.loads(line)
                s = r.get("sentence_normalized") or r["sentence"]
                for t in r["targets"]:
                    rows.append(
                        (
                            sid,
                            s,
                            int(t["from"]),
                            int(t["to"]),
                            s[int(t["from"]) : int(t["to"])],
                            _label(t["polarity"]),
                        )
                    )
    else:
        df = pd.read_csv(path)
        cols = {c.lower().strip(): c for c in df.columns}
        if "sentence" not in cols or "label" not in cols:
            raise ValueError(f"{path}: need columns sentence, label and start/end or target")
        sid_of: dict[str, int] = {}
        for _, r in df.iterrows():
            s = str(r[cols["sentence"]])
            sid = sid_of.setdefault(s, len(sid_of))
            if "start" in cols and "end" in cols and not pd.isna(r[cols["start"]]):
                a, b = int(r[cols["start"]]), int(r[cols["end"]])
            elif "target" in cols:
                t = str(r[cols["target"]])
                a = s.find(t)
                if a < 0:
                    raise ValueError(f"{path}: target {t!r} not in sentence {s!r}")
                b = a + len(t)
            else:
                raise ValueError(f"{path}: need start/end or target columns")
            rows.append((sid, s, a, b, s[a:b], _label(r[cols["label"]])))
    return pd.DataFrame(rows, columns=["sent_id", "sentence", "start", "end", "target", "label"])


def predict_gold(gold: pd.DataFrame) -> pd.DataFrame:
    """``gold`` (from :func:`read_target_gold`) with the model's columns added (``pred``,
    ``tone_to``, ``p_*``); all targets of a sentence are scored together."""
    model = load_model()
    preds: dict[int, tuple[Any, ...]] = {}
    for _, g in gold.groupby("sent_id", sort=False):
        s = g["sentence"].iloc[0]
        spans = list(zip(g["start"].astype(int), g["end"].astype(int), strict=False))
        for ix, row in zip(g.index, model._rows(s, spans, explain=False), strict=False):
            preds[ix] = row
    out = gold.copy()
    out["pred"] = [preds[i][4] for i in gold.index]
    out["tone_to"] = [preds[i][3] for i in gold.index]
    for j, c in enumerate(("p_negative", "p_neutral", "p_positive")):
        out[c] = [preds[i][5 + j] for i in gold.index]
    return out


def classification_report(y_true: Sequence[str], y_pred: Sequence[str]) -> dict[str, Any]:
    """Macro-F1, accuracy, per-class P/R/F1/support and the confusion table (rows gold)."""
    yt = np.asarray(list(y_true))
    yp = np.asarray(list(y_pred))
    per: dict[str, dict[str, float]] = {}
    for c in CLASSES:
        tp = float(np.sum((yt == c) & (yp == c)))
        p = tp / max(1.0, float(np.sum(yp == c)))
        r = tp / max(1.0, float(np.sum(yt == c)))
        f = 2 * p * r / (p + r) if p + r else 0.0
        per[c] = {"precision": p, "recall": r, "f1": f, "support": int(np.sum(yt == c))}
    conf = {g: {p: int(np.sum((yt == g) & (yp == p))) for p in CLASSES} for g in CLASSES}
    return {
        "n": int(len(yt)),
        "macro_f1": float(np.mean([per[c]["f1"] for c in CLASSES])),
        "accuracy": float(np.mean(yt == yp)) if len(yt) else 0.0,
        "per_class": per,
        "confusion": conf,
    }


def _macro_f1_idx(yt: np.ndarray, yp: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """Macro-F1 for each bootstrap row of indices (vectorised); yt/yp are class codes 0..2."""
    t = yt[idx]
    p = yp[idx]
    fs = []
    for c in range(3):
        tp = np.sum((t == c) & (p == c), axis=1)
        npred = np.sum(p == c, axis=1)
        ntrue = np.sum(t == c, axis=1)
        prec = np.where(npred > 0, tp / np.maximum(npred, 1), 0.0)
        rec = np.where(ntrue > 0, tp / np.maximum(ntrue, 1), 0.0)
        fs.append(np.where(prec + rec > 0, 2 * prec * rec / np.maximum(prec + rec, 1e-12), 0.0))
    return np.mean(fs, axis=0)


def bootstrap_ci(
    y_true: Sequence[str], y_pred: Sequence[str], *, n: int = 1000, seed: int = 0
) -> dict[str, list[float]]:
    """95% percentile bootstrap intervals of macro-F1 and accuracy (``n`` resamples of the
    targets with replacement, fixed ``seed``)."""
    code = {c: i for i, c in enumerate(CLASSES)}
    yt = np.array([code[c] for c in y_true])
    yp = np.array([code[c] for c in y_pred])
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(yt), size=(n, len(yt)))
    f1 = _macro_f1_idx(yt, yp, idx)
    acc = np.mean(yt[idx] == yp[idx], axis=1)
    return {
        "macro_f1": [float(np.percentile(f1, 2.5)), float(np.percentile(f1, 97.5))],
        "accuracy": [float(np.percentile(acc, 2.5)), float(np.percentile(acc, 97.5))],
    }


def evaluate_target_tone(
    gold: pd.DataFrame | str | Path, *, n_boot: int = 1000, seed: int = 0
) -> dict[str, Any]:
    """Evaluate :func:`target_tone` on hand-coded targets (a DataFrame from
    :func:`read_target_gold`, or a path to read). Returns the :func:`classification_report` dict
    plus ``ci95`` (bootstrap over targets, ``n_boot`` resamples, fixed ``seed``)."""
    if not isinstance(gold, pd.DataFrame):
        gold = read_target_gold(gold)
    pred = predict_gold(gold)
    rep = classification_report(pred["label"], pred["pred"])
    rep["ci95"] = bootstrap_ci(pred["label"], pred["pred"], n=n_boot, seed=seed)
    return rep


# --------------------------------------------------------------------------- counterfactual swaps
def _pairs(*pairs: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        a, b = pair.split()
        out.setdefault(a, b)
        out.setdefault(b, a)
    return out


#: Word swaps of :func:`swap_audit` (lower case; the case of the text is kept). "her" is swapped to
#: "his" before a word, else to "him".
SWAPS: dict[str, dict[str, str]] = {
    "gender": _pairs(
        "he she", "him her", "his her", "himself herself", "man woman", "men women", "mr ms",
        "boy girl", "boys girls", "father mother", "son daughter", "husband wife",
        "brother sister", "king queen", "he'll she'll", "he'd she'd",
    ),
    "party": _pairs(
        "republican democrat", "republicans democrats", "conservative liberal",
        "conservatives liberals",
    ),
    "nation": _pairs(
        "israeli palestinian", "israelis palestinians", "israel palestine", "russian ukrainian",
        "russians ukrainians", "russia ukraine", "american chinese", "americans chinese",
        "america china",
    ),
}
#: words after "her" that make it an object ("praised her and", "told her to"), not "his"
_NOT_A_NOUN = frozenset(
    [
        "and", "or", "but", "to", "in", "on", "at", "for", "with", "from", "by", "of", "that",
        "as", "if", "when", "after", "before", "about", "than", "so", "because", "while",
        "into", "over", "is", "was", "has", "had", "will", "would", "could", "should"
    ]
)
_SWAP_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][a-z]+)?")


def swap_words(
    sentence: str, spans: Sequence[tuple[int, int]], table: Mapping[str, str]
) -> tuple[str, list[tuple[int, int]]] | None:
    """``sentence`` with the words of ``table`` swapped (case kept) and ``spans`` moved with the
    text; None when no word was swapped.

    >>> swap_words("He praised her plan.", [(0, 2)], SWAPS["gender"])
    ('She praised his plan.', [(0, 3)])
    """
    parts: list[str] = []
    moves: list[tuple[int, int]] = []  # (end of a swapped word, length change)
    pos = 0
    for m in _SWAP_WORD.finditer(sentence):
        w = m.group()
        lw = w.lower().replace("\u2019", "'")
        r = table.get(lw)
        if r is None:
            continue
        if lw == "her" and table.get("her") in ("him", "his"):
            nxt = _SWAP_WORD.match(sentence[m.end() :].lstrip())
            r = "his" if nxt and nxt.group().lower() not in _NOT_A_NOUN else "him"
        if "\u2019" in w:
            r = r.replace("'", "\u2019")
        if w.isupper() and len(w) > 1:
            r = r.upper()
        elif w[0].isupper():
            r = r[0].upper() + r[1:]
        parts += [sentence[pos : m.start()], r]
        pos = m.end()
        moves.append((m.end(), len(r) - len(w)))
    if not moves:
        return None
    parts.append(sentence[pos:])

    def move(x: int) -> int:  # an offset after a swapped word moves by its length change
        return x + sum(d for e, d in moves if e <= x)

    return "".join(parts), [(move(a), move(b)) for a, b in spans]


def swap_audit(
    gold: pd.DataFrame | str | Path, *, swaps: str | Mapping[str, str] = "gender"
) -> pd.DataFrame:
    """Counterfactual check of the tone toward targets: every sentence of ``gold`` (a
    :func:`read_target_gold` frame or a path; only ``sentence``, ``start``, ``end`` are used) is
    scored again with the words of ``swaps`` ("gender", "party" or a word -> word mapping)
    swapped. One row per target of a sentence that changed: ``sent_id``, ``sentence``,
    ``swapped`` (the new sentence), ``target``, ``label`` / ``swapped_label``, ``tone_to`` /
    ``swapped_tone_to`` and ``delta`` (swapped minus original). A model that reads how a target is
    portrayed, not who it is, gives ``delta`` 0 everywhere."""
    if not isinstance(gold, pd.DataFrame):
        gold = read_target_gold(gold)
    table = SWAPS[swaps] if isinstance(swaps, str) else {k.lower(): v for k, v in swaps.items()}
    model = load_model()
    rows: list[tuple[Any, ...]] = []
    for sid, g in gold.groupby("sent_id", sort=False):
        s = str(g["sentence"].iloc[0])
        spans = list(zip(g["start"].astype(int), g["end"].astype(int), strict=False))
        sw = swap_words(s, spans, table)
        if sw is None:
            continue
        before = model._rows(s, spans, explain=False)
        after = model._rows(sw[0], sw[1], explain=False)
        for r0, r1 in zip(before, after, strict=False):
            rows.append((sid, s, sw[0], r0[2], r0[4], r1[4], r0[3], r1[3], r1[3] - r0[3]))
    return pd.DataFrame(
        rows,
        columns=[
            "sent_id",
            "sentence",
            "swapped",
            "target",
            "label",
            "swapped_label",
            "tone_to",
            "swapped_tone_to",
            "delta",
        ],
    )
