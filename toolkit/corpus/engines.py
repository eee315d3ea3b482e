"""Corpus engines: run :func:`toolkit.corpus.work._process_chunk` over a stream of chunks
serially, on local worker processes (a fork server warmed up by :mod:`toolkit._warm`) or on a
Dask cluster.

Every engine takes ``(chunk_index, items or None when the chunk is skipped, n_items)`` triples
(from :func:`toolkit.corpus.work._chunks`) and yields ``(chunk_index, tables or None, n_items)``
in input order, so that every engine writes the same files in the same order.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from toolkit.corpus.work import _process_chunk

if TYPE_CHECKING:
    import pyarrow as pa

#: Engine names accepted by ``analyze_corpus(engine=...)``.
ENGINES: tuple[str, ...] = ("serial", "processes", "dask")

ChunkIter = Iterator[tuple[int, list[tuple[int, str, Any, Any]] | None, int]]


def _run_serial(
    chunks: ChunkIter, extra: tuple[str, ...], *, options: dict[str, Any] | None = None, **_: Any
) -> Iterator[tuple[int, Any, int]]:
    import gc

    # After chunks 1, 2, 4, 8, … everything alive (lexicons, gazetteers, word caches, the caller's
    # own objects) moves to the collector's permanent generation, so that full collections during
    # the run stop re-scanning it (~10% of a serial run's CPU). Undone when the run ends; skipped
    # when the caller froze objects already or disabled the collector.
    freeze = gc.isenabled() and gc.get_freeze_count() == 0
    threshold = gc.get_threshold()
    done = 0
    try:
        if freeze:
            _fewer_young_collections()
        for k, items, n in chunks:
            yield k, (None if items is None else _process_chunk(items, extra, options)), n
            done += 1
            if freeze and _freeze_after(done):
                _collect_and_freeze()
    finally:
        if freeze:
            gc.unfreeze()
            gc.set_threshold(*threshold)


def _process_chunk_in_worker(
    items: list[tuple[int, str, Any, Any]], extra: tuple[str, ...] = (), options: dict[str, Any] | None = None
) -> dict[str, pa.Table]:
    """:func:`_process_chunk` in a worker process of our own: then freeze what is alive (see
    :func:`_run_serial`); the worker ends with the run, so nothing is unfrozen."""
    global _WORKER_CHUNKS
    _fewer_young_collections()
    out = _process_chunk(items, extra, options)
    _WORKER_CHUNKS += 1
    if _freeze_after(_WORKER_CHUNKS):
        _collect_and_freeze()
    return out


#: Chunks this worker process has analysed (see :func:`_freeze_after`).
_WORKER_CHUNKS = 0


def _freeze_after(done: int) -> bool:
    """Collect and freeze after ``done`` chunks? After chunks 1, 2, 4, 8, …: what stays alive for
    good (lexicons, word memos) is made mostly in the first chunks, and each full collection costs
    5–10 ms however little garbage it finds (a chunk leaves ~50 cyclic objects: a JSON encoder's
    closures), so collecting after every chunk was 2% of a serial run. In between, the young
    collections free cyclic garbage as before; a run of n chunks makes log2(n) + 1 full
    collections."""
    return done & (done - 1) == 0


#: Allocations between two collections of the youngest generation during a run (CPython's
#: default is 700). An article's analysis makes tens of thousands of short-lived containers; at
#: 700 the collector runs about 40 times per article and re-walks the survivors each time
#: (~4% of a serial run); at this size most of them are freed by reference counting first.
#: Cyclic garbage is still collected (and the chunk's leftovers by :func:`_collect_and_freeze`).
_YOUNG_THRESHOLD = 50_000


def _fewer_young_collections() -> None:
    import gc

    first, *rest = gc.get_threshold()
    if 0 < first < _YOUNG_THRESHOLD:
        gc.set_threshold(_YOUNG_THRESHOLD, *rest)


def _collect_and_freeze() -> None:
    """Collect the garbage made since the last freeze, then freeze what survives.

    The collection only walks objects created since the last freeze (frozen ones are skipped),
    so it is cheap; without it, reference cycles that were already garbage would be frozen too
    and never freed (memory growing with every chunk of a long run).
    """
    import gc

    gc.collect()
    gc.freeze()


def _run_ordered(
    chunks: ChunkIter, submit: Callable[[list[Any]], Any], result: Callable[[Any], Any], inflight: int
) -> Iterator[tuple[int, Any, int]]:
    pending: deque[tuple[int, Any, int]] = deque()
    for k, items, n in chunks:
        pending.append((k, None if items is None else submit(items), n))
        while pending and (len(pending) > inflight or pending[0][1] is None or pending[0][1].done()):
            k0, fut, n0 = pending.popleft()
            yield k0, (None if fut is None else result(fut)), n0
    while pending:
        k0, fut, n0 = pending.popleft()
        yield k0, (None if fut is None else result(fut)), n0


def _preload_modules() -> list[str]:
    from toolkit.analysis import TABLES

    mods = {"toolkit", "toolkit.analysis", "toolkit.text.segment", "pandas", "pyarrow"}
    mods |= {target.partition(":")[0] for target in TABLES.values()}
    return [*sorted(mods), "toolkit._warm"]  # last: loads the lexicons once for every worker


def _watch_parent(pid: int, interval: float = 1.0) -> None:
    """Worker initializer: exit when the process that started the run is gone (killed)."""
    import threading
    import time

    def watch() -> None:
        while True:
            time.sleep(interval)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass

    threading.Thread(target=watch, name="presslens-watch-parent", daemon=True).start()


def _run_processes(
    chunks: ChunkIter,
    extra: tuple[str, ...],
    *,
    workers: int | None = None,
    options: dict[str, Any] | None = None,
    **_: Any,
) -> Iterator[tuple[int, Any, int]]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    n = workers or os.cpu_count() or 1
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(_preload_modules())
    ex = ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_watch_parent, initargs=(os.getpid(),))
    try:
        yield from _run_ordered(
            chunks, lambda items: ex.submit(_process_chunk_in_worker, items, extra, options), lambda f: f.result(), 2 * n
        )
    except BrokenProcessPool as exc:
        raise RuntimeError(
            "a worker process died. In a script, run the corpus analysis under "
            "`if __name__ == \"__main__\":` (worker processes re-import the script); "
            "otherwise a worker ran out of memory (try a smaller chunksize or fewer workers)"
        ) from exc
    finally:
        ex.shutdown(wait=True, cancel_futures=True)


def _run_dask(
    chunks: ChunkIter,
    extra: tuple[str, ...],
    *,
    workers: int | None = None,
    scheduler: Any = None,
    options: dict[str, Any] | None = None,
    **_: Any,
) -> Iterator[tuple[int, Any, int]]:
    import uuid

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("engine='dask' needs dask.distributed: pip install 'presslens[dask]'") from exc

    cluster = None
    own_client = True
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        )
        client = Client(cluster)
    elif isinstance(scheduler, str):
        client = Client(scheduler)
    else:
        client, own_client = scheduler, False
    run = uuid.uuid4().hex[:8]
    try:
        n = max(1, sum(client.nthreads().values()) or (workers or 1))

        def submit(items: list[Any], _k: list[int] = [0]) -> Any:  # noqa: B006 - a counter
            _k[0] += 1
            # our own local cluster's workers end with the run; someone else's are left alone
            fn = _process_chunk_in_worker if cluster is not None else _process_chunk
            return client.submit(fn, items, extra, options, pure=False, key=f"presslens-chunk-{run}-{_k[0]}")

        yield from _run_ordered(chunks, submit, lambda f: f.result(), 2 * n)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()


RUNNERS: dict[str, Callable[..., Iterator[tuple[int, Any, int]]]] = {
    "serial": _run_serial,
    "processes": _run_processes,
    "dask": _run_dask,
}

