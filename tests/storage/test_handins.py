"""The student's side of the hand-in round in the store: details, stable plan ids, hand-in versions,
the teacher's comments attached by plan id (storage.handins)."""

from __future__ import annotations

import pytest

from netmkt_desktop.errors import ErrorCode, InvalidInputError, ReviewMismatchError
from netmkt_desktop.handin import (
    PLAN_ID_PATTERN,
    Grade,
    StudentDetails,
    build_handin,
    build_returned,
    read_handin,
    read_returned,
)
from netmkt_desktop.storage.store import Store

from storage_samples import content_of, sample_plan

WANG = StudentDetails("电商2301班", "2023001", "王五")


@pytest.fixture
def data(tmp_path):
    store = Store.open(tmp_path)
    profile = store.profiles.create("王五")
    yield store.profile(profile.id)
    store.close()


def returned_for(plan, details=WANG, version=1, comment="目标清楚。", grade=Grade.GOOD,
                 reviewed_at="2026-11-28T09:00:00Z"):
    handin = read_handin(build_handin(plan, details, plan.uid, version, handed_in_at="2026-11-27T08:00:00Z"))
    return read_returned(build_returned(handin, comment, grade, reviewed_at))


def test_details_are_empty_at_first_then_kept_trimmed_in_the_profiles_own_data(tmp_path, data):
    assert data.handins.details() == StudentDetails()
    data.handins.set_details(StudentDetails(" 电商2301班 ", "2023001", "王五 "))
    assert data.handins.details() == WANG
    assert data.settings.get("student/student_number") == "2023001"
    other = data  # another profile sees none of it
    store = Store.open(tmp_path)
    try:
        li = store.profile(store.profiles.create("李四").id)
        assert li.handins.details() == StudentDetails()
    finally:
        store.close()
    assert other.handins.details() == WANG


def test_details_that_break_the_rules_are_refused_and_the_old_ones_kept(data):
    data.handins.set_details(WANG)
    with pytest.raises(InvalidInputError) as caught:
        data.handins.set_details(StudentDetails("电商2301班", "1" * 33, "王\n五"))
    assert "学号" in str(caught.value) and len(caught.value.params["problems"]) == 2
    assert data.handins.details() == WANG


def test_every_plan_has_a_stable_id_of_its_own_a_copy_a_new_one(data):
    plan = data.plans.save(sample_plan())
    assert PLAN_ID_PATTERN.fullmatch(plan.uid)
    edited = data.plans.save(sample_plan("改过的标题", id=plan.id))
    assert edited.uid == plan.uid
    copy = data.plans.duplicate(plan.id)
    assert PLAN_ID_PATTERN.fullmatch(copy.uid) and copy.uid != plan.uid


def test_a_hand_in_version_is_recorded_and_never_goes_back(data):
    plan = data.plans.save(sample_plan())
    assert plan.handin_version == 0
    assert data.handins.handed_in(plan.id, 2).handin_version == 2
    assert data.handins.handed_in(plan.id, 1).handin_version == 2
    assert data.plans.get(plan.id).handin_version == 2


def test_the_teachers_comment_attaches_to_its_plan_and_leaves_the_plan_as_it_was(data):
    data.handins.set_details(WANG)
    plan = data.plans.save(sample_plan())
    other = data.plans.save(sample_plan("另一份"))
    commented = data.handins.attach_review(returned_for(plan, comment="目标清楚。\n再具体些。"))
    assert commented.id == plan.id
    assert (commented.teacher_comment, commented.teacher_grade, commented.reviewed_version) == (
        "目标清楚。\n再具体些。", "good", 1)
    again = data.plans.get(plan.id)
    assert again.teacher_comment == "目标清楚。\n再具体些。" and content_of(again) == content_of(plan)
    assert again.updated_at == plan.updated_at
    assert data.plans.get(other.id).teacher_comment == ""
    # a later hand-in's comment replaces it; the same file twice changes nothing
    data.handins.attach_review(returned_for(plan, version=2, comment="很好。", grade=None))
    assert (data.plans.get(plan.id).teacher_comment, data.plans.get(plan.id).teacher_grade) == ("很好。", "")
    data.handins.attach_review(returned_for(plan, version=2, comment="很好。", grade=None))
    assert data.plans.get(plan.id).teacher_comment == "很好。"


