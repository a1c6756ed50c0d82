"""File → Import…: choose files, see what importing them would do, import what you confirm.

`ImportFlow` asks for the files, reads and plans them in a worker thread
(`jobs.preview_import`: nothing is written), and shows an `ImportPreviewDialog`:
a headline in words ("10 new people, 1 merged with people already in the journal,
0 skipped"), then who is new, who is merged into whom and what the merge adds, who
is skipped and why, and what could not be read (file, card or line, message). A
NetJournal backup shows instead what it adds and updates, kind by kind, and each
conflict with both versions side by side and which one is kept. Only "Import"
writes: `jobs.run_import` in the worker, one transaction, with a progress dialog
that cancels it (the journal then stays as it was). The views follow through the
journal's change bus; the status bar says what was imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.journal.imports import MERGE, NEW, SKIP, ImportPlan
from netjournal.journal.incoming import Problem
from netjournal.ui.errors_text import problem_text, where_in_file, where_text, words_text
from netjournal.ui.format import format_date, format_time, ui_locale
from netjournal.ui.i18n import TranslationContext
from netjournal.ui.interchange.worker import JobRunner
from netjournal.ui.widgets.forms import ERROR_STYLE, muted_label, open_window_modal, title_label

if TYPE_CHECKING:
    from netjournal.interchange.jobs import ImportDone, ImportPreview
    from netjournal.journal.archive import Conflict, MergePlan

_CONTEXT = "Import"
# How long the status bar says what an import did.
STATUS_MS = 15_000
# A list longer than this shows its first rows and says how many more there are.
MAX_LISTED = 5_000
# Longer values of a conflict are cut here (the whole value is in the tooltip).
MAX_VALUE_CHARS = 160

# The tables of a backup, as a person calls what they hold (plural), in backup order.
TABLE_WORDS = {
    "tag": QT_TRANSLATE_NOOP("Import", "Tags"),
    "skill": QT_TRANSLATE_NOOP("Import", "Skills"),
    "person": QT_TRANSLATE_NOOP("Import", "People"),
    "contact_method": QT_TRANSLATE_NOOP("Import", "Emails, phones, links and addresses"),
    "person_tag": QT_TRANSLATE_NOOP("Import", "Tags given to people"),
    "person_skill": QT_TRANSLATE_NOOP("Import", "Skills of people"),
    "own_skill": QT_TRANSLATE_NOOP("Import", "Your own skills"),
    "goal": QT_TRANSLATE_NOOP("Import", "Goals"),
    "milestone": QT_TRANSLATE_NOOP("Import", "Milestones"),
    "goal_member": QT_TRANSLATE_NOOP("Import", "People in goals"),
    "goal_skill": QT_TRANSLATE_NOOP("Import", "Skills goals build"),
    "agreement": QT_TRANSLATE_NOOP("Import", "Mentorship agreements"),
    "agreement_goal": QT_TRANSLATE_NOOP("Import", "Objectives of agreements"),
    "agreement_revision": QT_TRANSLATE_NOOP("Import", "Revisions of agreements"),
    "entry": QT_TRANSLATE_NOOP("Import", "Entries"),
    "entry_participant": QT_TRANSLATE_NOOP("Import", "People in entries"),
    "entry_goal": QT_TRANSLATE_NOOP("Import", "Goals of entries"),
    "entry_part": QT_TRANSLATE_NOOP("Import", "Agendas and takeaways"),
    "review": QT_TRANSLATE_NOOP("Import", "Reviews"),
    "action_item": QT_TRANSLATE_NOOP("Import", "Action items"),
    "outreach": QT_TRANSLATE_NOOP("Import", "Mentors you are reaching out to"),
}
# One record of a table, for a conflict's heading.
RECORD_WORDS = {
    "tag": QT_TRANSLATE_NOOP("Import", "Tag"),
    "skill": QT_TRANSLATE_NOOP("Import", "Skill"),
    "person": QT_TRANSLATE_NOOP("Import", "Person"),
    "contact_method": QT_TRANSLATE_NOOP("Import", "Contact detail"),
    "goal": QT_TRANSLATE_NOOP("Import", "Goal"),
    "milestone": QT_TRANSLATE_NOOP("Import", "Milestone"),
    "agreement": QT_TRANSLATE_NOOP("Import", "Agreement"),
    "agreement_revision": QT_TRANSLATE_NOOP("Import", "Revision"),
    "entry": QT_TRANSLATE_NOOP("Import", "Entry"),
    "entry_part": QT_TRANSLATE_NOOP("Import", "Agenda or takeaways"),
    "review": QT_TRANSLATE_NOOP("Import", "Review"),
    "action_item": QT_TRANSLATE_NOOP("Import", "Action item"),
    "outreach": QT_TRANSLATE_NOOP("Import", "Outreach"),
}
# Columns of a backup's rows, as a form would caption them.
FIELD_WORDS = {
    "display_name": QT_TRANSLATE_NOOP("Import", "Name"),
    "given_name": QT_TRANSLATE_NOOP("Import", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("Import", "Family name"),
    "nickname": QT_TRANSLATE_NOOP("Import", "Nickname"),
    "pronouns": QT_TRANSLATE_NOOP("Import", "Pronouns"),
    "organization": QT_TRANSLATE_NOOP("Import", "Organization"),
    "role": QT_TRANSLATE_NOOP("Import", "Role"),
    "met_how": QT_TRANSLATE_NOOP("Import", "How we met"),
    "met_where": QT_TRANSLATE_NOOP("Import", "Where we met"),
    "met_on": QT_TRANSLATE_NOOP("Import", "Met on"),
    "birthday": QT_TRANSLATE_NOOP("Import", "Birthday"),
    "cadence_days": QT_TRANSLATE_NOOP("Import", "Keep-in-touch cadence (days)"),
    "notes": QT_TRANSLATE_NOOP("Import", "Notes"),
    "photo": QT_TRANSLATE_NOOP("Import", "Photo"),
    "archived": QT_TRANSLATE_NOOP("Import", "Archived"),
    "title": QT_TRANSLATE_NOOP("Import", "Title"),
    "body": QT_TRANSLATE_NOOP("Import", "Notes"),
    "kind": QT_TRANSLATE_NOOP("Import", "Kind"),
    "value": QT_TRANSLATE_NOOP("Import", "Value"),
    "label": QT_TRANSLATE_NOOP("Import", "Label"),
    "name": QT_TRANSLATE_NOOP("Import", "Name"),
    "status": QT_TRANSLATE_NOOP("Import", "Status"),
    "progress": QT_TRANSLATE_NOOP("Import", "Progress"),
    "occurred_at": QT_TRANSLATE_NOOP("Import", "Date and time"),
    "target_on": QT_TRANSLATE_NOOP("Import", "Target date"),
    "updated_at": QT_TRANSLATE_NOOP("Import", "Last changed"),
}
# Columns a conflict does not show: they are the record's identity, not its content.
_HIDDEN_FIELDS = frozenset({"uuid", "created_at", "updated_at"})
# What a record is called in a conflict's heading, by the first of these it has.
_NAME_FIELDS = ("display_name", "title", "name", "value", "body")


Import = TranslationContext("Import")


def number(n: int) -> str:
    """A count in the locale's digits and grouping: 10,000."""
    return ui_locale().toString(n)


