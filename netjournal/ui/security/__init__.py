"""Keeping the journal to its owner: unlocking an encrypted journal, locking it when
left idle, one copy of the app per journal, encrypting and restoring from the menu, and
what to do with a journal that cannot be opened.

`JournalSession` (session.py) runs all of it; the dialogs live beside it.
"""
