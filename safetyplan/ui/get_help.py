""""Get help now": the crisis lines for a country, large and clear, with a Copy button each.

It holds nothing personal, so it opens with no plan unlocked. Its lines come from the same data
as the library's crisis-lines page (``safetyplan.crisis_lines``). "When to get emergency help"
opens the library's emergency page in one action: through ``open_page`` if the caller gives one
(the main window does), otherwise in a library window of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from safetyplan import crisis_lines
from safetyplan.crisis_lines import CrisisLine, CrisisLinesError, CrisisRegion
from safetyplan.library import EMERGENCY_PAGE_ID
from safetyplan.settings import qsettings
from safetyplan.ui.clipboard import NumberCopier
from safetyplan.ui.common import fit_to_screen, keep_wrapped_text_whole
from safetyplan.ui.library_view import EMERGENCY_BUTTON_STYLE, REGION_KEY, LibraryDialog

COPIED_RESET_MS = 4000
CARD_STYLE = """
QFrame#crisisLine { border: 2px solid palette(mid); border-radius: 8px; }
QFrame#crisisLine[emergency="true"] { border: 3px solid #8b1e1e; }
"""


def wrapped_label(
    text: str, parent: QWidget, *, scale: float = 1.0, bold: bool = False
) -> QLabel:
    """Plain wrapped text that grows with the app's text size.

    The size policy keeps Qt's height-for-width flag, so a label gets exactly the height its
    wrapped text needs (``QLabel.setSizePolicy(h, v)`` would drop it and leave gaps).
    """
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    policy = label.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    label.setSizePolicy(policy)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    label.setFont(font)
    return label


class LineCard(QFrame):
    """One crisis line: its name, how to reach it in large type with a Copy button for each
    number, when it is open and who it is for."""

    copied = Signal(str)  # the number

    def __init__(
        self, line: CrisisLine, copier: NumberCopier, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.line = line
        self._copier = copier
        self.setObjectName("crisisLine")
        self.setProperty("emergency", line.emergency)
        self.setStyleSheet(CARD_STYLE)
        self.copy_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        name = wrapped_label(line.name, self, scale=1.25, bold=True)
        name.setAccessibleName(line.name)
        layout.addWidget(name)
        for text, number in self._ways_to_reach():
            layout.addLayout(self._way_row(text, number))
        for text in self._details():
            layout.addWidget(wrapped_label(text, self))
        self.setAccessibleName(line.name)

    def _ways_to_reach(self) -> list[tuple[str, str]]:
        """("Call 116 123", "116 123"), ("Text 88247", "88247"); the number is "" when the
        one above it already covers it (988: call or text the same number)."""
        ways = []
        if self.line.takes_calls:
            ways.append((self.tr("Call %1").replace("%1", self.line.number), self.line.number))
        if self.line.takes_texts:
            texting = self.line.texting_number
            repeated = self.line.takes_calls and texting == self.line.number
            ways.append((self.line.text_instruction, "" if repeated else texting))
        return ways

    def _way_row(self, text: str, number: str) -> QHBoxLayout:
        label = wrapped_label(text, self, scale=2.0, bold=True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        row = QHBoxLayout()
        row.addWidget(label, 1)
        if number:
            button = QPushButton(self.tr("Copy number"), self)
            button.setAccessibleName(self.tr("Copy %1 (%2)").replace("%1", number).replace(
                "%2", self.line.name
            ))
            button.clicked.connect(lambda: self.copy_number(button, number))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            self.copy_buttons.append(button)
        return row

    def _details(self) -> list[str]:
        details = [
            self.tr("When: %1").replace("%1", self.line.hours),
            self.tr("Who it's for: %1").replace("%1", self.line.who_for),
        ]
        if self.line.note:
            details.append(self.line.note)
        return details

    def copy_number(self, button: QPushButton, number: str) -> None:
        """Put ``number`` on the clipboard; the copier clears it again a little later, as the
        app does for every number (other programs can read the clipboard)."""
        self._copier.copy(number)
        button.setText(self.tr("Copied"))
        QTimer.singleShot(COPIED_RESET_MS, button, lambda: button.setText(self.tr("Copy number")))
        self.copied.emit(number)


class GetHelpDialog(QDialog):
    """The crisis lines for one country, and the way into the library.

    ``region`` is a code such as ``"gb"``; without one, the region saved in ``settings`` (the
    app's own settings file if ``None``, key ``region``) or the one matching the system's locale
    is shown. Choosing another country saves it there and emits ``regionChanged``.
    ``open_page(page_id)`` shows a library page ("" for all pages); without it the dialog opens
    its own library window.
    """

    pageRequested = Signal(str)  # a library page id, "" for all pages
    regionChanged = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        region: str | None = None,
        settings: QSettings | None = None,
        open_page: Callable[[str], None] | None = None,
        crisis_lines_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Get help now"))
        self.setProperty("holdsNothingPersonal", True)  # the lock leaves it open
        self._settings = settings if settings is not None else qsettings()
        self._open_page = open_page
        self._lines_dir = crisis_lines_dir
        self.library_dialog: LibraryDialog | None = None
        self.copier = NumberCopier(parent=self)
        saved = self._settings.value(REGION_KEY)
        self.region = crisis_lines.preferred_region(region or saved, crisis_lines_dir)
        self.cards: list[LineCard] = []
        self._build()
        self.show_region(self.region)

    def _build(self) -> None:
        self.emergency_intro = wrapped_label("", self, scale=1.2, bold=True)

        self.emergency_button = QPushButton(self.tr("When to get emergency help"), self)
        self.emergency_button.setObjectName("emergencyButton")
        self.emergency_button.setStyleSheet(EMERGENCY_BUTTON_STYLE)
        self.emergency_button.setAccessibleName(self.tr("When to get emergency help"))
        self.emergency_button.setDefault(True)
        self.emergency_button.clicked.connect(lambda: self.open_library_page(EMERGENCY_PAGE_ID))
        self.more_button = QPushButton(self.tr("More information"), self)
        self.more_button.setAccessibleName(self.tr("More information and first aid"))
        self.more_button.clicked.connect(lambda: self.open_library_page(""))
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.emergency_button)
        buttons_row.addWidget(self.more_button)
        buttons_row.addStretch(1)

        self.region_box = QComboBox(self)
        self.region_box.setAccessibleName(self.tr("Country"))
        for code in crisis_lines.available_regions(self._lines_dir):
            self.region_box.addItem(crisis_lines.region_name(code, self._lines_dir), code)
        self.region_box.currentIndexChanged.connect(self._region_chosen)
        region_label = QLabel(self.tr("&Country:"), self)
        region_label.setBuddy(self.region_box)
        region_row = QHBoxLayout()
        region_row.addWidget(region_label)
        region_row.addWidget(self.region_box)
        region_row.addStretch(1)

        self.lines_area = QWidget(self)
        self.lines_layout = QVBoxLayout(self.lines_area)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the numbers and buttons
        scroll.setWidget(self.lines_area)

        self.status_label = wrapped_label("", self)
        self.status_label.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        title = wrapped_label(self.tr("Get help now"), self, scale=1.6, bold=True)
        title.setAccessibleName(self.tr("Get help now"))
        layout.addWidget(title)
        layout.addWidget(self.emergency_intro)
        layout.addLayout(buttons_row)
        layout.addLayout(region_row)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        metrics = self.fontMetrics()
        fit_to_screen(self, metrics.averageCharWidth() * 95, metrics.height() * 42)

    # Showing a region
    def show_region(self, region: str) -> None:
        """Show the crisis lines of ``region``; a file that can't be read shows a plain message."""
        self.region = region
        index = self.region_box.findData(region)
        self.region_box.blockSignals(True)
        self.region_box.setCurrentIndex(index)
        self.region_box.blockSignals(False)
        self._clear_lines()
        try:
            loaded = crisis_lines.load_crisis_region(region, self._lines_dir)
        except CrisisLinesError as error:
            self.emergency_intro.setText(error.message())
            return
        self.emergency_intro.setText(self._emergency_text(loaded))
        keep_wrapped_text_whole(self)  # the emergency number is never squeezed out of sight
        for line in loaded.lines:
            card = LineCard(line, self.copier, self.lines_area)
            card.copied.connect(self._number_copied)
            self.cards.append(card)
            self.lines_layout.addWidget(card)
        if not loaded.fully_verified:
            self.lines_layout.addWidget(wrapped_label(self._unverified_text(), self.lines_area))
        self.lines_layout.addStretch(1)

    def _clear_lines(self) -> None:
        self.cards.clear()
        while self.lines_layout.count():
            item = self.lines_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _emergency_text(self, region: CrisisRegion) -> str:
        numbers = self.tr(" or ").join(region.emergency_numbers)
        text = self.tr("If you are badly hurt or your life is in danger, call %1 now.")
        return text.replace("%1", numbers)

    def _unverified_text(self) -> str:
        return self.tr(
            "These details have not yet been checked against each service's own website. "
            "If a number doesn't work, try another line here."
        )

    def _region_chosen(self, index: int) -> None:
        code = self.region_box.itemData(index)
        if not code or code == self.region:
            return
        self.show_region(code)
        if self.library_dialog is not None:  # its crisis-lines page shows the old country
            self.library_dialog.close()
            self.library_dialog.deleteLater()
            self.library_dialog = None
        self._settings.setValue(REGION_KEY, code)  # a country code, nothing personal
        self.regionChanged.emit(code)

    def _number_copied(self, number: str) -> None:
        text = self.tr(
            "Copied %1. You can paste it into your phone or another app. For your privacy, "
            "it is cleared from the clipboard after %n seconds.",
            "",
            self.copier.clear_after_ms // 1000,
        )
        self.status_label.setText(text.replace("%1", number))
        self.status_label.show()
        QAccessible.updateAccessibility(
            QAccessibleAnnouncementEvent(self.status_label, self.status_label.text())
        )

    # The library
    def open_library_page(self, page_id: str) -> None:
        """Show ``page_id`` ("" for all pages) through ``open_page`` or a library window."""
        self.pageRequested.emit(page_id)
        if self._open_page is not None:
            self._open_page(page_id)
            return
        if self.library_dialog is None:
            self.library_dialog = LibraryDialog(
                self, region=self.region, settings=self._settings
            )
        widget = self.library_dialog.library_widget
        if page_id:
            widget.show_page(page_id)
        else:
            widget.show_contents()
        self.library_dialog.show()
        self.library_dialog.raise_()
        self.library_dialog.activateWindow()
