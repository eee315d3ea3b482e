"""Quotes with speakers: attribution of the spans of :mod:`toolkit.text.quotespans`.

A quote's speaker is resolved to a canonical actor (:mod:`toolkit.entities.actors`) from
attribution patterns ("said X", "X said", "X added:", "according to X", "He added" → the last
speaker); anonymous sources ("a senior administration official") are kept as such.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from functools import cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple

import pandas as pd

from toolkit._memo import cached_on_article
from toolkit.entities.gazetteer import countries, gazetteer
from toolkit.entities.titles import (
    JUDGING_AS,
    JUDGING_VERBS,
    SPEECH_VERBS,
    nickname_quote,
    title_flags,
    title_words,
)
from toolkit.entities.titles import VERB_RE as _VERB_RE
from toolkit.entities.tokens import PARTY_HEADS, PARTY_SHORT, POST_NOMINALS, lazy_lex
from toolkit.schema import columns, empty, frame
from toolkit.text.quotespans import INTERVIEWER_LABELS, _span_rows, transcript_turns

if TYPE_CHECKING:
    from collections.abc import Iterator

    from toolkit.article import Article

_lex = lazy_lex(__name__)

# ---------------------------------------------------------------------- attribution
QUOTE_COLUMNS = columns("quotes")
__all__ = ["quotes", "QUOTE_COLUMNS"]

_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|may|might|must|do|does|did)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"^(?:he|she|they|it|we)$", re.IGNORECASE)
#: A reflexive pronoun after the source ("Major himself").
_REFLEXIVE_END = re.compile(r"\s+(?:himself|herself|themselves|itself)$", re.IGNORECASE)
#: What may end a quote after its last word: closing marks and spaces.
_CLOSING_MARKS = frozenset('"”’\' \n')

#: An object pronoun as the whole source ("according to him") stands for its subject form.
_OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}
#: a definite description by a title ("the judge", "the prime minister") and the titles that name its holder
_ROLE_TITLES = {
    "judge": ("Judge", "Justice", "Mr Justice", "Mrs Justice", "Ms Justice"), "president": ("President",),
    "prime minister": ("Prime Minister", "PM"), "chancellor": ("Chancellor",), "mayor": ("Mayor",),
    "governor": ("Governor", "Gov."), "senator": ("Senator", "Sen."), "coach": ("Coach",), "premier": ("Premier",),
    "archbishop": ("Archbishop",), "pope": ("Pope",), "pontiff": ("Pope",), "king": ("King",), "queen": ("Queen",),
    "ambassador": ("Ambassador",), "commissioner": ("Commissioner",), "sheriff": ("Sheriff",),
    "chief executive": ("Chief Executive", "CEO"), "secretary-general": ("Secretary-General",),
    "chief justice": ("Chief Justice", "CJI"),
    "minister": ("Minister",), "colonel": ("Colonel", "Col."), "general": ("General", "Gen."),
    "director": ("Director",), "chairman": ("Chairman",), "chairwoman": ("Chairwoman",), "captain": ("Captain", "Capt."),
    "cardinal": ("Cardinal",), "bishop": ("Bishop",), "professor": ("Professor", "Prof."),
    "detective": ("Detective", "Det."), "inspector": ("Inspector", "Insp."), "superintendent": ("Superintendent",),
    # "army chief General Waker-Uz-Zaman said … “…,” the army chief said": the general named before
    "army chief": ("General", "Gen.", "Field Marshal"), "military chief": ("General", "Gen.", "Field Marshal"),
}
#: longer titles that hold a role's word but are another role ('Prime Minister José Sócrates … the Minister said')
_ROLE_NOT = {"Minister": ("Prime Minister",)}


def titled_mention(text: str, start: int, end: int, titles: tuple[str, ...]) -> bool:
    """Whether the mention ``text[start:end]`` opens with or holds one of a role's ``titles`` ("Prime Minister Rishi
    Sunak", "State Governor Helen Marsh"), not a longer title that is another role ("Prime Minister" for "Minister")."""
    return (text.startswith(titles, start) or any(f" {t} " in text[start:end] for t in titles)) \
        and not any(x in text[start:end] for x in _ROLE_NOT.get(titles[0], ()))
_ROLE_PHRASE = re.compile(rf"[Tt]he\s+(?:(?:[A-Z][a-z]+|U\.?S\.?|UK|EU|UN)\s+)??((?i:{'|'.join(_ROLE_TITLES)}))")
# ("the Indian prime minister", "the US president": a capitalised nationality before the title; not "the former
# president", who may be another)
_DET = re.compile(
    r"^(?:a|an|the|one|two|three|several|some|many|other|another|senior|his|her|their|its|"
    r"unnamed|anonymous|local|\w+ly)\b",
    re.IGNORECASE,
)
#: an indefinite source: "a", "an", "one", "another", "two" ... (then an unnamed person)
_INDEFINITE = re.compile(r"(?:a|an|one|another|two|three|several|some)\s", re.IGNORECASE)
#: "the Conservative MP", "the Kremlin spokesman": a definite source is a person when a role noun
#: follows the organisation's name ("the Kremlin said", "the White House press office": the organisation)
_DEFINITE = re.compile(r"the\s", re.IGNORECASE)
#: role nouns that make a name before them a modifier of an unnamed person ("a White House official",
#: "GOP aides", "the Kremlin spokesman"); shared with :mod:`toolkit.entities.stances`
_SPOKES_WORD = r"spokes(?:man|men|woman|women|person|people)"
SOURCE_ROLES = (
    rf"officials?|{_SPOKES_WORD}|aides?|operatives?|sources?|MPs?|"
    r"lawmakers?|senators?|advis[eo]rs?|insiders?|officers?|diplomats?|negotiators?|envoys?|"
    r"ministers?|strategists?|staff(?:ers?)?|executives?|leaders?|members?|supporters?|critics?|"
    r"representatives?|ambassadors?|directors?|chiefs?|correspondents?|reporters?"
)
#: the title of a body's head ending a noun phrase, the person named after a comma ('said Korean Railroad
#: President, Lee Chul')
_HEAD_TITLE_END = re.compile(r"\b(?:President|Chairman|Chairwoman|Chair|Director|Chief Executive|CEO|Secretary(?:-General)?|"
                             r"Governor|Commissioner|Head|Dean|Principal|Rector|Chancellor)\s*$")
#: a source role ending a noun phrase ("White House spokesman")
_ROLE_END = re.compile(rf"\b(?:{SOURCE_ROLES})\s*$", re.IGNORECASE)
_SOURCE_ROLE = re.compile(rf"\s+(?:{SOURCE_ROLES})\b", re.IGNORECASE)  # ("the US Ambassador to Turkey")
#: nouns of an unnamed source ("a senior official", "one aide"), shared by the patterns below
_SOURCE_NOUNS = (r"official|spokes(?:man|woman|person)|aide|source|officer|diplomat|representative|ambassador|envoy|"
                 r"minister|adviser|advisor|executive|analyst|witness|doctor|lawyer|resident|activist|member|worker|"
                 r"teacher|soldier|nurse|farmer")
#: the writer asking or meeting an unnamed source, the object of the sentence ("I asked a senior Polish official last
#: week what Warsaw would do if the Americans left. “…,” he told me.")
_WRITER_ASKED = re.compile(
    r"\s*(?:[A-Z][\w ]{0,30},\s*)?I\s+(?:asked|interviewed|met|called|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+"
    r"((?:a|an|one|my|our)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _SOURCE_NOUNS + r"|commander|general|economist|expert|banker|"
    r"investor|lawmaker|senator|politician|voter|"
    # ("I asked my neighbour, a nurse who works nights, what she would do")
    r"neighbou?r|friend|colleague|landlord|landlady|nurse|doctor|teacher|driver)"
    r"(?:\s+(?:for|of|from|at|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)\b"
)
#: A sentence opening with an unnamed, singular source and its verb: "A spokesperson for the Guatemalan government
#: highlighted", "But a senior official told" (not "The minister said": often the person named before)
_UNNAMED_SUBJECT = re.compile(
    r"\s*(?:(?:But|And|Yet|However,?|Meanwhile,?)\s+)?((?:A|An|One|a|an|one)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _SOURCE_NOUNS
    + r"|reporter|correspondent|journalist|student|protester|survivor|villager|neighbou?r|eyewitness|bystander|passenger"
    r"|person|man|woman)"
    r"(?:\s+(?:for|of|from|at|with|representing)\s+(?:(?!\b(?:said|says|told|that|who|which)\b)[^,.;:“”\"]){1,60}?)?"
    # (and a relative clause that says who: "A person who witnessed one of the bombings commented")
    r"(?:\s+who\s+[a-z]+ed\s+[^,.;:“”\"]{1,60}?(?=\s+(?:commented|said|told|described|recalled|spoke|added|"
    r"explained|gave|wrote|posted)\b))?)"
    r"\s+(?:(?:also|later|then)\s+)?(?:[a-z]+(?:ed|s)|said|told|wrote|spoke|gave|made|took|went)\b"
)
#: an opening phrase and its comma at a sentence's start ("In a response to DNA, ")
_OPENER_COMMA_AT = re.compile(r"\s*(?:In|At|On|During|After|Speaking|Asked|Later|Earlier)\b[^,;:.“”\"]{0,60},\s*")
#: an office holder by title, opening a sentence and followed by its verb ("The Media Minister for Sri Lanka commented")
_TITLED_SUBJECT = re.compile(
    r"\s*((?:The|the)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Minister|Secretary|Spokesman|Spokeswoman|Spokesperson|President|"
    r"Governor|Mayor|Ambassador|Chairman|Chairwoman|Commissioner|Director|Chief)"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)"
    r"\s+(?:(?:also|later|then)\s+)?(?:[a-z]+ed|said|told|spoke|gave|made|took|went)\b"
)
#: bodies a country has, named by a common noun ("Iraq's election commission announced", "Israel's defense ministry
#: confirmed"): the body speaks, not the country
_BODY_NOUNS = r"commission|ministry|government|council|parliament|court|embassy|agency|department|committee|military|army"
#: a role that a country or body possesses, ending the phrase: "'s foreign minister", "'s top envoy"
#: a body's possessive and a lower-case role up to the comma before its holder's name ("'s chancellor,", "' owner,")
_POSSESSED_ROLE_TO_COMMA = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*,")
_POSSESSED_ROLE = re.compile(
    rf"(?:\s?['’]s|(?<=s)['’])\s+(?:[a-z][\w-]*\s+){{0,3}}(?:secretary|chancellor|ambassador|president|governor|mayor|chief|"
    rf"head|prime\s+minister|{SOURCE_ROLES}|{_BODY_NOUNS})(?:\s+(?:of|for)\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}})?"
    rf"(?:\s+(?:has|have|had|was|were|is|are|also|then|later|once))*\s*$",
    re.IGNORECASE,
)  # ("Afghanistan's Public Health Minister, Sayed Mohammad Amin Fatemi", "the Labour Party's chancellor of the Exchequer")
#: A person's possessive, then someone else who speaks: kin, a lawyer, a friend ("Ms Farah's family", "Jane Doe's
#: lawyer"); not who speaks in the person's name ("Annan's office", "Renzi's campaign", "his spokesman": the person).
_AGENT_OF_PERSON = (
    r"\s?['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:family|families|relatives|parents|children|widow|widower|wife|husband|"
    r"son|daughter|mother|father|brother|sister|lawyer|lawyers|attorney|attorneys|solicitor|barrister|counsel|"
    r"friend|friends|neighbour|neighbor|neighbours|neighbors)\b"
)
_PERSONS_AGENT = re.compile(_AGENT_OF_PERSON + r"(?:\s+(?:has|have|had|was|were|is|are|also|then|later))*\s*$", re.I)
#: the same after a name, whatever follows ("the reception of Stern's son was paramount")
_PERSONS_AGENT_AFTER = re.compile(_AGENT_OF_PERSON, re.I)
_SPOKES = re.compile(rf"\b{_SPOKES_WORD}\b", re.IGNORECASE)
_OBJECT_OF = re.compile(
    r"\b(?:by|for|to|with|from|on)\s+(?:the\s+)?(?:(?:news\s+|state\s+)?(?:agency|service|outlet|network|channel|"
    r"broadcaster|newspaper|paper|daily|website|magazine)\s+)?$"
)  # a body after a preposition ("for news agency PA Media", "by the BBC"): an object, no subject
_AND_VERB = r"\b(?:and|but)\s+(?:also\s+|then\s+|later\s+|[a-z]{2,}ly\s+)?"  # (an adverb: "but swiftly conceded")
_AS_BEFORE_QUOTE = re.compile(r"\bas\s+(?:having\s+|being\s+)?\S{0,3}$")  # 'dismissed X as “…”', 'dismissed as “…”'
_AND_BEFORE = re.compile(r"\band\s+$")  # "… and called": a second verb of the same subject
_CLAUSE_MARK = re.compile(r"[,;:“”\"]|\b(?:who|which|that|while|whom|when|after|before|as)\b")
_AND_THEN = re.compile(rf"[\s,.]*{_AND_VERB}")  # '“…” and called': a second verb
_QUOTE_AND_THEN = re.compile(rf"[\s,.;”\"’']*{_AND_VERB}")  # the same from a quote's end, its closing mark first
#: a verb of answering or disputing after the person who opens the sentence before a quote standing alone ("Howard
#: disputed that interpretation of events.")
_REPLY_OPENER = re.compile(r"\s+(?:also\s+)?(?:disputed|rejected|denied|dismissed|responded|replied|countered|disagreed|"
                           r"defended|hit back|insisted|rebutted|answered)\b")
#: a reply's verb right after its subject pronoun ("…,” she replied"), and the question's addressee ("asked X")
_REPLY_VERB = re.compile(r"\s*(?:replied|replies|answered|answers|responded|responds|retorted)\b")
_ASKED = re.compile(r"\basked\s+(?=[A-Z])")
#: between a quote and a participle of saying with no subject: '“…,” further remarking, “…”'
_QUOTE_THEN_PARTICIPLE = re.compile(r"[\s,”\"’']*(?:(?:further|also|then|later|before|again)\s+)?")
#: between two quotes of one speaker: 'saying, “…,” and “…”'
_AND_BETWEEN = re.compile(r"[\s,]*\band\s*")
_PREPOSITION_END = re.compile(r"\b(?:to|of|for|from|with|by|in|on|at|about|like)\s+$", re.IGNORECASE)
_IN_PLACE = re.compile(r"\b(?:in|at)\s+$")  # "a spokesman in London": where, not whose
#: A group named by a plural common noun and where its members are: "officials in Myanmar", "residents of Gaza",
#: "police in Ohio", "local authorities in the region of X" (group 1: the noun).
_GROUP_IN_PLACE = re.compile(r"(?:[A-Za-z][a-z-]*\s+){0,2}?([A-Za-z][a-z-]*)\s+(?:in|of|from|across|near|at)\s+(?:the\s+)?(?=[A-Z])")
#: a title holder "of" an institution: "the Chancellor of the Exchequer", "a spokesman for the ministry"
_HOLDER_OF = re.compile(
    rf"\b(?:chancellor|secretary|minister|head|chief|director|chair(?:man|woman|person)?|president|"
    rf"leader|member|governor|mayor|ambassador|CEO|executive|{SOURCE_ROLES})\s+(?:of|for|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: nouns of a person described by a place or organisation ("the Mullingar man", "the Ohio woman")
_PERSON_NOUNS = frozenset(["man", "woman", "men", "women", "boy", "girl", "boys", "girls", "resident", "residents",
                           "native", "natives", "teenager", "teen", "couple", "family", "mother", "father",
                           "student", "students", "worker", "workers", "voter", "voters", "businessman",
                           "businesswoman", "farmer", "farmers", "fan", "fans", "veteran", "veterans"])
#: a country's services named by a common noun after it ("the U.S. military said", "the Israeli army"): the
#: service speaks, as "the Russian military" does, not the country (its government stays the country's voice)
_SERVICE_NOUNS = frozenset(["military", "army", "navy", "police", "forces", "troops", "embassy", "consulate",
                            "ministry", "coastguard", "intelligence"])
_NOT_A_SOURCE = frozenset(["way", "ways", "fact", "idea", "thing", "things", "question", "reason", "point", "time", "sign"])
_LEADING_CONJ = re.compile(r"^(?:as|and|but|so|while|yet|however|meanwhile|also|still|later|earlier|then|afterwards|subsequently|eventually|finally|yesterday|today),?\s+(?=\S)", re.IGNORECASE)
_TRAILING_AUX = re.compile(
    r"(?:\s+(?:has|have|had|did|does|do|will|would|could|should|may|might|must|also|once|later|then|recently|"
    r"famously|previously|repeatedly|himself|herself|themselves|itself|been|(?:went|goes|go) on to))+$",
    re.IGNORECASE,
)
#: "Jack Straw is reported to have (said)", "X was understood to have (said)": the source before it
_TRAILING_REPORTED = re.compile(
    r"\s+(?:is|was|are|were)\s+(?:reported|understood|believed|said)\s+to\s+have$", re.IGNORECASE
)
#: ", who" / ", which" and a clause without a comma, right before a verb of saying: the relative
#: clause's antecedent (the actor right before the comma) is the speaker
#: ", who (…)" / ", which (…)" right before a verb of saying; "who" also without its comma ("Alex Greenwich
#: who said on the parliament floor"). Groups: the relative pronoun, then the words up to the verb.
_RELATIVE_SUBJECT = re.compile(
    r"(?:\s*,\s*(who|which)|\s+(who))\b((?:[^,;:.“”\"]|(?<=\d)[,.](?=\d)|(?<=\b[A-Z])\.){0,100}?)\s*,?\s*$")
# (an abbreviation's dots inside the clause: "Beijing, which has raised its levies on U.S. goods, said")
#: a parenthesis between the antecedent and ", who" ("Rep. John Murtha (D-PA), who")
#: a gloss in brackets ending a source ("a former prefect (student leader)"), or a member's party and state ("Rep. John
#: Murtha (D-PA)")
_GLOSS_END = re.compile(r"\s*\((?:[a-z][^()]{0,40}|[DRI]-[A-Z][\w.]{1,6}|[A-Z][A-Z&.]{1,8}s?)\)$")
_PAREN_END = re.compile(r"\s*\([^()]{0,30}\)\s*$|,\s*\d{1,3}\s*$")  # "(D-PA)"; an age: "Ayyoub Muhanna, 29, who"
#: "of" or "from" between a person and a place before ", who" ("Senator Robert Menendez of New Jersey, who")
_OF_END = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?$")
#: an apposition right before ", who": "X, the Labour MP for Y" (the person is X)
_APPOSITION_END = re.compile(r",\s+(?:(?:once|now|formerly|then|still|also|herself|himself|itself|already)\s+)?(?:the|a|an|its|his|her|their)\s+[^,;:.“”\"]{1,80}$")
#: A possessive right before a word (group 1: the owner's last word): "Rice's (remarks)", "ministers' (statements)".
_POSSESSOR_BEFORE = re.compile(r"(\w+)(?:['’]s|s['’])\s+$")
#: Words whose "'s" is "is" or "has": "he's told", "it's said".
_CONTRACTED = frozenset(["he", "she", "it", "that", "there", "who", "what", "where", "here", "this", "one"])
#: a determiner right before a verb of saying makes it an adjective ("the continued decline", "the stated aim")
_DET_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|these|those)\s+$", re.IGNORECASE)
_CAP_WORD_BEFORE = re.compile(r"\b[A-Z][\w'-]*\.?\s+$")
#: a preposition right before a plural noun spelled like a verb ("in remarks published by CNN", "amid reports")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|of|with|by|for|from|about|after|despite|amid|over|to|into|following)\s+$")
#: a sentence opening with a verb of saying and its subject, then the quote ("Added Wang, “…”")
_INVERTED_OPEN = re.compile(
    r"\s*(Added|Adds|Said|Says|Wrote|Writes|Explained|Continued|Declared|Noted|Replied|Insisted|Warned|Concluded|"
    r"Remarked|Remarks|Commented|Comments|Observed|Quipped|Recalled|Recalls|Cautioned|Responded|Asked)\s+"
    r"([A-Z][^,:;.“”\"]{1,60}?)\s*[,:]\s*$"
)
#: a title's abbreviation dot, which does not end the noun phrase of a source ("spokesman Lieut. Colonel X")
_TITLE_DOT = re.compile(
    r"\b(?:Lt|Lieut|Col|Gen|Maj|Capt|Sgt|Cpl|Pvt|Adm|Cmdr|Comdr|Brig|Dr|Mr|Mrs|Ms|Prof|Rev|Sen|Rep|Gov|Supt|Insp|Det|St|Ald"
    r"|U\.S|U\.K|U\.N)\.$"  # (and a country's: "said U.S. Attorney Patrick Fitzgerald")
)
#: the dot of a firm's legal form or a generational suffix ("Acme Co.", "Acme Inc.", "John Smith Jr.")
#: the dots of an initialism after a determiner: "the U.S. military said", "The senior U.S. official" (not "outside
#: Washington, D.C. saying", "U.S. officials said": a place, or a bare modifier, as before)
_INITIAL_DOT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?:(?!(?:of|from|in|at|to|for|by|with|on|and|or)\s)[a-z][\w-]*\s+){0,2}(?:[A-Z]\.)+$"
)
_FIRM_DOT = re.compile(r"\b(?:Co|Inc|Corp|Ltd|Bros|Jr|Sr)\.$")
#: words that alone are no subject before a verb of saying ("…, Carlos Abascal, has also said")
_AUX_ONLY = frozenset(["has", "have", "had", "also", "previously", "earlier", "repeatedly", "since", "now",
                       "reportedly", "later", "then", "once", "already", "publicly"])
#: "to" right before a verb after a quote: an infinitive, no attribution ('“not enough” to say nothing about Russia')
_INFINITIVE_TO = re.compile(r"\bto\s+$")
#: after a verb of saying, what shows no inverted subject follows ("…, said in a statement:", "…, said:")
_NO_SUBJECT_AFTER = re.compile(r"\s*(?:[:,]|$|(?:in|on|at|to|that|this|last|yesterday|today)\b)")
#: words of a time before a verb of saying ("One activist, Nur Khan Liton, on Sunday told"): no subject either
_TIME_ONLY = _AUX_ONLY | frozenset(["on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                    "yesterday", "today", "tonight", "last", "this", "week", "night", "morning",
                                    "afternoon", "evening", "month", "year"])
#: an apposition after a name, up to the auxiliary ("Col. Bob Chase, the chief of operations …,")
_APPOSITIVE_TAIL = re.compile(r",\s+(?:the|a|an|its|his|her|their|from|of)\s+[^,;:.“”\"]{1,80}$")
_GLUED = re.compile(r"[A-Z][a-z]")  # a closing quote run into the next paragraph's first word
_DESCRIBED = re.compile(r"(?:the|a|an)\s+[a-z]")  # a description of a source: "the chief economist at …"
#: the rest of a title after the verb ("Commissioner| of the Erie County Health Department, "), up to the comma
_COMMA_THEN = re.compile(r"(?:\s+(?:of|for|at|with)\b[^,;:.“”\"]{1,80})?\s*,\s*")
#: auxiliaries that make the verb after them passive ("who was described as", "has been criticized for")
_PASSIVE_AUX = frozenset(["been", "was", "were", "is", "are", "being", "be"])
#: ", which" or ", who" and nothing but an auxiliary or an adverb before the verb, at the end: the relative pronoun is
#: the verb's subject ("The union, which has called", not "the plan, which critics called")
#: verbs of saying after "who" without a comma ("the company who said in a statement"; not "a blogger who posted
#: screenshots of … with “cease and desist” requests": what was posted need not be the words)
_SAID_WHO = frozenset(["said", "says", "told", "stated", "added", "declared", "announced"])
#: a noun phrase opened by a determiner, ending right before a relative clause's comma ("by the company")
_DET_NP_END = re.compile(r"(?<=\s)(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$")
_BARE_RELATIVE = re.compile(r"(?:,\s*(?:which|who)|(?<=[a-z])\s+who)(?:\s+(?:has|have|had|also|later|earlier|previously|once|recently|"
                            r"repeatedly|publicly|openly|then|already))*\s+$")
