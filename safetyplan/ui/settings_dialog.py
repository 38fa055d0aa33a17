"""Preferences: idle lock, discreet mode, language, text size, contrast, diary question; and the
ways to change the passphrase and to save or replace the plan as a file (the window does those).

One column, each label above its control and each check box with a line below saying what it
does: room for large text and long translations.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from safetyplan.settings import Preferences
from safetyplan.translations import LANGUAGE_NAMES, translation_reviewed
from safetyplan.ui.common import fit_to_screen, heading, paragraph, scrolling


class SettingsDialog(QDialog):
    change_passphrase_requested = Signal()
    export_requested = Signal()
    import_requested = Signal()

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = preferences
        self.setWindowTitle(self.tr("Settings"))
        body = QWidget(self)
        self._column = QVBoxLayout(body)
        self._column.addWidget(heading(self.tr("Settings"), self))
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.valueChanged.connect(self._show_minutes)
        self.idle_minutes.setValue(preferences.idle_minutes)
        self._show_minutes(self.idle_minutes.value())
        self.idle_minutes.setAccessibleName(self.tr("Lock my plan after this long unused"))
        self._labelled(self.tr("&Lock my plan after this long unused"), self.idle_minutes)
        self.discreet = QCheckBox(self.tr("&Discreet mode"), self)
        self.discreet.setChecked(preferences.discreet)
        self.discreet.setAccessibleName(self.tr("Discreet mode"))
        self._explained(self.discreet, self.tr("The window shows a plain title and icon."))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language)))
        self._labelled(self.tr("L&anguage"), self.language)
        if not translation_reviewed():
            self._column.addWidget(
                paragraph(
                    self.tr(
                        "This translation is new: a fluent speaker has not checked it yet. "
                        "Crisis lines and information pages are in English."
                    ),
                    self,
                )
            )
        self.text_scale = QSpinBox(self)
        self.text_scale.setRange(100, 250)
        self.text_scale.setSingleStep(25)
        self.text_scale.setSuffix("%")
        self.text_scale.setValue(preferences.text_scale)
        self.text_scale.setAccessibleName(self.tr("Text size"))
        self._labelled(self.tr("&Text size"), self.text_scale)
        self.high_contrast = QCheckBox(self.tr("&High contrast"), self)
        self.high_contrast.setChecked(preferences.high_contrast)
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self._column.addWidget(self.high_contrast)
        self.self_harm_question = QCheckBox(self.tr("&Ask about self-harm in the diary"), self)
        self.self_harm_question.setChecked(preferences.show_self_harm_question)
        self.self_harm_question.setAccessibleName(self.tr("Ask about self-harm in the diary"))
        self._explained(
            self.self_harm_question,
            self.tr('The diary asks "Did you hurt yourself?". You can always skip it.'),
        )
        self._column.addSpacing(8)
        self._column.addWidget(
            paragraph(self.tr("These settings hold nothing from your plan."), self)
        )
        self._button(self.tr("&Change my passphrase…"), self.change_passphrase_requested)
        self._add_plan_file_buttons()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(buttons)  # always in view, however large the text
        self._column.activate()
        width = max(body.minimumSizeHint().width(), body.sizeHint().width())
        height = self._column.totalHeightForWidth(width) + buttons.sizeHint().height()
        fit_to_screen(self, width + 2 * layout.contentsMargins().left(), height + 40)

    def _add_plan_file_buttons(self) -> None:
        self._column.addSpacing(8)
        self._column.addWidget(heading(self.tr("Your plan file"), self, level=2))
        self._column.addWidget(
            paragraph(
                self.tr("To move your plan to another computer, or to keep a spare copy."), self
            )
        )
        self._button(self.tr("&Save a copy of my plan…"), self.export_requested)
        self._button(self.tr("&Replace my plan with a copy…"), self.import_requested)

    def _button(self, text: str, signal: SignalInstance) -> None:
        """A button that asks the window to do something (the window has the plan open)."""
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").removesuffix("…"))
        button.clicked.connect(signal)
        self._column.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)

    def _labelled(self, text: str, field: QWidget) -> None:
        """A label above ``field``; its Alt+letter moves the focus there."""
        label = QLabel(text, self)
        label.setBuddy(field)
        self._column.addSpacing(4)
        self._column.addWidget(label)
        self._column.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)

    def _explained(self, check: QCheckBox, explanation: str) -> None:
        """A check box with a wrapped line below it, lined up with its words."""
        check.setAccessibleDescription(explanation)
        self._column.addWidget(check)
        hint = paragraph(explanation, self)
        metric = self.style().pixelMetric
        hint.setIndent(
            metric(QStyle.PixelMetric.PM_IndicatorWidth)
            + metric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing)
        )
        self._column.addWidget(hint)

    def _show_minutes(self, minutes: int) -> None:
        self.idle_minutes.setSuffix(self.tr(" minutes", "after a number", minutes))

    def preferences(self) -> Preferences:
        return replace(
            self._original,
            idle_minutes=self.idle_minutes.value(),
            discreet=self.discreet.isChecked(),
            language=str(self.language.currentData()),
            text_scale=self.text_scale.value(),
            high_contrast=self.high_contrast.isChecked(),
            show_self_harm_question=self.self_harm_question.isChecked(),
        )
