"""Training pipelines for safepost's learned parts (not shipped: the engine loads their artefacts)."""
