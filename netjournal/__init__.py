"""NetJournal: a private, offline desktop journal for contacts, shared goals and mentorships."""

# The one place the version is written (pyproject reads it). Not read from the installed
# metadata: importlib.metadata pulls in the email package, and with it `socket`.
__version__ = "0.1.0"

APP_NAME = "netjournal"
