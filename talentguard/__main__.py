"""``python -m talentguard``: the same CLI as the ``talentguard`` console script."""

from talentguard.cli import main

raise SystemExit(main())
