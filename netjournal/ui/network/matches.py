"""`MatchesView`: who could help with my goals, who looks for what I offer, and which of
my contacts could help each other, each with the reason.

Three sections in one tree, best matches first (the ranking is the domain's:
`GiveAndGet.matches`). Each line says why: "Ana offers Statistics, which your
goal “Pass the stats exam” needs". Enter or a double-click opens the person
(the first of a pair); the buttons below open the other person of a pair or
the goal. A section with nothing in it says what would fill it: skills I offer
(Goal → My Skills…), the skills a goal needs (its editor in Goals), what people
offer and look for (their card in Contacts).

It follows the journal: a change to people, goals, tags or my skills recomputes
the matches (at once when shown, else when next shown).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPalette,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.reciprocity import GoalHelper, HelpPair, Matches, Seeker
from netjournal.ui.format import ui_locale
from netjournal.ui.models.base import WeakListener

# Changes that can alter a match: skills and names of people (and who is archived, and
# whom I was in touch with), goals and what they need, tags and circles, my own skills.
_CONCERNS = ("person", "goal", "tag", "own_skills")


class Section(IntEnum):
    GOAL_HELPERS = 0
    SEEKERS = 1
    PAIRS = 2


class MatchRole(IntEnum):
    """What a row of the matches model holds besides its words."""

    TARGET = Qt.ItemDataRole.UserRole + 1  # a `Target`, on column 0 of a match row
    SECTION = Qt.ItemDataRole.UserRole + 2  # the row's `Section`
    HINT = Qt.ItemDataRole.UserRole + 3  # True on the line saying what fills a section


@dataclass(frozen=True)
class Target:
    """Whom (and which goal) a match row opens; `key` finds it again after a refresh."""

    section: Section
    person_id: int
    person_name: str
    other_id: int | None = None
    other_name: str = ""
    goal_id: int | None = None
    goal_title: str = ""

    @property
    def key(self) -> tuple[int, int, int | None, int | None]:
        return (self.section, self.person_id, self.other_id, self.goal_id)


def _translate(text: str, count: int = -1) -> str:
    return QCoreApplication.translate("MatchesView", text, None, count)


def listed(names: Sequence[str]) -> str:
    """ "Python", "R and Statistics", "A, B and C", as the locale joins a list."""
    return ui_locale().createSeparatedList(list(names))


def quoted(title: str) -> str:
    return _translate("“{title}”").format(title=title)


def helper_reason(match: GoalHelper) -> str:
    """ "Ana offers R and Statistics, which your goal “Pass the stats exam” needs."."""
    text = _translate("{name} offers {skills}, which your goal {goal} needs.").format(
        name=match.display_name, skills=listed(match.skills), goal=quoted(match.goal_title)
    )
    if match.member:
        text += " " + _translate("Already with you on it.")
    return text


def seeker_reason(match: Seeker) -> str:
    return _translate("{name} is looking for {skills}, which you offer.").format(
        name=match.display_name, skills=listed(match.skills)
    )


def pair_reason(pair: HelpPair) -> str:
    """Who offers what the other looks for (both ways when so), then what they share."""
    gives = _translate("{giver} offers {skills}, which {taker} is looking for")
    parts = [
        gives.format(
            giver=pair.first_name, skills=listed(pair.first_offers), taker=pair.second_name
        )
    ]
    if pair.second_offers:
        parts.append(
            gives.format(
                giver=pair.second_name, skills=listed(pair.second_offers), taker=pair.first_name
            )
        )
    if len(parts) == 1:
        text = _translate("{first}.").format(first=parts[0])
    else:
        text = _translate("{first}; {second}.").format(first=parts[0], second=parts[1])
    shared = []
    if pair.shared_goals:
        goals = listed([quoted(title) for _id, title in pair.shared_goals])
        if len(pair.shared_goals) == 1:
            shared.append(_translate("Both share your goal {goal}.").format(goal=goals))
        else:
            shared.append(_translate("Both share your goals {goals}.").format(goals=goals))
    if pair.shared_circles:
        circles = listed([quoted(name) for name in pair.shared_circles])
        if len(pair.shared_circles) == 1:
            shared.append(_translate("Both are in your circle {circle}.").format(circle=circles))
        else:
            shared.append(_translate("Both are in your circles {circles}.").format(circles=circles))
    if pair.shared_tags:
        tags = listed([quoted(name) for name in pair.shared_tags])
        shared.append(_translate("Both are tagged {tags}.").format(tags=tags))
    return " ".join([text, *shared])


def pair_names(pair: HelpPair) -> str:
    return _translate("{first} and {second}").format(first=pair.first_name, second=pair.second_name)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


class MatchesModel(QStandardItemModel):
    """Three section rows, each with its matches (or a line saying what would fill it)
    beneath; two columns: who, and why."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([_translate("Who"), _translate("Why")])
        self.matches: Matches | None = None

    def show_matches(self, matches: Matches) -> None:
        """Replace every row by these matches."""
        self.matches = matches
        self.removeRows(0, self.rowCount())
        self._section(
            Section.GOAL_HELPERS,
            _translate("Who could help with your goals"),
            [self._helper(m) for m in matches.goal_helpers],
            matches.goal_helpers_found,
            self._helper_hint(matches),
        )
        self._section(
            Section.SEEKERS,
            _translate("Who is looking for what you offer"),
            [self._seeker(m) for m in matches.seekers],
            matches.seekers_found,
            self._seeker_hint(matches),
        )
        self._section(
            Section.PAIRS,
            _translate("Contacts who could help each other"),
            [self._pair(m) for m in matches.pairs],
            matches.pairs_found,
            _translate(
                "When one of your contacts offers a skill another is looking for (Offers and "
                "Looking for, on their cards in Contacts), they show here."
            ),
        )

    # --- rows ---------------------------------------------------------------------------

    def _section(
        self,
        section: Section,
        title: str,
        rows: list[tuple[Target, str, str]],
        found: int,
        hint: str,
    ) -> None:
        if not rows:
            count = _translate("none yet")
        elif found > len(rows):
            count = _translate("the best {shown} of {found}").format(
                shown=ui_locale().toString(len(rows)), found=ui_locale().toString(found)
            )
        else:
            count = ui_locale().toString(len(rows))
        head = QStandardItem(_translate("{title} ({count})").format(title=title, count=count))
        head.setFont(_bold())
        head.setData(int(section), MatchRole.SECTION)
        head.setAccessibleText(head.text())
        head.setEditable(False)
        tail = QStandardItem("")
        tail.setEditable(False)
        tail.setData(int(section), MatchRole.SECTION)
        self.appendRow([head, tail])
        if not rows:
            line = QStandardItem(hint)
            line.setFont(_italic())
            line.setForeground(QPalette().color(QPalette.ColorRole.PlaceholderText))
            line.setData(int(section), MatchRole.SECTION)
            line.setData(True, MatchRole.HINT)
            line.setToolTip(hint)
            line.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren)
            rest = QStandardItem("")
            rest.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren)
            head.appendRow([line, rest])
            return
        for target, who, why in rows:
            name = QStandardItem(who)
            name.setFont(_bold())
            name.setData(target, MatchRole.TARGET)
            name.setData(int(section), MatchRole.SECTION)
            name.setToolTip(why)
            name.setAccessibleText(f"{who}: {why}")
            reason = QStandardItem(why)
            reason.setToolTip(why)
            reason.setData(int(section), MatchRole.SECTION)
            for item in (name, reason):
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemNeverHasChildren
                )
            head.appendRow([name, reason])

    @staticmethod
    def _helper(m: GoalHelper) -> tuple[Target, str, str]:
        target = Target(
            Section.GOAL_HELPERS,
            m.person_id,
            m.display_name,
            goal_id=m.goal_id,
            goal_title=m.goal_title,
        )
        return target, m.display_name, helper_reason(m)

    @staticmethod
    def _seeker(m: Seeker) -> tuple[Target, str, str]:
        return (
            Target(Section.SEEKERS, m.person_id, m.display_name),
            m.display_name,
            seeker_reason(m),
        )

    @staticmethod
    def _pair(m: HelpPair) -> tuple[Target, str, str]:
        target = Target(Section.PAIRS, m.first_id, m.first_name, m.second_id, m.second_name)
        return target, pair_names(m), pair_reason(m)

    @staticmethod
    def _helper_hint(matches: Matches) -> str:
        if not matches.goals_needing_skills:
            return _translate(
                "Name the skills an active goal needs (Skills it needs, in its editor in "
                "Goals) to see who in your journal offers them."
            )
        return _translate(
            "Nobody offers the skills your active goals need yet: add what people offer "
            "(Offers, on their card in Contacts)."
        )

    @staticmethod
    def _seeker_hint(matches: Matches) -> str:
        if not matches.my_offers:
            return _translate(
                "Add skills you offer in Goal → My Skills… to see who looks for them."
            )
        return _translate(
            "Nobody is looking for {skills} yet (Looking for, on their card in Contacts)."
        ).format(skills=listed(matches.my_offers))

    # --- reading ------------------------------------------------------------------------

    def section_index(self, section: Section) -> QModelIndex:
        return self.index(int(section), 0)

    def targets(self, section: Section) -> list[Target]:
        """The matches of a section, in order (none when it shows its hint)."""
        head = self.section_index(section)
        found = []
        for row in range(self.rowCount(head)):
            target = self.index(row, 0, head).data(MatchRole.TARGET)
            if target is not None:
                found.append(target)
        return found

    def reasons(self, section: Section) -> list[str]:
        """The second column of a section's rows (its hint when it has no match)."""
        head = self.section_index(section)
        column = 0 if self.hint(section) else 1
        return [self.index(row, column, head).data() for row in range(self.rowCount(head))]

    def hint(self, section: Section) -> str:
        """What would fill an empty section ("" when it has matches)."""
        head = self.section_index(section)
        first = self.index(0, 0, head)
        return first.data() if first.isValid() and first.data(MatchRole.HINT) else ""

    def find(self, key: tuple[int, int, int | None, int | None]) -> QModelIndex:
        for section in Section:
            head = self.section_index(section)
            for row in range(self.rowCount(head)):
                index = self.index(row, 0, head)
                target = index.data(MatchRole.TARGET)
                if target is not None and target.key == key:
                    return index
        return QModelIndex()


