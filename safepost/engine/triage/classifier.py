"""The comment classifier: weighted lexicons, a few structural signals, then precedence.

Each category collects a score from the lexicon signals that match the prepared text (a signal
counts once, or one and a half times when it matches two different phrases), plus signals from
who wrote it (a pupil asking for private contact is a safeguarding matter; a stranger asking for
it while selling something is spam). A category *fits* when its score reaches its threshold;
the first fitting category in the bench's precedence wins (safeguarding > threat > hate >
abuse > complaint > question > spam > praise > other), except that strong spam beats a
spam message's own question mark. The thresholds are set so that one decisive phrase (weight 2)
or two supporting ones are needed for a harmful category: a fair complaint with a swear word in
it stays a complaint.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from safepost.engine.triage.categories import Category
from safepost.engine.triage.lexicon import CHILD_APPEAL, LEXICON, PRIVATE_CONTACT
from safepost.engine.triage.normalise import prepare
from safepost.engine.triage.prefilter import Prefilter

THRESHOLDS: dict[Category, float] = {
    Category.SAFEGUARDING: 1.5,
    Category.THREAT: 1.5,
    Category.HATE: 2.0,
    Category.ABUSE: 1.5,
    Category.COMPLAINT: 1.0,
    Category.QUESTION: 1.0,
    Category.SPAM: 1.5,
    Category.PRAISE: 1.0,
}
#: Spam this strong wins over the question mark in "Need followers? Buy 1000 for £5".
SPAM_OVER_QUESTION = 2.0
#: A child asking, in public, to talk to a named member of staff or about home.
_PUPIL_TO_STAFF = re.compile(
    r"\b(?:talk|speak|chat|tell (?:you|u)|message|msg) (?:to |with )?(?:mrs|mr|miss|ms|sir|u|you)\b|\babout (?:my|me) (?:mum|mam|dad|"
    r"stepdad|step dad|home|family|brother|uncle)|\bits important\b|\bplease help"
)
_NOT_A_QUESTION = re.compile(r"\bremember (?:when|the|that)\b|\bwho else\b|\bguess what\b|\bhow cute\b|\bhow lovely\b")


@dataclass(frozen=True)
class Classification:
    """A category with its confidence, the evidence that decided it and every category's score."""

    category: Category
    confidence: float
    evidence: tuple[str, ...]
    scores: Mapping[Category, float]


@dataclass(frozen=True)
class _Compiled:
    signals: tuple[tuple[Category, float, re.Pattern[str]], ...]
    prefilter: Prefilter
    private_contact: re.Pattern[str]
    child_appeal: re.Pattern[str]


@lru_cache(maxsize=1)
def compiled() -> _Compiled:
    """The lexicons compiled once per process (a few tens of milliseconds)."""
    table = [(category, weight, pattern) for category, rows in LEXICON.items() for weight, pattern in rows]
    signals = tuple((category, weight, re.compile(pattern)) for category, weight, pattern in table)
    prefilter = Prefilter([pattern for _, _, pattern in table])
    return _Compiled(signals, prefilter, re.compile(PRIVATE_CONTACT), re.compile(CHILD_APPEAL))


def classify(text: str, author_role: str = "unknown", *, use_prefilter: bool = True) -> Classification:
    """Sort one comment into a category. ``author_role``: parent, public, pupil, staff or unknown.

    ``use_prefilter=False`` runs every pattern (for the test that the prefilter changes nothing).
    """
    prepared = prepare(text)
    scores = dict.fromkeys(Category, 0.0)
    evidence: dict[Category, list[str]] = {c: [] for c in Category}
    patterns = compiled()
    wanted = patterns.prefilter.candidates(prepared) if use_prefilter else range(len(patterns.signals))
    for index in sorted(wanted):
        category, weight, pattern = patterns.signals[index]
        found = _matches(pattern, prepared)
        if found:
            scores[category] += weight * (1.5 if len(found) > 1 else 1.0)
            evidence[category].extend(f"“{m}”" for m in found)
    _author_signals(prepared, author_role, scores, evidence)
    if _NOT_A_QUESTION.search(prepared):
        scores[Category.QUESTION] -= 1.0
    category = decide(scores)
    return Classification(category, _confidence(category, scores), _explain(category, evidence), scores)


