"""The window in other languages: Arabic mirrors, Chinese renders, the language changes live.

Expected texts are read from the committed .ts files, so these tests follow the
translators' wording and fail when a translation is missing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from tools import update_translations as ts

from ncm_desktop.i18n import bidi, pseudo
from ncm_desktop.i18n.translation import Translation, choose_language, interface_language
from ncm_desktop.storage import preferences, repository
from ncm_desktop.storage.database import Dossier
from ncm_desktop.ui import fonts, language
from ncm_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from ncm_desktop.ui.main_window import MainWindow
from ncm_desktop.ui.pages import SECTIONS

REPO = Path(__file__).resolve().parent.parent
CHINESE_NAME = "王秀英"
#: Left to right, but ending in punctuation or starting with it: the two that Qt's bidi
#: (rightly, by the rules) moves to the other end in a right-to-left paragraph.
LATIN_NAME = "Amadou Ndiaye Jr."
PHONE = "+221 33 889 12 00"
_Flag = QTextLayout.GlyphRunRetrievalFlag


def expected(code: str, context: str, source: str) -> str:
    """The translation of ``source`` in the committed .ts file of ``code``."""
    for message in ts.read(ts.ts_file(code)).messages:
        if (message.context, message.source) == (context, source):
            assert message.finished and message.translations[0], \
                f"{code}: {source!r} is not translated"
            return message.translations[0]
    raise AssertionError(f"{source!r} ({context}) is not in the {code} .ts file")


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[..., None]]:
    """Install a language for one test; English, the platform font and locale after."""
    locale, font = QLocale(), qapp.font()

    def install(code: str, pseudo_mode: str = "") -> None:
        language.install(Translation(code, pseudo=pseudo_mode))

    yield install
    language.install(Translation("en"))
    QLocale.setDefault(locale)
    qapp.setFont(font)


def open_window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(preferences.load())
    qtbot.addWidget(window)
    assert window.open_dossier(path)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def add_person(path: Path, name: str, phone: str = "") -> None:
    dossier = Dossier.open(path)
    try:
        repository.save_person(dossier, repository.PersonValues(full_name=name, phone=phone))
    finally:
        dossier.close()


def visual_order(text: str, direction: Qt.LayoutDirection = Qt.LayoutDirection.RightToLeft,
                 font: QFont | None = None) -> str:
    """The characters of ``text`` from left to right as Qt lays them out on one line."""
    layout = QTextLayout(text, font or QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    placed = []
    for index in range(len(text)):  # (QGlyphRun.stringIndexes is wrong across fonts)
        runs = layout.glyphRuns(index, 1, _Flag.RetrieveGlyphPositions
                                | _Flag.RetrieveGlyphIndexes)
        xs = [position.x() for run in runs for position in run.positions()]
        if xs:
            placed.append((min(xs), index))
    return "".join(text[i] for _, i in sorted(placed))


def latin(text: str) -> str:
    return "".join(c for c in text if c.isascii())


def window_texts(window: MainWindow) -> list[str]:
    """What the window's own chrome says: menus, actions, navigation, title."""
    texts = [window.windowTitle(), window.navigation.accessibleName()]
    for menu in (window.file_menu, window.edit_menu, window.go_menu, window.tools_menu,
                 window.help_menu):
        texts += [menu.title(), *(action.text() for action in menu.actions())]
    texts += [window.sections.item(row).text() for row in range(window.sections.rowCount())]
    return texts


# -- Arabic ------------------------------------------------------------------------------


