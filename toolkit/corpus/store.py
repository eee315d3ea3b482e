"""The output folder of a corpus run: Parquet parts, the manifest, the writer's lock, and
:class:`CorpusResult`, which reads the tables back.

Layout of ``DIR``::

    DIR/manifest.json                          format, source, chunk size, every finished chunk
    DIR/tables/<table>/part-00000.parquet      one part per table and chunk (zstd)
    DIR/.presslens.lock                        held (flock) by the run writing DIR; holds its pid

Every file is written to a temporary name (``.part-00000.parquet.tmp-<pid>``,
``.manifest.json.tmp-<pid>``) and renamed into place, and a chunk is listed in the manifest (with
each part's row count, size and SHA-256) only after all its parts are in place. Reading checks
every part against the manifest: a missing or damaged part is an error
(:class:`CorpusDamagedError`), never skipped; ``resume=True`` recomputes such chunks.

One run writes a folder at a time: a second writer gets :class:`CorpusLockedError`. The lock is
an ``flock`` on ``DIR/.presslens.lock``, so it ends with the process that holds it, also when
that process is killed; a lock file left behind by a dead run is taken over.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit.corpus.work import CORPUS_TABLES
from toolkit.errors import (
    CorpusDamagedError,
    CorpusLockedError,
    CorpusRepairWarning,
)

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = ["CorpusResult", "CorpusLockedError", "CorpusDamagedError", "CorpusRepairWarning"]

MANIFEST = "manifest.json"
FORMAT = "presslens-corpus/1"
LOCK = ".presslens.lock"


# --------------------------------------------------------------------------------------------
# Lock
# --------------------------------------------------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 64).decode("ascii", "replace").split()
        return int(text[0]) if text else None
    except (OSError, ValueError):
        return None


class OutputLock:
    """The exclusive lock of one writer on a corpus output folder (see :func:`lock_output`)."""

    def __init__(self, path: Path, fd: int) -> None:
        self.path, self.fd = path, fd

    def release(self) -> None:
        if self.fd < 0:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self.fd, 0)  # the file stays (unlinking would race the next writer)
        os.close(self.fd)  # closing releases the flock
        self.fd = -1

    def __enter__(self) -> OutputLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _busy(out: Path, pid: int | None) -> CorpusLockedError:
    who = f"another presslens run (pid {pid})" if pid else "another presslens run"
    return CorpusLockedError(out, f"{who} is writing into this folder; wait for it to end or use another --out")


def lock_output(out: Path) -> OutputLock:
    """Take the exclusive writer's lock on ``out`` (created if needed) or raise.

    The lock is an ``flock`` on ``out/.presslens.lock``, which holds the writer's pid. When the
    ``flock`` is held but that pid is dead (a leftover worker of a killed run still has the file
    open), the lock file is replaced and taken over.

    Raises:
        CorpusLockedError: a live process writes into ``out``.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return _lock_pidfile(out)
    path = out / LOCK
    for _ in range(10):
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _read_pid(fd)
            os.close(fd)
            if pid is not None and pid != os.getpid() and not _alive(pid):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(path)  # stale: held by an orphan of a dead run; start a new file
                continue
            raise _busy(out, pid) from None
        except OSError:  # no flock on this file system (some network mounts): a pid file
            os.close(fd)
            return _lock_pidfile(out)
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if not same:  # replaced by a takeover between our open and our flock: try again
            os.close(fd)
            continue
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))
        return OutputLock(path, fd)
    raise _busy(out, None)


def _lock_pidfile(out: Path) -> OutputLock:
    """Without ``flock`` (Windows, some network file systems): the lock file names a live writer."""
    path = out / LOCK
    if path.exists():
        text = path.read_text(encoding="ascii", errors="replace").split()
        pid = int(text[0]) if text and text[0].isdigit() else None
        if pid is not None and pid != os.getpid() and _alive(pid):
            raise _busy(out, pid)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, f"{os.getpid()}\n".encode("ascii"))
    return OutputLock(path, fd)


# --------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------


def read_manifest(out: Path) -> dict[str, Any] | None:
    """The manifest of ``out``, ``None`` when there is none.

    Raises:
        CorpusDamagedError: the manifest is not a presslens corpus manifest.
    """
    path = out / MANIFEST
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        manifest = json.loads(text)
    except ValueError:
        manifest = None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("chunks"), dict):
        raise CorpusDamagedError(path, "not a presslens corpus manifest (damaged?); run again without --resume")
    return manifest


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    """Write ``manifest.json`` atomically: indented for people once the run is complete; while it runs
    (rewritten after every chunk), on one line, which json's C encoder writes ten times faster."""
    indent = 1 if manifest.get("complete") else None
    _atomic_write_bytes(out / MANIFEST, (json.dumps(manifest, indent=indent, sort_keys=True) + "\n").encode("utf-8"))


