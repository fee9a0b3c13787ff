"""Growth accounting: how much of output growth is left for total factor productivity (Solow 1957).

With a constant-returns production function ``Y = A F(K, L)`` and factors paid their marginal
products, output growth splits into the contributions of capital, labour and productivity:

.. math::

    g_Y = \\alpha g_K + (1 - \\alpha) g_L + g_A
    \\quad\\Longrightarrow\\quad
    g_A = g_Y - \\alpha g_K - (1 - \\alpha) g_L ,

where ``alpha`` is capital's share of income. ``g_A`` is the *Solow residual*: the growth that
more capital and more workers do not explain. A "significant increase in total factor
productivity" (the interview's sign of new quality productive forces) means a larger residual.

References
----------
Solow, R. M. (1957). Technical change and the aggregate production function. *Review of
Economics and Statistics*, 39(3), 312-320.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_number


def _check_inputs(g_output, g_capital, g_labour, capital_share):
    g_y = check_number("g_output (output growth, % a year)", g_output, -30, 30)
    g_k = check_number("g_capital (capital growth, % a year)", g_capital, -30, 40)
    g_l = check_number("g_labour (labour growth, % a year)", g_labour, -20, 20)
    alpha = check_number("capital_share (alpha)", capital_share, 0, 1, low_open=True, high_open=True)
    return g_y, g_k, g_l, alpha


#: Capital shares over which the explorer shows how much the residual depends on ``alpha``.
CAPITAL_SHARE_GRID = np.linspace(0.3, 0.6, 31)
CAPITAL_SHARE_GRID.setflags(write=False)


@dataclass(frozen=True)
class GrowthDecomposition:
    """Output growth split into contributions, in percentage points (percent a year).

    ``capital + labour + tfp == output``. ``tfp_share`` is TFP's share of output growth in
    percent, ``None`` when output growth is (nearly) zero. ``capital_share`` is the ``alpha``
    used. Items can also be read by key (``parts["tfp"]``), as from the dict that
    :func:`growth_decomposition` used to return.
    """

    output: float
    capital: float
    labour: float
    tfp: float
    tfp_share: float | None
    capital_share: float

    def __getitem__(self, key):
        return getattr(self, key)


@dataclass(frozen=True)
class ResidualCurve:
    """The Solow residual (``residuals``, percent a year) at each capital share ``alphas``."""

    alphas: np.ndarray
    residuals: np.ndarray

    @property
    def swing(self):
        """How far the residual moves between the lowest and the highest capital share."""
        return abs(float(self.residuals[-1] - self.residuals[0]))


def _decompose(g_y, g_k, g_l, alpha):
    capital = alpha * g_k
    labour = (1.0 - alpha) * g_l
    tfp = g_y - capital - labour
    share = 100.0 * tfp / g_y if abs(g_y) >= 1e-9 else None
    return GrowthDecomposition(g_y, capital, labour, tfp, share, alpha)


def _residuals(g_y, g_k, g_l, alphas):
    return g_y - alphas * g_k - (1.0 - alphas) * g_l


def solow_residual(g_output, g_capital, g_labour, capital_share):
    """TFP growth ``g_A = g_Y - alpha g_K - (1 - alpha) g_L`` (percent a year).

    Parameters
    ----------
    g_output : float
        Growth of real output, percent a year, in [-30, 30].
    g_capital : float
        Growth of the capital stock (or capital services), percent a year, in [-30, 40].
    g_labour : float
        Growth of labour input, percent a year, in [-20, 20].
    capital_share : float
        ``alpha``, capital's share of income, in (0, 1).

    Examples
    --------
    >>> solow_residual(5.0, 7.0, 0.5, 0.5)
    1.25
    """
    g_y, g_k, g_l, alpha = _check_inputs(g_output, g_capital, g_labour, capital_share)
    return g_y - alpha * g_k - (1.0 - alpha) * g_l


def growth_decomposition(g_output, g_capital, g_labour, capital_share):
    """Split output growth into capital, labour and TFP contributions.

    Returns
    -------
    GrowthDecomposition
        ``capital`` (``alpha g_K``), ``labour`` (``(1-alpha) g_L``) and ``tfp`` (the residual),
        in percentage points, which add up to ``output``; and ``tfp_share``, TFP's share of
        output growth in percent (``None`` when output growth is zero, or so close to zero,
        below 1e-9 percent in size, that the share would be meaningless). Fields can also be
        read by key, ``parts["tfp"]``.

    Examples
    --------
    >>> parts = growth_decomposition(5.0, 7.0, 0.5, 0.5)
    >>> round(parts.tfp, 2), round(parts.tfp_share, 1)
    (1.25, 25.0)
    """
    return _decompose(*_check_inputs(g_output, g_capital, g_labour, capital_share))


def growth_accounting_model(g_output, g_capital, g_labour, capital_share):
    """Everything the growth-accounting explorer shows, from one validated call.

    Parameters are those of :func:`growth_decomposition`.

    Returns
    -------
    curve : ResidualCurve
        The residual over :data:`CAPITAL_SHARE_GRID` (capital shares 0.3 to 0.6).
    parts : GrowthDecomposition
        The split at ``capital_share``.

    Examples
    --------
    >>> curve, parts = growth_accounting_model(5.0, 7.0, 0.5, 0.5)
    >>> round(parts.tfp, 2), round(curve.swing, 2)
    (1.25, 1.95)
    """
    g_y, g_k, g_l, alpha = _check_inputs(g_output, g_capital, g_labour, capital_share)
    curve = ResidualCurve(CAPITAL_SHARE_GRID, _residuals(g_y, g_k, g_l, CAPITAL_SHARE_GRID))
    return curve, _decompose(g_y, g_k, g_l, alpha)


def residual_by_capital_share(g_output, g_capital, g_labour, capital_shares):
    """The Solow residual over a grid of capital shares (for showing how much ``alpha`` matters).

    ``capital_shares`` is an array of values in (0, 1). The residual is linear in ``alpha``
    with slope ``g_L - g_K``.
    """
    g_y, g_k, g_l, _ = _check_inputs(g_output, g_capital, g_labour, 0.5)
    alphas = check_array("capital_shares (alpha values)", capital_shares, 0, 1,
                         low_open=True, high_open=True)
    return _residuals(g_y, g_k, g_l, alphas)


def growth_rate(levels):
    """Average annual growth (percent) of a series of yearly levels: ``100 (ln x_T - ln x_0)/T``.

    Log growth is what the accounting identity adds up exactly.
    """
    x = check_array("levels (yearly values)", levels, 0, None, low_open=True)
    if x.size < 2:
        raise ValueError("levels (yearly values) must have at least 2 entries")
    return float(100.0 * (np.log(x[-1]) - np.log(x[0])) / (x.size - 1))
