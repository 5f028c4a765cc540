"""The layers stay apart: Qt only in ui/, the ORM never in ui/.

Services must run headless (CLI, tests, a worker process) without Qt loaded, and views must
only see the frozen dataclasses services return; a stray import is how both rules erode.
commands/ and cli.py may import Qt or ui/ lazily, inside the function that needs it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "agent_desk"
# ui modules that still take constants from models/ (not a session); to be moved to services.
MODELS_CONSTANTS_PENDING = {"case_dialog.py"}


def imports(path: Path, top_level_only: bool) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found = []
    for node in nodes:
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
    return found


def test_nothing_below_ui_imports_qt_at_module_level():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        lazy_allowed = path.parent.name == "commands" or path.name == "cli.py"
        for line, name in imports(path, top_level_only=lazy_allowed):
            if name.startswith(("PySide6", "shiboken6")) or name.startswith("agent_desk.ui"):
                offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports {name}")
    assert offenders == []


def test_views_never_import_the_orm():
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for line, name in imports(path, top_level_only=False):
            orm = name.startswith("sqlalchemy") or name.startswith("agent_desk.models")
            if orm and not (
                path.name in MODELS_CONSTANTS_PENDING and name == "agent_desk.models.cases"
            ):
                offenders.append(f"ui/{path.name}:{line} imports {name}")
    assert offenders == []


def test_the_call_rules_and_ring_sources_reach_the_store_only_through_services():
    """The training simulator inserted its agent through the ORM; the desk session and the
    sources must stay testable without a database layout in mind."""
    calls = PACKAGE / "calls"
    stores = ("service.py", "call_scripts.py")  # the services that own their tables
    offenders = []
    for path in calls.glob("*.py"):
        if path.name in stores:
            continue
        for line, name in imports(path, top_level_only=False):
            if name.startswith("sqlalchemy") or name.startswith("agent_desk.models"):
                offenders.append(f"calls/{path.name}:{line} imports {name}")
    assert offenders == []


def test_the_call_rules_live_outside_qt():
    """The stages and what a second ring does were in ui/call_controller.py, a Qt object."""
    session = (PACKAGE / "calls" / "session.py").read_text(encoding="utf-8")
    assert "class DeskSession" in session and "class Stage" in session
    bridge = (PACKAGE / "ui" / "call_controller.py").read_text(encoding="utf-8")
    assert "class Stage" not in bridge and "Stage." not in bridge  # no decisions by stage


def test_only_the_accounts_service_creates_agents():
    """The training simulator inserted its agent through the ORM, past the accounts service
    (and its audit log)."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "accounts.py" or "models" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Agent":
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []
