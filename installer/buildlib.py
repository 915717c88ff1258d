"""Steps shared by build_linux.py and build_windows.py: standard library only, any OS.

A build never uses the developer's virtual environment: it makes a fresh one under
build/, installs the project into it (not editable) with the pinned build tools, and
runs PyInstaller there.  The checks then run the bundle as users will, and compare it
with the same code run from that environment.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
BUNDLE = DIST / "ncm-desktop"
VENV = BUILD / "venv"
QM_DIR = BUILD / "translations"
ICON_DIR = BUILD / "icons"
SPEC = INSTALLER / "ncm-desktop.spec"
WINDOWS = sys.platform.startswith("win")

#: pysqlite3 is the standard library's sqlite3 module as a package; built here against
#: the SQLite below, compiled in (see ncm_desktop/storage/sqlite_module.py).
PYSQLITE3 = "pysqlite3==0.6.1"
#: SQLite's own release tarball, unmodified.  The only registries this project's machines
#: reach are PyPI, Debian (SQLite 3.40 in Debian 12) and npm; the npm package "sqlite3"
#: (node-sqlite3) carries SQLite's autoconf tarball in deps/.  Any newer amalgamation
#: (sqlite-amalgamation-*.zip or sqlite-autoconf-*.tar.gz from the SQLite site) can be
#: given instead with --sqlite-source.
SQLITE_NPM_PACKAGE = "sqlite3@6.0.1"
SQLITE_TARBALL = "sqlite-autoconf-3520000.tar.gz"
SQLITE_TARBALL_SHA256 = "f6b50b0c103392af32a8be15b2b9d25959de9a00a70c3979128aafeaa5338b3f"
SAFE_SQLITE = (3, 52, 0)  # as ncm_desktop/storage/sqlite_module.py SAFE_VERSION

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


class BuildError(RuntimeError):
    """A step failed; the message says which and why."""


# --- output and processes ------------------------------------------------------------

_timings: list[tuple[str, float]] = []


@contextlib.contextmanager
def step(title: str) -> Iterator[None]:
    print(f"\n== {title}", flush=True)
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        _timings.append((title, elapsed))
        print(f"   ({elapsed:.1f} s)", flush=True)


def timings() -> list[tuple[str, float]]:
    return list(_timings)


def run(command: Sequence[str | Path], *, env: dict[str, str] | None = None,
        cwd: Path | None = None, capture: bool = False,
        check: bool = True, timeout: float | None = None) -> subprocess.CompletedProcess[str]:
    words = [str(word) for word in command]
    print("   $ " + " ".join(words), flush=True)
    result = subprocess.run(words, env=env, cwd=cwd, text=True, timeout=timeout,
                            capture_output=capture, check=False)
    if check and result.returncode != 0:
        detail = (result.stderr or result.stdout or "")[-4000:] if capture else ""
        raise BuildError(f"{words[0]} exited with {result.returncode}\n{detail}")
    return result


# --- the clean virtual environment -----------------------------------------------------

def venv_python(venv: Path = VENV) -> Path:
    return venv / ("Scripts/python.exe" if WINDOWS else "bin/python")


def venv_script(name: str, venv: Path = VENV) -> Path:
    return venv / ("Scripts" if WINDOWS else "bin") / (f"{name}.exe" if WINDOWS else name)


def create_venv(venv: Path = VENV) -> Path:
    """A new, empty virtual environment from the Python running this script."""
    if venv.exists():
        shutil.rmtree(venv)
    run([sys.executable, "-m", "venv", venv])
    return venv_python(venv)


def pip(python: Path, *arguments: str | Path, env: dict[str, str] | None = None) -> None:
    run([python, "-m", "pip", "--disable-pip-version-check", "--no-input", "--quiet",
         *arguments], env=env)


def install_project(python: Path) -> None:
    """The build tools, then the project itself, as a user's pip would install it."""
    pip(python, "install", "-r", INSTALLER / "requirements-build.txt")
    pip(python, "install", ROOT)


# --- SQLite ---------------------------------------------------------------------------

