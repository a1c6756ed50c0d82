"""Small input widgets of the person editor: a photo, contact methods, a date that may be
empty, a comma-separated list with completion, and a keep-in-touch cadence."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.interchange import photos
from netjournal.journal.vocab import ContactKind
from netjournal.ui.format import date_pattern, first_day_of_week
from netjournal.ui.labels import label

# The earliest day a date edit offers stands for "not set".
_NO_DATE = QDate(1900, 1, 1)

# The photo as shown in the editor; how it is stored is `photos.encoded_thumbnail`'s (the
# same small thumbnail a photo from an imported vCard becomes).
PHOTO_SHOWN_PX = 96


def initials(name: str) -> str:
    """ "Ana Silva" → "AS"; one word gives one letter; nothing gives "?"."""
    words = [w for w in name.split() if w[:1].isalnum()]
    if not words:
        return "?"
    picked = words[:1] + words[1:][-1:]
    return "".join(w[0] for w in picked).upper()


class PhotoField(QWidget):
    """A small photo, or the person's initials when there is none, with Choose and Remove.

    A chosen file that is not an image is not taken: `refused` says so in words and the
    value stays as it was.
    """

    changed = Signal()
    refused = Signal(str)
    FILE_FILTER = "*.png *.jpg *.jpeg *.webp *.bmp *.gif"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._photo: bytes | None = None
        self._name = ""
        self.picture = QLabel(self)
        self.picture.setObjectName("personPhoto")
        self.picture.setFixedSize(PHOTO_SHOWN_PX, PHOTO_SHOWN_PX)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Photo"))
        self.choose_button = QPushButton(self.tr("Choose photo…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose a photo"))
        self.choose_button.clicked.connect(lambda _=False: self.choose())
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the photo"))
        self.remove_button.clicked.connect(lambda _=False: self.remove())
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._show()

    def value(self) -> bytes | None:
        return self._photo

    def set_value(self, photo: bytes | None, name: str = "") -> None:
        self._photo, self._name = photo, name
        self._show()

    def ask_for_file(self) -> str:
        """The file the user picks, or "" when they cancel (tests replace this)."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            "",
            self.tr("Images ({patterns})").format(patterns=self.FILE_FILTER),
        )
        return path

    def choose(self) -> None:
        path = self.ask_for_file()
        if not path:
            return
        image = QImage(path)
        if image.isNull():
            self.refused.emit(
                self.tr("“{name}” is not an image NetJournal can read.").format(
                    name=Path(path).name
                )
            )
            return
        self._photo = photos.encoded_thumbnail(image)
        self._show()
        self.changed.emit()

    def remove(self) -> None:
        if self._photo is None:
            return
        self._photo = None
        self._show()
        self.changed.emit()

    def changeEvent(self, event: Any) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and self._photo is None:
            self._show()

    def _show(self) -> None:
        self.remove_button.setEnabled(self._photo is not None)
        ratio = self.devicePixelRatioF()
        side = round(PHOTO_SHOWN_PX * ratio)
        image = QImage.fromData(self._photo) if self._photo else QImage()
        if not image.isNull():
            pixmap = QPixmap.fromImage(
                image.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.picture.setAccessibleDescription(
                self.tr("A photo of {name}").format(name=self._name)
            )
        else:
            pixmap = self._placeholder(side)
            self.picture.setAccessibleDescription(self.tr("No photo"))
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)

    def _placeholder(self, side: int) -> QPixmap:
        palette = self.palette()
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
        painter.drawEllipse(0, 0, side, side)
        font = QFont(self.font())
        font.setPixelSize(max(1, side * 3 // 8))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials(self._name))
        painter.end()
        return pixmap


class ListCompleter(QCompleter):
    """Completes the last name of a comma-separated list in a QLineEdit."""

    def __init__(self, line: QLineEdit) -> None:
        super().__init__(QStringListModel(line), line)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self._line = line
        line.setCompleter(self)

    def set_names(self, names: list[str]) -> None:
        model = self.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(names)

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", maxsplit=1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        done = self._line.text().split(",")[:-1]
        return ", ".join([*(p.strip() for p in done if p.strip()), str(index.data())])


def split_names(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class OptionalDateEdit(QWidget):
    """A date edit with a calendar, and a Clear button for "not known"."""

    changed = Signal()

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.calendarWidget().setFirstDayOfWeek(first_day_of_week())
        self.edit.setMinimumDate(_NO_DATE)
        self.edit.setSpecialValueText(self.tr("Not set"))
        # The short locale date with the full year, as dates read everywhere else.
        self.edit.setDisplayFormat(date_pattern())
        self.edit.setAccessibleName(accessible)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear {what}").format(what=accessible))
        self.clear_button.clicked.connect(lambda: self.set_value(None, notify=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())

    def value(self) -> date | None:
        day = self.edit.date()
        return None if day == _NO_DATE else day.toPython()  # type: ignore[return-value]

    def set_value(self, day: date | None, notify: bool = False) -> None:
        self.edit.blockSignals(not notify)
        self.edit.setDate(QDate(day) if day else _NO_DATE)
        self.edit.blockSignals(False)


class CadenceEdit(QWidget):
    """Keep in touch: never, or every N days, weeks or months (→ a number of days)."""

    changed = Signal()
    UNITS = (0, 1, 7, 30)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = QComboBox(self)
        self.unit.setAccessibleName(self.tr("Keep in touch"))
        for text in (self.tr("No reminder"), self.tr("days"), self.tr("weeks"), self.tr("months")):
            self.unit.addItem(text)
        self.count = QSpinBox(self)
        self.count.setRange(1, 999)
        self.count.setPrefix(self.tr("every "))
        self.count.setAccessibleName(self.tr("Keep in touch every"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        layout.addWidget(self.unit)
        layout.addStretch(1)
        self.unit.currentIndexChanged.connect(self._on_unit)
        self.count.valueChanged.connect(lambda _v: self.changed.emit())

    def _on_unit(self, _index: int) -> None:
        self.count.setEnabled(self.unit.currentIndex() > 0)
        self.changed.emit()

    def value(self) -> int | None:
        unit = self.UNITS[self.unit.currentIndex()]
        return self.count.value() * unit if unit else None

    def set_value(self, days: int | None) -> None:
        for widget in (self.unit, self.count):
            widget.blockSignals(True)
        if not days:
            self.unit.setCurrentIndex(0)
            self.count.setValue(1)
        elif days % 30 == 0:
            self.unit.setCurrentIndex(3)
            self.count.setValue(days // 30)
        elif days % 7 == 0:
            self.unit.setCurrentIndex(2)
            self.count.setValue(days // 7)
        else:
            self.unit.setCurrentIndex(1)
            self.count.setValue(min(days, 999))
        self.count.setEnabled(bool(days))
        for widget in (self.unit, self.count):
            widget.blockSignals(False)


class ContactMethodsEditor(QWidget):
    """Emails, phones, links and addresses: a row each (kind, value, label), add and remove."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Emails, phones and links"))
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)
        self.grid.setHorizontalSpacing(4)
        self.add_button = QPushButton(self.tr("Add email, phone or link"), self)
        self.add_button.setAccessibleName(self.tr("Add email, phone or link"))
        self.add_button.clicked.connect(self._add_clicked)
        outer = QGridLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.grid, 0, 0, 1, 2)
        outer.addWidget(self.add_button, 1, 0)
        outer.setColumnStretch(1, 1)
        self.rows: list[tuple[QComboBox, QLineEdit, QLineEdit, QToolButton]] = []

    def value(self) -> list[dict[str, Any]]:
        return [
            {"kind": kind.currentData(), "value": value.text(), "label": tag.text()}
            for kind, value, tag, _remove in self.rows
        ]

    def set_value(self, methods: Any) -> None:
        """Show these methods: the rows there are take the values (making widgets is
        what costs when one person after another is shown); rows are added or removed
        for the rest."""
        methods = list(methods)
        for row in self.rows[len(methods) :]:
            for widget in row:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        reused, self.rows = self.rows[: len(methods)], self.rows[: len(methods)]
        for (kinds, value, tag_edit, _remove), method in zip(reused, methods, strict=False):
            kinds.blockSignals(True)
            kinds.setCurrentIndex(max(0, kinds.findData(method.kind)))
            kinds.blockSignals(False)
            value.setText(method.value)
            value.setCursorPosition(0)
            tag_edit.setText(method.label)
        for method in methods[len(reused) :]:
            self._add_row(method.kind, method.value, method.label)

    def _add_clicked(self) -> None:
        value = self._add_row(ContactKind.EMAIL.value, "", "")
        value.setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_row(self, kind: str, text: str, tag: str) -> QLineEdit:
        row = len(self.rows)
        kinds = QComboBox(self)
        for option in ContactKind:
            kinds.addItem(label("contact_kind", option.value), option.value)
        kinds.setCurrentIndex(max(0, kinds.findData(kind)))
        kinds.setAccessibleName(self.tr("Kind of contact {n}").format(n=row + 1))
        value = QLineEdit(text, self)
        value.setCursorPosition(0)
        value.setMinimumWidth(value.fontMetrics().averageCharWidth() * 16)
        value.setPlaceholderText(self.tr("name@example.org, +351 …, https://…"))
        value.setAccessibleName(self.tr("Contact {n}").format(n=row + 1))
        tag_edit = QLineEdit(tag, self)
        tag_edit.setPlaceholderText(self.tr("Label"))
        tag_edit.setToolTip(self.tr("A label such as work or home"))
        tag_edit.setFixedWidth(tag_edit.fontMetrics().averageCharWidth() * 9 + 12)
        tag_edit.setAccessibleName(self.tr("Label of contact {n}").format(n=row + 1))
        remove = QToolButton(self)
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove"))
        remove.setAutoRaise(True)
        remove.setAccessibleName(self.tr("Remove contact {n}").format(n=row + 1))
        widgets = (kinds, value, tag_edit, remove)
        for column, widget in enumerate(widgets):
            self.grid.addWidget(widget, row, column)
        kinds.currentIndexChanged.connect(lambda _i: self.changed.emit())
        value.textEdited.connect(lambda _t: self.changed.emit())
        tag_edit.textEdited.connect(lambda _t: self.changed.emit())
        remove.clicked.connect(lambda: self._remove(widgets))
        self.rows.append(widgets)
        return value

    def _remove(self, widgets: tuple[QComboBox, QLineEdit, QLineEdit, QToolButton]) -> None:
        kept = [
            (w[0].currentData(), w[1].text(), w[2].text()) for w in self.rows if w is not widgets
        ]
        had_value = bool(widgets[1].text().strip())
        self.set_value([_Method(*k) for k in kept])
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if had_value:
            self.changed.emit()


class _Method:
    def __init__(self, kind: str, value: str, label: str) -> None:
        self.kind, self.value, self.label = kind, value, label
