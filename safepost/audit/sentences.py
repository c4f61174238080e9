"""The audit trail in plain sentences: one template per kind of event, in English and Welsh.

Every kind of event written anywhere (``record(..., "<kind>", ...)``) has an entry in
:data:`SENTENCES`; tests/web/test_audit_sentences.py reads the source and fails on a kind
without one. An event of a kind not listed (written by a newer version, or a test) still reads
as a sentence: :func:`fallback`.

A sentence names people (staff, from the school's staff list) and things (accounts, posts by
number, comments by number), never a pupil: the events hold pupils' database ids only, and
nothing here looks a pupil up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from safepost.audit.models import Event

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

    from safepost.audit.names import Names

#: The kinds of event as the filter offers them: (value, label). An event's category is the
#: entry's ``category``; the order here is the order of the filter's list.
CATEGORIES: dict[str, StrOrPromise] = {
    "signin": _("Sign-ins and failed sign-ins"),
    "people": _("Staff, pupils and imports"),
    "consent": _("Consent"),
    "policy": _("Policy"),
    "posts": _("Posts and publishing"),
    "takedowns": _("Takedowns"),
    "inbox": _("Comments and replies"),
    "safeguarding": _("Safeguarding"),
    "compliance": _("Policy acknowledgements and compliance"),
    "accounts": _("Official accounts"),
    "vault": _("Login vault"),
    "system": _("System"),
}

Pick = Callable[[dict[str, Any]], "StrOrPromise"]


@dataclass(frozen=True)
class Sentence:
    """How one kind of event reads. ``text`` is a template (``%(who)s`` and detail fields), or
    ``pick`` chooses one from the event's values (e.g. by hand or not)."""

    category: str
    text: StrOrPromise = ""
    pick: Pick | None = None

    def template(self, values: dict[str, Any]) -> str:
        return str(self.pick(values) if self.pick is not None else self.text)


def _by(key: str, when_true: StrOrPromise, otherwise: StrOrPromise) -> Pick:
    return lambda values: when_true if values.get(key) is True else otherwise


def _import_source(person: StrOrPromise, imported: StrOrPromise) -> Sentence:
    return Sentence("consent", pick=lambda values: imported if values.get("source") == "import" else person)