def sqlite_amalgamation(work: Path, source: Path | None) -> Path:
    """A folder holding sqlite3.c and sqlite3.h, from ``source`` or from npm."""
    work.mkdir(parents=True, exist_ok=True)
    if source is None:
        source = _sqlite_from_npm(work)
    folder = work / "amalgamation"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    _extract_members(source, folder, ("sqlite3.c", "sqlite3.h"))
    version = sqlite_header_version(folder / "sqlite3.h")
    print(f"   SQLite source: {source.name}, version {version}")
    if parse_version(version) < SAFE_SQLITE:
        raise BuildError(f"SQLite {version} in {source} is older than "
                         f"{'.'.join(map(str, SAFE_SQLITE))}")
    return folder


def _sqlite_from_npm(work: Path) -> Path:
    npm = shutil.which("npm")
    if npm is None:
        raise BuildError("npm is needed to fetch SQLite's source (or pass --sqlite-source "
                         "with sqlite-amalgamation-*.zip from the SQLite site)")
    package = work / "npm"
    package.mkdir(exist_ok=True)
    run([npm, "pack", "--silent", SQLITE_NPM_PACKAGE], cwd=package, capture=True)
    (tgz,) = sorted(package.glob("sqlite3-*.tgz"))
    tarball = work / SQLITE_TARBALL
    with tarfile.open(tgz) as archive:
        member = archive.getmember(f"package/deps/{SQLITE_TARBALL}")
        extracted = archive.extractfile(member)
        assert extracted is not None
        tarball.write_bytes(extracted.read())
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if digest != SQLITE_TARBALL_SHA256:
        raise BuildError(f"{SQLITE_TARBALL} has SHA-256 {digest}, expected "
                         f"{SQLITE_TARBALL_SHA256}")
    return tarball


def _extract_members(source: Path, target: Path, names: tuple[str, ...]) -> None:
    """Copy the files called ``names`` (at any depth) out of a folder, zip or tarball."""
    found: dict[str, bytes] = {}
    if source.is_dir():
        for name in names:
            matches = sorted(source.rglob(name))
            if matches:
                found[name] = matches[0].read_bytes()
    elif zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as archive:
            for info in archive.infolist():
                base = info.filename.rsplit("/", 1)[-1]
                if base in names and base not in found:
                    found[base] = archive.read(info)
    else:
        with tarfile.open(source) as archive:
            for member in archive.getmembers():
                base = member.name.rsplit("/", 1)[-1]
                if base in names and base not in found and member.isfile():
                    extracted = archive.extractfile(member)
                    assert extracted is not None
                    found[base] = extracted.read()
    missing = [name for name in names if name not in found]
    if missing:
        raise BuildError(f"{source} holds no {', '.join(missing)}")
    for name, data in found.items():
        (target / name).write_bytes(data)


def sqlite_header_version(header: Path) -> str:
    match = re.search(r'#define SQLITE_VERSION\s+"([\d.]+)"', header.read_text("utf-8"))
    if not match:
        raise BuildError(f"no SQLITE_VERSION in {header}")
    return match.group(1)


def parse_version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


def build_pysqlite3(python: Path, amalgamation: Path, work: Path) -> None:
    """Build pysqlite3 from its PyPI source with the amalgamation compiled in; install it."""
    sdists, wheels = work / "sdist", work / "wheels"
    for folder in (sdists, wheels):
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir(parents=True)
    pip(python, "download", "--no-deps", "--no-binary", ":all:", "-d", sdists, PYSQLITE3)
    (sdist,) = sorted(sdists.glob("pysqlite3-*.tar.gz"))
    with tarfile.open(sdist) as archive:
        archive.extractall(sdists, filter="data")
    (source,) = [path for path in sdists.iterdir() if path.is_dir()]
    for name in ("sqlite3.c", "sqlite3.h"):
        shutil.copy2(amalgamation / name, source / name)  # setup.py then links it statically
    # -O2 as SQLite's own builds; no debugging symbols (they are stripped anyway, and
    # compiling them doubles the time of this 9 MB source file).
    flags = {} if WINDOWS else {"CFLAGS": "-O2 -g0"}
    pip(python, "wheel", "--no-deps", "-w", wheels, source, env={**os.environ, **flags})
    (wheel,) = sorted(wheels.glob("pysqlite3-*.whl"))
    pip(python, "install", "--no-deps", "--force-reinstall", wheel)
    probe = run([python, "-c", "from pysqlite3 import dbapi2; print(dbapi2.sqlite_version)"],
                capture=True)
    print(f"   pysqlite3 in the build environment uses SQLite {probe.stdout.strip()}")


