"""One profile's recitation scores (背诵): per list, the last and the best attempt.

``data.recitation`` of a :class:`~netmkt_desktop.storage.store.ProfileData`.  Lists are referred to
by their stable ids (:mod:`netmkt_desktop.recitation`: "tasks:occ.internet_marketer" …); a list
id that is not one raises ValueError (a programming error), as a node id does in ``data.study``.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from netmkt_desktop.i18n import N_
from netmkt_desktop.recitation import is_list_id
from netmkt_desktop.records import RecitationScore
from netmkt_desktop.storage.db import ProfilePart, now
from netmkt_desktop.storage.rows import RecitationRow
from netmkt_desktop.validation import integer

MAX_ITEMS = 10_000  # items of one list; far above any list of a section


def checked_list_id(value: object) -> str:
    if not is_list_id(value):
        raise ValueError(f"不是有效的背诵清单 id:{value!r:.60}")
    return value  # type: ignore[return-value]


def to_score(row: RecitationRow) -> RecitationScore:
    return RecitationScore(list_id=row.list_id, correct=row.correct, total=row.total, best_correct=row.best_correct,
                           best_total=row.best_total, attempts=row.attempts, recited_at=row.recited_at)


def scores(session: Session, profile_id: int) -> list[RecitationScore]:
    """Every score of the profile, the list recited most recently first."""
    return [to_score(r) for r in session.scalars(
        select(RecitationRow).where(RecitationRow.profile_id == profile_id)
        .order_by(RecitationRow.recited_at.desc(), RecitationRow.id.desc()))]


def better(correct: int, total: int, best_correct: int, best_total: int) -> bool:
    """True when ``correct``/``total`` beats ``best_correct``/``best_total`` (a larger share right;
    at the same share, the longer list)."""
    return (correct * best_total, total) > (best_correct * total, best_total)


class Recitation(ProfilePart):
    """The lists one profile has recited from memory, with the last and the best score of each."""

    def record(self, list_id: str, correct: int, total: int) -> RecitationScore:
        """Save an attempt at a list: ``correct`` of ``total`` items right; returns the list's score."""
        list_id = checked_list_id(list_id)
        total = integer(total, "背诵条数", 1, MAX_ITEMS)
        correct = integer(correct, "背对条数", 0, total)
        with self._db.action(N_("storage", "保存背诵成绩")) as s:
            self._check_profile(s)
            row = s.scalars(select(RecitationRow).where(
                RecitationRow.profile_id == self._profile_id, RecitationRow.list_id == list_id)).first()
            moment = now()
            if row is None:
                row = RecitationRow(profile_id=self._profile_id, list_id=list_id, correct=correct, total=total,
                                    best_correct=correct, best_total=total, attempts=1, recited_at=moment)
                s.add(row)
            else:
                row.correct, row.total, row.recited_at = correct, total, moment
                row.attempts += 1
                if better(correct, total, row.best_correct, row.best_total):
                    row.best_correct, row.best_total = correct, total
            s.flush()
            return to_score(row)

    def scores(self) -> dict[str, RecitationScore]:
        """List id → its score, for every list recited at least once."""
        with self._db.read(N_("storage", "读取背诵成绩")) as s:
            return {score.list_id: score for score in scores(s, self._profile_id)}
