"""Shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "biden-putin-call.txt"
#: ../shared beside the project (read-only evaluation data); absent for users.
SHARED = Path(os.environ.get("PRESSLENS_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed():
    from toolkit import load_article

    return load_article(SEED)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``../shared/data``; the test is skipped when it is absent (CI always has it)."""
    data = SHARED / "data"
    if not data.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{data} is missing; CI must have ../shared")
        pytest.skip("../shared/data is not present")
    return data
