"""Entry script of the packaged build: the same `agent_desk.cli.main` as `agent-desk`.

PyInstaller needs a script file to start from; keeping it with the packaging makes plain that
the bundle adds no behaviour of its own.
"""

from agent_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
