"""The call history page: filters, missed calls highlighted, callbacks marked, the CSV export."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QDate, Qt

from desk_app.ui.badges import Tone
from desk_app.ui.call_history import CallHistoryView
from desk_app.ui.call_history_model import (
    CALL_ID_ROLE,
    CALLBACK_ROLE,
    MISSED_ROLE,
    TICKETS_ROLE,
    Column,
)
from desk_app.ui.formatting import to_qdatetime
from desk_app.ui.qt_compat import emit

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def make_view(qtbot, runner, make_calls, fixed_clock):
    def make(username: str = "ana") -> CallHistoryView:
        view = CallHistoryView(runner, make_calls(username), fixed_clock)
        qtbot.addWidget(view)
        _loaded(qtbot, view)
        return view

    return make


def _loaded(qtbot, view: CallHistoryView) -> None:
    done: list[bool] = []
    view.call_when_loaded(lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)


def _ids(view: CallHistoryView) -> list[int]:
    model = view.model
    return [model.index(row, 0).data(CALL_ID_ROLE) for row in range(model.rowCount())]


def _choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_week_of_visible_calls_newest_first(make_view, call_data, desk):
    view = make_view()
    assert _ids(view) == [call_data["today"], call_data["missed"], call_data["callback"]]
    assert view.status.text() == "3 call(s)"
    row = [view.model.index(0, column).data() for column in Column]
    assert row[Column.DIRECTION] == "↘ In"
    assert row[Column.NUMBER] == "55 1234 5678"
    assert row[Column.CONTACT] == "María Pérez Gómez / Ferretería del Norte"
    assert row[Column.ADVISOR] == "Ana López"
    assert row[Column.RING : Column.WRAP_UP + 1] == ["0:12", "3:05", "0:20", "0:40"]
    assert row[Column.OUTCOME] == "Ticket created"
    assert row[Column.TICKETS] == f"#{desk.ids['invoice']}"
    assert row[Column.SURVEY] == "CSAT 5 · NPS 9"
    missed = [view.model.index(1, column).data() for column in Column]
    assert missed[Column.CONTACT] == "Desconocido"
    assert missed[Column.RING : Column.WRAP_UP + 1] == ["0:40", "—", "—", "—"]


def test_filters_narrow_the_rows(qtbot, make_view, call_data, fixed_clock):
    view = make_view()
    _choose(view.outcome, "__missed__")
    _loaded(qtbot, view)
    assert _ids(view) == [call_data["missed"]]

    _choose(view.outcome, "callback")
    _loaded(qtbot, view)
    assert _ids(view) == [call_data["callback"]]

    _choose(view.outcome, None)
    qtbot.keyClicks(view.number, "98-76")  # separators are ignored, the digits searched
    _loaded(qtbot, view)
    assert view.filters().number == "9876"
    assert _ids(view) == [call_data["missed"]]

    view.number.clear()
    today = to_qdatetime(fixed_clock()).date()
    view.from_date.setDate(today.addDays(-20))
    view.to_date.setDate(today.addDays(-5))
    _loaded(qtbot, view)
    assert _ids(view) == [call_data["old"]]


def test_a_range_never_ends_before_it_starts(make_view):
    view = make_view()
    view.from_date.setDate(view.to_date.date().addDays(3))
    assert view.to_date.date() == view.from_date.date()


def test_the_missed_call_is_highlighted_and_the_callback_marked(make_view, call_data):
    view = make_view()
    model = view.model
    rows = {model.index(r, 0).data(CALL_ID_ROLE): r for r in range(model.rowCount())}
    missed = model.index(rows[call_data["missed"]], Column.NUMBER)
    assert missed.data(MISSED_ROLE) is True
    assert missed.data(Qt.ItemDataRole.BackgroundRole) == Tone.BAD.fill
    assert missed.data(Qt.ItemDataRole.ForegroundRole) == Tone.BAD.text
    assert missed.data(Qt.ItemDataRole.FontRole).bold()
    answered = model.index(rows[call_data["today"]], Column.NUMBER)
    assert answered.data(MISSED_ROLE) is False
    assert answered.data(Qt.ItemDataRole.BackgroundRole) is None
    assert answered.data(Qt.ItemDataRole.FontRole) is None
    callback = model.index(rows[call_data["callback"]], Column.OUTCOME)
    assert callback.data(CALLBACK_ROLE) is True
    assert callback.data() == "Callback scheduled"
    assert callback.data(Qt.ItemDataRole.BackgroundRole) == Tone.INFO.fill


def test_double_click_opens_the_linked_ticket(qtbot, make_view, call_data, desk):
    view = make_view()
    view.show()
    qtbot.waitExposed(view)
    table = view.table
    row = _ids(view).index(call_data["callback"])
    assert table.model().index(row, 0).data(TICKETS_ROLE) == [desk.ids["printer"]]
    rect = table.visualRect(table.model().index(row, Column.NUMBER))
    # The view acts on a double-click only over the index the first press went to.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.ticketActivated) as activated:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [desk.ids["printer"]]


def test_a_row_without_tickets_opens_nothing(qtbot, make_view, call_data):
    view = make_view()
    seen: list[int] = []
    view.ticketActivated.connect(seen.append)
    row = _ids(view).index(call_data["missed"])
    emit(view.table.doubleClicked, view.model.index(row, 0))
    assert seen == []


def test_csv_export_writes_the_shown_rows_defused(qtbot, make_view, call_data, tmp_path, desk):
    view = make_view()
    _choose(view.outcome, "ticket_created")
    _loaded(qtbot, view)
    path = tmp_path / "calls.csv"
    with qtbot.waitSignal(view.exported, timeout=10_000) as done:
        view.export_csv(str(path))
    assert done.args == [str(path), 1]
    assert view.status.text() == f"1 call(s) exported to {path}"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    [row] = rows
    assert row["id"] == str(call_data["today"])
    assert row["started_at"] == "2025-03-12T16:30:00Z"
    assert row["contact"] == "María Pérez Gómez"
    assert (row["ring_seconds"], row["talk_seconds"], row["hold_seconds"],
            row["wrap_up_seconds"]) == ("12", "185", "20", "40")  # fmt: skip
    assert row["linked_tickets"] == str(desk.ids["invoice"])
    assert (row["csat"], row["ces"], row["nps"]) == ("5", "", "9")
    # A spreadsheet would run this as a formula: it is exported as text.
    assert row["notes"] == '\'=HYPERLINK("http://evil.example","clic")'


def test_advisor_choices_follow_the_role(qtbot, make_view, call_data, desk):
    ana = make_view("ana")
    assert [ana.advisor.itemText(i) for i in range(ana.advisor.count())] == [
        "All advisors", "Ana López"]  # fmt: skip

    lucia = make_view("lucia")  # the leader sees her team's calls, not Beto's
    names = [lucia.advisor.itemText(i) for i in range(lucia.advisor.count())]
    assert names == ["All advisors", "Ana López"]
    admin = make_view("admin")
    names = [admin.advisor.itemText(i) for i in range(admin.advisor.count())]
    assert names == ["All advisors", "Ana López", "Beto Díaz"]
    _choose(admin.advisor, desk.ids["beto"])
    _loaded(qtbot, admin)
    assert _ids(admin) == [call_data["hidden"]]


def test_the_model_passes_qtmodeltester(qtmodeltester, make_view, call_data):
    view = make_view()
    qtmodeltester.check(view.model, force_py=True)


def test_no_calls_shows_an_empty_table(make_view):
    view = make_view()
    assert view.model.rowCount() == 0
    assert view.status.text() == "0 call(s)"
    assert isinstance(view.from_date.date(), QDate)


def test_a_failed_export_says_so_and_writes_nothing(qtbot, make_view, call_data, tmp_path):
    view = make_view()
    path = tmp_path / "missing-folder" / "calls.csv"
    view.export_csv(str(path))
    qtbot.waitUntil(view.export_button.isEnabled, timeout=10_000)
    assert view.status.text().startswith("The export failed: FileNotFoundError")
    assert not path.exists()
