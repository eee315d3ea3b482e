"""Actor codebooks: the analyst's decisions about who is who.

A codebook is a small YAML file mapping each actor to the names it goes by, its type and a
group (a country, a side, a party — whatever the study compares). Metonymy is a codebook
decision: whether "the Kremlin" and "Moscow" mean the Russian government is written here, never
hard-coded in the toolkit.

.. code-block:: yaml

    actors:
      Emmanuel Macron:
        aliases: [Macron, President Macron, Mr Macron]
        type: person          # person, organization, place, work, product, event or other
        group: United States
      Russian government:
        aliases: [the Kremlin, Kremlin, Moscow]
        type: organization
        group: Russia
    ignore: [Sputnik]          # names never counted as actors

A codebook file is at most :data:`MAX_CODEBOOK_BYTES` (2 MiB, room for some 20,000 actors) and
is read once with libyaml's C parser when PyYAML has it. YAML anchors and aliases (``&name``,
``*name``) are refused, since they let a few hundred bytes expand to gigabytes; so are lists or
mappings where a name is expected, an actor listed twice, and a name or alias listed under two
actors. Every such error names the file and line.

Example:
    >>> cb = load_codebook({"actors": {"Russian government": {"aliases": ["Kremlin"]}}})
    >>> cb.resolve("the Kremlin").name
    'Russian government'
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from toolkit.errors import CodebookError

if TYPE_CHECKING:
    pass

__all__ = ["Codebook", "CodebookEntry", "load_codebook", "ACTOR_TYPES", "THING_TYPES", "MAX_CODEBOOK_BYTES"]

#: Largest codebook (file or YAML text) :func:`load_codebook` reads, in bytes.
MAX_CODEBOOK_BYTES = 2 * 1024 * 1024
#: Deepest nesting a codebook needs is 4 (actors > name > aliases > list); more is an error.
_MAX_DEPTH = 8

#: The types a codebook (and the detector) may use: the actors (person, organization, place), then
#: the names that are no actors: titles of works (films, books, shows, papers), products (vehicles
#: and software included), events, and ``other`` (laws, prizes, holidays, ideologies, codes ...).
#: Codebooks written with the first four types load unchanged.
ACTOR_TYPES = ("person", "organization", "place", "work", "product", "event", "other")
#: The types that charts and the actor explorer leave out unless asked (``show_things=True``,
#: the explorer's "show works, products and events" box): works, products and events.
THING_TYPES = ("work", "product", "event")
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
        owner: dict[str, tuple[str, str]] = {}  # normalised alias -> (actor, where it is listed)
        for name, spec in actors.items():
            name = _name(name, where(("actors", str(name))), "an actor name")
            spec = spec or {}
            if isinstance(spec, list):  # shorthand: Name: [alias, alias]
                spec = {"aliases": spec}
            if not isinstance(spec, Mapping):
                raise CodebookError(where(("actors", name)), f"actor {name!r}: settings must be a mapping")
            for key in spec:
                if key not in _ACTOR_KEYS:
                    raise CodebookError(
                        where(("actors", name, str(key))),
                        f"actor {name!r}: unknown key {key!r} (allowed: {', '.join(sorted(_ACTOR_KEYS))})",
                    )
            aliases = spec.get("aliases") or []
            if isinstance(aliases, str):
                aliases = [aliases]
            if not isinstance(aliases, list):
                raise CodebookError(where(("actors", name, "aliases")), f"actor {name!r}: aliases must be a list of names")
            aliases = [
                _name(a, where(("actors", name, "aliases", str(i))), f"actor {name!r}: each alias")
                for i, a in enumerate(aliases)
            ]
            typ = spec.get("type")
            if typ is not None and typ not in ACTOR_TYPES:
                raise CodebookError(
                    where(("actors", name, "type")),
                    f"actor {name!r}: type {typ!r} is not one of {', '.join(ACTOR_TYPES)}",
                )
            group = spec.get("group")
            if group not in (None, ""):
                group = _name(group, where(("actors", name, "group")), f"actor {name!r}: the group")
            for i, alias in enumerate((name, *aliases)):
                here = where(("actors", name) if i == 0 else ("actors", name, "aliases", str(i - 1)))
                other = owner.setdefault(_norm(alias), (name, here))
                if other[0] != name:
                    raise CodebookError(
                        here,
                        f"{alias!r} is listed under two actors, {other[0]!r} ({other[1]}) and {name!r}; "
                        "a name can mean one actor only",
                    )
            entries[name] = CodebookEntry(name, tuple(aliases), typ, None if group in (None, "") else group)
        ignore = data.get("ignore") or []
        if isinstance(ignore, str):
            ignore = [ignore]
        if not isinstance(ignore, list):
            raise CodebookError(where(("ignore",)), "'ignore' must be a list of names")
        names = frozenset(_name(x, where(("ignore", str(i))), "each 'ignore' entry") for i, x in enumerate(ignore))
        return cls(entries, names, source)

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


def _name(value: object, where: str, what: str) -> str:
    """``value`` as a name: text (numbers are written as text); anything else is an error."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    kind = {list: "a list", dict: "a mapping", bool: "true/false", type(None): "empty"}.get(type(value), type(value).__name__)
    raise CodebookError(where, f"{what} must be a name, not {kind} (quote it if it is meant as text)")


