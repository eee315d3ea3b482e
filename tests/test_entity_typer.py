"""The learned entity typer (toolkit/entities/typer.py): behaviour, explanations, the weights file.

Everything here runs offline on the bundled weights; the test that reads ../shared skips without it.
"""

from __future__ import annotations

import doctest
import json
import math
from importlib import resources

import numpy as np
import pytest

from toolkit.entities import typer as T


@pytest.fixture(scope="module")
def typer() -> T.EntityTyper:
    return T.load_typer()


def _span(text: str, surface: str) -> tuple[int, int]:
    s = text.index(surface)
    return s, s + len(surface)


def _predict(typer: T.EntityTyper, text: str, surface: str, **kw) -> T.Prediction:
    (pred,) = typer.predict(text, [_span(text, surface)], **kw)
    return pred


# -- the weights file ---------------------------------------------------------------------------
def test_weights_file_loads_small_and_credits_gum():
    path = resources.files("toolkit").joinpath("data", "entity_typer.json")
    raw = path.read_bytes()
    assert len(raw) < 1_500_000
    model = json.loads(raw)
    assert model["labels"] == list(T.LABELS)
    assert model["version"]
    assert "GUM" in model["credit"] and "Zeldes" in model["credit"] and "2017" in model["credit"]
    assert "CC BY" in model["credit"] and "CC BY-SA" in model["credit"]
    assert T.BIAS in model["weights"]
    for feat, row in list(model["weights"].items())[:200]:
        assert isinstance(feat, str) and set(row) <= set(T.LABELS)
    assert 0 < model["threshold"] < 1
    assert model["lists"]["common"] and model["lists"]["gaz"]


def test_load_typer_is_cached(typer):
    assert T.load_typer() is typer


# -- behaviour from issue 14 --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Newmont said its profit rose by 12 percent in the third quarter.", "Newmont", "organization"),
        ("They watched the film Marriage Story on Friday night.", "Marriage Story", "work"),
        ("The striker scored twice at Barcelona's ground on Saturday.", "Barcelona", "organization"),
        ("Users of Internet Explorer were told to switch to another browser.", "Internet Explorer", "product"),
        ("The flaw affects Chrome and other browsers.", "Chrome", "product"),
        ("He served in the army during World War One.", "World War One", "event"),
        ("President Joe Biden spoke to Vladimir Putin on Tuesday.", "Vladimir Putin", "person"),
        ("The talks were held in Geneva last week.", "Geneva", "place"),
    ],
)
def test_context_decides_the_type(typer, text, surface, expected):
    assert _predict(typer, text, surface).type == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("NEWMONT AND BARRICK TO MERGE\nThe two miners agreed a deal.", "AND"),
        ("STANDINGS\nTeam W D L GF GA PTS", "STANDINGS"),
        ("GOLD PRICES GO UP FOR A THIRD DAY\nPrices rose.", "FOR"),
    ],
)
def test_headline_junk_is_not_a_name(typer, text, surface):
    pred = _predict(typer, text, surface, headlines=[True])
    assert pred.type == T.NOT_A_NAME
    assert pred.is_name_prob < typer.threshold
    assert math.isclose(pred.prob, 1 - pred.is_name_prob)


def test_prediction_fields(typer):
    text = "Newmont said its profit rose."
    pred = _predict(typer, text, "Newmont")
    assert isinstance(pred, tuple) and pred._fields == ("type", "prob", "is_name_prob")
    assert 0 <= pred.prob <= 1 and 0 <= pred.is_name_prob <= 1
    probs = typer.proba(typer.features(text, 0, 7))
    assert math.isclose(float(probs.sum()), 1.0)
    assert math.isclose(pred.prob, float(probs[T.LABELS.index(pred.type)]))


def test_keep_margin_keeps_the_rule_type_unless_clearly_beaten(typer):
    text = "They watched the film Marriage Story on Friday night."
    span = _span(text, "Marriage Story")
    model = json.loads(resources.files("toolkit").joinpath("data", "entity_typer.json").read_text(encoding="utf-8"))
    loose = T.EntityTyper(model, keep_margin=0.0)
    strict = T.EntityTyper(model, keep_margin=1.01)
    assert loose.predict(text, [span], hints=["person"])[0].type == "work"
    assert strict.predict(text, [span], hints=["person"])[0].type == "person"
    # the name filter still applies with a hint
    junk = "NEWMONT AND BARRICK TO MERGE"
    assert strict.predict(junk, [_span(junk, "AND")], headlines=[True], hints=["organization"])[0].type == T.NOT_A_NAME


