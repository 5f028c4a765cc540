"""Deterministic demo data: a branch's customers, agents, past shifts, calls, cases, callbacks.

Used for training rooms, screenshots and the benchmarks (a million customers and two million
calls). The same seed and end date always give the same rows.

Speed is the point of the design: a million customers must be in under two minutes on a
two-core desk PC. Rows are made by plain Python from pre-computed tables (no per-row datetime
or uuid objects), written through the sqlite3 module's executemany in one transaction with the
journal off, and the secondary indexes and the number search index are built once at the end
(a sorted build is far cheaper than a million random B-tree inserts). The demo runs on a profile
nobody has open; if it is killed half-way, delete the profile and run it again (a run on a
profile whose fill was killed removes the scratch files that one left).
"""

from __future__ import annotations

import logging
import random
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from functools import partial
from pathlib import Path
from typing import Any

from agent_desk import phones
from agent_desk.dbfile import connect
from agent_desk.errors import AgentDeskError

log = logging.getLogger(__name__)

DEMO_PASSWORD = "demo-1001"
DEMO_BRANCH = "DEMO"  # only if branch.code were empty (config.py gives it a default)
DEMO_AGENT_NO = "1001"
SUPERVISOR_NO = "8001"
CHINA = timezone(timedelta(hours=8))
SHIFT_START_HOUR = 9  # local
SHIFT_HOURS = 8
CALLS_PER_SHIFT = 120
AVERAGE_HANDLE_MS = 175_000  # ring + talk + wrap-up of an answered demo call, on average
RULE_MS = 15_000
BATCH = 50_000
INDEX_BUILD_CACHE_KIB = 16 * 1024  # SQLite's page cache while the deferred indexes are built


def _words(text: str) -> list[str]:
    return text.split()


# --- word lists ----------------------------------------------------------------------------------
# The hundred commonest surnames roughly by frequency (weights ~ per mille), two compound ones.
SURNAMES: tuple[tuple[str, int], ...] = tuple(
    (s, w)
    for s, w in zip(
        _words(
            "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 "
            "郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 "
            "彭 曾 肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 "
            "魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 "
            "石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 "
            "薛 闫 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 "
            "万 钱 严 覃 武 戴 莫 孔 欧阳 司马 "
        ),
        (
            [72, 72, 70, 54, 45, 31, 23, 23, 20, 18, 17, 15, 14, 13, 13, 12, 12, 12, 11, 10]
            + [10] * 10
            + [8] * 20
            + [5] * 20
            + [3] * 28
            + [1, 1]
        ),
        strict=True,
    )
)
GIVEN = [
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "娟",
    "涛",
    "明",
    "超",
    "秀",
    "霞",
    "平",
    "刚",
    "桂",
    "英",
    "华",
    "玉",
    "萍",
    "红",
    "建",
    "文",
    "辉",
    "力",
    "兰",
    "波",
    "宁",
    "斌",
    "宇",
    "浩",
    "凯",
    "鹏",
    "鑫",
    "晨",
    "欣",
    "怡",
    "婷",
    "雪",
    "琳",
    "颖",
    "佳",
    "慧",
    "俊",
    "峰",
    "梅",
    "琴",
    "云",
    "飞",
    "海",
    "燕",
    "晶",
    "林",
    "亮",
    "志",
    "成",
    "国",
    "新",
    "春",
    "家",
    "子",
    "思",
    "梓",
    "涵",
    "轩",
    "博",
    "睿",
    "雨",
    "诗",
    "嘉",
    "一",
    "然",
    "瑞",
    "雅",
    "悦",
    "航",
    "昊",
    "泽",
    "铭",
    "晓",
    "丹",
    "莉",
    "倩",
    "蕾",
]
COMPANIES = (
    "华夏商贸有限公司",
    "东方电子科技",
    "长城物流",
    "锦江酒店管理",
    "新华书店",
    "恒通建材",
    "安居物业",
    "宏达机械",
    "金桥餐饮",
    "蓝天教育培训",
    "顺丰快运营业部",
    "天虹百货",
)
PREFERENCES = (
    "",
    "",
    "",
    "",
    "上午来电方便",
    "请勿晚上回访",
    "偏好短信通知",
    "听力不好，请说慢一点",
    "Prefers English",
)
NOTES = ("", "", "", "", "老客户", "曾投诉过送货延迟", "企业客户联系人", "需要发票")
MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "185",
    "186",
    "187",
    "188",
    "189",
    "198",
    "199",
]
UNKNOWN_PREFIX = "171"  # never given to a demo customer: calls from it are unknown numbers
AREA_CODES = ("010", "021", "020", "022", "023", "0755", "0571", "025", "027", "028", "029")
CATEGORIES = (
    ("inquiry", 55),
    ("complaint", 12),
    ("report", 3),
    ("suggestion", 6),
    ("repair", 16),
    ("other", 8),
)
SUBJECTS = {
    "inquiry": (
        ("账单查询", "这个月的账单为什么比上个月多？", "已解释套餐变更后的费用构成。"),
        ("营业时间", "你们周末营业吗？", "告知周末营业时间为9点到17点。"),
        ("业务办理", "怎么办理停机保号？", "告知办理流程及所需证件。"),
    ),
    "complaint": (
        ("送货延迟", "订单超过一周还没送到。", "致歉并记录投诉要点，承诺24小时内反馈。"),
        ("服务态度", "营业员态度很差。", "致歉，已登记并转相关部门核实。"),
        ("重复扣费", "同一笔费用扣了两次。", "致歉，已提交退款申请。"),
    ),
    "report": (("虚假宣传", "举报某门店夸大宣传。", "已记录举报内容，10个工作日内答复。"),),
    "suggestion": (
        ("增加网点", "建议在新区增加营业网点。", "感谢建议，已记录并转交相关部门。"),
        ("延长服务时间", "建议热线延长到晚上十点。", "感谢建议，已记录。"),
    ),
    "repair": (
        ("宽带故障", "家里宽带连不上。", "已派单，维修人员24小时内上门。"),
        ("设备报修", "机顶盒无法开机。", "已登记报修，安排上门检测。"),
    ),
    "other": (("其他", "咨询其他事项。", "已答复。"),),
}
CASE_KIND = {
    "complaint": "complaint",
    "report": "report",
    "inquiry": "inquiry",
    "suggestion": "suggestion",
    "repair": "repair",
}
CASE_PREFIX = {
    "complaint": "TS",
    "report": "JB",
    "inquiry": "ZX",
    "suggestion": "JY",
    "repair": "BX",
}
REPLY_DAYS = {"complaint": 7, "report": 14, "inquiry": 3, "suggestion": 7, "repair": 7}
DEPARTMENTS = ("客服部", "物流部", "技术部", "财务部", "市场部")
# Every state of the case workflow, with the path that leads there.
CASE_PATHS = {
    "received": (),
    "assigned": ("assigned",),
    "in_progress": ("assigned", "in_progress"),
    "replied": ("assigned", "in_progress", "replied"),
    "closed": ("assigned", "in_progress", "replied", "closed"),
    "reopened": ("assigned", "in_progress", "replied", "closed", "reopened"),
}
CASE_STATE_ORDER = ("received", "assigned", "in_progress", "replied", "closed", "reopened")


