"""Tone table, exact TextBlob/VADER scores, the news-tone model and aggregates."""

from __future__ import annotations

import functools
import json
import math
import random
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit import load_article
from toolkit.sentiment.tone import (
    BASE_FEATURES,
    MODEL_PATH,
    NEUTRAL_BAND,
    TONE_COLUMNS,
    normalise_quotes,
    score_texts,
    tone,
    tone_summary,
)

TRICKY = [
    "",
    "   ",
    "Not bad at all (!) :)",
    "I :-( hate\n\nthis",
    "U.S. policy is good... really!!",
    "Mr. Smith wasn't happy; he'd said it's 'not great'.",
    "“This is a very good deal,” she said. ‘Truly!’",
    "The food was good, but the service was terrible.",
    "Hardly a success -- rather a disaster?!?",
    "It is NOT GOOD at ALL, no way.",
    "He never seemed so happy :D <3",
    "e.g. the plan (i.e. the deal) is sort of ok",
    "Without a doubt, an excellent idea.",
    "Love love love 😁 it 💘",
    "So good XD, (in 1998) or o.O and x-D; fine ( ! ) 'really'",
]


def _gold_sample(shared_data, per_set: int = 700) -> list[str]:
    from toolkit import read_gold

    folder = shared_data / "vader_groundtruth"
    texts: list[str] = []
    rnd = random.Random(7)
    for name in ("nyt_dev.tsv", "tweets_GroundTruth.txt", "movieReviewSnippets_GroundTruth.txt",
                 "amazonReviewSnippets_GroundTruth.txt"):  # fmt: skip
        t = read_gold(folder / name)["text"].tolist()
        texts += rnd.sample(t, min(per_set, len(t)))
    return texts


def test_tone_table_columns_offsets_and_labels(seed):
    t = tone(seed)
    assert list(t.columns) == TONE_COLUMNS
    assert len(t) == len(seed.sentences)
    for r in t.itertuples():
        assert seed.text[r.start : r.end] == r.text
        assert -1.0 <= r.tone <= 1.0
        want = "negative" if r.tone < -NEUTRAL_BAND else "positive" if r.tone > NEUTRAL_BAND else "neutral"
        assert r.label == want
        assert 0.0 <= r.in_quote <= 1.0
        assert r.voice == ("quote" if r.in_quote >= 0.5 else "reporter")
    # captions, credits and boilerplate are scored but excluded; title and body count
    assert t.loc[t.kind.isin(["title", "body"]), "excluded"].eq(False).all()
    assert t.loc[~t.kind.isin(["title", "body"]), "excluded"].all()
    assert {"caption", "credit"} <= set(t.kind)
    with_caps = tone(seed, include_captions=True)
    assert not with_caps.loc[with_caps.kind == "caption", "excluded"].any()
    assert with_caps.loc[with_caps.kind == "credit", "excluded"].all()


def test_quoted_sentence_is_marked_as_quote_voice():
    art = load_article('Talks\n\n“We are deeply worried about the escalation,” the minister said. The meeting ended.')
    t = tone(art)
    quoted = t[t.text.str.startswith("“")].iloc[0]
    assert quoted.in_quote > 0.5 and quoted.voice == "quote"
    assert t.iloc[-1].in_quote == 0 and t.iloc[-1].voice == "reporter"


def test_curly_quotes_are_normalised_for_vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    text = "Ushakov said the call provided a “good background” for talks."
    assert SentimentIntensityAnalyzer().polarity_scores(text)["compound"] == 0.0  # the library's problem
    assert score_texts([text])["vader"].iloc[0] > 0.4
    assert normalise_quotes("“a” ‘b’ isn’t") == "\"a\" 'b' isn't"
    assert len(normalise_quotes(text)) == len(text)


def test_polarity_subjectivity_equal_textblob_exactly(shared_data):
    from textblob import TextBlob

    texts = _gold_sample(shared_data) + TRICKY
    got = score_texts(texts)
    for text, p, s in zip(texts, got["polarity"], got["subjectivity"], strict=True):
        want = TextBlob(text).sentiment
        assert (p, s) == (want.polarity, want.subjectivity), text


def test_vader_equals_library_compound_exactly(shared_data):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    sia = SentimentIntensityAnalyzer()
    texts = _gold_sample(shared_data) + TRICKY
    got = score_texts(texts)["vader"].tolist()
    for text, v in zip(texts, got, strict=True):
        assert v == sia.polarity_scores(normalise_quotes(text))["compound"], text


FIXTURE = Path(__file__).parent / "data" / "scorer_exactness.json"


