"""Tests read a profile's database as branch IT's tools would: with the profile's own key.

`connect(db)` finds the profile the file belongs to (the folder holding `data/` and `config/`),
takes its key from the same keyring or key file the app uses, and opens the file with the
SQLCipher binding; a plain SQLite file opens with the standard library.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent_desk.config import BranchConfig
from agent_desk.dbfile import FileState, state_of
from agent_desk.dbfile import connect as connect_file
from agent_desk.dbkey import KeyStore
from agent_desk.paths import Profile


def profile_root(db: Path) -> Path:
    for folder in Path(db).resolve().parents:
        if (folder / "config").is_dir() and (folder / "data").is_dir():
            return folder
    raise ValueError(f"{db} is not inside a profile")


def key_of(db: Path) -> str | None:
    if state_of(Path(db)) is FileState.PLAIN:
        return None
    profile = Profile.at(profile_root(db))
    config = BranchConfig.load(profile.config_file)
    return KeyStore.for_profile(profile.config_dir, config.get("database.key_file") or "").load()


def connect(db: Path, key: str | None = None, **kwargs: Any) -> Any:
    """A DB-API connection to `db` (a store or one of its backups) with its profile's key."""
    path = Path(db)
    if key is None and state_of(path) is not FileState.PLAIN:
        key = key_of(path)
    return connect_file(path, key, **kwargs)
