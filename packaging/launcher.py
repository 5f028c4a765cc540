"""Entry script of the packaged build: the same `agent_desk.cli.main` as `agent-desk`.

PyInstaller needs a script file to start from; keeping it with the packaging makes plain that
the bundle adds no behaviour of its own.
"""

import multiprocessing

from agent_desk.cli import main

if __name__ == "__main__":
    # A large report reads the share on worker processes (agent_desk/reports/parsing.py);
    # in the bundle each worker is this executable started again, which this hands over to
    # multiprocessing instead of opening another AgentDesk.
    multiprocessing.freeze_support()
    raise SystemExit(main())
