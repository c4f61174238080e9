"""Find children's names in one field of text: the pipeline.

:func:`find_names` takes the possible names the school's automaton finds (:mod:`.candidates`),
judges each by the words around it (:mod:`.judge`), adds the other shapes a name takes
(:mod:`.shapes`: "R. Smith", "A m e l i a", hashtags, file names) and returns
:class:`NameMatch` es with offsets into the field's *original* text.
"""

from __future__ import annotations

from dataclasses import replace

from safepost.engine.names import irish_shapes, photo
from safepost.engine.names.candidates import automaton_matches, candidates
from safepost.engine.names.context import Text
from safepost.engine.names.index import How, NameIndex, blank
from safepost.engine.names.judge import accept_list_mates, judge
from safepost.engine.names.match import Candidate, NameMatch, to_match
from safepost.engine.names.photo import PostNames
from safepost.engine.names.shapes import (
    after_a_pupils_kin,
    after_strong_cue,
    cued_nickname,
    glued,
    initial_surnames,
    spaced_out,
)
from safepost.engine.textnorm import Folded

#: Beyond this many possible names in one field, context is no longer read (hostile input).
_MAX_JUDGED = 2000

__all__ = ["NameMatch", "find_names"]


def find_names(folded: Folded, index: NameIndex, file_name: bool = False,
               post: PostNames | None = None) -> list[NameMatch]:
    """Every child's name in the text behind ``folded``, in text order. ``post``: what the
    post's own text said of the pupils, for a photo's file name or alt text."""
    return _find(folded, index, file_name, post)[0]


def find_names_in_post(folded: Folded, index: NameIndex) -> tuple[list[NameMatch], PostNames]:
    """A post's text: its children's names, and what it says of each word-name (for its photos)."""
    matches, found, text = _find(folded, index, False, None)
    return matches, photo.read_post(text, index, found, matches)


def _find(folded: Folded, index: NameIndex, file_name: bool,
          post: PostNames | None) -> tuple[list[NameMatch], list[tuple[int, int, str]], Text]:
    text = Text(folded, blank(folded.text))
    found = automaton_matches(text, index)
    found_names = candidates(text, index, found, file_name)
    accepted: dict[int, NameMatch] = {}
    undecided: list[Candidate] = []
    rejected: set[int] = set()  # original starts of names judged not a child
    for i, cand in enumerate(found_names):
        if i < _MAX_JUDGED:
            verdict = judge(text, index, cand, file_name)
        else:  # a flood of names is hostile input: keep the cost linear, trust only plain roster names
            verdict = cand.entry.how is How.NAME and cand.key not in index.word_keys
        if post is not None:
            verdict = photo.reweigh(text, index, cand, verdict, post, file_name)
        if verdict is True:
            match = to_match(text, cand)
            accepted[match.start] = match  # keyed by original offset, as list mates look them up
        elif verdict is None:
            undecided.append(cand)
        else:
            rejected.add(text.span(cand.start, cand.end)[0])
    accept_list_mates(text, undecided, accepted)
    irish_shapes.repeated_in_capitals(text, undecided, accepted)
    matches = list(accepted.values())
    matches.extend(initial_surnames(text, index, found))
    matches.extend(spaced_out(text, index, matches))
    matches.extend(glued(text, index, matches, file_name))
    if not file_name:
        matches.extend(after_strong_cue(text))
        matches.extend(after_a_pupils_kin(text, index))
        matches.extend(irish_shapes.birth_or_sibling(text))
        # a Welsh mutation the judge read as a word ("Rhosyn a Chelyn") is no Irish lenition either
        matches.extend(m for m in irish_shapes.lenited_names(text, index) if m.start not in rejected)
        matches.extend(cued_nickname(text, index))
    return _joined_full_names(text, _without_overlaps(matches)), found, text


def _joined_full_names(text: Text, matches: list[NameMatch]) -> list[NameMatch]:
    """"Amelia Thomas" where Thomas is also a first name: one name, so one finding."""
    out: list[NameMatch] = []
    joined: set[int] = set()  # starts of matches already joined: "A B" is a name, "A B C D" a list
    for match in matches:
        last = out[-1] if out else None
        if (
            last is not None
            and last.start not in joined
            and not (last.hashtag or match.hashtag)
            and text.original[last.end : match.start] == " "
            and text.original[match.start : match.start + 1].isupper()
        ):
            pupils = last.pupils or match.pupils
            out[-1] = replace(last, end=match.end, pupils=pupils, confidence=max(last.confidence, match.confidence))
            joined.add(last.start)
            continue
        out.append(match)
    return out


def _without_overlaps(matches: list[NameMatch]) -> list[NameMatch]:
    out: list[NameMatch] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if out and match.start < out[-1].end:
            continue
        out.append(match)
    return out
