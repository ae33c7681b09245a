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
        take=action(
            QCoreApplication.translate("TicketDetailPane", "&Take"),
            "Ctrl+T",
            QCoreApplication.translate(
                "TicketDetailPane", "Assign the ticket to me and start working"
            ),
        ),
        dispatch=action(
            QCoreApplication.translate("TicketDetailPane", "&Dispatch…"),
            "Ctrl+D",
            QCoreApplication.translate(
                "TicketDetailPane", "Hand the ticket over to another advisor"
            ),
        ),
        escalate=action(
            QCoreApplication.translate("TicketDetailPane", "&Escalate…"),
            "Ctrl+E",
            QCoreApplication.translate("TicketDetailPane", "Send the ticket to the next level"),
        ),
        merge=action(
            QCoreApplication.translate("TicketDetailPane", "&Merge into…"),
            "Ctrl+M",
            QCoreApplication.translate("TicketDetailPane", "Close this ticket as a duplicate"),
        ),
        status=action(
            QCoreApplication.translate("TicketDetailPane", "Change &status"),
            "Ctrl+Shift+S",
            QCoreApplication.translate("TicketDetailPane", "Choose another status"),
        ),
        close=action(
            QCoreApplication.translate("TicketDetailPane", "&Close…"),
            "Ctrl+Shift+C",
            QCoreApplication.translate("TicketDetailPane", "Close the ticket after the checklist"),
        ),
        reply=action(
            QCoreApplication.translate("TicketDetailPane", "&Reply"),
            "Ctrl+R",
            QCoreApplication.translate("TicketDetailPane", "Write a public reply"),
        ),
        note=action(
            QCoreApplication.translate("TicketDetailPane", "Internal &note"),
            "Ctrl+Shift+N",
            QCoreApplication.translate("TicketDetailPane", "Write an internal note"),
        ),
        log_time=action(
            QCoreApplication.translate("TicketDetailPane", "&Log time…"),
            "Ctrl+L",
            QCoreApplication.translate("TicketDetailPane", "Log time spent on the ticket"),
        ),
        follow_up=action(
            QCoreApplication.translate("TicketDetailPane", "&Follow-up…"),
            "Ctrl+U",
            QCoreApplication.translate("TicketDetailPane", "Set a reminder on the ticket"),
        ),
    )


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
            # The store's LookupErrors carry a Problem, which ui/store_messages can word.
            return Refused({"": missing.args[0] if missing.args else str(missing)})

    runner.run(job, on_result, on_error)
