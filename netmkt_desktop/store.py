"""The personal store: profiles, settings and career plans in one SQLite file (no Qt).

SQLAlchemy is imported here and nowhere else, so the app imports this module only after its
window is on screen.  Every public method is one user action: one session, one transaction, all or
nothing.  Sessions never leave this module.

The schema is written as raw SQL migration steps (:data:`MIGRATIONS`); ``PRAGMA user_version``
holds the number of steps applied.  Before an existing database is upgraded a copy is made with
SQLite's online backup API in ``<data_dir>/backups/``.  The ORM classes below only map the current
schema.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import ForeignKey, create_engine, event, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, relationship

from netmkt_desktop.paths import DATABASE_NAME
from netmkt_desktop.plans import COPY_SUFFIX, TITLE_LIMIT, CareerPlan, TierGoal
from netmkt_desktop.tiers import Tier

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_FOLDER = "backups"
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
)
SCHEMA_VERSION = len(MIGRATIONS)


# ---------------------------------------------------------------------------------------------
# Errors (messages are for the student)


class StoreError(Exception):
    """The personal data cannot be opened or changed; ``str(exc)`` explains it in plain Chinese."""


class NotADatabaseError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    pass


class NewerDatabaseError(StoreError):
    pass


class StoreWriteError(StoreError):
    pass


class NotFoundError(StoreError):
    """The plan, goal or profile does not exist (or belongs to another profile)."""


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


@dataclass(frozen=True)
class Profile:
    id: int
    name: str
    class_name: str = ""


# ---------------------------------------------------------------------------------------------
# Opening: checks, backup, migrations


def _now() -> str:
    """Local time with microseconds, so "newest first" holds for saves in the same second."""
    return datetime.now().isoformat(timespec="microseconds")


def _reason(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).lower()
    if isinstance(exc, OSError):
        import errno

        return {errno.ENOSPC: "磁盘空间已满(或 U 盘已写满)", errno.EROFS: "这是只读的磁盘或文件夹",
                errno.EACCES: "没有写入权限", errno.EPERM: "没有写入权限"}.get(
                    exc.errno, exc.strerror or str(exc))
    if "disk is full" in text or "database or disk is full" in text:
        return "磁盘空间已满(或 U 盘已写满)"
    if "readonly" in text or "read-only" in text or "read only" in text:
        return "数据文件或所在的磁盘是只读的"
    if "locked" in text or "busy" in text:
        return "数据文件正被另一个程序(可能是另一个打开的本软件窗口)使用"
    if "disk i/o error" in text:
        return "读写磁盘时出错(U 盘是否已被拔出?)"
    if "unable to open" in text:
        return "无法打开数据文件"
    if "malformed" in text or "not a database" in text:
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


def _check_header(path: Path) -> None:
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreWriteError(f"无法读取个人数据文件:\n{path}\n\n原因:{_reason(exc)}") from None
    if head != SQLITE_HEADER:
        raise NotADatabaseError(
            f"文件“{path}”不是本软件的数据文件(不是 SQLite 数据库),因此没有打开它,也没有做任何改动。\n\n"
            "请把这个文件移走或改名,或者用 --data-dir 选择另一个数据文件夹。"
        )


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
        raise StoreWriteError(f"无法打开个人数据文件:\n{path}\n\n原因:{_reason(exc)}") from None
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
        text = str(exc).lower()
        if "malformed" in text or "not a database" in text or "corrupt" in text:
            raise _damaged(path, str(exc)) from None
        raise StoreWriteError(f"无法打开个人数据文件:\n{path}\n\n原因:{_reason(exc)}") from None
    finally:
        conn.close()


def _backup(conn: sqlite3.Connection, data_dir: Path, version: int) -> Path:
    folder = data_dir / BACKUP_FOLDER
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"before-migration-v{version}-{stamp}.sqlite3"
        n = 2
        while target.exists():
            target = folder / f"before-migration-v{version}-{stamp}-{n}.sqlite3"
            n += 1
        copy = sqlite3.connect(str(target))
        try:
            conn.backup(copy)
        finally:
            copy.close()
    except (OSError, sqlite3.Error) as exc:
        raise StoreWriteError(
            f"升级个人数据前无法先做备份,因此没有升级,数据没有改动:\n{folder}\n\n原因:{_reason(exc)}"
        ) from None
    return target


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the missing steps up to ``target``, each in its own transaction; returns the new version.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        version = number
    return version


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
        conn.exec_driver_sql("BEGIN")

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
    return Profile(id=row.id, name=row.name, class_name=row.class_name)


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
            raise StoreWriteError(f"无法创建数据文件夹:\n{data_dir}\n\n原因:{_reason(exc)}") from None
        _check_header(path)
        if path.exists() and path.stat().st_size > 0:
            _inspect(path, busy_timeout)
        try:
            conn = _connect_raw(path, busy_timeout)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                migrate(conn)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise StoreWriteError(
                f"无法准备个人数据文件,数据没有改动:\n{path}\n\n原因:{_reason(exc)}") from None
        return cls(_make_engine(path, busy_timeout), path)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    # -- plumbing ------------------------------------------------------------------------------

    @contextmanager
    def _action(self, what: str) -> Iterator[Session]:
        """One transaction for one user action; database failures become StoreWriteError."""
        if self._engine is None:
            raise StoreWriteError(f"{what}没有完成:个人数据文件已经关闭。")
        try:
            with Session(self._engine, expire_on_commit=False) as session, session.begin():
                yield session
        except (sa_exc.SQLAlchemyError, sqlite3.Error, OSError, UnicodeError) as exc:
            raise StoreWriteError(
                f"{what}没有完成:{_reason(exc)}。\n之前保存的数据没有改动。\n\n数据文件:{self.path}"
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
    def _check_profile(session: Session, profile_id: int) -> None:
        if session.get(ProfileRow, profile_id) is None:
            raise NotFoundError("找不到这个用户档案。")

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
        with self._action("读取用户档案") as s:
            return [_profile(r) for r in s.scalars(select(ProfileRow).order_by(ProfileRow.id))]

    def create_profile(self, name: str, class_name: str = "") -> Profile:
        if not name.strip():
            raise StoreWriteError("用户档案的名字不能为空。")
        with self._action("新建用户档案") as s:
            now = _now()
            row = ProfileRow(name=name, class_name=class_name, created_at=now, last_used_at=now)
            s.add(row)
            s.flush()
            return _profile(row)

    # -- settings ------------------------------------------------------------------------------

    def get_setting(self, profile_id: int, key: str, default: str | None = None) -> str | None:
        with self._action("读取设置") as s:
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
        with self._action("读取规划") as s:
            rows = s.scalars(select(PlanRow).where(PlanRow.profile_id == profile_id, PlanRow.deleted_at.is_(None))
                             .order_by(PlanRow.updated_at.desc(), PlanRow.id.desc()))
            return [_to_plan(r) for r in rows]

    def get_plan(self, plan_id: int, profile_id: int) -> CareerPlan | None:
        with self._action("读取规划") as s:
            row = s.scalars(select(PlanRow).where(PlanRow.id == plan_id, PlanRow.profile_id == profile_id,
                                                  PlanRow.deleted_at.is_(None))).first()
            return _to_plan(row) if row is not None else None

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
