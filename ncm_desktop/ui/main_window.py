"""The main window: navigation on one side, the current section's page on the other."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ncm_desktop import __version__, paths
from ncm_desktop.i18n.messages import error_message, lock_time
from ncm_desktop.i18n.placeholders import fill
from ncm_desktop.i18n.translation import Translation, choose_language, interface_language
from ncm_desktop.storage import lock, preferences, queries
from ncm_desktop.storage.drives import DriveKind
from ncm_desktop.storage.errors import (
    DossierDamaged,
    DossierError,
    DossierInUse,
    DossierNotFound,
    NotADossier,
    ServerConnectionLost,
    ServerLoginFailed,
    ServerUnreachable,
)
from ncm_desktop.ui import language
from ncm_desktop.ui.dialogs import ask
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.export_menu import ExportMenu
from ncm_desktop.ui.pages import SECTIONS, Section, section
from ncm_desktop.ui.pages.page import Page
from ncm_desktop.ui.widgets.notice_bar import NoticeBar

if TYPE_CHECKING:
    from ncm_desktop.ui.dialogs.preferences_dialog import PreferencesDialog
    from ncm_desktop.ui.wizard.setup_wizard import SetupWizard

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    def __init__(self, prefs: preferences.Preferences, *, interactive: bool = True) -> None:
        super().__init__()
        self.prefs = prefs
        #: Problems reported to the user, in order; without ``interactive`` (the smoke
        #: test) they are only collected here, never shown in a dialog that would wait.
        self.problems: list[str] = []
        self._interactive = interactive
        self.context: DossierContext | None = None
        self._pages: dict[str, Page] = {}
        #: Open the set-up assistant by itself on a new dossier (off in smoke tests and
        #: in tests that do not ask for it).
        self.auto_assistant = False
        self.assistant: SetupWizard | None = None

        self.sections = QStandardItemModel(self)
        for item_section in SECTIONS:
            item = QStandardItem(item_section.icon, "")
            item.setData(item_section.key, SECTION_ROLE)
            item.setEditable(False)
            self.sections.appendRow(item)
        self.navigation = QListView()
        self.navigation.setModel(self.sections)
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(170)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(1)
        self.navigation.setMaximumWidth(260)
        self.navigation.selectionModel().currentChanged.connect(self._on_section_changed)

        self.stack = QStackedWidget()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)

        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        #: Says when the dossier is read-only, on a removable or network drive, or could
        #: not be written back: never silently.
        self.notice = NoticeBar()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.notice)
        column.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self._problem = ""

        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.statusBar().addPermanentWidget(self.file_label)

        self._create_actions()
        self._create_menus()
        self.retranslate()
        self.resize(1280, 720)

    # -- dossier -----------------------------------------------------------------------

    def open_dossier(self, path: Path, *, read_only: bool = False,
                     take_over: bool = False) -> bool:
        """Show the dossier at ``path``; on failure say why and keep the current one.

        A dossier another program has open is offered read-only (or, when that program
        has stopped or runs on another computer, to take over); a damaged one is offered
        the restore of its latest good backup.
        """
        path = Path(path)
        if (self.context is not None and not self.context.on_server
                and self.context.path.resolve() == path.resolve()):
            if self.context.read_only == read_only:
                return True
            self.close_dossier()  # the same file in another mode
        try:
            context = DossierContext(path, read_only=read_only, take_over=take_over,
                                     parent=self)
        except DossierInUse as error:
            return self._open_in_use(path, error)
        except DossierNotFound as error:
            self._report(error)
            if str(path) in self.prefs.recent:
                self.prefs.forget(path)
                preferences.save(self.prefs)
            return False
        except (DossierDamaged, NotADossier) as error:
            return self._offer_restore(path, error)
        except (DossierError, OSError) as error:
            self._report(error)
            return False
        self._set_context(context)
        if self.prefs.remember(context.path):
            preferences.save(self.prefs)
        if self.auto_assistant:
            QTimer.singleShot(0, self.maybe_start_assistant)
        return True

    def _open_in_use(self, path: Path, error: DossierInUse) -> bool:
        """Another program holds the dossier: read-only, take over (when it has stopped
        or is on another computer, after the user agrees) or cancel."""
        owner = error.owner
        elsewhere = bool(owner.host) and owner.host != lock.host_name()
        details = (fill(self.tr("%1 on %2, since %3"),
                        owner.user or "?", owner.host or "?", lock_time(owner)))
        if error.stale:
            text = self.tr(
                "%1 was left locked by NCM Desktop (%2), which is no longer running: it "
                "probably stopped without closing it. You can take the lock over and work "
                "on the dossier, or open it read-only.")
            choices = [self.tr("&Take over and open"), self.tr("Open &read-only")]
            actions = ["take_over", "read_only"]
        elif elsewhere:
            text = self.tr(
                "%1 is open in NCM Desktop on another computer (%2). Only one program can "
                "change a dossier at a time. Open it read-only, or, only if that computer "
                "no longer uses it (it stopped, or the drive was removed from it), take "
                "the lock over.")
            choices = [self.tr("Open &read-only"), self.tr("&Take over and open")]
            actions = ["read_only", "take_over"]
        else:
            text = self.tr(
                "%1 is already open in another copy of NCM Desktop (%2). Only one program "
                "can change a dossier at a time: you can open it read-only here.")
            choices = [self.tr("Open &read-only")]
            actions = ["read_only"]
        text = fill(text, str(path), details)
        chosen = ask.choose(self, self.tr("Dossier in use"), text, choices)
        if chosen is None:
            return False
        if actions[chosen] == "read_only":
            return self.open_dossier(path, read_only=True)
        return self.open_dossier(path, take_over=True)

    def _offer_restore(self, path: Path, error: DossierError) -> bool:
        """The file cannot be opened: offer its latest good backup, if there is one."""
        from ncm_desktop.storage import backups

        latest = backups.latest_good(path)
        if latest is None:
            self._report(error)
            return False
        summary = backups.summary(latest.path)
        made = QDateTime.fromSecsSinceEpoch(int(latest.created.timestamp())).toLocalTime()
        locale = QLocale()
        question = self.tr(
            "%1\n\nThe latest good backup of this dossier was made on %2; it holds %3 "
            "organisations and %4 people. Restore it? What is in the file now is kept in "
            "the backups folder.")
        question = (fill(question,
                         error_message(error),
                         locale.toString(made, QLocale.FormatType.ShortFormat),
                         locale.toString(summary.organisations or 0),
                         locale.toString(summary.people or 0)))
        if not ask.confirm(self, self.tr("Restore a backup"), question):
            return False
        try:
            backups.restore(path, latest.path)
        except (DossierError, OSError) as problem:
            self._report(problem)
            return False
        return self.open_dossier(path)

    def restore_backup(self, backup: Path) -> bool:
        """Replace the open dossier by ``backup`` (its current state is backed up
        first) and open it again."""
        if self.context is None or self.context.read_only:
            return False
        from ncm_desktop.storage import backups

        path = self.context.path
        if not self.close_dossier():
            return False
        try:
            backups.restore(path, backup)
        except (DossierError, OSError) as error:
            self._report(error)
            self.open_dossier(path)
            return False
        opened = self.open_dossier(path)
        if opened:
            self.statusBar().showMessage(self.tr("The backup was restored."), 8000)
        return opened

    def close_dossier(self) -> bool:
        """Close the open dossier; False (and the user told) when a working copy could
        not be written back to its drive, in which case its changes stay on this
        computer and are written back at the next open."""
        if self.context is None:
            return True
        if self.assistant is not None:
            self.assistant.reject()
        self._discard_pages()
        context, self.context = self.context, None
        written = True
        try:
            context.close()
        except OSError as error:
            written = False
            ask.warn(self, self.tr("NCM Desktop"), self._write_back_failed(error))
        context.deleteLater()
        self._problem = ""
        self._update_title()
        self._update_notice()
        self._update_actions()
        return written

    def _set_context(self, context: DossierContext) -> None:
        self.close_dossier()
        self.context = context
        context.undo_changed.connect(self._on_undo_changed)
        context.changed.connect(self._on_tables_changed)
        context.problem.connect(self._on_background_problem)
        context.sync_failed.connect(self._on_sync_failed)
        context.synced.connect(self._on_synced)
        self._on_undo_changed("")
        self._update_title()
        self._update_notice()
        self._update_actions()
        current = self.navigation.currentIndex()
        if current.isValid():
            self._show_section(section(current.data(SECTION_ROLE)))
        else:
            self.navigation.setCurrentIndex(self.sections.index(0, 0))

    def show_section(self, key: str) -> Page:
        """Select ``key`` in the navigation and return its page."""
        for row in range(self.sections.rowCount()):
            index = self.sections.index(row, 0)
            if index.data(SECTION_ROLE) == key:
                self.navigation.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return self._pages[key]

    def page(self, key: str) -> Page | None:
        return self._pages.get(key)

    def open_link(self, key: str, field: str) -> None:
        """Show the page ``key`` and put the focus on ``field`` there (a gap's fix)."""
        page = self.show_section(key)
        page.focus_field(field)

    # -- the set-up assistant ------------------------------------------------------------

    def maybe_start_assistant(self) -> None:
        """Open the assistant on a new, empty dossier, or one where it was left half-way,
        unless the user asked not to see it again."""
        from ncm_desktop.ui.wizard.setup_wizard import should_start

        if self.context is not None and self.assistant is None and should_start(self.context):
            self.open_assistant(automatic=True)

    def open_assistant(self, automatic: bool = False) -> None:
        if self.context is None or self.context.read_only:
            return
        if self.assistant is not None:
            self.assistant.raise_()
            self.assistant.activateWindow()
            return
        from ncm_desktop.ui.wizard.setup_wizard import SetupWizard

        wizard = SetupWizard(self.context, self, automatic=automatic)
        self.assistant = wizard
        wizard.finished.connect(lambda _result: self._assistant_closed(wizard))
        wizard.open_dashboard.connect(lambda: self.show_section("readiness"))
        wizard.open()

    def _assistant_closed(self, wizard: SetupWizard) -> None:
        if self.assistant is wizard:
            self.assistant = None
        wizard.deleteLater()

    # -- menus -------------------------------------------------------------------------

    def _create_actions(self) -> None:
        self.new_action = self._action(QKeySequence.StandardKey.New, self.new_dossier)
        self.open_action = self._action(QKeySequence.StandardKey.Open, self.choose_dossier)
        self.open_server_action = self._action(None, self.choose_server_dossier)
        self.copy_action = self._action(QKeySequence("Ctrl+Shift+S"), self.save_copy)
        self.import_members_action = self._action(None, self.import_members)
        self.compare_action = self._action(None, self.compare_dossiers)
        self.export_package_action = self._action(None, self.export_package)
        self.merge_package_action = self._action(None, self.merge_package)
        self.merge_history_action = self._action(None, self.show_merge_history)
        self.save_to_drive_action = self._action(QKeySequence.StandardKey.Save,
                                                 self.save_to_drive)
        self.backups_action = self._action(None, self.show_backups)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.undo_action = self._action(QKeySequence.StandardKey.Undo, self.undo_delete)
        self.next_section_action = self._action(QKeySequence("Ctrl+PgDown"),
                                                lambda: self._step_section(1))
        self.previous_section_action = self._action(QKeySequence("Ctrl+PgUp"),
                                                    lambda: self._step_section(-1))
        self.preferences_action = self._action(QKeySequence.StandardKey.Preferences,
                                               self.show_preferences)
        self.about_action = self._action(None, self.about)
        self.assistant_action = self._action(None, lambda: self.open_assistant())

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.open_server_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.copy_action)
        self.export_menu = ExportMenu(self, lambda: self.context)
        self.file_menu.addMenu(self.export_menu)
        self.file_menu.addAction(self.compare_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_members_action)
        self.exchange_menu = self.file_menu.addMenu("")
        self.exchange_menu.addAction(self.export_package_action)
        self.exchange_menu.addAction(self.merge_package_action)
        self.exchange_menu.addAction(self.merge_history_action)
        self.file_menu.addAction(self.save_to_drive_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.go_menu = bar.addMenu("")
        self.go_menu.addAction(self.next_section_action)
        self.go_menu.addAction(self.previous_section_action)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.assistant_action)
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.preferences_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.assistant_action.setText(self.tr("Set-up &assistant…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New dossier…"))
        self.open_action.setText(self.tr("&Open dossier…"))
        self.open_server_action.setText(self.tr("Open ser&ver dossier…"))
        self.copy_action.setText(self.tr("Save a &copy as…"))
        self.import_members_action.setText(self.tr("&Import members…"))
        self.compare_action.setText(self.tr("Co&mpare dossiers…"))
        self.exchange_menu.setTitle(self.tr("E&xchange"))
        self.export_package_action.setText(self.tr("&Export package…"))
        self.merge_package_action.setText(self.tr("&Merge package…"))
        self.merge_history_action.setText(self.tr("Merge &history…"))
        self.save_to_drive_action.setText(self.tr("&Save to the drive now"))
        self.backups_action.setText(self.tr("&Backups…"))
        self.notice.setAccessibleName(self.tr("Notice"))
        self.quit_action.setText(self.tr("&Quit"))
        self.export_menu.retranslate()
        self.next_section_action.setText(self.tr("&Next section"))
        self.previous_section_action.setText(self.tr("&Previous section"))
        self.preferences_action.setText(self.tr("&Preferences…"))
        self.about_action.setText(self.tr("&About NCM Desktop"))
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.placeholder.setText(self.tr(
            "No dossier is open. Create one with File > New dossier, or open one with "
            "File > Open dossier."))
        for row in range(self.sections.rowCount()):
            item = self.sections.item(row)
            title = section(item.data(SECTION_ROLE)).title
            item.setText(QCoreApplication.translate("Sections", title))
        self._on_undo_changed(self.context.undo_description if self.context else "")
        self._update_title()
        self._update_notice()
        self._update_actions()

    # -- language ----------------------------------------------------------------------

    def show_preferences(self) -> None:
        from ncm_desktop.ui.dialogs.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self)
        dialog.accepted.connect(lambda: self.apply_preferences(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def apply_preferences(self, dialog: PreferencesDialog) -> None:
        """Save what the dialog says; a new language takes effect at once."""
        language_changed = dialog.language() != self.prefs.language
        self.prefs.language = dialog.language()
        self.prefs.user_name = dialog.user_name()
        preferences.save(self.prefs)
        if language_changed:
            chosen = choose_language(None, self.prefs.language)
            if chosen != interface_language():
                self.change_language(chosen)

    def change_language(self, code: str) -> None:
        """Speak ``code`` from now on: menus and navigation are retranslated; pages are
        built again, so that everything they show (texts, catalog entries, dates and
        numbers, direction) follows the new language."""
        language.install(Translation(code))
        self.statusBar().clearMessage()
        self.retranslate()
        self._discard_pages()
        current = self.navigation.currentIndex()
        if current.isValid() and self.context is not None:
            self._show_section(section(current.data(SECTION_ROLE)))

    def new_dossier(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("New dossier"), str(paths.data_dir()), self._file_filter())
        if target:
            self.create_dossier(Path(target))

    def create_dossier(self, path: Path) -> bool:
        from ncm_desktop.storage.database import Dossier

        if path.suffix != paths.DOSSIER_SUFFIX:
            path = path.with_name(path.name + paths.DOSSIER_SUFFIX)
        try:
            Dossier.create(path).close()
        except (DossierError, OSError) as error:
            self._report(error)
            return False
        return self.open_dossier(path)

    def choose_dossier(self) -> None:
        start = str(self.context.folder if self.context else paths.data_dir())
        target, _ = QFileDialog.getOpenFileName(self, self.tr("Open dossier"), start,
                                                self._file_filter())
        if target:
            self.open_dossier(Path(target))

    def open_recent(self, entry: str) -> bool:
        """Open a dossier of the recent list: a file, or a server dossier by its URL."""
        from ncm_desktop.storage.server_location import is_server_url

        if is_server_url(entry):
            return self.open_server_dossier(entry)
        return self.open_dossier(Path(entry))

    def choose_server_dossier(self) -> None:
        """File > Open server dossier…: ask for the address, then open it (the password
        is asked for when the server wants one that ``~/.pgpass`` does not hold)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        url, accepted = QInputDialog.getText(
            self, self.tr("Open server dossier"),
            self.tr("Address of the server dossier (postgresql://user@server/database):"),
            QLineEdit.EchoMode.Normal, "postgresql://")
        if accepted and url.strip():
            self.open_server_dossier(url.strip())

    def open_server_dossier(self, url: str, password: str | None = None) -> bool:
        """Show the server dossier at ``url``; on failure say why, offer to type the
        password again or to retry an unreachable server, and keep the current dossier."""
        from ncm_desktop.storage import server
        from ncm_desktop.storage.server_location import parse

        try:
            location, in_url = parse(url)
        except ValueError as error:
            self._report_text(fill(self.tr(
                "%1 is not a server address (%2). Write it as postgresql://server/database."),
                url, str(error)))
            return False
        password = password if password is not None else in_url
        while True:
            try:
                context = DossierContext(None, opened=server.open_server(location, password),
                                         parent=self)
                break
            except ServerLoginFailed as error:
                if not self._interactive:
                    self._report(error)
                    return False
                typed = self._ask_password(location.url, error if password else None)
                if typed is None:
                    return False
                password = typed
            except (ServerUnreachable, ServerConnectionLost) as error:
                if self._interactive and ask.confirm(
                        self, self.tr("NCM Desktop"),
                        error_message(error) + "\n\n" + self.tr("Try again?")):
                    continue
                if not self._interactive:
                    self._report(error)
                return False
            except (DossierError, OSError) as error:
                self._report(error)
                return False
        self._set_context(context)
        if self.prefs.remember(location):
            preferences.save(self.prefs)
        return True

    def _ask_password(self, url: str, refused: Exception | None) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        prompt = fill(self.tr("Password for %1:"), url)
        if refused is not None:
            prompt = error_message(refused) + "\n\n" + prompt
        typed, accepted = QInputDialog.getText(self, self.tr("Open server dossier"), prompt,
                                               QLineEdit.EchoMode.Password)
        return typed if accepted else None

    def save_copy(self) -> None:
        if self.context is None:
            return
        suggested = self.context.folder / f"{self.context.name}-copy.ncm"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy as"),
                                                str(suggested), self._file_filter())
        if target:
            self.save_copy_to(Path(target))

    def save_copy_to(self, target: Path) -> bool:
        if self.context is None:
            return False
        try:
            self.context.save_copy(target)
        except (DossierError, OSError) as error:
            self._report(error)
            return False
        self.statusBar().showMessage(fill(self.tr("A copy was saved as %1"), str(target)),
                                     8000)
        return True

    def import_members(self) -> None:
        if self.context is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import members"), str(self.context.folder),
            self.tr("Member lists (*.csv *.xlsx *.txt);;All files (*)"))
        if chosen:
            self.import_members_from(Path(chosen))

    def import_members_from(self, path: Path) -> bool:
        """Read the member list at ``path`` and show it in the import dialog."""
        from ncm_desktop.storage.errors import TableFileError
        from ncm_desktop.ui.dialogs.import_dialog import ImportDialog, read_list

        if self.context is None or not self._writable():
            return False
        try:
            member_list = read_list(path)
        except (TableFileError, OSError) as error:
            self._report(error)
            return False
        dialog = ImportDialog(self.context, member_list, self)
        dialog.accepted.connect(lambda: self._after_import(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return True

    def _after_import(self, dialog: object) -> None:
        report = getattr(dialog, "report", None)
        if report is not None:
            self.statusBar().showMessage(
                fill(self.tr("Imported %1 people and %2 new organisations."),
                     QLocale().toString(report.people_added),
                     QLocale().toString(report.organisations_added)), 10000)

    def compare_dossiers(self) -> None:
        """The regional view: several States' dossiers side by side, read only."""
        from ncm_desktop.ui.dialogs.compare_dialog import CompareDialog

        dialog = CompareDialog([self.context.path] if self.context and not self.context.on_server
                               else [], self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export_package(self) -> None:
        from ncm_desktop.ui.dialogs.package_export_dialog import PackageExportDialog

        if self.context is None:
            return
        dialog = PackageExportDialog(self.context, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            fill(self.tr("The package was written: %1"), dialog.path.text()), 10000))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def merge_package(self) -> None:
        if self.context is None:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Merge a package"), str(self.context.folder),
            self.tr("NCM Desktop packages (*.ncmx);;All files (*)"))
        if chosen:
            self.merge_package_from(Path(chosen))

    def merge_package_from(self, path: Path) -> bool:
        """Check the package at ``path`` and show what merging it would do."""
        from ncm_desktop.storage.errors import PackageError
        from ncm_desktop.storage.exchange.package import read_manifest
        from ncm_desktop.ui.dialogs.merge_dialog import MergeDialog

        if self.context is None or not self._writable():
            return False
        try:
            manifest = read_manifest(path)
        except (PackageError, OSError) as error:
            self._report(error)
            return False
        dialog = MergeDialog(self.context, path, manifest, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return True

    def show_merge_history(self) -> None:
        from ncm_desktop.ui.dialogs.merge_history_dialog import MergeHistoryDialog

        if self.context is None:
            return
        dialog = MergeHistoryDialog(self.context, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _writable(self) -> bool:
        if self.context is not None and self.context.read_only:
            ask.warn(self, self.tr("NCM Desktop"), self.tr(
                "This dossier is open read-only: nothing can be imported or merged into it."))
            return False
        return True

    def save_to_drive(self) -> None:
        """Write a working copy back to its removable or network drive now."""
        if self.context is None or self.context.working_copy is None:
            return
        try:
            written = self.context.save_to_drive()
        except OSError as error:
            self._on_sync_failed(error)
            return
        if not written:
            self.statusBar().showMessage(
                self.tr("The drive already holds every change."), 5000)

    def show_backups(self) -> None:
        if self.context is None:
            return
        from ncm_desktop.ui.dialogs.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context, self.restore_backup, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def undo_delete(self) -> None:
        if self.context is not None and self.context.undo_description:
            self.context.undo_delete()
            self.statusBar().showMessage(self.tr("The delete was undone."), 5000)

    def about(self) -> None:
        ask.inform(self, self.tr("About NCM Desktop"), fill(self.tr(
            "NCM Desktop %1\n\nSets up and runs a national coordinating mechanism on small "
            "arms and light weapons control, following the UN standard MOSAIC 03.40.\n\n"
            "It works offline: it connects to a network only to open a server dossier you "
            "name."), __version__))

    # -- internals ---------------------------------------------------------------------

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for entry in self.prefs.recent:
            action = self.recent_menu.addAction(entry)
            action.triggered.connect(lambda _=False, p=entry: self.open_recent(p))
        if not self.prefs.recent:
            empty = self.recent_menu.addAction(self.tr("(no recent dossier)"))
            empty.setEnabled(False)

    def _discard_pages(self) -> None:
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()

    def _on_section_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.context is not None:
            self._show_section(section(current.data(SECTION_ROLE)))

    def _show_section(self, chosen: Section) -> None:
        assert self.context is not None
        page = self._pages.get(chosen.key)
        if page is None:
            page = chosen.create(self.context, self.stack)
            page.navigate.connect(self.open_link)
            self._pages[chosen.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _step_section(self, step: int) -> None:
        row = (self.navigation.currentIndex().row() + step) % self.sections.rowCount()
        self.navigation.setCurrentIndex(self.sections.index(row, 0))

    def _on_undo_changed(self, description: str) -> None:
        self.undo_action.setEnabled(bool(description))
        self.undo_action.setText(fill(self.tr("&Undo: %1"), description)
                                 if description else self.tr("&Undo"))
        if description:
            self.statusBar().showMessage(
                fill(self.tr("Done: %1. Press Ctrl+Z to undo."), description), 10000)

    def _on_tables_changed(self, tables: set[str]) -> None:
        if "mechanism" in tables:
            self._update_title()

    def _update_actions(self) -> None:
        has_copy = self.context is not None and self.context.working_copy is not None
        self.save_to_drive_action.setEnabled(has_copy)
        self.save_to_drive_action.setVisible(has_copy)
        # A server dossier's backups are the server's (pg_dump), not this computer's.
        self.backups_action.setEnabled(self.context is not None and not self.context.on_server)

    def _update_notice(self) -> None:
        """Say what the user must know about where and how the dossier is open."""
        context = self.context
        if context is None:
            self.notice.clear()
            return
        if self._problem:
            self.notice.show_notice(self._problem, "warning")
            return
        parts = []
        level = "info"
        if context.read_only:
            level = "warning"
            holder = context.holder
            if holder is not None and holder.host:
                parts.append(fill(self.tr(
                    "Read-only: this dossier is open for changes in NCM Desktop by %1 on %2 "
                    "since %3. You can read it here; changes made there appear when you "
                    "open it again."), holder.user or "?", holder.host, lock_time(holder)))
            elif context.role == "reader":
                parts.append(self.tr(
                    "Read-only: you are a reader of this server dossier. You can read it and "
                    "print from it; its owner can make you an officer to change it."))
            else:
                parts.append(self.tr("Read-only: changes cannot be made to this dossier."))
            if context.is_snapshot:
                parts.append(self.tr(
                    "It was written by an older version of NCM Desktop: you are reading a "
                    "copy brought up to date for this version."))
        copy = context.working_copy
        if copy is not None:
            where = copy.drive.mount_point or str(context.path.parent)
            if copy.drive.kind is DriveKind.NETWORK:
                parts.append(fill(self.tr(
                    "This dossier is on a network drive (%1). You are working on a copy on "
                    "this computer, written back to the network drive every minute while "
                    "you make changes and when you close the dossier."), where))
            else:
                parts.append(fill(self.tr(
                    "This dossier is on a removable drive (%1). You are working on a copy "
                    "on this computer, written back to the drive every minute while you "
                    "make changes and when you close the dossier. Close the dossier, or use "
                    "File > Save to the drive now, before you remove the drive."), where))
            if copy.recovered:
                parts.append(self.tr(
                    "Changes made on this computer that had not reached the drive last "
                    "time were written back to it."))
            if copy.kept_backup is not None:
                level = "warning"
                parts.append(self.tr(
                    "Changes left on this computer last time were not written back, and "
                    "the file on the drive has changed since: they were kept as a backup "
                    "(File > Backups…)."))
        self.notice.show_notice(" ".join(parts), level)

    def _write_back_failed(self, error: OSError) -> str:
        return fill(self.tr(
            "The dossier could not be written back to its drive (%1). Your changes are "
            "safe on this computer and are written back when the drive can be written "
            "again, or the next time you open the dossier."), error.strerror or str(error))

    def _on_background_problem(self, error: Exception) -> None:
        """An automatic backup failed: say so in the notice bar, never silently."""
        self._problem = fill(self.tr("An automatic backup could not be made: %1"),
                             error_message(error))
        self._update_notice()

    def _on_sync_failed(self, error: OSError) -> None:
        self._problem = self._write_back_failed(error)
        self._update_notice()

    def _on_synced(self) -> None:
        if self._problem:
            self._problem = ""
            self._update_notice()
        self.statusBar().showMessage(self.tr("Written back to the drive."), 4000)

    def _update_title(self) -> None:
        if self.context is None:
            self.setWindowTitle(self.tr("NCM Desktop"))
            self.file_label.clear()
            return
        name = queries.mechanism(self.context.reader).name or self.context.name
        self.setWindowTitle(fill(self.tr("%1 — NCM Desktop"), name))
        state = self.tr(" (read-only)") if self.context.read_only else ""
        if self.context.on_server:
            self.file_label.setText(fill(self.tr("Server dossier %1"), str(self.context.path))
                                    + state)
            self.file_label.setToolTip(self.tr("The open server dossier"))
            return
        self.file_label.setText(f"{self.context.path}{state}")
        self.file_label.setToolTip(self.tr("The open dossier file"))

    def _file_filter(self) -> str:
        return self.tr("NCM Desktop dossiers (*.ncm)")

    def _report(self, error: Exception) -> None:
        self._report_text(error_message(error))

    def _report_text(self, message: str) -> None:
        self.problems.append(message)
        if self._interactive:
            ask.warn(self, self.tr("NCM Desktop"), message)

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | None,
                slot: object) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.close_dossier()
        super().closeEvent(event)

