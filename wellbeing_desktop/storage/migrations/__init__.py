"""Alembic migrations, shipped inside the package and run on the app's keyed connection."""
