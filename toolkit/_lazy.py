"""One resolver for the toolkit's lazy names (``"package.module:attribute"``).

The facade (``toolkit.tone`` …), the table registry and the report's chart list name functions
by string so that ``import toolkit`` stays fast and a lower layer never imports a higher one at
import time. Every such string is resolved here, and nowhere else.

Example:
    >>> resolve("toolkit.errors:PresslensError").__name__
    'PresslensError'
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["resolve"]


def resolve(target: str) -> Any:
    """The object named by ``"module:attribute"`` (the module is imported on first use).

    Raises:
        ValueError: ``target`` has no ``:``.
    """
    mod, sep, attr = target.partition(":")
    if not sep or not attr:
        raise ValueError(f"lazy name {target!r} must look like 'package.module:attribute'")
    obj: Any = importlib.import_module(mod)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj
