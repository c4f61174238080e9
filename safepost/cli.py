"""The `safepost` command. Each subcommand lives in ``safepost/commands/<module>.py`` and is
imported only when it runs, so `safepost check` never pays for Django or the image models."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

#: command -> (module in safepost.commands, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("check", "check draft posts against the school's policy"),
    "triage": ("triage", "sort incoming comments by what the policy asks you to do"),
    "scan-image": ("scan_image", "find pupil names, faces and locations in photos"),
    "clean": ("clean", "write a publishable copy of a photo: no metadata, optional blur"),
    "rules": ("rules", "list the rules with their codes and default severities"),
    "explain": ("explain", "explain a rule, triage category or action"),
    "policy": ("policy", "show or validate a policy pack"),
    "serve": ("serve", "run the web application, worker and sweeps"),
    "demo": ("demo", "run the web application with a demo trust and schools"),
    "worker": ("worker", "run background task workers only"),
    "audit": ("audit", "verify or anchor the audit trail"),
    "vault": ("vault", "rotate the vault keys and retire old ones"),
    "posts": ("posts", "publish due posts (once or in a loop) and list a school's post queues"),
    "inbox": ("inbox", "import comments into the inbox, or run its sweep once"),
    "manage": ("manage", "run a Django management command"),
    "report": ("report", "make the governors' report of a school and term (PDF)"),
    "compliance": ("compliance", "send staff compliance reminders, or print a school's coverage"),
    "evidence": ("evidence", "verify stored safeguarding evidence, or an exported evidence bundle"),
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        # No command is a usage error, as argparse treats a missing required argument.
        print(_overview(), file=sys.stderr)
        return 2
    if args[0] in {"-h", "--help", "help"}:
        print(_overview())
        return 0
    if args[0] == "--version":
        from safepost import __version__

        print(f"safepost {__version__}")
        return 0
    name = args[0]
    if name not in COMMANDS:
        print(f"safepost: unknown command {name!r}\n\n{_overview()}", file=sys.stderr)
        return 2
    module_name, help_text = COMMANDS[name]
    try:
        module = importlib.import_module(f"safepost.commands.{module_name}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("safepost.commands"):
            print(f"safepost {name}: not available in this version", file=sys.stderr)
            return 2
        print(f"safepost {name}: a required package is missing ({exc.name}); "
              "install safepost with its extras: pip install -e '.[images,triage,web]'", file=sys.stderr)
        return 2
    parser = argparse.ArgumentParser(prog=f"safepost {name}", description=help_text)
    module.add_arguments(parser)
    try:
        code: int = module.run(parser.parse_args(args[1:]))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return code


def _overview() -> str:
    width = max(len(n) for n in COMMANDS)
    lines = [f"  {n.ljust(width)}  {h}" for n, (_, h) in COMMANDS.items()]
    return "usage: safepost COMMAND [options]\n\ncommands:\n" + "\n".join(lines) + \
        "\n\n`safepost COMMAND --help` for a command's options."


if __name__ == "__main__":
    raise SystemExit(main())
