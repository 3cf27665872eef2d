"""The subcommands of ``wellbeing-desktop``: parse user input, call the services, print."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from wellbeing_desktop.domain import catalogues
from wellbeing_desktop.domain.durations import format_duration, parse_day, parse_duration
from wellbeing_desktop.domain.errors import ValidationError, WellbeingError
from wellbeing_desktop.domain.models import (
    ActivityKind,
    CatalogueItem,
    CatalogueKind,
    DayChanges,
    DayLog,
    ExportRecord,
    Language,
    ShareLevel,
    Who5CheckIn,
)
from wellbeing_desktop.files import write_private_file_atomic
from wellbeing_desktop.paths import JournalPaths
from wellbeing_desktop.services import interchange, quick_search, user_files
from wellbeing_desktop.services.access import JournalAccess
from wellbeing_desktop.services.commands import printed_command
from wellbeing_desktop.services.export_files import publish_and_record
from wellbeing_desktop.services.period_figures import PeriodFigures, period_figures
from wellbeing_desktop.services.unlock_throttle import FixedDelay

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence
    from datetime import date
    from types import ModuleType

    from wellbeing_desktop.services.journal import Journal
    from wellbeing_desktop.services.key_slots import BackupsRewrapped

PASSPHRASE_ENV = "WELLBEING_PASSPHRASE"
EXPORT_WARNING = "The exported file is not encrypted. Keep it somewhere safe."
_CLI_CATEGORIES = {
    "operations": "operations",
    "leadership": "people_leadership",
    "strategy": "strategy",
    "own": "own_tasks",
}
_SHARE_WORDS = {
    "private": ShareLevel.PRIVATE,
    "one-on-one": ShareLevel.ONE_ON_ONE,
    "1:1": ShareLevel.ONE_ON_ONE,
    "coach": ShareLevel.COACH,
}


def out(text: str = "") -> None:
    print(text)


# --- secrets ---------------------------------------------------------------------------


def _read_secret_file(path: str, option: str) -> str:
    """The secret in the file ``path`` that ``option`` ("--passphrase-file") names."""
    text = user_files.read_user_text(path, option, user_files.SECRET_FILE_LIMIT)
    # The first line is the secret; an editor's final newline is not part of it.
    return text.split("\n", 1)[0].removesuffix("\r")


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _prompt_new_passphrase(what: str = "passphrase") -> str:
    if not _interactive():
        raise WellbeingError(
            f"no new {what} given: use --passphrase-file, {PASSPHRASE_ENV}, or run in a terminal"
        )
    first = getpass.getpass(f"New {what}: ")
    if getpass.getpass(f"New {what} again: ") != first:
        raise WellbeingError("the two passphrases differ; nothing was changed")
    return first


def _given_passphrase(args: argparse.Namespace) -> str | None:
    if getattr(args, "passphrase_file", None):
        return _read_secret_file(args.passphrase_file, "--passphrase-file")
    return os.environ.get(PASSPHRASE_ENV) or None


def _current_passphrase(args: argparse.Namespace) -> str:
    given = _given_passphrase(args)
    if given is not None:
        return given
    if _interactive():
        return getpass.getpass("Passphrase: ")
    data_dir = JournalPaths.resolve(getattr(args, "data_dir", None)).root
    remember = printed_command(data_dir, "remember")
    raise WellbeingError(
        f"no passphrase given: use --passphrase-file or {PASSPHRASE_ENV}, run in a terminal, "
        f"or keep the key in the keyring with: {remember}"
    )


def _access(args: argparse.Namespace) -> JournalAccess:
    # A new process per command remembers no failures: one second after each wrong secret.
    # Ordinary commands never rewrite the key file (they may run in a read-only folder, and
    # stay quick); the GUI raises a weak slot, passwd and recover write today's settings.
    paths = JournalPaths.resolve(getattr(args, "data_dir", None))
    return JournalAccess(paths, throttle=FixedDelay(), raise_weak_slots=False)


def _unlock(args: argparse.Namespace, access: JournalAccess) -> Journal:
    """File, then environment, then the OS keyring, then a prompt (issue #2's order)."""
    try:
        given = _given_passphrase(args)
        if given is not None:
            journal = access.open_with_passphrase(given)
        else:
            journal = access.open_with_keyring() or access.open_with_passphrase(
                _current_passphrase(args)
            )
    finally:
        print_notices(access)
    for notice in journal.open_notices:
        print(f"wellbeing-desktop: {notice}", file=sys.stderr)
    return journal


def print_notices(access: JournalAccess) -> None:
    """What opening did besides opening (e.g. finished an interrupted restore), on stderr."""
    for notice in access.notices:
        print(notice, file=sys.stderr)
    access.notices.clear()


def _check_new_file(path: str | None, field: str) -> None:
    """Refuse a target file before anything is created, so nothing is half done."""
    if path is None:
        return
    target = Path(path)
    if target.exists():
        raise ValidationError(field, path, "a new file (it exists already)")
    if not target.parent.is_dir():
        raise ValidationError(field, path, "a file in an existing folder")


def _deliver_recovery_key(code: str, out_file: str | None) -> None:
    if out_file:
        try:
            write_private_file_atomic(Path(out_file), (code + "\n").encode(), overwrite=False)
        except OSError as exc:
            # The journal exists now: the key must reach the user one way or another.
            print(
                f"recovery-key-out: cannot write {out_file} ({exc.strerror or exc}); "
                "the key is shown here instead.",
                file=sys.stderr,
            )
        else:
            out(f"The recovery key was written to {out_file}. Print it or store it safely.")
            return
    out("Your recovery key (shown only this once; print it or store it safely):")
    out()
    out(f"    {code}")
    out()
    out("With it you can open the journal and set a new passphrase if you forget yours.")


# --- commands --------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    access = _access(args)
    if access.exists():
        raise WellbeingError(f"a journal already exists in {access.paths.root}; nothing changed")
    _check_new_file(args.recovery_key_out, "recovery-key-out")
    passphrase = _given_passphrase(args)
    if passphrase is None:
        passphrase = _prompt_new_passphrase()
    journal, code = access.create(passphrase)
    journal.close()
    out(f"Created an encrypted journal in {access.paths.root}.")
    _deliver_recovery_key(code, args.recovery_key_out)
    return 0


def _whole_number(text: str | None, field: str, low: int, high: int) -> int | None:
    if text is None:
        return None
    try:
        value = int(text.strip())
    except ValueError:
        raise ValidationError(field, text, f"a whole number from {low} to {high}") from None
    if not low <= value <= high:
        raise ValidationError(field, text, f"a whole number from {low} to {high}")
    return value


def _pick_items(
    journal: Journal, kind: CatalogueKind, names: Sequence[str] | None, field: str
) -> tuple[str, ...] | None:
    if names is None:
        return None
    items = journal.catalogue(kind)
    picked = []
    for name in names:
        item = _find_item(items, name)
        if item is None:
            raise ValidationError(field, name, f"an item of the {field} list: a key or a label")
        picked.append(item.key)
    return tuple(dict.fromkeys(picked))


def _find_item(items: Sequence[CatalogueItem], name: str) -> CatalogueItem | None:
    wanted = name.strip().casefold()
    for item in items:
        if wanted in (item.key.casefold(), item.label_da.casefold(), item.label_en.casefold()):
            return item
    return None


def cmd_log(args: argparse.Namespace) -> int:
    note = args.note
    if args.note_file is not None:  # read before the journal is opened and locked
        note = user_files.read_user_text(args.note_file, "--note-file", user_files.NOTE_FILE_LIMIT)
    access = _access(args)
    journal = _unlock(args, access)
    try:
        day = parse_day(args.date, today=journal.today())
        minutes = {
            key: parse_duration(text, flag)
            for flag, key in _CLI_CATEGORIES.items()
            if (text := getattr(args, flag)) is not None
        }
        hours = parse_duration(args.hours, "hours") if args.hours is not None else None
        share = None
        if args.share is not None:
            share = _SHARE_WORDS.get(args.share.strip().lower())
            if share is None:
                raise ValidationError("share", args.share, "private, one-on-one or coach")
        new_signals: list[CatalogueItem] = []
        signals = None
        if args.signal is not None:
            known = journal.catalogue(CatalogueKind.SIGNAL)
            keys = []
            for name in args.signal:
                item = _find_item(known, name)
                if item is None:
                    if not name.strip() or len(name) > 200:
                        raise ValidationError("signal", name, "a name of 1 to 200 characters")
                    item = catalogues.own_signal(name)
                    new_signals.append(item)
                keys.append(item.key)
            signals = tuple(dict.fromkeys(keys))
        changes = DayChanges(
            minutes=minutes,
            hours_worked_minutes=hours,
            stress_step=_whole_number(args.stress, "stress", 1, 5),
            signals=signals,
            demands=_whole_number(args.demands, "demands", 0, 10),
            resources=_whole_number(args.resources, "resources", 0, 10),
            demand_items=_pick_items(journal, CatalogueKind.DEMAND, args.demand, "demand"),
            resource_items=_pick_items(journal, CatalogueKind.RESOURCE, args.resource, "resource"),
            energy=_whole_number(args.energy, "energy", 1, 5),
            reflection=note,
            tags=tuple(t.strip() for t in args.tag) if args.tag is not None else None,
            share=share,
        )
        saved = journal.update_day(day, changes, new_own_signals=new_signals)
        out(f"Saved {saved.day.isoformat()}.")
        return 0
    finally:
        journal.close()


def _period(args: argparse.Namespace, journal: Journal) -> tuple[date | None, date | None]:
    start = parse_day(args.start, today=journal.today(), field="from") if args.start else None
    end = parse_day(args.end, today=journal.today(), field="to") if args.end else None
    if start and end and start > end:
        raise ValidationError("from", args.start, "a day on or before --to")
    return start, end


def _share_text(share: float | None) -> str:
    return "  –" if share is None else f"{100 * share:3.0f}%"


def _day_line(log: DayLog, kinds: dict[str, ActivityKind]) -> str:
    by_kind = dict.fromkeys(ActivityKind, 0)
    for key, minutes in log.minutes.items():
        if key in kinds:
            by_kind[kinds[key]] += minutes
    logged = sum(by_kind.values())
    share = by_kind[ActivityKind.LEADERSHIP] / logged if logged else None
    time_part = "  ".join(
        f"{label} {format_duration(by_kind[kind], Language.ENGLISH):>8}"
        for label, kind in (
            ("ops", ActivityKind.OPERATIONS),
            ("lead", ActivityKind.LEADERSHIP),
            ("own", ActivityKind.OWN_WORK),
        )
    )
    step = f"step {log.stress_step}" if log.stress_step else "step –"
    balance = f"d/r {_opt(log.demands)}/{_opt(log.resources)}"
    words = " ".join(log.reflection.split())
    first_words = words if len(words) <= 50 else words[:49] + "…"
    parts = (log.day.isoformat(), time_part, _share_text(share), step, balance, first_words)
    return "  ".join(parts)


def _opt(value: int | None) -> str:
    return "–" if value is None else str(value)


def cmd_show(args: argparse.Namespace) -> int:
    journal = _unlock(args, _access(args))
    try:
        start, end = _period(args, journal)
        kinds = {c.key: c.kind for c in journal.categories()}
        days = journal.days(start, end)
        for log in days:
            out(_day_line(log, kinds))
        if not days:
            out("No days logged in this period.")
        return 0
    finally:
        journal.close()


def cmd_search(args: argparse.Namespace) -> int:
    journal = _unlock(args, _access(args))
    try:
        for line in quick_search.text_lines(journal.search(args.query)):
            out(line)
        return 0
    finally:
        journal.close()


def _stats_lines(figures: PeriodFigures) -> list[str]:
    summary = figures.summary
    if summary.days_logged == 0:
        return ["No days logged in this period."]
    target, norm = figures.target_percent, figures.weekly_norm
    lines = [
        f"Period:            {summary.start.isoformat()} – {summary.end.isoformat()}"
        f" ({summary.days_logged} days logged)",
        f"Leadership share:  {_share_text(summary.leadership_share).strip()} (target {target}%)",
        f"Hours per week:    {figures.hours_per_week:.1f} h (norm {norm:g} h)",
    ]
    if summary.stress_mean is not None:
        lines.append(f"Stress step:       mean {summary.stress_mean:.1f}, max {summary.stress_max}")
    if summary.demands_mean is not None and summary.resources_mean is not None:
        lines.append(
            f"Demands/resources: {summary.demands_mean:.1f} / {summary.resources_mean:.1f}"
        )
    latest = figures.latest_who5
    who5 = "none yet" if latest is None else f"{latest.score} on {latest.taken_on.isoformat()}"
    lines.append(f"Latest WHO-5:      {who5}")
    return lines


def cmd_stats(args: argparse.Namespace) -> int:
    journal = _unlock(args, _access(args))
    try:
        start, end = _period(args, journal)
        # The same figures the 1:1 preparation and the coach summary print.
        for line in _stats_lines(period_figures(journal, start, end)):
            out(line)
        return 0
    finally:
        journal.close()


def cmd_who5(args: argparse.Namespace) -> int:
    journal = _unlock(args, _access(args))
    try:
        day = parse_day(args.date, today=journal.today())
        answers = tuple(
            _whole_number(a, f"answer {i}", 0, 5) or 0 for i, a in enumerate(args.answers, 1)
        )
        checkin = journal.record_who5(Who5CheckIn(day, answers))  # type: ignore[arg-type]
        out(f"WHO-5 on {day.isoformat()}: {checkin.score} of 100.")
        out(catalogues.who5_meaning(checkin.score, Language.ENGLISH))
        return 0
    finally:
        journal.close()


def cmd_export(args: argparse.Namespace) -> int:
    target = Path(args.out)
    _check_new_file(args.out, "out")
    journal = _unlock(args, _access(args))
    try:
        start, end = _period(args, journal)
        if args.format == "json":
            content = journal.content(start, end)
            days = list(content.days)
            text = interchange.content_to_json(content)
        else:
            days = journal.days(start, end)
            text = interchange.days_to_csv(days, journal.categories())
        # The consent log: what left (all reflections of the period), never the text;
        # the file and its entry are written as one unit (services/export_files.py).
        record = ExportRecord(
            made_at=journal.now(),
            kind=args.format,
            format=args.format,
            period_start=start,
            period_end=end,
            reflection_days=tuple(d.day for d in days if d.reflection.strip()),
        )
        try:
            publish_and_record(
                journal, target, record, lambda temp: temp.write_bytes(text.encode("utf-8"))
            )
        except FileExistsError:
            raise ValidationError("out", args.out, "a new file (it exists already)") from None
        except OSError as exc:
            raise WellbeingError(f"out: cannot write {target} ({exc.strerror or exc})") from None
        except WellbeingError as exc:  # the consent entry failed: the file is gone too
            raise WellbeingError(f"out: {target} was not written: {exc}") from None
    finally:
        journal.close()
    out(f"Exported to {target}.")
    print(EXPORT_WARNING, file=sys.stderr)
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    text = user_files.read_user_text(args.file, "import", user_files.IMPORT_FILE_LIMIT)
    content = interchange.content_from_json(text)
    journal = _unlock(args, _access(args))
    try:
        journal.import_content(content)
    finally:
        journal.close()
    out(
        f"Imported {len(content.days)} days, {len(content.sparring_topics)} sparring topics, "
        f"{len(content.one_on_ones)} 1:1s and {len(content.who5)} WHO-5 check-ins."
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    days = _whole_number(args.days, "days", 1, 36500) or 1
    seed = _whole_number(args.seed, "seed", 0, 2**31 - 1) or 0
    access = _access(args)
    if access.exists():
        journal = _unlock(args, access)
        if journal.days():
            journal.close()
            raise WellbeingError("demo: the journal already has days; use a new --data-dir")
    else:
        _check_new_file(args.recovery_key_out, "recovery-key-out")
        passphrase = _given_passphrase(args)
        if passphrase is None:
            passphrase = _prompt_new_passphrase()
        journal, code = access.create(passphrase)
        _deliver_recovery_key(code, args.recovery_key_out)
    from wellbeing_desktop.services.demo import generate_demo

    try:
        content = generate_demo(days=days, seed=seed, end=journal.today())
        journal.import_content(content)
    finally:
        journal.close()
    out(f"Filled the journal with {len(content.days)} demo days.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    access = _access(args)
    if args.recovery_key_out and not args.rotate_key:
        raise WellbeingError("recovery-key-out: only with --rotate-key; nothing was changed")
    _check_new_file(args.recovery_key_out, "recovery-key-out")
    old = _current_passphrase(args)
    if args.new_passphrase_file:
        new = _read_secret_file(args.new_passphrase_file, "--new-passphrase-file")
    else:
        new = _prompt_new_passphrase()
    if args.rotate_key:
        return _rotate_key(access, old, new, args.recovery_key_out)
    rewrapped = access.change_passphrase(old, new)
    out("The passphrase was changed.")
    _report_backups(rewrapped)
    return 0


def _rotate_key(access: JournalAccess, old: str, new: str, recovery_key_out: str | None) -> int:
    result = access.rotate_data_key(
        old, new, lambda code: _deliver_recovery_key(code, recovery_key_out)
    )
    if result.old_key_in_keyring:
        out(
            "The journal is now encrypted with a new key, opened by the new passphrase and the "
            "new recovery key; the old ones and old key files open nothing here."
        )
        out(
            "The old key is still in this computer's keyring (it is locked); run "
            f"`wellbeing-desktop forget --data-dir {access.paths.root}` when it is unlocked."
        )
    else:
        out(
            "The journal is now encrypted with a new key, opened by the new passphrase and the "
            "new recovery key; the old ones, old key files and remembered keys open nothing here."
        )
    if result.backups:
        out(f"The backups in the backups folder were re-encrypted too ({result.backups}).")
    if result.left_alone:
        names = ", ".join(p.name for p in result.left_alone)
        out(f"Could not be re-encrypted; left as they are: {names}")
    return 0


def _report_backups(rewrapped: BackupsRewrapped) -> None:
    """What the passphrase change did in the backups folder (names of those left alone)."""
    if rewrapped.changed:
        out(f"The backups in the backups folder take it too ({rewrapped.changed}).")
    if rewrapped.other_key:
        names = ", ".join(p.name for p in rewrapped.other_key)
        out(f"Could not be opened with this journal's key; left as they are: {names}")
    if rewrapped.failed:
        names = ", ".join(p.name for p in rewrapped.failed)
        out(f"Could not be changed and still open with the old passphrase: {names}")


def cmd_recover(args: argparse.Namespace) -> int:
    access = _access(args)
    code = _read_secret_file(args.recovery_key_file, "--recovery-key-file")
    if args.new_passphrase_file:
        new = _read_secret_file(args.new_passphrase_file, "--new-passphrase-file")
    else:
        new = _prompt_new_passphrase()
    rewrapped = access.reset_passphrase(code, new)
    out("A new passphrase is set. The recovery key still works; keep it safe.")
    _report_backups(rewrapped)
    return 0


def cmd_remember(args: argparse.Namespace) -> int:
    access = _access(args)
    reason = access.keyring_unavailable_reason()
    if reason is not None:
        raise WellbeingError(reason)
    journal = access.open_with_passphrase(_current_passphrase(args))
    try:
        access.remember(journal)
    finally:
        journal.close()
    out("This computer's keyring now unlocks the journal. 'forget' undoes it.")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    access = _access(args)
    if access.forget():
        out("The key was removed from this computer's keyring.")
    else:
        out("The keyring held no key for this journal.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    journal = _unlock(args, _access(args))
    try:
        problems = journal.check()
    finally:
        journal.close()
    if problems:
        raise WellbeingError(
            f"check: {len(problems)} problem(s) found (first: {problems[0]}); "
            f"restore the newest backup from {journal.paths.backups}"
        )
    out("The journal file is intact.")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from wellbeing_desktop.cli_report import cmd_report as report  # Qt only for reports

    return report(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "log": cmd_log,
    "show": cmd_show,
    "search": cmd_search,
    "stats": cmd_stats,
    "who5": cmd_who5,
    "export": cmd_export,
    "report": cmd_report,
    "import": cmd_import,
    "demo": cmd_demo,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "remember": cmd_remember,
    "forget": cmd_forget,
    "check": cmd_check,
    "backup": lambda args: _cli_backup().cmd_backup(args),
    "restore": lambda args: _cli_backup().cmd_restore(args),
}


def _cli_backup() -> ModuleType:
    import wellbeing_desktop.cli_backup as cli_backup  # it imports this module: on use

    return cli_backup


def run_command(args: argparse.Namespace) -> int:
    return COMMANDS[args.command](args)
