"""Corpus views: attention and tone over time, top actors per source, co-occurrence.

Each view takes a :class:`~toolkit.corpus.engine.CorpusResult` (or anything with ``articles``,
``mentions`` and ``sentences`` tables) and returns a tidy DataFrame ready for
:mod:`toolkit.charts.corpus`. Article ids are assumed unique within a corpus.

Example:
    >>> from toolkit.corpus.engine import analyze_corpus, sample_corpus
    >>> res = analyze_corpus(sample_corpus())                     # doctest: +SKIP
    >>> attention_over_time(res, "United States", freq="W")       # doctest: +SKIP
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from statistics import NormalDist
from typing import Any

import numpy as np
import pandas as pd

from toolkit.entities.codebook import THING_TYPES

__all__ = ["attention_over_time", "tone_over_time", "actor_tone_over_time", "top_actors_by_source_name", "corpus_cooccurrence", "t_quantile"]

#: Mention kinds that are not reporting (photo credits, site furniture).
_SKIP_KINDS = ("credit", "boilerplate")


def _table(result: Any, name: str) -> pd.DataFrame:
    return result[name] if not isinstance(result, dict) else result[name]


def _articles(result: Any) -> pd.DataFrame:
    arts = _table(result, "articles")
    arts = arts.drop_duplicates("article_id", keep="first")
    return arts


def _mentions(result: Any, *, include_things: bool = True) -> pd.DataFrame:
    """Mentions in reporting text; ``include_things=False`` leaves out the works, products and
    events (actors whose most frequent type in the corpus is one of ``THING_TYPES``)."""
    m = _table(result, "mentions")
    if "actor" not in m.columns:
        raise ValueError("the corpus run has no actor mentions (the 'actors' analysis is not registered)")
    if "kind" in m.columns:
        m = m[~m["kind"].isin(_SKIP_KINDS)]
    m = m[m["actor"].notna()]
    if not include_things and "type" in m.columns and len(m):
        typ = m.groupby(["actor", "type"]).size().reset_index(name="k")
        typ = typ.sort_values(["actor", "k", "type"], ascending=[True, False, True]).drop_duplicates("actor")
        things = set(typ.loc[typ["type"].isin(THING_TYPES), "actor"])
        if things:
            m = m[~m["actor"].isin(things)]
    return m


def _periods(dates: pd.Series, freq: str) -> pd.Series:
    return pd.to_datetime(dates).dt.to_period(freq).dt.start_time


def attention_over_time(
    result: Any,
    actor: str | Iterable[str] | None = None,
    *,
    freq: str = "W",
    n: int = 10,
    include_things: bool = False,
) -> pd.DataFrame:
    """Attention to actors per period, normalised by the number of articles (Media Cloud style).

    Args:
        result: a corpus result.
        actor: one actor name, several, or ``None`` for the ``n`` most-mentioned actors.
        freq: pandas period: ``"D"`` (day), ``"W"`` (week, Monday start), ``"M"`` (month).
        n: how many actors when ``actor`` is None.
        include_things: with ``actor=None``, also rank works, products and events ("World Cup",
            "Cold War"); actors named in ``actor`` are always counted.

    Returns:
        One row per period (every period from the first to the last dated article, gaps
        included) and actor: ``period`` (start, Timestamp), ``actor``, ``mentions``,
        ``articles_mentioning``, ``articles`` (all dated articles in the period), ``share``
        (articles_mentioning / articles; NaN for periods with no articles) and
        ``mentions_per_article``. Undated articles are left out.

    Example:
        >>> attention_over_time(res, "Donald Trump", freq="W").head()    # doctest: +SKIP
    """
    arts = _articles(result)
    arts = arts[arts["published"].notna()]
    cols = ["period", "actor", "mentions", "articles_mentioning", "articles", "share", "mentions_per_article"]
    if arts.empty:
        return pd.DataFrame({c: [] for c in cols})
    period = _periods(arts["published"], freq)
    span = pd.period_range(period.min(), period.max(), freq=freq).start_time
    totals = period.groupby(period.values).size().reindex(span, fill_value=0)
    m = _mentions(result, include_things=include_things or actor is not None).merge(
        pd.DataFrame({"article_id": arts["article_id"].values, "period": period.values}), on="article_id"
    )
    if actor is None:
        counts = m.groupby("actor").size()
        names = sorted(counts.index, key=lambda a: (-counts[a], a))[:n]
    else:
        names = [actor] if isinstance(actor, str) else list(actor)
    m = m[m["actor"].isin(names)]
    grid = pd.MultiIndex.from_product([span, names], names=["period", "actor"])
    g = m.groupby(["period", "actor"])
    out = pd.DataFrame(
        {
            "mentions": g.size().reindex(grid, fill_value=0),
            "articles_mentioning": g["article_id"].nunique().reindex(grid, fill_value=0),
        }
    ).reset_index()
    out["articles"] = out["period"].map(totals).astype("int64")
    denom = out["articles"].where(out["articles"] > 0)
    out["share"] = out["articles_mentioning"] / denom
    out["mentions_per_article"] = out["mentions"] / denom
    order = {n: i for i, n in enumerate(names)}
    out = out.sort_values(["period", "actor"], key=lambda s: s.map(order) if s.name == "actor" else s)
    return out[cols].reset_index(drop=True)


def t_quantile(df: float, level: float = 0.95) -> float:
    """Two-sided Student-t critical value (Cornish-Fisher expansion; exact for df 1 and 2).

    Example:
        >>> round(t_quantile(10), 3)
        2.228
    """
    p = 1 - (1 - level) / 2
    if df <= 0:
        return math.nan
    if df == 1:
        return math.tan(math.pi * (p - 0.5))
    if df == 2:
        a = 4 * p * (1 - p)
        return (2 * p - 1) * math.sqrt(2 / a)
    z = NormalDist().inv_cdf(p)
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


def tone_over_time(
    result: Any, *, freq: str = "M", by: str | None = None, level: str = "article", ci: float = 0.95
) -> pd.DataFrame:
    """Mean tone per period with a confidence band.

    Args:
        result: a corpus result whose run included the ``tone`` analysis.
        freq: pandas period (``"D"``, ``"W"``, ``"M"``, ``"Y"``).
        by: an ``articles`` column to split by (e.g. ``"source_name"``).
        level: ``"article"`` (each article's mean sentence tone is one observation; default)
            or ``"sentence"`` (every scored sentence is one; ignores clustering in articles, so
            its band is too narrow).
        ci: confidence level of the band (Student t).

    Returns:
        ``period`` (start), [``by``], ``n``, ``mean_tone``, ``sd``, ``ci_low``, ``ci_high``;
        periods without observations are left out; the band is NaN when ``n < 2``.

    Example:
        >>> tone_over_time(res, freq="W")[["period", "n", "mean_tone"]]   # doctest: +SKIP
    """
    arts = _articles(result)
    arts = arts[arts["published"].notna()]
    keys = ["article_id", "published", *([by] if by else [])]
    if level == "article":
        if "mean_tone" not in arts.columns:
            raise ValueError("the corpus run has no tone (the 'tone' analysis is not registered)")
        obs = arts[[*keys, "mean_tone"]].rename(columns={"mean_tone": "value"})
    elif level == "sentence":
        s = _table(result, "sentences")
        if "tone" not in s.columns:
            raise ValueError("the corpus run has no tone (the 'tone' analysis is not registered)")
        if "excluded" in s.columns:
            s = s[~s["excluded"].fillna(False).astype(bool)]
        obs = s[["article_id", "tone"]].rename(columns={"tone": "value"}).merge(arts[keys], on="article_id")
    else:
        raise ValueError("level must be 'article' or 'sentence'")
    obs = obs[obs["value"].notna()].copy()
    obs["period"] = _periods(obs["published"], freq)
    groups = ["period", *([by] if by else [])]
    g = obs.groupby(groups, sort=True)["value"]
    out = pd.DataFrame({"n": g.size(), "mean_tone": g.mean(), "sd": g.std(ddof=1)}).reset_index()
    half = [
        t_quantile(n - 1, ci) * sd / math.sqrt(n) if n > 1 else np.nan for n, sd in zip(out["n"], out["sd"], strict=True)
    ]
    out["ci_low"] = out["mean_tone"] - half
    out["ci_high"] = out["mean_tone"] + half
    return out


def actor_tone_over_time(
    result: Any, actor: str, *, freq: str = "M", by: str | None = None, ci: float = 0.95
) -> pd.DataFrame:
    """Tone *toward* one actor per period (and per ``by``, e.g. ``"source_name"``: by outlet).

    Each article's mean ``tone_to`` over its mentions of the actor is one observation (mentions
    of one article are not independent), beside the mean tone of the sentences naming the actor,
    so the two can be compared. Needs a run with ``analyze_corpus(..., actor_tone=True)``
    (``presslens corpus --actor-tone``).

    Returns:
        ``period``, [``by``], ``n`` (articles), ``mentions``, ``mean_tone_to``, ``sd``,
        ``ci_low``, ``ci_high`` (Student t band; NaN when ``n < 2``) and ``mean_sentence_tone``.

    Example:
        >>> actor_tone_over_time(res, "Angela Merkel", freq="M", by="source_name")   # doctest: +SKIP
    """
    m = _mentions(result)
    if "tone_to" not in m.columns or m["tone_to"].notna().sum() == 0:
        raise ValueError(
            "the corpus run has no tone toward actors: run analyze_corpus(..., actor_tone=True) "
            "(presslens corpus --actor-tone)"
        )
    m = m[(m["actor"] == actor) & m["tone_to"].notna()]
    arts = _articles(result)
    arts = arts[arts["published"].notna()][["article_id", "published", *([by] if by else [])]]
    per_article = (
        m.groupby("article_id", sort=False)
        .agg(value=("tone_to", "mean"), sentence=("sentence_tone", "mean"), mentions=("tone_to", "size"))
        .reset_index()
        .merge(arts, on="article_id")
    )
    per_article["period"] = _periods(per_article["published"], freq)
    groups = ["period", *([by] if by else [])]
    g = per_article.groupby(groups, sort=True)
    out = pd.DataFrame(
        {
            "n": g.size(),
            "mentions": g["mentions"].sum(),
            "mean_tone_to": g["value"].mean(),
            "sd": g["value"].std(ddof=1),
            "mean_sentence_tone": g["sentence"].mean(),
        }
    ).reset_index()
    half = [
        t_quantile(n - 1, ci) * sd / math.sqrt(n) if n > 1 else np.nan for n, sd in zip(out["n"], out["sd"], strict=True)
    ]
    out["ci_low"] = out["mean_tone_to"] - half
    out["ci_high"] = out["mean_tone_to"] + half
    cols = [*groups, "n", "mentions", "mean_tone_to", "sd", "ci_low", "ci_high", "mean_sentence_tone"]
    return out[cols]


def top_actors_by_source_name(result: Any, *, n: int = 10, include_things: bool = False) -> pd.DataFrame:
    """The ``n`` most-mentioned actors of each outlet (``source_name``); works, products and
    events (``THING_TYPES``) are left out unless ``include_things=True``.

    Returns:
        ``source_name``, ``rank`` (1 = most mentions; ties broken by name), ``actor``, ``type``
        (its most frequent type), ``mentions``, ``articles`` (articles of the source mentioning
        it) and ``share_of_articles`` (of the source's articles). Articles without a source are
        grouped as ``"(unknown)"``.

    Example:
        >>> top_actors_by_source_name(res, n=5)                 # doctest: +SKIP
    """
    arts = _articles(result)[["article_id", "source_name"]].copy()
    arts["source_name"] = arts["source_name"].fillna("(unknown)").astype(str)
    per_source = arts.groupby("source_name").size()
    m = _mentions(result, include_things=include_things).merge(arts, on="article_id")
    cols = ["source_name", "rank", "actor", "type", "mentions", "articles", "share_of_articles"]
    if m.empty:
        return pd.DataFrame({c: [] for c in cols})
    g = m.groupby(["source_name", "actor"])
    out = pd.DataFrame({"mentions": g.size(), "articles": g["article_id"].nunique()}).reset_index()
    if "type" in m.columns:
        typ = m.groupby(["source_name", "actor"])["type"].agg(lambda s: s.value_counts().sort_index().idxmax() if s.notna().any() else None)
        out["type"] = typ.values
    else:
        out["type"] = None
    out["share_of_articles"] = out["articles"] / out["source_name"].map(per_source)
    out = out.sort_values(["source_name", "mentions", "actor"], ascending=[True, False, True])
    out["rank"] = out.groupby("source_name").cumcount() + 1
    return out[out["rank"] <= n][cols].reset_index(drop=True)


def corpus_cooccurrence(
    result: Any, *, unit: str = "article", min_count: int = 1, include_things: bool = False
) -> pd.DataFrame:
    """Pairs of actors mentioned together, counted across the corpus.

    Args:
        result: a corpus result.
        unit: ``"article"`` (rank by the number of articles mentioning both) or ``"sentence"``
            (by sentences mentioning both).
        min_count: drop pairs below this count of the chosen unit.
        include_things: also pair works, products and events (left out by default).

    Returns:
        ``actor_a`` < ``actor_b`` (alphabetical), ``articles`` and ``sentences`` (how many of
        each mention both), sorted by the chosen unit's count, descending, then by names.

    Example:
        >>> corpus_cooccurrence(res).head()               # doctest: +SKIP
    """
    if unit not in ("article", "sentence"):
        raise ValueError("unit must be 'article' or 'sentence'")
    m = _mentions(result, include_things=include_things)
    cols = ["actor_a", "actor_b", "articles", "sentences"]
    if m.empty:
        return pd.DataFrame({c: [] for c in cols})

    def pairs(keys: list[str]) -> pd.Series:
        u = m[[*keys, "actor"]].drop_duplicates()
        j = u.merge(u, on=keys, suffixes=("_a", "_b"))
        j = j[j["actor_a"] < j["actor_b"]]
        return j.groupby(["actor_a", "actor_b"]).size()

    by_article = pairs(["article_id"])
    by_sentence = pairs(["article_id", "sent_id"]) if "sent_id" in m.columns else pd.Series(dtype="int64")
    out = pd.DataFrame({"articles": by_article})
    out["sentences"] = by_sentence.reindex(out.index, fill_value=0).astype("int64")
    out = out.reset_index()
    key = "articles" if unit == "article" else "sentences"
    out = out[out[key] >= min_count]
    out = out.sort_values([key, "actor_a", "actor_b"], ascending=[False, True, True])
    return out[cols].reset_index(drop=True)
