"""The presslens command line: output shape, CSV output, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from toolkit.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_json_has_article_paragraphs_sentences(capsys, seed_path):
    code, out, err = run(capsys, "analyze", str(seed_path), "--published", "2021-12-31", "--tables", "paragraphs,sentences")
    assert code == 0, err
    data = json.loads(out)
    assert data["article"]["published"] == "2021-12-31"
    assert data["article"]["n_chars"] == len(seed_path.read_text(encoding="utf-8"))
    assert data["article"]["language"] == "en"
    text = seed_path.read_text(encoding="utf-8")
    for rec in data["sentences"]:
        assert set(rec) == {"sent_id", "para_id", "start", "end", "kind", "text"}
        assert text[rec["start"] : rec["end"]] == rec["text"]
    kinds = [r["kind"] for r in data["sentences"]]
    assert kinds[0] == "title" and kinds[-1] == "boilerplate"
    assert kinds.count("credit") == 2


def test_analyze_csv_writes_one_file_per_table(tmp_path, capsys, seed_path):
    code, out, _ = run(capsys, "analyze", str(seed_path), "--format", "csv", "--out", str(tmp_path), "--tables", "sentences,paragraphs")
    assert code == 0
    assert (tmp_path / "sentences.csv").read_text(encoding="utf-8").startswith("sent_id,para_id,start,end,kind,text\n")
    assert (tmp_path / "paragraphs.csv").exists()
    assert json.loads((tmp_path / "article.json").read_text())["title"].startswith("‘Serious’")


@pytest.mark.parametrize(
    ("content", "suffix", "needle"),
    [
        (None, ".txt", "no such file"),
        (b"", ".txt", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ".txt", "binary"),
        (b"hello", ".docx", "unknown file type"),
    ],
)
def test_bad_input_prints_one_line_and_exits_nonzero(tmp_path, capsys, content, suffix, needle):
    path = tmp_path / f"article{suffix}"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run(capsys, "analyze", str(path))
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("presslens: error: ") and str(path) in lines[0] and needle in lines[0]


def test_unknown_table_and_csv_without_out_are_clear_errors(capsys, seed_path):
    code, _, err = run(capsys, "analyze", str(seed_path), "--tables", "nope")
    assert code == 2 and "unknown table" in err
    code, _, err = run(capsys, "analyze", str(seed_path), "--format", "csv")
    assert code == 2 and "--out" in err


def test_console_script_reads_stdin():
    proc = subprocess.run(
        [sys.executable, "-m", "toolkit.cli", "analyze", "-", "--tables", "sentences"],
        input=b"Headline here\n\nMr. Smith arrived. He left.",
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    sents = json.loads(proc.stdout)["sentences"]
    assert [s["text"] for s in sents] == ["Headline here", "Mr. Smith arrived.", "He left."]


def test_corpus_command_writes_tables_and_records_bad_items(tmp_path, capsys):
    src = tmp_path / "corpus.jsonl"
    src.write_text(
        json.dumps({"id": "a1", "title": "Storm", "date": "2020-01-02", "text": "Storm hits\n\nThe storm hit Paris on Monday."})
        + "\n{not json\n"
        + json.dumps({"id": "a3", "text": "   "})
        + "\n",
        encoding="utf-8",
    )
    code = main(["corpus", str(src), "--out", str(tmp_path / "out"), "--no-progress"])
    out, _ = capsys.readouterr()
    assert code == 1  # finished, with errors recorded
    from toolkit import CorpusResult

    res = CorpusResult.from_dir(tmp_path / "out")
    assert list(res["articles"]["article_id"]) == ["a1"]
    assert len(res["errors"]) == 2 and "0 errors" not in out
