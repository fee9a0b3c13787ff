"""Structural change (Baumol 1967; Ngai & Pissarides 2007): closed forms, properties, bad input."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer import data
from explainer.models import structural_change as sc


@pytest.mark.parametrize("sigma, expected", [(0.5, 0.586), (1.0, 0.500), (1.5, 0.414)])
def test_two_sector_services_share_when_manufacturing_productivity_doubles(sigma, expected):
    assert sc.services_share_two_sector(0.5, 2.0, 1.0, sigma) == pytest.approx(expected, abs=5e-4)


@pytest.mark.parametrize("omega, A_m, A_s, sigma", [(0.3, 3.0, 1.5, 0.4), (0.7, 1.0, 2.0, 2.0),
                                                    (0.5, 5.0, 1.0, 0.1)])
def test_two_sector_formula_matches_general_shares(omega, A_m, A_s, sigma):
    p = A_m / A_s
    closed = omega * p ** (1 - sigma) / (omega * p ** (1 - sigma) + 1 - omega)
    general = sc.sector_shares([1 - omega, omega], [A_m, A_s], sigma)[1]
    assert sc.services_share_two_sector(omega, A_m, A_s, sigma) == pytest.approx(closed, rel=1e-12)
    assert general == pytest.approx(closed, rel=1e-12)


def test_path_closed_form_and_start_values():
    x0 = np.array([28.2, 47.9, 23.9])
    g = np.array([0.08, 0.05, 0.02])
    sigma = 0.25
    path = sc.structural_change_path(x0, g, sigma, 1978, 2035)
    assert path.shares[0] == pytest.approx(x0 / x0.sum())
    t = 2023 - 1978
    raw = x0 * np.exp((sigma - 1) * g * t)
    assert path.at(2023) == pytest.approx(raw / raw.sum(), rel=1e-12)


def test_overtake_year_is_the_crossing_of_services_and_industry():
    # Two sectors matter: secondary 0.6, tertiary 0.4 at start; services gain share at
    # rate (1 - sigma)(g_2 - g_3) in log ratio, so the crossing is ln(1.5)/((1-sigma)(g2-g3)).
    x0, g, sigma = [1e-9, 0.6, 0.4], [0.0, 0.05, 0.01], 0.5
    path = sc.structural_change_path(x0, g, sigma, 2000, 2100)
    expected = 2000 + math.log(1.5) / ((1 - sigma) * (0.05 - 0.01))
    assert path.services_overtake_year == pytest.approx(expected, abs=0.05)


def test_overtake_none_and_start():
    never = sc.structural_change_path([0.2, 0.5, 0.3], [0.02, 0.02, 0.02], 0.5, 2000, 2030)
    assert never.services_overtake_year is None
    already = sc.structural_change_path([0.2, 0.3, 0.5], [0.02, 0.02, 0.02], 0.5, 2000, 2030)
    assert already.services_overtake_year == 2000


@pytest.mark.parametrize("shares, code", [([7.1, 38.3, 54.6], "321"), ([10, 46, 44], "231"),
                                          ([50.5, 20.8, 28.7], "132"), ([28.2, 47.9, 23.9], "213")])
def test_structure_code(shares, code):
    assert sc.structure_code(shares) == code


def test_structure_code_of_nbs_2023_data():
    table = data.load("china_gdp_sector_shares")
    y2023 = table[table["year"] == 2023].set_index("sector")["share_pct"]
    assert sc.structure_code([y2023["primary"], y2023["secondary"], y2023["tertiary"]]) == "321"


shares3 = st.lists(st.floats(0.01, 1.0), min_size=3, max_size=3)
growth3 = st.lists(st.floats(0.0, 0.1), min_size=3, max_size=3)


@settings(max_examples=60, deadline=None)
@given(x0=shares3, g=growth3, sigma=st.floats(0.05, 3.0))
def test_shares_sum_to_one_and_stay_in_unit_interval(x0, g, sigma):
    path = sc.structural_change_path(x0, g, sigma, 1978, 2035)
    assert np.allclose(path.shares.sum(axis=1), 1.0)
    assert np.all(path.shares >= 0) and np.all(path.shares <= 1)


@settings(max_examples=60, deadline=None)
@given(x0=shares3, g=growth3)
def test_unit_elasticity_freezes_the_structure(x0, g):
    path = sc.structural_change_path(x0, g, 1.0, 1978, 2035)
    assert np.allclose(path.shares, path.shares[0])


@settings(max_examples=60, deadline=None)
@given(x0=shares3, g=growth3, sigma=st.floats(0.05, 0.95))
def test_baumol_fastest_growing_sector_loses_share_when_goods_are_complements(x0, g, sigma):
    if max(g) - sorted(g)[1] < 1e-3:
        return  # no unique fastest sector
    path = sc.structural_change_path(x0, g, sigma, 1978, 2035)
    fastest, slowest = int(np.argmax(g)), int(np.argmin(g))
    assert path.shares[-1, fastest] < path.shares[0, fastest]
    assert path.shares[-1, slowest] > path.shares[0, slowest]


@settings(max_examples=60, deadline=None)
@given(x0=shares3, g=growth3, sigma=st.floats(1.05, 3.0))
def test_fastest_growing_sector_gains_share_when_goods_are_substitutes(x0, g, sigma):
    if max(g) - sorted(g)[1] < 1e-3:
        return
    path = sc.structural_change_path(x0, g, sigma, 1978, 2035)
    fastest = int(np.argmax(g))
    assert path.shares[-1, fastest] > path.shares[0, fastest]


@pytest.mark.parametrize("call, name", [
    (lambda: sc.services_share_two_sector(1.0, 1, 1, 0.5), "omega"),
    (lambda: sc.services_share_two_sector(0.5, 0, 1, 0.5), "A_m"),
    (lambda: sc.services_share_two_sector(0.5, 1, -1, 0.5), "A_s"),
    (lambda: sc.services_share_two_sector(0.5, 1, 1, 0.0), "sigma"),
    (lambda: sc.sector_shares([1, 1], [1, 1, 1], 0.5), "productivity"),
    (lambda: sc.sector_shares([1, -1], [1, 1], 0.5), "weights"),
    (lambda: sc.structural_change_path([1, 1], [0, 0, 0], 0.5), "initial_shares"),
    (lambda: sc.structural_change_path([1, 1, 1], [0, 0.5, 0], 0.5), "growth"),
    (lambda: sc.structural_change_path([1, 1, 1], [0, 0, 0], 9.0), "sigma"),
    (lambda: sc.structural_change_path([1, 1, 1], [0, 0, 0], 0.5, 2000, 1990), "end_year"),
    (lambda: sc.structure_code([1, 2]), "shares"),
])
def test_bad_input_names_the_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()
