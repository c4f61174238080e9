"""The safepost engine: pure Python, no Django.

    from safepost.engine import check, load_school, load_policy
    school = load_school("examples/school")
    report = check(Draft(id="1", text="Well done Amelia!"), school, load_policy(school.policy))
"""

from __future__ import annotations

from safepost.engine.check import check, scan_field
from safepost.engine.draft import Comment, Draft, DraftImage, draft_from_object
from safepost.engine.errors import InputError
from safepost.engine.findings import Clause, Finding, Fix, Hit, Report, Severity, Verdict
from safepost.engine.policy import Policy, available_packs, load_policy
from safepost.engine.school import Pupil, SchoolContext, StaffMember, load_school

__all__ = [
    "Clause",
    "Comment",
    "Draft",
    "DraftImage",
    "Finding",
    "Fix",
    "Hit",
    "InputError",
    "Policy",
    "Pupil",
    "Report",
    "SchoolContext",
    "Severity",
    "StaffMember",
    "Verdict",
    "available_packs",
    "check",
    "draft_from_object",
    "load_policy",
    "load_school",
    "scan_field",
]
