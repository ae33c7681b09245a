"""The inline "new requester" form of the new ticket dialog: full name, organization with
autocomplete (an existing organization is picked, never typed again: the store refuses a
duplicate and the form offers the existing one), position, e-mails and phone.

The person is only written together with the ticket, so cancelling the dialog leaves nothing
behind.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.text import fold
from desk_app.local_store.people_queries import OrganizationMatch
from desk_app.local_store.people_writes import PHONE_REGIONS, Existing, NewPerson, split_emails
from desk_app.services.people import PeopleService
from desk_app.ui.db_worker import DbRunner, LatestOnly, when_alive
from desk_app.ui.field_errors import error_label, show_error
from desk_app.ui.people_models import SEARCH_DELAY_MS, OrganizationModel
from desk_app.ui.qt_compat import emit
from desk_app.ui.store_messages import region_name, store_message


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
            self.region.addItem(f"{region_name(code)} ({prefix})", code)
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
            show_error(label, store_message(message) if message else "")
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
