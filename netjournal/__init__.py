"""NetJournal: a private, offline desktop journal for contacts, shared goals and mentorships."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("netjournal")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "netjournal"
