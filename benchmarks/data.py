"""The journals the suite measures on, built once per run and cached in ``benchmarks/.cache``.

The standard journal is what the issue names: ``wellbeing-desktop demo --days 3650
--seed 1`` (365 days with ``--quick``). The demo's reflections are one to three short
sentences (about 20 words); the issue's entries are "about 150 words". So after the
CLI has made the journal, the suite lengthens every non-empty reflection through the
service API (``Journal.save_day``), deterministically, with sentences from the pool
below until the entry holds 120–180 words (the day's own demo text stays first). Days
without a reflection stay without one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import random
import shutil
import statistics
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.harness import REPO, run_process

if TYPE_CHECKING:
    from collections.abc import Iterator

    from wellbeing_desktop.domain.models import JournalContent
    from wellbeing_desktop.services.journal import Journal

CACHE = Path(__file__).resolve().parent / ".cache"
PASSPHRASE = "leader pulse benchmark passphrase"
SEED = 1
AUGMENT_VERSION = 1  # bump when the lengthening below changes

# Danish, like the demo journal: what a leader writes at the end of a day.
SENTENCES = (
    "Dagen startede med driftsmødet, og bagefter gik det meste af formiddagen med at "
    "løse akutte opgaver for teamet.",
    "Jeg nåede ikke den strategiske tid, jeg havde sat af, fordi to medarbejdere var syge "
    "og vagtplanen skulle lægges om.",
    "Samtalen med en ny medarbejder om forventninger og trivsel gik godt, og jeg fik lyttet "
    "mere end jeg talte.",
    "Budgettet fylder meget lige nu, og jeg mærker, at tallene tager opmærksomhed fra "
    "ledelsen af mennesker.",
    "Jeg vil huske at spørge ind til, hvordan teamet har det, i stedet for kun at tale om "
    "opgaverne.",
    "Efter frokost havde jeg en god sparring med en kollega fra ledergruppen om, hvordan "
    "man prioriterer, når alt haster.",
    "Det var en dag med mange afbrydelser; jeg skiftede spor så ofte, at jeg til sidst "
    "mistede overblikket.",
    "Min leder anerkendte arbejdet med omstillingen, og det gav ny energi til resten af ugen.",
    "Jeg har sovet dårligt et par nætter og kan mærke, at tålmodigheden er kortere end normalt.",
    "Vi fik endelig afklaret opgavefordelingen, så alle ved, hvem der gør hvad i næste kvartal.",
    "Jeg gik en tur i frokostpausen, og det hjalp på hovedet og humøret resten af dagen.",
    "Der kom en klage fra en borger, som tog det meste af eftermiddagen at følge op på "
    "sammen med teamet.",
    "Jeg delegerede driftsmødet til en erfaren medarbejder, og det gik fint uden mig.",
    "Trivselsmålingen viser, at teamet savner mere feedback; det vil jeg arbejde med de "
    "næste uger.",
    "Rekrutteringen trækker ud, og det lægger pres på de andre, som dækker den ledige stilling.",
    "I morgen vil jeg blokere to timer til at tænke fremad og lade mailen være lukket.",
    "Jeg var stolt over, hvordan teamet tog imod den nye opgave uden at klage.",
    "Mødet med HR om sygefraværet gav mig en klarere plan for de næste samtaler.",
    "Jeg opdagede, at jeg igen sagde ja til noget, jeg ikke har tid til; næste gang vil jeg "
    "bede om betænkningstid.",
    "En medarbejder fortalte åbent om sin stress, og jeg er glad for, at hun turde sige det "
    "til mig.",
    "Strategidagen i ledergruppen var inspirerende, men det bliver svært at finde tiden "
    "til opfølgningen.",
    "Jeg fik skrevet oplægget om den nye struktur færdigt og sendt det til min leder.",
    "Det meste af dagen gik med mails og små beslutninger, og jeg føler ikke, at jeg nåede "
    "noget væsentligt.",
    "Vi fejrede en god afslutning på projektet med kage, og stemningen i teamet var rigtig god.",
    "Jeg mærkede uro i maven før den svære samtale, men den gik bedre end ventet.",
    "Energien var lav i dag; jeg vil tage tidligt hjem og lade være med at arbejde i aften.",
    "Vi talte om arbejdsmiljø på personalemødet, og flere kom med gode forslag til forbedringer.",
    "Jeg skal huske at følge op på de aftaler, vi lavede ved sidste 1:1 med min leder.",
    "Konflikten mellem to medarbejdere blusser op igen, og jeg skal tage en samtale med dem begge.",
    "Det gav ro at lave en liste over alt det, der fylder, og vælge tre ting til i morgen.",
)


@dataclass(frozen=True, slots=True)
class StandardJournal:
    root: Path  # the data folder (journal.db, journal.key)
    days: int  # --days given to demo
    logged_days: int
    mean_words: float
    passphrase: str
    fingerprint: str


def cli_command() -> list[str]:
    """How the user runs the CLI: the console script beside this Python, else ``-m``."""
    script = Path(sys.executable).with_name("wellbeing-desktop")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "wellbeing_desktop"]


def cli_env(base: dict[str, str], passphrase: str | None = None) -> dict[str, str]:
    env = dict(base)
    env.pop("WELLBEING_PASSPHRASE", None)
    env.pop("WELLBEING_DATA_DIR", None)
    if passphrase is not None:
        env["WELLBEING_PASSPHRASE"] = passphrase
    return env


def _fingerprint(days: int) -> str:
    """The cache key of the benchmark journal.

    Changes when the cached journal would differ: the date (the demo ends today), the demo code, the
    schema (the migrations) or the lengthening.
    """
    parts = [f"days={days}", f"seed={SEED}", f"augment={AUGMENT_VERSION}"]
    parts.append(date.today().isoformat())
    package = REPO / "wellbeing_desktop"
    for path in sorted(
        [package / "services" / "demo.py", *package.glob("storage/migrations/versions/*.py")]
    ):
        parts.append(hashlib.sha256(path.read_bytes()).hexdigest())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def ensure_private(path: Path) -> None:
    """A folder the suite owns, ignored by git whatever the root .gitignore says."""
    path.mkdir(parents=True, exist_ok=True)
    ignore = path / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# made by benchmarks/: nothing here is committed\n*\n")


def standard_journal(days: int, env: dict[str, str], *, fresh: bool = False) -> StandardJournal:
    """The cached standard journal for ``days``, made (CLI demo + lengthening) if needed."""
    ensure_private(CACHE)
    root = CACHE / f"journal-{days}d"
    meta_path = CACHE / f"journal-{days}d.json"
    fingerprint = _fingerprint(days)
    if not fresh and meta_path.exists() and (root / "journal.db").exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("fingerprint") == fingerprint:
            return StandardJournal(
                root, days, meta["logged_days"], meta["mean_words"], PASSPHRASE, fingerprint
            )
    shutil.rmtree(root, ignore_errors=True)
    meta_path.unlink(missing_ok=True)
    run_process(
        [
            *cli_command(),
            "demo",
            "--days",
            str(days),
            "--seed",
            str(SEED),
            "--data-dir",
            str(root),
            "--recovery-key-out",
            str(CACHE / f"recovery-{days}d.txt"),
        ],
        env=cli_env(env, PASSPHRASE),
        timeout=600,
    )
    (CACHE / f"recovery-{days}d.txt").unlink(missing_ok=True)
    logged, mean_words = _lengthen_reflections(root)
    meta_path.write_text(
        json.dumps({"fingerprint": fingerprint, "logged_days": logged, "mean_words": mean_words})
    )
    return StandardJournal(root, days, logged, mean_words, PASSPHRASE, fingerprint)


def longer_reflection(text: str, key: str) -> str:
    """``text`` followed by pool sentences until it holds 120–180 words (deterministic)."""
    rng = random.Random(key)
    goal = rng.randint(120, 180)
    parts = [text]
    count = len(text.split())
    pool = list(SENTENCES)
    rng.shuffle(pool)
    i = 0
    while count < goal:
        sentence = pool[i % len(pool)]
        parts.append(sentence)
        count += len(sentence.split())
        i += 1
    return " ".join(parts)


def _lengthen_reflections(root: Path) -> tuple[int, float]:
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess

    journal = JournalAccess(JournalPaths(root)).open_with_passphrase(PASSPHRASE)
    try:
        words = []
        for log in journal.days():
            if log.reflection.strip():
                text = longer_reflection(log.reflection, f"{SEED}:{log.day.isoformat()}")
                journal.save_day(dataclasses.replace(log, reflection=text))
                words.append(len(text.split()))
        return len(journal.days()), statistics.fmean(words) if words else 0.0
    finally:
        journal.close()


def copy_journal(src: Path, dst: Path) -> Path:
    """A working copy of a closed journal's folder (the cache is never written to)."""
    shutil.rmtree(dst, ignore_errors=True)
    dst.mkdir(parents=True)
    os.chmod(dst, 0o700)
    for name in ("journal.db", "journal.key"):
        shutil.copy2(src / name, dst / name)
    return dst


