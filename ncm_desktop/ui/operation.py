"""Work on the open dossier from the window, done one way (in the spirit of Anki's
``CollectionOp``).

Every operation

* does nothing on a dossier opened read-only, when it writes;
* runs quick writes at once (:func:`write`) and slow work on a worker thread
  (:class:`BackgroundOperation`), which reports progress and can be cancelled;
* turns what it expects to go wrong into a translated sentence
  (:func:`i18n.messages.error_message`): a refused value, a file that cannot be written;
* afterwards tells every page which tables changed, as the data layer saw them
  (:meth:`storage.database.Dossier.take_changes`): no call site names tables.

No SQLAlchemy at import: the pages import this before the window paints.  A cancelled
write is rolled back: the worker's next SQL statement raises
:class:`Cancelled` inside the transaction, so nothing is half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from ncm_desktop.i18n.messages import error_message
from ncm_desktop.storage.errors import ValidationError
from ncm_desktop.ui.dossier_context import DossierContext
from ncm_desktop.ui.widgets.problem_label import ProblemLabel

if TYPE_CHECKING:
    from ncm_desktop.storage.database import Dossier

T = TypeVar("T")
#: Reports progress from a slow task: (done, total); raises :class:`Cancelled` when the
#: user asked to stop.
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """The user stopped the operation; whatever it was writing was rolled back."""


def write(context: DossierContext, task: Callable[..., T], *arguments: Any,
          problem: ProblemLabel, focus: QWidget | None = None, **keywords: Any
          ) -> T | bool | None:
    """Run the quick write ``task(dossier, *arguments, **keywords)`` now and return its
    result (True when it returns nothing), or None when the dossier is read-only or the
    value was refused.

    A refused value (:class:`ValidationError`) is explained in ``problem`` and the focus
    goes back to ``focus``, so that it can be corrected; nothing was written.
    """
    if context.read_only:
        return None
    try:
        result = task(context.writer(), *arguments, **keywords)
    except ValidationError as error:
        problem.show_problem(error_message(error))
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return None
    problem.clear_problem()
    context.announce_changes()
    return True if result is None else result


class BackgroundOperation(QObject):
    """Slow work (an export, an import, a merge) on a worker thread.

    ``task(dossier, progress)`` runs in the worker; it must not touch widgets.  Work that
    only reads other files (comparing the dossiers of several States) has no ``context``,
    and its task is given ``None`` for the dossier.  Results
    come back by signals, which Qt delivers in the window's thread: :attr:`succeeded`
    with the task's result, :attr:`failed` with a translated sentence (for the errors
    in ``expected``; any other error is a bug and reaches the error dialog), and
    :attr:`cancelled`.  :attr:`finished` follows each of them.
    """

    started = Signal()
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, context: DossierContext | None,
                 task: Callable[[Dossier | None, Progress], Any], *,
                 writes: bool, expected: tuple[type[Exception], ...] = (),
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        assert context is not None or not writes, "a write needs the open dossier"
        self.context = context
        self.writes = writes
        self._task = task
        self._expected = (ValidationError, *expected)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._stop = threading.Event()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> bool:
        """Start the task; False (and nothing done) when a write meets a read-only
        dossier or the operation is already running."""
        if self.running or (self.writes and self.context is not None
                                and self.context.read_only):
            return False
        self._stop.clear()
        dossier = self.context.writer() if self.context is not None else None
        worker = _Worker(dossier, self._task, self._expected, self._stop, self.writes)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self.progressed)
        worker.done.connect(self._on_done)
        self._thread, self._worker = thread, worker
        self.started.emit()
        thread.start()
        return True

    def show_progress_in(self, bar: QProgressBar) -> None:
        """Show ``bar`` while the task runs: moving until the task reports how far it
        is, then filling up."""
        def started() -> None:
            bar.setRange(0, 0)
            bar.show()

        def progressed(done: int, total: int) -> None:
            bar.setRange(0, max(total, 1))
            bar.setValue(done)

        self.started.connect(started)
        self.progressed.connect(progressed)
        self.finished.connect(bar.hide)

    def cancel(self) -> None:
        """Ask the task to stop at its next report of progress or SQL statement."""
        self._stop.set()

    def wait(self) -> None:
        """Block until the worker thread has ended (closing the window, tests)."""
        if self._thread is not None:
            self._thread.wait()

    def _on_done(self, outcome: str, value: object) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.quit()
            thread.wait()
        if self.writes and self.context is not None:
            self.context.announce_changes()
        if outcome == _SUCCEEDED:
            self.succeeded.emit(value)
        elif outcome == _CANCELLED:
            self.cancelled.emit()
        elif outcome == _FAILED:
            self.failed.emit(value)
        else:
            assert isinstance(value, BaseException)
            self.finished.emit()
            raise value  # not expected: a bug, for the error dialog
        self.finished.emit()


_SUCCEEDED, _FAILED, _CANCELLED, _CRASHED = "succeeded", "failed", "cancelled", "crashed"


class _Worker(QObject):
    """Runs one task in the worker thread; talks only through signals."""

    progressed = Signal(int, int)
    done = Signal(str, object)

    def __init__(self, dossier: Dossier | None, task: Callable[[Dossier | None, Progress], Any],
                 expected: tuple[type[Exception], ...], stop: threading.Event,
                 writes: bool) -> None:
        super().__init__()
        self.dossier = dossier
        self.task = task
        self.expected = expected
        self.stop = stop
        self.writes = writes

    def run(self) -> None:
        from sqlalchemy import event

        thread = threading.get_ident()

        def check(*_arguments: object) -> None:
            if self.stop.is_set() and threading.get_ident() == thread:
                raise Cancelled

        watched = self.dossier.engine if self.writes and self.dossier is not None else None
        if watched is not None:  # a write stops at its next statement, inside its transaction
            event.listen(watched, "before_cursor_execute", check)
        try:
            result = self.task(self.dossier, self._progress)
        except Cancelled:
            self.done.emit(_CANCELLED, None)
        except self.expected as error:
            self.done.emit(_FAILED, error_message(error))
        except Exception as error:  # noqa: BLE001 - handed to the window's thread
            self.done.emit(_CRASHED, error)
        else:
            self.done.emit(_SUCCEEDED, result)
        finally:
            if watched is not None:
                event.remove(watched, "before_cursor_execute", check)

    def _progress(self, done: int, total: int) -> None:
        if self.stop.is_set():
            raise Cancelled
        self.progressed.emit(done, total)
