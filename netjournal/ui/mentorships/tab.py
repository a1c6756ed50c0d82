"""`MentorshipsTab`: agreements where I mentor, am mentored, or learn with a peer.

Three views, switched by a row of buttons at the top: the agreements (grouped by
my role, one agreement's editor beside the list), my mentees at a glance, and
finding a mentor. Opening an agreement from the mentees, or creating one while
finding a mentor, comes back to the agreements with it selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.errors import InvalidInput, NotFound
from netjournal.journal import Journal
from netjournal.journal.mentorships import AGREED, OVER, DeletedAgreement
from netjournal.journal.records import Agreement
from netjournal.journal.vocab import AgreementStatus
from netjournal.ui.contacts.undo import UndoNotice
from netjournal.ui.errors_text import error_text
from netjournal.ui.format import DueStatus
from netjournal.ui.labels import label
from netjournal.ui.mentorships.editor import AgreementEditor
from netjournal.ui.mentorships.new_agreement import NewAgreementDialog, open_new_agreement_dialog
from netjournal.ui.mentorships.outreach import OutreachView
from netjournal.ui.mentorships.overview import MenteesOverview
from netjournal.ui.models.agreements import AgreementRole, AgreementsTableModel
from netjournal.ui.widgets.delegates import ChipDelegate
from netjournal.ui.widgets.list_tab import EditorListTab, ListTab
from netjournal.ui.widgets.privacy import PrivacyScreen

Index = QModelIndex | QPersistentModelIndex
# The views of the tab, in the order of their buttons.
VIEWS = ("agreements", "mentees", "outreach")


class CounterpartDelegate(QStyledItemDelegate):
    """The counterpart's name in bold with the program (or "Informal") beneath, muted."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        subtitle = index.data(AgreementRole.SUBTITLE)
        if not subtitle:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        name = option.text
        option.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(option.font)
        bold.setBold(True)
        small = QFont(option.font)
        small.setBold(False)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        top_metrics, bottom_metrics = QFontMetrics(bold), QFontMetrics(small)
        rect = option.rect.adjusted(6, 0, -6, 0)
        total = top_metrics.height() + bottom_metrics.height()
        y = rect.top() + max(0, (rect.height() - total) // 2)
        painter.save()
        painter.setFont(bold)
        painter.setPen(text_colour)
        first = QRect(rect.left(), y, rect.width(), top_metrics.height())
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            top_metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(small)
        painter.setPen(muted)
        second = QRect(rect.left(), first.bottom() + 1, rect.width(), bottom_metrics.height())
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bottom_metrics.elidedText(str(subtitle), Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        subtitle = index.data(AgreementRole.SUBTITLE)
        if subtitle:
            metrics = QFontMetrics(option.font)
            size.setWidth(max(size.width(), metrics.horizontalAdvance(str(subtitle)) + 12))
        return size


class MentorshipsTab(EditorListTab):
    """Agreements by my role, each with its editor; my mentees; finding a mentor."""

    settings_group = "Mentorships"
    # "Show in Contacts" in the editor: the window shows this person.
    show_person = Signal(int)

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        undo: UndoNotice | None = None,
        privacy: PrivacyScreen | None = None,
    ) -> None:
        super().__init__(journal, AgreementsTableModel(journal), parent)
        self._shared_undo = undo
        # Passed on to the agreement editor, the outreach view and the dialogs they open.
        self.privacy_screen = privacy
        self.model: AgreementsTableModel
        self.view.setObjectName("mentorshipsTable")
        self.view.setAccessibleName(self.tr("Mentorship agreements"))
        self.view.setAccessibleDescription(
            self.tr("Grouped by my role: mentoring, being mentored, peers")
        )
        self.view.setItemDelegateForColumn(
            self.model.column_index("person"), CounterpartDelegate(self.view)
        )
        chips = ChipDelegate(self.view)
        for key in ("status", "next_session", "open_actions"):
            self.view.setItemDelegateForColumn(self.model.column_index(key), chips)
        lines = self.view.fontMetrics().lineSpacing()
        self.view.verticalHeader().setDefaultSectionSize(lines * 2 + 12)
        self._header_height = lines + 14
        self._fit_columns()
        self._build_list_page()
        self._build_editor()
        self._build_views()
        self._build_actions()
        self.model.modelReset.connect(self._update_spans)
        self.model.rowsInserted.connect(self._span_inserted)
        self.model.rowsMoved.connect(self._update_spans)
        self.view.selectionModel().currentRowChanged.connect(self._skip_header)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_empty_button)
        self._update_spans()
        self.set_initial_split(0.58)
        self._restore_selection()
        self._update_empty_button()
        self.refresh_detail()

    # --- building -----------------------------------------------------------------------

    def _build_list_page(self) -> None:
        """The agreements page: a status filter and New agreement above the splitter."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.splitter)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Show agreements of status"))
        self.status_filter.addItem(self.tr("Any status"), None)
        for status in AgreementStatus:
            self.status_filter.addItem(label("agreement_status", status.value), status.value)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        status_label = QLabel(self.tr("&Status:"), self)
        status_label.setBuddy(self.status_filter)
        self.new_button = QPushButton(self.tr("New agreement…"), self)
        self.new_button.setObjectName("newAgreementButton")
        self.new_button.setAccessibleName(self.tr("New agreement"))
        self.new_button.setToolTip(self.tr("Start a mentorship agreement (Ctrl+Shift+M)"))
        self.new_button.clicked.connect(lambda _=False: self.new_agreement())
        bar = QWidget(self)
        bar.setObjectName("agreementsBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(status_label)
        row.addWidget(self.status_filter)
        row.addStretch(1)
        row.addWidget(self.new_button)
        self.list_page = QWidget(self)
        page = QVBoxLayout(self.list_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(bar)
        page.addWidget(self.splitter, 1)
        # The empty list's one action, in its middle under what it says.
        self.empty_button = QPushButton(self.tr("New agreement…"), self.view.viewport())
        self.empty_button.setObjectName("emptyNewAgreementButton")
        self.empty_button.setAccessibleName(self.tr("New agreement"))
        self.empty_button.clicked.connect(lambda _=False: self.new_agreement())
        self.empty_button.hide()
        self.view.viewport().installEventFilter(self)

    def _build_editor(self) -> None:
        self.editor: AgreementEditor = AgreementEditor(self.journal, privacy=self.privacy_screen)
        self.editor.show_person.connect(self.show_person)
        self.editor.state_changed.connect(self._update_actions)
        self._place_editor(
            self.editor,
            "agreementEditorScroll",
            self.tr("Agreement details"),
            "mentorshipsPane",
        )
        # The splitter never squeezes the form below what it needs: no sideways scrolling.
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.pane.setMinimumWidth(self.editor.minimumSizeHint().width() + bar + 2)
        self.undo_notice = self._use_undo(self._shared_undo)

    def _build_views(self) -> None:
        """The row of view buttons and the stack of views beneath it."""
        self.overview = MenteesOverview(self.journal, self)
        self.overview.open_agreement.connect(self.show_agreement)
        self.outreach = OutreachView(
            self.journal, self, undo=self.undo_notice, privacy=self.privacy_screen
        )
        self.outreach.agreement_created.connect(self.show_agreement)
        self.views = QStackedWidget(self)
        self.views.setObjectName("mentorshipViews")
        for widget in (self.list_page, self.overview, self.outreach):
            self.views.addWidget(widget)
        self.view_buttons = QButtonGroup(self)
        self.view_buttons.setExclusive(True)
        switch = QWidget(self)
        switch.setObjectName("mentorshipViewSwitch")
        row = QHBoxLayout(switch)
        row.setContentsMargins(10, 8, 10, 2)
        row.setSpacing(4)
        self.view_button: dict[str, QToolButton] = {}
        for number, (key, text, accessible, tip) in enumerate(
            (
                (
                    "agreements",
                    self.tr("&Agreements"),
                    self.tr("Agreements"),
                    self.tr("Every agreement, grouped by your role, with its terms"),
                ),
                (
                    "mentees",
                    self.tr("My men&tees"),
                    self.tr("My mentees"),
                    self.tr("Each mentee at a glance: sessions, overdue action items, goals"),
                ),
                (
                    "outreach",
                    self.tr("Fin&ding a mentor"),
                    self.tr("Finding a mentor"),
                    self.tr("Potential mentors and how each approach is going"),
                ),
            )
        ):
            button = QToolButton(switch)
            button.setObjectName(f"{key}ViewButton")
            button.setText(text)
            button.setAccessibleName(accessible)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.view_buttons.addButton(button, number)
            self.view_button[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.view_button["agreements"].setChecked(True)
        self.view_buttons.idClicked.connect(lambda number: self.show_view(VIEWS[number]))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(switch)
        layout.addWidget(self.views, 1)

    def _build_actions(self) -> None:
        make = self._make_action
        self.new_action = make(self.tr("New &Agreement…"), "Ctrl+Shift+M", self.new_agreement)
        self.new_action.setToolTip(self.tr("Start a mentorship agreement (Ctrl+Shift+M)"))
        self.session_action = make(self.tr("Log a &Session…"), "Ctrl+Shift+S", self.log_session)
        self.review_action = make(self.tr("&Review…"), "Ctrl+Shift+R", self.review)
        self.revise_action = make(self.tr("Re&vise Terms…"), "Ctrl+Shift+J", self.revise_terms)
        self.history_action = make(self.tr("&History…"), "Ctrl+Shift+H", self.open_history)
        self.summary_action = make(self.tr("Share a S&ummary…"), "Ctrl+Shift+U", self.share_summary)
        self.delete_action = self._make_list_action(self.tr("&Delete…"), self.delete_agreement)
        self.undo_action = self.undo_notice.action
        self._update_actions()

    def build_menu(self, parent: QWidget) -> QMenu:
        """The Mentorship menu (shortcuts shown)."""
        menu = QMenu(self.tr("&Mentorship"), parent)
        menu.addAction(self.new_action)
        menu.addSeparator()
        menu.addAction(self.session_action)
        menu.addAction(self.review_action)
        menu.addSeparator()
        menu.addAction(self.revise_action)
        menu.addAction(self.history_action)
        menu.addAction(self.summary_action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.addSeparator()
        # Finding a mentor's actions, their keys shown (they work in that view).
        menu.addMenu(self.outreach.build_menu(menu))
        return menu

    # --- views --------------------------------------------------------------------------

    def current_view(self) -> str:
        return VIEWS[self.views.currentIndex()]

    def show_view(self, key: str) -> None:
        """Show the agreements, my mentees or finding a mentor."""
        if key != "agreements":
            self.editor.flush()
        self.views.setCurrentIndex(VIEWS.index(key))
        self.view_button[key].setChecked(True)

    # --- the list -----------------------------------------------------------------------

    def apply_filter(self) -> None:
        self.model.set_status(self.status_filter.currentData())
        self.view.update_empty_state()

    def empty_message(self) -> tuple[str, str]:
        status = self.model.status
        if status is not None:
            return (
                self.tr("No agreements are {status}").format(
                    status=label("agreement_status", status).lower()
                ),
                self.tr("Choose “Any status” above to see them all."),
            )
        return (
            self.tr("No mentorships yet"),
            self.tr(
                "Agreements with a mentor, a mentee or a peer are listed here, grouped by "
                "your role."
            ),
        )

    def _update_empty_button(self, *_args: Any) -> None:
        empty = self.model.rowCount() == 0 and self.model.status is None
        self.empty_button.setVisible(empty)
        if empty:
            self._place_empty_button()

    def _place_empty_button(self) -> None:
        area = self.view.viewport().rect()
        hint = self.empty_button.sizeHint()
        lines = self.view.fontMetrics().lineSpacing()
        self.empty_button.setGeometry(
            area.center().x() - hint.width() // 2,
            area.center().y() + lines * 3,
            hint.width(),
            hint.height(),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty_button()
        return super().eventFilter(watched, event)

    def _update_spans(self, *_args: Any) -> None:
        """Each group header spans the whole row, in a shorter row than an agreement's."""
        self.view.clearSpans()
        rows = self.view.verticalHeader()
        for row in range(self.model.rowCount()):
            if not self.model.is_header(row):
                rows.resizeSection(row, rows.defaultSectionSize())
        self._span_inserted(QModelIndex(), 0, self.model.rowCount() - 1)

    def _span_inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        columns = self.model.columnCount()
        rows = self.view.verticalHeader()
        for row in range(first, last + 1):
            if self.model.is_header(row):
                self.view.setSpan(row, 0, 1, columns)
                rows.resizeSection(row, self._header_height)

    def _fit_columns(self) -> None:
        """Widths that fit the words the cells hold, chips included, with no room lost."""
        metrics = self.view.fontMetrics()
        bold = QFont(self.view.font())
        bold.setBold(True)
        pad = 2 * 6 + 4  # the cell's padding either side, and a little air

        def text(sample: str) -> int:
            return metrics.horizontalAdvance(sample)

        def chip(sample: str) -> int:
            return text(sample) + 2 * 6 + 2

        statuses = [label("agreement_status", s.value) for s in AgreementStatus]
        widths = {
            "person": QFontMetrics(bold).horizontalAdvance("Tomás Fernández") + pad + 12,
            "status": max(chip(word) for word in statuses) + pad,
            "cadence": text(self.tr("every 2 weeks")) + pad,
            "last_session": text(self.tr("11 months ago")) + pad,
            "next_session": chip(DueStatus.OVERDUE.label) + 6 + text(self.tr("3 weeks ago")) + pad,
        }
        for key, width in widths.items():
            column = self.model.column_index(key)
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            self.view.setColumnWidth(column, max(width, text(str(title)) + pad + 16))

    def _skip_header(self, current: QModelIndex, previous: QModelIndex) -> None:
        """The keyboard steps over a header to the agreement beyond it."""
        if not current.isValid() or not self.model.is_header(current.row()):
            return
        row = current.row()
        up = previous.isValid() and previous.row() > row
        target = row - 1 if up and row > 0 else row + 1
        if 0 <= target < self.model.rowCount() and not self.model.is_header(target):
            self._select_row(target)
        elif 0 <= row + 1 < self.model.rowCount():
            self._select_row(row + 1)

    def current_id(self) -> int | None:
        index = self.view.selectionModel().currentIndex()
        if not index.isValid() or self.model.is_header(index.row()):
            return None
        return self.model.id_at(index.row())

    def select_id(self, item_id: int) -> bool:
        """Select an agreement in the list (switching to the agreements view)."""
        found = super().select_id(item_id)
        if found and hasattr(self, "views"):
            self.show_view("agreements")
        return found

    def _restore_selection(self) -> None:
        wanted, self._reselect = self._reselect, None
        if wanted is not None and ListTab.select_id(self, wanted):
            return
        for row in range(self.model.rowCount()):
            if not self.model.is_header(row):
                self._select_row(row)
                self.view.scrollToTop()  # the first agreement with its header above it
                return
        self.refresh_detail()

    def _select_row(self, row: int) -> None:
        super()._select_row(row)
        if row > 0 and self.model.is_header(row - 1):
            self.view.scrollTo(self.model.index(row - 1, 0))  # its header stays in sight
            self.view.scrollTo(self.model.index(row, 0))

    def show_agreement(self, agreement_id: int) -> bool:
        """Switch to the agreements and select this one (clearing a filter that hides it)."""
        self.show_view("agreements")
        if self.model.row_of(agreement_id) is None and self.model.status is not None:
            self.status_filter.setCurrentIndex(0)
        return self.select_id(agreement_id)

    # --- the editor ---------------------------------------------------------------------

    def placeholder(self) -> str:
        return self.tr("Select an agreement to read and edit it here.")

    def show_detail(self, item_id: int) -> None:
        if not hasattr(self, "editor"):
            return  # still being built: the end of __init__ shows the agreement
        if self.editor.agreement_id != item_id or not self.editor_shown():
            self.editor.load(item_id)  # the same one follows the journal by itself
        self.pane.setCurrentWidget(self.scroll)
        self._update_actions()

    def shown_agreement(self) -> Agreement | None:
        """The agreement in the editor, or None when the pane shows none."""
        return self.editor.agreement if self.editor_shown() else None

    def _update_actions(self) -> None:
        if not hasattr(self, "delete_action"):
            return
        agreement = self.shown_agreement()
        has = agreement is not None
        status = agreement.status if agreement is not None else None
        self.session_action.setEnabled(has and status not in OVER)
        self.review_action.setEnabled(has)
        self.revise_action.setEnabled(has and status in AGREED and not self.editor.revising)
        self.history_action.setEnabled(has)
        self.summary_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    # --- actions ------------------------------------------------------------------------

    def _editor_ready(self) -> bool:
        """Bring the agreement editor to the front; False when no agreement is shown."""
        self._bring_to_front()
        self.show_view("agreements")
        return self.shown_agreement() is not None

    def new_agreement(
        self, person_id: int | None = None, my_role: str | None = None
    ) -> NewAgreementDialog:
        """Open the new agreement dialog; the agreement made is selected."""
        self._bring_to_front()
        self.show_view("agreements")
        self.editor.flush()
        dialog = open_new_agreement_dialog(
            self.journal, self.window(), person_id=person_id, my_role=my_role
        )
        dialog.accepted.connect(
            lambda: (
                self.show_agreement(dialog.agreement_id)
                if dialog.agreement_id is not None
                else None
            )
        )
        return dialog

    def log_session(self) -> QWidget | None:
        return self.editor.log_session() if self._editor_ready() else None

    def review(self) -> QWidget | None:
        return self.editor.open_review() if self._editor_ready() else None

    def revise_terms(self) -> bool:
        return self._editor_ready() and self.editor.start_revision()

    def open_history(self) -> QWidget | None:
        return self.editor.open_history() if self._editor_ready() else None

    def share_summary(self) -> QWidget | None:
        return self.editor.share_summary() if self._editor_ready() else None

    def confirm_delete(self, agreement: Agreement, entries: int, actions: int) -> bool:
        """Ask before deleting, naming what stays and what goes (tests replace this)."""
        lines = [self.tr("Delete the agreement with {name}?").format(name=agreement.person_name)]
        if entries:
            lines.append(
                self.tr("Its session or review stays in the journal as an entry.")
                if entries == 1
                else self.tr(
                    "Its %n sessions and reviews stay in the journal as entries.", None, entries
                )
            )
        gone = [self.tr("its history of revisions")]
        if actions:
            gone.insert(
                0,
                self.tr("its action item")
                if actions == 1
                else self.tr("its %n action items", None, actions),
            )
        lines.append(self.tr("This deletes {what}.").format(what=self.tr(" and ").join(gone)))
        return self._ask_delete(self.tr("Delete agreement"), lines)

    def delete_agreement(self) -> bool:
        """Delete the agreement shown, after asking; Undo puts it back."""
        agreement = self.shown_agreement()
        if agreement is None:
            return False
        self.editor.flush()
        entries = self.journal.entries.count(agreement_id=agreement.id)
        actions = len(self.journal.mentorships.actions(open_only=False, agreement_id=agreement.id))
        if not self.confirm_delete(agreement, entries, actions):
            return False
        try:
            deleted = self.journal.mentorships.delete(agreement.id)
        except NotFound:
            return False
        self._offer_undo(
            self.tr("Deleted the agreement with {name}").format(name=agreement.person_name),
            lambda: self._undo_delete(deleted),
        )
        return True

    def _undo_delete(self, deleted: DeletedAgreement) -> None:
        try:
            agreement = self.journal.mentorships.restore(deleted)
        except InvalidInput as exc:
            self.warn(self.tr("Undo"), error_text(exc))
            return
        self.show_agreement(agreement.id)

    # --- remembered state ---------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        settings.setValue(f"{self.settings_group}/view", self.current_view())
        settings.setValue(f"{self.settings_group}/status", self.model.status or "")
        self.outreach.save_state(settings)

    def restore_state(self, settings: QSettings) -> None:
        super().restore_state(settings)
        status = settings.value(f"{self.settings_group}/status", "")
        found = self.status_filter.findData(status) if status else 0
        self.status_filter.setCurrentIndex(max(found, 0))
        self.outreach.restore_state(settings)
        view = settings.value(f"{self.settings_group}/view", "agreements")
        self.show_view(view if view in VIEWS else "agreements")

    def shutdown(self) -> None:
        """Stop following the journal (the window is closing)."""
        super().shutdown()
        self.editor.shutdown()
        self.overview.shutdown()
        self.outreach.shutdown()
