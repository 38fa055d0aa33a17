"""The words the diary screens share: answers and changes said plainly, never as a score."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def helped_label(answer: str | None) -> str:
    """A diary answer to "Did it help?" in words ("" when not said)."""
    if answer == "yes":
        return QCoreApplication.translate("DiaryWords", "Yes")
    if answer == "a_bit":
        return QCoreApplication.translate("DiaryWords", "A bit")
    if answer == "no":
        return QCoreApplication.translate("DiaryWords", "No")
    return ""


def number_text(value: float) -> str:
    """A number in the person's locale, with one decimal place only when it isn't whole."""
    locale = QLocale()
    rounded = round(value, 1)
    if rounded == int(rounded):
        return locale.toString(int(rounded))
    return locale.toString(rounded, "f", 1)


def change_text(average: float | None) -> str:
    """How the urge or distress changed on average ("" when there is nothing to say)."""
    if average is None:
        return ""
    if round(average, 1) == 0:
        return QCoreApplication.translate("DiaryWords", "About the same afterwards")
    if average > 0:
        text = QCoreApplication.translate("DiaryWords", "%1 lower afterwards, on average")
    else:
        text = QCoreApplication.translate("DiaryWords", "%1 higher afterwards, on average")
    return text.replace("%1", number_text(abs(average)))


def change_in_short(average: float | None) -> str:
    """The change for a table cell: "1.5 lower", "2 higher", "about the same" or ""."""
    if average is None:
        return ""
    if round(average, 1) == 0:
        return QCoreApplication.translate("DiaryWords", "about the same")
    if average > 0:
        text = QCoreApplication.translate("DiaryWords", "%1 lower")
    else:
        text = QCoreApplication.translate("DiaryWords", "%1 higher")
    return text.replace("%1", number_text(abs(average)))


def to_qdatetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )


def from_qdatetime(moment: QDateTime) -> dt.datetime:
    date, time = moment.date(), moment.time()
    return dt.datetime(
        date.year(), date.month(), date.day(), time.hour(), time.minute(), time.second()
    )


def when_text(moment: dt.datetime) -> str:
    """A date and time in the person's locale's short form."""
    return QLocale().toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)
