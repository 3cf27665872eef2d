"""The schema revisions this version knows (no SQLAlchemy or Alembic needed to read them)."""

from __future__ import annotations

# Every revision this version knows, oldest first; the last is the head. A test checks
# that this matches the scripts in migrations/versions.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010")
HEAD_REVISION = KNOWN_REVISIONS[-1]
