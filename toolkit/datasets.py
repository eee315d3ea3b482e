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

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .article import Article

__all__ = ["SEED_NAME", "seed_path", "load_seed", "list_seeds", "demo_codes_path", "data_path"]

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
    from .errors import SourceNotFoundError

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
    from .io import load_article

    return load_article(seed_path(name))


def data_path(name: str) -> Path:
    """Path of a file bundled in ``toolkit/data``.

    Raises:
        toolkit.errors.SourceNotFoundError: no such bundled file.
    """
    from .errors import SourceNotFoundError

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
