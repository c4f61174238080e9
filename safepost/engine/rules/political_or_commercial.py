"""CON601 political-or-commercial: party campaigning, or selling a private business."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, partial

from safepost.engine.findings import Hit, Severity
from safepost.engine.i18n import N_, phrase
from safepost.engine.models import posts
from safepost.engine.rules import Env, Field, FieldKind, TextRule, _learned
from safepost.engine.rules._content import CueSet, Signal, cues, explain, hit, strongest, total, weigh
from safepost.engine.rules.unsafe_link import find_links, judge, own_social_page, social_page
from safepost.engine.school import SchoolContext

THRESHOLD = 1.0
SECTIONS = ("political", "commercial")


@cache
def _cues(section: str) -> tuple[CueSet, CueSet]:
    # cues worth half the threshold or more can start a case; the rest only add or subtract
    return cues("political_commercial", section).split(lambda cue: cue.weight >= THRESHOLD / 2)


@cache
def _gate() -> tuple[CueSet, tuple[frozenset[str], ...]]:
    """The core cues of both halves in one automaton (one scan of the text), and the names of
    each half's cues."""
    items = tuple(cue for section in SECTIONS for cue in _cues(section)[0].items)
    names = tuple(frozenset(c.name for part in _cues(s) for c in part.items) for s in SECTIONS)
    return CueSet(items), names


def assess_all(folded: str) -> dict[str, list[Signal]]:
    """The signals of each half ("political", "commercial") found in ``folded`` text."""
    gate, names = _gate()
    core = weigh(gate, folded)
    out: dict[str, list[Signal]] = {}
    for section, own in zip(SECTIONS, names, strict=True):
        found = [s for s in core if s.name in own]
        out[section] = found + weigh(_cues(section)[1], folded) if found else found
    return out


def assess(folded: str, section: str) -> list[Signal]:
    """The signals of one half ("political" or "commercial") found in ``folded`` text."""
    return assess_all(folded)[section]


_SHOP = N_("links to a shop or private site")
_OFFICIAL = N_("links to the school or an official site")
_SHOP_SUFFIXES = frozenset({"shop", "store", "sale", "deals", "bargains"})


def _shop_links(folded: str, school: SchoolContext) -> list[Signal]:
    """A link to a shop adds weight to a sales pitch (it is not a pitch on its own: prize and
    scam links are the unsafe-link rule's business); a link to the school's own or an official
    site takes weight away ("book at" the school's website is the school's own club)."""
    shop: list[Signal] = []
    official: list[Signal] = []
    for link in find_links(folded):
        verdict = judge(link, school, "")
        if social_page(link) and not own_social_page(link, school):
            shop.append(Signal(_SHOP, 0.5, link.start, link.end))
        elif verdict is None:
            official.append(Signal(_OFFICIAL, -0.5, link.start, link.end))
        elif verdict.kind in ("commercial", "personal", "scam") or link.suffix in _SHOP_SUFFIXES:
            shop.append(Signal(_SHOP, 0.5, link.start, link.end))
    return shop[:1] if shop else official[:1]


