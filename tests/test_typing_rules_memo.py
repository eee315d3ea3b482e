"""The rules memoised on a few fields read only those fields (a rule that reads more gives each article the
answer of whichever mention came first: the dump of a corpus changed from one run to the next)."""

from __future__ import annotations

import itertools

from toolkit.entities.gazetteer import gazetteer
from toolkit.entities.tokens import word_lists
from toolkit.entities.typing_rules import TYPE_RULES, Cue

_WORDS = [("Harehills", "Lane"), ("Skype",), ("Nathan", "Lane"), ("Old", "Ashcombe"), ("Acme", "Holdings"), ("Kotri",)]
_AFTERS = [["in", "Leeds", "."], [".", ], ["said", "its"], ["area", "of"], [",", "a", "town"]]
_PREVS = ["on", "in", "the", "at", "near", "said", "of", ",", "called", "town", "drug", "president"]


def _cue(words: tuple[str, ...], prev: str, unknown: bool, after: list[str], poss: bool) -> Cue:
    g = gazetteer()
    return Cue(words, None, unknown, False, None, False, False, prev, "the", after, poss, True, False, False, False, "",
               g, word_lists(g))


def test_a_before_rule_reads_only_the_word_before_and_whether_the_name_is_known():
    before = [r for r in TYPE_RULES if r.reads == "before"]
    assert before
    for rule, prev, unknown in itertools.product(before, _PREVS, (True, False)):
        answers = {bool(rule.condition(_cue(w, prev, unknown, a, p)))
                   for w, a, p in itertools.product(_WORDS, _AFTERS, (False, True))}
        assert len(answers) == 1, (rule.name, prev, unknown)
