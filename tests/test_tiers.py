import pytest

from netmkt_desktop.tiers import (
    CompanySize,
    Tier,
    company_size,
    sizes_with_tier,
    structure_for_size,
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