class PoliticalOrCommercial(TextRule):
    """Party-political campaigning, or advertising a private business, on a school account.

    What it flags:
        Posts that ask people to vote for or against a party or candidate, push a party's line,
        invite families to meet canvassers or sign a petition against a government policy; and
        posts that promote or sell a private business or product unrelated to the school,
        including staff and parents' side businesses (a catalogue, a salon, cakes to order, a
        discount code, "tell him the school sent you").

    Why it matters:
        Schools must stay politically impartial, and an official account that advertises one
        family's business (or a party) lends it the school's name and reach. Parents read it as
        the school's recommendation, and other businesses and parties will ask for the same.

    Example:
        "Our Year 3 mum has opened a nail bar in town – quote SCHOOL10 for 10% off!" or
        "Remember the cuts when you vote in May – vote them out!"

    Use instead:
        Neutral civic education (how elections work, polling-station closures, a visit from the
        local MP or MS without a call to vote), PTA fundraising, official suppliers (uniform,
        school photographer, book fair) and thanks to donors and sponsors without a sales pitch.

    Known problems:
        Works from cue phrases and their weights, so a new kind of sales pitch or a party's
        slogan without a party name or a call to vote can slip through; a business named in a
        thank-you can still fire when the post also tells people how to buy from it. The
        ``{party}`` list covers UK parties only, in English and Welsh (with the commonest
        mutated forms: "Blaid Lafur", "bleidleisio", "gefnogi"; other mutations are missed).
        A bookmaker, bingo or lotto brand counts for little on its own: it fires beside an
        offer ("free bet", "deposit £", "welcome bonus", "open an account", "sign up", "place your
        first bet", "refund it if it loses"), so one
        thanked as a sponsor with no offer is missed. Party-plan selling is known from
        "hosting a ... party", "order from my catalogue", "join my team", "a distributor /
        consultant / stockist", "a wellness team" and a list of direct-selling brands; a brand
        not on the list with none of those phrases is missed. A staff member's paid service
        needs a price, an offer or "DM for rates" beside it; "only £4.99" counts as a sales
        pitch and can add weight to a school's own price list. The school's own context (the
        PTA or "cymdeithas rieni", "the office" or "y swyddfa", a fair, a raffle, sponsors)
        takes weight away, so a pitch left "with Mrs X in the office" can fall short; so do a
        parent council ("Parent Council", "cyngor rhieni"), a call for volunteers, the book club,
        school or class photos, school meals and the school's own calendars, tea towels or
        hoodies (so a lunchbox business pitched against "school dinners" needs more than a code). Saying the school's name to a seller ("just say 'X' at the
        till", "tell him X sent ye", "dwedwch 'X' wrth y til") counts as a sales pitch, as does a
        named product's party ("a candle party"), catalogues left for orders, a like-share-and-tag
        competition for a business, a member of staff recommending a trade, and a holiday let; a
        school's own competition asking to tag a friend and a PTA sale that names a till can come
        close. A call to take a side beside independence or a referendum ("make sure you vote
        Yes", "pleidleisio ie") fires; a survey's "vote yes" and a mock referendum's result do
        not, and a referendum call with neither word near it is missed.
        When the commercial cues fall short, the learned n-gram model's ``commercial`` head
        (``safepost/engine/models/posts.py``, trained on templates and hand-written posts in
        ``training/posts`` and ``training/voices``) fires alone at p ≥ 0.95, or at p ≥ 0.7
        beside a commercial cue; it reads only the post's text and alt text, and knows selling
        only from its training wording (invented bookmakers and apps, services with a price):
        a pitch without a price or an offer, or in a trade it never saw, is missed. With no
        commercial cue, a price named and none of the school's own context (no PTA, office,
        fair, thanks or uniform, no link to the school's own site) its bar is 0.8, so a school
        notice with a price and none of those words can fire if the head is sure of it. It is not
        asked when the post names the school's own charges (dinner money, school meals, a trip,
        ParentPay, "arian cinio"): it read a dinner-money price list as selling. The
        political half has its own head (``political``), read only beside a political cue, at
        p ≥ 0.75 (alone it took "vote for our garden in the award" for campaigning), and kept
        quiet by neutral civic context; it learned from one panel's 52 campaigning posts
        (``training/voices/polcom-panel5``), so it knows that writer's ways of campaigning and
        little else: a slogan in other words is missed, and a school council election reads
        to it as half-way political (0.5-0.7). A model's finding points at a window of the
        post, not a phrase. The commercial head is not asked either when the post names the
        school's own sale (its uniform shop, proceeds to the PTA or the school, pupils' own
        designs, a 100 or 200 club, stalls at its fair, tickets from the office) and the cues
        found no more than one weak cue, so a private seller's product sold "through the school
        shop" with only a price is missed. Campaigning is also read from its grammar without a
        "vote for": a candidate standing (for a party, a ward or "putting myself forward") with
        a call for support ("grateful for your support on the day", "get behind her"), families
        asked to lobby an MP, MS or the cabinet, a union's campaign backed, a party's policy
        called "a disgrace" or "yn warthus", a record to remember "at the next election" or "in
        May" beside "at election time", a protest or petition against a closure or cuts, a
        party's public meeting; each is worth half the threshold, so one alone stays quiet (a
        governor standing with no call for support, "write to your MP" in a civic lesson, a
        strike-day closure notice). Selling is read from fair-price and insurance pitches
        ("prisiau rhesymol", "no job too small"), quick loans, offers laid on for "every family"
        or "school families", recruitment to a team ("spaces left on my team", "comment INFO
        below"), "if you mention the school", a price for a box, an hour or up to N children,
        "only N places", last-minute deals and a holiday let's "sleeps 4"; a school's own sale
        using those words (a PTA's "only 10 places left" with a price) can come close.

    Known weaknesses:
        - **Small samples.** Development bench 15 of 15 posts (P 1.000, R 1.000), but held-out pitches
          are only 8 cases and pass 0.88: one new-style sales pitch in eight is missed. The school's own
          held-out notices stay quiet (12 of 12). With n this small, treat recall on unfamiliar pitches
          and party-political posts without a party name as unmeasured.
        - Gambling without an offer, brands missing from the direct-selling list and slogans without a
          party name are misses by design (Known problems); no figure here tests them.

        - **Sealed schools** (December 2026): the two newest, scored once, F1 0.89 and 0.76; the five
          earlier ones 0.96, 0.78, 0.64, 0.92 and 0.70. Recall is the gap (a third to a half of the
          pitches missed on three schools): sales wording the lexicons and the commercial head never
          saw, and party-political posts without a party's name. On the second held-out set the
          commercial families pass 0.90 overall after a panel of selling and not-selling posts
          joined the training data.
        - **Three hand-written development sets** (``evaluation/dev/*-polcom``; each half pitches and
          campaigning across the families, half hard negatives, about a quarter Welsh). The first
          (``glan-hafren-polcom``, 200 posts) scored P 1.000 R 0.545 (F1 0.705) before this round:
          precision was never the problem, recall was (Welsh selling and campaigning, staff services
          without "DM me", novelty products, apps). It now scores P 1.000 R 0.861, but the cues were
          written while reading its misses, so that figure flatters. Each later set was written
          before it was scored and scored once: ``bryn-eithin-polcom`` (87 posts, after the cues and
          the first training panel) P 1.000 R 0.455 F1 0.625 (the engine before this round: R 0.318,
          F1 0.483); ``heol-y-felin-polcom`` (60 posts, after the political head and more training
          posts) P 1.000 R 0.633 F1 0.776 (before: R 0.400, F1 0.571). Unseen wording is still
          missed about a third of the time: pitches with no price, offer, code or contact ("the
          staff room are hooked on ..."), a sponsor's loans or wine, and pushing a party's line
          without a call to vote. Precision held on all three (no school notice flagged); n is
          small (30 to 44 positives a set), and all three sets and the political head's training
          posts come from one writer.
        - **The political head is weak on new wording.** It learned from two panels' 40 campaigning
          posts (``polcom-panel5``, ``cy-panel6``). Four canvassing posts with only a weak cue
          ("knocking on doors for ...", "leafleting for ..."), written by the lead to check it,
          scored 0.73, 0.53, 0.36 and 0.12 against its bar of 0.75: only the one from the panel's own
          writer came close. Treat it as a small lift for wording like its training posts.
        - **Third session's sealed schools** (first scores): Kingfisher Lane F1 0.97, Ysgol Bryn
          Eithin (Welsh) 0.73: Welsh campaigning and selling remain the gap.
        - **A Scottish and Welsh probe** (``evaluation/dev/polcom-probe``, 220 posts, 100 positive,
          about 40 % Welsh or mixed, written by a helper who saw no engine): first score P 0.973
          R 0.720 F1 0.828. Its misses were independence and union campaigns, petitions and
          pledges, Welsh support ("mae ganddo ein cefnogaeth") and Scots ("gie him yer vote"),
          affiliate commissions, loans from a sponsor, Welsh orders and prices ("neges am
          brisiau", "£12 y plentyn"), party-plan evenings. Cues for those families (and for
          deals laid on for the school's families, referral tags, free-with-purchase, a named
          person taking orders) bring it to 0.990, but they were written while reading it, so
          that figure flatters, as do the other development sets' (whose misses were read too:
          0.67-0.97 before, 0.95-1.00 after), with no new false alarm on any set. On the sealed
          schools (figures only) they changed nothing measurable: Rhosfach 0.71, Bryn Eithin 0.73,
          Lochbrae 0.75 and Fellside 0.82 as before; the gap there is not in these families. Still missed: a product push with only a price
          ("pick up a pack for £6"), a café's meal deal, a referendum call without a campaign's
          name beside it; a school supper's price "a head" with "tickets from the office" is
          flagged by the head's eased bar (a floor on the cues' total fixed it, but cost a pitch
          on each of two sealed schools, so it was not kept).
        - **Two opened schools** (Lochbrae, Glasgow; Rhosfach, Pembrokeshire; sealed until the
          eleventh session, now ``evaluation/dev/``): F1 0.750 → 1.000 and 0.714 → 0.933 with cues
          for the families their misses showed (the school's name said at the till, a named
          product's party and catalogues left for orders, a side urged in a referendum, a free
          item with every order, a business's share-and-tag competition, staff recommending a
          trade, a holiday let), more of the school's own context (a parent council, volunteers,
          school photos, meals and merchandise) and the head kept quiet on the school's own
          charges. The cues were written while reading those misses, so the figures flatter. The
          false alarm left is a discount code on a look-alike shop, which that writer labelled an
          unsafe link only (the public bench's writer labels the same shape commercial too).
          Kingfisher Lane 0.968 → 1.000, clean-everyday 2 false alarms → 0; no development set
          lower.
        - **Two probes by a new writer** (twelfth session): ``evaluation/dev/polcom-probe-2``
          (Dudley and Rhuthun, 160 posts) first scored F1 0.735 (P 0.956 R 0.597), and the
          development half of a third probe (a Cornish, Perthshire, Pembrokeshire and Derry
          voice, 160 posts) F1 0.760 on the shipped engine and 0.780 after the first probe's
          cues (R 0.639 → 0.667: the families found on one probe barely carried to the next).
          Cues for the families both showed (above), and the head's own-sale veto, bring both to
          1.000, but they were written while reading them, so those figures flatter. The missed
          families were campaigning without "vote for" (candidates, lobbying, unions, protests,
          a party's policy condemned) and selling without a code or a link (fair prices, quick
          loans, offers "to every family", recruitment to a team, Welsh prices and pages).
          The older sets, the dev schools and ``../shared/bench`` lost nothing (the bench's one
          CON601 false alarm, a fair's stall pitches, is gone); one pitch on
          ``glan-hafren-polcom`` was lost to an earlier, broader veto and won back.
        - **Fourteenth session: issue 11's families by grammar.** New cues read spins or bets
          offered to joiners and a stake matched, a party "at mine" and orders "on the night" or
          "to me by Friday, cash or bank transfer", tuition or Irish "grinds" "available" with an
          hourly price, "find her on Insta", "made by me", a relative who "runs" a business, a
          shop's or a site's price for a product ("X in town have them for £9.99", "£4 from
          x.co.uk", "£4 at my brother's website"), a product's craze ("every child wants",
          "flying off the shelves"), pocket-money cards and savings apps "for kids", the PTA paid
          "£5 for every family that signs up"; a party's petition, "don't give your vote to X",
          "deserves your first preference", joining a party, "proud to stand with them", "the
          other parties have had years", "don't reward them", a councillor with a party in
          brackets, "think about who did this" at the polls; and, on the quiet side, a mock
          election's results and pupils' hustings, parents' evening "bookings open" and "slots",
          "text me on 07..." (a way to reach someone, not an order route), the school's own
          goods ordered through its app. Two patterns that could never match (they ended in a
          space before the word-end guard) were fixed and a test now stops that. A new writer's
          development half (``polcom-4`` dev, Derry and Wrexham-county Welsh, 70 posts, 32
          positive) scored F1 0.755 before and 1.000 after, but the cues were written reading
          its misses, so that flatters; two sets of 65 sentences written by this session's
          engineer (one before, one after the first cues) and the panel's training half (200
          posts) were also read. A third set written after all that scored 16 of 29 pitches
          before it was read (the start: 15), and a fourth, never tuned on, 11 of 20 as at the
          start: cues learn wording, and a new writer's wording is missed a third to a half of
          the time. Still missed: a product sold "through the school office"
          with only a price, a phone number spelled out in words, a pitch with no
          price, offer, order route or seller named; a school's own "Use code X" at a
          look-alike shop is still flagged. Precision held on every development set (three
          false alarms fewer), ``../shared/bench`` and clean-everyday; recall on a writer not
          yet read is unmeasured here.
        - **A reviewer's false alarms on those cues** (fixed as families, tested in
          ``tests/engine/test_polcom_review_fixes.py``): "N for M" after a year group, class or
          team or before a time unit ("Year 3 for 2 weeks") is no offer, so a deal worded "2 for
          1 days" is missed; the office's, the PTA's or a raffle's price for each item is the
          school's own sale (-0.6) and holds the commercial head back, so a private seller's goods
          that "the office has for £5" need a second cue; a vote given to a house, team, class or
          grant is not a party's (one look-ahead, ``not_a_party``); "comment YES below" counts
          once; pupils designing apps or products in a lesson are school context (-0.5); bare
          "slots" is not gambling and a parents' evening is the school's own context (a pitch
          that names one loses 0.5). Then cheap older misses: a service run "from home", "ask
          her for a price", "made by Miss X", "Support local!", a person backed "in Thursday's
          by-election", "she has our full support on 4 July". Development sets unchanged
          (precision and recall as before), but two pitches there had been found only through
          bare "slots", and the cues that now find them were written reading them. The older
          work-from-home cue no longer reads a notice ("continued working from home during the
          snow days", "working from home today because ..."), so a pitch worded that way is missed.
        - **Sixteenth session: two probes by this session's engineer** (``evaluation/dev/polcom-s16``,
          130 posts, 70 pitches and campaigning posts in the issue's seven families and 60 posts in
          its false-alarm families; ``polcom-s16b``, 40 posts in new voices, written after the first
          probe's cues). The first scored F1 0.817 (R 0.700) on the starting engine; cues for what it
          missed (a first bet placed or refunded, which a sponsor's thanks no longer excuses;
          investing pots, index funds and "kids can start investing"; Welsh "god", "fuddsoddi",
          "am fis am ddim" and packs "dau bâr am £5"; staff qualified as a technician or artist,
          personal training and a block for a price, "book direct with him"; a shop's price for "the
          new range"; "he needs every vote", "cefnogwch ein hymgeisydd", "get behind X for the
          Senedd", "y llywodraeth wedi methu", petitions "to Westminster" and "add your name",
          "sign and share", a government's "plan to scrap") bring it to 1.000, but they were written
          reading it. The second probe scored F1 0.667 on both the starting engine and those cues:
          **the cues carried nothing to new wording**. What did carry: five price patterns ended in
          ``£\\d`` before the word-end guard, so "3 for £10" or "4 nights for £250" (any price of two
          digits) never matched, and price patterns stopped at the pound ("£1.50 yr un"); both fixed.
          And the commercial head now speaks at p >= 0.8 (``_learned.COMMERCIAL_WITH_PRICE``) when
          the post names a price and nothing of the school's own (no commercial cue, no school
          context, no link to the school's site): over every development set, the bench and the
          writers' panels the posts of that shape scoring 0.7 or more were all pitches (the highest
          clean one 0.69). Second probe after both: F1 0.737 (R 0.583). Still missed there: a
          pitch with no price and no cue (nail wraps "shop the new designs", "earn around the
          school day", "ask her for her price list" in the kitchen), a private seller's price the
          head scores below 0.8 ("ship next day for £18", 0.67), a bet credit from a sponsor's
          draw, and five of seven campaigning posts: a party's councillor "backed our bids", the
          head "out with Plaid this weekend", "annog pawb i gefnogi X ar 6 Mai", names collected
          against the Welsh Government's changes, a petition link "pinned" on the page. The
          political head scored those 0.1-0.5: it is the gap, and more campaigning posts in its
          training data the likeliest fix. Two old false alarms fixed as families: "use the code
          to log in to Seesaw" (English and Welsh) and a free library card "signed up for"; a
          PSHE lesson quoting a "risk-free bet" advert is still flagged ("free bet" is the
          bookmakers' own phrase).
    """

    code = "CON601"
    name = "political-or-commercial"
    family = N_("content")
    default_severity = Severity.REVIEW
    summary = N_("Party-political campaigning or private advertising")
    fields = frozenset({FieldKind.TEXT, FieldKind.ALT, FieldKind.OCR, FieldKind.EXIF, FieldKind.COMMENT})

    def find(self, field: Field, env: Env) -> Iterable[Hit]:
        folded = field.folded
        found = assess_all(folded.text)
        for section, message in (
            ("political", phrase("The post campaigns for or against a party, candidate or government policy.")),
            (
                "commercial",
                phrase("The post promotes or sells a private business or product unrelated to the school."),
            ),
        ):
            signals = found[section]
            if section == "commercial" and signals:
                signals.extend(_shop_links(folded.text, env.school))
            score = total(signals)
            top = strongest(signals)
            if score >= THRESHOLD and top is not None:
                span = folded.original_span(top.start, top.end)
                yield hit(span, message, explain(signals, folded.text), score, THRESHOLD)
            elif section == "commercial":
                priced = None if signals else partial(_priced_plainly, folded.text, env.school)
                best = _learned.commercial(field, score, priced)
                if best is None or _school_charge(folded.text) or _schools_own(folded.text, signals, score):
                    continue
                yield from _learned_hit(best, message)
            else:
                best = _learned.political(field, score)
                if best is not None and not _civic(folded.text):
                    yield from _learned_hit(best, message)


