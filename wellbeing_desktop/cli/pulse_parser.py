"""The parser of ``pulse``: a leader group's round, a leader's pulse and the group picture."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from wellbeing_desktop import __version__

if TYPE_CHECKING:
    from collections.abc import Callable

    Command = Callable[[str, str], argparse.ArgumentParser]

# For the help text only (the rule itself is the domain's, checked by the service):
# not imported from domain.pulse, so that building the parser loads no domain code.
PULSE_MIN_GROUP = 5

PULSE_HELP = """\
The leader group's pulse, in three steps:
  1. the facilitator starts a round and sends its file to the leaders:
       pulse round --name NAME --from D --to D --out ROUND
  2. each leader looks at what would be shared and writes a pulse file to send back:
       pulse share ROUND --out PULSE
  3. the facilitator combines the pulse files into the group picture:
       pulse combine ROUND PULSE... --format pdf --out REPORT
A pulse holds numbers only (no names, no text, no single days), encrypted so that only
the round's key opens it. The group picture shows no single leader, and a round is never
combined with fewer than its minimum group (5 at the least)."""


def add_pulse(command: Command, common: argparse.ArgumentParser) -> None:
    """``pulse round|share|combine|rounds`` with their options."""
    p = command("pulse", "the leader group's pulse: a round, your pulse, the group picture")
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = PULSE_HELP
    actions = p.add_subparsers(dest="pulse_command", metavar="ACTION", required=True)

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a = actions.add_parser(name, help=help_text, description=help_text, parents=[common])
        a.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
        return a

    a = action("round", "start a round (facilitator): write the round file to send to the leaders")
    a.add_argument(
        "--name", required=True, help='the round\'s name, e.g. "Ledergruppen, efterår 2026"'
    )
    a.add_argument("--from", dest="start", required=True, metavar="D", help="first day")
    a.add_argument("--to", dest="end", required=True, metavar="D", help="last day")
    a.add_argument(
        "--min-group",
        metavar="N",
        help=f"combine only with at least N leaders (default and lowest: {PULSE_MIN_GROUP})",
    )
    a.add_argument("--out", required=True, metavar="ROUND", help="the round file (a new file)")

    a = action(
        "share",
        "show what your pulse for a round holds, then write it as an encrypted pulse file",
    )
    a.add_argument("round", metavar="ROUND", help="the round file you were sent")
    a.add_argument("--out", required=True, metavar="PULSE", help="the pulse file (a new file)")
    a.add_argument(
        "--include-who5",
        action="store_true",
        help="also share the band of your latest WHO-5 score in the period (off by default)",
    )
    a.add_argument(
        "--yes", action="store_true", help="write without asking (for scripts; else it asks)"
    )

    a = action("combine", "combine a round's pulse files into the group picture (facilitator)")
    a.add_argument("round", metavar="ROUND", help="the round file")
    a.add_argument("pulses", nargs="+", metavar="PULSE", help="the leaders' pulse files")
    a.add_argument("--format", required=True, choices=("pdf", "md", "html", "json"))
    a.add_argument("--out", required=True, metavar="REPORT", help="a new file to write")

    action("rounds", "list the rounds this journal started (it holds their keys)")
