"""LNK501 unsafe-link: links through shorteners, or to look-alike, scam or unrelated sites."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from safepost.engine.findings import Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.rules import Env, Field, FieldKind, TextRule
from safepost.engine.rules._content import words
from safepost.engine.school import SchoolContext

if TYPE_CHECKING:
    import tldextract

# A link with a scheme or "www.", or a bare host name ("x.co.uk/page"). The bare form only
# starts after a blank or punctuation (never after "@", so e-mail addresses are left alone)
# and every repetition is bounded, so the pattern cannot backtrack badly.
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'()\[\]{}|\\^`]{1,2000}"
    r"|(?<![\w@.\-/])(?:[a-z0-9][a-z0-9\-]{0,62}\.){1,6}[a-z]{2,24}(?![\w\-@]|\.[\w\-])(?:/[^\s<>\"'()\[\]{}|\\^`]{0,2000})?"
)
_TRAILING = ".,;:!?)]}'\"…"
# File names look like host names ("photo.jpg", "notes.zip"): a bare name needs a web suffix.
_FILE_SUFFIXES = frozenset(
    "jpg jpeg png gif heic webp pdf doc docx xls xlsx ppt pptx txt csv zip mov mp3 mp4 wav py js html htm exe md".split()
)
_WEB_SUFFIXES = frozenset(
    "com net org uk io co ly gl gd at ee me tv us ie eu info biz app dev ai wales cymru scot edu gov to cc be ws".split()
)
_SOCIAL = frozenset(
    [
        "facebook.com",
        "fb.com",
        "x.com",
        "twitter.com",
        "instagram.com",
        "youtube.com",
        "tiktok.com",
        "linkedin.com",
    ]
)
_LEET = str.maketrans("01345789", "olaestbg")


@cache
def _extractor() -> tldextract.TLDExtract:
    # Offline: the suffix list bundled with tldextract; never fetch, never write a cache. Imported
    # here, at the first link: it is a tenth of `safepost check`'s start-up, and most posts have none.
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


@dataclass(frozen=True)
class Link:
    start: int  # folded offsets
    end: int
    host: str
    registrable: str
    suffix: str
    label: str  # the registrable domain without its suffix ("paypa1" in "paypa1.com")
    path: str
    bare: bool


@dataclass(frozen=True)
class Verdict:
    kind: str  # shortener | look-alike | scam | personal | commercial
    confidence: float
    why: str


# A dot before a letter: every link has one ("x.com", "www."), and prose has few ("e.g.").
_DOT = re.compile(r"\.[a-z]")
_BLANK = re.compile(r"\s")


def find_links(folded: str) -> Iterator[Link]:
    """Every link written in ``folded`` (lower-case text), with its host parsed offline. The
    URL pattern runs only over the blank-separated words that hold a dot before a letter."""
    covered = 0
    for dot in _DOT.finditer(folded):
        if dot.start() < covered:
            continue
        start = max(covered, *(folded.rfind(c, covered, dot.start()) + 1 for c in " \n\t"))
        blank = _BLANK.search(folded, dot.start())
        covered = len(folded) if blank is None else blank.start()
        for m in _URL.finditer(folded, start, covered):
            raw = m.group().rstrip(_TRAILING)
            link = _parse(raw, m.start())
            if link is not None:
                yield link


def _parse(raw: str, start: int) -> Link | None:
    bare = not raw.startswith(("http://", "https://", "www."))
    rest = raw.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    host = host.split("@")[-1].split(":")[0].strip(".")
    parts = _extractor()(host)
    if not parts.suffix or not parts.domain:
        if host.endswith(".sch.uk") or host.endswith(".sch.uk."):
            return Link(start, start + len(raw), host, host, "sch.uk", host.split(".")[0], path, bare)
        return None
    if bare and not path and not _bare_suffix_ok(parts.suffix):
        return None
    registrable = f"{parts.domain}.{parts.suffix}"
    return Link(
        start,
        start + len(raw),
        host.removeprefix("www."),
        registrable,
        parts.suffix,
        parts.domain,
        path,
        bare,
    )


def _bare_suffix_ok(suffix: str) -> bool:
    """A host written without scheme or path must end like a web address, not a file or a
    full stop between two words ("photo.jpg", "Mrs.Green")."""
    last = suffix.rsplit(".", 1)[-1]
    lists = _lists()
    return last not in _FILE_SUFFIXES and (
        last in _WEB_SUFFIXES or last in lists["risky_suffixes"] or last in lists["nonprofit_suffixes"]
    )


def _under(host: str, domains: Iterable[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


@cache
def _lists() -> dict[str, frozenset[str]]:
    keys = (
        "shorteners",
        "safe_domains",
        "safe_suffixes",
        "nonprofit_suffixes",
        "personal_hosts",
        "risky_suffixes",
        "risky_words",
    )
    return {k: frozenset(words("links", k)) for k in keys}


def _brands() -> dict[str, list[str]]:
    from safepost.engine.rules._content import lexicon

    brands: dict[str, list[str]] = lexicon("links")["brands"]
    return brands


def _school_domains(school: SchoolContext) -> tuple[frozenset[str], frozenset[str]]:
    """The school's own domains, and the labels a look-alike would copy ("nantyderw")."""

    def build() -> tuple[frozenset[str], frozenset[str]]:
        own = {d.removeprefix("www.") for d in (*school.web_domains, *school.email_domains)}
        labels = {d.split(".")[0].replace("-", "") for d in own if len(d.split(".")[0]) >= 4}
        return frozenset(own | set(school.allowed_link_domains)), frozenset(labels)

    return school.memo("unsafe-link:domains", build)