def counted(n: int, one: str, many: str) -> str:
    """`one` or `many` (each holding "{n}") for the count `n`."""
    return (one if n == 1 else many).format(n=number(n))


def table_words(table: str) -> str:
    """What a backup's table holds, in words ("People", "Tags given to people")."""
    words = TABLE_WORDS.get(table)
    return Import.tr(words) if words else table.replace("_", " ").capitalize()


def field_words(column: str) -> str:
    words = FIELD_WORDS.get(column)
    return Import.tr(words) if words else column.replace("_", " ").capitalize()


def plan_headline(plan: ImportPlan) -> str:
    """ "10 new people, 1 merged with people already in the journal, 0 skipped; 3 new
    entries from events." """
    text = Import.tr("{new}, {merged} with people already in the journal, {skipped}").format(
        new=counted(plan.new, Import.tr("{n} new person"), Import.tr("{n} new people")),
        merged=counted(plan.merged, Import.tr("{n} merged"), Import.tr("{n} merged")),
        skipped=counted(plan.skipped, Import.tr("{n} skipped"), Import.tr("{n} skipped")),
    )
    if plan.events:
        entries = counted(
            plan.new_entries,
            Import.tr("{n} new entry from events"),
            Import.tr("{n} new entries from events"),
        )
        text = Import.tr("{people}; {entries}").format(people=text, entries=entries)
    return text + "."


