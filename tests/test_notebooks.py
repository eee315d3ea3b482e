"""Every notebook under ``notebooks/`` (teaching and app notebooks included) runs top to bottom,
headless, in a fresh kernel, without errors, and shows what a user would see: every cell that
calls a ``plot_*`` function has an image output, every cell that ends in an explorer or loader
has a widget output; and the committed notebooks carry no outputs.

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
#: A code line that draws a chart (``plot_tone_arc(...)``, ``pl.plot_voice(...)``), not an import.
_PLOT_CALL = re.compile(r"^(?!\s*(from|import)\b).*\bplot_\w+\(", re.M)
#: A cell whose last line is an explorer (or the loader) shows a widget.
_WIDGET_LAST = re.compile(
    r"^(\w+\s*=\s*)?(pl\.)?(ToneExplorer|ActorExplorer|TimelineExplorer|ArticleLoader|CodingWidget|overview)\(.*\)\s*$|^(loader|tone|coding)\s*$"
)


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
    missing_charts = [
        i
        for i, c in enumerate(nb.cells)
        if c.cell_type == "code"
        and _PLOT_CALL.search(c.source)
        and not any("image/png" in o.get("data", {}) for o in c.get("outputs", []))
    ]
    assert not missing_charts, f"{path.name}: cells {missing_charts} call plot_*() but show no chart"
    missing_widgets = [
        i
        for i, c in enumerate(nb.cells)
        if c.cell_type == "code"
        and c.source.strip()
        and _WIDGET_LAST.match(c.source.strip().splitlines()[-1])
        and not any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in c.get("outputs", []))
    ]
    assert not missing_widgets, f"{path.name}: cells {missing_widgets} should show a widget"
    noisy = [
        (i, o.get("text", "")[:200])
        for i, c in enumerate(nb.cells)
        if c.cell_type == "code"
        for o in c.get("outputs", [])
        if o.get("output_type") == "stream" and o.get("name") == "stderr" and "Glyph" in o.get("text", "")
    ]
    assert not noisy, f"{path.name}: glyph warnings flood the output: {noisy}"


def test_exercise_checks_say_right_and_not_yet(capsys: pytest.CaptureFixture[str]) -> None:
    """The teaching checks accept the right answers, refuse wrong ones with a hint, and ask for
    an answer while the placeholder ``...`` is still there; a hint never contains the answer."""
    sys.path.insert(0, str(NOTEBOOK_DIR / "teaching"))
    try:
        import exercise_checks as ck
    finally:
        sys.path.pop(0)
    right = [
        ck.tone_q2(pulls_vader_down="threatened", pushes_tone_up="ties"),
        ck.tone_q3(article_label="neutral", most_negative_paragraph=25),
        ck.tone_q4(["Great, another delay.", "Troops massed along the border overnight.", "Oh, wonderful news."]),
        ck.tone_q5(sent_id=17),
        ck.actors_q1(by_mentions="Ukraine", by_words_quoted="Yuri Ushakov"),
        ck.actors_q2(mentioned_never_quoted="Ukraine"),
        ck.actors_q3(moscow_means="the Russian government"),
        ck.actors_q4({"actors": {"US government": {"aliases": ["Washington", "White House"], "type": "organization"}}}),
        ck.timeline_q1(past=4, future=4),
        ck.timeline_q2(chronological=False),
        ck.timeline_q3(moved=["this month", "the weekend", "earlier this week"]),
    ]
    assert all(right), right
    capsys.readouterr()
    wrong = [
        ck.tone_q2(pulls_vader_down="sanctions", pushes_tone_up="ties"),
        ck.tone_q3(article_label="negative", most_negative_paragraph=25),
        ck.tone_q5(sent_id=4),
        ck.actors_q1(by_mentions="Joe Biden", by_words_quoted="Yuri Ushakov"),
        ck.actors_q2(mentioned_never_quoted="Yuri Ushakov"),
        ck.timeline_q1(past=5, future=4),
        ck.timeline_q3(moved=["this month"]),
    ]
    assert not any(wrong)
    said = capsys.readouterr().out
    assert said.count("not yet") == len(wrong)
    for answer in ("threatened", "neutral", "Ukraine", "Joe Biden", "earlier this week"):
        assert answer not in said, f"a hint gives away {answer!r}"
    assert not ck.tone_q2(pulls_vader_down=..., pushes_tone_up="...")
    assert not ck.timeline_q2(chronological=...)
    assert "write your answer" in capsys.readouterr().out
