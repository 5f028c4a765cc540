"""Customers: records with several numbers, the screen-pop lookup, search as you type, merging.

The screen pop runs on every ring, before the agent answers, against up to a million
customers; search runs on every keystroke. Both read through a separate read-only engine that
opens plain (deferred) transactions, so a lookup never queues behind a save for the write
lock, and every query they run is answered from an index:

- number → customer: ``customer_phones.normalised`` (``ix_customer_phones_normalised``);
- any part of a number: the FTS5 trigram table ``customer_phones_fts`` (migration 0002);
- name: a range over ``ix_customers_name``; pinyin initials: ``ix_customers_name_initials``;
- case number: the unique index on ``cases.number``.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Engine,
    bindparam,
    create_engine,
    event,
    func,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.pool import QueuePool

from agent_desk import audit
from agent_desk.clock import Clock
from agent_desk.errors import AgentDeskError, NotFound, ValidationError
from agent_desk.models import Call, Callback, Case, Customer, CustomerPhone
from agent_desk.models.engine import (
    SessionFactory,
    _apply_pragmas,
    _quiet_cipher,
    _translate_error,
    dbapi_connect,
)
from agent_desk.models.raw_sql import PHONE_FTS
from agent_desk.phones import normalise

MAX_VIP_LEVEL = 5
LAST_CALLS = 5
OPEN_CASES = 5
DUE_CALLBACKS = 5
SEARCH_LIMIT = 20
_TOP = "\U0010ffff"  # sorts after every character: name >= q AND name < q + _TOP is a prefix
_CASE_NUMBER = re.compile(r"^[A-Za-z]{1,4}-?\d")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


class DuplicatePhone(AgentDeskError):
    """The number already belongs to another customer: the screen pop would be ambiguous."""

    code = "customer.duplicate_phone"
    template = "The number {number} already belongs to {other_name}."


class MergeRefused(AgentDeskError):
    code = "customer.merge_refused"


# --- values handed to the UI -------------------------------------------------------------------


@dataclass(frozen=True)
class PhoneInput:
    raw: str
    label: str = ""


@dataclass(frozen=True)
class PhoneInfo:
    id: int
    raw: str
    normalised: str
    label: str


@dataclass(frozen=True)
class CallLine:
    id: int
    at: datetime
    direction: str
    outcome: str
    category: str | None
    subject: str
    within_rule: bool | None


@dataclass(frozen=True)
class CaseLine:
    id: int
    number: str
    kind: str
    status: str
    matter: str
    reply_by: datetime | None


@dataclass(frozen=True)
class CallbackLine:
    id: int
    due_at: datetime
    purpose: str
    overdue: bool


@dataclass(frozen=True)
class CustomerCardData:
    """Everything the customer card shows for a ring: who it is and what is open with them."""

    id: int
    public_id: str
    name: str
    vip_level: int
    company: str
    phones: tuple[PhoneInfo, ...]
    last_calls: tuple[CallLine, ...] = ()
    open_cases: tuple[CaseLine, ...] = ()
    due_callbacks: tuple[CallbackLine, ...] = ()
    preferences: str = ""
    notes: str = ""
    matched_number: str = ""


@dataclass(frozen=True)
class CustomerRecord:
    """A customer as the editor shows it."""

    id: int
    public_id: str
    name: str
    vip_level: int
    company: str
    preferences: str
    notes: str
    phones: tuple[PhoneInfo, ...]
    merged_into_id: int | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SearchHit:
    id: int
    name: str
    company: str
    vip_level: int
    number: str  # the matching number, else the customer's first one ("" if none)
    matched: str  # "name", "initials", "number" or "case"
    case_number: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: str  # "call", "case", "suggestion", "callback"
    ref_id: int
    title: str  # a category, case number or purpose, for the view to label
    status: str
    detail: str = ""


@dataclass(frozen=True)
class CustomerChanges:
    name: str
    phones: Sequence[PhoneInput] = field(default_factory=tuple)
    vip_level: int = 0
    company: str = ""
    preferences: str = ""
    notes: str = ""


# --- pinyin initials ---------------------------------------------------------------------------


# Surnames read differently from the character's everyday reading (曾 zēng, not céng; 单 shàn,
# not dān). pypinyin gives the everyday one, so a surname at the start of a name is looked up
# here first.
SURNAME_INITIALS: dict[str, str] = {
    "尉迟": "yc",
    "万俟": "mq",
    "曾": "z",
    "单": "s",
    "解": "x",
    "区": "o",
    "查": "z",
    "仇": "q",
    "翟": "z",
    "乐": "y",
    "覃": "q",
    "召": "s",
    "秘": "b",
    "种": "c",
    "折": "s",
    "繁": "p",
}


def name_initials(name: str) -> str:
    """'zs' for 张三, 'oynn' for 欧阳娜娜, 'zgf' for 曾国藩, 'js' for John Smith.

    What agents type to search: Han characters give the first letter of their pinyin (with the
    surname's own reading), Latin words their first letter.
    """
    from pypinyin import Style, lazy_pinyin

    name = name.strip()
    out: list[str] = []
    for surname in (name[:2], name[:1]):
        if surname and surname in SURNAME_INITIALS:
            out.append(SURNAME_INITIALS[surname])
            name = name[len(surname) :]
            break
    for part in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default"):
        if len(part) == 1 and part.isascii() and part.isalpha():
            out.append(part.lower())
        else:
            out.extend(word[0].lower() for word in _LATIN_WORD.findall(part))
    return "".join(out)[:64]


# --- the read engine ---------------------------------------------------------------------------


def _deferred_begin(conn: object) -> None:
    conn.exec_driver_sql("BEGIN")  # type: ignore[attr-defined]


def make_read_engine(engine: Engine) -> Engine:
    """A second engine on the same file whose transactions are plain BEGIN (deferred).

    The store's engine starts every transaction with BEGIN IMMEDIATE so saves never fail
    half-way; a read must not wait for that lock. WAL lets readers run beside the writer.
    """
    if engine.url.get_backend_name() != "sqlite":  # pragma: no cover - SQLite is the store
        return engine
    reader = create_engine(
        engine.url,  # with the store's key, for an encrypted store
        poolclass=QueuePool,
        connect_args={"timeout": 5, "check_same_thread": False},
        pool_size=4,
        hide_parameters=True,  # search terms and numbers never go into an error text
    )
    if engine.url.get_driver_name() == "pysqlcipher":
        event.listen(reader, "connect", _quiet_cipher, insert=True)
    event.listen(reader, "connect", _apply_pragmas)
    event.listen(reader, "handle_error", _translate_error)
    event.listen(reader, "begin", _deferred_begin)
    return reader


class CompiledLookup:
    """One SQLAlchemy statement compiled once, run on a read-only sqlite3 connection per thread.

    The screen pop asks "whose number is this?" on every ring; through a pooled SQLAlchemy
    connection that costs several times the query itself (checkout, BEGIN, result wrapping).
    The SQL text and parameter order come from SQLAlchemy's compiler, so the query stays the
    model's; only the execution is direct. Each thread keeps its own connection (sqlite3
    connections are not shared between threads here), opened with `query_only` so this path
    can never write.
    """

    def __init__(self, engine: Engine, statement: Any) -> None:
        compiled = statement.compile(dialect=engine.dialect)
        self.sql = str(compiled)
        self._compiled = compiled
        self._order = tuple(compiled.positiontup or ())
        self._engine = engine
        self._local = threading.local()
        self._all: list[Any] = []
        self._lock = threading.Lock()

    def params(self, values: dict[str, Any]) -> tuple[Any, ...]:
        merged = self._compiled.construct_params(values)
        return tuple(merged[name] for name in self._order)

    def _connection(self) -> Any:
        con = getattr(self._local, "con", None)
        if con is None:
            # sqlite3 for a plain store, sqlcipher3 keyed once for an encrypted one.
            con = dbapi_connect(
                self._engine, timeout=5, isolation_level=None, check_same_thread=False
            )
            con.execute("PRAGMA query_only=ON")
            self._local.con = con
            with self._lock:
                self._all.append(con)
        return con

    def scalar(self, values: dict[str, Any]) -> Any:
        row = self._connection().execute(self.sql, self.params(values)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        with self._lock:
            for con in self._all:
                con.close()
            self._all.clear()
        self._local = threading.local()


# --- statements built once, so SQLAlchemy's compiled cache serves every ring ----------------------

_CUSTOMER_BY_NUMBER = (
    select(Customer.id)
    .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
    .where(CustomerPhone.normalised == bindparam("number"), Customer.merged_into_id.is_(None))
    .order_by(Customer.id)
    .limit(1)
)
# The screen pop's lookup query; public so bench/screen_pop.py can time the same SQL raw.
LOOKUP_QUERY = _CUSTOMER_BY_NUMBER
_CUSTOMER = select(
    Customer.id,
    Customer.public_id,
    Customer.name,
    Customer.vip_level,
    Customer.company,
    Customer.preferences,
    Customer.notes,
).where(Customer.id == bindparam("cid"))
_PHONES = (
    select(CustomerPhone.id, CustomerPhone.raw, CustomerPhone.normalised, CustomerPhone.label)
    .where(CustomerPhone.customer_id == bindparam("cid"))
    .order_by(CustomerPhone.id)
)
_LAST_CALLS = (
    select(
        Call.id,
        Call.ring_started_at,
        Call.direction,
        Call.outcome,
        Call.category,
        Call.subject,
        Call.within_rule,
    )
    .where(Call.customer_id == bindparam("cid"))
    .order_by(Call.ring_started_at.desc())
    .limit(bindparam("limit"))
)
_OPEN_CASES = (
    select(Case.id, Case.number, Case.kind, Case.status, Case.matter, Case.reply_by)
    .where(Case.customer_id == bindparam("cid"), Case.status != "closed")
    .order_by(Case.received_at.desc())
    .limit(OPEN_CASES)
)
# What a search hit shows of a customer; each kind of search adds the column it matched on.
_HIT_COLUMNS = (Customer.id, Customer.name, Customer.company, Customer.vip_level)
_DUE_CALLBACKS = (
    select(Callback.id, Callback.due_at, Callback.snoozed_until, Callback.purpose)
    .where(Callback.customer_id == bindparam("cid"), Callback.status == "pending")
    .order_by(Callback.due_at)
    .limit(DUE_CALLBACKS)
)


class CustomerService:
    def __init__(self, sessions: SessionFactory, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock
        engine = sessions.kw["bind"]
        self._reader = make_read_engine(engine)
        self._number_lookup = CompiledLookup(engine, _CUSTOMER_BY_NUMBER)

    def close(self) -> None:
        self._number_lookup.close()
        self._reader.dispose()

    # --- create and edit ----------------------------------------------------------------------

    def create(self, changes: CustomerChanges, actor: str = "") -> CustomerRecord:
        name, phones = self._validate(changes)
        now = self._clock.now()
        with self._sessions.begin() as session:
            self._refuse_taken_numbers(session, phones, None)
            customer = Customer(created_at=now)
            _apply_details(customer, name, changes, now)
            customer.phones = [
                CustomerPhone(raw=raw, normalised=norm, label=label) for raw, norm, label in phones
            ]
            session.add(customer)
            session.flush()
            audit.record(session, self._clock, actor, "customer.create", customer.public_id)
            return _record(customer)

    def update(self, customer_id: int, changes: CustomerChanges, actor: str = "") -> CustomerRecord:
        """Replace the customer's details and numbers; numbers kept keep their row (and id)."""
        name, phones = self._validate(changes)
        with self._sessions.begin() as session:
            customer = self._live(session, customer_id)
            self._refuse_taken_numbers(session, phones, customer_id)
            _apply_details(customer, name, changes, self._clock.now())
            existing = {p.normalised: p for p in customer.phones}
            wanted = {norm for _raw, norm, _label in phones}
            for norm, phone in existing.items():
                if norm not in wanted:
                    customer.phones.remove(phone)
            session.flush()  # the old rows must go before a re-typed number is inserted
            for raw, norm, label in phones:
                if norm in existing:
                    existing[norm].raw = raw
                    existing[norm].label = label
                else:
                    customer.phones.append(CustomerPhone(raw=raw, normalised=norm, label=label))
            session.flush()
            audit.record(session, self._clock, actor, "customer.update", customer.public_id)
            return _record(customer)

    def add_phone(
        self, customer_id: int, raw: str, label: str = "", actor: str = ""
    ) -> CustomerRecord:
        """Attach a number (an unknown caller's, usually) to an existing customer."""
        norm = _check_phone(raw)
        with self._sessions.begin() as session:
            customer = self._live(session, customer_id)
            self._refuse_taken_numbers(session, [(raw.strip(), norm, label)], customer_id)
            if all(p.normalised != norm for p in customer.phones):
                customer.phones.append(
                    CustomerPhone(raw=raw.strip(), normalised=norm, label=label.strip())
                )
                customer.updated_at = self._clock.now()
                session.flush()
                audit.record(session, self._clock, actor, "customer.add_phone", customer.public_id)
            return _record(customer)

    def get(self, customer_id: int) -> CustomerRecord:
        with self._sessions() as session:
            return _record(_existing(session, customer_id))

    def _validate(self, changes: CustomerChanges) -> tuple[str, list[tuple[str, str, str]]]:
        name = " ".join(changes.name.split())
        if not name:
            raise ValidationError("name", "a name is required", reason="name.required")
        if len(name) > 128:
            raise ValidationError(
                "name", "a name has at most 128 characters", reason="customer.name_long"
            )
        if not isinstance(changes.vip_level, int) or not 0 <= changes.vip_level <= MAX_VIP_LEVEL:
            raise ValidationError(
                "vip_level",
                f"the VIP level is 0 to {MAX_VIP_LEVEL}",
                reason="customer.vip_level",
                maximum=MAX_VIP_LEVEL,
            )
        if len(changes.company.strip()) > 128:
            raise ValidationError(
                "company", "a company has at most 128 characters", reason="customer.company_long"
            )
        phones: list[tuple[str, str, str]] = []
        seen: set[str] = set()
        for phone in changes.phones:
            if not phone.raw.strip():
                continue
            norm = _check_phone(phone.raw)
            if norm in seen:
                raise ValidationError(
                    "phones",
                    f"the number {phone.raw} is listed twice",
                    reason="customer.phone_twice",
                    number=phone.raw.strip(),
                )
            seen.add(norm)
            phones.append((phone.raw.strip()[:64], norm, phone.label.strip()[:32]))
        return name, phones

    def _refuse_taken_numbers(
        self, session: Session, phones: Iterable[tuple[str, str, str]], customer_id: int | None
    ) -> None:
        numbers = [norm for _raw, norm, _label in phones]
        if not numbers:
            return
        query = (
            select(CustomerPhone.raw, Customer.name)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(CustomerPhone.normalised.in_(numbers), Customer.merged_into_id.is_(None))
        )
        if customer_id is not None:
            query = query.where(CustomerPhone.customer_id != customer_id)
        taken = session.execute(query.limit(1)).first()
        if taken is not None:
            raise DuplicatePhone(number=taken.raw, other_name=taken.name, field="phones")

    def _live(self, session: Session, customer_id: int) -> Customer:
        customer = _existing(session, customer_id)
        if customer.merged_into_id is not None:
            raise MergeRefused(
                f"customer {customer_id} was merged into {customer.merged_into_id}",
                reason="customer.merged",
            )
        return customer

    # --- the screen pop -----------------------------------------------------------------------

    def find_id_by_number(self, raw: str) -> int | None:
        """The lookup query alone: the live customer holding this number, by its index."""
        return self._find_id(normalise(raw))

    def _find_id(self, number: str) -> int | None:
        if not number:
            return None
        return self._number_lookup.scalar({"number": number})

    def lookup_by_number(self, raw: str) -> CustomerCardData | None:
        """The screen pop: the caller's card, or None for an unknown number.

        The number is parsed once per ring (libphonenumber's parse is the costly part).
        """
        number = normalise(raw)
        cid = self._find_id(number)
        if cid is None:
            return None  # most unknown callers cost one index probe and nothing more
        with self._reader.connect() as conn:
            return self._card(conn, cid, number)

    def card(self, customer_id: int) -> CustomerCardData:
        with self._reader.connect() as conn:
            return self._card(conn, customer_id, "")

    def _card(self, conn: object, cid: int, matched: str) -> CustomerCardData:
        execute = conn.execute  # type: ignore[attr-defined]
        row = execute(_CUSTOMER, {"cid": cid}).first()
        if row is None:
            raise NotFound(f"no customer {cid}", reason="customer.not_found")
        now = self._clock.now()
        phones = tuple(PhoneInfo(*p) for p in execute(_PHONES, {"cid": cid}))
        calls = tuple(CallLine(*c) for c in execute(_LAST_CALLS, {"cid": cid, "limit": LAST_CALLS}))
        cases = tuple(CaseLine(*c) for c in execute(_OPEN_CASES, {"cid": cid}))
        callbacks = tuple(
            CallbackLine(c.id, c.due_at, c.purpose, (c.snoozed_until or c.due_at) <= now)
            for c in execute(_DUE_CALLBACKS, {"cid": cid})
        )
        return CustomerCardData(
            id=row.id,
            public_id=row.public_id,
            name=row.name,
            vip_level=row.vip_level,
            company=row.company,
            phones=phones,
            last_calls=calls,
            open_cases=cases,
            due_callbacks=callbacks,
            preferences=row.preferences,
            notes=row.notes,
            matched_number=matched,
        )

    # --- search as you type -------------------------------------------------------------------

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[SearchHit]:
        """Customers for what the agent has typed so far: name, initials, number part, case no.

        Every branch is an index range or an FTS lookup with a LIMIT, so a keystroke costs the
        same on a thousand customers as on a million.
        """
        query = unicodedata.normalize("NFKC", text).strip()
        if not query:
            return []
        hits: dict[int, SearchHit] = {}
        with self._reader.connect() as conn:
            if _CASE_NUMBER.match(query):
                self._search_cases(conn, query.upper(), limit, hits)
            digits = re.sub(r"\D", "", query)
            if digits and len(digits) >= len(re.sub(r"[\s\-+()#]", "", query)):
                fragment = normalise(query) if len(digits) >= 7 else digits
                self._search_numbers(conn, fragment or digits, limit, hits)
            elif query.isascii():
                letters = query.lower().replace(" ", "")
                if letters.isalpha():
                    self._search_initials(conn, letters, limit, hits)
                self._search_names(conn, query, limit, hits)
                if query.title() != query:  # "john sm" finds John Smith too
                    self._search_names(conn, query.title(), limit, hits)
            else:
                self._search_names(conn, " ".join(query.split()), limit, hits)
            self._fill_numbers(conn, hits)
        return list(hits.values())[:limit]

    def _add_hits(
        self, hits: dict[int, SearchHit], rows: Iterable[object], matched: str, limit: int
    ) -> None:
        for row in rows:
            if len(hits) >= limit:
                return
            cid = row.id  # type: ignore[attr-defined]
            if cid in hits:
                continue
            hits[cid] = SearchHit(
                id=cid,
                name=row.name,  # type: ignore[attr-defined]
                company=row.company,  # type: ignore[attr-defined]
                vip_level=row.vip_level,  # type: ignore[attr-defined]
                number=getattr(row, "number", "") or "",
                matched=matched,
                case_number=getattr(row, "case_number", "") or "",
            )

    def _search_names(
        self, conn: object, query: str, limit: int, hits: dict[int, SearchHit]
    ) -> None:
        self._search_prefix(conn, Customer.name, query, "name", limit, hits)

    def _search_initials(
        self, conn: object, letters: str, limit: int, hits: dict[int, SearchHit]
    ) -> None:
        self._search_prefix(conn, Customer.name_initials, letters, "initials", limit, hits)

    def _search_prefix(
        self,
        conn: object,
        column: Any,
        prefix: str,
        matched: str,
        limit: int,
        hits: dict[int, SearchHit],
    ) -> None:
        """Live customers whose `column` starts with `prefix`: an index range, not a LIKE."""
        rows = conn.execute(  # type: ignore[attr-defined]
            select(*_HIT_COLUMNS)
            .where(column >= prefix, column < prefix + _TOP, Customer.merged_into_id.is_(None))
            .order_by(column, Customer.id)
            .limit(limit)
        )
        self._add_hits(hits, rows, matched, limit)

    def _search_numbers(
        self, conn: object, digits: str, limit: int, hits: dict[int, SearchHit]
    ) -> None:
        if len(digits) >= 3:
            # The trigram index answers any substring of three or more characters.
            match: tuple[Any, ...] = (_phone_in_fts(digits, limit * 4),)
            order: tuple[Any, ...] = ()
        else:
            match = (CustomerPhone.normalised >= digits, CustomerPhone.normalised < digits + _TOP)
            order = (CustomerPhone.normalised,)
        rows = conn.execute(  # type: ignore[attr-defined]
            select(*_HIT_COLUMNS, CustomerPhone.raw.label("number"))
            .select_from(CustomerPhone)
            .join(Customer, Customer.id == CustomerPhone.customer_id)
            .where(*match, Customer.merged_into_id.is_(None))
            .order_by(*order)
            .limit(limit)
        )
        self._add_hits(hits, rows, "number", limit)

    def _search_cases(
        self, conn: object, prefix: str, limit: int, hits: dict[int, SearchHit]
    ) -> None:
        rows = conn.execute(  # type: ignore[attr-defined]
            select(*_HIT_COLUMNS, Case.number.label("case_number"))
            .select_from(Case)
            .join(Customer, Customer.id == Case.customer_id)
            .where(Case.number >= prefix, Case.number < prefix + _TOP)
            .order_by(Case.number)
            .limit(limit)
        )
        self._add_hits(hits, rows, "case", limit)

    def _fill_numbers(self, conn: object, hits: dict[int, SearchHit]) -> None:
        missing = [cid for cid, hit in hits.items() if not hit.number]
        if not missing:
            return
        first = (
            select(CustomerPhone.customer_id, func.min(CustomerPhone.id).label("pid"))
            .where(CustomerPhone.customer_id.in_(missing))
            .group_by(CustomerPhone.customer_id)
            .subquery()
        )
        rows = conn.execute(  # type: ignore[attr-defined]
            select(CustomerPhone.customer_id, CustomerPhone.raw).join(
                first, first.c.pid == CustomerPhone.id
            )
        )
        for cid, raw in rows:
            hits[cid] = replace(hits[cid], number=raw)

    # --- timeline -----------------------------------------------------------------------------

    def timeline(self, customer_id: int, limit: int = 200) -> list[TimelineEntry]:
        """Calls, cases, suggestions and callbacks of one customer, newest first."""
        entries: list[TimelineEntry] = []
        with self._reader.connect() as conn:
            for c in conn.execute(
                select(
                    Call.id,
                    Call.ring_started_at,
                    Call.direction,
                    Call.outcome,
                    Call.category,
                    Call.subject,
                )
                .where(Call.customer_id == customer_id)
                .order_by(Call.ring_started_at.desc())
                .limit(limit)
            ):
                entries.append(
                    TimelineEntry(
                        c.ring_started_at,
                        "call",
                        c.id,
                        c.category or "",
                        f"{c.direction}/{c.outcome}",
                        c.subject,
                    )
                )
            for c in conn.execute(
                select(Case.id, Case.received_at, Case.kind, Case.number, Case.status, Case.matter)
                .where(Case.customer_id == customer_id)
                .order_by(Case.received_at.desc())
                .limit(limit)
            ):
                kind = "suggestion" if c.kind == "suggestion" else "case"
                entries.append(
                    TimelineEntry(c.received_at, kind, c.id, c.number, c.status, c.matter)
                )
            for c in conn.execute(
                select(Callback.id, Callback.due_at, Callback.purpose, Callback.status)
                .where(Callback.customer_id == customer_id)
                .order_by(Callback.due_at.desc())
                .limit(limit)
            ):
                entries.append(TimelineEntry(c.due_at, "callback", c.id, c.purpose, c.status))
        entries.sort(key=lambda e: (e.at, e.ref_id), reverse=True)
        return entries[:limit]

    # --- merging ------------------------------------------------------------------------------

    def merge(self, keep_id: int, drop_id: int, actor: str = "") -> CustomerRecord:
        """Fold `drop` into `keep`: numbers, calls, cases and callbacks all move; nothing is lost.

        The dropped row stays with `merged_into_id` set, so anything that still points at it
        (a summary on the share, an old export) can be followed to the surviving record.
        """
        if keep_id == drop_id:
            raise MergeRefused(
                "a customer cannot be merged with itself", reason="customer.merge_self"
            )
        with self._sessions.begin() as session:
            keep = self._live(session, keep_id)
            drop = self._live(session, drop_id)
            kept_numbers = {p.normalised for p in keep.phones}
            moved_phones = 0
            for phone in list(drop.phones):
                drop.phones.remove(phone)
                if phone.normalised not in kept_numbers:
                    keep.phones.append(
                        CustomerPhone(raw=phone.raw, normalised=phone.normalised, label=phone.label)
                    )
                    kept_numbers.add(phone.normalised)
                    moved_phones += 1
            session.flush()
            counts = {}
            for model in (Call, Case, Callback):
                result = session.execute(
                    update(model)
                    .where(model.customer_id == drop_id)
                    .values(customer_id=keep_id)
                    .execution_options(synchronize_session=False)
                )
                counts[model.__tablename__] = result.rowcount
            session.execute(
                update(Customer)
                .where(Customer.merged_into_id == drop_id)
                .values(merged_into_id=keep_id)
                .execution_options(synchronize_session=False)
            )
            keep.vip_level = max(keep.vip_level, drop.vip_level)
            keep.company = keep.company or drop.company
            keep.preferences = _join_text(keep.preferences, drop.preferences)
            keep.notes = _join_text(keep.notes, drop.notes)
            keep.updated_at = drop.updated_at = self._clock.now()
            drop.merged_into_id = keep.id
            session.flush()
            audit.record(
                session,
                self._clock,
                actor,
                "customer.merge",
                keep.public_id,
                f"merged {drop.public_id}: phones={moved_phones} calls={counts['calls']} "
                f"cases={counts['cases']} callbacks={counts['callbacks']}",
            )
            session.refresh(keep)
            return _record(keep)


