"""Installed from a wheel or an sdist, outside the checkout, Presslens works on its own (issue 16).

The wheel (built from the source tree) and the sdist are built with the setuptools build backend
(no network when this environment has setuptools>=77, as ``make install-dev`` gives it), each is
installed with ``--no-deps`` into a fresh virtualenv, and from a folder outside the checkout that
virtualenv: loads the seed (shipped as package data, byte-identical to ``seeds/``), writes
``presslens report`` for it, copies the notebooks with ``presslens notebooks DIR`` and runs
``DIR/00_start_here.ipynb`` headless with every chart shown (its explorers draw into Output
widgets: each holds a chart). Third-party dependencies come from
this environment through a ``.pth`` file (added after the install, so pip never sees them);
``toolkit`` itself must come from the installed package, which the test checks.

Marked ``slow`` (about two minutes): ``make test PYTEST_ARGS="-m 'not slow'"`` leaves it out.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
#: What a build needs from the checkout (setup.py copies seeds/ and notebooks/ into the package).
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "CHANGELOG.md",
           "environment.yml", "toolkit", "seeds", "notebooks")  # fmt: skip
_PLOT_CALL = re.compile(r"^(?!\s*(from|import)\b).*\bplot_\w+\(", re.M)


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kw)
    assert proc.returncode == 0, f"{cmd}\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
    return proc


def _backend_env(tmp: Path) -> dict[str, str]:
    """An environment whose setuptools can build this project (>=77)."""
    import setuptools

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PIP_REQUIRE_VIRTUALENV")}
    if int(setuptools.__version__.split(".")[0]) >= 77:
        return env
    target = tmp / "backend"
    _run([sys.executable, "-m", "pip", "install", "-q", "--target", str(target), "setuptools>=77"])
    env["PYTHONPATH"] = str(target)
    return env


_BUILD = "import sys; from setuptools import build_meta as b; print(getattr(b, sys.argv[1])(sys.argv[2]))"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, Path]:
    """A wheel built from a copy of the source tree, and a wheel built from the sdist."""
    tmp = tmp_path_factory.mktemp("build")
    src = tmp / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints", "*.egg-info")
    for name in SOURCES:
        p = ROOT / name
        if p.is_dir():
            shutil.copytree(p, src / name, ignore=ignore)
        else:
            shutil.copy2(p, src / name)
    env = _backend_env(tmp)
    dist = tmp / "dist"
    sdist = dist / _run([sys.executable, "-c", _BUILD, "build_sdist", str(dist)], cwd=src, env=env).stdout.split()[-1]
    wheel = dist / _run([sys.executable, "-c", _BUILD, "build_wheel", str(dist)], cwd=src, env=env).stdout.split()[-1]
    with tarfile.open(sdist) as tar:
        tar.extractall(tmp / "sdist", filter="data")
    unpacked = next((tmp / "sdist").iterdir())
    dist2 = tmp / "dist-from-sdist"
    from_sdist = dist2 / _run([sys.executable, "-c", _BUILD, "build_wheel", str(dist2)], cwd=unpacked, env=env).stdout.split()[-1]  # fmt: skip
    return {"wheel": wheel, "sdist": from_sdist, "sdist_file": sdist}


def test_package_data_is_one_copy_of_seeds_and_notebooks(built):
    """The built packages carry seeds/ and notebooks/ byte for byte (the repository has one copy)."""
    assert not (ROOT / "toolkit" / "data" / "seeds").exists() and not (ROOT / "toolkit" / "data" / "notebooks").exists()
    expected = {f"toolkit/data/seeds/{p.name}": p for p in (ROOT / "seeds").iterdir() if p.is_file()}
    nb = ROOT / "notebooks"
    expected |= {
        f"toolkit/data/notebooks/{p.relative_to(nb).as_posix()}": p
        for p in nb.rglob("*")
        if p.suffix in (".ipynb", ".md", ".py") and not any(s.startswith(".") or s == "__pycache__" for s in p.relative_to(nb).parts)
    }
    assert "toolkit/data/notebooks/apps/explorers.ipynb" in expected
    for kind in ("wheel", "sdist"):
        with zipfile.ZipFile(built[kind]) as zf:
            names = set(zf.namelist())
            shipped = {n for n in names if n.startswith(("toolkit/data/seeds/", "toolkit/data/notebooks/"))}
            assert shipped == set(expected), (kind, shipped ^ set(expected))
            for name, path in expected.items():
                assert zf.read(name) == path.read_bytes(), (kind, name)
    with tarfile.open(built["sdist_file"]) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    assert {"seeds/biden-putin-call.txt", "notebooks/00_start_here.ipynb", "setup.py", "MANIFEST.in"} <= names


_CHECK = """
import json, sys, toolkit
from toolkit.cli import app_command, build_parser
from toolkit.datasets import jupyter_data_path, load_seed, notebooks_path, seed_path
art = load_seed()
template = jupyter_data_path() / "voila" / "templates" / "presslens" / "index.html.j2"
app = app_command(build_parser().parse_args(["app"]))
print(json.dumps({"toolkit": toolkit.__file__, "seed": str(seed_path()), "notebooks": str(notebooks_path()),
                  "published": art.published.isoformat(), "n_sentences": len(art.sentences), "app": app,
                  "template": str(template) if template.is_file() else None}))
