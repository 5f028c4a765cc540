"""The packaged build behaves like the source: branch IT runs it from dist/, with no Python around.

Skipped when there is no bundle (`make dist` builds one) or it is older than the source; CI sets
AGENT_DESK_BUNDLE_REQUIRED=1 after `make dist`, which turns those skips into failures.
AGENT_DESK_BUNDLE points at another build's executable (e.g. an unpacked archive).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from agent_desk import __version__
from agent_desk.dbfile import FileState, state_of
from agent_desk.store import known_heads
from tests.conftest import ADMIN_NO, ADMIN_PASSWORD, REPO
from tests.upgrade_fixture import (
    backups_of_the_old_database,
    data_differences,
    make_old_profile,
    revision,
)

pytestmark = pytest.mark.integration

BUNDLE_ENV = "AGENT_DESK_BUNDLE"
REQUIRED_ENV = "AGENT_DESK_BUNDLE_REQUIRED"
EXE_NAME = "AgentDesk-cli.exe" if sys.platform == "win32" else "AgentDesk"
# Qt modules the app never uses; none of their libraries may be in the bundle.
UNUSED_QT = ("WebEngine", "Qt63D", "Multimedia", "Quick", "Qml", "VirtualKeyboard", "Designer")


def _newest_source_change() -> float:
    sources = [*(REPO / "agent_desk").rglob("*.py"), *(REPO / "resources").rglob("*")]
    sources += [REPO / "build.spec", *(REPO / "packaging").glob("*")]
    return max(path.stat().st_mtime for path in sources if path.is_file())


@pytest.fixture(scope="module")
def bundle() -> Path:
    chosen = os.environ.get(BUNDLE_ENV)
    exe = Path(chosen) if chosen else REPO / "dist" / "AgentDesk" / EXE_NAME
    reason = None
    if not exe.is_file():
        reason = f"no packaged build at {exe} (run 'make dist')"
    elif not chosen and exe.stat().st_mtime < _newest_source_change():
        reason = f"the packaged build at {exe} is older than the source (run 'make dist')"
    if reason:
        if os.environ.get(REQUIRED_ENV) == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    return exe


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # The tests' file keyring lives in tests/, which the bundle does not contain; see
    # file_keyring_env for the tests that need a password.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.update(extra)
    if not env["PYTHON_KEYRING_BACKEND"]:
        del env["PYTHON_KEYRING_BACKEND"]  # "" would be a module name; keyringrc.cfg decides
    return env


def file_keyring_env(tmp_path: Path) -> dict[str, str]:
    """Let the bundle use the tests' file keyring through keyring's own keyringrc.cfg
    (`keyring-path` puts the checkout on its sys.path), as a desk would configure a backend."""
    config = tmp_path / "xdg-config"
    (config / "python_keyring").mkdir(parents=True)
    (config / "python_keyring" / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring = tests.keyring_backend.FileKeyring\nkeyring-path = {REPO}\n",
        encoding="utf-8",
    )
    return {
        "XDG_CONFIG_HOME": str(config),
        "PYTHON_KEYRING_BACKEND": "",
        "AGENT_DESK_TEST_KEYRING_DIR": str(tmp_path),
    }


def run_bundle(
    exe: Path, *args: str, profile: Path | None = None, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run the frozen app from dist/ (not from the checkout), as branch IT would."""
    argv = [str(exe), *(["--profile", str(profile)] if profile else []), *args]
    return subprocess.run(
        argv,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=90,
        env=_env(**env),
        cwd=exe.parent.parent,
    )


def bundle_admin(exe: Path, profile: Path) -> dict[str, str]:
    """Make the desk's administrator (no --as while there is none, as at first start); the
    arguments that run a command as that administrator."""
    made = run_bundle(
        exe,
        *("user", "add", "--agent-no", ADMIN_NO, "--name", "管理员", "--role", "admin"),
        "--password-stdin",
        profile=profile,
        stdin=f"{ADMIN_PASSWORD}\n",
    )
    assert made.returncode == 0, made.stderr
    return {"as_": ADMIN_NO, "stdin": f"{ADMIN_PASSWORD}\n"}


def run_as(
    exe: Path, *args: str, profile: Path, as_: str, stdin: str
) -> subprocess.CompletedProcess[str]:
    return run_bundle(exe, *args, "--as", as_, profile=profile, stdin=stdin)


