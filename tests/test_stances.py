"""Tone toward each actor (target-dependent) and who speaks about whom (issue 15)."""

from __future__ import annotations

import pandas as pd
import pytest

import toolkit as pl
from toolkit import schema


@pytest.fixture(scope="module")
def seed_tables():
    art = pl.load_seed()
    return art, pl.actor_tone(art), pl.stances(art)


def test_actor_tone_has_one_row_per_mention_with_the_schema(seed_tables):
    art, at, _ = seed_tables
    mentions = pl.actors(art)
    assert list(at.columns) == schema.columns("actor_tone")
    assert at[["actor", "start", "end", "sent_id"]].equals(mentions[["actor", "start", "end", "sent_id"]])
    assert at["tone_to"].between(-1, 1).all()
    assert set(at["label"]) <= {"negative", "neutral", "positive"}
    probs = at[["p_negative", "p_neutral", "p_positive"]].sum(axis=1)
    assert ((probs - 1).abs() < 1e-6).all()
    assert (at["tone_to"] - (at["p_positive"] - at["p_negative"])).abs().max() < 1e-9


def test_tone_toward_putin_differs_from_the_sentence_tone_where_the_text_says_so(seed_tables):
    """Sentence 3: 'Russian President Vladimir Putin said sanctions threatened by Washington could
    lead to a breach of ties' is negative, but not about Putin: the threat comes from Washington."""
    art, at, _ = seed_tables
    s3 = at[at["sent_id"] == 3].set_index("actor")
    assert "threatened by Washington" in art.sentences.loc[3, "text"]
    assert pl.tone(art).loc[3, "label"] == "negative"
    assert s3.loc["Vladimir Putin", "label"] != "negative"
    # Washington, whose threat it is, is portrayed more negatively than Putin (its label sits on the
    # boundary: negative with some retrainings of equal cross-validation score, neutral with others)
    assert s3.loc["Washington", "tone_to"] < -0.2
    assert s3.loc["Washington", "tone_to"] < s3.loc["Vladimir Putin", "tone_to"] - 0.2


def test_tone_toward_biden_in_psakis_quote_is_positive(seed_tables):
    """Sentence 5: 'President Biden reiterated that significant progress … can only take place …'
    (quoted by Jen Psaki) portrays Biden positively; the mention is inside Psaki's quote."""
    _, at, _ = seed_tables
    row = at[(at["sent_id"] == 5) & (at["actor"] == "Joe Biden")].iloc[0]
    assert row["label"] == "positive"
    assert row["quoted_by"] == "Jen Psaki"
    assert "inside a quote by Jen Psaki" in row["evidence"]
    psaki = at[(at["sent_id"] == 5) & (at["actor"] == "Jen Psaki")].iloc[0]
    assert bool(psaki["speaker"]) is True


def test_seed_stances_link_each_speaker_to_the_actors_in_their_quote(seed_tables):
    """Hand-checked against the text:
    - Psaki's quote names President Biden (sentence 5); 'White House' is her title, not a target;
    - the senior administration official's quote '“Biden paved two paths,”' (sentence 18);
    - Ushakov's reporting sentence 21 'Sir. Ushakov said Mr Putin “immediately responded” …';
    - Ushakov's own 'Kremlin assistant' title (sentence 6) and quotes without named actors
      ('good background', 'serious', sentence 19, 'He added: “Our president …”') give no row."""
    _, _, st = seed_tables
    assert list(st.columns) == schema.columns("stances")
    got = st[["speaker", "target", "sent_id", "via", "quote_id"]].values.tolist()
    assert got == [
        ["Jen Psaki", "Joe Biden", 5, "quote", 0],
        ["a senior administration official", "Joe Biden", 18, "quote", 3],
        ["Yuri Ushakov", "Vladimir Putin", 21, "quote", 6],
    ]
    assert st.loc[0, "speaker_type"] == "actor" and st.loc[1, "speaker_type"] == "anonymous"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Opposition leader Keir Starmer accused Boris Johnson of misleading Parliament.",
         [["Keir Starmer", "Boris Johnson", "accused"]]),
        ("Barack Obama praised Joe Biden and thanked Hillary Clinton.",
         [["Barack Obama", "Joe Biden", "praised"], ["Barack Obama", "Hillary Clinton", "thanked"]]),
        ("Donald Trump lauded Herman Cain. Senator Jane Smith assailed President Joe Biden over the plan.",
         [["Donald Trump", "Herman Cain", "lauded"], ["Jane Smith", "Joe Biden", "assailed"]]),
        ("Angela Merkel was criticised by Emmanuel Macron.", []),  # passive: no stance of Merkel
        ("Russia refuses to plan to attack Ukraine.", []),  # infinitive: no stance stated
        ("Moscow’s deployments followed its support for separatists in Ukraine.", []),  # noun
    ],
)  # fmt: skip
def test_reported_speech_without_quotes(text, expected):
    st = pl.stances(pl.load_article("Headline here\n\n" + text))
    assert st[["speaker", "target", "verb"]].values.tolist() == expected
    assert (st["via"] == "reported").all() and (st["quote_id"] == -1).all()


