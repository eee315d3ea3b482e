"""Corpus engine: identical tables across engines and re-runs, errors recorded, resume."""

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
import pyarrow.parquet as pq
import pytest

from toolkit import analysis
from toolkit.corpus.engine import (
    CORPUS_TABLES,
    CorpusResult,
    analyze_corpus,
    sample_corpus,
)

SAMPLE = Path(__file__).resolve().parents[1] / "toolkit" / "data" / "sample_corpus.jsonl"


def _records(n: int) -> list[dict]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines[:n]]


def _mixed_items() -> list[object]:
    """18 good articles with two bad items in between (an empty text, a number)."""
    recs: list[object] = _records(18)
    recs.insert(5, {"id": "bad-empty", "title": "Nothing", "text": "   "})
    recs.insert(12, 42)
    return recs


def assert_same(a: CorpusResult, b: CorpusResult) -> None:
    """Every table exactly equal: values, dtypes, order (no float tolerance)."""
    for name in CORPUS_TABLES:
        pd.testing.assert_frame_equal(a[name], b[name], check_exact=True, obj=name)


# ------------------------------------------------------------------ fake analyses (serial only)
def _fake_tone(article):
    s = article.sentences
    vals = [(len(t) % 7 - 3) / 3 for t in s["text"]]
    return pd.DataFrame(
        {"sent_id": s["sent_id"], "tone": vals, "excluded": s["kind"].ne("body"), "label": "x"}
    )


def _fake_actors(article):
    if article.id.endswith("097"):
        raise RuntimeError("actor model exploded")
    i = article.text.find("the")
    return pd.DataFrame(
        {"actor": ["The Thing"], "type": ["org"], "start": [i], "end": [i + 3], "sent_id": [1]}
    )


def _fake_quotes(article):
    return pd.DataFrame({"quote_id": pd.Series([], dtype="int64"), "text": pd.Series([], dtype="str")})


@pytest.fixture
def fake_registry(monkeypatch):
    mod = __name__
    monkeypatch.setitem(analysis.TABLES, "tone", f"{mod}:_fake_tone")
    monkeypatch.setitem(analysis.TABLES, "actors", f"{mod}:_fake_actors")
    monkeypatch.setitem(analysis.TABLES, "quotes", f"{mod}:_fake_quotes")
    monkeypatch.delitem(analysis.TABLES, "timeline", raising=False)


# ------------------------------------------------------------------ tests
def test_sample_corpus_is_the_bundled_wikinews_sample():
    arts = list(sample_corpus())
    assert len(arts) == 40
    assert len({a.id for a in arts}) == 40
    assert all(a.id.startswith("wn-va-2019-") and a.source_name == "Wikinews" for a in arts)
    assert all(a.url.startswith("https://en.wikinews.org/wiki/") for a in arts)
    assert min(a.published for a in arts).isoformat() == "2019-09-01"
    assert "CC BY 2.5" in arts[0].meta["attribution"]
    doc = (SAMPLE.parent / "SAMPLE_CORPUS.md").read_text(encoding="utf-8")
    assert all(a.url in doc for a in arts)


