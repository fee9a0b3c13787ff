"""Who holds the right to a piece of data, and what trading it costs (Coase 1960).

Each potential use of a dataset creates value ``V`` for a user and harm ``H`` for the people
the data describe. Its net surplus ``X = V - H`` varies across uses, ``X ~ Normal(m, sd**2)``.
A deal between the two sides costs something to arrange (finding each other, pricing,
contracts, checking security). Rights can sit with either side, and the cost of a deal may
differ with the side that must organise it:

* **subject rights** (the data subject must agree): the user buys a licence, which costs
  ``T_subject`` to arrange, so the use happens only if ``X > T_subject``. Uses with
  ``0 < X < T_subject`` are lost.
* **user rights** (the user may use unless paid to stop): the data subjects must get
  together and buy the use off, which costs ``T_user``, so a harmful use is stopped only if
  ``-X > T_user``. Uses with ``-T_user < X < 0`` go ahead although they do harm.

With ``z(x) = (x - m) / sd`` and ``Phi``, ``phi`` the standard normal cdf and pdf,

.. math::

    \\mathrm{DWL}_{subject}(T) = m\\,[\\Phi(z(T)) - \\Phi(z(0))]
        + sd\\,[\\phi(z(0)) - \\phi(z(T))],

evaluated at ``T = T_subject``, and ``DWL_user`` is the same formula with ``m`` replaced by
``-m``, evaluated at ``T = T_user``. The share of potential deals that are actually struck is
``1 - Phi(z(T_subject))`` under subject rights and ``Phi(z(-T_user))`` under user rights.

At zero cost both losses are zero whoever holds the right (Coase's invariance result). With
costly deals the allocation of rights matters. When both assignments face the same cost, the
loss is smaller when the right sits with the side that would be the efficient default
(subject rights when most uses do harm, ``m < 0``; user rights when most uses create value,
``m > 0``). Coase's practical point is that the costs need not be equal: many dispersed data
subjects, each tempted to let the others pay, usually find it harder to organise a payment
than one concentrated user finds it to arrange a licence, and a large enough gap between
``T_user`` and ``T_subject`` reverses that ranking. The model has two levers only: who holds the right, and what a deal costs.

**Two reasons a data market can be thin that the model leaves out.** In the model a small
volume of deals means that deals are costly (a high ``T``). Two published arguments give other
reasons, and each would change the model:

* Arrow's information paradox (Arrow 1962): a buyer cannot know what information is worth
  until he has it, and once he has it he need not pay. Here both sides know ``V`` and ``H``.
  To capture the paradox, the user would decide on the expected value ``E[V]`` (or on a signal
  of it) before seeing the data, and the holder could not show the data without giving it
  away; uses with ``X > T`` would then still fail, whatever ``T`` is, unless contracts,
  trusted intermediaries or protected trial access let the buyer value the data first.
* Data externalities (Acemoglu, Makhdoumi, Malekian & Ozdaglar 2022): one person's data reveal
  information about others whose data are correlated with hers. Here each use harms only the
  subjects who bargain over it, so the harm ``H`` is fixed and inside the deal. To capture the
  externality, each use would also impose a harm on third parties that grows with how much
  correlated data others have already shared, and that harm would not enter the price. Then
  the social net value of a use is ``X`` minus that external harm, and because information
  already leaked through others lowers what a subject asks for her own data, prices are low
  and sharing is *excessive*. Coase's invariance at ``T = 0`` fails (the third parties are not
  at the table), a lower ``T`` can raise the loss instead of lowering it, and a thin or cheap
  market is no longer evidence that more trading would be better.

References
----------
Coase, R. H. (1960). The problem of social cost. *Journal of Law and Economics*, 3, 1-44.

Arrow, K. J. (1962). Economic welfare and the allocation of resources for invention. In *The
Rate and Direction of Inventive Activity: Economic and Social Factors*, 609-626. Princeton
University Press for the NBER.

Acemoglu, D., Makhdoumi, A., Malekian, A. and Ozdaglar, A. (2022). Too much data: prices and
inefficiencies in data markets. *American Economic Journal: Microeconomics*, 14(4), 218-256.
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


def _check_rights(rights):
    return check_choice("rights (who holds the data right)", rights, RIGHTS)


def _scalar(out):
    return float(out) if np.ndim(out) == 0 else out


def _traded(T, m, sd, rights):
    if rights == "subject":
        return 1.0 - _cdf((T - m) / sd)
    return _cdf((-T - m) / sd)


def _stake(m, sd):
    return float(m * (1.0 - 2.0 * _cdf(-m / sd)) + 2.0 * sd * _pdf(m / sd))


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
    rights = _check_rights(rights)
    return _scalar(_loss_subject(m if rights == "subject" else -m, sd, T))


def traded_share(T, m=0.5, sd=1.0, rights="subject"):
    """Share of potential deals that are actually struck.

    Under subject rights a deal is a licence to use, struck when ``X > T``:
    ``1 - Phi((T - m)/sd)``. Under user rights a deal is a payment to stop a use, struck when
    ``-X > T``: ``Phi((-T - m)/sd)``.
    """
    m, sd = _check_deals(m, sd)
    T = _check_cost(T)
    return _scalar(_traded(T, m, sd, _check_rights(rights)))


def used_share(T, m=0.5, sd=1.0, rights="subject"):
    """Share of potential data uses that go ahead: ``P(X > T)`` (subject) or ``P(X > -T)`` (user)."""
    m, sd = _check_deals(m, sd)
    T = _check_cost(T)
    rights = _check_rights(rights)
    edge = T if rights == "subject" else -T
    return _scalar(1.0 - _cdf((edge - m) / sd))


def surplus_at_stake(m=0.5, sd=1.0):
    """Expected absolute net value of a use, ``E|X| = m (1 - 2 Phi(-m/sd)) + 2 sd phi(m/sd)``.

    It is the difference between getting every use decision right and getting every one
    wrong, and bounds the loss under either assignment of rights.
    """
    return _stake(*_check_deals(m, sd))


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
    cost_subject, cost_user : float
        Cost of a deal under each assignment: ``T_subject`` (a user buys a licence) and
        ``T_user`` (the data subjects buy a use off).
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
    rights : str
        The assignment the reader is looking at (``"subject"`` unless chosen otherwise); the
        ``chosen_*`` and ``other_*`` properties read the fields for it and for the other side.
    """

    cost_subject: float
    cost_user: float
    loss_subject: float
    loss_user: float
    loss_share_subject: float
    loss_share_user: float
    traded_subject: float
    traded_user: float
    efficient_use: float
    better_rights: str
    rights: str = "subject"

    @property
    def chosen_loss_share(self):
        """Loss share under the chosen assignment."""
        return self.loss_share_subject if self.rights == "subject" else self.loss_share_user

    @property
    def other_loss_share(self):
        """Loss share under the other assignment."""
        return self.loss_share_user if self.rights == "subject" else self.loss_share_subject

    @property
    def chosen_traded(self):
        """Share of potential deals struck under the chosen assignment."""
        return self.traded_subject if self.rights == "subject" else self.traded_user


