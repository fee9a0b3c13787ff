"""Talent and the production of ideas (Romer 1990; Jones 1995).

The stock of ideas ``A`` grows with the number of researchers ``L_A``:

.. math::

    \\dot A = \\delta\\, L_A^{\\lambda} A^{\\phi}, \\qquad L_A(t) = L_0 e^{n t}.

``lambda`` (0 < lambda <= 1) measures duplication among researchers and ``phi`` how past ideas
help (``phi > 0``) or hinder (``phi < 0``, "fishing out") the search for new ones. With
``phi < 1`` (Jones 1995) idea growth on the balanced growth path is

.. math::

    g_A^* = \\frac{\\lambda n}{1-\\phi},

so a one-off increase in the research workforce (or in researchers' productivity ``delta``)
raises the *level* of ideas for good but their *growth* only for a while.

With ``lambda = phi = 1`` (Romer 1990) growth is ``g_A = delta L_A``: the growth rate is
proportional to the *number* of researchers (a scale effect). Romer held the research
workforce constant, so growth is constant there. With a growing workforce, ``n > 0``, growth
itself grows, ``g_A(t) = g_A(0) e^{n t}``, and rises without bound. That prediction is what
Jones (1995) tested and rejected: the number of US scientists and engineers in R&D rose
several-fold after the 1950s while US productivity growth showed no upward trend. The case
``phi = 1`` is kept here to show that contrast, not as a description of the data.

The path has a closed form. Writing ``X = A**(1 - phi)``, ``dX/dt = (1 - phi) delta(t)
L_A(t)**lambda``, so ``X(t) = X(0) + (1 - phi) I(t)`` with ``I(t)`` the integral of
``delta L_A**lambda``; for ``phi = 1``, ``ln A(t) = ln A(0) + I(t)``. Growth is
``g_A(t) = delta(t) L_A(t)**lambda / X(t)``. Research productivity, ideas' growth per
researcher ``g_A / L_A``, falls whenever ``phi < 1`` and ``n > 0``: ideas get harder to find
(Bloom, Jones, Van Reenen & Webb 2020).

**Whose ideas?** In Jones's framework ideas are nonrival and flow across borders: ``A`` is
the *world's* stock of ideas and ``L_A`` the world's researchers; long-run growth "arises from
the worldwide discovery of ideas" (Jones 2002). A talent reform in one country moves the
world's ``L_A`` only by the researchers it adds to the world's total:
:func:`world_research_factor` gives the factor. Researchers who move from another country's
labs add nothing to it; they raise the receiving country's share of world research and its
ability to absorb and use the world's ideas, which this one-stock model does not contain. A
level gain computed by treating a country's talent jump as a jump in ``L_A`` is therefore an
upper bound on the gain in the world's stock of ideas.

References
----------
Romer, P. M. (1990). Endogenous technological change. *Journal of Political Economy*,
98(5), S71-S102.

Jones, C. I. (1995). R&D-based models of economic growth. *Journal of Political Economy*,
103(4), 759-784.

Jones, C. I. (2002). Sources of U.S. economic growth in a world of ideas. *American Economic
Review*, 92(1), 220-239. (Ideas are discovered worldwide.)

Bloom, N., Jones, C. I., Van Reenen, J. and Webb, M. (2020). Are ideas getting harder to
find? *American Economic Review*, 110(4), 1104-1144.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import check_number, check_points


def _check_params(n, lam, phi):
    n = check_number("n (growth rate of the research workforce)", n, 0, 0.1)
    lam = check_number("lam (lambda, returns to more researchers)", lam, 0, 1, low_open=True)
    phi = check_number("phi (how past ideas help new ones)", phi, -3, 1)
    return n, lam, phi


def bgp_idea_growth(n=0.01, lam=0.75, phi=0.5):
    """Balanced-growth rate of ideas, ``lambda n / (1 - phi)`` (requires ``phi < 1``)."""
    n, lam, phi = _check_params(n, lam, phi)
    if phi >= 1:
        raise ValueError(f"phi (how past ideas help new ones) must be < 1 for a balanced growth "
                         f"path; got {phi!r}")
    return lam * n / (1 - phi)


def world_research_factor(country_share, talent_jump, new_to_research=1.0):
    """Factor by which the world's research workforce changes when one country's jumps.

    ``1 + country_share (talent_jump - 1) new_to_research``: the country does the share
    ``country_share`` of the world's research, multiplies its own research workforce by
    ``talent_jump``, and only the fraction ``new_to_research`` of the added researchers are new
    to research anywhere (the rest come from other countries' labs). Feeding this factor,
    instead of ``talent_jump``, to :func:`idea_path` gives the change in the world's stock of
    ideas in Jones's model with one world stock of ideas.

    Parameters
    ----------
    country_share : float
        The country's share of the world's researchers, ``[0, 1]``.
    talent_jump : float
        Factor on the country's research workforce, ``[1, 10]``.
    new_to_research : float
        Fraction of the added researchers who did no research anywhere before, ``[0, 1]``.

    Examples
    --------
    >>> world_research_factor(1.0, 2.0)
    2.0
    >>> world_research_factor(0.25, 2.0)
    1.25
    >>> world_research_factor(0.25, 2.0, new_to_research=0.0)
    1.0
    """
    share = check_number("country_share (the country's share of world researchers)",
                         country_share, 0, 1)
    J = check_number("talent_jump (factor on the research workforce)", talent_jump, 1, 10)
    new = check_number("new_to_research (fraction of added researchers new to research)",
                       new_to_research, 0, 1)
    return 1.0 + share * (J - 1.0) * new


def _ramp(t, rate):
    """Integral of exp(rate s) from 0 to t (t >= 0)."""
    t = np.maximum(t, 0.0)
    if rate == 0:
        return t
    return np.expm1(rate * t) / rate


@dataclass(frozen=True)
class IdeaPath:
    """A path of the idea stock.

    Attributes
    ----------
    t : ndarray
        Years.
    ideas : ndarray
        Stock of ideas ``A`` (``A(0) = 1``).
    growth : ndarray
        Growth rate of ideas ``g_A`` (per year).
    researchers : ndarray
        Research workforce ``L_A`` (``L_A(0) = 1`` before any jump).
    research_productivity : ndarray
        ``g_A / L_A`` relative to its value at ``t = 0``.
    """

    t: np.ndarray
    ideas: np.ndarray
    growth: np.ndarray
    researchers: np.ndarray
    research_productivity: np.ndarray


def _check_path(years, n, lam, phi, talent_jump, productivity_jump, jump_year, g0):
    years = check_number("years (length of the path)", years, 1, 200)
    n, lam, phi = _check_params(n, lam, phi)
    J = check_number("talent_jump (factor on the research workforce)", talent_jump, 1, 10)
    D = check_number("productivity_jump (factor on researchers' productivity)",
                     productivity_jump, 1, 10)
    tj = check_number("jump_year (year of the reform, at most years)", jump_year, 0, years)
    if g0 is None:
        if phi >= 1 or n == 0:
            raise ValueError("g0 (initial idea growth) must be given when phi = 1 or n = 0, "
                             "because there is then no balanced growth path to start on")
        g0 = lam * n / (1 - phi)
        if g0 > 0.2:
            raise ValueError("n, lam and phi give a balanced growth rate lam*n/(1-phi) = "
                             f"{g0:.3g}, above the 0.2 (20% a year) this model allows: lower "
                             "n or lam, or phi, or pass g0")
    g0 = check_number("g0 (initial idea growth)", g0, 0, 0.2, low_open=True)
    return years, n, lam, phi, J, D, tj, g0


def _path(t, n, lam, phi, J, D, tj, g0):
    after = t >= tj
    # delta L0^lam = g0 * X(0) with A(0) = 1, so X(0) = 1 and delta L0^lam = g0.
    rate = lam * n
    integral = g0 * (_ramp(np.minimum(t, tj), rate)
                     + D * J ** lam * np.exp(rate * tj) * _ramp(t - tj, rate) * after)
    flow = g0 * np.exp(rate * t) * np.where(after, D * J ** lam, 1.0)
    researchers = np.exp(n * t) * np.where(after, J, 1.0)
    if phi < 1:
        X = 1.0 + (1 - phi) * integral
        ideas = X ** (1 / (1 - phi))
        growth = flow / X
    else:
        ideas = np.exp(integral)
        growth = flow
    productivity = (growth / researchers) / g0
    return IdeaPath(t=t, ideas=ideas, growth=growth, researchers=researchers,
                    research_productivity=productivity)


def idea_path(years=60.0, n=0.01, lam=0.75, phi=0.5, g0=None, talent_jump=1.0,
              productivity_jump=1.0, jump_year=10.0, points=241):
    """Simulate ``A(t)`` in closed form, with an optional one-off reform at ``jump_year``.

    Parameters
    ----------
    years : float
        Length of the path in years, ``[1, 200]``.
    n : float
        Growth rate of the research workforce per year, ``[0, 0.1]``.
    lam : float
        Returns to more researchers ``lambda``, ``(0, 1]``.
    phi : float
        Effect of the idea stock on finding new ideas, ``[-3, 1]``; ``phi = 1`` is Romer's case.
    g0 : float or None
        Idea growth at ``t = 0``, ``(0, 0.2]``. ``None`` starts on the balanced growth path,
        ``lambda n / (1 - phi)`` (needs ``phi < 1`` and ``n > 0``).
    talent_jump : float
        Factor by which the research workforce jumps at ``jump_year`` (an open talent system),
        ``[1, 10]``.
    productivity_jump : float
        Factor by which each researcher's productivity ``delta`` jumps at ``jump_year``,
        ``[1, 10]``.
    jump_year : float
        Year of the reform, ``[0, years]``.
    points : int
        Number of time points, a whole number from 2 to 10,000.

    Returns
    -------
    IdeaPath
    """
    years, n, lam, phi, J, D, tj, g0 = _check_path(years, n, lam, phi, talent_jump,
                                                   productivity_jump, jump_year, g0)
    points = check_points(points)
    return _path(np.linspace(0.0, years, points), n, lam, phi, J, D, tj, g0)


@dataclass(frozen=True)
class TalentReformCurves:
    """The idea-production figure's curves, without and with the reform, in the units shown.

    Attributes
    ----------
    t : ndarray
        Years.
    growth_pct_base, growth_pct_reform : ndarray
        Growth of ideas in percent a year.
    productivity_base, productivity_reform : ndarray
        Idea growth per researcher relative to year 0.
    """

    t: np.ndarray
    growth_pct_base: np.ndarray
    growth_pct_reform: np.ndarray
    productivity_base: np.ndarray
    productivity_reform: np.ndarray


@dataclass(frozen=True)
class TalentReformOutcome:
    """What a one-off talent (or productivity) reform does to ideas.

    Attributes
    ----------
    jump_year : float
        Year of the reform.
    years_after : float
        Years from the reform to the end of the path.
    growth_before, growth_after : float
        Idea growth (percent a year) just before and just after the reform.
    growth_end_base, growth_end_reform : float
        Idea growth (percent a year) at the end, without and with the reform.
    ideas_ratio : float
        Stock of ideas at the end with the reform over the stock without it.
    productivity_end : float
        Idea growth per researcher at the end without the reform, relative to year 0.
    romer : bool
        Whether this is Romer's case (``lambda = phi = 1``), where growth rises without bound.
    """

    jump_year: float
    years_after: float
    growth_before: float
    growth_after: float
    growth_end_base: float
    growth_end_reform: float
    ideas_ratio: float
    productivity_end: float
    romer: bool


def idea_production_model(n=0.01, lam=0.75, phi=0.5, talent_jump=2.0, productivity_jump=1.0,
                          jump_year=10.0, years=60.0, g0=None):
    """The idea-production explorer's one call: paths without and with a one-off reform.

    Parameters as in :func:`idea_path` (241 time points); the inputs are validated once.

    Returns
    -------
    (TalentReformCurves, TalentReformOutcome)

    Examples
    --------
    >>> curves, out = idea_production_model(0.01, 0.75, 0.5, talent_jump=2.0)
    >>> round(out.growth_before, 1), round(out.growth_after, 1), round(out.growth_end_reform, 1)
    (1.5, 2.5, 2.1)
    >>> len(curves.t)
    241
    """
    years, n, lam, phi, J, D, tj, g0 = _check_path(years, n, lam, phi, talent_jump,
                                                   productivity_jump, jump_year, g0)
    t = np.linspace(0.0, years, 241)
    base = _path(t, n, lam, phi, 1.0, 1.0, tj, g0)
    reform = _path(t, n, lam, phi, J, D, tj, g0)
    gb, gr = 100 * base.growth, 100 * reform.growth
    i = int((t >= tj).argmax())
    curves = TalentReformCurves(t=t, growth_pct_base=gb, growth_pct_reform=gr,
                                productivity_base=base.research_productivity,
                                productivity_reform=reform.research_productivity)
    outcome = TalentReformOutcome(
        jump_year=tj, years_after=float(t[-1] - tj),
        growth_before=float(gb[i - 1] if i else gb[0]), growth_after=float(gr[i]),
        growth_end_base=float(gb[-1]), growth_end_reform=float(gr[-1]),
        ideas_ratio=float(reform.ideas[-1] / base.ideas[-1]),
        productivity_end=float(base.research_productivity[-1]),
        romer=bool(lam == 1 and phi == 1),
    )
    return curves, outcome


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
talent_reform_model = idea_production_model