def test_accusation_target_is_negative():
    st = pl.stances(pl.load_article("Headline here\n\nOpposition leader Keir Starmer accused Boris Johnson of lying."))
    assert st.loc[0, "label"] == "negative"


def test_article_without_actors_or_quotes_gives_empty_tables_with_the_schema():
    art = pl.load_article("Quiet day\n\nnothing happened at all today.")
    for name, fn in (("actor_tone", pl.actor_tone), ("stances", pl.stances)):
        df = fn(art)
        assert len(df) == 0 and list(df.columns) == schema.columns(name)
        pd.testing.assert_frame_equal(df, schema.empty(name))


def test_both_tables_are_in_analyze_and_the_json(seed_tables):
    art = seed_tables[0]
    tables = pl.analyze(art, only=["actor_tone", "stances"])
    assert len(tables["stances"]) == 3
    js = pl.analysis_json(art, tables)
    assert js["stances"][0]["speaker"] == "Jen Psaki"


def test_stance_network_chart_draws_an_arrow_per_edge(seed_tables):
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.patches import FancyArrowPatch

    _, _, st = seed_tables
    ax = pl.plot_stance_network(st)
    arrows = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert len(arrows) == 3
    labels = {t.get_text() for t in ax.texts}
    assert {"Jen Psaki", "Joe Biden", "Yuri Ushakov", "Vladimir Putin"} <= labels
    ax2 = pl.plot_stance_network(st.iloc[:0])
    assert "no stances" in ax2.texts[0].get_text()


def test_stance_chart_escapes_dollar_signs():
    df = pd.DataFrame({"speaker": ["$x$ Corp"], "target": ["Y"], "tone": [-0.5]})
    ax = pl.plot_stance_network(df)
    ax.figure.canvas.draw()  # mathtext would raise or render maths here
    assert any(t.get_text() == r"\$x\$ Corp" for t in ax.texts)


def test_cli_eval_actor_tone_on_hand_coded_csv(tmp_path, capsys):
    from toolkit.cli import main

    gold = tmp_path / "codes.csv"
    gold.write_text(
        "sentence,target,label\n"
        '"Opposition leader Keir Starmer accused Boris Johnson of lying.",Boris Johnson,negative\n'
        '"The minister opened the new bridge on Monday.",minister,neutral\n',
        encoding="utf-8",
    )
    assert main(["eval", "actor-tone", "--gold", str(gold), "--n-boot", "20"]) == 0
    out = capsys.readouterr().out
    assert "targets: 2" in out and "macro-F1" in out and "confusion" in out
    assert main(["eval", "actor-tone", "--gold", str(gold), "--format", "json", "--n-boot", "20"]) == 0
    import json

    rep = json.loads(capsys.readouterr().out)
    assert rep["n"] == 2 and set(rep["per_class"]) == {"negative", "neutral", "positive"}


