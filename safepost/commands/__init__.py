"""One module per `safepost` subcommand: ``add_arguments(parser)`` and ``run(args) -> int``."""
