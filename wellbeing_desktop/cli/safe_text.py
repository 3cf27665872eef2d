"""User text made safe to print: ``printable`` (it lives in ``domain.safe_text``).

Kept under this name for the CLI's modules (and the quick search): every line the
commands print goes through ``printable``; the reports use the same rule.
"""

from __future__ import annotations

from wellbeing_desktop.domain.safe_text import REPLACEMENT, printable

__all__ = ["REPLACEMENT", "printable"]