def test_cli_eval_actor_tone_bad_file_is_one_line(tmp_path, capsys):
    from toolkit.cli import main

    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["eval", "actor-tone", "--gold", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("presslens: error: ")


def test_actor_explorer_shows_the_tone_toward_the_actor_beside_the_sentence_tone(seed_tables):
    art = seed_tables[0]
    ex = pl.ActorExplorer(art)
    ex.select_actor("Vladimir Putin")
    html = ex._info_html("Vladimir Putin")
    assert "tone toward Vladimir Putin (model)" in html and "tone of the sentences naming them" in html


def test_actor_tone_chart_draws_directed_tone_when_present(seed_tables):
    import matplotlib

    matplotlib.use("Agg")
    art, at, _ = seed_tables
    freq = pl.actor_frequencies(art)
    directed = at.groupby("actor")["tone_to"].mean()
    freq["mean_tone_to"] = freq["actor"].map(directed)
    ax = pl.plot_actor_tone(freq)
    markers = [c for c in ax.collections if c.get_label() == "tone toward the actor (target model)"]
    assert len(markers) == 1 and len(markers[0].get_offsets()) == min(15, freq["mean_tone"].notna().sum())
    ax2 = pl.plot_actor_tone(pl.actor_frequencies(art).drop(columns=["mean_tone_to"], errors="ignore"))
    assert not [c for c in ax2.collections if c.get_label() == "tone toward the actor (target model)"]


def test_coding_widget_codes_tone_toward_an_actor_and_eval_reads_it(tmp_path, seed_tables, capsys):
    """A class codes how each sentence portrays Putin; the CSV goes straight into
    `presslens eval actor-tone --gold` (agreement of the class with the machine)."""
    from toolkit.cli import main

    art = seed_tables[0]
    path = tmp_path / "putin.csv"
    w = pl.CodingWidget(art, coder="ab", path=path, target="Vladimir Putin")
    n = len(w.units)
    assert n == len(set(pl.actors(art).query("actor == 'Vladimir Putin' and kind in ('title', 'body')")["sent_id"]))
    assert "How does this sentence portray <b>Vladimir Putin</b>" in w.sentence_w.value
    assert "presslens-mention" in w.sentence_w.value
    for _ in range(n):
        w.code("neutral")
    codes = pd.read_csv(path)
    from toolkit.ui.coding import TARGET_CODE_COLUMNS

    assert list(codes.columns) == TARGET_CODE_COLUMNS and len(codes) == n
    for r in codes.itertuples():
        assert r.sentence[r.start : r.end] in {"Putin", "Vladimir Putin", "President Vladimir Putin", "Mr Putin"}
    assert main(["eval", "actor-tone", "--gold", str(path), "--n-boot", "20"]) == 0
    assert f"targets: {n}" in capsys.readouterr().out
    with pytest.raises(ValueError, match="not an actor"):
        pl.CodingWidget(art, coder="ab", path=tmp_path / "x.csv", target="Nobody Atall")


def test_corpus_actor_tone_is_opt_in_and_feeds_the_directed_tone_view(tmp_path):
    """analyze_corpus(actor_tone=True) gives mentions their tone_to; the view gives the tone
    toward an actor per period and outlet; without the option the columns are null and the view
    says how to get them."""
    arts = list(pl.sample_corpus())[:8]
    plain_run = pl.analyze_corpus(arts, chunksize=4)
    assert {"tone_to", "tone_label", "sentence_tone"} <= set(plain_run.mentions.columns)
    assert plain_run.mentions["tone_to"].isna().all()
    with pytest.raises(ValueError, match="actor_tone=True"):
        pl.actor_tone_over_time(plain_run, "United States")
    res = pl.analyze_corpus(arts, chunksize=4, actor_tone=True, out=tmp_path / "c")
    m = res.mentions
    assert m["tone_to"].notna().all() and m["tone_to"].between(-1, 1).all()
    cols = [c for c in m.columns if c not in ("tone_to", "tone_label", "sentence_tone")]
    pd.testing.assert_frame_equal(m[cols], plain_run.mentions[cols])  # the mentions themselves are unchanged
    # the same values as the per-article function
    first = arts[0]
    at = pl.actor_tone(first, evidence=False)
    got = m[m["article_id"] == first.id]["tone_to"].to_numpy()
    assert (abs(got - at["tone_to"].to_numpy()) < 1e-12).all()
    top = m["actor"].value_counts().index[0]
    view = pl.actor_tone_over_time(res, top, freq="Y", by="source_name")
    assert list(view.columns)[:2] == ["period", "source_name"] and view["n"].sum() == m[m["actor"] == top]["article_id"].nunique()
    with pytest.raises(ValueError, match="actor_tone=True"):
        pl.analyze_corpus(arts, chunksize=4, out=tmp_path / "c", resume=True)


def test_the_speakers_own_description_names_no_target():
    art = pl.load_article(
        "Seat row\n\n"
        '"It was discourteous to Congressman Meadows," said Jeff Miller, a city councilman in '
        "Hendersonville, who was the 2010 GOP nominee in the district.\n\n"
        '"Meadows screwed everybody," said one GOP operative in the state.\n\n'
        '"It was a mistake to trust Putin," said a White House official, who praised NATO.\n\n'
        '"We will fight murderers," Mayor Ann Lee told the Aspen Times.\n\n'
        '"Trade will grow a bit, but the Fed was wrong," economist Dan Ross told \'\'Reuters\'\'.\n\n'
        'The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), Mick '
        'Cash, said the measure was "nowhere near enough for Transport for London."\n\n'
        'The plan was welcomed by Israel but condemned by the Syrian foreign minister, Walid Muallem, who called it '
        'a "recipe for war".'
    )
    got = pl.stances(art)[["speaker", "target", "via"]].values.tolist()
    assert ["Jeff Miller", "Meadows", "quote"] in got
    assert ["one GOP operative in the state", "Meadows", "quote"] in got
    targets = {t for _, t, _ in got}
    assert not targets & {"Hendersonville", "Republican Party"}  # who the speakers are, not whom they speak of
    assert "Aspen Times" not in targets and "Reuters" not in targets  # the listeners (Wikinews writes ''Reuters'')
    assert not any(sp == "Mick Cash" and t == "RMT" for sp, t, _ in got)  # his union, in the description before him
    assert ["Mick Cash", "Transport for London", "quote"] in got

    art = pl.load_article(
        "Helicopters\n\n"
        '"They were U.S. helicopters and they did not cross into Pakistan," said White House spokesman, Bryan '
        "Whitman.\n\nIn introducing Palin, McCain said, \"I have found the right partner.\""
    )
    got = pl.stances(art)[["speaker", "target", "via"]].values.tolist()
    assert ["Bryan Whitman", "Pakistan", "quote"] in got
    assert not any(t == "White House" for _, t, _ in got)  # his office, before a role and a comma
    assert ["McCain", "Palin", "quote"] in got  # a name before a comma that ends no role is a target
    assert not any(sp == "White House" for sp, _, _ in got)  # the official praised NATO, not the White House


def test_listeners_venues_appositions_and_things_are_no_stance_targets():
    art = pl.load_article(
        "Primary season\n\n"
        "“Nobody knows who the winner will be” in Iowa, said Pat Rynard, managing editor of Iowa Starting "
        "Line, explaining why officials in Iowa might feel free.\n\n"
        "Mr Shapps said on Twitter: “We need to remove Turkey and Poland from the list.”\n\n"
        "“I am not a crook,” President Richard Nixon told a group of Associated Press editors.\n\n"
        "“This is my best Oscar night,” Joaquin Phoenix said, thanking Heath Ledger.\n\n"
        "A Facebook group called 'We support Anders Tegnell' has grown."
    )
    got = pl.stances(art)[["speaker", "target", "via"]].values.tolist()
    targets = {t for _, t, _ in got}
    assert ["Pat Rynard", "Iowa", "quote"] in got and ["Shapps", "Turkey", "quote"] in got
    assert not targets & {"Iowa Starting Line", "Twitter", "Associated Press", "Oscar"}
    assert not any(v == "reported" for _, _, v in got)  # 'We support …' is a name in quotation marks


def test_the_speakers_affiliation_and_the_medium_are_no_stance_targets():
    # Wikinews: "Jonathan Rose of Queen's University in Kingston, Ontario told the Canadian Press: …", "Mike
    # Pompeo posted a message on Twitter blaming Iran …, saying there was …"; a verb after the affiliation ends
    # it ("Steve Scalise of Louisiana calling the investigation into Trump “Soviet-style”")
    art = pl.load_article(
        "Campaign ads\n\n"
        "Communication expert Jonathan Rose of Queen's University in Kingston, Ontario told the Canadian Press: "
        "“By relying on typical Canadians in the ads, the Conservatives are hoping for a connection.”\n\n"
        "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks, saying there "
        "was \"no evidence the attacks came from Yemen.\"\n\n"
        "Republicans attacked the inquiry, with Steve Scalise of Louisiana calling the investigation into Trump "
        "\"Soviet-style\"."
    )
    got = pl.stances(art)[["speaker", "target"]].values.tolist()
    targets = {t for _, t in got}
    assert not targets & {"Queen's University", "Kingston", "Ontario", "Twitter", "Louisiana"}
    assert ["Jonathan Rose", "Conservative Party"] in got and ["Mike Pompeo", "Iran"] in got
    assert ["Steve Scalise", "Trump"] in got


def test_the_platform_and_the_programme_a_quote_came_on_are_no_stance_targets():
    # Wikinews: 'Trump noted his "strength, passion and wisdom" on Twitter'; '…," said Livni in the Channel 1
    # interview'
    art = pl.load_article(
        "Tributes\n\nSenator Chuck Schumer told reporters Cummings \"was a great man,\" while President Donald "
        "Trump noted his \"strength, passion and wisdom\" on Twitter.\n\n"
        "\"The smuggling of weapons into Gaza is the same as firing onto Israel,\" said Tzipi Livni in the "
        "''Channel 1'' interview."
    )
    got = pl.stances(art)[["speaker", "target"]].values.tolist()
    assert not {t for _, t in got} & {"Twitter", "Channel 1"}
    assert ["Tzipi Livni", "Israel"] in got


def test_reported_stance_toward_the_person_a_demonym_and_title_introduce():
    # Wikinews: "Mugabe accused British Prime Minister Gordon Brown of interfering"; "Bush will welcome Indian
    # Prime Minister Manmohan Singh"
    art = pl.load_article("Summit\n\nRobert Mugabe accused British Prime Minister Gordon Brown of interfering in "
                          "Zimbabwe's affairs. George W. Bush will welcome Indian Prime Minister Manmohan Singh.")
    got = pl.stances(art)[["speaker", "target", "via"]].values.tolist()
    assert ["Robert Mugabe", "Gordon Brown", "reported"] in got and ["George W. Bush", "Manmohan Singh", "reported"] in got
    assert not [t for _, t, v in got if v == "reported" and t in ("United Kingdom", "India")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two soldiers died when their AH-64D Apache attack helicopter crashed in Iraq.",
        "Democrats criticized the president for trying to link the attacks with the war in Iraq.",
        "According to The Washington Post, intelligence officials warned that Rudy Giuliani was a conduit.",
        "UN troops accused of rape in Congo were sent home.",
        "The bill would have allowed China to extradite accused criminals from Hong Kong.",
        "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks.",
        "A group opposed to weapons research based in Germany published the memo.",
    ],
)
def test_no_reported_stance_without_a_subject_verb_object_of_names(sentence):
    st = pl.stances(pl.load_article("Headline here\n\n" + sentence))
    assert not [r for r in st.itertuples() if r.via == "reported" and r.speaker != "Mike Pompeo"]


