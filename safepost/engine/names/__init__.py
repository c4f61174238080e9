"""Children's names: the data and matching behind the ``pupil-name`` rule (PUP001).

* :mod:`.index` builds one Aho-Corasick automaton per school over every written form of each
  pupil's name (first, preferred, nicknames, Welsh mutations) plus common first names of
  children who are not on the roster;
* :mod:`.finder` runs it over a field: :mod:`.candidates` finds possible names, :mod:`.judge`
  decides each by its context (with :mod:`.things`, :mod:`.senses`, :mod:`.person` and
  :mod:`.namesakes`: a famous namesake read from how the post speaks of them), :mod:`.shapes`
  finds initials, spaced letters and glued names;
* :mod:`.lexicon` holds the word lists (titles, famous people, names that are also words);
* :mod:`.welsh` makes Welsh mutated forms; ``data/`` holds the name lists.
"""

from __future__ import annotations

from safepost.engine.names.finder import NameMatch, find_names
from safepost.engine.names.index import How, NameIndex, build_index, school_index

__all__ = ["How", "NameIndex", "NameMatch", "build_index", "find_names", "school_index"]
