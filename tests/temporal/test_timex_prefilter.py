"""The trigger-window prefilter of toolkit.temporal.prefilter finds exactly the matches of a whole-text scan."""

from __future__ import annotations

import random
import re

from toolkit.temporal.prefilter import _TRIGGER_LIST, _alternatives, _rule_matches, _trigger_starts
from toolkit.temporal.rules import _RULES

_WORDS = str.split(
    "the a last next past previous coming early late earlier end of in on by since about more than at least up to "
    "two twenty-five seventy-seven dozen couple half first second fourth fiscal financial year years week weekend "
    "month months day days night hour minutes quarter quarters decade century centuries ago later before after from "
    "now or so ahead to come every each per daily weekly quarterly January Feb. Sept. May March JULY Monday Fridays "
    "morning evening tonight today yesterday tomorrow overnight spring fall 1990s '90s 2021 2020-21 12 21st 9-10. "
    "12/03/2021 2021-12-30 Q3 noon 10:30 3 p.m. GMT currently present presenting moment recently time future soon "
    "term run year-earlier year-end percent million , . ; ( ) $ %"
    # words around the per-rule conditions on trigger positions (prefilter._KEEP)
    " fortnight Fortnights nights these nowadays near nearfuture distant long short medium prior-year end-year"
    " year's end of the 12th 3rd. 1st of Sept Dec. JANUARY mayor market 9.45 a.m. PM midnight Noon each per cent"
    " biannually Daily few ensuing same fiscal school season hundred several many some ago previously prior hence"
    # first words of the rules with a start filter (prefilter._FIRST), and punctuation around tokens
    " another subsequent preceding initial remaining final barely roughly nearly approximately just under over only"
    " no more less fewer Couple a couple of half a twenty-one Ninety 3.5 coming Monday Wednesday Sundays late early"
    " ANOTHER (2021), “today” 'Jan. [1990s]. (Q3) -2021- …now 12/03/2021. (noon) «week» ‘months’"
    " right now just now at present Nowadays these days lately formerly in the past the long run At the moment"
    # holidays of several words (their triggers were once "new year", "canada day": never found in one token)
    " New Year's Day Eve Canada Australia Guy Fawkes Night Christmas Boxing Anzac Bonfire"
)


# Long expressions near each rule's bounds (the windows must hold them whole).
_LONG = [
    "the subsequent following approximately seventy-seven to seventy-seven years or so",
    "no more than a couple of centuries previously",
    "earlier in that financial year",
    "the remainder of the following school year",
    "Wednesday, the 21st to 22nd of September, 2021",
    "Wednesday, September the 21st and 22nd, 2021",
    "the 2021 fiscal fourth fiscal quarter of fiscal the year 2021",
    "the second half of next fiscal year",
    "the year-earlier financial quarter",
    "the prior-year results",
    "earlier the day before yesterday afternoon",
    "earlier the following Wednesdays afternoon",
    "every single Wednesday",
    "at 10:30 a.m. local time",
    "the present extraordinarilylongwordingthatgoesonandonandonforeverandeverandeverending",
    "the early twenty-first century",
    "the nearfuture",  # a "ref" trigger inside a word
]


def _full(text: str) -> list[list[tuple[int, int]]]:
    return [[m.span() for m in rx.finditer(text)] for _, rx, _ in _RULES]


def test_prefilter_finds_the_same_matches_as_a_full_scan(seed) -> None:
    rnd = random.Random(7)
    texts = [seed.text, seed.text.upper(), seed.text.replace(" ", " \n  ")]
    for _ in range(60):
        parts = []
        for _ in range(300):
            parts.append(rnd.choice(_LONG) if rnd.random() < 0.02 else rnd.choice(_WORDS))
            r = rnd.random()
            parts.append(" " * rnd.randint(20, 200) if r < 0.03 else "x" * rnd.randint(40, 120) if r < 0.05 else rnd.choice([" ", " ", "\n", "-", ", ", ". ", "", "\t ", "/"]))
        texts.append("".join(parts))
    for text in texts:
        assert [[m.span() for m in ms] for ms in _rule_matches(text)] == _full(text)


def test_trigger_matches_start_and_end_with_a_letter_or_digit() -> None:
    # what lets the token cache strip punctuation off a token's ends (prefilter._EDGE)
    for trig in _TRIGGER_LIST:
        for alt in _alternatives(trig):
            assert "(?=" not in alt and "(?!" not in alt and "(?<" not in alt
            assert re.match(r"\\d|[a-z]", alt.removeprefix("(?:")) and re.search(r"(?:\\d(?:\{\d\})?|[a-z]|\[1-4\])$", alt), alt


def test_trigger_starts_equal_finditer_with_punctuation() -> None:
    rnd = random.Random(3)
    words = [*_WORDS, "(1990s)", "“2021”,", "-Q4-", "…today…", "'90s'", "Sept.,", "(x", "[]", "2021-12-30.", "12/3/2021,"]
    low = " ".join(rnd.choice(words) + rnd.choice(["", ",", ".", ")", "”"]) for _ in range(3000)).lower()
    assert _trigger_starts(low) == {t: [m.start() for m in re.finditer(t, low)] for t in _TRIGGER_LIST}


def test_a_holiday_of_several_words_is_found_in_a_long_text() -> None:
    # "broadcast over four nights from New Year's Day" at the end of a long article was missed (short texts are
    # scanned whole, long ones only around triggers, and "new year" never matched a single token)
    text = "Nothing happens here. " * 40 + "It aired from New Year's Day. They met on Canada Day and Guy Fawkes Night."
    found = [text[a:b] for a, b in [m.span() for m in _rule_matches(text)[[r[0] for r in _RULES].index("holiday")]]]
    assert found == ["New Year's Day", "Canada Day", "Guy Fawkes Night"]
