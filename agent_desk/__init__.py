"""AgentDesk: a desktop workstation for call-center agents."""

__version__ = "0.1.0"
APP_NAME = "AgentDesk"
# The Linux desktop entry, AppStream id and icon name (packaging/deb); the window names it too,
# so a taskbar shows the menu entry's icon and name for the running app.
DESKTOP_ID = "cn.agentdesk.AgentDesk"
