"""Branch IT's whole life of the Debian package on a real Debian system, as root with apt:
install, an ordinary user's first start in a fresh home, the branch file and its locks, an
older desk's database migrated with its backup, upgrade to the next version, remove, purge.

It installs and removes a system package and creates users, so it runs only where asked to:
.ci/run sets AGENT_DESK_DEB_INSTALL=1 (as root, on a fresh CI machine) after `make dist` and
`make deb`. The package must not be installed before; afterwards it is purged and the test's
users are deleted, even when a step fails. The next version is the same bundle packed again
(build_deb.py --version), so PyInstaller runs once.
"""

from __future__ import annotations

import hashlib
import os
import pwd
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_desk import DESKTOP_ID, __version__
from agent_desk.store import known_heads
from tests.conftest import REPO
from tests.upgrade_fixture import FIXTURE, data_differences, revision

sys.path.insert(0, str(REPO / "packaging" / "deb"))

import build_deb

INSTALL_ENV = "AGENT_DESK_DEB_INSTALL"
PACKAGE = "agentdesk"
NEXT = f"{__version__}+ci1"
BRANCH_FILE = Path("/etc/agentdesk/config.toml")

pytestmark = [
    pytest.mark.integration,
    pytest.mark.timeout(1800),  # apt, a second package (xz), and the app's starts
    pytest.mark.skipif(
        os.environ.get(INSTALL_ENV) != "1",
        reason="installs the Debian package system-wide: only .ci/run does that, after "
        "make dist and make deb (AGENT_DESK_DEB_INSTALL=1, as root)",
    ),
]


def sh(*argv: str, timeout: float = 900, **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, **kwargs)


