"""Per-article memoisation of analyses (:func:`cached_on_article`).

This module knows nothing of :class:`toolkit.article.Article`: an object takes part by setting
the class attribute ``_presslens_memo = True`` (``Article`` does), so analyses in any layer can
share results without importing the article module.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

__all__ = ["cached_on_article"]

_F = TypeVar("_F", bound=Callable[..., Any])


def cached_on_article(func: _F) -> _F:
    """Memoise ``func(article, **options)`` on the article itself.

    Analyses call each other (actor frequencies need tone and quotes; events need the timeline);
    with this decorator each is computed once per article and option set. Callers get a copy, so
    changing a returned DataFrame never changes what the next caller sees. Calls with positional
    options, unhashable options (a ``Codebook`` object, a spaCy pipeline) or a non-Article first
    argument are not cached.

    Example:
        >>> @cached_on_article
        ... def n_chars(article):
        ...     import pandas as pd
        ...     return pd.DataFrame({"n": [len(article.text)]})
        >>> from toolkit import Article
        >>> art = Article("Some text.")
        >>> n_chars(art) is n_chars(art)
        False
    """

    params = list(inspect.signature(func).parameters.values())[1:]
    defaults = {p.name: p.default for p in params if p.default is not inspect.Parameter.empty}

    @functools.wraps(func)
    def wrapper(article: Any, *args: Any, **kwargs: Any) -> Any:
        if args or not getattr(type(article), "_presslens_memo", False):
            return func(article, *args, **kwargs)
        options = {**defaults, **kwargs}  # f(a) and f(a, x=default) share one cache entry
        key = (func.__module__, func.__qualname__, tuple(sorted(options.items())))
        try:
            hash(key)
        except TypeError:
            return func(article, **kwargs)
        memo = article.__dict__.setdefault("_memo", {})
        if key not in memo:
            memo[key] = func(article, **kwargs)
        value = memo[key]
        return value.copy() if hasattr(value, "copy") else value

    return wrapper  # type: ignore[return-value]
