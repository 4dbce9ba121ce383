"""Career plans (职业生涯规划): plain data, validation and the plan file format (pure Python).

A plan refers to content by stable node id (``position_id``, ``occupation_id``, ``work_type_id``)
and records the content version it was made with, so newer content never breaks an old plan.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from netmkt_desktop.errors import ErrorCode, PlanFileError
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.tiers import CompanySize, Tier, sizes_for_headcount, structure_for_size
from netmkt_desktop.validation import (
    CLASS_LIMIT,
    GOAL_TEXT_LIMIT,
    NAME_LIMIT,
    PLAN_FILE_MAX_BYTES,
    TITLE_LIMIT,
    FieldReader,
    check_class_name,
    check_goal_text,
    check_student_name,
    check_title,
    type_name,
)

# A company whose headcount the student does not know (stored as headcount 0): every tier is listed.
UNKNOWN_SIZE_LABEL = N_("core", "企业人数不清楚")
UNKNOWN_SIZE_NOTE = N_(
    "core", "不清楚企业人数,所以列出了全部四个层级。教材说,企业规模不同,设置的岗位层级也有所不同;知道人数后可以再修改。")


@dataclass
class TierGoal:
    """One step of the plan: reach ``tier`` by ``target`` (year, month) doing ``actions``."""

    tier: Tier
    target_year: int
    target_month: int
    actions: str = ""
    achieved_on: date | None = None
    id: int | None = None  # database row id once saved

    @property
    def achieved(self) -> bool:
        return self.achieved_on is not None

    @property
    def target_key(self) -> tuple[int, int]:
        return (self.target_year, self.target_month)

    @property
    def target_label(self) -> str:
        return f"{self.target_year}年{self.target_month}月"


@dataclass
class CareerPlan:
    title: str
    position_id: str
    headcount: int = 0
    little_business: bool = False
    # For a 500–999 company: SUPERVISOR or MANAGER.  At exactly 500 staff, which the textbook's
    # "500人以上" and "500人以下" both include, None means the student reads it as 500人以下 (专员 and 经理).
    middle_tier: Tier | None = None
    current_tier: Tier | None = None  # None: 在校学生 (no tier yet)
    student_name: str = ""
    class_name: str = ""
    occupation_id: str = ""
    work_type_id: str = ""
    years_experience: int | None = None
    goals: list[TierGoal] = field(default_factory=list)
    content_version: str = ""
    id: int | None = None  # database row id once saved
    profile_id: int | None = None
    created_at: str = ""
    updated_at: str = ""
    # The plan's stable id (a lower-case UUID given by the store; "" before it is saved): every
    # hand-in of the plan carries it, and a teacher's returned comment attaches by it.
    uid: str = ""
    handin_version: int = 0  # the version of the plan's last hand-in (0: never handed in)
    # The teacher's feedback from a returned hand-in (导入批改), printed at the end of the
    # 职业生涯规划书: the 评语, the 等级 as a handin.Grade value ("excellent" …) and the hand-in
    # version it answers; empty until a comment is imported.  Not part of a plan file.
    teacher_comment: str = ""
    teacher_grade: str = ""
    reviewed_version: int = 0

    @property
    def size_known(self) -> bool:
        """False when the student does not know the company's headcount (``headcount`` 0 without the
        little-business flag): the plan then lists every tier."""
        return self.little_business or self.headcount > 0

    @property
    def company_size(self) -> CompanySize | None:
        """The textbook's size class of the company; None when its headcount is not known."""
        if not self.size_known:
            return None
        sizes = sizes_for_headcount(self.headcount, self.little_business)
        if len(sizes) > 1 and self.middle_tier is None:
            return sizes[1]  # exactly 500 staff, read as 500人以下
        return sizes[0]

    @property
    def listed_tiers(self) -> tuple[Tier, ...]:
        """The tiers the textbook lists for the plan's company size, bottom up (a guideline, not a rule);
        all four when the size is not known."""
        if self.company_size is None:
            return tuple(Tier)
        structure = structure_for_size(self.company_size)
        middle = self.middle_tier if structure.has_choice else None
        if structure.has_choice and middle is None:
            middle = structure.middle_choices[0]
        return structure.resolve(middle)

    @property
    def ladder(self) -> tuple[Tier, ...]:
        """The plan's steps, bottom up: the listed tiers and any other tier the student holds or aims at."""
        chosen = set(self.listed_tiers) | {g.tier for g in self.goals}
        if self.current_tier is not None:
            chosen.add(self.current_tier)
        return tuple(sorted(chosen))

    def is_listed(self, tier: Tier) -> bool:
        """False for a tier the textbook says this size of company generally does not have
        (shown with :data:`~netmkt_desktop.tiers.UNLISTED_TIER_NOTE`, never refused)."""
        return tier in self.listed_tiers

    @property
    def achieved_count(self) -> int:
        return sum(1 for g in self.goals if g.achieved)


