"""The corpus output folder: one writer at a time, parts checked against the manifest on read and
on resume, stale temporary files removed, the source spelled either way on resume (issue 12)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest

from toolkit.corpus.engine import CORPUS_TABLES, CorpusResult, analyze_corpus
from toolkit.errors import (
    CorpusDamagedError,
    CorpusLockedError,
    CorpusRepairWarning,
    PresslensError,
)

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "toolkit" / "data" / "sample_corpus.jsonl"


def _jsonl(path: Path, n: int, start: int = 0) -> Path:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[start : start + n]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def assert_same(a: CorpusResult, b: CorpusResult) -> None:
    for name in CORPUS_TABLES:
        pd.testing.assert_frame_equal(a[name], b[name], check_exact=True, obj=name)


# A CLI run whose items load slowly (0.3 s each), so that other commands can meet it running.
_SLOW_CLI = """
import sys, time
import toolkit.corpus.work as work

_load = work._load
def slow(*args):
    time.sleep(0.3)
    return _load(*args)
work._load = slow

from toolkit.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "toolkit.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def _wait_for_chunks(manifest: Path, proc: subprocess.Popen, n: int, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if manifest.exists():
            chunks = json.loads(manifest.read_text())["chunks"]
            if len(chunks) >= n:
                return chunks
        time.sleep(0.05)
    raise AssertionError(f"the run did not write {n} chunks in time (exit code {proc.poll()})")


