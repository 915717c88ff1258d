"""Filling "%1 %2" texts in one pass: a value that itself contains "%2" stays as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from ncm_desktop.cli.main import run as run_cli
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.storage.database import Dossier


def test_placeholders_are_filled_in_the_translators_order() -> None:
    assert fill("%2 — %1", "first", "second") == "second — first"
    assert fill("%1 of %n", "three") == "three of %n"  # the plural count is Qt's
    assert fill("%1 and %3", "a") == "a and %3"  # nothing to put there: left visible


def test_a_value_containing_a_placeholder_survives() -> None:
    assert fill("Delete “%1”? %2", "Ana %2 Diallo", "Sure?") == "Delete “Ana %2 Diallo”? Sure?"
    assert fill("%1 on %2", "100%1", "%1%2") == "100%1 on %1%2"


def test_the_command_line_prints_a_path_containing_percent_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "office.ncm"
    Dossier.create(source, name="Commission %1").close()
    package = tmp_path / "week %2.ncmx"
    assert run_cli(["exchange", "export", str(source), str(package)]) == 0
    first_line = capsys.readouterr().out.splitlines()[0]
    assert first_line.startswith(f"Wrote the package {package}: ")
    assert first_line.endswith("from “Commission %1”.")
