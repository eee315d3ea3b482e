"""Target-dependent tone (toolkit.sentiment.target): behaviour, explanations, model file, evaluation."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared"))


from toolkit.sentiment import target as T  # noqa: E402


def span(sentence: str, word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = sentence.index(word, i + 1)
    return i, i + len(word)


def one(sentence: str, word: str) -> pd.Series:
    return T.target_tone(sentence, span(sentence, word)).iloc[0]


# --------------------------------------------------------------------------- behaviour
def test_speaker_of_negative_news_is_not_negative():
    s = "Russian President Vladimir Putin said sanctions threatened by Washington could lead to a breach of ties"
    r = one(s, "Vladimir Putin")
    assert r.label != "negative"
    assert r.p_negative < 0.5


def test_object_of_accusation_is_negative():
    s = "Critics accused Smith of lying"
    r = one(s, "Smith")
    assert r.label == "negative"
    assert r.tone_to < 0


def test_two_targets_of_different_tone():
    s = "Biden praised Merkel but attacked Johnson."
    df = T.target_tone(s, [span(s, "Merkel"), span(s, "Johnson")])
    merkel, johnson = df.iloc[0], df.iloc[1]
    assert merkel.tone_to > 0 > johnson.tone_to
    assert merkel.label == "positive"
    assert johnson.label != "positive"
    assert johnson.p_negative > merkel.p_negative


def test_praise_versus_criticism():
    pos = one("The senator praised Garcia for her courageous leadership.", "Garcia")
    neg = one("The senator slammed Garcia for her disastrous failures.", "Garcia")
    assert pos.tone_to > 0 > neg.tone_to


def test_columns_and_ranges():
    s = "Critics accused Smith of lying, while Jones praised him."
    df = T.target_tone(s, [span(s, "Smith"), span(s, "Jones")], explain=True)
    assert list(df.columns) == T.COLUMNS
    assert df["target"].tolist() == ["Smith", "Jones"]
    assert df[["p_negative", "p_neutral", "p_positive"]].sum(axis=1).round(9).eq(1).all()
    assert df["tone_to"].between(-1, 1).all()
    assert set(df["label"]) <= set(T.CLASSES)
    assert all(isinstance(e, str) and e for e in df["evidence"])
    # label is the most probable class
    for _, r in df.iterrows():
        probs = {"negative": r.p_negative, "neutral": r.p_neutral, "positive": r.p_positive}
        assert r.label == max(probs, key=probs.get)


def test_single_span_tuple_and_list_agree():
    s = "Critics accused Smith of lying"
    a = T.target_tone(s, span(s, "Smith"))
    b = T.target_tone(s, [span(s, "Smith")])
    pd.testing.assert_frame_equal(a, b)


def test_empty_sentence_and_empty_spans():
    assert T.target_tone("", [(0, 0)])["label"].tolist() == ["neutral"]
    assert len(T.target_tone("Nothing here.", [])) == 0


# --------------------------------------------------------------------------- explanations
@pytest.mark.parametrize(
    "sentence,word",
    [
        ("Critics accused Smith of lying", "Smith"),
        ("Biden praised Merkel but attacked Johnson.", "Merkel"),
        ("Biden praised Merkel but attacked Johnson.", "Johnson"),
        (
            "Russian President Vladimir Putin said sanctions threatened by Washington could lead to a breach of ties",
            "Putin",
        ),
    ],
)
def test_explain_rows_sum_to_the_prediction(sentence, word):
    model = T.load_model()
    a, b = span(sentence, word)
    others = [span(sentence, w) for w in ("Merkel", "Johnson") if w in sentence and w != word]
    ex = model.explain(sentence, a, b, others)
    assert {"feature", "weight", "value", "contribution", "why"} <= set(ex.columns)
    assert (ex["contribution"] - ex["weight"] * ex["value"]).abs().max() < 1e-9
    pred = model.predict(sentence, [(a, b), *others]).iloc[0]
    assert math.isclose(
        ex["contribution"].sum(), math.log(pred.p_positive / pred.p_negative), abs_tol=1e-6
    )
    # and per class: the class contributions give the probabilities
    z = [ex[f"contribution_{c}"].sum() for c in T.CLASSES]
    m = max(z)
    e = [math.exp(v - m) for v in z]
    assert math.isclose(e[0] / sum(e), pred.p_negative, abs_tol=1e-6)
    assert math.isclose(e[2] / sum(e), pred.p_positive, abs_tol=1e-6)


def test_evidence_names_the_words():
    s = "Critics accused Smith of lying"
    ev = T.target_tone(s, span(s, "Smith"), explain=True)["evidence"].iloc[0]
    assert "accused" in ev or "lying" in ev
    assert T.target_tone(s, span(s, "Smith"))["evidence"].iloc[0] == ""


def test_negation_is_explained():
    s = "Smith did not praise the plan."
    ex = T.load_model().explain(s, *span(s, "Smith"))
    assert ex["why"].str.contains("negated").any()


# --------------------------------------------------------------------------- batch
def test_score_targets_matches_target_tone():
    items = [
        ("Critics accused Smith of lying", [span("Critics accused Smith of lying", "Smith")]),
        ("Biden praised Merkel but attacked Johnson.", [(14, 20), (34, 41)]),
    ]
    df = T.score_targets(items)
    assert df["item"].tolist() == [0, 1, 1]
    assert list(df.columns) == ["item", *T.COLUMNS]
    single = pd.concat([T.target_tone(s, sp) for s, sp in items], ignore_index=True)
    assert df["tone_to"].round(12).tolist() == single["tone_to"].round(12).tolist()
    assert T.score_targets([])["item"].tolist() == []


def test_fast_path_equals_feature_path():
    """score_targets/target_tone use a fast scorer; it must equal the explicit features' scores."""
    model = T.load_model()
    sentences = [
        (
            "Critics accused Smith of lying, but Jones, who praised him, said \u201cSmith is not a liar.\u201d",
            ["Smith", "Jones"],
        ),
        (
            "Trump's failed plan was criticised by Pelosi and the Democrats.",
            ["Trump", "Pelosi", "the Democrats"],
        ),
        ("According to Garcia, the senators didn't attack anyone.", ["Garcia", "the senators"]),
        ("He was praised.", ["He"]),
        ("Dick Durbin told Great Britain's envoy the plan was a great failure.", ["Dick Durbin", "Great Britain"]),
    ]
    for s, words in sentences:
        sent = model.sentence(s)
        tok = [sent.token_span(*span(s, w)) for w in words]
        for i, (a, b) in enumerate(tok):
            others = [t for j, t in enumerate(tok) if j != i]
            fast = model._fast_scores(sent, a, b, others)
            full = model._scores(T.extract_features(sent, a, b, others, model.config))
            assert max(abs(x - y) for x, y in zip(fast, full, strict=False)) < 1e-9