#: a relative clause about a person set off by commas, right before a verb of saying ("One resident, who did not want
#: to be named, said"): its antecedent is the verb's subject
_WHO_ASIDE_END = re.compile(r",\s+who\b[^,;.“”\"]*,\s*$")
_PASSIVE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_PASSIVE_AUX))})\s+$", re.IGNORECASE)
#: a relative clause closing the phrase before a verb of saying ("An Army chaplain who witnessed his execution")
_WHO_CLAUSE_END = re.compile(r"\s+who\s+[a-z][\w'’-]*(?:\s+[\w'’-]+){0,7}$")
_TRAILING_RELATIVE = re.compile(r"\s+(?:who|which|that)$", re.IGNORECASE)
#: a source that is a document: "an AEW press release", "a Hezbollah statement" (the organisation speaks)
#: "that" or "by saying" opening what a verb of saying says
_THAT_OR_SAYING = re.compile(r"\s*(?:,\s*)?(?:that\b|(?:by\s+)?[a-z]+ing\b|to\s+[a-z]+\b|:)")
#: a subordinating conjunction opening a clause inside the sentence ("… since Bolton acknowledged saying")
_CLAUSE_CONJ = re.compile(r"\b(?:since|because|after|when|while|although|though|whereas|until|once)\s+")
#: between a quoted name and its gloss: '“mkono wa damu,” or “the man with the bloody hand”', '“X” (“Y”)'
_GLOSS_GAP = re.compile(r"\s*,?\s*(?:or|meaning|i\.e\.,?|\()\s*")
#: a law's, a policy's or a label's noun right after a quoted phrase: the phrase names it ('a “foreign agents” law')
_TERM_NOUN_AFTER = re.compile(r"[ \t]+(?:laws?|bills?|act|legislation|label|tag|status|designation|list|rules?|clause|"
                              r"provision|polic(?:y|ies)|doctrine|regime|scheme|tax|ban)\b")
#: a role's document ("the judge's ruling", "part of the president's statement")
_ROLE_DOCUMENT = re.compile(
    r"(?:(?:[Pp]art|[Oo]ne passage|[Aa] passage|[Aa] section|[Oo]ne section|[Oo]ne line|[Aa] line) of\s+)?"
    r"([Tt]he\s+[\w\s.-]+?)['’]s\s+(?:written\s+)?(?:statement|ruling|opinion|decision|judgment|judgement|letter|"
    r"order|message|speech|post|tweet|report|remarks)")
#: a sentence opened by a family or a group of a person's ("Her sons, Chris Larkin and Toby Stephens, said",
#: "His parents said"), the antecedent of "they" in the sentence after
_KIN_SUBJECT = re.compile(
    r"\s*((?:His|Her|Their|The\s+(?:victim|man|woman|boy|girl|player|singer|actor|actress)['’]s)\s+(?:(?:two|three|four|"
    r"late|adult|former)\s+)?(?:sons|daughters|children|parents|family|relatives|siblings|brothers|sisters|lawyers|"
    r"attorneys|representatives|friends|colleagues|teammates|grandchildren))"
    r"(?:\s*,[^,.;:“”\"]{1,80},)?\s+(?:(?:also|later|then)\s+)?(?:said|says|told|wrote|added|issued|released|paid)\b")
#: documents someone issues or signs, one regex alternation (_ISSUED_DOCUMENT, _DOCUMENT_BY)
_ISSUED_DOCS = (r"statement|letter|release|memo|decree|order|edict|proclamation|declaration|message|note|"
                r"communiqu[eé]|directive|report|document|post|tweet")
#: a body issuing a document ("released a statement", "issued a brief statement"), whose "It read" follows
_ISSUING = r"\b(?:released|issued|published|posted|put\s+out|sent(?:\s+out)?)\s+"  # (then the document's determiner)
_ISSUED_DOCUMENT = re.compile(rf"{_ISSUING}(?:a|an|its)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ISSUED_DOCS})\b")
#: the document a quote is read from, standing for its source ('"…," the statement said', "the press release stated")
_THE_DOCUMENT = re.compile(rf"[Tt]he\s+(?:[a-z-]+\s+){{0,2}}?(?:{_ISSUED_DOCS})")
#: the verb after the source of a document in a sentence before such a quote: "Whitcombe's family said in a
#: statement", "Gordon Brown released a statement calling …", "the ministry issued a brief statement"
_SOURCE_OF_DOCUMENT = re.compile(
    r"\s+(?:(?:also|later|then|has|had|have)\s+)?(?:(?:said|says|announced|stated|wrote|declared|confirmed|added|warned|"
    rf"explained)\s+in\s+(?:a|an|its|his|her|their)\s+|{_ISSUING}(?:a|an|its|his|her|their)\s+)(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{_ISSUED_DOCS})\b")
