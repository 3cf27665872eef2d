"""The command line speaks the journal's language (Danish or English), the GUI's words.

What a user reads: the real CLI (``main``) on a Danish and an English journal, line by
line (log, show, stats, search, who5, export, report, errors); ``init`` makes the journal
in ``--language`` or the system's language, and before a journal is open the CLI speaks
the system's. The catalogue test walks ``cli/``: every text a command prints or raises is
inside ``say("cli", ...)`` and has Danish words with the same placeholders.
"""

from __future__ import annotations

import ast
import functools
import json
import re
import string
from pathlib import Path
from typing import TYPE_CHECKING

from tests.cli.cli_support import (
    SEEDED_DAY,
    assert_ok,
    assert_user_error,
    describe,
    run_cli,
    set_language,
)
from wellbeing_desktop import words
from wellbeing_desktop.cli import unlock
from wellbeing_desktop.domain.language import Language
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.services.access import JournalAccess

if TYPE_CHECKING:
    import pytest

    from tests.cli.cli_support import Journal

CLI = Path(__file__).resolve().parents[2] / "wellbeing_desktop" / "cli"
DANISH_SYSTEM = {"LANG": "da_DK.UTF-8"}
ENGLISH_SYSTEM = {"LANG": "en_US.UTF-8"}


def _set_language(journal: Journal, language: Language) -> Journal:
    """The journal's language setting, as the GUI's Settings saves it."""
    return set_language(journal, language.value)


# --- the catalogue ----------------------------------------------------------------------