# --------------------------------------------------------------------------- model file
def test_model_file_loads_and_credits_newsmtsc():
    assert T.MODEL_PATH.exists()
    assert T.MODEL_PATH.stat().st_size < 1_000_000
    data = json.loads(T.MODEL_PATH.read_text(encoding="utf-8"))
    assert data["classes"] == list(T.CLASSES)
    assert len(data["features"]) == len(data["coef"])
    credits = data["credits"]
    assert (
        "NewsMTSC" in credits and "Hamborg" in credits and "Donnay" in credits and "2021" in credits
    )
    assert "MIT" in credits
    assert (
        "Copyright 2020 Felix Hamborg" in data["license"]
    )  # the MIT notice travels with the weights
    assert T.load_model() is T.load_model()  # loaded once
    assert "NewsMTSC" in T.load_model().credits


# --------------------------------------------------------------------------- evaluation helpers
def test_read_target_gold_csv(tmp_path):
    p = tmp_path / "gold.csv"
    pd.DataFrame(
        {
            "sentence": [
                "Critics accused Smith of lying",
                "Biden praised Merkel but attacked Johnson.",
            ],
            "target": ["Smith", "Johnson"],
            "label": ["negative", "-1"],
        }
    ).to_csv(p, index=False)
    gold = T.read_target_gold(p)
    assert gold[["start", "end", "target", "label"]].values.tolist() == [
        [16, 21, "Smith", "negative"],
        [34, 41, "Johnson", "negative"],
    ]
    rep = T.evaluate_target_tone(gold, n_boot=50)
    assert set(rep) >= {"macro_f1", "accuracy", "per_class", "confusion", "ci95"}
    p2 = tmp_path / "gold2.csv"
    pd.DataFrame(
        {"sentence": ["Biden praised Merkel."], "start": [14], "end": [20], "label": ["positive"]}
    ).to_csv(p2, index=False)
    assert T.read_target_gold(p2)["target"].tolist() == ["Merkel"]


def test_classification_report_perfect():
    rep = T.classification_report(
        ["negative", "neutral", "positive"], ["negative", "neutral", "positive"]
    )
    assert rep["macro_f1"] == 1.0 and rep["accuracy"] == 1.0
    assert rep["confusion"]["negative"]["negative"] == 1


def _newsmtsc() -> Path:
    d = SHARED / "data" / "newsmtsc"
    if not (d / "dev_rw.jsonl").exists():
        pytest.skip("../shared/data/newsmtsc is not present")
    return d


