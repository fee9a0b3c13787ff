"""The project's folders, as the tests see them."""

from pathlib import Path

#: The project folder.
ROOT = Path(__file__).resolve().parents[2]
#: The lessons (English), with the Chinese edition in ``zh/``.
NOTEBOOKS = ROOT / "notebooks"
#: Where tests leave screenshots and logs for a person to look at (ignored by git).
ARTIFACTS = ROOT / "test-artifacts"
#: The English lessons and the Chinese ones, in order.
LESSONS = sorted(NOTEBOOKS.glob("*.ipynb"))
ZH_LESSONS = sorted((NOTEBOOKS / "zh").glob("*.ipynb"))
