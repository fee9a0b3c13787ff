"""The Explorer: labelled controls, one figure updated in place, and a one-line readout.

A lesson's explorer subclasses :class:`Explorer`, builds its controls in ``__init__`` and
implements :meth:`Explorer.draw`, which runs the model, draws on the given Axes and returns the
readout sentence. The same sentence is the figure's text alternative.

The figure is a ``matplotlib.figure.Figure`` rendered to PNG and shown in an ``ipywidgets.Image``
whose bytes are replaced on each update: nothing is added to pyplot's figure list and the page
does not flicker. When the notebook is read without a kernel (no widget state saved), the
display falls back to the PNG of the default settings with its alt text.
"""

from __future__ import annotations

import base64
import html

import ipywidgets as widgets
import matplotlib

from ..checks import check_integer, check_number
from .. import i18n
from ..i18n import _
from ..plots import style
from ..plots.render import FastRenderer
from . import memory


def control_choices(control):
    """The values a drop-down or toggle control can take (not their labels)."""
    return tuple(getattr(control, "_options_values", ()))


def check_control_value(key, control, value):
    """Return ``value`` if ``control`` can show it; otherwise raise a ``ValueError`` naming it.

    Sliders take a finite number in their range (a whole number for an integer slider);
    drop-downs and toggles take one of their options' values. ipywidgets would otherwise
    silently clamp an out-of-range number, and accept NaN or an unknown option.
    """
    label = getattr(control, "description", "") or key
    name = f"{key} ({label})"
    if isinstance(control, widgets.IntSlider):
        return check_integer(name, value, control.min, control.max)
    if isinstance(control, widgets.FloatSlider):
        return check_number(name, value, control.min, control.max)
    choices = control_choices(control)
    if choices:
        try:
            known = value in choices
        except TypeError:
            known = False
        if not known:
            listed = ", ".join(repr(c) for c in choices)
            raise ValueError(f"{name} must be one of {listed}; got {value!r}")
    return value


def add_source_line(figure, sources):
    """Print the sources of datasets ``sources`` in a strip under ``figure``'s Axes."""
    if not sources:
        return
    from ..data import provenance

    separator = i18n.language_entry(style.figure_language()).list_separator
    names = separator.join(dict.fromkeys(style._(provenance(n)["source"]) for n in sources))
    engine = figure.get_layout_engine()
    if engine is not None and hasattr(engine, "set") and "rect" in engine.get():
        engine.set(rect=(0, 0.07, 1, 0.93))  # keep a strip at the bottom for the source
    figure.text(0.01, 0.005, style._("Source: {names}").format(names=names), fontsize=7, color=style.GREY,
                ha="left", va="bottom", gid="source-line", wrap=True)


