"""What a supervisor sees of the share's knowledge files: refused files and proposals to review."""

from __future__ import annotations

import pytest

from agent_desk.ui.knowledge_window import KnowledgeWindow
from agent_desk.ui.main_window import MainWindow


@pytest.fixture
def supervisor(services):
    services.accounts.create("8001", "陈主管", "supervisor", "password2")
    return services.accounts.login("8001", "password2")


@pytest.fixture
def agent(services):
    services.accounts.create("1001", "王小明", "agent", "password1")
    return services.accounts.login("1001", "password1")


@pytest.fixture
def share(tmp_path):
    folder = tmp_path / "share" / "kb"
    folder.mkdir(parents=True)
    (folder / "kb-20261124T000000Z-BR9-x.json").write_bytes(b'{"schema": "agent-desk/kb-pa')
    return folder.parent


def test_the_supervisors_window_names_the_refused_package_in_chinese(
    qtbot, services, supervisor, agent, share, language
):
    language("zh_CN")
    taken = services.knowledge.import_from_share(str(share))
    assert [r.name for r in taken.refused] == ["kb-20261124T000000Z-BR9-x.json"]
    win = KnowledgeWindow(services.knowledge, supervisor)
    qtbot.addWidget(win)
    win.show()
    assert win.share_status.isVisible()
    assert win.share_status.text().startswith(
        "已拒收共享目录中的文件：kb-20261124T000000Z-BR9-x.json："
    )
    agents = KnowledgeWindow(services.knowledge, agent)
    qtbot.addWidget(agents)
    agents.show()
    assert not agents.share_status.isVisible()


def test_the_status_bar_tells_what_the_share_brought_and_what_it_refused(
    qtbot, services, supervisor, ui_settings, share, language
):
    language("en")
    win = MainWindow(services.context, supervisor, ui_settings, services)
    qtbot.addWidget(win)
    taken = services.knowledge.import_from_share(str(share))
    win.knowledge_desk._imported(0, taken)
    shown = win.status.currentMessage()
    assert "The knowledge package kb-20261124T000000Z-BR9-x.json is incomplete" in shown
