"""What helps: a chart of how often each strategy helped, the same figures as a table, and a
button to move a strategy to the top of the plan.

The chart is painted with QPainter (no web view, no QtCharts). Screen readers get the figures
from the table and from the chart's accessible description.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionFocusRect,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safetyplan.diary import DiaryStore, Period, StrategyFigure, move_strategy_to_top, what_helps
from safetyplan.store import PlanStore
from safetyplan.ui.common import paragraph
from safetyplan.ui.diary_words import change_in_short, change_text, number_text

DEFAULT_PERIOD = Period.THREE_MONTHS


class Shades:
    """The brushes for the three parts of a bar, from the palette (so themes and high contrast
    follow), with a hatch on "a bit" so the parts differ without relying on colour."""

    def __init__(self, palette: QPalette) -> None:
        strong = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        light = QColor(
            (strong.red() + base.red() * 2) // 3,
            (strong.green() + base.green() * 2) // 3,
            (strong.blue() + base.blue() * 2) // 3,
        )
        self.outline = QPen(palette.color(QPalette.ColorRole.Text), 1)
        self.yes = QBrush(strong)
        self.a_bit_fill = QBrush(light)
        self.a_bit_hatch = QBrush(strong, Qt.BrushStyle.BDiagPattern)
        self.track = QBrush(base)

    def paint_a_bit(self, painter: QPainter, rect: QRect) -> None:
        painter.fillRect(rect, self.a_bit_fill)
        painter.fillRect(rect, self.a_bit_hatch)


def swatch(kind: str, palette: QPalette, size: int) -> QPixmap:
    """A small square in the colour of one part of the bars, for the legend."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    shades = Shades(palette)
    painter = QPainter(pixmap)
    rect = QRect(0, 0, size - 1, size - 1)
    if kind == "yes":
        painter.fillRect(rect, shades.yes)
    elif kind == "a_bit":
        shades.paint_a_bit(painter, rect)
    else:
        painter.fillRect(rect, shades.track)
    painter.setPen(shades.outline)
    painter.drawRect(rect)
    painter.end()
    return pixmap


