"""Target-dependent tone: how does a sentence portray *this* actor?

``target_tone(sentence, spans)`` scores each target span (character offsets) of one sentence;
``score_targets(items)`` does the same for many sentences at once (every actor mention of a corpus);
``TargetToneModel`` is the lower level (``predict``, ``explain``).

The model is a multinomial logistic regression (classes negative / neutral / positive) over
features that tie sentiment words to the target rather than to the sentence:

* lexicon valence (VADER's lexicon / 4 and TextBlob's pattern polarity, both read from the
  installed packages, offline) of every other word, split into positive and negative mass and
  into regions: same clause before / after the target (no ``, ; : but while ...`` between),
  behind a comma or ``and``, behind a clause break, inside a quotation the target is not in,
  nearer to another target of the same sentence than to this one; weighted by
  ``exp(-(distance - 1) / tau)`` (token distance);
* negation (``not``, ``never``, ``n't`` ... in the three words before a sentiment word flips it and
  counts it in its own feature);
* simple grammatical roles: the word right after the target (``X criticised`` -> the target is
  the subject of that word), the word right before it (``criticised X``, ``criticism of X``: the
  target is the object), passives (``X was criticised`` -> object; ``criticised by X`` ->
  subject), possessives (``X's failed plan``);
* quotations: the target is inside a quote, or is its speaker (``X said``, ``according to X``);
* the sentence's own lexicon mass, the target's relative position and whether it is a pronoun;
* the sentence's own ``tone`` (:mod:`toolkit.sentiment.tone`) and its strength, of the part of the
  sentence nearest the target when it names several: the model starts from how that text reads and
  moves away from it where the target's context says so;
* words (lower-cased) within ``k`` tokens of the target, the rest of the sentence, the target's
  own lower-case words and the role words as sparse features (only words seen at least
  ``min_count`` times in training); never a name or who someone is: a capitalised word inside
  the sentence is read as "<name>", a gender, party, religion, race or origin word as its
  category ("he|she", "<party>"), so the model cannot give a person or a group the training
  data's prior (:data:`~toolkit.sentiment.target_features.IDENTITY_GROUPS`). :func:`swap_audit`
  checks it: with "he" and "she" or "Republicans" and "Democrats" swapped, every target keeps
  its tone.

Weights: ``toolkit/data/target_tone_model.json``, trained by ``training/train_target_tone.py`` on
NewsMTSC (Hamborg & Donnay, EACL 2021; MIT licence), hyper-parameters chosen by grouped
cross-validation on its train split. ``tone_to`` is ``p_positive - p_negative`` (-1..1) and
``label`` the most probable class.

Every prediction can be explained: the contributions are in log-odds of *positive versus
negative* (the quantity whose sign is the sign of ``tone_to``); the rows of
:meth:`TargetToneModel.explain` plus its ``(intercept)`` row sum to
``log(p_positive / p_negative)``.

The code is in three modules, re-exported here (import from this module):
:mod:`toolkit.sentiment.target_features` (lexicons, the tokenised sentence, feature extraction),
:mod:`toolkit.sentiment.target_model` (:class:`TargetToneModel`, the fast scorer, the packaged
model) and :mod:`toolkit.sentiment.target_eval` (gold files and evaluation).

Example:
    >>> target_tone("Critics accused Smith of lying.", (16, 21)).label.tolist()
    ['negative']
"""

from __future__ import annotations

from toolkit.sentiment.target_eval import SWAPS as SWAPS
from toolkit.sentiment.target_eval import _label as _label
from toolkit.sentiment.target_eval import _macro_f1_idx as _macro_f1_idx
from toolkit.sentiment.target_eval import bootstrap_ci as bootstrap_ci
from toolkit.sentiment.target_eval import classification_report as classification_report
from toolkit.sentiment.target_eval import (
    evaluate_target_tone,
    read_target_gold,
    swap_audit,
    swap_words,
)
from toolkit.sentiment.target_eval import predict_gold as predict_gold
from toolkit.sentiment.target_features import DEFAULT_CONFIG as DEFAULT_CONFIG
from toolkit.sentiment.target_features import _Sent as _Sent
from toolkit.sentiment.target_features import extract_features
from toolkit.sentiment.target_model import (
    CLASSES,
    MODEL_PATH,
    TargetToneModel,
    load_model,
    score_targets,
    target_tone,
)
from toolkit.sentiment.target_model import COLUMNS as COLUMNS
from toolkit.sentiment.target_model import _span_list as _span_list

__all__ = [
    "CLASSES",
    "MODEL_PATH",
    "TargetToneModel",
    "target_tone",
    "score_targets",
    "load_model",
    "read_target_gold",
    "evaluate_target_tone",
    "swap_audit",
    "swap_words",
    "SWAPS",
    "extract_features",
]
