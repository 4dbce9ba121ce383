"""The guest's data: the same :class:`~netmkt_desktop.storage.store.ProfileData` over a database in memory.

A guest (访客) on a shared PC may take notes, mark what was learned and try the quiz during the
session; nothing reaches the disk and everything is gone when the session ends (``data.close()``)
or the app quits.  Because it is the same class over the same schema, the UI has no separate code
for the guest's storage: the same parts, the same rules, the same errors.  The guest has no folder,
so no backups (``data.folder`` is None).
"""

from __future__ import annotations

from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.records import Profile
from netmkt_desktop.storage.db import Database, now
from netmkt_desktop.storage.rows import ProfileRow
from netmkt_desktop.storage.store import ProfileData

GUEST_ID = 1


def open_guest() -> ProfileData:
    """A fresh, empty guest profile in memory; ``close()`` it to let it go."""
    db = Database.in_memory()
    with db.action(N_("storage", "新建用户档案")) as s:
        moment = now()
        s.add(ProfileRow(id=GUEST_ID, name="", class_name="", created_at=moment, last_used_at=moment, failed_pin_count=0))
    return ProfileData(db, GUEST_ID, describe=lambda: Profile(id=GUEST_ID, name=translate("storage", "访客")),
                       on_close=db.close)
