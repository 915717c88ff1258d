"""Allow ``python -m ncm_desktop``."""

from ncm_desktop.launcher import main

raise SystemExit(main())
