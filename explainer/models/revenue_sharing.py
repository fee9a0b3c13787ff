"""Sharing the revenue of a scientific achievement between a researcher and the unit.

A researcher chooses how much effort ``e`` to put into turning an achievement into a product.
Commercial revenue is ``R = theta * e**beta``; effort costs the researcher ``e**gamma / gamma``
with ``0 < beta < gamma``. The researcher keeps a share ``s`` of the revenue and the unit
(university or institute) keeps ``1 - s``. The researcher's best effort is

.. math::

    e^*(s) = (s\\,\\theta\\,\\beta)^{1/(\\gamma-\\beta)},

so the unit's revenue is

.. math::

    U(s) = (1-s)\\,\\theta\\,e^*(s)^{\\beta} \\;\\propto\\; (1-s)\\,s^{\\varepsilon},
    \\qquad \\varepsilon = \\frac{\\beta}{\\gamma-\\beta}.

``U`` first rises and then falls with ``s`` (a Laffer curve) and peaks at ``s* = beta / gamma``:
a 70/30 split is the unit's best split when ``beta / gamma = 0.7``. Raising the researcher's
share from ``s0`` to ``s1`` multiplies the unit's revenue by
``((1 - s1) / (1 - s0)) * (s1 / s0)**epsilon``.

This is a one-agent moral-hazard problem with a linear sharing rule and **no risk**: revenue
is certain once effort is chosen. Two consequences matter for reading it.

* ``s* = beta / gamma`` is the best split *among pure share contracts*. With no risk and no
  limit on what the researcher can pay, the unit does better still by selling the rights
  outright for a fixed fee (the researcher keeps all revenue, ``s = 1``, works as hard as is
  efficient, and pays the unit the whole surplus, :func:`licence_fee_revenue`). Real
  contracts are not like that because researchers have little wealth to pay up front, bear
  risk they would rather share, and neither side knows what an achievement is worth before
  it is developed. None of this is in the model.
* Holmström & Milgrom (1987) is about contracts *under risk*: when an agent steers a risky
  profit stream over time and can react to how it is going, the best contract is linear in
  profits, and the share that a risk-averse agent gets is then below 1, trading incentives
  against insurance. The model here has no risk, so it borrows only the linear form, not
  their argument for it.

It also leaves out effort the unit could observe directly and the researcher's other uses of
time (papers, titles), which the interview names as what researchers chase without property
rights, and it has only the effort channel.

**The evidence is contested.** Lach & Schankerman (2008) reported that US universities giving
inventors a larger royalty share earn more licence income, through effort and through the
sorting of better scientists into the universities that pay more; their NBER working paper
(2003) reported that in private universities a larger inventor share raises even the income
the university keeps, which is this model's rising branch. Ouellette & Tutt (2020) built a
data set of royalty-sharing policies at 152 universities and report that the earlier finding
that higher inventor royalties bring more licensing income was driven by coding errors; in
their extended analyses they find no compelling evidence that a larger inventor share has a
significant effect on the outcomes it should affect most (which, they add, does not show that
patents give university researchers no incentive at all). The causal evidence on *ownership*
is Hvide & Jones (2018): when Norway ended the professor's privilege and gave universities the
majority of the rights, university researchers' start-ups and patents fell by about half.
No published study we know of measures a unit's own revenue before and after a 70/30 split.
So the model says *when* a larger share could raise the unit's revenue (an old share below
``beta / gamma``, revenue riding on the researcher's effort), not *that* it does: see
:func:`break_even_best_share` for how large ``beta / gamma`` must be.

References
----------
Holmström, B. and Milgrom, P. (1987). Aggregation and linearity in the provision of
intertemporal incentives. *Econometrica*, 55(2), 303-328. (Linear contracts under risk.)

Lach, S. and Schankerman, M. (2008). Incentives and invention in universities.
*RAND Journal of Economics*, 39(2), 403-433. NBER Working Paper 9727 (2003). (Higher royalty
shares, more licence income; contested by the replication below.)

Ouellette, L. L. and Tutt, A. (2020). How do patent incentives affect university researchers?
*International Review of Law and Economics*, 61, 105883. (Replication with royalty-sharing
policies of 152 universities: the earlier result came from coding errors; no compelling
evidence of an effect of the inventor's share.)

Hvide, H. K. and Jones, B. F. (2018). University innovation and the professor's privilege.
*American Economic Review*, 108(7), 1860-1898. (Moving rights from researchers to their
universities in Norway halved university researchers' start-ups and patenting.)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_number, check_points


def _check_technology(theta, beta, gamma):
    theta = check_number("theta (revenue scale)", theta, 0, 1e6, low_open=True)
    beta = check_number("beta (returns to effort)", beta, 0, 1, low_open=True)
    gamma = check_number("gamma (curvature of effort cost)", gamma, beta, 10, low_open=True)
    return theta, beta, gamma


def _check_share(s, name="s (researcher's share)"):
    if np.ndim(s) == 0:
        return check_number(name, s, 0, 1, high_open=True)
    return check_array(name, s, 0, 1, high_open=True)


# -- private helpers: inputs already validated ---------------------------------------------

def _effort(s, theta, beta, gamma):
    return (s * theta * beta) ** (1.0 / (gamma - beta))


def _revenue(s, theta, beta, gamma):
    return theta * _effort(s, theta, beta, gamma) ** beta


def _unit(s, theta, beta, gamma):
    return (1.0 - s) * _revenue(s, theta, beta, gamma)


def _researcher(s, theta, beta, gamma):
    return s * _revenue(s, theta, beta, gamma)


def _scale(s, s_opt):
    # revenue at share s relative to the unit's best, U(s*) = (1 - s*) R(s*): R(s) / U(s*)
    return (s / s_opt) ** (s_opt / (1.0 - s_opt)) / (1.0 - s_opt)


def _unit_index(s, s_opt):
    """The unit's revenue at share ``s`` on an index where its best is 100 (``theta`` cancels;
    ``beta / (gamma - beta) = s* / (1 - s*)``)."""
    return 100.0 * (1.0 - s) * _scale(s, s_opt)


def _researcher_index(s, s_opt):
    return 100.0 * s * _scale(s, s_opt)


# -- public functions: validate once, then use the helpers ---------------------------------

def researcher_effort(s, theta=1.0, beta=0.7, gamma=1.0):
    """Researcher's best effort ``e*(s) = (s theta beta)**(1/(gamma - beta))``.

    Parameters
    ----------
    s : float or array
        Researcher's share of the revenue, ``0 <= s < 1``.
    theta : float
        Revenue scale, ``0 < theta <= 1e6``.
    beta : float
        Returns to effort in revenue, ``0 < beta <= 1``.
    gamma : float
        Curvature of the effort cost ``e**gamma / gamma``, ``beta < gamma <= 10``.
    """
    theta, beta, gamma = _check_technology(theta, beta, gamma)
    return _effort(_check_share(s), theta, beta, gamma)


def commercial_revenue(s, theta=1.0, beta=0.7, gamma=1.0):
    """Total revenue from the achievement at the researcher's best effort, ``theta e*(s)**beta``."""
    theta, beta, gamma = _check_technology(theta, beta, gamma)
    return _revenue(_check_share(s), theta, beta, gamma)


