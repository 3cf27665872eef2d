"""``items``: the pick lists ``log`` takes names from, with their keys and labels.

Demands (``log --demand``), resources (``--resource``), signals (``--signal``, the user's
own too) and the sparring situations (the app's Sparring view). In the journal's
language; without a journal in the folder, the built-in lists in both languages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wellbeing_desktop.cli.output import ITEM_LISTS, out
from wellbeing_desktop.cli.speech import say
from wellbeing_desktop.cli.unlock import (
    given_passphrase,
    interactive,
    journal_access,
    print_notices,
    speak_the_journals_language,
    unlock,
)
from wellbeing_desktop.domain import catalogues
from wellbeing_desktop.domain.models import CatalogueItem, CatalogueKind, Language

if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

SITUATIONS = "situations"
LIST_NAMES = (*ITEM_LISTS.values(), SITUATIONS)


def _headings() -> dict[str, str]:
    return {
        "demands": say("cli", "Demands (log --demand KEY or label)"),
        "resources": say("cli", "Resources (log --resource KEY or label)"),
        "signals": say(
            "cli", "Signals (log --signal KEY or label; log --new-signal NAME adds your own)"
        ),
        SITUATIONS: say("cli", "Sparring situations (the Sparring view of the app)"),
    }


def _lines(items: Sequence[tuple[str, str]], own: frozenset[str] = frozenset()) -> list[str]:
    width = max((len(key) for key, _label in items), default=0)
    yours = "  " + say("cli", "(your own)")
    return [f"  {key:<{width}}  {label}" + (yours if key in own else "") for key, label in items]


def _item_rows(items: Sequence[CatalogueItem], language: Language | None) -> list[tuple[str, str]]:
    if language is None:  # no journal: both languages
        return [
            (i.key, i.label_da if i.label_da == i.label_en else f"{i.label_da} — {i.label_en}")
            for i in items
        ]
    return [(i.key, i.label(language)) for i in items]


def _situation_rows(language: Language | None) -> list[tuple[str, str]]:
    rows = []
    for key, (danish, english) in catalogues.SPARRING_SITUATIONS.items():
        if language is None:
            label = danish if danish == english else f"{danish} — {english}"
        else:
            label = catalogues.localized((danish, english), language)
        rows.append((key, label))
    return rows


def item_lines(which: str | None, journal: Journal | None) -> list[str]:
    """The lines of ``items [which]``; without ``journal``, the built-in items in both languages."""
    language = journal.settings().language if journal is not None else None
    built_in = {
        CatalogueKind.DEMAND: catalogues.DEMANDS,
        CatalogueKind.RESOURCE: catalogues.RESOURCES,
        CatalogueKind.SIGNAL: catalogues.SIGNALS,
    }
    headings = _headings()
    lines: list[str] = []
    for kind, name in ITEM_LISTS.items():
        if which not in (None, name):
            continue
        items = journal.catalogue(kind) if journal is not None else list(built_in[kind])
        own = frozenset(i.key for i in items if i.custom)
        lines += [*([""] if lines else []), headings[name]]
        lines += _lines(_item_rows(items, language), own)
    if which in (None, SITUATIONS):
        lines += [*([""] if lines else []), headings[SITUATIONS]]
        lines += _lines(_situation_rows(language))
    if journal is None:
        lines += [
            "",
            say(
                "cli",
                "Your own signals are not listed: there is no journal in this folder yet, or "
                "no passphrase was given to open it.",
            ),
        ]
    return lines


def _open(args: argparse.Namespace, access: JournalAccess) -> Journal | None:
    """The journal, when it exists and can be opened; None: list the built-in items.

    Without a passphrase to hand (none given, none in the keyring, no terminal to ask
    in) the lists are still shown, in both languages: the journal's language and the
    user's own signals are what cannot be known then.
    """
    if not access.exists():
        return None
    if given_passphrase(args) is None and not interactive():
        journal = access.open_with_keyring()
        print_notices(access)
        if journal is not None:
            speak_the_journals_language(journal)
        return journal
    return unlock(args, access)


def cmd_items(args: argparse.Namespace) -> int:
    """List the keys and labels of the pick lists."""
    access = journal_access(args)
    journal = _open(args, access)
    if journal is None:
        for line in item_lines(args.list, None):
            out(line)
        return 0
    try:
        for line in item_lines(args.list, journal):
            out(line)
        return 0
    finally:
        journal.close()