def company_text(plan: CareerPlan, tr=lambda text: text) -> str:
    """The plan's company size for the reader: the textbook's size class, or 企业人数不清楚."""
    size = plan.company_size
    return tr(UNKNOWN_SIZE_LABEL) if size is None else tr(size.label)


# ---------------------------------------------------------------------------------------------
# Validation helpers (the wizard calls these; each returns a list of problems in plain Chinese)

PLAN_FILE_FORMAT = "netmkt-career-plan"
PLAN_FILE_VERSION = 1  # what plan_to_json writes: a plain plan file, readable by every version of the app
PLAN_FILE_MAX_VERSION = 2  # the newest this app reads: 2 adds the hand-in fields (netmkt_desktop.handin)
PLAN_FILE_MAX_CHARS = PLAN_FILE_MAX_BYTES  # a file of at most PLAN_FILE_MAX_BYTES bytes has no more characters
HEADCOUNT_LIMIT = 10_000_000
YEARS_EXPERIENCE_LIMIT = 80
YEAR_MIN = 1900
YEAR_MAX = 2200
ID_LIMIT = 128
CONTENT_VERSION_LIMIT = 200
COPY_SUFFIX = N_("plans", "(副本)")  # after a copied plan's title; translate it when making the copy


def _tier_name(tier: Tier) -> str:
    return translate("core", tier.full_label)


def _month(goal: TierGoal) -> str:
    return translate("core", "{year}年{month}月").format(year=goal.target_year, month=goal.target_month)


def check_goal(goal: TierGoal) -> list[str]:
    """Month 1–12, a sensible year and actions text within GOAL_TEXT_LIMIT (tabs and line breaks allowed)."""
    problems = []
    name = _tier_name(goal.tier)
    if not YEAR_MIN <= goal.target_year <= YEAR_MAX:
        problems.append(translate("plans", "{tier}的目标年份应在 {low}–{high} 之间,现在是 {year}。").format(
            tier=name, low=YEAR_MIN, high=YEAR_MAX, year=goal.target_year))
    if not 1 <= goal.target_month <= 12:
        problems.append(translate("plans", "{tier}的目标月份应在 1–12 之间,现在是 {month}。").format(
            tier=name, month=goal.target_month))
    return problems + check_goal_text(goal.actions, name, translate)


def check_goal_order(goals: list[TierGoal]) -> list[str]:
    """A higher tier may not be reached before a lower one (the same month is fine); one goal per tier."""
    problems = []
    seen: set[Tier] = set()
    for goal in goals:
        if goal.tier in seen:
            problems.append(translate("plans", "{tier}只能有一个目标。").format(tier=_tier_name(goal.tier)))
        seen.add(goal.tier)
    latest: TierGoal | None = None  # the lower-tier goal with the latest target so far
    for goal in sorted(goals, key=lambda g: g.tier):
        if latest is not None and latest.tier < goal.tier and goal.target_key < latest.target_key:
            problems.append(translate(
                "plans", "{tier}的目标时间({month})早于{lower}({lower_month}):高一级的目标不能先于低一级达成。").format(
                tier=_tier_name(goal.tier), month=_month(goal), lower=_tier_name(latest.tier),
                lower_month=_month(latest)))
        if latest is None or goal.target_key > latest.target_key:
            latest = goal
    return problems


def achieved_after(goals: list[TierGoal], today: date) -> list[TierGoal]:
    """Goals whose 达成日期 lies after ``today``: a goal is reached on a day that has come (the form
    and the store refuse such a date when it is typed, an import when a file holds one)."""
    return [g for g in goals if g.achieved_on is not None and g.achieved_on > today]


def goals_in_past(goals: list[TierGoal], today: date) -> list[TierGoal]:
    """Goals not yet achieved whose target month lies before the month of ``today``."""
    now = (today.year, today.month)
    return [g for g in goals if not g.achieved and g.target_key < now]


def allowed_goal_tiers(plan: CareerPlan) -> tuple[Tier, ...]:
    """The tiers a goal may aim at: every tier above the current one (all four for a student).

    The tiers the textbook lists for a company size are guidelines ("基本", "主要设"): a tier it
    does not list is allowed, and shown with a note (see :meth:`CareerPlan.is_listed`).
    """
    return tuple(t for t in Tier if plan.current_tier is None or t > plan.current_tier)


