"""quotes(): who said what, on the seed and on the usual attribution patterns."""

from __future__ import annotations

import pandas as pd
import pytest

from toolkit import actors, load_article, quote_spans, quotes
from toolkit.schema import columns

QUOTE_COLUMNS = columns("quotes")
QUOTE_SPAN_COLUMNS = columns("quote_spans")


def _q(text: str) -> pd.DataFrame:
    return quotes(load_article("Headline for the story\n\n" + text))


def test_seed_every_quote_has_its_speaker(seed):
    q = quotes(seed)
    assert list(q.columns) == QUOTE_COLUMNS
    got = list(zip(q["speaker"], q["speaker_type"], q["partial"], strict=True))
    assert got == [
        ("Jen Psaki", "actor", False),  # “President Biden reiterated…,” said … Jen Psaki
        ("Yuri Ushakov", "actor", True),  # Ushakov said the call provided a “good background”
        ("officials on both sides", "anonymous", True),  # described by officials … as “serious”
        ("a senior administration official", "anonymous", False),  # “Biden paved two paths,”
        ("a senior administration official", "anonymous", True),  # “serious costs and consequences,”
        ("a senior administration official", "anonymous", False),  # quote-only paragraph after it
        ("Yuri Ushakov", "actor", True),  # Sir. Ushakov said Mr Putin “immediately responded”
        ("Yuri Ushakov", "actor", True),  # … “could lead to a complete collapse…”
        ("Yuri Ushakov", "actor", False),  # He added: “Our president…”
    ]
    assert q["verb"].tolist()[:2] == ["said", "said"]
    assert q["verb"].iloc[-1] == "added"
    assert q["text"].iloc[1] == "good background"
    assert q["n_words"].iloc[1] == 2
    for r in q.itertuples(index=False):
        assert r.text in " ".join(seed.text[r.start : r.end].split())
    # the headline's scare quote (‘Serious’) is not a quote anybody said
    assert (q["sent_id"] > 0).all()


def test_patterns_said_x_x_said_according_to():
    q = _q(
        "“We will win,” said Maria Lopez, the mayor. Tom Hale said: “It will rain.” "
        "According to Acme Corp, “sales doubled”. “It is over,” Hale said."
    )
    assert q["speaker"].tolist() == ["Maria Lopez", "Tom Hale", "Acme Corp", "Tom Hale"]
    assert q["verb"].tolist() == ["said", "said", "according to", "said"]
    assert q["partial"].tolist() == [False, False, False, False]


def test_pronoun_is_the_last_speaker_and_quote_only_paragraph_continues():
    q = _q(
        "“First point,” said Jane Roe.\n\n“Second point, in its own paragraph.”\n\n"
        "She added: “Third.”\n\nOfficials met on Monday."
    )
    assert q["speaker"].tolist() == ["Jane Roe", "Jane Roe", "Jane Roe"]
    assert q["speaker_type"].tolist() == ["actor"] * 3


def test_anonymous_and_unknown_speakers():
    q = _q("“The talks failed,” a senior diplomat said. The shop stayed “closed for winter” all week.")
    # (what a sign reads is no quote at all: test_what_a_sign_says_is_no_quote)
    assert q["speaker"].iloc[0] == "a senior diplomat"
    assert q["speaker_type"].iloc[0] == "anonymous"
    assert q["speaker"].iloc[1] is None and q["speaker_type"].iloc[1] == "unknown"
    assert q["verb"].iloc[1] is None


def test_straight_quotes_and_quote_across_paragraphs():
    text = 'John Smith said: "We start now.\n\n"And we go on until the end."\n\nNothing else happened that day.'
    art = load_article("Headline for the story\n\n" + text)
    q = quotes(art)
    assert len(q) == 1
    assert q["speaker"].iloc[0] == "John Smith"
    assert q["text"].iloc[0] == "We start now. And we go on until the end."


def test_quote_spans_unchanged(seed):
    sp = quote_spans(seed)
    assert list(sp.columns) == QUOTE_SPAN_COLUMNS
    assert sp["text"].iloc[0] == "‘Serious’"
    assert len(sp) == 10


def test_listener_and_appositions_are_not_the_speaker():
    q = _q(
        "“We deny it,” Colonel Ha Doo-chul told Yonhap. "
        "Acme's chief executive, Anna Berg, said: “Sales will grow.” "
        "Tom Hale defended the plan, saying “it works”."
    )
    assert q["speaker"].tolist() == ["Ha Doo-chul", "Anna Berg", "Tom Hale"]
    assert q["verb"].tolist() == ["told", "said", "saying"]
    assert q["partial"].tolist() == [False, False, True]


def test_pronoun_without_previous_quote_is_the_last_person_named():
    q = _q("Maria Lopez spoke at the rally on Monday. She said: “We will not stop.”")
    assert q["speaker"].tolist() == ["Maria Lopez"]


def test_attribution_in_its_own_short_sentence_and_split_quote_with_opines():
    q = _q('Mayor Lena Fox spoke. "We deserve the truth." Fox said. Next came rain.')
    assert q["speaker"].tolist() == ["Lena Fox"] and q["verb"].tolist() == ["said"]
    q = _q('"Harris can rest easy", Omar Lund opines, "she will not be blocked."')
    assert q["speaker"].tolist() == ["Omar Lund", "Omar Lund"]


def test_colon_quote_belongs_to_the_clause_subject_not_an_object():
    q = _q('Governor Ada Marsh addressed the public: "Stay inside."')
    assert q["speaker"].tolist() == ["Ada Marsh"]
    q = _q('In his message, he praised Tom Vale\'s life: "He was a stellar example."')
    assert q["speaker"].tolist() == [None]


def test_he_never_resolves_to_an_organisation():
    q = _q(
        'Prime Minister Ivo Rask met judges. The Supreme Court ruled: "The order is void." '
        'Later he said he was "cautiously optimistic".'
    )
    assert q["speaker"].tolist() == ["Supreme Court", "Ivo Rask"]


def test_an_unnamed_source_described_by_an_organisation_is_that_source():
    q = _q(
        '"Meadows screwed everybody," said one GOP operative in the state. '
        '"It was a mistake," said a White House official. "We are ready," said the Kremlin. '
        '"Talks failed," an AEW press release said.'
    )
    assert q["speaker"].tolist() == ["one GOP operative in the state", "a White House official", "Kremlin", "AEW"]
    assert q["speaker_type"].tolist() == ["anonymous", "anonymous", "actor", "actor"]


def test_he_after_an_unnamed_source_is_the_person_named_since():
    q = _q(
        '"Its only use is processing," said a ministry spokesperson. Mr Gordon Thompson, who opposes '
        'the plan, said it was built far away. "It\'s a long way from the mainland," he said.'
    )
    assert q["speaker"].tolist() == ["a ministry spokesperson", "Gordon Thompson"]


def test_he_after_a_quote_is_the_person_named_in_a_later_sentence():
    q = _q(
        '"We will fight," Prime Minister Ivo Rask said. Labour spokesman Mark Oaten urged calm. '
        '"There is a lot of talking left," he said.'
    )
    assert q["speaker"].tolist() == ["Ivo Rask", "Mark Oaten"]
    # the same sentence as the last quote: still its speaker ("…," Rask said, citing Tom Vale)
    q = _q('"We will fight," Ivo Rask said, citing a report by Tom Vale. "It is clear," he said.')
    assert q["speaker"].tolist() == ["Ivo Rask", "Ivo Rask"]


def test_more_verbs_of_saying_and_ing_verbs_take_no_object_as_speaker():
    q = _q('Prosecutor Josh Bash characterized the attack as "designed to intimidate a civilian population." '
           'Victoria Zaragoza, a resident, lashed, "I am outraged by the pollution."')
    assert q["speaker"].tolist() == ["Josh Bash", "Victoria Zaragoza"]
    q = _q('The director Ryan Coogler spoke, recalling their first meeting, "I noticed he was calm."')
    assert q["speaker"].tolist() == ["Ryan Coogler"]  # not "their first meeting"


def test_an_auxiliary_before_the_verb_is_not_part_of_the_source():
    q = _q('As one commentator has argued, "Without class politics, identity politics is an alibi." '
           'The way people have said "no" matters.')
    assert q["speaker"].tolist()[0] == "one commentator"
    assert q["speaker_type"].tolist()[0] == "anonymous"
    assert q["speaker"].tolist()[1] is None  # "the way people (have said)" is no source


def test_a_quote_paragraph_after_reported_speech_is_the_reporting_speakers():
    q = _q(
        "Marwan Al-Hams runs the hospital in Rafah. Any small hospital, he said, would need these supplies."
        "\n\n“It is not enough for one day in a hospital.”\n\nThe ministry said the fuel ran out.\n\n“We are afraid.”"
    )
    assert q["speaker"].tolist() == ["Marwan Al-Hams", None]  # an unnamed "ministry" is not guessed


def test_a_title_holder_of_an_institution_is_an_unnamed_source_but_a_spokesman_speaks_for_it():
    q = _q("The Chancellor of the Exchequer said the cuts would be “deeper and tougher”. "
           "“We are ready,” said a spokesman for the Kremlin. “No,” said a Kremlin spokesman.")
    assert q["speaker"].tolist() == ["The Chancellor of the Exchequer", "Kremlin", "Kremlin"]
    assert q["speaker_type"].tolist() == ["anonymous", "actor", "actor"]


def test_a_statement_that_read_is_its_authors_and_reacted_is_a_verb_of_saying():
    q = _q('Facebook released a statement which read, in part, "This judgment raises critical questions." '
           'Mick Jagger of The Rolling Stones also reacted on Twitter, "Sad news that Ginger Baker has died." '
           'He read "War and Peace" twice.')
    assert q["speaker"].tolist()[:2] == ["Facebook", "Mick Jagger"]


def test_went_on_indicated_and_put_it_attribute_to_their_subject():
    q = _q("Nurse Nesma Hajjaj works at the Al Aqsa hospital.\n\n“I am shocked,” she went on. “I cannot express how "
           "I feel.”\n\nApple's vice-president of marketing, Greg Joswiak, indicated that the patch is for people who "
           "want “an easy-to-use option.” Traffic “ground to a halt” — as the Supreme Court decision put it — on the "
           "bridge.")
    assert q["speaker"].tolist()[:3] == ["Nesma Hajjaj", "Nesma Hajjaj", "Greg Joswiak"]
    assert q["verb"].tolist()[:3] == ["went on", None, "indicated"]
    assert q["speaker"].iloc[3] == "Supreme Court"


def test_indicated_takes_no_speaker_after_it_nor_after_a_quote():
    q = _q("A close vote was expected as the last opinion poll a month ago indicated a small advantage for the "
           "“yes”, but a substantial 16% of non-decided.\n\n"
           "He was told by Emergencies Minister Yevgeny Zinichev of “presumably 40 people under the rubble”, while "
           "Deputy Governor Oleg Klimov indicated 68 people were missing.")
    assert q["speaker"].tolist() == [None, "Yevgeny Zinichev"]


def test_a_person_described_by_a_place_is_an_unnamed_source():
    q = _q("Ryanair will grow. The notoriously eccentric Mullingar man went on to tell the press “The very fact "
           "that a Mickey Mouse Irish airline can start in a field is remarkable.”")
    assert q["speaker"].tolist() == ["The notoriously eccentric Mullingar man"]
    assert q["speaker_type"].tolist() == ["anonymous"]


def test_relative_clause_subject_and_reported_speech_verbs():
    q = _q("Violence fell, according to Maj Gen William Caldwell, who claimed “Insurgents are hitting back.” "
           "RNL Bio, which performed the cloning, said that “we commemorate the first commercial cloning.” "
           "Chi Onwurah, the Labour MP for Newcastle Central, who is supporting the report, said it was “damning”. "
           "Sudesh Amman, who was described as “knife-obsessed” by the police, sent videos.\n\n"
           "“It is a terrible, tragic thing,” Geithner summarized. “North Korea fired a missile,” a Japanese "
           "Defense Ministry official was quoted as saying. “Please keep praying.” the letter read. In his church, "
           "Pastor Ted Haggard preached “we don't have to debate” every week. Analyst Jane Redeker points out that "
           "“Saudi Arabia has $800bn.” Foreign Secretary Jack Straw is reported to have said that, “We're committed to Iraq.”")
    assert q["speaker"].tolist() == [
        "William Caldwell", "RNL Bio", "Chi Onwurah", None,  # passive: the police's words, not Amman's
        "Geithner", "a Japanese Defense Ministry official", "the letter", "Ted Haggard", "Jane Redeker", "Jack Straw",
    ]


def test_verbs_of_judging_quote_their_subjects_judgement():
    q = _q("The U.S. criticized today's launch as “not constructive.” President Donald Trump hailed the agreements as the “dawn of "
           "a new Middle East.” Lebanon condemned the operation as a “flagrant violation”. Microsoft has been "
           "criticized in the past for “sitting on” huge reserves. He criticised the lack of support for low "
           "earners, stating “The government claims this is fair.”")
    got = q["speaker"].tolist()
    assert got[:3] == ["United States", "Donald Trump", "Lebanon"]
    assert got[3] is None  # passive: the critics' words, not Microsoft's
    assert got[4] != "the lack"  # the object of the verb is never its speaker


def test_thanking_praising_and_attacking_quote_their_subjects_words():
    # Wikinews: the London mayor's statement, Trump on the Democratic convention, a father's thanks for a donated heart
    q = _q("The mayor of London, Sadiq Khan, thanked “the police, security and emergency services staff for their swift "
           "and courageous response”. In a later speech, Donald Trump assailed the event as the “darkest and angriest "
           "and gloomiest convention in American history.” President George W. Bush commended the government of "
           "Benin for their “fight against corruption”. Her father thanked Ahmed's family “from the depths of my "
           "heart” and called the donation a “gesture of love”. Senator Jane Smith has been lambasted for “a reckless "
           "budget”.")
    got = q["speaker"].tolist()
    assert got[:3] == ["Sadiq Khan", "Donald Trump", "George W. Bush"]
    assert got[3] == got[4] == "Her father"  # not Ahmed, the object's owner
    assert got[5] is None  # passive: the critics' words, not hers


def test_a_bodys_head_title_then_a_comma_and_the_person():
    # Wikinews: '"…," said Korean Railroad President, Lee Chul to the press' (was the railroad)
    q = _q("“Though we start with a cargo train, it will lead to a passenger service,” said Korean Railroad President, "
           "Lee Chul to the press. “The award goes to them,” said Chair of the WMF Board of Trustees, Florence Devouard.")
    assert q["speaker"].tolist() == ["Lee Chul", "Florence Devouard"]


def test_a_title_after_said_then_the_person_and_more_verbs():
    q = _q("“I just talked to him a few minutes ago,” said Chief of surgery, Dr. Michel Pellerin. “This day I "
           "re-experience many memories,” said his father, Abdullah Kurdi. The kitchen was “not free of rodents,” "
           "said Commissioner of the Erie County Health Department, Dr. Anthony Billittier. In a statement the World "
           "Economic Forum expressed its “great sadness and regret” at the news. The Oxford English Dictionary "
           "defines McJob as “an unstimulating, low-paid job.” Google's David Drummond affirms that “these accounts "
           "have not been accessed.” Bennett said that the report reflected “a complete failure”.")
    assert q["speaker"].tolist() == [
        "Michel Pellerin", "Abdullah Kurdi", "Anthony Billittier", "World Economic Forum", "Oxford English Dictionary",
        "David Drummond", "Bennett",  # "reflected" is no verb of saying: Bennett said it
    ]


def test_more_speakers_and_adjectival_participles():
    q = _q("“Thanks for apologizing on behalf of the Iraqi people” said Bush in regards to the incident. The "
           "supporters included Senator Robert Menendez of New Jersey, who said in support, “Let us not judge the "
           "man prematurely.” Ambassador Jendayi Frazer answered with, “Secretary Rice's engagement has been "
           "welcomed.” Democrats said it misrepresented the comments of Rep. John Murtha (D-PA), who a day before "
           "said “Our troops have become the enemy.”\n\nGovernor Andrew Cuomo said he took “solace” from this fact, "
           "as well as the continued decline in the number of patients admitted to hospitals.")
    assert q["speaker"].tolist() == ["Bush", "Robert Menendez", "Jendayi Frazer", "John Murtha", "Andrew Cuomo"]


def test_a_description_then_the_person_it_names():
    text = ("Headline\n\n“We are likely to emerge slowly,” said the chief economist at Morgan Stanley in New York, "
            "Richard Berner. “It is bad,” said a spokesman for Acme Corp in Paris.")
    q = quotes(load_article(text))
    assert q["speaker"].tolist() == ["Richard Berner", "Acme Corp"]  # not New York, not Paris


def test_a_quote_running_on_into_the_next_paragraph_keeps_its_speaker():
    # no closing mark at the paragraph's end, and the paragraph break lost: the next paragraph's
    # opening mark closes the span and its first word follows it directly
    text = ("Headline\n\nMr Fraser spoke. \"There are no real safeguards,\" he said. \"The law should be opposed "
            "because the process is flawed. \"Instead of a discussion, the Government has acted in secret.\"")
    q = quotes(load_article(text))
    assert q["speaker"].tolist()[:2] == ["Fraser", "Fraser"]
    text = ("Headline\n\n\"It is a mistake,\" said Nikki Haley. Brett McGurk also criticized the decision. "
            "\"The statement shows a lack of understanding. \"Nothing more was said.\"")
    q = quotes(load_article(text))
    assert q["speaker"].tolist()[1] != "Nikki Haley"  # a newly named person came between


def test_a_rank_abbreviation_and_an_inverted_verb_of_saying():
    text = ("Headline\n\nAccording to Basra police spokesman Lieut. Colonel Kareem al-Zaidi, \"a helicopter was hit "
            "by a rocket.\" Wang Zaixi met the press. Added Wang, \"No one is more desirous of peace.\"")
    q = quotes(load_article(text))
    assert q["speaker"].tolist() == ["Kareem al-Zaidi", "Wang Zaixi"]


def test_a_name_an_apposition_and_an_auxiliary_before_the_verb():
    text = ("Headline\n\nCol. Bob Chase, the chief of operations for the Second Marine Division, has said there were "
            "\"a handful\" of casualties. The interior minister, Carlos Abascal, has said that a recount is "
            "\"impossible.\" The head of the Taliban, Mullah Omar, has declared that \"jihad will not cease.\" "
            "Retailers across the U.S. have also reported that buyers \"paid cash.\"")
    q = quotes(load_article(text))
    # (the retailers, a group: not the United States; the dot of "U.S." after "the" no longer ends the phrase; "Mullah
    # Omar" as the list of well-known people writes him, the title kept)
    assert q["speaker"].tolist() == ["Bob Chase", "Carlos Abascal", "Mullah Omar", "Retailers across the U.S."]
    assert q["speaker_type"].tolist()[-1] != "actor"


def test_according_to_him_and_a_quote_sentence_after_reported_speech():
    text = ("Headline\n\nThe adviser to the Crown Prince, Adel al-Jubeir, said that Saudi Arabia could produce more. "
            "According to him: \"We believe that the price does not reflect the market.\" Officials met.\n\n"
            "Mr Putin said the move was a response to threats. \"I made a decision to restore flights.\" Mr Putin "
            "spoke on the last day.\n\n"
            "Reuters reports that organisers hoped for a million people. \"What do we want? Peace!\" lawmaker "
            "Bikhim Hsiao chanted.\n\n"
            "The companies probably told them, \"We'll have work for you later.\"")
    q = quotes(load_article(text))
    # (the chant's speaker is the lawmaker named after it, not Reuters: "chanted" is a verb of saying now)
    assert q["speaker"].tolist() == ["Adel al-Jubeir", "Putin", "Bikhim Hsiao", None]


