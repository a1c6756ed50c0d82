"""Synthetic journals: a large deterministic one for benchmarks, and a small demo.

`generate_journal` makes a realistic journal of any size from a seed: the same
seed gives the same content, row for row (uuids and times come from the seeded
generator and a fixed reference date, never from the clock). It builds rows here
and hands them to `store.bulk`, which loads them in one transaction.

`generate_demo` makes a small journal through the ordinary domain API, dated
relative to today, from a student's point of view: mentors, classmates, a study
group, a few shared goals and mentorships.
"""

from __future__ import annotations

import json
import random
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from math import sqrt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netjournal.errors import QT_TRANSLATE_NOOP, InvalidInput
from netjournal.journal.changes import ChangeRecorder
from netjournal.journal.mentorships import TERMS
from netjournal.paths import journal_path
from netjournal.store import bulk
from netjournal.store.bulk import (
    NewActionItem,
    NewAgreement,
    NewAgreementGoal,
    NewContactMethod,
    NewEntry,
    NewGoal,
    NewGoalMember,
    NewGoalSkill,
    NewMilestone,
    NewOutreach,
    NewOwnSkill,
    NewPerson,
    NewPersonSkill,
    NewPersonTag,
    NewRevision,
    NewSkill,
    NewTag,
)

if TYPE_CHECKING:
    from netjournal.journal.journal import Journal

# The generated journal ends here; its six years of entries lead up to this day.
REFERENCE_DAY = date(2026, 9, 1)
SPAN_DAYS = 6 * 365
START_DAY = REFERENCE_DAY - timedelta(days=SPAN_DAYS)
_PAD_DAYS = 1200  # people are added before the first entry; follow-ups fall after the last
ENTRY_CHUNK = 25_000  # entries built and loaded at a time, so memory stays flat

# --- vocabulary ------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _table(text: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a '|'-separated table, one a line, cells stripped."""
    return tuple(
        tuple(cell.strip() for cell in line.split("|")) for line in text.strip().splitlines()
    )


GIVEN_NAMES = _words("""
Aaliyah Abebe Abdullah Ada Adaeze Adrián Agnieszka Ahmed Aiko Aisha Akira Aleksandr Alexander
Alexandra Alice Alejandro Amara Amina Amir Ana Anders Andrés Aneta Anh Anjali Anna Antoine Arjun
Astrid Ayesha Aziz Beatriz Benjamin Bilal Björn Bongani Bruno Camila Carlos Carmen Catalina Chen
Chidi Chiara Chioma Chloé Christopher Chukwuemeka Clara Dalia Daniel Daniela Dariusz David
Dmitri Efua Elena Elif Elijah Elizabeth Emeka Emil Emilia Emma Enzo Erik Esperanza Ethan Fatima
Fatou Felipe Fernanda Finn Francesca François Freya Gabriel Giulia Guillermo Hana Hannah Haruto
Hassan Helena Hiroshi Hugo Ibrahim Ifeoma Ignacio Ikaika Ilse Imani Inés Ingrid Ioana Isabel
Isabella Ishaan Ivan Jakub Jamal Jana Javier Jennifer Jin Joaquín Johanna Jonas Jonathan José
Josephine Juan Julia Julián Jürgen Kaito Kamala Karim Katarzyna Kavya Kenji Khadija Kofi Kwame
Lan Laila Lars Layla Leila Leon Liam Lina Linh Lucas Lucía Luis Łukasz Maëlle Magdalena Malik
Manon Marcela Margaret Maria Mariam Marta Mateo Matías Mei Mehmet Mia Michael Mihai Mikael Ming
Minh Mohammed Nadia Naledi Naomi Neha Nia Nicolás Nikolai Nina Noah Nomvula Nour Obinna Olga
Oliver Olivia Omar Oscar Pablo Paola Patricia Pedro Pooja Priya Rafael Rahul Rania Ravi Rebecca
Ren Riya Roberto Rosa Rui Ryo Saanvi Sakura Salma Samuel Sana Santiago Sara Sebastián Selin
Seo-yeon Sergei Shira Siddharth Sipho Siobhán Sofia Søren Sun Svetlana Tamar Tariq Thabo Theodore
Thiago Tomás Tomasz Tuan Valentina Valeria Vikram Wanjiru Wei Wojciech Xiadani Xin Yara Yasmin
Yerlan Yosef Yuki Yusuf Zainab Zara Zeynep Zoë Zofia
""")

FAMILY_NAMES = _words("""
Abara Abdi Acheampong Adeyemi Afolabi Aguilar Ahmadi Akhtar Al-Farsi Alves Andersen Andersson
Anderson Asante Bakker Banda Barros Bauer Becker Bergström Bianchi Borges Brown Bui Castillo
Castro Chatterjee Chen Cho Cohen Costa Cruz Dąbrowski Dang Das Delgado Diallo Díaz Dimitrov
Dlamini Do Dubois Dvořák Eriksson Eze Fernandes Fernández Ferrari Fischer Flores Fofana Fontaine
Friedman Fujita Gallo García Ghosh Gomes Gómez González Gupta Haddad Hakimi Hansen Hashemi
Hernández Herrera Hoang Hoffmann Horvath Hosseini Huang Hussain Ibrahim Ivanova Iyer Jansen
Jensen Jiménez Johansson Jones Joshi Kamau Kang Kapoor Katz Kaya Kelly Khan Kim Kobayashi Kovač
Kowalski Kozlov Kumar Kuznetsova Larsen Laurent Le Lee Lemaire Levi Li Lim Lindqvist Liu López
Lund Mahlangu Malik Mancini Martin Martínez Mazur Mbeki Mehta Mendoza Mensah Meyer Moreau Moreno
Morris Müller Murphy Mwangi Nakamura Nascimento Navarro Ndlovu Nguyen Nguyễn Nielsen Nikolaidis
Novák Novak Nowak Nunes O'Brien Odhiambo Ogunleye Okafor Okeke Okonkwo Olsen Ortiz Osei Owusu
Özdemir Öztürk Park Patel Pereira Petrov Phan Popescu Quispe Rahman Ramírez Rao Reddy Reyes
Ricci Rivera Rodrigues Rodríguez Romano Rossi Russo Saito Salazar Sánchez Santos Sato Schmidt
Schneider Schulz Sen Shah Sharma Silva Singh Sokolov Soto Suzuki Svensson Takahashi Tanaka Tan
Taylor Tembo Thomas Torres Tran Trần Uchenna Vandenberg Vargas Vasquez Volkov Vu Wagner Walker
Wang Watanabe Weber Williams Wilson Wiśniewski Wójcik Wong Wu Xu Yadav Yamamoto Yang Yilmaz
Yıldız Yoshida Zhang Zhao Zhou Zielińska Zulu
""")

NICKNAMES = {
    "Alexander": "Alex",
    "Alexandra": "Sasha",
    "Aleksandr": "Sasha",
    "Benjamin": "Ben",
    "Christopher": "Chris",
    "Elizabeth": "Liz",
    "Guillermo": "Memo",
    "Isabella": "Bella",
    "Jennifer": "Jen",
    "Jonathan": "Jon",
    "Josephine": "Jo",
    "Katarzyna": "Kasia",
    "Margaret": "Maggie",
    "Michael": "Mike",
    "Mohammed": "Mo",
    "Nicolás": "Nico",
    "Roberto": "Beto",
    "Theodore": "Teddy",
    "Valentina": "Vale",
    "Wojciech": "Wojtek",
    "Chukwuemeka": "Emeka",
    "Francesca": "Fran",
}

UNIVERSITIES = (
    "University of Toronto",
    "ETH Zürich",
    "Universidad de Buenos Aires",
    "National University of Singapore",
    "University of Cape Town",
    "Sorbonne Université",
    "TU Delft",
    "Seoul National University",
    "University of Melbourne",
    "McGill University",
    "Universidade de São Paulo",
    "University of Nairobi",
    "IIT Bombay",
    "Tsinghua University",
    "University of Edinburgh",
    "KTH Royal Institute of Technology",
    "Politecnico di Milano",
    "University of Michigan",
    "Universität Heidelberg",
    "University of Lagos",
    "Trinity College Dublin",
    "Kyoto University",
    "Jagiellonian University",
    "University of Auckland",
    "Universidad Nacional Autónoma de México",
    "University of Ghana",
    "Aalto University",
    "University of Copenhagen",
    "Charles University",
    "Boğaziçi University",
    "Ateneo de Manila University",
    "Makerere University",
    "Universidad de Chile",
    "Université de Montréal",
    "KU Leuven",
    "Universitat de Barcelona",
)
COMPANIES = (
    "Northwind Analytics",
    "Blue Heron Robotics",
    "Lumen Health",
    "Kestrel Labs",
    "Orbital Foods",
    "Meridian Bank",
    "Tidewater Energy",
    "Pixel & Pine Studio",
    "Greenline Transit",
    "Atlas Logistics",
    "Quill Publishing",
    "Helix Biotech",
    "Cobalt Systems",
    "Sunrise Solar",
    "Harbor Legal",
    "Fjord Software",
    "Canopy Insurance",
    "Redwood Consulting",
    "Nimbus Cloud",
    "Saffron Media",
    "Basalt Engineering",
    "Juniper Learning",
    "Polaris Aerospace",
    "Marigold Retail",
    "City General Hospital",
    "Riverside Public Library",
    "Open Data Foundation",
    "Ministry of Education",
)
CLUBS = (
    "Robotics Club",
    "Debate Society",
    "Women in Engineering",
    "Chess Club",
    "Model United Nations",
    "Hiking Club",
    "Entrepreneurship Society",
    "Photography Club",
    "University Choir",
    "Volunteer Tutoring Network",
    "Python User Group",
    "Toastmasters",
    "Student Union",
    "Astronomy Society",
    "Climate Action Group",
    "Rowing Club",
    "Film Society",
    "Language Exchange Café",
    "Math Circle",
)
UNIVERSITY_ROLES = (
    "Undergraduate",
    "Undergraduate",
    "Undergraduate",
    "Master's student",
    "Master's student",
    "PhD candidate",
    "Postdoctoral researcher",
    "Lecturer",
    "Professor of Computer Science",
    "Professor of Economics",
    "Professor of Biology",
    "Associate Professor of Mathematics",
    "Teaching assistant",
    "Career advisor",
    "Lab manager",
)
COMPANY_ROLES = (
    "Software engineer",
    "Senior software engineer",
    "Product manager",
    "Data scientist",
    "Recruiter",
    "UX designer",
    "Business analyst",
    "Engineering manager",
    "Intern",
    "Research scientist",
    "Marketing lead",
    "Founder",
    "Nurse",
    "Librarian",
    "Policy advisor",
)
CLUB_ROLES = ("President", "Treasurer", "Member", "Member", "Coach", "Volunteer coordinator")
# Names most often given to women, and to men; the rest are given to anyone. Pronouns follow
# loosely, and are left empty for many people, as in a real address book.
FEMININE_NAMES = frozenset(
    _words("""
Aaliyah Ada Adaeze Agnieszka Aiko Aisha Alexandra Alice Amara Amina Ana Aneta Anjali Anna Astrid
Ayesha Beatriz Camila Carmen Catalina Chiara Chioma Chloé Clara Dalia Daniela Efua Elena Elif
Elizabeth Emilia Emma Esperanza Fatima Fatou Fernanda Francesca Freya Giulia Hana Hannah Helena
Ifeoma Ilse Inés Ingrid Ioana Isabel Isabella Jana Jennifer Johanna Josephine Julia Kamala
Katarzyna Kavya Khadija Laila Lan Layla Leila Lina Linh Lucía Maëlle Magdalena Manon Marcela
Margaret Maria Mariam Marta Mei Mia Nadia Naledi Naomi Neha Nia Nina Nomvula Olga Olivia Paola
Patricia Pooja Priya Rania Rebecca Riya Rosa Saanvi Sakura Salma Sana Sara Selin Seo-yeon Shira
Siobhán Sofia Svetlana Tamar Valentina Valeria Wanjiru Xiadani Yara Yasmin Zainab Zara Zeynep
Zoë Zofia
""")
)
MASCULINE_NAMES = frozenset(
    _words("""
Abebe Abdullah Adrián Ahmed Aleksandr Alexander Alejandro Amir Anders Andrés Antoine Arjun Aziz
Benjamin Bilal Björn Bongani Bruno Carlos Chidi Christopher Chukwuemeka Daniel Dariusz David
Dmitri Elijah Emeka Emil Enzo Erik Ethan Felipe Finn François Gabriel Guillermo Haruto Hassan
Hiroshi Hugo Ibrahim Ignacio Ikaika Ishaan Ivan Jakub Jamal Javier Joaquín Jonas Jonathan José
Juan Julián Jürgen Kaito Karim Kenji Kofi Kwame Lars Leon Liam Lucas Luis Łukasz Malik Mateo
Matías Mehmet Michael Mihai Mikael Mohammed Nicolás Nikolai Noah Obinna Oliver Omar Oscar Pablo
Pedro Rafael Rahul Ravi Roberto Rui Ryo Samuel Santiago Sebastián Sergei Siddharth Sipho Søren
Tariq Thabo Theodore Thiago Tomás Tomasz Tuan Vikram Wojciech Yerlan Yosef Yusuf
""")
)
PRONOUNS = {
    "feminine": ("she/her",) * 6 + ("they/them",) + ("",) * 4,
    "masculine": ("he/him",) * 6 + ("they/them",) + ("",) * 4,
    "any": ("she/her", "he/him", "they/them", "they/them", "", "", ""),
}
MET_HOW = (
    "Introduced by a friend",
    "Same class",
    "Career fair",
    "Conference",
    "Club meeting",
    "Online course forum",
    "Hackathon",
    "Office hours",
    "Internship",
    "Alumni event",
    "Volunteer day",
    "Study group",
    "Cold email",
)
MET_WHERE = (
    "Main library",
    "Engineering building",
    "Student centre",
    "Downtown campus",
    "Online",
    "Berlin",
    "Toronto",
    "Nairobi",
    "São Paulo",
    "Singapore",
    "Lisbon",
    "Seoul",
    "Mexico City",
    "Kraków",
    "Accra",
)

