"""A person's data on request, and not forever (PIPL): import, export, erase, retention.

- **Import** brings in a branch's customer book (CSV or XLSX: name, phone(s), VIP, notes).
  Numbers are normalised; a number already known updates that customer; every row is
  reported as added, updated, unchanged (not written) or refused with its reason. The file is
  read to its end before anything is written and the rows go in in one transaction: a file
  that cannot be read whole (damaged, cut off inside a quoted field, not text) imports nothing;
  rows that are readable but wrong are refused one by one and the rest is imported. Bulk
  statements: 100,000 rows take seconds, not the minutes one save per row would; the lookups
  read a snapshot, so other saves wait only while the new and changed rows are written.
- **Export** gives everything stored about one person (customer, numbers, calls, cases with
  their events, callbacks) as unmasked JSON: the answer to an access request.
- **Erase** removes the person's name, numbers, notes and the free text of their calls and
  cases; the rows stay with their counts, times and outcomes, so closed shift summaries stay
  true. SQLite's `secure_delete` overwrites freed space and the WAL is checkpointed and
  truncated, so the bytes are gone from the files (backups roll off by the backup policy).
- **Retention** anonymises the same way everything older than `[retention]
  personal_data_days` (1095 by default), once a day.

Roles are checked here, from the one table in `agent_desk/access.py`, whatever the caller
(window or command line): supervisors import and export, administrators erase, run the
retention by hand and see the recovery key. A refusal and every run are in the audit log.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import re
import time
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from agent_desk import audit
from agent_desk.access import Actor, AuditSink, Permission, require
from agent_desk.clock import Clock, iso
from agent_desk.errors import AgentDeskError, DatabaseBusy, NotFound
from agent_desk.models import (
    Call,
    Callback,
    CallDraft,
    Case,
    CaseEvent,
    Customer,
    CustomerPhone,
    OutboxItem,
    Recording,
)
from agent_desk.models.base import new_public_id
from agent_desk.models.engine import READ_FIRST, SessionFactory
from agent_desk.phones import mask, mask_text, normalise
from agent_desk.phones import parse as parse_number
from agent_desk.policy import Policy

log = logging.getLogger(__name__)

ERASED_NAME = ""  # an erased customer keeps its row (and id) for the counts, not its name
MAX_VIP_LEVEL = 5
IMPORT_CACHE_KIB = 256_000  # page cache of the import's connection (256 MB, while it runs)
PROGRESS_EVERY = 2_000  # rows between two progress reports (and cancel checks) of an import
WRITE_CHUNK = 10_000  # rows per INSERT batch: progress while the rows go in
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class ImportFileError(AgentDeskError):
    """The file cannot be read whole: nothing of it was imported."""

    code = "customer.import_file"
    template = "The file {path} cannot be imported: {detail}. Nothing was imported."


class ImportCancelled(AgentDeskError):
    code = "customer.import_cancelled"
    template = "The import was cancelled; nothing was imported."


class AmbiguousNumber(AgentDeskError):
    """Several customers hold the number: which person a request is about must be chosen."""

    code = "customer.ambiguous_number"
    template = (
        "The number {number} belongs to {count} customers: {choices}. Choose the person by id."
    )


class OutputExists(AgentDeskError):
    code = "file.exists"
    template = "{path} already exists; nothing was written (choose another file)."


def mask_name(name: str) -> str:
    """张** for 张三丰, J*** for John: enough to tell people apart, not to name them."""
    name = name.strip()
    if not name:
        return "(erased)"
    return name[0] + "*" * min(len(name) - 1, 8)


# --- import -------------------------------------------------------------------------------------

_HEADERS = {
    "name": ("name", "姓名", "客户姓名", "客户", "名称"),
    "phones": ("phone", "phones", "phone(s)", "电话", "手机", "号码", "联系电话", "手机号"),
    "vip": ("vip", "vip level", "vip_level", "vip等级", "等级"),
    "notes": ("notes", "note", "备注", "说明"),
}
_SCIENTIFIC = re.compile(r"^\s*\d+(?:\.\d+)?\s*[eE]\s*[+-]?\d+\s*$")  # 1.36001E+10
_PHONE_SPLIT = re.compile(r"[;,/、；，|\n]+")
_LINE_END = ("\n", "\r")

# Why a row was refused (the `reason` of a RefusedRow); the window has them in both languages.
REFUSAL_TEXT = {
    "name.required": "no name",
    "name.long": "the name is longer than 128 characters",
    "phone.none": "no phone number",
    "phone.invalid": "not a phone number",
    "vip.invalid": "the VIP level is not 0 to 5",
    "phone.conflict": "its numbers belong to different customers",
    "phone.scientific": "the number is in scientific notation (Excel cut its digits; format the "
    "column as text and save again)",
    "phone.shared": "the number belongs to several customers; change them in the customer window",
    "name.differs": "the number belongs to a customer with another name; if it is the same "
    "person, change the name in the customer window",
    "row.incomplete": "the last line is cut short (no line end, and shorter than the header "
    "or with a number that is not whole)",
}


@dataclass(frozen=True)
class RefusedRow:
    row: int  # 1-based line of the file (CSV) or row of the sheet (XLSX), header = 1
    reason: str  # a code of REFUSAL_TEXT
    detail: str = ""

    @property
    def text(self) -> str:
        words = REFUSAL_TEXT.get(self.reason, self.reason)
        return f"{words}: {self.detail}" if self.detail else words


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0  # a known customer's row that would change nothing: not written
    refused: list[RefusedRow] = field(default_factory=list)
    file: str = ""

    @property
    def rows(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.refused)

    @property
    def imported(self) -> int:
        """Rows taken (a refresh of an unchanged book imports them all, writing nothing)."""
        return self.added + self.updated + self.unchanged

    @property
    def counts(self) -> str:
        """The audit's and the log's detail."""
        return (
            f"added={self.added} updated={self.updated} unchanged={self.unchanged} "
            f"refused={len(self.refused)}"
        )


@dataclass(frozen=True)
class ImportProgress:
    stage: str  # "read" (the file), "check" (the rows), "save" (into the database)
    done: int
    total: int  # 0 when not known yet


ProgressFn = Callable[[ImportProgress], None]


@dataclass
class _Table:
    rows: list[list[str]]
    cut_short: bool = False  # a text file whose last line has no line end


def _header_map(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        key = unicodedata.normalize("NFKC", str(title or "")).strip().lower()
        for name, spellings in _HEADERS.items():
            if key in spellings and name not in found:
                found[name] = index
    return found


def _read_table(path: Path, progress: ProgressFn | None) -> _Table:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, progress)
    if suffix not in (".csv", ".txt"):
        raise ImportFileError(
            path=str(path), detail="only .csv and .xlsx files are imported", reason="import.kind"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            path=str(path), detail=exc.strerror or str(exc), reason="import.unreadable"
        ) from exc
    text = _decode(path, raw)
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ImportFileError(
            path=str(path),
            detail=f"it is not a text file (line {line})",
            reason="import.not_text",
            line=line,
        )
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[list[str]] = []
    lines = text.count("\n") + 1  # about the rows: a quoted field may span lines
    try:
        for row in reader:
            rows.append(row)
            if progress is not None and len(rows) % PROGRESS_EVERY == 0:
                progress(ImportProgress("read", len(rows), lines))
    except csv.Error as exc:
        raise ImportFileError(
            path=str(path),
            detail=f"line {reader.line_num} is not CSV ({exc}); was the file cut short?",
            reason="import.csv_broken",
            line=reader.line_num,
        ) from exc
    return _Table(rows, cut_short=bool(text) and not text.endswith(_LINE_END))


def _decode(path: Path, raw: bytes) -> str:
    """UTF-8 (with or without BOM), else GBK/GB18030 as Excel in China saves CSV.

    A UTF-8 file cut off inside a character is read as UTF-8 up to the cut (and its last
    line is then cut short), not as GBK mojibake.
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(raw):
            return raw[: exc.start].decode("utf-8-sig")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ImportFileError(
            path=str(path),
            detail="it is neither UTF-8 nor GBK text (a damaged or binary file?)",
            reason="import.not_text",
            line="?",
        ) from exc


