"""Issue 14's quote cases: titles of works in quotation marks are not quotes; a quote in its own
paragraph after "X said:" is X's. Made-up sentences with the structure of real pages."""

from __future__ import annotations

import pytest

from toolkit import actors, load_article, quotes

pytestmark = pytest.mark.filterwarnings("ignore::toolkit.errors.LanguageWarning")

HEAD = "Headline for the story\n\n"


def _quotes(body: str) -> list[list]:
    return quotes(load_article(HEAD + body))[["speaker", "text"]].values.tolist()


@pytest.mark.parametrize(
    "body",
    [
        'Scorsese\'s film "The Irishman" won no awards on Sunday.',
        "Viewers liked the series “The Morning Show” more than critics did.",
        "Her first novel “Silent Harbour” sold well.",
    ],
)
def test_title_after_a_work_noun_is_not_a_quote(body):
    assert _quotes(body) == []


def test_a_programmes_title_before_its_host_is_not_a_quote():
    # CBS News: 'Scott told "CBS This Morning" co-host Gayle King, "Because …"'
    got = _quotes('Asked why, Ms Scott told "Channel Nine Today" co-host Dana Kerr, "Because we decide."')
    assert got == [["Scott", "Because we decide."]]
    df = actors(load_article(HEAD + 'She told "Channel Nine Today" anchor Dana Kerr that she would run.'))
    assert set(df.loc[df["surface"] == "Channel Nine Today", "type"]) <= {"work"}


def test_title_cased_phrase_in_an_awards_sentence_is_not_a_quote():
    assert _quotes("“Little Winter Roads” was nominated for best picture at the awards.") == []


def test_real_quotes_after_a_work_noun_stay():
    got = _quotes("The director of the film said: “We shot it in three weeks and nobody slept.”")
    assert len(got) == 1


def test_quote_in_its_own_paragraph_after_said_colon():
    got = _quotes("The town engineer, Mark Ellison, said:\n\n“The bridge will be rebuilt by spring.”\n\nWork starts soon.")
    assert got == [["Mark Ellison", "The bridge will be rebuilt by spring."]]


@pytest.mark.parametrize(
    "body",
    [
        "South Korean thriller “Harbour Lights” was the surprise winner at the guild awards on Sunday.",
        "Her performance as a lonely clown in “Lantern” has swept awards season.",
        "Comedy “The Quiet Shop” and royal drama “The Tower” took the prizes for their casts.",
        "Those left out include war film “1917,” as well as “Lantern,” “Quiet Fields,” and novel adaptation “Small Rooms.”",
        "Sources said the awards went elsewhere.\n\nNO LUCK FOR ‘LANTERN’\n\nThe drama won nothing.",
    ],
)
def test_titles_by_genre_noun_awards_sentence_list_or_heading_are_not_quotes(body):
    assert _quotes(body) == []


def test_one_word_quote_after_a_calling_verb_in_an_awards_sentence_stays_a_quote():
    got = _quotes("Ms Reyes called the awards ceremony “Shameful” on Sunday.")
    assert [t for _, t in got] == ["Shameful"]


def test_quipped_attributes_a_quote():
    got = _quotes("The actor Tom Brandt won a prize.\n\n“It was a hard part,” quipped Brandt of his role.")
    assert got == [["Tom Brandt", "It was a hard part,"]]


def test_slogans_such_as_is_not_a_speaker():
    got = _quotes("Members of the crowd shouted slogans such as “victory for the army!” in the square.")
    assert len(got) == 1 and got[0][0] != "slogans such"


def test_honorific_before_the_speaker_is_no_clause_end():
    body = ("Energy consultant David Marsh spoke on Friday.\n\n"
            "“It’s just misleading to say that it was a hot day,” Mr. Marsh said. “They were cautious.”\n\n"
            "“We know there is no problem,” Dr. Ann Ruiz said.")
    got = _quotes(body)
    assert got == [["David Marsh", "It’s just misleading to say that it was a hot day,"],
                   ["David Marsh", "They were cautious."],
                   ["Ann Ruiz", "We know there is no problem,"]]


def test_speaker_with_an_apposition_before_said_and_the_next_quote():
    body = ('The OSCE rejected the date. "I don\'t believe this is realistic," Markus Mueller, the OSCE\'s envoy '
            'to Kyrgyzstan, said. "If it does not become quieter, elections will be delayed." The talks continue.')
    assert [s for s, _ in _quotes(body)] == ["Markus Mueller", "Markus Mueller"]


def test_a_term_in_quotes_before_a_noun_gets_no_speaker_from_the_noun():
    got = _quotes('Critics called it a "one-size-fits-all" approach, officials said on Monday.')
    assert got[0][0] != "approach"


