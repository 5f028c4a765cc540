"""AgentDesk: a desktop workstation for call-center agents."""

__version__ = "0.1.0"
APP_NAME = "AgentDesk"