def test_corpus_mention_tone_leaves_no_sentences_in_the_models_memo():
    """The corpus ``mentions`` table (tone toward each mention, no evidence) reads each sentence
    once and does not keep it in the model's memo; ``actor_tone`` (with evidence, for explaining
    later) does. The tones are the same either way."""
    from toolkit.entities.stances import _mention_columns
    from toolkit.sentiment.target import load_model

    text = "Talks\n\nCritics slammed Smith, but voters praised Jones in Ohio. Smith said nothing."
    model = load_model()
    model._sents.clear()
    cols = _mention_columns(pl.load_article(text))
    assert model._sents == {}
    full = pl.actor_tone(pl.load_article(text))
    assert len(model._sents) == 2
    assert cols["tone_to"] == pytest.approx(full["tone_to"].tolist())


def test_where_the_words_were_said_is_no_target_but_what_they_were_about_is():
    # Wikinews: "Speaking in Amman, United States presidential candidate Barack Obama said …", "said Betancourt while
    # speaking to a crowd of thousands in Paris" (Amman, Paris targets); "the current situation in Zimbabwe, which UK
    # Prime Minister Gordon Brown said was …" stays a target
    art = pl.load_article(
        "Campaign\n\n"
        "Speaking in Amman, presidential candidate Barack Obama said: “We need a new strategy.”\n\n"
        "“We want freedom for everyone,” said Ingrid Betancourt while speaking to a crowd in Paris.\n\n"
        "The leaders discussed the current situation in Zimbabwe, which Gordon Brown said was “a disgrace”."
    )
    got = pl.stances(art)[["speaker", "target"]].values.tolist()
    assert not {t for _, t in got} & {"Amman", "Paris"}
    assert ["Gordon Brown", "Zimbabwe"] in got