def _read_xlsx(path: Path, progress: ProgressFn | None) -> _Table:
    from openpyxl import load_workbook

    try:
        # Not data_only: a formula cell (`=CMD()` as a note) comes in as its text, kept as text
        # (and written with a leading ' wherever it leaves the desk), never as an empty cell.
        book = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(
            path=str(path),
            detail=f"it is not a readable Excel file ({_short(exc)})",
            reason="import.not_xlsx",
        ) from exc
    rows: list[list[str]] = []
    try:
        sheet = book.worksheets[0]
        total = int(sheet.max_row or 0)
        for row in sheet.iter_rows(values_only=True):
            rows.append(["" if v is None else _cell(v) for v in row])
            if progress is not None and len(rows) % PROGRESS_EVERY == 0:
                progress(ImportProgress("read", len(rows), total))
    except Exception as exc:  # a damaged sheet fails in the XML parser or zip reader, any kind
        raise ImportFileError(
            path=str(path),
            detail=f"the sheet is damaged after row {len(rows)} ({_short(exc)})",
            reason="import.xlsx_damaged",
            row=len(rows),
        ) from exc
    finally:
        book.close()
    return _Table(rows)


def _short(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120] or exc.__class__.__name__


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel keeps 13800138000 as a number
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


@dataclass
class _Row:
    line: int
    name: str
    numbers: list[tuple[str, str]]  # (raw, normalised)
    vip: int | None
    notes: str


def _parse_row(line: int, cells: list[str], cols: dict[str, int]) -> _Row | RefusedRow:
    def get(name: str) -> str:
        index = cols.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    name = " ".join(get("name").split())
    if not name:
        return RefusedRow(line, "name.required")
    if len(name) > 128:
        return RefusedRow(line, "name.long")
    numbers: list[tuple[str, str]] = []
    for raw in _PHONE_SPLIT.split(get("phones")):
        raw = raw.strip()
        if not raw:
            continue
        if _SCIENTIFIC.match(unicodedata.normalize("NFKC", raw)):
            return RefusedRow(line, "phone.scientific", raw)
        if parse_number(raw) is None:  # too short, too long, or no number of any plan
            return RefusedRow(line, "phone.invalid", raw)
        norm = normalise(raw)
        if norm not in {n for _r, n in numbers}:
            numbers.append((raw[:64], norm))
    if not numbers:
        return RefusedRow(line, "phone.none")
    vip_text = unicodedata.normalize("NFKC", get("vip")).strip().upper().removeprefix("VIP")
    vip: int | None = None
    if vip_text:
        try:
            vip = int(float(vip_text))
        except ValueError:
            return RefusedRow(line, "vip.invalid", get("vip"))
        if not 0 <= vip <= MAX_VIP_LEVEL:
            return RefusedRow(line, "vip.invalid", get("vip"))
    return _Row(line, name, numbers, vip, get("notes"))


def _whole(row: _Row, cells: list[str], header: list[str]) -> bool:
    """Whether the last line of a file without a final line end looks complete: every column
    of the header there, and every number one libphonenumber knows (a cut mobile is not)."""
    if len(cells) < len(header):
        return False
    return all(parse_number(raw) is not None for raw, _norm in row.numbers)


