"""One profile's settings: text values by key (theme, zoom, reading position …).

``data.settings`` of a :class:`~netmkt_desktop.storage.store.ProfileData`.  The keys and their
types are the UI's business (``netmkt_desktop.ui.preferences``); here a value is text.
"""

from __future__ import annotations

from sqlalchemy import delete as sql_delete
from sqlalchemy import select

from netmkt_desktop.i18n import N_
from netmkt_desktop.storage.db import ProfilePart
from netmkt_desktop.storage.rows import SettingRow


class Settings(ProfilePart):
    """Key → text value, per profile."""

    def get(self, key: str, default: str | None = None) -> str | None:
        with self._db.read(N_("storage", "读取设置")) as s:
            value = s.scalars(select(SettingRow.value).where(
                SettingRow.profile_id == self._profile_id, SettingRow.key == key)).first()
            return default if value is None else value

    def set(self, key: str, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"设置值应为文本,实际为 {type(value).__name__}")
        with self._db.action(N_("storage", "保存设置")) as s:
            self._check_profile(s)
            row = s.scalars(select(SettingRow).where(
                SettingRow.profile_id == self._profile_id, SettingRow.key == key)).first()
            if row is None:
                s.add(SettingRow(profile_id=self._profile_id, key=key, value=value))
            else:
                row.value = value

    def delete(self, key: str) -> None:
        """Forget a setting (a key that was renamed); nothing happens when there is none."""
        with self._db.action(N_("storage", "保存设置")) as s:
            s.execute(sql_delete(SettingRow).where(SettingRow.profile_id == self._profile_id, SettingRow.key == key))

    def all(self) -> dict[str, str]:
        """Every setting of the profile, by key."""
        with self._db.read(N_("storage", "读取设置")) as s:
            return dict(s.execute(select(SettingRow.key, SettingRow.value).where(
                SettingRow.profile_id == self._profile_id).order_by(SettingRow.key)).all())
