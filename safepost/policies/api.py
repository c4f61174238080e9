"""Checking a draft against the school's policy: the same check as the page's live check."""

from __future__ import annotations

from typing import Annotated, Any

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

from safepost.accounts.models import Application
from safepost.engine import Draft, check
from safepost.policies.bridge import engine_for
from safepost.policies.forms import DraftForm
from safepost.schools.access import Perm, access_school
from safepost.web.apitools import FromModel, Text, user_of

router = Router(tags=["policy"])

#: The page's draft box limit, read from the form so the two can never differ.
DRAFT_MAX_CHARS: int = DraftForm.base_fields["text"].max_length  # type: ignore[attr-defined]
#: A caller's own reference for the draft, echoed back in the report.
DRAFT_ID_MAX_CHARS = 200


class DraftIn(Schema):
    text: Annotated[str, Text(max_length=DRAFT_MAX_CHARS)]
    channel: Annotated[str, FromModel(Application, "platform")] | None = None
    id: Annotated[str, Text(max_length=DRAFT_ID_MAX_CHARS)] = "api"


class FindingOut(Schema):
    code: str
    rule: str
    severity: str
    source: str
    start: int
    end: int
    excerpt: str | None
    message: str
    explanation: str
    clause: dict[str, Any] | None
    fix: dict[str, Any] | None
    confidence: float
    box: list[int] | None = Field(None, description="(x, y, w, h) in the photo; image findings only")


class ReportOut(Schema):
    id: str
    verdict: str
    findings: list[FindingOut]


# exclude_unset: a finding has "box" only when the engine gives one, as `safepost check --format json`.
@router.post("/schools/{slug:school}/check", response=ReportOut, exclude_unset=True,
             summary="Check a draft post against the school's policy")
def check_draft(request: HttpRequest, school: str, payload: DraftIn) -> dict[str, object]:
    membership = access_school(user_of(request), school, Perm.CHECK_DRAFT)
    context, policy, _note = engine_for(membership.school)
    report = check(Draft(id=payload.id, text=payload.text, channel=payload.channel), context, policy, thorough=True)
    return report.to_dict()
