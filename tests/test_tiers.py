import pytest

from netmkt_desktop.tiers import (
    OPEN_HEADCOUNT,
    CompanySize,
    Tier,
    company_size,
    sizes_for_headcount,
    sizes_with_tier,
    structure_for_size,
    suggested_focus,
    tier_structure,
)

S, SU, M, D = Tier.SPECIALIST, Tier.SUPERVISOR, Tier.MANAGER, Tier.DIRECTOR


@pytest.mark.parametrize(
    ("headcount", "size", "levels"),
    [
        (0, CompanySize.SMALL, ((S,), (M,))),
        (1, CompanySize.SMALL, ((S,), (M,))),
        (499, CompanySize.SMALL, ((S,), (M,))),
        (500, CompanySize.MEDIUM, ((S,), (SU, M), (D,))),
        (999, CompanySize.MEDIUM, ((S,), (SU, M), (D,))),
        (1000, CompanySize.LARGE, ((S,), (SU,), (M,), (D,))),
        (100000, CompanySize.LARGE, ((S,), (SU,), (M,), (D,))),
    ],
)
def test_tiers_by_headcount(headcount, size, levels):
    structure = tier_structure(headcount)
    assert structure.size == size
    assert structure.levels == levels


@pytest.mark.parametrize("headcount", [0, 300, 700, 5000])
def test_little_online_business_has_only_specialist(headcount):
    structure = tier_structure(headcount, little_business=True)
    assert structure.size == CompanySize.LITTLE_BUSINESS
    assert structure.resolve() == (S,)


def test_middle_tier_of_a_500_to_999_company_is_chosen():
    structure = tier_structure(600)
    assert structure.has_choice
    assert structure.middle_choices == (SU, M)
    assert structure.resolve(SU) == (S, SU, D)
    assert structure.resolve(M) == (S, M, D)
    with pytest.raises(ValueError, match="主管或经理"):
        structure.resolve()
    with pytest.raises(ValueError):
        structure.resolve(D)


def test_large_company_resolves_to_four_tiers_in_order():
    assert tier_structure(1000).resolve() == (S, SU, M, D)
    assert [t.label for t in tier_structure(1000).resolve()] == ["专员", "主管", "经理", "总监"]


@pytest.mark.parametrize("bad", [-1, -1000])
def test_negative_headcount_is_rejected(bad):
    with pytest.raises(ValueError, match="不能为负数"):
        company_size(bad)


@pytest.mark.parametrize("bad", [1.5, "500", None, True, 1000.0])
def test_non_integer_headcount_is_rejected(bad):
    with pytest.raises(TypeError, match="整数"):
        tier_structure(bad)


def test_which_sizes_have_each_tier():
    assert [s for s, _ in sizes_with_tier(D)] == [CompanySize.LARGE, CompanySize.MEDIUM]
    assert (CompanySize.MEDIUM, True) in sizes_with_tier(SU)
    assert (CompanySize.SMALL, False) in sizes_with_tier(M)
    assert len(sizes_with_tier(S)) == 4


def test_tier_names_and_ids():
    assert S.full_label == "网络营销专员"
    assert D.node_id == "tier.director"
    assert Tier.from_code("manager") is M
    assert structure_for_size(CompanySize.SMALL).possible_tiers == (S, M)


@pytest.mark.parametrize("flag", ["false", "", 0, 1, None, "True"])
def test_little_business_flag_must_be_a_real_bool(flag):
    with pytest.raises(TypeError, match="True 或 False"):
        tier_structure(5000, flag)
    with pytest.raises(TypeError):
        company_size(300, little_business=flag)


def test_the_string_false_is_not_taken_for_true():
    with pytest.raises(TypeError):
        tier_structure(5000, "false")
    assert tier_structure(5000, False).size == CompanySize.LARGE


@pytest.mark.parametrize(("headcount", "little", "sizes"), [
    (499, False, (CompanySize.SMALL,)),
    (500, False, (CompanySize.MEDIUM, CompanySize.SMALL)),  # "500人以上" and "500人以下" both include 500
    (501, False, (CompanySize.MEDIUM,)),
    (1000, False, (CompanySize.LARGE,)),
    (500, True, (CompanySize.LITTLE_BUSINESS,)),
])
def test_only_exactly_500_staff_fits_two_size_classes(headcount, little, sizes):
    assert sizes_for_headcount(headcount, little) == sizes
    assert company_size(headcount, little) == sizes[0]  # the app's default reading comes first
    assert OPEN_HEADCOUNT == 500


def test_suggested_focus_is_one_labelled_text_per_tier():
    texts = [suggested_focus(t) for t in Tier]
    assert len(set(texts)) == 4
    assert all(t.startswith("建议(教材未逐级规定):网络营销") for t in texts)
    assert texts[-1].endswith("网络营销的整体项目运作。")
    pieces = []
    assert suggested_focus(Tier.MANAGER, lambda text: pieces.append(text) or text) == texts[2]
    assert "建议(教材未逐级规定)" in pieces and "网络营销经理" in pieces  # every piece goes through tr