def unit_revenue(s, theta=1.0, beta=0.7, gamma=1.0):
    """Revenue the unit keeps, ``U(s) = (1 - s) theta e*(s)**beta``."""
    theta, beta, gamma = _check_technology(theta, beta, gamma)
    return _unit(_check_share(s), theta, beta, gamma)


def researcher_income(s, theta=1.0, beta=0.7, gamma=1.0):
    """Researcher's share of revenue, ``s theta e*(s)**beta`` (before the cost of effort)."""
    theta, beta, gamma = _check_technology(theta, beta, gamma)
    return _researcher(_check_share(s), theta, beta, gamma)


def unit_optimal_share(beta=0.7, gamma=1.0):
    """Researcher's share that maximises the unit's revenue, ``s* = beta / gamma``."""
    _, beta, gamma = _check_technology(1.0, beta, gamma)
    return beta / gamma


def effort_elasticity(beta=0.7, gamma=1.0):
    """Elasticity of revenue with respect to the researcher's share, ``beta / (gamma - beta)``."""
    _, beta, gamma = _check_technology(1.0, beta, gamma)
    return beta / (gamma - beta)


def unit_revenue_ratio(s_from, s_to, beta=0.7, gamma=1.0):
    """Factor by which the unit's revenue changes when the share moves from ``s_from`` to ``s_to``.

    ``((1 - s_to) / (1 - s_from)) * (s_to / s_from)**(beta / (gamma - beta))``; both shares in
    ``[1e-6, 1)`` (a share of zero makes the ratio undefined or infinite).
    """
    s_from = check_number("s_from (researcher's share before)", s_from, 1e-6, 1, high_open=True)
    s_to = check_number("s_to (researcher's share after)", s_to, 1e-6, 1, high_open=True)
    eps = effort_elasticity(beta, gamma)
    return (1.0 - s_to) / (1.0 - s_from) * (s_to / s_from) ** eps


