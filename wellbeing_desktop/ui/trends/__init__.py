"""Trends over weeks, months and years, with their charts."""
