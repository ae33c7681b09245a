"""How a KPI reads on screen (SPEC §7): its name, its value ("92.4 %", NPS "+35"), its target
and its traffic light, shared by the tiles, the per-advisor table, the chart and the drill-down
so the same number never looks two ways.

The traffic light compares with the target of the report's programme phase: green meets it,
amber is below it by at most NEAR_POINTS, red is further below; a KPI with too few cases is
grey and says so instead of showing "100 %" of two calls; a KPI with no target in this phase
(NPS in the first year) shows its value without a colour judgement.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QColor

from desk_app.domain.kpi import Kpi, KpiValue
from desk_app.domain.periods import Granularity, Period
from desk_app.ui.badges import Tone

NEAR_POINTS = 5.0  # "below target but within 5 points" is amber, not red


class Light(Enum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    TOO_FEW = "too_few"
    NO_TARGET = "no_target"


# Fill (cell background) and text colours from the badge palette; the dot is a saturated hue
# so it reads at a glance on any fill.
_TONES = {
    Light.GREEN: Tone.GOOD,
    Light.AMBER: Tone.WARN,
    Light.RED: Tone.BAD,
    Light.TOO_FEW: Tone.MUTED,
    Light.NO_TARGET: Tone.NEUTRAL,
}
_DOTS = {
    Light.GREEN: "#16a34a",
    Light.AMBER: "#f59e0b",
    Light.RED: "#dc2626",
    Light.TOO_FEW: "#9ca3af",
    Light.NO_TARGET: "#9ca3af",
}


def light_of(value: KpiValue) -> Light:
    if value.too_few or value.value is None:
        return Light.TOO_FEW
    if value.target is None:
        return Light.NO_TARGET
    if value.value >= value.target:
        return Light.GREEN
    if value.value >= value.target - NEAR_POINTS:
        return Light.AMBER
    return Light.RED


def tone_of(light: Light) -> Tone:
    return _TONES[light]


def dot_colour(light: Light) -> QColor:
    return QColor(_DOTS[light])


def kpi_name(kpi: Kpi) -> str:
    names = {
        Kpi.SERVICE_LEVEL: QCoreApplication.translate("Kpi", "Service level"),
        Kpi.FIRST_CONTACT_RESOLUTION: QCoreApplication.translate("Kpi", "First-contact resolution"),
        Kpi.CSAT: QCoreApplication.translate("Kpi", "CSAT"),
        Kpi.CES: QCoreApplication.translate("Kpi", "CES"),
        Kpi.NPS: QCoreApplication.translate("Kpi", "NPS"),
        Kpi.PROCESS_ADHERENCE: QCoreApplication.translate("Kpi", "Process adherence"),
    }
    return names[kpi]


def short_name(kpi: Kpi) -> str:
    """For table headers and the chart legend, where "First-contact resolution" is too wide."""
    names = {
        Kpi.SERVICE_LEVEL: QCoreApplication.translate("Kpi", "Service level"),
        Kpi.FIRST_CONTACT_RESOLUTION: QCoreApplication.translate("Kpi", "FCR"),
        Kpi.CSAT: QCoreApplication.translate("Kpi", "CSAT"),
        Kpi.CES: QCoreApplication.translate("Kpi", "CES"),
        Kpi.NPS: QCoreApplication.translate("Kpi", "NPS"),
        Kpi.PROCESS_ADHERENCE: QCoreApplication.translate("Kpi", "Adherence"),
    }
    return names[kpi]


def number(kpi: Kpi, amount: float, *, decimals: int = 1) -> str:
    """A value or a target: "92.4 %" for the percentages, a signed whole score for NPS."""
    locale = QLocale()
    if kpi is Kpi.NPS:
        rounded = round(amount)
        text = locale.toString(abs(rounded))
        return ("+" if rounded > 0 else "−" if rounded < 0 else "") + text
    return QCoreApplication.translate("Kpi", "%1 %").replace(
        "%1", locale.toString(amount, "f", decimals)
    )


def target_number(kpi: Kpi, target: float) -> str:
    """A target as the seed writes it: "90 %", not "90.0 %"."""
    return number(kpi, target, decimals=0 if float(target).is_integer() else 1)


def value_text(value: KpiValue) -> str:
    """The value, or "—" when there are too few cases to tell."""
    if value.value is None:
        return "—"
    return number(value.kpi, value.value)


def target_text(value: KpiValue) -> str:
    if value.target is None:
        return QCoreApplication.translate("Kpi", "no target")
    return QCoreApplication.translate("Kpi", "target %1").replace(
        "%1", target_number(value.kpi, value.target)
    )


def too_few_text(value: KpiValue) -> str:
    return QCoreApplication.translate("Kpi", "too few to tell (n=%1)").replace(
        "%1", QLocale().toString(value.denominator)
    )


def counts_text(value: KpiValue) -> str:
    """The number's basis, small under it: "83 of 90"; NPS, whose numerator is promoters
    minus detractors, says how many answers instead."""
    locale = QLocale()
    if value.kpi is Kpi.NPS:
        # Not a "%n" plural: pyside6-lupdate does not mark translate()'s plurals as such, and
        # Qt then finds no Spanish for any count but one.
        text = QCoreApplication.translate("Kpi", "%1 answer(s)")
        return text.replace("%1", locale.toString(value.denominator))
    return (
        QCoreApplication.translate("Kpi", "%1 of %2")
        .replace("%1", locale.toString(value.numerator))
        .replace("%2", locale.toString(value.denominator))
    )


def summary(value: KpiValue) -> str:
    """One line for a tooltip: "92.4 % · 83 of 90 · target 90 %"."""
    head = too_few_text(value) if value.too_few else value_text(value)
    return " · ".join((head, counts_text(value), target_text(value)))


def period_text(period: Period) -> str:
    """The period as a person says it: "November 2026", "Week 47, 16 – 22 Nov 2026",
    a day in the locale's short form, or a custom range "1 Oct 2026 – 15 Oct 2026"."""
    locale = QLocale()
    start = QDate(period.start.year, period.start.month, period.start.day)
    end = QDate(period.end.year, period.end.month, period.end.day)
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if period.granularity is Granularity.MONTH:
        return locale.toString(start, "MMMM yyyy")
    if period.granularity is Granularity.DAY:
        return locale.toString(start, short)
    span = (
        QCoreApplication.translate("Kpi", "%1 – %2")
        .replace("%1", locale.toString(start, "d MMM"))
        .replace("%2", locale.toString(end, "d MMM yyyy"))
    )
    if period.granularity is Granularity.WEEK:
        return (
            QCoreApplication.translate("Kpi", "Week %1, %2")
            .replace("%1", locale.toString(start.weekNumber()[0]))
            .replace("%2", span)
        )
    return span
