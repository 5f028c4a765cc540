"""Supervisor reports over the shift summaries on the share.

- `files`: finding and reading summaries on a folder, UNC or smb:// share (no link followed);
- `rows`: one summary file → its row or the reason it is skipped;
- `index`: the local index of what was read;
- `service`: `ReportService` (load, each shift once);
- `table`: figures by agent, branch, day or shift against their targets;
- `grades`: the monthly grade;
- `export`: the report as XLSX, CSV, JSON and PDF.
"""

from agent_desk.reports.files import ReportCancelled, ReportFolderMissing
from agent_desk.reports.grades import (
    COMPONENTS,
    GRADES,
    GradeRow,
    grade_month,
    grade_period,
    months_between,
    months_in,
    satisfaction_score,
)
from agent_desk.reports.index import INDEX_FILE, ReportIndex
from agent_desk.reports.rows import (
    SKIP_REASONS,
    ShiftRow,
    Skipped,
    agent_key,
    agent_names,
    inconsistency,
    parse_summary,
    row_from_summary,
)
from agent_desk.reports.service import (
    LoadResult,
    ReportQuery,
    ReportService,
    one_per_shift,
    require_supervisor,
)
from agent_desk.reports.table import (
    FIGURE_KIND,
    FIGURES,
    GROUPINGS,
    Cell,
    Group,
    ReportTable,
    Target,
    Targets,
    Totals,
    agent_label,
    aggregate,
    aggregate_agent_months,
    group_key,
    name_clashes,
    overall,
    report_table,
)

__all__ = [
    "COMPONENTS",
    "FIGURES",
    "FIGURE_KIND",
    "GRADES",
    "GROUPINGS",
    "INDEX_FILE",
    "SKIP_REASONS",
    "Cell",
    "GradeRow",
    "Group",
    "LoadResult",
    "ReportCancelled",
    "ReportFolderMissing",
    "ReportIndex",
    "ReportQuery",
    "ReportService",
    "ReportTable",
    "ShiftRow",
    "Skipped",
    "Target",
    "Targets",
    "Totals",
    "agent_key",
    "agent_label",
    "agent_names",
    "aggregate",
    "aggregate_agent_months",
    "grade_month",
    "grade_period",
    "group_key",
    "inconsistency",
    "months_between",
    "months_in",
    "name_clashes",
    "one_per_shift",
    "overall",
    "parse_summary",
    "report_table",
    "require_supervisor",
    "row_from_summary",
    "satisfaction_score",
]