def judge(link: Link, school: SchoolContext, original: str) -> Verdict | None:
    """Why ``link`` is unsafe, or None when it is safe. ``original`` is the link as typed."""
    lists = _lists()
    allowed, labels = _school_domains(school)
    if not original.isascii():
        return Verdict("look-alike", 0.9, phrase("the address mixes in letters from another alphabet"))
    if _under(link.host, lists["shorteners"]) or link.registrable in lists["shorteners"]:
        return Verdict("shortener", 0.95, phrase("{domain} is a URL shortener", domain=link.registrable))
    if (
        _under(link.host, allowed)
        or _under(link.host, lists["safe_domains"])
        or _under(link.host, lists["safe_suffixes"])
    ):
        return None
    brands = {b: d for b, d in _brands().items() if link.registrable not in d}
    copied = _copies(link.label, labels, brands)
    if copied:
        return Verdict(
            "look-alike", 0.9,
            phrase("{domain} imitates {name} but is not its official domain", domain=link.registrable, name=copied)
        )
    if link.registrable in _SOCIAL:
        return _social(link, labels)
    if _under(link.host, lists["personal_hosts"]) or link.registrable in lists["personal_hosts"]:
        return Verdict(
            "personal",
            0.8,
            phrase("{domain} hosts personal pages, shops or videos, not an official source", domain=link.registrable),
        )
    risky = [w for w in re.split(r"[-.\d]+", link.host) if w in lists["risky_words"]]
    if risky or link.suffix in lists["risky_suffixes"]:
        why = (
            phrase("the name contains {words}", words=[repr(w) for w in risky])
            if risky
            else phrase(".{suffix} addresses are favoured by throwaway shops", suffix=link.suffix)
        )
        return Verdict("scam", 0.85, why)
    if link.suffix in lists["nonprofit_suffixes"] or link.suffix.split(".")[0] in lists["nonprofit_suffixes"]:
        return None
    return Verdict(
        "commercial",
        0.6,
        phrase("{domain} is not the school's, a public body's or a known charity or learning site",
             domain=link.registrable),
    )


def _copies(label: str, labels: frozenset[str], brands: dict[str, list[str]]) -> str | None:
    """The official name a domain label imitates: a word of it starts or ends with the name,
    or is one letter away from it, once digits used as letters are read as letters."""
    tokens = [t.translate(_LEET) for t in label.split("-") if t]
    flat = "".join(tokens)
    if any(school in flat or (len(flat) >= 5 and _one_edit(flat, school)) for school in labels):
        return phrase("the school's own domain")
    for brand in brands:
        for token in {*tokens, flat}:
            if (
                token.startswith(brand)
                or token.endswith(brand)
                or (len(brand) >= 5 and _one_edit(token, brand))
            ):
                return brand
    return None


