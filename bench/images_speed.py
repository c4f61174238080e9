"""Image pipeline speed: `python bench/images_speed.py [--photos 5]`.

Prints: model load time; CPU seconds per 12-megapixel and 48-megapixel JPEG (decode, faces,
OCR, metadata, on one core: the models run single-threaded); and a `check()` of a draft with
10 photos (wall time against CPU time: a ratio near the number of cores means all are used).
CPU time is reported alongside wall time because a shared machine's load inflates wall time.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic_images import phone_photo


def _jpeg(seed: int, size: tuple[int, int]) -> bytes:
    buf = io.BytesIO()
    phone_photo(seed, size=size).save(buf, "JPEG", quality=90)
    return buf.getvalue()


def _timed(fn, *args):  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn(*args)
    return out, time.perf_counter() - wall, time.process_time() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=5, help="photos of each size to time")
    args = parser.parse_args()
    from safepost.engine.images.analyse import analyse_bytes
    from safepost.engine.images.ocr import engine

    _, wall, cpu = _timed(engine)
    print(f"models load: {wall:.2f} s wall ({cpu:.2f} s CPU)")
    for label, size in (("12 MP", (4032, 3024)), ("48 MP", (8000, 6000))):
        photos = [_jpeg(seed, size) for seed in range(args.photos)]
        analyse_bytes(photos[0])  # warm-up
        cpus, walls = [], []
        for data in photos:
            result, wall, cpu = _timed(analyse_bytes, data)
            cpus.append(cpu)
            walls.append(wall)
        print(f"{label} JPEG: {sum(cpus) / len(cpus):.2f} s CPU per photo (max {max(cpus):.2f}); "
              f"{sum(walls) / len(walls):.2f} s wall; last: {len(result.faces)} faces, {len(result.lines)} text lines")
    _ten_photo_check()
    return 0


def _ten_photo_check() -> None:
    from safepost.engine import check, load_policy, load_school
    from safepost.engine.draft import Draft, DraftImage

    root = Path(__file__).resolve().parents[1]
    school = load_school(root / "examples" / "school")
    policy = load_policy(school.policy)
    with tempfile.TemporaryDirectory() as tmp:
        images = []
        for seed in range(10):
            path = Path(tmp) / f"photo{seed}.jpg"
            path.write_bytes(_jpeg(100 + seed, (4032, 3024)))
            images.append(DraftImage(filename=path.name, path=str(path)))
        draft = Draft(id="ten", text="Sports day!", images=tuple(images))
        report, wall, cpu = _timed(check, draft, school, policy)
    print(f"check() with 10 photos of 12 MP: {wall:.2f} s wall, {cpu:.2f} s CPU "
          f"(CPU/wall {cpu / wall:.2f} on {os.cpu_count()} cores); {len(report.findings)} findings")


if __name__ == "__main__":
    raise SystemExit(main())