def test_a_surname_that_is_a_title_word_after_a_title_and_termed():
    text = ("Headline\n\nSenator Mark Bishop spoke first. Senator Bishop also said that the agency \"negotiated "
            "benefits that never materialised\". A Government member, Sophie Panopoulos, termed the amendments "
            "\"a fraud\". The plan, which has been termed \"a disaster\", failed.")
    q = quotes(load_article(text))
    assert q["speaker"].tolist() == ["Mark Bishop", "Sophie Panopoulos", None]


def test_he_after_a_new_person_whose_sentence_holds_the_last_quotes_closing_mark():
    # the splitter puts the closing mark of '… brand. "' at the start of the next sentence
    q = _q('Ann Lee, head of the group, said it was a good day. She then said that "this is a big deal for the '
           'brand. " Paul Mason, chair of the seller, also commented. "We share a vision. We will be twice as '
           'strong," he said.')
    assert list(q["speaker"]) == ["Ann Lee", "Paul Mason"]


def test_a_name_inside_the_object_of_a_verb_of_saying_is_no_source():
    q = _q('Members such as Brendan Hale spoke, stating that the minister "wants to be seen as a warrior", and '
           "also explains the reason for the Opposition's shift in policy.")
    assert list(q["speaker"]) == ["Brendan Hale"]


def test_a_pull_quote_takes_the_speaker_of_the_quote_that_repeats_it():
    q = _q("Hospitals are closing.\n\n\u201cWe ran out of fuel and the electricity is cut off.\u201d\n\n\u201cFor days we "
           "warned about it,\u201d Dr. Sobhi Skaik, the director of the hospital, said. \u201cNow it has happened: we "
           "ran out of fuel and the electricity is cut off.\u201d")
    assert q["speaker"].tolist() == ["Sobhi Skaik", "Sobhi Skaik", "Sobhi Skaik"]


def test_a_repeated_slogan_takes_no_speaker_from_an_organisation():
    q = _q('“We will not be silent at all.”\n\nIt was a long day. Acme Corp said in a statement: '
           '“We will not be silent at all.”')
    assert q["speaker"].tolist() == [None, "Acme Corp"]


def test_a_quote_sentence_after_reported_speech_is_the_subjects_past_an_apposition():
    q = _q("Tyler Cowen, a professor of economics at George Mason University, stated that he believed the award "
           "was political. \"They could have waited and nobody would have asked that question.\" Others disagreed.")
    assert q["speaker"].tolist() == ["Tyler Cowen"]
    q = _q("The MP who originally proposed the bill, Nadine Dorries, commented on the result. \"There comes a point "
           "when it has to be said that this is wrong.\" The vote was lost.")
    assert q["speaker"].tolist() == ["Nadine Dorries"]
    q = _q("A professor at the Lagos Business School, Prof Pat Utomi, said that was the right decision. \"Who is to "
           "say you won't see the same behaviour again?\"")
    assert q["speaker"].tolist() == ["Pat Utomi"]


def test_a_person_named_in_brackets_of_an_earlier_clause_is_no_subject():
    q = _q("The day celebrates the Treaty of Waitangi (Te Tiriti o Waitangi). , leader of the party, has said that "
           "the celebrations matter. \"Across the ditch, Australians celebrate a day that is about one thing.\"")
    assert q["speaker"].tolist() == [None]


def test_a_capitalised_name_after_a_closing_straight_quote_and_comma_is_mid_sentence():
    # "Frist" is a foreign word in the lexicon: at a sentence start it would read as a common word
    q = _q('"I will introduce legislation, in consultation with the Administration," Frist said. If it passes, '
           "it becomes law.")
    assert q["speaker"].tolist() == ["Frist"]


def test_proclaimed_accused_did_say_and_asked_after_the_quote():
    q = _q('Zebari proclaimed "We will hoist the Iraqi flag in Syria and the Syrian flag in Iraq". He left.')
    assert q["speaker"].tolist() == ["Zebari"]
    q = _q('His opponent, Joe Biden, in a message to fundraisers, accused Trump of "trying to scare the hell out of '
           'America." Biden left.')
    assert q["speaker"].tolist() == ["Joe Biden"]
    q = _q('Sgt. Kimberly Schneider, Capitol Police spokeswoman did say, "The Capitol Police are continuing to '
           'investigate." It is not known.')
    assert q["speaker"].tolist() == ["Kimberly Schneider"]
    q = _q('"If governments were really serious about cannabis, would they not fund treatment?" asked Dr Wodak. '
           "The laws differ.")
    assert q["speaker"].tolist() == ["Wodak"]


def test_a_spokesman_after_a_clause_naming_someone_else_is_the_organisations_voice():
    q = _q('After the meeting with John Smith, a Kremlin spokesman said: "We are pleased."')
    assert q["speaker"].tolist() == ["Kremlin"]


def test_a_capitalised_group_opening_the_sentence_is_an_unnamed_source_but_not_after_a_quote():
    q = _q('Police said, "At all times, they responded within their mandate to keep order."')
    assert q["speaker"].tolist() == ["Police"] and q["speaker_type"].tolist() == ["anonymous"]
    q = _q('Witnesses told reporters that "the building shook for a minute." Others agreed.')
    assert q["speaker"].tolist() == ["Witnesses"]


def test_a_possessors_response_or_verdict_is_their_quote():
    q = _q('The leader of the Ulster Unionist Party, Sir Reg Empey\'s response was, "We urgently need to have an '
           'input into this." Empey left.')
    assert q["speaker"].tolist() == ["Reg Empey"]
    q = _q('"We will close the book," Bertie Ahern said. His verdict on the plan was, "If the parties cannot find '
           'a way forward, we have to act."')
    assert q["speaker"].tolist() == ["Bertie Ahern", "Bertie Ahern"]


def test_accused_without_an_object_and_a_noun_of_a_person_are_no_speakers():
    q = _q('Radovan Karadzic and General Ratko Mladic, the men accused of "genocide", were free. He left.')
    assert q["speaker"].tolist() == [None]
    q = _q('Some tenants of John Mobius\'s buildings have accused him of being a "slumlord". He denied it.')
    assert q["speaker"].tolist() == ["Some tenants of John Mobius's buildings"]
    assert q["speaker_type"].tolist() == ["anonymous"]


def test_a_named_person_then_the_description_of_their_post_is_that_person():
    q = _q('Inmates attacked guards. Rear Admiral Harry Harris, the commander of Joint Task Force Guantanamo says some '
           'detainees were injured in "the most violent outbreak" at the facility.')
    assert q["speaker"].tolist() == ["Harry Harris"]


def test_spoke_went_on_to_say_adverbs_and_according_to_after_the_quote():
    q = _q('Senator Lindsey Graham spoke on Fox News, "This is going to lead to a reemergence." Then he left.')
    assert q["speaker"].tolist() == ["Lindsey Graham"]
    q = _q('He said that the talks "will resume soon" and that Smith spoke of a "new era".')
    assert q["speaker"].tolist() == [None, None]  # "spoke" attributes only before a quote, after a comma or colon
    q = _q('Chris Dodd said, "I have been a senator for thirty years." He then went on to say, "Over the past months, '
           'I managed four bills." Joe Biden said it was sad. He furthermore stated, "The nation will miss him."')
    assert q["speaker"].tolist() == ["Chris Dodd", "Chris Dodd", "Joe Biden"]
    q = _q('The new missile was tested. "Our defence will continue to be strengthened," according to the army.')
    assert q["speaker"].tolist() == ["the army"]


def test_a_quote_sentence_after_an_inverted_attribution_is_that_persons():
    q = _q("It does not fall into the category of chemical weapons, says Professor Paul Rodgers from the University of "
           'Bradford. "It is not counted under the chemical weapons convention." The book came out in May.')
    assert q["speaker"].tolist() == ["Paul Rodgers"]


def test_spoke_right_before_a_quote_is_a_description_not_an_attribution():
    q = _q("At the ceremony, a lawyer in attendance, Shannon Kilpatrick, tweeted that Ann Lee spoke \u201cmovingly "
           "about her background and the importance of having diverse judges.\u201d")
    assert q["speaker"].tolist() == ["Shannon Kilpatrick"]


def test_cited_and_regards_as_quote_their_subjects_words_but_not_in_the_passive():
    q = _q('Leeper regards that as "the cutting-edge part of our ordinance". One of the agencies, Fitch, cited '
           '"California\'s continuing economic recovery" when upgrading. He was regarded as "a traitor" by many.')
    assert q["speaker"].tolist() == ["Leeper", "Fitch", None]


def test_a_pronoun_or_description_opening_the_sentence_speaks_after_comma_saying():
    # corpus sentences (Wikinews): the quote after ", saying" had no speaker when the sentence
    # opened with a pronoun or a description rather than a name
    q = _q("Senator Christopher Dodd announced that he would not run again. He refused to take questions, "
           "saying \"I have been a senator for thirty years.\"")
    assert q["speaker"].tolist() == ["Christopher Dodd"] and q["verb"].tolist() == ["saying"]
    q = _q("Sutiyoso is a retired general. The now-governor refused to accept the request for summons, "
           "saying \"I have nothing to do with the case.\"")
    assert q["speaker"].tolist() == ["The now-governor"] and q["speaker_type"].tolist() == ["anonymous"]
    q = _q("The Attorney General attacked the Civil Unions Act, saying that it was \"provocative\" and unfair.")
    assert q["speaker"].tolist() == ["The Attorney General"]
    # not a progressive verb without a comma, not a subject broken by a dash
    q = _q("An unprecedented wind storm—which some are calling an “inland hurricane”—left people without power.")
    assert q["speaker"].isna().all()


def test_quoted_x_as_saying_is_x_not_the_outlet():
    # corpus sentences (Wikinews): the outlet was the speaker
    q = _q("The Guardian quoted an unnamed Downing Street source as saying that the decision was \"entirely up "
           "to the attorney general\" and nobody else.")
    assert q["speaker"].tolist() == ["an unnamed Downing Street source"]
    q = _q("The BBC quoted Kostov as saying \"there is no will for genuine teamwork in this coalition.\"")
    assert q["speaker"].tolist() == ["Kostov"]
    # the passive keeps its subject: "was quoted by AFP as saying"
    q = _q("The head of the channel, John Ryley, was quoted by the AFP news agency as saying that \"the conflict "
           "forms part of a wider story\" for viewers.")
    assert q["speaker"].tolist() == ["John Ryley"]


def test_she_and_he_skip_a_person_whose_given_name_says_otherwise():
    # corpus sentences (Wikinews): "she said" went to the last speaker, a man
    q = _q("\"I have made a decision,\" said Michael Byers, a professor. Diana Murugi lost her two sons in the "
           "fighting. \"We want the same government,\" she said.")
    assert q["speaker"].tolist() == ["Michael Byers", "Diana Murugi"]
    q = _q("Sen. Elizabeth Warren accused Michael Bloomberg of racism. Bloomberg's campaign countered. \"It will be "
           "a live demonstration of how we each take on a billionaire,\" she said Tuesday.")
    assert q["speaker"].tolist() == ["Elizabeth Warren"]
    # no one of that sex named: no speaker rather than the wrong one
    q = _q("\"We will appeal,\" said Mark Oaten. \"Having a judge impose those punishments does not sanitise them,\" "
           "she added.")
    assert q["speaker"].tolist() == ["Mark Oaten", None]
    # names read otherwise outside the US are no cue ("Hilary Benn" is a man)
    q = _q("International development minister Hilary Benn made a statement. He said: \"I visited the camps.\"")
    assert q["speaker"].tolist() == ["Hilary Benn"]


def test_more_shapes_of_attribution():
    # corpus sentences (Wikinews)
    q = _q("The video showed the men. \"My name is Jason and today is the 18th of November,\" said one of the hostages.")
    assert q["speaker"].tolist() == ["one of the hostages"]
    q = _q("Coretta Scott King founded the Martin Luther King Jr. Center for Nonviolent Social Change in Atlanta. "
           "\"The centre enables us to go out and struggle against the evils,\" she often said.")
    assert q["speaker"].tolist() == ["Coretta Scott King"]
    q = _q("\"I cannot confirm these rumors,\" Ruslan Aubakirov, head of district administration, told RIA Novosti.")
    assert q["speaker"].tolist() == ["Ruslan Aubakirov"]
    q = _q("Director Tom Winch made comedy films. He then approached a director and said, \"I want you to make a "
           "pure horror movie.\"")
    assert q["speaker"].tolist() == ["Tom Winch"]


def test_a_dash_and_a_name_after_a_quote_credit_it():
    # corpus lines (Wikinews): a pull quote's credit and an epigraph's
    q = _q("\"More women are getting into technical fields now than ever before.\"\u00a0\u00a0— \u200dAparna Garg, "
           "Mysore Divisional Railway Manager\n\nShe spoke to us.")
    assert q["speaker"].tolist() == ["Aparna Garg"]
    q = _q("\"No man's life, liberty or property are safe while the legislature is in session.\" - Judge Gideon J. Tucker")
    assert q["speaker"].tolist() == ["Gideon J. Tucker"]
    # a dash between two clauses is no credit
    assert _q("He called it \"a disgrace\" - Smith disagreed.")["speaker"].isna().all()


def test_he_after_a_place_or_outlet_is_the_person_not_the_place():
    q = _q("Lt. General Peter Chiarelli, the No. 2 US general in Iraq, made the assertion. In a video teleconference "
           'with reporters at the Pentagon he said, "by creating jobs, the government would win." Jane Roe praised '
           'the plan. During an interview with CNN in 2008 she said, "The first thing is to love the land."')
    assert q["speaker"].tolist() == ["Peter Chiarelli", "Jane Roe"]


def test_a_person_described_by_a_place_and_an_office_held_for_a_country():
    q = _q('Del Borgsdorf, the city manager of San Jose, California announced his resignation, citing "personal '
           "reasons\". Communication expert Jonathan Rose of Queen's University in Kingston, Ontario told the press: "
           '"It is over." Syria\'s foreign minister has said that the resolution is a "disgrace". A former official '
           "from India's aviation ministry said that \"pilots erred\". Iran called the abduction a \"crime\".")
    assert q["speaker"].tolist() == ["Del Borgsdorf", "Jonathan Rose", "Syria's foreign minister",
                                     "A former official from India's aviation ministry", "Iran"]
    assert q["speaker_type"].tolist() == ["actor", "actor", "anonymous", "anonymous", "actor"]


def test_a_spokesman_in_a_city_is_the_spokesman():
    q = _q('Troops arrived. "The crowd attacked," a British military spokesman in London said. A Kremlin spokesman '
           'said "no".')
    assert q["speaker"].tolist() == ["a British military spokesman in London", "Kremlin"]


def test_by_saying_belongs_to_the_subject():
    q = _q("Ryanair CEO Michael O'Leary justified his choice of Boeing by saying, \"It has the lowest unit cost.\"")
    assert q["speaker"].tolist() == ["Michael O'Leary"]


def test_saying_after_a_prepositional_object_belongs_to_the_clauses_subject():
    # Wikinews: the cartoons' prophet is the object of "referred to", not the one saying
    q = _q('In the tape Zawahiri says that Jesus is not sacred. Zawahiri also referred to the Prophet Muhammad '
           'cartoons saying, "they did it on purpose and they continue to do it without apologizing".')
    assert q["speaker"].tolist() == ["Zawahiri"]


def test_after_the_quote_the_person_an_apposition_names_not_the_firm_whose_title_it_is():
    # Wikinews: a firm's possessive, a capitalised title or a role, then the person between commas
    q = _q('"Increasingly people want to stay connected," Gemalto\'s Head of Mobile Business (Facebook), Henri '
           'Moissinac, said in a statement. "The GDP data was much better than we expected," Bank of East Asia\'s '
           'chief economist, Paul Tang, noted.')
    assert q["speaker"].tolist() == ["Henri Moissinac", "Paul Tang"]


def test_according_to_closing_the_sentence_attributes_the_quote_in_it():
    # Wikinews: "according to" at the end of the sentence, not right after the closing mark
    q = _q('The device was located and recovered "broken into two pieces" from under eight metres of mud, according '
           'to investigators. The coalition was launched over the "grave threat" to free speech the bill poses, '
           'according to co-founder, Cameron Slater, who spoke to Wikinews.')
    assert q["speaker"].tolist() == ["investigators", "Cameron Slater"]
    # not across a semicolon, and never a web address
    q = _q('She married a "brave" man, Pasquale Di Cicco; but, according to her memoirs, she loved another. It is an '
           '"evident crime", a crime which, according to article [http://example.org/code L224-6] of the Penal Code, is '
           'punished.')
    assert q["text"].tolist() == ["brave", "evident crime"] and q["speaker"].isna().all()


def test_he_after_a_sentence_opening_with_a_possessive_in_a_clause_is_the_subject():
    # The Village Voice: "In 2016, as Trump’s improbable rise to power continued, Schwartz disavowed the book …
    # “I put lipstick on a pig,” he told the New Yorker’s Jane Mayer"
    q = _q("Tony Schwartz wrote the book with Donald Trump. In 2016, as Trump’s improbable rise to power continued, "
           "Schwartz disavowed the book. “I put lipstick on a pig,” he told the New Yorker’s Jane Mayer.")
    assert q["speaker"].tolist() == ["Tony Schwartz"]


def test_a_time_or_a_stray_comma_before_the_verb_of_saying_hides_no_subject():
    # Wikinews: "One activist, Nur Khan Liton, on Sunday told Agence France-Presse arson has been used “…”";
    # "The United States Ambassador to Turkey , said in a statement: “…”"; "The newspaper, owned by the Tehran
    # city council, says that …" is no quote of Tehran's
    q = _q('One activist, Nur Khan Liton, on Sunday told Agence France-Presse arson has been used "as a weapon to '
           'evict poor slum dwellers". The United States Ambassador to Turkey , said in a statement: "It is '
           'inappropriate now to speculate." The newspaper, owned by the Tehran city council, says that the cartoons '
           'will show "America and Israel\'s crimes and plundering".')
    assert q["speaker"].tolist()[:2] == ["Nur Khan Liton", "The United States Ambassador to Turkey"]
    assert q["speaker"].iloc[2] != "Tehran"


def test_alderman_abbreviation_empty_marks_and_a_time_are_handled():
    # Wikinews: '"Unless you have rules, things don’t work so well," said Ald. Madeleine King.' ("Ald." ended the
    # sentence and was the speaker); 'has not performed the ceremonious "" usually required' (empty marks: no
    # quote); 'the withdrawal from the "immediate area" first announced seven days earlier' (a time, no source)
    q = _q('"Unless you have rules, things don\'t work so well," said Ald. Madeleine King. "It\'s not targeting the '
           'homeless," she added. North Korea has not performed the ceremonious "" usually required by nuclear '
           'powers. The US announced a withdrawal beyond the withdrawal from the "immediate area" first announced '
           'seven days earlier.')
    assert q["speaker"].tolist()[:2] == ["Madeleine King", "Madeleine King"]
    assert "" not in q["text"].str.strip().tolist()
    assert "seven days" not in q["speaker"].tolist()


