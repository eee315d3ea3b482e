"""Vocabulary of the temporal tagger: month, weekday, season, number and unit words, the regex
fragments the grammar (:mod:`toolkit.temporal.rules`) is built from, TIMEX3 modifiers and the
verb markers that give a sentence's tense.

Example:
    >>> _MONTHS["sept"], _WEEKDAYS["friday"], _SEASONS["fall"]
    (9, 5, 'FA')
    >>> bool(_FUTURE_MARK.search("talks will resume")), bool(_PAST_MARK.search("talks resumed"))
    (True, True)
"""

from __future__ import annotations

import re

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7}
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4, "final": 4, "last": 4,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "a couple of": 2, "couple of": 2,
    "a dozen": 12, "dozen": 12, "half a": 0.5,
}  # fmt: skip
_VAGUE = {"several", "a few", "few", "many", "some", "the few", "recent", "coming", "the coming"}
_UNITS = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
    "night": ("", "D"), "week": ("", "W"), "fortnight": ("", "W"), "weekend": ("", "WE"),
    "month": ("", "M"), "quarter": ("", "Q"), "year": ("", "Y"), "decade": ("", "DE"),
    "century": ("", "CE"), "centurie": ("", "CE"),
}  # fmt: skip

_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR}|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![\d])"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})(?![\d])"
_SMALLNUM = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|a hundred|hundred|a dozen|dozen|a couple of|couple of|half a|a few|few|several|many|some)"
)
#: a number, perhaps with a half ("six and a half", "3 1/2", "3½"), or "a"/"an"
_NUM = rf"(?:(?:\d+(?:\.\d+)?|{_SMALLNUM})(?:\s+and\s+a\s+half|\s+1/2|\s?½)?|an?)"
_UNIT = r"(?:seconds|minutes?|hours?|days?|nights?|weeks?|fortnights?|weekends?|months?|quarters?|years?|decades?|century|centuries)"
_APPROX = r"(?:about|around|nearly|almost|some|roughly|approximately|more than|less than|fewer than|at least|at most|up to|no more than|over|just over|under|just under|only|barely)"
_MODS = {
    "early": "START", "earlier": "START", "the beginning of": "START", "the start of": "START",
    "the first half of": "START", "late": "END", "later": "END", "the end of": "END",
    "the second half of": "END", "mid": "MID", "the middle of": "MID",
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "only": None, "barely": None,
}  # fmt: skip

_FUTURE_MARK = re.compile(
    r"\b(?:will|won't|wo n't|shall|'ll|going to|scheduled|due to|due|set to|plans?(?=\s+(?:to|a|an|the|its|his|her|their|another|further|more|new)\b)|planned|planning|"
    r"expected|expects?|upcoming|forthcoming|next|coming|later|until|intends?|aims?|hopes?|wants?|would|could|might|"
    r"should(?!\s+have)|must(?!\s+have)|"
    r"predicts?|forecasts?|"
    r"is to|are to|to be held|to meet|to hold|to visit|to begin|to start|to take|to vote|ahead of|"
    # "was refused bail to appear in court on Monday" (not "failed to appear", "refused to appear": gone by)
    r"(?<!failed )(?<!refused )(?<!declined )(?<!failing )to (?:appear|face court))\b",
    re.I,
)
#: an auxiliary of the future before a participle ("will be sold", "is to be signed", "will have been"); not a perfect
#: infinitive or a modal's perfect ("believed to have been involved in the assassination … in January", "could have been
#: avoided"): a past
_FUTURE_AUX = re.compile(r"\b(?:(?:will|shall|'ll)(?:\s+not)?(?:\s+(?:be|have|been|get))+"
                         r"|(?:to|would|could|might|may|must|should)(?:\s+not)?(?:\s+(?:be|get))+)\s+$", re.I)
#: verbs in the past ("said", "won", "announced": every word in -ed but "need", "speed", "hundred" …)
_PAST_VERBS = (r"was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hadn['’]t|said|told|met|spoke|took|made|came|went|left|began|saw|gave|held|won|lost|fell|rose|"
               r"sold|bought|paid|reported|announced|"
               # irregular ones ("families broke their fast on Sunday night", "fled on Monday")
               r"broke|struck|fled|caught|fought|brought|sought|taught|ran|sent|spent|stood|threw|wrote|drove|flew|"
               r"grew|knew|became|chose|stole|sank|woke|tore|drew|shook|withdrew|swept|heard|built|found|shot|led|felt|kept|"
               # in -ed with two letters before it (the pattern below wants three): "died in March", "tied the match"
               r"died|tied|lied|used|owed|"
               # irregular participles, past after "was", "has been" ("was flown to Nouakchott on Friday night and will
               # travel to Germany"; "will be flown" is the future's, as every participle is; "Australian-born" no verb)
               r"flown|taken|given|driven|thrown|stolen|beaten|chosen|written|spoken|broken|hidden|fallen|frozen|"
               r"sworn|torn|shaken|ridden|withdrawn|overthrown|(?<!-)born|"
               r"[a-z]{3,}(?<!need)(?<!speed)(?<!indeed)(?<!ceed)(?<!hundred)(?<!feed)(?<!breed)ed")
#: a verb in the past, or a word of past time ("ago", "last", "earlier", "since", "previously")
_PAST_MARK = re.compile(r"\b(?:" + _PAST_VERBS + r"|ago|last|earlier|since|previously)\b")
