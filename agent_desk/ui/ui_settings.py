"""Per-user interface preferences (language, window layout) in QSettings, inside the profile."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from agent_desk.paths import Profile


class UiSettings:
    def __init__(self, profile: Profile) -> None:
        self._qs = QSettings(str(profile.ui_settings_file), QSettings.Format.IniFormat)

    @property
    def language(self) -> str | None:
        value = self._qs.value("ui/language", "")
        return str(value) or None

    @language.setter
    def language(self, value: str | None) -> None:
        self._qs.setValue("ui/language", value or "")
        self._qs.sync()

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self._qs.value("window/geometry"), self._qs.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
        self._qs.sync()
