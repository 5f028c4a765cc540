from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from agent_desk.ui.i18n import install_translators
from agent_desk.ui.ui_settings import UiSettings


@pytest.fixture
def ui_settings(profile) -> UiSettings:
    return UiSettings(profile)


@pytest.fixture
def language(qapp) -> Iterator[callable]:
    """Switch the interface language for one test; translators are removed afterwards."""
    installed = []
    locale_before = QLocale()  # install_translators also sets the default locale

    def use(lang: str) -> None:
        installed.extend(install_translators(qapp, lang))

    yield use
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale_before)  # dates and numbers of the next test are not Chinese