def part_path(out: Path, table: str, k: int) -> Path:
    return out / "tables" / table / f"part-{k:05d}.parquet"


def write_chunk(out: Path, k: int, tables: dict[str, pa.Table]) -> dict[str, dict[str, Any]]:
    """Write chunk ``k``'s tables; returns ``{table: {rows, bytes, sha256}}`` for the manifest."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    info: dict[str, dict[str, Any]] = {}
    for name, table in tables.items():
        path = part_path(out, name, k)
        path.parent.mkdir(parents=True, exist_ok=True)
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="zstd")
        data = sink.getvalue().to_pybytes()
        _atomic_write_bytes(path, data)
        info[name] = {"rows": table.num_rows, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    return info


def _rel(out: Path, path: Path) -> str:
    return path.relative_to(out).as_posix()


def _read_part(out: Path, name: str, k: int, entry: dict[str, Any]) -> pa.Table:
    """Part ``k`` of table ``name``, checked against its manifest entry.

    Raises:
        CorpusDamagedError: the part is missing, or its size, checksum, rows or Parquet are wrong.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = part_path(out, name, k)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusDamagedError(out, f"{_rel(out, path)} is missing (listed in {MANIFEST}); " + _FIX) from None
    expect = entry.get("parts", {}).get(name)
    problem = None
    if expect is not None and (len(data) != expect["bytes"] or hashlib.sha256(data).hexdigest() != expect["sha256"]):
        problem = "differs from the part the run wrote (size or checksum)"
    else:
        try:
            table = pq.read_table(pa.BufferReader(data))
        except Exception as exc:  # pyarrow raises several types for a damaged file
            problem = f"is not a readable Parquet file ({exc})"
        else:
            if expect is not None and table.num_rows != expect["rows"]:
                problem = f"has {table.num_rows} rows, the manifest says {expect['rows']}"
    if problem is not None:
        raise CorpusDamagedError(out, f"{_rel(out, path)} {problem}; " + _FIX)
    return table


_FIX = "run the same command again with --resume to recompute it"


def _check_complete(out: Path, manifest: dict[str, Any]) -> None:
    """A complete run lists chunks 0..K-1 covering every item."""
    if not manifest.get("complete"):
        return
    keys = sorted(int(k) for k in manifest["chunks"])
    items = sum(int(e.get("items", 0)) for e in manifest["chunks"].values())
    if keys != list(range(len(keys))) or ("items" in manifest and items != manifest["items"]):
        raise CorpusDamagedError(out, f"{MANIFEST} says the run is complete but lists chunks {keys}; " + _FIX)


def damaged_chunks(out: Path, manifest: dict[str, Any], names: Iterable[str]) -> dict[int, str]:
    """Chunks listed in ``manifest`` whose parts are missing or damaged -> the first problem."""
    bad: dict[int, str] = {}
    for key, entry in manifest["chunks"].items():
        for name in names:
            try:
                _read_part(out, name, int(key), entry)
            except CorpusDamagedError as exc:
                bad[int(key)] = exc.problem.split(";")[0]
                break
    return bad


def remove_parts(out: Path, keep: Iterable[int] = ()) -> None:
    """Remove part files of chunks not in ``keep`` and every stale temporary file."""
    keep = {part_path(out, "x", k).name for k in keep}
    for tmp in out.glob(f".{MANIFEST}.tmp-*"):
        tmp.unlink(missing_ok=True)
    tables = out / "tables"
    if not tables.is_dir():
        return
    for folder in tables.iterdir():
        if not folder.is_dir():
            continue
        for p in folder.glob("part-*.parquet"):
            if p.name not in keep:
                p.unlink(missing_ok=True)
        for p in folder.glob(".part-*.tmp-*"):
            p.unlink(missing_ok=True)
        if not any(folder.iterdir()):
            shutil.rmtree(folder)


def clear(out: Path) -> None:
    """Remove a previous run's files (only ours) before starting afresh."""
    (out / MANIFEST).unlink(missing_ok=True)
    remove_parts(out)


def repair_for_resume(out: Path, manifest: dict[str, Any], names: Iterable[str]) -> dict[int, str]:
    """Check every finished chunk's parts; drop the missing or damaged ones from ``manifest`` (so
    that they are computed again), remove parts the manifest does not list and stale temporary
    files. Returns the dropped chunks with their problem."""
    bad = damaged_chunks(out, manifest, list(names))
    for k in bad:
        del manifest["chunks"][str(k)]
    if bad:
        manifest["complete"] = False
        shown = ", ".join(f"chunk {k}: {why}" for k, why in sorted(bad.items())[:3])
        more = f" (and {len(bad) - 3} more)" if len(bad) > 3 else ""
        warnings.warn(
            f"{out}: {len(bad)} finished chunk(s) had missing or damaged parts and are computed again ({shown}{more})",
            CorpusRepairWarning,
            stacklevel=3,
        )
    remove_parts(out, keep=[int(k) for k in manifest["chunks"]])
    write_manifest(out, manifest)
    return bad


