"""Look and feel: a calm palette, text size, high contrast and a focus ring you can see."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from safetyplan.settings import Preferences

BASE_POINT_SIZE = 11.0
CALM = {
    QPalette.ColorRole.Window: "#f7f4ee",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#efebe3",
    QPalette.ColorRole.Text: "#1f2a2a",
    QPalette.ColorRole.WindowText: "#1f2a2a",
    QPalette.ColorRole.Button: "#e6efed",
    QPalette.ColorRole.ButtonText: "#1f2a2a",
    QPalette.ColorRole.Highlight: "#2f6f6a",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#5b6666",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1f2a2a",
}
HIGH_CONTRAST = {
    QPalette.ColorRole.Window: "#000000",
    QPalette.ColorRole.Base: "#000000",
    QPalette.ColorRole.AlternateBase: "#1a1a1a",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Button: "#000000",
    QPalette.ColorRole.ButtonText: "#ffff00",
    QPalette.ColorRole.Highlight: "#ffff00",
    QPalette.ColorRole.HighlightedText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#d0d0d0",
    QPalette.ColorRole.ToolTipBase: "#000000",
    QPalette.ColorRole.ToolTipText: "#ffffff",
}
FOCUS_RING_WIDTH = 3
GROWING_INDICATORS = frozenset(
    {
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    }
)


class FocusRingStyle(QProxyStyle):
    """Fusion, with a focus ring people using the keyboard can see at a glance.

    A style sheet could draw it too, but style sheets make every widget several times slower
    to create (unlocking built the plan in 430 ms instead of 145 ms).
    """

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            self._ring(option, painter, inset=1)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_PanelLineEdit and _has_focus(option):
            self._ring(option, painter, inset=0)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        framed = element == QStyle.ControlElement.CE_ShapedFrame
        if framed and widget is not None and widget.hasFocus():
            self._ring(option, painter, inset=0)

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Tick boxes and round choices grow with the text size (Fusion keeps them 13px)."""
        size = super().pixelMetric(metric, option, widget)
        if metric in GROWING_INDICATORS:
            return round(size * max(1.0, QApplication.font().pointSizeF() / BASE_POINT_SIZE))
        return size

    @staticmethod
    def _ring(option: QStyleOption, painter: QPainter, inset: int) -> None:
        painter.save()
        pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_RING_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = FOCUS_RING_WIDTH // 2 + inset
        painter.drawRoundedRect(option.rect.adjusted(half, half, -half - 1, -half - 1), 3, 3)
        painter.restore()


def _has_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


def apply(preferences: Preferences) -> None:
    """Style the running application to ``preferences``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if not isinstance(app.style(), FocusRingStyle):
        app.setStyle(FocusRingStyle("Fusion"))
    colours = HIGH_CONTRAST if preferences.high_contrast else CALM
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * preferences.text_scale / 100)
    app.setFont(font)
