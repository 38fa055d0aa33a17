"""The information library: search, topics and a large, calm reading view.

It holds nothing personal, so it works with no plan unlocked. Links between pages open inside
the view; outside addresses are plain text to copy and nothing here ever opens a browser. The
text size is remembered as a single number under ``library/text_size``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSettings,
    QSize,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QFont,
    QKeySequence,
    QResizeEvent,
    QTextBlock,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from safetyplan.crisis_lines import preferred_region
from safetyplan.library import EMERGENCY_PAGE_ID, Library, load_library
from safetyplan.settings import qsettings
from safetyplan.ui.common import fit_to_screen

TEXT_SIZE_KEY = "library/text_size"
REGION_KEY = "region"  # shared with "Get help now" and the app's preferences
MIN_TEXT_SIZE = 10
MAX_TEXT_SIZE = 40
TEXT_SIZE_STEP = 2
PAGE_ROLE = Qt.ItemDataRole.UserRole
EMERGENCY_BUTTON_STYLE = """
QPushButton#emergencyButton {
    background: #8b1e1e; color: #ffffff; font-weight: bold;
    padding: 8px 14px; border: 3px solid #8b1e1e; border-radius: 6px;
}
QPushButton#emergencyButton:focus { border: 3px solid #ffbf47; }
"""
READING_STYLE = {
    False: """
        h1 { color: #1f2a2a; font-size: x-large; } h2 { color: #24504c; font-size: large; }
        h3 { color: #24504c; font-size: medium; }
        a { color: #1a4f7a; text-decoration: underline; }
        p, li { line-height: 135%; }
        .summary { color: #33403f; } .meta { color: #4a5656; }
        .address { font-family: monospace; }
    """,
    True: """
        h1 { color: #ffffff; font-size: x-large; } h2 { color: #ffffff; font-size: large; }
        h3 { color: #ffffff; font-size: medium; }
        a { color: #ffff00; text-decoration: underline; }
        p, li { line-height: 135%; }
        .summary, .meta { color: #ffffff; }
        .address { font-family: monospace; color: #ffffff; }
    """,
}
HIGH_CONTRAST_BROWSER = "QTextBrowser { background: #000000; color: #ffffff; }"


def default_text_size() -> int:
    """A little larger than the app's own text, so long reading is comfortable."""
    size = round(QFont().pointSizeF() * 1.25)
    return max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, size))


def saved_text_size(settings: QSettings) -> int:
    try:
        size = int(str(settings.value(TEXT_SIZE_KEY, default_text_size())))
    except ValueError:
        return default_text_size()
    return max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, size))


class ReadingView(QTextBrowser):
    """A QTextBrowser that never follows a link itself and never loads anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        del kind, name
        return None  # no pictures, no files, no network: pages are text only

    def heading_blocks(self) -> list[QTextBlock]:
        """The page's level 2 and 3 headings, in order."""
        blocks = []
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() in (2, 3):
                blocks.append(block)
            block = block.next()
        return blocks

    def scroll_to_block(self, block: QTextBlock) -> None:
        self.setTextCursor(QTextCursor(block))
        top = self.document().documentLayout().blockBoundingRect(block).top()
        self.verticalScrollBar().setValue(int(top))


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights that fit wrapped titles: Qt's tree views cut long text off otherwise."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        view = self.parent()
        assert isinstance(view, QTreeWidget)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) * 2 + 4
        width = max(40, view.viewport().width() - view.indentation() * (depth + 1) - margin)
        bounds = QRect(0, 0, width, 100_000)
        text = styled.fontMetrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, styled.text)
        return QSize(width, text.height() + 6)


class PagesTree(QTreeWidget):
    """The list of pages by topic, with long titles wrapped rather than cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # wrapped rows change height with the width


class LibraryWidget(QWidget):
    """Search, a list by topic and the reading view.

    Give it a loaded ``library`` or let it load one (in ``language``, with the crisis lines of
    ``region`` and local pages from the data folder and from ``vault_dir``). ``settings`` (the
    app's own settings file if ``None``) keeps the text size and gives the default region.
    """

    textSizeChanged = Signal(int)
    highContrastChanged = Signal(bool)
    pageShown = Signal(str)  # the page id, "" for the list of all pages

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        library: Library | None = None,
        settings: QSettings | None = None,
        language: str | None = None,
        region: str | None = None,
        vault_dir: Path | None = None,
        high_contrast: bool = False,
    ) -> None:
        super().__init__(parent)
        self._settings = settings if settings is not None else qsettings()
        # The same country as "Get help now", so the crisis-lines page never disagrees with it.
        region = region or preferred_region(self._settings.value(REGION_KEY))
        self.library = library or load_library(
            language or QLocale().name(), vault_dir=vault_dir, region=region
        )
        self._history: list[str] = []
        self._headings: list[QTextBlock] = []
        self._high_contrast = high_contrast
        self._build()
        self._add_shortcuts()
        self._fill_topics()
        self.set_text_size(saved_text_size(self._settings), remember=False)
        self.set_high_contrast(high_contrast)
        self.show_contents()

    # Building
    def _build(self) -> None:
        self.emergency_button = QPushButton(self.tr("When to get emergency help"), self)
        self.emergency_button.setObjectName("emergencyButton")
        self.emergency_button.setStyleSheet(EMERGENCY_BUTTON_STYLE)
        self.emergency_button.setAccessibleName(self.tr("When to get emergency help"))
        self.emergency_button.clicked.connect(lambda: self.show_page(EMERGENCY_PAGE_ID))

        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search the information pages"))
        self.search_field.setAccessibleName(self.tr("Search the information pages"))
        self.search_field.setClearButtonEnabled(True)
        for clear_button in self.search_field.findChildren(QToolButton):
            clear_button.setAccessibleName(self.tr("Clear the search"))
        self.search_field.textChanged.connect(self._search)
        self.search_field.returnPressed.connect(self._open_first_result)

        top = QHBoxLayout()
        top.addWidget(self.emergency_button)
        top.addWidget(self.search_field, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_side_panel())
        splitter.addWidget(self._build_reading_panel())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        side_width = self.fontMetrics().averageCharWidth() * 30
        splitter.setSizes([side_width, side_width * 3])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _build_side_panel(self) -> QWidget:
        panel = QWidget(self)
        self.pages_tree = PagesTree(panel)
        self.pages_tree.setAccessibleName(self.tr("Pages by topic"))
        self.pages_tree.currentItemChanged.connect(self._current_item_changed)
        self.pages_tree.itemActivated.connect(self._item_activated)
        self.results_label = QLabel(panel)
        self.results_label.setWordWrap(True)
        self.results_label.hide()

        self.contents_list = QListWidget(panel)
        self.contents_list.setAccessibleName(self.tr("Headings on this page"))
        self.contents_list.setWordWrap(True)
        self.contents_list.itemActivated.connect(self._heading_activated)
        self.contents_list.itemClicked.connect(self._heading_activated)
        contents_label = QLabel(self.tr("On this page"), panel)
        contents_label.setBuddy(self.contents_list)

        panel.setMinimumWidth(self.fontMetrics().averageCharWidth() * 22)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.results_label)
        layout.addWidget(self.pages_tree, 2)
        layout.addWidget(contents_label)
        layout.addWidget(self.contents_list, 1)
        layout.addWidget(self._build_problems_note(panel))
        return panel

    def _build_problems_note(self, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        text = self.tr("Some pages couldn't be shown.")
        label = QLabel("⚠ " + text, box)
        label.setWordWrap(True)
        details = QPushButton(self.tr("Show details"), box)
        details.setAccessibleName(self.tr("Show which pages couldn't be shown, and why"))
        details.clicked.connect(self.show_problems)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(details)
        box.setVisible(bool(self.library.problems))
        return box

    def _build_reading_panel(self) -> QWidget:
        panel = QWidget(self)
        self.back_button = self._tool_button(self.tr("Back"), self.tr("Back to the last page"))
        self.back_button.clicked.connect(self.go_back)
        self.contents_button = self._tool_button(self.tr("All pages"), self.tr("All pages"))
        self.contents_button.clicked.connect(self.show_contents)
        self.smaller_button = self._tool_button(self.tr("A−"), self.tr("Smaller text"))
        self.smaller_button.clicked.connect(lambda: self.change_text_size(-TEXT_SIZE_STEP))
        self.larger_button = self._tool_button(self.tr("A+"), self.tr("Larger text"))
        self.larger_button.clicked.connect(lambda: self.change_text_size(TEXT_SIZE_STEP))
        self.contrast_button = self._tool_button(
            self.tr("High contrast"), self.tr("High contrast reading")
        )
        self.contrast_button.setCheckable(True)
        self.contrast_button.toggled.connect(self.set_high_contrast)

        bar = QHBoxLayout()
        for button in (self.back_button, self.contents_button):
            bar.addWidget(button)
        bar.addStretch(1)
        for button in (self.smaller_button, self.larger_button, self.contrast_button):
            bar.addWidget(button)

        self.browser = ReadingView(panel)
        self.browser.document().setDocumentMargin(self.fontMetrics().averageCharWidth() * 2)
        self.browser.anchorClicked.connect(self._link_clicked)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        return panel

    def _tool_button(self, text: str, accessible_name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible_name)
        button.setToolTip(accessible_name)
        return button

    def _add_shortcuts(self) -> None:
        bindings = (
            ((QKeySequence.StandardKey.Find,), self.focus_search),
            (("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn), self._larger),
            (("Ctrl+-", QKeySequence.StandardKey.ZoomOut), self._smaller),
            (("Ctrl+0",), self.reset_text_size),
            (("Alt+Left", QKeySequence.StandardKey.Back), self.go_back),
            (("Alt+Down",), self.next_heading),
            (("Alt+Up",), self.previous_heading),
        )
        for keys, slot in bindings:
            action = QAction(self)
            action.setShortcuts(_unique_sequences(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def _fill_topics(self) -> None:
        self.pages_tree.clear()
        for topic, pages in self.library.by_topic():
            topic_item = QTreeWidgetItem(self.pages_tree, [topic.translated_title()])
            topic_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(topic_item.font(0))
            font.setBold(True)
            topic_item.setFont(0, font)
            for page in pages:
                item = QTreeWidgetItem(topic_item, [page.title])
                item.setData(0, PAGE_ROLE, page.id)
                item.setToolTip(0, page.summary)
        self.pages_tree.expandAll()

    # Showing pages
    def show_page(self, page_id: str) -> bool:
        """Show the page with ``page_id``; returns False (showing nothing new) if there is none."""
        if page_id not in self.library:
            return False
        page = self.library.page(page_id)
        self._show_html(self.library.render_html(page_id), page_id, page.title)
        return True

    def show_contents(self) -> None:
        """The start page: every page, by topic."""
        self._show_html(self.library.contents_html(), "", self.tr("All pages"))

    def show_problems(self) -> None:
        self._show_html(self.library.problems_html(), "", self.tr("Pages that couldn't be shown"))

    def current_page_id(self) -> str:
        return self._history[-1] if self._history else ""

    def _show_html(self, html: str, page_id: str, title: str) -> None:
        self.browser.setHtml(html)
        self.browser.setAccessibleName(self.tr("Reading: %1").replace("%1", title))
        if not self._history or self._history[-1] != page_id:
            self._history.append(page_id)
        self.back_button.setEnabled(len(self._history) > 1)
        self._fill_headings()
        self._select_in_tree(page_id)
        self.pageShown.emit(page_id)

    def _fill_headings(self) -> None:
        self._headings = self.browser.heading_blocks()
        self.contents_list.clear()
        for block in self._headings:
            item = QListWidgetItem(block.text(), self.contents_list)
            if block.blockFormat().headingLevel() == 2:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)

    def _select_in_tree(self, page_id: str) -> None:
        item = self._tree_item(page_id)
        self.pages_tree.blockSignals(True)
        if item is None:
            self.pages_tree.setCurrentIndex(QModelIndex())
        else:
            self.pages_tree.setCurrentItem(item)
        self.pages_tree.blockSignals(False)

    def _tree_item(self, page_id: str) -> QTreeWidgetItem | None:
        every_item = Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive
        for item in self.pages_tree.findItems("*", every_item):
            if page_id and item.data(0, PAGE_ROLE) == page_id:
                return item
        return None

    def go_back(self) -> None:
        if len(self._history) < 2:
            return
        self._history.pop()
        page_id = self._history.pop()
        if page_id:
            self.show_page(page_id)
        else:
            self.show_contents()

    def _link_clicked(self, url: QUrl) -> None:
        """Only ``page:`` links exist; anything else is ignored, never opened."""
        if url.scheme() == "page":
            self.show_page(url.path())

    def _current_item_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        page_id = item.data(0, PAGE_ROLE) if item is not None else None
        if page_id:
            self.show_page(page_id)

    def _item_activated(self, item: QTreeWidgetItem) -> None:
        if item.data(0, PAGE_ROLE):
            self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    # Search
    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search(self, query: str) -> None:
        if not query.strip():
            self.results_label.hide()
            self.pages_tree.setRootIsDecorated(True)
            self._fill_topics()
            self._select_in_tree(self.current_page_id())
            return
        results = self.library.search(query)
        self.pages_tree.clear()
        self.pages_tree.setRootIsDecorated(False)
        for page in results:
            item = QTreeWidgetItem(self.pages_tree, [page.title])
            item.setData(0, PAGE_ROLE, page.id)
            item.setToolTip(0, page.summary)
        self.results_label.setText(self._results_message(len(results)))
        self.results_label.show()
        _announce(self.pages_tree, self.results_label.text())

    def _results_message(self, count: int) -> str:
        if count == 0:
            return self.tr("No pages match your search.")
        return self.tr("%n pages found", "", count)  # "1 page": safetyplan_en.ts

    def _open_first_result(self) -> None:
        first = self.pages_tree.topLevelItem(0)
        if first is not None and first.data(0, PAGE_ROLE):
            self.show_page(first.data(0, PAGE_ROLE))
            self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    # Headings
    def next_heading(self) -> None:
        self._move_heading(+1)

    def previous_heading(self) -> None:
        self._move_heading(-1)

    def _move_heading(self, step: int) -> None:
        if not self._headings:
            return
        position = self.browser.textCursor().block().position()
        starts = [block.position() for block in self._headings]
        if step > 0:
            later = [i for i, start in enumerate(starts) if start > position]
            index = later[0] if later else len(starts) - 1
        else:
            earlier = [i for i, start in enumerate(starts) if start < position]
            index = earlier[-1] if earlier else 0
        self._go_to_heading(index)

    def _heading_activated(self, item: QListWidgetItem) -> None:
        self._go_to_heading(self.contents_list.row(item))
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _go_to_heading(self, index: int) -> None:
        block = self._headings[index]
        self.browser.scroll_to_block(block)
        self.contents_list.setCurrentRow(index)
        level = block.blockFormat().headingLevel()
        announcement = self.tr("Heading level %1: %2").replace("%1", str(level))
        _announce(self.browser, announcement.replace("%2", block.text()))

    # Text size and contrast
    def text_size(self) -> int:
        return self._text_size

    def set_text_size(self, size: int, remember: bool = True) -> None:
        """Show the reading view at ``size`` points and (by default) remember it."""
        self._text_size = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, size))
        font = QFont(self.browser.font())
        font.setPointSize(self._text_size)
        self.browser.document().setDefaultFont(font)
        self.smaller_button.setEnabled(self._text_size > MIN_TEXT_SIZE)
        self.larger_button.setEnabled(self._text_size < MAX_TEXT_SIZE)
        if remember:
            self._settings.setValue(TEXT_SIZE_KEY, self._text_size)  # a number, nothing personal
            self._settings.sync()
            self.textSizeChanged.emit(self._text_size)

    def change_text_size(self, step: int) -> None:
        self.set_text_size(self._text_size + step)

    def reset_text_size(self) -> None:
        self.set_text_size(default_text_size())

    def _larger(self) -> None:
        self.change_text_size(TEXT_SIZE_STEP)

    def _smaller(self) -> None:
        self.change_text_size(-TEXT_SIZE_STEP)

    def high_contrast(self) -> bool:
        return self._high_contrast

    def set_high_contrast(self, on: bool) -> None:
        changed = on != self._high_contrast
        self._high_contrast = on
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(on)
        self.contrast_button.blockSignals(False)
        self.browser.setStyleSheet(HIGH_CONTRAST_BROWSER if on else "")
        self.browser.document().setDefaultStyleSheet(READING_STYLE[on])
        self._reshow()
        if changed:
            self.highContrastChanged.emit(on)

    def _reshow(self) -> None:
        """Render the current page again (a new default style sheet applies to new HTML only)."""
        scroll = self.browser.verticalScrollBar().value()
        page_id = self.current_page_id()
        if page_id:
            self.browser.setHtml(self.library.render_html(page_id))
        elif self._history:
            self.browser.setHtml(self.library.contents_html())
        self._fill_headings()
        self.browser.verticalScrollBar().setValue(scroll)


def _unique_sequences(keys: tuple[str | QKeySequence.StandardKey, ...]) -> list[QKeySequence]:
    """The key sequences without repeats (Ctrl+- is also the platform's zoom-out key, and a
    shortcut given twice is ambiguous to Qt and does nothing)."""
    unique: dict[str, QKeySequence] = {}
    for key in keys:
        bindings = [QKeySequence(key)] if isinstance(key, str) else QKeySequence.keyBindings(key)
        for sequence in bindings:
            unique.setdefault(sequence.toString(), sequence)
    return list(unique.values())


def _announce(widget: QWidget, message: str) -> None:
    """Tell a screen reader, if one is running, without moving the focus."""
    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, message))


class LibraryDialog(QDialog):
    """The library in its own window; ``page_id`` ("" for all pages) is shown first."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        page_id: str = "",
        library: Library | None = None,
        settings: QSettings | None = None,
        language: str | None = None,
        region: str | None = None,
        vault_dir: Path | None = None,
        high_contrast: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Information and first aid"))
        self.setProperty("holdsNothingPersonal", True)  # the lock leaves it open
        self.library_widget = LibraryWidget(
            self,
            library=library,
            settings=settings,
            language=language,
            region=region,
            vault_dir=vault_dir,
            high_contrast=high_contrast,
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.library_widget, 1)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        fit_to_screen(self, metrics.averageCharWidth() * 130, metrics.height() * 40)
        if page_id:
            self.library_widget.show_page(page_id)
