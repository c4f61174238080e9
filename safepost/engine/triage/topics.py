"""What `safepost explain` prints for each triage category and action (``TOPICS``).

``safepost.engine.docs`` looks here; a test checks that every category and action has a page.
"""

from __future__ import annotations

from safepost.engine.i18n import N_

_PRECEDENCE = (
    "When a comment fits several categories the first in this order wins: safeguarding > threat > "
    "hate > abuse > complaint > question > spam > praise > other."
)


def _category(name: str, what: str, example: str, not_this: str, actions: str) -> str:
    return (
        f"# {name} (triage category)\n\n## What it is\n{what}\n\n## Example\n{example}\n\n"
        f"## Not this category\n{not_this}\n\n## What safepost asks you to do\n{actions}\n\n{_PRECEDENCE}\n"
    )


#: Each action's "what to do", as the inbox shows it beside a comment (a translatable engine text).
ACTION_STEPS: dict[str, str] = {}

#: Each action's name for people (the kebab names are ids).
ACTION_TITLES: dict[str, str] = {
    "alert-dsl": N_("Alert the designated safeguarding lead"),
    "report-police": N_("Report to the police"),
    "report-ceop": N_("Report to CEOP"),
    "keep-evidence": N_("Keep evidence"),
    "hide-and-explain": N_("Hide it and explain why"),
    "report-slt": N_("Tell senior leadership"),
    "refer-complaints-procedure": N_("Point to the complaints procedure"),
    "ask-to-remove": N_("Ask the author to remove it"),
    "reply-before-deadline": N_("Reply before the deadline"),
    "remove-spam": N_("Remove the spam"),
    "remove-personal-data": N_("Remove the personal data"),
}


def _action(name: str, what: str, when: str, why: str) -> str:
    ACTION_STEPS[name] = what
    return (
        f"# {name} (triage action)\n\n## What to do\n{what}\n\n## When safepost asks for it\n{when}\n\n"
        f"## Why\n{why}\n\nThe action cites your policy pack's clause (`actions.{name}.clause`). "
        "An action with no clause is listed only when the law or safeguarding requires it.\n"
    )


CATEGORIES: dict[str, str] = {
    "safeguarding": _category(
        "safeguarding",
        "A concern about a child's safety or wellbeing: neglect, injury, self-harm, exploitation, missing or "
        "unsupervised children, suspicious adults near pupils; a child disclosing harm or asking a member of staff "
        "for private contact; an adult seeking private contact with children or their images.",
        "\"my son says a man in a car keeps asking him to get in\"; \"miss can u message me\"; "
        "\"she said she wants to hurt herself\".",
        "A general grievance about road safety or how bullying was handled is a complaint.",
        "alert-dsl at once (always listed, even without a clause), keep-evidence; report-ceop for online "
        "exploitation when the policy names CEOP; hide the comment from public view if it identifies a child. "
        "Missing one of these is the worst mistake triage can make, so safepost errs towards this category.",
    ),
    "threat": _category(
        "threat",
        "A threat or incitement of violence or harm to people or property, explicit, implied (\"I know where she "
        "parks\") or conditional (\"do that again and see what happens\").",
        "\"watch your back\"; \"someone should torch that school\".",
        "Everyday exaggeration (\"this traffic will be the death of me\").",
        "report-police and keep-evidence (always listed: threats may be crimes), hide-and-explain and report-slt "
        "when the policy has clauses for them.",
    ),
    "hate": _category(
        "hate",
        "Hostility towards people because of race, ethnicity, nationality, religion, sexual orientation, gender "
        "identity, sex or disability, including slurs.",
        "\"send them all back where they came from\".",
        "A fairness complaint that mentions a festival or a language without hostility is a complaint. A friendly or "
        "proud mention of a group (\"we're a Muslim family\"), a denial (\"I don't hate anyone\") and counter-speech "
        "that quotes hate to condemn it (\"it's disgusting someone said ...\") are not hate.",
        "report-police and keep-evidence (always listed: hate may be a crime and the policies name racist and "
        "homophobic abuse), hide-and-explain, report-slt.",
    ),
    "abuse": _category(
        "abuse",
        "Insults, name-calling, mockery or harassment of staff, pupils, parents or the school; defamatory "
        "allegations about an identifiable person.",
        "\"the head is a useless liar\".",
        "Strong criticism of a decision without insults, even angry or sweary, is a complaint.",
        "hide-and-explain, keep-evidence, report-slt; for a parent, ask-to-remove and "
        "refer-complaints-procedure (each when the policy has a clause for it).",
    ),
    "complaint": _category(
        "complaint",
        "A grievance about the school's decisions, service, costs or communication, even angry, sarcastic or mildly "
        "sweary; rhetorical \"why...?\" questions; requests to take a photo down.",
        "\"Third trip cancelled this term. Not good enough.\"",
        "Insults aimed at people make it abuse.",
        "refer-complaints-procedure and reply-before-deadline (when the policy has clauses for them).",
    ),
    "question": _category(
        "question",
        "Asks for information or an action that needs an answer: dates, kit, lost property, payments.",
        "\"What time does the disco finish?\"",
        "A rhetorical question that is really a grievance is a complaint.",
        "reply-before-deadline: within 24 hours, or by the end of the next working day when it arrived on a "
        "weekend or bank holiday (see the deadline in the output).",
    ),
    "spam": _category(
        "spam",
        "Scams, phishing, fake giveaways, get-rich offers, unrelated advertising, romance bait.",
        "\"Earn £300 a day from your phone, DM me\".",
        "PTA fundraising and school suppliers are not spam.",
        "remove-spam (when the policy has a clause). No reply is needed, so no deadline is shown.",
    ),
    "praise": _category(
        "praise",
        "Thanks, congratulations, pride, good wishes, positive feedback.",
        "\"Llongyfarchiadau i bawb! So proud\".",
        "Sarcastic praise (\"great communication as always 🙄\") is a complaint.",
        "Nothing is required; the deadline shows when an acknowledgement would be due under a reply-to-all policy.",
    ),
    "other": _category(
        "other",
        "Anything else: tags, jokes, reminiscing, chat between parents, off-topic remarks.",
        "\"@Jo look, that's the old hall!\"",
        "Anything that fits a category above.",
        "Nothing is required beyond the usual monitoring.",
    ),
}

