"""Schema objects the ORM does not describe: full-text tables and the triggers that feed them.

They are created by migrations with raw SQL. Alembic's model-vs-database comparison must not
mistake them (or the shadow tables SQLite makes for them) for tables a model forgot.
"""

from __future__ import annotations

# FTS5 over customer_phones.normalised with the trigram tokenizer: "any part of a number"
# becomes an index lookup instead of a scan of a million rows.
PHONE_FTS = "customer_phones_fts"

# FTS5 over kb_articles (title, body, tags), trigram: Chinese has no spaces between words, and
# any run of three characters is a lookup; shorter queries go to a LIKE over titles and tags.
KB_FTS = "kb_articles_fts"
# The same over titles and tags alone: short posting lists, cheap to rank.
KB_TITLES_FTS = "kb_titles_fts"

# One- and two-character words (发票, 退款, 退): FTS5 (unicode61) over each article's distinct
# characters and character pairs, title and tags in `head`, the body in `body`. Filled from
# Python by `models/knowledge.py` (the pairs cannot be made in a trigger), migration 0014.
KB_GRAMS_FTS = "kb_grams_fts"

RAW_TABLE_PREFIXES: tuple[str, ...] = (PHONE_FTS, KB_FTS, KB_TITLES_FTS, KB_GRAMS_FTS)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic `include_name` hook: skip raw-SQL tables and their shadow tables."""
    if type_ == "table" and name is not None:
        return not name.startswith(RAW_TABLE_PREFIXES)
    return True
