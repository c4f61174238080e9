"""Recording, refusing and withdrawing a pupil's consent for one channel."""

from __future__ import annotations

from typing import Annotated

from django.http import HttpRequest
from ninja import Router, Schema, Status

from safepost.consent import actions
from safepost.consent.models import Channel, ConsentChange, ConsentEvent
from safepost.schools.access import Perm, access_pupil
from safepost.web.apitools import FromModel, OneOf, Text, register_errors, user_of

router = Router(tags=["consent"])
register_errors({actions.ConsentError: 400})

#: What a person may decide; ``imported`` is written only by imports.
Decision = Annotated[str, OneOf(ConsentChange.GIVEN, ConsentChange.REFUSED, ConsentChange.WITHDRAWN)]
_EVIDENCE_MAX = ConsentEvent._meta.get_field("evidence").max_length


class ConsentIn(Schema):
    channel: Annotated[str, FromModel(ConsentEvent, "channel")]
    decision: Decision
    evidence: Annotated[str, Text(max_length=_EVIDENCE_MAX, min_length=1)]


class ConsentOut(Schema):
    id: int
    pupil: str
    channel: str
    change: str
    granted: bool


@router.post("/schools/{slug:school}/pupils/{int:pk}/consent", response={201: ConsentOut},
             summary="Record, refuse or withdraw consent for one channel")
def record_consent(request: HttpRequest, school: str, pk: int, payload: ConsentIn) -> Status[ConsentOut]:
    membership, pupil = access_pupil(user_of(request), school, pk, Perm.RECORD_CONSENT)
    channel = Channel(payload.channel)
    if payload.decision == ConsentChange.WITHDRAWN:
        event = actions.do_withdraw_consent(membership, pupil, channel, payload.evidence)
    else:
        event = actions.do_record_consent(membership, pupil, channel, payload.decision == ConsentChange.GIVEN,
                                          payload.evidence)
    return Status(201, ConsentOut(id=event.pk, pupil=pupil.pupil_id, channel=channel.value,
                                  change=event.change, granted=event.granted))
