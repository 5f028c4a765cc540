"""Search as you type on a demo profile: the cost of one keystroke, p50/p99.

    .venv/bin/python bench/search.py --profile /tmp/ad-1m [--words 200]

Each "word" is typed one character at a time, and every prefix is searched the way the search
dialog's worker does it (`CustomerService.search`, 20 results): Chinese names (张 → 张三),
pinyin initials (z → zs → zsf), number beginnings and endings (1 → 138 → 13800…, 8 → 8000),
any middle part of a number (0013…), and case numbers (T → TS-20261125-0001).
Target: p99 <= 50 ms per keystroke.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def words(db: Path, count: int, seed: int) -> list[tuple[str, str]]:
    """(kind, full text typed) sampled from the profile itself."""
    rng = random.Random(seed)
    con = _connect(db, readonly=True)
    try:
        top_customer = con.execute("SELECT max(id) FROM customers").fetchone()[0]
        top_phone = con.execute("SELECT max(id) FROM customer_phones").fetchone()[0]
        top_case = con.execute("SELECT max(id) FROM cases").fetchone()[0] or 0
        out: list[tuple[str, str]] = []
        kinds = ["name", "initials", "number_start", "number_end", "number_middle", "case"]
        while len(out) < count:
            kind = kinds[len(out) % len(kinds)]
            if kind in ("name", "initials"):
                row = con.execute(
                    "SELECT name, name_initials FROM customers WHERE id = ?",
                    (rng.randrange(1, top_customer + 1),),
                ).fetchone()
                text = row[0] if kind == "name" else row[1]
            elif kind.startswith("number"):
                row = con.execute(
                    "SELECT normalised FROM customer_phones WHERE id = ?",
                    (rng.randrange(1, top_phone + 1),),
                ).fetchone()
                number = row[0]
                if kind == "number_start":
                    text = number
                elif kind == "number_end":
                    text = number[-4:]  # "the one ending in 8000"
                else:
                    text = number[3:8]
            else:
                if not top_case:
                    continue
                row = con.execute(
                    "SELECT number FROM cases WHERE id = ?", (rng.randrange(1, top_case + 1),)
                ).fetchone()
                text = row[0]
            out.append((kind, text))
    finally:
        con.close()
    return out


def _connect(db: Path, **kwargs: object) -> Any:
    """The profile's database with its key (the store is SQLCipher-encrypted by default)."""
    from agent_desk.context import AppContext
    from agent_desk.paths import Profile
    from agent_desk.store import connect_profile_db

    keys = AppContext.load(Profile.at(db.parent.parent)).key_store()
    return connect_profile_db(db, keys, **kwargs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", required=True)
    parser.add_argument("--words", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()

    from machine import describe

    from agent_desk.paths import Profile
    from agent_desk.services import Services

    services = Services.open(Profile.at(args.profile))
    customers = services.customers
    db = services.store.path
    con = _connect(db, readonly=True)
    n_customers = con.execute("SELECT count(*) FROM customers").fetchone()[0]
    con.close()
    typed = words(db, args.words, args.seed)
    for _kind, text in typed[:20]:  # warm-up
        customers.search(text)

    per_kind: dict[str, list[float]] = defaultdict(list)
    every: list[float] = []
    empty = 0
    for kind, text in typed:
        for end in range(1, len(text) + 1):
            started = time.perf_counter()
            hits = customers.search(text[:end])
            elapsed = (time.perf_counter() - started) * 1000
            every.append(elapsed)
            per_kind[kind].append(elapsed)
        empty += not hits

    print(f"machine: {describe()}")
    print(f"profile: {args.profile} ({n_customers:,} customers)")
    print(f"{len(typed)} words, {len(every)} keystrokes; {empty} full words found nothing")
    for kind, values in per_kind.items():
        print(
            f"  {kind:<14} p50 {pct(values, 50):7.3f} ms  p99 {pct(values, 99):7.3f} ms  "
            f"max {max(values):7.3f} ms  (n={len(values)})"
        )
    print(
        f"all keystrokes  p50 {pct(every, 50):7.3f} ms  p99 {pct(every, 99):7.3f} ms  "
        f"mean {statistics.fmean(every):7.3f} ms"
    )
    print(f"p99 target <= 50 ms: {'met' if pct(every, 99) <= 50 else 'MISSED'}")
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
