"""The network map view: the people and lines it draws, selection, zoom, filters, the worker."""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from netjournal.journal import Journal
from netjournal.journal.network import ME
from netjournal.ui.network.layout import EdgeSpec, LayoutSpec
from netjournal.ui.network.map_view import (
    REFRESH_MS,
    LayoutRunner,
    LinesItem,
    NetworkMapView,
    NodeItem,
)

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)

MENTORS = "#10b981"
CLASSMATES = "#3b82f6"
ALUMNI = "#0ea5e9"


def ego_graph(people: int, goals: int, seed: int = 5) -> tuple[list[int], list[EdgeSpec]]:
    """Me (0) linked to everyone, and goals of two to five people linking them."""
    rng = random.Random(seed)
    ids = list(range(people + 1))
    edges = {(0, p): 1.0 for p in ids[1:]}
    for _ in range(goals):
        members = sorted(rng.sample(ids[1:], rng.randint(2, 5)))
        for n, a in enumerate(members):
            for b in members[n + 1 :]:
                edges[(a, b)] = edges.get((a, b), 0.0) + 1.0
    return ids, [(a, b, w) for (a, b), w in edges.items()]


def spec_of(people: int, goals: int) -> LayoutSpec:
    ids, edges = ego_graph(people, goals)
    return LayoutSpec(tuple(ids), tuple(edges), 1, 0)


@dataclass(frozen=True)
class Facts:
    people: dict[str, int]
    goals: dict[str, int]
    agreements: dict[str, int]


@pytest.fixture
def facts(journal: Journal) -> Facts:
    """Ana, Bruno and Chiara share the scholarship; I mentor Dmitri; Elif is linked to
    nothing; Fiona is an archived member. Entries: Ana 4, Dmitri 2, Bruno 1."""
    people = {
        name.split()[0]: journal.people.create(name, organization=org, tags=tags).id
        for name, org, tags in (
            ("Ana Silva", "Riverside University", ["mentors", "alumni"]),
            ("Bruno Costa", "Acme", ["classmates"]),
            ("Chiara Rossi", "", []),
            ("Dmitri Petrov", "", ["classmates"]),
            ("Elif Yilmaz", "", ["classmates"]),
            ("Fiona Walsh", "", ["classmates"]),
        )
    }
    tags = {tag.name: tag.id for tag in journal.people.tags()}
    journal.people.update_tag(tags["mentors"], colour=MENTORS, is_circle=True)
    journal.people.update_tag(tags["classmates"], colour=CLASSMATES, is_circle=True)
    journal.people.update_tag(tags["alumni"], colour=ALUMNI)
    goals = {
        "scholarship": journal.goals.create(
            "Win the scholarship",
            "scholarship",
            members=[
                (people[name], "collaborator") for name in ("Ana", "Bruno", "Chiara", "Fiona")
            ],
        ).id,
    }
    agreements = {
        "dmitri": journal.mentorships.create(people["Dmitri"], "mentor", status="active").id
    }
    journal.people.archive(people["Fiona"])
    start = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
    for name, times in (("Ana", 4), ("Dmitri", 2), ("Bruno", 1), ("Elif", 6)):
        for n in range(times):
            journal.entries.log("coffee", start + timedelta(days=n), [people[name]])
    return Facts(people, goals, agreements)


def laid_out(qtbot: QtBot, view: NetworkMapView) -> None:
    qtbot.waitUntil(lambda: not view.runner.busy and view._pending is None, timeout=10_000)


@pytest.fixture
def view(qtbot: QtBot, journal: Journal, facts: Facts) -> Iterator[NetworkMapView]:
    shown = NetworkMapView(journal)
    qtbot.addWidget(shown)
    shown.resize(1100, 700)
    shown.show()
    qtbot.waitExposed(shown)
    laid_out(qtbot, shown)
    yield shown
    shown.shutdown()


def lines(view: NetworkMapView) -> list[LinesItem]:
    return [item for item in view.scene.items() if isinstance(item, LinesItem)]


def segment_count(view: NetworkMapView) -> int:
    return sum(len(item.lines) for item in lines(view) if item is not view._highlight)