def _phone_in_fts(digits: str, limit: int) -> object:
    """`customer_phones.id IN (rowids of the trigram index matching the digits)`."""
    phrase = '"' + re.sub(r"\D", "", digits) + '"'
    sub = text(f"SELECT rowid FROM {PHONE_FTS} WHERE {PHONE_FTS} MATCH :phrase LIMIT :lim")
    sub = sub.bindparams(phrase=phrase, lim=limit)
    return literal_column("customer_phones.id").in_(sub.columns(literal_column("rowid")))


def _existing(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"no customer {customer_id}", reason="customer.not_found")
    return customer


def _apply_details(customer: Customer, name: str, changes: CustomerChanges, now: datetime) -> None:
    """The editable fields, as create and update both store them (`name` already validated)."""
    customer.name = name
    customer.name_initials = name_initials(name)
    customer.vip_level = changes.vip_level
    customer.company = changes.company.strip()
    customer.preferences = changes.preferences.strip()
    customer.notes = changes.notes.strip()
    customer.updated_at = now


def _join_text(first: str, second: str) -> str:
    if not second or second in first:
        return first
    return f"{first}\n{second}" if first else second


def _check_phone(raw: str) -> str:
    norm = normalise(raw)
    if len(norm) < 3 or len(norm) > 24:
        raise ValidationError(
            "phones",
            f"{raw.strip()!r} is not a phone number",
            reason="customer.phone_invalid",
            number=raw.strip(),
        )
    return norm


def _record(customer: Customer) -> CustomerRecord:
    return CustomerRecord(
        id=customer.id,
        public_id=customer.public_id,
        name=customer.name,
        vip_level=customer.vip_level,
        company=customer.company,
        preferences=customer.preferences,
        notes=customer.notes,
        phones=tuple(PhoneInfo(p.id, p.raw, p.normalised, p.label) for p in customer.phones),
        merged_into_id=customer.merged_into_id,
        created_at=customer.created_at,
        updated_at=customer.updated_at,
    )


__all__ = [
    "CallLine",
    "CallbackLine",
    "CaseLine",
    "CustomerCardData",
    "CustomerChanges",
    "CustomerRecord",
    "CustomerService",
    "DuplicatePhone",
    "MergeRefused",
    "PhoneInfo",
    "PhoneInput",
    "SearchHit",
    "TimelineEntry",
    "name_initials",
]
