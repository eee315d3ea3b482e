"""Validate tone scorers against human ratings (VADER ground-truth format or a class's codes).

Gold files are tab-separated ``id<TAB>rating<TAB>text`` with no header (as
``vader_groundtruth/*GroundTruth.txt`` and ``nyt_dev.tsv``), ratings being the mean human rating
on -4 (extremely negative) .. +4 (extremely positive), or the coding CSV of
:class:`toolkit.ui.coding.CodingWidget` (or a folder of them), whose labels become ratings
negative -1, neutral 0, positive +1, averaged over coders (:func:`read_gold`).

Metrics per scorer, each with a percentile bootstrap 95% confidence interval (``n_boot``
resamples of the sentences, fixed ``seed``):

* ``pearson_r`` and ``spearman_rho`` against the human mean (Spearman: average ranks; the bootstrap
  re-uses the full-sample ranks);
* ``accuracy`` and ``macro_f1`` over three classes. Human ratings: ``< -0.5`` negative, ``> 0.5``
  positive, else neutral. Scores: ``tone`` uses ±0.125 (the same ±0.5 on the -4..4 scale, /4);
  ``vader`` uses ±0.05 (VADER's documented convention); ``polarity`` uses ±0.05.

Example:
    >>> ev = evaluate_tone(["I love it.", "I hate it.", "It is a chair."], [3.0, -3.0, 0.0], n_boot=50)
    >>> sorted(ev["metric"].unique())
    ['accuracy', 'macro_f1', 'pearson_r', 'spearman_rho']
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from toolkit.errors import GoldFileError

__all__ = [
    "read_gold",
    "evaluate_tone",
    "evaluate_tone_file",
    "HUMAN_BAND",
    "SCORER_BANDS",
    "EVAL_COLUMNS",
]

#: Human mean ratings within ±HUMAN_BAND are neutral.
HUMAN_BAND = 0.5
#: Neutral band of each scorer for the 3-class metrics.
SCORER_BANDS: dict[str, float] = {"tone": 0.125, "vader": 0.05, "polarity": 0.05, "subjectivity": 0.05}
#: Columns of :func:`evaluate_tone`.
EVAL_COLUMNS = ["scorer", "metric", "value", "ci_low", "ci_high", "n"]
METRICS = ("pearson_r", "spearman_rho", "accuracy", "macro_f1")


def read_gold(path: str | Path) -> pd.DataFrame:
    """Read human tone ratings: a VADER-format TSV, or the coding CSV(s) of ``CodingWidget``.

    Two formats, told apart by the first line:

    * the VADER ground-truth TSV ``id<TAB>rating<TAB>text`` without header (a UTF-8 BOM and CRLF
      are fine), ratings being the mean human rating on -4..4;
    * a coding CSV as written by :class:`toolkit.ui.coding.CodingWidget` (header
      ``coder,article_id,sent_id,label,text,timestamp``), or a folder of them (one file per
      coder; :func:`toolkit.sentiment.coding.read_codes`). One row per coded sentence; its
      ``rating`` is the mean over coders of negative = -1, neutral = 0, positive = +1
      (:func:`toolkit.sentiment.coding.ratings_from_codes`): with the human neutral band ±0.5 of
      the 3-class metrics, one coder's label keeps its class and several coders' mean takes the
      class of a clear majority (a tie is neutral); the correlations do not depend on the scale.

    Returns:
        DataFrame with columns ``id`` (str), ``rating`` (float), ``text`` (str). For coding CSVs
        ``id`` is ``article_id#sent_id`` and a fourth column ``n_coders`` counts the coders.

    Raises:
        toolkit.errors.GoldFileError: missing/unreadable file, or a line without three fields or
            with a rating that is not a number (the message names file and line); for coding
            CSVs unknown labels, missing columns or a sentence without text.

    Example:
        >>> read_gold("../shared/data/vader_groundtruth/nyt_dev.tsv").columns.tolist()  # doctest: +SKIP
        ['id', 'rating', 'text']
    """
    from toolkit.sentiment.coding import is_coding_header, ratings_from_codes, read_codes

    p = Path(path)
    if p.is_dir():
        return ratings_from_codes(read_codes(p), source=p)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise GoldFileError(p, f"cannot read the gold file ({exc.strerror or exc})") from exc
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        content = raw.decode("cp1252", errors="replace")
    first = next((line for line in content.splitlines() if line.strip()), "")
    if is_coding_header(first):
        return ratings_from_codes(read_codes(p), source=p)
    ids, ratings, texts = [], [], []
    for lineno, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        parts = line.split("\t", 2)
        if len(parts) != 3:
            hint = "" if "\t" in line or "," not in line else (
                " (a CSV? read_gold reads CodingWidget CSVs with the header coder,article_id,sent_id,label,text,timestamp)"
            )
            raise GoldFileError(f"{p}:{lineno}", f"expected 3 tab-separated fields: id, rating, text{hint}")
        try:
            rating = float(parts[1])
        except ValueError:
            raise GoldFileError(f"{p}:{lineno}", f"rating {parts[1]!r} is not a number") from None
        if not math.isfinite(rating):
            raise GoldFileError(f"{p}:{lineno}", f"rating {parts[1]!r} is not a finite number")
        ids.append(parts[0].strip())
        ratings.append(rating)
        texts.append(parts[2])
    if not ids:
        raise GoldFileError(p, "the gold file has no rows")
    return pd.DataFrame({"id": ids, "rating": ratings, "text": texts})


def _classes(x: np.ndarray, band: float) -> np.ndarray:
    return np.where(x < -band, 0, np.where(x > band, 2, 1))


def _pearson_rows(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Pearson r of each row pair of two (k, n) arrays."""
    a = a - a.mean(axis=1, keepdims=True)
    b = b - b.mean(axis=1, keepdims=True)
    den = np.sqrt((a * a).sum(axis=1) * (b * b).sum(axis=1))
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, (a * b).sum(axis=1) / np.where(den > 0, den, 1), np.nan)