def click_node(qtbot: QtBot, view: NetworkMapView, person_id: int, double: bool = False) -> None:
    item = view.items[person_id]
    view.view.centerOn(item)
    point = view.view.mapFromScene(item.scenePos())
    if double:
        qtbot.mouseDClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    else:
        qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_the_map_shows_exactly_the_linked_people_and_their_lines(
    view: NetworkMapView, facts: Facts
) -> None:
    p = facts.people
    nodes = [item for item in view.scene.items() if isinstance(item, NodeItem)]
    assert sorted(item.node_id for item in nodes) == sorted(
        [ME, p["Ana"], p["Bruno"], p["Chiara"], p["Dmitri"]]
    )
    # Ana-Bruno, Ana-Chiara, Bruno-Chiara; me to each of them; me-Dmitri (a mentorship).
    assert segment_count(view) == 7
    assert view.overlay.isHidden()
    assert view.count_label.text() == "4 people"
    # Colour: the first circle (mentors, though the tag alumni comes first); no tag: neutral.
    assert view.items[p["Ana"]].colour == QColor(MENTORS)
    assert view.items[p["Bruno"]].colour == QColor(CLASSMATES)
    assert view.items[p["Chiara"]].colour == view._neutral
    # Size by how often we talk.
    assert view.items[p["Ana"]].radius > view.items[p["Dmitri"]].radius
    assert view.items[p["Dmitri"]].radius > view.items[p["Chiara"]].radius
    legend = view.panel.legend.text()
    assert "mentors" in legend
    assert "classmates" in legend
    assert "No tag" in legend
    positions = [item.pos() for item in nodes]
    assert all(math.isfinite(point.x()) and math.isfinite(point.y()) for point in positions)
    assert view.runner.last_thread_id not in (None, threading.get_ident())


def test_selecting_a_person_shows_them_and_lights_their_links(
    qtbot: QtBot, view: NetworkMapView, facts: Facts
) -> None:
    p = facts.people
    assert "Select someone" in view.panel.details.toPlainText()
    click_node(qtbot, view, p["Bruno"])
    assert view.view.selected_id() == p["Bruno"]
    text = view.panel.details.toPlainText()
    assert "Bruno Costa" in text
    assert "Acme" in text
    assert "classmates" in text
    assert "Win the scholarship" in text
    assert "Ana Silva, Chiara Rossi" in text
    assert "Mentorship" not in text
    assert view.panel.open_button.isVisible()
    assert view._highlight is not None
    assert len(view._highlight.lines) == 3  # to me, Ana and Chiara
    assert view._state.focus == {ME, p["Bruno"], p["Ana"], p["Chiara"]}
    click_node(qtbot, view, p["Dmitri"])
    text = view.panel.details.toPlainText()
    assert "I mentor them" in text
    assert "Active" in text
    # Clicking the map away from everyone clears the selection.
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert view.view.selected_id() is None
    assert "Select someone" in view.panel.details.toPlainText()