def merge_headline(merge: MergePlan) -> str:
    """ "12 records to add, 3 to update with the backup's newer version, 40 the same,
    1 kept as this journal has it (newer)." """
    added, updated = sum(merge.added.values()), sum(merge.updated.values())
    same, kept = sum(merge.same.values()), sum(merge.kept.values())
    return Import.tr("{added}, {updated} with the backup's newer version, {same}, {kept}.").format(
        added=counted(added, Import.tr("{n} record to add"), Import.tr("{n} records to add")),
        updated=counted(updated, Import.tr("{n} to update"), Import.tr("{n} to update")),
        same=counted(same, Import.tr("{n} the same"), Import.tr("{n} the same")),
        kept=counted(
            kept,
            Import.tr("{n} kept as this journal has it (newer)"),
            Import.tr("{n} kept as this journal has them (newer)"),
        ),
    )


def merge_highlights(merge: MergePlan) -> str:
    """The people, entries and goals among the records, said first: "People: 3 new,
    1 updated. Entries: 20 new." """
    parts = []
    for table in ("person", "entry", "goal", "agreement"):
        added, updated = merge.added.get(table, 0), merge.updated.get(table, 0)
        if not (added or updated):
            continue
        said = []
        if added:
            said.append(Import.tr("{n} new").format(n=number(added)))
        if updated:
            said.append(Import.tr("{n} updated").format(n=number(updated)))
        parts.append(
            Import.tr("{what}: {counts}.").format(what=table_words(table), counts=", ".join(said))
        )
    return " ".join(parts)


def done_words(done: ImportDone) -> str:
    """What an import wrote, for the status bar."""
    if done.rows or not (done.people_new or done.people_merged or done.entries):
        return counted(
            done.rows,
            Import.tr("Merged the backup: {n} record added or updated."),
            Import.tr("Merged the backup: {n} records added or updated."),
        )
    return Import.tr(
        "Imported {new}, merged {merged} with people already in the journal, {entries}."
    ).format(
        new=counted(done.people_new, Import.tr("{n} new person"), Import.tr("{n} new people")),
        merged=counted(done.people_merged, Import.tr("{n} person"), Import.tr("{n} people")),
        entries=counted(done.entries, Import.tr("added {n} entry"), Import.tr("added {n} entries")),
    )


def _row_name(row: dict[str, Any]) -> str:
    for key in _NAME_FIELDS:
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())[:80]
    return ""


def _changed_at(value: Any) -> str:
    """A row's updated_at (UTC, as the backup holds it) in local words."""
    if not value:
        return "—"
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone()
    locale = ui_locale()
    # With the seconds: two versions are often changed within the same minute.
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if "ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss")
    time = locale.toString(QTime(local.hour, local.minute, local.second), pattern)
    return f"{format_date(local)} {time}"


def value_words(column: str, value: Any) -> str:
    """A value of a backup's row as a person reads it."""
    if column == "updated_at":
        return _changed_at(value)
    if value is None or value == "":
        return "—"
    if isinstance(value, bytes | bytearray | memoryview):
        size = len(bytes(value))
        if column == "photo":
            return Import.tr("A photo ({size} KB)").format(size=number(max(1, round(size / 1024))))
        return Import.tr("{size} bytes of data").format(size=number(size))
    if column == "archived" or isinstance(value, bool):
        return Import.tr("Yes") if value else Import.tr("No")
    text = " ".join(str(value).split())
    if len(text) > MAX_VALUE_CHARS:
        text = text[: MAX_VALUE_CHARS - 1].rstrip() + "…"
    return text


def conflict_fields(conflict: Conflict) -> list[str]:
    """The columns the two versions hold differently, in the row's order, then when each
    was last changed."""
    keys = list(dict.fromkeys([*conflict.journal, *conflict.backup]))
    differ = [
        k
        for k in keys
        if k not in _HIDDEN_FIELDS and conflict.journal.get(k) != conflict.backup.get(k)
    ]
    return [*differ, "updated_at"]


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their text wrapped at the column's width (a tree view would keep
    them one line high, and cut the words)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        width = self._tree.header().sectionSize(index.column()) - 10
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if width > 0 and isinstance(text, str) and text:
            bounds = option.fontMetrics.boundingRect(
                QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, text
            )
            size.setHeight(max(size.height(), bounds.height() + 4))
        return size


