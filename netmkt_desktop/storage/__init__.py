"""The personal data on disk (and the guest's in memory): one module per job, no Qt.

Layers inside (each imports only those below it):

* ``migrations`` (the schema as SQL steps), ``sqlite_files`` (files, checks, backup names and
  sequence numbers, temporary names and their leftovers, error codes; sqlite3 only), ``wal`` (a
  ``-wal`` the last session left: kept aside and checked; sqlite_files only), ``rows`` (ORM classes);
* ``db`` (opening a file, the engine, one transaction per user action);
* the parts ``profiles``, ``plans``, ``study``, ``quiz``, ``settings``, ``transfer``;
* ``store`` (:class:`~.store.Store` and the per-profile :class:`~.store.ProfileData`), ``memory``
  (the guest);
* ``backups`` (list, make, prune, restore; sqlite3 only) and ``opening`` (open safely, start fresh,
  restore and open): the policy above the store and the backups.

This file imports nothing, so ``import netmkt_desktop.storage.backups`` does not load SQLAlchemy.
"""
