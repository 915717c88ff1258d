"""``ncm-desktop demo OUT.ncm [--members N]``: write the sample dossier."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ncm_desktop.cli.output import Console
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage.errors import DossierError


def add_parser(commands: Any, name: str) -> None:
    parser = commands.add_parser(name, help="write a sample dossier of a fictional State")
    parser.add_argument("output", type=Path, help="the dossier to write (.ncm)")
    parser.add_argument("--members", type=_count, default=None,
                        help="how many people to record (default 60)")
    parser.add_argument("--state", metavar="NAME", default=None,
                        help="another fictional State of that name, its set-up varied "
                             "from the name (for comparisons of States)")


def run(arguments: argparse.Namespace, console: Console) -> int:
    from ncm_desktop.catalog.loader import load_catalog
    from ncm_desktop.rules.baselines import Scorer
    from ncm_desktop.storage.demo import DEFAULT_MEMBERS, write_demo

    members = DEFAULT_MEMBERS if arguments.members is None else arguments.members
    try:
        write_demo(arguments.output, members, scorer=Scorer(load_catalog()),
                   state_name=arguments.state).close()
    except (DossierError, OSError) as error:
        return console.fail(error)
    console.say(fill(console.translate("Cli", "Wrote the sample dossier %1 with %n people.",
                                       None, members),
                     str(arguments.output)))
    return 0


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value
