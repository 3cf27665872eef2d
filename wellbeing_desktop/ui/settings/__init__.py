"""Settings: language, reminder, security."""
