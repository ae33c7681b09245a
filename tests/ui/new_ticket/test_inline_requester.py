"""A requester created inside the new ticket dialog: duplicates refused next to the field,
with the existing record offered instead; written with the ticket or not at all."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desk_app.local_store.models import Company, OutboxOp, Person, Ticket
from desk_app.local_store.people_queries import OrganizationMatch, RequesterMatch
from desk_app.ui.people_models import OrganizationModel, RequesterResultsModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def _start_ticket(qtbot, dialog, search: str) -> None:
    """Subject, a search that finds nobody, then Ctrl+Shift+N: the inline form."""
    qtbot.keyClicks(dialog.subject, "Alta de usuarios")
    dialog.requester.search.setFocus()
    qtbot.keyClicks(dialog.requester.search, search)
    qtbot.waitUntil(lambda: dialog.requester.search_settled)
    assert dialog.requester.no_match.isVisible()
    qtbot.keyClick(dialog.requester.search, Qt.Key.Key_N, CTRL_SHIFT)
    assert dialog.requester.is_creating()
    assert QApplication.focusWidget() is dialog.requester.form.full_name


def _fill_rest(qtbot, dialog) -> None:
    dialog.ticket_type.setFocus()
    qtbot.keyClick(dialog.ticket_type, Qt.Key.Key_Down)  # Task
    dialog.body.setFocus()
    qtbot.keyClicks(dialog.body, "Dar de alta a tres maestros.")


def _create(qtbot, dialog) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog._busy)


def test_a_duplicate_organization_is_refused_next_to_the_field(qtbot, make_dialog, desk,
                                                               store_counts):  # fmt: skip
    dialog = make_dialog()
    form = dialog.requester.form
    _start_ticket(qtbot, dialog, "Luz Diaz")
    assert form.full_name.text() == "Luz Diaz"  # seeded from the search
    form.organization.setFocus()
    qtbot.keyClicks(form.organization, "FERRETERIA  del norte")
    # The autocomplete finds it while typing, accents and case aside, and says so.
    qtbot.waitUntil(lambda: form.org_model.rowCount() == 1)
    assert form.org_model.data(form.org_model.index(0)) == "Ferretería del Norte"
    assert form.org_hint.text() == "“Ferretería del Norte” already exists: choose it from the list."
    assert form.completer.popup().isVisible()
    form.completer.popup().hide()  # the user does not pick it
    _fill_rest(qtbot, dialog)
    before = store_counts()

    _create(qtbot, dialog)
    error = form.errors["organization"]
    assert error.isVisible()
    assert error.text() == "“Ferretería del Norte” already exists: choose it instead."
    offer = form.offer_buttons["organization"]
    assert offer.isVisible() and offer.text() == "Use Ferretería del Norte"
    assert QApplication.focusWidget() is form.organization
    assert not dialog.errors["subject"].isVisible()
    assert store_counts() == before  # nothing written: no person, company, ticket or op

    qtbot.waitUntil(lambda: form.org_model.rowCount() == 1)  # the autocomplete offers it too
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert form.company.id == desk.ids["norte"]
    assert form.organization.text() == "Ferretería del Norte"
    assert form.org_hint.text() == "Existing organization · MX"
    assert not error.isVisible()
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000) as created:
        _create(qtbot, dialog)
    with desk.store.session() as s:
        ticket = s.get(Ticket, created.args[0])
        person = s.get(Person, ticket.requester_id)
        entities = [op.entity for op in s.scalars(select(OutboxOp).order_by(OutboxOp.id))]
        companies = s.scalars(select(Company.name).order_by(Company.id)).all()
    assert (person.full_name, person.company_id) == ("Luz Diaz", desk.ids["norte"])
    assert entities == ["person", "ticket"]
    assert companies == ["Ferretería del Norte", "Grupo Sur Contable"]


def test_a_new_organization_and_person_are_written_with_the_ticket(qtbot, make_dialog, desk):
    dialog = make_dialog()
    form = dialog.requester.form
    _start_ticket(qtbot, dialog, "luz@altos.edu.mx")
    assert form.emails.text() == "luz@altos.edu.mx"  # an address goes where it belongs
    qtbot.keyClicks(form.full_name, "Luz Diaz")
    qtbot.keyClick(form.full_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.organization, "Colegio Altos")
    qtbot.waitUntil(lambda: form.org_hint.text() != "")
    assert form.org_hint.text() == "New organization: it is created with the ticket."
    form.position.setFocus()
    qtbot.keyClicks(form.position, "Directora")
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "33 3616 1234")
    _fill_rest(qtbot, dialog)
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000) as created:
        _create(qtbot, dialog)
    with desk.store.session() as s:
        person = s.get(Person, s.get(Ticket, created.args[0]).requester_id)
        company = s.get(Company, person.company_id)
        entities = [op.entity for op in s.scalars(select(OutboxOp).order_by(OutboxOp.id))]
    assert (person.full_name, person.position, person.emails, person.phone_e164) == (
        "Luz Diaz",
        "Directora",
        ["luz@altos.edu.mx"],
        "+523336161234",
    )
    assert (company.name, company.country) == ("Colegio Altos", "MX")
    assert entities == ["company", "person", "ticket"]
    assert dialog.created.new_requester


def test_bad_email_and_phone_are_shown_under_their_fields(qtbot, make_dialog, store_counts):
    dialog = make_dialog()
    form = dialog.requester.form
    _start_ticket(qtbot, dialog, "Luz Diaz")
    form.organization.setFocus()
    qtbot.keyClicks(form.organization, "Colegio Altos")
    form.emails.setFocus()
    qtbot.keyClicks(form.emails, "luz@altos.edu.mx, luz@")
    form.phone.setFocus()
    qtbot.keyClicks(form.phone, "912 345 678")  # a Peruvian mobile, typed as if Mexican
    _fill_rest(qtbot, dialog)
    before = store_counts()
    _create(qtbot, dialog)
    assert form.errors["emails"].text() == "Not an e-mail address: luz@"
    assert form.errors["phone"].text() == (
        "Not a valid phone number in Mexico. Numbers from elsewhere start with +."
    )
    assert not form.errors["full_name"].isVisible()
    assert QApplication.focusWidget() is form.emails
    assert store_counts() == before

    # With the right country it is a valid number.
    form.region.setCurrentIndex(form.region.findData("PE"))
    form.emails.setText("luz@altos.edu.mx")
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        _create(qtbot, dialog)
    assert store_counts()["people"] == before["people"] + 1


def test_a_duplicate_person_offers_the_existing_one(qtbot, make_dialog, desk, store_counts):
    dialog = make_dialog()
    form = dialog.requester.form
    _start_ticket(qtbot, dialog, "Maria Perez Gomez de la Cruz")
    form.full_name.setText("maria  perez GOMEZ")
    form.organization.setFocus()
    qtbot.keyClicks(form.organization, "Ferreter")
    qtbot.waitUntil(lambda: form.org_model.rowCount() == 1)
    # Picked from the autocomplete: the existing organization, not a new one.
    form.completer.activated.emit("Ferretería del Norte")
    assert form.company.id == desk.ids["norte"]
    _fill_rest(qtbot, dialog)
    before = store_counts()
    _create(qtbot, dialog)
    assert form.errors["full_name"].text() == (
        "María Pérez Gómez is already registered in this organization."
    )
    offer = form.offer_buttons["full_name"]
    assert offer.text() == "Use María Pérez Gómez"
    assert store_counts() == before
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.requester.selected() is not None)
    assert dialog.requester.selected().id == desk.ids["maria"]
    assert not dialog.requester.is_creating()
    with qtbot.waitSignal(dialog.ticketCreated, timeout=10_000):
        _create(qtbot, dialog)
    assert store_counts()["people"] == before["people"]


def test_search_again_leaves_the_form(qtbot, make_dialog):
    dialog = make_dialog()
    _start_ticket(qtbot, dialog, "zz")
    qtbot.mouseClick(dialog.requester.form.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.requester.is_creating()
    assert dialog.requester.search.isVisible()
    assert dialog.draft().new_requester is None


def _match(person_id: int, name: str, key: bool = False) -> RequesterMatch:
    return RequesterMatch(person_id, name, 1, "Ferretería del Norte", "Compras",
                          f"{person_id}@x.mx", None, key, False)  # fmt: skip


def test_the_list_models_pass_the_model_tester(qtmodeltester):
    people = RequesterResultsModel()
    people.set_rows([_match(1, "María Pérez", key=True), _match(2, "Mario Ruiz")])
    qtmodeltester.check(people)
    assert people.data(people.index(0)) == (
        "María Pérez · Ferretería del Norte · 1@x.mx — key user"
    )
    people.set_rows([])
    qtmodeltester.check(people)
    organizations = OrganizationModel()
    organizations.set_rows([OrganizationMatch(1, "Ferretería del Norte", "MX", "diamond")])
    qtmodeltester.check(organizations)
    assert organizations.data(organizations.index(0), Qt.ItemDataRole.EditRole) == (
        "Ferretería del Norte"
    )


def test_an_answer_for_a_deleted_dialog_is_dropped(qtbot, make_dialog, runner):
    dialog = make_dialog()
    picker = dialog.requester
    picker.search.setText("maria")
    picker._run_search()  # the search is on the worker now
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(picker))
    qtbot.waitUntil(lambda: runner.pending_count == 0)  # the answer came, and nothing broke
