"""The hours screen on the real desk with the hand-computed contracts and time of
tests/hours_data.py (March 2025): the contract periods and their states, the tickets with their
time, billing, charges and amounts, the totals; the company combo, the period bar, the export
signals, double-click to a ticket, and what an advisor may see."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor

from desk_app.domain.periods import month_period
from desk_app.local_store.models import TimeEntry
from desk_app.services.hours import HoursService
from desk_app.ui.db_worker import DbRunner
from desk_app.ui.hours_models import TICKET_ID_ROLE, ContractColumn, TicketColumn
from desk_app.ui.hours_view import HoursView
from desk_app.ui.kpi_format import Light, tone_of
from tests.hours_data import fill_hours, local

# The offscreen platform cannot size or raise windows.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

APRIL_2 = datetime(2025, 4, 2, 16, 0, tzinfo=UTC)  # the view opens on April
MARCH = month_period(2025, 3)


@pytest.fixture
def runner(desk) -> Iterator[DbRunner]:
    made = DbRunner(desk.store)
    yield made
    made.shutdown()


@pytest.fixture
def make_view(qtbot, desk, runner) -> Callable[..., HoursView]:
    def make(username: str = "ana", *, show: bool = True) -> HoursView:
        clock = lambda: APRIL_2  # noqa: E731
        view = HoursView(runner, HoursService(desk.store, desk.viewer(username), clock), clock)
        qtbot.addWidget(view)
        view.resize(1280, 760)
        if show:
            view.show()
            qtbot.waitExposed(view)
        wait_loaded(qtbot, view)
        return view

    return make


def day(year: int, month: int, dom: int) -> str:
    return QLocale().toString(QDate(year, month, dom), QLocale.FormatType.ShortFormat)


def wait_loaded(qtbot, view: HoursView) -> None:
    done: list[bool] = []
    view.call_when_loaded(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def cells(view: HoursView, model_name: str) -> list[list[str]]:
    model = getattr(view, model_name)
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def go_to_march(qtbot, view: HoursView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.previous_button.click()
    assert view.period() == MARCH


def test_march_contracts_tickets_and_totals_by_hand(make_view, desk, qtbot,
                                                   qtmodeltester) -> None:  # fmt: skip
    fill_hours(desk)
    view = make_view()
    assert view.period() == month_period(2025, 4) and view.period_label.text() == "April 2025"
    go_to_march(qtbot, view)
    assert view.report().company is None  # "All companies": for Ana, just her network's
    assert [view.company.itemText(i) for i in range(view.company.count())] == [
        "All companies", "Ferretería del Norte"]  # fmt: skip

    contracts = cells(view, "contracts_model")
    c = ContractColumn
    assert [(r[c.CONTRACT], r[c.BOUGHT], r[c.USED], r[c.REMAINING], r[c.OVER], r[c.STATE],
             r[c.RENEWAL]) for r in contracts] == [
        ("Bolsa enero", "3:00 h", "3:00 h", "0:00 h", "0:15 h", "Exhausted",
         f"Renewed by Bolsa marzo (from {day(2025, 3, 15)})"),
        ("Bolsa marzo", "2:00 h", "1:40 h", "0:20 h", "", "Low",
         f"Renews Bolsa enero (ended {day(2025, 3, 14)})"),
    ]  # fmt: skip
    state = view.contracts_model.index(0, c.STATE)
    assert state.data(Qt.ItemDataRole.BackgroundRole) == tone_of(Light.RED).fill

    t = TicketColumn
    tickets = {r[t.TICKET]: r for r in cells(view, "tickets_model")}
    invoice = tickets[f"#{desk.ids['invoice']}"]
    assert (invoice[t.SUBJECT], invoice[t.BILLING], invoice[t.L1], invoice[t.L2], invoice[t.L3],
            invoice[t.QUALITY], invoice[t.TOTAL], invoice[t.CHARGED], invoice[t.AMOUNT]) == (
        "Error de facturación en CFDI", "Consumption", "0:20 h", "0:45 h", "1:00 h", "",
        "2:05 h", "Contract + Flat rate", "333.33")  # fmt: skip
    closing = tickets[f"#{desk.ids['closing']}"]
    assert (closing[t.BILLING], closing[t.CHARGED], closing[t.AMOUNT]) == (
        "Undecided", "Contract", "60.00")  # fmt: skip
    printer = tickets[f"#{desk.ids['printer']}"]
    assert (printer[t.BILLING], printer[t.CHARGED], printer[t.AMOUNT]) == (
        "Warranty", "Warranty", "0.00")  # fmt: skip
    row = list(tickets).index(f"#{desk.ids['closing']}")
    undecided = view.tickets_model.index(row, t.BILLING)
    assert undecided.data(Qt.ItemDataRole.BackgroundRole) == tone_of(Light.AMBER).fill
    assert view.totals.text() == (
        "Total 4:05 h: contract 2:20 h (243.33) · flat rate 0:15 h (150.00) · warranty 1:30 h · "
        "undecided 0:30 h · amount 393.33")  # fmt: skip
    assert view.status.text() == "Flat rate 600.00 an hour"
    qtmodeltester.check(view.contracts_model)
    qtmodeltester.check(view.tickets_model)


def test_the_company_combo_and_what_the_admin_sees(make_view, desk, qtbot) -> None:
    fill_hours(desk)
    view = make_view("admin")
    view.set_period(MARCH)
    wait_loaded(qtbot, view)
    assert [c.name for c in view.report().companies] == ["Ferretería del Norte",
                                                         "Grupo Sur Contable"]  # fmt: skip
    assert not view.tickets.isColumnHidden(TicketColumn.COMPANY)
    assert view.totals.text().endswith("amount 693.33")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.company.setCurrentIndex(view.company.findText("Grupo Sur Contable"))
    assert view.company_id() == desk.ids["sur"]
    assert view.contracts_model.rowCount() == 0
    assert [r[TicketColumn.CHARGED] for r in cells(view, "tickets_model")] == ["Flat rate"]
    assert view.tickets.isColumnHidden(TicketColumn.COMPANY)
    assert view.totals.text().endswith("amount 300.00")
    with pytest.raises(ValueError, match="not among"):
        make_view("ana").set_company(desk.ids["sur"])


def test_logging_time_and_refresh_shows_the_new_balance(make_view, desk, qtbot) -> None:
    fill_hours(desk)
    view = make_view()
    assert [r[ContractColumn.STATE] for r in cells(view, "contracts_model")] == ["Low", "OK"]
    with desk.store.transaction() as s:  # 20 more minutes on 2 April: Bolsa marzo runs out
        s.add(TimeEntry(ticket_id=desk.ids["invoice"], user_id=desk.ids["ana"], kind="L2",
                        minutes=20, started_at=local(2025, 4, 2, 9),
                        created_at=local(2025, 4, 2, 9)))  # fmt: skip
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    first = cells(view, "contracts_model")[0]
    assert (first[ContractColumn.REMAINING], first[ContractColumn.STATE]) == (
        "0:00 h", "Exhausted")  # fmt: skip


def test_double_click_opens_a_ticket_and_export_asks_for_a_format(make_view, desk, qtbot) -> None:
    fill_hours(desk)
    view = make_view()
    go_to_march(qtbot, view)
    model = view.tickets_model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(TICKET_ID_ROLE) == desk.ids["invoice"])  # fmt: skip
    rect = view.tickets.visualRect(model.index(row, TicketColumn.SUBJECT))
    # The view acts on a double-click only over the index the first press went to.
    qtbot.mouseClick(view.tickets.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.ticketActivated) as blocker:
        qtbot.mouseDClick(view.tickets.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())  # fmt: skip
    assert blocker.args == [desk.ids["invoice"]]
    for fmt in ("csv", "pdf"):
        with qtbot.waitSignal(view.exportRequested) as blocker:
            view.export_buttons[fmt].click()
        assert blocker.args == [fmt]


def test_an_empty_month_and_no_flat_rate(make_view, desk, qtbot) -> None:
    fill_hours(desk, flat_rate=None)
    view = make_view()
    go_to_march(qtbot, view)
    assert view.status.text().startswith("No flat rate is set")
    assert view.totals.text().endswith("amount —")
    view.set_period(month_period(2025, 6))
    wait_loaded(qtbot, view)
    assert (view.contracts_model.rowCount(), view.tickets_model.rowCount()) == (0, 0)
    assert view.status.text().startswith("No time logged in this period.")


def test_the_screen_as_rendered(make_view, desk, qtbot, tmp_path) -> None:
    """Rendered to a PNG (kept in HOURS_SHOTS when set, to look at): drawn, not blank."""
    fill_hours(desk)
    view = make_view()
    go_to_march(qtbot, view)
    image = view.grab().toImage()
    folder = Path(os.environ.get("HOURS_SHOTS") or tmp_path)
    assert image.save(str(folder / "hours_view.png"))
    colours = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 7)
               for y in range(0, image.height(), 7)}  # fmt: skip
    assert len(colours) > 5
