"""Moved: the triage training pipeline lives in ``training/triage/`` (see its README.md).

Kept as a pointer so old notes still work: `python bench/train_triage.py [options]` runs
`python -m training.triage [options]` from the repository root.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from training.triage.train import main

if __name__ == "__main__":
    raise SystemExit(main())
