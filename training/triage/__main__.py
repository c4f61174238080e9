"""`python -m training.triage`: generate the training data and write the triage model."""

from __future__ import annotations

from training.triage.train import main

raise SystemExit(main())
