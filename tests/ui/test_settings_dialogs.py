"""Settings dialogs change only the keys they show, and only for an administrator."""

from __future__ import annotations

from agent_desk.config import BranchConfig
from agent_desk.ui.share_settings import ShareSettingsDialog


def test_share_settings_keep_the_branch_code_set_with_config_set_meanwhile(
    qtbot, services, tmp_path
):
    """共享目录设置 → 保存 dropped branch.code and branch.name set a minute before."""
    admin = services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    dialog = ShareSettingsDialog(services.settings, admin)  # the window loaded config at start
    qtbot.addWidget(dialog)
    by_cli = BranchConfig.load(services.profile.config_file)  # `agent-desk config set` …
    by_cli.set("branch.code", "SH01")
    by_cli.set("branch.name", "上海分行")
    by_cli.save()
    share = tmp_path / "share"
    share.mkdir()
    dialog.location.setText(str(share))
    dialog.accept()
    saved = BranchConfig.load(services.profile.config_file)
    assert saved.get("branch.code") == "SH01"
    assert saved.get("branch.name") == "上海分行"
    assert saved.get("share.location") == str(share)
    change = services.audit.recent(limit=1)[0]
    assert (change.actor, change.action) == ("0001", "config.set")
    assert change.target == "share.location,share.username"


def test_an_agent_cannot_save_share_settings_and_the_try_is_audited(qtbot, services, tmp_path):
    agent = services.accounts.create("1001", "王小明", "agent", "password1")
    dialog = ShareSettingsDialog(services.settings, agent)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.location.setText(str(tmp_path))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.result_label.text()
    assert not services.profile.config_file.exists()
    refused = services.audit.recent(limit=1)[0]
    assert (refused.actor, refused.action) == ("1001", "permission.refused")


def test_share_settings_without_a_keyring_say_so_and_change_nothing(
    qtbot, services, language, tmp_path
):
    """共享目录设置 → smb://…, root, a password → 保存 on a PC where no keyring works ended in
    "AgentDesk 遇到了意外问题…" with the location saved and the password nowhere."""
    import keyring
    import keyring.backends.fail

    language("zh_CN")
    admin = services.accounts.create("0001", "管理员", "admin", "admin-pw1")
    services.settings.change(admin, {"share.location": str(tmp_path)})
    before = services.profile.config_file.read_text(encoding="utf-8")
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        dialog = ShareSettingsDialog(services.settings, admin)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.location.setText("smb://127.0.0.1:4455/cc")
        dialog.username.setText("root")
        dialog.password.setText("Very-secret-9")
        dialog.accept()
    finally:
        keyring.set_keyring(previous)
    assert dialog.isVisible()  # still open, with what was typed
    assert "这台电脑上没有可用的密码库" in dialog.result_label.text()
    assert "文件夹路径" in dialog.result_label.text()
    assert services.profile.config_file.read_text(encoding="utf-8") == before
    assert keyring.get_password("AgentDesk share", "root") is None
