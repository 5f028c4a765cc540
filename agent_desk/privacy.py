"""A person's data on request, and not forever (PIPL): import, export, erase, retention.

- **Import** brings in a branch's customer book (CSV or XLSX: name, phone(s), VIP, notes).
  Numbers are normalised; a number already known updates that customer; every row is
  reported as added, updated or refused with its reason. One transaction, bulk statements:
  100,000 rows take seconds, not the minutes one save per row would.
- **Export** gives everything stored about one person (customer, numbers, calls, cases with
  their events, callbacks) as unmasked JSON: the answer to an access request.
- **Erase** removes the person's name, numbers, notes and the free text of their calls and
  cases; the rows stay with their counts, times and outcomes, so closed shift summaries stay
  true. SQLite's `secure_delete` overwrites freed space and the WAL is checkpointed and
  truncated, so the bytes are gone from the files (backups roll off by the backup policy).
- **Retention** anonymises the same way everything older than `[retention]
  personal_data_days` (1095 by default), once a day.

Roles are checked here, whatever the caller (window or command line): supervisors import and
export, administrators erase. Every run is in the audit log.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from agent_desk import audit
from agent_desk.accounts import AgentInfo
from agent_desk.clock import Clock
from agent_desk.errors import AgentDeskError, NotFound, PermissionDenied
from agent_desk.models import (
    Call,
    Callback,
    CallDraft,
    Case,
    CaseEvent,
    Customer,
    CustomerPhone,
    OutboxItem,
)
from agent_desk.models.base import new_public_id
from agent_desk.models.engine import SessionFactory
from agent_desk.phones import normalise
from agent_desk.policy import Policy

log = logging.getLogger(__name__)

ERASED_NAME = ""  # an erased customer keeps its row (and id) for the counts, not its name
MAX_VIP_LEVEL = 5
IMPORT_CACHE_KIB = 256_000  # page cache of the import's connection (256 MB, while it runs)
RANK = {"agent": 0, "supervisor": 1, "admin": 2}


def require_role(actor: AgentInfo | None, role: str, what: str) -> AgentInfo:
    """The actor, if their role is at least `role`; else PermissionDenied (audited by caller)."""
    if actor is None or RANK.get(actor.role, -1) < RANK[role]:
        raise PermissionDenied(what, reason="permission")
    return actor


class ImportFileError(AgentDeskError):
    code = "customer.import_file"
    template = "The file {path} cannot be imported: {detail}"


# --- import -------------------------------------------------------------------------------------

_HEADERS = {
    "name": ("name", "姓名", "客户姓名", "客户", "名称"),
    "phones": ("phone", "phones", "phone(s)", "电话", "手机", "号码", "联系电话", "手机号"),
    "vip": ("vip", "vip level", "vip_level", "vip等级", "等级"),
    "notes": ("notes", "note", "备注", "说明"),
}
_PHONE_SPLIT = re.compile(r"[;,/、；，|\n]+")


@dataclass(frozen=True)
class RefusedRow:
    row: int  # 1-based line of the file, header = 1
    reason: str  # a code: name.required, phone.none, phone.invalid, vip.invalid, phone.conflict
    detail: str = ""


@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    refused: list[RefusedRow] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return self.added + self.updated + len(self.refused)


def _header_map(header: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        key = unicodedata.normalize("NFKC", str(title or "")).strip().lower()
        for name, spellings in _HEADERS.items():
            if key in spellings and name not in found:
                found[name] = index
    return found


def _rows_of(path: Path) -> Iterator[list[str]]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise ImportFileError(
                path=str(path), detail=f"not a readable Excel file ({exc})"
            ) from exc
        try:
            for row in book.worksheets[0].iter_rows(values_only=True):
                yield ["" if v is None else _cell(v) for v in row]
        finally:
            book.close()
        return
    if suffix not in (".csv", ".txt"):
        raise ImportFileError(path=str(path), detail="only .csv and .xlsx files are imported")
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):  # Excel in China saves CSV as GBK
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - gb18030 decodes any byte sequence
        raise ImportFileError(path=str(path), detail="unknown text encoding")
    yield from csv.reader(io.StringIO(text, newline=""))


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel keeps 13800138000 as a number
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
        norm = normalise(raw)
        if len(norm) < 3 or len(norm) > 24:
            return RefusedRow(line, "phone.invalid", raw)
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


def _chunks(items: list[Any], size: int = 500) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class PrivacyService:
    def __init__(
        self, sessions: SessionFactory, clock: Clock, policy: Policy, key: str | None = None
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._key = key  # the store's database key, for the recovery key
        self.retention_days = int(policy.get("retention.personal_data_days", 1095))
        self.retention_ran_on: object = None

    # --- the recovery key ------------------------------------------------------------------------

    def recovery_key(self, actor: AgentInfo | None) -> str:
        """The database key as branch IT writes it down (`db key export`); administrators only.

        Whoever holds it can read every customer of this desk from a copy of the files, so each
        export is in the audit log.
        """
        from agent_desk.dbkey import recovery_text

        require_role(actor, "admin", "export the database key")
        assert actor is not None
        if self._key is None:
            raise AgentDeskError("this profile's database is not encrypted; there is no key")
        self._audit(actor.agent_no, "db.key_export", "", "recovery key shown")
        return recovery_text(self._key)

    # --- import ---------------------------------------------------------------------------------

    def import_customers(self, path: Path, actor: AgentInfo | None) -> ImportReport:
        """Bring in a customer book; supervisors and administrators only."""
        require_role(actor, "supervisor", "import customers")
        assert actor is not None
        rows = _rows_of(Path(path))
        header = next(rows, None)
        if header is None:
            raise ImportFileError(path=str(path), detail="the file is empty")
        cols = _header_map(header)
        if "name" not in cols or "phones" not in cols:
            raise ImportFileError(
                path=str(path), detail="it needs a 'name' and a 'phone' column (姓名, 电话)"
            )
        report = ImportReport()
        parsed: list[_Row] = []
        for line, cells in enumerate(rows, start=2):
            if not any(str(c).strip() for c in cells):
                continue
            row = _parse_row(line, cells, cols)
            if isinstance(row, RefusedRow):
                report.refused.append(row)
            else:
                parsed.append(row)
        self._write_import(parsed, report, actor)
        audit_detail = (
            f"added={report.added} updated={report.updated} refused={len(report.refused)}"
        )
        self._audit(actor.agent_no, "customer.import", Path(path).name, audit_detail)
        log.info("customer import %s: %s", Path(path).name, audit_detail)
        return report

    def _write_import(self, parsed: list[_Row], report: ImportReport, actor: AgentInfo) -> None:
        now = self._clock.now()
        with self._sessions.begin() as session:
            # Room for the indexes being written: with SQLite's default 2 MB cache, pages spill to
            # the WAL (encrypted) and are read back (decrypted) again (10% of the CPU time of
            # 100,000 rows, measured with bench/import_customers.py).
            conn = session.connection()
            default_cache = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
            conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
            try:
                self._insert_rows(session, parsed, report, now)
            finally:
                conn.exec_driver_sql(f"PRAGMA cache_size={default_cache}")

    def _insert_rows(
        self, session: Session, parsed: list[_Row], report: ImportReport, now: datetime
    ) -> None:
        from functools import lru_cache

        from agent_desk.customers import name_initials as initials_of

        name_initials = lru_cache(maxsize=65536)(initials_of)  # a book repeats many names
        known = self._known_numbers(session, {n for r in parsed for _raw, n in r.numbers})
        new_customers: list[dict[str, Any]] = []
        new_phones: list[tuple[int, str, str]] = []  # (index into new_customers, raw, norm)
        claimed: dict[str, int] = {}  # number -> index of a new customer in this file
        updates: dict[int, _Row] = {}
        extra_phones: list[dict[str, Any]] = []
        for row in parsed:
            owners = {known[n] for _r, n in row.numbers if n in known}
            fresh = {claimed[n] for _r, n in row.numbers if n in claimed}
            if len(owners) + len(fresh) > 1:
                report.refused.append(
                    RefusedRow(row.line, "phone.conflict", "numbers of different customers")
                )
                continue
            if owners:
                cid = owners.pop()
                updates[cid] = row
                for raw, norm in row.numbers:
                    if norm not in known:
                        known[norm] = cid
                        extra_phones.append(
                            {"customer_id": cid, "raw": raw, "normalised": norm, "label": ""}
                        )
                report.updated += 1
                continue
            if fresh:  # the same person twice in the file: the later row updates
                index = fresh.pop()
                new_customers[index].update(_details(row, name_initials, now, keep_vip=True))
                for raw, norm in row.numbers:
                    if norm not in claimed:
                        claimed[norm] = index
                        new_phones.append((index, raw, norm))
                report.updated += 1
                continue
            index = len(new_customers)
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
            # Core inserts (executemany): the ORM's bulk path costs a third more here.
            session.execute(insert(Customer.__table__), new_customers)
        phone_rows = [
            {"customer_id": ids[i], "raw": raw, "normalised": norm, "label": ""}
            for i, raw, norm in new_phones
        ] + extra_phones
        if phone_rows:
            session.execute(insert(CustomerPhone.__table__), phone_rows)
        for cid, row in updates.items():
            values = _details(row, name_initials, now, keep_vip=True)
            if row.notes:
                existing = session.scalar(select(Customer.notes).where(Customer.id == cid))
                if existing and row.notes not in existing:
                    values["notes"] = f"{existing}\n{row.notes}"
            session.execute(update(Customer).where(Customer.id == cid).values(**values))

    def _known_numbers(self, session: Session, numbers: set[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(numbers)):
            rows = session.execute(
                select(CustomerPhone.normalised, CustomerPhone.customer_id)
                .join(Customer, Customer.id == CustomerPhone.customer_id)
                .where(CustomerPhone.normalised.in_(chunk), Customer.merged_into_id.is_(None))
            )
            for norm, cid in rows:
                found.setdefault(norm, cid)
        return found

    # --- export ---------------------------------------------------------------------------------

    def find_person(self, *, phone: str | None = None, customer_id: int | None = None) -> int:
        with self._sessions() as session:
            if customer_id is not None:
                customer = session.get(Customer, customer_id)
                if customer is None:
                    raise NotFound(f"no customer {customer_id}", reason="customer.not_found")
                return customer.merged_into_id or customer.id
            number = normalise(phone or "")
            cid = session.scalar(
                select(CustomerPhone.customer_id)
                .join(Customer, Customer.id == CustomerPhone.customer_id)
                .where(CustomerPhone.normalised == number, Customer.merged_into_id.is_(None))
                .limit(1)
            )
            if cid is None:
                raise NotFound("no customer has that number", reason="customer.not_found")
            return int(cid)

    def export_person(self, customer_id: int, actor: AgentInfo | None) -> dict[str, Any]:
        """Everything stored about one person, unmasked; supervisors and administrators only."""
        require_role(actor, "supervisor", "export a customer's data")
        assert actor is not None
        with self._sessions.begin() as session:
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFound(f"no customer {customer_id}", reason="customer.not_found")
            ids = [customer_id, *_merged_into(session, customer_id)]
            data = {
                "format": "agent-desk person export 1",
                "exported_at": self._clock.now().isoformat(),
                "exported_by": actor.agent_no,
                "customer": _row(customer, _CUSTOMER_FIELDS),
                "merged_records": [
                    _row(c, _CUSTOMER_FIELDS)
                    for c in session.scalars(select(Customer).where(Customer.id.in_(ids[1:])))
                ],
                "phones": [
                    _row(p, ("raw", "normalised", "label"))
                    for p in session.scalars(
                        select(CustomerPhone).where(CustomerPhone.customer_id.in_(ids))
                    )
                ],
                "calls": [
                    _row(c, _CALL_FIELDS)
                    for c in session.scalars(
                        select(Call).where(Call.customer_id.in_(ids)).order_by(Call.id)
                    )
                ],
                "cases": [],
                "callbacks": [
                    _row(c, _CALLBACK_FIELDS)
                    for c in session.scalars(
                        select(Callback).where(Callback.customer_id.in_(ids)).order_by(Callback.id)
                    )
                ],
            }
            for case in session.scalars(
                select(Case).where(Case.customer_id.in_(ids)).order_by(Case.id)
            ):
                item = _row(case, _CASE_FIELDS)
                item["events"] = [
                    _row(e, ("at", "kind", "from_status", "to_status", "text"))
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
                f"calls={len(data['calls'])} cases={len(data['cases'])}",
            )
        return data

    def export_person_json(self, customer_id: int, actor: AgentInfo | None, out: Path) -> Path:
        data = self.export_person(customer_id, actor)
        text = json.dumps(data, ensure_ascii=False, indent=1, default=str)
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_text(text + "\n", encoding="utf-8")
        tmp.replace(out)
        return out

    # --- erase and retention ---------------------------------------------------------------------

    def erase_person(
        self, customer_id: int, actor: AgentInfo | None, reason: str
    ) -> dict[str, int]:
        """Remove the person's name, numbers, notes and free text; administrators only."""
        require_role(actor, "admin", "erase a customer's data")
        assert actor is not None
        if not reason.strip():
            raise AgentDeskError("an erasure needs its reason (the request it answers)")
        with self._sessions.begin() as session:
            _secure_delete(session)
            customer = session.get(Customer, customer_id)
            if customer is None:
                raise NotFound(f"no customer {customer_id}", reason="customer.not_found")
            ids = [customer_id, *_merged_into(session, customer_id)]
            texts = _personal_texts(session, ids)
            counts = _anonymise(session, ids, self._clock.now())
            counts["outbox_files"] = _scrub_outbox(session, texts)
            audit.record(
                session,
                self._clock,
                actor.agent_no,
                "customer.erase",
                customer.public_id,
                f"reason: {reason.strip()[:200]}; "
                + " ".join(f"{k}={v}" for k, v in counts.items()),
            )
        self._checkpoint()
        log.info("customer %s erased: %s", customer_id, counts)
        return counts

    def apply_retention(self, force: bool = False) -> dict[str, int]:
        """Anonymise personal data older than the policy's days; once a day unless forced."""
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
            for chunk in _chunks(stale):
                done = _anonymise(session, chunk, now)
                for name in counts:
                    counts[name] += done[name]
            # Old calls and closed cases lose their free text, whoever the caller was.
            counts["calls"] += _clear_calls(session, Call.ring_started_at < cutoff)
            counts["cases"] += _clear_cases(
                session, (Case.received_at < cutoff) & (Case.status == "closed")
            )
            if any(counts.values()):
                audit.record(
                    session,
                    self._clock,
                    "",
                    "retention.apply",
                    f"older than {self.retention_days} days",
                    " ".join(f"{k}={v}" for k, v in counts.items()),
                )
        if any(counts.values()):
            self._checkpoint()
            log.info("retention: anonymised %s", counts)
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


