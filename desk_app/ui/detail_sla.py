"""The SLA panel of the ticket detail (SPEC §3): first-response and resolution targets with
their due times and business time used, pauses, time waiting unassigned, and the PQRS legal
deadline next to the internal SLA. Everything comes from the clock's snapshot: nothing here
counts time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from desk_app.domain.sla import ClockSnapshot
from desk_app.services.ticket_rows import BadgeState, SlaBadge
from desk_app.services.tickets import TicketDetailView
from desk_app.ui import formatting, labels
from desk_app.ui.badges import Badge, BadgeLabel, Tone, sla_tone
from desk_app.ui.detail_form import plain_label
from desk_app.ui.ticket_table_model import sla_text


class SlaPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slaBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(2)
        self.first_response_badge = BadgeLabel(self)
        self.resolution_badge = BadgeLabel(self)
        self.first_response_due = plain_label(self, "firstResponseDue")
        self.resolution_due = plain_label(self, "resolutionDue")
        self.first_response_used = plain_label(self, "firstResponseUsed")
        self.resolution_used = plain_label(self, "resolutionUsed")
        self.pauses = plain_label(self, "slaPauses")
        self.queue_wait = plain_label(self, "queueWait")
        self.legal_deadline = plain_label(self, "legalDeadline")
        for label in (self.first_response_due, self.resolution_due, self.pauses,
                      self.queue_wait, self.legal_deadline):  # fmt: skip
            label.setWordWrap(True)
        rows = [
            (self.tr("First response"), self.first_response_badge, self.first_response_due,
             self.first_response_used),
            (self.tr("Resolution"), self.resolution_badge, self.resolution_due,
             self.resolution_used),
        ]  # fmt: skip
        # Due time and time used under each other: side by side they squeezed the due text
        # into three lines in a pane of normal width.
        self.first_response_used.setWordWrap(True)
        self.resolution_used.setWordWrap(True)
        for index, (title, badge, due, used) in enumerate(rows):
            row = index * 2
            grid.addWidget(QLabel(title, self), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(badge, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(due, row, 2)
            used.setStyleSheet("color: palette(placeholder-text);")
            grid.addWidget(used, row + 1, 2)
        for row, label in enumerate((self.pauses, self.queue_wait, self.legal_deadline), 4):
            grid.addWidget(label, row, 0, 1, 3)
        grid.setColumnStretch(2, 1)

    def set_view(self, view: TicketDetailView) -> None:
        snapshot = view.sla_snapshot
        clocks = (
            (self.first_response_badge, self.first_response_due, self.first_response_used,
             view.first_response, snapshot.first_response if snapshot else None),
            (self.resolution_badge, self.resolution_due, self.resolution_used, view.resolution,
             snapshot.resolution if snapshot else None),
        )  # fmt: skip
        for badge_widget, due_label, used_label, badge, clock in clocks:
            self._fill_clock(badge_widget, due_label, used_label, badge, clock)
        self._fill_pauses(view)
        if view.queue_wait is not None:
            self.queue_wait.setText(self.tr("Waiting unassigned for %1").replace(
                "%1", formatting.duration(view.queue_wait)))  # fmt: skip
        self.queue_wait.setVisible(view.queue_wait is not None)
        deadline = view.legal_deadline
        if deadline is not None and view.detail.pqrs_kind:
            self.legal_deadline.setText(
                self.tr("PQRS %1: legal deadline %2")
                .replace("%1", labels.pqrs_kind(view.detail.pqrs_kind))
                .replace("%2", formatting.date_only(deadline))
            )
        self.legal_deadline.setVisible(deadline is not None and bool(view.detail.pqrs_kind))

    def _fill_clock(self, widget: BadgeLabel, due_label: QLabel, used_label: QLabel,
                    badge: SlaBadge, clock: ClockSnapshot | None) -> None:  # fmt: skip
        if badge.state is BadgeState.NONE:
            widget.set_badge(Badge(labels.sla_state(badge.state.value), Tone.MUTED))
        else:
            widget.set_badge(Badge(labels.sla_state(badge.state.value), sla_tone(badge.state)))
        if badge.due_at is None:
            due_label.setText("")
        else:
            parts = [self.tr("due %1").replace("%1", formatting.date_time(badge.due_at))]
            if not badge.completed:
                parts.append(sla_text(badge, compact=False))
            if badge.paused:
                parts.append(self.tr("paused while waiting on the customer"))
            due_label.setText(" · ".join(parts))
        if clock is None or clock.allowed is None:
            used_label.setText("")
        else:
            used_label.setText(self.tr("%1 used of %2")
                               .replace("%1", formatting.duration(clock.used))
                               .replace("%2", formatting.duration(clock.allowed)))  # fmt: skip

    def _fill_pauses(self, view: TicketDetailView) -> None:
        snapshot = view.sla_snapshot
        if snapshot is None or not snapshot.pauses:
            self.pauses.hide()
            return
        text = self.tr("Clock paused %1 in %n pause(s)", "", len(snapshot.pauses)).replace(
            "%1", formatting.duration(snapshot.paused_time)
        )
        if snapshot.is_paused:
            text += " · " + self.tr("paused now")
        self.pauses.setText(text)
        self.pauses.show()
