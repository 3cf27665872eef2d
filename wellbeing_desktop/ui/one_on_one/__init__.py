"""Preparing a 1:1 with one's own leader."""
