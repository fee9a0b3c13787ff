"""Published economic models in numpy: pure functions, no plotting or widget imports."""
