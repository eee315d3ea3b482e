"""Bundled example data: the seed article and the demo coding file.

Notebooks and tests find the example data through these helpers instead of hard-coded paths,
so they work from a source checkout (``<repo>/seeds/``) and from an installed package
(``toolkit/data/seeds/``).

Example:
    >>> from toolkit.datasets import load_seed
    >>> art = load_seed()
    >>> art.published.isoformat()
    '2021-12-31'
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toolkit.article import Article

__all__ = [
    "SEED_NAME",
    "seed_path",
    "load_seed",
    "list_seeds",
    "demo_codes_path",
    "data_path",
    "shared_corpus_path",
    "NewsCorpus",
    "news_corpus",
]

#: The default example article.
SEED_NAME = "biden-putin-call"

_PACKAGE_DATA = Path(__file__).resolve().parent / "data"
_REPO_SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _seed_dirs() -> list[Path]:
    return [d for d in (_PACKAGE_DATA / "seeds", _REPO_SEEDS) if d.is_dir()]


def list_seeds() -> list[str]:
    """Names of the bundled example articles (without extension), sorted.

    Example:
        >>> "biden-putin-call" in list_seeds()
        True
    """
    names = {p.stem for d in _seed_dirs() for p in d.glob("*.txt")}
    return sorted(names)


def seed_path(name: str = SEED_NAME) -> Path:
    """Path of a bundled example article (its ``.meta.json`` sidecar sits beside it).

    Args:
        name: the seed's name, as listed by :func:`list_seeds`.

    Raises:
        toolkit.errors.SourceNotFoundError: no seed of that name is bundled.

    Example:
        >>> seed_path().name
        'biden-putin-call.txt'
    """
    from toolkit.errors import SourceNotFoundError

    for d in _seed_dirs():
        p = d / f"{name}.txt"
        if p.is_file():
            return p
    raise SourceNotFoundError(name, f"no bundled seed article of that name; known: {list_seeds()}")


def load_seed(name: str = SEED_NAME) -> Article:
    """Load a bundled example article (with its metadata).

    Example:
        >>> load_seed().title.startswith("‘Serious’")
        True
    """
    from toolkit.io.load import load_article

    return load_article(seed_path(name))


def data_path(name: str) -> Path:
    """Path of a file bundled in ``toolkit/data``.

    Raises:
        toolkit.errors.SourceNotFoundError: no such bundled file.
    """
    from toolkit.errors import SourceNotFoundError

    p = _PACKAGE_DATA / name
    if not p.exists():
        raise SourceNotFoundError(name, "no such file bundled in toolkit/data")
    return p


def demo_codes_path() -> Path:
    """The demo coding file: two demo coders' tone codes of the seed's sentences.

    The codes were made by hand for demonstration (see ``05_validate``); they are not a
    gold standard. Columns: ``coder, article_id, sent_id, label, text, timestamp``.

    Example:
        >>> demo_codes_path().suffix
        '.csv'
    """
    return data_path("demo_codes_seed.csv")


def shared_corpus_path() -> Path | None:
    """The shared Wikinews corpus (``news_corpus.jsonl``) when this machine has it, else ``None``.

    Looked for under ``$PRESSLENS_SHARED/data/news_corpus/`` and
    ``<repo>/../shared/data/news_corpus/``. Users normally do not have it; notebooks then
    fall back to the bundled sample (:func:`news_corpus`).
    """
    roots = [os.environ.get("PRESSLENS_SHARED"), str(_REPO_SEEDS.parents[1] / "shared")]
    for root in roots:
        if not root:
            continue
        p = Path(root) / "data" / "news_corpus" / "news_corpus.jsonl"
        if p.is_file():
            return p
    return None


@dataclass
class NewsCorpus:
    """A corpus chosen for the notebooks, with what a notebook needs to describe it.

    Attributes:
        articles: the articles (dated, English), oldest first.
        name: ``"shared"`` (the shared Wikinews corpus) or ``"sample"`` (the bundled sample).
        freq: a sensible period for trends over this corpus (pandas alias: ``"W"``, ``"Y"``).
        description: one sentence saying what the corpus is.
    """

    articles: list[Article]
    name: str
    freq: str
    description: str

    def __len__(self) -> int:
        return len(self.articles)


def news_corpus(*, limit: int | None = 150, prefer_shared: bool = True) -> NewsCorpus:
    """Articles for corpus notebooks: the shared Wikinews corpus if present, else the bundled sample.

    From the shared corpus (2,000 articles, 2004-2021) ``limit`` articles are taken at even
    steps through the date-ordered corpus (each period keeps its share of articles), so that
    trends cover the whole period while a notebook stays quick; the bundled sample (40
    Wikinews articles, Sep-Oct 2019) is used whole.
    Undated articles are left out. The selection is deterministic.

    Args:
        limit: at most this many articles from the shared corpus (``None``: all).
        prefer_shared: use the shared corpus when it is present.

    Example:
        >>> corpus = news_corpus(prefer_shared=False)
        >>> corpus.name, len(corpus), corpus.freq
        ('sample', 40, 'W')
    """
    import warnings

    from toolkit.io.load import load_corpus

    path = shared_corpus_path() if prefer_shared else None
    if path is None:
        from toolkit.corpus.engine import sample_corpus

        arts = sorted((a for a in sample_corpus() if a.published), key=lambda a: (a.published, a.id))
        return NewsCorpus(arts, "sample", "W", f"the bundled sample: {len(arts)} Wikinews articles, Sep-Oct 2019")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a few items are not English; they are dropped below
        arts = [a for a in load_corpus(path) if a.published and a.language == "en"]
    arts.sort(key=lambda a: (a.published, a.id))
    if limit is not None and len(arts) > limit:
        step = len(arts) / limit
        arts = [arts[int(i * step)] for i in range(limit)]
    first, last = arts[0].published.year, arts[-1].published.year
    return NewsCorpus(
        arts, "shared", "Y", f"{len(arts)} articles of the shared Wikinews corpus, {first}-{last}"
    )
