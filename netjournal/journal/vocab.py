"""The fixed vocabularies of the domain. Values are stored; labels are the UI's business."""

from __future__ import annotations

from enum import StrEnum


class EntryKind(StrEnum):
    MEETING = "meeting"
    COFFEE = "coffee"
    CALL = "call"
    MESSAGE = "message"
    STUDY_SESSION = "study_session"
    EVENT = "event"
    SESSION = "session"  # a session of a mentorship
    REVIEW = "review"  # a review of a mentorship
    NOTE = "note"


class Helped(StrEnum):
    I_HELPED = "i_helped"
    THEY_HELPED = "they_helped"
    MUTUAL = "mutual"


class GoalCategory(StrEnum):
    ACADEMIC = "academic"
    SCHOLARSHIP = "scholarship"
    INTERNSHIP = "internship"
    EXAM = "exam"
    CAREER = "career"
    SKILL = "skill"
    PERSONAL = "personal"


class Horizon(StrEnum):
    SHORT = "short"
    LONG = "long"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    PAUSED = "paused"
    DROPPED = "dropped"


class MemberRole(StrEnum):
    COLLABORATOR = "collaborator"
    SUPPORTER = "supporter"
    MENTOR = "mentor"
    ACCOUNTABILITY_PARTNER = "accountability_partner"


class MyRole(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"
    PEER = "peer"


class AgreementStatus(StrEnum):
    PROPOSED = "proposed"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    ENDED = "ended"  # ended early
    DECLINED = "declined"


class Owner(StrEnum):
    ME = "me"
    THEM = "them"


class OutreachStage(StrEnum):
    IDENTIFIED = "identified"
    RESEARCHED = "researched"
    CONTACTED = "contacted"
    MEETING = "meeting"
    AGREED = "agreed"
    DECLINED = "declined"
    NO_REPLY = "no_reply"


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    URL = "url"
    ADDRESS = "address"


class SkillDirection(StrEnum):
    OFFERS = "offers"
    SEEKS = "seeks"


class ReviewDecision(StrEnum):
    KEEP = "keep"  # the agreement goes on as it is
    ADAPT = "adapt"  # its terms change: a new revision
    PAUSE = "pause"
    CLOSE = "close"  # completed


class SessionPart(StrEnum):
    AGENDA = "agenda"
    TAKEAWAYS = "takeaways"


# Entries of an agreement that count as a session of it (a meeting of some kind):
# the next session falls due a cadence after the last of these.
MEETING_KINDS = (
    EntryKind.SESSION,
    EntryKind.MEETING,
    EntryKind.CALL,
    EntryKind.COFFEE,
    EntryKind.STUDY_SESSION,
    EntryKind.REVIEW,
)
