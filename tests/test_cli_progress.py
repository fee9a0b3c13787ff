"""What the long commands print (``explainer/cli/progress.py``): one line per lesson with its
time, and the kernels' TCP warning filtered out of standard error."""

import os
import re
import subprocess
import sys

import nbformat
import pytest

from explainer.cli import main
from explainer.cli.progress import KernelLogFilter
from support.lessons import KERNELSPEC

NOISE = ("[IPKernelApp] WARNING | Kernel is running over TCP without encryption. All "
         "communication (including code and outputs) is sent in plain text.")


def test_kernel_log_filter_drops_only_the_tcp_warning(capfd):
    with KernelLogFilter() as log_filter:
        subprocess.run([sys.executable, "-c", f"import sys; sys.stderr.write({NOISE!r} + '\\n'"
                        " + 'a real kernel error\\n')"], check=True)
        log_filter.flush()
        os.write(2, b"no newline at the end")
    err = capfd.readouterr().err
    assert "a real kernel error\n" in err and err.endswith("no newline at the end")
    assert "without encryption" not in err


@pytest.mark.slow
def test_check_shows_no_kernel_tcp_warning(tmp_path, capfd):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import sys\n"
                                                                  "print('x', file=sys.stderr)")])
    nb.metadata["kernelspec"] = KERNELSPEC
    nbformat.write(nb, tmp_path / "a.ipynb")
    assert main(["check", "--notebooks", str(tmp_path)]) == 0
    out, err = capfd.readouterr()
    assert re.search(r"^pass +\d+\.\d s  a\.ipynb$", out, re.M)
    assert "without encryption" not in err


@pytest.mark.slow
def test_export_and_slides_print_progress_without_kernel_warnings(tmp_path, capfd):
    pytest.importorskip("nbconvert")
    lessons = tmp_path / "notebooks"
    lessons.mkdir()
    for name in ("01_a", "02_b"):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"# {name}"),
                                             nbformat.v4.new_code_cell("1 + 1")])
        nb.metadata["kernelspec"] = KERNELSPEC
        nbformat.write(nb, lessons / f"{name}.ipynb")
    assert main(["export", "--notebooks", str(lessons), "--out", str(tmp_path / "site")]) == 0
    assert main(["slides", "--notebooks", str(lessons), "--out", str(tmp_path / "slides")]) == 0
    out, err = capfd.readouterr()
    lines = out.splitlines()
    assert re.fullmatch(r"\[1/2\] +\d+\.\d s  .*01_a\.ipynb", lines[0]), lines
    assert re.fullmatch(r"\[2/2\] +\d+\.\d s  .*02_b\.ipynb", lines[1]), lines
    assert lines[2].startswith(f"wrote {tmp_path / 'site' / 'index.html'} in ")
    assert re.fullmatch(r"\[2/2\] +\d+\.\d s  .*02_b\.slides\.html", lines[4]), lines
    assert lines[5].startswith("wrote 2 decks")
    assert "without encryption" not in err
