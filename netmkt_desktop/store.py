"""The personal store: profiles, settings, career plans and study data in one SQLite file (no Qt).

SQLAlchemy is imported here and nowhere else, so the app imports this module only after its
window is on screen.  Every public method is one user action: one session, one transaction, all or
nothing.  Sessions never leave this module.

The schema is written as raw SQL migration steps (:data:`MIGRATIONS`); ``PRAGMA user_version``
holds the number of steps applied.  Before an existing database is upgraded a copy is made with
SQLite's online backup API in ``<data_dir>/backups/``.  The ORM classes below only map the current
schema.

Every row of personal data belongs to one profile (``profile_id``, ``ON DELETE CASCADE``) and every
query is filtered by it, so one profile never sees or changes another's rows.  Content is referred
to by stable node id strings, quiz questions by their stable question ids.  PIN hashing and the
profile data file live in :mod:`netmkt_desktop.pin` and :mod:`netmkt_desktop.profile_file`.
"""

from __future__ import annotations

import math
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, create_engine, delete, event, insert, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

# backup does not import this module at module level (only inside functions): no import cycle.
from netmkt_desktop import pin as pins
from netmkt_desktop.backup import BACKUP_FOLDER, REASON_BEFORE_MIGRATION, SQLITE_HEADER, free_backup_path
from netmkt_desktop.errors import (
    DamagedDatabaseError,
    InvalidInputError,
    NewerDatabaseError,
    NotADatabaseError,
    NotFoundError,
    PinFormatError,
    ProfileFileError,
    ProfileNameError,
    StoreError,
    StoreWriteError,
)
from netmkt_desktop.paths import DATABASE_NAME, describe_os_error
from netmkt_desktop.plans import COPY_SUFFIX, CareerPlan, TierGoal, plan_to_json
from netmkt_desktop.records import Profile, QuizAttempt, QuizMistake
from netmkt_desktop.tiers import Tier
from netmkt_desktop.validation import (
    INT64_MAX,
    INT64_MIN,
    NAME_LIMIT,
    TITLE_LIMIT,
    check_class_name,
    check_note_text,
    check_profile_name,
)
from netmkt_desktop.validation import integer as _integer
from netmkt_desktop.validation import node_id as _node_id
from netmkt_desktop.validation import question_id as _question_id

if TYPE_CHECKING:
    from netmkt_desktop.profile_file import ProfileData

DEFAULT_PROFILE_NAME = "默认"

