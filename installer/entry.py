"""The bundle's entry point: the same ``main`` as the installed ``ncm-desktop`` command."""

from ncm_desktop.launcher import main

raise SystemExit(main())