SENTENCES: dict[str, Sentence] = {
    # --- signing in (no school: shown to the schools the person belongs to) ---
    "signin.signed-in": Sentence("signin", _("%(who)s signed in")),
    "signin.sign-in-failed": Sentence("signin", pick=_by(
        "locked",
        _("A sign-in as %(target)s failed: wrong password, too many times (signing in is paused for a while)"),
        _("A sign-in as %(target)s failed: wrong password"))),
    "signin.oidc-linked": Sentence("signin", _("%(who)s linked their login to the school's sign-in service")),
    "signin.totp-enrolled": Sentence("signin", _("%(who)s set up an authenticator app for the second step of signing in")),
    "signin.second-factor-passed": Sentence("signin", _("%(who)s entered their authenticator code")),
    "signin.reauthenticated": Sentence("signin", _("%(who)s confirmed their password again")),
    "signin.signed-out-after-failed-reauth": Sentence(
        "signin", _("%(who)s was signed out after a wrong password on the confirmation page")),
    "signin.password-reset": Sentence("signin", _("%(who)s set a new password through the reset email")),
    "signin.language-changed": Sentence("signin", _("%(who)s changed their language to %(language)s")),
    "signin.token-created": Sentence("signin", _("%(who)s created an API token")),
    "signin.token-revoked": Sentence("signin", _("%(who)s revoked an API token")),
    # --- the school, people and imports ---
    "schools.school-created": Sentence("system", _("The school was set up in safepost with the %(pack)s policy pack")),
    "demo.school-created": Sentence("system", _("The demonstration school was created")),
    "people.import-previewed": Sentence(
        "people", _("%(who)s uploaded a list to import (%(import_kind)s: %(rows)s rows, %(errors)s problems)")),
    "people.import-applied": Sentence(
        "people", _("%(who)s applied an import (%(import_kind)s: %(added)s added, %(updated)s updated)")),
    "people.import-discarded": Sentence("people", _("%(who)s discarded an import without applying it")),
    "people.import-expired": Sentence("people", _("An import that was never applied was deleted (%(import_kind)s)")),
    "people.staff-added": Sentence("people", _("%(who)s added %(staff)s to the staff list")),
    "people.staff-edited": Sentence("people", _("%(who)s changed the details of %(staff)s")),
    "people.staff-leaving": Sentence("people", _("%(who)s recorded that %(staff)s leaves on %(left_on)s")),
    "people.staff-leaving-cancelled": Sentence("people", _("%(who)s cancelled the leaving date of %(staff)s")),
    "people.staff-left": Sentence("people", _("%(staff)s has left: their sign-in to this school was closed")),
    "people.org-admin-granted": Sentence(
        "people", _("%(who)s made %(username)s an IT administrator for the organisation")),
    "people.org-admin-revoked": Sentence(
        "people", _("%(who)s removed %(username)s as an IT administrator for the organisation")),
    # --- consent (a pupil is never named: "a pupil", or how many) ---
    "consent.given": _import_source(_("%(who)s recorded consent given for a pupil (%(channel)s)"),
                                    _("%(who)s imported consent given for %(pupil_count)s pupils (%(channel)s)")),
    "consent.refused": _import_source(_("%(who)s recorded consent refused for a pupil (%(channel)s)"),
                                      _("%(who)s imported consent refused for %(pupil_count)s pupils (%(channel)s)")),
    "consent.withdrawn": _import_source(
        _("%(who)s recorded consent withdrawn for a pupil (%(channel)s)"),
        _("%(who)s imported consent withdrawn for %(pupil_count)s pupils (%(channel)s)")),
    "consent.imported": _import_source(_("%(who)s recorded imported consent for a pupil (%(channel)s)"),
                                       _("%(who)s imported consent for %(pupil_count)s pupils (%(channel)s)")),
    # --- policy ---
    "policy.pack-chosen": Sentence("policy", _("%(who)s chose the %(pack)s policy pack")),
    "policy.severity-changed": Sentence("policy", _("%(who)s set the rule %(rule)s to %(severity)s")),
    # --- posts ---
    "post.created": Sentence("posts", _("%(who)s started post %(id)s")),
    "post.revised": Sentence("posts", _("%(who)s saved version %(number)s of post %(id)s")),
    "post.withdrawn-by-edit": Sentence("posts", _("%(who)s edited post %(id)s, taking it back from approval")),
    "post.submitted": Sentence("posts", _("%(who)s sent post %(id)s for approval")),
    "post.block-overridden": Sentence("posts", _("%(who)s overrode a block on post %(id)s, giving a reason")),
    "post.approve": Sentence("posts", _("%(who)s approved post %(id)s")),
    "post.send-back": Sentence("posts", _("%(who)s sent post %(id)s back for changes")),
    "post.reject": Sentence("posts", _("%(who)s rejected post %(id)s")),
    "post.expired": Sentence("posts", _("Post %(id)s expired: it was not approved before its time")),
    "post.status": Sentence("posts", _("Post %(id)s is now: %(post_status)s")),
    "post.publication-claimed": Sentence("posts", _("safepost started publishing post %(post)s")),
    "post.publication-manual": Sentence("posts", _("Post %(post)s waits for someone to publish it by hand")),
    "post.published": Sentence("posts", _("safepost published post %(post)s")),
    "post.publication-retrying": Sentence(
        "posts", _("Publishing post %(post)s failed (attempt %(attempts)s); safepost will try again")),
    "post.publication-failed": Sentence("posts", _("Publishing post %(post)s failed after %(attempts)s attempts")),
    "post.published-by-hand": Sentence("posts", _("%(who)s recorded that post %(post)s was published by hand")),
    "post.publication-uncertain": Sentence(
        "posts", _("Publishing post %(post)s was interrupted; someone must check the platform before it is sent again")),
    "post.publication-retried": Sentence("posts", _("%(who)s asked safepost to publish post %(post)s again")),
    "post.photo-uploaded": Sentence("posts", _("%(who)s uploaded a photo")),
    # --- takedowns ---
    "post.takedown-opened": Sentence(
        "takedowns", _("Consent was withdrawn: a published post must be taken down by %(due_at)s")),
    "post.takedown-assigned": Sentence("takedowns", _("%(who)s gave takedown %(id)s to %(assignee_staff)s")),
    "post.takedown-done": Sentence("takedowns", pick=_by(
        "late", _("%(who)s took a post down, after its deadline"), _("%(who)s took a post down"))),
    # --- comments and replies ---
    "inbox.reply-held": Sentence("inbox", _("%(who)s wrote a reply to comment %(id)s; it waits for approval")),
    "inbox.reply-approved": Sentence("inbox", _("%(who)s approved a reply to comment %(id)s")),
    "inbox.reply-sent": Sentence("inbox", pick=_by(
        "by_hand", _("%(who)s replied to comment %(id)s on the platform by hand"),
        _("%(who)s replied to comment %(id)s"))),
    "inbox.why-note-sent": Sentence("inbox", _("%(who)s posted a note saying why comment %(id)s was removed")),
    "inbox.hidden": Sentence("inbox", _("%(who)s hid comment %(id)s")),
    "inbox.deleted": Sentence("inbox", _("%(who)s deleted comment %(id)s")),
    "inbox.unhidden": Sentence("inbox", pick=_by(
        "by_hand", _("%(who)s showed comment %(id)s again on the platform by hand"),
        _("%(who)s showed comment %(id)s again"))),
    "inbox.block-author": Sentence("inbox", _("%(who)s blocked the author of comment %(id)s on the platform")),
    "inbox.report-to-platform": Sentence("inbox", _("%(who)s reported comment %(id)s to the platform")),
    "inbox.assigned": Sentence("inbox", pick=lambda values: (
        _("%(who)s gave comment %(id)s to %(assignee_user)s") if values.get("assignee")
        else _("%(who)s took comment %(id)s off everyone's list"))),
    "inbox.handled": Sentence("inbox", _("%(who)s marked comment %(id)s as handled")),
    "inbox.escalated": Sentence("inbox", pick=_by(
        "overdue", _("Comment %(id)s went to senior leaders: nobody replied before its deadline"),
        _("%(who)s sent comment %(id)s to senior leaders"))),
    "inbox.reported-to-police": Sentence("inbox", _("%(who)s recorded reporting comment %(id)s to %(agency)s")),
    "inbox.category-corrected": Sentence(
        "inbox", _("%(who)s changed the category of comment %(id)s from %(old)s to %(new)s")),
    "inbox.rota-added": Sentence("inbox", _("%(who)s added %(moderator_user)s to the moderation rota")),
    "inbox.rota-removed": Sentence("inbox", _("%(who)s removed %(moderator_user)s from the moderation rota")),
    "inbox.closure-added": Sentence("inbox", _("%(who)s added a school closure from %(starts_on)s to %(ends_on)s")),
    "inbox.mentions-found": Sentence("inbox", _("safepost found %(created)s new public mentions of the school")),
    "inbox.mention-feed-added": Sentence("inbox", _("%(who)s started watching public mentions (%(label)s)")),
    "inbox.mention-feed-removed": Sentence("inbox", _("%(who)s stopped watching a mentions feed")),
    "inbox.ingested": Sentence(
        "inbox", _("%(who)s brought in %(created)s new comments (%(duplicates)s already here, %(refused)s refused)")),
    "inbox.reminded": Sentence("inbox", _("safepost reminded %(assignee_user)s about comment %(id)s")),
    # --- safeguarding (what happened, never what was said) ---
    "inbox.safeguarding-raised": Sentence("safeguarding", pick=lambda values: (
        _("safepost raised a safeguarding concern about comment %(comment)s") if values.get("by") == "engine"
        else _("%(who)s raised a safeguarding concern about comment %(comment)s"))),
    "inbox.safeguarding-alerted": Sentence(
        "safeguarding", _("safepost alerted %(recipient_count)s people to a safeguarding concern")),
    # --- official accounts and the vault ---
    "account.applied": Sentence("accounts", _("%(who)s applied for a %(platform)s account")),
    "account.application-approved": Sentence("accounts", _("%(who)s approved the application for a %(platform)s account")),
    "account.application-rejected": Sentence("accounts", _("%(who)s rejected the application for a %(platform)s account")),
    "account.recorded": Sentence("accounts", _("%(who)s recorded that the account %(account)s was created")),
    "account.flagged": Sentence("accounts", _("The account %(account)s was flagged: %(leaver)s, who runs it, has left")),
    "account.transferred": Sentence("accounts", _("%(who)s handed the account %(account)s to %(lead)s")),
    "account.closed": Sentence("accounts", _("%(who)s closed the account %(account)s")),
    "account.connection-checked": Sentence("accounts", pick=lambda values: (
        _("%(who)s checked the connection of %(account)s: it works") if values.get("result") == "ok"
        else _("%(who)s checked the connection of %(account)s: it does not work (%(result)s)"))),
    "vault.login-stored": Sentence("vault", _("%(who)s stored the login of %(account)s in the vault")),
    "vault.login-revealed": Sentence("vault", _("%(who)s looked at the login of %(account)s")),
    "vault.key-rotated": Sentence("vault", _("The vault's key was changed (%(count)s logins)")),
    "vault.reencrypted": Sentence("vault", _("The vault's logins were locked again under the current key (%(count)s)")),
    "vault.keys-retired": Sentence("vault", _("Old vault keys were retired (%(retired)s)")),
    # --- people and roles (issue 14) ---
    "people.invited": Sentence("people", _("%(who)s invited %(member)s to sign in (role: %(role_label)s)")),
    "people.invitation-resent": Sentence("people", _("%(who)s sent the invitation to %(member)s again")),
    "people.invitation-accepted": Sentence("people", _("%(who)s accepted their invitation and set a password")),
    "people.role-changed": Sentence(
        "people", _("%(who)s changed the role of %(member)s from %(old_role)s to %(new_role)s")),
    "people.second-factor-reset": Sentence("people", _("%(who)s reset the second step of signing in for %(member)s")),
    "people.login-closed": Sentence("people", pick=_by(
        "login_closed", _("%(who)s removed %(member)s from the school's sign-ins and closed their login"),
        _("%(who)s removed %(member)s from the school's sign-ins"))),
    # --- policy acknowledgements, training, declarations (compliance) ---
    "compliance.adult-joined": Sentence("compliance", _("%(adult)s was added to the school's adults")),
    "compliance.adult-left": Sentence("compliance", _("%(adult)s is no longer one of the school's adults")),
    "compliance.version-published": Sentence("compliance", _("%(who)s published version %(number)s of the policy")),
    "compliance.policy-reviewed": Sentence(
        "compliance", _("%(who)s reviewed version %(version)s of the policy; next review by %(next_review_on)s")),
    "compliance.acknowledged": Sentence("compliance", pick=lambda values: (
        _("%(adult)s acknowledged version %(version)s of the policy from a reminder email")
        if values.get("via") == "email-link" else _("%(adult)s acknowledged version %(version)s of the policy"))),
    "compliance.training-recorded": Sentence(
        "compliance", _("%(who)s recorded training completed by %(adult)s on %(completed_on)s")),
    "compliance.declared": Sentence("compliance", _("%(adult)s made a declaration: %(declaration_kind)s")),
    "compliance.declaration-reviewed": Sentence(
        "compliance", _("%(who)s reviewed a declaration (%(declaration_outcome)s)")),
    "compliance.declaration-ended": Sentence(
        "compliance", _("%(who)s recorded that a declared link or account no longer exists")),
    "compliance.checklist-completed": Sentence("compliance", pick=lambda values: (
        _("%(adult)s completed the leaving checklist") if values.get("kind") == "leaving"
        else _("%(adult)s completed the joining checklist"))),
    "compliance.reminded": Sentence("compliance", _("safepost reminded %(adult)s of what is due")),
    "compliance.review-reminded": Sentence(
        "compliance", _("safepost reminded the school that the policy's review is due by %(next_review_on)s")),
    # --- safeguarding incidents: by number and type, never a name nor what happened ---
    "safeguarding.incident-created": Sentence("safeguarding", pick=lambda values: {
        "comment": _("%(who)s recorded incident #%(id)s (%(incident_type)s) from a comment"),
        "post": _("%(who)s recorded incident #%(id)s (%(incident_type)s) about a published post"),
    }.get(str(values.get("source")), _("%(who)s recorded incident #%(id)s (%(incident_type)s)"))),
    "safeguarding.evidence-added": Sentence(
        "safeguarding", _("%(who)s added evidence to incident #%(id)s (%(evidence_kind)s)")),
    "safeguarding.incident-moved": Sentence(
        "safeguarding", _("%(who)s moved incident #%(id)s on to: %(incident_status)s")),
    "safeguarding.investigators-named": Sentence(
        "safeguarding", _("%(who)s named the people investigating incident #%(id)s")),
    "safeguarding.wishes-recorded": Sentence(
        "safeguarding", _("%(who)s recorded the wishes of the people in incident #%(id)s")),
    "safeguarding.deadline-set": Sentence(
        "safeguarding", _("%(who)s set the next step of incident #%(id)s due by %(due)s")),
    "safeguarding.person-added": Sentence(
        "safeguarding", _("%(who)s recorded someone involved in incident #%(id)s (%(person_role)s)")),
    "safeguarding.incident-read": Sentence("safeguarding", _("%(who)s read incident #%(id)s")),
    "safeguarding.incident-changed": Sentence("safeguarding", _("%(who)s opened incident #%(id)s to change it")),
    "safeguarding.incident-exported": Sentence(
        "safeguarding", _("%(who)s opened incident #%(id)s to export its evidence")),
    "safeguarding.incident-evidence-opened": Sentence(
        "safeguarding", _("%(who)s opened an item of evidence of incident #%(id)s")),
    "safeguarding.bundle-exported": Sentence(
        "safeguarding", _("%(who)s downloaded the evidence bundle of incident #%(id)s")),
    "safeguarding.incidents-listed": Sentence("safeguarding", _("%(who)s looked at the list of safeguarding incidents")),
    "safeguarding.chronology-read": Sentence("safeguarding", pick=lambda values: (
        _("%(who)s read the safeguarding chronology of %(chronology_staff)s") if values.get("chronology_staff")
        else _("%(who)s read the safeguarding chronology of a pupil"))),
    "safeguarding.reminded": Sentence(
        "safeguarding", _("safepost reminded %(recipient_count)s people that the next step of incident #%(id)s is due")),
    "safeguarding.overdue": Sentence(
        "safeguarding", _("The next step of incident #%(id)s is overdue: safepost told %(recipient_count)s people")),
    "safeguarding.concern-raised": Sentence(
        "safeguarding", _("%(who)s raised a safeguarding concern: incident #%(id)s")),
    "safeguarding.concern-alerted": Sentence(
        "safeguarding", _("safepost told %(recipient_count)s people of the safeguarding concern in incident #%(id)s")),
    # --- the report's demonstration year ---
    "demo.year-seeded": Sentence(
        "system", _("A year of demonstration activity was added (%(posts)s posts, %(comments)s comments)")),
    # --- connecting accounts by signing in to the platform ---
    "account.connected": Sentence("accounts", _("%(who)s connected the account %(account)s with Facebook Login")),
    "vault.oauth-connected": Sentence(
        "vault", _("%(who)s connected the account %(account)s by signing in to %(platform)s")),
    # --- the audit trail itself ---
    "audit.chain-keyed": Sentence("system", _("The audit trail was sealed with its key")),
}


