"""Qt's own words that SafetyPlan's windows show, so our translations cover them too.

Qt ships no Welsh translation of itself: without these, a Welsh window would still say "Cancel"
on its standard buttons, in the text fields' right-click menus and in Qt's file dialog (used
to save a PDF and to choose a picture). The contexts and texts are Qt's exact ones (each was
checked against Qt's own German translation); ``pyside6-lupdate`` collects them from here.
"""

from __future__ import annotations

from safetyplan.i18n import QT_TRANSLATE_NOOP

QT_OWN_STRINGS = (
    # Standard dialog buttons (QDialogButtonBox, QMessageBox).
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "OK")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Save")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")),
    ("QPlatformTheme", QT_TRANSLATE_NOOP("QPlatformTheme", "Close")),
    # The right-click menu of one-line text fields.
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Undo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Redo")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Cu&t")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Copy")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "&Paste")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Delete")),
    ("QLineEdit", QT_TRANSLATE_NOOP("QLineEdit", "Select All")),
    # The right-click menu of longer text boxes.
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All")),
    ("QWidgetTextControl", QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location")),
    # The right-click menu of number and date fields.
    ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All")),
    ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up")),
    ("QAbstractSpinBox", QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down")),
    # Qt's file dialog.
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Save")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Open")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Choose")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "File &name:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Directory:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Back")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Forward")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "List View")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Detail View")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "New Folder")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Recent Places")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Sidebar")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go back")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go forward")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Rename")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Delete")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&New Folder")),
    (
        "QFileDialog",
        QT_TRANSLATE_NOOP("QFileDialog", "%1 already exists.\nDo you want to replace it?"),
    ),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Name")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Size")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Type")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Kind")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "My Computer")),
    ("QFileSystemModel", QT_TRANSLATE_NOOP("QFileSystemModel", "Computer")),
)
