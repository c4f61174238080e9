"""check(): verdicts, fields, and spans that always point into the original text."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safepost.engine import Draft, DraftImage, check, load_policy, load_school
from safepost.engine.findings import Finding, Report, Severity, Verdict

REPO = Path(__file__).resolve().parents[2]
SCHOOL = load_school(REPO / "examples" / "school")
POLICY = load_policy("default")

NAMEISH = st.sampled_from(["Millie", "Siôn", "Grace", "Will", "07700 900123", "bit.ly/x", "a@b.com", "HX7 8AB"])
TEXT = st.lists(st.one_of(st.text(max_size=30), NAMEISH), max_size=12).map(" ".join)


def _field(draft: Draft, source: str) -> str:
    if source == "text":
        return draft.text
    index, attr = source[len("image[") :].split("].")
    value: str = getattr(draft.images[int(index)], attr)
    return value


def _finding(severity: Severity) -> Finding:
    return Finding(code="X001", rule="x", severity=severity, source="text", start=0, end=1, message="m")


def test_it_derives_the_verdict_from_the_worst_finding() -> None:
    assert Report("a").verdict is Verdict.PASS
    assert Report("a", (_finding(Severity.ADVISE),)).verdict is Verdict.PASS
    assert Report("a", (_finding(Severity.ADVISE), _finding(Severity.REVIEW))).verdict is Verdict.REVIEW
    assert Report("a", (_finding(Severity.REVIEW), _finding(Severity.BLOCK))).verdict is Verdict.BLOCK


def test_it_checks_image_file_names_and_alt_text_as_their_own_sources() -> None:
    draft = Draft("d", "", images=(DraftImage(filename="a.jpg", alt="A class photo"),))
    report = check(draft, SCHOOL, POLICY)
    assert all(f.source.startswith("image[0].") for f in report.findings)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, alt=TEXT, filename=TEXT)
def test_it_keeps_every_span_inside_the_original_field(text: str, alt: str, filename: str) -> None:
    draft = Draft("d", text, images=(DraftImage(filename=filename, alt=alt),))
    for f in check(draft, SCHOOL, POLICY).findings:
        if f.start is None or not f.source.startswith(("text", "image[0].alt", "image[0].filename")):
            continue
        original = _field(draft, f.source)
        assert f.end is not None
        assert 0 <= f.start <= f.end <= len(original)
        assert f.excerpt == original[f.start : f.end]


def test_it_builds_the_rule_registry_once_under_concurrent_first_use() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from safepost.engine.rules import Registry

    fresh = Registry()
    with ThreadPoolExecutor(max_workers=8) as pool:
        codes = list(pool.map(lambda _: tuple(r.code for r in fresh.all()), range(16)))
    assert len(set(codes)) == 1 and "PUP001" in codes[0]
