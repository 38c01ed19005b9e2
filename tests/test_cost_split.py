"""The cost split: exact sums, deterministic ties, clear refusals, and the seed 002 example."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from zorgdesk.services.partners.cost_split import (
    split_by_population,
    split_by_weights,
    split_equally,
)
from zorgdesk.store import StoreError


def test_the_seed_002_example_splits_65000_over_the_drenthe_municipalities() -> None:
    # Inhabitants about 2019 (the seed does not list them; the sample leaves them empty).
    populations = {"Aa en Hunze": 25_700, "Assen": 68_900, "Borger-Odoorn": 25_800,
                   "Coevorden": 35_600, "De Wolden": 24_600, "Emmen": 107_200,
                   "Hoogeveen": 55_800, "Meppel": 34_500, "Midden-Drenthe": 33_700,
                   "Noordenveld": 32_900, "Tynaarlo": 34_600, "Westerveld": 19_800}
    shares = split_by_population(115_000 - 40_000 - 10_000, populations)
    assert sum(shares.values()) == 65_000
    assert max(shares, key=shares.__getitem__) == "Emmen"
    assert abs(shares["Hoogeveen"] - 7_300) < 100  # seed 002: "bedragen per jaar €7.300"
    whole = sum(populations.values())
    for key, euros in shares.items():
        assert abs(euros - 65_000 * populations[key] / whole) < 1


def test_ties_are_broken_the_same_way_every_time() -> None:
    assert split_equally(100, ["a", "b", "c"]) == {"a": 34, "b": 33, "c": 33}
    assert split_equally(100, ["c", "b", "a"]) == {"c": 34, "b": 33, "a": 33}
    assert split_by_weights(10, {"klein": 1, "groot": 2, "ook groot": 2}) == {
        "klein": 2, "groot": 4, "ook groot": 4}


def test_refusals_are_dutch_and_clear() -> None:
    with pytest.raises(StoreError, match="Geen inwonertal bekend voor: Tynaarlo"):
        split_by_population(1000, {"a": 10, "b": None}, {"a": "Assen", "b": "Tynaarlo"})
    with pytest.raises(StoreError, match="geen inwoners of aandelen"):
        split_by_weights(1000, {"a": 0, "b": 0})
    with pytest.raises(StoreError, match="negatief"):
        split_by_weights(-5, {"a": 1})
    with pytest.raises(StoreError, match="Kies de organisaties"):
        split_by_weights(5, {})


@given(total=st.integers(0, 10_000_000),
       weights=st.dictionaries(st.text(min_size=1, max_size=4), st.integers(0, 500_000),
                               min_size=1, max_size=15).filter(lambda w: sum(w.values()) > 0))
def test_shares_add_up_and_stay_within_a_euro(total: int, weights: dict[str, int]) -> None:
    shares = split_by_weights(total, weights)
    assert sum(shares.values()) == total
    whole = sum(weights.values())
    for key, euros in shares.items():
        assert abs(Fraction(euros) - Fraction(total * weights[key], whole)) < 1
    assert split_by_weights(total, weights) == shares
