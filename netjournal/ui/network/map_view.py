"""`NetworkMapView`: the people linked to me by shared goals and mentorships, as a map.

A QGraphicsView over a scene of one light item per person (a circle sized by how
often we talk, coloured by their first circle or tag, the name drawn only once
zoomed in enough to read it) and the lines between them drawn by three items, not
one item per line: goals, mentorships (dashed) and my own links to everyone. The
scene is indexed with a BSP tree (the map does not move once laid out, and a tree
finds the few items under the pointer or in the exposed rectangle among
thousands), and the view repaints only what changed.

The layout (`layout.py`) runs in a worker of a thread pool of its own, never in
the GUI thread: a new request cancels the one running; the result is cached by
the graph's signature for the session, and the last positions seed the next
layout, so one new person moves the map a little instead of reshuffling it.
While it runs the map says "Laying out…"; changes to the journal are gathered for
a moment and laid out once.

Selecting a person lights them, their links and their neighbours and shows who
they are and what links us beside the map; Enter or a double click opens them in
Contacts (`show_person`).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QEvent,
    QLineF,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyleOptionGraphicsItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netjournal.journal import Journal
from netjournal.journal.changes import Change
from netjournal.journal.network import ME, NetworkEdge, NetworkGraph, NetworkNode
from netjournal.ui.format import format_date, local_date, relative_day, ui_locale
from netjournal.ui.labels import label
from netjournal.ui.models.base import WeakListener
from netjournal.ui.network.layout import (
    LayoutCache,
    LayoutCancelled,
    LayoutSpec,
    Point,
    Positions,
)
from netjournal.ui.widgets.detail import DetailPane, esc

logger = logging.getLogger(__name__)

SPACING = 60.0  # pixels per unit of the layout (the distance between linked people)
RADIUS_MIN = 4.0
RADIUS_MAX = 16.0
RADIUS_ME = 18.0
# Names shown from this zoom on (closer, two names of neighbours would run into
# each other), and from LABEL_ZOOM_BIG on for the people I talk with most; me and
# the person selected are named at every zoom, in a label that keeps its size.
LABEL_ZOOM = 1.15
LABEL_ZOOM_BIG = 0.75
# A map of a few people has room for every name from further away.
FEW_PEOPLE = 80
LABEL_ZOOM_FEW = 0.6
RADIUS_BIG = 14.0
LABEL_WIDTH = 2.0 * SPACING  # a longer name is elided (in full in the tooltip)
ZOOM_STEP = 1.25
ZOOM_MIN = 0.03
ZOOM_MAX = 6.0
FIT_ZOOM_MAX = 1.4  # a small map is not blown up past this when fitted
REFRESH_MS = 400  # a burst of changes to the journal is laid out once, after this pause
HUB_LINES_MAX = 150  # past this many, my own links to everyone are drawn only when selected
DIMMED = 0.25  # how visible the people not linked to the one selected stay
LEGEND_ROWS = 10
NAMES_IN_LINK = 4  # "with Ana, Bruno, Chiara, Dmitri and 3 others"

# Stacking: my own links under the others, the people above every line.
Z_HUB_LINES = -2.0
Z_GOAL_LINES = -1.0
Z_MENTORSHIP_LINES = -0.5
Z_HIGHLIGHT = 0.0
Z_NODES = 1.0
Z_SELECTED = 2.0
Z_FLOATING_LABEL = 3.0


# --- the layout, in a worker ----------------------------------------------------------------


@dataclass(frozen=True)
class LayoutOutcome:
    """A layout ready to show: where each person goes, and where it came from."""

    key: str
    positions: Positions
    computed: bool  # False: taken from the cache
    thread_id: int  # the thread that computed it (the GUI's for a cache hit)
    seconds: float


class _LayoutSignals(QObject):
    """Told from the worker thread; delivered (queued) in the GUI thread."""

    done = Signal(int, object)  # generation, LayoutOutcome
    cancelled = Signal(int)
    failed = Signal(int, str)


class _LayoutJob(QRunnable):
    def __init__(
        self,
        generation: int,
        spec: LayoutSpec,
        start: Positions | None,
        cancel: threading.Event,
        signals: _LayoutSignals,
    ) -> None:
        super().__init__()
        self.generation = generation
        self.spec = spec
        self.start = start
        self.cancel = cancel
        self.signals = signals

    def run(self) -> None:
        began = time.perf_counter()
        try:
            result = self.spec.run(self.start, self.cancel.is_set)
        except LayoutCancelled:
            self.signals.cancelled.emit(self.generation)
            return
        except Exception as exc:  # a bug: logged in the GUI thread, the map says so
            self.signals.failed.emit(self.generation, f"{type(exc).__name__}: {exc}")
            return
        outcome = LayoutOutcome(
            self.spec.key,
            result.positions,
            True,
            threading.get_ident(),
            time.perf_counter() - began,
        )
        self.signals.done.emit(self.generation, outcome)


class LayoutRunner(QObject):
    """Lays out graphs in a worker thread, one at a time, the newest request winning.

    `request(spec)` returns the cached outcome at once when the same graph was laid
    out before in this session; otherwise it cancels the layout running, starts
    one from the last positions and returns None; `ready` says when it is done.
    """

    ready = Signal(object)  # LayoutOutcome
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, cache: LayoutCache | None = None) -> None:
        super().__init__(parent)
        self.cache = cache if cache is not None else LayoutCache()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # a cancelled layout stops before the next starts
        self._signals = _LayoutSignals(self)
        self._signals.done.connect(self._on_done)
        self._signals.cancelled.connect(self._on_cancelled)
        self._signals.failed.connect(self._on_failed)
        self._generation = 0
        self._cancel: threading.Event | None = None
        self._jobs: dict[int, _LayoutJob] = {}  # kept alive until they report
        self.computed = 0  # layouts computed (not taken from the cache)
        self.cancelled = 0
        self.last_thread_id: int | None = None

    @property
    def busy(self) -> bool:
        return bool(self._jobs)

    def request(self, spec: LayoutSpec) -> LayoutOutcome | None:
        cached = self.cache.get(spec.key)
        if cached is not None:
            self._cancel_running()
            return LayoutOutcome(spec.key, cached, False, threading.get_ident(), 0.0)
        self._cancel_running()
        self._generation += 1
        self._cancel = threading.Event()
        job = _LayoutJob(self._generation, spec, self.cache.last, self._cancel, self._signals)
        job.setAutoDelete(False)  # this runner holds it until it reports
        self._jobs[self._generation] = job
        self._pool.start(job)
        return None

    def _cancel_running(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None

    def stop(self) -> None:
        """Cancel what runs and wait for the worker (the view is closing)."""
        self._cancel_running()
        self._pool.clear()
        self._pool.waitForDone()
        self._jobs.clear()

    @Slot(int, object)
    def _on_done(self, generation: int, outcome: LayoutOutcome) -> None:
        self._jobs.pop(generation, None)
        self.computed += 1
        self.last_thread_id = outcome.thread_id
        self.cache.put(outcome.key, outcome.positions)
        if generation == self._generation:
            self._cancel = None
            self.ready.emit(outcome)

    @Slot(int)
    def _on_cancelled(self, generation: int) -> None:
        self._jobs.pop(generation, None)
        self.cancelled += 1

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        self._jobs.pop(generation, None)
        logger.error("The network map could not be laid out: %s", message)
        if generation == self._generation:
            self.failed.emit(message)


# The layouts of this session, by journal: a map view made again (after a lock, or a
# journal reopened) finds them still there. A few journals at most.
_SESSION_CACHES: OrderedDict[str, LayoutCache] = OrderedDict()
SESSION_JOURNALS = 4


def session_cache(journal: Journal) -> LayoutCache:
    """The layout cache of this journal for as long as the application runs."""
    key = str(journal.path)
    cache = _SESSION_CACHES.get(key)
    if cache is None:
        cache = _SESSION_CACHES[key] = LayoutCache()
        while len(_SESSION_CACHES) > SESSION_JOURNALS:
            _SESSION_CACHES.popitem(last=False)
    _SESSION_CACHES.move_to_end(key)
    return cache


def layout_spec(graph: NetworkGraph, seed: int) -> LayoutSpec:
    """What the layout of this graph depends on: who is on it, who is linked, how strongly.

    My own links pull by their mentorships only: everyone on a goal is linked to me,
    and pulling them all in would say nothing; a mentee or mentor near me says a lot.
    """
    me = graph.me_id

    def weight(edge: NetworkEdge) -> float:
        if me in (edge.source, edge.target):
            return float(len(edge.agreement_ids))
        return float(edge.weight)

    return LayoutSpec(
        tuple(node.id for node in graph.nodes),
        tuple((edge.source, edge.target, weight(edge)) for edge in graph.edges),
        seed,
        me,
    )


# --- what is drawn --------------------------------------------------------------------------


def size_scale(interactions: Iterable[int]) -> int:
    """The count drawn at the largest size: the 95th percentile, so one person with
    20,000 entries does not shrink everyone else to a dot."""
    ordered = sorted(interactions)
    if not ordered:
        return 0
    return ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]


def node_radius(interactions: int, most: int) -> float:
    """Area grows with how often we talk (a square-root scale), within readable bounds."""
    if most <= 0:
        return RADIUS_MIN
    share = math.sqrt(max(0, interactions) / most)
    return min(RADIUS_MAX, max(RADIUS_MIN, RADIUS_MIN + (RADIUS_MAX - RADIUS_MIN) * share))


def _crowded_alpha(alpha: int, lines: int, calm: int = 40, least: int = 50) -> int:
    """Fainter lines when there are many of them, so a crowd of spokes does not blacken
    the middle of the map."""
    if lines <= calm:
        return alpha
    return max(least, round(alpha * calm / lines))


def colour_tag(node: NetworkNode, graph: NetworkGraph) -> int | None:
    """The tag whose colour the node takes: its first circle with a colour, else its first
    tag with one (the domain lists circles first); None: the neutral colour."""
    for tag_id in node.tag_ids:
        tag = graph.tags.get(tag_id)
        if tag is not None and QColor.isValidColorName(tag.colour):
            return tag_id
    return None


class _MapState:
    """What every node item reads when it paints: shared, so a selection repaints once."""

    def __init__(self) -> None:
        self.focus: frozenset[int] = frozenset()  # the one selected and its neighbours
        self.selected: int | None = None
        self.text = QColor()
        self.halo = QColor()
        self.highlight = QColor()
        self.font = QFont()
        self.floating: set[int] = set()  # named by a FloatingLabel instead of by themselves
        self.label_zoom = LABEL_ZOOM


class NodeItem(QGraphicsItem):
    """One person: a circle, and the name below it once there is room to read it."""

    def __init__(
        self,
        node: NetworkNode,
        radius: float,
        colour: QColor,
        name: str,
        state: _MapState,
        metrics: QFontMetricsF,
    ) -> None:
        super().__init__()
        self.node_id = node.id
        self.is_me = node.is_me
        self.state = state
        self.radius = -1.0
        self.colour = colour
        self.name = ""
        self.restyle(radius, colour, name, metrics)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setZValue(Z_NODES)
        self.setAcceptHoverEvents(False)

    def restyle(self, radius: float, colour: QColor, name: str, metrics: QFontMetricsF) -> None:
        """A new size, colour or name (the journal changed); nothing if none differs."""
        if radius == self.radius and name == self.name:
            if colour != self.colour:
                self.colour = colour
                self.update()
            return
        self.prepareGeometryChange()
        self.radius = radius
        self.colour = colour
        self.name = name
        self.elided = metrics.elidedText(name, Qt.TextElideMode.ElideRight, LABEL_WIDTH)
        width = metrics.horizontalAdvance(self.elided) + 4
        height = metrics.height()
        ring = radius + 4
        self.label_rect = QRectF(-width / 2, ring - 1, width, height)
        self._circle = QRectF(-radius, -radius, 2 * radius, 2 * radius)
        self._bounds = QRectF(-ring, -ring, 2 * ring, 2 * ring).united(self.label_rect)
        self._shape = QPainterPath()
        hit = max(radius, 6.0)
        self._shape.addEllipse(QRectF(-hit, -hit, 2 * hit, 2 * hit))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._shape

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        state = self.state
        zoom = option.levelOfDetailFromTransform(painter.worldTransform())
        selected = state.selected == self.node_id
        if state.focus and self.node_id not in state.focus:
            painter.setOpacity(DIMMED)
        if self.is_me:  # the centre: a ring, whatever my tags
            painter.setBrush(state.halo)
            painter.setPen(QPen(state.text, 2.5))
            painter.drawEllipse(self._circle)
        else:
            painter.setBrush(self.colour)
            painter.setPen(QPen(state.halo, 1.0))
            painter.drawEllipse(self._circle)
        if selected or (state.focus and self.node_id in state.focus):
            pen = QPen(state.highlight, 3.0 if selected else 1.5)
            pen.setCosmetic(True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(pen)
            painter.drawEllipse(self._circle.adjusted(-2.5, -2.5, 2.5, 2.5))
        if self.node_id not in state.floating and (
            zoom >= state.label_zoom or (zoom >= LABEL_ZOOM_BIG and self.radius >= RADIUS_BIG)
        ):
            painter.setFont(state.font)
            painter.setPen(state.text)
            painter.drawText(self.label_rect, int(Qt.AlignmentFlag.AlignHCenter), self.elided)


class FloatingLabel(QGraphicsItem):
    """A name that stays readable at every zoom (it ignores the view's scale), on a
    halo so lines do not run through it: for me and for the person selected."""

    def __init__(self, state: _MapState, bold: bool = False) -> None:
        super().__init__()
        self.state = state
        self.bold = bold
        self.font = QFont(state.font)
        self.text = ""
        self.below = 0.0  # pixels from the node's centre to the top of the label
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(Z_FLOATING_LABEL)

    def set_label(self, text: str, below: float, scale: float = 1.0) -> None:
        """The text, its top `below` pixels under the node, its font `scale` times the
        map's (zoomed in, as large as the other names)."""
        self.font = QFont(self.state.font)
        self.font.setBold(self.bold)
        if self.font.pointSizeF() > 0:
            self.font.setPointSizeF(self.font.pointSizeF() * scale)
        metrics = QFontMetricsF(self.font)
        width = metrics.horizontalAdvance(text) + 8
        self.prepareGeometryChange()
        self.text = text
        self.below = below
        self._rect = QRectF(-width / 2, below, width, metrics.height() + 2)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if not self.text:
            return
        halo = QColor(self.state.halo)
        halo.setAlpha(220)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawRoundedRect(self._rect, 4, 4)
        painter.setFont(self.font)
        painter.setPen(self.state.text)
        painter.drawText(self._rect, int(Qt.AlignmentFlag.AlignCenter), self.text)


class LinesItem(QGraphicsItem):
    """Many lines in one item, one pen: thousands of lines without thousands of items."""

    def __init__(self, lines: Sequence[QLineF], pen: QPen, z: float) -> None:
        super().__init__()
        self.lines = list(lines)
        self.pen = pen
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        xs = [x for line in self.lines for x in (line.x1(), line.x2())]
        ys = [y for line in self.lines for y in (line.y1(), line.y2())]
        if xs:
            left, top = min(xs), min(ys)
            self._bounds = QRectF(left, top, max(xs) - left, max(ys) - top).adjusted(-2, -2, 2, 2)
        else:
            self._bounds = QRectF()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        if self.lines:
            painter.setPen(self.pen)
            painter.drawLines(self.lines)


# --- the graphics view ----------------------------------------------------------------------


class MapGraphicsView(QGraphicsView):
    """Zoom with the wheel, + and -; pan by dragging or with the arrow keys; Enter opens."""

    activated = Signal(int)  # the person selected: Enter or a double click
    zoomed = Signal()
    resized = Signal()

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("networkMap")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
            | QGraphicsView.OptimizationFlag.DontSavePainterState
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(self.palette().color(QPalette.ColorRole.Base))
        # Panning is dragging and the arrow keys; scroll bars would only crowd the map.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.setSingleStep(40)

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, anchored_under_mouse: bool = False) -> None:
        current = self.zoom()
        wanted = min(ZOOM_MAX, max(ZOOM_MIN, current * factor))
        if current <= 0 or math.isclose(wanted, current):
            return
        if not anchored_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(wanted / current, wanted / current)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoomed.emit()

    def fit(self) -> None:
        scene = self.scene()
        area = scene.itemsBoundingRect()
        if area.isEmpty():
            self.resetTransform()
            self.zoomed.emit()
            return
        margin = 24.0
        self.fitInView(
            area.adjusted(-margin, -margin, margin, margin), Qt.AspectRatioMode.KeepAspectRatio
        )
        if self.zoom() > FIT_ZOOM_MAX:
            self.resetTransform()
            self.scale(FIT_ZOOM_MAX, FIT_ZOOM_MAX)
            self.centerOn(area.center())
        elif self.zoom() < ZOOM_MIN:
            self.resetTransform()
            self.scale(ZOOM_MIN, ZOOM_MIN)
            self.centerOn(area.center())
        self.zoomed.emit()

    def selected_id(self) -> int | None:
        for item in self.scene().selectedItems():
            if isinstance(item, NodeItem):
                return item.node_id
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(ZOOM_STEP**steps, anchored_under_mouse=True)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chosen = self.selected_id()
            if chosen is None:
                super().keyPressEvent(event)
                return
            self.activated.emit(chosen)
        else:
            super().keyPressEvent(event)  # the arrows scroll: pan
            return
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, NodeItem):
            if not item.isSelected():  # a double click may arrive without its press
                self.scene().clearSelection()
                item.setSelected(True)
            self.activated.emit(item.node_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class _Overlay(QWidget):
    """A message in the middle of the map ("Laying out…", "No one on the map yet"), with
    the one action that helps, if any."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("mapMessage")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self.title = QLabel(self)
        self.title.setObjectName("mapMessageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setObjectName("mapMessageHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        for text in (self.title, self.hint):
            palette = text.palette()
            palette.setColor(
                QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
            )
            text.setPalette(palette)
        self.button = QPushButton(self)
        self.button.setObjectName("mapMessageAction")
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addStretch(1)
        self.hide()

    def show_message(self, title: str, hint: str = "", action: str = "") -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.button.setText(action)
        self.button.setAccessibleName(action)
        self.button.setVisible(bool(action))
        self.setAccessibleName(title)
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect().adjusted(24, 24, -24, -24))


# --- the person beside the map --------------------------------------------------------------


class PersonPanel(QWidget):
    """The person selected: who they are, what links us; and the colours of the map."""

    open_person = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mapPersonPanel")
        self.details = DetailPane(self)
        self.details.setObjectName("mapPersonDetails")
        self.details.setAccessibleName(self.tr("Selected person"))
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.open_button = QPushButton(self.tr("Open in Contacts"), self)
        self.open_button.setObjectName("mapOpenPerson")
        self.open_button.setAccessibleName(self.tr("Open in Contacts"))
        self.open_button.setToolTip(self.tr("Open this person in Contacts (Enter on the map)"))
        self.open_button.clicked.connect(self._on_open)
        self.open_button.hide()
        self.legend_title = QLabel(self.tr("Colours"), self)
        bold = QFont(self.legend_title.font())
        bold.setBold(True)
        self.legend_title.setFont(bold)
        self.legend = QLabel(self)
        self.legend.setObjectName("mapLegend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.legend.setAccessibleName(self.tr("What the colours mean"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(18, 0, 18, 0)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 12)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        legend = QVBoxLayout()
        legend.setContentsMargins(18, 12, 18, 0)
        legend.addWidget(self.legend_title)
        legend.addWidget(self.legend)
        layout.addLayout(legend)
        self.person_id: int | None = None
        self.show_nobody()

    def show_nobody(self) -> None:
        self.person_id = None
        self.open_button.hide()
        self.details.show_placeholder(
            self.tr("Select someone on the map to see who they are and what links you.")
        )

    def show_node(self, node: NetworkNode, graph: NetworkGraph, openable: bool) -> None:
        self.person_id = node.id if openable else None
        self.open_button.setVisible(openable)
        edges = graph.edges_of(node.id)
        if node.is_me:
            self._show_me(node, graph)
            return
        tags = [graph.tags[t].name for t in node.tag_ids if t in graph.tags]
        facts = [
            (self.tr("Tags"), ", ".join(tags)),
            (self.tr("Last contact"), self._last_contact(node.last_contact_at)),
            (
                self.tr("Interactions"),
                self.tr("%n entries", None, node.interactions) if node.interactions else "",
            ),
        ]
        if not node.interactions:
            facts.append((self.tr("Interactions"), self.tr("None yet")))
        self.details.show_document(
            node.name,
            node.organization,
            facts,
            [(self.tr("What links you"), self._links_html(node, graph, edges))],
        )

    def _show_me(self, node: NetworkNode, graph: NetworkGraph) -> None:
        people = graph.shown
        goals = "".join(
            f'<p style="margin:2px 0"><a href="goal:{gid}">{esc(title)}</a></p>'
            for gid, title in sorted(graph.goals.items(), key=lambda g: g[1].casefold())
        )
        mentorships = "".join(
            f'<p style="margin:2px 0"><a href="agreement:{a.id}">'
            f"{esc(self._mentorship_words(a.my_role))}: "
            f"{esc(self._name(graph, a.person_id))}</a></p>"
            for a in graph.agreements.values()
        )
        self.details.show_document(
            self.tr("Me") if not node.name else self.tr("Me ({name})").format(name=node.name),
            self.tr("Linked to %n people on the map", None, people),
            [],
            [(self.tr("Shared goals"), goals), (self.tr("Mentorships"), mentorships)],
        )

    @staticmethod
    def _name(graph: NetworkGraph, person_id: int) -> str:
        found = graph.node(person_id)
        return found.name if found is not None else ""

    def _last_contact(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("Never")
        day = local_date(moment)
        return self.tr("{relative} ({date})").format(
            relative=relative_day(day), date=format_date(day)
        )

    def _mentorship_words(self, my_role: str) -> str:
        if my_role == "mentor":
            return self.tr("I mentor them")
        if my_role == "mentee":
            return self.tr("They mentor me")
        return self.tr("Peer mentorship")

    def _links_html(
        self, node: NetworkNode, graph: NetworkGraph, edges: Iterable[NetworkEdge]
    ) -> str:
        goal_ids: set[int] = set()
        agreement_ids: set[int] = set()
        for edge in edges:
            goal_ids.update(edge.goal_ids)
            agreement_ids.update(edge.agreement_ids)
        members: dict[int, set[int]] = {g: set() for g in goal_ids}
        for edge in graph.edges:
            for goal in edge.goal_ids:
                if goal in members:
                    members[goal].update((edge.source, edge.target))
        parts = []
        for goal in sorted(goal_ids, key=lambda g: graph.goals.get(g, "").casefold()):
            others = sorted(
                (self._name(graph, p) for p in members[goal] - {node.id, graph.me_id}),
                key=str.casefold,
            )
            title = esc(graph.goals.get(goal, ""))
            line = f'<a href="goal:{goal}">{title}</a>'
            if others:
                line += " — " + esc(self._with(others))
            shared = self.tr("Shared goal")
            parts.append(f'<p style="margin:2px 0">{shared}: {line}</p>')
        for agreement_id in sorted(agreement_ids):
            agreement = graph.agreements.get(agreement_id)
            if agreement is None:
                continue
            words = self._mentorship_words(agreement.my_role)
            status = label("agreement_status", agreement.status)
            parts.append(
                f'<p style="margin:2px 0">{esc(self.tr("Mentorship"))}: '
                f'<a href="agreement:{agreement_id}">{esc(words)}</a> · {esc(status)}</p>'
            )
        return "".join(parts)

    def _with(self, names: list[str]) -> str:
        if len(names) <= NAMES_IN_LINK:
            return self.tr("with {names}").format(names=", ".join(names))
        return self.tr("with {names} and %n others", None, len(names) - NAMES_IN_LINK).format(
            names=", ".join(names[:NAMES_IN_LINK])
        )

    def set_legend(self, rows: Sequence[tuple[str, QColor, int]], lines: Sequence[str]) -> None:
        """Each colour with its name and how many people wear it; then what the lines mean."""
        text = self.palette().color(QPalette.ColorRole.WindowText).name()
        html = []
        for name, colour, count in rows[:LEGEND_ROWS]:
            html.append(
                f'<span style="color:{colour.name()}; font-size:large">●</span> '
                f'<span style="color:{text}">{esc(name)}</span> '
                f'<span style="color:{self.details.muted()}">{count}</span><br>'
            )
        if len(rows) > LEGEND_ROWS:
            more = len(rows) - LEGEND_ROWS
            html.append(esc(self.tr("and %n more tags", None, more)) + "<br>")
        html.extend(f"{esc(line)}<br>" for line in lines)
        self.legend.setText("".join(html))

    def _on_open(self) -> None:
        if self.person_id is not None:
            self.open_person.emit(self.person_id)


# --- the view -------------------------------------------------------------------------------


class NetworkMapView(QWidget):
    """The network map with its filters and the selected person beside it."""

    show_person = Signal(int)
    show_goal = Signal(int)
    show_agreement = Signal(int)
    new_goal = Signal()  # the empty map's one action: "Add a shared goal"

    def __init__(
        self,
        journal: Journal,
        parent: QWidget | None = None,
        *,
        seed: int = 1,
        limit: int = 2000,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("networkMapView")
        self.journal = journal
        self.seed = seed
        self.limit = limit
        self.graph = NetworkGraph()
        self.items: dict[int, NodeItem] = {}
        self.shown_key: str | None = None  # the layout on screen
        self._pending: tuple[NetworkGraph, LayoutSpec] | None = None
        self._state = _MapState()
        self._stale = True
        self._fit_next = True
        self._shut = False
        self._highlight: LinesItem | None = None
        self._lines: list[LinesItem] = []  # my own links, goals, mentorships
        self._raised: NodeItem | None = None  # the selected node, drawn above the others
        # Me and the person selected, named at every zoom.
        self._labels: dict[str, tuple[FloatingLabel, NodeItem]] = {}
        self._message = ""  # what the overlay's button does: "empty", "filtered", "failed"

        self.scene = QGraphicsScene(self)
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.scene.selectionChanged.connect(self._on_selection_changed)
        self.view = MapGraphicsView(self.scene, self)
        self.view.setAccessibleName(self.tr("Network map"))
        self.view.setAccessibleDescription(
            self.tr(
                "People linked by shared goals and mentorships. Wheel, + and − zoom; drag or "
                "arrow keys pan; Enter opens the person selected."
            )
        )
        self.view.activated.connect(self._open)
        self.overlay = _Overlay(self.view.viewport())
        self.view.resized.connect(self.overlay.place)
        self.view.zoomed.connect(self._place_labels)
        self.overlay.button.clicked.connect(self._on_overlay_action)
        self.panel = PersonPanel(self)
        self.panel.open_person.connect(self._open)
        self.panel.details.anchorClicked.connect(self._on_link)
        self.runner = LayoutRunner(self, session_cache(journal))
        self.runner.ready.connect(self._on_layout_ready)
        self.runner.failed.connect(self._on_layout_failed)

        self._build_actions()
        bar = self._build_filter_bar()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mapSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.panel.setMinimumWidth(240)
        self.splitter.setSizes([900, 320])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.splitter, 1)
        self.setTabOrder(self.tag_filter, self.goal_filter)
        self.setTabOrder(self.goal_filter, self.find_field)
        self.setTabOrder(self.find_field, self.zoom_out_button)
        self.setTabOrder(self.zoom_out_button, self.zoom_in_button)
        self.setTabOrder(self.zoom_in_button, self.fit_button)
        self.setTabOrder(self.fit_button, self.view)
        self.setTabOrder(self.view, self.panel.details)
        self.setTabOrder(self.panel.details, self.panel.open_button)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._on_refresh_due)
        self._listener = WeakListener(self._on_change)
        journal.subscribe(self._listener)
        self._apply_palette()
        self._load_choices()

    # --- building ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.zoom_in_action = QAction(self.tr("Zoom In"), self)
        self.zoom_in_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn)])
        self.zoom_in_action.triggered.connect(lambda: self.view.zoom_by(ZOOM_STEP))
        self.zoom_out_action = QAction(self.tr("Zoom Out"), self)
        self.zoom_out_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        self.zoom_out_action.triggered.connect(lambda: self.view.zoom_by(1 / ZOOM_STEP))
        self.fit_action = QAction(self.tr("Fit the Map"), self)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        self.fit_action.triggered.connect(self.view.fit)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def map_actions(self) -> list[QAction]:
        """Zoom in, zoom out, fit: for the window's View menu (their shortcuts work here)."""
        return [self.zoom_in_action, self.zoom_out_action, self.fit_action]

    def _build_filter_bar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("mapFilterBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(8)
        self.tag_filter = QComboBox(bar)
        self.tag_filter.setObjectName("mapTagFilter")
        self.tag_filter.setAccessibleName(self.tr("Show people with the tag"))
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_filter.setMaximumWidth(220)
        tag_label = QLabel(self.tr("&Tag:"), bar)
        tag_label.setBuddy(self.tag_filter)
        self.goal_filter = QComboBox(bar)
        self.goal_filter.setObjectName("mapGoalFilter")
        self.goal_filter.setAccessibleName(self.tr("Show the members of the goal"))
        self.goal_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.goal_filter.setMaximumWidth(280)
        goal_label = QLabel(self.tr("&Goal:"), bar)
        goal_label.setBuddy(self.goal_filter)
        self.find_field = QLineEdit(bar)
        self.find_field.setObjectName("mapFind")
        self.find_field.setPlaceholderText(self.tr("Find on the map"))
        self.find_field.setAccessibleName(self.tr("Find a person on the map"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setMaximumWidth(220)
        self._completer = QCompleter([], self.find_field)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.find_field.setCompleter(self._completer)
        self.find_field.returnPressed.connect(self._on_find)
        self._completer.activated.connect(lambda _text: self._on_find())
        self.count_label = QLabel(bar)
        self.count_label.setObjectName("mapCount")
        self.count_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        palette = self.count_label.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        self.count_label.setPalette(palette)
        self.zoom_out_button = self._tool_button(bar, "−", self.zoom_out_action, "mapZoomOut")
        self.zoom_in_button = self._tool_button(bar, "+", self.zoom_in_action, "mapZoomIn")
        self.fit_button = self._tool_button(bar, self.tr("Fit"), self.fit_action, "mapFit")
        row.addWidget(tag_label)
        row.addWidget(self.tag_filter)
        row.addSpacing(8)
        row.addWidget(goal_label)
        row.addWidget(self.goal_filter)
        row.addSpacing(8)
        row.addWidget(self.find_field)
        row.addSpacing(8)
        row.addWidget(self.count_label, 1)
        row.addWidget(self.zoom_out_button)
        row.addWidget(self.zoom_in_button)
        row.addWidget(self.fit_button)
        self.tag_filter.currentIndexChanged.connect(self._on_filter_changed)
        self.goal_filter.currentIndexChanged.connect(self._on_filter_changed)
        return bar

    def _tool_button(self, parent: QWidget, text: str, action: QAction, name: str) -> QToolButton:
        button = QToolButton(parent)
        button.setObjectName(name)
        button.setText(text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.text()} ({shortcut})")
        button.setAccessibleName(action.text())
        button.clicked.connect(action.trigger)
        button.setMinimumSize(QSize(28, 24))
        return button

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (the system went dark) or font: the map is drawn again in it."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(
            self, "_state"
        ):
            self._apply_palette()
            positions = self.runner.cache.get(self.shown_key) if self.shown_key else None
            if positions is not None and self.items:
                selected = self.view.selected_id()
                self._build_scene(self.graph, positions)
                self._update_legend(self.graph)
                if selected is not None and selected in self.items:
                    self.items[selected].setSelected(True)
                else:
                    self._on_selection_changed()

    def _apply_palette(self) -> None:
        palette = self.palette()
        self.view.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        self._state.text = palette.color(QPalette.ColorRole.Text)
        self._state.halo = palette.color(QPalette.ColorRole.Base)
        self._state.highlight = palette.color(QPalette.ColorRole.Highlight)
        self._state.font = QFont(self.view.font())
        self._neutral = palette.color(QPalette.ColorRole.Mid)

    # --- the filters ------------------------------------------------------------------------

    def _load_choices(self) -> None:
        """The tags and shared goals in the combo boxes, keeping what is chosen."""
        choices = self.journal.network.choices()
        for combo, everyone, options in (
            (self.tag_filter, self.tr("All tags"), [(t.id, t.name) for t in choices.tags]),
            (self.goal_filter, self.tr("All shared goals"), list(choices.goals)),
        ):
            chosen = combo.currentData()
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for option_id, name in options:
                combo.addItem(name, option_id)
            found = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(0, found))
            combo.blockSignals(blocked)
            if chosen is not None and found < 0:
                self._fit_next = True  # the chosen tag or goal is gone: everyone again

    def tag_id(self) -> int | None:
        return self.tag_filter.currentData()

    def goal_id(self) -> int | None:
        return self.goal_filter.currentData()

    def _on_filter_changed(self, _index: int) -> None:
        self._fit_next = True
        self.reload()

    def clear_filters(self) -> None:
        for combo in (self.tag_filter, self.goal_filter):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(blocked)
        self._fit_next = True
        self.reload()

    # --- loading and laying out -------------------------------------------------------------

    def reload(self) -> None:
        """Ask the journal for the graph; show it now if laid out before, else lay it out."""
        if self._shut:
            return
        self._stale = False
        graph = self.journal.network.graph(self.tag_id(), self.goal_id(), self.limit)
        spec = layout_spec(graph, self.seed)
        if not graph.nodes:
            self._pending = None
            self.runner.request(spec)  # cancels a layout still running
            self._show(graph, {}, spec.key)
            return
        outcome = self.runner.request(spec)
        if outcome is not None:
            self._pending = None
            self._show(graph, outcome.positions, outcome.key)
            return
        self._pending = (graph, spec)
        self._say_counts(graph, laying_out=True)
        if not self.items:
            self._message = ""
            self.overlay.show_message(self.tr("Laying out %n people…", None, graph.shown))

    @Slot(object)
    def _on_layout_ready(self, outcome: LayoutOutcome) -> None:
        pending = self._pending
        if pending is None or pending[1].key != outcome.key or self._shut:
            return
        self._pending = None
        self._show(pending[0], outcome.positions, outcome.key)

    @Slot(str)
    def _on_layout_failed(self, _message: str) -> None:
        self._pending = None
        self._message = "failed"
        self.overlay.show_message(
            self.tr("The map could not be drawn"),
            self.tr("Something went wrong while placing the people. Try again."),
            self.tr("Try again"),
        )

    def _show(self, graph: NetworkGraph, positions: Positions, key: str) -> None:
        """Put the graph on the scene at these positions, keeping the selection."""
        selected = self.view.selected_id()
        same_layout = (
            key == self.shown_key and bool(self.items) and len(self.items) == len(graph.nodes)
        )
        self.graph = graph
        self.shown_key = key
        if same_layout:
            self._restyle_nodes(graph)  # the same people, links and places: sizes, colours
        else:
            self._build_scene(graph, positions)
        self._say_counts(graph)
        self._update_legend(graph)
        self._completer.model().setStringList(  # type: ignore[attr-defined]
            sorted((n.name for n in graph.nodes if n.name and not n.is_me), key=str.casefold)
        )
        if not graph.nodes:
            self._show_empty()
        else:
            self.overlay.hide()
        if self._fit_next:
            self._fit_next = False
            self.view.fit()
        if selected is not None and selected in self.items:
            self.items[selected].setSelected(True)
        else:
            self._on_selection_changed()

    def _build_scene(self, graph: NetworkGraph, positions: Positions) -> None:
        blocked = self.scene.blockSignals(True)
        self.items = {}
        self.scene.clear()
        self.scene.blockSignals(blocked)
        self._highlight = None
        self._raised = None
        self._lines = []
        self._labels = {}
        self._state.floating = set()
        self._state.label_zoom = LABEL_ZOOM if len(graph.nodes) > FEW_PEOPLE else LABEL_ZOOM_FEW
        if not graph.nodes:
            self.scene.setSceneRect(QRectF())
            return
        metrics = QFontMetricsF(self._state.font)
        points: dict[int, QPointF] = {}
        for node in graph.nodes:
            x, y = positions.get(node.id, (0.0, 0.0))
            points[node.id] = QPointF(x * SPACING, y * SPACING)
        for node, radius, colour, tooltip in self._styles(graph):
            item = NodeItem(node, radius, colour, self._display_name(node), self._state, metrics)
            item.setPos(points[node.id])
            item.setToolTip(tooltip)
            self.scene.addItem(item)
            self.items[node.id] = item
        self._float_label("me", self.items.get(graph.me_id), bold=True)
        goal_lines: list[QLineF] = []
        mentorship_lines: list[QLineF] = []
        hub_lines: list[QLineF] = []
        me = graph.me_id
        for edge in graph.edges:
            line = QLineF(points[edge.source], points[edge.target])
            if edge.agreement_ids:
                mentorship_lines.append(line)
            elif me in (edge.source, edge.target):
                hub_lines.append(line)
            else:
                goal_lines.append(line)
        if len(hub_lines) > HUB_LINES_MAX:
            hub_lines = []
        self._lines = [
            LinesItem(hub_lines, self._line_pen(40), Z_HUB_LINES),
            LinesItem(goal_lines, self._line_pen(90), Z_GOAL_LINES),
            LinesItem(
                mentorship_lines,
                self._line_pen(_crowded_alpha(150, len(mentorship_lines)), dashed=True),
                Z_MENTORSHIP_LINES,
            ),
        ]
        for lines_item in self._lines:
            self.scene.addItem(lines_item)
        area = self.scene.itemsBoundingRect()
        margin = 4 * SPACING
        self.scene.setSceneRect(area.adjusted(-margin, -margin, margin, margin))

    def _styles(self, graph: NetworkGraph) -> Iterator[tuple[NetworkNode, float, QColor, str]]:
        """Each node with its radius, colour and tooltip."""
        most = size_scale(n.interactions for n in graph.nodes if not n.is_me)
        colours = {tag_id: QColor(tag.colour) for tag_id, tag in graph.tags.items() if tag.colour}
        for node in graph.nodes:
            tag = colour_tag(node, graph)
            colour = colours.get(tag, self._neutral) if tag is not None else self._neutral
            radius = RADIUS_ME if node.is_me else node_radius(node.interactions, most)
            yield node, radius, colour, self._tooltip(node, graph, tag)

    def _restyle_nodes(self, graph: NetworkGraph) -> None:
        metrics = QFontMetricsF(self._state.font)
        for node, radius, colour, tooltip in self._styles(graph):
            item = self.items[node.id]
            item.restyle(radius, colour, self._display_name(node), metrics)
            if item.toolTip() != tooltip:
                item.setToolTip(tooltip)
        self._place_labels()

    def _line_pen(self, alpha: int, *, dashed: bool = False) -> QPen:
        colour = QColor(self._state.text)
        colour.setAlpha(alpha)
        pen = QPen(colour, 1.0)
        pen.setCosmetic(True)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def _display_name(self, node: NetworkNode) -> str:
        return self.tr("Me") if node.is_me else node.name

    def _tooltip(self, node: NetworkNode, graph: NetworkGraph, tag: int | None) -> str:
        if node.is_me:
            return self.tr("Me: linked to %n people on the map", None, graph.shown)
        parts = [node.name]
        if tag is not None:
            parts.append(graph.tags[tag].name)
        parts.append(self.tr("%n entries", None, node.interactions))
        return " · ".join(parts)

    def _say_counts(self, graph: NetworkGraph, laying_out: bool = False) -> None:
        locale = ui_locale()
        tip = ""
        if graph.total > graph.shown:
            shown, total = locale.toString(graph.shown), locale.toString(graph.total)
            text = self.tr("Showing {shown} of {total} people").format(shown=shown, total=total)
            tip = self.tr(
                "The {shown} you talk with most are on the map; choose a tag or a goal to "
                "see the others."
            ).format(shown=shown)
        else:
            text = self.tr("%n people", None, graph.shown)
        if laying_out:
            text = self.tr("{counts} · laying out…").format(counts=text)
        self.count_label.setText(text)
        self.count_label.setToolTip(tip or text)

    def _update_legend(self, graph: NetworkGraph) -> None:
        counts: dict[int | None, int] = {}
        for node in graph.nodes:
            if not node.is_me:
                tag = colour_tag(node, graph)
                counts[tag] = counts.get(tag, 0) + 1
        rows = []
        for tag_id, count in sorted(
            counts.items(), key=lambda c: (c[0] is None, -c[1], self._tag_name(graph, c[0]))
        ):
            if tag_id is None:
                rows.append((self.tr("No tag"), self._neutral, count))
            else:
                tag = graph.tags[tag_id]
                rows.append((tag.name, QColor(tag.colour), count))
        lines = [
            self.tr("──  a shared goal"),
            self.tr("- - -  a mentorship"),
            self.tr("Larger: you talk more often"),
        ]
        self.panel.set_legend(rows, lines if graph.nodes else [])

    @staticmethod
    def _tag_name(graph: NetworkGraph, tag_id: int | None) -> str:
        return graph.tags[tag_id].name.casefold() if tag_id is not None else ""

    def _show_empty(self) -> None:
        if self.tag_id() is not None or self.goal_id() is not None:
            self._message = "filtered"
            self.overlay.show_message(
                self.tr("No one on the map with these filters"),
                self.tr("Nobody with this tag shares a goal or a mentorship with you."),
                self.tr("Show everyone"),
            )
        else:
            self._message = "empty"
            self.overlay.show_message(
                self.tr("No one on the map yet"),
                self.tr(
                    "People appear here once they share a goal with you or you have a "
                    "mentorship with them."
                ),
                self.tr("Add a shared goal"),
            )

    def _on_overlay_action(self) -> None:
        if self._message == "failed":
            self.reload()
        elif self._message == "filtered":
            self.clear_filters()
        elif self._message == "empty":
            self.new_goal.emit()

    # --- selection --------------------------------------------------------------------------

    def select_person(self, person_id: int, centre: bool = True) -> bool:
        """Select this person on the map (and bring them into view); False if not on it."""
        item = self.items.get(person_id)
        if item is None:
            return False
        self.scene.clearSelection()
        item.setSelected(True)
        if centre:
            self.view.centerOn(item)
        return True

    def _float_label(self, which: str, item: NodeItem | None, bold: bool = False) -> None:
        """Name this node at every zoom (`which`: "me" or "selected"); None: nobody."""
        found = self._labels.pop(which, None)
        if found is not None:
            self.scene.removeItem(found[0])
        if item is not None:
            floating = FloatingLabel(self._state, bold)
            floating.setPos(item.pos())
            self.scene.addItem(floating)
            self._labels[which] = (floating, item)
        self._state.floating = {item.node_id for _, item in self._labels.values()}
        self._place_labels()

    def _place_labels(self) -> None:
        """Each floating label under its node, as far below as the node is drawn wide."""
        zoom = self.view.zoom()
        for floating, item in self._labels.values():
            floating.set_label(item.elided, item.radius * zoom + 5, max(1.0, zoom))

    def _on_selection_changed(self) -> None:
        chosen = self.view.selected_id() if self.items else None
        state = self._state
        if self._highlight is not None:
            self.scene.removeItem(self._highlight)
            self._highlight = None
        if chosen is None:
            state.selected = None
            state.focus = frozenset()
            self.panel.show_nobody()
        else:
            node = self.graph.node(chosen)
            assert node is not None
            edges = self.graph.edges_of(chosen)
            state.selected = chosen
            state.focus = frozenset(
                {chosen} | {e.source for e in edges} | {e.target for e in edges}
            )
            lines = [QLineF(self.items[e.source].pos(), self.items[e.target].pos()) for e in edges]
            pen = QPen(state.highlight, 2.0)
            pen.setCosmetic(True)
            self._highlight = LinesItem(lines, pen, Z_HIGHLIGHT)
            self.scene.addItem(self._highlight)
            if self._raised is not None:
                self._raised.setZValue(Z_NODES)
            self._raised = self.items[chosen]
            self._raised.setZValue(Z_SELECTED)
            self.panel.show_node(node, self.graph, self._openable(node))
        selected_item = self.items.get(chosen) if chosen is not None else None
        if selected_item is not None and selected_item.is_me:
            selected_item = None  # named already
        self._float_label("selected", selected_item)
        for lines_item in self._lines:
            lines_item.setOpacity(DIMMED if chosen is not None else 1.0)
        self.view.viewport().update()

    def _openable(self, node: NetworkNode) -> bool:
        """Everyone has a card in Contacts but the synthetic "me"."""
        return node.id != ME

    def _open(self, person_id: int) -> None:
        node = self.graph.node(person_id)
        if node is not None and self._openable(node):
            self.show_person.emit(person_id)

    def _on_link(self, url: QUrl) -> None:
        kind, _, number = url.toString().partition(":")
        if not number.isdigit():
            return
        if kind == "goal":
            self.show_goal.emit(int(number))
        elif kind == "agreement":
            self.show_agreement.emit(int(number))

    def _on_find(self) -> None:
        wanted = self.find_field.text().strip().casefold()
        if not wanted:
            return
        exact = [n for n in self.graph.nodes if n.name.casefold() == wanted]
        found = exact or [n for n in self.graph.nodes if wanted in n.name.casefold()]
        if found and self.select_person(found[0].id):
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keeping up with the journal --------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.concerns("person", "goal", "agreement", "entry", "tag"):
            self._refresh_timer.start()

    def _on_refresh_due(self) -> None:
        if self._shut:
            return
        self._load_choices()
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # laid out when next shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self._refresh_timer.isActive():
            self.reload()

    def shutdown(self) -> None:
        """Stop the layout worker and the refresh timer; stop listening to the journal."""
        if self._shut:
            return
        self._shut = True
        self._refresh_timer.stop()
        self.runner.stop()
        self.journal.unsubscribe(self._listener)


def position_of(view: NetworkMapView, person_id: int) -> Point | None:
    """Where a person is drawn, in scene coordinates (for tests and screenshots)."""
    item = view.items.get(person_id)
    return None if item is None else (item.pos().x(), item.pos().y())
