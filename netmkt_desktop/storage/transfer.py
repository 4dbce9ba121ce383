"""One profile's data out of and into the store: "导出我的数据" / "导入我的数据".

The file format is :mod:`netmkt_desktop.profile_file` (pure); this module reads the rows for an
export and writes an import in one transaction.  ``data.transfer`` of a
:class:`~netmkt_desktop.storage.store.ProfileData` exports or merges into its profile;
``Store.import_profile`` makes a new profile whose database :func:`write_imported` fills.  A plan file is imported as
a plan (``data.plans.save``, see :func:`netmkt_desktop.plans.plan_from_json`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from netmkt_desktop.errors import NotFoundError
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.profile_file import ExportedProfile, profile_data_to_json, read_profile_data
from netmkt_desktop.records import Profile
from netmkt_desktop.storage import quiz as quiz_rows
from netmkt_desktop.storage import recitation as recitation_rows
from netmkt_desktop.storage.db import Database, ProfilePart, now
from netmkt_desktop.storage.plans import fill, goal_rows, live_plans, plan_key, to_plan
from netmkt_desktop.storage.rows import (
    BookmarkRow,
    MistakeRow,
    NoteRow,
    PlanRow,
    ProfileRow,
    ProgressRow,
    QuizAttemptRow,
    RecitationRow,
    SettingRow,
)
from netmkt_desktop.storage.study import notes_with_times


def _tuples(result) -> list[tuple]:
    return [tuple(row) for row in result]


class Transfer(ProfilePart):
    """Export one profile's data, or merge a file into it."""

    def __init__(self, db: Database, profile_id: int, *, describe: Callable[[], Profile],
                 guard: Callable[[str | None], None] | None = None,
                 other_plan_ids: Callable[[], set[str]] | None = None):
        super().__init__(db, profile_id)
        self._describe = describe  # the profile's name and class (they live on its card)
        self._guard = guard  # checks the PIN of a profile that has one (AccessDeniedError)
        self._other_plan_ids = other_plan_ids or set  # plan ids the other profiles' files use

    def export(self, pin: str | None = None) -> bytes:
        """The profile's data as a UTF-8 JSON document (see :mod:`netmkt_desktop.profile_file`).

        It holds the name and class, settings, plans (not the deleted ones) and study data of this
        profile only; never its PIN.  A profile with a PIN exports only with it (AccessDeniedError).
        """
        if self._guard is not None:
            self._guard(pin)
        shown = self._describe()
        pid = self._profile_id
        with self._db.read(N_("storage", "导出数据")) as s:
            profile_row(s, pid)
            data = ExportedProfile(
                name=shown.name,
                class_name=shown.class_name,
                settings=dict(s.execute(select(SettingRow.key, SettingRow.value).where(
                    SettingRow.profile_id == pid).order_by(SettingRow.key)).all()),
                plans=[to_plan(p) for p in live_plans(s, pid)],
                progress=_tuples(s.execute(select(ProgressRow.node_id, ProgressRow.learned_at).where(
                    ProgressRow.profile_id == pid).order_by(ProgressRow.learned_at, ProgressRow.id))),
                notes=notes_with_times(s, pid),
                bookmarks=_tuples(s.execute(select(BookmarkRow.node_id, BookmarkRow.created_at).where(
                    BookmarkRow.profile_id == pid).order_by(BookmarkRow.created_at, BookmarkRow.id))),
                quiz_attempts=quiz_rows.attempts(s, pid),
                quiz_mistakes=quiz_rows.mistakes(s, pid),
                recitation=recitation_rows.scores(s, pid),
            )
        return profile_data_to_json(data)

    def merge(self, data: bytes | str) -> Profile:
        """Add a file's data to this profile (the whole file is checked first: ProfileFileError,
        nothing changed; a goal achieved after today refuses it too).

        Plans are added (unless an identical one is there), progress and bookmarks added, a note
        replaces the note on the same node unless that one is newer, mistakes are combined, settings
        the profile already has are kept; quiz attempts already there are not added twice; a
        recitation score keeps the later last attempt and the better best one.
        """
        parsed = read_profile_data(data, today=date.today())
        with self._db.action(N_("storage", "导入数据")) as s:
            profile_row(s, self._profile_id)
            write_imported(s, self._profile_id, parsed, taken=self._other_plan_ids())
            s.flush()
        return self._describe()


def profile_row(session: Session, profile_id: int) -> ProfileRow:
    row = session.get(ProfileRow, profile_id)
    if row is None:
        raise NotFoundError(translate("storage", "找不到这个用户档案(它可能已被删除)。"))
    return row