class _RoomyRows(QStyledItemDelegate):
    """Rows as tall as the journal's tables' (two lines of the font), so they read calmly."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), round(option.fontMetrics.height() * 1.9)))


class MatchesTree(QTreeView):
    """The matches: Enter opens the person of a match, or folds and unfolds a section."""

    open_match = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.currentIndex()
            if index.isValid():
                self.open_match.emit(index)
                return
        super().keyPressEvent(event)


class MatchesView(QWidget):
    """The three kinds of matches with their reasons, and buttons to open who they name."""

    show_person = Signal(int)
    show_goal = Signal(int)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchesView")
        self.journal = journal
        self.model = MatchesModel(self)
        self._loaded = False
        self._stale = False
        self.intro = QLabel(
            self.tr(
                "Skills that meet: people who offer what your active goals need, people who "
                "look for what you offer, and contacts who could help each other (pairs who "
                "share a goal or a circle first)."
            ),
            self,
        )
        self.intro.setObjectName("matchesIntro")
        self.intro.setWordWrap(True)
        self.intro.setContentsMargins(12, 10, 12, 6)
        self.tree = MatchesTree(self)
        self.tree.setObjectName("matchesTree")
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Matches"))
        self.tree.setAccessibleDescription(
            self.tr("Three sections of matches, each with its reason; Enter opens the person")
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        header.resizeSection(
            0, QFontMetrics(bold).horizontalAdvance("Sofia Rossi and Tomás Fernández") + 40
        )
        self.tree.setItemDelegate(_RoomyRows(self.tree))
        self.tree.open_match.connect(self._open)
        self.tree.doubleClicked.connect(self._open)
        self.open_person_button = QPushButton(self.tr("Open person"), self)
        self.open_person_button.setObjectName("openMatchPerson")
        self.open_other_button = QPushButton(self.tr("Open the other person"), self)
        self.open_other_button.setObjectName("openMatchOther")
        self.open_goal_button = QPushButton(self.tr("Open the goal"), self)
        self.open_goal_button.setObjectName("openMatchGoal")
        self.open_person_button.clicked.connect(lambda: self._emit_person(other=False))
        self.open_other_button.clicked.connect(lambda: self._emit_person(other=True))
        self.open_goal_button.clicked.connect(self._emit_goal)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 6, 12, 10)
        buttons.addWidget(self.open_person_button)
        buttons.addWidget(self.open_other_button)
        buttons.addWidget(self.open_goal_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.tree, self.open_person_button)
        self.setTabOrder(self.open_person_button, self.open_other_button)
        self.setTabOrder(self.open_other_button, self.open_goal_button)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self._refresh_soon = QTimer(self)
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(0)
        self._refresh_soon.timeout.connect(self.refresh)
        self._listener = WeakListener(self._on_change)
        journal.subscribe(self._listener)
        self._attached = True
        self._update_buttons()

    # --- loading ------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded or self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Ask the journal for the matches again, keeping the row that was current."""
        current = self.current_target()
        self._loaded, self._stale = True, False
        self.model.show_matches(self.journal.reciprocity.matches())
        self.tree.expandAll()
        root = QModelIndex()
        for section in Section:
            head = self.model.section_index(section)
            # The section's title across the whole width, and its hint too.
            self.tree.setFirstColumnSpanned(head.row(), root, True)
            if self.model.hint(section):
                self.tree.setFirstColumnSpanned(0, head, True)
        found = self.model.find(current.key) if current is not None else QModelIndex()
        if not found.isValid():
            found = self._first_match()
        if found.isValid():
            self.tree.setCurrentIndex(found)
        self._update_buttons()

    def _first_match(self) -> QModelIndex:
        for section in Section:
            head = self.model.section_index(section)
            index = self.model.index(0, 0, head)
            if index.isValid() and index.data(MatchRole.TARGET) is not None:
                return index
        return QModelIndex()

    def _on_change(self, change: Change) -> None:
        if not self._loaded or not change.concerns(*_CONCERNS):
            return
        if self.isVisible():
            self._refresh_soon.start()
        else:
            self._stale = True

    # --- opening ------------------------------------------------------------------------

    def current_target(self) -> Target | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        target = index.siblingAtColumn(0).data(MatchRole.TARGET)
        return target if isinstance(target, Target) else None

    def _open(self, index: QModelIndex) -> None:
        target = index.siblingAtColumn(0).data(MatchRole.TARGET)
        if isinstance(target, Target):
            self.show_person.emit(target.person_id)
        elif not index.parent().isValid():  # a section's row: fold or unfold it
            head = index.siblingAtColumn(0)
            self.tree.setExpanded(head, not self.tree.isExpanded(head))

    def _emit_person(self, other: bool) -> None:
        target = self.current_target()
        if target is None:
            return
        if other and target.other_id is not None:
            self.show_person.emit(target.other_id)
        elif not other:
            self.show_person.emit(target.person_id)

    def _emit_goal(self) -> None:
        target = self.current_target()
        if target is not None and target.goal_id is not None:
            self.show_goal.emit(target.goal_id)

    def _update_buttons(self) -> None:
        target = self.current_target()
        person = self.open_person_button
        person.setEnabled(target is not None)
        person.setText(
            self.tr("Open {name}").format(name=target.person_name)
            if target is not None
            else self.tr("Open person")
        )
        person.setToolTip(self.tr("Open them in Contacts (Enter)"))
        other = target is not None and target.other_id is not None
        self.open_other_button.setVisible(other)
        if target is not None and target.other_id is not None:
            self.open_other_button.setText(self.tr("Open {name}").format(name=target.other_name))
        goal = target is not None and target.goal_id is not None
        self.open_goal_button.setVisible(goal)
        if target is not None and target.goal_id is not None:
            title = self.fontMetrics().elidedText(
                target.goal_title, Qt.TextElideMode.ElideRight, 320
            )
            self.open_goal_button.setText(
                self.tr("Open the goal {title}").format(title=quoted(title))
            )
            self.open_goal_button.setToolTip(quoted(target.goal_title))
        for button in (person, self.open_other_button, self.open_goal_button):
            button.setAccessibleName(button.text())

    def shutdown(self) -> None:
        """Stop following the journal's changes (the window is closing)."""
        self._refresh_soon.stop()
        if self._attached:
            self.journal.unsubscribe(self._listener)
            self._attached = False