#: documents of one kind, by another name ("a statement …. '…,' the release said")
_DOC_KINDS = {"release": "statement", "communique": "statement", "communiqué": "statement"}
#: the author of a document after it ("a statement from the Foreign Ministry", "a letter by")
_FROM_OR_BY = re.compile(r"\s+(?:from|by)\s+(?:the\s+)?")
#: capitalised words only (or nothing), before a name ("North Korean " of "the North Korean Foreign Ministry")
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][\w.'’-]*\s+)*")
#: a time or a place opening a sentence before its subject ("On Friday, ", "In Geneva, ")
_OPENER_THEN_COMMA = re.compile(r"(?:On|In|Late|Early|Earlier|Later)\b[^,.;:“”\"]{1,30},\s+")
#: a document issued, then "which"/"that" right before its verb ("Police issued a statement which read")
_DOCUMENT_WHICH = re.compile(rf"{_ISSUING}(?:a|an|its|the|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ISSUED_DOCS})"
                             r"\s+(?:which|that)\s+(?:also\s+)?$")
#: a document and the verb naming its author, before the author ("The decree signed by", "a letter written by")
_DOCUMENT_BY = re.compile(
    rf"\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ISSUED_DOCS})\s+"
    r"(?:signed|written|issued|sent|published|posted|penned|drafted|released|authored)\s+by\s+")
#: a document's noun phrase ending where a relative clause starts ("about a leaked secret British memo")
_DOCUMENT_NP_END = re.compile(rf"\b((?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_ISSUED_DOCS}|memo|report|document|"
                              r"dossier|cable|email|e-mail))\s*$")
#: a possessive and a document right after a name ("Weaver's statement", "Smith's letter to the board")
_OWN_DOCUMENT = re.compile(rf"['’]s\s+(?:[\w-]+\s+)?(?:{_ISSUED_DOCS})\b")
_DOCUMENT_NOUNS = frozenset(
    ["statement", "release", "report", "paper", "document", "letter", "memo", "note", "tweet",
     "post", "website", "video", "study", "survey", "poll", "communique", "communiqué",
     "announcement", "bulletin", "filing", "warning", "advisory", "alert", "inscription", "motion", "notice"]
)
#: documents a body adopts or issues, before ", which stated": the body's words, not the document's as a new source
#: ("The General Assembly approved the resolution, which stated …")
_ADOPTED_DOCUMENTS = _DOCUMENT_NOUNS | {"resolution"}
_WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NP_STOP = re.compile(
    rf"\s*(?:[,.;:!?“”\"(—–]|\bwho\b|\bwhich\b|\bthat\b|\bin a\b|\bon (?:{_WEEKDAY_NAMES})\b|"
    r"\bafter\b|\bbefore\b|\bwhen\b|\bwhile\b|\bduring\b|\bat a\b|\bas\b|\band\b|"
    r"\byesterday\b|\btoday\b|\btonight\b|\btomorrow\b|\bearlier\b|\blater\b|\blast\b|\bthis\b|\bnext\b|"
    r"\bon\s+\w+day\b|\bin an?\b|\bto\b|\bof the\b)"
)
#: right after a quote: a name, a comma and an apposition holding a relative clause ("Alberto
#: Shiguematsu, a São Paulo resident who …"), then after a comma the verb of saying
_NAME_WHO = re.compile(r"[,\s]*[A-Z][^\s,]*(?: [A-Z][^\s,]*){0,3}, (?:a|an|the) [^,.“”\"]{0,60}?\bwho\b")
_APPOSITION_THEN_SAID = re.compile(r"[^,.“”\"]{0,120}, (said|says|added|explained|noted|wrote|told)\b")
#: up to three capitalised words (a title) between an organisation and the person after it
_CAPS_GAP = re.compile(r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}")
#: a relative clause set off by commas after a speaker ("one witness, who asked not to be named,")
_RELATIVE_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b[^,;.“”\"]*,")
#: an organisation's role before its holder's name ("Acme CEO David Burritt", "U.S. Steel chief executive Jane Roe")
_ROLE_GAP = re.compile(r"\s+(?:(?!(?:and|or|with|to|of)\s)[A-Za-z][\w.'’-]*\s+){0,3}")
#: after a verb of saying, "in" before a lower-case word ends the speaker too ("said Bush in regards to …";
#: not "one GOP operative in the state")
_NP_STOP_AFTER = re.compile(_NP_STOP.pattern[:-1] + r"|\bin\s+(?!(?:the|a|an)\b)(?=[a-z]))")
#: a day between a document and its author ("according to a tweet on Monday by US Secretary of State Mike Pompeo")
_DAY_THEN_BY = re.compile(rf"\s*(?:on\s+(?:{_WEEKDAY_NAMES})|yesterday|today|last\s+(?:week|night|month))\s+by\s+")


_ADVERBS = frozenset(
    ["also", "then", "later", "again", "further", "previously", "earlier", "repeatedly",
     "recently", "once", "reportedly", "allegedly", "simply", "only", "just", "still", "even",
     "however", "famously", "publicly", "privately", "quickly", "angrily", "furthermore", "moreover",
     "additionally", "subsequently", "immediately", "openly", "directly", "bluntly", "candidly", "often",
     "frequently", "always", "sometimes", "usually", "firmly", "flatly", "proudly", "quietly", "calmly", "mostly",
     "largely", "generally", "widely", "broadly", "mainly", "specifically", "explicitly", "clearly", "formally",
     "officially", "personally", "separately", "initially", "originally", "jokingly", "tearfully", "emphatically"]
)


_LATIN_WORD = re.compile(r"[^\W\d_]+")  # a word of letters ("Göran" is one word, not "G" and "ran")
_NON_WORD = re.compile(r"[^\w-]")


def _described_person(ms: Any, text: str, a: int, b: int, in_quote: Callable[[int], bool]) -> str | None:
    """The person named first in ``text[a:b]`` (a sentence's subject up to the place right before the
    verb) when all that follows the name is its description: an apposition or "of"/"in" phrase, no
    verb, no sentence break ("Del Borgsdorf, the city manager of San Jose, "); None otherwise."""
    people = [r for r in ms.starting_in(a, b) if r.type == "person" and not in_quote(r.start)]
    if not people:
        return None
    p = people[0]
    between = text[p.end : b]
    if not _DESCRIPTION_START.match(between) or _has_verb(between) or _CLAUSE_BREAK.search(between):
        return None
    return p.actor


#: How a description of a person starts after the name: ", the city manager of", " of Queen's
#: University in", " (Liberal, ".
_DESCRIPTION_START = re.compile(r"\s*(?:,|\(|\bof\b|\bfrom\b|\bat\b)")
_CLAUSE_BREAK = re.compile(r"[.;:!?\"“”]|\b(?:and|but|while|who|which|that|when|after|before)\b")


#: words after a past form that make it a verb ("her daughter repeated the ad")
_DETERMINERS_AFTER_VERB = frozenset(["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "these"])


#: a possessive or a determiner right before a verb of saying: the word is a noun ("The government's claims",
#: "his statements", "the reports")
_NOUN_BEFORE_VERB = re.compile(r"(?:['’]s|\b(?:the|a|an|his|her|their|its|our|my|your|these|those))\s+$", re.I)


#: linking or time adverbs that open a sentence before its subject ("However, the …", "Later, he …")
_OPENING_ADVERBS = "However|Meanwhile|Later|Instead|Yesterday|Today|Earlier"
#: a time or a linking adverb opening a sentence before its subject ("This Thursday the …", "On Monday, the …", "Meanwhile,")
_TIME_OPENER = re.compile(
    rf"(?:(?:(?:On|This|Last|Early|Late)\s+)?(?:{_WEEKDAY_NAMES}|week|month|year)"
    rf"(?:\s+(?:morning|afternoon|evening|night))?|{_OPENING_ADVERBS})\s*,?(?:\s+[Tt]he)?")


def _opens_with(text: str, start: int, name_start: int) -> bool:
    """Whether nothing but "The" (after a time or a linking adverb: "This Thursday the …") stands between a sentence's
    start and the name at ``name_start``."""
    head = text[start:name_start].strip()
    return head in ("", "The", "the") or _TIME_OPENER.fullmatch(head) is not None


def _attribution_head(head: str, reach: int = 4) -> bool:
    """Whether the first words of a sentence after a quote hold a verb that attributes it ("Pelosi
    said."), not one with an object ("Russia reacted to the agreement"); the verb among the first ``reach``
    words."""
    reach_end = len(" ".join(head.split()[:reach]))  # a verb among the first words, then the next word read
    return any(v.group() not in _BEFORE_ONLY and v.end() <= reach_end and not head[v.end() :].startswith(" to ")
               and not _NOUN_BEFORE_VERB.search(head, 0, v.start())  # ("The government's claims are …": a noun)
               for v in _VERB_RE.finditer(head))


def _has_verb(phrase: str) -> bool:
    """Whether a candidate speaker phrase is really a clause ("who owns a shop in Lebanon")."""
    from toolkit._textblob_en import textblob_en

    lexicon = textblob_en().lexicon

    words = _LATIN_WORD.findall(phrase)
    return any(
        w[0].islower() and w not in ("said", "says") and (
            (lexicon.get(w) or "").startswith(("VBD", "VBZ", "VBP"))
            # "her daughter repeated the ad (claims)": a past form before a determiner
            or (w.endswith("ed") and (lexicon.get(w) or "").startswith("VBN") and i + 1 < len(words)
                and words[i + 1] in _DETERMINERS_AFTER_VERB)
        )
        for i, w in enumerate(words)
    )


def _group_noun(word: str) -> bool:
    """A lower-case plural common noun, or a collective one, that names people ("officials", "residents",
    "police")."""
    from toolkit._textblob_en import textblob_en

    return word in ("police", "military", "staff", "people") or textblob_en().lexicon.get(word) == "NNS"


def _common_plural(word: str) -> bool:
    """A capitalised plural common noun, a group opening the sentence ("Police said", "Witnesses told")."""
    from toolkit._textblob_en import textblob_en

    low = word.lower()
    return word[1:].islower() and (textblob_en().lexicon.get(low) == "NNS" or low == "police")


#: adjectives that name a source on their own ("the general said", "the military said")
_ADJECTIVE_SOURCES = frozenset(["general", "military", "official", "militant", "accused", "deceased", "elderly",
                                "injured", "wounded", "detained", "defendant", "plaintiff"])


def _noun_phrase(words: list[str]) -> bool:
    """Whether words look like a description of a source ("a senior official", "officials on
    both sides"): not starting with a preposition or a verb, containing a noun."""
    from toolkit._textblob_en import textblob_en

    lexicon = textblob_en().lexicon

    first = (lexicon.get(words[0].lower()) or "NN") if words else ""
    if first.startswith(("IN", "VB", "TO", "CC", "WRB", "WP", "RB")) and words[0].lower() not in ("one", "some"):
        return False
    head = _NON_WORD.sub("", words[-1]).lower()
    tag = lexicon.get(head) or "NN"
    if len(words) >= 2 and words[0].lower() in ("the", "a", "an") and head in _ADJECTIVE_SOURCES:
        return True  # "the general said", "the military said": an adjective the lexicon knows only so
    return any((lexicon.get(_NON_WORD.sub("", w).lower()) or "NN").startswith("NN") for w in words) and not tag.startswith(("VB", "IN", "RB"))


def _outside(text: str, a: int, b: int, spans: list[tuple[int, int]],
             titles: frozenset[tuple[int, int]] = frozenset()) -> str:
    """``text[a:b]`` with quoted spans blanked (same length, so offsets still line up).

    ``spans`` are sorted by start (they may overlap); each is clipped to ``[a, b)`` and the
    characters not yet copied are replaced by spaces, which is blanking character by character.
    A span in ``titles`` (a work's title) keeps the comma of the sentence written inside its closing
    mark ('Oprah Winfrey, whom Jones cast in “The Color Purple,” called him': the aside ends there).
    """
    parts: list[str] = []
    pos = a  # everything before pos has been copied or blanked
    for s0, e0 in spans:
        s, e = max(s0, a), min(e0, b)
        if e <= pos or e <= s:
            continue
        if s > pos:
            parts.append(text[pos:s])
            pos = s
        blank = " " * (e - pos)
        if (s0, e0) in titles and e == e0 and e - pos >= 2 and text[e - 2] == ",":
            blank = blank[:-2] + ", "
        parts.append(blank)
        pos = e
    parts.append(text[pos:b])
    return "".join(parts)


_LEAD_SPACE = re.compile(r"\s*")
_NONSPACE_RUN = re.compile(r"\S+")
#: (a run of three spaces or more is a quote blanked by :func:`_outside`: 'Calling it a “culture of death” the
#: archbishop said': the archbishop)
_NP_CUT = re.compile(r"[,.;:!?“”\"()—–]| {3,}|\b(?:that|and|but|while|because|as|when|after|which|how)\b")
_LAST_WORD = re.compile(r"(\w+)\s*$")
#: "and" inside a body's name after "of"/"for" ("Mary Smith of the Department of Health and Human Services said",
#: "… of the Centers for Disease Control and Prevention"): no cut there
_BODY_BEFORE_AND = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|[A-Z][\w'’-]*))*\s+$")
_CAPITAL_NEXT = re.compile(r"\s+[A-Z]")
#: what may open a speaker right after a blanked quote: a determiner, a pronoun, a quantifier or a capital
_AFTER_BLANKED_QUOTE = re.compile(
    r"(?:the|a|an|this|that|his|her|their|its|our|he|she|they|we|many|some|most|several|one|two|three|all|both|"
    r"each|another|other|others)\b|[A-Z]"
)


#: a number or quantifier before "of the" that is the whole speaker ("one of the hostages")
_QUANTIFIERS = frozenset(["one", "two", "three", "four", "five", "some", "many", "several", "most", "none",
                          "each", "another", "both", "all"])


#: Capitalised words only ("Secretary General", "Friends")
_CAPS_PHRASE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\s*")


#: one to three lower-case role words, and after "and" more of them, then a capitalised name ("friend and fellow
#: student Henrik Møinichen")
_ROLES_ONLY = re.compile(r"(?!(?:the|a|an)\b)(?:[a-z][\w-]*\s*){1,3}")  # (no determiner: "the founder and chief
# economist of Moody's Economy.com, Mark Zandi" is read by the apposition's rule)
_ROLES_THEN_NAME = re.compile(r"\s*(?:[a-z][\w-]*\s+){1,3}[A-Z][\w'’-]+")


def _np_after(seg: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase starting at ``pos`` of ``seg`` (up to punctuation or a clause word)."""
    m = _LEAD_SPACE.match(seg[pos:])
    s = pos + (m.end() if m else 0)
    stop = _NP_STOP_AFTER.search(seg, s)
    while stop is not None and seg[stop.start() : stop.end()].strip() == "." and (
            _TITLE_DOT.search(seg, s, stop.start() + 1) or seg[stop.end() : stop.end() + 1].isalpha()):
        # "spokesman Lieut. Colonel Kareem al-Zaidi": a title's dot; "U.S. Attorney Patrick Fitzgerald": the dots
        # of an abbreviation
        stop = _NP_STOP_AFTER.search(seg, stop.end())
    if stop is not None and (by := _DAY_THEN_BY.match(seg, stop.start())) is not None \
            and seg[s : stop.start()].rsplit(None, 1)[-1:] and seg[s : stop.start()].rsplit(None, 1)[-1].lower() in _DOCUMENT_NOUNS:
        stop = _NP_STOP_AFTER.search(seg, by.end())  # "a tweet on Monday by Mike Pompeo": the document's author goes on
    if stop is not None and stop.group().strip() == "of the" and seg[s : stop.start()].strip().lower() in _QUANTIFIERS:
        stop = _NP_STOP_AFTER.search(seg, stop.end())  # "said one of the hostages": the hostage
    elif stop is not None and stop.group().strip() == "of the" and _CAPS_PHRASE.fullmatch(seg, s, stop.start()):
        # "said Secretary General of the Andean Community Allan Wagner", "said Friends of the Earth": a title
        # or a name goes on after "of the" (but "said Lieutenant Colonel of the 4th Infantry Division, Jonathan
        # Withington": the name after the comma, as before)
        further = _NP_STOP_AFTER.search(seg, stop.end())
        if further is None or further.group().strip() != ",":
            stop = further
    if stop is not None and stop.group().strip() == "and" and _ROLES_ONLY.fullmatch(seg, s, stop.start()) \
            and _ROLES_THEN_NAME.match(seg, stop.end()):
        stop = _NP_STOP_AFTER.search(seg, stop.end())  # "says friend and fellow student Henrik Møinichen": two roles
    e = stop.start() if stop else len(seg)
    while e > s and seg[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    words = list(_NONSPACE_RUN.finditer(seg[s:e]))
    if len(words) > 12:  # "study co-author Ted Scambos of CU Boulder's Cooperative Institute for ...": its start
        e = s + words[11].end()
    return s, e


#: Words that cannot end a speaker phrase (its noun follows): determiners and possessives.
_DANGLING = frozenset(["its", "his", "her", "their", "our", "my", "your", "the", "a", "an", "this", "that", "these",
                       "those", "of", "by", "for", "to", "with"])

#: After a quote, a clause of contrast with its own subject ('“…,” while Trump noted'): its verb is not the
#: quote's attribution. Also "while"/"whereas" further on, before the verb ('“…” by the move while X said').
_NEW_SUBJECT = r"(?:[A-Z]|the\s|his\s|her\s|its\s|their\s)"
_CONTRAST_AFTER = re.compile(rf"\s*[,;]?\s*(?:while|whereas|but|and)\s+{_NEW_SUBJECT}")
_WHILE_BEFORE = re.compile(rf"[,;]?\s+(?:while|whereas)\s+{_NEW_SUBJECT}")


#: A sentence that opens with an adverbial clause or phrase ("After the indictment of six Israeli-Arabs, …").
_OPENER = re.compile(r"\s*(?:After|Before|When|While|Whilst|As|Since|Following|Despite|Although|Though|Because|"
                     r"Until|Once|During|Amid|Amidst|Unlike|Like|Upon|On|In|At|With|Without)\b")


def _subject_after_opener(subj: list[Any], text: str, before: str, fa: int, vm: re.Match[str]) -> list[Any]:
    """The candidate subjects of a verb without a noun phrase before it ("X , said:"). For a finite verb, the
    person set off by commas right before it ("Merkel's spokesperson, Steffen Seibert, said", "…, Jerusalem
    Mayor Uri Lupolianski , said"; not "Howard Rubel, a lawyer representing Spanton, told": a name after a
    lower-case word is inside the apposition). Else, when the sentence opens with an adverbial clause, those
    after its first comma ("After the indictment of six Afghans, Mayor X, a teacher, said", "Following
    the announcement, the senator issued a statement, saying")."""
    vpos = vm.start()
    tail = before[:vpos].rstrip()
    if tail.endswith(",") and not vm.group().endswith("ing"):
        end = fa + len(tail[:-1].rstrip())
        named = [r for r in subj if r.end == end and _CAPS_AFTER_COMMA.search(text, max(0, r.start - 80), r.start)]
        if named:
            return named
    if _OPENER.match(before):
        comma = before.find(",", 0, vpos)
        if comma > 0:
            rest = [r for r in subj if r.start >= fa + comma]
            if rest:
                return rest
    return subj


#: a possessive, a lower-case noun and a comma after a name ("Khan's party, "): an apposition names what he owns
_POSSESSED_NOUN_COMMA = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+")


def _past_owners(subj: list[Any], text: str) -> list[Any]:
    """The subject candidates without the owners whose possessive, noun and comma lead to another candidate ("Khan's
    party, Pakistan Tehreek-e-Insaf (PTI), called …", "Khan's lawyer, Ali Zafar, called …": the one named in
    apposition speaks, not the owner)."""
    starts = {r.start for r in subj}
    return [r for r in subj if (pm := _POSSESSED_NOUN_COMMA.match(text, r.end)) is None or pm.end() not in starts]
#: A comma, then nothing or capitalised words (a title), up to a name's start.
_CAPS_AFTER_COMMA = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){0,4}$")


#: an affiliation set off by commas: ", of the University of Glasgow" (its start)
_AFFILIATION = re.compile(r"(?:of|from|at)\s")


def _who_aside_np(seg: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase a closed relative clause at ``pos`` describes: the one right before it, or the one before
    its affiliation ("Prof Naveed Sattar, of the University of Glasgow, who was not involved, said": the professor)."""
    np_ = _np_before(seg, pos)
    if np_ is not None and _AFFILIATION.match(seg, np_[0]) is not None and seg[: np_[0]].rstrip().endswith(","):
        return _np_before(seg, seg.rindex(",", 0, np_[0])) or np_
    return np_


#: a relative clause set off by commas right before a verb ("…, which was posted on Twitter, announced"): the noun
#: phrase before it is the verb's subject
_RELATIVE_BEFORE_VERB = re.compile(r",\s+(?:which|who|whose|whom)\b[^,;:“”\"()]{1,100},$")


def _np_before(seg: str, pos: int) -> tuple[int, int] | None:
    """The noun phrase ending at ``pos`` of ``seg`` (back to punctuation or a clause word)."""
    e = pos
    while e > 0 and seg[e - 1].isspace():
        e -= 1
    if (aside := _RELATIVE_BEFORE_VERB.search(seg, max(0, e - 110), e)) is not None:
        e = aside.start()  # 'The government statement, which was posted on Twitter, announced': the statement
    if seg[e - 1 : e] == ")" and (gl := _GLOSS_END.search(seg, max(0, e - 44), e)) is not None:
        e = gl.start()  # '“…,” a former prefect (student leader) said': the source before its gloss
    head = seg[:e]
    # a blanked quote cuts only before a determiner, a pronoun, a quantifier or a capital ('“culture of
    # death” the archbishop said', '“an old dad,” he replied'; not 'setting up the “sting” operation said')
    # (nor does the dot of a firm's legal form: "Phil Chen of Grand Cathay Securities Investment
    # Trust Co. told Bloomberg", nor an initialism's after "the")
    cut = max((m.end() for m in _NP_CUT.finditer(head)
               if (m.group()[0] != " " or _AFTER_BLANKED_QUOTE.match(head, m.end()))
               and not (m.group() == "and" and _CAPITAL_NEXT.match(head, m.end())
                        and _BODY_BEFORE_AND.search(head, max(0, m.start() - 60), m.start()))
               and not (m.group() == "." and (_FIRM_DOT.search(head, 0, m.end())
                                              or _INITIAL_DOT.search(head, max(0, m.end() - 40), m.end())))),
              default=0)
    s = cut
    while s < e and head[s].isspace():
        s += 1
    if _BASED_AFTER_COMMA.match(head, s) and (town := _TOWN_BEFORE_COMMA.search(head, max(0, s - 40), s)) is not None:
        s = town.start()  # "the Sarasota, Florida-based company said": the town and its state are one phrase
    # drop adverbs right before the verb ("The bill also states")
    while e > s:
        m = _LAST_WORD.search(head[s:e])
        if not m or m.group(1).lower() not in _ADVERBS:
            break
        e = s + m.start()
        while e > s and head[e - 1].isspace():
            e -= 1
    if e <= s:
        return None
    if len(head[s:e].split()) > 10:
        m = _LAST_WORD.search(head, s, e)
        if m is not None and m.group(1) in _SUBJECT_PRONOUNS and head[m.start() - 1 : m.start()] == " ":
            return m.start(1), e  # "When asked if he was afraid … of the town he said": he
        return None
    return s, e


class _Mention(NamedTuple):
    """A speaker candidate: a non-adjectival actor mention."""

    start: int
    end: int
    actor: str
    type: str


def _mention_rows(article: Article, codebook: Any) -> list[_Mention]:
    """The non-adjectival actor mentions (speaker candidates), sorted by start."""
    from toolkit.entities.actors import _actor_columns

    c = _actor_columns(article, codebook=codebook)  # the actors table's columns, no DataFrame
    return [
        _Mention(s, e, a, t)
        for s, e, a, t, adj in zip(c["start"], c["end"], c["actor"], c["type"], c["adjectival"], strict=True)
        if not adj
    ]


class _Mentions:
    """The speaker candidates with the lookups attribution needs, each a bisect (no scan of every
    mention per quote: linear time in the text, up to log factors). Mentions are sorted by start;
    their ends need not be, but none is longer than ``longest``."""

    def __init__(self, rows: list[_Mention]) -> None:
        self.rows = rows
        self.starts = [r.start for r in rows]
        self.longest = max((r.end - r.start for r in rows), default=0)
        self.people = [r for r in rows if r.type == "person"]
        self.people_starts = [r.start for r in self.people]

    def overlapping(self, a: int, b: int) -> list[_Mention]:
        """``[r for r in rows if r.start < b and r.end > a]`` (in order)."""
        rows = self.rows[bisect_left(self.starts, a - self.longest) : bisect_left(self.starts, b)]
        return [r for r in rows if r.end > a]

    def starting_in(self, a: int, b: int) -> list[_Mention]:
        """``[r for r in rows if a <= r.start < b]`` (in order)."""
        return self.rows[bisect_left(self.starts, a) : bisect_left(self.starts, b)]

    def last_person_before(self, a: int) -> int | None:
        """Index in ``people`` of the last person mention (in order) that ends by ``a``."""
        i = bisect_left(self.people_starts, a)  # mentions starting at or after a end after it
        while i > 0:
            i -= 1
            if self.people[i].end <= a:
                return i
        return None


#: a verb of saying right before the quote's opening mark ("urged “", "called for “"), the quote its object
_WORDS_OF_CLAUSE = re.compile(rf"\b(?:{SPEECH_VERBS}|called\s+for)\s+(?:that\s+)?[“\"]?$")
#: a body's verb of saying right after its name ("the ministry said", "Boeing has announced")
_BODY_SAID = re.compile(r"\s+(?:has\s+|had\s+)?(?:said|says|announced|stated|reported|confirmed|added)\b")
#: a verb after a body's name, perhaps after an apposition: the body is the subject ("Greenpeace criticised", "The RSF,
#: led by …, has been")
_BODY_VERB = re.compile(r"(?:\s*\([A-Z][\w.&-]{1,12}\))?(?:,[^,.;“”\"]{1,90},)?\s+(?:(?:also|later|then|now|has|had|have)\s+)?"
                        r"(?:[a-z]+ed|has|had|is|was|will|would|could|can|says|[a-z]+(?<!ss)(?<!'s)s)\b")

# Patterns of the attribution loop, compiled once (same patterns and flags as inline re calls).
_NONSPACE = re.compile(r"\S")
_ANY_MARK = re.compile(r"[“”\"«»]")
#: The end of a clause: not the period of an honorific or an initial ("Mr. Marcus said", "J. Smith said").
_CLAUSE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bLt)(?<!\bCol)(?<!\bProf)(?<!\bSgt)(?<!\bJr)(?<!\bSr)(?<!\bMt)(?<!\bFr)(?<!\bRev)(?<!\bAdm)(?<!\bCapt)(?<!\bCmdr)(?<!\bSupt)(?<!\bInsp)(?<!\bDet)(?<!\bCpl)(?<!\bPvt)(?<!\bMaj)(?<!\bCo)(?<!\bInc)(?<!\bCorp)(?<!\bLtd)(?<!\bBros)(?<!\b[A-Z])[.!?;]\s")
_WORD_CHAR = re.compile(r"\w")
#: a lower-case noun right after a name: the name modifies it ("the Kwame Nkrumah mausoleum")
_ATTRIBUTIVE_AFTER = re.compile(r" ([a-z]+)\b")
#: adverbs closing a noun phrase before a participle ("one station unironically", "the latter yesterday")
_TRAILING_ADVERB = re.compile(r"(?:\s+(?:\w+ly|yesterday|today|tonight|also|then|later|now))+\s*$")
#: a span of time, no source ("seven days earlier", "two weeks ago", "hours later")
_TIME_PHRASE = re.compile(
    r"(?:[a-z0-9]+\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:\s+(?:earlier|later|ago|before|after))?"
)
_COMMA_NEXT = re.compile(r"\s*,")
#: "accused" with an object, then "of" ("accused Trump of “…”"), not "accused of" (a participle)
_ACCUSED_OF = re.compile(r"\s+(?!of\b)[^.;:“”\"]{1,60}?\bof\b")
#: a source that is a lower-case noun "of" a person ("some tenants of Mobius's buildings", "the wife of X")
#: between the names of a list ("Surya Kant and Ujjal Bhuyan", "X, Y and Z")
_LIST_OF_NAMES = re.compile(r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*\s*(?:,\s*)?and\s+")
_NOUN_OF = re.compile(r"\s*(?:(?i:some|many|several|most|all|a|an|the|two|three|four|five)\s+)?[a-z][\w-]*\s+of\s+(?:the\s+)?"
                      r"(?:(?:Justices|Judges|Senators|Ministers|Drs?\.?|Professors)\s+)?$")  # ("A bench of Justices X and Y")
#: "X's response was,", "His verdict on the plan was:" right before a quote: group 1 the possessive
#: pronoun, else group 2 the possessive mark after the name
_POSSESSOR_WORDS = re.compile(
    r"(?:\b(his|her|their)|(['’]s))\s+(?:response|reply|answer|verdict|message|reaction|comment|comments|advice|"
    r"conclusion|view|words|retort|explanation|assessment)\b[^.;:“”\"]{0,40}?\s+(?:was|were|is)\s*[,:]?\s*$",
    re.IGNORECASE,
)
_TITLE_WORDS = re.compile(r"\W*(?:[A-Z][\w.-]*\s+)*")  # nothing, or capitalised words ("Rear Admiral")
_SENTENCE_HEAD = re.compile(r"^.*[.!?;:”\"]\s", re.DOTALL)  # up to the last sentence end before a name
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
#: an auxiliary or copula that ends the source named after "according to" ("… Jacqui Smith is designed to")
_AUX_IN_SOURCE = re.compile(r"\s(?:is|was|are|were|has|have|had|will|would|can|could|should|may|might)\b")
_SAYING_THEN_MARK = re.compile(_VERB_RE.pattern + r"\s*[,:]\s*[“\"«]$")  # 'he went on to say, “
_URL_LIKE = re.compile(r"\S/\S*/|://")
_ACCORDING_AFTER = re.compile(r"\s*[,.]?\s*according to\b", re.IGNORECASE)
_ACCORDING_LATER = re.compile(r",\s*according to\b", re.IGNORECASE)
_LIST_BREAK = re.compile(r"[;:]")
_BY = re.compile(r"\s+by\s+")
#: a finite verb, then a preposition: "referred to the ...", "spoke at the ..."
_VERB_PREP = re.compile(r"\b([a-z]+)(?=\s+(?:\w+\s+)?(?:to|at|of|on|with|about|for|from|against|over|into|toward|towards)\s)")


def _clause_verb(np: str) -> int:
    """Where the finite verb starts when ``np`` (what runs back from a verb of saying to the last cut)
    is a clause whose verb has a prepositional object ("Zawahiri also referred to the Prophet Muhammad
    cartoons"): the name at its end is that object, not the one saying; -1 when it is no such clause."""
    for m in _VERB_PREP.finditer(np):
        w = m.group(1)
        if m.start() > 0 and _lex(w) in ("VBD", "VBN", "VBZ", "VBP") and w not in _AUX_ONLY:
            return m.start()
    return -1
_LEAD_PRONOUN = re.compile(r"\b(?:he|she|they|his|her|their)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
_TO_LAST_COMMA = re.compile(r"^.*,")
_CLAUSE_PRONOUN = re.compile(r"\s*(?:(?P<opener>(?-i:[A-Z][^,:;“”\"]{0,40}),\s*)(?:he|she)\b|(?:[A-Z]\w+ )*(?:he|she)\b)",
                             re.IGNORECASE)
_OUTER_MARKS = re.compile(r"^[“\"«‘]|[”\"»’]$")
_REOPENED = re.compile(r"\n\s*[“\"«]")
_QUOTE_WORD = re.compile(r"\w+(?:['’-]\w+)*")
#: right before a name: whom someone speaks to ("Speaking to Martin Smith of PBS, he said", "in an interview with")
_SPOKEN_TO = re.compile(r"\b(?:[Ss]peaking|[Tt]alking|[Ww]riting)\s+(?:to|with)\s+(?:\w+\s+){0,2}$|\b[Ii]n\s+an\s+interview\s+with\s+(?:\w+\s+){0,2}$")
_LISTENER_VERBS = frozenset(["told", "tells", "telling", "asked", "asks", "informed", "informs"])
#: verbs of judging that quote the judgement ('criticized the launch as “not constructive”'): the
#: subject's words, never in the passive ('has been criticized for “…”')
_JUDGING = frozenset([*JUDGING_VERBS, "describes", "described", "apologized", "apologised", "expressed", "defines",
                      "defined"])
#: verbs whose subject, not the noun after them, is the speaker ("He went on", "as the court put
#: it"); "indicated" attributes only a quote after it ('X indicated that “…”': after a quote,
#: '“…”, while Y indicated 68 were missing' is another clause)
_NO_INVERSION = frozenset(["went on", "goes on", "put it", "puts it", "indicated", "indicates", "answered", "answers",
                           *_JUDGING])  # ("had answered the same angry question many times: “…”": its object)
_BEFORE_ONLY = frozenset(["indicated", "indicates", "spoke", "speaks", "demanded"])  # (not "…," demanded immediate action)
_SKIP_KINDS = frozenset(["title", "credit", "boilerplate"])
def _determiner_before(seg: str, at: int) -> bool:
    """A determiner right before ``at`` ("the stated rationale"), not a name's last word written like one
    ("Nguyen Van An said": a Vietnamese given name after the name's other words)."""
    d = _DET_BEFORE.search(seg, max(0, at - 7), at)
    return d is not None and not (d.group()[0].isupper() and _CAP_WORD_BEFORE.search(seg, max(0, d.start() - 30), d.start()))


def _saying_verbs(seg: str) -> Iterator[re.Match[str]]:
    """The verbs of saying in ``seg``, in order, but not one after a determiner: "the continued
    decline", "the stated rationale" are adjectives; nor a plural noun after a preposition ("in remarks")."""
    found = [v for v in _VERB_RE.finditer(seg)
             if not _determiner_before(seg, v.start()) and seg[v.start() - 1 : v.start()] not in ("-", "/")
             and not (v.group().endswith("s") and _PREPOSITION_BEFORE.search(seg, max(0, v.start() - 11), v.start()))
             and seg[v.end() : v.end() + 1] not in ("-", "/")]  # not inside a web address ("…/obama-speaks-as-…")
    if len(found) > 1:
        # a plural noun after a possessive ("said in a dispatch following Rice's remarks", "Russia's claims") is
        # no verb when the clause has another one (alone, "Morales' vows was to “recover”" gives his words; "he's
        # told", "McDonald's said" are verbs)
        nouns = [v for v in found if v.group().endswith("s")
                 and (p := _POSSESSOR_BEFORE.search(seg, max(0, v.start() - 30), v.start())) is not None
                 and p.group(1).lower() not in _CONTRACTED]
        if nouns and len(nouns) < len(found):
            found = [v for v in found if v not in nouns]
    yield from found


def _quoted_name(ms: _Mentions, text: str, qs: int, qe: int) -> bool:
    """Whether the quoted span ``text[qs:qe]`` holds nothing but one name of several words ('the Hutu-extremist
    “Forces Nationales de Liberation”', 'a member of “Patriotic Turkish Guerrillas Union”'): a name, not speech."""
    a, b = qs, qe
    while a < b and not text[a].isalnum():
        a += 1
    while b > a and not text[b - 1].isalnum():
        b -= 1
    if b - a < 5 or " " not in text[a:b]:
        return False
    names = ms.overlapping(a, b)
    return len(names) == 1 and names[0].start == a and names[0].end == b


def _relative_antecedent(ms: _Mentions, text: str, fa: int, before: str, verb_at: int) -> str | None:
    """The actor a relative clause before a verb of saying refers to ("Maj Gen William Caldwell, who
    claimed “…”", "RNL Bio, which did the cloning, said"): a person after "who", an organisation after
    "which"; the person before an apposition ("Chi Onwurah, the Labour MP for Newcastle Central, who"),
    a parenthesis ("Rep. John Murtha (D-PA), who") or "of" + a place ("Senator Robert Menendez of New
    Jersey, who"). None in the passive ("Amman, who was described as “…” by the police"): not his words.
    ``before`` is the text from ``fa`` to the quote; ``verb_at`` the verb's offset in it."""
    rel = _RELATIVE_SUBJECT.search(before, max(0, verb_at - 130), verb_at)
    if not rel or (rel.group(3).split() or [""])[-1].lower() in _PASSIVE_AUX or rel.group(3).lstrip()[:1].isupper():
        return None  # (a name after "which" is the clause's subject: "the United States, which Chavez called “…”")
    want = "person" if (rel.group(1) or rel.group(2)).lower() == "who" else "organization"
    end = fa + rel.start()
    paren = _PAREN_END.search(text, max(fa, end - 40), end)
    if paren:
        end = paren.start()
    if want == "person":
        app = _APPOSITION_END.search(text, max(fa, end - 90), end)
        if app:
            end = app.start()
    at = ms.overlapping(end - 1, end)
    if at and at[-1].end == end and want == "person" and at[-1].type != "person":
        of = _OF_END.search(text, max(fa, at[-1].start - 12), at[-1].start)
        head = ms.overlapping(of.start() - 1, of.start()) if of else []
        if head and head[-1].end == of.start():
            at, end = head, of.start()
    # (a country speaks through "which" as a body does: "The United States, which has troops there, said")
    return at[-1].actor if at and at[-1].end == end and (
        at[-1].type == want or (want == "organization" and at[-1].type == "place")) else None


#: after a quote's closing mark: spaces, a dash and spaces ('” — Aparna Garg'), on the same line (zero-width
#: joiners count as spaces)
_DASH_CREDIT = re.compile(r"[ \t\u00a0\u200b-\u200d]*(?:—|–|--|-)[ \t\u00a0\u200b-\u200d]*(?=[A-Z])")
#: what may follow the name of such a credit: a comma, a parenthesis, the end of the line or text
_CREDIT_END = re.compile(r"[ \t\u00a0]*(?:[,(\n'’]|$)")
#: "quoted X as" right before "saying" / "telling": X is the speaker (not the passive "was quoted by
#: AFP as saying", "is quoted (BBC News) as saying")
_QUOTED_AS = re.compile(
    r"\bquot(?:ed|es|ing)\s+(?!(?:by|in|on|at|from|to)\b)((?:[^,;:.“”\"()]|(?<=[A-Z])\.){1,80}?)\s+(?:as\s+)?$"
)  # (the dots of an initialism inside: "quoted an anonymous U.S. intelligence official as saying")
#: after a quote, "reported/quoted/cited X as saying": X spoke ('“…,” the paper quoted Smith as saying')
_REPORTING_AS = frozenset(["reported", "reports", "quoted", "quotes", "cited", "cites"])
_REPORTED_AS = re.compile(
    r"\s+(?!(?:by|in|on|that|to)\b)((?:[^“”\"();:.]|(?<=[A-Z])\.){1,100}?),?\s+as\s+(?:saying|telling|stating|writing)\b"
)  # (the dots of an initialism inside: "quoted an anonymous U.S. intelligence official as saying")
#: a sentence opening with a name, its description between commas, and a verb of saying: the attribution of a quote
#: ending in "!" or "?" before it ('“… guaranteed!” Elon Musk, SpaceX's chief executive, wrote on X')
_NAME_APPOSITION_SAID = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3},\s+[^,;:.“”\"]{3,80},"
                                   r"\s+(?:" + SPEECH_VERBS + r")\b")
_NAME_SAID_COMMA = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:said|says|added|stated),(?!\s*[“\"])")
_LEAD_PHRASE = re.compile(r"\s*[A-Z][^,;:.“”\"]{0,60},\s*")  # "In part of his resignation, " before the subject
#: a relative clause after a comma ("…, which Bakayev has said")
_BLANK_RUN = re.compile(r" {3,}")  # (a quote blanked out of the sentence)
_WHICH_CLAUSE = re.compile(r",\s+(?:which|where|whom|whose)\b")
#: a pronoun next (the relative clause's subject: '…, which he called “unethical”' is the speaker's own)
_PRONOUN_NEXT = re.compile(r"\s+(?:he|she|they|it|we|i)\b", re.I)
#: a state's name and "-based" after a town's comma ("the Sarasota, Florida-based company")
_BASED_AFTER_COMMA = re.compile(r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)?-based\b")
#: a determiner and a town's name before that comma
_TOWN_BEFORE_COMMA = re.compile(r"\b(?:the|a|an)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s*$")
#: verbs that name a thing with the quoted words ('a move critics called “reckless”')
_NAMING_VERBS = frozenset(["called", "dubbed", "labelled", "labeled", "branded", "termed", "described"])
#: a noun and a relative clause without "that" before such a verb: "a deal poorer nations", "a move critics"
_ZERO_RELATIVE = re.compile(r"(?:a|an|the|this|that)\s+([a-z]+)\s+((?:(?:the|many|some|most|several)\s+)?(?:[a-z]+\s+){0,2}[a-z]+)")
#: a group opening the sentence (after a time or place phrase), then some of its members: "(On Friday,) forty prominent
#: African leaders, including …"
#: the words that open a list of a group's members ("forty leaders, including Kofi Annan, …"; toolkit.entities.stances)
MEMBERS_LEAD = r"(?:including|such as|among them)"
_GROUP_INCLUDING = re.compile(rf"(?:[A-Z][^,;:“”\"]{{0,40}},\s*)?((?:[\w'’-]+\s+){{0,4}}[a-z]+s),\s+{MEMBERS_LEAD}\s+")
_SUCH_AS = re.compile(r"\b(?:such as|including|like|among them)\b")  # "Kenyans …, such as refugee Paul Waweru, “…”"
_WHOLE_SENTENCE = re.compile(r"[A-Z]")  # a quote that opens with a capital: a sentence of its own
#: between a quote whose comma follows its closing mark and the verb: a name, perhaps an apposition
#: ('”, Luís Amado, Portugal's Foreign Affairs Minister, said'; not '”, Republicans blocked Holbrooke …, before
#: he was finally confirmed')
_NAME_APPOSITION_VERB = re.compile(r",\s*[^,;:.“”\"]{1,60}(?:,\s*[^;:“”\"]{1,120},)?\s*")
#: a lower-case verb (and up to two more lower-case words), then a comma before a participle: "(Freeland) quit, "
#: "(the minister) resigned last week, "
_SUBJECT_VERB_COMMA = re.compile(r"(?<=\S)\s+([a-z]+)(?:\s+[a-z]+){0,2},\s*$")
#: participles of judging that attribute a quote only after a comma ("…, accusing him of “…”")
_JUDGING_ING = frozenset(w for w in JUDGING_VERBS if w.endswith("ing"))
#: a statement, a letter or a release by an unnamed source ("a brief statement by the transport ministry"): the source
_STATEMENT_BY = re.compile(r"(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:statement|letter|release|report|note|post|message|tweet)"
                           rf"(?:{_DAY_THEN_BY.pattern}|\s+(?:by|from)\s+)((?:the|a|an|its|his|her|their)\s+.+)$")
#: a new clause with its own subject: ", and ", "; but " ("X said no, and Y, R-La., said")
_NEW_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?=[A-Z])")
#: a word, then an aside between commas, at the end ("she, in response", "he, however")
#: a second reported clause after a quote ('… “…” and that he had called …')
_AND_THAT = re.compile(r"\band\s+that\b")
#: an apposition's participle and "by" right before a name ("The committee, led by Senator Jane Roe, said")
_PARTICIPLE_BY = re.compile(r",\s*(?:[a-z]+ed|led|run|written|chaired|headed|held|sent|made|drawn|given)\s+by\s+$")
#: an auxiliary, then a time's or a place's aside, right before the verb ("had, in September, agreed")
_AUX_ASIDE = re.compile(r"\b(had|has|have|was|is|would|will|also|did|does)\s*,\s*(?:in|on|at|after|during|last|earlier|later|"
                        r"by|however|though|nonetheless|nevertheless|indeed|too)\b[^,;:.“”\"]{0,30},\s*$")
_PARENTHETICAL = re.compile(r"\b(\w+)\s*,\s*[a-z][^,;:.“”\"]{0,30},?\s*$")
_SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we"])
#: "I" and a verb of saying right before the quote ('I said, “…”', "I'm like: “…”"; not 'I told my mom …, and she's
#: like “…”')
_I_SAID = re.compile(r"(?:\s+\w+)?\s+(?:said|say|asked|replied|answered|wrote|thought)\s*[,:]?\s*[“\"]|['’]m like\s*[,:]?\s*[“\"]")
#: a preposition opening a phrase that is one name: a place or a medium, no subject ("on Twitter")
_PREPOSITION_FIRST = re.compile(r"\s*(?:on|in|at|from|via|through|during)\s+(?:the\s+)?", re.IGNORECASE)
#: a participle after a comma: 'Van Biljon, reportedly often referred to as “…”' (what others call him)
_PARTICIPLE_BEFORE = re.compile(r",\s*(?:(?:\w+ly|often|also|sometimes|still|now)\s+)*$")
#: "the Syrian ambassador to the United States", "a source in the Pentagon": a role, then where or whose
#: (a spokesman is the organisation's own voice: "a spokesman for Google" stays Google)
_ROLE_THEN_PREP = re.compile(
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:ambassadors?|envoys?|diplomats?|sources?|officials?|aides?|advis[eo]rs?|"
    r"insiders?)\s+(?:to|of|for|at|in|from)\s",
    re.IGNORECASE,
)
#: a role and whose it is, a whole noun phrase ("spokeswoman for Kennedy", "a lawyer for the family")
_ROLE_FOR = re.compile(rf"(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,2}}(?:{SOURCE_ROLES}|lawyers?|attorneys?|"
                       r"secretary|assistants?|counsel)\s+(?:for|of|to)\s+[^,;:]{1,60}$")
#: a name or label given to someone or something, right before the quote
_NAME_LABEL_BEFORE = re.compile(
    r"\b(?:known\s+as|identified\s+(?:\w+\s+)?(?:only\s+)?as|nicknamed|a\.?k\.?a\.?|also\s+called|so-called|"
    # a name given, not speech: 'the slogan “Don't Buy Books by Crooks”', 'the Swahili nickname “mkono wa damu”'
    r"(?:the|a|an|its|their|his|her|our|whose)\s+(?:\w+\s+)?(?:slogan|motto|nickname|hashtag|catchphrase|chant)s?|"
    # what a sign says: 'many holding signs that read “Save Lincoln.”', 'placards reading “Save Our Libraries”'
    r"(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?|graffiti)\s+(?:that\s+|which\s+)?"
    r"(?:read|reads|reading|said|saying)|"
    # a word mentioned, not said: 'whose "o" stands for "omni"', 'short for "…"', 'the word "…"'
    r"stands?\s+for|stood\s+for|short\s+for|(?:which|that)\s+means?|meaning|the\s+(?:word|term|phrase|name)s?|"
    # a name proposed for something: 'what we might call the “technocratic ideology”', 'a storm some are calling an
    # “inland hurricane”'
    r"\b(?:we|some|many|others)\s+(?:might\s+|could\s+|would\s+|are\s+|now\s+)?(?:call|calling)"
    r"(?:\s+(?:it|this|them|the\s+first|the\s+second|the\s+third))?|"
    r"whose)\s+(?:(?:the|a|an)\s+)?$",
    re.IGNORECASE,
)
#: a person's words named as such before the quote ("a statement by X in October that “…”", "remarks by X: “…”")
_WORDS_BY = re.compile(r"\b(?:statements?|remarks?|comments?|claims?|pledges?|promises?|warnings?|assertions?|"
                           r"vows?)\s+(?:made\s+)?by\s+(?=[A-Z])")
#: what joins those words to the quote: "that", a colon or a comma right before it
_THAT_BEFORE = re.compile(r"(?:\bthat|[:,])\s*$")
#: a verb giving a name right before a quote ("dubbed “Welcome Home Sarah”", "named “Operation X”")
_DUBBED_BEFORE = re.compile(r"\b(?:dubbed|nicknamed|named|christened|branded|billed\s+as)\s*$")
#: a sentence whose subject is "he" or "she" (any other person in it is no subject)
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[“\"]\s*)?(He|She)\b")
#: "he" or "she" opening a sentence's main clause, perhaps after an opening phrase (``_LEAD_PHRASE``: "In the phone
#: call, he demanded"; or one with no comma: "In the same phone call he also criticised")
_PRONOUN_OPENS = re.compile(r"\s*(?:" + _LEAD_PHRASE.pattern + r"|(?:In|At|On|During|After|Later|Then)\s[^,;:.“”\"]{0,40}?\s)?"
                            r"(he|she)\s+(?!said\b|says\b|told\b|added\b)[a-z]", re.I)
#: the same with any verb after the pronoun ("He said that …", "He added that …")
_PRONOUN_OPENS_ANY = re.compile(_PRONOUN_OPENS.pattern.replace(r"(?!said\b|says\b|told\b|added\b)", ""), re.I)
#: a modal and its verb inside a phrase: a clause, no speaker
_MODAL_VERB = re.compile(r"\b(?:should|would|could|will|can|must|might)\s+(?:not\s+)?[a-z]+\b")
_WAS_QUOTED = re.compile(r"[\s,]*((?:[^\s,.;:“”\"]+\s+){1,6}?)(?:was|is|were|had\s+been|has\s+been)\s+quoted\b")
_QUOTED_TO = re.compile(r"\bquot(?:ed|es)\s+(?!(?:by|in|on|at|from|to)\b)([^;:.“”\"()]{1,120}?)\s+to\s+have\s+$")
#: what may open a sentence before its subject ("However, he …")
_LEAD_ADVERB = re.compile(rf"\s*(?:(?:{_OPENING_ADVERBS}),\s+)?")
_PLAIN_WORD = re.compile(r"[\w'’.-]+")
_FINITE = ("VBD", "VBZ", "VBP", "VBN", "MD")  # (the lexicon tags "attacked", "lodged" VBN)


def _takes_opening_subject(before: str, vm: re.Match[str], np_: tuple[int, int] | None) -> bool:
    """Whether the verb of saying ``vm`` in ``before`` has the sentence's opening subject: after a comma for a
    participle ("He refused to comment, saying “…”", "The now-governor refused …, saying"), after "and" for a finite
    verb ("He then approached a director and said"), or a participle after "by" ("He made a damning comment … by
    claiming that") or whose noun phrase ``np_`` runs from the sentence's start ("Some Muslim students voiced concern
    saying")."""
    head = before[: vm.start()]
    if not vm.group().endswith("ing"):
        return head.rstrip().endswith(" and")
    return head.rstrip().endswith(",") or head.endswith(" by ") or (np_ is not None and not before[: np_[0]].strip())


def _lead_subject(before: str, limit: int) -> tuple[int, int] | None:
    """The subject opening ``before`` (up to ``limit``): "He", "She", "They", or "the/a/an/some …" of up
    to eight words, ended by the first finite verb ("refused", "has"), with no punctuation in it."""
    from toolkit._textblob_en import textblob_en

    lexicon = textblob_en().lexicon
    start = _LEAD_ADVERB.match(before).end()
    words = list(_NONSPACE_RUN.finditer(before, start, limit))
    if not words:
        return None
    first = words[0].group()
    if first.lower() in ("he", "she", "they"):
        n = 1
    elif first.lower() in ("the", "a", "an", "some", "many", "several", "most", "other", "few"):
        n = next((k for k, m in enumerate(words[:9]) if k and m.group().islower()
                  and (lexicon.get(m.group()) or "").startswith(_FINITE)), 0)
        if n < 2 or not all(_PLAIN_WORD.fullmatch(m.group()) for m in words[:n]):
            return None  # no verb within eight words, or punctuation inside the subject
    else:
        return None
    v = n
    while v < len(words) and words[v].group().lower() in _ADVERBS:
        v += 1  # "He then approached"
    if len(words) <= v or not (lexicon.get(words[v].group()) or "").startswith(_FINITE):
        return None
    return words[0].start(), words[n - 1].end()


#: Words ending like a person noun that name things ("a letter from …", "the newspaper")
_AGENT_LIKE_THINGS = frozenset(["paper", "newspaper", "letter", "center", "centre", "order", "register", "monitor",
                                "chapter", "poster", "banner", "flyer", "folder", "counter", "sector", "motor"])


def _introduced_as(ms: _Mentions, text: str, title: str, before: int) -> str | None:
    """The one person named earlier (before ``before``) right after ``title`` ("PAHO Director Carissa F.
    Etienne" for "PAHO Director"), else None."""
    if not title:
        return None
    low = title.lower()
    found = {r.actor for r in ms.people
             if r.start < before and low in text[max(0, r.start - len(title) - 3) : r.end].lower()}
    return next(iter(found)) if len(found) == 1 else None


def _described_as(ms: _Mentions, text: str, actor: str, description: str) -> bool:
    """Whether ``description`` ("The French President") names ``actor`` by a title written before one
    of the actor's mentions or inside it ("French President Jacques Chirac"): its last word within 40
    characters before the name."""
    words = description.split()
    head = words[-1].lower() if words else ""
    return bool(head) and any(
        r.actor == actor and head in text[max(0, r.start - 40) : r.end].lower() for r in ms.people
    )


#: an opening phrase up to its comma ("Asked about the plan, ")
_OPENER_COMMA = re.compile(r"\s*[A-Z][^,:;“”\"]{2,60},\s*")
_LOWER_WORDS_AFTER = re.compile(r"((?:\s+[a-z][\w-]*){1,3})")


def _modifies_person(text: str, end: int) -> bool:
    """The name ending at ``end`` modifies a person noun after it ("the Harvard graduated colonel", "the Acme
    spokesman"): one of the next three lower-case words is a person's."""
    m = _LOWER_WORDS_AFTER.match(text, end)
    if m is None:
        return False
    words = m.group(1).split()
    return any(_names_person(" ".join(words[: k + 1])) for k in range(len(words)))


#: the head of a body ("the head of the police's internal investigators", "the chair of the committee")
_HEAD_NOUNS = frozenset(["head", "chair", "chairman", "chairwoman", "chairperson", "president", "boss", "founder",
                         "mayor", "governor", "premier", "king", "queen", "prince", "princess", "judge", "coach",
                         "captain", "chancellor", "secretary", "deputy", "dean", "principal", "provost", "rector",
                         "bishop", "archbishop", "imam", "rabbi", "pastor", "priest", "pope", "mother", "father",
                         "widow", "widower", "wife", "husband", "son", "daughter", "brother", "sister", "victim",
                         "colonel", "general", "lieutenant", "sergeant", "commander", "admiral", "marshal", "major"])


def _names_person(description: str) -> bool:
    """Whether an unnamed source's description ends in a person ("a source in the Pentagon", "the Lord Mayor
    candidate"), not a body or a document ("the press freedom organization", "a statement from …"): its head
    word (the one before "of", "in" …, else the last) is a person noun, a source role or an agent noun."""
    words = _LATIN_WORD.findall(description.lower())
    at = next((i for i, w in enumerate(words) if i and w in ("of", "from", "for", "in", "at", "to")), len(words))
    head = words[at - 1] if at else ""
    return head in _PERSON_NOUNS or head in _HEAD_NOUNS or _SOURCE_ROLE.match(" " + head) is not None or (
        head.endswith(("er", "or", "ist", "ian")) and head not in _AGENT_LIKE_THINGS)  # "miner", "director"


def _pronoun_of(name: str) -> str | None:
    """"she" or "he" when the given name opening the person ``name`` (or the name alone, a given name: "her son
    Thomas") is borne 98% by women or by men (census, ``actors_given_name_sex.tsv``); "they" for a people
    ("Americans"); else None."""
    g = gazetteer()
    if " " not in name and name.endswith("s") and (name[:-1] in g.demonyms or g.has("religion", name)):
        return "they"  # "Americans", "Muslims": a people, never "he" or "she"
    words = [w for w in name.split() if not g.has("title", w.rstrip("."))]
    if words and name[:1].isupper():
        if g.has("given_f", words[0]):
            return "she"
        if g.has("given_m", words[0]):
            return "he"
    return None


#: a subordinating conjunction opening a clause before the sentence's subject
_SUBORDINATE = re.compile(r"\b(?:[Aa]s|[Ww]hen|[Ww]hile|[Aa]fter|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ss]ince|[Ii]f|[Bb]efore|[Uu]ntil)\s")


#: a nationality or an age standing for a person named before ("the Briton", "the 24-year-old", "the 37-year-old Serb",
#: "the 88-year-old pontiff")
_EPITHET = re.compile(
    r"[Tt]he\s+(?:(?:(?P<age>\d{1,3})-year[- ]old|[a-z]+(?:-[a-z]+)?-year[- ]old)(?:\s+(?P<dem2>[A-Z][a-z]+)|(?:\s+[a-z]+){1,2})?"
    # "the FDP politician", "the Labour MP", "the Republican senator": a party and a politician's role
    r"|(?P<party>[A-Z][A-Za-z]+)\s+(?:politician|lawmaker|legislator|MP|MEP|senator|congressman|congresswoman|"
    r"parliamentarian|deputy|minister|leader|chancellor|mayor|governor|veteran|firebrand)"
    r"|(?P<member>Democrat|Republican|Tory|Conservative|Socialist|Communist|Libertarian)"  # "the Democrat said"
    r"|(?P<dem>[A-Z][a-z]+)"
    # "the seven-time champion", "the four-time world champion", "the two-time Olympic gold medallist"
    r"|(?P<times>(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-time)\s+"
    r"(?:[A-Za-z]+\s+){0,2}(?:champion|winner|medall?ist|title-holder|holder|major winner|Olympian))"
)
#: verbs of saying that are also plural nouns ("comments", "claims")
_NOUN_OR_VERB = frozenset(["comments", "claims", "notes", "remarks", "reports", "tweets", "posts"])
#: the word right before such a verb
_WORD_BEFORE_VERB = re.compile(r"([A-Za-z'’]+)\s+$")
#: words before a noun, not a subject: a determiner, a possessive ("his comments", "these claims")
_NOUN_LEADS = frozenset(["the", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such", "some",
                         "any", "no", "recent", "earlier", "later", "similar", "further", "public", "other"])


def _is_party(word: str) -> bool:
    """Whether ``word`` names a political party on its own ("Labour", "FDP", "Likud"; not "Google")."""
    if word in PARTY_SHORT or word.rstrip("s") in PARTY_SHORT:
        return True
    hit = gazetteer().lookup(word)
    return hit is not None and hit[1] == "organization" and (hit[0].endswith(PARTY_HEADS) or hit[0] == word == "Likud")


#: a player's role after a team's name standing for a person named before ("the Red Bull driver", "the Arsenal
#: striker")
_TEAM_ROLES = frozenset(["driver", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "winger",
                         "full-back", "fullback", "centre-back", "playmaker", "captain", "skipper", "rider",
                         "quarterback", "pitcher", "batter", "batsman", "bowler", "all-rounder", "fly-half",
                         "scrum-half", "flanker", "lock", "prop", "hooker", "shortstop", "outfielder", "slugger",
                         "guard", "center", "point guard", "teammate", "team-mate", "rookie", "youngster",
                         "veteran", "star"])
#: a country, a demonym or a possessive right before a person's name ("Spain's", "Serbian", "Briton")
_COUNTRY_BEFORE = re.compile(r"\b([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)(?:'s|’s|')?\s+$")
#: a country in brackets or after "of" right after a person's name ("Alcaraz (Spain)", "Nadal of Spain")
_COUNTRY_AFTER = re.compile(r"\s*(?:\(|,?\s+of\s+)([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)")
#: an age right after a person's name ("Norris, 24,", "Lando Norris (24)")
_AGE_AFTER = re.compile(r"\s*(?:,\s*|\()(\d{1,3})\b[,)]")
_UK_PARTS = frozenset(["United Kingdom", "England", "Scotland", "Wales", "Northern Ireland"])


#: the country of a region whose people have a name of their own in the gazetteer ("the Texan" is an American)
_REGION_COUNTRY = {"Texas": "United States", "California": "United States", "Florida": "United States",
                   "Alaska": "United States", "Bavaria": "Germany", "Catalonia": "Spain", "Corsica": "France",
                   "Ontario": "Canada", "Tasmania": "Australia", "South Australia": "Australia",
                   "Western Australia": "Australia", "Kerala": "India", "Assam": "India", "Siberia": "Russia",
                   "Chechnya": "Russia"}


def _same_country(a: str | None, b: str) -> bool:
    """Whether two countries are one for a nationality ("the Briton" is English, Scottish …; "the Texan" American)."""
    return a == b or (a in _UK_PARTS and b in _UK_PARTS) or (a is not None and (
        _REGION_COUNTRY.get(a) == b or _REGION_COUNTRY.get(b) == a))


def _country_of(word: str) -> str | None:
    """The country a word names: a demonym ("Serbian", "Briton") or a country name ("Spain", "Britain")."""
    g = gazetteer()
    if word in g.demonyms:
        return g.demonyms[word]
    hit = g.lookup(word)
    return hit[0] if hit is not None and hit[1] == "place" and hit[0] in g.demonyms.values() else None


def _written_with(ms: _Mentions, text: str, actor: str, *, age: bool, teams: bool = False) -> set[str]:
    """The countries (or, with ``age``, the ages; with ``teams``, the words themselves: "McLaren") the article
    writes right before or after ``actor``'s mentions ("Spain's Carlos Alcaraz", "Serbian Novak Djokovic",
    "Nadal (Spain)"; "Norris, 24,")."""
    found: set[str] = set()
    for r in ms.people:
        if r.actor != actor:
            continue
        if age:
            if (m := _AGE_AFTER.match(text, r.end)) is not None:
                found.add(m.group(1))
            continue
        if (m := _COUNTRY_BEFORE.search(text, max(0, r.start - 30), r.start)) is not None \
                and (c := m.group(1) if teams else _country_of(m.group(1))) is not None:
            found.add(c)
        if (m := _COUNTRY_AFTER.match(text, r.end)) is not None \
                and (c := m.group(1) if teams else _country_of(m.group(1))) is not None:
            found.add(c)
    return found


#: an opening phrase of company before a sentence's subject ("Flanked by Raila Odinga and ODM lawmakers, ")
_COMPANY_OPENER = re.compile(r"\s*(?:(?:Flanked|Joined|Accompanied|Surrounded|Backed|Escorted|Followed)\s+by"
                             # an opening phrase with its own people: "After visiting Governor-General Sam Mostyn at
                             # Government House, Mr Albanese said", "Following talks with X, Y said", "In a call with X"
                             r"|(?:After|Before|While|Since|Upon|On|Despite)\s+[a-z]+ing|Having\s+[a-z]+ed|Following"
                             r"|In\s+(?:a|an|his|her|their|the)\s+(?:(?:phone|telephone|video)\s+)?(?:call|meeting|talks|"
                             r"conversation|interview|letter|visit)\s+(?:with|to)"
                             r")\b[^.;:“”\"]{1,160}?,\s*")


#: ", but" and up to five lower-case words (an adverb, a role) right before a name: the subject of a contrasting clause
_BUT_SUBJECT = re.compile(r",\s+but\s+(?:[a-z][\w-]*\s+){0,5}")


#: a verb of saying right after a person who closes a sentence of reported speech (", prosecutor Abdul Majid said in
#: his opening remarks."), and the comma before that person (and its role words)
_SAYS_AT_END = re.compile(r"\s+(?:said|says|told|added|stated|explained|noted)\b")
_CLAUSE_COMMA = re.compile(r",\s+(?:[a-z][\w-]*\s+){0,4}$")


def _first_person_of_sentence(ms: _Mentions, k: int, a: int, sent_index: Any, text: str = "",
                              s_starts: list[int] | None = None) -> str:
    """The first person mention ending by ``a`` in the sentence of ``ms.people[k]`` (the last
    such mention), by a bisect to that sentence's people: the actor of ``same[0]`` in
    ``prev = [people ending by a]; same = [r for r in prev if sentence(r) == sentence(prev[-1])]``.
    With ``text``, a possessive in a clause that opens the sentence is passed over for the next
    person ("In 2016, as Trump’s rise continued, Schwartz disavowed the book": Schwartz); with the sentences'
    ``s_starts`` too, the people of an opening phrase of company ("Flanked by Raila Odinga and ODM lawmakers,
    Nyongo called …": Nyongo)."""
    sid = sent_index(ms.people[k].start)
    # people before k in the same sentence come right before it (mentions are sorted by start)
    same = [k]
    for i in range(k - 1, -1, -1):
        r = ms.people[i]
        if sent_index(r.start) != sid:
            break
        if r.end <= a:
            same.append(i)
    if text and s_starts is not None and len(same) > 1 \
            and (op := _COMPANY_OPENER.match(text, s_starts[sid])) is not None:
        after = [i for i in reversed(same) if ms.people[i].start >= op.end()]
        if after:
            return ms.people[after[0]].actor
    if text and len(same) > 1:
        p, q = ms.people[same[-1]], ms.people[same[-2]]
        if text.startswith(("'s", "’s"), p.end) and "," in text[p.end : q.start] \
                and _SUBORDINATE.search(text, max(0, p.start - 60), p.start):
            return q.actor  # the possessive in a clause before the subject: "as Trump’s rise continued, Schwartz …"
    if text and len(same) > 1:
        for i in reversed(same[:-1]):  # later people of the sentence, in text order
            r = ms.people[i]
            if _SAYS_AT_END.match(text, r.end) and _CLAUSE_COMMA.search(text, max(ms.people[same[-1]].end, r.start - 60),
                                                                       r.start):
                # "… witnesses who saw Altantuya taken from Abdul Razak's house, deputy public prosecutor Abdul Majid
                # said in his opening remarks": the one whose words the sentence reports
                return r.actor
            if (m := _BUT_SUBJECT.search(text, ms.people[same[-1]].end, r.start)) is not None and m.end() == r.start:
                # "Kadyrbekov had been named acting president, but today opposition leader Kurmanbek Bakiyev was
                # named …": the subject of the clause after "but"
                return r.actor
    return ms.people[same[-1]].actor


@cached_on_article
def _quote_columns(article: Article, *, codebook: Any = None) -> dict[str, list[Any]]:
    """:func:`quotes` as plain column lists (keys in ``QUOTE_COLUMNS`` order; read-only)."""
    from toolkit.text.segment import sentence_rows

    cols: dict[str, list[Any]] = {c: [] for c in QUOTE_COLUMNS}
    spans = [(r[0], r[1]) for r in _span_rows(article)]
    span_starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # furthest end of spans[: i + 1]
    text = article.text
    m_rows = _mention_rows(article, codebook)  # also before the early exit: codebook errors still raise
    if not spans:
        return cols
    ms = _Mentions(m_rows)
    s_rows = sentence_rows(article)
    # Sentences are in text order and do not overlap, so starts and ends are both sorted and
    # bisect finds exactly what a scan from the first sentence would.
    s_starts = [r[1] for r in s_rows]
    s_ends = [r[2] for r in s_rows]
    non_person = {r.actor for r in m_rows if r.type != "person"} - {r.actor for r in m_rows if r.type == "person"}
    places = {r.actor for r in m_rows if r.type == "place"} & non_person
    things = {r.actor for r in m_rows if r.type not in ("person", "organization", "place")}  # no speakers

    def sent_index(pos: int) -> int:
        i = bisect_right(s_starts, pos) - 1  # the last sentence starting at or before pos
        if i >= 0 and pos < s_ends[i]:
            return i  # the only sentence that can contain pos
        # between sentences: the next one (the first starting after pos), else the last
        return i + 1 if i + 1 < len(s_rows) else len(s_rows) - 1

    def sent_of(pos: int) -> tuple[int, int, int, str, int]:
        return s_rows[sent_index(pos)]

    # the furthest end of spans[: i + 1]: position p is inside a quote iff some span starting at or
    # before p ends after it
    def in_quote(pos: int) -> bool:
        i = bisect_right(span_starts, pos)
        return i > 0 and reach[i - 1] > pos

    def last_person_outside_quotes(a: int) -> int | None:
        """The index in ``ms.people`` of the last person named before ``a`` and outside every quote (a
        person named inside a quote does not speak it: '“… Kibaki should be embarrassed …,” he added')."""
        k = ms.last_person_before(a)
        sa = s_starts[sent_index(a)]
        while k is not None and (in_quote(ms.people[k].start) or (
            (m := _ATTRIBUTIVE_AFTER.match(text, ms.people[k].end)) is not None and _lex(m.group(1)) in ("NN", "NNS")
            and text.endswith(("the ", "The "), 0, ms.people[k].start)
        ) or (ms.people[k].start >= sa and _SPOKEN_TO.search(text, max(sa, ms.people[k].start - 30), ms.people[k].start))):
            # (nor the one spoken to in the quote's own sentence: "Speaking to Martin Smith of PBS, he said, “…”")
            # (nor a name used as a modifier: "he visited the Kwame Nkrumah mausoleum")
            k = k - 1 if k > 0 else None
        return k

    def past_pronoun_subjects(k: int, pron: str, *, said: bool = False) -> int | None:
        """``k``, or, when the sentence of ``ms.people[k]`` has ``pron`` for its subject before that person ('In the
        phone call, he demanded Lizza reveal …': Lizza is no "he" of a later sentence), the last person named
        outside quotes before that sentence (so up to three sentences back); None when there is none. With ``said``,
        a sentence opening with the pronoun and a verb of saying counts too ("He said that an assessment of Mr Parkin
        …", "He added that … as Chávez suggested")."""
        for _ in range(3):
            s0 = s_starts[sent_index(ms.people[k].start)]
            m = (_PRONOUN_OPENS_ANY if said else _PRONOUN_OPENS).match(text, s0, ms.people[k].start)
            if m is None or m.group(1).lower() != pron:
                return k
            back = last_person_outside_quotes(s0)
            if back is None:
                return None
            k = back
        return k

    def unnamed_subject_before(a: int) -> str | None:
        """The unnamed source ("A spokesperson for the Guatemalan government") opening the sentence before the
        one holding ``a``, when that sentence names no person and its subject is followed by a verb."""
        si = sent_index(min(a, qs))  # (before the quote: a quote of several sentences is no antecedent)
        for back in (1, 2):
            if si - back < 0:
                return None
            ps, pe = s_starts[si - back], s_ends[si - back]
            m = _UNNAMED_SUBJECT.match(text, ps, pe)
            if m is None and (op := _OPENER_COMMA_AT.match(text, ps, pe)) is not None:
                m = _UNNAMED_SUBJECT.match(text, op.end(), pe)  # "In a response to DNA, an unnamed officer confirmed"
            if m is None:
                m = _WRITER_ASKED.match(text, ps, pe)  # "I asked a senior Polish official what Warsaw would do"
            # (a person named in the source's own phrase is no subject: "an unnamed officer representing Sathya Sai Baba")
            if any(r.type == "person" and (m is None or not m.start(1) <= r.start < m.end(1))
                   and not (m is not None and _pronoun_of(r.actor) == "they")  # (a people: "if the Americans left")
                   for r in ms.starting_in(ps, pe)):
                return None
            if m is not None:
                return m.group(1)
            if not _PRONOUN_SUBJECT.match(text, ps, pe):
                return None
            # 'A Wikinews reporter was in Butare. She says that the mood is good. “…,” she said.': the sentence in
            # between opens with the pronoun, so its antecedent is the one before it
        return None

    def person_after_comma(pos: int) -> str | None:
        """The person whose name follows a comma at ``pos`` ("the chief economist at Morgan Stanley, Richard
        Berner"): the one a description before the comma names."""
        named = _COMMA_THEN.match(text, pos)
        person = ms.overlapping(named.end(), named.end() + 1) if named else []
        return person[0].actor if person and person[0].start == named.end() and person[0].type == "person" else None

    def names_ending_at(pos: int, types: tuple[str, ...] = ("person",)) -> list[_Mention]:
        """The mentions of ``types`` that end right at ``pos`` (a name before a comma: "Robin Costello, …")."""
        return [r for r in ms.overlapping(pos - 1, pos) if r.end == pos and r.type in types]

    def opens_quote(pos: int) -> bool:
        """Whether a quote starts later in the sentence holding ``pos``."""
        j = bisect_right(span_starts, pos)
        return j < len(spans) and spans[j][0] < sent_of(pos)[2]

    def resolve_phrase(
        a: int, b: int, last: tuple[str | None, str], *, object_pronoun: bool = False, group: bool = False
    ) -> tuple[str | None, str] | None:
        """Speaker named in text[a:b]: an actor, a pronoun (→ last), or a description. With
        ``object_pronoun`` ("according to him"), "him"/"her"/"them" count as "he"/"she"/"they"; with
        ``group`` (the subject before a verb of saying), a capitalised plural noun is a description
        ("Police said, “…”", not after a quote: '“….” Others agreed.' is a new sentence)."""
        # "(As) one commentator has (argued)": the source without the conjunction and auxiliaries
        phrase = _LEADING_CONJ.sub("", _TRAILING_AUX.sub("", _TRAILING_REPORTED.sub("", text[a:b].strip())))
        phrase = _REFLEXIVE_END.sub("", phrase)  # "As Major himself noted"
        if object_pronoun:
            phrase = _OBJECT_PRONOUN.get(phrase.lower(), phrase)
        if (pm := _PREPOSITION_FIRST.match(text, a, b)) and (only := ms.overlapping(a, b)) \
                and only[0].start == pm.end() and only[-1].end >= a + len(text[a:b].rstrip()) and len(only) == 1:
            return None  # "(Trump …) and on Twitter referred to the vote as": where, not who
        if (doc := _DOCUMENT_BY.match(text, a, b)) is not None:
            # "The decree signed by the Pope read “…”", "a letter written by the minister says": the author
            author = [r for r in ms.overlapping(doc.end(), b) if r.type in ("person", "organization")]
            if author and not text[doc.end() : author[0].start].strip(" \t").replace("the", "").strip():
                return author[0].actor, "actor"
            if (role := _ROLE_PHRASE.fullmatch(text[doc.end() : b].strip())) is not None \
                    and (holder := role_holder(_ROLE_TITLES[role.group(1).lower()], a)) is not None:
                return holder, "actor"  # "The decree signed by the Pope": the Pope named before
        if _THE_DOCUMENT.fullmatch(phrase) and (source := document_source(a, phrase.split()[-1], last)) is not None:
            return source  # "Whitcombe's family said in a statement …. “…,” the statement said": the family's words
        if not phrase or _has_verb(phrase) or _URL_LIKE.search(phrase) or _MODAL_VERB.search(phrase) \
                or _TIME_PHRASE.fullmatch(phrase):  # ('first announced seven days earlier': when, not who)
            return None  # a clause ("doubts about the Iraq war should not cloud the relationship"); a web
            # address ("…/politics/michelle-obama-speaks-as-…")
        inside = ms.overlapping(a, b)
        if inside and all(r.type == "place" for r in inside) and _PREPOSITION_FIRST.match(text, a, b):
            return None  # "at the Wellington service saying": where, not who
        if not inside and len(words_ := phrase.split()) > 1 and words_[-1].lower() in _DANGLING:
            return None  # "(alleged) infringement by its (“Express Lane”)": a phrase cut before its noun, no source
        if inside and (words := phrase.split()) and len(words) > 1 and words[-1].lower() in ("he", "she") \
                and all(r.type != "person" for r in inside):
            inside = []  # "with reporters at the Pentagon he said", "in an interview with CNN he said": "he"
            phrase = words[-1]
        if inside and not _NOT_A_SOURCE.isdisjoint(text[a : inside[0].start].lower().split()):
            return None  # "(explains) the reason for the Opposition's shift": no source
        if inside and not any(r.type == "person" for r in inside) and _ROLE_THEN_PREP.match(phrase):
            return _TRAILING_RELATIVE.sub("", phrase), "anonymous"  # "The Syrian ambassador to the United States"
        if inside and inside[0].type == "person" and _NOUN_OF.match(text, a, inside[0].start):
            return _TRAILING_RELATIVE.sub("", phrase), "anonymous"  # "Some tenants of Mobius's buildings": not Mobius
        if inside and (ep := _EPITHET.fullmatch(phrase)) is not None and (ep.group("party") or ep.group("member")) \
                and (who := epithet_holder(ep, a)) is not None:
            return who, "actor"  # "Minister Volker Wissing urged … “…,” the FDP politician said": Wissing
        if inside:
            people = [r for r in inside if r.type == "person"]
            if people and inside[-1] is people[-1] and _PERSONS_AGENT.match(text, people[-1].end, b):
                # "Ms Farah's family described her as …", "Jane Doe's lawyer said": the family, the lawyer, not
                # the person named
                return _TRAILING_RELATIVE.sub("", phrase), "anonymous"
            if not people and _POSSESSED_ROLE.match(text, inside[-1].end, b) and not _SPOKES.search(phrase):
                # "Syria's foreign minister", "the United Kingdom's foreign secretary": the office holder,
                # not the country
                return _TRAILING_RELATIVE.sub("", phrase), "anonymous"
            if not people and _SPOKES.search(phrase):
                pass  # "a Kremlin spokesman", "a spokeswoman for the Army": the organisation's own voice
            elif not people and _HOLDER_OF.search(text, a, inside[0].start):
                # "the Chancellor of the Exchequer said": the title holder, not the Exchequer
                return _TRAILING_RELATIVE.sub("", phrase), "anonymous"
            elif not people and (_INDEFINITE.match(phrase) or _DEFINITE.match(phrase)):
                # "a White House official", "one GOP operative in the state", "the Conservative MP
                # for Epsom": the names only modify the source, an unnamed person (not the White
                # House, not the party); after "the", only when a role noun follows the name
                definite = _DEFINITE.match(phrase) is not None
                modifier = False
                for r in inside:
                    end = r.end + 2 if text.startswith(("'s ", "’s "), r.end) else r.end  # "India's aviation ministry"
                    head = _LATIN_WORD.search(text, end, b)
                    if head is not None and text[end : head.start()].strip() == "" and (
                        (_SOURCE_ROLE.match(text, r.end, b) or head.group(0) in _PERSON_NOUNS
                         or (head.group(0) in _SERVICE_NOUNS and r.type == "place")
                         or (head.group(0) in _TEAM_ROLES and r.type == "organization"))
                        if definite else head.group(0).islower()
                    ) or (definite and head is not None and head.group(0).islower() and _names_person(phrase)):
                        # "the eccentric Mullingar man": a person described by a place; "the Harvard graduated
                        # colonel": by a school
                        modifier = True
                        break
                phrase = _TRAILING_RELATIVE.sub("", phrase)
                if modifier and phrase.split()[-1].lower() not in _DOCUMENT_NOUNS:  # "an AEW press release": AEW's words
                    if definite and (named := _introduced_as(ms, text, phrase[4:].strip(), a)) is not None:
                        return named, "actor"  # "The PAHO Director" after "PAHO Director Carissa F. Etienne"
                    if definite and head is not None and head.group(0) in _TEAM_ROLES \
                            and (who := team_holder(text[r.start : r.end], a)) is not None:
                        return who, "actor"  # "Verstappen won … The Red Bull driver said": Verstappen
                    return phrase, "anonymous"
            if not people and all(r.type == "place" and _IN_PLACE.search(text, max(0, r.start - 4), r.start)
                                  for r in inside) \
                    and (_SPOKES.search(phrase) or _INDEFINITE.match(phrase)) \
                    and (_INDEFINITE.match(phrase) or _DEFINITE.match(phrase)):
                # "a British military spokesman in London", "A masked militant in Gaza City": the speaker, not
                # where they spoke
                return _TRAILING_RELATIVE.sub("", phrase), "anonymous"
            if not people and all(r.type == "place" for r in inside) and (g := _GROUP_IN_PLACE.match(phrase)) \
                    and _group_noun(g.group(1).lower()):
                return _TRAILING_RELATIVE.sub("", phrase), "anonymous"  # "officials in Myanmar said": not Myanmar
            pick = (people or [r for r in inside if r.type != "place"] or inside)[-1]
            if pick.type in ("product", "event") and not group:
                # "screenshots of iPhone icons with “cease and desist” requests": no product speaks (but the
                # subject of a verb of saying may be a project's: "Rocky Linux describes itself as “…”")
                return None
            return pick.actor, "actor"  # "a spokesman for Acme in Paris": Acme, not Paris
        tail = phrase.split()[-1] if phrase.split() else ""
        if not _PRONOUN.match(phrase) and _PRONOUN.match(tail) and tail.lower() in _SUBJECT_PRONOUNS:
            phrase = tail  # "On the live television he said,"
        if phrase == "I" and (pid_ := sent_of(a)[4]) in turn_paras and _I_SAID.match(text, b):
            # 'And I started crying and I said, “You're not listening to me.”' inside an interviewee's answer: the
            # one whose turn it is
            return turn_speaker(turn_paras[pid_])
        if _PRONOUN.match(phrase):
            pron = phrase.lower()
            refused = False  # once a person was refused for "she"/"he", only a given name of that sex agrees

            def agrees(name: str | None) -> bool:
                nonlocal refused
                if name is not None and pron == "they":
                    # 'Sunni Arab leaders met … They called on their followers to oppose it "by all legitimate
                    # means."': a group, a body or a people, never one named person
                    return name in non_person or _pronoun_of(name) == "they"
                if name is None or pron not in ("he", "she"):
                    return True
                said = _pronoun_of(name)
                if said == "they":
                    return False  # a people ("Americans") is never "he" or "she"
                refused = refused or said not in (None, pron)
                return said == pron or (said is None and not refused)

            if pron in ("he", "she") and _REPLY_VERB.match(text, b):
                # 'a reporter asked Montoya-Lewis, “What …?” / “…,” she replied': the one asked answers
                asked = None
                for m in _ASKED.finditer(text, max(0, a - 400), a):
                    asked = m
                if asked is not None:
                    hit = [r for r in ms.starting_in(asked.end(), asked.end() + 1) if r.type == "person"]
                    if hit and agrees(hit[0].actor):
                        return hit[0].actor, "actor"
            if pron in ("he", "she"):
                anon = unnamed_subject_before(a)
                if anon is not None:
                    # 'A spokesperson for the Guatemalan government highlighted the response. “…,” he said.':
                    # the unnamed source opening the sentence before, not a person named earlier
                    return anon, "anonymous"
                if (sid := sent_index(min(a, qs))) > 0 and not any(
                        r.type == "person" for r in ms.starting_in(s_starts[sid - 1], s_ends[sid - 1])) \
                        and (dm := _TITLED_SUBJECT.match(text, s_starts[sid - 1], s_ends[sid - 1])) is not None \
                        and (got := resolve_phrase(dm.start(1), dm.end(1), last)) is not None:
                    # 'The Media Minister for Sri Lanka commented on the bombings. "…," he said.': the office holder
                    # opening the sentence before (who may be named earlier), not the person named last
                    return got
            if pron in ("he", "she") and last[0] is not None:
                # "“…,” said a ministry spokesperson. Mr Thompson … said … “…,” he said.": the
                # person named in a sentence after the last quote's, not the last speaker
                k = last_person_outside_quotes(a)
                if k is not None:
                    # (after the last speaker's quote: not a scare quote since, 'Amman, who was described as
                    # “knife-obsessed” by the police, sent …. He told her: “…”')
                    after = said_end[0]
                    if last[1] == "actor" and after:
                        # not in the last quote's own sentence (whose closing mark the splitter may
                        # have put at the start of the next one: 'brand. " Paul Mason, chair of …')
                        p = after - 1
                        while p > 0 and text[p] in _CLOSING_MARKS:
                            p -= 1
                        after = s_ends[sent_index(p)]
                    subj = _PRONOUN_SUBJECT.match(text, s_starts[sent_index(ms.people[k].start)])
                    if ms.people[k].start >= after and (k2 := past_pronoun_subjects(
                            k, pron, said=subj is not None and subj.group(1).lower() == pron)) is not None and (
                        not (last[1] == "actor" and subj is not None and subj.group(1).lower() == pron)
                        or ms.people[k2].start >= after
                    ):
                        # ('He reckoned that President Kufuor's trip …. “…” he said': the last speaker's "he"; but the
                        # pronoun opening that sentence may name someone after the last quote: "Phillip Ruddock stated
                        # …. He said that an assessment of Mr Parkin …. “…,” he said": Ruddock)
                        k = k2
                        first = _first_person_of_sentence(ms, k, a, sent_index, text, s_starts)
                        if agrees(first):
                            return first, "actor"
                        if agrees(ms.people[k].actor):
                            return ms.people[k].actor, "actor"
            if pron == "they" and (sid := sent_index(min(a, qs))) > 0 \
                    and (gm := _KIN_SUBJECT.match(text, s_starts[sid - 1], s_ends[sid - 1])) is not None:
                # 'Her sons, Chris Larkin and Toby Stephens, said in a statement that …. “…,” they said.': the family
                # opening the sentence before
                return gm.group(1), "anonymous"
            if pron in ("it", "they") and (sid := sent_index(a)) > 0:
                # 'The Georgian Tennis Federation released a statement …. It read, “…”': the body that opens the
                # sentence before and issued the document there
                ps, pe = s_starts[sid - 1], s_ends[sid - 1]
                opening = ms.starting_in(ps, pe)
                if opening and opening[0].type == "organization" and _ISSUED_DOCUMENT.search(text, opening[0].end, pe) \
                        and _opens_with(text, ps, opening[0].start):
                    return opening[0].actor, "actor"
                said = {m.actor for m in opening if m.type == "organization" and _BODY_SAID.match(text, m.end)}
                if len(said) == 1:
                    # '…, the Louisiana Department of Health said in a statement. "…," it said.': the one body that
                    # speaks in the sentence before
                    return said.pop(), "actor"
                if opening and opening[0].type == "organization" and _opens_with(text, ps, opening[0].start) \
                        and _BODY_VERB.match(text, opening[0].end):
                    # 'Greenpeace criticised the plan. "…," it said.', 'The RSF, led by …, has been at war …. It denied …
                    # and said …': the body that is the subject of the sentence before (before the last speaker)
                    return opening[0].actor, "actor"
            if last[0] is not None and not (pron in ("he", "she") and (
                    last[0] in non_person or (last[1] == "anonymous" and not _names_person(last[0])))) \
                    and not (pron == "it" and (last[0] not in non_person if last[1] == "actor" else _names_person(last[0]))) \
                    and (last[1] != "actor" or agrees(last[0])):
                return last  # ("it" never a person: 'which it defines as' is not 'a source in the Pentagon''s)
            if pron in ("he", "she"):
                k = last_person_outside_quotes(a)
                if k is not None and (k := past_pronoun_subjects(k, pron)) is not None:
                    # the subject of the latest sentence naming a person: its first person; "she"
                    # never a Michael, "he" never a Sarah (the latest person who agrees, of the last ten)
                    first = _first_person_of_sentence(ms, k, a, sent_index, text, s_starts)
                    if agrees(first):
                        return first, "actor"
                    for i in range(k, max(-1, k - 10), -1):
                        if in_quote(ms.people[i].start):
                            continue
                        said = _pronoun_of(ms.people[i].actor)
                        if said == pron if refused else said in (None, pron):
                            return ms.people[i].actor, "actor"  # one whose given name says so; else not a people
                    recent = {ms.people[i].actor for i in range(k, max(-1, k - 10), -1) if not in_quote(ms.people[i].start)}
                    unknown = {name for name in recent if _pronoun_of(name) is None}
                    if refused and unknown == {ms.people[0].actor} and all(
                            _pronoun_of(name) not in (None, pron) for name in recent - unknown):
                        # 'Phumzile Mlambo-Ngcuka was sworn in … after Jacob Zuma was sacked … President Thabo Mbeki
                        # … "…," she also said': the story's first person, whose given name no list knows, when every
                        # other person named since is of the other sex
                        return ms.people[0].actor, "actor"
            return None
        words = phrase.split()
        if (rd := _ROLE_DOCUMENT.fullmatch(phrase)) is not None and (role := _ROLE_PHRASE.fullmatch(rd.group(1))) \
                and (holder := role_holder(_ROLE_TITLES[role.group(1).lower()], a)) is not None:
            return holder, "actor"  # "Judge Gray Miller ruled … Part of the judge's statement reads": the judge
        if (
            words
            and (words[0][:1].islower() or _DET.match(phrase) or (group and _common_plural(words[0]))
                 # "Conservative commentators mostly agreed that …", "Senior officials said": an adjective opening the
                 # sentence, then lower-case words ending in a plural noun
                 or (group and len(words) >= 2 and (_lex(words[0].lower()) or "").startswith("JJ")
                     and all(w.islower() for w in words[1:]) and _common_plural(words[-1]))
                 # '“…,” said Greek prime minister .' (a link's name lost): a nationality and a lower-case role
                 or (len(words) >= 2 and words[0] in gazetteer().demonyms and all(w.islower() for w in words[1:])
                     and _names_person(phrase)))
            and len(words) <= 10
            and words[-1].lower() not in ("such", "like")  # shouted slogans such as "…"
            and not _NOT_A_SOURCE.intersection(w.lower() for w in words[:3])  # "the way people (have …)"
            and any(w[:1].isalpha() for w in words)
            and not (_VERB_RE.search(phrase) and words[-1].lower() not in _DOCUMENT_NOUNS)  # (but '“…,” read the
            # warning': a document named by a verb's form)
            and not _AUX.search(phrase)
            and _noun_phrase(words)
        ):
            if (ep := _EPITHET.fullmatch(phrase)) is not None and (who := epithet_holder(ep, a)) is not None:
                return who, "actor"  # 'Norris lost the lead. “…,” the Briton told Sky Sports': Norris
            if (role := _ROLE_PHRASE.fullmatch(phrase)) is not None \
                    and (holder := role_holder(_ROLE_TITLES[role.group(1).lower()], a)) is not None:
                return holder, "actor"  # "Mr Justice Goss said … “…,” the judge said": the one judge named before
            if (by := _STATEMENT_BY.match(phrase)) is not None:
                return by.group(1), "anonymous"  # "a brief statement by the transport ministry": the ministry
            return phrase, "anonymous"
        return None

    def team_member(r: Any, a: int) -> str | None:
        """The person a team's name describes in "the Red Bull driver" (``r`` the team's mention), else None."""
        head = _LATIN_WORD.match(text, r.end + 1)
        if head is None or text[r.end : r.end + 1] != " " or head.group(0) not in _TEAM_ROLES \
                or text[max(0, r.start - 4) : r.start] not in ("The ", "the "):
            return None
        return team_holder(text[r.start : r.end], a)

    def team_holder(team: str, a: int) -> str | None:
        """The person "the Red Bull driver", "the Arsenal striker" stands for: one of the people of the last
        sentence naming a person outside quotes (the quote's or one of the two before it, not the description's
        own), else the first not written with another team; but first the latest person named before whom the
        article writes with that team ("McLaren's Lando Norris", "Norris (McLaren)"); None when no one fits."""
        for r in reversed(ms.people):  # "McLaren's Lando Norris … the McLaren driver": anyone named before
            if r.end <= a and not in_quote(r.start) and team in _written_with(ms, text, r.actor, age=False, teams=True):
                return r.actor
        return next((p for p in prior_people(a) if not _written_with(ms, text, p, age=False, teams=True)), None)

    def prior_people(a: int) -> list[str]:
        """The people of the last sentence naming a person outside quotes before the sentence of ``a``, that
        sentence one of the two before it, in order; none when there is no such sentence."""
        here = sent_index(a)
        k = last_person_outside_quotes(s_starts[here])
        if k is None or sent_index(ms.people[k].start) < here - 2:
            return []
        sid = sent_index(ms.people[k].start)
        cands: list[str] = []
        for i in range(k, -1, -1):
            r = ms.people[i]
            if sent_index(r.start) != sid:
                break
            if r.end <= a and not in_quote(r.start) and r.actor not in cands \
                    and not _PERSONS_AGENT_AFTER.match(text, r.end):  # ("Stern's son": the son)
                cands.insert(0, r.actor)
        return cands

    def epithet_holder(ep: re.Match[str], a: int) -> str | None:
        """The person a nationality or an age describes ("the Briton", "the 24-year-old", "the 37-year-old
        Serb"): one of the people of the last sentence naming a person outside quotes, that sentence the
        quote's or one of the two before it; the one whose mentions the article writes with that country
        ("Spain's Carlos Alcaraz", "Serbian Novak Djokovic", "Alcaraz (Spain)") or age ("Norris, 24,"),
        else the first who is not written with another; None when no one fits. People of the epithet's own
        sentence are passed over: an epithet names someone named before ("While watching … The Daily Show with
        Jon Stewart, the 12-year-old admitted": his son)."""
        cands = prior_people(a)  # (not one of its own sentence: "While watching … with Jon Stewart, the
        # 12-year-old admitted")
        if ep.group("party") or ep.group("member"):
            # "Transport Minister Volker Wissing urged … “…,” the FDP politician said", "the Democrat said": the one
            # person named before
            return cands[0] if len(cands) == 1 and (ep.group("member") or _is_party(ep.group("party"))) else None
        dem = ep.group("dem") or ep.group("dem2")
        country = gazetteer().demonyms.get(dem) if dem else None
        if dem and country is None:
            return None  # "the Conservative", "the Guardian": no nationality
        age = ep.group("age")
        if ep.group("times"):
            return cands[0] if cands else None  # "the seven-time champion": the first person named before
        fits: list[str] = []
        for actor in cands:
            known = _written_with(ms, text, actor, age=age is not None)
            want = age if age is not None else country
            if want in known or any(_same_country(want, c) for c in known):
                return actor
            if not known:
                fits.append(actor)
        return fits[0] if fits else None

    def document_source(a: int, noun: str, last: tuple[str | None, str]) -> tuple[str | None, str] | None:
        """The source of the document a quote at ``a`` is read from ('“…,” the statement said'): the subject of the
        latest of the three sentences before (outside quotes) that says it issued one of that kind or spoke in one
        ("Whitcombe's family said in a statement that …", "Prime Minister Gordon Brown released a statement calling
        …"), or the author after "from"/"by", when they name someone; else None (the document stays the source).
        ``noun``: the document's ("statement")."""
        sid = sent_index(a)
        kind = _DOC_KINDS.get(noun.lower(), noun.lower())
        told = 0  # sentences read, not counting those inside the quote ('"… remnants;" read the statement')
        for k in range(sid - 1, max(-1, sid - 13), -1):
            ps, pe = s_starts[k], s_ends[k]
            start = ps + len(text[ps:pe]) - len(text[ps:pe].lstrip())  # (past the sentence's leading spaces)
            if in_quote(start):
                continue
            if (told := told + 1) > 3:
                return None
            verb = _SOURCE_OF_DOCUMENT.search(text, ps, pe)
            if verb is None or _DOC_KINDS.get(w := verb.group().split()[-1].lower(), w) != kind:
                continue  # (the same kind of document: not 'a statement …. "…," the letter said')
            if (opener := _OPENER_THEN_COMMA.match(text, start, verb.start())) is not None:
                start = opener.end()
            if (by := _FROM_OR_BY.match(text, verb.end())) is not None and (author := [
                    r for r in ms.starting_in(by.end(), min(pe, by.end() + 40)) if r.type in ("person", "organization")
                    and _CAPITALISED_WORDS.fullmatch(text, by.end(), r.start)]):
                # "The state-run news agency has released a statement from the North Korean Foreign Ministry": the
                # ministry's words, the agency only published them
                return author[0].actor, "actor"
            subject = text[start : verb.start()]
            if not subject or in_quote(start) or any(ch in subject for ch in ",;:“”\"") or len(subject.split()) > 8:
                return None
            got = resolve_phrase(start, verb.start(), last, group=True)
            return got if got is not None and got[0] is not None and not _THE_DOCUMENT.fullmatch(got[0]) else None
        return None

    def role_holder(titles: tuple[str, ...], a: int) -> str | None:
        """The one person named before ``a`` (outside quotes) with one of ``titles`` before the name ("Mr Justice
        Goss", "Prime Minister Rishi Sunak"), else None (none, or two: "the president" is then open)."""
        found = {r.actor for r in ms.people[: bisect_left(ms.people_starts, a)]
                 if not in_quote(r.start) and titled_mention(text, r.start, r.end, titles)}
        return found.pop() if len(found) == 1 else None

    def resolve(
        a: int, b: int, last: tuple[str | None, str], *, object_pronoun: bool = False, group: bool = False
    ) -> tuple[str | None, str] | None:
        """:func:`resolve_phrase`, but the subject "Andrew Leslie , one of Canada's top generals says" (an
        apposition not closed by a comma) is the person before the description, not the description."""
        got = resolve_phrase(a, b, last, object_pronoun=object_pronoun, group=group)
        if got is not None and got[1] == "anonymous" and group:
            k = a
            while k > 0 and text[k - 1].isspace():
                k -= 1
            if k > 0 and text[k - 1] == "," and (i := ms.last_person_before(k - 1)) is not None \
                    and text[ms.people[i].end : k - 1].strip() == "" \
                    and not _PREPOSITION_END.search(text, max(0, ms.people[i].start - 20), ms.people[i].start):
                # (not "According to Jarrar, one of the inspectors said", "the mother of Sorin Miscoci, one of
                # the hostages said": the name is no subject)
                return ms.people[i].actor, "actor"
        return got

    def add(qs: int, qe: int, sid: int, speaker: tuple[str | None, str] | None, verb: str | None, inner: str,
            partial: bool) -> None:
        cols["quote_id"].append(len(cols["quote_id"]))
        cols["speaker"].append(speaker[0] if speaker else None)
        cols["speaker_type"].append(speaker[1] if speaker else "unknown")
        cols["verb"].append(verb)
        cols["text"].append(inner)
        cols["start"].append(qs)
        cols["end"].append(qe)
        cols["sent_id"].append(sid)
        cols["n_words"].append(len(_QUOTE_WORD.findall(inner)))
        cols["partial"].append(partial)

    turns = transcript_turns(article)
    turn_labels = {s: label for _, s, _, label in turns}  # where each turn's words start -> its label
    turn_paras = {sent_of(a)[4]: label for a, _, _, label in turns}  # paragraph id -> label
    turn_seen = [-1]  # the last paragraph whose turn set the speaker
    # the people named, most named first (only a transcript asks)
    turn_people = Counter(r.actor for r in m_rows if r.type == "person") if turns else Counter()
    speaker_of: dict[str, tuple[str | None, str] | None] = {}  # label -> speaker, read once per label

    def turn_speaker(label: str) -> tuple[str | None, str] | None:
        if label not in speaker_of:
            speaker_of[label] = _turn_speaker(label)
        return speaker_of[label]

    def _turn_speaker(label: str) -> tuple[str | None, str] | None:
        """The speaker of a transcript's turn: the interviewer ("Q"), the person the label names ("Stiell",
        "Simon Stiell"), for "A" the person the article names most; else the label as an unnamed speaker."""
        if label in INTERVIEWER_LABELS:
            return "the interviewer", "anonymous"
        if label in ("A", "Answer"):
            return (turn_people.most_common(1)[0][0], "actor") if turn_people else None
        words = label.split()
        for actor, _n in turn_people.most_common():
            parts = actor.split()
            if actor == label or parts[-len(words):] == words or parts[: len(words)] == words \
                    or (label.isupper() and 1 < len(label) == len(parts) and all(
                        p[:1] == c for p, c in zip(parts, label, strict=True))):  # "NG": Natasha Gownaris
                return actor, "actor"
        return label, "anonymous"

    def attribution_after(nxt: tuple[Any, ...], qe: int) -> bool:
        """Whether the sentence ``nxt`` right after a quote ending at ``qe`` is the quote's attribution, put in a
        sentence of its own by the splitter ("“…” / Pelosi said.")."""
        words = text[nxt[1] : nxt[2]].split()
        plain = _ANY_MARK.search(text, nxt[1], nxt[2]) is None
        if ((len(words) <= 8 and plain)
                # '“… clarified.” Mr Berlusconi said, describing the shooting as an “accident.”'
                or _NAME_SAID_COMMA.match(text, nxt[1]) is not None) and _attribution_head(" ".join(words[:5])):
            return True
        # '“… guaranteed!” Elon Musk, SpaceX's chief executive, wrote on X': a name, its description, the verb;
        # '“… Peace!” DPP lawmaker Bikhim Hsiao chanted with the crowd': a role before the name
        return text[max(0, qe - 3) : qe].rstrip("”\"’' ")[-1:] in ("!", "?") and (
            _NAME_APPOSITION_SAID.match(text, nxt[1]) is not None
            or (len(words) <= 9 and plain and _attribution_head(" ".join(words[:6]), reach=5)))

    last: tuple[str | None, str] = (None, "unknown")
    last_para = -10
    prev_end = [0]  # where the previous quote ended
    said_end = [0]  # where the last quote with a speaker ended
    prev_speaker: list[tuple[str | None, str] | None] = [None]  # and its speaker (None: unattributed)
    titles = title_flags(article)  # titles of works in quotation marks, one flag per span
    title_set = frozenset(sp for sp, t in zip(spans, titles, strict=True) if t)
    named_end = [0]  # where the last quote that is a name (no speech) ended
    for (qs, qe), is_title in zip(spans, titles, strict=True):
        sid, sa, sb, kind, pid = sent_of(qs)
        if kind in _SKIP_KINDS:
            continue
        if is_title:
            continue  # the film “The Irishman”: a title in quotation marks, not speech
        if nickname_quote(text, qs, qe, sa):
            continue  # 'Ismael “El Mayo” Zambada': a nickname inside a name, not speech
        if qs not in turn_labels and _quoted_name(ms, text, qs, qe):
            continue  # 'the Hutu-extremist “Forces Nationales de Liberation”': a body's name in quotation marks
        if _WORD_CHAR.search(text, qs, qe) is None:
            continue  # '""', '“ ”': empty quotation marks (markup left in the text), no words quoted
        if _TERM_NOUN_AFTER.match(text, qe) and len(text[qs:qe].split()) <= 5 \
                and not text[qs:qe].rstrip(" ”\"’'»").endswith((",", ".", "?", "!")):
            continue  # 'passed a “foreign agents” law', 'Vancouver's “Living First” policy': a name for a law, no speech
        if _NAME_LABEL_BEFORE.search(text, max(0, qs - 40), qs) or (
                named_end[0] and _GLOSS_GAP.fullmatch(text, named_end[0], qs) is not None) or (
                _DUBBED_BEFORE.search(text, max(0, qs - 12), qs) and title_words(text, qs, qe) is not None):
            # ('The event was dubbed “Welcome Home Sarah.”': a name given, in title case)
            # 'identified him only as “Mr. A”', 'known as the “Troubles”': a name someone goes by, no speech; and its
            # gloss ('the nickname “mkono wa damu,” or “the man with the bloody hand,”')
            named_end[0] = qe
            continue
        if turn_paras and pid in turn_paras and turn_seen[0] != pid:
            # a quote inside a turn of a transcript ("NG: My mother said I would “boss people around”"): the
            # turn's speaker is the one speaking, not the last quote's (the interviewer)
            turn_seen[0] = pid
            turn_last = turn_speaker(turn_paras[pid])
            if turn_last is not None and qs not in turn_labels:
                last, last_para = turn_last, pid
        label = turn_labels.get(qs)
        if label is not None:  # a turn of an interview printed as a transcript: "Stiell: No. …"
            speaker = turn_speaker(label)
            add(qs, qe, sid, speaker, None, " ".join(text[qs:qe].split()), False)
            last, last_para = (speaker, pid) if speaker is not None else (last, last_para)
            prev_end[0] = qe
            prev_speaker[0] = speaker
            continue
        # the quote's frame: every sentence the quote touches (end > qs and start < qe)
        touched = s_rows[bisect_right(s_ends, qs) : bisect_left(s_starts, qe)]
        fa = min([sa, *[r[1] for r in touched]])
        fb = max([sb, *[r[2] for r in touched]])
        nxt_s = None  # the first sentence of this paragraph starting at or after fb
        for k in range(bisect_left(s_starts, fb), len(s_rows)):
            if s_rows[k][4] >= pid:  # paragraph ids never decrease: no later sentence is in pid
                nxt_s = s_rows[k] if s_rows[k][4] == pid else None
                break
        if nxt_s is not None and fb >= qe - 1 and not _NONSPACE.search(text[qe:nxt_s[1]].strip(".,")) \
                and attribution_after(nxt_s, qe) and not _SAYING_THEN_MARK.search(text, fa, qs + 1):
            # “…” / Pelosi said. — the splitter put the attribution in its own sentence (not after 'He
            # went on to say, “…”': a quote attributed before it; not "Russia reacted to the agreement":
            # a verb with an object)
            fb = nxt_s[2]
        # only spans that can touch [fa, fb): the earlier ones all end by fa, later ones start at fb or after
        seg = _outside(text, fa, fb, spans[bisect_right(reach, fa) : bisect_left(span_starts, fb)], title_set)
        q0, q1 = qs - fa, qe - fa
        speaker: tuple[str | None, str] | None = None
        verb: str | None = None
        # 1. after the quote: ", said X" / ", X said" / "said X" (first verb after the quote)
        after = seg[q1:]
        m = next(_saying_verbs(after), None)
        if m is not None and "," in after[: m.start()]:
            rel = next((r for r in _RELATIVE_ASIDE.finditer(after) if r.start() < m.start() < r.end()
                        and _WORD_CHAR.search(after, 0, r.start())), None)  # (an aside after a subject)
            if rel is not None:  # (the verb after the aside, not the one in it: "who asked not to be named")
                m = next((v for v in _saying_verbs(after) if v.start() >= rel.end()), None)
        if m and _AND_THAT.search(after, 0, m.start()) and next(_saying_verbs(seg[:q0]), None) is not None:
            m = None  # 'saying “the people of Ghana have spoken” and that he had called Mahama': a second reported
            # clause after the quote, its verb not the quote's (the verb before the quote is)
        if m and m.group() in _BEFORE_ONLY:
            m = None
        if m and _INFINITIVE_TO.search(after, 0, m.start()):
            m = None  # 'told reporters that it was “not enough” to say nothing about Russia's role': an infinitive
        if m and m.group() in _NOUN_OR_VERB and (pw := _WORD_BEFORE_VERB.search(after, 0, m.start())) is not None \
                and (pw.group(1).endswith("ing") or pw.group(1).lower() in _NOUN_LEADS):
            m = None  # '“until further notice” due to mistranslating comments made by …': a noun, no verb of saying
        if m and (_CONTRAST_AFTER.match(after) or _WHILE_BEFORE.search(after, 0, m.start())) \
                and next(_saying_verbs(seg[:q0]), None) is not None:
            # 'Schumer told MSNBC Cummings “was a great man,” while Trump noted his “strength”', 'The United States
            # said that it was “disappointed” by the move while the United Kingdom's foreign secretary said': the
            # verb after "while" opens another clause; the quote is the one before
            m = None
        if m and (wc := _WHICH_CLAUSE.search(after, 0, m.start())) is not None \
                and not _PRONOUN_NEXT.match(after, wc.end()) and next(_saying_verbs(seg[:q0]), None) is not None:
            # 'Kulov said that he was “too busy” to run in the new election, which Bakayev has said …': the verb of a
            # relative clause after the quote is not its attribution; the verb before the quote is
            m = None
        if m and _BLANK_RUN.search(after, 0, m.start()) and text[qs:qe].rstrip(" ”\"’'»").endswith((".", "!", "?")) \
                and next(_saying_verbs(seg[:q0]), None) is not None:
            # 'The Law Society has said, “… in New Zealand.” “seriously flawed …,” was how Slater described the
            # Bill': the verb after the next quote is that quote's; this one, closed by its full stop, has its verb
            # before it
            m = None
        if m and (rel := _NAME_WHO.match(after)) and rel.end() <= m.start():
            # '“…,” Alberto Shiguematsu, a São Paulo resident who tweeted about the smoke, said.': the verb
            # inside the apposition's relative clause is not the attribution; the named person is the speaker
            lead = ms.starting_in(fa + q1, fa + q1 + 4)
            final = _APPOSITION_THEN_SAID.match(after, rel.end())
            if lead and lead[0].type == "person" and final is not None:
                speaker, verb = (lead[0].actor, "actor"), final.group(1)
                m = None
        if m and m.group() in _REPORTING_AS and (ra := _REPORTED_AS.match(after, m.end())) is not None:
            # '“…,” Laura Arenschield reported spokesman for the 18th Airborne, Tom McCollum, as saying': the one
            # reported, not the reporter
            cand = resolve(fa + q1 + ra.start(1), fa + q1 + ra.end(1), last, object_pronoun=True)
            if cand is not None:
                speaker, verb = cand, m.group()
                m = None
        if m and m.group().endswith("ing") and not _CLAUSE_END.search(after, 0, m.start()) \
                and (qa := _QUOTED_AS.search(after, 0, m.start())) is not None:
            # '“It is over,” the paper quoted an unnamed diplomat as saying': the one quoted, not the paper
            cand = resolve(fa + q1 + qa.start(1), fa + q1 + qa.end(1), last, object_pronoun=True)
            if cand is not None:
                speaker, verb = cand, m.group()
            m = None
        if m and _AND_THEN.fullmatch(after, 0, m.start()):
            # 'Cheney accused Iran of being “…” and called Iran's government …', 'he referred to his tenure
            # as a “…” and said': the second verb's subject is the sentence's, before the quote
            pre = seg[:q0]
            subj = [r for r in ms.starting_in(fa, qs) if r.type in ("person", "organization") and not in_quote(r.start)]
            lead_at = subj[0].start if subj else fa  # where the sentence's subject opens
            subj = _past_owners(subj, text)  # ("Khan's party, Pakistan Tehreek-e-Insaf (PTI), called … and said")
            if subj and not _CLAUSE_BREAK.search(text, subj[0].end, qs) and not _NONSPACE.search(text, fa, lead_at):
                if len(subj) > 1 and subj[0].type == "organization" and subj[1].type == "person" \
                        and _ROLE_GAP.fullmatch(text, subj[0].end, subj[1].start):
                    subj = subj[1:]  # 'Acme CEO David Burritt said the company was “…” and accused …': the person
                own = list(_saying_verbs(pre))
                # (the quote's own verb is the one before it, when there is one: "said the company was “…”")
                speaker, verb = (subj[0].actor, "actor"), (own[-1].group() if own else m.group())
            elif (lead := _lead_subject(pre, q0)) is not None and pre[lead[0] : lead[1]].lower() in ("he", "she", "they"):
                cand = resolve(fa + lead[0], fa + lead[1], last, group=True)
                if cand is not None:
                    speaker, verb = cand, m.group()
            m = None
        if m and not _CLAUSE_END.search(after, 0, m.start()):
            between = after[: m.start()]
            order = (_np_before, _np_after) if _WORD_CHAR.search(between) else (_np_after, _np_before)
            cand = None
            if (m.group() in _LISTENER_VERBS and not (m.group() in ("asked", "asks") and not _WORD_CHAR.search(between))) \
                    or m.group() in _NO_INVERSION or m.group().endswith("ing"):
                # "X told Reuters": the noun after is the listener ('“…?” asked Dr Wodak': the speaker);
                # "recalling their meeting": the object
                order = (_np_before,)
            # '“…,” one witness, who asked not to be named, told the BBC': the subject before the aside
            aside = _RELATIVE_ASIDE.search(after, 0, m.start() + 1) if "," in between else None
            if aside is not None and not _WORD_CHAR.search(after, 0, aside.start()):
                aside = None
            stop = aside.start() if aside is not None and not after[aside.end() : m.start()].strip() else m.start()
            for finder in order:
                if finder is _np_after and _WORD_CHAR.search(between) and any(
                        (_lex(w.lower()) or "") == "VBD" for w in _PLAIN_WORD.findall(between)):
                    continue  # 'a target of “around 5%” for this year, unveiled a … rise … and pledged more support':
                    # a verb of its own before this one, so no speaker inverted after it (the object follows)
                np_ = finder(after, stop if finder is _np_before else m.end())
                cand = resolve(fa + q1 + np_[0], fa + q1 + np_[1], last) if np_ else None
                if finder is _np_after and np_ and (cand is None or cand[1] != "actor" or cand[0] in places or (
                    (_DESCRIBED.match(after, np_[0]) is not None or _ROLE_END.search(after, np_[0], np_[1])
                     or _HEAD_TITLE_END.search(after, np_[0], np_[1]))
                    and not any(r.type == "person" for r in ms.overlapping(fa + q1 + np_[0], fa + q1 + np_[1]))
                )):
                    # ('“…,” said White House spokesman, Bryan Whitman': the person after the role, too)
                    # '“…,” said Chief of surgery, Dr. Michel Pellerin': a title, then the person;
                    # '“…,” said the chief economist at Morgan Stanley in New York, Richard Berner': the
                    # person the description names, not the bank; '“…,” said the Basra provincial governor,
                    # Mohammed al-Waili': the governor, not Basra
                    named = person_after_comma(fa + q1 + np_[1])
                    cand = (named, "actor") if named is not None else cand
                elif finder is _np_after and np_ and cand is not None and cand[1] == "actor" and cand[0] in non_person \
                        and (body_ := ms.overlapping(fa + q1 + np_[0], fa + q1 + np_[1])) \
                        and (tail := _POSSESSED_ROLE_TO_COMMA.match(after, body_[-1].end - fa - q1)) is not None:
                    # '“…,” said the Boston Red Sox' owner, John Henry', '“…,” said University of California, San
                    # Diego's chancellor, Pradeep Khosla': the person the body's role names (a comma may sit inside
                    # the body's name)
                    named = person_after_comma(fa + q1 + tail.end() - 1)
                    cand = (named, "actor") if named is not None else cand
                if cand is not None:
                    break
            if cand is not None and cand[1] == "actor" and cand[0] in places:
                # '“…”, economist Adam York of Wells Fargo Securities LLC in Charlotte, North Carolina claimed': the
                # person whose description ends with the place
                people = [r for r in ms.starting_in(fa + q1, fa + q1 + m.start()) if r.type == "person"]
                if people:
                    cand = (people[0].actor, "actor")
            described = cand if cand is not None and cand[1] == "anonymous" else None
            # '“…,” David Berson, the chief economist for Fannie Mae told Reuters': the person before the
            # apposition, not the firm that ends it
            body = cand if cand is not None and cand[1] == "actor" and cand[0] in non_person else None
            if (cand is None or described is not None or body is not None) and "," in between \
                    and (m.group() not in ("asked", "asks") or _WORD_CHAR.search(between)) \
                    and (text[qs:qe].rstrip(" ”\"’'»").endswith((",", "?", "!"))
                         or (after.startswith(",") and not m.group().endswith("ing")
                             and _NAME_APPOSITION_VERB.fullmatch(after, 0, m.start()) is not None)):
                # '“…,” Markus Mueller, the OSCE's envoy to Kyrgyzstan, said.' (or "told RIA Novosti"; the
                # comma may follow the closing mark: '“…”, Luís Amado, Portugal's Foreign Minister, said'):
                # the name before the apposition (a quote ending in a comma: speech, not a term like 'a
                # "one-size" approach'; not '“…?” asked X', whose X is the listener; but '“…?” Linda Ortega, the
                # mayor, asked': the name before the apposition)
                np_ = _np_after(after, 1 if after.startswith(",") else 0)
                cand = resolve(fa + q1 + np_[0], fa + q1 + np_[1], last) if np_ else None
                if np_ and cand is not None and cand[1] != "actor":
                    # '“…,” a leading Solidarity member, Jerzy Borowczak, told the AFP': the person the
                    # description names
                    named = person_after_comma(fa + q1 + np_[1])
                    cand = (named, "actor") if named is not None else None
                elif np_ and cand is not None and not any(
                    r.type == "person" for r in ms.overlapping(fa + q1 + np_[0], fa + q1 + np_[1])
                ):
                    # '“…,” Gemalto's Head of Mobile Business (Facebook), Henri Moissinac, said': the person the
                    # apposition names, not the firm whose title it is
                    people = [r for r in ms.starting_in(fa + q1 + np_[1], fa + q1 + m.start()) if r.type == "person"]
                    if people:
                        cand = (people[0].actor, "actor")
                if described is not None and (cand is None or cand[1] != "actor"):
                    cand = described  # ('“…,” managing director of X Ltd. told': no name before it)
                if body is not None and (cand is None or cand[1] != "actor" or cand[0] in non_person):
                    cand = body  # (no person before the apposition: the body stays the speaker)
            if cand is not None:
                speaker, verb = cand, m.group()
        reporter: tuple[tuple[str | None, str], str | None] | None = None
        if speaker is not None and (verb in ("reported", "reports") or (
                verb in ("said", "says") and speaker[1] == "actor" and speaker[0] in non_person
                and _WORDS_OF_CLAUSE.search(seg, 0, q0) is not None)) \
                and next(_saying_verbs(seg[:q0]), None) is not None:
            # ('Prime Minister Li Qiang urged “maximum effort”, CCTV said': a body says what the person said)
            # 'Lavrov called the sanctions “illegal”, Tass reported': the one whose words the outlet reports, when
            # the words before the quote say who (the outlet otherwise, below)
            reporter, speaker, verb = (speaker, verb), None, None
        # 2. before the quote: "X said:" / "X said that" / "according to X," (last verb before)
        if speaker is None:
            before = seg[:q0]
            acc = list(_ACCORDING.finditer(before))
            verbs = [v for v in _saying_verbs(before) if v.group() not in ("continued", "continues")
                     or len(_PLAIN_WORD.findall(before, v.end(), len(before))) <= 3
                     or _THAT_OR_SAYING.match(before, v.end())]
            if len(verbs) > 1 and "," in before:
                asides = [r.span() for r in _RELATIVE_ASIDE.finditer(before)]
                # ('Gore called the program, which the White House insists is vital, “a threat …”': the verb inside a
                # relative clause is no attribution of the quote after it)
                verbs = [v for v in verbs if not any(a < v.start() < b for a, b in asides)] or verbs
            # ('As the protests continued in China, Japan lodged a “strong protest”': "continued" far from the quote
            # is no verb of saying)
            if acc and (not verbs or acc[-1].start() > verbs[-1].start()):
                np_ = _np_after(before, acc[-1].end())
                if np_ and (aux := _AUX_IN_SOURCE.search(before, np_[0], np_[1])) is not None and aux.start() > np_[0]:
                    # "which according to Home Secretary Jacqui Smith is designed to …": the source ends at the verb
                    np_ = (np_[0], len(before[: aux.start()].rstrip()))
                cand = resolve(fa + np_[0], fa + np_[1], last, object_pronoun=True) if np_ else None
                if cand is not None and cand[1] == "actor" and (org := ms.overlapping(fa + np_[0], fa + np_[1])) \
                        and org[0].type == "organization" and (who := ms.starting_in(org[0].end, org[0].end + 60)) \
                        and who[0].type == "person" and _CAPS_GAP.fullmatch(text, org[0].end, who[0].start):
                    cand = (who[0].actor, "actor")  # "according to ANTaR National Director David Cooper": him
                if np_ and cand is not None and cand[1] != "actor" \
                        and (named := person_after_comma(fa + np_[1])) is not None:
                    cand = (named, "actor")  # "According to the PMDB leader, Senator Ney Suassuna, the …": him
                if cand is not None:
                    speaker, verb = cand, "according to"
            coordinated = None  # "He accused A of bias and called B “…”": the verb after "and", its subject the first's
            for vm in reversed(verbs):
                if speaker is not None:
                    break
                cand = None
                if vm is not verbs[0] and _AND_BEFORE.search(before, max(0, vm.start() - 6), vm.start()) \
                        and not _CLAUSE_MARK.search(before, verbs[verbs.index(vm) - 1].end(), vm.start()):
                    coordinated = coordinated or vm.group()
                    continue
                if prev_speaker[0] is not None and prev_speaker[0][1] == "actor" and fa <= prev_end[0] <= fa + vm.start() \
                        and _QUOTE_AND_THEN.fullmatch(text, prev_end[0], fa + vm.start()):
                    # '… said, “… massive support.” and reiterated that “whatever the result …”': the second verb
                    # after the first quote is its speaker's
                    speaker, verb = prev_speaker[0], vm.group()
                    break
                if prev_speaker[0] is not None and prev_speaker[0][1] == "actor" and vm.group().endswith("ing") \
                        and vm is verbs[-1] and not before[vm.end() :].strip(" ,:“\"") \
                        and fa <= prev_end[0] <= fa + vm.start() \
                        and _QUOTE_THEN_PARTICIPLE.fullmatch(text, prev_end[0], fa + vm.start()):
                    # '“… of my labor,” further remarking, “…”' after a quote of two sentences: the participle right
                    # after the first quote is its speaker's
                    speaker, verb = prev_speaker[0], vm.group()
                    break
                if vm.group() in _JUDGING and _PASSIVE_BEFORE.search(before, max(0, vm.start() - 7), vm.start()) \
                        and not _BY.match(before[vm.end():]):
                    # "Microsoft has been criticized for “sitting on” its cash": not Microsoft's words, nor those of
                    # a verb before ('Darling announced … in what has been described as “…”'; but 'Cheney has said
                    # that the network risked being labeled “…”': his words)
                    if before[max(0, vm.start() - 7) : vm.start()].rstrip().lower().endswith("being"):
                        continue
                    break
                if vm.group() in ("referred", "refers") and (
                    _PASSIVE_BEFORE.search(before, max(0, vm.start() - 30), vm.start())
                    or _PARTICIPLE_BEFORE.search(before, 0, vm.start())
                ):
                    continue  # 'Van Biljon, reportedly often referred to as “The Lion Man”': what others call him
                if vm.group() in ("spoke", "speaks") and not before.rstrip().endswith((",", ":")):
                    continue  # 'tweeted that Montoya-Lewis spoke “movingly about …”': the tweet's words
                if vm.group() in JUDGING_AS and not _AS_BEFORE_QUOTE.search(before, vm.end()):
                    continue  # 'dismissed the report as “absurd”' (not 'rejected a UN report that found “…”')
                if vm.group() in _JUDGING_ING and not before[: vm.start()].rstrip().endswith(","):
                    continue  # ('a statement declaring that Sheridan is “…” accusing him': the participle after a comma only)
                if vm.group() in ("accused", "accuses", "accusing") and not _ACCUSED_OF.match(before, vm.end()):
                    continue  # "the men accused of “…”", "that accused “enemy combatant”": no accuser
                antecedent = _relative_antecedent(ms, text, fa, before, vm.start())
                if antecedent is not None:
                    speaker, verb = (antecedent, "actor"), vm.group()
                    break
                if (rel := _BARE_RELATIVE.search(before, max(0, vm.start() - 40), vm.start())) is not None \
                        and (rel.group()[:1] == "," or vm.group() in _SAID_WHO) \
                        and (((np_ := _np_before(before, rel.start())) is not None
                              and (cand := resolve(fa + np_[0], fa + np_[1], last, group=True)) is not None)
                             # ("It was refuted by the company, which said “…”": the noun phrase after the preposition)
                             or ((dnp := _DET_NP_END.search(before, max(0, rel.start() - 50), rel.start())) is not None
                                 and dnp.group().rsplit(None, 1)[-1].lower() not in _ADOPTED_DOCUMENTS
                                 and (cand := resolve(fa + dnp.start(), fa + dnp.end(), last, group=True)) is not None)):
                    # (not a document adopted by the subject: "The General Assembly approved the resolution, which
                    # stated “…”": the assembly's words, found below)
                    # 'The union, which called the plan “a disgrace”': the unnamed antecedent speaks (not the
                    # object of the verb)
                    speaker, verb = cand, vm.group()
                    break
                if (rel := _BARE_RELATIVE.search(before, max(0, vm.start() - 40), vm.start())) is not None \
                        and "which" in rel.group() and (doc := _DOCUMENT_NP_END.search(before, 0, rel.start())) is not None:
                    # 'questions about a leaked secret British memo, which states, …, that “…”': the document speaks (an
                    # unnamed source), not the subject of the sentence
                    speaker, verb = (doc.group(1), "anonymous"), vm.group()
                    break
                if (rel := _WHO_ASIDE_END.search(before, max(0, vm.start() - 90), vm.start())) is not None \
                        and (np_ := _who_aside_np(before, rel.start())) is not None \
                        and (cand := resolve(fa + np_[0], fa + np_[1], last, group=True)) is not None:
                    # 'One resident, who did not want to be named, said: “…”': the one the closed relative clause
                    # describes (a name before it is read above)
                    speaker, verb = cand, vm.group()
                    break
                if (doc := _DOCUMENT_WHICH.search(before, max(0, vm.start() - 90), vm.start())) is not None \
                        and (np_doc := _np_before(before, doc.start())) is not None \
                        and (cand := resolve(fa + np_doc[0], fa + np_doc[1], last, group=True)) is not None:
                    # "Police issued a statement which read, “…”": the one who issued the document
                    speaker, verb = cand, vm.group()
                    break
                by = _BY.match(before[vm.end():])
                if by:  # passive: "was described by officials as “…”"
                    np2 = _np_after(before, vm.end() + by.end())
                    cand = resolve(fa + np2[0], fa + np2[1], last) if np2 else None
                aux_only = False
                pronoun_subject = False  # the clause's subject is a pronoun that names no one here
                if cand is None:
                    np_ = _np_before(before, vm.start())
                    if np_ is not None and vm.group().endswith("ing") and before.startswith(("with ", "With "), np_[0]) \
                            and np_[1] - np_[0] > 5:
                        np_ = (np_[0] + 5, np_[1])  # "with the prosecution describing him as": the participle's subject
                        tail = _TRAILING_ADVERB.search(before, np_[0], np_[1])
                        if tail is not None and tail.start() > np_[0]:
                            np_ = (np_[0], tail.start())  # "with one station unironically declaring"
                    if np_ is not None and not vm.group().endswith("ing") \
                            and (before[np_[0]].isupper() or before.startswith(("a ", "an ", "the "), np_[0])) \
                            and (wh := _WHO_CLAUSE_END.search(before, np_[0], np_[1])) is not None and wh.start() > np_[0]:
                        np_ = (np_[0], wh.start())  # "An Army chaplain who witnessed his execution wrote": the one the
                        # relative clause describes (not 'He said that doctors who had watched the video had observed')
                    if np_ is None and vm.group().endswith("ing") and (
                            sv := _SUBJECT_VERB_COMMA.search(before, max(0, vm.start() - 40), vm.start())) is not None:
                        # "Freeland quit, accusing Trudeau of “…”": the participle's subject is the clause's, a name
                        # right before its lower-case verb
                        who = [r for r in ms.overlapping(fa + sv.start() - 1, fa + sv.start())
                               if r.end == fa + sv.start() and r.type in ("person", "organization")] \
                            if (_lex(sv.group(1)) or "") in _FINITE else []  # (a verb: not "criticized Obama for the …")
                        if who:
                            speaker, verb = (who[-1].actor, "actor"), vm.group()
                            break
                    if np_ is not None and vm.group().endswith("ing") and before[: vm.start()].endswith(" by "):
                        np_ = None  # "O'Leary justified his choice of Boeing by saying": the subject, not Boeing
                    if np_ is not None and set(before[np_[0] : np_[1]].lower().split()) <= _TIME_ONLY:
                        # "The head of the Taliban, Mullah Omar, has declared": the name of the apposition
                        # right before the auxiliary (not "Retailers across the U.S. have reported")
                        aux_only = True
                        head = before[: np_[0]].rstrip()
                        if head.endswith((" but", " and", " yet")) and (opening := [
                                r for r in ms.starting_in(fa, fa + len(head)) if not in_quote(r.start)]) \
                                and opening[0].type in ("person", "organization") \
                                and _opens_with(text, fa, opening[0].start):
                            # "Abbas, …, was not affected by the results but has said that he “…”": a verb joined to
                            # the clause before, whose named subject speaks (read below, as for "but said"; not "The
                            # train manager … contacted the British Transport Police, …, and has said": no name)
                            aux_only, np_ = False, None
                        elif head.endswith(","):
                            head = head[:-1].rstrip()
                            app = _APPOSITIVE_TAIL.search(head)  # "Col. Bob Chase, the chief of … Division,"
                            if app is not None:
                                head = head[: app.start()].rstrip()
                            while " " in head and head.rsplit(" ", 1)[1].rstrip(".") in POST_NOMINALS:
                                head = head.rsplit(" ", 1)[0]  # "Her barrister, Ben Myers KC, had argued": him
                            named = names_ending_at(fa + len(head), ("person", "organization"))
                            if named and named[-1].type != "person":
                                # "Fong Po Kuan of the Democratic Action Party (DAP), …, has said": the person
                                people = [r for r in ms.starting_in(fa, fa + len(head)) if r.type == "person"
                                          and not in_quote(r.start)]
                                named = people[:1] or named
                            cand = (named[-1].actor, "actor") if named else None
                    else:
                        if np_ is not None and vm.group() in _NAMING_VERBS \
                                and (zr := _ZERO_RELATIVE.fullmatch(before, np_[0], np_[1])) is not None \
                                and _lex(zr.group(1)) == "NN" and _lex(zr.group(2).split()[-1]) == "NNS":
                            np_ = (zr.start(2), zr.end(2))  # "a deal poorer nations called “…”": the clause's subject
                        cand = resolve(fa + np_[0], fa + np_[1], last, group=True) if np_ else None
                        if np_ is not None and _ROLE_FOR.match(before, np_[0], np_[1]) \
                                and (head := before[: np_[0]].rstrip()).endswith(","):
                            # "Robin Costello, spokeswoman for Kennedy said": an apposition whose closing comma is
                            # missing; the person before it speaks (not the one the role is for)
                            named = names_ending_at(fa + len(head[:-1].rstrip()))
                            if named:
                                cand = (named[-1].actor, "actor")
                        if cand is not None and cand[1] == "actor" and np_ is not None \
                                and (members := [r for r in ms.starting_in(fa, fa + np_[1]) if not in_quote(r.start)]) \
                                and members[0].type == "person" and _NOUN_OF.match(text, fa, members[0].start) \
                                and _LIST_OF_NAMES.fullmatch(text, members[0].end, fa + np_[0]):
                            # "A bench of Justices Surya Kant and Ujjal Bhuyan said": the bench, not its last judge
                            cand = (" ".join(before[: np_[1]].split()), "anonymous")
                        if cand is not None and np_ is not None and vm.group().endswith("ing") \
                                and (cv := _clause_verb(before[np_[0] : np_[1]])) > 0:
                            head = before[np_[0] : np_[0] + cv].split()[0]
                            if before[np_[0]].isupper() and head.lower() not in _SUBJECT_PRONOUNS:
                                # "Zawahiri also referred to the Prophet Muhammad cartoons saying": a preposition's
                                # object, not the subject of "saying": that is the clause's subject
                                cand = resolve(fa + np_[0], fa + np_[0] + cv, last, group=True)
                            elif head.lower() in _SUBJECT_PRONOUNS and cand[1] == "actor" and cand[0] in things:
                                # "…, they elected to not award the Peace Prize saying": the pronoun (or no one), not the prize
                                cand = resolve(fa + np_[0], fa + np_[0] + len(head), last, group=True)
                                if cand is not None and head.lower() == "they" and cand[0] not in non_person:
                                    cand = None  # ("they" is no one person named before)
                                pronoun_subject = cand is None  # (nor a possessor in the clause: "Gandhi's death")
                        if cand is None and (par := _PARENTHETICAL.search(before, 0, vm.start())) \
                                and par.group(1).lower() in _SUBJECT_PRONOUNS:
                            # "And she, in response, said “…”": the pronoun before the aside
                            cand = resolve(fa + par.start(1), fa + par.end(1), last, group=True)
                            if cand is not None and cand[1] != "actor":
                                cand = None  # (a named person only: not the last unnamed source)
                        if cand is None and (aside := _AUX_ASIDE.search(before, 0, vm.start())) is not None \
                                and (np2 := _np_before(before, aside.start(1))) is not None:
                            # "the Attorney General had, in September, agreed that …", "He did, however, say
                            # that": the subject before the auxiliary and the aside
                            cand = resolve(fa + np2[0], fa + np2[1], last, group=True)
                        if np_ is not None and cand is not None and (cand[1] == "anonymous" or cand[0] in non_person):
                            # "Sgt. Kimberly Schneider, Capitol Police spokeswoman, did say": the person the
                            # description follows
                            head = before[: np_[0]].rstrip()
                            if head.endswith(","):
                                head = head[:-1].rstrip()
                                named = names_ending_at(fa + len(head))
                                # the sentence's subject: nothing before it ("After the meeting with John
                                # Smith, a Kremlin spokesman said": the Kremlin's spokesman)
                                if named and _TITLE_WORDS.fullmatch(_SENTENCE_HEAD.sub("", text[fa : named[-1].start])):
                                    cand = (named[-1].actor, "actor")
                        if np_ is not None and cand is not None and cand[1] == "actor" and cand[0] in places:
                            # "Del Borgsdorf, the city manager of San Jose, California announced", "Jonathan
                            # Rose of Queen's University in Kingston, Ontario told": the person whose
                            # description ends with the place (no verb between them), not the place
                            subj = _described_person(ms, text, fa, fa + np_[0], in_quote)
                            if subj is not None:
                                cand = (subj, "actor")
                qa = _QUOTED_AS.search(before, 0, vm.start()) \
                    if (cand is None or cand[1] == "anonymous") and vm.group().endswith("ing") else None
                if qa is not None:
                    # "The BBC quoted Kostov as saying “…”", "Interfax quoted him as saying", "The AP quotes
                    # the Belgian aid minister saying": the one quoted, never the outlet
                    cand = resolve(fa + qa.start(1), fa + qa.end(1), last, object_pronoun=True)
                elif cand is None and vm.group() in ("said", "stated", "told") \
                        and (qa := _QUOTED_TO.search(before, 0, vm.start())) is not None:
                    # "The BBC quoted Kostov, who was appointed last May, to have said that “…”": Kostov
                    end = before.find(",", qa.start(1), qa.end(1))
                    cand = resolve(fa + qa.start(1), fa + (qa.end(1) if end < 0 else end), last, object_pronoun=True)
                if cand is None and qa is None and not aux_only and not pronoun_subject and (
                    np_ is None or vm.group().endswith("ing") or vm.group() == "read"
                ):
                    # "X, deputy director at Y, tweeted:" / "X defended Y, saying": the subject
                    subj = [
                        r for r in ms.starting_in(fa, fa + vm.start()) if (r.type in ("person", "organization") or (
                            # "Iran lodged a protest over the issue, saying …": a country opening the sentence, its state
                            r.type == "place" and not text[fa : r.start].strip() and r.actor in countries(gazetteer())
                            and vm.group().endswith("ing")))
                        and not in_quote(r.start)
                    ]
                    agent, by = next(((r, m) for r in subj if (m := _PARTICIPLE_BY.search(text, max(fa, r.start - 30),
                                                                               r.start)) is not None and m.start() > fa),
                                     (None, None))
                    if agent is not None and by is not None \
                            and (head_np := _np_before(before, by.start() - fa)) is not None \
                            and before.startswith(("The ", "the "), head_np[0]) \
                            and not any(r.start < agent.start for r in subj if r.type == "person"):
                        # "The Politburo meeting, chaired by President Xi Jinping, said": the meeting, not its chair
                        # (a description opening the subject; not "AB 1179, written by Assemblymember Leland Yee,
                        # defines …": the bill's author then)
                        subj = [r for r in subj if r.start < agent.start]
                        if not subj:
                            cand = resolve(fa + head_np[0], fa + head_np[1], last, group=True)
                    subj = _past_owners(subj, text)  # ("Khan's party, Pakistan Tehreek-e-Insaf (PTI), called …")
                    joined = before[: vm.start()].rstrip().endswith((",", " and"))
                    subj = [r for r in subj if r.type == "person" and not (
                        joined and text.startswith(("'s", "’s"), r.end) and any(o.start < r.start for o in subj))] or subj
                    # (not a possessor after the subject of a verb joined to its clause: "Nippon Steel and U.S. Steel
                    # filed lawsuits challenging the President's decision …, accusing the White House of “…”": the
                    # companies; "News Corporation stated they were “…” at Cable's comments, and said")
                    if len(subj) > 1 and (clauses := list(_NEW_CLAUSE.finditer(before, 0, vm.start()))) \
                            and any((_lex(w.lower()) or "") in _FINITE for w in _PLAIN_WORD.findall(
                                before, subj[0].end - fa, clauses[-1].start())):
                        # "Chuck Schumer said no, and Mike Johnson, R-La., said that …": the last clause's subject
                        # (a clause: a verb before the comma; not a list, "John Brennan, Leon Panetta, and …")
                        subj = [r for r in subj if r.start >= fa + clauses[-1].end()] or subj
                    if len(subj) > 1 and (sub := list(_CLAUSE_CONJ.finditer(before, subj[0].end - fa, vm.start()))) \
                            and "," not in before[sub[-1].end() : vm.start()]:
                        # "Some wondered what Bush's reasoning could be … since Bolton acknowledged saying that …": the
                        # subject of the clause the verb is in (not "Smith, who joined after Jones left, said")
                        subj = [r for r in subj if r.start >= fa + sub[-1].end()] or subj
                    if len(subj) > 1:
                        subj = _subject_after_opener(subj, text, before, fa, vm)
                    if subj and subj[0].type != "person" and vm.group().endswith("ing") \
                            and (un := _UNNAMED_SUBJECT.match(text, fa, fa + vm.start())) is not None \
                            and un.end(1) <= subj[0].start \
                            and _OBJECT_OF.search(text, max(fa, subj[0].start - 30), subj[0].start) is not None:
                        # "An eyewitness described for news agency PA Media how …, stating", "A spokesperson … was
                        # quoted by the BBC as stating": the unnamed subject, not the body after a preposition
                        subj = []
                        cand = (un.group(1), "anonymous")
                    if subj and vm.group().endswith("ing") and (before[: vm.start()].rstrip().endswith(",")
                                                                or before[: vm.start()].endswith(" by ")) \
                            and (lead := _lead_subject(before, vm.start())) is not None \
                            and lead[1] <= subj[0].start - fa and before[lead[0]:lead[1]].lower() in ("he", "she", "they"):
                        # "He leveled greater criticism at the senator, saying", "He went on to mimic Priebus by
                        # saying": the pronoun subject, not the object
                        subj = []
                        cand = resolve(fa + lead[0], fa + lead[1], last, group=True)
                    grouped = False  # (the group below is the source: the fallbacks after "elif subj" stay out)
                    if subj and (grp := _GROUP_INCLUDING.match(before)) is not None and subj[0].start >= fa + grp.end() \
                            and _common_plural(grp.group(1).split()[-1]) \
                            and not any((_lex(w.lower()) or "") in _FINITE for w in grp.group(1).split()[:-1]):
                        # (no verb inside the group's phrase: not "Vanderbilt also authored several books, including …,
                        # which the New York Times called “…”")
                        # "Forty African leaders, including Kofi Annan and Boutros Boutros-Ghali, criticized …,
                        # demanding “…”": the group, not one of its members
                        subj = []
                        cand = (" ".join(grp.group(1).split()), "anonymous")
                        grouped = True
                    if subj and subj[0].type == "organization" and (who := team_member(subj[0], qs)) is not None:
                        cand = (who, "actor")  # "The Red Bull driver, …, led every lap and said": the driver
                    elif subj:
                        cand = (subj[0].actor, "actor")
                    elif not grouped and _takes_opening_subject(before, vm, np_):
                        # the pronoun or description that opens the sentence, before its verb
                        lead = _lead_subject(before, vm.start())
                        cand = resolve(fa + lead[0], fa + lead[1], last, group=True) if lead else None
                    elif not grouped and (head := before[: vm.start()].rstrip()).endswith(",") and _NO_SUBJECT_AFTER.match(before, vm.end()):
                        # "The United States Ambassador to Turkey , said in a statement:": the noun phrase
                        # before a stray comma (not "…, said Hadi Jawad": the name after the verb, below)
                        np2 = _np_before(before, len(head) - 1)
                        if np2 and _lex(before[np2[0] : np2[1]].split()[0]) in ("VBN", "VBG"):
                            np2 = None  # "The newspaper, owned by the Tehran city council, says": a participle's object
                        cand = resolve(fa + np2[0], fa + np2[1], last, group=True) if np2 else None
                if cand is None and not vm.group().endswith("ing") and vm.group() not in _NO_INVERSION \
                        and vm.group() not in _LISTENER_VERBS:
                    # "announcing his retirement": an object; "indicated a small advantage": no speaker;
                    # "having told one executive, “…”": the listener
                    np_ = _np_after(before, vm.end())
                    if np_ and _AUX.search(before, np_[0], np_[1]) and not _CLAUSE_PRONOUN.match(before, np_[0]):
                        # 'Bush said credit will “be more affordable”', 'The Swiss government has said Israel
                        # has “…”': the reported clause's subject, no speaker (but 'and said he had “…”': he)
                        np_ = None
                    cand = resolve(fa + np_[0], fa + np_[1], last) if np_ else None
                if cand is not None:
                    speaker, verb = cand, coordinated or vm.group()
        # 2a. '“…” according to the army.': "according to" right after the quote (after an attribution
        # before it: 'Pelosi called it a “breach”, according to NBC' is Pelosi's)
        if speaker is None:
            acc_after = _ACCORDING_AFTER.match(seg, q1)
            if acc_after is not None:
                np_ = _np_after(seg, acc_after.end())
                cand = resolve(fa + np_[0], fa + np_[1], last, object_pronoun=True) if np_ else None
                if cand is not None:
                    speaker, verb = cand, "according to"
        # 2a+. '… recovered “broken into two pieces” from under eight metres of mud, according to
        # investigators.': "according to" closing the sentence, no verb of saying between
        if speaker is None:
            acc_later = _ACCORDING_LATER.search(seg, q1)
            if acc_later is not None and next(_saying_verbs(seg[q1 : acc_later.start()]), None) is None \
                    and not _LIST_BREAK.search(seg, q1, acc_later.start()):
                np_ = _np_after(seg, acc_later.end())
                cand = resolve(fa + np_[0], fa + np_[1], last, object_pronoun=True) \
                    if np_ and "[" not in seg[np_[0] : np_[1] + 1] else None
                if np_ and cand is not None and cand[1] != "actor":
                    # "according to co-founder, Cameron Slater": the person the description names
                    named = person_after_comma(fa + np_[1])
                    cand = (named, "actor") if named is not None else cand
                if cand is not None:
                    speaker, verb = cand, "according to"
        # 2a". '“…” an unnamed official was quoted by the Associated Press': the one quoted
        if speaker is None:
            wq = _WAS_QUOTED.match(seg, q1)
            if wq is not None:
                cand = resolve(fa + wq.start(1), fa + wq.end(1), last)
                if cand is not None:
                    speaker, verb = cand, "quoted"
        # 2a'. '“…” — Aparna Garg, railway manager': a dash after the closing mark, then a person's name
        # (the credit of a pull quote or an epigraph)
        if speaker is None:
            dash = _DASH_CREDIT.match(text, qe)
            if dash is not None:
                # the first person starting there or after titles ("- Judge Gideon J. Tucker")
                titles = _TITLE_WORDS.match(text, dash.end())
                who = [r for r in ms.starting_in(dash.end(), titles.end() + 1) if r.type == "person"][:1]
                if who and _CREDIT_END.match(text, who[0].end):  # not '“…” - Smith disagreed.'
                    speaker, verb = (who[0].actor, "actor"), None
        # 2b. "X made the announcement: “…”": a colon-introduced quote belongs to the clause's subject
        if speaker is None and seg[:q0].rstrip().endswith(":"):
            pre = [r for r in ms.starting_in(fa, qs) if r.type in ("person", "organization")]
            pick = [r for r in pre if r.type == "person"] or pre
            lead = text[fa : pick[0].start] if pick else ""
            own_doc = bool(pick) and not lead.strip(" \t\n\"“”") and _OWN_DOCUMENT.match(text, pick[0].end) is not None
            # ("Weaver's statement echoed that of Nelson: “…”": the possessor of the document opening the clause)
            if pick and not own_doc and (
                _LEAD_PRONOUN.search(lead)
                or _POSSESSIVE.match(text[pick[0].end : pick[0].end + 3])
                or len(_TO_LAST_COMMA.sub("", lead).split()) > 4
                or (pick[0].type != "person" and _modifies_person(text, pick[0].end))
            ):
                pick = []  # not the clause's subject ("he appreciated Soleimani's lifepath:")
            if pick:
                speaker, verb = (pick[0].actor, "actor"), None
            elif (cp := _CLAUSE_PRONOUN.match(seg[:q0])) is not None:
                # 'Ali Khamenei … ordered mourning. In his message, he appreciated Soleimani's lifepath: “…”', 'Tony
                # Blair spoke …. He encouraged ordinary people …: “…”': the person "he" names (a person named after
                # the last quote, not the last speaker), else the last speaker (never a body after an opening phrase)
                cand = resolve(fa + cp.end() - 2 - (cp.group().lower().endswith("she")), fa + cp.end(), last)
                if cand is not None and cand[1] == "actor" and cand[0] not in non_person:
                    speaker, verb = cand, None
                elif last[0] is not None and not (cp.group("opener") is not None and last[0] in non_person):
                    speaker, verb = last, None
            elif not pick:
                # 'Asked about the plan, the minister was blunt: “…”': a described subject after an opening phrase
                op = _OPENER_COMMA.match(seg, 0, q0)
                off = op.end() if op else 0
                lead = _lead_subject(seg[off:q0], q0 - off)
                if lead is not None and seg[off + lead[0] : off + lead[1]].lower() not in ("he", "she", "they"):
                    cand = resolve(fa + off + lead[0], fa + off + lead[1], last)
                    if cand is not None and cand[1] == "anonymous" and _names_person(cand[0]):
                        speaker, verb = cand, None  # (a body named there was refused above: "the Harvard graduated")
        # 2b'. "Trump, also on Twitter, defended his decision, “As I have stated …”": a whole sentence
        # quoted after a comma that ends a clause opened by its subject
        if speaker is None and seg[:q0].rstrip().endswith(",") and _WHOLE_SENTENCE.match(text, qs + 1) \
                and len(text[qs:qe].split()) >= 5 and _has_verb(seg[:q0]):
            pre = [r for r in ms.starting_in(sa, qs) if r.type in ("person", "organization") and not in_quote(r.start)]
            if pre and pre[0].type == "person" and (not _NONSPACE.search(text, sa, pre[0].start) or (
                _LEAD_PHRASE.fullmatch(text, sa, pre[0].start) and not _has_verb(text[sa : pre[0].start])
            )) \
                    and not _POSSESSIVE.match(text[pre[0].end : pre[0].end + 3]) \
                    and not _ANY_MARK.search(text, pre[0].end, qs) and not _SUCH_AS.search(text, pre[0].end, qs):
                speaker, verb = (pre[0].actor, "actor"), None
        # 2c. "X said:" ending the paragraph before: the quote opening this paragraph is X's
        if speaker is None and not _WORD_CHAR.search(text, sa, qs):
            i = sent_index(qs)
            prev_row = s_rows[i - 1] if i > 0 else None
            if prev_row is not None and prev_row[4] == pid - 1 and prev_row[3] == "body":
                pa = prev_row[1]
                prev_txt = text[pa : prev_row[2]].rstrip()
                vms = list(_VERB_RE.finditer(prev_txt)) if prev_txt.endswith(":") else []
                if vms:
                    vm = vms[-1]
                    np_ = _np_before(prev_txt, vm.start())
                    cand = resolve(pa + np_[0], pa + np_[1], last) if np_ else None
                    if cand is None:  # "The engineer, Mark Ellison, said:": the clause's subject
                        subj = [
                            r for r in ms.starting_in(pa, pa + vm.start()) if r.type in ("person", "organization")
                            and not in_quote(r.start)
                        ]
                        subj = [r for r in subj if r.type == "person"] or subj
                        cand = (subj[0].actor, "actor") if subj else None
                    if cand is not None:
                        speaker, verb = cand, vm.group()
        # 2d. 'Added Wang, “…”': a verb of saying opening the sentence, its subject after it
        if speaker is None:
            inv = _INVERTED_OPEN.match(seg[:q0])
            if inv is not None:
                cand = resolve(fa + inv.start(2), fa + inv.end(2), last)
                if cand is not None and cand[1] == "actor":
                    speaker, verb = cand, inv.group(1).lower()
        # 2e. "Sir Reg Empey's response was, “…”", "His verdict on the plan was: “…”": the possessor's words
        if speaker is None:
            pv = _POSSESSOR_WORDS.search(seg[:q0])
            if pv is not None:
                if pv.group(1) is not None:  # "his", "her", "their": the last speaker
                    if pv.group(1).lower() in ("his", "her") and last[0] is not None and last[0] not in non_person:
                        speaker, verb = last, None
                else:
                    at = fa + pv.start(2)
                    named = [r for r in ms.overlapping(at - 1, at) if r.end == at and r.type == "person"]
                    if named:
                        speaker, verb = (named[-1].actor, "actor"), None
        # 2f. 'a statement by Presidential candidate Rudy Giuliani in October that “…”': the one whose statement it is
        if speaker is None and (sb_ := _WORDS_BY.search(seg, 0, q0)) is not None:
            named = [r for r in ms.starting_in(fa + sb_.end(), fa + q0) if r.type == "person"]
            if named and _THAT_BEFORE.search(seg, 0, q0):
                speaker, verb = (named[0].actor, "actor"), None
        if speaker is None and reporter is not None:
            speaker, verb = reporter
        if speaker is None and not _WORD_CHAR.search(seg[:q0]) and (i := sent_index(qs)) > 0 \
                and text.startswith("==", s_rows[i - 1][1]):
            # '=== President Thabo Mbeki of South Africa === “I am honoured …”': a wiki section headed by its
            # speaker's name (the one person the heading names)
            named = {r.actor for r in ms.starting_in(s_rows[i - 1][1], s_rows[i - 1][2]) if r.type == "person"}
            if len(named) == 1:
                speaker, verb = (named.pop(), "actor"), None
        # 3. a paragraph or a sentence that is only this quote, right after a sentence of reported speech
        # ending the paragraph before or in this one ("Any small hospital, he said, would need these
        # supplies." / "“It is not enough …”"; "Adams said the plan was good. “We welcome it.”"): its
        # speaker, before the last quote's (3b)
        reported_other = False  # the sentence before reports someone else's words (blocks 3b)
        if speaker is None and not _WORD_CHAR.search(seg):
            i = sent_index(qs)
            prev_row = s_rows[i - 1] if i > 0 else None
            if prev_row is not None and pid - 1 <= prev_row[4] <= pid and prev_row[3] == "body" \
                    and not in_quote(prev_row[1]) and not in_quote(prev_row[2] - 1):
                pa = prev_row[1]
                prev_txt = text[pa : prev_row[2]]
                # (a participle too: "Darryl Weinbren defended his product saying it is non-alcoholic": the
                # sentence's subject, not the phrase before it)
                vms = list(_VERB_RE.finditer(prev_txt))
                cand = None
                for vm in vms[:2] if not _ANY_MARK.search(prev_txt) else ():
                    participle = vm.group().endswith("ing")
                    np_ = _np_before(prev_txt, vm.start()) if not participle else None
                    cand = resolve(pa + np_[0], pa + np_[1], last) if np_ else None
                    if cand is None:
                        # "Tyler Cowen, a professor of economics at George Mason University, stated that
                        # …", "The MP who proposed the bill, Nadine Dorries, commented": a person before
                        # the verb, with no other verb between them: the sentence's first name, or one
                        # followed by a comma ("A professor at the Lagos Business School, Prof Pat Utomi,
                        # said")
                        subj = [r for r in ms.starting_in(pa, pa + vm.start()) if not in_quote(r.start)]
                        subj = [r for i, r in enumerate(subj) if r.type == "person" and (
                            i == 0 or _COMMA_NEXT.match(text, r.end))][:1]
                        cand = (subj[0].actor, "actor") if subj and not _VERB_RE.search(
                            text, subj[0].end, pa + vm.start()) else None
                    if cand is not None and cand[1] == "actor":
                        break
                    if not participle and prev_txt[: vm.start()].rstrip().endswith(","):
                        # "… is not a chemical weapon, says Professor Paul Rodgers from the University of
                        # Bradford.": the source after an inverted verb
                        np_ = _np_after(prev_txt, vm.end())
                        after_cand = resolve(pa + np_[0], pa + np_[1], last) if np_ else None
                        if after_cand is not None and after_cand[1] == "actor" and after_cand[0] not in non_person:
                            cand = after_cand
                            break
                # "The Queen herself mentioned …" after the White House's quote: someone else's words
                # (not "The French President pointed out …" after "French President Jacques Chirac")
                reported_other = cand is not None and cand[1] == "anonymous" and last[0] is not None \
                    and not _described_as(ms, text, last[0], cand[0])
                if cand is not None and cand[1] == "actor" and not (
                    # in the same paragraph, not when someone else is named right after the quote
                    # ('“Peace!” DPP lawmaker Bikhim Hsiao chanted'), unless that person's sentence has its
                    # own quote ('… Russell Stanners, CEO for Vodafone, said they are “looking to …”')
                    prev_row[4] == pid
                    and any(r.type == "person" and r.actor != cand[0] and not opens_quote(r.start)
                            for r in ms.starting_in(qe, qe + 40))
                ):
                    speaker, verb = cand, None
        # 3a'. a second quote joined to the last one by "and": 'commented by saying, “…,” and “…”'
        if speaker is None and prev_speaker[0] is not None and prev_end[0] and _AND_BETWEEN.fullmatch(text, prev_end[0], qs):
            speaker, verb = prev_speaker[0], None  # (only when that quote has its speaker: not 'slogans such as “…” and “…”')
        # 3b. a paragraph that is only this quote, right after an attributed quote
        if speaker is None and last[0] is not None and pid <= last_para + 1 and not reported_other:
            para_text = seg.strip()
            if _GLUED.match(text, qe) and not any(
                r.type == "person" and r.actor != last[0] for r in ms.starting_in(prev_end[0], qs)
            ):
                # '…,” he said. “The law is flawed. “Instead of …': a quote running on into the next
                # paragraph (no closing mark); not after a newly named person ("Brett McGurk … criticized …")
                para_text = seg[:q1].strip()
            if not _WORD_CHAR.search(para_text):
                speaker, verb = last, None
                if (si := sent_index(qs)) > 0 and s_starts[si - 1] >= prev_end[0] \
                        and (opener := ms.starting_in(s_starts[si - 1], s_starts[si - 1] + 12)) \
                        and opener[0].type == "person" and opener[0].actor != last[0] \
                        and _opens_with(text, s_starts[si - 1], opener[0].start) \
                        and _REPLY_OPENER.match(text, opener[0].end):
                    # 'Howard disputed that interpretation of events. "We didn't impose the sentence, …"' after Bob
                    # Brown's quote: the one who answers in the sentence before, not the last speaker
                    speaker = (opener[0].actor, "actor")
        inner = text[qs:qe]
        inner = _OUTER_MARKS.sub("", inner)
        if len(inner) > 2 and inner[0] == inner[-1] == "'":
            inner = inner[1:-1]  # straight single marks ("said: 'We will not back down.'")
        inner = _REOPENED.sub("\n", inner)
        inner = " ".join(inner.split())
        before_txt = text[sa:qs].rstrip()
        starts_sentence = not _WORD_CHAR.search(text, sa, qs)  # \w has no context: same as on the slice
        after_colon = before_txt.endswith((":", ","))
        partial = not (starts_sentence or after_colon)
        if speaker is not None:
            last = speaker
            last_para = pid
        prev_end[0] = qe
        if speaker is not None:
            said_end[0] = qe
        prev_speaker[0] = speaker
        add(qs, qe, sid, speaker, verb, inner, partial)
    _pull_quotes(cols, non_person)
    return cols


def _pull_quotes(cols: dict[str, list[Any]], non_person: set[str]) -> None:
    """A pull quote: an unattributed whole quote of five words or more whose words an attributed quote of
    the article repeats ('“We ran out of fuel.”' set apart, then '“… We ran out of fuel,” Dr. Skaik
    said') takes that quote's speaker (a person)."""
    speakers = cols["speaker"]
    if None not in speakers or all(sp is None for sp in speakers):
        return
    norm = [" ".join(_QUOTE_WORD.findall(t.lower())) for t in cols["text"]]
    for i, sp in enumerate(speakers):
        if sp is not None or cols["n_words"][i] < 5 or cols["partial"][i]:
            continue
        for j, other in enumerate(speakers):
            if other is not None and j != i and cols["speaker_type"][j] == "actor" and other not in non_person \
                    and norm[i] in norm[j]:
                speakers[i] = other
                cols["speaker_type"][i] = cols["speaker_type"][j]
                break


@cached_on_article
def quotes(article: Article, *, codebook: Any = None) -> pd.DataFrame:
    """Direct and partial quotes with their speaker.

    Quotes are the spans of :func:`quote_spans` outside the title, credits and boilerplate, and the
    turns of an interview printed as a transcript ("Q: …" is the interviewer's, "Stiell: …" or
    "((Dorsa Derakhshani)) …" the named person's: :func:`toolkit.text.quotespans.transcript_turns`).
    The speaker comes from attribution patterns in the quote's sentence(s): "…," said X /
    "…," X said / X said: "…" / X added that "…" / according to X, "…"; a pronoun speaker
    ("He added:") is the last speaker; a paragraph that is only a quote, right after an
    attributed quote, has that quote's speaker. X is resolved to a canonical actor with
    :func:`toolkit.entities.actors.actors` when it names one; a description such as "a senior
    administration official" is kept as an anonymous speaker.

    Returns:
        DataFrame with ``quote_id``, ``speaker`` (canonical actor, anonymous description, or
        None), ``speaker_type`` ("actor", "anonymous", "unknown"), ``verb`` (the attribution
        verb, e.g. "said", or "according to"; None if unknown), ``text`` (the quoted words
        without quotation marks), ``start``/``end`` (the span in ``article.text``, marks
        included, as in :func:`quote_spans`), ``sent_id`` (sentence where the quote starts),
        ``n_words`` and ``partial`` (True for a fragment quoted inside reported speech, e.g.
        provided a “good background”).

    Example:
        >>> from toolkit import load_article
        >>> art = load_article('Talks\\n\\n“We will talk,” said Jane Doe. She added: “Soon.”')
        >>> quotes(art)[["speaker", "verb", "text"]].values.tolist()
        [['Jane Doe', 'said', 'We will talk,'], ['Jane Doe', 'added', 'Soon.']]
    """
    c = _quote_columns(article, codebook=codebook)
    if not c["quote_id"]:
        return _empty_quotes_frame().copy()  # a deep copy: callers never share the template
    return _quotes_frame(c)


def _quotes_frame(c: dict[str, list[Any]]) -> pd.DataFrame:
    """The :func:`quotes` DataFrame of a :func:`_quote_columns` dict, with the table's dtypes."""
    return frame("quotes", c)


@cache
def _empty_quotes_frame() -> pd.DataFrame:
    """The table of an article without quotes (built once; about a fifth of news articles)."""
    return empty("quotes")