def test_a_second_writer_is_refused_and_the_first_run_stays_whole(tmp_path):
    """Issue 12: a second `presslens corpus` into the same folder (same source, another chunk size,
    another source) exits 2 with one line; the first run ends complete with every part."""
    src = _jsonl(tmp_path / "c.jsonl", 12)
    other = _jsonl(tmp_path / "other.jsonl", 6, start=20)
    out = tmp_path / "out"
    script = tmp_path / "slow_cli.py"
    script.write_text(textwrap.dedent(_SLOW_CLI))
    first = subprocess.Popen(
        [sys.executable, str(script), "corpus", str(src), "--out", str(out), "--chunksize", "3", "--no-progress"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip
    try:
        _wait_for_chunks(out / "manifest.json", first, 1)
        for extra in ([], ["--chunksize", "2"], ["--resume"]):
            second = _cli("corpus", str(src), "--out", str(out), "--no-progress", *extra)
            lines = second.stderr.strip().splitlines()
            assert second.returncode == 2, second.stderr
            assert len(lines) == 1 and lines[0].startswith("presslens: error: ")
            assert f"another presslens run (pid {first.pid}) is writing into this folder" in lines[0]
        second = _cli("corpus", str(other), "--out", str(out), "--no-progress")
        assert second.returncode == 2 and "another presslens run" in second.stderr
        assert first.poll() is None, "the first run ended too early for the test to mean anything"
        stdout, stderr = first.communicate(timeout=120)
    finally:
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)
            first.wait()
    assert first.returncode == 0, stderr
    assert "12 articles" in stdout
    res = CorpusResult.from_dir(out)
    assert res.complete and len(res.articles) == 12 and len(res.files("sentences")) == 4
    assert_same(res, analyze_corpus(src, chunksize=3))


def test_the_lock_of_a_killed_run_is_taken_over(tmp_path):
    """kill -9 leaves the lock file (with the dead run's pid) behind; the next run takes it over."""
    src = _jsonl(tmp_path / "c.jsonl", 8)
    out = tmp_path / "out"
    script = tmp_path / "slow_cli.py"
    script.write_text(textwrap.dedent(_SLOW_CLI))
    proc = subprocess.Popen(
        [sys.executable, str(script), "corpus", str(src), "--out", str(out), "--chunksize", "2", "--no-progress"],
        cwd=ROOT, start_new_session=True,
    )  # fmt: skip
    try:
        _wait_for_chunks(out / "manifest.json", proc, 1)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert (out / ".presslens.lock").read_text().split() == [str(proc.pid)]
    done = _cli("corpus", str(src), "--out", str(out), "--chunksize", "2", "--resume", "--no-progress")
    assert done.returncode == 0, done.stderr
    assert_same(CorpusResult.from_dir(out), analyze_corpus(src, chunksize=2))


_HOLD_LOCK = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
pid = os.getpid() if sys.argv[2] == "SELF" else sys.argv[2]
os.write(fd, f"{pid}\\n".encode())
print("locked", flush=True)
time.sleep(60)
"""


def _hold_lock(tmp_path: Path, out: Path, pid: int | str) -> subprocess.Popen:
    out.mkdir(exist_ok=True)
    script = tmp_path / "hold.py"
    script.write_text(textwrap.dedent(_HOLD_LOCK))
    proc = subprocess.Popen(
        [sys.executable, str(script), str(out / ".presslens.lock"), str(pid)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline().strip() == "locked"
    return proc


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_a_live_writer_blocks_and_a_lock_held_for_a_dead_pid_is_taken_over(tmp_path):
    """A live holder is named in the error; a lock whose recorded run is dead (an orphaned worker
    still holding the file) is replaced."""
    src = _jsonl(tmp_path / "c.jsonl", 2)
    out = tmp_path / "out"
    holder = _hold_lock(tmp_path, out, "SELF")
    try:
        with pytest.raises(CorpusLockedError, match=f"pid {holder.pid}"):
            analyze_corpus(src, out=out)
        assert not (out / "manifest.json").exists()
    finally:
        holder.kill()
        holder.wait()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    holder = _hold_lock(tmp_path, out, dead.pid)
    try:
        res = analyze_corpus(src, out=out)
        assert res.complete and len(res.articles) == 2
        assert (out / ".presslens.lock").exists()
    finally:
        holder.kill()
        holder.wait()
    assert isinstance(CorpusLockedError(out, "x"), PresslensError)


@pytest.fixture
def run(tmp_path) -> tuple[Path, Path, CorpusResult]:
    """A finished run of 6 articles in chunks of 2, and the same tables in memory."""
    src = _jsonl(tmp_path / "c.jsonl", 6)
    out = tmp_path / "out"
    analyze_corpus(src, chunksize=2, out=out)
    return src, out, analyze_corpus(src, chunksize=2)


def test_a_missing_part_is_an_error_on_read_and_recomputed_on_resume(run):
    src, out, memory = run
    (out / "tables" / "mentions" / "part-00001.parquet").unlink()
    res = CorpusResult.from_dir(out)
    assert len(res.sentences) == len(memory.sentences)  # other tables still read
    with pytest.raises(CorpusDamagedError, match=r"tables/mentions/part-00001.parquet is missing.*--resume"):
        _ = res.mentions
    with pytest.raises(CorpusDamagedError, match="missing"):
        res.files("mentions")
    kept = out / "tables" / "articles" / "part-00000.parquet"
    stamp = kept.stat().st_mtime_ns
    with pytest.warns(CorpusRepairWarning, match="1 finished chunk"):
        res = analyze_corpus(src, out=out, resume=True)
    assert kept.stat().st_mtime_ns == stamp  # sound chunks are not redone
    assert_same(res, memory)


@pytest.mark.parametrize("damage", ["truncate", "swap", "garbage"])
def test_a_damaged_part_is_an_error_on_read_and_recomputed_on_resume(run, damage):
    src, out, memory = run
    part = out / "tables" / "sentences" / "part-00002.parquet"
    if damage == "truncate":
        part.write_bytes(part.read_bytes()[:-100])
    elif damage == "swap":  # a valid part, but another chunk's (as another run would leave)
        part.write_bytes((out / "tables" / "sentences" / "part-00000.parquet").read_bytes())
    else:
        part.write_bytes(b"PAR1" + b"\0" * 50)
    with pytest.raises(CorpusDamagedError, match="part-00002.parquet"):
        _ = CorpusResult.from_dir(out).sentences
    with pytest.warns(CorpusRepairWarning):
        res = analyze_corpus(src, out=out, resume=True)
    assert_same(res, memory)


def test_a_complete_manifest_with_a_chunk_missing_is_an_error(run):
    _, out, _ = run
    manifest = json.loads((out / "manifest.json").read_text())
    del manifest["chunks"]["1"]
    (out / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(CorpusDamagedError, match="complete"):
        _ = CorpusResult.from_dir(out).articles


def test_stale_temporary_and_unlisted_files_are_removed(run):
    src, out, memory = run
    stale = [
        out / ".manifest.json.tmp-99999",
        out / "tables" / "sentences" / ".part-00001.parquet.tmp-99999",
        out / "tables" / "sentences" / "part-00007.parquet",  # not in the manifest
    ]
    for p in stale:
        p.write_bytes(b"left over")
    assert_same(analyze_corpus(src, out=out, resume=True), memory)
    assert not any(p.exists() for p in stale)
    for p in stale:
        p.write_bytes(b"left over")
    analyze_corpus(src, chunksize=2, out=out)  # a fresh run clears them too
    assert not any(p.exists() for p in stale)


def test_resume_accepts_the_same_source_spelled_relative_or_absolute(run, monkeypatch):
    src, out, memory = run
    (out / "tables" / "articles" / "part-00001.parquet").unlink()
    monkeypatch.chdir(src.parent)
    with pytest.warns(CorpusRepairWarning):
        res = analyze_corpus(src.name, out=out.name, resume=True)  # relative now, absolute before
    assert_same(res, memory)  # recomputed rows keep the recorded spelling of the items
    other = _jsonl(src.parent / "other.jsonl", 6, start=10)
    with pytest.raises(ValueError, match="holds a run over"):
        analyze_corpus(other.name, out=out.name, resume=True)


def test_without_flock_the_lock_file_names_a_live_writer(tmp_path, monkeypatch):
    """On a file system without flock (some network mounts) the pid in the lock file decides."""
    import errno
    import fcntl

    def no_flock(fd, op):
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(fcntl, "flock", no_flock)
    src = _jsonl(tmp_path / "c.jsonl", 2)
    out = tmp_path / "out"
    out.mkdir()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (out / ".presslens.lock").write_text(f"{sleeper.pid}\n")
        with pytest.raises(CorpusLockedError, match=f"pid {sleeper.pid}"):
            analyze_corpus(src, out=out)
    finally:
        sleeper.kill()
        sleeper.wait()
    res = analyze_corpus(src, out=out)  # the writer named in the file is gone: taken over
    assert res.complete and len(res.articles) == 2
    assert (out / ".presslens.lock").read_text() == ""  # released


def test_manifest_is_one_line_while_running_and_indented_when_complete(tmp_path, monkeypatch):
    """The manifest is rewritten after every chunk: compact then (json's C encoder), indented for
    people once the run is complete; both read back the same."""
    from toolkit.corpus import store

    seen: list[str] = []
    real = store.write_manifest

    def spy(out, manifest):
        real(out, manifest)
        seen.append((out / "manifest.json").read_text(encoding="utf-8"))

    monkeypatch.setattr(store, "write_manifest", spy)
    analyze_corpus(_jsonl(tmp_path / "in.jsonl", 4), out=tmp_path / "out", chunksize=2)
    running, final = seen[:-1], seen[-1]
    assert running and all(text.count("\n") == 1 for text in running)
    assert final.count("\n") > 10 and json.loads(final)["complete"] is True
    assert json.loads(running[-1])["chunks"] == json.loads(final)["chunks"]