def break_even_best_share(share_before, share_after):
    """Smallest best share ``beta / gamma`` at which raising the researcher's share from
    ``share_before`` to ``share_after`` does not lower the unit's revenue.

    The ratio in :func:`unit_revenue_ratio` depends on ``beta`` and ``gamma`` only through
    ``epsilon = beta / (gamma - beta) = s* / (1 - s*)`` with ``s* = beta / gamma``. Setting it
    to 1 gives

    .. math::

        \\varepsilon^{\\circ} = \\frac{\\ln\\big((1 - s_0)/(1 - s_1)\\big)}{\\ln(s_1 / s_0)},
        \\qquad s^{\\circ} = \\frac{\\varepsilon^{\\circ}}{1 + \\varepsilon^{\\circ}},

    and the unit gains from the move exactly when ``beta / gamma > s°``. With ``gamma = 1``
    this is the smallest ``beta``: how much revenue must ride on the researcher's effort.
    ``s°`` lies strictly between the two shares: a unit can gain from a move that overshoots
    its best share, as long as it does not overshoot by too much.

    Parameters
    ----------
    share_before, share_after : float
        Researcher's share before and after, ``0 < share_before < share_after < 1``.

    Examples
    --------
    >>> round(break_even_best_share(0.5, 0.7), 4)
    0.6029
    >>> round(float(unit_revenue_ratio(0.5, 0.7, 0.6029, 1.0)), 3)
    1.0
    """
    s0 = check_number("share_before (researcher's share before)", share_before, 0, 1,
                      low_open=True, high_open=True)
    s1 = check_number("share_after (researcher's share after, above share_before)",
                      share_after, s0, 1, low_open=True, high_open=True)
    eps = np.log((1.0 - s0) / (1.0 - s1)) / np.log(s1 / s0)
    return float(eps / (1.0 + eps))


def licence_fee_revenue(theta=1.0, beta=0.7, gamma=1.0):
    """What the unit earns by selling the rights for a fixed fee instead of sharing revenue.

    The researcher keeps all revenue (``s = 1``), chooses the efficient effort
    ``e1 = (theta beta)**(1/(gamma - beta))`` and will pay up to the whole surplus,

    .. math::

        F = \\theta e_1^{\\beta} - e_1^{\\gamma}/\\gamma
          = (1 - \\beta/\\gamma)\\,\\theta\\,e_1^{\\beta},

    when the researcher's alternative is worth nothing. ``F`` exceeds the best the unit can
    get from any share, ``U(beta/gamma)``, by the factor ``(gamma/beta)**(beta/(gamma-beta))``.
    The comparison assumes no risk and a researcher able to pay ``F`` up front.

    Examples
    --------
    >>> round(licence_fee_revenue(1.0, 0.7, 1.0), 4)
    0.1305
    >>> round(licence_fee_revenue(1.0, 0.7, 1.0) / float(unit_revenue(0.7, 1.0, 0.7, 1.0)), 2)
    2.3
    """
    theta, beta, gamma = _check_technology(theta, beta, gamma)
    e1 = (theta * beta) ** (1.0 / (gamma - beta))
    return float((1.0 - beta / gamma) * theta * e1 ** beta)


@dataclass(frozen=True)
class SharingReform:
    """A change in the researcher's share and what it does to each side's revenue.

    Attributes
    ----------
    share_before, share_after, share_optimal : float
        Researcher's share before and after the reform, and the share that maximises the
        unit's revenue (``beta / gamma``).
    unit_before, unit_after, unit_best : float
        Unit's revenue at those shares.
    researcher_before, researcher_after : float
        Researcher's revenue before and after.
    unit_ratio : float or None
        ``unit_after / unit_before``; ``None`` when the unit has no revenue before the reform
        (``share_before = 0``, or a share so small that its revenue rounds to zero), since a
        ratio to nothing is undefined.

    The ``*_index`` properties give the revenues on an index where the unit's best is 100.
    """

    share_before: float
    share_after: float
    share_optimal: float
    unit_before: float
    unit_after: float
    unit_best: float
    researcher_before: float
    researcher_after: float
    unit_ratio: float | None

    @property
    def unit_before_index(self):
        """Unit's revenue before, on an index where its best is 100."""
        return float(_unit_index(self.share_before, self.share_optimal))

    @property
    def unit_after_index(self):
        """Unit's revenue after, on an index where its best is 100."""
        return float(_unit_index(self.share_after, self.share_optimal))

    @property
    def researcher_before_index(self):
        """Researcher's revenue before, on the unit's index (best for the unit = 100)."""
        return float(_researcher_index(self.share_before, self.share_optimal))

    @property
    def researcher_after_index(self):
        """Researcher's revenue after, on the unit's index (best for the unit = 100)."""
        return float(_researcher_index(self.share_after, self.share_optimal))


