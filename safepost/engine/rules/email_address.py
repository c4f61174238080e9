"""PD102 email-address: an email address that is not the school's or a public body's."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from safepost.engine.findings import Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.rules import Env, Field, TextRule
from safepost.engine.rules._personal import MAX_CANDIDATES, office_email_fix
from safepost.engine.school import SchoolContext

#: Domains of public bodies (and everything under them): councils, Welsh and Scottish
#: government, the NHS, the police, parliaments.
PUBLIC_DOMAINS = (
    "gov.uk", "gov.wales", "llyw.cymru", "gov.scot", "nhs.uk", "nhs.net", "nhs.wales", "gig.cymru",
    "police.uk", "parliament.uk", "senedd.wales", "senedd.cymru", "mod.uk",
)

#: Free webmail providers: with these an "at" written as a plain word still makes an address.
WEBMAIL = frozenset({
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.co.uk", "outlook.com", "live.com",
    "live.co.uk", "yahoo.com", "yahoo.co.uk", "icloud.com", "me.com", "aol.com", "aol.co.uk",
    "btinternet.com", "sky.com", "virginmedia.com", "talktalk.net", "protonmail.com", "proton.me",
    "msn.com", "ntlworld.com", "mail.com", "gmx.com", "gmx.co.uk",
})

#: "@" (spaces around it allowed), "(at)", "[at]", "{at}", "<at>", "(@)". One leading character
#: class, because Python's regex engine only skips ahead quickly on a single known first character.
_AT = re.compile(r"[@(\[{<](?:(?<=@)[ \t]?|[ \t]?(?:at|@)[ \t]?[)\]}>][ \t]?)")
#: "at" as a plain word: an address only with "dot" written as a word or a webmail domain.
_WORD_AT = re.compile(r" at[ \t]+")
_DOT = r"(?:\.|[ \t]\.[ \t]|[ \t]?[(\[{<][ \t]?(?:dot|\.)[ \t]?[)\]}>][ \t]?|[ \t]+dot[ \t]+)"
_DOMAIN = re.compile(rf"[a-z0-9][a-z0-9-]{{0,62}}(?:{_DOT}[a-z0-9][a-z0-9-]{{0,62}}){{1,6}}")
_SPLIT_DOT = re.compile(_DOT)
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._%+'-")
_MAX_LOCAL = 64


@dataclass(frozen=True)
class _Address:
    start: int  # folded offsets
    end: int
    domain: str
    obfuscated: bool


class EmailAddress(TextRule):
    """An email address that is not the school's own or a public body's.

    What it flags:
        Email addresses on any domain other than the school's own (``email_domains`` and
        ``web_domains`` in ``school.toml``) or a public body's (``*.gov.uk``, ``gov.wales``,
        ``*.nhs.uk``, ``nhs.net``, ``police.uk``...): staff and parents' personal addresses, PTA or
        club accounts on webmail, businesses, scammers. Disguised forms count too:
        ``jo.bloggs (at) gmail (dot) com``, ``jo[at]gmail.com``, ``jo at gmail dot com``; the finding
        covers the whole address as written.

    Why it matters:
        A personal address on a school account is personal data the owner cannot take back; it
        draws spam and phishing, and it moves parents' contact with the school out of channels the
        school can see and keep records of, which safeguarding depends on.

    Example:
        "Send your photos to jo.bloggs.pe@gmail.com" is flagged; "email office@brookfield.sch.uk"
        and "apply at admissions@calderdale.gov.uk" are not.

    Use instead:
        The school office address (the fix offers the first of ``emails`` in ``school.toml``) or a
        form on the school website.

    Known problems:
        An "at" written as a plain word counts only with "dot" written as a word or with a known
        webmail provider, so ``jo at example dot org`` is found but ``jo at example.org`` is not.
        Charities and other schools are flagged like any other outside domain.

    Known weaknesses:
        - **Barely measured.** Development bench: 10 of 10 email spans, none false. No functional or
          held-out family exists for email addresses; obfuscated forms beyond "at ... dot" and webmail
          providers (Known problems) are unmeasured misses.
        - **Over-flags by design**: charities' and other schools' addresses are flagged like any outside
          domain.
    """

    code = "PD102"
    name = "email-address"
    family = N_("personal data")
    default_severity = Severity.BLOCK
    summary = N_("A personal email address")

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        folded = field.folded.text
        if "@" not in folded and "at" not in folded:
            return []
        allowed = _allowed_domains(env.school)
        hits = []
        for address in _addresses(folded):
            if not _is_allowed(address.domain, allowed):
                start, end = field.folded.original_span(address.start, address.end)
                hits.append(_hit(start, end, address, env.school))
        return hits


def _addresses(text: str) -> Iterator[_Address]:
    last_end = 0
    for at in islice(_at_signs(text), MAX_CANDIDATES):
        if at.start() < last_end:
            continue
        start = _local_start(text, _skip_space_back(text, at.start()))
        found = _DOMAIN.match(text, at.end()) if start is not None else None
        if start is None or found is None:
            continue
        domain = _clean_domain(found.group())
        if domain is None:
            continue
        written = found.group()[: _domain_length(found.group(), domain)]
        obfuscated = "@" not in at.group() or written != domain
        if at.re is _WORD_AT and domain not in WEBMAIL and "dot" not in written:
            continue
        end = at.end() + len(written)
        last_end = end
        yield _Address(start, end, domain, obfuscated)


def _at_signs(text: str) -> Iterator[re.Match[str]]:
    """Every written "at" in order: symbols, bracketed words and plain words."""
    found = list(islice(_AT.finditer(text), MAX_CANDIDATES))
    found += islice(_WORD_AT.finditer(text), MAX_CANDIDATES)
    found.sort(key=lambda m: m.start())
    return iter(found)


def _skip_space_back(text: str, i: int) -> int:
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i


def _local_start(text: str, at: int) -> int | None:
    """Where the local part before ``at`` begins, or None when there is none."""
    i = at
    floor = max(0, at - _MAX_LOCAL)
    while i > floor and text[i - 1] in _LOCAL_CHARS:
        i -= 1
    while i < at and text[i] in ".'-":
        i += 1  # a sentence's full stop or a quote is not part of the address
    return i if i < at else None


def _clean_domain(written: str) -> str | None:
    """The domain with "(dot)" and friends turned into dots; None if it has no real top level."""
    labels = [part.strip("-") for part in _SPLIT_DOT.split(written)]
    while labels and not (2 <= len(labels[-1]) <= 24 and labels[-1].isalpha()):
        labels.pop()
    if len(labels) < 2 or not all(labels):
        return None
    return ".".join(labels)


def _domain_length(written: str, domain: str) -> int:
    """How much of ``written`` the clean ``domain`` spans (trailing non-domain labels dropped)."""
    count = domain.count(".")
    for seen, dot in enumerate(_SPLIT_DOT.finditer(written), start=1):
        if seen > count:
            return dot.start()
    return len(written)


def _allowed_domains(school: SchoolContext) -> tuple[str, ...]:
    def build() -> tuple[str, ...]:
        own = {*school.email_domains, *school.web_domains}
        own.update(e.rsplit("@", 1)[-1] for e in school.emails if "@" in e)
        return tuple(d.lower().removeprefix("www.") for d in own if d) + PUBLIC_DOMAINS

    return school.memo("email-address:allowed", build)


def _is_allowed(domain: str, allowed: tuple[str, ...]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in allowed)


def _hit(start: int, end: int, address: _Address, school: SchoolContext) -> Hit:
    webmail = address.domain in WEBMAIL
    if webmail:
        why = phrase("This is a personal webmail address, not on the school's own domain or a public body's; "
                   "publishing it shares personal contact details and takes contact out of school channels.")
    else:
        why = phrase("This is an outside address, not on the school's own domain or a public body's; "
                   "publishing it shares personal contact details and takes contact out of school channels.")
    disguise = phrase(" It is written in a disguised form, which does not stop it being read.") if address.obfuscated else ""
    return Hit(
        start,
        end,
        message=phrase("An email address that is not the school's own is in the text."),
        explanation=phrase("{why}{disguise}", why=why, disguise=disguise) if disguise else why,
        fix=office_email_fix(school),
        confidence=0.9 if address.obfuscated else 0.97,
    )
