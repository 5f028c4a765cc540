"""Customer import: a CSV customer book of 100,000 rows into a fresh (encrypted) profile.

Service level (`PrivacyService.import_customers`), as `customer import` will call it; the rows
are the demo's Chinese names and numbers in the ways people write them. Target: <= 30 s.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent_desk.accounts import AgentInfo
from agent_desk.demo import SURNAMES, _mobile_raw, landline_of, mobile_of
from agent_desk.paths import Profile
from agent_desk.services import Services
from bench.machine import describe

GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英"


def write_book(path: Path, rows: int, seed: int) -> None:
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
            out.writerow([name, "; ".join(phones), rng.choice(["", "1", "2", "VIP3"]), ""])


def open_services(root: Path, plain: bool) -> Services:
    if not plain:
        return Services.open(Profile.at(root).ensure())
    from agent_desk.clock import SystemClock
    from agent_desk.context import AppContext
    from agent_desk.store import open_store

    context = AppContext.load(Profile.at(root).ensure(), SystemClock())
    p = context.profile
    return Services(context, open_store(p.db_path, p.backup_dir, context.clock))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--plain", action="store_true", help="an unencrypted store, to compare")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "book.csv"
        write_book(book, args.rows, args.seed)
        services = open_services(Path(folder) / "profile", args.plain)
        try:
            sup = services.accounts.create("8001", "陈主管", "supervisor", "secret-pw")
            actor = AgentInfo(sup.id, sup.public_id, sup.agent_no, sup.name, sup.role)
            started, cpu = time.perf_counter(), time.process_time()
            report = services.privacy.import_customers(book, actor)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            encrypted = services.store.encrypted
        finally:
            services.close()
    print(describe())
    print(
        f"import of {args.rows:,} CSV rows ({'SQLCipher' if encrypted else 'plain'} store): "
        f"{elapsed:.1f} s (CPU {cpu:.1f} s); added {report.added:,}, updated {report.updated:,}, "
        f"refused {len(report.refused):,}"
    )
    print(f"  target <= 30 s: {'OK' if elapsed <= 30 else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
