"""customers: number fragment search (FTS5 trigram) and callbacks by customer

Revision ID: 0002_customers
Revises: 0001_initial
Create Date: 2026-11-27 00:00:00

The screen pop reads a customer's due callbacks on every ring, so callbacks get an index on
customer_id. "Any part of a number" search uses an external-content FTS5 table with the trigram
tokenizer, kept in step with customer_phones by triggers.
"""

from __future__ import annotations

from alembic import op

revision = "0002_customers"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

FTS = "customer_phones_fts"

TRIGGERS = (
    f"""CREATE TRIGGER {FTS}_ai AFTER INSERT ON customer_phones BEGIN
        INSERT INTO {FTS}(rowid, normalised) VALUES (new.id, new.normalised);
    END""",
    f"""CREATE TRIGGER {FTS}_ad AFTER DELETE ON customer_phones BEGIN
        INSERT INTO {FTS}({FTS}, rowid, normalised) VALUES ('delete', old.id, old.normalised);
    END""",
    f"""CREATE TRIGGER {FTS}_au AFTER UPDATE OF normalised ON customer_phones BEGIN
        INSERT INTO {FTS}({FTS}, rowid, normalised) VALUES ('delete', old.id, old.normalised);
        INSERT INTO {FTS}(rowid, normalised) VALUES (new.id, new.normalised);
    END""",
)


def upgrade() -> None:
    with op.batch_alter_table("callbacks", schema=None) as batch_op:
        batch_op.create_index("ix_callbacks_customer", ["customer_id"], unique=False)
    op.execute(
        f"CREATE VIRTUAL TABLE {FTS} USING fts5(normalised, content='customer_phones', "
        "content_rowid='id', tokenize='trigram')"
    )
    for trigger in TRIGGERS:
        op.execute(trigger)
    op.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('rebuild')")


def downgrade() -> None:
    for suffix in ("au", "ad", "ai"):
        op.execute(f"DROP TRIGGER IF EXISTS {FTS}_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {FTS}")
    with op.batch_alter_table("callbacks", schema=None) as batch_op:
        batch_op.drop_index("ix_callbacks_customer")