def test_arabic_window_mirrors_and_speaks_arabic(speak, qtbot, demo_path: Path) -> None:
    speak("ar")
    window = open_window(qtbot, demo_path)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The navigation sits on the right, the page on the left.
    navigation_x = window.navigation.mapTo(window, window.navigation.rect().topLeft()).x()
    assert navigation_x > window.width() / 2 > window.stack.mapTo(window, window.stack.rect()
                                                                  .topLeft()).x()

    assert window.file_menu.title() == expected("ar", "MainWindow", "&File")
    assert window.tools_menu.title() == expected("ar", "MainWindow", "&Tools")
    people_row = [s.key for s in SECTIONS].index("people")
    assert window.sections.item(people_row).text() == expected("ar", "Sections", "People")
    page = window.show_section("people")
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    header = page.table.model().headerData(0, Qt.Orientation.Horizontal)
    assert header == expected("ar", "PeopleTableModel", "Name")
    assert page.heading.text() == expected("ar", "PeoplePage", "People")
    # Qt's own buttons are Arabic too (qtbase_ar).
    dialog = PreferencesDialog(window.prefs, window)
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() not in ("OK", "&OK") and ok.text()


def test_latin_names_and_clause_numbers_keep_their_order_in_arabic(
        speak, qtbot, demo_path: Path) -> None:
    add_person(demo_path, LATIN_NAME, PHONE)
    speak("ar")
    window = open_window(qtbot, demo_path)
    page = window.show_section("people")
    model = page.model
    row = next(r for r in range(model.rowCount())
               if bidi.plain(model.index(r, 0).data()) == LATIN_NAME)
    phone_column = next(c for c in range(model.columnCount()) if model.headerData(
        c, Qt.Orientation.Horizontal) == expected("ar", "PeopleTableModel", "Phone"))
    for column, text in ((0, LATIN_NAME), (phone_column, PHONE)):
        assert latin(visual_order(model.index(row, column).data())) == text
        assert latin(visual_order(text)) != text  # what isolation prevents

    sentence = QCoreApplication.translate("PeoplePage", "Delete %1").replace("%1", LATIN_NAME)
    assert latin(visual_order(sentence)).strip() == LATIN_NAME

    organisations = window.show_section("organisations").model
    categories = [organisations.index(r, 2).data() for r in range(organisations.rowCount())]
    lettered = next(c for c in categories if bidi.plain(c).startswith("7.4.2."))
    clause = bidi.plain(lettered).split()[0]  # such as 7.4.2.h
    assert clause in latin(visual_order(lettered))
    assert clause not in latin(visual_order(f"البند {clause}"))  # Qt alone gets it wrong


def test_arabic_names_keep_their_order_in_a_latin_window(qtbot, demo_path: Path) -> None:
    arabic = "فاطمة بن علي (MoI)"
    add_person(demo_path, arabic)
    add_person(demo_path, LATIN_NAME)
    window = open_window(qtbot, demo_path)
    model = window.show_section("people").model
    cells = [model.index(r, 0).data() for r in range(model.rowCount())]
    cell = next(c for c in cells if bidi.plain(c) == arabic)
    ltr = Qt.LayoutDirection.LeftToRight
    shown = visual_order(cell, ltr)  # read right to left: the name, then "(MoI)"
    assert shown.index("M") < shown.index("ف")
    assert visual_order(arabic, ltr).index("M") > visual_order(arabic, ltr).index("ف")
    assert LATIN_NAME in cells  # Latin names are left as they are


def test_isolate_marks_take_no_room(qapp: QApplication) -> None:
    metrics = QFontMetricsF(qapp.font())
    assert metrics.horizontalAdvance(bidi.isolate("Ndiaye (DGPN)")) == \
        metrics.horizontalAdvance("Ndiaye (DGPN)")
    assert bidi.isolate_placeholders("حذف %1 من %2") == "حذف \u2068%1\u2069 من \u2068%2\u2069"
    assert bidi.left_to_right("7.4.2.h") == "\u20667.4.2.h\u2069"
    assert bidi.isolate("") == ""


# -- Chinese and the shipped fonts -------------------------------------------------------