def journal_until(root: Path, days: int, end: date) -> bytes:
    """A new journal at ``root``: the demo's ``days`` up to ``end``, Danish; its data key.

    For the figures that start the real app on a day with nothing logged yet (the app
    reads the real clock): the standard journal ends on the day it was made.
    """
    return _new_journal(root, demo_content(days, end))


# The weekend user: how many of the same weekend day before the ritual's day are logged
# (domain.proposals offers a Saturday or Sunday only the typical split of its own kind, from
# at least two of the last four) and the split each of them logged (a short working day).
WEEKEND_DAYS_LOGGED = 4
WEEKEND_SPLIT = {"operations": 60, "strategy": 45, "people_leadership": 30}  # demo categories


def ritual_journal(root: Path, days: int, day: date) -> bytes:
    """The daily ritual's journal at ``root`` (:func:`ritual_content`); its data key."""
    return _new_journal(root, ritual_content(days, day))


def ritual_content(days: int, day: date) -> JournalContent:
    """The demo's ``days`` up to the day before ``day``, Danish.

    ``day`` is the real today (the app reads the real clock). On a working day that is
    all (the demo logs nine working days in ten: Today proposes the typical weekday's
    split). On a Saturday or Sunday the demo logs a day in ten, and the app proposes a
    weekend day only the split of its own kind: the journal is then a weekend user's, the
    last :data:`WEEKEND_DAYS_LOGGED` of that weekday logged, so Today opens with the
    proposed split as on any other day and the ritual times the same path.
    """
    from wellbeing_desktop.domain.models import DayLog

    content = demo_content(days, day - timedelta(days=1))
    if day.weekday() < 5:
        return content
    logged = {log.day for log in content.days}
    before = (day - timedelta(weeks=n) for n in range(1, WEEKEND_DAYS_LOGGED + 1))
    added = [
        DayLog(d, minutes=dict(WEEKEND_SPLIT), hours_worked_minutes=sum(WEEKEND_SPLIT.values()))
        for d in before
        if d not in logged
    ]
    days_logged = tuple(sorted((*content.days, *added), key=lambda log: log.day))
    return dataclasses.replace(content, days=days_logged)


