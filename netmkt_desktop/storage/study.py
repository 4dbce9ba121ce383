"""One profile's study record: nodes learned (已学会), a note per node, bookmarks (收藏).

``data.study`` of a :class:`~netmkt_desktop.storage.store.ProfileData`.  Content is referred to by
stable node ids; an id that is not one raises ValueError (a programming error), a note the
student cannot save (too long, control characters) :class:`~netmkt_desktop.errors.InvalidInputError`.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from netmkt_desktop.errors import InvalidInputError
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.storage.db import ProfilePart, now
from netmkt_desktop.storage.rows import BookmarkRow, NoteRow, ProgressRow
from netmkt_desktop.validation import check_note_text
from netmkt_desktop.validation import node_id as checked_node_id

_READ_NOTES = N_("storage", "读取笔记")


def notes_with_times(session: Session, profile_id: int) -> list[tuple[str, str, str]]:
    """(node id, text, updated_at) of every note of the profile, the most recently changed first."""
    return [tuple(r) for r in session.execute(
        select(NoteRow.node_id, NoteRow.text, NoteRow.updated_at).where(NoteRow.profile_id == profile_id)
        .order_by(NoteRow.updated_at.desc(), NoteRow.id.desc()))]


class Study(ProfilePart):
    """What one profile has learned, noted and bookmarked."""

    # -- learned (已学会) ---------------------------------------------------------------------------

    def mark_learned(self, node_id: str, learned: bool = True) -> None:
        """Mark a content node as learned (the first time is kept) or not learned."""
        node_id = checked_node_id(node_id)
        with self._db.action(N_("storage", "保存学习进度")) as s:
            self._check_profile(s)
            row = s.scalars(select(ProgressRow).where(
                ProgressRow.profile_id == self._profile_id, ProgressRow.node_id == node_id)).first()
            if learned and row is None:
                s.add(ProgressRow(profile_id=self._profile_id, node_id=node_id, learned_at=now()))
            elif not learned and row is not None:
                s.delete(row)

    def learned(self) -> set[str]:
        """The ids of the nodes marked as learned."""
        with self._db.read(N_("storage", "读取学习进度")) as s:
            return set(s.scalars(select(ProgressRow.node_id).where(ProgressRow.profile_id == self._profile_id)))

    # -- notes ---------------------------------------------------------------------------------------

    def note(self, node_id: str) -> str:
        """The note on a node; "" when there is none."""
        node_id = checked_node_id(node_id)
        with self._db.read(_READ_NOTES) as s:
            text = s.scalars(select(NoteRow.text).where(
                NoteRow.profile_id == self._profile_id, NoteRow.node_id == node_id)).first()
            return text or ""

    def save_note(self, node_id: str, text: str) -> None:
        """Save the note as typed; an empty or whitespace-only text deletes it.

        Too long a text or control characters raise :class:`InvalidInputError` (nothing changed).
        """
        node_id = checked_node_id(node_id)
        if not isinstance(text, str):
            raise TypeError(f"笔记应为文本,实际为 {type(text).__name__}")
        problems = check_note_text(text, translate)
        if problems:
            raise InvalidInputError(problems[0], problems=problems)
        with self._db.action(N_("storage", "保存笔记")) as s:
            self._check_profile(s)
            row = s.scalars(select(NoteRow).where(
                NoteRow.profile_id == self._profile_id, NoteRow.node_id == node_id)).first()
            if not text.strip():
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(NoteRow(profile_id=self._profile_id, node_id=node_id, text=text, updated_at=now()))
            elif row.text != text:
                row.text = text
                row.updated_at = now()

    def notes(self) -> dict[str, str]:
        """Node id → note text for every note."""
        with self._db.read(_READ_NOTES) as s:
            return dict(s.execute(select(NoteRow.node_id, NoteRow.text).where(NoteRow.profile_id == self._profile_id)
                                  .order_by(NoteRow.id)).all())

    def notes_with_times(self) -> list[tuple[str, str, str]]:
        """(node id, text, updated_at) for every note, the most recently changed first."""
        with self._db.read(_READ_NOTES) as s:
            return notes_with_times(s, self._profile_id)

    # -- bookmarks (收藏) -----------------------------------------------------------------------------

    def bookmark(self, node_id: str, on: bool = True) -> None:
        node_id = checked_node_id(node_id)
        with self._db.action(N_("storage", "保存书签")) as s:
            self._check_profile(s)
            row = s.scalars(select(BookmarkRow).where(
                BookmarkRow.profile_id == self._profile_id, BookmarkRow.node_id == node_id)).first()
            if on and row is None:
                s.add(BookmarkRow(profile_id=self._profile_id, node_id=node_id, created_at=now()))
            elif not on and row is not None:
                s.delete(row)

    def bookmarks(self) -> list[str]:
        """Bookmarked node ids, the oldest bookmark first."""
        with self._db.read(N_("storage", "读取书签")) as s:
            return list(s.scalars(select(BookmarkRow.node_id).where(BookmarkRow.profile_id == self._profile_id)
                                  .order_by(BookmarkRow.created_at, BookmarkRow.id)))
