"""Reply templates per policy pack, in English and Welsh, and the check every reply passes.

A reply is a post too: before it goes out, the engine checks its words against the school's
pack like any draft. A ``block`` finding refuses it; a ``review`` finding needs the person to
confirm they have read the findings (the pack's words are shown beside it).
"""

from __future__ import annotations

from dataclasses import dataclass

from safepost.engine import Draft, Report, Verdict, check
from safepost.inbox.ingest import engine_context
from safepost.schools.models import School


@dataclass(frozen=True)
class Template:
    key: str
    label: str
    text: str


_BASE: dict[str, dict[str, tuple[str, str]]] = {
    "en": {
        "acknowledge": ("Acknowledgement",
                        "Thank you for your message. We have received it and will reply as soon as we can."),
        "complaints": ("Complaints procedure",
                       "Thank you for raising this. So that it is looked at properly, please use the school's "
                       "complaints procedure (on the school website) or contact the school office."),
        "private": ("Move to a private channel",
                    "Thank you. This is best talked about privately: please contact the school office, "
                    "who will make sure the right person gets back to you."),
    },
    "cy": {
        "acknowledge": ("Cydnabod",
                        "Diolch am eich neges. Rydym wedi ei derbyn a byddwn yn ateb cyn gynted ag y gallwn."),
        "complaints": ("Gweithdrefn gwyno",
                       "Diolch am godi hyn. Er mwyn ei ystyried yn iawn, defnyddiwch weithdrefn gwyno'r ysgol "
                       "(ar wefan yr ysgol) neu cysylltwch â swyddfa'r ysgol."),
        "private": ("Symud i sianel breifat",
                    "Diolch. Mae'n well trafod hyn yn breifat: cysylltwch â swyddfa'r ysgol, a fydd yn sicrhau "
                    "bod y person cywir yn cysylltu â chi."),
    },
}

#: A pack's own wording where its policy names the private channel (dobcroft: ClassDojo messages).
_PACK: dict[str, dict[str, dict[str, str]]] = {
    "dobcroft-junior": {"en": {"private": "Thank you. This is best talked about privately: please send your "
                                          "child's class teacher a message on ClassDojo."}},
}


def templates(school: School, language: str) -> list[Template]:
    """The reply templates for the school's pack in ``language`` (``en`` or ``cy``)."""
    lang = "cy" if language.startswith("cy") else "en"
    own = _PACK.get(school.policy_pack, {}).get(lang, {})
    return [Template(key, label, own.get(key, text)) for key, (label, text) in _BASE[lang].items()]


def template_text(school: School, key: str, language: str) -> str | None:
    return next((t.text for t in templates(school, language) if t.key == key), None)


def check_reply(school: School, text: str, channel: str) -> Report:
    """The engine's check of a reply's words against the school's pack: thorough, since a reply is
    the school speaking in public (a reply that mocks a parent without a swear word is LAN401's
    sentence encoder's to find)."""
    context, policy = engine_context(school)
    return check(Draft(id="reply", text=text, channel=channel), context, policy, thorough=True)


def blocking(report: Report) -> bool:
    return report.verdict == Verdict.BLOCK


def need_approval(school: School) -> bool:
    """Whether the school's pack holds replies for a second moderator's approval."""
    _context, policy = engine_context(school)
    return policy.posting.replies_need_approval