# --- translations and icons --------------------------------------------------------------

def compile_translations(python: Path, target: Path = QM_DIR) -> list[Path]:
    """``translations/*.ts`` → ``.qm`` with the lrelease PySide6 ships (none: English only)."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    sources = sorted((ROOT / "translations").glob("ncm_desktop_*.ts"))
    if not sources:
        print("   no .ts files in translations/: the bundle's interface will be English only")
        return []
    folder = run([python, "-c", "import PySide6, os; print(os.path.dirname(PySide6.__file__))"],
                 capture=True).stdout.strip()
    lrelease = Path(folder) / ("lrelease.exe" if WINDOWS else "lrelease")
    if not lrelease.exists():
        raise BuildError(f"PySide6 ships no lrelease at {lrelease}")
    compiled = []
    for source in sources:
        qm = target / source.with_suffix(".qm").name
        run([lrelease, "-silent", source, "-qm", qm])
        compiled.append(qm)
    print(f"   compiled {len(compiled)} translations: "
          + ", ".join(path.stem.removeprefix("ncm_desktop_") for path in compiled))
    return compiled


_RENDER_ICONS = """
import sys
from PySide6.QtGui import QGuiApplication, QIcon
application = QGuiApplication([sys.argv[0], "-platform", "offscreen"])
icon = QIcon(sys.argv[1])
for size in map(int, sys.argv[3:]):
    if not icon.pixmap(size, size).toImage().save(f"{sys.argv[2]}/ncm-desktop-{size}.png"):
        raise SystemExit(f"could not render {size} px")
