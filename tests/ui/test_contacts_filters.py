"""The contacts filter bar: tag, circle, archived state, due and mentors, alone and combined."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.contacts.tab import ContactsTab
from netjournal.ui.models.people import PeopleFilters, PeopleTableModel

from .conftest import Facts

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise|grabbing)"
)


@pytest.fixture
def tab(small_journal: tuple[Journal, Facts], qtbot: QtBot) -> ContactsTab:
    journal, _ = small_journal
    # "study group" is a circle; Ana is a potential mentor; Elif is archived.
    study = next(t for t in journal.people.tags() if t.name == "study group")
    journal.people.update_tag(study.id, is_circle=True)
    _, facts = small_journal
    journal.people.set_outreach_stage(facts.people["Ana"], "identified")
    journal.people.archive(facts.people["Elif"])
    shown = ContactsTab(journal, page_size=2)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def shown_ids(model: PeopleTableModel) -> set[int]:
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return set(model.ids)


def ids(facts: Facts, *names: str) -> set[int]:
    return {facts.people[name] for name in names}


def pick(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_combos_list_tags_and_circles_apart(tab: ContactsTab) -> None:
    bar = tab.filter_bar
    assert [bar.tag.itemText(i) for i in range(bar.tag.count())] == [
        "Any tag",
        "classmates",
        "mentors",
    ]
    assert [bar.circle.itemText(i) for i in range(bar.circle.count())] == [
        "Any circle",
        "study group",
    ]
    for widget in (bar.tag, bar.circle, bar.show_, bar.due, bar.mentors, bar.clear_button):
        assert widget.accessibleName()


def test_each_filter_alone(tab: ContactsTab, small_journal: tuple[Journal, Facts]) -> None:
    _, facts = small_journal
    bar, model = tab.filter_bar, tab.model
    assert shown_ids(model) == ids(facts, "Ana", "Bruno", "Chiara", "Dmitri")
    assert not bar.clear_button.isEnabled()

    pick(bar.tag, "classmates")
    assert shown_ids(model) == ids(facts, "Bruno", "Dmitri")
    assert bar.clear_button.isEnabled()
    bar.clear()

    pick(bar.circle, "study group")
    assert shown_ids(model) == ids(facts, "Dmitri")
    assert not bar.tag.isEnabled()
    bar.clear()
    assert bar.tag.isEnabled()

    pick(bar.show_, "Archived people")
    assert shown_ids(model) == ids(facts, "Elif")
    pick(bar.show_, "Everyone")
    assert shown_ids(model) == set(facts.people.values())
    bar.clear()

    bar.due.setChecked(True)
    assert model.filters.due_by is not None
    assert shown_ids(model) == ids(facts, "Ana", "Bruno", "Dmitri")
    bar.clear()

    bar.mentors.setChecked(True)
    assert shown_ids(model) == ids(facts, "Ana")
    bar.clear()
    assert model.filters == PeopleFilters()
    assert shown_ids(model) == ids(facts, "Ana", "Bruno", "Chiara", "Dmitri")


def test_filters_combine(tab: ContactsTab, small_journal: tuple[Journal, Facts]) -> None:
    journal, facts = small_journal
    bar, model = tab.filter_bar, tab.model
    journal.people.update(facts.people["Elif"], tags=["classmates"])
    pick(bar.tag, "classmates")
    assert shown_ids(model) == ids(facts, "Bruno", "Dmitri")
    pick(bar.show_, "Everyone")
    assert shown_ids(model) == ids(facts, "Bruno", "Dmitri", "Elif")
    bar.due.setChecked(True)
    assert shown_ids(model) == ids(facts, "Bruno", "Dmitri")
    # A circle wins over a tag.
    pick(bar.circle, "study group")
    assert shown_ids(model) == ids(facts, "Dmitri")
    bar.mentors.setChecked(True)
    assert shown_ids(model) == set()
    assert tab.empty_message()[0] == "No one matches these filters"


def test_search_follows_the_archived_choice(
    tab: ContactsTab, small_journal: tuple[Journal, Facts]
) -> None:
    _, facts = small_journal
    model = tab.model
    model.set_search("Elif")
    assert shown_ids(model) == set()
    pick(tab.filter_bar.show_, "Archived people")
    assert shown_ids(model) == ids(facts, "Elif")
    pick(tab.filter_bar.show_, "Everyone")
    assert shown_ids(model) == ids(facts, "Elif")
    model.set_search("Acme")
    assert shown_ids(model) == ids(facts, "Bruno")
    pick(tab.filter_bar.show_, "Archived people")
    assert shown_ids(model) == set()
    assert tab.empty_message()[0] == "No one matches “Acme”"


def test_archived_list_follows_archive_and_unarchive(
    tab: ContactsTab, small_journal: tuple[Journal, Facts], qtbot: QtBot
) -> None:
    journal, facts = small_journal
    model = tab.model
    pick(tab.filter_bar.show_, "Archived people")
    journal.people.archive(facts.people["Bruno"])
    assert shown_ids(model) == ids(facts, "Bruno", "Elif")
    assert tab.select_id(facts.people["Bruno"])
    assert tab.shown_person_id() == facts.people["Bruno"]
    menu = tab.build_menu(tab)
    action = next(a for a in menu.actions() if a is tab.archive_action)
    assert action.text() == "Un&archive"
    action.trigger()
    assert not journal.people.get(facts.people["Bruno"]).archived
    assert shown_ids(model) == ids(facts, "Elif")


def test_combos_follow_tag_changes(tab: ContactsTab, small_journal: tuple[Journal, Facts]) -> None:
    journal, facts = small_journal
    bar = tab.filter_bar
    pick(bar.tag, "classmates")
    classmates = bar.tag.currentData()
    journal.people.update_tag(classmates, is_circle=True)
    assert bar.tag.findData(classmates) < 0
    assert bar.circle.findData(classmates) > 0
    # What was picked moved: the list no longer filters by it.
    assert tab.model.filters.tag_id is None
    assert shown_ids(tab.model) == ids(facts, "Ana", "Bruno", "Chiara", "Dmitri")


def test_filtered_model_passes_the_model_tester(
    qtmodeltester, small_journal: tuple[Journal, Facts]
) -> None:
    journal, _ = small_journal
    model = PeopleTableModel(journal, page_size=2)
    tags = {t.name: t.id for t in journal.people.tags()}
    model.set_filters(PeopleFilters(archived=None, tag_id=tags["classmates"]))
    qtmodeltester.check(model)
    model.set_filters(PeopleFilters(archived=True, due_by=date(2030, 1, 1)))
    qtmodeltester.check(model)
    model.detach()


def test_search_is_narrowed_by_the_other_filters(
    tab: ContactsTab, small_journal: tuple[Journal, Facts]
) -> None:
    """Typing while a tag, circle or mentors filter is on searches only those people."""
    _, facts = small_journal
    model = tab.model
    model.set_search("a")  # Ana, Bruno Costa, Chiara, Dmitri Petrov all match a word with "a"
    everyone = shown_ids(model)
    assert ids(facts, "Ana", "Bruno") <= everyone
    pick(tab.filter_bar.tag, "classmates")
    assert shown_ids(model) == ids(facts, "Bruno", "Dmitri") & everyone
    pick(tab.filter_bar.tag, "Any tag")
    tab.filter_bar.mentors.setChecked(True)
    assert shown_ids(model) == ids(facts, "Ana")
