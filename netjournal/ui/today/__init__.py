"""Today, the home tab: what needs me now, each item done, snoozed or dismissed in place;
and the tray icon that says so while the app runs."""