class _Values(dict[str, Any]):
    """Template values: a field the event lacks reads as a dash, never an error."""

    def __missing__(self, key: str) -> str:
        return "-"


def category_of(action: str) -> str:
    entry = SENTENCES.get(action)
    return entry.category if entry is not None else "system"


def kinds_in(category: str) -> list[str]:
    """The event kinds the filter's category stands for."""
    return [kind for kind, entry in SENTENCES.items() if entry.category == category]


def sentence(event: Event, names: Names) -> str:
    """The event as one sentence in the current language."""
    values = _Values(names.values_for(event))
    entry = SENTENCES.get(event.action)
    if entry is None:
        return fallback(event, values)
    try:
        return entry.template(values) % values
    except (TypeError, ValueError):  # a translation with a broken placeholder: still say something
        return fallback(event, values)


def fallback(event: Event, values: Mapping[str, Any]) -> str:
    """A kind without a sentence: "Mrs Davies: post, published by hand (posts.post 12)"."""
    area, _sep, what = event.action.partition(".")
    words = f"{area}, {what.replace('-', ' ')}" if what else area
    thing = f" ({event.object_type.rpartition('.')[2]} {event.object_id})" if event.object_type else ""
    return gettext("%(who)s: %(what)s") % {"who": values.get("who", event.actor_label), "what": words + thing}
