"""Each development posts or comments set's ``build.py`` (``evaluation/dev/<set>``) rebuilds the
files committed beside it byte for byte, with the shared ``evaluation/builder.py``.

The script runs on a copy (its ``build.py`` and ``school.toml`` alone, under a copy of
``evaluation/builder.py``), so a failure never rewrites the committed files. The picture sets
(``evaluation/dev-images``) draw with system fonts and take seconds each: rebuild those by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEV = REPO / "evaluation" / "dev"
SETS = sorted(p.parent.name for p in DEV.glob("*/build.py"))


def copy_set(root: Path, name: str) -> Path:
    """A tree under ``root`` holding ``evaluation/builder.py`` and the set's script and school.toml."""
    (root / "evaluation" / "dev" / name).mkdir(parents=True)
    for shared in ("__init__.py", "builder.py"):
        shutil.copy(REPO / "evaluation" / shared, root / "evaluation" / shared)
    for own in ("build.py", "school.toml"):
        shutil.copy(DEV / name / own, root / "evaluation" / "dev" / name / own)
    return root / "evaluation" / "dev"


@pytest.mark.parametrize("name", SETS)
def test_build_rewrites_the_committed_files(tmp_path: Path, name: str) -> None:
    dev = copy_set(tmp_path, name)
    subprocess.run([sys.executable, str(dev / name / "build.py")], check=True, cwd=tmp_path,
                   capture_output=True)
    written = sorted(p.relative_to(dev) for p in dev.rglob("*") if p.is_file() and p.name != "build.py")
    assert any(p.suffix == ".jsonl" for p in written), written
    for path in written:
        assert (dev / path).read_bytes() == (DEV / path).read_bytes(), path
