"""The one exception family of Presslens.

Every error the toolkit raises on bad input derives from :class:`PresslensError`, names the
source it was reading (a file, URL, item of a corpus) and says what is wrong with it, so a
command-line run can print one line and a corpus run can record it and go on.

Example:
    >>> from toolkit.errors import PresslensError
    >>> try:
    ...     load_article("")                      # doctest: +SKIP
    ... except PresslensError as exc:
    ...     print(exc)
    <text>: the text is empty or whitespace only
"""

from __future__ import annotations

import warnings

_PYTHON_FORMATWARNING = warnings.formatwarning

__all__ = [
    "TextTooLongError",
    "CorpusLockedError",
    "CorpusDamagedError",
    "CorpusRepairWarning",
    "PresslensError",
    "LoadError",
    "SourceNotFoundError",
    "EmptyTextError",
    "BinaryContentError",
    "UnsupportedFormatError",
    "DecodeError",
    "FetchError",
    "CodebookError",
    "GoldFileError",
    "LanguageWarning",
    "DecodeWarning",
    "CorpusItemWarning",
    "format_warning",
]


class PresslensError(Exception):
    """Base class: something about the input is wrong.

    Args:
        source: what was being read (path, URL, ``"<text>"``, ``"corpus.jsonl:12"``).
        problem: a short human sentence saying what is wrong.
    """

    def __init__(self, source: object, problem: str) -> None:
        self.source = str(source)
        self.problem = problem
        super().__init__(f"{self.source}: {problem}")

    def __reduce__(self) -> tuple[object, ...]:
        # Picklable with its two arguments (a corpus item's error travels to worker processes).
        return (self.__class__, (self.source, self.problem))


class LoadError(PresslensError):
    """An article or corpus could not be loaded."""


class SourceNotFoundError(LoadError, FileNotFoundError):
    """A path that does not exist (and does not look like article text)."""


class EmptyTextError(LoadError):
    """The text is empty or whitespace only (after extraction, for HTML)."""


class TextTooLongError(LoadError):
    """The text is longer than one article can sensibly be (:data:`toolkit.io.decode.MAX_ARTICLE_CHARS`):
    a book, a dump or many articles glued together belong in :func:`toolkit.load_corpus`."""


class BinaryContentError(LoadError):
    """The content is binary (an image, PDF, archive...) rather than text."""


class UnsupportedFormatError(LoadError):
    """A file extension or content type the loader does not read."""


class DecodeError(LoadError):
    """Bytes that cannot be decoded as text."""


class FetchError(LoadError):
    """A URL that could not be fetched: timeout, HTTP error, too large, not text."""


class CodebookError(PresslensError):
    """An actor codebook that is not valid YAML or has unknown keys."""


class GoldFileError(PresslensError):
    """An evaluation (gold standard) file that cannot be read."""


class CorpusLockedError(PresslensError):
    """Another run is writing into the same corpus output folder."""


class CorpusDamagedError(PresslensError):
    """A corpus output folder's files disagree with its manifest (a part missing or damaged)."""


class CorpusRepairWarning(UserWarning):
    """``resume=True`` found missing or damaged parts and computes their chunks again."""


class LanguageWarning(UserWarning):
    """The text does not look like English; results may be meaningless."""


class DecodeWarning(UserWarning):
    """Text that was not UTF-8 throughout was decoded another way (mixed UTF-8 and cp1252 lines,
    or a detected legacy encoding); the message names the file and what was done."""


class CorpusItemWarning(UserWarning):
    """One item of a corpus was skipped; the reason is in the message."""


def format_warning(message: Warning | str, category: type[Warning], *args: object, **kwargs: object) -> str:
    """One line for a Presslens warning (``presslens: warning: <file>: <problem>``); Python's
    usual two-line form (file, line and source of the ``warnings.warn`` call) for the others.

    The CLI installs it as :data:`warnings.formatwarning`.

    Example:
        >>> format_warning(LanguageWarning("<text>: not English"), LanguageWarning, "x.py", 3)
        'presslens: warning: <text>: not English\\n'
    """
    if issubclass(category, (LanguageWarning, DecodeWarning, CorpusItemWarning)):
        return "presslens: warning: " + " ".join(str(message).split()) + "\n"
    return _PYTHON_FORMATWARNING(message, category, *args, **kwargs)  # type: ignore[arg-type]
