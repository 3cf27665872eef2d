"""Readers of other journal apps' exports (issue #19): each yields ``ForeignEntry`` values."""
