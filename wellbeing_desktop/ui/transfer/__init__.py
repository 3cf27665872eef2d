"""Bringing another journal in and taking everything out (issue #19): Settings' card."""