def test_dev_rw_macro_f1():
    """Regression guard on NewsMTSC dev_rw (reported, never tuned on). The shipped weights score
    macro-F1 0.652 (bootstrap 95% CI 0.611-0.690; the issue asks for >= 0.65); the sentence's
    own tone scores about 0.57 on the same targets. (Models within 0.002 of each other in
    cross-validation on train have scored 0.640-0.669 here: see training/README.md.)"""
    rep = T.evaluate_target_tone(_newsmtsc() / "dev_rw.jsonl", n_boot=100)
    assert rep["n"] == 566
    assert rep["macro_f1"] >= 0.65


def test_dev_rw_multi_target_sentences():
    """Held-out sentences whose targets have different gold tones: better than one tone per sentence."""
    gold = T.read_target_gold(_newsmtsc() / "dev_rw.jsonl")
    multi = gold[gold.groupby("sent_id")["label"].transform("nunique") > 1]
    assert len(multi) >= 20
    pred = T.predict_gold(multi)
    acc = (pred["pred"] == pred["label"]).mean()
    # one label per sentence can get at most the majority share of each sentence right
    best_single = sum(g["label"].value_counts().iloc[0] for _, g in multi.groupby("sent_id")) / len(
        multi
    )
    assert acc > 0.5
    assert acc >= best_single - 0.25


def test_tone_of_the_text_around_each_target():
    """The model reads the tone of the text around the target: the whole sentence for one target,
    the part nearer this target than any other when the sentence names several."""
    from toolkit.sentiment.target_features import _Sent, local_tone
    from toolkit.sentiment.tone import score_texts

    text = "Critics slammed Smith, but voters praised Jones warmly."
    sent = _Sent(text, {})
    smith, jones = sent.token_span(16, 21), sent.token_span(42, 47)
    assert local_tone(sent, *smith) == pytest.approx(score_texts([text])["tone"][0])
    assert local_tone(sent, *smith, [jones]) < 0 < local_tone(sent, *jones, [smith])
    ex = T.load_model().explain(text, 16, 21, [(42, 47)])
    row = ex[ex["feature"] == "sentence_tone"]
    assert len(row) == 1 and "nearest the target" in row["why"].iloc[0]


# --------------------------------------------------------------------------- who someone is
GENDERED = [
    ("He", "She"), ("he", "she"), ("his", "her"), ("the man", "the woman"), ("Mr", "Ms"),
]
PARTIES = [("Republican", "Democratic"), ("Republicans", "Democrats"), ("conservative", "liberal")]
NAMES = ["Comey", "Trump", "Obama", "Putin", "Clinton", "Merkel", "Sanders"]
CONTEXTS = [
    "{w} said {t} had failed the country.",
    "Critics of {w} praised {t} on Tuesday.",
    "{t} met {w} and the {p} senators, who called the deal a disaster.",
    "{w}'s allies and the {p} leadership attacked {t} over the plan.",
    "{t} will speak after {w} and {p} lawmakers defended {w2}'s record.",
]


