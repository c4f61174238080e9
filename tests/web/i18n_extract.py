"""Find every translatable string in the web apps and the ones the Welsh catalogue lacks.

Pure Python, no gettext tools: templates go through Django's own ``templatize`` (the step
``makemessages`` runs before xgettext, so {% trans %}, {% translate %}, {% blocktrans %} /
{% blocktranslate %} with ``with``, ``count``, ``context`` and ``trimmed`` come out exactly as
makemessages would write them), then the gettext calls are read from its tokens; Python files are
read with ``ast``. Run it to list what is missing:

    python -m tests.web.i18n_extract
"""

from __future__ import annotations

import ast
import io
import re
import sys
import tokenize
from collections.abc import Iterator
from pathlib import Path

from django.utils.translation.template import templatize

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "safepost"
# The engine is pure Python and keeps its own catalogue (safepost/engine/locale/*/engine.po,
# checked by safepost.engine.i18n.untranslated and tests/web/test_engine_welsh.py).
NOT_TRANSLATED = {SOURCES / "engine"}
CATALOGUE = SOURCES / "web" / "locale" / "cy" / "LC_MESSAGES" / "django.po"

# keyword -> (index of the context argument or None, index of msgid, index of msgid_plural or None),
# the keywords makemessages gives xgettext plus xgettext's own Python defaults.
KEYWORDS: dict[str, tuple[int | None, int, int | None]] = {
    "_": (None, 0, None), "gettext": (None, 0, None), "gettext_lazy": (None, 0, None),
    "gettext_noop": (None, 0, None), "ngettext": (None, 0, 1), "ngettext_lazy": (None, 0, 1),
    "pgettext": (0, 1, None), "pgettext_lazy": (0, 1, None),
    "npgettext": (0, 1, 2), "npgettext_lazy": (0, 1, 2),
}

Message = tuple[str | None, str, str | None]  # (context, msgid, msgid_plural)
Found = tuple[Message, str]  # the message and where it is (path:line)


def translatable_files() -> Iterator[Path]:
    for path in sorted(SOURCES.rglob("*")):
        if path.suffix in {".py", ".html", ".txt"} and not any(path.is_relative_to(d) for d in NOT_TRANSLATED):
            yield path


def _message(name: str, args: list[str | None]) -> Message | None:
    ctx_at, id_at, plural_at = KEYWORDS[name]
    needed = max(i for i in (ctx_at, id_at, plural_at) if i is not None)
    if len(args) <= needed:
        return None
    ctx = args[ctx_at] if ctx_at is not None else None
    msgid = args[id_at]
    plural = args[plural_at] if plural_at is not None else None
    if msgid is None or (ctx_at is not None and ctx is None) or (plural_at is not None and plural is None):
        return None  # not a literal: nothing an extractor could put in the catalogue
    return ctx, msgid, plural


def from_python(source: str, where: str) -> Iterator[Found]:
    for node in ast.walk(ast.parse(source, filename=where)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in KEYWORDS:
            args = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            message = _message(node.func.id, args)
            if message:
                yield message, f"{where}:{node.lineno}"


def from_template(source: str, where: str) -> Iterator[Found]:
    """The gettext calls in templatize's output, which is Python-like tokens among X/B/S filler."""
    # Every gettext call templatize writes is on one line (repr'd strings); its filler is not
    # Python, so lines are un-indented to keep the tokenizer from tripping on them.
    code = "\n".join(line.lstrip() for line in templatize(source, origin=where).splitlines())
    tokens = [t for t in tokenize.generate_tokens(io.StringIO(code).readline)
              if t.type not in (tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT, tokenize.COMMENT)]
    for i, tok in enumerate(tokens):
        if tok.type != tokenize.NAME or tok.string not in KEYWORDS or i + 1 >= len(tokens) or tokens[i + 1].string != "(":
            continue
        args: list[str | None] = [None]
        literal = ""
        for t in tokens[i + 2:]:
            if t.string in {",", ")"}:
                args[-1] = literal or args[-1]
                if t.string == ")":
                    break
                args.append(None)
                literal = ""
            elif t.type == tokenize.STRING:
                literal += ast.literal_eval(t.string)
        message = _message(tok.string, args)
        if message:
            yield message, f"{where}:{tok.start[0]}"


def extract() -> list[Found]:
    found: list[Found] = []
    for path in translatable_files():
        where = str(path.relative_to(ROOT))
        source = path.read_text("utf-8")
        found += from_python(source, where) if path.suffix == ".py" else from_template(source, where)
    return found


def _po_string(lines: list[str]) -> str:
    return "".join(ast.literal_eval(line) for line in lines)


def catalogue_messages(po_text: str) -> set[Message]:
    """(context, msgid, msgid_plural) of every entry of a .po file, obsolete ones (#~) left out."""
    messages: set[Message] = set()
    for entry in re.split(r"\n\s*\n", po_text):
        fields: dict[str, list[str]] = {}
        current = None
        for line in entry.splitlines():
            match = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (\".*\")$", line)
            if match:
                current = match.group(1)
                fields[current] = [match.group(2)]
            elif line.startswith('"') and current:
                fields[current].append(line)
            elif not line.startswith("#"):
                current = None
        if "msgid" in fields and _po_string(fields["msgid"]):
            messages.add((_po_string(fields["msgctxt"]) if "msgctxt" in fields else None,
                          _po_string(fields["msgid"]),
                          _po_string(fields["msgid_plural"]) if "msgid_plural" in fields else None))
    return messages


def missing(found: list[Found], catalogue: set[Message]) -> list[Found]:
    seen: set[Message] = set()
    result = []
    for message, where in found:
        if message not in catalogue and message not in seen:
            seen.add(message)
            result.append((message, where))
    return result


def main() -> int:
    absent = missing(extract(), catalogue_messages(CATALOGUE.read_text("utf-8")))
    for (ctx, msgid, plural), where in absent:
        print(f"{where}: {msgid!r}" + (f" (plural {plural!r})" if plural else "") + (f" [context {ctx!r}]" if ctx else ""))
    print(f"{len(absent)} strings missing from {CATALOGUE.relative_to(ROOT)}", file=sys.stderr)
    return 1 if absent else 0


if __name__ == "__main__":
    import django
    from django.conf import settings

    settings.configure()  # templatize needs no project settings, only a configured Django
    django.setup()
    sys.exit(main())