class Explorer:
    """Base class of every explorer.

    ``__init__`` builds the figure and calls :meth:`make_plot` and :meth:`draw` once, so a
    subclass stores whatever those two methods read (tables, constant curves) on ``self``
    *before* calling ``super().__init__(controls, ...)``.

    Parameters
    ----------
    controls : dict of str to ipywidgets.ValueWidget
        The controls, keyed by the keyword that :meth:`draw` receives.
    nrows, ncols : int
        Grid of Axes in the figure.
    figsize : tuple of float
        Figure size in inches (rendered at ``style.DPI``).

    Attributes
    ----------
    figure : matplotlib.figure.Figure
        The one figure, reused for every update.
    readout : ipywidgets.HTML
        The one-line finding; also the figure's text alternative (``alt_text``).
    widget : ipywidgets.Box
        The whole explorer, ready to display.
    last_error : str or None
        The message shown if the current settings could not be computed.

    Raises
    ------
    ValueError
        If a control's initial value is outside its range or options; the message names the
        control (see :func:`check_control_value`).
    """

    #: Short name used by the benchmark, the tests and the figure export.
    name = ""
    #: Dataset names whose source line is printed under the figure.
    sources = ()
    #: Pairs of control names that only make sense together, e.g. ``(("a", "b"),)``: the
    #: static site precomputes each pair on its joint grid instead of one control at a time.
    static_joint_grid = ()

    def __init__(self, controls, *, nrows=1, ncols=1, figsize=style.FIGSIZE):
        self.controls = dict(controls)
        for key, control in self.controls.items():
            # the value the explorer asked for (see explainer.widgets.controls), which the
            # widget itself may have clamped into range or refused
            check_control_value(key, control, getattr(control, "requested_value", control.value))
        self.figsize = figsize
        self._grid_shape = (nrows, ncols)
        self.figure = style.new_figure(nrows, ncols, figsize=figsize)
        self.axes = list(self.figure.axes)
        width, height = (int(round(v * style.DPI)) for v in figsize)
        self.image = widgets.Image(
            format="png",
            layout=widgets.Layout(width=f"{width}px", height=f"{height}px", max_width="100%",
                                  object_fit="contain", flex="0 1 auto"),
        )
        self.image.add_class("explainer-figure")
        self.readout = widgets.HTML(layout=widgets.Layout(min_height="2.6em"))
        self.readout.add_class("explainer-readout")
        self.alt_text = ""
        self.last_error = None
        self.update_count = 0
        panel = widgets.VBox(
            list(self.controls.values()),
            layout=widgets.Layout(flex="0 0 auto", min_width="320px", padding="0 12px 0 0"),
        )
        panel.add_class("explainer-controls")
        self.widget = widgets.VBox(
            [widgets.HBox([panel, self.image], layout=widgets.Layout(flex_flow="row wrap",
                                                                     align_items="flex-start")),
             self.readout]
        )
        self.widget.add_class("explainer-explorer")
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        with matplotlib.rc_context(style.rc()):
            self.plot = self.make_plot(self.axes)
            add_source_line(self.figure, self.sources)
        self.renderer = FastRenderer(self.figure, self.moving_artists())
        with style.fitting_axes():
            self.refresh()
        # In a notebook kernel: keep full garbage collections off the moves (see .memory)
        memory.settle_after_cell()

    @classmethod
    def title(cls):
        """The explorer's one-line summary: the first line of its class docstring.

        Used as the heading of its projector app and exported figure; an explorer without a
        docstring falls back to its ``name`` (``"excess_entry"`` reads "Excess entry").
        """
        doc = (cls.__doc__ or "").strip()
        return doc.splitlines()[0].strip() if doc else cls.name.replace("_", " ").capitalize()

    # -- to be provided by each explorer -------------------------------------------------
    def make_plot(self, axes):
        """Create the figure's artists once on ``axes`` and return the plot object.

        The default returns ``axes`` itself, for explorers that redraw from scratch.
        """
        return axes

    def draw(self, plot, **values):
        """Run the model for ``values``, update ``plot`` and return the readout sentence."""
        raise NotImplementedError

    def moving_artists(self):
        """The artists that a move changes, drawn over a cached picture of the rest.

        By default the plot object's ``moving_artists()``, if it has one; otherwise none, and
        every move draws the whole figure. See :mod:`explainer.plots.render`.
        """
        declared = getattr(self.plot, "moving_artists", None)
        return list(declared()) if callable(declared) else []

    # -- machinery ---------------------------------------------------------------------
    def values(self):
        """Return the current control values, keyed as :meth:`draw` receives them."""
        return {key: control.value for key, control in self.controls.items()}

    def set(self, **values):
        """Set several controls at once and redraw once; return the readout.

        Every value is checked first, exactly as the constructor checks its arguments
        (:func:`check_control_value`), and only then are the controls set, all or none: an
        unknown control, or a value its control cannot show (outside a slider's range, not a
        whole number for an integer slider, not one of a drop-down's options, NaN), raises a
        ``ValueError`` naming the control and changes nothing. (ipywidgets alone would clamp an
        out-of-range number into the slider's range without a word.)

        The axes are fitted to the new state (:func:`explainer.plots.style.fitting_axes`), so a
        state set by name always shows the same picture; a slider move keeps them as they are
        while the data still fit.
        """
        unknown = set(values) - set(self.controls)
        if unknown:
            raise ValueError(f"unknown control(s) {sorted(unknown)}; controls are {sorted(self.controls)}")
        checked = {key: check_control_value(key, self.controls[key], value)
                   for key, value in values.items()}
        self._held = True
        try:
            for key, value in checked.items():
                self.controls[key].value = value
        finally:
            self._held = False
        with style.fitting_axes():
            return self.refresh()

    _held = False

    def _on_change(self, change):
        if not self._held:
            self.refresh()

    def compute_and_draw(self):
        """Run :meth:`draw` on this explorer's plot and return the readout.

        On a ``ValueError`` the Axes are hidden and its message is shown instead.
        """
        plot, figure = self.plot, self.figure
        self.last_error = None
        for text in [t for t in figure.texts if t.get_gid() == "explorer-error"]:
            text.remove()
        with matplotlib.rc_context(style.rc()):
            try:
                message = self.draw(plot, **self.values())
                for ax in figure.axes:
                    ax.set_visible(True)
            except ValueError as err:
                self.last_error = str(err)
                for ax in figure.axes:
                    ax.set_visible(False)
                message = _("These settings cannot be computed: {error}. Move a control back.").format(
                    error=err)
                figure.text(0.05, 0.5, message, wrap=True, gid="explorer-error", fontsize=11)
        return message

    def refresh(self, full=False):
        """Recompute, redraw and re-render the figure in place; update the readout.

        Only the moving artists are drawn again while the layout state holds (see
        :mod:`explainer.plots.render`); ``full=True`` draws every artist (the benchmark's
        reference), which gives the same picture.
        """
        text = self.compute_and_draw()
        self.alt_text = text
        self.readout.value = f"<p role=\"status\" aria-live=\"polite\">{html.escape(text)}</p>"
        if self.update_count == 0:
            # Lay the figure out once with its default content, then keep that layout:
            # re-running constrained layout on every update would double the drawing time.
            with matplotlib.rc_context(style.rc()):
                self.figure.draw_without_rendering()
            self.figure.set_layout_engine(None)
        self.image.value = self.renderer.png(full=full)
        self.update_count += 1
        return text

    # -- display -------------------------------------------------------------------------
    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = self.widget._repr_mimebundle_(include=include, exclude=exclude)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data = dict(data)
        data["image/png"] = base64.b64encode(self.image.value).decode("ascii")
        data["text/plain"] = self.alt_text
        metadata = {"image/png": {"alt": self.alt_text}}
        return data, metadata

    def close(self):
        """Close the widgets (the figure is not in pyplot and is freed with the object)."""
        for control in self.controls.values():
            control.close()
        for box in (self.image, self.readout, self.widget):
            box.close()


class StaticFigure:
    """A figure without controls (e.g. real data), shown as a PNG with its text alternative.

    Parameters
    ----------
    draw : callable
        ``draw(axes) -> str`` draws on the Axes and returns the text alternative.
    nrows, ncols : int
        Grid of Axes.
    figsize : tuple of float
        Size in inches.
    sources : sequence of str
        Dataset names whose source is printed under the figure.
    """

    def __init__(self, draw, *, nrows=1, ncols=1, figsize=style.FIGSIZE, sources=()):
        self.sources = tuple(sources)
        self.figure = style.new_figure(nrows, ncols, figsize=figsize)
        with matplotlib.rc_context(style.rc()):
            self.alt_text = draw(list(self.figure.axes))
            if self.sources:
                add_source_line(self.figure, self.sources)
        self.png = style.png_bytes(self.figure)

    def _repr_mimebundle_(self, include=None, exclude=None):
        data = {"image/png": base64.b64encode(self.png).decode("ascii"), "text/plain": self.alt_text}
        return data, {"image/png": {"alt": self.alt_text}}