# ---------------------------------------------------------------------------------------------
# Schema: one list of raw SQL statements per version.  Never edit a released step; add a new one.

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # v1: profiles, settings, plans and their goals (AUTOINCREMENT: an id is never given out twice)
    (
        """CREATE TABLE profiles (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            class_name TEXT NOT NULL DEFAULT '',
            pin_hash TEXT,
            pin_salt TEXT,
            created_at TEXT NOT NULL,
            last_used_at TEXT NOT NULL
        )""",
        """CREATE TABLE settings (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            UNIQUE (profile_id, key)
        )""",
        """CREATE TABLE plans (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            student_name TEXT NOT NULL DEFAULT '',
            class_name TEXT NOT NULL DEFAULT '',
            position_id TEXT NOT NULL,
            occupation_id TEXT NOT NULL DEFAULT '',
            work_type_id TEXT NOT NULL DEFAULT '',
            headcount INTEGER NOT NULL DEFAULT 0,
            little_business INTEGER NOT NULL DEFAULT 0 CHECK (little_business IN (0, 1)),
            middle_tier TEXT,
            current_tier TEXT,
            years_experience INTEGER,
            content_version TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE plan_goals (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            tier TEXT NOT NULL,
            target_year INTEGER NOT NULL,
            target_month INTEGER NOT NULL CHECK (target_month BETWEEN 1 AND 12),
            actions TEXT NOT NULL DEFAULT '',
            achieved_on TEXT,
            position INTEGER NOT NULL DEFAULT 0
        )""",
    ),
    # v2: soft delete (so a deleted plan can be brought back) and indexes for the per-profile lists
    (
        "ALTER TABLE plans ADD COLUMN deleted_at TEXT",
        "CREATE INDEX ix_plans_profile_updated ON plans (profile_id, deleted_at, updated_at)",
        "CREATE INDEX ix_plan_goals_plan ON plan_goals (plan_id, position)",
    ),
    # v3: study data (progress, notes, bookmarks, quiz history, mistakes book), PIN rate limiting and
    # unique profile names (older versions allowed twins: the later ones become "name(2)", "name(3)" …;
    # should such a name be taken already, "#<id>" is added to the renamed one; a last catch-all pass
    # keeps the unique index from failing the step)
    (
        "ALTER TABLE profiles ADD COLUMN failed_pin_count INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE profiles ADD COLUMN pin_locked_until TEXT",
        """CREATE TEMP TABLE v3_profile_renames AS
            SELECT later.id AS id,
                   later.name || '(' || ((SELECT COUNT(*) FROM profiles AS earlier
                                          WHERE earlier.name = later.name AND earlier.id < later.id) + 1) || ')'
                       AS new_name
            FROM profiles AS later
            WHERE EXISTS (SELECT 1 FROM profiles AS earlier WHERE earlier.name = later.name AND earlier.id < later.id)""",
        """UPDATE profiles SET name = (SELECT new_name FROM v3_profile_renames AS r WHERE r.id = profiles.id)
            WHERE id IN (SELECT id FROM v3_profile_renames)""",
        """UPDATE profiles SET name = name || '#' || id
            WHERE id IN (SELECT id FROM v3_profile_renames)
              AND EXISTS (SELECT 1 FROM profiles AS other WHERE other.name = profiles.name AND other.id <> profiles.id)""",
        "DROP TABLE v3_profile_renames",
        """UPDATE profiles SET name = name || '#' || id
            WHERE EXISTS (SELECT 1 FROM profiles AS earlier WHERE earlier.name = profiles.name AND earlier.id < profiles.id)""",
        "CREATE UNIQUE INDEX ux_profiles_name ON profiles (name)",
        """CREATE TABLE progress (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            node_id TEXT NOT NULL,
            learned_at TEXT NOT NULL,
            UNIQUE (profile_id, node_id)
        )""",
        """CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            node_id TEXT NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (profile_id, node_id)
        )""",
        """CREATE TABLE bookmarks (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            node_id TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (profile_id, node_id)
        )""",
        """CREATE TABLE quiz_attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            seed INTEGER NOT NULL,
            total INTEGER NOT NULL CHECK (total >= 0),
            correct INTEGER NOT NULL CHECK (correct BETWEEN 0 AND total),
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL
        )""",
        "CREATE INDEX ix_quiz_attempts_profile ON quiz_attempts (profile_id, finished_at)",
        """CREATE TABLE quiz_mistakes (
            id INTEGER PRIMARY KEY,
            profile_id INTEGER NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
            question_id TEXT NOT NULL,
            rng_seed INTEGER NOT NULL,
            missed_count INTEGER NOT NULL DEFAULT 1 CHECK (missed_count >= 1),
            last_missed_at TEXT NOT NULL,
            resolved_at TEXT,
            UNIQUE (profile_id, question_id)
        )""",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


# ---------------------------------------------------------------------------------------------
# Mapping of the current schema


class Base(DeclarativeBase):
    pass


class ProfileRow(Base):
    __tablename__ = "profiles"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    class_name: Mapped[str] = mapped_column(default="")
    pin_hash: Mapped[str | None]
    pin_salt: Mapped[str | None]
    created_at: Mapped[str]
    last_used_at: Mapped[str]
    failed_pin_count: Mapped[int] = mapped_column(default=0)
    pin_locked_until: Mapped[str | None]


class SettingRow(Base):
    __tablename__ = "settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    key: Mapped[str]
    value: Mapped[str]


class PlanRow(Base):
    __tablename__ = "plans"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    title: Mapped[str]
    student_name: Mapped[str] = mapped_column(default="")
    class_name: Mapped[str] = mapped_column(default="")
    position_id: Mapped[str]
    occupation_id: Mapped[str] = mapped_column(default="")
    work_type_id: Mapped[str] = mapped_column(default="")
    headcount: Mapped[int] = mapped_column(default=0)
    little_business: Mapped[bool] = mapped_column(default=False)
    middle_tier: Mapped[str | None]
    current_tier: Mapped[str | None]
    years_experience: Mapped[int | None]
    content_version: Mapped[str] = mapped_column(default="")
    created_at: Mapped[str]
    updated_at: Mapped[str]
    deleted_at: Mapped[str | None]
    goals: Mapped[list[GoalRow]] = relationship(
        back_populates="plan", order_by="GoalRow.position", cascade="all, delete-orphan",
        passive_deletes=True)


class GoalRow(Base):
    __tablename__ = "plan_goals"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    tier: Mapped[str]
    target_year: Mapped[int]
    target_month: Mapped[int]
    actions: Mapped[str] = mapped_column(default="")
    achieved_on: Mapped[str | None]
    position: Mapped[int] = mapped_column(default=0)
    plan: Mapped[PlanRow] = relationship(back_populates="goals")


class ProgressRow(Base):
    __tablename__ = "progress"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    node_id: Mapped[str]
    learned_at: Mapped[str]


class NoteRow(Base):
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    node_id: Mapped[str]
    text: Mapped[str]
    updated_at: Mapped[str]


class BookmarkRow(Base):
    __tablename__ = "bookmarks"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    node_id: Mapped[str]
    created_at: Mapped[str]


class QuizAttemptRow(Base):
    __tablename__ = "quiz_attempts"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    seed: Mapped[int]
    total: Mapped[int]
    correct: Mapped[int]
    started_at: Mapped[str]
    finished_at: Mapped[str]


class MistakeRow(Base):
    __tablename__ = "quiz_mistakes"
    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    question_id: Mapped[str]
    rng_seed: Mapped[int]
    missed_count: Mapped[int] = mapped_column(default=1)
    last_missed_at: Mapped[str]
    resolved_at: Mapped[str | None]


# ---------------------------------------------------------------------------------------------
# Opening: checks, backup, migrations


def _now() -> str:
    """Local time with microseconds, so "newest first" holds for saves in the same second."""
    return datetime.now().isoformat(timespec="microseconds")


def _local(moment: datetime | None) -> datetime:
    """``moment`` (now when None) as naive local time, the way timestamps are stored."""
    if moment is None:
        return datetime.now()
    if moment.tzinfo is not None:
        return moment.astimezone().replace(tzinfo=None)
    return moment


def _stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def _parse_stamp(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _error_text(exc: BaseException) -> str:
    """The lower-case text of an error (of the DB-API error a SQLAlchemy error wraps)."""
    return str(getattr(exc, "orig", None) or exc).lower()


def is_damage_error(exc: BaseException) -> bool:
    """True when SQLite's error says the file is damaged or not a database."""
    text = _error_text(exc)
    return "malformed" in text or "not a database" in text or "corrupt" in text


def describe_error(exc: BaseException) -> str:
    text = _error_text(exc)
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    if "disk is full" in text:
        return "磁盘空间已满(或 U 盘已写满)"
    if "readonly" in text or "read-only" in text or "read only" in text:
        return "数据文件或所在的磁盘是只读的"
    if "locked" in text or "busy" in text:
        return "数据文件正被另一个程序(可能是另一个打开的本软件窗口)使用"
    if "disk i/o error" in text:
        return "读写磁盘时出错(U 盘是否已被拔出?)"
    if "unable to open" in text:
        return "无法打开数据文件"
    if is_damage_error(exc):
        return "数据文件已损坏"
    if "constraint" in text:
        return "数据不符合要求"
    if isinstance(exc, UnicodeError) or isinstance(getattr(exc, "orig", None), UnicodeError):
        return "文本中有无法保存的字符(残缺的字符)"
    return "数据库出错"


def _connect_raw(path: Path, busy_timeout: float) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _check_header(path: Path) -> bool:
    """False when there is no database yet (no file, or an empty one); True when the file starts
    like a SQLite database; raises NotADatabaseError otherwise."""
    try:
        if not path.exists() or path.stat().st_size == 0:
            return False
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreWriteError(f"无法读取个人数据文件:\n{path}\n\n原因:{describe_error(exc)}") from None
    if head != SQLITE_HEADER:
        raise NotADatabaseError(
            f"文件“{path}”不是本软件的数据文件(不是 SQLite 数据库),因此没有打开它,也没有做任何改动。\n\n"
            "请把这个文件移走或改名,或者用 --data-dir 选择另一个数据文件夹。"
        )
    return True


def _damaged(path: Path, detail: str) -> DamagedDatabaseError:
    return DamagedDatabaseError(
        f"个人数据文件已损坏,无法打开:\n{path}\n\n检查结果:{detail[:300]}\n\n"
        f"文件没有被改动。请把它复制一份交给老师,或在“{BACKUP_FOLDER}”文件夹中找以前的备份。"
    )


def _inspect(path: Path, busy_timeout: float) -> int:
    """The schema version of an existing file after an integrity check; raises for a bad file."""
    try:
        conn = _connect_raw(path, busy_timeout)
    except sqlite3.Error as exc:
        raise StoreWriteError(f"无法打开个人数据文件:\n{path}\n\n原因:{describe_error(exc)}") from None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise NewerDatabaseError(
                f"个人数据文件由更新版本的本软件创建(数据版本 {version},本软件只认识到版本 {SCHEMA_VERSION}):\n"
                f"{path}\n\n请更新本软件后再打开。为保护你的数据,文件没有被改动。"
            )
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            raise _damaged(path, ";".join(str(r) for r in rows))
        if 1 <= version < SCHEMA_VERSION:
            _backup(conn, path.parent, version)
        return version
    except sqlite3.DatabaseError as exc:
        if is_damage_error(exc):
            raise _damaged(path, str(exc)) from None
        raise StoreWriteError(f"无法打开个人数据文件:\n{path}\n\n原因:{describe_error(exc)}") from None
    finally:
        conn.close()


def _backup(conn: sqlite3.Connection, data_dir: Path, version: int) -> Path:
    folder = data_dir / BACKUP_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = free_backup_path(folder, datetime.now(), REASON_BEFORE_MIGRATION, version=version)
        copy = sqlite3.connect(str(target))
        try:
            conn.backup(copy)
        finally:
            copy.close()
    except (OSError, sqlite3.Error) as exc:
        raise StoreWriteError(
            f"升级个人数据前无法先做备份,因此没有升级,数据没有改动:\n{folder}\n\n原因:{describe_error(exc)}"
        ) from None
    return target


def _use_wal(conn: sqlite3.Connection, busy_timeout: float) -> None:
    """Switch to WAL; SQLite does not apply its busy timeout to this, so wait here while another
    window is writing (two starts at once on a new folder, or a restored single-file copy)."""
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc).lower() and "busy" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing steps up to ``target``, each in its own transaction; returns the new version.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    while True:
        conn.execute("BEGIN IMMEDIATE")  # the version is read under the write lock: another
        try:                              # window opening the same file may migrate first
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= target:
                conn.execute("COMMIT")
                return version
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(version + 1)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _make_engine(path: Path, busy_timeout: float) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": busy_timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin (the documented recipe).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # Take the write lock at the start: a deferred transaction that later wants to write
        # while another window writes fails at once with "database is locked" instead of waiting.
        read_only = conn.get_execution_options().get("netmkt_read_only", False)
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


# ---------------------------------------------------------------------------------------------
# Conversions


def _tier(code: str | None) -> Tier | None:
    try:
        return Tier.from_code(code) if code else None
    except KeyError:
        return None


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _to_plan(row: PlanRow) -> CareerPlan:
    goals = []
    for g in row.goals:
        tier = _tier(g.tier)
        if tier is None:  # written by something else: keep the plan readable
            continue
        goals.append(TierGoal(tier=tier, target_year=g.target_year, target_month=g.target_month,
                              actions=g.actions, achieved_on=_day(g.achieved_on), id=g.id))
    return CareerPlan(
        title=row.title, position_id=row.position_id, headcount=row.headcount,
        little_business=bool(row.little_business), middle_tier=_tier(row.middle_tier),
        current_tier=_tier(row.current_tier), student_name=row.student_name, class_name=row.class_name,
        occupation_id=row.occupation_id, work_type_id=row.work_type_id,
        years_experience=row.years_experience, goals=goals, content_version=row.content_version,
        id=row.id, profile_id=row.profile_id, created_at=row.created_at, updated_at=row.updated_at,
    )


def _fill(row: PlanRow, plan: CareerPlan) -> None:
    row.title = plan.title
    row.student_name = plan.student_name
    row.class_name = plan.class_name
    row.position_id = plan.position_id
    row.occupation_id = plan.occupation_id
    row.work_type_id = plan.work_type_id
    row.headcount = plan.headcount
    row.little_business = bool(plan.little_business)
    row.middle_tier = plan.middle_tier.code if plan.middle_tier else None
    row.current_tier = plan.current_tier.code if plan.current_tier else None
    row.years_experience = plan.years_experience
    row.content_version = plan.content_version


def _goal_rows(goals: list[TierGoal]) -> list[GoalRow]:
    return [
        GoalRow(tier=g.tier.code, target_year=g.target_year, target_month=g.target_month, actions=g.actions,
                achieved_on=g.achieved_on.isoformat() if g.achieved_on else None, position=n)
        for n, g in enumerate(goals)
    ]


def _profile(row: ProfileRow) -> Profile:
    return Profile(id=row.id, name=row.name, class_name=row.class_name, has_pin=row.pin_hash is not None)


def _attempt(row: QuizAttemptRow) -> QuizAttempt:
    return QuizAttempt(seed=row.seed, total=row.total, correct=row.correct, started_at=row.started_at,
                       finished_at=row.finished_at, id=row.id)


def _mistake(row: MistakeRow) -> QuizMistake:
    return QuizMistake(question_id=row.question_id, rng_seed=row.rng_seed, missed_count=row.missed_count,
                       last_missed_at=row.last_missed_at, resolved_at=row.resolved_at)


def _tuples(result: Iterable) -> list[tuple]:
    return [tuple(row) for row in result]


def _plan_key(plan: CareerPlan) -> str:
    """Everything a plan file holds of a plan: equal keys mean the same plan for the student."""
    return plan_to_json(plan, exported_at="")


# ---------------------------------------------------------------------------------------------


class Store:
    """The personal database of one data folder."""

    def __init__(self, engine: Engine, path: Path):
        self._engine: Engine | None = engine
        self.path = path

    @classmethod
    def open(cls, data_dir: Path, *, busy_timeout: float = 5.0) -> Store:
        """Open (or create) ``data_dir / DATABASE_NAME``, upgrading an older one after a backup."""
        data_dir = Path(data_dir)
        path = data_dir / DATABASE_NAME
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreWriteError(f"无法创建数据文件夹:\n{data_dir}\n\n原因:{describe_error(exc)}") from None
        if _check_header(path):
            _inspect(path, busy_timeout)
        try:
            conn = _connect_raw(path, busy_timeout)
            try:
                _use_wal(conn, busy_timeout)
                migrate(conn)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise StoreWriteError(
                f"无法准备个人数据文件,数据没有改动:\n{path}\n\n原因:{describe_error(exc)}") from None
        return cls(_make_engine(path, busy_timeout), path)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    # -- plumbing ------------------------------------------------------------------------------

    def _read(self, what: str):
        """A transaction that only reads: it takes no write lock, so it works on a read-only file."""
        return self._action(what, write=False)

    @contextmanager
    def _action(self, what: str, write: bool = True) -> Iterator[Session]:
        """One transaction for one user action; database failures become StoreWriteError."""
        if self._engine is None:
            raise StoreWriteError(f"{what}没有完成:个人数据文件已经关闭。")
        bind = self._engine if write else self._engine.execution_options(netmkt_read_only=True)
        try:
            with Session(bind, expire_on_commit=False) as session, session.begin():
                yield session
        except (sa_exc.SQLAlchemyError, sqlite3.Error, OSError, UnicodeError) as exc:
            raise StoreWriteError(
                f"{what}没有完成:{describe_error(exc)}。\n之前保存的数据没有改动。\n\n数据文件:{self.path}"
            ) from None

    @staticmethod
    def _plan_row(session: Session, plan_id: int | None, profile_id: int,
                  deleted: bool | None = False) -> PlanRow:
        query = select(PlanRow).where(PlanRow.id == plan_id, PlanRow.profile_id == profile_id)
        if deleted is not None:
            query = query.where(PlanRow.deleted_at.is_not(None) if deleted else PlanRow.deleted_at.is_(None))
        row = session.scalars(query).first()
        if row is None:
            raise NotFoundError("找不到这份规划(它可能已被删除)。")
        return row

    @staticmethod
    def _live_plans(session: Session, profile_id: int) -> Iterable[PlanRow]:
        """The profile's plans that are not deleted, the most recently changed first."""
        return session.scalars(select(PlanRow).where(PlanRow.profile_id == profile_id, PlanRow.deleted_at.is_(None))
                               .order_by(PlanRow.updated_at.desc(), PlanRow.id.desc()))

    @staticmethod
    def _check_profile(session: Session, profile_id: int) -> None:
        if session.get(ProfileRow, profile_id) is None:
            raise NotFoundError("找不到这个用户档案。")

    @staticmethod
    def _profile_row(session: Session, profile_id: int) -> ProfileRow:
        row = session.get(ProfileRow, profile_id)
        if row is None:
            raise NotFoundError("找不到这个用户档案(它可能已被删除)。")
        return row

    @staticmethod
    def _name_taken(session: Session, name: str, except_id: int | None = None) -> bool:
        query = select(ProfileRow.id).where(ProfileRow.name == name)
        if except_id is not None:
            query = query.where(ProfileRow.id != except_id)
        return session.scalars(query).first() is not None

    @staticmethod
    def _checked_names(name: str, class_name: str) -> tuple[str, str]:
        if not isinstance(name, str) or not isinstance(class_name, str):
            raise TypeError("用户档案的名字和班级应为文本")
        name = name.strip()
        class_name = class_name.strip()
        problems = check_profile_name(name) + check_class_name(class_name)
        if problems:
            raise ProfileNameError(problems[0])
        return name, class_name

    @staticmethod
    def _hashed_pin(pin: str) -> tuple[str, str]:
        problems = pins.check_pin(pin)
        if problems:
            raise PinFormatError(problems[0])
        return pins.hash_pin(pin)

    @staticmethod
    def _taken_error(name: str) -> ProfileNameError:
        return ProfileNameError(f"已经有名为“{name}”的用户档案了,请换一个名字(例如加上学号)。")

    # -- profiles ------------------------------------------------------------------------------

    def default_profile(self) -> Profile:
        """The first profile; "默认" is made on first use."""
        with self._action("打开用户档案") as s:
            row = s.scalars(select(ProfileRow).order_by(ProfileRow.id)).first()
            if row is None:
                now = _now()
                row = ProfileRow(name=DEFAULT_PROFILE_NAME, class_name="", created_at=now, last_used_at=now)
                s.add(row)
                s.flush()
            return _profile(row)

    def list_profiles(self) -> list[Profile]:
        with self._read("读取用户档案") as s:
            return [_profile(r) for r in s.scalars(select(ProfileRow).order_by(ProfileRow.id))]

    def get_profile(self, profile_id: int) -> Profile | None:
        with self._read("读取用户档案") as s:
            row = s.get(ProfileRow, profile_id)
            return _profile(row) if row is not None else None

    def create_profile(self, name: str, class_name: str = "", pin: str | None = None) -> Profile:
        """A new profile; the name (trimmed) must be unique and non-empty (else ProfileNameError)."""
        name, class_name = self._checked_names(name, class_name)
        pin_hash, pin_salt = self._hashed_pin(pin) if pin is not None else (None, None)
        with self._action("新建用户档案") as s:
            if self._name_taken(s, name):
                raise self._taken_error(name)
            now = _now()
            row = ProfileRow(name=name, class_name=class_name, pin_hash=pin_hash, pin_salt=pin_salt,
                             created_at=now, last_used_at=now, failed_pin_count=0)
            s.add(row)
            s.flush()
            return _profile(row)

    def rename_profile(self, profile_id: int, name: str, class_name: str | None = None) -> Profile:
        """New name (and class, unless None) for a profile; the name must stay unique."""
        name, checked_class = self._checked_names(name, "" if class_name is None else class_name)
        with self._action("修改用户档案") as s:
            row = self._profile_row(s, profile_id)
            if self._name_taken(s, name, except_id=profile_id):
                raise self._taken_error(name)
            row.name = name
            if class_name is not None:
                row.class_name = checked_class
            s.flush()
            return _profile(row)

    def delete_profile(self, profile_id: int) -> None:
        """The profile and everything it owns (plans, settings, study data) are deleted for good."""
        with self._action("删除用户档案") as s:
            if s.execute(delete(ProfileRow).where(ProfileRow.id == profile_id)).rowcount == 0:
                raise NotFoundError("找不到这个用户档案(它可能已被删除)。")

    def touch_profile(self, profile_id: int) -> None:
        """Record that the profile is being used now (see :meth:`last_used_profile`)."""
        with self._action("打开用户档案") as s:
            self._profile_row(s, profile_id).last_used_at = _now()

    def last_used_profile(self) -> Profile | None:
        with self._read("读取用户档案") as s:
            row = s.scalars(select(ProfileRow).order_by(ProfileRow.last_used_at.desc(), ProfileRow.id.desc())).first()
            return _profile(row) if row is not None else None

    # -- PIN -------------------------------------------------------------------------------------

    def set_pin(self, profile_id: int, pin: str | None) -> None:
        """Set (4–8 digits, else PinFormatError) or remove (None) the profile's PIN; clears any lock."""
        pin_hash, pin_salt = self._hashed_pin(pin) if pin is not None else (None, None)
        with self._action("保存 PIN") as s:
            row = self._profile_row(s, profile_id)
            row.pin_hash, row.pin_salt = pin_hash, pin_salt
            row.failed_pin_count = 0
            row.pin_locked_until = None

    def profile_has_pin(self, profile_id: int) -> bool:
        with self._read("读取用户档案") as s:
            return self._profile_row(s, profile_id).pin_hash is not None

    def check_profile_pin(self, profile_id: int, pin: str, now: datetime | None = None) -> pins.PinResult:
        """Check a PIN typed to open the profile (always ok for a profile without PIN).

        After 5 wrong PINs in a row the profile is locked for 30 s, each further wrong PIN doubles
        that up to 15 minutes; while locked nothing is checked.  The right PIN resets the count.
        """
        moment = _local(now)
        with self._action("检查 PIN") as s:
            row = self._profile_row(s, profile_id)
            state = pins.PinState(row.failed_pin_count or 0, _parse_stamp(row.pin_locked_until))
            result, after = pins.check_attempt(pin, row.pin_hash, row.pin_salt, state, moment)
            if after != state:
                row.failed_pin_count = after.failures
                row.pin_locked_until = _stamp(after.locked_until) if after.locked_until else None
            return result

    # -- settings ------------------------------------------------------------------------------

    def get_setting(self, profile_id: int, key: str, default: str | None = None) -> str | None:
        with self._read("读取设置") as s:
            value = s.scalars(select(SettingRow.value).where(
                SettingRow.profile_id == profile_id, SettingRow.key == key)).first()
            return default if value is None else value

    def set_setting(self, profile_id: int, key: str, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"设置值应为文本,实际为 {type(value).__name__}")
        with self._action("保存设置") as s:
            self._check_profile(s, profile_id)
            row = s.scalars(select(SettingRow).where(
                SettingRow.profile_id == profile_id, SettingRow.key == key)).first()
            if row is None:
                s.add(SettingRow(profile_id=profile_id, key=key, value=value))
            else:
                row.value = value

    # -- plans ---------------------------------------------------------------------------------

    def save_plan(self, plan: CareerPlan, profile_id: int) -> CareerPlan:
        """Insert (``plan.id`` None) or update in place, goals replaced; returns the stored plan."""
        with self._action("保存规划") as s:
            self._check_profile(s, profile_id)
            now = _now()
            if plan.id is None:
                row = PlanRow(profile_id=profile_id, created_at=now, updated_at=now)
                s.add(row)
            else:
                row = self._plan_row(s, plan.id, profile_id)
                row.updated_at = now
                row.goals.clear()
                s.flush()  # old goals go before the new ones arrive
            _fill(row, plan)
            row.goals.extend(_goal_rows(plan.goals))
            s.flush()
            return _to_plan(row)

    def list_plans(self, profile_id: int) -> list[CareerPlan]:
        """The profile's plans that are not deleted, the most recently changed first."""
        with self._read("读取规划") as s:
            return [_to_plan(r) for r in self._live_plans(s, profile_id)]

    def get_plan(self, plan_id: int, profile_id: int) -> CareerPlan | None:
        with self._read("读取规划") as s:
            try:
                return _to_plan(self._plan_row(s, plan_id, profile_id))
            except NotFoundError:
                return None

    def delete_plan(self, plan_id: int, profile_id: int) -> None:
        """Soft delete: the plan disappears from lists until :meth:`restore_plan`."""
        with self._action("删除规划") as s:
            self._plan_row(s, plan_id, profile_id).deleted_at = _now()

    def restore_plan(self, plan_id: int, profile_id: int) -> None:
        with self._action("恢复规划") as s:
            self._plan_row(s, plan_id, profile_id, deleted=None).deleted_at = None

    def duplicate_plan(self, plan_id: int, profile_id: int) -> CareerPlan:
        """A copy titled "…(副本)" (shortened to fit the title limit), goals included."""
        with self._action("复制规划") as s:
            source = _to_plan(self._plan_row(s, plan_id, profile_id))
            title = source.title[: TITLE_LIMIT - len(COPY_SUFFIX)] + COPY_SUFFIX
            now = _now()
            row = PlanRow(profile_id=profile_id, created_at=now, updated_at=now)
            _fill(row, replace(source, title=title))
            row.goals.extend(_goal_rows(source.goals))
            s.add(row)
            s.flush()
            return _to_plan(row)

    def set_goal_achieved(self, goal_id: int, profile_id: int, achieved_on: date | None) -> None:
        with self._action("保存达成日期") as s:
            goal = s.scalars(select(GoalRow).join(PlanRow).where(
                GoalRow.id == goal_id, PlanRow.profile_id == profile_id, PlanRow.deleted_at.is_(None))).first()
            if goal is None:
                raise NotFoundError("找不到这个目标(它所在的规划可能已被删除)。")
            goal.achieved_on = achieved_on.isoformat() if achieved_on else None
            goal.plan.updated_at = _now()

    # -- study data: progress, notes, bookmarks --------------------------------------------------

    def set_learned(self, profile_id: int, node_id: str, learned: bool) -> None:
        """Mark a content node as learned (the first time is kept) or not learned."""
        node_id = _node_id(node_id)
        with self._action("保存学习进度") as s:
            self._check_profile(s, profile_id)
            row = s.scalars(select(ProgressRow).where(
                ProgressRow.profile_id == profile_id, ProgressRow.node_id == node_id)).first()
            if learned and row is None:
                s.add(ProgressRow(profile_id=profile_id, node_id=node_id, learned_at=_now()))
            elif not learned and row is not None:
                s.delete(row)

    def learned_nodes(self, profile_id: int) -> set[str]:
        with self._read("读取学习进度") as s:
            return set(s.scalars(select(ProgressRow.node_id).where(ProgressRow.profile_id == profile_id)))

    def get_note(self, profile_id: int, node_id: str) -> str:
        """The profile's note on a node; "" when there is none."""
        node_id = _node_id(node_id)
        with self._read("读取笔记") as s:
            text = s.scalars(select(NoteRow.text).where(
                NoteRow.profile_id == profile_id, NoteRow.node_id == node_id)).first()
            return text or ""

    def save_note(self, profile_id: int, node_id: str, text: str) -> None:
        """Save the note as typed; an empty or whitespace-only text deletes it.

        Too long a text or control characters raise :class:`InvalidInputError` (nothing changed).
        """
        node_id = _node_id(node_id)
        if not isinstance(text, str):
            raise TypeError(f"笔记应为文本,实际为 {type(text).__name__}")
        problems = check_note_text(text)
        if problems:
            raise InvalidInputError(problems[0])
        with self._action("保存笔记") as s:
            self._check_profile(s, profile_id)
            row = s.scalars(select(NoteRow).where(NoteRow.profile_id == profile_id, NoteRow.node_id == node_id)).first()
            if not text.strip():
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(NoteRow(profile_id=profile_id, node_id=node_id, text=text, updated_at=_now()))
            elif row.text != text:
                row.text = text
                row.updated_at = _now()

    def notes(self, profile_id: int) -> dict[str, str]:
        """Node id → note text for every note of the profile."""
        with self._read("读取笔记") as s:
            return dict(s.execute(select(NoteRow.node_id, NoteRow.text).where(NoteRow.profile_id == profile_id)
                                  .order_by(NoteRow.id)).all())

    def notes_with_times(self, profile_id: int) -> list[tuple[str, str, str]]:
        """(node id, text, updated_at) for every note of the profile, the most recently changed first."""
        with self._read("读取笔记") as s:
            return self._notes_with_times(s, profile_id)

    @staticmethod
    def _notes_with_times(s: Session, profile_id: int) -> list[tuple[str, str, str]]:
        return _tuples(s.execute(select(NoteRow.node_id, NoteRow.text, NoteRow.updated_at)
                              .where(NoteRow.profile_id == profile_id)
                              .order_by(NoteRow.updated_at.desc(), NoteRow.id.desc())))

    def set_bookmark(self, profile_id: int, node_id: str, on: bool) -> None:
        node_id = _node_id(node_id)
        with self._action("保存书签") as s:
            self._check_profile(s, profile_id)
            row = s.scalars(select(BookmarkRow).where(
                BookmarkRow.profile_id == profile_id, BookmarkRow.node_id == node_id)).first()
            if on and row is None:
                s.add(BookmarkRow(profile_id=profile_id, node_id=node_id, created_at=_now()))
            elif not on and row is not None:
                s.delete(row)

    def bookmarks(self, profile_id: int) -> list[str]:
        """Bookmarked node ids, the oldest bookmark first."""
        with self._read("读取书签") as s:
            return list(s.scalars(select(BookmarkRow.node_id).where(BookmarkRow.profile_id == profile_id)
                                  .order_by(BookmarkRow.created_at, BookmarkRow.id)))

    # -- quiz history and the mistakes book (错题本) ------------------------------------------------

    def record_quiz_attempt(self, profile_id: int, seed: int, total: int, correct: int,
                            missed: Iterable[tuple[str, int]], answered_right: Iterable[str] = (), *,
                            started_at: datetime | None = None) -> int:
        """Save a finished quiz and update the mistakes book; returns the attempt's id.

        ``missed``: (question id, rng_seed) of each question answered wrongly; each is added to the
        mistakes book, or counted once more there (reopened if it was resolved, with the new rng_seed).
        ``answered_right``: ids of questions answered right; open mistakes among them are resolved.
        """
        seed = _integer(seed, "测验种子")
        total = _integer(total, "题目数", 0, 1_000_000)
        correct = _integer(correct, "答对题数", 0, total)
        misses: dict[str, int] = {}
        for question_id, rng_seed in missed:
            misses[_question_id(question_id)] = _integer(rng_seed, "题目种子")
        right = {_question_id(q) for q in answered_right} - set(misses)
        started = _stamp(_local(started_at)) if started_at is not None else None
        with self._action("保存测验成绩") as s:
            self._check_profile(s, profile_id)
            now = _now()
            attempt = QuizAttemptRow(profile_id=profile_id, seed=seed, total=total, correct=correct,
                                     started_at=started or now, finished_at=now)
            s.add(attempt)
            if right:
                for row in s.scalars(select(MistakeRow).where(
                        MistakeRow.profile_id == profile_id, MistakeRow.question_id.in_(right),
                        MistakeRow.resolved_at.is_(None))):
                    row.resolved_at = now
            if misses:
                known = {r.question_id: r for r in s.scalars(select(MistakeRow).where(
                    MistakeRow.profile_id == profile_id, MistakeRow.question_id.in_(list(misses))))}
                for question_id, rng_seed in misses.items():
                    row = known.get(question_id)
                    if row is None:
                        s.add(MistakeRow(profile_id=profile_id, question_id=question_id, rng_seed=rng_seed,
                                         missed_count=1, last_missed_at=now, resolved_at=None))
                    else:
                        row.rng_seed = rng_seed
                        row.missed_count += 1
                        row.last_missed_at = now
                        row.resolved_at = None
            s.flush()
            return attempt.id

    def quiz_attempts(self, profile_id: int) -> list[QuizAttempt]:
        """The profile's finished quizzes, the newest first."""
        with self._read("读取测验记录") as s:
            return self._quiz_attempts(s, profile_id)

    @staticmethod
    def _quiz_attempts(s: Session, profile_id: int) -> list[QuizAttempt]:
        return [_attempt(r) for r in s.scalars(select(QuizAttemptRow).where(QuizAttemptRow.profile_id == profile_id)
                                               .order_by(QuizAttemptRow.finished_at.desc(), QuizAttemptRow.id.desc()))]

    def open_mistakes(self, profile_id: int) -> list[tuple[str, int]]:
        """(question id, rng_seed) of the unresolved mistakes, the most recently missed first."""
        with self._read("读取错题本") as s:
            return _tuples(s.execute(select(MistakeRow.question_id, MistakeRow.rng_seed).where(
                MistakeRow.profile_id == profile_id, MistakeRow.resolved_at.is_(None))
                .order_by(MistakeRow.last_missed_at.desc(), MistakeRow.id.desc())))

    def quiz_mistakes(self, profile_id: int) -> list[QuizMistake]:
        """The whole mistakes book, resolved entries included, the most recently missed first."""
        with self._read("读取错题本") as s:
            return self._quiz_mistakes(s, profile_id)

    @staticmethod
    def _quiz_mistakes(s: Session, profile_id: int) -> list[QuizMistake]:
        return [_mistake(r) for r in s.scalars(select(MistakeRow).where(MistakeRow.profile_id == profile_id)
                                               .order_by(MistakeRow.last_missed_at.desc(), MistakeRow.id.desc()))]

    def resolve_mistake(self, profile_id: int, question_id: str) -> None:
        """Mark a mistake as mastered (已掌握); a resolved one stays as it is."""
        question_id = _question_id(question_id)
        with self._action("保存错题本") as s:
            row = s.scalars(select(MistakeRow).where(
                MistakeRow.profile_id == profile_id, MistakeRow.question_id == question_id)).first()
            if row is None:
                raise NotFoundError("错题本里没有这道题。")
            if row.resolved_at is None:
                row.resolved_at = _now()

    # -- export and import of one profile's data ("导出我的数据" / "导入我的数据") ----------------------

    def export_profile(self, profile_id: int) -> bytes:
        """One profile's data as a UTF-8 JSON document (see :mod:`netmkt_desktop.profile_file`).

        It holds the name and class, settings, plans (not the deleted ones) and study data of this
        profile only; never its PIN.
        """
        from netmkt_desktop.profile_file import ProfileData, profile_data_to_json

        with self._read("导出数据") as s:
            row = self._profile_row(s, profile_id)
            plans = self._live_plans(s, profile_id)
            data = ProfileData(
                name=row.name,
                class_name=row.class_name,
                settings=dict(s.execute(select(SettingRow.key, SettingRow.value).where(
                    SettingRow.profile_id == profile_id).order_by(SettingRow.key)).all()),
                plans=[_to_plan(p) for p in plans],
                progress=_tuples(s.execute(select(ProgressRow.node_id, ProgressRow.learned_at).where(
                    ProgressRow.profile_id == profile_id).order_by(ProgressRow.learned_at, ProgressRow.id))),
                notes=self._notes_with_times(s, profile_id),
                bookmarks=_tuples(s.execute(select(BookmarkRow.node_id, BookmarkRow.created_at).where(
                    BookmarkRow.profile_id == profile_id).order_by(BookmarkRow.created_at, BookmarkRow.id))),
                quiz_attempts=self._quiz_attempts(s, profile_id),
                quiz_mistakes=self._quiz_mistakes(s, profile_id),
            )
        return profile_data_to_json(data)

    def import_profile(self, data: bytes, target_profile_id: int | None = None,
                       new_name: str | None = None) -> Profile:
        """Import a file made by :meth:`export_profile`; returns the profile that received the data.

        The whole file is checked first (anything wrong: :class:`ProfileFileError`, nothing changed),
        then written in one transaction.  Without ``target_profile_id`` a new profile is made, named
        ``new_name`` or the file's name (made unique with "(2)", "(3)" …).  With it the data is merged
        into that profile: plans are added (unless an identical one is there), progress and bookmarks
        added, a note replaces the profile's note on the same node unless that one is newer, mistakes
        are combined, settings the profile already has are kept; quiz attempts already there are not
        added twice.
        """
        from netmkt_desktop.profile_file import read_profile_data

        if target_profile_id is not None and new_name is not None:
            raise ValueError("new_name 只用于导入为新的用户档案")
        parsed = read_profile_data(data)
        if new_name is not None:
            new_name, _ = self._checked_names(new_name, "")
        with self._action("导入数据") as s:
            if target_profile_id is None:
                if new_name is not None and self._name_taken(s, new_name):
                    raise self._taken_error(new_name)
                now = _now()
                row = ProfileRow(name=new_name or self._unique_name(s, parsed.name), class_name=parsed.class_name,
                                 created_at=now, last_used_at=now, failed_pin_count=0)
                s.add(row)
                s.flush()
            else:
                row = self._profile_row(s, target_profile_id)
            self._write_profile_data(s, row.id, parsed)
            s.flush()
            return _profile(row)

    @staticmethod
    def _unique_name(s: Session, name: str) -> str:
        taken = set(s.scalars(select(ProfileRow.name)))
        candidate, n = name, 2
        while candidate in taken:
            suffix = f"({n})"
            candidate = name[: NAME_LIMIT - len(suffix)] + suffix
            n += 1
        return candidate

    @staticmethod
    def _write_profile_data(s: Session, profile_id: int, data: ProfileData) -> None:
        """Add ``data`` to the profile (new or existing); see :meth:`import_profile` for the merge rules."""
        pid = profile_id
        have_settings = set(s.scalars(select(SettingRow.key).where(SettingRow.profile_id == pid)))
        rows = [{"profile_id": pid, "key": k, "value": v} for k, v in data.settings.items() if k not in have_settings]
        if rows:
            s.execute(insert(SettingRow), rows)

        have_plans = {_plan_key(_to_plan(r)) for r in s.scalars(
            select(PlanRow).where(PlanRow.profile_id == pid, PlanRow.deleted_at.is_(None)))}
        for plan in reversed(data.plans):  # the file lists the newest first: it is saved last
            if _plan_key(plan) in have_plans:
                continue
            now = _now()
            row = PlanRow(profile_id=pid, created_at=now, updated_at=now)
            _fill(row, plan)
            row.goals.extend(_goal_rows(plan.goals))
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

        have_attempts = {(a.seed, a.total, a.correct, a.started_at, a.finished_at)
                         for a in Store._quiz_attempts(s, pid)}
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
                             "resolved_at": m.resolved_at})
                continue
            # the record whose latest event (a miss or the resolving) is later decides the state
            if (m.resolved_at or m.last_missed_at) >= (row.resolved_at or row.last_missed_at):
                row.rng_seed, row.resolved_at = m.rng_seed, m.resolved_at
            row.missed_count = max(row.missed_count, m.missed_count)
            row.last_missed_at = max(row.last_missed_at, m.last_missed_at)
        if rows:
            s.execute(insert(MistakeRow), rows)

