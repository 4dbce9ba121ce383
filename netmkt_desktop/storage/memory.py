"""The guest's data: the same :class:`~netmkt_desktop.storage.store.ProfileData` over a database in memory.

A guest (访客) on a shared PC may take notes, mark what was learned and try the quiz during the
session; nothing reaches the disk and everything is gone when the session ends (``data.close()``)
or the app quits.  Because it is the same class over the same schema, the UI has no separate code
for the guest's storage: the same parts, the same rules, the same errors.
"""

from __future__ import annotations

from netmkt_desktop.storage.store import ProfileData, Store

GUEST_NAME = "访客"


def open_guest() -> ProfileData:
    """A fresh, empty guest profile in memory; ``close()`` it to let it go."""
    store = Store.in_memory()
    profile = store.profiles.create(GUEST_NAME)
    return ProfileData(store.db, profile.id, owns_database=True)
