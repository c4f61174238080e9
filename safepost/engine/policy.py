"""Policy packs: a school's policy as data.

A pack is a YAML file (one per policy in ``packs/``, plus ``default``) saying which rules are
on, how severe each is (optionally per channel or audience), the school's own clause for each
rule and each triage action, and the response deadline. Validation reports every key that is
wrong, each with its line, e.g. ``pack.yaml:5:rules.pupil-name.severity``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from safepost.engine._yaml import SAFE_LOADER
from safepost.engine.errors import InputError, InputErrors
from safepost.engine.findings import Clause, Severity
from safepost.engine.school import ConsentKind

OFF = "off"


class Audience(StrEnum):
    PUBLIC = "public"  # anyone can see it: a Facebook page, X, the website
    CLOSED = "closed"  # only a class's parents: ClassDojo class pages, a VLE


#: Channels a school commonly posts to, and who sees them, unless a pack says otherwise.
DEFAULT_AUDIENCES: Mapping[str, Audience] = {
    "facebook": Audience.PUBLIC,
    "x": Audience.PUBLIC,
    "twitter": Audience.PUBLIC,
    "instagram": Audience.PUBLIC,
    "youtube": Audience.PUBLIC,
    "tiktok": Audience.PUBLIC,
    "linkedin": Audience.PUBLIC,
    "website": Audience.PUBLIC,
    "classdojo": Audience.CLOSED,
    "classdojo-story": Audience.PUBLIC,
    "seesaw": Audience.CLOSED,
    "vle": Audience.CLOSED,
    "hwb": Audience.CLOSED,
}


@dataclass(frozen=True)
class RuleSetting:
    """How one rule applies under a pack. ``severity`` None means the rule is off."""

    severity: Severity | None
    clause: Clause | None = None
    by_audience: Mapping[Audience, Severity | None] = field(default_factory=dict)
    by_channel: Mapping[str, Severity | None] = field(default_factory=dict)
    options: Mapping[str, Any] = field(default_factory=dict)

    def severity_for(self, channel: str | None, audience: Audience) -> Severity | None:
        if channel is not None and channel in self.by_channel:
            return self.by_channel[channel]
        if audience in self.by_audience:
            return self.by_audience[audience]
        return self.severity


@dataclass(frozen=True)
class Deadlines:
    """When a comment must be answered (pontlliw: Monitoring)."""

    response_hours: int = 24
    weekend: str = "next-working-day"  # or "same-hours": ignore weekends
    working_day_ends: str = "17:00"
    clause: Clause | None = None


@dataclass(frozen=True)
class Question:
    """A question the author answers before submitting a post (newport: "Before posting, staff
    and volunteers should ask themselves the following questions"). ``text_cy`` may be empty."""

    id: str
    text: str
    text_cy: str = ""
    clause: Clause | None = None


@dataclass(frozen=True)
class Posting:
    """How posts are approved and taken down under this pack.

    ``slt_rules``: rules whose ``review`` or ``block`` findings need senior leadership's approval
    as well as a moderator's (controversial content). ``takedown_hours``: how long a post may stay
    up after a pupil's consent for its channel is withdrawn. ``replies_need_approval``: a reply
    to a comment waits for a second moderator's approval before it is sent."""

    questions: tuple[Question, ...] = ()
    slt_rules: frozenset[str] = frozenset({"political-or-commercial", "offensive-language"})
    takedown_hours: int = 24
    clause: Clause | None = None
    replies_need_approval: bool = False


class AcknowledgeEvery(StrEnum):
    """When every adult acknowledges the policy again (besides at induction and after a new version)."""

    SEPTEMBER = "september"  # each September, for the school year (dobcroft 1.1)
    ANNUALLY = "annually"  # a year after their last acknowledgement


@dataclass(frozen=True)
class Compliance:
    """The pack's schedule for staff compliance: when adults acknowledge the policy again, and how
    often the school reviews the policy itself. ``clause`` cites the acknowledgement schedule,
    ``review_clause`` the review period."""

    acknowledge_every: AcknowledgeEvery = AcknowledgeEvery.ANNUALLY
    review_every_months: int = 12
    clause: Clause | None = None
    review_clause: Clause | None = None


@dataclass(frozen=True)
class Policy:
    id: str
    name: str
    source: str = ""
    rules: Mapping[str, RuleSetting] = field(default_factory=dict)
    actions: Mapping[str, Clause | None] = field(default_factory=dict)
    audiences: Mapping[str, Audience] = field(default_factory=dict)
    deadlines: Deadlines = field(default_factory=Deadlines)
    posting: Posting = field(default_factory=Posting)
    compliance: Compliance = field(default_factory=Compliance)

    def setting(self, rule: str) -> RuleSetting | None:
        return self.rules.get(rule)

    def audience(self, channel: str | None) -> Audience:
        if channel is None:
            return Audience.PUBLIC
        return self.audiences.get(channel, DEFAULT_AUDIENCES.get(channel, Audience.PUBLIC))

    def severity(self, rule: str, channel: str | None = None) -> Severity | None:
        """The rule's severity on a channel, or None when the pack turns it off there."""
        setting = self.rules.get(rule)
        return None if setting is None else setting.severity_for(channel, self.audience(channel))

    def clause(self, rule: str) -> Clause | None:
        setting = self.rules.get(rule)
        return None if setting is None else setting.clause

    def action_clause(self, action: str) -> Clause | None:
        return self.actions.get(action)

    def option(self, rule: str, key: str, default: Any = None) -> Any:
        setting = self.rules.get(rule)
        return default if setting is None else setting.options.get(key, default)


def consent_kind_for(channel: str | None) -> ConsentKind:
    """Which consent a photo on this channel needs."""
    if channel == "website":
        return ConsentKind.WEBSITE
    if channel is not None and DEFAULT_AUDIENCES.get(channel) is Audience.CLOSED:
        return ConsentKind.CLASS_PLATFORM
    return ConsentKind.SOCIAL_MEDIA


# --- loading -------------------------------------------------------------------------------------

PACKS = resources.files("safepost.engine") / "packs"


def available_packs() -> list[str]:
    return sorted(p.name.removesuffix(".yaml") for p in PACKS.iterdir() if p.name.endswith(".yaml"))


def source_text(policy: Policy) -> str | None:
    """The full text of the policy a pack was written from, so a school can read its own words."""
    if not policy.source:
        return None
    source = PACKS / policy.source
    return source.read_text(encoding="utf-8") if source.is_file() else None


def load_policy(ref: str | Path, known_rules: Iterable[str] | None = None) -> Policy:
    """Load a pack by id (``newport-ce-junior``) or by path to a YAML file."""
    path = Path(ref)
    if path.suffix in {".yaml", ".yml"} or path.exists():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot be read: {exc}", file=str(path)) from None
        return parse_policy(text, str(path), known_rules)
    packaged = PACKS / f"{ref}.yaml"
    if not packaged.is_file():
        raise InputError(f"unknown policy pack {str(ref)!r}; available: {', '.join(available_packs())}")
    return parse_policy(packaged.read_text(encoding="utf-8"), f"{ref}.yaml", known_rules)


def parse_policy(text: str, file: str, known_rules: Iterable[str] | None = None) -> Policy:
    """Parse and validate a pack. Every problem is reported, not only the first: the
    :class:`InputErrors` raised lists each with its line and dotted key."""
    try:
        data = yaml.load(text, Loader=SAFE_LOADER)
        lines = _key_lines(yaml.compose(text, Loader=SAFE_LOADER))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        raise InputError(f"invalid YAML: {getattr(exc, 'problem', exc)}", file=file, line=line, column=column) from None
    if known_rules is None:
        from safepost.engine.rules import registry

        known_rules = registry.names()
    reader = _PackReader(file, set(known_rules), lines)
    policy = reader.policy(data)
    if reader.errors:
        raise InputErrors(sorted(reader.errors, key=lambda e: e.line or 0))
    return policy


def _key_lines(node: yaml.Node | None, prefix: str = "") -> dict[str, int]:
    """The line of every mapping key, by dotted path (``rules.pupil-name.severity``)."""
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            path = f"{prefix}.{key_node.value}" if prefix else str(key_node.value)
            lines.setdefault(path, key_node.start_mark.line + 1)
            lines.update({k: v for k, v in _key_lines(value_node, path).items() if k not in lines})
    return lines


def _did_you_mean(key: Any, allowed: Iterable[str]) -> str:
    close = difflib.get_close_matches(str(key).lower(), sorted(allowed), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


class _PackReader:
    """Reads a pack, recording every problem (with the key's line) and carrying on past it."""

    def __init__(self, file: str, known_rules: set[str], lines: Mapping[str, int]) -> None:
        self.file = file
        self.known_rules = known_rules
        self.lines = lines
        self.errors: list[InputError] = []

    def error(self, key: str, message: str) -> None:
        self.errors.append(InputError(message, file=self.file, line=self.line_of(key), key=key))

    def line_of(self, key: str) -> int:
        """The key's own line, else its nearest parent's, else the first line."""
        parts = key.split(".")
        for end in range(len(parts), 0, -1):
            line = self.lines.get(".".join(parts[:end]))
            if line is not None:
                return line
        return 1

    def mapping(self, value: Any, key: str) -> Mapping[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.error(key, f"must be a mapping, not {type(value).__name__}")
            return {}
        return value

    def string(self, value: Any, key: str, required: bool = True) -> str:
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.error(key, "must be a non-empty string")
            return ""
        return value.strip()

    def policy(self, data: Any) -> Policy:
        if not isinstance(data, dict):
            found = "an empty file" if data is None else f"a {type(data).__name__}"
            raise InputError(f"a policy pack must be a mapping of id, name, rules...; this is {found}", file=self.file, line=1)
        top = data
        self.only(top, {"id", "name", "source", "channels", "rules", "actions", "deadlines", "posting",
                        "compliance"}, "")
        policy_id = self.string(top.get("id"), "id")
        audiences = {
            str(ch): self.audience(v, f"channels.{ch}") for ch, v in self.mapping(top.get("channels"), "channels").items()
        }
        rules = {
            str(name): self.rule(value, f"rules.{name}", policy_id)
            for name, value in self.mapping(top.get("rules"), "rules").items()
        }
        actions = {
            str(name): self.clause(self.mapping(v, f"actions.{name}").get("clause"), f"actions.{name}.clause", policy_id)
            for name, v in self.mapping(top.get("actions"), "actions").items()
        }
        return Policy(
            id=policy_id,
            name=self.string(top.get("name"), "name"),
            source=self.string(top.get("source"), "source", required=False),
            rules=rules,
            actions=actions,
            audiences=audiences,
            deadlines=self.deadlines(top.get("deadlines"), policy_id),
            posting=self.posting(top.get("posting"), policy_id),
            compliance=self.compliance(top.get("compliance"), policy_id),
        )

    def only(self, mapping: Mapping[str, Any], allowed: set[str], prefix: str) -> None:
        for key in mapping:
            if key not in allowed:
                where = f"{prefix}.{key}" if prefix else str(key)
                self.error(where, f"unknown key{_did_you_mean(key, allowed)}; expected one of {', '.join(sorted(allowed))}")

    def severity(self, value: Any, key: str) -> Severity | None:
        if value is False or value == OFF:
            return None
        try:
            return Severity(value)
        except ValueError:
            self.error(key, f"{value!r} is not one of block, review, advise, off")
            return None

    def audience(self, value: Any, key: str) -> Audience:
        try:
            return Audience(value)
        except ValueError:
            self.error(key, f"{value!r} is not one of public, closed")
            return Audience.PUBLIC

    def rule(self, value: Any, key: str, policy_id: str) -> RuleSetting:
        name = key.removeprefix("rules.")
        if name not in self.known_rules:
            self.error(key, f"unknown rule{_did_you_mean(name, self.known_rules)}; see `safepost rules` for the names")
        if isinstance(value, str) or value is False:
            return RuleSetting(severity=self.severity(value, key))
        body = self.mapping(value, key)
        self.only(body, {"severity", "clause", "audiences", "channels", "options"}, key)
        return RuleSetting(
            severity=self.severity(body.get("severity", "review"), f"{key}.severity"),
            clause=self.clause(body.get("clause"), f"{key}.clause", policy_id),
            by_audience={
                self.audience(a, f"{key}.audiences.{a}"): self.severity(s, f"{key}.audiences.{a}")
                for a, s in self.mapping(body.get("audiences"), f"{key}.audiences").items()
            },
            by_channel={
                str(c): self.severity(s, f"{key}.channels.{c}")
                for c, s in self.mapping(body.get("channels"), f"{key}.channels").items()
            },
            options=dict(self.mapping(body.get("options"), f"{key}.options")),
        )

    def clause(self, value: Any, key: str, policy_id: str) -> Clause | None:
        if value is None:
            return None
        body = self.mapping(value, key)
        self.only(body, {"policy", "heading", "quote"}, key)
        return Clause(
            policy=self.string(body.get("policy", policy_id), f"{key}.policy"),
            heading=self.string(body.get("heading"), f"{key}.heading"),
            quote=self.string(body.get("quote"), f"{key}.quote"),
        )

    def deadlines(self, value: Any, policy_id: str) -> Deadlines:
        body = self.mapping(value, "deadlines")
        self.only(body, {"response_hours", "weekend", "working_day_ends", "clause"}, "deadlines")
        hours = body.get("response_hours", 24)
        if not isinstance(hours, int) or isinstance(hours, bool) or not 1 <= hours <= 24 * 14:
            self.error("deadlines.response_hours", "must be a whole number of hours between 1 and 336")
            hours = 24
        weekend = body.get("weekend", "next-working-day")
        if not isinstance(weekend, str) or weekend not in {"next-working-day", "same-hours"}:
            self.error("deadlines.weekend", f"{weekend!r} is not one of next-working-day, same-hours")
            weekend = "next-working-day"
        return Deadlines(
            response_hours=hours,
            weekend=weekend,
            working_day_ends=self.string(body.get("working_day_ends", "17:00"), "deadlines.working_day_ends"),
            clause=self.clause(body.get("clause"), "deadlines.clause", policy_id),
        )

    def posting(self, value: Any, policy_id: str) -> Posting:
        body = self.mapping(value, "posting")
        self.only(body, {"pre_posting_questions", "slt_rules", "takedown_hours", "clause", "replies_need_approval"},
                  "posting")
        approval = body.get("replies_need_approval", False)
        if not isinstance(approval, bool):
            self.error("posting.replies_need_approval", "must be true or false")
            approval = False
        hours = body.get("takedown_hours", 24)
        if not isinstance(hours, int) or isinstance(hours, bool) or not 1 <= hours <= 24 * 14:
            self.error("posting.takedown_hours", "must be a whole number of hours between 1 and 336")
            hours = 24
        default = Posting()
        rules = body.get("slt_rules", sorted(default.slt_rules))
        if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
            self.error("posting.slt_rules", "must be a list of rule names")
            rules = sorted(default.slt_rules)
        for i, rule in enumerate(rules if "slt_rules" in body else ()):  # the default names real rules
            if rule not in self.known_rules:
                self.error(f"posting.slt_rules[{i}]", f"unknown rule {rule!r}; see `safepost rules` for the names")
        raw = body.get("pre_posting_questions") or []
        if not isinstance(raw, list):
            self.error("posting.pre_posting_questions", "must be a list of questions")
            raw = []
        questions = tuple(self.question(q, f"posting.pre_posting_questions[{i}]", policy_id) for i, q in enumerate(raw))
        ids = [q.id for q in questions]
        if len(set(ids)) != len(ids):
            self.error("posting.pre_posting_questions", "question ids must be unique")
        return Posting(questions=questions, slt_rules=frozenset(rules), takedown_hours=hours,
                       clause=self.clause(body.get("clause"), "posting.clause", policy_id),
                       replies_need_approval=approval)

    def compliance(self, value: Any, policy_id: str) -> Compliance:
        body = self.mapping(value, "compliance")
        self.only(body, {"acknowledge_every", "review_every_months", "clause", "review_clause"}, "compliance")
        every = body.get("acknowledge_every", AcknowledgeEvery.ANNUALLY.value)
        if every not in {e.value for e in AcknowledgeEvery}:
            self.error("compliance.acknowledge_every", f"{every!r} is not one of september, annually")
            every = AcknowledgeEvery.ANNUALLY.value
        months = body.get("review_every_months", 12)
        if not isinstance(months, int) or isinstance(months, bool) or not 1 <= months <= 60:
            self.error("compliance.review_every_months", "must be a whole number of months between 1 and 60")
            months = 12
        return Compliance(acknowledge_every=AcknowledgeEvery(every), review_every_months=months,
                          clause=self.clause(body.get("clause"), "compliance.clause", policy_id),
                          review_clause=self.clause(body.get("review_clause"), "compliance.review_clause", policy_id))

    def question(self, value: Any, key: str, policy_id: str) -> Question:
        body = self.mapping(value, key)
        self.only(body, {"id", "text", "text_cy", "clause"}, key)
        return Question(
            id=self.string(body.get("id"), f"{key}.id"),
            text=self.string(body.get("text"), f"{key}.text"),
            text_cy=self.string(body.get("text_cy"), f"{key}.text_cy", required=False),
            clause=self.clause(body.get("clause"), f"{key}.clause", policy_id),
        )
