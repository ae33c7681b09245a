"""The requester field of the new ticket form: search people as you type, or create one inline.

Typing searches name, e-mail, phone and company (accents and case ignored) on the database
worker; ↓ moves into the matches, Enter or a click picks one. "New requester" opens the inline
form: full name, organization with autocomplete (an existing organization is picked, never
typed again: the store refuses a duplicate and the form offers the existing one), position,
e-mails and phone. The person is only written together with the ticket, so cancelling the
dialog leaves nothing behind.

Also here: the small helpers that put a validation message under its field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.text import fold
from desk_app.local_store.people_queries import OrganizationMatch, RequesterMatch
from desk_app.local_store.people_writes import PHONE_REGIONS, Existing, NewPerson, split_emails
from desk_app.services.people import PeopleService
from desk_app.ui.db_worker import DbRunner, LatestOnly
from desk_app.ui.qt_compat import emit

SEARCH_DELAY_MS = 120
_Index = QModelIndex | QPersistentModelIndex
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def describe(match: RequesterMatch) -> str:
    """One line naming a person: "María Pérez · Ferretería del Norte · maria@… · 55 …"."""
    parts = [match.full_name, match.company_name, match.email, match.phone]
    return " · ".join(p for p in parts if p)


class RequesterResultsModel(QAbstractListModel):
    """The people matching the search text, in the order the store ranked them."""

    def __init__(self, parent: QObject | None = None, row_height: int = 22) -> None:
        super().__init__(parent)
        self._rows: list[RequesterMatch] = []
        self._row_height = row_height

    def set_rows(self, rows: list[RequesterMatch]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def match_at(self, row: int) -> RequesterMatch | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        match = self.match_at(index.row()) if index.isValid() else None
        if match is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = describe(match)
            if match.is_key_user:
                text += " — " + self.tr("key user")
            elif match.is_backup_user:
                text += " — " + self.tr("backup user")
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(p for p in (match.full_name, match.position, match.company_name,
                                         match.email, match.phone) if p)  # fmt: skip
        if role == PERSON_ID_ROLE:
            return match.id
        if role == Qt.ItemDataRole.SizeHintRole:
            # Narrower than any view: rows then span the list's width and long ones are
            # elided instead of growing a horizontal scroll bar.
            return QSize(1, self._row_height)
        return None


def when_alive(widget: QObject, callback: Callable[..., None]) -> Callable[..., None]:
    """`callback`, skipped once `widget` has been deleted.

    An answer from the database worker can arrive after the widget that asked for it was
    closed and deleted (a dialog with WA_DeleteOnClose); touching it then would raise.
    """

    def call(*args: Any) -> None:
        if shiboken6.isValid(widget):
            callback(*args)

    return call


# -- validation messages under their fields ------------------------------------------------


def error_label(parent: QWidget, key: str) -> QLabel:
    """An empty, hidden, red label for the validation message of field `key`."""
    label = QLabel(parent)
    label.setObjectName(f"error_{key}")
    label.setProperty("fieldError", True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what people typed
    label.setWordWrap(True)
    label.setStyleSheet("color: #b91c1c;")
    label.hide()
    return label


def show_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _region_name(code: str) -> str:
    names = {
        "MX": QCoreApplication.translate("FieldErrors", "Mexico"),
        "CO": QCoreApplication.translate("FieldErrors", "Colombia"),
        "PE": QCoreApplication.translate("FieldErrors", "Peru"),
    }
    return names.get(code, code)


def error_text(field: str, message: str, existing: Existing | None = None) -> str:
    """The store's English message for `field`, as the user's language says it.

    The store speaks English to logs and the command line; the form translates the messages
    it knows and shows any other one as it came.
    """
    name = field.removeprefix("requester.")
    # fmt: off
    if existing is not None:
        if existing.kind == "company":
            text = QCoreApplication.translate(
                "FieldErrors", "“%1” already exists: choose it instead.")
        elif name == "emails":
            text = QCoreApplication.translate(
                "FieldErrors", "%1 already has the address %2.")
            text = text.replace("%2", message.rsplit(" ", 1)[-1])
        else:
            text = QCoreApplication.translate(
                "FieldErrors", "%1 is already registered in this organization.")
        return text.replace("%1", existing.name)
    if found := re.fullmatch(r"at most (\d+) characters", message):
        return QCoreApplication.translate(
            "FieldErrors", "Too long: at most %1 characters.").replace("%1", found[1])
    if found := re.fullmatch(r"not an e-mail address: (.*)", message):
        return QCoreApplication.translate(
            "FieldErrors", "Not an e-mail address: %1").replace("%1", found[1])
    if found := re.fullmatch(r"not a valid phone number \(region (\w+)\)", message):
        return QCoreApplication.translate(
            "FieldErrors", "Not a valid phone number in %1. Numbers from elsewhere start with +."
        ).replace("%1", _region_name(found[1]))
    # fmt: on
    if message.startswith("unknown value"):
        return QCoreApplication.translate("FieldErrors", "Choose one of the values in the list.")
    known = {
        "a subject is required":
            QCoreApplication.translate("FieldErrors", "Write a subject."),
        "the body is larger than 5 MB":
            QCoreApplication.translate("FieldErrors", "The text is larger than 5 MB."),
        "choose an existing requester or create one":
            QCoreApplication.translate("FieldErrors", "Choose a requester, or create one."),
        "unknown responsible":
            QCoreApplication.translate("FieldErrors", "This advisor is no longer here."),
        "the due date has already passed":
            QCoreApplication.translate("FieldErrors", "The due date has already passed."),
        "a full name is required":
            QCoreApplication.translate("FieldErrors", "Write the person's full name."),
        "an organization name is required":
            QCoreApplication.translate("FieldErrors", "Write the organization's name."),
        "choose an organization or type a new one's name":
            QCoreApplication.translate("FieldErrors", "Choose an organization, or type a new one."),
        "this organization no longer exists":
            QCoreApplication.translate("FieldErrors", "This organization no longer exists."),
        "at most 10 addresses":
            QCoreApplication.translate("FieldErrors", "At most 10 addresses."),
    }  # fmt: skip
    return known.get(message, message)


# -- organizations -------------------------------------------------------------------------

COMPANY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class OrganizationModel(QAbstractListModel):
    """Organizations matching what is typed, for the organization field's completer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OrganizationMatch] = []

    def set_rows(self, rows: list[OrganizationMatch]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def match_at(self, row: int) -> OrganizationMatch | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        match = self.match_at(index.row()) if index.isValid() else None
        if match is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return match.name  # EditRole: the text the completer puts in the field
        if role == Qt.ItemDataRole.ToolTipRole:
            return " · ".join(p for p in (match.name, match.country, match.partner_tier) if p)
        if role == COMPANY_ID_ROLE:
            return match.id
        return None


class NewRequesterForm(QGroupBox):
    """Full name → organization → position → e-mails → phone, each with its message below."""

    # The user chose to use the existing person a duplicate collided with.
    useExistingPerson = Signal(int)
    cancelled = Signal()

    FIELDS = ("full_name", "organization", "position", "emails", "phone")

    def __init__(self, runner: DbRunner, service: PeopleService,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(self.tr("New requester"), parent)
        self.setObjectName("newRequesterForm")
        self._service = service
        self._query = LatestOnly(runner)
        self._company: OrganizationMatch | None = None
        self._offers: dict[str, Existing] = {}

        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("requesterFullName")
        self.full_name.setPlaceholderText(self.tr("First name and surnames"))
        self.organization = QLineEdit(self)
        self.organization.setObjectName("requesterOrganization")
        self.organization.setPlaceholderText(self.tr("Start typing to find it"))
        self.org_model = OrganizationModel(self)
        self.completer = QCompleter(self.org_model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The default overload passes the chosen text; names are unique (Company.name_key).
        self.completer.activated.connect(self._on_org_picked)
        self.organization.setCompleter(self.completer)
        self._org_timer = QTimer(self)
        self._org_timer.setSingleShot(True)
        self._org_timer.setInterval(SEARCH_DELAY_MS)
        self._org_timer.timeout.connect(self._search_orgs)
        self.organization.textEdited.connect(self._on_org_edited)
        self.org_hint = QLabel(self)
        self.org_hint.setObjectName("organizationHint")
        self.org_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.org_hint.setStyleSheet("color: palette(placeholder-text);")
        self.org_hint.hide()
        self.position = QLineEdit(self)
        self.position.setObjectName("requesterPosition")
        self.position.setPlaceholderText(self.tr("e.g. Systems director, coordinator"))
        self.emails = QLineEdit(self)
        self.emails.setObjectName("requesterEmails")
        self.emails.setPlaceholderText(self.tr("Work and personal, separated by commas"))
        self.phone = QLineEdit(self)
        self.phone.setObjectName("requesterPhone")
        self.phone.setPlaceholderText(self.tr("e.g. 55 1234 5678"))
        self.region = QComboBox(self)
        self.region.setObjectName("requesterPhoneRegion")
        for code, prefix in zip(PHONE_REGIONS, ("+52", "+57", "+51"), strict=True):
            self.region.addItem(f"{_region_name(code)} ({prefix})", code)
        self.region.setCurrentIndex(max(0, self.region.findData(service.default_region)))
        self.cancel_button = QPushButton(self.tr("Search again"), self)
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(lambda: emit(self.cancelled))

        self.errors: dict[str, QLabel] = {}
        self.offer_buttons: dict[str, QPushButton] = {}
        phone_row = QHBoxLayout()
        phone_row.addWidget(self.phone, 1)
        phone_row.addWidget(self.region)
        org_row = QVBoxLayout()
        org_row.addWidget(self.organization)
        org_row.addWidget(self.org_hint)
        rows: list[tuple[str, str, Any]] = [
            ("full_name", self.tr("Full name"), self.full_name),
            ("organization", self.tr("Organization"), org_row),
            ("position", self.tr("Position"), self.position),
            ("emails", self.tr("E-mails"), self.emails),
            ("phone", self.tr("Phone"), phone_row),
        ]
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)
        for row, (key, title, field) in enumerate(rows):
            caption = QLabel(title, self)
            caption.setMinimumHeight(self.full_name.sizeHint().height())  # level with the field
            grid.addWidget(caption, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            if isinstance(field, QWidget):
                grid.addWidget(field, row * 2, 1)
            else:
                grid.addLayout(field, row * 2, 1)
            below = QHBoxLayout()
            self.errors[key] = error_label(self, f"requester.{key}")
            below.addWidget(self.errors[key], 1)
            if key in ("full_name", "organization", "emails"):
                offer = QPushButton(self)
                offer.setObjectName(f"useExisting_{key}")
                offer.setAutoDefault(False)
                offer.clicked.connect(partial(self._use_offer, key))
                offer.hide()
                self.offer_buttons[key] = offer
                below.addWidget(offer)
            grid.addLayout(below, row * 2 + 1, 1)
        grid.addWidget(self.cancel_button, len(rows) * 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)

    # -- public ----------------------------------------------------------------------------

    def start(self, text: str = "", phone: str = "") -> None:
        """Clear the form and seed it from the search text: an address, a number or a name."""
        for edit in (self.full_name, self.organization, self.position, self.emails, self.phone):
            edit.clear()
        self._set_company(None)
        self.set_errors({}, {})
        text = " ".join(text.split())
        if "@" in text:
            self.emails.setText(text)
        elif text and sum(ch.isdigit() for ch in text) >= len(text.replace(" ", "")) // 2:
            self.phone.setText(text)
        else:
            self.full_name.setText(text)
        if phone:
            self.phone.setText(phone)

    def draft(self) -> NewPerson:
        company = self._company
        return NewPerson(
            full_name=self.full_name.text(),
            company_id=company.id if company is not None else None,
            organization=self.organization.text(),
            position=self.position.text(),
            emails=split_emails(self.emails.text()),
            phone=self.phone.text(),
            phone_region=str(self.region.currentData()),
        )

    @property
    def company(self) -> OrganizationMatch | None:
        return self._company

    def set_errors(self, errors: dict[str, str], existing: dict[str, Existing]) -> None:
        self._offers = {}
        for key, label in self.errors.items():
            field = f"requester.{key}"
            offer = existing.get(field)
            message = errors.get(field, "")
            show_error(label, error_text(field, message, offer) if message else "")
            if key in self.offer_buttons:
                button = self.offer_buttons[key]
                if offer is not None:
                    self._offers[key] = offer
                    name = offer.name.replace("&", "&&")  # a button's "&" marks a shortcut
                    button.setText(self.tr("Use %1").replace("%1", name))
                button.setVisible(offer is not None)
        if "requester.organization" in errors:
            self._set_hint("")  # the error says it better
        if "requester.organization" in existing:
            # Let the autocomplete offer it too, as if the user had typed it.
            self._search_orgs()

    def first_error_widget(self) -> QWidget | None:
        widgets = {
            "full_name": self.full_name,
            "organization": self.organization,
            "position": self.position,
            "emails": self.emails,
            "phone": self.phone,
        }
        for key in self.FIELDS:
            if self.errors[key].isVisibleTo(self):
                return widgets[key]
        return None

    # -- organization autocomplete ---------------------------------------------------------

    def _on_org_edited(self, _text: str) -> None:
        self._set_company(None)
        show_error(self.errors["organization"], "")  # it was about what was typed before
        self.offer_buttons["organization"].hide()
        self._org_timer.start()

    def _search_orgs(self) -> None:
        self._org_timer.stop()
        text = self.organization.text()
        self._query.request(partial(self._service.organizations, text=text),
                            when_alive(self, partial(self._on_orgs, text)))  # fmt: skip

    def _on_orgs(self, text: str, matches: list[OrganizationMatch]) -> None:
        if text != self.organization.text() or self._company is not None:
            return
        self.org_model.set_rows(matches)
        twin = next((m for m in matches if fold(m.name) == fold(text)), None)
        if self.errors["organization"].isVisibleTo(self):
            self._set_hint("")  # the error below already says what to do
        elif twin is not None:
            self._set_hint(self.tr("“%1” already exists: choose it from the list.")
                                  .replace("%1", twin.name))  # fmt: skip
        elif matches:
            self._set_hint(self.tr("Choose it from the list, or go on typing a new one's name."))
        elif text.strip():
            self._set_hint(self.tr("New organization: it is created with the ticket."))
        else:
            self._set_hint("")
        if matches and self.organization.hasFocus():
            self.completer.complete()

    def _set_hint(self, text: str) -> None:
        self.org_hint.setText(text)
        self.org_hint.setVisible(bool(text))  # no empty line under the field

    def _on_org_picked(self, name: str) -> None:
        rows = [self.org_model.match_at(r) for r in range(self.org_model.rowCount())]
        self._set_company(next((m for m in rows if m is not None and m.name == name), None))

    def _set_company(self, match: OrganizationMatch | None) -> None:
        self._company = match
        if match is None:
            self._set_hint("")
            return
        if self.organization.text() != match.name:
            self.organization.setText(match.name)
        details = [self.tr("Existing organization")]
        details += [p for p in (match.country, match.partner_tier) if p]
        self._set_hint(" · ".join(details))
        if match.country in PHONE_REGIONS:
            self.region.setCurrentIndex(self.region.findData(match.country))
        show_error(self.errors["organization"], "")
        self.offer_buttons["organization"].hide()

    def _use_offer(self, key: str) -> None:
        offer = self._offers.get(key)
        if offer is None:
            return
        if offer.kind == "company":
            # The autocomplete was asked for it with the error: it knows the country too.
            rows = [self.org_model.match_at(r) for r in range(self.org_model.rowCount())]
            found = next((m for m in rows if m is not None and m.id == offer.id), None)
            self._set_company(found or OrganizationMatch(offer.id, offer.name, None, None))
            self.position.setFocus()
        else:
            emit(self.useExistingPerson, offer.id)


# -- the picker ----------------------------------------------------------------------------


class RequesterPicker(QWidget):
    # The chosen requester (RequesterMatch), or None while searching or creating one.
    requesterChanged = Signal(object)

    def __init__(self, runner: DbRunner, service: PeopleService,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._runner = runner
        self._service = service
        self._query = LatestOnly(runner)
        self._selected: RequesterMatch | None = None
        self._searched_text: str | None = None
        self._pick_when_answered = False

        self.search = QLineEdit(self)
        self.search.setObjectName("requesterSearch")
        self.search.setPlaceholderText(self.tr("Search by name, e-mail, phone or company"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._run_search)
        self.search.textEdited.connect(lambda _t: self._timer.start())

        self.new_action = QAction(self.tr("New requester"), self)
        self.new_action.setObjectName("newRequesterAction")
        self.new_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.setProperty("shortcutGroup", self.tr("New ticket"))
        self.new_action.triggered.connect(lambda: self.start_new(self.search.text()))
        self.addAction(self.new_action)
        self.new_button = QPushButton(self.tr("New requester…"), self)
        self.new_button.setObjectName("newRequesterButton")
        self.new_button.setToolTip(self.tr("Ctrl+Shift+N"))
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_action.trigger)

        self._row_height = self.fontMetrics().height() + 8
        self.model = RequesterResultsModel(self, self._row_height)
        self.results = QListView(self)
        self.results.setObjectName("requesterResults")
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(True)
        # Reached with ↓ from the search box, not with Tab: Tab goes on to the next field.
        self.results.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.clicked.connect(self._pick_index)
        self.results.activated.connect(self._pick_index)
        self.results.installEventFilter(self)
        self.results.hide()
        self.no_match = QLabel(self)
        self.no_match.setObjectName("requesterNoMatch")
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the search text
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        self.chip = QFrame(self)
        self.chip.setObjectName("requesterChip")
        self.chip.setFrameShape(QFrame.Shape.StyledPanel)
        self.chip_label = QLabel(self.chip)
        self.chip_label.setObjectName("requesterChosen")
        self.chip_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chip_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change"), self.chip)
        self.change_button.setAutoDefault(False)
        self.change_button.clicked.connect(self.clear)
        chip_layout = QHBoxLayout(self.chip)
        chip_layout.setContentsMargins(8, 4, 4, 4)
        chip_layout.addWidget(self.chip_label, 1)
        chip_layout.addWidget(self.change_button)
        self.chip.hide()

        self.form = NewRequesterForm(runner, service, self)
        self.form.useExistingPerson.connect(self.load_requester)
        self.form.cancelled.connect(self._cancel_new)
        self.form.hide()
        self.error = error_label(self, "requester_id")

        search_row = QHBoxLayout()
        search_row.setContentsMargins(0, 0, 0, 0)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(search_row)
        layout.addWidget(self.results)
        layout.addWidget(self.no_match)
        layout.addWidget(self.chip)
        layout.addWidget(self.form)
        layout.addWidget(self.error)

    # -- state -----------------------------------------------------------------------------

    def selected(self) -> RequesterMatch | None:
        return self._selected

    def is_creating(self) -> bool:
        return not self.form.isHidden()

    def draft_person(self) -> NewPerson | None:
        return self.form.draft() if self.is_creating() else None

    @property
    def search_settled(self) -> bool:
        """The matches on screen are those of the text in the search box."""
        return not self._timer.isActive() and not self._query.busy and (
            self._searched_text == self.search.text())  # fmt: skip

    def set_requester(self, match: RequesterMatch | None) -> None:
        self._selected = match
        self.form.hide()
        self.results.hide()
        self.no_match.hide()
        show_error(self.error, "")
        if match is None:
            self.chip.hide()
            self.search.show()
            self.new_button.show()
        else:
            self.chip_label.setText(describe(match))
            self.chip.show()
            self.search.hide()
            self.new_button.hide()
        emit(self.requesterChanged, match)

    def clear(self) -> None:
        """Back to searching (the search text is kept, so the matches come back)."""
        self.set_requester(None)
        self.search.setFocus()
        if self.search.text():
            self._run_search()

    def load_requester(self, person_id: int) -> None:
        """Pick a person by id (a prefilled caller, or the existing twin of a duplicate)."""
        self._runner.run(partial(self._service.requester, person_id=person_id),
                         when_alive(self, self._on_loaded))  # fmt: skip

    def start_new(self, text: str = "", phone: str = "") -> None:
        """Open the inline form, seeded from what was typed into the search box."""
        if self.is_creating():
            self.form.full_name.setFocus()
            return
        self.set_requester(None)
        self.results.hide()
        self.no_match.hide()
        self.search.hide()
        self.new_button.hide()
        self.form.start(text, phone)
        self.form.show()
        self.form.full_name.setFocus()

    def set_errors(self, errors: dict[str, str], existing: dict[str, Existing]) -> None:
        message = errors.get("requester_id", "")
        show_error(self.error, error_text("requester_id", message) if message else "")
        self.form.set_errors(errors, existing)

    def first_error_widget(self) -> QWidget | None:
        if self.is_creating():
            return self.form.first_error_widget()
        return self.search if self.error.isVisibleTo(self) else None

    # -- searching -------------------------------------------------------------------------

    def _run_search(self) -> None:
        self._timer.stop()
        text = self.search.text()
        if not text.strip():
            self._searched_text = text
            self.model.set_rows([])
            self.results.hide()
            self.no_match.hide()
            return
        self._query.request(partial(self._service.search_requesters, text=text),
                            when_alive(self, partial(self._on_matches, text)))  # fmt: skip

    def _on_matches(self, text: str, matches: list[RequesterMatch]) -> None:
        self._searched_text = text
        pick, self._pick_when_answered = self._pick_when_answered, False
        if self._selected is not None or self.is_creating():
            return
        if pick and matches and text == self.search.text():
            self.set_requester(matches[0])
            return
        self.model.set_rows(matches)
        # Six matches at most on screen: the fields below must stay in view.
        frame = 2 * self.results.frameWidth()
        self.results.setFixedHeight(min(len(matches), 6) * self._row_height + frame)
        self.results.setVisible(bool(matches))
        if matches:
            self.results.setCurrentIndex(self.model.index(0))
            self.no_match.hide()
        else:
            self.no_match.setText(
                self.tr("Nobody matches “%1”. Create a new requester with Ctrl+Shift+N.").replace(
                    "%1", text.strip()
                )
            )
            self.no_match.show()

    def _pick_index(self, index: QModelIndex) -> None:
        match = self.model.match_at(index.row())
        if match is not None:
            self.set_requester(match)

    def _on_loaded(self, match: RequesterMatch | None) -> None:
        if match is not None:
            self.set_requester(match)

    def _cancel_new(self) -> None:
        self.form.hide()
        self.set_requester(None)
        self.search.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search:
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                if not self.search_settled:
                    # Enter before the answer came: pick the best match once it is in.
                    self._pick_when_answered = True
                    self._run_search()
                    return True
                current = self.results.currentIndex()
                if self.results.isVisible() and current.isValid():
                    self._pick_index(current)
                return True  # never the dialog's default button
        elif (watched is self.results and key == Qt.Key.Key_Up
              and self.results.currentIndex().row() <= 0):  # fmt: skip
            self.search.setFocus()
            return True
        return super().eventFilter(watched, event)