def _tree(parent: QWidget, name: str, accessible: str, headers: Sequence[str]) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setObjectName(name)
    tree.setAccessibleName(accessible)
    tree.setHeaderLabels(list(headers))
    tree.setRootIsDecorated(False)
    # The last column holds the long words (what a merge adds, why, what is wrong): wrapped.
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setItemDelegate(_WrappingDelegate(tree))
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = tree.header()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Rows are as tall as their wrapped text at the columns' widths: laid out again when
    # a column (or the dialog) is resized.
    header.sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())
    return tree


def _item(texts: Sequence[str]) -> QTreeWidgetItem:
    item = QTreeWidgetItem(list(texts))
    for column, text in enumerate(texts):
        item.setToolTip(column, text)
    return item


def _empty_page(parent: QWidget, text: str) -> QWidget:
    page = QWidget(parent)
    layout = QVBoxLayout(page)
    label = muted_label(page, text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addStretch(1)
    layout.addWidget(label)
    layout.addStretch(1)
    return page


def _fit_columns(tree: QTreeWidget, most_chars: int = 30) -> None:
    """Columns as wide as their content, none wider than `most_chars` (the last one
    takes the rest)."""
    limit = tree.fontMetrics().horizontalAdvance("M") * most_chars
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)
        tree.setColumnWidth(column, min(tree.columnWidth(column) + 12, limit))


