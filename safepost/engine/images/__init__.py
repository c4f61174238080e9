"""Photos: text in the picture (OCR), faces against consent, metadata, and clean copies.

Importing this package is cheap; Pillow, numpy and the models load only when a photo is
analysed. ``check()`` calls :func:`safepost.engine.images.hook.scan_images` for drafts whose
images have a file; :func:`scan_image` and :func:`scan_image_for_bench` check one file alone,
the same way ``safepost scan-image`` does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safepost.engine.findings import Finding, Report
from safepost.engine.images.types import (
    MAX_PIXELS,
    RESULTS_KEY,
    Box,
    Face,
    ImageAnalysis,
    ImageError,
    ImageProblem,
    ImageResult,
    MetaText,
    OcrLine,
)
from safepost.engine.policy import Policy
from safepost.engine.school import SchoolContext

__all__ = [
    "MAX_PIXELS",
    "RESULTS_KEY",
    "Box",
    "Face",
    "ImageAnalysis",
    "ImageError",
    "ImageProblem",
    "ImageResult",
    "MetaText",
    "OcrLine",
    "finding_row",
    "image_results",
    "scan_image",
    "scan_image_for_bench",
]


def scan_image(path: str | Path, school: SchoolContext, policy: Policy, *, channel: str | None = None,
               tagged: tuple[str, ...] = (), name: str | None = None) -> Report:
    """Check one photo file as a draft holding only that photo (its file name is checked too)."""
    from safepost.engine.check import check
    from safepost.engine.draft import Draft, DraftImage

    shown = name or str(path)
    image = DraftImage(filename=Path(str(path)).name, path=str(path), tagged_pupils=tagged)
    return check(Draft(id=shown, text="", images=(image,), channel=channel), school, policy)


def finding_row(f: Finding) -> dict[str, Any]:
    """One finding in the JSON-lines form of ``scan-image --format jsonl`` (and bench/score.py)."""
    return {
        "rule": f.rule,
        "code": f.code,
        "severity": str(f.severity),
        "source": f.source,
        "text": f.excerpt,
        "box": list(f.box) if f.box is not None else None,
        "message": f.message,
    }


def scan_image_for_bench(path: str | Path, file_as_given: str, school: SchoolContext,
                         policy: Policy) -> dict[str, Any]:
    """``{"file": ..., "findings": [...]}`` for one photo: ``scan-image --format jsonl`` without
    the findings about the file's name, which the bench does not ask about ("names visible in
    the image"): ``cert_olivia.png`` showing "Olivia Parsons" is one name in the picture."""
    report = scan_image(path, school, policy, name=file_as_given)
    shown = [f for f in report.findings if not f.source.endswith(".filename")]
    return {"file": file_as_given, "findings": [finding_row(f) for f in shown]}


def image_results(extra: dict[str, Any]) -> dict[int, ImageResult]:
    """The analyses ``check()`` left for the image rules (empty when no image had a file)."""
    results: dict[int, ImageResult] = extra.get(RESULTS_KEY, {})
    return results
