"""The headless sub-commands of ``ncm-desktop``: the stable interface for scripts."""