def test_predict_many_spans_in_order(typer):
    text = "Newmont said its profit rose, while the film Marriage Story won in Geneva."
    spans = [_span(text, s) for s in ("Newmont", "Marriage Story", "Geneva")]
    preds = typer.predict(text, spans)
    assert [p.type for p in preds] == ["organization", "work", "place"]
    assert typer.predict(text, []) == []


# -- features -----------------------------------------------------------------------------------
def test_tokenize_is_plain_regex():
    assert T.tokenize("Barcelona's ground, U.S. Bre-X Inc.") == ["Barcelona", "'s", "ground", ",", "U.S.", "Bre-X", "Inc", "."]


def test_features_are_readable_and_local():
    text = "Mr Smith said the film Marriage Story was at Barcelona's ground."
    fs = T.features(text, *_span(text, "Marriage Story"))
    for f in ("p1=film", "p2=the film", "n1=was", "ntok=2", "shape=Xx_Xx", "w=marriage", "last=story"):
        assert f in fs
    fs = T.features(text, *_span(text, "Barcelona"))
    assert "n1='s" in fs and "n2='s ground" in fs and "p1=at" in fs
    head = T.features("STANDINGS\nTeam", 0, 9, headline=True)
    assert "headline" in head and "allcaps" in head and "caps_line" in head
    assert "rule=person" in T.features(text, 3, 8, hint="person")


def test_features_respect_the_sentence(typer):
    text = "It rained. Newmont said its profit rose."
    s, e = _span(text, "Newmont")
    fs = typer.features(text, s, e, sentence=(11, len(text)))
    assert "sent_initial" in fs and not any(f.startswith("p1=") for f in fs)
    assert typer.features(text, s, e) == fs  # the guessed sentence is the same


# -- explanations -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "surface"),
    [("Newmont said its profit rose.", "Newmont"), ("They watched the film Marriage Story.", "Marriage Story")],
)
def test_explain_adds_up_to_the_decision(typer, text, surface):
    s, e = _span(text, surface)
    df = typer.explain(text, s, e)
    assert list(df.columns[:4]) == ["feature", "type", "weight", "value"]
    pred = df.attrs["prediction"]
    assert pred == _predict(typer, text, surface)
    assert (df["type"] == pred.type).all()
    # contributions add up to the label's score ...
    scores = typer.scores(typer.features(text, s, e))
    li = T.LABELS.index(pred.type)
    assert math.isclose(df["contribution"].sum(), float(scores[li]), abs_tol=1e-9)
    assert math.isclose(df.attrs["score"], float(scores[li]), abs_tol=1e-9)
    # ... and the margins to the score difference with the runner-up, which is positive
    ri = T.LABELS.index(df.attrs["runner_up"])
    assert math.isclose(df["vs_runner_up"].sum(), float(scores[li] - scores[ri]), abs_tol=1e-9)
    assert df["vs_runner_up"].sum() > 0
    assert df["contribution"].is_monotonic_decreasing
    assert typer.explain(text, s, e, sort="vs_runner_up")["vs_runner_up"].is_monotonic_decreasing
    assert "(bias)" in set(df["feature"])
    # softmax of the scores gives the probabilities
    p = np.exp(scores - scores.max())
    p /= p.sum()
    assert math.isclose(float(p[li]), df.attrs["probabilities"][pred.type], rel_tol=1e-9)


def test_explain_names_the_deciding_context(typer):
    text = "They watched the film Marriage Story."
    df = typer.explain(text, *_span(text, "Marriage Story"), top=5, sort="vs_runner_up")
    assert len(df) == 5
    assert {"p1=film", "pb=film", "list_prev_work_cue", "p2=the film"} & set(df["feature"])


def test_module_doctests():
    failures, tried = doctest.testmod(T, optionflags=doctest.ELLIPSIS)
    assert tried > 0 and failures == 0


# -- on the shared evaluation data (skipped without ../shared) ----------------------------------
def test_eval_script_runs_on_gum_dev(shared_data):
    """benchmarks/eval_typer.py with the shipped weights on one half of gum_dev (~3 s)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_typer.py"
    spec = importlib.util.spec_from_file_location("eval_typer", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    res = mod.evaluate(shared_data / "gum_dev" / "gum_news_dev.jsonl", None, half="A")
    for key in ("rules", "rules+typer"):
        for name in ("overlap_untyped", "overlap_typed"):
            assert 0.0 <= res[key][name]["f1"] <= 1.0
    # the typer keeps the rule detector's recall of names
    assert res["rules+typer"]["overlap_untyped"]["recall"] >= res["rules"]["overlap_untyped"]["recall"] - 0.05
