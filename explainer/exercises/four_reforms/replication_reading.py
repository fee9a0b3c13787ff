"""Exercise (an interpretation question): what the replication of the royalty-share evidence implies."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import choice
from explainer.i18n import N_, _

OK_FORMAT = False

name = "replication_reading"
points = 1

CLAIMS = {
    "A": N_("Not A. Finding no compelling evidence of an effect is not showing that the effect is "
            "zero: an effect the data cannot detect may still exist, and Ouellette & Tutt say "
            "themselves that their results do not imply that patents give university researchers "
            "no incentive."),
    "B": N_("Not B. A failed replication removes the evidence for a rise; it is not evidence for "
            "a fall. In the model the sign depends on β/γ and on the old share (Exercise 5), and "
            "nobody has measured β for Chinese institutes."),
    "C": "",
    "D": N_("Not D. Norway moved the other way: it took the rights from researchers, who had held "
            "them in full, and gave universities the majority. Hvide & Jones measure researchers' "
            "start-ups and patents, which fell by about half, not universities' revenue: their "
            "evidence supports giving researchers a stake, not a particular share, and says "
            "nothing about a unit's income."),
}


@test_case(points=1, failure_message=_(
    "Read each claim against what each study measured: an effect or only the absence of evidence "
    "for one; shares or ownership; universities' income or researchers' start-ups and patents."))
def test_answer(env):
    choice(env, "answer_7", CLAIMS, "C")
