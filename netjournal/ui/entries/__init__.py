"""Logging and editing journal entries: `EntryDialog` and the person picker it uses."""
