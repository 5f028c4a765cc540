"""The shift as the agent sees it: states and breaks, Close shift…, Sync now, share settings,
and the report PDF that shows Chinese."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QImage
from sqlalchemy import select

from agent_desk.calls.service import CallRecord
from agent_desk.errors import AgentDeskError
from agent_desk.models import OutboxItem
from agent_desk.share import KEYRING_SERVICE
from agent_desk.ui.main_window import MainWindow
from agent_desk.ui.share_settings import ShareSettingsDialog
from agent_desk.ui.shift_close_dialog import ShiftCloseDialog
from agent_desk.ui.summary_render import QtSummaryRenderer


def _admin(services):
    """Share settings are an administrator's (the window shows them to no one else)."""
    return services.accounts.create("0001", "管理员", "admin", "admin-pw1")


@pytest.fixture
def window(qtbot, services, ui_settings):
    services.accounts.create("1001", "王小明", "agent", "password1")
    agent = services.accounts.login("1001", "password1")
    win = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.shift_desk.stop()


def action(window, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_logging_in_starts_a_shift_and_breaks_are_recorded_with_their_reason(
    window, services, clock, language
):
    desk = window.shift_desk
    assert desk.shift is not None and desk.shift.state == "available"
    clock.advance(600)
    action(window, "break_meal").trigger()
    assert (desk.shift.state, desk.shift.break_reason) == ("break", "meal")
    assert "meal" in desk.state_label.text().lower() or "用餐" in desk.state_label.text()
    clock.advance(1800)
    action(window, "stateAvailable").trigger()
    periods = services.shifts.periods(desk.shift.id)
    assert [(p.state, p.break_reason) for p in periods] == [
        ("available", None),
        ("break", "meal"),
        ("available", None),
    ]


def test_the_call_in_progress_moves_the_agent_through_call_and_wrap_up(window, services, clock):
    controller = window.call_controller  # the calls part is part of every build
    desk = window.shift_desk
    call = controller.ring("13800138000")
    clock.advance(5)
    controller.answer(call.public_id)
    assert desk.shift.state == "on_call"
    clock.advance(60)
    controller.hang_up(call.public_id)
    assert desk.shift.state == "wrap_up"
    controller.save(
        CallRecord(
            category="inquiry",
            subject="资费",
            question="多少钱",
            answer="99",
            resolution="resolved",
        )
    )
    assert desk.shift.state == "available"


def test_close_shift_shows_the_summary_and_queues_it(qtbot, window, services, clock):
    desk = window.shift_desk
    clock.advance(3600)
    dialog = ShiftCloseDialog(services.shifts, desk.shift, "en", window)
    qtbot.addWidget(dialog)
    assert "Shift summary" in dialog.preview.toPlainText()
    assert "1001" in dialog.preview.toPlainText()
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.closed is not None, timeout=15000)
    with services.store.sessions() as session:
        kinds = session.scalars(
            select(OutboxItem.kind).where(OutboxItem.shift_id == desk.shift.id)
        ).all()
    assert kinds == ["summary_json", "report_html", "report_pdf", "calls_csv"]
    assert services.shifts.get(desk.shift.id).status == "closed"