def test_tables_map_registry_output_and_record_failures(fake_registry):
    res = analyze_corpus(_mixed_items(), chunksize=6)
    arts, sents, err = res.articles, res.sentences, res.errors
    assert list(arts["position"]) == [p for p in range(20) if p not in (5, 12)]
    assert arts["article_id"].is_unique
    # sentences carry article_id and the tone columns merged on sent_id, in input order
    assert list(sents.columns[:2]) == ["article_id", "sent_id"]
    assert {"tone", "excluded", "label"} <= set(sents.columns)
    assert list(pd.unique(sents["article_id"])) == list(arts["article_id"])
    first = sents[sents["article_id"] == arts["article_id"].iloc[0]]
    assert first["sent_id"].tolist() == list(range(len(first)))
    body = first[~first["excluded"]]
    assert arts["mean_tone"].iloc[0] == pytest.approx(body["tone"].mean())
    assert (arts["n_sentences"] == sents.groupby("article_id", sort=False).size().loc[arts["article_id"]].values).all()
    # the failing actor stage is an error row; the article is still there, others have mentions
    bad = arts["article_id"].str.endswith("097")
    assert bad.sum() == 1 and arts.loc[bad, "n_errors"].item() == 1
    assert pd.isna(arts.loc[bad, "n_mentions"].item())
    assert (arts.loc[~bad, "n_mentions"] == 1).all()
    assert set(res.mentions["article_id"]) == set(arts.loc[~bad, "article_id"])
    assert res.mentions.columns[0] == "article_id" and "actor" in res.mentions
    assert len(res.quotes) == 0 and "quote_id" in res.quotes
    rows = err.to_dict("records")
    bad_pos = int(arts.loc[bad, "position"].item())
    assert [(r["position"], r["stage"]) for r in rows] == sorted([(5, "load"), (12, "load"), (bad_pos, "actors")])
    load = [r for r in rows if r["stage"] == "load"]
    assert load[0]["item"] == "<item 5>" and "empty" in load[0]["message"]
    assert load[0]["article_id"] is None or pd.isna(load[0]["article_id"])
    failed = next(r for r in rows if r["stage"] == "actors")
    assert failed["error"] == "RuntimeError" and failed["message"] == "actor model exploded"


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> CorpusResult:
    """Serial, uninterrupted, written to disk (the real registry)."""
    return analyze_corpus(_mixed_items(), chunksize=4, out=tmp_path_factory.mktemp("ref"))


def test_in_memory_equals_written_tables(reference):
    assert_same(analyze_corpus(_mixed_items(), chunksize=4), reference)
    assert reference.complete
    assert len(reference.articles) == 18 and (reference.errors["stage"] == "load").sum() == 2
    files = reference.files("sentences")
    assert [f.name for f in files] == [f"part-{k:05d}.parquet" for k in range(5)]
    assert sum(pq.read_metadata(f).num_rows for f in files) == len(reference.sentences)


def test_processes_engine_gives_identical_tables(reference, tmp_path):
    res = analyze_corpus(_mixed_items(), engine="processes", workers=2, chunksize=4, out=tmp_path)
    assert_same(res, reference)


def test_dask_engine_gives_identical_tables(reference, tmp_path):
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    try:
        res = analyze_corpus(
            _mixed_items(), engine="dask", scheduler=cluster.scheduler_address, chunksize=4, out=tmp_path
        )
        assert_same(res, reference)
        # the client is closed, the cluster (not ours) is not
        assert cluster.status.name == "running"
    finally:
        cluster.close()


def test_rerun_writes_byte_identical_parquet(reference, tmp_path):
    analyze_corpus(_mixed_items(), chunksize=4, out=tmp_path)
    parts = sorted(p.relative_to(tmp_path) for p in (tmp_path / "tables").rglob("*.parquet"))
    ref_parts = sorted(p.relative_to(reference.out) for p in (reference.out / "tables").rglob("*.parquet"))
    assert parts == ref_parts and len(parts) == 5 * len(CORPUS_TABLES)
    for rel in parts:
        assert (tmp_path / rel).read_bytes() == (reference.out / rel).read_bytes(), rel


def _interrupted(items: list[object], after: int):
    for n, item in enumerate(items):
        if n == after:
            raise KeyboardInterrupt("simulated kill")
        yield item


def test_interrupted_run_resumes_without_loss(reference, tmp_path):
    items = _mixed_items()
    with pytest.raises(KeyboardInterrupt):
        analyze_corpus(_interrupted(items, 10), chunksize=4, out=tmp_path)
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert sorted(manifest["chunks"]) == ["0", "1"] and manifest["complete"] is False
    assert len(CorpusResult.from_dir(tmp_path).articles) == 7  # chunks 0-1 minus the bad item
    first = tmp_path / "tables" / "articles" / "part-00000.parquet"
    stamp = first.stat().st_mtime_ns
    res = analyze_corpus(items, chunksize=4, out=tmp_path, resume=True)
    assert first.stat().st_mtime_ns == stamp  # finished chunks are not redone
    assert res.complete
    assert_same(res, reference)


_KILL_SCRIPT = """
import json, sys, time
from toolkit import analyze_corpus

def slow(items):
    for item in items:
        time.sleep(0.15)
        yield item

if __name__ == "__main__":
    items = json.load(open(sys.argv[1]))
    analyze_corpus(slow(items), engine=sys.argv[3], chunksize=4, out=sys.argv[2], progress=False)
"""


