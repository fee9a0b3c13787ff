"""Nonrival data: gains from sharing, a privacy cost, and data in growth accounting.

**What is from Jones & Tonetti (2020).** Data are *nonrival*: one firm's use of a data set
does not use it up for another. The paper shows that broad use of data is socially valuable,
that firms which own data may hoard it for fear of creative destruction, and that giving
consumers property rights over their data can generate allocations close to the optimum, as
consumers weigh their privacy against the gains from selling data broadly.

**What is a stylised adaptation here (not the paper's equations).** The paper has a
continuum of varieties, data produced as a by-product of consumption and a richer
aggregator. This module keeps one mechanism in a form a student can compute by hand:

* ``N`` symmetric firms each generate ``x`` units of data and share a fraction ``s`` of it
  with every other firm, so each firm uses ``D = x (1 + s (N - 1))``;
* each firm's output is ``Y = D**eta`` with ``0 < eta < 1`` (diminishing returns to data);
  the gain from sharing is ``G(s) = (1 + s (N - 1))**eta`` and full sharing gives
  ``N**eta``;
* every use of another firm's data costs ``kappa`` per unit (a privacy or transaction cost),
  so net output per firm is ``W(s) = (x (1 + s (N-1)))**eta - kappa x s (N - 1)``.

Setting ``dW/ds = 0`` gives the best sharing fraction

.. math::

    s^* = \\frac{\\left(\\eta / (\\kappa x^{1-\\eta})\\right)^{1/(1-\\eta)} - 1}{N - 1},

clipped to ``[0, 1]``.

**Data in growth accounting.** With data as a factor,
``Y = A K**alpha L**(1-alpha) D**gamma``, so, exactly in continuous time,

.. math::

    g_Y = g_A + \\alpha g_K + (1-\\alpha) g_L + \\gamma g_D .

Because data are nonrival, ``Y`` is homogeneous of degree ``1 + gamma`` in ``(K, L, D)``:
returns to scale are increasing. By Euler's theorem the factors' marginal products, each
times the amount of the factor, add up to ``(1 + gamma) Y``: paying *every* factor its
marginal product would pay out more than is produced. So the three output elasticities
cannot all be read off income shares. In the one consistent competitive benchmark, capital
and labour are paid their marginal products (income shares ``alpha`` and ``1 - alpha``,
which exhaust output) and data earn nothing, so data's elasticity ``gamma`` leaves no trace
in the national accounts. If data owners are paid something (or firms have market power),
capital's and labour's income shares fall below their elasticities.

:func:`data_accounting_model` therefore takes ``alpha`` and ``gamma`` as the model's
output elasticities, assumed known (from the model, or from an estimated production
function), not as income shares, and returns

* the model's TFP growth ``g_A = g_Y - alpha g_K - (1-alpha) g_L - gamma g_D``;
* the Solow residual a statistician would compute with capital's and labour's income
  shares ``s_K, s_L`` and data left out, ``R = g_Y - s_K g_K - s_L g_L``, and its error
  ``R - g_A = gamma g_D + (alpha - s_K) g_K + (1 - alpha - s_L) g_L``. In the benchmark
  (``s_K = alpha``, ``s_L = 1 - alpha``) the error is ``gamma g_D``: the residual credits
  data's contribution to TFP.

References
----------
Jones, C. I. and Tonetti, C. (2020). Nonrivalry and the economics of data.
*American Economic Review*, 110(9), 2819-2858.

Solow, R. M. (1957). Technical change and the aggregate production function.
*Review of Economics and Statistics*, 39(3), 312-320.

Romer, P. M. (1990). Endogenous technological change. *Journal of Political Economy*,
98(5), S71-S102 (nonrivalry, increasing returns and why not every factor can be paid its
marginal product).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_integer, check_number


def _check_sharing(N, eta):
    N = check_integer("N (number of firms)", N, 2, 100_000)
    eta = check_number("eta (returns to data)", eta, 0, 1, low_open=True, high_open=True)
    return N, eta


def _check_share(s):
    # text, empty arrays and NaN are rejected by name; a scalar stays a 0-d array
    arr = check_array("s (share of data shared)", np.atleast_1d(s), 0, 1, ndim=max(np.ndim(s), 1))
    return arr.reshape(np.shape(s))


def data_used(s, N, x=1.0):
    """Data each firm uses, ``D = x (1 + s (N - 1))``: its own plus what others share."""
    N = check_integer("N (number of firms)", N, 2, 100_000)
    x = check_number("x (data each firm generates)", x, 0, 1e6, low_open=True)
    return x * (1.0 + _check_share(s) * (N - 1))


def sharing_gain(s, N, eta):
    """Output relative to no sharing, ``G(s) = (1 + s (N - 1))**eta``.

    Parameters
    ----------
    s : float or array_like
        Fraction of its data each firm shares, in [0, 1].
    N : int
        Number of firms, >= 2.
    eta : float
        Elasticity of output with respect to data, in (0, 1).
    """
    N, eta = _check_sharing(N, eta)
    return _gain(_check_share(s), N, eta)


def _gain(s, N, eta):
    return (1.0 + s * (N - 1)) ** eta


def _net(s, N, eta, kappa, x):
    return (x * (1.0 + s * (N - 1))) ** eta - kappa * x * s * (N - 1)


def net_output(s, N, eta, kappa, x=1.0):
    """Net output per firm, ``W(s) = (x (1 + s (N-1)))**eta - kappa x s (N - 1)``.

    ``kappa`` in [0, 1e6] is the privacy or transaction cost per unit of another firm's data
    used; ``x`` in (0, 1e6] (bounds that keep the result finite).
    """
    N, eta = _check_sharing(N, eta)
    kappa = check_number("kappa (privacy/transaction cost per use)", kappa, 0, 1e6)
    x = check_number("x (data each firm generates)", x, 0, 1e6, low_open=True)
    return _net(_check_share(s), N, eta, kappa, x)


def best_share(N, eta, kappa, x=1.0):
    """Sharing fraction that maximises net output per firm (clipped to [0, 1]).

    ``s* = ((eta / (kappa x**(1-eta)))**(1/(1-eta)) - 1) / (N - 1)``; with ``kappa = 0``
    sharing everything is best.
    """
    N, eta = _check_sharing(N, eta)
    kappa = check_number("kappa (privacy/transaction cost per use)", kappa, 0, 1e6)
    x = check_number("x (data each firm generates)", x, 0, 1e6, low_open=True)
    return _best(N, eta, kappa, x)


def _best(N, eta, kappa, x):
    if kappa == 0:
        return 1.0
    log_scale = (np.log(eta) - np.log(kappa) - (1 - eta) * np.log(x)) / (1 - eta)
    if log_scale > np.log(N):  # the interior solution is beyond full sharing
        return 1.0
    return float(np.clip((np.exp(log_scale) - 1.0) / (N - 1), 0.0, 1.0))


@dataclass(frozen=True)
class SharingOutcome:
    """Sharing at a chosen fraction next to the best fraction.

    Attributes
    ----------
    share : float
        The chosen fraction ``s``.
    gain : float
        Gross output gain at ``s``, ``G(s) - 1`` (0.10 = 10% more output).
    full_gain : float
        Gross gain with full sharing, ``N**eta - 1``.
    net_gain : float
        Net output gain at ``s`` relative to no sharing, ``W(s)/W(0) - 1``.
    best_share : float
        ``s*``.
    best_net_gain : float
        ``W(s*)/W(0) - 1``.
    """

    share: float
    gain: float
    full_gain: float
    net_gain: float
    best_share: float
    best_net_gain: float


def sharing_outcome(s, N, eta, kappa, x=1.0):
    """Summarise the gains from sharing fraction ``s`` and from the best fraction.

    Examples
    --------
    >>> out = sharing_outcome(0.3, 100, 0.05, 0.001)
    >>> round(out.best_share, 3), round(out.gain, 4)
    (0.61, 0.1867)
    """
    s = float(_check_share(s))
    N, eta = _check_sharing(N, eta)
    kappa = check_number("kappa (privacy/transaction cost per use)", kappa, 0, 1e6)
    x = check_number("x (data each firm generates)", x, 0, 1e6, low_open=True)
    return _outcome(s, N, eta, kappa, x)


def _outcome(s, N, eta, kappa, x):
    base = float(_net(0.0, N, eta, kappa, x))
    s_best = _best(N, eta, kappa, x)
    return SharingOutcome(
        share=s,
        gain=float(_gain(s, N, eta)) - 1.0,
        full_gain=float(N) ** eta - 1.0,
        net_gain=float(_net(s, N, eta, kappa, x)) / base - 1.0,
        best_share=s_best,
        best_net_gain=float(_net(s_best, N, eta, kappa, x)) / base - 1.0,
    )


@dataclass(frozen=True)
class DataGrowthAccount:
    """Contributions to output growth (percentage points a year).

    Attributes
    ----------
    capital, labour, data, tfp : float
        ``alpha g_K``, ``(1-alpha) g_L``, ``gamma g_D`` (output elasticities times growth
        rates) and the model's TFP growth ``g_A``, the residual; the four add up to ``g_Y``.
    output : float
        ``g_Y``.
    measured_capital, measured_labour : float
        ``s_K g_K`` and ``s_L g_L``: capital and labour weighted by their income shares.
    solow_residual : float
        The residual with income-share weights and data left out,
        ``g_Y - s_K g_K - s_L g_L``; what a conventional growth account calls TFP growth.
    residual_error : float
        ``solow_residual - tfp`` = ``gamma g_D + (alpha - s_K) g_K + (1-alpha-s_L) g_L``.
    returns_to_scale : float
        ``1 + gamma``: the sum of the output elasticities of ``K``, ``L`` and ``D``.
    """

    capital: float
    labour: float
    data: float
    tfp: float
    output: float
    measured_capital: float
    measured_labour: float
    solow_residual: float
    residual_error: float
    returns_to_scale: float


#: Illustrative growth rates of output, capital and labour (percent a year) for the accounting
#: exercise, as in the Solow example of the growth-accounting lesson; not measured Chinese data.
ILLUSTRATIVE_GROWTH = (5.0, 7.0, 0.5)


def data_accounting_model(g_Y, g_K, g_L, g_D, alpha, gamma, capital_share=None,
                          labour_share=None):
    """Split output growth into capital, labour, data and TFP for ``Y = A K^a L^(1-a) D^g``.

    ``alpha``, ``1 - alpha`` and ``gamma`` are the model's output elasticities, assumed
    known; they are not income shares. With returns to scale ``1 + gamma > 1``, paying
    every factor its marginal product would exhaust more than output (Euler's theorem), so
    income shares cannot reveal all three elasticities. The function also returns the
    conventional Solow residual, computed with capital's and labour's income shares and
    data left out, and its error against the model's TFP growth.

    Parameters
    ----------
    g_Y, g_K, g_L, g_D : float
        Growth rates of output, capital, labour and the data used, in percent a year, each
        in [-20, 100].
    alpha : float
        Output elasticity of capital, in [0, 1] (labour's is ``1 - alpha``).
    gamma : float
        Output elasticity of data, in [0, 0.5].
    capital_share, labour_share : float, optional
        Income shares of capital and labour used for the Solow residual, each in [0, 1]
        and together at most 1 (the rest is paid to data owners or is profit). Default:
        the benchmark in which capital and labour are paid their marginal products and
        data nothing, ``alpha`` and ``1 - alpha``.

    Returns
    -------
    DataGrowthAccount

    Examples
    --------
    >>> acc = data_accounting_model(5, 7, 0.5, 22.7, 0.5, 0.03)
    >>> round(acc.solow_residual, 3), round(acc.data, 3), round(acc.tfp, 3)
    (1.25, 0.681, 0.569)
    """
    g_Y = check_number("g_Y (output growth, %)", g_Y, -20, 100)
    g_K = check_number("g_K (capital growth, %)", g_K, -20, 100)
    g_L = check_number("g_L (labour growth, %)", g_L, -20, 100)
    g_D = check_number("g_D (data growth, %)", g_D, -20, 100)
    alpha = check_number("alpha (capital elasticity)", alpha, 0, 1)
    gamma = check_number("gamma (data elasticity)", gamma, 0, 0.5)
    s_K = alpha if capital_share is None else check_number(
        "capital_share (capital's income share)", capital_share, 0, 1)
    s_L = 1 - alpha if labour_share is None else check_number(
        "labour_share (labour's income share)", labour_share, 0, 1)
    if s_K + s_L > 1 + 1e-12:
        raise ValueError("capital_share + labour_share must be at most 1 (income shares "
                         f"cannot exceed output); got {s_K} + {s_L} = {s_K + s_L}")
    capital, labour, data = alpha * g_K, (1 - alpha) * g_L, gamma * g_D
    tfp = g_Y - capital - labour - data
    measured_capital, measured_labour = s_K * g_K, s_L * g_L
    solow_residual = g_Y - measured_capital - measured_labour
    return DataGrowthAccount(capital=capital, labour=labour, data=data, tfp=tfp, output=g_Y,
                             measured_capital=measured_capital,
                             measured_labour=measured_labour,
                             solow_residual=solow_residual,
                             residual_error=solow_residual - tfp,
                             returns_to_scale=1 + gamma)


def sharing_curves(N, eta, kappa, x=1.0, points=101, n_max=200):
    """Curves for plotting: gains against the sharing fraction and against the number of firms.

    Returns
    -------
    SharingCurves
        ``s`` (grid on [0, 1]); ``output`` and ``net_output`` per firm relative to no sharing
        (``G(s)`` and ``W(s)/W(0)``; 1 = no gain); ``n`` (2 to ``n_max`` firms) and
        ``full_sharing_by_n`` (``n**eta``, output with full sharing relative to none). Fields
        can also be read by key (``curves["s"]``), as from the dict this used to return.
    """
    N, eta = _check_sharing(N, eta)
    kappa = check_number("kappa (privacy/transaction cost per use)", kappa, 0, 1e6)
    x = check_number("x (data each firm generates)", x, 0, 1e6, low_open=True)
    points = check_integer("points", points, 2, 10_000)
    n_max = check_integer("n_max", n_max, 2, 100_000)
    return _curves(N, eta, kappa, x, points, n_max)


@dataclass(frozen=True)
class SharingCurves:
    """Curves of :func:`sharing_curves`; ``firms`` is the number of firms ``N`` they are for."""

    s: np.ndarray
    output: np.ndarray
    net_output: np.ndarray
    n: np.ndarray
    full_sharing_by_n: np.ndarray
    firms: int

    def __getitem__(self, key):
        return getattr(self, key)


def _curves(N, eta, kappa, x, points, n_max):
    s = np.linspace(0.0, 1.0, points)
    base = float(_net(0.0, N, eta, kappa, x))
    n = np.arange(2, n_max + 1, dtype=float)
    return SharingCurves(s, _gain(s, N, eta), _net(s, N, eta, kappa, x) / base, n, n ** eta, N)


def data_sharing_model(share, N, eta, kappa_per_mille, x=1.0):
    """Everything the data-sharing explorer shows, from one validated call.

    Parameters
    ----------
    share : float
        Fraction of its data each firm shares, in [0, 1].
    N : int
        Number of firms, in [2, 100000].
    eta : float
        Returns to data, in (0, 1).
    kappa_per_mille : float
        Privacy/transaction cost per use, in thousandths (``kappa = kappa_per_mille / 1000``),
        in [0, 1e9].
    x : float
        Data each firm generates.

    Returns
    -------
    curves : SharingCurves
        101 sharing fractions and 2 to 200 firms (:func:`sharing_curves`' defaults).
    outcome : SharingOutcome

    Examples
    --------
    >>> curves, outcome = data_sharing_model(0.3, 100, 0.05, 1.0)
    >>> round(outcome.best_share, 3), round(float(curves.full_sharing_by_n[-1]), 4)
    (0.61, 1.3033)
    """
    share = float(check_number("share (of data shared)", share, 0, 1))
    N, eta = _check_sharing(N, eta)
    kappa = check_number("kappa_per_mille (privacy cost per use, thousandths)", kappa_per_mille,
                         0, 1e9) / 1000.0
    x = check_number("x (data each firm generates)", x, 0, 1e6, low_open=True)
    return _curves(N, eta, kappa, x, 101, 200), _outcome(share, N, eta, kappa, x)


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
growth_accounting_with_data = data_accounting_model
