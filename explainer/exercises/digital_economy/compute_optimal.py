"""Exercise: the compute-optimal model size and data (Hoffmann et al. 2022, Approach 3)."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import number
from explainer.i18n import _

OK_FORMAT = False

name = "compute_optimal"
points = 3

C = 1e24


def _number(env, variable):
    value = number(env, variable)
    assert value > 0, _("{variable} should be a positive number").format(variable=variable)
    return value


@test_case(points=1, failure_message=_("N_opt = G·(C/6)^(β/(α+β)) with G = (αA/(βB))^(1/(α+β)); "
                                       "the exponent on C/6 is β/(α+β), not α/(α+β)."))
def test_parameters(env):
    from explainer.models.scaling_laws import compute_optimal_split

    N_opt = _number(env, "N_opt")
    expected = compute_optimal_split(C)[0]
    assert abs(N_opt / expected - 1) < 1e-6, _("N_opt does not match the compute-optimal size at C = 1e24 FLOPs")


@test_case(points=1, failure_message=_("D_opt = (C/6)^(α/(α+β)) / G: divide by G, do not multiply."))
def test_tokens(env):
    from explainer.models.scaling_laws import compute_optimal_split

    D_opt = _number(env, "D_opt")
    expected = compute_optimal_split(C)[1]
    assert abs(D_opt / expected - 1) < 1e-6, _("D_opt does not match the compute-optimal tokens at C = 1e24 FLOPs")


@test_case(points=1, failure_message=_("Training costs C = 6·N·D FLOPs: your split must spend exactly the budget."))
def test_budget(env):
    N_opt, D_opt = _number(env, "N_opt"), _number(env, "D_opt")
    assert abs(N_opt * D_opt / (C / 6) - 1) < 1e-9, _("N_opt · D_opt should equal C / 6")
    ratio = _number(env, "tokens_per_parameter")
    assert abs(ratio - D_opt / N_opt) < 1e-9 * max(1.0, ratio), _("tokens_per_parameter is D_opt / N_opt")
