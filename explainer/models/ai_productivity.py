"""What AI could add to aggregate TFP: Hulten's theorem applied to tasks (Acemoglu 2025).

**The question.** Scaling laws say how a model's loss falls with compute and data. How much
would better models raise the productivity of a whole economy?

**The model** (Acemoglu 2025, *Economic Policy*). Production is a set of tasks. Over the next
ten years AI takes over, or makes cheaper, a share ``s`` of them (measured by their share of
GDP, like a Domar weight) and cuts the cost of those tasks by ``x`` on average. As long as AI's
effects are cost savings at the task level, a version of Hulten's theorem gives the gain in
aggregate total factor productivity (TFP), to first order:

.. math::

    \\Delta \\ln \\mathrm{TFP} \\approx s \\cdot x .

This is lesson 2's Hulten's theorem with tasks in place of sectors: the task share plays the
role of the Domar weight and the cost saving that of the sector's productivity gain.

**Acemoglu's numbers** (US estimates). About 4.6% of tasks affected within ten years and
average cost savings of 14.4% on them (labour-cost savings of 27%), so
``0.046 * 0.144 = 0.66%`` more TFP over ten years, about 0.06% a year; allowing for
"hard-to-learn" tasks he puts it below 0.53%.

**The other side.** Aghion & Bunel (2024) reach 0.8 to 1.3 percentage points a year by
comparing AI with past technological revolutions, and 0.07 to 1.24 points a year with
Acemoglu's own formula but their reading of the evidence on task shares and savings. The
formula is not in dispute; its two inputs are. The first-order rule also leaves out new tasks
and products, AI's use in research (the production of ideas), and reallocation, and for large
savings the second-order terms matter (Baqaee & Farhi 2019): with complementary tasks they
make gains smaller.

References
----------
Acemoglu, D. (2025). The simple macroeconomics of AI. *Economic Policy*, 40(121), 13-58
(online 2024; NBER Working Paper 32487).

Acemoglu, D. (2024). Don't believe the AI hype. *Project Syndicate*, 21 May 2024 (the 4.6%,
27% and 14.4% used here).

Aghion, P. and Bunel, S. (2024), as summarised in Aghion, P., Bunel, S. and Jaravel, X.,
What AI means for growth and jobs, *Project Syndicate*.

Hulten, C. R. (1978). Growth accounting with intermediate inputs. *Review of Economic
Studies*, 45(3), 511-518.

Baqaee, D. R. and Farhi, E. (2019). The macroeconomic impact of microeconomic shocks: beyond
Hulten's theorem. *Econometrica*, 87(4), 1155-1203.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import check_integer, check_number

#: Acemoglu's inputs (share of tasks affected in ten years, average cost saving on them) and
#: his upper bound on the ten-year TFP gain.
ACEMOGLU = {"task_share": 0.046, "cost_saving": 0.144, "tfp_gain": 0.0066}
#: Aghion & Bunel's range for the rise in annual productivity growth (historical comparison).
AGHION_BUNEL_PER_YEAR = (0.008, 0.013)
#: The horizon of both estimates, in years.
HORIZON = 10
#: Ten-year TFP gains drawn as lines of equal gain in the explorer (fractions).
ISO_GAINS = (0.005, 0.01, 0.02, 0.05, 0.1)


def _check_share(task_share):
    return check_number("task_share (share of tasks affected)", task_share, 0.0, 1.0)


def _check_saving(cost_saving):
    return check_number("cost_saving (average cost saving on those tasks)", cost_saving, 0.0, 1.0)


def ai_tfp_gain(task_share, cost_saving):
    """First-order TFP gain from AI, ``s * x`` (Hulten's theorem over tasks; log points).

    Parameters
    ----------
    task_share : float
        Share of tasks, by their share of GDP, that AI affects, in [0, 1].
    cost_saving : float
        Average proportional cost saving on those tasks, in [0, 1].

    Examples
    --------
    >>> round(ai_tfp_gain(0.046, 0.144), 4)   # Acemoglu: 0.66% over ten years
    0.0066
    """
    return _check_share(task_share) * _check_saving(cost_saving)


def task_share_needed(tfp_gain, cost_saving):
    """Share of tasks AI must affect for a TFP gain ``tfp_gain`` at cost saving ``cost_saving``.

    Parameters
    ----------
    tfp_gain : float
        Gain sought over the horizon (log points, 0.08 = 8%), in [0, 1].
    cost_saving : float
        Average cost saving on the affected tasks, in (0, 1].

    Raises
    ------
    ValueError
        If the answer would exceed every task (``tfp_gain > cost_saving``).

    Examples
    --------
    >>> round(task_share_needed(0.08, 0.144), 3)   # 0.8 points a year for ten years
    0.556
    """
    tfp_gain = check_number("tfp_gain (TFP gain over the horizon)", tfp_gain, 0.0, 1.0)
    cost_saving = check_number("cost_saving (average cost saving on those tasks)", cost_saving,
                               0.0, 1.0, low_open=True)
    if tfp_gain > cost_saving:
        raise ValueError(f"tfp_gain must be at most cost_saving ({cost_saving:g}): even with every "
                         f"task affected the gain is s * x <= x; got tfp_gain={tfp_gain:g}")
    return tfp_gain / cost_saving


@dataclass(frozen=True)
class AIProductivityOutcome:
    """The ten-year TFP gain for one setting, next to the published estimates.

    Attributes
    ----------
    task_share, cost_saving : float
        The inputs, as fractions.
    tfp_gain : float
        ``task_share * cost_saving`` over the horizon (log points).
    per_year : float
        The same spread evenly over the horizon, ``tfp_gain / years`` (percentage points a
        year when multiplied by 100).
    years : int
        The horizon.
    times_acemoglu : float
        ``tfp_gain`` over Acemoglu's 0.66%.
    share_for_aghion_bunel : tuple of float
        Task shares that would give Aghion & Bunel's 0.8 and 1.3 points a year at this cost
        saving; a value above 1 means that even every task would not be enough.
    """

    task_share: float
    cost_saving: float
    tfp_gain: float
    per_year: float
    years: int
    times_acemoglu: float
    share_for_aghion_bunel: tuple


def ai_productivity_outcome(task_share, cost_saving, years=HORIZON):
    """The TFP gain for one setting and how it compares with the published estimates.

    Parameters
    ----------
    task_share, cost_saving : float
        As in :func:`ai_tfp_gain`; ``cost_saving`` must be above 0.001 here so the comparison
        with Aghion & Bunel is finite.
    years : int
        Horizon, in [1, 50].

    Returns
    -------
    AIProductivityOutcome

    Examples
    --------
    >>> o = ai_productivity_outcome(0.046, 0.144)
    >>> round(100 * o.per_year, 3), [round(s, 2) for s in o.share_for_aghion_bunel]
    (0.066, [0.56, 0.9])
    """
    task_share = _check_share(task_share)
    cost_saving = check_number("cost_saving (average cost saving on those tasks)", cost_saving,
                               0.001, 1.0)
    years = check_integer("years (horizon)", years, 1, 50)
    return _outcome(task_share, cost_saving, years)


def _outcome(task_share, cost_saving, years):
    gain = task_share * cost_saving
    needed = tuple(float(rate * years / cost_saving) for rate in AGHION_BUNEL_PER_YEAR)
    return AIProductivityOutcome(task_share=task_share, cost_saving=cost_saving, tfp_gain=gain,
                                 per_year=gain / years, years=years,
                                 times_acemoglu=gain / ACEMOGLU["tfp_gain"],
                                 share_for_aghion_bunel=needed)


def ai_productivity_curves(points=101, share_max=0.6):
    """Lines of equal ten-year TFP gain in the plane of task share and cost saving.

    Returns
    -------
    dict
        ``task_share`` (a grid from ``share_max / points`` to ``share_max``), and for each gain
        ``g`` of :data:`ISO_GAINS` the cost saving ``g / task_share`` that gives it (``nan``
        never appears: savings above 1 are clipped to 1, where a line leaves the plot);
        ``aghion_bunel_low`` and ``aghion_bunel_high``, the same for ten years of 0.8 and 1.3
        points a year.
    """
    points = check_integer("points (number of grid points)", points, 2, 10_000)
    share_max = check_number("share_max (largest task share plotted)", share_max, 0.0, 1.0,
                             low_open=True)
    return _curves(points, share_max)


def _curves(points=101, share_max=0.6):
    share = np.linspace(share_max / points, share_max, points)
    low, high = (rate * HORIZON for rate in AGHION_BUNEL_PER_YEAR)
    return {
        "task_share": share,
        "iso": {g: np.minimum(g / share, 1.0) for g in ISO_GAINS},
        "aghion_bunel_low": np.minimum(low / share, 1.0),
        "aghion_bunel_high": np.minimum(high / share, 1.0),
    }


def ai_productivity_model(task_share_pct, cost_saving_pct):
    """The explorer's one call: ``(curves, outcome)`` for a ten-year horizon.

    The curves (:func:`ai_productivity_curves`) run over task shares up to 1, on 201 points.

    Parameters
    ----------
    task_share_pct : float
        Percent of tasks AI affects within ten years, in [0, 100].
    cost_saving_pct : float
        Average percent cost saving on those tasks, in [0.1, 100].

    Examples
    --------
    >>> curves, outcome = ai_productivity_model(4.6, 14.4)
    >>> round(100 * outcome.tfp_gain, 2), round(outcome.times_acemoglu, 2)
    (0.66, 1.0)
    """
    share = check_number("task_share_pct (percent of tasks affected)", task_share_pct, 0.0, 100.0)
    saving = check_number("cost_saving_pct (percent cost saving)", cost_saving_pct, 0.1, 100.0)
    return _curves(points=201, share_max=1.0), _outcome(share / 100.0, saving / 100.0, HORIZON)