def test_the_bundle_prints_its_version(bundle):
    result = run_bundle(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"agent-desk {__version__}"


def test_first_start_of_the_bundle_creates_the_profile_through_its_migrations(bundle, tmp_path):
    profile = tmp_path / "fresh"
    result = run_bundle(bundle, "--lang", "zh_CN", "selftest", profile=profile)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("selftest ok")
    log = (profile / "logs" / "agent-desk.log").read_text(encoding="utf-8")
    assert "translation" not in log, "the bundled Chinese translations did not load"
    db = profile / "data" / "agent_desk.db"
    assert {revision(db)} == known_heads()
    checked = run_bundle(bundle, "db", "check", profile=profile)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.splitlines()[0].split() == ["ok", revision(db)]
    # Encrypted at rest with no keyring at all: the key is in the profile's private key file.
    assert state_of(db) is FileState.OPAQUE and b"SQLite format 3" not in db.read_bytes()[:16]
    assert f"key in key file {profile.resolve() / 'config' / 'database.key'}" in checked.stdout


def test_the_bundle_upgrades_a_desk_of_the_first_release_without_losing_anything(bundle, tmp_path):
    profile = tmp_path / "old-desk"
    db = make_old_profile(profile)
    result = run_bundle(bundle, "db", "check", profile=profile)
    assert result.returncode == 0, result.stderr
    assert {revision(db)} == known_heads()
    assert data_differences(db) == []
    saved = backups_of_the_old_database(profile)
    assert len(saved) == 1 and data_differences(saved[0]) == []
    listed = run_bundle(  # the old desk's administrator (tools/make_profile_fixture.py)
        bundle, "user", "list", "--as", "0001", profile=profile, stdin="admin-pass1\n"
    )
    assert "1001\t王小明\tagent" in listed.stdout, listed.stderr
    assert run_bundle(bundle, "selftest", profile=profile).returncode == 0


def test_ring_without_a_running_desk_exits_3_with_one_clear_line(bundle, tmp_path):
    result = run_bundle(bundle, "ring", "--caller", "13800138000", profile=tmp_path / "p")
    assert result.returncode == 3, result.stderr
    assert "not running" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_softphone_rings_the_running_bundle_and_the_agent_answers(bundle, tmp_path):
    profile = tmp_path / "desk"
    admin = bundle_admin(bundle, profile)
    added = run_as(
        bundle,
        *("user", "add", "--agent-no", "1001", "--name", "王小明", "--password-stdin"),
        profile=profile,
        as_=admin["as_"],
        stdin=admin["stdin"] + "first-agent-pw-1\n",
    )
    assert added.returncode == 0, added.stderr
    # The agent chooses their own password first (an account an administrator made must).
    chosen = run_as(
        bundle,
        *("user", "passwd", "--agent-no", "1001", "--password-stdin"),
        profile=profile,
        as_="1001",
        stdin="first-agent-pw-1\nagent-pw-1\n",
    )
    assert chosen.returncode == 0, chosen.stderr
    login = tmp_path / "login"  # the app's test-only autologin: read once, deleted, 0600
    login.touch(mode=0o600)
    login.write_text("1001\nagent-pw-1\n", encoding="utf-8")
    log = profile / "logs" / "agent-desk.log"
    before = log.stat().st_size

    def wait_for_log(needle: str) -> None:
        deadline = time.monotonic() + 60
        while needle not in log.read_bytes()[before:].decode("utf-8", "replace"):
            assert app.poll() is None, f"the bundled app exited before {needle!r}"
            assert time.monotonic() < deadline, f"{needle!r} not in the bundled app's log"
            time.sleep(0.1)

    app = subprocess.Popen(
        [str(bundle), "--profile", str(profile), "--lang", "zh_CN"],
        env=_env(AGENT_DESK_AUTOLOGIN_FILE=str(login)),
        cwd=bundle.parent.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_log("main window shown for agent 1001")
        rung = run_bundle(
            bundle, "ring", "--caller", "138 0013 8000", "--call-id", "c1", profile=profile
        )
        assert rung.returncode == 0, rung.stderr
        wait_for_log("ring received")
        answered = run_bundle(bundle, "answer", "--call-id", "c1", profile=profile)
        assert answered.returncode == 0, answered.stderr
        wait_for_log("call answered")
    finally:
        app.terminate()
        app.wait(10)


def test_a_day_of_work_in_the_bundle_reaches_the_share_and_the_reports(bundle, tmp_path):
    """Demo data (pypinyin initials), holiday-aware deadlines (chinese_calendar), summaries
    checked against the schema (jsonschema) and published, XLSX (openpyxl) and PDF reports:
    the libraries a frozen build can silently lose."""
    profile, share = tmp_path / "desk", tmp_path / "share"
    demo = run_bundle(bundle, "demo", "--customers", "30", "--calls", "100", profile=profile)
    assert demo.returncode == 0, demo.stderr
    due = run_bundle(
        bundle, "deadlines", "--kind", "complaint", "--received", "2026-09-30T10:00:00+08:00"
    )
    assert due.returncode == 0, due.stderr
    assert "reply by     2026-10-13" in due.stdout  # five working days after National Day
    share.mkdir()  # a share root exists; AgentDesk makes the folders below it
    admin = bundle_admin(bundle, profile)  # the demo makes agents and a supervisor only
    set_ = run_as(bundle, "config", "set", "share.location", str(share), profile=profile, **admin)
    assert set_.returncode == 0, set_.stderr
    synced = run_bundle(bundle, "sync", profile=profile)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert list(share.rglob("summary.json"))
    for fmt, magic in (("xlsx", b"PK"), ("pdf", b"%PDF")):
        out = tmp_path / f"report.{fmt}"
        report = run_bundle(
            bundle,
            *("report", "--share", str(share), "--from", "2020-01-01", "--to", "2030-12-31"),
            *("--out", str(out), "--as", "8001"),
            profile=profile,
            stdin="demo-1001\n",
        )
        assert report.returncode == 0, report.stderr
        assert out.read_bytes().startswith(magic)


def test_the_bundle_publishes_over_smb_with_the_password_from_the_keyring(
    bundle, tmp_path, monkeypatch
):
    from agent_desk.share import set_share_password
    from tests.integration.samba import PASSWORD, USER, SambaServer, skip_reason

    if skip_reason():
        pytest.skip(skip_reason())
    keyring_env = file_keyring_env(tmp_path)
    monkeypatch.setenv("AGENT_DESK_TEST_KEYRING_DIR", str(tmp_path))
    set_share_password(USER, PASSWORD)  # as the settings page does, into the same keyring
    profile = tmp_path / "desk"
    demo = run_bundle(bundle, "demo", "--customers", "10", "--calls", "20", profile=profile)
    assert demo.returncode == 0, demo.stderr
    server = SambaServer(tmp_path / "samba")
    server.start()
    try:
        admin = bundle_admin(bundle, profile)
        for key, value in (
            ("share.location", server.url("share", "frozen")),
            ("share.username", USER),
        ):
            set_ = run_as(bundle, "config", "set", key, value, profile=profile, **admin)
            assert set_.returncode == 0, set_.stderr
        synced = run_bundle(bundle, "sync", profile=profile, **keyring_env)
        assert synced.returncode == 0, synced.stdout + synced.stderr
        assert list((server.share_dir / "frozen").rglob("summary.json"))
    finally:
        server.stop()


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs xvfb-run")
def test_the_bundle_starts_on_an_x_display(bundle, tmp_path):
    exe = str(bundle)
    result = subprocess.run(
        ["xvfb-run", "-a", exe, "--profile", str(tmp_path / "p"), "selftest"],
        capture_output=True,
        text=True,
        timeout=90,
        env=_env(QT_QPA_PLATFORM="xcb"),
    )
    assert result.returncode == 0, result.stderr


def test_the_bundle_holds_what_it_needs_and_no_unused_qt(bundle):
    internal = bundle.parent / "_internal"
    for needed in (
        "resources/policy.toml",
        "resources/schema/shift_summary.schema.json",
        "resources/icons/agentdesk.svg",  # the window icon (SVG through Qt's svg icon engine)
        "agent_desk/migrations/env.py",
        "agent_desk/migrations/script.py.mako",
    ):
        assert (internal / needed).is_file(), needed
    versions = REPO / "agent_desk" / "migrations" / "versions"
    for source in versions.glob("*.py"):
        assert (internal / "agent_desk" / "migrations" / "versions" / source.name).is_file()
    for ts in (REPO / "resources" / "i18n").glob("*.ts"):
        assert (internal / "resources" / "i18n" / ts.with_suffix(".qm").name).is_file()
    assert not list((internal / "resources").rglob("*.ts"))
    unused = [p.name for p in internal.rglob("*") if any(q in p.name for q in UNUSED_QT)]
    assert unused == []
    dangling = [str(p) for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_the_archive_for_branch_it_holds_the_folder_and_install_notes(bundle):
    if sys.platform == "win32" or os.environ.get(BUNDLE_ENV):
        pytest.skip("checks the tar.gz that 'make dist' writes next to dist/AgentDesk")
    archives = sorted(bundle.parent.parent.glob(f"AgentDesk-{__version__}-*.tar.gz"))
    assert archives, "no archive next to the folder"
    with tarfile.open(archives[-1]) as tf:
        names = set(tf.getnames())
        notes = tf.extractfile("AgentDesk/INSTALL.txt").read().decode("utf-8")
    assert {"AgentDesk/AgentDesk", "AgentDesk/_internal/resources/policy.toml"} <= names
    assert __version__ in notes and "share.location" in notes
