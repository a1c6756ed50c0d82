"""The Timeline tab: every entry, newest first."""
