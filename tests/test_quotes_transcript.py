"""Interviews printed as transcripts: every turn is a quote of its speaker (no quotation marks)."""

from __future__ import annotations

import pytest

from toolkit import load_article, quote_spans, quotes, stances
from toolkit.text.quotespans import transcript_turns

pytestmark = pytest.mark.filterwarnings("ignore::toolkit.errors.LanguageWarning")

QA = (
    "UN climate chief on the road to the summit\n\n"
    "Simon Stiell, the UN's climate chief, spoke to us before the summit in Belém.\n\n"
    "Q: Are countries on track to meet the Paris goals?\n\n"
    "Stiell: No. The new national plans would cut emissions by about 10% by 2035. We need 60%.\n\n"
    "Q: What do you expect from Brazil as host?\n\n"
    "Stiell: President Lula has put forests at the centre. But Belém must also deliver on finance.\n"
)


def test_the_answers_are_the_interviewees_and_the_questions_the_interviewers():
    q = quotes(load_article(QA))
    assert q["speaker"].tolist() == ["the interviewer", "Simon Stiell"] * 2
    assert q["speaker_type"].tolist() == ["anonymous", "actor"] * 2
    assert q["text"].tolist()[1] == "No. The new national plans would cut emissions by about 10% by 2035. We need 60%."
    assert not q["partial"].any()
    # the spans are the words after the label, as quote_spans shows them; nothing of the text is lost
    spans = quote_spans(load_article(QA))
    assert spans["text"].tolist()[0] == "Are countries on track to meet the Paris goals?"


def test_the_interviewees_words_give_stances_toward_the_actors_they_name():
    st = stances(load_article(QA))
    assert {"Lula", "Belém"} <= set(st.loc[st["speaker"] == "Simon Stiell", "target"])


def test_wikinews_prints_its_interviews_in_double_brackets():
    text = ("Chess player speaks about hijab rule\n\nDorsa Derakhshani is a chess player.\n\n"
            "((WN))  Had the federation ever warned you?\n\n"
            "((Dorsa Derakhshani))  Well, they said \"Even if you are not wearing it, have it around your neck\", "
            "and I thought that was stupid.\n\n"
            "((WN))  When did you start playing?\n\n((Dorsa Derakhshani))  When I was two.\n")
    q = quotes(load_article(text))
    assert q["speaker"].tolist() == ["the interviewer", None, "the interviewer", "Dorsa Derakhshani"]
    # (the federation's words inside her answer are not hers: "they said")


def test_initials_as_labels_name_the_interviewee():
    text = ("Penguins in decline\n\nNatasha Gownaris studies penguins.\n\n((WN)) Why penguins?\n\n"
            "NG: I love birds.\n\n((WN)) How did the study start?\n\nNG: It started in 1982.\n")
    assert quotes(load_article(text))["speaker"].tolist() == ["the interviewer", "Natasha Gownaris"] * 2


def test_notes_and_captions_with_a_colon_make_no_transcript():
    text = ("Storm hits coast\n\nPhoto: Jane Doe\n\nUpdate: The storm has passed.\n\n"
            "Source: The Harbour Times\n\nThe storm hit the coast on Monday. Mayor Ann Lee said it was bad.\n\n"
            "Note: Figures are provisional.\n")
    art = load_article(text)
    assert transcript_turns(art) == [] and quotes(art).empty


def test_the_speakers_labels_are_no_mentions():
    from toolkit import actors

    df = actors(load_article(QA))
    # "Stiell:" tags two turns; the one mention is the introduction's "Simon Stiell"
    assert df.loc[df["actor"] == "Simon Stiell", "surface"].tolist() == ["Simon Stiell"]


def test_a_match_reports_notes_on_each_side_make_no_transcript():
    # AP-style NBA recap: "Takeaways\n\nLakers: Austin Reaves was held to …\n\nWarriors: …\n\nUp next\n\nLakers: Host
    # the Denver Nuggets on Saturday." made five quotes of "Lakers" and "Warriors", and "AP NBA: https://…" one of "AP NBA"
    text = ("Warriors edge Lakers in overtime\n\nStephen Curry scored 42 points. \"We had our chances,\" Lakers coach "
            "JJ Redick said.\n\nTakeaways\n\nLakers: Austin Reaves was held to eight points.\n\nWarriors: Buddy Hield "
            "went 0 for 6 from deep.\n\nUp next\n\nLakers: Host the Denver Nuggets on Saturday.\n\nWarriors: At the "
            "Phoenix Suns on Sunday.\n\n___\n\nAP NBA: https://apnews.com/hub/NBA\n")
    art = load_article(text)
    assert transcript_turns(art) == []
    assert quotes(art)["speaker"].tolist() == ["JJ Redick"]
    paras = art.paragraphs
    assert paras.loc[paras["text"].str.startswith("AP NBA"), "kind"].tolist() == ["boilerplate"]


def test_i_said_inside_an_answer_is_the_one_answering():
    # Wikinews (an interview): 'And I started crying and I said, "You're not listening to me."' inside Zara Kay's
    # answer had no speaker; 'I told my mom I have anxiety, and she's like "you need to pray more"' stays the mother's
    # (unnamed, so none)
    import toolkit as pl

    text = ('Interview with Zara Kay\n\nWikinews interviewed the activist Zara Kay.\n\n((WN))  How did your family '
            'react?\n\n((Zara Kay))  I told my mom I have anxiety, and she\'s like "you need to pray more".  And I '
            'started crying and I said, "You\'re not listening to me."\n\n((WN))  How old are you?\n\n'
            '((Zara Kay))  I am 26 now.\n')
    q = pl.quotes(pl.load_article(text))
    inner = dict(zip(q["text"], q["speaker"], strict=True))
    assert inner["You're not listening to me."] == "Zara Kay" and inner["you need to pray more"] is None
