"""Alembic migrations (batch mode, for SQLite's limited ALTER TABLE)."""
