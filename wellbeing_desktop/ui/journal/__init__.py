"""The journal: calendar, list of days and search."""
