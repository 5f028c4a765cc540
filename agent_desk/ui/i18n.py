"""Choosing the interface language and loading the compiled translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agent_desk.errors import AgentDeskError
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


class TranslationsMissing(AgentDeskError):
    """A language was asked for whose compiled translations (`.qm`) are not installed: a file
    must not come out in English labelled as Chinese."""

    code = "i18n.missing"
    template = (
        "the {language} translations are not compiled ({files} missing; run 'make i18n' in the "
        "source folder, or install the package, which ships them)"
    )


def missing_translations(language: str, areas: tuple[str, ...]) -> list[str]:
    """The `<area>_<language>.qm` files of `areas` that are not there (none for English, the
    source language)."""
    if language == "en":
        return []
    return [
        f"{area}_{language}.qm"
        for area in areas
        if not resource("i18n", f"{area}_{language}.qm").is_file()
    ]


def require_translations(language: str, areas: tuple[str, ...]) -> None:
    """Raise TranslationsMissing when a file in `language` cannot really be in it."""
    missing = missing_translations(language, areas)
    if missing:
        raise TranslationsMissing(language=language, files=", ".join(missing))


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
