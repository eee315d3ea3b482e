"""Issue 14's cases: names not merged, junk actors, wrong types.

Every sentence is made up, with the structure of the sentence on a real page where the error was
seen (no publisher's text). Cases the rules do not handle yet are marked ``xfail(strict=True)``, so
fixing one makes the suite say so.
"""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import actors, load_article, quote_spans, quotes

pytestmark = pytest.mark.filterwarnings("ignore::toolkit.errors.LanguageWarning")

HEAD = "Headline for the story\n\n"


def _df(text: str) -> pd.DataFrame:
    return actors(load_article(text))


def _actors(text: str) -> set[str]:
    return set(_df(text)["actor"])


def _types(text: str) -> dict[str, str]:
    df = _df(text)
    return dict(zip(df["actor"], df["type"], strict=True))


# ---------------------------------------------------------------------- names not merged
def test_month_name_inside_a_name_is_part_of_the_name():
    got = _actors(HEAD + "Prime Minister Theresa May met the press. Later Theresa told colleagues she would stay.")
    assert got == {"Theresa May"}


def test_month_name_inside_a_name_april():
    df = _df(HEAD + "The reporter April Ryan asked a question. April Ryan later wrote about it.")
    assert set(df["actor"]) == {"April Ryan"}
    assert len(df) == 2


def test_month_abbreviation_that_is_a_given_name_opens_the_name():
    """"Jan" is January's abbreviation and a given name: before a capitalised surname it opens the name
    (the surname alone was an organisation), before a number or after a preposition it stays a date."""
    df = _df(HEAD + "The candidates were Jan Novotny and Jana Dvorak. The envoy Jan Peter Holm said so. "
             "Novotny lost. Prices rose on Jan 5 and fell in Jan 2008.")
    assert dict(zip(df["surface"], df["type"], strict=True)) == {
        "Jan Novotny": "person", "Jana Dvorak": "person", "Jan Peter Holm": "person", "Novotny": "person"}
    assert set(df["actor"]) == {"Jan Novotny", "Jana Dvorak", "Jan Peter Holm"}


def test_foreign_title_is_not_part_of_the_name():
    df = _df(HEAD + "Taoiseach Leo Varadkar said the border would stay open. Varadkar spoke in Dublin.")
    people = df[df["type"] == "person"]
    assert set(people["actor"]) == {"Leo Varadkar"}
    assert len(people) == 2
    assert "Taoiseach Leo Varadkar" in set(df["surface"])  # the surface keeps the title
    # Wikinews, on Brazil's 2005 scandal: a title in Portuguese
    df = _df(HEAD + "Furnas denied this. Presidente Luiz Inácio Lula da Silva said that the allegations should be "
                    "investigated. Herr Schmidt agreed.")
    assert set(df.loc[df["type"] == "person", "actor"]) == {"Luiz Inácio Lula da Silva", "Schmidt"}


@pytest.mark.parametrize("title", ["Chancellor", "Tánaiste", "Premier", "Mayor", "Governor", "Speaker", "Commissioner"])
def test_job_titles_are_not_part_of_the_name(title):
    assert _actors(HEAD + f"{title} Olaf Brandt spoke on Monday.") == {"Olaf Brandt"}


def test_surname_with_particle_merges_with_the_full_name():
    df = _df(HEAD + "Robert De Niro arrived early. De Niro said he was happy.")
    assert set(df["actor"]) == {"Robert De Niro"}


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Frans van der Berg", "Van der Berg"),
        ("Ursula von der Leyen", "Von der Leyen"),
        ("Ahmed al-Sharif", "al-Sharif"),
    ],
)
def test_surname_particles(full, short):
    got = _actors(HEAD + f"{full} spoke on Monday. {short} left on Tuesday.")
    assert got == {full}


def test_all_caps_headline_form_merges_with_the_body_form():
    df = _df("ARKWRIGHT WINS THE PRIZE\n\nArkwright, a small studio, won the prize on Sunday. Arkwright said it was glad.")
    assert "ARKWRIGHT" not in set(df["actor"])
    assert (df["actor"] == "Arkwright").sum() >= 3


def test_plural_and_singular_of_a_proper_noun_are_one_actor():
    got = _actors(HEAD + "The film won four Oscars on Sunday. It was the studio's first Oscar.")
    assert len(got) == 1


def test_acronym_long_form_and_partial_form_are_one_actor():
    df = _df(
        HEAD + "The California Independent System Operator ordered blackouts. California ISO said demand was high. "
        "The ISO apologised."
    )
    assert set(df["actor"]) == {"California Independent System Operator"}
    assert set(df["type"]) == {"organization"}


def test_head_of_a_place_name_alone_later_is_the_place():
    df = _df(HEAD + "The dead were buried on Hart Island in New York. Burials on Hart have increased.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["Hart"] == "Hart Island"


def test_no_invented_long_form():
    got = _actors(HEAD + "Scientists at the Harvard–Smithsonian Center for Astrophysics found it.")
    assert "Harvard University" not in got
    # a state legislature is no UN body (the gazetteer once had "General Assembly" as an alias)
    got = _actors(HEAD + "The General Assembly met in Raleigh. Republicans in the Assembly are furious.")
    assert "UN General Assembly" not in got and "General Assembly" in got


def test_the_last_words_of_a_longer_name_are_that_name():
    df = _df(HEAD + "The UN General Assembly voted on Monday. The General Assembly has 193 members. "
             "The Michigan Supreme Court ruled. The Supreme Court said the law was void.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["General Assembly"] == "UN General Assembly"
    assert got["Supreme Court"] == "Michigan Supreme Court"
    # not when the longer name is no place-qualified form of it ("SpaceX Crew Dragon" ... "Crew Dragon")
    df = _df(HEAD + "Stop Pat Robertson held a rally. Pat Robertson said nothing.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["Pat Robertson"] == "Pat Robertson"


def test_all_caps_heading_title_merges_with_the_quoted_title():
    df = _df("Netflix film leads nominations\n\nWINNERS: ‘THE IRISHMAN’ AND ‘MARRIAGE STORY’\n\n"
             'Martin Scorsese\'s crime drama "The Irishman" led the nominations on Monday.')
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["THE IRISHMAN"] == got["The Irishman"] == "Irishman"
    assert set(df.loc[df["actor"] == "Irishman", "type"]) == {"work"}


# ---------------------------------------------------------------------- junk
def test_all_caps_function_words_in_a_headline_are_not_actors():
    got = _actors("SHARES UP AND DOWN FOR THE TEAM TO GO IN\n\nThe team played well on Sunday.")
    assert not got & {"UP", "AND", "FOR", "TO", "IN", "UP AND", "FOR THE", "TO GO IN"}
    assert not any(w in a.split() for a in got for w in ("AND", "UP", "FOR", "TO", "IN"))


def test_table_headers_are_not_actors():
    got = _actors(HEAD + "The team played well.\n\nSTANDINGS\n\nL T GF GA PTS\n\nRovers 10 4 22 11 34")
    assert not got & {"STANDINGS", "L T GF GA PTS"}


def test_headline_common_words_are_not_actors():
    got = _actors("Astronomers Find Water On Distant Planet\n\nAstronomers found water on a planet far away.")
    assert "Astronomers" not in got
    got = _actors("Coronavirus Cases Rise\n\nCoronavirus cases rose in the city on Monday.")
    assert "Coronavirus" not in got


def test_prime_ministers_questions_is_not_an_actor():
    assert "Questions" not in _actors(HEAD + "At Prime Minister's Questions on Wednesday, the leader was asked about the budget.")


def test_run_glued_across_words_is_not_one_actor():
    got = _actors(HEAD + "Presumptive Democratic White House nominee Joe Biden spoke on Monday.")
    assert "Presumptive Democratic White House" not in got
    assert "Joe Biden" in got


# ---------------------------------------------------------------------- types
@pytest.mark.parametrize("name", ["Newmont", "Barrick", "Bre-X"])
def test_company_that_said_its_is_an_organization(name):
    assert _types(HEAD + f"{name} said its profit rose in the third quarter.")[name] == "organization"


@pytest.mark.parametrize(
    ("sentence", "name", "typ"),
    [
        ("Scarlett Johansson starred in the film Marriage Story.", "Marriage Story", "work"),
        ("Users of Internet Explorer were warned on Monday.", "Internet Explorer", "product"),
        ("Users of the browser Chrome were warned on Monday.", "Chrome", "product"),
        ("Users of Chrome were warned on Monday.", "Chrome", "product"),
        ("Veterans of World War One gathered on Sunday.", "World War One", "event"),
    ],
)
def test_works_products_and_events_are_not_people_or_organizations(sentence, name, typ):
    assert _types(HEAD + sentence).get(name) == typ


# one case per rule family of the thing types (work, product, event); the rule that fires is named
@pytest.mark.parametrize(
    ("sentence", "name", "typ", "rule"),
    [
        # work: a work noun before the name, before its quoted title, inside it; a work's head word
        ("She starred in the film Blue Horizon last year.", "Blue Horizon", "work", "work_noun_before"),
        ('She starred in the film "Marriage Story" last year.', "Marriage Story", "work", "quoted_work_title"),
        ("Her novel The Quiet Shore sold well.", "Quiet Shore", "work", "quoted_work_title"),
        ("Fans watched the series Game of Thrones.", "Game of Thrones", "work", "work_noun_before"),
        ("He read from the Bible on Sunday.", "Bible", "work", "work_head_word"),
        # product: known names, product nouns before or inside the name, head words, ship prefixes
        ("Apple released the iPhone in 2007.", "iPhone", "product", "known_product"),
        ("The drug Tamiflu was approved.", "Tamiflu", "product", "product_noun_before"),
        ('Users of the app "Zangi" were warned.', "Zangi", "product", "quoted_product_name"),
        ("Space Shuttle Atlantis landed on Friday.", "Space Shuttle Atlantis", "product", "vehicle_noun_inside"),
        ("The James Webb Space Telescope took the picture.", "James Webb Space Telescope", "product", "product_head_word"),
        ("HMS Victory sailed to Portsmouth.", "HMS Victory", "product", "product_first_word"),
        # event: head words, first words, known names, war numbers, an event noun after the name
        ("He won gold at the Olympic Games in Tokyo.", "Olympic Games", "event", "event_head_word"),
        ("He won gold at the Olympics in Tokyo.", "Olympics", "event", "event_head_word"),
        ("Brazil won the World Cup in 2002.", "World Cup", "event", "event_head_word"),
        ("The Cannes Film Festival opened on Tuesday.", "Cannes Film Festival", "event", "event_head_word"),
        ("She won at the Academy Awards on Sunday.", "Academy Awards", "event", "event_head_word"),
        ("He won the World Chess Championship.", "World Chess Championship", "event", "event_head_word"),
        ("Hamilton won the Monaco Grand Prix.", "Monaco Grand Prix", "event", "event_head_word"),
        ("Leaders met at the G20 Summit in Rome.", "G20 Summit", "event", "event_head_word"),
        ("The Super Bowl was watched by millions.", "Super Bowl", "event", "known_event"),
        ("Hurricane Katrina hit New Orleans.", "Hurricane Katrina", "event", "event_first_word"),
        ("Operation Overlord began in June.", "Operation Overlord", "event", "event_first_word"),
        ("Veterans of World War II gathered on Sunday.", "World War II", "event", "war_number"),
        ("Fans went to the Womad festival on Friday.", "Womad", "event", "event_noun_after"),
    ],
)
def test_thing_rule_families(sentence, name, typ, rule):
    from toolkit.entities.typing_rules import RULE

    assert RULE[rule].type == typ and RULE[rule].example  # every rule has its "why" for users
    df = _df(HEAD + sentence)
    assert dict(zip(df["actor"], df["type"], strict=True)).get(name) == typ, df[["actor", "type"]]
    why = _why(HEAD + sentence, name)
    assert rule in why, why


def _why(text: str, name: str) -> list[str]:
    """The typing rules that fired for the first mention of ``name``."""
    from toolkit.entities.gazetteer import gazetteer
    from toolkit.entities.tokens import word_lists
    from toolkit.entities.typing_rules import Cue, mention_rules, name_info

    g = gazetteer()
    i = text.index(name)
    before = text[:i].replace('"', ' " ').split()
    after = text[i + len(name):].replace(",", " , ").replace(".", " . ").split()[:3]
    words = tuple(name.split())
    info = name_info(name, words, g)
    cue = Cue(words, info.hit, info.hit is None, False, None, False, False, before[-1] if before else "",
              before[-2].lower() if len(before) > 1 else "", after, False, True, False, False, False, "", g, word_lists(g))
    return [r.name for r in mention_rules(info, cue)]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Affordable Care Act passed in 2010.", "Affordable Care Act"),  # a law
        ("Marxism was discussed at length.", "Marxism"),  # an ideology
        ("Election Day is on Tuesday.", "Election Day"),  # a day
        ("The Muslim community prayed.", "Muslim"),  # a religion
        ("Astronomers found water on K2-18b, a planet far away.", "K2-18b"),  # a code
        ("He won the Nobel Prize in 2001.", "Nobel Prize"),  # a prize
    ],
)
def test_things_without_clear_kind_stay_other(sentence, name):
    assert _types(HEAD + sentence).get(name) == "other"


def test_thing_types_do_not_take_actors_away():
    got = _types(HEAD + "The newspaper Pravda printed the story. Jane Roe spoke in Paris about the Iraq war.")
    assert got["Pravda"] == "organization" and got["Jane Roe"] == "person" and got["Paris"] == "place"
    assert got.get("Iraq") == "place"  # "the Iraq war": a known place before "war" stays a place


def test_planet_designation_is_not_an_organization():
    assert _types(HEAD + "Astronomers found water on K2-18b, a planet far away.").get("K2-18b") != "organization"


def test_football_clubs_named_after_cities_in_sports_context():
    got = _types(HEAD + "Liverpool beat Everton 2-0 in the league match on Sunday.")
    assert got["Liverpool"] == "organization"
    assert got["Everton"] == "organization"
    got = _types(HEAD + "The striker scored at Barcelona's ground in the cup match.")
    assert got["Barcelona"] == "organization"


def test_show_named_after_its_host_does_not_make_the_host_a_work():
    # "radio show Imus in the Morning" beside "Don Imus": the thing cue is on the surname alone
    text = HEAD + ("Radio personality and philanthropist Don Karbo died on Friday. "
                   "Karbo's syndicated radio show Karbo in the Morning aired from 1968. Karbo retired in 2018.")
    assert _types(text)["Don Karbo"] == "person"


def test_ranch_is_a_place():
    assert _types(HEAD + "The children stayed at the Karbo Ranch in New Mexico every summer.")["Karbo Ranch"] == "place"


def test_names_listed_after_a_group_noun_take_its_type():
    got = _types(HEAD + "Today, about 100,000 Greeks worship the ancient gods, such as Zeus, Hera, Poseidon, and Athena.")
    assert {got[n] for n in ("Zeus", "Hera", "Poseidon", "Athena")} == {"person"}
    got = _types(HEAD + "Small firms such as Kelvora and Drumlin have struggled, while countries including Vanuatu want help.")
    assert (got["Kelvora"], got["Drumlin"], got["Vanuatu"]) == ("organization", "organization", "place")


def test_brand_before_a_product_noun_is_a_product():
    got = _types(HEAD + "His adoption of the Zorvex camera changed his work. He used a Zorvex photograph as a base.")
    assert got["Zorvex"] == "product"


def test_measure_acronyms_are_not_organizations():
    got = _types(HEAD + "Iodine deficiency leads to a loss of IQ, and children lose 15 IQ points on average.")
    assert got.get("IQ") == "other"


def test_a_quoted_title_is_one_work_whatever_names_it_holds():
    text = HEAD + (
        "South Korean thriller “Harbour” was the upset winner at the guild awards on Sunday. "
        "It beat the gangster movie “The Drifter” and “Once Upon A Time in Lisbon” which both have A-list stars.\n\n"
        "NO LUCK FOR ‘DRIFTER’\n\n"
        "Zellman, whose lead performance in “The Drifter” was snubbed, said nothing."
    )
    df = _df(text)
    works = df[df["type"] == "work"]
    assert set(works["actor"]) == {"Harbour", "Drifter", "Once Upon A Time in Lisbon"}
    assert (works["actor"] == "Drifter").sum() == 3  # "The Drifter" twice and the heading's 'DRIFTER'
    assert "Lisbon" not in set(df["actor"])  # the place name inside the title is no place mention
    assert _types(text).get("Zellman") == "person"


def test_a_prize_before_award_is_no_person_and_shares_make_a_company():
    got = _types(HEAD + "Her co-star Billy Crudup won a Critics Choice award last week.")
    assert got["Critics Choice"] == "other" and got["Billy Crudup"] == "person"
    got = _types(HEAD + "Newmont Mining agreed to buy the miner on Monday. Santa Fe shares rose 5 percent.")
    assert got["Newmont Mining"] == "organization" and got["Santa Fe"] == "organization"


def test_a_nickname_in_quotes_is_no_title():
    text = HEAD + 'The party nominated podcast host Jeremy "Spike" Cohen for vice president at the awards-style convention.'
    assert "work" not in set(_df(text)["type"])


def test_all_caps_function_words_in_body_link_lists_are_not_actors():
    got = _actors(HEAD + "Officials spoke.\n\n- HOPE AND LOSS: Your stories\n\n- LOOK-UP TOOL: Check cases in your area")
    assert not {"AND", "UP", "LOOK"} & got


def test_dateline_city_and_state_abbreviations_are_places():
    got = _types(HEAD + "AUSTIN (KXAN) — Texas voters approved an amendment on Tuesday.")
    assert got["Austin"] == "place"
    df = _df(HEAD + "Rep. Mark Walker (R-N.C.) and Rep. Dana Pike (D-Calif.) spoke on Monday.")
    assert {"North Carolina", "California"} <= set(df.loc[df["type"] == "place", "actor"])


def test_place_name_endings_win_over_a_longer_name_and_streets_are_places():
    got = _types(HEAD + "Redistricting cracked the liberal enclave of Asheville. The Asheville Tea PAC objected. "
                        "Residents of Petersallee and Nachtigalplatz want new street names.")
    assert (got["Asheville"], got["Petersallee"], got["Nachtigalplatz"]) == ("place", "place", "place")


def test_a_full_name_with_a_given_name_stays_a_person_beside_a_company_list():
    text = HEAD + ("Tom Steyer is making some noise in Nevada. Both Bloomberg and Steyer are spending heavily. "
                   "If Bloomberg or Steyer is not elected, they will still matter.")
    assert _types(text)["Tom Steyer"] == "person"


def test_the_city_before_mayor_is_a_place():
    assert _types(HEAD + "Bloomberg is level with the former Glen Marsh mayor in the polls.")["Glen Marsh"] == "place"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Bank of America said on Monday it agreed.", "Bank of America"),
    ("University of Texas officials said on Monday it agreed.", "University of Texas"),
    ("Ministry of Defence officials said on Monday.", "Ministry of Defence"),
])
def test_an_institution_before_of_at_the_start_of_a_sentence_keeps_its_head(sentence, name):
    assert _types(HEAD + sentence).get(name) == "organization"


def test_an_unknown_one_word_city_is_a_place():
    got = _types(HEAD + "Temperatures reached 35 degrees in Gwangju and Daegu, forecasters said.")
    assert (got["Gwangju"], got["Daegu"]) == ("place", "place")


def test_acronym_of_a_territory_is_the_territory():
    text = HEAD + ("British Virgin Islands (BVI) Governor John Rankin called for calm. The BVI premier was arrested. "
                   "BVI officials said the BVI government would meet.")
    assert _types(text)["British Virgin Islands"] == "place"


def test_possessive_noun_after_a_name_and_units_and_publishers():
    got = _types(HEAD + "The Trump administration’s plan was criticised. It was 40 degrees Celsius. "
                        "Editors at Future Publishing agreed.")
    assert (got["Trump"], got["Celsius"], got["Future Publishing"]) == ("person", "other", "organization")


def test_a_title_word_after_a_given_name_is_a_surname():
    text = HEAD + ('"We will reckon with them," Scott told co-host Gayle King.\n\n'
                   '"What is it about the senator that you like?" King asked Scott.\n\n'
                   "Prime Minister John Major spoke. As Major himself noted, the vote was close. "
                   "A Kremlin Spokesman and the Police Commissioner said nothing.")
    df = _df(text)
    assert {"Gayle King", "John Major"} <= set(df.loc[df["type"] == "person", "actor"])
    assert (df["actor"] == "John Major").sum() == 2  # "Major himself noted"
    assert not {"Police Commissioner", "Kremlin Spokesman"} & set(df["actor"])
    q = quotes(load_article(text))
    assert q.loc[q["text"].str.startswith("What is it"), "speaker"].notna().all()


def test_sentence_initial_inflections_of_common_words_are_not_names():
    got = _actors(HEAD + "Evacuating to a friend's house is hard. Renewables are not a factor in the blackouts.")
    assert not {"Evacuating", "Renewables"} & got


def test_a_lone_common_word_with_no_cue_is_no_organization_and_adjective_given_names_are_people():
    got = _types(HEAD + "Presidential hopefuls met. According to the rules, National and Western voters were split. "
                        "Rich Bowen, a developer, spoke. The Fed raised rates.")
    assert got.get("Rich Bowen") == "person" and got.get("Federal Reserve") == "organization"
    assert all(got.get(w) in (None, "other") for w in ("Presidential", "According", "National", "Western"))


def test_a_one_word_group_of_people_is_no_organization():
    got = _types(HEAD + "Melbournians queued for hours, and Ontarians did the same.")
    assert (got["Melbournians"], got["Ontarians"]) == ("person", "person")


def test_shows_software_and_parties_on_wikinews_pages():
    got = _types(HEAD + "She hosted The Doris Day Show on television until 1973. Doris Day died on Monday. "
                        "Users of CentOS Linux and Fedora were told to move. GitHub said it would help. "
                        "Sinn Féin said it would not take its seats.")
    assert (got["Doris Day Show"], got["Doris Day"]) == ("work", "person")
    assert (got["CentOS Linux"], got["Fedora"], got["GitHub"], got["Sinn Féin"]) == ("product", "product", "organization", "organization")


def test_a_bare_congress_is_indias_party_only_in_an_indian_story():
    assert _types(HEAD + "Congress got involved and passed the bill.") == {"Congress": "organization"}
    got = _actors("Vote in India\n\nThe Congress won in Delhi. Congress leaders cheered.")
    assert got >= {"Indian National Congress", "Delhi"}


def test_a_titled_person_of_a_place_is_the_person_and_the_place():
    df = _df(HEAD + "Sen. Elizabeth Warren of Massachusetts quickly accused the mayor of lying.")
    assert set(zip(df["actor"], df["type"], strict=True)) >= {("Elizabeth Warren", "person"), ("Massachusetts", "place")}


def test_a_party_state_tag_names_the_members_state():
    df = _df(HEAD + "Rep. Bob Ney (R-OH), Rep. Charles Taylor (R-NC) and Sen. Tim Kaine (D-Va.) voted no. "
             "The D-Day landings were remembered.")
    got = dict(zip(df["surface"], zip(df["actor"], df["type"], strict=True), strict=True))
    assert got["OH"] == ("Ohio", "place") and got["NC"] == ("North Carolina", "place")
    assert got["Va"] == ("Virginia", "place")
    assert "Delaware" not in set(df["actor"])


def test_frequent_wikinews_errors_constitution_red_hat_colour_codes():
    got = _types(HEAD + "The Constitution protects free speech, the judge said. Table colours B0CEFF and FFB6B6.")
    assert got == {"Constitution": "other"}  # not the Constitution Party; colour codes are no names
    got = _types("Third parties\n\nDarrell Castle of the Constitution Party spoke at length.")
    assert got.get("Constitution Party") == "organization" and "Darrell Castle of the Constitution Party" not in got
    got = _types(HEAD + "Red Hat said Red Hat Enterprise Linux (RHEL) will change. Jim Whitehurst, CEO of Red Hat, spoke.")
    assert got["Red Hat"] == "organization" and got["Red Hat Enterprise Linux"] == "product"


def test_a_title_of_an_institution_names_the_institution_not_a_person():
    df = _df(HEAD + "Dermot Mannion, CEO of Aer Lingus, said fares would rise. The CEO of Ryanair agreed. "
             "The Mayor of Koszalin spoke. Apple, Inc. said so. Chapter 11 filings rose after the Category 5 storm.")
    got = dict(zip(df["actor"], df["type"], strict=True))
    assert got["Aer Lingus"] == got["Ryanair"] == "organization" and got["Koszalin"] == "place"
    assert not set(got) & {"Inc", "Chapter", "Category"}
    assert got["Dermot Mannion"] == "person"


def test_a_transcripts_speaker_labels_are_no_mentions():
    df = _df("Interview with a candidate\n\n((WN)) Why did you run?\n\n((Akram Pasha)) Because I care. "
             "Akram Pasha lives in Bangalore.")
    assert df["actor"].tolist() == ["Akram Pasha", "Bangalore"]


def test_two_names_and_a_bare_comma_are_no_list():
    # the organisation before the comma ends an opening phrase: it gives its type to nobody
    text = (HEAD + "Businessman Don Blankenship won the party's nomination. With Wikinews, Blankenship discussed "
            "the campaign. He said a Blankenship presidency would cut taxes.")
    df = _df(text)
    assert set(df["actor"]) == {"Don Blankenship", "Wikinews"}  # 'a Blankenship presidency' is the same man
    assert set(df.loc[df["actor"] == "Don Blankenship", "type"]) == {"person"}
    # a place and a bare comma still are one: "Espanola, New Mexico"; and a list that goes on
    got = _types(HEAD + "The fire reached Espanola, New Mexico on Monday. "
                 "Channels ITV, Channel Four and FIVE will show the appeal.")
    assert got["Espanola"] == "place"
    assert got["Channel Four"] == "organization"


def test_an_agency_named_centre_is_an_organisation_a_building_a_place():
    got = _types(HEAD + "The National Hurricane Center said the storm weakened, according to the Pew Research "
                 "Center. The Southern Poverty Law Center agreed. He spoke at the Kennedy Space Center.")
    assert got["National Hurricane Center"] == got["Pew Research Center"] == "organization"
    assert got["Southern Poverty Law Center"] == "organization"
    assert got["Kennedy Space Center"] == "place"
    # the London Evening Standard, on quarantine lists
    got = _types(HEAD + "The rise caused the Joint Biosecurity Centre to update its advice.")
    assert got["Joint Biosecurity Centre"] == "organization"


def test_a_given_name_that_is_also_a_word_in_a_poll_table():
    got = _types(HEAD + "The poll has: Rudy Giuliani 27%, John McCain 17%, and Mitt Romney 10%. Pat Robertson disagreed.")
    assert got["Mitt Romney"] == got["Pat Robertson"] == "person"


def test_north_korean_at_the_start_of_a_sentence_is_north_korea():
    df = _df(HEAD + "North Korean officials said no. South Korean President Moon Jae-in spoke.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["North Korean"] == "North Korea" and got["South Korean"] == "South Korea"
    assert "Korean" not in got  # it was "Korean" alone, read as South Korea


def test_a_hyphenated_east_asian_given_name_is_part_of_the_name():
    got = _types(HEAD + "Ban Ki-moon spoke. UN Secretary-General Ban Ki-moon said later that Ban was worried. "
                 "Roh Moo-hyun met Yoon Suk-yeol. The Obama-like speech came from a Kabul-born man.")
    assert got["Ban Ki-moon"] == got["Roh Moo-hyun"] == got["Yoon Suk-yeol"] == "person"
    assert "Ban" not in got and "Obama-like" not in got


def test_a_surname_without_its_arabic_article_is_the_same_person():
    df = _df(HEAD + "Ayman al-Zawahiri spoke. Abd al-Rahman was Zawahiri's son-in-law. "
             "Nuri al-Maliki resigned and Maliki left.")
    got = dict(zip(df["surface"], zip(df["actor"], df["type"], strict=True), strict=True))
    assert got["Zawahiri"] == ("Ayman al-Zawahiri", "person")
    assert got["Maliki"] == ("Nuri al-Maliki", "person")


def test_a_forum_is_an_organisation():
    got = _types(HEAD + "Chad Hurley spoke at the World Economic Forum, held in Davos. The British Muslim Forum agreed.")
    assert got["World Economic Forum"] == got["British Muslim Forum"] == "organization"


def test_a_role_noun_and_a_comma_before_a_name_make_a_person():
    got = _types(HEAD + "The tapes were erased by his loyal secretary, Rosemary Woods. "
                 "Giorgio Sacerdoti, Chairman, WTO Appellate Body, spoke.")
    assert got["Rosemary Woods"] == "person"  # 'Woods', a plural noun, made it an organisation
    assert got["WTO Appellate Body"] == "organization"  # a capitalised title in a signature is no role noun


def test_an_institution_whose_field_has_two_parts_is_one_name():
    got = _types(HEAD + "The Department of Health and Human Services said so. The Department for Education and "
                 "Skills agreed. The Senate and House voted.")
    assert got["Department of Health and Human Services"] == "organization"
    assert got["Department for Education and Skills"] == "organization"
    assert not {"Human Services", "Skills", "Senate and House"} & set(got)  # two chambers stay two names


def test_a_title_is_never_split_off_before_and():
    got = _actors(HEAD + "The Department of Justice and Homeland Security officials agreed. "
                  "The Minister of Health and Welfare spoke.")
    assert not any(a.startswith(("and ", "of ")) for a in got)  # was 'and Homeland Security', 'and Welfare'


def test_a_long_name_with_a_particle_is_a_person():
    got = _types(HEAD + "The minister met the President of Brazil, Luiz Inácio Lula da Silva, on Monday. "
                 "The Liberation Tigers of Tamil Eelam declared a truce.")
    assert got["Luiz Inácio Lula da Silva"] == "person"
    assert got["Liberation Tigers of Tamil Eelam"] == "organization"


def test_a_nickname_in_quotes_stays_inside_the_name():
    df = _df(HEAD + 'Rove and Lewis "Scooter" Libby were involved. Libby resigned. '
             "Dwayne “The Rock” Johnson starred. Congolese “Banyamulenge” Tutsis fled.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got['Lewis "Scooter" Libby'] == got["Libby"] == "Lewis Libby"
    assert got["Dwayne “The Rock” Johnson"] == "Dwayne Johnson"
    assert "Congolese “Banyamulenge” Tutsis" not in got  # a demonym is no given name


def test_a_common_noun_and_a_number_are_one_name():
    got = _types(HEAD + "Under Article 5 of the treaty, NATO acts. Voters approved Proposition 98. Barriers "
                 "surround Terminal 4. It aired on Channel 10.")
    assert got["Article 5"] == got["Proposition 98"] == "other"
    assert got["Terminal 4"] == "place" and got["Channel 10"] == "organization"
    assert not {"Article", "Proposition", "Terminal", "Channel"} & set(got)
    got = _actors(HEAD + "The poll gave Trump 47 percent. In Summer 2005 the President 2008 campaign began.")
    assert not any(a[-1].isdigit() for a in got)  # a share, a year: no part of a name


def test_the_acronym_of_a_law_is_the_law_however_often_it_acts():
    text = (HEAD + "Wiretaps were obtained through the Foreign Intelligence Surveillance Act (FISA) of 1978. "
            + " ".join(f"FISA also allows step {i}." for i in range(6)))
    got = _types(text)
    assert got["Foreign Intelligence Surveillance Act"] == "other"  # six lone 'FISA' made it an organisation


def test_a_sentence_opening_word_the_article_also_writes_in_lower_case_is_no_name():
    got = _types(HEAD + "Reindeer actually have thin antlers. These animals are larger than reindeer. "
                 "Unvaccinated people fell ill; most unvaccinated adults recovered. The airport reopened at "
                 "2 p.m. ET. It means Our Land in the Inuktitut language.")
    assert not {"Reindeer", "Unvaccinated", "ET"} & set(got)  # they were organisations
    assert got["Inuktitut"] == "other"  # a language


def test_laws_and_rating_agencies():
    got = _types(HEAD + "Bemba faces charges under the Rome Statute of the ICC. The Emergency Airworthiness "
                 "Directive applies. On Monday Standard & Poor said the S&P rating would fall.")
    assert got["Rome Statute"] == got["Emergency Airworthiness Directive"] == "other"
    assert got["Standard & Poor's"] == "organization"  # 'Standard & Poor' was a person, 'S&P' apart


def test_currencies_laws_named_x_of_y_and_a_lone_jr():
    got = _types(HEAD + "The U.S. Dollar rose against the Brazilian Real. Johnson was impeached over the Tenure "
                 "of Office Act of 1867. Coretta King, wife of Martin Luther King, Jr . has died. "
                 "The Museum of Flight opened.")
    assert got["U.S. Dollar"] == got["Brazilian Real"] == got["Tenure of Office Act"] == "other"
    assert "Jr" not in got and got["Museum of Flight"] == "place"


def test_an_adjective_after_a_place_before_a_common_noun_is_no_part_of_the_name():
    df = _df(HEAD + "Palin was chosen by United States Presidential candidate John McCain. The tension with the U.S. "
             "Federal judiciary grew. The Ontario Provincial Police said nothing.")
    got = dict(zip(df["surface"], df["type"], strict=True))
    assert got["United States"] == got["U.S."] == "place"
    assert got["Ontario Provincial Police"] == "organization"  # a name goes on with a capital
    assert not any("Presidential" in s or "Federal" in s for s in got)


def test_a_place_or_a_person_before_a_possessive_owns_the_body_after_it():
    df = _df(HEAD + "India's Ministry of External Affairs said it would respond. Senator Hillary Clinton met voters. "
             "Clinton's Senate office confirmed it. MoveOn.org and California's Service Employees International "
             "Union backed the bill. The People's Republic of China and the Sierra Leone People's Party "
             "and the Workers' Party and Queen's University are one name each.")
    got = dict(zip(df["surface"], df["type"], strict=True))
    assert got["India"] == got["California"] == "place"
    assert got["Ministry of External Affairs"] == got["Service Employees International Union"] == "organization"
    assert got["Senator Hillary Clinton"] == got["Clinton"] == "person" and got["Senate"] == "organization"
    assert got["MoveOn.org"] == "organization"  # an owner is no member of the list before it
    for name in ("People's Republic of China", "Sierra Leone People's Party", "Workers' Party", "Queen's University"):
        assert name in got, name


def test_a_facility_after_its_kind_is_a_place_and_a_day_number_keeps_its_month():
    got = _types(HEAD + "The plane flew to Gillespie Field airport. Rockets hit the Kandara army base and the Zamzam "
                 "refugee camp. Workers left the Corus steel plant. Dan Keating was born in 1902. On 1 June Keating "
                 "was involved in an ambush.")
    assert got["Gillespie Field"] == got["Kandara"] == got["Zamzam"] == "place"
    nature = _types(HEAD + "Ash rose from the Kilauea volcano. Ice blocked the Angara river near the Varnok glacier.")
    assert nature["Kilauea"] == nature["Angara"] == nature["Varnok"] == "place"
    assert got["Corus"] != "place"  # a firm's plant: the name is the owner's
    assert "June Keating" not in got and got["Dan Keating"] == "person"


def test_company_names_by_their_sector_word_and_their_short_forms():
    df = _df(HEAD + "Kelvora Enterprises bought the chain. Kelvora said profits rose. Shares of Imperial Tobacco fell, "
             "and Silver Spring Networks joined Cingular Wireless at the fair. Gap Inc cut jobs. Analysts said Gap "
             "would close stores.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["Kelvora"] == "Kelvora Enterprises" and got["Gap"] == "Gap Inc"
    assert set(df["type"]) == {"organization"}


def test_a_people_after_a_modifier_is_its_own_group():
    """"African Americans" is a people, and "Americans" alone is not its short form; "Indigenous
    Australians", "Many Iraqis" are people too."""
    df = _df(HEAD + "African Americans voted early. Centrists gave Americans fewer choices. Indigenous Australians "
             "and Many Iraqis were asked.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["Americans"] == "Americans" and got["African Americans"] == "African Americans"
    assert set(df["type"]) == {"person"}


def test_a_library_or_archives_is_an_organisation():
    got = _types(HEAD + "The British Library said it had moved the papers to the National Archives.")
    assert got["British Library"] == got["National Archives"] == "organization"


def test_a_place_then_its_country_are_two_places():
    df = _df(HEAD + "Bush met the prince at his ranch in Crawford , Texas USA Monday. He flew on to Lyon France. "
             "Fishermen in Atlantic Canada and Paris Saint-Germain fans waited.")
    got = dict(zip(df["surface"], df["type"], strict=True))
    assert got["Texas"] == got["USA"] == got["Lyon"] == got["France"] == "place"
    assert "Atlantic Canada" in got and got["Paris Saint-Germain"] == "organization"


def test_a_currency_prefix_before_a_spaced_dollar_sign_is_no_place():
    df = _df(HEAD + "Oil closed at US $86.13 a barrel. Rae's $845 came last. The US sent aid worth $5m.")
    assert df["surface"].tolist() == ["Rae", "US"]  # "Rae's $845" is Rae's; "The US sent" the country


def test_a_code_of_law_is_a_thing_and_keeps_its_field():
    got = _types(HEAD + "The tribunals violate the Uniform Code of Military Justice, and the Texas Election Code "
                 "applies. The Court of Justice ruled.")
    assert got["Uniform Code of Military Justice"] == got["Texas Election Code"] == "other"
    assert got["Court of Justice"] == "organization"


def test_currencies_in_the_plural_are_no_organisations():
    got = _types(HEAD + "The government gave one million Swiss Francs for medicines. Figures are in U.S. Dollars. "
                 "It paid 5 million Hong Kong Dollars. Ann Pound and Peter Franks spoke.")
    assert got["Swiss Francs"] == got["U.S. Dollars"] == got["Hong Kong Dollars"] == "other"
    assert got["Ann Pound"] == got["Peter Franks"] == "person"


def test_a_demonym_before_an_unknown_name_a_filipino_particle_and_currency_codes():
    df = _df(HEAD + "Macedonian Senija Roganovic, who has no insurance, spoke. Arnel dela Vega of the army agreed. "
             "It cost $80 million (NZD). Thai Rak Thai won the vote.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["Macedonian"] == "North Macedonia" and got["Senija Roganovic"] == "Senija Roganovic"
    assert got["Arnel dela Vega"] == "Arnel dela Vega"
    assert "NZD" not in got and got["Thai Rak Thai"] == "Thai Rak Thai"  # a party, not 'Thai' + 'Rak Thai'


def test_a_place_noun_and_a_comma_before_a_name_make_a_place():
    got = _types(HEAD + "The bomb exploded outside the capital city, Sri Jayawardenapura-Kotte, on Monday.")
    assert got["Sri Jayawardenapura-Kotte"] == "place"  # it was a person


def test_a_footnote_mark_after_a_name_is_no_part_of_it():
    got = _actors(HEAD + "The list was compiled by political scientist Boris Shor.3 And the biggest papers agreed. "
                  "Version 3.5 of the software and Web2.0 sites were cited. It cost Rs.2000.")
    assert "Boris Shor" in got and not any(a.startswith(("Boris Shor.", "Rs")) for a in got)
    assert "Rs" not in got


def test_newspapers_and_agencies_are_organisations():
    got = _types(HEAD + "Jill Carroll, working for The Christian Science Monitor, was kidnapped, the Yomiuri Shimbun "
                 "and Deutsche Presse-Agentur reported. Employees of Wal-Mart Canada joined a union. The trial was "
                 "held in Washington's E. Barrett Prettyman Federal Courthouse.")
    assert got["The Christian Science Monitor"] == got["Yomiuri Shimbun"] == "organization"
    assert got["Deutsche Presse-Agentur"] == got["Wal-Mart Canada"] == "organization"
    assert got["E. Barrett Prettyman Federal Courthouse"] == "place"


def test_english_counties_and_deserts_are_places():
    got = _types(HEAD + "The court martial at Bulford Camp, Wiltshire continues. Sharon was returning to his ranch "
                 "in the Negev desert. Daniel Paluh, a Ph.D. candidate, spoke.")
    assert got["Wiltshire"] == got["Negev"] == "place"  # a person, an organisation
    assert "Ph.D" not in got


def test_a_ministers_portfolio_is_no_person():
    got = _types(HEAD + "The Minister for Employment and Workplace Relations, Kevin Andrews, agreed. The Australian "
                 "Minister for Jobs said so. Lorne Craner, Assistant Secretary of State for Democracy, spoke. "
                 "The Minister of Finance Paul Martin and Secretary of State Hillary Clinton met.")
    assert not {"Employment", "Jobs", "Democracy"} & set(got)  # they were people
    assert got["Kevin Andrews"] == got["Paul Martin"] == got["Hillary Clinton"] == "person"


def test_a_town_north_of_the_capital_and_the_euro():
    got = _types(HEAD + "A civilian was injured by a bomb in Tuz Khurmatu, north of the capital. The dollar traded "
                 "at 1.44 versus the Euro.")
    assert got["Tuz Khurmatu"] == "place" and got["Euro"] == "other"  # a person, an organisation


def test_overseas_territories_and_harbours_are_places():
    got = _types(HEAD + "The storm travelled to Guadeloupe and Martinique. The ship was refused admission to Weipa "
                 "harbour at 11 a.m. (NZST).")
    assert got["Guadeloupe"] == got["Martinique"] == got["Weipa"] == "place"  # they were organisations
    assert "NZST" not in got


def test_the_body_a_director_leads_and_a_gunnery_sergeant():
    got = _types(HEAD + "The director of Gate Gourmet, Richard Wells, denied it. Gunnery Sergeant Brian Lancioni "
                 "spoke. Turkey's Disaster and Emergency Management Presidency reported the quake.")
    assert got["Gate Gourmet"] == "organization" and got["Brian Lancioni"] == "person"
    assert "Gunnery" not in got and got["Turkey"] == "place"


def test_spacecraft_and_aircraft_by_the_noun_after_them():
    got = _types(HEAD + "K2-18b was first identified by the Kepler space telescope. A Cessna aircraft crashed; an "
                 "Air India Express jet landed safely. Eight Indians were arrested in the southern state of "
                 "Catarina. Products worth 50,000,000 CZK were seized.")
    assert got["Kepler"] == got["Cessna"] == "product"
    assert got["Air India Express"] == "organization"  # the airline, not its plane
    assert got["Catarina"] == "place" and "CZK" not in got


def test_a_category_label_run_into_the_first_sentence():
    got = _types(HEAD + "Sri Lanka A bus bombing in Sri Lanka has killed 30. Group A teams played.")
    assert got["Sri Lanka"] == "place" and "Sri Lanka A" not in got  # was an organisation
    assert "Group A" in got


def test_a_surname_that_is_a_holiday_and_taiwans_yuan():
    got = _types(HEAD + "Former vice-president Taha Yasin Ramadan was hanged. During Ramadan, Muslims fast. "
                 "The Legislative Yuan debated three bills.")
    assert got["Taha Yasin Ramadan"] == "person" and got["Ramadan"] == "other"
    assert got["Legislative Yuan"] == "organization"


def test_headline_cased_common_words_are_no_person_and_short_given_names_are():
    got = _types(HEAD + "Protesters used the International Day of Action on Climate Change to march. The State Visit "
                 "was cancelled. Al Gore and Don Imus spoke; Roy Keane agreed.")
    assert got["Climate Change"] == got["State Visit"] == "other"  # both were people
    assert got["Al Gore"] == got["Don Imus"] == got["Roy Keane"] == "person"
    got = _types(HEAD + "“I am standing on the shoulders of my favorite actor - Heath Ledger,” Phoenix said on Sunday.")
    assert got["Heath Ledger"] == "person"  # "Heath" and "Ledger" are words, but "Heath" is a given name too


def test_a_journal_something_is_published_in_is_a_work():
    got = _types(HEAD + "The study was published in Nature Astronomy on Monday. The book was published in Tbilisi.")
    assert got["Nature Astronomy"] == "work"  # was a place ("in X")
    assert got["Tbilisi"] == "place"  # a known place stays one


def test_no_name_inside_a_web_or_email_address():
    got = _types(HEAD + "The exchange lists it (see http://www.example.ie/index.asp?locID=421&docID=-1 Irish "
                 "Enterprise Exchange). Visit www.BigSite.com/News or write to John.Smith@Example.org today. "
                 "Sites such as Gawker.com kept the video.")
    assert not {"locID", "News", "John.Smith", "Example.org", "BigSite.com"} & set(got)
    assert "Irish Enterprise Exchange" in got and "Gawker.com" in got  # a link's label and a bare domain stay


def test_a_crown_prince_and_his_royal_highness_are_titles():
    got = _types(HEAD + "He met the Saudi Crown Prince. Crown Prince Abdullah spoke. The event was opened by HRH The "
                 "Prince of Wales; HRH Prince Philip attended.")
    assert "Saudi Crown" not in got and "HRH" not in got and "HRH The" not in got  # a person, organisations
    assert got["Abdullah"] == got["Philip"] == "person" and got["Wales"] == "place"


def test_common_american_given_names_make_people():
    got = _types(HEAD + "Conrad Burns won 203,091 votes. Keisha Lance Bottoms and Maxine Waters spoke. Hurricane "
                 "Katrina hit in 2005; Katrina flooded the city. A Tory backbencher objected.")
    assert got["Conrad Burns"] == got["Keisha Lance Bottoms"] == got["Maxine Waters"] == "person"  # organisations
    assert got["Hurricane Katrina"] == "event" and got.get("Tory") != "person"


def test_a_portfolio_between_a_title_and_a_name_and_a_unanimous_list():
    got = _types(HEAD + "European Commissioner for Competition Neelie Kroes said the Commission was pleased. The "
                 "UN High Commissioner for Human Rights Louise Arbour agreed. Flights link Fukuoka, Sendai, Seoul, "
                 "Brisbane, Papeete, and Pago Pago with Tokyo.")
    assert got["Neelie Kroes"] == got["Louise Arbour"] == "person"  # were "Competition Neelie Kroes" ...
    assert got["Pago Pago"] == "place"  # was a person: the shape of a name, against five places


def test_a_party_member_before_a_name_two_word_parties():
    got = _types(HEAD + "The deal was negotiated by Social Democrat Gerhard Schröder and Christian Democrat Angela "
                 "Merkel. Liberal Democrat John Thurso objected.")
    assert got["Gerhard Schröder"] == got["Angela Merkel"] == got["John Thurso"] == "person"  # one was an organisation
    assert got["Social Democrats"] == got["Christian Democrats"] == got["Liberal Democrats"] == "organization"


def test_institutions_of_a_and_b_a_plurals_possessive_and_chief_officers():
    got = _types(HEAD + "He criticised the National Institute of Allergy and Infectious Diseases director Anthony "
                 "Fauci. The former director of the United States' Centers for Disease Control and Prevention agreed. "
                 "The former Chief Operating Officer, Tim Cook, spoke. Senators left for Veterans' Day.")
    assert got["National Institute of Allergy and Infectious Diseases"] == "organization"  # was split in two
    assert got["Centers for Disease Control and Prevention"] == "organization"  # was "Disease Control", "Prevention"
    assert not {"Infectious Diseases", "Operating", "Day"} & set(got) and got["Tim Cook"] == "person"
    got = _types(HEAD + "A prison official said 'the prison is not fit for high-risk offenders' By James Whittaker - May 4.")
    assert "James Whittaker" in got and "By James Whittaker" not in got  # a closing quote, no possessive


def test_a_capitalised_adjective_of_race_is_no_actor_and_keeps_off_a_surname():
    got = _df(HEAD + "Conrad Black was convicted. Black said he was innocent. Nadia Mohamed becomes the first Black "
              "mayor of the city. Black voters backed her.")
    rows = dict(zip(got["start"], zip(got["actor"], got["type"], strict=True), strict=True))
    text = HEAD + "Conrad Black was convicted. Black said he was innocent. Nadia Mohamed becomes the first Black"
    assert rows[text.rindex("Black")] == ("Black", "other")  # was a place
    assert rows[text.index("Black said")] == ("Conrad Black", "person")


def test_a_surname_before_campaign_or_family_is_a_person():
    got = _types(HEAD + "The Biden campaign’s pledge is to reach 100 percent clean power. The Bancroft family sold "
                 "the paper. The Malayan campaign ended in 1942.")
    assert got["Biden"] == got["Bancroft"] == "person"  # an organisation, other
    assert got.get("Malayan") != "person"


def test_a_town_in_a_named_region_is_a_place():
    got = _types(HEAD + "Cheorwon in Gangwon Province claimed the coldest temperature. Tourists troop to Kogelo in "
                 "Nyanza province to visit the family home.")
    assert got["Cheorwon"] == got["Kogelo"] == "place"  # both were organisations


def test_wiki_file_names_lettered_categories_airlines_and_dailies():
    got = _types(HEAD + "Cannabis was reclassified as a Class C drug. The plane belonged to Air Nippon. The student "
                 "newspaper The Daily Illini republished it. Protesters met on the Elmwood Strip.\n\nGallery: "
                 "File:Elmwood Protest11.jpg File:Elmwood Cart.jpg\n\nSenator Kamala Harris Image: Gage Skidmore")
    assert got["Class C"] == "other" and got["Air Nippon"] == got["Daily Illini"] == "organization"  # all people
    assert got["Elmwood Strip"] == "place" and not [a for a in got if ".jpg" in a or a.endswith((" File", " Image"))]
    assert got["Kamala Harris"] == "person"


def test_a_court_case_is_one_name_and_no_actor():
    got = _types(HEAD + "Asked about the Kelo v. New London ruling, he declined. The court overturned Roe v. Wade "
                 "last year.")
    assert got == {"Kelo v. New London": "other", "Roe v. Wade": "other"}  # were Kelo, London (places) and Roe


def test_a_capitalised_common_noun_with_no_cue_is_no_organisation():
    got = _types(HEAD + "Fans dressed as Tiana from The Princess and the Frog. The group praised the Reconciliation "
                 "plan. Analysts are not worried, the Opposition said, and the Legislature met.")
    assert got.get("Frog") == "other" and got.get("Reconciliation") == "other"  # were organisations
    assert got.get("Opposition") == "organization" and got.get("Legislature") == "organization"


def test_labor_and_the_diet_are_known_organisations():
    df = _df(HEAD + "Labor will win the election. The motion was debated at the Diet on Tuesday.")
    assert dict(zip(df["surface"], zip(df["actor"], df["type"], strict=True), strict=True)) == {
        "Labor": ("Labor Party", "organization"), "Diet": ("National Diet", "organization")}


@pytest.mark.parametrize("first", ["Peter", "Sally", "Frank", "Jack"])
def test_a_given_name_that_is_also_a_verb_opens_a_sentence_before_a_surname_that_is_a_word(first):
    # "peter (out)", "sally", "frank", "jack" are words, and so are "Marks" and "Hunt"
    df = _df(HEAD + f"The deal was signed. {first} Marks, chief executive of the group, said it was good news.")
    assert set(df["actor"]) == {f"{first} Marks"}
    assert set(df["type"]) == {"person"}


def test_a_genus_before_its_latin_species_name_is_no_actor():
    got = _types(HEAD + "The team used Formica fusca, an ant species. Some ants caught Beauveria bassiana, a fungus. "
                 "Dexia specialises in loans.")
    assert got == {"Formica": "other", "Beauveria": "other", "Dexia": "organization"}  # "specialises": English


def test_a_storm_named_at_the_start_of_a_sentence_keeps_its_storm_word():
    got = _types(HEAD + "Typhoon Haiyan hit the coast on Friday. Hurricane Sandy struck a year earlier.")
    assert got == {"Typhoon Haiyan": "event", "Hurricane Sandy": "event"}  # were "Haiyan", an organisation


def test_names_listed_after_a_group_noun_share_its_type_even_when_one_is_a_word():
    got = _types(HEAD + "Small firms such as Kelvora and Drumlin have struggled.")
    assert got == {"Kelvora": "organization", "Drumlin": "organization"}  # "drumlin" is a common noun


def test_a_capital_after_of_does_not_act_the_title_holder_does():
    got = _types(HEAD + "The Mayor of London said the roads were open. The government of Chad responded. "
                 "Moscow said no.")
    assert got == {"London": "place", "Chad": "place", "Moscow": "organization"}  # were all organisations


def test_a_given_name_and_a_regnal_number_is_a_person():
    got = _types(HEAD + "Louis XIV built the palace. Thomas Luce III spoke. The Agni III missile flew.")
    assert got["Louis XIV"] == "person" and got["Thomas Luce III"] == "person"
    assert got["Agni III"] != "person"


def test_a_noble_title_of_a_place_is_the_title_holder():
    got = _types(HEAD + "The Duke of Edinburgh arrived. The Sultan of Brunei said it. He won the Duke of Edinburgh Award.")
    assert got == {"Duke of Edinburgh": "person", "Sultan of Brunei": "person", "Duke of Edinburgh Award": "other"}


def test_a_title_holder_of_a_place_names_the_place_inside():
    df = actors(load_article(HEAD + "The Duke of Edinburgh arrived in Leith."), nested=True)
    assert list(zip(df["actor"], df["type"], df["nested"], strict=True)) == [
        ("Duke of Edinburgh", "person", False), ("Edinburgh", "place", True), ("Leith", "place", False)]


def test_a_one_word_name_written_after_the_is_no_person_on_a_weak_cue():
    got = _types(HEAD + "The Mets won again. Last week the Mets said they would play.")
    assert got == {"Mets": "organization"}  # "the Mets said" made a person


def test_the_surname_before_a_possessive_noun_is_the_person():
    df = _df(HEAD + "Prime Minister John Howard spoke. Critics attacked the Howard government's record.")
    assert set(df["actor"]) == {"John Howard"}


def test_a_brand_in_lower_camel_case_is_no_person():
    got = _types(HEAD + "The English wikiHow has only 60 admins. Apple sold the iPod Classic for years.")
    assert got["English wikiHow"] != "person" and got["iPod Classic"] != "person"
    assert _types(HEAD + "Bashar al-Assad spoke on Monday.") == {"Bashar al-Assad": "person"}


def test_the_channel_alone_is_the_english_channel():
    assert _types(HEAD + "Migrants crossed the Channel in small boats, the BBC reported.") == {
        "English Channel": "place", "BBC": "organization"}
    assert _types(HEAD + "He watched Channel 4 and the History Channel.") == {
        "Channel 4": "organization", "History Channel": "organization"}


def test_an_adverb_opening_a_sentence_is_no_name_and_the_capital_the_opens_a_publication():
    got = _types(HEAD + "Rhetorically, she championed the right. Unsurprisingly, it failed. He told The Intercept "
                 "on Monday.")
    assert got == {"Intercept": "organization"}  # were "Rhetorically", "Unsurprisingly" (organisations), "Intercept" (other)


def test_languages_and_musical_works_are_no_actors():
    got = _types(HEAD + "He learned Latin and Hebrew, and the sign was in Arabic and Farsi. The orchestra played "
                 "his Cello Concerto and the Moonlight Sonata.")
    assert got == {"Latin": "other", "Hebrew": "other", "Arabic": "other", "Farsi": "other",
                   "Cello Concerto": "work", "Moonlight Sonata": "work"}  # were organisations, places, people


def test_the_storm_alone_and_the_people_of_a_place():
    got = _types(HEAD + "Once Cyclone Phailin comes ashore it will weaken. Yes, the Cyclone is almost certain to lose "
                 "strength. Chicagoans were told to stay home, and Gazans fled.")
    assert got == {"Cyclone Phailin": "event", "Cyclone": "event", "Chicagoans": "person", "Gazans": "person"}


def test_a_surname_that_is_a_word_stays_a_name_where_the_article_writes_the_word():
    text = (HEAD + "It was a major change and a long job hunt. The Tories replaced her with John Major. When Major "
            "was elected, he won. As Major himself noted, \u201c1992 killed socialism.\u201d Sally Hunt spoke. "
            "Hunt said no.")
    df = _df(text)
    assert list(df["actor"]) == ["Conservative Party", "John Major", "John Major", "John Major", "Sally Hunt",
                                 "Sally Hunt"]
    assert quotes(load_article(text))["speaker"].tolist() == ["John Major"]


def test_chief_of_staff_and_chancellor_of_the_exchequer_are_titles():
    got = _types(HEAD + "White House Chief of Staff Mark Meadows said it. The discs were lost, said Chancellor of the "
                 "Exchequer Alistair Darling. He met Lewis Libby, the deputy Chief of Staff for the U.S. Vice-President "
                 "Dick Cheney.")
    assert got == {"White House": "organization", "Mark Meadows": "person", "Alistair Darling": "person",
                   "Lewis Libby": "person", "United States": "place", "Dick Cheney": "person"}


def test_research_firms_squares_and_resistance_movements():
    got = _types(HEAD + "Daniel Ernst, with Hudson Square Research, remarked on it. A bomb was found in the Plaza de "
                 "España. The Islamic Resistance announced it. The Defence Research and Development Organisation "
                 "tested a missile.")
    assert got == {"Daniel Ernst": "person", "Hudson Square Research": "organization", "Plaza de España": "place",
                   "Islamic Resistance": "organization", "Defence Research and Development Organisation": "organization"}


def test_a_conference_of_members_is_a_body_not_a_meeting():
    got = _types(HEAD + "According to the National Conference of State Legislatures, the party won. The Munich "
                 "Security Conference began on Friday.")
    assert got == {"National Conference of State Legislatures": "organization", "Munich Security Conference": "other"}


def test_a_broadcaster_before_its_reporter_a_street_side_and_an_oil_company():
    got = _types(HEAD + "\u201cWe are hearing it,\u201d said CTV reporter Joel Bowey. Finnish company Neste Oil "
                 "announced it. The ticket was bought on Eglinton Avenue East. The UN's Oil-for-Food programme ended.")
    assert got["CTV"] == "organization" and got["Joel Bowey"] == "person"  # "said CTV" made a person
    assert got["Neste Oil"] == "organization" and got["Eglinton Avenue East"] == "place"
    assert got["United Nations"] == "organization"  # not "UN's Oil"


def test_a_language_is_not_its_country():
    """"in English", "Spanish language", "speak Danish", "Persian speakers" name a language: no
    England, Spain, Denmark or Persia; "in Iraqi waters" and "in English football" still do."""
    text = (HEAD + 'She told a guard, in French and English, "they raped me". The forms must be completed in '
            "English. The Spanish language edition was printed. Nobody hires you if you don't speak Danish. "
            "Persian speakers can use the tool, known in English as the door. The rigs stayed in Iraqi waters. "
            "He grew up in English football.")
    df = _df(text)
    assert set(df["actor"]) == {"Iraq", "England"}
    assert df.loc[df["actor"] == "England", "surface"].tolist() == ["English"]  # "English football" only
    assert df["adjectival"].all()
    assert text.index("English football") == df.loc[df["actor"] == "England", "start"].iloc[0]


def test_a_centre_for_two_fields_is_one_institution():
    got = _types(HEAD + "Figures from the European Centre for Disease Prevention and Control revealed a surge. The "
                 "Center for Strategic and International Studies said so. The Center for Biological Diversity and "
                 "Center for Food Safety sued. The Kennedy Center and Broadway were shut.")
    assert got["European Centre for Disease Prevention and Control"] == "organization"
    assert got["Center for Strategic and International Studies"] == "organization"
    assert {"Center for Biological Diversity", "Center for Food Safety", "Kennedy Center"} <= set(got)
    assert "Control" not in got and "International Studies" not in got


def test_languages_other_than_english():
    assert _actors(HEAD + "Most articles are in languages other than English, the editors said.") == set()


def test_a_title_case_line_in_the_body_is_read_as_a_headline():
    """A subheading or a link to another story, every word capitalised: no "Will Win" person, no
    "Parties Or Voters Choose Presidential Nominees" organisation; names in it still count."""
    text = (HEAD + "Joe Biden leads the field.\n\n[Our Latest Forecast: Who Will Win The 2020 Democratic Primary?]\n\n"
            "Do Parties Or Voters Choose Presidential Nominees?\n\nWhy Joe Biden Is Ahead In The Polls\n\n"
            "The party elite has not decided.")
    got = _types(text)
    assert "Will Win" not in got and "Latest Forecast" not in got
    assert not any("Nominees" in a for a in got)
    assert got["Joe Biden"] == "person"
    assert (_df(text)["actor"] == "Joe Biden").sum() == 2


def test_tribal_nations_are_organisations_and_handles_are_no_names():
    text = (HEAD + "She served the Nooksack Indian Tribe, the Upper Skagit Indian Tribe, and the Lummi Nation. The "
            "president of the Quinault Indian Nation spoke. It is historic.\n\n— Seth Goldstein (@Rabbi_360) "
            "January 7, 2020\n\nShe is the first state justice of Native American heritage. "
            "pic.twitter.com/CIHDX5qmux\n\nThe Crow Tribe agreed.")
    got = _types(text)
    for name in ("Nooksack Indian Tribe", "Upper Skagit Indian Tribe", "Lummi Nation", "Quinault Indian Nation", "Crow Tribe"):
        assert got[name] == "organization", name
    assert got["Seth Goldstein"] == "person"
    assert not any("Rabbi_360" in a or "CIHDX5qmux" in a for a in got)


def test_a_firms_national_branch_is_an_organisation():
    got = _types(HEAD + "Semicon Taiwan drew 40,000 visitors. The aircraft were serviced by the same technicians as "
                 "Garuda Indonesia, he said. Clivenden Sudan had a high level of expertise. Michael Jordan and "
                 "Nikki Holland watched.")
    assert got["Semicon Taiwan"] == got["Garuda Indonesia"] == got["Clivenden Sudan"] == "organization"
    assert got["Michael Jordan"] == got["Nikki Holland"] == "person"  # a given name first; a surname country


def test_named_days_are_one_name():
    got = _types(HEAD + "Voters in 14 states cast ballots on Super Tuesday. The Good Friday Agreement was signed. "
                 "Bloody Sunday was remembered. Shops opened on Black Friday. She flew to Paris on Tuesday.")
    assert got == {"Super Tuesday": "other", "Good Friday Agreement": "other", "Bloody Sunday": "other",
                   "Black Friday": "other", "Paris": "place"}


def test_airlines_named_air_are_organisations_and_a_product_opens_no_institution():
    text = (HEAD + "Adam Air corporate communications head Danke Dradjat spoke. \u201cWe managed to get back our "
            "passengers,\u201d he said. Korean Air and Mahan Air flew. He praised the iPad and MacBook Air. The rocket "
            "went to the National Air and Space Museum.")
    got = _types(text)
    assert got["Adam Air"] == got["Korean Air"] == got["Mahan Air"] == "organization"
    assert got["iPad"] == "product" and "iPad and MacBook Air" not in got
    assert got["National Air and Space Museum"] == "place"
    assert quotes(load_article(text))["speaker"].tolist() == ["Danke Dradjat"]


def test_a_country_possessive_after_a_comma_is_an_apposition_not_a_region():
    got = _types(HEAD + "Adel Abdul Mahdi, Iraq's Finance Minister, said that the plan worked. "
                 "The Channel Tunnel was closed. Clearwater, Florida is warm.")
    assert got["Adel Abdul Mahdi"] == "person"
    assert got["Channel Tunnel"] == got["Clearwater"] == "place"


def test_an_unknown_name_holding_of_the_is_no_person():
    got = _types(HEAD + "He already has a bestseller: 1987's The Art of the Deal. He signed the Law of the Sea "
                 "treaty and the Code of Conduct.")
    assert got == {"Art of the Deal": "other", "Law of the Sea": "other", "Code of Conduct": "other"}


def test_a_credit_label_ends_no_name():
    assert _actors(HEAD + "Most inmates are classed as Category B. Photo: Alvaro Serey. The prison is old.") == set()


def test_share_bars_and_link_blocks_are_no_names():
    got = _actors(HEAD + "By James Whittaker - May 4, 2022 Share Facebook Twitter WhatsApp Email Telegram A senior "
                  "official spoke. Related Videos Related articlesMore from author. Facebook and Twitter removed it.")
    assert got == {"James Whittaker", "Facebook", "Twitter"}


def test_a_category_label_run_into_the_first_sentence_is_cut_at_the():
    got = _types("United Kingdom The UK Parliament voted on Tuesday. It was close.")
    assert got == {"United Kingdom": "place", "UK Parliament": "organization"}
    assert _types("Germanelection2005 The German Chancellor, Gerhard Schröder, lost a vote.")["Gerhard Schröder"] == "person"
    assert not any("Germanelection2005" in a for a in _actors("Germanelection2005 The German Chancellor, Gerhard "
                                                              "Schröder, lost a vote."))
    assert "Save The Children" in _actors(HEAD + "The charity Save The Children said so.")


def test_category_tags_and_hashtags_with_a_year_are_no_names():
    got = _actors("OntarioProvincialElection2007 Marija Minic is running for the Green Party. Fans wrote TRUMP2020.")
    assert "OntarioProvincialElection2007" not in got and "TRUMP2020" not in got and "Marija Minic" in got


def test_a_rank_word_that_opens_a_league_is_no_title():
    got = _types(HEAD + "Major League Soccer announced a new team. Holt was chosen in the 2009 Major League Baseball "
                 "Draft. Captain Sun Li and Major Tom Smith spoke. The General Assembly met.")
    assert got["Major League Soccer"] == got["Major League Baseball Draft"] == got["General Assembly"] == "organization"
    assert got["Sun Li"] == got["Tom Smith"] == "person"  # "Sun" is also a surname


def test_a_name_led_by_a_nationality_is_no_person_unless_it_names_people():
    got = _types(HEAD + "Data is gathered from the British National Corpus. He spoke American English. The Spanish Flu "
                 "killed millions. Holt was the MVP of the Eastern League All-Star Game. Turkish Cypriots voted, and "
                 "so did Indian Muslims. German Chavez scored. Ban Ki-moon spoke.")
    assert got["British National Corpus"] == got["American English"] == got["Spanish Flu"] == "other"
    assert got["Eastern League All-Star Game"] != "person"  # "All-Star" is an English word, no name syllable
    assert got["Turkish Cypriots"] == got["Indian Muslims"] == "person"  # a people
    assert got["German Chavez"] == got["Ban Ki-moon"] == "person"  # a given name; a syllable name


def test_a_foreign_head_word_after_an_adjective_and_the_people_of_a_place():
    got = _types(HEAD + "He studied at the Vrije Universiteit Amsterdam. Londoners and Icelanders voted.")
    assert got["Vrije Universiteit Amsterdam"] == "organization"
    assert got["Londoners"] == got["Icelanders"] == "person"


def test_an_office_after_a_company_is_no_surname():
    got = _types(HEAD + "Ticketmaster President and CEO Sean Moriarty spoke. Ticketmaster sells tickets. Gayle King "
                 "and Prime Minister Hun Sen spoke. Khalid Sheikh Mohammed was charged.")
    assert got["Ticketmaster"] == "organization" and "Ticketmaster President" not in got
    assert got["Sean Moriarty"] == got["Gayle King"] == got["Hun Sen"] == "person"  # "King", "Sen": not offices here
    assert got["Khalid Sheikh Mohammed"] == "person"  # "Sheikh" after a given name is part of the name


def test_the_fields_of_one_body_joined_by_and():
    got = _types(HEAD + "He chairs the Senate Homeland Security and Governmental Affairs Committee. The Fish and "
                 "Wildlife Service agreed. The State Peace and Development Council ruled. The Federal Reserve and "
                 "Treasury Department acted. The House and Senate Intelligence Committee met.")
    assert got["Senate Homeland Security and Governmental Affairs Committee"] == "organization"
    assert got["Fish and Wildlife Service"] == got["State Peace and Development Council"] == "organization"
    assert "Federal Reserve" in got and "Treasury Department" in got  # two bodies
    assert "Senate Intelligence Committee" in got


def test_a_centre_after_and_is_a_second_body():
    got = _actors(HEAD + "Scientists from the University of Washington and Center for Ecosystem Sentinels examined it. "
                  "The Institute of Volcanology and Seismology agreed.")
    assert {"University of Washington", "Center for Ecosystem Sentinels", "Institute of Volcanology and Seismology"} <= got


def test_two_bodies_joined_by_and_stay_two():
    got = _actors(HEAD + "NBC Universal and Paramount Pictures signed. DirecTV and XM Satellite Radio merged. Setanta "
                  "Golf and Setanta Sports News closed. The Democratic and Republican Party met. Nippon Yusen K.K. and "
                  "Nippon Oil Corp agreed. The U.S. Food and Drug Administration and the Social Democratic and Labour "
                  "Party spoke.")
    assert {"NBC Universal", "Paramount Pictures", "DirecTV", "XM Satellite Radio", "Setanta Sports News",
            "Republican Party", "Nippon Yusen K.K.", "Nippon Oil Corp"} <= got
    assert {"Food and Drug Administration", "Social Democratic and Labour Party"} <= got  # one body each (the known
    # American body: "U.S." in front names it too)


def test_letters_after_a_name_are_no_part_of_it():
    got = _types(HEAD + "Julian Burnside QC represented him. Dame Judi Dench OBE spoke. Sarah Jones MP voted. Later "
                 "Mr Burnside said more.")
    assert got["Julian Burnside"] == got["Judi Dench"] == got["Sarah Jones"] == "person"
    assert "Julian Burnside QC" not in got and "Burnside" not in got  # one actor


def test_an_interviews_turn_labels_are_its_speakers():
    text = (HEAD + "David Shankbone sat down with Evan Wolfson.\n'''DS: You are one of the leaders of the movement— "
            ":'''EW:''' —marriage. Not gay marriage.\nDS: Why?\nEW: Because.\nBBC: The report.")
    df = actors(load_article(text))
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["DS"] == "David Shankbone" and got["EW"] == "Evan Wolfson"
    assert set(df[df["surface"] == "DS"]["type"]) == {"person"}
    assert got["BBC"] == "BBC"  # no person with those initials: left as it was


def test_a_group_noun_before_a_name_and_an_incident_after_it():
    got = _types(HEAD + "The villa belongs to the Catholic organisation Opus Dei. Peter Iseley of worldwide victim group "
                 "Ending Clergy Abuse spoke. Trump spoke about the far right organization Proud Boys. He defended the "
                 "dissidents of the Kaohsiung Incident. The Contra Affair followed.")
    assert got["Opus Dei"] == got["Ending Clergy Abuse"] == got["Proud Boys"] == "organization"
    assert got["Kaohsiung Incident"] == got["Contra Affair"] == "event"
    assert got["Peter Iseley"] == "person"


def test_a_plural_acronym_of_things_ends_no_persons_name():
    got = _types(HEAD + "Servers with Itanium CPUs are no longer promoted on Dell's websites. Tory MPs voted.")
    assert got["Itanium CPUs"] != "person"
    assert got["Tory MPs"] == "person"  # a group of people


def test_a_name_that_an_acronym_in_brackets_defines_is_one_name():
    text = (HEAD + "Citizens for Responsibility and Ethics in Washington (CREW), a watchdog group, released a report. "
            "The Organisation for Security and Co-operation in Europe (OSCE) sent observers. The Asia-Pacific Economic "
            "Cooperation (APEC) met. He studied the General Agreement on Tariffs and Trade (GATT). The Australian "
            "Communications and Media Authority (ACMA) ruled, and ACMA later fined the station.")
    df = actors(load_article(text))
    got = dict(zip(df["surface"], df["actor"], strict=False))
    assert got["Citizens for Responsibility and Ethics in Washington (CREW)"] \
        == "Citizens for Responsibility and Ethics in Washington"
    assert "Organisation for Security and Co-operation in Europe (OSCE)" in got
    assert got["Asia-Pacific Economic Cooperation (APEC)"] == "Asia-Pacific Economic Cooperation"
    assert got["General Agreement on Tariffs and Trade (GATT)"] == "General Agreement on Tariffs and Trade"  # no title
    assert got["ACMA"] == "Australian Communications and Media Authority"  # the acronym's later mentions
    assert not {"Responsibility", "Ethics", "Washington", "Europe", "Media Authority"} & set(df["actor"])


def test_an_acronym_defined_in_the_text_beats_the_gazetteers_and_a_thing_stays_a_thing():
    got = _types(HEAD + "The Armed Forces of the Philippines (AFP) said so. Later the AFP attacked. Birds are protected "
                 "under the Japan-Australia Migratory Bird Agreement (JAMBA). She received the Queen’s Service Medal "
                 "(QSM). The All Party Hurriyat Conference (APHC) met.")
    assert got["Armed Forces of the Philippines"] == "organization" and "Agence France-Presse" not in got
    assert got["Japan-Australia Migratory Bird Agreement"] == got["Queen’s Service Medal"] == "other"
    assert got["All Party Hurriyat Conference"] == "organization"


def test_a_title_after_a_defined_acronym_belongs_to_the_person():
    text = (HEAD + "According to Australians for Native Title and Reconciliation (ANTaR) National Director David "
            "Cooper, \"We fully expect the committee to act.\" The Bloc Québécois (BQ) Leader Gilles Duceppe spoke. "
            "We drove them back. The UN High Commissioner for Refugees (UNHCR) has said so.")
    art = load_article(text)
    df = actors(art)
    got = dict(zip(df["surface"], df["actor"], strict=False))
    assert got["Bloc Québécois (BQ)"] == "Bloc Québécois" and got["Leader Gilles Duceppe"] == "Gilles Duceppe"
    assert "UNHCR" in got  # its capitals do not spell "UN High Commissioner for Refugees": left alone
    assert quotes(art)["speaker"].tolist() == ["David Cooper"]


def test_a_plural_place_noun_before_names_makes_them_places():
    got = _types(HEAD + "Three mass graves were found in the provinces of Bubanza and Kayanza. The three southernmost "
                 "provinces, Narathiwat, Pattani and Yala, face violence. The blue-collar cities of Bathurst and Orange "
                 "were moved.")
    assert got["Bubanza"] == got["Narathiwat"] == got["Bathurst"] == "place"


def test_a_currency_prefix_and_capitalised_function_words_are_no_names():
    got = _types(HEAD + "Italy agreed to pay Libya US$ 5 billion. Flugge was paid almost AU$ 1,000,000 by the board. "
                 "An IT worker went on strike. :'''CALLING ON CONGRESS TO INITIATE PROCEEDINGS AGAINST PRESIDENT BUSH''' "
                 ":''WHEREAS, the memo shows that Bush lied; A spokesperson for Nancy Pelosi (D-CA) said so.")
    assert {"United States", "Libya US", "African Union", "IT", "AGAINST", "WHEREAS"}.isdisjoint(got)
    assert got["Libya"] == "place" and got["California"] == "place"  # a member of Congress's state
    # an abbreviation written without its dots (a Wikinews interview: "Eg. this summer we have had …")
    got = _actors(HEAD + "'''What should be the first order of business for the 39th legislative Assembly?''' : "
                         "Climate change is a fact and we see it in many of the everyday events. Eg. this summer we "
                         "have had the same amount of rainfall as usual.")
    assert "Eg" not in got


def test_a_companys_legal_form_after_a_comma_makes_it_an_organisation():
    got = _types(HEAD + "He sat on the board of office supply giant, Staples, Inc. in 2004. She had been a board member "
                 "of Caterpillar, Inc., who works in the same building.")
    assert got["Staples"] == got["Caterpillar"] == "organization"


def test_a_region_or_a_known_city_inside_a_name_makes_no_person():
    got = _types(HEAD + "Jo Swinson was defeated in Dunbartonshire East by an SNP candidate. Troops entered North "
                 "Waziristan. Expos were smaller than Macworld San Francisco. The Leningrad Metal Works closed.")
    assert got["Dunbartonshire East"] == got["North Waziristan"] == "place"
    assert got["Macworld San Francisco"] != "person" and got["Leningrad Metal Works"] == "organization"
    assert got["Jo Swinson"] == "person"


def test_the_people_of_a_two_word_place_are_people():
    got = _types(HEAD + "Many New Yorkers were told to stay home, and many New Zealanders and Central Americans agreed. "
                 "Protesters from Extinction Rebellion blocked roads. New Orleans Saints fans cheered.")
    assert got["New Yorkers"] == got["New Zealanders"] == got["Central Americans"] == "person"
    assert got["Extinction Rebellion"] == got["New Orleans Saints"] == "organization"


def test_table_markup_left_in_a_text_names_nobody():
    text = (HEAD + 'Results: {| class="wikitable" |- | id="LaborLabel" width="33%" style="background:#FFFFFF" | Labor '
            'Party | id="Democratic Unionist Party" style="background:#D46A4C" | 9 |} <div style="font-family:Georgia, '
            'arial; color:#555;">Quote</div> The #MeToo movement grew.')
    got = _actors(text)
    assert {"LaborLabel", "FFFFFF", "D46A4C", "Georgia", "Democratic Unionist Party"}.isdisjoint(got)
    assert "Labor Party" in got


def test_the_sun_in_a_story_about_space_is_no_newspaper():
    got = _types(HEAD + "The star is young; in contrast, the Sun is 4.6 billion years old. One astronomical unit is the "
                 "distance between the Sun and the Earth. The planet orbits its star.")
    assert got["Sun"] == "place" == got["Earth"]
    assert _types(HEAD + "The story ran in the Sun on Monday. The Sun reported it.")["Sun"] == "organization"


def test_a_constellation_and_a_telescope_named_after_a_person_are_no_people():
    got = _types(HEAD + "K2-18b orbits a red dwarf star in the constellation Leo, about 110 light years away. It was "
                 "seen by the James Webb Space Telescope; later James Webb saw more.")
    assert got["Leo"] == "other" and "James Webb" not in got  # the telescope's short form
    # the Wikinews exoplanet story: the name then "space telescope", in lower case
    got = _types(HEAD + "According to The Guardian, astronomers were optimistic that NASA's James Webb space telescope "
                        "— scheduled for launch in 2021 — would study the planet.")
    assert got["James Webb"] == "product"
    got = _types(HEAD + "Nelson Mandela was born in 1918. Nelson Mandela Day is on 18 July. Doris Day starred in The "
                 "Doris Day Show.")
    assert got["Nelson Mandela"] == got["Doris Day"] == "person"


def test_a_surname_with_particles_keeps_them_when_written_alone():
    df = actors(load_article(HEAD + "European Commission President Ursula von der Leyen spoke on Monday. Later, von "
                             "der Leyen left. Mark van der Berg agreed; Van der Berg said so. He read de Volkskrant."))
    got = dict(zip(df["surface"], df["actor"], strict=False))
    assert got["von der Leyen"] == "Ursula von der Leyen"  # the surface is the name as written
    assert got["Mark van der Berg"] == got["Van der Berg"] == "Mark van der Berg"  # "Mark" opens a sentence
    assert "de Volkskrant" not in got  # no person's surname: a newspaper's article stays out


def test_a_category_label_repeating_the_name_and_foreign_party_words():
    got = _types("Venezuela Venezuela's president spoke on Monday.\n\nAustralia Australia's major opposition party "
                 "objected. Members of the Parti Socialiste and Les Verts voted. Abbas met Olmert in the Red Sea resort "
                 "of Sharm El Sheikh.")
    assert "Australia Australia" not in got and got["Australia"] == "place"
    assert got["Parti Socialiste"] == "organization" and got["Sharm el-Sheikh"] == "place"
    assert _types(HEAD + "Sirhan Sirhan was denied parole.")["Sirhan Sirhan"] == "person"  # no known place twice


def test_a_category_label_heading_the_first_sentence_is_cut_off():
    for text, label, first in [
        ("Turkey Thousands of people marched in Dink's funeral.", "Turkey", None),
        ("Venezuela According to reports from the central bank, it grew.", "Venezuela", None),
        ("Iraq United States troops left the base on Monday.", "Iraq", "United States"),
        ("2008 US Presidential Election Alaska Governor Sarah Palin has been selected.", "US Presidential Election",
         "Alaska"),
    ]:
        got = _actors(text)
        assert label in got and (first is None or first in got), (text, got)
        assert not any(a.startswith(label + " ") for a in got), (text, got)
    got = _actors("Kenya Airways said flights resumed. Sri Lanka Cricket agreed. The U.S. State Department spoke.")
    assert {"Kenya Airways", "Sri Lanka Cricket"} <= got  # names that start with a place stay whole


def test_an_organisations_head_word_alone_is_the_body_it_heads():
    df = actors(load_article(HEAD + "The Senate Foreign Relations Committee met. Senate Majority Leader Bill Frist "
                             "spoke. The United States Supreme Court ruled. The Senate passed the bill, and the Court "
                             "agreed. Mike Allen of the White House press corps gave up his House seat; the House "
                             "voted."))
    got = dict(zip(zip(df["surface"], df["start"], strict=True), df["actor"], strict=True))
    court = [a for (s, _), a in got.items() if s == "Court"]
    senate = [a for (s, _), a in got.items() if s == "Senate"]
    house = [a for (s, _), a in got.items() if s == "House"]
    assert court == ["United States Supreme Court"]
    assert "Senate Foreign Relations Committee" not in senate and "Senate Majority Leader Bill Frist" not in senate
    assert "White House" not in house


def test_a_university_campus_after_a_comma_is_part_of_its_name():
    got = _types(HEAD + "Walter Munk was announced by the University of California, San Diego. He studied at the "
                 "University of Oxford, England.")
    assert got["University of California, San Diego"] == "organization" and "San Diego" not in got
    assert got["University of Oxford"] == "organization" and got["England"] == "place"  # a country: no campus


def test_a_portfolio_after_and_is_no_part_of_the_ministers_name():
    df = actors(load_article(HEAD + "The Minister for Health and Ageing Tony Abbott said it was misleading. Abbott "
                             "agreed later. Bush and Vice-President Dick Cheney met Merkel and French President Nicolas "
                             "Sarkozy. Libertarian Bob Barr and Green Cynthia McKinney ran."))
    got = dict(zip(df["surface"], df["actor"], strict=False))
    assert got["Tony Abbott"] == got["Abbott"] == "Tony Abbott"
    assert got["Vice-President Dick Cheney"] == "Dick Cheney" and got["French"] == "France"
    assert got["Green"] == "Green Party" and got["Cynthia McKinney"] == "Cynthia McKinney"


def test_a_department_after_head_of_or_director_of_is_part_of_the_title():
    # Wikinews: "Gemalto's Head of Mobile Business (Facebook), Henri Moissinac, said"; "The Indian Water
    # Resources Minister Saifuddin Soz"; the department is no organisation, the person is the actor
    got = _types(HEAD + "Gemalto's Head of Mobile Business (Facebook), Henri Moissinac, said so. Head of Research "
                 "Tom Brown agreed. The Director of Communications declined to comment. The Indian Water Resources "
                 "Minister Saifuddin Soz met the protestors. He joined Thomson Reuters Research.")
    assert got == {"Gemalto": "organization", "Facebook": "organization", "Henri Moissinac": "person",
                   "Tom Brown": "person", "India": "place", "Saifuddin Soz": "person",
                   "Thomson Reuters Research": "organization"}


def test_a_plural_possessive_after_and_stays_inside_one_name():
    # The Guardian: "a spokesperson for the Universities and Colleges Employers’ Association (UCEA) said"
    df = _df(HEAD + "But a spokesperson for the Universities and Colleges Employers’ Association (UCEA) said its "
             "members had been reducing the use of such contracts. The UCEA said so.")
    assert df["actor"].tolist() == ["Universities and Colleges Employers’ Association"] * 2
    assert df["type"].tolist() == ["organization"] * 2


def test_a_compass_word_after_the_is_a_region():
    # The Atlantic: "we must get states from the Midwest to the South"; Wikinews: "their last major bases in the
    # East", "supplies to the North"; a diem25 page: "the Global South"
    got = _types(HEAD + "We must get states from the Midwest to the South to do the same. It was one of their last "
                 "bases in the East, and it fed their supplies to the North. The Global South pays. They met in North Korea.")
    assert got == {"Midwest": "place", "South": "place", "East": "place", "North": "place", "Global South": "place",
                   "North Korea": "place"}


def test_a_title_word_ending_a_name_after_of_is_its_field():
    # Wikinews: "fined US$ 110 million by the United States Department of Justice"; "the European Court of
    # Justice (ECJ)"; a title before a name still splits ("Minister of Justice Jane Doe")
    got = _types(HEAD + "Japan Airlines has been fined by the United States Department of Justice. The European "
                 "Court of Justice (ECJ) ruled. The Minister of Justice Jane Doe spoke.")
    assert got == {"Japan Airlines": "organization", "United States Department of Justice": "organization",
                   "European Court of Justice": "organization", "Jane Doe": "person"}


def test_a_particle_glued_by_an_apostrophe_continues_a_name():
    # Wikinews: "mediation here in Cote d'Ivoire", "Cote d’Ivoire’s", "President Valéry Giscard d'Estaing",
    # "Father Miguel d'Escoto Brockmann"; a glued particle opens no name ("a coup d'État")
    df = _df(HEAD + "Rebels do not want mediation here in Cote d'Ivoire. Cote d’Ivoire’s army left. President "
             "Valéry Giscard d'Estaing spoke. Father Miguel d'Escoto Brockmann prayed. It was a coup d'État.")
    assert df["actor"].tolist() == ["Ivory Coast", "Ivory Coast", "Valéry Giscard d'Estaing",
                                    "Miguel d'Escoto Brockmann"]


def test_a_possessive_after_a_particle_name_is_cut_off():
    # Wikinews: "al-Qaeda's", "Bashar al-Assad's"; "resulting in al-Tikriti's decapitation": after a preposition
    # the name owns the noun, no place ("in X" reads as a place only without the possessive)
    df = _df(HEAD + "The former chief of the secret police, Barzan Ibrahim al-Tikriti, was hanged. The executioner "
             "erred, resulting in al-Tikriti's decapitation. President Bashar al-Assad's forces fired at al-Qaeda's men.")
    got = dict(zip(df["surface"], zip(df["actor"], df["type"], strict=True), strict=True))
    assert got["al-Tikriti"] == got["Barzan Ibrahim al-Tikriti"] == ("Barzan Ibrahim al-Tikriti", "person")
    assert got["President Bashar al-Assad"] == ("Bashar al-Assad", "person")
    assert got["al-Qaeda"] == ("al-Qaeda", "organization")


def test_more_demonyms_and_place_nouns():
    # Wikinews: "announced by Somalian President Abdullahi Yusuf Ahmed", "Serbs and Croats"; "the localities of X"
    df = _df(HEAD + "The congress was announced by Somalian President Abdullahi Yusuf Ahmed. Serbs and Croats "
             "voted. The crimes were committed in the localities of Bossongoa, Kabo and Mongoumba.")
    got = dict(zip(df["surface"], zip(df["actor"], df["type"], strict=True), strict=True))
    assert got["Somalian"] == ("Somalia", "place") and got["Croats"][1] == "person"
    assert got["Bossongoa"][1] == got["Mongoumba"][1] == "place"


def test_demonyms_of_regions_and_a_newspaper_named_with_and():
    # Wikinews: "Alaskan Governor Sarah Palin", "Transnistrian authorities", "Tibetan monks"; The Village Voice:
    # "overthrow the Bavarian government"; FiveThirtyEight: "the Charleston-based Post and Courier"
    df = _df(HEAD + "McCain added Alaskan Governor Sarah Palin to his ticket. Transnistrian authorities and Tibetan "
             "monks objected. They tried to overthrow the Bavarian government, according to a count from the "
             "Charleston-based Post and Courier.")
    got = dict(zip(df["surface"], zip(df["actor"], df["type"], strict=True), strict=True))
    assert got["Alaskan"] == ("Alaska", "place") and got["Transnistrian"] == ("Transnistria", "place")
    assert got["Tibetan"] == ("Tibet", "place") and got["Bavarian"] == ("Bavaria", "place")
    assert got["Post and Courier"] == ("The Post and Courier", "organization")


def test_an_acronyms_plural_is_a_common_noun():
    # Wikinews: "the world of CDs", "DVDs containing Wikipedia", "the PC market … dominated by PCs" (once merged
    # into "One Laptop Per Child" by the tail of its initials), "the URLs"; a name's acronym stays ("Jehovah's
    # Witnesses (JWs)")
    got = _types(HEAD + "Many people think the world of CDs and the world of iPod are incompatible. Ten DVDs were "
                 "sold. He sold laptops to One Laptop Per Child. In the PC market, PCs dominate. The URL changed, "
                 "and the URLs broke. Jehovah's Witnesses (JWs) met. The JWs prayed.")
    assert not {"CDs", "DVDs", "PCs", "URLs"} & set(got)
    assert "One Laptop Per Child" in got and got["PC"] == got["URL"] == "other"  # PC is no part of it
    assert got["JWs"] == "organization"


def test_a_variant_a_scandal_and_a_law_are_no_organisations():
    # PAHO page: "surging in Europe and East Asia due to Omicron BA.2"; Wikinews: "the Watergate scandal"; The New
    # Republic: "Dodd-Frank"
    got = _types(HEAD + "Cases are surging in Europe due to Omicron BA.2. Nixon resigned over the Watergate scandal. "
                 "Congress passed Dodd-Frank and repealed Glass-Steagall.")
    assert got["Omicron BA.2"] == "other" and got["Watergate"] == "event"
    assert got["Dodd-Frank"] == got["Glass-Steagall"] == "other"


def test_co_titles_and_an_australian_states_adjective():
    # Wikinews: "I would love to be Co-President with someone who takes care of business" (an organisation);
    # "as Western Australian companies layoff thousands of workers"
    got = _types(HEAD + "I would love to be Co-President with someone who takes care of business. Western Australian "
                 "companies laid off workers. Co-Chairman Bill Gates spoke.")
    assert got == {"Western Australia": "place", "Bill Gates": "person"}


def test_a_compound_surname_and_a_long_names_short_forms_merge_with_the_full_name():
    # Wikinews: "Andrés Manuel López Obrador … López Obrador", "José Ramos Horta … Ramos Horta", "Luiz Inácio Lula
    # da Silva … President Lula … Lula da Silva", "Sarah Huckabee Sanders … Huckabee Sanders"; not "Steve Jobs" into
    # a run-on "Apple Steve Jobs"
    df = _df(HEAD + "Mexican President Andrés Manuel López Obrador spoke. López Obrador said no. Brazilian President Luiz "
             "Inácio Lula da Silva arrived. President Lula said the deal was good. Lula da Silva smiled. Press "
             "secretary Sarah Huckabee Sanders said so. Huckabee Sanders left.")
    got = dict(zip(df["surface"], df["actor"], strict=False))
    assert got["López Obrador"] == "Andrés Manuel López Obrador"
    assert got["President Lula"] == got["Lula da Silva"] == "Luiz Inácio Lula da Silva"
    assert got["Huckabee Sanders"] == "Sarah Huckabee Sanders"


def test_more_place_nouns_after_a_name():
    # Wikinews: "withdraw from the Shebaa farms", "test-fired off the Orissa coast"
    got = _types(HEAD + "Israel must withdraw from the Shebaa farms. The missile was test-fired off the Orissa coast.")
    assert got["Shebaa"] == got["Orissa"] == "place"


def test_a_double_barrelled_surnames_last_part_is_the_person():
    # Wikinews: "President Gloria Macapagal-Arroyo … President Arroyo … Mrs. Arroyo"
    df = _df(HEAD + "President Gloria Macapagal-Arroyo said she would ask Europe for help. President Arroyo left "
             "Manila. Mrs. Arroyo spoke. Kim Jong-un met Moon Jae-in.")
    got = dict(zip(df["surface"], df["actor"], strict=False))
    assert got["President Arroyo"] == got["Mrs. Arroyo"] == "Gloria Macapagal-Arroyo"


def test_a_body_after_of_then_a_name_opening_with_a_given_name_are_two_mentions():
    # Wikinews: "CEO of Adam Aircraft Rick Adam", "MP for South Antrim William McCrea"
    got = _types(HEAD + "The CEO of Adam Aircraft Rick Adam spoke. The MP for South Antrim William McCrea agreed. "
                 "Governor of New York Andrew Cuomo left.")
    assert got["Rick Adam"] == got["William McCrea"] == got["Andrew Cuomo"] == "person"
    assert got["South Antrim"] == got["New York"] == "place"
    assert "Adam Aircraft Rick Adam" not in got and "South Antrim William McCrea" not in got


def test_a_saints_possessive_continues_a_churchs_name():
    got = _types(HEAD + "The procession leaves St. Paul's Cathedral in downtown Regina. They met at St. Peter's Square.")
    assert got["St. Paul's Cathedral"] == got["St. Peter's Square"] == "place" and "St. Paul" not in got


def test_a_saints_possessive_continues_through_an_adjective():
    # a made-up ransomware story: "Staff at St. Brigid's Medical Center in Akron" gave two places "St. Brigid" and
    # "Medical Center"; Wikinews "St. John’s Episcopal Church" two names; a city's airport stays apart from it
    got = _types(HEAD + "Staff at St. Brigid's Medical Center in Akron found the fault. Mourners met at St. John’s "
                 "Episcopal Church. He flew from Beirut's International Airport.")
    assert got["St. Brigid's Medical Center"] == got["St. John’s Episcopal Church"] == "organization"
    assert "St. Brigid" not in got and "Medical Center" not in got and got["Beirut"] == "place"


def test_embassies_titles_elect_and_a_companys_short_form():
    df = actors(load_article(HEAD + "Gatherings at the Japanese Embassy appeared organized. Near the end, "
                             "President-Elect Barack Obama went on the steps. Planned Parenthood sued. Yahoo sold HotJobs "
                             "to Monster Worldwide for $225m; a spokesman for Monster declined to comment."))
    got = dict(zip(df["surface"], zip(df["actor"], df["type"], strict=True), strict=False))
    assert got["Japanese Embassy"][1] == got["Planned Parenthood"][1] == "organization"
    assert got["President-Elect Barack Obama"] == ("Barack Obama", "person")
    assert got["Monster"] == ("Monster Worldwide", "organization")


def test_a_subheading_of_words_the_body_writes_in_lower_case_names_nobody():
    text = ("Gaza hospitals\n\nThe hospitals ran out of fuel.\n\nCancer Patients\n\nThere are more than 10,000 cancer "
            "patients in Gaza, and little aid arrives.\n\nBlockade and Little Aid\n\nLocated west of Gaza City, the "
            "hospital was hit.\n\nAmnesty International\n\nThe group said so.\n")
    got = _actors(text)
    assert {"Cancer Patients", "Little Aid"}.isdisjoint(got)
    assert {"Gaza", "Gaza City", "Amnesty International"} <= got  # a name as a subheading stays


def test_a_place_noun_after_an_adjective_in_an_apposition_makes_a_place():
    got = _types(HEAD + "The African Union said that Birmaza, a northern village, has been attacked.")
    assert got["Birmaza"] == "place"


def test_an_irish_or_british_county_is_a_place_and_its_name_alone_the_same_place():
    # Wikinews, on Ireland's 1998 floods and on an Irish republican's life
    got = _types(HEAD + "Rain fell in County Galway, County Mayo, County Clare, County Cork, County Kerry and "
                        "County Limerick.")
    assert {k: v for k, v in got.items() if k.startswith("County")} == dict.fromkeys(
        ["County Galway", "County Mayo", "County Clare", "County Cork", "County Kerry", "County Limerick"], "place")
    df = _df(HEAD + "He was raised in Castlemaine, County Kerry. He returned to his native Kerry in 1978.")
    assert set(df.loc[df["surface"].isin(["County Kerry", "Kerry"]), "actor"]) == {"County Kerry"}
    assert _types(HEAD + "The County Council met on Monday.")["County Council"] == "organization"


def test_a_tax_and_a_molotov_cocktail_are_no_actors():
    # Wikinews, an Ontario election platform and a riot
    got = _types(HEAD + "A John Tory government will put all CA$1.1-billion in Gas Tax revenues into transit. "
                        "Some protesters responded by throwing things, including Molotov cocktails.")
    assert got["Gas Tax"] == "other"
    assert got["Molotov"] == "product"
    assert got["John Tory"] == "person"


def test_a_korean_given_name_alone_and_a_co_operative_are_one_word():
    # Wikinews: '"…," said Ki-moon.' after "Ban Ki-moon"; "The Co-operative Group purchases Somerfield"
    text = (HEAD + 'UN Secretary-General Ban Ki-moon spoke on Monday. "This is a step towards solving the nuclear '
                   'problem," said Ki-moon.')
    df = _df(text)
    assert set(df.loc[df["surface"] == "Ki-moon", "actor"]) == {"Ban Ki-moon"}
    assert quotes(load_article(text))["speaker"].tolist() == ["Ban Ki-moon"]
    got = _types(HEAD + "The Co-operative Group agreed to buy the chain. He was an MP of the Co-operative "
                        "Commonwealth Federation.")
    assert got["Co-operative Group"] == got["Co-operative Commonwealth Federation"] == "organization"
    assert "Group" not in got and "Commonwealth Federation" not in got
    # a word with a prefix stays a word, and "Pro-war" no name
    assert _actors(HEAD + "Pro-war groups met. Co-ordination between agencies failed, officials said.") == set()


def test_hashtags_publishers_and_state_codes():
    # the Evening Standard's "#TravelCorridor list"; a book's credit line in the New Republic
    got = _types(HEAD + "Scotland removed Turkey from the #TravelCorridor list this week. Fans tweeted #MeToo. "
                        "Reprinted by permission of Basic Books, New York, NY. He moved to Austin, TX, in 2004.")
    assert got["TravelCorridor"] == got["MeToo"] == "other"
    assert got["Basic Books"] == "organization"
    assert got["TX"] == got["New York"] == "place" and "NY" not in got  # (one place: "New York, NY")
    assert got["Scotland"] == got["Turkey"] == "place"


def test_a_country_before_a_portfolio_and_a_title_is_the_country():
    # Wikinews: "Zimbabwe Economic Development Minister Elton Mangoma", "The UK Development Minister, Hillary Benn"
    got = _types(HEAD + "Zimbabwe Economic Development Minister Elton Mangoma spoke. Canadian Foreign Affairs Minister "
                        "Peter MacKay left. The UK Development Minister, Hillary Benn, announced the move.")
    assert got["Zimbabwe"] == got["Canada"] == got["United Kingdom"] == "place"
    assert got["Elton Mangoma"] == got["Peter MacKay"] == "person"
    assert not {"Zimbabwe Economic Development", "Canadian Foreign Affairs", "UK Development"} & set(got)
    # a known body, then the portfolio ("IMF Managing Director", "UNICEF Regional Director")
    got = _types(HEAD + "IMF Managing Director Christine Lagarde spoke. UNICEF Regional Director Jane Doe agreed.")
    assert got["International Monetary Fund"] == got["UNICEF"] == "organization"
    assert not {"IMF Managing", "UNICEF Regional"} & set(got)
    # but a place's, a party's or a body's own name stays whole
    got = _types(HEAD + "St. Louis Park Mayor Jake Spano spoke. Australian Greens Senator Bob Brown agreed. "
                        "Indian Affairs Minister Jim Prentice left.")
    assert got["St. Louis Park"] == "place" and "Australian Greens" in got and "India" not in got


def test_a_well_known_persons_full_name_is_a_person_and_a_place_cue_keeps_a_place():
    # GUM's Padalecki biography ("Paris Hilton": "Paris" made it a place-led organisation)
    got = _types(HEAD + "The actress Paris Hilton said she arrived in London on Monday. Later Paris Hilton left.")
    assert got["Paris Hilton"] == "person"
    # Wikinews: the inauguration concert, with Denzel Washington among the guests
    df = _df(HEAD + "Denzel Washington read a poem at the event. The concert at the Verizon Center in Washington, "
                    "D.C. drew thousands.")
    assert set(df.loc[df["surface"] == "Washington", "actor"]) == {"Washington"}
    assert set(df.loc[df["surface"] == "Washington", "type"]) == {"place"}


def test_a_name_before_dam_or_hospital_is_a_place():
    # Wikinews: the Narmada protests, the Alder Hey organs scandal, a Sri Lankan bombing
    got = _types(HEAD + "They protest the decision to raise the height of the Sardar Sarovar dam across the river. "
                        "A further scandal involved Alder Hey hospital. The wounded were taken to nearby Kalubovila "
                        "hospital.")
    assert got["Sardar Sarovar"] == got["Alder Hey"] == got["Kalubovila"] == "place"


def test_the_state_of_the_union_is_a_speech_not_a_body():
    # Wikinews: "In my State of the Union address this year, I called on Congress …"
    got = _types(HEAD + "In my State of the Union address this year, I called on Congress. In his State of the Union "
                        "Address, President Bush outlined a plan. Lincoln gave the Gettysburg Address.")
    assert got["State of the Union"] == got["State of the Union Address"] == "event"
    assert got["Gettysburg Address"] == "other" and "Union" not in got
    assert got["Congress"] == "organization"


def test_a_teams_nickname_is_the_team_named_by_its_city_and_nickname():
    # Wikinews: Kobe Bryant's obituary; the Plame case ("the ''Times''" after "The New York Times")
    df = _df(HEAD + "The Hornets traded him to the Los Angeles Lakers. Bryant stayed with the Lakers for 20 years.")
    assert set(df.loc[df["surface"] == "Lakers", "actor"]) == {"Los Angeles Lakers"}
    assert set(df.loc[df["surface"] == "Lakers", "type"]) == {"organization"}
    got = _actors(HEAD + "The US Congress met. Congress voted on Tuesday.")  # no plural: no nickname, but
    assert got == {"US Congress"}  # the head word of the one body of that kind (since the head-word merge)


def test_corporal_is_a_title_and_the_wikinews_review_tag_no_name():
    # Wikinews, on Canadian soldiers killed in Afghanistan; the "publish Archive-unreviewed" tags of its dumps
    got = _types(HEAD + "Canadian Master Corporal Scott Vernelli and Corporal Tyler Crooks of the Royal Canadian "
                        "Regiment were killed. publish Archive-unreviewed")
    assert got["Scott Vernelli"] == got["Tyler Crooks"] == "person"
    assert got["Royal Canadian Regiment"] == "organization"
    assert not any("Archive" in a or "Corporal" in a for a in got)


def test_an_electoral_ridings_name_is_a_place_and_time_warner_a_company():
    # Wikinews' Ontario 2007 candidate interviews; a Time Warner Cable story
    got = _types(HEAD + "She is the candidate in the Don Valley West riding. He ran in the Nepean-Carleton riding. "
                        "Time Warner Cable is close to a deal with Sprint Corp. to offer phone service.")
    assert got["Don Valley West"] == got["Nepean-Carleton"] == "place"
    assert got["Time Warner Cable"] == "organization"


def test_an_acronym_takes_the_articles_own_long_form_over_the_gazetteers():
    # "CBC" is the Canadian broadcaster in the gazetteer; here it abbreviates the caucus the text names
    df = _df(
        HEAD + "Reporters watched the 51-member Congressional Black Caucus closely. Most CBC members backed "
        "the senator, and the CBC said so on Monday."
    )
    assert set(df.loc[df["surface"] == "CBC", "actor"]) == {"Congressional Black Caucus"}
    # with no long form of those initials in the text, the gazetteer's stays ("Australian Federal Police"
    # is no expansion of "ESA")
    df = _df(HEAD + "The Australian Federal Police investigated. The ESA launched a probe on Monday.")
    assert set(df.loc[df["surface"] == "ESA", "actor"]) == {"European Space Agency"}
    # the long form in the text keeps the gazetteer's name even beside another of the same initials
    df = _df(HEAD + "The Canadian Broadcasting Corporation aired it. The CBC and the Citizens Budget Council met.")
    assert set(df.loc[df["surface"] == "CBC", "actor"]) == {"Canadian Broadcasting Corporation"}


def test_the_capitol_is_a_place():
    # Wikinews on protests in Washington; the Village Voice on the attack of January 6
    got = _types(HEAD + "Protesters marched to the US Capitol on Monday. Police closed the Capitol after the attack on it.")
    assert got == {"Capitol": "place"}


def test_a_firm_named_management_or_advisors_is_an_organisation_and_its_officer_speaks():
    # Wikinews, on Google and China: the firm of the chief investment officer was a person, and his quote its
    text = (HEAD + 'Tim Ghriskey, the chief investment officer for Solaris Asset Management said, "Clearly not good '
            'news for Google." Joel Naroff of Naroff Economic Advisors agreed.')
    got = _types(text)
    assert got["Solaris Asset Management"] == got["Naroff Economic Advisors"] == "organization"
    assert quotes(load_article(text))["speaker"].tolist() == ["Tim Ghriskey"]


def test_two_names_before_a_plural_place_noun_are_places_but_not_a_peoples_words():
    # Wikinews: a judge's race in Florida counties; Iraq's referendum by province
    got = _types(HEAD + "He ran for judge in Florida's Seminole and Brevard counties. The Diyala and Ninevah provinces "
                        "voted yes, and so did the Shiite Muslim provinces.")
    assert got["Seminole"] == got["Brevard"] == got["Diyala"] == got["Ninevah"] == "place"
    assert got.get("Shiite Muslim") != "place"


def test_two_faith_words_and_the_feasts_of_eid_are_no_actors():
    # Wikinews: a breakaway church; travel before Idul Fitri in Indonesia
    got = _types(HEAD + "The group is a sect of Protestant Christianity. Officials expect more passengers before the "
                        "Idul Fitri festivities and Eid al-Adha. Sunni Muslims marched.")
    assert got["Protestant Christianity"] == got["Idul Fitri"] == got["Eid al-Adha"] == "other"
    assert got["Sunni Muslims"] == "person"  # a group of people, like "Muslims"
    got = _types(HEAD + "He met Roman Catholic priests. The All Ordinaries index fell. Votes in the mostly "
                        "Sunni-Arab provinces were lost.")
    assert got["Roman Catholic"] == got["All Ordinaries"] == got["Sunni-Arab"] == "other"


def test_surnames_the_lexicon_lists_as_dialect_words_end_a_name():
    # Wikinews: a spokeswoman of China's foreign ministry; a US presidential candidate
    text = HEAD + ('"Relations matter," said Jiang Yu, a foreign affairs spokeswoman. Herman Cain, the former pizza '
                   'executive, and Geoffrey Howe spoke.')
    assert {"Jiang Yu", "Herman Cain", "Geoffrey Howe"} <= _actors(text)
    assert quotes(load_article(text))["speaker"].tolist() == ["Jiang Yu"]


def test_a_party_member_of_a_state_is_three_mentions():
    # Wikinews, on a Fed chairman's confirmation: "Democrat Barbara Boxer of California" was one organisation
    text = HEAD + ('Democrat Barbara Boxer of California questioned his commitment, stating, "People have the right '
                   'to ask."')
    got = _types(text)
    assert got["Barbara Boxer"] == "person" and got["California"] == "place"
    assert quotes(load_article(text))["speaker"].tolist() == ["Barbara Boxer"]


def test_a_verb_written_with_a_capital_before_its_object_is_no_name():
    # Wikinews: "Mr Andrews spokesman Defended the appointment saying …"
    got = _actors(HEAD + "Minister Kevin Andrews appointed him, and Mr Andrews spokesman Defended the appointment.")
    assert got == {"Kevin Andrews"}


def test_asia_pacific_apec_mideast_and_chechen():
    # Wikinews: an APEC summit, a Chechen rebel leader, "the Mideast problem"
    df = _df(HEAD + "Leaders met at the Asia-Pacific Economic Cooperation summit in Hanoi. The Asia-Pacific region "
                    "grew. Chechen rebels struck. China will help solve the Mideast problem.")
    got = dict(zip(df["surface"], zip(df["actor"], df["type"], strict=True), strict=True))
    assert got["Asia-Pacific Economic Cooperation"] == ("Asia-Pacific Economic Cooperation", "organization")
    assert got["Asia-Pacific"] == ("Asia-Pacific", "place")
    assert got["Chechen"] == ("Chechnya", "place") and got["Mideast"] == ("Middle East", "place")


def test_acronyms_of_common_nouns_and_stock_indices_are_no_organisations():
    # Wikinews market reports and technology stories
    got = _types(HEAD + "The FTSE and the DAX fell, and the Nikkei rose. An NGO said the ISP had sold RFID tags, "
                        "and the CFO resigned. The NATO summit ended.")
    assert got["FTSE"] == got["DAX"] == got["Nikkei"] == got["NGO"] == got["ISP"] == got["RFID"] == got["CFO"] == "other"
    assert got["NATO"] == "organization"


def test_gaelic_surnames_alone_al_qaeda_without_hyphen_and_plural_euros():
    # Wikinews: an Ontario election interview; "known links to al Qaeda"; "thousands of Euros"
    got = _types(HEAD + "McGuinty actually did this with air conditioners. People with links to al Qaeda were held. "
                        "They spent thousands of Euros. The McDonald's chain and the McJob debate went on.")
    assert got["McGuinty"] == "person"
    assert got["Euros"] == "other"
    assert got.get("McDonald", "organization") != "person" and got.get("McJob") != "person"
    df = _df(HEAD + "People with links to al Qaeda were held.")
    assert df["actor"].tolist() == ["al-Qaeda"]


def test_adjectives_written_capitalised_are_no_organisations_and_the_eurozone_a_place():
    got = _types(HEAD + "Olympic champions ran. The Maoist rebels and other Nordic countries agreed. The Federal "
                        "police spoke. Prices rose in the Eurozone.")
    assert got["Olympic"] == got["Maoist"] == got["Nordic"] == "other"
    assert "Federal" not in got  # an institution's adjective names nothing (test_a_capitalised_adjective_before_its_noun…)
    assert got["Eurozone"] == "place"


def test_a_courts_district_before_judge_is_part_of_the_title():
    # Wikinews court reports: "U.S. District" was a place, then a thing (other); now the title holds the court's kind
    df = _df(HEAD + "On Friday, U.S. District Judge Robert W. Pratt ruled. The U.S. District Court in Denver agreed.")
    got = dict(zip(df["surface"], df["type"], strict=True))
    assert got["U.S."] == "place" and got["District Judge Robert W. Pratt"] == "person"
    assert got["U.S. District Court"] == "organization" and "U.S. District" not in got


def test_products_laws_and_the_us_securities_regulator():
    df = _df(HEAD + "The U.S. Securities and Exchange Commission fined them. The prisoners are covered by the Geneva "
                    "Conventions. Users of Mac OS X and the Nintendo DS chatted on Internet Relay Chat.")
    got = dict(zip(df["surface"], zip(df["actor"], df["type"], strict=True), strict=True))
    assert got["U.S. Securities and Exchange Commission"] == ("Securities and Exchange Commission", "organization")
    assert got["Geneva Conventions"][1] == "other"
    assert got["Mac OS X"][1] == got["Nintendo DS"][1] == got["Internet Relay Chat"][1] == "product"


def test_a_name_before_tribe_is_the_tribe():
    # the Times of Israel: "an enrolled member of the Pueblo of Isleta Indian tribe" (a person); Wikinews: "the Saginaw
    # Chippewa tribe"
    got = _types(HEAD + "She is a member of the Isleta Indian tribe. He met the director of the Saginaw Chippewa tribe.")
    assert got["Isleta Indian"] == got["Saginaw Chippewa"] == "organization"


def test_a_category_label_before_the_and_a_demonym_or_place_is_cut():
    # Wikinews dumps run a category label into the first sentence: "Scientology The Norwegian …" was a person
    # and took the later "Scientology" with it
    got = _types("Scientology The Norwegian newspaper reported it.\n\nScientology denied it. Groups like Save The Children "
                 "helped.")
    assert got["Scientology"] == "organization" and "Scientology The Norwegian" not in got
    assert "Save The Children" in got


def test_a_compass_adjective_before_a_name_makes_a_region_and_shiite_is_a_faith():
    # Wikinews: "in Musa Qaleh, northern Helmand" (an organisation); "the southern Shi'ite city"
    got = _types(HEAD + "He was killed in Musa Qaleh, northern Helmand. In the southern Gazan city of Rafah and the "
                        "southern Shi'ite city of Najaf, Shi'a Muslims marched.")
    assert got["Helmand"] == "place"
    assert got["Gazan"] == got["Shi'ite"] == "other" and got["Shi'a Muslims"] == "person"


def test_a_name_after_a_verb_of_travel_and_to_is_a_place_but_not_after_went():
    # Wikinews: "transported to Golmud or Lhasa for treatment" (an organisation); GUM's Byron "was sent to Harrow"
    got = _types(HEAD + "The rubbish was transported to Golmud or Lhasa for treatment. He fled to Tapuah. "
                        "The money went to Veltrix.")
    assert got["Golmud"] == got["Tapuah"] == "place"
    assert got["Veltrix"] != "place"


def test_names_made_with_peoples_are_one_name():
    # Wikinews: "People's Protection Units (YPG)" was "People" (other) and "Protection Units"
    got = _types(HEAD + "Turkey named the PKK and the People's Protection Units (YPG) as terrorists. The People's "
                        "Liberation Army and the People's Action Party agreed.")
    assert got["People's Protection Units"] == got["People's Liberation Army"] == got["People's Action Party"] \
        == "organization"
    assert "People" not in got


def test_born_and_a_verb_of_saying_after_an_adverb_make_a_person():
    # Wikinews obituary of Yves Saint-Laurent: a place (Saint-Laurent, Quebec) in every mention
    got = _types("Designer dies\n\nSaint-Laurent was born in Oran, Algeria. He was famous. \"Fashion was supposed to "
                 "make women beautiful,\" Saint-Laurent once said.")
    assert got["Saint-Laurent"] == "person"


def test_more_titles_before_a_name():
    # Wikinews: "Pastor Jones", "State Treasurer Phil Angelides", "Lance-Corporal Wayne Crowcroft", "Sheriff Lee"
    got = _actors(HEAD + "Pastor Terry Jones spoke. State Treasurer Phil Angelides agreed. Lance-Corporal Wayne "
                         "Crowcroft died. Santa Barbara County Sheriff Bill Brown and Assemblymember Leland Yee met.")
    assert {"Terry Jones", "Phil Angelides", "Wayne Crowcroft", "Bill Brown", "Leland Yee"} <= got


def test_a_kin_apposition_makes_a_person():
    # Wikinews: "Reg Keys , father of a military policeman who died in an ambush in Iraq, said …" (an organisation)
    got = _types(HEAD + "Reg Keys , father of a military policeman who died in Iraq, said it was wrong.")
    assert got["Reg Keys"] == "person"


def test_a_list_written_with_a_space_before_each_comma_shares_its_type():
    # Wikinews (links stripped leave " , "): "the settlements of Neve Dekalim , Morag , Ganei Tal, and Bedolah"
    # (Morag and Bedolah were organisations); "at least two towns —including Makilala in the province of …"
    got = _types(HEAD + "Soldiers entered the settlements of Neve Dekalim , Morag , and Bedolah early. "
                        "At least two towns —including Makilala in the province of North Cotabato— declared a state "
                        "of calamity.")
    assert got["Morag"] == got["Bedolah"] == got["Makilala"] == "place"


def test_a_daily_before_a_name_is_a_newspaper():
    # Wikinews: "Greek daily Kathimerini said …" and "According to Romanian daily ''Evenimentul Zilei''" (persons)
    got = _types(HEAD + "Greek daily Kathimerini said Greece and Cyprus had to speed up. According to Romanian "
                        "daily ''Evenimentul Zilei'', seven soldiers died.")
    assert got["Kathimerini"] == got["Evenimentul Zilei"] == "organization"


def test_a_bare_comma_between_two_names_is_no_coordination():
    # Wikinews: "in Cotonou , Yayi thanked Bush" (Cotonou a person, and the quote's speaker); "in Afghanistan ,
    # ISAF , were killed" (ISAF a place); a town and its state still share the place
    got = _types(HEAD + "At the airport in Cotonou , Yayi Boni thanked George Bush for coming. Three soldiers of "
                        "NATO's mission in Afghanistan , ISAF , were killed. He spoke in Vancouver , B.C. today. "
                        "During a visit by James Kelly , North Korea admitted the program.")
    assert got["Cotonou"] == got["Vancouver"] == got["British Columbia"] == "place"
    assert got["ISAF"] != "place"
    assert got["North Korea"] == "organization"


def test_the_g8_the_green_zone_and_the_near_east_are_known():
    # Wikinews: "the G8 summit", "the heavily fortified Green Zone" (both typed other)
    # and "in Europe, and in the Near East" (a person)
    got = _types(HEAD + "Leaders of the G8 met in Genoa. Explosions went off inside the Green Zone in Baghdad. "
                        "When Neandertals were living in Europe, and in the Near East, they used few bone tools.")
    assert got["G8"] == "organization" and got["Green Zone"] == got["Near East"] == "place"
    # the British prime minister's office by its door ("A spokesman for Number 10 declined to comment": other)
    df = actors(load_article(HEAD + "Downing Street said the vote was safe. A spokesman for Number 10 declined to "
                                    "comment further."))
    assert dict(zip(df["surface"], df["actor"], strict=False))["Number 10"] == "Downing Street"


def test_what_only_a_company_has_makes_it_a_company():
    # Wikinews: "Ring builds WiFi-connected video doorbells … Ring's CEO, Jamie Siminoff" (other: "ring" is a noun)
    got = _types(HEAD + "Ring builds WiFi-connected video doorbells. Ring also sells cameras. Previously, Ring's CEO, "
                        "Jamie Siminoff, remarked the company started small.")
    assert got["Ring"] == "organization"


def test_a_firm_named_again_without_its_trade_is_the_same_firm():
    # Wikinews: "Rockhopper Exploration … Rockhopper were working", "United Airlines … United", "Massey Energy Co
    # … Massey"; a person named like a firm stays a person
    df = actors(load_article(HEAD + "Rockhopper Exploration found oil. Rockhopper were working in the basin. The "
                                    "merger of United Airlines and Continental Airlines was approved. United will keep "
                                    "its name. Butler Capital Partners bid for the firm. Mr Butler said it was fair."))
    by_surface = dict(zip(df["surface"], df["actor"], strict=False))
    assert by_surface["Rockhopper"] == "Rockhopper Exploration"
    assert by_surface["United"] == "United Airlines"
    assert by_surface["Mr Butler"] == "Butler"


def test_a_known_companys_legal_form_adds_nothing():
    # Wikinews: "Intel Corporation" beside "Intel", "Apple Inc" beside "Apple" were two actors each; a division
    # ("Tesla Energy") stays its own
    df = actors(load_article(HEAD + "Tesla Inc shares fell. Tesla said sales were strong. Tesla Energy grew. "
                                    "Apple Inc and Apple agreed."))
    by_surface = dict(zip(df["surface"], df["actor"], strict=False))
    assert by_surface["Tesla Inc"] == "Tesla" and by_surface["Apple Inc"] == "Apple"
    assert by_surface["Tesla Energy"] == "Tesla Energy"


def test_a_datelines_city_in_capitals_is_named_as_the_city():
    # a dateline "AUSTIN, Texas —" with no other mention of Austin stayed "AUSTIN"
    df = actors(load_article("Judge blocks Texas law\n\nAUSTIN, Texas — A federal judge on Wednesday blocked a "
                             "Texas law. Governor Greg Abbott signed the law in May."))
    assert dict(zip(df["surface"], df["actor"], strict=False))["AUSTIN"] == "Austin"


def test_a_possessive_of_people_goes_on_into_the_name():
    # Wikinews: "the Women's Christian Temperance Union" ("Women" and "Christian Temperance Union"), "an inmate at
    # the Dame Phyllis Frost Women's Prison" (a person "Phyllis Frost Women")
    got = _actors(HEAD + "She was a member of the Women's Christian Temperance Union. She is an inmate at the "
                         "Dame Phyllis Frost Women's Prison in Victoria.")
    assert {"Women's Christian Temperance Union", "Dame Phyllis Frost Women's Prison"} <= got


def test_clubs_named_after_their_towns_in_a_match_report():
    # the issue: "football clubs named after cities as places"; a report with one score ("a 2-1 win over Chelsea")
    text = ("Liverpool beat Chelsea to reach final\n\nLiverpool reached the FA Cup final after a 2-1 win over Chelsea "
            "at Wembley on Saturday, with Mohamed Salah scoring twice. Chelsea boss Thomas Tuchel said his side lacked "
            "energy. Salah now has 30 goals this season. Liverpool will face Manchester City in the final. Leeds "
            "United were relegated.")
    got = _types(text)
    assert got["Liverpool"] == got["Chelsea"] == got["Manchester City"] == got["Leeds United"] == "organization"
    assert got["Wembley"] == "place"
    # outside a match report a town stays a place, and a city's own name with "City" too
    got = _types(HEAD + "Chelsea residents voted 2-1 to close the road. Officials in Mexico City and Quebec City "
                        "agreed.")
    assert got["Chelsea"] == got["Mexico City"] == got["Quebec City"] == "place"


def test_a_jail_is_a_place():
    # Wikinews: "later sent to Tihar Jail" (other); "held without bail at Santa Rita Jail in Dublin" (a person)
    got = _types(HEAD + "Soren was later sent to Tihar Jail. He is being held without bail at Santa Rita Jail in "
                        "Dublin.")
    assert got["Tihar Jail"] == got["Santa Rita Jail"] == "place"


def test_a_naming_verb_gives_the_name_the_kind_of_its_noun():
    # Wikinews: 'A new drink called ''Robby Bubble''' (a person, and the speaker of its distributor's quote), 'a
    # Chicago based pacifist group entitled Christian Peacemaker Teams' (persons), 'the ship, called
    # ''Pascal-Paoli''' (an organisation); not 'an Egyptian Newspaper named Muntazer al-Zaidi' (the journalist)
    got = _types(HEAD + "A new drink called ''Robby Bubble'' has sparked debate. The men are part of a pacifist group "
                        "entitled Christian Peacemaker Teams. The strikers captured the ship, called ''Pascal-Paoli'', "
                        "in Marseille. A storm named Katrina hit the coast. An Iraqi journalist for an Egyptian "
                        "Newspaper named Muntazer al-Zaidi threw his shoes.")
    assert got["Robby Bubble"] == got["Pascal-Paoli"] == "product"
    assert got["Christian Peacemaker Teams"] == "organization" and got["Katrina"] == "event"
    assert got["Muntazer al-Zaidi"] == "person"
    # the name said again, with a person's shape, stays the product (once: each mention's shape counts, so a name
    # said three times more still reads as a person's); a title that only opens with a name is no
    # statement about the name ("a documentary film titled Bob Lazar: Area 51 & Flying Saucers")
    got = _types(HEAD + "A new drink called ''Robby Bubble'' has sparked debate. The maker of Robby Bubble, Darryl "
                        "Weinbren, defended it. Bob Lazar was responsible for the "
                        "myth. A documentary film titled Bob Lazar: Area 51 & Flying Saucers followed.")
    assert got["Robby Bubble"] == "product" and got["Bob Lazar"] == "person"


def test_the_particle_arap_is_inside_a_name():
    # "under President Daniel arap Moi" was a person "Daniel" and an organisation "Moi"
    got = _actors(HEAD + "He was detained without trial in the 1980s under President Daniel arap Moi.")
    assert "Daniel arap Moi" in got and "Moi" not in got


def test_a_sentence_initial_word_before_a_bodys_head_word_opens_its_name():
    # Wikinews: "United Press International (UPI)" was "Press International", "Desire Petroleum , another company"
    # was "Petroleum", "Daily Mirror" "Mirror"; a market report's "Counterpoint Research analyst Ivan Lam said"
    got = _actors(HEAD + "Counterpoint Research analyst Ivan Lam said sales would rise. United Press International "
                         "(UPI) reported it. Desire Petroleum, another company, also gained. Daily Mirror editors "
                         "agreed.")
    assert {"Counterpoint Research", "United Press International", "Desire Petroleum", "Daily Mirror"} <= got
    # (not a heading's adjective: "Related Wikinews", "Other Wikinews")
    assert "Other Wikinews" not in _actors(HEAD + "He won.\n\nOther Wikinews\n\nHe lost.")


def test_a_demonym_that_is_a_persons_surname_before_a_verb_is_the_person():
    # Wikinews: '"The billboards are being paid for from party funds …," English said.' (England, and no speaker;
    # the article names Bill English)
    df = actors(load_article(HEAD + "National Party leader Bill English unveiled the billboard. “It is paid for from "
                                    "party funds,” English said. English voters agreed."))
    assert df["actor"].tolist()[-2:] == ["Bill English", "England"]
    assert quotes(load_article(HEAD + "National Party leader Bill English unveiled it. “It is paid for,” English "
                                      "said."))["speaker"].tolist() == ["Bill English"]


def test_a_shared_surname_alone_is_the_person_named_first():
    # Politico: "Rep. Mark Meadows … his wife, Debbie Meadows … Meadows said" (12 of 13 "Meadows" stayed apart from
    # Mark Meadows); Wikinews: "Joe Biden … Hunter Biden … Biden said"; not across an honorific of the other sex
    # (the Telegraph: "Future Publishing founder Chris Anderson … Zoe Anderson … Mr Anderson")
    df = actors(load_article("Mark Meadows accused of timing retirement\n\nRep. Mark Meadows will leave Congress. His "
                             "wife, Debbie Meadows, is close to the candidate. Meadows said he never planned to stay. "
                             "Debbie Meadows declined to comment."))
    assert set(df.loc[df["surface"] == "Meadows", "actor"]) == {"Mark Meadows"}
    df = actors(load_article(HEAD + "Zoe Anderson died at the home. Her sister Ruth Anderson was away. Mr Anderson said "
                                    "he was devastated."))
    assert set(df.loc[df["surface"] == "Mr Anderson", "actor"]) == {"Anderson"}


def test_a_job_at_a_name_makes_the_name_the_employer():
    # a market report: '"The Bank has blinked," said Samuel Tombs, chief UK economist at Pantheon Macroeconomics' (a
    # person); Wikinews: "an analyst at Briefing.com" (a person)
    got = _types(HEAD + "\"The Bank has blinked,\" said Samuel Tombs, chief UK economist at Pantheon Macroeconomics. "
                        "Shares fell, said an analyst at Briefing.com.")
    assert got["Pantheon Macroeconomics"] == got["Briefing.com"] == "organization"


def test_a_bodys_acronym_in_its_own_language_after_its_name():
    # Wikinews: "the Portuguese Republican National Guard (GNR)" and six "GNR" apart; "Russia's Federal Security
    # Service (FSB)"; a Brazilian story: "the Superior Electoral Court (TSE)"
    df = actors(load_article(HEAD + "The Portuguese Republican National Guard (GNR) sent troops. The GNR said the "
                                    "mission was safe. Brazil's Superior Electoral Court (TSE) ruled. The TSE "
                                    "voted 5-2."))
    by_surface = dict(zip(df["surface"], df["actor"], strict=False))
    assert by_surface["GNR"] == "Portuguese Republican National Guard"
    assert by_surface["TSE"] == "Superior Electoral Court"


def test_a_datelines_two_word_town_in_capitals_is_one_place():
    # a storm story: "FORT MYERS, Fla. —" was "MYERS" ("FORT" read as a shouted word); a launch story: "CAPE
    # CANAVERAL, Fla. (AP) —" was "CANAVERAL"
    df = _df(HEAD + "CAPE CANAVERAL, Fla. (AP) — NASA's rocket lifted off on Wednesday from Cape Canaveral.")
    assert df.loc[df["surface"] == "CAPE CANAVERAL", "actor"].tolist() == ["Cape Canaveral"]
    assert (df["actor"] == "Cape Canaveral").sum() == 2
    df = _df(HEAD + "FORT MYERS, Fla. — The storm came ashore west of the city.")
    assert df["actor"].tolist()[0] == "Fort Myers"


def test_a_sentence_initial_adjective_of_a_bodys_name_stays_in_it():
    # a quake story: "Nuclear Regulation Authority officials said" was "Regulation Authority"; a fire story:
    # "Southern California Edison cut power" was "California Edison"; not "Senior Labour Party figures"
    got = _actors(HEAD + "Nuclear Regulation Authority officials said the plant was safe. Southern California Edison "
                         "cut power. Senior Labour Party figures said no. Multiple Creative Commons licences apply.")
    assert {"Nuclear Regulation Authority", "Southern California Edison", "Labour Party", "Creative Commons"} <= got
    assert not {"Regulation Authority", "California Edison", "Senior Labour Party"} & got


def test_a_surname_that_is_a_place_word_and_a_dutch_particle():
    # a transfer story: "England midfielder Mason Mount" was a place (a mountain) and "Mount said" apart from it;
    # "Erik ten Hag said" was "Erik" and "Hag"
    df = _df(HEAD + "Manchester United signed England midfielder Mason Mount on Wednesday. \"I am excited,\" Mount "
                    "said. Manager Erik ten Hag said ten Hag's squad was stronger. Police closed the Temple Mount.")
    by_surface = dict(zip(df["surface"], df["actor"], strict=False))
    assert by_surface["Mount"] == "Mason Mount"
    assert by_surface["ten Hag"] == "Erik ten Hag"
    types = dict(zip(df["actor"], df["type"], strict=False))
    assert types["Mason Mount"] == "person" and types["Temple Mount"] == "place"


def test_a_nationality_noun_is_no_organisation():
    # "The Dutchman has made strengthening the squad a priority" was an organisation; a nationality noun for one
    # person is no actor at all (it was the country), a demonym before a noun is the country
    got = _types(HEAD + "The Dutchman said the squad was stronger. The Frenchman has made it a priority. Dutchman "
                        "Ruud Gullit and the French team agreed.")
    assert got == {"Netherlands": "place", "Ruud Gullit": "person", "France": "place"}


def test_parties_and_firms_without_a_head_word_are_known():
    # French politics: "a veteran of the conservative Les Républicains", "Marine Le Pen's National Rally said" were
    # persons; an Indian election: "Nitish Kumar of the Janata Dal (United)" a person; a launch story: "built by
    # Boeing and Northrop Grumman", "Lockheed Martin built the capsule" persons
    got = _types(HEAD + "Barnier is a veteran of the conservative Les Républicains. Marine Le Pen's National Rally "
                        "said it would wait. Nitish Kumar of the Janata Dal (United) is a kingmaker. The rocket was "
                        "built by Boeing and Northrop Grumman. Lockheed Martin built the capsule. The CDU and the SPD "
                        "agreed.")
    for name in ("Les Républicains", "National Rally", "Janata Dal", "Northrop Grumman", "Lockheed Martin",
                 "Christian Democratic Union", "Social Democratic Party of Germany"):
        assert got[name] == "organization", name


def test_amazon_is_the_firm_unless_the_story_is_about_the_forest():
    # Wikinews: "Amazon sued rival Barnes & Noble", "acquired by Amazon" were a place (the river), and Barnes &
    # Noble a person; the forest stays a place
    df = _df(HEAD + "The startup will be acquired by Amazon. Amazon sued rival Barnes & Noble last year.")
    assert set(zip(df["actor"], df["type"], strict=True)) == {("Amazon.com", "organization"), ("Barnes & Noble", "organization")}
    df = _df(HEAD + "Fires are burning in the Amazon. Amazon deforestation rose by a third.")
    assert set(zip(df["actor"], df["type"], strict=True)) == {("Amazon", "place")}


def test_a_french_hotel_is_a_place():
    # "an address at the Hôtel Matignon, the prime minister's residence" was a person
    assert _types(HEAD + "Barnier spoke at the Hôtel Matignon on Friday.")["Hôtel Matignon"] == "place"


def test_a_kind_noun_after_a_name_types_spacecraft_programmes_and_associations():
    # a launch story: "The Orion capsule" was a place, "the Apollo program" a person; Wikinews: "a program called
    # RAPIDGate … The RAPIDGate program" an organisation; "the One Laptop Per Child association (OLPC)" stays one
    got = _types(HEAD + "The Orion capsule will reach the moon, 50 years after the Apollo program ended. Intel quit "
                        "the Global Laptop Fund association (GLF) on Monday. The GLF program was changed.")
    assert got["Orion"] == "product" and got["Apollo"] == "other"
    assert got["Global Laptop Fund"] == "organization"


def test_the_head_of_an_apposition_before_a_distance():
    # a storm story: "came ashore near Cayo Costa, a barrier island west of Fort Myers" was a person
    got = _types(HEAD + "The storm came ashore near Cayo Costa, a barrier island west of Fort Myers, the center said.")
    assert got["Cayo Costa"] == "place"


def test_clubs_in_a_football_story_without_a_score():
    # a transfer story: "signed England midfielder Mason Mount from Chelsea", "Chelsea have raised £200m" were a place,
    # "Manchester United signed" lost "United" (read as a category label), "United manager Erik ten Hag" stood
    # apart, "Kovacic to Manchester City" was a place and "Havertz to Arsenal" a thing
    text = (HEAD + "Manchester United signed England midfielder Mason Mount from Chelsea on Wednesday. He came through "
            "Chelsea's academy. United manager Erik ten Hag said the squad was stronger after the Premier League "
            "season. Chelsea sold Kai Havertz to Arsenal and Mateo Kovacic to Manchester City. Chelsea have raised "
            "£200m.")
    df = _df(text)
    types = dict(zip(df["actor"], df["type"], strict=False))
    for club in ("Manchester United", "Chelsea", "Arsenal", "Manchester City"):
        assert types[club] == "organization", club
    assert df.loc[df["surface"] == "United", "actor"].tolist() == ["Manchester United"]
    # the same town in a story about the town stays a place
    assert _types(HEAD + "Fulham is a district of London. Prices in Fulham rose.")["Fulham"] == "place"


def test_a_regnal_number_is_no_acronym_and_a_monarch_without_it_is_the_same():
    # a fraud trial: "Its new chief executive, John J. Ray III," was an organisation ("III" read as an acronym); a
    # coronation: "King Charles III" and the headline's "King Charles" were two actors; "Meghan, the Duchess of
    # Sussex" made "Duchess" an organisation and "Sussex" a place
    df = _df("King Charles crowned\n\nKing Charles III was crowned on Saturday. Its chief executive, John J. Ray III, "
             "said so. Meghan, the Duchess of Sussex, left early. Class II and Article IV apply.")
    types = dict(zip(df["actor"], df["type"], strict=False))
    assert set(df.loc[df["surface"].str.startswith("King"), "actor"]) == {"Charles III"}
    assert types["John J. Ray III"] == "person" and types["Meghan"] == "person"
    assert set(df.loc[df["surface"] == "Duchess of Sussex", "actor"]) == {"Meghan"}  # (her title in apposition: her)
    assert "Duchess" not in types and types.get("Class II") != "person"


def test_a_body_named_before_a_modifier_and_a_group_noun():
    # a war report: "The Wagner mercenary group, whose fighters captured the city" was a person
    got = _types(HEAD + "The Wagner mercenary group, whose fighters captured the city, has since withdrawn. Kansai "
                        "Electric said its plants were safe.")
    assert got["Wagner"] == got["Kansai Electric"] == "organization"


def test_a_firms_trade_word_is_dropped_when_named_again():
    # "his hedge fund, Alameda Research … Alameda's former chief executive" were two actors
    df = _df(HEAD + "His hedge fund, Alameda Research, lost billions. Alameda's former chief executive testified.")
    assert set(df["actor"]) == {"Alameda Research"}


def test_a_storm_under_each_of_its_names_is_one_event():
    # "Storm Ciarán battered western Europe" was the organisation "Ciarán"; Wikinews: "Hurricane Lorenzo … Storm
    # Lorenzo will produce … Lorenzo is the largest" are one storm; "Météo-France said" was "Météo" and "France"
    df = _df(HEAD + "Storm Ciarán battered Europe on Thursday, Météo-France said. Hurricane Lorenzo grew. Storm "
                    "Lorenzo will produce high waves. Lorenzo is the largest storm of the year.")
    types = dict(zip(df["actor"], df["type"], strict=False))
    assert types["Storm Ciarán"] == "event" and types["Météo-France"] == "organization"
    assert set(df.loc[df["surface"].str.contains("Lorenzo"), "actor"]) == {"Hurricane Lorenzo"}


def test_a_surname_after_a_generation_suffix_is_the_persons():
    # 'flanked by Senator Joe Manchin III of West Virginia … Mr. Manchin, who had blocked an earlier version' were two
    # actors; Wikinews: "Edward J. DeBartolo Jr. … DeBartolo"
    df = _df(HEAD + "Senator Joe Manchin III of West Virginia spoke. Mr. Manchin said the law would help. Robert F. "
                    "Kennedy Jr. said no. Kennedy left early.")
    assert set(df["actor"]) == {"Joe Manchin III", "West Virginia", "Robert F. Kennedy Jr."}


def test_an_oil_benchmark_before_crude_is_a_product():
    # a market report: "Brent crude futures rose" was a place, "U.S. West Texas Intermediate crude" an organisation
    got = _types(HEAD + "Brent crude futures rose $5.04, while U.S. West Texas Intermediate crude was up $4.91.")
    assert got == {"Brent": "product", "U.S. West Texas Intermediate": "product"}


def test_a_shared_surname_before_the_second_person_is_named_is_the_first():
    # a spelling-bee story: "Dev Shah, an eighth-grader … “I can't believe it,” Shah said … His father, Sanjay Shah"
    # left "Shah" apart (Dev Shah had no strong person cue); Wikinews: nine "Khan" for Usman Khan before "Mayor of
    # London Sadiq Khan" is named
    df = _df(HEAD + "Dev Shah, an eighth-grader, won the bee. “I can't believe it,” Shah said. His father, Sanjay "
                    "Shah, said the family had flown in. Shah thanked the judges.")
    shah = df.loc[df["surface"] == "Shah", "actor"].tolist()
    assert shah[0] == "Dev Shah"


def test_titles_venues_and_teams_of_a_health_story_an_awards_night_and_a_race():
    # a WHO story: "WHO Director-General Tedros Adhanom Ghebreyesus told reporters" was one organisation; "The Africa
    # Centres for Disease Control and Prevention" three names; "among children in Congo" the other Congo; an awards
    # night: "Host Jimmy Kimmel" kept "Host", "the Dolby Theatre" a thing; a race: "told Sky Sports" a person,
    # "finished sixth for Mercedes" a place (Wikinews: "Director-General Dr. Margaret Chan", "the Rose Theatre")
    df = _df(HEAD + "WHO Director-General Tedros Adhanom Ghebreyesus told reporters that the Africa Centres for "
                    "Disease Control and Prevention agreed. The strain spread from the Democratic Republic of Congo to "
                    "Uganda; most cases are among children in Congo. Host Jimmy Kimmel opened the ceremony at the "
                    "Dolby Theatre. Verstappen told Sky Sports that Hamilton finished sixth for Mercedes.")
    types = dict(zip(df["actor"], df["type"], strict=False))
    assert types["Tedros Adhanom Ghebreyesus"] == "person" and types["World Health Organization"] == "organization"
    assert types["Africa Centres for Disease Control and Prevention"] == "organization"
    assert set(df.loc[df["surface"].str.contains("Congo"), "actor"]) == {"Democratic Republic of the Congo"}
    assert types["Jimmy Kimmel"] == "person" and types["Dolby Theatre"] == "place"
    assert types["Sky Sports"] == types["Mercedes-Benz"] == "organization"


def test_a_maker_and_a_finals_award():
    # a health story:
    # "Bavarian Nordic, the Danish maker of the only approved vaccine" a thing; a basketball final: "the Finals MVP",
    # "Game 5 of the Finals" organisations
    got = _types(HEAD + "Bavarian Nordic, the Danish maker of the "
                        "only approved vaccine, said it could supply doses. Brown was named the Finals MVP after Game 5 "
                        "of the Finals.")
    assert got["Bavarian Nordic"] == "organization"
    assert got["Finals MVP"] == "other" and got["Finals"] == "event"


def test_a_foreign_legal_form_is_dropped_when_the_firm_is_named_again():
    # Wikinews: "Stockmann Oyj Abp … Stockmann's increase to 116 Kroner" (two actors, persons), "Lindex AB … Lindex"
    df = _df(HEAD + "Stockmann Oyj Abp raised its offer. Stockmann's increase was rejected by Lindex AB. Lindex "
                    "shares rose. Adelaide, SA, voted.")
    assert dict(zip(df["surface"], df["actor"], strict=False))["Stockmann"] == "Stockmann Oyj Abp"
    assert set(df.loc[df["surface"].str.startswith("Lindex"), "actor"]) == {"Lindex AB"}
    assert dict(zip(df["actor"], df["type"], strict=False))["Adelaide"] == "place"


def test_bodies_named_like_titles_and_a_name_known_as_another():
    # a trial: "The Countess of Chester Hospital … said it was deeply sorry" was a person (a countess); a strike:
    # "Network Rail said", "The Confederation of British Industry said" persons; an inauguration: "first lady
    # Rosângela da Silva, known as Janja" made Janja an organisation apart from her
    df = _df(HEAD + "The Countess of Chester Hospital said it was sorry. Network Rail said a fifth of trains ran. The "
                    "Confederation of British Industry said the strike was costly. First lady Rosângela da Silva, known "
                    "as Janja, stood beside him. The Duke of Edinburgh waved.")
    types = dict(zip(df["actor"], df["type"], strict=False))
    for body in ("Countess of Chester Hospital", "Network Rail", "Confederation of British Industry"):
        assert types[body] == "organization", body
    assert types["Duke of Edinburgh"] == "person"
    assert dict(zip(df["surface"], df["actor"], strict=False))["Janja"] == "Rosângela da Silva"


def test_an_earnings_report_datelines_state_tickers_and_a_rival():
    # an earnings report: "REDMOND, Wash. (Reuters)" made Redmond an organisation and "Wash" a thing; "(MSFT.O)",
    # "(GOOGL.O)" organisations; "Rival Alphabet Inc" kept "Rival"; "infusing AI" made AI an organisation and a stance
    # target; 'the maker of "Call of Duty"' a quote and "Duty" a thing
    df = _df(HEAD + "REDMOND, Wash. (Reuters) - Microsoft said profit rose. \"We are infusing AI everywhere,\" Satya "
                    "Nadella said. Shares of the company (MSFT.O) rose. Rival Alphabet Inc (GOOGL.O) fell. Microsoft "
                    "bought Activision Blizzard, the maker of \"Call of Duty\".")
    types = dict(zip(df["actor"], df["type"], strict=False))
    assert types["Redmond"] == "place" and types["Washington State"] == "place"
    assert not {"MSFT.O", "GOOGL.O", "Rival Alphabet Inc"} & set(types)
    assert types["AI"] == "other" and types["Call of Duty"] == "work" and types["Alphabet Inc"] == "organization"


def test_an_obituary_label_a_mall_and_a_title_with_with():
    # an obituary: "Obituary: Tina Turner …" made "Obituary" an organisation; 'record of the year for "What's Love Got
    # to Do with It"' a quote ("Love Got", "Do" things); a shooting: "the Allen Premium Outlets" a person, and the
    # dateline's "ALLEN" joined it
    df = _df("Obituary: Tina Turner dies at 83\n\nShe won record of the year for \"What's Love Got to Do with It\". "
             "ALLEN, Texas — The gunman was killed at the Allen Premium Outlets, police said.")
    types = dict(zip(df["actor"], df["type"], strict=False))
    assert "Obituary" not in types and types["What's Love Got to Do with It"] == "work"
    assert types["Allen Premium Outlets"] == "place" and types["Allen"] == "place"


def test_a_body_before_its_holders_title_and_a_dateline_with_an_ap_state():
    # a university story: "Penn President Liz Magill resigned" made Penn a person (Wikinews: "Sirius CEO Mel
    # Karmazin", 17 "Sirius" places); a golf report: "AUGUSTA, Ga. (AP)" stayed "AUGUSTA", an organisation; "a career
    # Grand Slam" a person
    df = _df(HEAD + "AUGUSTA, Ga. (AP) — Scheffler won. Penn President Liz Magill resigned. McIlroy's wait for a "
                    "career Grand Slam continued.")
    types = dict(zip(df["actor"], df["type"], strict=False))
    assert types["Augusta"] == "place" and types["Penn"] == "organization" and types["Grand Slam"] == "other"


def test_the_red_cross_federation_is_one_body():
    # a flood story: "the International Federation of Red Cross and Red Crescent Societies said" was an organisation
    # and the person "Red Crescent Societies", who became the speaker
    got = _types(HEAD + "Officials of the International Federation of Red Cross and Red Crescent Societies said the toll "
                        "was huge.")
    assert got == {"International Federation of Red Cross and Red Crescent Societies": "organization"}


def test_a_team_named_with_a_number_and_products_of_a_firm():
    # a Super Bowl report: "beat the San Francisco 49ers 25-22" was the place San Francisco (Wikinews too); a launch:
    # "since the Apple Watch in 2015" an organisation; a drug trial: "Novo Nordisk's weight-loss drug" the place
    # "Nordisk"
    got = _types(HEAD + "Novo Nordisk's drug Wegovy cut the risk. The Chiefs beat the San Francisco 49ers 25-22 on "
                        "Sunday. It is Apple's first new product since the Apple Watch in 2015.")
    assert got["San Francisco 49ers"] == got["Novo Nordisk"] == "organization" and got["Apple Watch"] == "product"


def test_vietnamese_and_korean_surnames_that_are_also_words_start_the_name():
    # "Le" (a foreign word to the lexicon), "Do" (a verb), "An" (an article) open names at a sentence's start
    df = _df(HEAD + "Le Minh Duc said the plan would work. Do Van Hung said so too. An Cheol-soo, the software "
                    "entrepreneur, said he would run. Mr. An declined to comment later.")
    assert set(df["actor"]) == {"Le Minh Duc", "Do Van Hung", "An Cheol-soo"}
    assert set(df["type"]) == {"person"}
    assert len(df) == 4  # "Mr. An" is An Cheol-soo
    # the words keep their ordinary sense elsewhere
    got = _actors(HEAD + "An Italian official said no. Do Americans care? La Paz is high.")
    assert {"Italy", "La Paz"} <= got and not any(a.startswith(("An ", "Do ")) for a in got)


def test_a_foreign_article_opens_a_name_at_the_start_of_a_sentence_or_quote():
    got = _actors(HEAD + "Mayor Bill de Blasio spoke first. De Blasio made the announcement on television. A poll by "
                         "the newspaper 'Le Devoir' shows the party ahead.")
    assert got == {"Bill de Blasio", "Le Devoir"}


def test_a_month_name_after_a_preposition_opens_a_name_the_article_gives_elsewhere():
    df = _df(HEAD + "The reporter April Ryan asked a question. The next question was asked by April Ryan of "
                    "American Urban Radio.")
    assert df["surface"].tolist()[:2] == ["April Ryan", "April Ryan"]
    # alone, after a preposition, the month is a date and the surname the person
    df = _df(HEAD + "The next question was asked by April Ryan of American Urban Radio.")
    assert df["surface"].tolist()[0] == "Ryan"


def test_a_company_after_shares_of_or_a_stake_in_is_an_organisation():
    # the preposition alone would make a place of it ("in Hitachi"), the surname shape a person ("Ford")
    types = _types(HEAD + "Shares of Ford fell 3% after the carmaker cut its forecast. Shares in Zentrix rose. "
                          "Investors bought a stake in Kelvora.")
    assert types == {"Ford": "organization", "Zentrix": "organization", "Kelvora": "organization"}


def test_a_capitalised_adjective_before_its_noun_is_no_actor():
    got = _actors(HEAD + "The shutdown of the Federal government began. A Congressional intern died. She is safe in "
                         "the Western country now. Former Presidential candidate Michael Badnarik spoke.")
    assert got == {"Michael Badnarik"}
    # a party's, a people's or a surname's word stays: "the Democratic party", "Soviet troops", "Brown defended him"
    got = _actors(HEAD + "About 70 percent belong to the Democratic party. Soviet troops left. Bob Brown spoke. "
                         "Later Brown defended him. The NET system opened in March.")
    assert got == {"Democratic Party", "Soviet Union", "Bob Brown", "NET"}


@pytest.mark.parametrize("firm", ["Maersk", "Hitachi", "Foxconn", "Embraer", "Deloitte", "Bear Stearns", "Ericsson",
                                  "Salesforce", "Costco", "Red Bull"])
def test_a_major_company_named_alone_is_an_organisation(firm):
    # Wikinews: "Embraer" was a person 8 times, "Deloitte" and "Bear Stearns" once each
    df = _df(HEAD + f"{firm} said on Monday that profits rose. Analysts had expected more.")
    assert df["surface"].tolist() == [firm]
    assert df["type"].tolist() == ["organization"]


def test_a_war_on_its_subject_is_one_name_and_a_firm_in_brackets_keeps_its_first_word():
    got = _types(HEAD + "The US has been engaged in the War on Terror since 2001. The War on Drugs failed. The War "
                        "on Iraq began. Games included FIFA 2005 (Electronic Arts) and Lumines (Ubisoft).")
    assert got["War on Terror"] == got["War on Drugs"] == "event"
    assert got["Iraq"] == "place" and "War on Iraq" not in got
    assert got["Electronic Arts"] == got["Ubisoft"] == "organization"


def test_a_wire_stories_byline_and_contributor_line_name_no_actors():
    text = ("Senate passes climate bill after marathon session\n\n"
            "By MARY CLARE JALONICK and KEVIN FREKING Associated Press\n\n"
            "WASHINGTON (AP) — Democrats pushed their economic package to Senate passage Sunday. Speaker Nancy "
            "Pelosi said the House would vote on Friday.\n\n"
            "Associated Press writer Alan Fram contributed to this report.")
    got = _actors(text)
    assert "Nancy Pelosi" in got
    assert not {a for a in got if "JALONICK" in a or "FREKING" in a or a == "Alan Fram"}


def test_a_match_reports_fixtures_name_clubs_and_famous_clubs_are_organisations():
    text = HEAD + ("Erling Haaland scored twice as Manchester City beat Brighton 3-1 on Saturday. Arsenal lost 2-0 to "
                   "Aston Villa. City travel to Anfield to face Liverpool next Sunday, while Arsenal host Chelsea on "
                   "Wednesday.")
    got = _types(text)
    assert got["Aston Villa"] == got["Liverpool"] == got["Chelsea"] == got["Arsenal"] == "organization"
    assert got["Anfield"] == "place"
    # outside a match report a town after such a verb is the town
    assert _types(HEAD + "The president will host Liverpool's mayor. He was visiting Oulu in June.") == {
        "Liverpool": "place", "Oulu": "place"}


def test_a_local_crime_reports_places_and_hospital():
    # made-up, in the shape of a UK local news report
    got = _types(HEAD + "Daniel Okafor, 34, of Harehills, appeared at Leeds Magistrates' Court on Monday. Officers were "
                        "called to Briggate at about 11.40pm. The victim was taken to Leeds General Infirmary. Jane "
                        "Roe, 52, from Otley, was also hurt.")
    assert got["Harehills"] == got["Briggate"] == got["Otley"] == "place"  # where they live, where police went
    assert got["Leeds General Infirmary"] == "organization"  # one name (was "Leeds" and a person "Infirmary")
    assert got["Daniel Okafor"] == got["Jane Roe"] == "person"


def test_a_mixed_case_acronym_merges_with_its_long_form_and_a_party_role_is_no_part_of_its_name():
    df = _df(HEAD + "The Bank of England raised rates. The BoE said more rises were likely. The Department of Justice "
                    "sued, and the DoJ said so. Opposition Labour Party leader Keir Starmer spoke. The Opposition said "
                    "no.")
    assert set(df["actor"]) == {"Bank of England", "Department of Justice", "Labour Party", "Keir Starmer", "Opposition"}


def test_an_exoplanet_code_and_a_telescopes_instrument_are_no_organisations():
    got = _types(HEAD + "They also studied TRAPPIST-1e and K2-18b. The data came from Webb's NIRSpec instrument and the "
                        "MIRI camera.")
    assert got["TRAPPIST-1e"] == got["K2-18b"] == "other"
    assert got["NIRSpec"] == got["MIRI"] == "product"  # (not "Miri", a Malaysian city: only a dateline's town)


def test_a_name_that_goes_on_after_a_hyphen_compound_and_names_with_small_joining_syllables():
    got = _types(HEAD + "A Donald Trump-style campaign began, and a Bernie Sanders-backed candidate won. Incumbent Prayuth "
                        "Chan-o-cha stayed. Officials blamed Lashkar-e-Toiba (LeT), and an LeT spokesman denied it. The "
                        "Oil-for-Food Programme ended. The First-Past-the-Post system failed. A Russia-backed group spoke.")
    assert got["Donald Trump"] == got["Bernie Sanders"] == got["Prayuth Chan-o-cha"] == "person"
    assert got["Lashkar-e-Toiba"] == got["Oil-for-Food Programme"] == "organization"
    assert "LeT" not in got and "Donald" not in got and "Bernie" not in got  # merged, not cut
    assert got["Russia"] == "place" and not any("Past" in a for a in got)


def test_newspapers_named_after_a_weekday_are_one_name_and_no_date():
    df = _df(HEAD + "The Sunday Times reported the news. He told the Mail on Sunday. Sunday Telegraph editors quit. "
                    "We met on Sunday.")
    assert set(df["actor"]) == {"The Sunday Times", "The Mail on Sunday", "The Sunday Telegraph"}
    assert set(df["type"]) == {"organization"}


def test_a_railway_and_a_police_force_of_two_places_are_organisations():
    got = _types(HEAD + "Chief Constable Jim Colwell of Devon and Cornwall Police spoke. Avon and Somerset Police said so. "
                        "Train operator Great Western Railway says services are cancelled.")
    assert got["Devon and Cornwall Police"] == got["Avon and Somerset Police"] == "organization"
    assert got["Great Western Railway"] == "organization"  # (was a person)


@pytest.mark.parametrize("body", ["Ofcom", "Ofsted", "National Grid", "Network Rail", "Citizens Advice", "Unicef", "Europol",
                                  "Frontex", "Bundesbank", "Ukrenergo", "Tass", "Storting", "Verkhovna Rada"])
def test_uk_regulators_utilities_and_charities_named_alone_are_organisations(body):
    df = _df(HEAD + f"{body} said on Monday that the figures were worrying. Critics agreed.")
    assert df["surface"].tolist() == [body] and df["type"].tolist() == ["organization"]


@pytest.mark.parametrize("agency", ["FEMA", "NOAA", "NIH", "IRS", "NTSB"])
def test_an_acronym_that_says_something_is_an_agency_not_a_person(agency):
    # "FEMA said" was a person: the verb of saying outweighed the acronym's shape
    df = _df(HEAD + f"{agency} said on Monday that the figures were worrying. Critics agreed.")
    assert df["type"].tolist() == ["organization"]


def test_a_well_known_persons_initials_are_that_person():
    df = _df(HEAD + "Alexandria Ocasio-Cortez spoke first. AOC said the bill was weak.")
    assert df["actor"].tolist() == ["Alexandria Ocasio-Cortez"] * 2 and set(df["type"]) == {"person"}
    assert _types(HEAD + "AOC said the bill was weak. Critics agreed.") == {"AOC": "person"}


def test_a_model_or_serial_number_ends_the_name_and_types_it():
    # "Boeing 737" was the company Boeing (an actor) and "Max" a person; "Apollo 11" was the god Apollo, a person;
    # "GJ 486b" an organisation "GJ"
    got = _types(HEAD + "The Boeing 737 MAX was grounded after the crash of Lion Air Flight 610. NASA said Apollo 11 "
                        "landed in 1969. Astronomers studied GJ 486b. Microsoft released Windows 11 and Sony the "
                        "PlayStation 5. The FTSE 100 and the CAC 40 fell. Traffic on Interstate 95 was slow. "
                        "Embraer said its profit rose.")
    assert got == {"Boeing 737 MAX": "product", "Lion Air Flight 610": "other", "NASA": "organization",
                   "Apollo 11": "event", "GJ 486b": "other", "Microsoft": "organization", "Windows 11": "product",
                   "Sony": "organization", "PlayStation 5": "product", "FTSE 100": "other", "CAC 40": "other",
                   "Interstate 95": "place", "Embraer": "organization"}


def test_a_later_short_model_name_merges_with_the_model_not_the_maker():
    df = _df(HEAD + "Boeing said the 737 MAX was safe. The Boeing 737 Max was grounded. Each Max carries 180 people.")
    assert dict(zip(df["surface"], df["actor"], strict=True)) == {"Boeing": "Boeing", "Boeing 737 Max": "Boeing 737 Max",
                                                                  "Max": "Boeing 737 Max"}
    assert df.set_index("surface").loc["Boeing", "type"] == "organization"


def test_a_number_after_a_club_in_a_score_stays_out_of_its_name():
    got = _actors(HEAD + "Chelsea 2 Arsenal 1 was the score at Stamford Bridge. LA Galaxy 3, Seattle Sounders 1 ended it.")
    assert not any(ch.isdigit() for a in got for ch in a), got


def test_initials_and_a_surname_that_speak_are_a_person_not_an_acronym():
    # "TM Roh", "AJ Smith" were organisations: two capitals read as an acronym's name
    got = _types(HEAD + "The South Korean company's mobile chief, TM Roh, said it would. AJ Smith said so too. "
                        "Tesla co-founder JB Straubel said it. The UK Government said no. He studied at UC Davis.")
    assert got == {"South Korea": "place", "TM Roh": "person", "AJ Smith": "person", "Tesla": "organization",
                   "JB Straubel": "person", "UK Government": "organization", "UC Davis": "organization"}


def test_the_kind_of_court_before_judge_is_part_of_the_title():
    # "U.S. District" was an actor (type other) beside the judge
    df = _df(HEAD + "The ruling came from U.S. District Judge Yvonne Gonzalez Rogers. Federal District Judge Jed Rakoff "
                    "agreed. Fulton County Superior Court Judge Ann Lee spoke.")
    assert dict(zip(df["actor"], df["type"], strict=True)) == {
        "United States": "place", "Yvonne Gonzalez Rogers": "person", "Jed Rakoff": "person",
        "Fulton County Superior Court": "organization", "Ann Lee": "person"}
    assert "District Judge Yvonne Gonzalez Rogers" in set(df["surface"])


def test_a_teams_nickname_merges_with_its_full_name_even_when_it_reads_like_a_person():
    # "the Lakers, who have lost" made "Lakers" a person of its own; "Golden State Warriors" was a thing (other)
    df = _df(HEAD + "The Golden State Warriors beat the Los Angeles Lakers 128-124 on Saturday. LeBron James had 36 "
                    "points for the Lakers, who have lost four of their last five games. The Warriors host the "
                    "Boston Celtics on Tuesday.")
    got = df.groupby("actor")["type"].agg(lambda s: (s.iloc[0], len(s))).to_dict()
    assert got["Los Angeles Lakers"] == ("organization", 2) and got["Golden State Warriors"] == ("organization", 2)
    assert "Lakers" not in got and "Warriors" not in got


def test_a_constituency_and_a_town_in_an_election_report_are_places():
    # "South West Norfolk" was a person (two compass words before a county), "Clacton" an organisation
    got = _types(HEAD + "Reform UK took five seats, including Clacton, where Nigel Farage was elected. Liz Truss lost "
                        "her South West Norfolk seat to Terry Jermy. She joined Acme, where she worked.")
    assert got == {"Reform UK": "organization", "Clacton": "place", "Nigel Farage": "person", "Liz Truss": "person",
                   "South West Norfolk": "place", "Terry Jermy": "person", "Acme": "organization"}


def test_an_apposition_naming_a_fund_or_an_exchange_makes_an_organisation():
    # "Alameda Trading, a hedge fund he controlled" was type other: the relative clause without "that" ran on
    got = _types(HEAD + "Prosecutors said he covered losses at Alameda Trading, a hedge fund he controlled. He listed "
                        "shares on Zorvex, a crypto exchange.")
    assert got == {"Alameda Trading": "organization", "Zorvex": "organization"}


def test_a_home_in_a_town_and_a_besieged_town_are_places():
    # "his home in Moulay Brahim" and "besiege El Fasher" were people (two name-like words)
    got = _types(HEAD + "He stood beside the ruins of his home in Moulay Brahim. As the Rapid Support Forces besiege "
                        "El Fasher, the promise rings hollow. She has lived in Tal Afar all her life.")
    assert got == {"Moulay Brahim": "place", "Rapid Support Forces": "organization", "El Fasher": "place",
                   "Tal Afar": "place"}


def test_a_stock_ticker_in_brackets_is_the_firms_second_name():
    # "(NASDAQ: NWRB)" gave two actors of its own, the exchange and "NWRB"
    df = _df(HEAD + "Northwind Robotics, Inc. (NASDAQ: NWRB), a leader in automation, reported results. Apple Inc. "
                    "(NASDAQ: AAPL) and Shell plc (LSE: SHEL) gained. NWRB shares rose 5%.")
    assert df["actor"].tolist() == ["Northwind Robotics", "Apple Inc", "Shell", "Northwind Robotics"]
    assert df["surface"].tolist()[-1] == "NWRB" and set(df["type"]) == {"organization"}


def test_an_honorific_tells_a_coordinated_couple_apart():
    # "Mr. Whitaker said" was Linda Whitaker (the only full name written out)
    art = load_article(HEAD + "Dan and Linda Whitaker lost their house. \"We're not leaving,\" Mr. Whitaker said. His "
                              "wife nodded. \"This is home,\" she said.")
    df = actors(art)
    assert df.loc[df["surface"] == "Mr. Whitaker", "actor"].tolist() == ["Dan Whitaker"]
    assert quotes(art)["speaker"].tolist() == ["Dan Whitaker", "Linda Whitaker"]


def test_a_kin_nouns_apposition_is_a_person_even_when_the_name_is_a_city():
    # "her daughter, Sofia, turned 4" was the place Sofia
    got = _types(HEAD + "Her son, Diego, is 7; her daughter, Sofia, turned 4. His sister, Victoria, said so.")
    assert got == {"Diego": "person", "Sofia": "person", "Victoria": "person"}
    assert _types(HEAD + "They flew to Sofia, the capital, on Monday.") == {"Sofia": "place"}


def test_a_telescope_named_after_someone_is_named_again_by_that_name():
    # "Webb" was a product of its own beside the telescope; the spectrograph a person; French Guiana a thing (other)
    df = _df(HEAD + "The James Webb Space Telescope found carbon dioxide. Webb's Near-Infrared Spectrograph observed the "
                    "planet. The mission launched from Kourou, French Guiana.")
    assert dict(zip(df["surface"], df["actor"], strict=True))["Webb"] == "James Webb Space Telescope"
    got = dict(zip(df["actor"], df["type"], strict=True))
    assert got["Near-Infrared Spectrograph"] == "product" and got["French Guiana"] == got["Kourou"] == "place"


def test_a_tennis_open_is_an_event():
    # "the French Open", "the Canadian Open" were type other; the Open University stays an organisation
    got = _types(HEAD + "He won the French Open and will play the Canadian Open. She studied at the Open University.")
    assert got == {"French Open": "event", "Canadian Open": "event", "Open University": "organization"}


def test_chair_is_a_title_and_stock_indices_are_no_actors():
    # "Fed Chair Jerome Powell" was one organisation; "S&P 500" the rating agency; "Nasdaq Composite" an organisation
    df = _df(HEAD + "Fed Chair Jerome Powell spoke. Board Chair Mary Smith agreed. The S&P 500 lost 2.95% and the "
                    "Nasdaq Composite dropped. He holds a Chair In Global Politics.")
    got = dict(zip(df["actor"], df["type"], strict=True))
    assert got["Jerome Powell"] == got["Mary Smith"] == "person" and got["Federal Reserve"] == "organization"
    assert got["S&P 500"] == got["Nasdaq Composite"] == "other"
    assert not any(a.startswith("In ") for a in got)


def test_a_royal_title_of_a_place_names_its_holder():
    # "the Princess of Wales" was the place Wales (the title "Princess" split off), unlike "the Duke of Sussex"
    got = _types(HEAD + "The Princess of Wales watched. The Duke of Sussex said he would return. The King of Jordan met "
                        "the president. The Prince of Wales Hospital opened.")
    assert got == {"Princess of Wales": "person", "Duke of Sussex": "person", "King of Jordan": "person",
                   "Prince of Wales Hospital": "organization"}


def test_an_apposition_naming_a_film_makes_a_work_and_a_demonym_noun_its_country():
    # "Barbie, the year's biggest box-office hit" was an organisation; "a proud Irishman" an organisation "Irishman"
    got = _types(HEAD + "Barbie, the year's biggest box-office hit, won one award. Denise Crosby will appear in Suits, a "
                        "Toronto-shot legal series. \"I'm a proud Irishman,\" he said. The Scotsman newspaper reported it.")
    assert got["Barbie"] == got["Suits"] == "work"
    assert got["Ireland"] == "place" and "Irishman" not in got and got["The Scotsman"] == "organization"


def test_a_title_in_a_headlines_single_marks_is_the_work_named_in_the_story():
    # "'Oppenheimer' sweeps Oscars" merged the headline's film with the person J. Robert Oppenheimer
    art = load_article("'Oppenheimer' sweeps Oscars with seven wins\n\nChristopher Nolan's \"Oppenheimer\" won seven "
                       "awards. Cillian Murphy won for playing J. Robert Oppenheimer.")
    df = actors(art)
    assert df.loc[df["kind"] == "title", ["actor", "type"]].values.tolist() == [["Oppenheimer", "work"], ["Oscars", "event"]]
    assert quote_spans(art)["text"].tolist()[0] == "'Oppenheimer'"
    # an apostrophe is no quotation mark: "Rock 'n' roll", "Nolan's film"
    assert quote_spans(load_article("Rock 'n' roll is back in Nolan's film\n\nIt is.")).empty


def test_a_list_of_companies_is_no_town_and_its_region():
    # "such as Alphabet, Amazon and Microsoft": "Alphabet" was a place (a town before the region "Amazon")
    got = _types(HEAD + "The law covers gatekeepers such as Alphabet, Amazon and Microsoft. He lives in Clearwater, "
                        "Florida, with his wife.")
    assert got["Alphabet"] == got["Microsoft"] == "organization" and got["Clearwater"] == "place"


def test_a_bodys_head_word_alone_is_the_one_body_of_that_kind_in_the_story():
    # "Council approves plan" (the headline) was an organisation "Council" beside "Leeds City Council"
    df = actors(load_article("Council approves plan to close schools\n\nLeeds City Council's board approved the plan. "
                             "The Senate and the US Congress met. Congress passed the bill. The House voted too, and "
                             "the White House said so."))
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["Council"] == "Leeds City Council" and got["Congress"] == "US Congress"
    assert got["House"] == "House"  # the House of Representatives, not the White House


def test_a_party_of_its_leader_is_two_names():
    # "the Samajwadi Party of Akhilesh Yadav" was one organisation
    got = _types(HEAD + "In Uttar Pradesh, the Samajwadi Party of Akhilesh Yadav won 37 seats. The University of "
                        "Washington and the Bank of England agreed.")
    assert got == {"Uttar Pradesh": "place", "Samajwadi Party": "organization", "Akhilesh Yadav": "person",
                   "University of Washington": "organization", "Bank of England": "organization"}


def test_counsel_is_a_title_and_a_courts_short_name_is_the_court_named_in_full():
    # "Special Counsel Jack Smith" was one organisation; the headline's "Supreme Court" an actor of its own beside
    # "the U.S. Supreme Court" (the Supreme Court of the United States)
    df = actors(load_article("Supreme Court rules on immunity\n\nThe U.S. Supreme Court ruled on Monday. Special Counsel "
                             "Jack Smith's office declined to comment. White House Counsel Pat Cipollone spoke."))
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["Supreme Court"] == got["U.S. Supreme Court"] == "Supreme Court of the United States"
    assert got["Special Counsel Jack Smith"] == "Jack Smith" and got["Counsel Pat Cipollone"] == "Pat Cipollone"


def test_uk_police_ranks_are_titles():
    # "Det Insp Rachel Hughes" gave an organisation "Det"
    assert _types(HEAD + "Det Insp Rachel Hughes said so. DCI Tom Lee agreed. PCSO Ann Smith spoke.") == {
        "Rachel Hughes": "person", "Tom Lee": "person", "Ann Smith": "person"}


def test_an_unknown_name_owning_a_persons_full_name_is_their_team():
    # "McLaren's Lando Norris" made McLaren a person (a surname), and the speaker of its team boss's quote
    df = actors(load_article("Verstappen wins in Brazil\n\nMcLaren's Lando Norris finished sixth. Alpine's Esteban "
                             "Ocon was second. McLaren team boss Andrea Stella said the team would review it."))
    got = dict(zip(df["actor"], df["type"], strict=True))
    assert got["McLaren"] == "organization" and got["Alpine"] == "organization"
    assert got["Lando Norris"] == got["Esteban Ocon"] == got["Andrea Stella"] == "person"


def test_a_demonym_naming_one_person_is_not_the_country():
    # "the Briton told Sky Sports", "an American, was found shot", "a Jordanian named …" counted as the country
    df = actors(load_article("Race report\n\nNorris lost the lead. \"It was a tough day,\" the Briton told Sky Sports. "
                             "Tom Fox, an American, was found. As a Californian, I saw it. A Jordanian named Ali spoke. The sixteen-year-old Swede is "
                             "young. The Iraqi government's request, the American ambassador, the Jordanian, Nepalese and "
                             "Nigerian units and the French agreed."))
    got = df.groupby("actor").size().to_dict()
    assert "United Kingdom" not in got and "Sweden" not in got and "California" not in got
    assert got["Iraq"] == got["United States"] == got["Jordan"] == got["Nepal"] == got["Nigeria"] == got["France"] == 1


def test_a_world_city_of_two_words_is_a_place_and_the_gita_a_book():
    # "who was in Santa Monica for an event" and "Palmerston North" were people (a short name's shape); "the
    # Bhagavad Gita" a person
    got = _types(HEAD + "Biden, who was in Santa Monica for an event, spoke. Police in Palmerston North agreed. "
                        "Murphy was quoting the Bhagavad Gita. Benito Juárez was president.")
    assert got["Santa Monica"] == got["Palmerston North"] == "place"
    assert got["Bhagavad Gita"] == "work" and got["Benito Juárez"] == "person"


def test_a_review_headline_and_a_copula_name_a_work_apart_from_the_person():
    # "'Oppenheimer' review: …" and "Christopher Nolan's Oppenheimer is a film of …" merged with the physicist
    df = actors(load_article("'Oppenheimer' review: Nolan's towering portrait\n\nChristopher Nolan's Oppenheimer is a "
                             "film of immense ambition, a study of the physicist J Robert Oppenheimer. The film follows "
                             "Oppenheimer to Los Alamos. Barbie review: pink and clever."))
    got = df.groupby(["actor", "type"]).size().to_dict()
    assert got[("Oppenheimer", "work")] == 2 and got[("J Robert Oppenheimer", "person")] == 2
    assert got[("Barbie", "work")] == 1


def test_a_facility_that_speaks_is_the_body_running_it():
    # "The Carter Center said he died peacefully" was a place
    got = _types(HEAD + "The Carter Center said he died peacefully. Gatwick Airport confirmed delays. He spoke at "
                        "the Kennedy Center. Kensington Palace has announced it.")
    assert got == {"Carter Center": "organization", "Gatwick Airport": "organization", "Kennedy Center": "place",
                   "Kensington Palace": "organization"}


def test_two_full_names_joined_by_and_are_two_people_and_a_verb_form_no_name():
    # "after Kai Havertz and Jurrien Timber": Timber (a common word) made the second an "other"; a sentence's
    # "Demonising foods …" was an organisation
    got = _types(HEAD + "He becomes the third signing after Kai Havertz and Jurrien Timber. \"Demonising foods is "
                        "misleading,\" she said. Tim Gunn and Grateful Dead drummer Mickey Hart came.")
    assert got["Jurrien Timber"] == "person" and "Demonising" not in got and got["Grateful Dead"] != "person"


def test_a_clubs_nickname_is_the_club():
    # "the Gunners, who finished second" was an "other" beside Arsenal
    df = actors(load_article("Arsenal sign Rice\n\nArsenal have signed Declan Rice from West Ham. He joins the Gunners, "
                             "who finished second. The Hammers won in Prague."))
    got = df.groupby("actor").size().to_dict()
    assert got["Arsenal"] == 3 and got["West Ham United"] == 2


def test_a_persons_home_after_from_is_a_place_and_police_alone_the_joint_force():
    # "A 27-year-old man from Horfield" was an organisation; "Police are appealing" an actor "Police" beside "Avon
    # and Somerset Police" (the " and " in the force's name blocked the head-word merge)
    df = actors(load_article("Police appeal after crash\n\nPolice are appealing for witnesses. A 27-year-old man from "
                             "Horfield was arrested, Avon and Somerset Police said. Students from All Saints school "
                             "helped."))
    got = dict(zip(df["actor"], df["type"], strict=False))
    assert got["Horfield"] == "place" and got["All Saints"] != "place" and "Police" not in got
    assert (df["actor"] == "Avon and Somerset Police").sum() == 3


def test_a_chambers_party_members_are_the_party():
    # "Senate Republican leader Mitch McConnell" gave an "other" "Senate Republican", "House Republicans" a person
    df = actors(load_article("Shutdown averted\n\nSenate Republican leader Mitch McConnell agreed. House Democrats and "
                             "House Republicans voted. The Senate passed it."))
    got = df.groupby("actor").size().to_dict()
    assert got == {"Republican Party": 2, "Democratic Party": 1, "Mitch McConnell": 1, "Senate": 1}


def test_a_name_made_with_peoples_may_open_a_sentence():
    # "People's Bank of China Governor Pan Gongsheng said" gave "Bank of China" (another bank); "''People's Daily''"
    # gave "Daily"
    df = actors(load_article("Rates\n\nPeople's Bank of China Governor Pan Gongsheng said so. The Chinese ''People's "
                             "Daily'' reported it. People's lives matter."))
    assert df["actor"].tolist() == ["People's Bank of China", "Pan Gongsheng", "China", "People's Daily"]


def test_a_name_of_two_common_words_may_open_a_sentence():
    # "Social Security payments rose" gave "Security"; "Humane Society officials", "Crew Dragon docked" lost their
    # first word; a heading ("Nuclear Power") or "Other Cabinet members" stays as it was
    df = actors(load_article("Budget\n\nSocial Security payments rose. Humane Society officials agreed. Crew Dragon "
                             "docked at the station.\n\nNuclear Power\n\nOther Cabinet members left."))
    assert {"Social Security", "Humane Society", "Crew Dragon"} <= set(df["actor"])
    assert not {"Security", "Society", "Dragon", "Nuclear Power", "Other Cabinet"} & set(df["actor"])


@pytest.mark.parametrize(("dateline", "town"), [("KANSAS CITY, Mo. (AP) —", "Kansas City"),
                                                ("SALT LAKE CITY (AP) —", "Salt Lake City"),
                                                ("MEXICO CITY (Reuters) -", "Mexico City")])
def test_a_wire_datelines_town_of_several_words_is_one_place(dateline, town):
    # "KANSAS CITY, Mo. (AP) —" gave "Kansas" ("CITY" is an English word in capitals); "SALT LAKE CITY" nothing
    got = _types(f"Chiefs win\n\n{dateline} Patrick Mahomes threw for 245 yards on Sunday.")
    assert got[town] == "place" and "Kansas" not in got


def test_a_teams_nickname_is_the_team_named_by_an_unlisted_city():
    # "the Bills were stopped" was an "other" beside "the Buffalo Bills" (Buffalo, a common word, is no listed city)
    df = actors(load_article("Chiefs beat Bills\n\nThe Kansas City Chiefs beat the Buffalo Bills 32-29 on Sunday. Josh "
                             "Allen threw for 237 yards for Buffalo, but the Bills were stopped."))
    got = df.groupby("actor").size().to_dict()
    assert got["Buffalo Bills"] == 4 and "Bills" not in got


def test_indian_honorifics_are_titles():
    # "Shri Modi unveiled a plaque" was an actor "Shri Modi" beside Narendra Modi; "Smt Droupadi Murmu" kept "Smt"
    df = actors(load_article("Parliament opens\n\nPrime Minister Narendra Modi spoke. Shri Modi unveiled a plaque. The "
                             "President, Smt Droupadi Murmu, was absent."))
    assert df.groupby("actor").size().to_dict() == {"Narendra Modi": 2, "Droupadi Murmu": 1}
    # West African ones too: "Alhaji Musa Bello", "Mallam Nuhu Ribadu" (Wikinews) kept the title
    got = _types(HEAD + "Alhaji Musa Bello agreed. The chairman, Mallam Nuhu Ribadu, spoke.")
    assert got == {"Musa Bello": "person", "Nuhu Ribadu": "person"}


def test_a_firms_unit_is_a_firm_and_its_models_products():
    # "the Alphabet unit" was an "other" (a common noun), "its Gemini models" an organisation
    got = _types(HEAD + "The Alphabet unit is expected to show off updates to its Gemini models. Former Playboy model "
                        "Karen McDougal spoke.")
    assert got["Alphabet"] == "organization" and got["Gemini"] == "product" and got["Playboy"] != "product"


def test_amnesty_alone_is_amnesty_international():
    # "Amnesty described conditions as “appalling”" had no actor and an unattributed quote
    art = load_article("Prisons\n\nAmnesty described conditions as \u201cappalling\u201d. The amnesty was granted.")
    assert actors(art)["actor"].tolist() == ["Amnesty International"]
    assert quotes(art)["speaker"].tolist() == ["Amnesty International"]


def test_a_plural_noun_before_a_verb_is_no_verb_of_saying():
    # "Universal Credit claims fell" made a person of Universal Credit ("claims" read as a verb)
    got = _types(HEAD + "Universal Credit claims fell. Smith claims victory.")
    assert got == {"Universal Credit": "other", "Smith": "person"}


def test_two_compass_words_after_the_are_a_region():
    # "for London, the South East and the East of England": "South East" was a person
    got = _types(HEAD + "The alert is in force for London, the South East and the East of England.")
    assert got["South East"] == "place"


def test_a_headlines_first_word_made_of_two_words_is_no_name():
    # "Heatwave to peak on Wednesday as Met Office issues amber warning" had an organisation "Heatwave"
    art = load_article("Heatwave to peak on Wednesday as Met Office issues amber warning\n\nTemperatures will reach 33C, "
                       "the Met Office said.")
    assert actors(art)["actor"].tolist() == ["Met Office", "Met Office"]
    # a name the story writes again stays (the firm's short name: the firm)
    art = load_article("Goldman cuts jobs\n\nGoldman Sachs said it would cut 3,000 jobs.")
    assert actors(art)["actor"].tolist() == ["Goldman Sachs", "Goldman Sachs"]


def test_a_constituency_named_with_and_is_one_place():
    # "in his Richmond and Northallerton constituency" gave two places; "held his Godalming and Ash seat" a place and
    # an "other" Ash; "Smith and Jones seat guests" (a verb) stays two
    got = _types(HEAD + "Sunak spoke in his Richmond and Northallerton constituency. Mr Hunt held his Godalming and Ash "
                        "seat. Smith and Jones seat guests.")
    assert got["Richmond and Northallerton"] == got["Godalming and Ash"] == "place"
    assert "Smith" in got and "Jones" in got


def test_a_ruler_after_the_reign_of_is_a_person():
    # "the reign of Amenhotep III" … "the temples of Ramesses III and Amenhotep III": the pharaoh was an organisation
    # (the regnal number read as an acronym)
    got = _types(HEAD + "The city dates to the reign of Amenhotep III. Digging began between the temples of Ramesses "
                        "III and Amenhotep III. The seal of King Amenhotep III was found near the tomb of Tutankhamun.")
    assert got["Amenhotep III"] == got["Tutankhamun"] == "person"


def test_a_tour_is_an_event():
    # "Taylor Swift's Eras Tour" was an "other"
    got = _types(HEAD + "Taylor Swift's Eras Tour grossed $1bn. The Hydrogen Road Tour began.")
    assert got["Eras Tour"] == got["Hydrogen Road Tour"] == "event"


def test_a_maker_then_a_model_code_is_a_product():
    # Wikinews' award list gave organisations "ASUS R700t", "Panasonic TH-65PZ700T"; "Volvo XC90", "Boeing MD-11" too
    got = _types(HEAD + "The ASUS R700t and the Panasonic TH-65PZ700T won. A Volvo XC90 crashed into a Boeing MD-11. "
                        "BBC Radio 4 aired it. The G7 met.")
    assert got["ASUS R700t"] == got["Panasonic TH-65PZ700T"] == got["Volvo XC90"] == got["Boeing MD-11"] == "product"
    assert got["G7"] == "organization"


def test_an_amount_in_rand_is_no_name():
    # "approximately R400,000 (at least $67,000)" gave an "other" R400
    got = _types(HEAD + "The flight cost approximately R400,000 and the fleet R2.5 billion. The MIPS R4000 ran.")
    assert got == {"MIPS R4000": "product"}
    # nor an amount after a currency's code ("SEK9 million (USD910,000)", Wikinews' "IDR36.12 trillion")
    assert _types(HEAD + "The prize is SEK9 million (USD910,000). Sales reached IDR36.12 trillion.") == {}


def test_a_surname_with_its_article_capitalised_at_a_sentences_start_is_the_person():
    # "Al-Mutlaq said" after "Saleh al-Mutlaq" was a person of its own (and its quotes his), "Al-Sadr" an organisation
    df = actors(load_article("Vote\n\nSaleh al-Mutlaq spoke. Al-Mutlaq said no. Muqtada al-Sadr left. Al-Sadr's men "
                             "stayed."))
    assert df.groupby("actor").size().to_dict() == {"Saleh al-Mutlaq": 2, "Muqtada al-Sadr": 2}


def test_yes_and_no_alone_are_no_names():
    # "Spain says Yes to EU constitution", "voters said Yes" gave actors "Yes"
    got = _types("Spain says Yes to EU constitution\n\nVoters said Yes on Sunday. No one objected.")
    assert "Yes" not in got and "No" not in got


def test_legal_citation_abbreviations_are_no_names():
    # Wikinews' "15 U.S.C. § 1331 … 79 Stat. 282 … 2 F. Supp. 2d" gave actors "Stat" (a person) and "Supp"
    got = _types(HEAD + "The act is at 79 Stat. 282 and 2 F. Supp. 2d 54.")
    assert "Stat" not in got and "Supp" not in got


def test_the_and_a_plural_after_a_given_name_is_a_team_or_a_band():
    # "chosen by the Charlotte Hornets" was a person (Charlotte, a given name); "the Christian Socialists" too
    got = _types(HEAD + "He was chosen by the Charlotte Hornets. The Jonas Brothers sang. The Tiger Woods effect was "
                        "real. They met at the Carlton Gardens.")
    assert got["Charlotte Hornets"] == got["Jonas Brothers"] == "organization"
    assert got["Tiger Woods"] == "person" and got["Carlton Gardens"] == "place"


def test_a_place_then_for_the_event_one_goes_there_for_is_two_names():
    # "The PGA Tour moves next to Hilton Head for the RBC Heritage" was one organisation "Hilton Head for the RBC
    # Heritage"; "Transport for London" and "the Center for the Study of Hate" stay one name each
    got = _types(HEAD + "The PGA Tour moves next to Hilton Head for the RBC Heritage. Trams go to Transport for "
                        "London. He works at the Center for the Study of Hate.")
    assert "Hilton Head" in got and "RBC Heritage" in got
    assert "Transport for London" in got and "Center for the Study of Hate" in got


def test_a_bodys_head_word_alone_is_the_body_the_story_named_first():
    # a Bank of England story that names the European Central Bank later: "the Bank" was the ECB
    df = actors(load_article("Bank of England holds rates\n\nThe Bank of England kept rates at 5.25%. Governor Andrew "
                             "Bailey said the Bank needed more evidence. The European Central Bank is expected to "
                             "cut. The Bank's next decision is due in May."))
    assert df.loc[df["surface"] == "Bank", "actor"].tolist() == ["Bank of England", "Bank of England"]
    # a body named first only deep in the story is no principal: "the Bank" is not simply the first-named
    body = " ".join(["Markets rose."] * 4)
    df = actors(load_article(f"Rates\n\n{body} The Bank of England spoke. The European Central Bank cut. The Bank "
                             "said no."))
    assert "Bank of England" not in df.loc[df["surface"] == "Bank", "actor"].tolist()


def test_a_surname_ending_like_an_adjective_before_government_is_the_person():
    # "Albanese government announces plan" beside "Prime Minister Anthony Albanese" was an adjective ("other"),
    # kept apart from him; a demonym stays one ("Kenyan officials" beside "Mary Kenyan")
    df = actors(load_article("Albanese government announces plan\n\nPrime Minister Anthony Albanese said it was "
                             "good. Kenyan officials met Mary Kenyan."))
    assert df.loc[df["surface"] == "Albanese", "actor"].tolist() == ["Anthony Albanese"]
    assert df.loc[df["surface"] == "Kenyan", "actor"].tolist() == ["Kenya"]


def test_a_name_after_calling_itself_is_a_group():
    # "A criminal group calling itself ShinyHunters claimed …" was a person (the speech verb after it)
    assert _types(HEAD + "A criminal group calling itself ShinyHunters claimed it had the data.") == {
        "ShinyHunters": "organization"}


def test_a_music_genre_is_no_name():
    # "SZA won best R&B song" gave an organisation "R&B"
    got = _types(HEAD + "SZA won best R&B song. Afrobeats star Burna Boy and the K-pop band BTS sang.")
    assert "R&B" not in got and "Afrobeats" not in got and "K-pop" not in got
    assert got["Burna Boy"] == "person"


def test_a_prison_named_before_its_noun_is_a_place_and_the_giro_an_event():
    # "released 90 prisoners from Ofer prison" gave an organisation "Ofer"; "the Giro d'Italia" was a person
    got = _types(HEAD + "Israel released 90 prisoners from Ofer prison. Pogacar won the Giro d'Italia. Ireland "
                        "retained the Six Nations title.")
    assert got["Ofer"] == "place" and got["Giro d'Italia"] == got["Six Nations"] == "event"


def test_a_craft_or_product_apposition_and_el_nino():
    # "the Maersk Hangzhou, a Singapore-flagged vessel" was an organisation; Wikinews' "the N-Gage, a game-playing
    # cell phone" an organisation; "significant El Niño events" a person
    got = _types(HEAD + "The missiles missed the Maersk Hangzhou, a Singapore-flagged vessel. The company revealed the "
                        "N-Gage, a game-playing cell phone. Warm years followed significant El Niño events.")
    assert got["Maersk Hangzhou"] == got["N-Gage"] == "product" and got["El Niño"] == "other"


def test_an_identifier_with_underscores_is_no_name():
    # Wikinews' "G8_Summit_July_2005_Infobox U.S. President George W. Bush" gave an organisation of the template's
    # name and "U.S."; "United_Kingdom" (a link's target) another
    got = _types(HEAD + "G8_Summit_July_2005_Infobox U.S. President George W. Bush crashed. See United_Kingdom here.")
    assert set(got) == {"United States", "George W. Bush"}


def test_a_limited_company_is_an_organisation_and_the_gst_a_tax():
    # Wikinews: "Zavvi Group Limited", "a News Limited article" were things ("other"); "the GST" an organisation
    got = _types(HEAD + "Zavvi Group Limited called in administrators. Albanese said in a News Limited article that "
                        "the GST was unfair.")
    assert got["Zavvi Group Limited"] == got["News Limited"] == "organization" and got["GST"] == "other"


def test_a_hyphenated_range_of_months_or_days_is_no_name():
    # "the April-to-June quarter" and Wikinews' "the March-April edition", "the January-May period" were organisations
    got = _types(HEAD + "Sales fell in the April-to-June quarter. The March-April edition is out. Shops open "
                        "Monday-Friday. Jean-Paul Sartre wrote it.")
    assert got == {"Jean-Paul Sartre": "person"}


def test_a_work_before_its_maker_or_franchise_noun_and_a_playhouse():
    # "Downton Abbey creator Julian Fellowes" gave a place (Abbey), "the Harry Potter films" a person, "the Oxford
    # Playhouse" a thing; "Bollywood actress Shilpa Shetty" and "the Mark Dvoretsky books" keep their types
    got = _types(HEAD + "Downton Abbey creator Julian Fellowes praised her. She appeared in the Harry Potter films. "
                        "She began at the Oxford Playhouse. Bollywood actress Shilpa Shetty spoke. He read the Mark "
                        "Dvoretsky books.")
    assert got["Downton Abbey"] == got["Harry Potter"] == "work" and got["Oxford Playhouse"] == "place"
    assert got["Julian Fellowes"] == got["Shilpa Shetty"] == got["Mark Dvoretsky"] == "person"
    assert got.get("Bollywood") != "work"


def test_a_baseball_report_keeps_its_plural_team_and_a_numbered_game_is_no_name():
    # a World Series report: "the New York Yankees" beside "Yankee Stadium" was a plural thing ("other"), and "in
    # Game 5" a place; Wikinews' "their Round 4 ... match" an actor
    got = _types("Dodgers beat Yankees\n\nThe Los Angeles Dodgers beat the New York Yankees 7-6 in Game 5 at Yankee "
                 "Stadium. The Yankees led 5-0 after three innings, with two home runs in the first. Walker Buehler "
                 "pitched the ninth. Pogacar won Stage 12. They lost in Week 10.")
    assert got["New York Yankees"] == "organization"
    assert not {"Game", "Game 5", "Stage 12", "Week 10"} & set(got)
    assert _types(HEAD + "Voters backed Proposition 98 in Week 10.") == {"Proposition 98": "other"}


def test_a_law_whose_name_holds_and_is_one_name():
    # "the Infrastructure Investment and Jobs Act" was two things ("Infrastructure Investment", "Jobs Act"), Wikinews'
    # "the American Recovery and Reinvestment Act" too; "Obama and Affordable Care Act supporters" stay two
    got = _types(HEAD + "Biden signed the Infrastructure Investment and Jobs Act. The Patient Protection and Affordable "
                        "Care Act was passed in 2010. Many support the ACA now. Obama and Affordable Care Act "
                        "supporters met.")
    assert {"Infrastructure Investment and Jobs Act", "Patient Protection and Affordable Care Act", "Obama",
            "Affordable Care Act"} <= set(got)
    assert "Jobs Act" not in got and "Obama and Affordable Care Act" not in got


def test_a_drug_after_jab_pill_or_medicine_is_a_product():
    # "The weight-loss jab Wegovy reduces the risk ..." typed Wegovy an organisation
    got = _types(HEAD + "The weight-loss jab Wegovy reduces risk. Doctors prescribe the pill Lipitor.")
    assert got == {"Wegovy": "product", "Lipitor": "product"}


def test_a_gorge_is_a_place():
    # Wikinews: "residents of the Kodori Gorge told Georgia's Rustavi 2" typed the gorge a person
    got = _types(HEAD + "Residents of the Kodori Gorge told reporters. They crossed the Tara gorge.")
    assert got == {"Kodori Gorge": "place", "Tara": "place"}


def test_a_surname_then_known_as_and_the_other_name_later_are_the_person():
    # "Widodo, popularly known as Jokowi, left office" (Joko Widodo named before) gave an actor "Jokowi", and a
    # later "Jokowi said" too
    df = actors(load_article("Inauguration\n\nPrabowo lost to outgoing leader Joko Widodo. Widodo, popularly known as "
                             "Jokowi, left office. Jokowi said no. First lady Rosângela da Silva, known as Janja, "
                             "spoke. Janja smiled."))
    got = df.groupby("actor").size().to_dict()
    assert got == {"Prabowo": 1, "Joko Widodo": 4, "Rosângela da Silva": 3}


def test_a_hyphenated_general_title_is_stripped_from_the_name():
    # Wikinews' "Governor-General Major-General Michael Jeffery", "Brigadier-General Jay Hood", "Attorney-General
    # Philip Ruddock" kept their titles in the actor's name ("the Governor-General" alone was an organisation)
    df = _df(HEAD + "Governor-General Major-General Michael Jeffery spoke. Attorney-General Philip Ruddock agreed. "
                    "Brigadier-General Jay Hood said no. The Governor-General left.")
    assert set(df["actor"]) == {"Michael Jeffery", "Philip Ruddock", "Jay Hood"}


def test_a_name_with_and_without_its_middle_initial_is_one_person():
    # Wikinews: "Stephen R. Henley" and "Officer Stephen Henley" (the judge) were two people, "George W. Bush" and
    # "George Bush" too (and "Alito" alone went to the form without the initial)
    df = _df(HEAD + "Judge Samuel Alito of New Jersey was named. Samuel A. Alito spoke. Alito left. Stephen Henley read "
                    "the filing. Later Stephen R. Henley asked.")
    assert df.groupby("actor").size().to_dict() == {"New Jersey": 1, "Samuel A. Alito": 3, "Stephen R. Henley": 2}


def test_a_plural_demonym_before_names_is_no_actor():
    # "Americans Victor Ambros and Gary Ruvkun won" gave a person "Americans Victor Ambros"; "US Ambassador to Germany
    # Richard Grenell" keeps Germany ("Germany" less its "y" is a demonym, not a plural)
    df = _df(HEAD + "On Monday, Americans Victor Ambros and Gary Ruvkun won the prize. US Ambassador to Germany "
                    "Richard Grenell said no.")
    assert set(df["actor"]) == {"Victor Ambros", "Gary Ruvkun", "United States", "Germany", "Richard Grenell"}


def test_people_counted_by_their_role_are_no_name():
    # "This year's two Nobel Laureates in physics", "four Vice Presidents", "three Muslim Members of Parliament" were
    # organisations; "five IRA Volunteers" keeps the IRA
    got = _actors(HEAD + 'The academy said "This year\'s two Nobel Laureates in physics have used tools." One of '
                         "four Vice Presidents spoke. Three Muslim Members of Parliament wrote. Five IRA Volunteers died.")
    assert got == {"Parliament", "IRA"}


def test_a_nucleic_acid_is_no_name():
    # "their discovery of microRNA" gave an organisation "microRNA" (and Wikinews' "cDNA" another)
    assert _actors(HEAD + "Victor Ambros won for the discovery of microRNA. The mRNA vaccine and cDNA help.") == {
        "Victor Ambros"}


def test_an_epithet_after_who_is_known_as_joins_the_person():
    # "Hinton, who is known as the Godfather of AI" gave an organisation "Godfather of AI"
    df = _df(HEAD + "Geoffrey Hinton won. Hinton, who is known as the Godfather of AI, is Canadian. Aretha Franklin, "
                    "known as the Queen of Soul, sang. The area, known as the West Bank, is large.")
    assert df.groupby("actor").size().to_dict() == {"Geoffrey Hinton": 3, "Canada": 1, "Aretha Franklin": 2,
                                                        "West Bank": 1}


def test_a_ballpark_named_field_is_a_place():
    # "the storm tore the roof off Tropicana Field" gave a person; Sally Field stays one
    assert _types(HEAD + "The storm tore the roof off Tropicana Field. Sally Field said she was sad.") == {
        "Tropicana Field": "place", "Sally Field": "person"}


def test_a_tennis_players_country_is_no_team_and_a_wimbledon_title_an_event():
    # "Barbora Krejcikova of the Czech Republic beat Italy's Jasmine Paolini 6-2 2-6 6-4" made both countries
    # organisations (a match report's clubs); "his Wimbledon title" was an organisation too
    df = _df(HEAD + "Carlos Alcaraz retained his Wimbledon title on Sunday, beating Novak Djokovic 6-2 6-2 7-6. In the "
                    "women's final, Barbora Krejcikova of the Czech Republic beat Italy's Jasmine Paolini 6-2 2-6 6-4 "
                    "to win her first Wimbledon singles title.")
    types = dict(zip(df["actor"], df["type"], strict=True))
    assert (types["Czech Republic"], types["Italy"], types["Wimbledon"]) == ("place", "place", "event")


def test_a_wealth_manager_is_an_organisation_and_a_month_range_with_an_en_dash_no_name():
    # "chief market strategist at B. Riley Wealth" was a person; "the January–March quarter" an actor
    df = _df(HEAD + "said Art Hogan, chief market strategist at B. Riley Wealth in New York. Profit in the January–March "
                    "quarter fell.")
    assert dict(zip(df["actor"], df["type"], strict=True)) == {
        "Art Hogan": "person", "B. Riley Wealth": "organization", "New York": "place"}


def test_a_project_that_was_born_is_no_person():
    # Wikinews: "and the Free State Project was born" was a person once its other mention (a link) was furniture
    types = _types(HEAD + "Sorens got 200 messages, and the Free State Project was born. John Smith was born in 1950.")
    assert (types["Free State Project"], types["John Smith"]) == ("organization", "person")


def test_a_party_and_a_country_before_a_title_are_two_mentions():
    # Wikinews: "former Progressive-Conservative Canadian Prime Minister Brian Mulroney" gave a person
    # "Progressive-Conservative Canadian" (who then spoke his quote), "Liberal Canadian Prime Minister" an actor
    # "Liberal Canadian", "Republican US Senator Elizabeth Dole" a person "Republican US"; "South Korean" and "New
    # South Wales" stay whole
    df = _df(HEAD + "Former Progressive-Conservative Canadian Prime Minister Brian Mulroney called him a \"coward\". "
                    "Liberal Canadian Prime Minister Pierre Trudeau died. Republican US Senator Elizabeth Dole spoke. "
                    "South Korean President Yoon Suk Yeol met the New South Wales Premier Chris Minns.")
    assert set(df["actor"]) == {"Canada", "Brian Mulroney", "Liberal Party", "Pierre Trudeau", "Republican Party",
                                "United States", "Elizabeth Dole", "South Korea", "Yoon Suk Yeol", "New South Wales",
                                "Chris Minns"}
    assert quotes(load_article(HEAD + "Former Progressive-Conservative Canadian Prime Minister Brian Mulroney, who was "
                                      "PM, has said that he called Pierre Trudeau a \"coward\"."))["speaker"].tolist() \
        == ["Brian Mulroney"]


def test_league_names_and_a_clubs_short_name():
    # "six Ligue 1 titles" gave an organisation "Ligue"; "their La Liga campaign" a person "La Liga"; "Paris
    # St-Germain" and "Paris Saint-Germain" were two clubs
    df = _df(HEAD + "He won six Ligue 1 titles with Paris St-Germain. Paris Saint-Germain thanked him. His new club "
                    "begin their La Liga campaign in August.")
    got = df.groupby(["actor", "type"]).size().to_dict()
    assert got == {("Ligue 1", "organization"): 1, ("Paris Saint-Germain", "organization"): 2,
                   ("La Liga", "organization"): 1}


def test_a_byline_with_the_desk_after_the_name():
    # "By Andrew Gregory Health editor" (no comma) was body and gave a person "Andrew Gregory Health"; a reporter
    # named in the story keeps the words after the name ("New York Times reporter James Risen")
    art = load_article("Ultra-processed foods linked to harm\n\nBy Andrew Gregory Health editor\n\nThe foods are linked "
                       "to harm, New York Times reporter James Risen said.\n")
    assert art.paragraphs["kind"].tolist() == ["title", "credit", "body"]
    assert set(actors(art)["actor"]) == {"The New York Times", "James Risen"}
    # without "By": the name, the desk and the job on their own line under the headline
    for line in ("Denis Campbell Health policy editor", "Jessica Elgot Deputy political editor",
                 "Kiran Stacey Political correspondent"):
        art = load_article(f"Junior doctors to strike in June\n\n{line}\n\nThu 30 May 2024 14.02 BST\n\n"
                           "Junior doctors will strike, the British Medical Association said.\n")
        assert art.paragraphs["kind"].tolist() == ["title", "credit", "boilerplate", "body"], line
        assert set(actors(art)["actor"]) == {"British Medical Association"}, line
    # the name alone on its line, the job on the next (BBC): both are the byline
    for sep in ("\n", "\n\n"):
        art = load_article(f"Man charged with murder\n\nTom Symonds{sep}Home affairs correspondent, BBC News\n\n"
                           "Published 14 March 2024\n\nA man appeared at Croydon Magistrates' Court on Thursday.\n")
        assert art.paragraphs["kind"].tolist() == ["title", "credit", "credit", "boilerplate", "body"]
        assert set(actors(art)["actor"]) == {"Croydon Magistrates' Court"}
    # a headline naming an editor is no byline
    art = load_article("Newspaper names Jane Doe its new editor\n\nThe paper said she would start in May.\n")
    assert art.paragraphs["kind"].tolist() == ["title", "body"]


def test_a_clubs_town_alone_in_a_football_story_is_the_club():
    # a transfer story: "which Madrid won for a record 15th time", "Madrid coach Carlo Ancelotti" were the city
    # beside "Real Madrid" (and "Real Madrid beat …" at a sentence's start lost "Real"); "in Paris" stays the city
    df = _df(HEAD + "Real Madrid signed Kylian Mbappé from Paris Saint-Germain on a free transfer, the La Liga club "
                    "said. He won six Ligue 1 titles in Paris. Madrid won the Champions League last month. Madrid coach "
                    "Carlo Ancelotti said the squad was stronger.")
    got = df.groupby(["actor", "type"]).size().to_dict()
    assert got[("Real Madrid", "organization")] == 3
    assert got[("Paris", "place")] == 1


def test_a_company_in_an_apposition_with_a_participle_and_a_label_before_an_adjective():
    # Wikinews: "The Icecreamists, the marketing company involved with the dessert" was a person, "Jamba, the ringtone
    # company created by VeriSign" a place ("involved", "created" read as the apposition's head); "a British socialist
    # inspired youth organisation" keeps its head; "United Kingdom Local British councillors" (a category label run
    # into the first sentence) was an organisation "United Kingdom Local British"
    got = _types("United Kingdom Local British councillors have seized ice cream. The Icecreamists, the marketing "
                 "company involved with the dessert, agreed. News Corp. bought Jamba, the ringtone company created by "
                 "VeriSign. The Woodcraft Folk, a British socialist inspired youth organisation, lost its subsidy.")
    assert got["United Kingdom"] == "place" and "United Kingdom Local British" not in got
    assert got["Icecreamists"] == got["Jamba"] == got["Woodcraft Folk"] == "organization"


def test_an_arabic_surname_alone_is_a_person():
    # Wikinews: "less than a week after the death of al-Zarqawi" was an organisation; "the al-Askari shrine" is none
    got = _types(HEAD + "Bush went to Baghdad after the death of al-Zarqawi. He met with al-Maliki. Saedi planned the "
                        "al-Askari shrine bombing.")
    assert (got["al-Zarqawi"], got["al-Maliki"]) == ("person", "person") and got["al-Askari"] != "person"


def test_a_name_before_group_is_an_organisation():
    # "Dr Friederike Otto, who leads the World Weather Attribution group" made the group a person
    assert _types(HEAD + "Dr Friederike Otto, who leads the World Weather Attribution group, spoke.") == {
        "Friederike Otto": "person", "World Weather Attribution": "organization"}


def test_a_teams_city_alone_in_a_match_report_is_the_team():
    # "Kansas City became the first team to repeat" beside "the Kansas City Chiefs" was the city (a nickname after the
    # town, and a town of two words); "in Kansas City" stays the city
    df = _df(HEAD + "The Kansas City Chiefs beat the San Francisco 49ers 25-22 in overtime to win the Super Bowl. Their "
                    "quarterback Patrick Mahomes threw a touchdown pass. Kansas City became the first team to repeat "
                    "since 2005. Fans celebrated in Kansas City.")
    got = df.groupby(["actor", "type"]).size().to_dict()
    assert got[("Kansas City Chiefs", "organization")] == 2 and got[("Kansas City", "place")] == 1


def test_a_resolution_or_a_directive_keeps_its_number_and_its_type():
    # Wikinews: "United Nations Security Council Resolution 1701" was "… Resolution" (the number left off), "the
    # Electronic Commerce Directive 2000" too; with the number the head word still types it
    got = _types(HEAD + "The cease-fire after United Nations Security Council Resolution 1701 held. The Electronic "
                        "Commerce Directive 2000 applies.")
    assert got == {"United Nations Security Council Resolution 1701": "other",
                   "Electronic Commerce Directive 2000": "other"}


def test_european_newspapers_are_organisations():
    # Wikinews: 'according to "El Mundo"', 'the Süddeutsche Zeitung reported' were people ("El" a particle,
    # "Zeitung" a surname to the typer); "the Party for Socialism and Liberation" stays one party
    got = _types(HEAD + 'About 200 grams were used, according to "El Mundo". The Süddeutsche Zeitung reported it. The '
                        "Party for Socialism and Liberation agreed.")
    assert got == {"El Mundo": "organization", "Süddeutsche Zeitung": "organization",
                   "Party for Socialism and Liberation": "organization"}


def test_names_before_a_hyphenated_suffix_police_ranks_and_a_transport_body_opening_a_sentence():
    # a live blog and an explainer: "a Taylor Swift-themed dance class" gave a person "Taylor"; "Ch Insp Rachel Gray"
    # an organisation "Ch"; "Transport for Wales says …" opening a sentence was only "Wales"
    got = _types(HEAD + "They attended a Taylor Swift-themed dance class. Ch Insp Rachel Gray said no. Det Sgt John "
                        "Smith agreed. Transport for Wales says all services are suspended.")
    assert got == {"Taylor Swift": "person", "Rachel Gray": "person", "John Smith": "person",
                   "Transport for Wales": "organization"}


def test_a_wiki_section_heading_is_read_in_a_headlines_case():
    # Wikinews: "==Lenovo Recalls 526,000 ThinkPad Batteries==" gave organisations "Lenovo Recalls" and "ThinkPad
    # Batteries", "== Soccer Jubilation Pushes Boundaries ==" an organisation (its words capitalised as a headline's)
    got = _actors(HEAD + "Sales rose. ==Lenovo Recalls 526,000 ThinkPad Batteries== The company said Lenovo would pay. "
                         "== Soccer Jubilation Pushes Boundaries == Fans danced.")
    assert got == {"Lenovo", "ThinkPad"}


def test_a_stock_index_and_central_banks_short_names():
    # "Hong Kong's Hang Seng index" was a person; "PBOC Governor Pan Gongsheng" an organisation "PBOC" beside the
    # People's Bank of China
    df = _df(HEAD + "Hong Kong's Hang Seng index rose. The People's Bank of China acted. PBOC Governor Pan Gongsheng "
                    "spoke. The BOJ held rates.")
    got = df.groupby(["actor", "type"]).size().to_dict()
    assert got[("Hang Seng", "other")] == 1 and got[("People's Bank of China", "organization")] == 2
    assert got[("Bank of Japan", "organization")] == 1


def test_a_known_charity_opening_a_sentence_with_the_or_of():
    # "Save the Children said the camps were full" gave an "other" "Children"; "Friends of the Earth called it" a place
    # "Earth"
    got = _types(HEAD + "Save the Children said the camps were full. Friends of the Earth called it a disaster.")
    assert got == {"Save the Children": "organization", "Friends of the Earth": "organization"}


def test_sheik_is_a_title_and_a_place_named_after_a_titled_person_keeps_it():
    # Wikinews: "Sheik Hassan Nasrallah" stood apart from "Hassan Nasrallah" (and spoke two quotes as such); "the
    # Sheikh Zayed Road" was a person "Zayed Road", "the Prince Albert Hall" a person "Albert Hall"
    got = _df(HEAD + "Sheik Hassan Nasrallah spoke. Hezbollah leader Hassan Nasrallah said so. The Sheikh Zayed Road was "
                     "closed. The Prince Albert Hall opened. The Prime Minister of the United Kingdom spoke.")
    assert got.groupby(["actor", "type"]).size().to_dict() == {
        ("Hassan Nasrallah", "person"): 2, ("Hezbollah", "organization"): 1, ("Sheikh Zayed Road", "place"): 1,
        ("Prince Albert Hall", "place"): 1, ("United Kingdom", "place"): 1}


def test_a_name_before_crossing_or_checkpoint_is_a_place():
    # Wikinews: "escaping the country … through the Masnaa crossing" was an organisation
    assert _types(HEAD + "Civilians fled through the Masnaa crossing. They passed the Qalandiya checkpoint.") == {
        "Masnaa": "place", "Qalandiya": "place"}


def test_a_surname_run_into_a_country_without_a_comma():
    # Wikinews: "According to Pahad South Africa wishes to share …" (the comma left out) gave an organisation "Pahad
    # South Africa"; "Forbes Asia" (a magazine's edition) stays one name
    got = _df(HEAD + "The deputy foreign minister John Pahad confirmed the meeting. According to Pahad South Africa "
                     "wishes to share its experiences. Steve Forbes spoke. The publisher of Forbes Asia agreed.")
    assert got.groupby("actor").size().to_dict() == {"John Pahad": 2, "South Africa": 1, "Steve Forbes": 1,
                                                    "Forbes Asia": 1}


def test_a_members_parliamentary_letters_are_a_title():
    # Wikinews: "MPP Paul Yakabuski" was an organisation, "an MPP", "the MSP", "Green Party MSP" actors of their own
    got = _actors(HEAD + "Local MPP Paul Yakabuski spoke. He has been an MPP since 1995. MEP Jane Roe agreed. Green "
                         "Party MSP Ann Lee said no.")
    assert got == {"Paul Yakabuski", "Jane Roe", "Green Party", "Ann Lee"}


def test_a_partys_plural_name_opening_a_sentence():
    # "Greens leader Adam Bandt said …", "Liberals won" opening a sentence were common words (as "Democrats said" was
    # not)
    assert _actors(HEAD + "Greens leader Adam Bandt spoke. Liberals won the seat. Workers said no.") == {
        "Green Party", "Adam Bandt", "Liberal Party"}


def test_a_name_before_chief_boss_or_founder_is_an_organisation():
    # "former Twitch chief Emmett Shear" made Twitch an "other"; Wikinews: "Sukhoi chief …" beside "Sukhoi Civil
    # Aircraft" kept the maker an "other" (its trade words now a company's too, so "Sukhoi" joins the full name)
    got = _types(HEAD + "It named former Twitch chief Emmett Shear as interim CEO. He said Zumbo founder Jason Citron "
                        "agreed.")
    assert (got["Twitch"], got["Zumbo"], got["Emmett Shear"]) == ("organization", "organization", "person")


def test_french_place_and_body_names_with_des_du_de_la():
    # Wikinews: "the Parc des Expositions", "the Palais des Nations", "Quai des Orfèvres" were split at "des" into an
    # organisation and an "other"; "the Place de la Concorde", "the Gare du Nord" were people; "Fédération
    # Internationale des Échecs (FIDE)" three names; "Des Browne" (a given name) stays Mr Browne's full name
    df = _df(HEAD + "They met at the Parc des Expositions. Crowds filled the Place de la Concorde. The Gare du Nord was "
                    "closed. Defence Secretary Des Browne spoke. Mr. Browne said no.")
    got = df.groupby(["actor", "type"]).size().to_dict()
    assert got == {("Parc des Expositions", "place"): 1, ("Place de la Concorde", "place"): 1,
                   ("Gare du Nord", "place"): 1, ("Des Browne", "person"): 2}


def test_a_disease_named_after_a_person_is_no_actor():
    # a health story: "Alzheimer's" was an organisation, and "people with Parkinson's" merged into the
    # broadcaster Michael Parkinson named in the same story
    df = _df(HEAD + "Regulators approved the Alzheimer's drug on Tuesday. Doctors said Crohn's disease and Bell's "
             "palsy were rarer. The late Michael Parkinson's show was praised. Patients with Parkinson's were "
             "tested. The Alzheimer's Society welcomed it.")
    types = dict(zip(df["actor"], df["type"], strict=False))
    assert types["Alzheimer"] == "other" and types["Crohn"] == "other" and types["Parkinson"] == "other"
    assert types["Michael Parkinson"] == "person" and types["Alzheimer's Society"] == "organization"
    assert (df["actor"] == "Michael Parkinson").sum() == 1


def test_a_known_firm_named_again_by_one_of_its_names():
    got = _df(HEAD + "Analysts at Goldman Sachs agreed. Shares of Goldman rose 1%. Eli Lilly won approval. Lilly "
              "said it was pleased. Walt Disney Co reported profits. The Walt Disney Company said it would cut jobs.")
    assert got.groupby("actor").size().to_dict() == {"Goldman Sachs": 2, "Eli Lilly": 2, "Walt Disney Company": 2}
    assert set(got["type"]) == {"organization"}


def test_a_known_body_with_its_country_in_front_is_the_body():
    got = _df("FDA approves drug\n\nThe U.S. Food and Drug Administration on Tuesday approved it. A panel advising "
              "the FDA voted for it. The US Department of Justice said. The Department of Justice agreed.")
    assert got.groupby("actor").size().to_dict() == {"Food and Drug Administration": 3, "Department of Justice": 2}
    # a province is no country: its party is not the federal one
    got = _df(HEAD + "The Ontario Liberal Party was re-elected. The Liberal Party of Canada said nothing.")
    assert "Ontario Liberal Party" in set(got["actor"])


def test_a_rugby_report_is_a_match_report():
    # tries, conversions and penalties: the countries a rugby side faces and hosts are teams, its venue a place
    text = ("Ireland beat England 27-22\n\nIreland kept their hopes alive with a 27-22 win over England. Tries from "
            "James Lowe gave the hosts a 24-10 lead. Jack Crowley kicked three conversions and two penalties. "
            "Ireland travel to Edinburgh to face Scotland next Saturday, while England host France.")
    types = _types(text)
    assert types["Scotland"] == "organization" and types["France"] == "organization"
    assert types["Edinburgh"] == "place"


def test_a_channels_number_and_a_models_number_before_a_possessive():
    # "BBC Radio 4's Today programme" gave "BBC Radio" (the number's possessive stopped the name); "its fleet of 84
    # Boeing 737's" gave the maker
    got = _types(HEAD + "He told BBC Radio 4's Today programme that it was bad. She spoke to BBC Radio 5 Live on "
                 "Monday. The show on Channel 4 was cancelled. The airline flies 84 Boeing 737's.")
    assert got["BBC Radio 4"] == "organization" and got["BBC Radio 5 Live"] == "organization"
    assert got["Channel 4"] == "organization" and got["Boeing 737"] == "product"
    assert "BBC Radio" not in got and "Boeing" not in got


def test_londons_police_by_its_name_and_a_road_ending_in_way():
    got = _types(HEAD + "He was attacked on a bus on Purley Way. A spokesperson for the Metropolitan Police said officers "
                 "were called. The Met Police later made an arrest.")
    assert got == {"Purley Way": "place", "Metropolitan Police": "organization"}


def test_a_body_of_a_place_whose_name_goes_on_after_a_particle():
    # "Rio" is a given name: "the Federal University of Rio Grande …" was cut before the place as "a body, then its
    # leader" ("the Samajwadi Party of Akhilesh Yadav"), and the cut "Federal University" merged into the other one
    got = _actors(HEAD + "Aquino of the Federal University of Rio Grande do Sul said it. She studied at the Federal "
                  "University of Rio de Janeiro. The Samajwadi Party of Akhilesh Yadav won.")
    assert got == {"Aquino", "Federal University of Rio Grande do Sul", "Federal University of Rio de Janeiro",
                   "Samajwadi Party", "Akhilesh Yadav"}


def test_a_firms_name_of_two_words_before_its_company_words():
    got = _df(HEAD + "Ticketmaster, owned by Live Nation Entertainment, apologised. Live Nation president Joe Berchtold "
              "spoke. U.S. Sugar Corporation was sold. U.S. Sugar will run for six years.")
    assert got.groupby("actor").size().to_dict() == {"Ticketmaster": 1, "Live Nation Entertainment": 2,
                                                     "Joe Berchtold": 1, "U.S. Sugar Corporation": 2}


def test_telescopes_named_after_people_in_a_list():
    got = _types(HEAD + "Observations with NASA's Hubble and Spitzer space telescopes found water vapour.")
    assert got == {"NASA": "organization", "Hubble": "product", "Spitzer": "product"}


def test_a_place_before_a_prosecutors_title():
    # "Manhattan U.S. Attorney Damian Williams" gave a body "Manhattan U.S."; "Manhattan District Attorney Alvin Bragg"
    # a thing "Manhattan District"
    got = _types(HEAD + "Manhattan U.S. Attorney Damian Williams declined to comment. Manhattan District Attorney Alvin "
                 "Bragg said no. Fulton County District Attorney Fani Willis agreed.")
    assert got == {"Manhattan": "place", "United States": "place", "Damian Williams": "person", "Alvin Bragg": "person",
                   "Fulton County": "place", "Fani Willis": "person"}


def test_a_school_of_two_grades_joined_by_and_is_one_name():
    # "the LEA Primary and Secondary School Kuriga" (an acronym on the left) was two bodies
    got = _actors(HEAD + "Gunmen attacked the LEA Primary and Secondary School Kuriga in Kaduna state. The Kuriga "
                  "community was in shock.")
    assert "LEA Primary and Secondary School Kuriga" in got and "LEA Primary" not in got


def test_a_firm_named_like_a_person_after_a_job_at_and_a_lobby_by_name():
    got = _types(HEAD + '"Competition is heating up," said Gil Luria, an analyst at D.A. Davidson. Business lobby '
                 "DigitalEurope warned the rules could hurt.")
    assert got == {"Gil Luria": "person", "D.A. Davidson": "organization", "DigitalEurope": "organization"}


def test_where_a_journey_starts_and_ends_are_places():
    # Wikinews: "the train traveled from Munsan in the south to Kaesong in the north", "from Kumgang to Jejin": four
    # organisations (one-word names nothing typed); "from Cape Leeuwin to Carnarvon", "from Louisiana to Walt Disney
    # World" ended in an organisation and a thing
    got = _types(HEAD + "The train traveled from Munsan in the south to Kaesong in the north. Another train traveled "
                 "from Kumgang to Jejin. The strip extends from Cape Leeuwin to Carnarvon.")
    assert got == {"Munsan": "place", "Kaesong": "place", "Kumgang": "place", "Jejin": "place", "Cape Leeuwin": "place",
                   "Carnarvon": "place"}


def test_a_leader_then_the_party_before_government():
    # Wikinews: "the Steve Bracks Labor government narrowly defeated him" gave a person "Steve Bracks Labor"
    got = _types(HEAD + "The Steve Bracks Labor government narrowly defeated him. The Tony Blair Labour government fell.")
    assert got == {"Steve Bracks": "person", "Labor Party": "organization", "Tony Blair": "person",
                   "Labour Party": "organization"}


def test_foreign_bodies_named_head_first_and_an_aerospace_centre():
    # Wikinews: "Comunidad Andina" and "Agência Brasil" were persons, "the German Aerospace Center (DLR)" a place
    got = _types(HEAD + "The Comunidad Andina said it would meet. Agência Brasil reported the vote. Scientists at the "
                 "German Aerospace Center (DLR) agreed.")
    assert got["Comunidad Andina"] == "organization" and got["Agência Brasil"] == "organization"
    assert got["German Aerospace Center"] == "organization"


def test_a_faith_or_a_people_before_a_court_describes_its_member():
    # a page on a state supreme court: "the first Native American Supreme Court justice" gave a body "Native American
    # Supreme Court"; a party named with a faith stays whole
    got = _types(HEAD + "She is the first Native American Supreme Court justice. He was the first Jewish Supreme Court "
                 "justice. The Christian Democratic Party leader said no.")
    assert got == {"Native American": "other", "Supreme Court": "organization", "Jewish": "other",
                   "Christian Democratic Party": "organization"}


def test_a_basketball_report_with_three_digit_scores_is_a_match_report():
    # an NBA report with no two-digit score was no sports story: "Dallas coach Jason Kidd" stayed the city
    df = _df("Celtics beat Mavericks\n\nBOSTON (AP) — Jrue Holiday scored 26 points and the Boston Celtics beat the Dallas "
             "Mavericks 105-98 on Sunday night. Jayson Tatum added 18 points and 9 rebounds. \"We just didn't make enough "
             "plays,\" Dallas coach Jason Kidd said.")
    kidd = df.index[df["actor"] == "Jason Kidd"][0]
    assert df.loc[kidd - 1, "actor"] == "Dallas Mavericks"


def test_a_models_code_alone_is_the_product_its_maker_named():
    # Wikinews: "A380" beside "Airbus A380" was another thing; "Rolls-Royce Trent 900 engines" gave a person "Trent"
    df = _df(HEAD + "Qantas grounded its Airbus A380 fleet. The A380 has four Rolls-Royce Trent 900 engines.")
    assert df.groupby(["actor", "type"]).size().to_dict() == {
        ("Qantas", "organization"): 1, ("Airbus A380", "product"): 2, ("Rolls-Royce Trent 900", "product"): 1}


def test_twin_cities_joined_by_a_hyphen():
    # Wikinews: "recommend Minneapolis-St. Paul to host the convention" gave a person "Paul" (the hyphen cut "St."
    # from its dot, and the saint's abbreviation read as a title); "Tampa-St. Petersburg" gave "Petersburg"
    got = _types(HEAD + "The committee will recommend Minneapolis-St. Paul to host the convention. Tampa-St. Petersburg "
                 "also bid. The Iran-Contra affair was recalled.")
    assert got["St. Paul"] == "place" and got["St Petersburg"] == "place" and "Paul" not in got
    assert got.get("Contra") != "place"


def test_a_university_by_its_first_word_an_et_al_author_and_a_formula():
    got = _df(HEAD + "It was led by researchers at Deakin University. Melissa Lane, a fellow at Deakin, said so. A study "
              "by Hall et al. in 2019 found it. Scotland gets more through the Barnett formula. Oral Roberts founded "
              "Oral Roberts University. Oral Roberts said it was false.")
    assert got.groupby(["actor", "type"]).size().to_dict() == {
        ("Deakin University", "organization"): 2, ("Melissa Lane", "person"): 1, ("Hall", "person"): 1,
        ("Scotland", "place"): 1, ("Barnett", "other"): 1, ("Oral Roberts", "person"): 2,
        ("Oral Roberts University", "organization"): 1}


def test_companies_named_by_common_words_with_a_companys_cue():
    # "Shell reported record profits", "Target cut its forecast" had no actor (a common word opening a sentence);
    # "Sky is blue", "Target will be met", "Next week" stay words
    got = _types(HEAD + "Shell reported record profits. Target cut its forecast. Orange, the French telecom group, said it "
                 "would grow. Boots will close 300 stores. Sky is blue. Target will be met. Next week is busy. Shares in "
                 "Sky rose.")
    assert got == {"Shell": "organization", "Target": "organization", "Orange": "organization", "France": "place",
                   "Boots": "organization", "Sky": "organization"}
    assert (_df(HEAD + "Sky is blue. Target will be met.")["actor"] == "Target").sum() == 0


def test_companies_whose_names_hold_a_place_or_a_vehicle():
    got = _types(HEAD + "Virgin Atlantic flew to New York. Jaguar Land Rover halted production, JLR said.")
    assert got == {"Virgin Atlantic": "organization", "New York": "place", "Jaguar Land Rover": "organization"}


def test_a_family_doctor_alone_is_no_actor():
    # "GP appointment systems were down across England" gave a person "GP"; a name ending in it stays
    got = _types(HEAD + "GP appointment systems were down across England. She saw her GP on Monday. The Monaco GP was "
                 "won by Leclerc.")
    assert "GP" not in got and "Monaco GP" in got


def test_the_second_of_two_places_after_in():
    # a live blog: "Speaking at his count in Richmond and Northallerton" made Northallerton an organisation
    got = _types(HEAD + "Speaking at his count in Richmond and Northallerton, he conceded. Members of Skull and Bones met "
                 "in New Haven.")
    assert got["Northallerton"] == "place" and got.get("Bones") != "place"


def test_an_html_entity_glued_to_a_name_is_no_part_of_it():
    # Wikinews: "which they have named Camp Hope&mdash;were elated", "on Sunday&mdash;a possibility" gave "Camp
    # Hope&mdash" and an organisation "Sunday&mdash"; "AT&T" keeps its ampersand
    got = _actors(HEAD + "They named it Camp Hope&mdash;and were elated. Families spoke on Sunday&mdash;a relief. AT&T "
                  "said it would help.")
    assert got == {"Camp Hope", "AT&T"}


def test_people_counted_by_their_role_after_a_modifier():
    # Wikinews: "Abe is a third-generation politician related to two former Prime Ministers" gave a thing "Prime Ministers"
    got = _actors(HEAD + "Abe is related to two former Prime Ministers. Three other Labour MPs resigned.")
    assert got == {"Abe", "Labour Party"}


def test_a_given_name_alone_is_the_person_it_opens_not_a_name_ending_in_it():
    # Wikinews: the rally "dubbed "Welcome Home Sarah."" left a person "Home Sarah", which then took "I'm all in for
    # Sarah" from Sarah Palin
    df = _df(HEAD + 'Sarah Palin spoke at the rally. The event was dubbed "Welcome Home Sarah." "I am all in for Sarah," '
             "Tracy Jones said.")
    assert df.loc[df["surface"] == "Sarah", "actor"].tolist() == ["Sarah Palin"]


def test_a_farm_by_name_is_a_place():
    # a festival story: "The festival takes place at Worthy Farm in Pilton" made the farm a thing
    got = _types(HEAD + "The festival takes place at Worthy Farm in Pilton, Somerset.")
    assert got == {"Worthy Farm": "place", "Pilton": "place", "Somerset": "place"}


def test_a_long_name_of_given_names_and_surnames_is_a_person():
    # Wikinews: "the Iraqi ambassador in Bucharest, Adel Murad Ali Murad," and "Zine El Abidine Ben Ali" were
    # organisations (four words with no particle fell back on organisation)
    got = _types(HEAD + "The union asked the Iraqi ambassador in Bucharest, Adel Murad Ali Murad, to help. Hong Kong Baptist "
                 "University agreed.")
    assert got["Adel Murad Ali Murad"] == "person" and got["Hong Kong Baptist University"] == "organization"


def test_a_company_head_word_joined_to_the_word_before_it():
    # Reuters (Boeing strike): "Suppliers including Spirit AeroSystems, which furloughed workers, said" was a person
    got = _types(HEAD + "Suppliers including Spirit AeroSystems, which furloughed workers during the strike, said they "
                 "would restart work.")
    assert got == {"Spirit AeroSystems": "organization"}


def test_a_labor_secretary_is_no_labor_party():
    # Reuters (Boeing strike): "Acting U.S. Labor Secretary Julie Su" gave an organisation "U.S. Labor"; "Labor
    # Secretary Julie Su" the Labor Party (a party's short name); "Labour General Secretary X" keeps the party
    got = _types(HEAD + "Acting U.S. Labor Secretary Julie Su congratulated both sides. Labor Secretary Marty Walsh "
                 "agreed. Labour General Secretary David Evans spoke.")
    assert got == {"Julie Su": "person", "United States": "place", "Marty Walsh": "person",
                   "Labour Party": "organization", "David Evans": "person"}


def test_a_trade_before_a_name_and_a_given_name_the_lexicon_lists_as_a_noun():
    # Reuters (Boeing strike): "Machinist Eep Bolaños, who has worked at Boeing" kept the trade in the name;
    # "Sabrina Carpenter said" opening a sentence gave "Carpenter" alone (the lexicon lists "Sabrina" as a noun)
    got = _types(HEAD + "Machinist Eep Bolaños, who has worked at Boeing for 13 years, said the vote was a relief. "
                 "Welder Tom Hart agreed. Sabrina Carpenter said it was great.")
    assert got == {"Eep Bolaños": "person", "Boeing": "organization", "Tom Hart": "person",
                   "Sabrina Carpenter": "person"}


def test_a_surname_that_is_also_a_function_word():
    # Wikinews: "Alison Till, a geologist with the U.S. Geological Survey, criticized …" gave a person "Till" (and,
    # once "Alison" was read as a name, two people)
    df = _df(HEAD + 'Alison Till, a geologist with the U.S. Geological Survey, criticized the plan. "She is '
             'unqualified," Till told the paper.')
    assert set(df.loc[df["type"] == "person", "actor"]) == {"Alison Till"}


def test_flu_subtypes_venues_residences_and_a_universitys_centre():
    # Reuters-style stories: "the H5N1 bird flu virus" was an organisation; "on Centre Court" an organisation;
    # "his Rideau Cottage residence" a thing; "director of the Pandemic Center at Brown University" a place
    got = _types(HEAD + "The patient had the H5N1 bird flu virus. He won on Centre Court. Trudeau spoke outside his "
                 "Rideau Cottage residence. Jennifer Nuzzo, director of the Pandemic Center at Brown University, said "
                 "it was severe.")
    assert got == {"H5N1": "other", "Centre Court": "place", "Trudeau": "person", "Rideau Cottage": "place",
                   "Jennifer Nuzzo": "person", "Pandemic Center": "organization", "Brown University": "organization"}


def test_a_known_body_before_a_thing_named_alone():
    # Reuters-style (France, December 2024): "Barnier, a former European Union Brexit negotiator" gave a thing
    # "European Union Brexit"
    got = _types(HEAD + "Barnier, a former European Union Brexit negotiator, spoke. The Clean Air Act passed.")
    assert got == {"Barnier": "person", "European Union": "organization", "Brexit": "other", "Clean Air Act": "other"}


def test_an_acronym_of_a_body_before_its_envoys_name():
    # Al Jazeera-style: "Palestinian Ambassador to the UN Riyad Mansour said" gave an organisation "UN Riyad Mansour",
    # which then took "he said" from another man; Wikinews: "ambassador to the UN Mike Smith"
    got = _types(HEAD + 'Palestinian Ambassador to the UN Riyad Mansour said the vote must be "a turning point". '
                 "Ambassador to the UN Mike Smith agreed.")
    assert got == {"Palestine": "place", "United Nations": "organization", "Riyad Mansour": "person",
                   "Mike Smith": "person"}


def test_a_models_code_before_its_noun_a_stadium_and_a_variety_of_english():
    # Reuters-style (iPhone 16): "the A18 chip" was a thing; "in U.S. English" an organisation; (Mbappé) "at the
    # Santiago Bernabéu stadium" an organisation; Wikinews: "an F-16 fighter jet" a thing
    got = _types(HEAD + "Drance said the A18 chip was faster. The update arrives in U.S. English next month. He will be "
                 "presented at the Santiago Bernabéu stadium. An F-16 fighter jet crashed. The STS-133 mission flew.")
    assert got == {"Drance": "person", "A18": "product", "U.S. English": "other", "Santiago Bernabéu": "place",
                   "F-16": "product",
                   "STS-133": "other"}


def test_a_models_code_first_of_two_products():
    # Reuters-style (Nvidia's results): "its H100 and Blackwell chips" made H100 a thing
    got = _types(HEAD + "The data center segment, which includes its H100 and Blackwell chips, grew.")
    assert got == {"H100": "product", "Blackwell": "product"}


def test_a_cricket_test_is_an_event_and_no_name_alone():
    # Reuters-style (Perth, November 2024): "India beat Australia by 295 runs in Perth Test" made an organisation
    # "Perth Test", which then took "the first Test in Perth", "The second Test" and "his first Test hundred"
    df = _df("India beat Australia by 295 runs in Perth Test\n\nIndia won the first Test in Perth on Monday. The second "
             "Test starts in Adelaide. It was Kohli's first Test hundred in Australia.")
    got = df.groupby("actor")["type"].agg(["first", "size"]).to_dict("index")
    assert got["Perth Test"] == {"first": "event", "size": 1} and "Test" not in set(df["surface"])


def test_a_partys_member_from_a_state():
    # New York Times-style: "Senator Chuck Schumer, Democrat of New York and the majority leader" gave an organisation
    # "Democrat of New York"
    got = _types(HEAD + "Senator Chuck Schumer, Democrat of New York and the majority leader, spoke. Senator Mitch "
                 "McConnell, Republican of Kentucky, agreed.")
    assert got == {"Chuck Schumer": "person", "Democratic Party": "organization", "New York": "place",
                   "Mitch McConnell": "person", "Republican Party": "organization", "Kentucky": "place"}


def test_plans_named_by_their_year():
    # Fox News-style: "the FCC chapter of Project 2025, the Heritage Foundation's blueprint" gave an organisation
    # "Project"
    got = _types(HEAD + "He wrote the FCC chapter of Project 2025, the Heritage Foundation's blueprint. Saudi Arabia's "
                 "Vision 2030 is a plan.")
    assert got == {"FCC": "organization", "Project 2025": "other", "Heritage Foundation": "organization",
                   "Saudi Arabia": "place", "Vision 2030": "other"}


def test_a_portfolio_after_for_the_and_a_un_under_secretary_general():
    # Wikinews: "The Australian Minister for the Environment and Heritage, Senator Ian Campbell" gave an organisation
    # "Environment" and a person "Heritage"; "Jan Egeland, Under-Secretary-General for Humanitarian Affairs" an
    # organisation "Under-Secretary-General" and a thing "Humanitarian Affairs"
    got = _types(HEAD + "The Australian Minister for the Environment and Heritage, Senator Ian Campbell, has praised "
                 "shoppers. The Minister for the Environment Tanya Plibersek agreed. Jan Egeland, Under-Secretary-General "
                 "for Humanitarian Affairs, spoke.")
    assert {a for a, t in got.items() if t in ("person", "organization", "place")} == {
        "Australia", "Ian Campbell", "Tanya Plibersek", "Jan Egeland"}


def test_a_states_member_of_a_party():
    # Reuters-style (Menendez): "a jury found the New Jersey Democrat guilty" gave an organisation "New Jersey
    # Democrat"; Wikinews: "Massachusetts Democrat"
    got = _types(HEAD + "A jury found the New Jersey Democrat guilty. A Texas Republican objected.")
    assert got == {"New Jersey": "place", "Democratic Party": "organization", "Texas": "place",
                   "Republican Party": "organization"}


def test_a_ministers_portfolio_listed_with_commas_and_and():
    # Wikinews: "Australian Minister for Education, Science and Training, Julie Bishop visited" gave two persons,
    # "Science" and "Training"; "Minister for the Environment and Heritage" a thing "Heritage"
    got = _types(HEAD + "Australian Minister for Education, Science and Training, Julie Bishop visited. The Minister for "
                 "the Environment and Heritage, Senator Ian Campbell, spoke. The Department of Health and Human Services "
                 "agreed.")
    assert got == {"Australia": "place", "Julie Bishop": "person", "Ian Campbell": "person",
                   "Department of Health and Human Services": "organization"}


def test_a_portfolio_after_minister_of_the_and_programming_languages():
    # Wikinews: "the Minister of the Economy Antonio Palocci" gave an organisation "Economy"; "a script written in
    # Python" a place; "President of the French Republic" keeps the republic
    got = _types(HEAD + "He used the influence of the Minister of the Economy Antonio Palocci. It is a script written in "
                 "Python. Sarkozy was elected President of the French Republic.")
    assert got == {"Antonio Palocci": "person", "Python": "other", "Sarkozy": "person", "French Republic": "place"}


def test_stock_indices_are_things_and_the_dow_jones_newswires_a_body():
    # Reuters-style markets wrap: "The Dow Jones Industrial Average fell" was an organisation (the gazetteer listed
    # the index with the companies), "the STOXX 600 index" an organisation "STOXX"
    got = _types(HEAD + "The Dow Jones Industrial Average fell 1,123.03 points. In Europe, the STOXX 600 index closed "
                 "higher. The Dow Jones fell again. Dow Jones Newswires reported it.")
    assert got == {"Dow Jones Industrial Average": "other", "Europe": "place", "STOXX 600": "other", "Dow Jones": "other",
                   "Dow Jones Newswires": "organization"}


def test_a_local_story_dateline_town_townsfolk_maker_model_and_medical_center():
    # a Boston Globe-style story: "FRAMINGHAM — A 42-year-old Ashland man was arraigned" gave two organisations;
    # "a nurse at MetroWest Medical Center" a place (a hospital is an organisation, as "X Hospital"); "a Lockheed
    # C-130" an organisation
    got = _types(HEAD + "FRAMINGHAM — A 42-year-old Ashland man was arraigned Monday. Chen, a nurse at MetroWest Medical "
                 "Center, died. The Air Force flew a Lockheed C-130 there.")
    assert got == {"Framingham": "place", "Ashland": "place", "Chen": "person",
                   "MetroWest Medical Center": "organization", "Air Force": "organization", "Lockheed C-130": "product"}


def test_a_magazine_named_by_a_word_the_story_writes_in_lower_case():
    # known gap until now: "Time magazine's Person of the Year" lost Time in a story that writes "for the second time"
    got = _types(HEAD + "Donald Trump was named Time magazine's Person of the Year for the second time.")
    assert got["Time"] == "organization"


def test_landmarks_the_gazetteer_lists():
    # known gaps until now: "the Sydney Opera House" and "the Zócalo" were organisations (five Wikinews articles)
    got = _types(HEAD + "Crowds gathered at the Sydney Opera House. Thousands filled the Zocalo in Mexico City.")
    assert got == {"Sydney Opera House": "place", "Zócalo": "place", "Mexico City": "place"}


def test_foreign_newspapers_are_organisations():
    # Wikinews (Norway): 'says Heffermehl to Aftenposten', 'In Aftenposten he is quoted' made a place
    got = _types(HEAD + "Heffermehl told Aftenposten that he had no plans. In Izvestia, the minister said it.")
    assert got == {"Heffermehl": "person", "Aftenposten": "organization", "Izvestia": "organization"}


def test_nordic_given_names():
    # Wikinews (the Peace Prize): "the chairman of the Nobel Committee, Ole Danbolt Mjøs" was a thing ("ole" is an
    # English adjective to the lexicon; the given names listed were mostly American)
    got = _types(HEAD + "Comments came from the chairman of the Nobel Committee, Ole Danbolt Mjøs. Gunnar Stålsett agreed.")
    assert got["Ole Danbolt Mjøs"] == "person" and got["Gunnar Stålsett"] == "person"


def test_a_facility_that_speaks_is_the_body_that_runs_it_across_its_mentions():
    # Reuters-style (Jimmy Carter's obituary): "…, the Carter Center said" and "he founded the Carter Center in Atlanta"
    # made a place (one mention's speaking outweighed by two place readings)
    got = _types(HEAD + "Jimmy Carter died on Sunday at his home in Plains, Georgia, the Carter Center said. After leaving "
                 "office, he founded the Carter Center in Atlanta.")
    assert got["Carter Center"] == "organization"


def test_a_company_joined_by_a_hyphen_to_a_plural_noun_is_one_name():
    # a Reuters-style U.S. Steel story: "accuses Cleveland-Cliffs and its chief executive" made the places Cleveland and
    # Cliffs; a headline's "Russia-Backed Rebels" made the thing "Backed"; names and pairs of names still split or stay
    got = _types(HEAD + "A suit accuses Cleveland-Cliffs and its chief executive. Russia-Backed Rebels Seize Town. "
                 "US-China talks resumed. Asha-Rose Migiro spoke at the Australia-United States Ministerial Consultations.")
    assert got["Cleveland-Cliffs"] == "organization" and "Cleveland" not in got and "Backed" not in got
    assert {"Russia", "United States", "China", "Asha-Rose Migiro", "Australia"} <= set(got)


def test_trade_unions_are_organisations():
    # a Reuters-style U.S. Steel story: "United Steelworkers president David McCall" and "a spokesperson for the United
    # Steelworkers said the union …" made a person; "The Teamsters said no" a thing
    got = _types(HEAD + "It accuses United Steelworkers president David McCall. A spokesperson for the United "
                 "Steelworkers said the union stands by it. The Teamsters said no. The RMT union and the TUC met.")
    assert got == {"United Steelworkers": "organization", "David McCall": "person",
                   "International Brotherhood of Teamsters": "organization",
                   "National Union of Rail, Maritime and Transport Workers": "organization",
                   "Trades Union Congress": "organization"}


def test_an_acronym_after_known_as_defines_the_whole_name():
    # a Reuters-style U.S. Steel story: "the Committee on Foreign Investment in the United States, known as CFIUS," cut
    # the name at "in the United States"; a wildfire story: "the California Department of Forestry and Fire Protection,
    # known as Cal Fire" left "Cal Fire" a person of its own
    df = _df(HEAD + "The review by the Committee on Foreign Investment in the United States, known as CFIUS, was a sham. "
             "CFIUS said no. It burned 2,900 acres, according to the California Department of Forestry and Fire "
             "Protection, known as Cal Fire. Cal Fire said it was spreading.")
    assert df["actor"].tolist() == ["Committee on Foreign Investment in the United States"] * 3 + [
        "California Department of Forestry and Fire Protection"] * 3


def test_wildfires_are_events_and_a_fire_chief_serves_a_fire_service():
    # a wildfire story: "the Palisades Fire", "the Eaton Fire" were things, "Palisades Drive" a thing, "in the foothills
    # above Altadena" an organisation; Wikinews: "said St. George Fire Chief Tim Polky" a person
    got = _types(HEAD + "The Palisades Fire had burned 2,900 acres. A second fire, the Eaton Fire, broke out in the "
                 "foothills above Altadena. Residents abandoned their cars on Palisades Drive. He was taken to an "
                 "ambulance, said St. George Fire Chief Tim Polky. Cream's Wheels of Fire sold well.")
    assert got["Palisades Fire"] == got["Eaton Fire"] == "event"
    assert got["Altadena"] == got["Palisades Drive"] == "place"
    assert got["St. George Fire"] == "organization" and got["Tim Polky"] == "person"
    assert got["Wheels of Fire"] != "event"


def test_a_team_by_its_towns_nickname_and_a_score_after_a_name():
    # AP-style NBA recap: "Buddy Hield, who signed with Golden State" and "before Golden State closed on a 17-4 run" made
    # California (the state's nickname); "Los Angeles has lost three straight road games" an organisation of its own
    # beside "the Los Angeles Lakers"; "beat the Galaxy 2-1" a product "Galaxy 2-1"
    got = _df(HEAD + "Stephen Curry scored 42 points as the Golden State Warriors beat the Los Angeles Lakers 134-130. "
              "Curry had 12 rebounds. The Lakers led by 12 before Golden State closed on a 17-4 run. Buddy Hield, who "
              "signed with Golden State, went 0 for 6. Los Angeles has lost three straight road games. Chicago Fire "
              "beat the Galaxy 2-1 on Saturday.")
    actors = set(got["actor"])
    assert "California" not in actors and "Galaxy 2-1" not in actors
    assert (got["actor"] == "Golden State Warriors").sum() == 3
    assert (got["actor"] == "Los Angeles Lakers").sum() == 3


def test_a_common_word_opening_a_sentence_is_no_name_for_being_inside_a_longer_one():
    # an ABC (Australia)-shaped bushfire story: "Emergency warnings were downgraded on Sunday" made an actor
    # "Emergency" (the body writes "State Emergency Management Commissioner"); Wikinews: "Teachers have said …",
    # "Monetary policy is …", "Recording industry representatives …" likewise
    got = _types(HEAD + "Emergency warnings were downgraded on Sunday. State Emergency Management Commissioner Rick "
                 "Nugent said the fire was active. Teachers have said that the funding was short, the "
                 "Australian Teachers Union said.")
    assert "Emergency" not in got and "Teachers" not in got and got["Rick Nugent"] == "person"


def test_new_years_eve_is_one_name():
    # an ABC (Australia)-shaped story: "Hot, windy weather is forecast for New Year's Eve" made "New Year" and "Eve"
    got = _types(HEAD + "Hot, windy weather is forecast for New Year's Eve. Christmas Eve was quiet.")
    assert set(got) == {"New Year's Eve", "Christmas Eve"}


def test_a_countrys_acronym_is_never_a_long_name_with_the_same_initials():
    # an explainer on bird flu: "in 16 US states", "in the US" beside "a virologist at the University of Saskatchewan"
    # made three mentions of the university (its initials are U and S)
    got = _df(HEAD + "Cases have been reported in 16 US states. The CDC has confirmed 66 cases in the US. \"The risk "
              "remains low,\" said Angela Rasmussen, a virologist at the University of Saskatchewan.")
    assert got.loc[got["surface"] == "US", "actor"].tolist() == ["United States", "United States"]


def test_two_well_known_surnames_joined_by_a_hyphen_before_a_noun_are_two_people():
    # a live blog: "no concrete date for a Putin-Trump call" made an organisation "Putin-Trump"; one person's double
    # surname and a law stay whole ("Dominique Strauss-Kahn", "Strauss-Kahn has agreed", "the Dodd-Frank Act")
    got = _types(HEAD + "There was no date for a Putin-Trump call. The Bush-Cheney ticket won. Dominique Strauss-Kahn "
                 "resigned. Strauss-Kahn has agreed to testify. The Dodd-Frank Act was passed.")
    assert {"Putin", "Trump", "Bush", "Cheney", "Dominique Strauss-Kahn"} <= set(got)
    assert "Putin-Trump" not in got and "Kahn" not in got and got["Dodd-Frank Act"] != "person"


def test_a_title_ending_in_an_apostrophe_before_its_apposition():
    # a list of key dates: "He publishes Laudato Si', an encyclical on the environment" made a person
    got = _types(HEAD + "In 2015 Pope Francis publishes Laudato Si', an encyclical on the environment.")
    assert got["Laudato Si"] == "work"


def test_a_research_body_named_again_by_its_town():
    # a fact check: "the Kiel Institute for the World Economy" … "who leads the Kiel team" made an organisation "Kiel"
    df = _df(HEAD + "According to the Kiel Institute for the World Economy, the US has allocated $114 billion. \"The "
             "figures include money spent at home,\" said Christoph Trebesch, who leads the Kiel team.")
    assert set(df["actor"]) == {"Kiel Institute for the World Economy", "United States", "Christoph Trebesch"}


def test_firms_whose_names_end_in_s_and_sites_addresses():
    # Wikinews: "commented financial writer Juan Pablo Fuentes of Moody's Economy.com" made a thing "Moody" and a person
    # "Economy.com"; "McDonald's said" an organisation "McDonald"; "Domino's" a place
    got = _types(HEAD + "Juan Pablo Fuentes of Moody's Economy.com said so. McDonald's said sales rose. Shares in Domino's and "
                 "Sainsbury's rose. A petition on Change.org won support.")
    assert got == {"Juan Pablo Fuentes": "person", "Moody's": "organization", "Economy.com": "organization",
                   "McDonald's": "organization", "Domino's": "organization", "Sainsbury's": "organization",
                   "Change.org": "organization"}


def test_a_newspaper_in_a_wikis_italics_and_a_place_in_part_of_another():
    # Wikinews: "worked for the ''Novaya Gazeta'' newspaper" (the italics hid the noun after the name: a person);
    # "a military base in Maidan Shahr in the centre of Afghanistan's Maidan Wardak province" made a person; "a captured
    # Humvee military car" an organisation
    got = _types(HEAD + "Anna Politkovskaya worked for the ''Gazeta Polska'' newspaper. A car bomb was rammed into a "
                 "military base in Maidan Shahr in the centre of Afghanistan's Maidan Wardak province, with a captured "
                 "Humvee military car.")
    assert got["Gazeta Polska"] == "organization" and got["Maidan Shahr"] == "place" and got["Humvee"] == "product"


def test_a_title_glued_to_the_name_and_a_bill_by_its_number():
    # Wikinews: "In a final message before ending the tour Mr.Bush said" made a person "Mr.Bush" apart from George W.
    # Bush, "Mr.Papandreou" an organisation; "Bill S.256", "Bill C-38" were organisations
    got = _df(HEAD + "President George W. Bush arrived. In a final message Mr.Bush said it. The law, Bill S.256, reduces "
              "filings. Bill C-38 passed. He visited St.Petersburg.")
    assert dict(zip(got["surface"], got["actor"], strict=True))["Mr.Bush"] == "George W. Bush"
    types = dict(zip(got["actor"], got["type"], strict=True))
    assert types["Bill S.256"] == types["Bill C-38"] == "other" and types["St.Petersburg"] == "place"


def test_compound_military_titles_initials_with_and_without_a_dot_and_helicopters():
    # Wikinews: "U.S. military spokesman Lieutenant-Colonel Jerry O'Hara said" and "Brigadier Udaya Nanayakkara" kept the
    # titles; "the CH-47 Chinook" was an organisation; "N. Gopalaswami" and "N Gopalaswami" were two people
    got = _df(HEAD + "U.S. military spokesman Lieutenant-Colonel Jerry O'Hara said it. Brigadier Udaya Nanayakkara "
              "agreed. The CH-47 Chinook was brought down. This was announced by N. Gopalaswami at New Delhi. \"Nearly "
              "40 lakh,\" said N Gopalaswami.")
    types = dict(zip(got["actor"], got["type"], strict=True))
    assert types["Jerry O'Hara"] == types["Udaya Nanayakkara"] == types["N. Gopalaswami"] == "person"
    assert types["CH-47 Chinook"] == "product" and "N Gopalaswami" not in types


def test_a_group_named_by_a_code_before_rebels():
    # an AP-style Congo story: "Rwanda-backed M23 rebels seized the airport" made a thing "M23" (a code); "F-18
    # fighters" stay no group
    got = _types(HEAD + "Rwanda-backed M23 rebels seized the airport. The M23 is one of about 100 armed groups. The US "
                 "would sell F-18 fighters to India.")
    assert got["M23"] == "organization" and got["F-18"] != "organization"


def test_an_items_first_common_word_is_no_name_but_an_items_name_stays():
    # Wikinews: "# Increasing shareholder control of corporations # Taxpayer equity" made "Increasing", "Taxpayer";
    # "*Others - 52.1 percent" made "Others"; an item that opens with a name keeps it whole ("* Fishers Ridge")
    got = _types(HEAD + "He outlined a plan: # Increasing shareholder control of corporations # Taxpayer equity as "
                 "part of any bailout. Shares: *Nokia - 18 percent, *Others - 52.1 percent. Sites: * Fishers Ridge "
                 "opened * Mount Everard closed.")
    assert not {"Increasing", "Taxpayer", "Others"} & set(got) and {"Nokia", "Fishers Ridge", "Mount Everard"} <= set(got)


def test_a_fire_and_ems_chief_is_the_person():
    # an AP-style crash story: "Washington, D.C., Fire and EMS Chief John Donnelly said" made an organisation "EMS Chief
    # John Donnelly" and an event "Fire"
    got = _types(HEAD + "Washington, D.C., Fire and EMS Chief John Donnelly said divers had recovered 28 bodies.")
    assert got["John Donnelly"] == "person" and "EMS Chief John Donnelly" not in got and got.get("Fire") != "event"


def test_a_demonym_before_a_name_with_a_particle_and_paris_landmarks():
    # an AP-style Tour de France report: "Belgian Wout van Aert won the final stage" kept the demonym in the name; "the
    # Champs-Elysees" and "the climb of Montmartre" were organisations
    got = _types(HEAD + "Belgian Wout van Aert won the final stage on the Champs-Elysees after a late attack on the "
                 "climb of Montmartre.")
    assert got == {"Belgium": "place", "Wout van Aert": "person", "Champs-Élysées": "place", "Montmartre": "place"}


def test_a_presiding_officer_and_more_holidays():
    # Wikinews: "The Presiding Officer (speaker) of the parliament" made a thing "Presiding"; "the birth anniversary of
    # Prophet Mohammed, Mawlid an-Nabi" an organisation
    got = _types(HEAD + "Prisoners will be released on the occasion of Mawlid an-Nabi and Easter. The Presiding Officer "
                 "(speaker) of the parliament, Alex Fergusson, used his casting vote.")
    assert got == {"Mawlid": "other", "Easter": "other", "Alex Fergusson": "person"}


def test_a_party_member_before_a_name_and_a_constituency():
    # Wikinews: "Mr Vaile also dismissed Liberal Wilson Tuckey 's suggestion" made a thing "Liberal Wilson Tuckey";
    # "his constituency of Lyne" an organisation; a party's own name stays whole ("Republican Sinn Féin")
    got = _types(HEAD + "Mr Vaile also dismissed Liberal Wilson Tuckey 's suggestion. He will serve his constituency of "
                 "Lyne on the backbench. Members of Republican Sinn Féin protested.")
    assert got["Wilson Tuckey"] == "person" and got["Lyne"] == "place" and got["Republican Sinn Féin"] == "organization"


def test_a_bodys_short_name_in_brackets():
    # a Reuters-style Mexico story: "The Bank of Mexico (Banxico) cut its benchmark interest rate" … "Banxico said"
    # made two organisations; a town in brackets is no short name ("The University of Leeds (Leeds)" keeps Leeds)
    got = _df(HEAD + "The Bank of Mexico (Banxico) cut its rate. Banxico said growth was weak.")
    assert set(got["actor"]) == {"Bank of Mexico"}


def test_a_surname_that_is_a_plural_a_vocative_and_a_journeys_end():
    # a Reuters-style Australian Open report: "Madison Keys won the women's title" made an organisation (a plural last
    # word, as "Six Flags"); '"Sascha, I know how hard you worked"' one too; an AP-style hurricane story: "from Anna
    # Maria Island to Boca Grande" made a person of the journey's end
    got = _types(HEAD + "Madison Keys won the women's title. \"Sascha, I know how hard you worked for this,\" Sinner "
                 "said. Storm surge is possible from Anna Maria Island to Boca Grande. Members of the Arab States met.")
    assert got["Madison Keys"] == "person" and got["Sascha"] == "person" and got["Boca Grande"] == "place"
    assert got["Arab States"] == "organization"


def test_a_utility_named_after_its_noun_and_a_centre_that_speaks():
    # made-up news: "the utility ComEd" was a person ("ComEd admitted"); "announced by the Carter Center, which said"
    # a place
    got = _types(HEAD + "The scheme involved the utility ComEd. In 2020 ComEd admitted it. His death was announced by "
                 "the Carter Center, which said he died peacefully. He founded the Carter Center in 1982.")
    assert got["ComEd"] == "organization" and got["Carter Center"] == "organization"


def test_a_model_with_two_suffixes_a_prefixed_plural_and_an_assistant():
    # an iPhone launch story: "iPhone 17 Pro Max" made a product "iPhone 17 Pro" and a person "Max"; "Preorders begin
    # Friday." an organisation; "its Siri assistant" an organisation (but "Maroochydore assistant coach" is a team's)
    got = _types(HEAD + "It goes on sale with the iPhone 17 and iPhone 17 Pro Max. Preorders begin Friday. A version "
                 "of its Siri assistant was delayed. Maroochydore assistant coach Ben Radmall agreed.")
    assert got == {"iPhone 17": "product", "iPhone 17 Pro Max": "product", "Siri": "product",
                   "Maroochydore": "organization", "Ben Radmall": "person"}


def test_a_leaders_surname_before_the_party_and_a_seat_of():
    # an Australian election story: "Albanese Labor government re-elected" made one thing "Albanese Labor"; "his own
    # Queensland seat of Dickson" an organisation
    df = _df("Albanese Labor government re-elected\n\nAnthony Albanese won. Peter Dutton lost his own Queensland seat "
             "of Dickson.")
    got = dict(zip(df["actor"], df["type"], strict=False))
    assert got["Anthony Albanese"] == "person" and got["Labor Party"] == "organization" and got["Dickson"] == "place"
    assert "Albanese Labor" not in got


def test_a_place_opening_the_sentence_is_no_member_of_the_list_after_it_and_kin_lists():
    # an IT outage story: "In the United States, Delta, United and American Airlines grounded all flights" made Delta a
    # thing and United a place (the list's vote split by the United States); Wikinews: "her children James and Gretel"
    # made Gretel an organisation
    got = _types(HEAD + "In the United States, Delta, United and American Airlines grounded all flights. His wife and "
                 "her children James and Gretel survive him, as do his two sons Wyatt and Zachary.")
    assert got["Delta"] == got["United"] == "organization" and got["United States"] == "place"
    assert got["Gretel"] == got["Wyatt"] == got["Zachary"] == "person"


def test_a_parent_company_is_its_own_actor_and_the_fourth_of_july_is_no_name():
    # an AP-style TikTok story: "gave ByteDance nine months to sell" was TikTok (the gazetteer had the parent as the
    # app's other name); "ahead of the July Fourth holiday" made a thing "Fourth"
    got = _types(HEAD + "TikTok is owned by ByteDance. The law gave ByteDance nine months to sell. The film opens ahead "
                 "of the July Fourth holiday, as it did on the Fourth of July last year.")
    assert got == {"TikTok": "organization", "ByteDance": "organization"}


def test_a_place_of_four_words_before_a_persons_name():
    # Wikinews: "the former governor of Rio Grande do Sul Olivio Dutra" made one organisation of the place and the man
    got = _types(HEAD + "He accused the former governor of Rio Grande do Sul Olivio Dutra of involvement.")
    assert got == {"Rio Grande do Sul": "place", "Olivio Dutra": "person"}


def test_a_partys_word_alone_joins_its_full_name():
    # a France 24-shaped story: "the Socialist Party declined" and "Socialist leader Olivier Faure" made two actors
    df = _df(HEAD + "Bayrou survived after the Socialist Party declined to back a motion. Socialist leader Olivier "
             "Faure spoke. The Socialists abstained.")
    assert set(df.loc[df["type"] == "organization", "actor"]) == {"Socialist Party"}


def test_an_amount_in_shillings_or_rupees_is_no_name():
    # a Nation-style Kenyan story: "the law would raise Sh30 billion" made an organisation "Sh30" (a mask "N95" stays)
    got = _types(HEAD + "The law would raise Sh30 billion, and Rs500 notes were withdrawn, as N95 masks sold out.")
    assert got == {"N95": "other"}


def test_an_event_noun_a_comma_and_the_events_name():
    # a Reuters-style earnings story: "Nvidia will hold its annual developer conference, GTC, in San Jose" made GTC an
    # organisation
    got = _types(HEAD + "Nvidia will hold its annual developer conference, GTC, in San Jose next month.")
    assert got["GTC"] == "event"


def test_a_nickname_quoted_inside_a_name_stands_for_the_person():
    # an AP-style trial story: the headline "Diddy found not guilty …" made an organisation beside 'Sean "Diddy" Combs'
    df = _df('Diddy found not guilty of sex trafficking\n\nSean "Diddy" Combs was acquitted on Wednesday. Combs, 55, '
             'knelt and prayed. The judge refused to release Combs on bail. Combs has been held in a jail since May.')
    assert set(df["actor"]) == {"Sean Combs"} and set(df["type"]) == {"person"}


def test_a_flight_whose_code_opens_with_a_digit():
    # an AP-style air crash story: "Jeju Air Flight 7C2216" made a thing "Jeju Air Flight" (the code left out)
    got = _types(HEAD + "Jeju Air Flight 7C2216, a Boeing 737-800 carrying 181 people, was arriving from Bangkok.")
    assert got["Jeju Air Flight 7C2216"] == "other" and "Jeju Air Flight" not in got


def test_xinhuas_end_mark_is_no_name():
    # Xinhua's copy ends with "Enditem", which was an organisation
    assert "Enditem" not in _actors(HEAD + "Kang said China would implement more proactive policies in 2025. Enditem")


def test_a_companys_name_run_into_its_founders():
    # Wikinews: a picture's label run into the text, "Apple Steve Jobs , founder of Apple , has chosen to step down",
    # made a person "Apple Steve Jobs" beside "Steve Jobs", so "Jobs" alone matched neither (two full names)
    df = _df(HEAD + "Apple Steve Jobs , founder of Apple , has chosen to step down. Jobs resigned in a letter. Steve Jobs "
             "has been ill.")
    assert dict(df.groupby("actor").size()) == {"Apple": 2, "Steve Jobs": 3}


def test_the_towns_of_two_names():
    # an anniversary feature: "the towns of Futaba and Okuma" made Okuma an organisation; a firm's full name with a
    # given name inside stays one ("Lockheed Martin Corp", not "Lockheed" and "Martin Corp")
    got = _types(HEAD + "Large parts of the towns of Futaba and Okuma are still off-limits. Comey left for Lockheed Martin "
                 "Corp. last year.")
    assert got == {"Futaba": "place", "Okuma": "place", "Comey": "person", "Lockheed Martin": "organization"}


def test_more_products_by_name():
    # Wikinews: "the success of the iPad and MacBook Air" and "the iCloud" made organisations; "a Xanax prescription"
    # too; a weight-loss story's "Ozempic" and an iPhone story's "Siri" the same
    got = _types(HEAD + "He is credited with the success of the iPad and MacBook Air and the iCloud service. She forged a "
                 "Xanax prescription. Ozempic sales rose. Siri was delayed.")
    assert set(got.values()) == {"product"} and len(got) == 6


def test_football_grounds_and_a_spacecraft():
    # a Premier League transfer story: "signed a long-term contract at Anfield" made Anfield an organisation; a NASA
    # story's "Boeing's Starliner" another
    got = _types(HEAD + "The 22-year-old signed a contract at Anfield. They flew on Boeing's Starliner. United lost at "
                 "Old Trafford.")
    assert got["Anfield"] == got["Old Trafford"] == "place" and got["Starliner"] == "product"


def test_a_role_in_apposition_makes_a_person():
    # a CNN-style antitrust story: "Kent Walker, Google's president of global affairs, said" made an organisation (a
    # county leading the name); the same for ", a former senator,"; a firm's role ("Alphabet, Google's owner") stays a
    # firm's, and ", the former mayor argued" may be the clause after a fronted phrase (the LA Times page in
    # news_html: "In the speech, first disclosed by the Aspen Times, the former mayor argued")
    got = _types(HEAD + "Kent Walker, Google's president of global affairs, said it would appeal. Kent Hawley, a former "
                 "senator, disagreed. Shares of Alphabet, Google's owner, fell. In the speech, first disclosed by the "
                 "Aspen Times, the former mayor argued.")
    assert got["Kent Walker"] == got["Kent Hawley"] == "person"
    assert got["Alphabet"] == got["Aspen Times"] == "organization"


def test_a_portfolio_that_also_ends_firms_names():
    # a Bloomberg-style OPEC story: "Saudi Energy Minister Prince Abdulaziz bin Salman" made an organisation "Saudi
    # Energy"; a firm's name before a title no minister holds stays ("Duke Energy Chief Executive Lynn Good" lost it)
    got = _types(HEAD + "Saudi Energy Minister Prince Abdulaziz bin Salman spoke. Nigerian Petroleum Minister Timipre "
                 "Sylva agreed. Duke Energy Chief Executive Lynn Good did not.")
    assert got == {"Saudi Arabia": "place", "Abdulaziz bin Salman": "person", "Nigeria": "place",
                   "Timipre Sylva": "person", "Duke Energy": "organization", "Lynn Good": "person"}


def test_a_hyphenated_dateline_and_a_charitys_plural_head():
    # an AP-style kidnapping story: the dateline "PORT-AU-PRINCE, Haiti (AP) —" gave an "African Union" (its "AU") and
    # "Ohio-based Christian Aid Ministries" a person
    got = _types("PORT-AU-PRINCE, Haiti (AP) — Missionaries with Ohio-based Christian Aid Ministries were kidnapped. "
                 "It was quiet.")
    assert got["Port-au-Prince"] == "place" and got["Christian Aid Ministries"] == "organization"
    assert "African Union" not in got
    assert _types("STOKE-ON-TRENT, England (Reuters) - A man was held.")["Stoke-on-Trent"] == "place"


def test_a_given_name_with_the_initial_of_the_surname():
    # an AFP-style chess story: "Gukesh Dommaraju", "plays under the name Gukesh D" and "Gukesh told reporters" were
    # three people
    df = _df(HEAD + "India's Gukesh Dommaraju won. The 18-year-old, who plays under the name Gukesh D, took the title. "
             "Gukesh told reporters he was shocked.")
    assert set(df.loc[df["type"] == "person", "actor"]) == {"Gukesh Dommaraju"}


def test_the_second_of_two_places_after_between():
    # an AP-style wildfire story: "homes along the coast between Santa Monica and Malibu" made Malibu an organisation;
    # people after "between" stay people
    got = _types(HEAD + "Homes were destroyed along the coast between Santa Monica and Malibu. Talks between Sharif and "
                 "Modi failed.")
    assert got == {"Santa Monica": "place", "Malibu": "place", "Sharif": "person", "Modi": "person"}


def test_a_model_number_after_an_airline_and_an_ages_adjective():
    # an AP-style strike story: "a door-plug blowout on an Alaska Airlines 737 Max 9 jet" made a person "Max"; an
    # archaeology story's "Roman villa" another, and Wikinews's "Roman Egypt" and "Roman Catholic Christianity" were
    # people too ("Roman" is a given name: "Roman Abramovich" stays one)
    got = _types(HEAD + "A door plug blew out on an Alaska Airlines 737 Max 9 jet. A 2,000-year-old Roman villa was found. "
                 "Roman Abramovich sold Chelsea. The Roman Empire fell. Viking graves were found in Roman Egypt.")
    assert "Max" not in got and got["Roman Abramovich"] == "person"
    assert got["Roman"] == got["Roman Empire"] == got["Viking"] == "other" and got["Roman Egypt"] == "place"


def test_a_port_and_the_end_of_a_voyage():
    # a Reuters-style ferry story: "left Ketapang port in East Java … bound for Gilimanuk on the island of Bali" made
    # both towns organisations
    got = _types(HEAD + "The ferry left Ketapang port in East Java bound for Gilimanuk on the island of Bali. Grain "
                 "destined for Mombasa left.")
    assert got["Ketapang"] == got["Gilimanuk"] == got["Mombasa"] == "place"


def test_a_stressed_short_word_and_cricket_grounds():
    # an AP-style AI Act story: '"Europe is NOW a global standard-setter in AI," Thierry Breton wrote' made an
    # organisation "NOW" (so did Wikinews's "take step NOW"); a Reuters-style Test report's "the Adelaide Oval" and
    # "the Gabba" were organisations; an acronym that spells a rare adverb stays ("the OFT", Office of Fair Trading)
    got = _types(HEAD + '"Europe is NOW a global standard-setter," Thierry Breton wrote. Travis Head scored at the Adelaide '
                 "Oval. The third Test begins at the Gabba. The OFT fined them.")
    assert "NOW" not in got and got["OFT"] == "organization"
    assert got["Adelaide Oval"] == got["Gabba"] == "place"


def test_a_sentences_first_word_put_back_into_a_name_the_article_gives_whole():
    # a climate-protest story: "Just Stop Oil, which wants the government to halt new licences, has staged protests"
    # gave an organisation "Stop Oil" beside "the group Just Stop Oil" (a capitalised common word opening a sentence
    # is left out of a name); a word the article never writes before the name stays out
    df = _df(HEAD + "The protesters were from the group Just Stop Oil. Just Stop Oil, which wants new licences halted, "
             "has staged daily protests. Government sources said little.")
    assert dict(df.groupby("actor").size()) == {"Just Stop Oil": 2}
    row = df[df["actor"] == "Just Stop Oil"].iloc[-1]
    assert row["surface"] == "Just Stop Oil"


def test_a_storms_local_name_and_a_province_after_an_ian_name():
    # a Reuters-style typhoon story: "Gaemi, known locally as Carina" made an organisation "Carina" (the storm named
    # before as "Typhoon Gaemi"; and "known locally as" was not read); "China's Fujian province" a thing (an -ian word
    # before a noun, as "Kenyan officials")
    df = _df(HEAD + "Typhoon Gaemi made landfall. In the Philippines, Gaemi, known locally as Carina, worsened rains. The "
             "storm was heading for China's Fujian province. Carina killed 20.")
    assert dict(df.groupby("actor").size()) == {"Typhoon Gaemi": 4, "Philippines": 1, "China": 1, "Fujian": 1}
    assert set(df.loc[df["actor"] == "Fujian", "type"]) == {"place"}


def test_a_two_letter_acronym_of_a_two_word_name():
    # an AP-style South African election story: "the centrist Democratic Alliance" and "DA leader John Steenhuisen",
    # "the ANC and the DA" were two organisations (long forms of two words were never read); a person's initials stay
    # apart ("JZ" is no Jacob Zuma)
    df = _df(HEAD + "The centrist Democratic Alliance came second. DA leader John Steenhuisen spoke. A deal between the "
             "ANC and the DA is likely. Jacob Zuma spoke. JZ said no.")
    assert dict(df.groupby("actor").size()) == {"Democratic Alliance": 3, "John Steenhuisen": 1,
                                                "African National Congress": 1, "Jacob Zuma": 1, "JZ": 1}


def test_a_tax_is_no_body():
    # a BBC-style PMQs story: "its increase in employers' National Insurance contributions" made an organisation
    got = _types(HEAD + "He called on the government to reverse its increase in employers' National Insurance "
                 "contributions. Council Tax bills will rise.")
    assert got["National Insurance"] == got["Council Tax"] == "other"


def test_an_inflected_word_of_an_all_caps_headline_is_no_name():
    # an AP-style headline "TORNADO RIPS THROUGH SMALL TOWN, KILLING THREE" made an organisation "RIPS" (the lexicon knows
    # "rip", not "rips"); an acronym stays ("NATO VOWS SUPPORT": NATO)
    assert _actors("TORNADO RIPS THROUGH SMALL TOWN, KILLING THREE\n\nA tornado hit Elmwood.") == {"Elmwood"}
    assert _actors("NATO VOWS SUPPORT FOR KYIV\n\nThe alliance met.") == {"NATO", "Kyiv"}


def test_barracks_are_a_place():
    # an anniversary feature: "the crowds outside the Carmo barracks" made an organisation "Carmo"
    assert _types(HEAD + "She joined the crowds outside the Carmo barracks.") == {"Carmo": "place"}


def test_a_possessive_short_form_and_a_procedure():
    # a hospital story: "Staff at St Mary's Hospital …" then '"Deeply concerning reports from St Mary's," he wrote' made a
    # person "St Mary"; "doing CPR by the light of our phones" an organisation
    df = _df(HEAD + "Staff at St Mary's Hospital described chaos. \"Deeply concerning reports from St Mary's. I have asked "
             "for an update,\" he wrote. \"We were doing CPR by the light of our phones,\" a nurse said.")
    assert dict(df.groupby("actor").size()) == {"St Mary's Hospital": 2, "CPR": 1}
    assert df.loc[df["actor"] == "CPR", "type"].tolist() == ["other"]
    assert df["surface"].tolist()[:2] == ["St Mary's Hospital", "St Mary's"]


def test_a_councils_member_as_a_title():
    # a WordPress-shaped local news page: 'said Council Member Priya Nair' made an organisation of the whole; "City
    # Council Member Julie Won", "School Board Member Ann Lee" the same, and "Councilmember Brad Lander" a product ("Lander"
    # ends a spacecraft's name)
    got = _types(HEAD + '"This is about safety," said Council Member Priya Nair. City Council Member Julie Won agreed. '
                 "School Board Member Ann Lee did not. Councilmember Brad Lander spoke. The Mars Lander landed.")
    assert got == {"Priya Nair": "person", "Julie Won": "person", "Ann Lee": "person", "Brad Lander": "person",
                   "Mars Lander": "product"}


def test_a_disease_named_after_a_person_is_no_short_form_of_a_body():
    # a made-up FDA story: "early symptomatic Alzheimer's, including …" beside "the Alzheimer's Association" joined the
    # disease to the association once a possessive ending a phrase stood for the longer name
    got = _types(HEAD + "It is approved for adults with early symptomatic Alzheimer's, including mild impairment. The "
                 "Alzheimer's Association welcomed it.")
    assert got["Alzheimer's Association"] == "organization" and got["Alzheimer"] == "other"


def test_a_fair_is_an_event():
    # Wikinews ID82344: "the Frankfurt Book Fair 2007" was a work ("Book" inside); a magazine of that name stays one
    got = _types(HEAD + "The Frankfurt Book Fair opened. She wrote for Vanity Fair. The Iowa State Fair drew crowds.")
    assert got == {"Frankfurt Book Fair": "event", "Vanity Fair": "organization", "Iowa State Fair": "event"}


def test_a_possessive_apposition_and_a_pacific_islander():
    # Wikinews ID31595: "Advance Australia Fair , Australia's national anthem" became an event once a fair was one (the
    # apposition after a possessive was not read); wn-va-2019-103: "the first Pacific Islander to be awarded" an
    # organisation (a team's plural stays one)
    got = _types(HEAD + "Schools must play Advance Australia Fair , Australia's national anthem before class. He became "
                 "the first Pacific Islander to win it. The New York Islanders won.")
    assert got["Advance Australia Fair"] == "work" and got["Pacific Islander"] == "person"
    assert got["New York Islanders"] == "organization"


def test_a_works_name_written_again_without_its_quotation_marks():
    # Wikinews: 'Rumsfeld acknowledged in a document called the "Information Operations Roadmap "' left the quoted name a
    # quote and a person, and 'The Information Operations Roadmap says' a person and a speaker
    art = load_article(HEAD + 'Rumsfeld acknowledged in a document called the "Information Operations Roadmap " that the '
                       'packages are "consumed by our domestic audience." The Information Operations Roadmap says so.')
    df = actors(art)
    assert set(df.loc[df["actor"] == "Information Operations Roadmap", "type"]) == {"work"}
    assert quotes(art)[["speaker", "text"]].values.tolist() == [["Rumsfeld", "consumed by our domestic audience."]]


def test_a_name_of_several_words_with_and_without_a_plurals_s():
    # Wikinews ID32100: "The National Security Archives, a private non-profit research group" and "the director of the
    # National Security Archive at George Washington University" were an organisation and a thing
    df = _df(HEAD + "The National Security Archives, a research group, obtained the document. The director of the "
             "National Security Archive at George Washington University said so.")
    assert dict(df.groupby("actor").size()) == {"National Security Archives": 2, "George Washington University": 1}
    assert set(df["type"]) == {"organization"}


def test_a_league_tables_rows_and_headers():
    # a budget story ending with a league table: "Standings after Saturday's games:" and the header's "Pts" were
    # organisations, "Liverpool     10  8   1   1   25" a place and "Man City" a thing "City"; a golf leaderboard's rows stay
    # people
    got = _types(HEAD + "Standings after Saturday's games:\n\nTeam          P   W   D   L   Pts\nLiverpool     10  8   1   1   "
                 "25\nMan City      10  7   2   1   23\n\nLeaderboard:\n\nScottie Scheffler  67 68 70 205\n")
    assert got == {"Liverpool": "organization", "Manchester City": "organization", "Scottie Scheffler": "person"}


def test_new_zealand_parties_an_iwi_and_malaysian_honorifics():
    # an RNZ-style hīkoi story: "New Zealand First" and "Te Pāti Māori" were people, "Ngāti Kahungunu" (an iwi) a person;
    # a Reuters-style Malaysia story: "UMNO president Datuk Seri Ahmad Zahid Hamidi" gave a person "Seri Ahmad Zahid
    # Hamidi", and "Barisan Nasional" (a coalition) was a person
    got = _types(HEAD + "It passed with the support of National and New Zealand First. Te Pāti Māori co-leader Rawiri "
                 "Waititi spoke. Ngāti Kahungunu chair Bayden Barber agreed. UMNO president Datuk Seri Ahmad Zahid Hamidi "
                 "backs the government with rival Barisan Nasional.")
    assert got["New Zealand First"] == got["Te Pāti Māori"] == got["Ngāti Kahungunu"] == "organization"
    assert got["Ahmad Zahid Hamidi"] == "person" and got["Barisan Nasional"] == "organization"


def test_a_noble_title_in_apposition_names_the_person():
    # a royal tour story: "His wife Catherine, the Princess of Wales, has not carried out public duties" gave two people,
    # and "The Princess of Wales thanked the public" the second; a language stays no party ("in English and Maori",
    # Wikinews ID69692, became an organisation once the Maori Party was known)
    df = _df(HEAD + "His wife Catherine, the Princess of Wales, has not carried out public duties. The Princess of Wales "
             "thanked the public. The medal bears an inscription in English and Maori. The Duke of Sussex arrived.")
    assert dict(df.groupby("actor").size()) == {"Catherine": 3, "Maori": 1, "Duke of Sussex": 1}
    assert set(df.loc[df["actor"] == "Maori", "type"]) == {"other"}


def test_a_known_bodys_acronym_after_another_name_of_it():
    # a known gap of the last notes: "The Free Democrats (FDP) left the coalition. FDP leader …" gave the Free Democrats
    # and the Free Democratic Party (the acronym's letters are not all in "Free Democrats", and the gazetteer knows FDP)
    df = _df(HEAD + "The Free Democrats (FDP) left the coalition. FDP leader Christian Lindner said so. The Free Democrats "
             "want tax cuts.")
    assert dict(df.groupby("actor").size()) == {"Free Democrats": 3, "Christian Lindner": 1}


def test_a_prize_before_winning_is_the_prize():
    # an AP-style Bangladesh story: "Muhammad Yunus, the Nobel Peace Prize-winning economist" gave a person "Nobel Peace"
    # (the compound's head "Prize" was cut off as in "Russia-backed"); "a Taylor Swift-themed class" keeps the person
    got = _types(HEAD + "Muhammad Yunus, the Nobel Peace Prize-winning economist, was named. The Pulitzer Prize-winning "
                 "author spoke. A World Cup-winning coach came.")
    assert got == {"Muhammad Yunus": "person", "Nobel Peace Prize": "other", "Pulitzer Prize": "other",
                   "World Cup": "event"}


def test_a_party_after_leader_of():
    # Wikinews ID50445: "Gerry Brownlee, Deputy leader of National, denies …" made a person "National"; "President of
    # North Yemen" and "the head of Jesus" stay what they were (no body)
    got = _types(HEAD + "Gerry Brownlee, Deputy leader of National, denies it. He was President of North Yemen. The veil "
                 "covered the head of Jesus.")
    assert got["National"] == "organization" and got["North Yemen"] == "place" and got["Jesus"] == "person"


def test_a_person_whose_name_is_also_a_title_stays_a_person():
    # GUM (a YouTuber's biography): 'her channel "Jenna Marbles"' made her a work wherever "Jenna Marbles" was written
    # once a work's name written again unquoted was the work (a name opening with a given name is a person's)
    df = _df(HEAD + 'She started the series "Jenna Marbles" in 2010. Jenna Marbles said she was grateful.')
    assert df.loc[df["surface"] == "Jenna Marbles", "type"].tolist() == ["work", "person"]


def test_a_body_that_does_what_bodies_do_after_which():
    # an AP-style Starbucks story: "Workers United, which represents about 11,000 baristas at more than 535 U.S. stores,
    # said" left the union a thing ("Workers" opens it)
    got = _types(HEAD + "Workers United, which represents about 11,000 baristas, said no. Gaza, which Israel occupied, "
                 "suffered.")
    assert got["Workers United"] == "organization" and got["Gaza"] == "place"


def test_a_constituency_before_its_members_title():
    # a BBC-style Bristol stabbing story: "Bristol West MP Carla Denyer said" made "Bristol West" an organisation (a
    # place leading a name); a party before "MP" stays the party ("Tory MP Jason Kenney", Wikinews ID48323)
    got = _types(HEAD + "Bristol West MP Carla Denyer said she was saddened. Ashfield MP Lee Anderson agreed. Tory MP "
                 "Jason Kenney disagreed.")
    # ("Tory" is the Conservative Party's short name since 7 Dec 2026: was a body "Tory" of its own)
    assert got["Bristol West"] == "place" and got["Ashfield"] == "place" and got["Conservative Party"] == "organization"
    assert got["Carla Denyer"] == got["Lee Anderson"] == got["Jason Kenney"] == "person"


def test_the_town_a_mayor_or_governor_heads_is_a_place():
    # an AP-style Romania story: "Elena Lasconi, the reformist mayor of Campulung who finished second" made the town an
    # organisation (Wikinews: "the mayor of Esperanza", "the former Mayor of Sefton")
    got = _types(HEAD + "Elena Lasconi, the reformist mayor of Campulung who finished second, said no. Adi Eldar, mayor "
                 "of Carmiel, left.")
    assert got["Campulung"] == "place" and got["Carmiel"] == "place"


def test_a_name_before_based_is_no_speaker():
    # an AP-style Boar's Head story: '"We deeply regret …," the Sarasota, Florida-based company said' gave the quote to
    # Florida; a place before "-based", "-backed", "-aligned" is a word about something else (flagged adjectival)
    art = load_article(HEAD + 'The plant closed.\n\n"We deeply regret the impact," the Sarasota, Florida-based company '
                       'said in a statement.\n\n"We regret it," the London-based charity said.\n\nThe Iran-aligned '
                       'Houthi movement claimed the attack.')
    got = actors(art)
    assert got.loc[got["surface"].isin(["Sarasota", "Florida", "London", "Iran"]), "adjectival"].tolist() == [True] * 4
    # (the company, its town and state one phrase: not Florida, nor no one)
    assert quotes(art)["speaker"].tolist() == ["the Sarasota, Florida-based company", "the London-based charity"]


def test_a_sea_named_for_a_place_and_a_rio_dateline():
    # a BBC-style storm story: "much of the Bristol Channel" was an organisation ("Channel" ends broadcasters' names);
    # a Reuters dateline "RIO DE JANEIRO (Reuters) -" gave "Rio De Janeiro"; "RSV" in a list of illnesses was a body
    got = _types(HEAD + "It covers Cardiff and much of the Bristol Channel. He watched the Disney Channel.\n\nRIO DE "
                 "JANEIRO (Reuters) - Leaders met on Monday. Doctors blamed flu, Covid-19, RSV and norovirus.")
    assert got["Bristol Channel"] == "place" and got["Disney Channel"] == "organization"
    assert got["Rio de Janeiro"] == "place" and "Rio De Janeiro" not in got and got["RSV"] == "other"


def test_a_firm_named_with_a_possessive():
    # a Reuters-style retail story: "Christie's declined to comment", "Kohl's will close 27 stores", "Wendy's said" made
    # people Christie, Kohl and Wendy; "Moody's cut the rating" opening a sentence was no name at all ("moody" is a
    # word); a person's possessive stays the person's ("Trump's" where the article writes "Trump" too)
    got = _types(HEAD + "Christie's declined to comment. Kohl's will close 27 stores. Wendy's said profit rose. Moody's "
                 "cut the rating. Donald Trump spoke. Trump's said nothing since.")
    assert got["Christie's"] == got["Kohl's"] == got["Wendy's"] == got["Moody's"] == "organization"
    assert got["Donald Trump"] == "person" and "Trump's" not in got


def test_a_road_between_two_others_and_a_dateline_of_a_two_word_region():
    # a BBC-style police appeal: "a cordon on Stokes Croft between Jamaica Street and Ashley Road" made the road a
    # person; an AP dateline "KOUROU, French Guiana (AP) —" kept the capitals (a region of two words after the comma)
    got = _types(HEAD + "A cordon remains on Stokes Croft between Jamaica Street and Ashley Road.\n\nKOUROU, French "
                 "Guiana (AP) — The rocket lifted off.")
    assert got["Stokes Croft"] == "place" and got["Kourou"] == "place" and "KOUROU" not in got
    # (not a person before "the" and a place: Wikinews ID54997 "Lam Akol , the Sudan ese foreign minister, said")
    assert _types(HEAD + "Lam Akol, the Sudan envoy, said so.")["Lam Akol"] == "person"


def test_satellites_greens_and_a_firms_plural_suffix():
    # an AP-style launch story: "two Galileo navigation satellites" a person; a council story: "Broad Green and Bradmore
    # Green libraries" an other and a person; a Reuters-style one: "the former boss of Michaels Cos." a person
    got = _types(HEAD + "Two Galileo navigation satellites were launched. Sanderstead, Broad Green and Bradmore Green "
                 "libraries will close. He was the boss of Michaels Cos. until May. The actress Eva Green said no.")
    assert got["Galileo"] == "product" and got["Broad Green"] == got["Bradmore Green"] == "place"
    assert got["Michaels Cos"] == "organization" and got["Eva Green"] == "person"
    # (not initials before "Green": Wikinews ID19116 "troubled EG Green and Sons, trading as Harvey Beef"; the firm's
    # whole name since "and Sons" joins it)
    assert _types(HEAD + "Administrators are working to get troubled EG Green and Sons back open.")["EG Green and Sons"] \
        == "organization"


def test_a_teams_plural_name_and_a_party_of_its_leader():
    # an AP-style hockey story: "the Toronto Maple Leafs" ... "The Maple Leafs have lost three of four" made a person
    # "Maple Leafs" ("leafs" is a plural the lexicon lacks); an AP-style German story: "The Greens of Vice Chancellor
    # Robert Habeck are fourth" lost the party (one name "Greens of Vice Chancellor …", its title cut off)
    got = _types(HEAD + "The Edmonton Oilers beat the Toronto Maple Leafs 4-2. The Maple Leafs have lost three of four.")
    assert got == {"Edmonton Oilers": "organization", "Toronto Maple Leafs": "organization"}
    art = load_article(HEAD + "The Greens of Vice Chancellor Robert Habeck are fourth. He met the Secretary of State "
                       "Antony Blinken.")
    df = actors(art)
    assert df["surface"].tolist() == ["Greens", "Vice Chancellor Robert Habeck", "Secretary of State Antony Blinken"]
    # (first tries made people whose surname is a plural firms — Wikinews "Rayshard Brooks", "Huckabee Sanders" — and
    # cut a regiment named for its patron: ID47652 "the 2nd Battalion of Princess Patricia's Canadian Light Infantry")
    got = _types(HEAD + "Police killed Rayshard Brooks in Atlanta. Huckabee Sanders commented. He served in the 2nd "
                 "Battalion of Princess Patricia's Canadian Light Infantry.")
    assert got["Rayshard Brooks"] == got["Huckabee Sanders"] == "person" and "Battalion" not in got



def test_particulate_matter_is_a_thing():
    # a Times of India-style smog story (and Wikinews wn-va-2019-162): "the concentration of PM2.5 particles" was an
    # organisation
    got = _types(HEAD + "The concentration of PM2.5 particles was high. PM10 levels rose.")
    assert got == {"PM2.5": "other", "PM10": "other"}


def test_a_canadian_dateline_and_bonds():
    # a CP-style Jasper wildfire story: "JASPER, Alta. —" made a person "Alta" and, as the dateline was missed, the town
    # a person ("Jasper" is a given name) everywhere; a Reuters-style French story: "German Bunds" a person
    got = _types("Jasper wildfire destroys a third of the town\n\nJASPER, Alta. — A wildfire that tore through the town of "
                 "Jasper destroyed 358 buildings. Yields rose over German Bunds.")
    assert got == {"Jasper": "place", "Alberta": "place", "German Bunds": "other"}


def test_a_football_grounds_saint_a_side_held_by_a_score_and_pep():
    # a Premier League report: "beat Southampton 3-2 at St Mary's on Sunday" made a person "St Mary"; "were held 1-1 by
    # Fulham at Craven Cottage" the district; "Pep Guardiola said" opening a sentence lost "Pep" (a word)
    got = _types(HEAD + "Liverpool beat Southampton 3-2 at St Mary's on Sunday. Arsenal were held 1-1 by Fulham at "
                 "Craven Cottage. Pep Guardiola said his side were fragile.")
    assert got["St Mary's"] == "place" and "St Mary" not in got
    assert got["Fulham"] == "organization" and got["Pep Guardiola"] == "person"
    # (the short form of a longer name stays that name: "St Mary's Hospital" … "reports from St Mary's")
    df = _df(HEAD + "Staff at St Mary's Hospital described chaos. He wrote of reports from St Mary's.")
    assert set(df["actor"]) == {"St Mary's Hospital"}


def test_a_ships_prefix_is_no_acronym():
    # an inquiry story: "the sinking of the MV Island Star, which killed 14 people" made an organisation ("MV" read as
    # an acronym inside a body's name, "Star" a newspaper's last word)
    assert _types(HEAD + "The inquiry into the sinking of the MV Island Star, which killed 14 people, opened.") == {
        "MV Island Star": "product"}


def test_a_term_coined_in_quotation_marks_and_bel_air():
    # an AP-style Eras Tour story: 'Economists coined the term "Swiftonomics."' made an organisation; an obituary: "his
    # home in the Bel Air section of Los Angeles" an airline ("Korean Air")
    got = _types(HEAD + 'Economists coined the term "Swiftonomics." He died at his home in the Bel Air section of Los '
                 "Angeles. He flew Korean Air.")
    assert got == {"Swiftonomics": "other", "Bel Air": "place", "Los Angeles": "place", "Korean Air": "organization"}


def test_a_school_boards_trustee_and_schools_named_for_presidents():
    # a local school-board story: "Trustee Kevin O'Brien" kept the title; "Jefferson and Roosevelt elementary schools"
    # were two people (the first of the pair still is: the level and "schools" are read after the second only)
    got = _types(HEAD + "Trustee Kevin O'Brien cast the lone no vote. The closure will move 310 students to Jefferson "
                 "and Roosevelt elementary schools.")
    assert got["Kevin O'Brien"] == "person" and got["Roosevelt"] == "organization"


def test_a_founders_party_a_telecoms_provider_and_a_model():
    # an ABC-style Queensland election story: "Katter's Australian Party retained its three seats" gave "Katter" and
    # "Australian Party"; a tech story: "the British telecoms provider O2" a code (a thing), "its next Claude model" a
    # person, "is not AGI" a body; "former Playboy model Karen McDougal" stays no product (Wikinews wn-va-2019-137)
    got = _types(HEAD + "Katter's Australian Party retained its three seats. The company avoided a clash with the "
                 "British telecoms provider O2. Anthropic said its next Claude model will focus on reasoning. He said it "
                 "is not AGI. She paid former Playboy model Karen McDougal.")
    assert got["Katter's Australian Party"] == got["O2"] == "organization" and "Katter" not in got
    assert got["Claude"] == "product" and got["AGI"] == "other" and got["Playboy"] != "product"


def test_a_vaccine_after_its_noun_and_a_clade():
    # a Reuters-style mpox story: "the only approved mpox vaccine, Jynneos, said" made a body and "the clade Ib variant"
    # a body "Ib"
    got = _types(HEAD + "Bavarian Nordic makes the only approved mpox vaccine, Jynneos, which it sells. The emergence of "
                 "the clade Ib variant was worrying.")
    assert got["Jynneos"] == "product" and got["Ib"] == "other"


def test_the_messaging_service_telegram():
    # an AP-style Ukraine story: '"…," Kiper wrote on Telegram' made a thing (the common noun "telegram"); a telegram
    # sent stays no name, and the Telegraph stays the paper
    got = _types(HEAD + '"The enemy continues to attack," Kiper wrote on Telegram. He sent a telegram. The Telegraph '
                 "reported it.")
    assert got["Telegram"] == "organization" and got["The Daily Telegraph"] == "organization"


def test_lloyds_of_london():
    # a Reuters-style insurance line: "Lloyd's of London said losses rose" made a person "Lloyd" (the gazetteer knew
    # Lloyds Banking Group only)
    got = _types(HEAD + "Lloyd's of London said losses rose. Lloyds Banking Group cut jobs.")
    assert got["Lloyd's of London"] == got["Lloyds Banking Group"] == "organization" and "Lloyd" not in got


def test_bodies_whose_names_hold_and():
    # an AP-style Ariane 6 story: "built by Airbus Defence and Space and Thales Alenia Space" split the first maker; a
    # CP-style wildfire story: "Environment and Climate Change Canada said" opening a sentence gave "Climate Change
    # Canada" (the sentence's first word, a common noun before "and", was no name's)
    got = _types(HEAD + "The satellite, built by Airbus Defence and Space and Thales Alenia Space, will give images. "
                 "Environment and Climate Change Canada said this summer was hot. Health and safety rules apply.")
    assert got == {"Airbus Defence and Space": "organization", "Thales Alenia Space": "organization",
                   "Environment and Climate Change Canada": "organization"}


def test_a_given_name_that_is_a_place_before_a_surname():
    # a cricket report: "caught at slip off Washington Sundar" made a body (a place leading the name, like "Washington
    # Post"); Wikinews: "Kent Conrad", "Chad Griffin", "Milan Bandić" were bodies. A common noun, a plural or a word
    # with its accent after the place keeps the body ("Paris Métro" is the metro)
    got = _types(HEAD + "Marsh was caught off Washington Sundar. Senator Kent Conrad met Chad Griffin and Milan Bandić. "
                 "Sydney Sweeney arrived. He took the Paris Métro to Georgia Power, Houston Methodist and the Denver "
                 "Nuggets.")
    assert {k: v for k, v in got.items() if v == "person"} == {
        "Washington Sundar": "person", "Kent Conrad": "person", "Chad Griffin": "person", "Milan Bandić": "person",
        "Sydney Sweeney": "person"}
    assert "person" not in {got["Paris Métro"], got["Georgia Power"], got["Houston Methodist"], got["Denver Nuggets"]}


def test_a_transfer_story_the_country_flown_to_and_the_club_of_a_director():
    # a transfer story: "Deco flew to Germany" in a football story made Germany a club ("to" is a transfer's word for a
    # town); "Barcelona's sporting director" is the club's; "for Dinamo Zagreb" a person
    got = _types(HEAD + "Barcelona have agreed a fee for Spain midfielder Dani Olmo, who left for Dinamo Zagreb in 2016. "
                 "Barcelona's sporting director Deco flew to Germany to finalise the signing. The club must register "
                 "him with La Liga. Barcelona's business has been limited.")
    assert got["Germany"] == "place" and got["Barcelona"] == got["Dinamo Zagreb"] == "organization"


def test_bodies_named_in_other_languages_and_an_art_world_obituary():
    # a science story: "of the Scuola Normale Superiore in Pisa" and "he told Catalunya Ràdio" made people; an obituary:
    # "Tate Britain held a retrospective", "taught at the Borough Polytechnic" people, "killed at Auschwitz" a body,
    # "the Venice Biennale" a body, "the Kindertransport" a body
    got = _types(HEAD + "Stefano Carniani of the Scuola Normale Superiore said it. Deco told Catalunya Ràdio he was "
                 "pleased. His parents were killed at Auschwitz. He was sent to England on the Kindertransport and "
                 "taught at the Borough Polytechnic. Tate Britain held a retrospective. He showed at the Venice Biennale.")
    assert got["Scuola Normale Superiore"] == got["Catalunya Ràdio"] == got["Borough Polytechnic"] == "organization"
    assert got["Tate Britain"] == "organization" and got["Auschwitz"] == "place"
    assert got["Kindertransport"] == "other" and got["Venice Biennale"] == "event"


def test_two_firms_named_from_their_towns_are_two_names():
    # "Lincoln Financial and Austin Energy said" was one body (a name holding "and")
    got = _types(HEAD + "Lincoln Financial and Austin Energy said they agreed. The National Air and Space Museum opened.")
    assert set(got) == {"Lincoln Financial", "Austin Energy", "National Air and Space Museum"}
    assert got["Lincoln Financial"] == got["Austin Energy"] == "organization"


def test_a_demonym_before_a_full_name_whose_first_word_is_a_town():
    # a US Open report: "beating American Taylor Fritz 6-3" named "American Taylor Fritz" ("Taylor" is a town's name);
    # "Dutchman Botic van de Zandschulp" kept the demonym (four words with particles); "Beijing Shijie Gongyuan" stays
    got = _types(HEAD + "Sinner won on Sunday, beating American Taylor Fritz 6-3, 6-4. Spaniard Carlos Alcaraz lost to "
                 "Dutchman Botic van de Zandschulp. Beijing Shijie Gongyuan (Beijing World Park) is open.")
    assert got["Taylor Fritz"] == got["Botic van de Zandschulp"] == "person"
    assert "American Taylor Fritz" not in got and "Shijie Gongyuan" not in got


def test_british_columbia_abbreviated_and_a_body_of_bc():
    # a CP-style wildfire story: "FORT NELSON, B.C. —" and "B.C. Premier David Eby" made a body "B.C."; "The BC Wildfire
    # Service said" lost "BC" (the era's abbreviation); "Tens of thousands" opening a sentence was a name
    got = _types(HEAD + "FORT NELSON, B.C. — Residents returned on Tuesday. B.C. Premier David Eby said so. The BC "
                 "Wildfire Service said the fire was held. Tens of thousands of people marched. It was built in 500 BC.")
    assert got == {"Fort Nelson": "place", "British Columbia": "place", "David Eby": "person",
                   "BC Wildfire Service": "organization"}


def test_a_british_law_with_its_subject_in_brackets():
    # a Commons story: "The Terminally Ill Adults (End of Life) Bill passed" gave a body "Terminally Ill Adults" and a
    # thing "Life"; Wikinews ID27451, ID47003: the same with "Amendment (…) Bill"
    got = _types(HEAD + "The Terminally Ill Adults (End of Life) Bill passed. It follows the Mental Health (Care and "
                 "Treatment) (Scotland) Act 2003. Barack Obama (D) spoke.")
    assert got == {"Terminally Ill Adults (End of Life) Bill": "other",
                   "Mental Health (Care and Treatment) (Scotland) Act 2003": "other", "Barack Obama": "person"}


def test_a_sequel_a_party_named_by_an_acronym_a_people_and_a_journal():
    # a box-office story: 'Paramount\'s "Gladiator II"' made a body ("II" an acronym); a New Zealand story: "the ACT
    # party's David Seymour" the Australian Capital Territory, and "Māori rights" linked to Te Pāti Māori; a health
    # story: "published in JAMA Network Open" an event ("Open"); "the Health and Retirement Study" one study
    got = _types(HEAD + 'Paramount\'s "Gladiator II," Ridley Scott\'s sequel to his 2000 Oscar winner, opened in '
                 "second place with $55.5 million. The ACT party's David Seymour spoke. Te Pāti Māori "
                 "co-leader Rawiri Waititi said the bill was an attack on Māori rights. It was published in JAMA Network "
                 "Open with data from the Health and Retirement Study.")
    assert got["Gladiator II"] == "work" and got["ACT Party"] == "organization"
    assert "Australian Capital Territory" not in got and got["Māori"] == "other"
    assert got["JAMA Network Open"] == "organization" and got["Health and Retirement Study"] == "other"


def test_a_golf_club_a_seat_of_two_towns_and_a_body_for_high_ranking_officials():
    # a Masters report: "at Augusta National on Sunday" made a person ("Augusta" a given name); an election story: "his
    # seat of Richmond and Northallerton" made a place and a body; a Korean story: "the Corruption Investigation Office
    # for High-ranking Officials (CIO)" lost its end at the hyphen ("High-" taken for a name's head, as in
    # "Russia-backed"). Kept: "an Indian National" (a citizen), "Reagan National", "the Lincoln Memorial", a candidate for
    # Vice President, "South-eastern Turkey"
    got = _types(HEAD + "Scheffler won at Augusta National on Sunday. Sunak held his seat of Richmond and Northallerton. "
                 "Caroline Lucas, the MP for Brighton and Hove, spoke. Officers from the Corruption Investigation Office "
                 "for High-ranking Officials (CIO) entered. He is an Indian National. Ferraro was the first female "
                 "candidate for Vice President and Harris the second. Blasts in South-eastern Turkey killed two.")
    assert got["Augusta National"] == "organization"
    assert got["Richmond and Northallerton"] == got["Brighton and Hove"] == "place"
    assert got["Corruption Investigation Office for High-ranking Officials"] == "organization"
    assert got["Indian National"] != "organization" and "Vice President and Harris" not in got and "Turkey" in got


def test_an_alias_an_acronym_written_as_a_word_and_two_koreas():
    # Wikinews ID116780: "Mikel Garikoitz Aspiazu Rubina, alias ''Txeroki''" gave a body "Txeroki", and "Today Eta is
    # weaker" a body besides "ETA"; ID6172: "North and South Korea oppose Japan" a place "North"
    got = _df(HEAD + "Mikel Garikoitz Aspiazu Rubina, alias ''Txeroki'', was arrested. The ETA organization is blamed. "
              '"Today Eta is weaker," he said. Txeroki joined the ETA in 2000. But North and South Korea oppose Japan.')
    counts = got.groupby("actor").size().to_dict()
    assert counts["Mikel Garikoitz Aspiazu Rubina"] == 3 and counts["ETA"] == 3
    assert {"Txeroki", "Eta", "North"}.isdisjoint(counts) and {"North Korea", "South Korea"} <= set(counts)


def test_a_state_and_a_party_before_a_members_name_and_a_vale():
    # Wikinews ID96277: "Rep. Tom Lantos and New York Democrat Anthony Weiner" made one body of all four words; ID105218:
    # "the Vale of Glamorgan" a body "Vale" and a body "Glamorgan"; ID113990: "A New Statesman article" a thing
    got = _types(HEAD + "Rep. Tom Lantos and New York Democrat Anthony Weiner objected. Texas Republican Ted Cruz agreed. "
                 "Labour gained the Vale of Glamorgan. A New Statesman article said so.")
    assert got["Anthony Weiner"] == got["Ted Cruz"] == "person" and got["New York"] == got["Texas"] == "place"
    assert got["Democratic Party"] == got["Republican Party"] == got["New Statesman"] == "organization"
    assert got["Vale of Glamorgan"] == "place"


def test_a_wiki_list_indented_with_a_colon_and_a_radio_station():
    # Wikinews ID80636: a candidate's pledges as ":* Increasing the minimum wage … NOW. :* Fixing the … formula" made
    # things "Increasing", "Fixing" and a body "NOW"; ID34752: "interviewed by the local Radio W" a person
    got = _types(HEAD + "Our pledges: :* Increasing the minimum wage to $10 per hour. NOW. :* Fixing the school funding "
                 "formula. :* Protecting our children's health. He was interviewed by the local Radio W, where he "
                 "spoke. The Radio Control Law was passed.")
    assert got == {"Radio W": "organization", "Radio Control Law": "other"}


def test_naira_amounts_a_seat_before_its_members_title_and_an_index():
    # a Nigerian budget story: "the N54.99 trillion 2025 Appropriation Bill", "N54.99trn" made bodies; a South African
    # story: "Eskom has gone 300 days" a person; an Irish story: "Michael Lowry, the Tipperary North TD" a body; an
    # Indian markets story: "The BSE Sensex fell" a body (an index is a thing)
    got = _types(HEAD + "Tinubu signed the N54.99 trillion 2025 Appropriation Bill, up from N49.7 trillion. The N54.99trn "
                 "budget passed. Eskom has gone 300 days without load shedding. Michael Lowry, the Tipperary North TD, "
                 "spoke. An Independent MP held the riding. The BSE Sensex fell 1,064 points.")
    assert not any(k.startswith("N54") or k.startswith("N49") for k in got)
    assert got["Eskom"] == "organization" and got["Tipperary North"] == "place" and got["BSE Sensex"] == "other"
    assert "Independent" not in got


def test_a_think_tank_named_after_its_noun():
    # a made-up column: "the think tank Autonomy and researchers at the University of Cambridge" made a thing
    got = _types(HEAD + "The trial was run by the think tank Autonomy and researchers at the University of Cambridge.")
    assert got["Autonomy"] == "organization"


def test_a_known_british_or_american_body_with_its_country_in_front():
    # Wikinews ID45285: "The UK Foreign and Commonwealth Office has advised UK citizens" gave "UK Foreign" and
    # "Commonwealth Office" (and the quote's speaker the latter); "the U.S. Department of State" and "the State
    # Department" were two actors. Another country's body keeps its own name
    got = _df(HEAD + "The UK Foreign and Commonwealth Office has advised citizens to leave. The Foreign Office said so. "
              "The U.S. Department of State agreed, the State Department said. The Canadian House of Commons voted.")
    counts = got.groupby("actor").size().to_dict()
    assert counts == {"Foreign Office": 2, "State Department": 2, "Canadian House of Commons": 1}


def test_a_capitalised_unit_and_spokespeople_are_no_names():
    # Wikinews ID55305: "The current Trident system cost £12.6 Bn to introduce" made a body "Bn"; ID27818: "Spokespeople
    # for the group … said" opening a sentence a body
    got = _types(HEAD + "The system cost £12.6 Bn to introduce. Spokespeople for the group said they would march.")
    assert got == {}


def test_a_managers_or_consultants_title_before_a_name():
    # Wikinews ID99777: "Plant Manager Stan Mendell", "Food Safety Consultant Steve Sayer"; ID70529: "Campaign Manager
    # Patti Solis Doyle"; ID127214: "City Manager Larry Arft" kept the title in the person's name
    got = _types(HEAD + "Plant Manager Stan Mendell said so. Food Safety Consultant Steve Sayer agreed. Campaign Manager "
                 "Patti Solis Doyle left. City Manager Larry Arft spoke.")
    assert got == {"Stan Mendell": "person", "Steve Sayer": "person", "Patti Solis Doyle": "person", "Larry Arft": "person"}


def test_a_firm_named_like_a_place_with_its_legal_form_in_the_article():
    # a Reuters-style deal story: "Mars Inc. said … Mars chief executive Poul Weihrauch" and the headline "Mars to buy
    # Pringles maker Kellanova" made the planet; a country keeps its name ("Japan Inc" is a figure of speech)
    got = _df("Mars to buy Pringles maker Kellanova\n\nMars Inc. said it would buy Kellanova. Mars chief executive Poul "
              "Weihrauch said so. Japan Inc is changing, and Japan's exports rose.")
    counts = got.groupby(["actor", "type"]).size().to_dict()
    assert counts[("Mars Inc", "organization")] == 3 and counts[("Japan", "place")] == 1


def test_storms_named_together_after_one_plural_and_a_genotype():
    # an AP-style shutdown story: "states hit by Hurricanes Helene and Milton" gave a person "Hurricanes Helene" and the
    # town Milton (Wikinews ID28744, ID60309: "Hurricanes Katrina and Rita"); a bird flu story: "the D1.1 genotype" a body
    got = _types(HEAD + "The aid is for states hit by Hurricanes Helene and Milton. The virus belonged to the D1.1 "
                 "genotype.")
    assert got == {"Hurricane Helene": "event", "Hurricane Milton": "event", "D1.1": "other"}


def test_a_teams_plural_name_before_its_coach_the_afl_and_a_european_group():
    # an AFL grand final: "Lions coach Chris Fagan" and "The Lions, who lost …" made a person, "AFL premiership" a
    # person; a Strasbourg story: "The Socialists and Democrats … split" gave the US Democratic Party
    got = _types(HEAD + "Brisbane won its first AFL premiership. The Lions, who lost last year, kicked 18 goals. Lions "
                 "coach Chris Fagan was pleased. The Socialists and Democrats split over the nomination.")
    assert got["Lions"] == got["Australian Football League"] == "organization"
    assert got["Progressive Alliance of Socialists and Democrats"] == "organization" and "Democratic Party" not in got


def test_names_in_capitals_heading_a_factbox():
    # a Reuters factbox: "MARK CARNEY" over "Carney, 59, is a former governor …" was no name ("MARK" a common word),
    # "KARINA GOULD" and "CHRYSTIA FREELAND" bodies, "FRANK BAYLIS" a body "FRANK" ("BAYLIS" read as a plural of "bay");
    # the slug "FACTBOX-" a body
    got = _df("FACTBOX-Who are the candidates?\n\nHere are the contenders:\n\nMARK CARNEY\nCarney, 59, is a former "
              'governor of the Bank of Canada. "I\'m in," he said.\n\nCHRYSTIA FREELAND\nFreeland, 56, quit in December.'
              "\n\nKARINA GOULD\nGould, 37, is the government house leader.\n\nFRANK BAYLIS\nBaylis, a businessman, "
              "has said he will run.")
    counts = got.groupby(["actor", "type"]).size().to_dict()
    assert {("Mark Carney", "person"): 2, ("Karina Gould", "person"): 2, ("Frank Baylis", "person"): 2,
            ("Bank of Canada", "organization"): 1}.items() <= counts.items()
    # (a first word no given name stays as written: GUM's "GUJJOLAAY EEGIMAA", a language, over "Eegimaa")
    got = _df("GUJJOLAAY EEGIMAA\n\nEegimaa is spoken in Senegal.")
    assert "Gujjolaay Eegimaa" not in set(got["actor"])


def test_a_nun_named_with_her_title():
    # a film review: "a watchful nun, Sister Agnes" made a thing; "Sister Act" and "St Mary's" stay what they were
    got = _types(HEAD + "Isabella Rossellini plays a watchful nun, Sister Agnes. Sister Act was a hit. Staff at St Mary's "
                 "Hospital described chaos.")
    assert got["Sister Agnes"] == "person" and got["Sister Act"] == "other" and got["St Mary's Hospital"] != "person"


def test_stage_names_that_open_with_a_title_and_a_syrian_city():
    # a Grammys story: "Sabrina Carpenter, Billie Eilish and Lady Gaga" gave the person "Gaga" (the title stripped from a
    # stage name); a Syria story: "then Hama on Thursday" an organisation (GeoNames writes the city "Hamah")
    got = _types(HEAD + "Sabrina Carpenter, Billie Eilish and Lady Gaga performed. Queen Latifah hosted. Rebels took "
                 "Aleppo, then Hama on Thursday and Homs on Saturday.")
    assert got["Lady Gaga"] == got["Queen Latifah"] == "person" and "Gaga" not in got and "Latifah" not in got
    assert got["Hama"] == got["Homs"] == "place"


def test_firms_named_for_their_partners_and_a_players_former_franchise():
    # a merger story: "Analysts at Keefe, Bruyette & Woods" gave two bodies, "Keefe" and "Bruyette & Woods"; "Discover"
    # stayed apart from "Discover Financial Services"; an IPL auction: "Delhi Capitals, Pant's former franchise" a work
    got = _df(HEAD + "Capital One bought Discover Financial Services. Analysts at Keefe, Bruyette & Woods praised it. "
              "Lawyers at Wachtell, Lipton, Rosen & Katz advised. Shares in Discover rose. Delhi Capitals, Pant's former "
              "franchise, pulled out. My heart breaks for Deirdre, Wyatt & Zach.")
    types = dict(zip(got["actor"], got["type"], strict=False))
    assert types["Keefe, Bruyette & Woods"] == types["Wachtell, Lipton, Rosen & Katz"] == "organization"
    assert "Keefe" not in types and "Lipton" not in types
    assert (got["actor"] == "Discover Financial Services").sum() == 2 and "Discover" not in types
    assert types["Delhi Capitals"] == "organization"
    assert "Deirdre" in types and "Deirdre, Wyatt & Zach" not in types  # (a family: given names)


def test_places_joined_by_an_ampersand_and_a_known_firm_opening_a_sentence():
    # "France, Germany & Italy" gave the body "Germany & Italy"; "Marks & Spencer said" opening a sentence lost "Marks"
    got = _types(HEAD + "Leaders of France, Germany & Italy met. Marks & Spencer said profits rose.")
    assert got["Germany"] == got["Italy"] == "place" and "Germany & Italy" not in got
    assert got["Marks & Spencer"] == "organization" and "Spencer" not in got


def test_a_given_name_before_an_arabic_surname_opening_a_sentence():
    # Wikinews (Iraq, 2006): "Hind al-Salehi, an Iraqi human rights activist, claims" gave "al-Salehi" ("Hind" a common
    # word at the sentence's start); "Yesterday al-Maliki said" stays al-Maliki
    got = _types(HEAD + "The vote was close. Hind al-Salehi, an Iraqi human rights activist, claims units held wives. "
                 "Yesterday al-Maliki said no.")
    assert got["Hind al-Salehi"] == got["al-Maliki"] == "person" and "al-Salehi" not in got


def test_treasury_bonds_a_rugby_player_named_finn_and_a_prayer():
    # a Fed story: "the yield on the two-year Treasury note fell" gave the department an appearance (Wikinews: "rejecting
    # U.S. Treasury securities"); a Six Nations report: "Finn Russell scored" a thing (a demonym, no given name); a
    # Vatican story: "the Angelus prayer" a body
    got = _df(HEAD + "The yield on the two-year Treasury note fell. Investors sold U.S. Treasury securities. The Treasury "
              "said it would borrow more. Finn Russell scored all of Scotland's points. He skipped the Angelus prayer.")
    counts = got.groupby(["actor", "type"]).size().to_dict()
    assert counts[("Treasury", "organization")] == 1 and not any(a == "U.S. Treasury" for a, _ in counts)
    assert counts[("Finn Russell", "person")] == 1 and counts[("Angelus", "other")] == 1


def test_ridges_trenches_and_ice_shelves_are_places_a_ridge_after_a_given_name_a_person():
    # Wikinews (the Arctic claim, 2007): "a continental shelf called the Lomonosov Ridge runs from Siberia" gave a
    # person (Wikinews: "Fishers Ridge", "Oak Ridge", "Cotabato Trench" things); "Tom Ridge" stays a person
    got = _types(HEAD + "The Lomonosov Ridge runs from Siberia to the North Pole. Tom Ridge said so. The Mariana Trench "
                 "is deep. The Ross Ice Shelf melted.")
    assert got["Lomonosov Ridge"] == got["Mariana Trench"] == got["Ross Ice Shelf"] == "place"
    assert got["Tom Ridge"] == "person"


def test_a_palace_or_residence_in_apposition_and_british_road_and_air_bodies():
    # an Indian swearing-in: "at Rashtrapati Bhavan, the presidential palace" gave a person (Wikinews: "Government
    # House, the official residence of the Thai Prime Minister" a body); a cold-snap story: "National Highways said"
    # gave the person "Highways", "the Midlands" a thing; a crash story: "South Korea's Aviation and Railway Accident
    # Investigation Board" two bodies, "Aviation" and the rest
    got = _types(HEAD + "Leaders met at Rashtrapati Bhavan, the presidential palace, on Sunday. National Highways said "
                 "gritters were out in the Midlands. Investigators will assist South Korea's Aviation and Railway "
                 "Accident Investigation Board.")
    assert got["Rashtrapati Bhavan"] == got["Midlands"] == "place"
    assert got["National Highways"] == got["Aviation and Railway Accident Investigation Board"] == "organization"
    assert "Highways" not in got and "Aviation" not in got


def test_a_party_named_by_its_members_beside_its_full_name():
    # a German election: "Chancellor Olaf Scholz's Social Democrats slumped … for the SPD" gave two bodies (Wikinews:
    # "the Christian Democrats (CDU/CSU)", Sweden's "Social Democrats" beside the "Social Democratic Party"); alone,
    # "the Social Democrats won in Sweden" stays as written
    got = _df(HEAD + "Chancellor Olaf Scholz's Social Democrats slumped. This is bad for the SPD, Scholz said. The Free "
              "Democrats fell short. The Free Democratic Party lost.")
    assert set(got["actor"]) == {"Olaf Scholz", "Social Democratic Party of Germany", "Free Democratic Party"}
    assert set(_types(HEAD + "The Social Democrats won in Sweden.")) == {"Social Democrats", "Sweden"}


def test_service_districts_products_in_apposition_and_numbered_events():
    # a measles story: "the South Plains Public Health District" a place (Wikinews: "Orange County Water District");
    # an Apple story: "Apple Intelligence, its suite of artificial intelligence features" a person; a Super Bowl report:
    # "Super Bowl LIX" a body ("LIX" read as an acronym); a court case stays a thing
    got = _types(HEAD + "Zach Holbrooks, director of the South Plains Public Health District, spoke. Cook said Apple "
                 "Intelligence, its suite of artificial intelligence features, was driving upgrades. The Eagles won "
                 "Super Bowl LIX. The ruling in Kitzmiller v. Dover Area School District was clear.")
    assert got["South Plains Public Health District"] == "organization"
    assert got["Apple Intelligence"] == "product" and got["Super Bowl LIX"] == "event"
    assert got["Kitzmiller v. Dover Area School District"] == "other"


def test_a_well_known_persons_surname_that_is_a_word_opening_a_sentence():
    # a Super Bowl report: 'Jalen Hurts … "It's been a long journey," Hurts said' had no speaker ("Hurts" a verb at a
    # clause's start; "Jalen" no listed given name); Wikinews: "Tsvangirai's Movement for Democratic Change" one body
    text = ('Headline\n\nJalen Hurts and the Philadelphia Eagles won. Hurts threw for two touchdowns. "It\'s been a long '
            'journey," Hurts said.')
    assert (_df(text)["actor"] == "Jalen Hurts").sum() == 3
    assert quotes(load_article(text))["speaker"].tolist() == ["Jalen Hurts"]


def test_a_slavic_surname_alone_is_a_person():
    # Wikinews (Kyrgyzstan, 2005): "met with Bakeyev and other opposition leaders" gave a body (a name with no cue);
    # Wikinews: "Atamanenko", "Lukiwski", "Temelkovski" (Canadian MPs), "Muzychuk" (a chess player); cities with such
    # an ending are known places ("Kirov")
    got = _types(HEAD + "Jan Kubis met with Bakeyev and other opposition leaders. Troops reached Kirov.")
    assert got["Bakeyev"] == "person" and got["Kirov"] == "place"


def test_a_formula_one_team_and_an_olympian():
    # a Dutch Grand Prix report: "Norris's McLaren teammate Oscar Piastri" gave a person (a Mc- surname's shape); an
    # Australian election: "Labor's Ali France, a Paralympian," a body
    got = _types(HEAD + "Charles Leclerc finished third for Ferrari, ahead of Norris's McLaren teammate Oscar Piastri. "
                 "Labor's Ali France, a Paralympian, took the seat.")
    assert got["McLaren"] == "organization" and "Paralympian" not in got


def test_a_language_after_a_noun_of_its_knowledge_or_before_tests():
    # an immigration explainer: "a higher standard of English", "English tests will be tougher" counted England twice;
    # "The English won the match", "English police" stay the country
    got = _df(HEAD + "Applicants will need a higher standard of English. English tests will be tougher. French lessons "
              "are free. The English won the match. English police said so.")
    assert got["actor"].tolist() == ["England", "England"]


def test_cited_authors_and_historical_regions():
    # GUM's academic texts: "(Li, Polat, Scalzo, & Bavelier, 2010)", "(Marsden & Mackey, 2014; Porte, 2012)" gave bodies
    # (and "Marsden & Mackey" one firm); biographies: "born in Bohemia", "through Dalmatia and Thrace to Gaul" bodies
    got = _types(HEAD + "Games improve visual skills (Li, Polat, Scalzo, & Bavelier, 2010). Replication is rare "
                 "(Marsden & Mackey, 2014; Porte, 2012). He was born in Bohemia and travelled through Dalmatia to Gaul.")
    assert {k: v for k, v in got.items() if v == "person"}.keys() == {"Li", "Polat", "Scalzo", "Bavelier", "Marsden",
                                                                       "Mackey", "Porte"}
    assert got["Bohemia"] == got["Dalmatia"] == got["Gaul"] == "place"


def test_south_african_provinces_metro_manila_and_a_colon_dateline():
    # a South African story: "KwaZulu-Natal police commissioner" gave a body; a Manila story: "flooded large parts of
    # Metro Manila" a body, "his State of the Nation Address" a place; an Indian paper's dateline "SHIMLA:" a body; an
    # interviewer's label "WNIQ :" (Wikinews) stays no place
    got = _types("Monsoon rains kill 45\n\nSHIMLA: At least 45 people have died. KwaZulu-Natal police commissioner "
                 "Nhlanhla Mkhwanazi spoke. Rains flooded Metro Manila. Marcos spoke in his State of the Nation Address. "
                 "WNIQ: What do you think?")
    assert got["Shimla"] == got["KwaZulu-Natal"] == got["Metro Manila"] == "place"
    assert got["State of the Nation Address"] == "event" and got.get("WNIQ") != "place"


def test_chinese_provinces_are_places():
    # a typhoon story: "moved inland over Jiangxi on Friday" gave a body (Wikinews: "Qinghai")
    got = _types(HEAD + "The storm made landfall in Fujian and moved inland over Jiangxi on Friday.")
    assert got["Fujian"] == got["Jiangxi"] == "place"


def test_bodies_named_with_and_after_of_or_on():
    # Wikinews (2019, 2020): "the House of Representatives' Committee on Ways and Means" gave a committee "on Ways" and
    # "Means"; "the Port Authority of New York and New Jersey" the Port Authority "of New York"
    got = _df(HEAD + "The House of Representatives' Committee on Ways and Means asked for records. Officials of the Port "
              "Authority of New York and New Jersey closed lanes. The Port Authority said so.")
    assert set(got["actor"]) == {"House of Representatives' Committee on Ways and Means",
                                 "Port Authority of New York and New Jersey"}


def test_clubs_no_list_knows_in_a_football_story_and_world_war_three():
    # a transfer story: "Brentford striker Bryan Mbeumo" gave a place (Brentford, too small for the list of cities),
    # "from Wolves", "Wolves avoided relegation" a thing; an Oval Office row: "gambling with World War Three" a person
    got = _types("Manchester United sign Matheus Cunha\n\nManchester United have completed the signing of Matheus Cunha "
                 "from Wolves. The striker scored 17 goals in the Premier League last season as Wolves avoided "
                 "relegation. United are also interested in Brentford striker Bryan Mbeumo. The club's contract runs to "
                 '2030. "You\'re gambling with World War Three," Trump said.')
    assert got["Brentford"] == got["Wolves"] == "organization" and got["World War Three"] == "event"


def test_the_parties_national_conventions_are_events():
    # Wikinews (2008 polls): "a bounce after the Democratic National Convention" gave a thing (fourteen articles)
    got = _types(HEAD + "Obama got a bounce after the Democratic National Convention. The Republican National Convention "
                 "begins Monday.")
    assert got["Democratic National Convention"] == got["Republican National Convention"] == "event"


def test_a_countrys_adjective_before_a_body_named_alone():
    # Wikinews: "sold its supermarket to German Rewe group" gave a person "German Rewe"; "the German BMW" a person,
    # "Russian Interfax", "American CNN", "the Belarusian KGB" one body each; but "Saudi Aramco" is the firm's name and
    # "the British Foreign Office", "the Australian Democrats" a nation's own body
    got = _types(HEAD + "Delvita sold its supermarket to German Rewe group. The German BMW plant closed. Russian Interfax "
                 "reported it. The Belarusian KGB arrested him. Saudi Aramco said profits fell. The British Foreign "
                 "Office said so. The Australian Democrats voted against it.")
    assert got["Rewe"] == got["BMW"] == got["Interfax"] == got["KGB"] == got["Saudi Aramco"] == "organization"
    assert got["Germany"] == got["Russia"] == got["Belarus"] == "place"
    assert "German Rewe" not in got and "German BMW" not in got
    assert got["British Foreign Office"] == got["Australian Democrats"] == "organization"


def test_a_given_name_no_list_knows_before_van_den():
    # Wikinews (a Dutch party): 'Ad van den Berg, one of the party's founders, says: "…"' gave a person "Berg" (the
    # English noun "Ad" opening the sentence) and the quote to "Berg"; "In van der Berg …" keeps its preposition out
    import toolkit as pl

    art = pl.Article(text=HEAD + 'Ad van den Berg, one of the party\'s founders, says: "Forbidding it will only feed '
                     'the curiosity of children." In van der Berg the party found a leader.')
    got = _types(art.text)
    assert got["Ad van den Berg"] == "person" and "In van der Berg" not in got
    assert pl.quotes(art)["speaker"].tolist() == ["Ad van den Berg"]


def test_a_section_label_at_the_articles_start_is_no_part_of_the_name():
    # Wikinews: "Internet Skype , an Internet phone service, has apologised" merged every "Skype" into "Internet Skype";
    # "Internet Facebook announced", "Aviation Boeing's newest aircraft" gave persons; but "Health Ministry officials"
    # and "Business Insider" opening an article are names
    got = _types("Internet Skype, an Internet phone service, has apologised. The company said Skype users were hit.")
    assert "Internet Skype" not in got and "Skype" in got
    got = _types("Aviation Boeing's newest aircraft flew on Monday. Boeing said so.")
    assert "Aviation Boeing" not in got and got["Boeing"] == "organization"
    got = _types("Business Insider reported the deal on Monday. Insider staff said so.")
    assert "Business Insider" in got


def test_a_journal_after_published_and_a_time_is_a_work():
    # Wikinews (nine articles): "findings published on Wednesday in Science Advances", "published this week in Nature
    # Astronomy" gave places ("in X"); "published in X" was a work already
    got = _types(HEAD + "In findings published on Wednesday in Science Advances, researchers said so. The study was "
                 "published online this week in Nature Astronomy. It was held on Monday in Greenville.")
    assert got["Science Advances"] == got["Nature Astronomy"] == "work" and got["Greenville"] == "place"


def test_a_car_by_its_model_year_is_a_product():
    # Wikinews: "Kennedy was alone in his 1997 Ford Mustang" gave a person, "a 1950 Oldsmobile Futuramic" a person;
    # a year before an event or a survey keeps its type
    got = _types(HEAD + "Police said he was alone in his 1997 Ford Mustang when the crash occurred. She drove a 2015 "
                 "Toyota Camry. He went to the 2016 Rio Olympics.")
    assert got["Ford Mustang"] == got["Toyota Camry"] == "product" and got["Rio Olympics"] == "event"


def test_an_east_asian_surname_that_is_an_english_word_speaks_alone():
    # a Seoul story: 'Woo Won-shik, the speaker of the National Assembly, declared the martial law void. "We will
    # protect democracy with the people," Woo said.' had no speaker ("woo" a verb after a quote, read as a word)
    import toolkit as pl

    art = pl.Article(text=HEAD + 'Woo Won-shik, the speaker of the National Assembly, declared the martial law void. '
                     '"We will protect democracy with the people," Woo said.')
    assert pl.quotes(art)["speaker"].tolist() == ["Woo Won-shik"]


def test_a_body_named_like_its_event_speaks_and_a_museum_after_a_name():
    # a wildfire story: "according to Cal Fire", "Cal Fire said" gave an event (the fires are "the Palisades Fire");
    # "The Getty Villa museum … said its collection was safe" a person
    got = _types(HEAD + "The Palisades Fire was 11% contained, according to Cal Fire. More than 12,000 structures "
                 "were destroyed, Cal Fire said. The Getty Villa museum said its collection was safe.")
    assert got["Cal Fire"] == "organization" and got["Palisades Fire"] == "event" and got["Getty Villa"] == "place"


def test_a_language_no_list_knows_by_its_speakers():
    # GUM (an academic paper on Eegimaa): "from the Bayot speaking area", "the name given by Bayot speakers", "speakers
    # of Kujireray" gave bodies; Wikinews: "Bahasa Melayu language" a person; "Assembly speaker Eileen Bell" stays
    got = _types(HEAD + "The river separates the village from the Bayot speaking area. The speakers of Kujireray live "
                 "there. Lessons are taught in the Bahasa Melayu language. Hain asked Assembly speaker Eileen Bell to convene it.")
    assert got["Bayot"] == got["Kujireray"] == got["Bahasa Melayu"] == "other"
    assert got["Assembly"] == "organization" and got["Eileen Bell"] == "person"


def test_a_name_after_a_saint_or_a_mount_is_no_persons_short_name():
    # Wikinews: "followed by St. Lawrence with 67.7%" (a college), "killing of Aristide supporters in St. Marc", "at
    # Ft. Riley" gave persons (two capitalised words read as a given name and a surname); "Dr. Steven Wolf at Saint
    # Francis said" gave the quote to "Saint Francis"
    import toolkit as pl

    got = _types(HEAD + "Humber had the least support, followed by St. Lawrence with 67.7%. Gunmen killed supporters "
                 "in St. Marc. Soldiers returned to Ft. Riley.")
    assert got["St. Lawrence"] == got["St. Marc"] == got["Ft. Riley"] == "place"
    art = pl.Article(text=HEAD + 'Dr. Steven Wolf at Saint Francis said, "We received a mass casualty alert."')
    assert pl.quotes(art)["speaker"].tolist() == ["Steven Wolf"]


def test_firms_after_makers_or_operators_such_as():
    # a tariff story: "Cognac makers such as Pernod Ricard and LVMH's Hennessy" gave a person (two capitalised words)
    got = _types(HEAD + "Cognac makers such as Pernod Ricard and LVMH's Hennessy have been hit. Tour operators such "
                 "as Jet Holidays cut prices.")
    assert got["Pernod Ricard"] == got["Jet Holidays"] == "organization"


def test_a_category_label_before_a_four_word_name():
    # Wikinews: "Bhutan Jigme Khesar Namgyel Wangchuck yesterday became the new king" gave one body "Bhutan Jigme …"
    # (the category label "Bhutan" run into the first sentence; names of two or three words were split already)
    got = _types("Bhutan Jigme Khesar Namgyel Wangchuck yesterday became the new king of Bhutan.")
    assert "Jigme Khesar Namgyel Wangchuck" in got and got["Bhutan"] == "place"
    assert not any(name.startswith("Bhutan ") for name in got)


def test_an_inn_or_tavern_is_a_place_and_a_states_attorneys_county():
    # a crime story: "called to the Curve Inn on South Sixth Street" gave a thing, "Sangamon County State's Attorney
    # Dan Wright" a body "Sangamon County State"; Wikinews: "the Desert Inn", "Kamway Lodge & Tavern"
    got = _types(HEAD + "Police were called to the Curve Inn on South Sixth Street. Sangamon County State's Attorney "
                 "Dan Wright said so.")
    assert got["Curve Inn"] == got["Sangamon County"] == "place" and got["Dan Wright"] == "person"
    assert "Sangamon County State" not in got


def test_a_bodys_category_label_before_according():
    # Wikinews: "European Union According to revised official figures, the economy … did not grow" gave a body
    # "European Union According" (a place's label was cut already: "Venezuela According to …")
    got = _types("European Union According to revised official figures, the economy did not grow. Eurostat said so.")
    assert "European Union According" not in got and got["European Union"] == "organization"


def test_a_t_shirt_is_no_name_and_speaks_for_no_one():
    # Wikinews: 'The writings on the T-Shirt said in both Arabic and English: "We will not be silent"' gave the quote to
    # a body "T-Shirt"; "does not forbid Arabic T-shirts" a thing "Arabic T"; "the Shanghai Composite Index of A-shares"
    # a thing "… of A"
    import toolkit as pl

    art = pl.Article(text=HEAD + 'He had to change his T-Shirt. The writings on the T-Shirt said in English: "We will '
                     'not be silent". The airline does not forbid Arabic T-shirts. The Shanghai Composite Index of '
                     'A-shares fell.')
    names = set(pl.actors(art)["actor"])
    assert not names & {"T-Shirt", "Arabic T", "Shanghai Composite Index of A"}
    assert pl.quotes(art)["speaker"].tolist() == ["The writings on the T-Shirt"]


def test_a_banks_word_glued_to_its_name():
    # Wikinews: "Svenska Handelsbanken" gave a person (two capitalised words no list knows); "Riverbank" stays a town
    got = _types(HEAD + "Svenska Handelsbanken said profits fell. Sparebanken Vest reported a loss. They live in "
                 "Riverbank.")
    assert got["Svenska Handelsbanken"] == got["Sparebanken Vest"] == "organization" and got["Riverbank"] == "place"


def test_a_booster_is_a_product_and_a_facility_a_place():
    # a Starship story: "The 232-foot Super Heavy booster lifted off from the Starbase facility" gave a thing and a
    # body; Wikinews: "a Type 09-1 Han Class attack submarine" a thing, "The NExBTL facility" a body
    got = _types(HEAD + "The 232-foot Super Heavy booster lifted off from the Starbase facility near Brownsville. It "
                 "is a Type 09-1 Han Class attack submarine.")
    assert got["Super Heavy"] == got["Han Class"] == "product" and got["Starbase"] == "place"


def test_a_states_intelligence_service_and_a_committee_whose_name_holds_and_before_a_title():
    # Wikinews: "Tawfik Tirawi, head of Palestinian Intelligence in the West Bank" gave a thing ("Italian
    # Intelligence", "French Gendarmerie" too); "Chairwoman of the Homeland Security and Governmental Affairs
    # Committee Senator Susan Collins" gave "Governmental Affairs Committee" (the title after the body's head kept the
    # run going past it); "Artificial Intelligence" is no body
    got = _types(HEAD + "Tawfik Tirawi, head of Palestinian Intelligence in the West Bank, resigned. Chairwoman of the "
                 "Homeland Security and Governmental Affairs Committee Senator Susan Collins announced a call. "
                 "Artificial Intelligence is a field.")
    assert got["Palestinian Intelligence"] == "organization" and got["Susan Collins"] == "person"
    assert got["Homeland Security and Governmental Affairs Committee"] == "organization"
    assert got.get("Artificial Intelligence") != "organization" and "Governmental Affairs Committee" not in got


def test_a_model_by_its_number_before_what_it_is_and_a_state_universitys_campus():
    # Wikinews: "its luxury Lexus GX 460 SUV" gave a body, and "the GX" alone another ("Cadillac CTS-V", "a Hermes 450
    # drone" too); "the University of Colorado at Boulder" gave "Boulder" a thing ("University of Texas at Tyler" a
    # person, "University of Hawaii at Mānoa" a body)
    got = _types(HEAD + "Toyota is to suspend sales of its luxury Lexus GX 460 SUV. We are confident that the GX meets "
                 "our standards. Researchers from the University of Colorado at Boulder and the University of Texas at "
                 "Tyler reported it.")
    assert got["Lexus GX"] == "product" and "GX" not in got and got["Toyota"] == "organization"
    assert got["Boulder"] == got["Tyler"] == "place"


def test_a_bodys_short_name_in_brackets_after_a_name_with_its_head_inside_and_a_possessive_bay():
    # Wikinews: "The Philippine Institute of Volcanology and Seismology (Phivolcs) reported …. Phivolcs said" gave a
    # person ("the Brazilian Agency of Intelligence (Abin)", "the National Institute of Colonization and Agrarian Reform
    # (Incra)" their own bodies; the body's word is inside the name, not first or last); "Sergeant Ratana, from Hawke's
    # Bay, New Zealand" gave a person "Hawke" and a place "Bay"; "India's Bay of Bengal" stays two names
    art = load_article(HEAD + "The Philippine Institute of Volcanology and Seismology (Phivolcs) reported the quake. "
                       "Phivolcs said the fault is active. Sergeant Ratana, from Hawke's Bay, New Zealand, served in "
                       "Auckland. India's Bay of Bengal coast was hit.")
    a = actors(art)
    got = dict(zip(a["actor"], a["type"], strict=False))
    assert set(a[a["surface"] == "Phivolcs"]["actor"]) == {"Philippine Institute of Volcanology and Seismology"}
    assert got["Hawke's Bay"] == "place" and "Hawke" not in got
    assert got["India"] == got["Bay of Bengal"] == "place"


def test_a_modem_by_its_code_and_the_first_of_two_phones_whose_second_has_a_number():
    # a technology story: "The new C1 modem is the result of a project" gave a thing; "Huawei's Nova and Pura 70
    # phones" gave "Nova" a body (the model's number after the second name hid the plural product noun)
    got = _types(HEAD + "Customers bought Huawei's Nova and Pura 70 phones. The new C1 modem is the result of a project.")
    assert got["C1"] == got["Nova"] == got["Pura"] == "product" and got["Huawei"] == "organization"


def test_a_short_name_in_brackets_cut_out_of_a_foreign_bodys_name():
    # Wikinews: "the regional chapter of Bagong Alyansang Makabayan (Bayan) … the Bayan's regional office" gave "Bayan"
    # a place of its own; a word of the name in brackets stays no short name ("Luiz Inácio Lula da Silva (Lula)")
    a = _df(HEAD + "An officer of the regional chapter of Bagong Alyansang Makabayan (Bayan) survived an attack in "
            "front of the Bayan's regional office. Luiz Inácio Lula da Silva (Lula) spoke.")
    assert set(a[a["surface"] == "Bayan"]["actor"]) == {"Bagong Alyansang Makabayan"}
    assert "Lula" not in set(a["actor"]) or set(a[a["surface"] == "Lula"]["type"]) == {"person"}


def test_a_surname_after_a_given_name_in_brackets():
    # Wikinews: '"We came in here in 1999 with INTERFET and General (Peter) Cosgrove leading the 5,000 Australians"'
    # gave "Cosgrove" a body (the editor's brackets hid the given name)
    got = _types(HEAD + '"We came in here in 1999 with INTERFET and General (Peter) Cosgrove leading the 5,000 '
                 'Australians then," he said.')
    assert got["Cosgrove"] == "person"


def test_a_soldiers_rank_of_the_ranks_before_a_name():
    # Wikinews: "Guardsmen Martin McGing, 21, of the Irish Guards; Guardsman Joseph McCleary, 23" kept the rank in the
    # name; "Troopers Corey Joseph Hayes" was a body
    got = _types(HEAD + "They are: Guardsmen Martin McGing, 21, of the Irish Guards; Guardsman Joseph McCleary, 23, "
                 "of the Irish Guards. Troopers Corey Joseph Hayes and Tom Lee were hurt.")
    assert got["Martin McGing"] == got["Joseph McCleary"] == got["Corey Joseph Hayes"] == "person"


def test_an_explosive_and_a_lorry_by_their_acronyms_are_things():
    # Wikinews: "a pickup truck loaded with TNT" gave a body (five articles); China's broadcaster CCTV stays a body
    got = _types(HEAD + "The bomb was set off from a pickup truck loaded with TNT. Police stopped the HGV. China's state "
                 "broadcaster CCTV reported the visit.")
    assert got["TNT"] == got["HGV"] == "other" and got["CCTV"] == "organization"


def test_a_mint_and_a_winery_are_bodies_and_acting_is_a_title():
    # Wikinews: "designed by the Royal Canadian Mint" gave a thing, "Inniskillin Wines" a person; "said United States
    # Mint Acting Director David A. Lebryk" gave "United States Mint Acting" a person once Mint was a body's word;
    # "the Acting Deputy President of the Senate" a body
    got = _types(HEAD + '"It is a fitting tribute," said United States Mint Acting Director David A. Lebryk. The medals '
                 'were designed by the Royal Canadian Mint. Inniskillin Wines will supply the wine. Senator Bob Brown '
                 'asked the Acting Deputy President of the Senate to look into it.')
    assert got["United States Mint"] == got["Royal Canadian Mint"] == got["Inniskillin Wines"] == "organization"
    assert got["David A. Lebryk"] == "person" and "Deputy President of the Senate" not in got


def test_newspapers_named_in_their_own_language():
    # Wikinews: "Chugoku Shimbun reports Aso got more votes", "Novaya Gazeta", "Rossiyskaya Gazeta", "Kleine Zeitung"
    # were persons (two words no list knows)
    got = _types(HEAD + "Chugoku Shimbun reports Aso got more votes. Novaya Gazeta said so. Kleine Zeitung reported it.")
    assert got["Chugoku Shimbun"] == got["Novaya Gazeta"] == got["Kleine Zeitung"] == "organization"


def test_a_compass_point_before_a_word_no_list_knows_is_a_place():
    # Wikinews: "The Molena base, near the border with West Timor" gave a body, "at East Croydon tram stop" a person,
    # "East Waynesville", "East Delevan" things; "West Point", "the East Timorese" keep their readings
    got = _types(HEAD + "The Molena base is near the border with West Timor. He lives in East Waynesville and commutes "
                 "to East Croydon. He studied at West Point. Many of the East Timorese voted.")
    assert got["West Timor"] == got["East Waynesville"] == got["East Croydon"] == "place"
    assert got["West Point"] == "organization" and got["East Timorese"] != "place"


def test_a_places_own_name_before_its_english_gloss_in_brackets():
    # Wikinews: "Zizhuyuan (Purple Bamboo Park), and Ritan (Temple of the Sun), three public parks" gave bodies; an
    # MP's surname before the seat in brackets stays a person ("Moore (Port Moody-Westwood-Port Coquitlam)")
    got = _types(HEAD + "Zizhuyuan (Purple Bamboo Park), and Ritan (Temple of the Sun), three public parks, were "
                 "chosen. Liberal MPs Menard (Hochelaga) and Merasty (Desnethé-Missinippi-Churchill River) voted.")
    assert got["Zizhuyuan"] == got["Ritan"] == "place"
    assert got.get("Menard") != "place" and got.get("Merasty") != "place"


def test_a_sites_numbered_part_keeps_its_number_and_is_a_place():
    # a launch story: "lifted off … from Launch Complex 36 at Cape Canaveral" gave a place "Launch Complex" (its
    # number dropped: all launch complexes one actor); "Pad 39A", "Terminal 2E" (a number with a letter) gave bodies
    got = _types(HEAD + "The rocket lifted off from Launch Complex 36 on Thursday. Crews launch from Space Launch "
                 "Complex 40 and from Pad 39A. Flights left Terminal 2E. The crash closed State Route 1.")
    assert got["Launch Complex 36"] == got["Space Launch Complex 40"] == got["Pad 39A"] == "place"
    assert got["Terminal 2E"] == got["State Route 1"] == "place"
    assert "Launch Complex" not in got


def test_a_place_after_nearby_and_ranges_grounds_reservations_refuges():
    # Wikinews (Area 51): "In nearby Hiko, a … Basecamp Experience was underway" gave a body, "the Nevada Test and
    # Training Range" an event and a thing; "Dugway Proving Ground", "Wind River Reservation", "Loxahatchee National
    # Wildlife Refuge" things or bodies; "the nearby Corus steel plant" stays a firm
    got = _types(HEAD + "In nearby Hiko, a festival was underway. Nearby Zelmora was spared. The base lies in the Nevada "
                 "Test and Training Range. Troops left Dugway Proving Ground on Monday. They hiked across the Wind River "
                 "Reservation and the Loxahatchee National Wildlife Refuge. Workers at the nearby Corus steel plant walked out.")
    assert got["Hiko"] == got["Zelmora"] == got["Nevada Test and Training Range"] == "place"
    assert got["Dugway Proving Ground"] == got["Wind River Reservation"] == "place"
    assert got["Loxahatchee National Wildlife Refuge"] == "place" and got["Corus"] == "organization"


def test_a_firms_name_before_and_company_is_its_short_form():
    # Wikinews: "News Corporation … purchasing the Dow Jones & Company … 64.2% of the Dow Jones' voting power" gave an
    # index ("Dow Jones", a thing wherever it appears) beside the firm; "Paulson & Co … Paulson had bet" two bodies
    got = _df(HEAD + "News Corporation bought the Dow Jones & Company for $5 billion. The Bancroft family owns 64% "
                  "of Dow Jones. The SEC says that a Goldman subsidiary, Paulson & Co, was involved. Paulson had bet "
               "that the value would fall.")
    assert got.loc[got["surface"] == "Dow Jones", "actor"].tolist() == ["Dow Jones & Company"]
    assert got.loc[got["surface"] == "Paulson", "actor"].tolist() == ["Paulson & Co"]
    assert set(got.loc[got["actor"] == "Dow Jones & Company", "type"]) == {"organization"}


def test_an_acronym_that_keeps_a_country_code_whole():
    # a quake story: "the U.S. Geological Survey said … The USGS estimated" gave two bodies; Wikinews: "UK Independence
    # Party" … "UKIP", "U.S. Olympic Committee" … "USOC" (the code's letters are all in the acronym, not its first)
    df = _df(HEAD + "The U.S. Geological Survey said the quake was shallow. The USGS estimated the toll. The UK "
             "Independence Party met; UKIP leader Mike Nattrass spoke. The US Agency for International Development "
             "(USAID) sent aid. USAID said more would come.")
    got = dict(zip(df["surface"], df["actor"], strict=False))
    assert got["USGS"] == "U.S. Geological Survey" and got["UKIP"] == "UK Independence Party"
    assert got["USAID"] == "US Agency for International Development"


def test_inspectorates_and_secretariats_are_bodies_and_eintracht_opens_a_club():
    # a planning story: "could include an appeal to the Planning Inspectorate" gave a person; a transfer story:
    # "signing Hugo Ekitike from Eintracht Frankfurt" a person (a club word the list lacked, before the town)
    got = _types(HEAD + "The firm could appeal to the Planning Inspectorate. The Commonwealth Secretariat met. The "
                 "Land Registry said prices rose.")
    assert got["Planning Inspectorate"] == got["Commonwealth Secretariat"] == got["Land Registry"] == "organization"
    got = _types("Liverpool complete signing\n\nLiverpool have signed Sweden striker Alexander Isak from Newcastle "
                 "United for a British record fee. He scored 27 goals in the Premier League last season. The Reds also signed Florian Wirtz from Bayer Leverkusen and Hugo Ekitike from "
                 "Eintracht Frankfurt. Isak could make his debut against Burnley on 14 September.")
    assert got["Eintracht Frankfurt"] == "organization"


def test_a_two_word_surname_alone_after_a_full_name_no_list_knows():
    # Wikinews: "Aníbal Acevedo Vilá, the Governor of the Commonwealth of Puerto Rico, was indicted … Acevedo Vilá said"
    # gave two people (the full name's person points came from its shape alone); "Podcaster Spike Cohen … Spike
    # Cohen" keeps Spike Cohen (an agent noun before a name is no given name)
    df = _df(HEAD + "Today, Aníbal Acevedo Vilá, the Governor of Puerto Rico, was indicted. Acevedo Vilá said he was "
             "innocent and Acevedo Vilá will fight the charges.")
    assert set(df["actor"]) == {"Aníbal Acevedo Vilá", "Puerto Rico"}
    df = _df(HEAD + "Podcaster Spike Cohen was picked as the nominee. Spike Cohen spoke in June. Spike Cohen said so.")
    assert "Spike Cohen" in set(df["actor"])


def test_a_models_name_alone_beside_its_makers_name_and_it():
    # Wikinews: "the SpaceX Crew Dragon capsule … the Crew Dragon was carrying only cargo" gave a product and a thing
    df = _df(HEAD + "On Sunday, the SpaceX Crew Dragon capsule docked with the station. The Crew Dragon carried cargo. "
             "SpaceX founder Elon Musk spoke. Crew Dragon will return on Friday.")
    assert set(df.loc[df["surface"].str.contains("Crew Dragon"), "actor"]) == {"SpaceX Crew Dragon"}
    assert set(df.loc[df["actor"] == "SpaceX Crew Dragon", "type"]) == {"product"}


def test_a_firms_trading_name_after_trading_as():
    # Wikinews: "troubled EG Green and Sons, trading as Harvey Beef, back open in two weeks" gave a person (a given
    # name first); "doing business as X" too; "worked as Tom Smith" stays a person
    got = _types(HEAD + "Administrators are working to reopen EG Green and Sons, trading as Harvey Beef, in two weeks. "
                 "Acme Ltd, doing business as Zorvex Kallisto, grew. He worked as Tom Smith for years.")
    assert got["Harvey Beef"] == got["Zorvex Kallisto"] == "organization" and got["Tom Smith"] == "person"


def test_tory_before_a_name_is_the_conservative_party():
    # Wikinews: "The by-elections in Henley were won by Tory John Howell" gave one person "Tory John Howell"; "Tory"
    # alone was a body of its own beside the Conservative Party
    df = _df(HEAD + "The by-elections in Henley were won by Tory John Howell. The Conservative Party celebrated. "
             "Tory leader David Cameron spoke.")
    assert set(df["actor"]) == {"Henley", "John Howell", "Conservative Party", "David Cameron"}


def test_a_plurals_possessive_inside_a_laws_or_a_schemes_name():
    # an interview: "The Renters' Rights Act ends no-fault evictions" gave two things, "Renters" and "Rights Act";
    # Wikinews: "the Companies' Creditors Arrangement Act", "the Investors' Guarantee Fund"; a possessive of a name
    # stays an owner ("the United States' National Science Foundation", "Congress' Joint Resolution")
    got = _types(HEAD + "The Renters' Rights Act ends evictions. The Teachers' Pension Scheme grew. The firm sought "
                 "protection under the Companies' Creditors Arrangement Act. The United States' National Science "
                 "Foundation said so.")
    assert got["Renters' Rights Act"] == got["Teachers' Pension Scheme"] == "other"
    assert got["Companies' Creditors Arrangement Act"] == "other"
    assert got["National Science Foundation"] == "organization" and got["United States"] == "place"


def test_a_band_before_its_members_role_and_whose_members():
    # an obituary: "Ozzy Osbourne, the Black Sabbath singer … Black Sabbath frontman" gave a thing ("Sabbath" is a
    # holiday's word), "Metallica, whose members played at the farewell concert, called him …" a person; Wikinews:
    # "Grateful Dead guitarist Bob Weir"
    got = _types(HEAD + "The Black Sabbath frontman Ozzy Osbourne died. Metallica, whose members played at the concert, "
                 "called him a hero. Former Grateful Dead guitarist Bob Weir spoke. Jane Smith, whose husband died, spoke.")
    assert got["Black Sabbath"] == got["Metallica"] == got["Grateful Dead"] == "organization"
    assert got["Jane Smith"] == got["Bob Weir"] == "person"


def test_works_listed_after_albums_such_as():
    # an obituary: "Albums such as Paranoid and Master of Reality sold millions" gave two things; the group noun
    # before "such as" / "like" types the list as it does for people, bodies and places
    got = _types(HEAD + "Albums such as Paranoid and Master of Reality sold millions. Films like Kallisto and Zorvex "
                 "Dawn won prizes. Companies such as Kelvora grew.")
    assert got["Paranoid"] == got["Master of Reality"] == got["Kallisto"] == got["Zorvex Dawn"] == "work"
    assert got["Kelvora"] == "organization"


def test_a_generations_dot_does_not_split_a_name():
    # Wikinews: "Duane Martin Sr." and "Duane Martin Sr" (the Lakota delegation) were two people
    df = _df(HEAD + "Duane Martin Sr. of the group spoke. Later Duane Martin Sr said more. Robert Kennedy Jr, the "
             "candidate, spoke; Robert Kennedy Jr. agreed.")
    assert set(df["actor"]) == {"Duane Martin Sr.", "Robert Kennedy Jr."}


def test_bank_rate_is_an_interest_rate_not_a_body():
    # a rate-decision story and Wikinews: "voted to keep Bank Rate at 4.5%" gave an organisation "Bank Rate"
    got = _types(HEAD + "The Monetary Policy Committee voted to keep Bank Rate at 4.5%. The Bank of England said so.")
    assert got["Bank Rate"] == "other" and got["Bank of England"] == "organization"


def test_a_greek_or_spanish_new_opens_a_places_name():
    # a wildfire story: "Residents of Penteli, Dione and Nea Penteli were told to leave" gave a person "Nea Penteli"
    got = _types(HEAD + "Residents of Kerolia, Dione and Nea Kerolia were told to leave. Nueva Sarvona was spared.")
    assert got["Nea Kerolia"] == got["Nueva Sarvona"] == "place"


def test_a_town_before_who_and_a_fixture_is_its_club_in_a_match_report():
    # a match report: "a point clear of Liverpool, who play Manchester City on Sunday" and "Villa travel to Chelsea
    # next weekend" gave two places ("equalised", "free kick": football words)
    got = _types(HEAD + "Arsenal beat Aston Villa 2-1 in the Premier League. Gabriel Martinelli equalised before Bukayo "
                 "Saka scored from a free kick. Arsenal are a point clear of Liverpool, who play Manchester City on "
                 "Sunday. Villa, seventh, travel to Chelsea next weekend.")
    assert got["Liverpool"] == got["Chelsea"] == "organization"


def test_prizes_named_after_people_and_the_palme_dor():
    # a festival story: "won the Palme d'Or" gave a person; a basketball final: "holding the Larry O'Brien trophy" a
    # person; a protest story: "he told TF1 and France 2" a thing (a code of letters and a digit)
    got = _types(HEAD + "Anora won the Palme d'Or on Saturday. Tatum held the Harold Venn trophy on the court. The "
                 "president told TF1 in an interview.")
    assert got["Palme d'Or"] == got["Harold Venn"] == "other"
    assert got["TF1"] == "organization"


def test_a_generations_dot_before_a_comma_stays_in_the_name():
    # a health story: "Health Secretary Robert F. Kennedy Jr., a longtime vaccine skeptic," gave "Robert F. Kennedy Jr"
    # (the dot was kept only before a space); Wikinews: "said George A. Pauwels Jr., who was with his wife"
    df = _df(HEAD + "Health Secretary Daniel F. Okafor Jr., a longtime skeptic, wrote a piece. Later Okafor spoke. "
             "The shop is on San Pedro St., near the park.")
    assert set(df["actor"]) == {"Daniel F. Okafor Jr.", "San Pedro St."}


def test_a_clipped_first_word_in_brackets_is_the_bodys_short_name():
    # Wikinews: "The Co-operative Group (Co-op) and Bristol-based Somerfield today agreed on a deal … the Co-op is the
    # fifth largest grocery chain" gave "Co-op" as a thing of its own
    df = _df(HEAD + "The Co-operative Group (Co-op) and Somerfield agreed on a deal. Later the Co-op is the fifth "
             "largest grocery chain.")
    assert set(df.loc[df["actor"] == "Co-operative Group", "surface"]) == {"Co-operative Group (Co-op)", "Co-op"}
    assert set(df["type"][df["actor"] == "Co-operative Group"]) == {"organization"}


def test_an_airline_named_again_without_air():
    # Wikinews: "Germany on Monday banned Iranian airline Mahan Air … Mahan has been the subject of sanctions" gave two
    # organisations
    df = _df(HEAD + "Germany banned the airline Kestrova Air on Monday. Kestrova has been the subject of sanctions.")
    assert set(df["actor"]) == {"Germany", "Kestrova Air"}


def test_a_long_name_with_a_particle_is_named_again_by_its_last_word():
    # Wikinews: "General Urano Teixeira da Matta Bacellar … Bacellar had been placed in charge" gave an organisation
    # "Bacellar" (a name of five words had no surname key); "Luiz Inácio Lula da Silva … Da Silva (commonly referred
    # to as Lula)" a second person
    df = _df(HEAD + "General Urano Teixeira da Matta Vescellar died. Vescellar had been placed in charge. "
             "President Luiz Inácio Lula da Silva spoke. Da Silva left.")
    assert set(df["actor"]) == {"Urano Teixeira da Matta Vescellar", "Luiz Inácio Lula da Silva"}


def test_units_with_a_capital_inside_are_no_names():
    # Wikinews: "the power is 120 dB, comparable to a live concert" gave an organisation "dB"; "kWh" a thing
    df = _df(HEAD + "The player's power is 120 dB, comparable to a concert. Power costs 30 cents per kWh. The iPhone "
             "has a 5,000 mAh battery.")
    assert set(df["actor"]) == {"iPhone"}


def test_a_military_rank_of_several_words_is_a_title():
    # Wikinews: "Air Chief Marshal Angus Houston" gave an organisation of that name, and "Houston" a place;
    # "Commodore Frank Bainimarama" kept his rank in his name
    df = _df(HEAD + "The chief, Air Chief Marshal Keith Vandal, said the soldier was brave. Later Rear Admiral Jane "
             "Okoro agreed, and Field Marshal Tom Vance and Commodore Frank Mereki spoke. Air New Zealand flew.")
    got = dict(zip(df["actor"], df["type"], strict=True))
    assert got == {"Keith Vandal": "person", "Jane Okoro": "person", "Tom Vance": "person", "Frank Mereki": "person",
                   "Air New Zealand": "organization"}


def test_a_firm_named_again_without_its_trade_word_and_lib_dem():
    # a press release: "Northwind Robotics, Inc. … Northwind will host a conference call" gave two organisations;
    # Wikinews: "The Liberal Democrat (Lib Dem) party" gave a person "Lib Dem"
    df = _df(HEAD + "Kestrova Robotics, Inc. announced results. Kestrova will host a call. The Liberal Democrat (Lib "
             "Dem) party sent its leader.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["Kestrova"] == "Kestrova Robotics"
    assert got["Lib Dem"] == "Liberal Democrats"


def test_a_law_after_the_and_a_prefixed_first_word_are_no_person():
    # Wikinews: "the 'anti-secession' law … the Anti-Secession Law" gave a person (two name-like words); "the National
    # Security Law" likewise; an actor's surname stays his ("Jude Law")
    got = _types(HEAD + "China passed the Anti-Secession Law in March. Beijing imposed the National Security Law. The "
                 "actor Jude Law spoke.")
    assert got["Anti-Secession Law"] == got["National Security Law"] == "other"
    assert got["Jude Law"] == "person"


def test_a_given_name_alone_after_a_name_with_and_without_its_middle_initial():
    # Wikinews: "U.S. Senator Craig L. Thomas … 'than Craig Thomas. The Senate is a lesser place without Craig here'"
    # gave a person "Craig" of his own (two full names began with "Craig", though one person)
    df = _df(HEAD + 'Senator Craig L. Varnell died. "No greater defender than Craig Varnell. The Senate is a lesser '
             'place without Craig here," said Mitch Orland.')
    assert set(df["actor"]) == {"Craig L. Varnell", "Senate", "Mitch Orland"}


def test_a_list_of_countries_with_the_before_one_acts_together():
    # a wildfire story: "Italy, France, the Czech Republic and Serbia sent firefighting planes" made the last two states
    # and the first two territories ("the" broke the list); Wikinews: "France and the United States have agreed"
    got = _types(HEAD + "Italy, France, the Czech Republic and Serbia sent firefighting planes. Later Japan and the "
                 "United States have agreed. Police in the United Kingdom and the Netherlands announced arrests.")
    assert got["Italy"] == got["France"] == got["Czech Republic"] == got["Serbia"] == "organization"
    assert got["Japan"] == got["United States"] == "organization"
    assert got["Netherlands"] == got["United Kingdom"] == "place"


def test_a_category_label_before_a_number_word():
    # Wikinews: "Belarus Eleven people are reported dead …", "Pakistan Six …", "Iraq Eight …": a category label run
    # into the first sentence gave an organisation "Belarus Eleven" (twelve articles of the corpus)
    df = _df("Belarus Eleven people are reported dead after a bomb went off in Minsk on Monday.")
    assert set(df["actor"]) == {"Belarus", "Minsk"}


def test_a_before_a_surnames_possessive_is_the_nouns_article():
    # a Politico page: "Rep. Mark Meadows … his wife, Debbie Meadows … he expressed his concerns to a Meadows’ staffer"
    # gave a thing "Meadows" ("a" was read as the name's article)
    df = _df(HEAD + "Rep. Mark Pettis retired. His wife, Debbie Pettis, spoke. He expressed his concerns to a "
             "Pettis’ staffer and asked that the congressman refrain.")
    assert set(df["actor"]) == {"Mark Pettis", "Debbie Pettis"}


def test_a_bills_number_is_its_names():
    # a KXAN page: "the state legislature passing Senate Bill 10 in May" gave "Senate Bill" (a thing without its
    # number); Wikinews: "California State Senate Bill 1137"
    df = _df(HEAD + "The legislature passed Senate Bill 10 in May. Bill Gates spoke.")
    assert dict(zip(df["actor"], df["type"], strict=True)) == {"Senate Bill 10": "other", "Bill Gates": "person"}


def test_a_tour_named_after_a_road():
    # an entertainment story: "breaking the record set by Elton John's Farewell Yellow Brick Road tour" gave a place
    # (the noun after the name tied with the place word in it; the noun now outweighs it)
    got = _types(HEAD + "It broke the record set by Vera Lind's Farewell Copper Lane Road tour.")
    assert got["Farewell Copper Lane Road"] == "event" and got["Vera Lind"] == "person"


def test_beating_before_a_basketball_score_makes_a_match_report():
    # an NBA final: "beating the Dallas Mavericks 106-88 … Luka Doncic led Dallas with 28 points" left "Dallas" a
    # place: "beating" was no verb before a three-digit score, so the story was no match report
    df = _df(HEAD + "The Boston Celtics won the NBA title on Monday, beating the Dallas Mavericks 106-88 to clinch the "
             "series 4-1. Jayson Tatum had 31 points and eight rebounds. Luka Doncic led Dallas with 28 points, but "
             "Boston pulled away.")
    assert set(df.loc[df["surface"] == "Dallas", "actor"]) == {"Dallas Mavericks"}
    assert set(df.loc[df["surface"] == "Boston", "actor"]) == {"Boston Celtics"}


def test_a_votes_tally_is_no_score():
    # Wikinews: "passed … by a vote of 91-58 Wednesday. The State Senate approved the bill … by a vote of 25-10" with
    # "goal" in the text read as a match report, and "a proud day for Maine" made a team of the state
    got = _types(HEAD + "Gov. John Baldacci of Maine signed the bill. It passed the House by a vote of 91-58 Wednesday. "
                 "The State Senate approved it by a vote of 25-10. Our goal is equality. This is a proud day for Maine.")
    assert got["Maine"] == "place"


def test_a_state_scrambling_jets_acts():
    # a war story: "Poland scrambled fighter jets as a precaution" gave the territory
    got = _types(HEAD + "Russia fired missiles at Ukraine. Poland scrambled fighter jets as a precaution.")
    assert got["Poland"] == "organization"


def test_a_fiscal_years_label_is_no_name():
    # Wikinews: "with the FY 12 budget submission" gave an organisation "FY" (and a stance toward it)
    assert _actors(HEAD + "It will not end with the FY 12 budget. The FY2025 budget and FY25 plans. Acme Corp agreed.") \
        == {"Acme Corp"}


def test_a_place_label_written_again_in_the_first_sentence():
    # Wikinews: "Pakistan Officials in Pakistan said …", "Kenya Violence has flared in Kenya …", "New Zealand John
    # Fairfax Holdings Limited announced … the New Zealand online auction site": a category label run into the first
    # sentence gave "Pakistan Officials", "Kenya Violence" (organisations); a body's label stays ("Starbucks Coffee")
    assert _actors("Pakistan Officials in Pakistan said the talks failed on Monday.") == {"Pakistan"}
    assert _actors("New Zealand John Fairfax Holdings Limited announced today that it will buy the New Zealand site "
                   "TradeMe.") == {"New Zealand", "John Fairfax Holdings Limited", "TradeMe"}
    assert "Starbucks Coffee" in _actors("Starbucks Coffee is set to close 300 stores. Starbucks chairman Howard "
                                         "Schultz wrote to employees.")


def test_a_numbered_order_or_resolution_is_a_thing():
    # Wikinews: "wanted in the USA for violating Executive Order 12810" gave "Executive Order" without its number;
    # "UN Security Council Resolution 1559" an organisation
    got = _types(HEAD + "He is wanted for violating Executive Order 12810, signed in 1992. Syria ignored UN Security "
                 "Council Resolution 1559.")
    assert got["Executive Order 12810"] == got["UN Security Council Resolution 1559"] == "other"


def test_a_river_before_and_a_station_after_a_name_make_a_place():
    # Wikinews: "situated on an island in the river Seine … Cité station, part of the Paris Métro, was closed" gave
    # two organisations; "Kings Cross station" a thing
    got = _types(HEAD + "The building stands on an island in the river Varne. Cotelle station, part of the metro, was "
                 "closed. Trains left Kings Cross station.")
    assert got["Varne"] == got["Cotelle"] == got["Kings Cross"] == "place"


def test_a_state_then_a_party_adjective_then_a_title():
    # Wikinews: "Louisiana Republican Governor Bobby Jindal signed" gave an organisation "Louisiana Republican";
    # "Former Ontario Liberal MPP Alvin Curling" likewise; a body keeps its state ("South Carolina Democratic
    # Executive Council")
    df = _df(HEAD + "Louisiana Republican Governor Bobby Vance signed the bill. The South Carolina Democratic Executive "
             "Council objected.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["Louisiana"] == "Louisiana" and got["Republican"] == "Republican Party"
    assert "South Carolina Democratic Executive Council" in set(df["actor"])


def test_a_body_and_an_unknown_name_of_several_words():
    # Wikinews: "a federal lawsuit brought today by the American Civil Liberties Union and Human Rights First" gave a
    # thing (a list of two votes only when a member is in the gazetteer; the first is clearly a body by its words)
    got = _types(HEAD + "He faces a lawsuit brought today by the Kelvora Civil Liberties Union and Rights Watch First, "
                 "filed in Illinois.")
    assert got["Rights Watch First"] == "organization"


def test_a_surname_in_another_case_than_the_full_names():
    # Wikinews: "Cynthia Mckinney stated … the McKinney case … McKinney may be charged" gave the Texas town McKinney
    df = _df(HEAD + "Speaking on the House floor Thursday, Cynthia Mckinney apologized. A grand jury began hearing "
             "testimony regarding the McKinney case. It is possible that McKinney may be charged.")
    assert set(df.loc[df["surface"] == "McKinney", "actor"]) == {"Cynthia Mckinney"}


def test_a_quarters_code_alone_is_no_name():
    # Wikinews: "it will be near the end of Q1 or beginning of Q2 2021" gave two things "Q1", "Q2" in the actors table
    # (they are the timeline's dates); a product named with one keeps it ("the Audi Q3")
    df = _df(HEAD + "Sales rose in Q3 and H1 was weak. It will be near the end of Q1 or beginning of Q2 2021. The "
             "Audi Q3 sold well.")
    assert set(df["actor"]) == {"Audi Q3"}


def test_an_event_by_its_year_and_the_spanish_cups():
    # a transfer story: "Zubimendi, who won Euro 2024 with Spain … helping them win the Copa del Rey" gave a thing
    # "Euro" (the year left out) and a person "Copa del Rey"; the airline of the same first word stays a firm
    got = _types(HEAD + "Ander Ezkurra, who won Euro 2024 with Spain, helped them win the Copa del Rey in 2020. Visitors "
                 "flocked to Expo 2020. He flew home on Copa Airlines.")
    assert got["Euro 2024"] == got["Copa del Rey"] == got["Expo 2020"] == "event"
    assert got["Copa Airlines"] == "organization"
    assert "Euro" not in got


def test_a_town_after_a_street_and_a_comma_is_a_place():
    # a court report: "Derek Hollins, 61, of Marsh Lane, Northwich, was sentenced" gave an organisation "Northwich";
    # a name after a street and a comma that does something stays what it is ("on Elm Street, Smith said")
    got = _types(HEAD + "Dennis Harlow, 61, of Marsh Lane, Brackwich, was sentenced at Chester Crown Court on Friday. "
                 "Outside his house on Elm Street, Smith said the police came.")
    assert got["Brackwich"] == "place"
    assert got["Smith"] == "person"


def test_eu_agencies_named_alone_are_organisations():
    # "Inflation … rose to 2.6% in June from 2.5% in May, Eurostat said." gave a person
    assert _types(HEAD + "Inflation rose to 2.6% in June, Eurostat said.") == {"Eurostat": "organization"}


def test_a_town_before_a_players_role_in_a_transfer_story_is_the_club():
    # "He is Arsenal's first signing of the summer window, with Chelsea winger Noni Madueke … linked": "Chelsea" was
    # a place (the story names no competition but the Copa del Rey and Euro 2024)
    text = (HEAD + "Arsenal have completed the signing of Spain midfielder Ander Ezkurra for a fee of about £65m. Ezkurra "
            "won Euro 2024 with Spain and the Copa del Rey in 2020. He is Arsenal's first signing of the summer "
            "transfer window, with Chelsea winger Noni Madueke also linked with a move.")
    assert _types(text)["Chelsea"] == "organization"


def test_foreign_legal_forms_make_a_firm():
    # a takeover story: "Norwegian fish farmer Halvorsen ASA has agreed to buy rival …" gave a person (the role noun
    # "farmer" before it); the legal forms of Nordic, Italian, Dutch, German and Asian firms end a firm's name
    got = _types(HEAD + "Norwegian fish farmer Halvorsen ASA has agreed to buy a rival. Shares of Kestrel SE and Morvik AB "
                 "rose, while Lumo Oyj fell. Bracca SpA and Tanjung Bhd gained.")
    assert {k: got[k] for k in ("Halvorsen ASA", "Kestrel SE", "Morvik AB", "Lumo Oyj", "Bracca SpA", "Tanjung Bhd")} \
        == dict.fromkeys(("Halvorsen ASA", "Kestrel SE", "Morvik AB", "Lumo Oyj", "Bracca SpA", "Tanjung Bhd"),
                         "organization")


def test_the_word_after_a_sections_news_label_opens_the_sentence():
    # Wikinews: "Australian news Early results in the Australian federal election … show" gave a thing "Early" (the
    # label "Australian news" runs into the sentence, so its first word looked capitalised mid-sentence); likewise
    # "Currently", "Discontent", "Thirteen Canadian"
    got = _actors("Australian news Early results in the federal election held today show that the opposition Labor "
                  "Party led by Kevan Rudd looks set to take government.")
    assert "Early" not in got and {"Labor Party", "Kevan Rudd"} <= got


def test_a_body_named_for_its_operation_is_an_organisation():
    # Wikinews: "the Combined Joint Task Force Operation Inherent Resolve released a statement" gave an event (the
    # word "Operation" inside); the operation alone stays an event
    got = _types(HEAD + "On Friday, the Combined Joint Task Force Operation Inherent Resolve released a statement. "
                 "Operation Overlord began in June.")
    assert got["Combined Joint Task Force Operation Inherent Resolve"] == "organization"
    assert got["Operation Overlord"] == "event"


def test_a_portfolio_after_a_plural_role_and_for_is_no_part_of_the_name():
    # Wikinews: "a petition addressed to European commissioners for Trade Peter Mandelson and commissioner for
    # Development … Louis Michel" gave a person "Trade Peter Mandelson" (the singular role was read already)
    df = _df(HEAD + "They sent a petition to European commissioners for Trade Piet Mandell and commissioner for "
             "Development Louis Michaux.")
    assert {"Piet Mandell", "Louis Michaux"} <= set(df["actor"])
    assert "Trade Piet Mandell" not in set(df["surface"])


def test_a_player_who_fouls_is_a_person():
    # a made-up match report: "Salah sealed the win from the penalty spot after Lewis Dunk fouled Darwin Nunez" gave a
    # thing "Lewis Dunk" (a surname-first given name, then a common noun)
    got = _types(HEAD + "Salah sealed the win from the penalty spot eight minutes from time after Lewis Dunk fouled "
                 "Darwin Nunez.")
    assert got["Lewis Dunk"] == "person"


def test_an_adviser_is_a_title_and_the_office_alone_no_actor():
    # Wikinews: "National Security Advisor Stephen J. Hadley" gave an organisation of that whole name and a second
    # actor "Hadley"; "I will be naming a new National Security Advisor next week" a thing; a firm of advisers keeps
    # its name ("Naroff Economic Advisors")
    df = _df(HEAD + "National Security Adviser Jake Sullivan said no. Sullivan left. \"I will be naming a new National "
             "Security Advisor next week,\" he wrote. Joel Naroff, president of Naroff Economic Advisors, said rates "
             "would rise.")
    got = dict(zip(df["actor"], df["type"], strict=True))
    assert got["Jake Sullivan"] == "person" and got["Naroff Economic Advisors"] == "organization"
    assert set(df.loc[df["surface"] == "Sullivan", "actor"]) == {"Jake Sullivan"}
    assert not any("Security" in a for a in got)


def test_a_unit_in_capitals_after_its_number_is_no_name():
    # a climate page: "global greenhouse gas emissions in 2030 of 52–58 GtCO 2 eq" gave an organisation "GtCO" (and a
    # stance toward it); Wikinews: "at 2.4 GHz" likewise; a unit's letters elsewhere are left to the other rules
    got = _actors(HEAD + "Emissions would reach 52–58 GtCO 2 eq in 2030, or 40 GtCO2 a year. The 500 MW plant makes "
                  "3 TWh. The chip runs at 2.4 GHz. MW Group said so.")
    assert got == {"MW Group"}


def test_a_town_then_a_comma_and_its_region():
    # Wikinews: "shot dead by insurgents during an attack on his platoon residence in Musa Qaleh, northern Helmand"
    # gave a person "Musa Qaleh" (Musa is a given name); a given name and a surname stay a person
    got = _types(HEAD + "He was shot dead during an attack on his platoon residence in Musa Qaleh, northern Helmand. "
                 "Rockets fell near Ali Hassan, southern Israel.")
    assert got["Musa Qaleh"] == "place" and got["Ali Hassan"] == "person"


def test_a_given_names_short_form_beside_the_full_one_is_one_person():
    # Wikinews: "Lance Cpl. Jonathan Hetherington … Lance Corporal Jon Hetherington had only been in Afghanistan" gave
    # two people; likewise "California State Senator Joseph Dunn" … "Joe Dunn", "Chris Dodd" … "Christopher Dodd";
    # three people of one surname stay apart ("Mike Smith", "Michael Smith", "Mary Smith")
    df = _df(HEAD + "He was Lance Cpl. Jonathan Hethersby of the army. His officer said: \"Lance Corporal Jon Hethersby "
             "had only been here for a short time.\" Hethersby was 22.")
    assert set(df["actor"]) == {"Jonathan Hethersby"}
    got = _actors(HEAD + "Mike Smith and Michael Smith and Mary Smith came.")
    assert {"Mike Smith", "Michael Smith", "Mary Smith"} <= got


def test_an_initial_for_the_given_name_and_a_firms_name_without_its_legal_form():
    # Wikinews: "the President of the party, George Papandreou … G. Papandreou" gave two people; "a storage facility
    # operated by Iron Mountain Incorporated … Iron Mountain said" a place "Iron Mountain" (the quote's speaker)
    df = _df(HEAD + "Members accused the President of the party, George Papadakis. Later G. Papadakis said he would "
             "stay. The tape was at a facility operated by Iron Ridge Incorporated. Iron Ridge said it needs skills.")
    got = dict(zip(df["surface"], df["actor"], strict=True))
    assert got["G. Papadakis"] == "George Papadakis"
    assert got["Iron Ridge"] == "Iron Ridge Incorporated"
    assert set(df.loc[df["actor"] == "Iron Ridge Incorporated", "type"]) == {"organization"}


def test_an_olympic_adjective_names_the_games():
    # Wikinews: "he took charge after the 2002 Winter Olympic bid scandal" gave a person "Winter Olympic" (two plain
    # capitalised words); a body or a firm with the word keeps its type
    got = _types(HEAD + "He took charge after the 2002 Winter Olympic bid scandal. The International Olympic Committee "
                 "met. Olympic Airways flew.")
    assert got["Winter Olympic"] == "event"
    assert got["International Olympic Committee"] == got["Olympic Airways"] == "organization"


def test_a_royal_style_alone_is_no_actor():
    # Wikinews: "This will be Her Majesty's fourth State Visit … His Royal Highness … His Majesty" gave a person "Her
    # Majesty" (5 mentions apart from Elizabeth II), a person "His Royal Highness" and a thing "His Majesty" (and stances
    # toward them)
    got = _actors(HEAD + "Queen Elizabeth II and the Duke of Edinburgh will visit. This will be Her Majesty's fourth "
                  "visit. His Royal Highness, Prince Philip, spoke. His Majesty thanked them.")
    assert not any("Majesty" in a or "Highness" in a for a in got)
    assert {"Elizabeth II", "Duke of Edinburgh"} <= got


def test_an_acronym_led_compound_and_a_beauty_title():
    # Wikinews: "The DMK-led front won in 162 out of 230 assembly seats" gave an organisation "DMK-led" (read as an East
    # Asian given name's syllable, "Hau Lung-bin"); "World War II-era" a person; "Bennetts … terminated its deal with
    # former Miss England Danielle Lloyd" a person "England Danielle Lloyd"
    df = _df(HEAD + "The DMK-led front won 162 seats. The Hamas-led government fell. Hau Lung-bin spoke. Bennetts ended "
             "its deal with former Miss England Danielle Lloyd. Lloyd said sorry.")
    got = set(df["actor"])
    assert {"DMK", "Hamas", "Hau Lung-bin", "Danielle Lloyd"} <= got
    assert not {"DMK-led", "Hamas-led", "England Danielle Lloyd"} & got
    assert set(df.loc[df["surface"] == "Lloyd", "actor"]) == {"Danielle Lloyd"}


def test_a_faith_and_its_branch_are_no_person():
    # Wikinews: "the leader of Roman Catholic Christianity, Pope Francis, imposed a law" gave a person "Roman Catholic
    # Christianity" (Roman is a given name)
    got = _types(HEAD + "On Thursday, the leader of Roman Catholic Christianity, Pope Francis, imposed a law.")
    assert got["Roman Catholic Christianity"] == "other"


def test_capital_am_and_pm_after_a_clock_time_are_no_names():
    # Wikinews: "the attacks occurred at 4:00 A.M. local time" gave an organisation "A.M." (and Obama a stance toward
    # "P.M.")
    assert _actors(HEAD + "The attacks occurred at 4:00 A.M. local time. Barack Obama spoke at 2 P.M. on Sunday.") \
        == {"Barack Obama"}


def test_a_facility_at_a_place():
    # Wikinews: "struck the largest processing plant at Abqaiq" gave an organisation "Abqaiq"; "the Russian air base at
    # Kant" a person; "the uranium enrichment plant at Natanz" an organisation; a firm after "at" stays a firm
    got = _types(HEAD + "The drones struck the largest processing plant at Abqaiq. The Russian air base at Kant stayed "
                 "open. He works at Tesla.")
    assert got["Abqaiq"] == got["Kant"] == "place" and got["Tesla"] == "organization"


def test_residents_of_a_place_named_like_an_event():
    # a made-up wildfire story: "Residents of Marathon, Nea Makri and Dione received evacuation alerts" gave an event
    # "Marathon" (the race's word); the race keeps its type
    got = _types(HEAD + "Residents of Marathon, Nea Makri and Dione received evacuation alerts. He ran the London "
                 "Marathon.")
    assert got["Marathon"] == "place" and got["London Marathon"] == "event"


def test_the_firm_that_owns_or_runs_a_thing():
    # Wikinews: "The Conception was owned by Truth Aquatics and chartered by Worldwide Diving Adventures" gave two things
    # (names ending in common plurals); a person who owns stays a person
    got = _types(HEAD + "The boat was owned by Truth Aquatics and chartered by Worldwide Diving Adventures. The house "
                 "was owned by John Smith.")
    assert got["Truth Aquatics"] == got["Worldwide Diving Adventures"] == "organization"
    assert got["John Smith"] == "person"


def test_a_brand_sold_or_named_as_such_is_a_product():
    # a made-up drug approval: "sold under the brand name Zurzuvae by Sage Therapeutics" and "brexanolone, sold as
    # Zulresso" gave two organisations; a firm sold under a firm's name stays a firm
    got = _types(HEAD + "The drug will be sold under the brand name Zurzuvae by Sage Therapeutics. The only treatment "
                 "was brexanolone, sold as Zulresso, which is given in hospital. The unit was sold as Hartwell Holdings.")
    assert got["Zurzuvae"] == got["Zulresso"] == "product"
    assert got["Sage Therapeutics"] == got["Hartwell Holdings"] == "organization"


def test_a_clinicians_employer_a_barrage_and_a_golf_classic():
    # made-up stories: "a psychiatrist at Northwell Health" and "flood levels at Kotri Barrage" were things ("other"),
    # "since the Dubai Desert Classic" an organisation; a product's "Classic" model is no event
    got = _types(HEAD + "Dr. Kristina Dellamonte, a psychiatrist at Northwell Health in New York, led one trial. The "
                 "river could reach flood levels at Kotri Barrage by midweek. It is his first title since the Dubai "
                 "Desert Classic in January 2023. Apple sold the iPod Classic and the Nano.")
    assert got["Northwell Health"] == "organization" and got["Kotri Barrage"] == "place"
    assert got["Dubai Desert Classic"] == "event" and got["iPod Classic"] != "event"


def test_the_area_of_a_district_and_a_counsellors_signature():
    # Wikinews: "in the Karol Bagh area of the Indian capital" and "The Sandy Point area and progressing north" gave
    # persons (given names "Karol", "Sandy"); "said Jatashree Watal, Counsellor, WTO Intellectual Property Division" an
    # organisation "Counsellor"; a people's neighbourhood stays no place
    got = _types(HEAD + "The hotel in the Karol Bagh area of the capital caught fire. The Sandy Point area and the "
                 "north were spared. \"It was timely,\" said Jayanti Varma, Counsellor, WTO Intellectual Property "
                 "Division. The bus neared the Druze neighborhood of the town.")
    assert got["Karol Bagh"] == got["Sandy Point"] == "place" and got["Jayanti Varma"] == "person"
    assert "Counsellor" not in got and got.get("Druze") != "place"


def test_a_particles_name_before_a_participle_and_the_particle_wal():
    # a made-up hostage story: "The al-Qaeda-linked group Jama'at Nusrat al-Islam wal-Muslimin (JNIM)" gave an
    # organisation "al-Qaeda-linked" and cut the group's name before "wal-Muslimin" (and JNIM apart from it)
    df = _df(HEAD + "The al-Qaeda-linked group Jama'at Nusrat al-Islam wal-Muslimin (JNIM) released a video. JNIM "
             "said nothing else.")
    assert set(df["actor"]) == {"al-Qaeda", "Jama'at Nusrat al-Islam wal-Muslimin"}


def test_a_unit_is_an_organisation():
    # a made-up doping story and Wikinews: "banned by the Athletics Integrity Unit", "the Climatic Research Unit"
    # were things ("other")
    got = _types(HEAD + "He was banned by the Athletics Integrity Unit on Monday. Scientists at the Climatic Research "
                 "Unit published the data.")
    assert got["Athletics Integrity Unit"] == got["Climatic Research Unit"] == "organization"


def test_a_numbered_street_keeps_its_ordinal():
    # Wikinews: "police closed Third Avenue between 51st and 53rd Streets" gave a thing "Streets"; "on 42nd Street",
    # "near 7th Ave" gave things "Street" and an organisation "Ave"; an ordinal alone stays no name
    got = _types(HEAD + "Police closed 42nd Street and the 5th Avenue entrance. Crowds gathered on West 57th Street "
                 "near 7th Ave. Police closed Third Avenue between 51st and 53rd Streets. She came 3rd in the race.")
    assert got == {
        "42nd Street": "place", "5th Avenue": "place", "West 57th Street": "place", "7th Ave": "place",
        "Third Avenue": "place", "53rd Streets": "place"}


def test_a_gallery_or_museum_in_another_language_is_a_place():
    # Wikinews: "while she was visiting the Neue Galerie in New York" gave a person
    got = _types(HEAD + "Kirchner heard the news while she was visiting the Neue Galerie in New York. She later saw "
                 "the Galleria Borghese.")
    assert got["Neue Galerie"] == got["Galleria Borghese"] == "place"


def test_telescopes_listed_a_planet_and_a_lane_after_on():
    # made-up stories: "Previous telescopes, including Hubble and Spitzer," gave two persons; "about the mass of Saturn"
    # an organisation; "an address on Harehills Lane" a person (Wikinews: "Wellhouse Lane", "Therapia Lane" too)
    got = _types(HEAD + "Previous telescopes, including Hubble and Spitzer, found water. The planet has about the "
                 "mass of Saturn. Officers were called to an address on Harehills Lane. The show starred Nathan Lane.")
    assert got["Hubble"] == got["Spitzer"] == "product"
    assert got["Saturn"] == got["Harehills Lane"] == "place" and got["Nathan Lane"] == "person"


def test_a_village_named_as_a_place_is_no_short_form_of_an_ale():
    # a made-up feature: "When the Red Lion in Ashcombe closed its doors" ("Ashcombe closed its": a firm's words) and
    # "moved to Ashcombe" before "a local ale named Old Ashcombe" made the village the ale (a product, or a firm)
    got = _types(HEAD + "When the Red Lion in Ashcombe closed its doors in 2021, the village lost its pub. Tom moved "
                 "to Ashcombe in 2009. The landlady pulls pints of a local ale named Old Ashcombe.")
    assert got["Ashcombe"] == "place" and got["Old Ashcombe"] == "product"


def test_a_viruss_name_with_a_capital_inside_is_one_name():
    # Wikinews: "SARS-CoV has a basic R0" gave "SARS" and an organisation "CoV"; "SARS-CoV-2" was no name; a pair of
    # places stays two
    got = _types(HEAD + "The virus SARS-CoV-2 spreads like flu. For context, SARS-CoV has a basic R0. The US-China "
                 "talks ended.")
    assert got["SARS-CoV-2"] == got["SARS-CoV"] == "other" and "CoV" not in got
    assert got["United States"] == got["China"] == "place"


def test_a_river_and_a_phones_services_by_name():
    # a made-up phone review: "Night Sight photos of the Thames at dusk" gave an organisation "Thames"; "a long email
    # thread in Gmail" a place; "the Pixel's strongest point", "Qualcomm's Snapdragon" organisations
    got = _types(HEAD + "Photos of the Thames at dusk were sharp. Ask it to summarise a thread in Gmail. The cameras "
                 "remain the Pixel's strongest point. The chip runs warmer than Qualcomm's Snapdragon.")
    assert got["Thames"] == "place" and got["Gmail"] == got["Pixel"] == got["Snapdragon"] == "product"


def test_a_nickname_after_a_given_name_and_an_initial():
    # Wikinews: "Testimony was also heard from Pvt. Ivan L. “Chip” Frederick" gave two persons "Ivan L" and
    # "Frederick" and a quote "Chip" without a speaker
    art = load_article(HEAD + "Testimony was heard from Pvt. Ivan L. “Chip” Frederick, now serving a sentence. "
                       "Frederick testified by phone.")
    assert set(actors(art)["actor"]) == {"Ivan L. Frederick"} and quotes(art).empty


def test_refineries_havens_and_a_ferry_with_an_owner():
    # Wikinews: "a three day strike at Lindsey Oil Refinery in Lincolnshire" and "near Peterhead in Scotland and Milford
    # Haven in Wales" gave persons (given names "Lindsey", "Milford"); "at Fidler's Ferry in Cheshire" a place
    # "Fidler" and a thing "Ferry"; "the Worsley Alumina refinery" a thing
    got = _types(HEAD + "Workers struck at Lindsey Oil Refinery in Lincolnshire. Staff walked out at Fidler's Ferry in "
                 "Cheshire and near Milford Haven in Wales. Gas kept the Worsley Alumina refinery operating.")
    assert got["Lindsey Oil Refinery"] == got["Milford Haven"] == got["Fidler's Ferry"] == "place"
    assert got["Worsley Alumina"] == "place" and "Fidler" not in got and "Ferry" not in got


def test_a_market_by_its_name_is_a_place():
    # Wikinews: "exploded a truck bomb in the crowded Al-Ula market in Sadr City" gave an organisation
    got = _types(HEAD + "A suicide bomber exploded a truck bomb in the crowded Al-Ula market in Sadr City.")
    assert got["Al-Ula"] == got["Sadr City"] == "place"


def test_one_of_a_group_named_after_and_other():
    # a made-up storm warning: "Storm Bert brought flooding to Pontypridd and other towns" gave an organisation; the
    # president "of the Senate and other people" keeps the Senate a body
    got = _types(HEAD + "Storm Bert brought flooding to Pontypridd and other towns. Zentrix Labs and several other "
                 "companies sued. The president of the Senate and other people took this position.")
    assert got["Pontypridd"] == "place" and got["Zentrix Labs"] == got["Senate"] == "organization"


def test_regions_with_a_hyphen_and_a_second_word():
    # a made-up derailment: "a collision near Oschersleben in Saxony-Anhalt" gave two places "Saxony" and "Anhalt";
    # "North Rhine-Westphalia", "Friuli-Venezia Giulia", "Provence-Alpes-Côte d'Azur" were split the same way, the
    # "Russia-Ukraine war" still is
    got = _types(HEAD + "Ten people died near Oschersleben in Saxony-Anhalt. Floods hit North Rhine-Westphalia, "
                 "Friuli-Venezia Giulia and Provence-Alpes-Côte d'Azur. The Russia-Ukraine war goes on.")
    assert {k for k, v in got.items() if v == "place"} == {
        "Oschersleben", "Saxony-Anhalt", "North Rhine-Westphalia", "Friuli-Venezia Giulia", "Provence-Alpes-Côte d'Azur",
        "Russia", "Ukraine"}


def test_holidays_an_icefall_and_a_prize_with_its_field():
    # made-up stories: "at the start of the Whitsun holiday" gave an organisation, "the Khumbu Icefall" a person, "the
    # 2025 Nobel Prize in Chemistry" a prize and a place "Chemistry"; "the Nobel Prize in Oslo" is a prize and a city
    got = _types(HEAD + "Trains were full at the start of the Whitsun holiday. Sixteen guides died in the Khumbu Icefall. "
                 "Three scientists won the 2025 Nobel Prize in Chemistry and the Pulitzer Prize for Fiction. Marta "
                 "Oyelade won the Academy Award for Best Actress. He received the Nobel Prize in Oslo.")
    assert got["Whitsun"] == got["Nobel Prize in Chemistry"] == got["Pulitzer Prize for Fiction"] == "other"
    assert got["Academy Award for Best Actress"] == got["Nobel Prize"] == "other"
    assert got["Khumbu Icefall"] == got["Oslo"] == "place" and "Chemistry" not in got


def test_banks_named_again_and_two_banks_joined_by_and():
    # a made-up bank failure: "First Republic" (after "First Republic Bank") was a place of its own, "JPMorgan Chase &
    # Co" an organisation beside "JPMorgan Chase", "after Silicon Valley Bank and Signature Bank" one organisation
    a = actors(load_article(HEAD + "Regulators seized Eastbrook Republic Bank and sold it to JPMorgan Chase & Co in a "
                            "deal. Eastbrook Republic is the third bank to fail, after Silicon Valley Bank and Signature "
                            "Bank. JPMorgan will pay $10 billion. The Fish and Wildlife Service was not involved."))
    got = a.groupby("actor")["type"].agg(["first", "size"])
    assert got.loc["Eastbrook Republic Bank"].tolist() == ["organization", 2]
    assert got.loc["JPMorgan Chase"].tolist() == ["organization", 2]
    assert {"Silicon Valley Bank", "Signature Bank", "Fish and Wildlife Service"} <= set(got.index)


def test_a_mountain_pass_and_a_race_by_its_name():
    # a made-up Tour de France report: "over the Col du Galibier" gave a person "Galibier" (the colonel's "Col" cut off),
    # "at the Itzulia Basque Country race" an organisation; "the Senate race" keeps the Senate a body
    got = _types(HEAD + "He took the jersey over the Col du Galibier. Col Tom Hale watched. He crashed at the Itzulia "
                 "Basque Country race in April. The Senate race in Ohio is close.")
    assert got["Col du Galibier"] == "place" and got["Tom Hale"] == "person"
    assert got["Itzulia Basque Country"] == "event" and got["Senate"] == "organization"


def test_a_countrys_adjective_before_a_crafts_model():
    # Wikinews: "approaches of Israeli F-16 jets to German military vessels … six F-16 passing a German vessel" gave a
    # product "Israeli F-16" and a thing "F-16"; "the Russian Soyuz rocket" a product "Russian Soyuz"
    a = actors(load_article(HEAD + "Approaches of Israeli F-16 jets to German vessels worried Berlin. Six F-16 passed a "
                            "German vessel. The crew flew on the Russian Soyuz spacecraft."))
    got = dict(zip(a["actor"], a["type"], strict=True))
    assert got["F-16"] == got["Soyuz"] == "product" and got["Israel"] == got["Russia"] == "place"
    assert not any(name.startswith(("Israeli ", "Russian ")) for name in got)


def test_a_prefix_with_a_hyphen_inside_a_bodys_name():
    # Wikinews: "Arjun Karki, president of the Federation of Non-governmental Organisations in Nepal" gave two bodies
    # "Federation" and "Organisations"; "Anti-government protesters" stays no name
    got = _types(HEAD + "Arjun Karvi, president of the Federation of Non-governmental Organisations in Nepal, spoke. "
                 "Anti-government protesters marched.")
    assert got == {"Arjun Karvi": "person", "Federation of Non-governmental Organisations": "organization",
                   "Nepal": "place"}


def test_an_office_named_by_its_holders_title():
    # Wikinews: "how far the Office of the Auditor General can investigate" gave "Office of the Auditor" (the title
    # "General" cut off), "the Office of the Inspector General" a body "Office"; a body before a title and a name
    # stays two ("The Greens of Vice Chancellor Robert Habeck", "Communist Party of China General Secretary")
    got = _types(HEAD + "He wonders how far the Office of the Auditor General can investigate. The Office of the "
                 "Inspector General found fraud. The Greens of Vice Chancellor Robert Habeck lost. Hu Jinwei, Communist "
                 "Party of China General Secretary, spoke.")
    assert got["Office of the Auditor General"] == got["Office of the Inspector General"] == "organization"
    assert got["Robert Habeck"] == got["Hu Jinwei"] == "person" and got["Communist Party of China"] == "organization"
    assert "Office" not in got and "Office of the Auditor" not in got


def test_a_town_in_the_province_of_and_a_numbered_console():
    # made-up stories: "a station in El Granado, in the province of Huelva" gave a person, "its Switch 2 console" a
    # thing; a firm "in the state of Goa" stays a firm
    got = _types(HEAD + "A station in El Granado, in the province of Huelva, recorded 46C. Nintendo said its Switch 2 "
                 "console sold well. Zorblat Tours, in the state of Goa, said so.")
    assert got["El Granado"] == got["Huelva"] == "place" and got["Switch 2"] == "product"
    assert got["Zorblat Tours"] == "organization"


def test_a_name_written_surname_first_a_known_name_with_a_possessive_and_according():
    # Wikinews: "the current prime minister Junichiro Koizumi … the present Prime Minister Koizumi Junichiro" gave two
    # people; "a Domino's Pizza franchise" a firm and a thing "Pizza"; "Moody's Investors Service" a body "Investors
    # Service"; "2008-09 financial crisis According to official records" (a category run into the text) a thing
    # "According"; two people whose given names are both given names stay two
    a = actors(load_article(HEAD + "The prime minister Junichiro Koizumi dissolved the House. He was beaten by Koizumi "
                            "Junichiro in 2001. Workers left a Domino's Pizza franchise. Moody's Investors Service cut the "
                            "rating. Crisis According to official records, Hong Kong grew. Ali Hassan met Hassan Ali."))
    got = a.groupby("actor")["type"].agg(["first", "size"])
    assert got.loc["Junichiro Koizumi"].tolist() == ["person", 2]
    assert got.loc["Domino's"].tolist() == got.loc["Moody's"].tolist() == ["organization", 1]
    assert {"Ali Hassan", "Hassan Ali"} <= set(got.index)
    assert not {"Koizumi Junichiro", "Pizza", "Investors Service", "According"} & set(got.index)


def test_a_partys_adjective_then_a_country_and_a_title_accented_given_names_and_arches():
    # Wikinews: "the first female Democratic US Senator from North Carolina" gave a body "Democratic US" ("Labor
    # Queensland", "Republican Iowa" alike); "former Quebec City broadcaster André Arthur" an organisation (no given
    # name with an accent was known); "finishing at the Wellington Arch" and "the London Eye" organisations
    got = _types(HEAD + "Hagan became the first female Democratic US Senator from North Carolina. Tributes came from "
                 "former broadcaster André Marlowe. The ride passed the London Eye and finished at the Wellington Arch.")
    assert got["Democratic Party"] == "organization" and got["United States"] == "place"
    assert got["André Marlowe"] == "person" and got["London Eye"] == got["Wellington Arch"] == "place"
    assert "Democratic US" not in got


def test_a_town_at_a_distance_the_met_and_airports_by_name():
    # made-up stories: "The boat had left Zuwara, about 110 km west of Tripoli" gave an organisation, "the Met's Counter
    # Terrorism Command" (after "the Metropolitan Police") a thing "Met", "causing delays at Dover and Heathrow"
    # organisations (Heathrow, Gatwick in 7 Wikinews articles too); a firm at a distance stays a firm
    a = actors(load_article(HEAD + "The boat had left Zuwara, about 110 km west of Tripoli. Acme Corp, some 40 "
                            "kilometres away, said so. The Metropolitan Police said the Met's Counter Terrorism Command "
                            "led the hunt. Checks caused delays at Dover and Heathrow."))
    got = a.groupby("actor")["type"].agg(["first", "size"])
    assert got.loc["Zuwara", "first"] == got.loc["Dover", "first"] == got.loc["Heathrow", "first"] == "place"
    assert got.loc["Metropolitan Police"].tolist() == ["organization", 2] and "Met" not in got.index
    assert got.loc["Acme Corp", "first"] == "organization"


def test_a_task_force_named_after_a_place():
    # Wikinews: "Rear Admiral Harry Harris, the commander of Joint Task Force Guantanamo says …" gave a person "Joint
    # Task Force Guantanamo" (its last word a place, no body's word at the end); "Task Force Lightning" a thing
    got = _types(HEAD + "Rear Admiral Harry Harrow, the commander of Joint Task Force Guantanamo says some detainees were "
                 "injured. Soldiers of Task Force Lightning patrolled the town.")
    assert got["Joint Task Force Guantanamo"] == got["Task Force Lightning"] == "organization"


def test_a_bodys_field_with_an_adjective_the_lexicon_lacks_and_a_crater():
    # a made-up Moon landing: "JAXA's Institute of Space and Astronautical Science" gave two bodies ("astronautical" is
    # no word of the lexicon; Wikinews: "the Ministry of Culture and Islamic Guidance" alike), "near the Shioli crater"
    # an organisation; "the University of Leeds and Bristol" stays a university and a city
    got = _types(HEAD + "Hitoshi Kuninaka, head of JAXA's Institute of Space and Astronautical Science, spoke. It landed "
                 "near the Shioli crater. The University of Leeds and Bristol agreed.")
    assert got["Institute of Space and Astronautical Science"] == got["University of Leeds"] == "organization"
    assert got["Shioli"] == got["Bristol"] == "place" and "Astronautical Science" not in got


def test_a_demonym_before_a_title_with_of_and_a_known_event_with_one_word_more():
    # Wikinews: "declarations such as the one made by Israeli Chief of Staff Lt Gen Dan Halutz" gave a thing "Israeli
    # Chief" (the detector read "Israeli Chief" as a person's two names before "of"); a made-up Tour de France report:
    # "The women's Tour de France Femmes" an organisation
    got = _types(HEAD + "He cited the one made by Israeli Chief of Staff Lt Gen Dan Halutor, that nothing is safe. The "
                 "women's Tour de France Femmes starts in Rotterdam.")
    assert got == {"Israel": "place", "Dan Halutor": "person", "Tour de France Femmes": "event", "Rotterdam": "place"}


def test_a_season_with_a_capital_before_a_year_is_no_name():
    # Wikinews: "the same vulnerable floodplains that in Fall 2005 were under 10 to 20 feet of water" gave a place
    # "Fall" (and "Spring 2006", "Summer 2007" elsewhere); "Fall River", "Spring Lake", "the Winter Olympics" stay names
    got = _types(HEAD + "Homes stood in floodplains that in Fall 2005 were under water. In Spring 2006 the plan was "
                 "revised. The town of Fall River agreed. Spring Lake residents and the Winter Olympics came.")
    assert got == {"Fall River": "place", "Spring Lake": "place", "Winter Olympics": "event"}


def test_a_firm_named_for_its_founder_and_sons_or_associates():
    # Wikinews: "troubled EG Green and Sons, trading as Harvey Beef" gave "EG Green" and a thing "Sons"; "the services of
    # Pamela Martin and Associates, a prostitution service" a person and a thing "Associates"
    got = _types(HEAD + "Administrators work to reopen EG Greenway and Sons, trading as Harvey Beef. He used the services "
                 "of Pamela Marten and Associates, an escort service.")
    assert got["EG Greenway and Sons"] == got["Pamela Marten and Associates"] == got["Harvey Beef"] == "organization"
    assert "Sons" not in got and "Associates" not in got


def test_a_century_after_its_ordinal_is_no_name():
    # Wikinews: "the most important challenge of the 21st Century" and "since reliable recording began in the 19th
    # Century" gave a thing "Century" (3 articles); a name after the century keeps it ("20th Century Fox" is no better
    # than before: a thing "Century Fox"), "the Century Club" stays a name
    got = _types(HEAD + "Climate change is the challenge of the 21st Century. Records began in the 19th Century, and the "
                 "Century Club met.")
    assert got == {"Century Club": "organization"}
