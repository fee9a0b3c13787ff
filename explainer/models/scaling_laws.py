"""Big data, big compute, big models: the compute-optimal split of Hoffmann et al. (2022).

The pre-training loss of a language model with ``N`` parameters trained on ``D`` tokens is
fitted as

.. math::

    L(N, D) = E + \\frac{A}{N^{\\alpha}} + \\frac{B}{D^{\\beta}},

with ``E = 1.69`` (the loss no model can remove), ``A = 406.4``, ``B = 410.7``,
``alpha = 0.34`` and ``beta = 0.28`` (their "Approach 3", Sec. 3.3 and Appendix D.2).
Training takes about ``C = 6 N D`` floating-point operations (FLOPs). For a compute budget
``C``, minimising ``L`` subject to ``6 N D = C`` gives

.. math::

    N_{opt} = G \\left(\\frac{C}{6}\\right)^{a}, \\quad
    D_{opt} = G^{-1} \\left(\\frac{C}{6}\\right)^{b}, \\quad
    a = \\frac{\\beta}{\\alpha+\\beta}, \\; b = \\frac{\\alpha}{\\alpha+\\beta}, \\;
    G = \\left(\\frac{\\alpha A}{\\beta B}\\right)^{1/(\\alpha+\\beta)} .

When the data available are capped at ``D_max < D_opt`` the best a lab can do is train on all
of them and put the rest of the compute into parameters, ``N = C / (6 D_max)``: loss then
falls only through the ``A / N**alpha`` term and flattens out above ``E + B / D_max**beta``.
Data become the binding factor.

The fitted constants have been questioned: Besiroglu et al. (2024, "Chinchilla scaling: a
replication attempt", arXiv:2404.10102) re-fit the same form and find a split closer to the
paper's other two approaches (about 20 tokens per parameter). The numbers here illustrate the
shape of the trade-off, not a forecast for any particular model.

References
----------
Hoffmann, J., Borgeaud, S., Mensch, A., et al. (2022). Training compute-optimal large
language models. *Advances in Neural Information Processing Systems 35* (NeurIPS 2022);
arXiv:2203.15556.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_number, check_points

#: Fitted constants of Hoffmann et al. (2022), Approach 3.
CHINCHILLA = {"E": 1.69, "A": 406.4, "B": 410.7, "alpha": 0.34, "beta": 0.28}

#: Compute budgets accepted, in FLOPs (1e15 to 1e30).
C_RANGE = (1e15, 1e30)
# Bounds that keep every formula finite (documented in each function).
SIZE_RANGE = (1e-50, 1e60)        # N and D in loss()
D_MAX_RANGE = (1e3, 1e16)         # tokens available
CONSTANT_RANGE = (1e-3, 1e6)      # A and B
EXPONENT_RANGE = (0.05, 2.0)      # alpha and beta


def _check_positive_array(name, values):
    if np.ndim(values) == 0 and not isinstance(values, np.ndarray):
        return check_number(name, values, *SIZE_RANGE)
    return check_array(name, values, *SIZE_RANGE, ndim=np.ndim(values))


def _check_constants(A, B, alpha, beta):
    A = check_number("A", A, *CONSTANT_RANGE)
    B = check_number("B", B, *CONSTANT_RANGE)
    alpha = check_number("alpha (parameter exponent)", alpha, *EXPONENT_RANGE)
    beta = check_number("beta (data exponent)", beta, *EXPONENT_RANGE)
    return A, B, alpha, beta


def _check_tokens_available(D_max):
    return check_number("D_max (tokens available)", D_max, *D_MAX_RANGE)


def _check_compute(C):
    return check_number("C (training compute, FLOPs)", C, *C_RANGE)


# -- private helpers: inputs already validated (they work on arrays too) --------------------

_CONSTS = (CHINCHILLA["A"], CHINCHILLA["B"], CHINCHILLA["alpha"], CHINCHILLA["beta"])


def _loss(N, D, E=CHINCHILLA["E"], A=CHINCHILLA["A"], B=CHINCHILLA["B"],
          alpha=CHINCHILLA["alpha"], beta=CHINCHILLA["beta"]):
    return E + A / N ** alpha + B / D ** beta


def _split(C, A, B, alpha, beta):
    a, b = beta / (alpha + beta), alpha / (alpha + beta)
    G = (alpha * A / (beta * B)) ** (1.0 / (alpha + beta))
    return G * (C / 6.0) ** a, (C / 6.0) ** b / G


def _capped(C, D_max, A, B, alpha, beta):
    N_opt, D_opt = _split(C, A, B, alpha, beta)
    binds = D_opt > D_max
    return np.where(binds, C / (6.0 * D_max), N_opt), np.where(binds, D_max, D_opt)


def loss(N, D, E=1.69, A=406.4, B=410.7, alpha=0.34, beta=0.28):
    """Pre-training loss ``L(N, D) = E + A / N**alpha + B / D**beta``.

    Parameters
    ----------
    N : float or array_like
        Parameters, each in [1e-50, 1e60].
    D : float or array_like
        Training tokens, each in [1e-50, 1e60].
    E, A, B, alpha, beta : float
        Fitted constants (defaults: Hoffmann et al. 2022, Approach 3); ``0 <= E <= 100``,
        ``A, B`` in [1e-3, 1e6] and ``alpha, beta`` in [0.05, 2] (bounds that keep the loss and
        the compute-optimal split finite).
    """
    N = _check_positive_array("N (parameters)", N)
    D = _check_positive_array("D (training tokens)", D)
    E = check_number("E (irreducible loss)", E, 0, 100)
    A, B, alpha, beta = _check_constants(A, B, alpha, beta)
    return _loss(N, D, E, A, B, alpha, beta)


def compute_optimal_split(C, A=406.4, B=410.7, alpha=0.34, beta=0.28):
    """Parameters and tokens that minimise loss for compute ``C = 6 N D``.

    Returns
    -------
    tuple of float
        ``(N_opt, D_opt)`` with ``N_opt * D_opt = C / 6``.
    """
    C = _check_compute(C)
    A, B, alpha, beta = _check_constants(A, B, alpha, beta)
    return _split(C, A, B, alpha, beta)


def data_capped_split(C, D_max, **constants):
    """Best ``(N, D)`` for compute ``C`` when at most ``D_max`` tokens exist.

    If ``D_opt <= D_max`` the cap does not bind; otherwise ``D = D_max`` and
    ``N = C / (6 D_max)``. ``D_max`` is in [1e3, 1e16] tokens.
    """
    D_max = _check_tokens_available(D_max)
    N_opt, D_opt = compute_optimal_split(C, **constants)
    if D_opt <= D_max:
        return N_opt, D_opt
    C = _check_compute(C)
    return C / (6.0 * D_max), D_max


@dataclass(frozen=True)
class ScalingOutcome:
    """The compute-optimal run next to the best run with capped data.

    Attributes
    ----------
    compute : float
        FLOPs.
    params_opt, tokens_opt, loss_opt : float
        Compute-optimal parameters, tokens and loss without a data cap.
    params_capped, tokens_capped, loss_capped : float
        The same when tokens are capped at ``tokens_available``.
    tokens_available : float
        The data cap.
    cap_binds : bool
        Whether the cap changes the best run.
    """

    compute: float
    params_opt: float
    tokens_opt: float
    loss_opt: float
    params_capped: float
    tokens_capped: float
    loss_capped: float
    tokens_available: float
    cap_binds: bool

    @property
    def tokens_per_parameter(self):
        """``D_opt / N_opt`` of the uncapped run."""
        return self.tokens_opt / self.params_opt


def scaling_outcome(C, D_max):
    """Compute-optimal and data-capped runs for budget ``C`` (Chinchilla constants)."""
    C = _check_compute(C)
    D_max = _check_tokens_available(D_max)
    return _outcome(C, D_max)


def _outcome(C, D_max):
    N_opt, D_opt = _split(C, *_CONSTS)
    N_cap, D_cap = (float(v) for v in _capped(C, D_max, *_CONSTS))
    return ScalingOutcome(
        compute=float(C),
        params_opt=float(N_opt), tokens_opt=float(D_opt), loss_opt=float(_loss(N_opt, D_opt)),
        params_capped=float(N_cap), tokens_capped=float(D_cap),
        loss_capped=float(_loss(N_cap, D_cap)),
        tokens_available=float(D_max), cap_binds=bool(D_opt > D_max),
    )


def scaling_curves(C, D_max, points=81, decades=2.0, C_low=1e18, C_high=1e27):
    """Curves for plotting.

    Returns
    -------
    dict
        ``N`` (parameters from ``N_opt / 10**decades`` to ``N_opt * 10**decades``) and
        ``isoflop_loss`` (loss when compute ``C`` is split as ``D = C / (6 N)``);
        ``C_grid`` (log-spaced budgets), ``loss_opt`` (compute-optimal loss) and
        ``loss_capped`` (best loss with at most ``D_max`` tokens) along it.
    """
    C = _check_compute(C)
    D_max = _check_tokens_available(D_max)
    points = check_points(points)
    decades = check_number("decades", decades, 0, 6, low_open=True)
    C_low = check_number("C_low (smallest budget plotted)", C_low, *C_RANGE)
    C_high = check_number("C_high (largest budget plotted)", C_high, C_low, C_RANGE[1], low_open=True)
    return _curves(C, D_max, points, decades, C_low, C_high)


def _curves(C, D_max, points=81, decades=2.0, C_low=1e18, C_high=1e27):
    N_opt, _ = _split(C, *_CONSTS)
    N = N_opt * np.logspace(-decades, decades, points)
    C_grid = np.logspace(np.log10(C_low), np.log10(C_high), points)
    return {
        "N": N,
        "isoflop_loss": _loss(N, C / (6.0 * N)),
        "C_grid": C_grid,
        "loss_opt": _loss(*_split(C_grid, *_CONSTS)),
        "loss_capped": _loss(*_capped(C_grid, D_max, *_CONSTS)),
    }


def scaling_laws_model(C, D_max):
    """The explorer's one call: ``(curves, outcome)`` for budget ``C`` and data cap ``D_max``.

    The model-size axis of the curves spans ``N_opt / 10**k`` to ``N_opt * 10**k`` with ``k``
    from 2 to 6 decades, wide enough that the data-capped choice stays in view. Inputs are
    validated once, with the ranges of :func:`scaling_outcome`.

    Examples
    --------
    >>> curves, outcome = scaling_laws_model(C=1e23, D_max=1e13)
    >>> outcome.cap_binds
    False
    >>> round(outcome.tokens_per_parameter)
    78
    >>> scaling_laws_model(C=1e23, D_max=1e10)[1].cap_binds
    True
    """
    C = _check_compute(C)
    D_max = _check_tokens_available(D_max)
    outcome = _outcome(C, D_max)
    decades = min(6.0, max(2.0, math.log10(max(outcome.tokens_opt / D_max, 1.0)) + 0.5))
    return _curves(C, D_max, decades=decades), outcome


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
scaling_model = scaling_laws_model