def _matches(pattern: re.Pattern[str], text: str) -> list[str]:
    """Up to two different phrases the pattern matches (a second one adds half a weight)."""
    out: list[str] = []
    for match in pattern.finditer(text):
        phrase = match.group(0).strip()
        if phrase not in out:
            out.append(phrase)
            if len(out) == 2:
                break
    return out


def _author_signals(text: str, role: str, scores: dict[Category, float], evidence: dict[Category, list[str]]) -> None:
    patterns = compiled()
    contact = patterns.private_contact.search(text)
    if role == "pupil" and _PUPIL_TO_STAFF.search(text):
        scores[Category.SAFEGUARDING] += 1.5
        evidence[Category.SAFEGUARDING].append("a pupil asking to talk to a member of staff here")
    if role == "pupil" and scores[Category.SAFEGUARDING] > 0:
        scores[Category.SAFEGUARDING] += 0.5
        evidence[Category.SAFEGUARDING].append("written by a pupil")
    if contact is None:
        if role == "unknown" and scores[Category.SPAM] > 0:
            scores[Category.SPAM] += 0.5
        return
    if role == "pupil":
        scores[Category.SAFEGUARDING] += 2.0
        evidence[Category.SAFEGUARDING].append(f"a pupil asking for private contact (“{contact.group(0)}”)")
    elif role != "parent" and patterns.child_appeal.search(text):
        scores[Category.SAFEGUARDING] += 2.0
        evidence[Category.SAFEGUARDING].append(f"an adult seeking private contact with children (“{contact.group(0)}”)")
    elif role in {"unknown", "public"}:
        scores[Category.SPAM] += 1.0
        evidence[Category.SPAM].append(f"a stranger asking for private contact (“{contact.group(0)}”)")


def decide(scores: Mapping[Category, float]) -> Category:
    """The first fitting category in precedence order (see the module docstring)."""
    fits = [c for c, threshold in THRESHOLDS.items() if scores[c] >= threshold]
    first = fits[0] if fits else Category.OTHER
    if not first.harmful and not (first is Category.SPAM and scores[Category.SPAM] >= SPAM_OVER_QUESTION):
        # A weak sign of harm still outranks a question, praise or chat: missing it costs far more.
        weak = _weak_harm(scores, complaint=first is Category.COMPLAINT)
        if weak is not None:
            return weak
    if not fits:
        return Category.OTHER
    spam = scores[Category.SPAM]
    if first is Category.QUESTION and spam >= SPAM_OVER_QUESTION and spam >= scores[Category.QUESTION]:
        return Category.SPAM
    if first is Category.COMPLAINT and spam >= SPAM_OVER_QUESTION + 1 and spam > 2 * scores[Category.COMPLAINT]:
        return Category.SPAM
    return first


#: Scores that make a harmful category win over a non-harmful one (abuse never over a complaint).
WEAK_HARM: dict[Category, float] = {Category.SAFEGUARDING: 1.0, Category.THREAT: 1.0, Category.HATE: 1.5, Category.ABUSE: 1.2}


def _weak_harm(scores: Mapping[Category, float], *, complaint: bool) -> Category | None:
    for category, threshold in WEAK_HARM.items():
        if complaint and (category is Category.ABUSE or scores[Category.COMPLAINT] >= 1.5):
            continue
        if scores[category] >= threshold:
            return category
    return None


def _confidence(category: Category, scores: Mapping[Category, float]) -> float:
    if category is Category.OTHER:
        best = max(scores[c] for c in THRESHOLDS)
        return round(max(0.3, 0.7 - 0.2 * best), 2)
    score = scores[category]
    return round(min(0.99, 0.5 + 0.45 * score / (score + 1.0)), 2)


def _explain(category: Category, evidence: Mapping[Category, list[str]]) -> tuple[str, ...]:
    if category is Category.OTHER:
        return ("no sign of any other category",)
    return tuple(f"{category}: {item}" for item in evidence[category])
