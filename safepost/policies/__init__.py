"""A school's policy: the pack it chose, local severity changes, and checking drafts with the engine."""