"""

_EXECUTE = """
import sys
import nbformat
from nbclient import NotebookClient
path, out = sys.argv[1], sys.argv[2]
nb = nbformat.read(path, as_version=4)
nb.cells.insert(0, nbformat.v4.new_code_cell("import sys, toolkit\\nprint('WHERE', toolkit.__file__, sys.executable)"))
NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(__import__('pathlib').Path(path).parent)}}).execute()
nbformat.write(nb, out)
"""


def _venv(tmp: Path, wheel: Path) -> tuple[Path, dict[str, str]]:
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    py = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q", "--no-deps", "--no-index", str(wheel)])
    # third-party dependencies from this environment (after the install, so pip never sees them)
    site = Path(_run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (site / "_presslens_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "MPLBACKEND", "JUPYTER_PATH")}
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    for var, sub in (("JUPYTER_DATA_DIR", "jdata"), ("JUPYTER_CONFIG_DIR", "jconfig"), ("IPYTHONDIR", "ipython")):
        env[var] = str(tmp / sub)
    return venv, env


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_installed_package_works_without_the_repository(built, kind, tmp_path):
    venv, env = _venv(tmp_path, built[kind])
    py, presslens = venv / "bin" / "python", venv / "bin" / "presslens"
    work = tmp_path / "work"  # outside the checkout
    work.mkdir()
    info = json.loads(_run([str(py), "-c", _CHECK], cwd=work, env=env).stdout)
    assert Path(info["toolkit"]).is_relative_to(venv), info
    assert Path(info["seed"]).is_relative_to(venv) and Path(info["notebooks"]).is_relative_to(venv)
    assert info["published"] == "2021-12-31" and info["n_sentences"] > 20
    assert info["app"][1:3] == ["-m", "voila"] and Path(info["app"][3]).is_relative_to(venv)  # presslens app
    assert Path(info["app"][3]).is_file()
    assert info["template"] and Path(info["template"]).is_relative_to(venv)  # the app's CDN-free Voila template
    for name in ("biden-putin-call.txt", "biden-putin-call.meta.json"):
        assert (Path(info["seed"]).parent / name).read_bytes() == (ROOT / "seeds" / name).read_bytes()

    _run([str(presslens), "report", info["seed"], "--out", "report"], cwd=work, env=env)
    assert (work / "report" / "report.html").stat().st_size > 10_000
    assert (work / "report" / "tables" / "actor_frequencies.csv").exists()

    out = _run([str(presslens), "notebooks", "class notebooks"], cwd=work, env=env).stdout
    assert "jupyter lab 'class notebooks'" in out
    nbdir = work / "class notebooks"
    assert (nbdir / "apps" / "explorers.ipynb").exists() and (nbdir / "teaching" / "teachers_guide.md").exists()

    ran = work / "ran.ipynb"
    _run([str(py), "-c", _EXECUTE, str(nbdir / "00_start_here.ipynb"), str(ran)], cwd=work, env=env)
    import nbformat

    nb = nbformat.read(ran, as_version=4)
    where = "".join(o.get("text", "") for o in nb.cells[0].outputs)
    assert f"{venv}/" in where and str(ROOT / "toolkit") not in where, where
    code = [c for c in nb.cells if c.cell_type == "code" and c.source.strip()]
    assert all(c.execution_count for c in code)
    errors = [o for c in code for o in c.outputs if o.get("output_type") == "error"]
    assert not errors, errors
    # cells calling plot_*() show a PNG; the explorers draw their charts into Output widgets
    plots = [c for c in code if _PLOT_CALL.search(c.source)]
    assert all(any("image/png" in o.get("data", {}) for o in c.outputs) for c in plots)
    state = nb.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    outputs = [m["state"].get("outputs", []) for m in state.values() if m["model_name"] == "OutputModel"]
    charts = [o for out in outputs for o in out if {"image/png", "image/svg+xml"} & set(o.get("data", {}))]
    assert len(outputs) >= 3 and all(outputs) and len(charts) >= len(outputs), outputs
