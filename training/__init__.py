"""Training and build steps for safepost's learned parts and shipped data (run by hand, never at
run time; the engine loads only their artefacts)."""
