"""Mark findings' spans in a draft as HTML, escaping everything else."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from safepost.engine import Finding
from safepost.web.engine_text import say


def highlight(text: str, findings: Sequence[Finding]) -> SafeString:
    """The draft with each finding's span in ``<mark>`` (overlaps merged, first finding wins)."""
    spans = sorted((f.start, f.end, i, f) for i, f in enumerate(findings)
                   if f.source == "text" and f.start is not None and f.end is not None and f.start < f.end)
    out: list[str] = []
    pos = 0
    for start, end, index, finding in spans:
        if start < pos:
            continue
        out.append(escape(text[pos:start]))
        out.append(f'<mark class="sev-{finding.severity.value}" id="span-{index}" '
                   f'title="{escape(say(finding.message))}">{escape(text[start:end])}</mark>')
        pos = end
    out.append(escape(text[pos:]))
    return mark_safe("".join(out))