@dataclass(frozen=True)
class DemoResult:
    customers: int
    phones: int
    agents: int
    shifts: int
    calls: int
    cases: int
    case_events: int
    callbacks: int
    seconds: float
    demo_agent_no: str
    demo_password: str
    closed_through_service: int
    shift_note: str


ProgressFn = Callable[[str], None]


def _table(weighted: tuple[tuple[object, int], ...], size: int = 1000) -> list[object]:
    """A lookup list: picking list[int(random() * len)] follows the weights, fast."""
    total = sum(w for _v, w in weighted)
    out: list[object] = []
    for value, weight in weighted:
        out.extend([value] * max(1, round(weight * size / total)))
    return out


def _initials_map() -> dict[str, str]:
    from pypinyin import Style, lazy_pinyin

    from agent_desk.customers import name_initials

    given = {c: "".join(lazy_pinyin(c, style=Style.FIRST_LETTER)).lower() for c in GIVEN}
    # Surnames with their surname reading (曾 z, 覃 q), as the app stores them.
    return given | {s: name_initials(s) for s, _w in SURNAMES}


class _Times:
    """Millisecond offsets from a UTC midnight turned into SQLAlchemy's SQLite text format.

    SQLAlchemy stores DateTime on SQLite as 'YYYY-MM-DD HH:MM:SS.ffffff'; making those strings
    from tables is some twenty times faster than datetime objects and strftime.
    """

    def __init__(self, base: datetime, days: int) -> None:
        self.base = base
        self.days = [(base + timedelta(days=d)).strftime("%Y-%m-%d ") for d in range(days + 2)]
        self.tod = [f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}" for s in range(86400)]
        self.ms = [f".{m:03d}000" for m in range(1000)]

    def fmt(self, ms: int) -> str:
        d, rem = divmod(ms, 86_400_000)
        s, m = divmod(rem, 1000)
        return self.days[d] + self.tod[s] + self.ms[m]

    def offset(self, when: datetime) -> int:
        return int((when - self.base).total_seconds() * 1000)


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _workdays(first: date, last: date) -> list[date]:
    try:
        from chinese_calendar import is_workday
    except ImportError:  # pragma: no cover - a declared dependency
        is_workday = None
    days = []
    day = first
    while day <= last:
        try:
            work = is_workday(day) if is_workday else day.weekday() < 5
        except NotImplementedError:  # a year the calendar package does not know yet
            work = day.weekday() < 5
        if work:
            days.append(day)
        day += timedelta(days=1)
    return days


def mobile_of(index: int) -> str:
    """The mobile number of demo customer `index` (0-based): unique by construction."""
    prefix = MOBILE_PREFIXES[index % len(MOBILE_PREFIXES)]
    return prefix + f"{(index * 7_654_321 + 1_234_567) % 100_000_000:08d}"


def landline_of(index: int) -> tuple[str, str]:
    """(raw, normalised) of the office line of demo customer `index`."""
    area = AREA_CODES[index % len(AREA_CODES)]
    digits = 8  # every city in AREA_CODES (Shenzhen 0755 and Hangzhou 0571 too) dials 8 digits
    local = f"{(index * 3_214_567 + 7_654_321) % 10**digits:0{digits}d}"
    for step in range(8):  # local numbers do not start with 0 or 1, nor with unassigned digits
        candidate = str((int(local[0]) + step) % 8 + 2) + local[1:]
        if _assigned(area, candidate[:3], candidate):
            local = candidate
            break
    return f"{area}-{local}", area + local


_ASSIGNED: dict[tuple[str, str], bool] = {}


def _assigned(area: str, head: str, local: str) -> bool:
    """The import's rule for a number (phones.parse, as privacy.py checks a customer book):
    libphonenumber tells assigned fixed lines by their first digits, so one check per area and
    first three digits serves the million-customer demo."""
    known = _ASSIGNED.get((area, head))
    if known is None:
        known = _ASSIGNED[(area, head)] = phones.parse(f"{area}-{local}") is not None
    return known


def _mobile_raw(number: str, style: int) -> str:
    if style == 0:
        return number
    if style == 1:
        return f"{number[:3]} {number[3:7]} {number[7:]}"
    if style == 2:
        return "+86 " + number
    return f"{number[:3]}-{number[3:7]}-{number[7:]}"


CUSTOMER_COLUMNS = (
    "id", "public_id", "name", "name_initials", "vip_level", "company", "preferences", "notes",
    "created_at", "updated_at",
)  # fmt: skip
PHONE_COLUMNS = ("customer_id", "raw", "normalised", "label")
CALL_COLUMNS = (
    "id", "public_id", "agent_id", "shift_id", "customer_id", "direction", "caller_number",
    "caller_normalised", "ring_started_at", "answered_at", "ended_at", "wrapup_ended_at",
    "answer_delay_ms", "ring_duration_ms", "within_rule", "outcome", "category", "subject",
    "question", "answer", "resolution", "satisfaction", "greeting_given", "signoff_given",
    "needs_follow_up", "complex_flag", "conflict_flag", "saved_at",
)  # fmt: skip


def _delta_ms(moment: datetime | None, since: datetime) -> int | None:
    return None if moment is None else int((moment - since).total_seconds() * 1000)


def _write_chunk_file(path: Path, tables: dict[str, tuple[tuple[str, ...], list[tuple]]]) -> None:
    """A worker writes its rows into a scratch SQLite file (no indexes, no journal).

    The main process then copies them with one INSERT ... SELECT, which runs in SQLite's C code:
    it never has to turn a million Python tuples into SQL values itself. The scratch files are
    plain SQLite even for an encrypted store (the rows are made up, the files live in the
    profile's private data folder for seconds): encrypting them cost a third more time.
    """
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("BEGIN")
        for table, (columns, rows) in tables.items():
            con.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
            marks = ",".join("?" * len(columns))
            con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        con.execute("COMMIT")
    finally:
        con.close()