TAGS = (
    # name, colour, is a circle
    ("classmates", "#3b82f6", 1),
    ("professors", "#8b5cf6", 1),
    ("mentors", "#10b981", 1),
    ("mentees", "#14b8a6", 1),
    ("study group", "#f59e0b", 1),
    ("colleagues", "#64748b", 1),
    ("alumni", "#0ea5e9", 0),
    ("family friends", "#ec4899", 1),
    ("research lab", "#6366f1", 0),
    ("recruiters", "#ef4444", 0),
    ("hackathon", "#f97316", 0),
    ("volunteers", "#84cc16", 0),
    ("exchange semester", "#06b6d4", 0),
    ("conference", "#a855f7", 0),
    ("internship 2025", "#d946ef", 0),
    ("scholarship committee", "#eab308", 0),
    ("robotics club", "#22c55e", 0),
    ("debate society", "#78716c", 0),
)

SKILLS = (
    "Python",
    "Statistics",
    "Calculus",
    "Linear algebra",
    "Public speaking",
    "Academic writing",
    "Spanish",
    "German",
    "French",
    "Mandarin",
    "Japanese",
    "Arabic",
    "Machine learning",
    "Data visualization",
    "UX research",
    "Interview preparation",
    "CV writing",
    "Organic chemistry",
    "Physics",
    "Excel",
    "SQL",
    "Web development",
    "Graphic design",
    "Photography",
    "Leadership",
    "Project management",
    "Negotiation",
    "Time management",
    "Grant writing",
    "Research methods",
    "LaTeX",
    "R",
    "Econometrics",
    "Accounting",
    "Marketing",
    "Video editing",
    "Git",
    "Cloud computing",
    "Embedded systems",
    "Molecular biology",
    "Creative writing",
    "Note-taking",
    "Exam strategy",
    "Networking",
    "Mental health first aid",
)

TOPICS = (
    "the internship application",
    "my thesis outline",
    "the scholarship essay",
    "graduate school options",
    "a research idea",
    "the group project",
    "interview practice",
    "my CV",
    "time management",
    "the conference talk",
    "summer plans",
    "the lab report",
    "the career fair",
    "a reading list",
    "switching majors",
    "studying abroad",
    "the hackathon",
    "a side project",
    "job offers",
    "public speaking",
    "the exam schedule",
    "recommendation letters",
    "the research poster",
    "open-source contributions",
    "budgeting as a student",
    "coding interviews",
    "burnout",
    "finding a lab",
    "the capstone project",
    "learning Spanish",
)
COURSES = (
    "Calculus II",
    "Organic Chemistry",
    "Data Structures",
    "Microeconomics",
    "Linear Algebra",
    "Statistics 101",
    "Operating Systems",
    "Molecular Biology",
    "European History",
    "Thermodynamics",
    "Machine Learning",
    "Discrete Mathematics",
    "Academic Writing",
    "Physics I",
    "Databases",
    "Cognitive Psychology",
    "Signals and Systems",
    "Corporate Finance",
)
EVENTS = (
    "Career fair",
    "Alumni mixer",
    "Hackathon weekend",
    "Guest lecture",
    "Department seminar",
    "Research symposium",
    "Networking night",
    "Club social",
    "Volunteer day",
    "Conference day",
    "Graduation party",
    "Startup pitch night",
    "Open lab day",
    "CV workshop",
)
THINGS = (
    "my CV",
    "the slides",
    "the article we discussed",
    "a short summary",
    "the recording",
    "my notes",
    "the reading list",
    "the draft essay",
    "the job posting",
)
STEPS = (
    "draft the essay outline",
    "update my CV",
    "book a mock interview",
    "email the professor",
    "finish the problem set",
    "apply before the deadline",
    "read two papers",
    "practise the talk",
    "ask for a recommendation letter",
    "sign up for the workshop",
)
RESOURCES = (
    "the writing centre",
    "an online course on statistics",
    "the department's funding page",
    "a book on negotiation",
    "last year's exam papers",
    "the alumni directory",
    "a podcast about careers in research",
    "the university's mentoring program",
)

TITLES = {
    "meeting": (
        "Meeting with {first}",
        "Met {first} to discuss {topic}",
        "Project meeting: {topic}",
        "Lunch with {first}",
        "Office hours with {first}",
    ),
    "coffee": (
        "Coffee with {first}",
        "Coffee chat about {topic}",
        "Quick coffee after {course}",
        "Tea with {first}",
    ),
    "call": (
        "Call with {first}",
        "Video call about {topic}",
        "Phone catch-up with {first}",
        "Call: {topic}",
    ),
    "message": (
        "Message to {first}",
        "Thank-you note to {first}",
        "Emailed {first} about {topic}",
        "Sent {first} my notes on {course}",
        "Replied to {first}",
    ),
    "study_session": (
        "Study session: {course}",
        "Problem set {n} with {first}",
        "Exam prep: {course}",
        "Library session with {first}",
        "Group study: {course}",
    ),
    "event": ("{event}", "{event} with {first}", "Met {first} at the {event_lower}"),
    "session": ("Mentoring session {n}", "Session with {first}: {topic}", "Mentorship check-in"),
    "review": ("Review with {first}", "Mentorship review: how it is going", "Quarterly review"),
    "note": (
        "Note about {first}",
        "Idea: {topic}",
        "Reflection on {topic}",
        "Ask {first} about {topic}",
    ),
}
SENTENCES = (
    "We talked about {topic} and {topic2}.",
    "{first} suggested I look into {resource}.",
    "I explained some {course} material; {first} helped me with {topic2}.",
    "{first} shared how they handled {topic} last year.",
    "Agreed to meet again in {n} weeks.",
    "Next step: {step}.",
    "I promised to send {first} {thing}.",
    "{first} is looking for help with {skill}; I offered to go over it together.",
    "Good energy today: {first} had great questions about {topic}.",
    "We worked through {course} problems until the library closed.",
    "{first} introduced me to someone working on {topic2}.",
    "Felt stuck on {topic}; talking it through helped.",
    "Short and useful. {first} recommended {resource}.",
    "{first} asked for feedback on {thing}.",
)
# Kinds of ordinary entries by weight; mentorship sessions and reviews are added apart.
KIND_WEIGHTS = {
    "message": 24,
    "meeting": 16,
    "coffee": 13,
    "call": 13,
    "study_session": 14,
    "event": 7,
    "note": 9,
}
PARTICIPANT_COUNTS = {
    "message": (1, 1, 1, 1, 2),
    "meeting": (1, 1, 2, 2, 3),
    "coffee": (1, 1, 1, 2),
    "call": (1, 1, 1, 2),
    "study_session": (1, 2, 2, 3, 3),
    "event": (1, 2, 3),
    "note": (1,),
    "session": (1,),
    "review": (1,),
}
HELPED = ("i_helped", "they_helped", "mutual")

