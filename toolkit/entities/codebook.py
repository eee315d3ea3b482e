"""Actor codebooks: the analyst's decisions about who is who.

A codebook is a small YAML file mapping each actor to the names it goes by, its type and a
group (a country, a side, a party — whatever the study compares). Metonymy is a codebook
decision: whether "the Kremlin" and "Moscow" mean the Russian government is written here, never
hard-coded in the toolkit.

.. code-block:: yaml

    actors:
      Emmanuel Macron:
        aliases: [Macron, President Macron, Mr Macron]
        type: person          # person, organization, place or other
        group: United States
      Russian government:
        aliases: [the Kremlin, Kremlin, Moscow]
        type: organization
        group: Russia
    ignore: [Sputnik]          # names never counted as actors

Example:
    >>> cb = load_codebook({"actors": {"Russian government": {"aliases": ["Kremlin"]}}})
    >>> cb.resolve("the Kremlin").name
    'Russian government'
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit.errors import CodebookError

if TYPE_CHECKING:
    pass

__all__ = ["Codebook", "CodebookEntry", "load_codebook", "ACTOR_TYPES"]

#: The actor types a codebook (and the detector) may use.
ACTOR_TYPES = ("person", "organization", "place", "other")
_TOP_KEYS = {"actors", "ignore"}
_ACTOR_KEYS = {"aliases", "type", "group"}


def _norm(name: str) -> str:
    """Key for alias matching: case-folded, spaces collapsed, leading "the" and possessive dropped."""
    s = " ".join(name.replace("’", "'").split()).casefold()
    if s.startswith("the "):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    return s


@dataclass(frozen=True)
class CodebookEntry:
    """One actor of a codebook."""

    name: str
    aliases: tuple[str, ...] = ()
    type: str | None = None
    group: str | None = None


@dataclass(eq=False)
class Codebook:
    """Actors with their aliases, type and group; ``ignore`` lists names that are never actors.

    Example:
        >>> cb = Codebook.from_dict({"actors": {"NATO": {"aliases": ["the alliance"], "type": "organization"}}})
        >>> cb.resolve("The Alliance").name
        'NATO'
    """

    entries: dict[str, CodebookEntry] = field(default_factory=dict)
    ignore: frozenset[str] = frozenset()
    source: str = "<dict>"

    def __post_init__(self) -> None:
        self._index: dict[str, CodebookEntry] = {}
        for entry in self.entries.values():
            for alias in (entry.name, *entry.aliases):
                self._index.setdefault(_norm(alias), entry)
        self._ignore = {_norm(x) for x in self.ignore}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "<dict>", lines: dict | None = None) -> Codebook:
        """Build from the parsed YAML structure, checking keys and types."""
        lines = lines or {}

        def where(path: tuple[str, ...]) -> str:
            line = lines.get(path)
            return f"{source}:{line}" if line else source

        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise CodebookError(source, "a codebook must be a mapping with an 'actors' key")
        for key in data:
            if key not in _TOP_KEYS:
                raise CodebookError(
                    where((str(key),)), f"unknown key {key!r} (allowed: {', '.join(sorted(_TOP_KEYS))})"
                )
        actors = data.get("actors") or {}
        if not isinstance(actors, Mapping):
            raise CodebookError(where(("actors",)), "'actors' must map actor names to their settings")
        entries: dict[str, CodebookEntry] = {}
        for name, spec in actors.items():
            spec = spec or {}
            if isinstance(spec, list):  # shorthand: Name: [alias, alias]
                spec = {"aliases": spec}
            if not isinstance(spec, Mapping):
                raise CodebookError(where(("actors", str(name))), f"actor {name!r}: settings must be a mapping")
            for key in spec:
                if key not in _ACTOR_KEYS:
                    raise CodebookError(
                        where(("actors", str(name), str(key))),
                        f"actor {name!r}: unknown key {key!r} (allowed: {', '.join(sorted(_ACTOR_KEYS))})",
                    )
            aliases = spec.get("aliases") or []
            if isinstance(aliases, str):
                aliases = [aliases]
            if not isinstance(aliases, list) or not all(isinstance(a, str | int | float) for a in aliases):
                raise CodebookError(where(("actors", str(name), "aliases")), f"actor {name!r}: aliases must be a list of names")
            typ = spec.get("type")
            if typ is not None and typ not in ACTOR_TYPES:
                raise CodebookError(
                    where(("actors", str(name), "type")),
                    f"actor {name!r}: type {typ!r} is not one of {', '.join(ACTOR_TYPES)}",
                )
            group = spec.get("group")
            entries[str(name)] = CodebookEntry(
                str(name), tuple(str(a) for a in aliases), typ, None if group in (None, "") else str(group)
            )
        ignore = data.get("ignore") or []
        if isinstance(ignore, str):
            ignore = [ignore]
        if not isinstance(ignore, list):
            raise CodebookError(where(("ignore",)), "'ignore' must be a list of names")
        return cls(entries, frozenset(str(x) for x in ignore), source)

    def resolve(self, name: str) -> CodebookEntry | None:
        """The entry whose name or alias matches ``name`` (case-insensitive, "the"/"'s" ignored)."""
        return self._index.get(_norm(name))

    def ignored(self, name: str) -> bool:
        """Whether ``name`` is listed under ``ignore``."""
        return _norm(name) in self._ignore

    def aliases(self) -> list[tuple[str, CodebookEntry]]:
        """Every (alias as written, entry) pair, longest alias first (for searching text)."""
        pairs = [(a, e) for e in self.entries.values() for a in (e.name, *e.aliases)]
        return sorted(pairs, key=lambda p: -len(p[0]))


def _key_lines(text: str) -> dict[tuple[str, ...], int]:
    """1-based line of each mapping key, by path (top level, actors.<name>, actors.<name>.<key>)."""
    import yaml

    lines: dict[tuple[str, ...], int] = {}
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return lines

    def walk(node: Any, path: tuple[str, ...], depth: int) -> None:
        if depth > 3 or not isinstance(node, yaml.MappingNode):
            return
        for k, v in node.value:
            key = str(k.value)
            lines[(*path, key)] = k.start_mark.line + 1
            walk(v, (*path, key), depth + 1)

    walk(root, (), 0)
    return lines


def load_codebook(source: Codebook | Mapping[str, Any] | str | Path) -> Codebook:
    """Load a codebook from a YAML file path, a YAML string, a dict, or pass a ``Codebook`` through.

    Raises:
        toolkit.errors.CodebookError: invalid YAML or unknown keys (the message names the file
            and line).

    Example:
        >>> load_codebook("actors:\\n  NATO: {aliases: [the alliance]}\\n").resolve("the alliance").name
        'NATO'
    """
    import yaml

    if isinstance(source, Codebook):
        return source
    if isinstance(source, Mapping):
        return Codebook.from_dict(source)
    label = "<yaml>"
    text = str(source)
    if isinstance(source, Path) or ("\n" not in text and (text.endswith((".yml", ".yaml")) or Path(text).is_file())):
        path = Path(source)
        label = str(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise CodebookError(label, f"cannot read the codebook ({exc.strerror or exc})") from exc
    try:
        data = yaml.safe_load(io.StringIO(text))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{label}:{mark.line + 1}" if mark is not None else label
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CodebookError(where, f"invalid YAML: {problem}") from exc
    return Codebook.from_dict(data, source=label, lines=_key_lines(text))
