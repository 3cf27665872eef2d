"""What ``search`` prints, in the language in use (the quick path and the ordinary one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.cli.speech import say
from wellbeing_desktop.services.quick_search import HIT_END, HIT_START

if TYPE_CHECKING:
    from collections.abc import Sequence

    from wellbeing_desktop.services.quick_search import SearchHit


def search_lines(hits: Sequence[SearchHit]) -> list[str]:
    """The hits as plain text, one line each: day, what kind of record, the marked snippet."""
    kinds = {
        "day": say("cli", "day"),
        "sparring": say("cli", "sparring"),
        "one_on_one": say("cli", "1:1"),
    }
    lines = []
    for hit in hits:
        marked = hit.snippet.replace(HIT_START, "[").replace(HIT_END, "]")
        snippet = " ".join(marked.split())
        lines.append(f"{hit.day.isoformat()}  {kinds.get(hit.kind, hit.kind):<8}  {snippet}")
    return lines or [say("cli", "Nothing found.")]
