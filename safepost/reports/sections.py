"""The governors' report, one small builder per section.

Each builder takes the report's :class:`Scope` (one school, or every school of a trust, over one
term) and returns a :class:`Section`: headline figures, charts (each with its numbers as a
table beside it) and tables. Builders run inside the report's language, so every string they
return is already translated. Sections about incidents and staff compliance read the
safeguarding and compliance apps only through their ``stats`` functions, imported when the
section is built, so this module never reads an incident record itself: counts only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from safepost.reports import figures as fig
from safepost.reports.charts import Chart
from safepost.reports.terms import Term, instants
from safepost.schools.models import School


@dataclass(frozen=True)
class Scope:
    """What a report covers. ``days`` gives each school's own first and last day of the term."""

    schools: tuple[School, ...]
    term: Term
    now: datetime
    days: dict[int, tuple[date, date]] = field(default_factory=dict)
    trust: bool = False

    def periods(self) -> list[fig.Period]:
        return [(school, *instants(*self.days_of(school))) for school in self.schools]

    def days_of(self, school: School) -> tuple[date, date]:
        return self.days.get(school.pk) or self.term.standard_bounds()

    def first_day(self) -> date:
        return min(self.days_of(s)[0] for s in self.schools) if self.schools else self.term.standard_bounds()[0]

    def last_day(self) -> date:
        return max(self.days_of(s)[1] for s in self.schools) if self.schools else self.term.standard_bounds()[1]


@dataclass(frozen=True)
class Headline:
    label: str
    value: str


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    headlines: tuple[Headline, ...] = ()
    charts: tuple[Chart, ...] = ()
    tables: tuple[Table, ...] = ()
    note: str = ""


def _number(value: float | None, decimals: int = 0) -> str:
    # number_format cuts extra decimals off (1.98 -> "1.9"): round first.
    return "–" if value is None else formats.number_format(round(value, decimals), decimals, use_l10n=True)


def _share(part: int, whole: int) -> str:
    return "–" if not whole else f"{round(100 * part / whole)}%"


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{round(share * 100)}%"


def _duration_minutes(minutes: float | None) -> str:
    """Under an hour in minutes, else in hours: one unit per size, so a table compares at a glance."""
    return "–" if minutes is None else _hours(minutes / 60)


def _hours(hours: float | None) -> str:
    if hours is None:
        return "–"
    if hours < 1:
        return ngettext("%(n)s minute", "%(n)s minutes", round(hours * 60)) % {"n": round(hours * 60)}
    return _("%(n)s hours") % {"n": _number(hours, 1)}


# --- posts ---------------------------------------------------------------------------------------

#: The engine's rule names in words a governor reads (a rule missing here is shown by its name).
RULE_LABELS = {
    "pupil-name": gettext_lazy("A pupil's name"),
    "tagged-without-consent": gettext_lazy("Tagged without consent"),
    "faces-not-tagged": gettext_lazy("Faces not tagged"),
    "more-faces-than-tags": gettext_lazy("More faces than tags"),
    "image-not-checked": gettext_lazy("Photo not checked"),
    "image-gps": gettext_lazy("Photo location data"),
    "live-location": gettext_lazy("Live location"),
    "phone-number": gettext_lazy("Phone number"),
    "email-address": gettext_lazy("Email address"),
    "home-address": gettext_lazy("Home address"),
    "date-of-birth": gettext_lazy("Date of birth"),
    "offensive-language": gettext_lazy("Offensive language"),
    "political-or-commercial": gettext_lazy("Political or commercial"),
    "unsafe-link": gettext_lazy("Unsafe link"),
}


def rule_label(rule: str) -> str:
    return str(RULE_LABELS.get(rule, rule))