def data_market_outcome(T, m=0.5, sd=1.0, T_user=None):
    """Losses and traded volume under subject rights and under user rights.

    Parameters
    ----------
    T : float
        Cost of a deal under subject rights, ``T_subject`` (a user buys a licence),
        ``0 <= T <= 100``.
    m, sd : float
        Mean and standard deviation of the net surplus, as in :func:`deadweight_loss`.
    T_user : float or None
        Cost of a deal under user rights (the data subjects buy a use off), ``0 <= T_user <=
        100``. ``None`` (the default) uses the same cost as under subject rights.

    Returns
    -------
    DataMarketOutcome

    Examples
    --------
    >>> out = data_market_outcome(0.8, 0.5, 1.0)
    >>> round(out.loss_subject, 4), round(out.loss_user, 4), out.better_rights
    (0.1254, 0.0748, 'user')
    >>> data_market_outcome(0.8, 0.5, 1.0, T_user=1.6).better_rights
    'subject'
    """
    m, sd = _check_deals(m, sd)
    T = check_number("T (transaction cost per deal under subject rights)", T, 0, 100)
    T_user = T if T_user is None else check_number(
        "T_user (transaction cost per deal under user rights)", T_user, 0, 100)
    return _outcome(T, m, sd, T_user)


def _outcome(T, m, sd, T_user, rights="subject"):
    stake = _stake(m, sd)
    ls = float(_loss_subject(m, sd, T))
    lu = float(_loss_subject(-m, sd, T_user))
    if abs(ls - lu) < 1e-12:
        better = "either"
    else:
        better = "subject" if ls < lu else "user"
    return DataMarketOutcome(
        cost_subject=T, cost_user=T_user, loss_subject=ls, loss_user=lu,
        loss_share_subject=ls / stake, loss_share_user=lu / stake,
        traded_subject=float(_traded(T, m, sd, "subject")),
        traded_user=float(_traded(T_user, m, sd, "user")),
        efficient_use=float(1.0 - _cdf(-m / sd)),
        better_rights=better,
        rights=rights,
    )


