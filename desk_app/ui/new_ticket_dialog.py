"""New ticket, the standard way (SPEC §2, seed 002 slide 11), keyboard first.

Fields follow the process, and Tab follows the fields: subject → requester → responsible (or
unassigned) → type → priority (the type's default until the user picks one) → tags → due date
→ body, then channel, subject kind and category → subcategory. Ctrl+Return creates, Escape
cancels. Nothing is written until the store accepts the whole form: its messages appear under
the fields they are about, and the ticket (with an inline new requester) is created in one
transaction on the database worker.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desk_app.domain.ticket_fields import (
    Channel,
    Priority,
    SubjectKind,
    TicketType,
    default_priority,
)
from desk_app.local_store.people_writes import PeopleValidationError
from desk_app.local_store.ticket_writes import ValidationError
from desk_app.services.new_ticket import (
    Created,
    FormChoices,
    NewTicketService,
    Prefill,
    TicketDraft,
)
from desk_app.services.people import PeopleService
from desk_app.ui import formatting, labels
from desk_app.ui.db_worker import DbRunner, when_alive
from desk_app.ui.field_errors import error_label, show_error
from desk_app.ui.qt_compat import emit
from desk_app.ui.requester_picker import RequesterPicker
from desk_app.ui.store_messages import store_message

_TICKET_FIELDS = ("subject", "requester_id", "responsible_id", "ticket_type", "priority",
                  "tags", "due_at", "body", "channel", "subject_kind", "category_id",
                  "subcategory_id")  # fmt: skip


def new_ticket_action(parent: QObject, trigger: Callable[[], None]) -> QAction:
    """The window's "New ticket" action (Ctrl+N) calling `trigger`, for a menu or toolbar."""
    action = QAction(QCoreApplication.translate("NewTicketDialog", "&New ticket…"), parent)
    action.setObjectName("newTicketAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    action.setProperty("shortcutGroup", QCoreApplication.translate("NewTicketDialog", "Tickets"))
    action.triggered.connect(trigger)
    return action


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data())


def _create(service: NewTicketService, draft: TicketDraft, _session: Session
            ) -> Created | ValidationError:  # fmt: skip
    # A refusal is an answer, not a failure: it travels back as a value with its fields.
    try:
        return service.create(draft)
    except ValidationError as exc:
        return exc


