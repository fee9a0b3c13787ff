"""Exercise: the wage-rental ratio at which an industry becomes viable (Lin 2011)."""

from explainer.exercises.checking import test_case
from explainer.i18n import _

from explainer.exercises.answers import answer

OK_FORMAT = False

name = "viability_threshold"
points = 4

ALPHAS = (0.3, 0.5, 0.8)
SWITCHES = (0.8, 2.5)
CHIP_PRICE_FACTOR = 0.9
GRID = (0.2, 6, 5801)


def _threshold(env):
    value = env.get("chips_viable_from", ...)
    assert value is not ..., _("chips_viable_from is still the placeholder `...`: pick it from the grid")
    assert isinstance(value, (int, float)) or getattr(value, "shape", None) == (), _(
        "chips_viable_from should be a single number, a wage-rental ratio")
    return float(value)


def _prices():
    from explainer.models.viability import prices_with_switch_points

    prices = prices_with_switch_points(ALPHAS, SWITCHES)
    prices[2] *= CHIP_PRICE_FACTOR
    return prices


def _grid_array(env, variable):
    import numpy as np

    value = answer(env, variable)
    shape = (len(ALPHAS), GRID[2])
    assert getattr(value, "shape", None) == shape, _(
        "{variable} should be an array with one row per industry and one column per grid point, "
        "shape {shape}: divide the column of alphas into the row of omega").format(
        variable=variable, shape=shape)
    return np.asarray(value, dtype=float)


@test_case(points=1, failure_message=_(
    "Unit cost is (r/α)^α (w/(1−α))^(1−α) with r = 1 and w = w/r, for each industry (a row) at "
    "each w/r on the grid (a column)."))
def test_cost(env):
    import numpy as np

    from explainer.models.viability import unit_cost

    cost = _grid_array(env, "cost")
    omega = np.linspace(*GRID)
    for row, alpha in zip(cost, ALPHAS):
        assert np.allclose(row, unit_cost(alpha, omega), rtol=1e-9), _(
            "cost does not match the Cobb-Douglas unit cost: check the row for alpha = {alpha}"
        ).format(alpha=alpha)


@test_case(points=1, failure_message=_(
    "The subsidy of industry j is (c_j/p_j) / min_k (c_k/p_k) − 1: cost per unit of price, over "
    "the lowest of the three at the same w/r, minus one. Use the chip price cut by 10%."))
def test_subsidy(env):
    import numpy as np

    from explainer.models.viability import viability_subsidies

    subsidy = _grid_array(env, "subsidy")
    omega = np.linspace(*GRID)
    expected = viability_subsidies(ALPHAS, _prices(), omega)
    assert np.all(subsidy >= -1e-12), _(
        "a subsidy is never negative: divide by the *lowest* cost per unit of price at each w/r")
    assert np.allclose(subsidy, expected, rtol=1e-9, atol=1e-12), _(
        "subsidy does not match: is the chip price cut by 10%, and is the minimum taken over the "
        "three industries at each w/r (axis=0)?")


@test_case(points=1, failure_message=_(
    "Unit cost is (r/α)^α (w/(1−α))^(1−α) with r = 1 and w = w/r; chips are viable where their "
    "cost per unit of price is the lowest of the three industries."))
def test_threshold(env):
    from explainer.models.viability import ranking_switch_point

    prices = _prices()
    omega = _threshold(env)
    exact = ranking_switch_point(ALPHAS[1], prices[1], ALPHAS[2], prices[2])
    assert omega > SWITCHES[1], _(
        "a lower world price should make chips viable *later* (at a higher w/r) than before")
    assert abs(omega - exact) < 0.01, _(
        "chips_viable_from is not where chips stop needing a subsidy: did you lower the chip "
        "price by 10%, and take the first w/r on the grid where the chip subsidy is zero?")


@test_case(points=1, failure_message=_("chips_viable_from should come from your grid search, with the chip price cut by 10%."))
def test_subsidy_changes_sign(env):
    from explainer.models.viability import viability_subsidies

    prices = _prices()
    omega = _threshold(env)
    assert omega > 0.05, _("chips_viable_from should be a positive wage-rental ratio")
    before, after = viability_subsidies(ALPHAS, prices, [omega - 0.05, omega + 0.05])[2]
    assert before > 0 and after == 0, _(
        "just below chips_viable_from chips should still need a subsidy, just above they should not")
