"""The ``wellbeing-desktop`` command line (entry point ``wellbeing_desktop.cli:main``).

``entry`` starts the GUI or runs a command; ``parser`` builds the parser; each group of
commands has its own module (``journal_commands``, ``reading_commands``,
``export_commands``, ``import_commands``, ``key_commands``, ``backup_commands``,
``maintenance_commands``, ``calendar_commands``, ``pulse_commands``), which share
``unlock`` (secrets and opening the journal), ``output`` (what is printed, checked and
written) and ``calendar_output`` (the calendar's proposal, read and printed).
``quick_read`` answers ``show`` and ``search`` with the key from the keyring without
loading the rest of the app (``show_output`` and ``search_output`` print for both paths;
``quick_args`` reads their plain command lines without building the parser, and
``arguments`` holds the option checks both paths share).
Only ``entry`` names the command modules, and only when a command runs: no module of this
package imports ``entry`` or another command group.
"""

from wellbeing_desktop.cli.entry import main

__all__ = ["main"]
