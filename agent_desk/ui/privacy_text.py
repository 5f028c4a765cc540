"""The store's safety and privacy errors in the agent's language: missing database, read-only
folder, missing or wrong key; a customer book that cannot be imported, a person not found or
not told apart, why an imported row was refused. (Translation area `privacy`.)"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from agent_desk.errors import AgentDeskError
from agent_desk.ui.error_text import describe_from

CONTEXT = "Privacy"

MESSAGES: dict[str, str] = {
    "db.missing": QT_TRANSLATE_NOOP(
        "Privacy",
        "The database {path} is missing, although this desk had one. Nothing was created in "
        "its place. {backup_hint}",
    ),
    "db.read_only": QT_TRANSLATE_NOOP(
        "Privacy",
        "The data folder {path} is read-only, so AgentDesk cannot record anything. Nothing was "
        "changed; ask branch IT to make the folder writable for this user.",
    ),
    "db.key_missing": QT_TRANSLATE_NOOP(
        "Privacy",
        "The database {path} is encrypted and its key was not found (neither in the system "
        "keyring nor in {key_file}). Ask branch IT to put the recovery key back with "
        "'agent-desk db key import'; nothing was changed.",
    ),
    "db.key_wrong": QT_TRANSLATE_NOOP(
        "Privacy",
        "The database {path} cannot be opened with the key found {where}: it belongs to another "
        "desk. Ask branch IT to put this desk's recovery key back with "
        "'agent-desk db key import'; nothing was changed.",
    ),
    # A person's data on request (agent_desk/privacy.py).
    "import.kind": QT_TRANSLATE_NOOP(
        "Privacy", "{path} cannot be imported: only .csv and .xlsx files are. Nothing was imported."
    ),
    "import.unreadable": QT_TRANSLATE_NOOP(
        "Privacy", "{path} cannot be read ({detail}). Nothing was imported."
    ),
    "import.not_text": QT_TRANSLATE_NOOP(
        "Privacy",
        "{path} is not a text file in UTF-8 or GBK (line {line}): is it damaged, or another kind "
        "of file named .csv? Nothing was imported.",
    ),
    "import.csv_broken": QT_TRANSLATE_NOOP(
        "Privacy",
        "{path} is not valid CSV at line {line} (a quote is never closed): the file may have been "
        "cut short. Nothing was imported; save the book again and import it again.",
    ),
    "import.not_xlsx": QT_TRANSLATE_NOOP(
        "Privacy",
        "{path} is not an Excel file that can be read (damaged, cut short, or another kind of "
        "file). Nothing was imported.",
    ),
    "import.xlsx_damaged": QT_TRANSLATE_NOOP(
        "Privacy",
        "The sheet in {path} is damaged after row {row}. Nothing was imported; save the book "
        "again in Excel or WPS and import it again.",
    ),
    "import.empty": QT_TRANSLATE_NOOP("Privacy", "{path} is empty. Nothing was imported."),
    "import.columns": QT_TRANSLATE_NOOP(
        "Privacy",
        "{path} needs a name column and a phone column in its first row (姓名 and 电话, or name "
        "and phone). Nothing was imported.",
    ),
    "customer.import_cancelled": QT_TRANSLATE_NOOP(
        "Privacy", "The import was cancelled. Nothing was imported."
    ),
    "customer.not_found": QT_TRANSLATE_NOOP(
        "Privacy", "No customer was found with that number or id."
    ),
    "customer.ambiguous_number": QT_TRANSLATE_NOOP(
        "Privacy",
        "The number {number} belongs to {count} customers: {choices}. Open the right one on the "
        "customer card and ask again from there.",
    ),
    "file.exists": QT_TRANSLATE_NOOP(
        "Privacy", "{path} already exists. Nothing was written; choose another file."
    ),
    "erase.reason": QT_TRANSLATE_NOOP(
        "Privacy", "Please write which request this erasure answers (for the audit log)."
    ),
    "db.not_encrypted": QT_TRANSLATE_NOOP(
        "Privacy", "This desk's database is not encrypted, so there is no key to show."
    ),
}

# Why an imported row was refused (RefusedRow.reason).
REFUSALS: dict[str, str] = {
    "name.required": QT_TRANSLATE_NOOP("Privacy", "no name"),
    "name.long": QT_TRANSLATE_NOOP("Privacy", "the name is longer than 128 characters"),
    "phone.none": QT_TRANSLATE_NOOP("Privacy", "no phone number"),
    "phone.invalid": QT_TRANSLATE_NOOP("Privacy", "not a phone number"),
    "vip.invalid": QT_TRANSLATE_NOOP("Privacy", "the VIP level is not 0 to 5"),
    "phone.conflict": QT_TRANSLATE_NOOP("Privacy", "its numbers belong to different customers"),
    "phone.scientific": QT_TRANSLATE_NOOP(
        "Privacy",
        "the number is in scientific notation (Excel cut its digits; format the column as text "
        "and save again)",
    ),
    "phone.shared": QT_TRANSLATE_NOOP(
        "Privacy", "the number belongs to several customers; change them in the customer window"
    ),
    "name.differs": QT_TRANSLATE_NOOP(
        "Privacy",
        "the number belongs to a customer with another name; if it is the same person, change "
        "the name in the customer window",
    ),
    "row.incomplete": QT_TRANSLATE_NOOP(
        "Privacy", "the last line is cut short (the file may be incomplete)"
    ),
}


def describe_store_error(error: AgentDeskError) -> str:
    return describe_from(MESSAGES, CONTEXT, error)


def describe_privacy_error(error: AgentDeskError) -> str:
    """A privacy service's error (import, export, erase) in the user's words."""
    return describe_from(MESSAGES, CONTEXT, error)


def refusal_text(reason: str, detail: str = "") -> str:
    template = REFUSALS.get(reason)
    words = QCoreApplication.translate(CONTEXT, template) if template else reason
    return f"{words}: {detail}" if detail else words
