"""Customer import: a CSV customer book of 100,000 rows through the real `customer import`.

A fresh profile with a supervisor (8001), then `agent-desk customer import book.csv --as 8001`
in a child process, as branch IT or a supervisor runs it: process start, the login (scrypt), the
file read and checked, the rows saved in one transaction, the report printed. The rows are the
demo's Chinese names and numbers in the ways people write them, one in five with a landline
too. `--plain` makes the profile an unencrypted store, to see what the encryption costs.
`--again` imports the same book a second time (the monthly refresh: every row already known;
`--changed`: with a note on every row, so every customer is updated) and, during both runs,
has another process try a small save every 0.2 s as the window would (BEGIN IMMEDIATE with
the desk's busy timeout): the longest wait and the saves refused.
Target: <= 30 s each.
"""

from __future__ import annotations

import argparse
import csv
import logging
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from agent_desk.demo import SURNAMES, _mobile_raw, landline_of, mobile_of  # noqa: E402
from agent_desk.errors import DatabaseBusy  # noqa: E402
from agent_desk.paths import Profile  # noqa: E402
from agent_desk.services import Services  # noqa: E402
from bench.machine import describe  # noqa: E402

GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"
SUPERVISOR, PASSWORD = "8001", "boss-pw-1"


def write_book(path: Path, rows: int, seed: int, note: str = "") -> None:
    rng = random.Random(seed)
    surnames = [s for s, _w in SURNAMES]
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(["姓名", "电话", "VIP", "备注"])
        for n in range(rows):
            name = rng.choice(surnames) + "".join(rng.choice(GIVEN) for _ in range(2))
            phones = [_mobile_raw(mobile_of(n), rng.randrange(6))]
            if n % 5 == 0:
                phones.append(landline_of(n)[0])
            out.writerow([name, "; ".join(phones), rng.choice(["", "1", "2", "VIP3"]), note])


def make_profile(root: Path, plain: bool) -> None:
    """A desk with its supervisor; the store encrypted (the default) or plain."""
    profile = Profile.at(root).ensure()
    if plain:
        from agent_desk.clock import SystemClock
        from agent_desk.context import AppContext
        from agent_desk.store import open_store

        context = AppContext.load(profile, SystemClock())
        services = Services(context, open_store(profile.db_path, profile.backup_dir, context.clock))
    else:
        services = Services.open(profile)
    try:
        services.accounts.create("0001", "管理员", "admin", "admin-pw-1")
        services.accounts.create(SUPERVISOR, "陈主管", "supervisor", PASSWORD)
        encrypted = services.store.encrypted
    finally:
        services.close()
    assert encrypted is not plain


class SaveProbe:
    """Another program's saves while the import runs: one small write transaction every 0.2 s
    on the desk's own engine (BEGIN IMMEDIATE, busy timeout as configured)."""

    def __init__(self, root: Path) -> None:
        self.services = Services.open(Profile.at(root))
        self.waits: list[float] = []
        self.refused = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        from sqlalchemy import text

        while not self._stop.wait(0.2):
            started = time.perf_counter()
            try:
                with self.services.store.sessions.begin() as session:
                    session.execute(text("SELECT 1"))
            except DatabaseBusy:
                self.refused += 1
            self.waits.append(time.perf_counter() - started)

    def __enter__(self) -> SaveProbe:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.services.close()

    def line(self) -> str:
        longest = max(self.waits, default=0.0)
        return f"saves beside it: {len(self.waits)} tried, longest wait {longest:.2f} s, " + (
            f"{self.refused} refused (database busy)"
        )


def run_import(root: Path, book: Path, probe: bool) -> tuple[float, float, str, str]:
    """One `customer import` in a child process: wall, CPU, its report line, the probe's."""
    argv = [sys.executable, "-m", "agent_desk", "--profile", str(root)]
    argv += ["customer", "import", str(book), "--as", SUPERVISOR]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    prober = SaveProbe(root) if probe else None
    started = time.perf_counter()
    if prober is not None:
        prober.__enter__()
    try:
        done = subprocess.run(
            argv,
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            cwd=REPO,
            env={**os.environ},
            timeout=3600,
        )
    finally:
        elapsed = time.perf_counter() - started
        if prober is not None:
            prober.__exit__()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        print(done.stdout + done.stderr, file=sys.stderr)
        raise SystemExit(1)
    return elapsed, cpu, done.stdout.splitlines()[0], prober.line() if prober else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--plain", action="store_true", help="an unencrypted store, to compare")
    parser.add_argument(
        "--again", action="store_true", help="import the same book a second time, saves beside"
    )
    parser.add_argument(
        "--changed",
        action="store_true",
        help="with --again: the second book has a note on every row (every customer updated)",
    )
    args = parser.parse_args()
    logging.getLogger().addHandler(logging.NullHandler())  # the profile's warnings: not here
    again = "every row with a new note" if args.changed else "same book again"
    runs = ["first import", again] if args.again else ["first import"]
    results = []
    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "book.csv"
        write_book(book, args.rows, args.seed)
        root = Path(folder) / "profile"
        make_profile(root, args.plain)
        for n, _run in enumerate(runs):
            if n and args.changed:
                book = Path(folder) / "book-refreshed.csv"
                write_book(book, args.rows, args.seed, note="2026-12 refresh")
            results.append(run_import(root, book, probe=args.again))
        log = (root / "logs" / "agent-desk.log").read_text(encoding="utf-8")
    imports = [line for line in log.splitlines() if "customer import" in line and "=" in line]
    locks = [line.split(": ", 2)[-1] for line in log.splitlines() if "wrote and committed" in line]
    print(describe())
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for n, (run, (elapsed, cpu, report, probe_line)) in enumerate(zip(runs, results, strict=True)):
        print(
            f"`agent-desk customer import` of {args.rows:,} CSV rows, {run} "
            f"({'plain' if args.plain else 'SQLCipher'} store): {elapsed:.1f} s wall, "
            f"CPU {cpu:.1f} s (process start and login included)"
        )
        print(f"  {report}")
        print(f"  log: {imports[n - len(runs)]}")
        if len(locks) == len(runs):  # (a build before the log said it)
            print(f"  other saves wait while it {locks[n].split(': ', 1)[-1]}")
        if probe_line:
            print(f"  {probe_line}")
        print(f"  target <= 30 s: {'OK' if elapsed <= 30 else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
