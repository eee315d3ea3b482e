"""Word-level explanations of TextBlob, VADER and tone scores."""

from __future__ import annotations

import pytest

from toolkit import score_texts, tone
from toolkit.sentiment.explain import EXPLAIN_COLUMNS, explain_table, explain_tone


def _rows(ex, scorer, token):
    return ex[(ex.scorer == scorer) & (ex.token == token)]


def test_contributions_add_up_to_each_score(seed):
    ex = explain_tone(seed)
    assert list(ex.columns) == EXPLAIN_COLUMNS
    t = tone(seed).set_index("sent_id")
    sums = ex.groupby(["sent_id", "scorer"])["contribution"].sum().unstack(fill_value=0.0)
    for sid, row in t.iterrows():
        assert sums.loc[sid, "tone"] == pytest.approx(row.tone, abs=1e-9)
        assert sums.get("textblob", {}).get(sid, 0.0) == pytest.approx(row.polarity, abs=1e-9)
        assert sums.get("vader", {}).get(sid, 0.0) == pytest.approx(row.vader, abs=1e-9)


def test_offsets_index_the_article_text(seed):
    ex = explain_tone(seed)
    located = ex[ex.start.notna() & ex.scorer.isin(["vader", "textblob"])]
    assert len(located) > 20
    for r in located.itertuples():
        word = seed.text[r.start : r.end].lower().replace("’", "'")
        if r.scorer == "vader":
            assert word == r.token.lower()
        else:  # TextBlob chunk ("not very good"): the span is its head word
            assert word in r.token.lower().split()
    sents = seed.sentences.set_index("sent_id")
    for r in located.itertuples():
        assert sents.loc[r.sent_id, "start"] <= r.start < r.end <= sents.loc[r.sent_id, "end"]


def test_negation_is_shown_for_both_lexicons():
    ex = explain_tone("The results were not good.")
    tb = _rows(ex, "textblob", "not good").iloc[0]
    assert tb.lexicon_value == 0.7 and tb.effect == pytest.approx(-0.35) and tb.modifier == "negation"
    va = _rows(ex, "vader", "good").iloc[0]
    assert va.lexicon_value == 1.9 and va.effect == pytest.approx(1.9 * -0.74) and va.modifier == "negation"
    assert "not" in set(ex[(ex.scorer == "tone") & (ex.component == "cue")].token)


def test_intensifier_and_contrast():
    ex = explain_tone("A very good plan.")
    va = _rows(ex, "vader", "good").iloc[0]
    assert va.effect == pytest.approx(1.9 + 0.293) and va.modifier == "intensifier"
    tb = _rows(ex, "textblob", "very good").iloc[0]
    assert tb.modifier == "intensifier" and tb.effect == pytest.approx(0.91)
    ex2 = explain_tone("The food was good, but the service was terrible.")
    good = _rows(ex2, "vader", "good").iloc[0]
    bad = _rows(ex2, "vader", "terrible").iloc[0]
    assert good.modifier == bad.modifier == "contrast"
    assert good.effect == pytest.approx(1.9 * 0.5) and bad.effect == pytest.approx(-2.1 * 1.5)


def test_tone_parts_are_labelled_and_sum_to_score():
    text = "Why should taxpayers fund this disastrous plan?"
    ex = explain_tone(text)
    parts = ex[ex.scorer == "tone"]
    assert {"vader", "cue", "baseline"} <= set(parts.component)
    assert parts.contribution.sum() == pytest.approx(score_texts([text]).tone[0], abs=1e-9)
    assert parts[parts.component == "baseline"].token.isna().all()


def test_explain_table_side_by_side():
    tab = explain_table("Not a good deal, but a fine one.")
    assert list(tab.columns) == ["sent_id", "start", "end", "token", "modifier", "textblob", "vader", "tone"]
    good = tab[tab.token == "good"].iloc[0]
    assert good.textblob < 0 and good.vader < 0 and good.tone < 0
    assert tab.start.is_monotonic_increasing


def test_curly_quoted_word_is_explained_at_its_offsets():
    text = "The call provided a “good background” for talks."
    ex = explain_tone(text)
    g = _rows(ex, "vader", "good").iloc[0]
    assert text[g.start : g.end] == "good"


def test_inflected_and_hazard_words_are_explained():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    text = "No deaths were reported, but the epidemic spread and layoffs followed."
    ex = explain_tone(text)
    parts = ex[ex.scorer == "tone"]
    deaths = parts[(parts.component == "vader") & (parts.token == "deaths")].iloc[0]
    assert deaths.lexicon_value == SentimentIntensityAnalyzer().lexicon["death"]  # base form's valence
    assert deaths.modifier == "negation" and deaths.effect > 0  # "No deaths"
    assert text[deaths.start : deaths.end] == "deaths"
    hazard = parts[(parts.component == "cue") & (parts.token == "epidemic")].iloc[0]
    assert text[hazard.start : hazard.end] == "epidemic"
    assert "deaths" not in set(ex[ex.scorer == "vader"].token)  # VADER itself ignores it
    assert parts.contribution.sum() == pytest.approx(score_texts([text]).tone[0], abs=1e-9)


def test_harm_reversal_is_explained_on_the_harm_word():
    text = "The vaccine will prevent deaths from the disease."
    ex = explain_tone(text)
    parts = ex[ex.scorer == "tone"]
    rev = parts[parts.component == "harm_reversal"]
    assert set(rev.token) == {"deaths"}  # a lexicon word ("disease" is a hazard cue, not a valence)
    assert (rev.contribution > 0).all()  # a prevented harm pulls the tone up
    assert all(text[s:e] == t for s, e, t in zip(rev.start, rev.end, rev.token, strict=True))
    assert parts.contribution.sum() == pytest.approx(score_texts([text]).tone[0], abs=1e-9)
    benefit = parts[(parts.component == "cue") & (parts.token == "vaccine")].iloc[0]  # located
    assert text[benefit.start : benefit.end] == "vaccine"