def test_chinese_window_speaks_chinese_and_draws_chinese_names(
        speak, qtbot, demo_path: Path) -> None:
    add_person(demo_path, CHINESE_NAME)
    speak("zh")
    window = open_window(qtbot, demo_path)
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.file_menu.title() == expected("zh", "MainWindow", "&File")
    page = window.show_section("people")
    assert page.heading.text() == expected("zh", "PeoplePage", "People")
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert CHINESE_NAME in names
    layout = QTextLayout(CHINESE_NAME, page.table.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs and all(0 not in run.glyphIndexes() for run in runs)
    assert {run.rawFont().familyName() for run in runs} <= set(fonts.register())


_FONT_PROBE = """
import json, sys
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication
from ncm_desktop.ui import fonts
application = QApplication([])
application.setFont(fonts.interface_font(sys.argv[1]))
found = {}
for text in sys.argv[2:]:
    layout = QTextLayout(text, application.font())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    found[text] = [(run.rawFont().familyName(), list(run.glyphIndexes()))
                   for run in layout.glyphRuns()]
print(json.dumps(found))
"""


@pytest.mark.parametrize("code", ["en", "ar"])
def test_the_shipped_fonts_alone_draw_every_script(tmp_path: Path, code: str) -> None:
    """On a laptop with no font of its own (fontconfig told of none), every script
    still draws, from the shipped faces only."""
    config = tmp_path / "fonts.conf"
    config.write_text(f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path}</cachedir>'
                      "</fontconfig>", encoding="utf-8")
    texts = [CHINESE_NAME, "فاطمة الزهراء", "Ольга Смирнова", "Jean Dupont 7.4.2.h"]
    environment = {**os.environ, "FONTCONFIG_FILE": str(config), "PYTHONPATH": str(REPO),
                   "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run([sys.executable, "-c", _FONT_PROBE, code, *texts],
                               env=environment, capture_output=True, text=True, check=True)
    found = json.loads(completed.stdout.splitlines()[-1])
    for text in texts:
        families = {family for family, _ in found[text]}
        assert families and families <= {fonts.LATIN, fonts.ARABIC, fonts.CHINESE}, text
        assert all(0 not in glyphs for _, glyphs in found[text]), text
    assert {family for family, _ in found[CHINESE_NAME]} == {fonts.CHINESE}


def test_arabic_interface_sets_arabic_in_the_shipped_arabic_face(speak) -> None:
    speak("ar")
    assert QApplication.font().families()[0] == fonts.ARABIC
    speak("fr")
    assert fonts.ARABIC in QApplication.font().families()[1:]


# -- changing language -------------------------------------------------------------------


def _choose_language(qtbot, window: MainWindow, code: str) -> None:  # type: ignore[no-untyped-def]
    window.preferences_action.trigger()
    dialog = next(d for d in window.findChildren(PreferencesDialog) if d.isVisible())
    dialog.language_box.setCurrentIndex(dialog.language_box.findData(code))
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_preferences_change_the_language_at_once(speak, qtbot, demo_path: Path) -> None:
    window = open_window(qtbot, demo_path)
    window.show_section("organisations")
    assert window.file_menu.title() == "&File"
    _choose_language(qtbot, window, "fr")
    assert interface_language() == "fr"
    assert preferences.load().language == "fr"
    assert window.file_menu.title() == expected("fr", "MainWindow", "&File")
    page = window.page("organisations")
    assert page is not None and page.isVisible()
    assert page.search.placeholderText() == expected(
        "fr", "OrganisationsPage", "Search by name, acronym or category")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == \
        expected("fr", "OrganisationsTableModel", "Name")
    assert QLocale().language() == QLocale.Language.French

    _choose_language(qtbot, window, "ar")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.show_section("people").heading.text() == expected("ar", "PeoplePage", "People")
    fresh = MainWindow(preferences.load())
    qtbot.addWidget(fresh)
    fresh.open_dossier(demo_path)
    assert window_texts(window) == window_texts(fresh)


