"""Shared pieces of the HTML exports (site and slides): a template that needs no network,
notebook preparation, and the explorers that move on a page.

nbconvert's ``lab`` template loads require.js, MathJax and mermaid from a CDN and writes
``<img>`` tags without the alt text stored in an output's metadata. The template below extends
it and (1) drops those remote scripts, so a page opened from disk makes no request (formulas
are typeset as MathML at export time by :mod:`explainer.classroom.formulas`), (2) writes ``alt``
from the output metadata (``{"image/png": {"alt": ...}}``, which every explorer provides) and
shows the same sentence as a visible caption (hidden from screen readers, which read the
alt text), and (3) folds solution cells into a
``<details>`` element.

Both exports make a lesson's explorers move the same way: :func:`frame_store` opens the
precomputed frames, :func:`interactive_explorers` puts an explorer block in place of each
explorer's frozen figure, and :func:`add_assets` puts :func:`explorer_assets` (their style and
script) once at the end of the page.
"""

from __future__ import annotations

import contextlib
import copy
import os
from pathlib import Path

import jinja2

#: The output type of a live widget; the exports drop it (nothing can run it there).
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"

#: Jinja blocks that remove the remote scripts of nbconvert's lab template.
_NO_REMOTE_SCRIPTS = r"""
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
"""

#: Jinja blocks that write each image's alt text from its output metadata.
_ALT_IMAGES = r"""

{% macro image_alt(output, mimetype) -%}
{%- set alt = output | get_metadata('alt', mimetype) -%}
{%- if not alt -%}
{%- set plain = output.data.get('text/plain', '') -%}
{%- if plain and not plain.startswith('<') -%}{%- set alt = plain -%}{%- endif -%}
{%- endif -%}
{%- if alt -%} alt="{{ alt | escape_html }}"{%- endif -%}
{%- endmacro %}

{% block data_png scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/png;base64,{{ output.data['image/png'] | escape_html }}" {{ image_alt(output, 'image/png') }}
{%- set width=output | get_metadata('width', 'image/png') -%}
{%- if width is not none %} width={{ width | escape_html }}{%- endif %}
{%- set height=output | get_metadata('height', 'image/png') -%}
{%- if height is not none %} height={{ height | escape_html }}{%- endif %}
 style="max-width: 100%; height: auto;">
{%- set caption = output | get_metadata('alt', 'image/png') -%}
{%- if caption %}
<p class="explainer-caption" aria-hidden="true">{{ caption | escape_html }}</p>
{%- endif %}
</div>
{%- endblock data_png %}

{% block data_jpg scoped %}
<div class="jp-RenderedImage jp-OutputArea-output {{ extra_class }}">
<img src="data:image/jpeg;base64,{{ output.data['image/jpeg'] | escape_html }}" {{ image_alt(output, 'image/jpeg') }} style="max-width: 100%; height: auto;">
</div>
{%- endblock data_jpg %}
"""

#: Colours that meet WCAG AA contrast (4.5:1) on the page (white) and code (#f5f5f5)
#: backgrounds. JupyterLab's light theme draws cell prompts at half opacity (#b0b0b0, 2.2:1), numbers in
#: #080 (4.25:1) and operators in #a2f (4.4:1); axe-core reports each as a serious
#: colour-contrast violation. Set on ``body`` so they win over the inlined theme's ``:root``.
ACCESSIBLE_CSS = """
body {
  --jp-mirror-editor-number-color: #006600;
  --jp-mirror-editor-operator-color: #7a1fc2;
  --jp-mirror-editor-meta-color: #7a1fc2;
  --jp-mirror-editor-atom-color: #3232b4;
  --jp-mirror-editor-comment-color: #2f6363;
  --jp-mirror-editor-quote-color: #006600;
  --jp-mirror-editor-bracket-color: #5c5c3d;
  --jp-mirror-editor-hr-color: #595959;
  --jp-mirror-editor-error-color: #b30000;
  --jp-mirror-editor-tag-color: #116611;
  --jp-cell-prompt-not-active-font-color: #595959;
  --jp-cell-prompt-not-active-opacity: 1;
}
.jp-InputPrompt, .jp-OutputPrompt, .jp-InputArea-prompt, .jp-OutputArea-prompt {
  color: #595959; opacity: 1; }
"""


