"""The engine's Welsh catalogue: complete, compiled, placeholder-safe, and every finding of every
rule's case file says its message, explanation and fix in Welsh with no English left."""

from __future__ import annotations

import gettext
import pickle
import re
from functools import cache

import pytest

from safepost.engine import i18n
from safepost.engine.findings import Finding
from safepost.engine.i18n import Text, phrase, read_po, translate
from tests.engine.test_rule_cases import _all_cases, _findings

PLACEHOLDER = re.compile(r"\{(\w+)\}")
#: Words of safepost's inside that school staff never need to read in a finding (issue 14: "one
#: explanation mentions school.toml").
INTERNAL_NAMES = ("school.toml", "roster.csv", "staff.csv", ".yaml", "EXIF/XMP", "`safepost clean`")


@cache
def welsh() -> dict[str, str]:
    return read_po(i18n.catalogue_path("cy").read_text("utf-8"))


def english_fragments() -> set[str]:
    """Runs of three or more words of each English template whose Welsh differs: what must not
    be left in a Welsh page (a single word like "date" could be a school's own words)."""
    out = set()
    for msgid, msgstr in welsh().items():
        if msgstr and msgstr != msgid:
            for piece in PLACEHOLDER.split(msgid)[::2]:
                piece = piece.strip(" .,:;()'\"")
                if len(piece.split()) >= 3:
                    out.add(piece)
    return out


def test_every_engine_text_has_a_welsh_translation() -> None:
    missing = i18n.untranslated("cy")
    assert missing == [], "untranslated engine texts (run python -m safepost.engine.i18n cy --add):\n" + \
        "\n".join(f"{where}: {t!r}" for t, where in missing)


def test_every_translation_keeps_the_placeholders_of_its_template() -> None:
    wrong = {k: v for k, v in welsh().items() if v and set(PLACEHOLDER.findall(k)) != set(PLACEHOLDER.findall(v))}
    assert wrong == {}


def test_no_engine_text_names_an_internal_file_or_command() -> None:
    leaks = {t: where for t, where in i18n.engine_templates().items() if any(n in t for n in INTERNAL_NAMES)}
    assert leaks == {}


def test_the_compiled_catalogue_matches_the_po_file() -> None:
    mo = i18n.LOCALE_DIR / "cy" / "LC_MESSAGES" / "engine.mo"
    with mo.open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    stale = [k for k, v in welsh().items() if v and compiled.gettext(k) != v]
    assert stale == [], "engine.mo is out of date: run msgfmt -o engine.mo engine.po in its folder"


def test_a_text_is_english_as_a_str_and_welsh_when_asked() -> None:
    message = phrase("Names a pupil ({where})", where="Year 3, Kestrels")
    assert message == "Names a pupil (Year 3, Kestrels)" and isinstance(message, str)
    assert translate(message, "cy") == "Yn enwi disgybl (Year 3, Kestrels)"
    assert translate(message, "en") == message
    nested = phrase("Matched {reason}.", reason=phrase("a pupil's surname"))
    assert translate(nested, "cy") == "Wedi'i ganfod fel cyfenw disgybl."
    assert translate(pickle.loads(pickle.dumps(nested)), "cy") == translate(nested, "cy")  # cached reports
    assert translate("plain words", "cy") == "plain words"  # not an engine text: left as it is


def test_a_broken_translation_falls_back_to_english_rather_than_failing() -> None:
    assert translate(phrase("{n} pupils on the roster share this name", n=3), "xx") == "3 pupils on the roster share this name"


def _firing_cases() -> list[object]:
    return [p for p in _all_cases() if p.values[1].get("fire") not in ([], False, None)]


def _said(finding: Finding) -> list[tuple[str, str]]:
    """(English, Welsh) for each thing a person reads about a finding."""
    parts = [finding.message, finding.explanation] + ([finding.fix.replacement] if finding.fix else [])
    return [(str(p), translate(p, "cy")) for p in parts if p]


@pytest.mark.parametrize(("data", "case"), _firing_cases())
def test_every_finding_reads_in_welsh(data: dict[str, object], case: dict[str, object]) -> None:
    fragments = english_fragments()
    findings = [f for f in _findings(data, case) if f.rule == data["rule"]]  # type: ignore[arg-type]
    assert findings
    for finding in findings:
        assert isinstance(finding.message, Text), f"{finding.rule}: the message is not a translatable text"
        assert translate(finding.message, "cy") != str(finding.message)
        for english, welsh_words in _said(finding):
            leaked = [name for name in INTERNAL_NAMES if name in english]
            assert not leaked, f"{finding.rule}: staff read internal names in {english!r}: {leaked}"
            left = [f for f in fragments if f in welsh_words]
            assert not left, f"{finding.rule}: English left in {welsh_words!r} (from {english!r}): {left}"


def test_the_cli_says_findings_in_welsh_when_asked(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    from safepost.cli import main

    draft = Path(str(tmp_path)) / "d.txt"
    draft.write_text("Please drop the raffle prizes at 7 Oakfield Close, Todmorden OL14 6AB by Friday.\n")
    school = str(Path(__file__).resolve().parents[2] / "examples" / "school")
    main(["check", "--school", school, "--lang", "cy", str(draft)])
    welsh_out = capsys.readouterr().out
    assert "Mae cyfeiriad cartref preifat yn y testun." in welsh_out and "swyddfa'r ysgol" in welsh_out
    main(["check", "--school", school, str(draft)])
    assert "A private home address is in the text." in capsys.readouterr().out  # English by default


def test_every_packs_pre_posting_questions_have_their_welsh() -> None:
    from safepost.engine import load_policy
    from safepost.engine.policy import available_packs

    missing = [(pack, q.id) for pack in available_packs() for q in load_policy(pack).posting.questions if not q.text_cy]
    assert missing == []