def check_plan(plan: CareerPlan) -> list[str]:
    """Every check a complete plan must pass before it is saved."""
    problems = (check_title(plan.title, translate) + check_student_name(plan.student_name, translate)
                + check_class_name(plan.class_name, translate))
    if not plan.position_id:
        problems.append(translate("plans", "请选择目标岗位。"))
    allowed = allowed_goal_tiers(plan)
    for goal in plan.goals:
        problems += check_goal(goal)
        if goal.tier not in allowed:
            problems.append(translate("plans", "{tier}不在这份规划可选的目标层级中。").format(tier=_tier_name(goal.tier)))
    problems += check_goal_order(plan.goals)
    return problems


# ---------------------------------------------------------------------------------------------
# Suggestions and references to content

_KIND_LABELS = {"position": N_("core", "岗位"), "occupation": N_("core", "职业"), "work_type": N_("core", "工种")}


def missing_references(plan: CareerPlan, content) -> list[str]:
    """What the plan refers to that the content no longer has, in the interface language (empty when all is there)."""
    found = []
    for kind, node_id in (("position", plan.position_id), ("occupation", plan.occupation_id),
                          ("work_type", plan.work_type_id)):
        if not node_id:
            continue
        node = content.node(node_id)
        if node is None or node.kind.value != kind:
            label = translate("core", _KIND_LABELS[kind])
            made = (translate("plans", "(规划制作时的内容版本:{version})").format(version=plan.content_version)
                    if plan.content_version else "")
            found.append(translate("plans", "这份规划所选的{kind}“{id}”已不在当前内容中{made}").format(
                kind=label, id=node_id, made=made))
    return found


# ---------------------------------------------------------------------------------------------
# The plan file (see docs/plan-format.md)


_PLAN_KEYS = {
    "title", "student_name", "class_name", "position_id", "occupation_id", "work_type_id", "headcount",
    "little_business", "middle_tier", "current_tier", "years_experience", "content_version", "goals",
}
_GOAL_KEYS = {"tier", "target_year", "target_month", "actions", "achieved_on"}


def plan_to_dict(plan: CareerPlan) -> dict:
    """The ``plan`` object of a plan file (see docs/plan-format.md): content ids, company, goals."""
    return {
        "title": plan.title,
        "student_name": plan.student_name,
        "class_name": plan.class_name,
        "position_id": plan.position_id,
        "occupation_id": plan.occupation_id,
        "work_type_id": plan.work_type_id,
        "headcount": plan.headcount,
        "little_business": plan.little_business,
        "middle_tier": plan.middle_tier.code if plan.middle_tier else None,
        "current_tier": plan.current_tier.code if plan.current_tier else None,
        "years_experience": plan.years_experience,
        "content_version": plan.content_version,
        "goals": [
            {
                "tier": g.tier.code,
                "target_year": g.target_year,
                "target_month": g.target_month,
                "actions": g.actions,
                "achieved_on": g.achieved_on.isoformat() if g.achieved_on else None,
            }
            for g in plan.goals
        ],
    }