def _chunks(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- one person -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonSummary:
    """Who a request is about, masked: enough to confirm the right person was found."""

    id: int
    public_id: str
    masked_name: str
    masked_numbers: tuple[str, ...]
    calls: int
    cases: int
    callbacks: int
    created_at: datetime
    erased: bool


@dataclass
class ErasureReport:
    """What an erasure removed, and the rows it kept without personal data (their counts keep
    closed shift summaries and reports true)."""

    customer_id: int
    removed: dict[str, int]
    kept: dict[str, int]


ERASE_ACTION = "customer.erase"  # the audit row of an erasure: public id, reason, counts
REAPPLIED = "re-applied after db restore:"  # before the reason of an erasure made again


@dataclass(frozen=True)
class PastErasure:
    """An erasure as a database's audit log keeps it: whom (public id), when (UTC, as stored)
    and the reason (masked when it was written)."""

    public_id: str
    at: str
    reason: str


def _erasures_in(db_path: Path, key: str | None) -> list[PastErasure]:
    from agent_desk.dbfile import FileState, connect, state_of

    use_key = None if state_of(db_path) is FileState.PLAIN else key
    con = connect(db_path, use_key, readonly=True)
    try:
        rows = con.execute(
            "SELECT target, at, detail FROM audit_events WHERE action = ? ORDER BY id",
            (ERASE_ACTION,),
        ).fetchall()
    finally:
        con.close()
    found = []
    for target, at, detail in rows:
        # "reason: <masked reason>; phones=1 calls=2 …" (the counts hold no "; ")
        reason = str(detail or "").rpartition("; ")[0] or str(detail or "")
        reason = reason.removeprefix("reason: ").removeprefix(f"{REAPPLIED} ")
        found.append(PastErasure(str(target), str(at)[:19], reason))
    return found


def erasures_after_backup(current: Path, backup: Path, key: str | None) -> list[PastErasure] | None:
    """The people erased in `current` after `backup` was taken, whom restoring the backup
    would bring back: the erasures `current`'s audit log holds and the backup's does not (the
    backup's log is the same chain, up to when it was taken), one per person, oldest first.

    None when `current` cannot be read (missing, or failing its check): then nobody can tell,
    and branch IT's register (PRIVACY.md §6) is the only record.
    """
    from agent_desk.dbfile import DB_ERRORS
    from agent_desk.store import readable

    if not readable(current, key):
        return None
    try:
        found = _erasures_in(current, key)
    except DB_ERRORS:
        return None
    try:
        before = set(_erasures_in(backup, key))
    except DB_ERRORS:
        before = set()  # a backup that cannot be read is refused by the restore itself
    after: dict[str, PastErasure] = {}
    for erasure in found:
        if erasure not in before:
            after.setdefault(erasure.public_id, erasure)
    return list(after.values())


class PrivacyService:
    def __init__(
        self,
        sessions: SessionFactory,
        clock: Clock,
        policy: Policy,
        key: str | None = None,
        audit_sink: AuditSink | None = None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._key = key  # the store's database key, for the recovery key
        self._refusals = audit_sink  # where a refusal is written, in a transaction of its own
        self.retention_days = int(policy.get("retention.personal_data_days", 1095))
        self._zone = policy.zone  # an export's times are the branch's, as every time shown
        self.retention_ran_on: object = None

    def _require(self, actor: Actor | None, permission: Permission, target: str) -> Actor:
        require(actor, permission, self._refusals, target)
        assert actor is not None
        return actor

    # --- the recovery key ------------------------------------------------------------------------

    def recovery_key(self, actor: Actor | None) -> str:
        """The database key as branch IT writes it down (`db key export`); administrators only.

        Whoever holds it can read every customer of this desk from a copy of the files, so each
        export is in the audit log.
        """
        from agent_desk.dbkey import recovery_text

        actor = self._require(actor, Permission.MANAGE_KEYS, "db.key_export")
        if self._key is None:
            raise AgentDeskError(
                "this profile's database is not encrypted; there is no key "
                "('agent-desk db encrypt' encrypts it)",
                reason="db.not_encrypted",
            )
        self._audit(actor.agent_no, "db.key_export", "", "recovery key shown")
        return recovery_text(self._key)

    # --- import ---------------------------------------------------------------------------------

    def import_customers(
        self,
        path: Path,
        actor: Actor | None,
        progress: ProgressFn | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportReport:
        """Bring in a customer book; supervisors and administrators only.

        `progress` is called every few thousand rows (on the caller's thread) and `cancelled`
        asked as often; a cancel rolls everything back (ImportCancelled).
        """
        path = Path(path)
        actor = self._require(
            actor, Permission.IMPORT_CUSTOMER_DATA, f"customer.import {path.name}"
        )
        table = _read_table(path, progress)
        rows = table.rows
        if not rows:
            raise ImportFileError(path=str(path), detail="the file is empty", reason="import.empty")
        header = rows[0]
        cols = _header_map(header)
        if "name" not in cols or "phones" not in cols:
            raise ImportFileError(
                path=str(path),
                detail="it needs a 'name' and a 'phone' column (姓名, 电话)",
                reason="import.columns",
            )
        report = ImportReport(file=path.name)
        parsed: list[_Row] = []
        total = len(rows) - 1
        last_line = len(rows)
        for line, cells in enumerate(rows[1:], start=2):
            if (line - 1) % PROGRESS_EVERY == 0:
                _check(cancelled)
                if progress is not None:
                    progress(ImportProgress("check", line - 1, total))
            if not any(str(c).strip() for c in cells):
                continue
            row = _parse_row(line, cells, cols)
            # The file may have been cut in its last line: say so rather than what is wrong.
            cut = table.cut_short and line == last_line
            if cut and (not isinstance(row, _Row) or not _whole(row, cells, header)):
                row = RefusedRow(line, "row.incomplete")
            if isinstance(row, RefusedRow):
                report.refused.append(row)
            else:
                parsed.append(row)
        _check(cancelled)
        self._write_import(parsed, report, actor, progress, cancelled)
        report.refused.sort(key=lambda r: r.row)
        log.info("customer import %s: %s", path.name, report.counts)
        return report

    def _write_import(
        self,
        parsed: list[_Row],
        report: ImportReport,
        actor: Actor,
        progress: ProgressFn | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        now = self._clock.now()
        refused = list(report.refused)  # the rows the file itself had wrong
        # The lookups and the checks on a snapshot, the write lock from the first write on: a
        # monthly refresh that changes little holds it for a moment, not for all the lookups.
        try:
            with self._sessions() as session:
                session.connection(execution_options={READ_FIRST: True})
                writing = self._save_import(
                    session, parsed, report, actor, now, progress, cancelled
                )
                session.commit()
            _log_lock(report, writing)
            return
        except DatabaseBusy:
            # Another save came in between (or holds the lock still): everything again, the
            # lookups under the lock too.
            log.info(
                "customer import %s: the desk saved meanwhile; again under the lock", report.file
            )
        report.added = report.updated = report.unchanged = 0
        report.refused = refused
        started = time.monotonic()
        with self._sessions.begin() as session:
            self._save_import(session, parsed, report, actor, now, progress, cancelled)
        _log_lock(report, started)

    def _save_import(
        self,
        session: Session,
        parsed: list[_Row],
        report: ImportReport,
        actor: Actor,
        now: datetime,
        progress: ProgressFn | None,
        cancelled: Callable[[], bool] | None,
    ) -> float:
        """Returns when it began to write (time.monotonic)."""
        # Room for the indexes being written: with SQLite's default 2 MB cache, pages spill to
        # the WAL (encrypted) and are read back (decrypted) again (10% of the CPU time of
        # 100,000 rows, measured with bench/import_customers.py).
        conn = session.connection()
        default_cache = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
        conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
        try:
            writing = self._insert_rows(session, parsed, report, now, progress, cancelled)
        finally:
            conn.exec_driver_sql(f"PRAGMA cache_size={default_cache}")
        # In the same transaction: the audit row commits with the rows it describes (and takes
        # the write lock when no row changed).
        audit.record(
            session, self._clock, actor.agent_no, "customer.import", report.file, report.counts
        )
        return writing

    def _insert_rows(
        self,
        session: Session,
        parsed: list[_Row],
        report: ImportReport,
        now: datetime,
        progress: ProgressFn | None,
        cancelled: Callable[[], bool] | None,
    ) -> float:
        from functools import lru_cache

        from agent_desk.customers import name_initials as initials_of

        name_initials = lru_cache(maxsize=65536)(initials_of)  # a book repeats many names
        holders = self._known_numbers(session, {n for r in parsed for _raw, n in r.numbers})
        shared = {n for n, cids in holders.items() if len(cids) > 1}
        known = {n: min(cids) for n, cids in holders.items() if len(cids) == 1}
        # What the known customers hold now, read in bulk: a row that would change nothing is
        # not written (a monthly refresh of the same book is mostly such rows).
        stored = self._book_values(session, set(known.values()))
        current: dict[int, dict[str, Any]] = {}  # the known customers as this file leaves them
        fresh_names: dict[int, str] = {}
        new_customers: list[dict[str, Any]] = []
        new_phones: list[tuple[int, str, str]] = []  # (index into new_customers, raw, norm)
        claimed: dict[str, int] = {}  # number -> index of a new customer in this file
        extra_phones: list[dict[str, Any]] = []
        for row in parsed:
            shared_here = [raw for raw, n in row.numbers if n in shared]
            if shared_here:
                report.refused.append(RefusedRow(row.line, "phone.shared", shared_here[0]))
                continue
            owners = {known[n] for _r, n in row.numbers if n in known}
            fresh = {claimed[n] for _r, n in row.numbers if n in claimed}
            if len(owners) + len(fresh) > 1:
                report.refused.append(RefusedRow(row.line, "phone.conflict"))
                continue
            if owners:
                cid = owners.pop()
                before = current.get(cid) or stored[cid]
                if " ".join(before["name"].split()) not in (row.name, ERASED_NAME):
                    # Never renamed by a book: the old name would be lost without a word.
                    report.refused.append(
                        RefusedRow(row.line, "name.differs", mask_name(before["name"]))
                    )
                    continue
                after = _book_update(before, row)
                added_numbers = 0
                for raw, norm in row.numbers:
                    if norm not in known:
                        known[norm] = cid
                        added_numbers += 1
                        extra_phones.append(
                            {"customer_id": cid, "raw": raw, "normalised": norm, "label": ""}
                        )
                if after == before and not added_numbers:
                    report.unchanged += 1
                    continue
                current[cid] = after
                report.updated += 1
                continue
            if fresh:  # the same person twice in the file: the later row updates
                index = fresh.pop()
                if fresh_names[index] != row.name:
                    report.refused.append(
                        RefusedRow(row.line, "name.differs", mask_name(fresh_names[index]))
                    )
                    continue
                values = new_customers[index]
                was = dict(values)
                values.update(_details(row, name_initials, now, keep_vip=True))
                numbers_before = len(new_phones)
                for raw, norm in row.numbers:
                    if norm not in claimed:
                        claimed[norm] = index
                        new_phones.append((index, raw, norm))
                if values == was and len(new_phones) == numbers_before:
                    report.unchanged += 1
                else:
                    report.updated += 1
                continue
            index = len(new_customers)
            fresh_names[index] = row.name
            new_customers.append(
                {
                    "public_id": new_public_id(),
                    "created_at": now,
                    "merged_into_id": None,
                    "company": "",
                    "preferences": "",
                    **_details(row, name_initials, now, keep_vip=False),
                }
            )
            for raw, norm in row.numbers:
                claimed[norm] = index
                new_phones.append((index, raw, norm))
            report.added += 1
        ids: list[int] = []
        if new_customers:
            first = (session.scalar(select(func.max(Customer.id))) or 0) + 1
            ids = list(range(first, first + len(new_customers)))
            for cid, values in zip(ids, new_customers, strict=True):
                values["id"] = cid
        phone_rows = [
            {"customer_id": ids[i], "raw": raw, "normalised": norm, "label": ""}
            for i, raw, norm in new_phones
        ] + extra_phones
        # Every changed customer, one that only gained a number too (its updated_at says so).
        changed = [
            {
                "b_id": cid,
                **values,
                "name_initials": name_initials(values["name"]),
                "updated_at": now,
            }
            for cid, values in sorted(current.items())
        ]
        total = len(new_customers) + len(phone_rows) + len(changed)
        done = 0

        def step(count: int) -> None:
            nonlocal done
            done += count
            _check(cancelled)
            if progress is not None:
                progress(ImportProgress("save", done, total))

        step(0)
        writing = time.monotonic()
        # Core statements (executemany): the ORM's bulk path costs a third more here, and one
        # UPDATE per row took 20 minutes for 100,000 known customers. In batches, so the
        # window can show progress and a cancel is heard.
        for batch in _chunks(new_customers, WRITE_CHUNK):
            session.execute(insert(Customer.__table__), batch)
            step(len(batch))
        for batch in _chunks(phone_rows, WRITE_CHUNK):
            session.execute(insert(CustomerPhone.__table__), batch)
            step(len(batch))
        table = Customer.__table__
        by_id = table.update().where(table.c.id == bindparam("b_id"))
        for batch in _chunks(changed, WRITE_CHUNK):
            session.execute(by_id, batch)
            step(len(batch))
        return writing

    def _book_values(self, session: Session, ids: set[int]) -> dict[int, dict[str, Any]]:
        """What a customer book can change of these customers: name, VIP level, notes."""
        found: dict[int, dict[str, Any]] = {}
        columns = (Customer.id, Customer.name, Customer.vip_level, Customer.notes)
        for chunk in _chunks(sorted(ids)):
            for cid, name, vip, notes in session.execute(
                select(*columns).where(Customer.id.in_(chunk))
            ):
                found[cid] = {"name": name, "vip_level": vip, "notes": notes}
        return found

    def _known_numbers(self, session: Session, numbers: set[str]) -> dict[str, set[int]]:
        """Who holds each of these numbers (several customers for a shared one)."""
        found: dict[str, set[int]] = {}
        for chunk in _chunks(sorted(numbers)):
            rows = session.execute(
                select(CustomerPhone.normalised, CustomerPhone.customer_id)
                .join(Customer, Customer.id == CustomerPhone.customer_id)
                .where(CustomerPhone.normalised.in_(chunk), Customer.merged_into_id.is_(None))
            )
            for norm, cid in rows:
                found.setdefault(norm, set()).add(cid)
        return found

    # --- finding the person -----------------------------------------------------------------------

    def find_person(self, *, phone: str | None = None, customer_id: int | str | None = None) -> int:
        """The customer a request is about, by id (the number or the public id) or by phone.

        A record merged into another stands for that other. A number that several customers
        hold is refused (AmbiguousNumber, with their ids and masked names): the request must
        then name the person by id.
        """
        with self._sessions() as session:
            if customer_id is not None and str(customer_id).strip():
                customer = _customer_by_id(session, str(customer_id).strip())
                return customer.merged_into_id or customer.id
            number = normalise(phone or "")
            if not number:
                raise NotFound("no phone number given", reason="customer.not_found")
            holders = list(
                session.execute(
                    select(Customer.id, Customer.name)
                    .join(CustomerPhone, Customer.id == CustomerPhone.customer_id)
                    .where(CustomerPhone.normalised == number, Customer.merged_into_id.is_(None))
                    .distinct()
                    .order_by(Customer.id)
                )
            )
            if not holders:
                raise NotFound(
                    f"no customer has the number {mask(number)}",
                    reason="customer.not_found",
                    number=mask(number),
                )
            if len(holders) > 1:
                raise AmbiguousNumber(
                    number=mask(number),
                    count=len(holders),
                    choices=", ".join(f"id {cid} ({mask_name(name)})" for cid, name in holders),
                    ids=[cid for cid, _name in holders],
                )
            return int(holders[0][0])

    def person_summary(self, customer_id: int, actor: Actor | None) -> PersonSummary:
        """Who was found, masked, to confirm before an export or an erasure."""
        self._require(actor, Permission.EXPORT_CUSTOMER_DATA, f"customer.summary {customer_id}")
        with self._sessions() as session:
            customer = _existing(session, customer_id)
            ids = [customer_id, *_merged_into(session, customer_id)]
            numbers = session.scalars(
                select(CustomerPhone.raw).where(CustomerPhone.customer_id.in_(ids))
            )

            def count(model: Any) -> int:
                return int(
                    session.scalar(
                        select(func.count()).select_from(model).where(model.customer_id.in_(ids))
                    )
                    or 0
                )

            return PersonSummary(
                id=customer.id,
                public_id=customer.public_id,
                masked_name=mask_name(customer.name),
                masked_numbers=tuple(mask(n) for n in numbers),
                calls=count(Call),
                cases=count(Case),
                callbacks=count(Callback),
                created_at=customer.created_at,
                erased=customer.name == ERASED_NAME,
            )

    # --- export ---------------------------------------------------------------------------------

    def export_person(self, customer_id: int, actor: Actor | None) -> dict[str, Any]:
        """Everything stored about one person, unmasked; supervisors and administrators only."""
        actor = self._require(
            actor, Permission.EXPORT_CUSTOMER_DATA, f"customer.export {customer_id}"
        )
        zone = self._zone  # every time in the branch's zone, with its offset
        with self._sessions.begin() as session:
            customer = _existing(session, customer_id)
            ids = [customer_id, *_merged_into(session, customer_id)]
            data = {
                "format": "agent-desk person export 1",
                "exported_at": iso(self._clock.now(), zone),
                "exported_by": actor.agent_no,
                "customer": {"id": customer.id, **_row(customer, _CUSTOMER_FIELDS, zone)},
                "merged_records": [
                    {"id": c.id, **_row(c, _CUSTOMER_FIELDS, zone)}
                    for c in session.scalars(select(Customer).where(Customer.id.in_(ids[1:])))
                ],
                "phones": [
                    _row(p, ("raw", "normalised", "label"), zone)
                    for p in session.scalars(
                        select(CustomerPhone).where(CustomerPhone.customer_id.in_(ids))
                    )
                ],
                "calls": [
                    _row(c, _CALL_FIELDS, zone)
                    for c in session.scalars(
                        select(Call).where(_person_calls(session, ids)).order_by(Call.id)
                    )
                ],
                "cases": [],
                "callbacks": [
                    _row(c, _CALLBACK_FIELDS, zone)
                    for c in session.scalars(
                        select(Callback).where(Callback.customer_id.in_(ids)).order_by(Callback.id)
                    )
                ],
            }
            for case in session.scalars(
                select(Case).where(Case.customer_id.in_(ids)).order_by(Case.id)
            ):
                item = _row(case, _CASE_FIELDS, zone)
                item["events"] = [
                    _row(e, ("at", "kind", "from_status", "to_status", "text"), zone)
                    for e in session.scalars(
                        select(CaseEvent).where(CaseEvent.case_id == case.id).order_by(CaseEvent.at)
                    )
                ]
                data["cases"].append(item)
            audit.record(
                session,
                self._clock,
                actor.agent_no,
                "customer.export",
                customer.public_id,
                f"calls={len(data['calls'])} cases={len(data['cases'])} "
                f"callbacks={len(data['callbacks'])}",
            )
        return data

    def export_person_json(
        self, customer_id: int, actor: Actor | None, out: Path, force: bool = False
    ) -> dict[str, Any]:
        """Write the export to `out`, readable by the OS user only (0600), never over an
        existing file unless `force`. Returns what was written."""
        out = Path(out)
        if out.exists() and not force:
            raise OutputExists(path=str(out))
        data = self.export_person(customer_id, actor)
        text = json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n"
        _write_private(out, text.encode("utf-8"), force)
        return data

    # --- erase and retention ---------------------------------------------------------------------

    def erase_person(self, customer_id: int, actor: Actor | None, reason: str) -> ErasureReport:
        """Remove the person's name, numbers, notes and free text; administrators only."""
        actor = self._require(
            actor, Permission.ERASE_CUSTOMER_DATA, f"customer.erase {customer_id}"
        )
        if not reason.strip():
            raise AgentDeskError(
                "an erasure needs its reason (the request it answers)", reason="erase.reason"
            )
        with self._sessions.begin() as session:
            _secure_delete(session)
            customer = _existing(session, customer_id)
            ids = [customer_id, *_merged_into(session, customer_id)]
            calls = _person_calls(session, ids)
            call_ids = list(session.scalars(select(Call.id).where(calls)))
            call_public_ids = set(session.scalars(select(Call.public_id).where(calls)))
            case_numbers = set(
                session.scalars(select(Case.number).where(Case.customer_id.in_(ids)))
            )
            files: list[str] = []
            removed = _anonymise(session, ids, self._clock.now(), call_ids, files)
            removed["outbox_files"] = _scrub_outbox(session, case_numbers, call_public_ids)
            kept = {
                "calls": _count(session, Call, ids),
                "cases": _count(session, Case, ids),
                "callbacks": _count(session, Callback, ids),
            }
            audit.record(
                session,
                self._clock,
                actor.agent_no,
                "customer.erase",
                customer.public_id,
                f"reason: {mask_text(reason.strip()[:200])}; "
                + " ".join(f"{k}={v}" for k, v in removed.items()),
            )
        _remove_recordings(files)
        self._checkpoint()
        log.info("customer %s erased: %s", customer_id, removed)
        return ErasureReport(customer_id, removed, kept)

    def erase_again(
        self, erasures: Iterable[PastErasure], actor: Actor | None
    ) -> tuple[list[PastErasure], list[PastErasure]]:
        """After a restore: erase again, in the restored data, the people `erasures_after_backup`
        found, each audited as an erasure whose reason says it was re-applied after a restore
        (the `db.restore` row before it names the backup), with the first one's (masked)
        reason. Someone the backup does not hold (added after it was taken) is not there to
        come back and is skipped.

        Returns those erased again and those whose erasure failed (to be done by hand).
        """
        done: list[PastErasure] = []
        failed: list[PastErasure] = []
        for erasure in erasures:
            with self._sessions() as session:
                customer_id = session.scalar(
                    select(Customer.id).where(Customer.public_id == erasure.public_id)
                )
            if customer_id is None:
                continue
            reason = f"{REAPPLIED} {erasure.reason}"
            try:
                self.erase_person(customer_id, actor, reason)
            except AgentDeskError:
                log.exception("customer %s not erased again after the restore", customer_id)
                failed.append(erasure)
            else:
                done.append(erasure)
        return done, failed

    def run_retention(self, actor: Actor | None) -> dict[str, int]:
        """`customer retention`: apply the retention now, by an administrator (audited even
        when nothing was old enough)."""
        actor = self._require(actor, Permission.ERASE_CUSTOMER_DATA, "retention.apply")
        return self.apply_retention(force=True, actor=actor.agent_no)

    def apply_retention(self, force: bool = False, actor: str = "") -> dict[str, int]:
        """Anonymise personal data older than the policy's days; once a day unless forced.

        Run by the app at start and then daily (the backup schedule's daily jobs), and by
        `customer retention` (`run_retention`).
        """
        now = self._clock.now()
        if not force and self.retention_ran_on == now.date():
            return {}
        self.retention_ran_on = now.date()
        cutoff = now - timedelta(days=self.retention_days)
        with self._sessions.begin() as session:
            _secure_delete(session)
            recent_call = select(Call.customer_id).where(Call.ring_started_at >= cutoff)
            recent_case = select(Case.customer_id).where(
                or_(Case.received_at >= cutoff, Case.status != "closed")
            )
            recent_callback = select(Callback.customer_id).where(
                or_(Callback.due_at >= cutoff, Callback.status == "pending")
            )
            stale = list(
                session.scalars(
                    select(Customer.id).where(
                        Customer.updated_at < cutoff,
                        Customer.name != ERASED_NAME,
                        Customer.id.not_in(recent_call.where(Call.customer_id.is_not(None))),
                        Customer.id.not_in(recent_case.where(Case.customer_id.is_not(None))),
                        Customer.id.not_in(
                            recent_callback.where(Callback.customer_id.is_not(None))
                        ),
                    )
                )
            )
            counts = {"customers": 0, "calls": 0, "cases": 0}
            files: list[str] = []
            for chunk in _chunks(stale):
                done = _anonymise(session, chunk, now, files=files)
                for name in counts:
                    counts[name] += done[name]
            # Old calls and closed cases lose their free text (and their recordings), whoever
            # the caller was.
            counts["calls"] += _clear_calls(session, Call.ring_started_at < cutoff, files)[0]
            if files:
                counts["recordings"] = len(files)
            counts["cases"] += _clear_cases(
                session, (Case.received_at < cutoff) & (Case.status == "closed")
            )[0]
            # Old callbacks that are done lose theirs too, by their own age (not the customer's).
            old_callbacks = session.execute(
                update(Callback)
                .where(Callback.due_at < cutoff, Callback.status != "pending")
                .where((Callback.purpose != "") | (Callback.outcome != ""))
                .values(purpose="", outcome="")
                .execution_options(synchronize_session=False)
            ).rowcount  # type: ignore[attr-defined]
            if old_callbacks:
                counts["callbacks"] = old_callbacks
            if any(counts.values()) or actor:
                audit.record(
                    session,
                    self._clock,
                    actor,
                    "retention.apply",
                    f"older than {self.retention_days} days",
                    " ".join(f"{k}={v}" for k, v in counts.items()),
                )
        _remove_recordings(files)
        if any(counts.values()):
            self._checkpoint()
            log.info("retention: anonymised %s", counts)
        else:
            log.info("retention: nothing older than %d days", self.retention_days)
        return counts

    # --- helpers ---------------------------------------------------------------------------------

    def _audit(self, actor: str, action: str, target: str, detail: str) -> None:
        with self._sessions.begin() as session:
            audit.record(session, self._clock, actor, action, target, detail)

    def _checkpoint(self) -> None:
        """Old page images of what was erased live on in the WAL until it is checkpointed."""
        engine = self._sessions.kw["bind"]
        raw = engine.raw_connection()  # outside any transaction: a checkpoint cannot run in one
        try:
            cursor = raw.cursor()
            row = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            cursor.close()
        finally:
            raw.close()
        if row and row[0]:
            log.warning("the WAL could not be truncated yet (a reader is busy); it will be")


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def _customer_by_id(session: Session, text: str) -> Customer:
    if text.isascii() and text.isdigit():
        number = int(text)  # beyond SQLite's 64 bits no customer has it (not an OverflowError)
        customer = session.get(Customer, number) if number < 2**63 else None
    elif _UUID.match(text.lower()):
        customer = session.scalar(select(Customer).where(Customer.public_id == text.lower()))
    else:
        raise NotFound(
            f"{text!r} is not a customer id (a number, or the id of an export)",
            reason="customer.not_found",
        )
    if customer is None:
        raise NotFound(f"no customer has the id {text}", reason="customer.not_found")
    return customer


def _existing(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"no customer has the id {customer_id}", reason="customer.not_found")
    return customer


def _count(session: Session, model: Any, ids: list[int]) -> int:
    query = select(func.count()).select_from(model).where(model.customer_id.in_(ids))
    return int(session.scalar(query) or 0)


def _write_private(out: Path, data: bytes, force: bool) -> None:
    """Write `data` to `out` as a 0600 file, whole or not at all, never over an existing file
    unless `force` (a second export never silently replaces the first)."""
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if force:
            os.replace(tmp, out)
        else:
            try:
                os.link(tmp, out)  # fails if `out` appeared meanwhile: nothing is replaced
            except FileExistsError:
                raise OutputExists(path=str(out)) from None
            except OSError:  # a file system without hard links: check, then rename
                if out.exists():
                    raise OutputExists(path=str(out)) from None
                os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def _person_calls(session: Session, ids: list[int]) -> Any:
    """The person's calls: those linked to their records, and those no one was attached to that
    came from (or went to) a number only this person holds. A number another customer holds
    too (a family's landline) does not make an unlinked call theirs."""
    numbers = set(
        session.scalars(select(CustomerPhone.normalised).where(CustomerPhone.customer_id.in_(ids)))
    )
    shared = set(
        session.scalars(
            select(CustomerPhone.normalised)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(
                CustomerPhone.normalised.in_(numbers),
                CustomerPhone.customer_id.not_in(ids),
                Customer.merged_into_id.is_(None),
            )
        )
    )
    own = sorted(n for n in numbers - shared if n)
    linked = Call.customer_id.in_(ids)
    if not own:
        return linked
    return or_(linked, Call.customer_id.is_(None) & Call.caller_normalised.in_(own))


# The archive fields that hold a person's text: the same ones `_clear_cases` clears in the store.
_CASE_TEXT_FIELDS = ("complainant", "contact", "matter", "root_cause", "improvement")


def _scrub_outbox(session: Session, case_numbers: set[str], call_ids: set[str]) -> int:
    """Blank the person's own rows in files still held in the outbox, field by field.

    Only structured files are touched, and in them only the rows of this person's cases (by case
    number) or calls (by call id): their text fields in the daily case archive (cases.json and
    cases.csv, where the events cell of their rows goes too) and the caller column of their
    calls in a shift's calls.csv. No text is searched for across files, so nobody else's row
    changes; summaries, reports and audit anchors hold no customer text and keep their bytes.
    What was already published is the share's to erase; PRIVACY.md tells branch IT how.
    """
    if not case_numbers and not call_ids:
        return 0
    changed = 0
    kinds = ("cases_json", "cases_csv", "calls_csv")
    for item in session.scalars(
        select(OutboxItem).where(OutboxItem.size > 0, OutboxItem.kind.in_(kinds))
    ):
        content = bytes(item.content or b"")
        if item.kind == "cases_json":
            scrubbed = _scrub_cases_json(content, case_numbers)
        elif item.kind == "cases_csv":
            scrubbed = _scrub_csv(content, "number", case_numbers, (*_CASE_TEXT_FIELDS, "events"))
        else:
            scrubbed = _scrub_csv(content, "call_id", call_ids, ("caller",))
        if scrubbed is not None and scrubbed != content:
            item.content = scrubbed
            item.size = len(scrubbed)
            item.sha256 = hashlib.sha256(scrubbed).hexdigest()
            changed += 1
    session.flush()
    return changed


def _scrub_cases_json(content: bytes, numbers: set[str]) -> bytes | None:
    try:
        doc = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        log.warning("an outbox case archive is not JSON; left as it is")
        return None
    hit = False
    for row in doc.get("cases", []):
        if row.get("number") in numbers:
            hit = True
            for name in _CASE_TEXT_FIELDS:
                row[name] = ""
            for event in row.get("events", []):
                event["text"] = ""
    if not hit:
        return None
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _scrub_csv(content: bytes, key: str, keys: set[str], fields: tuple[str, ...]) -> bytes | None:
    text = content.decode("utf-8", errors="strict")
    bom = text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:] if bom else text)))
    if not rows or key not in rows[0]:
        return None
    header = rows[0]
    at = header.index(key)
    blank = [header.index(f) for f in fields if f in header]
    hit = False
    for row in rows[1:]:
        if len(row) > at and row[at] in keys:
            hit = True
            for i in blank:
                if i < len(row):
                    row[i] = ""
    if not hit:
        return None
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)  # cells already written safe
    return (("\ufeff" if bom else "") + out.getvalue()).encode("utf-8")


