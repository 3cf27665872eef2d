"""``pulse``: the leader group's pulse (issue #18) on the command line.

- ``pulse round``: the facilitator starts a round (its key stays in this journal) and
  writes the round file to send to the leaders.
- ``pulse share``: a leader sees exactly what the pulse holds, then writes the encrypted
  pulse file (asked first in a terminal; ``--yes`` for scripts), recorded in the consent log.
- ``pulse combine``: the facilitator combines the round's pulse files into the group
  picture, written as PDF, Markdown, HTML or JSON and recorded in the consent log.
- ``pulse rounds``: the rounds this journal started.

Every rule is in ``services.pulse``; a refusal is one line in the journal's language.
Files are read after the journal is open, so their refusals speak its language.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.cli.output import (
    ask_yes,
    check_new_file,
    check_out_name,
    export_warning,
    out,
    publishing,
)
from wellbeing_desktop.cli.speech import count, say
from wellbeing_desktop.cli.unlock import backup_after_write, interactive, journal_access, unlock
from wellbeing_desktop.domain.durations import parse_day
from wellbeing_desktop.domain.errors import WellbeingError
from wellbeing_desktop.services import pulse as pulse_service

if TYPE_CHECKING:
    import argparse

    from wellbeing_desktop.domain.pulse import PulseRound


def cmd_pulse(args: argparse.Namespace) -> int:
    """Run ``pulse round|share|combine|rounds``."""
    action = {
        "round": _round,
        "share": _share,
        "combine": _combine,
        "rounds": _rounds,
    }[args.pulse_command]
    return action(args)


def _span(pulse_round: PulseRound) -> str:
    return say("cli", "{start} – {end}").format(
        start=pulse_round.start.isoformat(), end=pulse_round.end.isoformat()
    )


def _round(args: argparse.Namespace) -> int:
    """Start a round and write its file."""
    check_out_name(args.out, "json")
    check_new_file(args.out, "out")
    journal = unlock(args, journal_access(args))
    try:
        today = journal.today()
        start = parse_day(args.start, today=today, field="from")
        end = parse_day(args.end, today=today, field="to")
        target = Path(args.out)
        # The rule (a whole number, never below 5) is the service's: it names min-group.
        given = {} if args.min_group is None else {"min_group": _whole(args.min_group)}
        # Refused before the file is tried, so the line names the rule, not the file.
        pulse_service.check_new_round(journal, name=args.name, start=start, end=end, **given)
        # The round is kept only if its file is written (else it is forgotten again).
        with publishing(target, args.out):
            pulse_round = pulse_service.start_round(
                journal,
                name=args.name,
                start=start,
                end=end,
                target=target,
                **given,
            )
        backup_after_write(journal)
    finally:
        journal.close()
    out(
        say("cli", "Wrote the round '{name}' ({period}, at least {n} leaders) to {file}.").format(
            name=pulse_round.name,
            period=_span(pulse_round),
            n=pulse_round.min_group,
            file=target,
        )
    )
    out(
        say(
            "cli",
            "Round code: {code}. Read it out to the leaders; they see it when they open the file.",
        ).format(code=pulse_round.fingerprint)
    )
    out(
        say(
            "cli",
            "Send the file to the leaders; each sends back a pulse file for you to combine.",
        )
    )
    return 0


def _whole(text: str) -> int | str:
    """``--min-group`` as a whole number, or as typed (the service refuses that, by name)."""
    try:
        return int(text.strip())
    except ValueError:
        return text


def _share(args: argparse.Namespace) -> int:
    """Show what the pulse holds; write it when the leader says yes (or gave --yes)."""
    check_out_name(args.out, "json")
    check_new_file(args.out, "out")
    journal = unlock(args, journal_access(args))
    try:
        pulse_round = pulse_service.read_round_file(Path(args.round))
        pulse = pulse_service.preview_pulse(
            journal, pulse_round, include_who5=bool(args.include_who5)
        )
        from wellbeing_desktop.services import pulse_words

        chosen = journal.settings().language
        facts = pulse_words.pulse_facts(
            pulse,
            pulse_round,
            chosen,
            pulse_words.item_labels(chosen),
            who5_asked=bool(args.include_who5),
        )
        out(say("cli", "The pulse file holds exactly this:"))
        width = max((len(label) for label, _value in facts), default=0)
        for label, value in facts:
            out(f"  {label + ':':<{width + 1}}  {value}")
        out(pulse_words.pulse_not_included(chosen))
        out(say("cli", "The file is encrypted: only the round's key opens it."))
        out(say("cli", "Check that the round code is the one your facilitator gave you."))
        out()
        if not args.yes:
            if not interactive():
                raise WellbeingError(
                    say("cli", "share: nothing was written; add --yes to write the pulse file")
                )
            if not ask_yes(say("cli", "Write this pulse file? [y/N]")):
                out(say("cli", "Nothing was written."))
                return 0
        target = Path(args.out)
        with publishing(target, args.out):
            pulse_service.share_pulse(journal, pulse_round, pulse, target)
        backup_after_write(journal)
    finally:
        journal.close()
    out(
        say(
            "cli",
            "Wrote your pulse to {file}. Send it to the round's facilitator.",
        ).format(file=target)
    )
    return 0


def _combine(args: argparse.Namespace) -> int:
    """Combine a round's pulse files and write the group picture."""
    check_out_name(args.out, args.format)
    check_new_file(args.out, "out")
    target = Path(args.out)
    journal = unlock(args, journal_access(args))
    try:
        pulse_round = pulse_service.read_round_file(Path(args.round))
        combined = pulse_service.combine_counted(
            journal, pulse_round.round_id, [Path(name) for name in args.pulses]
        )
        picture = combined.picture
        from wellbeing_desktop.services import pulse_report
        from wellbeing_desktop.services.export_files import publish_and_record

        made_at = journal.now()
        report = pulse_report.group_report(picture, journal.settings().language, made_at)
        record = pulse_report.group_record(report, args.format)
        if args.format == "json":
            text = pulse_report.group_json(picture, made_at)

            def render(temp: Path) -> None:
                temp.write_text(text, encoding="utf-8")

        else:
            from wellbeing_desktop.reports import render_report_file  # Qt loads only here

            def render(temp: Path) -> None:
                render_report_file(report, args.format, temp)

        # The file and its consent entry: both or neither (services/export_files.py).
        with publishing(target, args.out):
            publish_and_record(journal, target, record, render)
    finally:
        journal.close()
    # Files named twice (another path, a link) count once; a copy of a file is no resend.
    files = combined.files
    replaced = combined.sent_again
    out(
        say("cli", "Wrote the group picture of '{name}' ({period}) to {file}.").format(
            name=pulse_round.name, period=_span(pulse_round), file=target
        )
    )
    summary = say("cli", "It combines {leaders} from {files}.").format(
        leaders=count(picture.leaders, say("cli", "{n} leader"), say("cli", "{n} leaders")),
        files=count(files, say("cli", "{n} pulse file"), say("cli", "{n} pulse files")),
    )
    if replaced:
        summary += " " + count(
            replaced,
            say("cli", "{n} pulse sent again replaced an earlier one."),
            say("cli", "{n} pulses sent again replaced earlier ones."),
        )
    out(summary)
    print(export_warning(), file=sys.stderr)
    return 0


def _rounds(args: argparse.Namespace) -> int:
    """List the rounds this journal started."""
    journal = unlock(args, journal_access(args))
    try:
        started = pulse_service.rounds(journal)
    finally:
        journal.close()
    if not started:
        out(say("cli", "This journal has started no round yet (see: pulse round --help)."))
        return 0
    for pulse_round in started:
        out(
            say("cli", "'{name}': {period}, at least {n} leaders, round code {code}").format(
                name=pulse_round.name,
                period=_span(pulse_round),
                n=pulse_round.min_group,
                code=pulse_round.fingerprint,
            )
        )
    return 0
