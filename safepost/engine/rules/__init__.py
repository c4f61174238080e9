"""The rule registry and the base classes every rule builds on.

One module per rule in this package. A rule is a class with a stable ``code`` (never reused),
a kebab-case ``name``, a ``default_severity`` and a docstring with the fixed headings
``What it flags``, ``Why it matters``, ``Example``, ``Use instead`` and ``Known problems``
(``safepost explain CODE`` prints it). Each rule has a case file in ``cases/<name>.yaml``.

* :class:`TextRule` looks at one text field at a time (the post, an image's alt text or file
  name, OCR text, a comment) and yields :class:`~safepost.engine.findings.Hit` objects whose
  offsets index that field's original text.
* :class:`DraftRule` looks at the whole draft (tagged pupils and consent, image metadata) and
  yields ``(source, hit)`` pairs.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from typing import Any, ClassVar

from safepost.engine.draft import Draft
from safepost.engine.findings import Hit, Severity
from safepost.engine.policy import Policy
from safepost.engine.school import SchoolContext
from safepost.engine.textnorm import Folded, fold

DOC_HEADINGS = ("What it flags", "Why it matters", "Example", "Use instead", "Known problems")


class FieldKind(StrEnum):
    TEXT = "text"  # the body of a post
    ALT = "alt"  # an image's alt text
    FILENAME = "filename"  # an image's file name
    OCR = "ocr"  # text recognised inside an image
    EXIF = "exif"  # a caption, title or keyword in an image's metadata
    COMMENT = "comment"  # a comment on one of the school's posts


ALL_FIELDS = frozenset(FieldKind)


@dataclass(frozen=True)
class Field:
    """One piece of text to check, with the ``source`` name findings report."""

    source: str
    kind: FieldKind
    text: str

    @cached_property
    def folded(self) -> Folded:
        return fold(self.text)


@dataclass(frozen=True)
class Env:
    """What a rule may consult besides the text: the school, its policy, the channel."""

    school: SchoolContext
    policy: Policy
    channel: str | None = None
    draft: Draft | None = None
    now: datetime | None = None
    #: A thorough check may run the slower second opinions (the sentence encoder, about 50 ms a
    #: post): what a person reads or a revision stores; bulk scans and the benchmark stay quick.
    thorough: bool = False
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def option(self, rule: str, key: str, default: Any = None) -> Any:
        return self.policy.option(rule, key, default)


class Rule:
    """Shared metadata. Subclasses set the class attributes and implement one ``find`` method."""

    code: ClassVar[str]
    name: ClassVar[str]
    family: ClassVar[str] = ""
    default_severity: ClassVar[Severity] = Severity.REVIEW
    summary: ClassVar[str] = ""

    @classmethod
    def doc(cls) -> str:
        return (cls.__doc__ or "").strip()


class TextRule(Rule):
    fields: ClassVar[frozenset[FieldKind]] = ALL_FIELDS

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        raise NotImplementedError


class DraftRule(Rule):
    def find_draft(self, draft: Draft, env: Env) -> Iterable[tuple[str, Hit]]:
        raise NotImplementedError


class Registry:
    """All rules, discovered from the modules of this package on first use."""

    def __init__(self) -> None:
        self._by_code: dict[str, Rule] = {}
        self._lock = threading.Lock()  # web servers check drafts from several threads at once

    def _load(self) -> dict[str, Rule]:
        if not self._by_code:
            with self._lock:
                if not self._by_code:
                    self._by_code = self._discover()
        return self._by_code

    @staticmethod
    def _discover() -> dict[str, Rule]:
        for module in pkgutil.iter_modules(__path__):
            if not module.name.startswith("_"):
                importlib.import_module(f"{__name__}.{module.name}")
        found: dict[str, Rule] = {}
        for cls in _all_subclasses(Rule):
            if "code" in cls.__dict__:
                clash = found.get(cls.code)
                if clash is not None:
                    raise RuntimeError(f"rule code {cls.code} is used by both {clash.name} and {cls.name}")
                found[cls.code] = cls()
        return found

    def all(self) -> list[Rule]:
        return sorted(self._load().values(), key=lambda r: r.code)

    def names(self) -> list[str]:
        return sorted({r.name for r in self.all()})

    def by_code(self, code: str) -> Rule | None:
        return self._load().get(code.upper())

    def by_name(self, name: str) -> list[Rule]:
        return [r for r in self.all() if r.name == name]

    def text_rules(self) -> list[TextRule]:
        return [r for r in self.all() if isinstance(r, TextRule)]

    def draft_rules(self) -> list[DraftRule]:
        return [r for r in self.all() if isinstance(r, DraftRule)]


def _all_subclasses(cls: type[Rule]) -> Iterator[type[Rule]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _all_subclasses(sub)


registry = Registry()