def _parse_yaml(text: str, label: str) -> tuple[Any, dict[tuple[str, ...], int]]:
    """Parse ``text`` once, from libyaml's event stream (its C parser when PyYAML has it), into
    plain Python values and the 1-based line of every mapping key and list item, by path.

    Building the values from events, rather than PyYAML's node graph, refuses an alias where it
    is written, before anything is expanded, and resolves plain scalars without PyYAML's
    per-scalar resolver (most codebook scalars are names, which need no resolving).

    Raises:
        CodebookError: invalid YAML, aliases, tags, keys that are not names, a key given twice,
            nesting deeper than a codebook has, more than one document.
    """
    import yaml

    lines: dict[tuple[str, ...], int] = {}
    # Each open collection: [container, path, pending key or _NO_KEY, its line, opening line].
    stack: list[list[Any]] = []
    root: Any = None
    documents = 0
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)

    def add(value: Any, line: int) -> None:
        nonlocal root
        if not stack:
            root = value
            return
        top = stack[-1]
        container, path = top[0], top[1]
        if isinstance(container, list):
            lines[(*path, str(len(container)))] = line
            container.append(value)
        elif top[2] is _NO_KEY:
            if isinstance(value, list | dict) or value is None or isinstance(value, bool):
                raise CodebookError(f"{label}:{line}", "a key must be a name")
            if value in container:
                what = f"actor {value!r}" if path == ("actors",) else f"key {value!r}"
                first = lines.get((*path, str(value)))
                raise CodebookError(f"{label}:{line}", f"{what} is listed twice (first on line {first}); merge the two")
            lines[(*path, str(value))] = line
            top[2], top[3] = value, line
        else:
            container[top[2]] = value
            top[2] = _NO_KEY

    def child_path() -> tuple[str, ...]:
        if not stack:
            return ()
        container, path, key = stack[-1][0], stack[-1][1], stack[-1][2]
        return (*path, str(len(container))) if isinstance(container, list) else (*path, str(key))

    try:
        while loader.check_event():
            ev = loader.get_event()
            line = ev.start_mark.line + 1 if ev.start_mark is not None else 0
            if isinstance(ev, yaml.AliasEvent):
                raise CodebookError(
                    f"{label}:{line}",
                    f"YAML aliases (*{ev.anchor}) are not allowed in a codebook; write the names out",
                )
            if isinstance(ev, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise CodebookError(f"{label}:{line}", "a codebook is one YAML document (found a second '---')")
            elif isinstance(ev, yaml.ScalarEvent):
                if stack and isinstance(stack[-1][0], dict) and stack[-1][2] is _NO_KEY and ev.style in (None, "") and ev.value == "<<":
                    raise CodebookError(f"{label}:{line}", "YAML merge keys (<<) are not allowed in a codebook")
                add(_scalar(ev, f"{label}:{line}"), line)
            elif isinstance(ev, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                _check_tag(ev, f"{label}:{line}", "tag:yaml.org,2002:seq" if isinstance(ev, yaml.SequenceStartEvent) else "tag:yaml.org,2002:map")
                if len(stack) >= _MAX_DEPTH:
                    raise CodebookError(f"{label}:{line}", "nested deeper than a codebook can be (actors > name > aliases > list)")
                if stack and isinstance(stack[-1][0], dict) and stack[-1][2] is _NO_KEY:
                    raise CodebookError(f"{label}:{line}", "a key must be a name, not a list or mapping")
                container: Any = [] if isinstance(ev, yaml.SequenceStartEvent) else {}
                stack.append([container, child_path(), _NO_KEY, 0, line])
            elif isinstance(ev, yaml.SequenceEndEvent | yaml.MappingEndEvent):
                container, _, _, _, opened = stack.pop()
                add(container, opened)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{label}:{mark.line + 1}" if mark is not None else label
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CodebookError(where, f"invalid YAML: {problem}") from exc
    finally:
        loader.dispose()
    return root, lines


_NO_KEY = object()
_STR_TAGS = (None, "!", "tag:yaml.org,2002:str")
#: First characters of a plain scalar that YAML 1.1 may read as something other than text.
_MAYBE_TYPED = frozenset("0123456789+-.~nNyYtTfFoO")


def _check_tag(ev: Any, where: str, allowed: str) -> None:
    if ev.tag not in (None, "!", allowed):
        raise CodebookError(where, f"YAML tags ({ev.tag}) are not allowed in a codebook")


def _scalar(ev: Any, where: str) -> Any:
    """The value of a scalar event: text, or for a plain scalar what YAML 1.1 reads it as
    (null, true/false, a number), like PyYAML's safe loader."""
    import yaml

    if ev.tag not in _STR_TAGS:
        raise CodebookError(where, f"YAML tags ({ev.tag}) are not allowed in a codebook")
    value = ev.value
    if ev.style not in (None, "") or ev.tag is not None or (value and value[0] not in _MAYBE_TYPED):
        return value
    resolver, constructor = _resolver_and_constructor()
    tag = resolver.resolve(yaml.ScalarNode, value, (True, False))
    if tag == "tag:yaml.org,2002:str":
        return value
    node = yaml.ScalarNode(tag, value)
    try:
        return constructor.yaml_constructors[tag](constructor, node)
    except (KeyError, ValueError, yaml.YAMLError):
        return value


@functools.cache
def _resolver_and_constructor() -> tuple[Any, Any]:
    import yaml

    return yaml.resolver.Resolver(), yaml.constructor.SafeConstructor()


def load_codebook(source: Codebook | Mapping[str, Any] | str | Path) -> Codebook:
    """Load a codebook from a YAML file path, a YAML string, a dict, or pass a ``Codebook`` through.

    A file or string is at most :data:`MAX_CODEBOOK_BYTES` (2 MiB) and may not use YAML
    anchors/aliases (see the module docstring).

    Raises:
        toolkit.errors.CodebookError: invalid YAML, unknown keys, anchors/aliases, a list where
            a name belongs, an actor listed twice, a name under two actors, too large (the
            message names the file and line).

    Example:
        >>> load_codebook("actors:\\n  NATO: {aliases: [the alliance]}\\n").resolve("the alliance").name
        'NATO'
    """
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
            size = path.stat().st_size
            if size > MAX_CODEBOOK_BYTES:
                raise CodebookError(label, f"the codebook is {size:,} bytes, over the {MAX_CODEBOOK_BYTES:,}-byte limit")
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise CodebookError(label, f"cannot read the codebook ({exc.strerror or exc})") from exc
        except UnicodeDecodeError as exc:
            raise CodebookError(label, f"the codebook is not UTF-8 text (byte {exc.start})") from exc
    if len(text) > MAX_CODEBOOK_BYTES:
        raise CodebookError(label, f"the codebook is {len(text):,} characters, over the {MAX_CODEBOOK_BYTES:,} limit")
    data, lines = _parse_yaml(text, label)
    return Codebook.from_dict(data, source=label, lines=lines)
