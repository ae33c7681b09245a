"""How the hours report reads (SPEC §6), shared by the hours screen and its PDF so the same
number never looks two ways: time as hours and minutes ("2:05 h"), amounts to the cent in the
user's locale, the balance state with its traffic light, how a ticket is billed and where its
time was charged, and the renewal chain of a contract."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from desk_app.domain.billing import BalanceState, Billing
from desk_app.services.hours import ContractPeriodHours, TicketHours
from desk_app.ui.kpi_format import Light

STATE_LIGHTS = {
    BalanceState.OK: Light.GREEN,
    BalanceState.LOW: Light.AMBER,
    BalanceState.EXHAUSTED: Light.RED,
    BalanceState.NO_CONTRACT: Light.NO_TARGET,
}


def hours_text(minutes: int) -> str:
    """Minutes as "h:mm h" ("2:05 h", "0:45 h", "−0:15 h" when overdrawn)."""
    sign = "−" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return (
        QCoreApplication.translate("Hours", "%1:%2 h")
        .replace("%1", f"{sign}{QLocale().toString(hours)}")
        .replace("%2", f"{rest:02d}")
    )


def minutes_cell(minutes: int) -> str:
    """A table cell of time: empty for none, so the numbers that matter stand out."""
    return hours_text(minutes) if minutes else ""


def money_text(amount: Decimal | None) -> str:
    """An amount to the cent ("1,234.50"), or "—" when it needs a rate nobody set."""
    if amount is None:
        return "—"
    return QLocale().toString(float(amount), "f", 2)


def state_text(state: BalanceState) -> str:
    texts = {
        BalanceState.OK: QCoreApplication.translate("Hours", "OK"),
        BalanceState.LOW: QCoreApplication.translate("Hours", "Low"),
        BalanceState.EXHAUSTED: QCoreApplication.translate("Hours", "Exhausted"),
        BalanceState.NO_CONTRACT: QCoreApplication.translate("Hours", "No contract"),
    }
    return texts[state]


def billing_text(billing: Billing | None) -> str:
    if billing is Billing.WARRANTY:
        return QCoreApplication.translate("Hours", "Warranty")
    if billing is Billing.CONSUMPTION:
        return QCoreApplication.translate("Hours", "Consumption")
    return QCoreApplication.translate("Hours", "Undecided")


def charged_text(line: TicketHours) -> str:
    """Where the ticket's time went: "Contract", "Contract + flat rate", "Warranty", …"""
    parts = []
    if line.contract_minutes:
        parts.append(QCoreApplication.translate("Hours", "Contract"))
    if line.flat_minutes:
        parts.append(QCoreApplication.translate("Hours", "Flat rate"))
    if line.warranty_minutes:
        parts.append(QCoreApplication.translate("Hours", "Warranty"))
    return " + ".join(parts)


def subject_text(line: TicketHours) -> str:
    if line.subject is None:
        return QCoreApplication.translate("Hours", "(a ticket you may not see)")
    return line.subject


def day_text(day: date) -> str:
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def span_text(start: date, end: date) -> str:
    return (
        QCoreApplication.translate("Hours", "%1 – %2")
        .replace("%1", day_text(start))
        .replace("%2", day_text(end))
    )


def kind_text(kind: str) -> str:
    if kind == "quality":
        return QCoreApplication.translate("Hours", "Quality")
    return kind  # L1, L2, L3: the same in every language


def period_kind_text(kind: str) -> str:
    if kind == "monthly":
        return QCoreApplication.translate("Hours", "Monthly")
    if kind == "annual":
        return QCoreApplication.translate("Hours", "Annual")
    return kind


def renewal_text(line: ContractPeriodHours) -> str:
    """ "Renews Bolsa (ended 14/03/25) · Renewed by Bolsa (from 15/05/25)", or "" outside a
    chain; the dates tell apart renewals that keep the contract's name."""
    ids = [link.id for link in line.chain]
    if line.contract_id not in ids:
        return ""
    here = ids.index(line.contract_id)
    parts = []
    if here > 0:
        before = line.chain[here - 1]
        parts.append(
            QCoreApplication.translate("Hours", "Renews %1 (ended %2)")
            .replace("%1", before.name)
            .replace("%2", day_text(before.ends_on))
        )
    if here + 1 < len(ids):
        after = line.chain[here + 1]
        parts.append(
            QCoreApplication.translate("Hours", "Renewed by %1 (from %2)")
            .replace("%1", after.name)
            .replace("%2", day_text(after.starts_on))
        )
    return " · ".join(parts)
