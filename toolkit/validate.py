"""Validate automatic tone scores against human coding.

Human coders label sentences ``negative`` / ``neutral`` / ``positive`` (for instance with
:class:`toolkit.ui.coding.CodingWidget`, which writes a coding CSV). These pure functions measure
how far coders agree with each other (Krippendorff's alpha, percent agreement) and how far the
automatic labels agree with the coders (confusion table, accuracy, macro-F1).

Coding CSV / codes DataFrame columns: ``coder, article_id, sent_id, label, text, timestamp``
(``text`` and ``timestamp`` are informative only). When a coder changed their mind the file
holds several rows for one sentence; the last one counts (:func:`latest_codes`). A class's codes
can be one shared file or a folder of files, one per student: :func:`read_codes` (defined in
:mod:`toolkit.sentiment.coding`) merges them, and :func:`agreement` of the result is the
agreement across all coders::

    codes = read_codes("class_codes/")       # every *.csv of the folder
    agreement(codes)                         # Krippendorff's alpha (nominal, ordinal), % agreement
    pairwise_agreement(codes)                # who agrees with whom

Example:
    >>> import pandas as pd
    >>> codes = pd.DataFrame({"coder": ["a", "a", "b", "b"], "article_id": "x",
    ...                       "sent_id": [0, 1, 0, 1],
    ...                       "label": ["negative", "neutral", "negative", "positive"]})
    >>> float(agreement(codes).set_index("measure")["value"]["percent_agreement"])
    0.5
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from toolkit.sentiment.coding import CODE_COLUMNS, LABELS, ORDINAL, latest_codes, read_codes

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = [
    "LABELS",
    "ORDINAL",
    "CODE_COLUMNS",
    "read_codes",
    "latest_codes",
    "sample_for_coding",
    "reliability_matrix",
    "agreement",
    "pairwise_agreement",
    "consensus",
    "Comparison",
    "compare_with_scores",
]


def sample_for_coding(
    source: Article | pd.DataFrame,
    *,
    n: int | None = None,
    seed: int = 0,
    kinds: tuple[str, ...] = ("title", "body"),
) -> pd.DataFrame:
    """Sentences to hand-code: all, or a reproducible random sample of ``n``, in text order.

    Args:
        source: an Article, or a sentences table (``sent_id, text`` and optionally ``kind``,
            ``article_id``).
        n: sample size (``None``: every sentence).
        seed: random seed of the sample.
        kinds: sentence kinds to include (captions, credits and boilerplate are left out by
            default, as the automatic scores leave them out).

    Returns:
        DataFrame ``article_id, sent_id, text``.

    Example:
        >>> from toolkit import load_article
        >>> sample_for_coding(load_article("Title\\n\\nOne. Two. Three."), n=2)["sent_id"].tolist()
        [2, 3]
    """
    if isinstance(source, pd.DataFrame):
        df = source.copy()
        if "article_id" not in df.columns:
            df["article_id"] = ""
    else:
        df = source.sentences.copy()
        df["article_id"] = source.id
    if "kind" in df.columns:
        df = df[df["kind"].isin(kinds)]
    if n is not None and n < len(df):
        df = df.sample(n=n, random_state=seed).sort_values(["article_id", "sent_id"], kind="stable")
    return df[["article_id", "sent_id", "text"]].reset_index(drop=True)


def reliability_matrix(codes: pd.DataFrame, *, ordinal: bool = True) -> pd.DataFrame:
    """Coders × sentences matrix of codes (NaN where a coder did not code a sentence).

    Args:
        codes: codes table (see module docstring).
        ordinal: values as ``-1/0/1`` (else as label strings).

    Returns:
        DataFrame indexed by coder, columns ``(article_id, sent_id)``.
    """
    df = latest_codes(codes)
    values = df["label"].map(ORDINAL) if ordinal else df["label"]
    df = df.assign(value=values)
    return df.pivot_table(
        index="coder", columns=["article_id", "sent_id"], values="value", aggfunc="first"
    )


def _percent_agreement(mat: np.ndarray) -> tuple[float, int]:
    """Mean share of agreeing coder pairs per unit with >= 2 codes."""
    shares = []
    for col in mat.T:
        vals = col[~np.isnan(col)]
        if len(vals) < 2:
            continue
        pairs = list(itertools.combinations(vals, 2))
        shares.append(sum(a == b for a, b in pairs) / len(pairs))
    return (float(np.mean(shares)) if shares else float("nan")), len(shares)


def _alpha(mat: np.ndarray, level: str) -> float:
    import krippendorff

    # krippendorff needs >= 2 distinct values overall; with one value alpha is undefined.
    vals = mat[~np.isnan(mat)]
    if len(np.unique(vals)) < 2:
        return float("nan")
    return float(
        krippendorff.alpha(
            reliability_data=mat, level_of_measurement=level, value_domain=[-1.0, 0.0, 1.0]
        )
    )


def agreement(codes: pd.DataFrame) -> pd.DataFrame:
    """Agreement between coders: Krippendorff's alpha (nominal, ordinal) and percent agreement.

    Only sentences coded by at least two coders count. Alpha is ``NaN`` when undefined
    (fewer than two coders, or only one label used by everybody).

    Returns:
        DataFrame ``measure, value, n_units, n_coders`` with measures ``alpha_nominal``,
        ``alpha_ordinal``, ``percent_agreement``.

    Example:
        >>> codes = pd.DataFrame({"coder": list("aaaabbbb"), "article_id": "x",
        ...     "sent_id": [0, 1, 2, 3] * 2,
        ...     "label": ["negative", "negative", "positive", "neutral",
        ...               "negative", "neutral", "positive", "neutral"]})
        >>> agreement(codes).round(3)["value"].tolist()
        [0.667, 0.79, 0.75]
    """
    mat_df = reliability_matrix(codes)
    mat = mat_df.to_numpy(dtype=float)
    pct, n_units = _percent_agreement(mat)
    n_coders = int(mat_df.shape[0])
    if n_coders >= 2 and n_units:
        pairable = mat[:, (~np.isnan(mat)).sum(axis=0) >= 2]
        a_nom, a_ord = _alpha(pairable, "nominal"), _alpha(pairable, "ordinal")
    else:
        a_nom = a_ord = float("nan")
    return pd.DataFrame(
        {
            "measure": ["alpha_nominal", "alpha_ordinal", "percent_agreement"],
            "value": [a_nom, a_ord, pct],
            "n_units": n_units,
            "n_coders": n_coders,
        }
    )


def pairwise_agreement(codes: pd.DataFrame) -> pd.DataFrame:
    """Agreement for every pair of coders.

    Returns:
        DataFrame ``coder_a, coder_b, n_units, percent_agreement, alpha_nominal,
        alpha_ordinal``.
    """
    df = latest_codes(codes)
    rows: list[dict[str, Any]] = []
    for a, b in itertools.combinations(sorted(df["coder"].unique()), 2):
        sub = agreement(df[df["coder"].isin([a, b])]).set_index("measure")
        rows.append(
            {
                "coder_a": a,
                "coder_b": b,
                "n_units": int(sub["n_units"].iloc[0]),
                "percent_agreement": sub.loc["percent_agreement", "value"],
                "alpha_nominal": sub.loc["alpha_nominal", "value"],
                "alpha_ordinal": sub.loc["alpha_ordinal", "value"],
            }
        )
    cols = ["coder_a", "coder_b", "n_units", "percent_agreement", "alpha_nominal", "alpha_ordinal"]
    return pd.DataFrame(rows, columns=cols)


def consensus(codes: pd.DataFrame) -> pd.DataFrame:
    """The majority label per sentence across coders (missing on a tie).

    Returns:
        DataFrame ``article_id, sent_id, label, n_coders, unanimous``.

    Example:
        >>> codes = pd.DataFrame({"coder": list("abc"), "article_id": "x", "sent_id": 0,
        ...                       "label": ["negative", "negative", "neutral"]})
        >>> consensus(codes)[["label", "n_coders", "unanimous"]].values.tolist()
        [['negative', 3, False]]
    """
    df = latest_codes(codes)
    rows = []
    for (aid, sid), grp in df.groupby(["article_id", "sent_id"], sort=True):
        counts = grp["label"].value_counts()
        top = counts[counts == counts.max()]
        rows.append(
            {
                "article_id": aid,
                "sent_id": int(sid),
                "label": top.index[0] if len(top) == 1 else None,
                "n_coders": int(len(grp)),
                "unanimous": bool(len(counts) == 1),
            }
        )
    return pd.DataFrame(rows, columns=["article_id", "sent_id", "label", "n_coders", "unanimous"])


@dataclass
class Comparison:
    """Human codes versus automatic labels.

    Attributes:
        confusion: counts, rows = human label, columns = automatic label (all of
            :data:`LABELS`), for the consensus (or the chosen coder).
        metrics: one row per coder and ``"consensus"``: ``who, n, accuracy, macro_f1``.
        merged: the matched rows: ``who, article_id, sent_id, human, auto`` (+ ``text`` when
            the tone table has it).
    """

    confusion: pd.DataFrame
    metrics: pd.DataFrame
    merged: pd.DataFrame

    def disagreements(self, who: str = "consensus") -> pd.DataFrame:
        """The sentences where ``who`` (a coder or ``"consensus"``) and the automatic label differ.

        Example:
            >>> cmp.disagreements()[["sent_id", "human", "auto"]]    # doctest: +SKIP
        """
        m = self.merged[self.merged["who"] == who]
        return m[m["human"] != m["auto"]].reset_index(drop=True)

    def _repr_html_(self) -> str:
        return (
            "<b>Agreement with automatic labels</b>"
            + self.metrics.to_html(index=False, float_format="%.3f")
            + "<b>Confusion table (rows: human, columns: automatic)</b>"
            + self.confusion.to_html()
        )


def _macro_f1(human: pd.Series, auto: pd.Series) -> float:
    f1s = []
    for lab in LABELS:
        tp = int(((human == lab) & (auto == lab)).sum())
        fp = int(((human != lab) & (auto == lab)).sum())
        fn = int(((human == lab) & (auto != lab)).sum())
        if tp + fp + fn == 0:
            continue  # label absent on both sides: not counted
        f1s.append(2 * tp / (2 * tp + fp + fn))
    return float(np.mean(f1s)) if f1s else float("nan")


def compare_with_scores(
    codes: pd.DataFrame,
    tone_df: pd.DataFrame,
    *,
    auto_column: str = "label",
    coder: str | None = None,
) -> Comparison:
    """Compare human codes with the automatic labels of a tone table.

    Args:
        codes: codes table (see module docstring).
        tone_df: ``toolkit.sentiment.tone.tone(article)`` output (``sent_id``, ``label``; optionally
            ``article_id`` and ``excluded``). Without ``article_id`` the codes must be of
            one article. Excluded sentences (captions...) are left out.
        auto_column: the column holding automatic ``negative/neutral/positive`` labels.
        coder: build the confusion table for this coder instead of the consensus.

    Returns:
        A :class:`Comparison`.

    Raises:
        ValueError: codes of several articles but no ``article_id`` in ``tone_df``, or an
            unknown coder.
    """
    codes = latest_codes(codes)
    auto = tone_df.copy()
    if "excluded" in auto.columns:
        auto = auto[~auto["excluded"].astype(bool)]
    keys = ["article_id", "sent_id"] if "article_id" in auto.columns else ["sent_id"]
    if keys == ["sent_id"] and codes["article_id"].nunique() > 1:
        raise ValueError("codes cover several articles; give a tone table with article_id")
    if coder is not None and coder not in set(codes["coder"]):
        raise ValueError(f"unknown coder {coder!r}; coders: {sorted(set(codes['coder']))}")
    extra = ["text"] if "text" in auto.columns else []
    auto = auto[[*keys, auto_column, *extra]].rename(columns={auto_column: "auto"})
    if "article_id" in keys:
        auto["article_id"] = auto["article_id"].astype(str)
    auto = auto.dropna(subset=["auto"])

    cons = consensus(codes).dropna(subset=["label"]).assign(coder="consensus")
    human = pd.concat([codes[["coder", "article_id", "sent_id", "label"]], cons[["coder", "article_id", "sent_id", "label"]]])
    merged = human.merge(auto, on=keys, how="inner").rename(columns={"coder": "who", "label": "human"})
    merged = merged[["who", "article_id", "sent_id", "human", "auto", *extra]].reset_index(drop=True)

    rows = []
    for who in [*sorted(set(codes["coder"])), "consensus"]:
        m = merged[merged["who"] == who]
        rows.append(
            {
                "who": who,
                "n": int(len(m)),
                "accuracy": float((m["human"] == m["auto"]).mean()) if len(m) else float("nan"),
                "macro_f1": _macro_f1(m["human"], m["auto"]),
            }
        )
    metrics = pd.DataFrame(rows, columns=["who", "n", "accuracy", "macro_f1"])
    sel = merged[merged["who"] == (coder or "consensus")]
    confusion = (
        pd.crosstab(
            pd.Categorical(sel["human"], categories=LABELS),
            pd.Categorical(sel["auto"], categories=LABELS),
            dropna=False,
        )
        .rename_axis(index="human", columns="automatic")
        .astype(int)
    )
    return Comparison(confusion=confusion, metrics=metrics, merged=merged)
