"""Choosing the interface language and loading the compiled translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agent_desk.paths import resource

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().lower().startswith("zh") else "en"


def choose_language(cli_choice: str | None, saved: str | None) -> str:
    """--lang wins, then the saved setting, then the system locale."""
    for choice in (cli_choice, saved):
        if choice in LANGUAGES:
            return choice
    return system_language()


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load every `*_<language>.qm` shipped in resources/i18n (one per area of the app)."""
    installed: list[QTranslator] = []
    if language != "en":
        # Qt's own texts (Cancel, Yes, No in standard dialogs) come from qtbase's catalogue.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qtbase)
            installed.append(qtbase)
    folder = resource("i18n")
    for qm in sorted(folder.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("could not load translation %s", qm)
    if language != "en" and len(installed) <= 1:
        log.warning("no translations for %s in %s (run 'make i18n')", language, folder)
    QLocale.setDefault(QLocale(language))
    return installed
