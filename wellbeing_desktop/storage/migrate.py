"""Schema migrations on open: verified backup first, one transaction, refuse newer files.

Alembic is imported only when a migration has to run: opening a journal that is already
up to date reads ``alembic_version`` directly, so the command line starts quickly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from wellbeing_desktop.storage import messages as msg
from wellbeing_desktop.storage.engine import writing
from wellbeing_desktop.storage.errors import SchemaTooNewError
from wellbeing_desktop.storage.revisions import HEAD_REVISION as HEAD_REVISION
from wellbeing_desktop.storage.revisions import KNOWN_REVISIONS as KNOWN_REVISIONS

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_not_newer(revision: str | None) -> None:
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise SchemaTooNewError(msg.SCHEMA_TOO_NEW)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` inside one transaction on our connection."""
    from alembic import command

    config = alembic_config()
    with writing(engine).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
