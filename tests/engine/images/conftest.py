"""Shared fixtures: the example school and small synthetic pictures (no real photographs)."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO))

from bench.synthetic_images import certificate, face_scene  # noqa: E402
from safepost.engine import load_policy, load_school  # noqa: E402
from safepost.engine.school import SchoolContext  # noqa: E402

EXAMPLES = REPO / "examples" / "images"


@pytest.fixture(scope="session")
def school() -> SchoolContext:
    return load_school(REPO / "examples" / "school")


@pytest.fixture(scope="session")
def policy():  # type: ignore[no-untyped-def]
    return load_policy("default")


def encode(im: Image.Image, fmt: str, **options: object) -> bytes:
    buf = io.BytesIO()
    im.save(buf, fmt, **options)
    return buf.getvalue()


@pytest.fixture(scope="session")
def cert() -> Image.Image:
    return certificate("Star of the Week", "Millie Hartley", "for kindness", "Mrs Bennett")


@pytest.fixture(scope="session")
def faces3() -> Image.Image:
    return face_scene(3, seed=5)