def _copy_chunk_file(
    con: Any, path: Path, tables: dict[str, tuple[str, ...]], encrypted: bool = False
) -> None:
    if encrypted:  # SQLCipher: the plain scratch file is attached with an empty key
        con.execute("ATTACH DATABASE ? AS chunk KEY ''", (str(path),))
    else:
        con.execute("ATTACH DATABASE ? AS chunk", (str(path),))
    try:
        con.execute("BEGIN")
        for table, columns in tables.items():
            names = ", ".join(columns)
            con.execute(
                f"INSERT INTO main.{table} ({names}) SELECT {names} FROM chunk.{table}"
                " ORDER BY rowid"
            )
        con.execute("COMMIT")
    finally:
        con.execute("DETACH DATABASE chunk")
    path.unlink(missing_ok=True)


_WORKER_FILLER: DemoFiller | None = None


def _in_worker(method: str, task: object) -> object:
    assert _WORKER_FILLER is not None
    return getattr(_WORKER_FILLER, method)(task)


def _parallel(filler: DemoFiller, method: str, tasks: list) -> Iterator[object]:
    """`filler.method(task)` for every task, in order, made by worker processes when possible.

    Making rows is pure Python and takes most of the time; with forked workers the main
    process only writes. Each task has its own seed, so the rows are the same either way.
    """
    import multiprocessing
    import os

    global _WORKER_FILLER
    workers = min(len(tasks), max(1, (os.cpu_count() or 1)))
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for task in tasks:
            yield getattr(filler, method)(task)
        return
    _WORKER_FILLER = filler  # inherited by the forked workers
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            yield from pool.imap(partial(_in_worker, method), tasks)
    finally:
        _WORKER_FILLER = None


HOUR_COUNTS_TRIGGER = "trg_calls_count_insert"
HOUR_COUNTS_MIGRATION = "0011_quality_review.py"


def _hour_counts_backfill() -> str:
    """The GROUP BY that fills call_hour_counts from the calls, as migration 0011 defines it
    beside its triggers (one rule, one place). Loaded from the file by path, as Alembic loads
    it, since the packaged build ships migrations as files and not as modules."""
    import importlib.util

    from agent_desk.store import MIGRATIONS_DIR

    path = MIGRATIONS_DIR / "versions" / HOUR_COUNTS_MIGRATION
    spec = importlib.util.spec_from_file_location("agent_desk_demo_hour_counts", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.BACKFILL)


# Up to this many shifts, `demo` closes them all through ShiftService (about 0.1 s each).
CLOSE_ALL_LIMIT = 300
# The page cache of the connection that closes them (MiB): holds the cases and callbacks tables
# of a million-customer demo (64 MiB measured as fast as 256 MiB).
CLOSE_CACHE_MIB = 64


# The largest demo: ten times the million-customer figure the demo is measured on (bench/),
# and calls to match; more would take hours and more memory than a desk PC has.
MAX_DEMO_CUSTOMERS = 10_000_000
MAX_DEMO_CALLS = 50_000_000
MAX_CLOSE_DAYS = 366
FIRST_DEMO_DAY = date(2000, 1, 1)


def check_demo_counts(customers: int, calls: int, close_days: int | None) -> None:
    """Refuse a demo size that cannot be made, before anything is written."""
    if not 1 <= customers <= MAX_DEMO_CUSTOMERS:
        raise AgentDeskError(
            f"--customers must be between 1 and {MAX_DEMO_CUSTOMERS:,} (not {customers:,})"
        )
    if not 0 <= calls <= MAX_DEMO_CALLS:
        raise AgentDeskError(f"--calls must be between 0 and {MAX_DEMO_CALLS:,} (not {calls:,})")
    if close_days is not None and not 0 <= close_days <= MAX_CLOSE_DAYS:
        raise AgentDeskError(
            f"--close-days must be between 0 and {MAX_CLOSE_DAYS} (not {close_days})"
        )


def check_demo_until(until: date, today: date) -> None:
    """Demo shifts are over, closed and published: their last day is before today (in the
    branch's time zone), and not before 2000."""
    if not FIRST_DEMO_DAY <= until < today:
        raise AgentDeskError(
            f"--until must be a day from {FIRST_DEMO_DAY} to yesterday, {today - timedelta(days=1)}"
            f" (not {until})"
        )


