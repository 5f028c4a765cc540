"""`agent-desk customer import|export|erase|retention`: a person's data on request (PIPL).

Thin wrappers over `agent_desk/privacy.py`, which checks the role and writes the audit log (the
window calls the same service): import and export are a supervisor's, erasure and running the
retention by hand an administrator's. What is printed about a person is masked, except the
export file itself, which is the person's data unmasked (0600, never over an existing file
unless `--force`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from agent_desk.access import Permission
from agent_desk.commands.registry import command, group
from agent_desk.errors import AgentDeskError

EXIT_NOTHING_IMPORTED = 1
EXIT_NOT_CONFIRMED = 1


def register(sub: argparse._SubParsersAction) -> None:
    csub = group(sub, "customer", "a customer book in; one person's data out or erased")
    imp = command(
        csub,
        "import",
        needs=Permission.IMPORT_CUSTOMER_DATA,
        func=import_cmd,
        precheck=_check_import,
        help="import a customer book (CSV in UTF-8 or GBK, or XLSX: name, phone(s), VIP, "
        "notes); prints the rows added, updated and refused; exit 1 if none was imported",
    )
    imp.add_argument("file", type=Path, help="FILE.csv or FILE.xlsx")
    exp = command(
        csub,
        "export",
        needs=Permission.EXPORT_CUSTOMER_DATA,
        func=export_cmd,
        precheck=_check_export,
        help="write everything stored about one person as unmasked JSON (an access request)",
    )
    _who(exp)
    exp.add_argument("--out", type=Path, required=True, help="the JSON file to write (0600)")
    exp.add_argument("--force", action="store_true", help="replace --out if it exists")
    erase = command(
        csub,
        "erase",
        needs=Permission.ERASE_CUSTOMER_DATA,
        func=erase_cmd,
        precheck=_check_erase,
        help="remove one person's name, numbers, notes and free text (a deletion request); "
        "anonymised counts stay",
    )
    _who(erase)
    erase.add_argument("--reason", required=True, help="the request this answers (audited)")
    erase.add_argument(
        "--yes", action="store_true", help="do not ask for confirmation (needed off a terminal)"
    )
    command(
        csub,
        "retention",
        needs=Permission.ERASE_CUSTOMER_DATA,
        func=retention_cmd,
        help="anonymise personal data older than [retention] personal_data_days now "
        "(AgentDesk does it at every start and daily)",
    )


def _who(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--phone", metavar="N", help="the person's phone number")
    which.add_argument(
        "--id", dest="customer_id", metavar="ID", help="the customer id (or the export's public id)"
    )


def _check_import(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise AgentDeskError(f"no file {args.file}")
    return 0


def _check_export(args: argparse.Namespace) -> int:
    if args.out.exists() and not args.force:
        raise AgentDeskError(f"{args.out} already exists; nothing was written (or add --force)")
    if not args.out.parent.is_dir():
        raise AgentDeskError(f"no folder {args.out.parent}")
    return 0


def _open(args: argparse.Namespace) -> Any:
    from agent_desk.cli import open_services

    return open_services(args)


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" + ("" if count == 1 else "s")


# --- import -----------------------------------------------------------------------------------


def import_cmd(args: argparse.Namespace) -> int:
    from agent_desk.phones import mask_text
    from agent_desk.privacy import ImportProgress

    show = sys.stderr.isatty()

    def progress(step: ImportProgress) -> None:
        if show:
            of = f" of {step.total:,}" if step.total else ""
            print(f"\r{step.stage}: {step.done:,}{of} rows   ", end="", file=sys.stderr)

    services = _open(args)
    try:
        report = services.privacy.import_customers(args.file, args.actor, progress)
    finally:
        services.close()
        if show:
            print(file=sys.stderr)
    print(
        f"{args.file.name}: {_plural(report.rows, 'row')}; added {report.added:,}, "
        f"updated {report.updated:,}, unchanged {report.unchanged:,}, "
        f"refused {len(report.refused):,}"
    )
    if report.refused:
        print("refused:")
        for row in report.refused:
            print(f"  row {row.row}: {mask_text(row.text)}")
    if report.imported == 0:
        print("agent-desk: nothing was imported", file=sys.stderr)
        return EXIT_NOTHING_IMPORTED
    return 0


# --- one person --------------------------------------------------------------------------------


def _person(services: Any, args: argparse.Namespace) -> int:
    return int(services.privacy.find_person(phone=args.phone, customer_id=args.customer_id))


def _describe(summary: Any) -> str:
    numbers = ", ".join(summary.masked_numbers) or "no number"
    return (
        f"customer id {summary.id} ({summary.masked_name}; {numbers}; "
        f"{_plural(summary.calls, 'call')}, {_plural(summary.cases, 'case')}, "
        f"{_plural(summary.callbacks, 'callback')})"
    )


def export_cmd(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        cid = _person(services, args)
        data = services.privacy.export_person_json(cid, args.actor, args.out, force=args.force)
    finally:
        services.close()
    print(
        f"exported customer id {cid} to {args.out}: {_plural(len(data['phones']), 'number')}, "
        f"{_plural(len(data['calls']), 'call')}, {_plural(len(data['cases']), 'case')}, "
        f"{_plural(len(data['callbacks']), 'callback')}"
    )
    print(
        "The file holds this person's data unmasked and only this OS user can read it: hand it "
        "over securely, then delete it from this PC."
    )
    return 0


def _confirmed(args: argparse.Namespace, what: str) -> bool:
    """--yes, or 'yes' typed on a terminal. Off a terminal without --yes: refused."""
    if args.yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        raise AgentDeskError(
            "an erasure is confirmed on a terminal; in a script add --yes. Nothing was erased"
        )
    sys.stderr.write(f"Erase {what}? This cannot be undone. Type yes to erase: ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() == "yes"


def _check_erase(args: argparse.Namespace) -> int:
    if not args.reason.strip():
        raise AgentDeskError("--reason must say which request this answers; nothing was erased")
    return 0


def erase_cmd(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        cid = _person(services, args)
        summary = services.privacy.person_summary(cid, args.actor)
        if not _confirmed(args, _describe(summary)):
            print("agent-desk: not confirmed; nothing was erased", file=sys.stderr)
            return EXIT_NOT_CONFIRMED
        erased = services.privacy.erase_person(cid, args.actor, args.reason)
    finally:
        services.close()
    removed, kept = erased.removed, erased.kept
    # Both ids for branch IT's register: to erase again after restoring an older backup.
    print(f"erased customer id {cid}, public id {summary.public_id}: {args.reason.strip()}")
    print(
        f"removed: name and notes, {_plural(removed['phones'], 'number')}; free text of "
        f"{_plural(removed['calls'], 'call')}, {_plural(removed['cases'], 'case')} "
        f"(case log: {removed['case_events']:,}), "
        f"{_plural(removed['callbacks'], 'callback')}; {_plural(removed['drafts'], 'draft')} "
        f"deleted; {_plural(removed['outbox_files'], 'outbox file')} cleaned"
    )
    print(
        f"kept without personal data (for shift summaries and reports): "
        f"{_plural(kept['calls'], 'call')}, {_plural(kept['cases'], 'case')}, "
        f"{_plural(kept['callbacks'], 'callback')}"
    )
    print(
        "Not reached: copies already published on the share and backups until they roll off "
        "(see PRIVACY.md)."
    )
    return 0


def retention_cmd(args: argparse.Namespace) -> int:
    services = _open(args)
    try:
        counts = services.privacy.run_retention(args.actor)
        days = services.privacy.retention_days
    finally:
        services.close()
    print(
        f"retention (personal data older than {days} days): anonymised "
        f"{_plural(counts['customers'], 'customer')}; free text removed from "
        f"{_plural(counts['calls'], 'call')} and {_plural(counts['cases'], 'case')}"
    )
    return 0
