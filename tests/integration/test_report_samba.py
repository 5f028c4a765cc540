"""A supervisor's report read straight from a real Samba share over smb://127.0.0.1:PORT/…"""

from __future__ import annotations

from datetime import date

import pytest

from agent_desk.accounts import AgentInfo
from agent_desk.errors import AgentDeskError
from agent_desk.reports import ReportQuery, aggregate
from agent_desk.share import set_share_password
from agent_desk.shifts.demo_summaries import write_demo_summaries
from tests.integration.samba import PASSWORD, USER, SambaServer, skip_reason
from tests.report_fixtures import write_hand_made_share

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(skip_reason() is not None, reason=skip_reason() or ""),
]

SUPERVISOR = AgentInfo(1, "p-1", "9001", "周主管", "supervisor")
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.fixture(scope="module")
def samba(tmp_path_factory) -> SambaServer:
    server = SambaServer(tmp_path_factory.mktemp("samba"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smb_login(services, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("AGENT_DESK_TEST_KEYRING_DIR", str(tmp_path))
    services.config.set("share.username", USER)
    set_share_password(USER, PASSWORD)


def test_report_over_smb_matches_the_hand_count_and_uses_the_index_next_time(
    services, samba, smb_login
):
    write_hand_made_share(samba.share_dir / "hand")
    (samba.share_dir / "hand" / "BR01" / "stray.json").write_bytes(b"\x00\x01junk")
    query = ReportQuery(samba.url("share", "hand"), *NOVEMBER)
    first = services.reports.load(SUPERVISOR, query)
    assert first.read == 4
    assert [s.reason for s in first.skipped] == ["binary"]
    by_agent = {g.key: g.totals for g in aggregate(first.rows, "agent")}
    assert by_agent["BR01·2001"].figure("offered") == 7
    assert by_agent["BR01·2001"].figure("satisfaction_avg") == pytest.approx(22 / 5)
    assert by_agent["BR02·2002"].figure("offered") == 2
    again = services.reports.load(SUPERVISOR, query)
    assert again.read == 0
    assert again.rows == first.rows


def test_many_summaries_over_smb_are_read_in_parallel(services, samba, smb_login):
    count = write_demo_summaries(
        samba.share_dir / "many",
        agents=70,
        branches=2,
        days=4,
        start=date(2026, 11, 1),
        seed=9,
        extras=True,
    )
    result = services.reports.load(SUPERVISOR, ReportQuery(samba.url("share", "many"), *NOVEMBER))
    assert (result.used, result.skipped) == (count, ())


def test_a_wrong_password_is_a_clear_error(services, samba, smb_login):
    set_share_password(USER, "wrong-password")
    with pytest.raises(AgentDeskError) as caught:
        services.reports.load(SUPERVISOR, ReportQuery(samba.url("share"), *NOVEMBER))
    assert caught.value.code == "share.auth"
    assert "refused the user name or password" in caught.value.message
    assert "wrong-password" not in caught.value.message


def test_links_on_an_smb_share_neither_loop_nor_repeat_the_share(services, samba, smb_login):
    """Samba follows links inside a share for its clients: a loop and a link to the share's
    root arrive as plain folders. The walk knows each folder by its id and enters it once."""
    import os

    root = samba.share_dir / "linked"
    write_hand_made_share(root)
    day = root / "BR01" / "2026-11-02"
    os.symlink(day, day / "loop")
    os.symlink(root, root / "BR02" / "everything")
    result = services.reports.load(SUPERVISOR, ReportQuery(samba.url("share", "linked"), *NOVEMBER))
    assert result.used == 3
    assert sum(r.offered for r in result.rows) == 9
    assert sorted((s.path.rsplit("\\", 1)[-1], s.reason) for s in result.skipped) == [
        ("everything", "loop"),
        ("loop", "loop"),
    ]


def test_a_refused_password_is_said_in_words_and_never_tried_again_by_report_or_sync(
    tmp_path, monkeypatch
):
    """Review 13 #4: the report showed the raw STATUS_LOGON_FAILURE and logged on again on every
    run (a scheduled report could lock the share's service account out)."""
    from tests.conftest import run_as_admin

    monkeypatch.setenv("AGENT_DESK_TEST_KEYRING_DIR", str(tmp_path / "keyring"))
    (tmp_path / "keyring").mkdir()
    root = tmp_path / "profile"
    server = SambaServer(tmp_path / "samba")
    server.start()
    try:
        write_hand_made_share(server.share_dir / "summaries")
        url = server.url("share", "summaries")
        assert run_as_admin("config", "set", "share.username", USER, profile=root).returncode == 0
        set_share_password(USER, "not-the-password")
        argv = ("report", "--share", url, "--from", "2026-11-01", "--to", "2026-11-30")
        argv += ("--format", "csv", "--out", str(tmp_path / "r.csv"))
        first = run_as_admin(*argv, profile=root)
        assert first.returncode == 2, first.stderr
        assert "refused the user name or password" in first.stderr
        assert "not tried again" in first.stderr
        assert "STATUS_LOGON_FAILURE" not in first.stderr and "NtStatus" not in first.stderr
        assert "not-the-password" not in first.stderr + first.stdout

        # The server goes away: a run that logged on again would say "cannot be opened".
        server.stop()
        for _ in range(2):
            again = run_as_admin(*argv, profile=root)
            assert again.returncode == 2
            assert "refused the user name or password" in again.stderr, again.stderr

        # The password is corrected: the next report logs on and reads.
        server.start()
        set_share_password(USER, PASSWORD)
        fixed = run_as_admin(*argv, profile=root)
        assert fixed.returncode == 0, fixed.stderr
        assert "read 3 summaries" in fixed.stdout
    finally:
        server.stop()


def test_a_desk_without_a_keyring_says_so_and_does_not_take_it_for_a_refused_logon(
    tmp_path, monkeypatch, samba
):
    """Review (high): with no working keyring `report --share smb://…` said the share refused
    the user name or password (SpnegoError: no password was given) and remembered it as a
    refusal; the report now names the keyring, and once a password is stored it logs on."""
    from tests.conftest import run_as_admin

    monkeypatch.setenv("AGENT_DESK_TEST_KEYRING_DIR", str(tmp_path / "keyring"))
    (tmp_path / "keyring").mkdir()
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    root = tmp_path / "profile"
    write_hand_made_share(samba.share_dir / "no-keyring")
    url = samba.url("share", "no-keyring")
    assert run_as_admin("config", "set", "share.username", USER, profile=root).returncode == 0
    argv = ("report", "--share", url, "--from", "2026-11-01", "--to", "2026-11-30")
    argv += ("--format", "csv", "--out", str(tmp_path / "r.csv"))
    first = run_as_admin(*argv, profile=root)
    assert first.returncode == 2, first.stderr
    assert "cannot be read: no password store works on this PC" in first.stderr, first.stderr
    assert "refused" not in first.stderr and "Spnego" not in first.stderr
    assert len(first.stderr.strip().splitlines()) == 1

    # A keyring that works, with the password: the next report logs on (nothing was refused).
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")
    set_share_password(USER, PASSWORD)
    fixed = run_as_admin(*argv, profile=root)
    assert fixed.returncode == 0, fixed.stderr
    assert "read 3 summaries" in fixed.stdout
