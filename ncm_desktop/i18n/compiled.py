"""Find the compiled ``.qm`` translations, compiling ``.ts`` sources when needed.

A bundle ships ``.qm`` files made by its build script.  A checkout has only the
``.ts`` sources (the ``.qm`` files are not committed): they are compiled with the
``lrelease`` that PySide6 ships, into the cache folder, whenever a source is newer.
"""

from __future__ import annotations

from pathlib import Path

from ncm_desktop import paths

CATALOG_PREFIX = "ncm_desktop_"


def ts_path(code: str) -> Path:
    return paths.translations_dir() / f"{CATALOG_PREFIX}{code}.ts"


def qm_path(code: str) -> Path | None:
    """The compiled translation of the interface for ``code``, or None when there is none."""
    shipped = paths.translations_dir() / f"{CATALOG_PREFIX}{code}.qm"
    source = ts_path(code)
    if shipped.exists() and (not source.exists() or _newer(shipped, source)):
        return shipped
    if not source.exists():
        return None
    cached = paths.cache_dir() / "translations" / shipped.name
    if cached.exists() and _newer(cached, source):
        return cached
    return cached if compile_ts(source, cached) else None


def compile_ts(source: Path, target: Path) -> bool:
    """Run ``lrelease`` on ``source``; False when no lrelease is available."""
    tool = lrelease_path()
    if tool is None:
        return False
    import subprocess  # only when a translation must be compiled, never at a warm start

    target.parent.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(target)],
        capture_output=True, text=True, check=False,
    )
    return completed.returncode == 0 and target.exists()


def compile_all(target: Path) -> list[Path]:
    """Compile every ``.ts`` source into ``target`` (the bundle build ships these)."""
    compiled = []
    for source in sorted(paths.translations_dir().glob(f"{CATALOG_PREFIX}*.ts")):
        qm = target / source.with_suffix(".qm").name
        if not compile_ts(source, qm):
            raise RuntimeError(f"lrelease could not compile {source}")
        compiled.append(qm)
    return compiled


def lrelease_path() -> Path | None:
    return qt_tool("lrelease")


def qt_tool(name: str) -> Path | None:
    """Qt's ``lrelease`` or ``lupdate``: the one PySide6 ships, else one on the PATH."""
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).parent
    for candidate in (name, f"{name}.exe"):
        if (folder / candidate).exists():
            return folder / candidate
    import shutil

    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def _newer(first: Path, second: Path) -> bool:
    return first.stat().st_mtime >= second.stat().st_mtime


__all__ = ["compile_all", "compile_ts", "lrelease_path", "qm_path", "qt_tool", "ts_path"]