def _one_edit(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _social(link: Link, labels: frozenset[str]) -> Verdict | None:
    """A profile or page on a major platform ("facebook.com/OurSchool", "youtube.com/@ourschool")
    is how schools and public bodies publish, so it is not unsafe; one person's video or post
    ("tiktok.com/@someone/video/...", "youtube.com/watch?v=...") is personal content."""
    path = link.path.replace("-", "").replace("_", "")
    if any(label in path for label in labels):
        return None  # the school's own page on the platform
    page = link.path.rstrip("/")
    if _PROFILE.fullmatch(page) and page.split("/")[0] not in _CONTENT:
        return None
    return Verdict("personal", 0.7, phrase("a {domain} post or video, not an official page", domain=link.registrable))


# One path segment that names a page, not a piece of content: "SchoolName", "@handle", "pages/x".
_PROFILE = re.compile(r"(?:(?:pages|groups|company|channel|c|user)/)?@?[\w.\-]{1,80}")
_CONTENT = frozenset(
    {"watch", "video", "videos", "reel", "reels", "shorts", "p", "status", "posts", "photo", "story"}
)


def own_social_page(link: Link, school: SchoolContext) -> bool:
    """True when ``link`` is the school's own page on a major platform."""
    path = link.path.replace("-", "").replace("_", "")
    return any(label in path for label in _school_domains(school)[1])


def social_page(link: Link) -> bool:
    """True when ``link`` is a page on a major platform (a private shop or a profile can hide there)."""
    return link.registrable in _SOCIAL


_MESSAGES = {
    "shortener": N_("Link through the URL shortener {domain}, which hides where it leads."),
    "look-alike": N_("Link to {domain}, a look-alike of an official address."),
    "scam": N_("Link to {domain}, which looks like a scam, prize, gambling or sales site."),
    "personal": N_("Link to a personal page or shop on {domain}, not an official source."),
    "commercial": N_("Link to {domain}, an unrelated or commercial site."),
}


class UnsafeLink(TextRule):
    """Links that hide their destination or lead somewhere the school should not send families.

    What it flags:
        A link through a URL shortener (bit.ly, tinyurl.com, ow.ly, rb.gy, cutt.ly, is.gd,
        shorturl.at...) whatever it points to; a look-alike of an official address (``paypa1``,
        ``gov-uk-refund.com``, an imitation of the school's own domain, letters from another
        alphabet); a site whose name or suffix points to prizes, gambling, scams or cheap sales
        (``.shop``, ``free-...-rewards``); a personal page, video or shop (a blog, TikTok,
        Etsy); and any other commercial site that is not on the school's allowed list. Links
        may be written without ``https://`` or ``www.``.

    Why it matters:
        Families trust a link the school posts. A shortened link can be repointed after it is
        approved, and a scam or look-alike site harvests parents' details and money in the
        school's name. Sending families to a business or a stranger's video is an endorsement.

    Example:
        "Book your slot here: bit.ly/parents-eve" or "Claim your prize at www.free-prize-draw.net".

    Use instead:
        The full address on the school's own site, a council, government, NHS or BBC page, a
        charity, ParentPay or an official form (forms.office.com, forms.gle). Ask the office
        to add a trusted domain to the school's ``allowed_link_domains``.

    Known problems:
        Judges the domain, not the page: an unknown ``.com`` or ``.co.uk`` is flagged for a
        moderator to look at, at lower confidence, even when it is a harmless learning site
        missing from the lexicon; an unknown ``.org`` is presumed to be a charity. Nothing is
        fetched, so a safe-looking domain that redirects elsewhere is not caught. A profile or
        page on a major platform (``facebook.com/Name``, ``youtube.com/@name``) is not flagged,
        whoever owns it; a post or video link there (``/watch?v=``, ``/video/``) is.

    Known weaknesses:
        - **Barely measured.** The only figure is the development bench: 13 of 13 link posts found,
          none falsely (P 1.000, R 1.000). There is no functional or held-out family for links, so
          recall on new scam domains, look-alikes and redirects is unknown.
        - **Flags harmless sites it does not know**: an unknown `.com` or `.co.uk` goes to review by
          design, so a school linking a small learning site will see findings it must dismiss.
    """

    code = "LNK501"
    name = "unsafe-link"
    family = N_("links")
    default_severity = Severity.REVIEW
    summary = N_("Shortened, look-alike, scam or unrelated link")
    fields = frozenset({FieldKind.TEXT, FieldKind.ALT, FieldKind.OCR, FieldKind.EXIF, FieldKind.COMMENT})

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        folded = field.folded
        for link in find_links(folded.text):
            start, end = folded.original_span(link.start, link.end)
            verdict = judge(link, env.school, field.text[start:end])
            if verdict is not None:
                message = phrase(_MESSAGES[verdict.kind], domain=link.registrable)
                explanation = phrase("Signals: {why}.", why=verdict.why)
                yield Hit(start, end, message, explanation, confidence=verdict.confidence)
