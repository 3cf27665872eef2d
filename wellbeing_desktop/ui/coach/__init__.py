"""The summary for a coach."""