class HelpsChart(QWidget):
    """One row per strategy: its name, then a bar as long as the times it was tried, filled in
    for the times it helped ("yes" solid, "a bit" hatched), with "Helped: 3 of 5" beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: list[StrategyFigure] = []
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Chart of what helps"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_figures(self, figures: Sequence[StrategyFigure]) -> None:
        self.figures = list(figures)
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def bar_label(self, figure: StrategyFigure) -> str:
        return (
            self.tr("Helped: %1 of %2")
            .replace("%1", number_text(figure.helped))
            .replace("%2", number_text(figure.used))
        )

    def describe(self) -> str:
        """The chart in words, one line per strategy (its accessible description)."""
        lines = []
        for figure in self.figures:
            parts = self.tr("%1. Times tried: %2. Yes, it helped: %3. It helped a bit: %4.")
            for mark, value in (
                ("%1", figure.strategy),
                ("%2", number_text(figure.used)),
                ("%3", number_text(figure.helped_yes)),
                ("%4", number_text(figure.helped_a_bit)),
            ):
                parts = parts.replace(mark, value)
            change = change_text(figure.average_change)
            lines.append(f"{parts} {change}." if change else parts)
        return "\n".join(lines)

    # Geometry
    def _row_height(self) -> int:
        line = self.fontMetrics().lineSpacing()
        return line * 2 + line // 2 + line // 2  # name, bar, space between rows

    def _margin(self) -> int:
        return self.fontMetrics().lineSpacing() // 2

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 60, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        height = len(self.figures) * self._row_height() + 2 * self._margin()
        return QSize(self.fontMetrics().averageCharWidth() * 30, height)

    # Painting
    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        shades = Shades(self.palette())
        metrics = self.fontMetrics()
        margin = self._margin()
        label_width = max(
            (metrics.horizontalAdvance(self.bar_label(f)) for f in self.figures), default=0
        )
        bar_space = max(1, self.width() - 4 * margin - label_width)
        most_used = max((f.used for f in self.figures), default=1)
        for number, figure in enumerate(self.figures):
            top = margin + number * self._row_height()
            self._paint_row(painter, shades, figure, top, bar_space * figure.used // most_used)
        if self.hasFocus():
            self._paint_focus(painter)
        painter.end()

    def _paint_row(
        self, painter: QPainter, shades: Shades, figure: StrategyFigure, top: int, length: int
    ) -> None:
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        margin = self._margin()
        text_width = self.width() - 2 * margin
        name = metrics.elidedText(figure.strategy, Qt.TextElideMode.ElideRight, text_width)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QRect(margin, top, text_width, line), Qt.AlignmentFlag.AlignLeft, name)
        bar = QRect(margin, top + line + line // 8, max(length, 2), line)
        yes_width = length * figure.helped_yes // max(figure.used, 1)
        a_bit_width = length * figure.helped_a_bit // max(figure.used, 1)
        painter.fillRect(bar, shades.track)
        painter.fillRect(QRect(bar.left(), bar.top(), yes_width, bar.height()), shades.yes)
        a_bit = QRect(bar.left() + yes_width, bar.top(), a_bit_width, bar.height())
        shades.paint_a_bit(painter, a_bit)
        painter.setPen(shades.outline)
        painter.drawRect(bar.adjusted(0, 0, -1, -1))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        label = QRect(bar.right() + margin, bar.top(), self.width(), bar.height())
        painter.drawText(label, Qt.AlignmentFlag.AlignVCenter, self.bar_label(figure))

    def _paint_focus(self, painter: QPainter) -> None:
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = self.rect().adjusted(1, 1, -1, -1)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)


class Legend(QWidget):
    """What the parts of the bars mean: a swatch and words for each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        size = self.fontMetrics().height()
        for kind, text in (
            ("yes", self.tr("Yes, it helped")),
            ("a_bit", self.tr("It helped a bit")),
            ("track", self.tr("Tried: didn't help, or not said")),
        ):
            mark = QLabel()
            mark.setPixmap(swatch(kind, self.palette(), size))
            words = QLabel(text)
            row.addWidget(mark)
            row.addWidget(words)
            row.addSpacing(size)
        row.addStretch()
        self.setAccessibleName(self.tr("Key to the chart"))