def _check_reform_shares(share_before, share_after):
    s0 = check_number("share_before (researcher's share before)", share_before, 0, 1,
                      high_open=True)
    s1 = check_number("share_after (researcher's share after)", share_after, 0, 1,
                      high_open=True)
    return s0, s1


def sharing_reform(share_before, share_after, theta=1.0, beta=0.7, gamma=1.0):
    """Compare the unit's and the researcher's revenue before and after a change in the split.

    Parameters
    ----------
    share_before, share_after : float
        Researcher's share before and after, each in ``[0, 1)``.
    theta, beta, gamma : float
        As in :func:`researcher_effort`.

    Returns
    -------
    SharingReform
        Its ``unit_ratio`` is ``None`` when the unit has no revenue before the reform.
    """
    theta, beta, gamma = _check_technology(theta, beta, gamma)
    s0, s1 = _check_reform_shares(share_before, share_after)
    return _reform(s0, s1, theta, beta, gamma)


def _reform(s0, s1, theta, beta, gamma):
    s_opt = beta / gamma
    u0 = float(_unit(s0, theta, beta, gamma))
    u1 = float(_unit(s1, theta, beta, gamma))
    ratio = u1 / u0 if u0 > 0 else None
    if ratio is not None and not np.isfinite(ratio):
        ratio = None  # u0 is so small that the ratio overflows: no revenue before, in effect
    return SharingReform(
        share_before=s0, share_after=s1, share_optimal=s_opt,
        unit_before=u0, unit_after=u1,
        unit_best=float(_unit(s_opt, theta, beta, gamma)),
        researcher_before=float(_researcher(s0, theta, beta, gamma)),
        researcher_after=float(_researcher(s1, theta, beta, gamma)),
        unit_ratio=ratio,
    )


def sharing_curves(theta=1.0, beta=0.7, gamma=1.0, points=101):
    """Unit's revenue, researcher's revenue and total revenue on a grid of shares in [0, 0.99].

    Returns
    -------
    dict
        ``share``, ``unit``, ``researcher``, ``total`` (arrays of length ``points``).
    """
    points = check_points(points)
    theta, beta, gamma = _check_technology(theta, beta, gamma)
    s = np.linspace(0.0, 0.99, int(points))
    total = _revenue(s, theta, beta, gamma)
    return {"share": s, "unit": (1 - s) * total, "researcher": s * total, "total": total}


@dataclass(frozen=True)
class SharingCurves:
    """The revenue-sharing figure's curve, in the units it shows.

    Attributes
    ----------
    share_pct : ndarray
        Researcher's share in percent, 0 to 99.
    unit_index : ndarray
        Unit's revenue on an index where its best (at ``beta / gamma``) is 100.
    """

    share_pct: np.ndarray
    unit_index: np.ndarray


def revenue_sharing_model(share_before, share_after, beta=0.7, gamma=1.0, theta=1.0):
    """The revenue-sharing explorer's one call: ``(SharingCurves, SharingReform)``.

    Parameters as in :func:`sharing_reform`; the inputs are validated once.

    Examples
    --------
    >>> curves, reform = revenue_sharing_model(0.2, 0.7)
    >>> round(reform.unit_ratio, 2), round(reform.unit_after_index)
    (6.97, 100)
    >>> print(revenue_sharing_model(0.0, 0.7)[1].unit_ratio)
    None
    """
    theta, beta, gamma = _check_technology(theta, beta, gamma)
    s0, s1 = _check_reform_shares(share_before, share_after)
    reform = _reform(s0, s1, theta, beta, gamma)
    s = np.linspace(0.0, 0.99, 101)
    curves = SharingCurves(share_pct=100 * s, unit_index=_unit_index(s, reform.share_optimal))
    return curves, reform
