"""Qt's own texts that Qt's Chinese catalogue does not have, translated here.

`install_translators` loads Qt's `qtbase_zh_CN.qm` from PySide6 for Qt's dialogs (Cancel, Yes,
the file dialog's buttons and columns), but that catalogue lags behind Qt: in Qt 6.11 the file
dialog's "&Look in:" and "Files of &type:" and the file-type column's "Folder" are not in it, so
a Chinese desk showed them in English. They are listed here, in Qt's own contexts, so lupdate
puts them in the `desk` translation area; the app's catalogues are searched before Qt's.
`tests/ui/test_desk_day_ui.py` opens the file dialog in Chinese and finds no English left.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_texts() -> list[tuple[str, str, str | None, str]]:
    """(context, source, disambiguation, the text as translated now) for each missing text."""
    translate = QCoreApplication.translate
    return [
        ("QFileDialog", "&Look in:", None, translate("QFileDialog", "&Look in:")),
        ("QFileDialog", "Files of &type:", None, translate("QFileDialog", "Files of &type:")),
        (
            "QAbstractFileIconProvider",
            "Folder",
            "All other platforms",
            translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        ),
        (
            "QAbstractFileIconProvider",
            "File",
            "All other platforms",
            translate("QAbstractFileIconProvider", "File", "All other platforms"),
        ),
        (
            "QAbstractFileIconProvider",
            "%1 File",
            "%1 is a file name suffix, for example txt",
            translate(
                "QAbstractFileIconProvider", "%1 File", "%1 is a file name suffix, for example txt"
            ),
        ),
    ]
