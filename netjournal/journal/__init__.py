"""The domain API: people, entries, goals, mentorships. No Qt here; plain dataclasses out."""

from netjournal.journal.journal import Journal

__all__ = ["Journal"]