class WhatHelpsPanel(QWidget):
    """The "What helps" tab. Emits ``plan_changed`` after moving a strategy in the plan, and
    ``print_requested`` (with the chosen :class:`Period`) when the person asks to print the page.

    The chart and the table sit one above the other on one scrolling page (no scroll areas
    inside it), each as tall as its contents.
    """

    plan_changed = Signal()
    print_requested = Signal(object)  # the Period shown

    def __init__(
        self,
        diary: DiaryStore,
        plan_store: PlanStore,
        parent: QWidget | None = None,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        self.plan_store = plan_store
        self.clock = clock
        self.figures: list[StrategyFigure] = []
        self.summary = paragraph("")
        self.chart = HelpsChart()
        self.legend = Legend()
        self.table = self._make_table()
        self.move_button = QPushButton(self.tr("&Move to the top of my plan"))
        self.move_button.setAccessibleName(self.tr("Move to the top of my plan"))
        self.move_button.clicked.connect(self.move_chosen_to_top)
        self.print_button = QPushButton(self.tr("Print or sa&ve this page…"))
        self.print_button.setAccessibleName(self.tr("Print or save this page"))
        self.print_button.clicked.connect(self.request_print)
        self.done_label = paragraph("")
        layout = QVBoxLayout(self)
        layout.addLayout(self._make_period_chooser())
        layout.addWidget(self._make_page(), 1)
        actions = QHBoxLayout()
        actions.addWidget(self.move_button)
        actions.addWidget(self.done_label, 1)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)
        self.table.itemSelectionChanged.connect(self._update_move_button)
        self.table.currentCellChanged.connect(self._keep_row_in_view)
        self.refresh()

    def _make_period_chooser(self) -> QHBoxLayout:
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Time to show"))
        for period in Period:
            self.period.addItem(period.label(), period)
        self.period.setCurrentIndex(list(Period).index(DEFAULT_PERIOD))
        self.period.currentIndexChanged.connect(self.refresh)
        label = QLabel(self.tr("&Show:"))
        label.setBuddy(self.period)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.period)
        row.addStretch()
        return row

    def _make_page(self) -> QScrollArea:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.summary)
        column.addWidget(self.legend)
        column.addWidget(self.chart)
        column.addWidget(self.table)
        column.addStretch()
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to what is in it
        self.page_scroll.setWidget(page)
        self.page_scroll.viewport().setAutoFillBackground(False)  # the tab's own background
        page.setAutoFillBackground(False)
        return self.page_scroll

    def _make_table(self) -> QTableWidget:
        headings = [
            self.tr("What I tried"),
            self.tr("Times tried"),
            self.tr("Helped"),
            self.tr("Helped a bit"),
            self.tr("Didn't help"),
            self.tr("On average afterwards"),
        ]
        table = QTableWidget(0, len(headings))
        table.setAccessibleName(self.tr("What helps, as a table"))
        table.setHorizontalHeaderLabels(headings)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
        table.setWordWrap(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * 3 // 2)
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return table

    def chosen_period(self) -> Period:
        period: Period = self.period.currentData()
        return period

    def refresh(self) -> None:
        """Work the figures out again (after the diary changed, or another period was chosen)."""
        self.figures = what_helps(self.diary, self.chosen_period(), self.clock())
        self.chart.set_figures(self.figures)
        self._fill_table()
        if self.figures:
            self.summary.setText(
                self.tr(
                    "What you tried, and how often it helped. The ones that helped most are first."
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "Nothing noted for this time yet. When you note what you tried, you'll see "
                    "here what helps."
                )
            )
        for widget in (self.legend, self.chart, self.table, self.move_button, self.print_button):
            widget.setVisible(bool(self.figures))
        self._update_move_button()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.figures))
        for row, figure in enumerate(self.figures):
            cells = (
                figure.strategy,
                number_text(figure.used),
                number_text(figure.helped_yes),
                number_text(figure.helped_a_bit),
                number_text(figure.helped_no),
                change_in_short(figure.average_change),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 0 < column < len(cells) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 0:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self._fit_table()

    def _fit_table(self) -> None:
        """Make the table exactly as big as its cells; the page scrolls, not the table.

        Names longer than about 40 characters are cut short with "…" (the tooltip and the
        chart's description have them whole).
        """
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        limit = metrics.averageCharWidth() * 40
        if self.table.columnWidth(0) > limit:
            self.table.setColumnWidth(0, limit)
        frame = self.table.frameWidth() * 2
        header = self.table.horizontalHeader()
        self.table.setMinimumWidth(header.length() + frame)
        rows = self.table.verticalHeader().length()
        self.table.setFixedHeight(header.sizeHint().height() + rows + frame)

    def _keep_row_in_view(self, row: int) -> None:
        """Moving through the table with the keyboard scrolls the page along with it."""
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        rect = self.table.visualItemRect(item)
        page = self.page_scroll.widget()
        if page is None:
            return
        centre = self.table.viewport().mapTo(page, rect.center())
        self.page_scroll.ensureVisible(centre.x(), centre.y(), 0, rect.height())

    def request_print(self) -> None:
        self.print_requested.emit(self.chosen_period())

    def chosen_strategy(self) -> str:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.figures[row].strategy if selected and 0 <= row < len(self.figures) else ""

    def _update_move_button(self) -> None:
        strategy = self.chosen_strategy()
        self.move_button.setEnabled(bool(strategy))
        description = (
            self.tr("Moves “%1” to the top of the things you can do on your own").replace(
                "%1", strategy
            )
            if strategy
            else self.tr("Choose something in the table first")
        )
        self.move_button.setAccessibleDescription(description)
        self.move_button.setToolTip(description)

    def move_chosen_to_top(self) -> None:
        strategy = self.chosen_strategy()
        if not strategy:
            return
        move_strategy_to_top(self.plan_store, strategy)
        self.done_label.setText(
            self.tr("“%1” is now at the top of your plan.").replace("%1", strategy)
        )
        self.plan_changed.emit()
