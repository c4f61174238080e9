"""Comments on the school's accounts, their triage, safeguarding concerns, corrections and the rota."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from safepost.engine.triage.categories import Category
from safepost.inbox.states import CommentStatus

#: The longest comment stored. Longer ones are refused with a clear error, never cut short.
MAX_COMMENT_CHARS = 100_000
#: Categories that go to the top of every queue (the DSL, the police or CEOP may be needed).
URGENT_CATEGORIES = frozenset({Category.SAFEGUARDING, Category.THREAT, Category.HATE})

class CategoryChoices(models.TextChoices):
    """The engine's triage categories, as choices for the columns that store one."""

    SAFEGUARDING = "safeguarding"
    THREAT = "threat"
    HATE = "hate"
    ABUSE = "abuse"
    COMPLAINT = "complaint"
    QUESTION = "question"
    SPAM = "spam"
    PRAISE = "praise"
    OTHER = "other"


#: The engine's vocabulary is the source; this catches a category added there and not here.
assert {c.value for c in CategoryChoices} == {c.value for c in Category}


class Priority(models.IntegerChoices):
    URGENT = 0, _("Urgent")
    NORMAL = 1, _("Normal")
    #: Open but needing no reply (spam): no deadline, so listed last, in arrival order.
    NO_REPLY = 2, _("No reply needed")
    CLOSED = 9, _("Closed")


def priority_for(category: str, deadline: object, is_open: bool = True) -> int:
    """The queue band: urgent categories first, then by deadline, spam last, closed never listed."""
    if not is_open:
        return Priority.CLOSED
    if category in URGENT_CATEGORIES:
        return Priority.URGENT
    return Priority.NORMAL if deadline is not None else Priority.NO_REPLY


class Comment(models.Model):
    """One comment or reply that arrived on an official account, with the engine's triage.

    ``findings`` hold codes and spans only: never the matched words (a pupil's name stays in
    ``text`` and nowhere else). ``priority`` is derived (urgent, normal, no reply, closed) so the
    queue is one index range scan in index order: ``(school, priority, deadline, id)``; deadlines
    are never null below the no-reply band, so no backend's NULL ordering matters.
    """

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    account = models.ForeignKey("accounts.OfficialAccount", on_delete=models.PROTECT, related_name="comments")
    remote_id = models.CharField(max_length=500)
    post_remote_id = models.CharField(max_length=500, blank=True)
    parent_remote_id = models.CharField(max_length=500, blank=True)
    url = models.CharField(max_length=1000, blank=True)
    author_handle = models.CharField(max_length=300, blank=True)
    # The platform's own id of the author (a number, never a name): what blocking them needs.
    author_remote_id = models.CharField(max_length=200, blank=True)
    author_role = models.CharField(max_length=20, default="unknown")
    text = models.TextField()
    received_at = models.DateTimeField()
    ingested_at = models.DateTimeField(auto_now_add=True)
    source = models.CharField(max_length=20, default="connector")  # connector | import
    category = models.CharField(max_length=20, choices=CategoryChoices.choices)
    confidence = models.FloatField(default=0.0)
    evidence = models.JSONField(default=list)  # plain words: why the engine chose the category
    actions = models.JSONField(default=list)  # [{action, clause: {policy, heading, quote} | None}]
    findings = models.JSONField(default=list)  # [{code, rule, severity, start, end}]; no excerpts
    notes = models.JSONField(default=list)  # assumptions the engine stated about the input
    deadline = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=CommentStatus.choices, default=CommentStatus.NEW)
    priority = models.PositiveSmallIntegerField(choices=Priority.choices, default=Priority.NORMAL)
    assignee = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                 related_name="+")
    first_response_at = models.DateTimeField(null=True, blank=True)
    handled_at = models.DateTimeField(null=True, blank=True)
    # Claimed by the sweep with conditional updates, so two sweepers never send twice.
    reminded_at = models.DateTimeField(null=True, blank=True)
    overdue_alerted_at = models.DateTimeField(null=True, blank=True)
    police_reference = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["priority", "deadline", "pk"]
        constraints = [models.UniqueConstraint(fields=["account", "remote_id"], name="one_comment_per_remote_id")]
        indexes = [
            models.Index(fields=["school", "priority", "deadline", "id"], name="inbox_queue"),
            models.Index(fields=["account", "priority", "deadline", "id"], name="inbox_queue_account"),
            models.Index(fields=["school", "assignee", "priority", "deadline", "id"], name="inbox_queue_assignee"),
            models.Index(fields=["priority", "deadline"], name="inbox_sweep"),
            models.Index(fields=["account", "received_at"], name="inbox_sla"),
            models.Index(fields=["account", "post_remote_id", "received_at"], name="inbox_thread"),
        ]

    def __str__(self) -> str:
        return f"comment {self.pk} on account {self.account_id}"

    @property
    def is_open(self) -> bool:
        return self.priority != Priority.CLOSED


class ReplyStatus(models.TextChoices):
    SENT = "sent", _("Sent")
    #: The pack says replies need approval: held until a moderator other than its writer approves it.
    AWAITING_APPROVAL = "awaiting-approval", _("Awaiting approval")


