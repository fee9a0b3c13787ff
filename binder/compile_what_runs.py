"""Compile to bytecode the modules a student's Binder session imports, and only those.

binder/postBuild installs the packages with ``pip --no-compile``; importing here what the
Jupyter server, JupyterLab, Voilà, a kernel and every explorer import writes their ``.pyc``
files into the image (even where ``PYTHONDONTWRITEBYTECODE`` is set), so a lesson starts as
quickly as with everything compiled, while the image carries no bytecode for modules no
lesson imports.
"""

import sys

sys.dont_write_bytecode = False

import ipykernel.ipkernel  # noqa: E402,F401 - the kernel
import ipykernel.kernelapp  # noqa: E402,F401
import jupyter_server.serverapp  # noqa: E402,F401 - the server and its front ends
import jupyterlab.labapp  # noqa: E402,F401
import nbclient  # noqa: E402,F401 - exercise checks and `explainer check`
import voila.app  # noqa: E402,F401

import explainer.exercises  # noqa: E402,F401
from explainer.widgets import all_explorers  # noqa: E402

for explorer_class in all_explorers().values():  # every model, plot and widget module
    explorer_class().close()
print(f"compiled the modules a lesson imports ({len(sys.modules)} modules)")
