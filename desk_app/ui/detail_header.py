"""The top of the ticket detail: subject, summary, badges, the action buttons, the merge banner
(with a button to open the linked ticket) and the inline message line for refused actions."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QToolBar, QToolButton, QVBoxLayout, QWidget

from desk_app.services.ticket_actions import TicketEditState
from desk_app.services.ticket_rows import BadgeState
from desk_app.services.tickets import TicketDetailView
from desk_app.ui import formatting, labels
from desk_app.ui.badges import (
    Badge,
    BadgeLabel,
    Tone,
    criticality_tone,
    priority_tone,
    sla_tone,
    status_tone,
)
from desk_app.ui.detail_actions import DetailActions
from desk_app.ui.detail_form import plain_label
from desk_app.ui.qt_compat import emit
from desk_app.ui.ticket_table_model import sla_text

BUTTONS = ("take", "dispatch", "escalate", "merge", "close", "log_time", "follow_up")


class DetailHeader(QWidget):
    # The banner's button: open the ticket this one was merged into (or merged from).
    openLinked = Signal(int)

    def __init__(self, actions: DetailActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.subject = plain_label(self, "detailSubject")
        self.subject.setWordWrap(True)
        font = QFont(self.subject.font())
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setWeight(QFont.Weight.DemiBold)
        self.subject.setFont(font)
        self.summary = plain_label(self, "detailSummary")
        self.summary.setWordWrap(True)
        self.status_badge = BadgeLabel(self)
        self.priority_badge = BadgeLabel(self)
        self.criticality_badge = BadgeLabel(self)
        self.sla_badge = BadgeLabel(self)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        for badge in (self.status_badge, self.priority_badge, self.criticality_badge,
                      self.sla_badge):  # fmt: skip
            badges.addWidget(badge)
        badges.addStretch(1)
        # A tool bar, not a row of buttons: when the pane is narrow the last actions move into
        # its » menu instead of setting a minimum width that squeezes the ticket list.
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("detailActions")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        # A tool bar draws its buttons flat; these are the ticket's main actions: framed.
        self.toolbar.setStyleSheet(
            "QToolBar#detailActions { border: none; spacing: 4px; padding: 0; }"
            " QToolBar#detailActions QToolButton { border: 1px solid palette(mid);"
            " border-radius: 3px; padding: 3px 5px; background: palette(button); }"
            " QToolBar#detailActions QToolButton:hover { background: palette(light); }"
            " QToolBar#detailActions QToolButton:disabled { color: palette(placeholder-text);"
            " border-color: palette(midlight); }"
            " QToolBar#detailActions QToolButton#qt_toolbar_ext_button { border: none;"
            " background: transparent; padding: 0; }"
        )
        self.buttons: dict[str, QToolButton] = {}
        for name in BUTTONS:
            button = QToolButton(self.toolbar)
            button.setDefaultAction(getattr(actions, name))
            button.setObjectName(f"action_{name}")
            button.setAutoRaise(False)
            self.buttons[name] = button
            self.toolbar.addWidget(button)
        self.banner = plain_label(self, "detailBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #eef2ff; color: #3730a3; padding: 4px;")
        self.banner_button = QToolButton(self)
        self.banner_button.setObjectName("openLinkedTicket")
        self.banner_button.clicked.connect(self._open_linked)
        banner = QHBoxLayout()
        banner.addWidget(self.banner, 1)
        banner.addWidget(self.banner_button)
        self.message = plain_label(self, "detailMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(
            "background: #fee2e2; color: #991b1b; padding: 4px; border-radius: 3px;"
        )
        self.message.hide()
        self.linked: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.subject)
        layout.addWidget(self.summary)
        layout.addLayout(badges)
        layout.addWidget(self.toolbar)
        layout.addLayout(banner)
        layout.addWidget(self.message)

    def set_view(self, view: TicketDetailView, edit: TicketEditState | None) -> None:
        row = view.detail.row
        self.subject.setText(row.subject)
        summary = (self.tr("#%1 · opened %2 · updated %3").replace("%1", str(row.id))
                   .replace("%2", formatting.date_time(row.created_at))
                   .replace("%3", formatting.date_time(row.updated_at)))  # fmt: skip
        if edit is not None and edit.is_done and edit.closed_by:
            summary += " · " + self.tr("closed by %1").replace("%1", edit.closed_by)
        self.summary.setText(summary)
        self.status_badge.set_badge(
            Badge(labels.status(row.status, row.status_name), status_tone(row.status, row.stage))
        )
        self.priority_badge.set_badge(Badge(
            self.tr("Priority: %1").replace("%1", labels.priority(row.priority)),
            priority_tone(row.priority)))  # fmt: skip
        self.criticality_badge.set_badge(Badge(
            self.tr("Criticality: %1").replace("%1", labels.criticality(row.criticality)),
            criticality_tone(row.criticality)))  # fmt: skip
        sla = view.sla
        if sla.state is BadgeState.NONE:
            self.sla_badge.set_badge(Badge(labels.sla_state(sla.state.value), Tone.MUTED))
        else:
            self.sla_badge.set_badge(Badge(sla_text(sla), sla_tone(sla.state)))
        self._fill_banner(edit)

    def _fill_banner(self, edit: TicketEditState | None) -> None:
        self.linked = None
        text = ""
        if edit is not None and edit.merged_into is not None:
            target = edit.merged_into
            text = self.tr("Merged into #%1 “%2”. Its conversation continues there.").replace(
                "%1", str(target.id)).replace("%2", target.subject)  # fmt: skip
            self.linked = target.id
        elif edit is not None and edit.merged_from:
            merged = ", ".join(f"#{t.id} “{t.subject}”" for t in edit.merged_from)
            text = self.tr("Merged into this ticket: %1").replace("%1", merged)
            self.linked = edit.merged_from[0].id
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.banner_button.setVisible(self.linked is not None)
        if self.linked is not None:
            self.banner_button.setText(self.tr("Open #%1").replace("%1", str(self.linked)))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _open_linked(self) -> None:
        if self.linked is not None:
            emit(self.openLinked, self.linked)
