"""The leader's pages in the real window: the team board only for leaders and admins, the KPI
screen for everyone (an advisor's shows only their own numbers), and the report saved from it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desk_app.domain.kpi_report import ScopeKind
from desk_app.ui.shortcuts_dialog import collect_shortcuts

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


def _shown(qtbot, window) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_a_leader_gets_the_team_board_and_the_team_kpis(qtbot, make_window) -> None:
    window = make_window("lucia")
    _shown(qtbot, window)
    board = window.leader.team_board
    assert board is not None
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is board
    assert not window.sidebar.isVisible() and not window.side_tabs.isVisible()
    qtbot.waitUntil(lambda: board.is_loaded)
    assert [a.username for a in board.board().advisors] == ["ana"]  # the team's advisors

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    kpis = window.leader.kpi_view
    assert window.pages.currentWidget() is kpis
    qtbot.waitUntil(lambda: kpis.is_loaded)
    report = kpis.report()
    assert report is not None and report.scope.kind is ScopeKind.TEAM
    texts = {entry.text for entry in collect_shortcuts(window)}
    assert any("team board" in text.lower() for text in texts)


def test_an_advisor_has_no_team_board_and_only_their_own_kpis(qtbot, make_window) -> None:
    window = make_window("ana")
    _shown(qtbot, window)
    assert window.leader.team_board is None
    assert not any("team board" in entry.text.lower() for entry in collect_shortcuts(window))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is not window.leader.kpi_view  # nothing bound to it
    window.show_kpis()
    kpis = window.leader.kpi_view
    qtbot.waitUntil(lambda: kpis.is_loaded)
    report = kpis.report()
    assert report is not None
    assert (report.scope.kind, report.scope.id) == (
        ScopeKind.ADVISOR,
        window.service.viewer.user_id,
    )
    assert [a.username for a in report.advisors] == ["ana"]


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_the_report_on_screen_is_saved_as_a_file(qtbot, make_window, tmp_path: Path,
                                                 fmt: str) -> None:  # fmt: skip
    window = make_window("lucia", show=True)
    window.show_kpis()  # the screen loads once it is shown
    kpis = window.leader.kpi_view
    qtbot.waitUntil(lambda: kpis.is_loaded)
    report = kpis.report()
    assert report is not None
    target = tmp_path / "informe"  # no suffix: the format's is added
    window.leader.save(report, fmt, target)
    saved = target.with_name(f"informe.{fmt}")
    qtbot.waitUntil(saved.exists)
    qtbot.waitUntil(lambda: "informe" in window.statusBar().currentMessage())
    if fmt == "xlsx":
        book = openpyxl.load_workbook(saved)
        assert "Summary" in book.sheetnames
    else:
        assert saved.read_bytes().startswith(b"%PDF")
