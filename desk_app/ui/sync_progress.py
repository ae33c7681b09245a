"""The first full sync's progress: what is being fetched, how many of how many, and Cancel.

Cancel asks the engine to stop between two pages: every page already written stays, with the
cursor that covers it, so the next sync resumes where this one stopped. The dialog is not
modal: the desk stays usable while the first sync runs.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desk_app.ui.qt_compat import emit
from desk_app.ui.sync_bridge import SyncBridge


def phase_text(phase: str) -> str:
    texts = {
        "push": QCoreApplication.translate("SyncProgress", "Sending your changes…"),
        "pull_tickets": QCoreApplication.translate("SyncProgress", "Downloading tickets…"),
        "pull_articles": QCoreApplication.translate("SyncProgress", "Downloading articles…"),
        "reference": QCoreApplication.translate("SyncProgress", "Downloading users and queues…"),
        "pull_calls": QCoreApplication.translate("SyncProgress", "Downloading calls and surveys…"),
        "pull_contracts": QCoreApplication.translate("SyncProgress", "Downloading contracts…"),
    }
    return texts.get(phase, phase)


def count_text(done: int, total: int | None) -> str:
    locale = QLocale()
    if total is None:
        return locale.toString(done)
    return (
        QCoreApplication.translate("SyncProgress", "%1 of %2")
        .replace("%1", locale.toString(done))
        .replace("%2", locale.toString(total))
    )


class FirstSyncDialog(QDialog):
    # The sync ended (finished, cancelled or failed) and the dialog shows how.
    ended = Signal()

    def __init__(self, bridge: SyncBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstSyncDialog")
        self.setWindowTitle(self.tr("First sync"))
        self._bridge = bridge
        self._ended = False
        self.intro = QLabel(self.tr(
            "Downloading the helpdesk's tickets and articles for the first time. You can keep "
            "working meanwhile."), self)  # fmt: skip
        self.intro.setWordWrap(True)
        self.phase = QLabel(phase_text("reference"), self)
        self.phase.setObjectName("syncPhase")
        self.count = QLabel(self)
        self.count.setObjectName("syncCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.outcome = QLabel(self)
        self.outcome.setObjectName("syncOutcome")
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("&Cancel sync"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.hide()
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.phase, self.bar, self.count, self.outcome, self.buttons):
            layout.addWidget(widget)
        self.resize(440, self.sizeHint().height())
        bridge.progress.connect(self.on_progress)
        bridge.finished.connect(self.on_finished)
        bridge.failed.connect(self.on_failed)

    @property
    def has_ended(self) -> bool:
        return self._ended

    def cancel(self) -> None:
        self._bridge.cancel()
        self.cancel_button.setEnabled(False)
        self.phase.setText(self.tr("Cancelling after the current page…"))

    def on_progress(self, phase: str, done: int, total: Any) -> None:
        if self._ended:
            return
        total = total if isinstance(total, int) else None
        if self.cancel_button.isEnabled():
            self.phase.setText(phase_text(phase))
        self.count.setText(count_text(done, total))
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def on_finished(self, report: Any) -> None:
        if getattr(report, "cancelled", False):
            self._end(self.tr("Cancelled. What was downloaded is kept; the next sync continues "
                              "from there."))  # fmt: skip
        else:
            self._end("")
            self.accept()

    def on_failed(self, message: str, _retryable: bool) -> None:
        self._end(self.tr("The first sync stopped: %1").replace("%1", message))

    def _end(self, text: str) -> None:
        if self._ended:
            return
        self._ended = True
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.cancel_button.hide()
        self.close_button.show()
        if text:
            self.outcome.setText(text)
            self.outcome.show()
        emit(self.ended)