def _merged_into(session: Session, customer_id: int) -> list[int]:
    """Records folded into this one by a merge: the same person's older rows."""
    return list(session.scalars(select(Customer.id).where(Customer.merged_into_id == customer_id)))


def _secure_delete(session: Session) -> None:
    session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


def _log_lock(report: ImportReport, writing: float) -> None:
    """How long other saves of the desk waited for this import (bench/import_customers.py)."""
    took = time.monotonic() - writing
    log.info("customer import %s: wrote and committed in %.1f s", report.file, took)


def _book_update(before: dict[str, Any], row: _Row) -> dict[str, Any]:
    """A known customer's name, VIP level and notes after a row of a book: the name as the book
    spells it (the same name, spaces tidied), the VIP level if the row gives one, the row's
    notes added below the customer's unless they are there already."""
    notes = before["notes"]
    if row.notes and row.notes not in (notes or ""):
        notes = f"{notes}\n{row.notes}" if notes else row.notes
    vip = before["vip_level"] if row.vip is None else row.vip
    return {"name": row.name, "vip_level": vip, "notes": notes}


def _details(row: _Row, initials: Any, now: datetime, keep_vip: bool) -> dict[str, Any]:
    values: dict[str, Any] = {
        "name": row.name,
        "name_initials": initials(row.name),
        "updated_at": now,
    }
    if row.vip is not None or not keep_vip:
        values["vip_level"] = row.vip or 0
    if row.notes or not keep_vip:
        values["notes"] = row.notes
    return values


