"""Dates, times and durations as the user's locale writes them (QLocale's default)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a local QDateTime (the machine's zone)."""
    return QDateTime.fromMSecsSinceEpoch(round(moment.timestamp() * 1000))


def date_time(moment: datetime | None, *, long: bool = False) -> str:
    if moment is None:
        return "—"
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(to_qdatetime(moment), form)


def date_only(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    return QLocale().toString(to_qdatetime(moment).date(), QLocale.FormatType.ShortFormat)


def duration(span: timedelta, *, compact: bool = False) -> str:
    """An always-positive duration: "45 min", "3 h 20 min", "31 h" ("3 h" when compact), and
    from three days on whole days ("47 d"): nobody reads "1127 h"."""
    minutes = int(abs(span).total_seconds() // 60)
    hours, rest = divmod(minutes, 60)
    days = hours // 24  # (kept out of the call: lupdate's parser reads "//" as a comment)
    if days >= 3:
        return QCoreApplication.translate("Formatting", "%1 d").replace("%1", str(days))
    if hours == 0:
        return QCoreApplication.translate("Formatting", "%1 min").replace("%1", str(rest))
    if compact or hours >= 10 or rest == 0:
        return QCoreApplication.translate("Formatting", "%1 h").replace("%1", str(hours))
    return (
        QCoreApplication.translate("Formatting", "%1 h %2 min")
        .replace("%1", QLocale().toString(hours))
        .replace("%2", QLocale().toString(rest))
    )


def megabytes(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)