def test_enter_double_click_and_the_button_open_the_person(
    qtbot: QtBot, view: NetworkMapView, facts: Facts
) -> None:
    ana = facts.people["Ana"]
    click_node(qtbot, view, ana)
    view.view.setFocus()
    with qtbot.waitSignal(view.show_person, timeout=1000) as opened:
        qtbot.keyClick(view.view, Qt.Key.Key_Return)
    assert opened.args == [ana]
    with qtbot.waitSignal(view.show_person, timeout=1000) as opened:
        click_node(qtbot, view, facts.people["Chiara"], double=True)
    assert opened.args == [facts.people["Chiara"]]
    with qtbot.waitSignal(view.show_person, timeout=1000) as opened:
        qtbot.mouseClick(view.panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [facts.people["Chiara"]]
    # The synthetic "me" has no card to open.
    click_node(qtbot, view, ME)
    assert not view.panel.open_button.isVisible()
    assert "Me" in view.panel.details.toPlainText()
    with qtbot.assertNotEmitted(view.show_person):
        qtbot.keyClick(view.view, Qt.Key.Key_Return)


def test_links_in_the_panel_open_the_goal_and_the_agreement(
    qtbot: QtBot, view: NetworkMapView, facts: Facts
) -> None:
    click_node(qtbot, view, facts.people["Dmitri"])
    assert f"agreement:{facts.agreements['dmitri']}" in view.panel.details.toHtml()
    details = view.panel.details
    details.setFocus()
    with qtbot.waitSignal(view.show_agreement, timeout=1000) as opened:
        qtbot.keyClick(details, Qt.Key.Key_Tab)  # to the first link
        qtbot.keyClick(details, Qt.Key.Key_Return)
    assert opened.args == [facts.agreements["dmitri"]]
    click_node(qtbot, view, facts.people["Bruno"])
    assert f"goal:{facts.goals['scholarship']}" in view.panel.details.toHtml()
    with qtbot.waitSignal(view.show_goal, timeout=1000) as opened:
        view.panel.details.anchorClicked.emit(QUrl(f"goal:{facts.goals['scholarship']}"))
    assert opened.args == [facts.goals["scholarship"]]


def test_zoom_with_keys_wheel_and_fit(qtbot: QtBot, view: NetworkMapView) -> None:
    view.view.setFocus()
    start = view.view.zoom()
    qtbot.keyClick(view.view, Qt.Key.Key_Plus)
    assert view.view.zoom() == pytest.approx(start * 1.25)
    qtbot.keyClick(view.view, Qt.Key.Key_Minus)
    qtbot.keyClick(view.view, Qt.Key.Key_Minus)
    assert view.view.zoom() == pytest.approx(start / 1.25)
    qtbot.keyClick(view.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.view.zoom() == pytest.approx(start)
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.view.zoom() == pytest.approx(start * 1.25)
    qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
    assert view.view.zoom() == pytest.approx(start)
    # Every person is inside the viewport once fitted.
    shown = view.view.mapToScene(view.view.viewport().rect()).boundingRect()
    assert all(shown.contains(item.pos()) for item in view.items.values())
    # The arrow keys pan.
    before = view.view.horizontalScrollBar().value()
    view.view.setFocus()
    qtbot.keyClick(view.view, Qt.Key.Key_Right)
    assert view.view.horizontalScrollBar().value() > before


def test_filter_by_tag_and_by_goal(qtbot: QtBot, view: NetworkMapView, facts: Facts) -> None:
    p = facts.people
    view.tag_filter.setFocus()
    qtbot.keyClicks(view.tag_filter, "mentors")
    assert view.tag_filter.currentText() == "mentors"
    laid_out(qtbot, view)
    assert set(view.items) == {ME, p["Ana"]}
    view.tag_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.goal_filter, "Win")
    assert view.goal_filter.currentText() == "Win the scholarship"
    laid_out(qtbot, view)
    assert set(view.items) == {ME, p["Ana"], p["Bruno"], p["Chiara"]}
    assert segment_count(view) == 6
    # A tag nobody on the map has: the map says so, with the way back to everyone.
    view.journal.people.create("Zed Nobody", tags=["loners"])
    view._load_choices()
    view.tag_filter.setCurrentIndex(view.tag_filter.findText("loners"))
    laid_out(qtbot, view)
    assert view.items == {}
    assert view.overlay.isVisible()
    assert view.overlay.title.text() == "No one on the map with these filters"
    qtbot.mouseClick(view.overlay.button, Qt.MouseButton.LeftButton)
    laid_out(qtbot, view)
    assert view.tag_filter.currentIndex() == 0
    assert view.goal_filter.currentIndex() == 0
    assert len(view.items) == 5


def test_find_selects_and_centres_a_person(
    qtbot: QtBot, view: NetworkMapView, facts: Facts
) -> None:
    view.find_field.setFocus()
    qtbot.keyClicks(view.find_field, "chiara")
    qtbot.keyClick(view.find_field, Qt.Key.Key_Return)
    assert view.view.selected_id() == facts.people["Chiara"]
    assert view.view.hasFocus()


def test_a_burst_of_changes_is_laid_out_once_from_the_last_positions(
    qtbot: QtBot, view: NetworkMapView, journal: Journal, facts: Facts
) -> None:
    p = facts.people
    before = {pid: item.pos() for pid, item in view.items.items()}
    items = dict(view.items)
    computed = view.runner.computed
    ana_radius = view.items[p["Ana"]].radius
    # An entry changes sizes, not who is linked: the cached layout, no new computation.
    journal.entries.log("call", datetime(2025, 3, 1, tzinfo=UTC), [p["Chiara"]])
    qtbot.waitUntil(lambda: view.items[p["Chiara"]].radius > 4.0, timeout=REFRESH_MS * 5)
    assert view.runner.computed == computed
    assert {pid: item.pos() for pid, item in view.items.items()} == before
    assert view.items == items  # the same items, restyled, not a new scene
    assert view.items[p["Ana"]].radius == ana_radius
    # Elif joins the goal, and two more entries follow at once: one new layout.
    journal.goals.set_member(facts.goals["scholarship"], p["Elif"], "supporter")
    journal.entries.log("call", datetime(2025, 3, 2, tzinfo=UTC), [p["Elif"]])
    journal.entries.log("call", datetime(2025, 3, 3, tzinfo=UTC), [p["Bruno"]])
    qtbot.waitUntil(lambda: p["Elif"] in view.items, timeout=10_000)
    laid_out(qtbot, view)
    assert view.runner.computed == computed + 1
    assert segment_count(view) == 7 + 4  # Elif to me, Ana, Bruno and Chiara


def test_a_hidden_map_waits_until_it_is_shown(
    qtbot: QtBot, view: NetworkMapView, journal: Journal, facts: Facts
) -> None:
    view.hide()
    journal.goals.set_member(facts.goals["scholarship"], facts.people["Elif"], "supporter")
    qtbot.wait(REFRESH_MS + 100)
    assert facts.people["Elif"] not in view.items
    view.show()
    laid_out(qtbot, view)
    assert facts.people["Elif"] in view.items


def test_the_map_says_laying_out_until_the_worker_is_done(
    qtbot: QtBot, journal: Journal, facts: Facts
) -> None:
    view = NetworkMapView(journal)
    qtbot.addWidget(view)
    view.show()  # asks for the graph and starts the layout; its result comes in an event
    assert view.overlay.isVisible()
    assert view.overlay.title.text() == "Laying out 4 people…"
    assert view.count_label.text() == "4 people · laying out…"
    assert view.items == {}
    laid_out(qtbot, view)
    assert view.overlay.isHidden()
    assert len(view.items) == 5
    assert view.count_label.text() == "4 people"
    view.shutdown()


def test_a_layout_that_fails_says_so_and_can_be_tried_again(
    qtbot: QtBot,
    journal: Journal,
    facts: Facts,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    real_run = LayoutSpec.run

    def broken(self: LayoutSpec, *args: object, **kwargs: object) -> object:
        raise ValueError("a bug in the layout")

    monkeypatch.setattr(LayoutSpec, "run", broken)
    view = NetworkMapView(journal, seed=99)  # a seed no other test laid out: not cached
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.overlay.title.text() == "The map could not be drawn")
    assert "a bug in the layout" in caplog.text  # logged for whoever reads the log
    caplog.clear()
    monkeypatch.setattr(LayoutSpec, "run", real_run)
    qtbot.mouseClick(view.overlay.button, Qt.MouseButton.LeftButton)  # Try again
    laid_out(qtbot, view)
    assert len(view.items) == 5
    assert view.overlay.isHidden()
    view.shutdown()


def test_an_empty_journal_says_so_with_the_action_that_fills_the_map(
    qtbot: QtBot, journal: Journal
) -> None:
    view = NetworkMapView(journal)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert view.items == {}
    assert view.overlay.isVisible()
    assert view.overlay.title.text() == "No one on the map yet"
    with qtbot.waitSignal(view.new_goal, timeout=1000):
        qtbot.mouseClick(view.overlay.button, Qt.MouseButton.LeftButton)
    view.shutdown()
    # Once shut down, changes no longer reach it.
    journal.people.create("Late Comer")
    assert not view._refresh_timer.isActive()


def test_the_map_follows_the_palette(qtbot: QtBot, view: NetworkMapView, facts: Facts) -> None:
    """Dark mode: the map is drawn again in the new palette, the selection kept."""
    view.select_person(facts.people["Ana"])
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Mid, QColor("#555555"))
    view.setPalette(dark)
    assert view._state.halo == QColor("#1e1e1e")
    assert view._state.text == QColor("#eeeeee")
    assert view.view.backgroundBrush().color() == QColor("#1e1e1e")
    assert view.items[facts.people["Chiara"]].colour == QColor("#555555")  # neutral
    assert view.items[facts.people["Ana"]].colour == QColor(MENTORS)
    assert view.view.selected_id() == facts.people["Ana"]
    assert "Ana Silva" in view.panel.details.toPlainText()


