"""Exercise: mean capacity utilisation and the most idle industry from the NBS data."""

from explainer.exercises.checking import test_case
from explainer.i18n import _

from explainer.exercises.answers import answer

OK_FORMAT = False

name = "idle_capacity"
points = 2


def _value(env, variable):
    return answer(env, variable)


@test_case(points=1, failure_message=_(
    "Load capacity_utilisation_annual with data.load, take the mean of its utilisation_pct "
    "column, and turn the idle share into a fraction: 1 − mean/100."))
def test_mean_and_idle_share(env):
    from explainer import data

    annual = data.load("capacity_utilisation_annual")
    mean = _value(env, "mean_utilisation")
    assert isinstance(mean, (int, float)) or getattr(mean, "shape", None) == (), _(
        "mean_utilisation should be a single number (in percent)")
    assert abs(float(mean) - annual["utilisation_pct"].mean()) < 1e-9, _(
        "mean_utilisation is not the mean over all years of the annual file (in percent)")
    idle = float(_value(env, "idle_share"))
    assert 0 < idle < 1, _("idle_share should be a fraction between 0 and 1, not a percentage")
    assert abs(idle - (1 - annual["utilisation_pct"].mean() / 100)) < 1e-9, _(
        "idle_share should be the share of capacity *not* used, from mean_utilisation")


@test_case(points=1, failure_message=_(
    "In capacity_utilisation_by_industry_2023q4, keep the rows whose level is 'industry', then "
    "find the row with the lowest utilisation_pct and take its industry name."))
def test_most_idle_industry(env):
    from explainer import data

    table = data.load("capacity_utilisation_by_industry_2023q4")
    industries = table[table["level"] == "industry"]
    name_ = _value(env, "most_idle")
    assert isinstance(name_, str), _("most_idle should be the industry's name, a string")
    assert name_ in set(table["industry"]), _("most_idle should be a name from the industry column")
    assert name_ in set(industries["industry"]), _(
        "most_idle is a total or a sector: keep only the rows with level == 'industry'")
    lowest = industries.loc[industries["utilisation_pct"].idxmin(), "industry"]
    assert name_ == lowest, _("another industry used a smaller share of its capacity in 2023 Q4")