class ImportPreviewDialog(QDialog):
    """What an import would do, before anything is written; "Import" carries it out.

    `accepted` means the person confirmed (the dialog writes nothing itself); rejected
    ("Import Nothing", Escape, closing it) leaves the journal as it is.
    """

    def __init__(
        self, journal: Journal, preview: ImportPreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.journal = journal
        self.preview = preview
        self.setWindowTitle(self.tr("Import"))
        self.setSizeGripEnabled(True)

        layout = QVBoxLayout(self)
        self.title = title_label(self, "importTitle", scale=1.3)
        self.files_label = muted_label(self)
        self.files_label.setObjectName("importFiles")
        self.files_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.headline = QLabel(self)
        self.headline.setObjectName("importHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = QFont(self.headline.font())
        bold.setBold(True)
        self.headline.setFont(bold)
        self.detail = QLabel(self)
        self.detail.setObjectName("importDetail")
        self.detail.setWordWrap(True)
        self.problems_note = QLabel(self)
        self.problems_note.setObjectName("importProblemsNote")
        self.problems_note.setWordWrap(True)
        self.problems_note.setStyleSheet(ERROR_STYLE)
        self.nothing_note = QLabel(self)
        self.nothing_note.setObjectName("nothingToImport")
        self.nothing_note.setWordWrap(True)
        self.nothing_note.setFont(bold)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("importTabs")
        self.tabs.setAccessibleName(self.tr("What the import does"))
        self.tabs.setDocumentMode(True)
        for label in (self.title, self.files_label, self.headline, self.detail):
            layout.addWidget(label)
        layout.addWidget(self.problems_note)
        layout.addWidget(self.nothing_note)
        layout.addWidget(self.tabs, 1)

        # The lists, by what they show (tests and screenshots look them up).
        self.lists: dict[str, QTreeWidget] = {}
        if preview.merge is not None:
            self._show_merge(preview.merge)
        else:
            self._show_plan(preview.plan)
        self._show_problems(preview.problems)

        # Made after the lists, so that Tab goes from the lists to the buttons.
        self.buttons = QDialogButtonBox(self)
        self.nothing_button = QPushButton(self.tr("Import Nothing"), self)
        self.nothing_button.setObjectName("importNothing")
        self.nothing_button.setAccessibleName(self.tr("Import nothing"))
        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("importConfirm")
        self.buttons.addButton(self.nothing_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_buttons()
        self.resize(self._opening_size())

    def _opening_size(self) -> QSize:
        size = self.sizeHint()
        width = self.fontMetrics().horizontalAdvance("M") * 90
        size.setWidth(max(size.width(), width))
        size.setHeight(max(size.height(), round(width * 0.64)))
        return size

    # --- contacts and calendars ---------------------------------------------------------

    def _show_plan(self, plan: ImportPlan | None) -> None:
        paths = self.preview.paths
        self.title.setText(
            counted(len(paths), self.tr("Import from {n} file"), self.tr("Import from {n} files"))
        )
        self.files_label.setText(", ".join(p.name for p in paths))
        self.files_label.setToolTip("\n".join(str(p) for p in paths))
        if plan is None:
            self.headline.setText(self.tr("Nothing in the files could be read."))
            self.detail.hide()
            return
        self.headline.setText(plan_headline(plan))
        self.detail.setText(
            self.tr(
                "Nothing has been written yet. A merge only adds what the journal does not "
                "have; nothing already in it is changed."
            )
        )
        names = self._journal_names(
            [s.person_id for s in plan.people if s.action == MERGE and s.person_id is not None]
            + [p for e in plan.events if e.action == NEW for p in e.people]
        )
        new = [s for s in plan.people if s.action == NEW]
        merged = [s for s in plan.people if s.action == MERGE]
        skipped = [s for s in plan.people if s.action == SKIP]
        events = [e for e in plan.events if e.action == NEW]
        skipped_events = [e for e in plan.events if e.action != NEW]

        self._add_list(
            "new",
            self.tr("New ({n})").format(n=number(len(new))),
            self.tr("New people"),
            [self.tr("Name"), self.tr("Organization"), self.tr("From"), self.tr("Emails")],
            (
                [
                    s.incoming.name() or self.tr("(no name)"),
                    s.incoming.organization,
                    where_text(s.incoming.where),
                    ", ".join(s.incoming.emails()),
                ]
                for s in new
            ),
            len(new),
            self.tr("No one in the files is new to the journal."),
        )
        self._add_list(
            "merged",
            self.tr("Merged ({n})").format(n=number(len(merged))),
            self.tr("People merged with people already in the journal"),
            [
                self.tr("In the journal"),
                self.tr("In the file"),
                self.tr("Matched by"),
                self.tr("From"),
                self.tr("The merge adds"),
            ],
            (
                [
                    names.get(s.person_id or 0, "")
                    or self.tr("Person #{id}").format(id=s.person_id),
                    s.incoming.name() or ", ".join(s.incoming.emails()),
                    self._matched_by(s.matched_by),
                    where_text(s.incoming.where),
                    words_text(s.reason) or self.tr("nothing new"),
                ]
                for s in merged
            ),
            len(merged),
            self.tr("No one in the files is already in the journal."),
        )
        self._add_list(
            "skipped",
            self.tr("Skipped ({n})").format(n=number(len(skipped) + len(skipped_events))),
            self.tr("People and events skipped"),
            [self.tr("Who or what"), self.tr("From"), self.tr("Why")],
            [
                *(
                    [
                        s.incoming.name() or ", ".join(s.incoming.emails()) or self.tr("(no name)"),
                        where_text(s.incoming.where),
                        words_text(s.reason),
                    ]
                    for s in skipped
                ),
                *(
                    [
                        e.incoming.title or self.tr("(untitled event)"),
                        where_text(e.incoming.where),
                        words_text(e.reason),
                    ]
                    for e in skipped_events
                ),
            ],
            len(skipped) + len(skipped_events),
            self.tr("Nothing is skipped."),
        )
        if plan.events:
            self._add_list(
                "entries",
                self.tr("Entries ({n})").format(n=number(len(events))),
                self.tr("New entries from events"),
                [self.tr("When"), self.tr("Title"), self.tr("With"), self.tr("From")],
                (
                    [
                        f"{format_date(e.incoming.occurred_at)} "
                        f"{format_time(e.incoming.occurred_at)}",
                        e.incoming.title,
                        ", ".join(names.get(p, "") for p in e.people if names.get(p)),
                        where_text(e.incoming.where),
                    ]
                    for e in events
                ),
                len(events),
                self.tr("No event becomes a new entry."),
            )

    def _matched_by(self, how: str) -> str:
        if how == "email":
            return self.tr("email")
        if how == "name":
            return self.tr("name")
        return how

    def _journal_names(self, ids: Iterable[int]) -> dict[int, str]:
        """The names of the journal's people the import merges into or links to."""
        wanted = sorted(set(ids))
        names: dict[int, str] = {}
        for start in range(0, len(wanted), 500):
            for row in self.journal.people.rows(wanted[start : start + 500]):
                names[row.id] = row.display_name
        return names

    # --- a backup -----------------------------------------------------------------------

    def _show_merge(self, merge: MergePlan) -> None:
        backup = self.preview.backup or self.preview.paths[0]
        self.title.setText(self.tr("Merge a NetJournal backup"))
        self.files_label.setText(backup.name)
        self.files_label.setToolTip(str(backup))
        self.headline.setText(merge_headline(merge))
        highlights = merge_highlights(merge)
        self.detail.setText(
            " ".join(
                t
                for t in (
                    highlights,
                    self.tr(
                        "Nothing has been written yet. Where both have changed a record, the "
                        "newer version is kept."
                    ),
                )
                if t
            )
        )
        tables = list(
            dict.fromkeys(
                [
                    *TABLE_WORDS,
                    *merge.added,
                    *merge.updated,
                    *merge.same,
                    *merge.kept,
                    *merge.dangling,
                ]
            )
        )
        counts = [
            (
                t,
                [
                    c.get(t, 0)
                    for c in (merge.added, merge.updated, merge.same, merge.kept, merge.dangling)
                ],
            )
            for t in tables
        ]
        counts = [(t, c) for t, c in counts if any(c)]
        self._add_list(
            "kinds",
            self.tr("By kind"),
            self.tr("What the backup adds and updates, by kind"),
            [
                self.tr("Kind"),
                self.tr("To add"),
                self.tr("To update"),
                self.tr("The same"),
                self.tr("Kept (newer here)"),
                self.tr("Left out"),
            ],
            ([table_words(t), *(number(n) if n else "—" for n in c)] for t, c in counts),
            len(counts),
            self.tr("The backup is empty."),
        )
        kinds = self.lists.get("kinds")
        if kinds is not None:
            kinds.setToolTip(
                self.tr(
                    "Left out: rows that point to something neither the journal nor the "
                    "backup holds."
                )
            )
            for row in range(kinds.topLevelItemCount()):
                item = kinds.topLevelItem(row)
                for column in range(1, 6):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        self._show_conflicts(merge.conflicts)

    def _show_conflicts(self, conflicts: list[Conflict]) -> None:
        tab = self.tr("Conflicts ({n})").format(n=number(len(conflicts)))
        if not conflicts:
            self.tabs.addTab(
                _empty_page(
                    self, self.tr("No record was changed on both sides: there is no conflict.")
                ),
                tab,
            )
            return
        tree = _tree(
            self,
            "conflicts",
            self.tr("Records changed on both sides, with both versions"),
            [self.tr("What"), self.tr("In this journal"), self.tr("In the backup")],
        )
        tree.setRootIsDecorated(True)
        bold = QFont(tree.font())
        bold.setBold(True)
        for conflict in conflicts[:MAX_LISTED]:
            record = RECORD_WORDS.get(conflict.table)
            kind = Import.tr(record) if record else table_words(conflict.table)
            name = _row_name(conflict.journal) or _row_name(conflict.backup)
            kept_here = conflict.kept == "journal"
            heading = _item(
                [
                    self.tr("{kind}: {name}").format(kind=kind, name=name) if name else kind,
                    self.tr("Kept (newer)") if kept_here else self.tr("Set aside (older)"),
                    self.tr("Set aside (older)") if kept_here else self.tr("Kept (newer)"),
                ]
            )
            heading.setData(0, Qt.ItemDataRole.UserRole, conflict.uuid)
            for column in range(3):
                heading.setFont(column, bold)
            for column in conflict_fields(conflict):
                heading.addChild(
                    _item(
                        [
                            field_words(column),
                            value_words(column, conflict.journal.get(column)),
                            value_words(column, conflict.backup.get(column)),
                        ]
                    )
                )
            tree.addTopLevelItem(heading)
        if len(conflicts) > MAX_LISTED:
            tree.addTopLevelItem(self._more_item(len(conflicts) - MAX_LISTED))
        tree.expandAll()
        _fit_columns(tree, 28)
        tree.setColumnWidth(1, tree.fontMetrics().horizontalAdvance("M") * 22)
        self.lists["conflicts"] = tree
        self.tabs.addTab(tree, tab)

    # --- both ---------------------------------------------------------------------------

    def _show_problems(self, problems: list[Problem]) -> None:
        count = len(problems)
        if count and len(self.preview.paths) == 1:
            self.problems_note.setText(
                counted(
                    count,
                    self.tr(
                        "{n} problem reading the file: what could not be read is left out "
                        "(see Problems)."
                    ),
                    self.tr(
                        "{n} problems reading the file: what could not be read is left out "
                        "(see Problems)."
                    ),
                )
            )
        elif count:
            self.problems_note.setText(
                counted(
                    count,
                    self.tr(
                        "{n} problem reading the files: what could not be read is left out "
                        "(see Problems)."
                    ),
                    self.tr(
                        "{n} problems reading the files: what could not be read is left out "
                        "(see Problems)."
                    ),
                )
            )
        self.problems_note.setVisible(bool(count))
        if not count and self.preview.merge is not None:
            return
        self._add_list(
            "problems",
            self.tr("Problems ({n})").format(n=number(count)),
            self.tr("What could not be read"),
            [self.tr("File"), self.tr("Where in it"), self.tr("What is wrong")],
            ([p.where.file, where_in_file(p.where), problem_text(p)] for p in problems),
            count,
            self.tr("Everything in the files could be read."),
        )
        if count and self.preview.changes == 0:
            self.tabs.setCurrentWidget(self.lists["problems"])

    def _show_buttons(self) -> None:
        preview = self.preview
        nothing = preview.changes == 0
        if nothing:
            if preview.problems and preview.merge is None and not self._anything_read():
                why = self.tr("nothing in the files could be read.")
            else:
                why = self.tr("the journal already holds all of it.")
            self.nothing_note.setText(self.tr("Nothing new to import: {why}").format(why=why))
        self.nothing_note.setVisible(nothing)
        text = self.tr("Import the Good Ones") if preview.problems else self.tr("Import")
        if preview.merge is not None:
            text = self.tr("Merge the Backup")
        self.import_button.setText(text)
        self.import_button.setAccessibleName(text)
        self.import_button.setEnabled(not nothing)
        self.import_button.setDefault(not nothing)
        self.nothing_button.setDefault(nothing)

    def _anything_read(self) -> bool:
        plan = self.preview.plan
        return plan is not None and bool(plan.people or plan.events)

    def _add_list(
        self,
        name: str,
        tab: str,
        accessible: str,
        headers: Sequence[str],
        rows: Iterable[Sequence[str]],
        count: int,
        empty: str,
    ) -> None:
        """A tab listing `rows`, or saying `empty` in its middle when there are none."""
        if not count:
            page = _empty_page(self, empty)
            page.setObjectName(f"{name}Empty")
            self.tabs.addTab(page, tab)
            return
        tree = _tree(self, name, accessible, headers)
        items = []
        for number_, row in enumerate(rows):
            if number_ >= MAX_LISTED:
                items.append(self._more_item(count - MAX_LISTED))
                break
            items.append(_item(row))
        tree.addTopLevelItems(items)
        _fit_columns(tree)
        self.lists[name] = tree
        self.tabs.addTab(tree, tab)

    def _more_item(self, more: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [counted(more, self.tr("… and {n} more"), self.tr("… and {n} more"))]
        )
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item


class ImportFlow(QObject):
    """File → Import…, from asking for the files to saying what was imported.

    Each step that may wait on the person goes through a small method tests replace:
    `ask_for_files`, `warn`. `preview_shown(dialog)` says the preview is up; `ended`
    says the flow is over (imported, cancelled, refused or nothing chosen), `imported`
    carries what was written.
    """

    preview_shown = Signal(object)
    imported = Signal(object)
    ended = Signal()

    FILE_FILTERS = (
        QT_TRANSLATE_NOOP("Import", "Contacts and calendars (*.vcf *.vcard *.ics *.csv *.json)"),
        QT_TRANSLATE_NOOP("Import", "vCard contacts (*.vcf *.vcard)"),
        QT_TRANSLATE_NOOP("Import", "Calendars (*.ics)"),
        QT_TRANSLATE_NOOP("Import", "LinkedIn or Google Contacts (*.csv)"),
        QT_TRANSLATE_NOOP("Import", "NetJournal backups (*.json)"),
        QT_TRANSLATE_NOOP("Import", "All files (*)"),
    )

    def __init__(self, journal: Journal, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("importFlow")
        self.journal = journal
        self.window = window
        self.runner: JobRunner | None = None
        self.dialog: ImportPreviewDialog | None = None
        self.status_text = ""

    # --- what tests replace -------------------------------------------------------------

    def ask_for_files(self) -> list[str]:
        """The files the person picks, or none when they cancel."""
        filters = ";;".join(Import.tr(f) for f in self.FILE_FILTERS)
        paths, _chosen = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import Contacts, Calendars or a Backup"), "", filters
        )
        return list(paths)

    def warn(self, title: str, text: str) -> None:
        """Say why the files cannot be imported (a message box over the window)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("importProblem")
        open_window_modal(box)

    # --- the steps ----------------------------------------------------------------------

    def start(self) -> None:
        """Ask for the files, then read them."""
        paths = self.ask_for_files()
        if not paths:
            self._end()
            return
        self.read(paths)

    def read(self, paths: Sequence[str | Path]) -> None:
        """Read and plan the files in the worker (nothing is written), then preview."""
        from netjournal.interchange import jobs  # noqa: PLC0415 - the format libraries, when used

        files = [Path(p) for p in paths]
        runner = self._runner(
            self.tr("Reading the Files"),
            counted(len(files), self.tr("Reading {n} file…"), self.tr("Reading {n} files…")),
            discard_if_cancelled=True,
        )
        runner.finished.connect(self._previewed)
        runner.failed.connect(self._cannot_read)
        runner.cancelled.connect(self._end)
        runner.start(lambda progress: jobs.preview_import(self.journal, files, progress))

    def _previewed(self, preview: ImportPreview) -> None:
        dialog = self.dialog = ImportPreviewDialog(self.journal, preview, self.window)
        dialog.accepted.connect(lambda: self.run(preview))
        dialog.rejected.connect(self._end)
        open_window_modal(dialog)
        self.preview_shown.emit(dialog)

    def _cannot_read(self, message: str) -> None:
        self.warn(self.tr("The Files Cannot Be Imported"), message)
        self._end()

    def run(self, preview: ImportPreview) -> None:
        """Import the confirmed preview in one transaction, in the worker."""
        from netjournal.interchange import jobs  # noqa: PLC0415 - the format libraries, when used

        self.dialog = None
        if preview.merge is not None:
            text = self.tr("Merging the backup…")
        else:
            text = self._importing_words(preview)
        runner = self._runner(self.tr("Importing"), text)
        runner.finished.connect(self._imported)
        runner.failed.connect(self._failed)
        runner.cancelled.connect(self._cancelled)
        runner.start(lambda progress: jobs.run_import(self.journal, preview, progress))

    def _importing_words(self, preview: ImportPreview) -> str:
        """ "Importing 11 people and 3 entries…" """
        plan = preview.plan
        people = (plan.new + plan.merged) if plan is not None else 0
        entries = plan.new_entries if plan is not None else 0
        said_people = counted(people, self.tr("{n} person"), self.tr("{n} people"))
        said_entries = counted(entries, self.tr("{n} entry"), self.tr("{n} entries"))
        if people and entries:
            return self.tr("Importing {people} and {entries}…").format(
                people=said_people, entries=said_entries
            )
        return self.tr("Importing {what}…").format(what=said_entries if entries else said_people)

    def _imported(self, done: ImportDone) -> None:
        self.say(done_words(done))
        self.imported.emit(done)
        self._end()

    def _failed(self, message: str) -> None:
        self.warn(
            self.tr("The Import Failed"),
            self.tr("{why}\n\nNothing was imported: the journal is as it was.").format(why=message),
        )
        self._end()

    def _cancelled(self) -> None:
        self.say(self.tr("The import was cancelled; nothing was changed."))
        self._end()

    # --- helpers ------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """Tell the person in the window's status bar."""
        self.status_text = text
        if isinstance(self.window, QMainWindow):
            self.window.statusBar().showMessage(text, STATUS_MS)

    def _runner(self, title: str, text: str, *, discard_if_cancelled: bool = False) -> JobRunner:
        runner = self.runner = JobRunner(
            self.journal, self.window, title, text, discard_if_cancelled=discard_if_cancelled
        )
        runner.finished.connect(runner.deleteLater)
        runner.failed.connect(runner.deleteLater)
        runner.cancelled.connect(runner.deleteLater)
        return runner

    def _end(self) -> None:
        self.runner = None
        self.ended.emit()
        self.deleteLater()


def start_import(journal: Journal, window: QWidget) -> ImportFlow:
    """File → Import…: ask for files and go on from there."""
    flow = ImportFlow(journal, window)
    flow.start()
    return flow