def same_source(previous: dict[str, Any], source: str) -> bool:
    """Whether a run's recorded source is ``source``, spelled relative or absolute."""
    mine, theirs = source_key(source), previous.get("source_path")
    if mine is not None and theirs is not None:
        return mine == theirs
    if previous.get("source") == source:
        return True
    return mine is not None and mine == source_key(str(previous.get("source")))


def source_key(source: str) -> str | None:
    """The absolute, resolved path of a file or folder source, else ``None``."""
    if source.startswith("<"):
        return None
    try:
        p = Path(source)
        return str(p.resolve()) if p.exists() else None
    except OSError:
        return None


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


def _concat(parts: list[pa.Table]) -> pd.DataFrame:
    import pandas as pd
    import pyarrow as pa

    if not parts:
        return pd.DataFrame()
    table = pa.concat_tables(parts, promote_options="permissive")
    return table.to_pandas(date_as_object=False)


def read_table(out: Path, name: str) -> pd.DataFrame:
    """Table ``name`` of the run in ``out``, every part checked against the manifest."""
    manifest = read_manifest(out)
    if manifest is None:
        raise CorpusDamagedError(out, f"no {MANIFEST}; not a presslens corpus output folder")
    _check_complete(out, manifest)
    chunks = sorted((int(k), e) for k, e in manifest["chunks"].items())
    return _concat([_read_part(out, name, k, e) for k, e in chunks])


@dataclass
class CorpusResult:
    """The tables of a corpus run, in memory or read lazily from an output folder.

    Attributes:
        tables: table name -> DataFrame (loaded on first access when ``out`` is set).
        out: the output folder, when the run wrote one.
        complete: whether every chunk of the input was processed.

    Reading a table from ``out`` checks each part against the manifest and raises
    :class:`CorpusDamagedError` for a missing or damaged one.

    Example:
        >>> res = CorpusResult.from_dir("runs/sample")       # doctest: +SKIP
        >>> res.mentions.groupby("actor").size()              # doctest: +SKIP
    """

    tables: dict[str, pd.DataFrame] = field(default_factory=dict)
    out: Path | None = None
    complete: bool = True

    @classmethod
    def from_dir(cls, out: str | os.PathLike[str]) -> CorpusResult:
        """Open the tables written by ``analyze_corpus(..., out=out)`` (lazily).

        Raises:
            FileNotFoundError: ``out`` holds no corpus run (no ``manifest.json``).
            CorpusDamagedError: the manifest is damaged.
        """
        out = Path(out)
        manifest = read_manifest(out)
        if manifest is None:
            raise FileNotFoundError(f"{out}: no {MANIFEST}; not a presslens corpus output folder")
        return cls(out=out, complete=bool(manifest.get("complete")))

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.tables:
            if self.out is None or name not in CORPUS_TABLES + tuple(self._extra_names()):
                raise KeyError(f"no table {name!r}; tables: {list(self.names)}")
            self.tables[name] = read_table(self.out, name)
        return self.tables[name]

    def files(self, name: str) -> list[Path]:
        """The Parquet part files of table ``name``, in order (for very large runs).

        Raises:
            CorpusDamagedError: a part listed in the manifest is missing or has the wrong size.

        Example:
            >>> import dask.dataframe as dd                                  # doctest: +SKIP
            >>> sents = dd.read_parquet(res.files("sentences"))              # doctest: +SKIP
        """
        if self.out is None:
            raise ValueError("this result was not written to a folder (use out=)")
        manifest = read_manifest(self.out) or {"chunks": {}}
        _check_complete(self.out, manifest)
        paths = []
        for k, entry in sorted((int(k), e) for k, e in manifest["chunks"].items()):
            p = part_path(self.out, name, k)
            size = p.stat().st_size if p.exists() else None
            expect = entry.get("parts", {}).get(name)
            if size is None or (expect is not None and size != expect["bytes"]):
                what = "is missing" if size is None else "differs from the part the run wrote"
                raise CorpusDamagedError(self.out, f"{_rel(self.out, p)} {what} (listed in {MANIFEST}); " + _FIX)
            paths.append(p)
        return paths

    def _extra_names(self) -> list[str]:
        manifest = read_manifest(self.out) if self.out else None
        return list((manifest or {}).get("extra", []))

    @property
    def names(self) -> list[str]:
        """Table names, in order."""
        if self.out is not None:
            return [*CORPUS_TABLES, *self._extra_names()]
        return list(self.tables)

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_") or name in ("tables", "out", "complete"):
            raise AttributeError(name)
        try:
            return self[name]
        except KeyError as exc:
            raise AttributeError(str(exc)) from None

    def __repr__(self) -> str:
        where = f" out={str(self.out)!r}" if self.out else ""
        return f"<CorpusResult tables={self.names}{where} complete={self.complete}>"
