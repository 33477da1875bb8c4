"""The one way the GUI acts: run the work, publish what changed, say what went wrong.

A page says what to run, what to call it and what to do with the result; the runner runs
it (long work on a worker thread, with a busy indicator and, when the work allows it,
Cancel), publishes the ``Changes`` of an ``Outcome`` with the page as their initiator, and
shows an ``RxError``'s (or the disk's) own words in a calm message. Anything else is a bug
and goes to the crash dialog (``sys.excepthook``, see ``ui/crash.py``).

Work on a worker thread calls services only: each opens its own session and returns
frozen rows, so no database object crosses threads.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from rxtracker.domain import RxError
from rxtracker.i18n import translate
from rxtracker.services import Changes, Outcome
from rxtracker.ui import collector, theme
from rxtracker.ui.action_boxes import busy_dialog, tell
from rxtracker.ui.widgets.inline_progress import ShowsProgress

T = TypeVar("T")
#: How long the worker may hold the GIL while the GUI thread waits for it (seconds).
SWITCH_INTERVAL_S = 0.001
#: How many steps of a long action's progress are reported at most (see ``Progress.step``).
REPORTS = 200


class Cancelled(Exception):  # noqa: N818 - reads better at call sites than CancelledError
    """The user pressed Cancel; raised inside the work by ``Progress.step``."""


class Progress:
    """Handed to long work: it says how far it got, and stops when the user cancels."""

    def __init__(self, report: Callable[[int, int], None] | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()
        self._shown: tuple[int, int] | None = None  # what the last report showed

    @property
    def cancelled(self) -> bool:
        """True once the user asked to stop."""
        return self._cancelled.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancelled.set()

    def step(self, done: int, total: int) -> None:
        """``done`` of ``total`` finished (0 total: no idea yet).

        Raises:
            Cancelled: the user pressed Cancel; the work's transaction rolls back.
        """
        if self._cancelled.is_set():
            raise Cancelled
        if self._report is not None and self._moves(done, total):
            self._report(done, total)

    def _moves(self, done: int, total: int) -> bool:
        """True when the bar would move: a report per half percent at most.

        Each report is a call into Python on the GUI thread, which waits for the GIL that the
        work holds: the team's evaluation reported each of 2,000 people.
        """
        shown = (total, done * REPORTS // total if total > 0 else done)
        if shown == self._shown:
            return False
        self._shown = shown
        return True


def problem_words(error: BaseException) -> str | None:
    """What to tell the user about ``error``, or None when it is a bug (crash dialog)."""
    if isinstance(error, RxError):
        return str(error)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        words = translate("actions", "could not use the file: {why}{where}")
        return words.format(why=error.strerror or error, where=where)
    return None


class _Job(QObject):
    """A long action's news, carried from its worker to the GUI thread.

    The job lives on the GUI thread and its signals go to its own methods, so Qt queues
    them: ``ended`` always runs on the GUI thread.
    """

    progressed = Signal(int, int)
    _finished = Signal(object)
    _failed = Signal(object)

    def __init__(
        self, dialog: ShowsProgress, ended: Callable[[object, BaseException | None], None]
    ) -> None:
        super().__init__()
        self.dialog, self.ended = dialog, ended
        self.progress = Progress(self.progressed.emit)
        dialog.canceled.connect(self.progress.cancel)
        self.progressed.connect(self._show_progress)
        self._finished.connect(self._on_finished)
        self._failed.connect(self._on_failed)

    def work_with(self, work: Callable[[Progress], Any]) -> QRunnable:
        """The runnable for the thread pool (kept here: it only emits this job's signals)."""
        self.runnable = _Runnable(self, work)
        return self.runnable

    def run(self, work: Callable[[Progress], Any]) -> None:
        """Do the work (on the worker thread) and send the result or the error home."""
        try:
            value = work(self.progress)
        except BaseException as exc:  # every outcome goes back to the GUI thread
            self._failed.emit(exc)
        else:
            self._finished.emit(value)

    def _show_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _close(self) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()

    def _on_finished(self, value: object) -> None:
        self._close()
        self.ended(value, None)

    def _on_failed(self, error: BaseException) -> None:
        self._close()
        self.ended(None, error)


class _Runnable(QRunnable):
    def __init__(self, job: _Job | _Read, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it (the job keeps it until the end)
        self.job, self.work = job, work

    def run(self) -> None:
        self.job.run(self.work)


class _Read(QObject):
    """A page's read, carried from the worker to the GUI thread (see ``ActionRunner.read``)."""

    _arrived = Signal(object, object)  # value, error

    def __init__(self, ended: Callable[[object, BaseException | None], None]) -> None:
        super().__init__()
        self.ended = ended
        self.runnable: QRunnable | None = None  # kept until the read arrives
        self._arrived.connect(self._on_arrived)

    def run(self, work: Callable[[Progress], Any]) -> None:
        try:
            value = work(Progress())
        except BaseException as exc:  # every outcome goes back to the GUI thread
            self._arrived.emit(None, exc)
        else:
            self._arrived.emit(value, None)

    def _on_arrived(self, value: object, error: BaseException | None) -> None:
        self.ended(value, error)


class _Action:
    """One request: what it is called, and what to do when it ends."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        done: Callable[[Any], object] | None,
        message: Callable[[Any], str] | None,
        failed: Callable[[str], object] | None,
    ) -> None:
        self.parent, self.title = parent, title
        self.done, self.message, self.failed = done, message, failed
        self.job: _Job | None = None
        self.page_read = False  # see ActionRunner.run_long


class Hub(Protocol):
    """Where actions announce what they changed: the event hub (``rxtracker.ui.hub``)."""

    actions: ActionRunner

    def publish(self, changes: Changes, message: str = "") -> None:
        """Announce ``changes`` (if any) and say ``message`` (if any)."""


class ActionRunner(QObject):
    """Runs the GUI's actions (one per main window; reached as ``hub.actions``).

    Attributes:
        problem_box: the last calm message shown (tests read its text).
        busy: the busy indicator of the last long action (shown after 0.4 s).
        running: how many long actions have not ended yet.
        reading: how many page reads have not arrived yet.
    """

    settled = Signal(str)  # an action's title, once it has ended (whichever way)

    def __init__(self, hub: Hub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one writer at a time, in the order asked
        # The worker and the GUI thread share the GIL, and the GUI thread takes it again for
        # each of Qt's calls into Python (every cell it paints): with the default 5 ms
        # switch interval each such call could wait 5 ms while a page's read runs.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        collector.thaw_when_inactive()
        self.problem_box: QMessageBox | None = None
        self.busy: ShowsProgress | None = None
        self.running = 0
        self.reading = 0
        self._reads: set[_Read] = set()  # reads not arrived (kept alive until they do)
        self._alive: set[_Action] = set()  # long actions not ended (their jobs kept alive)

    def run(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[], T],
        *,
        done: Callable[[T], object] | None = None,
        message: Callable[[T], str] | None = None,
        failed: Callable[[str], object] | None = None,
    ) -> bool:
        """Run quick ``work`` now, on the GUI thread; True when it succeeded.

        Args:
            parent: who asks (the initiator of the changes, the parent of any message).
            title: what to call the action ("Delete “Law update”").
            work: the service call(s); an ``Outcome``'s changes are published.
            done: what to do with the result (after the changes are published).
            message: the status-bar sentence for the result.
            failed: where to show the problem's words instead of a message box.
        """
        action = _Action(parent, title, done, message, failed)
        try:
            value = work()
        except Exception as exc:
            self._failed(action, exc)
            return False
        self._finished(action, value)
        return True

    def run_long(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[Progress], T],
        *,
        done: Callable[[T], object] | None = None,
        message: Callable[[T], str] | None = None,
        failed: Callable[[str], object] | None = None,
        cancellable: bool = False,
        page_read: bool = False,
        shown_in: ShowsProgress | None = None,
    ) -> None:
        """Run ``work`` on a worker thread, with a busy indicator; the rest as ``run``.

        ``work`` gets a ``Progress`` to report its steps (and to stop at one when the user
        presses Cancel, offered when ``cancellable``); ``done`` runs on the GUI thread.
        ``page_read``: the work only reads what a page shows (collected as ``read``'s).
        ``shown_in``: a progress bar in the window, instead of a progress window over it.
        """
        action = _Action(parent, title, done, message, failed)
        dialog = shown_in or busy_dialog(parent, title, cancellable)
        self.busy = dialog
        action.job = _Job(dialog, lambda value, error: self._ended(action, value, error))
        action.page_read = page_read
        if page_read:
            collector.read_started()
        self._alive.add(action)
        self.running += 1
        self.pool.start(action.job.work_with(work))

    def read(
        self,
        parent: QWidget,
        title: str,
        work: Callable[[], T],
        done: Callable[[T], object],
        ended: Callable[[], object] | None = None,
    ) -> None:
        """Read what a page shows on the worker thread; ``done`` with it on the GUI thread.

        No busy indicator: the page stays usable and fills in when the rows arrive. Reads
        queue behind the actions asked before them, so they see what those wrote. A problem
        is shown as ``run`` shows it. No cycle collection while reads are under way; what
        the page keeps is frozen once shown (``rxtracker.ui.collector``). ``ended``: called
        on the GUI thread first, whatever the outcome (see ``rxtracker.ui.latest_read``).
        """
        action = _Action(parent, title, done, None, None)

        def arrived(value: object, error: BaseException | None) -> None:
            self.reading -= 1
            self._reads.discard(job)
            try:
                if ended is not None:
                    ended()
                if not shiboken6.isValid(parent):
                    return  # the page is gone (its window closed while the rows were read)
                if error is not None:
                    self._failed(action, error)
                else:
                    done(value)  # type: ignore[arg-type]
            finally:
                collector.read_shown()

        collector.read_started()
        job = _Read(arrived)
        self._reads.add(job)
        self.reading += 1
        job.runnable = runnable = _Runnable(job, lambda _progress: work())
        self.pool.start(runnable)

    def wait(self) -> None:
        """Let long actions end (the window is closing)."""
        self.pool.waitForDone()

    def _ended(self, action: _Action, value: object, error: BaseException | None) -> None:
        self.running -= 1
        self._alive.discard(action)
        try:
            if error is None:
                self._finished(action, value)
            else:
                self._failed(action, error)
        finally:
            if action.page_read:
                collector.read_shown()

    def _finished(self, action: _Action, value: object) -> None:
        words = action.message(value) if action.message else ""
        if isinstance(value, Outcome):
            self.hub.publish(value.changes.by(action.parent), words)
        elif words:
            self.hub.publish(Changes(), words)
        if action.done is not None:
            action.done(value)
        self.settled.emit(action.title)

    def _failed(self, action: _Action, error: BaseException) -> None:
        words = problem_words(error)
        if isinstance(error, Cancelled):
            words = translate("actions", "Cancelled: {action}. Nothing was changed.")
            self.hub.publish(Changes(), words.format(action=action.title))
        elif words is None:
            sys.excepthook(type(error), error, error.__traceback__)
        elif action.failed is not None:
            action.failed(words)
        else:
            self.problem_box = tell(action.parent, action.title, words)
        self.settled.emit(action.title)


def confirm(
    parent: QWidget, title: str, question: str, verb: str, then: Callable[[], object]
) -> QMessageBox:
    """Ask ``question`` with a ``verb`` button (Cancel is the default); ``then`` on yes.

    Returns the box (window-modal, already open), so a test can press its buttons.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Cancel, parent
    )
    yes = box.addButton(verb, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.buttonClicked.connect(lambda button: then() if button is yes else None)
    box.open()
    return box


def save_and_close(
    dialog: QDialog,
    hub: Hub,
    saved: SignalInstance,
    title: str,
    work: Callable[[], Outcome[T]],
    *,
    problem: QLabel,
    message: Callable[[Outcome[T]], str],
    verb: str | None = None,
) -> None:
    """Run a form's save.

    On success emit its ``saved`` signal and close it; on a problem the form stays open and
    ``problem`` says "Not saved: <the problem's own words>".
    """

    def show(words: str) -> None:
        said = verb or translate("actions", "Not saved")
        problem.setText(f"{said}: {words}")
        problem.setStyleSheet(f"color: {theme.problem_colour(dialog).name()};")

    def close(outcome: Outcome[T]) -> None:
        saved.emit(outcome)
        dialog.accept()

    hub.actions.run(dialog, title, work, done=close, failed=show, message=message)