def test_a_stance_toward_a_countrys_titled_person_is_toward_the_person():
    # Wikinews: "German Chancellor Angela Merkel criticized Zimbabwe 's President Robert Mugabe 's human rights
    # record" (toward Zimbabwe)
    art = pl.load_article("Summit\n\nGerman Chancellor Angela Merkel criticized Zimbabwe's President Robert Mugabe "
                          "for his human rights record.")
    got = pl.stances(art)[["speaker", "target", "via"]].values.tolist()
    assert got == [["Angela Merkel", "Robert Mugabe", "reported"]]


def test_the_verb_of_a_reported_stance_sets_its_direction():
    # Wikinews: "Senator Bernie Sanders slammed Trump for a New York Times story …" (positive) and "Perino defended
    # the CIA interrogation program" (negative)
    art = pl.load_article("Debate\n\nSenator Bernie Sanders slammed Trump for a story alleging Trump paid little "
                          "tax. Press secretary Dana Perino defended the CIA interrogation program as legal.")
    st = pl.stances(art)
    got = dict(zip(st["target"], st["label"], strict=True))
    assert got == {"Trump": "negative", "CIA": "positive"}
    assert (st["tone"] < 0).tolist() == [True, False]
    assert st["evidence"].str.startswith("stance verb").all()


def test_a_new_clause_after_the_quote_is_someone_elses():
    # Wikinews: 'Duda said the victims were "joyful girls …" in an "appalling tragedy" while Interior Minister Joachim
    # Brudziński wrote he had ordered checks … across Poland' (Duda toward Brudziński, Poland); the speaker's own
    # next clause stays his ('"…", but also praised Beattie's decision')
    art = pl.load_article(
        "Rwanda plan\n\n"
        "Labour leader Keir Starmer called it “a gimmick”, while the Liberal Democrats said they would vote against "
        "it.\n\nBob Katter said first responses were “simply not working”, but also praised Peter Beattie for his "
        "decision."
    )
    got = pl.stances(art)[["speaker", "target"]].values.tolist()
    assert ["Keir Starmer", "Liberal Democrats"] not in got
    assert ["Bob Katter", "Peter Beattie"] in got


