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
