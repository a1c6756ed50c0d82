"""Words a person reads for the stored values of the domain's vocabularies.

The domain stores `study_session`; the window says "Study session" (translated,
context "Vocabulary"). An unknown value is a bug and raises KeyError.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS: dict[str, dict[str, str]] = {
    "entry_kind": {
        "meeting": QT_TRANSLATE_NOOP("Vocabulary", "Meeting"),
        "coffee": QT_TRANSLATE_NOOP("Vocabulary", "Coffee"),
        "call": QT_TRANSLATE_NOOP("Vocabulary", "Call"),
        "message": QT_TRANSLATE_NOOP("Vocabulary", "Message"),
        "study_session": QT_TRANSLATE_NOOP("Vocabulary", "Study session"),
        "event": QT_TRANSLATE_NOOP("Vocabulary", "Event"),
        "session": QT_TRANSLATE_NOOP("Vocabulary", "Mentoring session"),
        "review": QT_TRANSLATE_NOOP("Vocabulary", "Review"),
        "note": QT_TRANSLATE_NOOP("Vocabulary", "Note"),
    },
    "helped": {
        "i_helped": QT_TRANSLATE_NOOP("Vocabulary", "I helped"),
        "they_helped": QT_TRANSLATE_NOOP("Vocabulary", "They helped"),
        "mutual": QT_TRANSLATE_NOOP("Vocabulary", "We helped each other"),
    },
    "goal_category": {
        "academic": QT_TRANSLATE_NOOP("Vocabulary", "Academic"),
        "scholarship": QT_TRANSLATE_NOOP("Vocabulary", "Scholarship"),
        "internship": QT_TRANSLATE_NOOP("Vocabulary", "Internship"),
        "exam": QT_TRANSLATE_NOOP("Vocabulary", "Exam"),
        "career": QT_TRANSLATE_NOOP("Vocabulary", "Career"),
        "skill": QT_TRANSLATE_NOOP("Vocabulary", "Skill"),
        "personal": QT_TRANSLATE_NOOP("Vocabulary", "Personal"),
    },
    "horizon": {
        "short": QT_TRANSLATE_NOOP("Vocabulary", "Short term"),
        "long": QT_TRANSLATE_NOOP("Vocabulary", "Long term"),
    },
    "goal_status": {
        "active": QT_TRANSLATE_NOOP("Vocabulary", "Active"),
        "achieved": QT_TRANSLATE_NOOP("Vocabulary", "Achieved"),
        "paused": QT_TRANSLATE_NOOP("Vocabulary", "Paused"),
        "dropped": QT_TRANSLATE_NOOP("Vocabulary", "Dropped"),
    },
    "member_role": {
        "collaborator": QT_TRANSLATE_NOOP("Vocabulary", "Collaborator"),
        "supporter": QT_TRANSLATE_NOOP("Vocabulary", "Supporter"),
        "mentor": QT_TRANSLATE_NOOP("Vocabulary", "Mentor"),
        "accountability_partner": QT_TRANSLATE_NOOP("Vocabulary", "Accountability partner"),
    },
    "my_role": {
        "mentor": QT_TRANSLATE_NOOP("Vocabulary", "Mentor"),
        "mentee": QT_TRANSLATE_NOOP("Vocabulary", "Mentee"),
        "peer": QT_TRANSLATE_NOOP("Vocabulary", "Peer"),
    },
    "agreement_status": {
        "proposed": QT_TRANSLATE_NOOP("Vocabulary", "Proposed"),
        "active": QT_TRANSLATE_NOOP("Vocabulary", "Active"),
        "paused": QT_TRANSLATE_NOOP("Vocabulary", "Paused"),
        "completed": QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
        "ended": QT_TRANSLATE_NOOP("Vocabulary", "Ended early"),
        "declined": QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
    },
    "owner": {
        "me": QT_TRANSLATE_NOOP("Vocabulary", "Me"),
        "them": QT_TRANSLATE_NOOP("Vocabulary", "Them"),
    },
    "outreach": {
        "identified": QT_TRANSLATE_NOOP("Vocabulary", "Identified"),
        "researched": QT_TRANSLATE_NOOP("Vocabulary", "Researched"),
        "contacted": QT_TRANSLATE_NOOP("Vocabulary", "Contacted"),
        "meeting": QT_TRANSLATE_NOOP("Vocabulary", "Meeting planned"),
        "agreed": QT_TRANSLATE_NOOP("Vocabulary", "Agreed"),
        "declined": QT_TRANSLATE_NOOP("Vocabulary", "Declined"),
        "no_reply": QT_TRANSLATE_NOOP("Vocabulary", "No reply"),
    },
    "review_decision": {
        "keep": QT_TRANSLATE_NOOP("Vocabulary", "Keep it as it is"),
        "adapt": QT_TRANSLATE_NOOP("Vocabulary", "Adapt the terms"),
        "pause": QT_TRANSLATE_NOOP("Vocabulary", "Pause it"),
        "close": QT_TRANSLATE_NOOP("Vocabulary", "Close it"),
    },
    "shared_part": {
        "notes": QT_TRANSLATE_NOOP("Vocabulary", "Notes"),
        "agenda": QT_TRANSLATE_NOOP("Vocabulary", "Agenda"),
        "takeaways": QT_TRANSLATE_NOOP("Vocabulary", "Takeaways"),
        "what_works": QT_TRANSLATE_NOOP("Vocabulary", "What works"),
        "what_to_change": QT_TRANSLATE_NOOP("Vocabulary", "What to change"),
    },
    "contact_kind": {
        "email": QT_TRANSLATE_NOOP("Vocabulary", "Email"),
        "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
        "url": QT_TRANSLATE_NOOP("Vocabulary", "Link"),
        "address": QT_TRANSLATE_NOOP("Vocabulary", "Address"),
    },
}


def label(vocabulary: str, value: str) -> str:
    """The translated word for `value` of `vocabulary` ("entry_kind", "goal_status"…)."""
    return QCoreApplication.translate("Vocabulary", _LABELS[vocabulary][value])
