"""Exercise: how long, and how much, an infant industry must be subsidised (Wright 1936; Kemp 1960).

An inverse question: the student finds the slowest learning rate at which the subsidies are
repaid, and sees that an industry that learns too slowly never pays.
"""

from explainer.exercises.checking import test_case
from explainer.i18n import _

from explainer.exercises.answers import answer, number

OK_FORMAT = False

name = "infant_industry"
points = 4

WORLD_PRICE, START_COST, RATE, DISCOUNT, YEARS = 1.0, 1.5, 0.18, 0.05, 30
GRID = (0.01, 0.5, 0.001)


def _cost(rate):
    import numpy as np

    from explainer.models.learning_curve import wright_cost

    return wright_cost(1.0 + np.arange(YEARS), START_COST, 1.0, rate)


def _net_value(rate):
    import numpy as np

    years = np.arange(YEARS)
    return float(np.sum((WORLD_PRICE - _cost(rate)) / (1 + DISCOUNT) ** years))


@test_case(points=1, failure_message=_(
    "Wright's law: cost = 1.5 (X / 1)^(−b) with b = −log2(1 − 0.18) and X = 1 + t, the output "
    "made before year t (wright_cost(1 + years, 1.5, 1.0, 0.18) does it)."))
def test_cost_path(env):
    import numpy as np

    cost_path = answer(env, "cost_path")
    assert getattr(cost_path, "shape", None) == (YEARS,), _(
        "cost_path should be an array of 30 unit costs, one for each of the years 0 to 29")
    assert np.allclose(cost_path, _cost(RATE), rtol=1e-9), _(
        "cost_path does not follow Wright's law with a learning rate of 18%: before year t the "
        "industry has made 1 + t units, and it starts at 1.5")


@test_case(points=1, failure_message=_(
    "The subsidy years are those whose cost is above the world price; the bill adds up cost − "
    "world price over them (one unit a year)."))
def test_years_and_bill(env):
    import numpy as np

    cost = _cost(RATE)
    years_to_viable = number(env, "years_to_viable")
    assert years_to_viable == int(np.argmax(cost <= WORLD_PRICE)), _(
        "years_to_viable should be the number of years with a cost above the world price: the "
        "index of the first year whose cost is at or below it")
    bill = number(env, "subsidy_bill")
    assert abs(bill - float(np.sum(np.maximum(cost - WORLD_PRICE, 0)))) < 1e-9, _(
        "subsidy_bill should add up cost − world price over the years before the industry is "
        "viable, and nothing after")


@test_case(points=1, failure_message=_(
    "net_value(rate) is the sum over the 30 years of (world price − cost) / 1.05^t, with the cost "
    "path of that learning rate: negative terms are subsidies, positive ones savings."))
def test_net_value(env):
    net_value = answer(env, "net_value")
    assert callable(net_value), _("net_value should be a function of the learning rate")
    for rate in (0.05, 0.18, 0.3):
        value = net_value(rate)
        assert value is not None and value is not ..., _(
            "net_value returns nothing yet: end it with return ...")
        assert abs(float(value) - _net_value(rate)) < 1e-9, _(
            "net_value({rate}) is off: discount year t by 1.05^t, starting at t = 0, and use the "
            "cost path of the rate you are given").format(rate=rate)


@test_case(points=1, failure_message=_(
    "Evaluate net_value at every rate of the grid and take the first rate at which it is zero or "
    "more."))
def test_break_even_rate(env):
    rate = number(env, "break_even_rate", _("(a learning rate, as a fraction)"))
    assert 0 < rate < 1, _("break_even_rate should be a fraction, not a percentage")
    assert _net_value(rate) >= 0, _("at break_even_rate the subsidies are not yet repaid")
    assert _net_value(rate - 2 * GRID[2]) < 0, _(
        "a noticeably slower learning rate already repays the subsidies: take the *smallest* rate")
