"""TextBlob's English resources without importing the ``textblob`` package.

Presslens uses two modules of TextBlob: ``textblob._text`` (Pattern's tokenizer, lexicon and
sentiment classes) and ``textblob.en`` (the English POS lexicon, the sentiment lexicon and the
chunker built from them). Both import only the standard library. But importing either runs
``textblob/__init__.py`` first, which imports TextBlob's NLTK-based classes, and NLTK imports
SciPy (and scikit-learn when it is installed): about one second before the first article is
analysed, more than the analysis itself, in every notebook kernel, CLI call and worker.

:func:`textblob_en` loads the two modules from the installed TextBlob as submodules of an
*unexecuted* ``textblob`` package object, then takes the three names out of ``sys.modules`` again,
so a later ``import textblob`` (by the user, or by the tests comparing with ``TextBlob(text)``)
loads the real package as usual. The code and data are TextBlob's own, unchanged; when the
package is already imported, its modules are used. Tests check that the lexicons equal
``textblob.en``'s.

Example:
    >>> en = textblob_en()
    >>> en.lexicon.get("said"), en.sentiment("a good idea")[0]
    ('VBD', 0.7)
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from collections.abc import Callable
from functools import lru_cache
from types import ModuleType

__all__ = ["textblob_en", "textblob_text"]

_NAMES = ("textblob", "textblob._text", "textblob.en")
_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> tuple[ModuleType, ModuleType]:
    """(``textblob._text``, ``textblob.en``)."""
    with _LOCK:
        if "textblob.en" in sys.modules and "textblob._text" in sys.modules:
            return sys.modules["textblob._text"], sys.modules["textblob.en"]
        if "textblob" in sys.modules:  # the real package (being) imported: import normally
            en = importlib.import_module("textblob.en")
            return sys.modules["textblob._text"], en
        spec = importlib.util.find_spec("textblob")  # finds, does not execute, a top-level package
        if spec is None or spec.submodule_search_locations is None:
            raise ImportError("textblob is not installed (pip install textblob)")
        package = importlib.util.module_from_spec(spec)  # its __init__ is not run
        sys.modules["textblob"] = package
        try:
            en = importlib.import_module("textblob.en")
            text = sys.modules["textblob._text"]
        finally:
            for name in _NAMES:
                sys.modules.pop(name, None)
        return text, en


def textblob_text() -> ModuleType:
    """TextBlob's ``textblob._text`` module (Pattern's tokenizer, ``Sentiment``, ``Lexicon``)."""
    return _load()[0]


def textblob_en() -> ModuleType:
    """TextBlob's ``textblob.en`` module: ``lexicon``, ``sentiment``, ``parse``, ``tag``."""
    return _load()[1]


@lru_cache(maxsize=1)
def lexicon_get() -> Callable[[str], str | None]:
    """``get`` of the TextBlob/Pattern lexicon (word → Penn tag), loaded on the first call.

    The lexicon's own ``dict.get`` bound as a builtin: a C call per word, and (unlike the bound
    Python method Pattern installs) an object that doctest collection can inspect."""
    try:
        lexicon = textblob_en().lexicon

        len(lexicon)  # Pattern's lazy dict: loads it
        return dict.get.__get__(lexicon)  # type: ignore[attr-defined,no-any-return]
    except Exception:  # pragma: no cover - textblob missing/broken: rules still work
        return {}.get
