"""Misallocation: aggregate TFP when wedges keep marginal products apart (Hsieh & Klenow 2009).

**The question.** Take an industry's total capital ``K`` and labour ``L`` as given. How much
does it produce when they are spread across its firms by a market with distortions, compared
with the best spread? The ratio is *aggregate* total factor productivity (TFP) relative to
its efficient level: it changes although no firm's own technology changes.

**The model** (one industry of the model of Hsieh & Klenow 2009). Industry output is a CES
aggregate of the outputs of ``n`` firms, each with its own productivity ``A_i``:

.. math::

    Y = \\Big(\\sum_i Y_i^{(\\sigma-1)/\\sigma}\\Big)^{\\sigma/(\\sigma-1)}, \\qquad
    Y_i = A_i K_i^{\\alpha} L_i^{1-\\alpha}, \\qquad \\sigma > 1 .

Firm ``i`` faces the demand curve ``P_i = (Y_i / Y)^{-1/\\sigma}`` (the industry price is 1)
and two wedges: an *output wedge* ``tau_Y`` that scales down what it keeps of each yuan of
revenue, and so the marginal revenue products of capital and labour together (a tax,
a cap on size, or ``tau_Y < 0``: a subsidy, cheap credit), and a *capital wedge* ``tau_K``
that raises its cost of capital relative to labour. It maximises
``(1 - tau_Y) P_i Y_i - w L_i - (1 + tau_K) R K_i``.

**The allocation.** The first-order conditions give
``MRPL_i = w / (1 - tau_Yi)`` and ``MRPK_i = (1 + tau_Ki) R / (1 - tau_Yi)``, so revenue
productivity, ``TFPR_i = P_i A_i``, is proportional to

.. math::

    \\phi_i = \\frac{(1 + \\tau_{Ki})^{\\alpha}}{1 - \\tau_{Yi}} .

Without wedges every firm has the same TFPR: inputs flow until their marginal revenue
products are equal. Write ``w_i = A_i^{sigma-1} / sum_j A_j^{sigma-1}`` (each firm's share of
inputs and of revenue at the efficient allocation) and ``M = sum_i w_i phi_i^(1-sigma)``.
Demand makes a firm's revenue share ``s_i = w_i phi_i^(1-sigma) / M``; its shares of capital
and labour are

.. math::

    k_i = \\frac{s_i (1-\\tau_{Yi}) / (1+\\tau_{Ki})}{D_K}, \\quad
    l_i = \\frac{s_i (1-\\tau_{Yi})}{D_L}, \\quad
    D_K = \\sum_j \\frac{s_j (1-\\tau_{Yj})}{1+\\tau_{Kj}}, \\quad D_L = \\sum_j s_j (1-\\tau_{Yj}) .

**Aggregate TFP** (derived here, equivalent to Hsieh & Klenow's equation for industry TFP).
Put the allocation into ``Y / (K^alpha L^(1-alpha))``. Each firm's output is
``A_i k_i^alpha l_i^(1-alpha) = A_i s_i / (phi_i D_K^alpha D_L^(1-alpha))`` (times
``K^alpha L^(1-alpha)``), and summing the CES terms gives

.. math::

    \\mathrm{TFP} = \\frac{\\mathrm{TFP}^{e}\\, M^{1/(\\sigma-1)}}{D_K^{\\alpha} D_L^{1-\\alpha}},
    \\qquad \\mathrm{TFP}^{e} = \\Big(\\sum_i A_i^{\\sigma-1}\\Big)^{1/(\\sigma-1)} .

With output wedges only (``tau_K = 0``) every firm uses the same capital-labour ratio,
``D_K = D_L = sum_i w_i phi_i^(-sigma) / M``, and

.. math::

    \\frac{\\mathrm{TFP}}{\\mathrm{TFP}^{e}} =
    \\frac{\\big(\\sum_i w_i \\phi_i^{1-\\sigma}\\big)^{\\sigma/(\\sigma-1)}}{\\sum_i w_i \\phi_i^{-\\sigma}}
    \\;\\le\\; 1,

with equality exactly when all ``phi_i`` are equal: aggregate TFP is highest when marginal
revenue products are equalised. If ``log phi`` is normal with variance ``v`` under the weights
``w`` (for example, productivity and TFPR jointly lognormal across many firms), the two sums
are moments of a lognormal and ``log(TFP / TFP^e) = -(sigma / 2) v``: the loss grows with the
*variance* of log TFPR, so halving every wedge removes three quarters of it.

**Data in this model** (the lesson's own reading of the interview, not Hsieh & Klenow's).
If better information about where inputs are most productive removes a share ``c`` of every
log wedge, ``log phi_i -> (1 - c) log phi_i``, aggregate TFP rises at unchanged ``K`` and
``L``. It rises monotonically in ``c``: writing ``K(u) = log sum_i w_i phi_i^u`` (a convex
function), ``d log(TFP/TFP^e) / dt = sigma [K'(-sigma t) - K'((1 - sigma) t)] <= 0`` for wedges
scaled by ``t = 1 - c``. Data that removed no wedge (an input like any other) would leave this
ratio where it is.

**Evidence.** Hsieh & Klenow (2009) measure TFPR dispersion across Chinese and Indian
manufacturing plants: "When capital and labor are hypothetically reallocated to equalize
marginal products to the extent observed in the United States, we calculate manufacturing
TFP gains of 30%-50% in China and 40%-60% in India." Their wedges are whatever keeps TFPR
apart (policy, credit, state ownership, adjustment costs and measurement error alike), so
the gains bound what *any* cause of better allocation could bring, data included; they are
not an estimate of what data would bring.

References
----------
Hsieh, C.-T. and Klenow, P. J. (2009). Misallocation and manufacturing TFP in China and
India. *Quarterly Journal of Economics*, 124(4), 1403-1448.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_choice, check_integer, check_number

#: Elasticity of substitution between firms' outputs: Hsieh & Klenow's baseline is 3.
SIGMA_RANGE = (1.0, 10.0)           # sigma > 1 (open), at most 10
PRODUCTIVITY_RANGE = (1e-6, 1e6)    # A_i
OUTPUT_WEDGE_RANGE = (-99.0, 0.99)  # tau_Y: a subsidy of up to 99x revenue, a tax of up to 99%
CAPITAL_WEDGE_RANGE = (-0.99, 99.0)  # tau_K: capital up to 99% cheaper or 99x dearer
SPREAD_RANGE = (0.0, 1.5)           # standard deviation of a log quantity across example firms
FIRMS_RANGE = (2, 50)
#: Who faces the largest wedges among the example firms.
PAIRINGS = ("productive", "unproductive")


def _check_sigma(sigma):
    return check_number("sigma (elasticity of substitution)", sigma, *SIGMA_RANGE, low_open=True)


def _check_alpha(alpha):
    return check_number("alpha (capital elasticity)", alpha, 0.0, 1.0, low_open=True,
                        high_open=True)


def _check_firms(productivity, output_wedge, capital_wedge):
    """Validate productivities and wedges; broadcast a scalar wedge to every firm."""
    A = check_array("productivity", productivity, *PRODUCTIVITY_RANGE)
    tau_Y = _wedge("output_wedge", output_wedge, OUTPUT_WEDGE_RANGE, A.size)
    tau_K = _wedge("capital_wedge", capital_wedge, CAPITAL_WEDGE_RANGE, A.size)
    return A, tau_Y, tau_K


def _wedge(name, value, bounds, size):
    if np.ndim(value) == 0 and not isinstance(value, np.ndarray):
        return np.full(size, check_number(name, value, *bounds))
    tau = check_array(name, value, *bounds)
    if tau.size != size:
        raise ValueError(f"{name} must have one entry per firm ({size}); got {tau.size}")
    return tau


def _logsumexp(x):
    top = np.max(x)
    return float(top + np.log(np.sum(np.exp(x - top))))


@dataclass(frozen=True)
class Allocation:
    """How given capital and labour are spread across firms, and what that yields.

    Attributes
    ----------
    capital_shares, labour_shares : numpy.ndarray
        Each firm's share of the industry's capital and labour (each sums to one).
    efficient_shares : numpy.ndarray
        Each firm's share of both inputs at the efficient allocation, ``A_i^(sigma-1)`` over
        its sum.
    revenue_productivity : numpy.ndarray
        ``phi_i = (1 + tau_K)^alpha / (1 - tau_Y)``, each firm's TFPR relative to what it would
        be without wedges (only the dispersion matters).
    tfp_ratio : float
        Aggregate TFP relative to its efficient level, in (0, 1].
    efficient_tfp : float
        ``(sum A_i^(sigma-1))^(1/(sigma-1))``.
    """

    capital_shares: np.ndarray
    labour_shares: np.ndarray
    efficient_shares: np.ndarray
    revenue_productivity: np.ndarray
    tfp_ratio: float
    efficient_tfp: float

    @property
    def tfp(self):
        """Aggregate TFP, ``Y / (K^alpha L^(1-alpha))``."""
        return self.tfp_ratio * self.efficient_tfp


def _allocate(A, tau_Y, tau_K, sigma, alpha):
    log_A = np.log(A)
    scaled = (sigma - 1.0) * log_A
    log_S = _logsumexp(scaled)
    log_w = scaled - log_S
    # TFP is unchanged when every (1 - tau_Y), or every (1 + tau_K), is scaled by a common
    # factor, so both are centred in logs to keep the sums below well inside float range.
    log_keep = np.log1p(-tau_Y)
    log_keep = log_keep - np.mean(log_keep)
    log_cost = np.log1p(tau_K)
    log_cost = log_cost - np.mean(log_cost)
    log_phi = alpha * log_cost - log_keep
    log_M = _logsumexp(log_w + (1.0 - sigma) * log_phi)
    log_s = log_w + (1.0 - sigma) * log_phi - log_M
    log_k = log_s + log_keep - log_cost
    log_l = log_s + log_keep
    log_DK, log_DL = _logsumexp(log_k), _logsumexp(log_l)
    log_ratio = log_M / (sigma - 1.0) - alpha * log_DK - (1.0 - alpha) * log_DL
    # Rounding can leave the ratio a hair above one when every wedge is equal.
    ratio = min(float(np.exp(log_ratio)), 1.0)
    return Allocation(
        capital_shares=np.exp(log_k - log_DK), labour_shares=np.exp(log_l - log_DL),
        efficient_shares=np.exp(log_w), revenue_productivity=np.exp(log_phi),
        tfp_ratio=ratio, efficient_tfp=float(np.exp(log_S / (sigma - 1.0))),
    )


def efficient_tfp(productivity, sigma=3.0):
    """Aggregate TFP when marginal revenue products are equal: ``(sum A_i^(sigma-1))^(1/(sigma-1))``.

    Parameters
    ----------
    productivity : array_like
        Each firm's productivity ``A_i``, in [1e-6, 1e6].
    sigma : float
        Elasticity of substitution between firms' outputs, in (1, 10].

    Examples
    --------
    >>> round(efficient_tfp([1.0, 1.0], sigma=3.0), 4)   # two equal firms: sqrt(2)
    1.4142
    """
    A = check_array("productivity", productivity, *PRODUCTIVITY_RANGE)
    sigma = _check_sigma(sigma)
    return float(np.exp(_logsumexp((sigma - 1.0) * np.log(A)) / (sigma - 1.0)))


def allocation(productivity, output_wedge, capital_wedge=0.0, sigma=3.0, alpha=1 / 3):
    """Where profit-maximising firms facing wedges put the industry's capital and labour.

    Parameters
    ----------
    productivity : array_like
        Each firm's productivity ``A_i``, in [1e-6, 1e6].
    output_wedge : float or array_like
        ``tau_Y`` of each firm (one number applies to all), in [-99, 0.99].
    capital_wedge : float or array_like
        ``tau_K`` of each firm, in [-0.99, 99].
    sigma : float
        Elasticity of substitution between firms' outputs, in (1, 10].
    alpha : float
        Capital's output elasticity, in (0, 1).

    Returns
    -------
    Allocation

    Examples
    --------
    The better firm keeps half of its revenue, so it gets a third of the inputs instead of the
    four fifths it would get without the wedge:

    >>> a = allocation([1.0, 2.0], output_wedge=[0.0, 0.5])
    >>> [round(float(x), 3) for x in a.efficient_shares], [round(float(x), 3) for x in a.labour_shares]
    ([0.2, 0.8], [0.667, 0.333])
    >>> round(a.tfp_ratio, 3)
    0.843
    """
    A, tau_Y, tau_K = _check_firms(productivity, output_wedge, capital_wedge)
    return _allocate(A, tau_Y, tau_K, _check_sigma(sigma), _check_alpha(alpha))


def aggregate_tfp(productivity, output_wedge, capital_wedge=0.0, sigma=3.0, alpha=1 / 3):
    """Aggregate TFP, ``Y / (K^alpha L^(1-alpha))``, at the allocation the wedges produce.

    Parameters are those of :func:`allocation`.

    Examples
    --------
    >>> round(aggregate_tfp([1.0, 2.0], 0.0), 4) == round(efficient_tfp([1.0, 2.0]), 4)
    True
    """
    return allocation(productivity, output_wedge, capital_wedge, sigma, alpha).tfp


def lognormal_tfp_ratio(tfpr_variance, sigma=3.0):
    """``TFP / TFP^e = exp(-(sigma/2) var(log TFPR))`` for lognormal TFPR (output wedges only).

    Parameters
    ----------
    tfpr_variance : float
        Variance of log revenue productivity across firms, in [0, 10].
    sigma : float
        Elasticity of substitution, in (1, 10].

    Examples
    --------
    >>> round(lognormal_tfp_ratio(0.25, sigma=3.0), 4)
    0.6873
    """
    v = check_number("tfpr_variance (variance of log TFPR)", tfpr_variance, 0.0, 10.0)
    sigma = _check_sigma(sigma)
    return float(np.exp(-0.5 * sigma * v))


def variance_cut_for_gain(gain, sigma=3.0):
    """Fall in ``var(log TFPR)`` that raises TFP by ``gain`` in the lognormal formula.

    ``1 + gain = exp((sigma/2) dv)``, so ``dv = 2 log(1 + gain) / sigma``.

    Parameters
    ----------
    gain : float
        Proportional TFP gain (0.3 = 30%), in [0, 10].
    sigma : float
        Elasticity of substitution, in (1, 10].

    Examples
    --------
    >>> round(variance_cut_for_gain(0.3), 3), round(variance_cut_for_gain(0.5), 3)
    (0.175, 0.27)
    """
    gain = check_number("gain (proportional TFP gain)", gain, 0.0, 10.0)
    sigma = _check_sigma(sigma)
    return float(2.0 * np.log1p(gain) / sigma)


def _grid(firms):
    """``firms`` evenly spaced points with mean 0 and standard deviation 1 (lowest first)."""
    z = np.linspace(-1.0, 1.0, firms)
    return z / z.std()


def _example(firms, productivity_spread, wedge_spread, pairing):
    z = _grid(firms)
    log_A = productivity_spread * z
    log_phi = wedge_spread * (z if pairing == "productive" else z[::-1])
    return np.exp(log_A), 0.0 - np.expm1(-log_phi)   # tau_Y = 1 - exp(-log phi), never -0.0


def example_firms(firms, productivity_spread, wedge_spread, pairing="productive"):
    """An industry of ``firms`` firms for the explorer: productivities and output wedges.

    Log productivity and log TFPR each take ``firms`` evenly spaced values with mean zero and
    standard deviations ``productivity_spread`` and ``wedge_spread``. The output wedge that
    gives a firm its log TFPR ``x`` is ``tau_Y = 1 - exp(-x)`` (no capital wedges).

    Parameters
    ----------
    firms : int
        Number of firms, in [2, 50].
    productivity_spread, wedge_spread : float
        Standard deviations of log productivity and of log TFPR, each in [0, 1.5].
    pairing : {"productive", "unproductive"}
        Whether the most productive or the least productive firms face the largest wedges.

    Returns
    -------
    productivity, output_wedge : numpy.ndarray
        Lowest productivity first.

    Examples
    --------
    >>> A, tau = example_firms(3, 0.5, 0.0)
    >>> [round(float(a), 3) for a in A], [float(t) for t in tau]
    ([0.542, 1.0, 1.845], [0.0, 0.0, 0.0])
    """
    firms, productivity_spread, wedge_spread, pairing = _check_example(
        firms, productivity_spread, wedge_spread, pairing)
    return _example(firms, productivity_spread, wedge_spread, pairing)


def _check_example(firms, productivity_spread, wedge_spread, pairing):
    firms = check_integer("firms (number of firms)", firms, *FIRMS_RANGE)
    productivity_spread = check_number("productivity_spread (s.d. of log productivity)",
                                       productivity_spread, *SPREAD_RANGE)
    wedge_spread = check_number("wedge_spread (s.d. of log TFPR)", wedge_spread, *SPREAD_RANGE)
    pairing = check_choice("pairing", pairing, PAIRINGS)
    return firms, productivity_spread, wedge_spread, pairing


def _data_cut(data_cut):
    return check_number("data_cut (share of every wedge that data remove)", data_cut, 0.0, 1.0)


def _ratio_with_cut(firms, productivity_spread, wedge_spread, pairing, cut, sigma):
    A, tau_Y = _example(firms, productivity_spread, wedge_spread * (1.0 - cut), pairing)
    return _allocate(A, tau_Y, np.zeros_like(A), sigma, 1 / 3)


def data_cut_for_gain(gain, firms=6, productivity_spread=0.5, wedge_spread=0.5,
                      pairing="productive", sigma=3.0, tol=1e-10):
    """Share of every wedge data must remove to raise aggregate TFP by ``gain`` (bisection).

    TFP rises monotonically as the wedges shrink (see the module's notes), so the answer is
    unique when it exists.

    Parameters
    ----------
    gain : float
        Proportional TFP gain sought (0.1 = 10%), at least 0.
    firms, productivity_spread, wedge_spread, pairing
        The industry, as in :func:`example_firms`.
    sigma : float
        Elasticity of substitution, in (1, 10].
    tol : float
        Precision of the share, in [1e-14, 1e-2].

    Returns
    -------
    float
        The share in [0, 1].

    Raises
    ------
    ValueError
        If even removing every wedge (reaching the efficient level) gives less than ``gain``.

    Examples
    --------
    >>> round(data_cut_for_gain(0.10), 3)
    0.141
    """
    gain = check_number("gain (proportional TFP gain)", gain, 0.0, 10.0)
    firms, productivity_spread, wedge_spread, pairing = _check_example(
        firms, productivity_spread, wedge_spread, pairing)
    sigma = _check_sigma(sigma)
    tol = check_number("tol", tol, 1e-14, 1e-2)
    base = _ratio_with_cut(firms, productivity_spread, wedge_spread, pairing, 0.0, sigma).tfp_ratio
    most = 1.0 / base - 1.0
    if gain > most + 1e-12:
        raise ValueError(
            f"gain must be at most {most:.4f} for this industry (firms={firms}, "
            f"productivity_spread={productivity_spread:g}, wedge_spread={wedge_spread:g}, "
            f"pairing={pairing!r}, sigma={sigma:g}): removing every wedge raises TFP by "
            f"{most:.1%}; got {gain:g}")
    low, high = 0.0, 1.0
    while high - low > tol:
        mid = 0.5 * (low + high)
        ratio = _ratio_with_cut(firms, productivity_spread, wedge_spread, pairing, mid,
                                sigma).tfp_ratio
        if ratio / base - 1.0 < gain:
            low = mid
        else:
            high = mid
    return 0.5 * (low + high)


@dataclass(frozen=True)
class MisallocationOutcome:
    """The example industry without and with data that remove part of every wedge.

    Attributes
    ----------
    productivity : numpy.ndarray
        Each firm's ``A_i`` (lowest first).
    without_data, with_data : Allocation
        The allocation at the full wedges and at wedges cut by ``data_cut``.
    wedge_spread, wedge_spread_with_data : float
        Standard deviation of log TFPR before and after.
    data_cut : float
        Share of every log wedge removed.
    sigma : float
        Elasticity of substitution.
    """

    productivity: np.ndarray
    without_data: Allocation
    with_data: Allocation
    wedge_spread: float
    wedge_spread_with_data: float
    data_cut: float
    sigma: float

    @property
    def data_gain(self):
        """Proportional rise in aggregate TFP from data, at the same capital and labour."""
        return self.with_data.tfp_ratio / self.without_data.tfp_ratio - 1.0

    @property
    def efficiency_gap(self):
        """Proportional rise in TFP from removing every wedge, starting without data."""
        return 1.0 / self.without_data.tfp_ratio - 1.0


def misallocation_outcome(firms, productivity_spread, wedge_spread, data_cut, sigma=3.0,
                          pairing="productive"):
    """The example industry of :func:`example_firms` without and with data.

    Parameters
    ----------
    firms, productivity_spread, wedge_spread, pairing
        As in :func:`example_firms`.
    data_cut : float
        Share of every log wedge that data remove, in [0, 1].
    sigma : float
        Elasticity of substitution, in (1, 10].

    Returns
    -------
    MisallocationOutcome

    Examples
    --------
    >>> o = misallocation_outcome(6, 0.5, 0.5, 0.5)
    >>> round(o.without_data.tfp_ratio, 3), round(o.with_data.tfp_ratio, 3), round(o.data_gain, 3)
    (0.705, 0.927, 0.315)
    """
    firms, productivity_spread, wedge_spread, pairing = _check_example(
        firms, productivity_spread, wedge_spread, pairing)
    return _outcome(firms, productivity_spread, wedge_spread, _data_cut(data_cut),
                    _check_sigma(sigma), pairing)


def _outcome(firms, productivity_spread, wedge_spread, cut, sigma, pairing):
    before = _ratio_with_cut(firms, productivity_spread, wedge_spread, pairing, 0.0, sigma)
    after = _ratio_with_cut(firms, productivity_spread, wedge_spread, pairing, cut, sigma)
    A, _ = _example(firms, productivity_spread, 0.0, pairing)
    return MisallocationOutcome(productivity=A, without_data=before, with_data=after,
                                wedge_spread=wedge_spread,
                                wedge_spread_with_data=wedge_spread * (1.0 - cut),
                                data_cut=cut, sigma=sigma)


def misallocation_curves(firms, productivity_spread, sigma=3.0, pairing="productive",
                         points=61, spread_max=SPREAD_RANGE[1]):
    """Aggregate TFP relative to efficient as the spread of log TFPR grows from 0.

    Returns
    -------
    dict
        ``spread`` (standard deviation of log TFPR), ``tfp_ratio`` (the example industry's
        TFP over its efficient level) and ``lognormal_ratio`` (``exp(-(sigma/2) spread^2)``,
        the formula for many lognormal firms).
    """
    firms, productivity_spread, _, pairing = _check_example(firms, productivity_spread, 0.0,
                                                            pairing)
    sigma = _check_sigma(sigma)
    points = check_integer("points (number of grid points)", points, 2, 10_000)
    spread_max = check_number("spread_max (largest spread plotted)", spread_max,
                              0.0, SPREAD_RANGE[1], low_open=True)
    return _curves(firms, productivity_spread, sigma, pairing, points, spread_max)


def _curves(firms, productivity_spread, sigma, pairing, points=61, spread_max=SPREAD_RANGE[1]):
    spread = np.linspace(0.0, spread_max, points)
    ratio = np.array([_ratio_with_cut(firms, productivity_spread, v, pairing, 0.0, sigma).tfp_ratio
                      for v in spread])
    return {"spread": spread, "tfp_ratio": ratio,
            "lognormal_ratio": np.exp(-0.5 * sigma * spread ** 2)}


def misallocation_model(firms, productivity_spread, wedge_spread, data_cut_pct, sigma=3.0):
    """The explorer's one call: ``(curves, outcome)``.

    Parameters
    ----------
    firms : int
        Number of firms, in [2, 50].
    productivity_spread, wedge_spread : float
        Standard deviations of log productivity and of log TFPR, each in [0, 1.5].
    data_cut_pct : float
        Percent of every wedge that data remove, in [0, 100].
    sigma : float
        Elasticity of substitution, in (1, 10].

    Examples
    --------
    >>> curves, outcome = misallocation_model(6, 0.5, 0.5, 50)
    >>> round(outcome.data_gain, 3), round(float(curves["tfp_ratio"][0]), 3)
    (0.315, 1.0)
    """
    firms, productivity_spread, wedge_spread, pairing = _check_example(
        firms, productivity_spread, wedge_spread, "productive")
    cut = check_number("data_cut_pct (percent of every wedge removed)", data_cut_pct, 0.0, 100.0)
    sigma = _check_sigma(sigma)
    return (_curves(firms, productivity_spread, sigma, pairing),
            _outcome(firms, productivity_spread, wedge_spread, cut / 100.0, sigma, pairing))
