"""The presslens command line: output shape, CSV output, one-line errors."""

from __future__ import annotations

import json
import os
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


# ---------------------------------------------------------------- --codebook (issue 13, item 8)
CODEBOOK = """actors:
  President Biden:
    aliases: [Joe Biden, Biden]
    type: person
    group: United States
  Kremlin aide:
    aliases: [Yuri Ushakov]
    type: person
    group: Russia
"""


@pytest.fixture
def codebook(tmp_path):
    path = tmp_path / "codebook.yml"
    path.write_text(CODEBOOK, encoding="utf-8")
    return path


def test_analyze_codebook_reaches_actors_frequencies_cooccurrence_and_quotes(capsys, seed_path, codebook):
    tables = "actors,actor_frequencies,cooccurrence,quotes,sentences"
    code, out, err = run(capsys, "analyze", str(seed_path), "--tables", tables, "--codebook", str(codebook))
    assert code == 0, err
    data = json.loads(out)
    freq = {r["actor"]: r for r in data["actor_frequencies"]}
    assert "Joe Biden" not in freq and freq["President Biden"]["group"] == "United States"
    assert "President Biden" in {r["actor"] for r in data["actors"]}
    assert any("President Biden" in (r["actor_a"], r["actor_b"]) for r in data["cooccurrence"])
    speakers = {r["speaker"] for r in data["quotes"]}
    assert "Kremlin aide" in speakers and "Yuri Ushakov" not in speakers
    code, out, _ = run(capsys, "analyze", str(seed_path), "--tables", "actor_frequencies")
    assert "Joe Biden" in {r["actor"] for r in json.loads(out)["actor_frequencies"]}  # without it


def test_report_codebook_shapes_the_report_tables(tmp_path, capsys, seed_path, codebook):
    code, _, err = run(capsys, "report", str(seed_path), "--out", str(tmp_path / "r"), "--codebook", str(codebook))
    assert code == 0, err
    freq = (tmp_path / "r" / "tables" / "actor_frequencies.csv").read_text(encoding="utf-8")
    assert "President Biden" in freq and "Joe Biden" not in freq
    assert json.loads((tmp_path / "r" / "provenance.json").read_text())["parameters"]["codebook"] == str(codebook)
    from toolkit.analysis import TABLES

    assert TABLES["actors"] == "toolkit.entities.actors:actors"  # the registry is restored