def _personal_texts(session: Session, ids: list[int]) -> set[str]:
    """Every text of these customers that the daily archive or a report may have copied."""
    texts: set[str] = set()
    for c in session.scalars(select(Customer).where(Customer.id.in_(ids))):
        texts.update((c.name, c.notes, c.preferences))
    texts.update(
        session.scalars(select(CustomerPhone.raw).where(CustomerPhone.customer_id.in_(ids)))
    )
    for call in session.execute(
        select(Call.caller_number, Call.subject, Call.question, Call.answer).where(
            Call.customer_id.in_(ids)
        )
    ):
        texts.update(call)
    case_ids = list(session.scalars(select(Case.id).where(Case.customer_id.in_(ids))))
    for case in session.execute(
        select(
            Case.complainant, Case.contact, Case.matter, Case.root_cause, Case.improvement
        ).where(Case.id.in_(case_ids))
    ):
        texts.update(case)
    texts.update(session.scalars(select(CaseEvent.text).where(CaseEvent.case_id.in_(case_ids))))
    return {t for t in texts if t and len(t.strip()) >= 2}


def _scrub_outbox(session: Session, texts: set[str]) -> int:
    """Remove the person's texts from files still held in the outbox (the daily case archive).

    What was already published is the share's to erase; PRIVACY.md tells branch IT how.
    """
    if not texts:
        return 0
    needles: list[bytes] = []
    for text in sorted(texts, key=len, reverse=True):
        needles.append(text.encode("utf-8"))
        escaped = json.dumps(text, ensure_ascii=False)[1:-1].encode("utf-8")
        if escaped != needles[-1]:
            needles.append(escaped)
        if '"' in text:
            needles.append(text.replace('"', '""').encode("utf-8"))  # as CSV quotes it
    changed = 0
    for item in session.scalars(select(OutboxItem).where(OutboxItem.size > 0)):
        content = bytes(item.content or b"")
        scrubbed = content
        for needle in needles:
            scrubbed = scrubbed.replace(needle, b"")
        if scrubbed != content:
            item.content = scrubbed
            item.size = len(scrubbed)
            item.sha256 = hashlib.sha256(scrubbed).hexdigest()
            changed += 1
    session.flush()
    return changed


