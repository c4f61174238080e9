"""Compiler-style text rendering of a report: quote the line, underline the span."""

from __future__ import annotations

from safepost.engine.draft import Draft
from safepost.engine.findings import Finding, Report, Severity, Verdict
from safepost.engine.i18n import translate

COLOURS = {Severity.BLOCK: "\033[1;31m", Severity.REVIEW: "\033[1;33m", Severity.ADVISE: "\033[1;36m"}
VERDICT_COLOURS = {Verdict.BLOCK: "\033[1;31m", Verdict.REVIEW: "\033[1;33m", Verdict.PASS: "\033[1;32m"}
RESET, DIM = "\033[0m", "\033[2m"


def render_report(draft: Draft, report: Report, colour: bool, language: str = "en") -> str:
    """``language`` "cy" says messages and fixes in Welsh (codes, names and severities are ids)."""
    paint = _painter(colour)
    lines = [f"{report.draft_id}: " + paint(VERDICT_COLOURS[report.verdict], str(report.verdict))]
    for finding in report.findings:
        lines.extend(_render_finding(draft, finding, paint, language))
    return "\n".join(lines) + "\n\n"


def _painter(colour: bool):  # type: ignore[no-untyped-def]
    return (lambda code, text: f"{code}{text}{RESET}") if colour else (lambda code, text: text)


def _field_text(draft: Draft, source: str) -> str | None:
    if source == "text":
        return draft.text
    if source.startswith("image[") and "]." in source:
        index, attr = source[6:].split("].", 1)
        if index.isdigit() and int(index) < len(draft.images) and attr in ("alt", "filename"):
            value: str = getattr(draft.images[int(index)], attr)
            return value
    return None


def _render_finding(draft: Draft, f: Finding, paint, language: str = "en") -> list[str]:  # type: ignore[no-untyped-def]
    text = _field_text(draft, f.source)
    head = f"  {f.source}"
    out: list[str] = []
    if text is not None and f.start is not None and f.end is not None:
        line_no, col, line = _locate(text, f.start)
        head += f":{line_no}:{col + 1}"
        width = max(1, min(f.end, f.start + len(line) - col) - f.start)
        gutter = " " * len(str(line_no))
        out = [
            f"   {line_no} | {line}",
            f"   {gutter} | " + " " * col + paint(COLOURS[f.severity], "^" * width),
        ]
    elif f.excerpt:
        out = [f"     | {f.excerpt}"]
    title = f"{head}: {paint(COLOURS[f.severity], str(f.severity))} {f.code} {f.rule}: {translate(f.message, language)}"
    extra = []
    if f.fix is not None:
        kind = "safe fix" if f.fix.safe else "suggested fix (confirm)"
        extra.append(f"     = {kind}: replace with {translate(f.fix.replacement, language)!r}")
    if f.clause is not None:
        extra.append(paint(DIM, f"     = {f.clause.policy}, \"{f.clause.heading}\": \u201c{f.clause.quote}\u201d"))
    return [title, *out, *extra]


def _locate(text: str, offset: int) -> tuple[int, int, str]:
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    return text.count("\n", 0, offset) + 1, offset - line_start, line