def test_after_close_shift_the_status_bar_clock_stops_counting(qtbot, window, clock):
    """The review saw "本班 00:01:04" still counting (00:01:25, 00:01:42) after the close."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    clock.advance(3600)
    window.status._tick()
    assert "01:00:00" in window.status.shift_label.text()

    def confirm_when_shown():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ShiftCloseDialog) and dialog.isVisible():
            dialog.confirm()
        else:
            QTimer.singleShot(20, confirm_when_shown)

    QTimer.singleShot(0, confirm_when_shown)
    window.shift_desk.close_shift()
    assert window.shift_desk.shift.status == "closed"
    shown = window.status.shift_label.text()
    clock.advance(120)
    window.status._tick()
    assert window.status.shift_label.text() == shown
    assert "01:0" not in shown and "00:0" not in shown  # "No shift", not a running clock


def test_a_call_answered_behind_close_shift_keeps_the_shift_open(qtbot, window, services, clock):
    """Close shift… was open, a call rang and was answered (F3 through the dialog), Close
    shift closed the shift under the call: 'offered 5 answered 4' in its summary.json, the call
    with no end in calls.csv, the banner still on the call."""
    controller = window.call_controller
    desk = window.shift_desk
    dialog = ShiftCloseDialog(services.shifts, desk.shift, "en", window, controller)
    qtbot.addWidget(dialog)
    assert dialog.summary["calls"]["offered"] == 0
    controller.ring("13800138000", "pbx-1", "cti")
    controller.answer("pbx-1")
    assert dialog.summary["calls"]["offered"] == 1  # the preview follows the call
    dialog.confirm()
    assert "A call is at the desk" in dialog.error_label.text()
    assert services.shifts.get(desk.shift.id).status == "open"
    # Even past the dialog's own check (a ring as it closes), the service refuses.
    with pytest.raises(AgentDeskError) as refused:
        services.shifts.close(desk.shift.id, "en", QtSummaryRenderer())
    assert refused.value.params["reason"] == "call.busy"
    controller.hang_up("pbx-1")
    controller.save(
        CallRecord(
            category="inquiry",
            subject="资费",
            question="多少钱",
            answer="99",
            resolution="resolved",
        )
    )
    dialog.confirm()
    qtbot.waitUntil(lambda: dialog.closed is not None, timeout=15000)
    calls = dialog.closed.summary["calls"]
    assert (calls["offered"], calls["answered"]) == (1, 1)


def test_sync_now_publishes_on_a_worker_and_the_status_bar_says_synced(
    qtbot, window, services, clock, tmp_path
):
    share = tmp_path / "share"
    share.mkdir()
    services.config.set("share.location", str(share))
    services.shifts.close(window.shift_desk.shift.id, "en", QtSummaryRenderer())
    action(window, "syncNow").trigger()
    label = window.status.share_label
    qtbot.waitUntil(lambda: label.text() in ("Share: synced", "共享目录：已同步"), timeout=15000)
    assert len([p for p in share.rglob("*") if p.is_file()]) >= 4


def test_an_offline_share_shows_since_when_and_how_many_wait(
    qtbot, window, services, clock, tmp_path
):
    services.config.set("share.location", str(tmp_path / "not-mounted"))
    services.shifts.close(window.shift_desk.shift.id, "en", QtSummaryRenderer())
    action(window, "syncNow").trigger()
    label = window.status.share_label
    qtbot.waitUntil(lambda: "offline" in label.text() or "离线" in label.text(), timeout=15000)
    assert "waiting" in label.text() or "待发送" in label.text()
    assert label.toolTip()


def test_share_settings_keep_the_password_in_the_keyring_only(
    qtbot, services, tmp_path, monkeypatch
):
    import keyring

    monkeypatch.setenv("AGENT_DESK_TEST_KEYRING_DIR", str(tmp_path))
    share = tmp_path / "share"
    share.mkdir()
    dialog = ShareSettingsDialog(services.settings, _admin(services))
    qtbot.addWidget(dialog)
    dialog.location.setText(str(share))
    dialog.username.setText("desk01")
    dialog.password.setText("Very-secret-9")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)
    assert "works" in dialog.result_label.text() or "正常" in dialog.result_label.text()
    dialog.accept()
    saved = services.profile.config_file.read_text(encoding="utf-8")
    assert str(share) in saved and "desk01" in saved
    assert "Very-secret-9" not in saved
    assert keyring.get_password(KEYRING_SERVICE, "desk01") == "Very-secret-9"


def test_the_test_connection_button_explains_an_unreachable_share(qtbot, services, tmp_path):
    dialog = ShareSettingsDialog(services.settings, _admin(services))
    qtbot.addWidget(dialog)
    dialog.location.setText(str(tmp_path / "missing"))
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10000)
    text = dialog.result_label.text()
    assert "cannot be reached" in text or "无法连接" in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
def test_the_chinese_report_pdf_shows_chinese_text(qapp, services, clock, tmp_path):
    agent = services.accounts.create("1002", "李娜", "agent", "password1")
    shift = services.shifts.start(agent)
    clock.advance(3600)
    summary = services.shifts.close(shift.id, "zh_CN", QtSummaryRenderer()).summary
    html, pdf = QtSummaryRenderer().render(summary, "zh_CN")
    assert "班次汇总" in html.decode("utf-8")  # needs `make i18n`, as `make test` does
    assert pdf.startswith(b"%PDF")
    (tmp_path / "report.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "report.pdf", "page"],
        cwd=tmp_path,
        check=True,
    )
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    dark = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 500, "the rendered page is (nearly) blank"
    fonts = subprocess.run(["pdffonts", "report.pdf"], cwd=tmp_path, capture_output=True, text=True)
    if fonts.returncode == 0:
        assert "CJK" in fonts.stdout, fonts.stdout  # the Chinese font is embedded


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("en", "Share refused the user name or password: not retried until it changes"),
        ("zh_CN", "共享目录拒绝了用户名或密码：更改前不再重试"),
    ],
)
def test_the_status_bar_says_a_refused_logon_is_not_retried_in_both_languages(
    qapp, language, lang, words
):
    from agent_desk.share import ShareAuthFailed
    from agent_desk.sync import SyncState
    from agent_desk.ui.sync_worker import describe_share_error, state_text

    language(lang)
    state = SyncState("refused", 3, 0, failed=1)
    text = state_text(state)
    assert text.startswith(words)
    assert ("3 waiting" in text and "1 failed" in text) or (
        "3 个待发送" in text and "1 个失败" in text
    )
    error: AgentDeskError = ShareAuthFailed("STATUS_LOGON_FAILURE", location="smb://nas/share")
    said = describe_share_error(error)
    assert ("refused the user name or password" in said) or ("拒绝了用户名或密码" in said)


def test_share_settings_branch_it_locked_are_read_only_with_the_reason_and_never_saved(
    qtbot, profile, clock, no_branch_file, language
):
    from agent_desk.config import BranchConfig
    from agent_desk.services import Services

    language("zh_CN")
    no_branch_file.write_text(
        'locked = ["share.location"]\n\n[share]\nlocation = "smb://fs01/callcenter"\n',
        encoding="utf-8",
    )
    services = Services.open(profile, clock)  # the window loads the settings at start
    try:
        dialog = ShareSettingsDialog(services.settings, _admin(services))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.location.text() == "smb://fs01/callcenter"
        assert dialog.location.isReadOnly() and not dialog.username.isReadOnly()
        assert dialog.locked_note.isVisible()
        assert str(no_branch_file) in dialog.locked_note.text()
        assert "网点 IT" in dialog.locked_note.text()
        dialog.location.setText("/tmp/elsewhere")  # read-only for the user; a script could try
        dialog.username.setText("desk01")
        dialog.accept()
    finally:
        services.close()
    saved = profile.config_file.read_text(encoding="utf-8")
    assert saved == '[share]\nusername = "desk01"\n'
    assert BranchConfig.load(profile.config_file).get("share.location") == "smb://fs01/callcenter"


def test_share_settings_show_no_lock_note_without_a_branch_file(qtbot, services):
    dialog = ShareSettingsDialog(services.settings, _admin(services))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.locked_note.isVisible()
    assert not dialog.location.isReadOnly()


def test_the_outbox_lists_a_failed_file_with_why_and_try_again_sends_it(
    qtbot, window, services, clock, tmp_path
):
    """Review 13 #1: the status bar counted failed files but nothing could show or retry them."""
    share, outside = tmp_path / "share", tmp_path / "outside"
    share.mkdir()
    outside.mkdir()
    (share / "BR001").symlink_to(outside)  # a link where the branch folder should be
    services.config.set("share.location", str(share))
    closed = services.shifts.close(window.shift_desk.shift.id, "en", QtSummaryRenderer())
    action(window, "syncNow").trigger()
    label = window.status.share_label
    qtbot.waitUntil(lambda: "failed" in label.text() or "失败" in label.text(), timeout=15000)
    assert "Outbox" in label.toolTip() or "发件箱" in label.toolTip()

    action(window, "outbox").trigger()
    dialog = window.shift_desk.outbox_dialog
    table = dialog.table
    assert table.rowCount() == len(closed.files)
    paths = {table.item(row, 1).text() for row in range(table.rowCount())}
    assert paths == {f.relative_path for f in closed.files}
    assert "link" in table.item(0, 3).text()

    (share / "BR001").unlink()  # branch IT removes the link
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.rowCount() == 0, timeout=15000)
    qtbot.waitUntil(lambda: label.text() in ("Share: synced", "共享目录：已同步"), timeout=15000)
    assert all((share / f.relative_path).is_file() for f in closed.files)
    assert list(outside.iterdir()) == []
    dialog.close()