def _merged_into(session: Session, customer_id: int) -> list[int]:
    """Records folded into this one by a merge: the same person's older rows."""
    return list(session.scalars(select(Customer.id).where(Customer.merged_into_id == customer_id)))


def _secure_delete(session: Session) -> None:
    session.connection().exec_driver_sql("PRAGMA secure_delete=ON")


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


def _anonymise(session: Session, ids: Iterable[int], now: datetime) -> dict[str, int]:
    ids = list(ids)
    calls = _clear_calls(session, Call.customer_id.in_(ids))
    case_ids = list(session.scalars(select(Case.id).where(Case.customer_id.in_(ids))))
    cases = _clear_cases(session, Case.id.in_(case_ids))
    callbacks = session.execute(
        update(Callback)
        .where(Callback.customer_id.in_(ids) | Callback.case_id.in_(case_ids))
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
        "cases": cases,
        "callbacks": callbacks,
    }


def _clear_calls(session: Session, where: Any) -> int:
    call_ids = list(session.scalars(select(Call.id).where(where)))
    for chunk in _chunks(call_ids):
        session.execute(
            delete(CallDraft)
            .where(CallDraft.call_id.in_(chunk))
            .execution_options(synchronize_session=False)
        )
    return session.execute(
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


def _clear_cases(session: Session, where: Any) -> int:
    case_ids = list(session.scalars(select(Case.id).where(where)))
    for chunk in _chunks(case_ids):
        session.execute(
            update(CaseEvent)
            .where(CaseEvent.case_id.in_(chunk), CaseEvent.text != "")
            .values(text="")
            .execution_options(synchronize_session=False)
        )
    return session.execute(
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


def _row(obj: object, fields: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in fields:
        value = getattr(obj, name)
        out[name] = value.isoformat() if isinstance(value, datetime) else value
    return out