GOAL_TITLES = {
    "scholarship": (
        "Win the {scholarship} scholarship",
        "Apply for the {scholarship} grant",
        "Renew my {scholarship} funding",
    ),
    "internship": (
        "Summer internship at {company}",
        "Land a research internship",
        "Get a {field} internship",
    ),
    "exam": ("Pass the {exam}", "Score well on the {exam}", "Prepare for the {exam}"),
    "academic": (
        "Finish my thesis on {topic}",
        "Publish a paper with the lab",
        "Keep my grades up in {course}",
        "Get into a master's program",
    ),
    "career": (
        "Get a junior {field} role",
        "Build a portfolio of projects",
        "Grow my network in {field}",
    ),
    "skill": ("Learn {skill}", "Get comfortable with {skill}", "Teach a workshop on {skill}"),
    "personal": (
        "Run a half marathon",
        "Read twenty books this year",
        "Volunteer every month",
        "Learn to cook for the week",
        "Keep a weekly journal",
    ),
}
SCHOLARSHIPS = ("Fulbright", "Erasmus+", "DAAD", "Chevening", "Mastercard Foundation", "Mitacs")
EXAMS = ("GRE", "IELTS", "qualifying exam", "Calculus II final", "CFA Level I", "JLPT N2", "TOEFL")
FIELDS = ("data science", "software", "biotech", "policy", "finance", "design", "research")
WHYS = (
    "It opens the door to the next step I care about.",
    "My family and I have talked about this for years.",
    "I want to prove to myself that I can do it.",
    "It builds the skills I keep being asked about in interviews.",
    "Several people in my network have done it and loved it.",
    "",
)
MILESTONES = (
    "Research the requirements",
    "Talk to someone who did it",
    "Write a first draft",
    "Get feedback",
    "Submit the application",
    "Prepare for the interview",
    "Practice test",
    "Final review",
)
GOAL_ROLES = ("collaborator", "supporter", "mentor", "accountability_partner")
PROGRAMS = (
    "University mentoring program",
    "Women in Engineering mentoring",
    "Alumni mentor network",
    "Research apprenticeship",
    "Peer tutoring scheme",
)
CHANNELS = (
    "Video call",
    "Coffee on campus",
    "Phone",
    "Email, and a monthly call",
    "Library study room",
)
EXPECTATIONS_ME = (
    "Come to each session with one question and one update.",
    "Share drafts at least two days before we meet.",
    "Be honest about what is not working.",
)
EXPECTATIONS_THEM = (
    "Candid feedback on my plans and writing.",
    "Introductions to people in the field when it makes sense.",
    "One session a month, more around deadlines.",
)
BOUNDARIES = (
    "What we discuss stays between us.",
    "No contact on weekends unless urgent.",
    "Either of us can pause the mentorship at any time.",
    "",
)
ACTIONS = (
    "Send {first} {thing}",
    "Book the next session",
    "Draft {step_short}",
    "Review {first}'s CV",
    "Read {resource}",
    "Follow up with {first}",
    "Share notes from {course}",
)
STAGES = (
    "identified",
    "identified",
    "researched",
    "researched",
    "contacted",
    "contacted",
    "meeting",
    "agreed",
    "declined",
    "no_reply",
    "no_reply",
)
OUTREACH_NOTES = (
    "Read their paper on {topic}; ask about it.",
    "Keep the first message short and specific.",
    "A classmate knows them from the lab.",
    "",
)
CADENCES = (14, 30, 30, 60, 90, 90, 180)
COUNTRY_CODES = _words(
    "1 1 44 49 33 34 39 31 46 48 55 52 54 56 81 82 86 91 65 61 27 234 254 233 90"
)


# --- helpers -------------------------------------------------------------------------


