"""The documents a newcomer reads stay true: every test the robustness catalogue names exists,
and the README names the two commands."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def _all_test_source() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("*.py"))


def test_robustness_catalogue_names_only_real_tests():
    doc = (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    names = set(re.findall(r"`(?:[\w/]+\.py::)?(test_\w+)`", doc)) | set(re.findall(r"::(test_\w+)", doc))
    files = set(re.findall(r"`(tests/[\w/]+\.py)", doc))
    assert len(names) > 40
    src = _all_test_source()
    assert [n for n in sorted(names) if f"def {n}(" not in src] == []
    assert [f for f in sorted(files) if not (ROOT / f).exists()] == []


def test_readme_starts_with_the_two_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8")[:400]
    assert "make demo" in head and "make test" in head
