"""Background work for posts. Publishing and takedowns are time-based, so they run as sweeps
(:mod:`safepost.posts.sweeps`) in the sweep loop and the publish loop, not as queued tasks."""

from __future__ import annotations

from safepost.posts.sweeps import sweep_posts

__all__ = ["sweep_posts"]
