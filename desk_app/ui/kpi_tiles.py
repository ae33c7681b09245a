"""The six KPI tiles across the top of the KPI screen: name, value, target, traffic light and
the counts behind the value. A tile is a button in all but looks: clicking it (or Return /
Space when it has the focus) asks for the drill-down of its number.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from desk_app.domain.kpi import Kpi, KpiValue
from desk_app.domain.kpi_report import KPI_ORDER, KpiSet
from desk_app.ui.kpi_format import (
    Light,
    counts_text,
    dot_colour,
    kpi_name,
    light_of,
    summary,
    target_text,
    too_few_text,
    value_text,
)
from desk_app.ui.qt_compat import emit

DOT_SIZE = 14
DOT_GAP = 6
VALUE_GROWTH = 2.0  # the value's font, relative to the tile's
MIN_TILE_EMS = 11  # wide enough for "too few to tell (n=3)" on two lines at most

_FRAME = """
QFrame#kpiTile {{ background: palette(base); border: 1px solid #d1d5db;
                  border-left: 6px solid {stripe}; border-radius: 4px; }}
QFrame#kpiTile[selected="true"] {{ border-color: #2563eb; border-left-color: {stripe}; }}
QFrame#kpiTile:focus {{ border-color: #2563eb; }}
"""


class LightDot(QWidget):
    """A filled circle in the traffic light's colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.light = Light.TOO_FEW
        self.setFixedSize(QSize(DOT_SIZE, DOT_SIZE))

    def set_light(self, light: Light) -> None:
        self.light = light
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = dot_colour(self.light)
        painter.setPen(colour.darker(120))
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(1, 1, DOT_SIZE - 2, DOT_SIZE - 2))
        painter.end()


class KpiTile(QFrame):
    clicked = Signal(object)  # the Kpi

    def __init__(self, kpi: Kpi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kpi = kpi
        self.kpi_value: KpiValue | None = None
        self.light = Light.TOO_FEW
        self.setObjectName("kpiTile")
        self.setProperty("kpi", kpi.value)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * MIN_TILE_EMS)

        self.name = self._label("kpiTileName", kpi_name(kpi))
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(bold)
        self.dot = LightDot(self)
        self.value = self._label("kpiTileValue", "—")
        self._value_font = QFont(self.font())
        self._value_font.setPointSizeF(self.font().pointSizeF() * VALUE_GROWTH)
        self._value_font.setWeight(QFont.Weight.Bold)
        self.value.setFont(self._value_font)
        self.target = self._label("kpiTileTarget", "")
        self.counts = self._label("kpiTileCounts", "")
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        self.target.setFont(small)
        self.counts.setFont(small)
        for quiet in (self.target, self.counts):
            quiet.setStyleSheet("color: #4b5563;")

        top = QHBoxLayout()
        top.setSpacing(DOT_GAP)
        top.addWidget(self.name, 1)
        top.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignTop)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.value)
        layout.addWidget(self.target)
        layout.addWidget(self.counts)
        # Fixed heights, so the row of tiles does not jump when one of them says "too few to
        # tell", and the values line up whether or not a name takes two lines.
        normal = self.fontMetrics().lineSpacing()
        self.value.setFixedHeight(max(self.value.fontMetrics().lineSpacing(), 2 * normal))
        self.value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.set_name_lines(1)
        self._restyle()

    def name_lines_needed(self) -> int:
        """2 when the name does not fit on one line at the tile's width, else 1."""
        margins = self._layout.contentsMargins()
        room = (self.contentsRect().width() - margins.left() - margins.right()
                - DOT_SIZE - DOT_GAP)  # fmt: skip
        return 1 if self.name.fontMetrics().horizontalAdvance(self.name.text()) <= room else 2

    def set_name_lines(self, lines: int) -> None:
        self.name.setFixedHeight(lines * self.name.fontMetrics().lineSpacing())
        for label in (self.target, self.counts):
            label.setFixedHeight(label.fontMetrics().lineSpacing())
        self.name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        margins = self._layout.contentsMargins()
        small = self.counts.fontMetrics().lineSpacing()
        labels = self.name.height() + self.value.height() + 2 * small
        frame = 2 * self.frameWidth()
        self.setFixedHeight(margins.top() + margins.bottom() + 3 * self._layout.spacing()
                            + labels + frame)  # fmt: skip

    def _label(self, name: str, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def set_value(self, value: KpiValue | None) -> None:
        """Show `value`; None while nothing is loaded."""
        self.kpi_value = value
        if value is None:
            self.light = Light.TOO_FEW
            self.value.setFont(self._value_font)
            self.value.setText("—")
            self.target.setText("")
            self.counts.setText("")
            self.setToolTip("")
        else:
            self.light = light_of(value)
            if value.too_few:
                # Said in words at the normal size: a big "—" would read like a broken screen.
                self.value.setFont(self.font())
                self.value.setText(too_few_text(value))
            else:
                self.value.setFont(self._value_font)
                self.value.setText(value_text(value))
            self.target.setText(target_text(value))
            self.counts.setText(counts_text(value))
            self.setToolTip(
                self.tr("%1 — click to see the calls or tickets behind it").replace(
                    "%1", summary(value)
                )
            )
        self.dot.set_light(self.light)
        self.setAccessibleName(f"{self.name.text()}: {self.value.text()}")
        self._restyle()

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", "true" if selected else "false")
        self._restyle()

    def _restyle(self) -> None:
        self.setStyleSheet(_FRAME.format(stripe=dot_colour(self.light).name()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            emit(self.clicked, self.kpi)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Accepted, so the release comes here too (a QFrame ignores presses by default).
        if event.button() is Qt.MouseButton.LeftButton:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            emit(self.clicked, self.kpi)
            return
        super().keyPressEvent(event)


class KpiTiles(QWidget):
    """One tile per KPI, in KPI_ORDER."""

    tileClicked = Signal(object)  # the Kpi

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTiles")
        self.tiles: dict[Kpi, KpiTile] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for kpi in KPI_ORDER:
            tile = KpiTile(kpi, self)
            tile.clicked.connect(lambda clicked, _tile=tile: emit(self.tileClicked, clicked))
            self.tiles[kpi] = tile
            layout.addWidget(tile, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The layout has already given the tiles their new widths: if one name needs two
        # lines, all get two, so the six values stay on one line across the row.
        lines = max(tile.name_lines_needed() for tile in self.tiles.values())
        for tile in self.tiles.values():
            tile.set_name_lines(lines)

    def set_values(self, values: KpiSet | None) -> None:
        for kpi, tile in self.tiles.items():
            tile.set_value(None if values is None else values[kpi])

    def select(self, kpi: Kpi | None) -> None:
        """Mark the tile whose trend the chart shows."""
        for key, tile in self.tiles.items():
            tile.set_selected(key is kpi)

    def tile(self, kpi: Kpi) -> KpiTile:
        return self.tiles[kpi]
