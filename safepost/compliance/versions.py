"""What identifies a version of a school's policy.

A version is the pack file (its rules, severities and clauses), the text of the policy the pack
was written from, and the school's local severity changes. Their SHA-256 is the version's
``fingerprint``; the number (1, 2, 3 ... per school) is what people see. Publishing needs the
fingerprint to differ from the current version's, so "version 3" always means different words
or rules from "version 2"."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from safepost.compliance.models import PolicyVersion
from safepost.engine.policy import PACKS, Policy, source_text
from safepost.policies.bridge import build_policy, current_changes
from safepost.schools.models import School


@dataclass(frozen=True)
class PolicyState:
    """The school's policy as it stands now, and its fingerprint."""

    policy: Policy
    text: str
    fingerprint: str


def _pack_file(pack: str) -> str:
    path = PACKS / f"{pack}.yaml"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def policy_state(school: School) -> PolicyState:
    """The pack in force (with local changes), the policy's text and their fingerprint."""
    policy, _note = build_policy(school)
    text = source_text(policy) or ""
    changes = sorted((rule, change.severity) for rule, change in current_changes(school).items())
    digest = hashlib.sha256()
    for part in (policy.id, _pack_file(policy.id), text, repr(changes)):
        digest.update(part.encode("utf-8") + b"\x00")
    return PolicyState(policy=policy, text=text, fingerprint=digest.hexdigest())


def current_version(school: School) -> PolicyVersion | None:
    """The newest published version, or None before the first is published."""
    return PolicyVersion.objects.filter(school=school).order_by("-number").first()
