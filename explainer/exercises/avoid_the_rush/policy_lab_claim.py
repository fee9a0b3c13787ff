"""Exercise: which claim does the policy lab support? An interpretation question."""

from explainer.exercises.checking import test_case
from explainer.i18n import N_, _

from explainer.exercises.answers import choice

OK_FORMAT = False

name = "policy_lab_claim"
points = 1

CLAIMS = {
    "A": N_("Not in this model. Set 'Regions told to build' to 3 and 'What the planner knows' to "
            "100%: a planner that knows every region's fit and mandates the optimal number "
            "reaches the optimum, 26.04, above free entry's 24.25. The lab says what planning "
            "needs (local information, the right number), not that planning always loses."),
    "B": N_("Free entry admits 5 plants where 3 maximise surplus, because each entrant counts "
            "the sales it takes from rivals as a gain (Section 1). With equal costs it admits 7 "
            "where 3 would be best."),
    "C": "",
    "D": N_("In the lab the cost cut is a separate lever that lowers every policy's set-up cost "
            "alike. With no cut at all, free entry still does far better than a plan that tells "
            "all 31 regions to build, and the optimum still does better than both."),
}


@test_case(points=1, failure_message=_("Pick the claim that the lab's numbers support, and read "
                                       "the feedback on the one you picked."))
def test_claim(env):
    choice(env, "lab_claim", CLAIMS, "C")