@pytest.mark.parametrize("template", CONTEXTS)
def test_tone_toward_a_target_ignores_who_stands_beside_it(template):
    """Names, genders and parties beside the target are no evidence of its tone: the same sentence
    with another name, "he" for "she" or Democrats for Republicans gives the same tone_to."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=40, deadline=None, derandomize=True)
    @given(
        st.sampled_from(NAMES),
        st.sampled_from(NAMES),
        st.sampled_from(GENDERED),
        st.sampled_from(PARTIES),
        st.sampled_from(["Smith", "the minister", "him"]),
    )
    def check(n1, n2, pair, party, target):
        tones = set()
        for w in (n1, n2):
            for g in pair:
                for p in party:
                    s = template.format(w=f"{g} {w}" if g[0].isupper() else w, w2=g, t=target, p=p)
                    tones.add(round(one(s, target).tone_to, 12))
        assert len(tones) == 1

    check()


def test_names_and_identity_words_are_categories_in_the_explanation():
    s = "Comey and the Republican women attacked Smith over the plan."
    ex = T.load_model().explain(s, *span(s, "Smith"))
    feats = set(ex["feature"])
    assert not any(f.split(":", 1)[-1] in {"comey", "republican", "women"} for f in feats)
    assert {"A:<name>", "W:<party>", "W:men|women"} & feats
    # the sentence's words are still shown beside the category
    assert "comey" in set(ex.loc[ex["feature"].str.contains("<name>"), "word"])


def test_swap_words_moves_target_offsets():
    s = "Republicans said he praised her and Smith."
    out, spans = T.swap_words(s, [span(s, "he"), span(s, "Smith")], T.SWAPS["gender"])
    assert out == "Republicans said she praised him and Smith."
    assert [out[a:b] for a, b in spans] == ["she", "Smith"]
    out, spans = T.swap_words(s, [span(s, "Smith")], T.SWAPS["party"])
    assert out.startswith("Democrats said he") and out[slice(*spans[0])] == "Smith"
    assert T.swap_words("No such words.", [(0, 2)], T.SWAPS["party"]) is None


def test_swap_audit_finds_a_model_that_reads_gender(monkeypatch):
    """The audit can fail: a model with a weight for the target word "she" (what the weights
    learned before names and identity words became categories) changes tone under the swap."""
    data = json.loads(T.MODEL_PATH.read_text(encoding="utf-8"))
    data["config"]["neutral_words"] = False
    data["features"].append("T:she")
    data["coef"].append([-1.0, 0.0, 1.0])
    biased = T.TargetToneModel(data)
    gold = pd.DataFrame(
        [(0, "Later she praised the plan.", 6, 9, "she", "neutral")],
        columns=["sent_id", "sentence", "start", "end", "target", "label"],
    )
    monkeypatch.setattr("toolkit.sentiment.target_eval.load_model", lambda: biased)
    assert T.swap_audit(gold, swaps="gender")["delta"].abs().max() > 0.1
    monkeypatch.undo()
    d = T.swap_audit(gold, swaps="gender")
    assert d["swapped"].tolist() == ["Later he praised the plan."]
    assert d["delta"].abs().max() == 0


def test_dev_rw_swap_audit_changes_no_tone():
    """Every dev_rw sentence with gender or party words, the words swapped: no target changes
    tone (the weights before categories changed 29 of 292 gender, 3 of 48 party and 2 of 35 nation labels)."""
    gold = T.read_target_gold(_newsmtsc() / "dev_rw.jsonl")
    for kind, n in (("gender", 250), ("party", 40), ("nation", 30)):
        d = T.swap_audit(gold, swaps=kind)
        assert len(d) >= n
        assert d["delta"].abs().max() < 1e-9, d.loc[d["delta"].abs().idxmax()].to_dict()


def test_cli_swap_audit(tmp_path, capsys):
    from toolkit.cli import main

    gold = tmp_path / "gold.csv"
    pd.DataFrame(
        {
            "sentence": ["Republicans said he failed.", "She praised Smith."],
            "target": ["he", "Smith"],
            "label": ["negative", "positive"],
        }
    ).to_csv(gold, index=False)
    assert main(["eval", "actor-tone", "--gold", str(gold), "--swap", "gender"]) == 0
    out = capsys.readouterr().out
    assert "gender words swapped in 2 sentences: 0 of 2 target labels change, 0 tones change" in out
    assert main(["eval", "actor-tone", "--gold", str(gold), "--swap", "party", "--format", "json"]) == 0
    rep = json.loads(capsys.readouterr().out)
    assert rep["targets"] == 1 and rep["labels_changed"] == 0


def test_words_inside_names_carry_no_lexicon_tone():
    """"Dick Durbin", "Great Britain": a name's words are no sentiment words for the target either
    (VADER's "dick" -3.1, "great" +3.1); the same word outside a name still counts."""
    s = "Officials from Great Britain met Dick Durbin on Tuesday."
    sent = T.load_model().sentence(s)
    assert not any(sent.vv[i] or sent.pv[i] for i, w in enumerate(sent.low) if w in ("great", "dick"))
    ex = T.load_model().explain(s, *span(s, "Dick Durbin"))
    assert not ex["feature"].str.match(r"^[vp][+-]").any()  # no lexicon feature at all
    s2 = "Officials praised the great work of Smith on Tuesday."
    sent2 = T.load_model().sentence(s2)
    assert sent2.vv[sent2.low.index("great")] > 0
    assert one(s, "Dick Durbin").label == "neutral"


@pytest.mark.parametrize(
    "template",
    ["{} officials said Smith had failed.", "The {} envoy attacked Smith over the plan.",
     "Smith praised the {} delegation on Tuesday."],
)
def test_tone_toward_a_target_is_the_same_whichever_nation_stands_beside_it(template):
    """"Russian" is in TextBlob's lexicon (polarity 0) and the POS lexicon's proper nouns, "Ukrainian"
    in neither: both are a name here, and a 0 assessment no longer halves the sentence's tone."""
    tones = set()
    for nation in ["Russian", "Ukrainian", "Israeli", "Palestinian", "American", "Chinese", "Iranian"]:
        s = template.format(nation)
        tones.add(round(one(s, "Smith").tone_to, 12))
    assert len(tones) == 1
