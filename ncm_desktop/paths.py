"""Every folder the program reads or writes, resolved in one place.

Shipped, read-only files (``resources/``, ``translations/``) sit beside the package in a
checkout and inside ``sys._MEIPASS`` in a PyInstaller bundle.  The user's own files
(dossiers, preferences, backups, caches) live in the platform's folders from
platformdirs, unless ``NCM_DESKTOP_HOME`` names one folder to hold them all, which the
tests and portable installs on a USB stick use.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "NCM Desktop"
APP_SLUG = "ncm-desktop"
HOME_ENV = "NCM_DESKTOP_HOME"
DOSSIER_SUFFIX = ".ncm"


def install_root() -> Path:
    """The folder that holds ``resources/`` and ``translations/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    return install_root() / "resources"


def translations_dir() -> Path:
    return install_root() / "translations"


def _user_dir(kind: str) -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / kind
    import platformdirs

    finder = {
        "data": platformdirs.user_data_dir,
        "config": platformdirs.user_config_dir,
        "cache": platformdirs.user_cache_dir,
    }[kind]
    return Path(finder(APP_SLUG, appauthor=False))


def data_dir() -> Path:
    """Where dossiers live by default (created on demand)."""
    return _ensure(_user_dir("data"))


def config_dir() -> Path:
    """Where preferences and the recent-files list live."""
    return _ensure(_user_dir("config"))


def cache_dir() -> Path:
    """Where rebuildable files (compiled translations) live."""
    return _ensure(_user_dir("cache"))


def backups_dir() -> Path:
    return _ensure(data_dir() / "backups")


def default_dossier_path() -> Path:
    return data_dir() / f"national-mechanism{DOSSIER_SUFFIX}"


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
