"""The local socket's place: the private per-user runtime folder, the same whatever TMPDIR is,
and never a folder or socket file that belongs to someone else."""

from __future__ import annotations

import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_desk.local_socket import (
    SocketPathRefused,
    check_client_path,
    prepare_server_path,
    socket_name,
)
from agent_desk.paths import Profile

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows uses a named pipe")

STRANGER = 65534  # nobody


@pytest.fixture
def runtime(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short private runtime folder, as /run/user/<uid> is (tmp_path is too long)."""
    folder = Path(tempfile.mkdtemp(prefix="adrt-", dir="/tmp"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def someone_elses(path: Path) -> None:
    """Make `path` another user's: chown as root, else a symlink (which is never ours)."""
    if os.geteuid() == 0:
        os.chown(path, STRANGER, STRANGER, follow_symlinks=False)
    else:  # pragma: no cover - CI runs as root
        target = path.with_name(path.name + ".real")
        path.rename(target)
        path.symlink_to(target)


def test_the_socket_does_not_follow_tmpdir(monkeypatch, profile, tmp_path):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "one"))
    first = socket_name(profile)
    monkeypatch.setenv("TMPDIR", str(tmp_path / "flatpak"))
    assert socket_name(profile) == first
    assert not first.startswith(str(tmp_path))
    assert Path(first).name == f"{profile.instance_key}.sock"


def test_with_a_runtime_folder_the_socket_is_in_it(runtime, profile):
    path = Path(prepare_server_path(profile))
    assert path.parent == runtime / "AgentDesk"
    assert path.parent.stat().st_mode & 0o777 == 0o700


def test_each_profile_has_its_own_socket(runtime, tmp_path):
    one = socket_name(Profile.at(tmp_path / "a"))
    two = socket_name(Profile.at(tmp_path / "b"))
    assert one != two and Path(one).parent == Path(two).parent


def test_a_folder_of_ours_open_to_others_is_made_private_by_the_app(runtime, profile):
    folder = runtime / "AgentDesk"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    with pytest.raises(SocketPathRefused):
        check_client_path(profile)  # the CLI does not talk through it as it is
    prepare_server_path(profile)
    assert folder.stat().st_mode & 0o777 == 0o700


def test_a_folder_that_is_not_ours_is_refused(runtime, profile):
    folder = runtime / "AgentDesk"
    folder.mkdir(mode=0o700)
    someone_elses(folder)
    with pytest.raises(SocketPathRefused) as refused:
        prepare_server_path(profile)
    assert str(folder) in refused.value.message
    with pytest.raises(SocketPathRefused):
        check_client_path(profile)


def test_a_socket_file_that_is_not_ours_is_refused_by_the_app_and_the_cli(runtime, profile):
    path = Path(prepare_server_path(profile))
    with socket.socket(socket.AF_UNIX) as planted:
        planted.bind(str(path))
        someone_elses(path)
        with pytest.raises(SocketPathRefused):
            prepare_server_path(profile)
        with pytest.raises(SocketPathRefused):
            check_client_path(profile)


def test_a_plain_file_in_the_sockets_place_is_refused(runtime, profile):
    path = Path(prepare_server_path(profile))
    path.write_text("not a socket")
    with pytest.raises(SocketPathRefused) as refused:
        prepare_server_path(profile)
    assert "not a socket" in refused.value.message


def test_nothing_listening_means_not_running(runtime, profile):
    assert check_client_path(profile) is None


def test_a_path_too_long_for_a_socket_is_refused_with_the_reason(monkeypatch, tmp_path, profile):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / ("x" * 80)))
    with pytest.raises(SocketPathRefused) as refused:
        prepare_server_path(profile)
    assert "XDG_RUNTIME_DIR" in refused.value.message