def _calls(name: str) -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(CLI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == name:
                found.append((path.name, node))
    return found


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_cli_text_has_danish_words_with_the_same_placeholders() -> None:
    said = _calls("say")
    assert len(said) > 100
    for module, call in said:
        where = f"{module}:{call.lineno}"
        # Literal arguments only: pyside6-lupdate finds nothing else.
        assert len(call.args) == 2, where
        assert all(isinstance(a, ast.Constant) for a in call.args), where
        context, source = (a.value for a in call.args)  # type: ignore[attr-defined]
        assert context == "cli", where
        danish = words.danish(context, source)
        assert danish, f"{where}: no Danish for {source!r} (pending/*.json, then the script)"
        assert _placeholders(danish) == _placeholders(source), where


def _has_words(node: ast.expr) -> bool:
    """A literal text (or an f-string with literal words): English that skipped ``say``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if words.danish("errors", node.value):  # a lower layer's message id: worded as such
            return False
        return bool(re.search(r"[A-Za-z]{2}", node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_has_words(part) for part in node.values if isinstance(part, ast.Constant))
    return False


def test_no_command_prints_or_raises_english_words_of_its_own() -> None:
    for name in ("out", "print", "WellbeingError", "ValidationError"):
        for module, call in _calls(name):
            texts = call.args[2:] if name == "ValidationError" else call.args
            for argument in texts:
                assert not _has_words(argument), f"{module}:{call.lineno}: wrap it in say()"


def _field_names() -> dict[str, str]:
    """Every literal field name the CLI and the lower layers refuse a value under.

    The first argument of ``ValidationError`` and the ``field`` argument of every function
    that has one (``whole_number(value, "limit", ...)``, ``parse_day(..., field="to")``),
    with where it is used.
    """
    package = CLI.parent
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(package.rglob("*.py"))
        if "ui" not in path.relative_to(package).parts
    }
    positions: dict[str, int | None] = {"ValidationError": 0}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                plain = [a.arg for a in node.args.posonlyargs + node.args.args]
                plain = [a for a in plain if a not in ("self", "cls")]
                if "field" in plain:
                    positions.setdefault(node.name, plain.index("field"))
                elif "field" in [a.arg for a in node.args.kwonlyargs]:
                    positions.setdefault(node.name, None)
    found: dict[str, str] = {}
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in positions:
                continue
            given = [k.value for k in node.keywords if k.arg == "field"]
            position = positions[name]
            if position is not None and len(node.args) > position:
                given.append(node.args[position])
            for argument in given:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.setdefault(argument.value, f"{path.name}:{node.lineno}")
    return found


def test_every_field_name_has_danish_words() -> None:
    # A refusal names its field; in a Danish journal the name is Danish too ("til", not "to").
    fields = _field_names()
    assert {"to", "out", "new-signal", "demand", "resource", "limit"} <= set(fields)
    missing = {f"{name} ({where})" for name, where in fields.items()
               if not words.danish("errors", name)}  # fmt: skip
    assert not missing, "no Danish for these field names (FIELDS, pending/*.json)"


def test_the_json_catalogue_holds_the_cli_and_error_contexts_only() -> None:
    document = json.loads(words.CATALOGUE_FILE.read_text(encoding="utf-8"))
    assert set(document) == set(words.CLI_CONTEXTS)
    assert document["cli"]["{n} day logged"] == "{n} dag registreret"
    assert document["cli"]["{n} days logged"] == "{n} dage registreret"


# --- init: the journal's language ---------------------------------------------------------


def test_init_follows_the_system_language_and_language_chooses(
    tmp_path: Path, passphrase_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The key file's cheap test settings: what is tested here is the language, and the
    # full-cost derivation takes seconds (test_init_and_missing.py runs the real one).
    cheap = functools.partial(JournalAccess, kdf=keyfile.TEST_KDF)
    monkeypatch.setattr(unlock, "JournalAccess", cheap)
    danish = run_cli(
        "init",
        "--recovery-key-out",
        tmp_path / "da.key",
        data_dir=tmp_path / "da",
        passphrase_file=passphrase_file,
        env=DANISH_SYSTEM,
    )
    assert_ok(danish)
    assert danish.stdout.splitlines()[:2] == [
        f"En krypteret dagbog er oprettet i {tmp_path / 'da'}.",
        "Dens sprog er dansk (det ændres under Indstillinger i appen).",
    ]
    assert "Gendannelsesnøglen er skrevet til" in danish.stdout

    english = run_cli(
        "init",
        "--language",
        "en",
        "--recovery-key-out",
        tmp_path / "en.key",
        data_dir=tmp_path / "en",
        passphrase_file=passphrase_file,
        env=DANISH_SYSTEM,
    )
    assert_ok(english)
    assert english.stdout.splitlines()[1] == (
        "Its language is English (Settings in the app change it)."
    )
    # The journal keeps it: the next command speaks it, whatever the system's language.
    assert run_cli(
        "show", data_dir=tmp_path / "en", passphrase_file=passphrase_file, env=DANISH_SYSTEM
    ).stdout == ("No days logged in this period.\n")
    # Before a journal is open, the system's language: Danish here.
    again = run_cli(
        "init", data_dir=tmp_path / "en", passphrase_file=passphrase_file, env=DANISH_SYSTEM
    )
    assert_user_error(again, "der findes allerede en dagbog i", "intet blev ændret")


def test_an_unknown_language_is_refused_by_the_parser(journal: Journal) -> None:
    result = run_cli("init", "--language", "de", data_dir=journal.data_dir)
    assert result.returncode == 2
    assert "invalid choice: 'de'" in result.stderr, describe(result)


# --- a Danish journal and an English one --------------------------------------------------


def test_refusals_in_a_danish_journal_are_danish_field_names_too(seeded: Journal) -> None:
    journal = _set_language(seeded, Language.DANISH)  # on an English system
    nothing = journal.run("log", "--date", "2025-06-03")
    assert_user_error(nothing, "log: intet at registrere; angiv mindst én af --operations")
    limit = journal.run("search", "budget", "--limit", "0")
    assert_user_error(limit, "grænse (--limit): '0' er ikke tilladt")
    to = journal.run("stats", "--to", "2025-13-01")
    assert_user_error(to, "til: '2025-13-01' er ikke tilladt")
    new_signal = journal.run("log", "--date", "2025-06-03", "--new-signal", " ")
    assert_user_error(new_signal, "nyt signal: ")
    demand = journal.run("log", "--date", "2025-06-03", "--demand", "deadlinesxyz")
    assert_user_error(demand, "krav: »deadlinesxyz« står ikke på listen")


def test_an_error_is_worded_when_it_is_printed() -> None:
    from wellbeing_desktop.cli import speech
    from wellbeing_desktop.domain.errors import ValidationError, WellbeingError

    try:
        speech.use(Language.DANISH)
        nothing = (
            "log: nothing to log; give at least one of {options} or --from-calendar "
            "(see: wellbeing-desktop log --help)"
        )
        plain = WellbeingError(speech.say("cli", nothing), options="--hours")
        refused = ValidationError("share", "x", speech.say("cli", "private, one-on-one or coach"))
        assert speech.error_line(plain).startswith("log: intet at registrere; angiv mindst én af")
        speech.use(Language.ENGLISH)
        assert speech.error_line(plain) == nothing.format(options="--hours")
        assert speech.error_line(refused) == (
            "share: 'x' is not allowed; private, one-on-one or coach"
        )
    finally:
        speech.use_system_language()


def test_a_danish_journal_speaks_danish(seeded: Journal, tmp_path: Path) -> None:
    journal = _set_language(seeded, Language.DANISH)
    # The system is English: the journal's language wins once it is open.
    saved = assert_ok(
        journal.run("log", "--date", "2025-06-03", "--operations", "1h30", "--leadership", "6h")
    )
    assert saved.stdout == "Gemt 2025-06-03.\n"

    shown = assert_ok(journal.run("show")).stdout.splitlines()
    assert shown[0].startswith(f"{SEEDED_DAY}  drift ")
    assert "ledelse" in shown[0]
    assert "egne" in shown[0]
    assert "trin 2" in shown[0]
    assert "k/r 5/6" in shown[0]
    assert re.search(r"\b\d+ %", shown[0]), shown[0]
    assert "trin –" in shown[1]

    stats = assert_ok(journal.run("stats", "--from", SEEDED_DAY, "--to", "2025-06-03"))
    lines = stats.stdout.splitlines()
    assert lines[0] == f"Periode:         {SEEDED_DAY} – 2025-06-03 (2 dage registreret)"
    assert lines[1].startswith("Ledelsesandel:   ")
    assert lines[1].endswith("(mål 40 %)")
    assert re.fullmatch(r"Timer pr\. uge:   \d+,\d t \(norm 37 t\)", lines[2]), lines[2]
    assert re.fullmatch(r" {17}= \d+,\d t arbejdet ÷ 1 uge med registrerede dage", lines[3])
    assert lines[4] == " " * 17 + "(kun en del af en uge registreret: timerne indtil nu)"
    assert lines[5] == "Stresstrin:      gennemsnit 2,0, højst 2"
    assert lines[6] == "Krav/ressourcer: 5,0 / 6,0"
    assert lines[7] == f"Seneste WHO-5:   60 den {SEEDED_DAY}"
    recent = assert_ok(journal.run("stats")).stdout
    assert recent.startswith("Ingen dage registreret i perioden (de seneste 4 uger, ")
    assert recent.endswith(" Angiv --from og --to for en anden periode.\n")
    one_day = assert_ok(journal.run("stats", "--from", SEEDED_DAY, "--to", SEEDED_DAY))
    assert "(1 dag registreret)" in one_day.stdout

    assert assert_ok(journal.run("search", "calm")).stdout.split()[1] == "dag"
    assert assert_ok(journal.run("search", "zebra")).stdout == "Intet fundet.\n"
    assert_ok(journal.run("log", "--date", "2025-06-03", "--note", "Calm again."))
    cut = assert_ok(journal.run("search", "calm", "--limit", "1")).stdout.splitlines()
    assert cut[1:] == ["1 af 2 fund vist (de nyeste); brug --limit 2 for at se dem alle."]

    items = assert_ok(journal.run("items")).stdout.splitlines()
    assert "Krav (log --demand NØGLE eller navn)" in items
    assert "  d2   Tidspres og deadlines" in items
    assert any(line.startswith("Sparringssituationer") for line in items)
    unknown = journal.run("log", "--date", "2025-06-03", "--signal", "hovedpien")
    assert_user_error(unknown, "signal: »hovedpien« står ikke på listen; nærmest er: sig-headache")
    assert "Brug --new-signal" in unknown.stderr
    added = assert_ok(journal.run("log", "--date", "2025-06-03", "--new-signal", "Kæbespænding"))
    assert (
        added.stdout.splitlines()[1]
        == "Dit eget signal »Kæbespænding« er tilføjet (own-kaebespaending)."
    )
    own = assert_ok(journal.run("items", "signals")).stdout
    assert "  own-kaebespaending   Kæbespænding  (dit eget)\n" in own

    who5 = assert_ok(journal.run("who5", "4", "4", "4", "4", "4", "--date", "2025-06-03"))
    assert who5.stdout.splitlines()[0] == "WHO-5 den 2025-06-03: 80 af 100."

    out = tmp_path / "export.json"
    exported = assert_ok(journal.run("export", "--format", "json", "--out", out))
    assert exported.stdout == f"Eksporteret til {out}.\n"
    assert exported.stderr == "Den eksporterede fil er ikke krypteret. Gem den et sikkert sted.\n"

    report = tmp_path / "coach.md"
    wrote = assert_ok(journal.run("report", "--kind", "coach", "--format", "md", "--out", report))
    assert wrote.stdout.splitlines()[0].startswith("Opsummeringen til coach for ")
    assert wrote.stdout.splitlines()[1] == "Den indeholder ingen refleksionstekst."

    refused = journal.run("log", "--date", "2025-06-03", "--stress", "9")
    assert_user_error(refused, "'9' er ikke tilladt; et helt tal fra 1 til 5")
    raised = assert_ok(journal.run("log", "--date", SEEDED_DAY, "--operations", "5h"))
    assert "Arbejdstiden er sat op fra " in raised.stdout
    assert "så den dækker tiden i kategorierne." in raised.stdout
    below = journal.run("log", "--date", SEEDED_DAY, "--hours", "1h")
    assert_user_error(below, "er ikke tilladt")
    assert "not allowed" not in below.stderr
    nothing = journal.run("log", "--date", "2025-06-03", "--share", "everyone")
    assert_user_error(nothing, "'everyone' er ikke tilladt; private, one-on-one eller coach")


def test_an_english_journal_speaks_english_on_a_danish_system(seeded: Journal) -> None:
    journal = _set_language(seeded, Language.ENGLISH)
    env = DANISH_SYSTEM
    assert journal.run("log", "--date", "2025-06-03", "--own", "2h", env=env).stdout == (
        "Saved 2025-06-03.\n"
    )
    stats = assert_ok(journal.run("stats", "--from", SEEDED_DAY, "--to", "2025-06-03", env=env))
    lines = stats.stdout.splitlines()
    assert lines[0] == f"Period:            {SEEDED_DAY} – 2025-06-03 (2 days logged)"
    assert lines[3].endswith(" h worked ÷ 1 week with logged days")
    assert lines[4] == " " * 19 + "(only part of a week logged: the hours so far)"
    assert lines[5] == "Stress step:       mean 2.0, max 2"
    one_day = assert_ok(journal.run("stats", "--from", SEEDED_DAY, "--to", SEEDED_DAY, env=env))
    assert "(1 day logged)" in one_day.stdout
    assert "1 days" not in one_day.stdout
    refused = journal.run("log", "--stress", "9", env=env)
    assert_user_error(refused, "stress: '9' is not allowed; a whole number from 1 to 5")


def test_errors_before_the_journal_opens_speak_the_system_language(journal: Journal) -> None:
    wrong = run_cli(
        "show",
        data_dir=journal.data_dir,
        passphrase_file=journal.data_dir / "missing-passphrase.txt",
        env=DANISH_SYSTEM,
    )
    assert wrong.returncode == 1, describe(wrong)
    assert "passphrase-file" in wrong.stderr
    assert "is not" not in wrong.stderr, describe(wrong)
    english = run_cli(
        "show",
        data_dir=journal.data_dir,
        passphrase_file=journal.data_dir / "missing-passphrase.txt",
        env=ENGLISH_SYSTEM,
    )
    assert wrong.stderr != english.stderr