def test_preferences_keep_the_user_name_and_leave_the_language_alone(
        speak, qtbot, window: MainWindow) -> None:
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog.language_box.currentData() == ""  # following the system
    dialog.name.setText("  Aminata   Diallo ")
    dialog.accept()
    assert preferences.load().user_name == "Aminata Diallo"
    assert preferences.load().language == ""
    assert interface_language() == choose_language(None, "")


def test_language_names_are_shown_in_their_own_language(qtbot) -> None:
    dialog = PreferencesDialog(preferences.Preferences(language="ar"))
    qtbot.addWidget(dialog)
    box = dialog.language_box
    names = [box.itemText(i) for i in range(1, box.count())]
    assert names == ["English", "Français", "Español", "العربية", "Русский", "简体中文",
                     "Português"]
    assert box.currentData() == "ar"


def _plural_templates(code: str, counts: tuple[int, ...],
                      message: tuple[str, str] = ("PeoplePage", "%n person(s)")) -> set[str]:
    translation = Translation(code)
    return {translation.translate(*message, None, n)
            .replace(translation.locale.toString(n), "#") for n in counts}


def test_plural_forms_follow_each_language() -> None:
    organisations = ("OrganisationsPage", "%n organisation(s)")
    # организация, организации, организаций ("человек" has the same first and third form)
    assert len(_plural_templates("ru", (1, 3, 5), organisations)) == 3
    assert len(_plural_templates("ar", (0, 1, 2, 3, 11, 100))) == 6
    assert len(_plural_templates("fr", (0, 1, 2))) == 2  # French: 0 and 1 are singular
    assert len(_plural_templates("zh", (1, 2))) == 1
    english = Translation("en")
    assert english.translate("PeoplePage", "%n person(s)", None, 1) == "1 person"
    assert english.translate("PeoplePage", "%n person(s)", None, 2) == "2 people"


def test_command_line_language(demo_path: Path, tmp_path: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(REPO), "NCM_DESKTOP_HOME": str(tmp_path)}
    completed = subprocess.run(
        [sys.executable, "-m", "ncm_desktop", "check", str(demo_path), "--lang", "fr"],
        env=environment, capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr
    assert expected("fr", "Cli", "The dossier is sound.") in completed.stdout
    window = subprocess.run(
        [sys.executable, "-m", "ncm_desktop", "--lang", "ar", "--smoke-test", str(demo_path)],
        env={**environment, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
        check=False, timeout=120)
    assert window.returncode == 0, window.stderr
    assert choose_language("ar", "fr") == "ar"
    assert choose_language(None, "fr") == "fr"


# -- pseudo-localisation -----------------------------------------------------------------


def test_pseudo_language_lengthens_and_keeps_what_code_needs() -> None:
    translation = Translation("en", pseudo="long")
    text = translation.translate("MainWindow", "&Open dossier…")
    assert text.startswith("[&O") and text.endswith("]") and "é" in text
    sentence = "Delete %1 and its %n representative(s)? You can undo this with Ctrl+Z."
    long = translation.translate("OrganisationsPage", sentence, None, 3)
    assert "%1" in long and "3" in long and "%n" not in long
    assert len(long) >= 1.3 * len(sentence)
    with pytest.raises(ValueError):
        Translation("en", pseudo="loud")


def test_pseudo_mode_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for value, mode in (("1", "long"), ("rtl", "rtl"), ("", ""), ("0", "")):
        monkeypatch.setenv(pseudo.ENVIRONMENT, value)
        assert pseudo.requested_mode() == mode


def test_pseudo_right_to_left_mirrors_every_section(speak, qtbot, demo_path: Path) -> None:
    speak("en", "rtl")
    window = open_window(qtbot, demo_path)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.file_menu.title().startswith("[")
    for section in SECTIONS:
        page = window.show_section(section.key)
        assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
        heading = page.findChild(QLabel, "pageHeading")
        assert heading is None or heading.text().startswith("["), heading.text()
        assert window.sections.item(SECTIONS.index(section)).text().startswith("[")
