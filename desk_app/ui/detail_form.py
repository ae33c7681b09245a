"""The ticket's fields as a form: who and how (read-only), and every editable field.

A change is applied as soon as the user makes it (one action, one history row, one outbox
operation), so there is no "unsaved" state to lose when the advisor moves to another ticket.
The form only says what the user picked; the pane runs the action and, when the store refuses
it, the form shows the message under the field and goes back to the stored value.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desk_app.domain.ticket_fields import (
    Channel,
    Criticality,
    Flag,
    Priority,
    SubjectKind,
    TicketType,
)
from desk_app.services.ticket_actions import TicketEditState
from desk_app.services.tickets import TicketDetailView
from desk_app.ui import formatting, labels
from desk_app.ui.detail_editors import ChoiceCombo, CustomFieldsBox, DueEdit, TagsEdit
from desk_app.ui.qt_compat import emit
from desk_app.ui.store_messages import store_message

# Store error keys → the form field that shows them.
# From this width on, two fields share a row.
WIDE_FORM = 600
_ERROR_FIELDS = {"status": "status", "responsible_id": "responsible", "ticket_type": "type",
                 "subject_kind": "subject_kind", "category_id": "category",
                 "subcategory_id": "subcategory", "priority": "priority",
                 "criticality": "criticality", "channel": "channel", "flag": "flag",
                 "tags": "tags", "due_at": "due"}  # fmt: skip


def field_caption(title: str, parent: QWidget, height: int) -> QLabel:
    """A field's name beside it, level with the text of an editor `height` pixels tall."""
    caption = QLabel(title, parent)
    caption.setObjectName("fieldCaption")
    caption.setMinimumHeight(height)
    return caption


