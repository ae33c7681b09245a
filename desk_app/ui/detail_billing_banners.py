"""The banners of a ticket's billing under the pane's header (SPEC §6, seed 004): "awaiting the
key user's confirmation" (amber) and "terms of attention not accepted" (red), each with the
button that records what is missing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desk_app.local_store.billing_queries import TicketBilling
from desk_app.ui.detail_billing_dialogs import hours_text
from desk_app.ui.detail_form import plain_label
from desk_app.ui.qt_compat import emit

AMBER = "background: #fef3c7; color: #92400e; padding: 4px; border-radius: 3px;"
RED = "background: #fee2e2; color: #991b1b; padding: 4px; border-radius: 3px;"


class _Banner(QWidget):
    def __init__(self, name: str, style: str, button_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = plain_label(self, name)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(style)
        self.button = QPushButton(button_text, self)
        self.button.setObjectName(name + "Button")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()


class BillingBanners(QWidget):
    confirmRequested = Signal()
    termsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.confirmation = _Banner("confirmationBanner", AMBER,
                                    self.tr("Record confirmation…"), self)  # fmt: skip
        self.terms = _Banner("termsBanner", RED, self.tr("Record acceptance…"), self)
        self.confirmation.button.clicked.connect(lambda: emit(self.confirmRequested))
        self.terms.button.clicked.connect(lambda: emit(self.termsRequested))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.terms)
        layout.addWidget(self.confirmation)

    def set_billing(self, billing: TicketBilling | None, editable: bool) -> None:
        awaiting = billing is not None and billing.needs_confirmation
        if billing is not None and awaiting:
            self.confirmation.label.setText(self._awaiting_text(billing))
        self.confirmation.setVisible(awaiting)
        unaccepted = billing is not None and not billing.terms.accepted
        self.terms.label.setText(self.tr(
            "Terms of attention not accepted: the ticket cannot move past Open"))  # fmt: skip
        self.terms.setVisible(unaccepted)
        for banner in (self.confirmation, self.terms):
            banner.button.setEnabled(editable)
        self.setVisible(awaiting or unaccepted)

    def _awaiting_text(self, billing: TicketBilling) -> str:
        estimated = (billing.estimate_minutes or 0) > billing.logged_minutes
        if billing.confirmed_minutes is None:
            text = (self.tr("Awaiting the key user's confirmation: %1 estimated, nothing "
                            "confirmed yet (needed over 2 h)") if estimated else
                    self.tr("Awaiting the key user's confirmation: %1 logged, nothing "
                            "confirmed yet (needed over 2 h)"))  # fmt: skip
        else:
            text = (self.tr("Awaiting the key user's confirmation: %1 estimated, %2 confirmed")
                    if estimated else
                    self.tr("Awaiting the key user's confirmation: %1 logged, %2 confirmed")
                    ).replace("%2", hours_text(billing.confirmed_minutes))  # fmt: skip
        return text.replace("%1", hours_text(billing.requested_minutes))