def posts_section(scope: Scope) -> Section:
    f = fig.post_figures(scope.periods())
    rules = f.rules[:12]
    headlines = (
        Headline(_("Posts checked"), _number(f.posts_checked)),
        Headline(_("Checks run (each version of a post)"), _number(f.checks)),
        Headline(_("Posts a check blocked"), _number(f.posts_blocked)),
        Headline(_("Posts published"), _number(f.posts_published)),
    )
    chart = Chart(
        title=_("What the checks found, by rule"),
        desc=_("For each rule, the number of posts on which it found something, the number it blocked, "
               "and the number published with its finding (after a person reviewed it)."),
        series=(_("Found"), _("Blocked"), _("Published with the finding")),
        rows=tuple((rule_label(r.rule), (r.found, r.blocked, r.published)) for r in rules),
    )
    note = "" if f.rules else _("No check found anything this term.")
    return Section("posts", _("Posts checked, blocked and published"), headlines, (chart,) if rules else (), (), note)


# --- inbox ---------------------------------------------------------------------------------------

def inbox_section(scope: Scope) -> Section:
    f = fig.inbox_figures(scope.periods(), scope.now, per_account=not scope.trust)
    o = f.overall
    headlines = (
        Headline(_("Comments received"), _number(o.volume)),
        Headline(_("Comments needing a reply"), _number(o.needing_reply)),
        Headline(_("Answered on time"), _percent(o.on_time_share)),
        Headline(_("Median time to first response"), _duration_minutes(o.median_minutes)),
    )
    months = tuple((formats.date_format(m.month, "F Y"), m.figures) for m in f.months)
    volume = Chart(
        title=_("Comments received, by month"),
        desc=_("The number of comments on the school's official accounts in each month of the term."),
        series=(_("Comments"),), rows=tuple((label, (m.volume,)) for label, m in months))
    on_time = Chart(
        title=_("Share answered on time, by month"),
        desc=_("Of the comments needing a reply whose deadline has passed, the share answered by the deadline."),
        series=(_("Answered on time"),), percent=True, colours=("#00703c",),
        rows=tuple((label, (round(100 * (m.on_time_share or 0)),)) for label, m in months if m.on_time_share is not None))
    tables: tuple[Table, ...] = ()
    if f.accounts:
        tables = (Table(_("By account"), (_("Account"), _("Comments"), _("Needing a reply"), _("Answered on time"),
                                          _("Median time to first response")),
                        tuple((a.account, _number(a.volume), _number(a.needing_reply), _percent(a.on_time_share),
                               _duration_minutes(a.median_minutes)) for a in f.accounts)),)
    charts = tuple(c for c in (volume, on_time) if c.rows)
    return Section("inbox", _("Comments and response times"), headlines, charts, tables)


# --- takedowns -----------------------------------------------------------------------------------

def takedowns_section(scope: Scope) -> Section:
    f = fig.takedown_figures(scope.periods(), scope.now)
    headlines = (
        Headline(_("Takedowns after consent was withdrawn"), _number(f.opened)),
        Headline(_("Done by the deadline"), _("%(part)s of %(whole)s") % {"part": _number(f.done_on_time),
                                                                          "whole": _number(f.opened)}),
        Headline(_("Median time to take a post down"), _hours(f.median_hours)),
        Headline(_("Still to take down"), _number(f.still_open)),
    )
    bands = (_("Within an hour"), _("1 to 6 hours"), _("6 to 24 hours"), _("More than 24 hours"))
    rows = tuple(zip(bands, ((n,) for n in f.bands), strict=True))
    waiting = _("Not taken down yet")
    if f.still_open:
        rows += ((waiting, (f.still_open,)),)
    chart = Chart(title=_("How fast posts came down"),
                  desc=_("Takedowns opened this term, by the time from the withdrawal of consent to the post "
                         "coming down."), series=(_("Takedowns"),), rows=rows, row_colours=((waiting, "#d4351c"),))
    note = _("No post had to come down this term.") if not f.opened else (
        _("%(n)s still open and past the deadline.") % {"n": f.overdue_now} if f.overdue_now else "")
    return Section("takedowns", _("Takedowns"), headlines, (chart,) if f.opened else (), (), note)


# --- incidents (safepost.safeguarding) -----------------------------------------------------------