def test_an_outlet_named_with_its_kind_is_no_target():
    # 'according to state broadcaster CCTV' (a target of Xi's quote), 'Speaking to newspaper Star of Mysore'
    art = pl.load_article("Visit\n\nXi Jinping said that “the United States should stop interfering”, according "
                          "to state broadcaster CCTV.")
    got = pl.stances(art)[["speaker", "target"]].values.tolist()
    assert ["Xi Jinping", "CCTV"] not in got and ["Xi Jinping", "United States"] in got


def test_a_clause_before_the_speakers_with_its_own_subject_is_someone_elses():
    # 'Italian Prime Minister Giorgia Meloni called the deal “a step forward”, while French President Emmanuel Macron
    # praised Meloni for her “courage”': Macron's stance is toward Meloni, not Italy; Wikinews: 'Russian Prime
    # Minister Dmitry Medvedev today ordered an investigation …, while Indonesian President Susilo Bambang Yudhoyono'
    art = pl.load_article("Pact\n\nItalian Prime Minister Giorgia Meloni called the deal “a step forward”, while "
                          "French President Emmanuel Macron praised Meloni for her “courage”.")
    got = pl.stances(art)[["speaker", "target", "label"]].values.tolist()
    assert got == [["Emmanuel Macron", "Giorgia Meloni", "positive"]]


def test_an_unnamed_speakers_own_description_is_no_target():
    # a match report: "The Spaniard, who won Wimbledon last year, said he had been “beaten by the best.”" made Carlos
    # Alcaraz's stances toward Spain and Wimbledon
    art = pl.load_article("Final\n\nNovak Djokovic beat Carlos Alcaraz 6-3, 7-6 in the final. The Serb broke "
                          "Alcaraz twice in the first set. The Spaniard, who won Wimbledon last year, said he had been "
                          "“beaten by the best.”")
    assert pl.quotes(art)["speaker"].tolist() == ["Carlos Alcaraz"]
    assert not set(pl.stances(art)["target"]) & {"Spain", "Wimbledon"}


def test_the_building_where_the_speaker_spoke_is_no_target():
    # a court story: '"This is not a normal court," he told reporters at the White House' made Biden's stance toward
    # the White House; Wikinews: "said Bush during a press conference at the White House", "In a video teleconference
    # with reporters at the Pentagon he said"
    art = pl.load_article("Ruling\n\nPresident Joe Biden said he disagreed. “This is not a normal court,” he told "
                          "reporters at the White House. “The Pentagon must act,” Biden said at a rally in Ohio.")
    got = pl.stances(art)[["speaker", "target"]].values.tolist()
    assert ["Joe Biden", "White House"] not in got and ["Joe Biden", "Pentagon"] in got


def test_an_event_named_after_a_body_and_a_persons_own_place_are_no_targets():
    # NYT style: '“The American people won,” Mr. Biden said at a White House ceremony, flanked by Senator Joe Manchin
    # III of West Virginia' made stances toward the White House and West Virginia; Wikinews: '"…," Correa said during
    # a Cabinet meeting', 'with Steve Scalise of Louisiana calling the investigation "Soviet-style"'
    art = pl.load_article("Bill signed\n\n“The American people won,” Mr. Biden said at a White House ceremony, flanked "
                          "by Senator Joe Manchin III of West Virginia.")
    got = set(pl.stances(art)["target"])
    assert not got & {"White House", "West Virginia"} and "Joe Manchin III" in got


def test_a_wire_datelines_place_and_agency_are_no_targets():
    # 'JERUSALEM (Reuters) - Israeli Prime Minister Benjamin Netanyahu … rejected Hamas's terms … vowing to press on
    # until “total victory”' made stances toward Jerusalem and Reuters; "NEW YORK — … calling him “conflicted”" toward
    # New York
    art = pl.load_article("Talks stall\n\nJERUSALEM (Reuters) - Israeli Prime Minister Benjamin Netanyahu on Wednesday "
                          "rejected Hamas's terms, vowing to press on until “total victory” over Hamas.")
    got = set(pl.stances(art)["target"])
    assert "Hamas" in got and not got & {"Jerusalem", "Reuters"}


def test_a_second_stance_verb_after_but_keeps_the_subject():
    # 'Blinken praised Qatar's efforts but criticised Israel's conduct of the war' had no stance toward Israel;
    # 'Scholz … praised the Biden administration and criticised France' none toward France
    got = pl.stances(pl.load_article("Talks\n\nAntony Blinken praised Qatar's efforts but criticised Israel's conduct "
                                     "of the war."))[["speaker", "target", "label"]].values.tolist()
    assert got == [["Antony Blinken", "Qatar", "positive"], ["Antony Blinken", "Israel", "negative"]]


