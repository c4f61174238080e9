"""How ``check()`` looks inside a draft's photos.

Each photo given by ``path`` or ``data`` is analysed (in parallel, one photo per core), the
results are left in ``env.extra`` for the image rules (faces, GPS, unreadable files), and the
text found in the picture (``image[N].ocr``) and in its metadata (``image[N].exif``) goes
through the same text rules as the post, each finding carrying the box of its words. A pupil's
name that is a word, alone on its line among other one-word lines that are words (a board of
values or seasons), is dropped there: see :mod:`.labels`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

from safepost.engine.draft import Draft, DraftImage
from safepost.engine.findings import Finding
from safepost.engine.images.analyse import analyse_source
from safepost.engine.images.labels import book_title_ranges, word_label_spans
from safepost.engine.images.ocr import engine
from safepost.engine.images.ocrtext import ocr_text, span_box
from safepost.engine.images.types import RESULTS_KEY, ImageAnalysis, ImageResult
from safepost.engine.rules import Env, Field, FieldKind


def scan_images(draft: Draft, env: Env) -> list[Finding]:
    """Analyse the draft's photos and return the text-rule findings inside them."""
    results = analyse_images(draft.images)
    env.extra[RESULTS_KEY] = results
    findings: list[Finding] = []
    for index, result in sorted(results.items()):
        if isinstance(result, ImageAnalysis):
            findings.extend(_ocr_findings(index, result, env))
            findings.extend(_meta_findings(index, result, env))
    return findings


def analyse_images(images: Sequence[DraftImage]) -> dict[int, ImageResult]:
    """Analyse every image that has a file, several at once when there are several."""
    todo = [(i, img) for i, img in enumerate(images) if img.path or img.data is not None]
    if not todo:
        return {}
    workers = min(len(todo), os.cpu_count() or 1)
    if workers == 1:
        return {i: analyse_source(img.path, img.data) for i, img in todo}
    engine()  # load the models once, before the workers share them
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="safepost-image") as pool:
        futures = {i: pool.submit(analyse_source, img.path, img.data) for i, img in todo}
        return {i: f.result() for i, f in futures.items()}


def _ocr_findings(index: int, analysis: ImageAnalysis, env: Env) -> list[Finding]:
    if not analysis.lines:
        return []
    from safepost.engine.check import scan_field

    text, boxes = ocr_text(analysis.lines, env.school)
    field = Field(f"image[{index}].ocr", FieldKind.OCR, text)
    labels = word_label_spans(text, env.school)  # "Hope" between "Respect" and "Kindness"
    titles = book_title_ranges(text)  # a reading record's "Llyfr / Book" column, a book display

    def dropped(f: Finding) -> bool:
        if f.rule != "pupil-name" or f.start is None or f.end is None:
            return False
        alone = " " not in text[f.start : f.end].strip()  # a first name alone, not "Ruby Marsh"
        return (f.start, f.end) in labels or (alone and any(s <= f.start and f.end <= e for s, e in titles))

    return [replace(f, box=f.box or span_box(boxes, f.start, f.end)) for f in scan_field(field, env) if not dropped(f)]


def _meta_findings(index: int, analysis: ImageAnalysis, env: Env) -> list[Finding]:
    if not analysis.meta:
        return []
    from safepost.engine.check import scan_field

    text = "\n".join(m.value for m in analysis.meta)
    return scan_field(Field(f"image[{index}].exif", FieldKind.EXIF, text), env)