def plain_label(parent: QWidget, object_name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class _Cell(QWidget):
    """An editor with its error message right under it."""

    def __init__(self, editor: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor = editor
        editor.setParent(self)
        self.error = plain_label(self, "fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b91c1c;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        layout.addWidget(self.error)


class TicketFieldsForm(QWidget):
    # {field: value} for TicketActions.update (type, category/subcategory, tags, ...).
    edited = Signal(dict)
    # Status and responsible have rules of their own (close, take, dispatch).
    statusPicked = Signal(str)
    responsiblePicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketFields")
        self.fields: dict[str, Any] = {}  # key → widget with text(): what the user sees
        self._cells: dict[str, _Cell] = {}
        self._edit: TicketEditState | None = None
        self._view: TicketDetailView | None = None
        self._editable = False

        self.status = self._combo("status", "statusCombo")
        self.responsible = self._combo("responsible", "responsibleCombo")
        self.ticket_type = self._combo("type", "typeCombo")
        self.subject_kind = self._combo("subject_kind", "subjectKindCombo")
        self.category = self._combo("category", "categoryCombo")
        self.subcategory = self._combo("subcategory", "subcategoryCombo")
        self.priority = self._combo("priority", "priorityCombo")
        self.criticality = self._combo("criticality", "criticalityCombo")
        self.channel = self._combo("channel", "channelCombo")
        self.flag = self._combo("flag", "flagCombo")
        self.tags = TagsEdit(self)
        self.due = DueEdit(self)
        self.custom = CustomFieldsBox(self)
        self.fields.update(tags=self.tags, due=self.due)

        self.status.picked.connect(lambda key: emit(self.statusPicked, str(key)))
        self.responsible.picked.connect(lambda user: emit(self.responsiblePicked, user))
        self.ticket_type.picked.connect(self._on_type)
        self.category.picked.connect(self._on_category)
        self.subcategory.picked.connect(
            lambda sub: self._send({"category_id": self.category.value(), "subcategory_id": sub})
        )
        for name, combo in (("subject_kind", self.subject_kind), ("priority", self.priority),
                            ("criticality", self.criticality), ("channel", self.channel),
                            ("flag", self.flag)):  # fmt: skip
            combo.picked.connect(lambda value, name=name: self._send({name: value}))
        self.tags.committed.connect(lambda tags: self._send({"tags": tags}))
        self.due.committed.connect(lambda due: self._send({"due_at": due}))
        self.custom.committed.connect(lambda patch: self._send({"custom_fields": patch}))
        self._layout()

    def _combo(self, key: str, object_name: str) -> ChoiceCombo:
        combo = ChoiceCombo(self, object_name)
        self.fields[key] = combo
        return combo

    def _layout(self) -> None:
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(4)
        for key in ("requester", "contact", "level", "department", "time"):
            value = plain_label(self, f"field_{key}")
            value.setWordWrap(True)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self.fields[key] = value
        items: list[tuple[str, str, bool]] = [  # key, caption, spans the whole row
            ("requester", self.tr("Requester"), True),
            ("contact", self.tr("Contact"), True),
            ("status", self.tr("Status"), False),
            ("responsible", self.tr("Responsible"), False),
            ("type", self.tr("Type"), False),
            ("subject_kind", self.tr("Subject kind"), False),
            ("category", self.tr("Category"), False),
            ("subcategory", self.tr("Subcategory"), False),
            ("priority", self.tr("Priority"), False),
            ("criticality", self.tr("Criticality"), False),
            ("channel", self.tr("Channel"), False),
            ("flag", self.tr("Flag"), False),
            ("level", self.tr("Level"), False),
            ("department", self.tr("Department"), False),
            ("due", self.tr("Due date"), False),
            ("time", self.tr("Time logged"), False),
            ("tags", self.tr("Tags"), True),
        ]
        self._pairs: list[tuple[QLabel, QWidget, bool]] = []
        for key, title, whole_row in items:
            caption = field_caption(title, self, self.status.sizeHint().height())
            caption.setBuddy(self.fields[key])
            cell = _Cell(self.fields[key], self)
            self._cells[key] = cell
            self._pairs.append((caption, cell, whole_row))
        self._wide: bool | None = None
        self.custom.changed.connect(self._arrange)
        self._arrange()

    def _arrange(self) -> None:
        """Two fields a row when the form is wide enough for both, else one: side by side
        in a pane of normal width they were cut ("Ricardo García R…")."""
        grid = self._grid
        while grid.count():
            grid.takeAt(0)  # only the places go: the widgets stay where they are
        wide = self._wide = self.width() >= WIDE_FORM
        per_row = 2 if wide else 1
        row = column = 0
        for caption, widget, whole_row in [*self._pairs, *self.custom.rows]:
            if whole_row or per_row == 1:
                row += 1 if column else 0
                grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
                grid.addWidget(widget, row, 1, 1, 3 if wide else 1)
                row, column = row + 1, 0
                continue
            grid.addWidget(caption, row, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, row, column * 2 + 1)
            column += 1
            if column == per_row:
                row, column = row + 1, 0
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1 if wide else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (self.width() >= WIDE_FORM) != self._wide:
            self._arrange()

    # -- filling in ------------------------------------------------------------------------

    def set_ticket(self, view: TicketDetailView, edit: TicketEditState | None) -> None:
        self._view, self._edit = view, edit
        self.clear_errors()
        detail, row = view.detail, view.detail.row
        requester = " · ".join(v for v in (row.requester_name, row.company_name) if v)
        contact = " · ".join(v for v in (detail.requester_email, detail.requester_phone) if v)
        level = labels.level(row.level)
        if edit is not None and edit.queue:
            level = self.tr("%1 · queue %2").replace("%1", level).replace("%2", edit.queue)
        texts = {"requester": requester or "—", "contact": contact or "—", "level": level,
                 "department": detail.department or "—",
                 "time": self._time_logged(detail.minutes_by_kind)}  # fmt: skip
        for key, text in texts.items():
            self.fields[key].setText(text)

        statuses = [(labels.status(s.key, s.name), s.key) for s in edit.statuses] if edit else []
        self.status.set_choices(statuses, row.status)
        # Who can be handed a ticket: advisors and leaders (TicketActions.assign refuses the rest).
        users = [(u.full_name, u.id) for u in (edit.users if edit else ())
                 if u.role in ("advisor", "leader")]  # fmt: skip
        if row.responsible_id is not None and row.responsible_id not in {u for _, u in users}:
            users.append((row.responsible_name or str(row.responsible_id), row.responsible_id))
        self.responsible.set_choices([(self.tr("Unassigned"), None), *users], row.responsible_id)
        self.ticket_type.set_choices(
            [(labels.ticket_type(t.value), t.value) for t in TicketType], detail.ticket_type
        )
        self.subject_kind.set_choices(
            [("—", None), *[(labels.subject_kind(k.value), k.value) for k in SubjectKind]],
            detail.subject_kind)  # fmt: skip
        self.priority.set_choices([(labels.priority(p.value), p.value) for p in Priority],
                                  row.priority)  # fmt: skip
        self.criticality.set_choices(
            [
                (labels.criticality(None), None),
                *[(labels.criticality(c.value), c.value) for c in Criticality],
            ],
            row.criticality,
        )
        self.channel.set_choices([(labels.channel(c.value), c.value) for c in Channel],
                                 row.channel)  # fmt: skip
        self.flag.set_choices([(labels.flag(f.value), f.value) for f in Flag], row.flag)
        self._fill_categories()
        self.tags.set_tags(detail.tags, edit.known_tags if edit else ())
        self.due.set_value(detail.due_at)
        self.custom.set_fields(detail.ticket_type, detail.custom_fields)
        self._apply_editable()

    def _fill_categories(self) -> None:
        edit = self._edit
        if edit is None:
            # Without the choices, show the stored path as the only item.
            path = self._view.detail.category if self._view else None
            self.category.set_choices([(path or "—", None)], None)
            self.subcategory.set_choices([("—", None)], None)
            return
        tops = [(c.name, c.id) for c in edit.categories if c.parent_id is None]
        self.category.set_choices([("—", None), *tops], edit.category_id)
        self._fill_subcategories(edit.category_id, edit.subcategory_id)

    def _fill_subcategories(self, category_id: int | None, current: int | None) -> None:
        edit = self._edit
        subs = [(c.name, c.id) for c in (edit.categories if edit else ())
                if category_id is not None and c.parent_id == category_id]  # fmt: skip
        self.subcategory.set_choices([("—", None), *subs], current)
        self.subcategory.setEnabled(self._editable and bool(subs))

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        self._apply_editable()

    def _apply_editable(self) -> None:
        edit = self._edit
        editable = self._editable and edit is not None and not edit.is_done
        for widget in (self.responsible, self.ticket_type, self.subject_kind, self.category,
                       self.priority, self.criticality, self.channel, self.flag, self.tags,
                       self.due):  # fmt: skip
            widget.setEnabled(editable)
        self.subcategory.setEnabled(editable and len(self.subcategory.values()) > 1)
        self.custom.set_editable(editable)
        # A closed ticket can still be reopened; a merged one cannot.
        self.status.setEnabled(self._editable and edit is not None and edit.merged_into is None)

    # -- user edits ------------------------------------------------------------------------

    def _send(self, changes: dict[str, Any]) -> None:
        self.clear_errors()
        emit(self.edited, changes)

    def _on_type(self, ticket_type: Any) -> None:
        # The type's own custom fields appear at once; values of the old type are kept.
        if self._view is not None:
            self.custom.set_fields(str(ticket_type), self._view.detail.custom_fields)
        self._send({"ticket_type": ticket_type})

    def _on_category(self, category_id: Any) -> None:
        self._fill_subcategories(category_id, None)
        self._send({"category_id": category_id, "subcategory_id": None})
        if self.subcategory.isEnabled():
            self.subcategory.setFocus()

    # -- errors ----------------------------------------------------------------------------

    def show_errors(self, errors: Mapping[str, str]) -> set[str]:
        """Put each error under its field; returns the keys shown (the rest are not fields of
        this form: the pane shows them in its message line)."""
        shown: set[str] = set()
        for key, text in errors.items():
            cell = self._cells.get(_ERROR_FIELDS.get(key, ""))
            editor = None
            if cell is None and key.startswith("custom_fields."):
                editor = self.custom.editors.get(key.removeprefix("custom_fields."))
            if cell is not None:
                cell.error.setText(store_message(text))
                cell.error.show()
                shown.add(key)
            elif editor is not None:
                editor.setToolTip(store_message(text))
        return shown

    def clear_errors(self) -> None:
        for cell in self._cells.values():
            cell.error.hide()

    def error_text(self, key: str) -> str:
        cell = self._cells[key]
        return cell.error.text() if cell.error.isVisibleTo(self) else ""

    def _time_logged(self, minutes_by_kind: dict[str, int]) -> str:
        if not minutes_by_kind:
            return "—"
        parts = [f"{labels.level(kind)}: {formatting.duration(timedelta(minutes=minutes))}"
                 for kind, minutes in sorted(minutes_by_kind.items())]  # fmt: skip
        return ", ".join(parts)