def test_fast_scorers_equal_libraries_on_500_sample_corpus_sentences():
    """The libraries' own scores of 500 real sentences (tests/data/make_scorer_fixture.py), so
    exactness is tested without ../shared."""
    import importlib.metadata

    doc = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for lib, version in doc["versions"].items():
        if importlib.metadata.version(lib) != version:
            pytest.skip(f"fixture made with {lib} {version}: re-run tests/data/make_scorer_fixture.py")
    rows = doc["rows"]
    assert len(rows) == 500 and sum(not r["text"].isascii() for r in rows) > 50
    assert sum(r["vader"] != 0 for r in rows) > 250 and sum(r["polarity"] != 0 for r in rows) > 200
    got = score_texts([r["text"] for r in rows])
    for r, p, s, v in zip(rows, got["polarity"], got["subjectivity"], got["vader"], strict=True):
        assert (p, s, v) == (r["polarity"], r["subjectivity"], r["vader"]), r["text"]


@functools.lru_cache(maxsize=1)
def _sia():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


_ALPHABET = st.sampled_from(
    list("abcdefghij ABC .,;:!?'\"()-“”‘’\n") + ["not ", "good ", "bad ", "very ", "n't ", "'s ", ":) ", "U.S. ", "..."]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_fast_scorers_equal_libraries_on_random_text(text):
    from textblob import TextBlob

    got = score_texts([text]).iloc[0]
    want = TextBlob(text).sentiment
    assert (got.polarity, got.subjectivity) == (want.polarity, want.subjectivity)
    assert got.vader == _sia().polarity_scores(normalise_quotes(text))["compound"]
    assert -1.0 <= got.tone <= 1.0


def test_score_texts_shapes_and_direction():
    df = score_texts(["The rescue was a wonderful success.", "The attack killed dozens.", "", None])
    assert list(df.columns) == ["polarity", "subjectivity", "vader", "tone"]
    assert len(df) == 4
    assert df.tone[0] > NEUTRAL_BAND and df.tone[1] < -NEUTRAL_BAND
    assert df.vader[2] == 0 and df.polarity[3] == 0


def test_model_file_is_small_complete_and_cross_validated():
    m = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert MODEL_PATH.stat().st_size < 100_000
    assert m["base_features"] == list(BASE_FEATURES)
    assert len(m["base_weights"]) == len(BASE_FEATURES)
    ws = [m["intercept"], *m["base_weights"], *m["cue_weights"].values(), *m["lexicon_adjustments"].values()]
    assert all(math.isfinite(w) for w in ws)
    cv = m["cross_validation"]
    assert cv["nyt"]["tone_cv_r"] >= 0.55 > cv["nyt"]["vader_r"]


def test_harm_reversal_counts_harms_named_after_the_reversing_word():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from toolkit import explain_tone

    def reversed_harms(text: str) -> list[tuple[str, float, float]]:
        ex = explain_tone(text)
        rev = ex[(ex.scorer == "tone") & (ex.component == "harm_reversal")]
        return list(zip(rev.token, rev.effect, rev.contribution, strict=True))

    fraud = SentimentIntensityAnalyzer().lexicon["fraud"]
    weight = dict(zip(BASE_FEATURES, json.loads(MODEL_PATH.read_text(encoding="utf-8"))["base_weights"], strict=True))
    (token, effect, contribution), = reversed_harms("New rules prevent fraud.")
    assert token == "fraud" and effect == fraud
    assert contribution == pytest.approx(weight["harm_reversed"] * fraud / 4)
    # learnt from the ratings: a reversed harm pulls the tone up
    assert contribution > 0
    assert reversed_harms("Fraud grew although the rules prevent it.") == []  # harm named before
    assert reversed_harms("Fraud grew.") == []


def test_tone_beats_vader_on_a_news_slice(shared_data):
    from toolkit import read_gold

    g = read_gold(shared_data / "vader_groundtruth" / "nyt_dev.tsv").iloc[::4]
    s = score_texts(g["text"].tolist())
    r_tone = s["tone"].corr(g["rating"].reset_index(drop=True))
    r_vader = s["vader"].corr(g["rating"].reset_index(drop=True))
    assert r_tone > r_vader + 0.02
    assert r_tone > 0.5


def test_summary_weights_by_length_and_excludes_captions(seed):
    t = tone(seed)
    s = tone_summary(seed)
    assert s.level.tolist().count("article") == 1 and s.level.iloc[-1] == "article"
    art = s.iloc[-1]
    kept = t[~t.excluded]
    w = kept.end - kept.start
    assert art.tone == pytest.approx((kept.tone * w).sum() / w.sum())
    assert art.n_sentences == len(kept)
    assert art.share_negative + art.share_neutral + art.share_positive == pytest.approx(1.0)
    assert art.most_negative_id == kept.loc[kept.tone.idxmin(), "sent_id"]
    assert art.most_positive_text == kept.loc[kept.tone.idxmax(), "text"]
    assert art.n_quote + art.n_reporter == art.n_sentences
    assert art.n_quote == (kept.voice == "quote").sum() > 0
    # paragraphs: one row each, captions flagged excluded
    paras = s[s.level == "paragraph"]
    assert sorted(paras.para_id) == sorted(t.para_id.unique())
    assert paras.loc[paras.kind == "caption", "excluded"].all()
    # include_captions changes the article row
    with_caps = tone_summary(seed, include_captions=True).iloc[-1]
    assert with_caps.n_sentences == len(kept) + (t.kind == "caption").sum()


def test_summary_from_tone_dataframe_equals_from_article(seed):
    a = tone_summary(seed)
    b = tone_summary(tone(seed))
    pd.testing.assert_frame_equal(a, b)


def test_summary_of_article_without_countable_sentences():
    art = load_article("(Reuters: Jane Doe)")
    s = tone_summary(tone(art).assign(kind="credit"))
    assert s.iloc[-1].n_sentences == 0 and math.isnan(s.iloc[-1].tone)


def test_article_tone_is_the_article_row_without_filtering(seed):
    from toolkit.sentiment.tone import article_tone

    for caps in (False, True):
        row = tone_summary(seed, include_captions=caps).iloc[-1]
        a = article_tone(seed, include_captions=caps)
        assert a.name == seed.id and list(a.index) == list(row.index)
        pd.testing.assert_series_equal(a, row.rename(seed.id))
        pd.testing.assert_series_equal(article_tone(tone(seed), include_captions=caps), row.rename(None))
    assert article_tone(seed, include_captions=True)["n_sentences"] > article_tone(seed)["n_sentences"]
    # one row per article, indexed by article id
    other = load_article("Deal reached\n\nBoth sides welcomed the good news.")
    table = pd.DataFrame([article_tone(seed), article_tone(other)])
    assert list(table.index) == [seed.id, other.id] and table.loc[other.id, "tone"] > NEUTRAL_BAND


def test_article_tone_without_countable_sentences_is_missing_not_an_error():
    from toolkit.sentiment.tone import article_tone

    a = article_tone(tone(load_article("(Reuters: Jane Doe)")).assign(kind="credit"))
    assert a["n_sentences"] == 0 and math.isnan(a["tone"]) and math.isnan(a["most_negative_id"])


def test_summary_rejects_non_tone_dataframe():
    with pytest.raises(ValueError, match="missing columns"):
        tone_summary(pd.DataFrame({"x": [1]}))


def test_library_fallback_gives_the_same_scores():
    from toolkit.sentiment._textblob_fast import _LibraryPattern, _textblob

    fast, slow = _textblob(), _LibraryPattern()
    for text in TRICKY:
        assert fast(text) == slow(text), text


def test_tone_columns_core_equals_tone_table(seed):
    from toolkit.sentiment.tone import _tone_columns

    for caps in (False, True):
        core = _tone_columns(seed, include_captions=caps)
        table = tone(seed, include_captions=caps)
        assert list(core) == TONE_COLUMNS
        assert core == table.to_dict("list")
        assert all(type(v) in (int, float, bool, str) for vals in core.values() for v in vals)


def test_word_in_punctuation_has_the_token_record_of_the_word():
    from toolkit.sentiment.tone import _WORD_IN_PUNCT
    from toolkit.sentiment.tone_model import _TOKENS, _token

    for t in ["said,", "(AFP)", '"hours",', "'said", "Said:", "GOOD.", "it,", "why?", "U.S.", "1998)"]:
        m = _WORD_IN_PUNCT.fullmatch(t)
        _TOKENS.pop(t, None)
        assert (m is not None) == (t in {"said,", "(AFP)", '"hours",', "'said", "Said:", "GOOD."}), t
        if m is not None:
            assert _token(t) == _token(m[1]), t


def test_raw_records_match_textblob_tokens_and_flag_definitions():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from toolkit.sentiment._records import (
        F_ACTIVE,
        F_CAPLEX,
        F_CUE,
        F_DESCRIPTOR,
        F_FEATURE,
        F_MARK,
        Raw,
        Token,
        WordInfo,
        view,
    )
    from toolkit.sentiment._textblob_fast import _textblob
    from toolkit.sentiment.tone import _RAW, _raw
    from toolkit.sentiment.tone_model import DESCRIPTORS_WITHOUT_TONE

    vader_lex = SentimentIntensityAnalyzer().lexicon

    pat = _textblob()
    extra = ["said,", "Inc.", "U.S.", "1,000", "...", ":)", "(!)", "well-known", "Mr.", "why?", "(AFP)", "3.5%",
             "Great", "“Supreme", "New", "Dick,", "GREAT", "Britain", "gay,", "Foreign", "old"]
    for t in " ".join(TRICKY).split() + extra:
        _RAW.pop(t, None)
        rec = view(_raw(t), Raw)
        toks, low = pat._raw_token(t)
        assert rec.low == low and rec.joined == " ".join(toks), t
        tok = view(rec.token, Token)
        flags = (F_MARK if rec.marks else 0) | (F_ACTIVE if rec.active else 0)
        flags |= (F_FEATURE if tok.feature else 0) | (F_CUE if tok.weighted_cues else 0)
        info = view(tok.info, WordInfo)
        lexical = tok.lower.strip("\"“‘'([{,;:.!?)]}”’") in pat.lex or tok.lower in vader_lex or info.base_valence
        caplex = t.lstrip("\"“‘'([{")[:1].isupper() and bool(lexical)
        flags |= F_CAPLEX if caplex else 0
        flags |= F_DESCRIPTOR if tok.lower.strip("\"“‘'([{,;:.!?)]}”’") in DESCRIPTORS_WITHOUT_TONE else 0
        assert rec.flags == flags and rec.n_cues == tok.n_cues, t
        assert rec.infos == tuple(pat._word(w) for w in low), t
        assert tok.feature == view(tok.info, WordInfo).feature, t


def test_record_position_constants_name_the_record_fields():
    from toolkit.sentiment import _records as R

    for kind, prefix in R.PREFIXES.items():
        for i, field in enumerate(kind._fields):
            assert getattr(R, prefix + field.upper()) == i, (kind.__name__, field)


@pytest.mark.parametrize(
    "frame",
    ["The {} minister spoke on Tuesday.", "Police arrested a {} man.", "The {} couple married on Saturday."],
)
def test_words_that_describe_who_someone_is_carry_no_tone(frame):
    """TextBlob's lexicon rates "gay" +0.42 ("merry"), "black" -0.17, "foreign" -0.13, "old" +0.10:
    ``tone`` leaves them out, so these sentences read like the same one with "Muslim" or "tall";
    TextBlob's own polarity column keeps its score."""
    words = ["gay", "black", "foreign", "old", "young", "disabled", "Muslim", "tall"]
    df = score_texts([frame.format(w) for w in words])
    assert df["tone"].round(12).nunique() == 1
    tb = dict(zip(words, df["polarity"], strict=True))
    assert tb["gay"] > tb["tall"] > tb["black"]
    # an evaluative word in the same slot still counts
    assert score_texts([frame.format("brilliant")])["tone"][0] > df["tone"][0] + 0.05


@pytest.mark.parametrize(
    ("with_name", "without"),
    [
        ("Officials in Great Britain spoke on Tuesday.", "Officials in Britain spoke on Tuesday."),
        ("Dick Durbin spoke on a Sunday talk show.", "Durbin spoke on a Sunday talk show."),
        ("The Supreme Court heard the case on Tuesday.", "The court heard the case on Tuesday."),
        ("The Free Syrian Army entered the town.", "The Syrian army entered the town."),
        ("He served in the Korean War and studied law.", "He served in Korea and studied law."),
    ],
)
def test_words_inside_names_carry_no_tone(with_name, without):
    """VADER rates "great" +3.1, "dick" -3.1, "supreme" +2.6, "free" +2.3, "war" -2.9: inside a name
    ("Great Britain", "Dick Durbin", "the Supreme Court") they name, they do not judge. ``tone`` reads
    the sentence as the one without them (within the length term); VADER's own column keeps them."""
    df = score_texts([with_name, without])
    assert abs(df["tone"][0] - df["tone"][1]) < 0.02
    assert df["tone"].abs().max() < NEUTRAL_BAND
    assert df["vader"][0] != 0.0  # the VADER column is VADER's


@pytest.mark.parametrize(
    "text",
    [
        "Great news for the team.",  # a sentence-initial word before a common noun
        "Great Win For Local Team",  # a title-case headline: its words are words
        "It was a great win for Britain.",
    ],
)
def test_sentiment_words_outside_names_still_count(text):
    assert score_texts([text])["tone"][0] > NEUTRAL_BAND


@pytest.mark.parametrize(
    "text",
    [
        "He praised the United States and Great Britain, but Dick Durbin was furious.",
        "The gay minister of the Grand Hotel was happy in New York.",
        "Great Win For Local Team",
    ],
)
def test_tone_of_names_is_the_same_on_every_path(text):
    """The fast scorer, the feature path (training) and the explanation agree."""
    from toolkit.sentiment import tone_model as M
    from toolkit.sentiment.explain import explain_tone

    base, cues, lexv, *_ = M._features(text)
    fast = score_texts([text])["tone"][0]
    assert M._tone_from(base, cues, lexv) == pytest.approx(fast, abs=1e-12)
    ex = explain_tone(text)
    assert ex[ex.scorer == "tone"]["contribution"].sum() == pytest.approx(fast, abs=1e-9)
