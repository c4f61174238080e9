"""The triage model's training data and pipeline: `python -m training.triage` (see README.md here)."""