@pytest.mark.parametrize("engine", ["serial", "processes"])
def test_killed_process_resumes_without_loss(reference, tmp_path, engine):
    items = _mixed_items()
    src = tmp_path / "items.json"
    src.write_text(json.dumps(items))
    script = tmp_path / "run.py"
    script.write_text(textwrap.dedent(_KILL_SCRIPT))
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, str(script), str(src), str(out), engine], start_new_session=True)
    manifest = out / "manifest.json"
    deadline = time.monotonic() + 60
    chunks: dict = {}
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if manifest.exists():
                chunks = json.loads(manifest.read_text())["chunks"]
                if len(chunks) >= 2:
                    break
            time.sleep(0.05)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert 2 <= len(chunks) < 5, "the run should have been killed part-way"
    # worker processes notice that the run is gone and exit (within a few seconds)
    leftover = True
    gone_by = time.monotonic() + 10
    while leftover and time.monotonic() < gone_by:
        try:
            os.killpg(proc.pid, 0)
            time.sleep(0.2)
        except ProcessLookupError:
            leftover = False
    if leftover:
        os.killpg(proc.pid, signal.SIGKILL)
    assert not json.loads(manifest.read_text())["complete"]
    res = analyze_corpus(items, chunksize=4, out=out, resume=True)
    assert_same(res, reference)
    assert not leftover, "processes of the killed run were left running"


def test_resume_checks_it_continues_the_same_run(tmp_path):
    analyze_corpus(_records(3), chunksize=2, out=tmp_path)
    with pytest.raises(ValueError, match="chunksize=2"):
        analyze_corpus(_records(3), chunksize=3, out=tmp_path, resume=True)
    with pytest.raises(ValueError, match="not"):
        analyze_corpus(sample_corpus(), out=tmp_path, resume=True)
    with pytest.raises(ValueError, match="out="):
        analyze_corpus(_records(3), resume=True)
    with pytest.raises(ValueError, match="engine"):
        analyze_corpus(_records(3), engine="spark")
    with pytest.raises(FileNotFoundError):
        CorpusResult.from_dir(tmp_path / "nothing")


