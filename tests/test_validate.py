"""Agreement between coders and with automatic labels (toolkit.validate)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from toolkit.errors import GoldFileError
from toolkit.validate import (
    agreement,
    compare_with_scores,
    consensus,
    latest_codes,
    pairwise_agreement,
    read_codes,
    reliability_matrix,
    sample_for_coding,
)


def _codes(rows: dict[str, list[str]], article_id: str = "x") -> pd.DataFrame:
    out = []
    for coder, labels in rows.items():
        for i, lab in enumerate(labels):
            if lab:
                out.append({"coder": coder, "article_id": article_id, "sent_id": i, "label": lab})
    return pd.DataFrame(out)


def _value(df: pd.DataFrame, measure: str) -> float:
    return float(df.set_index("measure").loc[measure, "value"])


def test_alpha_hand_computed_two_coders():
    # values: neg 3, neu 3, pos 2 (n = 8); one disagreement (neg/neu) in unit 1.
    # nominal: D_o = 2/8, D_e = (64 - 22) / 56  ->  alpha = 1 - 0.25 / 0.75 = 2/3
    # ordinal: delta(neg,neu) = (3 + 3 - 3)^2 = 9 ... alpha = 1 - (18/8) / (600/56) = 0.79
    codes = _codes(
        {
            "a": ["negative", "negative", "positive", "neutral"],
            "b": ["negative", "neutral", "positive", "neutral"],
        }
    )
    res = agreement(codes)
    assert _value(res, "alpha_nominal") == pytest.approx(2 / 3)
    assert _value(res, "alpha_ordinal") == pytest.approx(0.79)
    assert _value(res, "percent_agreement") == pytest.approx(0.75)
    assert res["n_units"].iloc[0] == 4 and res["n_coders"].iloc[0] == 2


def test_ordinal_alpha_punishes_far_disagreements_more():
    near = _codes({"a": ["negative", "neutral", "positive", "neutral"], "b": ["neutral", "neutral", "positive", "neutral"]})
    far = _codes({"a": ["negative", "neutral", "positive", "neutral"], "b": ["positive", "neutral", "positive", "neutral"]})
    assert _value(agreement(near), "alpha_ordinal") > _value(agreement(far), "alpha_ordinal")
    # nominal alpha does not care how far apart the labels are (same marginals aside)
    assert _value(agreement(near), "percent_agreement") == _value(agreement(far), "percent_agreement")


def test_perfect_agreement_and_missing_codes():
    codes = _codes(
        {
            "a": ["negative", "neutral", "positive", "negative"],
            "b": ["negative", "neutral", "positive", ""],  # b skipped unit 3
            "c": ["negative", "", "positive", "negative"],
        }
    )
    res = agreement(codes)
    assert _value(res, "alpha_nominal") == pytest.approx(1.0)
    assert _value(res, "percent_agreement") == pytest.approx(1.0)
    assert res["n_units"].iloc[0] == 4
    mat = reliability_matrix(codes)
    assert mat.shape == (3, 4) and math.isnan(mat.loc["b", ("x", 3)])


def test_three_coders_percent_agreement_counts_pairs():
    # unit 0: a=b != c -> 1 of 3 pairs agree; unit 1: all agree
    codes = _codes({"a": ["negative", "neutral"], "b": ["negative", "neutral"], "c": ["positive", "neutral"]})
    assert _value(agreement(codes), "percent_agreement") == pytest.approx((1 / 3 + 1) / 2)


def test_alpha_undefined_with_one_coder_or_one_label():
    one = _codes({"a": ["negative", "neutral"]})
    assert math.isnan(_value(agreement(one), "alpha_nominal"))
    same = _codes({"a": ["neutral", "neutral"], "b": ["neutral", "neutral"]})
    assert math.isnan(_value(agreement(same), "alpha_nominal"))
    assert _value(agreement(same), "percent_agreement") == 1.0


def test_last_decision_counts():
    codes = pd.DataFrame(
        {"coder": ["a", "a", "b"], "article_id": "x", "sent_id": [0, 0, 0], "label": ["positive", "negative", "negative"]}
    )
    assert latest_codes(codes)["label"].tolist() == ["negative", "negative"]
    assert _value(agreement(codes), "percent_agreement") == 1.0


def test_bad_labels_and_columns_raise():
    with pytest.raises(GoldFileError, match="unknown label"):
        latest_codes(pd.DataFrame({"coder": ["a"], "sent_id": [0], "label": ["angry"]}))
    with pytest.raises(GoldFileError, match="lacks column"):
        latest_codes(pd.DataFrame({"coder": ["a"], "label": ["neutral"]}))


def test_read_codes_errors(tmp_path):
    with pytest.raises(GoldFileError, match="no such"):
        read_codes(tmp_path / "missing.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("coder,sent_id,label\na,0,furious\n", encoding="utf-8")
    with pytest.raises(GoldFileError) as exc:
        read_codes(bad)
    assert str(bad) in str(exc.value)


def test_pairwise_and_consensus():
    codes = _codes(
        {
            "a": ["negative", "neutral", "positive"],
            "b": ["negative", "neutral", "neutral"],
            "c": ["negative", "positive", "neutral"],
        }
    )
    pw = pairwise_agreement(codes).set_index(["coder_a", "coder_b"])
    assert pw.loc[("a", "b"), "percent_agreement"] == pytest.approx(2 / 3)
    assert pw.loc[("a", "c"), "percent_agreement"] == pytest.approx(1 / 3)
    cons = consensus(codes).set_index("sent_id")
    assert cons.loc[0, "label"] == "negative" and bool(cons.loc[0, "unanimous"])
    assert cons.loc[1, "label"] == "neutral" and not bool(cons.loc[1, "unanimous"])
    assert cons.loc[2, "label"] == "neutral" and cons.loc[2, "n_coders"] == 3
    tie = consensus(codes[codes["coder"].isin(["a", "c"])]).set_index("sent_id")
    assert pd.isna(tie.loc[1, "label"]) and tie.loc[0, "label"] == "negative"


def test_compare_with_scores_confusion_and_metrics():
    codes = _codes(
        {
            "a": ["negative", "neutral", "positive", "negative"],
            "b": ["negative", "neutral", "positive", "neutral"],
        }
    )
    tone_df = pd.DataFrame(
        {
            "sent_id": [0, 1, 2, 3, 4],
            "label": ["negative", "positive", "positive", "negative", None],
            "excluded": [False, False, False, False, True],
        }
    )
    cmp = compare_with_scores(codes, tone_df)
    m = cmp.metrics.set_index("who")
    assert m.loc["a", "n"] == 4 and m.loc["a", "accuracy"] == pytest.approx(3 / 4)
    assert m.loc["b", "accuracy"] == pytest.approx(2 / 4)
    # consensus: unit 3 is a tie (negative/neutral) and drops out
    assert m.loc["consensus", "n"] == 3
    assert m.loc["consensus", "accuracy"] == pytest.approx(2 / 3)
    # coder a: negative F1 = 1, neutral F1 = 0 (1 fn), positive F1 = 2/3  -> macro 5/9
    assert m.loc["a", "macro_f1"] == pytest.approx((1 + 0 + 2 / 3) / 3)
    conf = cmp.confusion
    assert list(conf.index) == ["negative", "neutral", "positive"] == list(conf.columns)
    assert conf.loc["neutral", "positive"] == 1 and conf.to_numpy().sum() == 3
    assert "Confusion" in cmp._repr_html_()


def test_compare_requires_article_ids_for_several_articles():
    codes = pd.concat([_codes({"a": ["neutral"]}, "x"), _codes({"a": ["neutral"]}, "y")])
    with pytest.raises(ValueError, match="several articles"):
        compare_with_scores(codes, pd.DataFrame({"sent_id": [0], "label": ["neutral"]}))
    both = pd.DataFrame({"article_id": ["x", "y"], "sent_id": [0, 0], "label": ["neutral", "positive"]})
    assert compare_with_scores(codes, both).metrics.set_index("who").loc["a", "accuracy"] == 0.5


def test_sample_for_coding(seed):
    all_s = sample_for_coding(seed)
    assert set(all_s.columns) == {"article_id", "sent_id", "text"}
    kinds = seed.sentences.set_index("sent_id").loc[all_s["sent_id"], "kind"]
    assert set(kinds) <= {"title", "body"}
    s1 = sample_for_coding(seed, n=5, seed=1)
    assert len(s1) == 5 and s1.equals(sample_for_coding(seed, n=5, seed=1))
    assert list(s1["sent_id"]) == sorted(s1["sent_id"])


def test_demo_codes_match_the_seed(seed):
    from toolkit import demo_codes_path

    codes = read_codes(demo_codes_path())
    assert set(codes["coder"]) == {"demo_a", "demo_b"}
    sents = seed.sentences.set_index("sent_id")
    # the demo codes still line up with the current segmentation of the seed
    for r in codes.itertuples():
        assert sents.loc[r.sent_id, "text"] == r.text
    res = agreement(codes)
    assert 0 < _value(res, "alpha_nominal") < _value(res, "alpha_ordinal") < 1


def test_disagreements_lists_the_differing_sentences_with_text():
    codes = _codes({"a": ["negative", "neutral"], "b": ["negative", "neutral"]})
    tone_df = pd.DataFrame({"sent_id": [0, 1], "label": ["negative", "positive"], "text": ["Bad.", "Fine."]})
    d = compare_with_scores(codes, tone_df).disagreements()
    assert d[["sent_id", "human", "auto", "text"]].values.tolist() == [[1, "neutral", "positive", "Fine."]]


# ---------------------------------------------------------------- a class's coding CSVs (issue 13)
UNITS = pd.DataFrame(
    {
        "article_id": "wn-1",
        "sent_id": [0, 1, 2, 3],
        "text": ["Talks fail", 'He said, "we are worried, deeply".', "The rescue succeeded.", "It rained."],
    }
)


def _code_with_widget(path, coder: str, labels: list[str]) -> None:
    """Code UNITS as a student would: one click per sentence (saved at once) with CodingWidget."""
    pytest.importorskip("ipywidgets")
    import toolkit as pl

    w = pl.CodingWidget(UNITS, coder=coder, path=path)
    for lab in labels:
        w.code(lab)


def test_read_codes_merges_a_folder_of_coding_widget_files_and_gives_alpha_across_coders(tmp_path):
    folder = tmp_path / "class"
    _code_with_widget(folder / "ana.csv", "ana", ["negative", "negative", "positive", "neutral"])
    _code_with_widget(folder / "ben.csv", "ben", ["negative", "neutral", "positive", "neutral"])
    # carla changes her mind on the first sentence: the last click counts
    _code_with_widget(folder / "carla.csv", "carla", ["positive", "negative", "positive", "neutral"])
    import toolkit as pl

    w = pl.CodingWidget(UNITS, coder="carla", path=folder / "carla.csv")
    w.go_to(0)
    w.code("negative")
    (folder / "notes.txt").write_text("not a coding file", encoding="utf-8")

    codes = read_codes(folder)
    assert sorted(set(codes["coder"])) == ["ana", "ben", "carla"]
    assert len(codes) == 12 and set(codes["file"]) == {"ana.csv", "ben.csv", "carla.csv"}
    assert codes.set_index(["coder", "sent_id"]).loc[("carla", 0), "label"] == "negative"
    assert codes.set_index(["coder", "sent_id"]).loc[("ana", 1), "text"] == 'He said, "we are worried, deeply".'
    # agreement across the three files = agreement of the same codes typed in by hand
    by_hand = _codes(
        {
            "ana": ["negative", "negative", "positive", "neutral"],
            "ben": ["negative", "neutral", "positive", "neutral"],
            "carla": ["negative", "negative", "positive", "neutral"],
        },
        article_id="wn-1",
    )
    pd.testing.assert_frame_equal(agreement(codes), agreement(by_hand))
    res = agreement(codes)
    assert res["n_coders"].iloc[0] == 3 and res["n_units"].iloc[0] == 4
    assert _value(res, "percent_agreement") == pytest.approx((1 + 1 / 3 + 1 + 1) / 4)
    assert 0 < _value(res, "alpha_nominal") < 1
    assert len(pairwise_agreement(codes)) == 3


def test_read_codes_reads_one_shared_coding_widget_file(tmp_path):
    path = tmp_path / "shared.csv"
    _code_with_widget(path, "ana", ["negative", "neutral", "positive", "neutral"])
    _code_with_widget(path, "ben", ["negative", "neutral", "positive", "positive"])
    codes = read_codes(path)
    assert codes.groupby("coder").size().to_dict() == {"ana": 4, "ben": 4}
    assert _value(agreement(codes), "percent_agreement") == pytest.approx(3 / 4)


def test_same_coder_name_in_two_files_on_the_same_sentences_is_an_error(tmp_path):
    folder = tmp_path / "class"
    _code_with_widget(folder / "group1.csv", "ab", ["negative", "neutral"])
    _code_with_widget(folder / "group2.csv", "ab", ["positive", "neutral"])
    with pytest.raises(GoldFileError, match="'ab'.*group1.csv and group2.csv") as exc:
        read_codes(folder)
    assert str(exc.value).startswith(str(folder))


def test_coder_from_the_file_name_bom_and_folder_errors(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    with pytest.raises(GoldFileError, match="no coding CSV"):
        read_codes(folder)
    # a spreadsheet export of one student: no coder column, a BOM
    (folder / "dana.csv").write_bytes("\ufeffarticle_id,sent_id,label,text\nwn-1,0,Negative,Talks fail\n".encode())
    (folder / "eli.csv").write_text("coder,article_id,sent_id,label\n,wn-1,0,neutral\n", encoding="utf-8")
    codes = read_codes(folder)
    assert codes[["coder", "label"]].values.tolist() == [["dana", "negative"], ["eli", "neutral"]]
    (folder / "bad.csv").write_text("coder,sent_id,label\nx,0,angry\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match="unknown label") as exc:
        read_codes(folder)
    assert str(folder / "bad.csv") in str(exc.value)
