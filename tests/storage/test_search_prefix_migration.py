"""0008 → 0009: the search index is made again with prefixes; every hit stays as it was.

A journal's index is taken back to 0008's (no prefixes), searched, and upgraded on the
next open: the index then keeps one- and two-letter prefixes, and the same searches
give the same hits, order, snippets and totals. The downgrade makes it as 0008 had it.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text

from tests.conftest import PASSPHRASE
from wellbeing_desktop.domain.models import DayLog
from wellbeing_desktop.security import keyfile
from wellbeing_desktop.storage import migrate
from wellbeing_desktop.storage.engine import create_encrypted_engine, writing
from wellbeing_desktop.storage.revisions import HEAD_REVISION
from wellbeing_desktop.storage.search import SEARCH_TABLE

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from wellbeing_desktop.services.access import JournalAccess
    from wellbeing_desktop.services.journal import Journal

QUERIES = ("s", "b", "sa", "budget", '"svær samtale"', "budget -team", "møde OR hr")
TEXTS = (
    "Svær samtale om budgettet med teamet.",
    "Budget meeting with HR; a quiet day after.",
    "Møde om trivsel og samarbejde i teamet.",
    "Stille dag, god søvn og en lang gåtur.",
)


def _index_sql(engine: Engine) -> str:
    with engine.connect() as conn:
        found = conn.execute(
            text("SELECT sql FROM sqlite_master WHERE name = :name"), {"name": SEARCH_TABLE}
        ).scalar_one()
    return str(found)


def _searches(journal: Journal) -> dict[str, tuple[list[tuple[str, int, date, str]], int]]:
    found: dict[str, tuple[list[tuple[str, int, date, str]], int]] = {}
    for query in QUERIES:
        hits = journal.search(query, limit=5)
        found[query] = ([(h.kind, h.ref, h.day, h.snippet) for h in hits], hits.total)
    return found


def _downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    config = migrate.alembic_config()
    with writing(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def test_a_0008_index_gets_prefixes_and_finds_the_same(access: JournalAccess) -> None:
    paths = access.paths
    paths.root.mkdir(parents=True)
    data_key, _code = keyfile.create_key_file(paths.key_file, PASSPHRASE, kdf=keyfile.TEST_KDF)
    engine = create_encrypted_engine(paths.database, data_key, create=True)
    migrate.upgrade(engine, HEAD_REVISION)
    engine.dispose()
    journal = access.open_with_passphrase(PASSPHRASE)
    first = date(2026, 9, 1)
    for number in range(12):
        text_ = TEXTS[number % len(TEXTS)]
        journal.save_day(DayLog(day=first + timedelta(days=number), reflection=text_))
    at_head = _searches(journal)
    journal.close()

    engine = create_encrypted_engine(paths.database, data_key)
    _downgrade(engine, "0008")
    assert "prefix" not in _index_sql(engine)
    engine.dispose()

    journal = access.open_with_passphrase(PASSPHRASE)  # upgrades again
    engine = journal._require_open().engine
    assert migrate.current_revision(engine) == HEAD_REVISION
    assert "prefix = '1 2'" in _index_sql(engine)
    assert _searches(journal) == at_head
    assert at_head["s"][1] == 9  # three texts of four have a word on "s"
    journal.close()
