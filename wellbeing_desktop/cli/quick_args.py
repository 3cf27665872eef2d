"""``search``, ``show`` and ``log`` read from the command line without building the parser.

Building the ``argparse`` parser (and what it loads: ``gettext``, ``locale``, ``shutil``)
costs a quick command a noticeable share of its run time. ``quick_namespace`` reads the
plain forms of the two quick commands itself, with the names and defaults the parser
gives them (``cli.parser``), and ``log`` with the options its quick path takes
(``cli.quick_log``: the day's figures, a note given inline, tags, sharing), and returns
None for anything else: ``--help``,
``--version``, an abbreviated or unknown option, an option given twice, a value that
starts with "-", a ``search`` without words, ``show`` with a word of its own. Then the
parser reads the command line as before, with its messages. Whenever the quick path
declines, ``entry`` parses the command line with the parser before the ordinary command
runs, so only what both read the same way is ever read here.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

SEARCH_LIMIT = "200"  # cli.parser.SEARCH_LIMIT, as the parser's default (a string)
_COMMON = {"--data-dir": "data_dir", "--passphrase-file": "passphrase_file"}
_OPTIONS = {
    "search": {**_COMMON, "--limit": "limit"},
    "show": {**_COMMON, "--from": "start", "--to": "end"},
    "log": {
        **_COMMON,
        **{f"--{name}": name for name in ("date", "operations", "leadership", "strategy")},
        **{f"--{name}": name for name in ("own", "hours", "stress", "demands", "resources")},
        **{f"--{name}": name for name in ("energy", "tag", "note", "share")},
    },
}
# ``log``'s options that may be given more than once (the parser appends them).
_REPEATED = frozenset({"tag"})
# What the parser sets for ``log`` when an option is not given (``cli.parser._add_log``).
_LOG_DEFAULTS: dict[str, object] = {
    "date": "today",
    **dict.fromkeys(("operations", "leadership", "strategy", "own", "hours", "stress")),
    **dict.fromkeys(("signal", "new_signal", "demands", "resources", "demand", "resource")),
    **dict.fromkeys(("energy", "tag", "note", "note_file", "share", "from_calendar")),
}


def quick_namespace(argv: Sequence[str]) -> argparse.Namespace | None:
    """What the parser makes of ``argv``, for a plain ``search``/``show``; else None.

    A ``SimpleNamespace`` with the parser's names (``entry`` tells the two apart).
    """
    if not argv or argv[0] not in _OPTIONS:
        return None
    command = argv[0]
    options = _OPTIONS[command]
    given: dict[str, object] = {}
    words: list[str] = []
    rest = iter(argv[1:])
    for word in rest:
        if word == "--":
            if command != "search":
                return None
            words += rest
            break
        if word.startswith("--"):
            name, equals, value = word.partition("=")
            dest = options.get(name)
            if dest is None or (dest in given and dest not in _REPEATED):
                return None
            if not equals:
                value = next(rest, "-")  # none left: the parser's message
            if value.startswith("-") or (not value and not equals):
                return None  # a negative duration too: the parser joins it and words it
            if dest in _REPEATED:
                cast("list[str]", given.setdefault(dest, [])).append(value)
            else:
                given[dest] = value
        elif word.startswith("-") and (command != "search" or word in ("-h", "-")):
            return None
        elif command == "search":
            words.append(word)  # "-MUS" too: a word to leave out (cli.parser)
        else:
            return None
    found: dict[str, object]
    if command == "search":
        if not words:
            return None
        found = {"command": command, "query": words, "limit": SEARCH_LIMIT, **given}
    elif command == "log":
        found = {"command": command, **_LOG_DEFAULTS, **given}
    else:
        found = {"command": command, "start": None, "end": None, **given}
    return cast("argparse.Namespace", SimpleNamespace(**found))
