"""Bundled example data: the seed article and the demo coding file.

Notebooks and tests find the example data through these helpers instead of hard-coded paths,
so they work from a source checkout (``<repo>/seeds/``, ``<repo>/notebooks/``) and from an
installed package (``toolkit/data/seeds/``, ``toolkit/data/notebooks/``; the build copies the
repository folders there, see ``setup.py``). :func:`copy_notebooks` gives a user their own copy
of the notebooks (``presslens notebooks DIR``).

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
    "notebooks_path",
    "copy_notebooks",
]

#: The default example article.
SEED_NAME = "biden-putin-call"

_PACKAGE_DATA = Path(__file__).resolve().parent / "data"
_REPO_SEEDS = Path(__file__).resolve().parents[1] / "seeds"
_REPO_NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
#: Record of what :func:`copy_notebooks` wrote (file -> SHA-256), kept in the target folder.
_COPY_RECORD = ".presslens-notebooks.json"


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


def notebooks_path() -> Path:
    """The folder of the bundled notebooks (``00_start_here.ipynb`` ..., ``teaching/``, ``apps/``).

    Raises:
        toolkit.errors.SourceNotFoundError: neither the package nor the checkout has them.
    """
    from toolkit.errors import SourceNotFoundError

    for d in (_PACKAGE_DATA / "notebooks", _REPO_NOTEBOOKS):
        if (d / "00_start_here.ipynb").is_file():
            return d
    raise SourceNotFoundError("notebooks", "the notebooks are not bundled with this installation")


#: Name of the bundled Voila template (Voila's "lab" template without its CDN links).
VOILA_TEMPLATE = "presslens"


def jupyter_data_path() -> Path:
    """The Jupyter data folder bundled with the package (holds ``voila/templates/presslens``).

    Put it first on ``JUPYTER_PATH`` and run ``voila --template=presslens``: the app then asks
    nothing from the internet (Voila's own "lab" template loads Font Awesome from a CDN).
    :func:`app_environment` does both for you.
    """
    return _PACKAGE_DATA / "jupyter"


def app_environment(env: dict[str, str] | None = None) -> dict[str, str]:
    """A copy of ``env`` (default: ``os.environ``) with :func:`jupyter_data_path` first on ``JUPYTER_PATH``."""
    import os

    out = dict(os.environ if env is None else env)
    rest = out.get("JUPYTER_PATH", "")
    out["JUPYTER_PATH"] = str(jupyter_data_path()) + (os.pathsep + rest if rest else "")
    return out


def _notebook_files(root: Path) -> list[Path]:
    files = [p for pattern in ("*.ipynb", "*.md", "*.py") for p in root.rglob(pattern)]
    return sorted(p for p in files if p.is_file() and not any(s.startswith(".") for s in p.relative_to(root).parts))


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class NotebookCopy:
    """What :func:`copy_notebooks` did: paths relative to the target folder."""

    target: Path
    copied: list[str]
    unchanged: list[str]
    replaced: list[str]


def copy_notebooks(target: str | os.PathLike[str], *, force: bool = False) -> NotebookCopy:
    """Copy the bundled notebooks, the teaching set and the app into ``target``.

    A file already in ``target`` is left alone when it equals the bundled one and updated when
    it is still the copy this function wrote earlier (recorded in ``target/.presslens-notebooks.json``).
    A file that differs from both (a student's edited copy, or a file of the same name) is not
    overwritten unless ``force=True``.

    Raises:
        toolkit.errors.PresslensError: ``target`` holds edited copies (and ``force`` is false),
            or ``target`` is a file.

    Example:
        >>> copy_notebooks("my-notebooks").copied[:1]     # doctest: +SKIP
        ['00_start_here.ipynb']
    """
    import json
    import shutil

    from toolkit.errors import PresslensError

    src = notebooks_path()
    dest = Path(target)
    if dest.exists() and not dest.is_dir():
        raise PresslensError(dest, "is a file; give a folder for the notebooks")
    record_path = dest / _COPY_RECORD
    try:
        record = json.loads(record_path.read_text(encoding="utf-8")) if record_path.is_file() else {}
    except ValueError:
        record = {}
    plan: list[tuple[Path, Path, str]] = []
    edited: list[str] = []
    done = NotebookCopy(dest, [], [], [])
    for f in _notebook_files(src):
        rel = f.relative_to(src).as_posix()
        out = dest / rel
        if not out.exists():
            plan.append((f, out, "copied"))
            continue
        mine = _sha256(out)
        if mine == _sha256(f):
            done.unchanged.append(rel)
        elif mine == record.get(rel) or force:
            plan.append((f, out, "replaced"))
        else:
            edited.append(rel)
    if edited:
        shown = ", ".join(edited[:3]) + (f" and {len(edited) - 3} more" if len(edited) > 3 else "")
        raise PresslensError(
            dest, f"{shown} differ from the bundled notebooks (edited?); not overwritten. "
            "Use another folder, or --force to replace them"
        )
    for f, out, what in plan:
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, out)
        getattr(done, what).append(out.relative_to(dest).as_posix())
    record.update({f.relative_to(src).as_posix(): _sha256(f) for f in _notebook_files(src)})
    record_path.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return done