_SITE_TEMPLATE = r"""{%- extends 'index.html.j2' -%}
""" + _NO_REMOTE_SCRIPTS + _ALT_IMAGES + r"""
{% block extra_css %}
<style type="text/css">
""" + ACCESSIBLE_CSS + r"""
details.explainer-solution { margin: 0.6em 0 1em 0; border-left: 4px solid #0072b2; padding: 0.2em 0.8em; }
details.explainer-solution > summary { cursor: pointer; font-weight: 600; color: #0072b2;
  font-family: var(--jp-ui-font-family, sans-serif); }
p.explainer-caption { margin: 0.3em 0 0 0; font-size: 0.95em; color: #333; max-width: 720px;
  font-family: var(--jp-content-font-family, sans-serif); }
.explainer-site-nav { font-family: var(--jp-ui-font-family, sans-serif); margin: 0.5em 0 1.5em 0; }
.explainer-language-switch { font-family: var(--jp-ui-font-family, sans-serif); margin: 0.5em 0 0 0;
  text-align: right; }
.explainer-language-switch a { color: #0057a0; text-decoration: underline; }
</style>
{% endblock extra_css %}

{% block any_cell %}
{%- if 'solution' in (cell.metadata.get('tags', []) | map('lower') | map('trim') | list) -%}
<details class="explainer-solution"><summary>Solution (try the exercise first)</summary>
{{ super() }}
</details>
{%- else -%}
{{ super() }}
{%- endif -%}
{% endblock any_cell %}
"""

SITE_TEMPLATE_NAME = "explainer_site.html.j2"


def site_loader():
    """Return the Jinja loader holding the offline page template (name :data:`SITE_TEMPLATE_NAME`)."""
    return jinja2.DictLoader({SITE_TEMPLATE_NAME: _SITE_TEMPLATE})


def alt_image_blocks():
    """Return the Jinja blocks that write ``<img>`` alt text from output metadata."""
    return _ALT_IMAGES


def without_widget_state(nb):
    """Return a copy of an executed notebook whose outputs read without a kernel.

    The notebook's ``metadata.widgets`` (saved widget state) is removed, and the widget-view
    entry is dropped from every output that also carries a static representation (PNG, HTML,
    ...), so that the explorers' PNG figures and the quizzes' static HTML are what a reader
    sees. nbconvert alone already skips a widget view when the notebook has no widget state;
    dropping it here makes the result independent of that behaviour.
    """
    out = copy.deepcopy(nb)
    out.metadata.pop("widgets", None)
    for cell in out.cells:
        for output in cell.get("outputs", []):
            data = output.get("data")
            if data and WIDGET_VIEW in data and len(data) > 1:
                del data[WIDGET_VIEW]
    return out


@contextlib.contextmanager
def inline_figures():
    """Run the block with ``MPLBACKEND`` unset, so kernels started in it show inline figures.

    A kernel inherits the environment; ``MPLBACKEND=Agg`` (as test suites often set) would
    make every pyplot figure of a lesson vanish from the export.
    """
    saved = os.environ.pop("MPLBACKEND", None)
    try:
        yield
    finally:
        if saved is not None:
            os.environ["MPLBACKEND"] = saved


def execute_for_export(path):
    """Execute a lesson with :func:`explainer.notebooks.execute` and inline figures; return the notebook."""
    from ..notebooks import execute

    with inline_figures():
        nb, _ = execute(path)
    return nb


def add_assets(page, assets):
    """Insert ``assets`` (style and script of the explorers) before the page's ``</body>``."""
    head, sep, tail = page.rpartition("</body>")
    return head + assets + sep + tail if sep else page + assets


def explorer_assets():
    """The ``<style>`` and ``<script>`` that a page with moving explorers carries once."""
    from .static_explorers import page_assets

    return page_assets()


def frame_store(out_dir, frame_progress=None, max_values=None):
    """Open the precomputed frames of an export in ``out_dir/frames`` (created if needed).

    ``frame_progress`` and ``max_values`` are passed to
    :class:`explainer.classroom.frames.FrameStore` (default:
    :data:`explainer.classroom.frames.MAX_VALUES`).
    """
    from .frames import MAX_VALUES, FrameStore

    return FrameStore(Path(out_dir) / "frames", max_values=max_values or MAX_VALUES,
                      progress=frame_progress)


def interactive_explorers(nb, store, path, lang, repo_url=None):
    """Return ``(nb, names)``: the executed lesson ``path`` with moving explorers, each linking
    the lesson's live notebook on Binder in the repository ``repo_url`` (default: the one of
    ``[project.urls]``), or saying that the link needs the class's repository while that is
    the placeholder (see :func:`explainer.classroom.links.live_link` and
    :func:`explainer.classroom.static_explorers.interactive_notebook`)."""
    from ..i18n import edition_folder
    from .links import NOTEBOOKS_DIR, live_link
    from .static_explorers import interactive_notebook

    live, note = live_link((edition_folder(NOTEBOOKS_DIR, lang) / Path(path).name).as_posix(),
                           repo_url)
    return interactive_notebook(nb, store, lang=lang, live_url=live, live_note=note,
                                prefix=Path(path).stem)
