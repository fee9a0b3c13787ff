"""Command line of the lessons: ``explainer lab | check | tidy | translate | bench | data | student
| grader | export | slides | figures | apps | links``. Run ``explainer COMMAND --help`` for a
command's options.

- :mod:`~explainer.cli.parser`: the parser (shared options declared once) and :func:`main`;
- :mod:`~explainer.cli.lessons`: commands on the lessons (check, tidy, translate, bench, data);
- :mod:`~explainer.cli.classroom`: commands that build classroom material (student, grader,
  export, slides, figures, apps, links);
- :mod:`~explainer.cli.lab`: ``explainer lab``, the JupyterLab launcher (root, container,
  settings);
- :mod:`~explainer.cli.progress`: one line per lesson, without the kernels' TCP warning;
- :mod:`~explainer.cli.common`: what the commands share (the lessons folder, the editions, the
  classroom extra, the repository's address).
"""

from .parser import build_parser, main

__all__ = ["build_parser", "main"]