def test_an_older_comment_does_not_replace_a_newer_one(data):
    data.handins.set_details(WANG)
    plan = data.plans.save(sample_plan())
    data.handins.attach_review(returned_for(plan, version=3, comment="第三版"))
    with pytest.raises(ReviewMismatchError) as caught:
        data.handins.attach_review(returned_for(plan, version=2, comment="第二版"))
    assert caught.value.code == ErrorCode.OLDER_REVIEW and "第 3 版" in str(caught.value)
    assert data.plans.get(plan.id).teacher_comment == "第三版"


def test_a_comment_for_another_plan_or_student_is_refused_with_the_reason(tmp_path, data):
    data.handins.set_details(WANG)
    plan = data.plans.save(sample_plan())
    foreign = sample_plan("别人的规划")
    foreign.uid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    with pytest.raises(ReviewMismatchError) as caught:
        data.handins.attach_review(returned_for(foreign))
    assert caught.value.code == ErrorCode.OTHER_PLAN and "别人的规划" in str(caught.value)
    with pytest.raises(ReviewMismatchError) as caught:
        data.handins.attach_review(returned_for(plan, details=StudentDetails("电商2301班", "2023002", "赵六")))
    assert caught.value.code == ErrorCode.OTHER_STUDENT and "赵六" in str(caught.value)
    # full-width digits and spaces are the same student
    data.handins.attach_review(returned_for(plan, details=StudentDetails("电商2301班 ", "２０２３００１", "王五")))
    assert data.plans.get(plan.id).teacher_comment == "目标清楚。"


def test_a_deleted_plan_takes_no_comment(data):
    data.handins.set_details(WANG)
    plan = data.plans.save(sample_plan())
    data.plans.delete(plan.id)
    with pytest.raises(ReviewMismatchError) as caught:
        data.handins.attach_review(returned_for(plan))
    assert caught.value.code == ErrorCode.OTHER_PLAN
    data.plans.restore(plan.id)
    assert data.plans.get(plan.id).teacher_comment == ""


def test_a_plan_keeps_its_id_when_the_data_moves_to_another_pc_so_the_comment_still_attaches(tmp_path, data):
    data.handins.set_details(WANG)
    plan = data.plans.save(sample_plan())
    exported = data.transfer.export()
    returned = returned_for(plan)

    other_pc = Store.open(tmp_path / "other")
    try:
        moved = other_pc.profile(other_pc.import_profile(exported).id)
        (copy,) = moved.plans.all()
        assert copy.uid == plan.uid and moved.handins.details() == WANG
        assert moved.handins.attach_review(returned).teacher_comment == "目标清楚。"
    finally:
        other_pc.close()


def test_an_imported_plan_whose_id_is_taken_here_gets_a_new_one(tmp_path, data):
    plan = data.plans.save(sample_plan())
    store = Store.open(tmp_path)  # the same PC: the original profile is still there
    try:
        twin = store.profile(store.import_profile(data.transfer.export(), "王五(2)").id)
        (copy,) = twin.plans.all()
        assert PLAN_ID_PATTERN.fullmatch(copy.uid) and copy.uid != plan.uid
    finally:
        store.close()


def test_plan_ids_in_a_profile_file_are_checked(data):
    import json

    from netmkt_desktop.errors import ProfileFileError
    from netmkt_desktop.profile_file import read_profile_data

    data.plans.save(sample_plan())
    document = json.loads(data.transfer.export())
    for bad, place in (([], "plan_ids"), (["NOT-A-UUID"], "plan_ids[0]"), ([7], "plan_ids[0]")):
        document["plan_ids"] = bad
        with pytest.raises(ProfileFileError) as caught:
            read_profile_data(json.dumps(document))
        assert caught.value.params["place"] == place
    document["plan_ids"] = [None]
    assert read_profile_data(json.dumps(document)).plans[0].uid == ""
    del document["plan_ids"]  # a file from before plan ids still reads
    assert read_profile_data(json.dumps(document)).plans[0].uid == ""
