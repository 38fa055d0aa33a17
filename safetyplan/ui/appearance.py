"""Look and feel: a calm palette, text size, high contrast and a focus ring you can see."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

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
# Qt styles draw a faint focus rectangle; people using the keyboard need a clear one.
FOCUS_STYLE = """
QPushButton:focus, QToolButton:focus, QCheckBox:focus, QRadioButton:focus, QComboBox:focus,
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QDateEdit:focus,
QListView:focus, QTreeView:focus, QTableView:focus, QTextBrowser:focus, QSlider:focus {
    border: 3px solid palette(highlight);
    border-radius: 4px;
}
QLabel#inlineError { font-weight: bold; }
"""


def apply(preferences: Preferences) -> None:
    """Style the running application to ``preferences``."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    colours = HIGH_CONTRAST if preferences.high_contrast else CALM
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * preferences.text_scale / 100)
    app.setFont(font)
    app.setStyleSheet(FOCUS_STYLE)
