"""The Contacts tab: people of the journal."""
