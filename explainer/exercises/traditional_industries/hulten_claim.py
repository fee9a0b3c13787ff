"""Exercise: which claim about the 14% and the 7.9% holds? (Hulten 1978; Baqaee & Farhi 2019)."""

from explainer.exercises.checking import test_case

from explainer.i18n import N_, _

from explainer.exercises.answers import choice as _choice

OK_FORMAT = False

name = "hulten_claim"
points = 1

CLAIMS = {
    "A": N_("Not A: in this efficient Cobb-Douglas economy Hulten's rule is exact, so the Domar "
            "weight is the whole effect, not a floor. A loss beyond it needs elasticities of "
            "substitution other than one together with a large shock, or distortions such as "
            "markups (Baqaee & Farhi)."),
    "B": "",
    "C": N_("Not C: in the model workers move freely between sectors and nobody is unemployed; "
            "the loss is the same fall in every real wage, whatever the network."),
    "D": N_("Not D: measuring productivity per unit of value added changes the size of the "
            "shock, not its cost. The same event is a 17.4% fall in value-added TFP, and at the "
            "value-added share it costs 14.0% again."),
    "E": N_("Not E: Acemoglu, Carvalho, Ozdaglar & Tahbaz-Salehi (2012) use a Cobb-Douglas network "
            "too. They show that shocks to single sectors need not average out, which makes "
            "aggregate volatility, not losses beyond the Domar weight."),
}


@test_case(points=1, failure_message=_("Ask which productivity the 10% is a fall in, and which weight "
                                     "goes with that measure."))
def test_claim(env):
    _choice(env, "hulten_claim", CLAIMS, "B")
