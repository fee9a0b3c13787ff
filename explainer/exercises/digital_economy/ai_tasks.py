"""Exercise: what task share or cost saving AI would need to add a point a year to TFP (Acemoglu 2025)."""

from explainer.exercises.checking import test_case

from explainer.exercises.answers import answer
from explainer.exercises.answers import number as _number
from explainer.i18n import _

OK_FORMAT = False

name = "ai_tasks"
points = 3

GAIN, SHARE, SAVING = 0.10, 0.046, 0.144


@test_case(points=1, failure_message=_("Hulten over tasks: gain = share × saving, so share = gain / saving."))
def test_share_needed(env):
    from explainer.models.ai_productivity import task_share_needed

    share_needed = _number(env, "share_needed")
    assert abs(share_needed - 0.01 / SAVING) > 1e-9, _(
        "you used one year's gain: a point a year for ten years is a ten-year gain of 0.10")
    assert abs(share_needed - task_share_needed(GAIN, SAVING)) < 1e-9, _(
        "share_needed does not give a ten-year gain of 0.10 at a cost saving of 0.144")


@test_case(points=1, failure_message=_("The same formula solved for the saving: saving = gain / share."))
def test_saving_needed(env):
    saving_needed = _number(env, "saving_needed")
    assert abs(saving_needed - GAIN / SHARE) < 1e-9, _(
        "saving_needed does not give a ten-year gain of 0.10 when 4.6% of tasks are affected")


@test_case(points=1, failure_message=_("A cost saving is a share of what the tasks cost: can it exceed 1?"))
def test_possible(env):
    import numpy as np

    possible = answer(env, "possible")
    assert isinstance(possible, (bool, np.bool_)), _(
        "possible should be True or False")
    assert not possible, _(
        "the saving needed is above 100%: those tasks would have to cost less than nothing, "
        "so 4.6% of tasks cannot deliver a point a year")
