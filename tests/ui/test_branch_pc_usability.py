"""What an agent on a common branch PC (1366x768, 1280x800, taskbar showing) sees and types.

These are the stumbles found by looking at the real window in both languages: a window taller
than the screen, actions with no key, texts left in English.
"""

from __future__ import annotations

import pytest

from agent_desk.ui.main_window import MainWindow

# 768 pixels minus a Windows taskbar (40) and a title bar (~30).
USABLE_HEIGHT_AT_1366X768 = 698


@pytest.fixture
def agent(services):
    services.accounts.create("1001", "王小明", "agent", "password1")
    return services.accounts.login("1001", "password1")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_desk_fits_a_1366x768_screen_with_a_taskbar(
    qtbot, services, ui_settings, language, agent, lang
):
    language(lang)
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    minimum = window.minimumSizeHint()
    assert minimum.height() <= USABLE_HEIGHT_AT_1366X768
    assert minimum.width() <= 1280


def test_every_menu_entry_speaks_chinese(qtbot, services, ui_settings, language, agent):
    """Tools ▸ Customers… / New customer… / Merge… stayed English: tr() on a variable gave
    lupdate the context 'panel' while Qt looked them up under 'CustomerPanel'."""
    language("zh_CN")
    window = MainWindow(services.context, agent, ui_settings, services)
    qtbot.addWidget(window)
    english = []
    menus = [window.file_menu, window.call_menu, window.tools_menu, window.help_menu]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            if action.menu() is not None:
                menus.append(action.menu())
            text = action.text().replace("&", "")
            if text and not any("\u4e00" <= ch <= "\u9fff" for ch in text):
                english.append(text)
    assert english == []
