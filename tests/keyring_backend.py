"""A keyring backend for tests: a file in a temp folder stands in for the OS keyring.

Headless CI machines have no Secret Service; the code under test still goes through the real
`keyring` API, only the storage behind it differs.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        folder = os.environ.get("AGENT_DESK_TEST_KEYRING_DIR", tempfile.gettempdir())
        return Path(folder) / "agent-desk-test-keyring.json"

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._path.write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\0{username}", None)
        self._path.write_text(json.dumps(data), encoding="utf-8")
