"""The KPI screen on the real desk: the numbers of the conftest's hand-computed fixture, the
traffic lights, too-few cases, drill-downs from a tile, a table cell and a chart point, the
period controls, and what an advisor may see."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desk_app.domain.kpi import Kpi
from desk_app.domain.kpi_report import DrillKind, Scope, ScopeKind
from desk_app.domain.periods import Granularity, Period, day_period, month_period
from desk_app.ui.kpi_drill import ROW_ROLE, DrillColumn
from desk_app.ui.kpi_format import Light, period_text
from desk_app.ui.kpi_table import ADVISOR_ID_ROLE, KPI_ROLE, LIGHT_ROLE

from .conftest import wait_loaded

# The offscreen platform cannot size or raise windows; it says so for every dialog.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)

MARCH = month_period(2025, 3)


def _tile(view, kpi: Kpi) -> tuple[str, str, str, Light]:
    tile = view.tiles.tile(kpi)
    return tile.value.text(), tile.target.text(), tile.counts.text(), tile.light


def _cell(view, user_id: int, kpi: Kpi):
    model = view.table.model()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            if index.data(ADVISOR_ID_ROLE) == user_id and index.data(KPI_ROLE) == kpi.value:
                return index
    raise AssertionError(f"no cell for {user_id} {kpi}")


def _drilled(qtbot, view, action):
    with qtbot.waitSignal(view.drillShown, timeout=10_000) as blocker:
        action()
    return blocker.args[0]


def test_the_tiles_show_the_hand_computed_team_values(make_view, kpi_data):
    view = make_view()
    assert view.report().period == MARCH
    assert view.report().scope.kind is ScopeKind.TEAM
    assert view.period_label.text() == "March 2025"
    assert _tile(view, Kpi.SERVICE_LEVEL) == ("92.3 %", "target 90 %", "12 of 13", Light.GREEN)
    assert _tile(view, Kpi.FIRST_CONTACT_RESOLUTION) == (
        "41.7 %", "target 45 %", "5 of 12", Light.AMBER)  # fmt: skip
    assert _tile(view, Kpi.CSAT) == ("66.7 %", "target 90 %", "4 of 6", Light.RED)
    assert _tile(view, Kpi.NPS) == ("+40", "no target", "5 answer(s)", Light.NO_TARGET)
    assert _tile(view, Kpi.PROCESS_ADHERENCE) == ("66.7 %", "target 85 %", "4 of 6", Light.RED)
    assert "Staffing:" in view.staffing.text()
    assert all(button.isEnabled() for button in view.export_buttons.values())


def test_too_few_cases_say_so_instead_of_100_percent(make_view, kpi_data, desk):
    view = make_view()
    value, _target, counts, light = _tile(view, Kpi.CES)
    assert value == "too few to tell (n=3)"  # all three answers were "easy": not "100 %"
    assert counts == "3 of 3"
    assert light is Light.TOO_FEW
    carla = _cell(view, desk.ids["carla"], Kpi.SERVICE_LEVEL)
    assert carla.data() == "—"
    assert carla.data(Qt.ItemDataRole.ToolTipRole) == "too few to tell (n=3)"
    assert carla.data(LIGHT_ROLE) is Light.TOO_FEW
    ana = _cell(view, desk.ids["ana"], Kpi.SERVICE_LEVEL)
    assert ana.data() == "90.0 %"
    assert ana.data(LIGHT_ROLE) is Light.GREEN  # 90.0 meets a target of 90
    assert _cell(view, desk.ids["ana"], Kpi.FIRST_CONTACT_RESOLUTION).data() == "55.6 %"


def test_a_tile_drills_into_the_tickets_and_a_row_opens_its_ticket(qtbot, make_view, kpi_data,
                                                                   desk):  # fmt: skip
    view = make_view()
    tile = view.tiles.tile(Kpi.PROCESS_ADHERENCE)
    drill = _drilled(qtbot, view, lambda: qtbot.mouseClick(tile, Qt.MouseButton.LeftButton))
    assert drill.kind is DrillKind.TICKETS
    panel = view.drill_dialog.panel
    assert view.drill_dialog.isVisible()
    assert panel.header.text().startswith("4 of 6 closed tickets followed the process")
    assert "66.7 %" in panel.header.text()
    rows = panel.visible_rows()
    expected = {*kpi_data["adhering"], kpi_data["no_time"], desk.ids["closing"]}
    assert {row.ticket_id for row in rows} == expected
    reasons = {row.ticket_id: panel.model.index(n, DrillColumn.DETAIL).data()
               for n, row in enumerate(rows)}  # fmt: skip
    assert reasons[kpi_data["no_time"]] == "no time logged"
    assert "not closed by the responsible" in reasons[desk.ids["closing"]]
    assert view.chart.kpis() == (Kpi.PROCESS_ADHERENCE,)  # the chart follows the tile

    panel.only_not_counted.setChecked(True)
    failing = {row.ticket_id for row in panel.visible_rows()}
    assert failing == {kpi_data["no_time"], desk.ids["closing"]}

    table = panel.table
    qtbot.waitExposed(view.drill_dialog)
    rect = table.visualRect(table.model().index(0, DrillColumn.TITLE))
    wanted = table.model().index(0, 0).data(ROW_ROLE).ticket_id
    # The view acts on a double-click only over the index the first press went to.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.ticketActivated, timeout=5_000) as opened:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [wanted]


def test_a_table_cell_drills_into_that_advisors_calls(qtbot, make_view, kpi_data, desk):
    view = make_view()
    index = _cell(view, desk.ids["ana"], Kpi.SERVICE_LEVEL)
    rect = view.table.visualRect(index)
    drill = _drilled(
        qtbot, view,
        lambda: qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton,
                                 pos=rect.center()),
    )  # fmt: skip
    assert drill.kind is DrillKind.CALLS
    assert (drill.value.numerator, drill.value.denominator) == (9, 10)
    panel = view.drill_dialog.panel
    assert panel.header.text().startswith("9 of 10 calls answered")
    assert "Ana López" in panel.title.text()
    rows = panel.visible_rows()
    assert {row.advisor for row in rows} == {"Ana López"}
    missed = [row for row in rows if not row.counts]
    assert [row.id for row in missed] == [kpi_data["missed"]]
    assert panel.model.index(rows.index(missed[0]), DrillColumn.COUNTS).data() == "✗"


def test_a_point_of_the_trend_drills_into_its_day(qtbot, make_view, kpi_data):
    view = make_view()
    tuesday = day_period(date(2025, 3, 11))
    assert view.chart.kpis() == (Kpi.SERVICE_LEVEL,)
    point = view.chart.point_position(tuesday, Kpi.SERVICE_LEVEL)
    assert point is not None
    # Wednesday has no calls: no point, rather than one at 0 % or 100 %.
    assert view.chart.point_position(day_period(date(2025, 3, 12)), Kpi.SERVICE_LEVEL) is None
    drill = _drilled(
        qtbot, view,
        lambda: qtbot.mouseClick(view.chart.view.viewport(), Qt.MouseButton.LeftButton,
                                 pos=point.toPoint()),
    )  # fmt: skip
    assert drill.period == tuesday
    assert (drill.value.numerator, drill.value.denominator) == (6, 7)  # Ana 3 of 4, Carla 3
    assert view.drill_dialog.panel.title.text().endswith(period_text(tuesday))


def test_the_period_controls_reload_the_numbers(qtbot, make_view, kpi_data):
    view = make_view()
    assert not view.next_button.isEnabled()  # March is the current month
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, view)
    assert view.report().period == month_period(2025, 2)
    assert view.period_label.text() == "February 2025"
    assert _tile(view, Kpi.SERVICE_LEVEL)[:3] == ("100.0 %", "target 90 %", "6 of 6")
    assert _tile(view, Kpi.CSAT)[0] == "too few to tell (n=0)"
    assert view.next_button.isEnabled()

    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    view.granularity.setCurrentIndex(view.granularity.findData(Granularity.DAY.value))
    wait_loaded(qtbot, view)
    assert view.report().period == day_period(date(2025, 3, 1))  # the month's first day
    view.from_date.setDate(view.from_date.date().addDays(9))  # Monday 10 March
    wait_loaded(qtbot, view)
    assert view.report().period == day_period(date(2025, 3, 10))
    assert _tile(view, Kpi.SERVICE_LEVEL)[:3] == ("100.0 %", "target 90 %", "6 of 6")

    view.granularity.setCurrentIndex(view.granularity.findData(Granularity.CUSTOM.value))
    assert view.to_date.isVisibleTo(view)
    view.to_date.setDate(view.to_date.date().addDays(1))
    wait_loaded(qtbot, view)
    custom = Period(date(2025, 3, 10), date(2025, 3, 11), Granularity.CUSTOM)
    assert view.report().period == custom
    assert _tile(view, Kpi.SERVICE_LEVEL)[2] == "12 of 13"
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)  # the two days before
    wait_loaded(qtbot, view)
    assert view.report().period == Period(date(2025, 3, 8), date(2025, 3, 9), Granularity.CUSTOM)


def test_the_leader_can_look_at_one_advisor(qtbot, make_view, kpi_data, desk):
    view = make_view()
    labels = [view.scope.itemText(i) for i in range(view.scope.count())]
    assert labels == ["Team Mesa CDMX", "Ana López", "Carla Núñez"]
    view.scope.setCurrentIndex(2)
    wait_loaded(qtbot, view)
    assert view.report().scope == Scope(ScopeKind.ADVISOR, desk.ids["carla"], "Carla Núñez")
    assert _tile(view, Kpi.SERVICE_LEVEL)[0] == "too few to tell (n=3)"
    assert view.table.isHidden()  # one advisor: the tiles say it all


def test_an_advisor_sees_only_their_own_numbers(qtbot, make_view, kpi_data, desk):
    view = make_view("ana")
    assert [view.scope.itemText(i) for i in range(view.scope.count())] == ["Ana López"]
    assert not view.scope.isEnabled()
    assert view.report().scope == Scope(ScopeKind.ADVISOR, desk.ids["ana"], "Ana López")
    assert _tile(view, Kpi.SERVICE_LEVEL)[:3] == ("90.0 %", "target 90 %", "9 of 10")
    assert view.report().staffing is None and view.staffing.text() == ""
    team = Scope(ScopeKind.TEAM, desk.viewer("lucia").team_id, "Mesa CDMX")
    with pytest.raises(ValueError, match="not among the KPIs you may see"):
        view.set_scope(team)
    assert view.report().scope.kind is ScopeKind.ADVISOR


def test_the_export_buttons_ask_for_their_format(qtbot, make_view, kpi_data):
    view = make_view(show=False)
    for fmt in ("csv", "xlsx", "pdf"):
        with qtbot.waitSignal(view.exportRequested) as asked:
            qtbot.mouseClick(view.export_buttons[fmt], Qt.MouseButton.LeftButton)
        assert asked.args == [fmt]


def test_a_tile_answers_the_keyboard(qtbot, make_view, kpi_data):
    view = make_view()
    tile = view.tiles.tile(Kpi.CSAT)
    tile.setFocus()
    drill = _drilled(qtbot, view, lambda: qtbot.keyClick(tile, Qt.Key.Key_Return))
    assert drill.kind is DrillKind.SURVEYS
    assert view.drill_dialog.panel.header.text().startswith("4 of 6 answers satisfied")
