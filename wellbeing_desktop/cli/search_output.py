"""What ``search`` prints, in the language in use (the quick path and the ordinary one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.cli.speech import say
from wellbeing_desktop.services.quick_search import HIT_END, HIT_START, only_excluded

if TYPE_CHECKING:
    from wellbeing_desktop.services.quick_search import SearchHits


def search_lines(hits: SearchHits, query: str | None = None) -> list[str]:
    """The hits as plain text, one line each: day, what kind of record, the marked snippet.

    When the limit cut the hits short (``SearchHits.total`` is larger), a last line says
    how many there are and how to see them. Without hits: one line saying so (and, for
    a ``query`` of only words to leave out, that it needs a word to look for).
    """
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
    if not lines:
        if query is not None and only_excluded(query):
            return [
                say(
                    "cli",
                    "Nothing found: the search holds only words to leave out (-word, NOT word); "
                    "add a word to look for.",
                )
            ]
        return [say("cli", "Nothing found.")]
    total = hits.total
    if total > len(lines):
        lines.append(
            say(
                "cli",
                "{shown} of {total} matches shown (the newest); "
                "use --limit {total} to see them all.",
            ).format(shown=len(lines), total=total)
        )
    return lines