"""


def render_icons(python: Path, target: Path = ICON_DIR) -> dict[int, Path]:
    """PNG renderings of the SVG icon with Qt, and a Windows .ico made of them."""
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    svg = ROOT / "resources" / "icons" / "ncm-desktop.svg"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run([python, "-c", _RENDER_ICONS, svg, target, *map(str, ICON_SIZES)], env=env)
    pngs = {size: target / f"ncm-desktop-{size}.png" for size in ICON_SIZES}
    write_ico({size: path.read_bytes() for size, path in pngs.items()},
              target / "ncm-desktop.ico")
    shutil.copy2(pngs[256], target / "ncm-desktop.png")
    return pngs


def write_ico(images: dict[int, bytes], target: Path) -> None:
    """An .ico file whose entries are PNG images (read by Windows since Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    target.write_bytes(header + entries + blobs)


# --- PyInstaller ------------------------------------------------------------------------

def run_pyinstaller(python: Path, extra_env: dict[str, str] | None = None) -> Path:
    if BUNDLE.exists():
        shutil.rmtree(BUNDLE)
    env = {**os.environ, "NCM_BUNDLE_QM": str(QM_DIR), **(extra_env or {})}
    env.pop("PYTHONPATH", None)  # analyse the installed package, not a checkout
    run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", BUILD / "pyinstaller", SPEC], env=env, cwd=BUILD)
    if not executable().exists():
        raise BuildError(f"PyInstaller made no {executable()}")
    return BUNDLE


def executable(bundle: Path = BUNDLE, *, console: bool = True) -> Path:
    """The bundle's program; on Windows the console one for checks and scripts."""
    if WINDOWS:
        return bundle / ("ncm-desktop-cli.exe" if console else "ncm-desktop.exe")
    return bundle / "ncm-desktop"


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and number of files under ``folder`` (symbolic links not followed)."""
    total = count = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
            count += 1
    return total, count


def largest_files(folder: Path, n: int = 12) -> list[tuple[int, str]]:
    files = [(path.stat().st_size, str(path.relative_to(folder)))
             for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sorted(files, reverse=True)[:n]


def mib(size: float) -> str:
    return f"{size / 2**20:.1f} MiB"


# --- checks on the built bundle -------------------------------------------------------------

@dataclass
class Report:
    """Figures the build prints at the end."""

    lines: list[str]

    def add(self, line: str) -> None:
        print(f"   {line}", flush=True)
        self.lines.append(line)


def check_one_sqlite(report: Report, bundle: Path = BUNDLE) -> None:
    """With pysqlite3 in the bundle, no other SQLite: not the standard library's module,
    not the system's or Python's library (two SQLite libraries in one process would
    each keep their own locks on the same file)."""
    internal = bundle / "_internal"
    ours = sorted(internal.glob("pysqlite3/_sqlite3*"))
    others = sorted(str(path.relative_to(bundle))
                    for pattern in ("libsqlite3*", "sqlite3.dll", "_sqlite3*")
                    for path in internal.rglob(pattern) if path.parent.name != "pysqlite3")
    if not ours:
        if not others:
            raise BuildError("the bundle holds no SQLite at all")
        report.add(f"SQLite in the bundle: the standard library's module ({', '.join(others)})")
    elif others:
        raise BuildError(f"a second SQLite is in the bundle: {others}")
    else:
        report.add("one SQLite in the bundle: pysqlite3's (no stdlib _sqlite3, no other "
                   "SQLite library)")


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a user's session: no Python variables, a private data folder."""
    keep = ("PATH", "SYSTEMROOT", "SystemRoot", "WINDIR", "TEMP", "TMP", "LANG",
            "LOCALAPPDATA", "APPDATA", "USERPROFILE", "HOME", "DISPLAY", "XAUTHORITY")
    env = {name: os.environ[name] for name in keep if name in os.environ}
    env.update({"NCM_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"})
    env.update(extra)
    return env


def check_version(program: Path, env: dict[str, str], report: Report) -> str:
    """``--version`` names the SQLite in use; it must be recent enough."""
    output = run([program, "--version"], env=env, capture=True, timeout=120).stdout.strip()
    match = re.search(r"\(SQLite ([\d.]+)\)", output)
    if not match:
        raise BuildError(f"--version printed no SQLite version: {output!r}")
    version = match.group(1)
    verdict = "ok" if parse_version(version) >= SAFE_SQLITE else "TOO OLD (WAL-reset bug)"
    report.add(f"SQLite in the bundle: {version} ({verdict}); {output}")
    return version


def make_demo(program: Path, target: Path, env: dict[str, str], members: int = 200) -> None:
    result = run([program, "demo", target, "--members", str(members)], env=env,
                 capture=True, timeout=300)
    if not target.exists():
        raise BuildError(f"demo wrote no dossier: {result.stdout} {result.stderr}")
    run([program, "check", target], env=env, capture=True, timeout=120)


def smoke_test(program: Path, dossier: Path, env: dict[str, str], label: str,
               report: Report, wrapper: Sequence[str] = ()) -> None:
    result = run([*wrapper, program, "--smoke-test", dossier], env=env, capture=True,
                 check=False, timeout=300)
    if result.returncode != 0:
        raise BuildError(f"smoke test ({label}) exited {result.returncode}:\n"
                         f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    report.add(f"smoke test {label}: passed")


def has_subcommand(program: Path, name: str, env: dict[str, str]) -> bool:
    """Whether the bundle's own command line knows ``name`` (its --help says so)."""
    result = run([program, name, "--help"], env=env, capture=True, check=False, timeout=120)
    return result.returncode == 0 and f"usage: ncm-desktop {name}" in result.stdout


def export_roster(program: Path, dossier: Path, target: Path, env: dict[str, str],
                  report: Report, wrapper: Sequence[str] = ()) -> bool:
    """The roster in Arabic, if this build has the export sub-command; True if checked."""
    if not has_subcommand(program, "export", env):
        report.add("export roster --lang ar: not checked, the bundle has no 'export' "
                   "sub-command yet (its 'export --help' shows the window's usage)")
        return False
    run([*wrapper, program, "export", "roster", dossier, "-o", target, "--lang", "ar"],
        env=env, capture=True, timeout=300)
    data = target.read_bytes() if target.exists() else b""
    if not data.startswith(b"%PDF-"):
        raise BuildError(f"export roster wrote no PDF at {target}")
    arabic_font = re.search(rb"/BaseFont\s*/[A-Z]{6}\+(\S*Arabic\S*|DejaVu\S*)", data)
    if arabic_font is None:
        raise BuildError("the Arabic roster embeds no font with Arabic letters")
    report.add(f"export roster --lang ar: {len(data) // 1024} KiB PDF, embeds "
               f"{arabic_font.group(1).decode()}")
    return True


def passphrase_file(work: Path) -> Path:
    path = work / "passphrase.txt"
    path.write_text("a passphrase for the bundle's check\n", encoding="utf-8")
    return path


def exchange_round_trip(program: Path, dossier: Path, work: Path, env: dict[str, str],
                        report: Report) -> bool:
    """A protected package written and merged into a new dossier, if this build has
    'exchange' (it encrypts with cryptography); True if checked."""
    if not has_subcommand(program, "exchange", env):
        report.add("exchange: not checked, the bundle has no 'exchange' sub-command")
        return False
    passphrase = passphrase_file(work)
    package, merged = work / "exchange.ncmx", work / "merged.ncm"
    run([program, "exchange", "export", dossier, package, "--passphrase-file", passphrase],
        env=env, capture=True, timeout=300)
    run([program, "exchange", "merge", merged, package, "--passphrase-file", passphrase],
        env=env, capture=True, timeout=300)
    run([program, "check", merged], env=env, capture=True, timeout=120)
    report.add(f"exchange: package with a passphrase ({package.stat().st_size // 1024} KiB) "
               "merged into a new dossier, which checks sound")
    return True


def median_start_up(commands: dict[str, tuple[list[str | Path], dict[str, str]]],
                    runs: int) -> dict[str, float]:
    """Median wall seconds of each (command, environment), run alternately after one
    warm-up round (which fills the disk cache and writes the checkout's .pyc files)."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for round_ in range(runs + 1):
        for name, (command, env) in commands.items():
            start = time.perf_counter()
            result = subprocess.run([str(word) for word in command], env=env,
                                    capture_output=True, text=True, check=False, timeout=300)
            elapsed = time.perf_counter() - start
            if result.returncode != 0:
                raise BuildError(f"{name} failed while timed: {result.stderr[-2000:]}")
            if round_:
                samples[name].append(elapsed)
    return {name: statistics.median(values) for name, values in samples.items()}


def compare_start_up(bundle_program: Path, python: Path, dossier: Path,
                     env: dict[str, str], runs: int, report: Report) -> float:
    """The bundle against the same code run by Python from the checkout, the way
    ``pip install -e .`` installs it (resources/ and translations/ sit beside the
    package, so a non-editable install cannot run the program)."""
    checkout_env = {**env, "PYTHONPATH": str(ROOT)}
    medians = median_start_up({
        "bundle": ([bundle_program, "--smoke-test", dossier], env),
        "python": ([python, "-m", "ncm_desktop", "--smoke-test", dossier], checkout_env),
    }, runs)
    ratio = medians["bundle"] / medians["python"]
    verdict = "ok" if ratio <= 1.2 else "ABOVE the 1.2 target"
    report.add(f"start-up (--smoke-test, 200-member demo, median of {runs} alternating runs): "
               f"bundle {medians['bundle'] * 1000:.0f} ms, Python with the package "
               f"{medians['python'] * 1000:.0f} ms, ratio {ratio:.2f} ({verdict})")
    return ratio


def report_size(bundle: Path, report: Report, target_mib: int = 150) -> int:
    size, count = folder_size(bundle)
    verdict = "ok" if size <= target_mib * 2**20 else f"ABOVE the {target_mib} MiB target"
    report.add(f"bundle size: {mib(size)} unpacked in {count} files ({verdict})")
    for file_size, name in largest_files(bundle, 8):
        print(f"      {mib(file_size):>10}  {name}")
    return size


def temporary_folder(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))
