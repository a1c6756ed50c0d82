"""Files in and out: vCard, CSV, iCalendar, the JSON backup and Markdown; no database code."""
