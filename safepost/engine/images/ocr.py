"""Text in the picture, with ``rapidocr-onnxruntime`` (PP-OCR models inside its wheel).

The models load once per process (``engine()``), single-threaded: parallelism comes from
checking several photos at once (see ``hook.py``), which scales better than threads inside
one small model. Nothing is downloaded.
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
from PIL import Image

from safepost.engine.images.types import Box, OcrLine

#: Lines the recogniser is less sure of than this are dropped (rapidocr's own default).
MIN_CONFIDENCE = 0.5
#: Text lines shorter than this many working pixels are too small to read reliably.
MIN_LINE_HEIGHT = 8
#: At most this many lines per photo are read, largest first: bounds the time on busy pictures.
MAX_LINES = 60

_lock = threading.Lock()
_engine: Any = None


def engine() -> Any:
    """The shared recogniser, loaded on first use (about 0.3 s)."""
    global _engine
    with _lock:
        if _engine is None:
            from rapidocr_onnxruntime import RapidOCR

            # Detection at most 960 pixels on the long side (not "at least 736 on the short side",
            # the default): faster, and on school pictures it splits words better.
            _engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1, print_verbose=False,
                               det_limit_type="max", det_limit_side_len=960)
    return _engine


def recognise(image: Image.Image, scale: float) -> list[OcrLine]:
    """The lines of text in ``image``, top to bottom; boxes multiplied by ``scale``.

    A picture whose lines mostly stand on end (a label photographed sideways) is read turned
    both ways, and the reading the recogniser is surer of is kept, its boxes turned back.
    """
    if min(image.size) < 16:
        return []
    lines, boxes = _read(image, scale)
    if not _sideways(boxes):
        return lines
    best, best_score = lines, _certainty(lines)
    for turn in (Image.Transpose.ROTATE_270, Image.Transpose.ROTATE_90):
        turned, _ = _read(image.transpose(turn), 1.0)
        if _certainty(turned) > best_score:
            best = [_turn_back(line, turn, image.size, scale) for line in turned]
            best_score = _certainty(turned)
    return best


def _read(image: Image.Image, scale: float) -> tuple[list[OcrLine], list[Any]]:
    """The lines read, and every box the detector found (to tell text standing on end)."""
    ocr = engine()
    bgr = np.ascontiguousarray(np.asarray(image)[:, :, ::-1])
    found, _ = ocr.text_det(bgr)
    if found is None or len(found) == 0:
        return [], []
    boxes = _keep(ocr.sorted_boxes(found))
    if not boxes:
        return [], list(found)
    crops = ocr.get_crop_img_list(bgr, boxes)
    results, _ = ocr.text_rec(crops, True)
    detailed = ocr.cal_rec_boxes(crops, boxes, results)
    lines = []
    for quad, res in zip(boxes, detailed, strict=True):
        line = _line(quad, res, scale)
        if line is not None:
            lines.append(line)
    return lines, list(found)


def _sideways(boxes: list[Any]) -> bool:
    """Most detected lines at least twice as tall as wide: text turned a quarter."""
    if not boxes:
        return False
    tall = sum(float(np.linalg.norm(b[0] - b[3])) > 2 * float(np.linalg.norm(b[0] - b[1])) for b in boxes)
    return tall * 2 >= len(boxes)


def _certainty(lines: list[OcrLine]) -> float:
    return sum(line.confidence * len(line.text.strip()) for line in lines)


def _turn_back(line: OcrLine, turn: Image.Transpose, size: tuple[int, int], scale: float) -> OcrLine:
    """A line read on the turned picture, with its boxes in the unturned picture's pixels."""

    def back(box: Box) -> Box:
        x, y, w, h = box
        width, height = size
        if turn is Image.Transpose.ROTATE_90:  # turned anticlockwise: (x, y) came from (W - y, x)
            x0, y0 = width - y - h, x
        else:  # turned clockwise: (x, y) came from (y, H - x)
            x0, y0 = y, height - x - w
        return (round(x0 * scale), round(y0 * scale), max(1, round(h * scale)), max(1, round(w * scale)))

    return OcrLine(line.text, back(line.box), tuple(back(b) for b in line.char_boxes), line.confidence)


def _keep(boxes: list[Any]) -> list[Any]:
    """Drop tiny lines; if there are too many, keep the largest (then restore reading order)."""
    sized = [(float(np.linalg.norm(b[0] - b[3])), i, b) for i, b in enumerate(boxes)]
    sized = [s for s in sized if s[0] >= MIN_LINE_HEIGHT]
    if len(sized) > MAX_LINES:
        sized = sorted(sized, key=lambda s: -s[0])[:MAX_LINES]
    return [b for _, _, b in sorted(sized, key=lambda s: s[1])]


def _line(quad: Any, res: Any, scale: float) -> OcrLine | None:
    text, confidence = str(res[0]), float(res[1])
    if not text.strip() or confidence < MIN_CONFIDENCE:
        return None
    box = _box(quad, scale)
    chars = _char_boxes(text, res, box, scale)
    return OcrLine(text, box, chars, confidence)


def _box(points: Any, scale: float) -> Box:
    arr = np.asarray(points, dtype=np.float64) * scale
    x0, y0 = arr.min(axis=0)
    x1, y1 = arr.max(axis=0)
    return (int(x0), int(y0), max(1, round(x1 - x0)), max(1, round(y1 - y0)))


def _char_boxes(text: str, res: Any, line_box: Box, scale: float) -> tuple[Box, ...]:
    """A box per character from the recogniser's column positions, or an even split of the line."""
    if len(res) >= 5 and len(res[2]) == len(text) and "".join(res[3]) == text:
        return tuple(_box(b, scale) for b in res[2])
    x, y, w, h = line_box
    step = w / max(1, len(text))
    return tuple((int(x + i * step), y, max(1, int(step)), h) for i in range(len(text)))
