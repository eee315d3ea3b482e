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
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    deps = {_name(d): _spec(d) for d in pyproject["project"]["dependencies"]}
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