def _ascii(text: str) -> str:
    """Lower-case ASCII for addresses and links: 'Łukasz Dąbrowski' → 'lukasz dabrowski'."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    text = text.replace("ı", "i").replace("'", "")
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return folded.lower()


class _Clock:
    """Fixed-width UTC text for day numbers and minute counts relative to START_DAY."""

    def __init__(self) -> None:
        self._days = [
            (START_DAY + timedelta(days=d)).isoformat()
            for d in range(-_PAD_DAYS, SPAN_DAYS + _PAD_DAYS)
        ]
        # Seconds and microseconds vary with the minute, so times do not all end in :00.
        self._times = [
            f" {m // 60:02d}:{m % 60:02d}:{(m * 37) % 60:02d}.{(m * 7919) % 1_000_000:06d}"
            for m in range(1440)
        ]

    def day(self, day: int) -> str:
        """'YYYY-MM-DD' of a day counted from START_DAY."""
        return self._days[day + _PAD_DAYS]

    def stamp(self, minutes: int) -> str:
        """'YYYY-MM-DD HH:MM:SS.ffffff' of a moment counted in minutes from START_DAY."""
        day, minute = divmod(minutes, 1440)
        return self._days[day + _PAD_DAYS] + self._times[minute]


def _uuid_maker(rng: random.Random) -> Callable[[], str]:
    """Version-4 uuids drawn from `rng`, so a seed gives the same uuids every time."""
    bits = rng.getrandbits
    clear = ~((0xF000 << 64) | (0xC000 << 48))
    mark = (0x4000 << 64) | (0x8000 << 48)

    def new_uuid() -> str:
        h = f"{(bits(128) & clear) | mark:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    return new_uuid


def _pick(rng: random.Random, options: Sequence[str]) -> str:
    return options[int(rng.random() * len(options))]


class _Generator:
    """Everything one seeded run needs; `run` loads it all through one bulk load."""

    def __init__(self, people: int, entries: int, seed: int) -> None:
        self.n_people = people
        self.n_entries = entries
        self.seed = seed
        self.skill_ids: list[int] = []
        self.rng = random.Random(seed)
        self.uuid = _uuid_maker(self.rng)
        self.clock = _Clock()
        self.person_ids: range = range(0)
        self.first_names: list[str] = []
        self.heavy: list[int] = []  # person indexes, most frequently met first
        self.goal_ids: range = range(0)
        self.agreements: list[tuple[int, int, int, int]] = []  # id, person id, first, last day
        self.action_rows: list[NewActionItem] = []

    # -- picking --------------------------------------------------------------------

    def pick_person(self) -> int:
        """An index into the people: skewed, so a few people appear in very many entries."""
        r = self.rng.random()
        if r < 0.7:
            return self.heavy[int(self.n_people * (r / 0.7) ** 3)]
        return int(self.n_people * (r - 0.7) / 0.3)

    def time_on(self, day: int) -> int:
        """Minutes from START_DAY to a moment in the waking hours of `day`."""
        return day * 1440 + 7 * 60 + int(self.rng.random() * 15 * 60)

    def action_row(
        self,
        title: str,
        owner: str,
        person_id: int,
        due: int,
        done: bool,
        *,
        entry_id: int = 0,
        agreement_id: int = 0,
        goal_id: int = 0,
    ) -> NewActionItem:
        made = self.clock.stamp(self.time_on(due - 7))
        done_on = self.clock.day(min(due + int(self.rng.random() * 5), SPAN_DAYS)) if done else ""
        return NewActionItem(
            self.uuid(),
            made,
            made,
            title,
            owner,
            person_id,
            self.clock.day(due),
            done_on,
            entry_id,
            agreement_id,
            goal_id,
        )

    # -- the parts ------------------------------------------------------------------

    def run(self) -> dict[str, int]:
        with bulk.bulk_load(
            expected_people=self.n_people, expected_entries=self.n_entries
        ) as loader:
            if self.n_people:
                tag_ids, skill_ids = self.vocabulary(loader)
                self.people(loader, tag_ids, skill_ids)
                self.goals(loader)
                self.mentorships(loader)
                self.entries(loader)
                self.outreach(loader)
                loader.add_action_items(self.action_rows)
        return {label: loader.counts.get(table, 0) for table, label in _COUNT_NAMES.items()}

    def vocabulary(self, loader: bulk.BulkLoader) -> tuple[list[int], list[int]]:
        made = self.clock.stamp(-400 * 1440)
        tags = loader.add_tags([NewTag(self.uuid(), made, n, c, circle) for n, c, circle in TAGS])
        skills = loader.add_skills([NewSkill(self.uuid(), made, name) for name in SKILLS])
        self.skill_ids = [skills[s] for s in SKILLS]
        return [tags[t[0]] for t in TAGS], self.skill_ids

    def people(self, loader: bulk.BulkLoader, tag_ids: list[int], skill_ids: list[int]) -> None:
        rng, rand, clock, uid = self.rng, self.rng.random, self.clock, self.uuid
        ascii_given = {g: _ascii(g) for g in GIVEN_NAMES}
        ascii_family = {f: _ascii(f).replace(" ", "") for f in FAMILY_NAMES}
        org_domain = {
            o: "".join(ch for ch in _ascii(o) if ch.isalnum()) + ".example.edu"
            for o in UNIVERSITIES
        }
        kinds = (
            (UNIVERSITIES, UNIVERSITY_ROLES, (0, 1, 4, 8, 12)),  # classmates, professors, ...
            (COMPANIES, COMPANY_ROLES, (5, 6, 9, 13, 14, 2)),  # colleagues, alumni, ...
            (CLUBS, CLUB_ROLES, (10, 11, 16, 17, 7)),  # hackathon, volunteers, clubs, ...
        )
        rows: list[NewPerson] = []
        contacts: list[tuple[int, str, str, str]] = []  # index, kind, label, value

        def pronouns_for(given: str) -> tuple[str, ...]:
            if given in FEMININE_NAMES:
                return PRONOUNS["feminine"]
            return PRONOUNS["masculine"] if given in MASCULINE_NAMES else PRONOUNS["any"]

        tags: list[tuple[int, int]] = []
        skills: list[tuple[int, int, str]] = []
        for index in range(self.n_people):
            given = _pick(rng, GIVEN_NAMES)
            family = _pick(rng, FAMILY_NAMES)
            r = rand()
            organizations, roles, circles = kinds[0 if r < 0.45 else 1 if r < 0.85 else 2]
            organization = _pick(rng, organizations)
            role = _pick(rng, roles)
            created = clock.stamp(self.time_on(-int(rand() * 400) - 1))
            nickname = NICKNAMES.get(given, "") if rand() < 0.6 else ""
            met_on = clock.day(int(rand() * SPAN_DAYS) - 400) if rand() < 0.5 else ""
            birthday = ""
            if rand() < 0.25:
                year, month, day = (
                    1955 + int(rand() * 52),
                    1 + int(rand() * 12),
                    1 + int(rand() * 28),
                )
                birthday = f"{year}-{month:02d}-{day:02d}"
            notes = ""
            if rand() < 0.15:
                notes = (
                    f"{role} at {organization}. Interested in {_pick(rng, SKILLS)} "
                    f"and {_pick(rng, TOPICS)}."
                )
            rows.append(
                NewPerson(
                    uid(),
                    created,
                    created,
                    given,
                    family,
                    f"{given} {family}",
                    nickname,
                    _pick(rng, pronouns_for(given)),
                    organization,
                    role,
                    _pick(rng, MET_HOW) if rand() < 0.6 else "",
                    _pick(rng, MET_WHERE) if rand() < 0.4 else "",
                    met_on,
                    birthday,
                    CADENCES[int(rand() * len(CADENCES))] if rand() < 0.2 else 0,
                    notes,
                    1 if rand() < 0.03 else 0,
                )
            )
            self.first_names.append(nickname or given)
            local = f"{ascii_given[given]}.{ascii_family[family]}"
            if rand() < 0.85:
                number = "" if rand() < 0.5 else str(index % 97)
                domain = _pick(rng, ("example.com", "example.org", "mail.example.net"))
                contacts.append((index, "email", "personal", f"{local}{number}@{domain}"))
            if organization in org_domain and rand() < 0.5:
                contacts.append(
                    (index, "email", "university", f"{local}@{org_domain[organization]}")
                )
            if rand() < 0.5:
                digits = f"{int(rand() * 1_000_000_000):09d}"
                number = f"+{_pick(rng, COUNTRY_CODES)} {digits[:3]} {digits[3:6]} {digits[6:]}"
                contacts.append((index, "phone", "mobile", number))
            if rand() < 0.15:
                slug = local.replace(".", "-")
                contacts.append((index, "url", "profile", f"https://profiles.example.com/{slug}"))
            for _ in range((0, 1, 1, 1, 2, 2, 3)[int(rand() * 7)]):
                tags.append((index, tag_ids[circles[int(rand() * len(circles))]]))
            offered = {
                int(rand() * len(skill_ids)): None
                for _ in range((0, 0, 1, 1, 2, 3)[int(rand() * 6)])
            }
            sought = {
                int(rand() * len(skill_ids)): None for _ in range((0, 0, 0, 1, 2)[int(rand() * 5)])
            }
            skills.extend((index, skill_ids[s], "offers") for s in offered)
            skills.extend((index, skill_ids[s], "seeks") for s in sought if s not in offered)
        ids = loader.add_people(rows)
        self.person_ids = ids
        self.heavy = list(range(self.n_people))
        rng.shuffle(self.heavy)
        loader.add_contact_methods(
            NewContactMethod(
                uid(), rows[i].created_at, rows[i].created_at, ids[i], kind, label, value, position
            )
            for position, (i, kind, label, value) in _positions(contacts)
        )
        loader.add_person_tags(NewPersonTag(ids[i], t, rows[i].created_at) for i, t in tags)
        loader.add_person_skills(
            NewPersonSkill(ids[i], s, d, rows[i].created_at) for i, s, d in skills
        )

    def goals(self, loader: bulk.BulkLoader) -> None:
        rng, rand, clock, uid = self.rng, self.rng.random, self.clock, self.uuid
        count = max(3, min(300, int(self.n_people**0.5)))
        rows: list[NewGoal] = []
        plans: list[tuple[int, int, str]] = []  # start day, target day, status
        for _ in range(count):
            category = _pick(rng, tuple(GOAL_TITLES))
            title = _pick(rng, GOAL_TITLES[category]).format(
                scholarship=_pick(rng, SCHOLARSHIPS),
                company=_pick(rng, COMPANIES),
                field=_pick(rng, FIELDS),
                exam=_pick(rng, EXAMS),
                topic=_pick(rng, TOPICS),
                course=_pick(rng, COURSES),
                skill=_pick(rng, SKILLS),
            )
            start = int(rand() * (SPAN_DAYS - 30))
            target = start + 60 + int(rand() * 480)
            achieved = ""
            if target < SPAN_DAYS:
                status = _pick(rng, ("achieved",) * 5 + ("dropped", "dropped", "paused", "active"))
                if status == "achieved":
                    achieved = clock.day(min(SPAN_DAYS, target - 30 + int(rand() * 60)))
            else:
                status = _pick(rng, ("active",) * 4 + ("paused",))
            progress = None
            if rand() < 0.5:
                progress = 100 if status == "achieved" else int(rand() * 95)
            made = clock.stamp(self.time_on(start))
            rows.append(
                NewGoal(
                    uid(),
                    made,
                    made,
                    title,
                    _pick(rng, WHYS),
                    category,
                    "long" if target - start > 240 else "short",
                    status,
                    clock.day(start),
                    clock.day(target),
                    achieved,
                    progress,
                )
            )
            plans.append((start, target, status))
        ids = loader.add_goals(rows)
        self.goal_ids = ids
        milestones: list[NewMilestone] = []
        members: list[NewGoalMember] = []
        for goal_id, row, (start, target, status) in zip(ids, rows, plans, strict=True):
            steps = rng.sample(MILESTONES, int(rand() * 6))
            for position, title in enumerate(steps):
                due = start + (target - start) * (position + 1) // (len(steps) + 1)
                done = ""
                if due < SPAN_DAYS and (status == "achieved" or rand() < 0.7):
                    done = clock.day(min(SPAN_DAYS, due + int(rand() * 10) - 5))
                milestones.append(
                    NewMilestone(
                        uid(),
                        row.created_at,
                        row.created_at,
                        goal_id,
                        title,
                        clock.day(due),
                        done,
                        position,
                    )
                )
            for index in dict.fromkeys(self.pick_person() for _ in range(int(rand() * 6))):
                members.append(
                    NewGoalMember(
                        goal_id, self.person_ids[index], _pick(rng, GOAL_ROLES), row.created_at
                    )
                )
            for _ in range(int(rand() * 3)):
                due = start + int(rand() * (target - start))
                done = status == "achieved" or due < SPAN_DAYS - 30
                self.action_rows.append(
                    self.action_row(_pick(rng, MILESTONES), "me", 0, due, done, goal_id=goal_id)
                )
        loader.add_milestones(milestones)
        loader.add_goal_members(members)
        # The skills each goal needs and those I offer and seek, from a generator of their
        # own so that everything drawn before stays the same for a seed.
        picker = random.Random(self.seed * 7919 + 11)
        loader.add_goal_skills(
            NewGoalSkill(goal_id, skill_id, row.created_at)
            for goal_id, row in zip(ids, rows, strict=True)
            for skill_id in picker.sample(self.skill_ids, picker.randrange(0, 4))
        )
        made = self.clock.stamp(-400 * 1440)
        mine = picker.sample(self.skill_ids, 8)
        loader.add_own_skills(
            [NewOwnSkill(s, "offers", made) for s in mine[:5]]
            + [NewOwnSkill(s, "seeks", made) for s in mine[5:]]
        )

    def mentorships(self, loader: bulk.BulkLoader) -> None:
        rng, rand, clock, uid = self.rng, self.rng.random, self.clock, self.uuid
        count = max(3, min(200, self.n_people // 400))
        counterparts = list(dict.fromkeys(self.pick_person() for _ in range(count * 2)))[:count]
        rows: list[NewAgreement] = []
        goal_links: list[list[int]] = []
        spans: list[tuple[int, int]] = []
        for index in counterparts:
            start = int(rand() * (SPAN_DAYS - 60))
            end = start + 90 + int(rand() * 450)
            first, last = start, min(end, SPAN_DAYS)
            if rand() < 0.06:
                status, last = "declined", -1
            elif end < SPAN_DAYS:
                status = _pick(rng, ("completed",) * 7 + ("ended",) * 2)
            elif start > SPAN_DAYS - 30:
                status, last = "proposed", -1
            else:
                status = _pick(rng, ("active",) * 6 + ("paused",))
            formal = rand() < 0.4
            made = clock.stamp(self.time_on(start))
            rows.append(
                NewAgreement(
                    uid(),
                    made,
                    made,
                    self.person_ids[index],
                    _pick(rng, ("mentee",) * 9 + ("mentor",) * 7 + ("peer",) * 4),
                    int(formal),
                    _pick(rng, PROGRAMS) if formal else "",
                    status,
                    clock.day(start),
                    clock.day(end),
                    clock.day(min(start + 90, end)),
                    _pick(rng, (14, 21, 30, 30)),  # type: ignore[arg-type]
                    _pick(rng, CHANNELS),
                    _pick(rng, EXPECTATIONS_ME),
                    _pick(rng, EXPECTATIONS_THEM),
                    _pick(rng, BOUNDARIES),
                )
            )
            goals = {
                self.goal_ids[int(rand() * len(self.goal_ids))] for _ in range(int(rand() * 3))
            }
            goal_links.append(sorted(goals))
            spans.append((first, last))
        ids = loader.add_agreements(rows)
        links: list[NewAgreementGoal] = []
        revisions: list[NewRevision] = []
        for agreement_id, row, goals, (first, last) in zip(
            ids, rows, goal_links, spans, strict=True
        ):
            links.extend(NewAgreementGoal(agreement_id, g, row.created_at) for g in goals)
            # The first revision holds the terms as agreed, as `Mentorships.create` records them.
            terms = {key: getattr(row, key, None) for key in TERMS}
            terms["formal"] = bool(row.formal)
            terms["goal_ids"] = goals
            revisions.append(
                NewRevision(
                    uid(),
                    row.created_at,
                    row.created_at,
                    agreement_id,
                    1,
                    "Agreed",
                    json.dumps(terms, sort_keys=True),
                )
            )
            self.agreements.append((agreement_id, row.person_id, first, last))
            for _ in range(1 + int(rand() * 4)) if last >= first else ():
                due = first + int(rand() * (last - first + 1))
                title = _pick(rng, ACTIONS).format(
                    first="them",
                    thing=_pick(rng, THINGS),
                    step_short="a plan for the term",
                    resource=_pick(rng, RESOURCES),
                    course=_pick(rng, COURSES),
                )
                owner = _pick(rng, ("me", "me", "them"))
                done = due < SPAN_DAYS - 14
                self.action_rows.append(
                    self.action_row(
                        title, owner, row.person_id, due, done, agreement_id=agreement_id
                    )
                )
        loader.add_agreement_goals(links)
        loader.add_revisions(revisions)

    def text_pools(self) -> tuple[dict[str, list[str]], list[str]]:
        """Titles by kind and bodies, filled in except for the name of whom they are about.

        Drawing from pools keeps a million entries fast; each is still made
        personal with the first participant's name.
        """
        rng = self.rng

        def fill(template: str) -> str:
            event = _pick(rng, EVENTS)
            return template.format(
                first="{first}",
                topic=_pick(rng, TOPICS),
                topic2=_pick(rng, TOPICS),
                course=_pick(rng, COURSES),
                resource=_pick(rng, RESOURCES),
                n=2 + int(rng.random() * 10),
                step=_pick(rng, STEPS),
                thing=_pick(rng, THINGS),
                skill=_pick(rng, SKILLS),
                event=event,
                event_lower=event.lower(),
            )

        titles = {
            kind: [fill(_pick(rng, options)) for _ in range(300)]
            for kind, options in TITLES.items()
        }
        bodies = []
        for _ in range(4000):
            body = fill(_pick(rng, SENTENCES))
            if rng.random() < 0.55:
                body += " " + fill(_pick(rng, SENTENCES))
            bodies.append(body)
        return titles, bodies

    def entries(self, loader: bulk.BulkLoader) -> None:
        rng, rand, clock, uid = self.rng, self.rng.random, self.clock, self.uuid
        stamp, day_text = clock.stamp, clock.day
        n, n_people = self.n_entries, self.n_people
        titles, bodies = self.text_pools()
        n_bodies = len(bodies)
        # Mentorship sessions: about two dozen per agreement, never more than 6 % of entries.
        session_share = min(0.06, 25 * len(self.agreements) / max(n, 1))
        active_by_day: list[list[tuple[int, int]]] = [[] for _ in range(SPAN_DAYS + 1)]
        for agreement_id, person_id, first, last in self.agreements:
            for day in range(first, last + 1):
                active_by_day[day].append((agreement_id, person_id))
        kinds = [k for k, w in KIND_WEIGHTS.items() for _ in range(w)]
        n_kinds = len(kinds)
        person_ids, names, heavy = self.person_ids, self.first_names, self.heavy
        first_id = person_ids.start
        goal_ids = self.goal_ids
        chunks = max(1, -(-n // ENTRY_CHUNK))
        for chunk in range(chunks):
            size = n * (chunk + 1) // chunks - n * chunk // chunks
            moments = []
            for _ in range(size):
                # Entries grow denser over the years: density 1 + 2t over the span [0, 1].
                t = (sqrt(1 + 8 * (chunk + rand()) / chunks) - 1) / 2
                moments.append(int(t * SPAN_DAYS) * 1440 + 420 + int(rand() * 900))
            moments.sort()
            rows: list[NewEntry] = []
            participants: list[list[int]] = []
            entry_goals: list[tuple[int, list[int]]] = []
            follow_ups: list[tuple[int, int, int]] = []  # index in chunk, person id, due day
            for i, moment in enumerate(moments):
                day = moment // 1440
                r = rand()
                if r < session_share and active_by_day[day]:
                    active = active_by_day[day]
                    agreement_id, person_id = active[int(rand() * len(active))]
                    kind = "review" if r < session_share / 8 else "session"
                    people = [person_id]
                    first = names[person_id - first_id]
                else:
                    agreement_id = 0
                    kind = kinds[int(rand() * n_kinds)]
                    counts = PARTICIPANT_COUNTS[kind]
                    wanted = counts[int(rand() * len(counts))]
                    chosen: list[int] = []
                    for _ in range(wanted + 2):
                        r = rand()
                        if r < 0.7:
                            index = heavy[int(n_people * (r / 0.7) ** 3)]
                        else:
                            index = int(n_people * (r - 0.7) / 0.3)
                        if index not in chosen:
                            chosen.append(index)
                            if len(chosen) == wanted:
                                break
                    people = [first_id + c for c in chosen]
                    first = names[chosen[0]]
                options = titles[kind]
                title = options[int(rand() * 300)].format(first=first)
                body = bodies[int(rand() * n_bodies)].format(first=first)
                r = rand()
                helped = HELPED[int(r * 10)] if r < 0.3 else ""
                follow_up = ""
                r = rand()
                if r < 0.08:
                    follow_up = day_text(day + 3 + int(r * 350))
                    if r < 0.025:
                        follow_ups.append((i, people[0], day + 7))
                elif r > 0.97:
                    entry_goals.append((i, [goal_ids[int((r - 0.97) * 33.33 * len(goal_ids))]]))
                made = stamp(moment + int(rand() * 240))
                rows.append(
                    NewEntry(
                        uid(),
                        made,
                        made,
                        kind,
                        title,
                        body,
                        stamp(moment),
                        helped,
                        follow_up,
                        agreement_id,
                    )
                )
                participants.append(people)
            ids = loader.add_entries(rows, participants, entry_goals)
            for i, person_id, due in follow_ups:
                title = _pick(rng, ACTIONS).format(
                    first=names[person_id - first_id],
                    thing=_pick(rng, THINGS),
                    step_short="a reply",
                    resource=_pick(rng, RESOURCES),
                    course=_pick(rng, COURSES),
                )
                done = due < SPAN_DAYS - 10 and rand() < 0.85
                self.action_rows.append(
                    self.action_row(title, "me", person_id, due, done, entry_id=ids[i])
                )

    def outreach(self, loader: bulk.BulkLoader) -> None:
        rng, rand, clock, uid = self.rng, self.rng.random, self.clock, self.uuid
        count = max(2, min(300, self.n_people // 200))
        chosen = dict.fromkeys(int(rand() * self.n_people) for _ in range(count))
        rows = []
        for index in chosen:
            made = clock.stamp(self.time_on(SPAN_DAYS - 1 - int(rand() * 500)))
            notes = _pick(rng, OUTREACH_NOTES).format(topic=_pick(rng, TOPICS))
            rows.append(
                NewOutreach(uid(), made, made, self.person_ids[index], _pick(rng, STAGES), notes)
            )
        loader.add_outreach(rows)


_COUNT_NAMES = {
    "person": "people",
    "contact_method": "contact_methods",
    "tag": "tags",
    "skill": "skills",
    "person_tag": "person_tags",
    "person_skill": "person_skills",
    "goal": "goals",
    "milestone": "milestones",
    "goal_member": "goal_members",
    "goal_skill": "goal_skills",
    "own_skill": "own_skills",
    "agreement": "agreements",
    "agreement_goal": "agreement_goals",
    "agreement_revision": "agreement_revisions",
    "entry": "entries",
    "entry_participant": "entry_participants",
    "entry_goal": "entry_goals",
    "action_item": "action_items",
    "outreach": "outreach",
}


def _positions(
    contacts: list[tuple[int, str, str, str]],
) -> list[tuple[int, tuple[int, str, str, str]]]:
    """Each contact method with its position among the person's methods of that kind."""
    placed = []
    last: tuple[int, str] | None = None
    position = 0
    for contact in contacts:
        key = (contact[0], contact[1])
        position = position + 1 if key == last else 0
        last = key
        placed.append((position, contact))
    return placed


