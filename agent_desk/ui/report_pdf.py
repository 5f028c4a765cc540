"""HTML to PDF with Qt, with text a reader can search, copy and archive, at its real size.

Both PDFs AgentDesk writes (the supervisor's report export and the shift summary) go through
`html_to_pdf`, so page set-up, fonts and the text map live in one place. Qt embeds the subset of
each font it used, so the file needs no fonts on the reader's machine. Needs a QGuiApplication
(offscreen is fine for the CLI).

Two things made `pdftotext` read the wrong text, though the pages looked right:

- Qt writes each font's ToUnicode map (glyph → character) by walking the font's character map
  from U+0000 upwards and keeping the first character of each glyph. Noto Sans CJK draws the
  radical ⽹ (U+2F79, KANGXI RADICAL NET) and the ideograph 网 (U+7F51) with one glyph, and the
  radical comes first: every 网 in the PDF read as ⽹, 长 as ⻓ (U+2ED3), 工 as ⼯, and a
  search for 网点 found nothing. `repair_text_map` rewrites those entries to the ideograph the
  font draws with the same glyph (and a tab, which shares the space's glyph, to a space).
- With a CJK font first, HarfBuzz gives Latin digits in a Latin run glyphs of their own that
  no character maps to, so Qt writes no ToUnicode entry and they vanish from the text (SH01
  read as SH). Letters and digits therefore come from a Latin font first (`font_families`),
  in the default font and in every report's CSS alike.
- Latin ligatures (ff, fi) became one character (ﬀ), so "Offered" was not found in the text:
  the default font turns them off, and the CSS only names families, so every text keeps that.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from functools import cache
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QRawFont,
    QTextDocument,
)

log = logging.getLogger(__name__)

CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei")
LATIN_FAMILIES = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Arial", "Liberation Sans")
RESOLUTION = 150  # dots per inch of the PDF's drawing

RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
_IDEOGRAPHS = (range(0x4E00, 0xA000), range(0x3400, 0x4DC0))


@cache
def font_families() -> tuple[str, ...]:
    """The installed Latin family first (letters and digits), then the first CJK family."""
    available = set(QFontDatabase.families())
    cjk = next((f for f in CJK_FAMILIES if f in available), None)
    if cjk is None:
        log.warning("no CJK font found; Chinese in reports may show as boxes")
    latin = next((f for f in LATIN_FAMILIES if f in available), None)
    return tuple(f for f in (latin, cjk) if f)


def css_font_family() -> str:
    """`font-family` for a report's CSS: the same order as `cjk_font`."""
    return ", ".join([f"'{f}'" for f in font_families()] + ["sans-serif"])


def cjk_font(point_size: float = 10) -> QFont:
    """A Latin family for letters and digits, then the first installed CJK family, so Qt does
    not pick a font without Chinese glyphs."""
    font = QFont()
    families = list(font_families())
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    font.setFeature(QFont.Tag("liga"), 0)  # "Offered", not "Oﬀered", in the PDF's text
    return font


# --- the text map -------------------------------------------------------------------------------


@cache
def radical_map() -> dict[int, int]:
    """Radical → the ideograph drawn with the same glyph, from the installed CJK fonts' own
    character maps (the CJK Radicals Supplement has no Unicode decomposition), falling back
    to the compatibility decomposition of the Kangxi radicals."""
    mapping: dict[int, int] = {}
    available = set(QFontDatabase.families())
    radicals = "".join(chr(c) for c in RADICALS)
    ideographs = "".join(chr(c) for block in _IDEOGRAPHS for c in block)
    for family in (f for f in CJK_FAMILIES if f in available):
        raw = QRawFont.fromFont(QFont(family))
        if not raw.isValid():
            continue
        by_glyph: dict[int, int] = {}
        for ch, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs), strict=True):
            if glyph:
                by_glyph.setdefault(glyph, ord(ch))
        for ch, glyph in zip(radicals, raw.glyphIndexesForString(radicals), strict=True):
            if glyph and glyph in by_glyph:
                mapping.setdefault(ord(ch), by_glyph[glyph])
    for code in RADICALS:
        decomposed = unicodedata.normalize("NFKC", chr(code))
        if len(decomposed) == 1 and ord(decomposed) not in RADICALS:
            mapping.setdefault(code, ord(decomposed))
    return mapping


_BLOCK = re.compile(rb"begin(bfrange|bfchar)\n(.*?)end\1", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")


def _fixed(code: int) -> int:
    if code == 0x09:
        return 0x20  # a tab shares the space's glyph
    return radical_map().get(code, code)


def _fix_line(line: bytes, kind: bytes) -> bytes:
    tokens = list(_HEX.finditer(line))
    sources = 1 if kind == b"bfchar" else 2
    if len(tokens) <= sources:
        return line
    if kind == b"bfrange" and b"[" not in line and tokens[0].group(1) != tokens[1].group(1):
        return line  # a run of consecutive characters: leave it whole
    out = bytearray(line)
    for token in tokens[sources:]:
        code = int(token.group(1), 16)
        fixed = _fixed(code)
        if fixed != code:
            out[token.start(1) : token.end(1)] = b"%04X" % fixed
    return bytes(out)


def repair_text_map(pdf: bytes) -> bytes:
    """The PDF with its ToUnicode maps naming ideographs instead of radicals (see the module
    docstring). Entries keep their length, so no offset in the file moves."""

    def block(m: re.Match[bytes]) -> bytes:
        kind, body = m.group(1), m.group(2)
        lines = [_fix_line(line, kind) for line in body.split(b"\n")]
        return b"begin" + kind + b"\n" + b"\n".join(lines) + b"end" + kind

    fixed = _BLOCK.sub(block, pdf)
    assert len(fixed) == len(pdf)
    return fixed


# --- drawing ------------------------------------------------------------------------------------


def html_to_pdf(
    html: str,
    *,
    title: str,
    orientation: QPageLayout.Orientation,
    margin_mm: float,
) -> bytes:
    """The page as an A4 PDF at 150 dpi, text at the point sizes the HTML asks for.

    The document is laid out on the PDF writer itself, so a 9 pt cell is 9 pt on paper: a
    table too wide for the page is the caller's to split, never shrunk to fit.
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("AgentDesk")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(cjk_font())
    document.setDocumentMargin(0)
    # the page size first: set after the HTML, it lays the whole document out a second time
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.setHtml(html)
    document.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    return repair_text_map(bytes(data.data()))


def render_pdf(html: str, path: Path) -> None:
    """The report export's `RenderPdf`: A4 landscape; wide tables come split into pages."""
    pdf = html_to_pdf(
        html,
        title="AgentDesk report",
        orientation=QPageLayout.Orientation.Landscape,
        margin_mm=10,
    )
    Path(path).write_bytes(pdf)