def demo_content(days: int, end: date) -> JournalContent:
    """The demo's ``days`` up to ``end`` (seed :data:`SEED`), in Danish."""
    from wellbeing_desktop.domain.language import Language
    from wellbeing_desktop.services.demo import generate_demo

    content = generate_demo(days=days, seed=SEED, end=end)
    settings = dataclasses.replace(content.settings, language=Language.DANISH)
    return dataclasses.replace(content, settings=settings)


def _new_journal(root: Path, content: JournalContent) -> bytes:
    """A new journal at ``root`` holding ``content``; its data key."""
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess

    shutil.rmtree(root, ignore_errors=True)
    journal, _code = JournalAccess(JournalPaths(root)).create(PASSPHRASE)
    try:
        journal.import_content(content)
    finally:
        journal.close()
    return data_key(root)


def data_key(root: Path, passphrase: str = PASSPHRASE) -> bytes:
    """The data key, through the passphrase slot (Argon2id) — done once, in setup."""
    from wellbeing_desktop.security import keyfile

    return keyfile.unlock_with_passphrase(root / "journal.key", passphrase)


def open_with_key(root: Path, key: bytes) -> Journal:
    """The journal opened with a data key in hand (what the keyring path does)."""
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security.keyring_store import KeyringStore
    from wellbeing_desktop.services.access import JournalAccess

    class Fixed(KeyringStore):
        def recall(self, journal_id: str) -> bytes | None:
            return key

    journal = JournalAccess(JournalPaths(root), keyring=Fixed()).open_with_keyring()
    assert journal is not None
    return journal


@contextlib.contextmanager
def remembered_in_keyring(root: Path, key: bytes) -> Iterator[None]:
    """The journal with its key remembered in the system keyring.

    The journal at ``root`` with its key remembered in the system keyring, as after the user's
    "remember"; forgotten again afterwards.
    """
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.services.access import JournalAccess

    access = JournalAccess(JournalPaths(root))
    journal = open_with_key(root, key)
    try:
        access.remember(journal)
    finally:
        journal.close()
    try:
        yield
    finally:
        access.forget()


def small_locked_journal(root: Path) -> Path:
    """A journal that exists but is not remembered anywhere: the app starts on unlock."""
    from wellbeing_desktop.paths import JournalPaths
    from wellbeing_desktop.security import keyfile
    from wellbeing_desktop.services.access import JournalAccess

    shutil.rmtree(root, ignore_errors=True)
    journal, _code = JournalAccess(JournalPaths(root), kdf=keyfile.TEST_KDF).create(PASSPHRASE)
    journal.close()
    return root