def generate_journal(journal: Journal, people: int, entries: int, seed: int = 1) -> dict[str, int]:
    """Fill the journal with a realistic synthetic one: `people` people, `entries` entries.

    The same seed gives the same content. Goals, agreements, action items and
    outreach scale gently with the size. Returns how many rows of each kind
    were made. Meant for an empty journal; it adds to a non-empty one.
    """
    if people < 0 or entries < 0:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP("Validation", "The numbers of people and entries cannot be negative.")
        )
    if people == 0 and entries:
        raise InvalidInput.of(
            QT_TRANSLATE_NOOP(
                "Validation", "Entries need people to take part in them: ask for 1 person or more."
            )
        )
    generator = _Generator(people, entries, seed)
    counts = generator.run()
    changed = ChangeRecorder()
    for kind in ("person", "tag", "entry", "goal", "agreement", "action"):
        changed.touched(kind)
    journal.bus.publish(changed.freeze())
    return counts


def generate_demo(journal: Journal, seed: int = 7) -> dict[str, int]:
    """A small journal that looks lived-in, from a computer-science student's point of view.

    About 40 people (mentors, professors, classmates, a study group, club
    friends, family friends, potential mentors), 150 entries over the last ten
    months, 10 goals (shared ones among them, one celebrated, one still to
    celebrate) and 9 mentorships in every status, with sessions, reviews,
    revisions and an outreach list, dated relative to today so that some people
    are overdue for a check-in and some are due soon. It goes through the
    ordinary domain API, as a person using the app would.
    """
    return _Demo(journal, random.Random(seed), date.today()).run()


# Circles and their colours.
_DEMO_TAGS = {
    "mentors": "#10b981",
    "professors": "#8b5cf6",
    "classmates": "#3b82f6",
    "study group": "#f59e0b",
    "robotics club": "#22c55e",
    "alumni": "#0ea5e9",
    "family friends": "#ec4899",
    "recruiters": "#ef4444",
    "mentees": "#14b8a6",
}

# One person a line: given | family | pronouns | organization | role | tags | skills offered |
# skills sought | cadence in days | how we met | where | days since we last spoke |
# how many entries | the style of their entries. Lists are comma-separated.
_DEMO_PEOPLE = _table("""
Amara|Okafor|she/her|Riverside University|Professor of Computer Science|professors, mentors|Machine learning, Research methods, Academic writing||30|Office hours|CS building|12|9|professor
Lars|Eriksson|he/him|Riverside University|Professor of Statistics|professors|Statistics, R||60|Same class|Lecture hall B|75|4|professor
Mei|Tanaka|she/her|Fjord Software|Senior software engineer|mentors, alumni|Interview preparation, Python, Git||14|Alumni event|Alumni mixer, downtown|23|10|mentor
Rafael|Costa|he/him|Lumen Health|Product manager|alumni|Public speaking, Project management||30|Alumni event|Alumni mixer, downtown|26|4|mentor
Ingrid|Larsen|she/her|Riverside University|Career advisor||CV writing, Interview preparation||90|Career fair|Student centre|40|3|advisor
Kwame|Mensah|he/him|Riverside University|Postdoctoral researcher|mentors|Research methods, LaTeX||30|Introduced by a friend|ML lab|9|5|mentor
Sofia|Rossi|she/her|Riverside University|PhD candidate|classmates|Machine learning, Python|Public speaking, French||Same class|ML lab|17|4|classmate
Hana|Kim|she/her|Northwind Analytics|Data scientist||Data visualization, SQL|||Conference|PyData meetup|33|2|outreach
Daniel|Weber|he/him|Blue Heron Robotics|Engineering manager||Embedded systems, Leadership|||Cold email|Online|50|1|outreach
Fatima|Haddad|she/her|Helix Biotech|Research scientist||Molecular biology, Grant writing|||Conference|Research symposium|0|0|outreach
Jonas|Becker|he/him|Kestrel Labs|Founder||Negotiation|||Startup pitch night|Innovation hub|70|2|outreach
Priya|Sharma|she/her|Pixel & Pine Studio|UX designer||UX research|||Online course forum|Online|45|1|outreach
Lucas|Silva|he/him|Riverside University|Undergraduate|classmates, study group|Linear algebra, Calculus|Python|14|Same class|Library, 3rd floor|4|12|study
Zeynep|Yıldız|she/her|Riverside University|Exchange student|classmates, study group|Discrete mathematics|Spanish|14|Study group|Library, 3rd floor|6|9|study
Chidi|Okeke|he/him|Riverside University|Undergraduate|classmates, study group|Physics|Statistics|21|Study group|Library, 3rd floor|30|7|study
Nadia|Petrov|she/her|Riverside University|Undergraduate|classmates, study group|Statistics, R|Machine learning|21|Study group|Library, 3rd floor|11|6|study
Ana|García|she/her|Riverside University|Undergraduate|classmates, robotics club|Spanish|Embedded systems||Same class|Robotics lab|19|5|classmate
Tomás|Fernández|he/him|Riverside University|Undergraduate|classmates|Web development|Public speaking|30|Hackathon|Hackathon weekend|8|6|classmate
Aisha|Rahman|she/her|Riverside University|Undergraduate|classmates|Academic writing|Python||Same class|Lecture hall B|24|3|classmate
Noah|Williams|he/him|Riverside University|Undergraduate (first year)|mentees||Python, Time management|14|Introduced by a friend|Peer tutoring office|16|8|mentee
Elif|Kaya|she/her|Boğaziçi University|Exchange student|study group|Econometrics|||Study group|Library, 3rd floor|37|3|study
Mateo|Gómez|he/him|Robotics Club|President|robotics club|Embedded systems, Leadership||30|Club meeting|Robotics lab|41|5|club
Yuki|Sato|they/them|Debate Society|Member||Public speaking|||Club meeting|Student union|58|2|club
Olivia|Brown|she/her|Riverside University|Undergraduate|classmates||||Same class|Lecture hall B|88|2|classmate
Arjun|Iyer|he/him|Riverside University|Master's student|classmates|Machine learning, Git||21|Introduced by a friend|ML lab|3|6|classmate
Maëlle|Moreau|she/her|Sorbonne Université|Master's student||French|Python|90|Online course forum|Online|96|3|friend
Wei|Zhang|he/him|Riverside University|Undergraduate|classmates|Cloud computing|||Hackathon|Hackathon weekend|63|2|classmate
Samuel|Osei|he/him|Robotics Club|Treasurer|robotics club|Excel, Accounting|||Club meeting|Robotics lab|41|3|club
Julia|Nowak|she/her|Riverside University|Undergraduate|classmates|Exam strategy|Statistics|7|Same class|Library, 3rd floor|10|8|classmate
Carmen|Díaz|she/her|Redwood Consulting|Accountant|family friends|Accounting, Negotiation||90|Family|Home|120|2|family
Hassan|Ahmadi|he/him|City General Hospital|Doctor|family friends|||180|Family|Home|150|1|family
Emma|Johansson|she/her|Fjord Software|Recruiter|recruiters||||Career fair|Student centre|21|3|recruiter
Kofi|Asante|he/him|Northwind Analytics|Engineering manager|recruiters|Leadership|||Career fair|Student centre|28|2|recruiter
Laila|Hussain|she/her|Meridian Bank|Business analyst|alumni|Excel, SQL||60|Alumni event|Alumni mixer, downtown|55|2|friend
Ravi|Patel|he/him|Riverside University|Teaching assistant||SQL, Databases|||Office hours|CS building|35|3|professor
Siobhán|Murphy|she/her|Riverside Public Library|Librarian||Research methods|||Introduced by a friend|Main library|44|2|advisor
Chen|Li|he/him|Riverside University|Fulbright program adviser|mentors|Grant writing, Academic writing||21|Career fair|Student centre|19|5|advisor
Isabel|Torres|she/her|Volunteer Tutoring Network|Volunteer coordinator||Leadership||60|Volunteer day|Community centre|47|3|club
Björn|Lindqvist|he/him|Nimbus Cloud|Developer advocate||Cloud computing, Public speaking|||Conference|PyCon|130|1|friend
Zara|Khan|she/her|Debate Society|Member||Public speaking||30|Club meeting|Student union|36|3|club
Minh|Nguyen|he/him|Riverside University|Undergraduate|classmates||||Same class|Lecture hall B|240|1|classmate
""")  # noqa: E501 - a table reads best one person a line

