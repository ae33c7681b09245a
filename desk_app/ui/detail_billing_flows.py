"""What the billing section and banners of the ticket pane do (SPEC §6): decide warranty or
consumption, set the estimate, start and stop the timer, log time by hand, record the key
user's confirmation and the terms of attention.

Every write is one BillingService call run through the pane (`TicketDetailPane.act`): on the
database worker, one transaction, refusals in the message line, `ticketChanged` and a reload on
success. After time is logged, the service's warnings (awaiting confirmation, low or exhausted
balance) go to the pane's message line in amber: the time was logged, but somebody should act.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog

from desk_app.local_store.billing_queries import TicketBilling
from desk_app.services.billing import (
    AWAITING_CONFIRMATION,
    BALANCE_EXHAUSTED,
    BALANCE_LOW,
    BillingService,
    LoggedTime,
)
from desk_app.services.ticket_actions import Changed
from desk_app.ui.detail_billing import BillingSection
from desk_app.ui.detail_billing_banners import AMBER, RED, BillingBanners
from desk_app.ui.detail_billing_dialogs import (
    ConfirmationDialog,
    ManualTimeDialog,
    TermsDialog,
    hours_text,
)

if TYPE_CHECKING:
    from desk_app.ui.ticket_detail_pane import TicketDetailPane

Write = Callable[[int], Changed]


@dataclass(frozen=True)
class TimeLogged(Changed):
    """Time was logged: with what the person who logged it should hear."""

    warnings: tuple[str, ...] = ()
    billing: TicketBilling | None = None


def _logged(shown_id: int, logged: LoggedTime) -> TimeLogged:
    # A timer stopped from another ticket's pane logs on its own ticket: both refresh.
    ticket_id = logged.billing.ticket_id
    related = () if ticket_id == shown_id else (shown_id,)
    return TimeLogged(ticket_id, ("time",), related, logged.warnings, logged.billing)


def warning_lines(warnings: tuple[str, ...], billing: TicketBilling | None) -> str:
    """The service's warning codes as sentences (unknown codes as they came)."""
    company = (billing.company_name if billing is not None else None) or "—"
    balance = billing.balance if billing is not None else None
    lines = []
    for code in warnings:
        if code == AWAITING_CONFIRMATION:
            lines.append(QCoreApplication.translate(
                "BillingFlows", "Time logged, but the ticket is awaiting the key user's "
                "confirmation of the hours: record it before going on."))  # fmt: skip
        elif code == BALANCE_LOW:
            left = hours_text(balance.remaining_minutes) if balance is not None else "—"
            lines.append(QCoreApplication.translate(
                "BillingFlows", "Low balance: %1 has %2 of contract hours left.")
                .replace("%2", left).replace("%1", company))  # fmt: skip
        elif code == BALANCE_EXHAUSTED:
            lines.append(QCoreApplication.translate(
                "BillingFlows", "%1 has used up its contract hours: this time is billed at the "
                "flat hourly rate.").replace("%1", company))  # fmt: skip
        else:
            lines.append(code)
    return "\n".join(lines)


class BillingFlows(QObject):
    def __init__(self, pane: TicketDetailPane, service: BillingService, section: BillingSection,
                 banners: BillingBanners, *, editable: bool) -> None:  # fmt: skip
        super().__init__(pane)
        self._pane = pane
        self._service = service
        self.section = section
        self.banners = banners
        self._editable = editable
        self.dialog: QDialog | None = None  # the dialog open now, if any
        # The message line is red for refusals; a warning turns it amber until the next one.
        pane.actionFailed.connect(lambda _errors: pane.header.message.setStyleSheet(RED))
        if not editable:
            return
        section.decideRequested.connect(self.decide)
        section.estimateRequested.connect(self.set_estimate)
        section.startRequested.connect(self.start_timer)
        section.stopRequested.connect(self.stop_timer)
        section.discardRequested.connect(self.discard_timer)
        section.logTimeRequested.connect(self.log_time)
        banners.confirmRequested.connect(self.confirm)
        banners.termsRequested.connect(self.accept_terms)

    def show(self, billing: TicketBilling | None, level: str) -> None:
        self.section.set_billing(billing, level)
        self.banners.set_billing(billing, self._editable)

    def set_ready(self, ready: bool) -> None:
        self.section.set_editable(self._editable and ready)
        self.banners.set_billing(self.section.billing, self._editable and ready)

    # -- writes ----------------------------------------------------------------------------

    def _act(self, write: Write, on_success: Callable[[Changed], None] | None = None) -> None:
        self._pane.act(write, on_success)

    def decide(self, billing: str) -> None:
        service = self._service
        self._act(lambda t: _changed(t, service.decide(t, billing), "billing"))

    def set_estimate(self, minutes: int | None) -> None:
        service = self._service
        self._act(lambda t: _changed(t, service.set_estimate(t, minutes), "estimate"))

    def start_timer(self, kind: str) -> None:
        service = self._service
        self._act(lambda t: _changed(t, service.start_timer(t, kind), "timer"))

    def stop_timer(self) -> None:
        service = self._service
        self._act(lambda t: _logged(t, service.stop_timer()), self._warn)

    def discard_timer(self) -> None:
        service = self._service
        self._act(lambda t: _discarded(t, service.cancel_timer()))

    def log_time(self) -> None:
        shown = self._pane.shown
        if shown is None or not self._editable:
            return
        service = self._service
        dialog = ManualTimeDialog(shown.id, shown.detail.row.level, service.clock(), self._pane)

        def read() -> Write:
            kind, minutes, note = dialog.values()
            started_at = dialog.started_at()
            return lambda t: _logged(t, service.log_time(t, kind, minutes, started_at, note))

        self._open(dialog, read, self._warn)

    def confirm(self) -> None:
        billing, service = self.section.billing, self._service
        if billing is None or not self._editable:
            return
        dialog = ConfirmationDialog(billing.ticket_id, billing.contacts, billing.logged_minutes,
                                    billing.requested_minutes, self._pane)  # fmt: skip

        def read() -> Write:
            minutes, person_id, how, note = dialog.values()
            return lambda t: _changed(t, service.confirm(t, minutes, person_id, how, note),
                                      "confirmation")  # fmt: skip

        self._open(dialog, read)

    def accept_terms(self) -> None:
        billing, service = self.section.billing, self._service
        if billing is None or not self._editable:
            return
        dialog = TermsDialog(billing.ticket_id, billing.contacts, self._pane)

        def read() -> Write:
            person_id, how = dialog.values()
            return lambda t: _changed(t, service.accept_terms(t, person_id, how), "terms")

        self._open(dialog, read)

    def _open(self, dialog: QDialog, read: Callable[[], Write],
              on_success: Callable[[Changed], None] | None = None) -> None:  # fmt: skip
        """Open `dialog` window-modal; once accepted, run what `read()` gives (its values are
        read here, on the UI thread, before the dialog is deleted)."""
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._act(read(), on_success))
        dialog.finished.connect(lambda _code: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _warn(self, changed: Changed) -> None:
        if not isinstance(changed, TimeLogged) or not changed.warnings:
            return
        message = self._pane.header.message
        message.setStyleSheet(AMBER)
        self._pane.header.show_message(warning_lines(changed.warnings, changed.billing))


def _changed(ticket_id: int, _billing: TicketBilling, field: str) -> Changed:
    return Changed(ticket_id, (field,))


def _discarded(ticket_id: int, _was_running: bool) -> Changed:
    return Changed(ticket_id, ("timer",))
