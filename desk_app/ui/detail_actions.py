"""The ticket detail's actions as QActions with shortcuts (SPEC §10: keyboard first), and the
glue that runs an action on the database worker and brings back either what changed or the
store's refusal by field.

Shortcuts are window-wide while the pane is visible, so they work with the focus in the
ticket list too. Each action carries the "shortcutGroup" property the Help → Shortcuts
dialog groups by.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desk_app.services.ticket_actions import Changed, ValidationError
from desk_app.ui.db_worker import DbRunner

SHORTCUT_GROUP = "Ticket"


@dataclass(frozen=True)
class Refused:
    """The store said no: messages by field ("" for the ticket as a whole)."""

    errors: dict[str, str]


@dataclass
class DetailActions:
    take: QAction
    dispatch: QAction
    escalate: QAction
    merge: QAction
    status: QAction
    close: QAction
    reply: QAction
    note: QAction
    log_time: QAction
    follow_up: QAction

    def all(self) -> list[QAction]:
        return list(vars(self).values())

    def ticket_actions(self) -> list[QAction]:
        """The ones that change the ticket itself (shown as buttons)."""
        return [self.take, self.dispatch, self.escalate, self.merge, self.close]


def _t(text: str) -> str:
    return QCoreApplication.translate("TicketDetailPane", text)


def make_actions(owner: QWidget) -> DetailActions:
    def action(text: str, keys: str, tip: str) -> QAction:
        made = QAction(text, owner)
        made.setShortcut(QKeySequence(keys))
        made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        made.setToolTip(
            f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        made.setProperty("shortcutGroup", SHORTCUT_GROUP)
        made.setEnabled(False)
        owner.addAction(made)
        return made

    return DetailActions(
        take=action(_t("&Take"), "Ctrl+T", _t("Assign the ticket to me and start working")),
        dispatch=action(_t("&Dispatch…"), "Ctrl+D", _t("Hand the ticket over to another advisor")),
        escalate=action(_t("&Escalate…"), "Ctrl+E", _t("Send the ticket to the next level")),
        merge=action(_t("&Merge into…"), "Ctrl+M", _t("Close this ticket as a duplicate")),
        status=action(_t("Change &status"), "Ctrl+Shift+S", _t("Choose another status")),
        close=action(_t("&Close…"), "Ctrl+Shift+C", _t("Close the ticket after the checklist")),
        reply=action(_t("&Reply"), "Ctrl+R", _t("Write a public reply")),
        note=action(_t("Internal &note"), "Ctrl+Shift+N", _t("Write an internal note")),
        log_time=action(_t("&Log time…"), "Ctrl+L", _t("Log time spent on the ticket")),
        follow_up=action(_t("&Follow-up…"), "Ctrl+U", _t("Set a reminder on the ticket")),
    )  # fmt: skip


def run_action(runner: DbRunner, write: Callable[[], Changed],
               on_result: Callable[[Changed | Refused], None],
               on_error: Callable[[str], None]) -> None:  # fmt: skip
    """Run `write` (one TicketActions call: its own transaction) on the database worker.
    A refusal comes back as Refused with the messages by field; other failures as text."""

    def job(_session: Any) -> Changed | Refused:
        try:
            return write()
        except ValidationError as refusal:
            return Refused(dict(refusal.errors))
        except LookupError as missing:
            return Refused({"": str(missing)})

    runner.run(job, on_result, on_error)
