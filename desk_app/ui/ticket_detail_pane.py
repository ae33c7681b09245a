"""The read-only detail of one ticket: header, fields, SLA targets, body, conversation, history.

Data comes from the database worker; every value a person typed is shown as plain text
(labels are forced to Qt.PlainText, since QLabel would otherwise guess "rich text").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services.ticket_rows import BadgeState, SlaBadge
from desk_app.services.tickets import TicketDetailView, TicketService
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
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.qt_compat import emit
from desk_app.ui.text_views import BodyView, ConversationView
from desk_app.ui.ticket_table_model import sla_text


def plain_label(parent: QWidget, object_name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class TicketDetailPane(QWidget):
    # The detail of this ticket id is on screen.
    loaded = Signal(int)

    def __init__(
        self, runner: DbRunner, service: TicketService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # Holding ↓ through the list asks for many details; only the last one is loaded.
        self._query = LatestOnly(runner)
        self._service = service
        self._wanted: int | None = None
        self._shown: TicketDetailView | None = None
        self._waiters: list[Callable[[], None]] = []

        self.placeholder = QLabel(self)
        self.placeholder.setObjectName("detailPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setText(self._hint())
        content = QWidget(self)
        self._build_content(content)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.placeholder)
        self._stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    # -- layout ----------------------------------------------------------------------------

    def _build_content(self, content: QWidget) -> None:
        self.subject = plain_label(content, "detailSubject")
        self.subject.setWordWrap(True)
        font = QFont(self.subject.font())
        font.setPointSizeF(font.pointSizeF() + 3)
        font.setWeight(QFont.Weight.DemiBold)
        self.subject.setFont(font)
        self.summary = plain_label(content, "detailSummary")
        self.summary.setWordWrap(True)

        self.status_badge = BadgeLabel(content)
        self.priority_badge = BadgeLabel(content)
        self.criticality_badge = BadgeLabel(content)
        self.sla_badge = BadgeLabel(content)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        for badge in (self.status_badge, self.priority_badge, self.criticality_badge,
                      self.sla_badge):  # fmt: skip
            badges.addWidget(badge)
        badges.addStretch(1)

        self.fields: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        # Long values (names, companies, addresses) get a whole row; short ones share one.
        wide = [("requester", self.tr("Requester")), ("contact", self.tr("Contact"))]
        pairs = [
            ("responsible", self.tr("Responsible"), "level", self.tr("Level")),
            ("channel", self.tr("Channel"), "type", self.tr("Type")),
            ("category", self.tr("Category"), "subject_kind", self.tr("Subject kind")),
            ("flag", self.tr("Flag"), "department", self.tr("Department")),
            ("tags", self.tr("Tags"), "time", self.tr("Time logged")),
        ]
        for row, (key, title) in enumerate(wide):
            grid.addWidget(self._caption(content, title), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._value(content, key), row, 1, 1, 3)
        for row, (key_a, title_a, key_b, title_b) in enumerate(pairs, start=len(wide)):
            for col, (key, title) in enumerate(((key_a, title_a), (key_b, title_b))):
                grid.addWidget(self._caption(content, title), row, col * 2,
                               Qt.AlignmentFlag.AlignTop)  # fmt: skip
                grid.addWidget(self._value(content, key), row, col * 2 + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        sla_box = QFrame(content)
        sla_box.setObjectName("slaBox")
        sla_box.setFrameShape(QFrame.Shape.StyledPanel)
        sla_grid = QGridLayout(sla_box)
        sla_grid.setContentsMargins(8, 6, 8, 6)
        sla_grid.setVerticalSpacing(2)
        self.first_response_badge = BadgeLabel(sla_box)
        self.resolution_badge = BadgeLabel(sla_box)
        self.first_response_due = plain_label(sla_box, "firstResponseDue")
        self.resolution_due = plain_label(sla_box, "resolutionDue")
        self.queue_wait = plain_label(sla_box, "queueWait")
        self.legal_deadline = plain_label(sla_box, "legalDeadline")
        sla_rows = [
            (self.tr("First response"), self.first_response_badge, self.first_response_due),
            (self.tr("Resolution"), self.resolution_badge, self.resolution_due),
        ]
        for row, (title, badge_widget, due) in enumerate(sla_rows):
            sla_grid.addWidget(QLabel(title, sla_box), row, 0)
            sla_grid.addWidget(badge_widget, row, 1)
            sla_grid.addWidget(due, row, 2)
        sla_grid.addWidget(self.queue_wait, 2, 0, 1, 3)
        sla_grid.addWidget(self.legal_deadline, 3, 0, 1, 3)
        sla_grid.setColumnStretch(2, 1)

        self.body = BodyView(content)
        self.conversation = ConversationView(content)
        # The description is the first message of the conversation: one tab, split.
        thread = QSplitter(Qt.Orientation.Vertical, content)
        thread.setChildrenCollapsible(False)
        thread.addWidget(self.body)
        thread.addWidget(self.conversation)
        thread.setStretchFactor(0, 2)
        thread.setStretchFactor(1, 3)
        self.history = QTreeWidget(content)
        self.history.setObjectName("ticketHistory")
        self.history.setRootIsDecorated(False)
        self.history.setUniformRowHeights(True)
        self.history.setAlternatingRowColors(True)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Change")])
        self.history.header().setStretchLastSection(True)
        self.history.setColumnWidth(0, 130)
        self.history.setColumnWidth(1, 170)
        self.tabs = QTabWidget(content)
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(thread, self.tr("Conversation"))
        self.tabs.addTab(self.history, self.tr("History"))

        layout = QVBoxLayout(content)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.subject)
        layout.addWidget(self.summary)
        layout.addLayout(badges)
        layout.addLayout(grid)
        layout.addWidget(sla_box)
        layout.addWidget(self.tabs, 1)

    def _hint(self) -> str:
        return "\n\n".join([
            self.tr("Select a ticket to see its details."),
            self.tr("Ctrl+F: search · ↑ ↓: move through the list · F5: refresh"),
        ])  # fmt: skip

    def _caption(self, parent: QWidget, title: str) -> QLabel:
        caption = QLabel(title, parent)
        caption.setObjectName("fieldCaption")
        return caption

    def _value(self, parent: QWidget, key: str) -> QLabel:
        value = plain_label(parent, f"field_{key}")
        value.setWordWrap(True)
        # Top-aligned inside the cell: a neighbour that wraps must not push this text down.
        value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.fields[key] = value
        return value

    # -- loading ---------------------------------------------------------------------------

    def show_ticket(self, ticket_id: int | None) -> None:
        """Load and show `ticket_id` (None: show the placeholder)."""
        self._wanted = ticket_id
        if ticket_id is None:
            self._shown = None
            self.placeholder.setText(self._hint())
            self._stack.setCurrentWidget(self.placeholder)
            return
        self._query.request(
            partial(self._service.detail, ticket_id=ticket_id),
            partial(self._on_detail, ticket_id),
        )

    @property
    def shown(self) -> TicketDetailView | None:
        return self._shown

    @property
    def is_loaded(self) -> bool:
        return (
            self._wanted is not None
            and self._shown is not None
            and (self._shown.id == self._wanted)
        )

    def call_when_loaded(self, callback: Callable[[], None]) -> None:
        if self.is_loaded:
            QTimer.singleShot(0, callback)
        else:
            self._waiters.append(callback)

    def _on_detail(self, ticket_id: int, view: TicketDetailView | None) -> None:
        if ticket_id != self._wanted:
            return
        if view is None:
            self._shown = None
            self.placeholder.setText(self.tr("This ticket is not visible to you."))
            self._stack.setCurrentIndex(0)
            return
        # Visible first: size hints of hidden widgets are not propagated to their layout.
        self._stack.setCurrentIndex(1)
        self._populate(view)
        self._shown = view
        emit(self.loaded, ticket_id)
        waiters, self._waiters = self._waiters, []
        for callback in waiters:
            callback()

    # -- filling in ------------------------------------------------------------------------

    def _populate(self, view: TicketDetailView) -> None:
        detail = view.detail
        row = detail.row
        self.subject.setText(row.subject)
        self.summary.setText(
            self.tr("#%1 · opened %2 · updated %3")
            .replace("%1", str(row.id))
            .replace("%2", formatting.date_time(row.created_at))
            .replace("%3", formatting.date_time(row.updated_at))
        )
        self.status_badge.set_badge(
            Badge(labels.status(row.status, row.status_name), status_tone(row.status, row.stage))
        )
        self.priority_badge.set_badge(
            Badge(
                self.tr("Priority: %1").replace("%1", labels.priority(row.priority)),
                priority_tone(row.priority),
            )
        )
        self.criticality_badge.set_badge(
            Badge(
                self.tr("Criticality: %1").replace("%1", labels.criticality(row.criticality)),
                criticality_tone(row.criticality),
            )
        )
        self._set_sla_badge(self.sla_badge, view.sla)
        requester = " · ".join(v for v in (row.requester_name, row.company_name) if v)
        contact = " · ".join(v for v in (detail.requester_email, detail.requester_phone) if v)
        values = {
            "requester": requester or "—",
            "contact": contact or "—",
            "responsible": row.responsible_name or self.tr("Unassigned"),
            "level": labels.level(row.level),
            "channel": labels.channel(row.channel),
            "type": labels.ticket_type(detail.ticket_type),
            "category": detail.category or "—",
            "subject_kind": labels.subject_kind(detail.subject_kind),
            "flag": labels.flag(row.flag),
            "department": detail.department or "—",
            "tags": ", ".join(detail.tags) or "—",
            "time": self._time_logged(detail.minutes_by_kind),
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        self._fill_sla(view)
        self.body.set_text(detail.body)
        self.conversation.set_comments(detail.comments)
        self._fill_history(view)
        self.tabs.setTabText(0, self.tr("Conversation (%1)").replace(
            "%1", str(len(detail.comments))))  # fmt: skip
        self.tabs.setTabText(1, self.tr("History (%1)").replace(
            "%1", str(len(detail.history))))  # fmt: skip

    def _set_sla_badge(self, widget: BadgeLabel, badge: SlaBadge) -> None:
        if badge.state is BadgeState.NONE:
            widget.set_badge(Badge(labels.sla_state(badge.state.value), Tone.MUTED))
        else:
            widget.set_badge(Badge(sla_text(badge), sla_tone(badge.state)))

    def _fill_sla(self, view: TicketDetailView) -> None:
        for widget, due_label, badge in (
            (self.first_response_badge, self.first_response_due, view.first_response),
            (self.resolution_badge, self.resolution_due, view.resolution),
        ):
            if badge.state is BadgeState.NONE:
                widget.set_badge(Badge(labels.sla_state(badge.state.value), Tone.MUTED))
            else:
                widget.set_badge(Badge(labels.sla_state(badge.state.value), sla_tone(badge.state)))
            if badge.due_at is None:
                due_label.setText("")
                continue
            parts = [self.tr("due %1").replace("%1", formatting.date_time(badge.due_at))]
            if not badge.completed:
                parts.append(sla_text(badge, compact=False))
            if badge.paused:
                parts.append(self.tr("paused while waiting on the customer"))
            due_label.setText(" · ".join(parts))
        if view.queue_wait is not None:
            self.queue_wait.setText(
                self.tr("Waiting unassigned for %1").replace(
                    "%1", formatting.duration(view.queue_wait))
            )  # fmt: skip
            self.queue_wait.show()
        else:
            self.queue_wait.hide()
        if view.legal_deadline is not None and view.detail.pqrs_kind:
            self.legal_deadline.setText(
                self.tr("PQRS %1: legal deadline %2")
                .replace("%1", labels.pqrs_kind(view.detail.pqrs_kind))
                .replace("%2", formatting.date_only(view.legal_deadline))
            )
            self.legal_deadline.show()
        else:
            self.legal_deadline.hide()

    def _time_logged(self, minutes_by_kind: dict[str, int]) -> str:
        if not minutes_by_kind:
            return "—"
        parts = [f"{labels.level(kind)}: {formatting.duration(timedelta(minutes=minutes))}"
                 for kind, minutes in sorted(minutes_by_kind.items())]  # fmt: skip
        return ", ".join(parts)

    def _fill_history(self, view: TicketDetailView) -> None:
        self.history.clear()
        items = []
        for entry in reversed(view.detail.history):  # newest first
            old = labels.history_value(entry.field, entry.old_value)
            new = labels.history_value(entry.field, entry.new_value)
            change = f"{labels.history_field(entry.field)}: {old} → {new}"
            who = entry.user or self.tr("System")
            items.append(QTreeWidgetItem([formatting.date_time(entry.at), who, change]))
        self.history.addTopLevelItems(items)
