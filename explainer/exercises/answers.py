"""Reading a student's answer inside an otter test case, with a message a student can act on.

Every exercise's test file uses these, so each check first says plainly when an answer is still
the placeholder ``...`` or has the wrong form, before it says whether the value is right.
"""

import numpy as np

from ..i18n import _


def answer(env, variable):
    """Return ``env[variable]``; fail with a hint when it is missing or still ``...``."""
    value = env.get(variable, ...)
    assert value is not ..., _("{variable} is still the placeholder `...`: replace it with your "
                               "code").format(variable=variable)
    return value


def number(env, variable, note=""):
    """Return the student's ``variable`` as a float; fail with a hint unless it is one number.

    ``note`` is added to the message when the answer is not a single number, for example
    ``"(the slope, not the whole fit)"``.
    """
    value = answer(env, variable)
    assert np.ndim(value) == 0 and isinstance(value, (int, float, np.number, np.ndarray)), (
        _("{variable} should be a single number {note}").format(variable=variable,
                                                                 note=note).rstrip())
    return float(value)


def choice(env, variable, claims, correct):
    """Check an interpretation question answered by picking one of several stated claims.

    The student sets ``variable`` to a claim's letter (``answer_1 = "B"``). A wrong pick fails
    with the feedback written for that claim, which says what is wrong with it, so every wrong
    choice teaches something; the right one passes.

    Parameters
    ----------
    env : dict
        The notebook's variables.
    variable : str
        The name the student assigns the letter to.
    claims : dict of str to str
        Letter -> feedback shown when that letter is picked (English, marked with ``N_`` at
        import time; translated here). The correct letter's entry may be empty.
    correct : str
        The letter of the claim that holds.

    Returns
    -------
    str
        The letter picked (upper case).
    """
    value = answer(env, variable)
    letters = ", ".join(sorted(claims))
    assert isinstance(value, str) and value.strip().upper() in claims, _(
        "{variable} should be one letter, one of {letters}, as a string (for example \"A\")"
    ).format(variable=variable, letters=letters)
    picked = value.strip().upper()
    assert picked == correct, _(claims[picked])
    return picked
