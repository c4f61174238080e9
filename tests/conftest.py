from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def example_school_dir() -> Path:
    return REPO / "examples" / "school"


@pytest.fixture(scope="session")
def bench_dir() -> Path:
    path = SHARED / "bench"
    if not path.exists():
        pytest.skip("../shared/bench is not beside the repository")
    return path