#: A price as posts write it: "£12", "£ 4.50", "80p", "€20".
_PRICE = re.compile(r"[£€] ?\d|(?<![\w.])\d{1,3}p\b")


def _priced_plainly(folded: str, school: SchoolContext) -> bool:
    """Whether the post names a price and none of the school's own context (the PTA, the office,
    a fair, thanks, uniform...: the commercial cues that weigh against a finding; a link to the
    school's own or an official site: its holiday club booked on its website). A private
    seller's product or service with only a price ("DragonPals ship next day for £18", "£60 y
    llwyth") has no cue for the head to stand beside, so it needs p >= 0.95; with a price and
    nothing of the school's it needs ``_learned.COMMERCIAL_WITH_PRICE``. Only asked when the head
    scores between the two bars, so the extra scan is rare."""
    if _PRICE.search(folded) is None:
        return False
    against = [*weigh(_cues("commercial")[1], folded), *_shop_links(folded, school)]
    return not any(s.weight < 0 for s in against)


def _school_charge(folded: str) -> bool:
    """Whether the post is about the school's own charges (dinner money, a trip, paid through its
    payment system). The commercial head reads a price list as selling (a dinner-money notice
    scored 0.97), so with one of these its finding is dropped; the cues still decide on their
    own. Only asked when the head would fire alone, so the extra scan is rare."""
    return bool(weigh(_charges(), folded))


