"""Customer 360: the person, the company and its key users, the hour balance, the tickets
the viewer may see (a click opens one) and recent calls."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

# A top-level panel whose layout grows: the offscreen platform cannot resize windows to fit.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _show(qtbot, panel, **target):
    with qtbot.waitSignal(panel.loaded, timeout=10_000) as shown:
        if "person" in target:
            panel.show_person(target["person"])
        else:
            panel.show_for_ticket(target["ticket"])
    return shown.args[0]


def _subjects(tree) -> list[str]:
    return [tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())]


def test_the_panel_shows_person_company_balance_tickets_and_calls(qtbot, make_panel, desk):
    panel = make_panel()
    assert _show(qtbot, panel, person=desk.ids["maria"]) == desk.ids["maria"]
    assert panel.name.text() == "María Pérez Gómez"
    assert panel.role_badge.text() == "Key user"
    assert panel.person_details.text() == "maria@ferrenorte.mx\n55 1234 5678"
    assert panel.company_name.text() == "Ferretería del Norte"
    assert panel.company_details.text() == "Mexico"
    key_user = "Key user: María Pérez Gómez · 55 1234 5678 · maria@ferrenorte.mx"
    assert panel.key_user.text() == key_user
    assert panel.backup_user.text() == "Backup user: Pedro Sánchez · 55 2222 3333"

    # March: 60 + 30 minutes of the 10 hours; February's 45 minutes are another period.
    [name] = panel.hours_box.findChildren(type(panel.name), "contractName")
    [balance] = panel.hours_box.findChildren(type(panel.name), "contractBalance")
    [terms] = panel.hours_box.findChildren(type(panel.name), "contractTerms")
    [contract] = panel.shown.contracts
    assert (contract.period_start, contract.period_end) == (date(2025, 3, 1), date(2025, 3, 31))
    assert contract.used_minutes == 90
    assert name.text().startswith("Bolsa mensual de horas · ")
    assert balance.text() == "1 h 30 min of 10 h used · 8 h 30 min left"
    assert terms.text().startswith("Terms of attention accepted on ")

    assert panel.tabs.tabText(0) == "Open tickets (2)"
    assert _subjects(panel.open_tickets) == [
        "Error de facturación en CFDI",
        "La impresora de tickets no imprime",
    ]
    assert panel.tabs.tabText(1) == "Past tickets (1)"
    assert _subjects(panel.past_tickets) == ["Cierre mensual de contabilidad"]
    assert panel.open_tickets.topLevelItem(0).text(2) == "In progress"

    assert panel.tabs.tabText(2) == "Recent calls (3)"
    calls = panel.calls
    rows = [[calls.topLevelItem(r).text(c) for c in (1, 2, 3, 4, 5)]
            for r in range(calls.topLevelItemCount())]  # fmt: skip
    assert rows == [
        ["María Pérez Gómez", "55 1234 5678", "Ticket created", "3:05", "Ana López"],
        ["María Pérez Gómez", "55 1234 5678", "Missed", "—", "Ana López"],
        ["María Pérez Gómez", "55 1234 5678", "Resolved", "1:02", "Ana López"],
    ]


def test_a_click_or_enter_on_a_ticket_asks_to_open_it(qtbot, make_panel, desk):
    panel = make_panel()
    _show(qtbot, panel, person=desk.ids["maria"])
    tree = panel.open_tickets
    item = tree.topLevelItem(1)
    with qtbot.waitSignal(panel.ticketActivated) as opened:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton,
                         pos=tree.visualItemRect(item).center())  # fmt: skip
    assert opened.args == [desk.ids["printer"]]

    panel.tabs.setCurrentIndex(1)
    past = panel.past_tickets
    past.setFocus()
    past.setCurrentItem(past.topLevelItem(0))
    with qtbot.waitSignal(panel.ticketActivated) as opened:
        qtbot.keyClick(past, Qt.Key.Key_Return)
    assert opened.args == [desk.ids["closing"]]
    actions = [a for a in panel.findChildren(QAction) if a.text() == "Open the customer's ticket"]
    assert actions and actions[0].property("shortcutGroup") == "Customer 360"


def test_only_tickets_the_viewer_may_see_are_listed(qtbot, make_panel, desk):
    ana = make_panel("ana")
    _show(qtbot, ana, person=desk.ids["jorge"])
    assert ana.name.text() == "Jorge Ruiz"
    assert ana.company_name.text() == "Grupo Sur Contable"
    assert ana.tabs.tabText(0) == "Open tickets (0)"  # Beto's ticket, outside Ana's network
    assert ana.open_tickets.topLevelItemCount() == 0
    beto = make_panel("beto")
    _show(qtbot, beto, person=desk.ids["jorge"])
    assert _subjects(beto.open_tickets) == ["Acceso bloqueado al portal"]


def test_from_a_ticket_to_its_customer(qtbot, make_panel, desk):
    panel = make_panel()
    assert _show(qtbot, panel, ticket=desk.ids["invoice"]) == desk.ids["maria"]
    assert panel.name.text() == "María Pérez Gómez"
    assert _show(qtbot, panel, ticket=desk.ids["hidden"]) is None
    assert panel.shown is None
    assert panel.placeholder.text() == "This ticket is not visible to you."
    assert panel.placeholder.isVisible()
    panel.show_person(None)
    assert panel.placeholder.isVisible()


def test_without_a_contract_the_panel_says_how_work_is_billed(qtbot, make_panel, desk):
    panel = make_panel()
    _show(qtbot, panel, person=desk.ids["jorge"])
    [empty] = panel.hours_box.findChildren(type(panel.name), "noContract")
    assert empty.text() == "No contract active today: work is billed at the flat hourly rate."
    assert not panel.role_badge.isVisible()
    assert panel.key_user.text() == "Key user: not designated"
