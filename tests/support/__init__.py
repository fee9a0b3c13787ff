"""What several test files share, imported normally (``from support.paths import ROOT``).

- :mod:`support.paths`: the project's folders and lessons;
- :mod:`support.lessons`: small synthetic lessons for the classroom tools.

The opt-in options and the fixtures live in ``tests/conftest.py``; a test never imports
``conftest`` (pytest loads it itself).
"""