def write_imported(s: Session, pid: int, data: ExportedProfile, taken: set[str] | frozenset[str] = frozenset()) -> None:
    """Add ``data`` to the profile (new or existing); see :meth:`Transfer.merge` for the rules.

    A plan keeps its id unless a plan of this file or ``taken`` (the other profiles' files) has it."""
    have_settings = set(s.scalars(select(SettingRow.key).where(SettingRow.profile_id == pid)))
    rows = [{"profile_id": pid, "key": k, "value": v} for k, v in data.settings.items() if k not in have_settings]
    if rows:
        s.execute(insert(SettingRow), rows)

    have_plans = {plan_key(to_plan(r)) for r in live_plans(s, pid)}
    taken_ids = set(s.scalars(select(PlanRow.uid))) | set(taken)  # a plan keeps its id unless one here has it
    for plan in reversed(data.plans):  # the file lists the newest first: it is saved last
        if plan_key(plan) in have_plans:
            continue
        moment = now()
        row = PlanRow(profile_id=pid, created_at=moment, updated_at=moment)
        if plan.uid and plan.uid not in taken_ids:
            row.uid = plan.uid
            taken_ids.add(plan.uid)
        fill(row, plan)
        row.goals.extend(goal_rows(plan.goals))
        s.add(row)
    s.flush()

    have = set(s.scalars(select(ProgressRow.node_id).where(ProgressRow.profile_id == pid)))
    rows = [{"profile_id": pid, "node_id": n, "learned_at": t} for n, t in data.progress if n not in have]
    if rows:
        s.execute(insert(ProgressRow), rows)

    have = set(s.scalars(select(BookmarkRow.node_id).where(BookmarkRow.profile_id == pid)))
    rows = [{"profile_id": pid, "node_id": n, "created_at": t} for n, t in data.bookmarks if n not in have]
    if rows:
        s.execute(insert(BookmarkRow), rows)

    notes = {r.node_id: r for r in s.scalars(select(NoteRow).where(NoteRow.profile_id == pid))}
    rows = []
    for node_id, text, updated_at in reversed(data.notes):  # newest first in the file: saved last
        row = notes.get(node_id)
        if row is None:
            rows.append({"profile_id": pid, "node_id": node_id, "text": text, "updated_at": updated_at})
        elif updated_at >= row.updated_at:
            row.text, row.updated_at = text, updated_at
    if rows:
        s.execute(insert(NoteRow), rows)

    have_attempts = {(a.seed, a.total, a.correct, a.started_at, a.finished_at) for a in quiz_rows.attempts(s, pid)}
    rows = [{"profile_id": pid, "seed": a.seed, "total": a.total, "correct": a.correct,
             "started_at": a.started_at, "finished_at": a.finished_at}
            for a in reversed(data.quiz_attempts)
            if (a.seed, a.total, a.correct, a.started_at, a.finished_at) not in have_attempts]
    if rows:
        s.execute(insert(QuizAttemptRow), rows)

    mistakes = {r.question_id: r for r in s.scalars(select(MistakeRow).where(MistakeRow.profile_id == pid))}
    rows = []
    for m in reversed(data.quiz_mistakes):
        row = mistakes.get(m.question_id)
        if row is None:
            rows.append({"profile_id": pid, "question_id": m.question_id, "rng_seed": m.rng_seed,
                         "missed_count": m.missed_count, "last_missed_at": m.last_missed_at,
                         "resolved_at": m.resolved_at, "last_answer": quiz_rows.answer_json(m.last_answer)})
            continue
        # the record whose latest event (a miss or the resolving) is later decides the state
        if (m.resolved_at or m.last_missed_at) >= (row.resolved_at or row.last_missed_at):
            row.rng_seed, row.resolved_at = m.rng_seed, m.resolved_at
        if m.last_missed_at >= row.last_missed_at and m.last_answer is not None:  # the later miss's answer
            row.last_answer = quiz_rows.answer_json(m.last_answer)
        row.missed_count = max(row.missed_count, m.missed_count)
        row.last_missed_at = max(row.last_missed_at, m.last_missed_at)
    if rows:
        s.execute(insert(MistakeRow), rows)

    scores = {r.list_id: r for r in s.scalars(select(RecitationRow).where(RecitationRow.profile_id == pid))}
    rows = []
    for r in data.recitation:
        row = scores.get(r.list_id)
        if row is None:
            rows.append({"profile_id": pid, "list_id": r.list_id, "correct": r.correct, "total": r.total,
                         "best_correct": r.best_correct, "best_total": r.best_total, "attempts": r.attempts,
                         "recited_at": r.recited_at})
            continue
        if r.recited_at > row.recited_at:
            row.correct, row.total, row.recited_at = r.correct, r.total, r.recited_at
        if recitation_rows.better(r.best_correct, r.best_total, row.best_correct, row.best_total):
            row.best_correct, row.best_total = r.best_correct, r.best_total
        row.attempts = max(row.attempts, r.attempts)
    if rows:
        s.execute(insert(RecitationRow), rows)