def test_a_place_after_a_preposition_before_saying_is_where_not_who():
    # Wikinews: ", , addressed the crowd at the Wellington service saying “…”" (the names were lost)
    q = _q('About 5000 people gathered at the Cenotaph. , , addressed the crowd, at the Wellington service saying '
           '"Soldiers gave their lives for us."')
    assert "Wellington" not in q["speaker"].tolist()


def test_informed_is_a_verb_of_saying_whose_object_is_the_listener():
    # Wikinews: 'She informed police she had diplomatic immunity, but "that she had no plans to leave"'
    q = _q('Police spoke with Anne Sacoolas as a suspect. She informed police she had diplomatic immunity, but "that '
           'she had no plans to leave the country in the near future". "Thai Raksa Chart party complies with the '
           'royal command," the party informed the Election Commission.')
    assert q["speaker"].tolist() == ["Anne Sacoolas", "the party"]


def test_they_is_never_one_named_person():
    # Wikinews: '"We are now in a mission to bring people together," said Moussa. Sunni Arab leaders met Saturday
    # … They called on their followers to oppose the referendum "by all legitimate means."'
    q = _q('"We are now in a mission to bring people together," said Amr Moussa. Sunni Arab leaders met Saturday to '
           'discuss a boycott. They called on their followers to oppose the referendum "by all legitimate means."')
    assert q["speaker"].tolist()[0] == "Amr Moussa" and q["speaker"].tolist()[1] != "Amr Moussa"


def test_a_name_modifying_a_noun_is_no_antecedent_of_he():
    # Wikinews: '… the media release and website used the Forbes name. "While we would not wish to oppose free
    # speech …"'; "he visited the Kwame Nkrumah mausoleum"
    q = _q('The spokesman William Adamopoulos said he is considering legal action. According to reports, the website '
           'used the Steve Forbes name. "While we would not wish to oppose free speech, this is fraud," he said.')
    assert q["speaker"].tolist() == ["William Adamopoulos"]


def test_with_a_noun_phrase_and_a_participle_of_saying_the_noun_phrase_speaks():
    # The Village Voice: 'his trial began, with the prosecution describing the Nazi leader as “the soul of the
    # whole undertaking.”'; Wikinews: 'with one analyst saying the move "boosts sentiment"', 'with one station
    # unironically declaring a candidate … as "well up in front"'
    q = _q('In early 1924, his trial for high treason began, with the prosecution describing the Nazi leader as "the '
           'soul of the whole undertaking." Response to the deal was positive, with one analyst saying the move '
           '"boosts sentiment". Outlets called victories early, with one station unironically declaring a candidate '
           'with seven votes as "well up in front".')
    assert q["speaker"].tolist() == ["the prosecution", "one analyst", "one station"]


def test_and_then_a_verb_after_the_quote_keeps_the_sentences_subject():
    q = _q("Dick Cheney accused Iran of being \u201cthe most active state sponsor of terror\u201d and called its "
           "government \u201ca growing obstacle\u201d. Thomas Thornhill lowered his rating to \"neutral\" and commented "
           "on Intel's rival Advanced Micro Devices.")
    assert q["speaker"].tolist() == ["Dick Cheney", "Dick Cheney", "Thomas Thornhill"]


def test_quoted_to_have_said_and_was_quoted_after_the_quote():
    q = _q("The BBC quoted Hari Kostov, who was appointed last May, to have said that \"there is no will for genuine "
           "teamwork\" within the coalition. \"We have no evidence,\" an unnamed official was quoted by the Associated "
           "Press. \"Some of them are killed,\" army spokesman Adolphe Manirakiza is quoted by Reuters as saying.")
    assert q["speaker"].tolist() == ["Hari Kostov", "an unnamed official", "Adolphe Manirakiza"]


def test_a_whole_sentence_quoted_after_a_comma_ending_the_subjects_clause():
    q = _q("Dan Miller, senior economist for the committee, had this to say on the issue, \"I found that talking "
           "about this issue helps.\" Kenyans view the deal skeptically, such as refugee Paul Waweru, \"The deal "
           "will help to cool down the violence.\"")
    assert q["speaker"].tolist() == ["Dan Miller", None]


def test_said_comma_in_the_next_sentence_and_a_lead_phrase_before_the_subject():
    q = _q("Sgrena corroborated it. \"The United States has no intention of evading the truth. I'm sure every aspect "
           "will be clarified.\" Mr Berlusconi said, describing the shooting as an \"accident.\" In addition to "
           "highlighting personal travails, Chris Dodd alluded to his situation, \"I lost a beloved sister in July.\" "
           "\"It is astounding,\" said one organizer. \"It came through loud and clear.\" Bill Clinton said, \"There "
           "is no way that I will let petty politics get in the way.\"")
    assert q["speaker"].tolist() == ["Berlusconi", "Berlusconi", "Chris Dodd", "one organizer", "one organizer",
                                     "Bill Clinton"]


def test_an_ambassador_to_a_country_is_an_unnamed_source():
    q = _q('The United States Ambassador to Turkey said in a statement: "It is, of course, inappropriate now to '
           'speculate on who may be behind it."')
    assert q["speaker"].tolist() == ["The United States Ambassador to Turkey"]
    assert q["speaker_type"].tolist() == ["anonymous"]


def test_more_verbs_of_saying_attribute_quotes_but_not_nouns_or_charges():
    q = _q('"Neither Liberals nor Conservatives have done anything," railed defence attorney Dennis Edney. '
           '"Comparatively, Canada is behind the curve," chastised spokesman Nehal Bhuta. The final speaker was Jill '
           'Whynot. Jill Whynot clarified that "AQMD has no authority over land use". Police charged him with '
           '"reckless endangerment" on Monday. President George W. Bush said that credit will "be more affordable," meeting demands of '
           'the card companies.')
    assert q["speaker"].tolist() == ["Dennis Edney", "Nehal Bhuta", "Jill Whynot", None, "George W. Bush"]


def test_the_subject_of_the_reported_clause_is_no_speaker():
    q = _q('Bush said credit will "be more affordable". The Swiss government has said Israel has "not taken the '
           'precautions required of it in international law" in Gaza. Alberto Gonzales announced his resignation. '
           'He referred to his tenure as a "remarkable journey" and said he had "lived the American dream."')
    assert q["speaker"].tolist()[:2] == [None, "The Swiss government"]  # not "credit", not "Israel"
    assert q["speaker"].tolist()[-1] == "Alberto Gonzales"  # "said he had": he


def test_who_without_its_comma_and_a_speaker_right_after_an_earlier_quote():
    q = _q('The bill was drafted by Alex Greenwich who said on the parliament floor, "It follows decades of work." '
           'Calling it a "culture of death" the archbishop said "We need to pray." His mother, worried by the '
           '"sting" operation said: "He is one of the most patriotic kids I know."')
    assert q["speaker"].tolist()[:3] == ["Alex Greenwich", "the archbishop", "the archbishop"]
    assert q["speaker"].tolist()[-1] != "operation"  # a bare noun after a quote is no speaker


def test_accented_names_a_comma_after_the_closing_mark_and_a_name_after_its_description():
    q = _q('"We are trying to find out when it started," said Detective Chief Inspector Göran Wennqvist, adding that '
           'it was hard. "We assumed the political responsibility", Luís Amado, Portugal\'s Foreign Affairs Minister, '
           'said. "He has not been paying membership fees since 2003," a leading Solidarity member, Jerzy Borowczak, '
           'told the AFP news agency. In what some have called "partisan bickering", Republicans blocked Richard '
           'Holbrooke for 14 months, before he was finally confirmed.')
    assert q["speaker"].tolist() == ["Göran Wennqvist", "Luís Amado", "Jerzy Borowczak", None]


def test_a_pronoun_after_a_long_clause_an_aside_or_an_age():
    q = _q('Bakhtiyor Rakhimov leads the rebels. When asked if he was afraid that government forces would be back to '
           'regain control of the town he said, "Soldiers and police are also sons of this land." Sara Smith spoke. '
           'She, however, said "Your dad is gay." Ayyoub Muhanna, 29, who owns a spare parts shop in Lebanon said; '
           '"This is a victory."')
    assert q["speaker"].tolist() == ["Bakhtiyor Rakhimov", "Sara Smith", "Ayyoub Muhanna"]


def test_referred_to_as_and_a_description_before_its_person():
    q = _q('Boeing referred to the 707 involved as a "cargo plane". Leon van Biljon died. Van Biljon, reportedly often '
           'referred to as "The Lion Man", was in the enclosure. The Syrian ambassador to the United States referred to '
           'the release as "a gesture of good will toward Canada." "Police were able to free two of them," said the '
           'Basra provincial governor, Mohammed al-Waili. Rupert Murdoch spoke in Canberra. Mr. Murdoch believes that '
           'doubts about the Iraq war should not cloud the relationship stating, "Wars end, administrations come and go".')
    assert q["speaker"].tolist() == ["Boeing", None, "The Syrian ambassador to the United States", "Mohammed al-Waili",
                                     "Rupert Murdoch"]


def test_it_never_stands_for_a_person():
    q = _q('"We saw nothing," said a source in the Pentagon. The administration confirmed that Mohammed had been '
           'waterboarded, which it defines as an "enhanced interrogation technique". "We are trapped," said another '
           'unidentified miner. It has been reported that Mario Gomez has become the group\'s "spiritual leader".')
    assert q["speaker"].tolist() == ["a source in the Pentagon", "The administration", "another unidentified miner", None]


def test_he_is_not_a_person_named_inside_the_quote():
    q = _q('Opposition leader Anyang Nyongo says that is a sham. "Cheating is still going on, and Mwai Kibaki should be '
           'embarrassed," he added. The firm\'s president, Alan Mulally, commented on the profits. "While we still face '
           'challenges, Ford is strong," he said.')
    assert q["speaker"].tolist() == ["Anyang Nyongo", "Alan Mulally"]


def test_he_after_a_sentence_whose_subject_is_he_is_the_last_speaker():
    q = _q('"He is going there to offer advice," Akwasi Osei-Adjei noted. He reckoned that President John Kufuor\'s '
           'trip would yield results. "We hope so," he said. He once said to his daughter Betty Jo Larsen that he '
           'would prefer to be remembered for his work. "He told me to keep going," she once said.')
    assert q["speaker"].tolist() == ["Akwasi Osei-Adjei", "Akwasi Osei-Adjei", "Betty Jo Larsen"]


def test_a_name_someone_goes_by_and_an_authors_work_are_no_speech():
    q = _q('Police identified him only as "Mr. A" as the investigation continued. Reddit users (known as "redditors") '
           'gave money. About 80 foreigners were watching the second act of Shakespeare\'s "Twelfth Night" at the time. '
           'They disagreed with Burundi\'s "National Communications Council" on Monday. "We will win," she said.')
    assert "Mr. A" not in q["text"].tolist() and "redditors" not in q["text"].tolist()
    assert "Twelfth Night" not in q["text"].tolist()  # a title
    # a country's body, no author's work (and, a name alone in quotation marks, no speech either)
    from toolkit import actors, load_article

    df = actors(load_article("Row\n\nThey disagreed with Burundi's \"National Communications Council\" on Monday."))
    assert dict(zip(df["actor"], df["type"], strict=True))["National Communications Council"] == "organization"


def test_a_clause_with_a_past_form_before_a_determiner_is_no_speaker():
    q = _q('Pentagon spokesman Bryan Whitman acknowledged that allegations were made on "rare occasions". Simon Schorno, '
           'a Red Cross spokesman, disputed the Pentagon\'s denial saying, "All information we received were '
           'corroborated allegations." Parents were upset after her daughter repeated the ad claims "matter-of-factly".')
    got = dict(zip(q["text"], q["speaker"], strict=True))
    assert got["All information we received were corroborated allegations."] == "Simon Schorno"
    assert got["matter-of-factly"] != "her daughter repeated the ad"


def test_an_adjective_that_names_a_source_alone_is_its_description():
    q = _q('"The place is inaccessible in a very tall forest," the general said. "The preliminary inquiry found '
           'sufficient information," the military said. A common saying during the war was: "Do we have anything?"')
    assert q["speaker"].tolist() == ["the general", "the military", None]


def test_a_verb_with_an_object_after_a_quote_does_not_attribute_it():
    q = _q('"We have to act now," the Polish Prime Minister Donald Tusk said. "It is no good when assistance comes '
           'to dead people." Russia reacted to the agreement with anger. "We lost." Smith responded.')
    assert q["speaker"].tolist() == ["Donald Tusk", "Donald Tusk", "Smith"]


def test_a_verb_inside_an_apposition_after_the_name_is_not_the_attribution():
    q = _q('“Countryside residents started complaining about the smoke,” Alberto Shiguematsu, a São Paulo resident who '
           'tweeted about the smoke, said. “We are fine,” Mary Jones, a nurse in Boston, said.')
    assert q["speaker"].tolist() == ["Alberto Shiguematsu", "Mary Jones"]


def test_a_verb_without_a_subject_before_it_takes_the_name_set_off_by_commas():
    # corpus sentences (Wikinews): the first person of the sentence took the quote
    q = _q('After the attack and the indictment of six Afghans from Jerusalem, Jerusalem Mayor Uri Lupolianski , '
           'said: "We should reconsider the employment of these people."')
    assert q["speaker"].tolist() == ["Uri Lupolianski"]
    q = _q("German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is possible \"that this "
           "airline carries out transports to Germany\".")
    assert q["speaker"].tolist() == ["Steffen Seibert"]
    # a name inside the apposition is not the subject ("a lawyer representing Spanton")
    q = _q('Howard Rubel, a Toronto lawyer representing Jane Spanton, told the BBC "My client is relieved."')
    assert q["speaker"].tolist() == ["Howard Rubel"]
    # a participle after an object keeps the subject ("congratulated Pelosi, saying")
    q = _q('President Donald Trump congratulated Nancy Pelosi, saying, "hopefully we can get things done."')
    assert q["speaker"].tolist() == ["Donald Trump"]


def test_a_participle_after_an_object_belongs_to_the_pronoun_subject():
    # corpus sentence (Wikinews): the object (Biden) took the quote
    q = _q('Kanye West backed away from Donald Trump. He leveled greater criticism at Joe Biden, saying he was not '
           '"special" like himself.')
    assert q["speaker"].tolist() == ["Kanye West"]


def test_an_outlet_quotes_someone_saying_without_as():
    # corpus sentence (Wikinews): the whole clause "The Associated Press quotes the … minister" was the speaker
    q = _q("The ''Associated Press'' quotes the Belgian Development Aid minister saying, \"There are no objections "
           "of EU countries.\" Reuters quotes Ivan Kostov saying \"we will win\".")
    assert q["speaker"].tolist() == ["the Belgian Development Aid minister", "Ivan Kostov"]


def test_a_title_of_an_institution_then_the_holders_name_after_the_quote():
    # corpus sentence (Wikinews): the speaker phrase stopped at "of the"; "Andean Community Wagner" was one person
    q = _q('"The goal is a union," explains Secretary General of the Andean Community Wagner. "We will win," said '
           'Secretary General of the Andean Community Allan Wagner. "It was ours," said Lieutenant Colonel of the '
           '4th Infantry Division, Jonathan Withington.')
    assert q["speaker"].tolist() == ["Allan Wagner", "Allan Wagner", "Jonathan Withington"]


def test_he_or_she_is_never_a_people():
    # corpus sentence (Wikinews): "he" went to "Americans", a person-typed people
    q = _q('Mr. Bush warned Democrats against raising taxes. But he did urge them to pass legislation that could help '
           'more Americans refinance their homes. "When Congress comes back, I look forward to working with them," '
           'he added.')
    assert q["speaker"].tolist() == ["Bush"]


def test_more_verbs_of_saying_after_the_quote():
    q = _q('"Is this the end?" Jane Moore pondered. "We will be fine," Tom Hale reassured them. "Maybe it was the '
           'wind," Ann Bell ventured.')
    assert q["speaker"].tolist() == ["Jane Moore", "Tom Hale", "Ann Bell"]


def test_according_to_a_source_inside_a_relative_clause():
    # corpus sentence (Wikinews): the source phrase ran on into "is designed to …" and was dropped
    q = _q('Offenders face jail under the proposal, which, according to Home Secretary Jacqui Smith is designed to '
           'allow children to be "free from fear" whilst on line.')
    assert q["speaker"].tolist() == ["Jacqui Smith"]


def test_he_or_she_after_a_sentence_opened_by_an_unnamed_source():
    # corpus sentences (Wikinews): "he said" went to the last person named (the dead minister), or to nobody
    q = _q('Vinicio Gómez died in the crash. A spokesperson for the Guatemalan government highlighted the official '
           'response. "The government regrets the death," he said. A spokeswoman for Human Rights Watch said that '
           'it was a "basic principle". "Having a judge impose those punishments does not sanitise them," she added.')
    assert q["speaker"].tolist() == ["A spokesperson for the Guatemalan government", "Human Rights Watch",
                                     "A spokeswoman for Human Rights Watch"]
    # a person named in that sentence is still the antecedent
    q = _q('Vinicio Gómez spoke to reporters. "We regret it," he said.')
    assert q["speaker"].tolist() == ["Vinicio Gómez"]
    # the Guardian, on university contracts: the source after "But", the union's leader quoted before
    q = _q('Jo Grady, the union\'s general secretary, said staff were shocked.\n\n"We need an honest '
           'conversation," Grady said.\n\nBut a spokesperson for the Employers\' Association (EA) said its members '
           'had cut such contracts.\n\n"EA has worked with the unions," he said.')
    assert q["speaker"].tolist() == ["Jo Grady", "a spokesperson for the Employers' Association (EA)"]
    # Wikinews: the source two sentences back, the one between opening with her pronoun; and before a quote of
    # several sentences, not inside it
    q = _q('A Wikinews reporter was in Butare talking to the locals. She says that the mood is supportive. "People '
           'here believe in the process. They say people fled. The end is near," she said.')
    assert q["speaker"].tolist() == ["A Wikinews reporter"]
    q = _q('Dr Lee said it was "hypocritical". A spokesman for the Minister rejected the suggestion. "Boundaries '
           'should be negotiated. This is how we have done it," he said.')
    assert q["speaker"].tolist() == ["Lee", "A spokesman for the Minister"]


def test_a_clause_of_contrast_after_the_quote_does_not_attribute_it():
    # corpus sentences (Wikinews): the quote went to the subject of the "while"/"and" clause after it
    q = _q('Democrat Chuck Schumer told MSNBC Cummings "was a great man," while Republican President Donald Trump '
           'noted his "strength". President Andrzej Duda said it was an "appalling tragedy" while Interior Minister '
           'Joachim Brudzinski wrote he had ordered checks. Vice President Dick Cheney has said that the network was '
           '"Osama\'s outlet to the world", and Pentagon chief Donald Rumsfeld has called it "vicious".')
    assert q["speaker"].tolist() == ["Chuck Schumer", "Donald Trump", "Andrzej Duda", "Dick Cheney", "Donald Rumsfeld"]


def test_a_speaker_phrase_cut_before_its_noun_is_no_source():
    # corpus and page sentences: "infringement by its", "a report highlighting the" were speakers
    q = _q('Amazon sued Barnes & Noble for alleged infringement by its "Express Lane" ordering.')
    assert q["speaker"].tolist() == [None]


