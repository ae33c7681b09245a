"""The leader's part of the main window (SPEC §1, §7): the team board (leaders and admins only)
and the KPI screen (everyone; an advisor's shows only their own numbers), and the KPI report
files saved from it.

The KPI service enforces who may see what; the board is not even built for an advisor, so
nothing of another advisor's reaches an advisor's window.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from desk_app.domain.kpi import ProgramPhase
from desk_app.domain.kpi_report import KpiReport
from desk_app.domain.roles import Role
from desk_app.services.kpis import KpiService
from desk_app.settings import KPI_PHASE, Settings
from desk_app.ui.kpi_view import KpiView
from desk_app.ui.team_board import TeamBoardView

if TYPE_CHECKING:
    from desk_app.ui.main_window import MainWindow

log = logging.getLogger(__name__)

_SUFFIX = {"csv": ".csv", "xlsx": ".xlsx", "pdf": ".pdf"}


def may_see_team(role: Role) -> bool:
    return role in (Role.LEADER, Role.ADMIN)


class LeaderDesk(QObject):
    def __init__(self, window: MainWindow, settings: Settings | None) -> None:
        super().__init__(window)
        self._window = window
        runner, tickets = window.runner, window.service
        self._runner = runner
        phase = ProgramPhase(settings.get(KPI_PHASE)) if settings is not None else (
            ProgramPhase.FIRST_YEAR)  # fmt: skip
        self.kpis = KpiService(runner.store, tickets.viewer, phase=phase, clock=tickets.clock)
        self.kpi_view = KpiView(runner, self.kpis, tickets.clock, window)
        self.kpi_view.ticketActivated.connect(window.open_ticket)
        self.kpi_view.exportRequested.connect(self.export)
        self.team_board: TeamBoardView | None = None
        if may_see_team(tickets.viewer.role):
            board = TeamBoardView(runner, window.ticket_actions, tickets.clock, window)
            board.ticketActivated.connect(window.open_ticket)
            board.ticketChanged.connect(window.ticket_list.on_ticket_changed)
            board.ticketChanged.connect(window.board.on_ticket_changed)
            board.ticketChanged.connect(window.sync.local_change)
            board.errorOccurred.connect(window.show_error)
            window.detail_pane.ticketChanged.connect(self._ticket_changed)
            self.team_board = board

    def pages(self) -> list[QWidget]:
        pages: list[QWidget] = [self.kpi_view]
        if self.team_board is not None:
            pages.insert(0, self.team_board)
        return pages

    def _ticket_changed(self, _ticket_id: object) -> None:
        if self.team_board is not None and self.team_board.isVisible():
            self.team_board.refresh()

    def export(self, fmt: str) -> None:
        """Save the report on screen as CSV, Excel or PDF where the user chooses."""
        report = self.kpi_view.report()
        if report is None or fmt not in _SUFFIX:
            return
        suggested = f"kpi-{report.period.label()}{_SUFFIX[fmt]}"
        path, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Save the KPI report"), suggested,
            {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)"),
             "pdf": self.tr("PDF documents (*.pdf)")}[fmt],
        )  # fmt: skip
        if path:
            self.save(report, fmt, Path(path))

    def save(self, report: KpiReport, fmt: str, path: Path) -> None:
        """Write `report` to `path`: CSV and Excel on the worker, PDF here (QtCharts and the
        painter belong to the UI thread; it takes well under a second)."""
        if path.suffix.lower() != _SUFFIX[fmt]:
            path = path.with_name(path.name + _SUFFIX[fmt])
        if fmt == "pdf":
            from desk_app.ui.kpi_pdf import write_pdf

            try:
                write_pdf(report, path)
            except OSError as exc:
                self._window.show_error(str(exc))
                return
            self._saved(path)
            return
        # Imported when used: openpyxl alone adds ~0.1 s to every start of the window.
        from desk_app.services.kpi_files import write_csv, write_xlsx

        writer = write_csv if fmt == "csv" else write_xlsx
        self._runner.run(lambda _session: writer(report, path), lambda _r: self._saved(path),
                         self._window.show_error)  # fmt: skip

    def _saved(self, path: Path) -> None:
        text = self.tr("KPI report saved to %1").replace("%1", str(path))
        self._window.statusBar().showMessage(text, 10_000)
