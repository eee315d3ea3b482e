"""The package's layering: no import circles, and no lower layer importing a higher one.

The import graph is read with ``ast`` from the source (nothing is imported): an edge A -> B for
every ``import``/``from … import`` of a ``toolkit`` module in A. *Module-level* edges are those at
the top of a module, outside functions and ``if TYPE_CHECKING:``; *all* edges include imports
inside functions too. Lazy names resolved by string (``toolkit._lazy.resolve``) are not edges:
they are the registry's declared late binding.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PKG = ROOT / "toolkit"

#: Layers, bottom-up. A module may import modules of its own layer or any layer below.
LAYERS: list[tuple[str, ...]] = [
    ("toolkit._version", "toolkit.errors", "toolkit._lazy", "toolkit._memo", "toolkit._textblob_en", "toolkit.schema", "toolkit.style",
     "toolkit.export"),
    ("toolkit.text",),
    ("toolkit.article",),
    ("toolkit.sentiment", "toolkit.temporal", "toolkit.io"),
    ("toolkit.entities",),
    ("toolkit.analysis",),
    ("toolkit.corpus", "toolkit.validate", "toolkit.datasets", "toolkit._warm"),
    ("toolkit.charts",),
    ("toolkit.ui", "toolkit.report"),
    ("toolkit.cli",),
    ("toolkit",),
]  # fmt: skip


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PKG.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING"
    )


def _resolve(name: str, mods: dict[str, Path]) -> str | None:
    """The known module ``name`` refers to (a module, or the package holding an attribute)."""
    while name:
        if name in mods:
            return name
        name = name.rpartition(".")[0]
    return None


def _edges(mod: str, path: Path, mods: dict[str, Path], *, module_level: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    is_pkg = path.name == "__init__.py"
    out: set[str] = set()

    def visit(node: ast.AST, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                for c in child.orelse:
                    visit(c, top)
                continue
            inside = isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, (ast.Import, ast.ImportFrom)) and (top or not module_level):
                targets: list[str] = []
                if isinstance(child, ast.Import):
                    targets = [a.name for a in child.names]
                else:
                    base = child.module or ""
                    if child.level:
                        pkg = mod if is_pkg else mod.rpartition(".")[0]
                        for _ in range(child.level - 1):
                            pkg = pkg.rpartition(".")[0]
                        base = f"{pkg}.{base}" if base else pkg
                    targets = [f"{base}.{a.name}" for a in child.names] or [base]
                for t in targets:
                    if t.split(".")[0] != "toolkit":
                        continue
                    r = _resolve(t, mods)
                    if r and r != mod:
                        out.add(r)
            visit(child, top and not inside and not isinstance(child, ast.ClassDef))

    visit(tree, True)
    return out


def _graph(*, module_level: bool) -> dict[str, set[str]]:
    mods = _modules()
    return {m: _edges(m, p, mods, module_level=module_level) for m, p in mods.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            strong(v)
    return out


def _layer(mod: str) -> int:
    best = -1
    best_len = -1
    for i, names in enumerate(LAYERS):
        for n in names:
            if (mod == n or mod.startswith(n + ".")) and len(n) > best_len:
                best, best_len = i, len(n)
    return best


def test_no_import_cycles_at_module_level():
    assert _cycles(_graph(module_level=True)) == []


def test_no_import_cycles_even_inside_functions():
    assert _cycles(_graph(module_level=False)) == []


def test_every_module_has_a_layer():
    assert [m for m in _modules() if _layer(m) < 0] == []


@pytest.mark.parametrize("module_level", [True, False], ids=["module-level", "all-imports"])
def test_no_lower_layer_imports_a_higher_one(module_level):
    graph = _graph(module_level=module_level)
    upward = sorted(
        f"{a} -> {b}"
        for a, targets in graph.items()
        for b in targets
        if _layer(b) > _layer(a) and a != "toolkit"
    )
    assert upward == []


def test_the_graph_reader_sees_real_edges():
    g = _graph(module_level=True)
    assert "toolkit.article" in g["toolkit.analysis"]
    assert "toolkit._memo" in g["toolkit.sentiment.tone"] or any(
        "toolkit._memo" in g[m] for m in g if m.startswith("toolkit.sentiment")
    )
    # a synthetic circle is found
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_article_module_imports_no_analysis():
    """Article's analysis properties are registered from above (toolkit.analysis)."""
    g = _graph(module_level=False)
    assert {m for m in g["toolkit.article"] if not m.startswith("toolkit.text")} <= {"toolkit.errors"}


def test_architecture_map_lists_every_module():
    """docs/architecture.md has one line per file of the package (it is the map a newcomer reads)."""
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    files = sorted(str(p.relative_to(ROOT)) for p in PKG.rglob("*.py"))
    assert [f for f in files if f"`{f}`" not in doc] == []
    listed = {w.strip("`") for w in doc.split() if w.startswith("`toolkit/") and w.rstrip("`,.;:").endswith(".py`")}
    assert sorted(f for f in listed if not (ROOT / f).exists()) == []
