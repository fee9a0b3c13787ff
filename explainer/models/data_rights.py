"""Who holds the right to a piece of data, and what trading it costs (Coase 1960).

Each potential use of a dataset creates value ``V`` for a user and harm ``H`` for the people
the data describe. Its net surplus ``X = V - H`` varies across uses, ``X ~ Normal(m, sd**2)``.
A deal between the two sides costs ``T`` (finding each other, pricing, contracts, checking
security). Rights can sit with either side:

* **subject rights** (the data subject must agree): the use happens only if the user can pay
  for it, ``X > T``. Uses with ``0 < X < T`` are lost.
* **user rights** (the user may use unless paid to stop): a harmful use is stopped only if
  ``-X > T``. Uses with ``-T < X < 0`` go ahead although they do harm.

With ``z(x) = (x - m) / sd`` and ``Phi``, ``phi`` the standard normal cdf and pdf,

.. math::

    \\mathrm{DWL}_{subject}(T) = m\\,[\\Phi(z(T)) - \\Phi(z(0))]
        + sd\\,[\\phi(z(0)) - \\phi(z(T))],

and ``DWL_user`` is the same formula with ``m`` replaced by ``-m``. The share of potential
deals that are actually traded is ``1 - Phi(z(T))`` under subject rights and ``Phi(z(-T))``
under user rights.

At ``T = 0`` both losses are zero whoever holds the right (Coase's invariance result); with
``T > 0`` the allocation of rights matters, and the loss is smaller when the right sits with
the side that would be the efficient default (subject rights when most uses do harm,
``m < 0``; user rights when most uses create value, ``m > 0``).

References
----------
Coase, R. H. (1960). The problem of social cost. *Journal of Law and Economics*, 3, 1-44.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_choice, check_number, check_points

RIGHTS = ("subject", "user")

_erf = np.frompyfunc(math.erf, 1, 1)


def _cdf(z):
    return 0.5 * (1.0 + np.asarray(_erf(np.asarray(z, dtype=float) / math.sqrt(2.0)), dtype=float))


def _pdf(z):
    z = np.asarray(z, dtype=float)
    return np.exp(-0.5 * z * z) / math.sqrt(2.0 * math.pi)


def _check_deals(m, sd):
    m = check_number("m (mean net value of a data use)", m, -10, 10)
    sd = check_number("sd (spread of net values)", sd, 1e-6, 10)
    return m, sd


def _check_cost(T):
    if np.ndim(T) == 0:
        return check_number("T (transaction cost per deal)", T, 0, 100)
    return check_array("T (transaction cost per deal)", T, 0, 100)


def _loss_subject(m, sd, T):
    z_t, z_0 = (T - m) / sd, -m / sd
    loss = m * (_cdf(z_t) - _cdf(z_0)) + sd * (_pdf(z_0) - _pdf(z_t))
    return np.maximum(loss, 0.0)  # the exact value is >= 0; clip rounding error


def deadweight_loss(T, m=0.5, sd=1.0, rights="subject"):
    """Expected surplus lost per potential deal because trading costs ``T``.

    Parameters
    ----------
    T : float or array
        Transaction cost per deal, ``0 <= T <= 100``.
    m : float
        Mean net surplus ``V - H`` of a data use, in ``[-10, 10]``.
    sd : float
        Standard deviation of the net surplus, ``[1e-6, 10]``.
    rights : {"subject", "user"}
        Who holds the right: the data subject (consent needed) or the user (use is free
        unless the subject pays to stop it).

    Returns
    -------
    float or ndarray
        ``DWL_subject(T)`` or ``DWL_user(T)`` (the same formula with ``m`` replaced by ``-m``).
    """
    m, sd = _check_deals(m, sd)
    T = _check_cost(T)
    rights = check_choice("rights (who holds the data right)", rights, RIGHTS)
    out = _loss_subject(m if rights == "subject" else -m, sd, T)
    return float(out) if np.ndim(out) == 0 else out


def traded_share(T, m=0.5, sd=1.0, rights="subject"):
    """Share of potential deals that are actually struck.

    Under subject rights a deal is a licence to use, struck when ``X > T``:
    ``1 - Phi((T - m)/sd)``. Under user rights a deal is a payment to stop a use, struck when
    ``-X > T``: ``Phi((-T - m)/sd)``.
    """
    m, sd = _check_deals(m, sd)
    T = _check_cost(T)
    rights = check_choice("rights (who holds the data right)", rights, RIGHTS)
    if rights == "subject":
        out = 1.0 - _cdf((T - m) / sd)
    else:
        out = _cdf((-T - m) / sd)
    return float(out) if np.ndim(out) == 0 else out


def used_share(T, m=0.5, sd=1.0, rights="subject"):
    """Share of potential data uses that go ahead: ``P(X > T)`` (subject) or ``P(X > -T)`` (user)."""
    m, sd = _check_deals(m, sd)
    T = _check_cost(T)
    rights = check_choice("rights (who holds the data right)", rights, RIGHTS)
    edge = T if rights == "subject" else -T
    out = 1.0 - _cdf((edge - m) / sd)
    return float(out) if np.ndim(out) == 0 else out


def surplus_at_stake(m=0.5, sd=1.0):
    """Expected absolute net value of a use, ``E|X| = m (1 - 2 Phi(-m/sd)) + 2 sd phi(m/sd)``.

    It is the difference between getting every use decision right and getting every one
    wrong, and bounds the loss under either assignment of rights.
    """
    m, sd = _check_deals(m, sd)
    return float(m * (1.0 - 2.0 * _cdf(-m / sd)) + 2.0 * sd * _pdf(m / sd))


def first_best_surplus(m=0.5, sd=1.0):
    """Expected surplus per potential deal when every valuable use happens and no harmful one:
    ``E[max(X, 0)] = m Phi(m/sd) + sd phi(m/sd)``."""
    m, sd = _check_deals(m, sd)
    return float(m * _cdf(m / sd) + sd * _pdf(m / sd))


@dataclass(frozen=True)
class DataMarketOutcome:
    """The data market at one transaction cost under each assignment of rights.

    Attributes
    ----------
    cost : float
        Transaction cost ``T``.
    loss_subject, loss_user : float
        Deadweight loss per potential deal under each assignment.
    loss_share_subject, loss_share_user : float
        Those losses as shares of the surplus at stake, ``E|X|`` (see :func:`surplus_at_stake`).
    traded_subject, traded_user : float
        Share of potential deals struck under each assignment.
    efficient_use : float
        Share of uses that should happen, ``P(X > 0)``.
    better_rights : str
        The assignment with the smaller loss (``"either"`` when they are equal).
    """

    cost: float
    loss_subject: float
    loss_user: float
    loss_share_subject: float
    loss_share_user: float
    traded_subject: float
    traded_user: float
    efficient_use: float
    better_rights: str


def data_market_outcome(T, m=0.5, sd=1.0):
    """Losses and traded volume at cost ``T`` under subject rights and under user rights."""
    m, sd = _check_deals(m, sd)
    T = _check_cost(T)
    stake = surplus_at_stake(m, sd)
    ls, lu = deadweight_loss(T, m, sd, "subject"), deadweight_loss(T, m, sd, "user")
    if abs(ls - lu) < 1e-12:
        better = "either"
    else:
        better = "subject" if ls < lu else "user"
    return DataMarketOutcome(
        cost=T, loss_subject=ls, loss_user=lu,
        loss_share_subject=ls / stake, loss_share_user=lu / stake,
        traded_subject=traded_share(T, m, sd, "subject"),
        traded_user=traded_share(T, m, sd, "user"),
        efficient_use=float(1.0 - _cdf(-m / sd)),
        better_rights=better,
    )


def data_market_curves(m=0.5, sd=1.0, T_max=2.0, points=81):
    """Losses (as shares of the surplus at stake) and traded shares on a grid of costs [0, T_max].

    Returns
    -------
    dict
        ``cost``, ``loss_share_subject``, ``loss_share_user``, ``traded_subject``,
        ``traded_user``.
    """
    points = check_points(points)
    m, sd = _check_deals(m, sd)
    T_max = check_number("T_max (largest transaction cost shown)", T_max, 0, 100, low_open=True)
    T = np.linspace(0.0, T_max, int(points))
    stake = surplus_at_stake(m, sd)
    return {
        "cost": T,
        "loss_share_subject": deadweight_loss(T, m, sd, "subject") / stake,
        "loss_share_user": deadweight_loss(T, m, sd, "user") / stake,
        "traded_subject": traded_share(T, m, sd, "subject"),
        "traded_user": traded_share(T, m, sd, "user"),
    }
