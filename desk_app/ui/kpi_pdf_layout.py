"""Page layout for the PDF reports: a cursor down A4 pages that breaks to a new page when the
next block would not fit, lines of text, and tables whose header repeats on each page.

Units are device pixels of the PDF writer at RESOLUTION dots per inch; `mm()` converts.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)
from PySide6.QtWidgets import QApplication

from desk_app.ui.kpi_format import Light, tone_of

RESOLUTION = 300  # dots per inch
INK = QColor("#111827")
RULE = QColor("#d1d5db")
MUTED = QColor("#6b7280")


def ensure_application() -> QApplication:
    """The running QApplication, made when there is none (the command line): QtCharts draws
    through QGraphicsScene, which needs one."""
    app = QCoreApplication.instance()
    if app is None:
        return QApplication([])
    if not isinstance(app, QApplication):
        raise RuntimeError("the PDF report needs a QApplication, not a QCoreApplication")
    return app


def open_pdf(path: Path, orientation: QPageLayout.Orientation, margin_mm: float) -> QPdfWriter:
    """An A4 PDF writer at `path` (the KPI and the hours reports); OSError when the folder
    cannot be written."""
    folder = Path(path).absolute().parent
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise OSError(f"cannot write the PDF report to {path}: {folder} is not a writable folder")
    ensure_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    margins = QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, margins,
                                     QPageLayout.Unit.Millimeter))  # fmt: skip
    writer.setCreator("Partner Desk")
    return writer


def mm(length: float) -> float:
    return length * RESOLUTION / 25.4


class Pages:
    """A cursor down the page that starts a new page when the next block would not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str) -> None:
        self.writer, self.painter, self.footer = writer, painter, footer
        page = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(page.width())
        self.bottom = float(page.height()) - mm(8)  # room for the footer
        self.y = 0.0
        self.number = 1

    def need(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > 0:
            self._draw_footer()
            self.writer.newPage()
            self.number += 1
            self.y = 0.0

    def finish(self) -> None:
        self._draw_footer()

    def _draw_footer(self) -> None:
        painter = self.painter
        painter.setFont(points_font(7))
        painter.setPen(MUTED)
        page = QCoreApplication.translate("KpiPdf", "Page %1").replace("%1", str(self.number))
        box = QRectF(0, self.bottom + mm(2), self.width, mm(5))
        painter.drawText(
            box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.footer
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page)


def points_font(points: float, *, bold: bool = False) -> QFont:
    chosen = QFont()
    chosen.setPointSizeF(points)
    chosen.setBold(bold)
    return chosen


def text_line(
    pages: Pages,
    words: str,
    points: float,
    *,
    bold: bool = False,
    colour: QColor | None = None,
    gap: float = 1.0,
) -> None:
    chosen = points_font(points, bold=bold)
    height = QFontMetricsF(chosen, pages.writer).height() * 1.25
    pages.need(height)
    pages.painter.setFont(chosen)
    pages.painter.setPen(colour or INK)
    box = QRectF(0, pages.y, pages.width, height)
    pages.painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
    pages.y += height + mm(gap)


Cell = tuple[str, Light | None]  # text, and the light that colours its background (or None)


def table(
    pages: Pages,
    headers: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    bold_last: bool = False,
) -> None:
    """A table whose header repeats on every page it runs onto; widths are shares of the page."""
    body, head_font = points_font(8), points_font(8, bold=True)
    row_height = QFontMetricsF(body, pages.writer).height() * 1.7
    pad = mm(1.5)
    lefts = [sum(widths[:i]) * pages.width for i in range(len(widths))]
    spans = [w * pages.width for w in widths]
    painter = pages.painter

    metrics = QFontMetricsF(head_font, pages.writer)
    # A title too wide for its column ("Service level" over a number) wraps onto two lines.
    wraps = any(
        metrics.horizontalAdvance(t) > s - 2 * pad for t, s in zip(headers, spans, strict=True)
    )
    head_height = row_height * (1.6 if wraps else 1.0)

    def header() -> None:
        painter.fillRect(QRectF(0, pages.y, pages.width, head_height), QColor("#eef2f7"))
        painter.setFont(head_font)
        painter.setPen(INK)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        for left, span, title in zip(lefts, spans, headers, strict=True):
            painter.drawText(QRectF(left + pad, pages.y, span - 2 * pad, head_height), flags, title)
        pages.y += head_height

    pages.need(head_height + row_height)
    header()
    for index, row in enumerate(rows):
        page_before = pages.number
        pages.need(row_height)
        if pages.number != page_before:
            header()
        bold = bold_last and index == len(rows) - 1
        painter.setFont(head_font if bold else body)
        for left, span, (text, light) in zip(lefts, spans, row, strict=True):
            box = QRectF(left, pages.y, span, row_height)
            if light is not None and light is not Light.NO_TARGET:
                painter.fillRect(box.adjusted(1, 1, -1, -1), tone_of(light).fill)
            painter.setPen(tone_of(light).text if light is not None else INK)
            inner = box.adjusted(pad, 0, -pad, 0)
            painter.drawText(
                inner,
                Qt.AlignmentFlag.AlignVCenter,
                _elide(text, painter.font(), inner, pages),
            )
        painter.setPen(QPen(RULE, mm(0.2)))
        painter.drawLine(
            QRectF(0, pages.y, pages.width, row_height).bottomLeft(),
            QRectF(0, pages.y, pages.width, row_height).bottomRight(),
        )
        pages.y += row_height
    pages.y += mm(4)


def _elide(text: str, font: QFont, box: QRectF, pages: Pages) -> str:
    return QFontMetricsF(font, pages.writer).elidedText(
        text, Qt.TextElideMode.ElideRight, box.width()
    )
