"""``python -m explainer.cli``: the same command line as ``explainer``."""

import sys

from .parser import main

if __name__ == "__main__":
    sys.exit(main())
