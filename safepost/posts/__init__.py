"""Posts: compose, check, approve the exact words, publish exactly once, take down on withdrawal."""
