"""LOC201's grammar of time: when a post says pupils are somewhere, in English and Welsh.

Kept apart from the rule so that the one question "does this window say *when* to find the
group?" reads in one place: now ("right now", "heddiw", "dyma ni yn", a location pin), on a
schedule ("every Tuesday", "bob nos Lun"), or on a date with a clock time ("Saturday at 9:30",
"nos Fawrth am 6"). A day without a time says nothing here, and a deadline ("pay by Friday") is
not a date anyone is anywhere. The Welsh day and month names carry their mutated forms ("nos
Fawrth", "fore Sadwrn"); the Welsh venue words that "we are here" needs come from
:mod:`._live_venues`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from safepost.engine.rules._live_venues import ALL_WELSH_VENUES

DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
#: The English months in full; ``MONTHS`` adds the short forms a date is written with ("3 Oct").
MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december"
MONTHS = MONTH_NAMES + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
# Welsh day names with their soft-mutated forms ("nos Fawrth", "nos Wener", "nos Lun").
WELSH_DAYS = "llun|lun|mawrth|fawrth|mercher|fercher|iau|gwener|wener|sadwrn|sul"
# The words before a Welsh day name: "dydd Mawrth", "ddydd Sadwrn", "nos Wener", "fore Sadwrn".
WELSH_DAY_PART = "dydd|ddydd|nos|bore|fore|prynhawn|brynhawn|pnawn|p'nawn|p’nawn|bnawn"
WELSH_MONTHS = "ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr"

# A greeting sent from somewhere ("Greetings from", "Helo o", "Bore da from") says the group is
# there now; the place grammar reads the same greeting as a preposition.
GREETING = r"(?:[Gg]reetings|[Hh]ello|HELLO|[Hh]iya|[Hh]elo|HELO|[Bb]ore da|[Pp]rynhawn da|[Ss]hw?mae|[Cc]yfarchion|[Ww]aving)"
#: A location pin (a place, and by itself the group there as it posts): "📍 Roath Park", "📍Castell Coch".
PIN = "\U0001F4CD"

# "now" at the end of a clause or before what the group is doing ("in the water now", "walking to
# the reservoir now and", "NOW —"), never "can now vote", "now open", "apply now", "from now on"
_BARE_NOW = (
    r"(?<!\bcan )(?<!\bcould )(?<!\bmay )(?<!\bwill )(?<!\bare )(?<!\bis )(?<!\bfrom )(?<!\buntil )(?<!\bby )"
    r"(?<!\bfor )(?<!\bapply )(?<!\bbook )(?<!\bbuy )(?<!\border )(?<!\bup )(?<!\bshop )(?<!\bvote )"
    r"(?<!\bhurry )(?<!\bregister )(?<!\bdonate )(?<!\bgrab )(?<!\bcall )(?<!\bring )"
    r"now(?=\s*$|\s*[^\w\s'’]|\s+(?:for|and|with|\w+ing)\b)"
)
#: Welsh verbs of living, knowing, learning and talking: "yn byw yng ...", "yn dysgu am ..." place nobody.
_STATIVE = (
    r"(?:byw|fyw|gwybod|wybod|dysgu|ddysgu|astudio|meddwl|feddwl|siarad|sôn|son|darllen|ddarllen|ysgrifennu"
    r"|edrych|hoffi|caru|cofio|breuddwydio|freuddwydio|diolch|ddiolch|codi|godi|paratoi|baratoi)"
)
#: The group is there as the post goes out.
NOW = re.compile(
    r"\b(?:right now|currently|at the moment|as we speak|today|this (?:morning|afternoon|evening)|tonight|heddiw"
    r"|(?:we've|we have|have|has|just) arrived|on (?:the|our) way|where we(?:['’]re| are) (?:currently|now)|where we (?:currently |now )?are"
    r"|we(?:['’]re| are) (?:still |now )?(?:staying on|still here)|just (?:pulled out|left|set off|boarded|got on)|day (?:\d|one|two|three|four|five)\b|live from|here at"
    r"|bore 'ma|y prynhawn 'ma|nawr|rwan|ar hyn o bryd|yn fyw o|ar y ffordd i"
    # Welsh: tonight, now (north), this morning or afternoon however it is spelt, just arrived
    r"|heno|rŵan|yn awr|(?:bore|bora|prynhawn|pnawn|p'nawn|p’nawn) ?(?:'|’)?ma|(?:newydd|wedi) (?:g|c)yrraedd"
    # the group is there as the post goes out: "dyma ni yn", "rydyn ni yng", "mae Blwyddyn 5 ar"
    # ("yn" also marks a verb, "rydyn ni i gyd yn gwybod": a capital or a venue must follow)
    r"|(?:(?:dyma|rydyn|rydan|ryden|ry'n|ry’n|dan|da|dyn|ydyn|ydan) ni|(?:yr )?ydym|(?<![\w'’] )ni(?: ['’]ma| yma)?"
    r"|(?:maen|ma'n|ma’n|ma' ?|ma’ ?) nhw"
    r"|mae(?:'r|’r)? (?:plant|disgyblion|tîm|côr|dosbarth \w+|blwyddyn \d{1,2}|bl ?\d{1,2}))"
    r"(?: i gyd| yma| nawr| rŵan)?"
    # the present tense: "mae'r plant yn chwarae ar draeth ...", "rydyn ni'n mwynhau'r haul ym Mharc ...",
    # "mae Blwyddyn 6 yn cerdded i fyny ...", "mae'r disgyblion yn ymweld â Chastell ..."
    # (not a verb of living, knowing or talking: "mae'r plant yn byw yng Nghaerffili" is no outing)
    r"(?:(?:['’]n| yn) (?!" + _STATIVE + r"\b)(?-i:[a-zâêîôûŵŷ]+)(?:['’]r (?-i:[a-zâêîôûŵŷ]+))?)?"
    r" (?:yn|yng|ym|ar hyd|ar|wrth|â|ag|i fyny|i lawr|i ben|o gwmpas|tuag at)[ \t]+(?:(?-i:(?:y |yr )?[A-Z][\w'’-]*)|(?:y |yr )?(?:"
    + "|".join(ALL_WELSH_VENUES) + r")\b)"
    # "Dyma ni!" (here we are), and the literary "ar yr awr hon" (at this hour)
    r"|dyma ni(?=\s*[!.,]|\s*$)|ar yr awr hon"
    # the group is there as the post goes out: "we're at ...", "having a great time at ...", "here until 3pm"
    r"|(?:we|they|children|pupils|students|kids|class|team|squad|choir|group|year \d{1,2}|[ps]\d)(?:'re|’re| are| is)"
    r" (?:all |still |currently |now |here )?(?:at|in|on)(?! (?:school|home|work)\b)"
    # a check-in on social media, "live at", and the Scots "just now" (at the moment)
    r"|checked in (?:at|to)|checking in at|live (?:at|fae)|just now"
    r"|(?:having|enjoying) (?:a |an |the )?(?:\w+ ){0,2}(?:time|day|morning|afternoon) (?:at|in|on)"
    r"|(?:until|till|til|tan)(?: tua)? \d{1,2}(?:[:.]\d{2})? ?(?:am|pm|o'clock)?"
    r"|ar y (?:bws|trên|ffordd|llong|cwch)"
    # "now" on its own, but not "now open", "from now on", "now that"; "rn" (right now), "heddi"
    # (southern "today"), "tonite", "in 5 mins", a greeting from a place, a coach trip's next stop
    r"|" + _BARE_NOW + r"|(?-i:rn)|heddi|tonite"
    r"|in (?:about |around |roughly |approx\.? )?\d{1,2} ?(?:mins?|minutes)|mewn \d{1,2} munud|at this moment|at present|" + GREETING + r" (?:from|o|fae)"
    r"|(?:next|toilet|comfort|loo|pit) stop)\b",
    re.IGNORECASE,
)
#: "Now" said so plainly that a past-tense word beside it ("the coach was late, but we've just arrived")
#: does not make the post a report afterwards.
STRONG_NOW = re.compile(
    r"\b(?:right now|currently|at the moment|as we speak|(?:we've|we have|just) arrived|staying on|just pulled out|day \d|live from|ar hyn o bryd|yn fyw o"
    r"|checked in at|live at"
    # still there: "saw the seals this morning and are still on the beach now", "are there all day"
    r"|are still|still (?:on|at|in)|are there(?! any\b| some\b)"
    r"|(?:newydd|wedi) (?:g|c)yrraedd(?! ?['’]?n[ôo]l| yn [ôo]l| adre)|dyma ni|(?-i:rn|NOW)"
    r"|in (?:about |around |roughly |approx\.? )?\d{1,2} ?(?:mins?|minutes)|at this moment|" + GREETING + r" (?:from|o|fae))\b",
    re.IGNORECASE,
)
#: A routine, the most dangerous: it repeats every week ("every Tuesday", "bob bore Sadwrn").
RECURRING = re.compile(
    rf"\b(?:every|each)(?: other| second)? (?:{DAYS}|day|morning|afternoon|evening|week|weekend)\b|\b(?:on )?(?:{DAYS})s\b"
    rf"|\b(?:{DAYS}) (?:mornings|afternoons|evenings|nights|lunchtimes)\b|\b(?:weekly|fortnightly)\b"
    rf"|\b(?:bob|pob) (?:(?:{WELSH_DAY_PART}) )?(?:{WELSH_DAYS})\b|\bar ddyddiau (?:{WELSH_DAYS})\b"
    r"|\b(?:bob|pob) (?:dydd|diwrnod|bore|prynhawn|pnawn|nos|noson|wythnos|penwythnos|pythefnos)\b",
    re.IGNORECASE,
)
#: A day or a date; it says when only with a clock time beside it.
DATE = re.compile(
    rf"\b(?:(?:this|next|on|from) (?:{DAYS}|weekend)|(?:{DAYS})(?: \d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTHS})|(?:{MONTHS}) \d{{1,2}}(?:st|nd|rd|th)?|tomorrow|yfory|fory"
    rf"|(?:{WELSH_DAY_PART}) (?:{WELSH_DAYS})|\d{{1,2}}(?:af|ail|ydd|edd|fed|ain)? (?:o )?(?:{WELSH_MONTHS})"
    rf"|\d{{1,2}}/\d{{1,2}})\b",
    re.IGNORECASE,
)
# Welsh hours in words, with their mutations ("hyd bedwar", "hanner awr wedi dau", "dri o'r gloch";
# "am" alone is also "for": "am bump diwrnod")
_WELSH_HOURS = (
    "un ar ddeg|dau|ddau|tri|dri|pedwar|bedwar|pump|bump|chwech|saith|wyth|naw|deg|ddeg|deuddeg|ddeuddeg|un"
)
#: A time of day, in digits or words, or a part of the day.
CLOCK = re.compile(
    # not a price ("£34.99")
    r"(?<![£$€\d])\b(?:\d{1,2}[:.]\d{2} ?(?:am|pm|a\.m\.|p\.m\.)?|\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2} o'?clock|\d{1,2} o'r gloch"
    # Irish and Scottish "half 10" (half past ten)
    r"|half \d{1,2}\b(?![:.]\d)"
    r"|(?:half|quarter) (?:past|to) (?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"|noon|midday|half[- ]time|kick[- ]off|(?:at|from|until|till|tan|am|tua) \d{1,2}\b(?![:.]\d)|(?:morning|afternoon|evening|lunchtime)"
    # 24-hour times with their unit ("1430hrs"), Welsh a.m./p.m. ("4-5yh", "9 y.b."), half past and quarter
    # to in Welsh, and the parts of a Welsh day ("amser cinio", "heno", "cic gyntaf")
    r"|\d{4} ?(?:hrs|hr|h)|\d{1,2}(?:[:.]\d{2})? ?(?:yb|yh|y\.b\.|y\.h\.)"
    r"|(?:hanner awr|chwarter) (?:wedi|i) \d{1,2}|amser cinio|cic gyntaf|bore|prynhawn|pnawn|heno|gyda['’]r nos"
    # hours after a day ("Friday 11–12", "nos Lun 5-6"; a bare range elsewhere is often ages or years),
    # "between 1 and 2" in Welsh, midday
    rf"|(?:{DAYS}|{WELSH_DAYS})(?: \d{{1,2}}(?:st|nd|rd|th)?)?,? (?:1[0-2]|[1-9])(?:[:.][0-5]\d)? ?[–-] ?(?:1[0-2]|[1-9])\b"
    r"|rhwng \d{1,2}(?:[:.]\d{2})? a \d{1,2}|hanner dydd|canol dydd|brynhawn|bnawn|fore"
    rf"|(?:hanner awr wedi|chwarter (?:wedi|i)|tua|hyd|tan) (?:{_WELSH_HOURS})\b|(?:{_WELSH_HOURS}) o['’]r gloch)",
    re.IGNORECASE,
)

# "pay by Friday", "forms back before Monday": a deadline, not when anyone is anywhere.
DEADLINE = re.compile(
    r"\b(?:by|before|deadline|due|closes|closing date|no later than|until)\W{0,3}(?:\w+\W{1,3}){0,1}$",
    re.IGNORECASE,
)
# A clock time written with digits ("9.40", "11am"), not a part of the day.
CLOCK_TIME = re.compile(r"(?<![£$€\d])\b(?:\d{1,2}[:.][0-5]\d|\d{1,2} ?(?:am|pm))\b", re.IGNORECASE)


@dataclass(frozen=True)
class Timing:
    """When the group is at a place, how sure the rule is, and the words that say so."""

    kind: str  # now | recurring | date-and-time | date
    confidence: float
    evidence: str


def timing(window: str) -> Timing | None:
    """When the group is there, from the text around the place; None when no time is given."""
    if (m := NOW.search(window)) is not None:
        return Timing("now", 0.85, m.group())
    if PIN in window:
        return Timing("now", 0.8, PIN)  # a pin with no past tense: where the group is as it posts
    if (m := RECURRING.search(window)) is not None:
        return Timing("recurring", 0.8, m.group())
    date = next(
        (
            d
            for d in DATE.finditer(window)
            if not DEADLINE.search(window, max(0, d.start() - 25), d.start())
        ),
        None,
    )
    if date is None:
        return None
    clock = CLOCK.search(window)
    if clock is not None:
        return Timing("date-and-time", 0.85, f"{date.group()} … {clock.group()}")
    return None  # a day without a time (or a term-dates list) does not say when to find them
