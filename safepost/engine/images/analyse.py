"""One photo from bytes to an :class:`ImageAnalysis`: decode, faces, text, metadata."""

from __future__ import annotations

from safepost.engine.i18n import phrase
from safepost.engine.images.faces import detect_faces
from safepost.engine.images.load import load_for_analysis, read_bytes
from safepost.engine.images.ocr import recognise
from safepost.engine.images.types import ImageAnalysis, ImageError, ImageProblem, ImageResult


def analyse_bytes(data: bytes, *, ocr: bool = True, faces: bool = True) -> ImageAnalysis:
    """Analyse an encoded image. Raises :class:`ImageError` for files that cannot be checked."""
    loaded = load_for_analysis(data)
    notes = []
    if loaded.frames > 1:
        notes.append(phrase("only the first of its {n} frames was checked", n=loaded.frames))
    return ImageAnalysis(
        width=loaded.width,
        height=loaded.height,
        format=loaded.format,
        frames=loaded.frames,
        faces=tuple(detect_faces(loaded.image, loaded.scale)) if faces else (),
        lines=tuple(recognise(loaded.image, loaded.scale)) if ocr else (),
        meta=loaded.meta.texts,
        gps=loaded.meta.gps,
        notes=tuple(notes),
    )


def analyse_source(path: str | None, data: bytes | None) -> ImageResult:
    """Analyse a photo given by path or bytes; any failure becomes an :class:`ImageProblem`."""
    try:
        raw = data if data is not None else read_bytes(path or "")
        return analyse_bytes(raw)
    except ImageError as exc:
        # the first argument, not str(exc): it is a Text the web layer can translate
        why = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        return ImageProblem(why)
    except MemoryError:
        return ImageProblem(phrase("is too large to check in the memory available"))
