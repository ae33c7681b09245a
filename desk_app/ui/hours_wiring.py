"""The contract-hours page of the main window (SPEC §6): balances, renewals and billable time
per company and period, and the hours report files saved from it. Everyone gets it; the
service shows each user only the companies they may see."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from desk_app.services.hours import HoursReport, HoursService
from desk_app.services.hours_files import write_csv
from desk_app.ui.hours_view import HoursView

if TYPE_CHECKING:
    from desk_app.ui.main_window import MainWindow

_SUFFIX = {"csv": ".csv", "pdf": ".pdf"}


class HoursDesk(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        runner, tickets = window.runner, window.service
        self._runner = runner
        self.service = HoursService(runner.store, tickets.viewer, clock=tickets.clock)
        self.view = HoursView(runner, self.service, tickets.clock, window)
        self.view.ticketActivated.connect(window.open_ticket)
        self.view.exportRequested.connect(self.export)

    def changed(self, _ticket_id: object = None) -> None:
        """Time was logged or a billing decision made: the page follows when it is shown."""
        if self.view.isVisible():
            self.view.refresh()

    def export(self, fmt: str) -> None:
        report = self.view.report()
        if report is None or fmt not in _SUFFIX:
            return
        suggested = f"hours-{report.period.label()}{_SUFFIX[fmt]}"
        kinds = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("PDF documents (*.pdf)")
        path, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Save the hours report"), suggested, kinds
        )
        if path:
            self.save(report, fmt, Path(path))

    def save(self, report: HoursReport, fmt: str, path: Path) -> None:
        """CSV on the worker; PDF here (the painter belongs to the UI thread)."""
        if path.suffix.lower() != _SUFFIX[fmt]:
            path = path.with_name(path.name + _SUFFIX[fmt])
        if fmt == "pdf":
            from desk_app.ui.hours_pdf import write_pdf

            try:
                write_pdf(report, path)
            except OSError as exc:
                self._window.show_error(str(exc))
                return
            self._saved(path)
            return
        self._runner.run(lambda _session: write_csv(report, path), lambda _r: self._saved(path),
                         self._window.show_error)  # fmt: skip

    def _saved(self, path: Path) -> None:
        text = self.tr("Hours report saved to %1").replace("%1", str(path))
        self._window.statusBar().showMessage(text, 10_000)
