"""The Mentorships tab: agreements as mentor, mentee or peer."""
