"""The journal fixture gives a real, migrated file on disk."""

from netjournal.journal import Journal
from netjournal.store import schema


def test_fixture_journal_is_a_real_migrated_file(journal: Journal) -> None:
    assert journal.path.is_file()
    assert journal.schema_version == schema.latest_version()
