"""What a held-out functional set must not share with triage's training data: its cases, and
any run of six words from its templates' fixed text (the test of a template, not an example)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

TRAINING_DATA = Path(__file__).resolve().parents[3] / "training" / "triage" / "data"


@cache
def training_texts() -> frozenset[str]:
    """Every generated training comment, in lower case."""
    return frozenset(json.loads(line)["text"].lower() for path in sorted(TRAINING_DATA.glob("*.jsonl"))
                     for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


def six_grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", text)
    return set(zip(*(words[i:] for i in range(6)), strict=False))


def phrases_shared_with_training(functionalities: Iterable[Any]) -> set[str]:
    """The six-word runs of the templates' fixed text (placeholders cut out) that training has."""
    training: set[tuple[str, ...]] = set()
    for text in training_texts():
        training |= six_grams(text)
    shared = set()
    for functionality in functionalities:
        for template in functionality.templates:
            for fixed in re.split(r"\{[^}]*\}|\[\[[^\]]*\]\]", template.lower()):
                shared |= {" ".join(g) for g in six_grams(fixed) & training}
    return shared