def test_he_after_the_minister_is_the_minister_named_before():
    # "The minister said …" refers back to a named person: "he" stays with him, not with an unnamed source
    q = _q('Foreign Minister Sergei Lavrov spoke on Monday. The minister said the talks had failed. "We will '
           'continue," he said.')
    assert q["speaker"].tolist() == ["Sergei Lavrov"]


def test_a_quote_after_someone_elses_reported_speech_is_not_the_last_speakers():
    # Wikinews: the White House's statement, then the Queen's words from the Speech from the Throne
    text = ('Title\n\nThe White House said in a statement, "We look forward to Her Majesty\'s State Visit." '
            "The Queen herself mentioned the upcoming visit in this week's Speech from the Throne. "
            '"The Duke of Edinburgh and I look forward to our State Visit to the United States."')
    assert _q(text)["speaker"].tolist() == ["White House", None]
    # but a title the last speaker was introduced with names that speaker
    text = ('Title\n\nRussian President Vladimir Putin said that nations are witnessing an "almost uncontained '
            'hyper use of force". The Russian President pointed out that only the UN can sanction force. '
            '"One state, the United States, has overstepped its national borders in every way."')
    assert _q(text)["speaker"].tolist() == ["Vladimir Putin", "Vladimir Putin"]


def test_a_person_named_after_the_quote_who_has_a_quote_of_their_own_does_not_block_the_speaker():
    # Wikinews, on Vodafone buying ihug
    text = ('Vodafone denied in July that they were interested in buying ihug. Paul Budde, telecommunication '
            'analyst, said that the buy was excellent. "The unique combination of a mobile and fixed based operator '
            'makes sense." Russell Stanners, CEO for Vodafone, said they are "looking to consolidate their position".')
    assert _q(text)["speaker"].tolist() == ["Paul Budde", "Russell Stanners"]
    # ('"Peace!" DPP lawmaker Bikhim Hsiao chanted': a person named right after, with no quote of his own, still
    # blocks it: tested above)


def test_a_firms_legal_form_or_jr_does_not_end_the_speaker_and_a_name_before_a_description_is_the_speaker():
    # Wikinews, on China's stamp tax, the Philippines and Japan
    text = ('The World Bank raised its forecast. "The stamp tax is the latest gesture by the Chinese government to '
            'warn investors," Phil Chen of Grand Cathay Securities Investment Trust Co. told Bloomberg.')
    assert _q(text)["speaker"].tolist() == ["Phil Chen"]
    text = ('In a press statement, Bayan secretary general Renato Reyes Jr. said "the pronouncement of a new '
            'investigation is meant to appease the growing outrage."')
    assert _q(text)["speaker"].tolist() == ["Renato Reyes Jr."]
    text = ('"China has been increasing its regional economic and political influence," Robert Broadfoot, managing '
            "director of Political & Economic Risk Consultancy Ltd. told ''Bloomberg'' from Hong Kong.")
    assert _q(text)["speaker"].tolist() == ["Robert Broadfoot"]


def test_an_organisations_director_is_a_person_and_the_one_introduced_with_that_title():
    # the Breaking Belize News page on PAHO's briefing: not the organisation's words
    text = ('PAHO Director Carissa F. Etienne spoke on Wednesday. The PAHO Director also urged countries to keep '
            'testing capacity in place "so we do not go into this next wave blind."')
    assert _q(text)["speaker"].tolist() == ["Carissa F. Etienne"]
    got = _q('The WHO Director urged countries to keep testing "so we do not go into this next wave blind."')
    assert got[["speaker", "speaker_type"]].values.tolist() == [["The WHO Director", "anonymous"]]


def test_an_unnamed_source_in_a_place_is_the_source_not_the_place():
    # Wikinews, on firefights in Gaza
    text = ('Other firefights have broken out in northern Gaza. A masked militant in Gaza City told reporters '
            '"Resistance is legal and as long as the occupation goes on, it will continue".')
    got = _q(text)
    assert got[["speaker", "speaker_type"]].values.tolist() == [["A masked militant in Gaza City", "anonymous"]]


def test_the_person_told_or_asked_before_a_quote_is_the_listener():
    # Wikinews, on Disney and Pixar
    text = ('Steve Jobs broke off negotiations in January 2004, having told one executive previously, "I don\'t see '
            'how the relationship can continue."')
    assert _q(text)["speaker"].tolist() == ["Steve Jobs"]


def test_a_countrys_capitalised_role_then_the_named_person_is_that_person():
    # Wikinews, on a Kabul bus bombing
    text = ('A suicide bomber blew himself up on a bus in Kabul. "At this time I can tell you that 31 have been '
            'martyred," said Afghanistan\'s Public Health Minister, Sayed Mohammad Amin Fatemi. Reports say more.')
    assert _q(text)["speaker"].tolist() == ["Sayed Mohammad Amin Fatemi"]
    # without a name, the office holder, not the country
    text = ('Tokelau is a dependent territory of New Zealand, but New Zealand\'s Prime Minister said Tokelau is '
            'already "exercising virtually all the responsibilities of self-government".')
    assert _q(text)[["speaker", "speaker_type"]].values.tolist() == [["New Zealand's Prime Minister", "anonymous"]]


def test_a_passive_description_right_before_the_quote_is_nobodys_words():
    # Wikinews, on the lost Child Benefit disks
    text = ('Chancellor Alistair Darling announced that two computer disks have been lost in transit, in what has '
            'been described as "one of the world\'s biggest ID protection failures".')
    assert _q(text)["speaker"].tolist() == [None]
    # but "risked being labeled" inside what someone said is still theirs
    text = ('Vice President Dick Cheney has said that the network ran the risk of being labeled "Osama\'s outlet to '
            'the world".')
    assert _q(text)["speaker"].tolist() == ["Dick Cheney"]


def test_a_group_in_a_place_speaks_not_the_place():
    """'officials in Myanmar said': the officials (a description), not Myanmar; 'a spokesman in London'
    as before; 'Myanmar officials' stays the country's voice."""
    df = _q('"We need help," officials in Myanmar said. Officials in Chile said, "Nobody died." However, '
            'witnesses in Kathmandu said "the police fired first". "Fine," residents of Gaza said. "Go," a spokesman '
            'in London said. "Again," Myanmar officials said.')
    assert df["speaker"].tolist() == ["officials in Myanmar", "Officials in Chile", "witnesses in Kathmandu",
                                      "residents of Gaza", "a spokesman in London", "Myanmar"]


def test_a_plural_noun_after_a_possessive_is_no_verb_when_the_clause_has_one():
    """'said in a dispatch following Rice's remarks': IRNA said it, the remarks are a noun; alone, "Morales'
    vows was to “recover”" gives his words; 'McDonald's said' is a verb. A product named inside a noun
    phrase ('screenshots of iPhone icons with “cease and desist” requests') speaks no words."""
    df = _q("Rice backed the plan. However, the official news agency, IRNA, said in a dispatch following Rice's "
            'remarks, "Given the insistence by the authorities, the plan is propaganda." One of Morales\' vows was to '
            '"recover" the resources. Apple contacted a blogger who posted screenshots of iPhone icons with "cease '
            'and desist" requests.')
    assert df["speaker"].tolist()[:2] == ["IRNA", "Morales"]
    assert df["speaker"].isna().tolist()[2] is True


def test_a_name_then_an_apposition_not_closed_by_a_comma_is_the_speaker():
    """'Sharon Hom, the executive director of Human Rights in China said, “…”': Hom, not the description; but
    'According to Jarrar, one of the inspectors said' is the inspector."""
    df = _q('In contrast, Sharon Hom, the executive director of Human Rights in China said, "It is a wakeup call." '
            'According to Raed Jarrar, one of the inspectors said, "You cannot wear that shirt here."')
    assert df["speaker"].tolist() == ["Sharon Hom", "one of the inspectors"]


def test_the_one_asked_replies():
    """'a reporter asked Montoya-Lewis, “…?” / “…,” she replied': the judge answers, not the reporter."""
    df = _q("Judge Raquel Montoya-Lewis was sworn in on Friday. At her appointment, a reporter asked Montoya-Lewis, "
            "“What do you see as the biggest problem right now?”\n\n“The biggest hurdle is getting people to "
            "understand that we all have bias,” she replied.")
    assert df["speaker"].tolist() == ["a reporter", "Raquel Montoya-Lewis"]


def test_a_second_quote_joined_by_and_has_the_first_ones_speaker():
    """'commented by saying, “…,” and “…”': one speaker; not when the first quote has none ('slogans such as
    “…” and “…”')."""
    df = _q('Ignacio Carrillo commented by saying, "He will have to render his report," and "that will be there for '
            'history." Unionists carried banners such as "Workers united" and "Never defeated".')
    assert df["speaker"].tolist()[:2] == ["Ignacio Carrillo", "Ignacio Carrillo"]
    assert df["speaker"].isna().tolist()[2:] == [True, True]


def test_the_person_before_an_apposition_that_ends_with_a_body_or_place_speaks():
    # Wikinews: an economist's words went to Fannie Mae; an envoy's to Pakistan
    q = _q('"Trade will grow a bit, but not a lot," David Berson, the chief economist for Fannie Mae told Reuters. '
           '"I found a symmetry of views," Richard Holbrooke, U.S. Special Representative for Afghanistan and '
           'Pakistan stated. "We will see a pickup in home sales", economist Adam York of Wells Fargo Securities LLC in '
           'Charlotte, North Carolina claimed.')
    assert q["speaker"].tolist() == ["David Berson", "Richard Holbrooke", "Adam York"]


def test_after_a_quote_reported_or_quoted_x_as_saying_is_xs():
    # Wikinews, on base security: the reporter was the speaker
    q = _q('"What happened at Fort Dix is a Fort Dix issue," Laura Arenschield reported spokesman for the 18th '
           'Airborne, Tom McCollum, as saying in June. "That should not be taken as an invitation."')
    assert q["speaker"].tolist() == ["Tom McCollum", "Tom McCollum"]


def test_a_bodys_officer_of_the_exchequer_speaks_not_the_body():
    # The New Republic: "The British Labour Party's chancellor of the Exchequer said, after the 2008 crash, …"
    q = _q("The Labour Party's chancellor of the Exchequer said, after the crash, that the cuts would be "
           '"deeper and tougher" than before.')
    assert q["speaker"].tolist() == ["The Labour Party's chancellor of the Exchequer"]


def test_a_us_attorney_speaks_not_the_united_states():
    # Wikinews court reports: "U.S. Attorney X" was one organisation, or the quote went to the United States
    q = _q('"The key factor here is intent," said U.S. Attorney Patrick Fitzgerald. According to U.S. Attorney '
           'Josh Bash, the manifesto could help the case: "It appears to be an intent to coerce."')
    assert q["speaker"].tolist() == ["Patrick Fitzgerald", "Josh Bash"]
    df = actors(load_article("Court\n\nDistrict Attorney Ronnie Earle and United States Attorney Thomas T. Cullen spoke."))
    assert {"Ronnie Earle", "Thomas T. Cullen"} <= set(df.loc[df["type"] == "person", "actor"])


def test_a_second_verb_after_but_shares_the_subject_before_the_quote():
    # Wikinews: 'President Trump called it a "terrible event" but urged for the National Guard to be brought in'
    q = _q('President Trump called it a "terrible event" but urged for the National Guard to be brought in.')
    assert q["speaker"].tolist() == ["Trump"]


def test_while_further_on_opens_another_clause_and_a_spaced_possessive_role():
    # Wikinews: '… said the victims were "joyful girls …" in an "appalling tragedy" while Interior Minister X wrote'
    q = _q('The United States said that it was "disappointed" by the move while the United Kingdom \'s foreign '
           'secretary said that Pakistan must "abide by the commitment".')
    assert q["speaker"].tolist() == ["United States", "the United Kingdom 's foreign secretary"]


def test_the_person_after_a_role_and_a_comma_speaks():
    # Wikinews: '"…," said White House spokesman, Bryan Whitman' was the White House's
    q = _q('"They were U.S. helicopters," said White House spokesman, Bryan Whitman, during a press conference.')
    assert q["speaker"].tolist() == ["Bryan Whitman"]


def test_a_countrys_military_speaks_for_itself_and_an_initialisms_dots_do_not_cut_the_source():
    # Wikinews: 'while the US military said the charges "roughly correspond …"' (the United States); '"…," the U.S.
    # military said' (no speaker: the dot of "U.S." cut the source to "military"); 'The senior U.S. official also
    # said that "…"' ("official")
    q = _q('"There were no indications of hostile fire," the U.S. military said. Iraq asked for an inquiry while the '
           'US military said the charges "roughly correspond to an incident". The senior U.S. official also said '
           'that "we see no impact". "This was a mistake," said the Israeli army. "We will act," the US government '
           "said. \"The facts are clear,\" George W. Bush said.")
    assert q["speaker"].tolist() == ["the U.S. military", "the US military", "The senior U.S. official",
                                     "the Israeli army", "United States", "George W. Bush"]
    # (an initialism's dots after a preposition still end the phrase: 'a letter from U.S. President George Bush')
    q = _q('A letter from U.S. President George Bush said that "the shooting was a terrible tragedy".')
    assert q["speaker"].tolist() == ["George Bush"]


def test_a_countrys_body_named_by_a_common_noun_speaks_not_the_country():
    # Wikinews: "Iraq's election commission announced Monday that officials were investigating "unusually high"
    # numbers" and "Israel's defense ministry confirmed it held Lebanon "directly responsible"" (Iraq, Israel)
    q = _q("Iraq's election commission announced Monday that officials were investigating \"unusually high\" "
           "numbers. Israel's defense ministry confirmed it held Lebanon \"directly responsible\" for the attack.")
    assert q["speaker"].tolist() == ["Iraq's election commission", "Israel's defense ministry"]


def test_a_quote_after_a_sentence_whose_subject_speaks_in_a_participle_is_that_subjects():
    # Wikinews: "… Hizbul Shabaab leader, Aden Hashi Ayro, calling for attacks on the peacekeepers. "It is time …""
    # (the quote went to the person named before); "Admiral Bill Gortney is quoted … as saying. "Our sailors' …""
    q = _q('"We will wait," said Assane Ba, a spokesman for the force. A recording was released from the militia '
           'leader, Aden Hashi Ayro, calling for attacks on the peacekeepers. "It is time for the youth to fight."')
    assert q["speaker"].tolist() == ["Assane Ba", "Aden Hashi Ayro"]


def test_a_second_verb_after_a_quote_and_and_is_the_first_quotes_speakers():
    # Wikinews: 'President Ely Ould Mohamed Vall, who also voted in the referendum said, "… massive support." and
    # reiterated that "whatever the result I shall respect my promise"' (no speaker); 'Mugabe … described Tsvangirai
    # and the opposition as "traitors" and characterized them as puppets of … the "white man"' (Tsvangirai)
    q = _q('President Ely Ould Mohamed Vall, who also voted in the referendum said, "This is a great day and a rebirth '
           'for Mauritania ... I am sure that all Mauritanians feel the same way and that for this reason the '
           'Constitution will receive massive support." and reiterated that "whatever the result I shall respect my '
           'promise" to return power to civilians in 2007.')
    assert q["speaker"].tolist() == ["Ely Ould Mohamed Vall", "Ely Ould Mohamed Vall"]


def test_quoted_as_saying_with_an_initialism_in_the_source_and_after_the_quote():
    # Wikinews: "''CNN'' quoted an anonymous U.S. intelligence official as saying, "[N. Korea] is doing …"" (CNN)
    q = _q("''CNN'' quoted an anonymous U.S. intelligence official as saying, \"North Korea is doing everything you "
           "would expect.\" The Times quoted an unnamed U.N. diplomat as saying that \"it is over\".")
    assert q["speaker"].tolist() == ["an anonymous U.S. intelligence official", "an unnamed U.N. diplomat"]
    # after the quote: '"The way you [doctors] are taking care of me …", Dr. D'Silva, who …, quoted Singh as saying.'
    q = _q("Manmohan Singh had surgery. \"You should also take care of other people\", Dr. Vijay D'Silva, who headed "
           "the ICU, quoted Singh as saying. \"It is over,\" the agency quoted him as saying.")
    assert q["speaker"].tolist() == ["Manmohan Singh", "Manmohan Singh"]


def test_an_unnamed_subject_before_a_participle_and_he_after_a_scare_quote():
    # Wikinews: "An eyewitness described for news agency PA Media how the attack unfolded, stating, "…"" (PA Media);
    # "A spokesperson for the Oxford Tube was quoted by the BBC as stating that, "…"" (the BBC); 'According to court
    # documents, he also stated that this type of authorization was "unique in his recollection"' after a scare
    # quote went to the prosecutor named before, not to Libby
    q = _q('An eyewitness described for news agency PA Media how the attack unfolded, stating, "I was crossing the '
           'road." A spokesperson for the Oxford Tube was quoted by the BBC as stating that, "Safety is our priority."')
    assert q["speaker"].tolist() == ["An eyewitness", "A spokesperson for the Oxford Tube"]
    q = _q('"We will appeal," said prosecutor Patrick Fitzgerald. Lewis Libby testified that he had received '
           '"approval from the President". He also stated that this authorization was "unique in his recollection".')
    assert q["speaker"].tolist()[-1] == "Lewis Libby"


def test_a_definite_title_is_the_one_holder_named_before():
    # a trial: 'Mr Justice Goss said … “There was a deep malevolence,” the judge said' left "the judge" as the
    # speaker; Wikinews: "The governor tweeted" (Kay Ivey), "the Chancellor insisted" (Gordon Brown), "The Pope said"
    # (Benedict XVI); with two presidents named, "the president" stays open
    a = load_article('Sentenced\n\nMr Justice Goss said she had acted with "a deep malevolence". "There was no '
                     'remorse," the judge said. Prime Minister Rishi Sunak spoke later. "It is cowardly," the prime '
                     'minister said.')
    assert quotes(a)["speaker"].tolist() == ["Goss", "Goss", "Rishi Sunak"]
    a = load_article("Summit\n\nPresident Joe Biden met President Xi Jinping. \"We are ready,\" the president said.")
    assert quotes(a)["speaker"].tolist() == ["the president"]


def test_a_second_verb_after_and_keeps_the_first_verbs_subject():
    # a trial story: 'He accused Justice Juan Merchan of bias and called Manhattan District Attorney Alvin Bragg “a
    # disgrace”' went to Merchan; Wikinews: "The pilots' group has said Gluscia was fatigued … and said he should not
    # be “victimised”" went to Gluscia; "the Indian prime minister expressed … and said" is Manmohan Singh
    q = quotes(load_article('Trial\n\nDonald Trump spoke on Monday. He accused Justice Juan Merchan of bias and '
                            'called Manhattan District Attorney Alvin Bragg "a disgrace". Prime Minister Manmohan '
                            'Singh was told. The Indian prime minister expressed "great disappointment" and said that '
                            'it could have "negative consequences".'))
    assert q["speaker"].tolist() == ["Donald Trump", "Manmohan Singh", "Manmohan Singh"]


def test_a_dismissal_as_a_quoted_judgement_is_the_dismissers():
    # 'Netanyahu … rejected Hamas's terms for a ceasefire as "delusional"' had no speaker; Wikinews: 'U.S. President
    # George W. Bush dismissed the human rights report as "absurd"', 'Howard dismissed as "pure speculation"'; not
    # 'rejected a UN report that found "…"' (the report's words)
    q = quotes(load_article('Talks\n\nBenjamin Netanyahu rejected Hamas\'s terms as "delusional". The government '
                            'rejected a UN report that found "serious failings".'))
    assert q["speaker"].tolist()[0] == "Benjamin Netanyahu"
    assert q["speaker"].tolist()[1] != "The government"


