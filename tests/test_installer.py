"""The parts of the bundle's build that can go wrong without a build: SQLite's source,
the Windows icon, and the file type that the .deb and the Windows installer register.

The bundle itself is built and checked by ``installer/build_linux.py`` (a separate CI
step: it takes minutes).
"""

from __future__ import annotations

import importlib.util
import re
import sys
import tarfile
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageReader

from ncm_desktop import paths
from ncm_desktop.i18n.languages import LANGUAGES
from ncm_desktop.storage import sqlite_module

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def _load_buildlib():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("buildlib", INSTALLER / "buildlib.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["buildlib"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


buildlib = _load_buildlib()


def _header(version: str) -> bytes:
    return f'#define SQLITE_VERSION        "{version}"\n'.encode()


def test_the_build_and_the_program_want_the_same_sqlite() -> None:
    assert buildlib.SAFE_SQLITE == sqlite_module.SAFE_VERSION


@pytest.mark.parametrize("kind", ["zip", "tar.gz", "folder"])
def test_amalgamation_is_taken_from_any_archive(tmp_path: Path, kind: str) -> None:
    files = {"sqlite-amalgamation-3520100/sqlite3.c": b"/* amalgamation */\n",
             "sqlite-amalgamation-3520100/sqlite3.h": _header("3.52.1"),
             "sqlite-amalgamation-3520100/shell.c": b"/* not needed */\n"}
    if kind == "zip":
        source = tmp_path / "sqlite.zip"
        with zipfile.ZipFile(source, "w") as archive:
            for name, data in files.items():
                archive.writestr(name, data)
    elif kind == "tar.gz":
        source = tmp_path / "sqlite.tar.gz"
        staging = tmp_path / "staging"
        for name, data in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_bytes(data)
        with tarfile.open(source, "w:gz") as archive:
            archive.add(staging / "sqlite-amalgamation-3520100", "sqlite-amalgamation-3520100")
    else:
        source = tmp_path / "source"
        for name, data in files.items():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            (source / name).write_bytes(data)

    folder = buildlib.sqlite_amalgamation(tmp_path / "work", source)

    assert sorted(path.name for path in folder.iterdir()) == ["sqlite3.c", "sqlite3.h"]
    assert (folder / "sqlite3.c").read_bytes() == b"/* amalgamation */\n"


def test_an_sqlite_with_the_wal_reset_bug_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "old"
    source.mkdir()
    (source / "sqlite3.c").write_bytes(b"")
    (source / "sqlite3.h").write_bytes(_header("3.51.2"))
    with pytest.raises(buildlib.BuildError, match="3.51.2 .* older than 3.52.0"):
        buildlib.sqlite_amalgamation(tmp_path / "work", source)


def test_an_archive_without_the_amalgamation_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "sqlite.zip"
    with zipfile.ZipFile(source, "w") as archive:
        archive.writestr("sqlite3.h", _header("3.52.0"))
    with pytest.raises(buildlib.BuildError, match="holds no sqlite3.c"):
        buildlib.sqlite_amalgamation(tmp_path / "work", source)


def _png(size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1d5d90"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def test_windows_icon_holds_every_size(tmp_path: Path) -> None:
    target = tmp_path / "ncm-desktop.ico"
    buildlib.write_ico({size: _png(size) for size in buildlib.ICON_SIZES}, target)

    reader = QImageReader(str(target), b"ico")
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
    assert sorted(sizes) == sorted(buildlib.ICON_SIZES)


def test_the_dossier_type_is_the_same_everywhere() -> None:
    desktop = (INSTALLER / "linux" / "ncm-desktop.desktop").read_text(encoding="utf-8")
    mime_types = re.search(r"^MimeType=(.*)$", desktop, re.MULTILINE)
    assert mime_types is not None
    assert mime_types.group(1).rstrip(";").split(";") == ["application/x-ncm-dossier"]

    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    tree = ElementTree.parse(INSTALLER / "linux" / "ncm-desktop-mime.xml")
    mime = tree.getroot().find("m:mime-type", namespace)
    assert mime is not None and mime.get("type") == "application/x-ncm-dossier"
    globs = [glob.get("pattern") for glob in mime.findall("m:glob", namespace)]
    assert globs == [f"*{paths.DOSSIER_SUFFIX}"]

    nsis = (INSTALLER / "windows" / "ncm-desktop.nsi").read_text(encoding="utf-8-sig")
    assert f'"Software\\Classes\\{paths.DOSSIER_SUFFIX}" "" "${{PROG_ID}}"' in nsis
    assert '"Content Type" "application/x-ncm-dossier"' in nsis


def test_installer_pages_and_texts_exist_in_the_seven_languages() -> None:
    nsis = (INSTALLER / "windows" / "ncm-desktop.nsi").read_text(encoding="utf-8-sig")
    pages = re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', nsis, re.MULTILINE)
    assert len(pages) == len(LANGUAGES) == 7
    for name in ("DossierType", "KeepsData"):
        translated = re.findall(rf"^LangString {name} \$\{{LANG_(\w+)\}}", nsis, re.MULTILINE)
        assert sorted(translated) == sorted(page.upper() for page in pages)


def test_uninstaller_never_touches_the_data_folder() -> None:
    nsis = (INSTALLER / "windows" / "ncm-desktop.nsi").read_text(encoding="utf-8-sig")
    uninstall = nsis[nsis.index('Section "Uninstall"'):]
    removals = re.findall(r"^\s*(?:RMDir|Delete)\b.*$", uninstall, re.MULTILINE)
    assert removals
    for line in removals:
        assert re.search(r'"\$(INSTDIR|SMPROGRAMS)[\\"]', line), line
    recursive = [line.strip() for line in removals if "/r" in line]
    assert recursive == ['RMDir /r "$INSTDIR\\_internal"']  # PyInstaller's folder only
