"""Alembic environment: runs only on the connection the app hands over (already keyed)."""

from alembic import context

from wellbeing_desktop.storage.orm import Base
from wellbeing_desktop.storage.search import is_search_index_object

connection = context.config.attributes.get("connection")
if connection is None:
    # No URL and no key in any config file: the app keys the connection itself.
    raise RuntimeError("migrations run only through wellbeing_desktop.storage.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode recreates tables instead.
    render_as_batch=True,
    # The FTS5 index is not an ORM table; autogenerate must leave it alone.
    include_object=lambda obj, name, type_, reflected, compare_to: not is_search_index_object(name),
)
with context.begin_transaction():
    context.run_migrations()
