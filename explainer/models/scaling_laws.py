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

**Repeated data** (Muennighoff et al. 2023). The cap above assumes each token is seen once.
Training for several epochs on the same ``U`` unique tokens is worth less than fresh data, but
not nothing. Muennighoff et al. fit the value of ``D`` tokens seen, of which ``U`` are unique,
as the *effective data*

.. math::

    D' = U + U R^{*} \\left(1 - e^{-R/R^{*}}\\right), \\qquad R = D / U - 1, \\qquad
    R^{*} \\approx 15.4,

where ``R`` counts repetitions (epochs minus one). While ``R`` is small against ``R*`` a
repeated token is worth almost a fresh one (four epochs give ``D' = 3.73 U``); ``D'`` can never
exceed ``U (1 + R*)``, about 16.4 times the unique data. :func:`repeated_data_run` puts ``D'``
into the loss above, with Hoffmann et al.'s constants, and finds the best number of epochs
for a budget: a simplified variant (the paper fits its own constants and also lets excess
parameters lose value, which is left out here).

The fitted constants have been questioned: Besiroglu et al. (2024, "Chinchilla scaling: a
replication attempt", arXiv:2404.10102) re-fit the same form and find a split closer to the
paper's other two approaches (about 20 tokens per parameter). The numbers here illustrate the
shape of the trade-off, not a forecast for any particular model.

References
----------
Hoffmann, J., Borgeaud, S., Mensch, A., et al. (2022). Training compute-optimal large
language models. *Advances in Neural Information Processing Systems 35* (NeurIPS 2022);
arXiv:2203.15556.

Muennighoff, N., Rush, A. M., Barak, B., Le Scao, T., Tazi, N., Piktus, A., Pyysalo, S.,
Wolf, T. and Raffel, C. (2023). Scaling data-constrained language models. *Advances in
Neural Information Processing Systems 36* (NeurIPS 2023); arXiv:2305.16264. The constant
``R_D* = 15.387756`` is from the authors' code (github.com/huggingface/datablations).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..checks import check_array, check_number, check_points

#: Fitted constants of Hoffmann et al. (2022), Approach 3.
CHINCHILLA = {"E": 1.69, "A": 406.4, "B": 410.7, "alpha": 0.34, "beta": 0.28}

#: Muennighoff et al. (2023): repetitions at which repeated data have lost 1 - 1/e of their
#: value (``R_D*`` of the authors' parametric fit).
REPEAT_DECAY = 15.387756
#: Epochs searched by :func:`repeated_data_run` (one pass to a thousand).
EPOCH_RANGE = (1.0, 1000.0)

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
        ``loss_capped`` (best loss with at most ``D_max`` tokens, each seen once) and
        ``loss_repeated`` (the same when the tokens may be repeated, :func:`repeated_data_run`)
        along it.
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
        "loss_repeated": _repeated_losses(C_grid, D_max, REPEAT_DECAY),
    }


def _repeated_losses(C_grid, U, r_star, points=801):
    """Best loss for each budget in ``C_grid`` when ``U`` unique tokens may be repeated.

    The same search as :func:`repeated_data_run`, done for all budgets at once on a log grid of
    epochs from 1 to 1000 (fine enough for a curve: within 1e-4 of the refined optimum).
    """
    N_opt, D_opt = _split(C_grid, *_CONSTS)
    epochs = np.exp(np.linspace(0.0, np.log(EPOCH_RANGE[1]), points))
    D = U * epochs[None, :]
    best = _loss(C_grid[:, None] / (6.0 * D), _effective(D, U, r_star)).min(axis=1)
    return np.where(D_opt <= U, _loss(N_opt, D_opt), best)


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


def _effective(D, U, r_star):
    repeats = np.maximum(D / U - 1.0, 0.0)
    return np.minimum(D, U) + U * r_star * -np.expm1(-repeats / r_star)


def effective_data(tokens, unique_tokens, r_star=REPEAT_DECAY):
    """Value of ``tokens`` seen when only ``unique_tokens`` are distinct (Muennighoff et al. 2023).

    ``D' = U + U R* (1 - exp(-R / R*))`` with ``R = D / U - 1`` repetitions; ``D' = D`` when
    ``D <= U`` (no token is repeated).

    Parameters
    ----------
    tokens : float or array_like
        Tokens seen in training, ``D``, each in [1e3, 1e18].
    unique_tokens : float
        Distinct tokens available, ``U``, in [1e3, 1e16].
    r_star : float
        Decay constant ``R*``, in [0.1, 1000] (default: the authors' fit, 15.39).

    Examples
    --------
    >>> round(float(effective_data(4e11, 1e11)) / 1e11, 2)   # four epochs: worth 3.73 fresh passes
    3.73
    >>> round(float(effective_data(1e15, 1e11)) / 1e11, 1)   # the ceiling U (1 + R*)
    16.4
    """
    if np.ndim(tokens) == 0 and not isinstance(tokens, np.ndarray):
        D = check_number("tokens (tokens seen)", tokens, 1e3, 1e18)
    else:
        D = check_array("tokens (tokens seen)", tokens, 1e3, 1e18, ndim=np.ndim(tokens))
    U = check_number("unique_tokens (distinct tokens available)", unique_tokens, *D_MAX_RANGE)
    r_star = check_number("r_star (repetition decay constant)", r_star, 0.1, 1000.0)
    return _effective(D, U, r_star)


@dataclass(frozen=True)
class RepeatedDataRun:
    """The best run for a budget when the unique data may be seen for several epochs.

    Attributes
    ----------
    params : float
        Parameters ``N = C / (6 D)``.
    tokens_seen : float
        Tokens seen in training, ``D`` (``epochs`` times the unique tokens when they bind).
    effective_tokens : float
        Their value as fresh data, ``D'``.
    epochs : float
        ``D / U`` (below 1 when the unique data are more than the compute-optimal run needs).
    loss : float
        ``L(N, D')`` with Hoffmann et al.'s constants.
    """

    params: float
    tokens_seen: float
    effective_tokens: float
    epochs: float
    loss: float


def repeated_data_run(C, unique_tokens, r_star=REPEAT_DECAY):
    """Best split of compute ``C`` when ``unique_tokens`` may be repeated (simplified variant).

    If the compute-optimal run needs no more than the unique data, it is the answer. Otherwise
    the number of epochs ``e`` in [1, 1000] is chosen to minimise
    ``L(C / (6 e U), D'(e U))`` on a fine logarithmic grid (refined once around its best point).

    Parameters
    ----------
    C : float
        Training compute in FLOPs, in [1e15, 1e30].
    unique_tokens : float
        Distinct tokens available, in [1e3, 1e16].
    r_star : float
        Decay constant of repeated data, in [0.1, 1000].

    Returns
    -------
    RepeatedDataRun

    Examples
    --------
    >>> run = repeated_data_run(1e24, 1e11)
    >>> round(run.epochs, 1), round(run.loss, 3)
    (17.9, 1.939)
    >>> round(scaling_outcome(1e24, 1e11).loss_capped, 3)   # one epoch only
    2.06
    """
    C = _check_compute(C)
    U = check_number("unique_tokens (distinct tokens available)", unique_tokens, *D_MAX_RANGE)
    r_star = check_number("r_star (repetition decay constant)", r_star, 0.1, 1000.0)
    return _repeated(C, U, r_star)


def _repeated(C, U, r_star):
    N_opt, D_opt = _split(C, *_CONSTS)
    if D_opt <= U:
        return RepeatedDataRun(float(N_opt), float(D_opt), float(D_opt), float(D_opt / U),
                               float(_loss(N_opt, D_opt)))

    def losses(log_epochs):
        D = U * np.exp(log_epochs)
        return _loss(C / (6.0 * D), _effective(D, U, r_star))

    grid = np.linspace(0.0, np.log(EPOCH_RANGE[1]), 2001)
    best = grid[np.argmin(losses(grid))]
    step = grid[1] - grid[0]
    fine = np.linspace(max(best - step, 0.0), min(best + step, grid[-1]), 2001)
    D = float(U * np.exp(fine[np.argmin(losses(fine))]))
    D_eff = float(_effective(D, U, r_star))
    return RepeatedDataRun(C / (6.0 * D), D, D_eff, D / U, float(_loss(C / (6.0 * D), D_eff)))


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
scaling_model = scaling_laws_model
