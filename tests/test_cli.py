"""The command line (``explainer/cli/``), in one file: each command run through ``main`` as a
user types it, the version, the help and clear errors; then, section by section, ``explainer
lab`` (``cli/lab.py``, with the JupyterLab settings it shares with Binder,
``explainer/lab_settings.py``), the progress lines of the long commands (``cli/progress.py``)
and the classroom commands' options (``cli/classroom.py``: ``--repo``, the Chinese listing of
``data``). What the commands build is tested with the modules that build it
(``test_classroom_*.py``)."""

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook
import explainer
from explainer import bench, i18n
from explainer.classroom import links
from explainer.classroom.cells import is_solution
from explainer.cli import build_parser, classroom as cli_classroom, lab, main
from explainer.cli.progress import KernelLogFilter
from explainer.lab_settings import NEWS_OFF, write_image_overrides
from explainer.widgets import all_explorers
from support.browser import wait_for_http
from support.lessons import KERNELSPEC, lesson_with_solutions
from support.paths import LESSONS, NOTEBOOKS, ROOT, ZH_LESSONS

SCHOOL = "https://github.com/school/explainer"


def test_data_command(capsys):
    assert main(["data"]) == 0
    out = capsys.readouterr().out
    assert "capacity_utilisation_annual" in out and "sha256 ok" in out


