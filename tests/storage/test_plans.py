"""One profile's career plans: save, edit, list, delete and restore, copy, goals achieved (storage.plans)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from netmkt_desktop.errors import InvalidInputError, NotFoundError, StoreWriteError
from netmkt_desktop.plans import TITLE_LIMIT, TierGoal
from netmkt_desktop.tiers import Tier

from storage_samples import content_of, sample_plan


# -- plans -----------------------------------------------------------------------------------------


def test_save_fills_ids_and_timestamps_and_returns_a_copy(store, profile):
    plan = sample_plan()
    saved = store.profile(profile).plans.save(plan)
    assert plan.id is None and all(g.id is None for g in plan.goals)  # the caller's object is not changed
    assert saved is not plan
    assert saved.id is not None and saved.profile_id == profile
    assert all(g.id is not None for g in saved.goals)
    assert saved.created_at and saved.created_at == saved.updated_at
    assert content_of(saved) == content_of(plan)
    assert store.profile(profile).plans.get(saved.id) == saved


def test_edit_updates_in_place_and_replaces_the_goals(store, profile):
    saved = store.profile(profile).plans.save(sample_plan())
    saved.title = "改过的标题"
    saved.goals = [TierGoal(Tier.MANAGER, 2031, 1, "只要经理", achieved_on=date(2031, 2, 3))]
    edited = store.profile(profile).plans.save(saved)
    assert edited.id == saved.id and edited.created_at == saved.created_at
    assert edited.updated_at > saved.updated_at
    (only,) = store.profile(profile).plans.all()
    assert only.title == "改过的标题"
    assert [(g.tier, g.actions, g.achieved_on) for g in only.goals] == [(Tier.MANAGER, "只要经理", date(2031, 2, 3))]
    old_goal_ids = {g.id for g in store.profile(profile).plans.save(sample_plan()).goals}
    assert not old_goal_ids & {g.id for g in only.goals}  # ids are never given out twice


def test_goals_keep_their_order(store, profile):
    goals = [TierGoal(Tier.DIRECTOR, 2040, 12, "c"), TierGoal(Tier.SUPERVISOR, 2030, 1, "a"),
             TierGoal(Tier.MANAGER, 2035, 6, "b")]
    saved = store.profile(profile).plans.save(sample_plan(goals=goals))
    assert [g.actions for g in store.profile(profile).plans.get(saved.id).goals] == ["c", "a", "b"]


def test_list_shows_the_most_recently_changed_plan_first(store, profile):
    first = store.profile(profile).plans.save(sample_plan("第一"))
    store.profile(profile).plans.save(sample_plan("第二"))
    store.profile(profile).plans.save(sample_plan("第三"))
    assert [p.title for p in store.profile(profile).plans.all()] == ["第三", "第二", "第一"]
    store.profile(profile).plans.save(first)
    assert [p.title for p in store.profile(profile).plans.all()] == ["第一", "第三", "第二"]


@pytest.mark.parametrize("text", [
    "表情 😀🚀👩‍🎓 与扩展B区 𠀀𠀁𪚥",
    "含 <b>标签</b> & 'quotes' \"双引号\" ; DROP TABLE plans; --",
    "换行\n第二行\t制表符",
    "零宽\u200b连接\u200d与组合字符 é",
    "",
])
def test_any_unicode_text_round_trips_unchanged(store, profile, text):
    plan = sample_plan(title=text or "空的内容", student_name=text, class_name=text,
                       goals=[TierGoal(Tier.SUPERVISOR, 2030, 1, text)])
    saved = store.profile(profile).plans.save(plan)
    loaded = store.profile(profile).plans.get(saved.id)
    assert (loaded.student_name, loaded.class_name, loaded.goals[0].actions) == (text, text, text)
    store.profile(profile).settings.set("备注", text)
    assert store.profile(profile).settings.get("备注") == text


def test_text_that_cannot_be_stored_is_refused_and_nothing_is_half_saved(store, profile):
    saved = store.profile(profile).plans.save(sample_plan())
    broken = sample_plan("新标题", id=saved.id, goals=[TierGoal(Tier.SUPERVISOR, 2030, 1, "残缺 \ud800")])
    with pytest.raises(StoreWriteError, match="无法保存的字符"):
        store.profile(profile).plans.save(broken)
    assert store.profile(profile).plans.all() == [saved]


def test_delete_hides_the_plan_and_restore_brings_it_back_with_goals(store, profile):
    keep = store.profile(profile).plans.save(sample_plan("留下"))
    gone = store.profile(profile).plans.save(sample_plan("删除"))
    store.profile(profile).plans.delete(gone.id)
    assert [p.title for p in store.profile(profile).plans.all()] == ["留下"]
    assert store.profile(profile).plans.get(gone.id) is None
    store.profile(profile).plans.restore(gone.id)
    assert {p.title for p in store.profile(profile).plans.all()} == {"留下", "删除"}
    assert content_of(store.profile(profile).plans.get(gone.id)) == content_of(gone)
    assert store.profile(profile).plans.get(keep.id) == keep


def test_duplicate_makes_an_independent_copy(store, profile):
    original = store.profile(profile).plans.save(sample_plan())
    copy = store.profile(profile).plans.duplicate(original.id)
    assert copy.id != original.id and copy.title == "电商主播之路(副本)"
    assert [(g.tier, g.actions) for g in copy.goals] == [(g.tier, g.actions) for g in original.goals]
    assert not {g.id for g in copy.goals} & {g.id for g in original.goals}
    store.profile(profile).plans.set_goal_achieved(copy.goals[0].id, date(2026, 6, 1))
    assert store.profile(profile).plans.get(original.id).goals[0].achieved_on is None
    assert store.profile(profile).plans.all()[0].id == copy.id


def test_duplicate_of_a_title_at_the_limit_stays_within_the_limit(store, profile):
    original = store.profile(profile).plans.save(sample_plan("长" * TITLE_LIMIT))
    copy = store.profile(profile).plans.duplicate(original.id)
    assert len(copy.title) == TITLE_LIMIT and copy.title.endswith("(副本)")


def test_goal_achieved_is_set_and_cleared(store, profile):
    saved = store.profile(profile).plans.save(sample_plan())
    goal = saved.goals[1]
    store.profile(profile).plans.set_goal_achieved(goal.id, date(2026, 6, 30))
    loaded = store.profile(profile).plans.get(saved.id)
    assert loaded.goals[1].achieved_on == date(2026, 6, 30) and loaded.achieved_count == 1
    store.profile(profile).plans.set_goal_achieved(goal.id, None)
    assert store.profile(profile).plans.get(saved.id).achieved_count == 0


def test_a_goal_cannot_be_achieved_on_a_day_that_has_not_come(store, profile):
    """The form refuses a future 达成日期; the store does too (an older window, a script), and keeps what was saved."""
    saved = store.profile(profile).plans.save(sample_plan())
    goal = saved.goals[1]
    store.profile(profile).plans.set_goal_achieved(goal.id, date.today())
    with pytest.raises(InvalidInputError) as caught:
        store.profile(profile).plans.set_goal_achieved(goal.id, date.today() + timedelta(days=1))
    assert date.today().isoformat() in str(caught.value)
    assert store.profile(profile).plans.get(saved.id).goals[1].achieved_on == date.today()


def test_unknown_ids_are_reported_not_ignored(store, profile):
    with pytest.raises(NotFoundError):
        store.profile(profile).plans.delete(999)
    with pytest.raises(NotFoundError):
        store.profile(profile).plans.duplicate(999)
    with pytest.raises(NotFoundError):
        store.profile(profile).plans.set_goal_achieved(999, date(2030, 1, 1))
    with pytest.raises(NotFoundError):
        store.profile(profile).plans.save(sample_plan(id=999))
    with pytest.raises(NotFoundError):
        store.profile(999).plans.save(sample_plan())  # no such profile
    assert store.profile(profile).plans.all() == []
