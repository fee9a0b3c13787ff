"""Information cascades: regions that copy earlier regions (Bikhchandani, Hirshleifer & Welch 1992).

Regions decide one after another whether to adopt a "hot" industry. Whether it suits them is a
common unknown ``V`` in {0, 1} with prior 1/2; adopting costs 1/2, so it pays only if ``V = 1``.
Each region gets a private signal that is right with probability ``p`` (0.5 < p < 1) and sees
every earlier region's choice; a region that is exactly indifferent tosses a coin.

Once the choices made so far lean two steps one way (``#adopt - #reject = +-2``), a region's
own signal can no longer change its choice: it copies, and so does everyone after it. This is a
cascade, and it can be wrong. BHW (1992, eq. 1) give, for an even number ``n`` of regions and
``q = p - p**2``, with the truth ``V = 1``:

.. math::

    P(\\text{no cascade}) = q^{n/2}, \\quad
    P(\\text{adopt cascade}) = \\frac{p(p+1)(1-q^{n/2})}{2(1-p+p^2)}, \\quad
    P(\\text{reject cascade}) = \\frac{(p-2)(p-1)(1-q^{n/2})}{2(1-p+p^2)} .

The same model run as an exact Bayesian Markov chain (``cascade_path``) also handles an
independent public assessment: a signal of precision ``public_precision`` that every region
sees before the first decision. BHW (Sec. III.A, "The Public Release of Information") analyse
a single public release as well as repeated ones; the release before the first mover used
here is a variant of that analysis. Their Proposition 3 shows that public information released
repeatedly, with a probability bounded away from zero before each decision, eventually settles
the sequence into the right cascade; one release only shifts the starting point.
``simulate_cascades`` draws the same process path by path.

References
----------
Bikhchandani, S., Hirshleifer, D. and Welch, I. (1992). A theory of fads, fashion, custom, and
cultural change as informational cascades. *Journal of Political Economy*, 100(5), 992-1026.

Banerjee, A. V. (1992). A simple model of herd behavior. *Quarterly Journal of Economics*,
107(3), 797-817.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..checks import check_integer, check_number

_TOL = 1e-9


def _check_precision(p):
    return check_number("p (signal precision)", p, 0.5, 1.0, low_open=True, high_open=True)


def _check_public(public_precision):
    return check_number("public_precision (precision of the public assessment)",
                        public_precision, 0.5, 1.0, high_open=True)


def _check_seed(seed):
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise TypeError(f"seed must be None or a whole number >= 0; got {seed!r}")
    return check_integer("seed", seed, 0, None)


def cascade_probabilities(p, n):
    """BHW's closed form: probabilities after ``n`` regions (``n`` even), when adopting is right.

    Parameters
    ----------
    p : float
        Precision of each private signal, ``0.5 < p < 1``.
    n : int
        Number of regions that have decided, an even number from 0 to 1,000,000.

    Returns
    -------
    tuple of float
        ``(correct, wrong, none)``: an adopt cascade (the right one here), a reject cascade
        (the wrong one), and no cascade yet. They sum to one.
    """
    p = _check_precision(p)
    n = check_integer("n (number of regions, even)", n, 0, 1_000_000)
    if n % 2:
        raise ValueError(f"n (number of regions, even) must be an even whole number in [0, 1e+06]; got {n}")
    q = p - p * p
    none = q ** (n // 2)
    scale = (1.0 - none) / (2.0 * (1.0 - p + p * p))
    return p * (p + 1.0) * scale, (p - 2.0) * (p - 1.0) * scale, none


def wrong_cascade_limit(p):
    """Probability that the sequence ends in the wrong cascade as ``n`` grows without bound."""
    p = _check_precision(p)
    return (p - 2.0) * (p - 1.0) / (2.0 * (1.0 - p + p * p))


def _adopt_probability(belief, tol=_TOL):
    """A region's chance of adopting given its posterior log-odds (coin toss when indifferent).

    Log-odds within ``tol`` of zero count as exact indifference (rounding noise).
    """
    return np.where(belief > tol, 1.0, np.where(belief < -tol, 0.0, 0.5))


def _signal_log_odds(p):
    """log(p/(1-p)), computed so that it stays accurate for p barely above 0.5."""
    return math.log1p((2.0 * p - 1.0) / (1.0 - p))


def _indifference_tolerance(step):
    """Log-odds closer to zero than this are treated as exactly zero: a tiny fraction of the
    information in one private signal, so that even barely informative signals still count."""
    return _TOL * step


@dataclass(frozen=True)
class CascadePath:
    """Probabilities, region by region, that the sequence has locked into a cascade.

    Attributes
    ----------
    regions : numpy.ndarray
        0, 1, ..., n: how many regions have decided.
    correct, wrong, none : numpy.ndarray
        Probability that, after that many regions, everyone from then on follows the right
        choice, the wrong choice, or that regions still act on their own signals.
    """

    regions: np.ndarray
    correct: np.ndarray
    wrong: np.ndarray
    none: np.ndarray


def cascade_path(p, n, public_precision=0.5, truth=1):
    """Exact cascade probabilities after each of ``n`` regions (a Bayesian Markov chain).

    The public log-odds ``l`` start at the public assessment's log-odds (0 without one). A region
    with signal ``+-`` has log-odds ``l +- log(p/(1-p))`` and adopts if they are positive (a coin
    toss at zero). If both signals lead to the same choice, the choice reveals nothing and a
    cascade has started. Otherwise observers update ``l`` by the log-likelihood ratio of the
    choice they saw, coin toss included.

    Parameters
    ----------
    p : float
        Private signal precision, ``0.5 < p < 1``.
    n : int
        Number of regions, ``1 <= n <= 400``.
    public_precision : float
        Precision of one public assessment seen by all before the first region decides,
        ``0.5 <= public_precision < 1`` (0.5 means no assessment).
    truth : {0, 1}
        Whether adopting is right (1) or wrong (0).

    Returns
    -------
    CascadePath
    """
    p = _check_precision(p)
    n = check_integer("n (number of regions)", n, 1, 400)
    public = _check_public(public_precision)
    truth = check_integer("truth (1 if adopting is right, else 0)", truth, 0, 1)
    return _cascade_path(p, n, public, truth)


def _cascade_path(p, n, public, truth):
    step = _signal_log_odds(p)
    # After a coin toss at log-odds +step, an adoption moves the public log-odds by
    # log((1+p)/(2-p)); every other informative choice moves them by +-step. So the public
    # log-odds are always  s*lam + i*step + j*coin  for whole numbers (s, i, j), and states are
    # keyed by those integers: exact, with no two histories merged by rounding.
    coin = math.log1p((2.0 * p - 1.0) / (2.0 - p))  # log((1+p)/(2-p)), accurate near p = 0.5
    lam = _signal_log_odds(public) if public > 0.5 else 0.0
    tol = _indifference_tolerance(step)

    def log_odds(key):
        s, i, j = key
        return s * lam + i * step + j * coin

    if public > 0.5:
        states = {(1, 0, 0): public if truth else 1.0 - public,
                  (-1, 0, 0): (1.0 - public) if truth else public}
    else:
        states = {(0, 0, 0): 1.0}
    p_plus = p if truth else 1.0 - p  # chance of a "+" (adopt-leaning) private signal
    correct = np.zeros(n + 1)
    wrong = np.zeros(n + 1)
    none = np.zeros(n + 1)
    absorbed_up = absorbed_down = 0.0

    def choices(key):
        belief = log_odds(key)
        return (float(_adopt_probability(belief + step, tol)),
                float(_adopt_probability(belief - step, tol)))

    def absorb(states):
        nonlocal absorbed_up, absorbed_down
        keep = {}
        for key, mass in states.items():
            a_hi, a_lo = choices(key)
            if a_hi == a_lo == 1.0:
                absorbed_up += mass
            elif a_hi == a_lo == 0.0:
                absorbed_down += mass
            else:
                keep[key] = mass
        return keep

    # How an informative choice moves (i, j), by what each signal leads to: (a_hi, a_lo).
    moves = {(1.0, 0.0): ((1, 0), (-1, 0)),    # the choice reveals the signal
             (1.0, 0.5): ((0, 1), (-1, 0)),    # "+" adopts, "-" tosses a coin
             (0.5, 0.0): ((1, 0), (0, -1))}    # "+" tosses a coin, "-" rejects
    states = absorb(states)
    for k in range(n + 1):
        up_right, down_right = (absorbed_up, absorbed_down) if truth else (absorbed_down, absorbed_up)
        correct[k], wrong[k] = up_right, down_right
        none[k] = math.fsum(states.values())
        if k == n:
            break
        new = {}
        for key, mass in states.items():
            a_hi, a_lo = choices(key)
            adopt = p_plus * a_hi + (1 - p_plus) * a_lo
            s, i, j = key
            for chance, (di, dj) in zip((adopt, 1.0 - adopt), moves[(a_hi, a_lo)]):
                if chance > 0:
                    after = (s, i + di, j + dj)
                    new[after] = new.get(after, 0.0) + mass * chance
        states = absorb(new)
    return CascadePath(np.arange(n + 1), correct, wrong, none)


def simulate_cascades(p, n, paths=2000, public_precision=0.5, truth=1, seed=0):
    """Simulate ``paths`` sequences of ``n`` regions; return the frequencies as a CascadePath.

    Each region draws its own signal, and a coin when indifferent; observers update the public
    log-odds exactly as in :func:`cascade_path`. With a fixed ``seed`` the result is reproducible.

    ``seed`` is a whole number >= 0 (or None for fresh randomness); other types raise a
    ``TypeError`` naming it.
    """
    p = _check_precision(p)
    n = check_integer("n (number of regions)", n, 1, 400)
    paths = check_integer("paths (number of simulated sequences)", paths, 1, 1_000_000)
    public = _check_public(public_precision)
    truth = check_integer("truth (1 if adopting is right, else 0)", truth, 0, 1)
    if seed is not None:
        seed = _check_seed(seed)
    return _simulate(p, n, paths, public, truth, seed)


def _simulate(p, n, paths, public, truth, seed):
    rng = np.random.default_rng(seed)
    step = _signal_log_odds(p)
    tol = _indifference_tolerance(step)
    belief = np.zeros(paths)
    if public > 0.5:
        lam = _signal_log_odds(public)
        says_adopt = rng.random(paths) < (public if truth else 1 - public)
        belief = np.where(says_adopt, lam, -lam)
    p_plus = p if truth else 1.0 - p
    correct = np.zeros(n + 1)
    wrong = np.zeros(n + 1)
    none = np.zeros(n + 1)
    for k in range(n + 1):
        a_hi = _adopt_probability(belief + step, tol)
        a_lo = _adopt_probability(belief - step, tol)
        up = (a_hi == 1.0) & (a_lo == 1.0)
        down = (a_hi == 0.0) & (a_lo == 0.0)
        right, bad = (up, down) if truth else (down, up)
        correct[k], wrong[k] = right.mean(), bad.mean()
        none[k] = 1.0 - correct[k] - wrong[k]
        if k == n:
            break
        informative = ~(up | down)
        if not informative.any():
            # Every sequence is locked into a cascade: no belief moves again, so the shares
            # stay as they are for the remaining regions (the draws would change nothing).
            correct[k + 1:], wrong[k + 1:], none[k + 1:] = correct[k], wrong[k], none[k]
            break
        plus = rng.random(paths) < p_plus
        own = np.where(plus, a_hi, a_lo)
        adopt = rng.random(paths) < own
        l1 = np.where(adopt, p * a_hi + (1 - p) * a_lo, 1 - (p * a_hi + (1 - p) * a_lo))
        l0 = np.where(adopt, (1 - p) * a_hi + p * a_lo, 1 - ((1 - p) * a_hi + p * a_lo))
        with np.errstate(divide="ignore", invalid="ignore"):
            update = np.log(l1 / l0)
        belief = np.where(informative, belief + update, belief)
    return CascadePath(np.arange(n + 1), correct, wrong, none)


@dataclass(frozen=True)
class CascadeCurves:
    """The exact and the simulated paths, from :func:`cascades_model`.

    Attributes
    ----------
    exact : CascadePath
        Exact probabilities region by region (:func:`cascade_path`).
    simulated : CascadePath
        Shares of simulated sequences (:func:`simulate_cascades`).
    """

    exact: CascadePath
    simulated: CascadePath


@dataclass(frozen=True)
class CascadeOutcome:
    """Where the sequence ends after the last region, from :func:`cascades_model`.

    Attributes
    ----------
    p, public_precision : float
        The private signals' and the public assessment's precision (0.5 = no assessment).
    regions : int
        Number of regions that decided.
    correct, wrong : float
        Exact probability of being locked into the right or the wrong choice at the end.
    simulated_wrong : float
        Share of simulated sequences locked into the wrong choice.
    wrong_without_assessment : float
        The exact wrong share without a public assessment (equal to ``wrong`` if there is none).
    """

    p: float
    public_precision: float
    regions: int
    correct: float
    wrong: float
    simulated_wrong: float
    wrong_without_assessment: float


def cascades_model(p, n, public_precision=0.5, paths=2000, seed=1):
    """Exact and simulated cascade paths, and the wrong share with and without the assessment.

    Parameters
    ----------
    p : float
        Private signal precision, ``0.5 < p < 1``.
    n : int
        Number of regions, ``1 <= n <= 400``.
    public_precision : float
        Precision of one public assessment before the first region, ``0.5 <= . < 1``.
    paths : int
        Simulated sequences, 1 to 1,000,000.
    seed : int
        Seed of the simulation (a whole number >= 0), so the markers do not jitter.

    Returns
    -------
    (CascadeCurves, CascadeOutcome)

    Examples
    --------
    >>> curves, outcome = cascades_model(0.6, 20)
    >>> round(outcome.wrong, 4), round(outcome.correct, 4)
    (0.3684, 0.6316)
    """
    p = _check_precision(p)
    n = check_integer("n (number of regions)", n, 1, 400)
    public = _check_public(public_precision)
    paths = check_integer("paths (number of simulated sequences)", paths, 1, 1_000_000)
    seed = _check_seed(seed)
    exact = _cascade_path(p, n, public, 1)
    simulated = _simulate(p, n, paths, public, 1, seed)
    baseline = exact if public <= 0.5 else _cascade_path(p, n, 0.5, 1)
    outcome = CascadeOutcome(p=p, public_precision=public, regions=n,
                             correct=float(exact.correct[-1]), wrong=float(exact.wrong[-1]),
                             simulated_wrong=float(simulated.wrong[-1]),
                             wrong_without_assessment=float(baseline.wrong[-1]))
    return CascadeCurves(exact=exact, simulated=simulated), outcome


#: Old name, kept for one release so that lessons published before the rename still
#: import; removed in the next release.
cascade_model = cascades_model