def utc_stamp(moment=None) -> str:
    """``moment`` (default: now) as ISO 8601 UTC to the second, e.g. ``2026-11-27T08:00:00Z``."""
    from datetime import datetime, timezone

    moment = datetime.now(timezone.utc) if moment is None else moment.astimezone(timezone.utc)
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def plan_to_json(plan: CareerPlan, exported_at: str | None = None) -> str:
    """The plan as a plan file (UTF-8 JSON text); database ids and timestamps are not written."""
    import json

    data = {
        "format": PLAN_FILE_FORMAT,
        "format_version": PLAN_FILE_VERSION,
        "exported_at": utc_stamp() if exported_at is None else exported_at,
        "plan": plan_to_dict(plan),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


class FileReader(FieldReader):
    """Field checks of a plan file (those of :class:`~netmkt_desktop.validation.FieldReader`, with the
    plan file's error); :mod:`netmkt_desktop.handin` reads its own fields with a subclass.

    ``today`` (an import: 导入规划, 导入我的数据) refuses a plan with a 达成日期 after it, as the
    form and the store refuse typing one; without it (the teacher reading hand-ins) any date reads."""

    translate = staticmethod(translate)
    today: date | None = None

    def __init__(self, today: date | None = None):
        super().__init__()
        self.today = today

    def fail(self, place: str, reason: str, code: ErrorCode = ErrorCode.INVALID) -> PlanFileError:
        place = place.strip()
        if place:
            message = translate("plans", "规划文件有误:{reason}(位置:{place})").format(reason=reason, place=place)
        else:
            message = translate("plans", "规划文件有误:{reason}").format(reason=reason)
        return PlanFileError(message, code, place=place, reason=reason)

    def text(self, obj: dict, key: str, place: str, limit: int, multiline: bool = False,
             required: bool = False) -> str:
        """A text ("" when the field is left out); line breaks and tabs only where ``multiline``."""
        return super().text(obj, key, place, limit, default="", allowed="\n\r\t" if multiline else "",
                            required=required)

    def node_id(self, obj: dict, key: str, place: str, required: bool = False) -> str:
        """A content id, or "" where the plan may leave it out."""
        value = self.text(obj, key, place, ID_LIMIT, required=required)
        return super().node_id(obj, key, place) if value else value

    def tier(self, obj: dict, key: str, place: str, nullable: bool,
             choices: tuple[Tier, ...] = tuple(Tier)) -> Tier | None:
        value = obj.get(key)
        where = f"{place}.{key}"
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            raise self.fail(where, translate("plans", "应为岗位层级代码文本,实际为{type}。").format(
                type=type_name(value, translate)))
        codes = {t.code: t for t in choices}
        if value not in codes:
            raise self.fail(where, translate("plans", "不认识的岗位层级“{value}”(可用:{codes})。").format(
                value=value[:40], codes=translate("core", "、").join(codes)))
        return codes[value]

    def day(self, obj: dict, key: str, place: str) -> date | None:
        value = obj.get(key)
        where = f"{place}.{key}"
        if value is None:
            return None
        if not isinstance(value, str) or len(value) != 10:
            raise self.fail(where, translate("plans", "应为“年-月-日”格式的日期(例如 2027-06-30)或 null。"))
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise self.fail(where, translate("plans", "“{value}”不是有效的日期。").format(value=value)) from None

    def goal(self, raw: object, place: str) -> TierGoal:
        obj = self.obj(raw, place, _GOAL_KEYS, {"tier", "target_year", "target_month"})
        return TierGoal(
            tier=self.tier(obj, "tier", place, nullable=False),
            target_year=self.integer(obj, "target_year", place, YEAR_MIN, YEAR_MAX),
            target_month=self.integer(obj, "target_month", place, 1, 12),
            actions=self.text(obj, "actions", place, GOAL_TEXT_LIMIT, multiline=True),
            achieved_on=self.day(obj, "achieved_on", place),
        )

    def plan(self, raw: object) -> CareerPlan:
        place = "plan"
        obj = self.obj(raw, place, _PLAN_KEYS, {"title", "position_id", "headcount", "goals"})
        little = obj.get("little_business", False)
        if not isinstance(little, bool):
            raise self.fail(f"{place}.little_business", translate("plans", "应为 true 或 false,实际为{type}。").format(
                type=type_name(little, translate)))
        goals_raw = self.array(obj["goals"], f"{place}.goals", len(Tier))
        goals = [self.goal(g, f"{place}.goals[{i}]") for i, g in enumerate(goals_raw)]
        tiers = [g.tier for g in goals]
        if len(set(tiers)) != len(tiers):
            raise self.fail(f"{place}.goals", translate("plans", "同一个岗位层级有多个目标。"))
        plan = CareerPlan(
            title=self.text(obj, "title", place, TITLE_LIMIT, required=True),
            student_name=self.text(obj, "student_name", place, NAME_LIMIT),
            class_name=self.text(obj, "class_name", place, CLASS_LIMIT),
            position_id=self.node_id(obj, "position_id", place, required=True),
            occupation_id=self.node_id(obj, "occupation_id", place),
            work_type_id=self.node_id(obj, "work_type_id", place),
            headcount=self.integer(obj, "headcount", place, 0, HEADCOUNT_LIMIT),
            little_business=little,
            middle_tier=self.tier(obj, "middle_tier", place, nullable=True,
                                  choices=(Tier.SUPERVISOR, Tier.MANAGER)),
            current_tier=self.tier(obj, "current_tier", place, nullable=True),
            years_experience=self.integer(obj, "years_experience", place, 0, YEARS_EXPERIENCE_LIMIT, nullable=True),
            content_version=self.text(obj, "content_version", place, CONTENT_VERSION_LIMIT),
            goals=goals,
        )
        late = achieved_after(goals, self.today) if self.today is not None else []
        if late:
            goal = late[0]
            raise self.fail(f"{place}.goals[{goals.index(goal)}].achieved_on", translate(
                "plans", "规划“{title}”中“{tier}”这个目标的达成日期是 {day},晚于今天({today})。目标只能在已经到来的"
                         "日子达成。如果这台电脑的日期不对,请先改正日期再导入。").format(
                title=plan.title, tier=_tier_name(goal.tier), day=goal.achieved_on.isoformat(),
                today=self.today.isoformat()))
        return plan


def read_plan_document(text: str | bytes, reader: FileReader | None = None) -> dict:
    """Decode and check the top level of a plan file (any version this app reads); returns it.

    Every problem goes through ``reader.fail`` with a code: ``"encoding"``, ``"too_big"``,
    ``"not_json"``, ``"not_plan_file"``, ``"newer_version"`` or ``"invalid"``. Version 2 files may
    carry the hand-in fields ``handin`` and ``review`` (read by :mod:`netmkt_desktop.handin`).
    """
    import json

    reader = reader or FileReader()
    if isinstance(text, (bytes, bytearray)):
        if len(text) > PLAN_FILE_MAX_BYTES:
            raise reader.fail("", translate("plans", "文件太大,不是规划文件。"), ErrorCode.TOO_BIG)
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError:
            raise reader.fail("", translate("plans", "文件不是 UTF-8 编码的文本。"), ErrorCode.ENCODING) from None
    if not isinstance(text, str):
        raise reader.fail("", translate("validation", "内容应为文本。"))
    if len(text) > PLAN_FILE_MAX_CHARS:
        raise reader.fail("", translate("plans", "文件太大,不是规划文件。"), ErrorCode.TOO_BIG)
    text = text.removeprefix("\ufeff")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise reader.fail("", translate("plans", "不是有效的 JSON 文本(第 {line} 行第 {column} 列)。").format(
            line=exc.lineno, column=exc.colno), ErrorCode.NOT_JSON) from None
    except (ValueError, RecursionError, MemoryError):
        raise reader.fail("", translate("validation", "不是有效的 JSON 文本(数字过长或嵌套过深)。"), ErrorCode.NOT_JSON) from None
    if not isinstance(data, dict) or data.get("format") != PLAN_FILE_FORMAT:
        raise reader.fail("", translate("validation", "这不是本软件导出的{kind}(缺少 \"format\": \"{format}\")。").format(
            kind=translate("plans", "规划文件"), format=PLAN_FILE_FORMAT), ErrorCode.NOT_PLAN_FILE)
    if "format_version" not in data:
        raise reader.fail("", translate("validation", "缺少字段“{name}”。").format(name="format_version"))
    version = data["format_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise reader.fail("format_version", translate("validation", "应为整数,实际为{type}。").format(
            type=type_name(version, translate)))
    if version > PLAN_FILE_MAX_VERSION:
        raise reader.fail("", translate("validation", "这个{kind}由更新版本的软件导出(格式版本 {version}),"
                                                      "本软件只能读取格式版本 {known}。请更新软件后再导入。").format(
            kind=translate("plans", "规划文件"), version=version, known=PLAN_FILE_MAX_VERSION), ErrorCode.NEWER_VERSION)
    if version < 1:
        raise reader.fail("format_version", translate("validation", "格式版本应从 1 开始,实际为 {version}。").format(
            version=version))
    keys = {"format", "format_version", "exported_at", "plan"}
    if version >= 2:
        keys |= {"handin", "review"}
    top = reader.obj(data, "", keys, {"format", "format_version", "plan"})
    if not isinstance(top.get("exported_at", ""), str):
        raise reader.fail("exported_at", translate("plans", "应为文本。"))
    return top


def plan_from_json(text: str | bytes, *, today: date | None = None) -> CareerPlan:
    """Read a plan file; anything wrong raises :class:`PlanFileError` (and nothing else).

    A hand-in file (version 2 with ``handin``) imports as the plan it holds; a teacher's returned
    file (with ``review``) is refused with a message pointing to 导入批改. The plan comes back
    without database ids or timestamps: saving it makes a new plan.  An import passes ``today``:
    a goal achieved after it is refused, naming the goal and the date (as typing one is).
    """
    reader = FileReader(today)
    top = read_plan_document(text, reader)
    if "review" in top:
        raise reader.fail("", translate("plans", "这是老师批改后退回的文件,不是规划文件。请在“我的规划”中用“导入批改”打开它。"),
                          ErrorCode.RETURNED)
    if "handin" in top and not isinstance(top["handin"], dict):
        raise reader.fail("handin", translate("validation", "应为对象 {{…}},实际为{type}。").format(
            type=type_name(top["handin"], translate)))
    return reader.plan(top["plan"])
