"""Where an installation keeps its things, and where the shipped resources are.

A profile is everything of one installation: database, backups, config, logs, drafts. Normally
platformdirs gives per-user folders; `--profile DIR` (or AGENT_DESK_PROFILE) puts it all under
DIR, which is how tests, benchmarks and demos stay apart from a real desk.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from agent_desk import APP_NAME

PROFILE_ENV = "AGENT_DESK_PROFILE"


@dataclass(frozen=True)
class Profile:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def at(cls, root: str | os.PathLike[str]) -> Profile:
        base = Path(root).expanduser().resolve()
        return cls(base / "data", base / "config", base / "logs")

    @classmethod
    def default(cls) -> Profile:
        import platformdirs

        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, APP_NAME)),
            Path(platformdirs.user_config_dir(APP_NAME, APP_NAME)),
            Path(platformdirs.user_log_dir(APP_NAME, APP_NAME)),
        )

    @classmethod
    def resolve(cls, explicit: str | None = None) -> Profile:
        chosen = explicit or os.environ.get(PROFILE_ENV)
        return cls.at(chosen) if chosen else cls.default()

    def ensure(self) -> Profile:
        """Create the folders, private to this OS user (0700 on POSIX).

        The folder holding them is made private too when it is the profile's own (`--profile
        DIR`, or platformdirs' AgentDesk folder). On Windows the profile lives under the user's
        own AppData, which other users cannot open.
        """
        folders = (self.data_dir, self.config_dir, self.log_dir, self.backup_dir)
        for folder in folders:
            folder.mkdir(parents=True, exist_ok=True)
        owned = set(folders)
        parents = {f.parent for f in (self.data_dir, self.config_dir, self.log_dir)}
        if len(parents) == 1:
            owned |= parents  # --profile DIR: DIR holds data/, config/ and logs/
        owned |= {f.parent for f in folders if f.parent.name == APP_NAME}
        if os.name == "posix":
            for folder in owned:
                try:
                    if folder.stat().st_mode & 0o077:
                        os.chmod(folder, 0o700)
                except OSError:  # not ours to change (a shared parent): the folders inside are
                    pass
        return self

    @property
    def db_path(self) -> Path:
        return self.data_dir / "agent_desk.db"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def ui_settings_file(self) -> Path:
        return self.config_dir / "ui.ini"

    @property
    def instance_key(self) -> str:
        """A short name unique to this profile, for the single-instance lock and local socket."""
        digest = hashlib.sha1(str(self.data_dir).encode("utf-8")).hexdigest()[:16]
        return f"agent-desk-{digest}"


def resource_root() -> Path:
    """The shipped `resources/` folder, from a source checkout or a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