def incidents_section(scope: Scope) -> Section:
    from safepost.safeguarding.stats import incident_counts

    title = _("Safeguarding incidents")
    counts: dict[str, dict[str, int]] = {}
    for school in scope.schools:
        first, last = scope.days_of(school)
        # incident_counts takes [start, end): the day after the term's last day ends it.
        for kind, by_outcome in incident_counts(school, first, last + timedelta(days=1)).items():
            row = counts.setdefault(kind, {})
            for outcome, n in by_outcome.items():
                row[outcome] = row.get(outcome, 0) + n
    labels = _choice_labels("safepost.safeguarding.models")
    total = sum(sum(o.values()) for o in counts.values())
    still_open = sum(o.get("open", 0) for o in counts.values())
    headlines = (Headline(_("Incidents recorded"), _number(total)), Headline(_("Still open"), _number(still_open)))
    kinds = sorted(counts, key=lambda k: (-sum(counts[k].values()), k))
    outcomes = sorted({o for row in counts.values() for o in row}, key=lambda o: (o == "open", o))
    chart = Chart(title=_("Incidents by type"), desc=_("The number of incidents of each type recorded this term."),
                  series=(_("Incidents"),), colours=("#505a5f",),
                  rows=tuple((labels.get(k, _humane(k)), (sum(counts[k].values()),)) for k in kinds))
    table = Table(_("Incidents by type and outcome"),
                  (_("Type"), *(_("Open") if o == "open" else labels.get(o, _humane(o)) for o in outcomes)),
                  tuple((labels.get(k, _humane(k)), *(_number(counts[k].get(o, 0)) for o in outcomes)) for k in kinds))
    note = "" if total else _("No incident was recorded this term.")
    return Section("incidents", title, headlines, (chart,) if total else (), (table,) if total else (), note)


# --- staff compliance (safepost.compliance) ------------------------------------------------------

def compliance_section(scope: Scope) -> Section:
    from safepost.compliance.stats import coverage

    title = _("Policy acknowledgement and training")
    adults = acknowledged = trained = due = 0
    for school in scope.schools:
        # At the term's end, or today while the term is still going.
        on = min(scope.days_of(school)[1], scope.now.date())
        c = coverage(school, on=on)
        adults, acknowledged, trained, due = (adults + c.adults, acknowledged + c.acknowledged_current,
                                              trained + c.training_current, due + c.declarations_due)
    headlines = (
        Headline(_("Adults (staff, volunteers and governors)"), _number(adults)),
        Headline(_("Acknowledged the current policy"), f"{_number(acknowledged)} ({_share(acknowledged, adults)})"),
        Headline(_("Training up to date"), f"{_number(trained)} ({_share(trained, adults)})"),
        Headline(_("Declarations due"), _number(due)),
    )
    chart = Chart(title=_("Coverage at the end of the term"),
                  desc=_("The share of adults who have acknowledged the current policy, and whose training is up to date."),
                  series=(_("Share of adults"),), percent=True, colours=("#1d70b8",),
                  rows=((_("Acknowledged the policy"), (round(100 * acknowledged / adults) if adults else 0,)),
                        (_("Training up to date"), (round(100 * trained / adults) if adults else 0,))))
    return Section("compliance", title, headlines, (chart,) if adults else (), (),
                   "" if adults else _("No adults are listed yet."))


def _humane(value: str) -> str:
    """A stored value shown as words when its app gives no label: ``parent-meeting`` -> ``Parent meeting``."""
    return value.replace("_", " ").replace("-", " ").strip().capitalize()


def _choice_labels(module_name: str) -> dict[str, str]:
    """value -> translated label of every TextChoices in an app's models module (empty when absent)."""
    import importlib

    from django.db import models

    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        return {}
    labels: dict[str, str] = {}
    for item in vars(module).values():
        if isinstance(item, type) and issubclass(item, models.TextChoices) and item is not models.TextChoices:
            for value, label in item.choices:
                labels.setdefault(str(value), str(label))
    return labels


Builder = Callable[[Scope], Section]

#: The report, in order. A new section is one more builder here.
SECTIONS: list[Builder] = [posts_section, inbox_section, takedowns_section, incidents_section, compliance_section]


def build_sections(scope: Scope, builders: Sequence[Builder] | None = None) -> list[Section]:
    return [build(scope) for build in (SECTIONS if builders is None else builders)]
