"""Smoke test of the benchmark script (speed is measured there, never asserted here)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench.py"


def _bench_module():
    spec = importlib.util.spec_from_file_location("presslens_bench", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_bench_json_smoke_run(tmp_path):
    out = subprocess.run(
        [sys.executable, str(BENCH), "--json", "--limit", "5", "--skip", "dask", "--mem-scale", "1"],
        capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    res = json.loads(out.stdout)
    for key in ("articles", "mb", "textblob_only", "full_serial", "full_processes", "peak_rss_mb",
                "single_article_ms", "import_s", "ratio_full_vs_textblob",
                "speedup_processes", "targets"):  # fmt: skip
        assert key in res, key
    assert "full_dask" not in res
    assert res["articles"] == 5 and res["errors"] == 0
    assert res["sentences"] > 5 and res["identical"] is True
    assert res["max_float_diff"] == 0.0
    assert "sentences" in res["registry"]
    assert all(res[k] > 0 for k in ("textblob_only", "full_serial", "peak_rss_mb", "single_article_ms", "import_s"))
    # the baseline's import of TextBlob is reported apart, with the heavy packages NLTK pulled in
    assert 0 < res["textblob_import_s"] < res["textblob_only"]
    assert set(res["textblob_imports_extras"]) <= {"sklearn", "scipy"}
    assert set(res["targets"]) == {"ratio_full_vs_textblob", "speedup_processes", "single_article_ms", "import_s",
                                   "ratio_actor_tone_vs_textblob"}
    # the serial run with the tone toward each actor is measured in the same rounds
    assert res["full_serial_actor_tone"] > 0 and len(res["ratio_actor_tone_runs"]) == len(res["ratio_runs"])


def test_targets_are_checked_against_the_issue_thresholds():
    bench = _bench_module()
    ok = bench._check({"ratio_full_vs_textblob": 2.0, "speedup_processes": 1.6, "single_article_ms": 49.9, "import_s": 1.2,
                       "ratio_actor_tone_vs_textblob": 2.0})
    assert ok == dict.fromkeys(ok, True)
    bad = bench._check({"ratio_full_vs_textblob": 2.01, "speedup_processes": 1.59, "single_article_ms": 50.0})
    assert bad == {"ratio_full_vs_textblob": False, "speedup_processes": False, "single_article_ms": False, "import_s": None,
                   "ratio_actor_tone_vs_textblob": None}


def test_textblob_baseline_scores_every_sentence(tmp_path):
    bench = _bench_module()
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": "A good day. A bad day!\n\nNeutral words here"}) + "\n", encoding="utf-8")
    res = bench._measure_textblob(corpus)
    assert res["sentences"] == 3
    assert res["checksum"] == round(0.7 - 0.875, 6)  # TextBlob: good 0.7, bad -0.875
