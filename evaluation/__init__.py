"""Evaluation sets (see README.md); a package only so that the sets' build scripts can share
``evaluation.builder``. Nothing here is shipped or imported by safepost."""
