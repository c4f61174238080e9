"""What the PD103 (home-address) test files share: the example school's environment and the
rule's spans on a text."""

from __future__ import annotations

from pathlib import Path

from safepost.engine import load_policy, load_school
from safepost.engine.rules import Env, Field, FieldKind
from safepost.engine.rules.home_address import HomeAddress

REPO = Path(__file__).resolve().parents[2]


def example_env() -> Env:
    """The example school (Brookfield Primary School, 12 Mill Lane, Hebden Bridge HX7 8AB), default pack."""
    return Env(school=load_school(REPO / "examples" / "school"), policy=load_policy("default"))


def spans(text: str, env: Env) -> list[str]:
    """The home addresses PD103 finds in ``text``, as the text they cover."""
    return [text[h.start : h.end] for h in HomeAddress().find(Field("text", FieldKind.TEXT, text), env) if h.start is not None]