def test_title_before_a_maker_noun_is_not_a_quote():
    assert _quotes("But “Mrs Pell” actress Ann Borwick said the show was fun.") == []


def test_an_article_or_a_project_named_in_quotes_is_a_title():
    text = ("Headline\n\nGilley, author of the controversial 2017 article “The Case for Colonialism,” argued so. "
            "The city is launching a project named “Postcolonial Remembrance in the City” this year. As Major himself "
            "noted, “the win killed socialism.”")
    a = load_article(text)
    q = quotes(a)
    assert q["text"].tolist() == ["the win killed socialism."]  # the two titles are no quotes
    df = actors(a)
    assert set(df.loc[df["type"] == "work", "actor"]) >= {"Case for Colonialism", "Postcolonial Remembrance in the City"}


def test_a_title_after_titled_or_entitled_is_not_a_quote_however_it_is_written():
    # DiEM25 on the EU climate target; Wikinews on a UN exhibition
    body = ("In an article titled ‘The EU is cheating with numbers — and stealing our future’, Greta Thunberg "
            "states the following. A United Nations exhibition, entitled \"Lessons from Rwanda\", about the 1994 "
            "genocide, has been dismantled.")
    assert _quotes(body) == []
    art = load_article("Headline for the story\n\n" + body)
    df = actors(art)
    assert "Rwanda" not in set(df["actor"]) and "Lessons from Rwanda" in set(df["actor"])
    # and a people's plural after a person's name is no part of the name
    art = load_article('Headline for the story\n\n"This is a Brian Mulroney Canadians have never seen before," a '
                       "network spokesman said of former Prime Minister Brian Mulroney.")
    assert set(actors(art).loc[lambda d: d["type"] == "person", "actor"]) == {"Brian Mulroney"}


def test_a_court_cases_name_in_quotation_marks_is_not_a_quote():
    # Wikinews, on citizenship suits: the case's name had a speaker ("the injunction on December 9")
    got = _quotes('In "Philip J. Berg v. Barack Obama, et al.", Justice Souter denied the injunction on December 9. '
                  'He said "Roe vs. Wade is settled law" later.')
    assert [t for _, t in got] == ["Roe vs. Wade is settled law"]


def test_a_title_after_titled_may_end_with_its_question_mark():
    # The Village Voice: 'perhaps in a chapter titled “Who Needs Gerry Ford?,” on whether …'
    body = "He might muse, perhaps in a chapter titled “Who Needs Gerry Ford?,” on pardons. Hitler wrote Mein Kampf."
    assert _quotes(body) == []
    df = actors(load_article(HEAD + body))
    assert set(df.loc[df["surface"].isin(["Who Needs Gerry Ford?", "Mein Kampf"]), "type"]) == {"work"}


def test_a_title_before_the_name_of_its_kind_is_no_quote():
    # an awards story: 'song of the year for … from the “Barbie” soundtrack' ("Barbie" a quote and an organisation),
    # 'the “Eras” tour'
    body = "Billie Eilish won song of the year with a track from the “Barbie” soundtrack. Swift's “Eras” tour ended."
    assert _quotes(body) == []
    df = actors(load_article(HEAD + body))
    assert set(df.loc[df["surface"].isin(["Barbie", "Eras"]), "type"]) == {"work"}


def test_titles_after_a_plural_work_noun_and_such_as():
    # a concert story: 'older hits such as "Crazy in Love"' was an unattributed quote and "Love" a place; Wikinews:
    # 'songs including "Dark Star", "Uncle John's Band"' were quotes
    from toolkit import actors, load_article, quotes

    a = load_article('Tour opens\n\nShe sang older hits such as "Crazy in Love" and the track "Halo". "Thank you," '
                     'Beyoncé told the crowd.')
    assert quotes(a)["text"].tolist() == ["Thank you,"]
    df = actors(a)
    assert dict(zip(df["actor"], df["type"], strict=False))["Crazy in Love"] == "work"


def test_a_title_that_asks_and_a_title_after_an_acting_award():
    # an awards night: 'won only one award, for the song "What Was I Made For?"' and 'won best supporting actress
    # for "The Holdovers"' were unattributed quotes ("Was" and "Made" actors)
    from toolkit import actors, load_article, quotes

    a = load_article('Oscars\n\nDa\'Vine Joy Randolph won best supporting actress for "The Holdovers". "Barbie" won '
                     'one award, for the song "What Was I Made For?" by Billie Eilish.')
    assert quotes(a).empty
    assert {"The Holdovers", "What Was I Made For?"} <= set(actors(a)["surface"])


