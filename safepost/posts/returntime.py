"""The time a trip post says the group will be back ("back at 5pm on Friday"), so a post with a
live-location finding can go out once the children are home instead of while they are away.

The live-location rule finds *where* and *when the group is there*; it does not extract a
return time, so this small parser reads the words after "back", "return" or "home".
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

LONDON = ZoneInfo("Europe/London")
_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_CUE = re.compile(
    r"\b(?:back|return(?:s|ing)?|home|get(?:ting)? back|arriv(?:e|es|ing) back|due back|pick[- ]?up)\b",
    re.IGNORECASE,
)
# A bare number counts only after "at", "by" or "around" ("back at 5"), so "back on the 12th"
# and "Year 5 are back" are not times.
_CLOCK = re.compile(
    r"(?:\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))? ?(?P<ampm>am|pm|a\.m\.|p\.m\.|o'?clock)"
    r"|\b(?P<h2>\d{1,2})[:.](?P<m2>\d{2})\b"
    r"|\b(?:at|by|around|about|for) (?P<h3>\d{1,2})\b(?![:.]?\d|st|nd|rd|th)"
    r"|\b(?P<noon>noon|midday))",
    re.IGNORECASE,
)
_DAY = re.compile(rf"\b(?P<day>today|tonight|tomorrow|{'|'.join(_DAYS)})\b", re.IGNORECASE)
WINDOW = 60  # characters after the cue word that may hold the time and day


def _clock(m: re.Match[str]) -> time | None:
    if m.group("noon"):
        return time(12, 0)
    hour = int(m.group("h") or m.group("h2") or m.group("h3"))
    minute = int(m.group("m") or m.group("m2") or 0)
    ampm = (m.group("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    elif ampm not in ("am", "pm") and hour < 7:
        hour += 12  # "back at 5", "home by 3:30": school trips come back in the afternoon
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _date_for(day: str | None, base: datetime) -> datetime:
    local = base.astimezone(LONDON)
    if day is None or day.lower() in ("today", "tonight"):
        return local
    if day.lower() == "tomorrow":
        return local + timedelta(days=1)
    ahead = (_DAYS.index(day.lower()) - local.weekday()) % 7
    return local + timedelta(days=ahead)


def stated_return_time(text: str, base: datetime) -> datetime | None:
    """The first return time the text states, as an aware datetime on or after ``base``'s day;
    None when the text gives no time with a return cue ("back at 5pm on Friday")."""
    for cue in _CUE.finditer(text):
        window = text[cue.end(): cue.end() + WINDOW]
        clock_match = next((m for m in _CLOCK.finditer(window) if _clock(m) is not None), None)
        if clock_match is None:
            continue
        clock = _clock(clock_match)
        assert clock is not None
        day = _DAY.search(window) or _DAY.search(text[max(0, cue.start() - WINDOW): cue.start()])
        date = _date_for(day.group("day") if day else None, base)
        return datetime.combine(date.date(), clock, tzinfo=LONDON)
    return None