class DemoFiller:
    def __init__(
        self,
        db_path: Path,
        customers: int,
        calls: int,
        seed: int,
        until: date,
        progress: ProgressFn | None = None,
        close_days: int | None = None,
        branch_code: str = DEMO_BRANCH,
        key: str | None = None,
    ) -> None:
        check_demo_counts(customers, calls, close_days)
        self.db_path = db_path
        self.key = key  # the store's SQLCipher key; None for a plain store
        self.n_customers = customers
        self.n_calls = calls
        self.seed = seed
        self.until = until
        self.progress = progress or (lambda _msg: None)
        self.close_days = close_days
        self.branch_code = branch_code  # the profile's branch.code, as its real shifts use
        self.shown_path: Path | None = None  # the profile's database, when filling a twin
        # CaseService.compute_deadlines (kind, received) -> Deadlines, when available.
        self.deadlines: Callable[[str, datetime], Any] | None = None
        self._deadline_cache: dict[tuple[str, date], tuple[int | None, ...]] = {}
        self.chunk_dir = db_path.parent / f".demo-chunks-{seed}"
        self._initials = _initials_map()
        self._surnames = _table(SURNAMES)
        self._vips = _table(((0, 800), (1, 90), (2, 50), (3, 30), (4, 20), (5, 10)))
        self._categories = _table(CATEGORIES)
        self._satisfaction = _table(((5, 55), (4, 28), (3, 10), (2, 4), (1, 3)))
        self._resolutions = _table(
            (("resolved", 86), ("transferred", 6), ("escalated", 4), ("follow_up", 4))
        )
        self.to_close: list[tuple[int, datetime]] = []  # (shift id, its end) for ShiftService
        self.n_agents = max(3, min(100, calls // 20_000 + 2))
        working_days = max(1, -(-calls // (self.n_agents * CALLS_PER_SHIFT)))
        self.calendar_days = min(365, max(7, working_days * 7 // 5 + 2))
        first = until - timedelta(days=self.calendar_days - 1)
        self.workdays = _workdays(first, until) or [until]
        base_local = datetime(first.year, first.month, first.day, tzinfo=CHINA)
        self.times = _Times(base_local.astimezone(UTC).replace(hour=0), self.calendar_days + 40)
        # "now" for the demo: the evening of the last day, so callbacks are due around it.
        self.now_ms = self.times.offset(
            datetime(until.year, until.month, until.day, 18, tzinfo=CHINA).astimezone(UTC)
        )

    def _rng(self, part: str, chunk: int = 0) -> random.Random:
        return random.Random(f"{self.seed}:{part}:{chunk}")

    # --- the run ------------------------------------------------------------------------------

    def run(self, password_hash: str) -> DemoResult:
        started = time.perf_counter()
        con = connect(self.db_path, self.key, isolation_level=None)
        try:
            # the profile's own database in messages, not the plain twin being filled
            shown = self.shown_path or self.db_path
            accounts = con.execute("SELECT count(*) FROM agents").fetchone()[0]
            if accounts:
                raise AgentDeskError(
                    f"{shown} already has {accounts} account(s); the demo creates its "
                    "own agents and supervisor, so it fills only a new, empty profile (use "
                    "another --profile)"
                )
            if con.execute("SELECT 1 FROM customers LIMIT 1").fetchone():
                raise AgentDeskError(f"{shown} already has customers; fill a new, empty profile")
            for pragma in (
                "PRAGMA journal_mode=OFF",
                "PRAGMA synchronous=OFF",
                "PRAGMA cache_size=-1000000",
                "PRAGMA temp_store=MEMORY",
                "PRAGMA foreign_keys=OFF",
                "PRAGMA threads=2",  # CREATE INDEX may sort with a helper thread
            ):
                con.execute(pragma)
            deferred = self._defer_indexes(con)
            counts_trigger = self._defer_hour_counts(con)
            # a demo killed half-way (kill -9, power cut) left its scratch files: any seed's
            for stale in self.chunk_dir.parent.glob(".demo-chunks-*"):
                shutil.rmtree(stale, ignore_errors=True)
            self.chunk_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # plain rows: private
            con.execute("BEGIN")
            agents = self._agents(con, password_hash)
            shifts = self._shifts(con, agents)
            con.execute("COMMIT")
            n_phones = self._customers(con)
            counts = self._calls_cases_callbacks(con, shifts, agents)
            self._restore_indexes(con, deferred)
            self._restore_hour_counts(con, counts_trigger)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA analysis_limit=1000")
            con.execute("ANALYZE")
        finally:
            con.close()
            shutil.rmtree(self.chunk_dir, ignore_errors=True)
        return DemoResult(
            customers=self.n_customers,
            phones=n_phones,
            agents=len(agents),
            shifts=len(shifts),
            calls=counts[0],
            cases=counts[1],
            case_events=counts[2],
            callbacks=counts[3],
            seconds=time.perf_counter() - started,
            demo_agent_no=DEMO_AGENT_NO,
            demo_password=DEMO_PASSWORD,
            closed_through_service=0,
            shift_note="",
        )

    def _defer_indexes(self, con: sqlite3.Connection) -> list[str]:
        """Drop the secondary indexes of the big tables; returns their SQL to build them again.

        A sorted build at the end is several times faster than a million random inserts into
        each B-tree. The number search index (FTS5) is not deferred: its trigger feeds it as the
        numbers are written, which measured faster than a 'rebuild' that reads them all back.
        """
        rows = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND"
            " tbl_name IN ('customers', 'customer_phones', 'calls', 'cases', 'case_events',"
            " 'callbacks')"
        ).fetchall()
        for name, _sql in rows:
            con.execute(f'DROP INDEX "{name}"')
        return [sql for _name, sql in rows]

    def _restore_indexes(self, con: sqlite3.Connection, deferred: list[str]) -> None:
        self.progress("building indexes")
        # The copy wants the big cache (random inserts into the public_id indexes); the sorted
        # builds do not: with 1 GB SQLite sorts each index as one in-memory run and spends
        # 1.5-2x the CPU of a 16 MB cache, with which it merges sorted runs (ix_calls_agent_ring
        # on two million calls: 3.3 s against 1.5 s).
        con.execute(f"PRAGMA cache_size=-{INDEX_BUILD_CACHE_KIB}")
        for sql in deferred:
            con.execute(sql)

    def _defer_hour_counts(self, con: sqlite3.Connection) -> str:
        """Drop the trigger that counts answered calls per agent and hour (migration 0011);
        returns its SQL. An upsert per copied call cost more than one GROUP BY at the end
        (1.3 s against 0.4 s of CPU per 400,000 calls)."""
        sql = con.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
            (HOUR_COUNTS_TRIGGER,),
        ).fetchone()[0]
        con.execute(f'DROP TRIGGER "{HOUR_COUNTS_TRIGGER}"')
        return str(sql)

    def _restore_hour_counts(self, con: sqlite3.Connection, trigger_sql: str) -> None:
        """The counts the trigger would have made, with the migration's own backfill, in the
        order the trigger would have added them (first call of each hour first); then the
        trigger again, for the calls the desk saves later."""
        con.execute("BEGIN")
        con.execute(_hour_counts_backfill() + " ORDER BY min(id)")
        con.execute(trigger_sql)
        con.execute("COMMIT")

    # --- agents and shifts --------------------------------------------------------------------

    def _agents(self, con: sqlite3.Connection, password_hash: str) -> list[int]:
        rng = self._rng("agents")
        created = self.times.fmt(0)
        rows = []
        for i in range(self.n_agents):
            surname = SURNAMES[i % 20][0]
            name = surname + GIVEN[(i * 7) % len(GIVEN)] + GIVEN[(i * 13 + 5) % len(GIVEN)]
            rows.append(
                (i + 1, _uuid(rng), str(1001 + i), name, "agent", password_hash, 0, 1, created)
            )
        rows.append(
            (
                self.n_agents + 1,
                _uuid(rng),
                SUPERVISOR_NO,
                "陈主管",
                "supervisor",
                password_hash,
                0,
                1,
                created,
            )
        )
        con.executemany(
            "INSERT INTO agents (id, public_id, agent_no, name, role, password_hash,"
            " failed_logins, active, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            rows,
        )
        return [r[0] for r in rows[:-1]]

    def _shifts(
        self, con: sqlite3.Connection, agents: list[int]
    ) -> list[tuple[int, int, int, int]]:
        """(shift id, agent id, start ms, end ms) for every agent on every working day."""
        rng = self._rng("shifts")
        close_days = self.close_days
        if close_days is None:
            # Every past shift is closed the real way (summary queued for the share) when
            # that is quick; a million-customer demo closes its last day's only.
            small = len(self.workdays) * len(agents) <= CLOSE_ALL_LIMIT
            close_days = len(self.workdays) if small else 1
        closing = set(self.workdays[-close_days:]) if close_days else set()
        shifts: list[tuple[int, int, int, int]] = []
        rows = []
        sid = 0
        for day in self.workdays:
            start_local = datetime(day.year, day.month, day.day, SHIFT_START_HOUR, tzinfo=CHINA)
            day_start = self.times.offset(start_local.astimezone(UTC))
            for agent_id in agents:
                sid += 1
                start = day_start + int(rng.random() * 600_000) - 300_000
                end = start + SHIFT_HOURS * 3_600_000 + int(rng.random() * 900_000)
                shifts.append((sid, agent_id, start, end))
                # The last days' shifts are left open for ShiftService to close (and queue).
                left_open = day in closing
                if left_open:
                    self.to_close.append((sid, self.times.base + timedelta(milliseconds=end)))
                rows.append(
                    (
                        sid,
                        _uuid(rng),
                        agent_id,
                        self.branch_code,
                        self.times.fmt(start),
                        None if left_open else self.times.fmt(end),
                        "open" if left_open else "closed",
                    )
                )
        con.executemany(
            "INSERT INTO shifts (id, public_id, agent_id, branch_code, started_at, ended_at,"
            " status) VALUES (?,?,?,?,?,?,?)",
            rows,
        )
        return shifts

    # --- customers ----------------------------------------------------------------------------

    def _customers(self, con: sqlite3.Connection) -> int:
        phones = 0
        chunks = list(range(-(-self.n_customers // BATCH)))
        for chunk, (path, n_phones) in zip(
            chunks, _parallel(self, "_customer_file", chunks), strict=True
        ):
            # Phone ids are left to SQLite: rows are copied in the same order every run.
            _copy_chunk_file(
                con,
                path,
                {"customers": CUSTOMER_COLUMNS, "customer_phones": PHONE_COLUMNS},
                self.key is not None,
            )
            phones += n_phones
            self.progress(f"customers {min((chunk + 1) * BATCH, self.n_customers):,}")
        return phones

    def _customer_file(self, chunk: int) -> tuple[Path, int]:
        customer_rows, phone_rows = self._customer_chunk(chunk)
        path = self.chunk_dir / f"customers-{chunk}.db"
        _write_chunk_file(
            path,
            {
                "customers": (CUSTOMER_COLUMNS, customer_rows),
                "customer_phones": (PHONE_COLUMNS, phone_rows),
            },
        )
        return path, len(phone_rows)

    def _customer_chunk(self, chunk: int) -> tuple[list[tuple], list[tuple]]:
        """Rows of customers [chunk*BATCH, (chunk+1)*BATCH), from the chunk's own seed."""
        initials = self._initials
        surnames = self._surnames
        vips = self._vips
        n_vips = len(vips)
        n_given = len(GIVEN)
        n_sur = len(surnames)
        span_ms = max(1, self.now_ms - 86_400_000)
        fmt = self.times.fmt
        rng = self._rng("customers", chunk)
        rnd = rng.random
        getbits = rng.getrandbits
        customer_rows = []
        phone_rows = []
        start = chunk * BATCH
        for i in range(start, min(start + BATCH, self.n_customers)):
            surname = surnames[int(rnd() * n_sur)]
            g1 = GIVEN[int(rnd() * n_given)]
            if rnd() < 0.6:
                g2 = GIVEN[int(rnd() * n_given)]
                name = surname + g1 + g2
                init = initials[surname] + initials[g1] + initials[g2]
            else:
                name = surname + g1
                init = initials[surname] + initials[g1]
            h = f"{getbits(128):032x}"
            created = fmt(int(rnd() * span_ms))
            r = rnd()
            customer_rows.append(
                (
                    i + 1,
                    f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}",
                    name,
                    init,
                    vips[int(rnd() * n_vips)],
                    COMPANIES[int(r * 48)] if r < 0.25 else "",
                    PREFERENCES[int(rnd() * len(PREFERENCES))],
                    NOTES[int(rnd() * len(NOTES))],
                    created,
                    created,
                )
            )
            mobile = mobile_of(i)
            phone_rows.append((i + 1, _mobile_raw(mobile, i & 3), mobile, "手机"))
            if i % 5 == 0:
                raw, norm = landline_of(i)
                phone_rows.append((i + 1, raw, norm, "办公"))
        return customer_rows, phone_rows

    # --- calls, cases, callbacks --------------------------------------------------------------

    def _call_plan(
        self, shifts: list[tuple[int, int, int, int]]
    ) -> list[tuple[int, int, list[tuple[int, int, int, int, int]]]]:
        """Shifts grouped into chunks of about BATCH calls: (chunk no, first call id, shifts).

        Each shift gets its share of the calls (so they add up exactly); a chunk is made from
        its own seed, so chunks can be made in any order, by any process, with the same rows.
        """
        base, extra = divmod(self.n_calls, len(shifts))
        plan: list[tuple[int, int, list[tuple[int, int, int, int, int]]]] = []
        current: list[tuple[int, int, int, int, int]] = []
        first = next_id = 1
        for k, (sid, agent_id, start, end) in enumerate(shifts):
            count = base + (1 if k < extra else 0)
            if not count:
                continue
            current.append((sid, agent_id, start, end, count))
            next_id += count
            if next_id - first >= BATCH:
                plan.append((len(plan), first, current))
                current, first = [], next_id
        if current:
            plan.append((len(plan), first, current))
        return plan

    def _calls_cases_callbacks(
        self, con: sqlite3.Connection, shifts: list[tuple[int, int, int, int]], agents: list[int]
    ) -> tuple[int, int, int, int]:
        follow_ups: list[tuple[int, int, int | None, int, str, str, str]] = []
        made = 0
        plan = self._call_plan(shifts)
        for path, n_rows, chunk_follow_ups in _parallel(self, "_call_file", plan):
            _copy_chunk_file(con, path, {"calls": CALL_COLUMNS}, self.key is not None)
            follow_ups.extend(chunk_follow_ups)
            made += n_rows
            self.progress(f"calls {made:,}")
        con.execute("BEGIN")
        cases, events, callbacks = self._cases(con, follow_ups, agents)
        con.execute("COMMIT")
        return made, cases, events, callbacks

    def _call_file(
        self, task: tuple[int, int, list[tuple[int, int, int, int, int]]]
    ) -> tuple[Path, int, list[tuple]]:
        rows, follow_ups = self._call_chunk(task)
        path = self.chunk_dir / f"calls-{task[0]}.db"
        _write_chunk_file(path, {"calls": (CALL_COLUMNS, rows)})
        return path, len(rows), follow_ups

    def _call_chunk(
        self, task: tuple[int, int, list[tuple[int, int, int, int, int]]]
    ) -> tuple[list[tuple], list[tuple]]:
        chunk, call_id, chunk_shifts = task
        call_id -= 1
        fmt = self.times.fmt
        categories = self._categories
        n_cat = len(categories)
        satisfaction = self._satisfaction
        resolutions = self._resolutions
        n_cust = self.n_customers
        n_res = len(resolutions)
        n_sat = len(satisfaction)
        rows: list[tuple] = []
        follow_ups: list[tuple] = []
        rng = self._rng("calls", chunk)
        rnd = rng.random
        getbits = rng.getrandbits
        for sid, agent_id, start, end, count in chunk_shifts:
            # One call at a time: the next one rings after the last one's wrap-up and a pause
            # sized so that the shift's calls fill it.
            pause = max(5_000, (end - start) // count - AVERAGE_HANDLE_MS)
            t = start
            for _ in range(count):
                call_id += 1
                t += int(pause * 2 * rnd())
                h = f"{getbits(128):032x}"
                public_id = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"
                if rnd() < 0.85:
                    cidx = int(rnd() * n_cust)
                    number = mobile_of(cidx)
                    customer_id: int | None = cidx + 1
                else:
                    number = UNKNOWN_PREFIX + f"{int(rnd() * 100_000_000):08d}"
                    customer_id = None
                raw = _mobile_raw(number, call_id & 3)
                outbound = rnd() < 0.06
                ring = fmt(t)
                if not outbound and rnd() < 0.06:
                    # Abandoned: half hang up within the rule, half after it was broken.
                    rang = int(2000 + rnd() * 28000)
                    rows.append(
                        (call_id, public_id, agent_id, sid, customer_id, "inbound", raw, number,
                         ring, None, fmt(t + rang), None, None, rang, rang <= RULE_MS,
                         "abandoned", None, "", "", "", None, None, 0, 0, 0, 0, 0, None)
                    )  # fmt: skip
                    t += rang
                    continue
                if outbound:
                    delay = None
                    answered = t
                    within = None
                else:
                    r = rnd()
                    if r < 0.7:
                        delay = int(2000 + rnd() * 8000)
                    elif r < 0.9:
                        delay = int(10000 + rnd() * 5000)
                    else:
                        delay = int(15001 + rnd() * 15000)
                    answered = t + delay
                    within = delay <= RULE_MS
                category = categories[int(rnd() * n_cat)]
                subjects = SUBJECTS[category]
                subject, question, answer = subjects[int(rnd() * len(subjects))]
                resolution = resolutions[int(rnd() * n_res)]
                ended = answered + int(20_000 + rnd() * 240_000)
                wrapped = ended + int(10_000 + rnd() * 50_000)
                t = wrapped
                follow = resolution == "follow_up" or (
                    category in ("complaint", "report") and rnd() < 0.1
                )
                saved = fmt(wrapped)
                rows.append(
                    (call_id, public_id, agent_id, sid, customer_id,
                     "outbound" if outbound else "inbound", raw, number, ring, fmt(answered),
                     fmt(ended), saved, delay, None, within, "answered", category,
                     subject, question, answer, resolution, satisfaction[int(rnd() * n_sat)],
                     rnd() < 0.97, rnd() < 0.95, follow, rnd() < 0.03, rnd() < 0.01, saved)
                )  # fmt: skip
                if follow and customer_id is not None:
                    follow_ups.append(
                        (call_id, agent_id, customer_id, answered, category, subject, question)
                    )
        return rows, follow_ups

    def _deadlines(self, kind: str, received: int) -> tuple[int | None, int | None, int | None]:
        """(points_by, feedback_by, reply_by) in ms, from the real policy when it was given.

        The policy's reply deadline depends on the day of receipt (working days, 调休), so it is
        computed once per kind and local day; the short clock-time deadlines (5 minutes, 24
        hours) keep their offset from the actual receipt.
        """
        if self.deadlines is None:
            points = received + 300_000 if kind == "complaint" else None
            feedback = received + 86_400_000 if kind == "complaint" else None
            return points, feedback, received + REPLY_DAYS[kind] * 86_400_000
        when = self.times.base + timedelta(milliseconds=received)
        day = when.astimezone(CHINA).date()
        key = (kind, day)
        cached = self._deadline_cache.get(key)
        if cached is None:
            noon = datetime(day.year, day.month, day.day, 12, tzinfo=CHINA)
            found = self.deadlines(kind, noon)
            cached = (
                _delta_ms(found.points_by, noon),
                _delta_ms(found.feedback_by, noon),
                self.times.offset(found.reply_by) if found.reply_by is not None else None,
            )
            self._deadline_cache[key] = cached
        points, feedback, reply = cached
        return (
            received + points if points is not None else None,
            received + feedback if feedback is not None else None,
            reply,
        )

    def _cases(
        self,
        con: sqlite3.Connection,
        follow_ups: list[tuple[int, int, int | None, int, str, str, str]],
        agents: list[int],
    ) -> tuple[int, int, int]:
        fmt = self.times.fmt
        rng = self._rng("cases")
        rnd = rng.random
        numbers: dict[str, int] = {}
        case_rows = []
        event_rows = []
        callback_rows = []
        event_id = 0
        callback_id = 0
        day_ms = 86_400_000
        local_shift = 8 * 3_600_000  # the day of a case number is the local (China) day
        for case_id, (call_id, agent_id, customer_id, at, category, subject, question) in enumerate(
            follow_ups, start=1
        ):
            kind = CASE_KIND.get(category, "inquiry")
            local_day = self.times.days[(at + local_shift) // day_ms].strip().replace("-", "")
            stem = f"{CASE_PREFIX[kind]}-{local_day}-"
            seq = numbers.get(stem, 0) + 1
            numbers[stem] = seq
            received = at + 60_000
            age = self.now_ms - received
            # Older cases have moved further along the workflow; every state occurs.
            # A few old ones are still open (and overdue): the follow-up view has work in it.
            if age > 10 * day_ms:
                state = "closed" if rnd() < 0.98 else CASE_STATE_ORDER[int(rnd() * 6)]
            elif age > 3 * day_ms:
                state = (
                    ("replied", "closed")[int(rnd() * 2)]
                    if rnd() < 0.7
                    else (CASE_STATE_ORDER[int(rnd() * 6)])
                )
            else:
                state = CASE_STATE_ORDER[int(rnd() * 6)]
            points_by, feedback_by, reply_by = self._deadlines(kind, received)
            assignee = agents[int(rnd() * len(agents))] if state != "received" else None
            step = max(60_000, min(age, 5 * day_ms) // 6)
            when = received
            h = f"{rng.getrandbits(128):032x}"
            event_id += 1
            event_rows.append(
                (
                    event_id,
                    self._event_uuid(rng),
                    case_id,
                    fmt(received),
                    agent_id,
                    "opened",
                    None,
                    "received",
                    question,
                )
            )
            first_feedback = replied = closed = None
            previous = "received"
            for status in CASE_PATHS[state]:
                when += step
                event_id += 1
                event_rows.append(
                    (
                        event_id,
                        self._event_uuid(rng),
                        case_id,
                        fmt(when),
                        assignee or agent_id,
                        "status",
                        previous,
                        status,
                        "",
                    )
                )
                previous = status
                if status == "in_progress":
                    first_feedback = when
                elif status == "replied":
                    replied = when
                elif status == "closed":
                    closed = when
            if state == "reopened":
                closed = replied = None
            is_closed = state == "closed"
            sat = int(3 + rnd() * 3) if is_closed else None
            case_rows.append(
                (
                    case_id,
                    f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}",
                    f"{stem}{seq:04d}",
                    kind,
                    state,
                    customer_id,
                    call_id,
                    agent_id,
                    assignee,
                    fmt(received),
                    "",
                    "",
                    f"{subject}：{question}",
                    subject,
                    subject,
                    "normal" if rnd() < 0.8 else "high",
                    DEPARTMENTS[int(rnd() * len(DEPARTMENTS))],
                    fmt(points_by) if points_by is not None else None,
                    fmt(feedback_by) if feedback_by is not None else None,
                    fmt(reply_by) if reply_by is not None else None,
                    fmt(first_feedback) if first_feedback else None,
                    fmt(replied) if replied else None,
                    fmt(closed) if closed else None,
                    sat,
                    "流程衔接不畅" if is_closed and kind == "complaint" else "",
                    "已优化交接流程" if is_closed and kind == "complaint" else "",
                    ("adopted" if rnd() < 0.4 else "not_adopted")
                    if kind == "suggestion" and is_closed
                    else None,
                    fmt(closed) if kind == "suggestion" and closed else None,
                )
            )
            # A callback after the reply; pending ones are due around "now", some overdue.
            if state in ("replied", "closed") and rnd() < 0.7:
                callback_id += 1
                done = state == "closed"
                due = (replied or when) + day_ms
                if not done:
                    due = self.now_ms + int((rnd() - 0.5) * 2 * day_ms)
                callback_rows.append(
                    (
                        callback_id,
                        self._event_uuid(rng),
                        case_id,
                        customer_id,
                        assignee,
                        fmt(due),
                        "回访处理结果" if kind != "suggestion" else "告知建议处理结果",
                        "done" if done else "pending",
                        fmt(due) if done else None,
                        "客户表示满意" if done else "",
                        fmt(received),
                    )
                )
        # Callbacks on customers without a case (回访 after a call, appointments).
        for _ in range(max(1, len(follow_ups) // 4)):
            callback_id += 1
            customer_id = int(rnd() * self.n_customers) + 1
            due = self.now_ms + int((rnd() - 0.6) * 4 * day_ms)
            status = (
                "pending"
                if due > self.now_ms - 2 * day_ms
                else ("done" if rnd() < 0.8 else "cancelled")
            )
            callback_rows.append(
                (
                    callback_id,
                    self._event_uuid(rng),
                    None,
                    customer_id,
                    agents[int(rnd() * len(agents))],
                    fmt(due),
                    "预约回访：确认问题是否解决",
                    status,
                    fmt(due) if status == "done" else None,
                    "",
                    fmt(due - 3 * day_ms),
                )
            )
        con.executemany(
            "INSERT INTO cases (id, public_id, number, kind, status, customer_id, call_id,"
            " created_by_id, assignee_id, received_at, complainant, contact, matter, product,"
            " case_type, severity, department, points_by, feedback_by, reply_by,"
            " first_feedback_at, replied_at, closed_at, satisfaction, root_cause, improvement,"
            " decision, customer_told_at) VALUES"
            " (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            case_rows,
        )
        con.executemany(
            "INSERT INTO case_events (id, public_id, case_id, at, actor_id, kind, from_status,"
            " to_status, text) VALUES (?,?,?,?,?,?,?,?,?)",
            event_rows,
        )
        con.executemany(
            "INSERT INTO callbacks (id, public_id, case_id, customer_id, agent_id, due_at,"
            " purpose, status, done_at, outcome, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            callback_rows,
        )
        # Complainant and contact come from the customer, as a case opened from a call does.
        con.execute(
            "UPDATE cases SET complainant = (SELECT name FROM customers c WHERE c.id ="
            " cases.customer_id), contact = (SELECT caller_number FROM calls WHERE calls.id ="
            " cases.call_id)"
        )
        self.progress(f"cases {len(case_rows):,}, callbacks {len(callback_rows):,}")
        return len(case_rows), len(event_rows), len(callback_rows)

    @staticmethod
    def _event_uuid(rng: random.Random) -> str:
        return _uuid(rng)


# --- closing the past shifts through the shift service ------------------------------------------


class PinnedClock:
    """A clock standing at the moment a demo shift ended, so ShiftService closes it then."""

    def __init__(self, when: datetime) -> None:
        self.when = when

    def now(self) -> datetime:
        return self.when

    def monotonic(self) -> float:
        return self.when.timestamp()


def close_shifts_through_service(
    services: object, to_close: list[tuple[int, datetime]], renderer: object | None
) -> tuple[int, str]:
    """Close the demo's open shifts with the real ShiftService so their summaries are queued.

    Returns (how many were closed, a note for the report). Without a shift service or a report
    renderer the shifts stay open and the note says so.
    """
    shifts = getattr(services, "shifts", None)
    if shifts is None:
        return 0, "no shift service: the last day's shifts were left open"
    if renderer is None:
        return 0, "no report renderer: the last day's shifts were left open"
    from agent_desk.models.engine import make_engine, make_sessions

    store = services.store  # type: ignore[attr-defined]
    # The same file through its own engine, only with a bigger page cache: every close reads
    # the whole cases and callbacks tables (their figures have no index on the agent), and with
    # SQLite's 2 MB cache each close read and decrypted them again (34.6 s of 100 closes on a
    # million customers, 18.9 s with this cache).
    engine = make_engine(store.path, store.key, cache_mib=CLOSE_CACHE_MIB)
    try:
        clock = PinnedClock(datetime.now(UTC))
        service = type(shifts)(
            make_sessions(engine),
            clock,
            services.policy,  # type: ignore[attr-defined]
            services.config,  # type: ignore[attr-defined]
        )
        hooks = list(getattr(shifts, "close_hooks", []))
        # Hooks such as the daily case archive work per day: run them once, at the day's last
        # close.
        last_of_day: dict[date, int] = {}
        for shift_id, end in sorted(to_close, key=lambda item: item[1]):
            last_of_day[end.astimezone(CHINA).date()] = shift_id
        closed = 0
        for shift_id, end in sorted(to_close, key=lambda item: item[1]):
            clock.when = end
            service.close_hooks = hooks if shift_id in last_of_day.values() else []
            service.close(shift_id, "zh_CN", renderer)
            closed += 1
    finally:
        engine.dispose()
    return closed, f"{closed} shifts closed through ShiftService; their summaries are queued"


# Knowledge-base articles of the demo: (title, answer, call categories, tags).
DEMO_ARTICLES = (
    (
        "宽带资费说明",
        "宽带包月套餐每月 99 元，含光纤安装和光猫；年付享 9 折。",
        ["inquiry"],
        ["宽带"],
    ),
    (
        "宽带断网报修流程",
        "请客户先重启光猫并检查网线；仍不能上网时登记报修，维修人员 24 小时内上门。",
        ["repair", "complaint"],
        ["宽带", "报修"],
    ),
    (
        "话费查询方式",
        "发送短信 CXHF 到 10086，或在营业厅、网上营业厅查询当月话费。",
        ["inquiry"],
        [],
    ),
    (
        "积分兑换规则",
        "积分可在营业厅或网上营业厅兑换话费和礼品，每年年底清零。",
        ["inquiry"],
        ["积分"],
    ),
    (
        "投诉处理时限",
        "投诉在 5 分钟内记录，24 小时内反馈进度，5 个工作日内答复；客户满意后方可结案。",
        ["complaint"],
        ["投诉"],
    ),
    ("停机保号业务", "停机保号每月 5 元，最长 12 个月；携带身份证到营业厅办理。", ["inquiry"], []),
)


def add_demo_articles(services: object, agent_no: str, supervisor_no: str) -> int:
    """The demo's articles, proposed by an agent and published by the supervisor through the
    knowledge service (its rules and history, as at a real desk); one more stays proposed."""
    knowledge = services.knowledge  # type: ignore[attr-defined]
    accounts = services.accounts  # type: ignore[attr-defined]
    agent, supervisor = accounts.get(agent_no), accounts.get(supervisor_no)
    added = 0
    for title, body, categories, tags in DEMO_ARTICLES:
        article = knowledge.propose(agent, title, body, categories, tags)
        knowledge.publish(supervisor, article.id)
        added += 1
    knowledge.propose(agent, "国际漫游开通", "拨打 10086 或在营业厅开通国际漫游。", ["inquiry"])
    return added + 1


def _plain_twin(db_path: Path, key: str) -> Path:
    """A plain copy of the freshly migrated (empty) encrypted store, beside it."""
    from agent_desk.store import convert, create_private_file

    work = db_path.with_name(db_path.name + ".demo-fill")
    for suffix in ("", "-wal", "-shm", "-journal"):
        work.with_name(work.name + suffix).unlink(missing_ok=True)
    create_private_file(work)
    src = connect(db_path, key, isolation_level=None)
    try:
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        dst = connect(work, key, isolation_level=None)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    convert(work, key, None, check=False)
    return work


def _encrypt_into(work: Path, db_path: Path, key: str) -> None:
    """Encrypt the filled twin and put it in the store's place (its WAL is gone first)."""
    import os

    from agent_desk.store import convert

    convert(work, None, key, check=False)
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    os.replace(work, db_path)
    con = connect(db_path, key, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode=WAL")  # as the store keeps it
    finally:
        con.close()


def fill_profile(
    profile: object,
    customers: int,
    calls: int,
    seed: int,
    until: date | None,
    progress: ProgressFn | None = None,
    make_renderer: Callable[[], object | None] | None = None,
    close_days: int | None = None,
) -> DemoResult:
    """Migrate the profile's store, fill it, then close the last shifts through the service."""
    from dataclasses import replace

    from agent_desk.passwords import hash_password
    from agent_desk.services import Services

    started = time.perf_counter()
    check_demo_counts(customers, calls, close_days)  # before anything is written
    services = Services.open(profile)  # type: ignore[arg-type]
    today = services.clock.now().astimezone(services.policy.zone).date()  # the branch's
    until = until or today - timedelta(days=1)
    try:
        check_demo_until(until, today)
    except AgentDeskError:
        services.close()
        raise
    db_path = services.store.path
    key = services.store.key
    cases = getattr(services, "cases", None)
    config = services.config
    # the branch a real shift on this profile would be filed under (config's default BR001
    # included), so the demo's agents are not other people than the same agents' later shifts
    branch = str(config.get("branch.code") or "") or DEMO_BRANCH
    services.close()
    # An encrypted store is filled as a plain twin and encrypted once at the end: every page is
    # encrypted once instead of at each rewrite while rows, the number index and the secondary
    # indexes are built (1.75x the CPU time of a plain store, against about 1.1x this way).
    work = db_path if key is None else _plain_twin(db_path, key)
    try:  # the plain twin goes whatever happens (a refusal included)
        filler = DemoFiller(work, customers, calls, seed, until, progress, close_days, branch)
        filler.shown_path = db_path
        # Deadlines need no database: the case service's policy and holiday calendar give them.
        filler.deadlines = getattr(cases, "compute_deadlines", None)
        result = filler.run(hash_password(DEMO_PASSWORD))
        if key is not None:
            if progress:
                progress("encrypting")
            _encrypt_into(work, db_path, key)
    finally:
        if work != db_path:
            for suffix in ("", "-wal", "-shm", "-journal"):
                work.with_name(work.name + suffix).unlink(missing_ok=True)
    # One opening for the articles and the shift closes, without the start-up quick_check:
    # this process has just written the file, and the check reads all of it (twice, it was
    # about 40 s of CPU for a million customers).
    services = Services.open(profile, check_existing=False)  # type: ignore[arg-type]
    closed, note = 0, ""
    try:
        add_demo_articles(services, result.demo_agent_no, SUPERVISOR_NO)
        if filler.to_close:
            if progress:
                progress(f"closing {len(filler.to_close)} shifts")
            # Made only now: Qt must not exist yet while the row workers are forked.
            renderer = make_renderer() if make_renderer is not None else None
            closed, note = close_shifts_through_service(services, filler.to_close, renderer)
    finally:
        services.close()
    return replace(
        result,
        seconds=time.perf_counter() - started,
        closed_through_service=closed,
        shift_note=note,
    )