def test_more_definite_titles_and_not_the_prime_minister_for_the_minister():
    # Wikinews: "Colonel Lawrence Wilkerson … The colonel described Colin Powell as “…”", "NSW Finance Minister John
    # Della Bosca … The Minister denied the privatisation was a “grab for cash”"; but "Prime Minister José Sócrates …
    # the Minister said" is another minister
    q = quotes(load_article('Row\n\nColonel Lawrence Wilkerson spoke. The colonel described Powell as "loyal". '
                            'Finance Minister John Della Bosca spoke. The Minister denied it was a "grab for cash".'))
    assert q["speaker"].tolist() == ["Lawrence Wilkerson", "John Della Bosca"]
    q = quotes(load_article('Row\n\nPrime Minister José Sócrates spoke. The Minister said he was "tired".'))
    assert q["speaker"].tolist() == ["The Minister"]


@pytest.mark.parametrize(
    "name",
    ["Blessing Okagbare", "Patience Jonathan", "Nguyen Van An", "Tran Thi Mai", "Aung San Suu Kyi", "Min Aung Hlaing",
     "Chinedu Okafor", "Wanjiru Kamau", "Vikram Singh Rathore", "Fatima Zahra Benali", "Jan Novák"],
)
@pytest.mark.parametrize(
    "frame",
    [
        "\u201cWe will rebuild the town,\u201d said {n}, who lost her home.",
        "{n} said: \u201cWe will rebuild the town.\u201d",
        "\u201cWe will rebuild the town,\u201d {n} told reporters.",
        "\u201cWe will rebuild the town,\u201d {n}, a local teacher, said.",
    ],
)
def test_speakers_from_many_places(name, frame):
    """Names from every continent are their quote's speaker ("Nguyen Van An said": "An" is a given name
    here, not the article before an adjective "said", as in "an alleged …")."""
    assert _q(frame.format(n=name))["speaker"].tolist() == [name]


def test_a_persons_family_or_lawyer_speaks_not_the_person():
    # "Ms Farah's family described her as “…”" gave the quote to Ms Farah
    q = quotes(load_article("Victim named\n\nAmina Farah, 29, was found dead. Ms Farah's family described her as \"a "
                            "loving mother\". Jane Doe's lawyer said: \"She is innocent.\" \"We will win,\" Biden's "
                            "campaign said."))
    assert q["speaker"].tolist() == ["Ms Farah's family", "Jane Doe's lawyer", "Biden"]
    assert q["speaker_type"].tolist() == ["anonymous", "anonymous", "actor"]


@pytest.mark.parametrize(
    ("epithet", "speaker"),
    [
        ("the Briton", "Lando Norris"),  # the subject of the sentence before
        ("the Serb", "Novak Djokovic"),  # written "Serbian Novak Djokovic"
        ("the Spaniard", "Carlos Alcaraz"),  # written "Carlos Alcaraz (Spain)"
        ("the 21-year-old", "Carlos Alcaraz"),  # written "Carlos Alcaraz (Spain), 21,"
        ("the 37-year-old Serb", "Novak Djokovic"),
    ],
)
def test_a_nationality_or_an_age_names_a_person_named_before(epithet, speaker):
    # "the Briton told Sky Sports" was an unnamed speaker
    text = ("Final report\n\nLando Norris lost the lead to Russell. Serbian Novak Djokovic, 37, also lost to Carlos Alcaraz "
            "(Spain), 21, on Sunday. \u201cIt was a tough day,\u201d {e} told reporters.")
    if epithet == "the Briton":
        text = text.replace(" Serbian Novak Djokovic, 37, also lost to Carlos Alcaraz (Spain), 21, on Sunday.", "")
    q = quotes(load_article(text.format(e=epithet)))
    assert q["speaker"].tolist() == [speaker] and q["speaker_type"].tolist() == ["actor"]


def test_an_epithet_is_no_one_of_its_own_sentence_nor_a_persons_kin():
    # "While watching … The Daily Show with Jon Stewart, the 12-year-old admitted" (Stern's son) is neither Jon
    # Stewart (named in its own sentence) nor Stern (named before as the son's father)
    q = quotes(load_article("Speech\n\nThe reception of Stern's son was paramount. While watching a line replayed on "
                            "''The Daily Show with Jon Stewart'', the 12-year-old admitted to his father that speaking "
                            "was \"pretty cool.\""))
    assert q["speaker"].tolist() == ["the 12-year-old"] and q["speaker_type"].tolist() == ["anonymous"]


def test_a_pledge_attributes_its_quote():
    # 'Premier Li Qiang has pledged to hit the government's growth target of "around 5%"' had no speaker
    q = quotes(load_article("Growth\n\nPremier Li Qiang has pledged to hit the government's growth target of "
                            "\"around 5%\". GitHub also pledged a fund \"to help protect open source developers\"."))
    assert q["speaker"].tolist() == ["Li Qiang", "GitHub"] and q["verb"].tolist() == ["pledged", "pledged"]


def test_a_quote_before_and_a_second_verb_is_the_named_holders_with_its_own_verb():
    # 'U.S. Steel CEO David Burritt said the company was "deeply disappointed" and accused …' gave the quote to
    # U.S. Steel (the sentence's first name) with the verb after it ("accused")
    q = quotes(load_article("Steel\n\nU.S. Steel CEO David Burritt said the company was \"deeply disappointed\" and "
                            "accused the White House of \"shameful and corrupt\" politics. Tom Watson called the deal \"lousy\" "
                            "and said he would vote against it."))
    assert q["speaker"].tolist() == ["David Burritt", "David Burritt", "Tom Watson"]
    assert q["verb"].tolist() == ["said", "accused", "called"]


def test_a_subject_in_apposition_with_letters_after_the_name_speaks():
    # 'Her barrister, Ben Myers KC, had argued that the evidence of Dr Dewi Evans, the witness, was "…"' had no
    # speaker: the name before the auxiliary ended in "KC", which no mention ends with
    q = quotes(load_article("Appeal\n\nHer barrister, Ben Myers KC, had argued that the evidence of Dr Dewi Evans, the "
                            "witness, was \"superficially attractive\" but flawed."))
    assert q["speaker"].tolist() == ["Ben Myers"]


def test_an_article_quoting_in_straight_single_marks_has_its_quotes():
    # "said: 'We will not back down.'" had no quote at all: straight single marks were read only in a headline
    art = load_article("Row over cuts\n\nThe minister, Sarah Jones, said: 'We will not back down.' Her opponent, Tom Lee, "
                       "replied: 'It's a disgrace, and voters know it.' Mr Lee's party's leader didn't comment.")
    q = quotes(art)
    assert q["speaker"].tolist() == ["Sarah Jones", "Tom Lee"]
    assert q["text"].tolist() == ["We will not back down.", "It's a disgrace, and voters know it."]
    # an article with a single such mark (an apostrophe) has none
    assert quotes(load_article("Rates\n\nThe workers' union met. It's over, Tom Lee said.")).empty


@pytest.mark.parametrize("text", ["\u201cIt was chaos,\u201d one witness, who asked not to be named, told the BBC.",
                                  "\u201cIt was chaos,\u201d a resident, who did not want to be named, said."])
def test_a_relative_aside_after_the_speaker_is_skipped(text):
    # '“…,” one witness, who asked not to be named, told the BBC' had no speaker: the verb read was "asked", in the
    # aside, and the subject read before the verb was the aside's
    q = quotes(load_article("Storm\n\n" + text))
    assert q["speaker"].tolist() in (["one witness"], ["a resident"]) and q["speaker_type"].tolist() == ["anonymous"]


def test_an_age_before_a_noun_or_the_pontiff_is_the_person_named_before():
    # 'the 88-year-old pontiff said the situation was “very grave”' had the speaker "the 88-year-old pontiff"
    q = _q('Pope Francis called for a ceasefire. Speaking from the balcony, the 88-year-old pontiff said the situation '
           'was "very grave". Lando Norris lost the lead. "It was hard," the 24-year-old driver told Sky Sports. The '
           'pontiff said "no".')
    assert q["speaker"].tolist() == ["Francis", "Lando Norris", "Francis"]


def test_a_country_then_a_relative_clause_with_a_number_speaks():
    # 'The United States, which has about 28,500 troops in South Korea, said it was watching developments “with
    # grave concern”' was unattributed (a country is no organisation; the number's comma ended the clause)
    q = _q('The United States, which has about 28,500 troops in South Korea, said it was watching "with grave '
           'concern". Most notable is China, which says sanctions could "complicate the situation." Hugo Chavez '
           'accused Israel of a "new Holocaust" with the help of the United States, which Chavez called a '
           '"terrorist" country.')
    assert q["speaker"].tolist() == ["United States", "China", "Hugo Chavez", "Hugo Chavez"]


def test_a_participle_after_a_clause_and_its_comma_has_the_clauses_subject():
    # 'Finance Minister Chrystia Freeland quit, accusing Trudeau of “costly political gimmicks”' was unattributed;
    # Wikinews' 'Ellison had defended this, stating that Ludwig “thinks …”' was Ludwig's, 'Noppadol Pattama issued a
    # statement, saying Thaksin would “fight until the end.”' Thaksin's
    q = _q('The resignation comes weeks after Finance Minister Chrystia Freeland quit, accusing Trudeau of "costly '
           'political gimmicks". Mitt Romney criticized President Obama for the response, arguing he "was wrong to '
           'stand by it." Chris Ellison had defended this, stating that Joe Ludwig "thinks vessels have no role". '
           'The party issued a statement declaring that Sheridan is "on the road to oblivion" accusing him of an '
           '"act of irresponsibility".')
    assert q["speaker"].tolist()[:3] == ["Chrystia Freeland", "Mitt Romney", "Chris Ellison"]
    # a participle with no comma before it: never Sheridan's words; the sentence's opening subject (the party's
    # statement declares it; this test expected no speaker before a participle right after a clause was read so)
    assert q["speaker"].iloc[3:].tolist() == ["The party", "The party"]


def test_a_statement_by_an_unnamed_source_is_the_sources():
    # Wikinews: '“We spotted a hole in a fuel tank,” said a brief statement by the transport ministry's investigative
    # division' had the speaker "a brief statement by the transport ministry's investigative division"
    q = _q('"We spotted a hole in a fuel tank," said a brief statement by the transport ministry. "It is over," said '
           'a statement from the White House.')
    assert q["speaker"].tolist() == ["the transport ministry", "White House"]


def test_the_army_chief_is_the_general_named_before():
    # '“The country has gone through a lot,” the army chief said' had the speaker "the army chief"
    q = _q('Sheikh Hasina resigned, army chief General Waker-Uz-Zaman said in a televised address. "The country has '
           'gone through a lot," the army chief said.')
    assert q["speaker"].tolist() == ["Waker-Uz-Zaman"]


def test_an_article_quoting_in_lower_case_straight_single_marks_has_its_quotes():
    # Wikinews: "Mr Sherpao said that Pakistan intelligence had 'received information from a number of sources and
    # passed it on to the British' in May" was no quote (straight single marks counted only before a capital)
    q = _q("The minister, Aftab Sherpao, said the plot was to 'bomb London pubs and railway stations'. However, Mr "
           "Sherpao said that Pakistan intelligence had 'received information from a number of sources' in May. It's "
           "rock 'n' roll.")
    assert q["text"].tolist() == ["bomb London pubs and railway stations", "received information from a number of sources"]
    assert q["speaker"].tolist() == ["Aftab Sherpao", "Aftab Sherpao"]


def test_a_noun_after_a_possessive_opening_the_next_sentence_is_no_attribution():
    # Wikinews: '“… a mental health crisis.” The government's claims are based in part upon …' gave the quote to
    # "The government's" (a short sentence after a quote whose first words hold "claims" was read as "Pelosi said.")
    q = _q('John Mendozza told ABC "It is a factor, but it is not the reason." The government\'s claims are based on '
           'studies.')
    assert q["speaker"].tolist() == ["John Mendozza"]


def test_a_word_mentioned_not_said_is_no_quote():
    # 'the model, whose "o" stands for "omni"' gave Murati two quotes; Wikinews' 'the use of the words "under God"'
    # was Jeff Sessions's, 'the term "natural born Citizen"' Andy Martin's; a letter's words stay a quote
    q = _q('Murati said the model, whose "o" stands for "omni", would be free. Sessions asked about the words "under '
           'God" in the pledge. Ovi (in Finnish meaning "Door") opens. A spokesman states that the letter "is '
           'completely non-political." She said "we will win".')
    assert q["text"].tolist() == ["is completely non-political.", "we will win"]


def test_a_second_clause_after_and_has_its_own_subject():
    # 'But Sen. JD Vance (R-Ohio) said ..., and House Speaker Mike Johnson, R-La., said on Monday that the House would
    # not be "rushed"' was Vance's; a list of names before one verb stays the list's first
    q = _q('Chuck Schumer said no, and Mike Johnson, R-La., said that it was "rushed". Former directors John Brennan, '
           'Leon Panetta, and Michael Hayden, signed a letter saying the report "has all the earmarks of an operation."')
    assert q["speaker"].tolist() == ["Mike Johnson", "John Brennan"]


def test_a_teams_player_or_a_champion_is_the_person_named_before():
    # 'The Red Bull driver, a four-time world champion, led every lap … and said the car had been "on rails"' was Red
    # Bull's; 'The seven-time champion said the team was "still learning"' had the phrase as its speaker; "the McLaren
    # driver" is the one the article writes as "McLaren's Lando Norris"
    q = _q("Max Verstappen won on Sunday, holding off McLaren's Lando Norris. The Red Bull driver, a four-time world "
           'champion, led every lap at Suzuka, and said afterwards the car had been "on rails" all weekend. Lewis '
           'Hamilton finished seventh. The seven-time champion said the team was "still learning" about the car. Bukayo '
           'Saka scored twice. The McLaren driver said it was "tough".')
    assert q["speaker"].tolist() == ["Max Verstappen", "Lewis Hamilton", "Lando Norris"]


def test_an_outlet_reporting_someones_words_is_not_their_speaker():
    # 'Putin called the sanctions "illegal", Tass reported' was TASS's; Wikinews: 'Rob Nichols … said … that, "Our
    # nominee … board." Reuters reported' was Reuters'; an outlet reporting what no one is said to have said keeps it
    q = _q('Putin called the sanctions "illegal", Tass reported. The minister said the plan was "dead", the BBC '
           'reported. The blast killed "dozens of civilians", Reuters reported.')
    assert q["speaker"].tolist() == ["Putin", "The minister", "Reuters"]


def test_a_roles_document_is_the_role_holders_words():
    # Wikinews: 'Part of the judge's statement reads "the average woman could …"' had no speaker, '"…," said the
    # governor's message' the message as its speaker: the one judge (governor) named before
    q = _q('U.S. District Judge Gray Miller ruled the draft violated the Constitution. Part of the judge\'s statement '
           'reads "the average woman could be better suited." The judge\'s ruling reads "men and women are now '
           'similar." Governor Togiola Tulafono spoke. "We ask again," said the governor\'s message.')
    assert q["speaker"].tolist() == ["Gray Miller", "Gray Miller", "Togiola Tulafono"]


def test_a_nationality_and_a_role_without_an_article_is_a_source():
    # Wikinews: '"The moment has come," said Greek prime minister .' (the name, a link, lost) and 'Saudi central bank
    # officials said that "appropriate measures" would be taken' had no speaker
    q = _q('"The moment has come," said Greek prime minister . He stated that it is "a national necessity for us." '
           'Saudi central bank officials said that "appropriate measures" would be taken.')
    assert q["speaker"].tolist() == ["Greek prime minister", "Greek prime minister", "Saudi central bank officials"]


def test_congratulating_wishing_welcoming_or_blaming_quotes_the_subject():
    # 'Orbán congratulated Georgian Dream on "an overwhelming victory"', 'Starmer wished the King "a full and speedy
    # recovery"' had no speaker; Wikinews: 'Police blamed the attack on "anarchists"', 'Tony Blair welcomed the
    # "historic decision …"' (was Downing Street's)
    q = _q('Hungarian Prime Minister Viktor Orbán congratulated Georgian Dream on "an overwhelming victory". Labour leader '
           'Sir Keir Starmer wished the King "a full and speedy recovery". Police blamed the attack on "anarchists".')
    assert q["speaker"].tolist() == ["Viktor Orbán", "Keir Starmer", "Police"]


def test_a_quoted_name_for_a_law_or_a_policy_is_no_quote():
    # 'parliament passed a "foreign agents" law' was a quote of critics'; Wikinews: 'an "anti-secession" law',
    # 'Vancouver's "Living First" policy', 'the proposed "shoot to kill" laws'
    q = _q('Parliament passed a "foreign agents" law in June. He said the proposed "shoot to kill" laws were bad. The '
           'city\'s "Living First" policy worked. "We will repeal the law," she said.')
    assert q["text"].tolist() == ["We will repeal the law,"]


def test_a_slogan_a_nickname_a_so_called_term_and_its_gloss_are_no_quotes():
    # Village Voice: 'the slogan “Don't Buy Books by Crooks.”'; DW: 'so-called "Schutzverträge," or "protection
    # contracts,"' (the gloss was given to "Schutzverträge" as its speaker), 'the Swahili nickname "mkono wa damu," or
    # "the man with the bloody hand,"'; Wikinews: 'Time reported some were using the slogan "Make the World Greta
    # Again"' (Time's quote); a crowd that chants still speaks
    q = _q('They came up with the slogan "Don\'t Buy Books by Crooks." He agreed so-called "Schutzverträge," or '
           '"protection contracts." He earned the Swahili nickname "mkono wa damu," or "the man with the bloody hand." '
           'Time reported some were using the slogan "Make the World Greta Again". Protesters chant "Chumps" at guests.')
    assert q["text"].tolist() == ["Chumps"]


def test_a_wiki_section_headed_by_its_speakers_name():
    # Wikinews: '=== President Thabo Mbeki of South Africa === "I am honoured …"' had no speaker (four speeches)
    q = _q('The conference opened. === President Thabo Mbeki of South Africa === "I am honoured to wish this conference '
           'success." === Prime Minister Manmohan Singh of India === "Mr. Chairman Sir, we must respond."')
    assert q["speaker"].tolist() == ["Thabo Mbeki", "Manmohan Singh"]


def test_the_subject_of_the_clause_the_verb_of_saying_is_in():
    # Wikinews: 'Some wondered what Bush's reasoning could be … since Bolton acknowledged saying in 1994 that the UN
    # "has 38 stories."' went to Bush once its heading no longer ran into the sentence; 'As the protests continued in
    # China, Japan lodged a "strong protest"' went to "the protests" ("continued" far from the quote is no saying)
    q = _q('Some wondered what Bush\'s reasoning could be for nominating Bolton since Bolton acknowledged saying in 1994 '
           'that the UN "has 38 stories." John Smith, who joined after Bob Jones left, said "no." As the protests '
           'continued in China, Japan lodged a "strong protest". Nasrallah spoke. He continued saying that Lebanon must '
           '"have faith".')
    assert q["speaker"].tolist() == ["Bolton", "John Smith", None, "Nasrallah"]


