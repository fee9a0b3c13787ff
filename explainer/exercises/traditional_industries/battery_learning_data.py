"""Exercise: a learning rate from the shipped 2019-2024 data, set against the published estimate."""

from explainer.exercises.checking import test_case

from explainer.i18n import _

from explainer.exercises.answers import answer as _answer
from explainer.exercises.answers import number as _number

OK_FORMAT = False

name = "battery_learning_data"
points = 2


def _data():
    import numpy as np

    from explainer import data

    prices = data.load("battery_pack_prices")
    headline = prices[prices["series"] == "bnef_annual_headline"]["price_usd_per_kwh"].to_numpy()
    nev = data.load("nev_china")
    return nev, np.cumsum(nev["production_million"].to_numpy()), headline


@test_case(points=1, failure_message=_("Add up NEV production year by year with np.cumsum: each year's "
                                     "value is everything made from 2019 up to that year."))
def test_cumulative(env):
    import numpy as np

    nev, cumulative_output, _prices = _data()
    cumulative = np.asarray(_answer(env, "cumulative"), dtype=float)
    assert cumulative.shape == (6,), _(
        "cumulative should hold one value per year 2019-2024 (6 numbers); got shape {shape}"
    ).format(shape=cumulative.shape)
    assert not np.allclose(cumulative, nev["production_million"]), _(
        "these are each year's production: Wright's law needs the running total")
    assert not np.allclose(cumulative, np.cumsum(nev["sales_million"])), _(
        "use production (production_million), not sales: experience comes from making")
    assert np.allclose(cumulative, cumulative_output), _(
        "cumulative is not the running total of production_million, in million vehicles")


@test_case(points=1, failure_message=_("Fit np.polyfit(np.log(cumulative), np.log(price), 1): the "
                                     "slope is −b, and the learning rate is 1 − 2^(−b) = 1 − 2^slope."))
def test_learning_rate(env):
    from explainer.models.learning_curve import fit_learning_rate

    _nev, cumulative_output, headline = _data()
    learning_rate_data = _number(env, "learning_rate_data")
    assert learning_rate_data > 0, _(
        "prices fell as output grew, so the learning rate is positive: mind the sign of the slope")
    assert abs(learning_rate_data - fit_learning_rate(cumulative_output, headline)) < 1e-6, _(
        "learning_rate_data does not match the log-log fit of the 2019-2024 headline prices on "
        "cumulative production")
