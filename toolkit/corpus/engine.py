"""Corpus-scale analysis: every per-article table for thousands of articles, in parallel.

:func:`analyze_corpus` streams a corpus through :func:`toolkit.analysis.analyze` in chunks,
serially, on local processes or on a Dask cluster, and returns tidy corpus tables:

``articles``
    one row per input item that loaded: ``article_id, position, item, title, published, source,
    url, author, language, n_chars, n_paragraphs, n_sentences``, then, for every analysis that
    is registered, ``mean_tone, sd_tone, n_tone_sentences`` (tone), ``n_mentions, n_actors``
    (actors), ``n_quotes`` (quotes), ``n_timeline`` (timeline), and ``n_errors``.
``sentences``
    ``article_id`` + the article's sentences (``sent_id, para_id, start, end, kind, text``), with
    the tone columns (``polarity, subjectivity, vader, tone, label, excluded, ...``) merged on
    ``sent_id`` when the ``tone`` analysis is registered.
``mentions``
    ``article_id`` + the ``actors`` table (``actor, type, group, surface, start, end, sent_id,
    kind, adjectival``).
``quotes``
    ``article_id`` + the ``quotes`` table.
``timeline``
    ``article_id`` + the ``timeline`` table.
``errors``
    ``article_id, position, item, stage, error, message``: one row per item that failed to load
    (``stage="load"``) and per analysis that failed on an article (``stage`` = ``segment``,
    ``tone``, ``actors``, ...); the run goes on.

Rows are ordered by input position, then by the order within the article, so every engine and
every re-run give identical tables. With ``out=DIR`` each chunk is written as Parquet as soon as
it is done (``DIR/tables/<table>/part-00000.parquet``) and listed in ``DIR/manifest.json``; a run
that is interrupted loses at most the chunks in flight, and ``resume=True`` continues (checking
every finished part first: a missing or damaged one is computed again). One run writes a folder
at a time (see :mod:`toolkit.corpus.store`).

The work is split across modules: :mod:`toolkit.corpus.work` (per-article and per-chunk work,
input chunking), :mod:`toolkit.corpus.engines` (serial, processes, Dask) and
:mod:`toolkit.corpus.store` (output folder, manifest, lock, :class:`CorpusResult`).

Example:
    >>> from toolkit.corpus.engine import analyze_corpus, sample_corpus
    >>> result = analyze_corpus(sample_corpus(), out="runs/sample")       # doctest: +SKIP
    >>> result.articles[["article_id", "n_sentences"]].head()             # doctest: +SKIP
    >>> same = CorpusResult.from_dir("runs/sample")                       # doctest: +SKIP
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit.corpus import store
from toolkit.corpus.engines import ENGINES, RUNNERS
from toolkit.corpus.store import CorpusResult, _concat
from toolkit.corpus.work import _STAGES, CORPUS_TABLES, _as_corpus, _chunks, _count_items
from toolkit.errors import CorpusDamagedError, CorpusLockedError

if TYPE_CHECKING:
    import pyarrow as pa

    from toolkit.io.load import Corpus

__all__ = [
    "CORPUS_TABLES",
    "ENGINES",
    "CorpusDamagedError",
    "CorpusLockedError",
    "CorpusResult",
    "analyze_corpus",
    "sample_corpus",
]

DEFAULT_CHUNKSIZE = 50
_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample_corpus.jsonl"


def analyze_corpus(
    corpus: Any,
    *,
    engine: str = "serial",
    scheduler: Any = None,
    out: str | os.PathLike[str] | None = None,
    chunksize: int | None = None,
    resume: bool = False,
    workers: int | None = None,
    extra_tables: Iterable[str] = (),
    codebook: Any = None,
    actor_tone: bool = False,
    progress: bool | None = None,
) -> CorpusResult:
    """Analyse every article of a corpus and return (or write) tidy corpus tables.

    Args:
        corpus: a :class:`~toolkit.io.load.Corpus` (from :func:`~toolkit.io.load_corpus`), a path to a
            folder/JSONL/CSV, or an iterable of Articles, texts or dicts.
        engine: ``"serial"``, ``"processes"`` (all local cores) or ``"dask"``
            (``dask.distributed``).
        scheduler: for ``engine="dask"``: ``None`` starts a local cluster; a
            ``"tcp://host:port"`` address or a ``distributed.Client`` uses an existing one
            (its workers must have ``presslens`` installed).
        out: folder to write Parquet tables and ``manifest.json`` into, chunk by chunk; the
            result then reads its tables from there lazily.
        chunksize: articles per chunk (the unit of parallel work, of writing and of resuming;
            default 50, or the previous run's value when resuming).
        resume: continue the run in ``out``: chunks already written are skipped.
        workers: number of worker processes (default: all cores; the cluster's for a scheduler).
        extra_tables: further registry tables (e.g. ``"events"``) to collect with an
            ``article_id`` column.
        codebook: an actor codebook (a YAML path, a dict or a
            :class:`~toolkit.entities.codebook.Codebook`) for every analysis that takes one
            (actors, quotes); recorded in the manifest, and a resume must use the same.
        actor_tone: also score the tone toward every actor mention (:func:`toolkit.actor_tone`):
            the ``mentions`` table's ``tone_to``, ``tone_label`` and ``sentence_tone`` columns
            (null otherwise). Off by default: it adds about 40% of the time TextBlob alone takes.
        progress: show a tqdm progress bar (default: when stderr is a terminal).

    Returns:
        A :class:`CorpusResult` with tables ``articles, sentences, mentions, quotes, timeline,
        errors`` (see the module docstring for columns).

    Raises:
        ValueError: unknown engine or table, ``resume`` without ``out``, or a ``resume`` whose
            source or chunk size differs from the run in ``out``.
        CorpusLockedError: another run is writing into ``out`` (a :class:`~toolkit.errors.PresslensError`).
        toolkit.errors.LoadError: the corpus source itself cannot be opened.
        toolkit.errors.CodebookError: the codebook cannot be read.

    Example:
        >>> res = analyze_corpus(sample_corpus(), engine="processes")   # doctest: +SKIP
        >>> res.errors.empty                                              # doctest: +SKIP
        True
    """
    from toolkit._version import __version__
    from toolkit.analysis import TABLES

    if engine not in RUNNERS:
        raise ValueError(f"unknown engine {engine!r}; choose one of {list(ENGINES)}")
    if scheduler is not None and engine != "dask":
        raise ValueError("scheduler= is only used with engine='dask'")
    extra = tuple(extra_tables)
    unknown = [n for n in extra if n not in TABLES or n in CORPUS_TABLES]
    if unknown:
        raise ValueError(f"extra_tables {unknown} are not registry tables other than {list(CORPUS_TABLES)}")
    if resume and out is None:
        raise ValueError("resume=True needs out=")
    if chunksize is not None and chunksize < 1:
        raise ValueError("chunksize must be at least 1")
    raw = corpus
    corpus = _as_corpus(corpus)
    names = [*CORPUS_TABLES, *extra]
    size = chunksize or DEFAULT_CHUNKSIZE
    options: dict[str, Any] = {}
    if actor_tone:
        options["actor_tone"] = True
    if codebook is not None:
        from toolkit.entities.codebook import load_codebook

        options["codebook"] = load_codebook(codebook)
    book = _fingerprint(options.get("codebook"))

    outdir = Path(out) if out is not None else None
    if outdir is None:
        return _run(corpus, raw, engine, scheduler, workers, extra, options, size, progress, None, {}, set())
    outdir.mkdir(parents=True, exist_ok=True)
    with store.lock_output(outdir):  # one writer per folder; released when the run ends or dies
        previous = _previous_run(outdir, corpus, chunksize, extra, book) if resume else None
        if previous is not None and bool(previous.get("actor_tone", False)) != bool(actor_tone):
            raise ValueError(f"{outdir} was written with actor_tone={bool(previous.get('actor_tone'))}; resume with that")
        if previous is not None:
            manifest = previous
            store.repair_for_resume(outdir, manifest, names)
            recorded = manifest["source"]
            if recorded != corpus.source and store.source_key(recorded) == store.source_key(corpus.source):
                corpus = _as_corpus(recorded)  # the same file: keep the recorded spelling
        else:
            store.clear(outdir)
            manifest = {
                "format": store.FORMAT,
                "source": corpus.source,
                "source_path": store.source_key(corpus.source),
                "chunksize": size,
                "extra": list(extra),
                "codebook": book,
                "actor_tone": bool(actor_tone),
                "registry": [n for n in TABLES if n in ("sentences", *_STAGES, *extra)],
                "presslens": __version__,
                "chunks": {},
                "complete": False,
            }
            store.write_manifest(outdir, manifest)
        done = {int(k) for k in manifest["chunks"]}
        size = int(manifest["chunksize"])
        _run(corpus, raw, engine, scheduler, workers, extra, options, size, progress, outdir, manifest, done)
    return CorpusResult.from_dir(outdir)


def _fingerprint(codebook: Any) -> dict[str, Any] | None:
    """What the manifest records of a codebook: its source and a hash of its contents."""
    if codebook is None:
        return None
    import hashlib
    import json

    content = {
        "entries": {n: [list(e.aliases), e.type, e.group] for n, e in sorted(codebook.entries.items())},
        "ignore": sorted(codebook.ignore),
    }
    digest = hashlib.sha256(json.dumps(content, sort_keys=True, default=str).encode("utf-8")).hexdigest()
    return {"source": codebook.source, "sha256": digest}


def _previous_run(
    out: Path, corpus: Corpus, chunksize: int | None, extra: tuple[str, ...], book: dict[str, Any] | None
) -> dict[str, Any] | None:
    """The manifest of the run in ``out`` that ``resume=True`` continues (``None``: none there).

    Raises:
        ValueError: ``out`` holds a run over another source or with other settings.
    """
    try:
        previous = store.read_manifest(out)
    except CorpusDamagedError as exc:
        warnings.warn(f"{exc}; starting afresh", store.CorpusRepairWarning, stacklevel=3)
        return None
    if previous is None:
        return None
    if previous.get("format") != store.FORMAT or not store.same_source(previous, corpus.source):
        raise ValueError(
            f"{out} holds a run over {previous.get('source')!r}, not {corpus.source!r}; "
            "use another --out or run without resume"
        )
    if chunksize is not None and chunksize != previous["chunksize"]:
        raise ValueError(f"{out} was written with chunksize={previous['chunksize']}; resume with that")
    if list(previous.get("extra", [])) != list(extra):
        raise ValueError(f"{out} was written with extra_tables={previous.get('extra')}")
    theirs = previous.get("codebook")
    if (theirs or {}).get("sha256") != (book or {}).get("sha256"):
        was = f"codebook {theirs['source']}" if theirs else "no codebook"
        raise ValueError(f"{out} was written with {was}; resume with the same")
    return previous


def _run(
    corpus: Corpus,
    raw: Any,
    engine: str,
    scheduler: Any,
    workers: int | None,
    extra: tuple[str, ...],
    options: dict[str, Any],
    size: int,
    progress: bool | None,
    outdir: Path | None,
    manifest: dict[str, Any],
    done: set[int],
) -> CorpusResult:
    """Stream the chunks not in ``done`` through the engine; write them to ``outdir`` (listing
    each in ``manifest`` once its parts are in place) or collect them in memory."""
    names = [*CORPUS_TABLES, *extra]
    bar = None
    show = sys.stderr.isatty() if progress is None else progress
    if show:
        from tqdm.auto import tqdm

        bar = tqdm(total=_count_items(corpus, raw), unit="article", desc=f"corpus ({engine})", leave=True)

    collected: dict[str, list[pa.Table]] = {name: [] for name in names}
    n_items = 0
    try:
        # local engines load files and records where they are analysed; a Dask cluster's workers
        # may not see the files, so the main process loads for them
        chunks = _chunks(corpus, size, done, defer=engine != "dask")
        stream = RUNNERS[engine](chunks, extra, workers=workers, scheduler=scheduler, options=options or None)
        for k, tables, n in stream:
            n_items += n
            if tables is not None:
                if outdir is not None:
                    parts = store.write_chunk(outdir, k, tables)
                    manifest["chunks"][str(k)] = {
                        "items": n,
                        "articles": tables["articles"].num_rows,
                        "errors": tables["errors"].num_rows,
                        "parts": parts,
                    }
                    store.write_manifest(outdir, manifest)
                else:
                    for name in names:
                        collected[name].append(tables[name])
            if bar is not None:
                bar.update(n)
    finally:
        if bar is not None:
            bar.close()
    if outdir is not None:
        manifest["complete"] = True
        manifest["items"] = n_items
        store.write_manifest(outdir, manifest)
        return CorpusResult(out=outdir)
    return CorpusResult(tables={name: _concat(collected[name]) for name in names})


def sample_corpus() -> Corpus:
    """The bundled sample: 40 English Wikinews articles (Sep-Oct 2019, CC BY 2.5).

    See ``toolkit/data/SAMPLE_CORPUS.md`` for sources and attribution.

    Example:
        >>> sum(1 for _ in sample_corpus())
        40
    """
    from toolkit.io.load import load_corpus

    return load_corpus(_SAMPLE)
