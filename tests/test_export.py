"""CSV exports: formula injection neutralised in text cells only (issue 12 bug 6)."""

from __future__ import annotations

import csv

import pandas as pd

from toolkit import load_article
from toolkit.export import csv_safe, to_records, write_csv

ATTACKS = ["=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2+3", "@SUM(A1:A9)", "\tTAB", "\r=CR"]


def _cells(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_text_cells_starting_a_formula_are_neutralised(tmp_path):
    df = pd.DataFrame({"text": [*ATTACKS, "plain", None], "tone": [-0.5, 0.25, -1.0, 0.0, -0.125, 1.0, -2.0, 0.5]})
    rows = _cells(write_csv(df, tmp_path / "t.csv"))[1:]
    assert [r[0] for r in rows] == ["'" + a for a in ATTACKS] + ["plain", ""]
    # numbers stay numbers: a spreadsheet reads -0.5 as minus one half, not as text
    assert [r[1] for r in rows] == ["-0.5", "0.25", "-1", "0", "-0.125", "1", "-2", "0.5"]
    assert df["text"].tolist()[:6] == ATTACKS  # the frame itself is not changed


def test_string_dtype_categorical_and_column_names(tmp_path):
    df = pd.DataFrame(
        {
            "s": pd.array(["=1", "ok"], dtype="string"),
            "c": pd.Categorical(["@x", "ok"]),
            "=Putin": [-1, 2],  # actor names become columns of cross tables
            "n": pd.array([-3, 4], dtype="Int64"),
        }
    )
    rows = _cells(write_csv(df, tmp_path / "t.csv"))
    assert rows == [["s", "c", "'=Putin", "n"], ["'=1", "'@x", "-1", "-3"], ["ok", "ok", "2", "4"]]


def test_article_text_in_table_csvs_is_neutralised_and_json_exact(tmp_path):
    art = load_article("Spreadsheet trap\n\n=HYPERLINK(\"http://evil\",\"Click\") was pasted into the story.\n\n-5 degrees were recorded on Monday.")
    sents = art.sentences
    rows = _cells(write_csv(sents, tmp_path / "sentences.csv"))
    texts = [r[-1] for r in rows[1:]]
    assert "'=HYPERLINK(\"http://evil\",\"Click\") was pasted into the story." in texts
    assert "'-5 degrees were recorded on Monday." in texts
    # JSON records keep the article's text exactly, offsets still index it
    recs = to_records(sents)
    assert any(r["text"].startswith("=HYPERLINK") for r in recs)
    assert all(art.text[r["start"] : r["end"]] == r["text"] for r in recs)


def test_csv_safe_returns_the_same_frame_when_nothing_to_do():
    df = pd.DataFrame({"text": ["fine", "also fine"], "x": [-1.5, 2.0]})
    assert csv_safe(df) is df
