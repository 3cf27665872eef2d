"""Encrypted SQLite (SQLCipher) storage: engine, ORM models, migrations, backups."""
