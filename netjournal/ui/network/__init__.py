"""The Network tab: give and get, matches, the map and insights."""