def _anonymise(
    session: Session,
    ids: Iterable[int],
    now: datetime,
    call_ids: list[int] | None = None,
    files: list[str] | None = None,
) -> dict[str, int]:
    """Clear these customers; `call_ids` are their calls when more than the linked ones;
    `files` gets the recordings to remove once the transaction is committed."""
    ids = list(ids)
    files = [] if files is None else files
    before = len(files)
    calls, drafts = _clear_calls(
        session,
        Call.id.in_(call_ids) if call_ids is not None else Call.customer_id.in_(ids),
        files,
    )
    case_ids = list(session.scalars(select(Case.id).where(Case.customer_id.in_(ids))))
    cases, case_events = _clear_cases(session, Case.id.in_(case_ids))
    callbacks = session.execute(
        update(Callback)
        .where(Callback.customer_id.in_(ids) | Callback.case_id.in_(case_ids))
        .where((Callback.purpose != "") | (Callback.outcome != ""))
        .values(purpose="", outcome="")
        .execution_options(synchronize_session=False)
    ).rowcount
    phones = session.execute(
        delete(CustomerPhone)
        .where(CustomerPhone.customer_id.in_(ids))
        .execution_options(synchronize_session=False)
    ).rowcount
    customers = session.execute(
        update(Customer)
        .where(Customer.id.in_(ids))
        .values(
            name=ERASED_NAME,
            name_initials="",
            company="",
            preferences="",
            notes="",
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    ).rowcount
    return {
        "customers": customers,
        "phones": phones,
        "calls": calls,
        "drafts": drafts,
        "cases": cases,
        "case_events": case_events,
        "callbacks": callbacks,
        "recordings": len(files) - before,
    }


def _clear_calls(session: Session, where: Any, files: list[str] | None = None) -> tuple[int, int]:
    """Free text and numbers of the calls off; their drafts and recording links deleted.
    (calls, drafts); `files` gets the recordings to remove once the transaction commits."""
    call_ids = list(session.scalars(select(Call.id).where(where)))
    drafts = 0
    for chunk in _chunks(call_ids):
        drafts += session.execute(
            delete(CallDraft)
            .where(CallDraft.call_id.in_(chunk))
            .execution_options(synchronize_session=False)
        ).rowcount
        links = session.execute(
            select(Recording.id, Recording.path, Recording.source).where(
                Recording.call_id.in_(chunk)
            )
        ).all()
        if links:
            # The desk's softphone made these files (baresip's dumps, our merged copy): they
            # go with the call's text. A PBX's own file is the PBX's to keep or remove; the
            # desk forgets where it is.
            if files is not None:
                files.extend(path for _, path, source in links if source == "baresip")
            session.execute(
                delete(Recording)
                .where(Recording.id.in_([link_id for link_id, _, _ in links]))
                .execution_options(synchronize_session=False)
            )
    calls = session.execute(
        update(Call)
        .where(where)
        .where(
            (Call.caller_number != "")
            | (Call.question != "")
            | (Call.answer != "")
            | (Call.subject != "")
        )
        .values(caller_number="", caller_normalised="", subject="", question="", answer="")
        .execution_options(synchronize_session=False)
    ).rowcount
    return calls, drafts


def _remove_recordings(paths: Iterable[str]) -> None:
    """Remove the recordings of erased or expired calls (after the commit: a failed erasure
    keeps them); one that cannot be removed is logged, never fatal."""
    for path in paths:
        try:
            Path(path).unlink(missing_ok=True)
        except OSError as exc:
            log.warning("recording %s of an erased call not removed: %s", path, exc)


def _clear_cases(session: Session, where: Any) -> tuple[int, int]:
    """Free text of the cases and their log off. (cases, log entries)"""
    case_ids = list(session.scalars(select(Case.id).where(where)))
    events = 0
    for chunk in _chunks(case_ids):
        events += session.execute(
            update(CaseEvent)
            .where(CaseEvent.case_id.in_(chunk), CaseEvent.text != "")
            .values(text="")
            .execution_options(synchronize_session=False)
        ).rowcount
    cases = session.execute(
        update(Case)
        .where(where)
        .where(
            (Case.complainant != "")
            | (Case.contact != "")
            | (Case.matter != "")
            | (Case.root_cause != "")
            | (Case.improvement != "")
        )
        .values(complainant="", contact="", matter="", root_cause="", improvement="")
        .execution_options(synchronize_session=False)
    ).rowcount
    return cases, events


_CUSTOMER_FIELDS = (
    "public_id",
    "name",
    "vip_level",
    "company",
    "preferences",
    "notes",
    "created_at",
    "updated_at",
)
_CALL_FIELDS = (
    "public_id",
    "direction",
    "caller_number",
    "ring_started_at",
    "answered_at",
    "ended_at",
    "outcome",
    "category",
    "subject",
    "question",
    "answer",
    "resolution",
    "satisfaction",
)
_CASE_FIELDS = (
    "public_id",
    "number",
    "kind",
    "status",
    "received_at",
    "complainant",
    "contact",
    "matter",
    "product",
    "case_type",
    "department",
    "reply_by",
    "replied_at",
    "closed_at",
    "satisfaction",
    "root_cause",
    "improvement",
    "decision",
)
_CALLBACK_FIELDS = ("public_id", "due_at", "purpose", "status", "done_at", "outcome")


def _row(obj: object, fields: tuple[str, ...], zone: tzinfo) -> dict[str, Any]:
    """The fields, times in the branch's zone with its offset (`zone`)."""
    out: dict[str, Any] = {}
    for name in fields:
        value = getattr(obj, name)
        out[name] = iso(value, zone) if isinstance(value, datetime) else value
    return out