def _macro_f1_rows(t: np.ndarray, p: np.ndarray) -> np.ndarray:
    f1s = []
    for c in range(3):
        tp = ((t == c) & (p == c)).sum(axis=1)
        fp = ((t != c) & (p == c)).sum(axis=1)
        fn = ((t == c) & (p != c)).sum(axis=1)
        den = 2 * tp + fp + fn
        f1s.append(np.where(den > 0, 2 * tp / np.where(den > 0, den, 1), 0.0))
    return np.mean(f1s, axis=0)


def _metric_rows(human: np.ndarray, score: np.ndarray, band: float) -> dict[str, np.ndarray]:
    """Each metric for each row of the (k, n) arrays."""
    hr = pd.DataFrame(human.T).rank().to_numpy().T if human.shape[0] == 1 else None
    out = {"pearson_r": _pearson_rows(human, score)}
    if hr is not None:
        sr = pd.DataFrame(score.T).rank().to_numpy().T
        out["spearman_rho"] = _pearson_rows(hr, sr)
    t = _classes(human, HUMAN_BAND)
    p = _classes(score, band)
    out["accuracy"] = (t == p).mean(axis=1)
    out["macro_f1"] = _macro_f1_rows(t, p)
    return out


def evaluate_tone(
    texts: Sequence[str] | None,
    human_ratings: Sequence[float],
    *,
    scorers: Sequence[str] = ("polarity", "vader", "tone"),
    n_boot: int = 1000,
    seed: int = 0,
    scores: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Agreement of each scorer with human mean ratings.

    Args:
        texts: the sentences (scored with :func:`toolkit.sentiment.tone.score_texts`), or None with ``scores``.
        human_ratings: mean human rating of each text, on -4..4.
        scorers: columns of ``score_texts`` to evaluate.
        n_boot: bootstrap resamples for the confidence intervals (0: no intervals).
        seed: random seed of the bootstrap (results are deterministic).
        scores: precomputed ``score_texts`` output (skips scoring).

    Returns:
        DataFrame, one row per scorer × metric: ``scorer``, ``metric`` (``pearson_r``,
        ``spearman_rho``, ``accuracy``, ``macro_f1``), ``value``, ``ci_low``, ``ci_high`` (95%
        percentile bootstrap), ``n``.

    Example:
        >>> evaluate_tone(["Great!", "Awful.", "A table."], [3, -3, 0], n_boot=0).shape
        (12, 6)
    """
    y = np.asarray(human_ratings, dtype=float)
    if scores is None:
        if texts is None:
            raise ValueError("give texts or scores")
        if len(texts) != len(y):
            raise ValueError(f"{len(texts)} texts but {len(y)} ratings")
        from toolkit.sentiment.tone import score_texts

        scores = score_texts(list(texts))
    if len(scores) != len(y):
        raise ValueError(f"{len(scores)} scores but {len(y)} ratings")
    n = len(y)
    rng = np.random.RandomState(seed)
    idx = rng.randint(0, n, size=(n_boot, n)) if n_boot > 0 and n > 1 else None
    hr_full = pd.Series(y).rank().to_numpy()
    rows = []
    for scorer in scorers:
        s = scores[scorer].to_numpy(dtype=float)
        band = SCORER_BANDS.get(scorer, 0.05)
        point = _metric_rows(y[None, :], s[None, :], band)
        boot: dict[str, np.ndarray] = {}
        if idx is not None:
            sr_full = pd.Series(s).rank().to_numpy()
            chunks: dict[str, list[np.ndarray]] = {m: [] for m in METRICS}
            for lo in range(0, n_boot, 100):
                ii = idx[lo : lo + 100]
                part = _metric_rows(y[ii], s[ii], band)
                part["spearman_rho"] = _pearson_rows(hr_full[ii], sr_full[ii])
                for m in METRICS:
                    chunks[m].append(part[m])
            boot = {m: np.concatenate(v) for m, v in chunks.items()}
        for m in METRICS:
            value = float(point[m][0])
            if m in boot:
                b = boot[m][~np.isnan(boot[m])]
                lo_, hi_ = (np.percentile(b, [2.5, 97.5]) if len(b) else (np.nan, np.nan))
            else:
                lo_, hi_ = np.nan, np.nan
            rows.append((scorer, m, value, float(lo_), float(hi_), n))
    return pd.DataFrame(rows, columns=EVAL_COLUMNS)


def evaluate_tone_file(path: str | Path, **kw: object) -> pd.DataFrame:
    """:func:`evaluate_tone` on a gold file read with :func:`read_gold` (keywords passed on).

    Example:
        >>> evaluate_tone_file("../shared/data/vader_groundtruth/nyt_dev.tsv")  # doctest: +SKIP
    """
    gold = read_gold(path)
    return evaluate_tone(gold["text"].tolist(), gold["rating"].to_numpy(), **kw)  # type: ignore[arg-type]