ACTIONS: dict[str, str] = {
    "alert-dsl": _action(
        "alert-dsl",
        "Tell the Designated Safeguarding Lead now, in person or by phone, and follow the school's safeguarding "
        "procedure. Do not reply publicly or contact the family first.",
        "Every safeguarding comment (always listed, with or without a clause).",
        "Any inappropriate communication involving a child is reported to the DSL at once "
        "(learn-to-live: Personal use; REQUIREMENTS D3).",
    ),
    "report-police": _action(
        "report-police",
        "Report the comment to the police (101, or 999 if someone is in immediate danger), with the evidence kept.",
        "Threats and hate (always listed: they may be crimes).",
        "Illegal content such as threats of violence and racist or homophobic abuse is reported to the police "
        "(newport: Moderation of content; baguley: D).",
    ),
    "report-ceop": _action(
        "report-ceop",
        "Report online sexual exploitation or grooming of a child to CEOP (the National Crime Agency's child "
        "protection command), after alerting the DSL.",
        "Safeguarding comments about online contact, images or messages, when the policy names CEOP.",
        "Newport's policy sends illegal content involving risk to a young person to CEOP.",
    ),
    "keep-evidence": _action(
        "keep-evidence",
        "Before hiding anything, take a screenshot showing the comment, the author, the date, time and page; store "
        "it where the school keeps incident records. Never delete the original first.",
        "Safeguarding, threats and hate (always listed); abuse when the policy has a clause.",
        "Keep records of cyberbullying and never delete evidence (newport: Cyberbullying; REQUIREMENTS D1).",
    ),
    "hide-and-explain": _action(
        "hide-and-explain",
        "Hide or delete the comment (after keeping evidence) and tell the audience briefly why it was removed.",
        "Abuse, threats, hate and (when the policy says so) safeguarding comments that expose a child.",
        "Offensive comments are handled swiftly: block, report or delete, and tell the audience why "
        "(pontlliw: Handling abuse).",
    ),
    "report-slt": _action(
        "report-slt",
        "Tell the senior leadership team, who assess the incident and decide what follows.",
        "Abuse, threats, hate and safeguarding, when the policy has a clause.",
        "Inappropriate comments are removed and reported to SLT (pontlliw; learn-to-live: Breaches).",
    ),
    "refer-complaints-procedure": _action(
        "refer-complaints-procedure",
        "Reply politely, inviting the parent to raise the matter through the school's complaints procedure (link "
        "to it) rather than on social media.",
        "Complaints, and abuse written by a parent, when the policy has a clause.",
        "Parents with concerns are referred to the complaints procedure (baguley: C; pontlliw: Parents/Carers).",
    ),
    "ask-to-remove": _action(
        "ask-to-remove",
        "Ask the author (a parent) to remove their post and invite them to discuss the matter with the school.",
        "Abuse written by a parent, when the policy has a clause.",
        "Inappropriate posts by parents: ask them to remove it (pontlliw: Parents/Carers; baguley: C).",
    ),
    "reply-before-deadline": _action(
        "reply-before-deadline",
        "Reply before the deadline shown, even if only to acknowledge receipt.",
        "Questions and complaints, when the policy has a clause.",
        "Every comment, query or complaint is answered within 24 hours, or on the next working day if received "
        "at a weekend (pontlliw: Monitoring). safepost reads this as: 24 hours on the London clock from receipt; "
        "for a comment received on a weekend, bank holiday of the school's nation or closure day, the end of the "
        "next working day (deadlines.working_day_ends, 17:00 by default).",
    ),
    "remove-spam": _action(
        "remove-spam",
        "Delete the comment and block or report the account on the platform. Do not click its links.",
        "Spam, when the policy has a clause.",
        "Keep the school's pages free of scams that target its parents and pupils.",
    ),
    "remove-personal-data": _action(
        "remove-personal-data",
        "Hide the comment, or ask the author to edit it, so that the pupil's name or the personal data found in it "
        "is no longer public; the findings show where it is.",
        "Any comment in which a pupil's name, phone number, email, home address or date of birth was found "
        "(always listed: personal data about children must not stay public).",
        "Pupils must not be identifiable on the school's accounts (newport; learn-to-live; REQUIREMENTS B1).",
    ),
}

TOPICS: dict[str, str] = {**CATEGORIES, **ACTIONS}
