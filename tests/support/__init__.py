"""What several test files share, imported normally (``from support.paths import ROOT``).

- :mod:`support.paths`: the project's folders and lessons;
- :mod:`support.opt_in`: the ``slow`` and ``browser`` opt-in rules (``conftest.py`` hooks them);
- :mod:`support.browser`: Debian's chromium, a free port, private JupyterLab and Voilà servers,
  and the scripts that drive JupyterLab's page (also used by ``scripts/lab-latency``);
- :mod:`support.explorers`: checks run over every explorer;
- :mod:`support.fast_render`: a move's picture compared with a full redraw of the same state;
- :mod:`support.formulas`: what a browser test looks for to find LaTeX left on a page;
- :mod:`support.lessons`: small synthetic lessons for the classroom tools.

The fixtures (``browser``, ``chromium_page``, ``voila_server``, ``lab_server`` with
``lab_root``, ``free_port``, ``in_language``) are in ``tests/conftest.py``; a test never imports ``conftest`` (pytest loads it itself).
"""