@pytest.mark.slow
def test_check_reports_pass_and_fail(tmp_path, capsys):
    good = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(1 + 1)")])
    bad = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 / 0")])
    for nb in (good, bad):
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(good, tmp_path / "a_good.ipynb")
    nbformat.write(bad, tmp_path / "b_bad.ipynb")
    assert main(["check", "--notebooks", str(tmp_path)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("pass") and lines[0].endswith("a_good.ipynb")
    assert lines[1].startswith("FAIL") and "ZeroDivisionError" in lines[1]
    assert lines[-1].startswith("1 failed")


ENTRY_KEYS = {"moves": int, "fast_median_ms": float, "fast_p95_ms": float, "full_median_ms": float,
              "full_p95_ms": float, "ratio": float, "fast_share": float, "reused_share": float,
              "png_kb_median": float,
              "png_kb_max": float, "within_target": bool}
REPORT_KEYS = {"machine", "target_ratio", "target_png_kb", "import_explainer_s",
               "import_explainer_widgets_s", "import_within_target", "explorers", "median_ratio",
               "all_within_target"}


def assert_bench_report(report, expected):
    """The report's schema, consistent verdicts, and one entry for each of ``expected``."""
    assert set(report) == REPORT_KEYS
    assert set(report["machine"]) == {"cpus", "python", "matplotlib", "platform", "load_before",
                                      "load_after"}
    assert report["target_ratio"] == bench.TARGET_RATIO == 0.30
    assert report["target_png_kb"] == bench.TARGET_PNG_KB == 150.0
    assert sorted(report["explorers"]) == sorted(expected), \
        f"explorers missing from the report: {sorted(set(expected) - set(report['explorers']))}"
    for name, entry in report["explorers"].items():
        assert set(entry) == set(ENTRY_KEYS), name
        for key, kind in ENTRY_KEYS.items():
            assert type(entry[key]) is kind, f"{name}.{key} is {type(entry[key]).__name__}"
        assert entry["moves"] > 0, name
        for path in ("fast", "full"):
            assert 0 < entry[f"{path}_median_ms"] <= entry[f"{path}_p95_ms"], name
        # the ratio is of the unrounded medians; the rounded ones agree to about a percent
        assert entry["ratio"] == pytest.approx(entry["fast_median_ms"] / entry["full_median_ms"],
                                               rel=0.02, abs=0.002), name
        assert 0 <= entry["reused_share"] <= entry["fast_share"] <= 1, name
        assert 0 < entry["png_kb_median"] <= entry["png_kb_max"], name
        # rounding may hide a ratio a hair above the target
        assert entry["within_target"] == (entry["ratio"] <= report["target_ratio"]
                                          and entry["png_kb_max"] <= report["target_png_kb"]) \
            or abs(entry["ratio"] - report["target_ratio"]) <= 0.0005, name
    ratios = sorted(e["ratio"] for e in report["explorers"].values())
    assert report["median_ratio"] == pytest.approx(
        (ratios[(len(ratios) - 1) // 2] + ratios[len(ratios) // 2]) / 2, abs=0.0011)
    for key in ("import_explainer_s", "import_explainer_widgets_s"):
        assert type(report[key]) is float and 0 <= report[key] < 60, key
    assert report["import_within_target"] == (report["import_explainer_s"] <= bench.TARGET_IMPORT_S)
    assert report["all_within_target"] == (report["import_within_target"] and all(
        e["within_target"] for e in report["explorers"].values()))


@pytest.fixture(scope="module")
def bench_output():
    """``explainer bench`` over every explorer, with two moves each: (exit code, printed JSON)."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["bench", "--moves", "2"])
    return code, out.getvalue()


@pytest.mark.slow
def test_bench_reports_every_explorer_as_json(bench_output):
    code, text = bench_output
    report = json.loads(text)
    assert_bench_report(report, all_explorers())
    assert code == (0 if report["all_within_target"] else 1)


@pytest.mark.slow
def test_bench_check_catches_a_missing_explorer(bench_output):
    """Mutation: drop each explorer from the report in turn; the check must notice."""
    report = json.loads(bench_output[1])
    for name in all_explorers():
        cut = json.loads(bench_output[1])
        del cut["explorers"][name]
        with pytest.raises(AssertionError, match=f"missing from the report: \\['{name}'\\]"):
            assert_bench_report(cut, all_explorers())
    assert_bench_report(report, all_explorers())


def test_bench_verdict_is_about_the_ratio_and_the_payload():
    report = bench.run_benchmark(moves=3, only=["excess_entry"])
    assert_bench_report(report, ["excess_entry"])
    assert report["explorers"]["excess_entry"]["fast_share"] > 0, "no move took the fast path"
    # Mutations: a fast path slower than the target share of a full redraw, or a PNG over the
    # payload target, with a verdict that still says "within target", must be caught.
    slow = json.loads(json.dumps(report))
    entry = slow["explorers"]["excess_entry"]
    entry["ratio"] = bench.TARGET_RATIO + 0.05
    entry["fast_median_ms"] = round(entry["ratio"] * entry["full_median_ms"], 1)
    entry["fast_p95_ms"] = max(entry["fast_p95_ms"], entry["fast_median_ms"])
    heavy = json.loads(json.dumps(report))
    heavy["explorers"]["excess_entry"]["png_kb_max"] = bench.TARGET_PNG_KB + 1
    for bad in (slow, heavy):
        for flag in ("within_target",):
            bad["explorers"]["excess_entry"][flag] = True
        bad["all_within_target"] = bad["import_within_target"]
        bad["median_ratio"] = bad["explorers"]["excess_entry"]["ratio"]
        with pytest.raises(AssertionError, match="excess_entry"):
            assert_bench_report(bad, ["excess_entry"])
        bad["explorers"]["excess_entry"]["within_target"] = False
        bad["all_within_target"] = False
        assert_bench_report(bad, ["excess_entry"])


def test_bench_only_and_unknown_names():
    report = bench.run_benchmark(moves=2, only=["viability"])
    assert list(report["explorers"]) == ["viability"]
    with pytest.raises(ValueError, match="only must name explorers"):
        bench.run_benchmark(moves=2, only=["nope"])


@pytest.mark.slow
def test_bench_class_runs_real_kernels_that_move_sliders(capsys):
    """``--class 1`` for a few seconds: one kernel builds a lesson's explorers and moves them."""
    assert main(["bench", "--class", "1", "--seconds", "4"]) == 0
    report = json.loads(capsys.readouterr().out)
    (run,) = report["classes"]
    assert run["students"] == 1 and run["seconds"] == 4
    assert run["moves"] >= 3, "a student moves a slider every 200-500 ms"
    assert 0 < run["p50_ms"] <= run["p95_ms"] <= run["max_ms"]
    assert 0 < run["cpu_s_per_move"] < 10 and run["kernel_max_rss_mb_median"] > 50
    assert len(run["load_before"]) == len(run["load_after"]) == 3


def test_bench_class_rejects_bad_sizes(capsys):
    with pytest.raises(SystemExit, match="whole numbers separated by commas"):
        main(["bench", "--class", "two"])
    with pytest.raises(ValueError, match="class sizes"):
        bench.run_class_benchmark([0])


def test_lesson_explorers_reads_what_a_lesson_shows():
    names = bench.lesson_explorers(NOTEBOOKS / "01_avoid_the_rush.ipynb")
    assert names[0] == "excess_entry" and len(names) == len(set(names)) >= 3
    assert bench.lesson_explorers(NOTEBOOKS / "00_start_here.ipynb") == ["excess_entry"]


def test_control_values_cover_range():
    from explainer.widgets.controls import dropdown, slider

    assert bench.control_values(slider("x", 1, 0, 2, 0.5), 5) == [0.0, 0.5, 1.0, 1.5, 2.0]
    assert bench.control_values(slider("n", 3, 1, 5, 1, integer=True), 3) == [1, 3, 5]
    assert bench.control_values(dropdown("d", ["a", "b"], "a"), 1) == ["a", "b"]


# -- error paths ---------------------------------------------------------------------------

@pytest.mark.parametrize("command", ["check", "tidy", "student", "export", "slides", "lab"])
def test_missing_notebooks_folder_is_a_clear_error(command, tmp_path, capsys):
    missing = tmp_path / "no-such-folder"
    with pytest.raises(SystemExit) as err:
        main([command, "--notebooks", str(missing)])
    assert f"no notebooks folder at {missing}" in str(err.value.code)
    assert "--notebooks PATH" in str(err.value.code)
    assert not missing.exists()


@pytest.mark.parametrize("argv, message", [
    ([], "the following arguments are required: COMMAND"),
    (["nonsense"], "invalid choice: 'nonsense'"),
    (["check", "--bogus"], "unrecognised arguments: --bogus"),
    (["check", "--timeout", "soon"], "argument --timeout: invalid int value: 'soon'"),
    (["bench", "--moves", "many"], "argument --moves: invalid int value: 'many'"),
    (["data", "extra"], "unrecognised arguments: extra"),
])
def test_bad_arguments_exit_with_usage(argv, message, capsys):
    with pytest.raises(SystemExit) as err:
        main(argv)
    assert err.value.code == 2
    stderr = capsys.readouterr().err
    assert stderr.startswith("usage: explainer") and message in stderr


def kernel_notebook(*sources, widgets=False):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    if widgets:
        nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    return nb


@pytest.mark.slow
def test_check_timeout_fails_a_slow_cell(tmp_path, capsys):
    nbformat.write(kernel_notebook("import time\ntime.sleep(30)"), tmp_path / "slow.ipynb")
    start = time.perf_counter()
    assert main(["check", "--notebooks", str(tmp_path), "--timeout", "2"]) == 1
    assert time.perf_counter() - start < 25, "the timeout did not stop the cell"
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("FAIL") and "slow.ipynb" in lines[0]
    assert "Timeout" in lines[0] or "timed out" in lines[0].lower()
    assert lines[-1].startswith("1 failed")


# -- tidy and strip ------------------------------------------------------------------------

def crafted_outputs():
    """A notebook as saved after a run: checked and unchecked cells with every output kind."""
    out = nbformat.v4.new_output
    checked = nbformat.v4.new_code_cell("print(5)\n5", execution_count=2, metadata={"tags": ["nbval-check-output"]}, outputs=[
        out("stream", name="stdout", text="5\n"),
        out("execute_result", execution_count=2, data={"text/plain": "5", "text/html": "<b>5</b>"},
            metadata={"foo": 1}),
        out("display_data", data={"image/png": "iVBORw0KGgo="}),
        out("display_data", data={"application/vnd.jupyter.widget-view+json": {"model_id": "x"},
                                  "text/plain": "Explorer()"}),
    ])
    checked.metadata["execution"] = {"iopub.status.busy": "2024-01-01T00:00:00Z"}
    plain = nbformat.v4.new_code_cell("explorer", execution_count=3, outputs=[
        out("display_data", data={"image/png": "iVBORw0KGgo=", "text/plain": "fig"}),
        out("stream", name="stdout", text="hidden\n"),
    ])
    plain.metadata["execution"] = {"iopub.status.idle": "2024-01-01T00:00:01Z"}
    plain.metadata["tags"] = ["keep-me"]
    text = nbformat.v4.new_markdown_cell("Prose stays.")
    nb = nbformat.v4.new_notebook(cells=[text, checked, plain])
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {"x": {}}}}
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def test_strip_keeps_only_checked_text_outputs():
    from explainer.notebooks import is_checked, strip

    nb = crafted_outputs()
    ids = [cell.id for cell in nb.cells]
    stripped = strip(nb)
    assert stripped is nb
    text, checked, plain = nb.cells
    assert "widgets" not in nb.metadata and nb.metadata["kernelspec"]["name"] == "python3"
    assert is_checked(checked) and not is_checked(plain) and not is_checked(text)
    assert [o["output_type"] for o in checked.outputs] == ["stream", "execute_result", "display_data"]
    assert checked.outputs[0]["text"] == "5\n"
    assert checked.outputs[1]["data"] == {"text/plain": "5"} and checked.outputs[1]["metadata"] == {}
    assert checked.outputs[2]["data"] == {"text/plain": "Explorer()"}
    assert checked.execution_count == 2, "nbval needs the execution count of a checked cell"
    assert "execution" not in checked.metadata and "execution" not in plain.metadata
    assert plain.outputs == [] and plain.execution_count is None
    assert plain.metadata["tags"] == ["keep-me"]
    assert text.source == "Prose stays."
    assert [cell.id for cell in nb.cells] == ids
    nbformat.validate(nb)
    again = nbformat.reads(nbformat.writes(nb), as_version=4)
    assert nbformat.writes(strip(again)) == nbformat.writes(nb), "strip is idempotent"


@pytest.mark.slow
def test_tidy_command_executes_and_stores_clean(tmp_path, capsys):
    nb = kernel_notebook("print(2 + 3)",
                         "from IPython.display import HTML, display\ndisplay(HTML('<b>x</b>'))\n7 * 6",
                         widgets=True)
    nb.cells[0].metadata["tags"] = ["nbval-check-output"]
    nb.cells.insert(0, nbformat.v4.new_markdown_cell("# Title"))
    path = tmp_path / "lesson.ipynb"
    nbformat.write(nb, path)
    ids = [cell.id for cell in nb.cells]
    assert main(["tidy", str(path)]) == 0
    assert f"tidied {path}" in capsys.readouterr().out
    tidied = nbformat.read(path, as_version=4)
    assert [cell.id for cell in tidied.cells] == ids
    assert "widgets" not in tidied.metadata
    checked, plain = tidied.cells[1], tidied.cells[2]
    assert [(o["output_type"], o.get("text")) for o in checked.outputs] == [("stream", "5\n")]
    assert checked.execution_count == 1
    assert plain.outputs == [] and plain.execution_count is None
    assert all("execution" not in cell.metadata for cell in tidied.cells)


@pytest.mark.slow
def test_tidy_reports_a_failing_notebook_and_leaves_it_unchanged(tmp_path):
    path = tmp_path / "broken.ipynb"
    nbformat.write(kernel_notebook("raise RuntimeError('broken lesson')"), path)
    before = path.read_text()
    with pytest.raises(Exception, match="broken lesson"):
        main(["tidy", str(path)])
    assert path.read_text() == before


# -- both languages ------------------------------------------------------------------------

def two_editions(folder):
    """A lessons folder with two English notebooks and a Chinese twin of one of them."""
    (folder / "zh").mkdir(parents=True)
    (folder / "apps").mkdir()
    for path in (folder / "01_a.ipynb", folder / "02_b.ipynb", folder / "zh" / "01_a.ipynb",
                 folder / "apps" / "x.ipynb"):
        nbformat.write(nbformat.v4.new_notebook(), path)
    return folder


def test_find_notebooks_lists_one_edition_or_both(tmp_path):
    from explainer.notebooks import find_notebooks, language_of

    folder = two_editions(tmp_path / "notebooks")
    names = lambda lang: [p.relative_to(folder).as_posix() for p in find_notebooks(folder, lang)]
    assert names("en") == ["01_a.ipynb", "02_b.ipynb"]
    assert names("zh") == ["zh/01_a.ipynb"]
    assert names("all") == ["01_a.ipynb", "02_b.ipynb", "zh/01_a.ipynb"]
    assert find_notebooks(folder / "apps", "zh") == []
    assert [language_of(p) for p in find_notebooks(folder, "all")] == ["en", "en", "zh"]
    with pytest.raises(ValueError, match="lang must be one of en, zh, all"):
        find_notebooks(folder, "fr")


@pytest.mark.parametrize("option, expected", [
    ([], ["01_a.ipynb", "02_b.ipynb", "zh/01_a.ipynb"]),
    (["--lang", "all"], ["01_a.ipynb", "02_b.ipynb", "zh/01_a.ipynb"]),
    (["--lang", "en"], ["01_a.ipynb", "02_b.ipynb"]),
    (["--lang", "zh"], ["zh/01_a.ipynb"]),
])
def test_check_and_tidy_cover_both_languages_by_default(tmp_path, monkeypatch, capsys, option, expected):
    import explainer.notebooks as notebooks

    folder = two_editions(tmp_path / "notebooks")
    ran = []
    monkeypatch.setattr(notebooks, "execute", lambda path, timeout=300: ran.append(path) or (None, 0.0))
    monkeypatch.setattr(notebooks, "tidy", lambda path: ran.append(path) or 0.0)
    assert main(["check", "--notebooks", str(folder), *option]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("  ")[-1] for line in lines[:-1]] == expected
    assert [p.relative_to(folder).as_posix() for p in ran] == expected
    ran.clear()
    assert main(["tidy", "--notebooks", str(folder), *option]) == 0
    assert [p.relative_to(folder).as_posix() for p in ran] == expected


# -- version, help, and the classroom commands ---------------------------------------------

def test_version_option(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"explainer {explainer.__version__}"


def test_python_dash_m_explainer_runs_the_command_line():
    out = subprocess.run([sys.executable, "-m", "explainer", "--version"], cwd=ROOT,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == f"explainer {explainer.__version__}"


def test_every_subcommand_and_option_has_help():
    parser = build_parser()
    (sub,) = [a for a in parser._actions if a.dest == "command"]
    names = set(sub.choices)
    assert {"lab", "check", "tidy", "bench", "data", "student", "export", "slides", "figures",
            "apps", "links"} <= names
    helped = {choice.dest for choice in sub._choices_actions if choice.help}
    assert helped == names, f"subcommands without help: {sorted(names - helped)}"
    for name, command in sub.choices.items():
        for action in command._actions:
            assert action.help, f"explainer {name} {action.option_strings or action.dest} has no help"


def test_old_module_entry_points_are_gone():
    from explainer.classroom import apps, links

    assert not hasattr(apps, "main") and not hasattr(links, "main")
    for path in [*(ROOT / "docs").rglob("*.md"), ROOT / "README.md", *(ROOT / "explainer").rglob("*.py")]:
        assert "python -m explainer.classroom" not in path.read_text(encoding="utf-8"), path


def test_links_subcommand(capsys):
    assert main(["links", "--notebooks", str(ROOT / "notebooks"),
                     "--hub", "https://hub.example.edu"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("| Notebook | Binder | Class hub |")
    assert "00_start_here.ipynb" in out and "hub.example.edu/hub/user-redirect/git-pull" in out
    with pytest.raises(SystemExit, match="hub_url must be an http"):
        main(["links", "--notebooks", str(ROOT / "notebooks"), "--hub", "hub.example.edu"])


def test_apps_subcommand(tmp_path, monkeypatch, capsys):
    import explainer.widgets
    from explainer.widgets.excess_entry import ExcessEntryExplorer

    monkeypatch.setattr(explainer.widgets, "all_explorers", lambda: {"excess_entry": ExcessEntryExplorer})
    nbformat.write(nbformat.v4.new_notebook(metadata={"explainer_app": {"explorer": "x"}}),
                   tmp_path / "excess_entry.ipynb")
    assert main(["apps", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"wrote {tmp_path / 'explorer.ipynb'}" in out
    assert f"removed {tmp_path / 'excess_entry.ipynb'}" in out and "?explorer=NAME" in out
    assert nbformat.read(tmp_path / "explorer.ipynb", as_version=4).metadata["explainer_app"]
    assert not (tmp_path / "excess_entry.ipynb").exists()


def test_student_command_prints_one_line_per_lesson_with_time(tmp_path, capsys):
    src = tmp_path / "notebooks"
    src.mkdir()
    for name in ("01_a", "02_b"):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"# {name}")])
        nbformat.write(nb, src / f"{name}.ipynb")
    assert main(["student", "--notebooks", str(src), "--out", str(tmp_path / "s")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"\[1/2\] +\d+\.\d s  .*01_a\.ipynb", lines[0]), lines[0]
    assert re.fullmatch(r"\[2/2\] +\d+\.\d s  .*02_b\.ipynb", lines[1]), lines[1]
    assert lines[2].startswith("wrote 2 notebooks")


@pytest.mark.slow
def test_export_student_and_slides_write_both_languages(tmp_path, capfd):
    pytest.importorskip("nbconvert")
    from explainer.i18n import language_line

    lessons = tmp_path / "notebooks"
    (lessons / "zh").mkdir(parents=True)
    for folder, first in ((lessons, ""), (lessons / "zh", language_line("zh") + "\n")):
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A"),
                                             nbformat.v4.new_code_cell(first + "1 + 1")])
        nb.metadata["kernelspec"] = KERNELSPEC
        nbformat.write(nb, folder / "01_a.ipynb")
    site, slides, student = tmp_path / "site", tmp_path / "slides", tmp_path / "student"
    assert main(["export", "--notebooks", str(lessons), "--out", str(site)]) == 0
    assert main(["slides", "--notebooks", str(lessons), "--out", str(slides)]) == 0
    assert main(["student", "--notebooks", str(lessons), "--out", str(student)]) == 0
    out = capfd.readouterr().out
    assert f"wrote {site / 'index.html'} and {site / 'zh' / 'index.html'} in " in out
    assert re.search(r"^\[2/2\] +\d+\.\d s  .*zh/01_a\.slides\.html$", out, re.M), out
    assert "wrote 2 decks" in out and "wrote 2 notebooks" in out
    english = (site / "01_a.html").read_text(encoding="utf-8")
    chinese = (site / "zh" / "01_a.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in english and 'href="zh/01_a.html"' in english
    assert '<html lang="zh-Hans">' in chinese and 'href="../01_a.html"' in chinese
    deck = (slides / "zh" / "01_a.slides.html").read_text(encoding="utf-8")
    assert 'src="../reveal.js/dist/reveal.js"' in deck
    assert (slides / "reveal.js" / "dist" / "reveal.js").is_file()
    assert (student / "zh" / "01_a.ipynb").is_file() and (student / "01_a.ipynb").is_file()
    assert main(["export", "--notebooks", str(lessons), "--out", str(tmp_path / "en"),
                     "--lang", "en", "--frozen"]) == 0
    assert not (tmp_path / "en" / "zh").exists()
    assert "zh/01_a.html" not in (tmp_path / "en" / "01_a.html").read_text(encoding="utf-8")


@pytest.mark.skipif(not ZH_LESSONS, reason="no Chinese edition generated yet")
def test_cli_student_command_writes_both_languages(tmp_path, capsys):
    from explainer.classroom.student_edition import placeholders

    out = tmp_path / "student"
    assert main(["student", "--notebooks", str(NOTEBOOKS), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.glob("*.ipynb")) == [p.name for p in LESSONS]
    assert sorted(p.name for p in (out / "zh").glob("*.ipynb")) == [p.name for p in ZH_LESSONS]
    lesson = nbformat.read(out / "zh" / "01_avoid_the_rush.ipynb", as_version=4)
    assert lesson.metadata["explainer_edition"] == "student"
    assert any(placeholders("zh")[0] in c.source for c in lesson.cells)
    assert not any(is_solution(c) for c in lesson.cells)
    assert f"wrote {len(LESSONS) + len(ZH_LESSONS)} notebooks" in capsys.readouterr().out
    assert main(["student", "--notebooks", str(NOTEBOOKS), "--out", str(tmp_path / "en"),
                 "--lang", "en"]) == 0
    assert not (tmp_path / "en" / "zh").exists()


def test_cli_student_command_writes_the_edition(tmp_path, capsys):
    src = tmp_path / "notebooks"
    src.mkdir()
    nbformat.write(lesson_with_solutions(), src / "01_demo.ipynb")
    assert main(["student", "--notebooks", str(src), "--out", str(tmp_path / "student")]) == 0
    assert "01_demo.ipynb" in capsys.readouterr().out
    assert "SECRET" not in (tmp_path / "student" / "01_demo.ipynb").read_text()


# -- explainer lab (cli/lab.py) and the JupyterLab settings (lab_settings.py) --------------

def test_in_container_detection(tmp_path):
    plain = tmp_path / "plain"
    (plain / "proc" / "1").mkdir(parents=True)
    (plain / "proc" / "1" / "cgroup").write_text("0::/init.scope\n")
    assert not lab.in_container(plain)
    docker = tmp_path / "docker"
    docker.mkdir()
    (docker / ".dockerenv").touch()
    assert lab.in_container(docker)
    podman = tmp_path / "podman"
    (podman / "run").mkdir(parents=True)
    (podman / "run" / ".containerenv").touch()
    assert lab.in_container(podman)
    kube = tmp_path / "kube"
    (kube / "proc" / "1").mkdir(parents=True)
    (kube / "proc" / "1" / "cgroup").write_text("11:memory:/kubepods/besteffort/pod1234\n")
    assert lab.in_container(kube)


def test_root_decision():
    assert lab.root_decision(is_root=False, container=False, allowed=False) == (False, None)
    assert lab.root_decision(is_root=True, container=False, allowed=True) == (False, None)
    add, message = lab.root_decision(is_root=True, container=True, allowed=False)
    assert add and "container" in message and "--allow-root" in message and "\n" not in message
    with pytest.raises(SystemExit) as done:
        lab.root_decision(is_root=True, container=False, allowed=False)
    assert "root" in str(done.value.code) and "explainer lab --allow-root" in str(done.value.code)
    assert lab.wants_root(["--ServerApp.allow_root=True"]) and lab.wants_root(["--allow-root"])
    assert not lab.wants_root(["--ServerApp.allow_root=False", "--port=1"])


def test_app_settings_turn_the_news_off_and_keep_the_admins(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    admin = tmp_path / "admin-settings"
    admin.mkdir()
    (admin / "overrides.json").write_text(json.dumps(
        {"@jupyterlab/apputils-extension:themes": {"theme": "JupyterLab Dark"},
         "@jupyterlab/apputils-extension:notification": {"doNotDisturbMode": True}}))
    (admin / "page_config.json").write_text('{"disabledExtensions": ["x"]}')
    path = lab.prepare_app_settings(tmp_path / "lab-settings", admin)
    overrides = json.loads(path.read_text())
    assert overrides["@jupyterlab/apputils-extension:notification"] == {
        "doNotDisturbMode": True, "checkForUpdates": False, "fetchNews": "false"}
    assert overrides["@jupyterlab/apputils-extension:themes"] == {"theme": "JupyterLab Dark"}
    assert (tmp_path / "lab-settings" / "page_config.json").exists()
    assert "fetchNews" not in (admin / "overrides.json").read_text(), "the source must not change"
    assert not (tmp_path / "home").exists(), "the user's own settings must not be touched"
    fresh = lab.prepare_app_settings(tmp_path / "fresh", tmp_path / "missing")
    assert json.loads(fresh.read_text()) == NEWS_OFF


def test_lab_argv():
    argv = lab.lab_argv(ROOT / "notebooks", "/tmp/s", no_browser=True, port=9999, allow_root=True)
    assert f"--ServerApp.root_dir={ROOT}" in argv and "--ServerApp.ip=127.0.0.1" in argv
    assert "--LabApp.default_url=/lab/tree/notebooks/00_start_here.ipynb" in argv
    assert "--LabApp.app_settings_dir=/tmp/s" in argv
    assert {"--no-browser", "--port=9999", "--allow-root"} <= set(argv)
    assert not any("token" in a or "password" in a for a in argv)
    assert "--allow-root" not in lab.lab_argv(ROOT / "notebooks", "/tmp/s")


@pytest.mark.parametrize("root, container", [(False, False), (True, True), (True, False)])
def test_cmd_lab_builds_jupyters_arguments(root, container, monkeypatch, capsys):
    import jupyterlab.labapp

    seen = {}

    def fake_lab_main():
        seen["argv"] = list(sys.argv)
        settings = next(a.split("=", 1)[1] for a in sys.argv if a.startswith("--LabApp.app_settings_dir="))
        seen["overrides"] = json.loads((Path(settings) / "overrides.json").read_text())
        return 0

    monkeypatch.setattr(jupyterlab.labapp, "main", fake_lab_main)
    monkeypatch.setattr(lab, "running_as_root", lambda: root)
    monkeypatch.setattr(lab, "in_container", lambda: container)
    args = ["lab", "--notebooks", str(ROOT / "notebooks"), "--no-browser", "--LabApp.foo=1"]
    if root and not container:
        with pytest.raises(SystemExit, match="--allow-root"):
            main(args)
        assert not seen
        return
    assert main(args) == 0
    assert seen["argv"][-1] == "--LabApp.foo=1"
    assert ("--allow-root" in seen["argv"]) == root
    assert ("running as root inside a container" in capsys.readouterr().err) == root
    assert seen["overrides"]["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"


@pytest.mark.slow
def test_lab_binds_localhost_and_keeps_token(tmp_path, free_port):
    port = free_port
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "cfg"),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "rt"))
    proc = subprocess.Popen([sys.executable, "-m", "explainer.cli", "lab", "--no-browser",
                             "--port", str(port), "--ServerApp.allow_root=True"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/", process=proc)
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents/notebooks", timeout=5)
        assert err.value.code == 403, "the API must ask for Jupyter's token"
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    assert "127.0.0.1" in stderr and "token=" in stderr
    assert "00_start_here.ipynb" in stderr or "lab/tree/notebooks" in stderr


@pytest.mark.slow
def test_lab_server_serves_the_news_setting_off(tmp_path, free_port):
    """Start ``explainer lab`` on a free port and read the notification settings it serves."""
    port, token = free_port, "test-token-only"
    env = dict(os.environ, JUPYTER_CONFIG_DIR=str(tmp_path / "cfg"), HOME=str(tmp_path),
               JUPYTER_RUNTIME_DIR=str(tmp_path / "rt"), PYTHONPATH=str(ROOT))
    extra = ["--allow-root"] if lab.running_as_root() and not lab.in_container() else []
    proc = subprocess.Popen([sys.executable, "-m", "explainer", "lab", "--no-browser", "--port",
                             str(port), f"--IdentityProvider.token={token}", *extra],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    try:
        wait_for_http(f"http://127.0.0.1:{port}/api", process=proc)
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/lab/api/settings/@jupyterlab/apputils-extension:notification",
            headers={"Authorization": f"token {token}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            served = json.load(response)
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=30)
    # Overrides replace the schema's defaults (JupyterLab's own defaults: "none", i.e. ask; true).
    defaults = {key: value.get("default") for key, value in served["schema"]["properties"].items()}
    assert defaults["fetchNews"] == "false" and defaults["checkForUpdates"] is False, defaults
    assert "Running as root is not recommended" not in stderr
    if lab.running_as_root() and lab.in_container():
        assert "running as root inside a container" in stderr
    assert not (tmp_path / ".jupyter" / "lab" / "user-settings" / "@jupyterlab" /
                "apputils-extension" / "notification.jupyterlab-settings").exists()


def test_the_image_overrides_turn_the_news_off_in_their_own_file(tmp_path):
    """What Binder's postBuild writes: the same setting as ``explainer lab``, in overrides.d."""
    path = write_image_overrides(tmp_path / "settings")
    assert path == tmp_path / "settings" / "overrides.d" / "explainer.json"
    assert json.loads(path.read_text()) == NEWS_OFF
    postbuild = (ROOT / "binder" / "postBuild").read_text()
    assert "explainer.lab_settings import write_image_overrides" in postbuild
    assert "explainer.cli" not in postbuild, "postBuild uses no command-line internals"


# -- progress lines (cli/progress.py) ------------------------------------------------------

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


# -- the classroom commands' options (cli/classroom.py) and data in Chinese ----------------

@pytest.mark.slow
def test_cli_export_slides_and_figures_commands(tmp_path, monkeypatch, capsys):
    """The ``explainer export | slides | figures`` commands reach these functions and report files."""
    import explainer.widgets
    from explainer.widgets.excess_entry import ExcessEntryExplorer

    lessons = tmp_path / "notebooks"
    lessons.mkdir()
    nbformat.write(new_notebook(cells=[new_markdown_cell("# Only lesson"),
                                       new_code_cell("from explainer.widgets.excess_entry import ExcessEntryExplorer\n"
                                                     "ExcessEntryExplorer()")],
                                metadata={"kernelspec": KERNELSPEC}), lessons / "01_only.ipynb")
    assert main(["export", "--notebooks", str(lessons), "--out", str(tmp_path / "site")]) == 0
    assert main(["slides", "--notebooks", str(lessons), "--out", str(tmp_path / "slides"),
                 "--repo", "https://github.com/school/explainer"]) == 0
    deck = (tmp_path / "slides" / "01_only.slides.html").read_text(encoding="utf-8")
    assert "https://mybinder.org/v2/gh/school/explainer/main?urlpath=lab%2Ftree%2Fnotebooks%2F01_only.ipynb" in deck
    page = (tmp_path / "site" / "01_only.html").read_text(encoding="utf-8")
    assert "OWNER" not in deck and "mybinder.org" not in page and "explainer-live-note" in page
    monkeypatch.setattr(explainer.widgets, "all_explorers", lambda: {"excess_entry": ExcessEntryExplorer})
    assert main(["figures", "--out", str(tmp_path / "figures")]) == 0
    out = capsys.readouterr().out
    for name in ("index.html", "01_only.slides.html", "excess_entry.png", "excess_entry.svg"):
        assert name in out
    assert (tmp_path / "site" / "01_only.html").exists()
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == [
        "excess_entry.png", "excess_entry.svg", "excess_entry.txt"]


@pytest.mark.parametrize("command", ["export", "slides"])
def test_repo_option_reaches_the_export(command, tmp_path, monkeypatch, capsys):
    from explainer.classroom import slides, static_site

    seen = []
    monkeypatch.setattr(cli_classroom, "require_classroom", lambda *args, **kwargs: None)
    monkeypatch.setattr(static_site, "export_editions",
                        lambda *args, **kwargs: seen.append(kwargs["repo_url"]) or [])
    monkeypatch.setattr(static_site, "site_size", lambda out: 0)
    monkeypatch.setattr(slides, "export_slides",
                        lambda *args, **kwargs: seen.append(kwargs["repo_url"]) or [])
    monkeypatch.setattr(slides, "copy_reveal", lambda out: None)
    notebooks = str(ROOT / "notebooks")
    out = str(tmp_path / "out")
    assert main([command, "--notebooks", notebooks, "--out", out, "--lang", "en",
                     "--repo", SCHOOL + "/"]) == 0
    assert seen == [SCHOOL]
    assert "placeholder" not in capsys.readouterr().err
    assert main([command, "--notebooks", notebooks, "--out", out, "--lang", "en"]) == 0
    assert seen[-1] == links.PLACEHOLDER_REPO_URL
    assert "still the placeholder" in capsys.readouterr().err
    with pytest.raises(SystemExit, match="--repo: repo_url must be an http"):
        main([command, "--notebooks", notebooks, "--out", out, "--repo", "github.com/x/y"])


def test_links_command_warns_about_the_placeholder_and_takes_repo(capsys):
    assert main(["links", "--notebooks", str(ROOT / "notebooks")]) == 0
    captured = capsys.readouterr()
    assert "OWNER" in captured.out and "does not exist" in captured.err
    assert main(["links", "--notebooks", str(ROOT / "notebooks"), "--repo", SCHOOL]) == 0
    captured = capsys.readouterr()
    assert "OWNER" not in captured.out and "/v2/gh/school/explainer/main" in captured.out
    assert captured.err == ""


def test_dataset_listing_in_chinese(capsys):
    before = i18n._state["language"]
    try:
        assert main(["data", "--lang", "zh"]) == 0
    finally:
        i18n._state["language"] = before
    out = capsys.readouterr().out
    assert "nev_china: 中国：新能源汽车产量" in out and "sha256 校验通过" in out
    assert "China: new energy vehicle" not in out
