"""The two languages of the app (kept apart from models.py: the GUI's start needs only this)."""

from __future__ import annotations

from enum import StrEnum


class Language(StrEnum):
    DANISH = "da"
    ENGLISH = "en"
