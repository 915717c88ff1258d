#!/usr/bin/env python3
"""Build the standalone Windows bundle and installer of NCM Desktop, test and measure them.

Run on Windows 10 or 11 (x64), from the repository's root, with Python 3.11 or newer
(python.org installer), NSIS 3 (makensis) and, for the newer SQLite, either the
"Desktop development with C++" workload of Visual Studio Build Tools or SQLite's
precompiled DLL:

    py installer\\build_windows.py --sqlite-source sqlite-amalgamation-3520000.zip
    py installer\\build_windows.py --sqlite-dll sqlite-dll-win-x64-3520000.zip
    py installer\\build_windows.py ... --sign ^
        "signtool sign /fd SHA256 /a /tr http://timestamp.digicert.com /td SHA256"

Steps: a clean virtual environment under build\\venv with the project installed (not
editable) and the pinned build tools; SQLite >= 3.52 (pysqlite3 compiled against the
amalgamation, or SQLite's own DLL in place of the one Python ships; neither is needed when
this Python's own SQLite is new enough); translations compiled; icons rendered; PyInstaller
into dist\\ncm-desktop\\ (ncm-desktop.exe for the window, ncm-desktop-cli.exe for the
command line); the programs signed when --sign is given; checks (SQLite version, a demo
dossier made by the bundle, the offscreen smoke test, the Arabic roster when the bundle
has 'export', start-up against the installed package, size); then makensis writes
dist\\ncm-desktop-VERSION-setup.exe (its uninstaller and itself signed too) and a .zip
of the folder for use from a USB stick.  installer/README.md explains each step.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import buildlib as b  # noqa: E402

VERSION_INFO = """# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple}, prodvers={tuple}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'NCM Desktop developers'),
      StringStruct('FileDescription', 'NCM Desktop'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'ncm-desktop'),
      StringStruct('LegalCopyright', 'GPL-3.0-or-later'),
      StringStruct('OriginalFilename', 'ncm-desktop.exe'),
      StringStruct('ProductName', 'NCM Desktop'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sqlite = parser.add_mutually_exclusive_group()
    sqlite.add_argument("--sqlite-source", type=Path,
                        help="SQLite amalgamation (sqlite-amalgamation-*.zip, a folder or "
                             "sqlite-autoconf-*.tar.gz) to compile pysqlite3 with (needs "
                             "the Visual C++ Build Tools)")
    sqlite.add_argument("--sqlite-dll", type=Path,
                        help="SQLite's precompiled sqlite-dll-win-x64-*.zip (or sqlite3.dll) "
                             "to put in place of the sqlite3.dll Python ships")
    parser.add_argument("--sign", metavar="COMMAND",
                        help="signing command, run with each file's path appended, e.g. "
                             "\"signtool sign /fd SHA256 /a /tr URL /td SHA256\"")
    parser.add_argument("--runs", type=int, default=9, help="timed start-ups of each program")
    parser.add_argument("--makensis", default=None, help="path of makensis.exe")
    arguments = parser.parse_args(argv)
    if not b.WINDOWS:
        print("build_windows.py runs on Windows; on Linux use build_linux.py", file=sys.stderr)
        return 2
    start = time.perf_counter()
    report = b.Report([])
    try:
        makensis = find_makensis(arguments.makensis)
        python = build(arguments.sqlite_source, arguments.sqlite_dll, report)
        if arguments.sign:
            with b.step("Signing the programs"):
                for program in (b.executable(console=False), b.executable(console=True)):
                    sign(arguments.sign, program)
        check(python, arguments.runs, report)
        with b.step("Installer (makensis) and portable .zip"):
            setup = make_installer(makensis, arguments.sign)
            report.add(f"installer: {setup.name}, {b.mib(setup.stat().st_size)}")
            archive = make_zip()
            report.add(f"portable folder: {archive.name}, {b.mib(archive.stat().st_size)}")
    except b.BuildError as error:
        print(f"\nBUILD FAILED: {error}", file=sys.stderr)
        return 1
    print("\n== Summary")
    for line in report.lines:
        print(f"   {line}")
    print(f"   total: {(time.perf_counter() - start) / 60:.1f} min")
    return 0


def find_makensis(given: str | None) -> Path:
    candidates = [given, shutil.which("makensis"),
                  r"C:\Program Files (x86)\NSIS\makensis.exe",
                  r"C:\Program Files\NSIS\makensis.exe"]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return Path(candidate)
    raise b.BuildError("makensis not found: install NSIS 3 (nsis.sourceforge.io) or pass "
                       "--makensis")


def python_sqlite(python: Path) -> str:
    return b.run([python, "-c", "import sqlite3; print(sqlite3.sqlite_version)"],
                 capture=True).stdout.strip()


def build(sqlite_source: Path | None, sqlite_dll: Path | None, report: b.Report) -> Path:
    b.BUILD.mkdir(exist_ok=True)
    with b.step("Clean virtual environment with the project (not editable)"):
        python = b.create_venv()
        b.install_project(python)
    with b.step("SQLite"):
        own = python_sqlite(python)
        print(f"   Python's own SQLite: {own}")
        too_old = b.parse_version(own) < b.SAFE_SQLITE
        if sqlite_source is None and sqlite_dll is None and too_old and not shutil.which("npm"):
            raise b.BuildError(
                f"this Python's SQLite is {own}, older than 3.52.0: pass --sqlite-source "
                "(sqlite-amalgamation-*.zip, with the Visual C++ Build Tools) or --sqlite-dll "
                "(sqlite-dll-win-x64-*.zip), both from the SQLite site's download page")
        if sqlite_source is not None or (sqlite_dll is None and too_old):
            # From the given archive, or else from npm as on Linux.
            amalgamation = b.sqlite_amalgamation(b.BUILD / "sqlite", sqlite_source)
            b.build_pysqlite3(python, amalgamation, b.BUILD / "sqlite")
    with b.step("Translations, icons, version resource"):
        b.compile_translations(python)
        b.render_icons(python)
        version_file = write_version_file()
    with b.step("PyInstaller (one folder)"):
        b.run_pyinstaller(python, {"NCM_BUNDLE_VERSION_FILE": str(version_file)})
    if sqlite_dll is not None:
        with b.step("SQLite's DLL in place of Python's"):
            replace_sqlite_dll(sqlite_dll)
    return python


def version() -> str:
    text = (b.ROOT / "ncm_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not match:
        raise b.BuildError("no __version__ in ncm_desktop/__init__.py")
    return match.group(1)


def write_version_file() -> Path:
    numbers = [int(part) for part in re.findall(r"\d+", version())[:3]]
    numbers += [0] * (4 - len(numbers))
    target = b.BUILD / "version_info.txt"
    target.write_text(VERSION_INFO.replace("{tuple}", str(tuple(numbers)))
                      .replace("{version}", version()), encoding="utf-8")
    return target


def replace_sqlite_dll(source: Path) -> None:
    (bundled,) = sorted(b.BUNDLE.rglob("sqlite3.dll"))
    if zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as archive:
            bundled.write_bytes(archive.read("sqlite3.dll"))
    else:
        shutil.copy2(source, bundled)
    print(f"   {bundled.relative_to(b.BUNDLE)} replaced by {source.name}")


def sign(command: str, target: Path) -> None:
    print(f"   $ {command} \"{target}\"", flush=True)
    result = subprocess.run(f'{command} "{target}"', shell=True, check=False)
    if result.returncode != 0:
        raise b.BuildError(f"signing {target.name} failed ({result.returncode})")


def check(python: Path, runs: int, report: b.Report) -> None:
    program = b.executable(console=True)
    work = b.temporary_folder("ncm-bundle-check-")
    env = b.user_env(work / "home")
    dossier = work / "demo.ncm"
    with b.step("Checks"):
        b.report_size(b.BUNDLE, report)
        b.check_one_sqlite(report)
        b.check_version(program, env, report)
        b.make_demo(program, dossier, env)
        b.smoke_test(program, dossier, env, "offscreen", report)
        b.smoke_test(program, dossier, {**env, "QT_QPA_PLATFORM": "windows"},
                     "windows platform", report)
        b.export_roster(program, dossier, work / "roster-ar.pdf", env, report)
        b.exchange_round_trip(program, dossier, work, env, report)
        b.compare_start_up(program, python, dossier, env, runs, report)
    shutil.rmtree(work, ignore_errors=True)


def make_installer(makensis: Path, sign_command: str | None) -> Path:
    setup = b.DIST / f"ncm-desktop-{version()}-setup.exe"
    command = [makensis, "/V2", "/INPUTCHARSET", "UTF8", f"/DBUNDLE_DIR={b.BUNDLE}",
               f"/DOUTFILE={setup}", f"/DVERSION={version()}",
               f"/DICON={b.ICON_DIR / 'ncm-desktop.ico'}"]
    if sign_command:
        command.append(f"/DSIGN_COMMAND={sign_command}")
    b.run([*command, b.INSTALLER / "windows" / "ncm-desktop.nsi"])
    return setup


def make_zip() -> Path:
    archive = b.DIST / f"ncm-desktop-{version()}-windows-x64.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as output:
        for path in sorted(b.BUNDLE.rglob("*")):
            output.write(path, Path("ncm-desktop") / path.relative_to(b.BUNDLE))
    return archive


if __name__ == "__main__":
    raise SystemExit(main())
