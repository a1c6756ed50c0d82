"""What an operation changed, told to every listener once its transaction commits.

Views subscribe and refresh only when a change concerns them (the pattern of
anki's `OpChanges`): a new entry repaints the timeline and one contact's row,
not the whole window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Change:
    """Kinds touched ("person", "entry", "goal", "agreement", "action", "tag") and their ids.

    `removed` holds the ids (by kind) that no longer exist after the change.
    """

    ids: dict[str, frozenset[int]] = field(default_factory=dict)
    removed: dict[str, frozenset[int]] = field(default_factory=dict)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.ids) | frozenset(self.removed)

    def concerns(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))

    def ids_of(self, kind: str) -> frozenset[int]:
        return self.ids.get(kind, frozenset())

    def removed_of(self, kind: str) -> frozenset[int]:
        return self.removed.get(kind, frozenset())


class ChangeRecorder:
    """Collects what one operation touches while it runs."""

    def __init__(self) -> None:
        self._ids: dict[str, set[int]] = {}
        self._removed: dict[str, set[int]] = {}

    def touched(self, kind: str, *ids: int | Iterable[int]) -> None:
        """Record ids of `kind` as changed; with no ids at all, the kind as a whole.

        Empty lists (an entry with no participants) touch nothing: they must not
        tell every view of that kind to refresh.
        """
        found: set[int] = set()
        for item in ids:
            if isinstance(item, int):
                found.add(item)
            else:
                found.update(item)
        if ids and not found:
            return
        self._ids.setdefault(kind, set()).update(found)

    def removed(self, kind: str, *ids: int) -> None:
        if ids:
            self._removed.setdefault(kind, set()).update(ids)

    def freeze(self) -> Change:
        return Change(
            {k: frozenset(v) for k, v in self._ids.items()},
            {k: frozenset(v) for k, v in self._removed.items()},
        )


Listener = Callable[[Change], None]


class ChangeBus:
    """Listeners of a journal; each is called after every committed change.

    A long operation may run in a thread of its own (a large import); the window sets
    a `dispatcher` that hands each change over to its own thread, where its views
    live. Without one, listeners are called in the thread that made the change.
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self.dispatcher: Callable[[Change], None] | None = None

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def publish(self, change: Change) -> None:
        if not change.kinds:
            return
        if self.dispatcher is not None:
            self.dispatcher(change)
        else:
            self.deliver(change)

    def deliver(self, change: Change) -> None:
        """Call every listener with the change (in the calling thread)."""
        for listener in list(self._listeners):
            listener(change)