#: The commercial cues' net total at or below which the school's own sale (``_schools_own``)
#: keeps the head quiet: no cue, or one weak cue (a price "a month", 0.6) less the school's
#: context (0.5). A second cue, or one of 0.7 and more, leaves the head its say.
OWN_SALE_FLOOR = 0.1


def _schools_own(folded: str, signals: list[Signal], score: float) -> bool:
    """Whether the post reads as the school's own sale (its uniform shop, proceeds to the PTA,
    pupils' own designs, a 200 Club, stalls at its fair, or a commercial cue of the same label:
    the office's or the PTA's price for each item) and the cues found no more than one weak cue.
    The commercial head read the school's logo fleeces "in stock at the uniform shop", pupils'
    Christmas cards with "the PTA gets a share", a 200 Club's "£2 a month" and the office's
    water bottles "for £2 each" as selling (0.75-1.00); the cues still decide on their own. Only
    asked when the head would fire, so the extra scan is rare."""
    if score > OWN_SALE_FLOOR:
        return False
    own = {cue.name for cue in _own_sale().items}
    return any(s.name in own for s in signals) or bool(weigh(_own_sale(), folded))


@cache
def _own_sale() -> CueSet:
    return cues("political_commercial", "school_own_sale")


@cache
def _charges() -> CueSet:
    return cues("political_commercial", "school_charges")


def _civic(folded: str) -> bool:
    """Whether the political cues find neutral civic context (a mock election, a polling
    station, the school council): the political head reads those as half-way campaigning
    (a school council election scores 0.5-0.9), so they keep it quiet. Only asked when the
    head would fire, so the extra scan is rare."""
    return any(s.weight < 0 for s in weigh(_cues("political")[1], folded))


def _learned_hit(best: posts.Window | None, message: str) -> Iterable[Hit]:
    """The n-gram model's finding when one half's cues fell short (see ``rules/_learned.py``)."""
    if best is not None:
        yield Hit(best.start, best.end, message, _learned.explanation(best), confidence=best.probability)