def apt(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    result = sh("apt-get", "-y", "-q", *args, env=env, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, f"apt-get {' '.join(args)}:\n{result.stdout}{result.stderr}"
    assert "Configuration file" not in result.stdout, "dpkg asked about the branch file"
    return result


def status() -> str:
    """'install ok installed 0.1.0', 'deinstall ok config-files 0.1.0', or '' when purged."""
    result = sh("dpkg-query", "-W", "-f=${Status} ${Version}", PACKAGE)
    return result.stdout.strip() if result.returncode == 0 else ""


# The desk's administrator, made first on the fresh profile: every setting and account command
# after that names it (--as) with its password on standard input.
AS_1001, PW_1001 = ("--as", "1001"), "desk-pw-1001\n"


class Desk:
    """An ordinary Linux user of the desk PC with a fresh home, running the installed app."""

    def __init__(self, name: str) -> None:
        self.name = name
        result = sh("useradd", "--create-home", "--shell", "/bin/sh", name)
        assert result.returncode == 0, result.stderr
        self.home = Path(pwd.getpwnam(name).pw_dir)
        self.data = self.home / ".local" / "share" / "AgentDesk"  # platformdirs' data folder
        self.config = self.home / ".config" / "AgentDesk" / "config.toml"

    def run(self, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        """`agent-desk ARGS` as this user, from the PATH, with a clean environment: nothing of
        the test's (no AGENT_DESK_SYSTEM_CONFIG, no profile) reaches the installed program."""
        env = [
            f"HOME={self.home}",
            "PATH=/usr/local/bin:/usr/bin:/bin",
            "LANG=C.UTF-8",
            "QT_QPA_PLATFORM=offscreen",
            "PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring",
        ]
        return sh(
            "runuser", "-u", self.name, "--", "env", "-i", *env, "agent-desk", *args,
            input=stdin, cwd="/", timeout=180,
        )  # fmt: skip

    def ok(self, *args: str, stdin: str | None = None) -> str:
        result = self.run(*args, stdin=stdin)
        assert result.returncode == 0, f"agent-desk {' '.join(args)}: {result.stderr}"
        return result.stdout

    def snapshot(self) -> dict[str, tuple[int, int, str]]:
        """Every file of the home with its size, mtime and SHA-256: what "untouched" means."""
        files = {}
        for path in sorted(self.home.rglob("*")):
            if path.is_file() and not path.is_symlink():
                st = path.stat()
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                files[str(path.relative_to(self.home))] = (st.st_size, st.st_mtime_ns, digest)
        return files

    def remove(self) -> None:
        sh("userdel", "--remove", self.name)


def copied(db: Path, folder: Path) -> Path:
    """A copy of a user's closed database to read as root: opening the original could leave
    root-owned -wal/-shm files the user then cannot open."""
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(db, folder / db.name))


def bundle_dir() -> Path:
    chosen = os.environ.get("AGENT_DESK_BUNDLE")  # the bundle's executable, as elsewhere
    return Path(chosen).parent if chosen else REPO / "dist" / "AgentDesk"


def programs_running_from_opt() -> list[str]:
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                exe = os.readlink(proc / "exe")
            except OSError:
                continue
            if exe.startswith("/opt/agentdesk/"):
                found.append(f"{proc.name} {exe}")
    return found


@pytest.fixture(scope="module")
def deb() -> Path:
    chosen = os.environ.get("AGENT_DESK_DEB")
    path = Path(chosen) if chosen else REPO / "dist" / f"{PACKAGE}_{__version__}_amd64.deb"
    assert path.is_file(), f"no package at {path} (run 'make deb')"
    return path.resolve()


@pytest.fixture(scope="module")
def system() -> Iterator[list[Desk]]:
    """Root, a machine without the package; afterwards purged, with the test's users gone."""
    assert os.geteuid() == 0, "installing a package needs root"
    assert status() in ("", "unknown ok not-installed"), f"{PACKAGE} is already: {status()}"
    desks: list[Desk] = []
    try:
        yield desks
    finally:
        if status() not in ("", "unknown ok not-installed"):
            sh("dpkg", "--purge", PACKAGE)
        for desk in desks:
            desk.remove()


def test_branch_it_installs_upgrades_removes_and_purges_and_agents_keep_their_data(
    system, deb, tmp_path
):
    tag = os.getpid()
    # A desk that ran the first release from a hand-installed folder: its database, in the
    # home's default profile, before the package comes.
    old = Desk(f"adold{tag}")
    system.append(old)
    old.data.mkdir(parents=True)
    con = sqlite3.connect(old.data / "agent_desk.db")
    con.executescript(FIXTURE.read_text(encoding="utf-8"))
    con.close()
    sh("chown", "-R", f"{old.name}:{old.name}", str(old.home))
    old_home = old.snapshot()

    # --- install: apt-get install ./agentdesk_<version>_amd64.deb -------------------------
    started = time.monotonic()
    apt("install", "--no-install-recommends", str(deb))
    print(f"install took {time.monotonic() - started:.1f} s")
    assert status() == f"install ok installed {__version__}"
    assert sh("dpkg", "--verify", PACKAGE).stdout == ""  # every file as md5sums says
    assert Path("/usr/bin/agent-desk").resolve() == Path("/opt/agentdesk/AgentDesk")
    assert Path(f"/usr/share/applications/{DESKTOP_ID}.desktop").is_file()
    conffiles = sh("dpkg-query", "-W", "-f=${Conffiles}", PACKAGE).stdout
    assert str(BRANCH_FILE) in conffiles
    assert programs_running_from_opt() == [], "a maintainer script started the program"
    assert old.snapshot() == old_home, "installing touched a user's home"

    # --- an agent's first start, in a fresh home ---------------------------------------------
    fresh = Desk(f"adnew{tag}")
    system.append(fresh)
    assert fresh.ok("--version").strip() == f"agent-desk {__version__}"
    started = time.monotonic()
    assert fresh.ok("selftest").startswith("selftest ok")
    print(f"first selftest after install took {time.monotonic() - started:.1f} s")
    (head,) = known_heads()
    assert fresh.ok("db", "check").split()[:2] == ["ok", head]  # then where the key is
    db = fresh.data / "agent_desk.db"
    assert db.stat().st_uid == pwd.getpwnam(fresh.name).pw_uid  # the user's, not root's
    fresh.ok(
        *("user", "add", "--agent-no", "1001", "--name", "王小明", "--role", "admin"),
        "--password-stdin",
        stdin="desk-pw-1001\n",
    )
    fresh.ok("config", "set", "branch.name", "浦东营业厅", *AS_1001, stdin=PW_1001)

    # --- the desk of the first release: migrated at its first start, with a backup ------------
    assert old.ok("db", "check").split()[:2] == ["ok", head]
    upgraded = copied(old.data / "agent_desk.db", tmp_path / "upgraded")
    assert revision(upgraded) == head and data_differences(upgraded) == []
    backups = sorted((old.data / "backups").glob("*.db"))
    assert len(backups) == 1, backups
    assert data_differences(copied(backups[0], tmp_path / "backup")) == []

    # --- branch IT sets the branch file and locks the share and branch code --------------------
    BRANCH_FILE.write_text(
        'locked = ["branch.code", "share.location"]\n\n[branch]\ncode = "SH01"\n\n'
        '[share]\nlocation = "smb://fs01/callcenter/summaries"\n',
        encoding="utf-8",
    )
    branch_text = BRANCH_FILE.read_text(encoding="utf-8")
    assert fresh.ok("config", "get", "branch.code", *AS_1001, stdin=PW_1001).strip() == "SH01"
    refused = fresh.run(
        "config", "set", "share.location", "/tmp/elsewhere", *AS_1001, stdin=PW_1001
    )
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        f"agent-desk: share.location is locked by branch IT in {BRANCH_FILE}; "
        "ask branch IT to change it there"
    )
    not_locked = fresh.ok("config", "get", "branch.name", *AS_1001, stdin=PW_1001)
    assert not_locked.strip() == "浦东营业厅"

    # --- upgrade to the next version (the same bundle, packed again) ----------------------------
    next_deb = build_deb.build(bundle_dir(), tmp_path / "next", NEXT, work=tmp_path / "stage")
    homes = {desk.name: desk.snapshot() for desk in (old, fresh)}
    apt("install", "--no-install-recommends", str(next_deb))
    assert status() == f"install ok installed {NEXT}"
    assert BRANCH_FILE.read_text(encoding="utf-8") == branch_text, "the upgrade lost IT's edit"
    assert programs_running_from_opt() == []
    assert {desk.name: desk.snapshot() for desk in (old, fresh)} == homes
    assert "1001\t王小明\tadmin" in fresh.ok("user", "list", *AS_1001, stdin=PW_1001)
    assert fresh.ok("config", "get", "branch.name", *AS_1001, stdin=PW_1001).strip() == "浦东营业厅"
    assert fresh.ok("config", "get", "branch.code", *AS_1001, stdin=PW_1001).strip() == "SH01"
    assert fresh.ok("selftest").startswith("selftest ok")
    assert fresh.ok("db", "check").split()[0] == "ok"

    # --- remove: the program goes, the branch file and every profile stay ----------------------
    homes = {desk.name: desk.snapshot() for desk in (old, fresh)}
    apt("remove", PACKAGE)
    assert status() == f"deinstall ok config-files {NEXT}"
    assert not Path("/opt/agentdesk").exists()
    assert not Path("/usr/bin/agent-desk").exists()
    assert not Path(f"/usr/share/applications/{DESKTOP_ID}.desktop").exists()
    assert BRANCH_FILE.read_text(encoding="utf-8") == branch_text
    assert {desk.name: desk.snapshot() for desk in (old, fresh)} == homes

    # --- purge: only /etc/agentdesk goes ---------------------------------------------------
    apt("purge", PACKAGE)
    assert status() in ("", "unknown ok not-installed")
    assert not Path("/etc/agentdesk").exists()
    assert {desk.name: desk.snapshot() for desk in (old, fresh)} == homes
    assert (fresh.data / "agent_desk.db").is_file() and fresh.config.is_file()