class NewTicketDialog(QDialog):
    # The ticket was created (its id); the dialog then closes with accept().
    ticketCreated = Signal(int)
    # The form's choices (and a prefilled requester) have arrived: it is ready to type in.
    loaded = Signal()

    def __init__(
        self,
        runner: DbRunner,
        service: NewTicketService,
        people: PeopleService,
        *,
        prefill: Prefill | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newTicketDialog")
        self.setWindowTitle(self.tr("New ticket"))
        self._runner = runner
        self._service = service
        self._people = people
        self._prefill = prefill or Prefill()
        self._categories: dict[int, tuple[tuple[int, str], ...]] = {}
        self._loads = 0
        self._busy = False
        self._priority_chosen = False
        self.created: Created | None = None
        self.errors: dict[str, QLabel] = {}
        self._build(people)
        self._wire()
        self._load()
        self.resize(780, 660)

    # -- building --------------------------------------------------------------------------

    def _build(self, people: PeopleService) -> None:
        self.subject = QLineEdit(self)
        self.subject.setObjectName("subject")
        self.subject.setPlaceholderText(self.tr("What is it about, in a few words"))
        self.subject.setMaxLength(300)
        self.requester = RequesterPicker(self._runner, people, self)
        self.responsible = self._combo("responsible")
        self.ticket_type = self._combo("ticketType", self.tr("Choose…"))
        for kind in TicketType:
            self.ticket_type.addItem(labels.ticket_type(kind.value), kind.value)
        self.ticket_type.setCurrentIndex(-1)
        self.priority = self._combo("priority", self.tr("From the type"))
        for priority in Priority:
            self.priority.addItem(labels.priority(priority.value), priority.value)
        self.priority.setCurrentIndex(-1)
        self.priority_hint = QLabel(self)
        self.priority_hint.setObjectName("priorityHint")
        self.priority_hint.setStyleSheet("color: palette(placeholder-text);")
        self.priority_hint.setMinimumHeight(self.subject.sizeHint().height())
        self.tags = QLineEdit(self)
        self.tags.setObjectName("tags")
        self.tags.setPlaceholderText(self.tr("Service, platform, customer… separated by commas"))
        self.tag_completer = TagCompleter([], self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(self.tag_completer)
        self.due_check = QCheckBox(self.tr("Due by"), self)
        self.due_check.setObjectName("dueCheck")
        self.due = QDateTimeEdit(self)
        self.due.setObjectName("dueAt")
        self.due.setCalendarPopup(True)
        self.due.setEnabled(False)
        self.due.setMaximumWidth(self.due.sizeHint().width() + 40)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("body")
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(self.tr(
            "Everything needed to attend it, written as the customer would "
            "(e.g. a new user: name, surnames, role, level, group, courses)."))  # fmt: skip
        self.channel = self._combo("channel")
        for channel in Channel:
            self.channel.addItem(labels.channel(channel.value), channel.value)
        self.subject_kind = self._combo("subjectKind")
        self.subject_kind.addItem("—", None)
        for subject_kind in SubjectKind:
            self.subject_kind.addItem(labels.subject_kind(subject_kind.value), subject_kind.value)
        self.category = self._combo("category")
        self.subcategory = self._combo("subcategory")
        self.general_error = error_label(self, "general")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelNewTicket")
        self.create_button = QPushButton(self.tr("Create ticket"), self)
        self.create_button.setObjectName("createTicket")
        self.create_button.setToolTip(self.tr("Ctrl+Return"))
        for button in (self.cancel_button, self.create_button):
            button.setAutoDefault(False)  # Enter in a field must never submit the form

        grid = QGridLayout()
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        type_row = self._row(
            self._field(self.ticket_type, "ticket_type"),
            self._caption(self.tr("Priority")),
            self._field(self.priority, "priority"),
            self.priority_hint,
        )
        due_row = self._row(self.due_check, self._field(self.due, "due_at"))
        more_row = self._row(
            self._field(self.channel, "channel"),
            self._caption(self.tr("Subject kind")),
            self._field(self.subject_kind, "subject_kind"),
        )
        category_row = self._row(
            self._field(self.category, "category_id"),
            self._caption("›"),
            self._field(self.subcategory, "subcategory_id"),
        )
        rows: list[tuple[str, QWidget | QLayout]] = [
            (self.tr("Subject"), self._field(self.subject, "subject")),
            (self.tr("Requester"), self.requester),
            (self.tr("Responsible"), self._field(self.responsible, "responsible_id")),
            (self.tr("Type"), type_row),
            (self.tr("Tags"), self._field(self.tags, "tags")),
            (self.tr("Due date"), due_row),
            (self.tr("Body"), self._field(self.body, "body")),
            (self.tr("Channel"), more_row),
            (self.tr("Category"), category_row),
        ]  # fmt: skip
        for row, (title, field) in enumerate(rows):
            caption = self._caption(title)
            caption.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(field, QWidget):
                grid.addWidget(field, row, 1)
            else:
                grid.addLayout(field, row, 1)
        grid.setRowStretch(6, 1)  # the body takes what room there is
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)

    def _caption(self, text: str) -> QLabel:
        # As tall as a line edit, text centred: it lines up with the field's first line even
        # when an error message below makes the row taller.
        caption = QLabel(text, self)
        caption.setMinimumHeight(self.subject.sizeHint().height())
        return caption

    def _combo(self, name: str, placeholder: str = "") -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        if placeholder:
            combo.setPlaceholderText(placeholder)
        return combo

    def _field(self, widget: QWidget, key: str) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        self.errors[key] = error_label(self, key)
        box.addWidget(self.errors[key])
        return box

    def _row(self, *parts: QWidget | QLayout) -> QHBoxLayout:
        row = QHBoxLayout()
        for part in parts:
            if isinstance(part, QWidget):
                row.addWidget(part, 0, Qt.AlignmentFlag.AlignTop)
            else:
                row.addLayout(part, 1)
        row.addStretch(0)
        return row

    def _wire(self) -> None:
        self.create_action = QAction(self.tr("Create ticket"), self)
        self.create_action.setObjectName("createTicketAction")
        self.create_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.create_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.create_action.setProperty("shortcutGroup", self.tr("New ticket"))
        self.create_action.triggered.connect(self.submit)
        self.addAction(self.create_action)
        self.create_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.subject.returnPressed.connect(self._focus_requester)
        self.requester.requesterChanged.connect(self._on_requester_changed)
        self.ticket_type.currentIndexChanged.connect(self._on_type_changed)
        self.priority.activated.connect(self._on_priority_chosen)
        self.due_check.toggled.connect(self.due.setEnabled)
        self.category.currentIndexChanged.connect(self._on_category_changed)
        form = self.requester.form
        chain: list[QWidget] = [
            self.subject, self.requester.search, self.requester.new_button,
            self.requester.change_button, form.full_name, form.organization, form.position,
            form.emails, form.phone, form.region, form.cancel_button, self.responsible,
            self.ticket_type, self.priority, self.tags, self.due_check, self.due, self.body,
            self.channel, self.subject_kind, self.category, self.subcategory,
            self.create_button, self.cancel_button,
        ]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- loading ---------------------------------------------------------------------------

    @property
    def is_loaded(self) -> bool:
        return self._loads == 0

    def _load(self) -> None:
        prefill = self._prefill
        self.subject.setText(prefill.subject)
        channel = prefill.channel or Channel.DIRECT.value
        self.channel.setCurrentIndex(max(0, self.channel.findData(channel)))
        now = self._service.clock()
        due = (now + timedelta(hours=2)).replace(minute=0, second=0, microsecond=0)
        self.due.setDateTime(formatting.to_qdatetime(due))
        self._loads = 1
        failed = when_alive(self, self._on_load_failed)
        self._runner.run(self._service.choices, when_alive(self, self._on_choices), failed)
        if prefill.requester_id is not None:
            self._loads += 1
            self._runner.run(partial(self._people.requester, person_id=prefill.requester_id),
                             when_alive(self, self._on_prefilled_requester), failed)  # fmt: skip
        elif prefill.phone:
            self.requester.start_new(phone=prefill.phone)
        if prefill.body:
            self.body.setPlainText(prefill.body)
        if not prefill.subject:
            self.subject.setFocus()
        elif prefill.requester_id is None:
            self.requester.search.setFocus()
        else:  # a known caller: what is left is describing the problem, then Ctrl+Return
            self.body.setFocus()
            self.body.moveCursor(QTextCursor.MoveOperation.End)

    def _on_choices(self, choices: FormChoices) -> None:
        self.responsible.addItem(self.tr("Unassigned"), None)
        for user_id, name in choices.advisors:
            if user_id == self._service.viewer.user_id:
                name = self.tr("%1 (me)").replace("%1", name)
            self.responsible.addItem(name, user_id)
        self.category.addItem("—", None)
        self._categories = {c.id: c.children for c in choices.categories}
        for category in choices.categories:
            self.category.addItem(category.name, category.id)
        self._on_category_changed()
        self.tag_completer.setModel(QStringListModel(list(choices.tags), self.tag_completer))
        self._loaded_one()

    def _on_prefilled_requester(self, match: Any) -> None:
        if match is not None:
            self.requester.set_requester(match)
            if not self.subject.text():
                self.subject.setFocus()  # the caller is known: the subject is what is missing
            else:  # a call's ticket: what is left is describing the problem
                self.body.setFocus()
        self._loaded_one()

    def _on_load_failed(self, message: str) -> None:
        show_error(self.general_error, self.tr("Could not load the form: %1").replace(
            "%1", message))  # fmt: skip
        self._loaded_one()

    def _loaded_one(self) -> None:
        self._loads -= 1
        if self._loads == 0:
            emit(self.loaded)

    # -- the form's own rules --------------------------------------------------------------

    def _focus_requester(self) -> None:
        if self.requester.selected() is not None:
            self.responsible.setFocus()
        else:
            self.requester.search.setFocus()

    def _on_requester_changed(self, match: object) -> None:
        if match is not None and self.isVisible():
            self.responsible.setFocus()

    def _on_type_changed(self, _index: int) -> None:
        value = self.ticket_type.currentData()
        if value is None:
            return
        kind = TicketType(value)
        if not self._priority_chosen:
            # Re-defaulted on every type change until the user picks a priority themselves.
            self.priority.setCurrentIndex(self.priority.findData(default_priority(kind).value))
            self.priority_hint.setText(self.tr("default for %1").replace(
                "%1", labels.ticket_type(kind.value)))  # fmt: skip

    def _on_priority_chosen(self, _index: int) -> None:
        self._priority_chosen = True
        self.priority_hint.setText(self.tr("chosen by you"))

    def _on_category_changed(self, _index: int = 0) -> None:
        self.subcategory.clear()
        self.subcategory.addItem("—", None)
        children = self._categories.get(self.category.currentData(), ())
        for child_id, name in children:
            self.subcategory.addItem(name, child_id)
        self.subcategory.setEnabled(bool(children))

    # -- creating --------------------------------------------------------------------------

    def draft(self) -> TicketDraft:
        due_at = None
        if self.due_check.isChecked():
            due_at = datetime.fromtimestamp(self.due.dateTime().toSecsSinceEpoch(), UTC)
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        selected = self.requester.selected()
        return TicketDraft(
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            ticket_type=self.ticket_type.currentData() or "",
            channel=self.channel.currentData() or "",
            requester_id=selected.id if selected is not None else None,
            new_requester=self.requester.draft_person(),
            responsible_id=self.responsible.currentData(),
            priority=self.priority.currentData() if self._priority_chosen else None,
            tags=tags,
            due_at=due_at,
            category_id=self.subcategory.currentData() or self.category.currentData(),
            subject_kind=self.subject_kind.currentData(),
        )

    def submit(self) -> None:
        """Validate and write the ticket on the database worker (Ctrl+Return)."""
        if self._busy or not self.is_loaded:
            return
        self._set_busy(True)
        job = partial(_create, self._service, self.draft())
        self._runner.run(job, when_alive(self, self._on_answer), when_alive(self, self._on_failure))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.create_button.setEnabled(not busy)
        self.create_button.setText(self.tr("Creating…") if busy else self.tr("Create ticket"))

    def _on_answer(self, answer: Created | ValidationError) -> None:
        self._set_busy(False)
        if isinstance(answer, ValidationError):
            self.show_errors(answer)
            return
        self.created = answer
        emit(self.ticketCreated, answer.ticket_id)
        self.accept()

    def _on_failure(self, message: str) -> None:
        self._set_busy(False)
        show_error(self.general_error, self.tr("The ticket was not created: %1").replace(
            "%1", message))  # fmt: skip

    def show_errors(self, error: ValidationError) -> None:
        errors = dict(error.errors)
        existing = error.existing if isinstance(error, PeopleValidationError) else {}
        for key, label in self.errors.items():
            message = errors.pop(key, "")
            if key == "ticket_type" and message and self.ticket_type.currentData() is None:
                text = self.tr("Choose the ticket type.")
            else:
                text = store_message(message) if message else ""
            show_error(label, text)
        self.requester.set_errors(errors, existing)
        others = [store_message(v) for k, v in errors.items()
                  if k != "requester_id" and not k.startswith("requester.")]  # fmt: skip
        show_error(self.general_error, "\n".join(others))
        self._focus_first_error()

    def _focus_first_error(self) -> None:
        widgets: dict[str, QWidget] = {
            "subject": self.subject, "responsible_id": self.responsible,
            "ticket_type": self.ticket_type, "priority": self.priority, "tags": self.tags,
            "due_at": self.due, "body": self.body, "channel": self.channel,
            "subject_kind": self.subject_kind, "category_id": self.category,
            "subcategory_id": self.subcategory,
        }  # fmt: skip
        for key in _TICKET_FIELDS:
            if key == "requester_id":
                target = self.requester.first_error_widget()
                if target is not None:
                    target.setFocus()
                    return
            elif self.errors[key].isVisibleTo(self):
                widgets[key].setFocus()
                return

    def reject(self) -> None:
        if self._busy:
            return  # the ticket is being written: its answer decides how the dialog closes
        super().reject()
