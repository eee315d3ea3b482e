"""Gold files and agreement metrics for tone scorers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from toolkit.errors import GoldFileError
from toolkit.sentiment.evaluate import EVAL_COLUMNS, evaluate_tone, evaluate_tone_file, read_gold


def test_read_gold_handles_bom_crlf_and_tabs_in_text(tmp_path):
    p = tmp_path / "g.txt"
    p.write_bytes("\ufeff1_1\t-0.9\tbad thing\r\n1_2\t2.5\tgood\tthing\r\n\r\n".encode())
    g = read_gold(p)
    assert g.columns.tolist() == ["id", "rating", "text"]
    assert g.id.tolist() == ["1_1", "1_2"]
    assert g.rating.tolist() == [-0.9, 2.5]
    assert g.text.tolist() == ["bad thing", "good\tthing"]


@pytest.mark.parametrize(
    ("content", "where", "what"),
    [
        ("1\t0.5\tok\n2\tabc\tbad rating\n", ":2", "not a number"),
        ("1\t0.5\tok\n2 0.5 no tabs\n", ":2", "3 tab-separated"),
        ("1\tnan\tx\n", ":1", "finite"),
        ("\n\n", "", "no rows"),
    ],
)
def test_read_gold_errors_name_file_and_line(tmp_path, content, where, what):
    p = tmp_path / "bad.tsv"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFileError, match=what) as e:
        read_gold(p)
    assert str(e.value).startswith(f"{p}{where}")


def test_read_gold_missing_file(tmp_path):
    with pytest.raises(GoldFileError, match="cannot read"):
        read_gold(tmp_path / "nope.tsv")


def test_metrics_by_hand():
    human = [-3.0, -1.0, 0.0, 0.2, 1.0, 3.0]
    scores = pd.DataFrame({"tone": [-0.5, 0.0, 0.0, 0.3, 0.2, 0.9], "vader": [-0.5, -0.2, 0.0, 0.0, 0.3, 0.9]})
    ev = evaluate_tone(None, human, scores=scores, scorers=("tone", "vader"), n_boot=0)
    assert ev.columns.tolist() == EVAL_COLUMNS
    v = ev.set_index(["scorer", "metric"])["value"]
    assert v["tone", "pearson_r"] == pytest.approx(np.corrcoef(human, scores.tone)[0, 1])
    # human classes (band 0.5): N N 0 0 P P; tone classes (band 0.125): N 0 0 P P P
    assert v["tone", "accuracy"] == pytest.approx(4 / 6)
    # F1 per class: neg 2/3, neutral 1/2, pos 4/5
    assert v["tone", "macro_f1"] == pytest.approx((2 / 3 + 1 / 2 + 4 / 5) / 3)
    # vader classes (band 0.05): N N 0 0 P P -> perfect
    assert v["vader", "accuracy"] == 1.0 and v["vader", "macro_f1"] == 1.0
    # Spearman with ties: average ranks
    assert v["vader", "spearman_rho"] == pytest.approx(
        pd.Series(human).rank().corr(scores.vader.rank())
    )
    assert ev.ci_low.isna().all() and (ev.n == 6).all()


def test_bootstrap_intervals_are_deterministic_and_cover_the_value():
    rng = np.random.RandomState(1)
    y = rng.normal(size=300)
    scores = pd.DataFrame({"tone": np.tanh(y / 4 + rng.normal(scale=0.2, size=300))})
    a = evaluate_tone(None, y, scores=scores, scorers=("tone",), n_boot=200, seed=3)
    b = evaluate_tone(None, y, scores=scores, scorers=("tone",), n_boot=200, seed=3)
    pd.testing.assert_frame_equal(a, b)
    assert (a.ci_low <= a.value).all() and (a.value <= a.ci_high).all()
    assert (a.ci_high - a.ci_low < 0.3).all()


def test_evaluate_tone_scores_texts():
    ev = evaluate_tone(["What a wonderful day.", "A horrible, deadly attack.", "The meeting is on Monday."],
                       [3.0, -3.2, 0.0], n_boot=20)  # fmt: skip
    v = ev.set_index(["scorer", "metric"])["value"]
    assert v["tone", "pearson_r"] > 0.9 and v["vader", "accuracy"] == 1.0
    assert set(ev.scorer) == {"polarity", "vader", "tone"}


def test_length_mismatch_is_an_error():
    with pytest.raises(ValueError, match="2 texts but 1 ratings"):
        evaluate_tone(["a", "b"], [1.0])


def test_shared_gold_files_read_and_evaluate(shared_data):
    folder = shared_data / "vader_groundtruth"
    sizes = {"nyt_dev.tsv": 2447, "tweets_GroundTruth.txt": 4200, "movieReviewSnippets_GroundTruth.txt": 10605,
             "amazonReviewSnippets_GroundTruth.txt": 3708}  # fmt: skip
    for name, n in sizes.items():
        g = read_gold(folder / name)
        assert len(g) == n and g.rating.between(-4, 4).all()
    ev = evaluate_tone_file(folder / "nyt_dev.tsv", n_boot=50)
    v = ev.set_index(["scorer", "metric"])["value"]
    assert v["vader", "pearson_r"] == pytest.approx(0.511, abs=0.002)  # the documented baseline
    assert v["polarity", "pearson_r"] == pytest.approx(0.283, abs=0.002)


def _coding_csv(path, rows: list[tuple[str, int, str, str]]) -> None:
    """A coding CSV as CodingWidget writes it: (coder, sent_id, label, text) per click."""
    import csv

    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["coder", "article_id", "sent_id", "label", "text", "timestamp"])
        for coder, sid, label, text in rows:
            w.writerow([coder, "wn-1", sid, label, text, "2026-12-03T10:00:00+00:00"])


def test_read_gold_reads_coding_widget_csv_as_mean_coded_value(tmp_path):
    p = tmp_path / "codes.csv"
    _coding_csv(
        p,
        [
            ("ana", 0, "negative", "The attack killed dozens."),
            ("ana", 1, "positive", "A wonderful, joyful celebration."),
            ("ana", 2, "positive", "The meeting is on Monday."),
            ("ana", 2, "neutral", "The meeting is on Monday."),  # changed her mind: the last counts
            ("ben", 0, "negative", "The attack killed dozens."),
            ("ben", 1, "neutral", "A wonderful, joyful celebration."),
            ("ben", 2, "neutral", "The meeting is on Monday."),
            ("cem", 0, "neutral", "The attack killed dozens."),
            ("cem", 1, "positive", "A wonderful, joyful celebration."),
        ],
    )
    g = read_gold(p)
    assert g[["id", "rating", "n_coders"]].values.tolist() == [
        ["wn-1#0", -2 / 3, 3],
        ["wn-1#1", 2 / 3, 3],
        ["wn-1#2", 0.0, 2],
    ]
    assert g.text.tolist()[1] == "A wonderful, joyful celebration."
    ev = evaluate_tone_file(p, n_boot=0).set_index(["scorer", "metric"])
    assert (ev["n"] == 3).all()
    assert ev.loc[("tone", "pearson_r"), "value"] > 0.9
    assert ev.loc[("vader", "accuracy"), "value"] == 1.0  # human classes of the means: N, P, 0


def test_read_gold_single_coder_keeps_the_class_and_reads_a_folder(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    _coding_csv(folder / "ana.csv", [("ana", 0, "negative", "Bad."), ("ana", 1, "neutral", "A chair.")])
    _coding_csv(folder / "ben.csv", [("ben", 0, "negative", "Bad."), ("ben", 1, "positive", "A chair.")])
    g = read_gold(folder)
    assert g.rating.tolist() == [-1.0, 0.5] and g.n_coders.tolist() == [2, 2]  # a tie is neutral (0.5)
    one = read_gold(folder / "ana.csv")
    assert one.rating.tolist() == [-1.0, 0.0]


def test_read_gold_names_the_coding_csv_problem(tmp_path):
    p = tmp_path / "codes.csv"
    _coding_csv(p, [("ana", 0, "furious", "Bad.")])
    with pytest.raises(GoldFileError, match="unknown label") as e:
        read_gold(p)
    assert str(e.value).startswith(str(p))
    other = tmp_path / "other.csv"
    other.write_text("id,rating,text\n1,0.5,ok\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match="a CSV\\? read_gold reads CodingWidget CSVs"):
        read_gold(other)


def test_read_gold_sends_actor_tone_codes_to_eval_actor_tone(tmp_path):
    p = tmp_path / "actor_codes.csv"
    p.write_text(
        "coder,article_id,sent_id,target,start,end,label,sentence,timestamp\n"
        "ana,wn-1,0,Joe Biden,0,5,negative,Biden warned Putin.,2026-12-03T10:00:00+00:00\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldFileError, match="tone toward an actor.*eval actor-tone") as e:
        read_gold(p)
    assert str(e.value).startswith(str(p))
