"""Shared test set-up: Hypothesis profiles and the path of the shared fixtures."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# The repository and the shared design folder are siblings: <repo>/../shared.
SHARED_DIR = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """Return the shared design folder beside the repository, or skip without it."""
    if not SHARED_DIR.is_dir():
        pytest.skip(f"no shared folder at {SHARED_DIR}")
    return SHARED_DIR


@pytest.fixture(scope="session", autouse=True)
def _warm_lexicon() -> None:
    """Load the built-in lexicon once, so its first load counts against no deadline."""
    import newsparse

    newsparse.parse("Warm Up\nthe lexicon loads once.")