def test_cli_runner_writes_tables_and_reports_errors(tmp_path, capsys):
    src = tmp_path / "c.jsonl"
    lines = [json.dumps(r) for r in _records(4)]
    lines.insert(2, "{not json")
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    from toolkit.cli import main

    code = main(["corpus", str(src), "--out", str(tmp_path / "out"), "--chunksize", "2", "--no-progress"])
    assert code == 1
    assert "4 articles" in capsys.readouterr().out
    res = CorpusResult.from_dir(tmp_path / "out")
    assert res.errors[["position", "stage", "item"]].values.tolist() == [[2, "load", f"{src}:3"]]
    assert res.articles["published"].dt.year.eq(2019).all()
    assert main(["corpus", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o2"), "--no-progress"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("presslens: error: ")


def _sentences_frame(article):
    return article.sentences


def test_columns_fast_path_equals_dataframe_path(monkeypatch):
    """The corpus path that reads each analysis's columns core (no DataFrame per article) writes
    the same rows as the path through the public DataFrame functions."""
    from toolkit.corpus import work as corpus_mod
    from toolkit.corpus.work import _chunks, _process_chunk

    _, items, _ = next(_chunks(sample_corpus(), 12, set()))
    fast = _process_chunk(items)
    with monkeypatch.context() as m:
        m.setattr(corpus_mod, "_core", lambda name: None)
        m.setitem(analysis.TABLES, "sentences", f"{__name__}:_sentences_frame")
        slow = _process_chunk(items)
    for name in CORPUS_TABLES:
        a, b = fast[name].to_pandas(), slow[name].to_pandas()
        assert len(a) > 0 or name == "errors"
        # the fast path types an all-missing column (``group`` without a codebook) as text
        a, b = (d.astype(object).where(d.notna(), None) for d in (a, b))
        pd.testing.assert_frame_equal(a, b, check_dtype=False, obj=name)


def test_serial_run_leaves_the_garbage_collector_as_it_was():
    """The serial engine freezes live objects between chunks (faster full collections) and
    unfreezes them when the run ends, also when it stops early."""
    import gc

    assert gc.get_freeze_count() == 0
    before = gc.get_threshold()
    res = analyze_corpus(_records(6), chunksize=2)
    assert len(res.articles) == 6
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before
    with pytest.raises(ValueError):
        analyze_corpus([*_records(3), {"text": "x"}], chunksize=2, engine="nope")
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_serial_run_freezes_after_chunks_1_2_4_8(monkeypatch):
    """Full collections (5-10 ms each, however little garbage) come after chunks 1, 2, 4, 8, …:
    a run of n chunks makes log2(n) + 1 of them, not n."""
    from toolkit.corpus import engines

    calls: list[int] = []
    done = [0]
    real = engines._process_chunk

    def spy(*args, **kwargs):
        done[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(engines, "_process_chunk", spy)
    monkeypatch.setattr(engines, "_collect_and_freeze", lambda: calls.append(done[0]))
    res = analyze_corpus(_records(9), chunksize=1)
    assert len(res.articles) == 9
    assert calls == [1, 2, 4, 8]


def test_serial_run_collects_young_objects_less_often():
    """During a serial run the youngest generation is collected every 50,000 allocations, not
    CPython's 700 (fewer walks over an article's short-lived objects)."""
    import gc

    from toolkit.corpus import engines

    seen: list[tuple[int, ...]] = []
    real = engines._process_chunk

    def spy(*args, **kwargs):
        seen.append(gc.get_threshold())
        return real(*args, **kwargs)

    before = gc.get_threshold()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(engines, "_process_chunk", spy)
        analyze_corpus(_records(3), chunksize=2)
    assert [t[0] for t in seen] == [50_000, 50_000] and gc.get_threshold() == before


def test_fork_server_warm_up_runs_every_analysis():
    """toolkit._warm (preloaded by the processes engine's fork server) analyses its built-in text
    without error, so workers start with lexicons loaded."""
    code = "import toolkit._warm as w, gc; assert w.WARM; assert gc.get_freeze_count() > 0"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[1])
    from toolkit.corpus.engines import _preload_modules

    assert _preload_modules()[-1] == "toolkit._warm"


def test_deferred_loading_gives_the_same_chunk(tmp_path):
    """Local engines leave JSONL records unloaded in the main process and load them in the
    worker; the chunk's tables (including a bad line's load error) are the same."""
    from toolkit import load_corpus
    from toolkit.corpus.work import _DEFERRED, _chunks, _process_chunk

    lines = SAMPLE.read_text(encoding="utf-8").splitlines()[:4]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([lines[0], "{not json", *lines[1:]]) + "\n", encoding="utf-8")
    _, eager, _ = next(_chunks(load_corpus(path), 10, set()))
    _, lazy, _ = next(_chunks(load_corpus(path), 10, set(), defer=True))
    assert all(item[3] == _DEFERRED for item in lazy)
    assert eager[1][2] is None and eager[1][3][0] == "LoadError"
    a, b = _process_chunk(eager), _process_chunk(lazy)
    for name in CORPUS_TABLES:
        assert a[name].equals(b[name]), name
    assert b["errors"].to_pylist()[0]["stage"] == "load"


def test_options_go_to_the_analyses_that_take_them():
    """A corpus option (codebook, actor_tone) reaches a table function only if it names it or takes
    ``**kwargs``; unhashable callables work too (their signature is not memoised)."""
    from toolkit.corpus.work import _accepted

    def named(article, *, codebook=None):
        return None

    def anything(article, **kw):
        return None

    class Unhashable:
        __hash__ = None  # type: ignore[assignment]

        def __call__(self, article, *, actor_tone=False):
            return None

    opts = {"codebook": "cb", "actor_tone": True}
    assert _accepted(named, opts) == {"codebook": "cb"}
    assert _accepted(named, opts) == {"codebook": "cb"}  # memoised: the same answer
    assert _accepted(anything, opts) == opts
    assert _accepted(Unhashable(), opts) == {"actor_tone": True}
    assert _accepted(len, opts) == {}
