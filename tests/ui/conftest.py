from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

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


@pytest.fixture(autouse=True)
def windows_close_without_asking(qapp) -> None:
    """pytest-qt closes every window a test leaves open, often with a call still on: the close
    would ask "A call is in progress…" in a modal box nobody answers. So tests run as if the
    app were quitting on a log-off, which keeps the call without asking; a test of the question
    sets `asking_on_close` (below) for its own body."""
    from agent_desk.ui.main_window import TERMINATING

    qapp.setProperty(TERMINATING, True)


@contextmanager
def asking_on_close(qapp) -> Iterator[None]:
    """Inside: closing a window mid-call asks, as on a desk."""
    from agent_desk.ui.main_window import TERMINATING

    qapp.setProperty(TERMINATING, False)
    try:
        yield
    finally:
        qapp.setProperty(TERMINATING, True)
