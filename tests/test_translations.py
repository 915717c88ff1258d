"""Translations stay complete: the interface's .ts files and the catalog's language files.

A string added to the code without being in every .ts file, an entry left unfinished, a
plural with the wrong number of forms or a lost ``%1`` fails here, as does a catalog entry
missing from a language or a translated entry without a review status.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest
from tools import update_translations as ts

from ncm_desktop.catalog.loader import catalog_dir, load_catalog_from, translation_keys
from ncm_desktop.catalog.model import TranslationStatus
from ncm_desktop.i18n.languages import CODES, SOURCE, language

TARGETS = tuple(code for code in CODES if code != SOURCE)

#: Plural forms Qt (and CLDR) use for each language: ``<numerusform>`` count in a .ts file.
PLURAL_FORMS = {"en": 2, "fr": 2, "es": 2, "pt": 2, "ru": 3, "zh": 1, "ar": 6}
#: Arabic writes zero, one and two in words ("منظمة واحدة", "منظمتان"): those forms
#: (the first three of Qt's six) need not show the number.
WORDED_FORMS = {"ar": {0, 1, 2}}
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")
#: A catalog text longer than this that equals the English one was not translated.
UNTRANSLATED_LENGTH = 40


@pytest.mark.parametrize("code", CODES)
def test_ts_file_is_in_step_with_the_code(code: str) -> None:
    missing, extra = ts.stale(code)
    assert not missing, (f"strings in the code but not in {ts.ts_file(code).name}: "
                         f"{sorted(missing)}; run tests/tools/update_translations.py")
    assert not extra, f"strings no longer in the code: {sorted(extra)}"


@pytest.mark.parametrize("code", CODES)
def test_ts_file_declares_its_language_and_plural_forms(code: str) -> None:
    parsed = ts.read(ts.ts_file(code))
    assert parsed.language == language(code).qt_locale
    assert parsed.source_language == "en"
    plurals = [m for m in parsed.messages if m.numerus]
    assert plurals, "the code has plural messages; the .ts file should too"
    wrong = [m.key for m in plurals if len(m.translations) != PLURAL_FORMS[code]]
    assert not wrong, f"need {PLURAL_FORMS[code]} plural forms: {wrong}"


def test_english_translations_are_the_source_texts() -> None:
    parsed = ts.read(ts.ts_file(SOURCE))
    changed = [m.key for m in parsed.messages if not m.numerus and m.translations[0] != m.source]
    assert not changed, f"English entries must repeat their source: {changed}"


@pytest.mark.parametrize("code", CODES)
def test_every_entry_is_translated(code: str) -> None:
    unfinished = ts.read(ts.ts_file(code)).unfinished()
    assert not unfinished, (
        f"{len(unfinished)} unfinished or empty entries in {ts.ts_file(code).name}, "
        f"first: {[m.key for m in unfinished[:5]]}")


@pytest.mark.parametrize("code", CODES)
def test_translations_keep_their_placeholders(code: str) -> None:
    problems = []
    for message in ts.read(ts.ts_file(code)).messages:
        expected = set(PLACEHOLDER.findall(message.source))
        for form, text in enumerate(message.translations):
            if not text:
                continue
            found = set(PLACEHOLDER.findall(text))
            needed = expected - {"%n"} if form in WORDED_FORMS.get(code, set()) \
                and message.numerus else expected
            if not needed <= found or not found <= expected:
                problems.append((message.key, form, text))
    assert not problems, f"placeholders lost or invented: {problems}"


def _calls() -> list[tuple[Path, ast.Call, str]]:
    calls = []
    for path in ts.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else \
                    func.id if isinstance(func, ast.Name) else ""
                calls.append((path, node, name))
    return calls


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def test_lupdate_can_see_every_translated_literal() -> None:
    """lupdate reads only literals: a context held in a variable, a string built at run
    time or a plural marked with QT_TRANSLATE_NOOP (which cannot carry ``%n``) escapes
    the .ts files."""
    problems = []
    for path, call, name in _calls():
        where = f"{path.relative_to(ts.REPO)}:{call.lineno}"
        args = call.args
        if name == "tr" and args:
            text = _literal(args[0])
            # A name may hold a QT_TR_NOOP text; a built string never reaches lupdate.
            if isinstance(args[0], (ast.JoinedStr, ast.BinOp, ast.Call)):
                problems.append(f"{where}: tr() of a string built at run time")
            elif text is not None and "%n" in text and len(args) < 3:
                problems.append(f"{where}: %n without a count: tr(text, '', n)")
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            text = _literal(args[1])
            if isinstance(args[1], ast.JoinedStr):
                problems.append(f"{where}: an f-string cannot be translated")
            if text is not None and _literal(args[0]) is None:
                problems.append(f"{where}: the context must be a string literal for lupdate")
            if text is not None and "%n" in text and (
                    name == "QT_TRANSLATE_NOOP" or len(args) < 4):
                problems.append(f"{where}: %n needs translate(context, text, None, n)")
    assert not problems, "\n".join(problems)


# -- the catalog -------------------------------------------------------------------------


def _catalog_file(code: str) -> dict[str, Any]:
    path = catalog_dir() / f"{code}.json"
    assert path.exists(), f"{path} is missing: the catalog has no {code} translation"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _given(value: Any) -> bool:
    if isinstance(value, list):
        return bool(value) and all(isinstance(v, str) and v.strip() for v in value)
    return isinstance(value, str) and bool(value.strip())


@pytest.mark.parametrize("code", TARGETS)
def test_catalog_has_every_entry_in_every_language(code: str) -> None:
    entries = _catalog_file(code).get("entries", {})
    missing = []
    for key, fields in translation_keys().items():
        for name, english in fields.items():
            if _given(english) and not _given(entries.get(key, {}).get(name)):
                missing.append(f"{key}.{name}")
    assert not missing, f"{code}.json lacks {len(missing)} texts, first: {missing[:8]}"
    catalog = load_catalog_from(catalog_dir(), code)  # the loader's own checks pass
    assert catalog.language == code


@pytest.mark.parametrize("code", TARGETS)
def test_catalog_entries_are_translated(code: str) -> None:
    entries = _catalog_file(code).get("entries", {})
    same = []
    for key, fields in translation_keys().items():
        for name, english in fields.items():
            ours = entries.get(key, {}).get(name)
            pairs = zip(english, ours) if isinstance(english, list) and isinstance(ours, list) \
                else [(english, ours)]
            same += [f"{key}.{name}" for e, o in pairs
                     if isinstance(e, str) and len(e) > UNTRANSLATED_LENGTH
                     and isinstance(o, str) and " ".join(e.split()) == " ".join(o.split())]
    assert not same, f"{code}.json repeats the English text of: {same[:8]}"


@pytest.mark.parametrize("code", TARGETS)
def test_catalog_entries_say_how_far_they_can_be_trusted(code: str) -> None:
    """Each entry is marked machine, reviewed or official (explicitly or by the file's
    ``default_status``), so that reviewers can find the machine-written ones."""
    data = _catalog_file(code)
    statuses = data.get("status", {})
    allowed = {s.value for s in TranslationStatus} - {TranslationStatus.SOURCE.value}
    unmarked = [key for key in data.get("entries", {})
                if key not in statuses and "default_status" not in data]
    assert not unmarked, f"{code}.json: entries without a status: {unmarked[:8]}"
    declared = [data["default_status"]] if "default_status" in data else []
    wrong = [s for s in [*statuses.values(), *declared] if s not in allowed]
    assert not wrong, f"{code}.json: statuses must be one of {sorted(allowed)}: {wrong}"
    catalog = load_catalog_from(catalog_dir(), code)
    assert set(catalog.translation_status) == set(translation_keys())