_DEMO_NOTES = {
    "Amara": "Supervises my capstone. Send a short agenda the day before we meet; she reads it.",
    "Lars": "Taught Statistics 101. Happy to write a reference if I ask early.",
    "Mei": "My mentor through the alumni network. Practical and direct; always asks what I "
    "shipped this week.",
    "Rafael": "Graduated five years ago. Offered to talk about product roles.",
    "Kwame": "Works on fairness in ranking: the reason I picked my capstone topic.",
    "Sofia": "TA for Machine Learning.",
    "Hana": "Gave the talk on dashboards nobody reads. Would be a great mentor.",
    "Jonas": "Kindly said no: no time this year. Try again in the spring.",
    "Lucas": "Best study partner I have had. Explains proofs by drawing them.",
    "Zeynep": "On exchange from Boğaziçi for the year.",
    "Tomás": "Hackathon teammate; training for the same half marathon.",
    "Noah": "First-year student I mentor through the peer tutoring scheme. Quiet in groups, "
    "sharp one to one.",
    "Arjun": "Working on the data pipeline part of my capstone.",
    "Maëlle": "Language exchange: French for Python, every few weeks.",
    "Julia": "GRE accountability partner: we send each other our practice scores every Sunday.",
    "Carmen": "Mum's friend from work. Helped me read my first job offer.",
    "Emma": "Runs the summer internship intake.",
    "Siobhán": "Research support desk; finds papers I never could.",
    "Chen": "Reads every draft of my Fulbright statement within two days.",
    "Minh": "Moved to another university.",
}

# Entries by style of relationship: (kind, title, body). "{first}" is their first name.
_DEMO_ENTRIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "professor": (
        (
            "meeting",
            "Office hours with {first}",
            "Went through my capstone outline. {first} suggested narrowing it to one dataset.",
        ),
        (
            "message",
            "Emailed {first} the revised outline",
            "Short email with the new scope and two questions about evaluation.",
        ),
        (
            "meeting",
            "Capstone check-in",
            "Showed the first results. Next: a baseline that is honest about its limits.",
        ),
        (
            "coffee",
            "Coffee with {first} after the seminar",
            "Talked about graduate school and whether a master's is worth it before a PhD.",
        ),
        (
            "message",
            "Asked {first} for a reference",
            "Gave three weeks' notice and a one-page summary of what I did in the course.",
        ),
    ),
    "mentor": (
        (
            "call",
            "Call with {first}",
            "Mock interview: two coding questions and one about "
            "a project I am proud of. I ramble when nervous.",
        ),
        (
            "call",
            "Catch-up with {first}",
            "Talked through the internship offers so far and how to ask for more time to decide.",
        ),
        (
            "message",
            "Sent {first} my updated CV",
            "{first} replied within a day with four concrete edits.",
        ),
        (
            "coffee",
            "Coffee with {first}",
            "Career paths outside big tech; {first} shared how "
            "they moved from engineering to product.",
        ),
        ("meeting", "Lunch with {first}", "Celebrated the first interview invitation."),
    ),
    "advisor": (
        (
            "meeting",
            "Appointment with {first}",
            "Reviewed my personal statement; the opening paragraph is still too general.",
        ),
        ("message", "Draft to {first}", "Sent the third draft of the statement."),
        ("meeting", "Mock interview with {first}", "Practised the why-this-country question."),
    ),
    "study": (
        (
            "study_session",
            "Study group: Linear Algebra",
            "Eigenvalues again. We finally see why the determinant trick works.",
        ),
        (
            "study_session",
            "Problem set with {first}",
            "Split the problems, then explained our solutions to each other.",
        ),
        (
            "study_session",
            "Exam prep: Statistics",
            "Past papers under time pressure; I need to stop rushing the first question.",
        ),
        ("message", "Shared notes with {first}", "Sent my notes from the lecture {first} missed."),
        ("coffee", "Coffee with {first} after the exam", "Relief. Compared answers anyway."),
    ),
    "classmate": (
        ("coffee", "Coffee with {first}", "Caught up on summer plans and internship hunting."),
        ("message", "Message to {first}", "Asked about the group project deadline."),
        (
            "meeting",
            "Project meeting with {first}",
            "Divided the work for the database project; I take the schema.",
        ),
        (
            "event",
            "Hackathon weekend",
            "Built a tiny app for finding quiet study rooms. No prize, lots of fun.",
        ),
        ("call", "Call with {first}", "Helped {first} debug a Python script over screen share."),
    ),
    "mentee": (
        (
            "session",
            "Session with {first}",
            "Went over the week's plan. {first} is keeping up with the problem sets now.",
        ),
        ("session", "Tutoring session", "Recursion, with pictures. It clicked halfway through."),
        ("message", "Checked in with {first}", "A short message before the midterm."),
    ),
    "club": (
        ("event", "Club meeting", "Planned the spring demo day; I signed up for the sensors."),
        ("meeting", "Planning with {first}", "Budget for new parts; we can afford two motors."),
        ("event", "Volunteer day", "Tutored maths at the community centre with {first}."),
    ),
    "family": (
        (
            "call",
            "Call with {first}",
            "{first} walked me through how to compare two job offers: salary is only one line.",
        ),
        ("coffee", "Lunch with {first}", "Family news and advice on negotiating."),
    ),
    "recruiter": (
        (
            "message",
            "Application to {first}",
            "Sent my application for the summer internship with a short note.",
        ),
        (
            "call",
            "Screening call with {first}",
            "Twenty minutes: projects, availability, visa questions.",
        ),
        ("event", "Career fair", "Met {first} at the booth; they remembered my hackathon app."),
    ),
    "friend": (
        ("call", "Language exchange with {first}", "Half an hour of French, half of Python."),
        ("message", "Message to {first}", "Sent a link to the talk we discussed."),
        ("coffee", "Coffee with {first}", "Talked about moving abroad after graduation."),
    ),
    "outreach": (
        (
            "message",
            "First message to {first}",
            "Short and specific: who I am, what I admire "
            "in their work, one question, and a 20-minute ask.",
        ),
        (
            "note",
            "Research on {first}",
            "Read their last two talks; ask about moving from research to industry.",
        ),
    ),
}

_DEMO_HELPED = {
    "professor": "they_helped",
    "mentor": "they_helped",
    "advisor": "they_helped",
    "mentee": "i_helped",
    "study": "mutual",
}


# Who helped whom among peers: mixed, a couple of them leaning one way.
_DEMO_LEANING = {"Aisha": "i_helped", "Julia": "they_helped", "Arjun": "i_helped"}
_PEER_HELPED = ("mutual", "i_helped", "they_helped")


def _demo_helped(given: str, style: str, n: int) -> str | None:
    """Who helped whom in a demo entry: by the relationship, peers mixed by turns."""
    if given in _DEMO_LEANING:
        return _DEMO_LEANING[given] if n % 4 else "mutual"
    if style in ("classmate", "club", "friend"):
        return _PEER_HELPED[n % 3]
    return _DEMO_HELPED.get(style)


_SESSION_KINDS = ("session", "call", "meeting", "study_session")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(",") if part.strip()]