def test_a_country_opening_the_sentence_is_the_subject_of_a_participle():
    # Wikinews: 'Iran lodged a protest over the issue, saying it was "deplorable …"', 'Israel has not confirmed or
    # denied the reports, simply stating "we cannot discuss military operations."' had no speaker
    q = _q('There were protests in Egypt. Iran lodged a protest over the issue, saying it was "deplorable that extremists '
           'did this". Israel has not confirmed the reports, simply stating "we cannot discuss military operations." '
           'Protesters in Egypt marched, saying "enough".')
    assert q["speaker"].tolist() == ["Iran", "Israel", None]


def test_says_opening_a_sentence_and_an_aside_after_an_auxiliary():
    # Wikinews: 'Says Rumsfeld, "In my view it is time for a major adjustment."' had no speaker (only "Added", "Said" …
    # opened an inverted attribution); 'The minister has, on several occasions, said it was "vital"' neither
    q = _q('A memo by Donald Rumsfeld calls for change. Says Rumsfeld, "In my view it is time for a major adjustment." '
           'Finance minister Ann Lee has, on several occasions, said it was "vital".')
    assert q["speaker"].tolist() == ["Donald Rumsfeld", "Ann Lee"]


def test_a_body_whose_apposition_names_its_chair_is_the_speaker():
    # 'The Politburo meeting, chaired by President Xi Jinping, said the government would "strive to accomplish" …'
    # was Xi's; 'AB 1179, written by Assemblymember Leland Yee, defines … "…"' stays the author's (no description)
    q = _q('The Politburo meeting, chaired by President Xi Jinping, said the government would "strive to accomplish" its '
           'target. The committee, led by Senator Jane Roe, said it was "alarmed". AB 1179, written by Assemblymember '
           'Leland Yee, defines a game as one that "enables the player to inflict injury".')
    assert q["speaker"].tolist() == ["Politburo", "The committee", "Leland Yee"]


def test_a_second_reported_clause_after_the_quote_is_not_its_attribution():
    # 'Bawumia conceded defeat, saying "the people of Ghana have spoken" and that he had called Mahama' took "called";
    # Wikinews: 'Khamenei said, "Even Europeans are speechless …," and that Iran has countered …' was Iran's
    q = _q('Mahamudu Bawumia conceded defeat on Sunday, saying "the people of Ghana have spoken" and that he had called '
           'Mahama. Ali Khamenei said, "Even Europeans are speechless," and that Iran has countered America\'s power.')
    assert q[["speaker", "verb"]].values.tolist() == [["Mahamudu Bawumia", "saying"], ["Ali Khamenei", "said"]]


def test_more_inverted_verbs_talking_of_and_a_role_possessed_by_a_body_with_a_comma():
    # Wikinews: 'Remarked Center for Biological Diversity scientist Tierra Curry, "…"' had no speaker; 'Khosla talked
    # of Munk's "countless discoveries …"' neither; '"…," said University of California, San Diego's chancellor,
    # Pradeep Khosla' was the university's
    q = _q('Remarked Center for Biological Diversity scientist Tierra Curry, "This reprieve is a thank-you." '
           '"Walter was brilliant," said University of California, San Diego\'s chancellor, Pradeep Khosla. Khosla '
           'talked of Munk\'s "countless discoveries that put the university on the map."')
    assert q["speaker"].tolist() == ["Tierra Curry", "Pradeep Khosla", "Pradeep Khosla"]


def test_a_document_signed_by_its_author():
    # Wikinews: 'The decree signed by the Pope read "The crimes of sexual abuse offend Our Lord; …"' had no speaker
    q = _q('Pope Francis issued a decree on Monday. The decree signed by the Pope read "The crimes of sexual abuse '
           'offend Our Lord, and harm the faithful." A letter written by the lawyer Jane Roe says "we will appeal '
           'this ruling, whatever it takes."')
    assert q["speaker"].tolist() == ["Francis", "Jane Roe"]


def test_it_read_after_a_body_released_a_statement():
    # Wikinews: 'The Georgian Tennis Federation (GFT) released a statement …. It read, "First of all, …"' had no speaker;
    # "it" after another body's statement is that body, not the last speaker
    q = _q('The Georgian Tennis Federation released a statement on the arrest. It read, "We have always condemned any '
           'form of violence." Acme Corp issued a brief statement on Monday. It said: "We are cooperating fully with '
           'the police."')
    assert q["speaker"].tolist() == ["Georgian Tennis Federation", "Acme Corp"]


def test_a_colon_after_a_pronouns_clause_with_no_quote_before():
    # Wikinews: 'Ali Khamenei … ordered three days of public mourning. In his message, he appreciated Soleimani's
    # lifepath: "…"' had no speaker (the earlier quote was a body's: "he" is not it); 'He encouraged ordinary people
    # to take part: "…"' neither
    q = _q('The Guard Corps declared that he was "martyred". Ali Khamenei ordered three days of public mourning. In his '
           'message, he appreciated the general\'s life: "He was a stellar example of those educated in Islam." Tony '
           'Blair spoke in Wellington. He encouraged ordinary people to take part: "One of the things you can do is '
           'keep up the pressure."')
    assert q["speaker"].tolist()[1:] == ["Ali Khamenei", "Tony Blair"]


def test_they_after_a_family_opening_the_sentence_before():
    # an obituary: 'Her sons, Chris Larkin and Toby Stephens, said in a statement that she died peacefully. "An
    # intensely private person, she was with friends and family at the end," they said.' had no speaker
    q = _q('Her sons, Chris Larkin and Toby Stephens, said in a statement that she died peacefully. "An intensely '
           'private person, she was with friends and family at the end," they said.')
    assert q["speaker"].tolist() == ["Her sons"]


def test_reading_on_answering_a_question_and_he_after_a_documents_words():
    # Wikinews: 'As the user reads on, they find that the "reporter" …' gave the scare quote to "the user"; 'the guy
    # … had answered the same angry question many, many times: "Why …?" "Because …," he said' gave both quotes to
    # "the same angry question many"; 'said the report …. "…," he added' gave "he" to the report
    q = _q('As the user reads on, they find that the "reporter" loses weight. The guy on the phone had answered the '
           'same angry question many times: "Why has your company charged me?"')
    assert q["speaker"].tolist()[0] is None and "question" not in str(q["speaker"].tolist()[1])
    q = _q('Lex Lasry spoke to reporters. "They must change the law," said the report that denounced it. "Let the rest '
           'of the world know we will not tolerate it," he said.')
    assert q["speaker"].tolist() == ["the report", "Lex Lasry"]


def test_the_chief_justice_named_before_and_a_news_agency_under_the_headline():
    from toolkit import load_article, quotes

    art = load_article('Court strikes down bonds scheme\n\nPress Trust of India\n\nNew Delhi: A bench headed by Chief '
                       'Justice DY Chandrachud struck down the scheme. "Information about funding of political parties is '
                       'essential," the Chief Justice said while reading out the verdict.\n')
    assert art.paragraphs["kind"].tolist() == ["title", "credit", "body"]
    assert quotes(art)["speaker"].tolist() == ["DY Chandrachud"]


def test_a_name_modifying_a_person_noun_is_not_the_speaker():
    # Wikinews: 'the Harvard graduated colonel got to the point of their meeting: "…," she said' was Harvard
    # University's; '"…," said the Wooster professor' was the college's
    q = _q('He met a colonel with a Harvard doctorate. After a few minutes, the Harvard graduated colonel got to the '
           'point of their meeting: "There have been missile attacks along our border," she said. "These effects '
           'matter," said the Wooster professor.')
    assert "Harvard University" not in q["speaker"].tolist() and "Wooster" not in q["speaker"].tolist()
    assert q["speaker"].tolist()[-1] == "the Wooster professor"


def test_a_colon_after_a_described_subject_behind_an_opening_phrase():
    q = _q('Asked about the plan, the minister was blunt: "It will not happen." After the vote, the party chairman had a '
           'message for members: "Stay calm and carry on." The court document was clear: "No appeal is possible."')
    assert q["speaker"].tolist() == ["the minister", "the party chairman", None]


def test_a_quote_glued_to_a_semicolon():
    # Wikinews: 'Democrats criticized the president for trying to link 9/11 with the war in Iraq;"The president's …,"
    # Nancy Pelosi, House Democratic leader, said. "He is willing …"' lost the first quote (its mark after ";" read as
    # a closing one) and the second's speaker
    q = _q('Democrats criticized the president for trying to link 9/11 with the war in Iraq;"The president\'s frequent '
           'references show the weakness of his arguments," Nancy Pelosi, House Democratic leader, said. "He is willing '
           'to exploit the sacred ground of 9/11."')
    assert q["speaker"].tolist() == ["Nancy Pelosi", "Nancy Pelosi"]


def test_a_name_given_in_title_case_after_dubbed_is_no_quote():
    # Wikinews: 'The event was dubbed "Welcome Home Sarah."', 'a military development program dubbed "Zrínyi 2026"'
    # were quotes without a speaker; a judgement after "branded" stays a quote
    from toolkit import load_article, quotes

    art = load_article('Headline here\n\nThe event was dubbed "Welcome Home Sarah." Hungary launched a programme dubbed '
                       '"Zrínyi 2026" in 2017. Jane Roe branded the plan "a disaster for the country."\n')
    assert quotes(art)["text"].tolist() == ["a disaster for the country."]


def test_a_statement_by_someone_that_quotes_them():
    # Wikinews: 'a statement by Presidential candidate Rudy Giuliani in October that "If I am President …"' had no
    # speaker
    q = _q('Fischer found worrisome a statement by Presidential candidate Rudy Giuliani in October that "If I am '
           'President, we will never find out." Remarks by Jane Roe: "We will win."')
    assert q["speaker"].tolist() == ["Rudy Giuliani", "Jane Roe"]


def test_it_said_after_a_sentence_where_one_body_speaks():
    # Reuters-style (the first US bird-flu death): '…, the Louisiana Department of Health said in a statement.
    # "The department has conducted an extensive …," it said.' had no speaker
    q = _q("The patient was infected after exposure to a backyard flock, the Louisiana Department of Health said in a "
           'statement. "The department has identified no additional cases," it said.')
    assert q["speaker"].tolist() == ["Louisiana Department of Health"]


def test_relative_clauses_after_an_aside_and_after_an_unnamed_subject():
    # Reuters-style (Trudeau's resignation): "Finance Minister Chrystia Freeland, once his closest ally, who accused
    # him of "costly political gimmicks"" had no speaker ("once" before the apposition's determiner); "The union,
    # which called the plan "a disgrace"" gave the plan as the speaker
    q = _q("His announcement followed the resignation of Finance Minister Chrystia Freeland, once his closest ally, who "
           'accused him of "costly political gimmicks" in a letter. The union, which called the plan "a disgrace", '
           'walked out. The plan, which critics called "a failure", was dropped.')
    assert q["speaker"].tolist() == ["Chrystia Freeland", "The union", "critics"]


def test_he_is_not_the_object_of_a_sentence_whose_subject_is_he():
    # Wikinews (Scaramucci): 'In the phone call, he demanded Lizza reveal who leaked … He said, "Reince is …"' gave
    # Lizza; 'He went on to mimic Priebus by saying, "…"' gave Priebus; 'In the same phone call he also criticised
    # … Steve Bannon. He was quoted as saying, "I'm not Steve Bannon …"' gave Bannon
    q = _q("Anthony Scaramucci contacted reporter Ryan Lizza after the dinner. In the phone call, he demanded Lizza "
           'reveal who leaked it and suspected Reince Priebus was responsible. He said, "Reince is paranoid." He went on '
           'to mimic Priebus by saying, "Let me leak the thing." In the same phone call he also criticised White House '
           'strategist Steve Bannon. He was quoted as saying, "I am not Steve Bannon."')
    assert q["speaker"].tolist() == ["Anthony Scaramucci"] * 3


def test_he_after_an_office_holder_named_by_title_in_the_sentence_before():
    # Wikinews (Sri Lanka, 2008): 'The Media Minister for Sri Lanka commented on the bombings. "It was a suicide
    # bombing of the Tigers," he said.' gave the minister killed in the bombing; a title naming a known holder
    # still resolves to the holder
    q = _q("The highways minister, Jeyaraj Fernandopulle, was killed by a bombing. The Media Minister for Sri Lanka "
           'commented on the bombings. "It was a suicide bombing," he said.')
    assert q["speaker"].tolist() == ["The Media Minister for Sri Lanka"]
    q = _q('Prime Minister Keir Starmer visited the site. The Prime Minister spoke to reporters. "This is a tragedy," '
           "he said.")
    assert q["speaker"].tolist() == ["Keir Starmer"]


def test_an_unnamed_source_after_an_opening_phrase_and_the_honourable():
    # Wikinews (Sai Baba): 'In a response to DNA, an unnamed public relations officer representing Sathya Sai Baba
    # confirmed … Speaking about the allegations, he said: "…"' gave Sai Baba; "Conservative MP Hon. Michael Gove
    # stated" a person "Hon" (who then took Gove's quote)
    q = _q("In a response to DNA, an unnamed public relations officer representing Sathya Sai Baba confirmed the visit. "
           'Speaking about the allegations, he said: "We do not care." Conservative MP Hon. Michael Gove stated that '
           'he would write. "We need a determined effort," he said.')
    assert q["speaker"].tolist() == ["an unnamed public relations officer representing Sathya Sai Baba", "Michael Gove"]


def test_a_body_that_says_what_a_person_urged():
    # Reuters-style (China): 'Prime Minister Li Qiang urged "maximum effort", CCTV said' gave CCTV; the broadcaster
    # reports the premier's words (as "Tass reported" after "Lavrov called the sanctions …")
    q = _q('Prime Minister Li Qiang urged "maximum effort", CCTV said. "We are ready," CCTV said.')
    assert q["speaker"].tolist() == ["Li Qiang", "CCTV"]


def test_a_prize_is_no_speaker_of_saying_after_its_verb():
    # Wikinews (the Peace Prize): "they elected to not award the Peace Prize saying "there was no suitable living
    # candidate"" gave the prize (then, once passed over, Gandhi of "the year of Gandhi's death"); "they" names no one
    # here, so no speaker
    q = _q("The committee met. In 1948, the year of Gandhi's death, they elected to not award the Peace Prize saying "
           '"there was no suitable living candidate", referring to the will.')
    assert q["speaker"].tolist() == [None]


def test_he_after_a_sentence_opened_by_the_company_its_subject_keeps():
    # Wikinews (Kenya, 2008): 'Flanked by opposition presidential candidate Raila Odinga and ODM lawmakers …, Nyongo
    # called the vote-rigging … a betrayal. "The Kibaki side does not want a just solution," he said.' gave Odinga
    q = _q("Anyang Nyongo is the party's secretary general. Flanked by opposition presidential candidate Raila Odinga and "
           "ODM lawmakers, Nyongo called the vote-rigging a betrayal. \"The Kibaki side does not want a just solution,\" "
           "he said.")
    assert q["speaker"].tolist() == ["Anyang Nyongo"]


def test_a_possessor_after_the_subject_of_a_joined_verb_does_not_speak():
    # a Reuters-style U.S. Steel story: 'Nippon Steel and U.S. Steel filed lawsuits on Monday challenging President
    # Biden's decision …, accusing the White House of "unlawful political interference."' gave Biden; Wikinews (2010):
    # 'News Corporation stated they were "shocked and dismayed" at Cable's comments, and said they "raise serious
    # questions …"' gave Cable
    q = _q("Nippon Steel and U.S. Steel filed lawsuits on Monday challenging President Biden's decision to block the "
           'deal, accusing the White House of "unlawful political interference."')
    assert q["speaker"].tolist() == ["Nippon Steel"]
    q = _q('News Corporation stated they were "shocked and dismayed" at Vince Cable\'s comments, and said they "raise '
           'serious questions about fairness."')
    assert q["speaker"].tolist() == ["News Corporation", "News Corporation"]


def test_he_after_a_sentence_opened_by_he_said_that_names_someone_else():
    # Wikinews (Parkin, 2005): 'Federal Attorney-General Phillip Ruddock stated that he knew of the case. He said that a
    # security assessment of Mr Parkin had been conducted. "I understand the decision was based upon …," he said.'
    # gave Parkin (the last speaker was Ms Thompson, so the sentence opening with "He said" was passed over)
    q = _q("A US peace activist, Scott Parkin, has been arrested in Melbourne. Liz Thompson from the National "
           "Anti-Deportation Alliance said Mr Parkin was held by Federal Police. She said the incident seemed to "
           "contradict Philip Ruddock's denial that Australia was turning into a police state. \"This is a major attack "
           "on dissent,\" Ms Thompson said. She was referring to the proposed legislation. Federal Attorney-General "
           "Phillip Ruddock stated that he knew of the case. He said that a security assessment of Mr Parkin had been "
           "conducted. \"I understand the decision was based upon a security assessment,\" he said.")
    assert q["speaker"].tolist() == ["Liz Thompson", "Phillip Ruddock"]
    # … but "He again called Chávez …" after "He added that … as Chávez suggested" is still the last speaker's
    q = _q('Robertson said: "I think that we really ought to go ahead and do it." He added that he did not believe '
           'Venezuela would stop exporting oil as Chávez suggested. He again called Chávez a "terrific danger" to the U.S.')
    assert q["speaker"].tolist() == ["Robertson", "Robertson"]


def test_he_after_a_sentence_whose_last_clause_opens_with_but_and_a_name():
    # Wikinews (Kyrgyzstan, 2005): 'Opposition MP Ishinbai Kadyrbekov had initially been named acting president
    # yesterday, but today opposition leader Kurmanbek Bakiyev was named both acting president and prime minister.
    # "Parliament today appointed me prime minister …," he said' gave Kadyrbekov
    q = _q("Opposition MP Ishinbai Kadyrbekov had initially been named acting president yesterday, but today opposition "
           'leader Kurmanbek Bakiyev was named both acting president and prime minister. "Parliament today appointed me '
           'prime minister," he said.')
    assert q["speaker"].tolist() == ["Kurmanbek Bakiyev"]


def test_he_after_the_writer_asked_an_unnamed_source():
    # an opinion column: 'I asked a senior Polish official last week what Warsaw would do if the Americans left. "We
    # have been preparing for this since 2014," he told me.' gave Emmanuel Macron, named two paragraphs before
    q = _q("France's Emmanuel Macron talked about \"strategic autonomy\" but did little to build it. That era is over. I "
           "asked a senior Polish official last week what Warsaw would do if the Americans left. \"We have been "
           "preparing for this since 2014,\" he told me.")
    assert q["speaker"].tolist() == ["Emmanuel Macron", "a senior Polish official"]


def test_he_is_never_the_one_spoken_to_in_the_quotes_own_sentence():
    # Wikinews (2019): 'PBS revealed that Crown Prince Mohammad bin Salman accepted responsibility for the murder.
    # Speaking to Martin Smith of PBS, he said, "It happened under my watch."' gave Martin Smith
    q = _q("PBS revealed that Crown Prince Mohammad bin Salman accepted responsibility for the murder. Speaking to Martin "
           'Smith of PBS, he said, "It happened under my watch."')
    assert q["speaker"].tolist() == ["Mohammad bin Salman"]


