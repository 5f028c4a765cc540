"""The profile's database key: a random 256-bit key in the OS keyring, or in a private key file.

Every store of one profile (the database, its backups and drafts, the training database) is
encrypted with the same key. It is made once, when the profile's first database is created,
and kept in the OS keyring (Windows Credential Manager, the Secret Service on Linux) under
"AgentDesk database key" and the profile's config folder. Where no keyring backend works
(headless Linux, CI, a locked-down PC), it goes to a key file readable by the owner alone
(0600), by default `config/database.key` or where branch IT points `database.key_file`; the log
warns once, when it writes the file, and `db check` says where the key is. A profile is never
unusable for lack of a keyring; it is unusable without its key, which is why `db key export`
prints a recovery key for branch IT to keep.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from agent_desk.dbfile import check_key
from agent_desk.errors import AgentDeskError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "AgentDesk database key"
KEY_FILE_NAME = "database.key"
_warned: set[Path] = set()


class KeyMissing(AgentDeskError):
    """The database is encrypted and its key is in neither the keyring nor the key file."""

    code = "db.key_missing"
    template = (
        "The database {path} is encrypted, but its key is not in the OS keyring nor in the key "
        "file {key_file}. If the profile was copied from another PC or user, put its recovery key "
        "back with 'agent-desk db key import' (the key on standard input), or copy that PC's key "
        "file to {key_file}; without the key the data cannot be read."
    )


class KeyMismatch(AgentDeskError):
    """A key was found, but it is not the one this database was encrypted with."""

    code = "db.key_wrong"
    template = (
        "The database {path} cannot be opened with the key found {where}: it belongs to another "
        "profile. Put this profile's recovery key back with 'agent-desk db key import'."
    )


def new_key() -> str:
    return secrets.token_hex(32)


def fingerprint(key: str) -> str:
    """A short check value stored beside the database: tells a wrong key from a damaged file."""
    return hashlib.sha256(b"agent-desk key check\0" + key.encode("ascii")).hexdigest()[:16]


def recovery_text(key: str) -> str:
    """The key as branch IT writes it down: 16 groups of 4 hex digits."""
    return "-".join(key[i : i + 4] for i in range(0, len(key), 4))


def parse_recovery(text: str) -> str:
    """Accept the key with or without dashes, spaces or line breaks."""
    return check_key("".join(ch for ch in text.strip().lower() if ch not in "- \t\r\n"))


def os_keyring():  # type: ignore[no-untyped-def]
    """The keyring module when a real backend is configured, else None (also the share
    password's test: `share.py`)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # no backend can even be chosen (broken D-Bus, missing module)
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    return keyring


@dataclass(frozen=True)
class KeyStore:
    """Where one profile's key lives. `account` names it in the keyring (the config folder)."""

    account: str
    key_file: Path

    @classmethod
    def for_profile(cls, config_dir: Path, key_file: str | os.PathLike[str] = "") -> KeyStore:
        path = Path(key_file).expanduser() if key_file else config_dir / KEY_FILE_NAME
        return cls(str(config_dir), path)

    # --- reading -------------------------------------------------------------------------------

    def load(self) -> str | None:
        """The key, from the key file if there is one, else from the keyring; None if absent."""
        from_file = self._read_file()
        if from_file is not None:  # the warning was given once, when the file was written
            log.debug("database key read from the key file %s", self.key_file)
            return from_file
        ring = os_keyring()
        if ring is None:
            return None
        try:
            value = ring.get_password(KEYRING_SERVICE, self.account)
        except Exception as exc:  # a keyring that fails to answer is a keyring that is not there
            log.warning("the OS keyring could not be read (%s)", exc.__class__.__name__)
            return None
        if not value:
            return None
        try:
            return check_key(value.strip())
        except ValueError:
            log.error("the database key in the OS keyring is not a key; ignoring it")
            return None

    def where(self) -> str:
        """Where the key is now, for `db check` and error messages."""
        if self.key_file.exists():
            return f"key file {self.key_file}"
        ring = os_keyring()
        if ring is not None:
            try:
                if ring.get_password(KEYRING_SERVICE, self.account):
                    return f"OS keyring ({KEYRING_SERVICE!r}, {self.account})"
            except Exception:
                pass
        return "nowhere: the key is missing"

    # --- writing -------------------------------------------------------------------------------

    def create(self) -> str:
        key = new_key()
        self.put(key)
        return key

    def put(self, key: str) -> str:
        """Keep `key`: in the keyring if one works (read back to be sure), else the key file.

        Returns where it went.
        """
        check_key(key)
        ring = os_keyring()
        if ring is not None:
            try:
                ring.set_password(KEYRING_SERVICE, self.account, key)
                if ring.get_password(KEYRING_SERVICE, self.account) == key:
                    if self.key_file.exists():  # an older fallback copy would win over it
                        self.key_file.unlink()
                    return f"OS keyring ({KEYRING_SERVICE!r}, {self.account})"
            except Exception as exc:
                log.warning(
                    "the OS keyring did not keep the database key (%s)", exc.__class__.__name__
                )
        self._write_file(key)
        self._warn_file()
        return f"key file {self.key_file}"

    def forget(self) -> None:
        """Remove the key (after `db decrypt`): nothing is left to protect."""
        self.key_file.unlink(missing_ok=True)
        ring = os_keyring()
        if ring is not None:
            with contextlib.suppress(Exception):
                ring.delete_password(KEYRING_SERVICE, self.account)

    def move_file_to(self, key_file: str | os.PathLike[str]) -> KeyStore | None:
        """Copy the key from this profile's key file to `key_file` (folders made 0700, the file
        0600) and read it back; returns the new store, or None when there is no key file to move
        (a plain profile, or a key kept in the OS keyring, where it stays). The caller removes
        the old file (`drop_file`) once the setting that names the new one is saved."""
        target = Path(key_file).expanduser() if key_file else Path(self.account) / KEY_FILE_NAME
        moved = KeyStore(self.account, target)
        if target.resolve() == self.key_file.resolve():
            return None
        key = self._read_file()
        if key is None:
            return None
        if target.exists():
            if moved._read_file() != key:
                raise AgentDeskError(
                    f"{target} already holds another key; nothing was changed",
                    reason="key.target_taken",
                )
        else:
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            moved._write_file(key)
        if moved._read_file() != key:
            raise AgentDeskError(
                f"the key could not be read back from {target}; nothing was changed",
                reason="key.move_failed",
            )
        return moved

    def drop_file(self) -> None:
        """Remove this key file (after it was moved and the new one verified)."""
        self.key_file.unlink(missing_ok=True)

    # --- the key file --------------------------------------------------------------------------

    def _read_file(self) -> str | None:
        try:
            text = self.key_file.read_text(encoding="ascii")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as exc:
            raise AgentDeskError(f"the key file {self.key_file} cannot be read: {exc}") from exc
        for line in text.splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                try:
                    return check_key(line)
                except ValueError:
                    break
        raise AgentDeskError(f"the key file {self.key_file} does not hold a database key")

    def _write_file(self, key: str) -> None:
        self.key_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.key_file.with_name(self.key_file.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(
                fd,
                (
                    "# AgentDesk database key: whoever has this file can read the customer data.\n"
                    f"{key}\n"
                ).encode("ascii"),
            )
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.key_file)

    def _warn_file(self) -> None:
        if self.key_file in _warned:
            return
        _warned.add(self.key_file)
        log.warning(
            "no OS keyring is available: the database key is kept in the key file %s (readable "
            "by this OS user only); keep the recovery key ('db key export') somewhere safe",
            self.key_file,
        )