def test_a_title_after_won_for_or_a_verb_of_performing_is_no_quote():
    # 'Swift won for "Midnights," breaking a tie' and 'She sang "Anti-Hero," the lead single' were unattributed
    # quotes; a judgement stays a quote
    from toolkit import load_article, quotes

    a = load_article('Grammys\n\nSwift won for "Midnights," breaking a tie with Frank Sinatra. She sang "Anti-Hero," '
                     'the lead single. Sinatra called it "a disaster," and left.')
    assert quotes(a)["text"].tolist() == ["a disaster,"]


def test_a_nickname_inside_a_name_is_no_quote():
    # 'Ismael "El Mayo" Zambada', Wikinews' 'I. Lewis "Scooter" Libby' (attributed to the speaker before) were quotes
    from toolkit import actors, load_article, quotes

    a = load_article('Cartel\n\nIsmael "El Mayo" Zambada, 76, was flown to San Diego. Scott McClellan misled '
                     'Lewis "Scooter" Libby. Smith said "Yes" and left.')
    assert quotes(a)["text"].tolist() == ["Yes"]
    assert {"Ismael Zambada", "Scott McClellan"} <= set(actors(a)["actor"])


def test_a_named_speech_campaign_or_plan_is_no_quote():
    # 'the "Urbi et Orbi" (to the city and the world) address', Wikinews' 'Romney's 2007 "Faith in America" speech'
    # and 'a "Frankly Frank" campaign' were quotes (two attributed to someone)
    from toolkit import load_article, quotes

    a = load_article('Pope\n\nHe delivered the "Urbi et Orbi" (to the city and the world) address. The Post said '
                     'Romney\'s 2007 "Faith in America" speech was set at a library. He has launched a "Frankly Frank" '
                     'campaign. He said it was "Very Good" (for now).')
    assert quotes(a)["text"].tolist() == ["Very Good"]


def test_a_name_of_several_words_alone_in_quotation_marks_is_no_quote():
    # Wikinews: 'Rebels from the Hutu-extremist "Forces Nationales de Liberation" have shot dead six churchgoers,
    # according to army spokesman Adolphe Manirakiza' gave him a quote of the rebels' name; 'Mark Zuckerberg
    # announced the company's "Open Compute Project"' another
    from toolkit import load_article, quotes

    a = load_article('Massacre\n\nRebels from the Hutu-extremist "Forces Nationales de Liberation" have shot dead six '
                     'people, according to army spokesman Adolphe Manirakiza. Mark Zuckerberg announced the company\'s '
                     '"Open Compute Project" at an event. He said "France is ready".')
    assert quotes(a)["text"].tolist() == ["France is ready"]


def test_in_a_story_about_works_other_title_shaped_quotes_are_titles():
    # a box-office story: 'beating "Frozen II" by several days', '"A Quiet Place: Day One," the third film …, opened',
    # 'Sony's "Bad Boys: Ride or Die," with Will Smith' were unattributed quotes and their words actors ("Day One" a
    # person, "Die", "Boys"); a nickname after "calls" and a committee's name are no titles, real quotes stay
    art = load_article(HEAD + 'Pixar\'s "Inside Out 2" topped the box office. It beat "Frozen II" by several days. "A '
                              'Quiet Place: Day One," the third film in the franchise, opened second. Sony\'s "Bad Boys: '
                              'Ride or Die," with Will Smith, was fourth. Trump trolls the candidate he calls "Mini '
                              'Mike." "The summer box office is rebounding," said Paul Dergarabedian.')
    assert quotes(art)["text"].tolist() == ["The summer box office is rebounding,"]
    works = set(actors(art).query("type == 'work'")["actor"])
    assert works == {"Inside Out 2", "Frozen II", "Quiet Place: Day One", "Bad Boys: Ride or Die"}


def test_titles_after_a_plural_work_noun_are_not_quotes():
    # an obituary: 'Jackson's albums "Off the Wall," "Thriller" and "Bad."' left "Bad." an unattributed quote and the
    # first two only titles by their list
    art = load_article(HEAD + 'He produced Jackson\'s albums "Off the Wall," "Thriller" and "Bad." Her novels "Beloved" '
                              'and "Jazz" sold well. "He was a genius," Lionel Richie wrote.')
    assert quotes(art)["text"].tolist() == ["He was a genius,"]


def test_a_channels_programme_after_its_possessive_is_not_a_quote():
    # a CNBC-style IPO story: 'co-founder Steve Huffman told CNBC's "Squawk on the Street" from the exchange floor' made
    # the programme's name a quote of Huffman's; a quote after an acronym's possessive and a verb of saying stays
    art = load_article(HEAD + 'Steve Huffman told CNBC\'s "Squawk on the Street" from the exchange floor. The NHS\'s "We '
                              'are ready," said its chief.')
    assert quotes(art)["text"].tolist() == ["We are ready,"]
    assert set(actors(art).query("type == 'work'")["actor"]) == {"Squawk on the Street"}


