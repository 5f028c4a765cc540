"""HTML to PDF with Qt, with a CJK font as the default so Chinese reads the same anywhere.

Both PDFs AgentDesk writes (the supervisor's report export and the shift summary) go through
`html_to_pdf`, so page set-up and font choice live in one place. Qt embeds the subset of the
font it used, so the file needs no fonts on the reader's machine. Needs a QGuiApplication
(offscreen is fine for the CLI).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument

log = logging.getLogger(__name__)

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei")
# Latin letters and digits come from a Latin font first: with Noto Sans CJK alone, Qt's PDF
# loses the text after the first letter-digit run (pdftotext read "BJ07 A1001" as "BJ"), so
# a supervisor could not search or copy numbers from a report, though the page looked right.
LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Liberation Sans")


def cjk_font(point_size: float = 10) -> QFont:
    """A Latin family for letters and digits, then the first installed CJK family, so Qt does
    not pick a font without Chinese glyphs."""
    available = set(QFontDatabase.families())
    cjk = next((f for f in CJK_FAMILIES if f in available), None)
    if cjk is None:
        log.warning("no CJK font found; Chinese in reports may show as boxes")
    latin = next((f for f in LATIN_FAMILIES if f in available), None)
    families = [f for f in (latin, cjk) if f]
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    return font


def html_to_pdf(
    html: str,
    *,
    title: str,
    orientation: QPageLayout.Orientation,
    margin_mm: float,
    fit_to_page: bool = False,
) -> bytes:
    """The page as an A4 PDF at 150 dpi.

    `fit_to_page` lays the HTML out on the page's pixel size, so Qt scales the whole page down
    to fit instead of wrapping wide tables; without it Qt lays the text out at its real size
    (adding its own 2 cm margin and page numbers).
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("AgentDesk")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.setDefaultFont(cjk_font())
    document.setHtml(html)
    if fit_to_page:
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return bytes(data.data())


def render_pdf(html: str, path: Path) -> None:
    """The report export's `RenderPdf`: A4 landscape, wide tables scaled to the page."""
    pdf = html_to_pdf(
        html,
        title="AgentDesk report",
        orientation=QPageLayout.Orientation.Landscape,
        margin_mm=10,
        fit_to_page=True,
    )
    Path(path).write_bytes(pdf)
