"""Logistic diffusion: closed forms, properties and bad input."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.models import diffusion as dm


@pytest.mark.parametrize(
    "k, r, tm",
    [(80.0, 0.66, 2024.0), (100.0, 0.3, 2030.5), (50.0, 1.2, 2021.0)],
)
def test_logistic_closed_form_points(k, r, tm):
    s = dm.logistic_share([tm, tm + math.log(3) / r, tm - math.log(3) / r], k, r, tm)
    # half the ceiling at the midpoint, 3/4 and 1/4 at +/- ln(3)/r
    np.testing.assert_allclose(s, [k / 2, 0.75 * k, 0.25 * k])


@pytest.mark.parametrize(
    "k, r, tm",
    [(80.0, 0.66, 2024.0), (100.0, 0.35, 2027.0), (45.0, 1.0, 2021.5)],
)
def test_fit_recovers_exact_logistic(k, r, tm):
    years = np.arange(2015, 2024)
    shares = dm.logistic_share(years, k, r, tm)
    fit = dm.fit_logistic_share(years, shares, k)
    assert fit.rate == pytest.approx(r)
    assert fit.midpoint == pytest.approx(tm)
    assert fit.rmse == pytest.approx(0.0, abs=1e-9)
    assert dm.year_share_reached(fit, k / 2) == pytest.approx(tm)
    assert dm.year_share_reached(fit, 0.9 * k) == pytest.approx(tm + math.log(9) / r)


def test_nev_fit_check_values():
    from explainer import data

    nev = data.load("nev_china")
    used = nev[nev["year"] <= 2023]
    fit = dm.fit_logistic_share(used["year"], used["share_of_vehicle_sales_pct"], 80.0)
    assert fit.rate == pytest.approx(0.66, abs=0.01)
    assert fit.rmse == pytest.approx(2.1, abs=0.1)
    predicted_2024 = dm.logistic_share([2024], 80.0, fit.rate, fit.midpoint)[0]
    assert predicted_2024 == pytest.approx(46.6, abs=0.1)


def test_ceiling_must_exceed_data():
    with pytest.raises(ValueError, match="ceiling"):
        dm.fit_logistic_share([2020, 2021], [30.0, 40.0], 40.0)


def test_year_share_reached_beyond_ceiling_is_never():
    fit = dm.fit_logistic_share([2020, 2021, 2022], [10.0, 20.0, 30.0], 60.0)
    assert dm.year_share_reached(fit, 60.0) == math.inf


@settings(max_examples=150, deadline=None)
@given(st.floats(45, 100), st.floats(0.1, 2.0), st.floats(2018, 2030), st.floats(1, 40))
def test_curve_is_increasing_and_bounded(k, r, tm, target):
    years = np.linspace(2000, 2050, 101)
    s = dm.logistic_share(years, k, r, tm)
    assert np.all(np.diff(s) >= 0)
    assert np.all((s >= 0) & (s <= k))
    fit = dm.LogisticFit(ceiling=k, rate=r, midpoint=tm, rmse=0.0)
    t = dm.year_share_reached(fit, target)
    if 1900 <= t <= 2200:  # the round trip holds wherever the year is representable
        assert dm.logistic_share([t], k, r, tm)[0] == pytest.approx(target, rel=1e-6)
    else:
        assert target < k * 1e-3


@settings(max_examples=100, deadline=None)
@given(st.floats(50, 100))
def test_higher_ceiling_gives_slower_fit(k):
    # With the same data, a higher assumed ceiling gives a slower curve (lower rate).
    years, shares = [2019, 2020, 2021, 2022, 2023], [4.68, 5.4, 13.4, 25.6, 31.6]
    low = dm.fit_logistic_share(years, shares, k)
    high = dm.fit_logistic_share(years, shares, min(k + 10, 100.0) if k < 100 else 100.0)
    assert high.rate <= low.rate + 1e-12


@pytest.mark.parametrize(
    "call, name",
    [
        (lambda: dm.logistic_share([2020], 0, 0.5, 2020), "ceiling"),
        (lambda: dm.logistic_share([2020], 120, 0.5, 2020), "ceiling"),
        (lambda: dm.logistic_share([2020], 80, -0.5, 2020), "rate"),
        (lambda: dm.logistic_share([2020], 80, 0.5, 1800), "midpoint"),
        (lambda: dm.logistic_share([20], 80, 0.5, 2020), "years"),
        (lambda: dm.fit_logistic_share([2020], [10.0], 80), "years"),
        (lambda: dm.fit_logistic_share([2020, 2021], [0.0, 10.0], 80), "shares"),
        (lambda: dm.fit_logistic_share([2020, 2021], [20.0, 10.0], 80), "shares must rise"),
        (lambda: dm.year_share_reached("fit", 50), "fit"),
        (lambda: dm.year_share_reached(dm.LogisticFit(80, 0.5, 2020, 0), -5), "target"),
    ],
)
def test_bad_input_names_the_parameter(call, name):
    with pytest.raises(ValueError, match=name):
        call()
