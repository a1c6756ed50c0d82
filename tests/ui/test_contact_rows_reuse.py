"""The contact rows of the person editor are reused from person to person: each shows its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.ui.contacts.tab import ContactsTab


def rows(tab: ContactsTab) -> list[tuple[str, str, str]]:
    return [(k.currentData(), v.text(), t.text()) for k, v, t, _ in tab.editor.contact_methods.rows]


def test_switching_people_shows_each_ones_contacts(journal: Journal, qtbot: QtBot) -> None:
    ana = journal.people.create(
        "Ana",
        contact_methods=[
            {"kind": "email", "value": "ana@x.org", "label": "work"},
            {"kind": "phone", "value": "+351 1", "label": ""},
        ],
    )
    bruno = journal.people.create(
        "Bruno", contact_methods=[{"kind": "url", "value": "https://b.example", "label": ""}]
    )
    chiara = journal.people.create("Chiara")
    tab = ContactsTab(journal)
    qtbot.addWidget(tab)
    tab.show_person(ana.id)
    assert rows(tab) == [("email", "ana@x.org", "work"), ("phone", "+351 1", "")]
    tab.show_person(bruno.id)
    assert rows(tab) == [("url", "https://b.example", "")]
    tab.show_person(chiara.id)
    assert rows(tab) == []
    tab.show_person(ana.id)
    assert rows(tab) == [("email", "ana@x.org", "work"), ("phone", "+351 1", "")]
    assert not tab.editor.has_pending()  # showing is not editing

    # Removing the first row keeps the second, and saves.
    remove = tab.editor.contact_methods.rows[0][3]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert rows(tab) == [("phone", "+351 1", "")]
    tab.editor.flush()
    (method,) = journal.people.get(ana.id).contact_methods
    assert (method.kind, method.value) == ("phone", "+351 1")
