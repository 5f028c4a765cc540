"""Qt widgets and dialogs. Presents and collects; every rule lives in the services below."""

from agent_desk.ui.qt_fixes import install as _install_qt_fixes

_install_qt_fixes()
