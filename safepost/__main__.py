from safepost.cli import main

raise SystemExit(main())