class Reply(models.Model):
    """A public answer safepost sent (or a person posted by hand and recorded), or one held for
    approval when the pack says replies need it (``sent_at`` is then when it was written)."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="replies")
    text = models.TextField()
    kind = models.CharField(max_length=20, default="reply")  # reply | why-note
    idempotency_key = models.CharField(max_length=100, unique=True)
    remote_id = models.CharField(max_length=500, blank=True)
    url = models.CharField(max_length=1000, blank=True)
    by_hand = models.BooleanField(default=False)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=20, choices=ReplyStatus.choices, default=ReplyStatus.SENT)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                    related_name="+")
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["sent_at"]


class SafeguardingConcern(models.Model):
    """A restricted record: only the DSL and the headteacher read it (``Perm.VIEW_SAFEGUARDING``).
    The incident workflow of the safeguarding work builds on this row."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    comment = models.OneToOneField(Comment, on_delete=models.PROTECT, related_name="concern")
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True,
                                  related_name="+")  # None: the engine's triage raised it
    raised_at = models.DateTimeField(auto_now_add=True)
    reason = models.TextField(blank=True)  # the evidence in plain words; never a pupil's name
    # Claimed before the email is sent; cleared again if sending fails, so the sweep retries.
    alert_claimed_at = models.DateTimeField(null=True, blank=True)
    alerted_at = models.DateTimeField(null=True, blank=True)
    alerted_to = models.JSONField(default=list)  # user ids

    class Meta:
        ordering = ["-raised_at"]


class CategoryCorrection(models.Model):
    """A person's correction of the engine's category: kept as feedback, never silently retrained."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="corrections")
    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    from_category = models.CharField(max_length=20, choices=CategoryChoices.choices)
    to_category = models.CharField(max_length=20, choices=CategoryChoices.choices)
    note = models.TextField(blank=True)
    corrected_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    corrected_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-corrected_at"]


class RotaKind(models.TextChoices):
    DUTY = "duty", _("On duty (weekly)")
    COVER = "cover", _("Cover (dates)")
    LEAVE = "leave", _("On leave (dates)")
    HOLIDAY = "holiday", _("Holiday monitoring (dates)")


class RotaEntry(models.Model):
    """Who watches the accounts when: a weekly duty, cover for dates, leave, holiday monitoring."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    moderator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=RotaKind.choices)
    weekday = models.PositiveSmallIntegerField(null=True, blank=True)  # 0 Monday .. 6 Sunday, for duty
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    note = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["kind", "weekday", "starts_on"]
        indexes = [models.Index(fields=["school", "kind"])]


class Closure(models.Model):
    """Days the school is closed (term holidays, INSET days): not working days for deadlines,
    and the days holiday monitoring covers. Moves to the schools app when term dates land there."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    starts_on = models.DateField()
    ends_on = models.DateField()
    label = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["starts_on"]


class FetchCursor(models.Model):
    """Where the scheduled fetch of one account got to, and its last failure in words."""

    account = models.OneToOneField("accounts.OfficialAccount", on_delete=models.CASCADE, related_name="+")
    fetched_until = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    failures = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)


class MentionFeed(models.Model):
    """An RSS or Atom feed of public posts about the school (a news search, a forum, a blog),
    polled by the inbox sweep; its items become Mentions, never Comments."""

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    url = models.URLField(max_length=1000)
    label = models.CharField(max_length=100, blank=True)
    active = models.BooleanField(default=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)  # in plain words; empty when the last poll worked

    class Meta:
        ordering = ["label", "pk"]
        constraints = [models.UniqueConstraint(fields=["school", "url"], name="one_mention_feed_per_url")]

    def __str__(self) -> str:
        return f"mention feed {self.pk} of school {self.school_id}"


class Mention(models.Model):
    """One public item about the school found in a MentionFeed, with the engine's triage.

    ``key`` is the item's guid (or its link when it has none): unique per feed, so polling the
    same feed again never doubles anything. ``priority`` is 0 for urgent categories, 1 otherwise.
    """

    school = models.ForeignKey("schools.School", on_delete=models.CASCADE, related_name="+")
    feed = models.ForeignKey(MentionFeed, on_delete=models.CASCADE, related_name="mentions")
    key = models.CharField(max_length=1000)
    title = models.CharField(max_length=1000, blank=True)
    summary = models.TextField(blank=True)
    link = models.CharField(max_length=1000, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    found_at = models.DateTimeField(auto_now_add=True)
    category = models.CharField(max_length=20, choices=CategoryChoices.choices)
    confidence = models.FloatField(default=0.0)
    evidence = models.JSONField(default=list)
    actions = models.JSONField(default=list)
    findings = models.JSONField(default=list)  # codes and spans only, as for comments
    priority = models.PositiveSmallIntegerField(default=1)

    class Meta:
        ordering = ["priority", "-published_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["feed", "key"], name="one_mention_per_feed_item")]
        indexes = [models.Index(fields=["school", "priority", "published_at"], name="mention_queue")]

    def __str__(self) -> str:
        return f"mention {self.pk} from feed {self.feed_id}"