def data_market_curves(m=0.5, sd=1.0, T_max=2.0, points=81, user_cost_ratio=1.0):
    """Losses (as shares of the surplus at stake) and traded shares on a grid of costs [0, T_max].

    The grid is the cost of a deal under subject rights, ``T_subject``; under user rights a
    deal costs ``user_cost_ratio`` times as much (``T_user = user_cost_ratio * T_subject``),
    so that both curves start from zero cost together.

    Parameters
    ----------
    user_cost_ratio : float
        ``T_user / T_subject``, in ``[0, 10]``; above 1 when dispersed data subjects find it
        harder to organise a deal than a user does.

    Returns
    -------
    dict
        ``cost`` (``T_subject``), ``cost_user``, ``loss_share_subject``, ``loss_share_user``,
        ``traded_subject``, ``traded_user``.
    """
    points = check_points(points)
    m, sd = _check_deals(m, sd)
    T_max = check_number("T_max (largest transaction cost shown)", T_max, 0, 100, low_open=True)
    ratio = _check_ratio(user_cost_ratio)
    c = _curves(m, sd, T_max, int(points), ratio)
    return {"cost": c.cost, "cost_user": c.cost_user,
            "loss_share_subject": c.loss_pct_subject / 100,
            "loss_share_user": c.loss_pct_user / 100,
            "traded_subject": c.traded_pct_subject / 100,
            "traded_user": c.traded_pct_user / 100}


def _check_ratio(user_cost_ratio):
    return check_number("user_cost_ratio (cost of a deal under user rights / under subject "
                        "rights)", user_cost_ratio, 0, 10)


@dataclass(frozen=True)
class DataMarketCurves:
    """The data-rights figure's curves, in the units it shows.

    Attributes
    ----------
    cost, cost_user : ndarray
        Cost of a deal under subject rights (the grid, from 0 to ``T_max``) and the matching
        cost under user rights.
    loss_pct_subject, loss_pct_user : ndarray
        Surplus lost under each assignment, percent of the surplus at stake.
    traded_pct_subject, traded_pct_user : ndarray
        Deals struck under each assignment, percent of potential deals.
    """

    cost: np.ndarray
    cost_user: np.ndarray
    loss_pct_subject: np.ndarray
    loss_pct_user: np.ndarray
    traded_pct_subject: np.ndarray
    traded_pct_user: np.ndarray


def _curves(m, sd, T_max, points, ratio):
    T = np.linspace(0.0, T_max, points)
    T_user = ratio * T
    stake = _stake(m, sd)
    return DataMarketCurves(
        cost=T,
        cost_user=T_user,
        loss_pct_subject=100 * _loss_subject(m, sd, T) / stake,
        loss_pct_user=100 * _loss_subject(-m, sd, T_user) / stake,
        traded_pct_subject=100 * _traded(T, m, sd, "subject"),
        traded_pct_user=100 * _traded(T_user, m, sd, "user"),
    )


def data_rights_model(T, m=0.5, sd=1.0, rights="subject", user_cost_ratio=1.0, T_max=2.0):
    """The data-rights explorer's one call: ``(DataMarketCurves, DataMarketOutcome)``.

    Parameters
    ----------
    T : float
        Cost of a licence (a deal under subject rights), ``0 <= T <= 100``.
    m, sd : float
        As in :func:`deadweight_loss`.
    rights : {"subject", "user"}
        The assignment the reader looks at (recorded in the outcome).
    user_cost_ratio : float
        ``T_user / T``, in ``[0, 10]``: a buy-off under user rights costs this many times a
        licence, at every point of the curves and at ``T``.
    T_max : float
        Largest licence cost on the curves, ``0 < T_max <= 100``.

    The inputs are validated once.

    Examples
    --------
    >>> curves, out = data_rights_model(0.8, 0.5, 1.0, "subject", user_cost_ratio=2.0)
    >>> round(out.cost_user, 2), round(100 * out.chosen_loss_share), round(100 * out.other_loss_share)
    (1.6, 14, 18)
    >>> len(curves.cost)
    81
    """
    m, sd = _check_deals(m, sd)
    T = check_number("T (transaction cost per deal under subject rights)", T, 0, 100)
    rights = _check_rights(rights)
    ratio = _check_ratio(user_cost_ratio)
    T_max = check_number("T_max (largest transaction cost shown)", T_max, 0, 100, low_open=True)
    return _curves(m, sd, T_max, 81, ratio), _outcome(T, m, sd, ratio * T, rights)
