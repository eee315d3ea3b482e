"""An article's analyses do not depend on what was analysed before it in the same process.

Memo tables shared across articles (per word, per name) must be keyed on everything their values read: a rule
memoised on the word before a name that also reads the name itself gave "al-Zarqawi" a person after one article
and an organisation after another. Two fresh processes run the bundled sample corpus in opposite orders; every
article's actors, quotes and timeline must come out the same.
"""

from __future__ import annotations

import json
import subprocess
import sys

_SCRIPT = r"""
import json, sys, warnings
warnings.filterwarnings("ignore")
import toolkit as pl
from toolkit.corpus.engine import sample_corpus
arts = list(sample_corpus())
extra = [pl.Article(t, title="Headline for the story") for t in json.loads(sys.argv[2])]
arts += extra
order = list(range(len(arts)))
if sys.argv[1] == "reverse":
    order.reverse()
out = {}
for i in order:
    a = arts[i]
    out[i] = [pl.actors(a)[["start", "actor", "type"]].values.tolist(),
              pl.quotes(a)[["start", "speaker"]].values.tolist(),
              pl.timeline(a)[["start", "value"]].values.tolist()]
print(json.dumps({str(k): v for k, v in sorted(out.items())}, default=str))
"""

# made-up sentences with the shapes whose memoised rules read more than the word before the name
_EXTRA = [
    "The commander spoke after the death of al-Zarqawi. Bush met with al-Maliki. The al-Askari shrine was bombed.",
    "The film Quiet Harbour opened. The town Oulu voted. The newspaper Dagens Nyheter said so. He said Mauer left.",
    # a model year after a determiner makes a product ("her 2007 X"); memoised on "2007" alone it made the next
    # article's "In 2007 X opened a factory" a product too, or this one a person after it
    "She crashed her 2007 Zorvex Kallisto into a wall on Monday, police said.",
    "In 2007 Zorvex Kallisto opened a factory in Taipei, officials said.",
]


def _run(order: str) -> dict:
    res = subprocess.run([sys.executable, "-c", _SCRIPT, order, json.dumps(_EXTRA)], capture_output=True, text=True,
                         check=True)
    return json.loads(res.stdout)


def test_analyses_do_not_depend_on_the_order_articles_are_read_in():
    forward, backward = _run("forward"), _run("reverse")
    assert forward.keys() == backward.keys()
    differ = [k for k in forward if forward[k] != backward[k]]
    assert differ == []


def _cue_fields_read(func) -> set[str]:
    """The attributes a rule's condition reads of its argument (the Cue), in its own code, its nested code and the
    functions it closes over (bytecode: a load of the argument, then an attribute)."""
    import dis
    import types

    fields: set[str] = set()

    def walk(code: types.CodeType) -> None:
        arg = code.co_varnames[0] if code.co_argcount else None
        ins = list(dis.get_instructions(code))
        for a, b in zip(ins, ins[1:], strict=False):
            if a.opname in ("LOAD_FAST", "LOAD_DEREF", "LOAD_CLOSURE") and a.argval in (arg, "c") \
                    and b.opname in ("LOAD_ATTR", "LOAD_METHOD"):
                fields.add(b.argval)
        for const in code.co_consts:
            if isinstance(const, types.CodeType):
                walk(const)

    walk(func.__code__)
    for cell in func.__closure__ or ():
        inner = cell.cell_contents
        if callable(inner) and hasattr(inner, "__code__"):
            fields |= _cue_fields_read(inner)
    return fields


def test_rules_memoised_on_the_word_before_read_nothing_else_of_the_mention():
    """A "before" rule's answer is memoised on (word before, unknown name): it may read only those, the gazetteer and
    the word lists (Cue's contract); a rule that reads the name or the word before that must say so by its reads."""
    from toolkit.entities.typing_rules import _BEFORE_RULES, Cue

    allowed = {"prev", "unknown", "g", "wl"}
    wrong = {r.name: sorted((_cue_fields_read(r.condition) & set(Cue._fields)) - allowed) for r in _BEFORE_RULES}
    assert {k: v for k, v in wrong.items() if v} == {}
