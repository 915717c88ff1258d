"""Keep ``translations/ncm_desktop_*.ts`` in step with the code, and help fill them.

    python tests/tools/update_translations.py              # update the seven .ts files
    python tests/tools/update_translations.py --check      # exit 1 if out of date or unfinished
    python tests/tools/update_translations.py --todo fr    # unfinished French entries, as JSON
    python tests/tools/update_translations.py --apply fr.json [es.json ...]
    python tests/tools/update_translations.py --release DIR  # compile .qm files into DIR

Updating runs Qt's ``lupdate`` (the one PySide6 ships) over ``ncm_desktop/**/*.py`` with
``-no-obsolete``: new strings arrive unfinished, strings gone from the code are dropped.
English source texts are copied into the English file as its translations, except the
plural (``%n``) ones, whose singular and plural forms a person writes.  ``--todo`` and
``--apply`` carry the unfinished entries of one language out to a JSON file and back, for
whoever translates them; reviewers work in Qt Linguist instead (translations/README.md).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from ncm_desktop.i18n import compiled  # noqa: E402
from ncm_desktop.i18n.languages import CODES, SOURCE, language  # noqa: E402

TRANSLATIONS = REPO / "translations"
PACKAGE = REPO / "ncm_desktop"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
#: Translator comment on entries nobody who speaks the language has checked yet; a
#: reviewer deletes it in Qt Linguist once the entry is right (translations/README.md).
MACHINE = "machine translation, not reviewed"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, "" when there is none
    numerus: bool
    finished: bool
    translations: tuple[str, ...]  # one text, or one per plural form
    reviewed: bool = True  # False while the MACHINE translator comment is on it

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class TsFile:
    language: str
    source_language: str
    messages: tuple[Message, ...]

    def keys(self) -> set[tuple[str, str, str]]:
        return {message.key for message in self.messages}

    def unfinished(self) -> list[Message]:
        return [m for m in self.messages if not m.finished or not all(m.translations)]

    def machine_written(self) -> list[Message]:
        return [m for m in self.messages if not m.reviewed]


def ts_file(code: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{compiled.CATALOG_PREFIX}{code}.ts"


def sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def read(path: Path) -> TsFile:
    root = ElementTree.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path}: a message has no <translation>"
            numerus = message.get("numerus") == "yes"
            texts = tuple((form.text or "") for form in translation.iter("numerusform")) \
                if numerus else (translation.text or "",)
            messages.append(Message(
                context=name,
                source=message.findtext("source", ""),
                comment=message.findtext("comment", ""),
                numerus=numerus,
                finished=translation.get("type") is None,
                translations=texts,
                reviewed=message.findtext("translatorcomment", "") != MACHINE,
            ))
    return TsFile(root.get("language", ""), root.get("sourcelanguage", ""), tuple(messages))


def lupdate(targets: dict[str, Path]) -> None:
    """Run lupdate for each language code into its .ts file (created when missing)."""
    tool = compiled.qt_tool("lupdate")
    if tool is None:
        raise SystemExit("lupdate not found: install PySide6 (pip install PySide6-Essentials)")
    files = [str(path) for path in sources()]
    for code, target in targets.items():
        completed = subprocess.run(
            [str(tool), *files, "-no-obsolete", "-locations", "none", "-silent",
             "-source-language", "en", "-target-language", language(code).qt_locale,
             "-ts", str(target)],
            capture_output=True, text=True, check=False,
        )
        if completed.returncode != 0:
            raise SystemExit(f"lupdate failed for {target}:\n{completed.stderr}")


def fill_english(path: Path) -> int:
    """Copy each English source into its translation (plural messages excepted)."""
    tree = ElementTree.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or message.get("numerus") == "yes":
            continue
        if translation.get("type") == "unfinished" and not translation.text:
            translation.text = message.findtext("source", "")
            del translation.attrib["type"]
            filled += 1
    if filled:
        _write(tree, path)
    return filled


def apply(path: Path, entries: list[dict[str, object]], *, machine: bool = True) -> int:
    """Write translations given as ``{"context", "source", "comment"?, "translation"}``.

    ``translation`` is a text, or a list of texts for a plural message; applied entries
    become finished, and (``machine``) carry the :data:`MACHINE` translator comment.
    An entry whose source is not in the file is refused.
    """
    tree = ElementTree.parse(path)
    index = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            index[key] = message
    for entry in entries:
        key = (str(entry["context"]), str(entry["source"]), str(entry.get("comment", "")))
        message = index.get(key)
        if message is None:
            raise SystemExit(f"{path}: no message {key!r}")
        translation = message.find("translation")
        assert translation is not None
        value = entry["translation"]
        if message.get("numerus") == "yes":
            forms = list(translation.iter("numerusform"))
            if not isinstance(value, list) or len(value) != len(forms):
                raise SystemExit(f"{path}: {key!r} needs a list of {len(forms)} plural forms")
            for form, text in zip(forms, value, strict=True):
                form.text = str(text)
        else:
            if not isinstance(value, str):
                raise SystemExit(f"{path}: {key!r} needs one text")
            translation.text = value
        translation.attrib.pop("type", None)
        _mark(message, translation, machine)
    _write(tree, path)
    return len(entries)


def _mark(message: ElementTree.Element, translation: ElementTree.Element,
          machine: bool) -> None:
    comment = message.find("translatorcomment")
    if machine and comment is None:
        comment = ElementTree.Element("translatorcomment")
        message.insert(list(message).index(translation), comment)
    if machine:
        assert comment is not None
        comment.text = MACHINE
    elif comment is not None and comment.text == MACHINE:
        message.remove(comment)


def update(folder: Path = TRANSLATIONS) -> dict[str, TsFile]:
    folder.mkdir(parents=True, exist_ok=True)
    lupdate({code: ts_file(code, folder) for code in CODES})
    fill_english(ts_file(SOURCE, folder))
    lupdate({SOURCE: ts_file(SOURCE, folder)})  # lupdate's own layout again
    return {code: read(ts_file(code, folder)) for code in CODES}


def stale(code: str) -> tuple[set[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """The (context, source, comment) keys the code has and the file lacks, and the reverse."""
    committed = ts_file(code)
    with tempfile.TemporaryDirectory() as folder:
        copy = ts_file(code, Path(folder))
        if committed.exists():
            copy.write_bytes(committed.read_bytes())
        lupdate({code: copy})
        fresh = read(copy).keys()
    have = read(committed).keys() if committed.exists() else set()
    return fresh - have, have - fresh


def check() -> list[str]:
    problems = []
    for code in CODES:
        missing, extra = stale(code)
        problems += [f"{code}: not in the .ts file: {key}" for key in sorted(missing)]
        problems += [f"{code}: no longer in the code: {key}" for key in sorted(extra)]
        if ts_file(code).exists():
            problems += [f"{code}: unfinished: {m.key}" for m in read(ts_file(code)).unfinished()]
    return problems


def todo(code: str) -> list[dict[str, object]]:
    entries: list[dict[str, object]] = []
    for message in read(ts_file(code)).unfinished():
        entry: dict[str, object] = {"context": message.context, "source": message.source}
        if message.comment:
            entry["comment"] = message.comment
        entry["translation"] = list(message.translations) if message.numerus else \
            message.translations[0]
        entries.append(entry)
    return entries


def _write(tree: ElementTree.ElementTree, path: Path) -> None:
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true",
                      help="change nothing; exit 1 when a .ts file is stale or unfinished")
    mode.add_argument("--todo", choices=CODES, help="print the unfinished entries as JSON")
    mode.add_argument("--apply", nargs="+", type=Path, metavar="FILE",
                      help='JSON files {"language": "fr", "status": "machine" or '
                           '"reviewed", "entries": [...]} to write in')
    mode.add_argument("--release", type=Path, metavar="DIR",
                      help="compile every .ts file into DIR with lrelease")
    arguments = parser.parse_args(argv)
    if arguments.check:
        problems = check()
        print("\n".join(problems) or "The translations are up to date and complete.")
        return 1 if problems else 0
    if arguments.todo:
        json.dump(todo(arguments.todo), sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if arguments.release:
        for qm in compiled.compile_all(arguments.release):
            print(qm)
        return 0
    if arguments.apply:
        for path in arguments.apply:
            data = json.loads(path.read_text(encoding="utf-8"))
            applied = apply(ts_file(data["language"]), data["entries"],
                            machine=data.get("status", "machine") == "machine"
                            and data["language"] != SOURCE)
            print(f"{data['language']}: {applied} entries written from {path}")
    for code, ts in update().items():
        print(f"{code}: {len(ts.messages)} messages, {len(ts.unfinished())} unfinished, "
              f"{len(ts.machine_written())} machine-written and not reviewed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
