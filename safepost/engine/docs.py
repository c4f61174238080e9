"""Documentation lookups for `safepost explain` and `safepost rules --markdown`."""

from __future__ import annotations

import importlib

from safepost.engine.rules import Rule, registry

#: Modules that document further topics (triage categories, actions) as ``TOPICS: dict[str, str]``.
TOPIC_MODULES = ("safepost.engine.triage.topics",)


def explain(term: str) -> str | None:
    """The documentation for a rule code, rule name, triage category or action, or None."""
    rule = registry.by_code(term) or next(iter(registry.by_name(term.lower())), None)
    if rule is not None:
        return rule_markdown(rule)
    for name in TOPIC_MODULES:
        try:
            topics: dict[str, str] = importlib.import_module(name).TOPICS
        except ModuleNotFoundError:
            continue
        if term.lower() in topics:
            return topics[term.lower()]
    return None


def rule_markdown(rule: Rule) -> str:
    """A rule's page: title, code, default severity, then its docstring with fixed headings."""
    body = _dedent_doc(rule.doc())
    return (
        f"# {rule.code} {rule.name}\n\n"
        f"Family: {rule.family}. Default severity: {rule.default_severity}.\n\n{body}\n"
    )


def _dedent_doc(doc: str) -> str:
    import inspect

    lines = inspect.cleandoc(doc).splitlines()
    out = []
    for line in lines:
        stripped = line.rstrip()
        if stripped.endswith(":") and not line.startswith(" ") and stripped[:-1] in _HEADINGS:
            out.append(f"## {stripped[:-1]}")
        else:
            out.append(line[4:] if line.startswith("    ") else line)
    return "\n".join(out)


_HEADINGS = {"What it flags", "Why it matters", "Example", "Use instead", "Known problems", "Known weaknesses"}
