"""Every notebook under ``notebooks/`` runs top to bottom, headless, without errors; and the
committed notebooks carry no outputs.

New notebooks are picked up automatically (one test per ``.ipynb``, checkpoints excluded). Each
runs with ``nbclient`` in the ``python3`` kernel of the environment running the tests, with the
notebook's own folder as working directory, as a user opening it in JupyterLab would.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = ROOT / "notebooks"
#: Seconds one cell may take (the corpus notebook is the slowest).
CELL_TIMEOUT = 300
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _notebooks() -> list[Path]:
    return sorted(
        p for p in NOTEBOOK_DIR.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.relative_to(ROOT).parts
    )


NOTEBOOKS = _notebooks()
IDS = [str(p.relative_to(NOTEBOOK_DIR)) for p in NOTEBOOKS]


def _read(path: Path):
    import nbformat

    return nbformat.read(path, as_version=4)


def test_there_are_notebooks() -> None:
    assert (NOTEBOOK_DIR / "00_start_here.ipynb") in NOTEBOOKS, NOTEBOOKS


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_is_stripped(path: Path) -> None:
    """Committed without outputs, execution counts or saved widget state."""
    nb = _read(path)
    dirty = [
        i
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None)
    ]
    assert not dirty, f"{path.name}: cells {dirty} have outputs or execution counts (clear them before committing)"
    assert "widgets" not in nb.metadata, f"{path.name}: saved widget state in metadata (clear it)"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_kernel_is_python3(path: Path) -> None:
    """JupyterLab and Voila start the right kernel without asking."""
    assert _read(path).metadata.get("kernelspec", {}).get("name") == "python3"


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_executes(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    # The kernel is this environment's Python (jupyter_client maps the kernelspec's "python" to
    # sys.executable; the venv first on PATH covers any subprocess the notebook starts).
    monkeypatch.setenv("PATH", f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.delenv("MPLBACKEND", raising=False)  # inline charts, as in JupyterLab
    nb = _read(path)
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        allow_errors=False,
        resources={"metadata": {"path": str(path.parent)}},
    )
    failure = None
    try:
        client.execute()
    except CellExecutionError as exc:
        failure = _ANSI.sub("", str(exc))
    if failure:
        pytest.fail(f"{path.relative_to(ROOT)} failed:\n{failure}", pytrace=False)
    code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
    assert all(c.execution_count for c in code), "some code cells did not run"
    errors = [
        (i, o.get("ename"), o.get("evalue"))
        for i, c in enumerate(nb.cells)
        if c.cell_type == "code" and "raises-exception" not in c.metadata.get("tags", [])
        for o in c.get("outputs", [])
        if o.get("output_type") == "error"
    ]
    assert not errors, errors
