"""The joining and leaving self-review checklists, from Newport CE Junior School's policy
("Social Networking 'Shoulds'" and "Social Networking Good Practice"), offered to every school:
each item cites the sentence it comes from."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from safepost.compliance.models import ChecklistKind

SOURCE = "Newport CE Junior School, Social Media Policy"


@dataclass(frozen=True)
class Item:
    id: str
    text: Promise
    heading: str
    quote: str


SHOULDS = "Social Networking \u201cShoulds\u201d"
GOOD_PRACTICE = "Social Networking Good Practice"

JOINING: tuple[Item, ...] = (
    Item("public-info", _("I have reviewed my social networking sites: the information anyone can see about me is "
                          "accurate and appropriate."), SHOULDS,
         "All adults, particularly those new to the school setting, should review their social networking sites "
         "when they join the school to ensure that information available publicly about them is accurate and "
         "appropriate."),
    Item("photos", _("I have checked my photographs, including ones I am tagged in, for anything that could "
                     "embarrass me or the school."), SHOULDS,
         "This includes photographs that may cause embarrassment to themselves and/or the school if they were to "
         "be published outside of the site."),
    Item("personal-details", _("My address and home or mobile phone numbers are not on my social networking "
                               "sites."), SHOULDS,
         "adults within school settings need to be aware of the dangers of putting their personal information "
         "onto social networking sites such as addresses, home or mobile phone numbers."),
    Item("who-sees", _("I know who can see each of my pages and how to restrict them to certain groups."),
         GOOD_PRACTICE,
         "Staff and volunteers must understand who is allowed to view the content on their pages of any sites they "
         "use and how to restrict access to certain groups of people."),
    Item("contacts-declared", _("I have declared to the headteacher any social contact with pupils' families."),
         SHOULDS,
         "These contacts, however, will be easily recognised and should be openly acknowledged with the "
         "Headteacher where there may be implications for the adult and their position within the school "
         "setting."),
)

LEAVING: tuple[Item, ...] = (
    Item("school-info", _("I have reviewed my social networking sites: what they say about the school is accurate "
                          "and appropriate."), SHOULDS,
         "On leaving employment from the school, staff should review their social networking sites to ensure "
         "information relating to the school is accurate and appropriate."),
    Item("no-official", _("I no longer present myself as speaking for the school on any account."),
         "Social Networking \u201cMust Nots\u201d",
         "Staff or volunteers must not make comments on behalf of the school or claim to represent the views of "
         "the school, unless they have explicit permission to do so"),
)


def items_for(kind: ChecklistKind | str) -> tuple[Item, ...]:
    return JOINING if kind == ChecklistKind.JOINING else LEAVING
