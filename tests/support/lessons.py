"""Small synthetic lessons for the tests of the classroom tools."""

from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

KERNELSPEC = {"name": "python3", "display_name": "Python 3", "language": "python"}


def lesson_with_solutions():
    """A small lesson with two solutions (markdown and code), outputs and widget state."""
    cells = [
        new_markdown_cell("# A lesson\n\nSome prose."),
        new_markdown_cell("**Exercise.** Predict first: will entry rise?"),
        new_markdown_cell("SECRET-ANSWER-ONE: entry rises because profit is positive.",
                          metadata={"tags": ["solution"]}),
        new_code_cell("x = 1\nx", execution_count=3,
                      outputs=[new_output("execute_result", data={"text/plain": "1"}, execution_count=3)]),
        new_code_cell("secret_answer_two = 42  # SECRET-ANSWER-TWO", metadata={"tags": [" Solution "]},
                      outputs=[new_output("stream", name="stdout", text="SECRET-OUTPUT\n")]),
        new_markdown_cell("## Summary"),
    ]
    nb = new_notebook(cells=cells, metadata={"kernelspec": KERNELSPEC})
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    return nb