class _Demo:
    """Builds the demo journal step by step through the domain API."""

    def __init__(self, journal: Journal, rng: random.Random, today: date) -> None:
        self.journal = journal
        self.rng = rng
        self.today = today
        self.ids: dict[str, int] = {}  # first name → person id

    def day(self, days_ago: int) -> date:
        return self.today - timedelta(days=days_ago)

    def moment(self, days_ago: int) -> datetime:
        """A local time of day, `days_ago` days before today."""
        hour = self.rng.choice((9, 10, 11, 12, 14, 15, 16, 17, 18, 19))
        return datetime.combine(self.day(days_ago), time(hour, self.rng.choice((0, 15, 30, 45))))

    def run(self) -> dict[str, int]:
        self.people()
        goals = self.goals()
        agreements = self.mentorships(goals)
        self.entries(goals, agreements)
        self.actions(goals, agreements)
        self.practice(goals, agreements)
        self.outreach()
        self.last_year(goals)
        return self.journal.stats()

    def last_year(self, goals: dict[str, int]) -> None:
        """The year before: fewer entries, a term of study sessions, club evenings and office
        hours, so the insights have two years to show (its own random generator, so the
        rest of the demo stays as it was)."""
        rng = random.Random(self.rng.random())
        log, ids = self.journal.entries.log, self.ids
        rhythm = (
            ("Lucas", "study_session", "Problem sets with {first}", 11, "mutual"),
            ("Zeynep", "study_session", "Exam revision with {first}", 17, "mutual"),
            ("Amara", "meeting", "Office hours with {first}", 28, "they_helped"),
            ("Lars", "meeting", "Statistics office hours", 35, "they_helped"),
            ("Mateo", "event", "Robotics club build night", 14, None),
            ("Tomás", "coffee", "Coffee with {first}", 40, "i_helped"),
            ("Carmen", "call", "Call with {first}", 60, None),
        )
        for first, kind, title, every, helped in rhythm:
            days_ago = 290 + rng.randrange(every)
            while days_ago < 730:
                log(
                    kind,
                    self.moment(days_ago),
                    [ids[first]],
                    title=title.format(first=first),
                    helped=helped if rng.random() < 0.7 else None,
                )
                days_ago += every + rng.randrange(-3, 4)
        # Something due today, for Today and its reminder.
        log(
            "message",
            self.moment(3),
            [ids["Rafael"]],
            title="Asked Rafael about product roles",
            body="He will look at my portfolio; write back today with the two projects.",
            follow_up_on=self.today,
        )
        told = {"hackathon": ("Tomás", "Wei"), "calculus": ("Lucas",), "robotics": ("Mateo",)}
        for key, people in told.items():
            achieved = self.journal.goals.get(goals[key]).achieved_on
            assert achieved is not None
            self.journal.goals.celebrate(
                goals[key],
                [ids[p] for p in people],
                "We made it — thank you for being part of it!",
                occurred_at=achieved + timedelta(days=1),
            )

    def people(self) -> None:
        people = self.journal.people
        for row in _DEMO_PEOPLE:
            given, family, pronouns, organization, role, tags, offers, seeks = row[:8]
            cadence, met_how, met_where, last_seen = row[8], row[9], row[10], int(row[11])
            domain = "riverside.example.edu" if "Riverside" in organization else "example.com"
            local = f"{_ascii(given)}.{_ascii(family)}"
            methods = [{"kind": "email", "value": f"{local}@{domain}", "label": "work"}]
            if self.rng.random() < 0.5:
                number = f"+1 555 {self.rng.randrange(100, 999)} {self.rng.randrange(1000, 9999)}"
                methods.append({"kind": "phone", "value": number, "label": "mobile"})
            person = people.create(
                given_name=given,
                family_name=family,
                nickname="Jo" if given == "Julia" else "",
                pronouns=pronouns,
                organization=organization,
                role=role,
                met_how=met_how,
                met_where=met_where,
                met_on=self.day(last_seen + 60 + self.rng.randrange(200)),
                notes=_DEMO_NOTES.get(given, ""),
                tags=_split(tags),
                skills_offered=_split(offers),
                skills_sought=_split(seeks),
                cadence_days=int(cadence) if cadence else None,
                contact_methods=methods,
            )
            self.ids[given] = person.id
        for tag in people.tags():
            if tag.name in _DEMO_TAGS:
                people.update_tag(tag.id, colour=_DEMO_TAGS[tag.name], is_circle=True)
        people.set_own_skills(
            offers=["Python", "Linear algebra", "Public speaking", "Web development"],
            seeks=["Machine learning", "Interview preparation", "Spanish", "Grant writing"],
        )
        people.archive(self.ids["Minh"])

    def goals(self) -> dict[str, int]:
        goals, ids, day = self.journal.goals, self.ids, self.day

        def future(days: int) -> date:
            return self.today + timedelta(days=days)

        made: dict[str, int] = {}
        plans: tuple[tuple[Any, ...], ...] = (
            (
                "fulbright",
                "Win the Fulbright scholarship",
                "scholarship",
                "long",
                "active",
                "A year of research abroad, and the first step to a PhD.",
                150,
                future(days=95),
                (("Chen", "mentor"), ("Amara", "supporter"), ("Julia", "accountability_partner")),
                (
                    ("Read the requirements", 140, True),
                    ("Draft the personal statement", 90, True),
                    ("Get feedback from Dr. Okafor", -6, False),
                    ("Submit the application", -60, False),
                ),
                ("Academic writing", "Grant writing"),
            ),
            (
                "internship",
                "Summer internship in data science",
                "internship",
                "short",
                "active",
                "Real data, real users, and a reason to finally learn SQL properly.",
                120,
                future(days=60),
                (("Mei", "mentor"), ("Rafael", "supporter"), ("Emma", "supporter")),
                (
                    ("Update my CV", 100, True),
                    ("Send ten applications", 30, True),
                    ("Three mock interviews", -10, False),
                    ("Decide on an offer", -55, False),
                ),
                ("SQL", "Interview preparation"),
            ),
            (
                "gre",
                "Score 320+ on the GRE",
                "exam",
                "short",
                "active",
                "Most of the master's programs I like ask for it.",
                80,
                future(days=40),
                (("Julia", "accountability_partner"), ("Arjun", "collaborator")),
                (
                    ("Diagnostic test", 75, True),
                    ("Finish the verbal book", 20, True),
                    ("Two full practice tests", -20, False),
                ),
                (),
            ),
            (
                "capstone",
                "Finish my capstone on fairness in ranking",
                "academic",
                "long",
                "active",
                "It is the project I want to talk about in every interview.",
                200,
                future(days=150),
                (
                    ("Amara", "mentor"),
                    ("Arjun", "collaborator"),
                    ("Kwame", "supporter"),
                    ("Sofia", "supporter"),
                    ("Nadia", "supporter"),
                ),
                (
                    ("Choose the dataset", 180, True),
                    ("Baseline model", 90, True),
                    ("Fairness metrics", -25, False),
                    ("Write up and present", -140, False),
                ),
                ("Machine learning", "Research methods"),
            ),
            (
                "linalg",
                "Ace the Linear Algebra final",
                "exam",
                "short",
                "achieved",
                "The course everyone warned me about.",
                260,
                future(days=-150),
                (
                    ("Lucas", "collaborator"),
                    ("Zeynep", "collaborator"),
                    ("Chidi", "collaborator"),
                    ("Nadia", "collaborator"),
                    ("Elif", "supporter"),
                ),
                (("Finish all problem sets", 190, True), ("Two past papers", 160, True)),
                (),
            ),
            (
                "spanish",
                "Hold a conversation in Spanish",
                "skill",
                "long",
                "paused",
                "Ana's family, and the exchange semester I might do.",
                230,
                future(days=200),
                (("Ana", "supporter"),),
                (("Finish A2 course", 120, True),),
                ("Spanish",),
            ),
            (
                "marathon",
                "Run a half marathon",
                "personal",
                "short",
                "active",
                "Something that has nothing to do with grades.",
                70,
                future(days=10),
                (("Tomás", "accountability_partner"),),
                (("Run 10 km without stopping", 30, True), ("Run 15 km", -10, False)),
                (),
            ),
            (
                "hackathon",
                "Finish my first hackathon",
                "skill",
                "short",
                "achieved",
                "To find out whether I can build something in a weekend.",
                560,
                future(days=-520),
                (("Tomás", "collaborator"), ("Wei", "collaborator")),
                (),
                ("Web development",),
            ),
            (
                "calculus",
                "Pass Calculus II",
                "exam",
                "short",
                "achieved",
                "The prerequisite for everything else.",
                470,
                future(days=-400),
                (("Lucas", "accountability_partner"),),
                (("All problem sets", 420, True),),
                (),
            ),
            (
                "robotics",
                "Join the robotics club's build team",
                "personal",
                "short",
                "achieved",
                "Hands-on work after a term of theory.",
                300,
                future(days=-250),
                (("Mateo", "supporter"), ("Ana", "collaborator"), ("Samuel", "collaborator")),
                (),
                ("Embedded systems",),
            ),
            (
                "podcast",
                "Start a podcast about student life",
                "personal",
                "short",
                "dropped",
                "Fun idea; not this year.",
                210,
                future(days=-30),
                (("Wei", "collaborator"),),
                (),
                (),
            ),
        )
        for (
            key,
            title,
            category,
            horizon,
            status,
            why,
            started,
            target,
            members,
            steps,
            skills,
        ) in plans:
            goal = goals.create(
                title,
                category,
                horizon=horizon,
                status=status,
                why=why,
                start_on=day(started),
                target_on=target,
                members=[(ids[first], role) for first, role in members],
                skills=list(skills),
                progress=None if steps else 10,
            )
            if status == "achieved":
                goals.update(goal.id, achieved_on=target)
            for title_, due_ago, done in steps:
                milestone = goals.add_milestone(goal.id, title_, due_on=day(due_ago))
                if done:
                    goals.update_milestone(milestone.id, done_on=day(max(due_ago - 2, 1)))
            made[key] = goal.id
        return made

    def mentorships(self, goals: dict[str, int]) -> dict[str, int]:
        m, ids, day = self.journal.mentorships, self.ids, self.day
        made: dict[str, int] = {}
        made["Mei"] = m.create(
            ids["Mei"],
            "mentee",
            status="active",
            formal=True,
            program="Alumni mentor network",
            started_on=day(160),
            ends_on=day(-200),
            review_on=day(-20),
            cadence_days=30,
            channel="Video call",
            my_expectations="Come with one question and one update; share drafts two days ahead.",
            their_expectations="Candid feedback on CVs and interviews; introductions when useful.",
            boundaries="What we discuss stays between us.",
            goal_ids=[goals["internship"]],
        ).id
        made["Amara"] = m.create(
            ids["Amara"],
            "mentee",
            status="active",
            started_on=day(200),
            cadence_days=30,
            channel="Office hours",
            my_expectations="Progress on the capstone every month, in writing.",
            their_expectations="Advice on research direction and graduate school.",
            goal_ids=[goals["capstone"], goals["fulbright"]],
        ).id
        made["Noah"] = m.create(
            ids["Noah"],
            "mentor",
            status="active",
            formal=True,
            program="Peer tutoring scheme",
            started_on=day(120),
            ends_on=day(-60),
            review_on=day(-5),
            cadence_days=14,
            channel="Library study room",
            my_expectations="Try the problems before we meet.",
            their_expectations="Help with Python and planning the week.",
            boundaries="No homework done for him; hints only.",
        ).id
        made["Lucas"] = m.create(
            ids["Lucas"],
            "peer",
            status="completed",
            started_on=day(300),
            ends_on=day(150),
            cadence_days=7,
            channel="Library, 3rd floor",
            my_expectations="Weekly check-in on the Linear Algebra plan.",
            their_expectations="Same, and Python help in return.",
            goal_ids=[goals["linalg"]],
        ).id
        made["Rafael"] = m.create(
            ids["Rafael"],
            "mentee",
            status="proposed",
            cadence_days=30,
            channel="Coffee near his office",
            my_expectations="Learn how product roles work, one coffee a month.",
        ).id
        # Giving back, even early: two more people I mentor, one of them paused for exams.
        made["Aisha"] = m.create(
            ids["Aisha"],
            "mentor",
            status="active",
            started_on=day(70),
            review_on=day(-25),
            cadence_days=14,
            channel="Library, 2nd floor",
            my_expectations="Bring the code you are stuck on, not only the question.",
            their_expectations="Python for the data course; how to read error messages.",
            boundaries="Her grades are her business; I only see what she shows me.",
        ).id
        made["Tomás"] = m.create(
            ids["Tomás"],
            "mentor",
            status="active",
            started_on=day(110),
            cadence_days=21,
            channel="Student union, after debate practice",
            my_expectations="One short talk prepared for each meeting.",
            their_expectations="Honest feedback on his presentations.",
        ).id
        # A research mentorship that ended early when Kwame moved labs.
        made["Kwame"] = m.create(
            ids["Kwame"],
            "mentee",
            status="active",
            formal=True,
            program="Undergraduate research programme",
            started_on=day(250),
            cadence_days=14,
            channel="ML lab",
            my_expectations="Read one paper a week and summarise it.",
            their_expectations="Help with the ranking experiments.",
            goal_ids=[goals["capstone"]],
        ).id
        # Some say no: Jonas had no time this year.
        made["Jonas"] = m.create(
            ids["Jonas"],
            "mentee",
            status="declined",
            cadence_days=30,
            channel="Video call",
            my_expectations="Advice on starting a company after graduating.",
        ).id
        return made

    def entries(self, goals: dict[str, int], agreements: dict[str, int]) -> None:
        log, ids, rng = self.journal.entries.log, self.ids, self.rng
        goal_of = {
            "Chen": "fulbright",
            "Mei": "internship",
            "Emma": "internship",
            "Kofi": "internship",
            "Julia": "gre",
            "Amara": "capstone",
            "Arjun": "capstone",
            "Kwame": "capstone",
            "Tomás": "marathon",
        }
        periods = {"Mei": (160, 0), "Amara": (200, 0), "Noah": (120, 0), "Lucas": (300, 150)}
        for row in _DEMO_PEOPLE:
            given, last_seen, count, style = row[0], int(row[11]), int(row[12]), row[13]
            if count == 0:
                continue
            templates = _DEMO_ENTRIES[style]
            spacing = max(6, (300 - last_seen) // count)
            for n in range(count):
                days_ago = last_seen + n * spacing + (rng.randrange(3) if n else 0)
                kind, title, body = templates[(n + rng.randrange(2)) % len(templates)]
                people = [ids[given]]
                if kind == "study_session" and style == "study":
                    partners = [p for p in ("Lucas", "Zeynep", "Chidi", "Nadia") if p != given]
                    people += [ids[p] for p in rng.sample(partners, rng.randrange(0, 3))]
                # Sessions belong to a mentorship while it runs: (started, ended) days ago.
                started, ended = periods.get(given, (-1, 0))
                agreement = None
                if ended <= days_ago <= started and kind in _SESSION_KINDS:
                    agreement = agreements[given]
                    kind = "session" if given == "Noah" else kind
                elif kind == "session":
                    kind = "meeting"
                goal = goal_of.get(given)
                log(
                    kind,
                    self.moment(days_ago),
                    people,
                    title=title.format(first=given),
                    body=body.format(first=given),
                    helped=_demo_helped(given, style, n) if rng.random() < 0.6 else None,
                    follow_up_on=self.day(days_ago - 7) if n == 0 and rng.random() < 0.4 else None,
                    goal_ids=[goals[goal]] if goal and rng.random() < 0.7 else [],
                    agreement_id=agreement,
                )
        # Notes of my own.
        for days_ago, title, body in (
            (2, "Weekly reflection", "Good week: capstone baseline done, one interview booked."),
            (9, "Idea: a study-room finder", "Maybe the hackathon app deserves a second life."),
            (16, "Reflection on asking for help", "Asking early costs less than I think."),
        ):
            log("note", self.moment(days_ago), [], title=title, body=body)

    def actions(self, goals: dict[str, int], agreements: dict[str, int]) -> None:
        m, ids, day = self.journal.mentorships, self.ids, self.day
        items = (
            ("Send Dr. Okafor the capstone outline", "me", -2, "Amara", "capstone", None, None),
            ("Book a mock interview with Mei", "me", 3, "Mei", "internship", "Mei", None),
            ("Review Noah's lab report", "me", -5, "Noah", None, "Noah", None),
            ("Finish problem set 4", "them", -3, "Noah", None, "Noah", None),
            ("Ask Chen about the recommendation letters", "me", 1, "Chen", "fulbright", None, None),
            ("Send Mei the list of companies", "me", 20, "Mei", "internship", "Mei", 15),
            ("Share the fairness metrics paper", "them", -9, "Kwame", "capstone", None, None),
            ("Practice test 3", "me", -4, None, "gre", None, None),
            ("Reply to Hana's message", "me", 0, "Hana", None, None, None),
            ("Book the 15 km run", "me", 12, "Tomás", "marathon", None, 11),
        )
        for title, owner, due_ago, person, goal, agreement, done_ago in items:
            action = m.add_action(
                title,
                owner,
                due_on=day(due_ago),
                person_id=ids[person] if person else None,
                goal_id=goals[goal] if goal else None,
                agreement_id=agreements[agreement] if agreement else None,
            )
            if done_ago is not None:
                m.complete_action(action.id, done_on=day(done_ago))

    def practice(self, goals: dict[str, int], agreements: dict[str, int]) -> None:
        """Sessions with agendas and takeaways, reviews and what they decided, revisions,
        reflections (private and shareable), a goal celebrated and one still to celebrate."""
        m, ids, day, moment = self.journal.mentorships, self.ids, self.day, self.moment
        m.log_session(
            agreements["Mei"],
            moment(12),
            title="Mock interview with Mei",
            agenda="A full mock interview; then what to say about the capstone.",
            notes="Too long on the tools, too short on the why. The capstone story works.",
            takeaways="Lead with the problem, then the result, then the tools.",
            agenda_shareable=True,
            takeaways_shareable=True,
            actions=[
                {"title": "Rewrite my three interview stories", "owner": "me", "due_on": day(-2)},
                {"title": "Introduce me to the data team", "owner": "them", "due_on": day(-10)},
            ],
            goal_ids=[goals["internship"]],
        )
        # The three-month review decided to adapt: meet every two weeks in interview season.
        m.review(
            agreements["Mei"],
            moment(60),
            "adapt",
            what_works="Mock interviews; Mei's candour about my CV.",
            what_to_change="Meet every two weeks until the offers come in.",
            shareable=True,
            next_review_on=day(-9),
        )
        m.update(
            agreements["Mei"],
            reason="Interview season: every two weeks until the offers come in.",
            cadence_days=14,
        )
        for days_ago, agenda, notes, takeaways, action in (
            (
                30,
                "Week plan; the lab report due Friday.",
                "Noah planned the week himself for the first time.",
                "Plans hold when they fit on one page.",
                ("Try the problems before asking", "them", -3),
            ),
            (
                16,
                "Python loops; reading error messages.",
                "He was stuck on an off-by-one for an hour; we read the traceback together.",
                "Read the last line of a traceback first.",
                ("Finish problem set 4", "them", -3),
            ),
        ):
            m.log_session(
                agreements["Noah"],
                moment(days_ago),
                agenda=agenda,
                notes=notes,
                takeaways=takeaways,
                notes_shareable=True,
                takeaways_shareable=True,
                actions=[{"title": action[0], "owner": action[1], "due_on": day(action[2])}],
            )
        m.review(
            agreements["Noah"],
            moment(20),
            "keep",
            what_works="Short sessions with one goal each.",
            what_to_change="He could bring questions in writing the day before.",
            next_review_on=day(-60),
        )
        m.log_session(
            agreements["Aisha"],
            moment(18),
            title="Python for the data course",
            agenda="Pandas basics; her assignment 2.",
            notes="She learns fastest by breaking things on purpose.",
            takeaways="Next time: plotting.",
            takeaways_shareable=True,
            actions=[
                {"title": "Send Aisha the plotting notebook", "owner": "me", "due_on": day(4)}
            ],
        )
        m.log_session(
            agreements["Tomás"],
            moment(45),
            notes="A five-minute talk on open data: good content, too fast.",
            takeaways="Pause after every slide title.",
        )
        m.review(
            agreements["Tomás"],
            moment(40),
            "pause",
            what_works="The talks got better every time.",
            what_to_change="Pause until his exams are over.",
        )
        m.log_session(
            agreements["Kwame"],
            moment(200),
            title="Ranking experiments",
            notes="Set up the evaluation; he explained NDCG on a napkin.",
        )
        m.update(
            agreements["Kwame"],
            status="ended",
            ends_on=day(150),
            reason="Kwame moved to another lab; we stay in touch.",
        )
        self.journal.entries.log(
            "note",
            moment(5),
            [ids["Mei"]],
            title="What Mei's mentoring changed",
            body="I ask for feedback before I think the work is ready. That is the change.",
            agreement_id=agreements["Mei"],
            shareable=True,
        )
        self.journal.entries.log(
            "note",
            moment(8),
            [ids["Noah"]],
            title="Private: how Noah is doing",
            body="He seems anxious before exams; keep the sessions light this month.",
            agreement_id=agreements["Noah"],
        )
        goals_api = self.journal.goals
        goals_api.celebrate(
            goals["linalg"],
            [ids["Lucas"], ids["Zeynep"]],
            "Lucas, Zeynep: we passed Linear Algebra! Thank you for every Thursday "
            "in the library. Pizza on me.",
            occurred_at=moment(148),
        )
        ta = goals_api.create(
            "Get the teaching assistant position",
            "career",
            horizon="short",
            start_on=day(60),
            target_on=day(10),
            why="Teaching is the best way to learn databases properly.",
            members=[(ids["Ravi"], "supporter"), (ids["Amara"], "mentor")],
            skills=["SQL", "Databases"],
        )
        for title, due_ago, done_ago in (
            ("Ask Ravi what the role involves", 50, 48),
            ("Send the application", 20, 21),
        ):
            step = goals_api.add_milestone(ta.id, title, due_on=day(due_ago))
            goals_api.update_milestone(step.id, done_on=day(done_ago))
        goals_api.achieve(ta.id, on=day(3))
        # A mentor keeps their mentees' goals too, shared with them.
        noah_goal = goals_api.create(
            "Noah passes Programming 1",
            "academic",
            horizon="short",
            start_on=day(110),
            target_on=day(-40),
            why="The course most first-years drop out of; he wants to stay.",
            members=[(ids["Noah"], "collaborator")],
            skills=["Python", "Time management"],
        )
        for title, due_ago, done_ago in (
            ("A study plan that fits on one page", 100, 95),
            ("Lab reports on time for a month", 30, 28),
            ("Pass the midterm", -10, None),
        ):
            step = goals_api.add_milestone(noah_goal.id, title, due_on=day(due_ago))
            if done_ago is not None:
                goals_api.update_milestone(step.id, done_on=day(done_ago))
        m.update(
            agreements["Noah"],
            reason="His goal for the term is now an objective of ours.",
            goal_ids=[noah_goal.id],
        )

    def outreach(self) -> None:
        """Where each approach to a potential mentor stands, with the message drafted."""
        outreach, ids, day = self.journal.outreach, self.ids, self.day
        steps = {
            "Fatima": ("identified", 20, "Her grant-writing workshop is in the spring.", ""),
            "Daniel": (
                "researched",
                12,
                "Leads the embedded team; wrote about mentoring new graduates.",
                "",
            ),
            "Hana": (
                "contacted",
                9,
                "Met at PyData; she offered to talk about dashboards.",
                "Dear Hana,\n\nThank you for your talk at PyData on dashboards nobody "
                "reads. I am a computer-science student working on fairness in ranking, "
                "and I would value your view on how you choose what to measure.\n\n"
                "Would you have 20 minutes for a call in the next few weeks? If not, "
                "no worries at all.\n\nBest wishes",
            ),
            "Rafael": ("agreed", 26, "Said yes to a coffee a month.", ""),
            "Priya": ("no_reply", 45, "Wrote through the course forum.", ""),
            "Jonas": ("declined", 70, "Kindly said no: no time this year.", ""),
        }
        for first, (stage, days_ago, notes, message) in steps.items():
            outreach.set_stage(ids[first], stage, on=day(days_ago))
            outreach.update(ids[first], notes=notes, message=message or None)


def make_demo_journal(folder: Path) -> Path:
    """The sample journal of `netjournal demo` (and of the welcome page) in `folder`; its path."""
    from netjournal.journal.journal import Journal  # noqa: PLC0415 - it imports this module

    path = journal_path(Path(folder))
    with Journal.open(path) as journal:
        generate_demo(journal)
    return path