def test_a_quote_ending_in_an_exclamation_then_a_name_its_description_and_the_verb():
    # a Reuters-style SpaceX story: '"Success is uncertain, but entertainment is guaranteed!" Elon Musk, SpaceX's chief
    # executive, wrote on X after the loss.' gave "The company" (the speaker of the quote before); a sentence after a
    # quote ending in a full stop is the next statement, not the quote's attribution
    q = _q('The company said the vehicle had a "rapid unscheduled disassembly" over the ocean. "Success is uncertain, but '
           'entertainment is guaranteed!" Elon Musk, SpaceX\'s chief executive, wrote on X after the loss.')
    assert q["speaker"].tolist() == ["The company", "Elon Musk"]


def test_a_party_epithet_is_the_politician_named_before():
    # a dpa-style rail strike story: '"A strike of this length hurts everyone," the FDP politician said.' after
    # "Transport Minister Volker Wissing urged …" gave "the FDP politician"; "the Democrat said" gave the Democratic
    # Party; with two people named before, the epithet stays open
    q = _q("Transport Minister Volker Wissing urged both sides to talk. \"A strike of this length hurts everyone,\" the "
           "FDP politician said. Senator Jon Tester spoke on Monday. \"It was a fine day for the state,\" the Democrat "
           "said. Keir Starmer met Rishi Sunak. \"It was a fine day for the country,\" the Labour leader said.")
    assert q["speaker"].tolist() == ["Volker Wissing", "Jon Tester", "the Labour leader"]


def test_a_shows_title_and_a_noun_that_is_also_a_verb_of_saying():
    # an IT outage story: 'he told NBC's "Today" show' made a quote "Today"; Wikinews: 'banned "until further notice"
    # due to mistranslating comments made by Iran's President' made "due to mistranslating" the speaker (the noun
    # "comments" read as "X comments")
    q = _q('"We are deeply sorry for the impact we have caused to customers," he told NBC\'s "Today" show. Iran has '
           'banned CNN "until further notice" due to mistranslating comments made by its President.')
    assert q["text"].tolist() == ["We are deeply sorry for the impact we have caused to customers,", "until further notice"]
    assert q["speaker"].tolist()[1] is None


def test_according_to_a_description_then_the_name():
    # Wikinews: 'According to the PMDB leader, Senator Ney Suassuna, the denunciations are "nitroglycerine …"' gave "the
    # PMDB leader"
    q = _q('The testimony is at the centre of the crisis. According to the PMDB leader, Senator Ney Suassuna, the '
           'denunciations are "nitroglycerine thrown into the arteries of the Republic every minute".')
    assert q["speaker"].tolist() == ["Ney Suassuna"]


def test_a_bench_of_judges_speaks_as_the_bench():
    # a PTI-style court story: 'A bench of Justices Surya Kant and Ujjal Bhuyan said … must act "in a humane manner"'
    # gave the last judge named
    q = _q('A bench of Justices Surya Kant and Ujjal Bhuyan said the railways were entitled to their land but the '
           'authorities must act "in a humane manner".')
    assert q["speaker"].tolist() == ["A bench of Justices Surya Kant and Ujjal Bhuyan"]


def test_a_verb_of_saying_inside_a_relative_clause_is_not_the_quotes():
    # Wikinews: 'Gore called the wiretapping program, which the White House insists is vital to the defense of America,
    # "a threat to the very structure of our government"' gave the White House
    q = _q('Former Vice President Al Gore spoke on Monday. Gore called the program, which the White House insists is vital '
           'to the defense of America, "a threat to the very structure of our government" and urged an inquiry.')
    assert q["speaker"].tolist() == ["Al Gore"]


def test_it_said_is_the_body_that_is_the_subject_of_the_sentence_before():
    # a Reuters-style Sudan story: 'The RSF, led by …, has been at war with the army since April 15. It denied targeting
    # civilians and said the fighting was between "tribal groups".' left the quote unattributed, as did '"…," it said'
    # after "Greenpeace criticised the plan."
    art = load_article("Headline for the story\n\nThe Rapid Support Forces (RSF) seized the town. Witnesses described killings.\n\nThe RSF, led "
                       "by General Mohamed Hamdan Dagalo, has been at war with the army since April 15. It denied targeting "
                       'civilians and said the fighting was between "tribal groups".\n\nGreenpeace criticised the plan. "This '
                       'is a disaster," it said.')
    assert quotes(art)[["speaker", "text"]].values.tolist() == [
        ["Rapid Support Forces", "tribal groups"], ["Greenpeace", "This is a disaster,"]]


def test_a_quote_then_read_the_statement():
    # Wikinews (ID wn-va-2019-158): '"No Coalition troops were injured. …;" read the statement; "we will not be deterred
    # by these attacks …."' left both parts unattributed ("reads" was a verb of saying, "read" only before a quote); the
    # statement is the words of the body that released it
    got = _q('Operation Inherent Resolve released a statement. "No troops were injured in the attack;" read the '
             'statement; "we will not be deterred by these attacks." He read the report twice.')
    assert got[["speaker", "text"]].values.tolist() == [
        ["Operation Inherent Resolve", "No troops were injured in the attack;"],
        ["Operation Inherent Resolve", "we will not be deterred by these attacks."]]


def test_a_question_then_a_name_an_apposition_and_asked():
    # '"…?" X, the chief executive, asked' (a known gap of the last notes) was unattributed: "asked" was kept out of the
    # pass that takes the name before an apposition (for '"…?" asked X', where no word comes before the verb)
    got = _q('The council met on Monday. "Why should we pay for this?" Linda Ortega, the mayor, asked. "Who pays?" asked '
             "Tom Reyes.")
    assert got[["speaker", "text"]].values.tolist() == [["Linda Ortega", "Why should we pay for this?"],
                                                        ["Tom Reyes", "Who pays?"]]


def test_an_infinitive_of_saying_after_a_quote_is_no_attribution():
    # a Reuters-style G20 story: 'Olaf Scholz told reporters that it was "not enough" to say nothing about Russia's
    # responsibility' gave the quote to Russia ("to say" read as the verb of an inverted subject after the quote)
    got = _q('German Chancellor Olaf Scholz told reporters that it was "not enough" to say nothing about Russia\'s '
             'role.')
    assert got[["speaker", "text"]].values.tolist() == [["Olaf Scholz", "not enough"]]


def test_an_aside_ending_inside_a_titles_quotation_marks():
    # an AP-style obituary: 'Oprah Winfrey, whom Jones cast in “The Color Purple,” called him “a beacon of light” on
    # Instagram' gave the words to Jones (the title blanked with its comma, the aside "whom Jones cast …" had no end),
    # and the next '"…," she wrote.' had no speaker
    got = _q('Jones scored the film "The Color Purple," which he also produced. Oprah Winfrey, whom Jones cast in "The '
             'Color Purple," called him "a beacon of light" on Instagram. "Every person who met him was blessed," she '
             'wrote.')
    assert got[["speaker", "text"]].values.tolist() == [
        ["Oprah Winfrey", "a beacon of light"], ["Oprah Winfrey", "Every person who met him was blessed,"]]


def test_a_body_or_person_in_apposition_after_an_owners_possessive():
    # an AP-style Pakistan story: 'Khan's party, Pakistan Tehreek-e-Insaf (PTI), called the ruling “a mockery of justice”
    # and said it would appeal' gave the words to Khan (the first name of the sentence; people were preferred)
    for tail in (" and said it would appeal.", "."):
        got = _q("Imran Khan was jailed. Khan's party, Pakistan Tehreek-e-Insaf (PTI), called the ruling \"a mockery "
                 f'of justice"{tail} Khan\'s lawyer, Ali Zafar, called it "a farce"{tail}')
        assert got[["speaker", "text"]].values.tolist() == [["Pakistan Tehreek-e-Insaf", "a mockery of justice"],
                                                            ["Ali Zafar", "a farce"]]


def test_a_source_with_a_gloss_in_brackets_before_its_verb():
    # Wikinews ID202214: 'Four of the affected teachers "were the backbone of the school," a former prefect (student
    # leader) said' had no speaker (the bracket cut the phrase); a member's party and state likewise
    got = _q('Four of the teachers "were the backbone of the school," a former prefect (student leader) said. "We will '
             'win," Rep. John Murtha (D-PA) said.')
    assert got[["speaker", "text"]].values.tolist() == [["a former prefect", "were the backbone of the school,"],
                                                        ["John Murtha", "We will win,"]]


def test_advised_and_reminded_introduce_words():
    # Wikinews ID45389: '"There's a second reason you should do everything possible to protect civilians," Byers advised.'
    # had no speaker; ID147599: 'Google advised individual users to use more discretion while online, "We would advise
    # people to …"' likewise
    got = _q('Michael Byers teaches law. "There is a second reason to protect civilians," Byers advised. "Israel has to '
             'work hard," he reminded them.')
    assert got["speaker"].tolist() == ["Michael Byers", "Michael Byers"]


def test_a_group_with_some_members_named_speaks_as_the_group():
    # Wikinews (Zimbabwe, 2008): "forty prominent African leaders, including former UN Secretaries-General Kofi Annan
    # and Boutros Boutros-Ghali, criticized the government …, demanding an end to acts of “intimidation, …”" gave the
    # words to Boutros-Ghali (and the plural title made "UN Secretaries-General Kofi Annan" a body)
    text = ('Headline\n\nOn Friday, forty prominent African leaders, including former UN Secretaries-General Kofi Annan '
            'and Boutros Boutros-Ghali, criticized the government in an open letter, demanding an end to acts of '
            '"intimidation, harassment and violence". Several ministers, including Tendai Biti, said the plan was "a '
            'disaster".')
    art = load_article(text)
    q = quotes(art)
    assert q["speaker"].tolist() == ["forty prominent African leaders", "Several ministers"]
    got = actors(art)
    types = dict(zip(got["actor"], got["type"], strict=False))
    assert types["Kofi Annan"] == "person" and types["United Nations"] == "organization"


def test_the_subject_of_a_relative_clause_without_that_names_the_words():
    # a climate summit: 'a deal poorer nations called “a paltry sum”' gave the words to "a deal poorer nations"
    q = quotes(load_article('Headline\n\nCountries agreed on a deal, a deal poorer nations called "a paltry sum". The '
                            'government announced the cuts, a move critics called "reckless". The court said the plan '
                            'was "unlawful".'))
    assert q["speaker"].tolist() == ["poorer nations", "critics", "The court"]


def test_a_relative_clause_after_the_quote_is_not_its_attribution():
    # Wikinews (Kyrgyzstan, 2005): 'Kulov said that he was “too busy” to even think about running in the new election,
    # which Bakayev has said is planning on running in' gave the words to Bakayev; '…, which he called …' after a quote
    # whose verb before has no speaker stays the pronoun's
    q = quotes(load_article('Headline\n\nFelix Kulov won. Kulov said that he was "too busy" to even think about running '
                            'in the new election, which Bakayev has said is planning on running in.'))
    assert q["speaker"].tolist() == ["Felix Kulov"]


def test_repeated_introduces_words():
    # Wikinews (2005): 'Ms. Sgrena repeated her statement that the car … had “no warning signal…no warning shot” and “the
    # searchlight was turned on after the shots were fired.”' had no speaker
    q = quotes(load_article('Headline\n\nGiuliana Sgrena spoke. Ms. Sgrena repeated her statement that the car had "no '
                            'warning signal, no warning shot" and "the searchlight was turned on after the shots were '
                            'fired."'))
    assert q["speaker"].tolist() == ["Giuliana Sgrena", "Giuliana Sgrena"]


def test_a_quote_glued_to_the_sentence_before_opens_there():
    # Wikinews (Guantanamo prosecutors, 2005): 'the American public."I consider the insistence … a fraud on the
    # American people," Maj Preston wrote. "Surely they don't expect …"' lost the first quote (its mark read as a closing
    # one) and the second's speaker (Wikinews: three more articles gain a quote, each with its speaker)
    text = ('Headline\n\nMaj Robert Preston asked to leave the American public."I consider the insistence on pressing '
            'ahead a fraud on the American people," Maj Preston wrote. "Surely they don\'t expect this."')
    q = quotes(load_article(text))
    assert q["speaker"].tolist() == ["Robert Preston", "Robert Preston"]
    assert q["text"].tolist()[0].startswith("I consider")


def test_no_inverted_speaker_after_a_verb_with_a_clause_of_its_own():
    # China's NPC: 'China set an economic growth target of “around 5%” for this year on Wednesday, unveiled a 7.2% rise
    # in defence spending and pledged more support for consumers' gave the words to "more support for consumers"
    # (Wikinews: 'His spokeswoman described it as “…”' gave Ignatieff, 'Israel rejected the accusation, stating …' Mark
    # Regev); '“…,” said the minister' still inverts
    q = quotes(load_article('Headline\n\nChina set a growth target of "around 5%" for this year on Wednesday, unveiled '
                            'a rise in defence spending and pledged more support for consumers. "We will act," said '
                            'Premier Li Qiang.'))
    assert q["speaker"].tolist() == [None, "Li Qiang"]


def test_a_title_before_its_year_and_a_firm_described_by_its_town_and_state():
    # an obituary: 'retired from acting after “Welcome to Mooseport” in 2004 and wrote novels' gave the title to
    # "novels"; a recall: '“We deeply regret …,” the Sarasota, Florida-based company said' had no speaker
    q = quotes(load_article('Headline\n\nHackman retired after "Welcome to Mooseport" in 2004 and wrote novels. "We '
                            'deeply regret the impact," the Sarasota, Florida-based company said in a statement.'))
    assert q[["speaker", "text"]].values.tolist() == [["the Sarasota, Florida-based company",
                                                        "We deeply regret the impact,"]]


def test_demanded_before_a_quote_and_a_group_before_a_plain_verb():
    # "Forty African leaders, including Kofi Annan and Boutros Boutros-Ghali, demanded “an end to violence”" had no
    # speaker ("demanded" no verb of saying; Wikinews: 'The Forces Nouvelles spokesman further demanded that “…”'); after
    # a quote it stays none ('“blatant bad behaviour” on the part of the boats … demanded immediate action'), and a
    # phrase with a verb is no group ('Vanderbilt also authored several books, including …, which the New York Times
    # called “…”')
    q = quotes(load_article('Headline\n\nForty African leaders, including Kofi Annan and Boutros Boutros-Ghali, '
                            'demanded "an end to violence". The minister said that "blatant bad behaviour" on the boats '
                            'demanded immediate action. Vanderbilt authored several books, including the novel '
                            'Obsession, which the New York Times called "the steamiest book ever written".'))
    assert q["speaker"].tolist() == ["Forty African leaders", "The minister", "The New York Times"]


def test_an_apposition_without_its_closing_comma_before_said():
    # Wikinews: 'However; Robin Costello, spokeswoman for Kennedy said, "we have no knowledge of any citations,"' gave
    # the quote to Kennedy (the name the role is for); an unnamed spokeswoman still speaks for the one she serves
    q = quotes(load_article('Headline\n\nKennedy spent time at the clinic. However; Robin Costello, spokeswoman for '
                            'Kennedy said, "we have no knowledge of any citations." A spokeswoman for Smith said "no."'))
    assert q["speaker"].tolist() == ["Robin Costello", "Smith"]


def test_chanted_and_a_role_before_the_name_after_an_exclamation_and_a_document_named_like_a_verb():
    # Wikinews: 'Protestors chanted "Oppose war, Love Taiwan"', 'the crowd chanted "jia ru, jia ru"' had no speaker;
    # '"What do we want from China? Peace!" DPP lawmaker Bikhim Hsiao chanted with the crowd' none either (the
    # splitter ends the sentence at "!", and the verb is the fifth word after it); '"Storm Lorenzo will produce …",
    # read the warning' none ("warning" is also a verb's form); a slogan "was chanted" by no one named
    q = quotes(load_article('Headline\n\nProtestors chanted "Oppose war, Love Taiwan" in the square. "What do we want '
                            'from China? Peace!" DPP lawmaker Bikhim Hsiao chanted with the crowd. "Storm Lorenzo will '
                            'produce significant swell", read the warning. "Down with the British" was chanted, Robert '
                            'Mugabe saying the British are "like thieves".'))
    assert q["speaker"].tolist()[:4] == ["Protestors", "Bikhim Hsiao", "the warning", None]


def test_she_is_the_storys_first_person_when_every_other_named_since_is_a_man():
    # Wikinews: 'Phumzile Mlambo-Ngcuka was sworn in … after Jacob Zuma was sacked … President Thabo Mbeki give her.
    # "I will be looking after women and youth," she also said.' had no speaker (no list knows "Phumzile")
    q = quotes(load_article('Headline\n\nPhumzile Mlambo-Ngcuka was sworn in as deputy president on Thursday. Her '
                            'appointment comes after Jacob Zuma was sacked. She will take on assignments President '
                            'Thabo Mbeki gives her. "I will be looking after women and youth," she also said.'))
    assert q["speaker"].tolist() == ["Phumzile Mlambo-Ngcuka"]


def test_a_verb_with_its_auxiliary_joined_by_but_to_a_named_subjects_clause():
    # Wikinews: 'Mahmoud Abbas, the current President of the Palestinian Authority, was not affected by the election
    # results but has said that he, "might resign …"' had no speaker ("but said" had one); an unnamed subject keeps
    # none ('The train manager … contacted the British Transport Police, …, and has said that "…"')
    q = quotes(load_article('Headline\n\nMahmoud Abbas, the current President of the Palestinian Authority, was not '
                            'affected by the election results but has said that he, "might resign if unable to pursue a '
                            'peace policy." The train manager is reported to have contacted the British Transport '
                            'Police, who met the train, and has said that "the matter was resolved informally".'))
    assert q["speaker"].tolist() == ["Mahmoud Abbas", None]


def test_a_speaker_of_a_body_whose_name_holds_and_or_an_acronym_after_it():
    # Wikinews: '"…," Jim Nussle of the Office of Management and Budget said' gave the body ("and" cut the phrase),
    # as did "the Bureau of Engraving and Printing", "George Galloway, MP for Bethnal Green and Bow"; '"…," Myint Thein of
    # the National League for Democracy (NLD) was quoted as saying by Reuters' had none (the acronym in brackets);
    # "Smith and Jones said" still cuts at "and"
    q = quotes(load_article('Headline\n\n"The stimulus bill is the reason," Jim Nussle of the Office of Management and '
                            'Budget said. "The authorities made preparations," Myint Thein of the National League for '
                            'Democracy (NLD) was quoted as saying by Reuters. "Go," Smith and Jones said.'))
    assert q["speaker"].tolist() == ["Jim Nussle", "Myint Thein", "Jones"]


def test_was_how_someone_described_it_after_the_quote_and_not_across_a_finished_one():
    # Wikinews: '"seriously flawed and does not achieve its stated aims …," was how Slater described the Electoral
    # Finance Bill' had no speaker ("how" did not end the phrase before the verb); the Law Society's quote right before
    # it, closed by its full stop and introduced by "has said", stays the Law Society's (not the verb after the next
    # quote); 'is how Jane Smith put it' too
    q = quotes(load_article('Headline\n\nCameron Slater founded the coalition. The Law Society has said, "The Bill has '
                            'serious defects." "Seriously flawed and does not achieve its stated aims," was how Slater '
                            'described the Electoral Finance Bill. "A disaster for everyone," is how Jane Smith put it.'))
    assert q["speaker"].tolist() == ["Law Society", "Cameron Slater", "Jane Smith"]


