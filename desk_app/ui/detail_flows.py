"""The ticket actions that ask first: dispatch, escalate, merge, close (after the adherence
checklist), log time and follow-up. Each opens its dialog window-modal (no nested event loop)
and, once accepted, runs the action through the pane, which reports and reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from desk_app.domain import statuses as st
from desk_app.domain.roles import Role
from desk_app.domain.ticket_fields import Level
from desk_app.services.ticket_actions import Changed, CloseCheck, TicketActions
from desk_app.services.tickets import TicketService
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.detail_dialogs import (
    CloseDialog,
    DispatchDialog,
    EscalateDialog,
    FollowUpDialog,
    LogTimeDialog,
)
from desk_app.ui.detail_merge import MergeDialog

if TYPE_CHECKING:
    from desk_app.ui.ticket_detail_pane import TicketDetailPane

DISPATCH_ROLES = (Role.ADVISOR.value, Role.LEADER.value)
Write = Callable[[int], Changed]  # one TicketActions call on the given ticket id


class DetailFlows(QObject):
    def __init__(self, pane: TicketDetailPane, runner: DbRunner, service: TicketService,
                 actions: TicketActions | None) -> None:  # fmt: skip
        super().__init__(pane)
        self._pane = pane
        self._runner = runner
        self._service = service
        self._actions = actions
        self.dialog: QDialog | None = None  # the dialog open now, if any

    def _open(self, dialog: QDialog, read: Callable[[], Write | None],
              on_success: Callable[[Changed], None] | None = None) -> None:  # fmt: skip
        """Open `dialog`; once accepted, `read()` takes its values (here, on the UI thread:
        the job runs on the worker, after the dialog is gone) and gives the action to run."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            write = read()
            if write is not None:
                self._pane.act(write, on_success)

        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def dispatch(self) -> None:
        edit, actions = self._pane.edit_state, self._actions
        if edit is None or actions is None:
            return
        excluded = (actions.viewer.user_id, edit.responsible_id)
        users = [u for u in edit.users if u.role in DISPATCH_ROLES and u.id not in excluded]
        dialog = DispatchDialog(edit.ticket_id, users, self._pane)

        def read() -> Write:
            user_id, note = dialog.user_id(), dialog.note_text()
            return lambda t: actions.dispatch(t, user_id, note)

        self._open(dialog, read)

    def escalate(self) -> None:
        edit, actions = self._pane.edit_state, self._actions
        if edit is None or actions is None:
            return
        following = Level(edit.level).next_level()
        if following is None:
            return
        dialog = EscalateDialog(edit.ticket_id, edit.level, following.value, self._pane)

        def read() -> Write:
            reason = dialog.reason_text()
            return lambda t: actions.escalate(t, reason)

        self._open(dialog, read)

    def merge(self) -> None:
        shown, actions = self._pane.shown, self._actions
        if shown is None or actions is None:
            return
        dialog = MergeDialog(self._runner, self._service, shown.id, shown.detail.row.subject,
                             self._pane)  # fmt: skip

        def read() -> Write | None:
            target = dialog.target_id()
            if target is None:
                return None
            return lambda t: actions.merge(t, target)

        # The survivor is the ticket to go on with.
        self._open(dialog, read, lambda changed: self._pane.open_ticket(changed.related[0]))

    def status_picked(self, status: str) -> None:
        """A status chosen in the form: into the DONE stage it is a close, checklist first."""
        edit, actions = self._pane.edit_state, self._actions
        if edit is None or actions is None:
            return
        stages = {s.key: s.stage for s in edit.statuses}
        if stages.get(status) == st.Stage.DONE.value and not edit.is_done:
            self.close(status)
        else:
            self._pane.act(lambda t: actions.change_status(t, status))

    def close(self, status: str = st.CLOSED) -> None:
        """The adherence checklist first (read on the worker); the close runs only if the
        user goes on."""
        shown, actions = self._pane.shown, self._actions
        if shown is None or actions is None:
            return
        ticket_id = shown.id
        self._runner.run(lambda s: actions.close_check(s, ticket_id),
                         partial(self._show_close_check, ticket_id, status))  # fmt: skip

    def _show_close_check(self, ticket_id: int, status: str, check: CloseCheck) -> None:
        shown, actions = self._pane.shown, self._actions
        if shown is None or shown.id != ticket_id or actions is None:
            return
        dialog = CloseDialog(ticket_id, check, self._pane)
        dialog.rejected.connect(self._pane.revert)  # "go back": the status field too

        def read() -> Write:
            reason = dialog.reason_text()
            return lambda t: actions.change_status(t, status, reason=reason)

        self._open(dialog, read)

    def log_time(self) -> None:
        shown, actions = self._pane.shown, self._actions
        if shown is None or actions is None:
            return
        dialog = LogTimeDialog(shown.id, shown.detail.row.level, self._pane)

        def read() -> Write:
            kind, minutes, note = dialog.values()
            return lambda t: actions.log_time(t, kind, minutes, note)

        self._open(dialog, read)

    def add_follow_up(self) -> None:
        shown, actions = self._pane.shown, self._actions
        if shown is None or actions is None:
            return
        dialog = FollowUpDialog(shown.id, actions.clock(), self._pane)

        def read() -> Write:
            remind_at, note = dialog.values()
            return lambda t: actions.add_follow_up(t, remind_at, note)

        self._open(dialog, read, lambda _changed: self._pane.show_follow_ups())
