"""The time and billing section of a ticket's detail pane (SPEC §6, seed 004), under the
fields (the banners above them are in detail_billing_banners): warranty or consumption with
who decided and when, the estimate, the time logged per kind and in total, the key user's
confirmation, the terms, the company's contract balance, and the viewer's running timer with
Start / Stop and Log time.

Widgets only: it shows a `TicketBilling` and asks for changes through signals, which
detail_billing_flows turns into writes. The timer's elapsed time ticks every second from the
injected clock; the start comes from the stored timer row, so it survives a restart.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.billing import MAX_ESTIMATE_MINUTES, TIME_KINDS, BalanceState, Billing
from desk_app.local_store.billing_queries import TicketBilling
from desk_app.ui import formatting, labels
from desk_app.ui.detail_billing_dialogs import hours_text, how_name
from desk_app.ui.detail_form import plain_label
from desk_app.ui.qt_compat import emit

TONE_TEXT = {BalanceState.LOW: "color: #92400e;", BalanceState.EXHAUSTED: "color: #991b1b;"}


def elapsed_text(seconds: int) -> str:
    """A running timer as a stopwatch shows it: 1:10:05."""
    seconds = max(0, seconds)
    return f"{seconds // 3600}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class BillingSection(QFrame):
    decideRequested = Signal(str)  # "warranty" or "consumption"
    estimateRequested = Signal(object)  # minutes, or None for no estimate
    startRequested = Signal(str)  # the kind of time
    stopRequested = Signal()
    discardRequested = Signal()
    logTimeRequested = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("billingBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._clock = clock
        self._billing: TicketBilling | None = None
        self._filling = False
        title = plain_label(self, "billingTitle")
        title.setText(self.tr("Time and billing"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)

        self.warranty = QRadioButton(self.tr("Warranty"), self)
        self.warranty.setObjectName("billingWarranty")
        self.consumption = QRadioButton(self.tr("Consumption"), self)
        self.consumption.setObjectName("billingConsumption")
        self._choice = QButtonGroup(self)
        for button in (self.warranty, self.consumption):
            self._choice.addButton(button)
        self.warranty.clicked.connect(lambda: self._decide(Billing.WARRANTY))
        self.consumption.clicked.connect(lambda: self._decide(Billing.CONSUMPTION))
        self.decided = plain_label(self, "billingDecided")
        self.decided.setWordWrap(True)
        self.decided.setStyleSheet("color: palette(placeholder-text);")
        choice = QHBoxLayout()
        choice.addWidget(self.warranty)
        choice.addWidget(self.consumption)
        choice.addWidget(self.decided, 1)

        self.estimate = QDoubleSpinBox(self)
        self.estimate.setObjectName("billingEstimate")
        self.estimate.setDecimals(1)
        self.estimate.setSingleStep(0.5)
        self.estimate.setRange(0, MAX_ESTIMATE_MINUTES / 60)
        self.estimate.setSuffix(self.tr(" h"))
        self.estimate.setSpecialValueText(self.tr("No estimate"))
        self.estimate.setKeyboardTracking(False)
        self.estimate.editingFinished.connect(self._estimate_edited)

        self.kinds: dict[str, QLabel] = {}
        spent = QGridLayout()
        spent.setHorizontalSpacing(14)
        spent.setVerticalSpacing(0)
        for column, kind in enumerate((*TIME_KINDS, "total")):
            name = QLabel(labels.level(kind) if kind != "total" else self.tr("Consumption"), self)
            name.setStyleSheet("color: palette(placeholder-text);")
            value = plain_label(self, f"billingMinutes_{kind}")
            spent.addWidget(name, 0, column)
            spent.addWidget(value, 1, column)
            self.kinds[kind] = value
        spent.setColumnStretch(len(TIME_KINDS) + 1, 1)
        bold = self.kinds["total"].font()
        bold.setBold(True)
        self.kinds["total"].setFont(bold)

        self.confirmation = self._line("billingConfirmation")
        self.terms = self._line("billingTerms")
        self.balance = self._line("billingBalance")

        self.kind = QComboBox(self)
        self.kind.setObjectName("timerKind")
        for kind in TIME_KINDS:
            self.kind.addItem(labels.level(kind), kind)
        self.start_button = QPushButton(self.tr("Start timer"), self)
        self.start_button.setObjectName("timerStart")
        self.stop_button = QPushButton(self.tr("Stop and log"), self)
        self.stop_button.setObjectName("timerStop")
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setObjectName("timerDiscard")
        self.discard_button.setToolTip(self.tr("Stop the timer without logging its time"))
        self.log_button = QPushButton(self.tr("Log time…"), self)
        self.log_button.setObjectName("billingLogTime")
        self.elapsed = plain_label(self, "timerElapsed")
        self.elapsed.setWordWrap(True)
        self.start_button.clicked.connect(
            lambda: emit(self.startRequested, str(self.kind.currentData()))
        )
        self.stop_button.clicked.connect(lambda: emit(self.stopRequested))
        self.discard_button.clicked.connect(lambda: emit(self.discardRequested))
        self.log_button.clicked.connect(lambda: emit(self.logTimeRequested))
        timer_row = QHBoxLayout()
        for control in (
            self.kind,
            self.start_button,
            self.stop_button,
            self.discard_button,
            self.log_button,
        ):
            timer_row.addWidget(control)
        timer_row.addStretch(1)

        form = QGridLayout()
        form.setColumnStretch(1, 1)
        estimate = QHBoxLayout()
        estimate.addWidget(self.estimate)
        estimate.addStretch(1)
        rows: tuple[tuple[str, QLayout], ...] = (
            (self.tr("Billing"), choice), (self.tr("Estimate"), estimate),
            (self.tr("Time logged"), spent), (self.tr("Timer"), timer_row),
        )  # fmt: skip
        for row, (text, item) in enumerate(rows):
            form.addWidget(QLabel(text, self), row, 0)
            form.addLayout(item, row, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(title)
        layout.addLayout(form)
        for widget in (self.elapsed, self.confirmation, self.terms, self.balance):
            layout.addWidget(widget)

        # Repaints only: the elapsed time is now − the stored start.
        self.ticker = QTimer(self)
        self.ticker.setObjectName("billingTimerTick")
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.tick)

    def _line(self, name: str) -> QLabel:
        label = plain_label(self, name)
        label.setWordWrap(True)
        return label

    # -- filling in ------------------------------------------------------------------------

    @property
    def billing(self) -> TicketBilling | None:
        return self._billing

    def set_billing(self, billing: TicketBilling | None, level: str) -> None:
        self._billing = billing
        self._filling = True
        try:
            self._fill(billing, level)
        finally:
            self._filling = False
        self.tick()

    def _fill(self, billing: TicketBilling | None, level: str) -> None:
        self.setVisible(billing is not None)
        if billing is None:
            return
        self._choice.setExclusive(False)  # an exclusive group cannot uncheck its last button
        self.warranty.setChecked(billing.billing == Billing.WARRANTY)
        self.consumption.setChecked(billing.billing == Billing.CONSUMPTION)
        self._choice.setExclusive(True)
        if billing.billing is None:
            self.decided.setText(self.tr("Not decided yet: counts as consumption for now"))
        else:
            when = formatting.date_time(billing.billing_decided_at)
            self.decided.setText(self.tr("Decided by %1 on %2").replace("%2", when)
                                 .replace("%1", billing.billing_decided_by or "—"))  # fmt: skip
        self.estimate.setValue((billing.estimate_minutes or 0) / 60)
        for kind, label in self.kinds.items():
            minutes = (billing.logged_minutes if kind == "total"
                       else billing.minutes_by_kind.get(kind, 0))  # fmt: skip
            label.setText(hours_text(minutes))
        self.kind.setCurrentIndex(max(0, self.kind.findData(level)))
        self._fill_confirmation(billing)
        self._fill_terms(billing)
        self._fill_balance(billing)

    def _fill_confirmation(self, billing: TicketBilling) -> None:
        # Nothing confirmed: the banner says so when a confirmation is needed.
        self.confirmation.setVisible(bool(billing.confirmations))
        if not billing.confirmations:
            return
        best = max(billing.confirmations, key=lambda c: (c.minutes, c.confirmed_at))
        self.confirmation.setText(
            self.tr("Confirmed up to %1 by %2 %3 on %4")
            .replace("%1", hours_text(best.minutes))
            .replace("%2", best.confirmed_by or "—")
            .replace("%3", how_name(best.how))
            .replace("%4", formatting.date_time(best.confirmed_at))
        )

    def _fill_terms(self, billing: TicketBilling) -> None:
        terms = billing.terms
        if not terms.accepted:
            text = self.tr("Terms of attention not accepted yet.")
        elif terms.source == "contract":
            text = (self.tr("Terms of attention accepted for the contract %1 on %2")
                    .replace("%1", terms.contract_name or "—")
                    .replace("%2", formatting.date_only(terms.accepted_at)))  # fmt: skip
        else:
            text = (self.tr("Terms of attention accepted by %1 %2 on %3")
                    .replace("%1", terms.accepted_by or "—").replace("%2", how_name(terms.how))
                    .replace("%3", formatting.date_time(terms.accepted_at)))  # fmt: skip
        self.terms.setText(text)
        self.terms.setStyleSheet("" if terms.accepted else "color: #991b1b;")

    def _fill_balance(self, billing: TicketBilling) -> None:
        balance, state = billing.balance, billing.balance_state
        if billing.company_name is None:
            text = self.tr("No customer company: billed at the flat hourly rate.")
        elif balance is None:
            text = self.tr("%1 has no active contract: billed at the flat hourly rate.").replace(
                "%1", billing.company_name)  # fmt: skip
        else:
            left = balance.remaining_minutes
            bought = hours_text(balance.hours * 60)
            if state is BalanceState.EXHAUSTED:
                text = self.tr("Contract hours used up (%1 of %2): work beyond them is billed "
                               "at the flat hourly rate.")  # fmt: skip
                text = text.replace("%1", hours_text(balance.used_minutes))
            elif state is BalanceState.LOW:
                text = self.tr("Low balance: %1 left of %2 this period.").replace(
                    "%1", hours_text(left))  # fmt: skip
            else:
                text = self.tr("Balance: %1 left of %2 this period.").replace(
                    "%1", hours_text(left))  # fmt: skip
            text = balance.name + " · " + text.replace("%2", bought)
        if billing.billing == Billing.WARRANTY:
            text += " " + self.tr("Warranty: this ticket's time does not consume it.")
        self.balance.setText(text)
        self.balance.setStyleSheet(TONE_TEXT.get(state, ""))

    # -- state -----------------------------------------------------------------------------

    def set_editable(self, editable: bool) -> None:
        billing = self._billing
        timer = billing.timer if billing is not None else None
        for widget in (self.warranty, self.consumption, self.estimate, self.log_button):
            widget.setEnabled(editable)
        self.kind.setEnabled(editable and timer is None)
        self.start_button.setEnabled(editable and timer is None)
        self.stop_button.setEnabled(editable and timer is not None)
        self.discard_button.setEnabled(editable and timer is not None)
        self.discard_button.setVisible(timer is not None)

    def tick(self) -> None:
        billing = self._billing
        timer = billing.timer if billing is not None else None
        if timer is None or billing is None or not self.isVisible():
            self.ticker.stop()
            self.elapsed.hide()
            return
        if not self.ticker.isActive():
            self.ticker.start()
        seconds = int((self._clock() - timer.started_at).total_seconds())
        clock = elapsed_text(seconds)
        if billing.timer_here:
            text = (self.tr("Timer running: %1 · %2").replace("%1", labels.level(timer.kind))
                    .replace("%2", clock))  # fmt: skip
        else:
            # The subject last: text somebody typed may hold a "%2" of its own.
            text = (self.tr("Your timer is running on #%1 “%4”: %2 · %3")
                    .replace("%1", str(timer.ticket_id)).replace("%2", labels.level(timer.kind))
                    .replace("%3", clock).replace("%4", timer.ticket_subject))  # fmt: skip
        self.elapsed.setText(text)
        self.elapsed.setStyleSheet("color: #1e40af; font-weight: 600;")
        self.elapsed.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()

    def hideEvent(self, event: QHideEvent) -> None:
        # Nobody sees the time: stop repainting it (showEvent starts again).
        self.ticker.stop()
        super().hideEvent(event)

    # -- edits -----------------------------------------------------------------------------

    def _decide(self, billing: Billing) -> None:
        shown = self._billing
        if self._filling or shown is None or shown.billing == billing:
            return
        emit(self.decideRequested, billing.value)

    def _estimate_edited(self) -> None:
        shown = self._billing
        if self._filling or shown is None:
            return
        minutes = round(self.estimate.value() * 60) or None
        if minutes != shown.estimate_minutes:
            emit(self.estimateRequested, minutes)