def test_by_claiming_after_a_clause_whose_subject_is_a_pronoun():
    # Wikinews: 'He made a damning comment regarding the speed of the process by claiming that, "Iraq is bleeding …"'
    # had no speaker ("by saying" was read only after a named subject)
    q = quotes(load_article('Headline\n\nAmbassador Zalmay Khalilzad said last Saturday that the government needs '
                            'good ministers. He made a damning comment regarding the speed of the process by claiming '
                            'that, "Iraq is bleeding while they are moving at a very slow pace."'))
    assert q["speaker"].tolist() == ["Zalmay Khalilzad"]


def test_a_court_ruled_or_held_that_and_a_time_adverb_opening_the_subject():
    # Wikinews: 'The United States Supreme Court on Monday ruled that "tobacco companies … may be sued for fraud."' and
    # 'but held that as a member of the middle class … the "party left people like me."' had no speaker; 'Later the
    # President of the Senate ruled that the gesture was "unseemly but not obscene"' gave "Later the President of the
    # Senate"; "ruled Britain", "ruled out" are no verbs of saying
    q = quotes(load_article('Headline\n\nThe United States Supreme Court on Monday ruled that "tobacco companies may be '
                            'sued for fraud." Doug Stern spoke next but held that the "party left people like me." '
                            'Later the President of the Senate ruled that the gesture was "unseemly but not obscene". '
                            'Thatcher, the "Iron Lady", ruled Britain for 11 years.'))
    assert q["speaker"].tolist() == ["United States Supreme Court", "Doug Stern", "the President of the Senate", None]


def test_a_plural_noun_spelled_like_a_verb_after_a_preposition():
    # Wikinews: 'He said, in remarks published by CNN in February, "[o]ther than influenza, …"' gave CNN ("remarks" read
    # as the verb, CNN as the name after it); "Smith remarks that “…”" is still a verb
    q = quotes(load_article('Headline\n\nAccording to Dr. Tom Frieden, the pandemic is bad. He said, in remarks '
                            'published by CNN in February, "other than influenza, no other virus has been tracked." '
                            'Jane Smith remarks that "it is early".'))
    assert q["speaker"].tolist() == ["Tom Frieden", "Jane Smith"]


def test_a_relative_clause_after_the_subject_and_a_group_opening_a_participle_without_a_comma():
    # Wikinews: 'An Army chaplain who witnessed his execution wrote to his widow, "A finer soldier never lived"', 'an
    # attorney for the professors who sued ORU said, "…"' and 'Some Muslim students voiced concern saying, "…"' had no
    # speaker; 'He said that doctors who had watched the video had observed "…"' stays his (no determiner before
    # "doctors": a reported clause)
    q = quotes(load_article('Headline\n\nAn Army chaplain who witnessed his execution wrote to his widow "A finer '
                            'soldier never lived". Some Muslim students voiced concern saying, "We do not understand '
                            'why people have to see the images." Jaime Manalich spoke. He said that doctors who had '
                            'watched the video had observed the men suffering from "severe dermatological problems."'))
    assert q["speaker"].tolist() == ["An Army chaplain", "Some Muslim students", "Jaime Manalich"]


def test_an_aside_after_did_a_document_which_read_and_voiced_or_asserting():
    # Wikinews: 'He did, however, say that, "The only purpose …"', 'They released a statement which said, "Hagia Sophia
    # …"' (after 'The US Commission on International Religious Freedom (USCIRF) also criticized the move'), 'Another
    # mother voiced concerns about her child: "…"', 'asserting Foundem "duplicates 79% …"' had no speaker
    q = quotes(load_article('Headline\n\nAt a press conference, Mr. Li Zhaoxing said that the increase was a response. '
                            'He did, however, say that, "The only purpose of our limited military strength is to '
                            'safeguard sovereignty." The US Commission on International Religious Freedom (USCIRF) also '
                            'criticized the move. They released a statement which said, "Its status as a museum must be '
                            'maintained." Police issued a statement which read, "The man was arrested." An Israeli '
                            'foreign ministry spokesman voiced concerns that "giving legitimacy to Hamas" was wrong. '
                            'Google denied it, asserting Foundem "duplicates its content."'))
    assert q["speaker"].tolist() == ["Li Zhaoxing", "US Commission on International Religious Freedom", "Police",
                                     "An Israeli foreign ministry spokesman", "Google"]


def test_found_that_and_a_bodys_they_after_a_time_opening_its_sentence():
    # Wikinews: 'In 1998, an English court found that he is "an active Holocaust denier …"', 'The report also found
    # that nuclear energy is "the safest …"' had no speaker or another's; 'This Thursday the United States Commission
    # on International Religious Freedom (USCIRF) also criticized the move …. They released a statement which said,
    # "…"' none (the time opening the sentence hid its subject)
    q = quotes(load_article('Headline\n\nIn 1998, an English court found that he is "an active Holocaust denier". The '
                            'report also found that nuclear energy is "the safest way of generating electricity". This '
                            'Thursday the United States Commission on International Religious Freedom (USCIRF) also '
                            'criticized the move. They released a statement which said, "Its status as a museum must be '
                            'maintained."'))
    assert q["speaker"].tolist() == ["an English court", "The report",
                                     "United States Commission on International Religious Freedom"]


def test_an_adjective_opening_a_group_an_adverb_before_the_verb_and_holds_that():
    # Wikinews: 'Conservative commentators mostly agreed that President Bush "got the better of the exchange."' and
    # 'Nevertheless, Jones holds that Egypt "would definitely be better advised …"' had no speaker
    q = quotes(load_article('Headline\n\nConservative commentators mostly agreed that President Bush "got the better of '
                            'the exchange." Nevertheless, Terry Jones holds that Egypt "would be better advised to wait."'))
    assert q["speaker"].tolist() == ["Conservative commentators", "Terry Jones"]


def test_an_adverb_of_manner_between_a_document_and_its_verb():
    # Wikinews: 'The proclamation specifically said "the COVID-19 outbreak in the United States constitutes a national
    # emergency"' had no speaker ("specifically" read as part of the subject)
    q = quotes(load_article('Headline\n\nTrump declared a national emergency. The proclamation specifically said "the '
                            'outbreak constitutes a national emergency" and said it began on March 1.'))
    assert q["speaker"].tolist() == ["The proclamation"]


def test_mouthed_is_a_verb_of_saying():
    # a made-up court story: '… turned to his family in the gallery and mouthed "I love you".' had no speaker
    q = quotes(load_article('Headline\n\nDaniel Okafor knelt after the verdict was read, then turned to his family in '
                            'the gallery and mouthed "I love you". His lawyer called it "a great victory".'))
    assert q["speaker"].tolist() == ["Daniel Okafor", "His lawyer"]


def test_a_participle_of_saying_right_after_a_quote_of_two_sentences():
    # Wikinews: 'Spearman remarked, "It's been a long, hard fight. I'm starting to see … whose names I don't know,"
    # further remarking, "Women in Nevada have said …"' had no second speaker (the first quote's second sentence
    # opens the participle's sentence); 'he told Face The Nation … adding, "[I'm going to take my] game on the road"'
    # was the programme's; "remarking", "emphasizing" were no verbs of saying
    q = quotes(load_article('Headline\n\nState Senator Patricia Ann Spearman remarked, "It has been a long, hard '
                            'fight. I am starting to see the fruits of my labor," further remarking, "Women in Nevada '
                            'have said it is time." Democrat Spearman, a minister, was first elected in 2012.'))
    assert q["speaker"].tolist() == ["Patricia Ann Spearman", "Patricia Ann Spearman"]
    q = quotes(load_article('Headline\n\nThe Norwegian Nobel Institute awarded him the prize, emphasizing women who '
                            'have to "struggle against repressive conditions".'))
    assert q["speaker"].tolist() == ["Norwegian Nobel Institute"]


def test_an_abbreviations_dots_inside_a_relative_clause_before_the_verb():
    # a markets story: 'Beijing, which has raised its own levies on U.S. goods to 84%, said it would "fight to the end"'
    # had no speaker (the dots of "U.S." ended the relative clause)
    q = quotes(load_article('Headline\n\nBeijing, which has raised its own levies on U.S. goods to 84%, said it would '
                            '"fight to the end".'))
    assert q["speaker"].tolist() == ["Beijing"]


def test_an_unnamed_source_before_a_closed_relative_clause():
    # a made-up crime story: 'One resident, who did not want to be named, said: "It's a quiet street."' had no speaker
    q = _q('Neighbours heard shouting. One resident, who did not want to be named, said: "It is a quiet street. '
           'Nothing like this happens here."')
    assert q["speaker"].tolist() == ["One resident"]


def test_he_said_after_a_given_name_alone():
    # an obituary: 'Ellison died on Saturday, her son Thomas said in a statement. "Mum lived …," he said.' had no
    # speaker ("he" is not the woman the story is about, and a given name alone had no sex)
    q = _q('Margaret Kellaway died on Saturday, her son Thomas said in a statement. "Mum lived the way she '
           'reported," he said.')
    assert q["speaker"].tolist() == ["Thomas"]


def test_according_to_a_document_on_a_day_by_its_author():
    # Wikinews: '"The airline transports weapons …," according to a tweet on Monday by US Secretary of State Mike
    # Pompeo.' gave the speaker "a tweet" (the day ended the noun phrase before "by")
    q = _q('"The airline transports weapons across the region," according to a tweet on Monday by Secretary of State '
           'Daniel Okafor. "It is over," according to a statement yesterday by the ministry.')
    assert q["speaker"].tolist() == ["Daniel Okafor", "the ministry"]


def test_a_person_before_an_affiliation_and_a_closed_relative_clause():
    # a health story: 'Prof Naveed Sattar, of the University of Glasgow, who was not involved in the work, said the
    # findings were "robust"' gave the university
    q = _q('The study was large. Prof Ailsa Brennock, of the University of Glasgow, who was not involved in the work, '
           'said the findings were "robust" but could not prove cause.')
    assert q["speaker"].tolist() == ["Ailsa Brennock"]


def test_he_after_an_opening_phrase_with_another_person():
    # an election story: 'After visiting Governor-General Sam Mostyn at Government House in Canberra on Friday
    # morning, Mr Albanese said … / "We are building …," he told reporters.' gave the Governor-General
    q = _q('Prime Minister Aldo Ferrante has called an election for May 3.\n\nAfter visiting Governor-General Paul Marsh '
           'at Government House in Canberra on Friday morning, Mr Ferrante said voters faced a clear choice.\n\n"We '
           'are building the future," he told reporters.')
    assert q["speaker"].tolist() == ["Aldo Ferrante"]


def test_a_documents_possessor_before_a_colon_and_a_document_with_which():
    # Wikinews: "Weaver's statement echoed that of Nelson: "It has been my honor …"" had no speaker (a possessive was
    # passed over as no clause's subject); "questions about a leaked secret British memo, which states, in reference to
    # the Bush administration, that "…"" gave Bush (the subject of the sentence), not the memo
    q = _q('Aides quit\n\nJohn Wexford quit. Wexford\'s statement echoed that of Nelson: "It has been my honor."')
    assert q["speaker"].tolist() == ["John Wexford"]
    q = _q('Reward offered\n\nThe contest comes after Gordon Blake has declined for a month to answer questions about a '
           'leaked secret memo, which states, in reference to the administration, that "the facts were being fixed".')
    assert q["speaker"].tolist() == ["a leaked secret memo"]


def test_he_after_an_unnamed_person_with_a_relative_clause():
    # Wikinews: 'A person who witnessed one of the bombings commented on the situation. "I saw cars on fire …," he
    # said.' had no speaker
    q = _q('Bombings\n\nThree also died from a car bomb in Baghdad. A person who witnessed one of the bombings commented '
           'on the situation. "I saw cars on fire," he said.')
    assert q["speaker"].tolist() == ["A person who witnessed one of the bombings"]


def test_a_title_in_sentence_case_set_off_after_its_works_noun():
    # an auction story: 'The 1890 canvas, "Meules, fin de l'été", was bought by a telephone bidder, the auction house
    # said' gave the house a quote (and an organisation "Meules"); Wikinews 'imitating a song called "Day after Day,"'
    # a quote without a speaker; a verb "show" before a quote keeps it ('will show "America and Israel's crimes"')
    art = load_article('Headline\n\nThe 1890 canvas, "Meules, fin de l\'été", was bought by a telephone bidder, the '
                       'auction house said. He imitated a song called "Day after Day," so it would fit. The newspaper '
                       'said it will show "America and Israel\'s crimes and plundering".')
    assert quotes(art)["text"].tolist() == ["America and Israel's crimes and plundering"]
    a = actors(art)
    types = dict(zip(a["actor"], a["type"], strict=True))
    assert types["Meules, fin de l'été"] == types["Day after Day"] == "work" and "Meules" not in types


def test_a_regions_people_stand_for_a_person_of_its_country():
    # a made-up golf report: 'Pettit, who led … "Golf can be cruel," the Texan told Sky Sports' (Pettit written as
    # "American Jordan Pettit") had the speaker "the Texan"; a Texan is an American, a Bavarian a German
    q = quotes(load_article('Headline\n\nSwedish golfer Henrik Lindqvist beat American Jordan Pettit. Pettit, who led '
                            'by two shots, bogeyed the 16th. "Golf can be cruel," the Texan told Sky Sports. German '
                            'Lena Vogt won the women\'s event. "It was a long day," the Bavarian said.'))
    assert q["speaker"].tolist() == ["Jordan Pettit", "Lena Vogt"]


def test_subjects_past_a_relative_clause_an_adverbs_second_verb_and_a_two_word_epithet():
    # Wikinews: 'The government statement, which was posted on Twitter, announced the President's death "with great
    # sorrow …"' gave the speaker Twitter; 'Chávez called the vote a "photo finish," but swiftly conceded defeat' the
    # speaker "defeat"; 'The 82-year old political veteran, who's now known for …, said that the atmosphere … was
    # "cordial"' (after Mahathir Mohamad and Abdullah Badawi) the other leader
    q = quotes(load_article(
        'Headline\n\nThe government statement, which was posted on Twitter, announced his death "with great sorrow to '
        'the nation." Hugo Chávez called the vote a "photo finish," but swiftly conceded defeat. Former Prime '
        'Minister Mahathir Tunku met current Prime Minister Abdullah Rahim. The 82-year old political veteran, who is '
        'known for regretting his handing of power to Dr. Rahim, said that the atmosphere was "cordial".'))
    assert q["speaker"].tolist() == ["The government statement", "Hugo Chávez", "Mahathir Tunku"]


def test_he_is_the_one_whose_words_the_sentence_before_reports():
    # Wikinews: '… witnesses who saw Altantuya taken from Abdul Razak's house, deputy public prosecutor Abdul Majid said
    # in his opening remarks. "Several items … have also been seized," he said.' gave the woman named first (or the
    # owner of the house); 'In an interview with runner-up Tim Brunero, Tchappat said he is planning a book. "…"' the
    # interviewer
    q = quotes(load_article(
        "Headline\n\nThe events would be pieced together by witnesses who saw Altana Shirav taken from Abdul Rahim's "
        'house, deputy public prosecutor Abdul Mazlan said in his opening remarks. "Several items have also been '
        'seized by the police," he said.'))
    assert q["speaker"].tolist() == ["Abdul Mazlan"]


def test_a_features_name_and_the_writers_neighbour():
    # a made-up phone review: 'the new "Add Me" feature, which merges two group photos,' was a quote without a speaker;
    # a made-up op-ed: 'I asked my neighbour, a nurse who works nights, what she would do with a reliable bus. "Sleep,"
    # she said.' gave the mayor named before
    q = quotes(load_article(
        'Headline\n\nThe new "Add Me" feature, which merges two photos, worked well. Mayor Dena Okoro says she supports '
        'transit. I asked my neighbour, a nurse who works nights, what she would do with a reliable bus. "Sleep," she '
        'said.'))
    assert q[["speaker", "text"]].values.tolist() == [["my neighbour", "Sleep,"]]


def test_a_quote_alone_after_another_persons_reply():
    # Wikinews: '"…," said Brown. Howard disputed that interpretation of events. "We didn't impose the sentence, …"'
    # gave the last speaker, Brown
    q = quotes(load_article('Headline\n\nSenator Bob Brownlee said the restrictions were a fix. "Of course it\'s a fix," '
                            'said Brownlee. Prime Minister John Hewitt disputed that interpretation of events. "We '
                            'didn\'t impose the sentence, the military commission did."'))
    assert q["speaker"].tolist() == ["Bob Brownlee", "John Hewitt"]


def test_two_roles_joined_by_and_before_the_speakers_name():
    # Wikinews: '"…," says friend and fellow student Henrik Møinichen, 19, to Dagbladet' gave the speaker "friend";
    # '"This is only a show for foreigners," said lawyer and legal rights activist Jiang Tianyong' the speaker "lawyer"
    q = quotes(load_article('Headline\n\n"I believe she would be alive today," says friend and fellow student Henrik '
                            'Mortensvik, 19, to Dagbladet. "This is only a show," said lawyer and legal rights activist '
                            'Jiang Tianwei.'))
    assert q["speaker"].tolist() == ["Henrik Mortensvik", "Jiang Tianwei"]


def test_the_statement_said_is_the_words_of_its_source():
    # a made-up Everest story: 'Whitcombe's family said in a statement …. "We are heartbroken," the statement said.'
    # gave the speaker "the statement"; Wikinews: "Prime Minister Gordon Brown released a statement calling …" and "The
    # news agency has released a statement from the Foreign Ministry …" the same; with no source named it stays
    q = quotes(load_article(
        'Headline\n\nDaniel Whitcombe\'s family said in a statement that he had "lived for the mountains". "We are '
        'heartbroken," the statement said.\n\nPrime Minister Gordon Brownlow released a statement calling the deal a '
        'triumph. "Common sense has prevailed," the statement said.\n\nThe state-run Korean Central News Agency has '
        'released a statement from the North Korean Foreign Ministry. The statement declared, "We have taken the '
        'action."\n\nLeaflets were found in the square. "Get out," the letter said.'))
    assert q["speaker"].tolist() == ["Daniel Whitcombe's family", "Daniel Whitcombe's family", "Gordon Brownlow",
                                     "North Korean Foreign Ministry", "the letter"]


def test_an_unnamed_antecedent_after_a_preposition_speaks():
    # Wikinews: 'The claim is refuted by the company who said in a statement "We have begun a thorough investigation …"'
    # was unattributed; "The General Assembly approved the resolution, which stated “…”" stays the assembly's
    q = quotes(load_article('Headline\n\nThe claim is refuted by the company who said in a statement "We have begun a '
                            'thorough investigation." It was also denied by the union, which said "We were not told."\n\n'
                            'The General Assembly approved the resolution, which stated "members shall uphold the '
                            'highest standards."'))
    assert q["speaker"].tolist() == ["the company", "the union", "General Assembly"]


def test_a_long_relative_clause_between_the_speaker_and_the_verb():
    # a made-up sentencing: "Sam Bankman-Fried, 32, who was convicted in November of seven counts of fraud and
    # conspiracy, told the judge that he had made "a series of selfish decisions"" was unattributed (the clause was
    # read up to 60 characters)
    q = quotes(load_article('Headline\n\nSam Bankwell-Fry, 32, who was convicted in November of seven counts of fraud '
                            'and conspiracy, told the judge that he had made "a series of selfish decisions".'))
    assert q["speaker"].tolist() == ["Sam Bankwell-Fry"]