def test_corpus_codebook_is_used_and_a_resume_must_use_the_same(tmp_path, capsys, codebook, seed_path):
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"id": "seed", "text": seed_path.read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["corpus", str(src), "--out", str(out), "--codebook", str(codebook), "--no-progress"]) == 0
    from toolkit import CorpusResult

    res = CorpusResult.from_dir(out)
    assert "President Biden" in set(res.mentions["actor"]) and "Joe Biden" not in set(res.mentions["actor"])
    assert "Kremlin aide" in set(res.quotes["speaker"])
    capsys.readouterr()
    assert main(["corpus", str(src), "--out", str(out), "--resume", "--no-progress"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "codebook" in err[0]


def test_a_bad_codebook_is_one_line_exit_2(tmp_path, capsys, seed_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("actors: [1, 2\n", encoding="utf-8")
    for cmd in (["analyze", str(seed_path)], ["report", str(seed_path), "--out", str(tmp_path / "r")]):
        code, out, err = run(capsys, *cmd, "--codebook", str(bad))
        assert code == 2 and out == ""
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("presslens: error: ") and "bad.yml" in lines[0]
    assert not (tmp_path / "r").exists()


def test_synopsis_shows_every_article_option(capsys):
    import toolkit.cli

    for flag in ("--published", "--title", "--source-name", "--codebook", "notebooks DIR", "app"):
        assert flag in toolkit.cli.__doc__, flag
    for cmd in ("analyze", "report"):
        with pytest.raises(SystemExit):
            main([cmd, "--help"])
        out = capsys.readouterr().out
        assert all(f in out for f in ("--published", "--title", "--source-name", "--codebook"))


# ---------------------------------------------------------------- notebooks and app (issue 16)
def test_notebooks_command_copies_every_notebook_and_says_what_next(tmp_path, capsys):
    from toolkit.datasets import notebooks_path

    dest = tmp_path / "my notebooks"
    code, out, err = run(capsys, "notebooks", str(dest))
    assert code == 0, err
    src = notebooks_path()
    shipped = sorted(p.relative_to(src).as_posix() for p in src.rglob("*") if p.suffix in (".ipynb", ".md")
                     and ".ipynb_checkpoints" not in p.parts)  # fmt: skip
    for rel in ("00_start_here.ipynb", "apps/explorers.ipynb", "teaching/exercise_1_tone.ipynb",
                "teaching/teachers_guide.md"):  # fmt: skip
        assert rel in shipped
    for rel in shipped:
        assert (dest / rel).read_bytes() == (src / rel).read_bytes(), rel
    assert f"jupyter lab '{dest}'" in out
    code, out, _ = run(capsys, "notebooks", str(dest))  # again: nothing to do
    assert code == 0 and "copied 0 files" in out


def test_notebooks_command_keeps_a_students_edits_unless_forced(tmp_path, capsys):
    from toolkit.datasets import notebooks_path

    dest = tmp_path / "nb"
    assert run(capsys, "notebooks", str(dest))[0] == 0
    edited = dest / "01_tone.ipynb"
    edited.write_text(edited.read_text(encoding="utf-8").replace("tone", "TONE", 1), encoding="utf-8")
    mine = edited.read_bytes()
    code, out, err = run(capsys, "notebooks", str(dest))
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "01_tone.ipynb" in lines[0] and "--force" in lines[0]
    assert edited.read_bytes() == mine
    code, out, err = run(capsys, "notebooks", str(dest), "--force")
    assert code == 0 and "1 replaced" in out
    assert edited.read_bytes() == (notebooks_path() / "01_tone.ipynb").read_bytes()


def test_notebooks_command_updates_an_unedited_older_copy(tmp_path, capsys):
    """A copy still as this command wrote it is updated when the bundled notebook changed."""
    dest = tmp_path / "nb"
    assert run(capsys, "notebooks", str(dest))[0] == 0
    record = dest / ".presslens-notebooks.json"
    old = b'{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n'
    (dest / "02_actors.ipynb").write_bytes(old)  # as if an older release had shipped this
    data = json.loads(record.read_text())
    import hashlib

    data["02_actors.ipynb"] = hashlib.sha256(old).hexdigest()
    record.write_text(json.dumps(data))
    code, out, err = run(capsys, "notebooks", str(dest))
    assert code == 0 and "1 replaced" in out, err
    assert (dest / "02_actors.ipynb").read_bytes() != old


def test_app_command_serves_the_installed_explorers_app(monkeypatch, capsys):
    import importlib.util

    from toolkit import cli
    from toolkit.datasets import jupyter_data_path, notebooks_path

    calls = []
    monkeypatch.setenv("JUPYTER_PATH", "/somewhere/else")
    monkeypatch.setattr("subprocess.call", lambda cmd, env=None: calls.append((cmd, env)) or 0)
    assert main(["app", "--port", "8899", "--no-browser"]) == 0
    cmd, env = calls[0]
    assert cmd[:3] == [sys.executable, "-m", "voila"]
    assert cmd[3] == str(notebooks_path() / "apps" / "explorers.ipynb")
    assert "--port=8899" in cmd and "--no-browser" in cmd
    # the bundled template (Voila's lab template minus its CDN links) is found first on JUPYTER_PATH
    assert "--template=presslens" in cmd
    assert env["JUPYTER_PATH"].split(os.pathsep) == [str(jupyter_data_path()), "/somewhere/else"]
    template = jupyter_data_path() / "voila" / "templates" / "presslens"
    assert (template / "index.html.j2").is_file() and json.loads((template / "conf.json").read_text())["base_template"] == "lab"
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    code, out, err = run(capsys, "app")
    assert code == 2 and "presslens[lab]" in err and len(err.strip().splitlines()) == 1
    assert cli.app_command(cli.build_parser().parse_args(["app"]))[3].endswith("explorers.ipynb")
