"""Face counting on pictures with known face counts: `python bench/faces.py [--n 60]`.

The test set is made on the fly by ``bench/synthetic_images.py``: scenes with 0-8 drawn faces
of varied size, skin tone and position, plus background shapes (no real photographs: never
children's). Prints the share of pictures whose count is exactly right.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.synthetic_images import face_scene
from safepost.engine.images.faces import detect_faces


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=60, help="number of test pictures")
    args = parser.parse_args()
    right = 0
    errors: list[str] = []
    for seed in range(args.n):
        want = seed % 9
        size = (1200, 800) if seed % 3 else (2400, 1600)
        found = len(detect_faces(face_scene(want, seed, size=size), 1.0))
        right += found == want
        if found != want:
            errors.append(f"seed {seed}: {want} faces, counted {found}")
    print("\n".join(errors))
    print(f"face count exactly right on {right}/{args.n} = {right / args.n:.1%} of pictures (0-8 faces each)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
