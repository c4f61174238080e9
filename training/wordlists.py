"""Build the everyday-word lists that tell a name from a word: ``python -m training.wordlists``.

Writes two files into ``safepost/engine/names/data/`` (sorted, one folded word a line, so the
output is byte-identical from run to run on the same inputs):

- ``words_en.txt``: lower-case English dictionary words (SCOWL via Debian's ``aspell-en``;
  a capitalised entry such as "Amelia" is a proper noun and is left out) whose frequency in
  English (``wordfreq``'s Zipf scale) is at least ``EN_MIN_ZIPF``: "hope", "grace", "river",
  "rowan", not "amelia".
- ``words_cy.txt``: the Welsh headwords of the FreeDict Welsh-English dictionary (Debian's
  ``dict-freedict-cym-eng``): "heulwen", "eira", "haf", "seren", "awel", "glain", not "cadi";
  and the Welsh spelling dictionary's (``aspell-cy``) lower-case forms of three letters or
  more that it never lists capitalised ("gwawr", "tirion", "enfys", "briallen", "celyn"; not
  "mali" or "dewi", which it also lists as names) and that are not a mutated form of another
  of its words ("gethin" is "cethin" after a soft mutation). FreeDict's 11,000 headwords
  miss many everyday words that are given names; aspell-cy's 350,000 forms alone would
  bring in every mutation and the names it spells with a capital.

Needs, on the build machine only: ``apt-get install aspell aspell-en aspell-cy dict-freedict-cym-eng``
and ``pip install wordfreq``. The engine reads the two text files; it never imports wordfreq
or calls aspell. Licences: see ``safepost/engine/names/data/WORDLISTS-NOTICE.txt``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
from pathlib import Path

from safepost.engine.textnorm import fold

OUT = Path(__file__).resolve().parents[1] / "safepost" / "engine" / "names" / "data"
FREEDICT_INDEX = Path("/usr/share/dictd/freedict-cym-eng.index")
#: Zipf 3 is about one use in a million words: "rowan" (3.3) is in, "bryony" (1.9) is out.
EN_MIN_ZIPF = 3.0
_WORD = re.compile(r"[a-z]{2,20}")


def english_words() -> list[str]:
    import wordfreq  # build-time only

    dump = subprocess.run(
        ["aspell", "-d", "en", "dump", "master"], check=True, capture_output=True, text=True
    ).stdout
    out = set()
    for line in dump.splitlines():
        word = line.strip()
        # a capitalised entry is a proper noun (a name, a place); only lower-case words count
        if not _WORD.fullmatch(word):
            continue
        if wordfreq.zipf_frequency(word, "en", wordlist="large") >= EN_MIN_ZIPF:
            out.add(word)
    return sorted(out)


def english_zipf(words: list[str]) -> list[str]:
    """``"word zipf"`` lines for the English words (wordfreq's "large" list, two decimals)."""
    import wordfreq  # build-time only

    return [f"{w} {wordfreq.zipf_frequency(w, 'en', wordlist='large'):.2f}" for w in words]


def welsh_spelling_words() -> set[str]:
    """aspell-cy's lower-case, unmutated forms that it never spells with a capital."""
    from safepost.engine.names.welsh import mutations

    dump = subprocess.run(
        ["aspell", "-d", "cy", "dump", "master"], check=True, capture_output=True, text=True
    ).stdout
    lower, capitalised = set(), set()
    for line in dump.splitlines():
        word = line.strip()
        if not word:
            continue
        folded = fold(word).text
        (capitalised if word[:1].isupper() else lower).add(folded)
    mutated = {form for word in lower for form in mutations(word)}
    return {w for w in lower - capitalised - mutated if len(w) >= 3 and _WORD.fullmatch(w)}


def welsh_words() -> list[str]:
    out = welsh_spelling_words()
    for line in FREEDICT_INDEX.read_text(encoding="utf-8").splitlines():
        head = line.split("\t", 1)[0].strip()
        if not head or head[:1].isupper() or head.startswith("00database"):
            continue
        word = fold(head).text
        if _WORD.fullmatch(word):
            out.add(word)
    return sorted(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--zipf-only", action="store_true", help="only rebuild zipf_en.txt from words_en.txt")
    args = parser.parse_args()
    if args.zipf_only:
        english = (args.out / "words_en.txt").read_text(encoding="utf-8").split()
        lists = [("zipf_en.txt", english_zipf(english))]
    else:
        english = english_words()
        lists = [("words_en.txt", english), ("zipf_en.txt", english_zipf(english)), ("words_cy.txt", welsh_words())]
    for name, words in lists:
        path = args.out / name
        path.write_text("".join(w + "\n" for w in words), encoding="utf-8")
        print(f"{path}: {len(words)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
