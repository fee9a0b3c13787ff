"""Exercise: data as an input versus data that improve the allocation of factors (interpretation)."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import choice
from explainer.i18n import N_, _

OK_FORMAT = False

name = "data_effect"
points = 1

CLAIMS = {
    "A": N_("Not A. In Y = A K^α L^(1−α) D^γ the marginal product of capital is αY/K, which rises with "
            "D while A stays the same: more data make capital and labour more productive as a "
            "complementary input, which the growth account credits to data (γ g_D), not to TFP."),
    "B": "",
    "C": N_("Not C. Aggregate TFP is output per unit of the economy's capital and labour. Moving the "
            "same inputs to firms whose marginal revenue products are higher raises output, so TFP "
            "rises although the totals do not change (section 3)."),
    "D": N_("Not D. Reallocation is not a zero-sum shift: inputs leave firms where they add little and "
            "go where they add more, so total output from the same inputs rises, up to the efficient "
            "level where marginal revenue products are equal."),
}


@test_case(points=1, failure_message=_("Ask for each effect: does it change output at given capital, "
                                       "labour and data, and does it change where the inputs are?"))
def test_claim(env):
    choice(env, "data_effect", CLAIMS, "B")