def test_a_reported_stance_with_a_pronoun_subject_is_the_antecedents():
    # 'Antony Blinken met Netanyahu in Tel Aviv. He praised Qatar's efforts but criticised Israel's conduct' had no
    # stance; the antecedent is the person who opens the sentence before (not a person named later in it)
    got = pl.stances(pl.load_article("Talks\n\nAntony Blinken met Benjamin Netanyahu in Tel Aviv. He praised Qatar's "
                                     "efforts but criticised Israel's conduct of the war."))
    assert got[["speaker", "target", "label"]].values.tolist() == [
        ["Antony Blinken", "Qatar", "positive"], ["Antony Blinken", "Israel", "negative"]]
    got = pl.stances(pl.load_article("Talks\n\nIn Tel Aviv, Antony Blinken met Netanyahu. He praised Qatar."))
    assert got.empty


def test_the_speakers_affiliation_then_apposition_is_who_the_speaker_is():
    # 'Rep. Chip Roy of Texas, a member of the conservative House Freedom Caucus, called the vote “a total failure”'
    # gave a stance toward the caucus (the affiliation's comma was taken, so the apposition was not read)
    got = pl.stances(pl.load_article("Vote\n\nRep. Chip Roy of Texas, a member of the conservative House Freedom "
                                     "Caucus, called the vote \"a total failure\"."))
    assert got.empty
    # a verb of saying ends the apposition: what follows is what was said ('explained to Wikinews that …')
    got = pl.stances(pl.load_article("Ships\n\nDr. Tristan Smith of University College London, a shipping researcher, "
                                     "explained that Russia might turn transponders off, saying \"it happens\"."))
    assert got["target"].tolist() == ["Russia"]


def test_more_verbs_of_reported_stance():
    # "Keir Starmer blasted Rishi Sunak" (Wikinews: "Trump blasted Biden as a career politician") gave no stance
    got = pl.stances(pl.load_article("Row\n\nKeir Starmer blasted Rishi Sunak. Joe Biden saluted Volodymyr Zelensky. "
                                     "Greta Thunberg castigated Exxon. A bomb blasted the building."))
    assert got[["speaker", "target", "label"]].values.tolist() == [
        ["Keir Starmer", "Rishi Sunak", "negative"], ["Joe Biden", "Volodymyr Zelensky", "positive"],
        ["Greta Thunberg", "ExxonMobil", "negative"]]


def test_the_speakers_party_before_a_chancellor_or_treasurer_is_who_the_speaker_is():
    # "Labour's shadow chancellor, Rachel Reeves, said families were still “worse off” after 14 years of
    # Conservative government" gave a negative stance toward Labour, her own party
    got = pl.stances(pl.load_article("Rates\n\nLabour's shadow chancellor, Rachel Reeves, said families were still "
                                     "\"worse off\" after 14 years of Conservative government."))
    assert got["target"].tolist() == ["Conservative Party"]


def test_a_stance_verb_sets_the_direction_toward_its_object_in_the_sentence_of_a_quote():
    # 'Zelensky congratulated Usyk on social media, writing: “Ukrainians are hitting hard!”' gave a negative stance
    # toward Usyk: the quote's row (first) kept the model's direction, the verb's was dropped as a duplicate
    got = pl.stances(pl.load_article("Fight\n\nVolodymyr Zelensky congratulated Oleksandr Usyk on social media, "
                                     "writing: \"Ukrainians are hitting hard!\""))
    row = got[got["target"] == "Oleksandr Usyk"].iloc[0]
    assert row["label"] == "positive" and row["tone"] > 0 and "congratulated" in row["evidence"]


def test_a_stance_verbs_object_after_ruling_or_opposition():
    # 'Jyoti Basu hailed the ruling Left Front's "march to power"' gave a negative stance toward the Left Front;
    # Wikinews' 'Fukuda criticized the main opposition Democratic Party of Japan' gave none
    got = pl.stances(pl.load_article("Vote\n\nJyoti Basu hailed the ruling Left Front's \"march to power\". Yasuo "
                                     "Fukuda criticized the main opposition Democratic Party of Japan."))
    rows = {t: lab for t, lab in zip(got["target"], got["label"], strict=True)}
    assert rows["Left Front"] == "positive"
    assert [lab for t, lab in rows.items() if t.startswith("Democratic Party")] == ["negative"]


def test_a_politicians_party_and_state_is_no_target():
    # "Sen. JD Vance (R-Ohio) said ..." gave a stance toward Ohio; Wikinews' "Nancy Pelosi (D-CA) said, ..." toward
    # California
    got = pl.stances(pl.load_article("Vote\n\nSen. JD Vance (R-Ohio) said the package was \"a bad deal for "
                                     "Americans\". House Speaker Mike Johnson, R-La., said it was \"rushed by "
                                     "Democrats\"."))
    assert not {"Ohio", "Louisiana"} & set(got["target"])


