"""The staffing checks under the KPI table (seed 000): one advisor per 30 partners of the
network, one leader per 10 advisors, each flagged red when the scope has fewer than needed."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLocale

from desk_app.domain.kpi import ProgramPhase, StaffingCheck
from desk_app.domain.kpi_report import Staffing
from desk_app.ui.badges import Tone


def _flag(check: StaffingCheck, text: str) -> str:
    tone = Tone.GOOD if check.ok else Tone.BAD
    mark = "✓" if check.ok else "⚠"
    return (
        f'<span style="background:{tone.fill.name()}; color:{tone.text.name()};">'
        f"&nbsp;{mark} {escape(text)}&nbsp;</span>"
    )


def staffing_text(staffing: Staffing | None) -> str:
    """Rich text for a QLabel; empty for a single advisor's report (no staffing there)."""
    if staffing is None:
        return ""
    locale = QLocale()
    # No "%n": lupdate does not mark translate()'s plurals (see kpi_format).
    advisors = (
        QCoreApplication.translate(
            "KpiStaffing", "%1 advisor(s) for %2 partners (1 per 30: %3 needed)"
        )
        .replace("%1", locale.toString(staffing.advisors))
        .replace("%2", locale.toString(staffing.network_partners))
        .replace("%3", locale.toString(staffing.advisors_needed.required))
    )
    leaders = (
        QCoreApplication.translate(
            "KpiStaffing", "%1 leader(s) for %2 advisors (1 per 10: %3 needed)"
        )
        .replace("%1", locale.toString(staffing.leaders))
        .replace("%2", locale.toString(staffing.advisors))
        .replace("%3", locale.toString(staffing.leaders_needed.required))
    )
    head = escape(QCoreApplication.translate("KpiStaffing", "Staffing:"))
    return (
        f"{head} {_flag(staffing.advisors_needed, advisors)} "
        f"{_flag(staffing.leaders_needed, leaders)}"
    )


def phase_text(phase: ProgramPhase) -> str:
    if phase is ProgramPhase.FIRST_YEAR:
        return QCoreApplication.translate("KpiStaffing", "Targets of the first year")
    return QCoreApplication.translate("KpiStaffing", "Targets after the first year")