def test_every_control_has_an_accessible_name(view: NetworkMapView) -> None:
    for widget in (
        view.tag_filter,
        view.goal_filter,
        view.find_field,
        view.zoom_in_button,
        view.zoom_out_button,
        view.fit_button,
        view.view,
        view.panel.details,
        view.panel.open_button,
    ):
        assert widget.accessibleName(), widget.objectName()


def test_the_layout_runs_in_a_worker_while_the_gui_keeps_ticking(qtbot: QtBot) -> None:
    runner = LayoutRunner()
    spec = spec_of(1200, 250)
    ticks = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        with qtbot.waitSignal(runner.ready, timeout=20_000) as done:
            assert runner.request(spec) is None
            assert runner.busy
        outcome = done.args[0]
    finally:
        timer.stop()
        runner.stop()
    assert outcome.computed
    assert outcome.thread_id != threading.get_ident()
    assert len(outcome.positions) == len(spec.node_ids)
    assert len(ticks) >= 3  # the GUI thread ran its timer meanwhile
    # The same graph again: from the cache, at once, the very same positions.
    again = runner.request(spec)
    assert again is not None
    assert again.positions is outcome.positions
    assert not again.computed
    assert runner.computed == 1


def test_a_new_request_cancels_the_one_running(qtbot: QtBot) -> None:
    runner = LayoutRunner()
    big = spec_of(1500, 300)
    small = spec_of(20, 3)
    outcomes = []
    runner.ready.connect(outcomes.append)
    try:
        runner.request(big)
        runner.request(small)
        qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)
    finally:
        runner.stop()
    assert [o.key for o in outcomes] == [small.key]
    assert runner.cancelled == 1
    assert runner.computed == 1
