"""What several test files share, imported normally (``from support.paths import ROOT``).

- :mod:`support.paths`: the project's folders and lessons;
- :mod:`support.opt_in`: the ``slow`` and ``browser`` opt-in rules (``conftest.py`` hooks them);
- :mod:`support.browser`: Debian's chromium, a free port, private JupyterLab and Voilà servers;
- :mod:`support.explorers`: checks run over every explorer;
- :mod:`support.formulas`: what a browser test looks for to find LaTeX left on a page;
- :mod:`support.lessons`: small synthetic lessons for the classroom tools.

The fixtures (``browser``, ``chromium_page``, ``voila_server``, ``in_language``) are in
``tests/conftest.py``; a test never imports ``conftest`` (pytest loads it itself).
"""
