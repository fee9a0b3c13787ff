"""From follow-style to leading-style innovation: distance to the technology frontier.

A stylised reduced form inspired by Acemoglu, Aghion & Zilibotti (2006). The economy's
technology ``A_t`` grows by adopting (imitating) the world frontier ``Abar_{t-1}`` and by
building on its own technology ``A_{t-1}``, with weights that depend on its strategy
``R``:

.. math::

    A_t = \\eta_R \\bar A_{t-1} + \\gamma_R A_{t-1}, \\qquad \\bar A_t = (1+g) \\bar A_{t-1},

so proximity to the frontier ``a_t = A_t / \\bar A_t`` follows

.. math::

    a_t = \\frac{\\eta_R + \\gamma_R a_{t-1}}{1 + g} .

The *investment-based* ("follow-style", imitation) strategy ``R = 1`` is better at adoption and
worse at innovation than the *innovation-based* ("leading-style") strategy ``R = 0``:
``eta_1 > eta_0`` and ``gamma_1 < gamma_0``. Growth is highest with ``R = 1`` while
``a_{t-1} < a* = (eta_1 - eta_0) / (gamma_0 - gamma_1)`` and with ``R = 0`` after. Under a fixed
strategy ``a`` converges to ``a_ss(R) = eta_R / (1 + g - gamma_R)``; keeping
``eta_R + gamma_R <= 1 + g`` keeps ``a <= 1``.

A trap: if policy keeps the imitation strategy until ``a`` reaches a threshold above
``a_ss(1)``, the economy never gets there and stays at ``a_ss(1) < 1`` for ever. Under the
growth-maximising rule a trap would need ``a_ss(1) < a*``, which holds only if
``a_ss(0) < a_ss(1)``: switching at the right time never traps an economy whose innovation
strategy leads to the frontier; switching too late can.

**Honest label.** The paper's model has firms, managers of different skill, credit and
selection; its qualitative results (an investment-based strategy far from the frontier, a
switch to an innovation-based strategy closer to it, and policies that favour investment
risking a non-convergence trap) are stated in its abstract. The linear law of motion above
is a textbook-style reduced form; we could not check it term by term against the paper's
equations, so it is not quoted as theirs.

References
----------
Acemoglu, D., Aghion, P. and Zilibotti, F. (2006). Distance to frontier, selection, and
economic growth. *Journal of the European Economic Association*, 4(1), 37-74.

Gerschenkron, A. (1962). *Economic Backwardness in Historical Perspective*. Harvard
University Press.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import check_integer, check_number


def _check_strategies(eta1, gamma1, eta0, gamma0, g):
    g = check_number("g (frontier growth rate)", g, 0, 0.2)
    eta1 = check_number("eta1 (adoption, imitation strategy)", eta1, 0, 1, low_open=True)
    gamma1 = check_number("gamma1 (own-innovation weight, imitation strategy)", gamma1, 0, 1.2)
    eta0 = check_number("eta0 (adoption, innovation strategy)", eta0, 0, 1, low_open=True)
    gamma0 = check_number("gamma0 (own-innovation weight, innovation strategy)", gamma0, 0, 1.2)
    return _check_relations(eta1, gamma1, eta0, gamma0, g)


def _check_relations(eta1, gamma1, eta0, gamma0, g):
    if eta1 <= eta0:
        raise ValueError(f"eta1 (adoption, imitation strategy) must be > eta0 = {eta0:g}; got {eta1!r}")
    if gamma1 >= gamma0:
        raise ValueError(f"gamma1 (own-innovation weight, imitation strategy) must be < gamma0 = {gamma0:g}; got {gamma1!r}")
    for name, eta, gamma in (("eta1 + gamma1", eta1, gamma1), ("eta0 + gamma0", eta0, gamma0)):
        if eta + gamma > 1 + g + 1e-12:
            raise ValueError(f"{name} must be <= 1 + g = {1 + g:g} so that a stays <= 1; got {eta + gamma:g}")
    return eta1, gamma1, eta0, gamma0, g


def next_proximity(a_prev, R, eta1=0.25, gamma1=0.75, eta0=0.10, gamma0=0.92, g=0.02):
    """One step of ``a_t = (eta_R + gamma_R a_{t-1}) / (1 + g)`` for strategy ``R`` (1 or 0)."""
    eta1, gamma1, eta0, gamma0, g = _check_strategies(eta1, gamma1, eta0, gamma0, g)
    a_prev = min(check_number("a_prev (proximity to frontier)", a_prev, 0, 1 + 1e-9), 1.0)
    R = check_integer("R (strategy: 1 imitation, 0 innovation)", R, 0, 1)
    eta, gamma = (eta1, gamma1) if R == 1 else (eta0, gamma0)
    return (eta + gamma * a_prev) / (1 + g)


def switch_threshold(eta1=0.25, gamma1=0.75, eta0=0.10, gamma0=0.92, g=0.02):
    """Growth-maximising switch point ``a* = (eta1 - eta0) / (gamma0 - gamma1)``."""
    eta1, gamma1, eta0, gamma0, g = _check_strategies(eta1, gamma1, eta0, gamma0, g)
    return _threshold(eta1, gamma1, eta0, gamma0)


def _threshold(eta1, gamma1, eta0, gamma0):
    return (eta1 - eta0) / (gamma0 - gamma1)


def steady_state(R, eta1=0.25, gamma1=0.75, eta0=0.10, gamma0=0.92, g=0.02):
    """Long-run proximity under a fixed strategy, ``a_ss(R) = eta_R / (1 + g - gamma_R)``."""
    eta1, gamma1, eta0, gamma0, g = _check_strategies(eta1, gamma1, eta0, gamma0, g)
    R = check_integer("R (strategy: 1 imitation, 0 innovation)", R, 0, 1)
    eta, gamma = (eta1, gamma1) if R == 1 else (eta0, gamma0)
    return _steady(eta, gamma, g)


def _steady(eta, gamma, g):
    return eta / (1 + g - gamma)


@dataclass(frozen=True)
class FrontierPath:
    """A simulated catch-up path.

    Attributes
    ----------
    t : numpy.ndarray
        Periods 0..T.
    proximity : numpy.ndarray
        ``a_t``, technology relative to the frontier (1 = at the frontier).
    strategy : numpy.ndarray
        ``R_t`` used to reach ``a_t`` (1 imitation, 0 innovation; ``R_0`` repeats ``R_1``).
    growth : numpy.ndarray
        Growth of the economy's technology, ``(1+g) a_t / a_{t-1} - 1`` (``growth[0]`` is the
        first step's).
    switch_period : int or None
        First period that uses the innovation strategy (``None`` if never).
    """

    t: np.ndarray
    proximity: np.ndarray
    strategy: np.ndarray
    growth: np.ndarray
    switch_period: int | None


def frontier_path(a0, periods, switch_at, eta1=0.25, gamma1=0.75, eta0=0.10, gamma0=0.92,
                  g=0.02):
    """Simulate ``a_t`` when the economy imitates while ``a_{t-1} < switch_at`` and innovates after.

    Parameters
    ----------
    a0 : float
        Starting proximity to the frontier, in (0, 1].
    periods : int
        Number of periods, 1 to 10,000.
    switch_at : float
        Proximity at which the economy switches to the innovation strategy, in [0, 1.5];
        ``switch_threshold(...)`` maximises growth; a value above 1 means never switch.
    eta1, gamma1, eta0, gamma0, g : float
        Strategy parameters and frontier growth (see the module notes).

    Returns
    -------
    FrontierPath
    """
    eta1, gamma1, eta0, gamma0, g = _check_strategies(eta1, gamma1, eta0, gamma0, g)
    a0 = check_number("a0 (starting proximity)", a0, 0, 1, low_open=True)
    periods = check_integer("periods", periods, 1, 10_000)
    switch_at = check_number("switch_at (proximity at which to switch)", switch_at, 0, 1.5)
    return _path(a0, periods, switch_at, eta1, gamma1, eta0, gamma0, g)


def _path(a0, periods, switch_at, eta1, gamma1, eta0, gamma0, g):
    a = np.empty(periods + 1)
    R = np.empty(periods + 1, dtype=int)
    a[0] = a0
    for t in range(1, periods + 1):
        R[t] = 1 if a[t - 1] < switch_at else 0
        eta, gamma = (eta1, gamma1) if R[t] == 1 else (eta0, gamma0)
        a[t] = (eta + gamma * a[t - 1]) / (1 + g)
    R[0] = R[1]
    growth = np.empty(periods + 1)
    growth[1:] = (1 + g) * a[1:] / a[:-1] - 1
    growth[0] = growth[1]
    innovating = np.nonzero(R[1:] == 0)[0]
    switch = int(innovating[0]) + 1 if innovating.size else None
    return FrontierPath(t=np.arange(periods + 1), proximity=a, strategy=R, growth=growth,
                        switch_period=switch)


@dataclass(frozen=True)
class CatchUpComparison:
    """A policy path next to the growth-maximising path and the never-switch path.

    Attributes
    ----------
    best, policy, never : FrontierPath
        Switching at ``a*``, at the policy threshold, and never.
    best_threshold : float
        ``a*``.
    steady_imitation, steady_innovation : float
        ``a_ss(1)`` and ``a_ss(0)``.
    relative_level : numpy.ndarray
        Technology on the policy path relative to the growth-maximising path, ``a_policy / a_best``.
    trapped : bool
        Whether the policy threshold lies above ``a_ss(1)``, so that the switch never comes.
    switch_at : float
        The policy threshold.
    """

    best: FrontierPath
    policy: FrontierPath
    never: FrontierPath
    best_threshold: float
    steady_imitation: float
    steady_innovation: float
    relative_level: np.ndarray
    trapped: bool
    switch_at: float


def compare_switching(a0, switch_at, periods=60, eta1=0.25, gamma1=0.75, eta0=0.10, gamma0=0.92,
                      g=0.02):
    """Simulate the growth-maximising, the policy and the never-switch paths from ``a0``.

    Parameters as in :func:`frontier_path`; ``periods`` defaults to 60.

    Returns
    -------
    CatchUpComparison

    Examples
    --------
    >>> c = compare_switching(0.3, 0.95)
    >>> round(c.best_threshold, 3), c.trapped, round(float(c.policy.proximity[-1]), 3)
    (0.882, True, 0.926)
    """
    eta1, gamma1, eta0, gamma0, g = _check_strategies(eta1, gamma1, eta0, gamma0, g)
    a0 = check_number("a0 (starting proximity)", a0, 0, 1, low_open=True)
    periods = check_integer("periods", periods, 1, 10_000)
    switch_at = check_number("switch_at (proximity at which to switch)", switch_at, 0, 1.5)
    return _compare(a0, periods, switch_at, eta1, gamma1, eta0, gamma0, g)


def distance_to_frontier_model(a0, eta1, switch_at, periods=60):
    """The explorer's one call: :func:`compare_switching` with ``gamma1``, ``eta0``, ``gamma0``
    and ``g`` at their defaults (0.75, 0.10, 0.92, 0.02), validating only what a student sets.

    Parameters
    ----------
    a0 : float
        Starting proximity to the frontier, in (0, 1].
    eta1 : float
        Adoption under the imitation strategy, in (0, 1], above ``eta0`` and with
        ``eta1 + gamma1 <= 1 + g``.
    switch_at : float
        Proximity at which to switch, in [0, 1.5].
    periods : int
        Number of periods, 1 to 10,000.

    Returns
    -------
    CatchUpComparison

    Examples
    --------
    >>> c = distance_to_frontier_model(0.3, 0.25, 0.95)
    >>> round(c.best_threshold, 3), c.trapped
    (0.882, True)
    """
    gamma1, eta0, gamma0, g = 0.75, 0.10, 0.92, 0.02
    eta1 = check_number("eta1 (adoption, imitation strategy)", eta1, 0, 1, low_open=True)
    _check_relations(eta1, gamma1, eta0, gamma0, g)
    a0 = check_number("a0 (starting proximity)", a0, 0, 1, low_open=True)
    periods = check_integer("periods", periods, 1, 10_000)
    switch_at = check_number("switch_at (proximity at which to switch)", switch_at, 0, 1.5)
    return _compare(a0, periods, switch_at, eta1, gamma1, eta0, gamma0, g)


def _compare(a0, periods, switch_at, eta1, gamma1, eta0, gamma0, g):
    params = (eta1, gamma1, eta0, gamma0, g)
    a_star = _threshold(eta1, gamma1, eta0, gamma0)
    best = _path(a0, periods, a_star, *params)
    policy = _path(a0, periods, switch_at, *params)
    never = _path(a0, periods, 1.5, *params)
    ss1, ss0 = _steady(eta1, gamma1, g), _steady(eta0, gamma0, g)
    return CatchUpComparison(
        best=best, policy=policy, never=never, best_threshold=a_star,
        steady_imitation=ss1, steady_innovation=ss0,
        relative_level=policy.proximity / best.proximity,
        trapped=bool(switch_at > ss1 and max(a0, ss1) < switch_at),
        switch_at=switch_at,
    )


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
catch_up_model = distance_to_frontier_model