def test_a_title_after_an_awards_category_and_for():
    # an AP-style Grammys story: 'Charli XCX took best dance/electronic album for "Brat."' left "Brat." an unattributed
    # quote; a quote after "for" and no category noun stays ('he fought for "every worker in America," she said')
    art = load_article(HEAD + 'Charli XCX took best dance/electronic album for "Brat." Lamar won record of the year for "Not '
                              'Like Us." She fought for "every worker in this country," Lamar said.')
    assert quotes(art)["text"].tolist() == ["every worker in this country,"]


def test_a_staged_work_and_a_role_in_a_work_are_titles():
    # a theatre review: 'Ellie Kendrick's production of "Hamlet"', 'who played Meera Reed in "Game of Thrones,"' and
    # 'best known as the Doctor in "Doctor Who,"' were unattributed quotes
    art = load_article('Review\n\nEllie Kendrick\'s production of "Hamlet" at the Globe is fine. Kendrick, who played '
                       'Meera Reed in "Game of Thrones," directs. Ncuti Gatwa, best known as the Doctor in "Doctor Who," '
                       'stars. "I wanted audiences to feel it," Kendrick said.')
    assert quotes(art)[["speaker", "text"]].values.tolist() == [["Ellie Kendrick", "I wanted audiences to feel it,"]]
    got = dict(zip(actors(art)["actor"], actors(art)["type"], strict=True))
    assert got["Game of Thrones"] == "work" and got["Doctor Who"] == "work"


def test_a_name_proposed_for_something_is_no_quote():
    # The Atlantic (news_html): 'An unprecedented wind storm—which some are calling an “inland hurricane”—left …' and The
    # New Republic: 'what we might call the “technocratic ideology”' were unattributed quotes; "known as a “bomb
    # cyclone”" too (only "known as “…”" was a name); 'Smith called the plan “reckless.”' stays Smith's
    art = load_article('Headline here\n\nThe storm, known as a "bomb cyclone," hit. A wind storm, which some are calling '
                       'an "inland hurricane," hit. We might call the first the "complexity canard." Smith called the '
                       'plan "reckless."')
    assert quotes(art)[["speaker", "text"]].values.tolist() == [["Smith", "reckless."]]


def test_what_a_sign_says_is_no_quote():
    # a local school-board story: 'parents packed the meeting at Riverside High School, many holding signs that read
    # “Save Lincoln.”' gave the slogan to the school
    art = load_article('Headline here\n\nParents packed the meeting at Riverside High School, many holding signs that '
                       'read "Save Lincoln." Protesters held placards reading "Stop the War." "We will fight on," said '
                       "Dana Whitfield.")
    assert quotes(art)[["speaker", "text"]].values.tolist() == [["Dana Whitfield", "We will fight on,"]]


def test_a_name_in_quotation_marks_after_the_name_is_no_quote():
    # a tech story: 'The company skipped the name "o2" to avoid a clash' was an unattributed quote (Wikinews: 'the name
    # "Burma"', '"Adobe"', '"Grayback"')
    art = load_article('Headline here\n\nThe company skipped the name "o2" to avoid a clash. "This is new," Altman said.')
    assert quotes(art)[["speaker", "text"]].values.tolist() == [["Altman", "This is new,"]]


def test_a_title_after_a_possessive_in_s_apostrophe_is_no_quote():
    # a Grammys story: 'she lost it in 2023 to Harry Styles' "Harry's House."' gave the album to an organisation (the
    # possessive of a name ending in "s" has no "'s"); "Shakespeare's" worked
    art = load_article('Headline here\n\nShe lost in 2023 to Harry Styles\' "Harry\'s House." "It was a long wait," '
                       "Beyonce said.")
    assert quotes(art)[["speaker", "text"]].values.tolist() == [["Beyonce", "It was a long wait,"]]
    got = actors(art)
    assert dict(zip(got["actor"], got["type"], strict=False))["Harry's House"] == "work"


def test_a_song_sung_in_another_language_is_a_title():
    # a made-up Eurovision story: 'The country last won in 1988, when Céline Dion sang "Ne partez pas sans moi."' gave
    # an unattributed quote; a song sung by a crowd is a title too, a quote said after it stays one
    q = quotes(load_article('Headline\n\nThe country last won in 1988, when Céline Dionne sang "Ne partez pas sans moi." '
                            'The crowd sang "We shall overcome" and Tom Hale said "we will stay here until they listen."'))
    assert q[["speaker", "text"]].values.tolist() == [["Tom Hale", "we will stay here until they listen."]]