def test_where_a_firm_is_from_is_no_target():
    # a Reuters-style U.S. Steel story: 'Nippon Steel … challenging President Biden's decision to block the Japanese
    # company's $14.9 billion acquisition of the Pittsburgh-based steelmaker, accusing the White House of "unlawful
    # political interference."' gave stances toward Japan and Pittsburgh; Wikinews: 'The US-based "Committee to Protect
    # Journalists" led international condemnation' one toward the United States
    got = pl.stances(pl.load_article("Steel\n\nNippon Steel filed a lawsuit on Monday challenging President Biden's "
                                     "decision to block the Japanese company's $14.9 billion acquisition of the "
                                     "Pittsburgh-based steelmaker, accusing the White House of \"unlawful political "
                                     "interference.\""))
    assert set(got["target"]) == {"Biden", "White House"}


def test_a_group_that_speaks_is_not_about_its_own_members():
    # Wikinews (2020): "Fifty former intelligence officials, including former CIA directors John Brennan, Leon Panetta,
    # and Michael Hayden, signed a letter saying the Post's report “has all the classic earmarks …”": the officials
    # speak (not Brennan), and the members they list are no targets of their words
    art = pl.load_article('Headline\n\nFifty former intelligence officials, including former CIA directors John Brennan, '
                       'Leon Panetta, and Michael Hayden, signed a letter saying the Post\'s report "has all the classic '
                       'earmarks of a Russian information operation."')
    got = pl.stances(art)
    assert set(got["speaker"]) == {"Fifty former intelligence officials"}
    assert set(got["target"]) == {"Post", "Russia"}


def test_two_people_who_speak_together_are_not_each_others_targets():
    # a made-up strike story: 'The co-chairs, Dr Anna Kowal and Dr Peter Lindqvist, said in a joint statement: "We are
    # open to talks …"' gave a stance from Kowal (the quote's speaker) toward Lindqvist; he speaks with her, of no one
    art = pl.load_article('Headline\n\nThe union committee co-chairs, Dr Anna Kowal and Dr Peter Lindqvist, said in a '
                          'joint statement: "We are open to talks, but the government must make a credible offer."')
    got = pl.stances(art)
    assert "Peter Lindqvist" not in set(got["target"]) and "Anna Kowal" not in set(got["target"])
    art = pl.load_article('Headline\n\nJohn Smith and Mary Jones said Peter Brown "let everyone down".')
    assert "Peter Brown" in set(pl.stances(art)["target"])


def test_the_outlet_told_after_a_peoples_word_and_its_kind_is_no_target():
    # a made-up crash story: '"…," he told Indian broadcaster DD News' gave a stance toward DD News; Wikinews: 'the
    # photographer told the French newspaper Libération', 'according to the semi-official news agency ISNA'
    art = pl.load_article('Headline\n\nRavi Menon survived. "I do not know how I got out," Ravi Menon told Indian '
                          'broadcaster DD News. "They hit him," the photographer told the French newspaper Libération.')
    assert not {"DD News", "Libération"} & set(pl.stances(art)["target"])
    art = pl.load_article('Headline\n\nJohn Smith told reporters Peter Brown was "a disgrace".')
    assert "Peter Brown" in set(pl.stances(art)["target"])


def test_a_person_named_by_a_role_alone_is_a_target():
    # a made-up budget row: 'State Governor Helen Marsh accused Mayor Tom Reyes …. City Council President Ray Okafor
    # defended the mayor. "The mayor inherited this mess," he said.' gave no stance of Okafor toward Reyes; nor
    # 'Republican state senator Brian Tull welcomed the governor's stance' toward Marsh
    art = pl.load_article('Budget row\n\nState Governor Helen Marsh on Tuesday accused Mayor Tom Reyes of "reckless" '
                          'spending.\n\nCity Council President Ray Okafor defended the mayor. "The mayor inherited this '
                          'mess," he said.\n\nState senator Brian Tull welcomed the governor\'s stance, saying taxpayers '
                          'deserved "real accountability".')
    got = pl.stances(art)
    rows = {(r.speaker, r.target, r.via, r.label) for r in got.itertuples()}
    assert ("Ray Okafor", "Tom Reyes", "reported", "positive") in rows
    assert ("Ray Okafor", "Tom Reyes", "quote", "negative") in rows or ("Ray Okafor", "Tom Reyes", "quote", "neutral") in rows
    assert ("Brian Tull", "Helen Marsh", "quote", "positive") in rows
    role = got[got["evidence"].str.contains("is Tom Reyes (named with that title before)", regex=False)]
    assert [art.text[a:b].lower() for a, b in zip(role["start"], role["end"], strict=True)] == ["the mayor", "the mayor"]
    # two people with the title: "the mayor" is open, no target
    art = pl.load_article('Two mayors\n\nMayor Tom Reyes met Mayor Ann Cole. Council President Ray Okafor criticised '
                          'the mayor.')
    assert "reported" not in set(pl.stances(art)["via"])
