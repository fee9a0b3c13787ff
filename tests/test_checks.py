"""Input validation messages name the parameter and the valid range."""

import math

import numpy as np
import pytest

from explainer.checks import check_array, check_choice, check_integer, check_number


def test_number_ok():
    assert check_number("x", 3, 0, 5) == 3.0
    assert check_number("x", np.float64(0.5), 0, 1, low_open=True) == 0.5


@pytest.mark.parametrize("value,kwargs,fragment", [
    (-1, dict(low=0), "x must be >= 0; got -1"),
    (0, dict(low=0, low_open=True), "x must be > 0"),
    (6, dict(low=0, high=5), "x must be in [0, 5]"),
    (1, dict(low=0, high=1, high_open=True), "in [0, 1)"),
    (math.nan, dict(), "finite"),
    (math.inf, dict(low=0), "finite"),
    ("3", dict(), "real number"),
    (True, dict(), "real number"),
])
def test_number_rejects(value, kwargs, fragment):
    with pytest.raises(ValueError) as err:
        check_number("x", value, **kwargs)
    assert fragment in str(err.value)


def test_integer():
    assert check_integer("n", 4.0, 0, 10) == 4
    with pytest.raises(ValueError, match="n must be a whole number in \\[0, 10\\]; got 2.5"):
        check_integer("n", 2.5, 0, 10)
    with pytest.raises(ValueError, match="got 11"):
        check_integer("n", 11, 0, 10)


def test_choice_and_array():
    assert check_choice("kind", "a", ["a", "b"]) == "a"
    with pytest.raises(ValueError, match="kind must be one of 'a', 'b'"):
        check_choice("kind", "c", ["a", "b"])
    assert check_array("v", [1, 2], 0).tolist() == [1.0, 2.0]
    with pytest.raises(ValueError, match="every entry of v must be >= 0"):
        check_array("v", [1, -2], 0)
    with pytest.raises(ValueError, match="v must not be empty"):
        check_array("v", [], 0)
    with pytest.raises(ValueError, match="finite"):
        check_array("v", [1, np.nan])
