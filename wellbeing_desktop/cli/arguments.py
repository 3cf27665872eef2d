"""Option values read as numbers, and ``search``'s own: light, for the quick path too.

``cli.output`` holds the rest of what commands print and check; these live apart so that
``quick_read`` (``search`` with the key from the keyring) loads no more than it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.domain.errors import Message, ValidationError
from wellbeing_desktop.domain.messages import WHOLE_NUMBER

if TYPE_CHECKING:
    import argparse

MAX_SEARCH_LIMIT = 100_000  # search --limit: more than any journal holds


def whole_number(text: str | None, field: Message | str, low: int, high: int) -> int | None:
    """``text`` as a whole number from ``low`` to ``high``; None when not given."""
    if text is None:
        return None
    try:
        value = int(text.strip())
    except ValueError:
        raise ValidationError(field, text, Message(WHOLE_NUMBER, low=low, high=high)) from None
    if not low <= value <= high:
        raise ValidationError(field, text, Message(WHOLE_NUMBER, low=low, high=high))
    return value


def search_limit(args: argparse.Namespace) -> int:
    """``search --limit``: how many hits to show at most."""
    return whole_number(args.limit, "limit", 1, MAX_SEARCH_LIMIT) or 1


def search_query(args: argparse.Namespace) -> str:
    """``search``'s words as one query (they may come as one argument or several)."""
    return " ".join(args.query)
